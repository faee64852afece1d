//! The pySBD golden rules (../shared/data/sbd_pysbd_en_gold.jsonl), cases that need no
//! cleaning: the splitter must get at least 99 % of them exactly right.
use std::path::PathBuf;

fn gold_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/sbd_pysbd_en_gold.jsonl")
}

fn normalize(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn pysbd_golden_rules_exact_accuracy() {
    let path = gold_path();
    let Ok(data) = std::fs::read_to_string(&path) else {
        eprintln!(
            "SKIPPED: {} not found (needs ../shared beside the repo)",
            path.display()
        );
        return;
    };
    let (mut cases, mut exact) = (0, 0);
    let mut failures = Vec::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let case: serde_json::Value = serde_json::from_str(line).expect("gold line is JSON");
        if case["requires_clean"].as_bool() == Some(true) || case["xfail"].as_bool() == Some(true) {
            continue;
        }
        let text = case["text"].as_str().expect("text");
        let gold: Vec<String> = case["sentences"]
            .as_array()
            .expect("sentences")
            .iter()
            .map(|s| normalize(s.as_str().unwrap_or_default()))
            .filter(|s| !s.is_empty())
            .collect();
        let got: Vec<String> = tidings_segment::split(text)
            .iter()
            .map(|s| normalize(&text[s.start..s.end]))
            .collect();
        cases += 1;
        if got == gold {
            exact += 1;
        } else {
            failures.push(format!("text: {text:?}\n  gold: {gold:?}\n  got:  {got:?}"));
        }
    }
    let accuracy = exact as f64 / cases as f64;
    eprintln!(
        "pySBD golden rules: {exact}/{cases} exact ({:.1} %)",
        100.0 * accuracy
    );
    for f in &failures {
        eprintln!("{f}");
    }
    assert!(cases > 100, "gold file has too few cases: {cases}");
    assert!(accuracy >= 0.99, "exact accuracy {:.3} < 0.99", accuracy);
}
