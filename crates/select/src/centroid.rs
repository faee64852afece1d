use tidings_analyze::cosine;
use tidings_core::Budget;

use crate::{fit, Pick, SelectionInput, Selector};

/// MEAD-style centroid selection with cross-source support.
///
/// A term's weight is the share of documents that use it (what many outlets say is the
/// story) plus a little of its frequency; a sentence scores the weight of its distinct terms
/// over the square root of their number (centrality without rewarding length alone), plus a
/// bonus for the share of documents that carry the sentence itself and for coming early in
/// its document. Greedy in score order; a sentence too similar (tf-idf cosine) to one taken
/// is skipped.
#[derive(Debug, Clone)]
pub struct Centroid {
    /// Weight of cross-document support of the sentence itself.
    pub support_weight: f64,
    /// Weight of the early-position prior.
    pub position_weight: f64,
    /// Cosine above which a sentence repeats one already taken.
    pub max_similarity: f32,
    /// Sentences shorter than this (in words) are penalised.
    pub min_words: usize,
    /// Sentences longer than this (in words) are penalised.
    pub max_words: usize,
}

impl Default for Centroid {
    fn default() -> Self {
        Centroid {
            support_weight: 0.3,
            position_weight: 0.2,
            max_similarity: 0.5,
            min_words: 8,
            max_words: 55,
        }
    }
}

impl Centroid {
    fn term_weights(&self, input: &SelectionInput) -> Vec<f64> {
        let a = input.analysis;
        let n = a.n_docs.max(1) as f64;
        a.doc_freq
            .iter()
            .zip(&a.term_freq)
            .map(|(&df, &tf)| {
                let share = f64::from(df) / n;
                // A term used by one document only says little in a cluster; in a single
                // document, frequency is the only signal.
                let df_part = if a.n_docs > 1 && df < 2 { 0.0 } else { share };
                df_part + 0.1 * f64::from(tf).ln_1p()
            })
            .collect()
    }
}

impl Selector for Centroid {
    fn name(&self) -> &'static str {
        "centroid"
    }

    fn select(&self, input: &SelectionInput, budget: &Budget) -> Vec<Pick> {
        let a = input.analysis;
        let weights = self.term_weights(input);
        let n_docs = a.n_docs.max(1) as f64;
        let mut ranked: Vec<Pick> = input
            .candidates()
            .into_iter()
            .map(|i| {
                let terms = &a.terms[i];
                let mass: f64 = terms.iter().map(|&t| weights[t as usize]).sum();
                let centrality = mass / (terms.len().max(1) as f64).sqrt();
                let support = (a.support_docs(input.sentences, i) as f64 - 1.0) / n_docs;
                let position = 1.0 / (1.0 + input.sentences[i].position as f64).sqrt();
                let words = a.words[i];
                let length = if words < self.min_words {
                    words as f64 / self.min_words as f64
                } else if words > self.max_words {
                    self.max_words as f64 / words as f64
                } else {
                    1.0
                };
                let score = length
                    * (centrality
                        + self.support_weight * support * centrality
                        + self.position_weight * position * centrality);
                Pick { sentence: i, score }
            })
            .collect();
        ranked.sort_by(|x, y| {
            y.score
                .total_cmp(&x.score)
                .then(x.sentence.cmp(&y.sentence))
        });
        let max_sim = self.max_similarity;
        fit(input, &ranked, budget, &|taken, p| {
            taken
                .iter()
                .any(|t| cosine(&a.vectors[t.sentence], &a.vectors[p.sentence]) > max_sim)
        })
    }
}
