//! Disagreements: the example's 10-hour / 12-hour meeting, form-only rewrites that must
//! stay silent, and the perturbation benchmark on ../shared's real clusters (skipped, loudly,
//! when ../shared is absent).
use std::path::Path;

use tidings::{Cluster, Document};
use tidings_eval::perturb::{run, Case, Draw};

fn example() -> Cluster {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/geneva-talks");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    Cluster {
        id: "geneva-talks".into(),
        documents: files
            .iter()
            .map(|p| {
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                Document::new(name, std::fs::read_to_string(p).unwrap())
            })
            .collect(),
    }
}

fn detect(c: &Cluster) -> Vec<tidings::Disagreement> {
    tidings::facts::disagreements(c, &tidings::clean_sentences(c))
}

#[test]
fn the_example_reports_the_meeting_length() {
    let found = detect(&example());
    let hours = found
        .iter()
        .find(|d| d.variants.iter().any(|v| v.value.contains("10 hours")))
        .expect("the 10-hour / 12-hour disagreement");
    let values: Vec<&str> = hours.variants.iter().map(|v| v.value.as_str()).collect();
    assert_eq!(values, ["nearly 10 hours", "12-hour"]);
    assert_eq!(hours.kind, "number");
}

#[test]
fn rewording_a_value_is_not_a_disagreement() {
    let base = "The ministers met in Geneva on Oct. 16 for 12 hours and pledged $800 million in aid to the city.";
    for (from, to) in [
        ("Oct. 16", "October 16"),
        ("12 hours", "12-hour"),
        ("$800 million", "800 million dollars"),
        ("12 hours", "twelve hours"),
    ] {
        let c = Cluster {
            id: "c".into(),
            documents: vec![
                Document::new("a", base),
                Document::new("b", base.replace(from, to)),
            ],
        };
        assert!(detect(&c).is_empty(), "{from} -> {to}: {:?}", detect(&c));
    }
    let changed = Cluster {
        id: "c".into(),
        documents: vec![
            Document::new("a", base),
            Document::new("b", base.replace("$800 million", "$900 million")),
        ],
    };
    assert_eq!(detect(&changed).len(), 1);
}

/// Floors measured on the shared data (see the closing note of issue 6); a change that
/// lowers them fails here. The targets of the issue (recall ≥ 90 % over all changes,
/// ≤ 0.3 false alarms) are not met yet, so these are regression floors, not the goal.
#[test]
fn perturbation_benchmark_on_shared_clusters() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    let files = ["duc2003_task2.jsonl", "multiling2011_en.jsonl"];
    if files.iter().any(|f| !data.join(f).exists()) {
        eprintln!(
            "SKIPPED: {} not found (needs ../shared beside the repo)",
            data.display()
        );
        return;
    }
    let mut clusters = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(data.join(f)).unwrap();
        for line in text.lines() {
            clusters.push(serde_json::from_str::<Cluster>(line).unwrap());
        }
    }
    let outcome = run(&clusters, &Draw::default(), detect);
    let rate = |(n, r): (usize, usize)| r as f64 / n.max(1) as f64;
    let copied = rate(outcome.count(|c: &Case| !c.is_negative() && !c.reworded));
    let forms = rate(outcome.count(Case::is_negative));
    let fa = outcome.false_alarms.len() as f64 / outcome.clusters as f64;
    eprintln!("copied recall {copied:.3}, form rewrites reported {forms:.3}, false alarms {fa:.2}");
    assert!(copied >= 0.88, "recall on copied statements {copied:.3}");
    assert!(forms <= 0.03, "form-only rewrites reported {forms:.3}");
    assert!(fa <= 0.8, "false alarms per untouched cluster {fa:.2}");
}
