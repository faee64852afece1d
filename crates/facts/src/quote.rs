//! Direct quotations and who said them. A quotation is the text between quotation marks
//! (“…”, "…", ``…'') of at least three words; its speaker comes from the reporting clause
//! next to it (`…,” Kerry said`, `said John Kerry`, `Lavrov said: “…`, `according to X`),
//! a pronoun takes the document's last named speaker, and every name is resolved to the
//! fullest form the cluster uses ("Kerry" → "John Kerry").

use std::sync::OnceLock;

use foldhash::{HashMap, HashMapExt};
use regex::Regex;
use tidings_core::{Cluster, Quote, Sentence, SupportRef};

const VERBS: &str = "said|says|say|told|tells|added|adds|stated|states|asked|asks|explained|noted|notes|warned|warns|declared|insisted|argued|wrote|writes|announced|continued|replied|recalled|acknowledged|admitted|urged|stressed|emphasized|emphasised|remarked|commented|claimed|claims|conceded|predicted|suggested|observed|complained";

/// Words that open a name run without being the name: titles, roles, nationalities.
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "sir",
    "president",
    "vice",
    "prime",
    "minister",
    "foreign",
    "secretary",
    "state",
    "general",
    "gen",
    "sen",
    "senator",
    "rep",
    "representative",
    "gov",
    "governor",
    "mayor",
    "judge",
    "justice",
    "chief",
    "chairman",
    "director",
    "spokesman",
    "spokeswoman",
    "ambassador",
    "envoy",
    "special",
    "king",
    "queen",
    "prince",
    "pope",
    "us",
    "u.s.",
    "un",
    "u.n.",
    "uk",
    "russian",
    "american",
    "british",
    "french",
    "german",
    "chinese",
    "defense",
    "defence",
    "interior",
    "deputy",
    "assistant",
    "lt",
    "col",
    "capt",
    "commander",
    "officer",
    "leader",
    "former",
    "the",
    "rev",
    "father",
    "attorney",
    "coach",
    "captain",
];

fn name_re() -> &'static str {
    r"(?:(?:de|van|von|al|bin|da|di|le|la)[ \t]+)?(?:(?:[A-Z][\w'’-]+|[A-Z]\.)[ \t]+(?:(?:de|van|von|bin|da|di)[ \t]+)?){0,4}[A-Z][\w'’-]*[\w]"
}

fn after_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&format!(
            r"^\s*[,.!?]?\s*(?:(?P<v1>{VERBS})\s+(?P<n1>{n})|(?P<n2>{n}|[Hh]e|[Ss]he|[Tt]hey)\s+(?:(?:also|then|later)\s+)?(?P<v2>{VERBS}))",
            n = name_re()
        ))
        .expect("after pattern")
    })
}

fn before_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&format!(
            r"(?:(?P<n1>{n}|[Hh]e|[Ss]he|[Tt]hey)(?:,[^,]{{1,60}},)?\s+(?:(?:also|then|later)\s+)?(?P<v1>{VERBS})(?:\s+(?:reporters|journalists|the \w+|him|her|them|us|me))?(?:\s+(?:that|on \w+|in a statement|in an interview))?|(?P<v2>[Aa]ccording to)\s+(?P<n2>{n}))\s*[,:]?\s*$",
            n = name_re()
        ))
        .expect("before pattern")
    })
}

/// A partial quotation inside a reporting clause: `Kerry told reporters that they had “…`,
/// `de Mistura said he hoped to resume “…`.
fn clause_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(&format!(
            r"(?:^|[^\w])(?P<n>{n}|[Hh]e|[Ss]he)\s+(?:(?:also|then|later)\s+)?(?P<v>{VERBS})\b[^“”\x22.!?]{{0,100}}$",
            n = name_re()
        ))
        .expect("clause pattern")
    })
}

/// A quotation found in a document's text.
struct Found {
    inner: (usize, usize),
    outer: (usize, usize),
}

/// Quotation spans of `text`: curly pairs, ``…'' pairs, and straight quotes paired within
/// a paragraph.
fn find_quotes(text: &str) -> Vec<Found> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None; // (outer start, inner start)
    let mut straight: Option<(usize, usize)> = None;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        let c = rest.chars().next().expect("char");
        let len = c.len_utf8();
        if rest.starts_with("\n\n") {
            open = None;
            straight = None;
        }
        if c == '“' || rest.starts_with("``") {
            let l = if c == '“' { len } else { 2 };
            open = Some((i, i + l));
            i += l;
            continue;
        }
        if c == '”' || rest.starts_with("''") {
            let l = if c == '”' { len } else { 2 };
            if let Some((o, s)) = open.take() {
                out.push(Found {
                    inner: (s, i),
                    outer: (o, i + l),
                });
            }
            i += l;
            continue;
        }
        if c == '"' {
            match straight.take() {
                Some((o, s)) => out.push(Found {
                    inner: (s, i),
                    outer: (o, i + 1),
                }),
                None => straight = Some((i, i + 1)),
            }
        }
        let _ = bytes;
        i += len;
    }
    out.sort_by_key(|f| f.outer.0);
    out
}

/// Strips titles from a name run: "US Secretary of State John Kerry" → "John Kerry".
fn bare_name(run: &str) -> Option<String> {
    let words: Vec<&str> = run
        .split_whitespace()
        .map(|w| {
            w.trim_end_matches("'s")
                .trim_end_matches("’s")
                .trim_end_matches(',')
        })
        .collect();
    let start = words
        .iter()
        .rposition(|w| {
            let l = w.to_lowercase();
            TITLES.contains(&l.trim_end_matches('.'))
                || TITLES.contains(&l.as_str())
                || tidings_analyze::Analyzer::english().is_stopword(&l)
                || tidings_core::month_number(&l).is_some()
                || l.ends_with("day")
        })
        .map_or(0, |k| k + 1);
    let rest = &words[start..];
    // First name, particle or initial, surname: "John Kerry", "Staffan de Mistura",
    // "John F. Kennedy"; what comes before is a title or a place ("Syria Staffan de Mistura").
    let mut kept: Vec<&str> = Vec::new();
    let mut capitals = 0;
    for w in rest.iter().rev() {
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        let initial = w.len() == 2 && w.ends_with('.');
        if capital && !initial {
            if capitals == 2 {
                break;
            }
            capitals += 1;
        } else if !capital && !PARTICLES.contains(w) {
            break;
        }
        kept.push(w);
    }
    kept.reverse();
    while kept.first().is_some_and(|w| PARTICLES.contains(w)) && kept.len() > 1 {
        kept.remove(0);
    }
    (!kept.is_empty()).then(|| kept.join(" "))
}

const PARTICLES: &[&str] = &["de", "van", "von", "al", "bin", "da", "di", "le", "la"];

/// Fullest form of every surname the cluster writes: "Kerry" → "John Kerry".
fn full_names(cluster: &Cluster) -> HashMap<String, String> {
    static RUN: OnceLock<Regex> = OnceLock::new();
    let run = RUN.get_or_init(|| {
        Regex::new(r"\b(?:[A-Z][\w'’-]+|[A-Z]\.)(?:[ \t]+(?:de |van |von |al-|bin )?(?:[A-Z][\w'’-]+|[A-Z]\.))+").unwrap()
    });
    let mut best: HashMap<String, String> = HashMap::new();
    for d in &cluster.documents {
        for m in run.find_iter(&d.text) {
            let Some(name) = bare_name(m.as_str()) else {
                continue;
            };
            let words = name.split(' ').count();
            if !(2..=4).contains(&words) {
                continue;
            }
            let last = name.rsplit(' ').next().unwrap_or("").to_string();
            let e = best.entry(last).or_insert_with(|| name.clone());
            if words > e.split(' ').count() {
                *e = name;
            }
        }
    }
    best
}

fn resolve(run: &str, names: &HashMap<String, String>) -> Option<String> {
    let name = bare_name(run)?;
    let last = name.rsplit(' ').next()?;
    Some(match names.get(last) {
        Some(full) if full.split(' ').count() >= name.split(' ').count() => full.clone(),
        _ => name,
    })
}

fn is_pronoun(s: &str) -> bool {
    matches!(s, "he" | "He" | "she" | "She" | "they" | "They")
}

/// The quotations of a cluster, in document order, with speakers and support.
pub fn quotes(cluster: &Cluster, sentences: &[Sentence]) -> Vec<Quote> {
    let names = full_names(cluster);
    let mut out = Vec::new();
    for (di, d) in cluster.documents.iter().enumerate() {
        let text = d.text.as_str();
        let kept: Vec<(usize, usize)> = sentences
            .iter()
            .filter(|s| s.doc == di)
            .map(|s| (s.span.start, s.span.end))
            .collect();
        // The last speaker and where their attribution ended.
        let mut last_speaker: Option<(String, usize)> = None;
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
            if inner.split_whitespace().count() < 3 || !in_kept {
                continue;
            }
            let para_end = text[f.outer.1..]
                .find("\n\n")
                .map_or(text.len(), |k| f.outer.1 + k);
            let mut after_end = para_end.min(f.outer.1 + 120);
            while !text.is_char_boundary(after_end) {
                after_end -= 1;
            }
            let after = &text[f.outer.1..after_end];
            let para_start = text[..f.outer.0].rfind("\n\n").map_or(0, |k| k + 2);
            let mut from = f.outer.0.saturating_sub(160).max(para_start);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            let before = &text[from..f.outer.0];
            let (who, verb) = if let Some(c) = after_re().captures(after) {
                let n = c.name("n1").or(c.name("n2")).map(|m| m.as_str());
                let v = c.name("v1").or(c.name("v2")).map(|m| m.as_str());
                (n, v)
            } else if let Some(c) = before_re().captures(before) {
                let n = c.name("n1").or(c.name("n2")).map(|m| m.as_str());
                let v = c.name("v1").or(c.name("v2")).map(|m| m.as_str());
                (n, v)
            } else if let Some(c) = clause_re().captures(before) {
                (
                    c.name("n").map(|m| m.as_str()),
                    c.name("v").map(|m| m.as_str()),
                )
            } else {
                (None, None)
            };
            let mut speaker = match who {
                Some(p) if is_pronoun(p) => last_speaker.as_ref().map(|x| x.0.clone()),
                Some(run) => resolve(run, &names),
                None => None,
            };
            // A quotation right after an attributed one, with no clause of its own, goes
            // on in the same voice (the next sentence or paragraph of the same speech).
            if who.is_none() {
                if let Some((name, ended)) = &last_speaker {
                    // `ended` is an estimate: it may run past this quote's mark.
                    let gap = text.get(*ended..f.outer.0).unwrap_or("");
                    if gap.len() < 200 && !gap.contains('“') && !gap.contains('"') {
                        speaker = Some(name.clone());
                    }
                }
            }
            match &speaker {
                Some(name) => last_speaker = Some((name.clone(), f.outer.1 + after.len().min(40))),
                None => last_speaker = None,
            }
            let mut support = vec![SupportRef {
                doc: d.id.clone(),
                start,
                end,
            }];
            for other in &cluster.documents {
                if other.id != d.id {
                    if let Some(k) = other.text.find(inner) {
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
                verb: verb.map(str::to_lowercase),
                doc: d.id.clone(),
                start,
                end,
                support,
            });
        }
    }
    out
}
