//! Disagreements: the same slot (same event, same role) filled with different values by
//! different documents. A value's slot is found by its context — the words around it, with
//! news slot words folded into classes — and two values fill one slot when each is the
//! other's best match in its document (mutual best), above a threshold per kind.

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use tidings_core::{Cluster, Disagreement, SupportRef, Variant};

use crate::mention::{Kind, Mention, Value};
use crate::quantity::{is_measure, Hedge};
use crate::Prepared;

/// How alike two contexts must be (idf-weighted cosine of their features) for two values
/// to fill one slot.
#[derive(Debug, Clone, Copy)]
pub struct Thresholds {
    /// Numbers with the same unit.
    pub number: f32,
    /// A number without a unit against any number.
    pub bare_number: f32,
    /// Dates.
    pub date: f32,
    /// Names.
    pub name: f32,
    /// How alike the two whole sentences must be (Jaccard of their features), unless both
    /// values are about words of one slot class ("10 hours of talks" / "12-hour meeting").
    pub sentence: f32,
    /// Sentence overlap from which two statements count as copies of one another.
    pub copy: f32,
    /// Documents dated more than this many days apart compare copied statements only:
    /// reworded figures a day later are more often updates (a rising toll) than conflicts.
    pub days_apart: i64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            number: 0.3,
            bare_number: 0.5,
            date: 0.4,
            name: 0.6,
            sentence: 0.2,
            copy: 0.5,
            days_apart: 0,
        }
    }
}

/// How much more the word a number is about weighs than the other context words.
const HEAD_WEIGHT: f32 = 3.0;

/// A context feature's weight in a mention's context: its idf, `HEAD_WEIGHT` times that for
/// the word the value is about.
pub(crate) fn weighted(idf: f32, m: &Mention, f: u32) -> f32 {
    idf * if m.head == Some(f) { HEAD_WEIGHT } else { 1.0 }
}

/// A feature in more mentions than this is too common to tell slots apart.
const MAX_POSTINGS: usize = 4000;

pub(crate) fn find(cluster: &Cluster, p: &Prepared, t: &Thresholds) -> Vec<Disagreement> {
    let ms = &p.mentions;
    let n_sentences = p.words.len();
    // A feature's weight in a mention's context: its idf, three times that for the head.
    // Each feature's idf once: the pair loop below asks for it per posting.
    let idf: Vec<f32> = (0..p.features.sentence_freq.len() as u32)
        .map(|f| p.features.idf(f, n_sentences))
        .collect();
    let weight = |m: &Mention, f: u32| {
        let idf = idf
            .get(f as usize)
            .copied()
            .unwrap_or_else(|| p.features.idf(f, n_sentences));
        weighted(idf, m, f)
    };
    let norms: Vec<f32> = ms
        .iter()
        .map(|m| {
            m.context
                .iter()
                .map(|&f| weight(m, f).powi(2))
                .sum::<f32>()
                .sqrt()
        })
        .collect();
    // Mentions per context feature (feature ids are dense).
    let n_features = ms
        .iter()
        .flat_map(|m| m.context.iter())
        .max()
        .map_or(0, |&f| f as usize + 1);
    // One flat array, each feature's mentions in order at `starts[f]..starts[f + 1]`.
    let mut starts = vec![0usize; n_features + 1];
    for m in ms {
        for &f in &m.context {
            starts[f as usize + 1] += 1;
        }
    }
    for f in 0..n_features {
        starts[f + 1] += starts[f];
    }
    // Beside each posting, the mention's weight for that feature (read once per pair below),
    // and the mention's document and kind (compared once per pair).
    let mut flat = vec![(0u32, 0f32, 0u32, Kind::Number); starts[n_features]];
    let mut fill = starts.clone();
    for (i, m) in ms.iter().enumerate() {
        for &f in &m.context {
            flat[fill[f as usize]] = (i as u32, weight(m, f), m.doc as u32, m.kind);
            fill[f as usize] += 1;
        }
    }
    let postings = |f: u32| &flat[starts[f as usize]..starts[f as usize + 1]];
    // best[(m, doc)] = (n, score): m's best partner in another document.
    let mut best: HashMap<(u32, u32), (u32, f32)> = HashMap::new();
    // Every aligned partner, for the guard below and for collecting agreeing variants.
    let mut aligned: Vec<Vec<(u32, f32)>> = vec![Vec::new(); ms.len()];
    let mut acc = vec![0f32; ms.len()];
    let mut touched: Vec<u32> = Vec::new();
    for (i, m) in ms.iter().enumerate() {
        for &f in &m.context {
            let list = postings(f);
            if list.len() > MAX_POSTINGS {
                continue;
            }
            let w = weight(m, f);
            for &(j, wj, doc, kind) in list {
                if doc as usize == m.doc || kind != m.kind {
                    continue;
                }
                if acc[j as usize] == 0.0 {
                    touched.push(j);
                }
                acc[j as usize] += w * wj;
            }
        }
        for j in touched.drain(..) {
            let score = acc[j as usize] / (norms[i] * norms[j as usize]).max(f32::EPSILON);
            acc[j as usize] = 0.0;
            let n = &ms[j as usize];
            // One person's age: the best match whatever the words around it.
            let score = if same_person(m, n) {
                score.max(1.0)
            } else {
                score
            };
            if align(p, m, n, score, t).is_err() {
                continue;
            }
            aligned[i].push((j, score));
            let e = best.entry((i as u32, n.doc as u32)).or_insert((j, score));
            if score > e.1 {
                *e = (j, score);
            }
        }
    }
    let mutual = |i: u32, j: u32| {
        best.get(&(j, ms[i as usize].doc as u32))
            .is_some_and(|&(k, _)| k == i)
    };
    // Conflicting mutual-best pairs, joined into slots.
    // For each mention, per other document: the best score of an aligned mention there that
    // states the same value (built once: scanning `aligned` per pair is cubic in documents).
    let agreeing: Vec<HashMap<usize, f32>> = aligned
        .iter()
        .enumerate()
        .map(|(a, partners)| {
            let mut by_doc: HashMap<usize, f32> = HashMap::new();
            for &(k, s) in partners {
                let x = &ms[k as usize];
                if !conflict(&x.value, &ms[a].value) {
                    let e = by_doc.entry(x.doc).or_insert(s);
                    *e = e.max(s);
                }
            }
            by_doc
        })
        .collect();
    // Read only when a name pair needs it.
    let within = std::cell::OnceCell::new();
    // The mentions of `i`'s sentence: a sentence's mentions are consecutive.
    let same_sentence = |i: usize| {
        let s = ms[i].sentence;
        let first = (0..i)
            .rev()
            .take_while(|&k| ms[k].sentence == s)
            .last()
            .unwrap_or(i);
        let last = (i..ms.len())
            .take_while(|&k| ms[k].sentence == s)
            .last()
            .unwrap_or(i);
        first..=last
    };
    // Another figure of `i`'s unit in its sentence: a breakdown ("31 percent …, 21 percent
    // … and 19 percent").
    let breakdown = |i: usize| {
        let Value::Number { unit, .. } = &ms[i].value else {
            return false;
        };
        !unit.is_empty()
            && same_sentence(i).any(|k| {
                k != i && matches!(&ms[k].value, Value::Number { unit: u, .. } if u == unit)
            })
    };
    // Whether the sentences of `i` and `j` share a value besides theirs.
    let anchored = |i: usize, j: usize| {
        same_sentence(i).any(|k| {
            k != i
                && same_sentence(j).any(|l| {
                    l != j && ms[k].kind == ms[l].kind && !conflict(&ms[k].value, &ms[l].value)
                })
        })
    };
    let mut parent: Vec<u32> = (0..ms.len() as u32).collect();
    let mut in_conflict = vec![false; ms.len()];
    for (&(i, _), &(j, score)) in &best {
        if i > j || !mutual(i, j) {
            continue;
        }
        let (m, n) = (&ms[i as usize], &ms[j as usize]);
        if !conflict(&m.value, &n.value) || !p.conflict_is_plausible(m, n) {
            continue;
        }
        // A document that also states the other value in a like context is updating or
        // comparing figures, not contradicting.
        let states = |a: usize, other: &Mention| {
            agreeing[a]
                .get(&other.doc)
                .is_some_and(|&s| s >= 0.7 * score)
        };
        let is_name = matches!(m.value, Value::Name(_));
        if !is_name && (states(i as usize, n) || states(j as usize, m)) {
            continue;
        }
        let (iu, ju) = (i as usize, j as usize);
        if breakdown(iu) && breakdown(ju) && !anchored(iu, ju) {
            continue;
        }
        // "the U.S. Embassy in Kenya" / "in Nairobi": a place and the country the
        // cluster puts it in ("Nairobi, Kenya") do not disagree.
        if let (Value::Name(x), Value::Name(y)) = (&m.value, &n.value) {
            let within = within.get_or_init(|| places_within(cluster, ms));
            if within.contains(&(x.join(" "), y.join(" "))) {
                continue;
            }
        }
        in_conflict[i as usize] = true;
        in_conflict[j as usize] = true;
        let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
        parent[ri as usize] = rj;
    }
    let mut slots: HashMap<u32, Vec<u32>> = HashMap::new();
    for i in 0..ms.len() as u32 {
        if in_conflict[i as usize] {
            let r = root(&mut parent, i);
            slots.entry(r).or_default().push(i);
        }
    }
    let mut out: Vec<(usize, Disagreement)> = Vec::new();
    let mut used: HashSet<u32> = HashSet::new();
    let mut slots: Vec<Vec<u32>> = slots.into_values().collect();
    slots.sort();
    for members in slots {
        let mut all = members.clone();
        // Documents that agree with a member in a mutual-best alignment join its variant.
        for &i in &members {
            for &(j, _) in &aligned[i as usize] {
                if mutual(i, j) && !conflict(&ms[i as usize].value, &ms[j as usize].value) {
                    all.push(j);
                }
            }
        }
        all.sort_unstable();
        all.dedup();
        all.retain(|i| used.insert(*i));
        let mut variants: Vec<(Vec<u32>, String)> = Vec::new();
        for &i in &all {
            let m = &ms[i as usize];
            match variants
                .iter_mut()
                .find(|(v, _)| !conflict(&ms[v[0] as usize].value, &m.value))
            {
                Some((v, _)) => v.push(i),
                None => variants.push((vec![i], p.slice(m).to_string())),
            }
        }
        if variants.len() < 2 {
            continue;
        }
        // A document that states two of the values ("$497 billion in litigation and
        // damages … $100 billion of that total") compares figures or holds two slots: no
        // report disagrees with itself.
        let docs: Vec<Vec<usize>> = variants
            .iter()
            .map(|(v, _)| v.iter().map(|&i| ms[i as usize].doc).collect())
            .collect();
        if one_document_in_two(&docs) {
            continue;
        }
        let first = &ms[members[0] as usize];
        let docs: HashSet<usize> = all.iter().map(|&i| ms[i as usize].doc).collect();
        out.push((
            docs.len(),
            Disagreement {
                kind: first.kind.label().to_string(),
                about: p.about(first),
                variants: variants
                    .into_iter()
                    .map(|(v, value)| Variant {
                        value,
                        docs: v
                            .iter()
                            .map(|&i| {
                                let m = &ms[i as usize];
                                SupportRef {
                                    doc: cluster.documents[m.doc].id.clone(),
                                    start: m.span.start,
                                    end: m.span.end,
                                }
                            })
                            .collect(),
                    })
                    .collect(),
            },
        ));
    }
    out.sort_by_key(|d| std::cmp::Reverse(d.0));
    out.into_iter().map(|(_, d)| d).collect()
}

/// Whether some document holds two of the variants (each variant given by its mentions'
/// documents).
fn one_document_in_two(variants: &[Vec<usize>]) -> bool {
    let mut owner: HashMap<usize, usize> = HashMap::new();
    variants
        .iter()
        .enumerate()
        .any(|(k, docs)| docs.iter().any(|&d| *owner.entry(d).or_insert(k) != k))
}

/// Whether two mentions of different documents, their contexts `score` alike, fill one
/// slot; if not, why not (the reasons `explain` prints).
pub(crate) fn align(
    p: &Prepared,
    m: &Mention,
    n: &Mention,
    score: f32,
    t: &Thresholds,
) -> Result<(), &'static str> {
    let Some(threshold) = threshold(m, n, t) else {
        return Err("kinds, units or sizes that cannot fill one slot");
    };
    match (m.person, n.person) {
        (Some(_), Some(_)) if same_person(m, n) => return Ok(()),
        (Some(_), Some(_)) => return Err("ages of two people"),
        _ => {}
    }
    if (m.relative || n.relative) && p.anchor(m.doc) != p.anchor(n.doc) {
        return Err("a relative date in documents of different days");
    }
    if score < threshold {
        return Err("contexts too unlike");
    }
    // Numbers about two different slot classes ("killed 60" / "173 … injured") are
    // two slots however alike the rest of their sentences.
    if m.head != n.head && p.is_class(m.head) && p.is_class(n.head) {
        return Err("two different slot classes");
    }
    let same_slot_word = m.head.is_some() && m.head == n.head && p.is_class(m.head);
    let overlap = p.sentence_overlap(m.sentence, n.sentence);
    if !same_slot_word && overlap < t.sentence {
        return Err("sentences too unlike");
    }
    if overlap < t.copy && p.days_apart(m.doc, n.doc).is_some_and(|d| d > t.days_apart) {
        return Err("reworded, in documents of different days");
    }
    // A bare number ("rose to 60") has no unit to check: only a copy pins its slot.
    if overlap < t.copy && bare_against_unit(&m.value, &n.value) {
        return Err("reworded, a bare number against a unit");
    }
    Ok(())
}

/// Whether two mentions give one named person's age.
pub(crate) fn same_person(m: &Mention, n: &Mention) -> bool {
    let (a, b) = (&m.person_name, &n.person_name);
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    m.person.is_some() && m.person == n.person && long.ends_with(short)
}

fn root(parent: &mut [u32], mut i: u32) -> u32 {
    while parent[i as usize] != i {
        parent[i as usize] = parent[parent[i as usize] as usize];
        i = parent[i as usize];
    }
    i
}

/// The alignment threshold for a pair, or `None` when the two cannot fill one slot.
fn threshold(m: &Mention, n: &Mention, t: &Thresholds) -> Option<f32> {
    if m.range_end != n.range_end {
        return None;
    }
    match (&m.value, &n.value) {
        (
            Value::Number {
                unit: a, value: x, ..
            },
            Value::Number {
                unit: b, value: y, ..
            },
        ) => {
            // Figures more than five times apart count different things ("200,000 people"
            // and a magnitude of "7.0"); outlets that disagree on one figure are nearer.
            if x.abs().max(y.abs()) > 5.0 * x.abs().min(y.abs()) {
                None
            } else if a == b && !a.is_empty() {
                Some(t.number)
            } else if is_measure(a) && is_measure(b) {
                None
            } else if !a.is_empty() && !b.is_empty() {
                // Two counted nouns count two things ("four classmates" / "one teacher",
                // "3 million households" / "1.4 million families"), copied sentence or not:
                // measured, held-out false alarms 0.51 -> 0.45 per cluster, recall unchanged.
                None
            } else {
                // A bare number against a noun: only a copied statement pins the slot.
                Some(t.bare_number)
            }
        }
        (Value::Day { .. }, Value::Day { .. }) | (Value::Weekday(_), Value::Weekday(_)) => {
            Some(t.date)
        }
        (Value::Name(_), Value::Name(_)) => Some(t.name),
        _ => None,
    }
}

/// Numbers whose units do not pin one slot: a bare number against a unit, or two
/// different counted nouns.
fn bare_against_unit(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number { unit: x, .. }, Value::Number { unit: y, .. }) => {
            x != y && !(x.is_empty() && y.is_empty())
        }
        _ => false,
    }
}

/// Whether two values of one slot contradict each other (not: are worded differently).
pub(crate) fn conflict(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (
            Value::Number {
                value: x,
                hedge: hx,
                ..
            },
            Value::Number {
                value: y,
                hedge: hy,
                ..
            },
        ) => numbers_conflict(*x, *hx, *y, *hy),
        (
            Value::Day {
                year: ya,
                month: ma,
                day: da,
            },
            Value::Day {
                year: yb,
                month: mb,
                day: db,
            },
        ) => (ma, da) != (mb, db) || matches!((ya, yb), (Some(p), Some(q)) if p != q),
        (Value::Weekday(x), Value::Weekday(y)) => x != y,
        (Value::Name(x), Value::Name(y)) => !same_name(x, y),
        _ => false,
    }
}

fn numbers_conflict(x: f64, hx: Hedge, y: f64, hy: Hedge) -> bool {
    let close = |tolerance: f64| (x - y).abs() <= tolerance * x.abs().max(y.abs());
    if close(1e-9) {
        return false;
    }
    // "43 percent" / "43.6 percent": a whole number is the other figure rounded.
    let rounded = |a: f64, b: f64| a.fract() == 0.0 && b.fract() != 0.0 && (a - b).abs() < 1.0;
    if rounded(x, y) || rounded(y, x) || rounds_to(x, y) || rounds_to(y, x) {
        return false;
    }
    // Is `v` (hedged as `h`) consistent with a true value `other`?
    let admits = |v: f64, h: Hedge, other: f64| match h {
        Hedge::Exact => (v - other).abs() <= 1e-9 * v.abs().max(other.abs()),
        Hedge::About => (v - other).abs() <= 0.15 * v.abs().max(other.abs()),
        Hedge::AtMost => other <= v,
        Hedge::AtLeast => other >= v,
        Hedge::Nearly => other <= v && other >= 0.85 * v,
    };
    match (hx, hy) {
        (Hedge::Exact, Hedge::Exact) => true,
        // Two estimates of one kind are two outlets' figures: different figures differ.
        (a, b) if a == b => !close(0.05),
        (Hedge::Exact, _) => !admits(y, hy, x),
        (_, Hedge::Exact) => !admits(x, hx, y),
        _ => !(admits(x, hx, y) || admits(y, hy, x)),
    }
}

/// Whether `round` is a round figure of two or more significant digits ("1,400", "250",
/// "2.7 million") that `other` rounds to ("1,426 degrees" is "1,400 degrees"). One
/// significant digit ("200", "3 million") is too coarse to say a figure agrees.
fn rounds_to(round: f64, other: f64) -> bool {
    if round.fract() != 0.0 || round == 0.0 || round.abs() >= 1e15 {
        return false;
    }
    let whole = round.abs() as u64;
    let zeros = (0..).take_while(|&k| whole % 10u64.pow(k + 1) == 0).count() as u32;
    let digits = whole.to_string().len() as u32;
    if zeros == 0 || digits < zeros + 2 {
        return false;
    }
    let step = 10f64.powi(zeros as i32);
    (other / step).round() * step == round
}

/// Names that are one person or place written differently: word by word equal or
/// transliterated ("Sergei Lavrov" / "Sergey Lavrov"), or, written at different lengths,
/// the same last word ("Kerry" / "Secretary John Kerry").
/// Names the cluster writes as a place and the region it lies in ("in Nairobi, Kenya,
/// on Aug. 7"), both ways round: two names right after one another, a comma between, the
/// second not going on into a list ("Tanzania, and Nairobi").
fn places_within(cluster: &Cluster, ms: &[Mention]) -> HashSet<(String, String)> {
    let mut out = HashSet::new();
    for pair in ms.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let (Value::Name(x), Value::Name(y)) = (&a.value, &b.value) else {
            continue;
        };
        if a.sentence != b.sentence || b.span.start < a.span.end {
            continue;
        }
        let text = &cluster.documents[a.doc].text;
        let after = text[b.span.end..].trim_start_matches(',').trim_start();
        let list = after.starts_with("and ") || after.starts_with("or ");
        if text.get(a.span.end..b.span.start) == Some(", ") && !list {
            out.insert((x.join(" "), y.join(" ")));
            out.insert((y.join(" "), x.join(" ")));
        }
    }
    out
}

fn same_name(x: &[String], y: &[String]) -> bool {
    let alike = |a: &String, b: &String| a == b || spelling_variant(a, b);
    if x.len() == y.len() {
        return x.iter().zip(y).all(|(a, b)| alike(a, b));
    }
    // One name written out further: "New York" / "New York City", "Exhibitor Relations
    // Co" / "Exhibitor Relations Co Inc".
    let (short, long) = if x.len() < y.len() { (x, y) } else { (y, x) };
    if short.iter().zip(long).all(|(a, b)| alike(a, b)) {
        return true;
    }
    match (x.last(), y.last()) {
        (Some(a), Some(b)) => alike(a, b),
        _ => true,
    }
}

fn spelling_variant(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let longest = a.len().max(b.len());
    longest >= 4 && edit_distance(&a, &b) * 3 <= longest && a.first() == b.first()
}

fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(value: f64, hedge: Hedge) -> Value {
        Value::Number {
            value,
            hedge,
            unit: "hour".into(),
        }
    }

    #[test]
    fn hedges_bound_values() {
        assert!(conflict(&n(10.0, Hedge::AtMost), &n(12.0, Hedge::Exact)));
        assert!(!conflict(&n(60.0, Hedge::AtLeast), &n(75.0, Hedge::Exact)));
        assert!(!conflict(&n(100.0, Hedge::About), &n(110.0, Hedge::Exact)));
        assert!(conflict(&n(60.0, Hedge::AtLeast), &n(90.0, Hedge::AtLeast)));
        assert!(!conflict(&n(12.0, Hedge::Exact), &n(12.0, Hedge::Exact)));
        // "nearly 55,500" is just under 55,500, not any figure below it.
        assert!(conflict(
            &n(55_500.0, Hedge::Nearly),
            &n(37_000.0, Hedge::Exact)
        ));
        assert!(!conflict(&n(10.0, Hedge::Nearly), &n(9.5, Hedge::Exact)));
    }

    fn cluster(a: &str, b: &str) -> (Cluster, Vec<tidings_core::Sentence>) {
        crate::test_cluster(&[a, b], None)
    }

    #[test]
    fn codes_clock_times_and_far_apart_figures_are_not_slots() {
        for (a, b) in [
            (
                "For details call the office at 816-822-8448 before noon.",
                "For details call the office at 816-822-1444 before noon.",
            ),
            (
                "The quake struck at 08:32:22 local time near the coast.",
                "The quake struck at 08:32:41 local time near the coast.",
            ),
            (
                "The results come at 6 p.m. in the capital, officials said.",
                "The results come at 9 p.m. in the capital, officials said.",
            ),
            (
                "Visitors need a 60‐90 day visa, and batteries last 30–40 days.",
                "Visitors need a 60‐90 day visa, and batteries last 30–40 days.",
            ),
            (
                "As many as 200,000 people were killed by the earthquake.",
                "As many as 7.0 were killed by the earthquake.",
            ),
        ] {
            let (c, s) = cluster(a, b);
            assert!(crate::disagreements(&c, &s).is_empty(), "{a} / {b}");
        }
        let (c, s) = cluster(
            "The storm killed 20 people in the north, police said.",
            "The storm killed 30 people in the north, police said.",
        );
        assert_eq!(crate::disagreements(&c, &s).len(), 1);
    }

    #[test]
    fn rounding_story_list_numbers_and_nationalities_are_no_disagreement() {
        // A whole number is the other figure rounded.
        assert!(!conflict(&n(43.0, Hedge::Exact), &n(43.6, Hedge::Exact)));
        assert!(conflict(&n(43.0, Hedge::Exact), &n(44.6, Hedge::Exact)));
        assert!(conflict(&n(43.0, Hedge::Exact), &n(44.0, Hedge::Exact)));
        // A round figure of two significant digits is the other figure rounded; one
        // significant digit is too coarse, and a quarter more is another figure.
        assert!(!conflict(
            &n(1400.0, Hedge::Exact),
            &n(1426.0, Hedge::Exact)
        ));
        assert!(!conflict(
            &n(2.7e6, Hedge::Exact),
            &n(2_684_000.0, Hedge::Exact)
        ));
        assert!(conflict(&n(200.0, Hedge::Exact), &n(217.0, Hedge::Exact)));
        assert!(conflict(&n(1400.0, Hedge::Exact), &n(1750.0, Hedge::Exact)));
        assert!(conflict(&n(250.0, Hedge::Exact), &n(260.0, Hedge::Exact)));
        for (a, b) in [
            // A syndicate's story list numbers its items.
            (
                "Voters in the state backed the plan to raise the driving age to 17. (Daily Herald). 8.",
                "Voters in the state backed the plan to raise the driving age to 17. (Daily Herald). 30.",
            ),
            // A nationality is not the name a slot holds.
            (
                "The plant destroyed in August by American cruise missiles made medicine, officials said.",
                "The plant destroyed in August by U.S. cruise missiles made medicine, officials said.",
            ),
        ] {
            let (c, s) = cluster(a, b);
            assert!(crate::disagreements(&c, &s).is_empty(), "{a} / {b}");
        }
        assert!(!crate::mention::not_a_name("Vatican"));
        assert!(crate::mention::not_a_name("Mexican"));
    }

    #[test]
    fn range_ends_ratio_terms_and_days_of_saying_are_no_slots() {
        for (a, b) in [
            // Either end of a range: 4 percent lies between 3 and 6.
            (
                "Between 3 and 6 percent of school-age children have the disorder, the report said.",
                "About 4 percent of school-age children have the disorder, the report said.",
            ),
            (
                "Polls showed support ranging from 71 percent to 80 percent among older voters.",
                "Polls showed support of 75 percent among older voters.",
            ),
            // A ratio's terms are not counts.
            (
                "The disorder affects about 5 of every 10,000 children, researchers said.",
                "The disorder affects 1 out of 2,000 children, researchers said.",
            ),
            // The day something was said.
            (
                "The recall covers 2 million child seats, company officials said today.",
                "The recall covers 2 million child seats, company officials said Wednesday.",
            ),
        ] {
            let (c, s) = crate::test_cluster(&[a, b], Some("1999-06-03"));
            let found = crate::disagreements(&c, &s);
            assert!(found.is_empty(), "{a} / {b}: {found:?}");
        }
        // Counts joined by "and" are still counts, ranges disagree with ranges, and a day
        // that is not a day of saying still disagrees.
        for (a, b) in [
            (
                "Between 4 percent and 12 percent of school-age children have the disorder.",
                "Anywhere from 5 percent to 12 percent of school-age children have the disorder.",
            ),
            (
                "The blast killed 60 people and 173 others were hurt in the market, police said.",
                "The blast killed 60 people and 120 others were hurt in the market, police said.",
            ),
            (
                "The recall, which began on Monday, covers 2 million child seats, officials said.",
                "The recall, which began on Tuesday, covers 2 million child seats, officials said.",
            ),
        ] {
            let (c, s) = crate::test_cluster(&[a, b], Some("1999-06-03"));
            assert_eq!(crate::disagreements(&c, &s).len(), 1, "{a} / {b}");
        }
    }

    #[test]
    fn two_counted_nouns_are_two_slots() {
        // A copied statement with different counted nouns counts different things.
        let (c, s) = cluster(
            "Two boys opened fire at their middle school in March, killing four classmates, police said.",
            "Two boys opened fire at their middle school in March, killing one teacher, police said.",
        );
        assert!(
            crate::disagreements(&c, &s).is_empty(),
            "{:?}",
            crate::disagreements(&c, &s)
        );
        // The same noun still disagrees.
        let (c, s) = cluster(
            "Two boys opened fire at their middle school, killing four classmates and a teacher.",
            "Two boys opened fire at their middle school, killing five classmates and a teacher.",
        );
        assert_eq!(crate::disagreements(&c, &s).len(), 1);
    }

    #[test]
    fn more_without_than_is_a_count() {
        // "43 more in Taiwan" is a count the other report puts at 54; "20 more than" would
        // be a difference.
        let (c, s) = cluster(
            "Last week, Super Typhoon Zeb killed at least 74 people in the Philippines and 43 more in Taiwan and Japan.",
            "Two weeks ago, Super Typhoon Zeb killed at least 74 people in the Philippines and 54 more in Taiwan and Japan.",
        );
        let found = crate::disagreements(&c, &s);
        assert!(
            found
                .iter()
                .any(|d| d.variants.iter().any(|v| v.value.contains("43"))),
            "{found:?}"
        );
    }

    #[test]
    fn months_ago_is_a_count_of_months() {
        let (c, s) = cluster(
            "Marker, who was appointed 20 months ago to mediate a settlement, arrived on Monday.",
            "Marker, who was appointed 30 months ago to mediate a settlement, arrived on Monday.",
        );
        let found = crate::disagreements(&c, &s);
        assert!(
            found
                .iter()
                .any(|d| d.variants.len() == 2
                    && d.variants.iter().any(|v| v.value == "20 months ago")),
            "{found:?}"
        );
    }

    #[test]
    fn an_age_after_a_name_is_that_persons() {
        // Two ages in one copied sentence: the changed one is reported against its own
        // person's, not against the other age.
        let (c, s) = cluster(
            "Her sons Omar, 17, and Ali, 14, were there.",
            "Her sons Omar, 17, and Ali, 28, were there.",
        );
        let found = crate::disagreements(&c, &s);
        let values: Vec<Vec<&str>> = found
            .iter()
            .map(|d| d.variants.iter().map(|v| v.value.as_str()).collect())
            .collect();
        assert_eq!(values, vec![vec!["14", "28"]], "{found:?}");
        // Unchanged, the two ages are two people's, not a disagreement.
        let (c, s) = cluster(
            "Her sons Omar, 17, and Ali, 14, were there.",
            "Her sons Omar, 17, and Ali, 14, were there.",
        );
        assert!(crate::disagreements(&c, &s).is_empty());
    }

    #[test]
    fn the_dead_are_not_the_injured_of_the_next_clause() {
        // "injuring" after "and" is the next clause's: 60 is about the dead.
        let (c, s) = cluster(
            "The fire in the dance hall killed 60 people and injured 162 others on Friday.",
            "Police said 173 people were injured in the fire in the dance hall on Friday.",
        );
        let found = crate::disagreements(&c, &s);
        let values: Vec<Vec<&str>> = found
            .iter()
            .map(|d| d.variants.iter().map(|v| v.value.as_str()).collect())
            .collect();
        assert!(
            values.iter().all(|v| !v.iter().any(|x| x.contains("60"))),
            "{values:?}"
        );
    }

    #[test]
    fn a_document_in_two_variants_makes_no_disagreement() {
        // Document 1 states "$100 billion" and "$497 billion" (a part and the total).
        assert!(one_document_in_two(&[vec![0, 1], vec![1]]));
        assert!(!one_document_in_two(&[vec![0, 2], vec![1], vec![3, 4]]));
        // One document repeating one value stays one variant.
        assert!(!one_document_in_two(&[vec![0, 0], vec![1]]));
    }

    #[test]
    fn names_written_differently_are_one_name() {
        let w = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        assert!(same_name(&w("sergei lavrov"), &w("sergey lavrov")));
        assert!(same_name(&w("kerry"), &w("john kerry")));
        assert!(same_name(&w("new york"), &w("new york city")));
        assert!(!same_name(&w("lavrov"), &w("ivanov")));
        assert!(!same_name(&w("kerry"), &w("lavrov")));
    }

    #[test]
    fn partial_counts_conversions_places_and_breakdowns_are_no_disagreement() {
        let none = |texts: &[&str]| {
            let (c, s) = crate::test_cluster(texts, None);
            let found = crate::disagreements(&c, &s);
            assert!(found.is_empty(), "{texts:?}: {found:?}");
        };
        let one = |texts: &[&str]| {
            let (c, s) = crate::test_cluster(texts, None);
            assert_eq!(crate::disagreements(&c, &s).len(), 1, "{texts:?}");
        };
        // A count under way: its figures are the count so far.
        none(&[
            "In preliminary returns, Cardoso appeared to have defeated Lula of the leftist party, with 56 percent of the vote.",
            "With 22 percent of the vote counted, Cardoso appeared to have defeated Lula of the leftist party, with 51 percent of the vote.",
        ]);
        one(&[
            "Cardoso appeared to have defeated Lula of the leftist party, with 56 percent of the vote.",
            "Cardoso appeared to have defeated Lula of the leftist party, with 51 percent of the vote.",
        ]);
        // "three years to life" is the lower end of a sentence, open above.
        none(&[
            "The charge of subversion carries sentences of three years to life in prison, lawyers said.",
            "The charge of subversion carries sentences of 12 years in prison, lawyers said.",
        ]);
        // A conversion in parentheses is as hedged as the figure it converts.
        none(&[
            "The typhoon was moving northwest at 9 kph (5.4 mph) toward the south China coast.",
            "The typhoon was moving northwest at about 10 kph (6.2 mph) toward the south China coast.",
        ]);
        // A place and the country the cluster puts it in.
        none(&[
            "A bombing of the U.S. Embassy in Kenya killed at least 224 people on Aug. 7.",
            "A bombing of the U.S. Embassy in Nairobi killed at least 224 people on Aug. 7.",
            "The blast outside the embassy in Nairobi, Kenya, was heard across the city.",
        ]);
        one(&[
            "A bombing of the U.S. Embassy in Kenya killed at least 224 people on Aug. 7.",
            "A bombing of the U.S. Embassy in Uganda killed at least 224 people on Aug. 7.",
            "The blast outside the embassy in Nairobi, Kenya, was heard across the city.",
        ]);
        // Two breakdowns of a poll with no figure in common answer different questions.
        none(&[
            "Asked about the death penalty, 69 percent said they feared an innocent person might be executed, and 24 percent worried about a guilty person avoiding it.",
            "The survey on the death penalty found that 31 percent strongly supported it, 21 percent strongly opposed it and 19 percent were not sure.",
        ]);
        one(&[
            "Asked about the death penalty, 69 percent strongly supported it and 24 percent strongly opposed it.",
            "Asked about the death penalty, 69 percent strongly supported it and 21 percent strongly opposed it.",
        ]);
    }

    #[test]
    fn a_comma_ends_a_name() {
        // Each state of a list is its own name: one changed state is a disagreement.
        let (c, s) = cluster(
            "Lynx will be restored to the existing habitat in Maine, New Hampshire, Oregon, Arizona, Kansas and Oklahoma, officials said.",
            "Lynx will be restored to the existing habitat in Maine, New Hampshire, Oregon, Pascua, Kansas and Oklahoma, officials said.",
        );
        let found = crate::disagreements(&c, &s);
        assert!(
            found
                .iter()
                .any(|d| d.variants.iter().any(|v| v.value == "Arizona")),
            "{found:?}"
        );
    }

    #[test]
    fn one_persons_age_is_one_slot_however_the_reports_word_it() {
        let reported = |a: &str, b: &str| {
            let (c, s) = cluster(a, b);
            !crate::disagreements(&c, &s).is_empty()
        };
        // Unlike sentences, one person: the ages disagree.
        assert!(reported(
            "Barnett Slepian, a 52-year-old gynecologist and obstetrician, was shot in his kitchen.",
            "The gunman fled after Slepian, 71, fell near the window, the police chief told reporters.",
        ));
        assert!(reported(
            "The inquiry into the death of 18-year-old Stephen Lawrence, stabbed by youths, ended.",
            "Police failed Lawrence, 9, whose family waited years for the report, critics said.",
        ));
        // Two people who share a surname.
        assert!(!reported(
            "Gilberto Manuel da Silva, 40, who owns an ice cream parlor, voted early today.",
            "Luiz Inacio Lula da Silva, 52, a union leader, voted early today in the city.",
        ));
    }

    #[test]
    fn a_part_of_a_compound_time_is_no_figure_by_itself() {
        for (a, b) in [
            (
                "The jet flew from Paris to New York in about 3 hours, 50 minutes on its record run.",
                "The jet flew from Paris to New York in about two hours on its record run.",
            ),
            (
                "He was sentenced to 2 years and 6 months in prison for the fraud on Monday.",
                "He was sentenced to 4 years in prison for the fraud on Monday.",
            ),
        ] {
            let (c, s) = cluster(a, b);
            assert!(crate::disagreements(&c, &s).is_empty(), "{a} / {b}");
        }
        // A time figure alone still disagrees.
        let (c, s) = cluster(
            "The jet flew from Paris to New York in about 3 hours on its record run.",
            "The jet flew from Paris to New York in about 5 hours on its record run.",
        );
        assert!(!crate::disagreements(&c, &s).is_empty());
    }

    #[test]
    fn a_wire_dateline_of_the_day_before_does_not_part_reports_published_together() {
        let (c, s) = crate::test_cluster(
            &[
                "NAKURU, Kenya, February 8 (Xinhua) -- The envoy urged the government to halt \
                 tribal conflicts in which some 120 people have been killed since January 11.",
                "The envoy asked the president to visit the province in a bid to end tribal \
                 clashes there killing some 72 people since January 11.",
            ],
            Some("1998-02-09"),
        );
        let found = crate::disagreements(&c, &s);
        assert_eq!(found.len(), 1, "{found:?}");
    }
}
