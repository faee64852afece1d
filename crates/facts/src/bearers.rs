//! The people a document introduces under a surname, for "da Silva said" after "Gilberto
//! Manuel da Silva, 40, …".

use tidings_core::Cluster;

use crate::names::{bare_name, is_particle, name_run, whole_word_at, with_given_name};

/// The people a document introduces under `written`, a shorter form of a name ("da Silva"
/// in "Gilberto Manuel da Silva, 40, who owns …"), with where each is named, in order: the
/// name runs that end with `written` and say more, as the cluster's full names are read. A reader
/// takes a surname for whoever the article last gave it to, not for the cluster's most
/// famous bearer.
pub(crate) fn bearers(text: &str, written: &str, cluster: &Cluster) -> Vec<(usize, String)> {
    let words = written.split(' ').count();
    let mut out = Vec::new();
    let mut read: Vec<(&str, Option<String>)> = Vec::new();
    for (k, _) in text.match_indices(written) {
        let end = k + written.len();
        let whole = whole_word_at(text, k, written.len());
        // A longer name needs a capital, an initial or a particle right before ("said
        // Kerry" has none): most occurrences are skipped before any pattern runs.
        let lead = &text[..k];
        let joined = lead.ends_with([' ', '\t']) && {
            let prev = lead.trim_end_matches([' ', '\t']);
            prev.len() + 2 >= lead.len()
                && prev
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()) || is_particle(w))
        };
        if !whole || !joined {
            continue;
        }
        let mut from = k.saturating_sub(80);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let window = &text[from..end];
        let Some(m) = name_run()
            .find_iter(window)
            .last()
            .filter(|m| m.end() == window.len())
        else {
            continue;
        };
        // "a member of the Mendocino Fetzer wine family": a name after an article
        // modifies a noun and names no one.
        let article = window[..m.start()]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| matches!(w, "the" | "a" | "an" | "The" | "A" | "An"));
        if article || kin_in_passing(&window[..m.start()], &text[end..]) {
            continue;
        }
        // A name repeats: read each run once (the given-name check reads every document).
        let full = match read.iter().find(|(run, _)| *run == m.as_str()) {
            Some((_, full)) => full.clone(),
            None => {
                let full = bare_name(m.as_str()).map(|b| with_given_name(m.as_str(), b, cluster));
                read.push((m.as_str(), full.clone()));
                full
            }
        };
        let full = full.filter(|f| f.split(' ').count() > words && f.ends_with(written));
        if let Some(full) = full.filter(|f| !called_by_given_name(text, f)) {
            out.push((k, full));
        }
    }
    out
}

/// Words for a relative ("Hiss' son", "by his father, Bernard Spitzer").
const KIN: &[&str] = &[
    "father",
    "mother",
    "son",
    "daughter",
    "wife",
    "husband",
    "brother",
    "sister",
    "parents",
    "parent",
    "grandfather",
    "grandmother",
    "grandson",
    "granddaughter",
    "uncle",
    "aunt",
    "nephew",
    "niece",
    "cousin",
    "widow",
    "widower",
    "stepfather",
    "stepmother",
    "stepson",
    "stepdaughter",
    "fiancee",
    "fiance",
];

/// Whether `word` (a possessive or a trailing comma aside) names a relative.
pub(crate) fn is_kin(word: &str) -> bool {
    KIN.contains(&tidings_core::trim_possessive(word.trim_end_matches(',')))
}

/// Whether the document calls `name` ("Elian Gonzalez") by its given name alone, at least
/// twice ("return Elian to his father", "Elian's portrait"): a child, whom a bare surname
/// does not mean ("Gonzalez said" is not the 6-year-old).
fn called_by_given_name(text: &str, name: &str) -> bool {
    let Some((given, surname)) = name.split_once(' ') else {
        return false;
    };
    if given.len() < 3 || !given.starts_with(char::is_uppercase) || given.ends_with('.') {
        return false;
    }
    let next = surname.split(' ').next().unwrap_or(surname);
    text.match_indices(given)
        .filter(|&(k, _)| {
            whole_word_at(text, k, given.len())
                && !text[k + given.len()..].trim_start().starts_with(next)
        })
        .nth(1)
        .is_some()
}

/// Whether a name is someone's relative named in passing, whom a later bare surname does
/// not mean: "by his father, Bernard Spitzer", "Graham Borland, the school board member's
/// son, said", "his parents, Sam and Vicki Sebastiani". `lead` is the text before the
/// name, `tail` the text after it.
fn kin_in_passing(lead: &str, tail: &str) -> bool {
    let lead = lead.trim_end();
    // "Sam and Vicki Sebastiani": two people share the surname.
    let coordinated = lead
        .strip_suffix(" and")
        .and_then(|l| l.split_whitespace().next_back())
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    let kin_before = lead
        .strip_suffix(',')
        .and_then(|l| l.split_whitespace().next_back())
        .is_some_and(is_kin);
    let kin_after = tail.strip_prefix(", ").is_some_and(|t| {
        t.split(',')
            .next()
            .is_some_and(|phrase| phrase.split_whitespace().take(6).any(is_kin))
    });
    coordinated || kin_before || kin_after
}
