//! Wire datelines ("LONDON (AP) _ ", "NEW YORK — ", "BEIJING, Oct. 5 (Xinhua) -- ",
//! "(CNN) — ") open a story's first sentence: they cost summary words and say nothing a
//! reader needs there. The sentence keeps its exact bytes; only its start moves past them.

use std::sync::OnceLock;

use regex::Regex;

/// Bytes of the dateline that opens `sentence`, if any (separator and spaces included).
pub fn dateline_len(sentence: &str) -> Option<usize> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        // A place in capitals (words of 2+ capitals, dots, hyphens, apostrophes), an
        // optional ", Country/State" and date, an optional (AGENCY), then a dash-like
        // separator; or an agency alone before the separator.
        let place = r"[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+)*";
        let region = r"(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)*)?";
        let date = r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?";
        let agency = r"\([A-Za-z][A-Za-z ]{0,20}\)";
        let sep = r"(?:_|--|—|–|-)";
        Regex::new(&format!(
            r"^\s*(?:{place}{region}{date}\s*(?:{agency})?|{agency})\s*{sep}\s+"
        ))
        .expect("dateline pattern")
    });
    let m = re.find(sentence)?;
    let rest = &sentence[m.end()..];
    // What remains must read as a sentence of its own.
    let opens_well = rest
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c == '"' || c == '“');
    (opens_well && rest.split_whitespace().count() >= 4).then_some(m.end())
}

#[cfg(test)]
mod tests {
    use super::dateline_len;

    fn trimmed(s: &str) -> &str {
        &s[dateline_len(s).unwrap_or(0)..]
    }

    #[test]
    fn wire_datelines_are_found() {
        assert_eq!(
            trimmed("LONDON (AP) _ British police said Saturday they arrested him."),
            "British police said Saturday they arrested him."
        );
        assert_eq!(
            trimmed("NEW YORK _ Federal prosecutors said Wednesday that one man met him."),
            "Federal prosecutors said Wednesday that one man met him."
        );
        assert_eq!(
            trimmed("BEIJING, Oct. 5 (Xinhua) -- China launched a new satellite today."),
            "China launched a new satellite today."
        );
        assert_eq!(
            trimmed("(CNN) — The talks lasted nearly ten hours on Friday."),
            "The talks lasted nearly ten hours on Friday."
        );
        assert_eq!(
            trimmed("GENEVA, Switzerland (Reuters) - Kerry and Lavrov met again."),
            "Kerry and Lavrov met again."
        );
    }

    #[test]
    fn ordinary_openings_are_left_alone() {
        for s in [
            "US Secretary of State John Kerry met Lavrov in Geneva on Friday.",
            "NATO - the alliance - said nothing.",
            "The U.S. - Russia talks lasted ten hours, officials said.",
            "AP - short",
            "Kerry said: the talks went well.",
        ] {
            assert_eq!(dateline_len(s), None, "{s}");
        }
    }
}
