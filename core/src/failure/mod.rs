//! The failure model and one parser per test runner.
//!
//! Every runner's output ends up as a list of [`Failure`]s, so strategies never care which tool produced them.
//!
//! ```
//! use maestro_test_healer::failure::{parse, Runner};
//! let out = "tests/test_a.py:3: in test_x\n    assert add(1, 2) == 4\nE   assert 3 == 4\n\
//! FAILED tests/test_a.py::test_x - assert 3 == 4\n========= 1 failed in 0.01s =========\n";
//! let failures = parse(out, Some(Runner::Pytest)).unwrap();
//! assert_eq!(failures[0].test_id.as_deref(), Some("tests/test_a.py::test_x"));
//! ```

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

mod detect;
mod eslint;
mod junit;
mod mypy;
mod node_test;
mod pyright;
mod pytest;
mod ruff;
mod traceback;
mod tsc;
mod unittest;
pub(crate) mod util;
mod vitest;

pub use detect::detect_runner;

/// Output larger than this is refused rather than parsed: no runner prints 64 MiB for a handful of failures,
/// and parsing it would only delay a clear error.
pub const MAX_OUTPUT_BYTES: usize = 64 * 1024 * 1024;

/// What went wrong, at the level the strategies dispatch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FailureKind {
    /// A test ran and an assertion (or an unexpected exception) failed it.
    TestFailure,
    /// The test file could not be collected/loaded (not a syntax or import error).
    CollectionError,
    /// The source does not parse.
    SyntaxError,
    /// A module or name could not be imported/resolved.
    ImportError,
    /// A static type error (tsc, mypy, pyright) or a runtime `TypeError` about a call's shape.
    TypeError,
    /// The test or the run exceeded a time limit.
    Timeout,
    /// A linter diagnostic (ruff, eslint); `error_type` is the rule (`F401`, `prefer-const`).
    Lint,
}

/// The tool whose output was parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Runner {
    Pytest,
    Unittest,
    /// A bare Python traceback, e.g. from `python script.py`.
    Traceback,
    Tsc,
    Vitest,
    Jest,
    NodeTest,
    Junit,
    /// The mypy type checker (text or `--output json`).
    Mypy,
    /// The pyright type checker (text or `--outputjson`).
    Pyright,
    /// `ruff check` (full, concise or `--output-format json`).
    Ruff,
    /// eslint (stylish or `-f json`).
    Eslint,
}

impl Runner {
    /// All runners, in detection order.
    pub const ALL: [Runner; 12] = [
        Runner::Junit,
        Runner::Mypy,
        Runner::Pyright,
        Runner::Ruff,
        Runner::Eslint,
        Runner::Tsc,
        Runner::Vitest,
        Runner::Jest,
        Runner::NodeTest,
        Runner::Pytest,
        Runner::Unittest,
        Runner::Traceback,
    ];

    /// The lowercase name used on the command line and in JSON (`pytest`, `node_test`, ...).
    pub fn name(self) -> &'static str {
        match self {
            Runner::Pytest => "pytest",
            Runner::Unittest => "unittest",
            Runner::Traceback => "traceback",
            Runner::Tsc => "tsc",
            Runner::Vitest => "vitest",
            Runner::Jest => "jest",
            Runner::NodeTest => "node_test",
            Runner::Junit => "junit",
            Runner::Mypy => "mypy",
            Runner::Pyright => "pyright",
            Runner::Ruff => "ruff",
            Runner::Eslint => "eslint",
        }
    }

    /// Type checkers and linters: they report diagnostics in files, not tests, and re-run as a whole.
    ///
    /// ```
    /// use maestro_test_healer::failure::Runner;
    /// assert!(Runner::Ruff.is_static_check() && Runner::Tsc.is_static_check());
    /// assert!(!Runner::Pytest.is_static_check());
    /// ```
    pub fn is_static_check(self) -> bool {
        matches!(self, Runner::Tsc | Runner::Mypy | Runner::Pyright | Runner::Ruff | Runner::Eslint)
    }
}

impl std::str::FromStr for Runner {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase().replace('-', "_");
        Runner::ALL
            .into_iter()
            .find(|r| r.name() == wanted || (wanted == "node" && *r == Runner::NodeTest))
            .ok_or_else(|| ParseError::UnknownRunnerName(s.to_string()))
    }
}

/// One stack frame, innermost last (the order Python prints them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Frame {
    pub file: PathBuf,
    pub line: u32,
    pub column: Option<u32>,
    pub function: Option<String>,
}

/// One failing test (or one diagnostic), whatever runner reported it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Failure {
    pub kind: FailureKind,
    /// The runner's own id, usable to re-run just this test (`tests/test_a.py::TestX::test_y`,
    /// `src/cart.test.ts > Cart > adds items`).
    pub test_id: Option<String>,
    /// The file to heal: the test file for test failures, the file with the error for diagnostics.
    pub file: Option<PathBuf>,
    /// 1-based line in `file`.
    pub line: Option<u32>,
    /// 1-based column in `file`.
    pub column: Option<u32>,
    /// `AssertionError`, `ModuleNotFoundError`, `TS2304`, ...
    pub error_type: Option<String>,
    /// The one-line message (`assert 3 == 4`, `Cannot find name 'foo'.`).
    pub message: String,
    /// What the test expected, as the runner printed it.
    pub expected: Option<String>,
    /// What the code produced, as the runner printed it.
    pub actual: Option<String>,
    pub frames: Vec<Frame>,
    pub runner: Runner,
    /// The part of the output that describes this failure.
    pub raw: String,
}

impl Failure {
    /// A failure with only the essentials set; parsers and callers fill in the rest.
    ///
    /// ```
    /// use maestro_test_healer::failure::{Failure, FailureKind, Runner};
    /// let f = Failure::new(FailureKind::TestFailure, Runner::Pytest, "assert 1 == 2");
    /// assert!(f.expected.is_none());
    /// ```
    pub fn new(kind: FailureKind, runner: Runner, message: impl Into<String>) -> Self {
        Failure {
            kind,
            test_id: None,
            file: None,
            line: None,
            column: None,
            error_type: None,
            message: message.into(),
            expected: None,
            actual: None,
            frames: Vec::new(),
            runner,
            raw: String::new(),
        }
    }
}

/// Why output could not be turned into failures.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ParseError {
    #[error("the output is binary data, not test runner output (found a NUL byte at offset {offset})")]
    Binary { offset: usize },
    #[error("the output is not valid UTF-8 (first bad byte at offset {offset}); pass the runner's text output")]
    NotUtf8 { offset: usize },
    #[error("the output is {size} bytes, over the {limit}-byte limit; run only the failing tests")]
    TooLarge { size: usize, limit: usize },
    #[error(
        "could not tell which test runner produced this output; pass the runner explicitly \
         (pytest, unittest, traceback, tsc, vitest, jest, node_test, junit, mypy, pyright, ruff, eslint)"
    )]
    UnknownRunner,
    #[error(
        "unknown runner `{0}`; expected one of pytest, unittest, traceback, tsc, vitest, jest, node_test, junit, \
         mypy, pyright, ruff, eslint"
    )]
    UnknownRunnerName(String),
    #[error("this does not look like {runner} output: {why}")]
    NotRecognized { runner: &'static str, why: String },
    #[error("invalid JUnit XML: {0}")]
    InvalidXml(String),
}

/// Parses raw bytes (as read from a file or a pipe): rejects binary, non-UTF-8 and oversized input with a clear
/// error, then behaves like [`parse`].
pub fn parse_bytes(bytes: &[u8], runner: Option<Runner>) -> Result<Vec<Failure>, ParseError> {
    if bytes.len() > MAX_OUTPUT_BYTES {
        return Err(ParseError::TooLarge { size: bytes.len(), limit: MAX_OUTPUT_BYTES });
    }
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(ParseError::Binary { offset });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| ParseError::NotUtf8 { offset: e.valid_up_to() })?;
    parse(text, runner)
}

/// Parses a runner's output into failures. With `runner: None` the runner is detected from the text.
///
/// A passing run gives an empty list; text that no runner could have printed gives
/// [`ParseError::UnknownRunner`] (or [`ParseError::NotRecognized`] when the runner was named).
pub fn parse(output: &str, runner: Option<Runner>) -> Result<Vec<Failure>, ParseError> {
    if output.len() > MAX_OUTPUT_BYTES {
        return Err(ParseError::TooLarge { size: output.len(), limit: MAX_OUTPUT_BYTES });
    }
    let output = strip_ansi(output);
    let runner = match runner {
        Some(r) => r,
        None => detect_runner(&output).ok_or(ParseError::UnknownRunner)?,
    };
    match runner {
        Runner::Pytest => pytest::parse(&output),
        Runner::Unittest => unittest::parse(&output),
        Runner::Traceback => traceback::parse(&output),
        Runner::Tsc => tsc::parse(&output),
        Runner::Vitest => vitest::parse(&output, Runner::Vitest),
        Runner::Jest => vitest::parse(&output, Runner::Jest),
        Runner::NodeTest => node_test::parse(&output),
        Runner::Junit => junit::parse(&output),
        Runner::Mypy => mypy::parse(&output),
        Runner::Pyright => pyright::parse(&output),
        Runner::Ruff => ruff::parse(&output),
        Runner::Eslint => eslint::parse(&output),
    }
}

/// Removes ANSI color/cursor escapes: runners color their output when they think a terminal is attached.
pub fn strip_ansi(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('\u{1b}') {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\u{1b}' {
            out.push(c);
            continue;
        }
        match chars.peek() {
            Some('[') => {
                chars.next();
                // CSI: parameters then one final byte in @..~
                for c in chars.by_ref() {
                    if ('@'..='~').contains(&c) {
                        break;
                    }
                }
            }
            Some(']') => {
                // OSC: up to BEL or ST
                chars.next();
                while let Some(c) = chars.next() {
                    if c == '\u{7}' {
                        break;
                    }
                    if c == '\u{1b}' && chars.peek() == Some(&'\\') {
                        chars.next();
                        break;
                    }
                }
            }
            Some(_) => {
                chars.next();
            }
            None => {}
        }
    }
    std::borrow::Cow::Owned(out)
}
