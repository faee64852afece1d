//! Token filtering and gram counting (`createNGram`, `createSkipBigram`).
//!
//! Tokens are interned to integer ids (process-wide, after stemming, so summaries prepared
//! on different threads compare correctly) and a gram of up to four
//! tokens is one `u128` key made of their ids, so counting never hashes strings. Longer
//! n-grams (`-n 5` and up) are keyed by a 128-bit hash of their ids.
use std::hash::{BuildHasher, Hasher};
use std::sync::Mutex;

use foldhash::HashMap;

use super::{porter, text, Options};

/// Gram counts of one summary, sorted by key, and their total (`_cn_` in the script).
/// Sorted runs make the peer–model match a linear merge.
pub(crate) struct Grams {
    pub counts: Vec<(u128, u32)>,
    pub total: u64,
}

impl Grams {
    fn from_keys(mut keys: Vec<u128>) -> Self {
        let total = keys.len() as u64;
        keys.sort_unstable();
        let mut counts: Vec<(u128, u32)> = Vec::with_capacity(keys.len());
        for k in keys {
            match counts.last_mut() {
                Some((last, c)) if *last == k => *c += 1,
                _ => counts.push((k, 1)),
            }
        }
        Grams { counts, total }
    }
}

#[derive(Default)]
struct Vocabulary {
    /// Token as read (before stemming) -> id of its gram unit; [without, with] stemming.
    ids: [HashMap<String, u32>; 2],
    /// Unit (stemmed or not) -> id, so different surface forms with one stem share an id.
    units: HashMap<String, u32>,
}

static VOCABULARY: Mutex<Option<Vocabulary>> = Mutex::new(None);

impl Vocabulary {
    fn unit_id(&mut self, token: &str, stem: bool) -> u32 {
        if let Some(&id) = self.ids[usize::from(stem)].get(token) {
            return id;
        }
        let unit = if stem && token.len() > 3 {
            porter::stem(token)
        } else {
            token.to_string()
        };
        let next = self.units.len() as u32;
        let id = *self.units.entry(unit).or_insert(next);
        self.ids[usize::from(stem)].insert(token.to_string(), id);
        id
    }
}

/// The tokens grams are built from: read, truncated, tokenized; stopwords removed with
/// `-s`; only tokens starting with `[a-z0-9$]`; stemmed with `-m` when longer than 3 bytes.
pub(crate) fn tokens(summary: &str, opts: &Options) -> Vec<u32> {
    let lines = text::spl_lines(summary);
    let words = text::read_text(&lines, opts.words, opts.bytes);
    intern(&[words], opts).pop().unwrap_or_default()
}

/// The LCS units of `tokenizeText_LCS`: per sentence, the same filtered, stemmed ids.
pub(crate) fn sentence_tokens(summary: &str, opts: &Options) -> Vec<Vec<u32>> {
    let lines = text::spl_lines(summary);
    intern(&text::read_text_lcs(&lines, opts.words, opts.bytes), opts)
}

/// Filters (stopwords, `[a-z0-9$]` start) and interns each list of tokens.
fn intern(lists: &[Vec<String>], opts: &Options) -> Vec<Vec<u32>> {
    // One lock per summary; a poisoned lock only means another thread panicked mid-insert,
    // which leaves the maps consistent.
    let mut guard = VOCABULARY.lock().unwrap_or_else(|e| e.into_inner());
    let vocabulary = guard.get_or_insert_with(Vocabulary::default);
    lists
        .iter()
        .map(|words| {
            words
                .iter()
                .filter(|t| opts.stopwords.as_ref().is_none_or(|s| !s.contains(*t)))
                .filter(|t| {
                    t.as_bytes()[0].is_ascii_lowercase() || t.as_bytes()[0].is_ascii_digit()
                })
                .map(|t| vocabulary.unit_id(t, opts.stem))
                .collect()
        })
        .collect()
}

/// The key of a gram: ids + 1 packed 32 bits each (so a unigram never equals a bigram),
/// or a 128-bit hash beyond four tokens.
fn key(ids: &[u32]) -> u128 {
    if ids.len() <= 4 {
        return ids
            .iter()
            .fold(0u128, |k, &id| (k << 32) | u128::from(id + 1));
    }
    let hash = |seed: u64| {
        let mut h = foldhash::quality::FixedState::with_seed(seed).build_hasher();
        for &id in ids {
            h.write_u32(id);
        }
        h.finish()
    };
    (u128::from(hash(0x9E37_79B9_7F4A_7C15)) << 64) | u128::from(hash(0xC2B2_AE3D_27D4_EB4F))
}

pub(crate) fn ngrams(tokens: &[u32], n: usize) -> Grams {
    if n == 0 || tokens.len() < n {
        return Grams::from_keys(Vec::new());
    }
    Grams::from_keys(tokens.windows(n).map(key).collect())
}

/// Skip-bigrams with at most `distance` words between (negative = any); with `unigrams`,
/// every token but the last also counts as a unigram, as in the script.
pub(crate) fn skip_bigrams(tokens: &[u32], distance: i64, unigrams: bool) -> Grams {
    let mut keys = Vec::with_capacity(tokens.len() * 6);
    let n = tokens.len();
    for i in 0..n.saturating_sub(1) {
        if unigrams {
            keys.push(key(&tokens[i..=i]));
        }
        let mut j = i + 1;
        while j < n && (distance < 0 || j as i64 <= i as i64 + distance + 1) {
            keys.push(key(&[tokens[i], tokens[j]]));
            j += 1;
        }
    }
    Grams::from_keys(keys)
}

/// Clipped matches of the peer's grams against a model's.
pub(crate) fn hits(model: &Grams, peer: &Grams) -> u64 {
    let (a, b) = (&model.counts, &peer.counts);
    let (mut i, mut j, mut hit) = (0, 0, 0u64);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                hit += u64::from(a[i].1.min(b[j].1));
                i += 1;
                j += 1;
            }
        }
    }
    hit
}
