//! Word lists the splitter consults, loaded once from the data files.
use foldhash::HashSet;

/// The splitter's word lists, all lowercase.
pub(crate) struct Lexicon {
    /// Abbreviations that precede a name or number ("Gen.", "Mt."): never a boundary before a capital.
    pub titles: HashSet<&'static str>,
    /// Abbreviations that may end a sentence ("Inc.", "Jr."): a boundary only before a sentence opener.
    pub abbreviations: HashSet<&'static str>,
    /// Words that commonly open a sentence.
    pub starters: HashSet<&'static str>,
    /// Names spelled with an exclamation mark ("Yahoo!").
    pub exclamation_names: HashSet<&'static str>,
    /// Words that follow a time ("5 p.m. Friday") without starting a sentence.
    pub time_followers: HashSet<&'static str>,
}

fn parse(data: &'static str) -> HashSet<&'static str> {
    tidings_core::word_list(data).collect()
}

impl Lexicon {
    pub fn english() -> Self {
        Lexicon {
            titles: parse(include_str!("../data/titles.txt")),
            abbreviations: parse(include_str!("../data/abbreviations.txt")),
            starters: parse(include_str!("../data/starters.txt")),
            exclamation_names: parse(include_str!("../data/exclamation_names.txt")),
            time_followers: parse(include_str!("../data/time_followers.txt")),
        }
    }
}
