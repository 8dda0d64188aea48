//! Stage 5: events. Triggers become candidate events with their arguments;
//! candidates that describe one real-world interaction are merged; events
//! without a date or place of their own take those of the occasion they
//! belong to.

mod args;
mod build;
mod documents;
mod groupings;
mod merge;
mod occasions;
mod visit_days;

use std::collections::BTreeSet;
use std::sync::OnceLock;

use entente_core::record::{EventRecord, Evidence, Participant, Place};
use entente_core::Span;
use entente_kb::Kb;
use regex::Regex;

use crate::dates::EventDate;
use crate::triggers::{self, Found};
use crate::Context;
use occasions::{
    attach_people, exercise_dates, inherit, pledges_follow_their_occasion, visit_places,
};

/// A participant of an event: an actor index and a role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    pub actor: usize,
    pub role: &'static str,
}

/// An event under construction.
#[derive(Debug, Clone)]
pub struct Event {
    pub kind: String,
    pub cameo: String,
    /// Evidence sentences (indices), in order.
    pub sentences: BTreeSet<usize>,
    /// Where the first trigger stands (document offset).
    pub at: usize,
    pub countries: Vec<String>,
    pub source: Option<String>,
    pub target: Option<String>,
    pub participants: Vec<Role>,
    pub mechanism: Option<usize>,
    pub round: Option<u32>,
    pub date: Option<EventDate>,
    pub place: Option<(String, Option<String>)>,
    pub areas: BTreeSet<String>,
    /// The span after the trigger whose areas belong to this event alone
    /// (a pledge's object, a signed document's subject).
    pub own_span: Option<Span>,
    /// The own spans of pledges merged into this one (rule 7: the areas
    /// of one meeting's pledges are their union).
    pub more_spans: Vec<Span>,
    /// What tells two agreements apart: the document's name.
    pub document: Option<String>,
    /// The counterpart of a per-counterpart meeting.
    pub counterpart: Option<usize>,
    /// The event was built from a sentence saying "also".
    pub also: bool,
    /// Dated back from the main clause ("..., a day after X"): a cause
    /// told in passing, whose day later events do not inherit.
    pub dated_back: bool,
    /// No state was named for it: its states are the report's main pair,
    /// a guess the occasion it belongs to may correct.
    pub pair_guessed: bool,
    /// Its object is something told before ("denounced the remarks"): it
    /// is aimed where the act told before it was.
    pub aimed_back: bool,
}

impl Event {
    /// The record of this event, as the contract shapes it.
    pub fn into_record(self, ctx: &Context) -> EventRecord {
        let mut countries = self.countries.clone();
        countries.sort();
        countries.dedup();
        let mut participants: Vec<Participant> = Vec::new();
        for r in &self.participants {
            let a = &ctx.actors[r.actor];
            if participants.iter().any(|p| p.name == a.name) {
                continue;
            }
            participants.push(Participant {
                name: a.name.clone(),
                title: a.title.clone(),
                country: a.country.clone(),
                role: Some(r.role.to_string()),
            });
        }
        let evidence = self
            .sentences
            .iter()
            .map(|&i| {
                let s = ctx.doc.sentences[i];
                Evidence {
                    start: s.start,
                    end: s.end,
                }
            })
            .collect();
        EventRecord {
            kind: self.kind,
            cameo: self.cameo,
            date: self.date.as_ref().map(|d| d.date.clone()),
            end_date: self.date.and_then(|d| d.end),
            place: self.place.map(|(name, country)| Place { name, country }),
            countries,
            source: self.source,
            target: self.target,
            participants,
            mechanism: self.mechanism.map(|m| ctx.kb.mechanisms[m].name.clone()),
            areas: self.areas.into_iter().collect(),
            evidence,
            round: self.round,
            status: None,
        }
    }
}

/// Finds, builds and merges the events of a document.
pub fn extract(ctx: &Context) -> Vec<Event> {
    let mut cands = Vec::new();
    for (i, span) in ctx.doc.sentences.iter().enumerate() {
        let sentence = span.of(ctx.text);
        // triggers first: most sentences have none, and then their dates
        // need not be read
        let found = triggers::find(sentence);
        if found.is_empty() || is_background(ctx, i) {
            continue;
        }
        let found = prefer_specific(&found);
        let spans: Vec<(usize, usize)> = found.iter().map(|f| (f.start, f.end)).collect();
        for f in found {
            cands.extend(build::build(ctx, i, *span, sentence, f, &spans));
        }
    }
    let grouped = groupings::grouping_meetings(ctx);
    groupings::absorb_sittings(&mut cands, &grouped);
    cands.extend(grouped);
    cands.sort_by_key(|e| e.at);
    aim_back(&mut cands);
    let mut events = merge::merge(ctx, cands);
    attach_people(ctx, &mut events);
    occasions::sittings_join_their_round(ctx, &mut events);
    pledges_follow_their_occasion(ctx, &mut events);
    exercise_dates(ctx, &mut events);
    occasions::exercise_parties(ctx, &mut events);
    visit_places(ctx, &mut events);
    visit_days::visit_days(ctx, &mut events);
    let mut events = merge::merge(ctx, events);
    merge::posts_join_their_occasion(ctx, &mut events);
    inherit(ctx, &mut events);
    // "during the State Visit of President X in December 2024", "the
    // roadmap adopted during Modi's visit to Paris in July 2023": an act
    // dated only by a month or a year that ended over a month before the
    // report is background it recalls (rule 4)
    if let Some(anchor) = ctx.anchor {
        events.retain(|e| {
            !e.date
                .as_ref()
                .is_some_and(|d| long_before(&d.date, anchor))
        });
    }
    // a directed act is between its source and its target: other states
    // in its sentence are context ("North Korea warned the United States
    // ... and heaped scorn on South Korea's defence minister")
    for e in events.iter_mut() {
        if let (Some(s), Some(t)) = (&e.source, &e.target) {
            if s != t {
                e.countries = vec![s.clone(), t.clone()];
            }
        }
    }
    events
}

/// Whether a month or year date (`YYYY-MM`, `YYYY`) ended more than 31
/// days before `anchor`; a day's date never is.
fn long_before(date: &str, anchor: chrono::NaiveDate) -> bool {
    use chrono::NaiveDate;
    let end = match date.len() {
        7 => NaiveDate::parse_from_str(&format!("{date}-01"), "%Y-%m-%d")
            .ok()
            .and_then(|d| d.checked_add_months(chrono::Months::new(1)))
            .and_then(|d| d.pred_opt()),
        4 => date
            .parse::<i32>()
            .ok()
            .and_then(|y| NaiveDate::from_ymd_opt(y, 12, 31)),
        _ => None,
    };
    end.is_some_and(|e| (anchor - e).num_days() > 31)
}

/// Acts on something told before ("Egypt also condemned the remarks") take
/// the target of the first act the report tells, as friction stories lead
/// with the act the others answer (the first aimed elsewhere than their
/// source); with none, they are dropped.
fn aim_back(cands: &mut Vec<Event>) {
    let mut keep = vec![true; cands.len()];
    for k in 0..cands.len() {
        if !cands[k].aimed_back {
            continue;
        }
        let source = cands[k].countries.first().cloned();
        // a threat answers an act done to its source: aimed at the doer
        let answered = (cands[k].kind == "threat")
            .then(|| {
                (0..k).find_map(|j| {
                    cands[j]
                        .source
                        .clone()
                        .filter(|_| cands[j].target == source)
                        .filter(|s| Some(s) != source.as_ref())
                })
            })
            .flatten();
        let target = answered.or_else(|| {
            (0..k).find_map(|j| {
                cands[j]
                    .target
                    .clone()
                    .filter(|t| Some(t) != source.as_ref())
            })
        });
        match target {
            Some(t) => {
                cands[k].source = source;
                cands[k].countries.push(t.clone());
                cands[k].target = Some(t);
            }
            None => keep[k] = false,
        }
    }
    let mut it = keep.iter();
    cands.retain(|_| *it.next().expect("one flag per event"));
}

/// Drops weaker triggers when a sentence holds stronger ones: "met ... in
/// a phone call" is a call; a mechanism sentence's "met" is the round.
pub(super) fn prefer_specific<'a>(found: &'a [Found<'static>]) -> Vec<&'a Found<'static>> {
    let has = |k: &str| found.iter().any(|f| f.rule.kind == k);
    found
        .iter()
        .filter(|f| !(f.rule.kind == "meeting" && has("phone_call")))
        .collect()
}

pub(super) fn background_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i-u)\b(?:as outlined in|as envisaged in|recalled|recalling|was launched in|were launched in|established in|last (?:round|meeting|edition|session) (?:was|took place|had been)|last (?:met|spoke|visited)|previous (?:round|meeting|edition|session)|first held in|since its inception|dates back|in recent years|that (?:january|february|march|april|may|june|july|august|september|october|november|december|year|summer|spring|autumn|winter))\b").unwrap()
    })
}

fn year_when_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?i-u)\b(?:since|in) (?:19|20)[0-9][0-9],? when\b").unwrap())
}

/// A sentence that only recalls earlier events: a background phrase, or a
/// date well before the report's own day.
pub(super) fn is_background(ctx: &Context, i: usize) -> bool {
    let sentence = ctx.doc.sentences[i].of(ctx.text);
    // "recalled its ambassador" is an act, not a recollection
    let envoy = |w: &str| {
        matches!(
            w.to_lowercase().trim_end_matches([',', '.']),
            "ambassador" | "envoy" | "envoys" | "ambassadors" | "diplomats"
        )
    };
    // ("The Dutch ambassador to Turkey was recalled for consultations")
    let envoy_recalled = |m: regex::Match| {
        let before: Vec<&str> = sentence[..m.start()]
            .split_whitespace()
            .rev()
            .take(8)
            .collect();
        matches!(
            before.first().copied(),
            Some("was" | "were" | "been" | "being")
        ) && before.iter().any(|w| envoy(w))
    };
    let recall_of_envoy = |m: regex::Match| {
        m.as_str().eq_ignore_ascii_case("recalled")
            && (sentence[m.end()..].split_whitespace().take(4).any(envoy) || envoy_recalled(m))
    };
    if background_re()
        .find_iter(sentence)
        .any(|m| !recall_of_envoy(m))
    {
        return true;
    }
    // "at a low since 2021, when Prague expelled ...": a year's clause
    // (searched only where "when" stands: "in" and "since" are everywhere)
    if sentence.contains(" when ") && year_when_re().is_match(sentence) {
        return true;
    }
    let Some(anchor) = ctx.anchor else {
        return false;
    };
    let ds = ctx.sentence_dates(i);
    !ds.is_empty()
        && ds.iter().all(|d| {
            d.first_day()
                .is_some_and(|x| (anchor - x).num_days() > 120 && d.date.len() > 4)
        })
}

/// Whether `s` has the ASCII word `w` (any case) standing alone.
pub(super) fn has_word(s: &str, w: &str) -> bool {
    let n = w.len();
    (0..s.len().saturating_sub(n - 1)).any(|i| {
        s.as_bytes()[i..i + n].eq_ignore_ascii_case(w.as_bytes())
            && !s[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
            && !s[i + n..].chars().next().is_some_and(char::is_alphanumeric)
    })
}

/// Area slugs whose synonyms are written inside a text (a mechanism's
/// name: "Special Task Force on Civil Nuclear Energy" is civil-nuclear).
/// The gazetteer cannot say this, as the whole name matches as a mechanism.
pub fn areas_in_text(kb: &Kb, text: &str) -> Vec<String> {
    let lower = format!(" {} ", text.to_lowercase().replace('-', " "));
    // (start, end, slug) of every synonym found; the longest wins, as in the gazetteer
    let mut found: Vec<(usize, usize, &str)> = Vec::new();
    for a in &kb.areas {
        for syn in &a.synonyms {
            let s = format!(" {} ", syn.to_lowercase().replace('-', " "));
            if s.len() > 5 {
                if let Some(p) = lower.find(&s) {
                    found.push((p, p + s.len(), &a.slug));
                }
            }
        }
    }
    let mut out: Vec<String> = found
        .iter()
        .filter(|x| {
            !found
                .iter()
                .any(|y| y.0 <= x.0 && x.1 <= y.1 && y.1 - y.0 > x.1 - x.0)
        })
        .map(|x| x.2.to_string())
        .collect();
    out.sort();
    out.dedup();
    out
}

pub(super) fn occasion(kind: &str) -> bool {
    matches!(kind, "consultation" | "meeting" | "phone_call" | "visit")
}
