//! Who a document speaks for when the text names the document, not its author: "The
//! Children's Bridge … said in a memorandum that …" and then "The memorandum said ``…''" or
//! "``…,'' it said" after a sentence about the memorandum; "A white paper released by the
//! State Council Press Office today says …".

use super::*;

/// Nouns for documents that speak for whoever issued them.
const ISSUED: [&str; 9] = [
    "memorandum",
    "memo",
    "statement",
    "letter",
    "report",
    "communique",
    "declaration",
    "paper",
    "document",
];

fn introduced_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let noun = ISSUED.join("|");
        Regex::new(&format!(
            // "said in a memorandum", "said Tuesday in a statement", "made the remarks in an
            // open letter", "issued a statement".
            r"(?-u:\b)(?:(?:said|says|stated|announced|declared|wrote|noted|made (?:the|his|her|these) remarks)(?: \w+)? in (?:a|an|its|his|her|their)|(?:issued|released|sent|published) (?:a|an))(?: [\w-]+){{0,2}}? (?:{noun})(?-u:\b)"
        ))
        .expect("issued document pattern")
    })
}

fn released_by_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let noun = ISSUED.join("|");
        Regex::new(&format!(
            r"(?-u:\b)(?:{noun}) (?:(?:released|issued|published|sent) )?by (?:the )?"
        ))
        .expect("released-by pattern")
    })
}

/// The issuer of the document the text last introduced before its end (`earlier` ends at
/// the quotation): the subject of "X said in a memorandum", or the body after "a paper
/// released by".
pub(crate) fn document_issuer(earlier: &str, names: &Names) -> Option<String> {
    let mut from = earlier.len().saturating_sub(4000);
    while !earlier.is_char_boundary(from) {
        from += 1;
    }
    let tail = &earlier[from..];
    // The latest introduction that names its issuer ("he wrote in a letter" names no one:
    // look further back, to "Putin made the remarks in an open letter").
    let mut found: Vec<(usize, bool, usize)> = introduced_re()
        .find_iter(tail)
        .map(|m| (m.start(), true, m.end()))
        .chain(
            released_by_re()
                .find_iter(tail)
                .map(|m| (m.start(), false, m.end())),
        )
        .collect();
    found.sort_unstable();
    found
        .into_iter()
        .rev()
        .find_map(|(start, introduced, end)| {
            if introduced {
                match subject_before(sentence_tail(&tail[..start]), names)? {
                    Who::Name(n) => Some(n),
                    _ => None,
                }
            } else {
                let run = run_re().find(&tail[end..]).filter(|r| r.start() == 0)?;
                // "the South African Truth and Reconciliation Commission": a body's name runs
                // on through "and" to its organisation word.
                let mut to = end + run.end();
                if let Some(more) = tail[to..].strip_prefix(" and ") {
                    let body = run_re().find(more).filter(|r| {
                        r.start() == 0
                            && r.as_str()
                                .split_whitespace()
                                .last()
                                .is_some_and(is_org_word)
                    });
                    if let Some(r) = body {
                        to += " and ".len() + r.end();
                    }
                }
                candidate(&tail[end..to], names, true)
            }
        })
}

/// Whether the words around a quotation's attribution make a document its subject: "the
/// memorandum said", "said the statement".
pub(crate) fn document_speaks(around: &str) -> bool {
    let words: Vec<&str> = around.split_whitespace().collect();
    (0..words.len().saturating_sub(1)).any(|i| {
        let the = matches!(words[i], "the" | "The");
        let noun = words[i + 1].trim_end_matches([',', '.']);
        let verb_before = i > 0 && is_reporting_verb(words[i - 1]);
        the && ISSUED.contains(&noun) && (verb_follows(&words, i + 1) || verb_before)
    })
}

/// Whether the sentence "it" refers back to — the last one in `window` that opens with
/// neither a pronoun nor a quotation — is about a document: it opens with one ("The
/// memorandum dated January 12 … forms a sharp contrast …") or one says it ("…, the
/// memorandum said.").
pub(crate) fn it_is_a_document(window: &str) -> bool {
    // Sentences inside quotations are someone's words, not the text's sentences.
    let window = crate::timeline::without_quotations(window);
    let last = sentences_back(&window).find(|s| {
        !s.split_whitespace().next().is_some_and(is_pronoun)
            && !s.starts_with(['"', '“', '`', '\''])
    });
    last.is_some_and(|s| {
        let words: Vec<&str> = s.split_whitespace().take(3).collect();
        matches!(words[..], ["The", noun, ..] if ISSUED.contains(&noun)) || document_speaks(s)
    })
}
