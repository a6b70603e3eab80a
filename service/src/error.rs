//! API errors: a status, a message, and the request field at fault, as a JSON body.
//!
//! ```
//! let e = maestro_cars::ApiError::field("confidence_threshold", "must lie in 0..=1");
//! assert_eq!(e.status, axum::http::StatusCode::UNPROCESSABLE_ENTITY);
//! ```

use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;
use utoipa::ToSchema;

/// An error answer.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: String,
    pub field: Option<String>,
}

/// The JSON body of every error answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    pub success: bool,
    pub error: String,
    /// The request field at fault, when one is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl ApiError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> Self {
        ApiError { status, message: message.into(), field: None }
    }

    /// A request field with a bad value (422).
    pub fn field(field: &str, message: impl Into<String>) -> Self {
        ApiError { status: StatusCode::UNPROCESSABLE_ENTITY, message: message.into(), field: Some(field.into()) }
    }

    /// The same error with another status code (an invalid code keeps the old one).
    pub fn with_status(mut self, code: u16) -> Self {
        self.status = StatusCode::from_u16(code).unwrap_or(self.status);
        self
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        ApiError::new(StatusCode::NOT_FOUND, message)
    }

    pub fn internal(message: impl Into<String>) -> Self {
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorBody { success: false, error: self.message, field: self.field };
        (self.status, Json(body)).into_response()
    }
}

/// serde names the field in backticks: "missing field `project_path`", "unknown field `x`, expected ...".
fn field_in(message: &str) -> Option<String> {
    let start = message.find('`')? + 1;
    let len = message[start..].find('`')?;
    Some(message[start..start + len].to_string())
}

/// The field a JSON body error is about: the path serde puts before the colon ("auto_fix: invalid type"), joined
/// with the name a missing or unknown field message quotes. Backticks elsewhere quote the *value*
/// ("invalid value: integer `-1`"), which is never the field.
fn json_field(text: &str) -> Option<String> {
    let detail = text.split_once("target type: ").map_or(text, |(_, d)| d);
    let path = detail.split_once(": ").map(|(p, _)| p).filter(|p| !p.contains(' ') && !p.is_empty());
    let rest = path.map_or(detail, |p| &detail[p.len() + 2..]);
    let named =
        (rest.starts_with("missing field") || rest.starts_with("unknown field")).then(|| field_in(rest)).flatten();
    match (path, named) {
        // An unknown field is already the last segment of the path.
        (Some(p), Some(n)) if p.rsplit('.').next() == Some(n.as_str()) => Some(p.to_string()),
        (Some(p), Some(n)) => Some(format!("{p}.{n}")),
        (Some(p), None) => Some(p.to_string()),
        (None, n) => n,
    }
}

impl From<JsonRejection> for ApiError {
    fn from(r: JsonRejection) -> Self {
        let text = r.body_text();
        let status = match &r {
            JsonRejection::JsonDataError(_) => StatusCode::UNPROCESSABLE_ENTITY,
            JsonRejection::BytesRejection(_) => r.status(),
            _ => StatusCode::BAD_REQUEST,
        };
        // "Failed to deserialize the JSON body into the target type: auto_fix: invalid type: ..." names the path
        // before the colon.
        let field = json_field(&text);
        ApiError { status, message: text, field }
    }
}

impl From<QueryRejection> for ApiError {
    fn from(r: QueryRejection) -> Self {
        let text = r.body_text();
        ApiError { status: StatusCode::BAD_REQUEST, field: field_in(&text), message: text }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_field_serde_names() {
        assert_eq!(field_in("missing field `project_path` at line 1").as_deref(), Some("project_path"));
        assert_eq!(field_in("no field here"), None);
    }

    #[test]
    fn a_json_error_names_the_field_not_the_value() {
        let t = "Failed to deserialize the JSON body into the target type: ";
        let cases = [
            ("max_concurrent_repairs: invalid value: integer `-1`, expected usize at line 1", "max_concurrent_repairs"),
            ("auto_fix: invalid type: string \"yes\", expected a boolean", "auto_fix"),
            ("missing field `project_path` at line 1 column 2", "project_path"),
            ("unknown field `surprise`, expected one of `a`", "surprise"),
            ("surprise: unknown field `surprise`, expected one of `a`", "surprise"),
            ("error_details: missing field `error_message` at line 1", "error_details.error_message"),
        ];
        for (detail, field) in cases {
            assert_eq!(json_field(&format!("{t}{detail}")).as_deref(), Some(field), "{detail}");
        }
    }
}
