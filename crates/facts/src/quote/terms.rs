//! Quoted words that are no one's quotation: titles of works and events, terms between a
//! determiner and their noun, short scare-quoted phrases.

use super::Found;

/// Whether quoted words are a title ("Slouching Towards Gomorrah", "Virtual Faith: The
/// Irreverent Spiritual Quest of Generation X"): every word capitalized but the short
/// function words a title keeps in lower case.
pub(super) fn is_work_title(inner: &str) -> bool {
    // Title case leaves articles, short prepositions and conjunctions and short verb forms
    // in lower case ("What Your State is Doing").
    const LOWER: &[&str] = &[
        "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from",
        "is", "are", "as",
    ];
    let mut capitalized = 0;
    for w in inner.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        match w.chars().next() {
            Some(c) if c.is_uppercase() => capitalized += 1,
            Some(c) if c.is_lowercase() && !LOWER.contains(&w) => return false,
            _ => {}
        }
    }
    // All capitals is shouting, not a title.
    capitalized >= 2 && inner.chars().any(char::is_lowercase)
}

/// Whether short quoted words stand between a determiner and the noun they describe ("a
/// ``take one, take all'' provision", "the ``See You at the Pole'' Website").
pub(super) fn modifies_a_noun(text: &str, f: &Found, inner: &str) -> bool {
    const DETERMINERS: &[&str] = &["a", "an", "the", "its", "their"];
    // Words that may follow a quotation without being the noun it describes.
    const NOT_NOUNS: &[&str] = &[
        "and", "or", "but", "nor", "he", "she", "it", "they", "we", "i", "you", "said", "says",
        "that", "which", "who", "to", "of", "in", "on", "for", "with", "as", "at", "by", "from",
        "is", "was", "were", "are", "be", "been", "has", "had", "have", "will", "would", "could",
        "should", "may", "might", "can", "after", "before", "when", "while", "because", "if",
        "than", "then", "so", "about", "into", "over", "under", "despite", "against", "among",
        "between", "through", "during", "without", "within", "toward", "towards", "upon", "like",
        "since", "until", "the", "a", "an", "this", "these", "those", "his", "her", "its", "their",
        "our", "my", "your",
    ];
    if inner.split_whitespace().count() > 6 || inner.ends_with(['.', '!', '?']) {
        return false;
    }
    let determiner = text[..f.outer.0]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| DETERMINERS.contains(&w.to_lowercase().as_str()));
    let after = &text[f.outer.1..];
    let Some(next) = after
        .strip_prefix(' ')
        .and_then(|a| a.split_whitespace().next())
    else {
        return false;
    };
    let word = next.trim_end_matches(|c: char| !c.is_alphanumeric());
    let noun = !word.is_empty()
        && word.chars().all(char::is_alphabetic)
        && (word.starts_with(char::is_lowercase) || is_work_title(inner))
        && !NOT_NOUNS.contains(&word.to_lowercase().as_str());
    determiner && noun
}

/// Whether every word of a quotation starts with a capital and a subtitle follows a colon or
/// a dash ("Star Wars: Episode I -- The Phantom Menace."): a title wherever it stands (a
/// saying in title case, "How Happy We Are, To Meet Friends From Afar", stays a quotation).
pub(super) fn is_capitalized_title(inner: &str) -> bool {
    if !(inner.contains(": ") || inner.contains(" -- ") || inner.contains(" — ")) {
        return false;
    }
    let words: Vec<&str> = inner
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    words.len() >= 4
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || w.starts_with(char::is_numeric))
        && is_work_title(inner)
}

/// Whether the words before a quotation name a work it could be the title of ("a new book,",
/// "the title of Robert Bork's book puts it,"): a title-case saying is still a quotation.
pub(super) fn names_a_work(before: &str) -> bool {
    // Works, and names of undertakings ("a project called ``Transparency for Growth in the
    // Americas''").
    const WORKS: &[&str] = &[
        "book",
        "novel",
        "title",
        "titled",
        "entitled",
        "film",
        "movie",
        "song",
        "album",
        "play",
        "poem",
        "show",
        "series",
        "report",
        "article",
        "essay",
        "column",
        "memoir",
        "called",
        "named",
        "dubbed",
        "project",
        "program",
        "programme",
        "campaign",
        "initiative",
        "headline",
        "newspaper",
        // Events: "the annual ``See You at the Pole''", "the theme of ``…''"; features.
        "annual",
        "theme",
        "featured",
        "link",
    ];
    let mut from = before.len().saturating_sub(80);
    while !before.is_char_boundary(from) {
        from -= 1;
    }
    before[from..]
        .split(|c: char| !c.is_alphanumeric())
        .rev()
        .take(8)
        .any(|w| WORKS.contains(&w.to_lowercase().as_str()))
}

/// Whether the words right before a quotation say it is a title, whatever its case: "In
/// what was titled, ``What I believe to be the FIRST review …''", "a column headlined ``…''".
pub(super) fn titled_right_before(before: &str) -> bool {
    before
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .is_some_and(|w| matches!(w, "titled" | "entitled" | "headlined"))
}

/// A quoted name, title or term rather than someone's words: a short span nobody is said
/// to have spoken ("the so-called “COBRA emergency committee”", "known as “best surfing
/// spots”"), or a title-case name ("“United Nations Climate Change Conference”").
pub(super) fn is_term(inner: &str, attributed: bool) -> bool {
    let words: Vec<&str> = inner.split_whitespace().collect();
    let small = [
        "of", "the", "de", "del", "la", "y", "and", "for", "on", "in", "a", "to",
    ];
    let title_case = words.iter().filter(|w| !small.contains(w)).all(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
    });
    let sentence = inner.ends_with(['.', '!', '?', ',']);
    let ends = inner.ends_with(['.', '!', '?']);
    (words.len() <= 8 && title_case && !sentence) || (words.len() <= 6 && !attributed && !ends)
}
