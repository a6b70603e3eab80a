//! Small text helpers shared by the parsers.

use std::path::PathBuf;

use super::{Failure, FailureKind, ParseError, Runner};

/// Declares a lazily compiled regex. The patterns are literals, so failing to compile is a bug in this file,
/// never a reaction to input.
macro_rules! lazy_regex {
    ($name:ident, $pat:expr) => {
        static $name: std::sync::LazyLock<regex::Regex> =
            std::sync::LazyLock::new(|| regex::Regex::new($pat).expect("literal regex compiles"));
    };
}
pub(crate) use lazy_regex;

/// The error every parser returns when the text carries none of its runner's markers.
pub(crate) fn not_recognized(runner: Runner, why: &str) -> ParseError {
    ParseError::NotRecognized { runner: runner.name(), why: why.to_string() }
}

/// Turns a path as printed into the relative form callers can join to the project root:
/// runners print `file://` URLs and `./` prefixes that only get in the way.
pub(crate) fn clean_path(s: &str) -> PathBuf {
    let s = s.trim();
    let s = s.strip_prefix("file://").unwrap_or(s);
    let mut s = s;
    while let Some(rest) = s.strip_prefix("./") {
        s = rest;
    }
    PathBuf::from(s)
}

/// Parses a decimal line/column number; runners never print numbers this large, so overflow means garbage.
pub(crate) fn num(s: &str) -> Option<u32> {
    s.trim().parse().ok()
}

/// Whether a name looks like a Python/JS exception class (`ValueError`, `mod.CustomError`, `Failed`).
pub(crate) fn looks_like_exception_name(name: &str) -> bool {
    let last = name.rsplit('.').next().unwrap_or(name);
    let mut chars = last.chars();
    let starts_upper = chars.next().is_some_and(|c| c.is_ascii_uppercase());
    starts_upper
        && !last.is_empty()
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
        && (last.ends_with("Error")
            || last.ends_with("Exception")
            || last.ends_with("Warning")
            || last.ends_with("Exit")
            || last.ends_with("Interrupt")
            || last == "Failed"
            || last == "Timeout"
            || last.ends_with("Iteration")
            || name.contains('.'))
}

/// Splits `ExcType: message` into its parts, if the head looks like an exception name.
/// `AssertionError [ERR_ASSERTION]: msg` (Node) keeps only the class name.
pub(crate) fn split_exception_line(line: &str) -> Option<(String, String)> {
    let line = line.trim();
    let (head, rest) = match line.split_once(':') {
        Some((h, r)) => (h, r.trim_start().to_string()),
        None => (line, String::new()),
    };
    let name = head.split(" [").next().unwrap_or(head).trim();
    if looks_like_exception_name(name) {
        Some((name.to_string(), rest))
    } else {
        None
    }
}

/// The failure kind a Python/JS exception name implies when it surfaces while loading or running code.
pub(crate) fn kind_for_exception(error_type: &str, default: FailureKind) -> FailureKind {
    let last = error_type.rsplit('.').next().unwrap_or(error_type);
    match last {
        "SyntaxError" | "IndentationError" | "TabError" => FailureKind::SyntaxError,
        "ImportError" | "ModuleNotFoundError" => FailureKind::ImportError,
        "TypeError" => FailureKind::TypeError,
        "TimeoutError" => FailureKind::Timeout,
        _ => default,
    }
}

/// Splits `a <op> b` at the first top-level `op` (outside quotes and brackets), so values that themselves contain
/// the operator inside a string are not cut in half.
pub(crate) fn split_top_level<'a>(s: &'a str, op: &str) -> Option<(&'a str, &'a str)> {
    let bytes = s.as_bytes();
    let mut depth: i32 = 0;
    let mut quote: Option<u8> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(q) => {
                if b == b'\\' {
                    i += 1;
                } else if b == q {
                    quote = None;
                }
            }
            None => match b {
                b'\'' | b'"' => quote = Some(b),
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => depth -= 1,
                _ if depth <= 0 && s.get(i..).is_some_and(|rest| rest.starts_with(op)) => {
                    let left = s.get(..i)?;
                    let right = s.get(i + op.len()..)?;
                    return Some((left.trim(), right.trim()));
                }
                _ => {}
            },
        }
        i += 1;
    }
    None
}

/// `(actual, expected)` from a Python assertion message: pytest's `assert 3 == 4` (left is what the code
/// produced) and unittest's `3 != 4` / `Lists differ: [1] != [2]` (first is actual).
pub(crate) fn python_actual_expected(message: &str) -> Option<(String, String)> {
    let m = message.trim();
    let m = m.strip_prefix("AssertionError:").map(str::trim).unwrap_or(m);
    if let Some(expr) = m.strip_prefix("assert ") {
        let (l, r) = split_top_level(expr, " == ")?;
        return non_empty_pair(l, r);
    }
    // unittest: `Lists differ: [1] != [2]`, `'a' != 'b'`, optionally followed by ` : user message`.
    let m = match m.split_once(" differ: ") {
        Some((head, rest)) if !head.contains(' ') => rest,
        _ => m,
    };
    let (l, r) = split_top_level(m, " != ")?;
    let r = split_top_level(r, " : ").map(|(v, _)| v).unwrap_or(r);
    // assertAlmostEqual: `11.0 != 10.0 within 7 places (1.0 difference)`, `... within 0.01 delta (...)`.
    let r = split_top_level(r, " within ").map(|(v, _)| v).unwrap_or(r);
    non_empty_pair(l, r)
}

fn non_empty_pair(a: &str, b: &str) -> Option<(String, String)> {
    (!a.is_empty() && !b.is_empty()).then(|| (a.to_string(), b.to_string()))
}

lazy_regex!(
    CHAI_EXPECTED,
    r"^expected (.+) to (?:not )?(?:be|equal|deeply equal|strictly equal|eql|be deep equal to) (.+?)(?: // Object\.is equality)?$"
);
lazy_regex!(JEST_EXPECTED, r"(?m)^\s*Expected(?: value)?(?: substring| pattern| length| constructor| message)?: (.+)$");
lazy_regex!(JEST_RECEIVED, r"(?m)^\s*Received(?: value)?(?: string| length| constructor| message)?: (.+)$");

/// `(expected, actual)` from JS assertion text: chai/vitest `expected 6 to be 5` and jest `Expected: 5 / Received: 6`.
pub(crate) fn js_expected_actual(text: &str) -> (Option<String>, Option<String>) {
    for line in text.lines() {
        let line = line.trim();
        let line = split_exception_line(line).map(|(_, m)| m).unwrap_or_else(|| line.to_string());
        if let Some(c) = CHAI_EXPECTED.captures(&line) {
            let actual = c.get(1).map(|m| m.as_str().to_string());
            let expected = c.get(2).map(|m| m.as_str().to_string());
            return (expected, actual);
        }
    }
    let expected = JEST_EXPECTED.captures(text).and_then(|c| c.get(1)).map(|m| m.as_str().trim().to_string());
    let actual = JEST_RECEIVED.captures(text).and_then(|c| c.get(1)).map(|m| m.as_str().trim().to_string());
    (expected.filter(|s| !s.is_empty()), actual.filter(|s| !s.is_empty()))
}

/// Whether a path is the runner's or the interpreter's own code rather than the project's.
pub(crate) fn is_library_path(p: &str) -> bool {
    p.contains("site-packages")
        || p.contains("node_modules")
        || p.contains("/lib/python")
        || p.starts_with("<")
        || p.starts_with("node:")
        || p.contains("importlib")
}

/// Whether a path names a test file by the usual conventions of pytest, unittest, vitest, jest and node:test.
pub(crate) fn is_test_path(p: &str) -> bool {
    let name = p.rsplit(['/', '\\']).next().unwrap_or(p);
    name.starts_with("test_")
        || name.contains("_test.")
        || name.contains(".test.")
        || name.contains(".spec.")
        || name.contains("-test.")
        || p.contains("/tests/")
        || p.starts_with("tests/")
        || p.contains("__tests__")
}

/// The first JSON document of type `T` in the output, starting on a line that begins with `open` (`[` or `{`).
/// Type checkers and linters print warnings on stderr, which the healer captures together with stdout, so the
/// document is not always the whole text; anything after it is ignored.
pub(crate) fn json_document<T: serde::de::DeserializeOwned>(output: &str, open: char) -> Option<T> {
    // A few candidates at most: each attempt may read the rest of the text, and real outputs put the document
    // first or after a line or two of warnings.
    const MAX_ATTEMPTS: usize = 8;
    let mut offset = 0;
    let mut attempts = 0;
    for line in output.split_inclusive('\n') {
        let start = offset + (line.len() - line.trim_start().len());
        offset += line.len();
        if !line.trim_start().starts_with(open) {
            continue;
        }
        attempts += 1;
        let rest = output.get(start..)?;
        if let Some(Ok(v)) = serde_json::Deserializer::from_str(rest).into_iter::<T>().next() {
            return Some(v);
        }
        if attempts >= MAX_ATTEMPTS {
            break;
        }
    }
    None
}

/// Keeps a linter's errors; when it reported none, its warnings (a run made to fail on warnings, like
/// `eslint --max-warnings 0` or `pyright --warnings`, fails on them).
pub(crate) fn errors_else_warnings(diagnostics: Vec<(bool, Failure)>) -> Vec<Failure> {
    let any_error = diagnostics.iter().any(|(is_error, _)| *is_error);
    diagnostics.into_iter().filter(|(is_error, _)| *is_error || !any_error).map(|(_, f)| f).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn almost_equal_messages_give_both_values() {
        assert_eq!(
            python_actual_expected("11.25 != 10.5 within 7 places (0.75 difference)"),
            Some(("11.25".into(), "10.5".into()))
        );
        assert_eq!(
            python_actual_expected("AssertionError: 3.0 != 2.0 within 0.1 delta (1.0 difference) : rate"),
            Some(("3.0".into(), "2.0".into()))
        );
    }

    #[test]
    fn splits_pytest_and_unittest_comparisons() {
        assert_eq!(python_actual_expected("assert 3 == 4"), Some(("3".into(), "4".into())));
        assert_eq!(
            python_actual_expected("AssertionError: assert 'a == b' == 'c'"),
            Some(("'a == b'".into(), "'c'".into()))
        );
        assert_eq!(python_actual_expected("5 != 4"), Some(("5".into(), "4".into())));
        assert_eq!(python_actual_expected("Lists differ: [1] != [2]"), Some(("[1]".into(), "[2]".into())));
        assert_eq!(python_actual_expected("0 is not true"), None);
        assert_eq!(python_actual_expected("assert x"), None);
    }

    #[test]
    fn reads_js_expected_forms() {
        assert_eq!(
            js_expected_actual("AssertionError: expected 6 to be 5 // Object.is equality"),
            (Some("5".into()), Some("6".into()))
        );
        assert_eq!(js_expected_actual("    Expected: 5\n    Received: 6"), (Some("5".into()), Some("6".into())));
    }

    #[test]
    fn finds_the_json_document_after_warnings() {
        let out = "warning: something on stderr\n[1, 2]\ntrailing";
        assert_eq!(json_document::<Vec<u32>>(out, '['), Some(vec![1, 2]));
        assert_eq!(json_document::<Vec<u32>>("[oops\n[3]", '['), Some(vec![3]));
        assert_eq!(json_document::<Vec<u32>>("no json", '['), None);
    }

    #[test]
    fn cleans_paths() {
        assert_eq!(clean_path("file://./node/a.mjs"), PathBuf::from("node/a.mjs"));
        assert_eq!(clean_path("././x.py"), PathBuf::from("x.py"));
    }

    #[test]
    fn exception_names() {
        assert!(looks_like_exception_name("ModuleNotFoundError"));
        assert!(looks_like_exception_name("Failed"));
        assert!(!looks_like_exception_name("assert x"));
        assert!(!looks_like_exception_name("Hint"));
        assert_eq!(
            split_exception_line("AssertionError [ERR_ASSERTION]: boom"),
            Some(("AssertionError".into(), "boom".into()))
        );
    }
}
