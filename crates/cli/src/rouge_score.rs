//! `tidings rouge --compat rouge-score`: Google's rouge-score (rouge1, rouge2, rougeL,
//! rougeLsum with its tokenizer and Porter stemmer), through the `rougers` crate, which
//! reproduces it; several references take the best per variant, as `score_multi` does.
use std::collections::{BTreeMap, HashMap};

use rougers::{RougeScorer, RougeType};

use crate::Failure;

const TYPES: [&str; 4] = ["rouge1", "rouge2", "rougeL", "rougeLsum"];

/// Mean precision, recall, F per system and variant (and per pair when asked).
pub(crate) fn score(
    refs: &HashMap<String, Vec<String>>,
    outputs: &[(String, String, String)],
    per_summary: bool,
) -> Result<serde_json::Map<String, serde_json::Value>, Failure> {
    let scorer = RougeScorer::new(TYPES, true)
        .map_err(|e| Failure::Runtime(format!("rouge-score mode: {e}")))?;
    // system -> cluster id -> variant -> (p, r, f)
    let mut by_system: BTreeMap<&str, BTreeMap<&str, Vec<[f64; 3]>>> = BTreeMap::new();
    for (id, system, summary) in outputs {
        let Some(targets) = refs.get(id).filter(|t| !t.is_empty()) else {
            eprintln!("warning: no references for {id} ({system}); skipped");
            continue;
        };
        let Some(scores) = scorer.score_multi(targets, summary) else {
            continue;
        };
        let row = TYPES
            .iter()
            .map(|t| {
                let ty: RougeType = t.parse().expect("known rouge type");
                let s = scores.get(ty).unwrap_or_default();
                [s.precision, s.recall, s.fmeasure]
            })
            .collect();
        by_system.entry(system).or_default().insert(id, row);
    }
    let mut report = serde_json::Map::new();
    for (system, pairs) in by_system {
        let mut metrics = serde_json::Map::new();
        for (k, t) in TYPES.iter().enumerate() {
            let n = pairs.len().max(1) as f64;
            let mean = |j: usize| pairs.values().map(|v| v[k][j]).sum::<f64>() / n;
            let mut m = serde_json::json!({"precision": mean(0), "recall": mean(1), "f": mean(2)});
            if per_summary {
                m["per_summary"] = pairs
                    .iter()
                    .map(|(id, v)| {
                        let [p, r, f] = v[k];
                        (
                            id.to_string(),
                            serde_json::json!({"precision": p, "recall": r, "f": f}),
                        )
                    })
                    .collect::<serde_json::Map<_, _>>()
                    .into();
            }
            metrics.insert(t.to_string(), m);
        }
        report.insert(system.to_string(), metrics.into());
    }
    Ok(report)
}
