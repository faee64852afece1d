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

/// A document's date: its date field, checked against a newswire id's date stamp
/// (`APW19980603.1001`, the LDC convention of DUC, TAC and Gigaword). The stamp wins when
/// the field cannot be read or reads as the stamp with day and month swapped: some DUC
/// date fields give "1998-03-06" for June 3 (and "1998-28-06" for June 28).
pub fn document_date_key(date: Option<&str>, id: &str) -> Option<DateKey> {
    let given = date.and_then(parse_date);
    let Some((y, m, d)) = id_stamp(id) else {
        return given;
    };
    match given {
        None if date.is_some() => Some((y, m, d, 0)),
        Some((gy, gm, gd, minute)) if (gy, gd, gm) == (y, m, d) => Some((y, m, d, minute)),
        _ => given,
    }
}

/// The date an id's eight-digit stamp names: three capital letters, then `YYYYMMDD`, then
/// a dot or the end (`NYT19991003.0453`).
fn id_stamp(id: &str) -> Option<(i32, u32, u32)> {
    let b = id.as_bytes();
    if b.len() < 11 || !b[..3].iter().all(u8::is_ascii_uppercase) {
        return None;
    }
    let digits = &id[3..11];
    if !digits.bytes().all(|c| c.is_ascii_digit()) || b.get(11).is_some_and(|&c| c != b'.') {
        return None;
    }
    let (y, m, d) = (
        digits[..4].parse().ok()?,
        digits[4..6].parse().ok()?,
        digits[6..].parse().ok()?,
    );
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_newswire_stamp_corrects_a_swapped_date_field() {
        use super::document_date_key as key;
        // Day and month swapped, or a month that cannot be: the id's stamp.
        assert_eq!(
            key(Some("1998-03-06 11:28:00"), "APW19980603.1001"),
            Some((1998, 6, 3, 688))
        );
        assert_eq!(
            key(Some("1998-28-06 18:51:00"), "APW19980628.0833"),
            Some((1998, 6, 28, 0))
        );
        // A field a day off (another time zone) or an id without a stamp: the field.
        assert_eq!(
            key(Some("1996-11-29 17:19"), "XIE19961130.0030"),
            Some((1996, 11, 29, 1039))
        );
        assert_eq!(key(Some("1998-03-06"), "report-1"), Some((1998, 3, 6, 0)));
        assert_eq!(key(None, "APW19980603.1001"), None);
        assert_eq!(key(Some("1998-03-06"), "APW1998060"), Some((1998, 3, 6, 0)));
    }

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
