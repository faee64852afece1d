//! The fast path of word segmentation (ASCII and news typography) returns exactly what the
//! UAX #29 crate does.
use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn ascii_words_are_the_unicode_words(text in "([a-zA-Z0-9_:.,;'\" \t\n\r!?()-]|U\\.S\\.|1,000|don't){0,40}") {
        let fast: Vec<(usize, &str)> = tidings_analyze::word_indices(&text).collect();
        let crate_words: Vec<(usize, &str)> = text.unicode_word_indices().collect();
        prop_assert_eq!(fast, crate_words);
    }

    #[test]
    fn news_typography(text in "([a-z0-9_:.,;' ]|[“”‘’–—\u{a0}…•«»€£]|don’t|1’5|é){0,40}") {
        let fast: Vec<(usize, &str)> = tidings_analyze::word_indices(&text).collect();
        let crate_words: Vec<(usize, &str)> = text.unicode_word_indices().collect();
        prop_assert_eq!(fast, crate_words);
    }

    #[test]
    fn any_ascii_text(text in "[\\x00-\\x7f]{0,60}") {
        let fast: Vec<(usize, &str)> = tidings_analyze::word_indices(&text).collect();
        let crate_words: Vec<(usize, &str)> = text.unicode_word_indices().collect();
        prop_assert_eq!(fast, crate_words);
    }
}
