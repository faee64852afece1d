//! Lines (blocks) of a document and the features the rules read.
use tidings_core::Span;

use crate::lexicon::Lexicon;

/// One non-blank line of a document.
pub(crate) struct Line {
    pub span: Span,
    /// Normalized text, for comparing lines across and within documents.
    pub key: String,
    /// Whitespace-separated words.
    pub words: usize,
    /// Ends like a sentence: `.`, `!`, `?`, `…`, possibly followed by quotes or brackets.
    pub terminal: bool,
    /// Share of words that are common function words.
    pub function_ratio: f32,
    /// Holds a present-tense photo verb right after a name (see `rules::has_photo_verb`).
    pub photo_verb: bool,
}

impl Line {
    /// Reads like a paragraph of prose.
    pub fn is_prose(&self) -> bool {
        self.terminal && self.words >= 8 && self.function_ratio >= 0.12
    }
}

/// Lowercase alphanumeric words joined by single spaces: equal keys mean the same text.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    let mut rest = text;
    while !rest.is_empty() {
        // Runs of ASCII are handled a byte at a time: most news text is ASCII.
        let ascii = rest.bytes().take_while(u8::is_ascii).count();
        for &b in &rest.as_bytes()[..ascii] {
            if b.is_ascii_alphanumeric() {
                if gap && !out.is_empty() {
                    out.push(' ');
                }
                gap = false;
                out.push(char::from(b.to_ascii_lowercase()));
            } else {
                gap = true;
            }
        }
        rest = &rest[ascii..];
        let Some(c) = rest.chars().next() else { break };
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.extend(c.to_lowercase());
        } else {
            gap = true;
        }
        rest = &rest[c.len_utf8()..];
    }
    out
}

pub(crate) fn ends_terminal(text: &str) -> bool {
    let t = text.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»', ' ']);
    t.ends_with(['.', '!', '?', '…'])
}

pub(crate) fn lines(text: &str, lex: &Lexicon) -> Vec<Line> {
    tidings_segment::lines(text)
        .into_iter()
        .map(|span| {
            let s = &text[span.start..span.end];
            let key = normalize(s);
            let (mut tokens, mut function) = (0, 0);
            for w in key.split(' ').filter(|w| !w.is_empty()) {
                tokens += 1;
                function += usize::from(lex.function.contains(w));
            }
            Line {
                span,
                words: tidings_core::count_words(s),
                terminal: ends_terminal(s),
                function_ratio: function as f32 / tokens.max(1) as f32,
                photo_verb: crate::rules::has_photo_verb(s, lex),
                key,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn normalize_keeps_lowercase_words_of_any_script() {
        assert_eq!(
            normalize("  Share — THIS: Ça VA, 東京 2016!  "),
            "share this ça va 東京 2016"
        );
        assert_eq!(normalize("Élan…x"), "élan x");
        assert_eq!(normalize("—"), "");
    }

    proptest::proptest! {
        /// The key is the text's maximal runs of alphanumeric characters, each character
        /// lower-cased, joined by single spaces.
        #[test]
        fn normalize_is_lowercased_alphanumeric_runs(text in "([a-zA-Z0-9]{1,6}|[ -/:-@]|Ä|é|Σ|東|İ|ǅ|—|\u{a0}|’){0,40}") {
            let reference = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| w.chars().flat_map(char::to_lowercase).collect::<String>())
                .collect::<Vec<_>>()
                .join(" ");
            proptest::prop_assert_eq!(normalize(&text), reference);
        }
    }
}
