//! Date expressions in news text, and their resolution against the article's own date:
//! "Aug. 26" and "August 26" are one value; "Friday", "last month", "earlier this week"
//! mean something only once the document's date is known.

use std::sync::OnceLock;

use jiff::civil::{Date, Weekday};
use jiff::ToSpan;
use regex::Regex;
use tidings_core::Span;

/// What a date expression says, before resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateValue {
    /// A calendar day; the year when written.
    Day {
        /// Year, when written.
        year: Option<i16>,
        /// 1–12.
        month: i8,
        /// 1–31.
        day: i8,
    },
    /// A month ("in August", "August 2016").
    Month {
        /// Year, when written.
        year: Option<i16>,
        /// 1–12.
        month: i8,
    },
    /// A weekday ("on Friday"): the most recent such day up to the article's date (the next
    /// one from it when the sentence speaks of the future).
    Weekday(Weekday),
    /// "last Friday": the most recent such day before the article's date.
    LastWeekday(Weekday),
    /// "next Friday": the first such day after the article's date.
    NextWeekday(Weekday),
    /// Days from the article's date: "yesterday" −1, "today", "this morning" 0, "tomorrow"
    /// +1, "the day before yesterday" −2.
    DayOffset(i8),
    /// "last week" (−1), "this week"/"earlier this week" (0), "next week" (+1); "last
    /// weekend" is in last week.
    WeekOffset(i8),
    /// "last month" (−1), "this month" (0), "next month" (+1).
    MonthOffset(i8),
    /// "last year" (−1), "this year" (0), "next year" (+1).
    YearOffset(i8),
    /// "last December" (−1: the latest December before the article's month), "this June"
    /// (0: the article's year), "next January" (+1: the first one after it).
    NamedMonth {
        /// 1–12.
        month: i8,
        /// −1, 0 or +1.
        direction: i8,
    },
    /// A month or a day of it in a year counted from the article's: "October last year"
    /// (−1), "the end of February next year" (+1), "May 3 this year" (0).
    InYear {
        /// 1–12.
        month: i8,
        /// 1–31, when written.
        day: Option<i8>,
        /// Years from the article's.
        offset: i8,
    },
}

/// How precise a resolved date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    /// A day.
    Day,
    /// Some day of that week (the date is its Monday).
    Week,
    /// Some day of that month (the date is its first).
    Month,
    /// Some day of that year (the date is January 1).
    Year,
}

impl Precision {
    /// `day`, `week`, `month` or `year`.
    pub fn name(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Week => "week",
            Precision::Month => "month",
            Precision::Year => "year",
        }
    }
}

/// A date expression found in text.
#[derive(Debug, Clone, PartialEq)]
pub struct DateMention {
    /// Bytes of the expression.
    pub span: Span,
    /// What it says.
    pub value: DateValue,
}

fn month_number(word: &str) -> Option<i8> {
    tidings_core::month_number(word).map(|m| m as i8)
}

fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let month = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";
        // "the fourth of February", "the Fourth of July": a day in words, only before "of".
        let ordinal = r"(?i:(?:twenty-|thirty-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)";
        let weekday = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
        // A year may run into the next word on pages that lost a line break ("2005Through").
        let year = r"(?P<y{n}>\d{4})";
        let y = |n: u8| year.replace("{n}", &n.to_string());
        Regex::new(&format!(
            r"(?-u:\b)(?:(?P<m1>{month}) (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,? {y1}|(?-u:\b))|(?:(?P<d2>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?|(?P<d2w>{ordinal}) of )(?P<m2>{month})(?:,? {y2}|(?-u:\b))|(?:(?i:in|since|until|by|of|between|from|during|early|late|at|a|an|the|recent) |mid-|'s |’s )(?P<m3>{month})(?: (?P<d3>\d{{1,2}})(?:st|nd|rd|th)?)?(?:,? {y3}|(?-u:\b))|(?P<dir>(?i:last|next|this)) (?P<wd2>{weekday})(?-u:\b)|(?P<mdir>(?i:last|next|this)) (?P<m4>{month})(?: (?P<d4>\d{{1,2}})(?:st|nd|rd|th)?)?(?-u:\b)|(?P<wd>{weekday})(?-u:\b)|(?P<rel>(?i:the day before yesterday|the day after tomorrow|yesterday|today|tomorrow|tonight|last night|this (?:morning|afternoon|evening)))(?-u:\b)|(?P<per>(?i:last|this|next|earlier this|later this|over the|during the|at the)) (?P<unit>(?i:weekend|week|month|year))(?-u:\b)|(?P<count>\d{{1,2}}(?: 1/2)?|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)) (?P<unit2>(?i:days?|weeks?|months?|years?))(?: (?P<way>(?i:ago|from now|away))|(?:'s|s'|’s|s’) (?P<way2>(?i:time))))|(?-u:\b)(?i:in) (?P<count3>\d{{1,2}}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)) (?P<unit3>(?i:days|weeks|months|years))(?-u:\b)",
            y1 = y(1),
            y2 = y(2),
            y3 = y(3),
        ))
        .expect("date pattern")
    })
}

/// A month joined to the one ending at `at` by "and" or "or" ("August and September").
fn joined_month(text: &str, at: usize) -> Option<(Span, i8)> {
    let rest = text.get(at..)?;
    let after = rest
        .strip_prefix(" and ")
        .or_else(|| rest.strip_prefix(" or "))?;
    let word: &str = after
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .filter(|w| w.len() >= 3 && w.starts_with(char::is_uppercase))?;
    let month = month_number(word)?;
    let start = at + (rest.len() - after.len());
    Some((Span::new(start, start + word.len()), month))
}

/// Whether the clause before "in three months" speaks ahead: a modal or "next" among its
/// last six words, and no superlative or "time" right before ("the first time in").
fn looks_ahead(before: &str) -> bool {
    let clause = before.rsplit([',', ';', '.']).next().unwrap_or(before);
    let words: Vec<String> = clause
        .split_whitespace()
        .rev()
        .take(6)
        .map(str::to_lowercase)
        .collect();
    let ahead = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "may" | "might" | "will" | "would" | "could" | "can" | "should" | "next"
        ) || w.ends_with("'ll")
    });
    let span = words.iter().take(3).any(|w| {
        matches!(
            w.as_str(),
            "time" | "times" | "first" | "once" | "most" | "least" | "record"
        ) || (w.len() > 4 && w.ends_with("est"))
    });
    ahead && !span
}

/// Whether `before` ends with the word "the".
fn follows_the(before: &str) -> bool {
    let before = before.trim_end();
    let n = before.len();
    before
        .get(n.saturating_sub(3)..)
        .is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && (n == 3
            || before
                .as_bytes()
                .get(n.wrapping_sub(4))
                .is_some_and(|b| !b.is_ascii_alphanumeric()))
}

/// The capture groups of [`pattern`] by number (`c.get(group::M1)`): looking a group up by
/// name hashes the name, per group and match, which was most of reading a match. A test
/// checks the numbers against the pattern's names.
mod group {
    pub const M1: usize = 1;
    pub const D1: usize = 2;
    pub const Y1: usize = 3;
    pub const D2: usize = 4;
    pub const D2W: usize = 5;
    pub const M2: usize = 6;
    pub const Y2: usize = 7;
    pub const M3: usize = 8;
    pub const D3: usize = 9;
    pub const Y3: usize = 10;
    pub const DIR: usize = 11;
    pub const WD2: usize = 12;
    pub const MDIR: usize = 13;
    pub const M4: usize = 14;
    pub const D4: usize = 15;
    pub const WD: usize = 16;
    pub const REL: usize = 17;
    pub const PER: usize = 18;
    pub const UNIT: usize = 19;
    pub const COUNT: usize = 20;
    pub const UNIT2: usize = 21;
    pub const WAY: usize = 22;
    pub const WAY2: usize = 23;
    pub const COUNT3: usize = 24;
    pub const UNIT3: usize = 25;
}

/// Date expressions in `text`, in order.
pub fn dates(text: &str) -> Vec<DateMention> {
    let mut out = Vec::new();
    for c in pattern().captures_iter(text) {
        let m = c.get(0).expect("match");
        let mut start = m.start();
        let mut end = m.end();
        let year = |i: usize| c.get(i).and_then(|y| y.as_str().parse::<i16>().ok());
        let value = if let (Some(mo), Some(d)) = (c.get(group::M1), c.get(group::D1)) {
            day(month_number(mo.as_str()), d.as_str(), year(group::Y1))
        } else if let (Some(mo), Some(d)) = (c.get(group::M2), c.get(group::D2)) {
            day(month_number(mo.as_str()), d.as_str(), year(group::Y2))
        } else if let (Some(mo), Some(d)) = (c.get(group::M2), c.get(group::D2W)) {
            let n = ordinal(d.as_str());
            day(month_number(mo.as_str()), &n.to_string(), year(group::Y2))
        } else if let (Some(mo), Some(d)) = (c.get(group::M3), c.get(group::D3)) {
            start = mo.start();
            day(month_number(mo.as_str()), d.as_str(), year(group::Y3))
        } else if let Some(mo) = c.get(group::M3) {
            start = mo.start();
            month_number(mo.as_str()).map(|month| DateValue::Month {
                year: year(group::Y3),
                month,
            })
        } else if let (Some(dir), Some(w)) = (c.get(group::DIR), c.get(group::WD2)) {
            weekday(w.as_str()).map(|w| match dir.as_str().to_lowercase().as_str() {
                "last" => DateValue::LastWeekday(w),
                "next" => DateValue::NextWeekday(w),
                _ => DateValue::Weekday(w),
            })
        } else if let (Some(mo), Some(d)) = (c.get(group::M4), c.get(group::D4)) {
            // "next Feb. 7": a day; the timeline reads the "next" before it.
            start = mo.start();
            day(month_number(mo.as_str()), d.as_str(), None)
        } else if let (Some(dir), Some(mo)) = (c.get(group::MDIR), c.get(group::M4)) {
            let direction = match dir.as_str().to_lowercase().as_str() {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            month_number(mo.as_str()).map(|month| DateValue::NamedMonth { month, direction })
        } else if let Some(w) = c.get(group::WD) {
            // "a movie each Wednesday night", "every Friday": a weekday that recurs is no day.
            let recurring = text[..m.start()]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| w.eq_ignore_ascii_case("each") || w.eq_ignore_ascii_case("every"));
            if recurring {
                continue;
            }
            weekday(w.as_str()).map(DateValue::Weekday)
        } else if let Some(r) = c.get(group::REL) {
            Some(DateValue::DayOffset(
                match r.as_str().to_lowercase().as_str() {
                    "the day before yesterday" => -2,
                    "yesterday" | "last night" => -1,
                    "tomorrow" => 1,
                    "the day after tomorrow" => 2,
                    _ => 0,
                },
            ))
        } else if let (Some(p), Some(u)) = (c.get(group::PER), c.get(group::UNIT)) {
            let offset = match p.as_str().to_lowercase().as_str() {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            let unit = u.as_str().to_lowercase();
            // "the last weekend before school starts" is not the weekend before the report.
            if unit == "weekend" && follows_the(&text[..m.start()]) {
                continue;
            }
            // "over the weekend", "at the weekend" are dates (which weekend: the timeline
            // reads the tense);
            // "during the month" is not.
            let over_the = p.as_str().to_lowercase().ends_with(" the");
            if over_the && unit != "weekend" {
                continue;
            }
            Some(match unit.as_str() {
                // The weekend of the week before, of this week, of the next (by week).
                "week" | "weekend" => DateValue::WeekOffset(offset),
                "month" => DateValue::MonthOffset(offset),
                _ => DateValue::YearOffset(offset),
            })
        } else if let (Some(n), Some(u), Some(way)) = (
            c.get(group::COUNT),
            c.get(group::UNIT2),
            c.get(group::WAY).or(c.get(group::WAY2)),
        ) {
            // "eleven days ago", "four years from now", "11 months away", "in one year's
            // time", "3 1/2 years ago" (in months); not the "2" of "1/2 years ago".
            let (whole, half) = match n.as_str().strip_suffix(" 1/2") {
                Some(whole) => (whole, true),
                None => (n.as_str(), false),
            };
            let unit = u.as_str().to_lowercase();
            let after_slash = text[..m.start()].ends_with('/');
            count(whole)
                .filter(|_| !after_slash && (!half || unit.starts_with("year")))
                .and_then(|n| {
                    let n = if half { n * 12 + 6 } else { n };
                    let n = if way.as_str().eq_ignore_ascii_case("ago") {
                        -n
                    } else {
                        n
                    };
                    let n = i8::try_from(n).ok()?;
                    Some(if half {
                        DateValue::MonthOffset(n)
                    } else {
                        offset_in(&unit, n)
                    })
                })
        } else if let (Some(n), Some(u)) = (c.get(group::COUNT3), c.get(group::UNIT3)) {
            // "may go down in three months", "the next Games in four years": ahead of the
            // article, when a modal or "next" comes before; not "the first time in four
            // years", "the highest in three months" (a span looking back).
            // "back in two weeks' time": the "'s time" form says ahead by itself.
            let time = ["' time", "'s time", "’ time", "’s time"]
                .iter()
                .find(|t| text[m.end()..].starts_with(*t));
            if let Some(t) = time {
                end = m.end() + t.len();
            }
            if time.is_some() || looks_ahead(&text[..m.start()]) {
                count(n.as_str()).and_then(|n| {
                    let n = i8::try_from(n).ok()?;
                    let unit = u.as_str().to_lowercase();
                    Some(offset_in(&unit, n))
                })
            } else {
                None
            }
        } else {
            None
        };
        if let Some(value) = value {
            out.push(DateMention {
                span: Span { start, end },
                value,
            });
            // "in August and September": the second month shares the first one's reading.
            if let DateValue::Month { year, .. } = value {
                if let Some((span, month)) = joined_month(text, m.end()) {
                    out.push(DateMention {
                        span,
                        value: DateValue::Month { year, month },
                    });
                }
            }
        }
    }
    // "Sunday, January 16": the written date says which Sunday; one expression.
    let mut merged: Vec<DateMention> = Vec::with_capacity(out.len());
    for m in out {
        if let Some(prev) = merged.last() {
            let between = &text[prev.span.end..m.span.start];
            let joins = matches!(between, " " | ", " | ", the " | " the ");
            // "October last year", "February next year": the year the month is in.
            if let (DateValue::YearOffset(offset), " " | " of ") = (m.value, between) {
                let in_year = match prev.value {
                    DateValue::Month { year: None, month } => Some((month, None)),
                    DateValue::Day {
                        year: None,
                        month,
                        day,
                    } => Some((month, Some(day))),
                    _ => None,
                };
                let said = &text[m.span.start..m.span.end];
                let plain = ["last ", "next ", "this "]
                    .iter()
                    .any(|w| said.get(..5).is_some_and(|p| p.eq_ignore_ascii_case(w)));
                // ("August of this year" stays two: the month alone reads the same.)
                let joined = between == " " || offset != 0;
                if let Some((month, day)) = in_year.filter(|_| plain && joined) {
                    let start = prev.span.start;
                    merged.pop();
                    merged.push(DateMention {
                        span: Span {
                            start,
                            end: m.span.end,
                        },
                        value: DateValue::InYear { month, day, offset },
                    });
                    continue;
                }
            }
            if matches!(prev.value, DateValue::Weekday(_)) && joins {
                if let DateValue::Day { .. } = m.value {
                    let start = prev.span.start;
                    merged.pop();
                    merged.push(DateMention {
                        span: Span {
                            start,
                            end: m.span.end,
                        },
                        value: m.value,
                    });
                    continue;
                }
            }
        }
        merged.push(m);
    }
    merged
}

/// A small count written in digits or words ("a", "eleven").
fn count(word: &str) -> Option<i32> {
    const WORDS: [&str; 13] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    let lower = word.to_lowercase();
    if lower == "a" || lower == "an" {
        return Some(1);
    }
    WORDS
        .iter()
        .position(|w| *w == lower)
        .map(|k| k as i32)
        .or_else(|| lower.parse().ok())
}

/// The day an ordinal word names ("fourth" 4, "Twenty-first" 21; 0 for anything else).
fn ordinal(word: &str) -> u32 {
    const UNITS: [&str; 9] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    ];
    const TEENS: [&str; 11] = [
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ];
    let w = word.to_ascii_lowercase();
    let (tens, unit) = match w.split_once('-') {
        Some(("twenty", u)) => (20, u),
        Some(("thirty", u)) => (30, u),
        Some(_) => return 0,
        None => (0, w.as_str()),
    };
    if let Some(i) = UNITS.iter().position(|u| *u == unit) {
        return tens + i as u32 + 1;
    }
    match (tens, TEENS.iter().position(|t| *t == unit)) {
        (0, Some(i)) => i as u32 + 10,
        (0, None) if unit == "thirtieth" => 30,
        _ => 0,
    }
}

fn day(month: Option<i8>, d: &str, year: Option<i16>) -> Option<DateValue> {
    let day: i8 = d.parse().ok()?;
    let month = month?;
    (1..=31)
        .contains(&day)
        .then_some(DateValue::Day { year, month, day })
}

pub(crate) fn weekday(word: &str) -> Option<Weekday> {
    // Capitalized only: "may"-style ambiguity does not arise, but "friday" in a URL would.
    if !word.starts_with(char::is_uppercase) {
        return None;
    }
    let n = tidings_core::weekday_number(word)?;
    Weekday::from_monday_one_offset(n as i8).ok()
}

/// The calendar date of `value` for an article dated `anchor` (None: only fully written
/// dates resolve). A day without a year takes the article's year.
pub fn resolve(value: DateValue, anchor: Option<Date>) -> Option<(Date, Precision)> {
    resolve_in(value, anchor, false)
}

/// `n` days, weeks, months or years from the article's date, by a lower-case unit word.
fn offset_in(unit: &str, n: i8) -> DateValue {
    if unit.starts_with("day") {
        DateValue::DayOffset(n)
    } else if unit.starts_with("week") {
        DateValue::WeekOffset(n)
    } else if unit.starts_with("month") {
        DateValue::MonthOffset(n)
    } else {
        DateValue::YearOffset(n)
    }
}

/// [`resolve`] for a sentence that speaks of the future (`future`: "will", "is expected
/// to", "is due"): a bare weekday is the next one, and a month without a year that lies
/// before the article's is next year's. Without `future`, a year-less date more than three
/// months after the article's is last year's.
pub fn resolve_in(
    value: DateValue,
    anchor: Option<Date>,
    future: bool,
) -> Option<(Date, Precision)> {
    let first_of = |y: i16, m: i8| Date::new(y, m, 1).ok();
    // A year-less date lies ahead of a future-tense sentence's article date.
    let year_for = |written: Option<i16>, month: i8, day: i8| -> Option<i16> {
        if let Some(y) = written {
            return Some(y);
        }
        let a = anchor?;
        // Future tense: a month already past is next year's ("in January", said in
        // December). Otherwise news looks back: a date more than three months ahead of the
        // article is last year's ("the December 26 tsunami", written in March).
        Some(if future && month < a.month() {
            a.year() + 1
        } else if !future && (month, day) > (a.month() + 3, a.day()) {
            a.year() - 1
        } else {
            a.year()
        })
    };
    let weekday_back = |a: Date, w: Weekday| {
        (a.weekday().to_monday_zero_offset() - w.to_monday_zero_offset() + 7) % 7
    };
    match value {
        DateValue::Day { year, month, day } => {
            let y = year_for(year, month, day)?;
            Some((Date::new(y, month, day).ok()?, Precision::Day))
        }
        DateValue::Month { year, month } => {
            let y = year_for(year, month, 31)?;
            Some((first_of(y, month)?, Precision::Month))
        }
        DateValue::Weekday(w) if future => {
            let a = anchor?;
            let ahead = (7 - weekday_back(a, w)) % 7;
            Some((a.checked_add(i64::from(ahead).days()).ok()?, Precision::Day))
        }
        DateValue::Weekday(w) => {
            let a = anchor?;
            let back = weekday_back(a, w);
            Some((a.checked_sub(i64::from(back).days()).ok()?, Precision::Day))
        }
        DateValue::LastWeekday(w) => {
            let a = anchor?;
            let back = match weekday_back(a, w) {
                0 => 7,
                n => n,
            };
            Some((a.checked_sub(i64::from(back).days()).ok()?, Precision::Day))
        }
        DateValue::NextWeekday(w) => {
            let a = anchor?;
            let ahead = match (7 - weekday_back(a, w)) % 7 {
                0 => 7,
                n => n,
            };
            Some((a.checked_add(i64::from(ahead).days()).ok()?, Precision::Day))
        }
        DateValue::DayOffset(n) => Some((
            anchor?.checked_add(i64::from(n).days()).ok()?,
            Precision::Day,
        )),
        DateValue::WeekOffset(n) => {
            let a = anchor?;
            let monday = a
                .checked_sub(i64::from(a.weekday().to_monday_zero_offset()).days())
                .ok()?;
            Some((
                monday.checked_add((i64::from(n) * 7).days()).ok()?,
                Precision::Week,
            ))
        }
        DateValue::MonthOffset(n) => {
            let a = anchor?;
            let first = first_of(a.year(), a.month())?;
            Some((
                first.checked_add(i64::from(n).months()).ok()?,
                Precision::Month,
            ))
        }
        DateValue::YearOffset(n) => {
            let a = anchor?;
            Some((first_of(a.year() + i16::from(n), 1)?, Precision::Year))
        }
        DateValue::NamedMonth { month, direction } => {
            let a = anchor?;
            let year = match direction {
                -1 if month < a.month() => a.year(),
                -1 => a.year() - 1,
                1 if month > a.month() => a.year(),
                1 => a.year() + 1,
                _ => a.year(),
            };
            Some((first_of(year, month)?, Precision::Month))
        }
        DateValue::InYear { month, day, offset } => {
            let year = anchor?.year() + i16::from(offset);
            Some(match day {
                Some(d) => (Date::new(year, month, d).ok()?, Precision::Day),
                None => (first_of(year, month)?, Precision::Month),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn values(text: &str) -> Vec<DateValue> {
        dates(text).into_iter().map(|d| d.value).collect()
    }

    #[test]
    fn a_month_joined_by_and_is_a_month_too() {
        let found: Vec<DateValue> =
            dates("It was invaded in August and September, and Mary and June left.")
                .into_iter()
                .map(|d| d.value)
                .collect();
        assert_eq!(
            found,
            [
                DateValue::Month {
                    year: None,
                    month: 8
                },
                DateValue::Month {
                    year: None,
                    month: 9
                }
            ]
        );
    }

    #[test]
    fn a_month_then_last_or_next_year_is_one_expression() {
        let a = date(1999, 4, 11);
        let found = dates("It was signed in October last year and ends by the end of February next year, not earlier this year.");
        let read: Vec<(DateValue, Option<(Date, Precision)>)> = found
            .iter()
            .map(|d| (d.value, resolve(d.value, Some(a))))
            .collect();
        assert_eq!(
            read,
            [
                (
                    DateValue::InYear {
                        month: 10,
                        day: None,
                        offset: -1
                    },
                    Some((date(1998, 10, 1), Precision::Month))
                ),
                (
                    DateValue::InYear {
                        month: 2,
                        day: None,
                        offset: 1
                    },
                    Some((date(2000, 2, 1), Precision::Month))
                ),
                (
                    DateValue::YearOffset(0),
                    Some((date(1999, 1, 1), Precision::Year))
                ),
            ]
        );
        let text = "before March 1 of next year";
        let d = &dates(text)[0];
        assert_eq!(&text[d.span.start..d.span.end], "March 1 of next year");
        assert_eq!(
            resolve(d.value, Some(a)),
            Some((date(2000, 3, 1), Precision::Day))
        );
        let text = "on May 3 this year";
        let d = &dates(text)[0];
        assert_eq!(&text[d.span.start..d.span.end], "May 3 this year");
        assert_eq!(
            resolve(d.value, Some(a)),
            Some((date(1999, 5, 3), Precision::Day))
        );
    }

    #[test]
    fn in_some_months_looks_ahead_only_after_a_modal() {
        let a = date(1999, 2, 24);
        let read = |text: &str| -> Vec<Option<(Date, Precision)>> {
            dates(text)
                .into_iter()
                .map(|d| resolve(d.value, Some(a)))
                .collect()
        };
        assert_eq!(
            read("Another gyro may go down in three months."),
            [Some((date(1999, 5, 1), Precision::Month))]
        );
        assert_eq!(
            read("The city will host the next Games in four years."),
            [Some((date(2003, 1, 1), Precision::Year))]
        );
        assert!(read("It will be the first time in four years.").is_empty());
        assert!(read("Prices were the highest in three months.").is_empty());
        assert!(read("He finished the work in three months.").is_empty());
    }

    #[test]
    fn a_weekday_that_recurs_is_no_day() {
        let found: Vec<DateValue> =
            dates("It shows a film each Wednesday night and every Friday; the first aired Monday.")
                .into_iter()
                .map(|d| d.value)
                .collect();
        assert_eq!(found, [DateValue::Weekday(Weekday::Monday)]);
    }

    #[test]
    fn at_the_weekend_is_a_weekend() {
        let found: Vec<DateValue> = dates("Four engineers were kidnapped at the weekend.")
            .into_iter()
            .map(|d| d.value)
            .collect();
        assert_eq!(found, [DateValue::WeekOffset(0)]);
        // Not a week, month or year "at the".
        assert!(dates("Prices rose at the week's end and at the year's start.").is_empty());
    }

    #[test]
    fn weekends_are_in_their_week() {
        let found: Vec<DateValue> =
            dates("It opened last weekend and closes next weekend, not the last weekend of May.")
                .into_iter()
                .map(|d| d.value)
                .collect();
        // "the last weekend of May" is May, not a weekend before the report.
        assert_eq!(
            found,
            [
                DateValue::WeekOffset(-1),
                DateValue::WeekOffset(1),
                DateValue::Month {
                    year: None,
                    month: 5
                }
            ]
        );
        let anchor = jiff::civil::Date::new(1998, 7, 15).ok();
        assert_eq!(
            resolve(found[0], anchor),
            Some((jiff::civil::date(1998, 7, 6), Precision::Week))
        );
    }

    #[test]
    fn wordings_of_one_day_are_one_value() {
        let a = values("talks on Aug. 26 in Geneva");
        assert_eq!(a, values("talks on August 26 in Geneva"));
        assert_eq!(a, values("talks on 26 August in Geneva"));
        assert_eq!(
            a,
            [DateValue::Day {
                year: None,
                month: 8,
                day: 26
            }]
        );
        assert_eq!(values("Oct. 16, 1998"), values("October 16 1998"));
        // A day in words, before "of".
        assert_eq!(
            values("On the fourth of February, 1998"),
            values("Feb. 4, 1998")
        );
        assert_eq!(values("the Fourth of July"), values("July 4"));
        assert_eq!(values("the twenty-first of May"), values("May 21"));
        assert_eq!(values("the thirtieth of June"), values("June 30"));
        assert!(values("a second March rally").is_empty());
    }

    #[test]
    fn group_numbers_name_the_pattern_groups() {
        let names: Vec<Option<&str>> = pattern().capture_names().collect();
        for (name, i) in [
            ("m1", group::M1),
            ("d1", group::D1),
            ("y1", group::Y1),
            ("d2", group::D2),
            ("d2w", group::D2W),
            ("m2", group::M2),
            ("y2", group::Y2),
            ("m3", group::M3),
            ("d3", group::D3),
            ("y3", group::Y3),
            ("dir", group::DIR),
            ("wd2", group::WD2),
            ("mdir", group::MDIR),
            ("m4", group::M4),
            ("d4", group::D4),
            ("wd", group::WD),
            ("rel", group::REL),
            ("per", group::PER),
            ("unit", group::UNIT),
            ("count", group::COUNT),
            ("unit2", group::UNIT2),
            ("way", group::WAY),
            ("way2", group::WAY2),
            ("count3", group::COUNT3),
            ("unit3", group::UNIT3),
        ] {
            assert_eq!(names[i], Some(name));
        }
        assert_eq!(names.len(), 26);
    }

    #[test]
    fn relative_expressions_resolve_against_the_article_date() {
        let friday = date(2016, 8, 26); // a Friday
        let got = |text: &str| {
            let v = values(text);
            assert_eq!(v.len(), 1, "{text}: {v:?}");
            resolve(v[0], Some(friday)).unwrap()
        };
        assert_eq!(got("met on Friday"), (friday, Precision::Day));
        assert_eq!(
            got("the quake that hit eleven days ago"),
            (date(2016, 8, 15), Precision::Day)
        );
        assert_eq!(
            got("to meet again four years from now"),
            (date(2020, 1, 1), Precision::Year)
        );
        assert_eq!(
            got("elections that are 11 months away"),
            (date(2017, 7, 1), Precision::Month)
        );
        assert_eq!(
            got("possible in one year's time"),
            (date(2017, 1, 1), Precision::Year)
        );
        assert_eq!(
            got("back in two weeks' time"),
            (date(2016, 9, 5), Precision::Week)
        );
        assert_eq!(
            got("on a recent September night"),
            (date(2016, 9, 1), Precision::Month)
        );
        assert_eq!(got("shown at April"), (date(2016, 4, 1), Precision::Month));
        assert_eq!(
            got("agreed last December"),
            (date(2015, 12, 1), Precision::Month)
        );
        assert_eq!(
            got("due next January"),
            (date(2017, 1, 1), Precision::Month)
        );
        assert_eq!(
            got("said on Thursday night"),
            (date(2016, 8, 25), Precision::Day)
        );
        assert_eq!(
            got("on Saturday they left"),
            (date(2016, 8, 20), Precision::Day)
        );
        assert_eq!(got("yesterday"), (date(2016, 8, 25), Precision::Day));
        assert_eq!(
            got("earlier this week"),
            (date(2016, 8, 22), Precision::Week)
        );
        assert_eq!(
            got("a visit last month"),
            (date(2016, 7, 1), Precision::Month)
        );
        assert_eq!(
            got("talks in September"),
            (date(2016, 9, 1), Precision::Month)
        );
        assert_eq!(got("on Aug. 26"), (friday, Precision::Day));
    }

    #[test]
    fn without_an_article_date_only_written_years_resolve() {
        let v = values("on Friday, and on August 3, 2015");
        assert_eq!(resolve(v[0], None), None);
        assert_eq!(
            resolve(v[1], None),
            Some((date(2015, 8, 3), Precision::Day))
        );
    }

    #[test]
    fn spans_cover_the_expression() {
        let text = "Kerry met Lavrov on Friday after a visit to Moscow last month, on Aug. 26.";
        let shown: Vec<&str> = dates(text)
            .iter()
            .map(|d| &text[d.span.start..d.span.end])
            .collect();
        assert_eq!(shown, ["Friday", "last month", "Aug. 26"]);
    }
}
