//! Which sentences make the summary.
//!
//! A method is one type implementing [`Selector`]; [`by_name`] is the registry the CLI uses.
//! Selection sees one candidate per near-duplicate group (the group's earliest sentence), so
//! no method can pick the same statement twice.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod budget;
mod centroid;
pub mod concepts;
mod coverage;
mod distribution;
mod graph;
mod lead;
mod mmr;

mod submodular;

pub use budget::{fit, fit_chosen};
pub use centroid::Centroid;
pub use coverage::{Coverage, Ilp};
pub use distribution::{KlSum, SumBasic};
pub use graph::{LexRank, TextRank};
pub use lead::Lead;
pub use mmr::Mmr;
pub use submodular::Submodular;
pub use tidings_analyze::{similarity_rows, SimilarityRows};

use tidings_analyze::Analysis;
use tidings_core::{Budget, Cluster, Sentence};

/// What a selector reads.
pub struct SelectionInput<'a> {
    /// The cluster.
    pub cluster: &'a Cluster,
    /// Kept sentences.
    pub sentences: &'a [Sentence],
    /// Their analysis.
    pub analysis: &'a Analysis,
}

impl SelectionInput<'_> {
    /// The text of sentence `i`.
    pub fn text(&self, i: usize) -> &str {
        let s = &self.sentences[i];
        &self.cluster.documents[s.doc].text[s.span.start..s.span.end]
    }

    /// What sentence `i` costs in `budget` once other sentences precede it.
    pub fn cost(&self, i: usize, budget: &Budget) -> usize {
        self.cost_at(i, budget, false)
    }

    /// What sentence `i` costs in `budget`, `first` in the summary or not; word counts come
    /// from the analysis (the same whitespace count) instead of counting again.
    pub fn cost_at(&self, i: usize, budget: &Budget, first: bool) -> usize {
        match budget.unit {
            tidings_core::BudgetUnit::Words => self.analysis.words[i],
            _ => budget.cost(self.text(i), first),
        }
    }

    /// One sentence per near-duplicate group: the one that comes first in its document
    /// (earliest position, then lowest document index).
    pub fn candidates(&self) -> Vec<usize> {
        self.analysis
            .groups
            .iter()
            .filter_map(|g| {
                g.iter()
                    .copied()
                    .min_by_key(|&i| (self.sentences[i].position, self.sentences[i].doc))
            })
            .collect()
    }
}

/// A chosen sentence and the method's score for it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pick {
    /// Index into the kept sentences.
    pub sentence: usize,
    /// Higher is more central.
    pub score: f64,
}

/// A sentence-selection method.
pub trait Selector: Send + Sync {
    /// The name users pass to `--method`.
    fn name(&self) -> &'static str;
    /// Chooses sentences within `budget`, in order of preference.
    fn select(&self, input: &SelectionInput, budget: &Budget) -> Vec<Pick>;
}

/// Names of the registered methods; the first is the default.
pub const METHODS: &[&str] = &[
    "default",
    "coverage",
    "centroid",
    "ilp",
    "submodular",
    "lexrank",
    "textrank",
    "mmr",
    "sumbasic",
    "klsum",
    "lead",
];

/// The method registered under `name` (`default` is the best measured one).
pub fn by_name(name: &str) -> Option<Box<dyn Selector>> {
    match name {
        "default" => Some(Box::new(Best)),
        "centroid" => Some(Box::new(Centroid::default())),
        "lead" => Some(Box::new(Lead)),
        "lexrank" => Some(Box::new(LexRank)),
        "textrank" => Some(Box::new(TextRank)),
        "mmr" => Some(Box::new(Mmr::default())),
        "sumbasic" => Some(Box::new(SumBasic)),
        "klsum" => Some(Box::new(KlSum)),
        "coverage" => Some(Box::new(Coverage::default())),
        "ilp" => Some(Box::new(Ilp::default())),
        "submodular" => Some(Box::new(Submodular::default())),
        _ => None,
    }
}

/// Concepts must be shared by three documents; with fewer than this many sources there are
/// too few of them (Multi-News, 2–3 outlets per story: MMR measured better there).
const MIN_SOURCES_FOR_CONCEPTS: usize = 4;

/// The best measured combination: concept coverage weighted by centroid quality when there
/// are enough sources to share concepts; MMR for two or three; a single document (a saved
/// page) has no cross-source signal, so the centroid with its single-document settings
/// ranks it.
#[derive(Debug, Clone, Copy)]
pub struct Best;

impl Selector for Best {
    fn name(&self) -> &'static str {
        "default"
    }

    fn select(&self, input: &SelectionInput, budget: &Budget) -> Vec<Pick> {
        if input.analysis.n_docs >= MIN_SOURCES_FOR_CONCEPTS {
            Coverage::default().select(input, budget)
        } else if input.analysis.n_docs > 1 {
            Mmr::default().select(input, budget)
        } else {
            Centroid::default().select(input, budget)
        }
    }
}
