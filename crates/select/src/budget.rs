use tidings_core::{Budget, BudgetUnit};

use crate::{Pick, SelectionInput};

/// Takes ranked picks in order while they fit `budget`, skipping any that `redundant`
/// rejects against those already taken. With `allow_overflow`, the first pick that does not
/// fit is taken and ends the summary. Never returns nothing when `ranked` is non-empty: if no
/// pick fits at all, the shortest one is returned, since a summary must not be empty.
pub fn fit(
    input: &SelectionInput,
    ranked: &[Pick],
    budget: &Budget,
    redundant: &dyn Fn(&[Pick], &Pick) -> bool,
) -> Vec<Pick> {
    let mut taken: Vec<Pick> = Vec::new();
    let mut used = 0;
    for p in ranked {
        if budget.unit == BudgetUnit::Sentences && taken.len() >= budget.limit {
            break;
        }
        let cost = input.cost_at(p.sentence, budget, taken.is_empty());
        // What cannot fit is skipped before the (costlier) redundancy test.
        if used + cost > budget.limit && !budget.allow_overflow {
            continue;
        }
        if redundant(&taken, p) {
            continue;
        }
        if used + cost <= budget.limit {
            used += cost;
            taken.push(*p);
        } else if budget.allow_overflow {
            taken.push(*p);
            break;
        }
        if used >= budget.limit {
            break;
        }
    }
    if taken.is_empty() {
        if let Some(shortest) = ranked
            .iter()
            .min_by_key(|p| (input.text(p.sentence).len(), p.sentence))
        {
            taken.push(*shortest);
        }
    }
    taken
}

/// Fits the picks of a method that already respected the budget while choosing; when it
/// could take nothing (every sentence longer than the budget), the candidates go to [`fit`]
/// so the shortest one is still returned.
pub fn fit_chosen(input: &SelectionInput, picks: Vec<Pick>, budget: &Budget) -> Vec<Pick> {
    if picks.is_empty() {
        let all: Vec<Pick> = input
            .candidates()
            .into_iter()
            .map(|i| Pick {
                sentence: i,
                score: 0.0,
            })
            .collect();
        return fit(input, &all, budget, &|_, _| false);
    }
    fit(input, &picks, budget, &|_, _| false)
}
