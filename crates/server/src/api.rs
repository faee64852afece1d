//! The JSON endpoints: summarize, methods, health, and the bundled example cluster.
use std::collections::HashSet;
use std::panic::AssertUnwindSafe;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::json;
use tidings::{Budget, Cluster, Options, Reports};
use tidings_ingest::DocumentInput;

use crate::{ApiError, Config};

/// What every handler shares.
#[derive(Clone)]
pub(crate) struct State {
    max_documents: usize,
    max_body_bytes: usize,
}

impl State {
    pub(crate) fn new(config: &Config) -> Self {
        State {
            max_documents: config.max_documents,
            max_body_bytes: config.max_body_bytes,
        }
    }
}

/// `POST /v1/summarize`: the fields of `tidings summarize` as JSON.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SummarizeRequest {
    /// The cluster's name in the answer.
    #[serde(default)]
    id: Option<String>,
    documents: Vec<DocumentInput>,
    #[serde(default)]
    words: Option<usize>,
    #[serde(default)]
    sentences: Option<usize>,
    #[serde(default)]
    bytes: Option<usize>,
    #[serde(default)]
    allow_overflow: bool,
    #[serde(default)]
    method: Option<String>,
    #[serde(default = "yes")]
    disagreements: bool,
    #[serde(default = "yes")]
    quotes: bool,
    #[serde(default = "yes")]
    timeline: bool,
    /// Adds each document's text (what the offsets index) to `documents` in the answer.
    #[serde(default)]
    include_text: bool,
}

fn yes() -> bool {
    true
}

pub(crate) async fn summarize(
    axum::extract::State(state): axum::extract::State<State>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let body = body.map_err(|e| body_error(e, state.max_body_bytes))?;
    let started = std::time::Instant::now();
    // Parsing, summarizing and writing the JSON all run on one pool thread: what a request
    // allocates is freed by the thread that allocated it, and the text stays in its cache.
    let (json, documents) = run_on_pool(move || {
        let request = parse(&body)?;
        let (cluster, options, include_text) = prepare(request, &state)?;
        let mut summary = tidings::summarize(&cluster, &options)?;
        if include_text {
            for (info, doc) in summary.documents.iter_mut().zip(&cluster.documents) {
                info.text = Some(doc.text.clone());
            }
        }
        let json = serde_json::to_vec(&summary).map_err(|e| {
            ApiError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                format!("the summary could not be written as JSON: {e}"),
            )
        })?;
        Ok::<_, ApiError>((json, summary.documents.len()))
    })
    .await??;
    tracing::debug!(
        documents,
        micros = started.elapsed().as_micros() as u64,
        "summarized"
    );
    Ok((
        [(
            axum::http::header::CONTENT_TYPE,
            axum::http::HeaderValue::from_static("application/json"),
        )],
        json,
    )
        .into_response())
}

fn body_error(e: BytesRejection, limit: usize) -> ApiError {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "body_too_large",
            format!("the request body is over the server's limit of {limit} bytes"),
        )
    } else {
        ApiError::new(e.status(), "unreadable_body", e.body_text())
    }
}

/// Parses the body, naming the field at fault (`documents[1].text`) when a type is wrong.
fn parse(body: &[u8]) -> Result<SummarizeRequest, ApiError> {
    let mut de = serde_json::Deserializer::from_slice(body);
    let request: SummarizeRequest = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let bad = |code, message: String| ApiError::new(StatusCode::BAD_REQUEST, code, message);
        if inner.is_data() {
            let field = if path == "." {
                missing_or_unknown(&inner.to_string()).unwrap_or_default()
            } else {
                path
            };
            let error = bad("invalid_field", format!("{field}: {inner}"));
            if field.is_empty() {
                error
            } else {
                error.at(field)
            }
        } else {
            bad(
                "invalid_json",
                format!("the body is not valid JSON: {inner}"),
            )
        }
    })?;
    de.end().map_err(|e| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "invalid_json",
            format!("the body is not valid JSON: {e}"),
        )
    })?;
    Ok(request)
}

/// serde names a missing or unknown top-level field only inside its message.
fn missing_or_unknown(message: &str) -> Option<String> {
    let start = message.find('`')? + 1;
    let end = start + message[start..].find('`')?;
    Some(message[start..end].to_string())
}

fn unprocessable(field: &str, code: &'static str, message: String) -> ApiError {
    ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, code, message).at(field)
}

fn prepare(r: SummarizeRequest, state: &State) -> Result<(Cluster, Options, bool), ApiError> {
    if r.documents.is_empty() {
        return Err(unprocessable(
            "documents",
            "no_documents",
            "no documents: give at least one {\"text\"} or {\"html\"}".into(),
        ));
    }
    if r.documents.len() > state.max_documents {
        return Err(unprocessable(
            "documents",
            "too_many_documents",
            format!(
                "{} documents, over the server's limit of {}",
                r.documents.len(),
                state.max_documents
            ),
        ));
    }
    let mut budget = Budget::from_lengths(r.words, r.sentences, r.bytes).map_err(|e| {
        // The field at fault: the second length given.
        let field = [
            ("words", r.words),
            ("sentences", r.sentences),
            ("bytes", r.bytes),
        ]
        .into_iter()
        .filter(|(_, v)| v.is_some())
        .nth(1)
        .map_or("words", |(k, _)| k);
        unprocessable(field, "conflicting_budget", e.to_string())
    })?;
    budget.allow_overflow = r.allow_overflow;
    let mut documents = Vec::with_capacity(r.documents.len());
    let mut ids = HashSet::new();
    for (i, d) in r.documents.into_iter().enumerate() {
        let field = format!("documents[{i}]");
        let doc = d
            .into_document(i, &field)
            .map_err(|e| unprocessable(&field, "invalid_document", e.to_string()))?;
        if !ids.insert(doc.id.clone()) {
            return Err(unprocessable(
                &format!("{field}.id"),
                "duplicate_id",
                format!(
                    "{field}: id {:?} is used twice; provenance needs distinct ids",
                    doc.id
                ),
            ));
        }
        documents.push(doc);
    }
    let cluster = Cluster {
        id: r.id.unwrap_or_else(|| "request".into()),
        documents,
    };
    let options = Options {
        budget,
        method: r.method.unwrap_or_else(|| "default".into()),
        reports: Reports {
            disagreements: r.disagreements,
            quotes: r.quotes,
            timeline: r.timeline,
        },
    };
    Ok((cluster, options, r.include_text))
}

/// Runs CPU-bound work on rayon's pool (one thread per core), off the async workers. Work
/// whose request has already gone (deadline passed) is skipped; a panic becomes a 500.
async fn run_on_pool<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, ApiError> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    rayon::spawn(move || {
        if tx.is_closed() {
            return;
        }
        let _ = tx.send(std::panic::catch_unwind(AssertUnwindSafe(work)));
    });
    let internal = |m: &str| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", m);
    match rx.await {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(_)) => Err(internal(
            "internal error while summarizing (a bug: please report it)",
        )),
        Err(_) => Err(internal("the worker stopped before answering")),
    }
}

/// Summarizes the bundled example once, so lazily built rule sets are ready.
pub(crate) fn warm_up() {
    let cluster = Cluster {
        id: "warm-up".into(),
        documents: crate::page::EXAMPLE
            .iter()
            .map(|(id, text)| tidings::Document::new(*id, *text))
            .collect(),
    };
    let _ = tidings::summarize(&cluster, &Options::default());
}

pub(crate) async fn healthz() -> Json<serde_json::Value> {
    Json(json!({ "status": "ok", "version": env!("CARGO_PKG_VERSION") }))
}

pub(crate) async fn methods() -> Json<serde_json::Value> {
    Json(json!({ "default": "default", "methods": tidings::METHODS }))
}

/// The bundled example (`examples/geneva-talks`) as a ready request body.
pub(crate) async fn example() -> Json<serde_json::Value> {
    let documents: Vec<_> = crate::page::EXAMPLE
        .iter()
        .map(|(id, text)| json!({ "id": id, "text": text }))
        .collect();
    Json(json!({ "id": "geneva-talks", "documents": documents }))
}
