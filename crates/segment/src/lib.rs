//! Sentence segmentation for English news text, with byte offsets.
//!
//! A line break always ends a sentence (news text puts paragraphs on lines); inside a
//! line, [`Splitter`] decides at each run of terminal punctuation from the word before it
//! and the word after it, using abbreviation lists kept as data files in `data/`.
//!
//! ```
//! let text = "Gen. Smith arrived at 5 p.m. on Friday. He met U.S. officials.";
//! let spans = tidings_segment::split(text);
//! let sentences: Vec<&str> = spans.iter().map(|s| &text[s.start..s.end]).collect();
//! assert_eq!(sentences, ["Gen. Smith arrived at 5 p.m. on Friday.", "He met U.S. officials."]);
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod lexicon;
mod lists;
mod splitter;

pub use splitter::Splitter;
use tidings_core::Span;

/// Splits `text` into sentences with the English splitter; spans are trimmed of whitespace.
pub fn split(text: &str) -> Vec<Span> {
    Splitter::english().split(text)
}

/// Non-blank lines of `text`, trimmed of surrounding whitespace.
pub fn lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            push_trimmed(text, start, i, &mut out);
            start = i + 1;
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

/// Pushes `text[start..end]` without its surrounding whitespace, if anything is left.
pub(crate) fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let piece = &text[start..end];
    let trimmed = piece.trim_start();
    let s = start + (piece.len() - trimmed.len());
    let e = s + trimmed.trim_end().len();
    if e > s {
        out.push(Span::new(s, e));
    }
}
