//! Meetings of small groupings named by the grouping ("the Quad Foreign
//! Ministers' Meeting", "a Quad summit"): a meeting of its member states,
//! with the people of those states named in the sentence. Groupings are
//! bodies of the knowledge base with a member list; large ones (the G20)
//! are settings, not parties, and give no event.

use std::collections::BTreeSet;

use entente_kb::Target;

use super::{is_background, Event, Role};
use crate::Context;

/// The most members a grouping may have for its meetings to be events.
const SMALL: usize = 6;

/// Meetings named after a grouping, one per sentence that names one.
pub(super) fn grouping_meetings(ctx: &Context) -> Vec<Event> {
    let mut out = Vec::new();
    for m in &ctx.mentions {
        let Some(b) = m.find(|t| match *t {
            Target::Body(b) => Some(b),
            _ => None,
        }) else {
            continue;
        };
        let body = &ctx.kb.bodies[b];
        if body.members.len() < 2 || body.members.len() > SMALL {
            continue;
        }
        let Some(i) = m.sentence else { continue };
        // "Quad Foreign Ministers' Meeting", "Quad summit", "Quad leaders met"
        let after: Vec<&str> = ctx.text[m.span.end..].split_whitespace().take(4).collect();
        let names_meeting = after.iter().any(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            matches!(w.as_str(), "meeting" | "summit" | "met")
        });
        let sentence = ctx.doc.sentences[i].of(ctx.text).to_lowercase();
        let ahead = [
            "will ",
            "next ",
            "upcoming",
            "to host",
            "expected",
            "scheduled",
        ]
        .iter()
        .any(|w| sentence.contains(w));
        if !names_meeting || ahead || is_background(ctx, i) || ctx.quote_at(m.span.start).is_some()
        {
            continue;
        }
        let span = ctx.doc.sentences[i];
        let participants = ctx
            .actor_range(span)
            .filter(|&k| {
                let a = &ctx.actors[k];
                ctx.quote_at(a.span.start).is_none()
                    && a.country.as_ref().is_some_and(|c| body.members.contains(c))
            })
            .map(|k| Role {
                actor: k,
                role: "participant",
            })
            .collect();
        out.push(Event {
            kind: "meeting".into(),
            cameo: "040".into(),
            sentences: BTreeSet::from([i]),
            at: m.span.start,
            countries: body.members.clone(),
            source: None,
            target: None,
            participants,
            mechanism: None,
            round: None,
            date: ctx.sentence_dates(i).first().cloned(),
            place: None,
            areas: BTreeSet::new(),
            own_span: None,
            more_spans: Vec::new(),
            document: None,
            counterpart: None,
            also: false,
            dated_back: false,
            pair_guessed: false,
            aimed_back: false,
        });
    }
    out
}

/// "... the Quad Foreign Ministers' Meeting, which the Secretary hosted with
/// Minister X, Minister Y and Minister Z": meetings read from the same
/// sentence among the grouping's members are that meeting, not one each.
pub(super) fn absorb_sittings(cands: &mut Vec<Event>, grouped: &[Event]) {
    cands.retain(|c| {
        c.kind != "meeting"
            || !grouped.iter().any(|g| {
                g.sentences.iter().any(|s| c.sentences.contains(s))
                    && c.countries.iter().all(|x| g.countries.contains(x))
            })
    });
}
