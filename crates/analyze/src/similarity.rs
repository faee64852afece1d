//! Sparse sentence–sentence cosine similarities through an inverted index, so only pairs
//! that share a term are ever touched.

use crate::SparseVec;

/// Row `i`: `(j, cosine)` for every other sentence `j` sharing a term with `i`, `j` sorted.
pub type SimilarityRows = Vec<Vec<(u32, f32)>>;

/// Pairwise cosines of L2-normalized tf-idf vectors. Terms in more than `max_postings`
/// sentences are skipped: their idf is low, they add little to any cosine, and their
/// postings are what would make the pass quadratic on very large clusters.
pub fn similarity_rows(vectors: &[SparseVec], max_postings: usize) -> SimilarityRows {
    let vocab = vectors
        .iter()
        .flat_map(|v| v.iter().map(|&(t, _)| t as usize + 1))
        .max()
        .unwrap_or(0);
    let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); vocab];
    for (i, v) in vectors.iter().enumerate() {
        for &(t, w) in v {
            postings[t as usize].push((i as u32, w));
        }
    }
    let mut acc = vec![0f32; vectors.len()];
    let mut touched: Vec<u32> = Vec::new();
    vectors
        .iter()
        .enumerate()
        .map(|(i, v)| {
            for &(t, w) in v {
                let list = &postings[t as usize];
                if list.len() > max_postings {
                    continue;
                }
                for &(j, wj) in list {
                    if j as usize != i {
                        if acc[j as usize] == 0.0 {
                            touched.push(j);
                        }
                        acc[j as usize] += w * wj;
                    }
                }
            }
            touched.sort_unstable();
            let row = touched
                .drain(..)
                .map(|j| {
                    let s = acc[j as usize];
                    acc[j as usize] = 0.0;
                    (j, s)
                })
                .collect();
            row
        })
        .collect()
}
