//! Where quotations stand: pairs of quotation marks, the copy's mistyped and missing marks,
//! quotations that run on over paragraphs.

/// A quotation found in a document's text.
pub(super) struct Found {
    pub inner: (usize, usize),
    pub outer: (usize, usize),
}

/// Quotation spans of `text`: curly pairs, ``…'' pairs, and straight quotes paired within
/// a paragraph.
pub(super) fn find_quotes(text: &str) -> Vec<Found> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None; // (outer start, inner start)
    let mut straight: Option<(usize, usize)> = None;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < text.len() {
        // Skip to the next byte that can start a mark or a paragraph break (“ and ” start
        // with 0xE2, a lead byte, so `i` stays on a char boundary).
        match bytes[i..]
            .iter()
            .position(|b| matches!(b, b'\n' | b'`' | b'\'' | b'"' | 0xE2))
        {
            Some(skip) => i += skip,
            None => break,
        }
        let rest = &text[i..];
        let c = rest.chars().next().expect("char");
        let len = c.len_utf8();
        if rest.starts_with("\n\n") {
            // A quotation that goes on in the next paragraph leaves its mark open and opens
            // the next one again (``…\n\n``…''): this paragraph's part is a quotation.
            let next = rest.trim_start();
            let reopens = next.starts_with('“')
                || next.starts_with("``")
                || next.starts_with('"')
                || next.starts_with("''");
            if let Some((o, s)) = open.or(straight).filter(|_| reopens) {
                let end = i;
                if tidings_core::count_words(&text[s..end]) >= 3 {
                    out.push(Found {
                        inner: (s, end),
                        outer: (o, end),
                    });
                }
            }
            if let Some(found) = open
                .filter(|_| !reopens)
                .and_then(|o| closed_by_one(text, o, i))
            {
                out.push(found);
            }
            open = None;
            straight = None;
        }
        if c == '“' || rest.starts_with("``") {
            let l = if c == '“' { len } else { 2 };
            if let Some((o, s)) = open {
                // ``Who ordered that?`` the physicist …: a mark glued to the words before
                // it is a closing one the copy mistyped.
                let glued = text[..i]
                    .ends_with(|c: char| !c.is_whitespace() && !matches!(c, '(' | '[' | '{'));
                if glued && i > s {
                    out.push(Found {
                        inner: (s, i),
                        outer: (o, i + l),
                    });
                    open = None;
                    i += l;
                    continue;
                }
                // ``He does have a passport. ``I understand …'': a paragraph break lost in
                // the copy; the open quotation ends with its sentence before the new mark
                // (unless its attribution ran into it: a closing mark missing altogether).
                let words = text[s..i].trim_end();
                let attributed = [", said ", ", says ", "' "]
                    .iter()
                    .any(|a| words.contains(a));
                if words.ends_with(['.', '?', '!'])
                    && !attributed
                    && tidings_core::count_words(words) >= 3
                {
                    let end = s + words.len();
                    out.push(Found {
                        inner: (s, end),
                        outer: (o, end),
                    });
                }
            }
            open = Some((i, i + l));
            i += l;
            continue;
        }
        // Some copy opens with two apostrophes as well (''There has been …,'' he says): with
        // no quotation open, '' before a word and after a space or a paragraph's start opens.
        if rest.starts_with("''") && open.is_none() && straight.is_none() && opens_a_word(text, i) {
            open = Some((i, i + 2));
            i += 2;
            continue;
        }
        if c == '”' || rest.starts_with("''") {
            // ``…`the century,''' closes a nested single quotation and then the outer one:
            // the last two apostrophes are the closing mark (the nested one is left out, so
            // the words end at the comma like any other).
            let nested = usize::from(c != '”' && rest.starts_with("'''"));
            let l = if c == '”' { len } else { 2 + nested };
            // A straight opening mark closed by a curly one ("…”) pairs too.
            if let Some((o, s)) = open.take().or_else(|| straight.take()) {
                out.push(Found {
                    inner: (s, i),
                    outer: (o, i + l),
                });
            }
            i += l;
            continue;
        }
        if c == '"' {
            match straight.take() {
                Some((o, s)) => out.push(Found {
                    inner: (s, i),
                    outer: (o, i + 1),
                }),
                None => straight = Some((i, i + 1)),
            }
        }
        i += len;
    }
    if let Some(found) = open.and_then(|o| closed_by_one(text, o, text.len())) {
        out.push(found);
    }
    out.sort_by_key(|f| f.outer.0);
    out
}

/// A quotation left open at the end of its paragraph (`end`) whose words end with a single
/// apostrophe where the closing mark belongs (``It is … really child abuse.'): closed there.
fn closed_by_one(text: &str, (o, s): (usize, usize), end: usize) -> Option<Found> {
    let words = text.get(s..end)?.trim_end();
    let inner = words.strip_suffix('\'')?;
    let closed = !inner.ends_with('\'') && inner.ends_with(['.', '?', '!', ',']);
    (closed && tidings_core::count_words(inner) >= 3).then(|| Found {
        inner: (s, s + inner.len()),
        outer: (o, s + words.len()),
    })
}

/// Whether the two apostrophes at `i` stand where an opening mark does: at the text's or
/// a line's start or after a space or bracket, and before a letter or digit.
fn opens_a_word(text: &str, i: usize) -> bool {
    let before = text[..i].chars().next_back();
    let after = text[i + 2..].chars().next();
    before.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '['))
        && after.is_some_and(char::is_alphanumeric)
}
