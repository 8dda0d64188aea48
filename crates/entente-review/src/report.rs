//! The review: per pillar and commitment, the evidence, last activity,
//! momentum and status; and the partnership's mechanisms with their rounds.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::link::{Link, ReviewEvent};
use crate::roadmap::Roadmap;

/// A commitment is "quiet" after this many months without evidence.
pub const QUIET_AFTER_MONTHS: i64 = 6;

#[derive(Debug, Clone, Serialize)]
pub struct Review {
    pub roadmap: String,
    pub name: String,
    pub partnership: Vec<String>,
    pub since: Option<String>,
    pub until: String,
    pub pillars: Vec<PillarReview>,
    pub mechanisms: Vec<MechanismReview>,
    /// Events of the partnership in the window, linked or not.
    pub events_considered: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct PillarReview {
    pub id: String,
    pub name: String,
    pub commitments: Vec<CommitmentReview>,
    /// Linked events per quarter ("2025-Q1" -> n), all commitments together.
    pub momentum: BTreeMap<String, usize>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CommitmentReview {
    pub id: String,
    pub title: String,
    pub status: String,
    pub last_activity: Option<String>,
    pub momentum: BTreeMap<String, usize>,
    pub target: Option<String>,
    pub evidence: Vec<Evidence>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Evidence {
    pub date: Option<String>,
    #[serde(rename = "type")]
    pub kind: String,
    pub participants: Vec<String>,
    pub sentence: String,
    pub doc_id: String,
    pub event_key: String,
    pub score: u32,
    pub reasons: Vec<String>,
    pub by: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct MechanismReview {
    pub name: String,
    pub rounds: Vec<Round>,
    pub last_round: Option<String>,
    pub months_since_last: Option<i64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Round {
    pub round: Option<u32>,
    pub date: Option<String>,
    pub place: Option<String>,
    pub co_chairs: Vec<String>,
}

/// The first day a record date ("2025", "2025-03", "2025-03-04") stands for.
pub fn day_of(d: &str) -> Option<NaiveDate> {
    match d.len() {
        10 => NaiveDate::parse_from_str(d, "%Y-%m-%d").ok(),
        7 => NaiveDate::parse_from_str(&format!("{d}-01"), "%Y-%m-%d").ok(),
        4 => NaiveDate::parse_from_str(&format!("{d}-01-01"), "%Y-%m-%d").ok(),
        _ => None,
    }
}

fn quarter(d: NaiveDate) -> String {
    format!("{}-Q{}", d.year(), (d.month() - 1) / 3 + 1)
}

fn months_between(a: NaiveDate, b: NaiveDate) -> i64 {
    (b.year() as i64 * 12 + b.month() as i64) - (a.year() as i64 * 12 + a.month() as i64)
}

fn in_window(e: &ReviewEvent, since: Option<NaiveDate>, until: NaiveDate) -> bool {
    match e.date.as_deref().and_then(day_of) {
        Some(d) => since.is_none_or(|s| d >= s) && d <= until,
        None => since.is_none(),
    }
}

/// Builds the review of `r` from events and their links, between `since`
/// (inclusive, optional) and `until`.
pub fn review(
    r: &Roadmap,
    events: &[ReviewEvent],
    links: &[Link],
    since: Option<NaiveDate>,
    until: NaiveDate,
) -> Review {
    let partners = &r.file.roadmap.partnership;
    let mine: Vec<usize> = (0..events.len())
        .filter(|&i| {
            partners.iter().all(|p| events[i].countries.contains(p))
                && in_window(&events[i], since, until)
        })
        .collect();
    let mut pillars = Vec::new();
    for p in &r.file.pillar {
        let mut commitments = Vec::new();
        let mut pillar_momentum: BTreeMap<String, usize> = BTreeMap::new();
        for c in r.commitments_of(&p.id) {
            let mut ev: Vec<&Link> = links
                .iter()
                .filter(|l| l.commitment == c.id && mine.contains(&l.event))
                .collect();
            ev.sort_by(|a, b| events[a.event].date.cmp(&events[b.event].date));
            let mut momentum: BTreeMap<String, usize> = BTreeMap::new();
            for l in &ev {
                if let Some(d) = events[l.event].date.as_deref().and_then(day_of) {
                    *momentum.entry(quarter(d)).or_default() += 1;
                    *pillar_momentum.entry(quarter(d)).or_default() += 1;
                }
            }
            let last = ev.iter().filter_map(|l| events[l.event].date.clone()).max();
            let status = match last.as_deref().and_then(day_of) {
                None if ev.is_empty() => "no evidence".to_string(),
                None => "evidence without dates".to_string(),
                Some(d) => {
                    let m = months_between(d, until);
                    if m <= QUIET_AFTER_MONTHS {
                        "active".to_string()
                    } else {
                        format!("quiet for {m} months")
                    }
                }
            };
            let target = c.target.as_ref().map(|t| {
                format!(
                    "{} {} by {} (not measurable from the event record; check the source)",
                    t.value,
                    t.metric,
                    t.by.as_deref().unwrap_or("-")
                )
            });
            commitments.push(CommitmentReview {
                id: c.id.clone(),
                title: c.title.clone(),
                status,
                last_activity: last,
                momentum,
                target,
                evidence: ev
                    .iter()
                    .map(|l| {
                        let e = &events[l.event];
                        Evidence {
                            date: e.date.clone(),
                            kind: e.kind.clone(),
                            participants: e.participants.clone(),
                            sentence: l.sentence.clone(),
                            doc_id: e.doc_id.clone(),
                            event_key: e.key.clone(),
                            score: l.score,
                            reasons: l.reasons.clone(),
                            by: l.by.to_string(),
                        }
                    })
                    .collect(),
            });
        }
        pillars.push(PillarReview {
            id: p.id.clone(),
            name: p.name.clone(),
            commitments,
            momentum: pillar_momentum,
        });
    }
    Review {
        roadmap: r.id().to_string(),
        name: r.file.roadmap.name.clone(),
        partnership: partners.clone(),
        since: since.map(|d| d.to_string()),
        until: until.to_string(),
        pillars,
        mechanisms: mechanisms(events, &mine, until),
        events_considered: mine.len(),
    }
}

/// Every standing mechanism among `chosen` events, with its rounds.
pub fn mechanisms(
    events: &[ReviewEvent],
    chosen: &[usize],
    until: NaiveDate,
) -> Vec<MechanismReview> {
    let mut by: BTreeMap<String, Vec<Round>> = BTreeMap::new();
    for &i in chosen {
        let e = &events[i];
        let (Some(m), "consultation") = (&e.mechanism, e.kind.as_str()) else {
            continue;
        };
        by.entry(m.clone()).or_default().push(Round {
            round: e.round,
            date: e.date.clone(),
            place: e.place.clone(),
            co_chairs: e.co_chairs.clone(),
        });
    }
    by.into_iter()
        .map(|(name, mut rounds)| {
            rounds.sort_by(|a, b| a.date.cmp(&b.date));
            rounds.dedup_by(|a, b| a.date == b.date && a.round == b.round);
            let last = rounds.iter().filter_map(|r| r.date.clone()).max();
            let months = last
                .as_deref()
                .and_then(day_of)
                .map(|d| months_between(d, until));
            MechanismReview {
                name,
                rounds,
                last_round: last,
                months_since_last: months,
            }
        })
        .collect()
}
