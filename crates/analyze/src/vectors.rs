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
    let mut sf = vec![0u32; vocab];
    for t in tokens {
        let mut seen: Vec<u32> = t.clone();
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
            let mut v: SparseVec = Vec::with_capacity(t.len());
            let mut sorted = t.clone();
            sorted.sort_unstable();
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

    #[test]
    fn identical_vectors_have_cosine_one() {
        let v = tfidf(&[vec![1, 2, 2], vec![3]], 4);
        assert!((cosine(&v[0], &v[0]) - 1.0).abs() < 1e-6);
        assert_eq!(cosine(&v[0], &v[1]), 0.0);
    }
}
