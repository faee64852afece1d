use dom_smoothie::{Config, Readability, TextMode};
use tidings_core::{Document, SourceFormat};

/// What an extractor found in a page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extracted {
    /// Headline.
    pub title: Option<String>,
    /// Publication date as the page gives it.
    pub date: Option<String>,
    /// Article text, one block per line.
    pub text: String,
    /// How the text was obtained when the extractor had to fall back.
    pub warning: Option<String>,
}

/// Reduces an HTML page to its article text.
pub trait ArticleExtractor {
    /// Extracts the article of `html`; never fails: a page with no article yields its visible text.
    fn extract(&self, html: &str) -> Extracted;
}

/// Mozilla Readability's algorithm (the `dom_smoothie` port), with the page's visible
/// text as a fallback when no article is found.
#[derive(Debug, Clone, Default)]
pub struct ReadabilityExtractor;

impl ArticleExtractor for ReadabilityExtractor {
    fn extract(&self, html: &str) -> Extracted {
        let extracted = self.extract_once(html);
        if !extracted.text.trim().is_empty() {
            return extracted;
        }
        // A page whose <title> is never closed ("</titavaScript") parses as one huge title
        // holding the rest of the markup as text: parse that text again as the page.
        let doc = dom_query::Document::from(html);
        let title = doc.select("title").text();
        if title.contains("<body") || title.contains("<BODY") {
            let mut again = self.extract_once(&title);
            again.warning =
                Some("malformed <title>; the page was parsed again from its text".into());
            return again;
        }
        extracted
    }
}

impl ReadabilityExtractor {
    fn extract_once(&self, html: &str) -> Extracted {
        let cfg = Config {
            text_mode: TextMode::Formatted,
            max_elements_to_parse: 0,
            ..Default::default()
        };
        let parsed = Readability::new(html, None, Some(cfg)).and_then(|mut r| r.parse());
        match parsed {
            Ok(article) if !article.text_content.trim().is_empty() => Extracted {
                title: non_empty(article.title.to_string()),
                date: article.published_time.map(|d| d.to_string()),
                text: tidy(&article.text_content),
                warning: None,
            },
            _ => {
                let doc = dom_query::Document::from(html);
                let title = non_empty(doc.select("title").text().trim().to_string());
                let body = doc.select("body");
                let text = if body.exists() {
                    body.formatted_text()
                } else {
                    doc.root().formatted_text()
                };
                Extracted {
                    title,
                    date: None,
                    text: tidy(&text),
                    warning: Some(
                        "no article found by Readability; using the page's visible text".into(),
                    ),
                }
            }
        }
    }
}

fn non_empty(s: String) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// One block per line: trims each line and collapses runs of blank lines.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = true;
    for line in text.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            if !blank {
                out.push('\n');
            }
            blank = true;
        } else {
            out.push_str(&line);
            out.push('\n');
            blank = false;
        }
    }
    out
}

/// A document from an HTML page: its text is the extracted article, which every offset indexes.
pub fn html_document(id: &str, html: &str, extractor: &dyn ArticleExtractor) -> Document {
    let extracted = extractor.extract(html);
    Document {
        id: id.to_string(),
        title: extracted.title,
        date: extracted.date,
        path: None,
        text: extracted.text,
        format: SourceFormat::Html,
        warnings: extracted.warning.into_iter().collect(),
    }
}

/// Whether a text looks like an HTML page rather than plain text.
pub(crate) fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start()
        .chars()
        .take(512)
        .collect::<String>()
        .to_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html") || head.contains("<body")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extracts_article_paragraphs_as_lines() {
        let para = "The minister said the talks would resume next week after a long pause in the negotiations. ";
        let html = format!(
            "<html><head><title>Talks resume</title></head><body><nav><a href='/'>Home</a></nav>\
             <article><h1>Talks resume</h1><p>{}</p><p>{}</p></article><footer>Copyright</footer></body></html>",
            para.repeat(3),
            para.repeat(2)
        );
        let doc = html_document("a", &html, &ReadabilityExtractor);
        assert_eq!(doc.title.as_deref(), Some("Talks resume"));
        assert!(doc.text.contains("The minister said"));
        assert!(!doc.text.contains("Copyright"));
        assert!(doc.text.lines().filter(|l| l.contains("minister")).count() >= 2);
    }

    #[test]
    fn page_without_article_falls_back_to_visible_text() {
        let doc = html_document(
            "a",
            "<html><body><p>Short.</p></body></html>",
            &ReadabilityExtractor,
        );
        assert!(doc.text.contains("Short."));
    }
}
