//! vitest and jest default reporters. Both print one block per failing test with the error, a code frame and
//! a stack; they differ in headers (` FAIL  file > a > b` vs `● a › b` under `FAIL file`) and stack lines
//! (` ❯ file:l:c` vs `at fn (file:l:c)`), so one parser reads both and tags failures with the runner asked for.

use std::path::{Path, PathBuf};

use super::util::{
    clean_path, js_expected_actual, kind_for_exception, lazy_regex, not_recognized, num, split_exception_line,
};
use super::{Failure, FailureKind, Frame, ParseError, Runner};

lazy_regex!(VITEST_FAIL, r"^\s*FAIL  (\S.*?)\s*$");
lazy_regex!(VITEST_FRAME, r"^\s*❯ (?:(.+?) )?(\S+?):(\d+):(\d+)\s*$");
lazy_regex!(VITEST_MARK, r"(?m)^\s*(?:RUN  v\d|Test Files  |⎯⎯)");
lazy_regex!(JEST_FILE, r"^\s*(FAIL|PASS) (\S+)(?: \(\d.*\))?\s*$");
lazy_regex!(JEST_TITLE, r"^\s*● (.+?)\s*$");
lazy_regex!(JEST_FRAME, r"^\s*at (?:(.+?) \()?([^()\s]+?):(\d+):(\d+)\)?\s*$");
lazy_regex!(JEST_MARK, r"(?m)^(?:Test Suites: |Tests: .*total)");
lazy_regex!(CODE_FRAME_MARK, r"^\s*> (\d+) \|");

/// Whether the text carries vitest's own markers.
pub(crate) fn looks_like_vitest(output: &str) -> bool {
    VITEST_MARK.is_match(output)
        || output.lines().any(|l| vitest_fail(l).is_some_and(|c| c.get(1).is_some_and(|m| m.as_str().contains(" > "))))
}

/// Whether the text carries jest's own markers.
pub(crate) fn looks_like_jest(output: &str) -> bool {
    JEST_MARK.is_match(output)
        || (output.lines().any(|l| jest_file(l).is_some())
            && output.lines().any(|l| l.contains('●') && JEST_TITLE.is_match(l)))
}

/// Parses vitest or jest default-reporter output; `runner` is recorded on every failure.
pub fn parse(output: &str, runner: Runner) -> Result<Vec<Failure>, ParseError> {
    if !looks_like_vitest(output) && !looks_like_jest(output) {
        return Err(not_recognized(
            runner,
            "no `Test Files`/`Test Suites:` summary, ` FAIL ` header or `●` test title",
        ));
    }
    let lines: Vec<&str> = output.lines().collect();
    let mut failures = vitest_blocks(&lines, runner);
    for f in jest_blocks(&lines, runner) {
        // jest repeats every failure under "Summary of all failing tests" when several suites ran.
        if !failures.iter().any(|g| g.test_id == f.test_id && g.message == f.message) {
            failures.push(f);
        }
    }
    Ok(failures)
}

/// A vitest ` FAIL  file > test` header; the substring test skips the regex on all the other lines.
fn vitest_fail(line: &str) -> Option<regex::Captures<'_>> {
    line.contains("FAIL  ").then(|| VITEST_FAIL.captures(line)).flatten()
}

/// A jest `FAIL file` / `PASS file` line.
fn jest_file(line: &str) -> Option<regex::Captures<'_>> {
    (line.contains("FAIL ") || line.contains("PASS ")).then(|| JEST_FILE.captures(line)).flatten()
}

fn is_rule(line: &str) -> bool {
    line.trim_start().starts_with('⎯')
}

fn vitest_blocks(lines: &[&str], runner: Runner) -> Vec<Failure> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let mut headers = Vec::new();
        while let Some(c) = lines.get(i).and_then(|l| vitest_fail(l)) {
            headers.push(c.get(1).map_or("", |m| m.as_str()).to_string());
            i += 1;
        }
        if headers.is_empty() {
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len()
            && !is_rule(lines.get(i).copied().unwrap_or_default())
            && !lines.get(i).is_some_and(|l| vitest_fail(l).is_some() || l.trim_start().starts_with("Test Files  "))
        {
            i += 1;
        }
        let body = lines.get(start..i).unwrap_or_default();
        // vitest prints one body for several tests that failed with the same error.
        for h in headers {
            out.push(vitest_failure(&h, body, runner));
        }
    }
    out
}

/// `file > describe > name` → (file, test id); a suite error is `file [ file ]`.
fn split_vitest_header(header: &str) -> (String, String, bool) {
    if let Some((file, _)) = header.split_once(" [ ") {
        return (file.trim().to_string(), file.trim().to_string(), true);
    }
    let file = header.split(" > ").next().unwrap_or(header).trim().to_string();
    let suite_level = !header.contains(" > ");
    (file, header.trim().to_string(), suite_level)
}

fn vitest_failure(header: &str, body: &[&str], runner: Runner) -> Failure {
    let (file, test_id, suite_level) = split_vitest_header(header);
    let frames = stack_frames(body, &VITEST_FRAME);
    let mut f = js_failure(body, frames, &clean_path(&file), suite_level, runner);
    f.test_id = Some(test_id);
    f.raw = std::iter::once(format!(" FAIL  {header}"))
        .chain(body.iter().map(|s| s.to_string()))
        .collect::<Vec<_>>()
        .join("\n")
        .trim_end()
        .to_string();
    f
}

/// Reads a failure from a vitest header (`file > describe > name`) and its error text, as vitest's JUnit
/// reporter stores them.
pub(crate) fn failure_from_text(header: &str, text: &str, runner: Runner) -> Failure {
    let body: Vec<&str> = text.lines().collect();
    vitest_failure(header, &body, runner)
}

/// Reads a jest failure from its title (`a › b`), test file and body, as jest-junit stores them.
pub(crate) fn jest_failure_from(title: &str, file: Option<&str>, body: &[&str], runner: Runner) -> Failure {
    jest_failure(title, file, body, runner)
}

fn jest_blocks(lines: &[&str], runner: Runner) -> Vec<Failure> {
    let mut out = Vec::new();
    let mut file: Option<String> = None;
    let mut i = 0;
    while i < lines.len() {
        let line = lines.get(i).copied().unwrap_or_default();
        if let Some(c) = jest_file(line) {
            file = c.get(2).map(|m| m.as_str().to_string());
            i += 1;
            continue;
        }
        let Some(title) = line
            .contains('●')
            .then(|| JEST_TITLE.captures(line))
            .flatten()
            .and_then(|c| c.get(1))
            .map(|m| m.as_str().to_string())
        else {
            i += 1;
            continue;
        };
        let start = i + 1;
        i = start;
        while i < lines.len() && !lines.get(i).is_some_and(|l| is_jest_block_end(l)) {
            i += 1;
        }
        if title == "Console" {
            continue;
        }
        let body = lines.get(start..i).unwrap_or_default();
        out.push(jest_failure(&title, file.as_deref(), body, runner));
    }
    out
}

fn is_jest_block_end(l: &str) -> bool {
    (l.contains('●') && JEST_TITLE.is_match(l))
        || jest_file(l).is_some()
        || l.starts_with("Test Suites:")
        || l.starts_with("Summary of all failing tests")
}

fn jest_failure(title: &str, file: Option<&str>, body: &[&str], runner: Runner) -> Failure {
    let suite_level = title == "Test suite failed to run";
    let frames = stack_frames(body, &JEST_FRAME);
    let test_file = file.map(clean_path).unwrap_or_default();
    let mut f = js_failure(body, frames, &test_file, suite_level, runner);
    if f.line.is_none() {
        // No stack frame in the test file: the code frame's `>` marker still points at the line.
        f.line = body.iter().find_map(|l| {
            l.contains('|').then(|| CODE_FRAME_MARK.captures(l)).flatten().and_then(|c| num(c.get(1)?.as_str()))
        });
    }
    let name = title.replace(" › ", " > ");
    f.test_id = Some(match (file, suite_level) {
        (Some(file), true) => file.to_string(),
        (Some(file), false) => format!("{file} > {name}"),
        (None, _) => name,
    });
    f.raw = std::iter::once(format!("  ● {title}"))
        .chain(body.iter().map(|s| s.to_string()))
        .collect::<Vec<_>>()
        .join("\n")
        .trim_end()
        .to_string();
    f
}

/// Stack frames innermost last (JS prints them innermost first).
fn stack_frames(body: &[&str], re: &regex::Regex) -> Vec<Frame> {
    let mut frames: Vec<Frame> = body
        .iter()
        .filter_map(|l| {
            // Frames always hold a `:line:column`; the regexes are costly on the other lines.
            let c = l.contains(':').then(|| re.captures(l))??;
            Some(Frame {
                file: clean_path(c.get(2)?.as_str()),
                line: num(c.get(3)?.as_str())?,
                column: num(c.get(4)?.as_str()),
                function: c.get(1).map(|m| m.as_str().to_string()),
            })
        })
        .collect();
    frames.reverse();
    frames
}

/// The fields both reporters share: error line, kind, expected/actual, location in the test file.
fn js_failure(body: &[&str], frames: Vec<Frame>, test_file: &PathBuf, suite_level: bool, runner: Runner) -> Failure {
    let first = body.iter().map(|l| l.trim()).find(|l| !l.is_empty()).unwrap_or_default();
    let (error_type, message) = match split_exception_line(first) {
        // jest-junit prefixes matcher failures with a generic `Error: `.
        Some((t, m)) if t == "Error" && m.starts_with("expect(") => (Some("AssertionError".to_string()), m),
        Some((t, m)) => (Some(t), m),
        // jest matcher failures start with `expect(received).toBe(expected)`; they are assertion errors.
        None if first.starts_with("expect(") => (Some("AssertionError".to_string()), first.to_string()),
        None => (None, first.trim_start_matches("thrown: ").to_string()),
    };
    let text = body.join("\n");
    let kind = js_kind(error_type.as_deref(), &text, suite_level);
    let mut f = Failure::new(kind, runner, message);
    let (expected, actual) = js_expected_actual(&text);
    f.expected = expected;
    f.actual = actual;
    let in_test_file = frames
        .iter()
        .rev()
        .find(|fr| !test_file.as_os_str().is_empty() && (&fr.file == test_file || fr.file.ends_with(test_file)));
    if let Some(fr) = in_test_file {
        f.line = Some(fr.line);
        f.column = fr.column;
    }
    if !test_file.as_os_str().is_empty() {
        if f.line.is_none() {
            // Load errors (esbuild, babel) name the broken spot as `file:line:col` in their text, not in a frame.
            (f.line, f.column) = location_in_text(&text, test_file);
        }
        f.file = Some(test_file.clone());
    }
    // A suite that failed to load may bury the exception line under prose (`Jest encountered...`).
    let buried =
        if suite_level && error_type.is_none() { body.iter().find_map(|l| split_exception_line(l)) } else { None };
    f.error_type = match buried {
        Some((t, m)) => {
            if kind == FailureKind::SyntaxError && !m.is_empty() {
                f.message = m;
            }
            Some(t)
        }
        None => error_type,
    };
    f.frames = frames;
    f
}

/// The first `file:line[:col]` mention of the test file in free text.
fn location_in_text(text: &str, file: &Path) -> (Option<u32>, Option<u32>) {
    let name = file.to_string_lossy();
    let Ok(re) = regex::Regex::new(&format!(r"{}:(\d+)(?::(\d+))?", regex::escape(&name))) else {
        return (None, None);
    };
    match re.captures(text) {
        Some(c) => (c.get(1).and_then(|m| num(m.as_str())), c.get(2).and_then(|m| num(m.as_str()))),
        None => (None, None),
    }
}

fn js_kind(error_type: Option<&str>, text: &str, suite_level: bool) -> FailureKind {
    let lower = text.to_ascii_lowercase();
    if lower.contains("timed out") || lower.contains("exceeded timeout") {
        return FailureKind::Timeout;
    }
    if !suite_level {
        // At test time a SyntaxError is a runtime one (JSON.parse...): the source did parse.
        return match error_type {
            Some("TypeError") => FailureKind::TypeError,
            _ => FailureKind::TestFailure,
        };
    }
    if lower.contains("failed to resolve import")
        || lower.contains("cannot find module")
        || lower.contains("cannot find package")
    {
        return FailureKind::ImportError;
    }
    if lower.contains("syntaxerror") || lower.contains("transform failed") || lower.contains("unexpected token") {
        return FailureKind::SyntaxError;
    }
    error_type.map_or(FailureKind::CollectionError, |t| kind_for_exception(t, FailureKind::CollectionError))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    const VITEST: &str = " RUN  v3.2.7 /p\n\n⎯⎯⎯ Failed Tests 1 ⎯⎯⎯\n\n FAIL  src/a.test.ts > Cart > adds\nAssertionError: expected 6 to be 5 // Object.is equality\n\n ❯ src/a.test.ts:9:26\n      9|     expect(x).toBe(5);\n\n⎯⎯⎯[1/1]⎯\n\n Test Files  1 failed (1)\n";

    #[test]
    fn vitest_block() {
        let f = parse(VITEST, Runner::Vitest).unwrap();
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].test_id.as_deref(), Some("src/a.test.ts > Cart > adds"));
        assert_eq!(f[0].file, Some(PathBuf::from("src/a.test.ts")));
        assert_eq!((f[0].line, f[0].column), (Some(9), Some(26)));
        assert_eq!(f[0].expected.as_deref(), Some("5"));
        assert_eq!(f[0].actual.as_deref(), Some("6"));
        assert_eq!(f[0].runner, Runner::Vitest);
    }

    const JEST: &str = "FAIL src/a.test.js\n  ● Cart › adds\n\n    expect(received).toBe(expected) // Object.is equality\n\n    Expected: 5\n    Received: 6\n\n    > 16 |     expect(total()).toBe(5);\n\n      at Object.<anonymous> (src/a.test.js:16:27)\n\nTest Suites: 1 failed, 1 total\n";

    #[test]
    fn jest_block() {
        let f = parse(JEST, Runner::Jest).unwrap();
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].test_id.as_deref(), Some("src/a.test.js > Cart > adds"));
        assert_eq!(f[0].line, Some(16));
        assert_eq!(f[0].expected.as_deref(), Some("5"));
        assert_eq!(f[0].actual.as_deref(), Some("6"));
        assert_eq!(f[0].error_type.as_deref(), Some("AssertionError"));
        assert_eq!(f[0].runner, Runner::Jest);
    }

    #[test]
    fn jest_suite_failure_is_an_import_error() {
        let out = "FAIL src/b.test.js\n  ● Test suite failed to run\n\n    Cannot find module './nope' from 'src/b.test.js'\n\nTest Suites: 1 failed, 1 total\n";
        let f = parse(out, Runner::Jest).unwrap();
        assert_eq!(f[0].kind, FailureKind::ImportError);
        assert_eq!(f[0].test_id.as_deref(), Some("src/b.test.js"));
    }

    #[test]
    fn passing_and_foreign() {
        assert_eq!(parse(" Test Files  2 passed (2)\n      Tests  3 passed (3)\n", Runner::Vitest).unwrap(), vec![]);
        assert!(parse("1 passed in 0.1s", Runner::Jest).is_err());
    }
}
