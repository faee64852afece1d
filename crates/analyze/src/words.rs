//! Words of a text with their byte offsets: UAX #29 word segmentation (what
//! `unicode-segmentation`'s `unicode_word_indices` returns), with a fast path for ASCII.
//!
//! Most news text is ASCII, and for ASCII the word rules reduce to a few byte classes:
//! letters, digits and `_` join; `:` `.` `'` join two letters (WB6/7: "U.S", "don't");
//! `,` `;` `.` `'` join two digits (WB11/12: "1,000.5"). News typography adds a few
//! non-ASCII characters that take the same path: curly quotes, dashes and no-break spaces
//! separate words, and the right single quotation mark joins like `'` ("don’t"). The
//! property tests in tests/words.rs check this path against the crate on arbitrary text
//! of those characters.

use unicode_segmentation::UnicodeSegmentation;

/// The words of `text` (segments holding a letter or digit) with their byte offsets.
pub fn word_indices(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let ascii = text.is_ascii() || text.chars().all(|c| c.is_ascii() || is_typography(c));
    let (fast, slow) = if ascii {
        (Some(AsciiWords { text, at: 0 }), None)
    } else {
        (None, Some(text.unicode_word_indices()))
    };
    fast.into_iter().flatten().chain(slow.into_iter().flatten())
}

/// Non-ASCII characters of news typography the fast path knows: separators, and the
/// apostrophes (Word_Break MidNumLet).
fn is_typography(c: char) -> bool {
    matches!(
        c,
        '“' | '”' | '‘' | '’' | '–' | '—' | '\u{a0}' | '…' | '•' | '«' | '»' | '€' | '£'
    )
}

/// Bytes of an apostrophe that joins like `'`: ‘ or ’ (E2 80 98, E2 80 99).
fn apostrophe_len(b: &[u8]) -> usize {
    match b {
        [0xE2, 0x80, 0x98 | 0x99, ..] => 3,
        _ => 0,
    }
}

/// UAX #29 words of an ASCII text (with only the typography above beside ASCII).
struct AsciiWords<'t> {
    text: &'t str,
    at: usize,
}

fn joins_always(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The length of the character at the start of `rest` when it keeps `before` and the
/// character after it in one word, else 0.
fn joins_across(before: u8, rest: &[u8]) -> usize {
    let (mid, letters, digits) = match rest.first() {
        Some(b':') => (1, true, false),
        Some(b'.' | b'\'') => (1, true, true),
        Some(b',' | b';') => (1, false, true),
        Some(0xE2) => match apostrophe_len(rest) {
            0 => return 0,
            n => (n, true, true),
        },
        _ => return 0,
    };
    let Some(&after) = rest.get(mid) else {
        return 0;
    };
    let joined = (letters && before.is_ascii_alphabetic() && after.is_ascii_alphabetic())
        || (digits && before.is_ascii_digit() && after.is_ascii_digit());
    if joined {
        mid
    } else {
        0
    }
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
                } else if let n @ 1.. = joins_across(b[i - 1], &b[i..]) {
                    i += n + 1;
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
            word_indices("The U.S. team’s 1,000.5-point win: “don't_stop” a:b 1:2 e.g. _x __ 1’2")
                .map(|(_, w)| w)
                .collect();
        assert_eq!(
            words,
            [
                "The",
                "U.S",
                "team’s",
                "1,000.5",
                "point",
                "win",
                "don't_stop",
                "a:b",
                "1",
                "2",
                "e.g",
                "_x",
                "1’2"
            ]
        );
    }
}
