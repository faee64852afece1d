//! Scoring quotes and the timeline against hand labels (tests/fixtures/facts: 60 MultiLing
//! 2011 documents, guide in LABELLING.md).
//!
//! - Quotes: a found quotation matches a labelled one in the same document when their spans
//!   are equal once whitespace, punctuation and quotation marks are trimmed from both ends.
//!   Precision, recall and F1 over spans; speaker accuracy over matched quotes (an unnamed
//!   label is matched by no speaker).
//! - Timeline: a labelled relative date is right when some timeline entry's expression
//!   overlaps it and every overlapping entry gives the labelled date and precision.

use serde::Deserialize;
use tidings_core::{Cluster, Document, Error, ErrorKind, Quote, TimelineEntry};

/// One labelled document.
#[derive(Debug, Clone, Deserialize)]
pub struct LabelledDoc {
    /// Document id (`M0003.english`); its first four characters name its cluster.
    pub id: String,
    /// Title as published.
    pub title: Option<String>,
    /// Date field as published (what the system is given).
    pub date: Option<String>,
    /// Text as published.
    pub text: String,
    /// The labelled quotations.
    pub quotes: Vec<GoldQuote>,
    /// The labelled relative dates.
    pub dates: Vec<GoldDate>,
    /// The id of the document's cluster, when the fixture gives it (else the id's first
    /// four characters name it, as MultiLing's do).
    #[serde(default)]
    pub cluster: Option<String>,
    /// The other documents of that cluster, unlabelled: quotes are found with them.
    #[serde(default)]
    pub cluster_documents: Vec<ClusterDocument>,
}

/// An unlabelled document of a labelled document's cluster.
#[derive(Debug, Clone, Deserialize)]
pub struct ClusterDocument {
    /// Document id.
    pub id: String,
    /// Title as published.
    pub title: Option<String>,
    /// Date field as published.
    pub date: Option<String>,
    /// Text as published.
    pub text: String,
}

/// A labelled quotation.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldQuote {
    /// First byte of the quoted words.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Acceptable speakers (spellings of one name); empty = unnamed.
    pub speakers: Vec<String>,
}

/// A labelled relative date.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldDate {
    /// First byte of the expression.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The expression as written.
    pub text: String,
    /// `YYYY-MM-DD` (Monday of a week, first of a month or year); `None` = unresolvable.
    pub date: Option<String>,
    /// `day`, `week`, `month` or `year`.
    pub precision: String,
}

/// Quote scores.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct QuoteScore {
    /// Labelled quotations.
    pub gold: usize,
    /// Quotations found.
    pub found: usize,
    /// Found quotations matching a labelled one.
    pub matched: usize,
    /// Matched quotations with the labelled speaker.
    pub speaker_right: usize,
    /// Labels not found and found quotations not labelled, for reading: `(doc, text, why)`.
    pub errors: Vec<(String, String, &'static str)>,
}

impl QuoteScore {
    /// Precision of the spans.
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.found)
    }
    /// Recall of the spans.
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }
    /// F1 of the spans.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    /// Share of matched quotations with the right speaker.
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speaker_right, self.matched)
    }
}

/// Timeline scores.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct TimelineScore {
    /// Labelled relative dates.
    pub gold: usize,
    /// Resolved as labelled.
    pub right: usize,
    /// Not found at all.
    pub missed: usize,
    /// Wrong ones, for reading: `(doc, expression, labelled, found)`.
    pub errors: Vec<(String, String, String, String)>,
}

impl TimelineScore {
    /// Share of labelled dates resolved as labelled.
    pub fn accuracy(&self) -> f64 {
        ratio(self.right, self.gold)
    }
}

/// An entry's date and precision, `relative` when unresolved.
fn resolved(t: &TimelineEntry) -> (Option<&str>, &str) {
    let p = if t.date.is_none() {
        "relative"
    } else {
        t.precision.as_str()
    };
    (t.date.as_deref(), p)
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// `start..end` of `text` without whitespace, punctuation or quotation marks at either end.
fn core_span(text: &str, start: usize, end: usize) -> (usize, usize) {
    let edge = |c: char| c.is_whitespace() || c.is_ascii_punctuation() || "“”‘’«»".contains(c);
    let inner = &text[start..end];
    let trimmed_start = inner.trim_start_matches(edge);
    let s = start + (inner.len() - trimmed_start.len());
    let e = s + trimmed_start.trim_end_matches(edge).len();
    (s, e)
}

/// Speaker names compared without titles, case, surrounding punctuation or middle initials
/// ("Charles M. Schulz" is "Charles Schulz": labels were written from one document, the
/// fullest name may be in another of the cluster).
fn speaker_key(name: &str) -> String {
    const TITLES: &[&str] = &["the", "sir", "lord", "mr", "mrs", "ms", "dr", "president"];
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| c.is_ascii_punctuation())
                .to_lowercase()
        })
        .skip_while(|w| TITLES.contains(&w.as_str()))
        .collect();
    let last = words.len().saturating_sub(1);
    let initial = |i: usize, w: &String| i > 0 && i < last && w.chars().count() == 1;
    words
        .iter()
        .enumerate()
        .filter(|&(i, w)| !initial(i, w))
        .map(|(_, w)| w.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `got` is one of the labelled speakers `want` (none labelled: unnamed; "-" among
/// them, as in "-|Criminal Law": unnamed is right too).
fn speaker_right(want: &[String], got: Option<&str>) -> bool {
    match got {
        None => want.is_empty() || want.iter().any(|w| w == "-"),
        Some(s) => want.iter().any(|w| speaker_key(w) == speaker_key(s)),
    }
}

/// Scores the quotations found in `doc` (its own, found with its whole cluster) into `score`.
pub fn score_quotes(doc: &LabelledDoc, found: &[&Quote], score: &mut QuoteScore) {
    score.gold += doc.quotes.len();
    score.found += found.len();
    let gold: Vec<(usize, usize)> = doc
        .quotes
        .iter()
        .map(|q| core_span(&doc.text, q.start, q.end))
        .collect();
    let mut used = vec![false; gold.len()];
    for q in found {
        let span = core_span(&doc.text, q.start, q.end);
        let hit = (0..gold.len()).find(|&g| !used[g] && gold[g] == span);
        let Some(g) = hit else {
            score
                .errors
                .push((doc.id.clone(), q.text.clone(), "found, not labelled"));
            continue;
        };
        used[g] = true;
        score.matched += 1;
        let want = &doc.quotes[g].speakers;
        if speaker_right(want, q.speaker.as_deref()) {
            score.speaker_right += 1;
        } else {
            let said = q.speaker.as_deref().unwrap_or("(none)");
            let wanted = if want.is_empty() {
                "(none)".to_string()
            } else {
                want.join("|")
            };
            score.errors.push((
                doc.id.clone(),
                format!("speaker {said:?}, labelled {wanted:?}: {}", q.text),
                "wrong speaker",
            ));
        }
    }
    for (g, q) in doc.quotes.iter().enumerate() {
        if !used[g] {
            score.errors.push((
                doc.id.clone(),
                doc.text[q.start..q.end].to_string(),
                "labelled, not found",
            ));
        }
    }
}

/// Scores the timeline of `doc` into `score`.
pub fn score_timeline(doc: &LabelledDoc, found: &[&TimelineEntry], score: &mut TimelineScore) {
    for g in &doc.dates {
        score.gold += 1;
        let over: Vec<&&TimelineEntry> = found
            .iter()
            .filter(|t| t.expression_start < g.end && g.start < t.expression_end)
            .collect();
        let want = (g.date.as_deref(), g.precision.as_str());
        let right = !over.is_empty()
            && over.iter().all(|t| {
                let (d, p) = resolved(t);
                d == want.0 && (p == want.1 || (want.0.is_none() && p == "relative"))
            });
        if right {
            score.right += 1;
            continue;
        }
        if over.is_empty() {
            score.missed += 1;
        }
        let got = over
            .iter()
            .map(|t| {
                let (d, p) = resolved(t);
                format!("{} {p} ({:?})", d.unwrap_or("-"), t.expression)
            })
            .collect::<Vec<_>>()
            .join("; ");
        score.errors.push((
            doc.id.clone(),
            g.text.clone(),
            format!("{} {}", g.date.as_deref().unwrap_or("-"), g.precision),
            if got.is_empty() {
                "(not found)".into()
            } else {
                got
            },
        ));
    }
}

/// Reads the fixture: one [`LabelledDoc`] per line.
pub fn load(jsonl: &str) -> Result<Vec<LabelledDoc>, Error> {
    jsonl
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| {
                Error::new(
                    ErrorKind::Input,
                    format!("labelled document on line {}: {e}", i + 1),
                )
            })
        })
        .collect()
}

/// Scores a quote finder and a timeline builder on labelled documents. Quotes are found with
/// each document's whole cluster (its `cluster_documents` and the labelled documents of the
/// same cluster: its `cluster` id, else an id's first four characters), as the product does, since speakers resolve to the fullest name in the cluster; the timeline is
/// built per document, so a sentence another document copies is still scored where labelled.
pub fn evaluate(
    docs: &[LabelledDoc],
    quotes: impl Fn(&Cluster) -> Vec<Quote>,
    timeline: impl Fn(&Cluster) -> Vec<TimelineEntry>,
) -> (QuoteScore, TimelineScore) {
    let document = |id: &str, text: &str, title: &Option<String>, date: &Option<String>| {
        let mut doc = Document::new(id.to_string(), text.to_string());
        doc.title = title.clone();
        doc.date = date.clone();
        doc
    };
    let labelled = |d: &LabelledDoc| document(&d.id, &d.text, &d.title, &d.date);
    let mut q = QuoteScore::default();
    let mut t = TimelineScore::default();
    let mut i = 0;
    while i < docs.len() {
        let key = cluster_key(&docs[i]);
        let n = docs[i..]
            .iter()
            .take_while(|d| cluster_key(d) == key)
            .count();
        let group = &docs[i..i + n];
        let mut documents: Vec<Document> = group.iter().map(labelled).collect();
        for c in group.iter().flat_map(|d| &d.cluster_documents) {
            if !documents.iter().any(|d| d.id == c.id) {
                documents.push(document(&c.id, &c.text, &c.title, &c.date));
            }
        }
        let cluster = Cluster {
            id: key.to_string(),
            documents,
        };
        let found = quotes(&cluster);
        for d in group {
            let own: Vec<&Quote> = found.iter().filter(|x| x.doc == d.id).collect();
            score_quotes(d, &own, &mut q);
            let single = Cluster {
                id: d.id.clone(),
                documents: vec![labelled(d)],
            };
            let entries = timeline(&single);
            score_timeline(d, &entries.iter().collect::<Vec<_>>(), &mut t);
        }
        i += n;
    }
    (q, t)
}

fn cluster_key(d: &LabelledDoc) -> &str {
    d.cluster
        .as_deref()
        .unwrap_or_else(|| d.id.get(..4).unwrap_or(&d.id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unnamed_alternative_accepts_no_speaker() {
        let either = ["-".to_string(), "Criminal Law".to_string()];
        assert!(speaker_right(&either, None));
        assert!(speaker_right(&either, Some("the Criminal Law")));
        assert!(!speaker_right(&either, Some("Xinhua")));
        assert!(speaker_right(&[], None));
        assert!(!speaker_right(&["Kerry".to_string()], None));
    }

    #[test]
    fn spans_compare_without_edge_punctuation() {
        let t = "He said: “We are ready,” and left.";
        let a = t.find('W').unwrap();
        let b = t.find(',').unwrap() + 1;
        assert_eq!(core_span(t, a, b), (a, b - 1));
        assert_eq!(core_span(t, a - 3, b + 3), (a, b - 1));
    }

    #[test]
    fn speakers_compare_without_titles() {
        assert_eq!(speaker_key("Sir Ian Blair"), speaker_key("Ian Blair"));
        assert_eq!(speaker_key("The Australian"), "australian");
        assert_ne!(speaker_key("Tony Blair"), speaker_key("Ian Blair"));
        assert_eq!(
            speaker_key("Charles M. Schulz"),
            speaker_key("Charles Schulz")
        );
        assert_eq!(speaker_key("J. Smith"), "j smith");
    }
}
