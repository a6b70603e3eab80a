//! Jobs: what arrives on the jobs streams (or the embedded queue) and how a stream message becomes one.
//!
//! A stream message has the fields `type` (`start_monitoring`, `stop_monitoring`, `heal`, `validate`),
//! `payload` (a JSON object) and optionally `job_id` (the message id otherwise), `timestamp`.
//!
//! ```
//! use maestro_cars::jobs::Job;
//! let job = Job::parse("stop_monitoring", r#"{"orchestrator_id":"abc"}"#).unwrap();
//! assert_eq!(job.kind(), "stop_monitoring");
//! assert!(Job::parse("explode", "{}").is_err());
//! ```

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::error::ApiError;
use crate::model::{HealBody, StartRequest};

/// `validate`: run the tests, propose fixes and validate them by re-running the failing tests; nothing is
/// written.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ValidateRequest {
    pub project_path: String,
    #[serde(default)]
    pub test_command: Option<Vec<String>>,
    #[serde(default)]
    pub confidence_threshold: Option<f64>,
    /// Keep every fix in test files (fixes of source are only shown).
    #[serde(default)]
    pub tests_only: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct StopPayload {
    orchestrator_id: String,
}

/// One unit of work.
#[derive(Debug, Clone)]
pub enum Job {
    StartMonitoring(StartRequest),
    StopMonitoring { orchestrator_id: String },
    Heal(HealBody),
    Validate(ValidateRequest),
}

/// Why a job did not produce a result.
#[derive(Debug, Clone, thiserror::Error)]
pub enum JobError {
    /// The job itself is wrong (bad payload, path outside the allowed roots): retrying cannot help.
    #[error("{}", .0.message)]
    Rejected(ApiError),
    /// Something failed on the way (a crashed command, a busy project): worth another delivery.
    #[error("{0}")]
    Failed(String),
}

impl From<ApiError> for JobError {
    fn from(e: ApiError) -> Self {
        if e.status.is_client_error() {
            JobError::Rejected(e)
        } else {
            JobError::Failed(e.message)
        }
    }
}

fn rejected(field: Option<&str>, message: String) -> JobError {
    let mut e = ApiError::new(axum::http::StatusCode::UNPROCESSABLE_ENTITY, message);
    e.field = field.map(str::to_string);
    JobError::Rejected(e)
}

/// Through axum's JSON extractor so the error names the field, as the REST answers do.
fn payload<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> Result<T, JobError> {
    let bytes = serde_json::to_vec(&value).map_err(|e| rejected(Some("payload"), e.to_string()))?;
    axum::Json::<T>::from_bytes(&bytes).map(|j| j.0).map_err(|r| {
        let mut e = ApiError::from(r);
        e.message = format!("invalid payload: {}", e.message);
        e.status = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
        JobError::Rejected(e)
    })
}

impl JobError {
    /// The error with the field at fault, for dead letters and results.
    pub fn describe(&self) -> String {
        match self {
            JobError::Rejected(ApiError { field: Some(f), message, .. }) => format!("{f}: {message}"),
            other => other.to_string(),
        }
    }
}

impl Job {
    /// The stream `type` of this job.
    pub fn kind(&self) -> &'static str {
        match self {
            Job::StartMonitoring(_) => "start_monitoring",
            Job::StopMonitoring { .. } => "stop_monitoring",
            Job::Heal(_) => "heal",
            Job::Validate(_) => "validate",
        }
    }

    /// A job from a message's `type` and `payload` fields.
    pub fn parse(kind: &str, payload_text: &str) -> Result<Job, JobError> {
        let value: serde_json::Value = serde_json::from_str(payload_text)
            .map_err(|e| rejected(Some("payload"), format!("payload is not JSON: {e}")))?;
        if !value.is_object() {
            return Err(rejected(Some("payload"), "payload must be a JSON object".into()));
        }
        match kind {
            "start_monitoring" => Ok(Job::StartMonitoring(payload(flatten_config(value))?)),
            "stop_monitoring" => {
                let p: StopPayload = payload(value)?;
                Ok(Job::StopMonitoring { orchestrator_id: p.orchestrator_id })
            }
            "heal" => Ok(Job::Heal(payload(value)?)),
            "validate" => Ok(Job::Validate(payload(value)?)),
            other => Err(rejected(
                Some("type"),
                format!("unknown job type {other:?}; expected start_monitoring, stop_monitoring, heal or validate"),
            )),
        }
    }
}

/// The original service nests settings under `config`: `{"project_path": ..., "config": {"auto_fix": true}}`.
fn flatten_config(mut value: serde_json::Value) -> serde_json::Value {
    if let Some(obj) = value.as_object_mut() {
        if let Some(serde_json::Value::Object(config)) = obj.remove("config") {
            for (k, v) in config {
                obj.entry(k).or_insert(v);
            }
        }
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_accepts_the_nested_config_shape() {
        let job = Job::parse(
            "start_monitoring",
            r#"{"project_path":"/p","config":{"auto_fix":false,"confidence_threshold":0.9}}"#,
        )
        .unwrap();
        let Job::StartMonitoring(req) = job else { panic!("not a start job") };
        assert!(!req.auto_fix);
        assert_eq!(req.confidence_threshold, Some(0.9));
    }

    #[test]
    fn malformed_payloads_are_rejected_not_retried() {
        for (kind, payload) in [("heal", "{not json"), ("heal", "[1]"), ("heal", r#"{"file_path":1}"#), ("x", "{}")] {
            assert!(matches!(Job::parse(kind, payload), Err(JobError::Rejected(_))), "{kind} {payload}");
        }
    }
}
