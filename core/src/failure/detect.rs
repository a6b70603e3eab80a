//! Guessing the runner from its output's markers.

use super::{eslint, junit, mypy, node_test, pyright, pytest, ruff, traceback, tsc, unittest, vitest, Runner};

/// Recognizes which runner printed `output` (ANSI already stripped), or `None` when no runner's markers appear.
///
/// Checked from the most specific markers to the least: a pytest log may contain a Python traceback, a
/// unittest log always does, so the bare traceback comes last. The type checkers and linters come before tsc,
/// whose `Found N errors` summary resembles theirs.
///
/// ```
/// use maestro_test_healer::failure::{detect_runner, Runner};
/// assert_eq!(detect_runner("FAILED tests/a.py::t - assert 1 == 2\n1 failed in 0.1s"), Some(Runner::Pytest));
/// assert_eq!(detect_runner("hello"), None);
/// ```
pub fn detect_runner(output: &str) -> Option<Runner> {
    Runner::ALL.into_iter().find(|r| matches(*r, output))
}

fn matches(runner: Runner, output: &str) -> bool {
    match runner {
        Runner::Junit => junit::looks_like(output),
        Runner::Mypy => mypy::looks_like(output),
        Runner::Pyright => pyright::looks_like(output),
        Runner::Ruff => ruff::looks_like(output),
        Runner::Eslint => eslint::looks_like(output),
        Runner::Tsc => tsc::looks_like(output),
        Runner::Vitest => vitest::looks_like_vitest(output),
        Runner::Jest => vitest::looks_like_jest(output),
        Runner::NodeTest => node_test::looks_like(output),
        Runner::Pytest => pytest::looks_like(output),
        Runner::Unittest => unittest::looks_like(output),
        Runner::Traceback => traceback::looks_like(output),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_each_runner() {
        let cases = [
            ("<?xml version=\"1.0\"?><testsuites></testsuites>", Runner::Junit),
            ("a.ts(1,2): error TS2304: Cannot find name 'x'.", Runner::Tsc),
            ("a.ts:1:2 - error TS2304: Cannot find name 'x'.\n\nFound 1 error in a.ts:1", Runner::Tsc),
            ("a.py:3: error: Name \"x\" is not defined  [name-defined]\nFound 1 error in 1 file (checked 1 source file)", Runner::Mypy),
            ("Success: no issues found in 2 source files", Runner::Mypy),
            ("  /p/a.py:1:6 - error: Import \"x\" could not be resolved (reportMissingImports)", Runner::Pyright),
            ("0 errors, 0 warnings, 0 informations ", Runner::Pyright),
            ("F401 [*] `os` imported but unused\n --> a.py:1:8\n", Runner::Ruff),
            ("a.py:1:8: F401 [*] `os` imported but unused\nFound 1 error.", Runner::Ruff),
            ("All checks passed!", Runner::Ruff),
            ("/p/a.js\n  2:3  error  Unexpected var, use let or const instead  no-var\n", Runner::Eslint),
            ("✖ 1 problem (1 error, 0 warnings)", Runner::Eslint),
            (" RUN  v3.2.7 /p\n Test Files  1 passed (1)", Runner::Vitest),
            ("PASS a.test.js\nTest Suites: 1 passed, 1 total", Runner::Jest),
            ("TAP version 13\nok 1 - a", Runner::NodeTest),
            ("ℹ tests 1\nℹ pass 1", Runner::NodeTest),
            ("=== test session starts ===\n1 passed in 0.1s", Runner::Pytest),
            ("..\n----\nRan 2 tests in 0.001s\n\nOK", Runner::Unittest),
            (
                "Traceback (most recent call last):\n  File \"a.py\", line 1, in <module>\nValueError: x",
                Runner::Traceback,
            ),
        ];
        for (text, runner) in cases {
            assert_eq!(detect_runner(text), Some(runner), "{text}");
        }
        assert_eq!(detect_runner(""), None);
    }
}
