//! Values a sentence states — numbers, dates, names — each with the words around it, the
//! context that decides which statement in another document fills the same slot.

use std::sync::OnceLock;

use jiff::civil::{Date, Weekday};
use tidings_core::{month_number, Span};

use crate::date::{resolve, DateMention, DateValue, Precision};
use crate::quantity::{numbers, Hedge, Quantity};
use crate::words::{class_of, Word};

/// What kind of value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Kind {
    Number,
    Date,
    Name,
}

impl Kind {
    pub fn label(self) -> &'static str {
        match self {
            Kind::Number => "number",
            Kind::Date => "date",
            Kind::Name => "name",
        }
    }
}

/// A value in comparable form.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Number {
        value: f64,
        hedge: Hedge,
        /// Canonical unit; empty for a bare number.
        unit: String,
    },
    Day {
        year: Option<i16>,
        month: i8,
        day: i8,
    },
    Weekday(Weekday),
    /// Lowercased words of a name, without dots ("u.s." = "us").
    Name(Vec<String>),
}

/// A value stated in a sentence.
#[derive(Debug, Clone)]
pub(crate) struct Mention {
    pub sentence: usize,
    pub doc: usize,
    /// Bytes of the value in the document, hedge words included.
    pub span: Span,
    pub kind: Kind,
    pub value: Value,
    /// Context features around the mention, sorted and distinct.
    pub context: Vec<u32>,
    /// The feature of the word the value is about ("talks" in "10 hours of talks",
    /// "meeting" in "a 12-hour-long meeting"): it weighs most in the context.
    pub head: Option<u32>,
    /// Indices (in the sentence's words) of the words just before and after (`None` at the
    /// sentence's edge).
    pub neighbours: (Option<usize>, Option<usize>),
    /// A date read relative to the document's date ("Thursday", "yesterday"): comparable
    /// only with documents that speak from the same day.
    pub relative: bool,
    /// An end of a range ("between 3 and 6 percent"): it says no figure by itself, so it
    /// is compared only with ends of ranges.
    pub range_end: bool,
    /// For an age given with a name ("Hodler, an 80-year-old", "the 44-year-old Chavez",
    /// "Qin Yongmin, 45,"): the feature of the name's last word. One person's age is one
    /// slot however differently the reports word the rest.
    pub person: Option<u32>,
    /// That person's name, lowercased words, as fully as the document gave it up to here
    /// ("Silva, 40" after "Gilberto Manuel da Silva": all four words).
    pub person_name: Vec<String>,
}

/// Words either side of a value that make its context.
const WINDOW: usize = 8;

/// The mentions of one sentence. `words` are the sentence's words, `text` the document,
/// `anchor` the document's date.
pub(crate) fn mentions(
    text: &str,
    span: Span,
    words: &[Word],
    sentence: usize,
    doc: usize,
    anchor: Option<Date>,
    date_mentions: &[DateMention],
) -> Vec<Mention> {
    let body = &text[span.start..span.end];
    let mut out = Vec::new();
    for d in date_mentions {
        let value = match d.value {
            DateValue::Day { year, month, day } => Some(Value::Day { year, month, day }),
            // "December 19 last year": a day, its year counted from the article's.
            DateValue::InYear {
                month,
                day: Some(day),
                offset,
            } => Some(Value::Day {
                year: anchor.map(|a| a.year() + i16::from(offset)),
                month,
                day,
            }),
            DateValue::Weekday(w) | DateValue::LastWeekday(w) | DateValue::NextWeekday(w)
                if anchor.is_none() =>
            {
                Some(Value::Weekday(w))
            }
            // "Last Thursday" said on a Friday is yesterday or eight days ago: too
            // uncertain to contradict anything.
            DateValue::Weekday(_) | DateValue::DayOffset(_) => match resolve(d.value, anchor) {
                Some((date, Precision::Day)) => Some(Value::Day {
                    year: Some(date.year()),
                    month: date.month(),
                    day: date.day(),
                }),
                _ => None,
            },
            _ => None,
        };
        // "appointed 20 months ago": a count of months, compared like any other count
        // (a date so far back, from articles of different days, would not line up).
        let written = &body[d.span.start..d.span.end];
        let ago = written.ends_with(" ago") || written.ends_with(" from now");
        let elapsed = match d.value {
            DateValue::WeekOffset(n) if ago => Some((n, "week")),
            DateValue::MonthOffset(n) if ago => Some((n, "month")),
            DateValue::YearOffset(n) if ago => Some((n, "year")),
            _ => None,
        };
        if let Some((n, unit)) = elapsed.filter(|(n, _)| n.unsigned_abs() >= 2) {
            let at = Span::new(span.start + d.span.start, span.start + d.span.end);
            let value = f64::from(n.unsigned_abs());
            out.push(number_mention(
                words,
                at,
                (sentence, doc),
                value,
                Hedge::Exact,
                unit.to_string(),
            ));
            continue;
        }
        if said_on(&body[..d.span.start], &body[d.span.end..]) {
            continue;
        }
        if let Some(value) = value {
            let at = Span::new(span.start + d.span.start, span.start + d.span.end);
            let relative = matches!(value, Value::Day { .. })
                && !matches!(d.value, DateValue::Day { .. } | DateValue::InYear { .. });
            let mut m = mention(words, at, sentence, doc, Kind::Date, value, &[]);
            m.relative = relative;
            out.push(m);
        }
    }
    // The end and hedge of the figure before, for a conversion in parentheses after it.
    let mut previous: Option<(usize, Hedge)> = None;
    let provisional = partial_count(body);
    for q in numbers(body) {
        if provisional {
            continue;
        }
        // "about 10 kph (6.2 mph)", "gusts up to 150 kph (94 mph)": a conversion is as
        // hedged as the figure it converts.
        let mut q = q;
        if let Some((end, hedge)) = previous {
            if q.hedge == Hedge::Exact && body.get(end..q.span.start).map(str::trim) == Some("(") {
                q.hedge = hedge;
            }
        }
        previous = Some((q.span.end, q.hedge));
        let at = Span::new(
            span.start + q.span.start - q.hedge_len,
            span.start + q.span.end,
        );
        // Days of dates are not counts; ordinals and times of day ("5th", "10:30:22") neither.
        let inside_date = date_mentions
            .iter()
            .any(|d| d.span.start <= q.span.start && q.span.start < d.span.end);
        let after = &body[q.span.end..];
        // A bare number word ("one of them", "ten") is too often not a count.
        let word_number = !body[q.span.start..].starts_with(|c: char| c.is_ascii_digit());
        let before = &body[..q.span.start];
        // Clock times ("10:30:22", "6 p.m."), phone numbers and year ranges.
        let clock = after.starts_with(':')
            || before.ends_with(':')
            || after.trim_start().starts_with("a.m")
            || after.trim_start().starts_with("p.m");
        let chained = code_or_year_range(body, q.span.start);
        // "20 more lives than", "$75 million more than", "three times as many": a
        // difference or a multiplier; "43 more in Taiwan" (without "than") is a count.
        let next: Vec<&str> = body[q.span.start..]
            .split_whitespace()
            .skip(1)
            .take(5)
            .collect();
        let comparative = next.iter().take(2).any(|w| *w == "times")
            || next.iter().take(2).enumerate().any(|(i, w)| {
                matches!(*w, "more" | "fewer" | "less")
                    && next[i + 1..].iter().take(3).any(|w| *w == "than")
            });
        // "between 3 and 6 percent", "3 to 4", "from 71 percent to 80 percent": either end
        // of a range, compared only with ends of ranges; "1 in 500", "5 of every 10,000":
        // either term of a ratio, not a count at all.
        let part = part_of(before, after, q.unit.is_empty());
        // "(… Cox News Service). 30.": a syndicate's story list numbers its items; a bare
        // number alone after a closed sentence states nothing.
        let list_index = q.unit.is_empty()
            && after.trim().trim_end_matches('.').is_empty()
            && before.trim_end().ends_with(['.', ')']);
        if inside_date
            || compound_time(before, after, &q.unit)
            || clock
            || chained
            || comparative
            || part == Some(Part::RatioTerm)
            || list_index
            || (word_number && q.unit.is_empty())
        {
            continue;
        }
        // "Nabatte, 14, …", "Qin Yongmin, 45, of Wuhan": an age set off after a name is
        // that person's age, in years like "a 45-year-old".
        let named = age_of(words, at.start, before, after, &q);
        let unit = if named.is_some() {
            "year".to_string()
        } else {
            q.unit
        };
        let mut m = number_mention(words, at, (sentence, doc), q.value, q.hedge, unit);
        if named.is_some() {
            m.head = named;
        }
        m.person = named.or_else(|| aged_person(words, at, before, after));
        if m.person.is_some() {
            // The name's last word: right before an age set off after it, else the
            // nearest word of its feature before ("Slepian, a 52-year-old") or after.
            let name_end = if named.is_some() {
                words.iter().rev().find(|w| w.span.end <= at.start)
            } else {
                let named_by = |w: &&Word| w.feature == m.person;
                (words
                    .iter()
                    .rev()
                    .filter(|w| w.span.end <= at.start)
                    .find(named_by))
                .or_else(|| {
                    words
                        .iter()
                        .filter(|w| w.span.start >= at.end)
                        .find(named_by)
                })
            };
            m.person_name = name_end.map_or_else(Vec::new, |w| fullest_run(text, w.span.end));
        }
        m.range_end = part == Some(Part::RangeEnd);
        out.push(m);
    }
    out.extend(names(text, words, sentence, doc));
    // A value with fewer than two content words around it ("…Cox News Service). 30") has
    // no statement to pin its slot.
    out.retain(|m| m.context.len() >= 2);
    out
}

/// What a number is part of, when it is not a figure by itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// "between 3 and 6 percent" does not say 6 percent.
    RangeEnd,
    /// "1 in 500" counts nothing.
    RatioTerm,
}

/// Whether the number between `before` and `after` is an end of a range or a term of a
/// ratio, and which.
fn part_of(before: &str, after: &str, bare: bool) -> Option<Part> {
    let is_number = |w: Option<&str>| {
        w.is_some_and(|w| {
            !w.contains('-')
                && w.trim_start_matches(['$', '€', '£'])
                    .starts_with(|c: char| c.is_ascii_digit())
        })
    };
    let mut next = after.split_whitespace();
    let (first, second, third) = (next.next(), next.next(), next.next());
    let mut prev = before.split_whitespace().rev();
    let (p1, p2, p3, p4) = (prev.next(), prev.next(), prev.next(), prev.next());
    let opens = |w: Option<&str>| {
        w.is_some_and(|w| w.eq_ignore_ascii_case("between") || w.eq_ignore_ascii_case("from"))
    };
    // "three years to life": a sentence's lower end, open above.
    if first == Some("to") && second.is_some_and(|w| w.trim_end_matches([',', '.', ';']) == "life")
    {
        return Some(Part::RangeEnd);
    }
    // The first end: "3 and 6", "3 to 4"; with a unit only after "between"/"from"
    // ("killing 60 people and 173 others" is two counts).
    if matches!(first, Some("and" | "to" | "or")) && is_number(second) && (bare || opens(p1)) {
        return Some(Part::RangeEnd);
    }
    // A ratio's first term: "1 out of 500", "5 of every 10,000", "4 in 1,000".
    let ratio = match (first, second, third) {
        (Some("out"), Some("of"), n) | (Some("of" | "in"), Some("every"), n) => is_number(n),
        (Some("in"), n, _) => is_number(n),
        _ => false,
    };
    if bare && ratio {
        return Some(Part::RatioTerm);
    }
    // The second end or term: the words before are a number and a connector.
    match (p1, p2, p3, p4) {
        (Some("in"), n, _, _) if is_number(n) => Some(Part::RatioTerm),
        (Some("of"), Some("out"), n, _) | (Some("every"), Some("of" | "in"), n, _)
            if is_number(n) =>
        {
            Some(Part::RatioTerm)
        }
        (Some("and" | "to" | "or"), n, _, _) if is_number(n) => Some(Part::RangeEnd),
        // "between 3 percent and 6 percent", "from 71 percent to 80 percent".
        (Some("and" | "to"), Some(_), n, open) if is_number(n) && opens(open) => {
            Some(Part::RangeEnd)
        }
        _ => None,
    }
}

/// Units of time, shortest first.
const TIME_UNITS: [&str; 7] = ["second", "minute", "hour", "day", "week", "month", "year"];

/// Where a word (singular or plural) stands among [`TIME_UNITS`].
fn time_rank(word: &str) -> Option<usize> {
    let singular = word.strip_suffix('s').unwrap_or(word);
    TIME_UNITS
        .iter()
        .position(|u| singular.eq_ignore_ascii_case(u))
}

/// Whether a time figure is one part of a compound one ("3 hours, 50 minutes", "two years
/// and six months"): neither part is the whole, so neither fills a slot alone.
fn compound_time(before: &str, after: &str, unit: &str) -> bool {
    let Some(rank) = time_rank(unit) else {
        return false;
    };
    let separator = |s: &str| -> String {
        let s = s.trim_start().trim_start_matches(',').trim_start();
        s.strip_prefix("and ").unwrap_or(s).trim_start().to_string()
    };
    // After: a smaller unit's figure.
    let rest = separator(after);
    let digits = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let next_unit = rest[digits..].split_whitespace().next().unwrap_or("");
    let next_unit = next_unit.trim_end_matches(|c: char| !c.is_alphabetic());
    if digits > 0 && time_rank(next_unit).is_some_and(|r| r < rank) {
        return true;
    }
    // Before: a larger unit's figure.
    let b = before.trim_end();
    let b = b.strip_suffix("and").unwrap_or(b).trim_end();
    let b = b.strip_suffix(',').unwrap_or(b).trim_end();
    let mut tokens = b.rsplit(char::is_whitespace);
    let (Some(unit_word), Some(figure)) = (tokens.next(), tokens.next()) else {
        return false;
    };
    !figure.is_empty()
        && figure.bytes().all(|c| c.is_ascii_digit())
        && time_rank(unit_word).is_some_and(|r| r > rank)
}

/// Whether a sentence gives a count still under way ("With 22 percent of the vote counted,
/// …", "In preliminary returns, …"): its figures are the count so far, which a later
/// report updates rather than contradicts.
fn partial_count(body: &str) -> bool {
    // Few sentences hold any of the nouns: find them first (searchers built once), then
    // read the word before.
    static NOUNS: OnceLock<Vec<memchr::memmem::Finder<'static>>> = OnceLock::new();
    static PERCENT_OF: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    let nouns = NOUNS.get_or_init(|| {
        ["returns", "results", "count", "tally"]
            .iter()
            .map(|n| memchr::memmem::Finder::new(n.as_bytes()))
            .collect()
    });
    let partial = nouns.iter().any(|noun| {
        noun.find_iter(body.as_bytes()).any(|k| {
            let before = body[..k].trim_end();
            let word = before
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            [
                "preliminary",
                "partial",
                "early",
                "incomplete",
                "unofficial",
            ]
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w))
                && before.len() < k
        })
    });
    partial
        || PERCENT_OF
            .get_or_init(|| memchr::memmem::Finder::new(b" percent of "))
            .find_iter(body.as_bytes())
            .any(|i| counting_progress(&body[i + " percent".len()..]))
}

/// Whether the words after a share are how far a count has got ("22 percent of the vote
/// counted", "with 98 percent of precincts reporting"): the tally's progress, not a result.
fn counting_progress(after: &str) -> bool {
    let words: Vec<&str> = after
        .split_whitespace()
        .take(5)
        .map(|w| w.trim_end_matches([',', '.', ';', ')']))
        .collect();
    let mut rest = words.as_slice();
    if rest.first() != Some(&"of") {
        return false;
    }
    rest = &rest[1..];
    if rest.first() == Some(&"the") {
        rest = &rest[1..];
    }
    matches!(
        rest,
        [
            "vote" | "votes" | "ballots" | "returns" | "precincts" | "polling" | "districts",
            ..
        ]
    ) && rest
        .iter()
        .skip(1)
        .take(2)
        .any(|w| matches!(*w, "counted" | "reporting" | "tallied" | "stations"))
}

/// Whether a date is the day something was said ("officials said Wednesday", "said
/// today"): wire versions of one story date their saying differently, which is no
/// disagreement about the story.
fn said_on(before: &str, after: &str) -> bool {
    const SAID: [&str; 4] = ["said", "says", "told", "reported"];
    let prev = before.split_whitespace().next_back().unwrap_or("");
    let next = after
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches([',', '.']);
    SAID.contains(&prev) || SAID.contains(&next)
}

/// The name feature of an age in apposition: a whole number of years set off by commas
/// right after a capitalized word ("Nabatte, 14,"). `at` is the number's first byte in the
/// document, `before` and `after` the sentence's text around it.
fn age_of(words: &[Word], at: usize, before: &str, after: &str, q: &Quantity) -> Option<u32> {
    let set_off = after.is_empty() || after.starts_with([',', ')', ';']);
    let whole = q.value.fract() == 0.0 && (1.0..=120.0).contains(&q.value);
    if !(q.unit.is_empty() && q.hedge == Hedge::Exact && set_off && whole) {
        return None;
    }
    if !before.ends_with(", ") {
        return None;
    }
    let name = words.iter().rev().find(|w| w.span.end <= at)?;
    let right_before = before.trim_end().trim_end_matches(',').ends_with(name.text);
    (right_before && name.is_capitalized())
        .then_some(name.feature)
        .flatten()
}

/// The name feature of the person an "N-year-old" is about: the name before ", a/an"
/// ("Hodler, an 80-year-old Swiss member") or the name right after ("the 44-year-old
/// Chavez", "18-year-old Stephen Lawrence was"), its last word.
fn aged_person(words: &[Word], at: Span, before: &str, after: &str) -> Option<u32> {
    if !after.starts_with("-old") && !after.starts_with("-year-old") {
        return None;
    }
    // A surname may end like a nationality ("Slepian"): the words after the name tell.
    let named = |w: &Word| w.is_capitalized() && !capitalized_word(w.text);
    let first = words.iter().position(|w| w.span.end > at.start)?;
    let article = before.trim_end();
    if article.ends_with(", a") || article.ends_with(", an") {
        let name = words[..first].iter().rev().nth(1)?;
        let set_off = article[..article.len() - if article.ends_with('n') { 3 } else { 2 }]
            .trim_end_matches(',')
            .ends_with(name.text);
        return (set_off && named(name)).then_some(name.feature).flatten();
    }
    // The words after "old": a run of name words, then no lowercase noun of its own ("a
    // 35-year-old Gaza man" is no one's name).
    let after_old = words[first..]
        .iter()
        .position(|w| w.text == "old")
        .map(|k| first + k + 1)?;
    let run = words[after_old..].iter().take_while(|w| named(w)).count();
    let last = words.get(after_old + run.checked_sub(1)?)?;
    let ends = words.get(after_old + run).is_none_or(|next| {
        // Punctuation between the name and the next word ("Stephen Lawrence, stabbed").
        let gap = after
            .get(last.span.end - at.end..next.span.start - at.end)
            .unwrap_or("");
        !gap.trim().is_empty()
            || !next.text.starts_with(|c: char| c.is_lowercase())
            || [
                "was", "is", "has", "had", "said", "says", "who", "and", "died", "told",
            ]
            .contains(&next.text)
    });
    (ends && run <= 3).then_some(last.feature).flatten()
}

/// The lowercased words of the name ending at byte `end` of `text`; a name of one word
/// takes the fuller form the text gave it last before ("Silva" after "Gilberto Manuel da
/// Silva").
fn fullest_run(text: &str, end: usize) -> Vec<String> {
    let run = name_ending_at(text, end);
    if let [last] = run.as_slice() {
        let start = end - last.len();
        let mut k = start;
        while let Some(at) = text[..k].rfind(last.as_str()) {
            k = at;
            if crate::names::whole_word_at(text, at, last.len()) {
                let fuller = name_ending_at(text, at + last.len());
                if fuller.len() > 1 {
                    return fuller.iter().map(|w| w.to_lowercase()).collect();
                }
            }
        }
    }
    run.iter().map(|w| w.to_lowercase()).collect()
}

/// The words of the run of name words (and particles between them) ending at byte `end`.
fn name_ending_at(text: &str, end: usize) -> Vec<String> {
    let mut run: Vec<String> = Vec::new();
    for token in text[..end].split_whitespace().rev().take(6) {
        let word = token.trim_matches(|c: char| !c.is_alphanumeric());
        let ends_clause = token.ends_with([',', ';', ':', '.']) && !run.is_empty();
        let part = crate::names::is_name_word(word) && !capitalized_word(word)
            || (!run.is_empty() && crate::names::is_particle(word));
        if word.is_empty() || ends_clause || !part || crate::names::is_title(word) {
            break;
        }
        run.push(word.to_string());
    }
    // A particle does not open a name.
    while run.last().is_some_and(|w| crate::names::is_particle(w)) {
        run.pop();
    }
    run.reverse();
    run
}

/// Whether the number at `at` is one group of a phone number or a code ("404-526-5456":
/// three or more groups joined by hyphens) or of a year range ("1976-83"). A plain range
/// ("65-75 percent") stays: its ends are figures.
fn code_or_year_range(body: &str, at: usize) -> bool {
    // Bytes, not chars: the parts are ASCII, so the first byte past them is a boundary.
    let is_part = |b: &u8| b.is_ascii_digit() || *b == b'-';
    let bytes = body.as_bytes();
    let start = bytes[..at]
        .iter()
        .rposition(|b| !is_part(b))
        .map_or(0, |k| k + 1);
    let end = bytes[at..]
        .iter()
        .position(|b| !is_part(b))
        .map_or(body.len(), |k| at + k);
    let groups: Vec<&str> = body[start..end]
        .split('-')
        .filter(|g| !g.is_empty())
        .collect();
    let year = |g: &&str| g.len() == 4 && g.parse::<u32>().is_ok_and(|y| (1800..2200).contains(&y));
    groups.len() >= 3 || (groups.len() == 2 && groups.iter().any(year))
}

/// A number mention: its unit's slot class joins the context ("hours" of "10 hours").
fn number_mention(
    words: &[Word],
    at: Span,
    (sentence, doc): (usize, usize),
    value: f64,
    hedge: Hedge,
    unit: String,
) -> Mention {
    let class = class_of(&unit);
    let value = Value::Number { value, hedge, unit };
    mention(
        words,
        at,
        sentence,
        doc,
        Kind::Number,
        value,
        class.as_slice(),
    )
}

fn mention(
    words: &[Word],
    at: Span,
    sentence: usize,
    doc: usize,
    kind: Kind,
    value: Value,
    extra: &[u32],
) -> Mention {
    let first = words
        .iter()
        .position(|w| w.span.end > at.start)
        .unwrap_or(words.len());
    let last = words[first..]
        .iter()
        .position(|w| w.span.start >= at.end)
        .map_or(words.len(), |k| first + k);
    let lo = first.saturating_sub(WINDOW);
    let hi = (last + WINDOW).min(words.len());
    let mut context: Vec<u32> = Vec::with_capacity(first - lo + hi - last + extra.len());
    context.extend(
        words[lo..first]
            .iter()
            .chain(&words[last..hi])
            .filter_map(|w| w.feature)
            .chain(extra.iter().copied()),
    );
    context.sort_unstable();
    context.dedup();
    let head = if kind == Kind::Number {
        head(words, first, last)
    } else {
        None
    };
    Mention {
        sentence,
        doc,
        span: at,
        kind,
        value,
        context,
        head,
        neighbours: (first.checked_sub(1), (last < words.len()).then_some(last)),
        relative: false,
        range_end: false,
        person: None,
        person_name: Vec::new(),
    }
}

/// What a number is about: the first slot-class word among the three after it, up to a
/// coordinator ("hours of talks", "12-hour-long meeting"; not "injuring" in "killing 60
/// people and injuring 162"), else the first content word after it, else the noun before
/// "of" ("pauses of 48 hours").
fn head(words: &[Word], first: usize, last: usize) -> Option<u32> {
    let mut after = &words[last..(last + 3).min(words.len())];
    if let Some(k) = after.iter().position(|w| {
        ["and", "or", "but", "while"]
            .iter()
            .any(|c| w.text.eq_ignore_ascii_case(c))
    }) {
        after = &after[..k];
    }
    let is_classed = |w: &&Word| class_of(w.text).is_some();
    let classed = after.iter().find(is_classed).and_then(|w| w.feature);
    let classed_before = words[first.saturating_sub(3)..first]
        .iter()
        .rev()
        .find(is_classed)
        .and_then(|w| w.feature);
    let before_of = (first >= 2 && words[first - 1].text.eq_ignore_ascii_case("of"))
        .then(|| words[first - 2].feature)
        .flatten();
    classed
        .or(classed_before)
        .or_else(|| {
            after
                .iter()
                .find_map(|w| w.feature.filter(|_| w.text != "long"))
        })
        .or(before_of)
}

/// Words that start with a capital without being (part of) a name.
pub(crate) fn not_a_name(word: &str) -> bool {
    capitalized_word(word)
        || tidings_core::with_lowercase(word, |lower| {
            // Nationalities and languages are adjectives, not the names a slot holds.
            // ("American", "Mexican", "Jamaican"; not "Vatican").
            [
                "ian", "ese", "ish", "ean", "rican", "xican", "inican", "aican",
            ]
            .iter()
            .any(|s| lower.ends_with(s))
        })
}

/// Words capitalized at a sentence's start or in headlines that are no name: stopwords,
/// months, weekdays, acronyms of five or more letters.
fn capitalized_word(word: &str) -> bool {
    tidings_core::with_lowercase(word, |lower| {
        tidings_analyze::Analyzer::english().is_stopword(lower)
            || month_number(lower).is_some()
            || tidings_core::weekday_number(lower).is_some()
            || word.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()) && word.len() > 4
    })
}

/// Runs of capitalized words (a name; "Sergei Lavrov", "Kerry"), except at the start of the
/// sentence where every word is capitalized.
fn names(text: &str, words: &[Word], sentence: usize, doc: usize) -> Vec<Mention> {
    let mut out = Vec::new();
    let name_word = |w: &Word| w.is_capitalized() && !not_a_name(w.text);
    let mut i = 1;
    while i < words.len() {
        if !name_word(&words[i]) {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        // A comma ends a name: "Nairobi, Kenya" are two places, a list of states is each.
        let joined = |i: usize| {
            text.get(words[i - 1].span.end..words[i].span.start)
                .is_some_and(|gap| !gap.contains([',', ';', '(', ')']))
        };
        while i < words.len() && name_word(&words[i]) && joined(i) {
            i += 1;
        }
        // The word that ended the run is no name word, and the next run starts after it;
        // or a name word after a comma, which starts it.
        let next = if i < words.len() && name_word(&words[i]) {
            i
        } else {
            i + 1
        };
        // "P.Yokich" is "P. Yokich"; "U.S." is "us".
        let mut parts: Vec<String> = Vec::with_capacity(i - start);
        for w in &words[start..i] {
            tidings_core::with_lowercase(w.text, |lower| {
                let bare = tidings_core::trim_possessive(lower);
                let pieces = || bare.split('.').filter(|p| !p.is_empty());
                if pieces().all(|p| p.chars().count() == 1) {
                    parts.push(pieces().collect());
                } else {
                    parts.extend(pieces().map(str::to_string));
                }
            });
        }
        let at = Span::new(words[start].span.start, words[i - 1].span.end);
        out.push(mention(
            words,
            at,
            sentence,
            doc,
            Kind::Name,
            Value::Name(parts),
            &[],
        ));
        i = next;
    }
    out
}
