//! Numbers with their units.

use std::sync::OnceLock;

use regex::Regex;
use tidings_core::Span;

/// A number and what it counts, as written and normalized.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// Bytes of the mention in the text (number and unit).
    pub span: Span,
    /// The value, scales applied ("800 million" = 8e8).
    pub value: f64,
    /// The unit in a canonical singular form ("hour", "usd", "percent", "people"), or the
    /// counted noun's singular when it is not a known unit.
    pub unit: String,
    /// "about", "nearly", "more than", "at least"…: the value is a bound or an estimate.
    pub approximate: bool,
    /// Which way the hedge bounds the value.
    pub hedge: Hedge,
    /// Bytes of the hedge words before the span ("nearly "), 0 when none.
    pub hedge_len: usize,
}

/// What a hedge word says about the true value `x` of a written `v`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hedge {
    /// No hedge: `x = v`.
    Exact,
    /// "about", "around", "some": `x ≈ v`.
    About,
    /// "up to", "less than", "under": `x ≤ v`.
    AtMost,
    /// "nearly", "almost": just under `v` (`0.85 v ≤ x ≤ v`).
    Nearly,
    /// "more than", "over", "at least": `x ≥ v`.
    AtLeast,
}

const NUMBER_WORDS: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("hundred", 100.0),
    ("dozen", 12.0),
];

const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("bn", 1e9),
    ("m", 1e6),
];

/// Surface unit -> canonical unit.
const UNITS: &[(&str, &str)] = &[
    ("second", "second"),
    ("seconds", "second"),
    ("minute", "minute"),
    ("minutes", "minute"),
    ("hour", "hour"),
    ("hours", "hour"),
    ("hr", "hour"),
    ("hrs", "hour"),
    ("day", "day"),
    ("days", "day"),
    ("week", "week"),
    ("weeks", "week"),
    ("month", "month"),
    ("months", "month"),
    ("year", "year"),
    ("years", "year"),
    ("percent", "percent"),
    ("per cent", "percent"),
    ("%", "percent"),
    ("dollar", "usd"),
    ("dollars", "usd"),
    ("euro", "eur"),
    ("euros", "eur"),
    ("pound", "gbp"),
    ("pounds", "gbp"),
    ("people", "people"),
    ("persons", "people"),
    ("person", "people"),
    ("mile", "mile"),
    ("miles", "mile"),
    ("kilometer", "km"),
    ("kilometers", "km"),
    ("kilometre", "km"),
    ("kilometres", "km"),
    ("km", "km"),
];

const APPROXIMATE: &[(&str, Hedge)] = &[
    ("about", Hedge::About),
    ("around", Hedge::About),
    ("nearly", Hedge::Nearly),
    ("almost", Hedge::Nearly),
    ("roughly", Hedge::About),
    ("some", Hedge::About),
    ("approximately", Hedge::About),
    ("an estimated", Hedge::About),
    ("more than", Hedge::AtLeast),
    ("over", Hedge::AtLeast),
    ("at least", Hedge::AtLeast),
    ("up to", Hedge::AtMost),
    ("less than", Hedge::AtMost),
    ("fewer than", Hedge::AtMost),
    ("under", Hedge::AtMost),
];

fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let words: Vec<&str> = NUMBER_WORDS.iter().map(|(w, _)| *w).collect();
        let scales = "thousand|million|billion|trillion|bn|m";
        // Currency sign, number (digits with separators, or a number word), optional scale,
        // then a unit or counted noun joined by a space or a hyphen ("12-hour").
        Regex::new(&format!(
            r"(?P<cur>[$€£])?(?-u:\b)(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|(?i:{words}))(?-u:\b)(?:[ -](?P<scale>(?i:{scales}))(?-u:\b))?(?:(?P<pct> ?%)|[ -](?P<unit>[a-z]+(?: cent)?))?",
            words = words.join("|")
        ))
        .expect("quantity pattern")
    })
}

/// A lowercase plural noun opening `rest` after one space ("deaths" in " deaths in schools"),
/// with the bytes it takes.
fn plural_after(rest: &str) -> Option<(&str, usize)> {
    let word = rest.strip_prefix(' ')?;
    let noun = word.split(|c: char| !c.is_ascii_lowercase()).next()?;
    (noun.len() >= 4 && noun.ends_with('s') && !noun.ends_with("ss"))
        .then_some((noun, noun.len() + 1))
}

/// Canonical singular of a counted noun that is not a known unit ("people" stays).
fn singular(noun: &str) -> String {
    let n = noun.to_lowercase();
    if let Some(stem) = n.strip_suffix("ies") {
        return format!("{stem}y");
    }
    if n.ends_with("ss") || n.ends_with("us") {
        return n;
    }
    n.strip_suffix('s').map_or(n.clone(), str::to_string)
}

/// Words that follow a number without being what it counts.
const NOT_A_NOUN: &[&str] = &[
    "and",
    "or",
    "of",
    "to",
    "in",
    "on",
    "at",
    "the",
    "a",
    "an",
    "for",
    "by",
    "from",
    "with",
    "as",
    "is",
    "was",
    "were",
    "are",
    "be",
    "said",
    "says",
    "after",
    "before",
    "than",
    "that",
    "this",
    "who",
    "which",
    "per",
    "but",
    "while",
    "when",
    "if",
    "so",
    "yet",
    "nor",
    "into",
    "remaining",
    "more",
    "other",
    "such",
    "had",
    "has",
    "have",
    "will",
    "would",
];

/// Quantities in `text`, in order. Bare numbers without a unit, a currency sign or a counted
/// noun are skipped: alone they say too little to compare.
pub fn quantities(text: &str) -> Vec<Quantity> {
    scan(text, false)
}

/// Every number in `text` that is not a year: the [`quantities`], and bare numbers too
/// ("the death toll rose to 60") with an empty `unit`, for comparing against a partner
/// statement that names the unit.
pub fn numbers(text: &str) -> Vec<Quantity> {
    scan(text, true)
}

/// The capture groups of [`pattern`] by number, as in `date`: no name hashed per match.
mod group {
    pub const CUR: usize = 1;
    pub const NUM: usize = 2;
    pub const SCALE: usize = 3;
    pub const PCT: usize = 4;
    pub const UNIT: usize = 5;
}

fn scan(text: &str, keep_bare: bool) -> Vec<Quantity> {
    let mut out = Vec::new();
    for c in pattern().captures_iter(text) {
        let whole = c.get(0).expect("match");
        let num = c.get(group::NUM).expect("number").as_str();
        let Some(mut value) = parse_number(num) else {
            continue;
        };
        let mut end = whole.end();
        let mut suffix = None;
        if let Some(scale) = c.get(group::SCALE) {
            let s = scale.as_str().to_lowercase();
            // "m" only scales after a currency sign ("$5m"), never "5 m" alone.
            if s != "m" || c.get(group::CUR).is_some() {
                value *= SCALES.iter().find(|(w, _)| *w == s).map_or(1.0, |x| x.1);
            }
        }
        // A number needs something it counts; a bare four-digit 1800–2199 is a year.
        let bare = c.get(group::CUR).is_none()
            && c.get(group::UNIT).is_none()
            && c.get(group::PCT).is_none();
        if bare && !keep_bare {
            continue;
        }
        let is_year = num.len() == 4 && (1800.0..2200.0).contains(&value);
        if is_year && c.get(group::CUR).is_none() && c.get(group::SCALE).is_none() {
            continue;
        }
        let unit = if let Some(cur) = c.get(group::CUR) {
            // The sign is the unit: a word after "$30 billion" is not part of it.
            end = c
                .get(group::SCALE)
                .unwrap_or(c.get(group::NUM).expect("number"))
                .end();
            match cur.as_str() {
                "$" => "usd",
                "€" => "eur",
                _ => "gbp",
            }
            .to_string()
        } else if c.get(group::PCT).is_some() {
            "percent".to_string()
        } else if bare {
            String::new()
        } else if let Some(h) = suffix_hedge(c.get(group::UNIT).expect("unit").as_str()) {
            // "600-odd", "600-plus": a hedge written after the number, nothing counted.
            if !keep_bare {
                continue;
            }
            suffix = Some(h);
            String::new()
        } else {
            let u = c.get(group::UNIT).expect("unit");
            let word = u.as_str().to_lowercase();
            let word = word.split_whitespace().collect::<Vec<_>>().join(" ");
            if let Some((_, canonical)) = UNITS.iter().find(|(w, _)| *w == word) {
                canonical.to_string()
            } else {
                let first = word.split(' ').next().unwrap_or("");
                // "Flight 447 carrying 228 people": a participle after a number other than one
                // counts nothing ("one building" does, "three buildings" too); before a
                // plural it describes what is counted ("40 shooting deaths").
                let participle = first.ends_with("ing") && value != 1.0;
                let counted = participle
                    .then(|| plural_after(&text[u.start() + first.len()..]))
                    .flatten();
                if let Some((noun, len)) = counted {
                    end = u.start() + first.len() + len;
                    singular(noun)
                } else if NOT_A_NOUN.contains(&first) || first.len() < 3 || participle {
                    if !keep_bare {
                        continue;
                    }
                    end = c
                        .get(group::SCALE)
                        .unwrap_or(c.get(group::NUM).expect("number"))
                        .end();
                    String::new()
                } else {
                    // Keep only the first word of a two-word match ("per cent" handled above).
                    end = u.start() + first.len();
                    singular(first)
                }
            }
        };
        // "12-hour-long": the hyphenated adjective ends at the unit.
        let start = c
            .get(group::CUR)
            .map_or(c.get(group::NUM).expect("number").start(), |m| m.start());
        let (hedge, hedge_len) = match suffix.or_else(|| hedge_after(&text[end..])) {
            Some(h) => (h, 0),
            None => hedge_before(&text[..start]),
        };
        out.push(Quantity {
            span: Span { start, end },
            value,
            unit,
            approximate: hedge != Hedge::Exact,
            hedge,
            hedge_len,
        });
    }
    out
}

/// A hedge written after a number and its unit: "$30 billion or more", "two weeks or so".
fn hedge_after(after: &str) -> Option<Hedge> {
    // "$12,000 per year or less": a rate's period comes before the hedge.
    let after = [
        "per year",
        "a year",
        "per month",
        "a month",
        "per week",
        "a week",
        "per day",
        "a day",
        "per hour",
        "an hour",
    ]
    .iter()
    .find_map(|period| after.strip_prefix(' ')?.strip_prefix(period))
    .unwrap_or(after);
    let rest = after.strip_prefix(' ')?.strip_prefix("or ")?;
    let word = rest.split(|c: char| !c.is_alphabetic()).next()?;
    match word {
        "more" => Some(Hedge::AtLeast),
        "less" | "fewer" => Some(Hedge::AtMost),
        "so" => Some(Hedge::About),
        _ => None,
    }
}

/// A hedge written after a number in place of a unit ("600-odd", "600-plus").
fn suffix_hedge(word: &str) -> Option<Hedge> {
    match word {
        "odd" | "some" => Some(Hedge::About),
        "plus" => Some(Hedge::AtLeast),
        _ => None,
    }
}

/// Whether a canonical unit is a unit of measure (hours, km, usd, percent…) rather than a
/// counted noun: two different measures never fill one slot.
pub(crate) fn is_measure(unit: &str) -> bool {
    matches!(unit, "usd" | "eur" | "gbp") || UNITS.iter().any(|&(_, c)| c == unit)
}

fn parse_number(s: &str) -> Option<f64> {
    let lower = s.to_lowercase();
    if let Some((_, v)) = NUMBER_WORDS.iter().find(|(w, _)| *w == lower) {
        return Some(*v);
    }
    lower.replace(',', "").parse().ok()
}

/// The hedge in the words just before a number, and its length in bytes with the space.
fn hedge_before(before: &str) -> (Hedge, usize) {
    let tail: String = before
        .chars()
        .rev()
        .take(16)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<String>()
        .to_lowercase();
    let trimmed = tail.trim_end();
    APPROXIMATE
        .iter()
        .find(|(w, _)| {
            trimmed.ends_with(w)
                && trimmed[..trimmed.len() - w.len()]
                    .chars()
                    .last()
                    .is_none_or(|c| !c.is_alphanumeric())
        })
        .map_or((Hedge::Exact, 0), |&(w, h)| {
            // Lowercasing keeps ASCII lengths, and hedge words are ASCII.
            (h, w.len() + tail.len() - trimmed.len())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_numbers_name_the_pattern_groups() {
        let names: Vec<Option<&str>> = pattern().capture_names().collect();
        for (name, i) in [
            ("cur", group::CUR),
            ("num", group::NUM),
            ("scale", group::SCALE),
            ("pct", group::PCT),
            ("unit", group::UNIT),
        ] {
            assert_eq!(names[i], Some(name));
        }
        assert_eq!(names.len(), 6);
    }

    fn one(text: &str) -> Quantity {
        let q = quantities(text);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        q.into_iter().next().unwrap()
    }

    #[test]
    fn wordings_of_one_value_compare_equal() {
        let pairs = [
            ("a 12-hour meeting", "after 12 hours of talks"),
            ("a 12-hour-long meeting", "twelve hours of talks"),
            ("$800 million in aid", "800 million dollars in aid"),
            (
                "killed at least 60 people",
                "the death toll rose to 60 people",
            ),
            ("up 5 percent", "up 5%"),
            ("1,200 soldiers", "1200 soldiers"),
        ];
        for (a, b) in pairs {
            let (x, y) = (one(a), one(b));
            assert_eq!((x.value, &x.unit), (y.value, &y.unit), "{a} / {b}");
        }
    }

    #[test]
    fn different_values_differ() {
        let (x, y) = (
            one("nearly 10 hours of talks"),
            one("a 12-hour-long meeting"),
        );
        assert_eq!(x.unit, y.unit);
        assert_ne!(x.value, y.value);
        assert!(x.approximate && !y.approximate);
    }

    #[test]
    fn spans_cover_the_mention() {
        let text = "Following nearly 10 hours of talks, they met for a 12-hour-long session.";
        let q = quantities(text);
        let shown: Vec<&str> = q.iter().map(|x| &text[x.span.start..x.span.end]).collect();
        assert_eq!(shown, ["10 hours", "12-hour"]);
    }

    #[test]
    fn hedges_written_after_the_number() {
        let q = numbers("all of the 600-odd satellites and 40-plus probes");
        let hedges: Vec<(f64, Hedge)> = q.iter().map(|x| (x.value, x.hedge)).collect();
        assert_eq!(hedges, [(600.0, Hedge::About), (40.0, Hedge::AtLeast)]);
        assert!(quantities("the 600-odd satellites").is_empty());
        assert_eq!(one("nearly 10 hours").hedge, Hedge::Nearly);
        assert_eq!(one("$30 billion or more").hedge, Hedge::AtLeast);
        assert_eq!(one("two weeks or so").hedge, Hedge::About);
        // A rate's period before the hedge.
        assert_eq!(
            one("those making $12,000 per year or less").hedge,
            Hedge::AtMost
        );
        assert_eq!(one("those making $12,000 per year").hedge, Hedge::Exact);
    }

    #[test]
    fn bare_numbers_and_years_are_not_quantities() {
        assert!(quantities("In 2016 the talks resumed.").is_empty());
        assert!(quantities("He said 5 and then left.").is_empty());
        assert!(quantities("the 2013 agreement").is_empty());
        assert!(quantities("a score of 0\n\nKerry said").is_empty());
        assert!(quantities("rose by 5 but fell").is_empty());
        // A participle after a number counts nothing; a noun in -ing does.
        assert!(quantities("Flight 447 carrying 228 people").len() == 1);
        assert_eq!(numbers("Flight 447 carrying")[0].unit, "");
        assert_eq!(one("one building").unit, "building");
        assert_eq!(one("three buildings").unit, "building");
        assert_eq!(one("40 shooting deaths in schools").unit, "death");
    }
}
