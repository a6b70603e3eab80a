//! pyright diagnostics: the text form (a file header, then `  file:line:col - error: message` with the rule in
//! parentheses at the end of its last line) and `--outputjson`.

use serde::Deserialize;

use super::util::{clean_path, errors_else_warnings, json_document, lazy_regex, not_recognized, num};
use super::{Failure, FailureKind, ParseError, Runner};

lazy_regex!(DIAG, r"^\s+(\S.*?):(\d+):(\d+) - (error|warning|information): (.*)$");
lazy_regex!(RULE, r"^(.*?)\s*\((report[A-Za-z]+)\)$");
lazy_regex!(SUMMARY, r"(?m)^\d+ errors?, \d+ warnings?, \d+ informations?\s*$");

#[derive(Deserialize)]
struct Report {
    #[serde(rename = "generalDiagnostics")]
    diagnostics: Vec<JsonDiagnostic>,
}

#[derive(Deserialize)]
struct JsonDiagnostic {
    #[serde(default)]
    file: String,
    severity: String,
    message: String,
    #[serde(default)]
    range: Option<Range>,
    #[serde(default)]
    rule: Option<String>,
}

#[derive(Deserialize)]
struct Range {
    start: Position,
}

/// 0-based, unlike the text form.
#[derive(Deserialize)]
struct Position {
    line: u32,
    character: u32,
}

/// Whether the text carries pyright's `N errors, N warnings, N informations` summary, one of its diagnostic
/// lines, or its JSON report.
pub(crate) fn looks_like(output: &str) -> bool {
    SUMMARY.is_match(output) || output.lines().any(|l| DIAG.is_match(l)) || looks_like_json(output)
}

fn looks_like_json(output: &str) -> bool {
    output.contains("\"generalDiagnostics\"") && output.lines().any(|l| l.trim_start().starts_with('{'))
}

/// Parses pyright output into one failure per error (per warning when there are no errors).
pub fn parse(output: &str) -> Result<Vec<Failure>, ParseError> {
    if output.trim().is_empty() {
        return Ok(Vec::new());
    }
    if looks_like_json(output) {
        if let Some(report) = json_document::<Report>(output, '{') {
            return Ok(errors_else_warnings(report.diagnostics.into_iter().filter_map(from_json).collect()));
        }
    }
    if !SUMMARY.is_match(output) && !output.lines().any(|l| DIAG.is_match(l)) {
        return Err(not_recognized(
            Runner::Pyright,
            "no `file:line:col - error:` line, `N errors, N warnings` summary or `--outputjson` report",
        ));
    }
    let mut diagnostics: Vec<(bool, Failure)> = Vec::new();
    // The message of the diagnostic being read goes on until its `(reportRule)` or the next diagnostic.
    let mut open = false;
    for line in output.lines() {
        if let Some(c) = DIAG.captures(line) {
            let mut f = Failure::new(FailureKind::SyntaxError, Runner::Pyright, "");
            f.file = c.get(1).map(|m| clean_path(m.as_str()));
            f.line = c.get(2).and_then(|m| num(m.as_str()));
            f.column = c.get(3).and_then(|m| num(m.as_str()));
            f.raw = line.to_string();
            let text = c.get(5).map_or("", |m| m.as_str());
            open = set_message_or_rule(&mut f, text, true);
            diagnostics.push((c.get(4).is_some_and(|m| m.as_str() == "error"), f));
        } else if let (true, Some((_, last))) = (open && line.starts_with("  "), diagnostics.last_mut()) {
            last.raw.push('\n');
            last.raw.push_str(line);
            open = set_message_or_rule(last, line.trim(), false);
        } else {
            open = false;
        }
    }
    for (_, f) in &mut diagnostics {
        f.kind = kind_for(f.error_type.as_deref(), &f.message);
    }
    Ok(errors_else_warnings(diagnostics))
}

/// Reads one line of a text diagnostic's message: the first line is the message, and the line that ends in
/// `(reportRule)` names the rule. Returns whether more lines of this message may follow.
fn set_message_or_rule(f: &mut Failure, text: &str, first: bool) -> bool {
    let (text, rule) = match RULE.captures(text) {
        Some(c) => (c.get(1).map_or(text, |m| m.as_str()), c.get(2).map(|m| m.as_str().to_string())),
        None => (text, None),
    };
    if first {
        f.message = text.trim().to_string();
    }
    let done = rule.is_some();
    if rule.is_some() {
        f.error_type = rule;
    }
    !done
}

fn from_json(d: JsonDiagnostic) -> Option<(bool, Failure)> {
    let is_error = match d.severity.as_str() {
        "error" => true,
        "warning" => false,
        _ => return None,
    };
    // Continuation lines of a message are indented with no-break spaces; the first line is the message.
    let message = d.message.lines().next().unwrap_or_default().trim();
    let mut f = Failure::new(kind_for(d.rule.as_deref(), message), Runner::Pyright, message);
    f.file = Some(clean_path(&d.file));
    if let Some(start) = d.range.map(|r| r.start) {
        f.line = start.line.checked_add(1);
        f.column = start.character.checked_add(1);
    }
    f.raw = format!(
        "{}:{}:{} - {}: {}{}",
        d.file,
        f.line.unwrap_or(0),
        f.column.unwrap_or(0),
        d.severity,
        d.message,
        d.rule.as_deref().map(|r| format!(" ({r})")).unwrap_or_default()
    );
    f.error_type = d.rule;
    Some((is_error, f))
}

/// Diagnostics without a rule come from pyright's parser and binder (what Python itself rejects as a
/// `SyntaxError`); the missing-import rules are unresolved imports; the rest are type errors.
fn kind_for(rule: Option<&str>, message: &str) -> FailureKind {
    match rule {
        None => FailureKind::SyntaxError,
        Some("reportMissingImports" | "reportMissingModuleSource") => FailureKind::ImportError,
        Some("reportAttributeAccessIssue") if message.contains("is not a known attribute of module") => {
            FailureKind::ImportError
        }
        Some(_) => FailureKind::TypeError,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use std::path::PathBuf;

    use super::*;

    #[test]
    fn text_with_multi_line_messages() {
        let out = "/p/src/a.py\n  /p/src/a.py:17:16 - error: Type \"str\" is not assignable to return type \"int\"\n    \"str\" is not assignable to \"int\" (reportReturnType)\n  /p/src/a.py:1:6 - error: Import \"x\" could not be resolved (reportMissingImports)\n  /p/src/a.py:2:1 - warning: Import \"y\" is not accessed (reportUnusedImport)\n2 errors, 1 warning, 0 informations \n";
        let f = parse(out).unwrap();
        assert_eq!(f.len(), 2, "warnings are not failures when there are errors");
        assert_eq!(f[0].file, Some(PathBuf::from("/p/src/a.py")));
        assert_eq!((f[0].line, f[0].column), (Some(17), Some(16)));
        assert_eq!(f[0].message, "Type \"str\" is not assignable to return type \"int\"");
        assert_eq!(f[0].error_type.as_deref(), Some("reportReturnType"));
        assert_eq!(f[0].kind, FailureKind::TypeError);
        assert!(f[0].raw.contains("\"str\" is not assignable to \"int\""));
        assert_eq!(f[1].message, "Import \"x\" could not be resolved");
        assert_eq!(f[1].kind, FailureKind::ImportError);
    }

    #[test]
    fn parse_errors_have_no_rule() {
        let out = "  a.py:2:15 - error: \"(\" was not closed\n1 error, 0 warnings, 0 informations\n";
        let f = parse(out).unwrap();
        assert_eq!(f[0].kind, FailureKind::SyntaxError);
        assert_eq!(f[0].error_type, None);
        assert_eq!(f[0].message, "\"(\" was not closed");
    }

    #[test]
    fn json_positions_are_zero_based() {
        let out = r#"{"version": "1", "generalDiagnostics": [{"file": "/p/a.py", "severity": "error", "message": "Cannot access attribute \"x\"\n\u00a0\u00a0Attribute \"x\" is unknown", "range": {"start": {"line": 3, "character": 4}, "end": {"line": 3, "character": 5}}, "rule": "reportAttributeAccessIssue"}], "summary": {}}"#;
        let f = parse(out).unwrap();
        assert_eq!((f[0].line, f[0].column), (Some(4), Some(5)));
        assert_eq!(f[0].message, "Cannot access attribute \"x\"");
        assert_eq!(f[0].kind, FailureKind::TypeError);
    }

    #[test]
    fn clean_run_is_empty_and_prose_is_rejected() {
        assert_eq!(parse("0 errors, 0 warnings, 0 informations \n").unwrap(), vec![]);
        assert!(parse("all good").is_err());
    }
}
