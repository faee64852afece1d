//! The disagreement benchmark. Real clusters, one change at a time: find a statement two
//! documents carry (the same number, date or name in sentences that share words), change
//! the value in one document's copy, and see whether the detector reports the changed slot.
//! Form-only rewrites ("12 hours" → "12-hour", "Oct. 16" → "October 16") are negatives that
//! must not be reported, and every untouched cluster counts its reports as false alarms.
//!
//! The statements are found here with plain patterns, independently of the detector's own
//! extraction, so the detector's blind spots show up as misses.

use std::sync::OnceLock;

use foldhash::{HashSet, HashSetExt};
use regex::Regex;
use serde::Serialize;
use tidings_core::{Cluster, Disagreement, Sentence};

/// One change made to one document of a cluster.
#[derive(Debug, Clone, Serialize)]
pub struct Case {
    /// Cluster id.
    pub cluster: String,
    /// Index of the changed document.
    pub doc: usize,
    /// `number`, `date`, `name`; `form` for a rewrite of the same value (a negative).
    pub kind: &'static str,
    /// The partner statement is reworded rather than copied (word overlap below 0.6).
    pub reworded: bool,
    /// Index of the document whose copy keeps the original.
    pub partner: usize,
    /// The text replaced.
    pub old: String,
    /// The text put in its place.
    pub new: String,
    /// Bytes of `new` in the changed document.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Case {
    /// A form-only rewrite, which must not be reported.
    pub fn is_negative(&self) -> bool {
        self.kind == "form"
    }

    /// The cluster with this change made.
    pub fn apply(&self, cluster: &Cluster) -> Cluster {
        let mut changed = cluster.clone();
        let text = &mut changed.documents[self.doc].text;
        text.replace_range(self.start..self.start + self.old.len(), &self.new);
        changed
    }

    /// Whether `found` (the detector's output on the changed cluster) reports this change:
    /// a disagreement with the changed bytes in one variant and another document in another.
    pub fn reported(&self, changed: &Cluster, found: &[Disagreement]) -> bool {
        let id = &changed.documents[self.doc].id;
        let hits =
            |r: &tidings_core::SupportRef| &r.doc == id && r.start < self.end && self.start < r.end;
        found.iter().any(|d| {
            d.variants.iter().enumerate().any(|(k, v)| {
                v.docs.iter().any(hits)
                    && (self.is_negative()
                        || d.variants
                            .iter()
                            .enumerate()
                            .any(|(l, w)| l != k && w.docs.iter().any(|r| &r.doc != id)))
            })
        })
    }
}

/// How many cases of each kind to draw per cluster.
#[derive(Debug, Clone, Copy)]
pub struct Draw {
    /// Changed numbers per cluster.
    pub numbers: usize,
    /// Changed dates per cluster.
    pub dates: usize,
    /// Changed names per cluster.
    pub names: usize,
    /// Form-only rewrites per cluster.
    pub forms: usize,
    /// Seed of the draw.
    pub seed: u64,
}

impl Default for Draw {
    fn default() -> Self {
        Draw {
            numbers: 3,
            dates: 2,
            names: 2,
            forms: 3,
            seed: 2026,
        }
    }
}

fn number_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"\$?\b(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\b(?: (?:million|billion))?(?: (?:percent|hours?|days?|weeks?|months?|years?|minutes?|miles?|people|dollars))?").unwrap()
    })
}

fn date_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"\b(Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.|January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2})\b").unwrap()
    })
}

fn name_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"\b[A-Z][a-z]{2,}\b").unwrap())
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// splitmix64: a seeded, reproducible draw without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            v.swap(i, self.below(i + 1));
        }
    }
}

fn content_words(text: &str) -> HashSet<String> {
    let analyzer = tidings_analyze::Analyzer::english();
    analyzer.terms(text).into_iter().collect()
}

/// A value found in a sentence: its bytes in the document and its text.
struct Target {
    sentence: usize,
    start: usize,
    text: String,
    kind: &'static str,
}

fn targets(cluster: &Cluster, sentences: &[Sentence], lowercase: &HashSet<String>) -> Vec<Target> {
    let mut out = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        let text = &cluster.documents[s.doc].text[s.span.start..s.span.end];
        let dates: Vec<(usize, usize)> = date_re()
            .find_iter(text)
            .map(|m| (m.start(), m.end()))
            .collect();
        for m in number_re().find_iter(text) {
            let t = m.as_str();
            let digits: String = t.chars().filter(char::is_ascii_digit).collect();
            let value: f64 = digits.parse().unwrap_or(0.0);
            let year = t.len() == 4 && (1900.0..2100.0).contains(&value);
            let in_date = dates.iter().any(|&(a, b)| a <= m.start() && m.start() < b);
            let clock = text[m.end()..].starts_with(':') || text[..m.start()].ends_with(':');
            if year || in_date || clock || value < 2.0 || t.contains('.') {
                continue;
            }
            out.push(Target {
                sentence: i,
                start: s.span.start + m.start(),
                text: t.to_string(),
                kind: "number",
            });
        }
        for &(a, b) in &dates {
            out.push(Target {
                sentence: i,
                start: s.span.start + a,
                text: text[a..b].to_string(),
                kind: "date",
            });
        }
        let first_word_end = text.find(char::is_whitespace).unwrap_or(text.len());
        for m in name_re().find_iter(text) {
            let w = m.as_str();
            let lower = w.to_lowercase();
            if m.start() < first_word_end
                || lowercase.contains(&lower)
                || tidings_analyze::Analyzer::english().is_stopword(&lower)
                || tidings_core::month_number(w).is_some()
                || w.ends_with("day")
            {
                continue;
            }
            out.push(Target {
                sentence: i,
                start: s.span.start + m.start(),
                text: w.to_string(),
                kind: "name",
            });
        }
    }
    out
}

/// Words the cluster writes in lower case somewhere: capitalized, they are not names.
fn lowercase_words(cluster: &Cluster) -> HashSet<String> {
    let mut set = HashSet::new();
    for d in &cluster.documents {
        for w in d.text.split(|c: char| !c.is_alphabetic()) {
            if w.chars().next().is_some_and(char::is_lowercase) {
                set.insert(w.to_string());
            }
        }
    }
    set
}

/// Capitalized words that look like names, from every cluster: the replacements for names.
pub fn name_pool(clusters: &[Cluster]) -> Vec<String> {
    let mut pool = Vec::new();
    let mut seen = HashSet::new();
    for c in clusters {
        let lower = lowercase_words(c);
        let sentences = tidings_clean::clean(c).sentences;
        for t in targets(c, &sentences, &lower) {
            if t.kind == "name" && t.text.len() >= 5 && seen.insert(t.text.clone()) {
                pool.push(t.text);
            }
        }
    }
    pool
}

/// The cases drawn from one cluster.
pub fn cases(cluster: &Cluster, draw: &Draw, pool: &[String]) -> Vec<Case> {
    let sentences = tidings_clean::clean(cluster).sentences;
    let lower = lowercase_words(cluster);
    let found = targets(cluster, &sentences, &lower);
    let words: Vec<HashSet<String>> = sentences
        .iter()
        .map(|s| content_words(&cluster.documents[s.doc].text[s.span.start..s.span.end]))
        .collect();
    let overlap = |a: usize, b: usize| {
        let shared = words[a].intersection(&words[b]).count();
        let union = words[a].len() + words[b].len() - shared;
        shared as f64 / union.max(1) as f64
    };
    // (target, partner target) for values two documents state in sentences sharing words.
    let mut pairs: Vec<(usize, usize, f64)> = Vec::new();
    for (x, a) in found.iter().enumerate() {
        for (y, b) in found.iter().enumerate() {
            let (sa, sb) = (&sentences[a.sentence], &sentences[b.sentence]);
            if a.kind == b.kind && sa.doc != sb.doc && a.text == b.text {
                let o = overlap(a.sentence, b.sentence);
                if o >= 0.2 {
                    pairs.push((x, y, o));
                }
            }
        }
    }
    let mut rng = Rng(draw.seed ^ hash(&cluster.id));
    rng.shuffle(&mut pairs);
    let in_cluster: HashSet<&str> = cluster
        .documents
        .iter()
        .flat_map(|d| d.text.split(|c: char| !c.is_alphabetic()))
        .collect();
    let mut out: Vec<Case> = Vec::new();
    let mut used = HashSet::new();
    for (x, y, o) in pairs {
        let (a, b) = (&found[x], &found[y]);
        if !used.insert(x) {
            continue;
        }
        let doc = sentences[a.sentence].doc;
        let base = |kind, new: String| Case {
            cluster: cluster.id.clone(),
            doc,
            kind,
            reworded: o < 0.6,
            partner: sentences[b.sentence].doc,
            old: a.text.clone(),
            end: a.start + new.len(),
            new,
            start: a.start,
        };
        let count = |kind: &str| out.iter().filter(|c| c.kind == kind).count();
        let want_form = count("form") < draw.forms;
        if want_form && rng.below(3) == 0 {
            if let Some(new) = rewrite_form(&a.text) {
                out.push(base("form", new));
                continue;
            }
        }
        let new = match a.kind {
            "number" if count("number") < draw.numbers => change_number(&a.text, &mut rng),
            "date" if count("date") < draw.dates => change_date(&a.text, &mut rng),
            "name" if count("name") < draw.names => {
                let fresh: Vec<&String> = pool
                    .iter()
                    .filter(|p| !in_cluster.contains(p.as_str()))
                    .collect();
                (!fresh.is_empty()).then(|| fresh[rng.below(fresh.len())].clone())
            }
            _ => None,
        };
        if let Some(new) = new {
            out.push(base(a.kind, new));
        }
    }
    out
}

fn hash(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

/// Another value written the same way: "60 people" → "75 people", "1,200" → "1,800".
fn change_number(text: &str, rng: &mut Rng) -> Option<String> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let end = start
        + text[start..]
            .find(|c: char| !(c.is_ascii_digit() || c == ','))
            .unwrap_or(text.len() - start);
    let digits = &text[start..end];
    let value: u64 = digits.replace(',', "").parse().ok()?;
    const FACTORS: [f64; 6] = [0.5, 0.6, 0.75, 1.25, 1.5, 2.0];
    let mut new = ((value as f64) * FACTORS[rng.below(FACTORS.len())]).round() as u64;
    if new == value || new == 0 {
        new = value + 3;
    }
    let written = if digits.contains(',') {
        with_commas(new)
    } else {
        new.to_string()
    };
    Some(format!("{}{}{}", &text[..start], written, &text[end..]))
}

fn with_commas(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The same month, another day: "Oct. 16" → "Oct. 19".
fn change_date(text: &str, rng: &mut Rng) -> Option<String> {
    let (month, day) = text.rsplit_once(' ')?;
    let day: i32 = day.parse().ok()?;
    const SHIFTS: [i32; 4] = [-3, -2, 2, 3];
    let mut new = day + SHIFTS[rng.below(SHIFTS.len())];
    if !(1..=28).contains(&new) {
        new = if day > 14 { day - 4 } else { day + 4 };
    }
    Some(format!("{month} {new}"))
}

/// The same value written another way, when there is one.
fn rewrite_form(text: &str) -> Option<String> {
    const WORDS: [&str; 19] = [
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    if let Some((month, day)) = text.rsplit_once(' ') {
        if let Some(m) = tidings_core::month_number(month) {
            let full = MONTHS[m as usize - 1];
            return Some(if month.ends_with('.') {
                format!("{full} {day}")
            } else {
                format!("{day} {full}")
            });
        }
    }
    if let Some(rest) = text.strip_prefix('$') {
        if let Some(n) = rest.strip_suffix(" million") {
            return Some(format!("{n} million dollars"));
        }
        if let Some(n) = rest.strip_suffix(" billion") {
            return Some(format!("{n} billion dollars"));
        }
        return None;
    }
    if let Some(n) = text.strip_suffix(" percent") {
        return Some(format!("{n}%"));
    }
    for unit in ["hour", "day", "week", "month", "year", "minute", "mile"] {
        if let Some(n) = text
            .strip_suffix(&format!(" {unit}s"))
            .or_else(|| text.strip_suffix(&format!(" {unit}")))
        {
            return Some(format!("{n}-{unit}"));
        }
    }
    if text.contains(',') && text.chars().all(|c| c.is_ascii_digit() || c == ',') {
        return Some(text.replace(',', ""));
    }
    let value: usize = text.split(' ').next()?.parse().ok()?;
    let rest = &text[text.find(' ').unwrap_or(text.len())..];
    (2..=20)
        .contains(&value)
        .then(|| format!("{}{rest}", WORDS[value - 2]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_keep_the_written_form() {
        let mut rng = Rng(7);
        let n = change_number("1,200 people", &mut rng).unwrap();
        assert!(n.ends_with(" people") && n.contains(',') && n != "1,200 people");
        let d = change_date("Oct. 16", &mut rng).unwrap();
        assert!(d.starts_with("Oct. ") && d != "Oct. 16");
    }

    #[test]
    fn form_rewrites_keep_the_value() {
        assert_eq!(rewrite_form("Oct. 16").unwrap(), "October 16");
        assert_eq!(rewrite_form("October 16").unwrap(), "16 October");
        assert_eq!(rewrite_form("12 hours").unwrap(), "12-hour");
        assert_eq!(rewrite_form("$800 million").unwrap(), "800 million dollars");
        assert_eq!(rewrite_form("5 percent").unwrap(), "5%");
        assert_eq!(rewrite_form("1,200").unwrap(), "1200");
        assert_eq!(rewrite_form("12").unwrap(), "twelve");
    }
}

/// A case and whether the detector reported it.
#[derive(Debug, Clone, Serialize)]
pub struct Judged {
    /// The change.
    #[serde(flatten)]
    pub case: Case,
    /// Reported as a disagreement.
    pub reported: bool,
}

/// Results of a benchmark run.
#[derive(Debug, Default, Clone)]
pub struct Outcome {
    /// Every case, judged.
    pub judged: Vec<Judged>,
    /// Untouched clusters run.
    pub clusters: usize,
    /// Disagreements reported on the untouched clusters (the benchmark's false alarms; see
    /// [`crate::reports`] for the ones a reader finds real).
    pub false_alarms: Vec<(String, Disagreement)>,
}

impl Outcome {
    /// (cases, reported) for the cases `keep` selects.
    pub fn count(&self, keep: impl Fn(&Case) -> bool) -> (usize, usize) {
        let chosen = self.judged.iter().filter(|j| keep(&j.case));
        chosen.fold((0, 0), |(n, r), j| (n + 1, r + usize::from(j.reported)))
    }
}

/// Runs `detect` on every cluster untouched and on every drawn change of it.
pub fn run(
    clusters: &[Cluster],
    draw: &Draw,
    detect: impl Fn(&Cluster) -> Vec<Disagreement> + Sync,
) -> Outcome {
    use rayon::prelude::*;
    let pool = name_pool(clusters);
    let per_cluster: Vec<Outcome> = clusters
        .par_iter()
        .map(|c| {
            let mut o = Outcome {
                clusters: 1,
                ..Outcome::default()
            };
            o.false_alarms = detect(c).into_iter().map(|d| (c.id.clone(), d)).collect();
            for case in cases(c, draw, &pool) {
                let changed = case.apply(c);
                let reported = case.reported(&changed, &detect(&changed));
                o.judged.push(Judged { case, reported });
            }
            o
        })
        .collect();
    let mut all = Outcome::default();
    for o in per_cluster {
        all.clusters += o.clusters;
        all.judged.extend(o.judged);
        all.false_alarms.extend(o.false_alarms);
    }
    all
}
