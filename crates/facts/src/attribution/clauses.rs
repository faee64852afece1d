//! The reporting clause next to a quotation: who the words after its closing mark or before
//! its opening mark name as the speaker, and with which verb.

use std::sync::OnceLock;

use regex::Regex;

use super::sentences::{cut_at_relative, sentence_head, sentence_tail};
use super::{
    candidate, is_pronoun, pronoun_who, subject_after_quote, subject_after_verb, subject_before,
    verb_re, Names, Who,
};

/// `quoted X as saying`, `paraphrased X as saying`.
fn quoted_as_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?-u:\b)(?:quoted|paraphrased|cited) (.{1,120}?) as (?:saying|telling|stating|writing)(?-u:\b)",
        )
            .expect("quoted-as pattern")
    })
}

/// `Patrick Henry's immortal line,` right before the opening mark: a name's possessive, a
/// few modifiers and a noun of words.
fn owned_words_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"((?:[A-Z][\w.-]*\s)*[A-Z][\w.-]*)['’]s\s(?:[a-z-]+\s){0,3}(?:line|lines|words|phrase|motto|slogan|dictum|maxim|credo|quip|refrain|vow|pledge|warning|admonition)[,:]?\s*$",
        )
        .expect("owned-words pattern")
    })
}

/// The speaker named after a quotation, from the text between its closing mark and the
/// end of the sentence; and the verb.
/// `ended`: the quotation closed its own sentence (`…."`), so what follows is a new sentence
/// unless a reporting verb comes within a few words (`…." Ammon continued.`).
/// `comma`: a comma closes the quotation (`…,”` or `…”,`); without it or `ended`, words
/// after the mark go on with the sentence (`a website “run by X” states that`).
pub(crate) fn after(text: &str, names: &Names, ended: bool, comma: bool) -> Option<(Who, String)> {
    // `"…" according to the Minister for London.`
    let opening = text.trim_start_matches([' ', ',']);
    if let Some(rest) = opening.strip_prefix("according to ") {
        let clause = sentence_head(rest);
        return Some((
            subject_after_verb(cut_at_relative(clause), names),
            "according to".into(),
        ));
    }
    // `…,'' the newspaper said, quoting Ge Shouxi, a chief engineer.`: the one quoted speaks.
    if let Some((_, quoted)) = sentence_head(opening).split_once(", quoting ") {
        if let Who::Name(n) = subject_after_verb(cut_at_relative(quoted), names) {
            return Some((Who::Name(n), "quoting".into()));
        }
    }
    // `…,'' the newspaper paraphrased Chen as saying.`: the one quoted speaks ("NTV
    // quoted him": a pronoun). Not a passive ("Grant was quoted by Reuters as saying"),
    // whose subject is read like any other.
    if !ended {
        let head = sentence_head(opening);
        if let Some(c) = quoted_as_re().captures(head) {
            let passive = ends_in_be(&head[..c.get(0).map_or(0, |m| m.start())]);
            if !passive {
                let object = c.get(1).map_or("", |m| m.as_str()).trim();
                let who = match object {
                    "him" | "her" => Who::Pronoun,
                    "them" => Who::Unnamed,
                    _ => subject_after_verb(object, names),
                };
                return Some((who, "quoted".into()));
            }
        }
    }
    let comma = comma || text.trim_start().starts_with(',');
    if !(comma || ended) {
        // `"literally in the dark" due to power failures, said State Department spokesman
        // P. J. Crowley`: the sentence goes on, then a comma and an inverted "said X".
        let clause = sentence_head(text);
        let v = verb_re().find(clause)?;
        // `''…'' by refusing to turn over suspects, she said in her statement.`
        let pre = clause[..v.start()].trim_end();
        if let Some(rest) = pre.strip_suffix(" he").or_else(|| pre.strip_suffix(" she")) {
            if rest.ends_with(',') && matches!(v.as_str(), "said" | "says") {
                return Some((Who::Pronoun, v.as_str().to_string()));
            }
        }
        // ```much greater pace'' than Interpol itself, Toshinori Kanemoto told the …`:
        // the sentence goes on, then a comma and its speaker's name before the verb.
        if let Some((_, subject)) = pre.rsplit_once(", ") {
            let named = subject.split_whitespace().count() <= 4
                && subject.starts_with(char::is_uppercase)
                && crate::names::bare_name(subject).is_some_and(|n| n.contains(' '));
            if named {
                if let Some(Who::Name(n)) = subject_before(subject, names) {
                    return Some((Who::Name(n), v.as_str().to_string()));
                }
            }
        }
        let inverted = pre.ends_with(',') && matches!(v.as_str(), "said" | "says");
        if !inverted {
            return None;
        }
        let post = cut_at_relative(&clause[v.end()..]);
        return match subject_after_verb(post, names) {
            Who::Name(n) => Some((Who::Name(n), v.as_str().to_string())),
            _ => None,
        };
    }
    let clause = sentence_head(text);
    // `…,'' rued the National Party`: a past-tense verb no list knows, right after the
    // comma, then its subject.
    if comma {
        let opening = clause.trim_start_matches([' ', ',']);
        if let Some((word, rest)) = opening.split_once(' ') {
            let unknown_past = word.len() >= 4
                && word.ends_with("ed")
                && word.chars().all(|c| c.is_ascii_lowercase())
                && verb_re().find(word).is_none_or(|m| m.as_str() != word);
            let subject = rest.starts_with("the ") || rest.starts_with(char::is_uppercase);
            if unknown_past && subject {
                return Some((
                    subject_after_verb(cut_at_relative(rest), names),
                    word.into(),
                ));
            }
        }
    }
    let v = verb_re().find(clause)?;
    let pre = &clause[..v.start()];
    let pre_words = tidings_core::count_words(pre);
    // The verb opens the clause or follows its subject (and an apposition). After a
    // quotation that closed its sentence, only a short `he said.` belongs to it, or a verb
    // right after the mark (`…." said one local resident, Omen Cola, to AFP.`).
    let post_words = tidings_core::count_words(&clause[v.end()..]);
    let verb_first = pre.trim().is_empty();
    if pre_words > 25 || (ended && (pre_words > 3 || (post_words > 4 && !verb_first))) {
        return None;
    }
    // "…", and recalled …: the same subject goes on; not an attribution.
    let joiners = [
        "and", "also", "then", "later", "but", "while", "as", "so", "which",
    ];
    let pre_list: Vec<&str> = pre
        .split_whitespace()
        .map(|w| w.trim_matches(','))
        .filter(|w| !w.is_empty())
        .collect();
    if !pre_list.is_empty() && pre_list.iter().all(|w| joiners.contains(w)) {
        return None;
    }
    // "…", whilst his grandmother said that “…: a new clause, with its own quotation.
    let conjunctions = [
        "whilst", "while", "but", "and", "although", "whereas", "when",
    ];
    if pre_list.first().is_some_and(|w| conjunctions.contains(w)) {
        return None;
    }
    let verb = v.as_str().to_lowercase();
    if pre
        .trim_matches(|c: char| c.is_whitespace() || c == ',')
        .is_empty()
    {
        let post = cut_at_relative(&clause[v.end()..]);
        let who = subject_after_verb(post, names);
        // `…,” adding that …`: a participle with no subject of its own goes on from the
        // clause before the quotation.
        if who == Who::Unnamed && verb.ends_with("ing") {
            return None;
        }
        return Some((who, verb));
    }
    // `…,'' the typical settlement in other local strikes, said Maryann Keller`: a
    // phrase set off by commas about the quotation, then an inverted "said X".
    if pre.trim_end().ends_with(',') && matches!(verb.as_str(), "said" | "says") {
        if let Who::Name(n) = subject_after_verb(cut_at_relative(&clause[v.end()..]), names) {
            return Some((Who::Name(n), verb));
        }
    }
    match subject_after_quote(pre, names) {
        Some(who) => Some((who, verb)),
        // "…," one serviceman said.
        None if pre_words <= 4 => Some((Who::Unnamed, verb)),
        None => None,
    }
}

/// Whether the clause after a quotation (`text` starts after its closing mark) has a news
/// outlet report it ("…,'' the official Yangcheng Evening News reported", "…,'' the
/// newspaper said"): the outlet relays words someone named before the quotation said.
pub(crate) fn outlet_reports(text: &str) -> bool {
    let clause = sentence_head(text);
    let Some(v) = verb_re().find(clause) else {
        return false;
    };
    const OUTLETS: [&str; 16] = [
        "newspaper",
        "paper",
        "daily",
        "agency",
        "radio",
        "television",
        "broadcaster",
        "news",
        "magazine",
        "website",
        "times",
        "post",
        "journal",
        "tribune",
        "herald",
        "gazette",
    ];
    let subject = &clause[..v.start()];
    v.as_str() == "reported"
        || subject.split_whitespace().any(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            OUTLETS.contains(&w.as_str())
        })
}

/// Whether the sentence before a quotation (`text` ends at its opening mark) joins two
/// names with "and" ("Viktor Chernomyrdin, … and Boris Berezovsky … demanded"): a group
/// speaks, no one person.
pub(crate) fn names_joined(text: &str) -> bool {
    let words: Vec<&str> = sentence_tail(text).split_whitespace().collect();
    let capital = |w: &str| w.starts_with(char::is_uppercase) && !is_pronoun(w);
    words
        .windows(3)
        .any(|w| w[1] == "and" && capital(w[0].trim_end_matches(',')) && capital(w[2]))
}

/// The speaker named before a quotation in its own sentence (`text` ends at the opening
/// mark); and the verb.
pub(crate) fn before(text: &str, names: &Names) -> Option<(Who, String)> {
    let clause = sentence_tail(text);
    // "the screen flashed Patrick Henry's immortal line, ``Give me liberty …''": the
    // words are the owner's.
    if let Some(c) = owned_words_re().captures(clause) {
        let owner = c.get(1).map_or("", |m| m.as_str());
        if let Some(name) = candidate(owner, names, true) {
            return Some((Who::Name(name), "line".into()));
        }
    }
    // "a list attempting, in his words, ``to record …''": the words are his.
    let words: Vec<&str> = clause
        .trim_end()
        .trim_end_matches([',', ':'])
        .split_whitespace()
        .collect();
    if let [.., prep, owner, "words"] = words[..] {
        if prep.eq_ignore_ascii_case("in") {
            if matches!(owner, "his" | "her" | "His" | "Her") {
                return Some((Who::Pronoun, "words".into()));
            }
            let name = tidings_core::trim_possessive(owner);
            if name != owner {
                if let Some(name) = candidate(name, names, true) {
                    return Some((Who::Name(name), "words".into()));
                }
            }
        }
    }
    // "Says Florida State defensive end Tony Bryant: “…": the verb first, then its subject
    // (after a conjunction too: "But, said Alun Michael, a senior official, “…").
    let opening = clause.trim_start();
    let opening = ["But", "And", "Yet", "Still"]
        .iter()
        .find_map(|c| {
            let rest = opening.strip_prefix(c)?;
            rest.starts_with([' ', ','])
                .then(|| rest.trim_start_matches(',').trim_start())
        })
        .filter(|rest| rest.starts_with(char::is_lowercase))
        .unwrap_or(opening);
    let first = opening.split_whitespace().next().unwrap_or("");
    let verb = first.to_lowercase();
    // Only the verbs of that inversion: "Asked if …, Hodler said" opens with a participle.
    let inverted = matches!(
        verb.as_str(),
        "says" | "said" | "adds" | "added" | "writes" | "wrote" | "notes" | "noted"
    );
    if (first.starts_with(char::is_uppercase) || opening.len() < clause.trim_start().len())
        && inverted
    {
        let rest = opening[first.len()..]
            .trim_end()
            .trim_end_matches([':', ',']);
        return Some((subject_after_verb(rest, names), verb));
    }
    // "El Mundo has quoted an Air Comet pilot as saying": the one quoted speaks; in the
    // passive ("Mesut Yilmaz was quoted Saturday by the daily Hurriyet as saying") the
    // subject.
    if let Some(c) = quoted_as_re().captures(clause) {
        let at = c.get(0).map_or(0, |m| m.start());
        let who = if ends_in_be(&clause[..at]) {
            subject_before(&clause[..at], names).unwrap_or(Who::Unnamed)
        } else {
            subject_after_verb(c.get(1).map_or("", |m| m.as_str()), names)
        };
        return Some((who, "quoted".into()));
    }
    if let Some(i) = clause.to_lowercase().rfind("according to ") {
        let rest = clause.get(i + "according to ".len()..).unwrap_or("");
        let who = subject_after_verb(cut_at_relative(rest), names);
        if who != Who::Unnamed {
            return Some((who, "according to".into()));
        }
    }
    // "made in the reports and that he expects “…": a verb form after a determiner is a noun;
    // after a possessive too ("Zhu's claims are ``just an excuse …''").
    let determiner = |at: usize| {
        let prev = clause[..at].split_whitespace().last().unwrap_or("");
        let lower = prev.to_lowercase().replace('’', "'");
        let possessive = lower.ends_with("'s")
            && !matches!(
                lower.as_str(),
                "it's" | "that's" | "he's" | "she's" | "there's" | "what's" | "who's" | "here's"
            );
        possessive
            || matches!(
                lower.as_str(),
                "the" | "a" | "an" | "its" | "his" | "her" | "their" | "these" | "those"
            )
    };
    // "the Arab League condemned the bombing as an ``act of aggression …''": a verb that
    // characterizes something "as" the quoted words gives them its subject's voice.
    if let Some((who, verb)) = characterized_as(clause, names) {
        return Some((who, verb));
    }
    // "… if the Supreme Court says sampling is unconstitutional, ``or …''": a verb of a
    // condition reports nothing.
    let conditional = |at: usize| {
        clause[..at]
            .split_whitespace()
            .rev()
            .take(5)
            .take_while(|w| !w.ends_with(','))
            .any(|w| matches!(w.to_lowercase().as_str(), "if" | "unless" | "whether"))
    };
    let v = verb_re()
        .find_iter(clause)
        .filter(|m| !determiner(m.start()) && !conditional(m.start()))
        .last()?;
    let verb = v.as_str().to_lowercase();
    // "Qin's family was told that he was charged with “…”": the subject of a passive
    // "told" heard the words; who spoke them is not said.
    let passive = clause[..v.start()]
        .split_whitespace()
        .last()
        .is_some_and(|w| matches!(w, "was" | "were" | "been" | "being" | "is" | "are" | "be"));
    // "Arrendel, who was called by him ``…''": a passive verb's agent spoke the words
    // (the passive "quoted … by the daily … as saying" is read above).
    // Only an agent right before the words: not "Prewitt, whose nomination must be
    // confirmed by the Senate, also pledged to work … ``…''".
    let agent = clause[v.end()..]
        .trim_start()
        .strip_prefix("by ")
        .filter(|a| !a.contains(',') && a.split_whitespace().count() <= 5);
    if let (true, Some(agent)) = (passive, agent) {
        let who = match agent.split_whitespace().next() {
            Some("him" | "her") => Who::Pronoun,
            _ => subject_after_verb(agent, names),
        };
        return Some((who, verb));
    }
    if passive && matches!(verb.as_str(), "told" | "asked" | "informed") {
        return Some((Who::Unnamed, verb));
    }
    // "He blamed the Republicans in Congress for it, saying, ``…'': a participle after a
    // comma has the subject that opens its clause, not a name inside it.
    let opening_pronoun = clause.split_whitespace().next().filter(|w| is_pronoun(w));
    if let Some(p) = opening_pronoun {
        let participle = verb.ends_with("ing") && clause[..v.start()].trim_end().ends_with(',');
        if participle && !clause[..v.start()].contains(['.', ';']) {
            return Some((pronoun_who(p), verb));
        }
    }
    let who = subject_before(&clause[..v.start()], names).or_else(|| {
        // "the minister said that …, saying that “…": a participle's subject is its main
        // clause's.
        if !verb.ends_with("ing") {
            return None;
        }
        let main = verb_re()
            .find_iter(&clause[..v.start()])
            .filter(|m| !determiner(m.start()))
            .last()?;
        Some(subject_before(&clause[..main.start()], names).unwrap_or(Who::Unnamed))
    })?;
    Some((who, verb))
}

/// "Kakfwi once grumped, ``…''": a name, a past-tense verb no list knows and a comma right
/// before the opening mark (`text` ends at it) introduce that person's words.
pub(crate) fn name_and_verb_before(text: &str, names: &Names) -> Option<(Who, String)> {
    let clause = sentence_tail(text).trim_end().strip_suffix(',')?;
    let words: Vec<&str> = clause.split_whitespace().collect();
    let (&verb, rest) = words.split_last()?;
    if !(verb.len() >= 5 && verb.ends_with("ed") && verb.chars().all(|c| c.is_ascii_lowercase())) {
        return None;
    }
    let rest = match rest.split_last() {
        Some((&("once" | "then" | "later" | "also"), before)) => before,
        _ => rest,
    };
    // The name right before: capitalized words back to the clause's start or a lower-case
    // word.
    let start = rest
        .iter()
        .rposition(|w| !w.starts_with(char::is_uppercase))
        .map_or(0, |k| k + 1);
    let run = rest[start..].join(" ");
    if run.is_empty() || start > 0 && !matches!(rest[start - 1], "and" | "but" | "although") {
        return None;
    }
    match candidate(&run, names, true)? {
        n if n.contains(' ') || names.full.contains_key(&n) => Some((Who::Name(n), verb.into())),
        _ => None,
    }
}

/// Whether `text` ends with a form of "be": a passive follows ("Grant was quoted …").
fn ends_in_be(text: &str) -> bool {
    text.split_whitespace()
        .last()
        .is_some_and(|w| matches!(w, "was" | "were" | "is" | "are" | "been" | "being"))
}

/// Words for what someone said, after a possessive name ("Bronston's answer was:").
const SAID_NOUNS: [&str; 12] = [
    "answer",
    "reply",
    "response",
    "pitch",
    "message",
    "statement",
    "words",
    "advice",
    "verdict",
    "explanation",
    "comment",
    "retort",
];

/// "… and 33-year-old Thamarong Kudpong made his wish: ``…''": a clause that ends in a colon
/// before the quotation (`text` ends at the colon) and opens with a full name and its verb
/// gives that person the words.
pub(crate) fn colon_subject(text: &str, names: &Names) -> Option<String> {
    // The last clause: "For those who …, the star-fall came …, and X made his wish".
    let tail = sentence_tail(text);
    let clause = tail
        .rsplit([',', ';'])
        .next()
        .unwrap_or(tail)
        .trim_start_matches([' ', '\'', '"', '”']);
    let clause = ["and ", "but ", "And ", "But "]
        .iter()
        .find_map(|c| clause.strip_prefix(c))
        .unwrap_or(clause);
    // Lower-case modifiers before the name: "33-year-old".
    let mut rest = clause;
    while let Some((w, tail)) = rest.split_once(' ') {
        if w.starts_with(char::is_uppercase) || w.contains(',') || w.len() > 14 {
            break;
        }
        let modifier = w.ends_with("-old") || w.chars().next().is_some_and(|c| c.is_ascii_digit());
        if !modifier {
            return None;
        }
        rest = tail;
    }
    // Someone else's words the clause introduces: "Rosen quotes another member … as
    // telling", "a sign … that reads:", "some lines from ``Othello''".
    let relays = [
        " quotes ",
        " quoted ",
        " reads",
        " read:",
        " lines from ",
        " testimony from ",
    ];
    if relays.iter().any(|w| clause.contains(w)) {
        return None;
    }
    let r = super::runs(&[rest]).into_iter().next()?;
    // The run opens the clause, and a lower-case word (its verb) follows it; a possessive
    // only before a word for what was said ("McGwire's pitch is simple:", "Bronston's
    // answer was:"), not "Monica Lewinsky's gossipfest … conjured up".
    let mut after = r.rest.split_whitespace();
    let next = after.next()?;
    let possessive = r.text.ends_with("'s") || r.text.ends_with("’s") || next.starts_with('\'');
    let said =
        |w: Option<&str>| w.is_some_and(|w| SAID_NOUNS.contains(&w.trim_end_matches([':', ','])));
    let verb_follows = next.starts_with(char::is_lowercase) && !possessive;
    let what_was_said = possessive
        && said(if next.starts_with('\'') {
            after.next()
        } else {
            Some(next)
        });
    if !r.lead.trim().is_empty() || !(verb_follows || what_was_said) {
        return None;
    }
    let name = r.text.trim_end_matches("'s").trim_end_matches("’s");
    super::candidate(name, names, true).filter(|n| n.contains(' '))
}

/// "X condemned the bombing as an ``…''", "X dismissed the report as ``…''": the clause (up to
/// the opening mark) ends in "as" (and an article) after a verb that characterizes.
fn characterized_as(clause: &str, names: &Names) -> Option<(Who, String)> {
    const VERBS: [&str; 10] = [
        "condemned",
        "denounced",
        "dismissed",
        "branded",
        "labeled",
        "labelled",
        "characterized",
        "characterised",
        "hailed",
        "criticized",
    ];
    // Most clauses do not end in "as": no words to split then.
    let tail = clause.trim_end();
    if ![" as", " as a", " as an", " as the"]
        .iter()
        .any(|e| tail.ends_with(e))
    {
        return None;
    }
    let words: Vec<&str> = clause.split_whitespace().collect();
    let as_at = words.iter().rposition(|w| *w == "as").filter(|&k| {
        words.len() - k <= 2
            && words[k + 1..]
                .iter()
                .all(|w| matches!(*w, "a" | "an" | "the"))
    })?;
    let verb_at = words[..as_at].iter().rposition(|w| VERBS.contains(w))?;
    if as_at - verb_at > 6 {
        return None;
    }
    // The verb's byte offset in the clause: after the words before it.
    let offset = clause.match_indices(words[verb_at]).map(|(i, _)| i).nth(
        words[..verb_at]
            .iter()
            .filter(|w| **w == words[verb_at])
            .count(),
    )?;
    let who = subject_before(&clause[..offset], names)?;
    Some((who, words[verb_at].to_string()))
}
