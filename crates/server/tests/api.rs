//! The API against the router itself (no socket): answers, every limit and error case, and
//! the OpenAPI description against real answers. Equality with the CLI's JSON is tested in
//! the cli crate (it needs the binary).
use std::time::Duration;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use serde_json::{json, Value};
use tidings_server::{router, Config};
use tower::ServiceExt;

async fn call(
    app: &Router,
    method: &str,
    path: &str,
    body: impl Into<Body>,
) -> (StatusCode, Value) {
    let request = Request::builder()
        .method(method)
        .uri(path)
        .header("content-type", "application/json")
        .body(body.into())
        .unwrap();
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let value = serde_json::from_slice(&bytes)
        .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&bytes).into_owned()));
    (status, value)
}

async fn post(app: &Router, body: Value) -> (StatusCode, Value) {
    call(app, "POST", "/v1/summarize", body.to_string()).await
}

fn example_request() -> Value {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/geneva-talks");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let documents: Vec<Value> = files
        .iter()
        .map(|p| {
            json!({
                "id": p.file_name().unwrap().to_str().unwrap(),
                "text": std::fs::read_to_string(p).unwrap(),
            })
        })
        .collect();
    json!({ "id": "geneva-talks", "documents": documents })
}

/// Reports of made-up talks, long enough that summarizing them takes a while.
fn big_request(documents: usize) -> Value {
    let documents: Vec<Value> = (0..documents)
        .map(|d| {
            let text: String = (0..40)
                .map(|s| {
                    format!(
                        "Delegation {d} said on Friday that round {s} of the talks lasted {} hours and ended with {} proposals. ",
                        (d + s) % 13 + 2,
                        (d * s) % 7 + 1
                    )
                })
                .collect();
            json!({ "id": format!("r{d}"), "text": text })
        })
        .collect();
    json!({ "documents": documents })
}

fn error_code(v: &Value) -> &str {
    v["error"]["code"]
        .as_str()
        .unwrap_or_else(|| panic!("no error code in {v}"))
}

#[tokio::test]
async fn health_methods_and_example() {
    let app = router(Config::default());
    let (status, v) = call(&app, "GET", "/healthz", Body::empty()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(v["status"], "ok");
    let (status, v) = call(&app, "GET", "/v1/methods", Body::empty()).await;
    assert_eq!(status, StatusCode::OK);
    assert!(v["methods"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m == "lexrank"));
    let (status, v) = call(&app, "GET", "/v1/example", Body::empty()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(v, example_request(), "the embedded example is the folder's");
}

#[tokio::test]
async fn summarizes_with_offsets_into_the_texts_sent() {
    let app = router(Config::default());
    let mut request = example_request();
    request["include_text"] = json!(true);
    request["words"] = json!(60);
    let (status, v) = post(&app, request.clone()).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(v["id"], "geneva-talks");
    assert!(v["words"].as_u64().unwrap() <= 60);
    let text_of = |id: &str| -> String {
        request["documents"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["id"] == id)
            .unwrap()["text"]
            .as_str()
            .unwrap()
            .to_string()
    };
    for doc in v["documents"].as_array().unwrap() {
        assert_eq!(
            doc["text"].as_str().unwrap(),
            text_of(doc["id"].as_str().unwrap())
        );
    }
    let sentences = v["sentences"].as_array().unwrap();
    assert!(!sentences.is_empty());
    for s in sentences {
        let text = text_of(s["doc"].as_str().unwrap());
        let (start, end) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[start..end], s["text"].as_str().unwrap());
    }
    // The example's known disagreement comes through the API too.
    let values: Vec<&str> = v["disagreements"][0]["variants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["value"].as_str().unwrap())
        .collect();
    assert!(
        values.iter().any(|x| x.contains("10 hours")) && values.contains(&"12-hour"),
        "{values:?}"
    );
}

#[tokio::test]
async fn options_turn_reports_off_and_choose_the_method() {
    let app = router(Config::default());
    let mut request = example_request();
    request["sentences"] = json!(2);
    request["method"] = json!("lead");
    request["quotes"] = json!(false);
    request["timeline"] = json!(false);
    request["disagreements"] = json!(false);
    let (status, v) = post(&app, request).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(v["method"], "lead");
    assert_eq!(v["sentences"].as_array().unwrap().len(), 2);
    assert!(
        v.get("quotes").is_none()
            && v.get("timeline").is_none()
            && v.get("disagreements").is_none()
    );
    assert!(
        v["documents"][0].get("text").is_none(),
        "texts only when asked for"
    );
}

#[tokio::test]
async fn html_documents_are_reduced_to_their_article() {
    let app = router(Config::default());
    let article = "The foreign ministers met in Geneva on Friday for twelve hours of talks. \
                   They agreed on a ceasefire that starts on Monday at sunset.";
    let html = format!(
        "<html><head><title>Talks</title></head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>\
         <article><h1>Ceasefire agreed</h1><p>{article}</p><p>{article}</p></article><footer>Copyright 2016</footer></body></html>"
    );
    let (status, v) = post(
        &app,
        json!({"documents": [{"id": "page", "html": html}, {"text": article}]}),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(v["documents"][0]["format"], "html");
    assert_eq!(v["documents"][1]["id"], "1", "a missing id is the position");
    let summary: String = v["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert!(
        !summary.contains("Copyright") && !summary.contains("Home"),
        "{summary}"
    );
}

#[tokio::test]
async fn malformed_json_and_wrong_types_are_400_naming_the_field() {
    let app = router(Config::default());
    let (status, v) = call(&app, "POST", "/v1/summarize", "{\"documents\": [").await;
    assert_eq!(
        (status, error_code(&v)),
        (StatusCode::BAD_REQUEST, "invalid_json")
    );
    let (status, v) = call(
        &app,
        "POST",
        "/v1/summarize",
        "{\"documents\": []} trailing",
    )
    .await;
    assert_eq!(
        (status, error_code(&v)),
        (StatusCode::BAD_REQUEST, "invalid_json")
    );
    let (status, v) = call(&app, "POST", "/v1/summarize", vec![0xff, 0xfe, 0x00]).await;
    assert_eq!(
        (status, error_code(&v)),
        (StatusCode::BAD_REQUEST, "invalid_json")
    );

    let cases = [
        (
            json!({"documents": [{"text": "One."}, {"text": 3}]}),
            "documents[1].text",
        ),
        (json!({"documents": "text"}), "documents"),
        (
            json!({"documents": [{"text": "One."}], "words": "many"}),
            "words",
        ),
        (
            json!({"documents": [{"text": "One."}], "words": -5}),
            "words",
        ),
        (json!({"documents": [{"text": "One."}], "word": 10}), "word"),
        (json!({"texts": ["One."]}), "texts"),
        (json!({"words": 10}), "documents"),
    ];
    for (body, field) in cases {
        let (status, v) = post(&app, body.clone()).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body} → {v}");
        assert_eq!(error_code(&v), "invalid_field");
        assert_eq!(v["error"]["field"], field, "{body} → {v}");
        assert!(v["error"]["message"].as_str().unwrap().contains(field));
    }
}

#[tokio::test]
async fn unusable_requests_are_422() {
    let app = router(Config::default());
    let one = json!([{"text": "The talks ended on Friday."}]);
    let cases = [
        (json!({"documents": []}), "no_documents"),
        (
            json!({"documents": [{"text": "  "}, {"text": "\n"}]}),
            "nothing_to_summarize",
        ),
        (json!({"documents": [{"id": "a"}]}), "invalid_document"),
        (
            json!({"documents": one, "words": 10, "bytes": 300}),
            "conflicting_budget",
        ),
        (json!({"documents": one, "words": 0}), "invalid_option"),
        (
            json!({"documents": one, "method": "magic"}),
            "invalid_option",
        ),
        (
            json!({"documents": [{"id": "a", "text": "One."}, {"id": "a", "text": "Two."}]}),
            "duplicate_id",
        ),
    ];
    for (body, code) in cases {
        let (status, v) = post(&app, body.clone()).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body} → {v}");
        assert_eq!(error_code(&v), code, "{body} → {v}");
    }
}

#[tokio::test]
async fn body_over_the_limit_is_413() {
    let app = router(Config {
        max_body_bytes: 2_000,
        ..Config::default()
    });
    let (status, v) = post(&app, big_request(3)).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(error_code(&v), "body_too_large");
    assert!(v["error"]["message"].as_str().unwrap().contains("2000"));
    // Under the limit still works.
    let (status, _) = post(
        &app,
        json!({"documents": [{"text": "The talks ended on Friday."}]}),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn too_many_documents_is_422() {
    let app = router(Config {
        max_documents: 2,
        ..Config::default()
    });
    let (status, v) = post(&app, big_request(3)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_code(&v), "too_many_documents");
    assert_eq!(v["error"]["field"], "documents");
}

#[tokio::test]
async fn slow_request_is_504() {
    let app = router(Config {
        timeout: Duration::from_millis(1),
        ..Config::default()
    });
    let (status, v) = post(&app, big_request(150)).await;
    assert_eq!(status, StatusCode::GATEWAY_TIMEOUT, "{v}");
    assert_eq!(error_code(&v), "timeout");
    // Cheap endpoints are not behind the deadline's queue.
    let (status, _) = call(&app, "GET", "/healthz", Body::empty()).await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn full_queue_is_503_and_the_rest_are_served() {
    let app = router(Config {
        max_concurrent: 1,
        queue: 1,
        timeout: Duration::from_secs(60),
        ..Config::default()
    });
    let body = big_request(20);
    let calls = (0..8).map(|_| {
        let (app, body) = (app.clone(), body.clone());
        tokio::spawn(async move { post(&app, body).await })
    });
    let calls: Vec<_> = calls.collect(); // all in flight at once
    let mut ok = 0;
    let mut shed = 0;
    for c in calls {
        let (status, v) = c.await.unwrap();
        match status {
            StatusCode::OK => ok += 1,
            StatusCode::SERVICE_UNAVAILABLE => {
                assert_eq!(error_code(&v), "overloaded");
                shed += 1;
            }
            other => panic!("unexpected {other}: {v}"),
        }
    }
    assert!(ok >= 1 && shed >= 1, "ok {ok}, shed {shed}");
    assert_eq!(ok + shed, 8);
}

#[tokio::test]
async fn unknown_paths_and_methods_answer_json() {
    let app = router(Config::default());
    let (status, v) = call(&app, "GET", "/v2/everything", Body::empty()).await;
    assert_eq!(
        (status, error_code(&v)),
        (StatusCode::NOT_FOUND, "not_found")
    );
    let (status, v) = call(&app, "GET", "/v1/summarize", Body::empty()).await;
    assert_eq!(
        (status, error_code(&v)),
        (StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed")
    );
}

#[tokio::test]
async fn page_and_assets_are_embedded() {
    let app = router(Config::default());
    for (path, needle) in [
        ("/", "<script src=\"/assets/app.js\">"),
        ("/assets/app.js", "/v1/summarize"),
        ("/assets/style.css", "mark"),
    ] {
        let (status, v) = call(&app, "GET", path, Body::empty()).await;
        assert_eq!(status, StatusCode::OK, "{path}");
        assert!(v.as_str().unwrap().contains(needle), "{path}");
    }
    let (status, _) = call(&app, "GET", "/assets/missing.js", Body::empty()).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

/// Every key of `value` must be a property of `schema`, recursively; `path` names the place.
fn check_against(spec: &Value, schema: &Value, value: &Value, path: &str) {
    let schema = match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => &spec["components"]["schemas"][r.rsplit('/').next().unwrap()],
        None => schema,
    };
    match value {
        Value::Object(map) => {
            let props = schema["properties"]
                .as_object()
                .unwrap_or_else(|| panic!("{path}: no properties in the spec"));
            for (k, v) in map {
                let sub = props
                    .get(k)
                    .unwrap_or_else(|| panic!("{path}.{k} is not in /openapi.json"));
                check_against(spec, sub, v, &format!("{path}.{k}"));
            }
            for required in schema["required"].as_array().into_iter().flatten() {
                assert!(
                    map.contains_key(required.as_str().unwrap()),
                    "{path}: required {required} missing"
                );
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                check_against(spec, &schema["items"], item, &format!("{path}[{i}]"));
            }
        }
        _ => {}
    }
}

#[tokio::test]
async fn openapi_describes_the_real_answers() {
    let app = router(Config::default());
    let (status, spec) = call(&app, "GET", "/openapi.json", Body::empty()).await;
    assert_eq!(status, StatusCode::OK);
    for path in ["/v1/summarize", "/v1/methods", "/v1/example", "/healthz"] {
        assert!(
            spec["paths"].get(path).is_some(),
            "{path} missing from the spec"
        );
    }
    let mut request = example_request();
    request["include_text"] = json!(true);
    let schemas = &spec["components"]["schemas"];
    check_against(&spec, &schemas["SummarizeRequest"], &request, "request");
    let (_, answer) = post(&app, request).await;
    check_against(&spec, &schemas["Summary"], &answer, "summary");
    let (_, error) = post(&app, json!({"documents": [{"text": 1}]})).await;
    check_against(&spec, &schemas["Error"], &error, "error");
    // The request schema lists exactly the fields the server accepts.
    let listed: Vec<&String> = schemas["SummarizeRequest"]["properties"]
        .as_object()
        .unwrap()
        .keys()
        .collect();
    for field in listed {
        let mut probe = json!({"documents": [{"text": "The talks ended on Friday."}]});
        if field != "documents" {
            probe[field] = match field.as_str() {
                "id" | "method" => json!("default"),
                "words" | "sentences" | "bytes" => json!(50),
                _ => json!(true),
            };
        }
        let (status, v) = post(&app, probe).await;
        assert_eq!(
            status,
            StatusCode::OK,
            "field {field} in the spec is refused: {v}"
        );
    }
}
