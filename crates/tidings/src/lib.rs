//! tidings: a cluster of news reports in, a short sourced summary out.
//!
//! The pipeline is ingest → segment → clean → analyze → select → order → render, one crate
//! per stage; this crate ties them together. Every summary sentence carries the byte range
//! it came from and every other place in the cluster that says the same thing.
//!
//! ```
//! use tidings::{summarize, Cluster, Document, Options};
//! let cluster = Cluster {
//!     id: "talks".into(),
//!     documents: vec![
//!         Document::new("a", "Share\n\nThe ministers met in Geneva on Friday for ten hours. They agreed to meet again next week."),
//!         Document::new("b", "The ministers met in Geneva on Friday for ten hours. Aid convoys are waiting at the border."),
//!     ],
//! };
//! let summary = summarize(&cluster, &Options::default()).unwrap();
//! let first = &summary.sentences[0];
//! assert_eq!(first.text, "The ministers met in Geneva on Friday for ten hours.");
//! // Both reports carry it; offsets slice the original text.
//! assert_eq!(first.support.len(), 2);
//! assert_eq!(&cluster.documents[0].text[first.start..first.end], first.text);
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub use tidings_core::{
    count_words, Budget, BudgetUnit, Cluster, Disagreement, Document, DocumentInfo, Dropped, Error,
    ErrorKind, Quote, Sentence, SourceFormat, Span, Summary, SummarySentence, SupportRef,
    TimelineEntry, Variant,
};
pub use tidings_facts as facts;
pub use tidings_ingest as ingest;
pub use tidings_render as render;
pub use tidings_segment as segment;
pub use tidings_select::METHODS;

use tidings_order::{Chronological, Orderer};
use tidings_select::{by_name, SelectionInput};

/// How to summarize.
#[derive(Debug, Clone)]
pub struct Options {
    /// Length of the summary.
    pub budget: Budget,
    /// Selection method (see [`METHODS`]; `default` is the best measured one).
    pub method: String,
    /// What to report beside the summary.
    pub reports: Reports,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            budget: Budget::default(),
            method: "default".into(),
            reports: Reports::default(),
        }
    }
}

/// The reports computed beside the summary; each is `None` in the [`Summary`] when off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reports {
    /// Slots the documents fill with different numbers, dates or names.
    pub disagreements: bool,
    /// Direct quotations with their speakers.
    pub quotes: bool,
    /// Dated statements in date order.
    pub timeline: bool,
}

impl Default for Reports {
    fn default() -> Self {
        Reports::all()
    }
}

impl Reports {
    /// Every report.
    pub fn all() -> Self {
        Reports {
            disagreements: true,
            quotes: true,
            timeline: true,
        }
    }

    /// The summary alone (what evaluation and batch scoring need).
    pub fn none() -> Self {
        Reports {
            disagreements: false,
            quotes: false,
            timeline: false,
        }
    }
}

/// Summarizes one cluster.
///
/// Errors: no documents or no text at all ([`ErrorKind::Empty`]), an unknown method or a
/// zero budget ([`ErrorKind::Config`]).
pub fn summarize(cluster: &Cluster, options: &Options) -> Result<Summary, Error> {
    let selector = by_name(&options.method).ok_or_else(|| {
        Error::new(
            ErrorKind::Config,
            format!(
                "unknown method {:?} (known: {})",
                options.method,
                METHODS.join(", ")
            ),
        )
    })?;
    if options.budget.limit == 0 {
        return Err(Error::new(
            ErrorKind::Config,
            "the length budget must be at least 1",
        ));
    }
    if cluster.documents.iter().all(|d| d.text.trim().is_empty()) {
        return Err(Error::new(
            ErrorKind::Empty,
            format!(
                "nothing to summarize: the {} document(s) of {:?} hold no text",
                cluster.documents.len(),
                cluster.id
            ),
        ));
    }
    let cleaned = clean(cluster);
    let analysis = tidings_analyze::analyze(cluster, &cleaned.sentences);
    let input = SelectionInput {
        cluster,
        sentences: &cleaned.sentences,
        analysis: &analysis,
    };
    let picks = selector.select(&input, &options.budget);
    let chosen: Vec<usize> = picks.iter().map(|p| p.sentence).collect();
    let order = Chronological.order(cluster, &cleaned.sentences, &chosen);
    let score_of = |i: usize| {
        picks
            .iter()
            .find(|p| p.sentence == i)
            .map_or(0.0, |p| p.score)
    };
    let sentences: Vec<SummarySentence> = order
        .iter()
        .map(|&i| {
            let s = &cleaned.sentences[i];
            let doc = &cluster.documents[s.doc];
            let mut members = analysis.groups[analysis.group_of[i]].clone();
            members.sort_by_key(|&j| (j != i, cleaned.sentences[j].doc, j));
            SummarySentence {
                text: doc.text[s.span.start..s.span.end].to_string(),
                doc: doc.id.clone(),
                start: s.span.start,
                end: s.span.end,
                score: (score_of(i) * 1e6).round() / 1e6,
                truncated: false,
                support: members
                    .iter()
                    .map(|&j| {
                        let m = &cleaned.sentences[j];
                        SupportRef {
                            doc: cluster.documents[m.doc].id.clone(),
                            start: m.span.start,
                            end: m.span.end,
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let mut sentences = sentences;
    truncate_if_over(&mut sentences, &options.budget);
    let words = sentences.iter().map(|s| count_words(&s.text)).sum();
    let reports = &options.reports;
    let facts = tidings_facts::Facts::with_analysis(cluster, &cleaned.sentences, &analysis);
    Ok(Summary {
        id: cluster.id.clone(),
        method: selector.name().to_string(),
        words,
        sentences,
        documents: cluster
            .documents
            .iter()
            .zip(&cleaned.titles)
            .map(|(d, title)| DocumentInfo {
                id: d.id.clone(),
                title: title.clone(),
                date: d.date.clone(),
                path: d.path.clone(),
                format: d.format,
                warnings: d.warnings.clone(),
                text: None,
            })
            .collect(),
        dropped: cleaned
            .dropped
            .iter()
            .map(|r| Dropped {
                doc: cluster.documents[r.doc].id.clone(),
                start: r.span.start,
                end: r.span.end,
                text: cluster.documents[r.doc].text[r.span.start..r.span.end].to_string(),
                reason: r.reason.to_string(),
            })
            .collect(),
        disagreements: reports
            .disagreements
            .then(|| facts.disagreements(&tidings_facts::Thresholds::default())),
        quotes: reports.quotes.then(|| facts.quotes()),
        timeline: reports.timeline.then(|| facts.timeline()),
    })
}

/// The sentences the pipeline reads: those cleaning keeps (all sentences when it keeps none).
pub fn clean_sentences(cluster: &Cluster) -> Vec<Sentence> {
    clean(cluster).sentences
}

/// Cleaning, except that when everything looked like debris the raw sentences are read
/// rather than nothing.
fn clean(cluster: &Cluster) -> tidings_clean::Cleaned {
    let mut cleaned = tidings_clean::clean(cluster);
    if cleaned.sentences.is_empty() {
        cleaned.sentences = raw_sentences(cluster);
    }
    cleaned
}

fn raw_sentences(cluster: &Cluster) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (doc, d) in cluster.documents.iter().enumerate() {
        for (position, span) in tidings_segment::split(&d.text).into_iter().enumerate() {
            out.push(Sentence {
                doc,
                span,
                position,
            });
        }
    }
    out
}

/// The one case a selector may exceed the budget: no sentence fits at all, so it returned
/// the shortest. Cut that sentence to a prefix that fits (still an exact span of its
/// document), so the budget holds and the summary is not empty.
fn truncate_if_over(sentences: &mut [SummarySentence], budget: &Budget) {
    if budget.allow_overflow || sentences.len() != 1 {
        return;
    }
    let s = &mut sentences[0];
    if budget.cost(&s.text, true) <= budget.limit {
        return;
    }
    let keep = budget.fitting_prefix(&s.text);
    s.text.truncate(keep);
    s.end = s.start + keep;
    s.truncated = true;
}
