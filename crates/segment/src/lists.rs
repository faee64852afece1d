//! Inline enumerations ("1) first 2) second", "a. one b. two", "• x • y"): a line that opens
//! with a list marker is cut before each following marker of the same style and next value.
use tidings_core::Span;

const BULLETS: &[char] = &['•', '⁃', '◦', '▪', '‣', '●'];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    /// `1.`
    Dot,
    /// `1)`
    Paren,
    /// `1.)`
    DotParen,
}

#[derive(Debug, Clone, Copy)]
struct Marker {
    bullet: Option<char>,
    /// Numbering: (is a letter, style, value).
    number: Option<(bool, Style, u32)>,
    /// First byte after the marker and its spaces.
    content: usize,
}

impl Marker {
    fn follows(&self, prev: &Marker) -> bool {
        if self.bullet != prev.bullet {
            return false;
        }
        match (self.number, prev.number) {
            (Some((l1, s1, v1)), Some((l0, s0, v0))) => l1 == l0 && s1 == s0 && v1 == v0 + 1,
            (None, None) => self.bullet.is_some(),
            _ => false,
        }
    }
}

/// Whether a marker can start with these bytes: a digit, a lowercase letter right before
/// `.` or `)`, or a bullet (all of `BULLETS` are three bytes from 0xE2). Most words are
/// not markers; this spares them the full parse.
fn may_start_marker(bytes: &[u8]) -> bool {
    matches!(
        bytes,
        [b'0'..=b'9', ..] | [0xE2, ..] | [b'a'..=b'z', b'.' | b')', ..]
    )
}

fn marker_at(text: &str, pos: usize, end: usize) -> Option<Marker> {
    let s = &text[pos..end];
    if !may_start_marker(s.as_bytes()) {
        return None;
    }
    let mut chars = s.char_indices().peekable();
    let mut bullet = None;
    let mut i = 0;
    if let Some(&(_, c)) = chars.peek() {
        if BULLETS.contains(&c) {
            bullet = Some(c);
            chars.next();
            i = c.len_utf8();
            while let Some(&(j, ' ')) = chars.peek() {
                chars.next();
                i = j + 1;
            }
        }
    }
    let rest = &s[i..];
    let number = numbering(rest);
    let after = match number {
        Some((_, _, _, len)) => i + len,
        None if bullet.is_some() => i,
        None => return None,
    };
    // A marker must be followed by a space (or end the text after a bullet).
    let tail = &s[after..];
    if number.is_some() && !tail.starts_with(char::is_whitespace) {
        return None;
    }
    let skipped = tail.len() - tail.trim_start().len();
    Some(Marker {
        bullet,
        number: number.map(|(l, st, v, _)| (l, st, v)),
        content: pos + after + skipped,
    })
}

/// `(is_letter, style, value, byte length)` of a numbering such as `12.`, `3)`, `b.`.
fn numbering(s: &str) -> Option<(bool, Style, u32, usize)> {
    let bytes = s.as_bytes();
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let (letter, value, n) = if (1..=2).contains(&digits) {
        (false, s[..digits].parse().ok()?, digits)
    } else if digits == 0 && bytes.first().is_some_and(|b| b.is_ascii_lowercase()) {
        (true, u32::from(bytes[0] - b'a') + 1, 1)
    } else {
        return None;
    };
    let rest = &bytes[n..];
    let (style, len) = match rest {
        [b'.', b')', ..] => (Style::DotParen, 2),
        [b')', ..] => (Style::Paren, 1),
        [b'.', ..] => (Style::Dot, 1),
        _ => return None,
    };
    Some((letter, style, value, n + len))
}

/// Cuts one trimmed line into list items. Each item is `(span, content_start)`, where
/// `content_start` is the first byte after the item's marker. A list either opens the line
/// ("1. a 2. b") or starts inside it at a first marker ("by 1) x and 2) y") that a second
/// one follows; a line without a list is one item whose content starts at its start.
pub(crate) fn list_items(text: &str, line: Span) -> Vec<(Span, usize)> {
    let mut items = Vec::new();
    let mut item_start = line.start;
    let (mut prev, mut content) = match marker_at(text, line.start, line.end) {
        Some(m) => (Some(m), m.content),
        None => (None, line.start),
    };
    // Walk the line and cut at each following marker that comes after whitespace.
    let mut pos = content;
    let bytes = text.as_bytes();
    if prev.is_none() {
        // Most lines open with no marker: then only a first marker of value 1 ("1.", "01)",
        // "a.") after whitespace can start a list, so look for its first byte instead of
        // stopping at every space.
        match first_inline_list(text, content, line.end) {
            Some((at, m)) => {
                let mut cut = Vec::new();
                crate::push_trimmed(text, item_start, at, &mut cut);
                if let Some(span) = cut.pop() {
                    items.push((span, content.clamp(span.start, span.end)));
                }
                item_start = at;
                content = m.content;
                prev = Some(m);
                pos = m.content;
            }
            None => pos = line.end,
        }
    }
    while pos < line.end {
        // Skip to the next byte that can start a whitespace character (ASCII, or the lead
        // bytes of U+0085, U+00A0, U+1680, U+2000.., U+3000: so `pos` stays on a boundary).
        match bytes[pos..line.end]
            .iter()
            .position(|&b| tidings_core::may_start_whitespace(b))
        {
            Some(skip) => pos += skip,
            None => break,
        }
        let c = text[pos..].chars().next().unwrap_or(' ');
        let next = pos + c.len_utf8();
        if c.is_whitespace() && next < line.end {
            if let Some(m) = marker_at(text, next, line.end) {
                let starts_list = prev.is_none() && opens_inline_list(text, &m, line.end);
                if starts_list || prev.is_some_and(|p| m.follows(&p)) {
                    let mut cut = Vec::new();
                    crate::push_trimmed(text, item_start, next, &mut cut);
                    if let Some(span) = cut.pop() {
                        items.push((span, content.clamp(span.start, span.end)));
                    }
                    item_start = next;
                    content = m.content;
                    prev = Some(m);
                    pos = m.content;
                    continue;
                }
            }
        }
        pos = next;
    }
    let mut cut = Vec::new();
    crate::push_trimmed(text, item_start, line.end, &mut cut);
    if let Some(span) = cut.pop() {
        items.push((span, content.clamp(span.start, span.end)));
    }
    items
}

/// The first marker after whitespace in `from..end` that opens an inline list, and where
/// it starts: a marker of value 1 ("1.", "01)", "a.") whose successor follows.
fn first_inline_list(text: &str, from: usize, end: usize) -> Option<(usize, Marker)> {
    let bytes = text.as_bytes();
    let mut at = from;
    while let Some(k) = bytes[at..end]
        .iter()
        .position(|&b| matches!(b, b'0' | b'1' | b'a'))
    {
        let p = at + k;
        at = p + 1;
        // After a whitespace character that starts at or after `from`.
        let before = text[from..p].chars().next_back();
        if !before.is_some_and(char::is_whitespace) {
            continue;
        }
        if let Some(m) = marker_at(text, p, end) {
            if opens_inline_list(text, &m, end) {
                return Some((p, m));
            }
        }
    }
    None
}

/// A numbered marker of value 1 inside a line opens a list only when its successor follows.
fn opens_inline_list(text: &str, first: &Marker, limit: usize) -> bool {
    if first.bullet.is_some() || first.number.is_none_or(|(_, _, v)| v != 1) {
        return false;
    }
    let rest = &text[first.content..limit];
    // After the whitespace character, whatever its length (a no-break space is two bytes).
    rest.char_indices().any(|(i, c)| {
        c.is_whitespace()
            && marker_at(text, first.content + i + c.len_utf8(), limit)
                .is_some_and(|m| m.follows(first))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `may_start_marker` reads a bullet by its first byte.
    #[test]
    fn bullets_start_with_0xe2() {
        assert!(BULLETS.iter().all(|c| c.to_string().as_bytes()[0] == 0xE2));
    }

    /// `list_items` as it was: every whitespace character of the line visited.
    fn list_items_visiting_every_space(text: &str, line: Span) -> Vec<(Span, usize)> {
        let mut items = Vec::new();
        let mut item_start = line.start;
        let (mut prev, mut content) = match marker_at(text, line.start, line.end) {
            Some(m) => (Some(m), m.content),
            None => (None, line.start),
        };
        let mut pos = content;
        while pos < line.end {
            let c = text[pos..].chars().next().unwrap_or(' ');
            let next = pos + c.len_utf8();
            if c.is_whitespace() && next < line.end {
                if let Some(m) = marker_at(text, next, line.end) {
                    let starts_list = prev.is_none() && opens_inline_list(text, &m, line.end);
                    if starts_list || prev.is_some_and(|p| m.follows(&p)) {
                        let mut cut = Vec::new();
                        crate::push_trimmed(text, item_start, next, &mut cut);
                        if let Some(span) = cut.pop() {
                            items.push((span, content.clamp(span.start, span.end)));
                        }
                        item_start = next;
                        content = m.content;
                        prev = Some(m);
                        pos = m.content;
                        continue;
                    }
                }
            }
            pos = next;
        }
        let mut cut = Vec::new();
        crate::push_trimmed(text, item_start, line.end, &mut cut);
        if let Some(span) = cut.pop() {
            items.push((span, content.clamp(span.start, span.end)));
        }
        items
    }

    /// A no-break space after a marker is two bytes: reading the next marker one byte on
    /// cut into it and panicked ("Steps: 1)\u{a0}1.\u{a0}…").
    #[test]
    fn a_multibyte_space_after_a_marker_does_not_panic() {
        let text = "Steps: 1)\u{a0}1.\u{a0} and more, 1)\u{a0}2)\u{a0}3) three";
        let items = list_items(text, Span::new(0, text.len()));
        assert_eq!(
            items,
            list_items_visiting_every_space(text, Span::new(0, text.len()))
        );
        assert!(items.len() >= 2, "{items:?}");
        // A first marker written "01." opens a list as "1." does.
        let text = "the plan: 01. build 2. test";
        let items = list_items(text, Span::new(0, text.len()));
        assert_eq!(
            items,
            list_items_visiting_every_space(text, Span::new(0, text.len()))
        );
        assert_eq!(items.len(), 3, "{items:?}");
    }

    proptest::proptest! {
        /// Looking only where a first marker can begin cuts where visiting every space does.
        #[test]
        fn the_marker_search_cuts_where_the_space_walk_does(
            text in r"([ \x{a0}\x{2003}]|1[.)]|01\.|2[.)]|3\)|a[.)]|b\.|c\)|• |x|10\.|y1){0,16}",
        ) {
            let line = Span::new(0, text.len());
            proptest::prop_assert_eq!(
                list_items(&text, line),
                list_items_visiting_every_space(&text, line)
            );
        }

        /// The quick check never turns away a marker the full parse would read.
        #[test]
        fn quick_check_keeps_every_marker(s in "([0-9]{1,3}[.)]?|[a-cA-C][.)]?|[•◦●] ?|[.) x—]){0,4}") {
            let full = {
                let mut chars = s.chars();
                let first = chars.next();
                first.is_some_and(|c| BULLETS.contains(&c))
                    || numbering(&s).is_some()
            };
            if full {
                proptest::prop_assert!(may_start_marker(s.as_bytes()));
            }
        }
    }
}
