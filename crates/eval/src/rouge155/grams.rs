//! Token filtering and gram counting (`createNGram`, `createSkipBigram`).
use foldhash::{HashMap, HashMapExt};

use super::{porter, text, Options};

/// Gram counts of one summary and their total (`_cn_` in the script).
pub(crate) struct Grams {
    pub counts: HashMap<String, u64>,
    pub total: u64,
}

/// The tokens grams are built from: read, truncated, tokenized; stopwords removed with
/// `-s`; only tokens starting with `[a-z0-9$]`; stemmed with `-m` when longer than 3 bytes.
pub(crate) fn tokens(summary: &str, opts: &Options) -> Vec<String> {
    let lines = text::spl_lines(summary);
    text::read_text(&lines, opts.words, opts.bytes)
        .into_iter()
        .filter(|t| opts.stopwords.as_ref().is_none_or(|s| !s.contains(t)))
        .filter(|t| t.as_bytes()[0].is_ascii_lowercase() || t.as_bytes()[0].is_ascii_digit())
        .map(|t| {
            if opts.stem && t.len() > 3 {
                cached_stem(t)
            } else {
                t
            }
        })
        .collect()
}

thread_local! {
    /// Stems repeat across summaries and systems: compute each once per thread.
    static STEMS: std::cell::RefCell<HashMap<String, String>> = std::cell::RefCell::new(HashMap::new());
}

fn cached_stem(token: String) -> String {
    STEMS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some(s) = cache.get(&token) {
            return s.clone();
        }
        let s = porter::stem(&token);
        if cache.len() < 1_000_000 {
            cache.insert(token, s.clone());
        }
        s
    })
}

fn add(counts: &mut HashMap<String, u64>, gram: String) {
    *counts.entry(gram).or_default() += 1;
}

pub(crate) fn ngrams(tokens: &[String], n: usize) -> Grams {
    let mut counts = HashMap::new();
    let mut total = 0;
    if tokens.len() >= n {
        for w in tokens.windows(n) {
            add(&mut counts, w.join(" "));
            total += 1;
        }
    }
    Grams { counts, total }
}

/// Skip-bigrams with at most `distance` words between (negative = any); with `unigrams`,
/// every token but the last also counts as a unigram, as in the script.
pub(crate) fn skip_bigrams(tokens: &[String], distance: i64, unigrams: bool) -> Grams {
    let mut counts = HashMap::new();
    let mut total = 0;
    let n = tokens.len();
    for i in 0..n.saturating_sub(1) {
        if unigrams {
            add(&mut counts, tokens[i].clone());
            total += 1;
        }
        let mut j = i + 1;
        while j < n && (distance < 0 || j as i64 <= i as i64 + distance + 1) {
            add(&mut counts, format!("{} {}", tokens[i], tokens[j]));
            total += 1;
            j += 1;
        }
    }
    Grams { counts, total }
}

/// Clipped matches of the peer's grams against a model's.
pub(crate) fn hits(model: &Grams, peer: &Grams) -> u64 {
    model
        .counts
        .iter()
        .map(|(g, &m)| peer.counts.get(g).map_or(0, |&p| p.min(m)))
        .sum()
}
