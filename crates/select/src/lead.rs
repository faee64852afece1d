use tidings_core::Budget;

use crate::{fit, Pick, SelectionInput, Selector};

/// The first sentences of the most recent document (by date when known, else the last
/// given), then of the others: the baseline every news summarizer is compared with.
#[derive(Debug, Clone, Copy, Default)]
pub struct Lead;

impl Selector for Lead {
    fn name(&self) -> &'static str {
        "lead"
    }

    fn select(&self, input: &SelectionInput, budget: &Budget) -> Vec<Pick> {
        let docs = &input.cluster.documents;
        let newest = (0..docs.len())
            .max_by_key(|&d| (docs[d].date_key(), d))
            .unwrap_or(0);
        let mut ranked: Vec<Pick> = input
            .candidates()
            .into_iter()
            .map(|i| {
                let s = &input.sentences[i];
                let own = usize::from(s.doc != newest);
                Pick {
                    sentence: i,
                    score: 1.0 / (1.0 + s.position as f64 + 1000.0 * own as f64),
                }
            })
            .collect();
        ranked.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then(a.sentence.cmp(&b.sentence))
        });
        fit(input, &ranked, budget, &|_, _| false)
    }
}
