//! The web page and its assets, compiled into the binary: no CDN, works offline.
use axum::extract::Path;
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};

use crate::ApiError;

const INDEX: &str = include_str!("../assets/index.html");
const ASSETS: &[(&str, &str, &str)] = &[
    (
        "app.js",
        "text/javascript; charset=utf-8",
        include_str!("../assets/app.js"),
    ),
    (
        "style.css",
        "text/css; charset=utf-8",
        include_str!("../assets/style.css"),
    ),
];
const OPENAPI: &str = include_str!("../assets/openapi.json");

/// The bundled example cluster: (document id, text), as `tidings summarize` reads the folder.
pub(crate) const EXAMPLE: &[(&str, &str)] = &[
    (
        "000_4ccb5f400e2ed980.txt",
        include_str!("../../../examples/geneva-talks/000_4ccb5f400e2ed980.txt"),
    ),
    (
        "001_8727647b336066ac.txt",
        include_str!("../../../examples/geneva-talks/001_8727647b336066ac.txt"),
    ),
    (
        "002_5a9d0b6956a98853.txt",
        include_str!("../../../examples/geneva-talks/002_5a9d0b6956a98853.txt"),
    ),
    (
        "003_ace8d39c98de5f89.txt",
        include_str!("../../../examples/geneva-talks/003_ace8d39c98de5f89.txt"),
    ),
    (
        "004_83fae2bbef3ffe03.txt",
        include_str!("../../../examples/geneva-talks/004_83fae2bbef3ffe03.txt"),
    ),
];

pub(crate) async fn index() -> Html<&'static str> {
    Html(INDEX)
}

pub(crate) async fn asset(Path(name): Path<String>) -> Response {
    match ASSETS.iter().find(|(n, _, _)| *n == name) {
        Some((_, mime, body)) => ([(header::CONTENT_TYPE, *mime)], *body).into_response(),
        None => ApiError::new(
            StatusCode::NOT_FOUND,
            "not_found",
            format!("no asset {name:?}"),
        )
        .into_response(),
    }
}

pub(crate) async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}
