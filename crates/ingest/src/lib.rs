//! Turning what the user gives into [`Cluster`]s of [`Document`]s.
//!
//! Paths are directories (every `.txt`, `.md`, `.html`, `.htm` file is one document), single
//! files, or `-` for standard input. `.jsonl`/`.json` files hold one cluster per line in the
//! schema of the evaluation data. A text holding `|||||` is a Multi-News cluster: one document
//! per part. HTML is reduced to its article text by an [`ArticleExtractor`].
//!
//! ```
//! let cluster = tidings_ingest::parse_text("stdin", "First report.|||||Second report.");
//! assert_eq!(cluster.documents.len(), 2);
//! assert_eq!(cluster.documents[1].text, "Second report.");
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod decode;
mod html;
mod jsonl;
mod read;

pub use decode::decode;
pub use html::{html_document, ArticleExtractor, Extracted, ReadabilityExtractor};
pub use jsonl::{parse_cluster_line, parse_cluster_value, DocumentInput, JsonlReader};
pub use read::{read_paths, Input, ReadOptions};

use tidings_core::{Cluster, Document};

/// Separator of documents in a Multi-News cluster text.
pub const MULTI_NEWS_SEPARATOR: &str = "|||||";

/// Splits a Multi-News text into documents; any other text is one document named `id`.
pub fn parse_text(id: &str, text: &str) -> Cluster {
    let documents = if text.contains(MULTI_NEWS_SEPARATOR) {
        text.split(MULTI_NEWS_SEPARATOR)
            .filter(|part| !part.trim().is_empty())
            .enumerate()
            .map(|(i, part)| Document::new(format!("{id}#{i}"), part))
            .collect()
    } else {
        vec![Document::new(id, text)]
    };
    Cluster {
        id: id.to_string(),
        documents,
    }
}

/// Multi-News texts inside a cluster's documents become one document per part.
pub fn expand_multi_news(cluster: &mut Cluster) {
    if !cluster
        .documents
        .iter()
        .any(|d| d.text.contains(MULTI_NEWS_SEPARATOR))
    {
        return;
    }
    let mut out = Vec::new();
    for doc in cluster.documents.drain(..) {
        if doc.text.contains(MULTI_NEWS_SEPARATOR) {
            for mut part in parse_text(&doc.id, &doc.text).documents {
                part.date.clone_from(&doc.date);
                part.path.clone_from(&doc.path);
                part.format = doc.format;
                out.push(part);
            }
        } else {
            out.push(doc);
        }
    }
    cluster.documents = out;
}
