//! eslint results: the default `stylish` form (a file header, then `  line:col  error  message  rule`, then
//! `✖ N problems`) and `-f json`.

use serde::Deserialize;

use super::util::{clean_path, errors_else_warnings, json_document, lazy_regex, not_recognized, num};
use super::{Failure, FailureKind, ParseError, Runner};

lazy_regex!(MESSAGE, r"^\s+(\d+):(\d+)\s+(error|warning)\s+(.*?)(?:\s{2,}([@\w][\w@/.-]*))?\s*$");
lazy_regex!(SUMMARY, r"(?m)^✖ \d+ problems? \(\d+ errors?, \d+ warnings?\)");

#[derive(Deserialize)]
struct FileResult {
    #[serde(rename = "filePath")]
    file_path: String,
    messages: Vec<JsonMessage>,
}

#[derive(Deserialize)]
struct JsonMessage {
    #[serde(rename = "ruleId", default)]
    rule_id: Option<String>,
    #[serde(default)]
    fatal: bool,
    severity: u8,
    message: String,
    #[serde(default)]
    line: Option<u32>,
    #[serde(default)]
    column: Option<u32>,
}

/// Whether the text carries stylish's `✖ N problems` summary, a file header followed by a message line, or the
/// JSON report.
pub(crate) fn looks_like(output: &str) -> bool {
    looks_like_json(output) || looks_like_stylish(output)
}

fn looks_like_stylish(output: &str) -> bool {
    SUMMARY.is_match(output) || {
        let lines: Vec<&str> = output.lines().collect();
        lines.windows(2).any(|w| is_header(w[0]) && MESSAGE.is_match(w[1]))
    }
}

fn looks_like_json(output: &str) -> bool {
    output.contains("\"filePath\"")
        && output.contains("\"messages\"")
        && output.lines().any(|l| l.trim_start().starts_with('['))
}

/// A stylish file header: the path alone on an unindented line.
fn is_header(line: &str) -> bool {
    !line.is_empty() && !line.starts_with(char::is_whitespace) && !line.starts_with('✖') && !line.contains("  ")
}

/// Parses eslint output into one failure per error (per warning when there are no errors).
pub fn parse(output: &str) -> Result<Vec<Failure>, ParseError> {
    if output.trim().is_empty() || output.trim() == "[]" {
        return Ok(Vec::new());
    }
    if looks_like_json(output) {
        if let Some(results) = json_document::<Vec<FileResult>>(output, '[') {
            let all = results
                .into_iter()
                .flat_map(|r| {
                    let path = r.file_path;
                    r.messages.into_iter().filter_map(move |m| from_json(&path, m))
                })
                .collect();
            return Ok(errors_else_warnings(all));
        }
    }
    if !looks_like_stylish(output) {
        return Err(not_recognized(
            Runner::Eslint,
            "no `✖ N problems` summary, file header with `line:col  error  message  rule` lines, or `-f json` report",
        ));
    }
    let mut diagnostics: Vec<(bool, Failure)> = Vec::new();
    let mut file: Option<&str> = None;
    for line in output.lines() {
        if let Some(c) = MESSAGE.captures(line) {
            let Some(path) = file else { continue };
            let text = c.get(4).map_or("", |m| m.as_str());
            let rule = c.get(5).map(|m| m.as_str());
            // Only a file that does not parse gets a rule-less error in stylish (the JSON report says `fatal`).
            let fatal = rule.is_none() && text.starts_with("Parsing error");
            let mut f = Failure::new(kind_for(rule, fatal), Runner::Eslint, text.trim());
            f.file = Some(clean_path(path));
            f.line = c.get(1).and_then(|m| num(m.as_str())).filter(|&n| n > 0);
            f.column = c.get(2).and_then(|m| num(m.as_str())).filter(|&n| n > 0);
            f.error_type = rule.map(String::from);
            f.raw = format!("{path}\n{line}");
            diagnostics.push((c.get(3).is_some_and(|m| m.as_str() == "error"), f));
        } else if is_header(line) {
            file = Some(line.trim());
        } else if line.trim().is_empty() || line.starts_with('✖') {
            file = None;
        }
    }
    Ok(errors_else_warnings(diagnostics))
}

fn from_json(path: &str, m: JsonMessage) -> Option<(bool, Failure)> {
    let is_error = match m.severity {
        2 => true,
        1 => false,
        _ => return None,
    };
    let mut f = Failure::new(kind_for(m.rule_id.as_deref(), m.fatal), Runner::Eslint, m.message.trim());
    f.file = Some(clean_path(path));
    f.line = m.line.filter(|&n| n > 0);
    f.column = m.column.filter(|&n| n > 0);
    f.raw = format!(
        "{path}\n  {}:{}  {}  {}  {}",
        f.line.unwrap_or(0),
        f.column.unwrap_or(0),
        if is_error { "error" } else { "warning" },
        m.message,
        m.rule_id.as_deref().unwrap_or("")
    );
    f.error_type = m.rule_id;
    Some((is_error, f))
}

/// A message without a rule is eslint's own: a file that does not parse (`fatal` in the JSON report).
fn kind_for(rule: Option<&str>, fatal: bool) -> FailureKind {
    match rule {
        None if fatal => FailureKind::SyntaxError,
        _ => FailureKind::Lint,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use std::path::PathBuf;

    use super::*;

    #[test]
    fn stylish() {
        let out = "\n/p/src/a.ts\n   1:10  error    'x' is defined but never used  @typescript-eslint/no-unused-vars\n  22:9   warning  Unexpected console statement   no-console\n  23:1   error    Parsing error: ';' expected\n\n✖ 3 problems (2 errors, 1 warning)\n";
        let f = parse(out).unwrap();
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].file, Some(PathBuf::from("/p/src/a.ts")));
        assert_eq!((f[0].line, f[0].column), (Some(1), Some(10)));
        assert_eq!(f[0].message, "'x' is defined but never used");
        assert_eq!(f[0].error_type.as_deref(), Some("@typescript-eslint/no-unused-vars"));
        assert_eq!(f[0].kind, FailureKind::Lint);
        assert_eq!(f[1].kind, FailureKind::SyntaxError);
        assert_eq!(f[1].error_type, None);
    }

    #[test]
    fn warnings_fail_a_run_without_errors() {
        let out =
            "a.js\n  1:1  warning  Unexpected console statement  no-console\n\n✖ 1 problem (0 errors, 1 warning)\n";
        assert_eq!(parse(out).unwrap().len(), 1);
    }

    #[test]
    fn json() {
        let out = r#"[{"filePath":"/p/a.js","messages":[{"ruleId":"no-var","severity":2,"message":"Unexpected var, use let or const instead.","line":2,"column":3},{"ruleId":null,"fatal":true,"severity":2,"message":"Parsing error: Unexpected token","line":9,"column":1}]}]"#;
        let f = parse(out).unwrap();
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].error_type.as_deref(), Some("no-var"));
        assert_eq!((f[0].line, f[0].column), (Some(2), Some(3)));
        assert_eq!(f[1].kind, FailureKind::SyntaxError);
    }

    #[test]
    fn clean_run_is_empty_and_prose_is_rejected() {
        assert_eq!(parse("[]").unwrap(), vec![]);
        assert!(parse("all good").is_err());
    }
}
