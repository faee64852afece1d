//! The Porter stemmer exactly as ROUGE-1.5.5 runs it: Porter's Perl release with Martin's
//! departures (`bli`→`ble`, `logi`→`log`) and the script's 2004 change to step 4, where
//! `-ement`, `-ment` and `-ent` are tried in cascade ("agreement" → "agreem").
use std::sync::OnceLock;

use regex::Regex;

struct Patterns {
    mgr0: Regex,
    meq1: Regex,
    mgr1: Regex,
    vowel_in_stem: Regex,
    cvc_end: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let c = "[^aeiou]";
        let v = "[aeiouy]";
        let cs = format!("{c}[^aeiouy]*");
        let vs = format!("{v}[aeiou]*");
        let re = |s: String| Regex::new(&s).expect("stemmer pattern");
        Patterns {
            mgr0: re(format!("^({cs})?{vs}{cs}")),
            meq1: re(format!("^({cs})?{vs}{cs}({vs})?$")),
            mgr1: re(format!("^({cs})?{vs}{cs}{vs}{cs}")),
            vowel_in_stem: re(format!("^({cs})?{v}")),
            cvc_end: re(format!("^{cs}{v}[^aeiouwxy]$")),
        }
    })
}

const STEP2: &[(&str, &str)] = &[
    ("ational", "ate"),
    ("tional", "tion"),
    ("enci", "ence"),
    ("anci", "ance"),
    ("izer", "ize"),
    ("bli", "ble"),
    ("alli", "al"),
    ("entli", "ent"),
    ("eli", "e"),
    ("ousli", "ous"),
    ("ization", "ize"),
    ("ation", "ate"),
    ("ator", "ate"),
    ("alism", "al"),
    ("iveness", "ive"),
    ("fulness", "ful"),
    ("ousness", "ous"),
    ("aliti", "al"),
    ("iviti", "ive"),
    ("biliti", "ble"),
    ("logi", "log"),
];

const STEP3: &[(&str, &str)] = &[
    ("icate", "ic"),
    ("ative", ""),
    ("alize", "al"),
    ("iciti", "ic"),
    ("ical", "ic"),
    ("ful", ""),
    ("ness", ""),
];

const STEP4: &[&str] = &[
    "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ou", "ism", "ate", "iti",
    "ous", "ive", "ize",
];

/// The longest suffix of `w` in `list` (what Perl's leftmost match of an alternation
/// anchored at `$` finds).
fn longest_suffix<'a, T>(w: &str, list: &'a [T], key: impl Fn(&T) -> &str) -> Option<&'a T> {
    list.iter()
        .filter(|s| w.ends_with(key(s)))
        .max_by_key(|s| key(s).len())
}

/// Stems one lowercase token.
pub fn stem(word: &str) -> String {
    if word.len() < 3 {
        return word.to_string();
    }
    let p = patterns();
    let initial_y = word.starts_with('y');
    let mut w = if initial_y {
        format!("Y{}", &word[1..])
    } else {
        word.to_string()
    };
    // Step 1a
    if w.ends_with("sses") || w.ends_with("ies") {
        w.truncate(w.len() - 2);
    } else if w.ends_with('s') && w.len() >= 2 && !w[..w.len() - 1].ends_with('s') {
        w.pop();
    }
    // Step 1b
    if let Some(stem) = w.strip_suffix("eed") {
        if p.mgr0.is_match(stem) {
            w.pop();
        }
    } else if let Some(stem) = w.strip_suffix("ed").or_else(|| w.strip_suffix("ing")) {
        if p.vowel_in_stem.is_match(stem) {
            w = stem.to_string();
            let b = w.as_bytes();
            let n = b.len();
            if w.ends_with("at") || w.ends_with("bl") || w.ends_with("iz") {
                w.push('e');
            } else if n >= 2 && b[n - 1] == b[n - 2] && !b"aeiouylsz".contains(&b[n - 1]) {
                w.pop();
            } else if p.cvc_end.is_match(&w) {
                w.push('e');
            }
        }
    }
    // Step 1c
    if let Some(stem) = w.strip_suffix('y') {
        if p.vowel_in_stem.is_match(stem) {
            w = format!("{stem}i");
        }
    }
    // Step 2
    if let Some((suffix, to)) = longest_suffix(&w, STEP2, |s| s.0) {
        let stem = &w[..w.len() - suffix.len()];
        if p.mgr0.is_match(stem) {
            w = format!("{stem}{to}");
        }
    }
    // Step 3
    if let Some((suffix, to)) = longest_suffix(&w, STEP3, |s| s.0) {
        let stem = &w[..w.len() - suffix.len()];
        if p.mgr0.is_match(stem) {
            w = format!("{stem}{to}");
        }
    }
    // Step 4, with the script's cascade of -ment and -ent
    if let Some(suffix) = longest_suffix(&w, STEP4, |s| s) {
        let stem = &w[..w.len() - suffix.len()];
        if p.mgr1.is_match(stem) {
            w = stem.to_string();
        }
    }
    if let Some(stem) = w.strip_suffix("ment") {
        if p.mgr1.is_match(stem) {
            w = stem.to_string();
        }
    }
    if let Some(stem) = w.strip_suffix("ent") {
        if p.mgr1.is_match(stem) {
            w = stem.to_string();
        }
    } else if w.ends_with("sion") || w.ends_with("tion") {
        let stem = &w[..w.len() - 3];
        if p.mgr1.is_match(stem) {
            w = stem.to_string();
        }
    }
    // Step 5
    if let Some(stem) = w.strip_suffix('e') {
        if p.mgr1.is_match(stem) || (p.meq1.is_match(stem) && !p.cvc_end.is_match(stem)) {
            w = stem.to_string();
        }
    }
    if w.ends_with("ll") && p.mgr1.is_match(&w) {
        w.pop();
    }
    if initial_y {
        w.replace_range(..1, "y");
    }
    w
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn rouge_155_departures() {
        assert_eq!(stem("agreement"), "agreem");
        assert_eq!(stem("accidental"), "accid");
        assert_eq!(stem("additionally"), "addit");
        assert_eq!(stem("caresses"), "caress");
        assert_eq!(stem("ponies"), "poni");
        assert_eq!(stem("hopping"), "hop");
        assert_eq!(stem("relational"), "relat");
        assert_eq!(stem("yelling"), "yell");
    }
}
