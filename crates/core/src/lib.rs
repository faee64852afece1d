//! Plain data passed between the tidings pipeline stages.
//!
//! Every unit of text downstream of ingestion is a [`Span`]: a byte range into the
//! text of one [`Document`] exactly as it was read. Nothing in the pipeline rewrites
//! document text, so provenance is exact by construction.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod budget;
mod date;
mod error;
mod facts;
mod summary;

pub use budget::{count_words, may_start_whitespace, split_words, Budget, BudgetUnit};
pub use date::{document_date_key, month_number, parse_date, weekday_number, DateKey};
pub use error::{Error, ErrorKind};
pub use facts::{Disagreement, Quote, TimelineEntry, Variant};
pub use summary::{DocumentInfo, Dropped, Summary, SummarySentence, SupportRef};

use serde::{Deserialize, Serialize};

/// The entries of a word-list data file: one per line, trimmed; blank lines and lines
/// starting with `#` are skipped. Every stage keeps its lists in this format.
pub fn word_list(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// `text` without every trailing copy of `suffix`: what `text.trim_end_matches(suffix)`
/// returns, without building a substring searcher on each call (it runs once per word).
pub fn trim_end_str<'t>(text: &'t str, suffix: &str) -> &'t str {
    let mut text = text;
    if suffix.is_empty() {
        return text;
    }
    while let Some(rest) = text.strip_suffix(suffix) {
        text = rest;
    }
    text
}

/// A word without its possessive endings, straight ("'s") then curly ("’s").
pub fn trim_possessive(word: &str) -> &str {
    trim_end_str(trim_end_str(word, "'s"), "’s")
}

/// `f` of `word` lower-cased. Most words are short and ASCII: those are lower-cased in a
/// stack buffer, the rest by `str::to_lowercase`, so the result is the same either way.
pub fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if word.len() <= buf.len() && word.is_ascii() {
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        return f(std::str::from_utf8(lower).expect("ASCII stays UTF-8"));
    }
    f(&word.to_lowercase())
}

/// How a document's text was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum SourceFormat {
    /// Plain text, used as read.
    #[default]
    Text,
    /// Article text extracted from an HTML page; offsets index the extracted text.
    Html,
}

/// One news report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Document {
    /// Identifier shown in provenance (file name, JSON id, or position).
    pub id: String,
    /// Headline, when the source gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Publication date as given by the source (free form; parsed by the ordering stage).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Where the document was read from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// The text every span of this document indexes.
    pub text: String,
    /// How `text` was obtained.
    #[serde(default)]
    pub format: SourceFormat,
    /// Things the reader had to do to the input (e.g. lossy UTF-8 decoding), reported to the user.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

impl Document {
    /// When the report was published, as far as its date field (checked against a
    /// newswire id's date stamp) says.
    pub fn date_key(&self) -> Option<DateKey> {
        document_date_key(self.date.as_deref(), &self.id)
    }

    /// A plain-text document with an id.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            text: text.into(),
            ..Default::default()
        }
    }

    /// The text of a span of this document.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.start..span.end]
    }
}

/// A set of reports of one story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Cluster {
    /// Cluster identifier (echoed in the output).
    pub id: String,
    /// The reports.
    pub documents: Vec<Document>,
}

/// A byte range `start..end` into one document's text, always on char boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A new span; `start <= end` is the caller's contract.
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// A sentence of a document, as found by segmentation and kept by cleaning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Index of the document in its cluster.
    pub doc: usize,
    /// Byte range in that document's text.
    pub span: Span,
    /// Index of the sentence among the kept sentences of its document (0 = first).
    pub position: usize,
}

#[cfg(test)]
mod tests {
    proptest::proptest! {
        #[test]
        fn with_lowercase_is_to_lowercase(word in "([a-zA-Z0-9 .'-]|É|Σ|İ|ǅ|東){0,40}") {
            proptest::prop_assert_eq!(super::with_lowercase(&word, str::to_string), word.to_lowercase());
        }
    }

    proptest::proptest! {
        #[test]
        fn trim_end_str_is_trim_end_matches(text in "[a's’]{0,12}", suffix in "[a's’]{0,3}") {
            proptest::prop_assert_eq!(
                super::trim_end_str(&text, &suffix),
                text.trim_end_matches(suffix.as_str())
            );
            proptest::prop_assert_eq!(
                super::trim_possessive(&text),
                text.trim_end_matches("'s").trim_end_matches("’s")
            );
        }
    }
}
