//! The byte-wise word split gives the words `split_whitespace` gives, on any text.
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn split_words_is_split_whitespace(text in "([\\x00-\\x7f]|\u{85}|\u{a0}|\u{1680}|\u{2000}|\u{200a}|\u{200b}|\u{2028}|\u{2029}|\u{202f}|\u{205f}|\u{2060}|\u{3000}|\u{3001}|\u{feff}|\u{80}|\u{a1}|\u{1681}|\u{2081}|é|ab|東){0,60}") {
        let fast: Vec<&str> = tidings_core::split_words(&text).collect();
        let std: Vec<&str> = text.split_whitespace().collect();
        prop_assert_eq!(fast, std);
        prop_assert_eq!(tidings_core::count_words(&text), text.split_whitespace().count());
    }

    /// Mostly printable ASCII, as news is: the eight-byte path of the count runs.
    #[test]
    fn count_words_is_split_whitespace_on_prose(text in "([a-z]{1,9}|[ ]{1,3}|[\\x00-\\x7f]|\u{a0}|\u{2009}|é){0,80}") {
        prop_assert_eq!(tidings_core::count_words(&text), text.split_whitespace().count());
    }
}

/// Every character, between two letters: the White_Space table in the byte-wise split
/// is complete and admits nothing else.
#[test]
fn every_character_splits_as_split_whitespace() {
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        let text = format!("a{c}b");
        let fast: Vec<&str> = tidings_core::split_words(&text).collect();
        let std: Vec<&str> = text.split_whitespace().collect();
        assert_eq!(fast, std, "U+{:04X}", c as u32);
        if c.is_whitespace() {
            let lead = c.encode_utf8(&mut [0; 4]).as_bytes()[0];
            assert!(
                tidings_core::may_start_whitespace(lead),
                "U+{:04X}",
                c as u32
            );
        }
        let long = format!("{c}a word{c}{c}and{c} more {c}");
        let n = long.split_whitespace().count();
        assert_eq!(tidings_core::count_words(&long), n, "U+{:04X}", c as u32);
    }
}
