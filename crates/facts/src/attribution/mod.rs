//! Who said a quotation: the reporting clause of its sentence.
//!
//! After the closing mark: `…,” Kerry said`, `…,” said judge Astill`, `…,” Thorne Lay,
//! professor of …, said`. Before the opening mark, in the same sentence: `Kerry said: “…`,
//! `Margaret Beckett, the Foreign Secretary said, “…`, `The Ministry of Defence said that
//! the crew had been “…`. The subject is the first name of the clause that is not inside
//! a prepositional phrase ("a spokesperson for Tony Blair" is not Tony Blair); a pronoun
//! subject is reported as such for the caller to resolve.

use std::sync::OnceLock;

use regex::Regex;
use tidings_core::trim_end_str;

use crate::names::{bare_name, resolve_name, Names};

mod clauses;
mod dash;
mod issuer;
mod lexicon;
mod reference;
mod sentences;

use lexicon::{DOCUMENTS, ORGS, PERSON_TITLES, PREPOSITIONS, VERBS};
use sentences::{is_sentence_end, sentences_back};

pub(crate) use clauses::{
    after, before, colon_subject, name_and_verb_before, names_joined, outlet_reports,
};
pub(crate) use dash::dash;
pub(crate) use issuer::{document_issuer, document_speaks, it_is_a_document};
pub(crate) use reference::{
    has_described_subject, named, org_anaphor, passive_listener, pronoun_antecedent,
    reported_before, reporter_before, sentence_subject, title_anaphor,
};
pub(crate) use sentences::{sentence_head, sentence_tail};

/// Who a clause names.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Who {
    /// A name, resolved to the fullest form the cluster uses.
    Name(String),
    /// He, she, they: the caller knows who.
    Pronoun,
    /// A reporting clause without a name ("an official said", "a spokesperson for X said").
    Unnamed,
}

/// A capitalized run: words, initials and name particles between capitals.
fn run_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        use crate::names::{JOINED_SURNAME, PARTICLE_WORDS};
        // "U.S. District Judge Peter Leisure": a dotted abbreviation keeps its last dot, so
        // the run goes on past it.
        let word = r"(?:[A-Z](?:\.[A-Z])+\.|[A-ZÀ-ÖØ-Þ][\w'’.&-]*[\w&]|[A-Z]\.?)";
        Regex::new(&format!(
            r"{word}(?:[ \t]+(?:(?:{PARTICLE_WORDS})[ \t]+)?(?:{word}|{JOINED_SURNAME}))*"
        ))
        .expect("run pattern")
    })
}

fn verb_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&format!(r"(?-u:\b)(?:{})(?-u:\b)", VERBS.join("|"))).expect("verb pattern")
    })
}

fn is_pronoun(w: &str) -> bool {
    matches!(
        w,
        "he" | "He" | "she" | "She" | "they" | "They" | "it" | "It"
    )
}

/// The index of the word right before a reporting verb that can be its subject: the last
/// one, auxiliaries and adverbs skipped ("he also said", "they had said").
fn subject_word(words: &[&str]) -> Option<usize> {
    words.iter().rposition(|w| {
        !matches!(
            *w,
            "also" | "then" | "later" | "has" | "had" | "have" | "would"
        )
    })
}

/// Whether `words[i]` is followed by a reporting verb ("the senator said", "the agency
/// said,").
fn verb_follows(words: &[&str], i: usize) -> bool {
    words
        .get(i + 1)
        .is_some_and(|w| is_reporting_verb(w.trim_end_matches([',', '.'])))
}

/// Who a pronoun subject is: "he", "she", "it" someone named before; "they said" is a
/// group ("the two biologists … they said"), not one person's words.
fn pronoun_who(word: &str) -> Who {
    if matches!(word, "they" | "They") {
        Who::Unnamed
    } else {
        Who::Pronoun
    }
}

/// Whether `words[i]` is a pronoun where it stands: "He" after "Ms." or before another
/// capitalized word ("He Xintong, his wife, said") is a (Chinese) surname, not "he".
fn pronoun_at(words: &[&str], i: usize) -> bool {
    let Some(&w) = words.get(i) else {
        return false;
    };
    let titled = i > 0 && crate::names::is_title(words[i - 1]);
    let named = w.starts_with(char::is_uppercase)
        && words.get(i + 1).is_some_and(|n| {
            let n = n.trim_end_matches([',', '.', ';', ':']);
            n.starts_with(char::is_uppercase) && n.len() > 1 && n.chars().all(char::is_alphabetic)
        });
    is_pronoun(w) && !titled && !named
}

/// The speaker a capitalized run names, if it names one. A single word counts when the
/// cluster knows it as a surname or when `subject` (it opens its clause or stands next to
/// the verb): "Rajanews.com said", not "At 12 noon BST, …".
fn candidate(run: &str, names: &Names, subject: bool) -> Option<String> {
    let words: Vec<&str> = run.split_whitespace().collect();
    // An organisation, unless a title follows the body ("Foreign Office Minister X").
    let body = words
        .iter()
        .position(|w| tidings_core::with_lowercase(w, |l| ORGS.contains(&trim_end_str(l, "'s"))));
    let org = body.is_some_and(|b| !words[b + 1..].iter().any(|w| is_person_title(w)));
    if org && words.len() > 1 {
        let start = usize::from(matches!(words[0], "The" | "the"));
        let whole = words[start..].join(" ");
        return Some(trim_end_str(&whole, "'s").to_string());
    }
    // "The Children's Bridge", "The People's Daily": a body whose name holds a possessive;
    // not "The Pentagon's Kenneth Bacon", where a person's name follows it.
    if let ["The", .., last] = words[..] {
        let possessive = words[1..words.len() - 1]
            .iter()
            .any(|w| w.ends_with("'s") || w.ends_with("’s"));
        let person = bare_name(run).is_some_and(|n| n.contains(' ') || names.full.contains_key(&n));
        if possessive && !person && last.starts_with(char::is_uppercase) {
            return Some(words[1..].join(" "));
        }
    }
    let Some(name) = bare_name(run) else {
        // "Pastor said" after "professor Robert Pastor": a title word the cluster gives as
        // one person's surname.
        // (Two people of the cluster under it: the surname, which takes the form its
        // document introduced.)
        if let [word] = words[..] {
            let word = word.trim_end_matches(',');
            if let Some(full) = names.full.get(word) {
                let shared = names.shared_surnames.contains(word);
                return Some(if shared {
                    word.to_string()
                } else {
                    full.clone()
                });
            }
        }
        // "the UN remarked": an acronym alone opening its clause is a body.
        let acronym = words.len() == 1
            && words[0].chars().filter(char::is_ascii_uppercase).count() >= 2
            && words[0].chars().all(|c| c.is_ascii_uppercase() || c == '.');
        return (subject && acronym).then(|| words[0].to_string());
    };
    // A surname after a title ("Doctor Green", "Mr. Ban") is a person's.
    let titled = words.len() >= 2 && crate::names::is_title(words[words.len() - 2]);
    if name.contains(' ') || names.full.contains_key(&name) || (titled && !name.contains(' ')) {
        return resolve_name(&name, &names.full);
    }
    // A single word: a name only if the cluster never writes it in lower case and it
    // does not look like a verb ("Writing on her blog, …", "Quoted by the BBC, …").
    let lower = name.to_lowercase();
    let plain = name.chars().next().is_some_and(char::is_uppercase)
        && !names.writes_lower(&lower)
        && (names.writes_proper(&name) || joined_name(&name))
        && !lower.ends_with("ing")
        && !lower.ends_with("ed")
        && !crate::names::is_title(&name)
        && tidings_core::month_number(&name).is_none()
        && tidings_core::weekday_number(&name).is_none();
    if !(subject && plain) {
        return None;
    }
    // "Oxfam" → "Oxfam International" when that is the one longer name it opens.
    Some(names.by_first.get(&name).cloned().unwrap_or(name))
}

/// A name joined by a short lower-case particle ("Harakat-ul-Ansar", "Sipah-e-Sahaba",
/// "Hizb-ut-Tahrir"): a name wherever it stands, even opening a sentence.
fn joined_name(word: &str) -> bool {
    let parts: Vec<&str> = word.split('-').collect();
    parts.len() >= 3
        && parts
            .first()
            .is_some_and(|p| p.len() >= 2 && p.starts_with(char::is_uppercase))
        && parts
            .last()
            .is_some_and(|p| p.len() >= 2 && p.starts_with(char::is_uppercase))
        && parts[1..parts.len() - 1]
            .iter()
            .all(|p| (1..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_lowercase()))
}

/// A name run of a segment, with what surrounds it.
struct Run<'t> {
    /// The run (with an organisation's "of" part).
    text: &'t str,
    /// Segment index.
    segment: usize,
    /// Lower-case words before it in its segment.
    lead: &'t str,
    /// Text after it in its segment.
    rest: &'t str,
    /// It follows a title and "of": "Prime Minister of the United Kingdom Tony Blair",
    /// "Director of the University of Chile".
    titled: bool,
    /// It follows an abbreviated title, which the run stops before ("Ms. He", "Mr. Ban").
    after_title: bool,
}

fn runs<'t>(segments: &[&'t str]) -> Vec<Run<'t>> {
    let mut out = Vec::new();
    for (k, seg) in segments.iter().enumerate() {
        let mut before = 0;
        for m in run_re().find_iter(seg) {
            if m.start() < before {
                continue; // inside an "of" part already taken
            }
            let text = with_of_part(seg, m.start(), m.end());
            let end = m.start() + text.len();
            let mut lead = &seg[before..m.start()];
            // "Prime Minister of the United Kingdom Tony Blair": the "of" belongs to the
            // title, not to a phrase around the name.
            // "Secretary of State for Near Eastern Affairs Martin Indyk": the title runs on
            // through "for" after a titled part.
            let (after_person_title, after_titled) =
                out.last().map_or((false, false), |r: &Run| {
                    let same = r.segment == k;
                    let person = r
                        .text
                        .split_whitespace()
                        .last()
                        .is_some_and(is_person_title);
                    (same && person, same && r.titled)
                });
            // (Only when a name can follow the office: "Minister for Jerusalem Affairs," is
            // the office alone.)
            let titled = match lead.trim() {
                "of" | "of the" => after_person_title,
                "for" | "for the" => {
                    (after_person_title || after_titled) && text.split_whitespace().count() >= 3
                }
                _ => false,
            };
            let after_title = lead.trim() == "."
                && out
                    .last()
                    .is_some_and(|r: &Run| r.segment == k && crate::names::is_title(r.text.trim()));
            if titled {
                lead = "";
            }
            out.push(Run {
                text,
                segment: k,
                lead,
                rest: &seg[end..],
                titled,
                after_title,
            });
            before = end;
        }
    }
    out
}

/// Whether a sentence's first word opens a subordinate clause ("When", "After", "If").
pub(crate) fn is_subordinator(word: &str) -> bool {
    matches!(
        word,
        "When"
            | "If"
            | "After"
            | "Before"
            | "As"
            | "While"
            | "Although"
            | "Though"
            | "Because"
            | "Since"
            | "Until"
            | "Once"
            | "Unless"
    )
}

/// Whether `word` is one of the reporting verbs ("said", "told", "advised").
pub(crate) fn is_reporting_verb(word: &str) -> bool {
    VERBS.contains(&word)
}

/// Whether a word makes a run an organisation ("Ministry", "Council").
pub(crate) fn is_org_word(word: &str) -> bool {
    tidings_core::with_lowercase(word, |l| ORGS.contains(&trim_end_str(l, "'s")))
}

/// Titles that make a run a person: "Foreign Office Minister X", "Prime Minister of …".
pub(crate) fn is_person_title(word: &str) -> bool {
    tidings_core::with_lowercase(word, |l| PERSON_TITLES.contains(&trim_end_str(l, "'s")))
}

/// A person's title or a role a described speaker has ("official", "aide"): the head of
/// "a White House official", "Tony Blair's spokesman".
fn is_role_noun(word: &str) -> bool {
    is_person_title(word)
        || matches!(
            word,
            "official" | "aide" | "adviser" | "advisor" | "lawmaker" | "source" | "diplomat"
        )
}

/// Whether a preposition governs the name after `lead` ("a spokesperson for X", "the
/// director of X"); only the last two words count.
fn has_preposition(lead: &str) -> bool {
    let words: Vec<String> = lead
        .split_whitespace()
        .rev()
        .take(3)
        .map(str::to_lowercase)
        .collect();
    // The last two words, or three when the middle one is an article ("of the
    // conservative Washington Legal Foundation").
    words
        .iter()
        .take(2)
        .any(|w| PREPOSITIONS.contains(&w.as_str()))
        || (words.len() == 3
            && matches!(words[1].as_str(), "the" | "a" | "an")
            && PREPOSITIONS.contains(&words[2].as_str()))
}

/// The speaker a run names, taking "X commissioner Sir Ian Blair" as Ian Blair and
/// rejecting a single word used as a modifier ("an Iranian foreign ministry official").
fn speaker_of(r: &Run, names: &Names, subject: bool) -> Option<String> {
    // "Chicago Police Supt. Terry Hillard": a run that ends in an abbreviated title is the
    // title of the name after it, not a speaker.
    let last = r.text.split_whitespace().last().unwrap_or("");
    if r.rest.starts_with(". ") && last.len() >= 3 && crate::names::is_title(last) {
        return None;
    }
    if let Some(person) = role_then_name(r.rest) {
        if let Some(name) = candidate(person, names, false) {
            return Some(name);
        }
    }
    // A name that modifies the noun after it is not a speaker: "an Iranian foreign
    // ministry official", "senior United Nations envoys".
    let next = r.rest.split_whitespace().next().unwrap_or("");
    let modifier = next.chars().next().is_some_and(char::is_lowercase)
        && !verb_re().is_match(next)
        && !matches!(
            next,
            "also"
                | "then"
                | "later"
                | "has"
                | "had"
                | "have"
                | "would"
                | "will"
                | "was"
                | "is"
                | "who"
                | "which"
                | "and"
                | "said"
        )
        && !PREPOSITIONS.contains(&next);
    // A longer name modifies only a plural ("United Nations envoys", "Iranian officials"),
    // or a person after "a"/"an" ("an Air Comet pilot"); "an Astana Team statement" is
    // still the team's.
    let document = matches!(
        next.trim_end_matches([',', '.']),
        "statement" | "report" | "release" | "communique" | "letter" | "announcement"
    );
    let article = !document
        && matches!(
            r.lead.split_whitespace().last(),
            Some("a" | "an" | "A" | "An")
        );
    // "summed up Generation X's disillusionment": a possessive before a noun owns it; only a
    // document speaks for its owner ("the Astana Team's statement").
    let possessive = r.text.ends_with("'s") || r.text.ends_with("’s");
    if possessive && next.starts_with(char::is_lowercase) && !document {
        return None;
    }
    // "Social Affairs minister, Yves Christallin": the name is the role's, not the speaker.
    if is_person_title(next.trim_end_matches(',')) && r.text.trim().contains(' ') {
        return None;
    }
    // "the Nobel committee said": a name and a lower-case organisation word right before
    // the verb name that organisation.
    let rest_words: Vec<&str> = r.rest.split_whitespace().collect();
    // "London's Guardian newspaper said": the name before an outlet noun is the outlet's (a
    // place's possessive before it says where it appears).
    if rest_words.len() == 1 && matches!(next, "newspaper" | "daily" | "weekly" | "magazine") {
        let run = r.text.trim();
        let outlet = run
            .split_once("'s ")
            .or_else(|| run.split_once("’s "))
            .map_or(run, |(_, name)| name);
        if outlet
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
        {
            return candidate(outlet, names, true).or_else(|| Some(outlet.to_string()));
        }
    }
    if rest_words.len() == 1
        && next.starts_with(char::is_lowercase)
        && is_org_word(next)
        && matches!(r.lead.trim(), "" | "the" | "The")
        && !r.text.starts_with("The ")
        && r.text
            .split_whitespace()
            .all(|w| w.chars().all(char::is_alphabetic))
    {
        return Some(format!("{} {next}", r.text.trim()));
    }
    // "New York City consumer authorities confirmed": lower-case words ending in a plural
    // after the name, right before the verb, are what the name describes.
    let plural_after = {
        let words: Vec<&str> = r.rest.split_whitespace().collect();
        words.len() >= 2
            && words.len() <= 3
            && words.iter().all(|w| w.starts_with(char::is_lowercase))
            && words
                .last()
                .is_some_and(|w| w.ends_with('s') && !w.ends_with("ss"))
    };
    if modifier && (!r.text.trim().contains(' ') || next.ends_with('s') || article || plural_after)
    {
        return None;
    }
    // "The Australian reported": a newspaper's name opens its clause.
    if subject {
        if let Some(rest) = r.text.strip_prefix("The ") {
            let plain = !rest.contains(' ')
                && !crate::names::is_title(rest)
                && !names.writes_lower(&rest.to_lowercase());
            let next_to_verb = r.rest.split_whitespace().count() <= 2;
            if plain && (names.writes_proper(rest) || next_to_verb)
                || rest.contains(' ') && candidate(rest, names, true).is_some()
            {
                return candidate(rest, names, true).or_else(|| Some(rest.to_string()));
            }
        }
    }
    // "The President said": the one person the cluster gives that title.
    let words: Vec<&str> = r.text.split_whitespace().collect();
    if words.last().is_some_and(|w| is_person_title(w)) && bare_name(r.text).is_none() {
        let title = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
        return names.by_title(&title).cloned();
    }
    // "Ms. He said": the run stops at the title's dot; a surname after a title is a
    // person's, even one the cluster also writes in lower case ("He Xintong").
    if r.after_title && words.len() == 1 {
        let word = tidings_core::trim_possessive(words[0]);
        let full = resolve_name(word, &names.full).or_else(|| names.by_first.get(word).cloned());
        if let Some(name) = full.filter(|n| n.contains(' ')) {
            return Some(name);
        }
    }
    candidate(r.text, names, subject).or_else(|| {
        // "A Peace Now statement said": a document speaks for the name before it, even one
        // the cluster writes nowhere else.
        let name = r.text.trim();
        let name = ["A ", "An ", "The "]
            .iter()
            .find_map(|a| name.strip_prefix(a))
            .unwrap_or(name);
        (document && name.contains(' ')).then(|| trim_end_str(name, "'s").to_string())
    })
}

/// The subject of the clause before a reporting verb (`clause` ends at the verb):
/// a pronoun right before the verb; the name right before the verb ("…, British Prime
/// Minister Tony Blair had told"), unless a comma separates them ("Ray Cooper, uncle to
/// …, said"); else the name that opens the clause; else its first name.
fn subject_before(clause: &str, names: &Names) -> Option<Who> {
    let words: Vec<&str> = clause.split_whitespace().collect();
    // "Hickey, who is single …, had been there twice, she said": a pronoun set off before
    // the verb is its subject, not the name the sentence opens with.
    if let [.., set_off, pronoun] = words[..] {
        if set_off.ends_with(',') && matches!(pronoun, "he" | "she") {
            return Some(Who::Pronoun);
        }
    }
    if let Some(who) = relative_antecedent(clause, names) {
        return Some(who);
    }
    if let Some(name) = clause
        .rsplit([',', ';'])
        .next()
        .and_then(|c| document_of(c, names))
    {
        return Some(Who::Name(name));
    }
    // "A reporter for Reuters said", "An analyst … commented": someone described, unnamed.
    if let [first, second, ..] = words[..] {
        if matches!(first, "A" | "An" | "a" | "an" | "One" | "one")
            && second.starts_with(char::is_lowercase)
            && !words.iter().any(|w| w.ends_with(','))
        {
            return Some(Who::Unnamed);
        }
    }
    let last = subject_word(&words);
    if let Some(i) = last.filter(|&i| pronoun_at(&words, i)) {
        return Some(pronoun_who(words[i]));
    }
    let segments: Vec<&str> = clause.split([',', ';', '(', ')']).collect();
    // "The Minister for London said".
    if let Some(name) = names.by_role_phrase(segments[segments.len() - 1]) {
        return Some(Who::Name(name));
    }
    let all = runs(&segments);
    if let Some(name) = kin_in_apposition(&segments, &all, names) {
        return Some(Who::Name(name));
    }
    let last_seg = segments.len() - 1;
    let comma_before_verb = segments[last_seg].trim().is_empty() && segments.len() > 1;
    // "the communique says", "an official said": a common noun is the subject.
    let auxiliaries = [
        "also",
        "then",
        "later",
        "has",
        "had",
        "have",
        "would",
        "will",
        "is",
        "was",
        "reportedly",
        "further",
        "again",
        "once",
        "repeatedly",
        "previously",
    ];
    let before_aux: Vec<&str> = words
        .iter()
        .rev()
        .skip_while(|w| auxiliaries.contains(*w))
        .take(2)
        .copied()
        .collect();
    // "General Alireza Afshar, Iran's top military general, then stated": the apposition
    // closed before the verb.
    let comma_before_verb =
        comma_before_verb || before_aux.first().is_some_and(|w| w.ends_with(','));
    if !comma_before_verb {
        if let [noun, det, ..] = before_aux[..] {
            let determiners = [
                "the", "a", "an", "one", "its", "his", "her", "their", "another",
            ];
            if noun.starts_with(char::is_lowercase)
                && determiners.contains(&det.to_lowercase().as_str())
            {
                // "His report said": the report's author speaks, whom "his" refers to.
                let possessive = matches!(det.to_lowercase().as_str(), "his" | "her");
                return Some(
                    if possessive && DOCUMENTS.contains(&noun.to_lowercase().as_str()) {
                        Who::Pronoun
                    } else {
                        Who::Unnamed
                    },
                );
            }
        }
    }
    if !comma_before_verb && described_subject(&before_aux_words(&words, &auxiliaries)) {
        return Some(Who::Unnamed);
    }
    if !comma_before_verb {
        // "with Commission President José Manuel Barroso noting that": "with" opens the
        // clause of the name, it does not govern it.
        let governed = |r: &Run| has_preposition(r.lead) && !r.lead.trim_end().ends_with("with");
        let adjacent = all.iter().rev().find(|r| {
            r.segment == last_seg && r.rest.split_whitespace().count() <= 3 && !governed(r)
        });
        if let Some(r) = adjacent {
            // "Director of the University of Chile said": the body is the title's, not the
            // speaker.
            let body = r.titled && r.text.split_whitespace().any(is_org_word);
            if let Some(name) = speaker_of(r, names, true).filter(|_| !body) {
                return Some(Who::Name(name));
            }
        }
    }
    // "The U.S. under-secretary of state …, Paula Dobriansky, who …, says": an
    // apposition that is just a full name is the subject.
    for r in all.iter().filter(|r| r.segment > 0) {
        let plain = !r
            .text
            .split_whitespace()
            .any(|w| is_org_word(w) || crate::names::is_title(w));
        if plain && r.lead.trim().is_empty() && r.rest.trim().is_empty() {
            if let Some(name) = candidate(r.text, names, false).filter(|n| n.contains(' ')) {
                return Some(Who::Name(name));
            }
        }
    }
    // "Prime Minister Tony Blair's spokesman, speaking on condition of anonymity, said":
    // someone a name's possessive describes.
    // Not an apposition to a name before it ("Adams, Buchanan's spokesman, agreed").
    let possessed = segments.iter().position(|seg| {
        let w: Vec<&str> = seg.split_whitespace().collect();
        matches!(w[..], [.., owner, title] if owner.ends_with("'s")
            && owner.starts_with(char::is_uppercase)
            && title.starts_with(char::is_lowercase)
            && is_role_noun(title))
    });
    if let Some(k) = possessed {
        let named_before = all
            .iter()
            .any(|r| r.segment < k && speaker_of(r, names, true).is_some());
        if !named_before {
            return Some(Who::Unnamed);
        }
    }
    // "After Carter left, voter Antonio Arreguin, 49, said": a name in an opening
    // subordinate clause is not the subject ("As Richard Howorth … says, ``…''" is the
    // attribution itself).
    let opening_clause = segments.len() > 1
        && segments[0]
            .split_whitespace()
            .next()
            .is_some_and(|w| w != "As" && is_subordinator(w));
    let later = |r: &&Run| !(opening_clause && r.segment == 0);
    for r in all.iter().filter(later) {
        if has_preposition(r.lead) {
            continue;
        }
        let opens = r.lead.trim().is_empty();
        if r.segment == 0 && opens {
            if let Some(name) = speaker_of(r, names, true) {
                return Some(Who::Name(name));
            }
        }
    }
    if let Some(first) = segments.first().and_then(|s| s.split_whitespace().next()) {
        if is_pronoun(first) {
            return Some(pronoun_who(first));
        }
    }
    // Last, the first name not governed by a preposition or inside a "that" clause
    // ("Yesterday evening Yvo de Boer of the UNFCCC had said"; not "Reporting that the
    // Russian Federation is backing …, envoys said").
    let subordinate = |lead: &str| lead.split_whitespace().any(|w| w == "that");
    all.iter()
        .filter(later)
        .filter(|r| !has_preposition(r.lead) && !subordinate(r.lead))
        .find_map(|r| speaker_of(r, names, r.lead.trim().is_empty()))
        .map(Who::Name)
}

/// "Hiss' son, Tony, praised …": a relative named in apposition after the possessive is
/// the subject, under the owner's surname when only a given name is written ("Tony" →
/// "Tony Hiss" when the cluster writes that name).
fn kin_in_apposition(segments: &[&str], all: &[Run], names: &Names) -> Option<String> {
    // The owner's possessive, at most three lower-case modifiers ("54-year-old"), the kin.
    let k = segments.iter().position(|seg| {
        let w: Vec<&str> = seg.split_whitespace().collect();
        matches!(w[..], [owner, ref middle @ .., kin] if (owner.ends_with("'s") || owner.ends_with("s'") || owner.ends_with("’s"))
            && owner.starts_with(char::is_uppercase)
            && middle.len() <= 3
            && middle.iter().all(|m| m.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()))
            && crate::bearers::is_kin(kin))
    })?;
    let owner = segments[k].split_whitespace().next()?;
    let surname = tidings_core::trim_possessive(owner).trim_end_matches('\'');
    let r = all.iter().find(|r| {
        r.segment == k + 1
            && r.lead.trim().is_empty()
            && r.rest.trim().trim_end_matches(['.', '!', '?']).is_empty()
    })?;
    let run = r.text.trim();
    if run.contains(' ') {
        return candidate(run, names, false);
    }
    let full = format!("{run} {surname}");
    names.texts().any(|t| t.contains(&full)).then_some(full)
}

/// "… by a State Supreme Court justice, who nonetheless called …": the verb's subject is
/// "who", so the phrase the relative clause hangs on speaks — a name when it ends in one,
/// else someone described (unnamed). `clause` ends at the verb.
fn relative_antecedent(clause: &str, names: &Names) -> Option<Who> {
    let mut head = clause.trim_end();
    // Adverbs between "who" and the verb: "who nonetheless called", "who later said".
    while let Some((rest, last)) = head.rsplit_once(char::is_whitespace) {
        let adverb = last.len() > 3 && last.ends_with("ly") && last.starts_with(char::is_lowercase)
            || matches!(
                last,
                "nonetheless" | "also" | "then" | "later" | "once" | "again" | "still" | "even"
            );
        if !adverb {
            break;
        }
        head = rest.trim_end();
    }
    let antecedent = head.strip_suffix("who")?.trim_end().strip_suffix(',')?;
    let mut segments = antecedent.rsplit([',', ';', '(', ')', '.']);
    let segment = segments.next()?;
    // The last name not inside a prepositional phrase, at the phrase's end or before one
    // ("Steve Gunderson of Wisconsin, who"); "a spokesman for X, who" describes someone.
    let name_in = |segment: &str| {
        runs(&[segment])
            .iter()
            .rev()
            .find(|r| !has_preposition(r.lead))
            .filter(|r| {
                r.rest
                    .split_whitespace()
                    .next()
                    .is_none_or(|w| tidings_core::with_lowercase(w, |l| PREPOSITIONS.contains(&l)))
            })
            .and_then(|r| speaker_of(r, names, true))
    };
    // "said Dave Mingey, a company spokesman, who": the description is in apposition to
    // the name before it.
    let described = matches!(
        segment.split_whitespace().next(),
        Some("a" | "an" | "the" | "A" | "An" | "The")
    );
    let name = if described {
        segments
            .next()
            .and_then(name_in)
            .or_else(|| name_in(segment))
    } else {
        name_in(segment)
    };
    Some(name.map_or(Who::Unnamed, Who::Name))
}

/// The speaker after a reporting verb (`…,” said judge Astill`, `said Iran's Foreign
/// Ministry spokesman, Mohammad Ali Hosseini`); a name inside a prepositional phrase
/// ("a spokesperson for Tony Blair") makes the speaker unnamed.
fn subject_after_verb(post: &str, names: &Names) -> Who {
    let segments: Vec<&str> = post.split([',', ';', '(', ')']).collect();
    if let Some(name) = document_of(segments[0], names) {
        return Who::Name(name);
    }
    // "said Zughayar's 54-year-old father, Mohammed".
    if let Some(name) = kin_in_apposition(&segments, &runs(&segments), names) {
        return Who::Name(name);
    }
    // "said Tim N. Palmer of the European Centre …, England": a full name opening the
    // clause is the speaker, whatever place follows.
    if let Some(r) = runs(&segments[..1]).first() {
        if r.lead.trim().is_empty() && !has_preposition(r.lead) {
            if let Some(name) = speaker_of(r, names, true).filter(|n| n.contains(' ')) {
                // The run names the person itself (not a title a role lookup fills).
                let own = name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|last| r.text.contains(last));
                if own && names.full.values().any(|full| full == &name) {
                    return Who::Name(name);
                }
            }
        }
    }
    // An apposition that is just a name: "the Executive Clerk of the Council, Óscar Acuña".
    if let Some(second) = segments.get(1) {
        // A title with its dot stands apart from the name's run: "the commander, Gen. X".
        let untitled = second.trim_start();
        let untitled = match untitled.split_once(' ') {
            Some((first, name)) if first.ends_with('.') && crate::names::is_title(first) => name,
            _ => untitled,
        };
        let r = runs(&[untitled]);
        // The sentence may end right after the name ("said the commander, X.").
        let rest = r
            .first()
            .map_or("", |r| r.rest.trim().trim_end_matches(['.', '!', '?']));
        // "said one dejected lawmaker, Ruth Rabinowitz of the Inkatha Freedom Party".
        let affiliation = rest.starts_with("of ") || rest.starts_with("from ");
        let one_name = r.len() == 1 || (affiliation && r.len() > 1);
        if one_name && r[0].lead.trim().is_empty() && (rest.is_empty() || affiliation) {
            if let Some(name) = candidate(r[0].text, names, false).filter(|n| n.contains(' ')) {
                let _ = second;
                return Who::Name(name);
            }
        }
    }
    let first: Vec<&str> = segments[0].split_whitespace().take(2).collect();
    if pronoun_at(&first, 0) {
        return pronoun_who(first[0]);
    }
    // "said the Minister for London": a role phrase the cluster gives one person.
    if let Some(name) = names.by_role_phrase(segments[0]) {
        return Who::Name(name);
    }
    for r in runs(&segments[..1]) {
        if has_preposition(r.lead) {
            return Who::Unnamed;
        }
        if let Some(name) = speaker_of(&r, names, r.lead.trim().is_empty()) {
            return Who::Name(name);
        }
    }
    Who::Unnamed
}

/// The issuer of a document that speaks: "a statement from the Foreign Ministry", "a
/// report issued by Amnesty International" speak for the ministry and for Amnesty.
fn document_of(phrase: &str, names: &Names) -> Option<String> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let [det, noun, rest @ ..] = &words[..] else {
        return None;
    };
    let document = matches!(
        *noun,
        "statement" | "report" | "release" | "communique" | "letter" | "announcement"
    );
    if !(matches!(*det, "a" | "an" | "the" | "A" | "An" | "The") && document) {
        return None;
    }
    let rest = match rest {
        ["issued" | "released", "by", rest @ ..] => rest,
        ["from" | "by", rest @ ..] => rest,
        _ => return None,
    };
    let rest = rest.join(" ");
    let issuer = rest.strip_prefix("the ").unwrap_or(&rest);
    let r = runs(&[issuer]);
    // "the Swiss defense ministry": a name before a common noun only describes the issuer.
    let first = r.first().filter(|r| {
        r.lead.trim().is_empty() && !r.rest.trim_start().starts_with(char::is_lowercase)
    })?;
    candidate(first.text, names, true)
}

/// The words before the verb, auxiliaries skipped, last first.
fn before_aux_words<'a>(words: &[&'a str], auxiliaries: &[&str]) -> Vec<&'a str> {
    words
        .iter()
        .rev()
        .skip_while(|w| auxiliaries.contains(*w))
        .copied()
        .collect()
}

/// "the top Turkish military commander says": a determiner, then lower-case words and
/// nationality adjectives, then a title: someone described, not named (the nationality is
/// no speaker; who holds the title is looked up after). `last_first` are the words before
/// the verb, last first.
fn described_subject(last_first: &[&str]) -> bool {
    let Some((head, rest)) = last_first.split_first() else {
        return false;
    };
    if !head.starts_with(char::is_lowercase) || !is_role_noun(head) {
        return false;
    }
    let demonym = |w: &str| {
        w.starts_with(char::is_uppercase)
            && ["ish", "ian", "ese", "an", "ic", "i"]
                .iter()
                .any(|s| w.ends_with(s))
    };
    let mut saw_demonym = false;
    let mut saw_capital = false;
    for (i, w) in rest.iter().take(5).enumerate() {
        if matches!(*w, "the" | "The" | "a" | "A" | "an" | "An") {
            // Only the nationality and the organisation cases are new here: plain "the
            // spokesman" is read below. "a White House official": the body describes
            // (not "the Kerry commander"), unless the phrase stands beside a name ("Mark Ballesteros, a Pentagon
            // spokesman says").
            let apposition = rest.get(i + 1).is_some_and(|p| p.ends_with(','));
            let indefinite = matches!(*w, "a" | "A" | "an" | "An");
            return saw_demonym || (saw_capital && indefinite && !apposition);
        }
        if demonym(w) {
            saw_demonym = true;
        } else if w.starts_with(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
            && !w.ends_with("'s")
        {
            saw_capital = true;
        } else if !w.chars().all(|c| c.is_lowercase() || c == '-') {
            return false;
        }
    }
    false
}

/// The subject of the clause after a quotation, before its verb (`…,” Thorne Lay,
/// professor of …, said`): the name that opens it, else a pronoun, else its first name.
fn subject_after_quote(pre: &str, names: &Names) -> Option<Who> {
    let segments: Vec<&str> = pre.split([',', ';', '(', ')']).collect();
    let all = runs(&segments);
    if let Some(r) = all.iter().find(|r| r.lead.trim().is_empty()) {
        if let Some(name) = speaker_of(r, names, true) {
            return Some(Who::Name(name));
        }
    }
    let words: Vec<&str> = pre.split_whitespace().collect();
    if let Some(i) = (0..words.len()).find(|&i| pronoun_at(&words, i)) {
        return Some(pronoun_who(words[i]));
    }
    all.iter()
        .filter(|r| !has_preposition(r.lead))
        .find_map(|r| speaker_of(r, names, false))
        .map(Who::Name)
}

/// An organisation's run with its "of" part: "Ministry of Defence", "Department of State".
fn with_of_part(seg: &str, start: usize, end: usize) -> &str {
    let run = &seg[start..end];
    if !run
        .split_whitespace()
        .any(|w| tidings_core::with_lowercase(w, |l| ORGS.contains(&l)))
    {
        return run;
    }
    let rest = &seg[end..];
    let Some(after) = rest
        .strip_prefix(" of the ")
        .or_else(|| rest.strip_prefix(" of "))
    else {
        return run;
    };
    match run_re().find(after) {
        Some(m) if m.start() == 0 => &seg[start..end + (rest.len() - after.len()) + m.end()],
        _ => run,
    }
}

/// The name right after one or two lower-case role words ("commissioner", "team
/// spokesperson") at the start of `rest`.
fn role_then_name(rest: &str) -> Option<&str> {
    static RE: OnceLock<Regex> = OnceLock::new();
    // "Paris' mayor Bertrand Delanoë", "Iran's envoy X": a possessive may come first;
    // a year too ("Quebec City 2002 bid chief Rene Paquet").
    let re = RE.get_or_init(|| {
        Regex::new(r"^(?:['’]s?)?[ \t]+(?:[12]\d{3}[ \t]+)?(?:[a-z]+[ \t]+){1,2}")
            .expect("role pattern")
    });
    let lead = re.find(rest)?;
    let roles = lead.as_str().split_whitespace();
    // A verb right before the name is no role: "Peter Mandelson termed Pinochet" (but
    // "managing editor Arthur Browne", "retired general Wesley Clark").
    if roles.clone().last().is_some_and(|w| w.ends_with("ed")) {
        return None;
    }
    if roles.clone().any(|w| {
        PREPOSITIONS.contains(&w)
            || matches!(
                w,
                "and" | "or" | "but" | "that" | "said" | "says" | "has" | "had" | "was" | "is"
            )
    }) {
        return None;
    }
    let after = &rest[lead.end()..];
    run_re()
        .find(after)
        .filter(|m| m.start() == 0)
        .map(|m| m.as_str())
}

#[cfg(test)]
mod tests;
