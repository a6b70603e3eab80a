//! The JSON shapes of the REST API and of job payloads (field names follow the original CARS service).

use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

fn yes() -> bool {
    true
}

/// The kinds of error the monitor watches (the original service's `error_type` values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// A test failed (the orchestrator's `test_command`).
    TestFailure,
    /// The code does not build: syntax and import errors, a compiler (`tsc --noEmit`, `python -m compileall`).
    BuildError,
    /// A type checker's diagnostics: mypy, pyright, tsc.
    TypeError,
    /// A linter's diagnostics: ruff, eslint (fixed by the linter's own safe autofix).
    LintError,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::TestFailure => "test_failure",
            ErrorKind::BuildError => "build_error",
            ErrorKind::TypeError => "type_error",
            ErrorKind::LintError => "lint_error",
        }
    }
}

/// A command the monitor runs besides the tests, and the kind of error it reports:
/// `{"error_type": "lint_error", "command": ["ruff", "check", "--output-format", "json", "."]}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Check {
    pub error_type: ErrorKind,
    /// argv; must be in `CARS_TEST_COMMANDS` or among the project's own checks in `.maestro/cars.json`.
    pub command: Vec<String>,
}

/// `POST /api/automation/start`.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StartRequest {
    /// Absolute path of the project; must lie under `CARS_ALLOWED_ROOTS`.
    pub project_path: String,
    /// Apply validated fixes at or above the threshold (unless `require_approval`).
    #[serde(default = "yes")]
    pub auto_fix: bool,
    /// Hold validated fixes until `POST /api/automation/approve`.
    #[serde(default)]
    pub require_approval: bool,
    /// Default: `DEFAULT_CONFIDENCE_THRESHOLD`.
    #[serde(default)]
    pub confidence_threshold: Option<f64>,
    /// Commit applied fixes on a branch `maestro/heal-<id>` (the working tree and current branch are untouched).
    #[serde(default)]
    pub auto_commit: bool,
    /// Not supported: opening pull requests needs a forge API; `true` is refused.
    #[serde(default)]
    pub create_pr: bool,
    /// Default: `MAX_CONCURRENT_REPAIRS`.
    #[serde(default)]
    pub max_concurrent_repairs: Option<usize>,
    /// The test command as argv; default `python -m pytest -q`, or `npx vitest run` when package.json exists.
    #[serde(default)]
    pub test_command: Option<Vec<String>>,
    /// Optional `http://` webhook for this orchestrator's events (in addition to `CARS_WEBHOOK_URL`).
    #[serde(default)]
    pub webhook_url: Option<String>,
    /// What else to watch besides the tests: type checkers, linters, builds, each run after the tests in every
    /// cycle. Default: the `checks` of the project's own `.maestro/cars.json`, else none.
    #[serde(default)]
    pub checks: Option<Vec<Check>>,
    /// Keep every fix in test files: fixes of the project's source (syntax, imports) are only proposed, never
    /// applied (the CLI's `--tests-only`).
    #[serde(default)]
    pub tests_only: bool,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct StartResponse {
    pub success: bool,
    pub orchestrator_id: String,
    pub message: String,
}

/// `?orchestrator_id=...`.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OrchestratorQuery {
    pub orchestrator_id: String,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct MessageResponse {
    pub success: bool,
    pub message: String,
}

/// Counters of one orchestrator.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
pub struct OrchestratorStatistics {
    pub total_errors_detected: u64,
    pub total_repairs_attempted: u64,
    pub successful_repairs: u64,
    pub failed_repairs: u64,
    pub pending_approvals: u64,
    /// Like `"89.3%"`; `"n/a"` before the first attempt.
    pub success_rate: String,
}

/// The last test run of an orchestrator.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct CycleSummary {
    pub timestamp: String,
    /// What started it: `start`, `file_change`, `interval`, `approval`.
    pub trigger: String,
    pub passed_before: bool,
    pub failures_before: usize,
    pub passed_after: bool,
    pub failures_after: usize,
    pub applied: usize,
    pub duration_seconds: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// `GET /api/automation/status`.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct StatusResponse {
    pub orchestrator_id: String,
    pub is_running: bool,
    pub project_path: String,
    pub active_repairs: usize,
    pub queue_size: usize,
    pub config: crate::store::OrchestratorConfig,
    pub statistics: OrchestratorStatistics,
    pub last_run: Option<CycleSummary>,
    /// Redis mode: the process (`CARS_CONSUMER_NAME`) running it, while one holds its lease.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
}

/// `GET /api/automation/history`: newest first.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct HistoryQuery {
    pub orchestrator_id: Option<String>,
    /// 1..=1000, default 50.
    pub limit: Option<usize>,
    #[serde(default)]
    pub offset: usize,
    /// Only records with this status.
    pub status: Option<String>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct HistoryResponse {
    pub repairs: Vec<crate::store::RepairRecord>,
    pub total_count: usize,
    pub limit: usize,
    pub offset: usize,
}

/// `GET /api/automation/statistics`.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct StatisticsResponse {
    pub active_orchestrators: usize,
    pub total_jobs_processed: u64,
    pub total_errors_detected: u64,
    pub successful_repairs: u64,
    pub failed_repairs: u64,
    pub pending_approvals: u64,
    /// Percent of attempted repairs that succeeded (0 before the first).
    pub success_rate: f64,
}

/// What the failure looked like.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ErrorDetails {
    pub error_message: String,
    #[serde(default)]
    pub stack_trace: Option<String>,
    #[serde(default)]
    pub line_number: Option<u32>,
}

/// `POST /api/automation/heal`: one failure.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct HealBody {
    /// `test_failure`, `SyntaxError`, `TS2322`, ...
    #[serde(default)]
    pub error_type: Option<String>,
    /// Relative to `project_path` (or a bare name when `source` is given without a project).
    pub file_path: String,
    /// The project to read `file_path` from; must lie under `CARS_ALLOWED_ROOTS`. Needed unless `source` is given.
    #[serde(default)]
    pub project_path: Option<String>,
    /// The file's text; read from the project when absent.
    #[serde(default)]
    pub source: Option<String>,
    pub error_details: ErrorDetails,
    /// Keep every fix in test files: a fix of the project's source comes back as `display_only` (the CLI's
    /// `--tests-only`).
    #[serde(default)]
    pub tests_only: bool,
}

/// One proposed fix.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct FixView {
    pub strategy: String,
    pub confidence: f64,
    /// `display_only`, `unsafe` (may change what the test checks), `safe`.
    pub applicability: String,
    pub title: String,
    pub rationale: String,
    pub diff: String,
    pub healed_code: String,
    /// `test` when the fix edits test files only, `source` when it edits the project's own code; absent for
    /// advice without edits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub touches: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct HealResponse {
    /// Whether at least one fix was proposed.
    pub success: bool,
    pub healing_id: String,
    /// The best fix's confidence (0 when none).
    pub confidence_score: f64,
    pub strategy: Option<String>,
    pub healed_code: Option<String>,
    pub diff: Option<String>,
    pub fixes: Vec<FixView>,
    /// Seconds.
    pub execution_time: f64,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct OrchestratorSummary {
    pub orchestrator_id: String,
    pub project_path: String,
    pub is_running: bool,
    pub active_repairs: usize,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ActiveOrchestratorsResponse {
    pub orchestrators: Vec<OrchestratorSummary>,
    pub total_count: usize,
}

/// `POST /api/automation/approve` and `/reject`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DecisionRequest {
    pub repair_id: String,
    #[serde(default)]
    pub reason: Option<String>,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct DecisionResponse {
    pub success: bool,
    pub repair_id: String,
    pub status: String,
    pub message: String,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct HealthResponse {
    /// `healthy`, or `degraded` (answered with 503) while Redis is unreachable.
    pub status: String,
    pub service: String,
    pub version: String,
    pub message_handler_running: bool,
    /// `embedded` or `redis`.
    pub mode: String,
    /// Why the service is degraded, while it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}
