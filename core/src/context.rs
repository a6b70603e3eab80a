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
}

impl SourceCache {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        SourceCache { root: root.into(), files: RefCell::new(HashMap::new()) }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The project-relative form of a path a runner printed (absolute, `./x`, or relative to the root).
    /// `None` when it lies outside the project.
    pub fn relative(&self, path: &Path) -> Option<PathBuf> {
        let rel = if path.is_absolute() {
            let root = std::fs::canonicalize(&self.root).unwrap_or_else(|_| self.root.clone());
            let abs = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
            abs.strip_prefix(&root).ok()?.to_path_buf()
        } else {
            path.to_path_buf()
        };
        let mut clean = PathBuf::new();
        for c in rel.components() {
            match c {
                Component::Normal(p) => clean.push(p),
                Component::CurDir => {}
                _ => return None,
            }
        }
        (!clean.as_os_str().is_empty()).then_some(clean)
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

    /// Replaces a file's text in memory (nothing is written).
    pub fn set_text(&self, rel: impl Into<PathBuf>, text: impl Into<String>) {
        let rel = rel.into();
        if let Ok(file) = SourceFile::from_text(rel.clone(), text) {
            self.files.borrow_mut().insert(rel, Rc::new(file));
        }
    }

    /// A new cache for the same root, sharing nothing (used to look at a fixed version of some files).
    pub fn fork(&self) -> SourceCache {
        SourceCache { root: self.root.clone(), files: RefCell::new(self.files.borrow().clone()) }
    }
}

/// Which side of a test changed last, from version control. Collected by the runner; empty when the project is
/// not a git repository.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct GitSignals {
    /// Project-relative files with uncommitted changes (staged, unstaged or untracked).
    pub dirty: HashSet<PathBuf>,
    /// Unix time of the last commit that touched each tracked file.
    pub last_commit: HashMap<PathBuf, i64>,
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
    /// Compares a test file with the project's other (non-test) source files.
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
        let Some(&test_time) = self.last_commit.get(test_file) else { return ChangeIntent::Unknown };
        let code_time = self.last_commit.iter().filter(|(p, _)| is_code(p)).map(|(_, &t)| t).max();
        match code_time {
            Some(t) if t > test_time => ChangeIntent::CodeNewer,
            Some(t) if t < test_time => ChangeIntent::TestNewer,
            _ => ChangeIntent::Unknown,
        }
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
        || name == "conftest.py"
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
    project: std::cell::OnceCell<crate::project_index::ProjectIndex>,
}

impl<'a> Context<'a> {
    pub fn new(sources: &'a SourceCache, git: GitSignals) -> Self {
        Context {
            sources,
            git,
            observed: Observations::default(),
            change: Default::default(),
            tests_only: false,
            project: std::cell::OnceCell::new(),
        }
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
    use super::*;

    #[test]
    fn intent_from_dirty_files_and_commit_times() {
        let test = PathBuf::from("tests/test_price.py");
        let mut g = GitSignals::default();
        assert_eq!(g.intent_for(&test), ChangeIntent::Unknown);
        g.dirty.insert("shop/price.py".into());
        assert_eq!(g.intent_for(&test), ChangeIntent::CodeNewer);
        g.dirty.clear();
        g.dirty.insert(test.clone());
        assert_eq!(g.intent_for(&test), ChangeIntent::TestNewer);
        g.dirty.clear();
        g.last_commit.insert(test.clone(), 100);
        g.last_commit.insert("shop/price.py".into(), 200);
        assert_eq!(g.intent_for(&test), ChangeIntent::CodeNewer);
        g.last_commit.insert(test.clone(), 300);
        assert_eq!(g.intent_for(&test), ChangeIntent::TestNewer);
    }

    #[test]
    fn relative_paths_stay_inside_the_project() {
        let c = SourceCache::new("/nonexistent/root");
        assert_eq!(c.relative(Path::new("./tests/a.py")), Some(PathBuf::from("tests/a.py")));
        assert_eq!(c.relative(Path::new("../etc/passwd")), None);
        assert_eq!(c.relative(Path::new("/elsewhere/a.py")), None);
    }
}
