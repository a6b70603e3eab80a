//! Exact values from the runners, for the re-runs the healer makes anyway.
//!
//! The console parsers read what a runner printed, and runners shorten long values (`{'average_ord...nded': 1,
//! ...}`, `{ id: 42, …(4) }`). For pytest the healer's re-runs load a small plugin of ours
//! ([`maestro_capture.py`](./maestro_capture.py), `-p maestro_capture` from a temporary folder put on
//! `PYTHONPATH`; nothing is installed and nothing is written into the project) that records both operands of
//! each failing comparison (full `repr`, and JSON when JSON-able), the operator, where the assertion is, and
//! the test's parametrize id and values. [`Capture::fill`] then replaces what the console printed.
//!
//! ```no_run
//! use maestro_test_healer::runner::capture::Capture;
//! let capture = Capture::pytest().unwrap();
//! // run the re-run with capture.args() appended and capture.env() set, then:
//! let records = capture.read();
//! assert!(records.is_empty() || records[0].op == "==");
//! ```

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::failure::Failure;
use crate::strategies::value::Value;

const PLUGIN: &str = include_str!("maestro_capture.py");
const MODULE: &str = "maestro_capture";

/// One failing comparison, as the plugin recorded it.
#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct Record {
    /// pytest node id of the test.
    pub id: Option<String>,
    /// The parametrize id (`100.00-1-105.00`), when the test is parametrized.
    pub param_id: Option<String>,
    /// The parametrize values by argument name, as `repr`.
    pub params: Option<std::collections::BTreeMap<String, String>>,
    pub op: String,
    /// Full `repr` of the left operand (what the test computed, in `assert actual == expected`).
    pub left: String,
    pub right: String,
    pub left_json: Option<serde_json::Value>,
    pub right_json: Option<serde_json::Value>,
    /// Absolute path and line of the assertion.
    pub file: Option<PathBuf>,
    pub line: Option<u32>,
}

/// A temporary folder holding the plugin and the file it writes; removed when dropped.
pub struct Capture {
    dir: PathBuf,
}

/// How the capture's temporary folders are named (`<prefix><pid>-...`), so a later run can remove those of
/// killed runs.
pub const TEMP_PREFIX: &str = "maestro-capture-";

impl Capture {
    /// Prepares a pytest capture. `None` when no temporary folder can be written (then the re-run goes without).
    pub fn pytest() -> Option<Capture> {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        let name = format!("{TEMP_PREFIX}{}-{}-{nanos}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
        let dir = std::env::temp_dir().join(name);
        std::fs::create_dir(&dir).ok()?;
        let capture = Capture { dir };
        std::fs::write(capture.dir.join(format!("{MODULE}.py")), PLUGIN).ok()?;
        Some(capture)
    }

    /// Arguments to add to the pytest command line.
    pub fn args(&self) -> [String; 2] {
        ["-p".into(), MODULE.into()]
    }

    /// Environment for the re-run: the plugin's folder first on `PYTHONPATH`, and where to write.
    pub fn env(&self) -> Vec<(String, String)> {
        let mut path = self.dir.display().to_string();
        if let Some(existing) = std::env::var_os("PYTHONPATH").filter(|p| !p.is_empty()) {
            path.push(':');
            path.push_str(&existing.to_string_lossy());
        }
        vec![("PYTHONPATH".into(), path), ("MAESTRO_CAPTURE_OUT".into(), self.out().display().to_string())]
    }

    fn out(&self) -> PathBuf {
        self.dir.join("records.json")
    }

    /// What the plugin recorded; empty when the run did not load it or wrote nothing.
    pub fn read(&self) -> Vec<Record> {
        std::fs::read(self.out()).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default()
    }
}

impl Drop for Capture {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The failure with the exact operands of its failing `==` comparison, when a record for the same test (and,
/// when both know it, the same line) exists. `None` when nothing better is known.
pub fn fill(failure: &Failure, records: &[Record], root: &Path) -> Option<Failure> {
    let id = failure.test_id.as_deref()?;
    let record = records.iter().rev().find(|r| {
        r.id.as_deref() == Some(id)
            && r.op == "=="
            && (failure.line.is_none() || r.line.is_none() || same_site(failure, r, root))
    })?;
    // Only values the healer can read; otherwise keep what the console said (and let the strategies refuse it).
    Value::parse(&record.left)?;
    Value::parse(&record.right)?;
    let mut filled = failure.clone();
    filled.actual = Some(record.left.clone());
    filled.expected = Some(record.right.clone());
    if filled.line.is_none() {
        filled.line = record.line;
    }
    Some(filled)
}

fn same_site(failure: &Failure, r: &Record, root: &Path) -> bool {
    if failure.line != r.line {
        return false;
    }
    let (Some(f), Some(rf)) = (&failure.file, &r.file) else { return true };
    let cache = crate::context::SourceCache::new(root);
    // The re-run may have run in a shadow copy of the project: its paths end with the same relative path.
    match (cache.relative(f), cache.relative(rf)) {
        (Some(a), Some(b)) => a == b,
        (Some(a), None) => rf.ends_with(&a),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::failure::{FailureKind, Runner};
    use std::process::Command;

    /// The plugin, loaded by a real pytest, records exact values that the console shortened; the project folder
    /// gains no file.
    #[test]
    fn a_real_pytest_rerun_records_whole_values() {
        let have_pytest = Command::new("python3").args(["-c", "import pytest"]).status().is_ok_and(|s| s.success());
        if !have_pytest {
            eprintln!("pytest not installed; skipped");
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::write(
            root.join("test_long.py"),
            "import pytest\n\n\ndef scores():\n    return [(i, 'name%d' % i) for i in range(40)]\n\n\ndef test_scores():\n    assert scores() == [(i, 'name%d' % i) for i in range(39)] + [(39, 'zoe')]\n\n\n@pytest.mark.parametrize('a, b', [(1, 2), (4000, 5)], ids=['small', 'a-4000 b'])\ndef test_pair(a, b):\n    assert a + b == 3\n",
        )
        .unwrap();
        let before: Vec<_> = std::fs::read_dir(root).unwrap().map(|e| e.unwrap().file_name()).collect();
        let capture = Capture::pytest().unwrap();
        let mut cmd = Command::new("python3");
        cmd.args(["-m", "pytest", "-q", "-p", "no:cacheprovider"]).args(capture.args()).current_dir(root);
        for (k, v) in capture.env() {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        let console = String::from_utf8_lossy(&out.stdout);
        assert!(console.contains("..."), "pytest shortened the value: {console}");
        let records = capture.read();
        assert_eq!(records.len(), 2, "{records:?}\n{console}");
        let scores = records.iter().find(|r| r.id.as_deref() == Some("test_long.py::test_scores")).unwrap();
        assert!(scores.left.contains("(39, 'name39')") && scores.right.contains("(39, 'zoe')"), "{scores:?}");
        assert_eq!(scores.line, Some(9));
        let pair = records.iter().find(|r| r.param_id.as_deref() == Some("a-4000 b")).unwrap();
        assert_eq!((pair.left.as_str(), pair.right.as_str(), pair.op.as_str()), ("4005", "3", "=="));
        assert_eq!(pair.params.as_ref().unwrap()["a"], "4000");
        assert_eq!(pair.left_json, Some(serde_json::json!(4005)));
        let after: Vec<_> = std::fs::read_dir(root).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(before, after, "nothing written into the project");

        // The console's shortened value becomes the whole one.
        let mut f = Failure::new(FailureKind::TestFailure, Runner::Pytest, "assert [(0, 'name0'), ...] == [...]");
        f.test_id = Some("test_long.py::test_scores".into());
        f.file = Some("test_long.py".into());
        f.line = Some(9);
        f.actual = Some("[(0, 'name0'), (1, 'name1'), ...]".into());
        f.expected = Some("[(0, 'name0'), ...]".into());
        let filled = fill(&f, &records, root).unwrap();
        assert_eq!(filled.actual.as_deref(), Some(scores.left.as_str()));
        assert!(Value::parse(filled.expected.as_deref().unwrap()).is_some());
        // A re-run in a shadow copy of the project records the copy's path: the same file.
        let mut shadowed = records.clone();
        for r in &mut shadowed {
            r.file = Some(PathBuf::from("/tmp/maestro-shadow-1/test_long.py"));
        }
        assert!(fill(&f, &shadowed, root).is_some());
        // Another line of the same test is another assertion: not filled from this record.
        f.line = Some(12);
        assert!(fill(&f, &records, root).is_none());
    }
}
