//! Statements (score.py: `Statement`).

use super::{Ctx, Slot};
use crate::normalise::{jaccard, norm, tokens};
use crate::pyjson::{py_str, Json};
use crate::unicode::prefix;
use std::collections::HashSet;

/// One statement of a record.
#[derive(Debug, Clone)]
pub(crate) struct Statement {
    speaker: Slot<String>,
    org: Slot<String>,
    has_org: bool,
    /// `None`: no usable quote, cannot pair.
    tokens: Option<HashSet<String>>,
    /// `Statement.describe()`.
    pub(crate) description: String,
}

impl Statement {
    pub(crate) fn parse(raw: &Json, idx: usize, ctx: &mut Ctx) -> Statement {
        let mut c = ctx.sub(&format!("statement {idx}"));
        let Some(d) = raw.as_object() else {
            c.bad(format!("statement is {}, not an object", raw.type_name()));
            return Statement {
                speaker: Slot::Invalid,
                org: Slot::Invalid,
                has_org: false,
                tokens: None,
                description: "<invalid statement>".into(),
            };
        };
        let speaker = c
            .field(d, "speaker", "statement", true, true)
            .1
            .map(|s| norm(&s));
        let (has_org, org) = c.field(d, "org", "statement", true, false);
        let quote = match c.field(d, "quote", "statement", false, true).1 {
            Slot::Val(q) => Some(q),
            _ => None,
        };

        let who = [d.get("speaker"), d.get("org")]
            .into_iter()
            .flatten()
            .find(|v| v.truthy())
            .map_or_else(|| "?".to_string(), py_str);
        let q = quote.as_deref().unwrap_or("");
        let q = if q.chars().count() <= 60 {
            q.to_string()
        } else {
            format!("{}...", prefix(q, 57))
        };
        Statement {
            speaker,
            org: org.map(|s| norm(&s)),
            has_org,
            tokens: quote.as_deref().map(tokens),
            description: format!("{}: \"{q}\"", prefix(&who, 40)),
        }
    }

    /// Jaccard of the quotes if gold statement `self` may pair with the
    /// predicted `other` (same speaker, or both null with the same org when
    /// gold has one, and Jaccard >= 0.5).
    pub(crate) fn matches(&self, other: &Statement) -> Option<f64> {
        let (a, b) = (self.tokens.as_ref()?, other.tokens.as_ref()?);
        if self.speaker.is_null() && other.speaker.is_null() {
            if self.has_org && !self.org.equals(&other.org) {
                return None;
            }
        } else if !self.speaker.equals(&other.speaker) {
            return None;
        }
        let j = jaccard(a, b);
        (j >= 0.5).then_some(j)
    }
}
