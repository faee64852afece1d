//! Summary evaluation. [`rouge155`] reproduces the official ROUGE-1.5.5 Perl script's
//! numbers (tokenization, Porter stemmer, truncation, per-summary rounding, bootstrap
//! resampling with Perl's own random numbers) without Perl.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod labelled;
pub mod partners;
pub mod perturb;
pub mod reports;
pub mod rouge155;
