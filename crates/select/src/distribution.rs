//! Word-distribution baselines: SumBasic (Nenkova & Vanderwende 2005: sentences of
//! frequent words, with the probability of words already used squared away) and KLSum
//! (Haghighi & Vanderwende 2009: greedily keep the summary's word distribution closest, in
//! KL divergence, to the cluster's).

use tidings_core::Budget;

use crate::{fit_chosen, Pick, SelectionInput, Selector};

/// SumBasic.
#[derive(Debug, Clone, Copy, Default)]
pub struct SumBasic;

/// Greedy KL-divergence summarization.
#[derive(Debug, Clone, Copy, Default)]
pub struct KlSum;

/// Probability of each content term in the cluster.
fn unigram_distribution(input: &SelectionInput) -> Vec<f64> {
    let a = input.analysis;
    let total: f64 = a
        .term_freq
        .iter()
        .map(|&f| f64::from(f))
        .sum::<f64>()
        .max(1.0);
    a.term_freq.iter().map(|&f| f64::from(f) / total).collect()
}

impl Selector for SumBasic {
    fn name(&self) -> &'static str {
        "sumbasic"
    }

    fn select(&self, input: &SelectionInput, budget: &Budget) -> Vec<Pick> {
        let a = input.analysis;
        let mut p = unigram_distribution(input);
        let mut left = input.candidates();
        let mut picks = Vec::new();
        let mut used = 0;
        while !left.is_empty() {
            // The best sentence among those holding the most probable remaining word.
            let top_word = left
                .iter()
                .flat_map(|&i| a.terms[i].iter().copied())
                .max_by(|&x, &y| p[x as usize].total_cmp(&p[y as usize]).then(y.cmp(&x)));
            let score = |i: usize| {
                let t = &a.terms[i];
                t.iter().map(|&x| p[x as usize]).sum::<f64>() / t.len().max(1) as f64
            };
            let best = left
                .iter()
                .copied()
                .filter(|&i| {
                    top_word.is_none_or(|w| a.terms[i].contains(&w))
                        && used + input.cost(i, budget) <= budget.limit
                })
                .max_by(|&x, &y| score(x).total_cmp(&score(y)).then(y.cmp(&x)));
            let Some(i) = best else {
                // Nothing holding the top word fits: drop the word and look again.
                match top_word {
                    Some(w) if p[w as usize] > 0.0 => {
                        p[w as usize] = 0.0;
                        continue;
                    }
                    _ => break,
                }
            };
            picks.push(Pick {
                sentence: i,
                score: score(i),
            });
            used += input.cost(i, budget);
            for &x in &a.terms[i] {
                p[x as usize] *= p[x as usize];
            }
            left.retain(|&j| j != i);
        }
        fit_chosen(input, picks, budget)
    }
}

impl Selector for KlSum {
    fn name(&self) -> &'static str {
        "klsum"
    }

    fn select(&self, input: &SelectionInput, budget: &Budget) -> Vec<Pick> {
        let a = input.analysis;
        let target = unigram_distribution(input);
        let vocab = target.len();
        // Summary counts, smoothed so the divergence stays finite.
        let smoothing = 0.01;
        let mut counts = vec![0f64; vocab];
        let mut total = 0f64;
        let kl = |counts: &[f64], total: f64| -> f64 {
            let z = total + smoothing * vocab as f64;
            target
                .iter()
                .zip(counts)
                .filter(|(&p, _)| p > 0.0)
                .map(|(&p, &c)| p * (p / ((c + smoothing) / z)).ln())
                .sum()
        };
        let mut left = input.candidates();
        let mut picks = Vec::new();
        let mut used = 0;
        loop {
            let mut best: Option<(usize, f64)> = None;
            for &i in &left {
                if used + input.cost(i, budget) > budget.limit {
                    continue;
                }
                let toks = a.tokens[i]
                    .iter()
                    .filter(|&&t| t & tidings_analyze::STOPWORD == 0);
                let mut trial = counts.clone();
                let mut n = total;
                for &t in toks {
                    trial[t as usize] += 1.0;
                    n += 1.0;
                }
                let d = kl(&trial, n);
                if best.is_none_or(|(_, b)| d < b) {
                    best = Some((i, d));
                }
            }
            let Some((i, d)) = best else { break };
            for &t in &a.tokens[i] {
                if t & tidings_analyze::STOPWORD == 0 {
                    counts[t as usize] += 1.0;
                    total += 1.0;
                }
            }
            used += input.cost(i, budget);
            picks.push(Pick {
                sentence: i,
                score: -d,
            });
            left.retain(|&j| j != i);
        }
        fit_chosen(input, picks, budget)
    }
}
