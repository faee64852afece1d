//! Graph centrality baselines: LexRank (Erkan & Radev 2004, continuous: cosine-weighted
//! edges) and TextRank (Mihalcea & Tarau 2004: word-overlap edges normalized by log length),
//! both ranked by PageRank with power iteration, then taken greedily without repeats.

use tidings_analyze::cosine;
use tidings_core::Budget;

use crate::{fit, Pick, SelectionInput, Selector};
use tidings_analyze::similarity_rows;

/// Damping of the random walk.
const DAMPING: f64 = 0.85;

/// Continuous LexRank over tf-idf cosine.
#[derive(Debug, Clone, Copy, Default)]
pub struct LexRank;

/// TextRank's sentence graph.
#[derive(Debug, Clone, Copy, Default)]
pub struct TextRank;

impl Selector for LexRank {
    fn name(&self) -> &'static str {
        "lexrank"
    }

    fn select(&self, input: &SelectionInput, budget: &Budget) -> Vec<Pick> {
        let rows = similarity_rows(&input.analysis.vectors, usize::MAX);
        rank_and_fit(input, budget, &rows)
    }
}

impl Selector for TextRank {
    fn name(&self) -> &'static str {
        "textrank"
    }

    fn select(&self, input: &SelectionInput, budget: &Budget) -> Vec<Pick> {
        // Overlap of distinct content terms over log lengths: the cosine's shared-term
        // structure gives the neighbours; the weight is recomputed from the term sets.
        let a = input.analysis;
        let cosines = similarity_rows(&a.vectors, usize::MAX);
        let rows = cosines
            .iter()
            .enumerate()
            .map(|(i, row)| {
                row.iter()
                    .filter_map(|&(j, _)| {
                        let (x, y) = (&a.terms[i], &a.terms[j as usize]);
                        let shared = x.iter().filter(|t| y.contains(t)).count() as f64;
                        let norm = (x.len() as f64).ln() + (y.len() as f64).ln();
                        (shared > 0.0 && norm > 0.0).then(|| (j, (shared / norm) as f32))
                    })
                    .collect()
            })
            .collect::<Vec<Vec<(u32, f32)>>>();
        rank_and_fit(input, budget, &rows)
    }
}

fn rank_and_fit(input: &SelectionInput, budget: &Budget, rows: &[Vec<(u32, f32)>]) -> Vec<Pick> {
    let rank = pagerank(rows);
    let mut ranked: Vec<Pick> = input
        .candidates()
        .into_iter()
        .map(|i| Pick {
            sentence: i,
            score: rank[i],
        })
        .collect();
    ranked.sort_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then(x.sentence.cmp(&y.sentence))
    });
    let vectors = &input.analysis.vectors;
    fit(input, &ranked, budget, &|taken, p| {
        taken
            .iter()
            .any(|t| cosine(&vectors[t.sentence], &vectors[p.sentence]) > 0.5)
    })
}

/// PageRank of a weighted undirected graph given as sparse rows (a node without edges
/// keeps the teleport share).
pub(crate) fn pagerank(rows: &[Vec<(u32, f32)>]) -> Vec<f64> {
    let n = rows.len();
    if n == 0 {
        return Vec::new();
    }
    let out: Vec<f64> = rows
        .iter()
        .map(|r| r.iter().map(|&(_, w)| f64::from(w)).sum())
        .collect();
    let mut rank = vec![1.0 / n as f64; n];
    let mut next = vec![0.0; n];
    for _ in 0..100 {
        let dangling: f64 = (0..n).filter(|&i| out[i] == 0.0).map(|i| rank[i]).sum();
        let base = (1.0 - DAMPING) / n as f64 + DAMPING * dangling / n as f64;
        next.fill(base);
        for (i, row) in rows.iter().enumerate() {
            if out[i] == 0.0 {
                continue;
            }
            let share = DAMPING * rank[i] / out[i];
            for &(j, w) in row {
                next[j as usize] += share * f64::from(w);
            }
        }
        let delta: f64 = rank.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut rank, &mut next);
        if delta < 1e-8 {
            break;
        }
    }
    rank
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pagerank_sums_to_one_and_favours_the_hub() {
        // 0 is linked to 1, 2, 3; they are linked only to 0.
        let rows = vec![
            vec![(1, 1.0), (2, 1.0), (3, 1.0)],
            vec![(0, 1.0)],
            vec![(0, 1.0)],
            vec![(0, 1.0)],
        ];
        let r = pagerank(&rows);
        assert!((r.iter().sum::<f64>() - 1.0).abs() < 1e-6);
        assert!(r[0] > r[1] && (r[1] - r[2]).abs() < 1e-12);
    }
}
