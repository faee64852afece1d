//! `tidings serve` as a process: the API answers exactly what `tidings summarize --format
//! json` prints for the example, and SIGTERM lets a request in flight finish.
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, ChildStderr, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::{json, Value};

struct Server {
    child: Child,
    url: String,
    /// Log lines after the `listening` one.
    lines: mpsc::Receiver<String>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(extra: &[&str]) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tidings"))
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."))
        .args(["serve", "--port", "0"])
        .args(extra)
        // Request starts are logged at debug level: the shutdown test waits for one.
        .env("RUST_LOG", "info,tower_http=debug")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn tidings serve");
    let stderr: ChildStderr = child.stderr.take().unwrap();
    let (tx, lines) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let first = lines
        .recv_timeout(Duration::from_secs(20))
        .expect("a first line from tidings serve");
    let url = first
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("no URL in {first:?}"))
        .trim_end_matches('/')
        .to_string();
    Server { child, url, lines }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into()
}

fn post(url: &str, body: &Value) -> (u16, Value) {
    let mut response = agent()
        .post(&format!("{url}/v1/summarize"))
        .send_json(body)
        .expect("request");
    let status = response.status().as_u16();
    (
        status,
        response.body_mut().read_json().expect("JSON answer"),
    )
}

#[test]
fn api_answers_what_the_cli_prints_for_the_example() {
    let cli = Command::new(env!("CARGO_BIN_EXE_tidings"))
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."))
        .args(["summarize", "examples/geneva-talks", "--format", "json"])
        .output()
        .expect("run tidings summarize");
    assert!(cli.status.success());
    let mut expected: Value = serde_json::from_slice(&cli.stdout).unwrap();
    // The CLI names the files it read; documents sent over HTTP have no path.
    for d in expected["documents"].as_array_mut().unwrap() {
        d.as_object_mut().unwrap().remove("path");
    }

    let server = start(&[]);
    let example: Value = agent()
        .get(&format!("{}/v1/example", server.url))
        .call()
        .unwrap()
        .body_mut()
        .read_json()
        .unwrap();
    let (status, answer) = post(&server.url, &example);
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer, expected);
}

/// Reports enough for the request to be in flight when the signal comes (the test waits for
/// the server to log its start, so the size only needs to outlast the signal's delivery).
fn slow_request() -> Value {
    let documents: Vec<Value> = (0..40)
        .map(|d| {
            let text: String = (0..40)
                .map(|s| {
                    format!(
                        "Delegation {d} said round {s} of the talks lasted {} hours. ",
                        (d + s) % 11 + 2
                    )
                })
                .collect();
            json!({ "id": format!("r{d}"), "text": text })
        })
        .collect();
    json!({ "documents": documents })
}

#[test]
fn sigterm_finishes_the_request_in_flight_then_exits() {
    let mut server = start(&[]);
    let url = server.url.clone();
    let in_flight = std::thread::spawn(move || post(&url, &slow_request()));
    // Wait until the server has started on it.
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    loop {
        let line = server
            .lines
            .recv_timeout(deadline.saturating_duration_since(std::time::Instant::now()))
            .expect("the server logs the request's start");
        if line.contains("started processing request") && line.contains("/v1/summarize") {
            break;
        }
    }
    let kill = Command::new("kill")
        .args(["-TERM", &server.child.id().to_string()])
        .status()
        .expect("run kill");
    assert!(kill.success());
    let (status, answer) = in_flight.join().unwrap();
    assert_eq!(status, 200, "the request in flight is answered: {answer}");
    assert!(!answer["sentences"].as_array().unwrap().is_empty());
    let exit = server.child.wait().expect("the server exits");
    assert!(exit.success(), "clean exit after SIGTERM: {exit:?}");
}
