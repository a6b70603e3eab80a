//! `node --test` output in both of Node 20's reporters: TAP (the default when piped) and spec (the default on a
//! terminal). Test ids are `file > suite > name`; the file part re-runs the test with `node --test file`.

use std::path::PathBuf;

use super::util::{clean_path, is_library_path, lazy_regex, not_recognized, num, split_exception_line};
use super::{Failure, FailureKind, Frame, ParseError, Runner};

lazy_regex!(TAP_RESULT, r"^(\s*)(not ok|ok) \d+(?: - (.*?))?(?: # (?:SKIP|TODO)\b.*)?\s*$");
lazy_regex!(TAP_SUBTEST, r"^(\s*)# Subtest: (.*)$");
lazy_regex!(TAP_MARK, r"(?m)^(?:TAP version \d+|\s*# Subtest: |# (?:tests|pass|fail) \d+)");
lazy_regex!(SPEC_MARK, r"(?m)^(?:ℹ (?:tests|pass|fail) \d+|✖ failing tests:)");
lazy_regex!(SPEC_FAIL, r"^(\s*)✖ (.+?)(?: \([\d.]+m?s\))?(?: # .*)?\s*$");
lazy_regex!(SPEC_SUITE, r"^(\s*)▶ (.+?)(?: \([\d.]+m?s\))?\s*$");
lazy_regex!(SPEC_TEST_AT, r"^\s*test at (.+?):(\d+):(\d+)\s*$");
lazy_regex!(FRAME, r"^\s*(?:at )?(?:(.+?) \()?((?:file://)?[^()\s]+?):(\d+):(\d+)\)?(?: \{)?\s*$");
lazy_regex!(SUBTESTS_FAILED, r"^'?\d+ subtests? failed'?$");
lazy_regex!(TAP_SUMMARY, r"^# (?:tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) [\d.]+\s*$");

/// Whether the text carries node:test TAP or spec reporter markers.
pub(crate) fn looks_like(output: &str) -> bool {
    TAP_MARK.is_match(output) || SPEC_MARK.is_match(output)
}

/// Parses `node --test` output (TAP or spec reporter).
pub fn parse(output: &str) -> Result<Vec<Failure>, ParseError> {
    if !looks_like(output) {
        return Err(not_recognized(Runner::NodeTest, "no `TAP version`, `# Subtest:` or `ℹ tests N` marker"));
    }
    let lines: Vec<&str> = output.lines().collect();
    if TAP_MARK.is_match(output) {
        Ok(parse_tap(&lines))
    } else {
        Ok(parse_spec(&lines))
    }
}

fn indent(l: &str) -> usize {
    l.len() - l.trim_start().len()
}

fn unquote(s: &str) -> String {
    let s = s.trim();
    let inner = s
        .strip_prefix('\'')
        .and_then(|r| r.strip_suffix('\''))
        .or_else(|| s.strip_prefix('"').and_then(|r| r.strip_suffix('"')));
    inner.map_or_else(|| s.to_string(), |i| i.replace("''", "'"))
}

// ---------------------------------------------------------------- TAP

fn parse_tap(lines: &[&str]) -> Vec<Failure> {
    let mut failures = Vec::new();
    let mut path: Vec<(usize, String)> = Vec::new();
    // Top-level `# ...` diagnostics since the last top-level result: what a test file printed to stderr. For a
    // file that failed outside any test (an import error, a throw at module load) they are the only account of
    // the error; node reports the file itself as a test that merely "failed".
    let mut diagnostics: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines.get(i).copied().unwrap_or_default();
        if let Some(d) = line.strip_prefix('#') {
            if !TAP_SUBTEST.is_match(line) && !TAP_SUMMARY.is_match(line) {
                diagnostics.push(d.strip_prefix(' ').unwrap_or(d));
                i += 1;
                continue;
            }
        }
        if let Some(c) = TAP_SUBTEST.captures(line) {
            let depth = c.get(1).map_or(0, |m| m.as_str().len());
            path.retain(|(d, _)| *d < depth);
            path.push((depth, c.get(2).map_or("", |m| m.as_str()).trim().to_string()));
            i += 1;
            continue;
        }
        let Some(c) = TAP_RESULT.captures(line) else {
            i += 1;
            continue;
        };
        let depth = c.get(1).map_or(0, |m| m.as_str().len());
        let failed = c.get(2).is_some_and(|m| m.as_str() == "not ok");
        let name = c.get(3).map_or("", |m| m.as_str()).to_string();
        let (yaml, next) = yaml_block(lines, i + 1, depth);
        let names: Vec<String> =
            path.iter().filter(|(d, _)| *d < depth).map(|(_, n)| n.clone()).chain(std::iter::once(name)).collect();
        if failed {
            let raw = lines.get(i..next).unwrap_or_default().join("\n");
            let file_level = depth == 0 && field(&yaml, "exitCode").is_some();
            if let Some(mut f) = tap_failure(&names, &yaml, raw) {
                if file_level {
                    file_diagnostics(&mut f, &diagnostics);
                }
                failures.push(f);
            }
        }
        if depth == 0 {
            diagnostics.clear();
        }
        path.retain(|(d, _)| *d < depth);
        i = next;
    }
    failures
}

/// The `---` ... `...` diagnostic block after a result line, as `(key, value lines)` pairs.
fn yaml_block(lines: &[&str], from: usize, depth: usize) -> (Vec<(String, Vec<String>)>, usize) {
    let mut fields: Vec<(String, Vec<String>)> = Vec::new();
    if lines.get(from).map(|l| l.trim()) != Some("---") {
        return (fields, from);
    }
    let key_indent = depth + 2;
    let mut i = from + 1;
    while let Some(l) = lines.get(i) {
        i += 1;
        if l.trim() == "..." && indent(l) <= key_indent {
            break;
        }
        if indent(l) == key_indent {
            if let Some((k, v)) = l.trim().split_once(':') {
                fields.push((k.to_string(), vec![v.trim().to_string()]));
                continue;
            }
        }
        if let Some((_, vals)) = fields.last_mut() {
            vals.push(l.get(key_indent.min(l.len())..).unwrap_or_default().trim_end().to_string());
        }
    }
    (fields, i)
}

fn field<'a>(yaml: &'a [(String, Vec<String>)], key: &str) -> Option<&'a [String]> {
    yaml.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_slice())
}

/// A scalar stays as printed; a nested mapping of `0: a` / `1: b` lines (TAP's rendering of arrays) becomes
/// `[a, b]` so it reads like the spec reporter's value.
fn yaml_value(v: &[String]) -> Option<String> {
    let head = v.first()?.trim();
    if !head.is_empty() && head != "|-" && head != "|" && head != ">-" {
        return Some(head.to_string());
    }
    let items: Vec<(String, String)> = v
        .iter()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| l.trim().split_once(':').map(|(k, v)| (k.trim().to_string(), v.trim().to_string())))
        .collect();
    if items.is_empty() {
        return Some(v.iter().skip(1).map(|l| l.trim()).collect::<Vec<_>>().join("\n").trim().to_string())
            .filter(|s| !s.is_empty());
    }
    let is_array = items.iter().enumerate().all(|(n, (k, _))| k.parse::<usize>().ok() == Some(n));
    let joined = if is_array {
        format!("[{}]", items.iter().map(|(_, v)| v.as_str()).collect::<Vec<_>>().join(", "))
    } else {
        format!("{{{}}}", items.iter().map(|(k, v)| format!("{k}: {v}")).collect::<Vec<_>>().join(", "))
    };
    Some(joined)
}

fn tap_failure(names: &[String], yaml: &[(String, Vec<String>)], raw: String) -> Option<Failure> {
    let failure_type = field(yaml, "failureType").and_then(yaml_value).map(|s| unquote(&s));
    if failure_type.as_deref() == Some("subtestsFailed") {
        // The suite only failed because a child did; the child is reported on its own.
        return None;
    }
    let error = field(yaml, "error").map(|v| {
        let head = v.first().map(|s| s.trim()).unwrap_or_default();
        if head.starts_with('|') || head.is_empty() {
            v.iter().skip(1).map(|s| s.trim()).find(|s| !s.is_empty()).unwrap_or_default().to_string()
        } else {
            unquote(head)
        }
    });
    let message = error.unwrap_or_default();
    let error_type = field(yaml, "name").and_then(yaml_value).map(|s| unquote(&s));
    let stack: Vec<&str> = field(yaml, "stack").map(|v| v.iter().map(String::as_str).collect()).unwrap_or_default();
    let frames = frames_of(&stack);
    let location = field(yaml, "location").and_then(yaml_value).map(|s| unquote(&s));
    let (file, decl_line, decl_col) = location.as_deref().map(split_location).unwrap_or((None, None, None));
    let kind = kind_of(failure_type.as_deref(), error_type.as_deref(), &message);
    let mut f = Failure::new(kind, Runner::NodeTest, message);
    f.expected = field(yaml, "expected").and_then(yaml_value);
    f.actual = field(yaml, "actual").and_then(yaml_value);
    f.error_type = error_type;
    finish(&mut f, names, file, decl_line.map(|l| (l, decl_col)), frames);
    f.raw = raw;
    Some(f)
}

/// A test file that failed outside any test: the error node printed for it (`Error [ERR_MODULE_NOT_FOUND]:
/// Cannot find module ...`, `TypeError: ...` with its stack) replaces the bare `test failed`, and goes into `raw`.
fn file_diagnostics(f: &mut Failure, diagnostics: &[&str]) {
    let Some((at, (error_type, message))) =
        diagnostics.iter().enumerate().find_map(|(n, l)| split_exception_line(l).map(|e| (n, e)))
    else {
        return;
    };
    let code = diagnostics.get(at).and_then(|l| l.split_once(" [")).and_then(|(_, r)| r.split_once(']'));
    f.kind = match error_type.as_str() {
        "SyntaxError" => FailureKind::SyntaxError,
        "TypeError" => FailureKind::TypeError,
        _ if code.is_some_and(|(c, _)| c == "ERR_MODULE_NOT_FOUND") => FailureKind::ImportError,
        _ => f.kind,
    };
    f.message = message;
    f.error_type = Some(error_type);
    let stack: Vec<&str> = diagnostics.iter().skip(at + 1).copied().collect();
    let frames = frames_of(&stack);
    if !frames.is_empty() {
        let line = f.file.as_ref().and_then(|file| frames.iter().rev().find(|fr| &fr.file == file)).map(|fr| fr.line);
        f.line = line.or(f.line);
        f.frames = frames;
    }
    f.raw = format!("{}\n{}", diagnostics.join("\n"), f.raw);
}

/// `./dir/file.mjs:8:1` → (file, line, column).
fn split_location(loc: &str) -> (Option<PathBuf>, Option<u32>, Option<u32>) {
    let mut parts = loc.rsplitn(3, ':');
    let col = parts.next().and_then(num);
    let line = parts.next().and_then(num);
    match (parts.next(), line, col) {
        (Some(file), Some(_), Some(_)) => (Some(clean_path(file)), line, col),
        _ => (Some(clean_path(loc)), None, None),
    }
}

fn kind_of(failure_type: Option<&str>, error_type: Option<&str>, message: &str) -> FailureKind {
    if failure_type == Some("testTimeoutFailure") || message.contains("timed out") {
        FailureKind::Timeout
    } else if error_type == Some("TypeError") {
        FailureKind::TypeError
    } else {
        FailureKind::TestFailure
    }
}

/// Stack frames outside Node's internals, innermost last.
fn frames_of(stack: &[&str]) -> Vec<Frame> {
    let mut frames: Vec<Frame> = stack
        .iter()
        .filter_map(|l| {
            let c = FRAME.captures(l)?;
            let file = c.get(2)?.as_str();
            if file.starts_with("node:") {
                return None;
            }
            Some(Frame {
                file: clean_path(file),
                line: num(c.get(3)?.as_str())?,
                column: num(c.get(4)?.as_str()),
                function: c.get(1).map(|m| m.as_str().to_string()),
            })
        })
        .collect();
    frames.reverse();
    frames
}

/// Fills file, line, id and frames: the line is where the test file's innermost frame points (the failing
/// assertion), falling back to where the test was declared.
fn finish(
    f: &mut Failure,
    names: &[String],
    file: Option<PathBuf>,
    decl: Option<(u32, Option<u32>)>,
    frames: Vec<Frame>,
) {
    let file = file.or_else(|| {
        frames.iter().rev().find(|fr| !is_library_path(&fr.file.to_string_lossy())).map(|fr| fr.file.clone())
    });
    let at = file.as_ref().and_then(|file| frames.iter().rev().find(|fr| &fr.file == file || fr.file.ends_with(file)));
    match (at, decl) {
        (Some(fr), _) => {
            f.line = Some(fr.line);
            f.column = fr.column;
        }
        (None, Some((l, c))) => {
            f.line = Some(l);
            f.column = c;
        }
        (None, None) => {}
    }
    let name = names.join(" > ");
    f.test_id = Some(match &file {
        Some(file) => format!("{} > {name}", file.to_string_lossy()),
        None => name,
    });
    f.file = file;
    f.frames = frames;
}

// ---------------------------------------------------------------- spec

fn parse_spec(lines: &[&str]) -> Vec<Failure> {
    let summary_at = lines.iter().position(|l| l.trim() == "✖ failing tests:");
    let main = lines.get(..summary_at.unwrap_or(lines.len())).unwrap_or_default();
    let summary = summary_at.and_then(|s| lines.get(s + 1..)).unwrap_or_default();
    let mut locations = summary_locations(summary);
    let mut failures = spec_failures(main, &mut locations);
    if failures.is_empty() {
        // Only the summary was captured (e.g. a tail of the log): it still has every failure.
        let mut none = Vec::new();
        failures = spec_failures(summary, &mut none);
    }
    failures
}

/// From the summary section: `test at file:l:c` followed by `✖ name`, in order.
fn summary_locations(summary: &[&str]) -> Vec<(String, PathBuf, u32, u32)> {
    let mut out = Vec::new();
    for (n, l) in summary.iter().enumerate() {
        let Some(c) = SPEC_TEST_AT.captures(l) else { continue };
        let name = summary
            .get(n + 1)
            .and_then(|l| SPEC_FAIL.captures(l))
            .and_then(|c| c.get(2))
            .map(|m| m.as_str().to_string());
        if let (Some(name), Some(file), Some(line), Some(col)) =
            (name, c.get(1), c.get(2).and_then(|m| num(m.as_str())), c.get(3).and_then(|m| num(m.as_str())))
        {
            out.push((name, clean_path(file.as_str()), line, col));
        }
    }
    out
}

fn spec_failures(lines: &[&str], locations: &mut Vec<(String, PathBuf, u32, u32)>) -> Vec<Failure> {
    let mut failures = Vec::new();
    let mut suites: Vec<(usize, String)> = Vec::new();
    let mut pending_location: Option<(PathBuf, u32, u32)> = None;
    let mut i = 0;
    while i < lines.len() {
        let line = lines.get(i).copied().unwrap_or_default();
        i += 1;
        if let Some(c) = SPEC_TEST_AT.captures(line) {
            pending_location =
                match (c.get(1), c.get(2).and_then(|m| num(m.as_str())), c.get(3).and_then(|m| num(m.as_str()))) {
                    (Some(f), Some(l), Some(col)) => Some((clean_path(f.as_str()), l, col)),
                    _ => None,
                };
            continue;
        }
        if let Some(c) = SPEC_SUITE.captures(line) {
            let depth = c.get(1).map_or(0, |m| m.as_str().len());
            suites.retain(|(d, _)| *d < depth);
            suites.push((depth, c.get(2).map_or("", |m| m.as_str()).to_string()));
            continue;
        }
        let Some(c) = SPEC_FAIL.captures(line) else { continue };
        let depth = c.get(1).map_or(0, |m| m.as_str().len());
        let name = c.get(2).map_or("", |m| m.as_str()).to_string();
        let start = i;
        while lines.get(i).is_some_and(|l| l.trim().is_empty() || indent(l) > depth) {
            i += 1;
        }
        let body = lines.get(start..i).unwrap_or_default();
        suites.retain(|(d, _)| *d < depth);
        let text = body.iter().map(|l| l.trim()).collect::<Vec<_>>().join("\n");
        if text.trim().is_empty() || SUBTESTS_FAILED.is_match(text.trim()) {
            continue;
        }
        let names: Vec<String> = suites.iter().map(|(_, n)| n.clone()).chain(std::iter::once(name.clone())).collect();
        let location = pending_location.take().or_else(|| take_location(locations, &name));
        let raw = lines.get(start.saturating_sub(1)..i).unwrap_or_default().join("\n").trim_end().to_string();
        failures.push(spec_failure(&names, body, location, raw));
    }
    failures
}

fn take_location(locations: &mut Vec<(String, PathBuf, u32, u32)>, name: &str) -> Option<(PathBuf, u32, u32)> {
    let at = locations.iter().position(|(n, ..)| n == name)?;
    (at < locations.len()).then(|| {
        let (_, f, l, c) = locations.remove(at);
        (f, l, c)
    })
}

fn spec_failure(names: &[String], body: &[&str], location: Option<(PathBuf, u32, u32)>, raw: String) -> Failure {
    let first = body.iter().map(|l| l.trim()).find(|l| !l.is_empty()).unwrap_or_default();
    let (error_type, message) = match split_exception_line(first) {
        Some((t, m)) => (Some(t), m),
        None => (None, unquote(first)),
    };
    let failure_type = prop_value(body, "failureType").map(|s| unquote(&s));
    let kind = kind_of(failure_type.as_deref(), error_type.as_deref(), &message);
    let mut f = Failure::new(kind, Runner::NodeTest, message);
    f.expected = prop_value(body, "expected");
    f.actual = prop_value(body, "actual");
    f.error_type = error_type;
    let stack: Vec<&str> = body.iter().copied().filter(|l| l.trim_start().starts_with("at ")).collect();
    let frames = frames_of(&stack);
    let (file, decl) = match location {
        Some((file, l, c)) => (Some(file), Some((l, Some(c)))),
        None => (None, None),
    };
    finish(&mut f, names, file, decl, frames);
    f.raw = raw;
    f
}

/// A property of the error object the spec reporter prints (`  actual: [ 2, 4, 6 ],`), joining lines until
/// brackets balance for multi-line values.
fn prop_value(body: &[&str], key: &str) -> Option<String> {
    let prefix = format!("{key}: ");
    let start = body.iter().position(|l| l.trim_start().starts_with(&prefix))?;
    let first = body.get(start)?.trim_start().get(prefix.len()..)?.to_string();
    let mut value = first;
    let mut n = start + 1;
    while bracket_balance(&value) > 0 {
        let Some(next) = body.get(n) else { break };
        value.push(' ');
        value.push_str(next.trim());
        n += 1;
    }
    let value = value.trim().trim_end_matches(',').trim().to_string();
    (!value.is_empty()).then_some(value)
}

fn bracket_balance(s: &str) -> i32 {
    s.chars().fold(0, |acc, c| match c {
        '[' | '{' => acc + 1,
        ']' | '}' => acc - 1,
        _ => acc,
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    const TAP: &str = "TAP version 13\n# Subtest: math\n    # Subtest: adds\n    not ok 1 - adds\n      ---\n      duration_ms: 1.2\n      location: '/p/t.test.mjs:8:3'\n      failureType: 'testCodeFailure'\n      error: |-\n        Expected values to be strictly equal:\n        \n        4 !== 3\n        \n      code: 'ERR_ASSERTION'\n      name: 'AssertionError'\n      expected: 3\n      actual: 4\n      operator: 'strictEqual'\n      stack: |-\n        TestContext.<anonymous> (file:///p/t.test.mjs:9:10)\n        Test.run (node:internal/test_runner/test:796:25)\n      ...\n    1..1\nnot ok 1 - math\n  ---\n  failureType: 'subtestsFailed'\n  error: '1 subtest failed'\n  ...\n1..1\n# fail 1\n";

    #[test]
    fn tap_failure_with_suite_path() {
        let f = parse(TAP).unwrap();
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].test_id.as_deref(), Some("/p/t.test.mjs > math > adds"));
        assert_eq!(f[0].file, Some(PathBuf::from("/p/t.test.mjs")));
        assert_eq!(f[0].line, Some(9));
        assert_eq!(f[0].expected.as_deref(), Some("3"));
        assert_eq!(f[0].actual.as_deref(), Some("4"));
        assert_eq!(f[0].error_type.as_deref(), Some("AssertionError"));
        assert_eq!(f[0].message, "Expected values to be strictly equal:");
        assert_eq!(f[0].frames.len(), 1);
    }

    #[test]
    fn tap_timeout() {
        let out = "TAP version 13\nnot ok 1 - slow\n  ---\n  location: '/p/t.mjs:3:1'\n  failureType: 'testTimeoutFailure'\n  error: 'test timed out after 50ms'\n  code: 'ERR_TEST_FAILURE'\n  ...\n";
        let f = parse(out).unwrap();
        assert_eq!(f[0].kind, FailureKind::Timeout);
        assert_eq!(f[0].message, "test timed out after 50ms");
        assert_eq!(f[0].line, Some(3));
    }

    #[test]
    fn tap_arrays_are_rebuilt() {
        let v = vec!["".to_string(), "0: 2".to_string(), "1: 4".to_string()];
        assert_eq!(yaml_value(&v).as_deref(), Some("[2, 4]"));
    }

    const SPEC: &str = "▶ math\n  ✖ adds (1.1ms)\n    AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n    \n    4 !== 3\n    \n        at TestContext.<anonymous> (file:///p/t.test.mjs:9:10) {\n      generatedMessage: true,\n      actual: 4,\n      expected: 3,\n      operator: 'strictEqual'\n    }\n\n✖ math (2ms)\nℹ tests 1\nℹ fail 1\n";

    #[test]
    fn spec_failure_reads_props() {
        let f = parse(SPEC).unwrap();
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].test_id.as_deref(), Some("/p/t.test.mjs > math > adds"));
        assert_eq!(f[0].actual.as_deref(), Some("4"));
        assert_eq!(f[0].expected.as_deref(), Some("3"));
        assert_eq!(f[0].line, Some(9));
    }

    // Node 20.20's TAP for two files that fail at load: an import of a missing module, a throw at top level.
    const TAP_FILE_LEVEL: &str = "TAP version 13\n# node:internal/modules/esm/resolve:283\n#     throw new ERR_MODULE_NOT_FOUND(\n#           ^\n# Error [ERR_MODULE_NOT_FOUND]: Cannot find module '/p/missing.mjs' imported from /p/a.test.mjs\n#     at finalizeResolution (node:internal/modules/esm/resolve:283:11)\n#     at ModuleJob._link (node:internal/modules/esm/module_job:168:49) {\n#   code: 'ERR_MODULE_NOT_FOUND',\n#   url: 'file:///p/missing.mjs'\n# }\n# Node.js v20.20.2\n# Subtest: /p/a.test.mjs\nnot ok 1 - /p/a.test.mjs\n  ---\n  duration_ms: 614.06301\n  location: '/p/a.test.mjs:1:1'\n  failureType: 'testCodeFailure'\n  exitCode: 1\n  signal: ~\n  error: 'test failed'\n  code: 'ERR_TEST_FAILURE'\n  ...\n# file:///p/b.test.mjs:2\n# const v = process.env.NOPE_X.trim();\n#                              ^\n# TypeError: Cannot read properties of undefined (reading 'trim')\n#     at file:///p/b.test.mjs:2:30\n#     at ModuleJob.run (node:internal/modules/esm/module_job:325:25)\n# Node.js v20.20.2\n# Subtest: /p/b.test.mjs\nnot ok 2 - /p/b.test.mjs\n  ---\n  duration_ms: 645.549599\n  location: '/p/b.test.mjs:1:1'\n  failureType: 'testCodeFailure'\n  exitCode: 1\n  signal: ~\n  error: 'test failed'\n  code: 'ERR_TEST_FAILURE'\n  ...\n1..2\n# tests 2\n# pass 0\n# fail 2\n";

    #[test]
    fn tap_file_level_failures_keep_the_printed_error() {
        let f = parse(TAP_FILE_LEVEL).unwrap();
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].kind, FailureKind::ImportError);
        assert_eq!(f[0].error_type.as_deref(), Some("Error"));
        assert_eq!(f[0].message, "Cannot find module '/p/missing.mjs' imported from /p/a.test.mjs");
        assert!(f[0].raw.contains("ERR_MODULE_NOT_FOUND") && f[0].raw.contains("not ok 1"));
        assert!(!f[0].raw.contains("TypeError"), "b's error leaked into a: {}", f[0].raw);
        assert_eq!(f[1].kind, FailureKind::TypeError);
        assert_eq!(f[1].message, "Cannot read properties of undefined (reading 'trim')");
        assert_eq!(f[1].file, Some(PathBuf::from("/p/b.test.mjs")));
        assert_eq!(f[1].line, Some(2));
    }

    #[test]
    fn tap_test_level_failures_ignore_file_diagnostics() {
        let out = "TAP version 13\n# some log line\n# Subtest: adds\nnot ok 1 - adds\n  ---\n  location: '/p/t.mjs:3:1'\n  failureType: 'testCodeFailure'\n  error: 'boom'\n  ...\n";
        let f = parse(out).unwrap();
        assert_eq!(f[0].message, "boom");
        assert!(!f[0].raw.contains("log line"));
    }

    #[test]
    fn passing_and_foreign() {
        assert_eq!(parse("TAP version 13\nok 1 - a\n1..1\n# pass 1\n# fail 0\n").unwrap(), vec![]);
        assert!(parse("Ran 1 test in 0.1s").is_err());
    }
}
