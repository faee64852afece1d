//! The command line as a user meets it: inputs, formats, exit codes, bad input.
use std::path::Path;

mod common;
use common::{stderr, stdout, temp_dir, tidings};

const STORY: &str = "The ministers met in Geneva on Friday for more than ten hours of talks. \
They agreed that technical teams would keep working on a ceasefire plan for Aleppo. \
Aid convoys are waiting at the border for permission to enter the city.";

#[test]
fn usage_errors_exit_2() {
    assert_eq!(tidings(&[], None).status.code(), Some(2));
    assert_eq!(tidings(&["summarize"], None).status.code(), Some(2));
    let o = tidings(&["summarize", "-", "--words", "x"], Some(b"a"));
    assert_eq!(o.status.code(), Some(2));
    let o = tidings(
        &["summarize", "-", "--method", "nope"],
        Some(STORY.as_bytes()),
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown method"));
}

#[test]
fn missing_file_is_a_runtime_error() {
    let o = tidings(&["summarize", "no/such/file.txt"], None);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no/such/file.txt"));
}

#[test]
fn binary_file_is_refused_clearly() {
    let dir = temp_dir("binary");
    let path = dir.join("x.txt");
    std::fs::write(&path, b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00binary").unwrap();
    let o = tidings(&["summarize", path.to_str().unwrap()], None);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("binary"), "{}", stderr(&o));
}

#[test]
fn empty_input_is_a_clear_error() {
    let o = tidings(&["summarize", "-"], Some(b"   \n\n"));
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("nothing to summarize"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn invalid_utf8_is_decoded_and_reported() {
    let mut bytes = STORY.as_bytes().to_vec();
    bytes.extend_from_slice(b" Caf\xe9 owners said the city was quiet.");
    let o = tidings(&["summarize", "-"], Some(&bytes));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("invalid UTF-8"), "{}", stderr(&o));
    assert!(!stdout(&o).is_empty());
}

#[test]
fn multi_news_separator_makes_documents() {
    let text = format!("{STORY}|||||{STORY} A second outlet added its own line here.");
    let o = tidings(
        &["summarize", "-", "--format", "json"],
        Some(text.as_bytes()),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["documents"].as_array().unwrap().len(), 2);
    // The sentences both outlets carry are supported by both documents.
    let support = v["sentences"][0]["support"].as_array().unwrap();
    assert_eq!(support.len(), 2);
}

#[test]
fn jsonl_clusters_give_one_line_each_with_ids_and_report_bad_lines() {
    let good = serde_json::json!({"id": "c1", "documents": [{"id": "a", "text": STORY}]});
    let html = serde_json::json!({"id": "c2", "documents": [{"id": "h",
        "html": format!("<html><body><p>{STORY}</p></body></html>")}]});
    let input = format!("{good}\nnot json\n{html}\n");
    let o = tidings(&["summarize", "-"], Some(input.as_bytes()));
    assert_eq!(o.status.code(), Some(1), "a bad line fails the run");
    assert!(stderr(&o).contains("line 2"), "{}", stderr(&o));
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "c1");
    assert_eq!(lines[1]["id"], "c2");
}

#[test]
fn a_directory_of_html_pages() {
    let dir = temp_dir("html");
    let extras = [
        "Officials gave no timetable.",
        "Residents were told to stay home.",
    ];
    for (i, extra) in extras.iter().enumerate() {
        let page = format!(
            "<html><head><title>Talks in Geneva</title></head><body>\
             <nav><a href='/'>Home</a> <a href='/world'>World</a></nav>\
             <article><h1>Talks in Geneva</h1><p>{STORY}</p><p>{extra} {STORY}</p></article>\
             <footer>Copyright 2016 Example News. All rights reserved.</footer></body></html>"
        );
        std::fs::write(dir.join(format!("{i}.html")), page).unwrap();
    }
    std::fs::write(dir.join("notes.csv"), "a,b").unwrap();
    let o = tidings(
        &["summarize", dir.to_str().unwrap(), "--format", "json"],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("notes.csv"),
        "skipped files are reported"
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let docs = v["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["format"], "html");
    assert_eq!(docs[0]["title"], "Talks in Geneva");
    let text: String = v["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert!(!text.contains("Copyright") && !text.contains("Home"));
}

#[test]
fn five_thousand_documents() {
    let docs: Vec<serde_json::Value> = (0..5000)
        .map(|i| {
            serde_json::json!({"id": i.to_string(),
                "text": format!("Report {i} says the ministers met in Geneva. {STORY}")})
        })
        .collect();
    let line = serde_json::json!({"id": "big", "documents": docs}).to_string();
    let o = tidings(
        &["summarize", "-", "--words", "50", "--format", "json"],
        Some(line.as_bytes()),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert!(v["words"].as_u64().unwrap() <= 50);
    assert!(v["sentences"][0]["support"].as_array().unwrap().len() >= 5000);
}

#[test]
fn byte_and_sentence_budgets() {
    let o = tidings(
        &["summarize", "examples/geneva-talks", "--bytes", "665"],
        None,
    );
    assert_eq!(o.status.code(), Some(0));
    let joined = stdout(&o).lines().collect::<Vec<_>>().join(" ");
    assert!(joined.len() <= 665, "{}", joined.len());
    let o = tidings(
        &["summarize", "examples/geneva-talks", "--sentences", "2"],
        None,
    );
    assert_eq!(stdout(&o).lines().count(), 2);
}

#[test]
fn split_prints_one_sentence_per_line_with_offsets() {
    let input = "Gen. Smith left at 5 p.m. Friday. He met U.S. officials.\nNext line";
    let o = tidings(&["split", "--offsets"], Some(input.as_bytes()));
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        stdout(&o),
        "0\t33\tGen. Smith left at 5 p.m. Friday.\n34\t56\tHe met U.S. officials.\n57\t66\tNext line\n"
    );
}

#[test]
fn eval_scores_our_methods_beside_peers_in_one_table() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let docs: Vec<serde_json::Value> = std::fs::read_dir(root.join("examples/geneva-talks"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| serde_json::json!({"id": p.file_name().unwrap().to_string_lossy(), "text": std::fs::read_to_string(&p).unwrap()}))
        .collect();
    let refs = std::fs::read_to_string(root.join("tests/fixtures/rouge/refs.jsonl")).unwrap();
    let geneva: serde_json::Value = serde_json::from_str(refs.lines().next().unwrap()).unwrap();
    let cluster =
        serde_json::json!({"id": "geneva", "documents": docs, "references": geneva["references"]});
    let dir = temp_dir("eval");
    let data = dir.join("data.jsonl");
    std::fs::write(&data, format!("{cluster}\n")).unwrap();
    let o = tidings(
        &[
            "eval",
            data.to_str().unwrap(),
            "--method",
            "default,lead",
            "--peers",
            "tests/fixtures/rouge/systems.jsonl",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    let rows: Vec<&str> = out.lines().skip(1).collect();
    let systems: Vec<&str> = rows
        .iter()
        .map(|r| r.split_whitespace().next().unwrap())
        .collect();
    for s in ["tidings-default", "tidings-lead", "alpha", "beta"] {
        assert!(systems.contains(&s), "{s} missing from\n{out}");
    }
    // Sorted by ROUGE-2 recall, the second number column.
    let r2: Vec<f64> = rows
        .iter()
        .map(|r| r.split_whitespace().nth(3).unwrap().parse().unwrap())
        .collect();
    assert!(r2.windows(2).all(|w| w[0] >= w[1]), "{out}");
}

/// Directories of plain text summaries (`ID.anything`, one sentence per line) score exactly
/// as the same summaries given as JSONL.
#[test]
fn rouge_reads_directories_and_file_pairs_like_jsonl() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let fixtures = root.join("tests/fixtures/rouge");
    let dir = temp_dir("rouge-dirs");
    let (refs_dir, alpha_dir) = (dir.join("models"), dir.join("alpha"));
    std::fs::create_dir_all(&refs_dir).unwrap();
    std::fs::create_dir_all(&alpha_dir).unwrap();
    let read = |name: &str| -> Vec<serde_json::Value> {
        std::fs::read_to_string(fixtures.join(name))
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    };
    for c in read("refs.jsonl") {
        for (j, r) in c["references"].as_array().unwrap().iter().enumerate() {
            let path = refs_dir.join(format!("{}.{j}.txt", c["id"].as_str().unwrap()));
            std::fs::write(path, r.as_str().unwrap()).unwrap();
        }
    }
    let mut alpha_lines = Vec::new();
    for s in read("systems.jsonl") {
        if s["system"] == "alpha" {
            let id = s["id"].as_str().unwrap();
            let text = s["summary"].as_str().unwrap().replace(". ", ".\n");
            std::fs::write(alpha_dir.join(format!("{id}.txt")), &text).unwrap();
            alpha_lines
                .push(serde_json::json!({"id": id, "system": "alpha", "summary": s["summary"]}));
        }
    }
    let jsonl = dir.join("alpha.jsonl");
    let body: Vec<String> = alpha_lines.iter().map(|v| v.to_string()).collect();
    std::fs::write(&jsonl, body.join("\n")).unwrap();
    let json = |refs: &Path, system: &Path| -> serde_json::Value {
        let o = tidings(
            &[
                "rouge",
                "--refs",
                refs.to_str().unwrap(),
                system.to_str().unwrap(),
                "-n",
                "2",
                "-m",
                "-2",
                "4",
                "-u",
                "--format",
                "json",
            ],
            None,
        );
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        serde_json::from_str(&stdout(&o)).unwrap()
    };
    let from_dirs = json(&refs_dir, &alpha_dir);
    let from_jsonl = json(&fixtures.join("refs.jsonl"), &jsonl);
    assert_eq!(from_dirs["alpha"], from_jsonl["alpha"]);
    assert!(from_dirs["alpha"]["rouge-2"]["recall"].as_f64().unwrap() > 0.0);

    // A file pair: one reference, one summary; the system is named after its file.
    let (reference, summary) = (dir.join("reference.txt"), dir.join("mine.txt"));
    std::fs::write(&reference, "Kerry and Lavrov met in Geneva.\n").unwrap();
    std::fs::write(&summary, "Kerry met Lavrov in Geneva on Friday.\n").unwrap();
    let pair = json(&reference, &summary);
    let r1 = pair["mine"]["rouge-1"]["recall"].as_f64().unwrap();
    // "kerry and lavrov met in geneva": five of six unigrams in the summary.
    assert!((r1 - 0.83333).abs() < 1e-9, "{pair}");

    // Two files for one id in a system directory is ambiguous: refused, not guessed.
    std::fs::write(alpha_dir.join("geneva.second.txt"), "Another summary.").unwrap();
    let o = tidings(
        &[
            "rouge",
            "--refs",
            refs_dir.to_str().unwrap(),
            alpha_dir.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("two summaries"), "{}", stderr(&o));
}

#[test]
fn rouge_stopwords_need_the_scripts_list() {
    let o = tidings(
        &[
            "rouge",
            "--refs",
            "tests/fixtures/rouge/refs.jsonl",
            "tests/fixtures/rouge/systems.jsonl",
            "-s",
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("stopword list"), "{}", stderr(&o));
}

#[test]
fn a_closed_stdout_ends_a_report_quietly() {
    // `tidings bench facts … | head -1`: the reader goes away before the report is written.
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_tidings"))
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."))
        .args(["bench", "facts", "tests/fixtures/facts/multiling60.jsonl"])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn tidings");
    drop(child.stdout.take());
    let o = child.wait_with_output().expect("wait");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
}
