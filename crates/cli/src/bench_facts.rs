//! `tidings bench facts`: quotes and timeline against the hand-labelled fixture.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context;
use tidings_eval::labelled::{evaluate, load};

use crate::Failure;

#[derive(clap::Args)]
pub struct Args {
    /// Labelled documents (JSONL), e.g. tests/fixtures/facts/multiling60.jsonl.
    #[arg(default_value = "tests/fixtures/facts/multiling60.jsonl")]
    fixture: PathBuf,
    /// Print every miss, extra quotation, wrong speaker and wrong date.
    #[arg(long)]
    show_errors: bool,
}

pub fn run_bench(args: Args) -> Result<(), Failure> {
    let text = std::fs::read_to_string(&args.fixture)
        .with_context(|| format!("reading {}", args.fixture.display()))?;
    let docs = load(&text).map_err(|e| Failure::Runtime(e.to_string()))?;
    let t = Instant::now();
    let (q, tl) = evaluate(
        &docs,
        |c| tidings::facts::quotes(c, &tidings::clean_sentences(c)),
        |c| tidings::facts::timeline(c, &tidings::clean_sentences(c)),
    );
    let ms = t.elapsed().as_secs_f64() * 1e3;
    outln!("{} labelled documents ({ms:.0} ms)", docs.len());
    outln!(
        "quotes: {} labelled, {} found, {} matched: precision {:.3}, recall {:.3}, F1 {:.3}",
        q.gold,
        q.found,
        q.matched,
        q.precision(),
        q.recall(),
        q.f1()
    );
    outln!(
        "speakers: {} of {} matched quotes right: accuracy {:.3}",
        q.speaker_right,
        q.matched,
        q.speaker_accuracy()
    );
    outln!(
        "timeline: {} of {} relative dates resolved as labelled: accuracy {:.3} ({} not found)",
        tl.right,
        tl.gold,
        tl.accuracy(),
        tl.missed
    );
    if args.show_errors {
        for (doc, text, why) in &q.errors {
            outln!("  quote {why}: {doc}: {}", clip(text));
        }
        for (doc, expr, want, got) in &tl.errors {
            outln!("  date {doc}: {expr:?} labelled {want}, found {got}");
        }
    }
    Ok(())
}

fn clip(s: &str) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    match flat.char_indices().nth(110) {
        Some((i, _)) => format!("{}…", &flat[..i]),
        None => flat,
    }
}
