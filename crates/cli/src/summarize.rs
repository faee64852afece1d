use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;

use clap::ValueEnum;
use indicatif::{ProgressBar, ProgressStyle};
use tidings::ingest::{read_paths, Input, ReadOptions};

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
    #[command(flatten)]
    options: crate::options::OptionArgs,
    /// Output format [default: text, or jsonl for JSONL input].
    #[arg(long, value_enum)]
    format: Option<Format>,
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
    let options = args.options.options();
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
