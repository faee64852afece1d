//! `tidings batch`: same lines as `summarize` on JSONL, in input order; bad lines reported
//! with their numbers; --on-error fail; --resume after an interrupted run; gzip and zstd in.
use std::io::Write;
use std::path::Path;

use serde_json::{json, Value};

mod common;
use common::{stderr, temp_dir, tidings};

/// Twelve small clusters cut from the example's reports (different ids and texts).
fn clusters() -> Vec<Value> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/geneva-talks");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let texts: Vec<String> = files
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    (0..12)
        .map(|i| {
            let documents: Vec<Value> = (0..3)
                .map(|k| {
                    let text = &texts[(i + k) % texts.len()];
                    let paragraphs: Vec<&str> = text.split("\n\n").collect();
                    let part = paragraphs[(i % 3).min(paragraphs.len() - 1)..].join("\n\n");
                    json!({ "id": format!("c{i}-d{k}"), "text": part })
                })
                .collect();
            json!({ "id": format!("c{i}"), "documents": documents })
        })
        .collect()
}

fn jsonl(values: &[Value]) -> String {
    values.iter().map(|v| format!("{v}\n")).collect()
}

fn ids(output: &str) -> Vec<String> {
    output
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
}

#[test]
fn same_lines_as_summarize_in_input_order() {
    let dir = temp_dir("order");
    let input = dir.join("in.jsonl");
    std::fs::write(&input, jsonl(&clusters())).unwrap();
    let out = dir.join("out.jsonl");
    let o = tidings(
        &[
            "batch",
            input.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--threads",
            "2",
            "--chunk",
            "5",
        ],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("batch: 12 done, 0 skipped"),
        "{}",
        stderr(&o)
    );
    let expected = tidings(&["summarize", input.to_str().unwrap()], None);
    assert!(expected.status.success());
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        String::from_utf8(expected.stdout).unwrap()
    );

    // stdin to stdout, the same.
    let piped = tidings(
        &["batch", "--summary-only", "--words", "40"],
        Some(jsonl(&clusters()).as_bytes()),
    );
    assert!(piped.status.success(), "{}", stderr(&piped));
    let text = String::from_utf8(piped.stdout).unwrap();
    assert_eq!(
        ids(&text),
        (0..12).map(|i| format!("c{i}")).collect::<Vec<_>>()
    );
    assert!(!text.contains("\"quotes\""));
}

#[test]
fn bad_lines_are_reported_with_their_numbers_and_skipped() {
    let dir = temp_dir("bad");
    let good = clusters();
    let mut bytes = Vec::new();
    bytes.extend(format!("{}\n", good[0]).as_bytes());
    bytes.extend(b"{\"id\": \"broken\", \"documents\": [\n"); // line 2: not JSON
    bytes.extend(b"\xff\xfe not utf-8\n"); // line 3
    bytes.extend(b"\n"); // line 4: blank, ignored
    bytes.extend(
        format!(
            "{}\n",
            json!({"id": "empty", "documents": [{"text": "  "}]})
        )
        .as_bytes(),
    ); // line 5
    bytes.extend(format!("{}\n", good[1]).as_bytes());
    let input = dir.join("in.jsonl");
    std::fs::write(&input, &bytes).unwrap();
    let (out, errors) = (dir.join("out.jsonl"), dir.join("errors.jsonl"));
    let args = [
        "batch",
        input.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ];
    let o = tidings(
        &[&args[..], &["--errors", errors.to_str().unwrap()]].concat(),
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    for n in [2, 3, 5] {
        assert!(
            err.contains(&format!("in.jsonl:{n}:")),
            "line {n} not reported: {err}"
        );
    }
    assert!(
        err.contains("2 done, 0 skipped (already in the output), 3 failed"),
        "{err}"
    );
    assert_eq!(ids(&std::fs::read_to_string(&out).unwrap()), ["c0", "c1"]);
    let records: Vec<Value> = std::fs::read_to_string(&errors)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        records
            .iter()
            .map(|r| r["line"].as_u64().unwrap())
            .collect::<Vec<_>>(),
        [2, 3, 5]
    );
    assert_eq!(records[2]["id"], "empty");

    // --on-error fail stops there, keeping what came before.
    let o = tidings(&[&args[..], &["--on-error", "fail"]].concat(), None);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(ids(&std::fs::read_to_string(&out).unwrap()), ["c0"]);
}

#[test]
fn resume_finishes_an_interrupted_run() {
    let dir = temp_dir("resume");
    let all = clusters();
    let input = dir.join("in.jsonl");
    std::fs::write(&input, jsonl(&all)).unwrap();
    let full = dir.join("full.jsonl");
    assert!(tidings(
        &[
            "batch",
            input.to_str().unwrap(),
            "-o",
            full.to_str().unwrap()
        ],
        None
    )
    .status
    .success());
    let full_text = std::fs::read_to_string(&full).unwrap();

    // An interrupted run: five summaries, then half of a sixth line.
    let out = dir.join("out.jsonl");
    let lines: Vec<&str> = full_text.lines().collect();
    let partial = format!(
        "{}\n{}",
        lines[..5].join("\n"),
        &lines[5][..lines[5].len() / 2]
    );
    std::fs::write(&out, partial).unwrap();
    let o = tidings(
        &[
            "batch",
            input.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--resume",
        ],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("7 done, 5 skipped"), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("dropping"),
        "the cut line is announced: {}",
        stderr(&o)
    );
    assert_eq!(std::fs::read_to_string(&out).unwrap(), full_text);
}

#[test]
fn reads_gzip_and_zstd_and_writes_gzip() {
    let dir = temp_dir("compressed");
    let text = jsonl(&clusters()[..4]);
    let gz = dir.join("in.jsonl.gz");
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(text.as_bytes()).unwrap();
    std::fs::write(&gz, e.finish().unwrap()).unwrap();
    let zst = dir.join("in.jsonl.zst");
    std::fs::write(
        &zst,
        ruzstd::encoding::compress_to_vec(
            text.as_bytes(),
            ruzstd::encoding::CompressionLevel::Fastest,
        ),
    )
    .unwrap();
    let plain = tidings(&["batch", "--summary-only"], Some(text.as_bytes()));
    for input in [&gz, &zst] {
        let o = tidings(&["batch", "--summary-only", input.to_str().unwrap()], None);
        assert!(o.status.success(), "{}: {}", input.display(), stderr(&o));
        assert_eq!(o.stdout, plain.stdout, "{}", input.display());
    }
    let out = dir.join("out.jsonl.gz");
    let o = tidings(
        &[
            "batch",
            "--summary-only",
            zst.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let mut decoded = String::new();
    std::io::Read::read_to_string(
        &mut flate2::read::GzDecoder::new(std::fs::File::open(&out).unwrap()),
        &mut decoded,
    )
    .unwrap();
    assert_eq!(decoded.as_bytes(), plain.stdout);
}

#[test]
fn unknown_method_is_a_usage_error() {
    let o = tidings(&["batch", "--method", "magic"], Some(b""));
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown method"));
}
