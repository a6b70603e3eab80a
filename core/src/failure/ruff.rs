//! `ruff check` diagnostics: the default `full` form (`F401 [*] message` then ` --> file:line:col` and a code
//! frame), `--output-format concise` (`file:line:col: F401 [*] message`, also the full form of older ruff) and
//! `--output-format json`.

use serde::Deserialize;

use super::util::{clean_path, json_document, lazy_regex, not_recognized, num};
use super::{Failure, FailureKind, ParseError, Runner};

/// A rule code (`F401`, `UP045`, `PLR0913`) or the syntax-error marker, as the code group of the patterns below.
const CODE: &str = r"(?:([A-Z]{1,8}[0-9]{1,5})(?: \[\*\])? |(invalid-syntax|SyntaxError): )";

lazy_regex!(CONCISE, &format!(r"^(\S.*?):(\d+):(\d+): {CODE}(.*)$"));
lazy_regex!(HEADER, &format!(r"^{CODE}(.*)$"));
lazy_regex!(ARROW, r"^\s*--> (.+?):(\d+):(\d+)\s*$");
lazy_regex!(SUMMARY, r"(?m)^(?:All checks passed!|Found \d+ errors?\.|\[\*\] \d+ fixable with )");

#[derive(Deserialize)]
struct JsonDiagnostic {
    #[serde(default)]
    code: Option<String>,
    filename: String,
    location: Option<Location>,
    message: String,
}

#[derive(Deserialize)]
struct Location {
    row: u32,
    column: u32,
}

/// Whether the text carries ruff's summary, a diagnostic in the full or concise form, or its JSON report.
pub(crate) fn looks_like(output: &str) -> bool {
    SUMMARY.is_match(output) || looks_like_json(output) || {
        let lines: Vec<&str> = output.lines().collect();
        lines.iter().any(|l| CONCISE.is_match(l)) || full_headers(&lines).next().is_some()
    }
}

fn looks_like_json(output: &str) -> bool {
    output.contains("\"filename\"")
        && output.contains("\"noqa_row\"")
        && output.lines().any(|l| l.trim_start().starts_with('['))
}

/// `(index of the header line, its captures, the arrow's captures)` for each full-form diagnostic.
fn full_headers<'a>(
    lines: &'a [&'a str],
) -> impl Iterator<Item = (usize, regex::Captures<'a>, regex::Captures<'a>)> + 'a {
    lines.iter().enumerate().filter_map(move |(i, l)| {
        let header = HEADER.captures(l)?;
        let arrow = ARROW.captures(lines.get(i + 1)?)?;
        Some((i, header, arrow))
    })
}

/// Parses `ruff check` output into one failure per violation.
pub fn parse(output: &str) -> Result<Vec<Failure>, ParseError> {
    // `[]` is the JSON report of a clean run.
    if output.trim().is_empty() || output.trim() == "[]" {
        return Ok(Vec::new());
    }
    if looks_like_json(output) {
        if let Some(all) = json_document::<Vec<JsonDiagnostic>>(output, '[') {
            return Ok(all.into_iter().map(from_json).collect());
        }
    }
    let lines: Vec<&str> = output.lines().collect();
    let full: Vec<_> = full_headers(&lines).collect();
    if !full.is_empty() {
        let starts: Vec<usize> = full.iter().map(|(i, _, _)| *i).collect();
        return Ok(full
            .iter()
            .enumerate()
            .map(|(n, (i, header, arrow))| {
                let end = starts.get(n + 1).copied().unwrap_or(lines.len());
                let raw = block(&lines[*i..end]);
                diagnostic(header.get(1), header.get(2), header.get(3), arrow.get(1), arrow.get(2), arrow.get(3), raw)
            })
            .collect());
    }
    if !SUMMARY.is_match(output) && !lines.iter().any(|l| CONCISE.is_match(l)) {
        return Err(not_recognized(
            Runner::Ruff,
            "no `F401 [*] message` / ` --> file:line:col` pair, `file:line:col: CODE message` line or ruff summary",
        ));
    }
    let mut failures: Vec<Failure> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if let Some(c) = CONCISE.captures(line) {
            // Older ruff printed a code frame under each concise line in its default mode.
            let end = (i + 1..lines.len()).find(|&j| CONCISE.is_match(lines[j])).unwrap_or(lines.len());
            let raw = block(&lines[i..end]);
            failures.push(diagnostic(c.get(4), c.get(5), c.get(6), c.get(1), c.get(2), c.get(3), raw));
        }
    }
    Ok(failures)
}

/// A diagnostic's lines up to the summary that follows the last one.
fn block(lines: &[&str]) -> String {
    let end = lines.iter().position(|l| SUMMARY.is_match(l)).unwrap_or(lines.len());
    lines[..end].join("\n").trim_end().to_string()
}

fn diagnostic(
    code: Option<regex::Match<'_>>,
    syntax: Option<regex::Match<'_>>,
    message: Option<regex::Match<'_>>,
    file: Option<regex::Match<'_>>,
    line: Option<regex::Match<'_>>,
    column: Option<regex::Match<'_>>,
    raw: String,
) -> Failure {
    let code = code.or(syntax).map(|m| m.as_str().to_string());
    let mut f = Failure::new(kind_for(code.as_deref()), Runner::Ruff, message.map_or("", |m| m.as_str()).trim());
    f.file = file.map(|m| clean_path(m.as_str()));
    f.line = line.and_then(|m| num(m.as_str()));
    f.column = column.and_then(|m| num(m.as_str()));
    f.error_type = code;
    f.raw = raw;
    f
}

fn from_json(d: JsonDiagnostic) -> Failure {
    // Older ruff reported syntax errors with no code and the message prefixed instead.
    let (code, message) = match (d.code, d.message.strip_prefix("SyntaxError: ")) {
        (None, Some(rest)) => (Some("SyntaxError".to_string()), rest.to_string()),
        (code, _) => (code, d.message),
    };
    let mut f = Failure::new(kind_for(code.as_deref()), Runner::Ruff, message.trim());
    f.file = Some(clean_path(&d.filename));
    f.line = d.location.as_ref().map(|l| l.row);
    f.column = d.location.as_ref().map(|l| l.column);
    f.raw = format!(
        "{}:{}:{}: {} {}",
        d.filename,
        f.line.unwrap_or(0),
        f.column.unwrap_or(0),
        code.as_deref().unwrap_or(""),
        message
    );
    f.error_type = code;
    f
}

fn kind_for(code: Option<&str>) -> FailureKind {
    match code {
        Some("invalid-syntax" | "SyntaxError") | None => FailureKind::SyntaxError,
        Some(_) => FailureKind::Lint,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use std::path::PathBuf;

    use super::*;

    #[test]
    fn full_form() {
        let out = "F401 [*] `os` imported but unused\n --> src/a.py:1:8\n  |\n1 | import os\n  |        ^^\n  |\nhelp: Remove unused import: `os`\n\nF821 Undefined name `x`\n --> src/a.py:3:5\n  |\n\nFound 2 errors.\n[*] 1 fixable with the `--fix` option.\n";
        let f = parse(out).unwrap();
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].file, Some(PathBuf::from("src/a.py")));
        assert_eq!((f[0].line, f[0].column), (Some(1), Some(8)));
        assert_eq!(f[0].error_type.as_deref(), Some("F401"));
        assert_eq!(f[0].message, "`os` imported but unused");
        assert_eq!(f[0].kind, FailureKind::Lint);
        assert!(f[0].raw.contains("help: Remove unused import"));
        assert!(!f[0].raw.contains("F821"));
        assert!(!f[1].raw.contains("Found 2"));
    }

    #[test]
    fn concise_and_syntax_errors() {
        let out = "a.py:2:22: invalid-syntax: Expected `)`, found newline\nb.py:1:1: I001 [*] Import block is un-sorted or un-formatted\nFound 2 errors.\n";
        let f = parse(out).unwrap();
        assert_eq!(f[0].kind, FailureKind::SyntaxError);
        assert_eq!(f[0].message, "Expected `)`, found newline");
        assert_eq!(f[1].error_type.as_deref(), Some("I001"));
        assert_eq!((f[1].line, f[1].column), (Some(1), Some(1)));
    }

    #[test]
    fn json_after_a_warning() {
        let out = "warning: The top-level linter settings are deprecated\n[{\"code\": \"F401\", \"filename\": \"/p/a.py\", \"location\": {\"row\": 1, \"column\": 8}, \"message\": \"`os` imported but unused\", \"noqa_row\": 1}]";
        let f = parse(out).unwrap();
        assert_eq!(f[0].file, Some(PathBuf::from("/p/a.py")));
        assert_eq!((f[0].line, f[0].column), (Some(1), Some(8)));
    }

    #[test]
    fn clean_run_is_empty_and_prose_is_rejected() {
        assert_eq!(parse("All checks passed!\n").unwrap(), vec![]);
        assert!(parse("all good").is_err());
    }
}
