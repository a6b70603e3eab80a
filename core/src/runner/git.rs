//! Reads which files changed last from git, for the strategies' intent signals. Not a git repository (or no
//! git installed) simply means no signals.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::context::GitSignals;

fn git(root: &Path, args: &[&str]) -> Option<Vec<u8>> {
    let out = Command::new("git").env("GIT_OPTIONAL_LOCKS", "0").arg("-C").arg(root).args(args).output().ok()?;
    out.status.success().then_some(out.stdout)
}

/// Collects dirty files and last-commit times for the project at `root` (paths relative to `root`).
pub fn signals(root: &Path) -> GitSignals {
    let mut s = GitSignals::default();
    let Some(prefix) = git(root, &["rev-parse", "--show-prefix"]) else { return s };
    let prefix = String::from_utf8_lossy(&prefix).trim().to_string();
    if let Some(status) = git(root, &["status", "--porcelain=v1", "-z", "--untracked-files=all", "--", "."]) {
        let text = String::from_utf8_lossy(&status);
        let mut entries = text.split('\0');
        while let Some(entry) = entries.next() {
            let Some(path) = entry.get(3..) else { continue };
            // Renames carry the old path as the next entry.
            if entry.starts_with('R') || entry.starts_with('C') {
                entries.next();
            }
            if let Some(rel) = path.strip_prefix(prefix.as_str()) {
                s.dirty.insert(PathBuf::from(rel));
            }
        }
    }
    if let Some(log) = git(root, &["log", "-n", "300", "--relative", "--format=%x00%ct", "--name-only", "--", "."]) {
        let text = String::from_utf8_lossy(&log);
        for commit in text.split('\0').filter(|c| !c.trim().is_empty()) {
            let mut lines = commit.lines();
            let Some(time) = lines.next().and_then(|t| t.trim().parse::<i64>().ok()) else { continue };
            for file in lines.filter(|l| !l.trim().is_empty()) {
                s.last_commit.entry(PathBuf::from(file.trim())).or_insert(time);
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::context::ChangeIntent;

    #[test]
    fn reads_intent_from_a_real_repository() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let sh = |cmd: &str| {
            let ok = Command::new("sh").arg("-c").arg(cmd).current_dir(root).status().unwrap().success();
            assert!(ok, "{cmd}");
        };
        sh("git init -q && git config user.email t@t && git config user.name t");
        std::fs::create_dir_all(root.join("sub/tests")).unwrap();
        std::fs::write(root.join("sub/price.py"), "X = 1\n").unwrap();
        std::fs::write(root.join("sub/tests/test_price.py"), "def test(): pass\n").unwrap();
        sh("git add -A && git commit -qm one");
        let sig = signals(&root.join("sub"));
        assert_eq!(sig.intent_for(Path::new("tests/test_price.py")), ChangeIntent::Unknown);
        assert!(sig.last_commit.contains_key(Path::new("price.py")), "{sig:?}");
        std::fs::write(root.join("sub/price.py"), "X = 2\n").unwrap();
        let sig = signals(&root.join("sub"));
        assert!(sig.dirty.contains(Path::new("price.py")), "{sig:?}");
        assert_eq!(sig.intent_for(Path::new("tests/test_price.py")), ChangeIntent::CodeNewer);
    }

    #[test]
    fn no_repository_means_no_signals() {
        let dir = tempfile::tempdir().unwrap();
        let sig = signals(dir.path());
        assert!(sig.dirty.is_empty() && sig.last_commit.is_empty());
    }
}
