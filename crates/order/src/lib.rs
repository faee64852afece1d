//! In what order the chosen sentences are read.
//!
//! ```
//! use tidings_core::{Cluster, Document, Sentence, Span};
//! use tidings_order::{Chronological, Orderer};
//! let mut old = Document::new("old", "Earlier report.");
//! old.date = Some("2016-08-25".into());
//! let mut new = Document::new("new", "Later report.");
//! new.date = Some("2016-08-26".into());
//! let cluster = Cluster { id: "c".into(), documents: vec![new, old] };
//! let s = |doc, end| Sentence { doc, span: Span::new(0, end), position: 0 };
//! let sentences = [s(0, 13), s(1, 15)];
//! assert_eq!(Chronological.order(&cluster, &sentences, &[0, 1]), [1, 0]);
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

use tidings_core::{Cluster, Sentence};

/// An ordering stage: permutes chosen sentence indices into reading order.
pub trait Orderer {
    /// Reading order of `chosen` (indices into `sentences`).
    fn order(&self, cluster: &Cluster, sentences: &[Sentence], chosen: &[usize]) -> Vec<usize>;
}

/// By document date when documents carry parseable dates (undated ones after dated ones),
/// then by document order, then by position in the document.
#[derive(Debug, Clone, Copy, Default)]
pub struct Chronological;

impl Orderer for Chronological {
    fn order(&self, cluster: &Cluster, sentences: &[Sentence], chosen: &[usize]) -> Vec<usize> {
        let dates: Vec<_> = cluster.documents.iter().map(|d| d.date_key()).collect();
        let mut out = chosen.to_vec();
        out.sort_by_key(|&i| {
            let s = &sentences[i];
            (dates[s.doc].is_none(), dates[s.doc], s.doc, s.position)
        });
        out
    }
}
