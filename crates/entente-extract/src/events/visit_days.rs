//! The days a visit runs. A visit is often reported on the day it ends or
//! on a day in its middle; its record is dated from its first day (rule 9
//! of the spec: the visit's date is its start, `end_date` its last day).
//! Three things give the first day away:
//! - the visit's length with its end ("wrapping up a two-day visit" on
//!   Tuesday began on Monday) or its start ("began a three-day visit");
//! - the visitor's arrival a day or two before ("Wong arrived in the
//!   Vietnamese capital on Monday"), which rule 9 does not count as a visit
//!   of its own;
//! - the visitor's first talks in the host state, held before the day the
//!   visit is dated by (a visit has begun by then).

use chrono::{Duration, NaiveDate};

use entente_core::Span;

use super::Event;
use crate::dates::EventDate;
use crate::Context;

/// Words that say a visit of `n` days ends on the day told.
const ENDING: &[&str] = &[
    "wrapping up",
    "wrapped up",
    "wraps up",
    "concluding",
    "concluded",
    "concludes",
    "ending",
    "ended",
    "rounding off",
    "at the end of",
    "final day of",
    "last day of",
];

/// Words that say a visit of `n` days starts on the day told.
const STARTING: &[&str] = &[
    "began",
    "begins",
    "beginning",
    "started",
    "starting",
    "kicked off",
    "arrived on",
    "arrived for",
    "arrived in",
    "arrived at",
    "landed in",
    "embarked on",
    "on the first day of",
];

/// Words of arrival: the visitor's first day.
const ARRIVING: &[&str] = &[
    "arrived in",
    "arrived at",
    "landed in",
    "landed at",
    "reached",
];

/// The length in days of "a two-day visit", "3-day official visit".
fn days_of_visit(lower: &str) -> Option<(usize, i64)> {
    const NUMBERS: &[(&str, i64)] = &[
        ("two", 2),
        ("three", 3),
        ("four", 4),
        ("five", 5),
        ("six", 6),
        ("seven", 7),
        ("2", 2),
        ("3", 3),
        ("4", 4),
        ("5", 5),
        ("6", 6),
        ("7", 7),
    ];
    for (at, _) in lower.match_indices("-day ") {
        let rest = &lower[at + 5..];
        // "two-day official visit", "three-day state visit to"
        let is_visit = rest
            .split_whitespace()
            .take(3)
            .any(|w| w.trim_end_matches([',', '.']) == "visit");
        if !is_visit {
            continue;
        }
        let word_start = lower[..at]
            .rfind(|c: char| !c.is_alphanumeric())
            .map_or(0, |p| p + 1);
        let word = &lower[word_start..at];
        if let Some(&(_, n)) = NUMBERS.iter().find(|(w, _)| *w == word) {
            return Some((word_start, n));
        }
    }
    None
}

/// Dates every visit from its first day, with its last as `end`, when the
/// text tells them.
pub(super) fn visit_days(ctx: &Context, events: &mut [Event]) {
    for k in 0..events.len() {
        if events[k].kind != "visit" {
            continue;
        }
        let talks = first_talks_of_visitor(ctx, events, k);
        let e = &events[k];
        let Some(given) = &e.date else {
            events[k].date = talks;
            continue;
        };
        // a range the text gives is the visit's own
        let Some(day) = given.day().filter(|_| given.end.is_none()) else {
            continue;
        };
        let range = range_from_length(ctx, e, day).or_else(|| range_from_arrival(ctx, e, day));
        let date = events[k].date.as_mut().expect("dated above");
        if let Some((start, end)) = range {
            date.date = start.format("%Y-%m-%d").to_string();
            date.end = Some(end.format("%Y-%m-%d").to_string());
        } else if let Some(t) = talks {
            date.date = t.date;
        }
    }
}

/// The first and last days from the visit's length in one of its own
/// sentences, with the word that says whether `day` ends or starts it.
fn range_from_length(ctx: &Context, e: &Event, day: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    e.sentences.iter().find_map(|&i| {
        let lower = ctx.doc.sentences[i].of(ctx.text).to_lowercase();
        let (at, n) = days_of_visit(&lower)?;
        let before = &lower[..at];
        let near = |words: &[&str]| {
            words.iter().any(|w| {
                before
                    .rfind(w)
                    .is_some_and(|p| before[p + w.len()..].split_whitespace().count() <= 7)
            })
        };
        if near(ENDING) {
            Some((day - Duration::days(n - 1), day))
        } else if near(STARTING) {
            Some((day, day + Duration::days(n - 1)))
        } else {
            None
        }
    })
}

/// From the visitor's arrival a day to three days before `day` to `day`.
fn range_from_arrival(ctx: &Context, e: &Event, day: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let visitor = e.source.as_deref()?;
    ctx.doc.sentences.iter().enumerate().find_map(|(i, s)| {
        // (no lowercase copy of sentences without a word of arrival)
        let raw = s.of(ctx.text);
        if !["rrived", "anded", "eached"]
            .iter()
            .any(|w| raw.contains(w))
        {
            return None;
        }
        let lower = raw.to_lowercase();
        let at = ARRIVING.iter().filter_map(|w| lower.find(w)).min()?;
        let by_visitor = ctx
            .actors_in(Span::new(s.start, s.start + at))
            .iter()
            .any(|a| a.country.as_deref() == Some(visitor));
        if !by_visitor {
            return None;
        }
        ctx.sentence_dates(i)
            .iter()
            .filter_map(EventDate::day)
            .find(|a| *a < day && day - *a <= Duration::days(3))
            .map(|a| (a, day))
    })
}

/// The date of the visitor's earliest talks in the host state, when it
/// comes before the day the visit is dated or the visit has none (a report
/// filed on the second day of "a two-day visit" tells of the first day's
/// talks): a visit has begun by the time its talks are held.
fn first_talks_of_visitor(ctx: &Context, events: &[Event], k: usize) -> Option<EventDate> {
    let visit = &events[k];
    let day = visit.date.as_ref().and_then(EventDate::day);
    let host = visit.target.as_deref()?;
    let visitors: Vec<&str> = visit
        .participants
        .iter()
        .map(|r| ctx.actors[r.actor].name.as_str())
        .collect();
    events
        .iter()
        .filter(|o| matches!(o.kind.as_str(), "meeting" | "consultation"))
        .filter(|o| o.countries.iter().any(|c| c == host))
        .filter(|o| {
            o.participants
                .iter()
                .any(|r| visitors.contains(&ctx.actors[r.actor].name.as_str()))
        })
        .filter_map(|o| o.date.as_ref())
        .filter_map(|d| Some((d.day()?, d)))
        .filter(|(t, _)| day.is_none_or(|day| *t < day && day - *t <= Duration::days(7)))
        .min_by_key(|(t, _)| *t)
        .map(|(_, d)| EventDate {
            end: None,
            ..d.clone()
        })
}

#[cfg(test)]
mod tests {
    use super::days_of_visit;

    #[test]
    fn lengths_of_visits() {
        assert_eq!(
            days_of_visit("wrapping up a two-day official visit to hanoi").map(|x| x.1),
            Some(2)
        );
        assert_eq!(
            days_of_visit("began a 3-day state visit").map(|x| x.1),
            Some(3)
        );
        assert_eq!(days_of_visit("a two-day conference on trade"), None);
    }
}
