//! Sentence bounds around a quotation: where the reporting clause before or after it
//! starts and ends.

/// Up to the end of the sentence after a closing mark (or the next quotation).
pub(crate) fn sentence_head(text: &str) -> &str {
    let mut end = text.len().min(240);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let t = &text[..end];
    let stop = t
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '"' | '“' | '”' | '\n')
                || (matches!(c, '.' | '!' | '?') && i > 1 && is_sentence_end(t, i))
        })
        .map_or(t.len(), |(i, _)| i);
    &t[..stop]
}

/// From the start of the sentence (or the last closing mark) up to an opening mark.
pub(crate) fn sentence_tail(text: &str) -> &str {
    let mut from = text.len().saturating_sub(300);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let t = &text[from..];
    let start = t
        .char_indices()
        .filter(|&(i, c)| {
            matches!(c, '"' | '“' | '”' | '\n')
                // A quotation that closed its sentence: `….'' Earlier, …`.
                || (c == '\''
                    && [".'", "?'", "!'"].iter().any(|e| t[..i].ends_with(e))
                    && t[i + 1..].starts_with(' ')
                    && t[i + 1..].trim_start().starts_with(char::is_uppercase))
                || (matches!(c, '.' | '!' | '?') && is_sentence_end(t, i))
        })
        .map(|(i, c)| i + c.len_utf8())
        .next_back()
        .unwrap_or(0);
    after_dateline(&t[start..])
}

/// The sentences of `window` (three words or more), last first: what "he" and "it" look
/// back over.
pub(super) fn sentences_back(window: &str) -> impl Iterator<Item = &str> {
    let mut bounds = vec![0];
    for (i, c) in window.char_indices() {
        if c == '\n' || (matches!(c, '.' | '!' | '?') && is_sentence_end(window, i)) {
            bounds.push(i + c.len_utf8());
        }
    }
    bounds.push(window.len());
    let spans: Vec<(usize, usize)> = bounds.windows(2).map(|w| (w[0], w[1])).collect();
    spans
        .into_iter()
        .rev()
        .map(move |(a, b)| window[a..b].trim())
        .filter(|s| s.split_whitespace().count() >= 3)
}

/// A story's first sentence without its wire dateline ("OTTAWA, January 15 (Xinhua) -- The
/// Children's Bridge … said"): the agency in it is not the sentence's subject.
fn after_dateline(s: &str) -> &str {
    let lead = s.trim_start();
    // A place whose first word is in capitals ("AUSTIN, Texas _", "WINNIPEG, Canada, August
    // 7 (Xinhua) --"), every word capitalized or a number: not "UN envoy Kofi Annan said --".
    let caps = lead.bytes().take_while(u8::is_ascii_uppercase).count();
    if caps < 2 {
        return s;
    }
    let dateline = |prefix: &str| {
        prefix
            .split_whitespace()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '('))
    };
    [" -- ", " _ ", " — "]
        .iter()
        .filter_map(|sep| lead.find(sep).map(|k| (k, sep.len())))
        .filter(|&(k, _)| k <= 80 && dateline(&lead[..k]))
        .min()
        .map_or(s, |(k, n)| &lead[k + n..])
}

/// A full stop that ends a sentence: followed by a space and a capital, and not an
/// abbreviation or initial ("U.K.", "Mr.", "J.").
pub(super) fn is_sentence_end(t: &str, i: usize) -> bool {
    let next = t[i + 1..].chars().next();
    if t[i + 1..].trim().is_empty() {
        // `… Santa Cruz said. “Two satellites …`: the sentence before the mark ended.
        return next.is_some_and(char::is_whitespace);
    }
    // The next sentence may open with a quotation mark: "… Diane Smith. ``They are …".
    let after = t[i + 1..]
        .trim_start()
        .trim_start_matches(['`', '\'', '"', '“', '‘'])
        .chars()
        .next();
    if !next.is_some_and(char::is_whitespace) || !after.is_some_and(char::is_uppercase) {
        return false;
    }
    let word = t[..i].rsplit(char::is_whitespace).next().unwrap_or("");
    let short = word.len() <= 3 && word.chars().next().is_some_and(char::is_uppercase);
    // Titles abbreviated in four letters or more: "Capt. John Wiley".
    let title = matches!(
        word,
        "Capt" | "Cmdr" | "Comdr" | "Brig" | "Prof" | "Insp" | "Supt" | "Atty" | "Lieut" | "Sgts"
    );
    !(short || title || word.contains('.'))
}

/// A name after the verb ends where a relative clause begins ("said Charles Style who
/// also said …").
pub(super) fn cut_at_relative(s: &str) -> &str {
    [
        " who ", " which ", " when ", " after ", " while ", " as ", " in ", " on ",
    ]
    .iter()
    .filter_map(|w| s.find(w))
    .min()
    .map_or(s, |i| &s[..i])
}
