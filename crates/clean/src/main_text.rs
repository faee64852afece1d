//! Where the article is in a saved page: the densest run of prose lines.
//!
//! A page dump is mostly menus, teasers and footers in short lines, with the article as a
//! block of long prose lines. Each line scores + for prose and − for anything else; the
//! run with the highest sum (Kadane's maximum subarray) is the article. Documents that
//! are not page-like (few short lines) are kept whole.
use std::ops::Range;

use crate::line::Line;

/// Words that mark comment sections and reader tools; such a line separates the article
/// from what follows far more than an ordinary menu line.
const BARRIER_WORDS: &[&str] = &[
    "reply",
    "replies",
    "comment",
    "comments",
    "flag",
    "permalink",
    "login",
    "report",
    "score",
    "posted",
    "writes",
    "recommend",
    "recommended",
    "related",
];

fn score(l: &Line) -> f32 {
    if !l.is_prose() && l.words <= 12 && l.key.split(' ').any(|w| BARRIER_WORDS.contains(&w)) {
        return -40.0;
    }
    if l.is_prose() {
        l.words.min(80) as f32
    } else if l.terminal && l.words >= 4 {
        0.0
    } else {
        -(3.0 + l.words.min(20) as f32 / 2.0)
    }
}

fn page_like(lines: &[Line]) -> bool {
    let short = lines.iter().filter(|l| !l.terminal && l.words < 6).count();
    lines.len() >= 12 && short * 100 >= lines.len() * 35
}

/// Indices of the lines that make up the article.
pub(crate) fn article_region(lines: &[Line]) -> Range<usize> {
    if !page_like(lines) {
        return 0..lines.len();
    }
    let (mut best, mut best_range) = (f32::MIN, 0..lines.len());
    let (mut sum, mut start) = (0.0f32, 0);
    for (i, l) in lines.iter().enumerate() {
        if sum <= 0.0 {
            sum = 0.0;
            start = i;
        }
        sum += score(l);
        if sum > best {
            best = sum;
            best_range = start..i + 1;
        }
    }
    if best <= 0.0 {
        return 0..lines.len();
    }
    best_range
}
