//! The timeline: every kept sentence that dates something, with the date resolved against
//! its document's date ("Friday" in a report of Saturday 27 August 2016 is 2016-08-26),
//! sorted by date; expressions that cannot be resolved stay, marked `relative`.

use jiff::civil::Date;
use tidings_core::{Cluster, Sentence, TimelineEntry};

use crate::anchor_date;
use crate::date::{resolve_in, DateMention};

/// Dated statements of a cluster: resolved ones in date order, then the unresolved ones in
/// document order. A statement copied word for word by several documents appears once.
pub fn timeline(cluster: &Cluster, sentences: &[Sentence]) -> Vec<TimelineEntry> {
    let anchors: Vec<_> = cluster.documents.iter().map(anchor_date).collect();
    timeline_with(
        cluster,
        sentences,
        &anchors,
        &crate::sentence_dates(cluster, sentences),
    )
}

/// [`timeline`] with each document's date already known.
pub(crate) fn timeline_with(
    cluster: &Cluster,
    sentences: &[Sentence],
    anchors: &[Option<Date>],
    sentence_dates: &[Vec<DateMention>],
) -> Vec<TimelineEntry> {
    let mut out: Vec<TimelineEntry> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (s, found) in sentences.iter().zip(sentence_dates) {
        let doc = &cluster.documents[s.doc];
        let text = &doc.text[s.span.start..s.span.end];
        for m in found {
            let expression = &text[m.span.start..m.span.end];
            let resolved = resolve_in(m.value, anchors[s.doc], speaks_of_future(text));
            let (date, precision) = match resolved {
                Some((d, p)) => (Some(d.to_string()), p.name()),
                None => (None, "relative"),
            };
            let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
            // Copies across documents collapse; two dates of one sentence both stay.
            if !seen.insert((date.clone(), expression, flat.clone())) {
                continue;
            }
            out.push(TimelineEntry {
                date,
                precision: precision.to_string(),
                expression: expression.to_string(),
                expression_start: s.span.start + m.span.start,
                expression_end: s.span.start + m.span.end,
                text: flat,
                doc: doc.id.clone(),
                start: s.span.start,
                end: s.span.end,
            });
        }
    }
    // Stable: same-date entries keep document order.
    out.sort_by(|a, b| match (&a.date, &b.date) {
        (Some(x), Some(y)) => x.cmp(y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    out
}

/// Whether a sentence speaks of what is to come: "will" (not "ill will"), "is expected
/// to", "the scheduled meeting", "are due", "going to", "upcoming".
fn speaks_of_future(sentence: &str) -> bool {
    let words: Vec<String> = sentence
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        let before = i.checked_sub(1).map_or("", |k| words[k].as_str());
        match w.as_str() {
            "will" | "shall" => {
                !matches!(before, "ill" | "good" | "free" | "the" | "no" | "political")
            }
            // "the scheduled meeting", "Saturday's expected vote"; not "was expected".
            "expected" | "scheduled" | "planned" => {
                !matches!(before, "was" | "were" | "had" | "been" | "as")
            }
            "due" => matches!(before, "is" | "are" | "now"),
            "going" => words.get(i + 1).is_some_and(|n| n == "to"),
            "upcoming" | "tomorrow" => true,
            _ => w.ends_with("'ll"),
        }
    })
}
