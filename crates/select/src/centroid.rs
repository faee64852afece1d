use tidings_analyze::cosine;
use tidings_core::Budget;

use crate::{fit, Pick, SelectionInput, Selector};

/// MEAD-style centroid selection with cross-source support.
///
/// A term's weight is the share of documents that use it (what many outlets say is the
/// story) plus a little of its frequency; a sentence scores the mean weight of its distinct
/// terms (dense sentences, not merely long ones; measured on DUC 2003 and Multi-News), plus a
/// bonus for the share of documents that carry the sentence itself and for coming early in
/// its document. Greedy in score order; a sentence too similar (tf-idf cosine) to one taken
/// is skipped.
#[derive(Debug, Clone)]
pub struct Centroid {
    /// Weight of cross-document support of the sentence itself.
    pub support_weight: f64,
    /// Weight of the early-position prior.
    pub position_weight: f64,
    /// Weight of the early-position prior when the cluster has one document.
    pub single_document_position_weight: f64,
    /// A sentence's term mass is divided by (distinct terms)^this: 0 favours long sentences,
    /// 1 averages.
    pub length_exponent: f64,
    /// Sentences scoring below this share of the best one are never taken.
    pub min_relative_score: f64,
    /// `length_exponent` for a single document (a saved page): longer sentences are less
    /// often page debris there (measured on the cleaning_dev pages).
    pub single_document_length_exponent: f64,
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
            single_document_position_weight: 2.0,
            max_similarity: 0.5,
            min_relative_score: 0.1,
            length_exponent: 1.0,
            single_document_length_exponent: 0.5,
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
        let mut ranked = self.scores(input);
        ranked.sort_by(|x, y| {
            y.score
                .total_cmp(&x.score)
                .then(x.sentence.cmp(&y.sentence))
        });
        // Filling the last words of the budget with a weak sentence hurts more than it helps.
        let floor = ranked
            .first()
            .map_or(0.0, |p| p.score * self.min_relative_score);
        ranked.retain(|p| p.score >= floor);
        let max_sim = self.max_similarity;
        fit(input, &ranked, budget, &|taken, p| {
            taken
                .iter()
                .any(|t| cosine(&a.vectors[t.sentence], &a.vectors[p.sentence]) > max_sim)
        })
    }
}

impl Centroid {
    /// The score of every candidate sentence (one per near-duplicate group), unsorted.
    pub fn scores(&self, input: &SelectionInput) -> Vec<Pick> {
        let a = input.analysis;
        let weights = self.term_weights(input);
        let n_docs = a.n_docs.max(1) as f64;
        input
            .candidates()
            .into_iter()
            .map(|i| {
                let terms = &a.terms[i];
                let mass: f64 = terms.iter().map(|&t| weights[t as usize]).sum();
                let exponent = if a.n_docs == 1 {
                    self.single_document_length_exponent
                } else {
                    self.length_exponent
                };
                let centrality = mass / (terms.len().max(1) as f64).powf(exponent);
                let support = (a.support_docs(input.sentences, i) as f64 - 1.0) / n_docs;
                let position = 1.0 / (1.0 + input.sentences[i].position as f64).sqrt();
                // One document: which sentences lead it is the strongest signal there is.
                let position_weight = if a.n_docs == 1 {
                    self.single_document_position_weight
                } else {
                    self.position_weight
                };
                let words = a.words[i];
                let length = if words < self.min_words {
                    words as f64 / self.min_words as f64
                } else if words > self.max_words {
                    self.max_words as f64 / words as f64
                } else {
                    1.0
                };
                // Half a quotation ("“We are hoping.") reads badly out of its paragraph.
                let quotes = if unbalanced_quotes(input.text(i)) {
                    0.5
                } else {
                    1.0
                };
                // "He did not name the area." needs the sentence before it.
                let dangling = if opens_with_pronoun(input.text(i)) {
                    0.6
                } else {
                    1.0
                };
                let score = quotes
                    * dangling
                    * length
                    * (centrality
                        + self.support_weight * support * centrality
                        + position_weight * position * centrality);
                Pick { sentence: i, score }
            })
            .collect()
    }
}

fn unbalanced_quotes(text: &str) -> bool {
    let open = text.matches('“').count();
    let close = text.matches('”').count();
    open != close || text.matches('"').count() % 2 == 1
}

fn opens_with_pronoun(text: &str) -> bool {
    let first = text
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    matches!(
        first,
        "He" | "She"
            | "They"
            | "It"
            | "This"
            | "These"
            | "Those"
            | "His"
            | "Her"
            | "Their"
            | "Its"
            | "That"
            | "We"
    )
}
