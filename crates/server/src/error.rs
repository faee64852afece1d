//! Every failure answers `{"error": {"status", "code", "message", "field"?}}` with its status.
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;

/// A JSON error answer.
#[derive(Debug, Clone, Serialize)]
pub struct ApiError {
    /// HTTP status.
    #[serde(serialize_with = "status_number")]
    pub status: StatusCode,
    /// Stable machine-readable code (`body_too_large`, `invalid_json`, …).
    pub code: &'static str,
    /// What went wrong, for a person.
    pub message: String,
    /// The request field at fault (`documents[2].text`), when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

fn status_number<S: serde::Serializer>(s: &StatusCode, ser: S) -> Result<S::Ok, S::Error> {
    ser.serialize_u16(s.as_u16())
}

impl ApiError {
    /// An error without a field.
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        ApiError {
            status,
            code,
            message: message.into(),
            field: None,
        }
    }

    /// The same, naming the request field at fault.
    pub fn at(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if self.status.is_server_error() {
            tracing::warn!(code = self.code, message = %self.message, "request failed");
        }
        let status = self.status;
        (status, Json(serde_json::json!({ "error": self }))).into_response()
    }
}

impl From<tidings::Error> for ApiError {
    fn from(e: tidings::Error) -> Self {
        use tidings::ErrorKind;
        let (status, code) = match e.kind() {
            ErrorKind::Config => (StatusCode::UNPROCESSABLE_ENTITY, "invalid_option"),
            ErrorKind::Empty => (StatusCode::UNPROCESSABLE_ENTITY, "nothing_to_summarize"),
            ErrorKind::Input => (StatusCode::UNPROCESSABLE_ENTITY, "invalid_document"),
            _ => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
        };
        ApiError::new(status, code, e.to_string())
    }
}

pub(crate) async fn not_found(uri: axum::http::Uri) -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "not_found",
        format!("no such endpoint: {} (see /openapi.json)", uri.path()),
    )
}

pub(crate) async fn method_not_allowed(
    method: axum::http::Method,
    uri: axum::http::Uri,
) -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        format!(
            "{method} is not allowed on {} (see /openapi.json)",
            uri.path()
        ),
    )
}
