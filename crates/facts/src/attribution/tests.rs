use super::*;
use foldhash::{HashMap, HashMapExt};

fn names() -> Names<'static> {
    let mut full = HashMap::new();
    for name in [
        "Maryann Keller",
        "John Kerry",
        "Michael Astill",
        "Tony Blair",
        "Margaret Sperry",
    ] {
        full.insert(
            name.rsplit(' ').next().unwrap().to_string(),
            name.to_string(),
        );
    }
    Names {
        full,
        shared_surnames: Default::default(),
        by_first: Default::default(),
        any_by_first: Default::default(),
        roles: Default::default(),
        role_phrases: Default::default(),
        // The cluster writes "talks" and "writing" in lower case, "Kerry" mid-sentence.
        cluster: Box::leak(Box::new(tidings_core::Cluster {
            id: "none".into(),
            documents: vec![tidings_core::Document::new(
                "d",
                "More talks, writing to Kerry.",
            )],
        })),
        role_memo: Default::default(),
    }
}

fn name(who: Option<(Who, String)>) -> Option<String> {
    match who?.0 {
        Who::Name(n) => Some(n),
        Who::Pronoun => Some("<pronoun>".into()),
        Who::Unnamed => None,
    }
}

#[test]
fn clauses_after_the_quotation() {
    let n = names();
    // A phrase set off by commas about the quotation, then an inverted "said X".
    assert_eq!(
        name(after(
            " the typical settlement in other local strikes, said Maryann Keller, an analyst.",
            &n,
            false,
            true
        ))
        .as_deref(),
        Some("Maryann Keller")
    );
    assert_eq!(
        name(after(", said judge Astill. Next", &n, false, true)).as_deref(),
        Some("Michael Astill")
    );
    assert_eq!(
        name(after(", Thorne Lay, professor of earth sciences at the University of California, Santa Cruz said. And", &n, false, true)).as_deref(),
        Some("Thorne Lay")
    );
    assert_eq!(
        name(after(
            ", said a spokesperson for Tony Blair.",
            &n,
            false,
            true
        )),
        None
    );
    assert_eq!(
        name(after(", he said.", &n, false, true)).as_deref(),
        Some("<pronoun>")
    );
    assert_eq!(
        name(after(" and the talks went on.", &n, false, false)),
        None
    );
    assert_eq!(
        name(after(
            " The United States also reported that",
            &n,
            true,
            false
        )),
        None
    );
}

#[test]
fn clauses_before_the_quotation() {
    let n = names();
    assert_eq!(
        name(before(
            "The talks ended. Margaret Beckett, the U.K.'s Foreign Secretary said, ",
            &n
        ))
        .as_deref(),
        Some("Margaret Beckett")
    );
    assert_eq!(
        name(before(
            "The Ministry of Defence said that the crew had been ",
            &n
        ))
        .as_deref(),
        Some("Ministry of Defence")
    );
    assert_eq!(
        name(before("On Tuesday Prime Minister of the United Kingdom Tony Blair said in an interview that Britain will ", &n)).as_deref(),
        Some("Tony Blair")
    );
    assert_eq!(
        name(before(
            "whilst his grandmother, Margaret Sperry, said that ",
            &n
        ))
        .as_deref(),
        Some("Margaret Sperry")
    );
    assert_eq!(
        name(before("He also repeated the view that there were ", &n)).as_deref(),
        Some("<pronoun>")
    );
}

#[test]
fn the_phrase_a_relative_clause_hangs_on_speaks() {
    let n = names();
    // Someone described: unnamed, not the sentence's subject.
    let who = before(
        "Livoti was acquitted in 1996 by a State Supreme Court justice, who nonetheless \
         called the testimony a ",
        &n,
    );
    assert!(matches!(who, Some((Who::Unnamed, _))), "{who:?}");
    assert_eq!(
        name(before("The pugnacious Patrick Buchanan, who declared ", &n)).as_deref(),
        Some("Patrick Buchanan")
    );
    assert_eq!(
        name(before(
            "said former Rep. Steve Gunderson of Wisconsin, who said ",
            &n
        ))
        .as_deref(),
        Some("Steve Gunderson")
    );
    // A description in apposition to a name: the name.
    assert_eq!(
        name(before(
            "said Leonard Riggio, the chairman of Barnes & Noble, who added that Amazon has ",
            &n
        ))
        .as_deref(),
        Some("Leonard Riggio")
    );
    let who = before("said an official in Tanzania, who added, ", &n);
    assert!(matches!(who, Some((Who::Unnamed, _))), "{who:?}");
}

#[test]
fn a_possessive_before_a_noun_is_not_the_speaker() {
    let n = names();
    assert_eq!(
        name(before(
            "Ann Kissell, 22, summed up Generation X's disillusionment by saying, ",
            &n
        ))
        .as_deref(),
        Some("Ann Kissell")
    );
}

#[test]
fn a_verb_between_two_names_is_not_a_role() {
    let mut n = names();
    n.full.insert("Pinochet".into(), "Augusto Pinochet".into());
    // "termed Pinochet" is no role: the subject before it speaks.
    assert_eq!(
        name(before(
            "Indeed, Trade Minister Peter Mandelson termed Pinochet a ``brutal dictator'' in \
             an interview Sunday and said his claim ",
            &n
        ))
        .as_deref(),
        Some("Peter Mandelson")
    );
}

#[test]
fn an_inverted_verb_after_a_conjunction() {
    let n = names();
    assert_eq!(
        name(before(
            "Chile protested. But, said Alun Michael, a senior official in the Home Office, ",
            &n
        ))
        .as_deref(),
        Some("Alun Michael")
    );
    // Not a verb first: "But said" needs the verb right after the conjunction.
    assert_ne!(
        name(before("But Kerry said ", &n)).as_deref(),
        Some("<pronoun>")
    );
}

#[test]
fn an_apposition_name_ends_the_sentence_or_follows_a_title() {
    let n = names();
    for clause in [
        " said the commander, Maryann Keller.",
        " said the commander, Gen. Maryann Keller, ",
    ] {
        assert_eq!(
            name(after(clause, &n, false, true)).as_deref(),
            Some("Maryann Keller"),
            "{clause}"
        );
    }
    assert_eq!(
        name(after(" he advised. ", &n, false, true)).as_deref(),
        Some("<pronoun>")
    );
}

#[test]
fn a_nationality_before_a_title_is_no_speaker() {
    let n = names();
    let who = before(
        "Tension rose to the point where the top Turkish military commander says the neighbours have reached ",
        &n,
    );
    assert!(matches!(who, Some((Who::Unnamed, _))), "{who:?}");
    assert!(described_subject(&[
        "commander",
        "military",
        "Turkish",
        "top",
        "the"
    ]));
    // Not a title, or an apposition after a name: read as before.
    assert!(!described_subject(&["flag", "Tibetan", "a", "carrying"]));
    assert!(!described_subject(&["commander", "Kerry", "the"]));
}

/// The speaker `after` reads from a clause after a quotation that ends with a comma.
fn who_after(text: &str, n: &Names) -> Option<String> {
    name(after(text, n, false, true))
}

/// The speaker `before` reads from the clause before an opening mark.
fn who_before(text: &str, n: &Names) -> Option<String> {
    name(before(text, n))
}

#[test]
fn the_surname_he_is_no_pronoun() {
    let mut n = names();
    n.full.insert("Xintong".into(), "He Xintong".into());
    n.by_first.insert("He".into(), "He Xintong".into());
    // "Ms. He" is the woman named He Xintong; "he said" stays a pronoun.
    assert_eq!(
        who_after(", Ms. He said. In September", &n).as_deref(),
        Some("He Xintong")
    );
    assert_eq!(
        who_after(", he said. In September", &n).as_deref(),
        Some("<pronoun>")
    );
    assert_eq!(
        who_before("Her husband's colleague, He Xintong, said: ", &n).as_deref(),
        Some("He Xintong")
    );
}

#[test]
fn a_document_speaks_for_its_issuer() {
    let n = names();
    assert_eq!(
        who_after(", said a statement from the Foreign Ministry, which on Tuesday declined to comment. The", &n)
        .as_deref(),
        Some("Foreign Ministry")
    );
    assert_eq!(
        who_before("A statement issued by Amnesty International said: ", &n).as_deref(),
        Some("Amnesty International")
    );
    // A report about someone is not theirs.
    assert_eq!(
        who_after(", said a report about John Kerry. The", &n).as_deref(),
        None
    );
}

#[test]
fn a_passive_told_names_the_listener() {
    let n = names();
    assert_eq!(
        who_before("Kerry's family was told that he was charged with ", &n).as_deref(),
        None
    );
    assert_eq!(
        who_before("John Kerry told reporters that the talks were ", &n).as_deref(),
        Some("John Kerry")
    );
}

#[test]
fn a_name_describing_the_issuer_is_not_the_issuer() {
    let n = names();
    assert_eq!(
        who_after(
            ", said a statement from the Swiss defense ministry, headed by Adolf Ogi. The",
            &n
        )
        .as_deref(),
        None
    );
}

#[test]
fn a_name_before_a_described_plural_subject_is_not_the_speaker() {
    let n = names();
    assert_eq!(
        who_before(
            "New York City consumer authorities confirmed yesterday that they are ",
            &n
        )
        .as_deref(),
        None
    );
    assert_eq!(
        who_before("John Kerry confirmed yesterday that they are ", &n).as_deref(),
        Some("John Kerry")
    );
}

#[test]
fn an_apposition_name_before_the_next_quotation() {
    let mut n = names();
    n.full
        .insert("McGrath-McKechnie".into(), "Diane McGrath-McKechnie".into());
    // The sentence ends at the name even when the next one opens with a quotation mark.
    assert_eq!(
        who_after(" said the commission's chairwoman, Diane McGrath-McKechnie. ``They are entitled to a driver.''", &n)
        .as_deref(),
        Some("Diane McGrath-McKechnie")
    );
}

#[test]
fn verbs_that_color_speech_report_it() {
    let n = names();
    assert_eq!(
        name(after(" Kerry wanted to know. The", &n, true, false)).as_deref(),
        Some("John Kerry")
    );
    assert_eq!(
        who_before("The late leader once joked to Kerry: ", &n).as_deref(),
        None
    );
    assert_eq!(
        who_before("Tony Blair once joked to him: ", &n).as_deref(),
        Some("Tony Blair")
    );
}

#[test]
fn a_name_and_a_lower_case_organisation_word_name_the_organisation() {
    let n = names();
    assert_eq!(
        who_after(
            ", the Nobel committee said, announcing its decision in Oslo.",
            &n
        )
        .as_deref(),
        Some("Nobel committee")
    );
    // A person's name before a common noun is not an organisation.
    assert_eq!(
        who_after(", the Kerry campaign workers said. The", &n).as_deref(),
        None
    );
}

#[test]
fn a_name_and_any_past_tense_verb_before_a_comma_introduce_the_words() {
    let n = names();
    assert_eq!(
        name(name_and_verb_before(
            "The leaders kept the name, although Kerry once grumped, ",
            &n
        ))
        .as_deref(),
        Some("John Kerry")
    );
    // Not a verb in the past tense, or not right before the mark.
    assert_eq!(
        name(name_and_verb_before("Kerry once said he grumbles, ", &n)),
        None
    );
    assert_eq!(
        name(name_and_verb_before(
            "In Boston, Kerry grumped at the press, ",
            &n
        )),
        None
    );
}

#[test]
fn they_said_is_a_group_and_agreed_reports() {
    let n = names();
    // "they said" is no one person's words.
    assert_eq!(who_after(", they said. The", &n), None);
    assert_eq!(
        who_after(", agreed Kerry. The", &n).as_deref(),
        Some("John Kerry")
    );
}

#[test]
fn a_document_speaks_for_the_name_before_it() {
    let n = names();
    assert_eq!(
        who_before("A Peace Now statement said that ", &n).as_deref(),
        Some("Peace Now")
    );
}

#[test]
fn wire_copy_attributions() {
    let mut n = names();
    n.full.insert("Chen".into(), "Chen Shaoji".into());
    n.full.insert("Rabinowitz".into(), "Ruth Rabinowitz".into());
    n.full
        .insert("Ballesteros".into(), "Mark Ballesteros".into());
    // The one an outlet paraphrased speaks, not the outlet.
    assert_eq!(
        who_after(" the newspaper paraphrased Chen as saying. Wan, also", &n).as_deref(),
        Some("Chen Shaoji")
    );
    // A described speaker, then the name in apposition with its affiliation.
    assert_eq!(
        who_after(
            " said one dejected lawmaker, Ruth Rabinowitz of the Inkatha Freedom Party, which voted against the bill. But",
            &n
        )
        .as_deref(),
        Some("Ruth Rabinowitz")
    );
    // A name's spokesman, and an organisation's official, are described, unnamed.
    let who = before(
        "The Home Office said Straw reached his decision after ``recent events at the inquiry.'' \
         Earlier, Prime Minister Tony Blair's spokesman, speaking on condition of anonymity, \
         said Farrakhan ",
        &n,
    );
    assert!(matches!(who, Some((Who::Unnamed, _))), "{who:?}");
    assert_eq!(
        who_before(
            "Congress. President Clinton has renominated James Hormel, and a White House official said Tuesday the administration hopes ",
            &n
        ),
        None
    );
    // … unless the described phrase stands beside the name.
    assert_eq!(
        who_before(
            "Pentagon. Lt. Col. Mark Ballesteros, a Pentagon spokesman says ",
            &n
        )
        .as_deref(),
        Some("Mark Ballesteros")
    );
    // … not when it stands beside a name: "Adams, Buchanan's spokesman, agreed".
    n.full.insert("Adams".into(), "Bob Adams".into());
    assert_eq!(
        who_before("before. Adams, Buchanan's spokesman, said ", &n).as_deref(),
        Some("Bob Adams")
    );
    // An outlet quoting "him" quotes whom "he" is; a passive "was quoted by" has its
    // subject speak.
    assert_eq!(
        who_after(" NTV quoted him as saying. Next", &n).as_deref(),
        Some("<pronoun>")
    );
    n.full.insert("Grant".into(), "Bernie Grant".into());
    assert_eq!(
        who_after(" Grant was quoted by Reuters as saying. Next", &n).as_deref(),
        Some("Bernie Grant")
    );
    // A participle after a comma: the pronoun that opens the clause speaks.
    assert_eq!(
        who_before(
            "housing business. He blamed the Republicans in Congress for the lack of new units, saying, ",
            &n
        )
        .as_deref(),
        Some("<pronoun>")
    );
    // A news outlet relaying words; names joined by "and" are a group.
    assert!(outlet_reports(
        " the official Yangcheng Evening News reported in its Thursday edition. Next"
    ));
    assert!(outlet_reports(" the newspaper said. Next"));
    assert!(!outlet_reports(" Chen said. Next"));
    assert!(names_joined(
        "Mintimer Shaimiyev and Boris Berezovsky demanded that the government "
    ));
    assert!(!names_joined("Chen said the reports "));
}

#[test]
fn a_full_name_opening_the_clause_outranks_a_place_after_a_comma() {
    let mut n = names();
    n.full.insert("Palmer".into(), "Tim N. Palmer".into());
    n.full.insert("England".into(), "New England".into());
    // "England" after the comma is where the centre is, not an apposition naming someone.
    let t = " said Tim N. Palmer of the European Centre for Medium-Range Weather Forecasts near \
             Reading, England.\n\nPalmer and two";
    assert_eq!(who_after(t, &n).as_deref(), Some("Tim N. Palmer"));
    // The apposition still names the one a description introduces.
    n.full.insert("Acuña".into(), "Óscar Acuña".into());
    let t = " said the Executive Clerk of the Council, Óscar Acuña. Next";
    assert_eq!(who_after(t, &n).as_deref(), Some("Óscar Acuña"));
}
