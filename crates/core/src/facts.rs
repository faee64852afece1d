//! What the facts stage reports beside the summary: disagreements between sources, quotes
//! with their speakers, and a timeline. Plain data, every item with byte offsets.

use serde::{Deserialize, Serialize};

use crate::SupportRef;

/// A slot (same event, same role) the documents fill with different values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Disagreement {
    /// `number`, `date` or `name`.
    pub kind: String,
    /// A few words of context saying what the value is about.
    pub about: String,
    /// The distinct values, each with every place that states it; at least two.
    pub variants: Vec<Variant>,
}

/// One value of a disagreement and where it is stated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Variant {
    /// The value as first written ("nearly 10 hours", "12-hour").
    pub value: String,
    /// Where it is stated: the bytes of the value itself.
    pub docs: Vec<SupportRef>,
}

/// A direct quotation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words, without the quotation marks.
    pub text: String,
    /// The speaker, resolved to the fullest name the cluster uses; `None` when unattributed.
    pub speaker: Option<String>,
    /// The reporting verb ("said", "told", "according to").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verb: Option<String>,
    /// Document id.
    pub doc: String,
    /// First byte of the quoted words.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Every document that carries the same quotation (this one first).
    pub support: Vec<SupportRef>,
}

/// A dated statement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineEntry {
    /// `YYYY-MM-DD` (the first day of the week or month for coarser precision); `None` when
    /// the expression is relative and the document has no date.
    pub date: Option<String>,
    /// `day`, `week`, `month` or `relative` (unresolved).
    pub precision: String,
    /// The date expression as written ("Friday", "last month", "Aug. 26").
    pub expression: String,
    /// First byte of the expression in the document.
    pub expression_start: usize,
    /// One past its last byte.
    pub expression_end: usize,
    /// The sentence that states it.
    pub text: String,
    /// Document id.
    pub doc: String,
    /// First byte of the sentence.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}
