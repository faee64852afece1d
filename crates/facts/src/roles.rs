//! Who a role names: "the attorney general said" → the person the cluster gives that title
//! ("Attorney General Janet Reno"), and role phrases set beside a name by a comma.

use std::sync::OnceLock;

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use regex::Regex;
use tidings_core::Cluster;

use crate::names::{resolve_name, JOINED_SURNAME, PARTICLE_WORDS};

/// Who "the president" or "the Brazilian defence minister" of a reporting clause is: the
/// last person the document names before it with that title ("French president Nicolas
/// Sarkozy", "Defence Minister Nelson Jobim"), preferring one whose title shares the
/// clause's other words ("defence").
/// With several texts (the whole cluster), only a holder named the same in all of them.
/// `memo` keeps the cluster-wide answers per role: each is one pass over every document.
pub(crate) fn role_holder(
    clause: &str,
    texts: &[&str],
    full: &HashMap<String, String>,
    memo: Option<&std::cell::RefCell<HashMap<String, Option<String>>>>,
) -> Option<String> {
    let (title, modifiers) = role_in(clause)?;
    let key = format!("{title}|{}", modifiers.join(" "));
    if let Some(known) = memo.and_then(|m| m.borrow().get(&key).cloned()) {
        return known;
    }
    let found = holder_of(&title, &modifiers, texts, full);
    if let Some(m) = memo {
        m.borrow_mut().insert(key, found.clone());
    }
    found
}

/// The role that says the clause's words: "the" and a title, up to three words between,
/// next to its reporting verb ("said the Republican governor", "the top Turkish military
/// commander says", "the minister for health said") → the title and the words between. Not
/// a role further off ("the 65-year-old prime minister might seem …, what one columnist
/// described"), nor one of another ("the wife of another minister"; "the president's party").
fn role_in(clause: &str) -> Option<(String, Vec<String>)> {
    use crate::attribution::{is_person_title, is_reporting_verb};
    let words: Vec<&str> = clause.split_whitespace().collect();
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
            .to_string()
    };
    for (i, w) in words.iter().enumerate() {
        if !w.eq_ignore_ascii_case("the") {
            continue;
        }
        for j in i + 1..words.len().min(i + 5) {
            let word = bare(words[j]);
            let between = &words[i + 1..j];
            if between.iter().any(|m| {
                matches!(*m, "of" | "for")
                    || m.ends_with("'s")
                    || m.ends_with("’s")
                    || m.ends_with(',')
            }) || words[j].ends_with("'s")
                || words[j].ends_with("’s")
            {
                break;
            }
            if !is_person_title(&word) {
                continue;
            }
            let verb_before = i > 0 && is_reporting_verb(words[i - 1]);
            // The verb after, in the same clause: "of health" or an adverb may come between.
            let mut verb_after = false;
            for next in words.iter().skip(j + 1).take(4) {
                if is_reporting_verb(bare(next).as_str()) {
                    verb_after = true;
                    break;
                }
                if next.ends_with([',', '.', ';', ':']) {
                    break;
                }
            }
            if words[j].ends_with([',', '.', ';', ':']) {
                verb_after = false;
            }
            if verb_before || verb_after {
                let modifiers = between.iter().map(|m| bare(m).to_lowercase()).collect();
                return Some((word.to_lowercase(), modifiers));
            }
            break;
        }
    }
    None
}

/// The person `texts` name with `title`, preferring one whose title shares `modifiers`.
fn holder_of(
    title: &str,
    modifiers: &[String],
    texts: &[&str],
    full: &HashMap<String, String>,
) -> Option<String> {
    let title = title.to_string();
    // One pattern per title, compiled once per thread (a server answers many requests).
    // Shared through an Rc: a cloned Regex starts with empty search caches, and would
    // rebuild its lazy DFA on every call.
    thread_local! {
        static HOLDERS: std::cell::RefCell<HashMap<String, std::rc::Rc<Regex>>> =
            std::cell::RefCell::new(HashMap::new());
    }
    let holder = HOLDERS.with_borrow_mut(|cache| {
        if !cache.contains_key(&title) {
            let re = Regex::new(&format!(
                r"(?i:(?-u:\b){}\s+)([A-Z][\w'’.-]*\w(?:\s+(?:(?:{PARTICLE_WORDS})\s+)?(?:[A-Z][\w'’.-]*\w|{JOINED_SURNAME}))+)",
                regex::escape(&title)
            ))
            .ok()?;
            cache.insert(title.clone(), std::rc::Rc::new(re));
        }
        cache.get(&title).cloned()
    })?;
    let mut best: Option<(bool, String)> = None;
    let mut names: HashSet<(bool, String)> = HashSet::new();
    for (before, m) in texts
        .iter()
        .flat_map(|t| holder.captures_iter(t).map(move |m| (*t, m)))
    {
        let at = m.get(0).map_or(0, |x| x.start());
        // The few words before the title ("Brazilian Defence" Minister), not the whole text.
        let mut from = at.saturating_sub(60);
        while !before.is_char_boundary(from) {
            from -= 1;
        }
        let lead = before[from..at].to_lowercase();
        let lead_words: Vec<&str> = lead.split_whitespace().rev().take(3).collect();
        let shares = modifiers.iter().any(|w| lead_words.contains(&w.as_str()));
        let Some(name) = resolve_name(&m[1], full) else {
            continue;
        };
        if !name.contains(' ') {
            continue;
        }
        names.insert((shares, name.clone()));
        // The last one wins, unless an earlier one shares the clause's words and it does not.
        if best.as_ref().is_none_or(|(s, _)| shares || !s) {
            best = Some((shares, name));
        }
    }
    if texts.len() > 1 {
        let sharing: Vec<&String> = names.iter().filter(|(s, _)| *s).map(|(_, n)| n).collect();
        let pool: Vec<&String> = if sharing.is_empty() {
            names.iter().map(|(_, n)| n).collect()
        } else {
            sharing
        };
        let distinct: HashSet<&String> = pool.into_iter().collect();
        return (distinct.len() == 1)
            .then(|| distinct.into_iter().next().cloned())
            .flatten();
    }
    best.map(|(_, n)| n)
}

/// Role phrases set beside a full name by a comma: "Minister for London, Tessa Jowell",
/// "Margaret Beckett, the Foreign Secretary,". Kept when the cluster gives the phrase one
/// person.
pub(crate) fn role_phrases(
    cluster: &Cluster,
    full: &HashMap<String, String>,
) -> HashMap<String, String> {
    static BEFORE: OnceLock<Regex> = OnceLock::new();
    static AFTER: OnceLock<Regex> = OnceLock::new();
    let role = r"(?:[A-Z][\w'’-]*|[a-z]+)(?: (?:[A-Z][\w'’-]*|for|of|the|[a-z]+))*";
    let name = r"[A-Z][\w'’-]+(?: [A-Z][\w'’.-]*\w){1,2}";
    let before = BEFORE.get_or_init(|| {
        Regex::new(&format!(r"(?P<role>{role}), (?P<name>{name})[,.;)]")).expect("role pattern")
    });
    let after = AFTER.get_or_init(|| {
        // "the" is required here: without it "Gordon Brown, London Mayor Boris Johnson and
        // Minister for London, …" is a list, not an apposition.
        Regex::new(&format!(r"(?P<name>{name}), the (?P<role>{role})[,.;)]")).expect("role pattern")
    });
    let mut seen: HashMap<String, Option<String>> = HashMap::new();
    for d in &cluster.documents {
        for re in [before, after] {
            for c in re.captures_iter(&d.text) {
                // The role's words around its last title, back to a lower-case word: "London
                // Mayor Boris Johnson and Minister for London" → "minister for london".
                let words: Vec<&str> = c["role"].split_whitespace().collect();
                let Some(t) = words
                    .iter()
                    .rposition(|w| crate::attribution::is_person_title(w))
                else {
                    continue;
                };
                let start = words[..t]
                    .iter()
                    .rposition(|w| w.starts_with(char::is_lowercase) && !matches!(*w, "for" | "of"))
                    .map_or(0, |k| k + 1);
                let phrase = words[start..].join(" ").to_lowercase();
                // One title word alone is the `roles` map's job; a long tail is a clause.
                if words.len() - start < 2 || words.len() - start > 6 {
                    continue;
                }
                let Some(person) = resolve_name(&c["name"], full) else {
                    continue;
                };
                if !person.contains(' ') {
                    continue;
                }
                let e = seen.entry(phrase).or_insert_with(|| Some(person.clone()));
                if e.as_deref().is_some_and(|n| n != person) {
                    *e = None;
                }
            }
        }
    }
    seen.into_iter()
        .filter_map(|(t, n)| Some((t, n?)))
        .collect()
}

/// Titles written right before a name, kept when the cluster gives each title one person.
pub(crate) fn roles(cluster: &Cluster, full: &HashMap<String, String>) -> HashMap<String, String> {
    static RUN: OnceLock<Regex> = OnceLock::new();
    let run = RUN.get_or_init(|| {
        Regex::new(&format!(
            r"(?-u:\b)[A-Z][\w'’-]+(?:[ \t]+(?:(?:{PARTICLE_WORDS})[ \t]+)?(?:[A-Z][\w'’.-]*\w|{JOINED_SURNAME}))+"
        ))
        .unwrap()
    });
    let mut seen: HashMap<String, Option<String>> = HashMap::new();
    for d in &cluster.documents {
        for m in run.find_iter(&d.text) {
            let words: Vec<&str> = m.as_str().split_whitespace().collect();
            let Some(t) = words
                .iter()
                .rposition(|w| crate::attribution::is_person_title(w))
            else {
                continue;
            };
            let Some(name) = resolve_name(&words[t + 1..].join(" "), full) else {
                continue;
            };
            if !name.contains(' ') {
                continue;
            }
            let title = words[t].to_lowercase();
            let e = seen.entry(title).or_insert_with(|| Some(name.clone()));
            if e.as_deref().is_some_and(|n| n != name) {
                *e = None;
            }
        }
    }
    seen.into_iter()
        .filter_map(|(t, n)| Some((t, n?)))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_role_is_read_next_to_its_reporting_verb() {
        let role = |c: &str| super::role_in(c).map(|(t, m)| format!("{t}|{}", m.join(" ")));
        assert_eq!(
            role("the top Turkish military commander says the two"),
            Some("commander|top turkish military".into())
        );
        assert_eq!(
            role(", said the Republican governor."),
            Some("governor|republican".into())
        );
        assert_eq!(
            role("The Russian foreign minister said another area was"),
            Some("minister|russian foreign".into())
        );
        assert_eq!(
            role(", the attorney general said, declining"),
            Some("general|attorney".into())
        );
        // Further off, of someone else, or a possessive: no role.
        assert_eq!(role("by the 65-year-old prime minister might seem innocuous, what one columnist described as"), None);
        assert_eq!(role(", said the wife of another minister."), None);
        assert_eq!(role("of the president's party, called"), None);
    }
}
