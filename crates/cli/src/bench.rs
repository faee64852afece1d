use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

use anyhow::Context;
use tidings::ingest::JsonlReader;
use tidings::{Budget, Options};

use crate::Failure;

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
}

/// Single-threaded, end to end per cluster (cleaning, splitting, analysis, selection),
/// input already in memory: the same work the peer script times per cluster.
pub fn run(args: Args) -> Result<(), Failure> {
    let file = std::fs::File::open(&args.data)
        .with_context(|| format!("opening {}", args.data.display()))?;
    let clusters: Vec<_> = JsonlReader::new(
        args.data.display().to_string(),
        std::io::BufReader::new(file),
    )
    .map(|(_, c)| c)
    .collect::<Result<_, _>>()?;
    let options = Options {
        budget: Budget::words(args.words),
        ..Options::default()
    };
    let mut ours = Vec::with_capacity(clusters.len());
    for c in &clusters {
        let mut best = f64::MAX;
        for _ in 0..args.repeat.max(1) {
            let t = Instant::now();
            let s = tidings::summarize(c, &options)?;
            best = best.min(t.elapsed().as_secs_f64());
            assert!(!s.sentences.is_empty(), "empty summary for {}", c.id);
        }
        ours.push(best);
    }
    let ours_mean = ours.iter().sum::<f64>() / ours.len().max(1) as f64;
    println!(
        "tidings (default method): {} clusters, mean {:.3} ms per cluster",
        clusters.len(),
        ours_mean * 1e3
    );
    let Some(python) = args.peer_python else {
        println!(
            "peer: not run (give --peer-python to time {} in the same session)",
            args.peer
        );
        return Ok(());
    };
    let output = Command::new(&python)
        .arg(&args.peer_script)
        .arg(&args.data)
        .args(["--systems", &args.peer, "--words", &args.words.to_string()])
        .output()
        .with_context(|| format!("running {}", python.display()))?;
    if !output.status.success() {
        return Err(Failure::Runtime(format!(
            "peer run failed: {}",
            String::from_utf8_lossy(&output.stderr)
        )));
    }
    let mut peer = Vec::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let v: serde_json::Value = serde_json::from_str(line).context("peer output line")?;
        if let Some(s) = v["seconds"].as_f64() {
            peer.push(s);
        }
    }
    let peer_mean = peer.iter().sum::<f64>() / peer.len().max(1) as f64;
    println!(
        "{}: {} clusters, mean {:.1} ms per cluster",
        args.peer,
        peer.len(),
        peer_mean * 1e3
    );
    println!(
        "ratio: tidings is {:.0}x faster than {} per cluster",
        peer_mean / ours_mean,
        args.peer
    );
    Ok(())
}
