use std::path::PathBuf;
use std::time::Instant;

use clap::Parser;
use tidings::ingest::parse_cluster_value;
use tidings::{Budget, Options};

use tidings_eval::rouge155;

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
    /// Only the first N clusters of DATA (peers are scored on the same clusters).
    #[arg(long)]
    limit: Option<usize>,
    /// `table` (aligned text) or `markdown`.
    #[arg(long, default_value = "table", value_parser = ["table", "markdown"])]
    format: String,
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
    let mut clusters_json = read_jsonl(&args.data)?;
    if let Some(n) = args.limit {
        clusters_json.truncate(n);
    }
    let compat = flags.rouge.compat.is_some();
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
            reports: tidings::Reports::none(),
        };
        let mut seconds = 0.0;
        for (c, cluster) in clusters_json.iter().zip(&clusters) {
            let t = Instant::now();
            let summary = tidings::summarize(cluster, &options)?;
            seconds += t.elapsed().as_secs_f64();
            let text: Vec<&str> = summary.sentences.iter().map(|s| s.text.as_str()).collect();
            outputs.push((id_of(c), system.clone(), text.join("\n")));
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
    let ids: std::collections::HashSet<String> = clusters_json.iter().map(id_of).collect();
    for path in &args.peers {
        for s in read_jsonl(path)? {
            let system = s["system"].as_str().unwrap_or("peer").to_string();
            let summary = s["summary"].as_str().unwrap_or_default().to_string();
            if ids.contains(&id_of(&s)) {
                outputs.push((id_of(&s), system, summary));
            }
        }
    }
    let references = references_of(&clusters_json);
    let rows = if compat {
        // As ../shared/tools/score.py --words N: every summary cut to N words first.
        let words = args.words.unwrap_or(usize::MAX);
        for o in &mut outputs {
            o.2 =
                o.2.split_whitespace()
                    .take(words)
                    .collect::<Vec<_>>()
                    .join(" ");
        }
        let refs = references.into_iter().collect();
        let report = crate::rouge_score::score(&refs, &outputs, false)?;
        rows_of(
            &report,
            "rouge2",
            "f",
            ["rouge1", "rouge2", "rougeL", "rougeLsum"],
            "F",
        )
    } else {
        for o in &mut outputs {
            o.2 = peer_lines(&o.2);
        }
        let refs = prepare_references(&references, &opts);
        let report = score_systems(&refs, &outputs, &opts, false, flags.rouge.eval_ids)?;
        let names: Vec<String> = rouge155::metric_names(&opts)
            .iter()
            .map(|n| n.to_lowercase())
            .collect();
        rows_of(&report, "rouge-2", "recall", names, "R")
    };
    print_rows(&rows, &timing, &args.format)?;
    Ok(())
}

/// A table cell: value and 95 % interval, ×100.
type Cell = (f64, Option<(f64, f64)>);

/// One table: metric columns, then one row per system.
struct Rows {
    columns: Vec<String>,
    /// system -> (value, interval) per column, ×100; sorted by the key metric.
    rows: Vec<(String, Vec<Cell>)>,
}

fn rows_of<S: AsRef<str>>(
    report: &serde_json::Map<String, serde_json::Value>,
    key_metric: &str,
    field: &str,
    metrics: impl IntoIterator<Item = S>,
    label: &str,
) -> Rows {
    let metrics: Vec<String> = metrics
        .into_iter()
        .map(|m| m.as_ref().to_string())
        .collect();
    let mut rows: Vec<(String, Vec<Cell>)> = report
        .iter()
        .map(|(system, m)| {
            let cells = metrics
                .iter()
                .map(|name| {
                    let v = &m[name.as_str()];
                    let value = v[field].as_f64().unwrap_or(0.0) * 100.0;
                    let ci = v[format!("{field}_ci")].as_array().map(|c| {
                        let at = |i: usize| c.get(i).and_then(|x| x.as_f64()).unwrap_or(0.0);
                        (at(0) * 100.0, at(1) * 100.0)
                    });
                    (value, ci)
                })
                .collect();
            (system.clone(), cells)
        })
        .collect();
    let key = metrics.iter().position(|m| m == key_metric).unwrap_or(0);
    rows.sort_by(|a, b| {
        let k = |r: &Vec<Cell>| r.get(key).map_or(0.0, |c| c.0);
        k(&b.1).total_cmp(&k(&a.1)).then(a.0.cmp(&b.0))
    });
    let columns = metrics
        .iter()
        .map(|m| format!("{} {label}", m.to_uppercase()))
        .collect();
    Rows { columns, rows }
}

fn print_rows(rows: &Rows, timing: &[(String, f64)], format: &str) -> std::io::Result<()> {
    let cell = |(v, ci): &Cell| match ci {
        Some((lo, hi)) => format!("{v:.2} ({lo:.2}-{hi:.2})"),
        None => format!("{v:.2}"),
    };
    let ms = |system: &str| {
        timing
            .iter()
            .find(|(s, _)| s == system)
            .map_or(String::new(), |(_, t)| format!("{:.2}", t * 1e3))
    };
    if format == "markdown" {
        outln!("| system | {} | ms/cluster |", rows.columns.join(" | "));
        outln!("|---|{}---|", "---|".repeat(rows.columns.len()));
        for (system, cells) in &rows.rows {
            let cells: Vec<String> = cells.iter().map(cell).collect();
            outln!("| {system} | {} | {} |", cells.join(" | "), ms(system));
        }
        return Ok(());
    }
    let with_ci = rows.rows.iter().flat_map(|r| &r.1).any(|c| c.1.is_some());
    let mut header = format!("{:<24}", "system");
    for c in &rows.columns {
        let c = if with_ci {
            format!("{c} (95% CI)")
        } else {
            c.clone()
        };
        header.push_str(&format!(" {c:>24}"));
    }
    header.push_str("   ms/cluster");
    outln!("{header}");
    for (system, cells) in &rows.rows {
        let mut line = format!("{system:<24}");
        for c in cells {
            line.push_str(&format!(" {:>24}", cell(c)));
        }
        line.push_str(&format!("   {}", ms(system)));
        outln!("{}", line.trim_end());
    }
    Ok(())
}
