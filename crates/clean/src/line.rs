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
    /// Reads like a paragraph of prose (see [`Line::is_prose`]).
    pub prose: bool,
    /// Holds a present-tense photo verb right after a name (see `rules::has_photo_verb`);
    /// looked for on first use: few lines are short or dated enough to ask.
    photo_verb: std::cell::OnceCell<bool>,
}

impl Line {
    /// Reads like a paragraph of prose: a terminal line of eight words or more, at least 12 %
    /// of them common function words.
    pub fn is_prose(&self) -> bool {
        self.prose
    }

    /// Whether the line holds a present-tense photo verb right after a name; `text` is
    /// the document's.
    pub fn photo_verb(&self, text: &str, lex: &Lexicon) -> bool {
        *self.photo_verb.get_or_init(|| {
            crate::rules::has_photo_verb(&text[self.span.start..self.span.end], lex)
        })
    }
}

/// What a byte is to [`normalize`]: its lowercase form for an ASCII letter or digit, 0 for
/// other ASCII, 0xFF for a byte of a longer character.
static ASCII_KEY: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if !b.is_ascii() {
            0xFF
        } else if b.is_ascii_alphanumeric() {
            b.to_ascii_lowercase()
        } else {
            0
        };
        i += 1;
    }
    t
};

/// Lowercase alphanumeric words joined by single spaces: equal keys mean the same text.
pub fn normalize(text: &str) -> String {
    // Every line and many sentences are keyed, so this is hot: a table lookup per ASCII
    // byte, and General Punctuation (U+2000–U+203F: dashes, curly quotes) skipped without
    // decoding, as none of it is alphanumeric.
    let bytes = text.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(bytes.len());
    let mut space = false; // a space is owed before the next word
    let mut i = 0;
    while i < bytes.len() {
        let key = ASCII_KEY[usize::from(bytes[i])];
        if key == 0 {
            space = !out.is_empty();
            i += 1;
        } else if key != 0xFF {
            if space {
                out.push(b' ');
                space = false;
            }
            out.push(key);
            i += 1;
        } else if bytes[i] == 0xE2 && bytes.get(i + 1) == Some(&0x80) {
            space = !out.is_empty();
            i += 3;
        } else {
            let c = text[i..].chars().next().expect("i is on a char boundary");
            if c.is_alphanumeric() {
                if space {
                    out.push(b' ');
                    space = false;
                }
                let mut buf = [0u8; 4];
                for l in c.to_lowercase() {
                    out.extend_from_slice(l.encode_utf8(&mut buf).as_bytes());
                }
            } else {
                space = !out.is_empty();
            }
            i += c.len_utf8();
        }
    }
    String::from_utf8(out).expect("ASCII bytes and whole characters")
}

pub(crate) fn ends_terminal(text: &str) -> bool {
    // "… a witness for God.``": an opening mark the copy typed where the closing one belongs.
    let t = text.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»', ' ', '`']);
    t.ends_with(['.', '!', '?', '…'])
}

pub(crate) fn lines(text: &str, lex: &Lexicon) -> Vec<Line> {
    tidings_segment::lines(text)
        .into_iter()
        .map(|span| {
            let s = &text[span.start..span.end];
            let key = normalize(s);
            let words = tidings_core::count_words(s);
            let terminal = ends_terminal(s);
            let prose = terminal && words >= 8 && function_share_reaches(&key, lex, 0.12);
            Line {
                span,
                words,
                terminal,
                prose,
                photo_verb: std::cell::OnceCell::new(),
                key,
            }
        })
        .collect()
}

/// Whether at least `share` of the words of normalized `key` are function words. Stops
/// at the word that reaches it: prose gets there within its first sentence.
fn function_share_reaches(key: &str, lex: &Lexicon, share: f32) -> bool {
    // `normalize` leaves single spaces between words and none at the ends.
    let tokens = if key.is_empty() {
        0
    } else {
        key.bytes().filter(|&b| b == b' ').count() + 1
    };
    let of = tokens.max(1) as f32;
    // The fewest function words that make the share, as the division rounds.
    let mut need = ((share * of).floor() as usize).saturating_sub(1);
    while (need as f32 / of) < share {
        need += 1;
    }
    if need == 0 {
        return true;
    }
    let mut function = 0usize;
    for w in key.split(' ') {
        function += usize::from(lex.function.contains(w));
        if function >= need {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::normalize;

    proptest::proptest! {
        /// The early exit gives the share the whole line gives.
        #[test]
        fn function_share_agrees_with_the_whole_count(
            text in "((the|of|and|a|storm|rain|kerry|talks|,) {1,2}){0,30}",
            share in 0.0f32..0.6,
        ) {
            let lex = crate::lexicon::Lexicon::get();
            let key = normalize(&text);
            let (mut tokens, mut function) = (0, 0);
            for w in key.split(' ').filter(|w| !w.is_empty()) {
                tokens += 1;
                function += usize::from(lex.function.contains(w));
            }
            let whole = function as f32 / tokens.max(1) as f32 >= share;
            proptest::prop_assert_eq!(super::function_share_reaches(&key, lex, share), whole);
        }
    }

    #[test]
    fn a_sentence_closed_by_a_mistyped_opening_mark_is_terminal() {
        assert!(super::ends_terminal(
            "Ann Lee said she came ``to help everybody be a witness.``"
        ));
        assert!(super::ends_terminal("He said ``it is over.''"));
        assert!(!super::ends_terminal("The event ``See You"));
    }

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
        fn normalize_is_lowercased_alphanumeric_runs(text in "([a-zA-Z0-9]{1,6}|[ -/:-@]|Ä|é|Σ|東|İ|ǅ|—|\u{a0}|’|“|…|⁰|ⅷ|‿){0,40}") {
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
