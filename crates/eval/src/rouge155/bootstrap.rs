//! `computeAverages` and `bootstrapResampling` of ROUGE-1.5.5, with Perl's `drand48`.
use super::{round5, Options, Score};

/// A system's average over summaries with confidence intervals, as the script prints it.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Average {
    /// Average recall (the mean of the bootstrap sample means, as the script reports it).
    pub recall: f64,
    /// Average precision.
    pub precision: f64,
    /// Average F.
    pub f: f64,
    /// Confidence interval of recall.
    pub recall_ci: [f64; 2],
    /// Confidence interval of precision.
    pub precision_ci: [f64; 2],
    /// Confidence interval of F.
    pub f_ci: [f64; 2],
}

/// Perl's `srand(seed); rand()` (its built-in FreeBSD drand48).
struct Drand48(u64);

impl Drand48 {
    fn new(seed: u64) -> Self {
        Drand48((seed << 16).wrapping_add(0x330E) & 0xFFFF_FFFF_FFFF)
    }

    fn next(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(0x5_DEEC_E66D).wrapping_add(0xB) & 0xFFFF_FFFF_FFFF;
        self.0 as f64 / (1u64 << 48) as f64
    }
}

/// Averages per-summary scores given in the script's instance order (instance keys
/// `"{eval id}.{peer id}"` sorted as strings).
pub fn average(scores: &[Score], opts: &Options) -> Average {
    let n = scores.len();
    let resamples = opts.resamples.max(1);
    let mut samples = [
        Vec::with_capacity(resamples),
        Vec::with_capacity(resamples),
        Vec::with_capacity(resamples),
    ];
    for seed in 0..resamples {
        let mut rng = Drand48::new(seed as u64);
        let mut sum = [0.0f64; 3];
        for _ in 0..n {
            let s = &scores[(rng.next() * n as f64) as usize];
            if opts.counting == 1 {
                sum[0] += s.model_count;
                sum[1] += s.peer_count;
                sum[2] += s.hits;
            } else {
                sum[0] += s.recall;
                sum[1] += s.precision;
                sum[2] += s.f;
            }
        }
        let sample = if opts.counting == 1 {
            // Corpus level: R, P, F of the pooled counts of this resample.
            let r = if sum[0] > 0.0 { sum[2] / sum[0] } else { 0.0 };
            let p = if sum[1] > 0.0 { sum[2] / sum[1] } else { 0.0 };
            let d = (1.0 - opts.alpha) * p + opts.alpha * r;
            [r, p, if d > 0.0 { r * p / d } else { 0.0 }]
        } else if n > 0 {
            [sum[0] / n as f64, sum[1] / n as f64, sum[2] / n as f64]
        } else {
            [0.0; 3]
        };
        for k in 0..3 {
            samples[k].push(sample[k]);
        }
    }
    for s in &mut samples {
        s.sort_by(f64::total_cmp);
    }
    let mean = |s: &[f64]| round5(s.iter().sum::<f64>() / s.len() as f64);
    let r = resamples as f64;
    let delta = r * ((100.0 - opts.confidence) / 2.0) / 100.0;
    let upper_a = (r - delta - 1.0) as usize;
    let lower_a = delta as usize;
    let ratio = r - delta - 1.0 - upper_a as f64;
    let at = |s: &[f64], a: usize| {
        let lo = s[a.min(s.len() - 1)];
        let hi = s[(a + 1).min(s.len() - 1)];
        round5(lo + (hi - lo) * ratio)
    };
    let ci = |s: &[f64]| [at(s, lower_a), at(s, upper_a)];
    Average {
        recall: mean(&samples[0]),
        precision: mean(&samples[1]),
        f: mean(&samples[2]),
        recall_ci: ci(&samples[0]),
        precision_ci: ci(&samples[1]),
        f_ci: ci(&samples[2]),
    }
}

/// `-t 2`: the pooled (model, peer, hit) counts over all summaries, as the script prints them.
pub fn totals(scores: &[Score]) -> [f64; 3] {
    scores.iter().fold([0.0; 3], |t, s| {
        [t[0] + s.model_count, t[1] + s.peer_count, t[2] + s.hits]
    })
}

#[cfg(test)]
mod tests {
    use super::Drand48;

    #[test]
    fn matches_perl_rand() {
        // perl -e 'srand(0); print rand(), " ", rand()' and srand(5)
        let mut r = Drand48::new(0);
        assert!((r.next() - 0.17082803610629).abs() < 1e-13);
        assert!((r.next() - 0.749901980484964).abs() < 1e-13);
        assert!((Drand48::new(5).next() - 0.524839579434232).abs() < 1e-13);
    }
}
