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
        if redundant(&taken, p) {
            continue;
        }
        let cost = budget.cost(input.text(p.sentence), taken.is_empty());
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
