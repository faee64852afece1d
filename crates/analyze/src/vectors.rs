/// A sparse vector: `(term id, weight)` sorted by term id.
pub type SparseVec = Vec<(u32, f32)>;

/// Cosine of two L2-normalized sparse vectors (their dot product).
pub fn cosine(a: &SparseVec, b: &SparseVec) -> f32 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    dot
}

/// tf-idf vectors with idf over sentences (`ln(1 + n / sf)`), L2-normalized.
pub(crate) fn tfidf(tokens: &[Vec<u32>], vocab: usize) -> Vec<SparseVec> {
    // Each sentence's terms sorted once: runs give the counts, and each run's first
    // position counts the sentence once for the term's sentence frequency.
    let sorted: Vec<Vec<u32>> = tokens
        .iter()
        .map(|t| {
            let mut s = t.clone();
            s.sort_unstable();
            s
        })
        .collect();
    let mut sf = vec![0u32; vocab];
    for s in &sorted {
        for (k, &id) in s.iter().enumerate() {
            if k == 0 || s[k - 1] != id {
                sf[id as usize] += 1;
            }
        }
    }
    let n = tokens.len().max(1) as f32;
    sorted
        .into_iter()
        .map(|sorted| {
            let mut v: SparseVec = Vec::with_capacity(sorted.len());
            for id in sorted {
                match v.last_mut() {
                    Some(last) if last.0 == id => last.1 += 1.0,
                    _ => v.push((id, 1.0)),
                }
            }
            for (id, w) in &mut v {
                *w *= (1.0 + n / sf[*id as usize] as f32).ln();
            }
            let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
            if norm > 0.0 {
                for (_, w) in &mut v {
                    *w /= norm;
                }
            }
            v
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The definition: counts per term, times `ln(1 + n / sf)` with `sf` the sentences
    /// holding the term, L2-normalized.
    fn reference(tokens: &[Vec<u32>], vocab: usize) -> Vec<SparseVec> {
        let mut sf = vec![0u32; vocab];
        for t in tokens {
            let mut seen = t.clone();
            seen.sort_unstable();
            seen.dedup();
            for id in seen {
                sf[id as usize] += 1;
            }
        }
        let n = tokens.len().max(1) as f32;
        tokens
            .iter()
            .map(|t| {
                let mut counts = std::collections::BTreeMap::new();
                for &id in t {
                    *counts.entry(id).or_insert(0.0f32) += 1.0;
                }
                let mut v: SparseVec = counts
                    .into_iter()
                    .map(|(id, c)| (id, c * (1.0 + n / sf[id as usize] as f32).ln()))
                    .collect();
                let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
                if norm > 0.0 {
                    for (_, w) in &mut v {
                        *w /= norm;
                    }
                }
                v
            })
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn tfidf_follows_its_definition(tokens in proptest::collection::vec(proptest::collection::vec(0u32..12, 0..10), 0..8)) {
            proptest::prop_assert_eq!(tfidf(&tokens, 12), reference(&tokens, 12));
        }
    }

    #[test]
    fn identical_vectors_have_cosine_one() {
        let v = tfidf(&[vec![1, 2, 2], vec![3]], 4);
        assert!((cosine(&v[0], &v[0]) - 1.0).abs() < 1e-6);
        assert_eq!(cosine(&v[0], &v[1]), 0.0);
    }
}
