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
    "premier",
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
    // School years before a student's name ("Freshman Billy McClure").
    "freshman",
    "sophomore",
    "senior",
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
    "regent",
    "candidate",
    "exchequer",
    // Abbreviated titles ("Chicago Police Supt. Terry Hillard", "Insp. X", "Atty. Gen. Y").
    "supt",
    "insp",
    "atty",
    "comdr",
    "lieut",
    "det",
    "cpl",
    "pvt",
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
    "rabbi",
    "imam",
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
/// Whether `words[k]` is the surname "He" rather than the pronoun: capitalized, with a
/// title before it ("Ms. He") or a capitalized word after it ("He Xintong").
fn surname_he(words: &[&str], k: usize) -> bool {
    words[k] == "He"
        && ((k > 0 && is_title(words[k - 1]))
            || words
                .get(k + 1)
                .is_some_and(|w| w.starts_with(char::is_uppercase) && w.len() > 1))
}

/// Whether `words[k]`, a title word, is the surname of the given name before it ("Robert
/// Pastor", "Larry King"): the last word of the run, after a capitalized word that is no
/// title.
fn title_as_surname(words: &[&str], k: usize) -> bool {
    k + 1 == words.len()
        && k > 0
        && matches!(
            words[k].to_lowercase().as_str(),
            "pastor" | "bishop" | "king" | "dean"
        )
        && words[k - 1].starts_with(char::is_uppercase)
        && !words[k - 1].ends_with('.')
        && !is_title(words[k - 1])
        && !tidings_analyze::Analyzer::english().is_stopword(&words[k - 1].to_lowercase())
}

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
                (is_title_lower(l.trim_end_matches('.')) || is_title_lower(l))
                    && !title_as_surname(&words, k)
                    // "He Xintong", "Ms. He": a capitalized "He" in a name run is a
                    // (Chinese) surname when a title or a name is next to it.
                    || (tidings_analyze::Analyzer::english().is_stopword(l)
                        && !surname_he(&words, k))
                    // "Like Wang and Wei, …": a preposition opening the sentence.
                    || matches!(l, "like" | "unlike" | "despite" | "amid" | "among" | "besides")
                    // "Aug." or "August", not "Jan" of Jan Egeland.
                    || (tidings_core::month_number(l).is_some() && (l.ends_with('.') || l.len() >= 5))
                    // "Monday", "Today", "Veterans Day"; "Day" within a name is a name
                    // ("Sandra Day O'Connor").
                    || (l.ends_with("day") && (l != "day" || k + 1 == words.len()))
                    // An office's name ends before the holder's: "Secretary of State for
                    // Near Eastern Affairs Martin Indyk" (not "Human Rights Watch").
                    || (matches!(l, "affairs" | "rights" | "relations") && words.len() >= k + 3)
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
pub(crate) fn is_particle(w: &str) -> bool {
    // Every particle is at most three letters long.
    w.len() <= 3 && PARTICLE_WORDS.split('|').any(|p| p == w)
}

/// Whether a capitalized word opens a surname as a particle ("Del Cecato", "Van Gogh"):
/// not "Al" or "El", which are given names too ("Al Gore").
fn particle_surname(w: &str) -> bool {
    let lower = w.to_lowercase();
    !matches!(lower.as_str(), "al" | "el") && is_particle(&lower)
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

/// Whether the `len` bytes of `text` at `k` stand as a whole word: no letter or digit
/// joins them on either side.
pub(crate) fn whole_word_at(text: &str, k: usize, len: usize) -> bool {
    !text[..k].ends_with(|c: char| c.is_alphanumeric())
        && !text[k + len..].starts_with(|c: char| c.is_alphanumeric())
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
        let mut firsts: HashMap<String, Vec<&String>> = HashMap::new();
        let mut any_by_first: HashMap<String, String> = HashMap::new();
        for name in full.values() {
            if let Some((first, _)) = name.split_once(' ') {
                let any = any_by_first
                    .entry(first.to_string())
                    .or_insert_with(|| name.clone());
                if name < any {
                    *any = name.clone();
                }
                firsts.entry(first.to_string()).or_default().push(name);
            }
        }
        // The one name a first word opens; names that only run on past it are that name
        // ("Monica Lewinsky Affair" is Monica Lewinsky's, not a second Monica).
        let by_first = firsts
            .into_iter()
            .filter_map(|(f, mut names)| {
                names.sort_by_key(|n| n.len());
                let shortest = names[0];
                let nested = names[1..].iter().all(|n| {
                    n.starts_with(shortest.as_str()) && n[shortest.len()..].starts_with(' ')
                });
                nested.then(|| (f, shortest.clone()))
            })
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

    /// The cluster's documents' texts.
    pub(crate) fn texts(&self) -> impl Iterator<Item = &'c str> {
        self.cluster.documents.iter().map(|d| d.text.as_str())
    }

    /// The one person each title names in the cluster (see `roles`).
    pub fn by_title(&self, title: &str) -> Option<&String> {
        self.roles
            .get_or_init(|| crate::roles::roles(self.cluster, &self.full))
            .get(title)
    }

    fn role_phrases(&self) -> &HashMap<String, String> {
        self.role_phrases
            .get_or_init(|| crate::roles::role_phrases(self.cluster, &self.full))
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
        .flat_map(|d| {
            run.find_iter(&d.text)
                .map(move |m| without_opening_gerund(&d.text, m.start(), m.as_str(), cluster))
        })
        .filter(|m| !m.is_empty())
        .filter_map(|m| {
            read.entry(m)
                .or_insert_with(|| bare_name(m).map(|b| with_given_name(m, b, cluster)))
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
            // ("John Del Cecato" keeps "John": "Del Cecato" is a surname with a particle.)
            // "Gabrielle Kirk McDonald" keeps "Gabrielle", a word the cluster writes nowhere
            // else, though "Kirk McDonald said" cuts it.
            let name = match name.split_once(' ') {
                Some((first, tail))
                    if words == 3
                        && pairs.contains(tail)
                        && !tail.split(' ').next().is_some_and(particle_surname)
                        && !given_name_only(first, tail, cluster) =>
                {
                    tail.to_string()
                }
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

/// Whether `given` before `tail` ("Gabrielle Kirk McDonald") is a given name: the cluster
/// writes it nowhere else, in any case ("Britain Tony Blair" has "Britain" alone,
/// "Cartoonist Charles Schulz" has "cartoonist"), an acronym no given name ("CEO Meg
/// Whitman"), the name is written inside a sentence ("Maybe Bill Gates" opens one), and
/// the tail is a double surname.
fn given_name_only(given: &str, tail: &str, cluster: &Cluster) -> bool {
    if !given.chars().any(char::is_lowercase) {
        return false;
    }
    let texts = || cluster.documents.iter().map(|d| d.text.as_str());
    let next = tail.split(' ').next().unwrap_or(tail);
    // The tail is a double surname: its last word goes with its first more often than
    // alone ("Kirk McDonald" twice, "But McDonald" once; "Gordon Brown" has "Brown said").
    let last = tail.rsplit(' ').next().unwrap_or(tail);
    let (with, alone) = texts()
        .flat_map(|t| word_positions(t, last).map(move |k| t[..k].trim_end().ends_with(next)))
        .fold(
            (0, 0),
            |(w, a), with| if with { (w + 1, a) } else { (w, a + 1) },
        );
    if alone >= with {
        return false;
    }
    let lower = given.to_lowercase();
    let elsewhere = |t: &str, word: &str| {
        word_positions(t, word).any(|k| !t[k + word.len()..].trim_start().starts_with(next))
    };
    if texts().any(|t| elsewhere(t, given) || (lower != given && elsewhere(t, &lower))) {
        return false;
    }
    // Written inside a sentence at least once, after a lower-case word ("tribunal president
    // Gabrielle …"), not a title ("Prime Minster Tansu Ciller") or a sentence's end ("Maybe
    // Bill Gates …" opens one).
    let full = format!("{given} {tail}");
    texts().any(|t| {
        memchr::memmem::find_iter(t.as_bytes(), full.as_bytes()).any(|k| {
            t[..k].split_whitespace().next_back().is_some_and(|w| {
                (w.starts_with(char::is_lowercase) && !w.ends_with(['.', '!', '?', ':', ';']))
                    || (w.ends_with(',') && w.len() > 1)
            })
        })
    })
}

/// The bytes where `word` stands as a whole word in `text`.
fn word_positions<'a>(text: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    memchr::memmem::find_iter(text.as_bytes(), word.as_bytes())
        .filter(move |&k| whole_word_at(text, k, word.len()))
}

/// A run without the gerund that opens its sentence ("Turning Elian over to his father …"
/// names Elian, not "Turning Elian"; "Dr. Lixing Lao" keeps his name): `at` is where the
/// run starts in `text`; the cluster must write the word in lower case somewhere.
fn without_opening_gerund<'t>(text: &str, at: usize, run: &'t str, cluster: &Cluster) -> &'t str {
    let Some((first, rest)) = run.split_once(' ') else {
        return run;
    };
    let gerund =
        first.len() > 5 && first.ends_with("ing") && first[1..].chars().all(char::is_lowercase);
    if !gerund {
        return run;
    }
    let before = text[..at].trim_end_matches([' ', '\t']);
    let opens = before
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n' | '"' | '`' | '\'' | '“'))
        && !before.split_whitespace().next_back().is_some_and(is_title);
    let lower = first.to_lowercase();
    let written_lower = || {
        cluster
            .documents
            .iter()
            .any(|d| word_positions(&d.text, &lower).next().is_some())
    };
    if opens && written_lower() {
        rest
    } else {
        run
    }
}

/// A run of capitalized words, particles between them: a name as [`full_and_shared_names`] reads it.
pub(crate) fn name_run() -> &'static Regex {
    static RUN: OnceLock<Regex> = OnceLock::new();
    RUN.get_or_init(|| {
        // A dotted abbreviation is one word ("B.C. Premier Glen Clark" is no "C. Premier …").
        let word = r"(?:[A-Z](?:\.[A-Z])+\.|[A-Z][\w'’-]+|[A-Z]\.)";
        Regex::new(&format!(
            r"(?-u:\b){word}(?:[ \t]+(?:(?:{PARTICLE_WORDS})[ \t]+)?(?:{word}|{JOINED_SURNAME}))+"
        ))
        .unwrap()
    })
}

/// A name with a particle keeps one capital before it as the given name ("Syria Staffan de
/// Mistura" is Staffan de Mistura), which cuts a double surname short: "Rodrigo Abarca del
/// Rio" would be "Abarca del Rio". The word before is the given name too when the cluster
/// writes it nowhere else (a place or an organisation stands on its own elsewhere).
pub(crate) fn with_given_name(run: &str, bare: String, cluster: &Cluster) -> String {
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
    use super::*;

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
    fn a_given_name_before_a_double_surname_stays_and_an_opening_gerund_goes() {
        let cluster = |text: &str| Cluster {
            id: "c".into(),
            documents: vec![tidings_core::Document::new("d", text)],
        };
        let full = |text: &str, key: &str| full_names(&cluster(text)).get(key).cloned();
        // "Kirk McDonald said" cuts a given name the cluster writes nowhere else.
        assert_eq!(
            full(
                "It was said by tribunal president Gabrielle Kirk McDonald of Texas. Kirk McDonald said no. Later Kirk McDonald left.",
                "McDonald"
            )
            .as_deref(),
            Some("Gabrielle Kirk McDonald")
        );
        // A capitalized word opening a sentence, or a surname used alone, is no given name.
        assert_eq!(
            full(
                "Maybe Bill Gates knows. Bill Gates said so, and maybe not.",
                "Gates"
            )
            .as_deref(),
            Some("Bill Gates")
        );
        assert_eq!(
            full(
                "He spoke with finance chief Gordon Brown. Brown said no. Gordon Brown left.",
                "Brown"
            )
            .as_deref(),
            Some("Gordon Brown")
        );
        // "Turning Elian over …" opens a sentence with a verb the text also writes in
        // lower case; "Dr. Lixing Lao" is a name.
        let text = "Turning Elian over to his father is the plan. Elian Gonzalez is six, turning seven. Dr. Lixing Lao ran tests. Lao said so.";
        assert_eq!(full(text, "Elian"), None);
        assert_eq!(full(text, "Lao").as_deref(), Some("Lixing Lao"));
    }

    #[test]
    fn a_particle_surname_keeps_its_given_name_and_a_name_run_on_is_one_name() {
        let cluster = |text: &str| Cluster {
            id: "c".into(),
            documents: vec![tidings_core::Document::new("d", text)],
        };
        // "Del Cecato" alone elsewhere does not make "John" a word before the name.
        let c = cluster("Then John Del Cecato spoke. Later Del Cecato left.");
        assert_eq!(
            full_names(&c).get("Cecato").map(String::as_str),
            Some("John Del Cecato")
        );
        // "United Kingdom Tony Blair" still loses the place.
        let c = cluster("Then United Kingdom Tony Blair spoke. Later Tony Blair left.");
        assert_eq!(
            full_names(&c).get("Blair").map(String::as_str),
            Some("Tony Blair")
        );
        // "Monica" opens one name: "Monica Lewinsky Affair" runs on past it.
        let c = cluster("Then Monica Lewinsky spoke. The Monica Lewinsky Affair grew.");
        let names = Names::new(&c);
        assert_eq!(
            names.by_first.get("Monica").map(String::as_str),
            Some("Monica Lewinsky")
        );
    }

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
        // Clergy titles, as "Bishop" and "Cardinal".
        assert_eq!(bare_name("Rabbi Alan Lew").as_deref(), Some("Alan Lew"));
        assert_eq!(bare_name("Imam Abdul Rauf").as_deref(), Some("Abdul Rauf"));
    }

    #[test]
    fn a_preposition_opening_a_sentence_is_no_part_of_a_name() {
        assert_eq!(bare_name("Like Wang").as_deref(), Some("Wang"));
        assert_eq!(bare_name("Unlike Fox").as_deref(), Some("Fox"));
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
