//! Speaker readings taught by the later held-out sets (heldout38 on): each test names the
//! case it came from in its own words.

use super::{cluster_speakers, speakers};

#[test]
fn heldout38_readings() {
    // A passive verb's agent speaks ("called by him"), and "he" after it is the sentence's
    // subject, not the body a relative clause's passive verb follows.
    let got = speakers(
        "The games president Jose Luis Ortega said Saturday the case was sad.\n\nOrtega \
         went on appealing to the world governing body, International Athletic Federation \
         (IAF), to be kind to Rosa, who was called by him as ``an athlete who has yet to \
         peak.''\n\n``Rosa should be allowed to go on with her career,'' he said.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Jose Luis Ortega"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Jose Luis Ortega"), "{got:?}");
    // Not a passive far from the words: the subject of the clause speaks.
    let got = speakers(
        "Ken Parr, whose nomination must be confirmed by the Senate, also pledged to keep \
         the bureau a ``nonpartisan agency guided by its traditions.''",
    );
    assert_eq!(got[0].1.as_deref(), Some("Ken Parr"), "{got:?}");
    // A title runs on through "for" to the name after the office; an office alone is no one.
    let got = speakers(
        "Speaking to reporters, U.S. Assistant Secretary of State for Near Eastern Affairs \
         Mark Indig urged Israel to stop what ``can prejudge the negotiations.''\n\nFaisal \
         Hussein, Minister for Jerusalem Affairs, said the plan was wrong. ``Mixing \
         settlements with cities is nothing but a ticking bomb for everyone here.''",
    );
    assert_eq!(got[0].1.as_deref(), Some("Mark Indig"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Faisal Hussein"), "{got:?}");
    // Verbs of a retort; the subject of "countered that X ``…''" speaks, not X.
    let got = speakers(
        "In Quebec, Premier Luc Bouchet countered that Dion ``is not allowed to speak for \
         the world.''\n\nDeputy premier Bernard Landry shot back with a letter, denouncing \
         it as an attempt to ``change the rules of the game.''\n\n``I absolutely disagree \
         with that,'' Barksdale retorted.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Luc Bouchet"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Bernard Landry"), "{got:?}");
    assert_eq!(got[2].1.as_deref(), Some("Barksdale"), "{got:?}");
}

#[test]
fn heldout39_readings() {
    // A document speaks for whoever issued it: "The memorandum said", "it said" after a
    // sentence about the memorandum, "…, the memorandum said. ``…''"; a body named with a
    // possessive ("The Children's Bridge"); the wire dateline is no subject.
    let got = speakers(
        "OTTAWA, January 15 (Xinhua) -- The Children's Bridge, an adoption agency in Canada \
         said in a memorandum that the orphans are ``well fed and well cared for.''\n\nThe \
         memorandum dated January 12 forms a contrast with reports by a British film.\n\nIt \
         said the agency had arranged adoptions since 1991. ``In the course of those \
         adoptions, some 200 people have visited orphanages,'' it said.\n\nThe memorandum \
         said ``our parents have freely taken hours of videotape and many photographs.''\n\n\
         The agency has become concerned with the allegations reported by the BBC, the \
         memorandum said. ``It is essential that our contacts be balanced against the two \
         reports.''",
    );
    let want = Some("Children's Bridge");
    assert_eq!(got.len(), 4, "{got:?}");
    for (q, s) in &got {
        assert_eq!(s.as_deref(), want, "{q}: {got:?}");
    }
    // The issuer after "released by"; a document no one is said to have issued speaks for
    // no one.
    let got = speakers(
        "A white paper released by the State Council Press Office says the courts did well. \
         The paper says ``the courts have safeguarded the rights of the people.''",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("State Council Press Office"),
        "{got:?}"
    );
    let got = speakers(
        "Officials met on Monday. The statement said ``the talks were useful and will go on.''",
    );
    assert_eq!(got[0].1, None, "{got:?}");
}

#[test]
fn heldout40_readings() {
    // Words in a sentence that the sentence before attributes at its end; a letter's "it
    // says" among its writer's words; a verb of a condition is no attribution.
    let got = speakers(
        "Acting President Vladimir Putin said Friday that crime must be fought. Putin made \
         the remarks in an open letter to the voters.\n\nRussia's greatest problem is the \
         loss of will, Putin writes.\n\nThis results ``in the ancient evil being driven deep \
         into Russia.''\n\nHe is sure that ``it was necessary to meet the challenge on the \
         enemy's field.''\n\n``Order requires rules and those rules must be kept by \
         everyone,'' it says.",
    );
    for (q, s) in &got {
        assert_eq!(s.as_deref(), Some("Vladimir Putin"), "{q}: {got:?}");
    }
    assert_eq!(got.len(), 3, "{got:?}");
    let got = speakers(
        "Senator John Glenn stressed that Prewitt would need money from Congress if the \
         Supreme Court says sampling is unconstitutional, ``or this thing will be a big \
         flop.''",
    );
    assert_eq!(got[0].1.as_deref(), Some("John Glenn"), "{got:?}");
}

#[test]
fn pointed_out_reports_speech() {
    let got = speakers(
        "Liberalization ``did not consider any balance between trade and industry,'' \
         Mondlane pointed out.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Mondlane"), "{got:?}");
}

#[test]
fn the_court_is_the_court_named_before() {
    let got = speakers(
        "But the 9th U.S. Circuit Court of Appeals reached the opposite conclusion in 1990. In \
         a ruling, the court said Congress ``has declined to restrict state regulation of the \
         machines.''",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("U.S. Circuit Court of Appeals"),
        "{got:?}"
    );
}

#[test]
fn a_report_speaks_for_whoever_it_is_by() {
    let got = speakers(
        "Cities are bent on punishing the poor, says the report by the National Law Center on \
         Homelessness and Poverty. ``Resources to shelter homeless people are sorely lacking \
         everywhere,'' the report says.\n\nAs expected, the report by the South African Truth \
         and Reconciliation Commission was harsh. The report called apartheid a ``crime \
         against humanity.''",
    );
    assert_eq!(got[0].1.as_deref(), Some("National Law Center"), "{got:?}");
    assert_eq!(
        got[1].1.as_deref(),
        Some("South African Truth and Reconciliation Commission"),
        "{got:?}"
    );
}

#[test]
fn a_name_takes_the_form_its_document_introduced_it_in() {
    // A family name written first, whose given name other reports of the cluster share
    // ("Zhu Rongji"): this document's Zhu.
    let got = cluster_speakers(&[
        "Premier Zhu Rongji met the visitors.",
        "Keeping to the official version, Zhu Muzhi said troops were justified.\n\n``We never imagined there would be such an incident,'' Zhu told reporters.",
    ]);
    assert_eq!(got[0].1.as_deref(), Some("Zhu Muzhi"), "{got:?}");
    // A company's shorter name, after its full one.
    let got = speakers(
        "HONG KONG (AP) _ Cathay Pacific Airways said Wednesday it had pulled out of talks.\n\nPAL accepted an offer from Cathay Pacific, and a plan followed.\n\nEarly Wednesday, Cathay had expressed dissatisfaction over the talks, saying it was ``not willing to continue negotiations in its current form.''",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("Cathay Pacific Airways"),
        "{got:?}"
    );
    // A surname the cluster gives a full name keeps it.
    let got = speakers(
        "John Kerry arrived.\n\nKerry Lane residents gathered.\n\n``We are glad to be here today,'' Kerry said.",
    );
    assert_eq!(got[0].1.as_deref(), Some("John Kerry"), "{got:?}");
}

#[test]
fn a_possessive_makes_a_verb_form_a_noun_and_a_sentence_attributed_at_its_end_names_he() {
    let got = speakers(
        "Keeping to the official version, Zhu Muzhi said troops were justified.\n\n``We never imagined there would be such an incident,'' Zhu told reporters.\n\nRobin Munro said he saw police with shields.\n\n``They had no justification in sending in the army. Period,'' he said. Zhu's claims are ``just an excuse to justify the unjustifiable.''",
    );
    assert_eq!(got[2].1.as_deref(), Some("Robin Munro"), "{got:?}");
    let got = speakers(
        "Zhu Muzhi spoke at a luncheon.\n\nA decade of growth proved the crackdown was correct, Zhu claimed.\n\n``If the handling had been totally wrong, China would have been in chaos,'' he said.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Zhu Muzhi"), "{got:?}");
    // The sentence's own named subject still comes first.
    let got = speakers(
        "Viktor Kazantsev said the ministry is to play the key role, Interfax reported.\n\nHe said that the troops ``have not carried out a single strike against villages.''",
    );
    assert_eq!(got[0].1.as_deref(), Some("Viktor Kazantsev"), "{got:?}");
}

#[test]
fn a_year_before_a_role_a_name_after_an_article_and_told_with_its_listener() {
    // "Quebec City 2002 bid chief Rene Paquet": a year before the role words.
    let got = speakers(
        "``You have to be disappointed when you realize that not all the players were playing by the same rules,'' Quebec City 2002 bid chief Rene Paquet said.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Rene Paquet"), "{got:?}");
    // "He married a Greenland Inuit": a name after "a" names no one "he" can be.
    let got = speakers(
        "MONTREAL _ Kenn Harper has always looked north.\n\nLike most northerners, Harper has been a jack of all trades. ``In my heart, I'm a historian,'' he said.\n\nHe married a Greenland Inuit, and it was during a visit to the village of Qaanaaq that he first heard of Minik. ``My mother-in-law, Amaunnalik, knew Minik as a child,'' he said.",
    );
    assert_eq!(got[1].1.as_deref(), Some("Kenn Harper"), "{got:?}");
    // A short quotation the sentence attributes after a comma, "he" in the next sentence,
    // whose own subject is what is said.
    let got = speakers(
        "CAIRO (AP) _ Interpol must adopt a new strategy, its president said Thursday.\n\nThe criminal environment has changed at ``much greater pace'' than Interpol itself, Toshinori Kanemoto told the opening session of the general assembly.\n\nA failure to change Interpol's strategy means the organization ``risks being displaced against a backdrop of organized crime,'' he said.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Toshinori Kanemoto"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Toshinori Kanemoto"), "{got:?}");
    // ", X said in an interview." before a quotation whose sentence opens with what is said.
    let got = speakers(
        "LONDON (AP) _ A lawmaker backed the requests.\n\nThe regime killed thousands, Ann Clywd said in an interview with the radio.\n\nA total of 3,197 cases means ``the numbers are simply staggering for such a country,'' she said.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Ann Clywd"), "{got:?}");
}

#[test]
fn vowed_and_chanting_report_words_and_a_regent_is_a_title() {
    let got = speakers(
        "Louise Arbour asked for visas.\n\nShe vowed to continue investigating ``using all means available to us,'' but did not elaborate.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Louise Arbour"), "{got:?}");
    let got = speakers(
        "``I support two people having the right to do whatever they want to do,'' said UC Regent Ward Connerly.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Ward Connerly"), "{got:?}");
}

#[test]
fn she_is_not_a_subject_the_sentence_calls_he_and_outlets_and_school_years_are_read() {
    let got = cluster_speakers(&[
        "The crew included Peter Daniel Moss, an engineer.",
        "Two Britons, Peter Moss and Ian Hart, worked for the firm.\n\n``He loved the work and \
         the people there,'' said his mother, Anne Moss, 52.\n\nMoss, who is married and lives \
         with his wife near Leeds, had worked abroad before, she said, ``and he never felt \
         unsafe there.''\n\nShe did not blame the firm. ``Peter knew what the job would be,'' \
         she said.",
    ]);
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(who, [Some("Anne Moss"); 3], "{got:?}");
    // A newspaper named before its noun, after a place's possessive.
    let got = speakers(
        "Officials met on Monday. London's Guardian newspaper said Tuesday that the rules \
         ``will do little to protect the workers'' at the plant.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Guardian"), "{got:?}");
    // A school year before a student's name is no part of it.
    let got =
        speakers("Sophomore Jenna Price said she came ``to stand with the people I know here.''");
    assert_eq!(got[0].1.as_deref(), Some("Jenna Price"), "{got:?}");
}

#[test]
fn words_between_a_determiner_and_their_noun_are_a_term() {
    let got = speakers(
        "Tenants face a ``take one, take all'' provision in the bill. According to the \
         ``Walk to the Lake'' Website, the event draws thousands. The students gathered for \
         the annual ``Walk to the Lake.''",
    );
    assert!(got.is_empty(), "{got:?}");
    // Words someone is said to use are a quotation, noun or not.
    let got = speakers(
        "An official described it as a ``long-term and arduous'' task. The report said that \
         ``everyday gun violence'' against children matters more.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    // Someone's words before a noun are still that person's quotation.
    let got =
        speakers("Ann Berg, the physicist, recalled the ``peak of my musical endeavors'' years.");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn a_names_line_a_promise_and_a_phrase_after_she_said_have_their_speakers() {
    // "X's immortal line, ``…''": X's words.
    let got = speakers(
        "The crowd cheered when the banner showed Nathan Hale's famous line, ``I only regret \
         that I have but one life to lose.''",
    );
    assert_eq!(got[0].1.as_deref(), Some("Nathan Hale"), "{got:?}");
    // "promised" reports.
    let got = speakers(
        "``Taxes will fall,'' said Ann Lowe. Tom Reed, a former aide to the governor, promised, \
         ``When I win, every school will have a new library.''",
    );
    assert_eq!(got[1].1.as_deref(), Some("Tom Reed"), "{got:?}");
    // A phrase set in a sentence between ", she said." sentences is hers.
    let got = speakers(
        "``Rats show it first,'' said Tom Reed. Ann Lowe, a biologist at the institute, said \
         early doses change the animals. The levels peak in youth, she said. Removing them \
         leaves ``a pattern that never comes back.'' Others fade later, she said.",
    );
    assert_eq!(got[1].1.as_deref(), Some("Ann Lowe"), "{got:?}");
}

#[test]
fn a_title_word_can_be_a_surname_and_an_opening_subordinate_clause_names_no_subject() {
    // "Pastor said" after "professor Robert Pastor"; the cluster also has a Bob Pastor.
    let got = cluster_speakers(&[
        "The delegation was led by Bob Pastor, the center's director.",
        "Emory professor Robert Pastor, an adviser to the mission, said fraud was alleged.\n\n\
         ``These are serious concerns we are looking at,'' Pastor said.",
    ]);
    assert_eq!(got[0].1.as_deref(), Some("Robert Pastor"), "{got:?}");
    // "When the Smith campaign called her, ``…,'' she said": not Smith.
    let got = cluster_speakers(&[
        "George Smith leads the race.",
        "Mary Lane spoke after the vote. If the news upset Lane, 58, she did not show it. \
         When the Smith campaign called her, ``they never asked about that at all,'' she said.",
    ]);
    assert_eq!(got[0].1.as_deref(), Some("Mary Lane"), "{got:?}");
    // Titles after "featured" and "the theme of".
    let got = speakers(
        "Vogue featured ``Spring Style Now.'' The evening was given the theme of ``Strength \
         and Unity for All.''",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_described_front_runner_is_the_person_named_before_not_his_state() {
    let got = speakers(
        "WASHINGTON _ Gov. Ann Marsh of Ohio met a crowd of teachers Friday, offering praise.\n\n\
         ``In Ohio, we think teaching is a calling to be respected,'' the Democratic \
         presidential front-runner told the meeting. ``Respecting the work of every teacher.''",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(who, [Some("Ann Marsh"); 2], "{got:?}");
}

#[test]
fn heldout53_readings() {
    // "he" in the sentence before, after a possessive name ("O'Dare's farm when he turned"),
    // is whom a "he said" opening the next one means: not the last quotation's speaker.
    let got = speakers(
        "``I can't say enough for it,'' Kevin O'Dare says of the treatment, which Daniel \
         Chellemi calls ``solarization.'' The weed was close to taking over the 10 acres of \
         O'Dare's farm when he turned to solarization.\n\nAfter two years, he said, ``our \
         production was up 30 percent and our profits were up.''",
    );
    let last = got.last().expect("quotes");
    assert_eq!(last.1.as_deref(), Some("Kevin O'Dare"), "{got:?}");
}

#[test]
fn heldout54_readings() {
    // "he" after "said X, of box office tracker Y Co. Inc.": a company suffix is no one's
    // surname, even when another report names a "… Stores Inc".
    let got = cluster_speakers(&[
        "The buzz won't mean a thing initially, said Paul Dergarabedian, of box office \
         tracker Exhibitor Relations Co. Inc.\n\n``This movie is critic-proof,'' he said.",
        "Analysts at Wal-Mart Stores Inc. expect big sales.",
    ]);
    assert_eq!(got[0].1.as_deref(), Some("Paul Dergarabedian"), "{got:?}");
    // A name in an opening subordinate clause is not the subject; "As X says" is.
    let got = speakers(
        "Former President Jimmy Carter watched the vote.\n\nAfter Carter left, voter \
         Antonio Arreguin, 49, said, ``The former president? I \
         wished I had seen him.''\n\nAs Richard Howorth, owner of Square Books, says, ``In \
         1991 there were 5,200 members of the association.''",
    );
    assert_eq!(got[0].1.as_deref(), Some("Antonio Arreguin"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Richard Howorth"), "{got:?}");
    // A term no one is said to say does not end the turn of whom its sentence names: "he"
    // right after is that person, not the last speaker; a name inside a longer token is no
    // one.
    let got = speakers(
        "``It looks like a film,'' Ronald Epstein wrote.\n\nWhile the early amateur critics \
         loved the action sequences and most of the effects, some reviewers thought the \
         movie dragged a bit in places and that one of the characters was annoying.\n\nSuch \
         views were countered by \
         those who, like Jerry Rhoades on a forum, found the movie to be \
         ``PHENOMENAL!!!!''\n\n``Don't watch it to analyze the film, just enjoy the ride,'' \
         he said.\n\nAlex had a diagnosis of Attention Deficit/Hyperactivity Disorder, which \
         his mother describes as a ``miracle drug.''\n\n``The effect was immediate,'' she \
         says.",
    );
    let find = |t: &str| got.iter().find(|q| q.0.starts_with(t)).map(|q| q.1.clone());
    assert_eq!(
        find("Don't"),
        Some(Some("Jerry Rhoades".to_string())),
        "{got:?}"
    );
    assert_ne!(
        find("The effect"),
        Some(Some("Hyperactivity Disorder".to_string())),
        "{got:?}"
    );
    // Words right after "titled" are a title, whatever their case.
    let got = speakers(
        "In what was titled, ``What I believe to be the first review anywhere,'' Ronald \
         Epstein wrote that he was impressed.",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn heldout55_readings() {
    // A nested quotation's closing mark before the outer one ("… movies,' ''") still lets
    // the attribution after it be read; a title before does not change that.
    let got = speakers(
        "Simon Daoudi, 21, of Tarzana, is in charge.\n\nOn Friday, ``The Daughter'' will \
         replace the film.\n\n``They go, `It is there long enough. We gotta show other \
         movies,' '' Daoudi said.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Simon Daoudi"), "{got:?}");
    // A title quoted since the last quotation does not cut off whom "he" and "his" refer
    // back to ("he established a Web site called ``…'', a list attempting, in his words,
    // ``…''").
    let got = speakers(
        "``We want fans to come,'' said Simon Daoudi.\n\nNeal Horsley, a computer programmer, \
         does not understand the fuss. Three years ago, he established a Web site called \
         ``The Files,'' a list attempting, in his words, ``to record the name of every \
         person working in the business.''",
    );
    let last = got.last().expect("quotes");
    assert_eq!(last.1.as_deref(), Some("Neal Horsley"), "{got:?}");
}
