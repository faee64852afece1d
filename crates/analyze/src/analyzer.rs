use foldhash::HashSet;
use std::cell::RefCell;
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

/// The token filter chain: Unicode words → lowercase → drop stopwords and punctuation → Porter2 stem.
pub struct Analyzer {
    stopwords: HashSet<&'static str>,
    stemmer: Stemmer,
}

impl Analyzer {
    /// The shared English analyzer.
    pub fn english() -> &'static Analyzer {
        static A: OnceLock<Analyzer> = OnceLock::new();
        A.get_or_init(|| Analyzer {
            stopwords: tidings_core::word_list(include_str!("../data/stopwords_en.txt")).collect(),
            stemmer: Stemmer::create(Algorithm::English),
        })
    }

    /// Whether a lowercased word is a stopword.
    pub fn is_stopword(&self, word: &str) -> bool {
        self.stopwords.contains(word)
    }

    /// Content terms of `text` in order: stems of non-stopwords.
    pub fn terms(&self, text: &str) -> Vec<String> {
        crate::word_indices(text)
            .filter_map(|(_, w)| self.term(w))
            .collect()
    }

    /// The content term of one word (`None` for stopwords and words without letters or digits).
    pub fn term(&self, word: &str) -> Option<String> {
        // Stemming is the costliest step of analysis and news repeats its words: each
        // thread remembers the terms of the words it has seen (bounded; cleared when full).
        thread_local! {
            static TERMS: RefCell<foldhash::HashMap<Box<str>, Option<Box<str>>>> =
                RefCell::new(foldhash::HashMap::default());
        }
        const MAX_CACHED: usize = 200_000;
        TERMS.with_borrow_mut(|cache| {
            if let Some(term) = cache.get(word) {
                return term.as_deref().map(str::to_owned);
            }
            let term = self.term_uncached(word);
            if cache.len() >= MAX_CACHED {
                cache.clear();
            }
            cache.insert(word.into(), term.as_deref().map(Into::into));
            term
        })
    }

    fn term_uncached(&self, word: &str) -> Option<String> {
        let lower = word.to_lowercase();
        let lower = tidings_core::trim_possessive(&lower);
        if lower.is_empty()
            || self.stopwords.contains(lower)
            || !lower.chars().any(char::is_alphanumeric)
        {
            return None;
        }
        Some(self.stemmer.stem(lower).into_owned())
    }
}
