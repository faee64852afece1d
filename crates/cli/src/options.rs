//! The summary options shared by `summarize` and `batch`.
use tidings::{Budget, Options};

#[derive(clap::Args, Clone)]
pub struct OptionArgs {
    /// Summary length in words.
    #[arg(long, conflicts_with_all = ["sentences", "bytes"])]
    words: Option<usize>,
    /// Summary length in sentences.
    #[arg(long, conflicts_with = "bytes")]
    sentences: Option<usize>,
    /// Summary length in bytes (DUC style, e.g. 665).
    #[arg(long)]
    bytes: Option<usize>,
    /// Let one final sentence cross the length budget.
    #[arg(long)]
    allow_overflow: bool,
    /// Selection method: default (concept coverage × centroid quality across sources; the
    /// centroid for one document), coverage, centroid, ilp (exact concept coverage),
    /// submodular, lexrank, textrank, mmr, sumbasic, klsum, lead.
    #[arg(long, default_value = "default")]
    method: String,
    /// Leave out the disagreements between sources.
    #[arg(long)]
    no_disagreements: bool,
    /// Leave out the quotes.
    #[arg(long)]
    no_quotes: bool,
    /// Leave out the timeline.
    #[arg(long)]
    no_timeline: bool,
    /// The summary alone: no disagreements, quotes or timeline.
    #[arg(long)]
    summary_only: bool,
}

impl OptionArgs {
    pub fn options(&self) -> Options {
        // clap already refuses two lengths.
        let mut budget =
            Budget::from_lengths(self.words, self.sentences, self.bytes).unwrap_or_default();
        budget.allow_overflow = self.allow_overflow;
        Options {
            budget,
            method: self.method.clone(),
            reports: tidings::Reports {
                disagreements: !(self.no_disagreements || self.summary_only),
                quotes: !(self.no_quotes || self.summary_only),
                timeline: !(self.no_timeline || self.summary_only),
            },
        }
    }
}
