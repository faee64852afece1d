//! Words of a text with their byte offsets: UAX #29 word segmentation (what
//! `unicode-segmentation`'s `unicode_word_indices` returns), with a fast path for ASCII.
//!
//! Most news text is ASCII, and for ASCII the word rules reduce to a few byte classes:
//! letters, digits and `_` join; `:` `.` `'` join two letters (WB6/7: "U.S", "don't");
//! `,` `;` `.` `'` join two digits (WB11/12: "1,000.5"). The property test in
//! tests/words.rs checks this path against the crate on arbitrary ASCII text.

use unicode_segmentation::UnicodeSegmentation;

/// The words of `text` (segments holding a letter or digit) with their byte offsets.
pub fn word_indices(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let ascii = text.is_ascii();
    let (fast, slow) = if ascii {
        (Some(AsciiWords { text, at: 0 }), None)
    } else {
        (None, Some(text.unicode_word_indices()))
    };
    fast.into_iter().flatten().chain(slow.into_iter().flatten())
}

/// UAX #29 words of an ASCII text.
struct AsciiWords<'t> {
    text: &'t str,
    at: usize,
}

fn joins_always(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Whether `mid` between `before` and `after` keeps them in one word.
fn joins_across(before: u8, mid: u8, after: u8) -> bool {
    (before.is_ascii_alphabetic()
        && after.is_ascii_alphabetic()
        && matches!(mid, b':' | b'.' | b'\''))
        || (before.is_ascii_digit()
            && after.is_ascii_digit()
            && matches!(mid, b',' | b';' | b'.' | b'\''))
}

impl<'t> Iterator for AsciiWords<'t> {
    type Item = (usize, &'t str);

    fn next(&mut self) -> Option<Self::Item> {
        let b = self.text.as_bytes();
        loop {
            while self.at < b.len() && !joins_always(b[self.at]) {
                self.at += 1;
            }
            if self.at >= b.len() {
                return None;
            }
            let start = self.at;
            let mut i = start + 1;
            loop {
                if i < b.len() && joins_always(b[i]) {
                    i += 1;
                } else if i + 1 < b.len() && joins_across(b[i - 1], b[i], b[i + 1]) {
                    i += 2;
                } else {
                    break;
                }
            }
            self.at = i;
            let word = &self.text[start..i];
            // A run of underscores alone is a segment without a letter or digit.
            if word.bytes().any(|c| c.is_ascii_alphanumeric()) {
                return Some((start, word));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_words_follow_the_word_rules() {
        let words: Vec<&str> =
            word_indices("The U.S. team's 1,000.5-point win: don't_stop a:b 1:2 e.g. _x __")
                .map(|(_, w)| w)
                .collect();
        assert_eq!(
            words,
            [
                "The",
                "U.S",
                "team's",
                "1,000.5",
                "point",
                "win",
                "don't_stop",
                "a:b",
                "1",
                "2",
                "e.g",
                "_x"
            ]
        );
    }
}
