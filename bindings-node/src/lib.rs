//! Node.js bindings for maestro-test-healer: thin napi-rs wrappers over the core crate, no healing logic.
//!
//! Errors are thrown with a message prefixed by a code (`E_PARSE: ...`); the package's `healer.js` moves that
//! prefix into the error's `code` property. `run()` runs on the libuv thread pool (an `AsyncTask`).

use std::path::PathBuf;
use std::time::Duration;

use maestro_test_healer::failure::{self, Runner};
use maestro_test_healer::heal::{heal_one_with, HealRequest};
use maestro_test_healer::patterns::{self, PatternKey};
use maestro_test_healer::runner::session::{heal_run, RunOptions, RunReport};
use napi::bindgen_prelude::*;
use napi_derive::napi;
use serde::de::DeserializeOwned;
use serde::Deserialize;

fn coded(code: &str, message: impl std::fmt::Display) -> Error {
    Error::new(Status::GenericFailure, format!("{code}: {message}"))
}

/// Converts a core value to its JS shape through serde (the JS structs mirror the core's JSON).
fn convert<T: serde::Serialize, U: DeserializeOwned>(value: &T) -> Result<U> {
    let json = serde_json::to_value(value).map_err(|e| coded("E_INTERNAL", e))?;
    serde_json::from_value(json).map_err(|e| coded("E_INTERNAL", e))
}

fn runner_of(name: Option<&str>) -> Result<Option<Runner>> {
    name.map(|n| n.parse::<Runner>().map_err(|e| coded("E_PARSE", e))).transpose()
}

/// Options of `new TestHealer(...)`.
#[napi(object)]
pub struct HealerOptions {
    /// Confidence at or above which validated fixes are applied (default 0.75).
    pub threshold: Option<f64>,
    /// The project root (default: the current directory).
    pub project: Option<String>,
}

/// One failure described by hand.
#[napi(object)]
pub struct HealInput {
    /// The file to heal, relative to the project root.
    pub file_path: String,
    pub error_message: String,
    pub error_type: Option<String>,
    pub line_number: Option<u32>,
    pub stack_trace: Option<String>,
    /// The file's text; read from disk when absent.
    pub source: Option<String>,
    /// Keep fixes to test files: a fix of the project's source is only shown (`display_only`). Default false.
    pub tests_only: Option<bool>,
}

/// Options of `run()`.
#[napi(object)]
pub struct RunInput {
    /// Write validated fixes at or above the threshold (default false: report only).
    pub apply: Option<bool>,
    /// Kill the command after this many seconds (default 600).
    pub timeout: Option<f64>,
    /// Force a runner (`pytest`, `vitest`, `node_test`, `tsc`, ...) instead of detecting it.
    pub runner: Option<String>,
    /// Keep fixes to test files (`--tests-only`): source fixes are only shown, never written. Default false.
    pub tests_only: Option<bool>,
}

#[napi(object)]
#[derive(Deserialize)]
pub struct Frame {
    pub file: String,
    pub line: u32,
    pub column: Option<u32>,
    pub function: Option<String>,
}

/// One failing test or diagnostic.
#[napi(object)]
#[derive(Deserialize)]
pub struct Failure {
    /// `test_failure`, `syntax_error`, `import_error`, `type_error`, `timeout`, ...
    pub kind: String,
    pub test_id: Option<String>,
    pub file: Option<String>,
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub error_type: Option<String>,
    pub message: String,
    pub expected: Option<String>,
    pub actual: Option<String>,
    pub frames: Vec<Frame>,
    pub runner: String,
    pub raw: String,
}

#[napi(object)]
#[derive(Deserialize)]
pub struct ByteRange {
    pub start: u32,
    pub end: u32,
}

#[napi(object)]
#[derive(Deserialize)]
pub struct Edit {
    pub path: String,
    pub range: ByteRange,
    pub replacement: String,
}

/// A proposed fix. `validated`, `applied` and `decision` are set only by `run()`.
#[napi(object)]
#[derive(Deserialize)]
pub struct Fix {
    /// `syntax_repair`, `assertion_update`, `dependency_fix`, ...
    pub strategy: String,
    pub confidence: f64,
    /// `safe`, `unsafe` or `display_only`.
    pub applicability: String,
    pub title: String,
    pub rationale: String,
    pub diff: String,
    /// The whole healed text of the file.
    pub healed_code: String,
    pub edits: Vec<Edit>,
    /// `test` or `source`: the kind of file the fix edits; absent for advice.
    pub touches: Option<String>,
    /// What `recordOutcome` counts the verdict against.
    pub pattern: Option<FixPattern>,
    pub validated: Option<bool>,
    pub applied: Option<bool>,
    pub decision: Option<String>,
}

/// A fix's pattern: the normalised failure signature, the strategy and the fix's shape.
#[napi(object)]
#[derive(Deserialize, serde::Serialize)]
pub struct FixPattern {
    pub signature: String,
    pub strategy: String,
    pub shape: String,
}

#[napi(object)]
#[derive(Deserialize)]
pub struct HealResult {
    pub failure: Failure,
    pub fixes: Vec<Fix>,
}

#[napi(object)]
#[derive(Deserialize)]
pub struct RunSummary {
    pub command: String,
    pub exit_code: Option<i32>,
    pub passed: bool,
    pub failures: u32,
    pub duration_ms: f64,
    pub timed_out: bool,
}

#[napi(object)]
#[derive(Deserialize)]
pub struct HealReport {
    pub project: String,
    pub runner: Option<String>,
    pub apply: bool,
    pub threshold: f64,
    pub initial: RunSummary,
    pub failures: Vec<HealResult>,
    pub applied: u32,
    pub changed_files: Vec<String>,
    #[napi(js_name = "final")]
    #[serde(rename = "final")]
    pub final_run: RunSummary,
    /// 0 when the command passes at the end, 1 when failures remain.
    pub exit_code: i32,
}

/// Parses a test runner's output (text or bytes) into failures; `runner` forces one instead of detecting.
// Typed as Uint8Array (healer.js turns one into a Buffer) so the typings need no @types/node.
#[napi(ts_args_type = "output: string | Uint8Array, runner?: string | undefined | null")]
pub fn parse_failures(output: Either<String, Buffer>, runner: Option<String>) -> Result<Vec<Failure>> {
    let runner = runner_of(runner.as_deref())?;
    let failures = match &output {
        Either::A(text) => failure::parse(text, runner),
        Either::B(bytes) => failure::parse_bytes(bytes, runner),
    }
    .map_err(|e| coded("E_PARSE", e))?;
    convert(&failures)
}

/// Heals tests in one project: `heal()` proposes fixes for one failure, `run()` runs the whole loop.
#[napi]
pub struct TestHealer {
    threshold: f64,
    project: PathBuf,
}

#[napi]
impl TestHealer {
    #[napi(constructor)]
    pub fn new(options: Option<HealerOptions>) -> Result<Self> {
        let threshold = options.as_ref().and_then(|o| o.threshold).unwrap_or(0.75);
        if !(0.0..=1.0).contains(&threshold) {
            return Err(coded("E_INVALID", format!("threshold {threshold} is outside 0..=1")));
        }
        let project = PathBuf::from(options.and_then(|o| o.project).unwrap_or_else(|| ".".into()));
        if !project.is_dir() {
            return Err(coded("E_INVALID", format!("project folder {} does not exist", project.display())));
        }
        Ok(TestHealer { threshold, project })
    }

    #[napi(getter)]
    pub fn threshold(&self) -> f64 {
        self.threshold
    }

    #[napi(getter)]
    pub fn project(&self) -> String {
        self.project.display().to_string()
    }

    /// Proposes fixes for one failure, best first, without running or writing anything.
    #[napi]
    pub fn heal(&self, input: HealInput) -> Result<HealResult> {
        let req = HealRequest {
            file_path: input.file_path.into(),
            source: input.source,
            error_message: input.error_message,
            error_type: input.error_type,
            line_number: input.line_number,
            stack_trace: input.stack_trace,
        };
        let tests_only = input.tests_only.unwrap_or(false);
        let result = heal_one_with(&req, &self.project, tests_only).map_err(|e| coded("E_HEAL", e))?;
        convert(&result)
    }

    /// Runs `command` (an argv array) in the project, heals its failures, validates each fix by re-running the
    /// failing tests, and with `apply: true` keeps validated fixes at or above the threshold.
    #[napi(ts_return_type = "Promise<HealReport>")]
    pub fn run(&self, command: Vec<String>, options: Option<RunInput>) -> Result<AsyncTask<RunTask>> {
        if command.is_empty() {
            return Err(coded(
                "E_INVALID",
                "the command is empty; pass an argv array such as ['npx', 'vitest', 'run']",
            ));
        }
        let mut opts = RunOptions::new(self.project.clone(), command);
        opts.threshold = self.threshold;
        if let Some(o) = options {
            opts.apply = o.apply.unwrap_or(false);
            opts.runner = runner_of(o.runner.as_deref())?;
            opts.tests_only = o.tests_only.unwrap_or(false);
            if let Some(t) = o.timeout {
                if !(t.is_finite() && t > 0.0) {
                    return Err(coded("E_INVALID", format!("timeout {t} must be a positive number of seconds")));
                }
                opts.timeout = Duration::from_secs_f64(t);
            }
        }
        Ok(AsyncTask::new(RunTask { opts }))
    }

    /// Counts the user's verdict on a fix from `heal()` or `run()` in the project's `.maestro/patterns.json`:
    /// later fixes of the same pattern score higher after acceptances and lower after rejections. Throws
    /// `E_INVALID` for a fix without a pattern, `E_STORE` when the store cannot be read or written.
    #[napi]
    pub fn record_outcome(&self, fix: Fix, accepted: bool) -> Result<()> {
        let pattern = fix
            .pattern
            .ok_or_else(|| coded("E_INVALID", "this fix carries no pattern; pass a fix returned by heal() or run()"))?;
        let key: PatternKey = serde_json::to_value(&pattern)
            .and_then(serde_json::from_value)
            .map_err(|e| coded("E_INVALID", format!("invalid fix pattern: {e}")))?;
        patterns::record(&self.project, &key, accepted).map_err(|e| coded("E_STORE", e))
    }
}

pub struct RunTask {
    opts: RunOptions,
}

impl Task for RunTask {
    type Output = RunReport;
    type JsValue = HealReport;

    fn compute(&mut self) -> Result<Self::Output> {
        heal_run(&self.opts, &mut |_event| {}).map_err(|e| coded("E_RUN", e))
    }

    fn resolve(&mut self, _env: Env, report: Self::Output) -> Result<Self::JsValue> {
        convert(&report)
    }
}
