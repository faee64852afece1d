use serde::{Deserialize, Serialize};

/// What a summary length is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BudgetUnit {
    /// Whitespace-separated words.
    Words,
    /// Whole sentences.
    Sentences,
    /// Bytes of the summary text, sentences joined by one space (DUC style).
    Bytes,
}

/// The length a summary must fit in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Budget {
    /// Unit of `limit`.
    pub unit: BudgetUnit,
    /// Maximum amount.
    pub limit: usize,
    /// Allow one final sentence to cross the limit.
    pub allow_overflow: bool,
}

impl Default for Budget {
    fn default() -> Self {
        Budget::words(100)
    }
}

impl Budget {
    /// A word budget.
    pub fn words(limit: usize) -> Self {
        Budget {
            unit: BudgetUnit::Words,
            limit,
            allow_overflow: false,
        }
    }

    /// A sentence budget.
    pub fn sentences(limit: usize) -> Self {
        Budget {
            unit: BudgetUnit::Sentences,
            limit,
            allow_overflow: false,
        }
    }

    /// A byte budget.
    pub fn bytes(limit: usize) -> Self {
        Budget {
            unit: BudgetUnit::Bytes,
            limit,
            allow_overflow: false,
        }
    }

    /// The budget a caller gives as at most one of three lengths (the default when none);
    /// two or more is a [`crate::ErrorKind::Config`] error naming them.
    pub fn from_lengths(
        words: Option<usize>,
        sentences: Option<usize>,
        bytes: Option<usize>,
    ) -> Result<Self, crate::Error> {
        let given: Vec<&str> = [("words", words), ("sentences", sentences), ("bytes", bytes)]
            .iter()
            .filter(|(_, v)| v.is_some())
            .map(|(k, _)| *k)
            .collect();
        if given.len() > 1 {
            return Err(crate::Error::new(
                crate::ErrorKind::Config,
                format!(
                    "give one length: {} are {} set",
                    given.join(" and "),
                    if given.len() == 2 { "both" } else { "all" }
                ),
            ));
        }
        Ok(match (words, sentences, bytes) {
            (Some(n), _, _) => Budget::words(n),
            (_, Some(n), _) => Budget::sentences(n),
            (_, _, Some(n)) => Budget::bytes(n),
            _ => Budget::default(),
        })
    }

    /// The cost of one sentence in this budget's unit; `first` tells whether it opens the summary
    /// (byte budgets count the joining space).
    pub fn cost(&self, text: &str, first: bool) -> usize {
        match self.unit {
            BudgetUnit::Words => count_words(text),
            BudgetUnit::Sentences => 1,
            BudgetUnit::Bytes => text.trim().len() + usize::from(!first),
        }
    }
}

impl Budget {
    /// Byte length of the longest prefix of `text` made of whole words that fits this budget
    /// as the only sentence (at least one char, so a summary is never empty). Used only when
    /// no sentence fits at all.
    pub fn fitting_prefix(&self, text: &str) -> usize {
        let mut end = 0;
        let mut offset = 0;
        for (i, word) in text.split_whitespace().enumerate() {
            let start = offset + text[offset..].find(word).unwrap_or(0);
            let word_end = start + word.len();
            offset = word_end;
            let fits = match self.unit {
                BudgetUnit::Words => i < self.limit,
                BudgetUnit::Sentences => true,
                BudgetUnit::Bytes => word_end <= self.limit,
            };
            if !fits {
                break;
            }
            end = word_end;
        }
        if end == 0 {
            // Not even one word fits: as many whole chars as the byte budget allows, at least one.
            end = text
                .char_indices()
                .map(|(i, c)| i + c.len_utf8())
                .take_while(|&e| e <= self.limit.max(1))
                .last()
                .unwrap_or_else(|| text.chars().next().map_or(0, char::len_utf8));
        }
        end
    }
}

/// Whitespace-separated words, the count every budget and report uses.
pub fn count_words(text: &str) -> usize {
    // Every line and sentence is counted, so this is hot: eight bytes at a time while they
    // are printable ASCII or space (SWAR: the high bit of each byte of a mask says it is a
    // space), byte by byte otherwise.
    const LOW: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const SPACES: u64 = 0x2020_2020_2020_2020;
    let bytes = text.as_bytes();
    let (mut words, mut at) = (0usize, 0usize);
    let mut in_word = false;
    while at < bytes.len() {
        if let Some(chunk) = bytes.get(at..at + 8) {
            let w = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
            // No byte >= 0x80 and none < 0x20.
            if w & HIGH == 0 && w.wrapping_sub(SPACES) & !w & HIGH == 0 {
                let y = w ^ SPACES; // spaces become zero bytes
                let space = !(((y & LOW) + LOW) | y | LOW); // high bit set exactly on zero bytes
                let word = !space & HIGH;
                let word_before = (word << 8) | if in_word { 0x80 } else { 0 };
                words += (word & !word_before).count_ones() as usize;
                in_word = word >> 63 == 1;
                at += 8;
                continue;
            }
        }
        match space_len(bytes, at) {
            0 => {
                words += usize::from(!in_word);
                in_word = true;
                at += 1;
            }
            n => {
                in_word = false;
                at += n;
            }
        }
    }
    words
}

/// The length in bytes of the White_Space character (what `char::is_whitespace` accepts)
/// starting at `i`, or 0.
#[inline]
fn space_len(b: &[u8], i: usize) -> usize {
    // Most bytes are ASCII letters, digits and punctuation: one test (kept apart from the
    // rest, which the compiler then leaves out of the hot loop).
    let lead = b[i];
    if lead > b' ' && lead < 0x80 {
        return 0;
    }
    space_at(b, i)
}

/// Whether `b` can be the first byte of a whitespace character: ASCII White_Space, or the
/// lead byte of U+0085/U+00A0, U+1680, U+2000.., U+3000 (the bytes [`space_at`] reads on).
/// Scanners skip to such bytes and decode only there.
pub fn may_start_whitespace(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ' | 0xC2 | 0xE1 | 0xE2 | 0xE3)
}

/// [`space_len`] for the other bytes. Lead bytes are enough to rule most characters out, so
/// text is read without decoding; continuation bytes (0x80..=0xBF) are never a lead here.
#[inline]
fn space_at(b: &[u8], i: usize) -> usize {
    match b[i] {
        b'\t'..=b'\r' | b' ' => 1,
        // U+0085, U+00A0
        0xC2 => 2 * usize::from(matches!(b.get(i + 1), Some(0x85 | 0xA0))),
        // U+1680
        0xE1 => 3 * usize::from(b.get(i + 1..i + 3) == Some(&[0x9A, 0x80][..])),
        // U+2000..U+200A, U+2028, U+2029, U+202F, U+205F
        0xE2 => match (b.get(i + 1), b.get(i + 2)) {
            (Some(0x80), Some(0x80..=0x8A | 0xA8 | 0xA9 | 0xAF)) | (Some(0x81), Some(0x9F)) => 3,
            _ => 0,
        },
        // U+3000
        0xE3 => 3 * usize::from(b.get(i + 1..i + 3) == Some(&[0x80, 0x80][..])),
        _ => 0,
    }
}

/// Whitespace-separated words, read byte by byte.
struct Words<'t> {
    bytes: &'t [u8],
    at: usize,
}

impl Words<'_> {
    /// The byte span of the next word.
    #[inline]
    fn next_span(&mut self) -> Option<(usize, usize)> {
        let b = self.bytes;
        while self.at < b.len() {
            match space_len(b, self.at) {
                0 => break,
                n => self.at += n,
            }
        }
        if self.at >= b.len() {
            return None;
        }
        let start = self.at;
        while self.at < b.len() && space_len(b, self.at) == 0 {
            self.at += 1;
        }
        Some((start, self.at))
    }
}

/// The words `text.split_whitespace()` gives, found without decoding characters (every
/// line, sentence and budget is counted, so this is hot).
pub fn split_words(text: &str) -> impl Iterator<Item = &str> {
    let mut words = Words {
        bytes: text.as_bytes(),
        at: 0,
    };
    // Spans start and end at whitespace characters' boundaries, so `get` never fails.
    std::iter::from_fn(move || words.next_span().and_then(|(s, e)| text.get(s..e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fitting_prefix_keeps_whole_words() {
        assert_eq!(Budget::words(2).fitting_prefix("one two three"), 7);
        assert_eq!(
            Budget::from_lengths(None, Some(3), None).unwrap(),
            Budget::sentences(3)
        );
        assert_eq!(
            Budget::from_lengths(None, None, None).unwrap(),
            Budget::default()
        );
        let two = Budget::from_lengths(Some(50), None, Some(300)).unwrap_err();
        assert!(two.to_string().contains("words and bytes"));
        assert_eq!(Budget::bytes(9).fitting_prefix("one two three"), 7);
        assert_eq!(Budget::bytes(2).fitting_prefix("éé"), 2);
        assert_eq!(Budget::bytes(1).fitting_prefix("éé"), 2);
        assert_eq!(Budget::words(5).fitting_prefix("one two"), 7);
    }
}
