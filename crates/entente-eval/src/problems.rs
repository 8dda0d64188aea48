//! Aggregated problems found in predictions or gold files, so that a
//! systematic error does not flood the report (score.py's `Problems`).

use std::collections::HashMap;

/// How many examples of a kind of problem are kept.
const MAX_EXAMPLES: usize = 3;

/// How many kinds of problem the text report lists.
const TEXT_LIMIT: usize = 25;

/// One kind of problem: its message, how often it occurred and where (the
/// first few places).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    message: String,
    count: usize,
    examples: Vec<String>,
}

impl Problem {
    /// The message, e.g. `event: missing 'areas'`.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// How often the problem occurred.
    pub fn count(&self) -> usize {
        self.count
    }

    /// Where it occurred first (at most three places, e.g. `doc-1 event 2`).
    pub fn examples(&self) -> &[String] {
        &self.examples
    }
}

/// Problems in order of first occurrence.
#[derive(Debug, Clone, Default)]
pub struct Problems {
    items: Vec<Problem>,
    /// message -> position in `items`
    index: HashMap<String, usize>,
}

impl Problems {
    pub(crate) fn add(&mut self, message: impl Into<String>, place: impl Into<String>) {
        let message = message.into();
        let i = match self.index.get(&message) {
            Some(&i) => i,
            None => {
                self.index.insert(message.clone(), self.items.len());
                self.items.push(Problem {
                    message,
                    count: 0,
                    examples: Vec::new(),
                });
                self.items.len() - 1
            }
        };
        let item = &mut self.items[i];
        item.count += 1;
        if item.examples.len() < MAX_EXAMPLES {
            item.examples.push(place.into());
        }
    }

    /// Total number of problems, over all kinds.
    pub fn count(&self) -> usize {
        self.items.iter().map(|p| p.count).sum()
    }

    /// The kinds of problem, in order of first occurrence.
    pub fn items(&self) -> &[Problem] {
        &self.items
    }

    /// `Problems.as_list()`.
    pub(crate) fn to_json(&self) -> serde_json::Value {
        let items: Vec<serde_json::Value> = self
            .items
            .iter()
            .map(|p| serde_json::json!({"message": p.message, "count": p.count, "examples": p.examples}))
            .collect();
        serde_json::json!({"count": self.count(), "items": items})
    }

    /// `Problems.lines()`: the report's listing.
    pub(crate) fn lines(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .items
            .iter()
            .take(TEXT_LIMIT)
            .map(|p| {
                format!(
                    "  {:>4}x {} (e.g. {})",
                    p.count,
                    p.message,
                    p.examples.join("; ")
                )
            })
            .collect();
        if self.items.len() > TEXT_LIMIT {
            out.push(format!(
                "  ... {} more kinds (see --json)",
                self.items.len() - TEXT_LIMIT
            ));
        }
        out
    }
}
