//! Facts in news text, the ground for corroboration and disagreement reports.
//!
//! Today: [`quantities`] finds numbers with what they count ("12-hour meeting", "nearly 10
//! hours", "$800 million", "at least 60 people") and normalizes them, so that different
//! wordings of one value ("12 hours" / "12-hour", "$800 million" / "800 million dollars",
//! "ten" / "10") compare equal while different values do not. Every mention keeps its byte
//! span in the text it came from.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod date;
mod quantity;

pub use date::{dates, resolve, DateMention, DateValue, Precision};
pub use quantity::{quantities, Quantity};
