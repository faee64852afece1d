//! Sentence-split golden files in `tests/golden/segment/*.txt` (sentencex format): an input,
//! a line `---`, the expected sentences one per line, then `===` before the next case.
use std::path::Path;

#[test]
fn segment_golden_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/golden/segment");
    let mut cases = 0;
    let mut failures = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("golden dir") {
        let path = entry.expect("entry").path();
        let data = std::fs::read_to_string(&path).expect("read golden");
        for case in data.split("\n===\n").filter(|c| !c.trim().is_empty()) {
            let (input, expected) = case.split_once("\n---\n").expect("case has ---");
            let want: Vec<&str> = expected
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            let got: Vec<&str> = tidings_segment::split(input)
                .iter()
                .map(|s| &input[s.start..s.end])
                .collect();
            cases += 1;
            if got != want {
                failures.push(format!(
                    "{}:\n  input: {input:?}\n  want: {want:?}\n  got:  {got:?}",
                    path.display()
                ));
            }
        }
    }
    assert!(cases >= 10, "only {cases} golden cases found");
    assert!(
        failures.is_empty(),
        "{} of {cases} cases differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
