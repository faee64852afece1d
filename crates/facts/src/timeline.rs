//! The timeline: every kept sentence that dates something, with the date resolved against
//! its document's date ("Friday" in a report of Saturday 27 August 2016 is 2016-08-26),
//! sorted by date; expressions that cannot be resolved stay, marked `relative`.

use jiff::civil::Date;
use tidings_core::{Cluster, Sentence, TimelineEntry};

use crate::anchor_date;
use crate::date::{resolve_in, DateMention, DateValue};

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
    // Only asked, never walked: any hasher gives the same timeline.
    let mut seen: foldhash::HashMap<_, usize> = foldhash::HashMap::default();
    // The days each document writes out with their year ("June 4, 1989"), for the same
    // day written without one ("the handling of June 4") and for past days near them.
    // With where each is written: a story writes a day out in full first and short after.
    let mut written_days: Vec<Vec<(i16, i8, i8, usize)>> =
        vec![Vec::new(); cluster.documents.len()];
    for (s, found) in sentences.iter().zip(sentence_dates) {
        for m in found {
            if let DateValue::Day {
                year: Some(y),
                month,
                day,
            } = m.value
            {
                written_days[s.doc].push((y, month, day, s.span.start + m.span.start));
            }
        }
    }
    for (s, found) in sentences.iter().zip(sentence_dates) {
        let doc = &cluster.documents[s.doc];
        let text = &doc.text[s.span.start..s.span.end];
        if found.is_empty() {
            continue;
        }
        // The sentence with its whitespace collapsed: copies across documents compare so.
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        // "On Monday, Foley said … ``The U.S. government is prepared to …''": words in
        // quotation marks speak of their own time, not of a date outside them.
        let unquoted = without_quotations(text);
        let future_outside = speaks_of_future(&unquoted);
        let future_anywhere = future_outside || speaks_of_future(text);
        let schedule = states_schedule(text);
        // The year a sentence last wrote out ("on Feb. 28, 1993, … 50 days later, on April
        // 19"): a later year-less date of the same sentence is in it.
        let mut written_year: Option<i16> = None;
        for m in found {
            let expression = &text[m.span.start..m.span.end];
            let value = match m.value {
                DateValue::Day { year: Some(y), .. } | DateValue::Month { year: Some(y), .. } => {
                    written_year = Some(y);
                    m.value
                }
                // "June 4" in a story that wrote "June 4, 1989" before: that day, unless the
                // sentence speaks of the day to come ("will have drawn by Oct. 2" in a
                // story of the strip's first, "Oct. 2, 1950").
                DateValue::Day {
                    year: None,
                    month,
                    day,
                } if !future_outside
                    && written_days[s.doc].iter().any(|&(_, mo, d, at)| {
                        (mo, d) == (month, day) && at < s.span.start + m.span.start
                    }) =>
                {
                    let year = written_days[s.doc]
                        .iter()
                        .find(|&&(_, mo, d, _)| (mo, d) == (month, day))
                        .map(|&(y, _, _, _)| y);
                    DateValue::Day { year, month, day }
                }
                DateValue::Day {
                    year: None,
                    month,
                    day,
                } if written_year.is_some() => DateValue::Day {
                    year: written_year,
                    month,
                    day,
                },
                DateValue::Month { year: None, month } if written_year.is_some() => {
                    DateValue::Month {
                        year: written_year,
                        month,
                    }
                }
                v => v,
            };
            let before = &text[..m.span.start];
            let after = &text[m.span.end..];
            let quoted = unquoted.as_bytes().get(m.span.start) == Some(&b' ')
                && !text[m.span.start..].starts_with(' ');
            let future = if quoted {
                future_anywhere
            } else {
                future_outside
            };
            // "a deal by Thursday or Friday": a deadline is to come, unless the sentence
            // is in the past.
            let deadline = is_deadline(before) && !past_verb_in(text);
            // "said Friday": the date of a past-tense verb is past, whatever else the
            // sentence says of the future; but "halted Tuesday's planned execution" dates
            // the plan, not the verb.
            // "the critics who see ``Phantom'' Friday night … won't mean a thing": a future
            // denied is a future, unless a past verb dates the day ("opened … on May 19, it
            // won't be released …").
            let denied = unquoted.contains("won't") && !past_verb_in(before);
            let future = ((future
                || denied
                || deadline
                || runs_until(before)
                || would_before(before)
                || (schedule && !past_verb_in(before))
                || being_participle_before(before)
                || plan_made_before(before))
                && !after_past_verb(before)
                && !opens_a_past_clause(before, after))
                || names_a_plan(after);
            // "actions it took this weekend" said on a Monday, or "over the weekend" in a
            // sentence not about the future: the weekend just past, the week before's by
            // weeks (Monday to Sunday).
            let value = match (value, anchors[s.doc]) {
                (DateValue::WeekOffset(0), Some(a))
                    if a.weekday().to_monday_zero_offset() < 5
                        && ((expression.eq_ignore_ascii_case("this weekend")
                            && after_past_verb(before))
                            || (is_the_weekend(expression) && !future)) =>
                {
                    DateValue::WeekOffset(-1)
                }
                // "City schools closed last week" said on a Sunday: the week just ending
                // (on a Saturday, the labelled copy means the week before: four of four).
                (DateValue::WeekOffset(-1), Some(a))
                    if a.weekday() == jiff::civil::Weekday::Sunday
                        && expression.eq_ignore_ascii_case("last week") =>
                {
                    DateValue::WeekOffset(0)
                }
                // "clinics would operate normally this week" in a weekend paper: the week
                // that starts on the Monday after.
                (DateValue::WeekOffset(0), Some(a))
                    if matches!(
                        a.weekday(),
                        jiff::civil::Weekday::Saturday | jiff::civil::Weekday::Sunday
                    ) && future
                        && (expression.eq_ignore_ascii_case("this week")
                            || expression.eq_ignore_ascii_case("later this week")) =>
                {
                    DateValue::WeekOffset(1)
                }
                (v, _) => v,
            };
            let yearless = matches!(
                value,
                DateValue::Day { year: None, .. } | DateValue::Month { year: None, .. }
            );
            let mut resolved = match anchors[s.doc] {
                // "the April 20 massacre": an event of the past, whatever the sentence
                // says is planned.
                Some(a) if yearless && names_a_past_event(before, after) => {
                    resolve_in(value, Some(a), false)
                }
                // "is moving to the West End in May" said in February: a plan, this year's.
                Some(a) if yearless && !future && progressive_before(before) => {
                    resolve_in(value, Some(a), month_of(value) >= Some(a.month()))
                }
                // "November's election" said in June, "elections Sunday" or "Sunday's
                // elections" said on a Friday: the vote's nearest occurrence, to come or past.
                Some(a)
                    if (yearless || matches!(value, DateValue::Weekday(_)))
                        && !future
                        && (names_an_election(after, matches!(value, DateValue::Weekday(_)))
                            || follows_an_election(before)) =>
                {
                    let ahead = resolve_in(value, Some(a), true);
                    let behind = resolve_in(value, Some(a), false);
                    match (ahead, behind) {
                        (Some((x, p)), Some((y, _))) => {
                            let gap = |d: jiff::civil::Date| (d - a).get_days().abs();
                            Some(if gap(x) < gap(y) { (x, p) } else { (y, p) })
                        }
                        (x, y) => y.or(x),
                    }
                }
                _ => resolve_in(value, anchors[s.doc], future),
            };
            // An inherited year that puts the date after the article's in a sentence not
            // about the future was a dateline's or another event's: resolve without it.
            if value != m.value && !future {
                if let (Some((d, _)), Some(a)) = (resolved, anchors[s.doc]) {
                    if d > a {
                        resolved = resolve_in(m.value, anchors[s.doc], future);
                    }
                }
            }
            // "after martial law was declared on May 20", said in April: a past verb's day
            // ahead of the article is an earlier year's, the year of a day the story writes
            // out within two months of it ("June 4, 1989") or else last year.
            if let (
                Some((d, p)),
                Some(a),
                DateValue::Day {
                    year: None,
                    month,
                    day,
                },
            ) = (resolved, anchors[s.doc], value)
            {
                if d > a && !future && after_past_verb(before) {
                    let near = written_days[s.doc].iter().find_map(|&(y, mo, dd, _)| {
                        let there = Date::new(y, mo, dd).ok()?;
                        let here = Date::new(y, month, day).ok()?;
                        (y < a.year() && (here - there).get_days().abs() <= 60).then_some(here)
                    });
                    resolved = near
                        .or_else(|| Date::new(a.year() - 1, month, day).ok())
                        .map(|d| (d, p));
                }
            }
            // "next Feb. 7": the first such day after the article's date.
            if let (Some((d, p)), Some(a)) = (resolved, anchors[s.doc]) {
                let next = before.trim_end().to_lowercase().ends_with("next");
                if next && d <= a && matches!(value, DateValue::Day { year: None, .. }) {
                    resolved = d
                        .checked_add(jiff::Span::new().years(1))
                        .ok()
                        .map(|d| (d, p));
                }
            }
            let (date, precision) = match resolved {
                Some((d, p)) => (Some(d.to_string()), p.name()),
                None => (None, "relative"),
            };
            // Copies across documents collapse; two dates of one sentence both stay.
            // One document's two mentions of the day stay ("Data for Sunday were not
            // available Sunday night"): each is an expression a reader may look up.
            let first_doc = *seen
                .entry((date.clone(), expression, flat.clone()))
                .or_insert(s.doc);
            if first_doc != s.doc {
                continue;
            }
            out.push(TimelineEntry {
                date,
                precision: precision.to_string(),
                expression: expression.to_string(),
                expression_start: s.span.start + m.span.start,
                expression_end: s.span.start + m.span.end,
                text: flat.clone(),
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

/// Past tenses without "-ed".
const IRREGULAR: &[&str] = &[
    "said", "told", "wrote", "met", "left", "began", "took", "gave", "held", "made", "won", "lost",
    "saw", "came", "went", "fell", "rose", "struck", "spoke", "sent", "found", "brought", "chose",
    "ran", "paid", "sold", "hit", "put", "set", "shut", "quit",
];

/// Whether the words before a date end with a past-tense verb ("said Friday", "reported
/// on Monday", "met late Tuesday").
fn after_past_verb(before: &str) -> bool {
    let mut words = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev();
    let mut w = words.next().unwrap_or("").to_lowercase();
    while matches!(w.as_str(), "on" | "late" | "early" | "last" | "this") {
        w = words.next().unwrap_or("").to_lowercase();
    }
    // "being finalized Friday", "will be released Tuesday", "scheduled Tuesday": a
    // participle or a plan, not the past.
    let auxiliary = words.next().is_some_and(|a| {
        matches!(
            a.to_lowercase().as_str(),
            "be" | "being" | "been" | "to" | "will" | "is" | "are" | "get" | "gets"
        )
    });
    !auxiliary && is_past_verb(&w)
}

/// Whether a lowercased word is a past-tense verb ("said", "passed"), not a plan's
/// participle ("scheduled", "set for Friday").
fn is_past_verb(w: &str) -> bool {
    let plan = matches!(
        w,
        "scheduled" | "expected" | "planned" | "slated" | "set" | "due"
    );
    !plan && (IRREGULAR.contains(&w) || (w.len() > 4 && w.ends_with("ed")))
}

/// Whether a date that opens its sentence ("But in June, the U.S. House passed a measure
/// allowing the Ten Commandments to be posted …") is followed by a past verb before any
/// modal: the clause it dates is past, whatever the rest of the sentence plans.
fn opens_a_past_clause(before: &str, after: &str) -> bool {
    let lead: Vec<&str> = before.split_whitespace().collect();
    let opening = match lead.as_slice() {
        [p] | [_, p] => {
            matches!(p.to_lowercase().as_str(), "in" | "on")
                && (lead.len() == 1 || matches!(lead[0], "But" | "And" | "Then"))
        }
        _ => false,
    };
    if !opening || !after.starts_with(',') {
        return false;
    }
    let words: Vec<String> = after
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(7)
        .map(str::to_lowercase)
        .collect();
    for (i, w) in words.iter().enumerate().take(6) {
        // "a team made up of …", "a panel led by …": a participle of a noun, not the verb.
        let reduced = words.get(i + 1).is_some_and(|n| {
            matches!(
                n.as_str(),
                "by" | "of" | "up" | "in" | "as" | "for" | "from" | "with" | "at" | "on"
            )
        });
        if matches!(
            w.as_str(),
            "will" | "would" | "to" | "is" | "are" | "can" | "could" | "may" | "might" | "shall"
        ) {
            return false;
        }
        // "a task force Clinton created will present": a relative clause's verb, the
        // modal right after it is the clause's own.
        let relative = words.get(i + 1).is_some_and(|n| {
            matches!(
                n.as_str(),
                "will" | "would" | "can" | "could" | "may" | "might" | "shall" | "is" | "are"
            )
        });
        if !reduced && !relative && is_past_verb(w) {
            return true;
        }
    }
    false
}

fn is_participle(word: &str) -> bool {
    word.len() > 3 && (word.ends_with("ed") || word.ends_with("en"))
        || matches!(word, "held" | "made" | "sent" | "built" | "paid" | "sold")
}

/// The month of a year-less day or month.
fn month_of(value: DateValue) -> Option<i8> {
    match value {
        DateValue::Day { month, .. } | DateValue::Month { month, .. } => Some(month),
        _ => None,
    }
}

/// Whether the words before a date hold a present progressive with nothing in the past
/// after it: "is moving to the West End in May" (a plan), not "is playing … was held in May".
fn progressive_before(before: &str) -> bool {
    let words: Vec<String> = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .take(8)
        .map(str::to_lowercase)
        .collect();
    for (i, w) in words.iter().enumerate() {
        if matches!(
            w.as_str(),
            "was" | "were" | "had" | "has" | "have" | "did" | "said" | "ago"
        ) {
            return false;
        }
        let aux = words.get(i + 1).map(String::as_str);
        if w.len() > 4 && w.ends_with("ing") && w != "being" && matches!(aux, Some("is" | "are")) {
            return true;
        }
    }
    false
}

/// Whether the date follows "being" and a participle: "a report being released Wednesday" is
/// to come; not "was being held Monday" or "after being diagnosed in November".
fn being_participle_before(before: &str) -> bool {
    let words: Vec<String> = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .take(5)
        .map(str::to_lowercase)
        .collect();
    let at = words
        .iter()
        .position(|w| !matches!(w.as_str(), "on" | "late" | "early" | "in"))
        .unwrap_or(words.len());
    let past_or_gerund = |w: &String| {
        matches!(
            w.as_str(),
            "was"
                | "were"
                | "after"
                | "since"
                | "before"
                | "despite"
                | "upon"
                | "of"
                | "by"
                | "for"
                | "without"
                | "from"
        )
    };
    words.get(at).is_some_and(|w| is_participle(w))
        && words.get(at + 1).is_some_and(|w| w == "being")
        && !words.get(at + 2).is_some_and(past_or_gerund)
}

/// Whether a sentence states a schedule with "is/are to <verb>": "the panel is to discuss
/// … Wednesday", "PAL is to resume flights … on Wednesday"; not "is to blame", "is to the".
fn states_schedule(sentence: &str) -> bool {
    let lower = sentence.to_ascii_lowercase();
    if !(lower.contains("is to ") || lower.contains("are to ")) {
        return false;
    }
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(3).any(|w| {
        matches!(w[0], "is" | "are")
            && w[1] == "to"
            && !matches!(
                w[2],
                "blame"
                    | "say"
                    | "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "this"
                    | "that"
                    | "these"
                    | "those"
                    | "some"
                    | "all"
            )
    })
}

/// Whether the words before a date hold a past-tense verb ("England plunged out of the
/// World Cup Tuesday … who is to play"): the date is then the past's, whatever is scheduled
/// later in the sentence. A plan's participle ("set for Friday") is no past.
fn past_verb_in(before: &str) -> bool {
    before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .any(|w| is_past_verb(&w))
}

/// `text` with what stands between quotation marks (``…'', “…”, "…") blanked to spaces,
/// byte for byte, so offsets still hold. An unclosed mark blanks nothing.
pub(crate) fn without_quotations(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((open, close)) = next_quotation(rest) {
        out.push_str(&rest[..open]);
        out.extend(std::iter::repeat_n(' ', close - open));
        rest = &rest[close..];
    }
    out.push_str(rest);
    out
}

/// The bytes `(open, close)` of the first quotation in `text`, marks included.
fn next_quotation(text: &str) -> Option<(usize, usize)> {
    let pairs = [("``", "''"), ("“", "”"), ("\"", "\"")];
    pairs
        .iter()
        .filter_map(|(o, c)| {
            let open = text.find(o)?;
            let close = text[open + o.len()..].find(c)? + open + o.len() + c.len();
            Some((open, close))
        })
        .min()
}

/// Whether the words before a date make it a deadline: "a deal by Thursday", "by Thursday
/// or"; not a sentence's opening "By Feb. 26, most people thought …", a narrative's.
fn is_deadline(before: &str) -> bool {
    let words: Vec<&str> = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .take(4)
        .collect();
    match words.as_slice() {
        [by, _, ..] if *by == "by" => true,
        // "to keep operations going past Friday"; not "this past Friday".
        [past, prev, ..] if *past == "past" || *past == "beyond" => {
            !matches!(prev.to_lowercase().as_str(), "this" | "the")
        }
        [or, day, by, _, ..] => *or == "or" && *by == "by" && crate::date::weekday(day).is_some(),
        _ => false,
    }
}

/// Whether a conditional or reported future comes before the date: "a deal would allow …
/// to reopen the factories Monday"; not "would have", not a "would" after the date
/// ("announced on Wednesday that he would free"). Between the "would" and the date, a
/// past-tense verb, "since", "until" or "but" starts another clause's time ("would nullify
/// an order issued in May"), and a date right after "the" names an event ("the Oct. 31
/// crash").
fn would_before(before: &str) -> bool {
    // Most sentences hold no "would": skip splitting them.
    if !before.contains("ould") && !before.contains("'d ") && !before.contains("’d ") {
        return false;
    }
    let words: Vec<&str> = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let Some(at) = words
        .iter()
        .enumerate()
        .rposition(|(i, w)| w.eq_ignore_ascii_case("would") || would_contracted(&words, i))
    else {
        return false;
    };
    let between = &words[at + 1..];
    // A participle after an article is an adjective: "reopen the struck factories".
    let other_time = between.iter().enumerate().any(|(i, w)| {
        let w = w.to_lowercase();
        let adjective = i > 0 && matches!(between[i - 1], "the" | "a" | "an");
        matches!(w.as_str(), "since" | "until" | "but")
            || (!adjective
                && (IRREGULAR.contains(&w.as_str()) || (w.len() > 4 && w.ends_with("ed"))))
    });
    !other_time
        && !between
            .first()
            .is_some_and(|w| matches!(*w, "have" | "not"))
        && !between
            .last()
            .is_some_and(|w| w.eq_ignore_ascii_case("the"))
}

/// Whether the `i`-th word is the "d" of "he'd spend" (would), not of "he'd spent" or
/// "she'd already left" (had): the verb after it, past any adverbs, is a plain one.
fn would_contracted(words: &[&str], i: usize) -> bool {
    if words[i] != "d" || i == 0 {
        return false;
    }
    let verb = words[i + 1..].iter().map(|w| w.to_lowercase()).find(|w| {
        !matches!(
            w.as_str(),
            "already" | "never" | "just" | "not" | "also" | "probably"
        )
    });
    verb.is_some_and(|v| {
        !is_participle(&v)
            && !IRREGULAR.contains(&v.as_str())
            && !matches!(
                v.as_str(),
                "been"
                    | "had"
                    | "gone"
                    | "done"
                    | "seen"
                    | "known"
                    | "spent"
                    | "bought"
                    | "thought"
                    | "caught"
                    | "taught"
                    | "got"
                    | "kept"
                    | "felt"
                    | "heard"
                    | "built"
                    | "meant"
                    | "stood"
                    | "begun"
            )
    })
}

/// Whether a date is the possessor of a plan: "Tuesday's planned execution", "Friday's
/// scheduled vote".
fn names_a_plan(after: &str) -> bool {
    let Some(rest) = after
        .strip_prefix("'s ")
        .or_else(|| after.strip_prefix("’s "))
    else {
        return false;
    };
    let next = rest.split_whitespace().next().unwrap_or("").to_lowercase();
    matches!(
        next.as_str(),
        "planned" | "scheduled" | "expected" | "upcoming" | "proposed"
    )
}

/// Whether a date is an election's: "November's election", "the November elections",
/// and for a weekday "Sunday's historic presidential election" too (up to two lowercase
/// modifiers between: "in December's tribal council election", "elected in the December
/// presidential elections" are as often past as to come, a weekday's vote is near).
fn names_an_election(after: &str, weekday: bool) -> bool {
    let rest = after
        .strip_prefix("'s")
        .or_else(|| after.strip_prefix("’s"))
        .unwrap_or(after);
    if !rest.starts_with(' ') {
        return false;
    }
    // Words up to the first punctuation: a modifier never crosses a comma.
    let phrase = rest
        .split(|c: char| !c.is_alphanumeric() && c != ' ' && c != '-')
        .next()
        .unwrap_or("");
    let words: Vec<&str> = phrase
        .split_whitespace()
        .take(if weekday { 3 } else { 1 })
        .collect();
    words
        .iter()
        .position(|w| is_election_word(&w.to_lowercase()))
        .is_some_and(|k| words[..k].iter().all(|w| w.starts_with(char::is_lowercase)))
}

/// Words that name a vote: "election", "referendum", "primaries" …
fn is_election_word(word: &str) -> bool {
    matches!(
        word,
        "election" | "elections" | "vote" | "referendum" | "primary" | "primaries" | "polls"
    )
}

/// Whether a date names an event of the past: "the April 20 massacre", "the Oct. 31 crash".
fn names_a_past_event(before: &str, after: &str) -> bool {
    let the = before
        .split_whitespace()
        .last()
        .is_some_and(|w| w.eq_ignore_ascii_case("the"));
    let next = after
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    the && after.starts_with(' ')
        && matches!(
            next,
            "massacre"
                | "attack"
                | "attacks"
                | "bombing"
                | "bombings"
                | "crash"
                | "shooting"
                | "shootings"
                | "killings"
                | "explosion"
                | "blast"
                | "raid"
                | "coup"
                | "earthquake"
                | "disaster"
                | "accident"
                | "tragedy"
                | "slayings"
        )
}

/// Whether the words before a date say something lasts until it in the present: "the
/// maneuvers, which run until Friday"; not "was closed until Friday".
fn runs_until(before: &str) -> bool {
    let mut words = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev();
    let (Some(until), Some(verb)) = (words.next(), words.next()) else {
        return false;
    };
    let verb = verb.to_lowercase();
    let past = IRREGULAR.contains(&verb.as_str())
        || verb.ends_with("ed")
        || matches!(verb.as_str(), "was" | "were" | "had");
    // "Authorities said the oxygen could last until Friday": a modal's time is its own,
    // whatever verb of saying came before.
    let modal = words.next().is_some_and(|m| {
        matches!(
            m.to_lowercase().as_str(),
            "could" | "would" | "will" | "may" | "might" | "can"
        )
    });
    // "Up until Tuesday, the agency said it lacked …" looks back.
    until.eq_ignore_ascii_case("until") && !past && verb != "up" && (modal || !past_verb_in(before))
}

/// Whether a plan made stands before a date: "VH1 has scheduled a movie … through Sept.
/// 6", "has scheduled a hearing for Monday"; not a date naming an event ("results of the
/// March 26 presidential election").
fn plan_made_before(before: &str) -> bool {
    let lower = before.to_ascii_lowercase();
    let the = lower.trim_end().ends_with(" the") || lower.trim_end() == "the";
    [
        "has scheduled ",
        "have scheduled ",
        "has slated ",
        "have slated ",
    ]
    .iter()
    .any(|p| lower.contains(p))
        && !the
}

/// Whether an election word comes right before a date: "elections Sunday".
fn follows_an_election(before: &str) -> bool {
    let last = before
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .unwrap_or("")
        .to_lowercase();
    is_election_word(&last)
}

/// "over the weekend", "during the weekend".
fn is_the_weekend(expression: &str) -> bool {
    let lower = expression.to_ascii_lowercase();
    lower.ends_with("the weekend")
}

/// Whether a sentence speaks of what is to come: "will" (not "ill will"), "is expected
/// to", "the scheduled meeting", "are due", "going to", "plans to", "upcoming".
fn speaks_of_future(sentence: &str) -> bool {
    // Most sentences hold none of the words: skip splitting them.
    let lower = sentence.to_ascii_lowercase();
    let cues = [
        "opens",
        "begins",
        "starts",
        "premieres",
        "will",
        "shall",
        "expected",
        "scheduled",
        "slated",
        "prepared",
        "planned",
        "plan",
        "intend",
        "due",
        "going",
        "upcoming",
        "tomorrow",
        "poised",
        "expires",
        "'ll",
        "to be ",
    ];
    if !cues.iter().any(|c| lower.contains(c)) {
        return false;
    }
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
            // "is expected to", "the scheduled meeting", "Saturday's expected vote"; not
            // "was expected", "never expected the support".
            // "had been scheduled to": a plan of the past ("was expected to" is still
            // reported news: "the summit was expected to conclude Friday").
            "expected" | "scheduled" | "slated" | "planned" => {
                let next = words.get(i + 1).map_or("", String::as_str);
                // "1,000 of them were slated for Ma'aleh Adumim": a past allotment.
                let past = (before == "been" && i >= 2 && words[i - 2] == "had")
                    || (w == "slated" && matches!(before, "was" | "were"));
                // "are not expected before early Monday".
                let denied = before == "not"
                    && i >= 2
                    && matches!(words[i - 2].as_str(), "is" | "are" | "be");
                !past
                    && (matches!(next, "to" | "for")
                        || matches!(before, "is" | "are" | "be" | "being" | "the" | "an" | "a")
                        || denied
                        || before.ends_with("'s"))
            }
            "due" => matches!(before, "is" | "are" | "now"),
            // "Lewinsky is prepared to testify … probably on Thursday".
            "prepared" => {
                matches!(before, "is" | "are") && words.get(i + 1).is_some_and(|n| n == "to")
            }
            // "The East Timor Action Network plans to make the documents public on Friday",
            // "he is planning to testify": a plan stated now. After a capitalized subject
            // only, as "identical plans to", "a regional plan to" are nouns, and after "is
            // planning".
            "plans" | "plan" | "intends" | "intend" => {
                let next = words.get(i + 1).map_or("", String::as_str);
                (next == "to" && capitalized_before(sentence, i))
                    // "he and other opponents … plan a demonstration Thursday": a verb, as
                    // no article or possessive comes before it.
                    || (matches!(w.as_str(), "plan" | "plans")
                        && matches!(next, "a" | "an")
                        && !matches!(
                            before,
                            "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "this"
                                | "that" | "new" | "peace"
                        ))
            }
            "planning" => {
                words.get(i + 1).is_some_and(|n| n == "to")
                    && matches!(before, "is" | "are" | "am" | "re")
            }
            // "a study to be released Tuesday", "talks to be held in June".
            "be" if before == "to" => words.get(i + 1).is_some_and(|n| is_participle(n)),
            "going" => words.get(i + 1).is_some_and(|n| n == "to"),
            // A schedule in the present tense: "the film opens on May 21".
            "upcoming" | "tomorrow" | "opens" | "begins" | "starts" | "premieres" | "expires" => {
                true
            }
            // "a virus … poised to strike on Monday".
            "poised" => words.get(i + 1).is_some_and(|n| n == "to"),
            _ => w.ends_with("'ll"),
        }
    })
}

/// Whether the word before the `i`-th word of `sentence` (split as [`speaks_of_future`]
/// splits it) starts with a capital: a named subject ("Chavez plans to").
fn capitalized_before(sentence: &str, i: usize) -> bool {
    i.checked_sub(1).is_some_and(|k| {
        sentence
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .nth(k)
            .is_some_and(|w| {
                w.starts_with(char::is_uppercase)
                    && !matches!(
                        w,
                        "The"
                            | "A"
                            | "An"
                            | "His"
                            | "Her"
                            | "Its"
                            | "Their"
                            | "Our"
                            | "This"
                            | "That"
                            | "Your"
                            | "My"
                    )
            })
    })
}

#[cfg(test)]
mod tests;
