//! `tidings serve`: the tidings library behind an HTTP API and a web page.
//!
//! One engine: `POST /v1/summarize` calls [`tidings::summarize`] and answers with the same
//! JSON object as `tidings summarize --format json`. The limits (body size, number of
//! documents, time per request, concurrency with a bounded queue) are tower layers and
//! answer with a JSON error and the right status. The page at `/` and its assets are
//! compiled into the binary.
//!
//! ```no_run
//! # async fn run() -> std::io::Result<()> {
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
//! tidings_server::serve(listener, tidings_server::Config::default(), std::future::pending()).await
//! # }
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod api;
mod error;
mod limits;
mod page;

use std::future::Future;
use std::time::Duration;

use axum::error_handling::HandleErrorLayer;
use axum::routing::{get, post};
use axum::{BoxError, Router};
use tower::ServiceBuilder;
use tower_http::trace::{DefaultMakeSpan, DefaultOnResponse, TraceLayer};
use tracing::Level;

pub use error::ApiError;

/// Limits of the service; every one has a command-line flag in `tidings serve`.
#[derive(Debug, Clone)]
pub struct Config {
    /// Largest request body in bytes (larger: 413).
    pub max_body_bytes: usize,
    /// Most documents in one request (more: 422).
    pub max_documents: usize,
    /// Time allowed for one request, queueing included (longer: 504).
    pub timeout: Duration,
    /// Requests handed to the summarizing pool (one thread per core) at once; further
    /// requests wait in the queue. Two per core by default: a pool thread that finishes one
    /// summary starts the next at once instead of idling while the answer is sent and the
    /// queue hands on a request (measured: +5 % throughput at concurrency 32).
    pub max_concurrent: usize,
    /// Requests that may wait for a free slot (more: 503 at once).
    pub queue: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            max_body_bytes: 10 * 1024 * 1024,
            max_documents: 1_000,
            timeout: Duration::from_secs(10),
            max_concurrent: 2 * std::thread::available_parallelism().map_or(2, |n| n.get()),
            queue: 1_024,
        }
    }
}

/// The whole service as an axum router (what the tests drive without a socket). Call it
/// inside a Tokio runtime: the request queue's worker is spawned here.
pub fn router(config: Config) -> Router {
    // Deadline (queueing included) → shed when the queue is full → bounded queue → at most
    // `max_concurrent` summaries at once. Only summarizing queues: /healthz stays instant.
    let timeout = config.timeout;
    let summarize = post(api::summarize).route_layer(
        ServiceBuilder::new()
            .layer(HandleErrorLayer::new(move |e: BoxError| async move {
                limits::limit_error(e, timeout)
            }))
            .timeout(timeout)
            .load_shed()
            .buffer(config.queue.max(1))
            .concurrency_limit(config.max_concurrent.max(1)),
    );
    Router::new()
        .route("/", get(page::index))
        .route("/assets/{name}", get(page::asset))
        .route("/healthz", get(api::healthz))
        .route("/openapi.json", get(page::openapi))
        .route("/v1/methods", get(api::methods))
        .route("/v1/example", get(api::example))
        .route("/v1/summarize", summarize)
        .fallback(error::not_found)
        .method_not_allowed_fallback(error::method_not_allowed)
        .with_state(api::State::new(&config))
        .layer(limits::body_limit(&config))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(DefaultMakeSpan::new().level(Level::INFO))
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
}

/// Serves until `shutdown` completes, then lets in-flight requests finish.
pub async fn serve(
    listener: tokio::net::TcpListener,
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    // The first summary compiles the rule sets (tens of ms); pay that before the first user.
    let _ = tokio::task::spawn_blocking(api::warm_up).await;
    axum::serve(listener, router(config))
        .with_graceful_shutdown(shutdown)
        .await
}

/// Completes on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}

/// Structured request logs on stderr: `text` (key=value) or `json` (one object per line);
/// `RUST_LOG` overrides the level.
pub fn init_logging(json: bool) {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("tidings_server=info,tower_http=info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = if json {
        builder.json().try_init()
    } else {
        builder.with_ansi(false).try_init()
    };
}
