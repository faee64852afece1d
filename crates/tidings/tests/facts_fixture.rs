//! Quotes and timeline against the hand-labelled fixture (tests/fixtures/facts, guide in
//! LABELLING.md): 60 documents the rules were developed on; held-out sets each measured once
//! unseen, then read and learned from (heldout20, heldout2 from MultiLing; heldout3, AP wire,
//! and heldout4, New York Times, from DUC); heldout5, heldout6 and heldout7 (New York Times) were
//! labelled after the rules of their day and measured unseen. The floors guard against regressions; the
//! targets (F1 ≥ 0.95, speaker accuracy ≥ 0.90, timeline accuracy ≥ 0.90) and the measured
//! figures are in the README. The MultiLing fixtures ship in the repo; the DUC ones are built
//! from ../shared/data (licensed text) and their tests say SKIPPED without them.
use std::path::Path;

use tidings_eval::labelled::{evaluate, load, QuoteScore, TimelineScore};

fn score(path: &Path) -> (QuoteScore, TimelineScore) {
    let text = std::fs::read_to_string(path).expect("fixture");
    let docs = load(&text).expect("fixture parses");
    evaluate(
        &docs,
        |c| tidings::facts::quotes(c, &tidings::clean_sentences(c)),
        |c| tidings::facts::timeline(c, &tidings::clean_sentences(c)),
    )
}

fn check(name: &str, f1: f64, speakers: f64, timeline: f64) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/facts")
        .join(name);
    check_path(&path, f1, speakers, timeline);
}

fn check_path(path: &Path, f1: f64, speakers: f64, timeline: f64) {
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let (q, t) = score(path);
    eprintln!(
        "{name}: quote F1 {:.3}, speaker accuracy {:.3}, timeline accuracy {:.3}",
        q.f1(),
        q.speaker_accuracy(),
        t.accuracy()
    );
    assert!(q.f1() >= f1, "{name}: quote F1 {:.3} < {f1}", q.f1());
    assert!(
        q.speaker_accuracy() >= speakers,
        "{name}: speaker accuracy {:.3} < {speakers}",
        q.speaker_accuracy()
    );
    assert!(
        t.accuracy() >= timeline,
        "{name}: timeline accuracy {:.3} < {timeline}",
        t.accuracy()
    );
}

#[test]
fn development_set_holds_its_figures() {
    check("multiling60.jsonl", 0.95, 0.93, 0.89);
}

#[test]
fn held_out_set_holds_its_figures() {
    check("heldout20.jsonl", 0.95, 0.88, 0.85);
}

#[test]
fn second_held_out_set_holds_its_figures() {
    check("heldout2.jsonl", 0.95, 0.85, 0.85);
}

/// A fixture built from licensed DUC text in ../shared/data into target/ (not shipped);
/// the test says SKIPPED when it has not been built.
fn check_built(test: &str, name: &str, f1: f64, speakers: f64, timeline: f64) {
    let built = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../target/facts")
        .join(name);
    if !built.exists() {
        eprintln!(
            "SKIPPED {test}: {} is missing; build it with \
             `python3 scripts/build_facts_fixture.py ../shared/data/multiling2011_en.jsonl` \
             (needs ../shared/data)",
            built.display()
        );
        return;
    }
    check_path(&built, f1, speakers, timeline);
}

#[test]
fn newswire_held_out_set_holds_its_figures() {
    check_built(
        "newswire_held_out_set_holds_its_figures",
        "heldout3.jsonl",
        0.95,
        0.90,
        0.80,
    );
}

#[test]
fn nyt_held_out_set_holds_its_figures() {
    check_built(
        "nyt_held_out_set_holds_its_figures",
        "heldout4.jsonl",
        0.95,
        0.90,
        0.90,
    );
}

#[test]
fn last_nyt_held_out_set_holds_its_figures() {
    check_built(
        "last_nyt_held_out_set_holds_its_figures",
        "heldout5.jsonl",
        0.90,
        0.90,
        0.80,
    );
}

#[test]
fn sixth_held_out_set_holds_its_figures() {
    check_built(
        "sixth_held_out_set_holds_its_figures",
        "heldout6.jsonl",
        0.95,
        0.90,
        0.85,
    );
}

/// Measured unseen on 2026-11-26: F1 0.970, speakers 0.688 (four quotations the text gives to
/// "the report" of a named institute, and one after "shrieked"), timeline 0.933; these
/// floors sit at or just below what it gives now.
#[test]
fn seventh_held_out_set_holds_its_figures() {
    check_built(
        "seventh_held_out_set_holds_its_figures",
        "heldout7.jsonl",
        0.95,
        0.65,
        0.90,
    );
}

/// DUC 2006 D0623-D0626 (NYT), labelled before any output was seen: unseen F1 0.980,
/// speakers 0.792, timeline 0.850; then 1.000 and 0.950 after the rules it showed missing.
#[test]
fn eighth_held_out_set_holds_its_figures() {
    check_built(
        "eighth_held_out_set_holds_its_figures",
        "heldout8.jsonl",
        0.95,
        0.95,
        0.95,
    );
}

/// DUC 2006 D0628-D0631 (NYT), labelled before any output was seen: unseen F1 0.970,
/// speakers 0.750, timeline 0.875; then 0.812 and 1.000 after the rules it showed missing.
#[test]
fn ninth_held_out_set_holds_its_figures() {
    check_built(
        "ninth_held_out_set_holds_its_figures",
        "heldout9.jsonl",
        0.95,
        0.80,
        0.95,
    );
}

/// Tenth set (DUC 2006 D0633–D0636), labelled before any output on it was seen: unseen it
/// gave F1 1.000, speakers 0.800, timeline 0.650; its misses were fixed afterwards.
#[test]
fn tenth_held_out_set_holds_its_figures() {
    check_built(
        "tenth_held_out_set_holds_its_figures",
        "heldout10.jsonl",
        0.95,
        0.95,
        0.95,
    );
}

/// Eleventh set (DUC 2006 D0638–D0641), labelled before any output on it was seen: unseen
/// F1 0.815 (a document opening its quotations with two apostrophes), speakers 0.818,
/// timeline 1.000; then F1 1.000, speakers 0.938 after the rules it showed missing.
#[test]
fn eleventh_held_out_set_holds_its_figures() {
    check_built(
        "eleventh_held_out_set_holds_its_figures",
        "heldout11.jsonl",
        0.95,
        0.90,
        0.95,
    );
}

/// Twelfth set (DUC 2006 D0642–D0645), labelled before any output on it was seen: unseen
/// F1 1.000, speakers 0.870, timeline 1.000; its misses are left (see the README).
#[test]
fn twelfth_held_out_set_holds_its_figures() {
    check_built(
        "twelfth_held_out_set_holds_its_figures",
        "heldout12.jsonl",
        0.95,
        0.85,
        0.95,
    );
}

/// Thirteenth set (DUC 2006 D0646–D0649), labelled before any output on it was seen: unseen
/// F1 0.976, speakers 0.350, timeline 0.500; after its rules 0.976 / 0.700 / 0.875 (a book
/// review quoting "the author" is left, see the README).
#[test]
fn thirteenth_held_out_set_holds_its_figures() {
    check_built(
        "thirteenth_held_out_set_holds_its_figures",
        "heldout13.jsonl",
        0.95,
        0.65,
        0.85,
    );
}

/// Fourteenth set (D0650 and DUC 2003 task 2 New York Times), labelled before any output on
/// it was seen: unseen F1 0.976, speakers 0.900, timeline 1.000; after its rules 1.000 on all
/// three.
#[test]
fn fourteenth_held_out_set_holds_its_figures() {
    check_built(
        "fourteenth_held_out_set_holds_its_figures",
        "heldout14.jsonl",
        0.95,
        0.95,
        0.95,
    );
}

/// Fifteenth set (DUC 2003 task 2 New York Times: d30012t, d30016t, d30025t, d30028t),
/// labelled before any output on it was seen: unseen F1 1.000, speakers 0.759, timeline
/// 1.000; after its rules 1.000 / 0.966 / 1.000.
#[test]
fn fifteenth_held_out_set_holds_its_figures() {
    check_built(
        "fifteenth_held_out_set_holds_its_figures",
        "heldout15.jsonl",
        0.95,
        0.95,
        0.95,
    );
}

/// Sixteenth set (DUC 2003 task 2 New York Times: d30034t, d30042t, d30044t, d30050t),
/// labelled before any output on it was seen: unseen F1 0.958, speakers 0.971, timeline
/// 0.955; after its one rule ("plans to … on Friday") 0.958 / 0.971 / 1.000.
#[test]
fn sixteenth_held_out_set_holds_its_figures() {
    check_built(
        "sixteenth_held_out_set_holds_its_figures",
        "heldout16.jsonl",
        0.95,
        0.95,
        0.95,
    );
}

/// Seventeenth set (DUC 2003 task 2 New York Times: d31001t, d31002t, d31010t, d31011t,
/// d31013t), labelled before any output on it was seen: unseen F1 0.957, speakers 0.818,
/// timeline 0.812; after its rules 0.957 / 0.909 / 0.938 (two editorial datelines the
/// cleaner drops as headlines stay missed).
#[test]
fn seventeenth_held_out_set_holds_its_figures() {
    check_built(
        "seventeenth_held_out_set_holds_its_figures",
        "heldout17.jsonl",
        0.95,
        0.90,
        0.90,
    );
}

/// Eighteenth set (d31028t, d31031t, d31033t, d31038t, d31050t), labelled with the
/// seventeenth: unseen F1 0.970, speakers 0.688, timeline 0.828; after its rules 1.000 /
/// 1.000 / 0.897.
#[test]
fn eighteenth_held_out_set_holds_its_figures() {
    check_built(
        "eighteenth_held_out_set_holds_its_figures",
        "heldout18.jsonl",
        0.95,
        0.95,
        0.85,
    );
}

/// Nineteenth set (DUC 2003 task 3 New York Times: d100a, d102a, d103b, d104b), labelled
/// after heldout17/18's rules: unseen F1 0.971, speakers 0.706, timeline 0.900; after its
/// rules 0.971 / 0.882 / 0.900.
#[test]
fn nineteenth_held_out_set_holds_its_figures() {
    check_built(
        "nineteenth_held_out_set_holds_its_figures",
        "heldout19.jsonl",
        0.95,
        0.85,
        0.85,
    );
}

/// Twenty-first set (DUC 2003 task 3 New York Times: d105b, d106c, d107c, d108c; there is no
/// heldout20.txt, the name being an older fixture's), labelled after heldout19's rules: unseen
/// F1 0.971, speakers 0.824, timeline 0.950; after its one rule ("Rabbi" is a title) 0.971 /
/// 0.941 / 0.950.
#[test]
fn twenty_first_held_out_set_holds_its_figures() {
    check_built(
        "twenty_first_held_out_set_holds_its_figures",
        "heldout21.jsonl",
        0.95,
        0.90,
        0.90,
    );
}

/// Twenty-second set (DUC 2003 task 3 New York Times: d109d, d110d, d111d, d112e), labelled
/// after heldout21's rules: unseen F1 1.000, speakers 0.905, timeline 1.000; after its one rule
/// (a sentence may end before a quotation mark) 1.000 on all three.
#[test]
fn twenty_second_held_out_set_holds_its_figures() {
    check_built(
        "twenty_second_held_out_set_holds_its_figures",
        "heldout22.jsonl",
        0.95,
        0.95,
        0.95,
    );
}

/// Twenty-third set (DUC 2003 task 3 New York Times: d113e, d115f, d116f, d117f), labelled
/// after heldout22's rules: unseen F1 0.895 (Othello's lines, one opening mark per line and
/// no closing one, are not read), speakers 0.824, timeline 0.900; after its rule (verbs that
/// color speech: "wanted to know", "joked", "sighed" …) 0.895 / 0.882 / 0.900.
#[test]
fn twenty_third_held_out_set_holds_its_figures() {
    check_built(
        "twenty_third_held_out_set_holds_its_figures",
        "heldout23.jsonl",
        0.85,
        0.85,
        0.85,
    );
}

/// Twenty-fourth set (DUC 2003 task 3 New York Times: d122h, d123h, d124i, d125i), labelled
/// after heldout23's rules: unseen F1 1.000, speakers 0.667, timeline 0.778 (two "Friday's
/// announcement" that only world knowledge dates); after its rule ("the Nobel committee
/// said") 1.000 / 0.750 / 0.778.
#[test]
fn twenty_fourth_held_out_set_holds_its_figures() {
    check_built(
        "twenty_fourth_held_out_set_holds_its_figures",
        "heldout24.jsonl",
        0.95,
        0.70,
        0.70,
    );
}

/// Twenty-fifth set (DUC 2003 task 3 New York Times: d126i, d128j, d129j), labelled after
/// heldout24's rules: unseen F1 0.950, speakers 0.947, timeline 0.929; after its rules
/// (headlines after "headline"/"newspaper"/"link called", "Kakfwi once grumped, ``…''", a
/// Saturday paper's "this week … will start") 1.000 on all three.
#[test]
fn twenty_fifth_held_out_set_holds_its_figures() {
    check_built(
        "twenty_fifth_held_out_set_holds_its_figures",
        "heldout25.jsonl",
        0.95,
        0.95,
        0.95,
    );
}

/// Twenty-sixth set (DUC 2006 AP wire: D0604D, D0605E, D0606F, D0609I), labelled after
/// heldout25's rules: unseen F1 0.929, speakers 0.769, timeline 1.000; after its rules (a
/// title with a subtitle is no quotation, "they said" is a group, "agreed Barry" reports)
/// 1.000 / 0.857 / 1.000.
#[test]
fn twenty_sixth_held_out_set_holds_its_figures() {
    check_built(
        "twenty_sixth_held_out_set_holds_its_figures",
        "heldout26.jsonl",
        0.95,
        0.80,
        0.95,
    );
}

/// Twenty-seventh set (DUC 2006 AP wire: D0610A, D0613D, D0614E, D0615F), labelled after
/// every rule of heldout26: unseen 1.000 / 1.000 / 1.000.
#[test]
fn twenty_seventh_held_out_set_holds_its_figures() {
    check_built(
        "twenty_seventh_held_out_set_holds_its_figures",
        "heldout27.jsonl",
        0.95,
        0.95,
        0.95,
    );
}

/// Twenty-eighth set (DUC 2006 AP wire: D0616G, D0617H, D0619A, D0620B), labelled after
/// heldout27: unseen 1.000 / 0.882 / 0.879 (scored as the sets before, without the rest of
/// each cluster), 1.000 / 0.941 / 0.879 scored with its whole cluster; after its rules
/// ("run until Friday" is ahead, "last week" said on a Sunday is the week just ending, "the
/// April 20 massacre" is past) 1.000 / 0.941 / 1.000.
#[test]
fn twenty_eighth_held_out_set_holds_its_figures() {
    check_built(
        "twenty_eighth_held_out_set_holds_its_figures",
        "heldout28.jsonl",
        0.95,
        0.90,
        0.95,
    );
}

/// Twenty-ninth set (DUC 2006 AP wire: D0621C, D0623E, D0624F, D0626H), labelled with
/// heldout28: unseen F1 0.903, speakers 0.500, timeline 1.000 (0.643 with its whole
/// cluster); after its rules (an outlet relays what the person named before the quotation
/// said, "paraphrased X as saying", "said one lawmaker, Ruth Rabinowitz of …", "Tony Blair's
/// spokesman" is described, "rued the National Party", a lost paragraph break between two
/// opening marks) 0.970 / 1.000 / 1.000.
#[test]
fn twenty_ninth_held_out_set_holds_its_figures() {
    check_built(
        "twenty_ninth_held_out_set_holds_its_figures",
        "heldout29.jsonl",
        0.95,
        0.95,
        0.95,
    );
}

/// Thirtieth set (DUC 2006 AP wire: D0627I, D0628A, D0629B, D0630C), labelled after every rule
/// of heldout28/29: unseen F1 0.929, speakers 1.000, timeline 0.867; after its rules (an
/// ellipsis opening a quotation ends no sentence, "elections Sunday" is the nearest Sunday)
/// 0.966 / 1.000 / 1.000.
#[test]
fn thirtieth_held_out_set_holds_its_figures() {
    check_built(
        "thirtieth_held_out_set_holds_its_figures",
        "heldout30.jsonl",
        0.95,
        0.95,
        0.95,
    );
}

/// Thirty-first set (DUC 2006 AP wire: D0633F, D0636I, D0638B, D0639C), labelled after every
/// rule of heldout30: unseen F1 1.000, speakers 0.789 (0.895 once Erickson's label accepts the
/// cluster's fuller "James K. Erickson", as the guide asks), timeline 1.000; after its rules
/// ("Chicago Police Supt. Terry Hillard", "the Arab League condemned the bombing as an ``…''")
/// 1.000 / 1.000 / 1.000.
#[test]
fn thirty_first_held_out_set_holds_its_figures() {
    check_built(
        "thirty_first_held_out_set_holds_its_figures",
        "heldout31.jsonl",
        0.95,
        0.95,
        0.95,
    );
}

/// Thirty-second set (DUC 2006 AP wire: D0641E, D0642F, D0643G, D0644H), labelled after every
/// rule of heldout31: unseen F1 1.000, speakers 0.800, timeline 0.800 (three of its four date
/// misses are one document whose date field swaps day and month); after one rule (a full
/// name opening the clause after "said" outranks a place after a comma) 1.000 / 0.840 /
/// 0.800; after a newswire id's date stamp corrects the swapped date field (next session)
/// 1.000 / 0.840 / 0.950.
#[test]
fn thirty_second_held_out_set_holds_its_figures() {
    check_built(
        "thirty_second_held_out_set_holds_its_figures",
        "heldout32.jsonl",
        0.95,
        0.80,
        0.90,
    );
}

/// Thirty-third set (DUC 2006 AP wire: D0645I, D0646A, D0647B, D0649D), labelled after every
/// rule of heldout32 and the date-stamp fix: unseen F1 0.952, speakers 0.800, timeline 1.000;
/// after its rules ("U.S. District Judge Peter Leisure": a dotted abbreviation is one word of
/// a name run; a surname alone is not the child the article calls "Elian"; "Hiss' son, Tony,"
/// is Tony Hiss; a quotation closed by a single apostrophe at its paragraph's end) 0.977 /
/// 0.952 / 1.000.
#[test]
fn thirty_third_held_out_set_holds_its_figures() {
    check_built(
        "thirty_third_held_out_set_holds_its_figures",
        "heldout33.jsonl",
        0.95,
        0.90,
        0.95,
    );
}

/// Thirty-fourth set (DUC 2003 task 2 AP wire: d30003t, d30005t, d30010t, d30012t), labelled
/// after every rule of heldout33: unseen F1 1.000, speakers 0.688, timeline 0.931 (0.966 once a
/// label slip was fixed: "August" inside "Augusto"); after its rules ("Harakat-ul-Ansar" opens
/// a sentence and speaks, a name after "he" in its own clause is not "he", "said Zughayar's
/// father, Mohammed", "X made his wish: ``…''") 1.000 / 1.000 / 0.966.
#[test]
fn thirty_fourth_held_out_set_holds_its_figures() {
    check_built(
        "thirty_fourth_held_out_set_holds_its_figures",
        "heldout34.jsonl",
        0.95,
        0.95,
        0.95,
    );
}

/// Thirty-fifth set (DUC 2003 task 2 AP wire: d30016t, d30020t, d30028t, d30034t), labelled
/// after every rule of heldout34: unseen F1 1.000, speakers 0.905, timeline 1.000; after its
/// rules ("Mesut Yilmaz was quoted Saturday by the daily Hurriyet as saying", "the newspaper
/// said" after "the China Youth Daily said", and "the newspaper said, quoting X") 1.000 /
/// 1.000 / 1.000.
#[test]
fn thirty_fifth_held_out_set_holds_its_figures() {
    check_built(
        "thirty_fifth_held_out_set_holds_its_figures",
        "heldout35.jsonl",
        0.95,
        0.95,
        0.95,
    );
}

/// Thirty-sixth set (DUC 2003 task 2 AP wire: d30042t, d30048t, d30051t, d30056t), labelled
/// after every rule of heldout35: unseen F1 1.000, speakers 0.778, timeline 1.000; one rule
/// ("``…'' by refusing …, she said") found a speaker but the cluster's double surname
/// ("Gabrielle Kirk McDonald" beside "Kirk McDonald") still resolves short: 0.778 as it stands.
#[test]
fn thirty_sixth_held_out_set_holds_its_figures() {
    check_built(
        "thirty_sixth_held_out_set_holds_its_figures",
        "heldout36.jsonl",
        0.95,
        0.75,
        0.95,
    );
}

/// Thirty-seventh set (DUC 2003 task 2 AP wire: d31001t, d31011t, d31027t), labelled after
/// every rule of heldout36 and the "it" rule: unseen F1 1.000, speakers 1.000, timeline 0.800
/// ("Friday's election" said on a Sunday is read as the Friday just past, the nearest; the
/// election was five days ahead: left as it stands).
#[test]
fn thirty_seventh_held_out_set_holds_its_figures() {
    check_built(
        "thirty_seventh_held_out_set_holds_its_figures",
        "heldout37.jsonl",
        0.95,
        0.95,
        0.75,
    );
}

/// Thirty-eighth set (DUC 2006 Xinhua wire: D0602B, D0609I, D0614E, D0616G; the first Xinhua
/// set), labelled after every rule of heldout37: unseen F1 0.978, speakers 0.591, timeline
/// 0.615 (0.471 with four dateline labels since taken out). Its rules: a dateline's day the day
/// before the date field anchors the story, "October last year" is one expression, a passive
/// verb's agent speaks, a title runs through "for" to its holder, retorts are reporting verbs.
#[test]
fn thirty_eighth_held_out_set_holds_its_figures() {
    check_built(
        "thirty_eighth_held_out_set_holds_its_figures",
        "heldout38.jsonl",
        0.95,
        0.95,
        0.90,
    );
}

/// Thirty-ninth set (DUC 2006 Xinhua wire: D0617H, D0621C, D0623E, D0627I), labelled after
/// every rule of heldout38: unseen F1 0.903 (three principles named in quotation marks read
/// as quotations, left), speakers 0.500 (0.286 as first scored, before the scorer read "-|"),
/// timeline 1.000. Its rules: a document speaks for whoever issued it ("X said in a
/// memorandum" … "the memorandum said", "it said"), "The Children's Bridge" is a body, a
/// wire dateline is no sentence's subject.
#[test]
fn thirty_ninth_held_out_set_holds_its_figures() {
    check_built(
        "thirty_ninth_held_out_set_holds_its_figures",
        "heldout39.jsonl",
        0.90,
        0.95,
        0.95,
    );
}

/// Fortieth set (Xinhua wire: D0629B, D0640D, D0649D, d115f), labelled after every rule of
/// heldout39: unseen F1 1.000, speakers 0.818, timeline 0.909. Its rules: words in a sentence
/// the sentence before attributes at its end (", Putin writes."), a letter's "it says" among
/// its writer's words, a verb of a condition ("if the court says") is no attribution, a modal
/// "could last until Friday" looks ahead, "March 1 of next year" is one expression.
#[test]
fn fortieth_held_out_set_holds_its_figures() {
    check_built(
        "fortieth_held_out_set_holds_its_figures",
        "heldout40.jsonl",
        0.95,
        0.95,
        0.95,
    );
}

/// Forty-first set (DUC 2003 task 3: AP d105b, d106c; Xinhua d122h, d127j), labelled after
/// every rule of heldout40: unseen F1 1.000, speakers 0.947, timeline 1.000; its one miss
/// ("…,'' Mondlane pointed out") made "pointed out" a reporting verb.
#[test]
fn forty_first_held_out_set_holds_its_figures() {
    check_built(
        "forty_first_held_out_set_holds_its_figures",
        "heldout41.jsonl",
        0.95,
        0.95,
        0.95,
    );
}

/// Forty-second set (DUC 2003 task 3 AP wire: d108c, d110d, d112e, d116f), labelled after
/// every rule of heldout41: unseen F1 1.000, speakers 0.875, timeline 0.889. Its rules: "the
/// court said" is the court named before; "may go down in three months" looks ahead. Left:
/// "The organization issued a guidebook … that asserted:" (unnamed), "the hearing on
/// Thursday" inside a quotation read as last Thursday.
#[test]
fn forty_second_held_out_set_holds_its_figures() {
    check_built(
        "forty_second_held_out_set_holds_its_figures",
        "heldout42.jsonl",
        0.95,
        0.90,
        0.90,
    );
}

/// Forty-third set (DUC 2003 task 3 AP wire: d117f, d121h, d124i), labelled after every rule
/// of heldout42: unseen F1 0.960, speakers 0.500, timeline 1.000. Its rule: "the report by X"
/// names the report's issuer (0.667 with it). Left: "The report makes these assertions:" and
/// the city-by-city list after it, "a faxed statement summarizing the report", "Osman is
/// quoted as saying that …, ``…''".
#[test]
fn forty_third_held_out_set_holds_its_figures() {
    check_built(
        "forty_third_held_out_set_holds_its_figures",
        "heldout43.jsonl",
        0.95,
        0.65,
        0.95,
    );
}

/// Forty-fourth set (D0607G, d31009t, d31041t AP; d102a NYT), labelled after every rule of
/// heldout43: unseen F1 1.000, speakers 0.680, timeline 0.917. Its rules: a name takes the
/// form its document introduced it in ("Zhu" → "Zhu Muzhi", "Cathay" → "Cathay Pacific
/// Airways"), a possessive makes a verb form a noun ("Zhu's claims are ``…''"), "he" after
/// "…, Zhu claimed." is Zhu, a year-less day the story wrote out with its year before is
/// that day, and a past verb's day ahead of the article is an earlier year's.
#[test]
fn forty_fourth_held_out_set_holds_its_figures() {
    check_built(
        "forty_fourth_held_out_set_holds_its_figures",
        "heldout44.jsonl",
        0.95,
        0.95,
        0.95,
    );
}

/// Forty-fifth set (DUC 2003 task 3: AP d105b, d121h; NYT d110d, d126i), labelled after
/// every rule of heldout44: unseen F1 0.981, speakers 0.808, timeline 1.000. Its rules: a
/// year before role words ("Quebec City 2002 bid chief Rene Paquet"), a name after "a"
/// names no one "he" can be, ", X told the opening session …" after a short quotation and
/// before "he", and "he" whose own sentence opens with what is said.
#[test]
fn forty_fifth_held_out_set_holds_its_figures() {
    check_built(
        "forty_fifth_held_out_set_holds_its_figures",
        "heldout45.jsonl",
        0.95,
        0.95,
        0.95,
    );
}

/// Forty-sixth set (DUC 2003 task 3: NYT d100a, d103b; AP d112e, d121h), labelled after
/// every rule of heldout45: unseen F1 1.000, speakers 0.789 as first scored (1.000 once its
/// label took the cluster's fuller "Edward J. Weiler", as the guide asks), timeline 1.000;
/// no rule came from it.
#[test]
fn forty_sixth_held_out_set_holds_its_figures() {
    check_built(
        "forty_sixth_held_out_set_holds_its_figures",
        "heldout46.jsonl",
        0.95,
        0.95,
        0.95,
    );
}

/// Forty-seventh set (DUC 2006 NYT D0619A, D0644H, AP D0647B; DUC 2003 task 2 AP d30051t),
/// labelled after every rule of heldout46: unseen F1 0.968, speakers 0.700, timeline 0.929.
/// Its rules: "Regent" is a title, "vowed" and "chanting" report words, a given name before
/// a double surname stays ("Gabrielle Kirk McDonald"), a gerund opening a sentence is no
/// given name ("Turning Elian"). Left: "Elian Gonzales'" (a misspelling) for Elian Gonzalez,
/// "We will save Elian!" chanted by a crowd, "more positive course", "Thanksgiving Day".
#[test]
fn forty_seventh_held_out_set_holds_its_figures() {
    check_built(
        "forty_seventh_held_out_set_holds_its_figures",
        "heldout47.jsonl",
        0.95,
        0.90,
        0.90,
    );
}

/// Forty-eighth set (DUC 2006 NYT D0613D, D0630C, D0645I; DUC 2003 task 2 AP d30056t),
/// labelled after every rule of heldout47: unseen F1 0.941, speakers 0.825, timeline 0.929.
/// Its rules: school years are titles, a sentence closed by a mistyped opening mark ends, a
/// "she" whose sentence calls its subject "he" is the last speaker, a name before "newspaper"
/// is the outlet, "at the weekend", a term between a determiner and its noun. Left: "a
/// ``safe school year''".
#[test]
fn forty_eighth_held_out_set_holds_its_figures() {
    check_built(
        "forty_eighth_held_out_set_holds_its_figures",
        "heldout48.jsonl",
        0.95,
        0.95,
        0.95,
    );
}

/// Forty-ninth set (DUC 2003 task 3 NYT d100a, d112e; DUC 2006 NYT D0644H, D0647B), labelled
/// after every rule of heldout48: unseen F1 1.000, speakers 1.000, timeline 0.833. Its rules:
/// a plan made ("has scheduled") puts a date after it ahead, a weekday after "each"/"every"
/// recurs. Left: a "yesterday" the lede dates as the article's own day.
#[test]
fn forty_ninth_held_out_set_holds_its_figures() {
    check_built(
        "forty_ninth_held_out_set_holds_its_figures",
        "heldout49.jsonl",
        0.95,
        0.95,
        0.90,
    );
}

/// Fiftieth set (DUC 2006 AP D0610A, D0612C; NYT D0611B, D0648C), labelled after every rule
/// of heldout49: unseen F1 1.000, speakers 0.897, timeline 1.000. Its rules: "promised"
/// reports, a name's possessive before "line"/"words" owns the words, a quotation in a
/// sentence right after one attributed to "she" is hers.
#[test]
fn fiftieth_held_out_set_holds_its_figures() {
    check_built(
        "fiftieth_held_out_set_holds_its_figures",
        "heldout50.jsonl",
        0.95,
        0.95,
        0.95,
    );
}

/// Fifty-first set (DUC 2006 NYT D0604D, D0612C, D0619A, D0650E), labelled after every rule
/// of heldout50: unseen F1 0.936, speakers 0.636, timeline 1.000. Its rules: a title word
/// after a given name is a surname ("Robert Pastor") and alone as a subject the surname the
/// document wrote last, an opening subordinate clause names no subject, "featured" and
/// "theme" name titles. Left: "Homes says" (a typing slip), a paragraph broken mid-sentence.
#[test]
fn fifty_first_held_out_set_holds_its_figures() {
    check_built(
        "fifty_first_held_out_set_holds_its_figures",
        "heldout51.jsonl",
        0.95,
        0.90,
        0.95,
    );
}

/// Fifty-second set (DUC 2006 NYT D0604D, D0610A, D0612C, D0619A), labelled after every rule
/// of heldout51: unseen F1 1.000, speakers 0.714, timeline 1.000. Its rules: "the Republican
/// presidential front-runner told" refers back, "Gov. X of Texas" is X. Left: a shared surname
/// ("Mann"), a nested title mark, "the study concluded".
#[test]
fn fifty_second_held_out_set_holds_its_figures() {
    check_built(
        "fifty_second_held_out_set_holds_its_figures",
        "heldout52.jsonl",
        0.95,
        0.80,
        0.95,
    );
}

/// Fifty-third set (DUC 2006 AP D0604D, D0610A, NYT D0611B, D0650E), labelled after every
/// rule of heldout52: unseen F1 1.000, speakers 0.952, timeline 0.786. Its rules: the "he" of
/// the sentence before after someone quoted is the next "he said", "he'd spend" is "would",
/// a weekday's election after modifiers is the nearest. Left: "decided to open … Monday".
#[test]
fn fifty_third_held_out_set_holds_its_figures() {
    check_built(
        "fifty_third_held_out_set_holds_its_figures",
        "heldout53.jsonl",
        0.95,
        0.95,
        0.90,
    );
}

/// Fifty-fourth set (DUC 2006 AP D0604D, NYT D0610A, D0619A, D0650E), labelled after every
/// rule of heldout53: unseen F1 0.969, speakers 0.677, timeline 0.846. Its rules: corporate
/// suffixes make an organisation, words after "titled" are a title, a name in an opening
/// subordinate clause is not the subject, a term does not end a turn, "won't" and "are not
/// expected" look ahead. Left: "Mrs. X" of a couple, a parenthetical "as … noted", "the high
/// school teacher said", "Welcome to Mexico".
#[test]
fn fifty_fourth_held_out_set_holds_its_figures() {
    check_built(
        "fifty_fourth_held_out_set_holds_its_figures",
        "heldout54.jsonl",
        0.95,
        0.80,
        0.95,
    );
}

/// Fifty-fifth set (DUC 2006 AP and NYT D0604D, NYT D0611B, DUC 2003 t2 NYT d31013t),
/// labelled after every rule of heldout54: unseen F1 1.000, speakers 0.875, timeline 0.857.
/// Its rules: a nested closing mark before the outer one, "in his words", a term does not
/// cut the window "he" looks back over, two mentions of a day in one sentence both stay.
/// Left: a list header's days, cleaned away as a fragment.
#[test]
fn fifty_fifth_held_out_set_holds_its_figures() {
    check_built(
        "fifty_fifth_held_out_set_holds_its_figures",
        "heldout55.jsonl",
        0.95,
        0.95,
        0.90,
    );
}

/// Fifty-sixth set (DUC 2006 AP D0620B, D0629B, D0630C, DUC 2003 t2 NYT d31050t), labelled
/// after every rule of heldout55: unseen F1 0.981, speakers 0.923, timeline 0.684. Its rules:
/// a date opening a past clause, "poised to", "plan a", "expires", "Like" opening a sentence
/// is no part of a name. Left: "programmed to activate … on Monday", "before August", a
/// quotation after an appositive, a second title.
#[test]
fn fifty_sixth_held_out_set_holds_its_figures() {
    check_built(
        "fifty_sixth_held_out_set_holds_its_figures",
        "heldout56.jsonl",
        0.95,
        0.90,
        0.85,
    );
}
