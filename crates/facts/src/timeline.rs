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
    let mut seen = foldhash::HashSet::default();
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
            let future = ((future
                || deadline
                || runs_until(before)
                || would_before(before)
                || (schedule && !past_verb_in(before))
                || being_participle_before(before))
                && !after_past_verb(before))
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
                        && (names_an_election(after) || follows_an_election(before)) =>
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
            if !seen.insert((date.clone(), expression, flat.clone())) {
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
    let plan = matches!(
        w.as_str(),
        "scheduled" | "expected" | "planned" | "slated" | "set" | "due"
    );
    !auxiliary && !plan && (IRREGULAR.contains(&w.as_str()) || (w.len() > 4 && w.ends_with("ed")))
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
        .any(|w| {
            let plan = matches!(
                w.as_str(),
                "scheduled" | "expected" | "planned" | "slated" | "set" | "due"
            );
            !plan && (IRREGULAR.contains(&w.as_str()) || (w.len() > 4 && w.ends_with("ed")))
        })
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
    if !before.contains("ould") {
        return false;
    }
    let words: Vec<&str> = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let Some(at) = words.iter().rposition(|w| w.eq_ignore_ascii_case("would")) else {
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

/// Whether a month is an election's: "November's election", "the November elections".
fn names_an_election(after: &str) -> bool {
    let rest = after
        .strip_prefix("'s")
        .or_else(|| after.strip_prefix("’s"))
        .unwrap_or(after);
    let next = rest
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_lowercase();
    rest.starts_with(' ') && is_election_word(&next)
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
                !past
                    && (matches!(next, "to" | "for")
                        || matches!(before, "is" | "are" | "be" | "being" | "the" | "an" | "a")
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
                words.get(i + 1).is_some_and(|n| n == "to") && capitalized_before(sentence, i)
            }
            "planning" => {
                words.get(i + 1).is_some_and(|n| n == "to")
                    && matches!(before, "is" | "are" | "am" | "re")
            }
            // "a study to be released Tuesday", "talks to be held in June".
            "be" if before == "to" => words.get(i + 1).is_some_and(|n| is_participle(n)),
            "going" => words.get(i + 1).is_some_and(|n| n == "to"),
            // A schedule in the present tense: "the film opens on May 21".
            "upcoming" | "tomorrow" | "opens" | "begins" | "starts" | "premieres" => true,
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
mod tests {
    fn dates(text: &str, date: &str) -> Vec<(String, Option<String>)> {
        let (cluster, sentences) = crate::test_cluster(&[text], Some(date));
        super::timeline(&cluster, &sentences)
            .into_iter()
            .map(|e| (e.expression, e.date))
            .collect()
    }

    #[test]
    fn slated_and_prepared_speak_of_the_future() {
        // A Sunday.
        assert_eq!(
            dates(
                "He came for the inauguration ceremony slated for Monday.",
                "1999-01-31"
            ),
            [("Monday".to_string(), Some("1999-02-01".to_string()))]
        );
        // A Wednesday.
        assert_eq!(
            dates(
                "Lewinsky is prepared to testify, probably on Thursday.",
                "1998-08-05"
            ),
            [("Thursday".to_string(), Some("1998-08-06".to_string()))]
        );
        assert_eq!(
            dates("She was prepared on Thursday.", "1998-08-05"),
            [("Thursday".to_string(), Some("1998-07-30".to_string()))]
        );
    }

    #[test]
    fn the_future_inside_a_quotation_is_not_the_date_outside_it() {
        // A Wednesday: Monday is when it was said, whatever the words say of the future.
        let text = "On Monday, Foley said, ``The government is prepared to take the steps.''";
        assert_eq!(
            dates(text, "1998-12-09"),
            [("Monday".to_string(), Some("1998-12-07".to_string()))]
        );
        // A date inside the quotation reads the quotation's own tense.
        let text = "Foley said: ``We will meet on Monday.''";
        assert_eq!(
            dates(text, "1998-12-09"),
            [("Monday".to_string(), Some("1998-12-14".to_string()))]
        );
        assert_eq!(
            super::without_quotations("a ``b'' c “d” e"),
            "a       c ".to_string() + &" ".repeat("“d”".len()) + " e"
        );
    }

    #[test]
    fn a_modal_until_a_weekday_looks_ahead() {
        // A Thursday: what "could last until Friday" lasts until tomorrow, though it was said.
        assert_eq!(
            dates(
                "Authorities said earlier that the oxygen could last until Friday.",
                "2000-08-17"
            ),
            [("Friday".to_string(), Some("2000-08-18".to_string()))]
        );
        assert_eq!(
            dates(
                "Up until Friday, the agency said it lacked data.",
                "2000-08-17"
            ),
            [("Friday".to_string(), Some("2000-08-11".to_string()))]
        );
    }

    #[test]
    fn an_election_weekday_is_the_nearest() {
        // A Friday: "before elections Sunday" and "Sunday's elections" are two days ahead.
        assert_eq!(
            dates(
                "Politicians are rushing around before elections Sunday.",
                "1998-07-24"
            ),
            vec![("Sunday".to_string(), Some("1998-07-26".to_string()))]
        );
        assert_eq!(
            dates("The policy changed with Sunday's elections.", "1998-07-24"),
            vec![("Sunday".to_string(), Some("1998-07-26".to_string()))]
        );
        // A Tuesday: Sunday's vote is two days behind.
        assert_eq!(
            dates("He won Sunday's elections.", "1998-07-28"),
            vec![("Sunday".to_string(), Some("1998-07-26".to_string()))]
        );
    }

    #[test]
    fn until_a_day_a_weekend_last_week_and_a_dated_past_event() {
        // A Monday: maneuvers "which run until Friday" end this week's Friday.
        assert_eq!(
            dates(
                "The maneuvers, which run until Friday, are designed to help.",
                "1998-07-27"
            ),
            vec![("Friday".to_string(), Some("1998-07-31".to_string()))]
        );
        // "was closed until Friday" and "Up until Friday" are behind.
        assert_eq!(
            dates("The road was closed until Friday.", "1998-07-27"),
            vec![("Friday".to_string(), Some("1998-07-24".to_string()))]
        );
        assert_eq!(
            dates(
                "Up until Friday, the agency lacked the staff.",
                "1998-07-27"
            ),
            vec![("Friday".to_string(), Some("1998-07-24".to_string()))]
        );
        // A Sunday: "last week" is the week just ending (Monday 10 May).
        assert_eq!(
            dates("City schools closed last week.", "1999-05-16"),
            vec![("last week".to_string(), Some("1999-05-10".to_string()))]
        );
        // "the April 20 massacre" in May, in a sentence about a plan: past.
        assert_eq!(
            dates(
                "The teens planned to top the death toll of the April 20 massacre.",
                "1999-05-16"
            ),
            vec![("April 20".to_string(), Some("1999-04-20".to_string()))]
        );
    }

    #[test]
    fn a_sunday_week_a_past_schedule_a_deadline_and_an_adjective_month() {
        // A Sunday: what will happen "this week" happens in the week starting tomorrow;
        // what happened "earlier this week" in the week ending today.
        let got = dates(
            "The clinics would operate normally this week.",
            "1998-10-25",
        );
        assert_eq!(got, vec![("this week".into(), Some("1998-10-26".into()))]);
        let got = dates(
            "This week, helicopters will start searching for those stranded.",
            "2000-03-04",
        );
        assert_eq!(got, vec![("This week".into(), Some("2000-03-06".into()))]);
        let got = dates("Officials met earlier this week.", "1998-10-25");
        assert_eq!(
            got,
            vec![("earlier this week".into(), Some("1998-10-19".into()))]
        );
        // A Sunday: patients who "had been scheduled" to see him on Saturday were to see
        // him yesterday.
        let got = dates(
            "Another physician treated patients who had been scheduled to see him on Saturday.",
            "1998-10-25",
        );
        assert_eq!(got, vec![("Saturday".into(), Some("1998-10-24".into()))]);
        // A Tuesday: "going past Friday" is a deadline ahead; "this past Friday" is behind.
        let got = dates(
            "Clinton wants a bill to keep the government going past Friday.",
            "1998-10-06",
        );
        assert_eq!(got, vec![("Friday".into(), Some("1998-10-09".into()))]);
        let got = dates("The talks ended this past Friday.", "1998-10-06");
        assert_eq!(got[0].1.as_deref(), Some("1998-10-02"));
        // "an August meeting" names a month.
        let got = dates("The offer was made in an August meeting.", "1998-10-18");
        assert_eq!(got, vec![("August".into(), Some("1998-08-01".into()))]);
    }

    #[test]
    fn a_schedule_with_is_to() {
        // A Monday: "the panel is to discuss … Wednesday" is this week's Wednesday, and the
        // Tuesday before it in the sentence too.
        let got = dates(
            "After listening to researchers Tuesday morning, the panel is to discuss the issue \
             and issue a statement Wednesday.",
            "1998-11-16",
        );
        assert_eq!(got[0].1.as_deref(), Some("1998-11-17"), "{got:?}");
        assert_eq!(got[1].1.as_deref(), Some("1998-11-18"), "{got:?}");
        // A past verb before the date keeps it past; "is to the" is no schedule.
        let got = dates(
            "England plunged out of the World Cup Tuesday against Argentina, who is to play \
             the Netherlands.",
            "1998-07-01",
        );
        assert_eq!(got[0].1.as_deref(), Some("1998-06-30"), "{got:?}");
        let got = dates("The threat it is to the state grew Tuesday.", "1998-07-01");
        assert_eq!(got[0].1.as_deref(), Some("1998-06-30"), "{got:?}");
    }

    #[test]
    fn a_plan_to_do_something_on_a_weekday_is_the_next_one() {
        // A Thursday: "plans to … on Friday" is tomorrow, not last Friday.
        let got = dates(
            "The Timor Action Group plans to release the files on Friday.",
            "1998-10-29",
        );
        assert_eq!(got[0].1.as_deref(), Some("1998-10-30"), "{got:?}");
        // A noun "plan" says nothing of the time.
        for past in [
            "The plan was unveiled on Friday.",
            "The plan to meet on Friday was the brainchild of May.",
            "On Friday the shops announced identical plans to cut prices.",
        ] {
            let got = dates(past, "1998-10-29");
            let friday = got.iter().find(|(e, _)| e == "Friday");
            assert_eq!(
                friday.and_then(|f| f.1.as_deref()),
                Some("1998-10-23"),
                "{got:?}"
            );
        }
    }

    #[test]
    fn plans_in_the_present_and_the_weekend_just_past() {
        // Said in February: "is moving … in May" is a plan for this May; "ended in
        // November" is last November.
        let got = dates(
            "The play is moving to the West End in May. The inquiry ended in November.",
            "1999-02-22",
        );
        let date_of = |e: &str| {
            got.iter()
                .find(|(x, _)| x == e)
                .and_then(|(_, d)| d.clone())
        };
        assert_eq!(date_of("May").as_deref(), Some("1999-05-01"), "{got:?}");
        assert_eq!(
            date_of("November").as_deref(),
            Some("1998-11-01"),
            "{got:?}"
        );
        // "was playing … in May" is the past.
        let got = dates("The play was playing to crowds in May.", "1999-02-22");
        assert_eq!(got[0].1.as_deref(), Some("1998-05-01"), "{got:?}");
        // A Monday: what someone "took this weekend" was two days ago; what is planned
        // for "this weekend" is ahead.
        let got = dates(
            "It came in for criticism for actions it took this weekend.",
            "1999-02-22",
        );
        assert_eq!(got[0].1.as_deref(), Some("1999-02-15"), "{got:?}");
        let got = dates("The ministers will meet this weekend.", "1999-02-22");
        assert_eq!(got[0].1.as_deref(), Some("1999-02-22"), "{got:?}");
        // A month named with "the": "the August bombings" said in November.
        let got = dates("He spoke of the August bombings.", "1998-11-02");
        assert_eq!(got[0].1.as_deref(), Some("1998-08-01"), "{got:?}");
    }

    #[test]
    fn the_verb_and_the_sentence_say_which_day() {
        // A Saturday: "said Friday" is yesterday even in a sentence with "expected".
        let got = dates(
            "He never expected the support, his secretary said Friday.",
            "2000-01-01",
        );
        assert_eq!(got[0].1.as_deref(), Some("1999-12-31"));
        // "on Feb. 28, 1993, … on April 19": the year written earlier in the sentence.
        let got = dates(
            "After the raid on Feb. 28, 1993, the FBI attacked 50 days later, on April 19.",
            "1999-08-28",
        );
        let april = got.iter().find(|(e, _)| e == "April 19").unwrap();
        assert_eq!(april.1.as_deref(), Some("1993-04-19"));
        // "next Feb. 7": after the article's date.
        let got = dates("Caucuses were set for next Feb. 7 on Monday.", "1999-02-08");
        let feb = got.iter().find(|(e, _)| e == "Feb. 7").unwrap();
        assert_eq!(feb.1.as_deref(), Some("2000-02-07"));
        // A schedule in the present tense: "opens on May 21" said in November.
        let got = dates("The new film opens on May 21.", "1998-11-22");
        assert_eq!(got[0].1.as_deref(), Some("1999-05-21"));
        // A Monday: "a study to be released Tuesday" is tomorrow.
        let got = dates(
            "It hurts, according to a new study to be released Tuesday.",
            "2000-04-24",
        );
        assert_eq!(got[0].1.as_deref(), Some("2000-04-25"));
        // "being released Wednesday" is to come; "was being held Monday" is past.
        let got = dates(
            "A report being released Wednesday concludes it.",
            "1998-07-28",
        );
        assert_eq!(got[0].1.as_deref(), Some("1998-07-29"), "{got:?}");
        let got = dates("The talks were being held Monday in Geneva.", "1998-07-28");
        assert_eq!(got[0].1.as_deref(), Some("1998-07-27"), "{got:?}");
        // A gerund after a preposition is no plan: "after being diagnosed in November"; a
        // "being" elsewhere in the sentence says nothing of this date.
        let got = dates(
            "He decided to retire after being diagnosed with cancer in November.",
            "2000-01-01",
        );
        assert_eq!(got[0].1.as_deref(), Some("1999-11-01"), "{got:?}");
        let got = dates(
            "Zhu, who visited the area on Tuesday, said the dams were being repaired.",
            "1998-09-09",
        );
        assert_eq!(got[0].1.as_deref(), Some("1998-09-08"), "{got:?}");
        // "to be" before a noun is no plan: "proved to be right Tuesday" stays past.
        let got = dates("The forecast proved to be right Tuesday.", "2000-04-24");
        assert_eq!(got[0].1.as_deref(), Some("2000-04-18"));
    }

    #[test]
    fn plans_deadlines_and_conditionals_are_to_come() {
        let date_of = |got: &[(String, Option<String>)], e: &str| {
            got.iter()
                .find(|(x, _)| x == e)
                .and_then(|(_, d)| d.clone())
        };
        // A Friday: "halted Tuesday's planned execution" names next Tuesday's plan.
        let got = dates(
            "Bush followed the board's advice Friday and halted Tuesday's planned execution.",
            "1998-06-26",
        );
        assert_eq!(
            date_of(&got, "Friday").as_deref(),
            Some("1998-06-26"),
            "{got:?}"
        );
        assert_eq!(
            date_of(&got, "Tuesday").as_deref(),
            Some("1998-06-30"),
            "{got:?}"
        );
        // A Wednesday: a deadline "by Thursday or Friday" is ahead; "retreated by Friday"
        // is past.
        let got = dates(
            "Both sides struggle to reach a deal by Thursday or Friday.",
            "1998-07-08",
        );
        assert_eq!(
            date_of(&got, "Thursday").as_deref(),
            Some("1998-07-09"),
            "{got:?}"
        );
        assert_eq!(
            date_of(&got, "Friday").as_deref(),
            Some("1998-07-10"),
            "{got:?}"
        );
        let got = dates("The rebels retreated by Friday.", "1998-07-08");
        assert_eq!(got[0].1.as_deref(), Some("1998-07-03"), "{got:?}");
        // "would" before the date: to come; after it, not.
        let got = dates(
            "A deal would allow the workers to vote over the weekend and reopen the \
             factories Monday.",
            "1998-07-08",
        );
        assert_eq!(
            date_of(&got, "over the weekend").as_deref(),
            Some("1998-07-06"),
            "{got:?}"
        );
        assert_eq!(
            date_of(&got, "Monday").as_deref(),
            Some("1998-07-13"),
            "{got:?}"
        );
        let got = dates(
            "The president on Wednesday announced that he would free the sailors.",
            "2007-04-05",
        );
        assert_eq!(got[0].1.as_deref(), Some("2007-04-04"), "{got:?}");
        let got = dates("He would have resigned Monday.", "1998-07-08");
        assert_eq!(got[0].1.as_deref(), Some("1998-07-06"), "{got:?}");
        // Another clause's time between: "an order issued in May", "the Oct. 31 crash".
        let got = dates("It would nullify an order issued in May.", "1998-06-26");
        assert_eq!(got[0].1.as_deref(), Some("1998-05-01"), "{got:?}");
        let got = dates("The agency would study the Oct. 31 crash.", "1999-11-10");
        assert_eq!(got[0].1.as_deref(), Some("1999-10-31"), "{got:?}");
        // A narrative's opening "By Feb. 26, most people thought" is no deadline.
        let got = dates(
            "By Feb. 26, most people thought the worst was over.",
            "2000-03-10",
        );
        assert_eq!(got[0].1.as_deref(), Some("2000-02-26"), "{got:?}");
    }

    #[test]
    fn the_weekend_elections_and_half_years() {
        // "over the weekend" in the past tense: on a Monday the weekend just past, on a
        // Sunday this one (weeks run Monday to Sunday).
        let got = dates("The trailer was released over the weekend.", "1998-11-23");
        assert_eq!(got[0].1.as_deref(), Some("1998-11-16"), "{got:?}");
        let got = dates("The trailer was released over the weekend.", "1998-11-22");
        assert_eq!(got[0].1.as_deref(), Some("1998-11-16"), "{got:?}");
        // "during the month" is no date.
        assert!(dates("Prices rose during the month.", "1998-11-22").is_empty());
        // An election month is its nearest occurrence: ahead in June, behind in January.
        let got = dates(
            "He is Bush's opponent in November's election.",
            "1998-06-26",
        );
        assert_eq!(got[0].1.as_deref(), Some("1998-11-01"), "{got:?}");
        let got = dates("He lost the November elections.", "1999-01-10");
        assert_eq!(got[0].1.as_deref(), Some("1998-11-01"), "{got:?}");
        // "3 1/2 years ago" counts months; "1/2 years ago" is not "2 years ago".
        let got = dates("He took office 3 1/2 years ago.", "1998-06-26");
        assert_eq!(got[0].0, "3 1/2 years ago", "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("1994-12-01"), "{got:?}");
        assert!(dates("It began 1/2 years ago.", "1998-06-26").is_empty());
    }
}
