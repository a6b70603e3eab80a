//! Reads which files changed last from git, for the strategies' intent signals. Not a git repository (or no
//! git installed) simply means no signals.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::context::{is_test_path, GitSignals, Hunk, WORKTREE};
use crate::lang::Language;

fn git(root: &Path, args: &[&str]) -> Option<Vec<u8>> {
    let out = Command::new("git").env("GIT_OPTIONAL_LOCKS", "0").arg("-C").arg(root).args(args).output().ok()?;
    out.status.success().then_some(out.stdout)
}

/// Commits read for "which side changed last".
const MAX_LOG: &str = "300";
/// Recent commits whose source hunks are read (what the change did, to explain a new value).
const MAX_PATCHES: &str = "30";
/// Lines kept per side of one hunk: bigger hunks are rewrites, and a rewrite is judged by its first lines.
const MAX_HUNK_LINES: usize = 200;

/// Collects dirty files, the commit graph, each file's last commit, and recent source hunks for the project
/// at `root` (paths relative to `root`).
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
    // Topological order: a commit always comes before its parents, so the first commit seen for a file is the
    // last one that touched it, whatever the dates say.
    let args = ["log", "-n", MAX_LOG, "--topo-order", "--relative", "--format=%x00%H %P", "--name-only", "--", "."];
    if let Some(log) = git(root, &args) {
        read_log(&String::from_utf8_lossy(&log), &mut s);
    }
    // The whole graph the window reaches, not only commits touching the project folder.
    if let Some(graph) = git(root, &["log", "-n", MAX_LOG, "--topo-order", "--format=%H %P"]) {
        for line in String::from_utf8_lossy(&graph).lines() {
            let mut ids = line.split_whitespace().map(str::to_string);
            if let Some(id) = ids.next() {
                s.parents.entry(id).or_insert_with(|| ids.collect());
            }
        }
    }
    let args = [
        "log",
        "-n",
        MAX_PATCHES,
        "--topo-order",
        "--relative",
        "-p",
        "--unified=0",
        "--no-color",
        "--no-ext-diff",
        // The id, the message (\x1f before, \x1e after it), then the patch.
        "--format=%x00%H%x1f%B%x1e",
        "--",
        ".",
    ];
    if let Some(log) = git(root, &args) {
        for commit in String::from_utf8_lossy(&log).split('\0').filter(|c| !c.trim().is_empty()) {
            let (id, rest) = commit.split_once('\x1f').unwrap_or((commit, ""));
            let (message, patch) = rest.split_once('\x1e').unwrap_or(("", rest));
            let id = id.trim().to_string();
            let hunks = read_patch(patch);
            if !hunks.is_empty() {
                s.hunks.insert(id.clone(), hunks);
            }
            let docs = doc_lines(patch);
            let notes: Vec<String> = message
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_string)
                .chain(docs.iter().cloned())
                .collect();
            if !docs.is_empty() {
                s.release_notes.insert(id.clone(), docs);
            }
            if !notes.is_empty() {
                s.notes.insert(id, notes);
            }
        }
    }
    let mut worktree = Vec::new();
    let mut worktree_notes = Vec::new();
    // diff-index, not diff: `git diff` refreshes `.git/index`, and a dry run must not write into the repository.
    let args = ["diff-index", "-p", "HEAD", "--relative", "--unified=0", "--no-color", "--no-ext-diff", "--", "."];
    if let Some(diff) = git(root, &args) {
        let diff = String::from_utf8_lossy(&diff);
        worktree = read_patch(&diff);
        worktree_notes = doc_lines(&diff);
    }
    for rel in s.dirty.iter().filter(|p| is_doc(p) && !s.last_commit.contains_key(*p)) {
        // A new, untracked changelog: all of it was written with the change.
        if let Ok(text) = std::fs::read_to_string(root.join(rel)) {
            worktree_notes.extend(text.lines().take(MAX_HUNK_LINES).map(str::to_string));
        }
    }
    if !worktree_notes.is_empty() {
        s.release_notes.insert(WORKTREE.to_string(), worktree_notes.clone());
        s.notes.insert(WORKTREE.to_string(), worktree_notes);
    }
    for rel in s.dirty.iter().filter(|p| is_source(p)) {
        // Untracked source files are all additions (git diff does not show them).
        if !worktree.iter().any(|h| &h.file == rel) && !s.last_commit.contains_key(rel) {
            if let Ok(text) = std::fs::read_to_string(root.join(rel)) {
                let added = text.lines().take(MAX_HUNK_LINES).map(str::to_string).collect();
                worktree.push(Hunk { file: rel.clone(), removed: Vec::new(), added });
            }
        }
    }
    if !worktree.is_empty() {
        s.hunks.insert(WORKTREE.to_string(), worktree);
    }
    cancel_reverted(&mut s);
    s
}

/// A later hunk that takes back what an earlier change did (a slip added, then fixed; a value changed and
/// changed back) is no part of what the changes did together: its lines are dropped from both, so the evidence
/// reads the net change. Only where no test file's last change lies between the two: a test written
/// against the intermediate code must still see what came after it.
fn cancel_reverted(s: &mut GitSignals) {
    let descends = |s: &GitSignals, older: &str, newer: &str| newer == WORKTREE || s.is_ancestor(older, newer);
    let tests: Vec<&String> = s.last_commit.iter().filter(|(p, _)| is_test_path(p)).map(|(_, c)| c).collect();
    let mut pairs = Vec::new();
    for older in s.hunks.keys().filter(|c| c.as_str() != WORKTREE) {
        for newer in s.hunks.keys().filter(|c| *c != older && descends(s, older, c)) {
            let test_between = tests.iter().any(|t| (*t == older || s.is_ancestor(older, t)) && descends(s, t, newer));
            if !test_between {
                pairs.push((older.clone(), newer.clone()));
            }
        }
    }
    for (older, newer) in pairs {
        if !s.hunks.contains_key(&older) || !s.hunks.contains_key(&newer) {
            continue; // one of them was all taken back already
        }
        let mut a = s.hunks.remove(&older).unwrap_or_default();
        let mut b = s.hunks.remove(&newer).unwrap_or_default();
        for y in b.iter_mut() {
            // Only a hunk that puts back what the older change took out (or adds nothing) undoes it: one that
            // replaces the older change's line with a third one (`min: 250` -> `min: 275`) is a change of its own.
            let restores = y.added.iter().all(|l| a.iter().any(|x| x.file == y.file && x.removed.contains(l)));
            let undoes = y.removed.iter().any(|l| a.iter().any(|x| x.file == y.file && x.added.contains(l)));
            if !restores || !undoes {
                continue;
            }
            for x in a.iter_mut().filter(|x| x.file == y.file) {
                take_common(&mut x.added, &mut y.removed);
                take_common(&mut x.removed, &mut y.added);
            }
        }
        for (id, mut hunks) in [(older, a), (newer, b)] {
            hunks.retain(|h| !h.removed.is_empty() || !h.added.is_empty());
            if !hunks.is_empty() {
                s.hunks.insert(id, hunks);
            }
        }
    }
}

/// Removes the lines `xs` and `ys` have in common (as multisets) from both.
fn take_common(xs: &mut Vec<String>, ys: &mut Vec<String>) {
    xs.retain(|x| match ys.iter().position(|y| y == x) {
        Some(i) => {
            ys.remove(i);
            false
        }
        None => true,
    });
}

fn is_source(p: &Path) -> bool {
    Language::from_path(p).is_some() && !is_test_path(p)
}

/// Changelogs and documentation: `CHANGELOG.md`, `NEWS`, `HISTORY.rst`, `docs/fees.md`, a README.
fn is_doc(p: &Path) -> bool {
    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("").to_ascii_lowercase();
    let stem = name.split('.').next().unwrap_or("");
    matches!(stem, "changelog" | "changes" | "news" | "history" | "releases" | "release-notes" | "readme")
        || [".md", ".rst", ".adoc"].iter().any(|e| name.ends_with(e))
}

/// The lines a patch adds to documentation files ([`is_doc`]), trimmed, blank ones left out.
fn doc_lines(patch: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_doc = false;
    for line in patch.lines() {
        if let Some(path) = line.strip_prefix("+++ ") {
            in_doc = path.trim().strip_prefix("b/").is_some_and(|p| is_doc(Path::new(p)));
        } else if line.starts_with("diff --git ") {
            in_doc = false;
        } else if let Some(added) = line.strip_prefix('+').filter(|_| in_doc) {
            let added = added.trim();
            if !added.is_empty() && out.len() < MAX_HUNK_LINES {
                out.push(added.to_string());
            }
        }
    }
    out
}

/// `\0<id> <parents>\n\nfile\nfile...` records, newest first in topological order.
fn read_log(text: &str, s: &mut GitSignals) {
    for commit in text.split('\0').filter(|c| !c.trim().is_empty()) {
        let mut lines = commit.lines();
        let Some(head) = lines.next() else { continue };
        let mut ids = head.split_whitespace().map(str::to_string);
        let Some(id) = ids.next() else { continue };
        s.parents.insert(id.clone(), ids.collect());
        for file in lines.filter(|l| !l.trim().is_empty()) {
            s.last_commit.entry(PathBuf::from(file.trim())).or_insert_with(|| id.clone());
        }
    }
}

/// The hunks of a `--unified=0` patch, for non-test source files only.
fn read_patch(patch: &str) -> Vec<Hunk> {
    let mut out: Vec<Hunk> = Vec::new();
    let mut file: Option<PathBuf> = None;
    let mut current: Option<Hunk> = None;
    let flush = |current: &mut Option<Hunk>, out: &mut Vec<Hunk>| {
        if let Some(h) = current.take() {
            if !h.removed.is_empty() || !h.added.is_empty() {
                out.push(h);
            }
        }
    };
    for line in patch.lines() {
        if line.starts_with("diff --git ") {
            flush(&mut current, &mut out);
            file = None;
        } else if let Some(path) = line.strip_prefix("+++ ") {
            let path = path.trim();
            file = path.strip_prefix("b/").map(PathBuf::from).filter(|p| is_source(p));
        } else if line.starts_with("--- ") && current.is_none() {
            continue;
        } else if line.starts_with("@@") {
            flush(&mut current, &mut out);
            current = file.clone().map(|file| Hunk { file, ..Default::default() });
        } else if let Some(h) = current.as_mut() {
            if let Some(l) = line.strip_prefix('-') {
                if h.removed.len() < MAX_HUNK_LINES {
                    h.removed.push(l.to_string());
                }
            } else if let Some(l) = line.strip_prefix('+') {
                if h.added.len() < MAX_HUNK_LINES {
                    h.added.push(l.to_string());
                }
            }
        }
    }
    flush(&mut current, &mut out);
    out
}

/// Test support: a fresh git repository in a temp folder (identity configured) and a shell runner inside it
/// that fails the test when a command fails.
#[cfg(test)]
#[allow(clippy::unwrap_used)]
pub(crate) fn test_repo() -> (tempfile::TempDir, impl Fn(&str)) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().to_path_buf();
    let sh = move |cmd: &str| {
        let ok = Command::new("sh").arg("-c").arg(cmd).current_dir(&root).status().unwrap().success();
        assert!(ok, "{cmd}");
    };
    sh("git init -q && git config user.email t@t && git config user.name t");
    (dir, sh)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::context::ChangeIntent;

    #[test]
    fn reads_intent_from_a_real_repository() {
        let (dir, sh) = test_repo();
        let root = dir.path();
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
    fn reads_commit_messages_and_changelog_lines() {
        let (dir, sh) = test_repo();
        let root = dir.path();
        std::fs::create_dir_all(root.join("tests")).unwrap();
        std::fs::write(root.join("fees.py"), "FEE = 25\n").unwrap();
        std::fs::write(root.join("tests/test_fees.py"), "def test(): pass\n").unwrap();
        sh("git add -A && git commit -qm one");
        std::fs::write(root.join("fees.py"), "FEE = 30\n").unwrap();
        std::fs::write(root.join("CHANGELOG.md"), "# Changes\n").unwrap();
        sh("git add -A && git commit -qm 'Raise the late fee' -m 'From 25 to 30 cents a day.'");
        std::fs::write(root.join("CHANGELOG.md"), "# Changes\n\n- Fees are capped at 10 euros.\n").unwrap();
        std::fs::write(root.join("NOTES.txt"), "not documentation of the change\n").unwrap();
        let sig = signals(root);
        let test = Path::new("tests/test_fees.py");
        let notes = sig.notes_since(test);
        assert!(notes.contains(&"Raise the late fee") && notes.contains(&"From 25 to 30 cents a day."), "{notes:?}");
        assert!(notes.contains(&"# Changes"), "the committed changelog's lines: {notes:?}");
        assert!(notes.contains(&"- Fees are capped at 10 euros."), "the uncommitted changelog line: {notes:?}");
        assert!(!notes.iter().any(|n| n.contains("NOTES")), "{notes:?}");
        // The hunks are still read whole after the message.
        assert_eq!(sig.changes_since(test).iter().map(|h| h.added.clone()).collect::<Vec<_>>(), [["FEE = 30"]]);
        assert!(!sig.all_uncommitted(&sig.changes_since(test)));
        std::fs::write(root.join("fees.py"), "FEE = 31\n").unwrap();
        let sig = signals(root);
        let worktree: Vec<&Hunk> = sig.hunks[WORKTREE].iter().collect();
        assert!(sig.all_uncommitted(&worktree));
    }

    #[test]
    fn a_slip_fixed_later_is_no_part_of_the_change() {
        let (dir, sh) = test_repo();
        let root = dir.path();
        sh("mkdir -p src tests && printf 'LIMIT = 10\\ndef ok(n):\\n    return n >= LIMIT\\n' > src/m.py");
        sh("printf 'def test_ok():\\n    pass\\n' > tests/test_m.py && git add -A && git commit -qm base");
        sh("sed -i 's/n >= LIMIT/n >= LIMIT + 1/' src/m.py && git commit -qam slip");
        sh("sed -i 's/n >= LIMIT + 1/n >= LIMIT/' src/m.py && git commit -qam fix");
        sh("sed -i 's/LIMIT = 10/LIMIT = 11/' src/m.py && git commit -qam raise");
        let s = signals(root);
        let lines: Vec<&String> = s
            .changes_since(Path::new("tests/test_m.py"))
            .iter()
            .flat_map(|h| h.added.iter().chain(&h.removed))
            .collect();
        let mut sorted: Vec<&str> = lines.iter().map(|l| l.as_str()).collect();
        sorted.sort();
        assert_eq!(sorted, ["LIMIT = 10", "LIMIT = 11"]);
        // A test written against the slip still sees the fix that came after it.
        sh("git reset -q --hard HEAD~2 && printf 'def test_ok():\\n    assert 1\\n' > tests/test_m.py && git commit -qam test");
        sh("sed -i 's/n >= LIMIT + 1/n >= LIMIT/' src/m.py && git commit -qam fix");
        let s = signals(root);
        let removed: Vec<&String> =
            s.changes_since(Path::new("tests/test_m.py")).iter().flat_map(|h| h.removed.iter()).collect();
        assert_eq!(removed, [&"    return n >= LIMIT + 1".to_string()]);
    }

    #[test]
    fn no_repository_means_no_signals() {
        let dir = tempfile::tempdir().unwrap();
        let sig = signals(dir.path());
        assert!(sig.dirty.is_empty() && sig.last_commit.is_empty());
    }

    #[test]
    fn order_comes_from_the_graph_not_the_clock() {
        let (dir, sh) = test_repo();
        let root = dir.path();
        std::fs::create_dir_all(root.join("tests")).unwrap();
        std::fs::write(root.join("price.py"), "RATE = 1\n").unwrap();
        std::fs::write(root.join("tests/test_price.py"), "def test(): pass\n").unwrap();
        // Both commits carry the same date (as after a rebase), the code commit made after the test.
        let date = "GIT_COMMITTER_DATE='2024-01-01T00:00:00Z' GIT_AUTHOR_DATE='2024-01-01T00:00:00Z'";
        sh(&format!("git add -A && {date} git commit -qm one"));
        std::fs::write(root.join("price.py"), "RATE = 2  # new rate\n").unwrap();
        sh(&format!("git add -A && {date} git commit -qm two"));
        let sig = signals(root);
        let test = Path::new("tests/test_price.py");
        assert_eq!(sig.intent_for(test), ChangeIntent::CodeNewer, "{sig:?}");
        let hunks = sig.changes_since(test);
        assert_eq!(hunks.len(), 1, "{hunks:?}");
        assert_eq!(hunks[0].removed, ["RATE = 1"]);
        assert_eq!(hunks[0].added, ["RATE = 2  # new rate"]);
        // The test rewritten after the code, again in the same second: the test is newer.
        std::fs::write(root.join("tests/test_price.py"), "def test(): assert True\n").unwrap();
        sh(&format!("git add -A && {date} git commit -qm three"));
        let sig = signals(root);
        assert_eq!(sig.intent_for(test), ChangeIntent::TestNewer);
        assert!(sig.changes_since(test).is_empty());
        // An uncommitted code edit shows as a working-tree hunk.
        std::fs::write(root.join("price.py"), "RATE = 3\n").unwrap();
        let sig = signals(root);
        assert_eq!(sig.changes_since(test).len(), 1);
        assert_eq!(sig.changes_since(test)[0].added, ["RATE = 3"]);
    }

    #[test]
    fn patches_keep_source_hunks_only() {
        let patch = "diff --git a/a.py b/a.py\n--- a/a.py\n+++ b/a.py\n@@ -1 +1 @@\n-X = 1\n+X = 2\n@@ -5,0 +6 @@\n+Y = 3\ndiff --git a/tests/test_a.py b/tests/test_a.py\n--- a/tests/test_a.py\n+++ b/tests/test_a.py\n@@ -1 +1 @@\n-a\n+b\ndiff --git a/README.md b/README.md\n--- a/README.md\n+++ b/README.md\n@@ -1 +1 @@\n-x\n+y\n";
        let hunks = read_patch(patch);
        assert_eq!(hunks.len(), 2, "{hunks:?}");
        assert_eq!(
            (hunks[0].removed.as_slice(), hunks[0].added.as_slice()),
            (&["X = 1".to_string()][..], &["X = 2".to_string()][..])
        );
        assert!(hunks[1].removed.is_empty());
    }
}
