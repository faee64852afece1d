//! `month_number` without allocating reads every word as the lower-casing definition does.
use proptest::prelude::*;

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The definition: lower-case, drop trailing dots, a full name or a 3-letter prefix, "sept".
fn reference(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    if w == "sept" {
        return Some(9);
    }
    MONTHS
        .iter()
        .position(|m| *m == w || (w.len() == 3 && m.starts_with(w.as_str())))
        .map(|i| i as u32 + 1)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5000))]
    #[test]
    fn month_number_is_the_lowercase_definition(
        word in "(jan|JAN|Feb|sept|SePt|may|MAY|June|july|aug|Dec|december|DECEMBER|[a-zA-Z]{1,3}|\\.|K|\u{212a}|İ|é){0,4}"
    ) {
        prop_assert_eq!(tidings_core::month_number(&word), reference(&word));
    }
}

#[test]
fn every_month_name_and_abbreviation() {
    for (i, m) in MONTHS.iter().enumerate() {
        for w in [
            m.to_string(),
            m.to_uppercase(),
            format!("{}.", &m[..3]),
            m[..3].to_uppercase(),
        ] {
            assert_eq!(tidings_core::month_number(&w), Some(i as u32 + 1), "{w}");
            assert_eq!(tidings_core::month_number(&w), reference(&w), "{w}");
        }
    }
}
