//! `tidings bench disagreements`: the perturbation benchmark of the disagreement detector.

use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context;
use tidings_eval::perturb::{run, Case, Draw};

use crate::Failure;

#[derive(clap::Args)]
pub struct Args {
    /// JSONL cluster files (e.g. ../shared/data/duc2003_task2.jsonl).
    #[arg(required = true)]
    data: Vec<PathBuf>,
    /// Changed numbers drawn per cluster.
    #[arg(long, default_value_t = 3)]
    numbers: usize,
    /// Changed dates drawn per cluster.
    #[arg(long, default_value_t = 2)]
    dates: usize,
    /// Changed names drawn per cluster.
    #[arg(long, default_value_t = 2)]
    names: usize,
    /// Form-only rewrites (negatives) drawn per cluster.
    #[arg(long, default_value_t = 3)]
    forms: usize,
    /// Seed of the draw.
    #[arg(long, default_value_t = 2026)]
    seed: u64,
    /// Alignment thresholds: number,bare-number,date,name,sentence,copy,days-apart
    /// (default: the detector's own).
    #[arg(long, value_delimiter = ',')]
    thresholds: Option<Vec<f64>>,
    /// Write every case and whether it was reported to this JSONL file.
    #[arg(long)]
    record: Option<PathBuf>,
    /// Print the disagreements reported on untouched clusters.
    #[arg(long)]
    show_false_alarms: bool,
    /// Hand-read partners (tests/fixtures/disagreements/heldout_partners.tsv): also report
    /// recall over the reworded partners read as stating the same fact.
    #[arg(long)]
    partners: Option<PathBuf>,
    /// Fail (exit 1) unless recall over the partners read as the same fact ≥ this.
    #[arg(long, requires = "partners")]
    min_same_recall: Option<f64>,
    /// Hand-read reports on untouched clusters (tests/fixtures/disagreements/
    /// untouched_reports.tsv): also count them by verdict — conflicts and updates between
    /// the reports are real; other facts and reports not read are false alarms.
    #[arg(long)]
    reports: Option<PathBuf>,
    /// Fail (exit 1) unless the untouched-cluster reports read as false, with those not
    /// read, are ≤ this per cluster.
    #[arg(long, requires = "reports")]
    max_read_false_alarms: Option<f64>,
    /// Explain one drawn change instead of running the benchmark: CLUSTER:DOC:START as in
    /// the record (the detector's view of the changed value and its nearest values).
    #[arg(long)]
    explain: Option<String>,
    /// Fail (exit 1) unless recall ≥ this (0–1) …
    #[arg(long)]
    min_recall: Option<f64>,
    /// … and false alarms per untouched cluster ≤ this …
    #[arg(long)]
    max_false_alarms: Option<f64>,
    /// … and the share of form-only rewrites reported ≤ this.
    #[arg(long)]
    max_form_reports: Option<f64>,
}

pub fn run_bench(args: Args) -> Result<(), Failure> {
    let mut clusters = Vec::new();
    for path in &args.data {
        clusters.extend(crate::bench::load(path)?);
    }
    let draw = Draw {
        numbers: args.numbers,
        dates: args.dates,
        names: args.names,
        forms: args.forms,
        seed: args.seed,
    };
    let mut th = tidings::facts::Thresholds::default();
    if let Some(v) = &args.thresholds {
        let [number, bare, date, name, sentence, copy, days] = v[..] else {
            return Err(Failure::Usage("--thresholds takes 7 numbers".into()));
        };
        th = tidings::facts::Thresholds {
            number: number as f32,
            bare_number: bare as f32,
            date: date as f32,
            name: name as f32,
            sentence: sentence as f32,
            copy: copy as f32,
            days_apart: days as i64,
        };
    }
    if let Some(spec) = &args.explain {
        return explain(&clusters, &draw, &th, spec);
    }
    let t = Instant::now();
    let outcome = run(&clusters, &draw, |c| {
        tidings::facts::disagreements_with(c, &tidings::clean_sentences(c), &th)
    });
    let seconds = t.elapsed().as_secs_f64();
    let pct = |(n, r): (usize, usize)| {
        if n == 0 {
            "     –".to_string()
        } else {
            format!("{:5.1}%", 100.0 * r as f64 / n as f64)
        }
    };
    outln!("changed value    partner    cases  reported  recall");
    for kind in ["number", "date", "name"] {
        for (label, reworded) in [("copied", false), ("reworded", true)] {
            let c = outcome.count(|c: &Case| c.kind == kind && c.reworded == reworded);
            outln!("{kind:<16} {label:<9} {:>6} {:>9}  {}", c.0, c.1, pct(c));
        }
    }
    let all = outcome.count(|c: &Case| !c.is_negative());
    outln!(
        "{:<26} {:>6} {:>9}  {}",
        "all changes",
        all.0,
        all.1,
        pct(all)
    );
    let forms = outcome.count(Case::is_negative);
    outln!(
        "form-only rewrites (must not be reported): {} cases, {} reported ({})",
        forms.0,
        forms.1,
        pct(forms).trim()
    );
    let mut same_recall = None;
    if let Some(path) = &args.partners {
        let text =
            std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        let labels = tidings_eval::partners::read_partner_labels(&text)
            .map_err(|e| Failure::Usage(format!("{}: {e}", path.display())))?;
        let c = tidings_eval::partners::check(&outcome, &labels);
        outln!(
            "reworded partners read by hand as the same fact: {} cases, {} reported ({}); as another fact: {} cases, {} reported; {} labels not drawn",
            c.same.0,
            c.same.1,
            pct(c.same).trim(),
            c.other.0,
            c.other.1,
            c.missing
        );
        same_recall = Some(c.same.1 as f64 / c.same.0.max(1) as f64);
    }
    let fa = outcome.false_alarms.len() as f64 / outcome.clusters.max(1) as f64;
    outln!(
        "untouched clusters: {}, disagreements reported on them: {} ({fa:.2} per cluster; all counted as false alarms)",
        outcome.clusters,
        outcome.false_alarms.len()
    );
    let mut read_fa = None;
    let mut report_labels = Vec::new();
    if let Some(path) = &args.reports {
        let text =
            std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        report_labels = tidings_eval::reports::read_report_labels(&text)
            .map_err(|e| Failure::Usage(format!("{}: {e}", path.display())))?;
        let r = tidings_eval::reports::check(&outcome.false_alarms, &report_labels);
        let per = r.false_alarms() as f64 / outcome.clusters.max(1) as f64;
        outln!(
            "of those, read by hand: {} conflicts, {} updated figures, {} other facts or misreadings; {} not read; false (other + not read): {} ({per:.2} per cluster)",
            r.conflict,
            r.update,
            r.other,
            r.unread,
            r.false_alarms()
        );
        read_fa = Some(per);
    }
    outln!(
        "{:.1} s for {} detector runs",
        seconds,
        outcome.clusters + outcome.judged.len()
    );
    if args.show_false_alarms {
        for (cluster, d) in &outcome.false_alarms {
            let values: Vec<String> = d
                .variants
                .iter()
                .map(|v| format!("{:?} ({})", v.value, v.docs[0].doc))
                .collect();
            let read = match tidings_eval::reports::verdict(&report_labels, cluster, d) {
                _ if args.reports.is_none() => "",
                Some(tidings_eval::reports::Verdict::Conflict) => " [conflict]",
                Some(tidings_eval::reports::Verdict::Update) => " [update]",
                Some(tidings_eval::reports::Verdict::Other) => " [other]",
                None => " [not read]",
            };
            outln!(
                "  {cluster} {}{read} «{}»: {}",
                d.kind,
                d.about,
                values.join(" vs ")
            );
        }
    }
    if let Some(path) = &args.record {
        let mut f = std::io::BufWriter::new(
            std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?,
        );
        for j in &outcome.judged {
            serde_json::to_writer(&mut f, j).context("writing the record")?;
            writeln!(f).context("writing the record")?;
        }
    }
    let recall = all.1 as f64 / all.0.max(1) as f64;
    let form_rate = forms.1 as f64 / forms.0.max(1) as f64;
    let mut failed = Vec::new();
    if args.min_recall.is_some_and(|m| recall < m) {
        failed.push(format!("recall {recall:.3} below {:?}", args.min_recall));
    }
    if args.max_false_alarms.is_some_and(|m| fa > m) {
        failed.push(format!(
            "false alarms {fa:.2} above {:?}",
            args.max_false_alarms
        ));
    }
    if let (Some(max), Some(r)) = (args.max_read_false_alarms, read_fa) {
        if r > max {
            failed.push(format!(
                "false alarms read by hand {r:.2} per cluster above {max}"
            ));
        }
    }
    if let (Some(min), Some(r)) = (args.min_same_recall, same_recall) {
        if r < min {
            failed.push(format!("recall over same-fact partners {r:.3} below {min}"));
        }
    }
    if args.max_form_reports.is_some_and(|m| form_rate > m) {
        failed.push(format!(
            "form rewrites reported {form_rate:.3} above {:?}",
            args.max_form_reports
        ));
    }
    if failed.is_empty() {
        Ok(())
    } else {
        Err(Failure::Runtime(failed.join("; ")))
    }
}

/// `--explain CLUSTER:DOC:START`: the drawn change at that place, applied, and the
/// detector's account of it.
fn explain(
    clusters: &[tidings::Cluster],
    draw: &Draw,
    th: &tidings::facts::Thresholds,
    spec: &str,
) -> Result<(), Failure> {
    let parts: Vec<&str> = spec.split(':').collect();
    let [id, doc, start] = parts[..] else {
        return Err(Failure::Usage("--explain takes CLUSTER:DOC:START".into()));
    };
    let (Ok(doc), Ok(start)) = (doc.parse::<usize>(), start.parse::<usize>()) else {
        return Err(Failure::Usage("--explain takes CLUSTER:DOC:START".into()));
    };
    let cluster = clusters
        .iter()
        .find(|c| c.id == id)
        .ok_or_else(|| Failure::Usage(format!("no cluster {id}")))?;
    let pool = tidings_eval::perturb::name_pool(clusters);
    let case = tidings_eval::perturb::cases(cluster, draw, &pool)
        .into_iter()
        .find(|c| c.doc == doc && c.start == start)
        .ok_or_else(|| Failure::Usage(format!("no change drawn at {spec}")))?;
    let changed = case.apply(cluster);
    let sentences = tidings::clean_sentences(&changed);
    let found = tidings::facts::disagreements_with(&changed, &sentences, th);
    outln!(
        "{} {:?} -> {:?} (partner document {}): {}",
        case.kind,
        case.old,
        case.new,
        case.partner,
        if case.reported(&changed, &found) {
            "reported"
        } else {
            "not reported"
        }
    );
    print!(
        "{}",
        tidings::facts::Facts::new(&changed, &sentences).explain_disagreement(th, doc, start)
    );
    Ok(())
}
