//! Why a value was or was not reported as a disagreement: the detector's view of one value,
//! its nearest values in the other documents, and the rule that kept each pair apart. For
//! reading the benchmark's misses (`tidings bench disagreements --explain`).

use std::fmt::Write;

use crate::disagree::{align, conflict, weighted, Thresholds};
use crate::mention::Mention;
use crate::Prepared;

/// How many of the nearest values in other documents are shown.
const SHOWN: usize = 6;

/// A report on the values read at byte `at` of document `doc`.
pub(crate) fn explain(p: &Prepared, t: &Thresholds, doc: usize, at: usize) -> String {
    let ms = &p.mentions;
    let n_sentences = p.words.len();
    let weight = |m: &Mention, f: u32| weighted(p.features.idf(f, n_sentences), m, f);
    let cosine = |m: &Mention, n: &Mention| {
        let norm = |x: &Mention| {
            x.context
                .iter()
                .map(|&f| weight(x, f).powi(2))
                .sum::<f32>()
                .sqrt()
        };
        let dot: f32 = m
            .context
            .iter()
            .filter(|f| n.context.binary_search(f).is_ok())
            .map(|&f| weight(m, f) * weight(n, f))
            .sum();
        dot / (norm(m) * norm(n)).max(f32::EPSILON)
    };
    let head = |m: &Mention| {
        p.words[m.sentence]
            .iter()
            .find(|w| w.feature.is_some() && w.feature == m.head)
            .map_or("-", |w| w.text)
    };
    let mut out = String::new();
    let here: Vec<usize> = (0..ms.len())
        .filter(|&i| ms[i].doc == doc && ms[i].span.start <= at && at < ms[i].span.end)
        .collect();
    if here.is_empty() {
        let _ = writeln!(out, "no value read at byte {at} of document {doc}");
        let near: Vec<String> = ms
            .iter()
            .filter(|m| m.doc == doc && m.span.start.abs_diff(at) < 200)
            .map(|m| format!("{:?} @{}", p.slice(m), m.span.start))
            .collect();
        let _ = writeln!(out, "  values read nearby: {}", near.join(", "));
        return out;
    }
    for &i in &here {
        let m = &ms[i];
        let _ = writeln!(
            out,
            "{:?} @{} {:?} head {:?}{}{}: «{}»",
            p.slice(m),
            m.span.start,
            m.value,
            head(m),
            if m.relative { ", relative" } else { "" },
            if m.range_end { ", range end" } else { "" },
            p.about(m)
        );
        let mut others: Vec<(f32, usize)> = (0..ms.len())
            .filter(|&j| ms[j].doc != doc && ms[j].kind == m.kind)
            .map(|j| (cosine(m, &ms[j]), j))
            .collect();
        others.sort_by(|a, b| b.0.total_cmp(&a.0));
        for &(score, j) in others.iter().take(SHOWN) {
            let n = &ms[j];
            let verdict = match align(p, m, n, score, t) {
                Ok(()) if conflict(&m.value, &n.value) => "aligned, values conflict".to_string(),
                Ok(()) => "aligned, values agree".to_string(),
                Err(why) => why.to_string(),
            };
            let _ = writeln!(
                out,
                "  doc {} {:?} head {:?} score {score:.2}, sentences {:.2}: {verdict} «{}»",
                n.doc,
                p.slice(n),
                head(n),
                p.sentence_overlap(m.sentence, n.sentence),
                p.about(n)
            );
        }
    }
    out
}
