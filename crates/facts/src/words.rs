//! Words of a document with byte offsets, and the features that compare their contexts:
//! a Porter2 stem, or the class of a news slot word ("talks" and "meeting" are one feature).

use std::sync::OnceLock;

use foldhash::{HashMap, HashMapExt};
use tidings_analyze::{Analyzer, WordSpan};
use tidings_core::Span;
use unicode_segmentation::UnicodeSegmentation;

/// A word with its bytes in the document.
#[derive(Debug, Clone)]
pub(crate) struct Word<'t> {
    pub span: Span,
    pub text: &'t str,
    /// Content feature: a slot class or a stem (`None` for stopwords and numbers).
    pub feature: Option<u32>,
}

impl Word<'_> {
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// Features of one cluster: ids for stems, shared ids for the words of one slot class.
/// An instance reads its words one way: all by [`Features::words`] or all by
/// [`Features::analyzed_words`].
pub(crate) struct Features {
    /// Ids of the stems [`Features::words`] has seen (slot-class stems first), built on its
    /// first call.
    ids: HashMap<String, u32>,
    /// The id the next new stem gets.
    next: u32,
    /// Sentences each feature occurs in (for idf).
    pub sentence_freq: Vec<u32>,
    /// Ids below this are slot classes.
    n_classes: u32,
    /// Feature of each analysis term id seen so far (`u32::MAX`: not yet looked up).
    by_term: Vec<u32>,
}

fn classes() -> &'static HashMap<String, u32> {
    static C: OnceLock<HashMap<String, u32>> = OnceLock::new();
    C.get_or_init(|| {
        let mut m = HashMap::new();
        let analyzer = Analyzer::english();
        let lines = include_str!("../data/slot_classes.txt")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
        for (class, line) in lines.enumerate() {
            for w in tidings_core::split_words(line) {
                if let Some(stem) = analyzer.term(w) {
                    m.insert(stem, class as u32);
                }
            }
        }
        m
    })
}

/// The slot class of a word, when it has one.
pub(crate) fn class_of(word: &str) -> Option<u32> {
    Analyzer::english()
        .term(word)
        .and_then(|s| classes().get(&s).copied())
}

impl Features {
    pub fn new() -> Self {
        let n_classes = classes().values().max().map_or(0, |m| m + 1);
        Features {
            ids: HashMap::new(),
            next: (classes().len() as u32).max(n_classes),
            sentence_freq: vec![0; n_classes as usize],
            n_classes,
            by_term: Vec::new(),
        }
    }

    /// The words of `text` (a slice of a document starting at byte `offset`).
    pub fn words<'t>(&mut self, text: &'t str, offset: usize) -> Vec<Word<'t>> {
        let analyzer = Analyzer::english();
        if self.ids.is_empty() {
            for (stem, &class) in classes() {
                self.ids.insert(stem.clone(), class);
            }
        }
        text.split_word_bound_indices()
            .filter(|(_, w)| w.chars().next().is_some_and(char::is_alphanumeric))
            .map(|(i, w)| {
                let feature = if w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                    None
                } else {
                    analyzer.term(w).map(|stem| {
                        let next = &mut self.next;
                        *self.ids.entry(stem).or_insert_with(|| {
                            *next += 1;
                            *next - 1
                        })
                    })
                };
                Word {
                    span: Span::new(offset + i, offset + i + w.len()),
                    text: w,
                    feature,
                }
            })
            .collect()
    }

    /// The same words as [`Features::words`], read from what analysis found (`spans` of one
    /// sentence of `text`, terms numbered by `vocabulary`): no second segmentation or stemming.
    pub fn analyzed_words<'t>(
        &mut self,
        text: &'t str,
        spans: &[WordSpan],
        vocabulary: &[String],
    ) -> Vec<Word<'t>> {
        let mut out = Vec::with_capacity(spans.len());
        out.extend(spans.iter().filter_map(|w| {
            let word = &text[w.span.start..w.span.end];
            let first = word.chars().next()?;
            if !first.is_alphanumeric() {
                return None;
            }
            let feature = if first.is_ascii_digit() {
                None
            } else {
                w.term
                    .map(|term| self.feature_of_term(term as usize, vocabulary))
            };
            Some(Word {
                span: w.span,
                text: word,
                feature,
            })
        }));
        out
    }

    fn feature_of_term(&mut self, term: usize, vocabulary: &[String]) -> u32 {
        if term >= self.by_term.len() {
            self.by_term
                .resize(vocabulary.len().max(term + 1), u32::MAX);
        }
        if self.by_term[term] == u32::MAX {
            // Each term is one stem, asked once: a slot class's id, else the next new id.
            self.by_term[term] = match classes().get(&vocabulary[term]) {
                Some(&class) => class,
                None => {
                    self.next += 1;
                    self.next - 1
                }
            };
        }
        self.by_term[term]
    }

    /// Counts the features of one sentence toward their sentence frequency.
    pub fn count(&mut self, words: &[Word]) {
        let mut seen: Vec<u32> = Vec::with_capacity(words.len());
        seen.extend(words.iter().filter_map(|w| w.feature));
        seen.sort_unstable();
        seen.dedup();
        for f in seen {
            let f = f as usize;
            if f >= self.sentence_freq.len() {
                self.sentence_freq.resize(f + 1, 0);
            }
            self.sentence_freq[f] += 1;
        }
    }

    /// Whether a feature id is a slot class.
    pub fn is_class(&self, feature: u32) -> bool {
        feature < self.n_classes
    }

    /// Inverse sentence frequency of a feature among `n` sentences.
    pub fn idf(&self, feature: u32, n: usize) -> f32 {
        let df = self
            .sentence_freq
            .get(feature as usize)
            .copied()
            .unwrap_or(0) as f32;
        ((n as f32 + 1.0) / (df + 1.0)).ln() + 1.0
    }
}
