//! ROUGE-L as ROUGE-1.5.5 computes it (`computeLCSScore`, `lcs`, `lcs_inner`, `markLCS`):
//! for each model sentence, the union of the LCS paths against every peer sentence, where
//! a marked model token counts only while its unigram count is left in both the model and
//! the peer (the 1.4.1 clipping), so ROUGE-L never exceeds ROUGE-1.
use foldhash::{HashMap, HashMapExt};

/// A summary as ROUGE-L reads it.
pub(crate) struct LcsUnits {
    /// Token ids per sentence.
    pub sentences: Vec<Vec<u32>>,
    /// Unigram counts of the whole (truncated) text, for clipping.
    pub unigrams: HashMap<u32, u32>,
    /// Number of unigrams (the peer's length in P).
    pub total: u64,
}

impl LcsUnits {
    pub fn new(sentences: Vec<Vec<u32>>, tokens: &[u32]) -> Self {
        let mut unigrams = HashMap::with_capacity(tokens.len());
        for &t in tokens {
            *unigrams.entry(t).or_default() += 1;
        }
        LcsUnits {
            sentences,
            unigrams,
            total: tokens.len() as u64,
        }
    }
}

/// `f(k) = k^weight`, ROUGE-W's reward for a run of `k` consecutive matches.
fn weight(k: f64, factor: f64) -> f64 {
    k.powf(factor)
}

/// Marks, in `hit`, the model positions on the script's backtrack of the LCS table
/// (diagonal on equal tokens, else up when the cell above is not smaller, else left).
/// With `factor`, the table is ROUGE-W's weighted one (`wlcs_inner`).
fn mark_lcs(model: &[u32], peer: &[u32], hit: &mut [bool], factor: Option<f64>) {
    let (m, n) = (model.len(), peer.len());
    if m == 0 {
        return;
    }
    let w = n + 1;
    let mut c = vec![0f64; (m + 1) * w];
    // Length of the run of consecutive matches ending here (ROUGE-W).
    let mut run = vec![0u32; (m + 1) * w];
    // 0 = diagonal, 1 = up, 2 = left
    let mut b = vec![0u8; (m + 1) * w];
    for i in 1..=m {
        for j in 1..=n {
            if model[i - 1] == peer[j - 1] {
                let k = run[(i - 1) * w + j - 1];
                let gain = match factor {
                    Some(f) => weight(f64::from(k + 1), f) - weight(f64::from(k), f),
                    None => 1.0,
                };
                c[i * w + j] = c[(i - 1) * w + j - 1] + gain;
                run[i * w + j] = k + 1;
                b[i * w + j] = 0;
            } else if c[(i - 1) * w + j] >= c[i * w + j - 1] {
                c[i * w + j] = c[(i - 1) * w + j];
                b[i * w + j] = 1;
            } else {
                c[i * w + j] = c[i * w + j - 1];
                b[i * w + j] = 2;
            }
        }
    }
    let (mut i, mut j) = (m, n);
    while i != 0 && j != 0 {
        match b[i * w + j] {
            0 => {
                i -= 1;
                j -= 1;
                hit[i] = true;
            }
            1 => i -= 1,
            _ => j -= 1,
        }
    }
}

/// Per model sentence, the union LCS mask against all peer sentences and which of the
/// marked positions survive the unigram clipping (counts left in both model and peer, used
/// up as they are taken), in the script's order.
fn clipped_marks(
    model: &LcsUnits,
    peer: &LcsUnits,
    factor: Option<f64>,
) -> Vec<(Vec<bool>, Vec<bool>)> {
    let mut model_left = model.unigrams.clone();
    let mut peer_left = peer.unigrams.clone();
    model
        .sentences
        .iter()
        .map(|sentence| {
            let mut mask = vec![false; sentence.len()];
            for p in &peer.sentences {
                mark_lcs(sentence, p, &mut mask, factor);
            }
            let clipped = sentence
                .iter()
                .zip(&mask)
                .map(|(token, &marked)| {
                    let (Some(m), Some(p)) = (model_left.get_mut(token), peer_left.get_mut(token))
                    else {
                        return false;
                    };
                    if !marked || *m == 0 || *p == 0 {
                        return false;
                    }
                    *m -= 1;
                    *p -= 1;
                    true
                })
                .collect();
            (mask, clipped)
        })
        .collect()
}

/// `(hit, base)`: clipped union-LCS hits of the peer against one model, and the model length.
pub(crate) fn hits(model: &LcsUnits, peer: &LcsUnits) -> (u64, u64) {
    let hit = clipped_marks(model, peer, None)
        .iter()
        .map(|(_, clipped)| clipped.iter().filter(|&&c| c).count() as u64)
        .sum();
    let base = model.sentences.iter().map(|s| s.len() as u64).sum();
    (hit, base)
}

/// ROUGE-W's `(hit, base)` against one model (`wlcs`): runs of clipped hits weighted by
/// `k^factor`, the model's base the sum of `len^factor` over its sentences.
pub(crate) fn weighted_hits(model: &LcsUnits, peer: &LcsUnits, factor: f64) -> (f64, f64) {
    let mut hit = 0f64;
    for (mask, clipped) in clipped_marks(model, peer, Some(factor)) {
        let mut run = 0u32;
        for k in 0..mask.len() {
            if !clipped[k] {
                continue;
            }
            run += 1;
            // The script closes a run when the next position is not on the LCS path
            // (whatever its clipping) or at the end of the sentence.
            if k + 1 == mask.len() || !mask[k + 1] {
                hit += weight(f64::from(run), factor);
                run = 0;
            }
        }
    }
    let base = model
        .sentences
        .iter()
        .map(|s| weight(s.len() as f64, factor))
        .sum();
    (hit, base)
}
