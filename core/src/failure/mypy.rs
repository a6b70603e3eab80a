//! mypy diagnostics: the text form `file:line[:col]: error: message  [code]` (with `note:` lines that belong to
//! the error above) and `--output json`, one JSON object per line.

use serde::Deserialize;

use super::util::{clean_path, lazy_regex, not_recognized, num};
use super::{Failure, FailureKind, ParseError, Runner};

lazy_regex!(DIAG, r"^(\S.*?):(\d+)(?::(\d+))?: (error|warning|note): (.*)$");
lazy_regex!(CODE, r"^(.*?)\s+\[([a-z][a-z0-9-]*)\]$");
lazy_regex!(
    SUMMARY,
    r"(?m)^(?:Found \d+ errors? in \d+ files? \((?:checked \d+ source files?|errors prevented further checking)\)|Success: no issues found in \d+ source files?)\s*$"
);
lazy_regex!(JSON_LINE, r#"^\{"file": ".*", "line": -?\d+, "column": -?\d+.*"severity": "#);

/// One line of `mypy --output json`.
#[derive(Deserialize)]
struct JsonDiagnostic {
    file: String,
    line: i64,
    /// 0-based, unlike the text form's column.
    column: i64,
    message: String,
    #[serde(default)]
    hint: Option<String>,
    #[serde(default)]
    code: Option<String>,
    severity: String,
}

/// Whether the text carries mypy's summary, an error on a `.py` file, or a `--output json` line.
pub(crate) fn looks_like(output: &str) -> bool {
    SUMMARY.is_match(output)
        || output.lines().any(|l| {
            JSON_LINE.is_match(l)
                || DIAG.captures(l).is_some_and(|c| {
                    let path = c.get(1).map_or("", |m| m.as_str());
                    (path.ends_with(".py") || path.ends_with(".pyi")) && c.get(4).is_some_and(|m| m.as_str() == "error")
                })
        })
}

/// Parses mypy output into one failure per error. Notes are context for the error they follow, never failures.
pub fn parse(output: &str) -> Result<Vec<Failure>, ParseError> {
    if output.trim().is_empty() {
        return Ok(Vec::new());
    }
    if !looks_like(output) {
        return Err(not_recognized(
            Runner::Mypy,
            "no `file:line: error: ... [code]` line, `--output json` line or `Found N errors`/`Success:` summary",
        ));
    }
    let mut failures: Vec<Failure> = Vec::new();
    // Whether the last diagnostic line was an error we kept, so its notes and continuation lines join it.
    let mut in_error = false;
    for line in output.lines() {
        if line.starts_with('{') {
            in_error = false;
            if let Some(f) = serde_json::from_str::<JsonDiagnostic>(line).ok().and_then(from_json) {
                failures.push(f);
            }
            continue;
        }
        if let Some(c) = DIAG.captures(line) {
            if c.get(4).is_some_and(|m| m.as_str() == "error") {
                failures.push(from_text(&c, line));
                in_error = true;
            } else if let (true, Some(last)) = (in_error, failures.last_mut()) {
                last.raw.push('\n');
                last.raw.push_str(line);
            }
            continue;
        }
        // `--pretty` prints the source line and a caret under each error.
        if let (true, Some(last)) = (in_error && line.starts_with(' '), failures.last_mut()) {
            last.raw.push('\n');
            last.raw.push_str(line);
        } else {
            in_error = false;
        }
    }
    Ok(failures)
}

fn from_text(c: &regex::Captures<'_>, line: &str) -> Failure {
    let text = c.get(5).map_or("", |m| m.as_str()).trim();
    let (message, code) = match CODE.captures(text) {
        Some(cc) => (cc.get(1).map_or(text, |m| m.as_str()), cc.get(2).map(|m| m.as_str().to_string())),
        None => (text, None),
    };
    let mut f = Failure::new(kind_for(code.as_deref(), message), Runner::Mypy, message.trim());
    f.file = c.get(1).map(|m| clean_path(m.as_str()));
    f.line = c.get(2).and_then(|m| num(m.as_str())).filter(|&n| n > 0);
    f.column = c.get(3).and_then(|m| num(m.as_str())).filter(|&n| n > 0);
    f.error_type = code;
    f.raw = line.to_string();
    f
}

fn from_json(d: JsonDiagnostic) -> Option<Failure> {
    if d.severity != "error" {
        return None;
    }
    let mut f = Failure::new(kind_for(d.code.as_deref(), &d.message), Runner::Mypy, d.message.trim());
    f.file = Some(clean_path(&d.file));
    f.line = u32::try_from(d.line).ok().filter(|&n| n > 0);
    f.column = u32::try_from(d.column).ok().and_then(|c| c.checked_add(1));
    f.raw = match &d.hint {
        Some(hint) => format!("{}: error: {}\n{}", d.file, d.message, hint),
        None => format!("{}: error: {}", d.file, d.message),
    };
    f.error_type = d.code;
    Some(f)
}

/// mypy's error codes say what went wrong: `syntax` is a parse error, the `import*` codes and a module without
/// the attribute are unresolved imports, the rest are type errors.
fn kind_for(code: Option<&str>, message: &str) -> FailureKind {
    match code {
        Some("syntax") => FailureKind::SyntaxError,
        Some("import" | "import-not-found" | "import-untyped") => FailureKind::ImportError,
        Some("attr-defined") if message.starts_with("Module \"") => FailureKind::ImportError,
        _ => FailureKind::TypeError,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use std::path::PathBuf;

    use super::*;

    #[test]
    fn text_with_columns_codes_and_notes() {
        let out = "src/a.py:3:8: error: Cannot find implementation or library stub for module named \"x\"  [import-not-found]\n\
                   src/a.py:3:8: note: See https://mypy.readthedocs.io/en/stable/running_mypy.html#missing-imports\n\
                   src/a.py:9: error: Incompatible return value type (got \"str\", expected \"int\")  [return-value]\n\
                   Found 2 errors in 1 file (checked 1 source file)\n";
        let f = parse(out).unwrap();
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].file, Some(PathBuf::from("src/a.py")));
        assert_eq!((f[0].line, f[0].column), (Some(3), Some(8)));
        assert_eq!(f[0].kind, FailureKind::ImportError);
        assert_eq!(f[0].error_type.as_deref(), Some("import-not-found"));
        assert_eq!(f[0].message, "Cannot find implementation or library stub for module named \"x\"");
        assert!(f[0].raw.contains("note: See"));
        assert_eq!((f[1].line, f[1].column), (Some(9), None));
        assert_eq!(f[1].kind, FailureKind::TypeError);
        assert!(!f[1].raw.contains("Found 2"));
    }

    #[test]
    fn json_lines_have_zero_based_columns() {
        let out = r#"{"file": "a.py", "line": 2, "column": 4, "message": "invalid syntax", "hint": null, "code": "syntax", "severity": "error"}"#;
        let f = parse(out).unwrap();
        assert_eq!((f[0].line, f[0].column), (Some(2), Some(5)));
        assert_eq!(f[0].kind, FailureKind::SyntaxError);
    }

    #[test]
    fn module_attribute_is_an_import_error() {
        let out = "a.py:1:1: error: Module \"os\" has no attribute \"getcwdu\"  [attr-defined]\n";
        assert_eq!(parse(out).unwrap()[0].kind, FailureKind::ImportError);
    }

    #[test]
    fn success_is_empty_and_prose_is_rejected() {
        assert_eq!(parse("Success: no issues found in 3 source files\n").unwrap(), vec![]);
        assert_eq!(parse("").unwrap(), vec![]);
        assert!(parse("all good").is_err());
        assert!(parse("Found 2 errors in 2 files.").is_err(), "tsc's summary is not mypy's");
    }
}
