//! Speakers set off by a dash, as lists and reader letters write them.

use super::*;

/// A speaker set off by a dash, as lists and reader letters write it: the line opens with
/// the name (`* AP - "…"`), or the name closes it after the quotation (`"…" - "Fiona"`,
/// `"…" — Jane Doe`). `before` is the text before the opening mark, `after` the text after
/// the closing mark.
pub(crate) fn dash(before: &str, after: &str, names: &Names) -> Option<String> {
    const DASHES: [char; 3] = ['-', '–', '—'];
    const BULLETS: [char; 5] = ['*', '•', '·', '-', '–'];
    // After: a dash and a short name, then the end of the line.
    let line = after.split('\n').next().unwrap_or("").trim();
    if let Some(rest) = line.strip_prefix(DASHES) {
        let name = rest.trim().trim_matches(['"', '“', '”', '.', ' ']);
        if let Some(n) = short_name(name, names) {
            return Some(n);
        }
    }
    // Before: a line that is a bullet, a short name and a dash.
    let line = before.rsplit('\n').next().unwrap_or("").trim_end();
    let head = line.strip_suffix(DASHES)?;
    let name = head.trim().trim_start_matches(BULLETS).trim();
    short_name(name, names)
}

/// A name of at most five words that opens with a capital and has no lower-case word but
/// "of", "for", "and", "the" ("United Nations", "NP&CP", "Fiona"), in its fullest form.
fn short_name(name: &str, names: &Names) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let ok = (1..=5).contains(&words.len())
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && words.iter().all(|w| {
            !w.chars().next().is_some_and(char::is_lowercase)
                || matches!(*w, "of" | "for" | "and" | "the" | "de")
        });
    if !ok {
        return None;
    }
    let resolved = (words.len() == 1)
        .then(|| names.full.get(words[0]).cloned())
        .flatten();
    Some(resolved.unwrap_or_else(|| words.join(" ")))
}
