//! Greedy pairing of gold and predicted events and statements (score.py:
//! `_type_ok`, `_date_ok`, `_preference`, `pair_events`, `pair_statements`).
//!
//! Both build every admissible (gold, prediction) candidate, sort them by
//! preference and take them in that order while both sides are free.  Ties
//! fall to the lower gold index, then the lower prediction index, exactly as
//! Python's sort of `(key, gi, pj)` tuples does.

use crate::normalise::shared_names;
use crate::records::{Event, Statement};

/// The type agrees (or gold has none).
pub(crate) fn type_ok(g: &Event, p: &Event) -> bool {
    !g.has.type_ || g.type_.equals(&p.type_)
}

/// The date agrees (or gold has none, or a null one).
pub(crate) fn date_ok(g: &Event, p: &Event) -> bool {
    !g.has.date || g.date.is_null() || g.date.equals(&p.date)
}

/// Preference of a candidate pair, larger is better: same type, same date,
/// shared participant names, then (not fixed by the spec) same mechanism,
/// same place, shared areas.
fn preference(g: &Event, p: &Event) -> [usize; 6] {
    [
        usize::from(type_ok(g, p)),
        usize::from(date_ok(g, p)),
        shared_names(&g.names, &p.names),
        usize::from(g.has.mechanism && g.mechanism.equals(&p.mechanism)),
        usize::from(g.has.place && g.place.equals(&p.place)),
        g.areas.intersection(&p.areas).count(),
    ]
}

/// Takes candidates in order while both sides are unused.
fn greedy(
    candidates: impl Iterator<Item = (usize, usize)>,
    n_gold: usize,
    n_pred: usize,
) -> Vec<(usize, usize)> {
    let (mut used_g, mut used_p) = (vec![false; n_gold], vec![false; n_pred]);
    let mut pairs = Vec::new();
    for (gi, pj) in candidates {
        if !used_g[gi] && !used_p[pj] {
            used_g[gi] = true;
            used_p[pj] = true;
            pairs.push((gi, pj));
        }
    }
    pairs
}

/// Pairs events with the same CAMEO root and the same set of countries;
/// returns (gold index, prediction index) pairs sorted by gold index.
pub(crate) fn pair_events(gold: &[Event], pred: &[Event]) -> Vec<(usize, usize)> {
    let mut cands = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        let (Some(groot), Some(gc)) = (&g.root, &g.countries) else {
            continue;
        };
        for (pj, p) in pred.iter().enumerate() {
            if p.root.as_ref() == Some(groot) && p.countries.as_ref() == Some(gc) {
                cands.push((std::cmp::Reverse(preference(g, p)), gi, pj));
            }
        }
    }
    cands.sort();
    let mut pairs = greedy(
        cands.into_iter().map(|(_, gi, pj)| (gi, pj)),
        gold.len(),
        pred.len(),
    );
    pairs.sort();
    pairs
}

/// Pairs statements, highest Jaccard first (see [`Statement::matches`]).
pub(crate) fn pair_statements(gold: &[Statement], pred: &[Statement]) -> Vec<(usize, usize)> {
    let mut cands = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pj, p) in pred.iter().enumerate() {
            if let Some(j) = g.matches(p) {
                cands.push((j, gi, pj));
            }
        }
    }
    cands.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    greedy(
        cands.into_iter().map(|(_, gi, pj)| (gi, pj)),
        gold.len(),
        pred.len(),
    )
}
