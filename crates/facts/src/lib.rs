//! Facts in news text: what the sources state beside the summary, with byte offsets.
//!
//! - [`quantities`] / [`numbers`]: numbers with what they count ("12-hour meeting", "nearly
//!   10 hours", "$800 million"), normalized so wordings of one value compare equal.
//! - [`dates`] / [`resolve`]: date expressions, relative ones resolved against the article date.
//! - [`disagreements`]: slots (same event, same role) that documents fill with different
//!   numbers, dates or names.
//!
//! ```
//! use tidings_core::{Cluster, Document, Sentence, Span};
//! let cluster = Cluster {
//!     id: "c".into(),
//!     documents: vec![
//!         Document::new("a", "The ministers met for nearly 10 hours of talks in Geneva on Friday."),
//!         Document::new("b", "The ministers held a 12-hour meeting in Geneva on Friday."),
//!     ],
//! };
//! let sentences: Vec<Sentence> = cluster.documents.iter().enumerate()
//!     .map(|(doc, d)| Sentence { doc, span: Span::new(0, d.text.len()), position: 0 })
//!     .collect();
//! let found = tidings_facts::disagreements(&cluster, &sentences);
//! assert_eq!(found[0].kind, "number");
//! assert_eq!(found[0].variants[0].value, "nearly 10 hours");
//! assert_eq!(found[0].variants[1].value, "12-hour");
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod attribution;
mod bearers;
mod date;
mod disagree;
mod explain;
mod mention;
mod names;
mod quantity;
mod quote;
mod roles;
mod timeline;
mod words;

use foldhash::{HashSet, HashSetExt};
use jiff::civil::Date;
use tidings_analyze::Analysis;
use tidings_core::{Cluster, Disagreement, Sentence};

pub use date::{dates, resolve, resolve_in, DateMention, DateValue, Precision};
pub use disagree::Thresholds;
pub use quantity::{numbers, quantities, Hedge, Quantity};
pub use quote::quotes;
pub use timeline::timeline;

use mention::{Kind, Mention, Value};
use words::{Features, Word};

/// All fact finders over one cluster, sharing what they all need (each document's date).
/// Build it once when more than one report is wanted.
pub struct Facts<'t> {
    cluster: &'t Cluster,
    sentences: &'t [Sentence],
    anchors: Vec<Option<Date>>,
    /// Date expressions of each sentence: disagreements and the timeline both read them.
    dates: std::cell::OnceCell<Vec<Vec<DateMention>>>,
    /// The analysis of the same sentences, when the caller has it (its words are reused).
    analysis: Option<&'t Analysis>,
}

impl<'t> Facts<'t> {
    /// Facts of `cluster` read from `sentences` (e.g. those cleaning kept).
    pub fn new(cluster: &'t Cluster, sentences: &'t [Sentence]) -> Self {
        let anchors = cluster.documents.iter().map(anchor_date).collect();
        Facts {
            cluster,
            sentences,
            anchors,
            dates: std::cell::OnceCell::new(),
            analysis: None,
        }
    }

    /// [`Facts::new`] reusing the words of an analysis of the same `sentences` (what the
    /// summary computed), instead of segmenting and stemming them again. An analysis of
    /// other sentences (a different count) is not used: the words are then read afresh.
    pub fn with_analysis(
        cluster: &'t Cluster,
        sentences: &'t [Sentence],
        analysis: &'t Analysis,
    ) -> Self {
        Facts {
            analysis: (analysis.spans.len() == sentences.len()).then_some(analysis),
            ..Facts::new(cluster, sentences)
        }
    }

    fn sentence_dates(&self) -> &[Vec<DateMention>] {
        self.dates
            .get_or_init(|| sentence_dates(self.cluster, self.sentences))
    }

    fn prepared(&self) -> Prepared<'_> {
        Prepared::new(
            self.cluster,
            self.sentences,
            &self.anchors,
            self.sentence_dates(),
            self.analysis,
        )
    }

    /// See [`disagreements_with`].
    pub fn disagreements(&self, thresholds: &Thresholds) -> Vec<Disagreement> {
        disagree::find(self.cluster, &self.prepared(), thresholds)
    }

    /// Why the value at byte `at` of document `doc` is or is not reported as a
    /// disagreement: its nearest values in the other documents and what kept each apart.
    pub fn explain_disagreement(&self, thresholds: &Thresholds, doc: usize, at: usize) -> String {
        explain::explain(&self.prepared(), thresholds, doc, at)
    }

    /// See [`quotes`].
    pub fn quotes(&self) -> Vec<tidings_core::Quote> {
        quote::quotes(self.cluster, self.sentences)
    }

    /// See [`timeline`].
    pub fn timeline(&self) -> Vec<tidings_core::TimelineEntry> {
        timeline::timeline_with(
            self.cluster,
            self.sentences,
            &self.anchors,
            self.sentence_dates(),
        )
    }
}

/// The date expressions of each sentence, offsets relative to the sentence.
fn sentence_dates(cluster: &Cluster, sentences: &[Sentence]) -> Vec<Vec<DateMention>> {
    sentences
        .iter()
        .map(|s| dates(&cluster.documents[s.doc].text[s.span.start..s.span.end]))
        .collect()
}

/// The disagreements between the documents of a cluster, most widely stated first.
/// `sentences` are the sentences to read (e.g. those cleaning kept).
pub fn disagreements(cluster: &Cluster, sentences: &[Sentence]) -> Vec<Disagreement> {
    disagreements_with(cluster, sentences, &Thresholds::default())
}

/// [`disagreements`] with explicit alignment thresholds.
pub fn disagreements_with(
    cluster: &Cluster,
    sentences: &[Sentence],
    thresholds: &Thresholds,
) -> Vec<Disagreement> {
    Facts::new(cluster, sentences).disagreements(thresholds)
}

/// The date a document was published, when it says.
pub fn document_date(date: Option<&str>) -> Option<Date> {
    day_of(tidings_core::parse_date(date?)?)
}

fn day_of((y, m, d, _): tidings_core::DateKey) -> Option<Date> {
    Date::new(i16::try_from(y).ok()?, m as i8, d as i8).ok()
}

/// The date a report speaks from: its given date, else a full date (with the year) written
/// on a short line of its own near the top, where pages put the byline date ("September 9,
/// 2016, 1:52 pm").
pub fn anchor_date(doc: &tidings_core::Document) -> Option<Date> {
    if let Some(d) = doc.date_key().and_then(day_of) {
        return Some(dateline_day(&doc.text, d).unwrap_or(d));
    }
    // A short line of its own: a byline date, not a date inside a caption or a sentence.
    let mut offset = 0;
    for line in doc.text.split_inclusive('\n') {
        if offset > 400 {
            break;
        }
        offset += line.len();
        // A long line counts only when it opens with the date ("Tuesday, January 18,
        // 2005 Through a telethon…": a dateline run into the first paragraph).
        let short = line.trim().len() <= 40;
        let found = dates(line).into_iter().find_map(|m| match m.value {
            DateValue::Day { year: Some(_), .. } if short || m.span.start <= 12 => {
                resolve(m.value, None).map(|(d, _)| d)
            }
            _ => None,
        });
        if found.is_some() {
            return found;
        }
    }
    None
}

/// The day a wire dateline names ("OTTAWA, August 27 (Xinhua) --"), when it is the day
/// before the `given` date: the story was filed that day, in another time zone than the
/// date field's, and its "today" and "Wednesday" speak from it. (In DUC's Xinhua copy the
/// dateline names the date field's day 258 times, the day before 164 times, other days
/// twice: typos, left alone.)
fn dateline_day(text: &str, given: Date) -> Option<Date> {
    let body = text.trim_start();
    let line = body.lines().next()?;
    let mut end = line.len().min(120);
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    let head = &line[..end];
    // A place in capitals opens a dateline.
    let caps = head.chars().take_while(|c| c.is_ascii_uppercase()).count();
    if caps < 2 {
        return None;
    }
    let m = dates(head).into_iter().next()?;
    let DateValue::Day {
        year: None,
        month,
        day,
    } = m.value
    else {
        return None;
    };
    let after = head[m.span.end..].trim_start();
    let before = head[..m.span.start].trim_end();
    let set_off = after.starts_with('(') || after.starts_with("--") || after.starts_with('_');
    if !(set_off && before.ends_with(',')) {
        return None;
    }
    let year = if month > given.month() {
        given.year() - 1
    } else {
        given.year()
    };
    let filed = Date::new(year, month, day).ok()?;
    ((given - filed).get_days() == 1).then_some(filed)
}

/// Words and mentions of every sentence, computed once for all fact finders.
pub(crate) struct Prepared<'t> {
    cluster: &'t Cluster,
    sentences: &'t [Sentence],
    words: Vec<Vec<Word<'t>>>,
    features: Features,
    mentions: Vec<Mention>,
    /// Lowercased words of each document, built on first use (only name conflicts read it).
    doc_words: std::cell::OnceCell<Vec<HashSet<String>>>,
    /// Distinct features of each sentence, sorted.
    sentence_features: Vec<Vec<u32>>,
    /// Each document's date.
    anchors: &'t [Option<Date>],
    /// Each document's publication day (its date field; else its date).
    published: Vec<Option<Date>>,
}

impl<'t> Prepared<'t> {
    fn new(
        cluster: &'t Cluster,
        sentences: &'t [Sentence],
        anchors: &'t [Option<Date>],
        dates: &[Vec<DateMention>],
        analysis: Option<&Analysis>,
    ) -> Self {
        let mut features = Features::new();
        let mut words = Vec::with_capacity(sentences.len());
        let mut mentions = Vec::new();
        let mut sentence_features = Vec::with_capacity(sentences.len());
        for (i, s) in sentences.iter().enumerate() {
            let text = cluster.documents[s.doc].text.as_str();
            let w = match analysis {
                Some(a) => features.analyzed_words(text, &a.spans[i], &a.vocabulary),
                None => features.words(&text[s.span.start..s.span.end], s.span.start),
            };
            features.count(&w);
            mentions.extend(mention::mentions(
                text,
                s.span,
                &w,
                i,
                s.doc,
                anchors[s.doc],
                &dates[i],
            ));
            let mut f: Vec<u32> = Vec::with_capacity(w.len());
            f.extend(w.iter().filter_map(|x| x.feature));
            f.sort_unstable();
            f.dedup();
            sentence_features.push(f);
            words.push(w);
        }
        Prepared {
            cluster,
            sentences,
            words,
            features,
            mentions,
            doc_words: std::cell::OnceCell::new(),
            sentence_features,
            anchors,
            published: cluster
                .documents
                .iter()
                .zip(anchors)
                .map(|(d, &anchor)| document_date(d.date.as_deref()).or(anchor))
                .collect(),
        }
    }

    /// Lowercased words of each document.
    fn doc_words(&self) -> &[HashSet<String>] {
        self.doc_words.get_or_init(|| {
            let mut doc_words = vec![HashSet::new(); self.cluster.documents.len()];
            for (s, words) in self.sentences.iter().zip(&self.words) {
                let seen: &mut HashSet<String> = &mut doc_words[s.doc];
                for x in words {
                    // Most words repeat: allocate only for a new one.
                    if x.text
                        .bytes()
                        .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
                    {
                        let lower = x.text.to_lowercase();
                        if !seen.contains(&lower) {
                            seen.insert(lower);
                        }
                    } else if !seen.contains(x.text) {
                        seen.insert(x.text.to_string());
                    }
                }
            }
            doc_words
        })
    }

    /// Days between two documents' publication, when both are dated: whether one report
    /// can update the other. (A wire story's dateline of the day before dates what it says,
    /// not when it was published.)
    fn days_apart(&self, a: usize, b: usize) -> Option<i64> {
        let (x, y) = (self.published[a]?, self.published[b]?);
        let days = x.until(y).ok()?.get_days();
        Some(i64::from(days).abs())
    }

    /// The date a document speaks from.
    fn anchor(&self, doc: usize) -> Option<Date> {
        self.anchors[doc]
    }

    /// Jaccard overlap of two sentences' features.
    fn sentence_overlap(&self, a: usize, b: usize) -> f32 {
        let (x, y) = (&self.sentence_features[a], &self.sentence_features[b]);
        let (mut i, mut j, mut shared) = (0, 0, 0);
        while i < x.len() && j < y.len() {
            match x[i].cmp(&y[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        shared as f32 / (x.len() + y.len() - shared).max(1) as f32
    }

    /// Whether a feature is a slot class rather than a plain stem.
    fn is_class(&self, feature: Option<u32>) -> bool {
        feature.is_some_and(|f| self.features.is_class(f))
    }

    /// The text of a mention as written.
    fn slice(&self, m: &Mention) -> &'t str {
        &self.cluster.documents[m.doc].text[m.span.start..m.span.end]
    }

    /// A few words around a mention, saying what its value is about.
    fn about(&self, m: &Mention) -> String {
        let words = &self.words[m.sentence];
        let first = words
            .iter()
            .position(|w| w.span.end > m.span.start)
            .unwrap_or(0);
        let last = words
            .iter()
            .rposition(|w| w.span.start < m.span.end)
            .unwrap_or(first);
        let lo = first.saturating_sub(4);
        let hi = (last + 5).min(words.len());
        let text = &self.cluster.documents[m.doc].text;
        let s = &self.sentences[m.sentence];
        let start = words.get(lo).map_or(s.span.start, |w| w.span.start);
        let end = words
            .get(hi.saturating_sub(1))
            .map_or(s.span.end, |w| w.span.end);
        text[start..end.max(start)]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Whether the words around two mentions are the same words, in any case.
    fn same_neighbours(&self, m: &Mention, n: &Mention) -> bool {
        let same = |a: Option<usize>, b: Option<usize>| match (a, b) {
            (None, None) => true,
            (Some(a), Some(b)) => {
                let (a, b) = (
                    self.words[m.sentence][a].text,
                    self.words[n.sentence][b].text,
                );
                tidings_core::with_lowercase(a, |a| tidings_core::with_lowercase(b, |b| a == b))
            }
            _ => false,
        };
        same(m.neighbours.0, n.neighbours.0) && same(m.neighbours.1, n.neighbours.1)
    }

    /// A name conflict is only believable when the name is missing from the other report
    /// altogether; two names both reports use are two people, not one slot.
    fn conflict_is_plausible(&self, m: &Mention, n: &Mention) -> bool {
        match (&m.value, &n.value) {
            (Value::Name(a), Value::Name(b)) => {
                // A word of one name the other name lacks and the other report never uses.
                let missing = |name: &[String], doc: usize| {
                    let other = if doc == n.doc { b } else { a };
                    name.iter()
                        .any(|w| !other.contains(w) && !self.doc_words()[doc].contains(w))
                };
                // Copied wording around the name: a reworded sentence names whoever it likes.
                m.kind == Kind::Name
                    && self.same_neighbours(m, n)
                    && (missing(a, n.doc) || missing(b, m.doc))
            }
            (Value::Number { value: x, .. }, Value::Number { value: y, .. })
                if disagree::same_person(m, n) =>
            {
                // An age may tick over between two reports' dates: a difference of up to
                // the years between them, and one more when they are not of one day.
                let drift = match self.days_apart(m.doc, n.doc) {
                    Some(0) => 0.0,
                    Some(days) => (days as f64 / 365.0).floor() + 1.0,
                    None => 1.0,
                };
                (x - y).abs() > drift
            }
            _ => true,
        }
    }
}

/// Clusters for unit tests: each document read as one sentence.
#[cfg(test)]
pub(crate) fn test_cluster(
    texts: &[&str],
    date: Option<&str>,
) -> (Cluster, Vec<tidings_core::Sentence>) {
    use tidings_core::{Document, Span};
    let documents = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let mut d = Document::new(((b'a' + i as u8) as char).to_string(), *t);
            d.date = date.map(str::to_string);
            d
        })
        .collect();
    let cluster = Cluster {
        id: "c".into(),
        documents,
    };
    let sentences = cluster
        .documents
        .iter()
        .enumerate()
        .map(|(doc, d)| Sentence {
            doc,
            span: Span::new(0, d.text.len()),
            position: 0,
        })
        .collect();
    (cluster, sentences)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_from_the_analysis_are_the_words_read_from_scratch() {
        let (cluster, sentences) = test_cluster(
            &[
                "The ministers' 12-hour meeting in Geneva ended on Friday, U.S. officials said.",
                "Talks lasted 10 hours; _x and 1,000.5 people — café owners — waited.",
            ],
            Some("2015-08-07"),
        );
        let analysis = tidings_analyze::analyze(&cluster, &sentences);
        let anchors = [None, None];
        let dates = vec![Vec::new(), Vec::new()];
        let fresh = Prepared::new(&cluster, &sentences, &anchors, &dates, None);
        let reused = Prepared::new(&cluster, &sentences, &anchors, &dates, Some(&analysis));
        let view = |p: &Prepared| -> Vec<Vec<(usize, String, Option<u32>)>> {
            p.words
                .iter()
                .map(|w| {
                    w.iter()
                        .map(|w| (w.span.start, w.text.to_string(), w.feature))
                        .collect()
                })
                .collect()
        };
        assert_eq!(view(&fresh), view(&reused));
        assert!(view(&fresh)[0].iter().any(|w| w.2.is_some()));
        assert_eq!(fresh.sentence_features, reused.sentence_features);
        // An analysis of other sentences is not used (no panic, words read afresh).
        let fewer = &sentences[..1];
        let facts = Facts::with_analysis(&cluster, fewer, &analysis);
        assert!(facts.analysis.is_none());
        let _ = facts.disagreements(&Thresholds::default());
        assert_eq!(fresh.doc_words(), reused.doc_words());
    }

    #[test]
    fn a_wire_dateline_of_the_day_before_is_the_day_the_story_speaks_from() {
        let anchor = |text: &str, date: &str| {
            let mut d = tidings_core::Document::new("x", text);
            d.date = Some(date.into());
            anchor_date(&d).map(|d| d.to_string())
        };
        let filed = "OTTAWA, August 27 (Xinhua) -- The letter was published today.";
        assert_eq!(anchor(filed, "1997-08-28").as_deref(), Some("1997-08-27"));
        assert_eq!(anchor(filed, "1997-08-27").as_deref(), Some("1997-08-27"));
        // Two days apart is a typo in one of them: the date field stands.
        assert_eq!(anchor(filed, "1997-08-29").as_deref(), Some("1997-08-29"));
        // Across a new year; not a date in the story's first sentence.
        let december = "BEIJING, December 31 (Xinhua) -- Markets closed today.";
        assert_eq!(
            anchor(december, "2000-01-01").as_deref(),
            Some("1999-12-31")
        );
        let inside = "The talks of August 27 went on, officials said on Friday.";
        assert_eq!(anchor(inside, "1997-08-28").as_deref(), Some("1997-08-28"));
    }
}
