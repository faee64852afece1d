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
fn a_schedule_made_runs_to_its_dates_and_a_recurring_day_is_none() {
    // A Wednesday: "has scheduled … through Sept. 6" runs ahead; the film that "aired
    // Wednesday" aired that day.
    assert_eq!(
        dates(
            "The channel has scheduled a film each Wednesday night through Sept. 6, the first \
             of which aired Wednesday.",
            "2000-05-31"
        ),
        [
            ("Wednesday".to_string(), Some("2000-05-31".to_string())),
            ("Sept. 6".to_string(), Some("2000-09-06".to_string()))
        ]
    );
    // A Sunday: a date naming a past event stays past.
    assert_eq!(
        dates(
            "``We have scheduled a sitting for April 5 to sum up the results of the March 26 \
             election,'' he said.",
            "2000-04-02"
        ),
        [
            ("March 26".to_string(), Some("2000-03-26".to_string())),
            ("April 5".to_string(), Some("2000-04-05".to_string()))
        ]
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
    // A Saturday: "Sunday's historic presidential election" is tomorrow's, even after
    // "said Saturday".
    assert_eq!(
        dates(
            "Carter said Saturday that parties are upset about Sunday's historic \
             presidential election.",
            "2000-07-01"
        ),
        vec![
            ("Saturday".to_string(), Some("2000-07-01".to_string())),
            ("Sunday".to_string(), Some("2000-07-02".to_string()))
        ]
    );
    // A month after modifiers keeps its tense: "elected in the December presidential
    // elections" in August is last December.
    assert_eq!(
        dates(
            "Chavez, elected in the December presidential elections, testified.",
            "1999-08-12"
        ),
        vec![("December".to_string(), Some("1998-12-01".to_string()))]
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

/// Like `dates`, with each line its own sentence.
fn dates_by_sentence(text: &str, date: &str) -> Vec<(String, Option<String>)> {
    let (cluster, _) = crate::test_cluster(&[text], Some(date));
    let mut sentences = Vec::new();
    let mut start = 0;
    for (k, _) in text.match_indices('\n') {
        sentences.push(tidings_core::Sentence {
            doc: 0,
            span: tidings_core::Span::new(start, k),
            position: sentences.len(),
        });
        start = k + 1;
    }
    sentences.push(tidings_core::Sentence {
        doc: 0,
        span: tidings_core::Span::new(start, text.len()),
        position: sentences.len(),
    });
    super::timeline(&cluster, &sentences)
        .into_iter()
        .map(|e| (e.expression, e.date))
        .collect()
}

#[test]
fn a_day_the_story_wrote_with_its_year_and_a_past_day_ahead_of_the_article() {
    let got = dates_by_sentence(
        "Troops fired on June 4, 1989, in Beijing.\nPolice had shields after martial law was declared on May 20 in the city.\nHe said the handling of June 4 was right.",
        "1999-04-09",
    );
    let date = |e: &str| {
        got.iter()
            .find(|(x, _)| x == e)
            .and_then(|(_, d)| d.clone())
    };
    assert_eq!(date("June 4").as_deref(), Some("1989-06-04"), "{got:?}");
    assert_eq!(date("May 20").as_deref(), Some("1989-05-20"), "{got:?}");
    // Without a day written out near it, a past verb's day ahead is last year's.
    let got = dates_by_sentence(
        "The fiscal year began Oct. 1 with a surplus.\nOfficials were pleased.",
        "2000-08-18",
    );
    assert_eq!(got[0].1.as_deref(), Some("1999-10-01"), "{got:?}");
    // The same day to come stays to come; a day written short before its year stays.
    let got = dates_by_sentence(
        "The first strip ran on Oct. 2, 1950.\nHe will have drawn 18,000 strips by Oct. 2.",
        "2000-01-02",
    );
    assert_eq!(
        got.last().and_then(|e| e.1.as_deref()),
        Some("2000-10-02"),
        "{got:?}"
    );
    let got = dates_by_sentence(
        "Attacks came within weeks of Nov. 11 each year.\nOne came on Nov. 11, 1997, in Winnipeg.",
        "1998-10-25",
    );
    assert_eq!(
        got.iter()
            .find(|(x, _)| x == "Nov. 11")
            .and_then(|e| e.1.as_deref()),
        Some("1998-11-11"),
        "{got:?}"
    );
}

#[test]
fn a_contracted_would_looks_ahead_and_a_contracted_had_back() {
    // A Sunday: "he'd spend … on Monday morning" is tomorrow; "she'd spent … on Monday"
    // and "he'd already left on Monday" are last week's.
    assert_eq!(
        dates(
            "He had figured out that he'd spend about $150 at the store on Monday morning.",
            "1999-05-02"
        ),
        vec![("Monday".to_string(), Some("1999-05-03".to_string()))]
    );
    assert_eq!(
        dates(
            "She said she'd spent $150 at the store on Monday.",
            "1999-05-02"
        ),
        vec![("Monday".to_string(), Some("1999-04-26".to_string()))]
    );
    assert_eq!(
        dates("He said he'd already left on Monday.", "1999-05-02"),
        vec![("Monday".to_string(), Some("1999-04-26".to_string()))]
    );
}

#[test]
fn a_future_denied_or_not_expected_looks_ahead() {
    // A Thursday: critics "who see the film Friday night … won't" see it tomorrow; but a
    // past verb before the day dates it ("opened … on May 19, it won't be released").
    assert_eq!(
        dates(
            "The reactions from the critics who see the film Friday night won't mean a thing, \
             an analyst said.",
            "1999-05-06"
        ),
        vec![("Friday".to_string(), Some("1999-05-07".to_string()))]
    );
    assert_eq!(
        dates(
            "Although the film opened in the United States on May 19, it won't be released \
             in Asia until summer.",
            "1999-06-03"
        ),
        vec![("May 19".to_string(), Some("1999-05-19".to_string()))]
    );
    // A Sunday: returns "are not expected before early Monday" come tomorrow.
    assert_eq!(
        dates(
            "Preliminary returns are not expected before early Monday.",
            "2000-07-02"
        ),
        vec![("Monday".to_string(), Some("2000-07-03".to_string()))]
    );
}

#[test]
fn one_sentence_naming_a_day_twice_keeps_both() {
    // A Sunday: "Data for Sunday were not available Sunday night" names today twice; both
    // expressions are on the timeline.
    assert_eq!(
        dates(
            "Data for Sunday were not available Sunday night.",
            "1998-10-25"
        ),
        vec![
            ("Sunday".to_string(), Some("1998-10-25".to_string())),
            ("Sunday".to_string(), Some("1998-10-25".to_string()))
        ]
    );
}

#[test]
fn an_opening_date_of_a_past_clause_and_present_schedules() {
    // A Wednesday in August: "But in June, the House passed a measure allowing … to be
    // posted" is this June; "a task force Clinton created will present plans" in May looks
    // ahead; "a team made up of … is to conduct" too.
    assert_eq!(
        dates(
            "But in June, the U.S. House passed a measure allowing the plaques to be posted \
             in schools.",
            "1999-08-11"
        ),
        vec![("June".to_string(), Some("1999-06-01".to_string()))]
    );
    assert_eq!(
        dates(
            "And in August, a task force Clinton created will present plans.",
            "2000-05-17"
        ),
        vec![("August".to_string(), Some("2000-08-01".to_string()))]
    );
    assert_eq!(
        dates(
            "On Thursday, a team made up of two astronauts is to conduct a spacewalk.",
            "1999-12-22"
        ),
        vec![("Thursday".to_string(), Some("1999-12-23".to_string()))]
    );
    // A Saturday: a virus "poised to strike on Monday"; a Wednesday: opponents "plan a
    // demonstration Thursday", a visa "which expires in February".
    assert_eq!(
        dates("A virus is poised to strike on Monday.", "1999-04-24"),
        vec![("Monday".to_string(), Some("1999-04-26".to_string()))]
    );
    assert_eq!(
        dates(
            "He and other opponents plan a demonstration Thursday at the United Nations.",
            "1998-12-09"
        ),
        vec![("Thursday".to_string(), Some("1998-12-10".to_string()))]
    );
    assert_eq!(
        dates(
            "Washington gave Yao a visa, which expires in February.",
            "1998-12-09"
        ),
        vec![("February".to_string(), Some("1999-02-01".to_string()))]
    );
}
