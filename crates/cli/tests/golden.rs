//! Golden files: the example cluster's summary per method and format, as the CLI prints it.
//! Regenerate with `TIDINGS_BLESS=1 cargo test -p tidings-cli --test golden` and review the diff.
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn check(name: &str, args: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_tidings"))
        .current_dir(root())
        .args(args)
        .output()
        .expect("run tidings");
    assert!(
        out.status.success(),
        "tidings {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got = String::from_utf8(out.stdout).expect("UTF-8 output");
    let path = root().join("tests/golden").join(name);
    if std::env::var_os("TIDINGS_BLESS").is_some() {
        std::fs::write(&path, &got).expect("write golden");
        return;
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} missing: run with TIDINGS_BLESS=1", path.display()));
    assert!(
        got == want,
        "{name} differs from its golden file:\n--- want\n{want}\n--- got\n{got}"
    );
}

#[test]
fn example_text_default() {
    check(
        "geneva-talks.default.txt",
        &["summarize", "examples/geneva-talks"],
    );
}

#[test]
fn example_json_default() {
    check(
        "geneva-talks.default.json",
        &["summarize", "examples/geneva-talks", "--format", "json"],
    );
}

#[test]
fn example_markdown_default() {
    check(
        "geneva-talks.default.md",
        &["summarize", "examples/geneva-talks", "--format", "markdown"],
    );
}

/// One golden file per selection method on the example.
macro_rules! method_golden {
    ($($test:ident => $method:literal),* $(,)?) => {$(
        #[test]
        fn $test() {
            check(
                concat!("geneva-talks.", $method, ".txt"),
                &["summarize", "examples/geneva-talks", "--method", $method],
            );
        }
    )*};
}

method_golden! {
    example_text_lead => "lead",
    example_text_centroid => "centroid",
    example_text_coverage => "coverage",
    example_text_ilp => "ilp",
    example_text_submodular => "submodular",
    example_text_lexrank => "lexrank",
    example_text_textrank => "textrank",
    example_text_mmr => "mmr",
    example_text_sumbasic => "sumbasic",
    example_text_klsum => "klsum",
}

#[test]
fn every_method_has_a_golden_file() {
    let out = Command::new(env!("CARGO_BIN_EXE_tidings"))
        .args(["summarize", "--help"])
        .output()
        .expect("run tidings");
    let help = String::from_utf8_lossy(&out.stdout);
    for method in [
        "coverage",
        "centroid",
        "ilp",
        "submodular",
        "lexrank",
        "textrank",
        "mmr",
        "sumbasic",
        "klsum",
        "lead",
    ] {
        assert!(help.contains(method), "{method} not in the help:\n{help}");
        assert!(
            root()
                .join(format!("tests/golden/geneva-talks.{method}.txt"))
                .exists()
                || std::env::var_os("TIDINGS_BLESS").is_some(),
            "no golden file for {method}"
        );
    }
}

#[test]
fn example_text_three_sentences() {
    check(
        "geneva-talks.3-sentences.txt",
        &["summarize", "examples/geneva-talks", "--sentences", "3"],
    );
}
