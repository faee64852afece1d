//! Page-debris removal: what a web page or a wire copy carries besides the story.
//!
//! Works on spans of the original text only (a line or a sentence is kept or dropped, never
//! rewritten), so provenance stays exact, and every drop is reported with its rule.
//!
//! ```
//! use tidings_core::{Cluster, Document};
//! let text = "Share\n\nTalks resume in Geneva\n\nThe ministers met for ten hours on Friday. They agreed to meet again.\n\nAdvertisement\n";
//! let cluster = Cluster { id: "c".into(), documents: vec![Document::new("a", text)] };
//! let cleaned = tidings_clean::clean(&cluster);
//! assert_eq!(cleaned.sentences.len(), 2);
//! let reasons: Vec<&str> = cleaned.dropped.iter().map(|d| d.reason).collect();
//! assert_eq!(reasons, ["furniture", "headline", "furniture"]);
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod dateline;
mod lexicon;
mod line;
mod main_text;
mod rules;

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

use tidings_core::{Cluster, Document, Sentence, Span};

pub use line::normalize;

/// A span removed by cleaning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DropRecord {
    /// Index of the document in the cluster.
    pub doc: usize,
    /// The removed bytes.
    pub span: Span,
    /// The rule that removed it (`furniture`, `credit`, `caption`, `headline`, …).
    pub reason: &'static str,
}

/// What cleaning kept and dropped.
#[derive(Debug, Clone, Default)]
pub struct Cleaned {
    /// Kept sentences, per document in text order.
    pub sentences: Vec<Sentence>,
    /// Dropped spans, per document in text order.
    pub dropped: Vec<DropRecord>,
    /// Headline per document: its given title, or the headline line found in its text.
    pub titles: Vec<Option<String>>,
}

/// A cleaning stage.
pub trait Cleaner {
    /// Splits each document into sentences and removes page debris.
    fn clean(&self, cluster: &Cluster) -> Cleaned;
}

/// The rules of this crate, in the order described in `rules.rs`.
#[derive(Debug, Clone, Default)]
pub struct DefaultCleaner;

impl Cleaner for DefaultCleaner {
    fn clean(&self, cluster: &Cluster) -> Cleaned {
        clean(cluster)
    }
}

/// Cleans a cluster with the default rules.
pub fn clean(cluster: &Cluster) -> Cleaned {
    let lex = lexicon::Lexicon::get();
    let per_doc: Vec<Vec<line::Line>> = cluster
        .documents
        .iter()
        .map(|d| line::lines(&d.text, lex))
        .collect();
    // How many documents carry each line, to tell repeated furniture from story text.
    let mut line_docs: HashMap<&str, HashSet<usize>> = HashMap::new();
    for (di, lines) in per_doc.iter().enumerate() {
        for l in lines {
            line_docs.entry(l.key.as_str()).or_default().insert(di);
        }
    }
    let mut out = Cleaned::default();
    for (di, (doc, lines)) in cluster.documents.iter().zip(&per_doc).enumerate() {
        let repeated = |key: &str| line_docs.get(key).map_or(1, HashSet::len) > 1;
        let title = clean_document(di, doc, lines, lex, &repeated, &mut out);
        out.titles.push(doc.title.clone().or(title));
    }
    out
}

fn clean_document(
    di: usize,
    doc: &Document,
    lines: &[line::Line],
    lex: &lexicon::Lexicon,
    repeated: &dyn Fn(&str) -> bool,
    out: &mut Cleaned,
) -> Option<String> {
    let text = doc.text.as_str();
    let region = main_text::article_region(lines);
    let title_key = doc.title.as_deref().map(normalize);
    let mut found_title: Option<String> = None;
    let mut found_title_key: Option<String> = None;
    let mut seen: HashSet<&str> = HashSet::new();
    let mut position = 0;
    for (li, l) in lines.iter().enumerate() {
        let drop = |reason, out: &mut Cleaned| {
            out.dropped.push(DropRecord {
                doc: di,
                span: l.span,
                reason,
            })
        };
        if !region.contains(&li) {
            drop("outside-article", out);
            continue;
        }
        if let Some(reason) = rules::line_debris(l, text, lex, repeated(&l.key)) {
            drop(reason, out);
            continue;
        }
        if title_key.as_deref() == Some(l.key.as_str())
            || found_title_key.as_deref() == Some(l.key.as_str())
        {
            drop("repeated-headline", out);
            continue;
        }
        if !l.terminal && l.words <= rules::MAX_HEADLINE_WORDS {
            if found_title.is_none() && position == 0 && doc.title.is_none() {
                found_title = Some(text[l.span.start..l.span.end].to_string());
                found_title_key = Some(l.key.clone());
                drop("headline", out);
            } else {
                drop(
                    if position == 0 {
                        "headline"
                    } else {
                        "fragment"
                    },
                    out,
                );
            }
            continue;
        }
        if !seen.insert(l.key.as_str()) {
            drop("duplicate", out);
            continue;
        }
        let mut spans = Vec::new();
        tidings_segment::Splitter::english().split_line(text, l.span, &mut spans);
        let n = spans.len();
        for (si, span) in spans.into_iter().enumerate() {
            let sentence = &text[span.start..span.end];
            // A line that is one sentence: its key and caption check are already done.
            let debris = if span == l.span {
                rules::sentence_debris_keyed(sentence, &l.key, l.words, si + 1 == n, lex)
            } else {
                rules::sentence_debris(text, span, l, si + 1 == n, lex)
            };
            if let Some(reason) = debris {
                out.dropped.push(DropRecord {
                    doc: di,
                    span,
                    reason,
                });
                continue;
            }
            let mut span = span;
            if position == 0 {
                if let Some(len) = dateline::dateline_len(sentence) {
                    out.dropped.push(DropRecord {
                        doc: di,
                        span: Span {
                            start: span.start,
                            end: span.start + len,
                        },
                        reason: "dateline",
                    });
                    span.start += len;
                }
            }
            out.sentences.push(Sentence {
                doc: di,
                span,
                position,
            });
            position += 1;
        }
    }
    found_title
}

#[cfg(test)]
mod caption_tests {
    use tidings_core::{Cluster, Document};

    fn reasons(text: &str) -> Vec<(String, &'static str)> {
        let cluster = Cluster {
            id: "c".into(),
            documents: vec![Document::new("a", text)],
        };
        let cleaned = super::clean(&cluster);
        cleaned
            .dropped
            .iter()
            .map(|d| (text[d.span.start..d.span.end].to_string(), d.reason))
            .collect()
    }

    #[test]
    fn a_caption_sentence_inside_a_paragraph_is_dropped() {
        let caption = "Secretary Kerry speaks to reporters in Geneva on Aug. 26.";
        let text = format!(
            "The talks in Geneva went on for many hours on Friday, and officials said little.\n\n\
             {caption} The ministers met again the next day, officials said after the talks.\n\n\
             The envoy said the two sides would meet again within weeks to settle the rest."
        );
        let found = reasons(&text);
        assert!(
            found.iter().any(|(s, r)| s == caption && *r == "caption"),
            "{found:?}"
        );
        // The paragraph's other sentence stays.
        assert_eq!(found.len(), 1, "{found:?}");
    }
}
