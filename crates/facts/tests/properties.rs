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

proptest! {
    /// Every fact finder on two documents of arbitrary text (digits, dashes of every kind,
    /// colons, capitals, hedges): no panic, every reported span on char boundaries.
    #[test]
    fn fact_finders_never_panic(
        a in "(\\PC|[0-9:,.\\- ]|[‐–—]|Mr\\. Lee|said|nearly|-odd|p\\.m\\.|Friday|Aug\\. 7|people){0,50}",
        b in "(\\PC|[0-9:,.\\- ]|[‐–—]|Mr\\. Lee|said|nearly|-odd|p\\.m\\.|Friday|Aug\\. 7|people){0,50}",
    ) {
        use tidings_core::{Cluster, Document, Sentence, Span};
        let mut second = Document::new("b", b.as_str());
        second.date = Some("2015-08-07".into());
        let cluster = Cluster { id: "c".into(), documents: vec![Document::new("a", a.as_str()), second] };
        let sentences: Vec<Sentence> = cluster.documents.iter().enumerate()
            .map(|(doc, d)| Sentence { doc, span: Span::new(0, d.text.len()), position: 0 })
            .collect();
        let facts = tidings_facts::Facts::new(&cluster, &sentences);
        let text = |id: &str| if id == "a" { &a } else { &b };
        for d in facts.disagreements(&tidings_facts::Thresholds::default()) {
            for r in d.variants.iter().flat_map(|v| &v.docs) {
                let t = text(&r.doc);
                prop_assert!(r.start <= r.end && r.end <= t.len());
                prop_assert!(t.is_char_boundary(r.start) && t.is_char_boundary(r.end));
            }
        }
        for q in facts.quotes() {
            let t = text(&q.doc);
            prop_assert!(q.start <= q.end && q.end <= t.len());
            prop_assert!(t.is_char_boundary(q.start) && t.is_char_boundary(q.end));
        }
        for e in facts.timeline() {
            let t = text(&e.doc);
            prop_assert!(e.start <= e.end && e.end <= t.len());
        }
    }
}

proptest! {
    /// Facts read from the summary's analysis are the facts read from scratch.
    #[test]
    fn reusing_the_analysis_changes_nothing(
        a in "(\\PC|[0-9:,. ]|_x|Mr\\. Lee|said|talks|meeting|12-hour|10 hours|Friday|Aug\\. 7|people|\\.\n){0,60}",
        b in "(\\PC|[0-9:,. ]|_x|Mr\\. Lee|said|talks|meeting|12-hour|10 hours|Friday|Aug\\. 7|people|\\.\n){0,60}",
    ) {
        use tidings_core::{Cluster, Document, Sentence, Span};
        let cluster = Cluster { id: "c".into(), documents: vec![Document::new("a", a.as_str()), Document::new("b", b.as_str())] };
        // Several sentences per document: split at the newlines.
        let sentences: Vec<Sentence> = cluster.documents.iter().enumerate()
            .flat_map(|(doc, d)| {
                let mut at = 0;
                d.text.split_inclusive('\n').map(move |line| {
                    let s = Sentence { doc, span: Span::new(at, at + line.len()), position: 0 };
                    at += line.len();
                    s
                })
            })
            .collect();
        let analysis = tidings_analyze::analyze(&cluster, &sentences);
        let fresh = tidings_facts::Facts::new(&cluster, &sentences);
        let reused = tidings_facts::Facts::with_analysis(&cluster, &sentences, &analysis);
        let loose = tidings_facts::Thresholds { number: 0.0, bare_number: 0.0, date: 0.0, name: 0.0, sentence: 0.0, copy: 0.0, days_apart: 0 };
        prop_assert_eq!(
            format!("{:?}", fresh.disagreements(&loose)),
            format!("{:?}", reused.disagreements(&loose))
        );
    }
}
