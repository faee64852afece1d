//! Text analysis: the chain tokens → lowercase → stopwords → stems, term weights for the
//! cluster, sparse tf-idf vectors per sentence, and near-duplicate groups across documents.
//!
//! ```
//! use tidings_analyze::Analyzer;
//! let terms = Analyzer::english().terms("The ministers were meeting in Geneva.");
//! assert_eq!(terms, ["minist", "meet", "geneva"]);
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod analyzer;
mod duplicates;
mod similarity;
mod vectors;
mod words;

pub use analyzer::Analyzer;
pub use duplicates::{near_duplicate_groups, DuplicateOptions};
pub use similarity::{similarity_rows, SimilarityRows};
pub use vectors::{cosine, SparseVec};
pub use words::word_indices;

use foldhash::{HashMap, HashMapExt};

use tidings_core::{Cluster, Sentence, Span};

/// The bit that marks a stopword in [`Analysis::tokens`].
pub const STOPWORD: u32 = 1 << 31;

/// A word of a sentence: its bytes in the document and its content term id (`None` for
/// stopwords and words without letters or digits).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordSpan {
    /// The word's bytes in the document.
    pub span: Span,
    /// Content term id (an index into [`Analysis::vocabulary`]).
    pub term: Option<u32>,
}

/// Everything the selection stage reads about a cluster's sentences.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// Distinct content terms (stems) per sentence, as term ids in first-seen order.
    pub terms: Vec<Vec<u32>>,
    /// Words per sentence in text order, repeats kept (bigram concepts need order): content
    /// term ids, and stopwords as [`STOPWORD`]` | k` (k numbers the distinct stopwords).
    pub tokens: Vec<Vec<u32>>,
    /// Words (whitespace-separated) per sentence.
    pub words: Vec<usize>,
    /// Unicode words per sentence with their bytes in the document and content term, for
    /// later stages that read words at their offsets (fact finders) without segmenting and
    /// stemming the text again.
    pub spans: Vec<Vec<WordSpan>>,
    /// L2-normalized tf-idf vector per sentence (idf over the cluster's sentences).
    pub vectors: Vec<SparseVec>,
    /// Per term: in how many documents it occurs.
    pub doc_freq: Vec<u32>,
    /// Per term: occurrences in the whole cluster.
    pub term_freq: Vec<u32>,
    /// Near-duplicate group of each sentence (index into `groups`).
    pub group_of: Vec<usize>,
    /// Groups of sentences that say the same thing, each sorted by sentence index.
    pub groups: Vec<Vec<usize>>,
    /// Documents with at least one sentence.
    pub n_docs: usize,
    /// The stem of each term id.
    pub vocabulary: Vec<String>,
}

impl Analysis {
    /// Distinct documents carrying the group of sentence `i`.
    pub fn support_docs(&self, sentences: &[Sentence], i: usize) -> usize {
        let mut docs: Vec<usize> = self.groups[self.group_of[i]]
            .iter()
            .map(|&j| sentences[j].doc)
            .collect();
        docs.sort_unstable();
        docs.dedup();
        docs.len()
    }
}

/// Analyzes the kept sentences of a cluster.
pub fn analyze(cluster: &Cluster, sentences: &[Sentence]) -> Analysis {
    let analyzer = Analyzer::english();
    // Sized for the distinct forms news text of this length holds (about one per 12 bytes,
    // fewer stems), so the tables rarely grow.
    let bytes: usize = sentences.iter().map(|s| s.span.end - s.span.start).sum();
    let mut ids: HashMap<String, u32> = HashMap::with_capacity(bytes / 24);
    // Words repeat across sentences: read each distinct surface form once, as a content
    // term id, a stopword (`STOPWORD | k`) or neither.
    let mut word_ids: HashMap<&str, Option<u32>> = HashMap::with_capacity(bytes / 12);
    let mut stopword_ids: HashMap<String, u32> = HashMap::new();
    let mut all_tokens = Vec::with_capacity(sentences.len());
    let mut a = Analysis::default();
    let mut docs_with_sentences: Vec<usize> = sentences.iter().map(|s| s.doc).collect();
    docs_with_sentences.dedup();
    docs_with_sentences.sort_unstable();
    docs_with_sentences.dedup();
    a.n_docs = docs_with_sentences.len();
    let mut last_doc_of_term: Vec<usize> = Vec::new();
    let mut tokens_per_sentence = Vec::with_capacity(sentences.len());
    for s in sentences {
        let text = &cluster.documents[s.doc].text[s.span.start..s.span.end];
        a.words.push(tidings_core::count_words(text));
        // About one word per six bytes of news text: sized once instead of grown.
        let words = text.len() / 6 + 4;
        let mut toks = Vec::with_capacity(words / 2);
        let mut all = Vec::with_capacity(words);
        let mut spans = Vec::with_capacity(words);
        for (at, word) in word_indices(text) {
            let id = *word_ids.entry(word).or_insert_with(|| {
                let Some(stem) = analyzer.term(word) else {
                    let lower = word.to_lowercase();
                    if !analyzer.is_stopword(&lower) {
                        return None;
                    }
                    let next = stopword_ids.len() as u32;
                    return Some(STOPWORD | *stopword_ids.entry(lower).or_insert(next));
                };
                let next = ids.len() as u32;
                let id = *ids.entry(stem).or_insert(next);
                if id == next {
                    a.doc_freq.push(0);
                    a.term_freq.push(0);
                    last_doc_of_term.push(usize::MAX);
                }
                Some(id)
            });
            let start = s.span.start + at;
            let term = id.filter(|id| id & STOPWORD == 0);
            spans.push(WordSpan {
                span: Span::new(start, start + word.len()),
                term,
            });
            let Some(id) = term else {
                // A stopword keeps its place in the token stream; other non-terms do not.
                all.extend(id);
                continue;
            };
            all.push(id);
            a.term_freq[id as usize] += 1;
            if last_doc_of_term[id as usize] != s.doc {
                last_doc_of_term[id as usize] = s.doc;
                a.doc_freq[id as usize] += 1;
            }
            toks.push(id);
        }
        tokens_per_sentence.push(toks);
        all_tokens.push(all);
        a.spans.push(spans);
    }
    // Sentences of one document are contiguous, so the last-doc trick above counts each
    // document once per term.
    a.vocabulary = vec![String::new(); ids.len()];
    for (stem, id) in ids {
        a.vocabulary[id as usize] = stem;
    }
    a.vectors = vectors::tfidf(&tokens_per_sentence, a.doc_freq.len());
    a.tokens = all_tokens;
    // Distinct terms per sentence: a term is new to sentence k unless stamped k already.
    let mut stamp = vec![usize::MAX; a.doc_freq.len()];
    a.terms = tokens_per_sentence
        .into_iter()
        .enumerate()
        .map(|(k, mut t)| {
            t.retain(|&x| std::mem::replace(&mut stamp[x as usize], k) != k);
            t
        })
        .collect();
    let (group_of, groups) = near_duplicate_groups(&a.terms, &DuplicateOptions::default());
    a.group_of = group_of;
    a.groups = groups;
    a
}
