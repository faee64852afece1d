//! Inputs of `tidings rouge`: cluster / system JSONL as in ../shared/data, or plain text
//! files and directories of them for people whose summaries live in files.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Context;

use crate::rouge::{id_of, read_jsonl};
use crate::Failure;

/// Cluster id -> reference texts.
pub(crate) type References = BTreeMap<String, Vec<String>>;

/// The id a plain text file stands for when it is not in a directory of summaries.
const SINGLE_ID: &str = "1";

/// Peer summaries given as one string are split into sentence lines the way the evaluation
/// harness writes them (`". "` ends a line); this only matters for `-b` and ROUGE-L.
pub(crate) fn peer_lines(summary: &str) -> String {
    summary.replace(". ", ".\n")
}

/// References from cluster JSON values (`{"id", "references": [...]}`).
pub(crate) fn references_of(clusters: &[serde_json::Value]) -> References {
    clusters
        .iter()
        .map(|c| {
            let r = c["references"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|x| x.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default();
            (id_of(c), r)
        })
        .collect()
}

/// Reads every `--refs` path: a cluster JSONL file, a directory whose files are named
/// `ID.anything` (each one reference of cluster ID), or a plain text file (one reference
/// of the single summary being scored).
pub(crate) fn read_references(paths: &[PathBuf]) -> Result<References, Failure> {
    let mut refs = References::new();
    for path in paths {
        if path.is_dir() {
            for (id, text) in text_files(path)? {
                refs.entry(id).or_default().push(text);
            }
        } else if is_jsonl(path)? {
            for (id, r) in references_of(&read_jsonl(path)?) {
                refs.entry(id).or_default().extend(r);
            }
        } else {
            refs.entry(SINGLE_ID.into())
                .or_default()
                .push(read_text(path)?);
        }
    }
    Ok(refs)
}

/// Reads every system path into `(cluster id, system, summary lines)`: a JSONL file of
/// `{"id", "system", "summary"}`, a directory (the system, named after it) of files named
/// `ID.anything`, or a plain text file (a system named after the file, one summary). Plain
/// text keeps its own lines as the summary's sentences; JSONL summaries are split with
/// [`peer_lines`] when `split_lines` (ROUGE-1.5.5), kept as given otherwise (rouge-score).
pub(crate) fn read_systems(
    paths: &[PathBuf],
    split_lines: bool,
) -> Result<Vec<(String, String, String)>, Failure> {
    let mut outputs = Vec::new();
    for path in paths {
        if path.is_dir() {
            let system = file_name(path);
            let files = text_files(path)?;
            for pair in files.windows(2) {
                if pair[0].0 == pair[1].0 {
                    return Err(Failure::Usage(format!(
                        "{}: two summaries for {:?}; system directories hold one file per id",
                        path.display(),
                        pair[0].0
                    )));
                }
            }
            outputs.extend(files.into_iter().map(|(id, t)| (id, system.clone(), t)));
        } else if is_jsonl(path)? {
            for s in read_jsonl(path)? {
                let system = s["system"].as_str().unwrap_or("system").to_string();
                let summary = s["summary"].as_str().unwrap_or_default();
                let summary = match split_lines {
                    true => peer_lines(summary),
                    false => summary.to_string(),
                };
                outputs.push((id_of(&s), system, summary));
            }
        } else {
            let system = file_name(path);
            outputs.push((SINGLE_ID.into(), system, read_text(path)?));
        }
    }
    Ok(outputs)
}

/// JSONL when its first non-blank character opens an object.
fn is_jsonl(path: &Path) -> Result<bool, Failure> {
    let text = read_text(path)?;
    Ok(text.trim_start().starts_with('{'))
}

fn read_text(path: &Path) -> Result<String, Failure> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    String::from_utf8(bytes).map_err(|_| {
        Failure::Usage(format!(
            "{}: not UTF-8 text (summaries and references must be text)",
            path.display()
        ))
    })
}

fn file_name(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    match path.is_dir() {
        true => name,
        false => name.split('.').next().unwrap_or(&name).to_string(),
    }
}

/// `(id, text)` of every regular file in `dir`, sorted; the id is the name up to its first
/// dot. Hidden files are skipped and said so.
fn text_files(dir: &Path) -> Result<Vec<(String, String)>, Failure> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).with_context(|| format!("listing {}", dir.display()))? {
        let path = entry?.path();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('.') || !path.is_file() {
            eprintln!("note: skipped {} (not a summary file)", path.display());
            continue;
        }
        let id = name.split('.').next().unwrap_or(&name).to_string();
        files.push((id, read_text(&path)?));
    }
    if files.is_empty() {
        return Err(Failure::Usage(format!(
            "{}: no summary files in this directory",
            dir.display()
        )));
    }
    files.sort();
    Ok(files)
}
