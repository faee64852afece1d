//! Bigram concepts (Gillick & Favre 2009): adjacent content stems, weighted by how many
//! documents use them. What several outlets say in the same words is what the story is about.

use foldhash::{HashMap, HashMapExt};
use tidings_analyze::STOPWORD;

use crate::SelectionInput;

/// The concepts of a cluster and where they occur.
#[derive(Debug, Clone, Default)]
pub struct Concepts {
    /// Weight of each concept.
    pub weights: Vec<f64>,
    /// Concept ids of each sentence (distinct), indexed like the kept sentences.
    pub of_sentence: Vec<Vec<u32>>,
}

/// How concepts are found and weighted.
#[derive(Debug, Clone, Copy)]
pub struct ConceptOptions {
    /// A concept must occur in at least this share of the documents …
    pub min_doc_share: f64,
    /// … and in at least this many.
    pub min_docs: u32,
    /// Also count single content stems as concepts, at this fraction of their weight
    /// (0 = bigrams only).
    pub unigram_weight: f64,
    /// Each document counts 1 + this × 1/√(1 + position of the concept's first sentence
    /// there): what an outlet puts first is more likely the news.
    pub position_weight: f64,
}

impl Default for ConceptOptions {
    fn default() -> Self {
        ConceptOptions {
            min_doc_share: 0.0,
            min_docs: 3,
            unigram_weight: 0.0,
            position_weight: 0.0,
        }
    }
}

/// Builds the concepts of the kept sentences.
pub fn concepts(input: &SelectionInput, options: &ConceptOptions) -> Concepts {
    let a = input.analysis;
    let n_docs = a.n_docs.max(1);
    // Concept key: bigram (t1, t2) as t1 << 32 | t2 | 1 << 63 (ids stay below 2^32);
    // a unigram as t.
    let key = |x: u32, y: Option<u32>| match y {
        Some(y) => 1 << 63 | u64::from(x) << 32 | u64::from(y),
        None => u64::from(x),
    };
    // About one concept per token (unigrams and bigrams repeat): the table rarely grows.
    let tokens: usize = a.tokens.iter().map(Vec::len).sum();
    let mut ids: HashMap<u64, u32> = HashMap::with_capacity(tokens);
    let mut df: Vec<u32> = Vec::with_capacity(tokens);
    let mut mass: Vec<f64> = Vec::with_capacity(tokens);
    let mut last_doc: Vec<usize> = Vec::with_capacity(tokens);
    let mut raw: Vec<Vec<u32>> = Vec::with_capacity(a.tokens.len());
    for (i, toks) in a.tokens.iter().enumerate() {
        let doc = input.sentences[i].doc;
        let mut mine: Vec<u32> = Vec::with_capacity(2 * toks.len());
        let stop = |t: u32| t & STOPWORD != 0;
        let with_unigrams = options.unigram_weight > 0.0;
        let unigrams = toks
            .iter()
            .filter(|&&t| with_unigrams && !stop(t))
            .map(|&t| key(t, None));
        // Bigrams of adjacent words, stopwords included, except stopword pairs ("of the").
        let bigrams = toks
            .windows(2)
            .filter(|w| !(stop(w[0]) && stop(w[1])))
            .map(|w| key(w[0], Some(w[1])));
        for k in bigrams.chain(unigrams) {
            let next = ids.len() as u32;
            let id = *ids.entry(k).or_insert(next);
            if id == next {
                df.push(0);
                mass.push(0.0);
                last_doc.push(usize::MAX);
            }
            // Sentences come in document order, so the first sighting per document is the
            // earliest position there.
            if last_doc[id as usize] != doc {
                last_doc[id as usize] = doc;
                df[id as usize] += 1;
                let position = input.sentences[i].position as f64;
                mass[id as usize] += 1.0 + options.position_weight / (1.0 + position).sqrt();
            }
            mine.push(id);
        }
        mine.sort_unstable();
        mine.dedup();
        raw.push(mine);
    }
    let is_unigram: Vec<bool> = {
        let mut v = vec![false; ids.len()];
        for (&k, &id) in &ids {
            v[id as usize] = k >> 63 == 0;
        }
        v
    };
    let min_df = options
        .min_docs
        .min(n_docs as u32)
        .max((options.min_doc_share * n_docs as f64).ceil() as u32)
        .max(1);
    // Renumber the concepts that pass the threshold.
    let mut keep: Vec<Option<u32>> = vec![None; df.len()];
    let mut weights = Vec::with_capacity(df.len());
    for (id, &d) in df.iter().enumerate() {
        if d >= min_df {
            keep[id] = Some(weights.len() as u32);
            let w = mass[id];
            weights.push(if is_unigram[id] {
                w * options.unigram_weight
            } else {
                w
            });
        }
    }
    let of_sentence = raw
        .into_iter()
        .map(|c| {
            let mut kept = Vec::with_capacity(c.len());
            kept.extend(c.into_iter().filter_map(|id| keep[id as usize]));
            kept
        })
        .collect();
    Concepts {
        weights,
        of_sentence,
    }
}
