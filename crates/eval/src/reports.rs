//! Hand-read reports on untouched clusters: the benchmark counts every disagreement found in
//! an unchanged cluster as a false alarm, but real reports of one story do disagree ("wounded
//! 21 Israelis" / "injuring 24 other people"). A reader's verdict on each such report (see
//! tests/fixtures/disagreements/LABELLING.md) says how many are false in the everyday sense.

use tidings_core::Disagreement;

/// A reader's verdict on one report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Two or more variants state one fact about one thing, and the values differ.
    Conflict,
    /// One figure at different times: a later report's newer count.
    Update,
    /// Different facts or things, or a value misread: a false alarm.
    Other,
}

/// One read report, keyed by its cluster, kind and the values of its variants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportLabel {
    /// Cluster id.
    pub cluster: String,
    /// "number", "date", "name".
    pub kind: String,
    /// The variants' values as the detector prints them, sorted, joined by " | ".
    pub values: String,
    /// The reader's verdict.
    pub verdict: Verdict,
}

/// The key a report is labelled by: its variants' values, sorted, joined by " | ".
pub fn values_key(d: &Disagreement) -> String {
    let mut values: Vec<&str> = d.variants.iter().map(|v| v.value.as_str()).collect();
    values.sort_unstable();
    values.join(" | ")
}

/// Reads the tab-separated labels (`#` starts a comment line): cluster, kind, values,
/// conflict|update|other.
pub fn read_report_labels(text: &str) -> Result<Vec<ReportLabel>, String> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let bad = || {
            format!(
                "line {}: expected cluster, kind, values, conflict|update|other",
                n + 1
            )
        };
        let fields: Vec<&str> = line.split('\t').collect();
        let [cluster, kind, values, verdict] = fields[..] else {
            return Err(bad());
        };
        let verdict = match verdict {
            "conflict" => Verdict::Conflict,
            "update" => Verdict::Update,
            "other" => Verdict::Other,
            _ => return Err(bad()),
        };
        out.push(ReportLabel {
            cluster: cluster.to_string(),
            kind: kind.to_string(),
            values: values.to_string(),
            verdict,
        });
    }
    Ok(out)
}

/// The verdict on one report, when it was read.
pub fn verdict(labels: &[ReportLabel], cluster: &str, d: &Disagreement) -> Option<Verdict> {
    let key = values_key(d);
    labels
        .iter()
        .find(|l| l.cluster == cluster && l.kind == d.kind && l.values == key)
        .map(|l| l.verdict)
}

/// Counts of a run's untouched-cluster reports by verdict.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Read {
    /// Read as conflicts.
    pub conflict: usize,
    /// Read as updates of one figure.
    pub update: usize,
    /// Read as different facts or misreadings.
    pub other: usize,
    /// Not read (a report the labels do not know: counted as false until read).
    pub unread: usize,
}

impl Read {
    /// False alarms in the everyday sense: read as other facts, or not read at all.
    pub fn false_alarms(&self) -> usize {
        self.other + self.unread
    }
}

/// The run's untouched-cluster reports matched with the labels.
pub fn check(reports: &[(String, Disagreement)], labels: &[ReportLabel]) -> Read {
    let mut r = Read::default();
    for (cluster, d) in reports {
        match verdict(labels, cluster, d) {
            Some(Verdict::Conflict) => r.conflict += 1,
            Some(Verdict::Update) => r.update += 1,
            Some(Verdict::Other) => r.other += 1,
            None => r.unread += 1,
        }
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use tidings_core::Variant;

    fn report(kind: &str, values: &[&str]) -> Disagreement {
        Disagreement {
            kind: kind.into(),
            about: String::new(),
            variants: values
                .iter()
                .map(|v| Variant {
                    value: v.to_string(),
                    docs: Vec::new(),
                })
                .collect(),
        }
    }

    #[test]
    fn reports_are_matched_by_cluster_kind_and_values() {
        let text = "# comment\nd1\tnumber\t21 | 24\tconflict\nd1\tname\tKenya | Nairobi\tother\n";
        let labels = read_report_labels(text).unwrap();
        assert_eq!(labels.len(), 2);
        let runs = vec![
            ("d1".to_string(), report("number", &["24", "21"])),
            ("d1".to_string(), report("name", &["Nairobi", "Kenya"])),
            ("d2".to_string(), report("number", &["21", "24"])),
        ];
        let r = check(&runs, &labels);
        assert_eq!((r.conflict, r.update, r.other, r.unread), (1, 0, 1, 1));
        assert_eq!(r.false_alarms(), 2);
        assert!(read_report_labels("d1\tnumber\t1 | 2\tmaybe\n").is_err());
        assert!(read_report_labels("d1\tnumber\n").is_err());
    }
}
