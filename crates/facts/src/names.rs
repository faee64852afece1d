//! Names in a cluster: the fullest form of every name ("Kerry" → "John Kerry"), titles and
//! roles ("the president" → the one president the cluster names), and the rules that strip
//! titles from a run of capitalized words. Quote attribution reads them.

use std::sync::OnceLock;

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use regex::Regex;
use tidings_core::Cluster;

/// Words that open a name run without being the name: titles, roles, nationalities.
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "sir",
    "president",
    "vice",
    "prime",
    "minister",
    "foreign",
    "secretary",
    "state",
    "general",
    "gen",
    "sen",
    "senator",
    "rep",
    "representative",
    "gov",
    "governor",
    "mayor",
    "judge",
    "justice",
    "chief",
    "chairman",
    "director",
    "spokesman",
    "spokeswoman",
    "ambassador",
    "envoy",
    "special",
    "king",
    "queen",
    "prince",
    "pope",
    "us",
    "u.s.",
    "un",
    "u.n.",
    "uk",
    "russian",
    "american",
    "british",
    "french",
    "german",
    "chinese",
    "defense",
    "defence",
    "interior",
    "deputy",
    "assistant",
    "lt",
    "col",
    "capt",
    "adm",
    "sgt",
    "maj",
    "cmdr",
    "brig",
    "commander",
    "officer",
    "leader",
    "former",
    "the",
    "rev",
    "father",
    "attorney",
    "coach",
    "captain",
    "consul",
    "lord",
    "admiral",
    "commissioner",
    "spokesperson",
    "official",
    "officials",
    "lieutenant",
    "sergeant",
    "major",
    "colonel",
    "corporal",
    "inspector",
    "detective",
    "superintendent",
    "secretary-general",
    "under-secretary-general",
    "united",
    "kingdom",
    // Occupations written before a name like a title ("Filmmaker Zhang Yimou").
    "doctor",
    "filmmaker",
    "actor",
    "actress",
    "singer",
    "writer",
    "author",
    "artist",
    "producer",
    "lawyer",
    "pastor",
    "reverend",
    "teacher",
    "professor",
    "economist",
    "analyst",
    "states",
    "nations",
    "republic",
    "policeman",
    "policewoman",
    "journalist",
    "reporter",
    "correspondent",
    "analyst",
    "professor",
    "bishop",
    "archbishop",
    "cardinal",
    "sheikh",
    // Party affiliations written before a name ("fellow Republican John Cornyn").
    "republican",
    "democrat",
    // More occupations written like a title ("writes Columnist Chuck Colbert").
    "columnist",
    "commentator",
    "editor",
    "novelist",
    "historian",
];

/// Strips titles from a name run: "US Secretary of State John Kerry" → "John Kerry".
pub(crate) fn bare_name(run: &str) -> Option<String> {
    // A nickname in quotation marks is not part of the name: "Amy ``Kalee'' Kreider".
    let words: Vec<&str> = run
        .split_whitespace()
        .filter(|w| !w.contains("''") && !w.contains("``") && !w.contains(['“', '”', '"']))
        .map(|w| tidings_core::trim_possessive(w).trim_end_matches(','))
        .collect();
    // A possessive ends what comes before the name: "Britain's Tony Blair"; the name's own
    // possessive ends the run ("Lauren Slater's book" is Lauren Slater's).
    let raw: Vec<&str> = run.split_whitespace().collect();
    let possessive = raw[..raw.len().saturating_sub(1)]
        .iter()
        .rposition(|w| {
            let w = w.trim_end_matches(',');
            w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'")
        })
        .map_or(0, |k| k + 1);
    let start = words
        .iter()
        .enumerate()
        .rposition(|(k, w)| {
            tidings_core::with_lowercase(w, |l| {
                is_title_lower(l.trim_end_matches('.'))
                    || is_title_lower(l)
                    || tidings_analyze::Analyzer::english().is_stopword(l)
                    // "Aug." or "August", not "Jan" of Jan Egeland.
                    || (tidings_core::month_number(l).is_some() && (l.ends_with('.') || l.len() >= 5))
                    // "Monday", "Today", "Veterans Day"; "Day" within a name is a name
                    // ("Sandra Day O'Connor").
                    || (l.ends_with("day") && (l != "day" || k + 1 == words.len()))
            })
        })
        .map_or(0, |k| k + 1)
        .max(possessive.min(words.len().saturating_sub(1)));
    let mut rest = &words[start..];
    // Post-nominals: "Neil Flewitt QC", "Martin Luther King Jr."
    while rest.len() > 1
        && rest.last().is_some_and(|w| {
            let w = w.trim_end_matches('.');
            w == "Jr" || (w.len() <= 3 && w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()))
        })
    {
        rest = &rest[..rest.len() - 1];
    }
    // First name, particle or initial, surname: "John Kerry", "Staffan de Mistura",
    // "John F. Kennedy"; what comes before is a title or a place ("Syria Staffan de Mistura").
    // The name's words at the end of the run: capitals, initials and particles.
    let initial = |w: &str| w.len() == 2 && w.ends_with('.');
    let from = rest
        .iter()
        .rposition(|w| !is_name_word(w) && !is_particle(w))
        .map_or(0, |k| k + 1);
    let mut kept: &[&str] = &rest[from..];
    let capital_at = |ws: &[&str], i: usize| is_name_word(ws[i]) && !initial(ws[i]);
    if let Some(p) = kept.iter().position(|w| is_particle(w)) {
        // With a particle, every capital after it is surname ("du Plessis d'Argentre") and
        // one before it the given name ("Syria Staffan de Mistura" is Staffan de Mistura).
        if let Some(given) = (0..p).rev().find(|&i| capital_at(kept, i)) {
            kept = &kept[given..];
        } else {
            kept = &kept[p..];
        }
    } else {
        // Three capitals at most: "Mohammad Ali Hosseini".
        let capitals: Vec<usize> = (0..kept.len()).filter(|&i| capital_at(kept, i)).collect();
        if capitals.len() > 3 {
            kept = &kept[capitals[capitals.len() - 3]..];
        }
    }
    while kept.first().is_some_and(|w| is_particle(w)) && kept.len() > 1 {
        kept = &kept[1..];
    }
    (!kept.is_empty()).then(|| kept.join(" "))
}

/// Name particles written as words between the parts of a name ("Luiz Inácio Lula da
/// Silva", "Hugues du Plessis"), as a regex alternation.
pub(crate) const PARTICLE_WORDS: &str =
    "de|van|von|al|bin|da|di|le|la|du|dos|do|der|den|del|ibn|el";

/// Whether a word is a name particle ("da", "du", "van").
fn is_particle(w: &str) -> bool {
    // Every particle is at most three letters long.
    w.len() <= 3 && PARTICLE_WORDS.split('|').any(|p| p == w)
}

/// A surname with a particle joined to it: "al-Humaidi", "d'Argentre".
pub(crate) const JOINED_SURNAME: &str = r"(?:al|el|d)['’-][A-ZÀ-Þ][\w'’-]*\w";

/// Whether a word is (part of) a name: a capital, or a particle joined to one.
pub(crate) fn is_name_word(w: &str) -> bool {
    if w.chars().next().is_some_and(char::is_uppercase) {
        return true;
    }
    ["al-", "el-", "d'", "d’"].iter().any(|p| {
        w.strip_prefix(p)
            .is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase))
    })
}

/// Where a whole word (a whitespace-separated token trimmed of what is not a letter or
/// digit, as `Names` reads words) equal to `word` up to `trim` occurs: yields each such
/// token's text and the token before it in the same document, if any.
fn whole_words<'t>(
    texts: impl Iterator<Item = &'t str>,
    word: &'t str,
    trim: fn(&str) -> &str,
) -> impl Iterator<Item = (&'t str, Option<&'t str>)> {
    let finder = memchr::memmem::Finder::new(word.as_bytes());
    let searchable = !word.is_empty() && !word.contains(char::is_whitespace);
    texts.flat_map(move |text| {
        let finder = finder.clone();
        let mut from = 0;
        std::iter::from_fn(move || {
            if !searchable {
                return None;
            }
            loop {
                let at = from + finder.find(&text.as_bytes()[from..])?;
                // Overlapping occurrences, one byte on (a char boundary is found below).
                from = at + 1;
                let start = token_start(&text[..at]);
                let end = text[at..]
                    .find(char::is_whitespace)
                    .map_or(text.len(), |k| at + k);
                let token = &text[start..end];
                let core = token.trim_matches(|c: char| !c.is_alphanumeric());
                let core_at = core.as_ptr() as usize - text.as_ptr() as usize;
                if core_at != at || trim(core) != word {
                    continue;
                }
                let before = text[..start].trim_end();
                let previous = (!before.is_empty()).then(|| &before[token_start(before)..]);
                return Some((core, previous));
            }
        })
    })
}

/// Where the last whitespace-separated token of `text` starts (the byte after its last
/// whitespace character, or 0).
fn token_start(text: &str) -> usize {
    text.char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(k, c)| k + c.len_utf8())
}

/// What attribution knows about a cluster's names.
pub(crate) struct Names<'c> {
    /// Fullest form of every surname: "Kerry" → "John Kerry".
    pub full: HashMap<String, String>,
    /// Surnames more than one name of the cluster ends with.
    pub shared_surnames: HashSet<String>,
    /// The one longer name each first word opens ("Oxfam" → "Oxfam International").
    pub by_first: HashMap<String, String>,
    /// A full name each first word opens, the first in sort order when there are several
    /// ("Ban" → "Ban Ki-Moon" over "Ban Ki-moon"): a choice that does not depend on the
    /// order a hash map happens to iterate in, so the same input gives the same output.
    pub any_by_first: HashMap<String, String>,
    /// The one person each title names in the cluster ("president" → "Mahmoud
    /// Ahmadinejad" from "Iranian President Mahmoud Ahmadinejad"), for "The President said".
    /// Built on first use: most clusters' quotations never ask.
    pub roles: std::cell::OnceCell<HashMap<String, String>>,
    /// The one person each role phrase names in an apposition ("minister for london" →
    /// "Tessa Jowell" from "Minister for London, Tessa Jowell"), for "according to the
    /// Minister for London".
    /// Built on first use, like `roles`.
    pub role_phrases: std::cell::OnceCell<HashMap<String, String>>,
    /// The cluster the lazy maps are read from.
    pub cluster: &'c Cluster,
    /// Cluster-wide holders of roles already looked up ("president|french" → …).
    pub role_memo: std::cell::RefCell<HashMap<String, Option<String>>>,
}

impl<'c> Names<'c> {
    pub(crate) fn new(cluster: &'c Cluster) -> Self {
        let (full, shared_surnames) = full_and_shared_names(cluster);
        let mut firsts: HashMap<String, Option<String>> = HashMap::new();
        let mut any_by_first: HashMap<String, String> = HashMap::new();
        for name in full.values() {
            if let Some((first, _)) = name.split_once(' ') {
                let any = any_by_first
                    .entry(first.to_string())
                    .or_insert_with(|| name.clone());
                if name < any {
                    *any = name.clone();
                }
                let e = firsts
                    .entry(first.to_string())
                    .or_insert_with(|| Some(name.clone()));
                if e.as_deref().is_some_and(|n| n != name) {
                    *e = None;
                }
            }
        }
        let by_first = firsts
            .into_iter()
            .filter_map(|(f, n)| Some((f, n?)))
            .collect();
        Names {
            full,
            shared_surnames,
            by_first,
            any_by_first,
            roles: std::cell::OnceCell::new(),
            role_phrases: std::cell::OnceCell::new(),
            cluster,
            role_memo: Default::default(),
        }
    }

    /// Whether the cluster writes `word` in lower case somewhere: "Writing" opening a
    /// sentence is not a name when "writing" occurs elsewhere. A search, not a set of every
    /// word: few quotations ask, and only about one or two words.
    pub fn writes_lower(&self, word: &str) -> bool {
        word.starts_with(char::is_lowercase)
            && whole_words(self.texts(), word, |w| w).next().is_some()
    }

    /// Whether the cluster writes `word` capitalized mid-sentence (after a lower-case word
    /// that ends no sentence), possessive aside: a name, not a sentence opener ("Footage of
    /// the sailors …").
    pub fn writes_proper(&self, word: &str) -> bool {
        whole_words(self.texts(), word, tidings_core::trim_possessive).any(|(core, previous)| {
            core.starts_with(char::is_uppercase)
                && previous.is_some_and(|p| {
                    p.trim_matches(|c: char| !c.is_alphanumeric())
                        .starts_with(char::is_lowercase)
                        && !p.ends_with(['.', '!', '?', ':'])
                })
        })
    }

    fn texts(&self) -> impl Iterator<Item = &'c str> {
        self.cluster.documents.iter().map(|d| d.text.as_str())
    }

    /// The one person each title names in the cluster (see `roles`).
    pub fn by_title(&self, title: &str) -> Option<&String> {
        self.roles
            .get_or_init(|| roles(self.cluster, &self.full))
            .get(title)
    }

    fn role_phrases(&self) -> &HashMap<String, String> {
        self.role_phrases
            .get_or_init(|| role_phrases(self.cluster, &self.full))
    }

    /// The person a role phrase in `clause` names ("the Minister for London"), when the
    /// clause holds exactly one role phrase the cluster gives one person.
    pub fn by_role_phrase(&self, clause: &str) -> Option<String> {
        let lower = clause.to_lowercase();
        let mut found = self.role_phrases().iter().filter(|(phrase, _)| {
            lower.match_indices(phrase.as_str()).any(|(i, _)| {
                let before = lower[..i].trim_end();
                let end = i + phrase.len();
                before.ends_with("the") && !lower[end..].starts_with(|c: char| c.is_alphanumeric())
            })
        });
        let (_, name) = found.next()?;
        found.next().is_none().then(|| name.clone())
    }
}

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
fn role_phrases(cluster: &Cluster, full: &HashMap<String, String>) -> HashMap<String, String> {
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
fn roles(cluster: &Cluster, full: &HashMap<String, String>) -> HashMap<String, String> {
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

/// Fullest form of every surname the cluster writes: "Kerry" → "John Kerry".
#[cfg(test)]
fn full_names(cluster: &Cluster) -> HashMap<String, String> {
    full_and_shared_names(cluster).0
}

/// The fullest form of every surname the cluster writes ("Kerry" → "John Kerry"), and the
/// surnames that more than one name of the cluster ends with ("da Silva": Luiz Inacio Lula
/// da Silva and Gilberto Manuel da Silva), the only ones whose bearer a document can change.
fn full_and_shared_names(cluster: &Cluster) -> (HashMap<String, String>, HashSet<String>) {
    let run = name_run();
    // Names repeat: read each distinct run once.
    let mut read: HashMap<&str, Option<String>> = HashMap::new();
    let all: Vec<String> = cluster
        .documents
        .iter()
        .flat_map(|d| run.find_iter(&d.text))
        .filter_map(|m| {
            read.entry(m.as_str())
                .or_insert_with(|| {
                    bare_name(m.as_str()).map(|b| with_given_name(m.as_str(), b, cluster))
                })
                .clone()
        })
        .collect();
    // "United Kingdom Tony Blair": a first word that the last two go without elsewhere is
    // not part of the name; "Mohammad Ali Hosseini" keeps it.
    let pairs: HashSet<&str> = all
        .iter()
        .filter(|n| n.split(' ').count() == 2)
        .map(String::as_str)
        .collect();
    let mut best: HashMap<String, String> = HashMap::new();
    for name in &all {
        {
            let words = name.split(' ').count();
            let name = match name.split_once(' ') {
                Some((_, tail)) if words == 3 && pairs.contains(tail) => tail.to_string(),
                _ => name.clone(),
            };
            let words = name.split(' ').count();
            if !(2..=4).contains(&words) {
                continue;
            }
            let last = name.rsplit(' ').next().unwrap_or("").to_string();
            let e = best.entry(last).or_insert_with(|| name.clone());
            if words > e.split(' ').count() {
                *e = name;
            }
        }
    }
    // Two bearers, not two forms of one name ("Staffan de Mistura" / "Syria Staffan de
    // Mistura", "Sergey" / "Sergei Lavrov").
    let mut seen: HashMap<&str, &str> = HashMap::new();
    let mut shared = HashSet::new();
    let mut distinct: Vec<&str> = all
        .iter()
        .map(String::as_str)
        .filter(|n| n.contains(' '))
        .collect();
    distinct.sort_unstable();
    distinct.dedup();
    for name in distinct {
        let last = name.rsplit(' ').next().unwrap_or("");
        if shared.contains(last) {
            continue;
        }
        match seen.get(last) {
            None => {
                seen.insert(last, name);
            }
            Some(&other) => {
                let (a, b) = (other.to_lowercase(), name.to_lowercase());
                let one = a == b
                    || a.ends_with(&format!(" {b}"))
                    || b.ends_with(&format!(" {a}"))
                    || spelled_otherwise(other, name);
                if !one {
                    shared.insert(last.to_string());
                }
            }
        }
    }
    (best, shared)
}

/// The people a document introduces under `written`, a shorter form of a name ("da Silva"
/// in "Gilberto Manuel da Silva, 40, who owns …"), with where each is named, in order: the
/// name runs that end with `written` and say more, as [`full_and_shared_names`] reads them. A reader
/// takes a surname for whoever the article last gave it to, not for the cluster's most
/// famous bearer.
pub(crate) fn bearers(text: &str, written: &str, cluster: &Cluster) -> Vec<(usize, String)> {
    let words = written.split(' ').count();
    let mut out = Vec::new();
    let mut read: Vec<(&str, Option<String>)> = Vec::new();
    for (k, _) in text.match_indices(written) {
        let end = k + written.len();
        let whole = !text[end..].starts_with(|c: char| c.is_alphanumeric())
            && !text[..k].ends_with(|c: char| c.is_alphanumeric());
        // A longer name needs a capital, an initial or a particle right before ("said
        // Kerry" has none): most occurrences are skipped before any pattern runs.
        let lead = &text[..k];
        let joined = lead.ends_with([' ', '\t']) && {
            let prev = lead.trim_end_matches([' ', '\t']);
            prev.len() + 2 >= lead.len()
                && prev
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()) || is_particle(w))
        };
        if !whole || !joined {
            continue;
        }
        let mut from = k.saturating_sub(80);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let window = &text[from..end];
        let Some(m) = name_run()
            .find_iter(window)
            .last()
            .filter(|m| m.end() == window.len())
        else {
            continue;
        };
        // "a member of the Mendocino Fetzer wine family": a name after an article
        // modifies a noun and names no one.
        let article = window[..m.start()]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| matches!(w, "the" | "a" | "an" | "The" | "A" | "An"));
        if article || kin_in_passing(&window[..m.start()], &text[end..]) {
            continue;
        }
        // A name repeats: read each run once (the given-name check reads every document).
        let full = match read.iter().find(|(run, _)| *run == m.as_str()) {
            Some((_, full)) => full.clone(),
            None => {
                let full = bare_name(m.as_str()).map(|b| with_given_name(m.as_str(), b, cluster));
                read.push((m.as_str(), full.clone()));
                full
            }
        };
        if let Some(full) = full.filter(|f| f.split(' ').count() > words && f.ends_with(written)) {
            out.push((k, full));
        }
    }
    out
}

/// Whether a name is someone's relative named in passing, whom a later bare surname does
/// not mean: "by his father, Bernard Spitzer", "Graham Borland, the school board member's
/// son, said", "his parents, Sam and Vicki Sebastiani". `lead` is the text before the
/// name, `tail` the text after it.
fn kin_in_passing(lead: &str, tail: &str) -> bool {
    const KIN: &[&str] = &[
        "father",
        "mother",
        "son",
        "daughter",
        "wife",
        "husband",
        "brother",
        "sister",
        "parents",
        "parent",
        "grandfather",
        "grandmother",
        "grandson",
        "granddaughter",
        "uncle",
        "aunt",
        "nephew",
        "niece",
        "cousin",
        "widow",
        "widower",
        "stepfather",
        "stepmother",
        "stepson",
        "stepdaughter",
        "fiancee",
        "fiance",
    ];
    let is_kin = |w: &str| KIN.contains(&tidings_core::trim_possessive(w.trim_end_matches(',')));
    let lead = lead.trim_end();
    // "Sam and Vicki Sebastiani": two people share the surname.
    let coordinated = lead
        .strip_suffix(" and")
        .and_then(|l| l.split_whitespace().next_back())
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    let kin_before = lead
        .strip_suffix(',')
        .and_then(|l| l.split_whitespace().next_back())
        .is_some_and(is_kin);
    let kin_after = tail.strip_prefix(", ").is_some_and(|t| {
        t.split(',')
            .next()
            .is_some_and(|phrase| phrase.split_whitespace().take(6).any(is_kin))
    });
    coordinated || kin_before || kin_after
}

/// A run of capitalized words, particles between them: a name as [`full_and_shared_names`] reads it.
fn name_run() -> &'static Regex {
    static RUN: OnceLock<Regex> = OnceLock::new();
    RUN.get_or_init(|| {
        Regex::new(&format!(r"(?-u:\b)(?:[A-Z][\w'’-]+|[A-Z]\.)(?:[ \t]+(?:(?:{PARTICLE_WORDS})[ \t]+)?(?:[A-Z][\w'’-]+|[A-Z]\.|{JOINED_SURNAME}))+")).unwrap()
    })
}

/// A name with a particle keeps one capital before it as the given name ("Syria Staffan de
/// Mistura" is Staffan de Mistura), which cuts a double surname short: "Rodrigo Abarca del
/// Rio" would be "Abarca del Rio". The word before is the given name too when the cluster
/// writes it nowhere else (a place or an organisation stands on its own elsewhere).
fn with_given_name(run: &str, bare: String, cluster: &Cluster) -> String {
    if !bare.split(' ').any(is_particle) {
        return bare;
    }
    let Some(head) = run.strip_suffix(bare.as_str()) else {
        return bare;
    };
    let Some(given) = head.split_whitespace().next_back() else {
        return bare;
    };
    let lower = given.to_lowercase();
    if !given.starts_with(char::is_uppercase)
        || !given.chars().all(char::is_alphabetic)
        || is_title_lower(&lower)
        || tidings_analyze::Analyzer::english().is_stopword(&lower)
    {
        return bare;
    }
    let full = format!("{given} {bare}");
    // One SIMD searcher for each, run over every document.
    let given_finder = memchr::memmem::Finder::new(given);
    let full_finder = memchr::memmem::Finder::new(&full);
    let alone = |text: &str| {
        given_finder
            .find_iter(text.as_bytes())
            .filter(|&i| {
                let before = text[..i].chars().next_back();
                let after = text[i + given.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
            .count()
    };
    let (uses, in_name): (usize, usize) = cluster
        .documents
        .iter()
        .map(|d| {
            let in_name = full_finder.find_iter(d.text.as_bytes()).count();
            (alone(&d.text), in_name)
        })
        .fold((0, 0), |(a, b), (x, y)| (a + x, b + y));
    if uses == in_name {
        full
    } else {
        bare
    }
}

/// Whether a word is a title or role ("President", "Minister").
pub(crate) fn is_title(word: &str) -> bool {
    let l = word.to_lowercase();
    is_title_lower(l.trim_end_matches('.'))
}

/// Whether a lowercased word is one of [`TITLES`] (a set: names are checked word by word).
fn is_title_lower(l: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let set = SET.get_or_init(|| TITLES.iter().copied().collect());
    // "President-elect Vladimir Putin".
    set.contains(l) || l.strip_suffix("-elect").is_some_and(|t| set.contains(t))
}

/// The fullest form the cluster uses of the name in `run`: a surname alone takes the
/// cluster's full name; a full name is kept unless a longer one ends with it.
pub(crate) fn resolve_name(run: &str, names: &HashMap<String, String>) -> Option<String> {
    let name = bare_name(run)?;
    let last = name.rsplit(' ').next()?;
    let lower = name.to_lowercase();
    Some(match names.get(last) {
        Some(full)
            if !name.contains(' ')
                || full.to_lowercase().ends_with(&format!(" {lower}"))
                || lower.ends_with(&format!(" {}", full.to_lowercase()))
                || spelled_otherwise(&name, full) =>
        {
            full.clone()
        }
        _ => name,
    })
}

/// Whether two names are one person's name transliterated two ways: the same words but a
/// given name of four letters or more with one vowel (or "y") swapped near its end
/// ("Sergey Lavrov" / "Sergei Lavrov", "Mohammad" / "Mohammed", "Yury" / "Yuri"); "Mary" /
/// "Marc" or "Jean" / "Joan" stay two people.
fn spelled_otherwise(a: &str, b: &str) -> bool {
    let (Some((ga, ra)), Some((gb, rb))) = (a.split_once(' '), b.split_once(' ')) else {
        return false;
    };
    let (x, y): (Vec<char>, Vec<char>) = (ga.chars().collect(), gb.chars().collect());
    if ra != rb || x.len() != y.len() || x.len() < 4 {
        return false;
    }
    let differ: Vec<usize> = (0..x.len()).filter(|&k| x[k] != y[k]).collect();
    let vowel = |c: char| "aeiouy".contains(c);
    matches!(differ[..], [k] if k + 2 >= x.len() && vowel(x[k]) && vowel(y[k]))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_given_name_transliterated_two_ways_is_one_person() {
        assert!(super::spelled_otherwise("Sergey Lavrov", "Sergei Lavrov"));
        assert!(super::spelled_otherwise(
            "Mohammad Khatami",
            "Mohammed Khatami"
        ));
        assert!(super::spelled_otherwise("Yury Luzhkov", "Yuri Luzhkov"));
        assert!(!super::spelled_otherwise("Tim Quinn", "Tom Quinn"));
        assert!(!super::spelled_otherwise("Mary Cheney", "Marc Cheney"));
        assert!(!super::spelled_otherwise("Jean Smith", "Joan Smith"));
        assert!(!super::spelled_otherwise("Dana Smith", "Dan Smith"));
        assert!(!super::spelled_otherwise("Sergey Lavrov", "Sergei Lavrova"));
        assert!(!super::spelled_otherwise("Sergey Lavrov", "Sergey Lavrov"));
    }

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

    use super::*;

    #[test]
    fn a_double_surname_keeps_its_given_name_unless_the_word_stands_alone() {
        let cluster = |text: &str| Cluster {
            id: "c".into(),
            documents: vec![tidings_core::Document::new("d", text)],
        };
        let c = cluster("Now Rodrigo Abarca del Rio has looked. Abarca del Rio says so.");
        let names = full_names(&c);
        assert_eq!(
            names.get("Rio").map(String::as_str),
            Some("Rodrigo Abarca del Rio")
        );
        // A place before the name stands on its own elsewhere: not a given name.
        let c = cluster("The envoy for Syria Staffan de Mistura spoke. The war in Syria goes on.");
        let names = full_names(&c);
        assert_eq!(
            names.get("Mistura").map(String::as_str),
            Some("Staffan de Mistura")
        );
    }

    #[test]
    fn a_name_keeps_its_words_before_its_own_possessive_and_a_middle_day() {
        // The name's own possessive: "Lauren Slater's book" is Lauren Slater's.
        assert_eq!(
            bare_name("Lauren Slater's").as_deref(),
            Some("Lauren Slater")
        );
        // A possessive before the name still ends what comes before it.
        assert_eq!(
            bare_name("Britain's Tony Blair").as_deref(),
            Some("Tony Blair")
        );
        assert_eq!(
            bare_name("Sandra Day O'Connor").as_deref(),
            Some("Sandra Day O'Connor")
        );
        // A holiday and a weekday are not names.
        assert_eq!(bare_name("Veterans Day"), None);
        assert_eq!(
            bare_name("Monday John Smith").as_deref(),
            Some("John Smith")
        );
        assert_eq!(
            bare_name("Columnist Chuck Colbert").as_deref(),
            Some("Chuck Colbert")
        );
    }

    #[test]
    fn party_affiliations_are_not_first_names() {
        assert_eq!(
            bare_name("Republican John Cornyn").as_deref(),
            Some("John Cornyn")
        );
        assert_eq!(
            bare_name("Democrat Garry Mauro").as_deref(),
            Some("Garry Mauro")
        );
    }

    /// The definition `writes_lower` and `writes_proper` search for: every word, read in
    /// order, with the word before it.
    fn case_sets(texts: &[&str]) -> (HashSet<String>, HashSet<String>) {
        let (mut lower, mut proper) = (HashSet::new(), HashSet::new());
        for text in texts {
            let mut previous_lower = false;
            for w in tidings_core::split_words(text) {
                let core = w.trim_matches(|c: char| !c.is_alphanumeric());
                if core.starts_with(char::is_lowercase) {
                    lower.insert(core.to_string());
                }
                if core.starts_with(char::is_uppercase) && previous_lower {
                    proper.insert(tidings_core::trim_possessive(core).to_string());
                }
                previous_lower =
                    core.starts_with(char::is_lowercase) && !w.ends_with(['.', '!', '?', ':']);
            }
        }
        (lower, proper)
    }

    proptest::proptest! {
        #[test]
        fn case_searches_agree_with_the_word_sets(
            texts in proptest::collection::vec("[aAbé'’s.:, \n\u{a0}-]{0,40}", 1..4),
            extra in "[aAbé's]{1,4}",
        ) {
            let cluster = Cluster {
                id: "c".into(),
                documents: texts
                    .iter()
                    .enumerate()
                    .map(|(i, t)| tidings_core::Document::new(format!("d{i}"), t.as_str()))
                    .collect(),
            };
            let names = Names::new(&cluster);
            let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
            let (lower, proper) = case_sets(&refs);
            let mut words: Vec<String> = refs
                .iter()
                .flat_map(|t| tidings_core::split_words(t))
                .flat_map(|w| {
                    let core = w.trim_matches(|c: char| !c.is_alphanumeric());
                    [w.to_string(), core.to_string(), tidings_core::trim_possessive(core).to_string()]
                })
                .collect();
            words.push(extra);
            for w in &words {
                proptest::prop_assert_eq!(names.writes_lower(w), lower.contains(w), "lower {:?}", w);
                proptest::prop_assert_eq!(names.writes_proper(w), proper.contains(w), "proper {:?}", w);
            }
        }
    }

    #[test]
    fn particles_are_short_as_is_particle_assumes() {
        assert!(PARTICLE_WORDS
            .split('|')
            .all(|p| p.len() <= 3 && is_particle(p)));
    }
}
