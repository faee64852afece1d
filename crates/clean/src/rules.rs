//! The debris rules. Each returns the name of the rule that fired, reported in `dropped`.
//!
//! Line rules run first (a line of a page is the unit of furniture: buttons, menus, credits,
//! timestamps, captions); sentence rules then catch debris glued into prose lines (a
//! caption before the first sentence, a cookie notice, an author bio).
use tidings_core::Span;

use crate::lexicon::Lexicon;
use crate::line::{ends_terminal, normalize, Line};

/// Lines without final punctuation up to this length are headlines, labels or teasers.
pub(crate) const MAX_HEADLINE_WORDS: usize = 20;

/// Words of a timestamp line besides numbers, months and weekdays.
const TIME_WORDS: &[&str] = &[
    "am",
    "pm",
    "a",
    "m",
    "p",
    "gmt",
    "utc",
    "et",
    "edt",
    "est",
    "bst",
    "ist",
    "updated",
    "published",
    "posted",
    "last",
    "on",
    "at",
    "ago",
    "hours",
    "hour",
    "minutes",
    "min",
    "mins",
    "days",
    "day",
    "yesterday",
    "today",
    "pst",
    "pdt",
    "cet",
    "cest",
    "by",
];
pub(crate) const CAPTION_MARKS: &[&str] = &[
    "(L)",
    "(R)",
    "(C)",
    "(L-R)",
    "(R-L)",
    "(left)",
    "(right)",
    "(center)",
    ", left,",
    ", right,",
    ", center,",
    "File photo",
    "file photo",
    "FILE PHOTO",
    "Photo:",
    "PHOTO:",
    "Photograph:",
    "Picture:",
    "Image:",
    "(AP Photo",
    "AP Photo/",
    "Getty Images",
    "REUTERS/",
    "AFP/",
    "/ AFP",
    "Photo by ",
    "photo shows",
    "Photo credit",
];
pub(crate) const CALLS_TO_ACTION: &[&str] = &[
    "click here",
    "sign up",
    "subscribe to",
    "follow us",
    "read more",
    "share this",
    "join us on",
    "download our",
    "like us on",
    "click to",
    "tap here",
    "get the latest",
    "sign in to",
    "log in to",
    "register to",
    "you must be logged in",
    // Not "to comment": news writes "declined to comment" in almost every story.
    "first to comment",
    "to comment on this",
    "leave a comment",
    "post a comment",
    "add a comment",
    "view comments",
    "show comments",
    "recommended for you",
    "related stories",
    "related articles",
    "more stories",
];
const BIO_ROLES: &[&str] = &[
    "reporter",
    "correspondent",
    "writer",
    "editor",
    "columnist",
    "contributor",
    "journalist",
    "author",
    "blogger",
    "producer",
];

fn tokens(key: &str) -> impl Iterator<Item = &str> {
    key.split(' ').filter(|w| !w.is_empty())
}

fn is_number(w: &str) -> bool {
    w.chars().all(|c| c.is_ascii_digit())
}

/// The rule a whole line falls under, if any. `repeated` tells whether another document
/// of the cluster carries the same line.
pub(crate) fn line_debris(
    l: &Line,
    text: &str,
    lex: &Lexicon,
    repeated: bool,
) -> Option<&'static str> {
    let s = &text[l.span.start..l.span.end];
    if l.key.is_empty() || tokens(&l.key).all(is_number) {
        return Some("number");
    }
    if l.words <= 8 && is_furniture(&l.key, lex) {
        return Some("furniture");
    }
    if s.contains('©') || l.key.contains("all rights reserved") || l.key.starts_with("copyright ")
    {
        return Some("copyright");
    }
    if is_credit(s, l, lex) {
        return Some("credit");
    }
    if l.words <= 12 && !l.is_prose() && is_timestamp(&l.key) {
        return Some("timestamp");
    }
    if is_caption(s, &l.key, l.words, true, || l.photo_verb(text, lex), lex)
        || (repeated && !l.terminal && l.photo_verb(text, lex))
    {
        return Some("caption");
    }
    None
}

/// The rule sentence `span` of kept line `line` falls under, if any. What the line's own
/// checks found bounds what its sentences can hold: a kept line has no caption mark, so
/// none of its sentences has; a photo verb after a name is looked for in a sentence only
/// when the line has one or the sentence was cut out of a word (then its words are not
/// the line's).
pub(crate) fn sentence_debris(
    text: &str,
    span: Span,
    line: &Line,
    last_in_line: bool,
    lex: &Lexicon,
) -> Option<&'static str> {
    let s = &text[span.start..span.end];
    let key = normalize(s);
    let words = tidings_core::count_words(s);
    let bounded = |at: usize| {
        at == line.span.start
            || at == line.span.end
            || text[..at].ends_with(char::is_whitespace)
            || text[at..].starts_with(char::is_whitespace)
    };
    let photo_verb = || {
        (!bounded(span.start) || !bounded(span.end) || line.photo_verb(text, lex))
            && has_photo_verb(s, lex)
    };
    if !key.is_empty() && is_caption(s, &key, words, false, photo_verb, lex) {
        return Some("caption");
    }
    sentence_debris_keyed(s, &key, words, last_in_line, lex)
}

/// The rules after the caption check for a sentence with its key and word count known
/// (a sentence that is a whole line: [`line_debris`] checked it for captions).
pub(crate) fn sentence_debris_keyed(
    s: &str,
    key: &str,
    words: usize,
    last_in_line: bool,
    lex: &Lexicon,
) -> Option<&'static str> {
    if key.is_empty() {
        return Some("number");
    }
    if key.contains("cookie")
        && ["use", "accept", "consent", "browsing", "privacy", "agree"]
            .iter()
            .any(|w| tokens(key).any(|t| t == *w))
    {
        return Some("cookie-notice");
    }
    if words <= 25 && lex.calls_to_action.is_match(key) {
        return Some("call-to-action");
    }
    if is_author_bio(key) {
        return Some("author-bio");
    }
    if last_in_line && !ends_terminal(s) && words <= 6 {
        return Some("fragment");
    }
    None
}

fn is_furniture(key: &str, lex: &Lexicon) -> bool {
    let mut strong = false;
    for w in tokens(key) {
        if !lex.ui.contains(w) && !is_number(w) {
            return false;
        }
        strong |= !lex.function.contains(w) && !is_number(w);
    }
    strong
}

fn is_credit(s: &str, l: &Line, lex: &Lexicon) -> bool {
    // A bare site name: "Financialtribune.com".
    let t = s.trim_matches(|c: char| !c.is_alphanumeric());
    if !t.contains(char::is_whitespace) && is_domain(t) {
        return true;
    }
    if l.words > 12 || l.is_prose() {
        return false;
    }
    let key = &l.key;
    key.contains("inputs from")
        || key.starts_with("reporting by")
        || key.contains("editing by")
        || key.starts_with("compiled by")
        || key.starts_with("written by")
        || key.starts_with("by ") && !l.terminal && l.words <= 8
        || (!l.terminal && tokens(key).any(|w| lex.credit.contains(w)) && l.words <= 8)
}

fn is_domain(t: &str) -> bool {
    let Some((name, tld)) = t.rsplit_once('.') else {
        return false;
    };
    !name.is_empty()
        && (2..=6).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '.' || c == '-')
}

fn is_timestamp(key: &str) -> bool {
    let mut any_date = false;
    for w in tokens(key) {
        let month = tidings_core::month_number(w).is_some();
        if !(month
            || is_number(w)
            || tidings_core::weekday_number(w).is_some()
            || TIME_WORDS.contains(&w))
        {
            return false;
        }
        any_date |= month || is_number(w);
    }
    any_date
}

fn has_date(key: &str) -> bool {
    // A byte scan for a day (a word of one or two digits) and then a test of the word
    // before it: asked of every long line, where splitting into words cost more.
    let b = key.as_bytes();
    let mut i = 0;
    while let Some(k) = b[i..].iter().position(u8::is_ascii_digit) {
        let start = i + k;
        let end = b[start..]
            .iter()
            .position(|&c| c == b' ')
            .map_or(b.len(), |e| start + e);
        i = end;
        let opens_word = start == 0 || b[start - 1] == b' ';
        if !opens_word || end - start > 2 || !b[start..end].iter().all(u8::is_ascii_digit) {
            continue;
        }
        let head = key[..start].trim_end_matches(' ');
        let prev = &head[head.rfind(' ').map_or(0, |s| s + 1)..];
        if !prev.is_empty() && tidings_core::month_number(prev).is_some() {
            return true;
        }
    }
    false
}

pub(crate) fn has_photo_verb(s: &str, lex: &Lexicon) -> bool {
    // A present-tense photo verb right after a name ("John Kerry speaks", "Egeland brief").
    let mut words = tidings_core::split_words(s);
    let Some(mut prev) = words.next() else {
        return false;
    };
    words.any(|word| {
        let name_before = prev
            .trim_end_matches([',', ')'])
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
            || prev.ends_with(')');
        prev = word;
        name_before && is_photo_verb(word, lex)
    })
}

/// Whether `word`, lowercased, is a photo verb. ASCII words are lowercased on the stack:
/// most words after a capital are checked, few are verbs.
fn is_photo_verb(word: &str, lex: &Lexicon) -> bool {
    if !word.is_ascii() {
        return lex.photo_verbs.contains(word.to_lowercase().as_str());
    }
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return lex.photo_verbs.contains(word);
    }
    let mut buf = [0u8; 24];
    let Some(lower) = buf.get_mut(..word.len()) else {
        // Longer than any photo verb.
        return lex.photo_verbs.contains(word.to_lowercase().as_str());
    };
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).is_ok_and(|l| lex.photo_verbs.contains(l))
}

/// Whether normalized text (lowercase words, single spaces) holds one of `words`.
fn has_any_word(key: &str, words: &[&str]) -> bool {
    words.iter().any(|w| {
        key.match_indices(w).any(|(i, _)| {
            let end = i + w.len();
            (i == 0 || key.as_bytes()[i - 1] == b' ')
                && (end == key.len() || key.as_bytes()[end] == b' ')
        })
    })
}

/// A photo caption: explicit caption marks, or a present-tense photo verb after a name in a
/// sentence with a date and no reporting verb. `words`: the count of `s`'s words;
/// `may_have_mark`: whether to look for caption marks; `photo_verb`: [`has_photo_verb`].
pub(crate) fn is_caption(
    s: &str,
    key: &str,
    words: usize,
    may_have_mark: bool,
    photo_verb: impl FnOnce() -> bool,
    lex: &Lexicon,
) -> bool {
    if may_have_mark && lex.caption_marks.is_match(s) {
        return true;
    }
    // A trailing photo credit in brackets: "... consensus [Xinhua]".
    if let Some(inner) = s
        .trim_end()
        .strip_suffix(']')
        .and_then(|r| r.rsplit_once('['))
    {
        if inner.1.split_whitespace().count() <= 4 {
            return true;
        }
    }
    // Cheapest first: most lines are long and undated.
    (words <= 20 || has_date(key))
        && photo_verb()
        && !has_any_word(key, &["said", "says", "told", "say", "according"])
}

fn is_author_bio(key: &str) -> bool {
    if !(key.contains(" for ") || key.contains(" at ")) {
        return false;
    }
    let toks: Vec<&str> = tokens(key).collect();
    toks.len() <= 40
        && toks
            .windows(3)
            .take(6)
            .any(|w| matches!(w[0], "is" | "was") && matches!(w[1], "a" | "an" | "the"))
        && toks.iter().any(|w| BIO_ROLES.contains(w))
}

#[cfg(test)]
mod tests {
    /// `has_date` by its definition: a word of one or two digits after a month's name.
    fn has_date_by_words(key: &str) -> bool {
        let words: Vec<&str> = super::tokens(key).collect();
        words.windows(2).any(|w| {
            tidings_core::month_number(w[0]).is_some() && super::is_number(w[1]) && w[1].len() <= 2
        })
    }

    proptest::proptest! {
        #[test]
        fn the_date_scan_agrees_with_its_definition(
            key in "((aug|august|sept|may|the|x1|1|12|123|9a| ) ?){0,12}",
        ) {
            proptest::prop_assert_eq!(super::has_date(&key), has_date_by_words(&key));
        }

        /// Lowercasing on the stack finds what `to_lowercase` finds, for any case and any
        /// length ("SPEAKS", "Speaks", "speaksss…", "Élysée").
        #[test]
        fn photo_verb_check_agrees_with_to_lowercase(
            word in "(SPEAKS|Speaks|speaks|Gestures|WAVES|walk|É|é|s|x){1,8}",
        ) {
            let lex = crate::lexicon::Lexicon::get();
            proptest::prop_assert_eq!(
                super::is_photo_verb(&word, lex),
                lex.photo_verbs.contains(word.to_lowercase().as_str())
            );
        }
    }
}
