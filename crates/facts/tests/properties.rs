//! On any text: no panic, spans inside the text on char boundaries, in order.
use proptest::prelude::*;
use tidings_facts::quantities;

proptest! {
    #[test]
    fn spans_are_valid_and_ordered(text in "(\\PC|[0-9$%,. -]|hours?|million|ten){0,60}") {
        let q = quantities(&text);
        let mut last = 0;
        for x in &q {
            prop_assert!(x.span.start >= last && x.span.start < x.span.end && x.span.end <= text.len());
            prop_assert!(text.is_char_boundary(x.span.start) && text.is_char_boundary(x.span.end));
            prop_assert!(x.value.is_finite());
            last = x.span.end;
        }
    }
}

proptest! {
    #[test]
    fn date_spans_are_valid_and_resolution_never_panics(
        text in "(\\PC|[0-9 ,.]|Aug\\.|August|Friday|last|this|week|month|in|yesterday){0,40}",
        y in 1900i16..2100, m in 1i8..13, d in 1i8..29,
    ) {
        let anchor = jiff::civil::Date::new(y, m, d).ok();
        for x in tidings_facts::dates(&text) {
            prop_assert!(x.span.start < x.span.end && x.span.end <= text.len());
            prop_assert!(text.is_char_boundary(x.span.start) && text.is_char_boundary(x.span.end));
            let _ = tidings_facts::resolve(x.value, anchor);
        }
    }
}
