//! Direct quotations and who said them. A quotation is the text between quotation marks
//! (“…”, "…", ``…'') of at least three words; its speaker comes from the reporting clause
//! next to it (`…,” Kerry said`, `said John Kerry`, `Lavrov said: “…`, `according to X`),
//! a pronoun takes the document's last named speaker, and every name is resolved to the
//! fullest form the cluster uses ("Kerry" → "John Kerry").

use std::sync::OnceLock;

use foldhash::{HashMap, HashMapExt};
use regex::Regex;
use tidings_core::{Cluster, Quote, Sentence, SupportRef};

use crate::attribution::{self, Who};
use crate::names::{bare_name, name_run, resolve_name, Names, JOINED_SURNAME, PARTICLE_WORDS};
use crate::roles::role_holder;

mod marks;
mod terms;

use marks::{find_quotes, Found};
use terms::{
    is_capitalized_title, is_term, is_work_title, modifies_a_noun, names_a_work,
    titled_right_before,
};

/// Where each paragraph break ("\n\n") starts, overlapping like `rfind`: "\n\n\n" holds
/// breaks at 0 and 1. Found once per document instead of once per quotation.
fn paragraph_breaks(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'\n', bytes)
        .filter(|&i| bytes.get(i + 1) == Some(&b'\n'))
        .collect()
}

/// The last break that ends by `at` (what `text[..at].rfind("\n\n")` finds), else 0.
fn break_before(breaks: &[usize], at: usize) -> usize {
    match breaks.partition_point(|&b| b + 2 <= at) {
        0 => 0,
        k => breaks[k - 1],
    }
}

/// Finds a long needle by searching for its first bytes and checking the rest: building a
/// searcher costs time in proportion to its needle, and a quotation is searched for in only
/// a few documents. Finds the first occurrence, as `memmem::find` does.
struct PrefixFinder<'n> {
    needle: &'n [u8],
    prefix: memchr::memmem::Finder<'n>,
}

impl<'n> PrefixFinder<'n> {
    const PREFIX: usize = 24;

    fn new(needle: &'n [u8]) -> Self {
        PrefixFinder {
            needle,
            prefix: memchr::memmem::Finder::new(&needle[..needle.len().min(Self::PREFIX)]),
        }
    }

    fn find(&self, haystack: &[u8]) -> Option<usize> {
        let mut from = 0;
        while let Some(k) = self.prefix.find(&haystack[from..]) {
            let at = from + k;
            if haystack[at..].starts_with(self.needle) {
                return Some(at);
            }
            // Prefix matches may overlap: the next one can start one byte on.
            from = at + 1;
        }
        None
    }
}

/// The quotations of a cluster, in document order, with speakers and support.
pub fn quotes(cluster: &Cluster, sentences: &[Sentence]) -> Vec<Quote> {
    let names = Names::new(cluster);
    let mut out = Vec::new();
    for (di, d) in cluster.documents.iter().enumerate() {
        let text = d.text.as_str();
        let kept: Vec<(usize, usize)> = sentences
            .iter()
            .filter(|s| s.doc == di)
            .map(|s| (s.span.start, s.span.end))
            .collect();
        let breaks = paragraph_breaks(text);
        // The people this document introduces under each surname attributions write.
        let mut bearers: HashMap<String, Vec<(usize, String)>> = HashMap::new();
        // The last speaker and where their attribution ended.
        let mut last_speaker: Option<(String, usize)> = None;
        // Everyone this document has quoted so far.
        let mut quoted: Vec<String> = Vec::new();
        // Where "he" may look back from, and the terms since.
        let mut window_from = 0;
        let mut terms_since: Vec<(usize, usize)> = Vec::new();
        // Who was last asked or told something ("Clinton was asked: “…”"): "he replied".
        let mut last_listener: Option<String> = None;
        // Where the previous quotation's attribution ended.
        let mut previous_attribution = 0;
        for f in find_quotes(text) {
            // The comma before a closing mark belongs to the sentence, not to the words.
            let inner = text[f.inner.0..f.inner.1]
                .trim()
                .trim_end_matches(',')
                .trim_end();
            let lead =
                text[f.inner.0..f.inner.1].len() - text[f.inner.0..f.inner.1].trim_start().len();
            let (start, end) = (f.inner.0 + lead, f.inner.0 + lead + inner.len());
            let in_kept = kept.iter().any(|&(a, b)| a <= start && start < b);
            // Short ones (scare quotes, terms) are not reported but still say who speaks.
            let wanted = inner.split_whitespace().count() >= 3
                && in_kept
                && !(is_work_title(inner) && names_a_work(&text[..f.outer.0]))
                && !titled_right_before(&text[..f.outer.0])
                && !is_capitalized_title(inner);
            let (who, verb) = attribute(text, &f, &names, cluster);
            // Who "he" is: someone named since the previous quotation, in this paragraph or
            // the one before; further back, the last speaker.
            let para = break_before(&breaks, f.outer.0);
            let prev_para = break_before(&breaks, para);
            // Terms no one is said to say since the last quotation (``Phantom'', ``The
            // Nuremberg Files'') end no one's turn: the window runs back past them, their
            // words blanked.
            let from = window_from.max(prev_para);
            let window_text =
                blank_spans(text.get(from..f.outer.0).unwrap_or(""), from, &terms_since);
            let window = window_text.as_str();
            // Who "he" is: the subject of the sentences before (walking back over "he …"),
            // else the last person named, else the last speaker.
            // "…, Zhu claimed. ``…,'' he said.": the sentence before, attributed at its end,
            // says who "he" is when its own subject is no one ("A decade of growth").
            let said_before = if who == Some(Who::Pronoun) && !pronoun_is_it(text, &f) {
                attribution::reported_before(&text[..f.outer.0], &names)
                    .filter(|n| !n.split_whitespace().any(attribution::is_org_word))
            } else {
                None
            };
            // "… of O'Dare's farm when he turned to …. ``…,'' he said": someone quoted
            // before whom the sentence before calls by the same pronoun.
            let antecedent = || {
                let pronoun = reporting_pronoun(text, &f)?;
                attribution::pronoun_antecedent(&text[..f.outer.0], &pronoun, &names, &quoted)
            };
            let mut speaker = match &who {
                // "It appealed to … ``…''", "``…,'' it said": a body or a document, which
                // the sentence before names as its subject; never the last person named.
                Some(Who::Pronoun) if pronoun_is_it(text, &f) => {
                    match attribution::sentence_subject(window, &names) {
                        Some(Who::Name(n)) => Some(n),
                        // "The memorandum dated January 12 … ``…,'' it said": the one who
                        // issued the memorandum.
                        _ if attribution::it_is_a_document(
                            text.get(prev_para..f.outer.0).unwrap_or(""),
                        ) =>
                        {
                            attribution::document_issuer(&text[..f.outer.0], &names)
                        }
                        // "Putin made the remarks in an open letter … ``…,'' it says" among
                        // his other words: the letter, when its writer is the last speaker.
                        _ => attribution::document_issuer(&text[..f.outer.0], &names)
                            .filter(|n| last_speaker.as_ref().is_some_and(|(s, _)| s == n)),
                    }
                }
                Some(Who::Pronoun) => match attribution::sentence_subject(window, &names) {
                    // "Hickey, who … lives with his parents, …, she said": a subject the
                    // sentence calls "he" is not "she"; the last speaker is.
                    _ if last_speaker.is_some() && other_gender(text, &f) => {
                        last_speaker.as_ref().map(|x| x.0.clone())
                    }
                    // "he"/"she" is a person: not "the Russian government" the sentence
                    // before is about.
                    Some(Who::Name(n))
                        if !n
                            .split_whitespace()
                            .last()
                            .is_some_and(attribution::is_org_word) =>
                    {
                        Some(n)
                    }
                    // "A failure to change Interpol's strategy means the organization
                    // ``…,'' he said": the words' own sentence opens with what is said, not
                    // who says it; "he" is who spoke in the sentence right before.
                    Some(Who::Unnamed) => said_before.or_else(antecedent).or_else(|| {
                        let head = attribution::sentence_tail(&text[..f.outer.0]);
                        let current = f.outer.0 - head.len();
                        last_speaker
                            .as_ref()
                            .filter(|(_, ended)| {
                                let gap = text.get(*ended..current).unwrap_or("x. x");
                                let gap = gap.trim_end().trim_end_matches(['.', '!', '?']);
                                !head.trim().is_empty()
                                    && !gap.contains(". ")
                                    && !gap.contains(".\n")
                            })
                            .map(|x| x.0.clone())
                    }),
                    _ if said_before.is_some() => said_before,
                    _ => last_person(before_pronoun_clause(window), &names)
                        .or_else(antecedent)
                        .or_else(|| last_speaker.as_ref().map(|x| x.0.clone()))
                        .or_else(|| last_listener.clone()),
                },
                Some(Who::Name(n)) => Some(introduced_bearer(text, &f, n, &names, &mut bearers)),
                Some(Who::Unnamed) | None => None,
            };
            let gap_start = previous_attribution.max(prev_para).min(f.outer.0);
            previous_attribution = attribution_end(text, &f);
            if who.is_none() {
                // A sentence of its own before the quotation introduces its speaker
                // ("X described the situation. “…”"); without one, a quotation right after
                // an attributed one goes on in the same voice.
                let gap = text.get(gap_start..f.outer.0).unwrap_or("");
                // Only for a quotation of its own sentence, a sentence or more long.
                let opens = gap.trim_end().is_empty()
                    || gap.trim_end().ends_with(['.', '!', '?', ':', ';'])
                    || gap.ends_with('\n');
                let introduced = if opens && inner.split_whitespace().count() >= 7 {
                    attribution::sentence_subject(gap, &names)
                } else {
                    None
                };
                match introduced {
                    Some(Who::Name(n)) => speaker = Some(n),
                    // "…, the memorandum said. ``…''": whoever issued it.
                    Some(Who::Unnamed) if attribution::it_is_a_document(gap) => {
                        speaker = attribution::document_issuer(&text[..f.outer.0], &names);
                    }
                    Some(_) => {}
                    None => {
                        // "…, Putin writes. This results ``in the ancient evil …''": words set
                        // in a sentence that the sentence before attributes at its end.
                        // "…, she said. Giving a female rat testosterone creates ``a male
                        // brain …''": "she", whoever the window last named.
                        let reported = if opens {
                            None
                        } else {
                            match attribution::reporter_before(&text[..f.outer.0], &names) {
                                Some(Who::Name(n)) => Some(n),
                                // Only for words worth a quotation: a scare-quoted term
                                // ("the nation's West Nile ``czar''") says no one's voice.
                                Some(Who::Pronoun) if wanted => {
                                    last_person(before_pronoun_clause(window), &names)
                                }
                                _ => None,
                            }
                        };
                        // Else continued, unless a sentence about someone or something else
                        // comes between ("A banner with “…”", "The initial performer …").
                        if reported.is_some() {
                            speaker = reported;
                        } else if let Some((name, ended)) = &last_speaker {
                            let gap = text.get(*ended..f.outer.0).unwrap_or("");
                            if gap.len() < 200
                                && !gap.contains(['“', '"'])
                                && !attribution::has_described_subject(gap)
                            {
                                speaker = Some(name.clone());
                            }
                        }
                    }
                }
            }
            if who == Some(Who::Unnamed) {
                if let Some(n) = attribution::passive_listener(&text[..f.outer.0], &names) {
                    last_listener = Some(n);
                }
            }
            // "Zhu" after "Zhu Muzhi said …" (a family name first), "Cathay" after "Cathay
            // Pacific Airways said …": the form this document introduced the name in.
            let speaker = speaker.map(|s| introduced_form(&text[..f.outer.0], s, &names));
            // "Pastor said" when the cluster has a Bob Pastor and a Robert Pastor: the one
            // this document wrote last before.
            let speaker = speaker.map(|s| {
                if !s.contains(' ') && names.shared_surnames.contains(&s) {
                    written_before(&text[..f.outer.0], &s).unwrap_or(s)
                } else {
                    s
                }
            });
            // A term no one is said to say.
            if who.is_none() && !wanted {
                terms_since.push((f.outer.0, f.outer.1));
            } else {
                window_from = f.outer.1;
                terms_since.clear();
            }
            match &speaker {
                Some(name) => {
                    if !quoted.contains(name) {
                        quoted.push(name.clone());
                    }
                    last_speaker = Some((name.clone(), attribution_end(text, &f)));
                }
                None if who.is_some() => last_speaker = None,
                None => {}
            }
            // A term before its noun ("a ``take one, take all'' provision"): one nobody is
            // said to say, or a title ("the ``See You at the Pole'' Website").
            let term_of_noun = || {
                modifies_a_noun(text, &f, inner)
                    && (who.is_none() && speaker.is_none() || is_work_title(inner))
            };
            if !wanted || is_term(inner, who.is_some() || speaker.is_some()) || term_of_noun() {
                continue;
            }
            let mut support = vec![SupportRef {
                doc: d.id.clone(),
                start,
                end,
            }];
            // One SIMD searcher per quotation, run over every other document.
            let finder = PrefixFinder::new(inner.as_bytes());
            for other in &cluster.documents {
                if other.id != d.id {
                    if let Some(k) = finder.find(other.text.as_bytes()) {
                        support.push(SupportRef {
                            doc: other.id.clone(),
                            start: k,
                            end: k + inner.len(),
                        });
                    }
                }
            }
            out.push(Quote {
                text: inner.to_string(),
                speaker,
                verb,
                doc: d.id.clone(),
                start,
                end,
                support,
            });
        }
    }
    out
}

/// The reporting clause of a quotation: after its closing mark, else before its opening
/// mark in the same sentence, else a clause ending in a colon just before it ("Ms North
/// says:" and the quotation in the next paragraph).
fn attribute(
    text: &str,
    f: &Found,
    names: &Names,
    cluster: &Cluster,
) -> (Option<Who>, Option<String>) {
    // "``They go, `… other movies,' '' Daoudi said": a nested quotation's closing mark ends
    // the words, the punctuation before it says how.
    let inner = text[f.inner.0..f.inner.1]
        .trim_end()
        .trim_end_matches(['\'', '’'])
        .trim_end();
    // "``Who ordered that?'' the physicist is said to have remarked": after a question or
    // an exclamation, a lower-case word goes on with the sentence.
    let goes_on = text[f.outer.1..]
        .trim_start()
        .starts_with(char::is_lowercase);
    let asked = inner.ends_with(['!', '?']);
    let ended = inner.ends_with('.') || (asked && !goes_on);
    let comma = inner.ends_with(',') || (asked && goes_on);
    // The clauses around the quotation, with nicknames in quotation marks unquoted ("Amy
    // ``Kalee'' Kreider"): only the sentence next to the marks is read.
    let mut from = f.outer.0.saturating_sub(400);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (f.outer.1 + 400).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let before = unquote_nicknames(&text[from..f.outer.0]);
    let after = unquote_nicknames(&text[f.outer.1..to]);
    if let Some(name) = attribution::dash(&before, &after, names) {
        return (Some(Who::Name(name)), None);
    }
    let found = match attribution::after(&after, names, ended, comma) {
        // "Chen said the reports ``…,'' the official Yangcheng Evening News reported": the
        // outlet relays what the person named before the quotation said.
        Some(relayed)
            if attribution::outlet_reports(&after) && !attribution::names_joined(&before) =>
        {
            match attribution::before(&before, names) {
                Some(named @ (Who::Name(_), _)) => Some(named),
                _ => Some(relayed),
            }
        }
        other => other,
    }
    .or_else(|| attribution::before(&before, names))
    .or_else(|| attribution::name_and_verb_before(&before, names))
    .or_else(|| {
        // "An anonymous survivor … says:" and the quotation in the next paragraph; "a
        // fan named David Chung summed up his feelings:".
        let head = before.trim_end();
        head.strip_suffix(':').map(|h| {
            // "He shrugged off the complaints of minorities: “…”": a sentence about
            // "he" that a colon ends introduces his words.
            let described = if introduced_by_pronoun(h) {
                Who::Pronoun
            } else {
                Who::Unnamed
            };
            let read = attribution::before(h, names);
            read.clone()
                .filter(|(w, _)| *w != Who::Unnamed)
                .or_else(|| attribution::named(h, names).map(|n| (Who::Name(n), String::new())))
                .or_else(|| {
                    attribution::colon_subject(h, names).map(|n| (Who::Name(n), String::new()))
                })
                .or(read)
                .unwrap_or((described, String::new()))
        })
    });
    match found {
        // "said the Minister for London": the person the cluster gives that role.
        Some((Who::Unnamed, verb)) => {
            let around = format!(
                "{} {}",
                attribution::sentence_tail(&text[..f.outer.0]),
                attribution::sentence_head(&text[f.outer.1..])
            );
            let who = names
                .by_role_phrase(&around)
                .or_else(|| role_holder(&around, &[&text[..f.outer.0]], &names.full, None))
                .or_else(|| {
                    // Else the one holder of that title the other reports name.
                    let all: Vec<&str> =
                        cluster.documents.iter().map(|d| d.text.as_str()).collect();
                    role_holder(&around, &all, &names.full, Some(&names.role_memo))
                })
                .map_or_else(
                    // "…,'' the senator said": who was named before, as with "he".
                    || {
                        if attribution::title_anaphor(&around, &text[..f.outer.0]) {
                            Who::Pronoun
                        } else if attribution::document_speaks(&around) {
                            // "The memorandum said": whoever issued it, when the text said.
                            attribution::document_issuer(&text[..f.outer.0], names)
                                .map_or(Who::Unnamed, Who::Name)
                        } else if let Some(org) =
                            attribution::org_anaphor(&around, &text[..f.outer.0])
                        {
                            Who::Name(org)
                        } else {
                            Who::Unnamed
                        }
                    },
                    Who::Name,
                );
            (Some(who), (!verb.is_empty()).then_some(verb))
        }
        Some((who, verb)) => (Some(who), (!verb.is_empty()).then_some(verb)),
        None => (None, None),
    }
}

/// `name` as the document last introduced the shorter form its attribution writes: "da
/// Silva said" is the Gilberto Manuel da Silva of the paragraph before, not the Luiz Inacio
/// Lula da Silva of the cluster. The written form is the longest tail of `name` the
/// clauses around the quotation hold.
/// The longer form a document first wrote `name` in, when it introduced it so: a word the
/// cluster's full names do not end with ("Zhu" → "Zhu Muzhi": a family name written first)
/// or a body's shorter name ("Cathay Pacific" → "Cathay Pacific Airways"). `before` is the
/// document up to the quotation; a name it wrote alone before the longer form stays.
/// The last full name ending in `surname` that `before` writes ("Robert Pastor, …" before
/// "Pastor said").
fn written_before(before: &str, surname: &str) -> Option<String> {
    let mut end = before.len();
    while let Some(k) = before[..end].rfind(surname) {
        end = k;
        if !crate::names::whole_word_at(before, k, surname.len()) {
            continue;
        }
        let mut from = k.saturating_sub(60);
        while !before.is_char_boundary(from) {
            from -= 1;
        }
        let window = &before[from..k + surname.len()];
        let full = name_run()
            .find_iter(window)
            .filter(|m| from + m.end() == k + surname.len())
            .find_map(|m| bare_name(m.as_str()))
            .filter(|n| n.contains(' ') && n.ends_with(surname));
        if full.is_some() {
            return full;
        }
    }
    None
}

fn introduced_form(before: &str, name: String, names: &Names) -> String {
    let single = !name.contains(' ');
    if single && names.full.contains_key(&name) && !names.shared_surnames.contains(&name) {
        return name;
    }
    let longer = |l: &String| {
        l.strip_prefix(name.as_str())
            .is_some_and(|rest| rest.starts_with(' '))
            && l.split(' ').count() <= 4
    };
    // The first place the name runs on into a capitalized word: only there can a longer
    // form start (the name runs are read near it, not over the whole document).
    let Some(k) = memchr::memmem::find_iter(before.as_bytes(), name.as_bytes()).find(|&k| {
        let rest = &before[k + name.len()..];
        crate::names::whole_word_at(before, k, name.len())
            && rest.starts_with(' ')
            && rest[1..].starts_with(char::is_uppercase)
    }) else {
        return name;
    };
    // "Premier Zhu Rongji": the run's name without its title.
    let mut from = k.saturating_sub(60);
    while !before.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (k + name.len() + 80).min(before.len());
    while !before.is_char_boundary(to) {
        to += 1;
    }
    let window = &before[from..to];
    let Some(long) = name_run()
        .find_iter(window)
        .filter(|m| from + m.start() <= k && k < from + m.end())
        .find_map(|m| bare_name(m.as_str()).filter(longer))
    else {
        return name;
    };
    // A body's shorter name runs on to its organisation word; a person's family name to
    // one given name or two ("Zhu Muzhi", "Kim Dae-jung").
    let fits = if single {
        long.split(' ').count() <= 3
    } else {
        long.rsplit(' ')
            .next()
            .is_some_and(attribution::is_org_word)
    };
    let alone_before = memchr::memmem::find_iter(&before.as_bytes()[..k], name.as_bytes())
        .any(|j| crate::names::whole_word_at(before, j, name.len()));
    if fits && !alone_before {
        long
    } else {
        name
    }
}

fn introduced_bearer(
    text: &str,
    f: &Found,
    name: &str,
    names: &Names,
    bearers: &mut HashMap<String, Vec<(usize, String)>>,
) -> String {
    let around = [
        attribution::sentence_tail(&text[..f.outer.0]),
        attribution::sentence_head(&text[f.outer.1..]),
    ];
    // "Mrs. Dole said" after "Bob Dole": the honorific picks one bearer by what it says
    // (a woman), which the nearest name does not tell; such a form is left as it is.
    let mut honorific = false;
    let mut holds = |form: &str| {
        around.iter().any(|clause| {
            clause.match_indices(form).any(|(k, _)| {
                let whole = crate::names::whole_word_at(clause, k, form.len());
                let title = clause[..k].split_whitespace().next_back().unwrap_or("");
                honorific |= whole
                    && matches!(
                        title.trim_end_matches('.'),
                        "Mr" | "Mrs" | "Ms" | "Miss" | "Dr" | "Mme" | "Mlle"
                    );
                whole
            })
        })
    };
    let surname = name.rsplit(' ').next().unwrap_or("");
    // "Hiss' son, Tony, …": the clause writes the given name too, so the name stands.
    let given = name
        .split(' ')
        .next()
        .filter(|g| *g != surname && g.len() > 2);
    if !names.shared_surnames.contains(surname) || holds(name) || given.is_some_and(&mut holds) {
        return name.to_string();
    }
    let tails = name.match_indices(' ').map(|(k, _)| &name[k + 1..]);
    match tails.into_iter().find(|tail| holds(tail)) {
        Some(_) if honorific => name.to_string(),
        Some(written) => bearers
            .entry(written.to_string())
            .or_insert_with(|| crate::bearers::bearers(text, written, names.cluster))
            .iter()
            .rev()
            .find(|(k, _)| k + written.len() <= f.outer.0)
            .map(|(_, b)| b.clone())
            .filter(|b| another_person(b, name, &text[..f.outer.0], names))
            .unwrap_or_else(|| name.to_string()),
        None => name.to_string(),
    }
}

/// Whether `bearer`, named in `before` under the same surname as the cluster's `name`, is
/// someone else whom the document also introduced, so the nearer one speaks: not the same
/// name with a title or a sentence's first word before it ("Premier Tansu Ciller",
/// "Corroborating Redelmeier"), not another form of its given name ("Tom"/"Thomas",
/// "Sergey"/"Sergei", "Barnett"/"Barnett A."), not a body ("New York Times"), and only when
/// the document names the cluster's bearer too.
fn another_person(bearer: &str, name: &str, before: &str, names: &Names) -> bool {
    let (Some(given), Some(own)) = (bearer.split(' ').next(), name.split(' ').next()) else {
        return false;
    };
    let same_tail = name.to_lowercase().ends_with(&bearer.to_lowercase()) || bearer.ends_with(name);
    let plausible_given = given.len() >= 2
        && given.starts_with(char::is_uppercase)
        && !given.ends_with(['.', ','])
        && !given.ends_with("ing")
        && !given.ends_with("ed");
    let other_initial = given.chars().next() != own.chars().next();
    let body = name
        .rsplit(' ')
        .next()
        .is_some_and(attribution::is_org_word);
    let both_named = || {
        before
            .match_indices(own)
            .any(|(k, _)| crate::names::whole_word_at(before, k, own.len()))
    };
    // "Unlike Bush": a word the cluster writes in lower case opens no name. Searched last,
    // as it reads every document.
    !same_tail
        && plausible_given
        && other_initial
        && !body
        && both_named()
        && !names.writes_lower(&given.to_lowercase())
}

/// `text` with a one-word name in quotation marks unquoted ("Amy ``Kalee'' Kreider" →
/// "Amy Kalee Kreider").
fn unquote_nicknames(text: &str) -> std::borrow::Cow<'_, str> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?:``|“|\x22)([A-Z][\w'’.-]*[\w.])(?:''|”|\x22)").expect("nickname pattern")
    });
    re.replace_all(text, "$1")
}

/// Where the attribution after a quotation ends, roughly: a continued quotation starts
/// after it.
/// Whether the pronoun that reports quotation `f` ("she said") is of the other gender than
/// a relative clause of the sentence's subject gives it ("Hickey, who … lives with his
/// parents, …, she said").
fn other_gender(text: &str, f: &Found) -> bool {
    let head = attribution::sentence_tail(&text[..f.outer.0]);
    let Some(reporting) = reporting_pronoun(text, f) else {
        return false;
    };
    let Some(k) = head.find(", who ") else {
        return false;
    };
    let clause = head[k + 6..].split(',').next().unwrap_or("");
    let clause_words = lower_words(clause);
    let has = |set: &[&str]| clause_words.iter().any(|w| set.contains(&w.as_str()));
    let (male, female) = (has(&["he", "his", "him"]), has(&["she", "her", "hers"]));
    match reporting.as_str() {
        "she" => male && !female,
        _ => female && !male,
    }
}

fn attribution_end(text: &str, f: &Found) -> usize {
    let rest = &text[f.outer.1..];
    let end = rest
        .find(['.', '!', '?', '\n', '"', '“'])
        .unwrap_or(rest.len())
        .min(160);
    f.outer.1 + end
}

/// Whether `body` (the text before a colon and an opening mark) ends with a sentence that
/// opens with "He"/"She".
fn introduced_by_pronoun(body: &str) -> bool {
    let sentence = body
        .rfind(['.', '!', '?', '\n', '\''])
        .map_or(body, |k| &body[k + 1..])
        .trim_start();
    let first = sentence.split_whitespace().next().unwrap_or("");
    matches!(first, "He" | "She") && !sentence.contains(['“', '"'])
}

/// The last person named in `window` (the text since the previous quotation): who "he"
/// is in `… Harlan Watson reaffirmed …. "…," he said.`
/// Whether the pronoun that attributes a quotation is "it": the clause after it reads
/// "it said", or its sentence opens with "It".
fn pronoun_is_it(text: &str, f: &Found) -> bool {
    let after = attribution::sentence_head(&text[f.outer.1..]);
    let after = after.trim_start_matches([' ', ',']);
    // "It taught Brooks a lesson: ``…,'' he said": the pronoun after the words decides.
    if ["he ", "she ", "they "]
        .iter()
        .any(|p| after.starts_with(p))
    {
        return false;
    }
    let before = attribution::sentence_tail(&text[..f.outer.0]).trim_start();
    after.starts_with("it ") || before.starts_with("It ")
}

fn lower_words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// `text` (which starts at byte `offset` of its document) with the document's `spans`
/// blanked to spaces.
fn blank_spans(text: &str, offset: usize, spans: &[(usize, usize)]) -> String {
    let mut out = text.to_string();
    for &(a, b) in spans {
        let (a, b) = (
            a.saturating_sub(offset),
            b.saturating_sub(offset).min(text.len()),
        );
        if a < b && text.is_char_boundary(a) && text.is_char_boundary(b) {
            out.replace_range(a..b, &" ".repeat(b - a));
        }
    }
    out
}

/// The pronoun that reports a quotation: the last "he"/"she" before the words in their
/// sentence, else the first after.
fn reporting_pronoun(text: &str, f: &Found) -> Option<String> {
    let head = attribution::sentence_tail(&text[..f.outer.0]);
    let after = &text[f.outer.1..attribution_end(text, f)];
    lower_words(head)
        .into_iter()
        .rev()
        .chain(lower_words(after))
        .find(|w| w == "he" || w == "she")
}

/// `window` without its last sentence when that sentence opens with a pronoun ("He added
/// that Washington should know bin Laden ``…''"): a name after "he" in its own clause is not
/// whom "he" means.
fn before_pronoun_clause(window: &str) -> &str {
    let tail = attribution::sentence_tail(window);
    let opens = tail
        .split_whitespace()
        .next()
        .is_some_and(|w| matches!(w, "He" | "She"));
    if opens {
        &window[..window.len() - tail.len()]
    } else {
        window
    }
}

fn last_person(window: &str, names: &Names) -> Option<String> {
    static RUN: OnceLock<Regex> = OnceLock::new();
    let run = RUN.get_or_init(|| {
        Regex::new(&format!(r"(?:Mr|Mrs|Ms|Dr)?\.?[ \t]*[A-Z][\w'’.-]*\w(?:[ \t]+(?:(?:{PARTICLE_WORDS})[ \t]+)?(?:[A-Z][\w'’.-]*\w|{JOINED_SURNAME}))*"))
            .expect("run pattern")
    });
    const HONORIFICS: &[&str] = &["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr."];
    run.find_iter(window)
        .filter_map(|m| {
            // Part of a longer token ("Attention Deficit/Hyperactivity Disorder"): no name.
            let at = m.start() + m.as_str().find(char::is_uppercase).unwrap_or(0);
            if window[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '/' || c == '-')
            {
                return None;
            }
            // "the Kyoto Protocol", "director of Climate Focus": things and bodies, not
            // people.
            let lead = window[..m.start()].split_whitespace().last().unwrap_or("");
            if matches!(
                lead,
                "the"
                    | "a"
                    | "an"
                    | "of"
                    | "for"
                    | "at"
                    | "in"
                    | "from"
                    | "to"
                    | "by"
                    | "with"
                    | "against"
                    | "about"
                    | "between"
                    | "on"
                    | "over"
                    | "after"
                    | "before"
            ) {
                return None;
            }
            let words: Vec<&str> = m.as_str().split_whitespace().collect();
            if words.len() == 2 && HONORIFICS.contains(&words[0]) {
                // "Mr. Ban": a person, by surname or (Ban Ki-moon) by first name.
                return names
                    .full
                    .get(words[1])
                    .or_else(|| names.any_by_first.get(words[1]))
                    .cloned()
                    .or_else(|| Some(words[1].to_string()));
            }
            let n = bare_name(m.as_str())?;
            // "Inc." ending "Exhibitor Relations Co. Inc." is no one's surname.
            let person = !n.split(' ').any(crate::attribution::is_org_word)
                && (n.contains(' ') || names.full.contains_key(&n));
            person.then(|| resolve_name(&n, &names.full)).flatten()
        })
        .last()
}

#[cfg(test)]
mod tests;
