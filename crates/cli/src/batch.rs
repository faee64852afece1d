//! `tidings batch`: JSONL clusters in, JSONL summaries out, in input order, on every core,
//! in constant memory (a bounded chunk of lines at a time), resumable.
use std::collections::HashSet;
use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Instant;

use clap::ValueEnum;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use tidings::Options;

use crate::Failure;

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnError {
    /// Report the line (number and reason) and go on.
    Skip,
    /// Stop at the first bad line (what came before it is written).
    Fail,
}

#[derive(clap::Args)]
pub struct Args {
    /// Clusters, one JSON object per line (.jsonl, .jsonl.gz, .jsonl.zst); `-` or none: stdin.
    input: Option<PathBuf>,
    /// Where the summaries go (.jsonl, or .jsonl.gz); stdout when absent.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Skip clusters whose id OUTPUT already holds, and append the others to it.
    #[arg(long, requires = "output")]
    resume: bool,
    /// A line that is not a cluster, or a cluster that cannot be summarized.
    #[arg(long, value_enum, default_value = "skip")]
    on_error: OnError,
    /// Also write each failed line as JSON ({"line", "id"?, "error"}) to this file.
    #[arg(long)]
    errors: Option<PathBuf>,
    /// Worker threads [default: every core].
    #[arg(long)]
    threads: Option<usize>,
    /// Lines read and summarized at a time: bounds memory.
    #[arg(long, default_value_t = 1024, hide = true)]
    chunk: usize,
    #[command(flatten)]
    options: crate::options::OptionArgs,
}

/// What became of one input line.
enum Outcome {
    Done(String),
    AlreadyDone,
    Blank,
    Failed { id: Option<String>, error: String },
}

pub fn run(args: Args) -> Result<(), Failure> {
    let options = args.options.options();
    if tidings::METHODS.iter().all(|m| *m != options.method) {
        return Err(Failure::Usage(format!(
            "unknown method {:?} (known: {})",
            options.method,
            tidings::METHODS.join(", ")
        )));
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.unwrap_or(0))
        .build()
        .map_err(|e| Failure::Runtime(format!("cannot start worker threads: {e}")))?;

    let (input, total_bytes, read_bytes, name) = open_input(args.input.as_deref())?;
    let done_ids = match (&args.output, args.resume) {
        (Some(out), true) => prepare_resume(out)?,
        _ => HashSet::new(),
    };
    let mut out = open_output(args.output.as_deref(), args.resume)?;
    let mut errors = match &args.errors {
        Some(p) => Some(BufWriter::new(File::create(p).map_err(|e| {
            Failure::Runtime(format!("cannot create {}: {e}", p.display()))
        })?)),
        None => None,
    };

    let bar = progress(total_bytes);
    let started = Instant::now();
    let (mut done, mut skipped, mut failed) = (0u64, 0u64, 0u64);
    let mut lines = LineReader::new(input);
    let mut chunk: Vec<(u64, Vec<u8>)> = Vec::with_capacity(args.chunk);
    'read: loop {
        chunk.clear();
        while chunk.len() < args.chunk.max(1) {
            match lines.next_line() {
                Ok(Some(line)) => chunk.push(line),
                Ok(None) => break,
                Err(e) => return Err(Failure::Runtime(format!("{name}: {e}"))),
            }
        }
        if chunk.is_empty() {
            break;
        }
        let outcomes: Vec<Outcome> = pool.install(|| {
            chunk
                .par_iter()
                .map(|(n, bytes)| {
                    summarize_line(bytes, &format!("{name}:{n}"), &options, &done_ids)
                })
                .collect()
        });
        for ((n, _), outcome) in chunk.iter().zip(outcomes) {
            match outcome {
                Outcome::Done(json) => {
                    out.write_all(json.as_bytes())?;
                    out.write_all(b"\n")?;
                    done += 1;
                }
                Outcome::AlreadyDone => skipped += 1,
                Outcome::Blank => {}
                Outcome::Failed { id, error } => {
                    failed += 1;
                    bar.suspend(|| eprintln!("error: {name}:{n}: {error}"));
                    if let Some(w) = errors.as_mut() {
                        let record = serde_json::json!({ "line": n, "id": id, "error": error });
                        writeln!(w, "{record}")?;
                    }
                    if args.on_error == OnError::Fail {
                        break 'read;
                    }
                }
            }
        }
        bar.set_position(read_bytes.load(Ordering::Relaxed));
        let secs = started.elapsed().as_secs_f64().max(1e-9);
        bar.set_message(format!(
            "{done} clusters, {:.0}/s",
            (done + skipped) as f64 / secs
        ));
    }
    out.finish()?;
    if let Some(w) = errors.as_mut() {
        w.flush()?;
    }
    bar.finish_and_clear();
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "batch: {done} done, {skipped} skipped (already in the output), {failed} failed, {secs:.1} s ({:.0} clusters/s)",
        (done + skipped + failed) as f64 / secs.max(1e-9)
    );
    if failed > 0 && args.on_error == OnError::Fail {
        return Err(Failure::Runtime(
            "stopped at the first failed line (--on-error fail)".into(),
        ));
    }
    Ok(())
}

fn summarize_line(
    bytes: &[u8],
    where_: &str,
    options: &Options,
    done: &HashSet<String>,
) -> Outcome {
    let Ok(line) = std::str::from_utf8(bytes) else {
        return Outcome::Failed {
            id: None,
            error: "not UTF-8 text".into(),
        };
    };
    if line.trim().is_empty() {
        return Outcome::Blank;
    }
    let cluster = match tidings::ingest::parse_cluster_line(line, where_) {
        Ok(c) => c,
        Err(e) => {
            return Outcome::Failed {
                id: None,
                error: e.to_string(),
            }
        }
    };
    if done.contains(&cluster.id) {
        return Outcome::AlreadyDone;
    }
    match tidings::summarize(&cluster, options) {
        Ok(summary) => match serde_json::to_string(&summary) {
            Ok(json) => Outcome::Done(json),
            Err(e) => Outcome::Failed {
                id: Some(cluster.id),
                error: e.to_string(),
            },
        },
        Err(e) => Outcome::Failed {
            id: Some(cluster.id),
            error: e.to_string(),
        },
    }
}

/// Lines as bytes with their numbers: a line that is not UTF-8 is reported, not fatal.
struct LineReader<R> {
    input: R,
    number: u64,
}

impl<R: BufRead> LineReader<R> {
    fn new(input: R) -> Self {
        LineReader { input, number: 0 }
    }

    fn next_line(&mut self) -> io::Result<Option<(u64, Vec<u8>)>> {
        let mut buf = Vec::new();
        if self.input.read_until(b'\n', &mut buf)? == 0 {
            return Ok(None);
        }
        self.number += 1;
        while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
            buf.pop();
        }
        Ok(Some((self.number, buf)))
    }
}

/// Counts the bytes read from the file itself (before decompression) for the progress bar.
struct Counting<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

type Input = (Box<dyn BufRead + Send>, Option<u64>, Arc<AtomicU64>, String);

/// The input, decompressed by its magic bytes (gzip, zstd) whatever its name.
fn open_input(path: Option<&Path>) -> Result<Input, Failure> {
    let count = Arc::new(AtomicU64::new(0));
    let (raw, total, name): (Box<dyn Read + Send>, Option<u64>, String) = match path {
        None => (Box::new(io::stdin()), None, "stdin".into()),
        Some(p) if p.as_os_str() == "-" => (Box::new(io::stdin()), None, "stdin".into()),
        Some(p) => {
            let file = File::open(p)
                .map_err(|e| Failure::Runtime(format!("cannot open {}: {e}", p.display())))?;
            let total = file.metadata().ok().map(|m| m.len());
            (Box::new(file), total, p.display().to_string())
        }
    };
    let mut reader = BufReader::with_capacity(
        1 << 16,
        Counting {
            inner: raw,
            count: Arc::clone(&count),
        },
    );
    let magic = reader.fill_buf()?.get(..4).map(<[u8]>::to_vec);
    let decoded: Box<dyn BufRead + Send> = match magic.as_deref() {
        Some([0x1f, 0x8b, ..]) => Box::new(BufReader::with_capacity(
            1 << 16,
            flate2::bufread::MultiGzDecoder::new(reader),
        )),
        Some([0x28, 0xb5, 0x2f, 0xfd]) => {
            let decoder = ruzstd::decoding::StreamingDecoder::new(reader).map_err(|e| {
                Failure::Runtime(format!("{name}: not a readable zstd stream: {e}"))
            })?;
            Box::new(BufReader::with_capacity(1 << 16, decoder))
        }
        _ => Box::new(reader),
    };
    Ok((decoded, total, count, name))
}

/// The ids OUTPUT already holds; a last line cut short by a crash is removed first.
fn prepare_resume(path: &Path) -> Result<HashSet<String>, Failure> {
    let mut ids = HashSet::new();
    if !path.exists() {
        return Ok(ids);
    }
    if is_gz(path) {
        return Err(Failure::Usage(
            "--resume needs an uncompressed output (.jsonl)".into(),
        ));
    }
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .open(path)
        .map_err(|e| Failure::Runtime(format!("cannot open {}: {e}", path.display())))?;
    let mut reader = BufReader::new(&mut file);
    let mut complete = 0u64;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        let n = reader.read_until(b'\n', &mut buf)?;
        if n == 0 || buf.last() != Some(&b'\n') {
            break;
        }
        #[derive(serde::Deserialize)]
        struct Id {
            id: String,
        }
        match serde_json::from_slice::<Id>(&buf) {
            Ok(r) => {
                ids.insert(r.id);
                complete += n as u64;
            }
            Err(_) => break,
        }
    }
    let len = file.seek(SeekFrom::End(0))?;
    if complete < len {
        eprintln!(
            "warning: {}: dropping {} bytes after the last complete summary (an interrupted run)",
            path.display(),
            len - complete
        );
        file.set_len(complete)?;
    }
    Ok(ids)
}

fn is_gz(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
}

/// Where summaries go; a gzip output gets its trailer written by [`Output::finish`].
enum Output {
    Plain(Box<dyn Write>),
    Gz(flate2::write::GzEncoder<BufWriter<File>>),
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Output::Plain(w) => w.write(buf),
            Output::Gz(w) => w.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Output::Plain(w) => w.flush(),
            Output::Gz(w) => w.flush(),
        }
    }
}

impl Output {
    fn finish(self) -> io::Result<()> {
        match self {
            Output::Plain(mut w) => w.flush(),
            Output::Gz(w) => w.finish()?.flush(),
        }
    }
}

fn open_output(path: Option<&Path>, append: bool) -> Result<Output, Failure> {
    let Some(path) = path else {
        return Ok(Output::Plain(Box::new(BufWriter::new(io::stdout().lock()))));
    };
    let file = OpenOptions::new()
        .create(true)
        .write(true)
        .append(append)
        .truncate(!append)
        .open(path)
        .map_err(|e| Failure::Runtime(format!("cannot write {}: {e}", path.display())))?;
    let file = BufWriter::with_capacity(1 << 16, file);
    Ok(if is_gz(path) {
        Output::Gz(flate2::write::GzEncoder::new(
            file,
            flate2::Compression::default(),
        ))
    } else {
        Output::Plain(Box::new(file))
    })
}

/// Bytes of the input file read, clusters done, rate and ETA, on a terminal; hidden otherwise.
fn progress(total: Option<u64>) -> ProgressBar {
    if !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    match total {
        Some(t) => {
            let bar = ProgressBar::new(t);
            bar.set_style(
                ProgressStyle::with_template(
                    "{bar:30} {percent:>3}%  {msg}  elapsed {elapsed}  eta {eta}",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
            );
            bar
        }
        None => {
            let bar = ProgressBar::new_spinner();
            bar.set_style(
                ProgressStyle::with_template("{spinner} {msg}  elapsed {elapsed}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            bar
        }
    }
}
