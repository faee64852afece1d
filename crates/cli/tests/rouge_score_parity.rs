//! `tidings rouge --compat rouge-score` against Google's rouge-score 0.1.2: per-pair F of
//! rouge1, rouge2, rougeL, rougeLsum within 1e-6.
//!
//! Offline: the package's output on our own small fixture, stored beside its generator.
//! With `TIDINGS_PYTHON` (a Python with rouge-score==0.1.2, set by .ci/run) and ../shared:
//! 2,000 Multi-News validation pairs scored by the real package in the same run.
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Our per-pair F: system -> id -> variant -> F.
fn ours(refs: &Path, systems: &Path) -> serde_json::Value {
    let out = Command::new(env!("CARGO_BIN_EXE_tidings"))
        .args([
            "rouge",
            "--compat",
            "rouge-score",
            "-d",
            "--format",
            "json",
            "--refs",
        ])
        .arg(refs)
        .arg(systems)
        .output()
        .expect("run tidings rouge");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("json report")
}

/// Largest |F difference| over every pair and variant of `theirs` (system -> id -> variant -> F).
fn max_difference(theirs: &serde_json::Value, ours: &serde_json::Value) -> (f64, usize) {
    let (mut worst, mut n) = (0.0f64, 0);
    for (system, ids) in theirs.as_object().expect("object") {
        for (id, variants) in ids.as_object().expect("object") {
            for (variant, f) in variants.as_object().expect("object") {
                let got = ours[system][variant]["per_summary"][id]["f"]
                    .as_f64()
                    .unwrap_or_else(|| panic!("no score for {system} {id} {variant}"));
                worst = worst.max((got - f.as_f64().expect("number")).abs());
                n += 1;
            }
        }
    }
    (worst, n)
}

#[test]
fn stored_rouge_score_output_on_fixture() {
    let dir = root().join("tests/fixtures/rouge");
    let theirs: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("rouge_score.json")).unwrap())
            .unwrap();
    let (worst, n) = max_difference(
        &theirs,
        &ours(&dir.join("refs.jsonl"), &dir.join("systems.jsonl")),
    );
    assert_eq!(n, 16);
    assert!(worst <= 1e-6, "max |F diff| {worst}");
}

/// rouge-score over the same pairs, in the shape `max_difference` reads.
const RUN_ROUGE_SCORE: &str = r#"
import json, sys
from rouge_score import rouge_scorer
refs = {json.loads(l)["id"]: json.loads(l)["references"] for l in open(sys.argv[1])}
sc = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL", "rougeLsum"], use_stemmer=True)
out = {}
for l in open(sys.argv[2]):
    r = json.loads(l)
    s = sc.score_multi(refs[r["id"]], r["summary"])
    out.setdefault(r["system"], {})[str(r["id"])] = {t: s[t].fmeasure for t in s}
print(json.dumps(out))
"#;

#[test]
fn multi_news_2000_pairs_against_the_real_package() {
    let Some(python) = std::env::var_os("TIDINGS_PYTHON") else {
        eprintln!("SKIPPED: set TIDINGS_PYTHON to a Python with rouge-score==0.1.2");
        return;
    };
    let data = root().join("../shared/data/multinews_val.jsonl");
    let Ok(text) = std::fs::read_to_string(&data) else {
        eprintln!("SKIPPED: {} not found", data.display());
        return;
    };
    let dir = std::env::temp_dir().join(format!("tidings-rs-parity-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (mut refs, mut systems) = (String::new(), String::new());
    for line in text.lines().take(2000) {
        let c: serde_json::Value = serde_json::from_str(line).unwrap();
        refs.push_str(&format!(
            "{}\n",
            serde_json::json!({"id": c["id"], "references": c["references"]})
        ));
        // A lead-style prediction: the first three lines of the first document.
        let first = c["documents"][0]["text"].as_str().unwrap_or_default();
        let lead: Vec<&str> = first
            .lines()
            .filter(|l| !l.trim().is_empty())
            .take(3)
            .collect();
        systems.push_str(&format!(
            "{}\n",
            serde_json::json!({"id": c["id"], "system": "lead3", "summary": lead.join("\n")})
        ));
    }
    let (refs_path, systems_path) = (dir.join("refs.jsonl"), dir.join("systems.jsonl"));
    std::fs::write(&refs_path, refs).unwrap();
    std::fs::write(&systems_path, systems).unwrap();
    let out = Command::new(python)
        .args(["-c", RUN_ROUGE_SCORE])
        .arg(&refs_path)
        .arg(&systems_path)
        .output()
        .expect("run python");
    assert!(
        out.status.success(),
        "rouge-score failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let theirs: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let (worst, n) = max_difference(&theirs, &ours(&refs_path, &systems_path));
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(n, 8000);
    assert!(worst <= 1e-6, "max |F diff| {worst} over {n}");
    eprintln!("rouge-score parity: {n} pair-variants, max |F diff| {worst}");
}
