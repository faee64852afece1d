//! The service's limits as tower layers: a deadline over queueing and work (504), load
//! shedding when the queue is full (503), a bounded queue in front of a concurrency limit,
//! and the request body limit (413, answered by the handler that reads the body).
use std::time::Duration;

use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::BoxError;

use crate::{ApiError, Config};

/// Turns a layer's error (deadline passed, queue full) into its JSON answer.
pub(crate) fn limit_error(e: BoxError, timeout: Duration) -> ApiError {
    if e.is::<tower::timeout::error::Elapsed>() {
        ApiError::new(
            StatusCode::GATEWAY_TIMEOUT,
            "timeout",
            format!(
                "the request took longer than the server's limit of {:.1} s",
                timeout.as_secs_f64()
            ),
        )
    } else if e.is::<tower::load_shed::error::Overloaded>() {
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "overloaded",
            "the server's queue is full; retry later",
        )
    } else {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            format!("internal error: {e}"),
        )
    }
}

/// The body limit every extractor obeys (axum's own; the handler maps its rejection to 413).
pub(crate) fn body_limit(config: &Config) -> DefaultBodyLimit {
    DefaultBodyLimit::max(config.max_body_bytes)
}
