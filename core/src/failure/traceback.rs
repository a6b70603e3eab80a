//! Bare Python tracebacks (`python script.py`), and the traceback reader unittest shares.

use std::path::PathBuf;

use super::util::{
    clean_path, is_library_path, kind_for_exception, lazy_regex, not_recognized, num, split_exception_line,
};
use super::{Failure, FailureKind, Frame, ParseError, Runner};

lazy_regex!(FILE_LINE, r#"^\s*File "([^"]+)", line (\d+)(?:, in (.+))?\s*$"#);

/// What one Python traceback says.
#[derive(Debug, Default)]
pub(crate) struct PyError {
    /// Innermost last, as Python prints them.
    pub frames: Vec<Frame>,
    pub error_type: Option<String>,
    pub message: String,
    /// For `SyntaxError` and friends: the `File "...", line N` block that names the broken source.
    pub syntax_location: Option<(PathBuf, u32)>,
}

/// Whether the text holds a Python traceback or a compile error block.
pub(crate) fn looks_like(output: &str) -> bool {
    output.contains("Traceback (most recent call last):") || find_syntax_block(&lines(output)).is_some()
}

fn lines(s: &str) -> Vec<&str> {
    s.lines().collect()
}

/// Parses bare Python tracebacks: one failure per final traceback (chained ones describe the same failure).
pub fn parse(output: &str) -> Result<Vec<Failure>, ParseError> {
    if !looks_like(output) {
        return Err(not_recognized(
            Runner::Traceback,
            "no `Traceback (most recent call last):` and no `File \"...\", line N` error block",
        ));
    }
    let all = lines(output);
    let starts: Vec<usize> = all
        .iter()
        .enumerate()
        .filter(|(_, l)| l.trim_start().starts_with("Traceback (most recent call last):"))
        .map(|(i, _)| i)
        .collect();
    let mut failures = Vec::new();
    if starts.is_empty() {
        // A compile error of the script itself prints no "Traceback" header, only the location block.
        if let Some(f) = to_failure(read_error(&all), output) {
            failures.push(f);
        }
        return Ok(failures);
    }
    for (n, &start) in starts.iter().enumerate() {
        let end = starts.get(n + 1).copied().unwrap_or(all.len());
        let chunk = all.get(start..end).unwrap_or_default();
        // A traceback followed by "During handling..." is the cause of the next one, not a failure of its own.
        if n + 1 < starts.len() && is_chained(chunk) {
            continue;
        }
        if let Some(f) = to_failure(read_error(chunk), &chunk.join("\n")) {
            failures.push(f);
        }
    }
    Ok(failures)
}

fn is_chained(chunk: &[&str]) -> bool {
    chunk.iter().any(|l| {
        l.starts_with("During handling of the above exception")
            || l.starts_with("The above exception was the direct cause")
    })
}

fn to_failure(err: PyError, raw: &str) -> Option<Failure> {
    let error_type = err.error_type.clone()?;
    let kind = kind_for_exception(&error_type, FailureKind::TestFailure);
    let mut f = Failure::new(kind, Runner::Traceback, err.message.clone());
    if let Some((file, line)) = err.syntax_location.clone() {
        f.file = Some(file);
        f.line = Some(line);
    } else if let Some(frame) = innermost_project_frame(&err.frames) {
        f.file = Some(frame.file.clone());
        f.line = Some(frame.line);
    }
    if let Some((a, e)) = super::util::python_actual_expected(&err.message) {
        f.actual = Some(a);
        f.expected = Some(e);
    }
    f.error_type = Some(error_type);
    f.frames = err.frames;
    f.raw = raw.to_string();
    Some(f)
}

/// The innermost frame in the project's own code: where a fix would go.
pub(crate) fn innermost_project_frame(frames: &[Frame]) -> Option<&Frame> {
    frames.iter().rev().find(|f| !is_library_path(&f.file.to_string_lossy())).or_else(|| frames.last())
}

/// Reads frames, the compile-error block and the final `Type: message` line from traceback lines.
pub(crate) fn read_error(chunk: &[&str]) -> PyError {
    let mut err = PyError::default();
    for line in chunk {
        if let Some(c) = FILE_LINE.captures(line) {
            let (Some(file), Some(n)) = (c.get(1), c.get(2).and_then(|m| num(m.as_str()))) else { continue };
            match c.get(3) {
                Some(func) => err.frames.push(Frame {
                    file: clean_path(file.as_str()),
                    line: n,
                    column: None,
                    function: Some(func.as_str().trim().to_string()),
                }),
                None => err.syntax_location = Some((clean_path(file.as_str()), n)),
            }
        }
    }
    if let Some((error_type, message)) = final_exception_line(chunk) {
        err.error_type = Some(error_type);
        err.message = message;
    }
    if err
        .error_type
        .as_deref()
        .is_some_and(|t| kind_for_exception(t, FailureKind::TestFailure) != FailureKind::SyntaxError)
    {
        // Only compile errors name their location with a bare `File "...", line N`.
        err.syntax_location = None;
    }
    err
}

/// The last unindented `Type: message` line: Python prints the exception after all frames.
fn final_exception_line(chunk: &[&str]) -> Option<(String, String)> {
    chunk
        .iter()
        .rev()
        .filter(|l| !l.starts_with(' ') && !l.trim().is_empty())
        .find_map(|l| split_exception_line(l))
        .map(|(t, m)| (t, m.lines().next().unwrap_or_default().to_string()))
}

/// A header-less compile error: `  File "x.py", line 1` (no `, in func`) followed later by `SyntaxError: ...`.
fn find_syntax_block(all: &[&str]) -> Option<usize> {
    let start = all.iter().position(|l| FILE_LINE.captures(l).is_some_and(|c| c.get(3).is_none()))?;
    let rest = all.get(start..)?;
    rest.iter()
        .filter_map(|l| split_exception_line(l))
        .any(|(t, _)| kind_for_exception(&t, FailureKind::TestFailure) == FailureKind::SyntaxError)
        .then_some(start)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    const TB: &str = "Traceback (most recent call last):\n  File \"app/main.py\", line 11, in <module>\n    main()\n  File \"app/calc.py\", line 4, in divide\n    return a / b\nZeroDivisionError: division by zero\n";

    #[test]
    fn reads_a_traceback() {
        let f = parse(TB).unwrap();
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].error_type.as_deref(), Some("ZeroDivisionError"));
        assert_eq!(f[0].message, "division by zero");
        assert_eq!(f[0].file, Some(PathBuf::from("app/calc.py")));
        assert_eq!(f[0].line, Some(4));
        assert_eq!(f[0].frames.len(), 2);
        assert_eq!(f[0].frames[1].function.as_deref(), Some("divide"));
    }

    #[test]
    fn reads_a_syntax_error_block() {
        let out = "  File \"/x/s.py\", line 3\n    def f(:\n          ^\nSyntaxError: invalid syntax\n";
        let f = parse(out).unwrap();
        assert_eq!(f[0].kind, FailureKind::SyntaxError);
        assert_eq!(f[0].file, Some(PathBuf::from("/x/s.py")));
        assert_eq!(f[0].line, Some(3));
    }

    #[test]
    fn chained_tracebacks_are_one_failure() {
        let out = format!(
            "{TB}\nDuring handling of the above exception, another exception occurred:\n\n{}",
            TB.replace("ZeroDivisionError: division by zero", "ValueError: bad")
        );
        let f = parse(&out).unwrap();
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].error_type.as_deref(), Some("ValueError"));
    }

    #[test]
    fn import_errors_are_import_kind() {
        let out = "Traceback (most recent call last):\n  File \"a.py\", line 1, in <module>\n    import nope\nModuleNotFoundError: No module named 'nope'\n";
        assert_eq!(parse(out).unwrap()[0].kind, FailureKind::ImportError);
    }

    #[test]
    fn rejects_other_text() {
        assert!(matches!(parse("hello"), Err(ParseError::NotRecognized { .. })));
    }
}
