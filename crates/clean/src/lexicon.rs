//! Word lists of page furniture, loaded once from `data/`.
use foldhash::HashSet;
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

pub(crate) struct Lexicon {
    /// Words of buttons, menus, sharing and ads.
    pub ui: HashSet<&'static str>,
    /// Present-tense verbs of photo captions.
    pub photo_verbs: HashSet<&'static str>,
    /// Words of agency and site credits.
    pub credit: HashSet<&'static str>,
    /// Common English function words (for prose detection).
    pub function: HashSet<&'static str>,
    /// Substrings that mark a photo caption or credit.
    pub caption_marks: AhoCorasick,
    /// Phrases of calls to action, matched in normalized text.
    pub calls_to_action: AhoCorasick,
}

fn parse(data: &'static str) -> HashSet<&'static str> {
    tidings_core::word_list(data).collect()
}

impl Lexicon {
    pub fn get() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(|| Lexicon {
            ui: parse(include_str!("../data/ui_words.txt")),
            photo_verbs: parse(include_str!("../data/photo_verbs.txt")),
            credit: parse(include_str!("../data/credit_words.txt")),
            function: parse(include_str!("../data/function_words.txt")),
            caption_marks: AhoCorasick::new(crate::rules::CAPTION_MARKS)
                .expect("caption marks are valid patterns"),
            calls_to_action: AhoCorasick::new(crate::rules::CALLS_TO_ACTION)
                .expect("calls to action are valid patterns"),
        })
    }
}
