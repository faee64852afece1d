//! The boundary decision at each run of terminal punctuation.
use std::sync::OnceLock;

use tidings_core::Span;

use crate::lexicon::Lexicon;
use crate::lists::list_items;

const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', ')', ']', '}'];
const OPENERS: &[char] = &['"', '\'', '“', '‘', '«', '(', '[', '{'];
const DASHES: &[char] = &['-', '–', '—'];

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‽')
}

/// Whether `b` can be the first byte of a terminal mark.
fn may_start_terminal(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | 0xE2)
}

/// A rule-based sentence splitter. Cheap to share: build it once ([`Splitter::english`]).
pub struct Splitter {
    lexicon: Lexicon,
}

/// One run of terminal punctuation, e.g. `.`, `?!`, `. . . .`, with what surrounds it.
struct Run {
    /// Byte offsets of each terminal char in the run.
    marks: Vec<(usize, char)>,
    /// Byte after the run and any closing quotes/brackets.
    end: usize,
    /// The run starts right after a non-space char (`word.` rather than `word .`).
    attached: bool,
}

impl Run {
    fn dots(&self) -> usize {
        self.marks.iter().filter(|(_, c)| *c == '.').count()
    }
    fn only_dots(&self) -> bool {
        self.marks.iter().all(|(_, c)| *c == '.')
    }
    fn spaced(&self) -> bool {
        self.marks.windows(2).any(|w| w[1].0 != w[0].0 + 1)
    }
}

/// Where to cut after a run.
enum Cut {
    None,
    /// Cut after the run (and its closers).
    End,
    /// Cut after each of these byte offsets (exclusive ends), then continue.
    At(Vec<usize>),
}

impl Splitter {
    /// The shared English splitter.
    pub fn english() -> &'static Splitter {
        static SPLITTER: OnceLock<Splitter> = OnceLock::new();
        SPLITTER.get_or_init(|| Splitter {
            lexicon: Lexicon::english(),
        })
    }

    /// Splits `text` into trimmed sentence spans; line breaks always end a sentence.
    pub fn split(&self, text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        for line in crate::lines(text) {
            self.split_line(text, line, &mut out);
        }
        out
    }

    /// Splits one line (or any span without line breaks) of `text`, appending to `out`.
    pub fn split_line(&self, text: &str, line: Span, out: &mut Vec<Span>) {
        for (item, content) in list_items(text, line) {
            self.split_item(text, item, content, out);
        }
    }

    fn split_item(&self, text: &str, item: Span, content: usize, out: &mut Vec<Span>) {
        let mut start = item.start;
        let mut pos = content;
        let bytes = text.as_bytes();
        while pos < item.end {
            // Skip to the next byte that can start a terminal ('…' and '‽' start with 0xE2,
            // a lead byte, so `pos` stays on a char boundary).
            match bytes[pos..item.end]
                .iter()
                .position(|&b| may_start_terminal(b))
            {
                Some(skip) => pos += skip,
                None => break,
            }
            let c = char_at(text, pos);
            if !is_terminal(c) {
                pos += c.len_utf8();
                continue;
            }
            let run = scan_run(text, pos, item.end);
            match self.decide(text, start, &run, item.end) {
                Cut::None => {}
                Cut::End => {
                    crate::push_trimmed(text, start, run.end, out);
                    start = run.end;
                }
                Cut::At(ends) => {
                    for e in ends {
                        crate::push_trimmed(text, start, e, out);
                        start = e;
                    }
                }
            }
            pos = run.end.max(pos + c.len_utf8());
        }
        crate::push_trimmed(text, start, item.end, out);
    }

    fn decide(&self, text: &str, sentence_start: usize, run: &Run, limit: usize) -> Cut {
        if run.end >= limit {
            return Cut::None;
        }
        let first = run.marks[0].0;
        let after = char_at(text, run.end);
        if !after.is_whitespace() {
            // Glued text ("U.S.is", "information.As", URLs, decimals) is never cut.
            return Cut::None;
        }
        let next_word = next_token(text, run.end, limit);
        let next = next_word.trim_start_matches(OPENERS);
        let Some(n0) = next.chars().next() else {
            return Cut::None;
        };
        if !run.only_dots() {
            // ? and ! end a sentence unless the text goes on in lower case or the mark is part
            // of a name ("Yahoo! Research").
            let prev = prev_word(text, sentence_start, first);
            if self
                .lexicon
                .exclamation_names
                .contains(word_key(prev).as_str())
            {
                return Cut::None;
            }
            return match n0 {
                c if c.is_lowercase() => Cut::None,
                c if DASHES.contains(&c) => {
                    let after_dash = next_token(text, run.end + next_word.len() + 1, limit);
                    if starts_upper(after_dash) {
                        Cut::End
                    } else {
                        Cut::None
                    }
                }
                _ => Cut::End,
            };
        }
        let upper_next = n0.is_uppercase();
        if DASHES.contains(&n0) {
            let after_dash = next_token(text, run.end + next_word.len() + 1, limit);
            return if starts_upper(after_dash) {
                Cut::End
            } else {
                Cut::None
            };
        }
        if n0.is_lowercase() || n0.is_numeric() {
            return Cut::None;
        }
        let dots = run.dots();
        let first_alone = run.attached && run.marks.len() > 1 && run.marks[1].0 > first + 1;
        if run.spaced() && first_alone && matches!(dots - 1, 2 | 3) && upper_next {
            // "word. .. Next" / "word. . . . Next": the first period ends the sentence and the
            // rest opens the next one ("..") or stands alone ("..").
            return if dots == 3 {
                Cut::At(vec![first + 1, run.end])
            } else {
                Cut::At(vec![first + 1])
            };
        }
        if dots == 2 && !run.attached && !run.spaced() && upper_next {
            // "word .. Next": two stray periods, each its own boundary.
            return Cut::At(vec![first + 1, run.end]);
        }
        let ellipsis = dots == 3 || run.marks.iter().any(|(_, c)| *c == '…');
        if ellipsis && text[..first].ends_with(['[', '(']) {
            // "[...]" marks an omission inside a quotation.
            return Cut::None;
        }
        let opening = text[sentence_start.min(first)..first]
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '`' | '\'' | '"' | '“' | '‘'));
        if ellipsis && opening.is_empty() {
            // "``... You need better data": an omission opening the sentence, no sentence.
            return Cut::None;
        }
        if ellipsis {
            // "... Next" ends a sentence; a spaced ". . . I" is an omission inside one.
            return if run.spaced() || !upper_next {
                Cut::None
            } else {
                Cut::End
            };
        }
        self.decide_period(text, sentence_start, first, next)
    }

    /// A single period (or `....`) followed by a capitalised word.
    fn decide_period(&self, text: &str, sentence_start: usize, dot: usize, next: &str) -> Cut {
        let prev = prev_word(text, sentence_start, dot);
        let lower = prev.to_lowercase();
        let next_lower = word_key(next);
        if self.lexicon.titles.contains(lower.as_str()) {
            return Cut::None;
        }
        let mut letters = prev.chars();
        if let (Some(c), None) = (letters.next(), letters.next()) {
            if c.is_alphabetic() {
                if c.is_lowercase() {
                    return Cut::None;
                }
                // A capital letter: an initial, unless it is the pronoun "I"/article "A" after
                // a lower-case word ("you and I. Did").
                let before = prev_word(text, sentence_start, dot - prev.len());
                let pronoun = matches!(c, 'I' | 'A') && !starts_upper(before);
                return if pronoun { Cut::End } else { Cut::None };
            }
        }
        if is_time(&lower) {
            let words_before = tidings_core::count_words(&text[sentence_start..dot]);
            return if words_before <= 3 || self.lexicon.time_followers.contains(next_lower.as_str())
            {
                Cut::None
            } else {
                Cut::End
            };
        }
        if is_acronym(prev) || self.lexicon.abbreviations.contains(lower.as_str()) {
            return if self.lexicon.starters.contains(next_lower.as_str()) {
                Cut::End
            } else {
                Cut::None
            };
        }
        Cut::End
    }
}

fn char_at(text: &str, pos: usize) -> char {
    text[pos..].chars().next().unwrap_or(' ')
}

fn starts_upper(word: &str) -> bool {
    word.trim_start_matches(OPENERS)
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// The run of terminal marks starting at `pos` (single spaces between marks allowed, as in
/// ". . ."), plus any closing quotes or brackets right after it.
fn scan_run(text: &str, pos: usize, limit: usize) -> Run {
    let attached = pos > 0 && !text[..pos].ends_with(char::is_whitespace);
    let mut marks = Vec::new();
    let mut i = pos;
    while i < limit {
        let c = char_at(text, i);
        if is_terminal(c) {
            marks.push((i, c));
            i += c.len_utf8();
        } else if c == ' ' && i + 1 < limit && is_terminal(char_at(text, i + 1)) {
            i += 1;
        } else {
            break;
        }
    }
    while i < limit {
        let c = char_at(text, i);
        if CLOSERS.contains(&c) {
            i += c.len_utf8();
        } else if is_terminal(c) && i > pos {
            // "(Ibid.)." — the mark after the bracket belongs to the same run.
            marks.push((i, c));
            i += c.len_utf8();
        } else {
            break;
        }
    }
    Run {
        marks,
        end: i,
        attached,
    }
}

/// The whitespace-delimited token before byte `end` (not crossing `floor`), without
/// leading opening punctuation.
fn prev_word(text: &str, floor: usize, end: usize) -> &str {
    let before = text[floor..end].trim_end();
    let start = before
        .rfind(char::is_whitespace)
        .map_or(0, |i| i + char_at(before, i).len_utf8());
    before[start..].trim_start_matches(OPENERS)
}

/// The whitespace-delimited token after the whitespace at byte `from`.
fn next_token(text: &str, from: usize, limit: usize) -> &str {
    if from >= limit {
        return "";
    }
    let rest = text[from..limit].trim_start();
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    &rest[..end]
}

/// Lowercased letters of a word, for list look-ups ("Mr." -> "mr").
fn word_key(word: &str) -> String {
    word.chars()
        .take_while(|c| c.is_alphanumeric() || *c == '\'')
        .flat_map(char::to_lowercase)
        .collect()
}

/// Letters separated by periods: "U.S", "a.m", "Ph.D", "e.g".
fn is_acronym(word: &str) -> bool {
    let parts: Vec<&str> = word.split('.').collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| (1..=2).contains(&p.len()) && p.chars().all(char::is_alphabetic))
}

fn is_time(lower: &str) -> bool {
    matches!(lower, "a.m" | "p.m")
}

#[cfg(test)]
mod lead_byte_tests {
    /// The byte skip reads only lead bytes: every terminal must start with one it stops at
    /// (the whitespace skip's bytes are tested in tidings-core).
    #[test]
    fn skip_stops_at_every_terminal() {
        let mut buf = [0; 4];
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let lead = c.encode_utf8(&mut buf).as_bytes()[0];
            if super::is_terminal(c) {
                assert!(super::may_start_terminal(lead), "{c:?}");
            }
        }
    }
}
