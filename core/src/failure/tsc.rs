//! TypeScript compiler diagnostics: `file(line,col): error TSxxxx: msg` and the `--pretty`
//! `file:line:col - error TSxxxx: msg` form.

use super::util::{clean_path, lazy_regex, not_recognized, num};
use super::{Failure, FailureKind, ParseError, Runner};

lazy_regex!(PLAIN, r"^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$");
lazy_regex!(PRETTY, r"^(.+?):(\d+):(\d+) - error (TS\d+): (.*)$");
lazy_regex!(GLOBAL, r"^error (TS\d+): (.*)$");
// `Found 2 errors in 2 files.`, `Found 1 error in a.ts:3`, `Found 0 errors. Watching for file changes.`; ruff's
// `Found 2 errors.` and mypy's `Found 2 errors in 1 file (checked 3 source files)` are theirs.
lazy_regex!(FOUND, r"(?m)^Found \d+ errors?(?: in .*[^)\n]$|\. Watching for file changes)");

/// Whether the text carries tsc diagnostics or its `Found N errors` summary.
pub(crate) fn looks_like(output: &str) -> bool {
    FOUND.is_match(output) || output.lines().any(|l| PLAIN.is_match(l) || PRETTY.is_match(l) || GLOBAL.is_match(l))
}

/// Parses tsc output into one failure per diagnostic. tsc prints nothing when the project compiles, so empty
/// output is a passing run.
pub fn parse(output: &str) -> Result<Vec<Failure>, ParseError> {
    if output.trim().is_empty() {
        return Ok(Vec::new());
    }
    if !looks_like(output) {
        return Err(not_recognized(
            Runner::Tsc,
            "no `file(line,col): error TSxxxx:` or `file:line:col - error TSxxxx:` line",
        ));
    }
    let lines: Vec<&str> = output.lines().collect();
    let mut failures: Vec<Failure> = Vec::new();
    for line in &lines {
        if let Some(f) = diagnostic(line) {
            failures.push(f);
        } else if let Some(last) = failures.last_mut() {
            // Continuation lines (chained messages, the pretty code frame) belong to the diagnostic above.
            if !line.starts_with("Found ") {
                last.raw.push('\n');
                last.raw.push_str(line);
            }
        }
    }
    for f in &mut failures {
        f.raw = f.raw.trim_end().to_string();
    }
    Ok(failures)
}

fn diagnostic(line: &str) -> Option<Failure> {
    let c = PLAIN.captures(line).or_else(|| PRETTY.captures(line));
    let Some(c) = c else {
        let g = GLOBAL.captures(line)?;
        let code = g.get(1)?.as_str();
        let mut f = Failure::new(kind_for_code(code), Runner::Tsc, g.get(2)?.as_str().trim());
        f.error_type = Some(code.to_string());
        f.raw = line.to_string();
        return Some(f);
    };
    let code = c.get(4)?.as_str();
    let mut f = Failure::new(kind_for_code(code), Runner::Tsc, c.get(5)?.as_str().trim());
    f.file = Some(clean_path(c.get(1)?.as_str()));
    f.line = num(c.get(2)?.as_str());
    f.column = num(c.get(3)?.as_str());
    f.error_type = Some(code.to_string());
    f.raw = line.to_string();
    Some(f)
}

/// TS1xxx are parse errors; "cannot find module" codes are unresolved imports; the rest are type errors.
fn kind_for_code(code: &str) -> FailureKind {
    let n: u32 = code.trim_start_matches("TS").parse().unwrap_or(0);
    match n {
        2307 | 2792 | 2305 | 2306 | 2614 | 2724 => FailureKind::ImportError,
        1000..=1999 => FailureKind::SyntaxError,
        _ => FailureKind::TypeError,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use std::path::PathBuf;

    use super::*;

    #[test]
    fn plain_and_pretty() {
        let out = "src/a.ts(7,19): error TS2304: Cannot find name 'totl'.\nsrc/b.ts:2:25 - error TS2307: Cannot find module './x'.\n\n2 import x from './x';\n\nFound 2 errors in 2 files.\n";
        let f = parse(out).unwrap();
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].file, Some(PathBuf::from("src/a.ts")));
        assert_eq!((f[0].line, f[0].column), (Some(7), Some(19)));
        assert_eq!(f[0].error_type.as_deref(), Some("TS2304"));
        assert_eq!(f[0].message, "Cannot find name 'totl'.");
        assert_eq!(f[0].kind, FailureKind::TypeError);
        assert_eq!(f[1].kind, FailureKind::ImportError);
        assert!(f[1].raw.contains("import x"));
        assert!(!f[1].raw.contains("Found 2"));
    }

    #[test]
    fn syntax_codes() {
        let f = parse("a.ts(1,5): error TS1005: ';' expected.").unwrap();
        assert_eq!(f[0].kind, FailureKind::SyntaxError);
    }

    #[test]
    fn empty_is_pass_and_prose_is_rejected() {
        assert_eq!(parse("").unwrap(), vec![]);
        assert!(parse("all good").is_err());
    }
}
