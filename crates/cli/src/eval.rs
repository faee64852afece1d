use std::path::PathBuf;
use std::time::Instant;

use clap::Parser;
use tidings::ingest::parse_cluster_value;
use tidings::{Budget, Options};

use crate::rouge::{id_of, options, prepare_references, read_jsonl, score_systems};
use crate::rouge_input::{peer_lines, references_of};
use crate::Failure;

#[derive(clap::Args)]
pub struct Args {
    /// Clusters with references (JSONL), e.g. ../shared/data/duc2003_task2.jsonl.
    data: PathBuf,
    /// Our methods to run (repeat or comma-separate).
    #[arg(long = "method", value_delimiter = ',', default_values_t = ["default".to_string()])]
    methods: Vec<String>,
    /// Peer outputs to score in the same run (`{"id","system","summary"}` JSONL).
    #[arg(long)]
    peers: Vec<PathBuf>,
    /// Summary length in words.
    #[arg(long, conflicts_with = "bytes")]
    words: Option<usize>,
    /// Summary length in bytes.
    #[arg(long)]
    bytes: Option<usize>,
    /// ROUGE-1.5.5 flags (as for `tidings rouge`).
    #[arg(
        long,
        allow_hyphen_values = true,
        default_value = "-n 2 -x -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -l 100"
    )]
    flags: String,
    /// Also write our summaries as `{"id","system","summary"}` JSONL here.
    #[arg(long)]
    save: Option<PathBuf>,
}

/// The flags parsed exactly as `tidings rouge` parses them.
#[derive(Parser)]
struct RougeFlags {
    #[command(flatten)]
    rouge: crate::rouge::Args,
}

/// Summarizes every cluster with each method, scores ours and the peers in one run, and prints
/// one table sorted by ROUGE-2 recall.
pub fn run(args: Args) -> Result<(), Failure> {
    let mut argv = vec!["eval-flags", "--refs"];
    let data = args.data.to_string_lossy().into_owned();
    argv.push(&data);
    argv.extend(args.flags.split_whitespace());
    argv.push("-");
    let flags =
        RougeFlags::try_parse_from(&argv).map_err(|e| Failure::Usage(format!("--flags: {e}")))?;
    let opts = options(&flags.rouge)?;
    let clusters_json = read_jsonl(&args.data)?;
    let refs = prepare_references(&references_of(&clusters_json), &opts);
    let budget = match (args.words, args.bytes) {
        (_, Some(b)) => Budget::bytes(b),
        (Some(w), _) => Budget::words(w),
        _ => Budget::words(100),
    };
    // Read every cluster once, whatever the number of methods.
    let clusters = clusters_json
        .iter()
        .enumerate()
        .map(|(i, c)| parse_cluster_value(c, &format!("{}:{}", data, i + 1)))
        .collect::<Result<Vec<_>, _>>()?;
    let mut outputs: Vec<(String, String, String)> = Vec::new();
    let mut timing: Vec<(String, f64)> = Vec::new();
    for method in &args.methods {
        let system = format!("tidings-{method}");
        let options = Options {
            budget,
            method: method.clone(),
        };
        let mut seconds = 0.0;
        for (c, cluster) in clusters_json.iter().zip(&clusters) {
            let t = Instant::now();
            let summary = tidings::summarize(cluster, &options)?;
            seconds += t.elapsed().as_secs_f64();
            let text: Vec<&str> = summary.sentences.iter().map(|s| s.text.as_str()).collect();
            outputs.push((id_of(c), system.clone(), peer_lines(&text.join("\n"))));
        }
        timing.push((system, seconds / clusters_json.len().max(1) as f64));
    }
    if let Some(path) = &args.save {
        let lines: Vec<String> = outputs
            .iter()
            .map(|(id, system, summary)| {
                serde_json::json!({"id": id, "system": system, "summary": summary}).to_string()
            })
            .collect();
        std::fs::write(path, lines.join("\n") + "\n")?;
    }
    for path in &args.peers {
        for s in read_jsonl(path)? {
            let system = s["system"].as_str().unwrap_or("peer").to_string();
            let summary = peer_lines(s["summary"].as_str().unwrap_or_default());
            outputs.push((id_of(&s), system, summary));
        }
    }
    let report = score_systems(&refs, &outputs, &opts, false, flags.rouge.eval_ids)?;
    print_table(&report, &timing);
    Ok(())
}

fn print_table(report: &serde_json::Map<String, serde_json::Value>, timing: &[(String, f64)]) {
    let metric = |m: &serde_json::Value, name: &str, field: &str| {
        m.get(name)
            .and_then(|x| x[field].as_f64())
            .map(|v| 100.0 * v)
    };
    let mut rows: Vec<(&String, &serde_json::Value)> = report.iter().collect();
    rows.sort_by(|a, b| {
        let key = |m: &serde_json::Value| metric(m, "rouge-2", "recall").unwrap_or(0.0);
        key(b.1).total_cmp(&key(a.1)).then(a.0.cmp(b.0))
    });
    let names: Vec<String> = rows
        .first()
        .and_then(|r| r.1.as_object())
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default();
    let mut header = format!("{:<24}", "system");
    for n in &names {
        header.push_str(&format!(
            " {:>24}",
            format!("{} R (95% CI)", n.to_uppercase())
        ));
    }
    header.push_str("   ms/cluster");
    println!("{header}");
    for (system, m) in rows {
        let mut line = format!("{system:<24}");
        for n in &names {
            let r = metric(m, n, "recall").unwrap_or(0.0);
            let ci = &m[n.as_str()]["recall_ci"];
            let (lo, hi) = (
                ci[0].as_f64().unwrap_or(0.0) * 100.0,
                ci[1].as_f64().unwrap_or(0.0) * 100.0,
            );
            line.push_str(&format!(" {:>24}", format!("{r:.2} ({lo:.2}-{hi:.2})")));
        }
        if let Some((_, t)) = timing.iter().find(|(s, _)| s == system) {
            line.push_str(&format!("   {:.2}", t * 1e3));
        }
        println!("{line}");
    }
}
