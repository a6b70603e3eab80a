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
        let field = field_in(&text).or_else(|| {
            let detail = text.split_once("target type: ")?.1;
            let (path, _) = detail.split_once(": ")?;
            (!path.contains(' ')).then(|| path.to_string())
        });
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
}
