//! Just enough date parsing to put news reports in order.

/// A sortable point in time: `(year, month, day, minute of day)`.
pub type DateKey = (i32, u32, u32, u32);

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

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The weekday (1 = Monday … 7 = Sunday) a word names, any case. Full names only: "Sat"
/// or "Sun" are too often something else in prose.
pub fn weekday_number(word: &str) -> Option<u32> {
    WEEKDAYS
        .iter()
        .position(|d| d.eq_ignore_ascii_case(word))
        .map(|i| i as u32 + 1)
}

/// The month (1–12) a word names: full names and their 3-letter abbreviations (and
/// "sept"), any case, with or without a trailing dot. One list for every stage.
pub fn month_number(word: &str) -> Option<u32> {
    // Asked of most capitalized words, so no lower-cased copy: a month is ASCII (and no
    // other character lower-cases to one of its letters).
    let w = word.trim_end_matches('.');
    if !(3..=9).contains(&w.len()) || !w.is_ascii() {
        return None;
    }
    if w.eq_ignore_ascii_case("sept") {
        return Some(9);
    }
    MONTHS
        .iter()
        .position(|m| m.eq_ignore_ascii_case(w) || (w.len() == 3 && m[..3].eq_ignore_ascii_case(w)))
        .map(|i| i as u32 + 1)
}

/// Parses the common news date forms: ISO `2016-08-26[T12:00]`, US `10/17/1998 05:50:00`,
/// `August 26, 2016[, 1:52 pm]`, `Aug. 26, 2016`, `26 August 2016`. Unknown forms give `None`.
pub fn parse_date(s: &str) -> Option<DateKey> {
    let lower = s.to_lowercase();
    // Runs of digits or of letters: "26T12:30" -> "26", "t", "12", "30".
    let mut tokens: Vec<&str> = Vec::new();
    let (mut run_start, mut run_class) = (0, 0);
    for (i, c) in lower.char_indices() {
        let class = if c.is_ascii_digit() {
            1
        } else if c.is_alphabetic() {
            2
        } else {
            0
        };
        if class != run_class {
            if run_class != 0 {
                tokens.push(&lower[run_start..i]);
            }
            (run_start, run_class) = (i, class);
        }
    }
    if run_class != 0 {
        tokens.push(&lower[run_start..]);
    }
    tokens.retain(|t| *t != "t" && *t != "z");
    let num = |t: &str| t.parse::<u32>().ok();
    let month_of = month_number;
    let (mut y, mut m, mut d) = (None, None, None);
    let mut rest = 0;
    if let [a, b, c, ..] = tokens.as_slice() {
        if a.len() == 4 && b.len() <= 2 {
            // 2016-08-26
            (y, m, d, rest) = (num(a), num(b), num(c), 3);
        } else if let (Some(mm), true) = (month_of(a), c.len() == 4) {
            // august 26 2016
            (y, m, d, rest) = (num(c), Some(mm), num(b), 3);
        } else if let (Some(mm), true) = (month_of(b), c.len() == 4) {
            // 26 august 2016
            (y, m, d, rest) = (num(c), Some(mm), num(a), 3);
        } else if c.len() == 4 && a.len() <= 2 && b.len() <= 2 {
            // 10/17/1998 (US order)
            (y, m, d, rest) = (num(c), num(a), num(b), 3);
        }
    }
    let (y, m, d) = (y? as i32, m?, d?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let mut minute = 0;
    if let [h, mi, ..] = &tokens[rest.min(tokens.len())..] {
        if let (Some(h), Some(mi)) = (num(h), num(&mi[..mi.len().min(2)])) {
            let pm = tokens.contains(&"pm") && h < 12;
            minute = (h + if pm { 12 } else { 0 }) * 60 + mi;
        }
    }
    Some((y, m, d, minute.min(24 * 60)))
}

#[cfg(test)]
mod tests {
    use super::parse_date;

    #[test]
    fn news_forms() {
        assert_eq!(parse_date("2016-08-26"), Some((2016, 8, 26, 0)));
        assert_eq!(parse_date("10/17/1998 05:50:00"), Some((1998, 10, 17, 350)));
        assert_eq!(
            parse_date("September 9, 2016, 1:52 pm"),
            Some((2016, 9, 9, 832))
        );
        assert_eq!(parse_date("Aug. 26, 2016"), Some((2016, 8, 26, 0)));
        assert_eq!(parse_date("26 August 2016"), Some((2016, 8, 26, 0)));
        assert_eq!(parse_date("2016-08-26T12:30:00Z"), Some((2016, 8, 26, 750)));
        assert_eq!(parse_date("soon"), None);
        assert_eq!(parse_date("13/45/2016"), None);
    }

    /// The definition `month_number` reads words by without a lower-cased copy: lower-case,
    /// drop trailing dots, a full name or a 3-letter prefix, "sept".
    fn month_by_definition(word: &str) -> Option<u32> {
        let w = word.trim_end_matches('.').to_lowercase();
        if w == "sept" {
            return Some(9);
        }
        super::MONTHS
            .iter()
            .position(|m| *m == w || (w.len() == 3 && m.starts_with(w.as_str())))
            .map(|i| i as u32 + 1)
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(5000))]
        #[test]
        fn month_number_is_the_lowercase_definition(
            word in "(jan|JAN|Feb|sept|SePt|may|MAY|June|july|aug|Dec|december|DECEMBER|[a-zA-Z]{1,3}|\\.|K|\u{212a}|İ|é){0,4}"
        ) {
            proptest::prop_assert_eq!(super::month_number(&word), month_by_definition(&word));
        }
    }

    #[test]
    fn every_month_name_and_abbreviation() {
        for (i, m) in super::MONTHS.iter().enumerate() {
            for w in [
                m.to_string(),
                m.to_uppercase(),
                format!("{}.", &m[..3]),
                m[..3].to_uppercase(),
            ] {
                assert_eq!(super::month_number(&w), Some(i as u32 + 1), "{w}");
            }
        }
    }
}
