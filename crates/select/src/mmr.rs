//! Maximal Marginal Relevance (Carbonell & Goldstein 1998): relevance to the cluster's
//! centroid minus similarity to what is already chosen.

use tidings_analyze::{cosine, SparseVec};
use tidings_core::Budget;

use crate::{fit_chosen, Pick, SelectionInput, Selector};

/// MMR with tf-idf cosine.
#[derive(Debug, Clone, Copy)]
pub struct Mmr {
    /// Weight of relevance against redundancy.
    pub lambda: f32,
}

impl Default for Mmr {
    fn default() -> Self {
        Mmr { lambda: 0.7 }
    }
}

impl Selector for Mmr {
    fn name(&self) -> &'static str {
        "mmr"
    }

    fn select(&self, input: &SelectionInput, budget: &Budget) -> Vec<Pick> {
        let vectors = &input.analysis.vectors;
        let centroid = centroid(vectors);
        let relevance: Vec<f32> = vectors.iter().map(|v| cosine(v, &centroid)).collect();
        let mut left = input.candidates();
        let mut redundancy = vec![0f32; vectors.len()];
        let mut picks = Vec::new();
        let mut used = 0;
        loop {
            let cost = |i: usize| input.cost(i, budget);
            let best = left
                .iter()
                .copied()
                .filter(|&i| used + cost(i) <= budget.limit)
                .map(|i| {
                    (
                        i,
                        self.lambda * relevance[i] - (1.0 - self.lambda) * redundancy[i],
                    )
                })
                .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
            let Some((i, score)) = best else { break };
            used += cost(i);
            picks.push(Pick {
                sentence: i,
                score: f64::from(score),
            });
            left.retain(|&j| j != i);
            for &j in &left {
                redundancy[j] = redundancy[j].max(cosine(&vectors[i], &vectors[j]));
            }
        }
        fit_chosen(input, picks, budget)
    }
}

/// The normalized mean of the sentence vectors.
pub(crate) fn centroid(vectors: &[SparseVec]) -> SparseVec {
    let mut all: Vec<(u32, f32)> = vectors.iter().flatten().copied().collect();
    all.sort_unstable_by_key(|&(t, _)| t);
    let mut c: SparseVec = Vec::new();
    for (t, w) in all {
        match c.last_mut() {
            Some(last) if last.0 == t => last.1 += w,
            _ => c.push((t, w)),
        }
    }
    let norm = c.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    if norm > 0.0 {
        for (_, w) in &mut c {
            *w /= norm;
        }
    }
    c
}
