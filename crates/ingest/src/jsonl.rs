use std::io::BufRead;

use serde::Deserialize;
use tidings_core::{Cluster, Document, Error, ErrorKind};

use crate::html::{html_document, ReadabilityExtractor};

#[derive(Deserialize)]
struct RawCluster {
    id: Option<serde_json::Value>,
    documents: Vec<DocumentInput>,
}

/// One document as JSON gives it, in JSONL clusters and in the HTTP API:
/// `{"id"?, "title"?, "date"?, "text" | "html"}` (other keys are ignored).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct DocumentInput {
    /// Identifier (a string or a number); the document's position when absent.
    #[serde(default)]
    pub id: Option<serde_json::Value>,
    /// Headline.
    #[serde(default)]
    pub title: Option<String>,
    /// Publication date, free form.
    #[serde(default)]
    pub date: Option<String>,
    /// Plain text; wins over `html` when both are given.
    #[serde(default)]
    pub text: Option<String>,
    /// An HTML page, reduced to its article text.
    #[serde(default)]
    pub html: Option<String>,
}

impl DocumentInput {
    /// The document at position `index`; `where_` names the input in errors.
    pub fn into_document(self, index: usize, where_: &str) -> Result<Document, Error> {
        let doc_id = id_string(self.id, index.to_string());
        let mut doc = match (self.text, self.html) {
            (Some(text), _) => Document::new(doc_id, text),
            (None, Some(html)) => html_document(&doc_id, &html, &ReadabilityExtractor),
            (None, None) => {
                return Err(Error::new(
                    ErrorKind::Input,
                    format!("{where_}: document {doc_id} has neither \"text\" nor \"html\""),
                ))
            }
        };
        if self.title.is_some() {
            doc.title = self.title;
        }
        if self.date.is_some() {
            doc.date = self.date;
        }
        Ok(doc)
    }
}

fn id_string(v: Option<serde_json::Value>, fallback: String) -> String {
    match v {
        Some(serde_json::Value::String(s)) => s,
        Some(serde_json::Value::Null) | None => fallback,
        Some(other) => other.to_string(),
    }
}

/// Parses one JSONL line `{"id", "documents": [{"id"?, "title"?, "date"?, "text" | "html"}]}`;
/// `where_` names the line in errors (e.g. `data.jsonl:12`).
pub fn parse_cluster_line(line: &str, where_: &str) -> Result<Cluster, Error> {
    cluster_from_raw(serde_json::from_str(line), where_)
}

/// The same for a line already parsed as JSON (callers that also read other keys of it,
/// such as `references`).
pub fn parse_cluster_value(value: &serde_json::Value, where_: &str) -> Result<Cluster, Error> {
    cluster_from_raw(RawCluster::deserialize(value), where_)
}

fn cluster_from_raw(
    raw: Result<RawCluster, serde_json::Error>,
    where_: &str,
) -> Result<Cluster, Error> {
    let raw = raw.map_err(|e| {
        Error::new(
            ErrorKind::Input,
            format!("{where_}: not a cluster object ({e})"),
        )
    })?;
    let id = id_string(raw.id, where_.to_string());
    let mut documents = Vec::with_capacity(raw.documents.len());
    for (i, d) in raw.documents.into_iter().enumerate() {
        documents.push(d.into_document(i, where_)?);
    }
    let mut cluster = Cluster { id, documents };
    crate::expand_multi_news(&mut cluster);
    Ok(cluster)
}

/// Streams clusters from JSONL, one per non-blank line, keeping line numbers for errors.
pub struct JsonlReader<R> {
    source: String,
    lines: std::io::Lines<R>,
    line_no: usize,
}

impl<R: BufRead> JsonlReader<R> {
    /// A reader over `input`, named `source` in errors.
    pub fn new(source: impl Into<String>, input: R) -> Self {
        JsonlReader {
            source: source.into(),
            lines: input.lines(),
            line_no: 0,
        }
    }
}

impl<R: BufRead> Iterator for JsonlReader<R> {
    /// `(line number, cluster or error)`.
    type Item = (usize, Result<Cluster, Error>);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let line = self.lines.next()?;
            self.line_no += 1;
            let where_ = format!("{}:{}", self.source, self.line_no);
            let line = match line {
                Ok(l) => l,
                Err(e) => return Some((self.line_no, Err(Error::io(where_, e)))),
            };
            if line.trim().is_empty() {
                continue;
            }
            return Some((self.line_no, parse_cluster_line(&line, &where_)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_text_and_html_documents() {
        let line = r#"{"id":"c1","documents":[{"id":"a","date":"2016-08-26","text":"One."},{"html":"<p>Two.</p>"}]}"#;
        let c = parse_cluster_line(line, "t:1").unwrap();
        assert_eq!(c.id, "c1");
        assert_eq!(c.documents[0].date.as_deref(), Some("2016-08-26"));
        assert_eq!(c.documents[1].id, "1");
        assert!(c.documents[1].text.contains("Two."));
    }

    #[test]
    fn bad_line_names_its_place() {
        let err = parse_cluster_line("{\"documents\": 3}", "data.jsonl:7").unwrap_err();
        assert!(err.to_string().starts_with("data.jsonl:7"));
    }

    #[test]
    fn reader_skips_blank_lines_and_counts_lines() {
        let data = "\n{\"id\":1,\"documents\":[{\"text\":\"x\"}]}\n";
        let got: Vec<_> = JsonlReader::new("s", data.as_bytes()).collect();
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, 2);
        assert_eq!(got[0].1.as_ref().unwrap().id, "1");
    }
}
