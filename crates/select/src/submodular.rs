//! Submodular coverage + diversity (Lin & Bilmes 2011): a summary should be similar to
//! every sentence of the cluster — up to a saturation point, so no single topic floods it —
//! and draw on many different topics (a square-root reward per topic). Greedy with their
//! scaled cost, which carries a constant-factor guarantee.

use tidings_core::Budget;

use crate::{fit_chosen, Pick, SelectionInput, Selector};
use tidings_analyze::similarity_rows;

/// Lin & Bilmes' objective, maximized greedily.
#[derive(Debug, Clone)]
pub struct Submodular {
    /// Saturation: sentence i counts as covered once the summary's similarity to it reaches
    /// this share of the whole cluster's.
    pub saturation: f64,
    /// Weight of the diversity reward.
    pub diversity: f64,
    /// Number of topics for the diversity reward, as a share of the sentences.
    pub topic_share: f64,
    /// The scaled cost of the greedy: gain / cost^r.
    pub cost_exponent: f64,
    /// Sentences shorter than this (words) are not candidates.
    pub min_words: usize,
    /// Weight of the early-position prior on a sentence's worth (news put facts first).
    pub position_weight: f64,
}

impl Default for Submodular {
    fn default() -> Self {
        Submodular {
            saturation: 0.05,
            diversity: 6.0,
            topic_share: 0.2,
            cost_exponent: 0.3,
            min_words: 8,
            position_weight: 0.0,
        }
    }
}

impl Selector for Submodular {
    fn name(&self) -> &'static str {
        "submodular"
    }

    fn select(&self, input: &SelectionInput, budget: &Budget) -> Vec<Pick> {
        let a = input.analysis;
        let n = input.sentences.len();
        if n == 0 {
            return Vec::new();
        }
        let rows = similarity_rows(&a.vectors, 200.max(n / 10));
        // C_i(V): how much the whole cluster covers sentence i (self-similarity included).
        let total: Vec<f64> = rows
            .iter()
            .map(|r| 1.0 + r.iter().map(|&(_, w)| f64::from(w)).sum::<f64>())
            .collect();
        let cap: Vec<f64> = total.iter().map(|t| self.saturation * t).collect();
        // r_j: sentence j's average similarity, its worth to the diversity reward.
        let worth: Vec<f64> = total
            .iter()
            .enumerate()
            .map(|(j, t)| {
                let position = 1.0 / (1.0 + input.sentences[j].position as f64).sqrt();
                t / n as f64 * (1.0 + self.position_weight * position)
            })
            .collect();
        let topics = topics(
            &rows,
            &worth,
            ((n as f64 * self.topic_share).ceil() as usize).max(1),
        );
        let mut candidates: Vec<usize> = input
            .candidates()
            .into_iter()
            .filter(|&i| a.words[i] >= self.min_words)
            .collect();
        if candidates.is_empty() {
            candidates = input.candidates();
        }
        let cost = |i: usize| input.cost(i, budget);
        let mut covered = vec![0f64; n];
        let mut topic_mass = vec![0f64; topics.1];
        let mut taken = vec![false; n];
        let mut used = 0;
        let mut picks = Vec::new();
        loop {
            let mut best: Option<(usize, f64, f64)> = None;
            for &j in &candidates {
                let c = cost(j);
                if taken[j] || used + c > budget.limit {
                    continue;
                }
                let gain = self.gain(j, &rows, &covered, &cap, &topics.0, &topic_mass, &worth);
                let value = gain / (c.max(1) as f64).powf(self.cost_exponent);
                if gain > 0.0 && best.is_none_or(|(_, v, _)| value > v) {
                    best = Some((j, value, gain));
                }
            }
            let Some((j, _, gain)) = best else { break };
            taken[j] = true;
            used += cost(j);
            covered[j] += 1.0;
            for &(i, w) in &rows[j] {
                covered[i as usize] += f64::from(w);
            }
            topic_mass[topics.0[j]] += worth[j];
            picks.push(Pick {
                sentence: j,
                score: gain,
            });
        }
        fit_chosen(input, picks, budget)
    }
}

impl Submodular {
    #[allow(clippy::too_many_arguments)]
    fn gain(
        &self,
        j: usize,
        rows: &[Vec<(u32, f32)>],
        covered: &[f64],
        cap: &[f64],
        topic_of: &[usize],
        topic_mass: &[f64],
        worth: &[f64],
    ) -> f64 {
        let add = |i: usize, w: f64| (covered[i] + w).min(cap[i]) - covered[i].min(cap[i]);
        let coverage = add(j, 1.0)
            + rows[j]
                .iter()
                .map(|&(i, w)| add(i as usize, f64::from(w)))
                .sum::<f64>();
        let m = topic_mass[topic_of[j]];
        let diversity = (m + worth[j]).sqrt() - m.sqrt();
        coverage + self.diversity * diversity
    }
}

/// Topics for the diversity reward: the `k` most worthy sentences that are not too close to
/// an earlier seed become seeds; every sentence joins its most similar seed (or its own
/// topic when it shares no term with any). Returns (topic of each sentence, topic count).
fn topics(rows: &[Vec<(u32, f32)>], worth: &[f64], k: usize) -> (Vec<usize>, usize) {
    let n = rows.len();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| worth[b].total_cmp(&worth[a]).then(a.cmp(&b)));
    let mut seed_of = vec![usize::MAX; n];
    let mut seeds = 0;
    for &s in &order {
        if seeds >= k {
            break;
        }
        let near_seed = rows[s]
            .iter()
            .any(|&(j, w)| w > 0.5 && seed_of[j as usize] != usize::MAX && j as usize != s);
        if !near_seed {
            seed_of[s] = seeds;
            seeds += 1;
        }
    }
    let mut topic = vec![0; n];
    let mut extra = seeds;
    for i in 0..n {
        if seed_of[i] != usize::MAX {
            topic[i] = seed_of[i];
            continue;
        }
        let best = rows[i]
            .iter()
            .filter(|&&(j, _)| seed_of[j as usize] != usize::MAX)
            .max_by(|a, b| a.1.total_cmp(&b.1));
        topic[i] = match best {
            Some(&(j, _)) => seed_of[j as usize],
            None => {
                extra += 1;
                extra - 1
            }
        };
    }
    (topic, extra)
}
