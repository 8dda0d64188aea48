//! Criticism said in words rather than by a verb of criticism: a
//! spokesperson's rebuttal ("the decision was 'another manifestation of
//! Warsaw's Russophobia'", "'Such decisions have no legal force for us,'
//! Peskov told reporters") in a report on friction between two states.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Deserialize;

use super::args::side;
use super::{is_background, Event, Role};
use crate::Context;

/// Types that report friction: a document without one of them between the
/// two states has no rebuttal to read.
const FRICTION: &[&str] = &[
    "criticism",
    "protest",
    "threat",
    "reduce_relations",
    "coercion",
    "demand",
    "rejection",
    "force_posture",
    "assault",
    "fight",
];

#[derive(Deserialize)]
struct Lexicon {
    words: Vec<String>,
}

fn evaluations() -> &'static AhoCorasick {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    AC.get_or_init(|| {
        let lex: Lexicon = toml::from_str(include_str!("../../evaluations.toml"))
            .expect("bundled evaluations.toml is valid");
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&lex.words)
            .expect("the evaluation words compile")
    })
}

/// An evaluation word standing as a whole word in `s`.
fn evaluates(s: &str) -> bool {
    let b = s.as_bytes();
    evaluations().find_iter(s).any(|m| {
        let before = m.start() == 0 || !b[m.start() - 1].is_ascii_alphanumeric();
        let after = m.end() == b.len() || !b[m.end()].is_ascii_alphanumeric();
        before && after
    })
}

/// Criticisms spoken in sentences that hold no trigger, added to `events`
/// (which already hold the triggered events, merged).
pub(super) fn spoken_criticism(ctx: &Context, events: &mut Vec<Event>) {
    let pairs: BTreeSet<(String, String)> = events
        .iter()
        .filter(|e| FRICTION.contains(&e.kind.as_str()))
        .filter_map(|e| Some((e.source.clone()?, e.target.clone()?)))
        .flat_map(|(a, b)| [(a.clone(), b.clone()), (b, a)])
        .collect();
    if pairs.is_empty() {
        return;
    }
    // sentences that already say a criticism or a rebuff of their own (a
    // threat beside the rebuttal is another act: "... Russophobia, and
    // Russia would respond")
    let told: BTreeSet<usize> = events
        .iter()
        .filter(|e| {
            matches!(
                e.kind.as_str(),
                "criticism" | "rejection" | "protest" | "demand"
            )
        })
        .flat_map(|e| e.sentences.clone())
        .collect();
    let mut found = Vec::new();
    for (i, span) in ctx.doc.sentences.iter().enumerate() {
        let sentence = span.of(ctx.text);
        if told.contains(&i) || !evaluates(sentence) || is_background(ctx, i) {
            continue;
        }
        // the speaker: a person of a state, outside the quotation marks of
        // this sentence or (for a sentence all in quotation marks) the one
        // before
        let Some(a) = super::build::quote_speaker(ctx, i) else {
            continue;
        };
        let Some(own) = ctx.actors[a].country.clone() else {
            continue;
        };
        // whom: a state the sentence names, quotation included, that the
        // document already shows in friction with the speaker's; else the
        // only such state
        let named = side(ctx, *span, None).countries;
        let quoted = ctx
            .quotes
            .iter()
            .filter(|q| span.contains(q.inner))
            .flat_map(|q| side(ctx, q.inner, Some(q.inner)).countries);
        let partners: Vec<&String> = pairs
            .iter()
            .filter(|(s, _)| *s == own)
            .map(|(_, t)| t)
            .collect();
        let target = named
            .into_iter()
            .chain(quoted)
            .find(|c| partners.contains(&c))
            .or_else(|| (partners.len() == 1).then(|| partners[0].clone()));
        let Some(target) = target else { continue };
        let dates = ctx.sentence_dates(i);
        let date = dates.first().cloned();
        // the same state's criticism of the same day: one act, more words
        let same = events.iter_mut().chain(found.iter_mut()).find(|e| {
            e.kind == "criticism"
                && e.source.as_ref() == Some(&own)
                && e.target.as_ref() == Some(&target)
                && match (&e.date, &date) {
                    (Some(x), Some(y)) => x.date == y.date,
                    _ => true,
                }
        });
        if let Some(e) = same {
            e.sentences.insert(i);
            if !e
                .participants
                .iter()
                .any(|r| ctx.actors[r.actor].name == ctx.actors[a].name)
            {
                e.participants.push(Role {
                    actor: a,
                    role: "speaker",
                });
            }
            continue;
        }
        found.push(Event {
            kind: "criticism".into(),
            cameo: "111".into(),
            sentences: BTreeSet::from([i]),
            at: span.start,
            countries: vec![own.clone(), target.clone()],
            source: Some(own),
            target: Some(target),
            participants: vec![Role {
                actor: a,
                role: "speaker",
            }],
            mechanism: None,
            round: None,
            date,
            place: None,
            areas: BTreeSet::new(),
            own_span: None,
            document: None,
            counterpart: None,
            also: false,
        });
    }
    events.extend(found);
    events.sort_by_key(|e| e.at);
}

#[cfg(test)]
mod tests {
    use super::evaluates;

    #[test]
    fn evaluation_words_are_whole_words() {
        assert!(evaluates("The move was illegal and provocative."));
        assert!(evaluates("They have no legal force for us."));
        assert!(!evaluates("The illegality of it was not discussed."));
        assert!(!evaluates("A hostility index"));
    }
}
