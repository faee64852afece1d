//! Output formats, each a [`Renderer`] writing one [`Summary`] to a sink.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

use std::io::{self, Write};

use tidings_core::Summary;

/// Writes a summary in one format.
pub trait Renderer {
    /// Writes `summary` to `out`.
    fn render(&self, summary: &Summary, out: &mut dyn Write) -> io::Result<()>;
}

/// The summary, one sentence per line.
pub struct Text;
/// Sentences with footnotes naming every source that carries them.
pub struct Markdown;
/// Pretty-printed JSON object.
pub struct Json;
/// One compact JSON object per line.
pub struct JsonLines;

impl Renderer for Text {
    fn render(&self, summary: &Summary, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(summary.text().as_bytes())
    }
}

impl Renderer for Markdown {
    fn render(&self, summary: &Summary, out: &mut dyn Write) -> io::Result<()> {
        let n_docs = summary.documents.len();
        writeln!(out, "## Summary of {}\n", summary.id)?;
        for (i, s) in summary.sentences.iter().enumerate() {
            writeln!(
                out,
                "{} [^{}]\n",
                s.text.split_whitespace().collect::<Vec<_>>().join(" "),
                i + 1
            )?;
        }
        for (i, s) in summary.sentences.iter().enumerate() {
            let docs: std::collections::BTreeSet<&str> =
                s.support.iter().map(|r| r.doc.as_str()).collect();
            let places: Vec<String> = s
                .support
                .iter()
                .map(|r| format!("`{}` bytes {}–{}", r.doc, r.start, r.end))
                .collect();
            writeln!(
                out,
                "[^{}]: {} of {} sources: {}",
                i + 1,
                docs.len(),
                n_docs,
                places.join("; ")
            )?;
        }
        Ok(())
    }
}

impl Renderer for Json {
    fn render(&self, summary: &Summary, out: &mut dyn Write) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut *out, summary)?;
        writeln!(out)
    }
}

impl Renderer for JsonLines {
    fn render(&self, summary: &Summary, out: &mut dyn Write) -> io::Result<()> {
        serde_json::to_writer(&mut *out, summary)?;
        writeln!(out)
    }
}

/// The renderer for a format name (`text`, `markdown`, `json`, `jsonl`).
pub fn by_name(name: &str) -> Option<Box<dyn Renderer>> {
    match name {
        "text" => Some(Box::new(Text)),
        "markdown" | "md" => Some(Box::new(Markdown)),
        "json" => Some(Box::new(Json)),
        "jsonl" => Some(Box::new(JsonLines)),
        _ => None,
    }
}
