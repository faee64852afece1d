use serde::{Deserialize, Serialize};

/// What a summary length is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BudgetUnit {
    /// Whitespace-separated words.
    Words,
    /// Whole sentences.
    Sentences,
    /// Bytes of the summary text, sentences joined by one space (DUC style).
    Bytes,
}

/// The length a summary must fit in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Budget {
    /// Unit of `limit`.
    pub unit: BudgetUnit,
    /// Maximum amount.
    pub limit: usize,
    /// Allow one final sentence to cross the limit.
    pub allow_overflow: bool,
}

impl Default for Budget {
    fn default() -> Self {
        Budget::words(100)
    }
}

impl Budget {
    /// A word budget.
    pub fn words(limit: usize) -> Self {
        Budget {
            unit: BudgetUnit::Words,
            limit,
            allow_overflow: false,
        }
    }

    /// A sentence budget.
    pub fn sentences(limit: usize) -> Self {
        Budget {
            unit: BudgetUnit::Sentences,
            limit,
            allow_overflow: false,
        }
    }

    /// A byte budget.
    pub fn bytes(limit: usize) -> Self {
        Budget {
            unit: BudgetUnit::Bytes,
            limit,
            allow_overflow: false,
        }
    }

    /// The cost of one sentence in this budget's unit; `first` tells whether it opens the summary
    /// (byte budgets count the joining space).
    pub fn cost(&self, text: &str, first: bool) -> usize {
        match self.unit {
            BudgetUnit::Words => count_words(text),
            BudgetUnit::Sentences => 1,
            BudgetUnit::Bytes => text.trim().len() + usize::from(!first),
        }
    }
}

/// Whitespace-separated words, the count every budget and report uses.
pub fn count_words(text: &str) -> usize {
    text.split_whitespace().count()
}
