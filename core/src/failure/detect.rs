//! Guessing the runner from its output's markers.

use super::{junit, node_test, pytest, traceback, tsc, unittest, vitest, Runner};

/// Recognizes which runner printed `output` (ANSI already stripped), or `None` when no runner's markers appear.
///
/// Checked from the most specific markers to the least: a pytest log may contain a Python traceback, a
/// unittest log always does, so the bare traceback comes last.
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
