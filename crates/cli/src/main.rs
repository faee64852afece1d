//! `tidings`: the command-line tool over the tidings library.
use std::process::ExitCode;

use clap::{Parser, Subcommand};

// Summarizing allocates many small strings and vectors; mimalloc is markedly faster than the
// system allocator at that, single-threaded and under the server's concurrent load.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `println!` that ends the command quietly when stdout is closed (`tidings … | head`)
/// instead of panicking: the enclosing function returns the write error as a [`Failure`].
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        writeln!(std::io::stdout().lock(), $($arg)*)?
    }};
}

mod batch;
mod bench;
mod bench_disagreements;
mod bench_facts;
mod eval;
mod options;
mod rouge;
mod rouge_input;
mod rouge_score;
mod serve;
mod split;
mod summarize;

#[derive(Parser)]
#[command(
    name = "tidings",
    version,
    about = "Multi-document news summarization with exact provenance"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Summarize a cluster of news reports (a directory, files, `-` for stdin) or JSONL clusters.
    Summarize(summarize::Args),
    /// Summarize every cluster of a JSONL file (.gz, .zst too) on every core, in input order.
    Batch(batch::Args),
    /// Split text on stdin into sentences, one per line (streaming).
    Split(split::Args),
    /// Score system summaries with ROUGE, reproducing the ROUGE-1.5.5 script's numbers.
    Rouge(rouge::Args),
    /// Summarize a dataset with our methods and score them beside peer outputs in one table.
    Eval(eval::Args),
    /// Serve the HTTP API and the web page (http://127.0.0.1:8080/ by default).
    Serve(serve::Args),
    /// Time tidings beside peer systems run in the same session, and print the ratios.
    #[command(subcommand)]
    Bench(bench::Bench),
}

/// Exit codes: 0 ok, 1 runtime error, 2 usage error (clap uses 2 for its own errors).
pub(crate) enum Failure {
    Usage(String),
    Runtime(String),
    /// The reader went away (`tidings ... | head`): stop quietly, as Unix tools do.
    BrokenPipe,
}

impl From<tidings::Error> for Failure {
    fn from(e: tidings::Error) -> Self {
        match e.kind() {
            tidings::ErrorKind::Config => Failure::Usage(e.to_string()),
            _ => Failure::Runtime(e.to_string()),
        }
    }
}

impl From<anyhow::Error> for Failure {
    fn from(e: anyhow::Error) -> Self {
        Failure::Runtime(format!("{e:#}"))
    }
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            Failure::BrokenPipe
        } else {
            Failure::Runtime(e.to_string())
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Summarize(args) => summarize::run(args),
        Command::Batch(args) => batch::run(args),
        Command::Split(args) => split::run(args),
        Command::Bench(b) => bench::run(b),
        Command::Rouge(args) => rouge::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Serve(args) => serve::run(args),
    };
    match result {
        Ok(()) | Err(Failure::BrokenPipe) => ExitCode::SUCCESS,
        Err(Failure::Usage(m)) => {
            eprintln!("error: {m}");
            ExitCode::from(2)
        }
        Err(Failure::Runtime(m)) => {
            eprintln!("error: {m}");
            ExitCode::from(1)
        }
    }
}
