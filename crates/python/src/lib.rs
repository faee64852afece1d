//! `tidings._tidings`: the Rust side of the Python package. Documents and summaries cross
//! the boundary as JSON text (the schema of `tidings summarize --format json`), which the
//! Python side (`python/tidings/__init__.py`) turns into objects; errors are `TidingsError`
//! with the library's message.
#![forbid(unsafe_code)]

use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use rayon::prelude::*;
use tidings::{Budget, Cluster, Options, Reports};
use tidings_ingest::DocumentInput;

// The same allocator as the CLI: summarizing allocates many small strings (Rust's own
// allocations only; Python's objects keep Python's allocator).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

create_exception!(
    _tidings,
    TidingsError,
    PyValueError,
    "A cluster tidings cannot summarize, or an option it does not know."
);

/// The summary options, as the Python side (`tidings._options`) passes them: a dict with
/// every key.
#[derive(FromPyObject)]
#[pyo3(from_item_all)]
struct OptionsArg {
    words: Option<usize>,
    sentences: Option<usize>,
    bytes: Option<usize>,
    method: String,
    allow_overflow: bool,
    disagreements: bool,
    quotes: bool,
    timeline: bool,
}

impl OptionsArg {
    fn options(self) -> PyResult<Options> {
        let mut budget = Budget::from_lengths(self.words, self.sentences, self.bytes)
            .map_err(|e| TidingsError::new_err(e.to_string()))?;
        budget.allow_overflow = self.allow_overflow;
        Ok(Options {
            budget,
            method: self.method,
            reports: Reports {
                disagreements: self.disagreements,
                quotes: self.quotes,
                timeline: self.timeline,
            },
        })
    }
}

/// One cluster from its id and its documents as JSON (`[{"id"?, "title"?, "date"?, "text" |
/// "html"}]`), summarized to the JSON of `tidings summarize --format json`.
fn summarize_one(id: &str, documents_json: &str, options: &Options) -> Result<String, String> {
    let inputs: Vec<DocumentInput> = serde_json::from_str(documents_json)
        .map_err(|e| format!("cluster {id:?}: documents are not a list of documents: {e}"))?;
    let mut documents = Vec::with_capacity(inputs.len());
    for (i, d) in inputs.into_iter().enumerate() {
        documents.push(
            d.into_document(i, &format!("cluster {id:?}, document {i}"))
                .map_err(|e| e.to_string())?,
        );
    }
    let cluster = Cluster {
        id: id.to_string(),
        documents,
    };
    let summary = tidings::summarize(&cluster, options).map_err(|e| e.to_string())?;
    serde_json::to_string(&summary).map_err(|e| e.to_string())
}

/// Summarizes one cluster; returns the summary as JSON text.
#[pyfunction]
fn summarize_json(
    py: Python<'_>,
    id: String,
    documents_json: String,
    options: OptionsArg,
) -> PyResult<String> {
    let options = options.options()?;
    py.detach(|| summarize_one(&id, &documents_json, &options))
        .map_err(TidingsError::new_err)
}

/// Summarizes many clusters, `(id, documents_json)` each, on `threads` threads (all cores
/// when None) without the GIL. Returns, in input order, `(summary_json, None)` or
/// `(None, error message)` per cluster, so one bad cluster does not lose the others.
#[pyfunction]
#[pyo3(signature = (clusters, options, threads=None))]
#[allow(clippy::type_complexity)]
fn summarize_many_json(
    py: Python<'_>,
    clusters: Vec<(String, String)>,
    options: OptionsArg,
    threads: Option<usize>,
) -> PyResult<Vec<(Option<String>, Option<String>)>> {
    let options = options.options()?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or(0))
        .build()
        .map_err(|e| TidingsError::new_err(format!("cannot start threads: {e}")))?;
    let results: Vec<Result<String, String>> = py.detach(|| {
        pool.install(|| {
            clusters
                .par_iter()
                .map(|(id, docs)| summarize_one(id, docs, &options))
                .collect()
        })
    });
    Ok(results
        .into_iter()
        .map(|r| match r {
            Ok(json) => (Some(json), None),
            Err(e) => (None, Some(e)),
        })
        .collect())
}

/// Recall, precision, F of one metric.
type RecallPrecisionF = (f64, f64, f64);

/// ROUGE-1.5.5 scores of one summary against references (sentences one per line), as
/// `{metric: (recall, precision, f)}`.
#[pyfunction]
#[pyo3(signature = (summary, references, *, n=2, stem=true, rouge_l=true, skip=None,
    skip_unigrams=false, words=0, bytes=0, alpha=0.5))]
#[allow(clippy::too_many_arguments)]
fn rouge(
    summary: &str,
    references: Vec<String>,
    n: usize,
    stem: bool,
    rouge_l: bool,
    skip: Option<i64>,
    skip_unigrams: bool,
    words: usize,
    bytes: usize,
    alpha: f64,
) -> PyResult<Vec<(String, RecallPrecisionF)>> {
    if references.is_empty() {
        return Err(TidingsError::new_err("rouge needs at least one reference"));
    }
    if !(1..=9).contains(&n) {
        return Err(TidingsError::new_err("n must be between 1 and 9"));
    }
    let opts = tidings_eval::rouge155::Options {
        max_n: n,
        rouge_l,
        stem,
        skip_distance: skip,
        skip_unigrams,
        words,
        bytes,
        alpha,
        ..Default::default()
    };
    let refs: Vec<&str> = references.iter().map(String::as_str).collect();
    Ok(tidings_eval::rouge155::score_summary(summary, &refs, &opts)
        .into_iter()
        .map(|m| (m.metric, (m.score.recall, m.score.precision, m.score.f)))
        .collect())
}

/// The selection methods.
#[pyfunction]
fn methods() -> Vec<&'static str> {
    tidings::METHODS.to_vec()
}

#[pymodule]
fn _tidings(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("TidingsError", m.py().get_type::<TidingsError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_function(wrap_pyfunction!(summarize_json, m)?)?;
    m.add_function(wrap_pyfunction!(summarize_many_json, m)?)?;
    m.add_function(wrap_pyfunction!(rouge, m)?)?;
    m.add_function(wrap_pyfunction!(methods, m)?)?;
    Ok(())
}
