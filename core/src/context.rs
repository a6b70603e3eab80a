//! What a strategy may look at: the project root, a cache of parsed sources, and git signals.
//!
//! ```
//! use maestro_test_healer::context::{Context, GitSignals, SourceCache};
//! let cache = SourceCache::new(".");
//! cache.set_text("tests/test_a.py", "def test_a():\n    assert 1 == 1\n");
//! let ctx = Context::new(&cache, GitSignals::default());
//! assert!(ctx.sources.get("tests/test_a.py".as_ref()).is_ok());
//! ```

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::path::{Component, Path, PathBuf};
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::source::{SourceError, SourceFile};

/// Parsed files of one project, loaded on first use. Paths are relative to the project root; texts can be
/// overridden in memory so validation can look at a fixed file without writing it.
pub struct SourceCache {
    root: PathBuf,
    files: RefCell<HashMap<PathBuf, Rc<SourceFile>>>,
    /// Files in no language the healer parses (a golden `.txt`, a `.md` snapshot): text only.
    plain: RefCell<HashMap<PathBuf, Rc<str>>>,
}

impl SourceCache {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        SourceCache { root: root.into(), files: RefCell::new(HashMap::new()), plain: RefCell::new(HashMap::new()) }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The project-relative form of a path a runner printed (absolute, a `file://` URL, `./x`, or relative to
    /// the root or, in a monorepo, to one workspace package under it). `None` when it lies outside the project.
    /// Every git and index look-up goes through this, so a file printed as `/abs/project/test/a.test.mjs` gets the
    /// same evidence as `test/a.test.mjs`.
    pub fn relative(&self, path: &Path) -> Option<PathBuf> {
        let text = path.to_string_lossy();
        let path = match text.strip_prefix("file://") {
            Some(rest) => PathBuf::from(percent_decode(rest)),
            None => path.to_path_buf(),
        };
        let rel = if path.is_absolute() {
            let root = std::fs::canonicalize(&self.root).unwrap_or_else(|_| self.root.clone());
            let abs = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
            match abs.strip_prefix(&root) {
                Ok(rel) => rel.to_path_buf(),
                Err(_) => path.strip_prefix(&self.root).ok()?.to_path_buf(),
            }
        } else {
            path
        };
        let mut clean = PathBuf::new();
        for c in rel.components() {
            match c {
                Component::Normal(p) => clean.push(p),
                Component::CurDir => {}
                _ => return None,
            }
        }
        if clean.as_os_str().is_empty() {
            return None;
        }
        let in_memory = self.files.borrow().contains_key(&clean);
        if in_memory || self.root.join(&clean).exists() || !self.root.is_dir() {
            return Some(clean);
        }
        // A runner started inside a workspace package prints paths relative to that package.
        Some(self.in_one_package(&clean).unwrap_or(clean))
    }

    /// `rel` under exactly one package folder one or two levels down (`packages/api/<rel>`, `web/<rel>`).
    fn in_one_package(&self, rel: &Path) -> Option<PathBuf> {
        let skip = |name: &str| name.starts_with('.') || name == "node_modules" || name == "target";
        let dirs = |dir: &Path| -> Vec<PathBuf> {
            let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
            entries
                .flatten()
                .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
                .filter(|e| !skip(&e.file_name().to_string_lossy()))
                .map(|e| e.path())
                .collect()
        };
        let mut found = Vec::new();
        for first in dirs(&self.root) {
            if first.join(rel).is_file() {
                found.push(first.join(rel));
            }
            for second in dirs(&first) {
                if second.join(rel).is_file() {
                    found.push(second.join(rel));
                }
            }
            if found.len() > 1 {
                return None;
            }
        }
        let [one] = found.as_slice() else { return None };
        one.strip_prefix(&self.root).ok().map(Path::to_path_buf)
    }

    /// The parsed file at a project-relative path.
    pub fn get(&self, rel: &Path) -> Result<Rc<SourceFile>, SourceError> {
        if let Some(f) = self.files.borrow().get(rel) {
            return Ok(f.clone());
        }
        let loaded = SourceFile::load(&self.root.join(rel))?;
        let file = Rc::new(SourceFile::new(loaded.lang(), rel, loaded.text().to_string())?);
        self.files.borrow_mut().insert(rel.to_path_buf(), file.clone());
        Ok(file)
    }

    /// The text of any project file: a source file's, or that of a file in no parsed language (a golden or
    /// snapshot file a test reads), under the same size/binary/UTF-8 limits.
    ///
    /// ```
    /// use maestro_test_healer::context::SourceCache;
    /// let cache = SourceCache::new(".");
    /// cache.set_text("tests/__golden__/weekly.txt", "Week 11\n");
    /// assert_eq!(&*cache.text("tests/__golden__/weekly.txt".as_ref()).unwrap(), "Week 11\n");
    /// ```
    pub fn text(&self, rel: &Path) -> Result<Rc<str>, SourceError> {
        if crate::lang::Language::from_path(rel).is_some() {
            return self.get(rel).map(|f| Rc::from(f.text()));
        }
        if let Some(t) = self.plain.borrow().get(rel) {
            return Ok(t.clone());
        }
        let text: Rc<str> = Rc::from(crate::source::read_text(&self.root.join(rel))?);
        self.plain.borrow_mut().insert(rel.to_path_buf(), text.clone());
        Ok(text)
    }

    /// Replaces a file's text in memory (nothing is written).
    pub fn set_text(&self, rel: impl Into<PathBuf>, text: impl Into<String>) {
        let rel = rel.into();
        if crate::lang::Language::from_path(&rel).is_none() {
            self.plain.borrow_mut().insert(rel, Rc::from(text.into()));
        } else if let Ok(file) = SourceFile::from_text(rel.clone(), text) {
            self.files.borrow_mut().insert(rel, Rc::new(file));
        }
    }

    /// A new cache for the same root, sharing nothing (used to look at a fixed version of some files).
    pub fn fork(&self) -> SourceCache {
        SourceCache {
            root: self.root.clone(),
            files: RefCell::new(self.files.borrow().clone()),
            plain: RefCell::new(self.plain.borrow().clone()),
        }
    }
}

/// `%20` and friends in a `file://` URL.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1).and_then(|b| hex(*b)), bytes.get(i + 2).and_then(|b| hex(*b))) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Which side of a test changed last, from version control. Collected by the runner; empty when the project is
/// not a git repository.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct GitSignals {
    /// Project-relative files with uncommitted changes (staged, unstaged or untracked).
    pub dirty: HashSet<PathBuf>,
    /// The last commit (id) that touched each tracked file.
    pub last_commit: HashMap<PathBuf, String>,
    /// The parents of each commit read, so "changed later" follows the commit graph (ancestry), never commit
    /// times: commits made in the same second or rebased (one committer date) still order correctly.
    #[serde(default)]
    pub parents: HashMap<String, Vec<String>>,
    /// What recent commits changed in the project's non-test source files, by commit id; the working tree's
    /// uncommitted edits under [`WORKTREE`].
    #[serde(default)]
    pub hunks: HashMap<String, Vec<Hunk>>,
    /// What was written with each change, by commit id (the working tree under [`WORKTREE`]): the commit
    /// message, and the lines added to changelogs and other documentation files. The words a developer wrote
    /// about a change are evidence of what it meant ("raise the fee to 30 cents", "refactor, no behaviour
    /// change").
    #[serde(default)]
    pub notes: HashMap<String, Vec<String>>,
    /// Of [`GitSignals::notes`], only the lines added to changelogs and documentation files, by commit id: what
    /// the developer chose to tell users about a change (their silence about a value is evidence too).
    #[serde(default)]
    pub release_notes: HashMap<String, Vec<String>>,
}

/// The key of [`GitSignals::hunks`] for uncommitted edits.
pub const WORKTREE: &str = "";

/// One changed region of a source file: the lines removed and the lines added, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hunk {
    /// Project-relative path (after the change).
    pub file: PathBuf,
    pub removed: Vec<String>,
    pub added: Vec<String>,
}

/// What the history says about a failing test versus the code it exercises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeIntent {
    /// The code changed after the test: the new behaviour is likely intended.
    CodeNewer,
    /// The test changed after the code: the test is likely right and the code wrong.
    TestNewer,
    /// No evidence either way.
    Unknown,
}

impl GitSignals {
    /// Compares a test file (project-relative) with the project's other (non-test) source files.
    pub fn intent_for(&self, test_file: &Path) -> ChangeIntent {
        let is_code = |p: &Path| p != test_file && !is_test_path(p) && crate::lang::Language::from_path(p).is_some();
        let code_dirty = self.dirty.iter().any(|p| is_code(p));
        let test_dirty = self.dirty.contains(test_file);
        match (code_dirty, test_dirty) {
            (true, false) => return ChangeIntent::CodeNewer,
            (false, true) => return ChangeIntent::TestNewer,
            (true, true) => return ChangeIntent::Unknown,
            (false, false) => {}
        }
        let Some(test_commit) = self.last_commit.get(test_file) else { return ChangeIntent::Unknown };
        let code: HashSet<&String> =
            self.last_commit.iter().filter(|(p, _)| is_code(p)).map(|(_, c)| c).filter(|c| *c != test_commit).collect();
        if code.iter().any(|c| self.is_ancestor(test_commit, c)) {
            ChangeIntent::CodeNewer
        } else if !code.is_empty() && code.iter().all(|c| self.is_ancestor(c, test_commit)) {
            ChangeIntent::TestNewer
        } else {
            ChangeIntent::Unknown
        }
    }

    /// Whether commit `ancestor` is reachable from `descendant` through the parents read (a commit is not its
    /// own ancestor here).
    pub fn is_ancestor(&self, ancestor: &str, descendant: &str) -> bool {
        let mut seen: HashSet<&str> = HashSet::new();
        let mut stack: Vec<&str> =
            self.parents.get(descendant).map(|p| p.iter().map(String::as_str).collect()).unwrap_or_default();
        while let Some(c) = stack.pop() {
            if c == ancestor {
                return true;
            }
            if seen.insert(c) {
                stack.extend(self.parents.get(c).into_iter().flatten().map(String::as_str));
            }
        }
        false
    }

    /// The source changes made since `test_file` last changed: the hunks of every commit that descends from the
    /// test's last commit, and the uncommitted edits. Empty when the test itself has uncommitted edits (it was
    /// written against the code as it is) or nothing is known.
    pub fn changes_since(&self, test_file: &Path) -> Vec<&Hunk> {
        let mut out: Vec<&Hunk> = Vec::new();
        for (commit, hunks) in &self.hunks {
            if self.after_test(test_file, commit) {
                out.extend(hunks.iter().filter(|h| h.file != test_file));
            }
        }
        out
    }

    /// The release-notes lines ([`GitSignals::release_notes`]) of the changes since `test_file` last changed.
    /// Empty when one of those changes to the source wrote none: what the others' notes leave out says nothing
    /// about a change its developer did not describe at all.
    pub fn release_notes_since(&self, test_file: &Path) -> Vec<&str> {
        let silent = self.hunks.iter().any(|(commit, hunks)| {
            self.after_test(test_file, commit)
                && hunks.iter().any(|h| h.file != test_file)
                && !self.release_notes.contains_key(commit)
        });
        if silent {
            return Vec::new();
        }
        self.lines_since(&self.release_notes, test_file)
    }

    fn lines_since<'a>(&'a self, by_commit: &'a HashMap<String, Vec<String>>, test_file: &Path) -> Vec<&'a str> {
        let after = by_commit.iter().filter(|(commit, _)| self.after_test(test_file, commit));
        after.flat_map(|(_, lines)| lines.iter().map(String::as_str)).collect()
    }

    /// The notes (commit messages, changelog lines) of the same changes [`GitSignals::changes_since`] returns.
    ///
    /// ```
    /// use maestro_test_healer::context::{GitSignals, WORKTREE};
    /// let mut g = GitSignals::default();
    /// g.notes.insert(WORKTREE.into(), vec!["Raise the late fee to 30 cents".into()]);
    /// assert_eq!(g.notes_since(std::path::Path::new("tests/test_fees.py")), ["Raise the late fee to 30 cents"]);
    /// ```
    pub fn notes_since(&self, test_file: &Path) -> Vec<&str> {
        self.lines_since(&self.notes, test_file)
    }

    /// The notes of each change since the test that touched source code (each commit, and the working tree),
    /// one list per change: "was every change described as a refactoring?" needs them apart.
    pub fn notes_by_change(&self, test_file: &Path) -> Vec<Vec<&str>> {
        let mut out = Vec::new();
        for (commit, hunks) in &self.hunks {
            if self.after_test(test_file, commit) && hunks.iter().any(|h| h.file != test_file) {
                out.push(self.notes.get(commit).into_iter().flatten().map(String::as_str).collect());
            }
        }
        out
    }

    /// Whether every hunk given is an uncommitted edit (none comes from a commit).
    pub fn all_uncommitted(&self, hunks: &[&Hunk]) -> bool {
        let worktree = self.hunks.get(WORKTREE).map(Vec::as_slice).unwrap_or_default();
        !hunks.is_empty() && hunks.iter().all(|h| worktree.iter().any(|w| std::ptr::eq(w, *h)))
    }

    /// Whether `commit` (or the working tree) comes after the last change of `test_file`. Nothing does when the
    /// test itself has uncommitted edits (it was written against the code as it is).
    fn after_test(&self, test_file: &Path, commit: &str) -> bool {
        if self.dirty.contains(test_file) {
            return false;
        }
        let test_commit = self.last_commit.get(test_file);
        commit == WORKTREE
            || test_commit.is_some_and(|t| t != commit && self.is_ancestor(t, commit))
            // A test that was never committed: every recent commit is as new as it.
            || test_commit.is_none()
    }
}

/// Test files by the usual conventions: `test_*.py`, `*_test.py`, `*.test.ts`, `*.spec.tsx`, files under `tests/`.
pub fn is_test_path(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let in_test_dir =
        path.components().any(|c| matches!(c.as_os_str().to_str(), Some("tests" | "test" | "__tests__" | "spec")));
    in_test_dir
        || name.starts_with("test_")
        || name.ends_with("_test.py")
        || name.contains(".test.")
        || name.contains(".spec.")
        || matches!(name, "conftest.py" | "tests.py" | "test.py")
}

/// Whether a file's text defines tests, for files whose name follows no convention the runners share (a
/// vitest `include` of `src/**/*.check.ts`, a pytest `python_files = check_*.py`): a Python `def test_*` or
/// `class Test*` at the top level, or a top-level `describe(`/`it(`/`test(` call in TS/JS. Imports alone do not
/// count: a library module may import pytest to ship fixtures.
///
/// ```
/// use maestro_test_healer::context::defines_tests;
/// assert!(defines_tests("from shop import total\n\ndef test_total():\n    assert total() == 3\n"));
/// assert!(defines_tests("import { it } from 'vitest';\nit.each([1])('x', () => {});\n"));
/// assert!(!defines_tests("def total():\n    return 3\n"));
/// ```
pub fn defines_tests(text: &str) -> bool {
    text.lines().any(|line| {
        let python = line.strip_prefix("async ").unwrap_or(line);
        let called = |name: &str| {
            line.strip_prefix(name)
                .is_some_and(|rest| rest.starts_with('(') || rest.starts_with('.') && rest.contains('('))
        };
        python.starts_with("def test") && python.contains('(')
            || line.starts_with("class Test")
            || called("describe")
            || called("test")
            || called("it")
    })
}

/// [`is_test_path`], or a file whose text [`defines_tests`]: what the runner ran as a test is a test, whatever
/// its name.
pub fn is_test_file(cache: &SourceCache, path: &Path) -> bool {
    is_test_path(path) || cache.get(path).is_ok_and(|src| defines_tests(src.text()))
}

/// What re-running the failing test on unchanged code showed. Filled by the runner; empty in pure use.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Observations {
    /// Re-runs of the failing test(s) on unchanged code.
    pub reruns: u32,
    /// How many of those re-runs passed. A test that fails and passes on the same code is flaky.
    pub passes: u32,
    /// Wall time of each re-run, in milliseconds (the whole command, startup included).
    pub durations_ms: Vec<u64>,
    /// For a timed-out test: wall time of one re-run with the runner's own per-test time limit lifted (pytest:
    /// `-p no:timeout`), bounded by the session's hang cap. `None` when not measured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncapped_ms: Option<u64>,
    /// That re-run was still running at the hang cap and was killed: the test really hangs.
    #[serde(default)]
    pub uncapped_timed_out: bool,
}

impl Observations {
    /// Failed once and passed at least once on the same code.
    pub fn flipped(&self) -> bool {
        self.passes > 0 && self.passes < self.reruns + 1
    }
}

/// Everything a strategy may read.
pub struct Context<'a> {
    pub sources: &'a SourceCache,
    pub git: GitSignals,
    pub observed: Observations,
    /// What the recent code change did to the API, since the failing test last changed (read by the runner;
    /// empty in pure use).
    pub change: std::sync::Arc<crate::change::ChangeSet>,
    /// Keep every fix to test files (`--tests-only`): fixes of source files are only shown. See
    /// [`crate::eligibility`].
    pub tests_only: bool,
    project: SharedIndex,
}

/// A project index built once, on first use, and shared by the contexts of one round of failures (see
/// [`Context::with_shared_project`]): indexing parses every source file of the project, so building it once per
/// failure made proposing for N failures cost N indexings.
pub type SharedIndex = Rc<std::cell::OnceCell<crate::project_index::ProjectIndex>>;

impl<'a> Context<'a> {
    pub fn new(sources: &'a SourceCache, git: GitSignals) -> Self {
        Context {
            sources,
            git,
            observed: Observations::default(),
            change: Default::default(),
            tests_only: false,
            project: SharedIndex::default(),
        }
    }

    /// The same context, taking its project index from `shared` (built by whichever context sharing it asks
    /// first). Only for contexts over the same [`SourceCache`] whose in-memory texts do not change in between:
    /// the index reflects the cache as it was when it was built.
    ///
    /// ```
    /// use maestro_test_healer::context::{Context, GitSignals, SharedIndex, SourceCache};
    /// let cache = SourceCache::new(".");
    /// cache.set_text("shop.py", "def total(items):\n    return sum(items)\n");
    /// let shared = SharedIndex::default();
    /// let a = Context::new(&cache, GitSignals::default()).with_shared_project(shared.clone());
    /// let b = Context::new(&cache, GitSignals::default()).with_shared_project(shared.clone());
    /// assert!(a.project().find("total").next().is_some());
    /// assert!(std::ptr::eq(a.project(), b.project()), "built once");
    /// ```
    pub fn with_shared_project(mut self, shared: SharedIndex) -> Self {
        self.project = shared;
        self
    }

    /// A context over `fork` (a [`SourceCache::fork`] of this context's cache with the `changed` files' texts
    /// replaced), with the same evidence. When this context's project index is built, the fork's starts as a copy
    /// of it with only the changed files indexed again, instead of indexing the whole project once more (a fix's
    /// convergence check proposes on its fixed files for every fix).
    ///
    /// ```
    /// use maestro_test_healer::context::{Context, GitSignals, SourceCache};
    /// let cache = SourceCache::new(".");
    /// cache.set_text("shop.py", "def total_price(items):\n    return sum(items)\n");
    /// let ctx = Context::new(&cache, GitSignals::default());
    /// assert!(ctx.project().find("total_price").next().is_some());
    /// let fork = cache.fork();
    /// fork.set_text("shop.py", "def total(items):\n    return sum(items)\n");
    /// let fixed = ctx.forked(&fork, &["shop.py".into()]);
    /// assert!(fixed.project().find("total").next().is_some());
    /// assert!(fixed.project().find("total_price").next().is_none());
    /// ```
    pub fn forked<'b>(&self, fork: &'b SourceCache, changed: &[PathBuf]) -> Context<'b> {
        let ctx = Context::new(fork, self.git.clone())
            .with_observations(self.observed.clone())
            .with_change(self.change.clone());
        if let Some(index) = self.project.get() {
            let mut index = index.clone();
            for rel in changed {
                match fork.get(rel) {
                    Ok(file) => index.upsert(rel, &file),
                    Err(_) => index.files.retain(|f| &f.path != rel),
                }
            }
            // A fresh cell: nothing else holds it yet, so it cannot already be set.
            let _ = ctx.project.set(index);
        }
        ctx
    }

    /// What the project's own files define, built on first use: the files on disk under the root, with the
    /// cache's in-memory texts taking precedence.
    pub fn project(&self) -> &crate::project_index::ProjectIndex {
        self.project.get_or_init(|| {
            let mut index = crate::project_index::ProjectIndex::build(self.sources.root());
            for (rel, file) in self.sources.files.borrow().iter() {
                index.upsert(rel, file);
            }
            index
        })
    }

    pub fn with_observations(mut self, observed: Observations) -> Self {
        self.observed = observed;
        self
    }

    /// The same context, keeping fixes to test files when `tests_only` is set.
    pub fn with_tests_only(mut self, tests_only: bool) -> Self {
        self.tests_only = tests_only;
        self
    }

    /// The same context with the code change the runner read for this failure.
    pub fn with_change(mut self, change: std::sync::Arc<crate::change::ChangeSet>) -> Self {
        self.change = change;
        self
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn intent_from_dirty_files_and_commit_ancestry() {
        let test = PathBuf::from("tests/test_price.py");
        let mut g = GitSignals::default();
        assert_eq!(g.intent_for(&test), ChangeIntent::Unknown);
        g.dirty.insert("shop/price.py".into());
        assert_eq!(g.intent_for(&test), ChangeIntent::CodeNewer);
        g.dirty.clear();
        g.dirty.insert(test.clone());
        assert_eq!(g.intent_for(&test), ChangeIntent::TestNewer);
        g.dirty.clear();
        // b descends from a, c from b: the order comes from the graph, whatever the commit dates say.
        g.parents.insert("b".into(), vec!["a".into()]);
        g.parents.insert("c".into(), vec!["b".into()]);
        g.last_commit.insert(test.clone(), "a".into());
        g.last_commit.insert("shop/price.py".into(), "b".into());
        assert_eq!(g.intent_for(&test), ChangeIntent::CodeNewer);
        g.last_commit.insert(test.clone(), "c".into());
        assert_eq!(g.intent_for(&test), ChangeIntent::TestNewer);
        // One commit touched both: no order.
        g.last_commit.insert(test.clone(), "b".into());
        assert_eq!(g.intent_for(&test), ChangeIntent::Unknown);
        // Side branches (neither an ancestor of the other) say nothing either.
        g.parents.insert("d".into(), vec!["a".into()]);
        g.last_commit.insert(test.clone(), "d".into());
        assert_eq!(g.intent_for(&test), ChangeIntent::Unknown);
    }

    #[test]
    fn changes_since_follow_the_graph() {
        let test = PathBuf::from("tests/test_price.py");
        let mut g = GitSignals::default();
        g.parents.insert("b".into(), vec!["a".into()]);
        g.last_commit.insert(test.clone(), "a".into());
        let hunk = |f: &str| Hunk { file: f.into(), removed: vec!["X = 1".into()], added: vec!["X = 2".into()] };
        g.hunks.insert("a".into(), vec![hunk("old.py")]);
        g.hunks.insert("b".into(), vec![hunk("price.py")]);
        g.hunks.insert(WORKTREE.into(), vec![hunk("tax.py")]);
        let mut files: Vec<_> = g.changes_since(&test).iter().map(|h| h.file.clone()).collect();
        files.sort();
        assert_eq!(files, [PathBuf::from("price.py"), PathBuf::from("tax.py")]);
        // The release notes of "b" say nothing about the uncommitted edit, which has none.
        g.release_notes.insert("b".into(), vec!["Prices include VAT".into()]);
        assert!(g.release_notes_since(&test).is_empty());
        g.hunks.remove(WORKTREE);
        assert_eq!(g.release_notes_since(&test), ["Prices include VAT"]);
    }

    #[test]
    fn relative_paths_stay_inside_the_project() {
        let c = SourceCache::new("/nonexistent/root");
        assert_eq!(c.relative(Path::new("./tests/a.py")), Some(PathBuf::from("tests/a.py")));
        assert_eq!(c.relative(Path::new("../etc/passwd")), None);
        assert_eq!(c.relative(Path::new("/elsewhere/a.py")), None);
    }

    #[test]
    fn absolute_url_and_package_relative_paths_resolve_to_the_same_file() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("packages/api/test")).unwrap();
        std::fs::create_dir_all(root.join("test dir")).unwrap();
        std::fs::write(root.join("packages/api/test/a.test.mjs"), "").unwrap();
        std::fs::write(root.join("test dir/b.test.mjs"), "").unwrap();
        let c = SourceCache::new(root);
        let want = Some(PathBuf::from("packages/api/test/a.test.mjs"));
        assert_eq!(c.relative(&root.join("packages/api/test/a.test.mjs")), want);
        assert_eq!(c.relative(Path::new("./packages/api/test/a.test.mjs")), want);
        assert_eq!(c.relative(Path::new("test/a.test.mjs")), want, "package-relative");
        let url = format!("file://{}/test%20dir/b.test.mjs", root.display());
        assert_eq!(c.relative(Path::new(&url)), Some(PathBuf::from("test dir/b.test.mjs")));
        // Two packages with the same relative file: ambiguous, so left as printed.
        std::fs::create_dir_all(root.join("packages/web/test")).unwrap();
        std::fs::write(root.join("packages/web/test/a.test.mjs"), "").unwrap();
        assert_eq!(c.relative(Path::new("test/a.test.mjs")), Some(PathBuf::from("test/a.test.mjs")));
    }
}
