use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use tidings_core::{Cluster, Document, Error, ErrorKind};

use crate::html::{html_document, looks_like_html, ReadabilityExtractor};
use crate::jsonl::JsonlReader;

/// Limits on what is read.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Largest single input in bytes; larger ones are an error, not a silent truncation.
    pub max_bytes: u64,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_bytes: 512 * 1024 * 1024,
        }
    }
}

/// What the paths amounted to.
pub enum Input {
    /// One cluster made of every document given.
    Cluster {
        /// The cluster.
        cluster: Cluster,
        /// Files in given directories that were not read, with the reason.
        skipped: Vec<String>,
    },
    /// JSONL sources, one cluster per line.
    Jsonl(Vec<JsonlReader<Box<dyn BufRead>>>),
}

fn is_jsonl(path: &Path) -> bool {
    let name = path.to_string_lossy().to_lowercase();
    name.ends_with(".jsonl") || name.ends_with(".json") || name.ends_with(".ndjson")
}

fn document_kind(path: &Path) -> Option<bool> {
    // Some(true) = HTML, Some(false) = text, None = not a document.
    let ext = path.extension()?.to_string_lossy().to_lowercase();
    match ext.as_str() {
        "html" | "htm" | "xhtml" => Some(true),
        "txt" | "md" | "text" => Some(false),
        _ => None,
    }
}

fn read_limited(name: &str, mut input: impl Read, max: u64) -> Result<Vec<u8>, Error> {
    let mut bytes = Vec::new();
    input
        .by_ref()
        .take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(name.to_string(), e))?;
    if bytes.len() as u64 > max {
        return Err(Error::new(
            ErrorKind::Input,
            format!("{name}: larger than the {max}-byte input limit (--max-input-bytes)"),
        ));
    }
    Ok(bytes)
}

fn document_from_bytes(
    id: &str,
    path: Option<&Path>,
    bytes: &[u8],
    html_hint: Option<bool>,
) -> Result<Vec<Document>, Error> {
    let (text, warning) = crate::decode(id, bytes)?;
    let is_html = html_hint.unwrap_or_else(|| looks_like_html(&text));
    let mut docs = if is_html {
        vec![html_document(id, &text, &ReadabilityExtractor)]
    } else {
        crate::parse_text(id, &text).documents
    };
    for doc in &mut docs {
        doc.path = path.map(|p| p.display().to_string());
        doc.warnings.extend(warning.clone());
    }
    Ok(docs)
}

fn file_id(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Reads the paths given on a command line (`-` is standard input). Either all are JSONL
/// files (clusters) or none is (documents of one cluster); mixing them is a usage error.
pub fn read_paths(paths: &[PathBuf], options: &ReadOptions) -> Result<Input, Error> {
    if paths.is_empty() {
        return Err(Error::new(ErrorKind::Config, "no input given"));
    }
    let jsonl = paths.iter().filter(|p| is_jsonl(p)).count();
    if jsonl > 0 && jsonl < paths.len() {
        return Err(Error::new(
            ErrorKind::Config,
            "JSONL cluster files cannot be mixed with documents in one run",
        ));
    }
    if jsonl > 0 {
        let mut readers = Vec::new();
        for p in paths {
            let f = fs::File::open(p).map_err(|e| Error::io(p.display().to_string(), e))?;
            let r: Box<dyn BufRead> = Box::new(BufReader::new(f));
            readers.push(JsonlReader::new(p.display().to_string(), r));
        }
        return Ok(Input::Jsonl(readers));
    }
    let mut documents = Vec::new();
    let mut skipped = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            let bytes = read_limited("stdin", std::io::stdin().lock(), options.max_bytes)?;
            if bytes.trim_ascii_start().starts_with(b"{") {
                // JSONL on stdin.
                let text = String::from_utf8_lossy(&bytes).into_owned();
                let r: Box<dyn BufRead> = Box::new(std::io::Cursor::new(text.into_bytes()));
                return Ok(Input::Jsonl(vec![JsonlReader::new("stdin", r)]));
            }
            documents.extend(document_from_bytes("stdin", None, &bytes, None)?);
        } else if p.is_dir() {
            let mut entries: Vec<PathBuf> = fs::read_dir(p)
                .map_err(|e| Error::io(p.display().to_string(), e))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|e| e.is_file())
                .collect();
            entries.sort();
            for e in entries {
                let name = file_id(&e);
                if name.starts_with('.') {
                    continue;
                }
                match document_kind(&e) {
                    Some(html) => documents.extend(read_file(&e, Some(html), options)?),
                    None => skipped.push(format!("{}: not a .txt/.md/.html file", e.display())),
                }
            }
        } else {
            documents.extend(read_file(p, document_kind(p), options)?);
        }
    }
    let id = if paths.len() == 1 && paths[0].as_os_str() != "-" {
        file_id(&paths[0])
    } else {
        "cluster".to_string()
    };
    Ok(Input::Cluster {
        cluster: Cluster { id, documents },
        skipped,
    })
}

fn read_file(
    path: &Path,
    html: Option<bool>,
    options: &ReadOptions,
) -> Result<Vec<Document>, Error> {
    let name = path.display().to_string();
    let f = fs::File::open(path).map_err(|e| Error::io(name.clone(), e))?;
    let bytes = read_limited(&name, f, options.max_bytes)?;
    document_from_bytes(&file_id(path), Some(path), &bytes, html)
}
