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
            let single = if docs.len() == 1 {
                " (single source)"
            } else {
                ""
            };
            writeln!(
                out,
                "[^{}]: {} of {} sources{single}: {}",
                i + 1,
                docs.len(),
                n_docs,
                places.join("; ")
            )?;
        }
        sections(summary, out)
    }
}

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The reports after the summary: disagreements, quotes, timeline (those computed).
fn sections(summary: &Summary, out: &mut dyn Write) -> io::Result<()> {
    if let Some(list) = &summary.disagreements {
        writeln!(out, "\n## Where the sources disagree\n")?;
        if list.is_empty() {
            writeln!(out, "No disagreement found.")?;
        }
        for d in list {
            let variants: Vec<String> = d
                .variants
                .iter()
                .map(|v| {
                    let docs: Vec<String> = v
                        .docs
                        .iter()
                        .map(|r| format!("`{}` {}–{}", r.doc, r.start, r.end))
                        .collect();
                    format!("**{}** ({})", flat(&v.value), docs.join(", "))
                })
                .collect();
            writeln!(
                out,
                "- {} — “{}”: {}",
                d.kind,
                flat(&d.about),
                variants.join(" vs ")
            )?;
        }
    }
    if let Some(list) = &summary.quotes {
        writeln!(out, "\n## Quotes\n")?;
        if list.is_empty() {
            writeln!(out, "No quotation found.")?;
        }
        for q in list {
            let docs: std::collections::BTreeSet<&str> =
                q.support.iter().map(|r| r.doc.as_str()).collect();
            writeln!(
                out,
                "- “{}” — {} (`{}` {}–{}; {} of {} sources)",
                flat(&q.text),
                q.speaker.as_deref().unwrap_or("unattributed"),
                q.doc,
                q.start,
                q.end,
                docs.len(),
                summary.documents.len()
            )?;
        }
    }
    if let Some(list) = &summary.timeline {
        writeln!(out, "\n## Timeline\n")?;
        if list.is_empty() {
            writeln!(out, "No dated statement found.")?;
        }
        for t in list {
            let when = match (&t.date, t.precision.as_str()) {
                (Some(d), "day") => d.clone(),
                (Some(d), p) => format!("{p} of {d}"),
                (None, _) => format!("“{}” (relative; no document date)", t.expression),
            };
            writeln!(
                out,
                "- {when}: {} (`{}` {}–{})",
                flat(&t.text),
                t.doc,
                t.start,
                t.end
            )?;
        }
    }
    Ok(())
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
