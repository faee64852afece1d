//! Hand-read partners of the disagreement benchmark: whether a reworded partner sentence
//! states the same fact as the changed one (see tests/fixtures/disagreements/LABELLING.md).
//! Recall over the partners read as the same fact is the figure a user would recognise; the
//! automatic draw also pairs sentences that only share a value.

use crate::perturb::{Case, Outcome};

/// One read case: the change is keyed by where it was made and what it replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerLabel {
    /// Cluster id.
    pub cluster: String,
    /// Index of the changed document.
    pub doc: usize,
    /// Byte of the change in that document.
    pub start: usize,
    /// The value replaced, as written.
    pub value: String,
    /// Index of the partner document.
    pub partner: usize,
    /// The partner states the same fact.
    pub same: bool,
}

impl PartnerLabel {
    fn labels(&self, case: &Case) -> bool {
        case.cluster == self.cluster
            && case.doc == self.doc
            && case.start == self.start
            && case.old == self.value
            && case.partner == self.partner
    }
}

/// Reads the tab-separated labels (`#` starts a comment line).
pub fn read_partner_labels(text: &str) -> Result<Vec<PartnerLabel>, String> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let bad = || {
            format!(
                "line {}: expected cluster, doc, start, value, partner, same|other",
                n + 1
            )
        };
        let [cluster, doc, start, value, partner, label] = fields[..] else {
            return Err(bad());
        };
        let number = |s: &str| s.parse::<usize>().map_err(|_| bad());
        out.push(PartnerLabel {
            cluster: cluster.to_string(),
            doc: number(doc)?,
            start: number(start)?,
            value: value.to_string(),
            partner: number(partner)?,
            same: match label {
                "same" => true,
                "other" => false,
                _ => return Err(bad()),
            },
        });
    }
    Ok(out)
}

/// Counts over the read cases of one run.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Checked {
    /// Partners read as the same fact, and how many of those changes were reported.
    pub same: (usize, usize),
    /// Partners read as another fact, and how many were reported.
    pub other: (usize, usize),
    /// Labels whose case the run did not draw.
    pub missing: usize,
}

/// The run's judged cases matched with the labels.
pub fn check(outcome: &Outcome, labels: &[PartnerLabel]) -> Checked {
    let mut c = Checked::default();
    for label in labels {
        let Some(j) = outcome.judged.iter().find(|j| label.labels(&j.case)) else {
            c.missing += 1;
            continue;
        };
        let tally = if label.same {
            &mut c.same
        } else {
            &mut c.other
        };
        tally.0 += 1;
        tally.1 += usize::from(j.reported);
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_read_and_bad_lines_are_errors() {
        let text = "# comment\nd1\t2\t30\t3,000 people\t4\tsame\nd1\t0\t7\tJuly 14\t1\tother\n";
        let labels = read_partner_labels(text).unwrap();
        assert_eq!(labels.len(), 2);
        assert_eq!(labels[0].value, "3,000 people");
        assert!(labels[0].same && !labels[1].same);
        assert!(read_partner_labels("d1\t2\t30\tx\t4\tmaybe\n").is_err());
        assert!(read_partner_labels("d1\t2\tx\n").is_err());
    }
}
