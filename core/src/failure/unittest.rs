//! `python -m unittest` output, verbose or not: the `FAIL:`/`ERROR:` blocks between `=====` rules.

use super::traceback::{innermost_project_frame, read_error};
use super::util::{kind_for_exception, lazy_regex, not_recognized, python_actual_expected};
use super::{Failure, FailureKind, ParseError, Runner};

lazy_regex!(HEADER, r"^(FAIL|ERROR|UNEXPECTED SUCCESS): (\S+) \(([^)]*)\)(.*)$");
lazy_regex!(RAN, r"(?m)^Ran \d+ tests? in ");

const DOUBLE_RULE: &str = "======================================================================";
const SINGLE_RULE: &str = "----------------------------------------------------------------------";

/// Whether the text carries unittest's markers.
pub(crate) fn looks_like(output: &str) -> bool {
    RAN.is_match(output) || output.lines().any(|l| HEADER.is_match(l)) && output.contains(DOUBLE_RULE)
}

/// Parses unittest output into one failure per `FAIL:`/`ERROR:` block.
pub fn parse(output: &str) -> Result<Vec<Failure>, ParseError> {
    if !looks_like(output) {
        return Err(not_recognized(Runner::Unittest, "no `Ran N tests in` line and no `FAIL: test (id)` block"));
    }
    let lines: Vec<&str> = output.lines().collect();
    let mut failures = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let header = lines.get(i).and_then(|l| HEADER.captures(l));
        let Some(c) = header else {
            i += 1;
            continue;
        };
        let end = block_end(&lines, i + 1);
        let body = lines.get(i + 1..end).unwrap_or_default();
        let raw = lines.get(i..end).unwrap_or_default().join("\n");
        let name = c.get(2).map_or("", |m| m.as_str());
        let inside = c.get(3).map_or("", |m| m.as_str());
        failures.push(block_to_failure(name, inside, body, raw));
        i = end;
    }
    Ok(failures)
}

/// A block runs to the next `=====` rule or to the `-----` rule just before `Ran N tests`.
fn block_end(lines: &[&str], from: usize) -> usize {
    let mut j = from;
    // The first `-----` rule right after the header separates it from the traceback.
    if lines.get(j).is_some_and(|l| *l == SINGLE_RULE) {
        j += 1;
    }
    while j < lines.len() {
        let l = lines.get(j).copied().unwrap_or_default();
        if l == DOUBLE_RULE {
            return j;
        }
        if l == SINGLE_RULE && lines.get(j + 1).is_some_and(|n| RAN.is_match(n)) {
            return j;
        }
        j += 1;
    }
    lines.len()
}

/// Python 3.11+ prints the full id in parentheses (`test_x (mod.Class.test_x)`); older ones print the class only.
fn test_id(name: &str, inside: &str) -> String {
    if inside.starts_with("unittest.loader._FailedTest") || inside.starts_with("unittest.loader.ModuleImportFailure") {
        // A module that failed to import: re-running the module name re-runs the failure.
        return name.to_string();
    }
    if inside == name || inside.ends_with(&format!(".{name}")) {
        inside.to_string()
    } else {
        format!("{inside}.{name}")
    }
}

fn block_to_failure(name: &str, inside: &str, body: &[&str], raw: String) -> Failure {
    let err = read_error(body);
    let id = test_id(name, inside);
    let error_type = err.error_type.clone();
    // FAIL, ERROR and UNEXPECTED SUCCESS all fail the test; the exception type refines it.
    let kind =
        error_type.as_deref().map_or(FailureKind::TestFailure, |t| kind_for_exception(t, FailureKind::TestFailure));
    let mut f = Failure::new(kind, Runner::Unittest, err.message.clone());
    f.test_id = Some(id.clone());
    let module_file = module_path_of(&id, name, inside);
    let test_frame = err
        .frames
        .iter()
        .rev()
        .find(|fr| module_file.as_deref().is_some_and(|m| fr.file.to_string_lossy().ends_with(m)))
        .or_else(|| err.frames.iter().rev().find(|fr| fr.function.as_deref() == Some(name)))
        .or_else(|| innermost_project_frame(&err.frames));
    if let Some((file, line)) = err.syntax_location.clone() {
        f.file = Some(file);
        f.line = Some(line);
    } else if let Some(fr) = test_frame {
        f.file = Some(fr.file.clone());
        f.line = Some(fr.line);
    }
    if let Some((a, e)) = python_actual_expected(&err.message) {
        f.actual = Some(a);
        f.expected = Some(e);
    }
    f.error_type = error_type;
    f.frames = err.frames;
    f.raw = raw;
    f
}

/// `pkg/test_mod.py` for `pkg.test_mod.TestX.test_y`: the file whose frame is the test's own.
fn module_path_of(id: &str, name: &str, inside: &str) -> Option<String> {
    let parts: Vec<&str> = id.split('.').collect();
    let failed_import = inside.starts_with("unittest.loader.");
    // Drop `Class.method` unless the id already is a module (failed import).
    let keep = if failed_import { parts.len() } else { parts.len().checked_sub(2)? };
    let module = parts.get(..keep)?;
    if module.is_empty() || (!failed_import && parts.last() != Some(&name)) {
        return None;
    }
    Some(format!("{}.py", module.join("/")))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use std::path::PathBuf;

    use super::*;

    const OUT: &str = "F.\n======================================================================\nFAIL: test_add (tests.test_calc.TestCalc.test_add)\n----------------------------------------------------------------------\nTraceback (most recent call last):\n  File \"/p/tests/test_calc.py\", line 8, in test_add\n    self.assertEqual(add(2, 2), 4)\nAssertionError: 5 != 4\n\n----------------------------------------------------------------------\nRan 2 tests in 0.001s\n\nFAILED (failures=1)\n";

    #[test]
    fn reads_a_fail_block() {
        let f = parse(OUT).unwrap();
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].test_id.as_deref(), Some("tests.test_calc.TestCalc.test_add"));
        assert_eq!(f[0].file, Some(PathBuf::from("/p/tests/test_calc.py")));
        assert_eq!(f[0].line, Some(8));
        assert_eq!(f[0].actual.as_deref(), Some("5"));
        assert_eq!(f[0].expected.as_deref(), Some("4"));
        assert_eq!(f[0].error_type.as_deref(), Some("AssertionError"));
        assert!(!f[0].raw.contains("Ran 2 tests"));
    }

    #[test]
    fn old_style_ids_get_the_method_appended() {
        let out = OUT.replace("(tests.test_calc.TestCalc.test_add)", "(tests.test_calc.TestCalc)");
        let f = parse(&out).unwrap();
        assert_eq!(f[0].test_id.as_deref(), Some("tests.test_calc.TestCalc.test_add"));
    }

    #[test]
    fn passing_run_is_empty() {
        assert_eq!(parse("..\n----------------------------------------------------------------------\nRan 2 tests in 0.000s\n\nOK\n").unwrap(), vec![]);
    }

    #[test]
    fn rejects_other_text() {
        assert!(parse("FAILED tests/a.py::x").is_err());
    }
}
