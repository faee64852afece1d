//! The byte-wise word split of ASCII text gives the words `split_whitespace` gives, on
//! any text.
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn split_words_is_split_whitespace(text in "([\\x00-\\x7f]|\u{a0}|\u{2003}|é|ab){0,60}") {
        let fast: Vec<&str> = tidings_core::split_words(&text).collect();
        let std: Vec<&str> = text.split_whitespace().collect();
        prop_assert_eq!(fast, std);
        prop_assert_eq!(tidings_core::count_words(&text), text.split_whitespace().count());
    }
}
