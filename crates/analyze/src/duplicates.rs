//! Near-duplicate sentences: wire copy repeated across outlets, lightly edited.
//!
//! Exact copies (same term set) join their group through a hash map. Other candidates come
//! from an inverted index on the rarest terms of each group's first sentence only, with
//! bounded posting lists, so the cost grows with the number of sentences, not its square,
//! even when thousands of documents carry the same wire copy.
use foldhash::{HashMap, HashMapExt};

/// When two sentences count as the same statement.
#[derive(Debug, Clone)]
pub struct DuplicateOptions {
    /// Minimum Jaccard overlap of the distinct-term sets.
    pub jaccard: f32,
    /// Minimum share of the shorter sentence's terms found in the longer one.
    pub containment: f32,
    /// Sentences with fewer distinct terms only match exactly.
    pub min_terms: usize,
    /// How many of a sentence's rarest terms index it.
    pub index_terms: usize,
    /// Longest posting list kept per term (older entries are compared first, newer dropped).
    pub max_postings: usize,
}

impl Default for DuplicateOptions {
    fn default() -> Self {
        DuplicateOptions {
            jaccard: 0.6,
            containment: 0.85,
            min_terms: 4,
            index_terms: 3,
            max_postings: 256,
        }
    }
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

fn similar(a: &[u32], b: &[u32], o: &DuplicateOptions) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let shared = a.iter().filter(|t| b.contains(t)).count();
    let (small, large) = (a.len().min(b.len()), a.len().max(b.len()));
    if small < o.min_terms {
        return shared == large;
    }
    let jaccard = shared as f32 / (a.len() + b.len() - shared) as f32;
    jaccard >= o.jaccard || shared as f32 / small as f32 >= o.containment
}

/// Groups sentences (given as distinct term ids) that say the same thing. Returns the group
/// of each sentence and the groups, each sorted, in order of their first sentence.
pub fn near_duplicate_groups(
    terms: &[Vec<u32>],
    o: &DuplicateOptions,
) -> (Vec<usize>, Vec<Vec<usize>>) {
    let n = terms.len();
    let vocab = terms
        .iter()
        .flatten()
        .map(|&id| id as usize + 1)
        .max()
        .unwrap_or(0);
    let mut freq = vec![0u32; vocab];
    for t in terms {
        for &id in t {
            freq[id as usize] += 1;
        }
    }
    let mut parent: Vec<usize> = (0..n).collect();
    // Sentences indexed under each of their rarest terms (term ids are dense).
    let mut index: Vec<Vec<usize>> = vec![Vec::new(); vocab];
    let mut exact: HashMap<Vec<u32>, usize> = HashMap::new();
    for (i, t) in terms.iter().enumerate() {
        let mut sorted = t.clone();
        sorted.sort_unstable();
        if !sorted.is_empty() {
            if let Some(&first) = exact.get(&sorted) {
                let root = find(&mut parent, first);
                parent[i] = root;
                continue;
            }
            exact.insert(sorted, i);
        }
        let mut rare: Vec<u32> = t.clone();
        rare.sort_by_key(|&id| (freq[id as usize], id));
        rare.truncate(o.index_terms);
        let mut candidates: Vec<usize> = rare
            .iter()
            .flat_map(|&id| &index[id as usize])
            .copied()
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        let mut joined = false;
        for j in candidates {
            if similar(t, &terms[j], o) {
                let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
                if ri != rj {
                    parent[ri.max(rj)] = ri.min(rj);
                }
                joined = true;
            }
        }
        if !joined {
            for id in rare {
                let postings = &mut index[id as usize];
                if postings.len() < o.max_postings {
                    postings.push(i);
                }
            }
        }
    }
    let mut group_of = vec![0; n];
    let mut groups: Vec<Vec<usize>> = Vec::new();
    // The group of each root, numbered in order of first member.
    let mut root_group = vec![usize::MAX; n];
    for (i, slot) in group_of.iter_mut().enumerate() {
        let r = find(&mut parent, i);
        if root_group[r] == usize::MAX {
            root_group[r] = groups.len();
            groups.push(Vec::new());
        }
        let g = root_group[r];
        *slot = g;
        groups[g].push(i);
    }
    (group_of, groups)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_group_and_others_do_not() {
        let terms = vec![
            vec![1, 2, 3, 4, 5],
            vec![9, 8, 7, 6],
            vec![1, 2, 3, 4, 5, 10],
        ];
        let (group_of, groups) = near_duplicate_groups(&terms, &DuplicateOptions::default());
        assert_eq!(group_of[0], group_of[2]);
        assert_ne!(group_of[0], group_of[1]);
        assert_eq!(groups.len(), 2);
    }
}
