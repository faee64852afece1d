//! Who a reference points to: the subject the sentences before are about (for "he
//! said"), the one a passive "was asked" addressed, the person or organisation "the
//! senator said" or "the agency said" refers back to, a person a clause introduces by name.

use super::*;

/// Who the last sentences of `window` are about, walking back over sentences whose
/// subject is a pronoun: for "he said", and for a quotation its previous sentence
/// introduces ("Efstathios Daras, the Greek ambassador …, described the situation. “We
/// fear …”"). `None` at a sentence that holds a quotation (whose speaker the caller knows)
/// or whose subject is not plain.
pub(crate) fn sentence_subject(window: &str, names: &Names) -> Option<Who> {
    // A "the senator said" walked past: if no one is found behind it, the subject is that
    // unnamed title-holder, not whoever the text named last.
    let mut anaphor = false;
    match subject_walk(window, names, &mut anaphor) {
        None if anaphor => Some(Who::Unnamed),
        who => who,
    }
}

fn subject_walk(window: &str, names: &Names, anaphor: &mut bool) -> Option<Who> {
    for s in sentences_back(window).take(3) {
        // "RAFAH, Gaza Strip _ Cruising …, Capt. Jamal Al-How … could not restrain himself":
        // a dateline opens the story's first sentence, it is not its subject.
        let s = match s.find(" _ ") {
            Some(k) if k < 60 => s[k + 3..].trim_start(),
            _ => s,
        };
        let words: Vec<&str> = s.split_whitespace().collect();
        if words.len() < 2 {
            continue;
        }
        if is_pronoun(words[0]) {
            continue;
        }
        // "When the Bush campaign considered inviting him, ``…,'' he said": a clause that
        // opens with a subordinator and runs up to the words has no subject of the
        // sentence's own; the sentence before says who "he" is.
        if is_subordinator(words[0]) && s.trim_end().ends_with(',') && s.matches(',').count() == 1 {
            continue;
        }
        if s.contains(['"', '“', '”']) {
            return None;
        }
        // "A reporter …" is someone described; "An energetic-looking President-elect
        // Vladimir Putin arrived" names him.
        // Modifiers up to a capital name it; a preposition or clause word first ("A recent
        // study by Rand Corp.", "A failure to change Interpol's …") describes.
        let described = words[1..]
            .iter()
            .take(4)
            .find(|w| {
                crate::names::is_name_word(w)
                    || PREPOSITIONS.contains(w)
                    || matches!(**w, "that" | "who" | "which" | "and" | "or")
            })
            .is_none_or(|w| !crate::names::is_name_word(w));
        if matches!(words[0], "A" | "An" | "One")
            && words[1].starts_with(char::is_lowercase)
            && described
        {
            return Some(Who::Unnamed);
        }
        // "Arrendel, who was called by him …": a passive verb of a relative clause is not
        // the sentence's own.
        // Nor is a participle with its agent ("the allegations reported by the BBC").
        let own_verb = verb_re().find_iter(s).find(|v| {
            !relative_passive(&s[..v.start()]) && !s[v.end()..].trim_start().starts_with("by ")
        });
        if let Some(v) = own_verb {
            // "they said …" is about a group, not whom "he" refers to: walk on past it.
            let before: Vec<&str> = s[..v.start()].split_whitespace().collect();
            if subject_word(&before).is_some_and(|k| matches!(before[k], "they" | "They")) {
                continue;
            }
            return match subject_before(&s[..v.start()], names) {
                Some(Who::Pronoun) => continue,
                // "The senator said he expects …" refers back like "he", unless the
                // cluster gives the title to one person.
                Some(Who::Unnamed) | None if is_title_anaphor(&words, 0) => {
                    *anaphor = true;
                    continue;
                }
                who => who,
            };
        }
        // "Instead, the government needs …": one capitalized word and a comma open the
        // sentence as an adverb, not as its subject (a surname the cluster knows aside).
        let first = words[0].trim_end_matches(',');
        if words[0].ends_with(',') && !names.full.contains_key(first) {
            return None;
        }
        // No reporting verb: the name that opens the sentence ("US Secretary of State
        // Hillary Clinton promised …"), titles and all.
        let opening: Vec<&str> = words
            .iter()
            .take_while(|w| crate::names::is_name_word(w) || matches!(**w, "of" | "the" | "for"))
            .copied()
            .collect();
        // "President Assad’s future is …": the subject is the future, not Assad.
        if opening
            .last()
            .is_some_and(|w| w.ends_with("'s") || w.ends_with("’s"))
        {
            return None;
        }
        let opening = opening.join(" ");
        let opening = opening.trim_end_matches([',', ';', '.']);
        // "Gov. George W. Bush of Texas faced …": a person's name before "of" is the
        // subject, the place after it says where from ("University of Chile" stays whole).
        let opening = match opening.split_once(" of ") {
            Some((person, _))
                if crate::names::bare_name(person).is_some_and(|n| n.contains(' '))
                    && !person.split_whitespace().any(super::is_org_word) =>
            {
                person
            }
            _ => opening,
        };
        let r = runs(&[opening]).into_iter().next()?;
        if !r.lead.trim().is_empty() {
            return None;
        }
        let name = speaker_of(&r, names, true).or_else(|| candidate(opening, names, true))?;
        // "Mr. Ban" is the cluster's Ban Ki-moon.
        let full = (!name.contains(' '))
            .then(|| {
                names
                    .full
                    .get(&name)
                    .or_else(|| names.any_by_first.get(&name))
                    .cloned()
            })
            .flatten();
        return Some(Who::Name(full.unwrap_or(name)));
    }
    None
}

/// Whom `pronoun` ("he"/"she") in the sentence before the one `text` ends in means, when
/// that sentence has the same pronoun after someone the document has `quoted` ("… the 10
/// acres of O'Dare's farm when he turned to …"): a "he said" of the next sentence goes on
/// about them. The last such person before the pronoun, in the fullest form the cluster
/// gives.
pub(crate) fn pronoun_antecedent(
    text: &str,
    pronoun: &str,
    names: &Names,
    quoted: &[String],
) -> Option<String> {
    let current = sentence_tail(text);
    let prev = &text[..text.len() - current.len()];
    let sentence = sentence_tail(prev.trim_end());
    if sentence.contains(['"', '“', '”', '`']) {
        return None;
    }
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let at = words.iter().position(|w| {
        w.trim_matches(|c: char| !c.is_alphabetic())
            .eq_ignore_ascii_case(pronoun)
    })?;
    words[..at].iter().rev().find_map(|w| {
        let core = tidings_core::trim_possessive(
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’'),
        );
        let full = names.full.get(core)?;
        // Someone quoted before, named here by the last word of their name.
        (core.starts_with(char::is_uppercase) && quoted.contains(full)).then(|| full.clone())
    })
}

/// The speaker whom the sentence before the one `text` ends in attributes at its end
/// ("Russia's greatest problems are …, Putin writes."): a quotation set in the next sentence
/// without an attribution of its own goes on in that voice.
pub(crate) fn reported_before(text: &str, names: &Names) -> Option<String> {
    match reporter_before(text, names)? {
        Who::Name(n) => Some(n),
        _ => None,
    }
}

/// [`reported_before`] for any subject: a name, or "he"/"she" (", she said.").
pub(crate) fn reporter_before(text: &str, names: &Names) -> Option<Who> {
    let current = sentence_tail(text);
    let prev = text[..text.len() - current.len()].trim_end();
    let prev = prev.strip_suffix('.')?;
    let sentence = sentence_tail(prev);
    if sentence.contains(['"', '“', '”', '`']) {
        return None;
    }
    let comma = sentence.rfind(',')?;
    let clause = &sentence[comma..];
    // The clause is the name and its verb: ", Putin writes", or with whom it was told or
    // where it was said after the verb (", Toshinori Kanemoto told the opening session of
    // …", ", Kanemoto said in a statement").
    let last = clause.split_whitespace().last()?;
    let clause = if is_reporting_verb(last) || last == "believes" {
        clause
    } else {
        // Each word with the byte it starts at.
        let words: Vec<(usize, &str)> = clause
            .split_whitespace()
            .map(|w| (w.as_ptr() as usize - clause.as_ptr() as usize, w))
            .collect();
        let end = words.windows(2).take(5).find_map(|pair| {
            let ((k, w), (_, next)) = (pair[0], pair[1]);
            // ", X said in a statement", ", X said at …": a verb and where it was said.
            let told = matches!(w, "told" | "tells");
            let said = matches!(w, "said" | "says" | "wrote" | "writes" | "added")
                && PREPOSITIONS.contains(&next);
            (told || said).then_some(k + w.len())
        })?;
        &clause[..end]
    };
    after(&format!("{clause}."), names, false, true).map(|(who, _)| who)
}

/// Whether `before` ends in a relative pronoun and a form of "be" ("…, who was"): a
/// passive verb of a relative clause follows.
fn relative_passive(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    let be = words.next();
    let relative = words.next();
    matches!(be, Some("was" | "were" | "is" | "are"))
        && matches!(relative, Some("who" | "which" | "that"))
}

/// Who heard the words of a quotation that a passive verb introduces ("Clinton was asked:
/// “…”"): the one a later "he replied" speaks for. `text` ends at the opening mark.
pub(crate) fn passive_listener(text: &str, names: &Names) -> Option<String> {
    let clause = sentence_tail(text);
    let at = [" was asked", " were asked", " was told", " were told"]
        .iter()
        .filter_map(|k| clause.rfind(k))
        .max()?;
    match subject_before(&clause[..at], names)? {
        Who::Name(n) => Some(n),
        _ => None,
    }
}

/// Whether `words[i..]` is "the" and a person's title alone ("the senator", "The
/// minister,"), or after modifiers ("the Republican presidential front-runner"): a definite
/// description that refers back to someone named before.
fn is_title_anaphor(words: &[&str], i: usize) -> bool {
    title_after_the(words, i).is_some()
}

/// Where the title of [`is_title_anaphor`]'s description stands.
fn title_after_the(words: &[&str], i: usize) -> Option<usize> {
    if !words.get(i).is_some_and(|w| matches!(*w, "the" | "The")) {
        return None;
    }
    // Not "The president's adviser": a possessive title describes someone else.
    let is_title = |w: &str| {
        let w = w.trim_end_matches([',', '.']);
        w.starts_with(char::is_lowercase)
            && !w.ends_with("'s")
            && !w.ends_with("’s")
            && (is_person_title(w)
                || crate::names::is_title(w)
                || matches!(w, "front-runner" | "frontrunner" | "nominee"))
    };
    // Up to three modifiers: a party or nationality, "presidential", "former".
    let modifier = |w: &str| {
        !w.ends_with([',', '.', ';', ':'])
            && (w.starts_with(char::is_uppercase)
                || ["al", "ic", "ive"].iter().any(|s| w.ends_with(s))
                || matches!(w, "former" | "likely" | "presumptive" | "leading" | "top"))
    };
    let k = (i + 1..words.len().min(i + 5)).find(|&k| is_title(words[k]))?;
    // Modifiers before a candidate's description only ("the regional administrative
    // secretary said" may be someone not named yet).
    let candidate = matches!(
        words[k].trim_end_matches([',', '.']),
        "front-runner" | "frontrunner" | "nominee" | "candidate"
    );
    if k > i + 1 && !(candidate && words[i + 1..k].iter().all(|w| modifier(w))) {
        return None;
    }
    // Not "the senator from Utah", "the minister of finance": those say which.
    let bare = words
        .get(k + 1)
        .is_none_or(|w| !matches!(*w, "from" | "of" | "for"));
    bare.then_some(k)
}

/// The organisation "the agency said", "said the company" refers to: the last one of that
/// kind the text before (`earlier`) names — for "the ministry" a name ending in "Ministry",
/// for "the agency" or "the company" also an acronym ("FBI", "GM") or a corporate suffix
/// ("Monsanto Co."); not a dateline's "(AP)". "The group" names no kind: left unnamed.
pub(crate) fn org_anaphor(around: &str, earlier: &str) -> Option<String> {
    const KINDS: [&str; 12] = [
        "agency",
        "company",
        "firm",
        "ministry",
        "department",
        "bureau",
        "commission",
        "committee",
        "union",
        "newspaper",
        "paper",
        "court",
    ];
    // What a newspaper's name ends with ("the China Youth Daily said. … the newspaper said").
    const PAPERS: [&str; 10] = [
        "Daily",
        "Times",
        "Post",
        "Journal",
        "Tribune",
        "Herald",
        "Gazette",
        "Globe",
        "Chronicle",
        "Telegraph",
    ];
    let words: Vec<&str> = around.split_whitespace().collect();
    let kind = (0..words.len()).find_map(|i| {
        let the = matches!(words[i], "the" | "The");
        let kind = words
            .get(i + 1)
            .map(|w| w.trim_end_matches([',', '.']))
            .filter(|w| KINDS.contains(w))?;
        let verb_before = i > 0 && is_reporting_verb(words[i - 1]);
        (the && (verb_follows(&words, i + 1) || verb_before)).then_some(kind)
    })?;
    let mut from = earlier.len().saturating_sub(800);
    while !earlier.is_char_boundary(from) {
        from += 1;
    }
    let tail = &earlier[from..];
    let of_kind = |m: regex::Match| {
        let run = m
            .as_str()
            .trim_start_matches("The ")
            .trim_end_matches("'s")
            .trim_end_matches('.');
        let last = run.split_whitespace().last().unwrap_or("");
        let dateline = tail[..m.start()].ends_with('(');
        let acronym = (2..=6).contains(&run.len()) && run.chars().all(|c| c.is_ascii_uppercase());
        let corporate = matches!(last, "Co" | "Corp" | "Inc" | "Ltd");
        let same_kind = run.contains(' ') && last.eq_ignore_ascii_case(kind);
        let fits = match kind {
            "agency" | "company" | "firm" => same_kind || acronym || corporate,
            "newspaper" | "paper" => run.contains(' ') && PAPERS.contains(&last),
            // "the 9th U.S. Circuit Court of Appeals … the court said".
            "court" => run.split_whitespace().any(|w| w == "Court"),
            _ => same_kind,
        };
        // A court's name runs on through "of" ("Court of Appeals").
        let name = if kind == "court" {
            with_of_part(tail, m.start(), m.end()).trim_start_matches("The ")
        } else {
            run
        };
        (fits && !dateline).then(|| name.to_string())
    };
    run_re().find_iter(tail).filter_map(of_kind).last()
}

/// Whether the attribution around a quotation is "the <title> said" or "said the <title>"
/// with no name: the title refers back to someone named before, as "he" would — unless
/// `earlier` (the text before) introduced someone unnamed with it ("a State Department
/// official … the official said").
pub(crate) fn title_anaphor(around: &str, earlier: &str) -> bool {
    let words: Vec<&str> = around.split_whitespace().collect();
    let mut from = earlier.len().saturating_sub(600);
    while !earlier.is_char_boundary(from) {
        from += 1;
    }
    let before: Vec<&str> = earlier[from..].split_whitespace().collect();
    let introduced_unnamed = |title: &str| {
        before.iter().enumerate().any(|(k, w)| {
            w.trim_end_matches([',', '.']) == title
                && before[k.saturating_sub(8)..k]
                    .iter()
                    .enumerate()
                    .any(|(j, a)| {
                        let indefinite = matches!(
                            *a,
                            "a" | "an" | "A" | "An" | "One" | "one" | "Another" | "another"
                        );
                        // The article must open the title's own phrase: no clause ends or
                        // verb comes between ("an inquiry is needed. The senator").
                        let phrase = &before[k.saturating_sub(8) + j + 1..k];
                        indefinite
                            && !phrase.iter().any(|w| {
                                w.ends_with(['.', ',', ';'])
                                    || matches!(
                                        *w,
                                        "is" | "was"
                                            | "are"
                                            | "were"
                                            | "has"
                                            | "had"
                                            | "said"
                                            | "that"
                                    )
                            })
                    })
        })
    };
    (0..words.len()).any(|i| {
        let Some(k) = title_after_the(&words, i) else {
            return false;
        };
        if introduced_unnamed(words[k].trim_end_matches([',', '.'])) {
            return false;
        }
        let verb_before =
            i > 0 && is_reporting_verb(words[i - 1]) && words[k].ends_with(['.', ',']);
        verb_follows(&words, k) || verb_before
    })
}

/// The person a clause introduces by name: "a fan named David Chung", "a man called X".
pub(crate) fn named(clause: &str, names: &Names) -> Option<String> {
    let at = ["named ", "called "]
        .iter()
        .filter_map(|k| clause.rfind(k).map(|i| i + k.len()))
        .max()?;
    let r = runs(&[&clause[at..]]).into_iter().next()?;
    if !r.lead.trim().is_empty() {
        return None;
    }
    candidate(r.text, names, false).filter(|n| n.contains(' '))
}

/// Whether a sentence of `gap` opens with a described subject ("A banner with …", "The
/// initial performer was …"): the text has moved on from the last speaker.
pub(crate) fn has_described_subject(gap: &str) -> bool {
    let mut starts = vec![0];
    for (i, c) in gap.char_indices() {
        if c == '\n' || (matches!(c, '.' | '!' | '?') && is_sentence_end(gap, i)) {
            starts.push(i + c.len_utf8());
        }
    }
    starts.iter().any(|&k| {
        let mut words = gap[k..].split_whitespace();
        matches!(words.next(), Some("A" | "An" | "The"))
            && words
                .next()
                .is_some_and(|w| w.starts_with(char::is_lowercase))
    })
}
