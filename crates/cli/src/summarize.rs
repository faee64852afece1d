use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;

use clap::ValueEnum;
use indicatif::{ProgressBar, ProgressStyle};
use tidings::ingest::{read_paths, Input, ReadOptions};
use tidings::{Budget, Options};

use crate::Failure;

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    /// The summary, one sentence per line.
    Text,
    /// Sentences with footnotes listing every supporting source.
    Markdown,
    /// One pretty JSON object.
    Json,
    /// One compact JSON object per line (the default for JSONL input).
    Jsonl,
}

#[derive(clap::Args)]
pub struct Args {
    /// A directory (its .txt, .md, .html files), files, `-` for stdin, or .jsonl cluster files.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Summary length in words.
    #[arg(long, conflicts_with_all = ["sentences", "bytes"])]
    words: Option<usize>,
    /// Summary length in sentences.
    #[arg(long, conflicts_with = "bytes")]
    sentences: Option<usize>,
    /// Summary length in bytes (DUC style, e.g. 665).
    #[arg(long)]
    bytes: Option<usize>,
    /// Let one final sentence cross the length budget.
    #[arg(long)]
    allow_overflow: bool,
    /// Selection method: default (concept coverage × centroid quality across sources; the
    /// centroid for one document), coverage, centroid, ilp (exact concept coverage),
    /// submodular, lexrank, textrank, mmr, sumbasic, klsum, lead.
    #[arg(long, default_value = "default")]
    method: String,
    /// Output format [default: text, or jsonl for JSONL input].
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Leave out the disagreements between sources.
    #[arg(long)]
    no_disagreements: bool,
    /// Leave out the quotes.
    #[arg(long)]
    no_quotes: bool,
    /// Leave out the timeline.
    #[arg(long)]
    no_timeline: bool,
    /// The summary alone: no disagreements, quotes or timeline.
    #[arg(long)]
    summary_only: bool,
    /// Largest input file accepted, in bytes.
    #[arg(long, default_value_t = 512 * 1024 * 1024)]
    max_input_bytes: u64,
}

fn renderer(format: Format) -> Box<dyn tidings::render::Renderer> {
    let name = match format {
        Format::Text => "text",
        Format::Markdown => "markdown",
        Format::Json => "json",
        Format::Jsonl => "jsonl",
    };
    tidings::render::by_name(name).expect("every Format has a renderer")
}

pub fn run(args: Args) -> Result<(), Failure> {
    let mut budget = match (args.words, args.sentences, args.bytes) {
        (_, Some(n), _) => Budget::sentences(n),
        (_, _, Some(n)) => Budget::bytes(n),
        (Some(n), _, _) => Budget::words(n),
        _ => Budget::default(),
    };
    budget.allow_overflow = args.allow_overflow;
    let options = Options {
        budget,
        method: args.method.clone(),
        reports: tidings::Reports {
            disagreements: !(args.no_disagreements || args.summary_only),
            quotes: !(args.no_quotes || args.summary_only),
            timeline: !(args.no_timeline || args.summary_only),
        },
    };
    let read = ReadOptions {
        max_bytes: args.max_input_bytes,
    };
    let mut out = BufWriter::new(std::io::stdout().lock());
    match read_paths(&args.paths, &read)? {
        Input::Cluster { cluster, skipped } => {
            for s in skipped {
                eprintln!("warning: skipped {s}");
            }
            for d in &cluster.documents {
                for w in &d.warnings {
                    eprintln!("warning: {w}");
                }
                if d.text.trim().is_empty() {
                    eprintln!("warning: document {} is empty", d.id);
                }
            }
            if cluster.documents.is_empty() {
                return Err(Failure::Runtime(
                    "no documents found (a directory is read for .txt, .md, .html and .htm files)"
                        .into(),
                ));
            }
            let summary = tidings::summarize(&cluster, &options)?;
            renderer(args.format.unwrap_or(Format::Text)).render(&summary, &mut out)?;
        }
        Input::Jsonl(readers) => {
            let render = renderer(args.format.unwrap_or(Format::Jsonl));
            let bar = progress();
            let (mut done, mut failed) = (0usize, 0usize);
            for reader in readers {
                for (line, cluster) in reader {
                    let result = cluster.and_then(|c| tidings::summarize(&c, &options));
                    match result {
                        Ok(summary) => {
                            render.render(&summary, &mut out)?;
                            done += 1;
                        }
                        Err(e) if e.kind() == tidings::ErrorKind::Config => return Err(e.into()),
                        Err(e) => {
                            bar.suspend(|| eprintln!("error: line {line}: {e}"));
                            failed += 1;
                        }
                    }
                    bar.inc(1);
                }
            }
            bar.finish_and_clear();
            out.flush()?;
            if failed > 0 {
                return Err(Failure::Runtime(format!(
                    "{failed} of {} clusters failed (see the messages above)",
                    done + failed
                )));
            }
        }
    }
    out.flush()?;
    Ok(())
}

/// A progress counter on stderr when it is a terminal; hidden otherwise.
fn progress() -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new_spinner();
    bar.set_style(
        ProgressStyle::with_template("{spinner} {pos} clusters  {per_sec}  {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar
}
