use serde::{Deserialize, Serialize};

/// Where a piece of text occurs: a document id and a byte range of its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportRef {
    /// Document id.
    pub doc: String,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// One sentence of a summary with its provenance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SummarySentence {
    /// The sentence as it stands in its document (inner whitespace kept).
    pub text: String,
    /// Id of the document it was taken from.
    pub doc: String,
    /// First byte in that document's text.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The selection method's score (higher is more central); comparable within one summary.
    pub score: f64,
    /// The sentence was cut to fit a budget no whole sentence fits (the text is its prefix).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub truncated: bool,
    /// Every place in the cluster that carries this sentence or a near-copy, the source itself first.
    pub support: Vec<SupportRef>,
}

/// A document as listed in the output.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentInfo {
    /// Document id.
    pub id: String,
    /// Headline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Date as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Path it was read from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// `text` or `html`.
    pub format: crate::SourceFormat,
    /// What the reader had to do to the input.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// The text every offset of this document indexes, when the caller asked for it (the
    /// web page shows it; for HTML it is the extracted article, not the page).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// Text removed by cleaning, with the rule that removed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dropped {
    /// Document id.
    pub doc: String,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The dropped text.
    pub text: String,
    /// The rule, e.g. `share-button`, `credit`, `caption`, `near-duplicate`.
    pub reason: String,
}

/// The result of summarizing one cluster.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Cluster id.
    pub id: String,
    /// Selection method used.
    pub method: String,
    /// Words in the summary.
    pub words: usize,
    /// Summary sentences in reading order.
    pub sentences: Vec<SummarySentence>,
    /// The documents of the cluster.
    pub documents: Vec<DocumentInfo>,
    /// What cleaning removed.
    pub dropped: Vec<Dropped>,
    /// Where the sources state different values for one slot (absent when turned off).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disagreements: Option<Vec<crate::Disagreement>>,
    /// Direct quotations with speakers (absent when turned off).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quotes: Option<Vec<crate::Quote>>,
    /// Dated statements in date order (absent when turned off).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeline: Option<Vec<crate::TimelineEntry>>,
}

impl Summary {
    /// The summary as plain text, one sentence per line.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for s in &self.sentences {
            out.push_str(&s.text);
            out.push('\n');
        }
        out
    }
}
