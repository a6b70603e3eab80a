//! Reads the recent code change for a failing test from git and hands both versions of each changed source
//! file to [`crate::change::diff`].
//!
//! The baseline is the newest state the test was written against: the commit that last touched the test file
//! (bounded to [`MAX_COMMITS`] commits back), compared with the working tree, so that committed and uncommitted
//! source edits made since count alike. A test file with uncommitted edits was written against the current code
//! plus those edits, so its baseline is `HEAD`. A failing source file (a type checker's error in the code) is not
//! written against the code: its baseline is the commit before the one that last touched it, so a change that
//! edited it only in part (a rename followed in the docstring, not in the attribute read) is seen. No repository, a shallow history, or any git error means "no
//! change known", never an error.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;

use crate::change::{diff, ChangeSet, FileVersions};
use crate::context::is_test_path;
use crate::lang::Language;

/// Commits looked back at most.
pub const MAX_COMMITS: usize = 20;
/// Changed files read at most.
pub const MAX_FILES: usize = 2_000;
/// Files above this size are not read (generated code; the delta would not help).
const MAX_FILE_BYTES: u64 = 1 << 20;

fn git(root: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git")
        .env("GIT_OPTIONAL_LOCKS", "0")
        .arg("-C")
        .arg(root)
        .args(args)
        .stderr(Stdio::null())
        .output()
        .ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The change to the project's non-test sources since `test_file` (project-relative) last changed.
pub fn change_for(root: &Path, test_file: &Path) -> ChangeSet {
    ChangeReader::new(root).change_for(test_file).as_ref().clone()
}

/// Reads the changes for many test files of one project: what does not depend on the test file (the
/// repository's prefix, `HEAD`, the working tree's status and untracked files) is read once, and the change
/// since one base commit is read and diffed once however many test files share that base (in a suite broken by
/// one commit, all of them). Reading per file instead cost about ten `git` processes per failing test file.
///
/// ```no_run
/// use maestro_test_healer::runner::change_reader::ChangeReader;
/// use std::path::Path;
/// let mut reader = ChangeReader::new(Path::new("."));
/// let a = reader.change_for(Path::new("tests/test_a.py"));
/// let b = reader.change_for(Path::new("tests/test_b.py"));
/// // Both tests last changed in the same commit: one change, read once.
/// assert!(std::sync::Arc::ptr_eq(&a, &b) || a.origin != b.origin);
/// ```
pub struct ChangeReader {
    root: PathBuf,
    /// `None` until read; `Some(None)` when the project is not in a repository with a `HEAD`.
    repo: Option<Option<Repo>>,
    by_base: HashMap<String, Arc<ChangeSet>>,
}

/// What the changes of every test file share.
struct Repo {
    prefix: String,
    head: String,
    /// `git status --porcelain --untracked-files=all` of the project, repository-relative paths.
    dirty: Vec<PathBuf>,
    untracked: Vec<PathBuf>,
}

impl ChangeReader {
    pub fn new(root: &Path) -> ChangeReader {
        ChangeReader { root: root.to_path_buf(), repo: None, by_base: HashMap::new() }
    }

    /// The change to the project's non-test sources since `test_file` (project-relative) last changed; empty
    /// when nothing is known.
    pub fn change_for(&mut self, test_file: &Path) -> Arc<ChangeSet> {
        self.read(test_file).unwrap_or_default()
    }

    fn repo(&mut self) -> Option<&Repo> {
        if self.repo.is_none() {
            self.repo = Some(read_repo(&self.root));
        }
        self.repo.as_ref().and_then(Option::as_ref)
    }

    fn read(&mut self, test_file: &Path) -> Option<Arc<ChangeSet>> {
        let root = self.root.clone();
        let repo = self.repo()?;
        let test = test_file.to_string_lossy().to_string();
        let in_repo = PathBuf::from(format!("{}{test}", repo.prefix));
        let test_dirty = repo.dirty.contains(&in_repo);
        let head = repo.head.clone();
        let base = if test_dirty {
            head
        } else {
            let last = git(&root, &["log", "-n", "1", "--format=%H", "--", &test])?.trim().to_string();
            if last.is_empty() {
                head
            } else if !is_test_path(test_file) {
                // A source file is not written against the code: its last commit can be the very change that
                // left it stale (edited with the rename, but not everywhere), so that commit counts too.
                git(&root, &["rev-parse", "--verify", "-q", &format!("{last}^")])
                    .map(|p| p.trim().to_string())
                    .filter(|p| !p.is_empty())
                    .unwrap_or(last)
            } else {
                last
            }
        };
        if let Some(change) = self.by_base.get(&base) {
            return Some(change.clone());
        }
        let change = Arc::new(self.since(&base)?);
        self.by_base.insert(base, change.clone());
        Some(change)
    }

    /// The change from `base` to the working tree.
    fn since(&mut self, base: &str) -> Option<ChangeSet> {
        let root = self.root.clone();
        let behind: usize = git(&root, &["rev-list", "--count", &format!("{base}..HEAD")])?.trim().parse().ok()?;
        let base = if behind > MAX_COMMITS {
            git(&root, &["rev-parse", &format!("HEAD~{MAX_COMMITS}")])?.trim().to_string()
        } else {
            base.to_string()
        };
        let behind = behind.min(MAX_COMMITS);
        let repo = self.repo()?;
        // `diff-index`, not `diff`: the porcelain refreshes and rewrites `.git/index` even with optional locks
        // off, and reading a change must not write into the project. A file only touched (same bytes) is listed
        // too; it is dropped below, once its texts are read.
        let names = git(&root, &["diff-index", "-M", "--name-status", "-z", "--relative", &base, "--", "."])?;
        let mut entries: Vec<(Option<PathBuf>, Option<PathBuf>)> = Vec::new();
        let mut fields = names.split('\0').filter(|f| !f.is_empty());
        while let Some(status) = fields.next() {
            let (old, new) = match status.chars().next() {
                Some('R') | Some('C') => (fields.next().map(PathBuf::from), fields.next().map(PathBuf::from)),
                Some('A') => (None, fields.next().map(PathBuf::from)),
                Some('D') => (fields.next().map(PathBuf::from), None),
                _ => {
                    let p = fields.next().map(PathBuf::from);
                    (p.clone(), p)
                }
            };
            entries.push((old, new));
        }
        entries.extend(repo.untracked.iter().map(|f| (None, Some(f.clone()))));
        let source =
            |p: &Option<PathBuf>| p.as_deref().is_some_and(|p| Language::from_path(p).is_some() && !is_test_path(p));
        entries.retain(|(old, new)| source(old) || source(new));
        entries.truncate(MAX_FILES);
        if entries.is_empty() {
            return Some(ChangeSet { origin: origin(behind, false), ..Default::default() });
        }
        let olds: Vec<&PathBuf> = entries.iter().filter_map(|(o, _)| o.as_ref()).collect();
        let mut old_texts = show_all(&root, &base, &repo.prefix, &olds)?.into_iter();
        let versions: Vec<FileVersions> = entries
            .iter()
            .map(|(old_path, new_path)| {
                let old = old_path.as_ref().and_then(|_| old_texts.next().flatten());
                let new = new_path.as_ref().and_then(|p| {
                    let path = root.join(p);
                    let small = std::fs::metadata(&path).is_ok_and(|m| m.len() <= MAX_FILE_BYTES);
                    small.then(|| std::fs::read_to_string(path).ok()).flatten()
                });
                FileVersions { old_path: old_path.clone(), new_path: new_path.clone(), old, new }
            })
            .filter(|v| !(v.old_path == v.new_path && v.old.is_some() && v.old == v.new))
            .collect();
        // Whether any of this is uncommitted: a source file differs from HEAD.
        let dirty_source = (behind > 0 || versions.iter().any(|v| v.old != v.new))
            && repo.dirty.iter().any(|p| {
                let p = p.strip_prefix(&repo.prefix).unwrap_or(p);
                Language::from_path(p).is_some() && !is_test_path(p)
            });
        let mut change = diff(&versions);
        change.origin = origin(behind, dirty_source);
        if behind > 0 {
            // One process for all the messages, each ended by a NUL (`%x00`), so bodies keep their newlines.
            let log = git(&root, &["log", "--format=%B%x00", &format!("{base}..HEAD")]).unwrap_or_default();
            change.messages = log.split('\0').map(str::trim).filter(|m| !m.is_empty()).map(str::to_string).collect();
        }
        Some(change)
    }
}

fn read_repo(root: &Path) -> Option<Repo> {
    let prefix = git(root, &["rev-parse", "--show-prefix"])?.trim().to_string();
    let head = git(root, &["rev-parse", "--verify", "-q", "HEAD"])?.trim().to_string();
    // `-z`: paths verbatim (no quoting), a rename as "new\0old".
    let status = git(root, &["status", "--porcelain", "-z", "--untracked-files=all", "--", "."]).unwrap_or_default();
    let mut dirty = Vec::new();
    let mut fields = status.split('\0').filter(|f| !f.is_empty());
    while let Some(entry) = fields.next() {
        if entry.starts_with('R') || entry.starts_with('C') {
            fields.next();
        }
        if let Some(p) = entry.get(3..) {
            dirty.push(PathBuf::from(p));
        }
    }
    let untracked = git(root, &["ls-files", "--others", "--exclude-standard", "-z", "--", "."]).unwrap_or_default();
    let untracked = untracked.split('\0').filter(|f| !f.is_empty()).map(PathBuf::from).collect();
    Some(Repo { prefix, head, dirty, untracked })
}

fn origin(commits: usize, dirty: bool) -> String {
    match (commits, dirty) {
        (0, _) => "uncommitted edits".to_string(),
        (1, false) => "the last commit".to_string(),
        (n, false) => format!("the last {n} commits"),
        (1, true) => "the last commit and uncommitted edits".to_string(),
        (n, true) => format!("the last {n} commits and uncommitted edits"),
    }
}

/// The texts of `paths` (relative to the project, which is `prefix` inside the repository) at `commit`, in
/// one `git cat-file --batch` process. `None` for a file that is missing, binary or too large.
fn show_all(root: &Path, commit: &str, prefix: &str, paths: &[&PathBuf]) -> Option<Vec<Option<String>>> {
    if paths.is_empty() {
        return Some(Vec::new());
    }
    let mut child = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["cat-file", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let mut request = String::new();
    for p in paths {
        request.push_str(&format!("{commit}:{prefix}{}\n", p.to_string_lossy()));
    }
    let mut stdin = child.stdin.take()?;
    // Written from a thread: git answers while it reads, and a full pipe would block both sides.
    let writer = std::thread::spawn(move || stdin.write_all(request.as_bytes()));
    let out = child.wait_with_output().ok()?;
    let _ = writer.join();
    let bytes = out.stdout;
    let mut texts = Vec::with_capacity(paths.len());
    let mut at = 0;
    for _ in paths {
        let line_end = bytes[at..].iter().position(|&b| b == b'\n').map(|i| at + i)?;
        let header = String::from_utf8_lossy(&bytes[at..line_end]).to_string();
        at = line_end + 1;
        if header.ends_with(" missing") || header.ends_with(" ambiguous") {
            texts.push(None);
            continue;
        }
        let size: usize = header.rsplit(' ').next()?.parse().ok()?;
        let body = bytes.get(at..at + size)?;
        at += size + 1;
        let text = (size as u64 <= MAX_FILE_BYTES && !body.contains(&0))
            .then(|| String::from_utf8(body.to_vec()).ok())
            .flatten();
        texts.push(text);
    }
    Some(texts)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::change::Delta;

    fn repo() -> (tempfile::TempDir, impl Fn(&str)) {
        let (dir, sh) = crate::runner::git::test_repo();
        sh("mkdir -p sub/shop sub/tests");
        (dir, sh)
    }

    #[test]
    fn committed_and_uncommitted_changes_since_the_test() {
        let (dir, sh) = repo();
        let root = dir.path().join("sub");
        std::fs::write(
            root.join("shop/cart.py"),
            "class Cart:\n    def add_item(self, sku):\n        self.items.append(sku)\n",
        )
        .unwrap();
        std::fs::write(root.join("shop/util.py"), "def money(x):\n    return round(x, 2)\n").unwrap();
        std::fs::write(root.join("tests/test_cart.py"), "def test(): pass\n").unwrap();
        sh("git add -A && git commit -qm one");
        let test = Path::new("tests/test_cart.py");
        assert!(change_for(&root, test).is_empty());
        std::fs::write(
            root.join("shop/cart.py"),
            "class Cart:\n    def add(self, sku):\n        self.items.append(sku)\n",
        )
        .unwrap();
        sh("git commit -qam rename");
        let c = change_for(&root, test);
        assert_eq!(c.renamed("add_item", Some("Cart")).unwrap().name, "add");
        assert_eq!(c.origin, "the last commit");
        assert_eq!(c.messages, ["rename"], "the commit's message is read with the change");
        // A move, uncommitted, on top: both count.
        sh("git mv sub/shop/util.py sub/shop/money.py");
        let c = change_for(&root, test);
        assert!(c.deltas.iter().any(|d| matches!(d, Delta::Moved { new, .. } if new.module == "shop.money")), "{c:?}");
        assert_eq!(c.origin, "the last commit and uncommitted edits");
        // The test edited after the code: only what is uncommitted counts.
        sh("git commit -qam move && echo '# more' >> sub/tests/test_cart.py && git commit -qam test");
        assert!(change_for(&root, test).is_empty());
    }

    #[test]
    fn a_source_files_own_last_commit_is_part_of_its_change() {
        let (dir, sh) = repo();
        let root = dir.path().join("sub");
        std::fs::write(root.join("shop/catalog.py"), "class Product:\n    code: str\n    name: str\n").unwrap();
        std::fs::write(root.join("shop/pricing.py"), "def line(p):\n    \"\"\"<code>\"\"\"\n    return p.code\n")
            .unwrap();
        std::fs::write(root.join("tests/test_p.py"), "def test(): pass\n").unwrap();
        sh("git add -A && git commit -qm one");
        std::fs::write(root.join("shop/catalog.py"), "class Product:\n    sku: str\n    name: str\n").unwrap();
        std::fs::write(root.join("shop/pricing.py"), "def line(p):\n    \"\"\"<sku>\"\"\"\n    return p.code\n")
            .unwrap();
        sh("git commit -qam rename");
        // pricing.py changed in the rename's own commit: the rename is still part of its change.
        let c = change_for(&root, Path::new("shop/pricing.py"));
        assert_eq!(c.renamed("code", Some("Product")).unwrap().name, "sku", "{c:?}");
        // A test file's own commit is its baseline, as before.
        sh("echo '# x' >> sub/tests/test_p.py && git commit -qam test");
        assert!(change_for(&root, Path::new("tests/test_p.py")).is_empty());
    }

    #[test]
    fn no_repository_means_no_change() {
        let dir = tempfile::tempdir().unwrap();
        assert!(change_for(dir.path(), Path::new("tests/test_a.py")).is_empty());
    }
}
