//! Exact values from the runners, for the re-runs the healer makes anyway.
//!
//! The console parsers read what a runner printed, and runners shorten long values (`{'average_ord...nded': 1,
//! ...}`, `{ id: 42, …(4) }`). For pytest the healer's re-runs load a small plugin of ours
//! ([`maestro_capture.py`](./maestro_capture.py), `-p maestro_capture` from a temporary folder put on
//! `PYTHONPATH`; nothing is installed and nothing is written into the project) that records both operands of
//! each failing comparison (full `repr`, and JSON when JSON-able), the operator, where the assertion is, and
//! the test's parametrize id and values. [`Capture::fill`] then replaces what the console printed. With
//! [`REPEAT_ENV`] set, the plugin also runs each selected test several times in a row in its one process (a
//! flaky fix's consecutive passes in one runner start).
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
const VITEST_REPORTER: &str = include_str!("maestro_vitest.mjs");
const VITEST_FILE: &str = "maestro_vitest.mjs";
const NODE_REPORTER: &str = include_str!("maestro_node.mjs");
const NODE_FILE: &str = "maestro_node.mjs";

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
    /// The operands are vitest's pretty-format text (`Object {"a": 1,}`, a bare string), not literals.
    #[serde(default)]
    pub pretty: bool,
    /// `id` holds the test's names without its file (vitest, node:test): the failure's id ends with them.
    #[serde(default)]
    pub names_only: bool,
}

/// One failed node:test assertion, as our reporter wrote it (`util.inspect` of the values).
#[derive(Debug, Deserialize)]
struct NodeRecord {
    names: Vec<String>,
    file: Option<PathBuf>,
    operator: Option<String>,
    actual: String,
    expected: String,
}

/// One failed vitest assertion, as our reporter wrote it.
#[derive(Debug, Deserialize)]
struct VitestRecord {
    names: Vec<String>,
    file: Option<PathBuf>,
    line: Option<u32>,
    actual: String,
    expected: String,
}

/// Which runner's capture.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Pytest,
    Vitest,
    NodeTest,
}

/// A temporary folder holding the plugin and the file it writes; removed when dropped.
pub struct Capture {
    dir: PathBuf,
    kind: Kind,
}

/// With this variable set to N, the plugin runs each selected test N times in a row in its one process,
/// stopping a test at its first failure (flaky fixes' consecutive-pass validation).
pub const REPEAT_ENV: &str = "MAESTRO_REPEAT";

/// How the capture's temporary folders are named (`<prefix><pid>-...`), so a later run can remove those of
/// killed runs.
pub const TEMP_PREFIX: &str = "maestro-capture-";

impl Capture {
    /// Prepares a pytest capture. `None` when no temporary folder can be written (then the re-run goes without).
    pub fn pytest() -> Option<Capture> {
        Capture::new(Kind::Pytest, &format!("{MODULE}.py"), PLUGIN)
    }

    /// Prepares a vitest capture: a reporter of ours added to the re-run's reporters (`--reporter=default
    /// --reporter=<temp>/maestro_vitest.mjs`), recording each failed assertion's expected and received values.
    pub fn vitest() -> Option<Capture> {
        Capture::new(Kind::Vitest, VITEST_FILE, VITEST_REPORTER)
    }

    /// Prepares a node:test capture: a reporter of ours beside TAP on stdout (`--test-reporter=tap
    /// --test-reporter-destination=stdout --test-reporter=<temp>/maestro_node.mjs --test-reporter-destination=<temp
    /// file>`), recording each failed assertion's `actual` and `expected` (`details.error.cause`).
    pub fn node_test() -> Option<Capture> {
        Capture::new(Kind::NodeTest, NODE_FILE, NODE_REPORTER)
    }

    fn new(kind: Kind, file: &str, text: &str) -> Option<Capture> {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        let name = format!("{TEMP_PREFIX}{}-{}-{nanos}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
        let dir = std::env::temp_dir().join(name);
        std::fs::create_dir(&dir).ok()?;
        let capture = Capture { dir, kind };
        std::fs::write(capture.dir.join(file), text).ok()?;
        Some(capture)
    }

    /// Arguments to add to the re-run's command line.
    pub fn args(&self) -> Vec<String> {
        match self.kind {
            Kind::Pytest => vec!["-p".into(), MODULE.into()],
            Kind::Vitest => {
                vec!["--reporter=default".into(), format!("--reporter={}", self.dir.join(VITEST_FILE).display())]
            }
            Kind::NodeTest => vec![
                "--test-reporter=tap".into(),
                "--test-reporter-destination=stdout".into(),
                format!("--test-reporter={}", self.dir.join(NODE_FILE).display()),
                format!("--test-reporter-destination={}", self.out().display()),
            ],
        }
    }

    /// `argv` with [`Capture::args`] where the runner reads them: before pytest's node ids, right after node's
    /// `--test` (options after the file patterns would not be node's), at the end for vitest.
    pub fn insert_into(&self, argv: &[String]) -> Vec<String> {
        if let Some((idx, script)) = crate::runner::rerun::shell_script(argv) {
            // `sh -c 'vitest run ...'`: into the script (arguments after it would be the shell's `$0`, `$1`),
            // when it is one simple command; otherwise the re-run goes without capture.
            if !crate::runner::rerun::is_simple_script(script) {
                return argv.to_vec();
            }
            let starts: Vec<usize> = script
                .char_indices()
                .filter(|&(i, c)| !c.is_whitespace() && (i == 0 || script[..i].ends_with(char::is_whitespace)))
                .map(|(i, _)| i)
                .collect();
            let words: Vec<String> = script.split_whitespace().map(String::from).collect();
            let with = self.insert_into(&words);
            if with.len() == words.len() {
                return argv.to_vec();
            }
            // Where ours went among the script's words; the script's own text (and quoting) is kept around it.
            let at = (0..words.len()).find(|&i| with[i] != words[i]).unwrap_or(words.len());
            let added: Vec<String> = with[at..at + with.len() - words.len()]
                .iter()
                .map(|a| crate::runner::command::shell_quote(a))
                .collect();
            let cut = starts.get(at).copied().unwrap_or(script.len());
            let (head, tail) = script.split_at(cut);
            let mut out = argv.to_vec();
            out[idx] = format!("{} {} {}", head.trim_end(), added.join(" "), tail).trim_end().to_string();
            return out;
        }
        let chosen = |flag: &str| argv.iter().any(|a| a == flag || a.starts_with(&format!("{flag}=")));
        let mut args = self.args();
        match self.kind {
            // The user's own reporters stay what the console parser reads; ours only joins them.
            Kind::Vitest if chosen("--reporter") => args.retain(|a| a != "--reporter=default"),
            // Two reporters on stdout would interleave: a command choosing its own goes without capture.
            Kind::NodeTest if chosen("--test-reporter") => return argv.to_vec(),
            _ => {}
        }
        let at = match self.kind {
            Kind::NodeTest => match argv.iter().position(|a| a == "--test") {
                Some(i) => i + 1,
                None => return argv.to_vec(),
            },
            _ => argv.iter().position(|a| a.contains("::")).unwrap_or(argv.len()),
        };
        argv[..at].iter().chain(&args).chain(&argv[at..]).cloned().collect()
    }

    /// Environment for the re-run: the plugin's folder first on `PYTHONPATH`, and where to write.
    pub fn env(&self) -> Vec<(String, String)> {
        let out = ("MAESTRO_CAPTURE_OUT".to_string(), self.out().display().to_string());
        if self.kind != Kind::Pytest {
            return vec![out];
        }
        let mut path = self.dir.display().to_string();
        if let Some(existing) = std::env::var_os("PYTHONPATH").filter(|p| !p.is_empty()) {
            path.push(':');
            path.push_str(&existing.to_string_lossy());
        }
        vec![("PYTHONPATH".into(), path), out]
    }

    fn out(&self) -> PathBuf {
        self.dir.join("records.json")
    }

    /// Whether a run loaded the plugin (it writes its records file, empty or not, when the session ends).
    pub fn loaded(&self) -> bool {
        self.out().exists()
    }

    /// What the plugin recorded; empty when the run did not load it or wrote nothing.
    pub fn read(&self) -> Vec<Record> {
        let Ok(bytes) = std::fs::read(self.out()) else { return Vec::new() };
        match self.kind {
            Kind::Pytest => serde_json::from_slice(&bytes).unwrap_or_default(),
            Kind::Vitest => serde_json::from_slice::<Vec<VitestRecord>>(&bytes)
                .unwrap_or_default()
                .into_iter()
                .map(|v| Record {
                    // The test's names without its file: the failure's id ends with them.
                    id: Some(v.names.join(" > ")),
                    param_id: None,
                    params: None,
                    op: "==".into(),
                    left: v.actual,
                    right: v.expected,
                    left_json: None,
                    right_json: None,
                    file: v.file,
                    line: v.line,
                    pretty: true,
                    names_only: true,
                })
                .collect(),
            Kind::NodeTest => serde_json::from_slice::<Vec<NodeRecord>>(&bytes)
                .unwrap_or_default()
                .into_iter()
                .filter(|n| {
                    matches!(
                        n.operator.as_deref(),
                        Some("strictEqual" | "deepStrictEqual" | "equal" | "deepEqual" | "==" | "===")
                    )
                })
                .map(|n| Record {
                    id: Some(n.names.join(" > ")),
                    param_id: None,
                    params: None,
                    op: "==".into(),
                    left: n.actual,
                    right: n.expected,
                    left_json: None,
                    right_json: None,
                    file: n.file,
                    // node reports where the test is declared, not the assertion: no line to compare.
                    line: None,
                    pretty: false,
                    names_only: true,
                })
                .collect(),
        }
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
    let same_test = |r: &Record| match r.id.as_deref() {
        Some(rid) if r.names_only => id == rid || id.ends_with(&format!(" > {rid}")),
        rid => rid == Some(id),
    };
    let record = records.iter().rev().find(|r| {
        same_test(r)
            && r.op == "=="
            && (failure.line.is_none()
                || r.line.is_none()
                || same_site(failure, r, root)
                || in_helper(failure, r, root))
    })?;
    let (left, right) = if record.pretty && failure.message.contains("to throw error ") {
        // `toThrow`: the thrown message and the expected text, or the pattern of an expected regex (`/.../i`),
        // both strings; the console cuts the message short.
        let right = match record.right.strip_prefix('/').and_then(|r| r.rsplit_once('/')) {
            Some((pattern, flags)) if flags.chars().all(|c| c.is_ascii_alphabetic()) => pattern,
            _ => record.right.as_str(),
        };
        (from_pretty(&record.left, true), from_pretty(right, true))
    } else if record.pretty {
        // A top-level string is printed bare: the console's own rendering says which side was a string.
        let quoted = |s: &Option<String>| s.as_deref().is_some_and(|t| t.starts_with(['\'', '"']));
        (
            from_pretty(&record.left, quoted(&failure.actual) || quoted(&failure.expected)),
            from_pretty(&record.right, quoted(&failure.expected) || quoted(&failure.actual)),
        )
    } else {
        (record.left.clone(), record.right.clone())
    };
    // Only values the healer can read; otherwise keep what the console said (and let the strategies refuse it).
    Value::parse(&left)?;
    Value::parse(&right)?;
    let mut filled = failure.clone();
    filled.actual = Some(left);
    filled.expected = Some(right);
    if filled.line.is_none() {
        filled.line = record.line;
    }
    Some(filled)
}

/// Vitest's pretty-format text as a literal: `Object {` / `Array [` lose their type names (outside strings), and a
/// bare top-level string is quoted.
fn from_pretty(text: &str, string: bool) -> String {
    if string {
        let escaped = text.replace('\\', "\\\\").replace('\'', "\\'").replace('\n', "\\n");
        return format!("'{escaped}'");
    }
    let mut out = String::with_capacity(text.len());
    let mut in_str: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if let Some(q) = in_str {
            out.push(c);
            if c == '\\' {
                if let Some((_, n)) = chars.next() {
                    out.push(n);
                }
            } else if c == q {
                in_str = None;
            }
            continue;
        }
        if c == '"' || c == '\'' {
            in_str = Some(c);
            out.push(c);
            continue;
        }
        let rest = &text[i..];
        if let Some(skip) = ["Object {", "Array ["].iter().find(|p| rest.starts_with(**p)).map(|p| p.len() - 2) {
            // Drop the type name, keep the bracket.
            for _ in 0..skip {
                chars.next();
            }
            continue;
        }
        out.push(c);
    }
    out
}

/// The comparison failed inside a helper the test calls (`assert_equal(expected, result)` in `tests/common.py`):
/// the record is at the failure's innermost frame, in another place than the test's own line.
fn in_helper(failure: &Failure, r: &Record, root: &Path) -> bool {
    let Some(inner) = failure.frames.last() else { return false };
    let at_test = failure.file.as_ref() == Some(&inner.file) && failure.line == Some(inner.line);
    let site = Failure { file: Some(inner.file.clone()), line: Some(inner.line), ..failure.clone() };
    !at_test && same_site(&site, r, root)
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

    /// `MAESTRO_REPEAT=5`: each selected test runs five times in one process, with its function fixtures set up
    /// each time, and a test stops at its first failure (which fails the run).
    #[test]
    fn a_real_pytest_run_repeats_each_test_and_stops_a_test_at_its_first_failure() {
        let have_pytest = Command::new("python3").args(["-c", "import pytest"]).status().is_ok_and(|s| s.success());
        if !have_pytest {
            eprintln!("pytest not installed; skipped");
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::write(
            root.join("test_r.py"),
            "import pytest\n\nCALLS = {'a': 0, 'b': 0, 'fx': 0}\n\n\n@pytest.fixture\ndef fx():\n    CALLS['fx'] += 1\n    yield []\n\n\ndef test_a(fx):\n    CALLS['a'] += 1\n    fx.append(1)\n    assert fx == [1]\n\n\ndef test_b():\n    CALLS['b'] += 1\n    assert CALLS['b'] < 3\n\n\ndef test_c():\n    assert CALLS == {'a': 5, 'b': 3, 'fx': 5}\n",
        )
        .unwrap();
        let run = |ids: &[&str]| {
            let capture = Capture::pytest().unwrap();
            let mut cmd = Command::new("python3");
            cmd.args(["-m", "pytest", "-q", "-p", "no:cacheprovider"]).args(capture.args()).args(ids).current_dir(root);
            for (k, v) in capture.env() {
                cmd.env(k, v);
            }
            cmd.env(REPEAT_ENV, "5");
            cmd.output().unwrap()
        };
        let out = run(&["test_r.py"]);
        let console = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(1), "{console}");
        // test_c saw five runs of test_a (five fixtures) and test_b stopped at its failing third run.
        assert!(console.contains("1 failed, 12 passed"), "{console}");
        assert!(console.contains("FAILED test_r.py::test_b"), "{console}");
        let out = run(&["test_r.py::test_a"]);
        assert!(out.status.success() && String::from_utf8_lossy(&out.stdout).contains("5 passed"));
    }

    #[test]
    fn vitest_pretty_values_become_literals() {
        let obj = "Object {\n  \"areaLabel\": \"84 m²\",\n  \"id\": 42,\n  \"tags\": Array [\n    \"a\",\n  ],\n  \"note\": \"Object {x\",\n}";
        let lit = from_pretty(obj, false);
        assert!(
            lit.starts_with("{\n  \"areaLabel\"") && lit.contains("\"tags\": [") && lit.contains("\"Object {x\""),
            "{lit}"
        );
        assert!(Value::parse(&lit).is_some(), "{lit}");
        assert_eq!(from_pretty("it's", true), "'it\\'s'");
        assert_eq!(Value::parse(&from_pretty("10.5", true)), Value::parse("'10.5'"));
        assert_eq!(Value::parse(&from_pretty("10.5", false)), Value::parse("10.5"));
    }

    /// Our reporter, beside TAP in a real `node --test`, records whole values; the console report stays TAP.
    #[test]
    fn a_real_node_test_rerun_records_whole_values() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir(root.join("test")).unwrap();
        std::fs::write(
            root.join("test/crumbs.test.mjs"),
            "import test from 'node:test';\nimport assert from 'node:assert/strict';\ntest.describe('crumbs', () => {\n  test('trail', () => {\n    assert.deepStrictEqual({ items: ['Docs', 'Guides', 'Deploying', 'A', 'B', 'C'], sep: ' › ', long: 'x'.repeat(60) }, { items: ['Docs', 'Guides', 'Deploying', 'A', 'B', 'C'], sep: ' / ', long: 'x'.repeat(60) });\n  });\n});\n",
        )
        .unwrap();
        let capture = Capture::node_test().unwrap();
        let argv = capture.insert_into(&["node".into(), "--test".into(), "test/".into()]);
        assert_eq!(argv[1], "--test");
        let own = ["node".to_string(), "--test".into(), "--test-reporter=spec".into()];
        assert_eq!(capture.insert_into(&own), own, "the command's own reporter is left alone");
        let script = capture.insert_into(&["sh".into(), "-c".into(), "node --test  'test/a b.mjs'".into()]);
        assert!(script[2].starts_with("node --test --test-reporter=tap "), "{script:?}");
        assert!(script[2].ends_with(" 'test/a b.mjs'"), "the script's own quoting is kept: {script:?}");
        let named =
            capture.insert_into(&["sh".into(), "-c".into(), "node --test --test-name-pattern '^a$' t.mjs".into()]);
        assert!(named[2].contains("--test-reporter=tap") && named[2].ends_with("'^a$' t.mjs"), "{named:?}");
        let piped = ["sh".to_string(), "-c".into(), "node --test test/ | tee log".into()];
        assert_eq!(capture.insert_into(&piped), piped, "a pipeline goes without capture");
        let Ok(out) = Command::new(&argv[0]).args(&argv[1..]).envs(capture.env()).current_dir(root).output() else {
            eprintln!("node not installed; skipped");
            return;
        };
        let console = String::from_utf8_lossy(&out.stdout);
        assert!(console.contains("TAP version") && console.contains("not ok"), "{console}");
        let records = capture.read();
        assert_eq!(records.len(), 1, "{records:?}\n{console}");
        let mut f =
            Failure::new(FailureKind::TestFailure, Runner::NodeTest, "Expected values to be strictly deep-equal");
        f.test_id = Some(format!("{} > crumbs > trail", root.join("test/crumbs.test.mjs").display()));
        f.file = Some(root.join("test/crumbs.test.mjs"));
        f.line = Some(5);
        let filled = fill(&f, &records, root).unwrap();
        let actual = Value::parse(filled.actual.as_deref().unwrap()).unwrap();
        let want = format!(
            "{{ items: ['Docs', 'Guides', 'Deploying', 'A', 'B', 'C'], sep: ' › ', long: '{}' }}",
            "x".repeat(60)
        );
        assert_eq!(actual, Value::parse(&want).unwrap());
    }

    /// Our reporter, loaded by a real vitest next to the default one, records whole values the console cut
    /// (`{ id: 42, firstName: 'Ada', …(5) }`); the project folder gains no file.
    #[test]
    fn a_real_vitest_rerun_records_whole_values() {
        let tools = Path::new(env!("CARGO_MANIFEST_DIR")).join("../.tools/node/node_modules");
        let vitest = tools.join(".bin/vitest");
        if !vitest.exists() {
            eprintln!("vitest not installed (scripts/tools.sh); skipped");
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir(root.join("test")).unwrap();
        std::os::unix::fs::symlink(&tools, root.join("node_modules")).unwrap();
        std::fs::write(
            root.join("test/card.test.ts"),
            "import { describe, expect, it } from 'vitest';\ndescribe('card', () => {\n  it('has fields', () => {\n    expect({ id: 42, firstName: 'Ada', lastName: 'Lovelace', areaLabel: '84 m²', rooms: 3, tags: ['a'] }).toEqual({ id: 42, firstName: 'Ada', lastName: 'Lovelace', areaLabel: '84 sqm', rooms: 3, tags: ['a'] });\n  });\n  it('label', () => {\n    expect('10.5').toBe('9.6');\n  });\n  it('port', () => {\n    expect(() => { throw new RangeError('PORT must be an integer between 1 and 65535 (got \"70000\")'); }).toThrowError(/^Invalid port: \"70000\"$/);\n  });\n});\n",
        )
        .unwrap();
        let before: Vec<_> = std::fs::read_dir(root).unwrap().map(|e| e.unwrap().file_name()).collect();
        let capture = Capture::vitest().unwrap();
        // As `eval` and most CI scripts run it: inside `sh -c`, where arguments after the script would be lost.
        let argv = capture.insert_into(&["sh".into(), "-c".into(), format!("{} run", vitest.display())]);
        assert_eq!(argv.len(), 3, "{argv:?}");
        assert!(
            argv[2].contains("--reporter=default --reporter=") && argv[2].starts_with(&vitest.display().to_string())
        );
        let out = Command::new(&argv[0]).args(&argv[1..]).envs(capture.env()).current_dir(root).output().unwrap();
        let console = String::from_utf8_lossy(&out.stdout);
        assert!(console.contains("…"), "vitest shortened the value: {console}");
        let records = capture.read();
        assert_eq!(records.len(), 3, "{records:?}\n{console}");
        let mut f = Failure::new(FailureKind::TestFailure, Runner::Vitest, "expected { id: 42, …(5) } to deeply equal");
        f.test_id = Some("test/card.test.ts > card > has fields".into());
        f.file = Some("test/card.test.ts".into());
        f.line = Some(4);
        f.actual = Some("{ id: 42, firstName: 'Ada', …(4) }".into());
        f.expected = Some("{ id: 42, firstName: 'Ada', …(4) }".into());
        let filled = fill(&f, &records, root).unwrap();
        let actual = Value::parse(filled.actual.as_deref().unwrap()).unwrap();
        assert_eq!(
            actual,
            Value::parse(
                "{ areaLabel: '84 m²', firstName: 'Ada', id: 42, lastName: 'Lovelace', rooms: 3, tags: ['a'] }"
            )
            .unwrap()
        );
        // A bare string stays a string when the console showed it quoted.
        f.test_id = Some("test/card.test.ts > card > label".into());
        f.line = Some(7);
        f.actual = Some("'10.5'".into());
        f.expected = Some("'9.6'".into());
        let filled = fill(&f, &records, root).unwrap();
        assert_eq!(filled.actual.as_deref(), Some("'10.5'"));
        // `toThrowError(/regex/)`: the whole message thrown and the pattern, both as strings (the console cut
        // the message and printed no operands).
        f.test_id = Some("test/card.test.ts > card > port".into());
        f.message = "expected [Function] to throw error matching /^Invalid port: \"70000\"$/ but got 'PORT must be an integer between 1 and…'".into();
        f.line = Some(10);
        (f.actual, f.expected) = (None, None);
        let filled = fill(&f, &records, root).unwrap();
        let text = |v: Option<&str>| match v.and_then(Value::parse) {
            Some(Value::Str(s)) => s,
            other => panic!("{other:?}"),
        };
        assert_eq!(text(filled.actual.as_deref()), "PORT must be an integer between 1 and 65535 (got \"70000\")");
        assert_eq!(text(filled.expected.as_deref()), "^Invalid port: \"70000\"$");
        let after: Vec<_> = std::fs::read_dir(root).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(before, after, "nothing written into the project");
    }

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
