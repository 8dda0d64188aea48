//! What events take from the occasion they belong to: its people (for
//! pledges by "the two ministers"), its states, date and place (rule 2),
//! and the dates and places of events that give none of their own.

use std::collections::BTreeSet;

use entente_core::Span;
use entente_kb::Target;

use super::{is_background, occasion, Event, Role};
use crate::dates::EventDate;
use crate::Context;

/// People named around an event without a trigger of their own join it:
/// "X and Y hosted A and B" after "The 2+2 Dialogue was held today"; and a
/// pledge made by "the two ministers" is made by the occasion's people.
pub(super) fn attach_people(ctx: &Context, events: &mut [Event]) {
    const PARTICIPATION: &[&str] = &[
        "hosted",
        "led by",
        "headed by",
        "co-chaired by",
        "chaired by",
        "was attended by",
        "were attended by",
        "accompanied by",
        "represented by",
        "delegation",
        "joined by",
        "comprised",
    ];
    let evidence: BTreeSet<usize> = events
        .iter()
        .flat_map(|e| e.sentences.iter().copied())
        .collect();
    for (i, span) in ctx.doc.sentences.iter().enumerate() {
        if evidence.contains(&i) {
            continue;
        }
        let lower = span.of(ctx.text).to_lowercase();
        if !PARTICIPATION.iter().any(|p| lower.contains(p)) {
            continue;
        }
        let people: Vec<usize> = (0..ctx.actors.len())
            .filter(|&a| {
                span.contains(ctx.actors[a].span)
                    && ctx.quote_at(ctx.actors[a].span.start).is_none()
            })
            .collect();
        let Some(k) = (0..events.len())
            .filter(|&k| {
                occasion(&events[k].kind)
                    && events[k].sentences.iter().any(|&s| s < i && i - s <= 2)
            })
            .max_by_key(|&k| events[k].sentences.iter().copied().filter(|&s| s < i).max())
        else {
            continue;
        };
        let role = if events[k].kind == "consultation" && lower.contains("chair") {
            "co-chair"
        } else {
            "participant"
        };
        for a in people {
            let name = &ctx.actors[a].name;
            let in_event = ctx.actors[a]
                .country
                .as_ref()
                .is_none_or(|c| events[k].countries.contains(c));
            if in_event
                && !events[k]
                    .participants
                    .iter()
                    .any(|r| &ctx.actors[r.actor].name == name)
            {
                events[k].participants.push(Role { actor: a, role });
                events[k].sentences.insert(i);
            }
        }
    }
    // "Poland summoned Belarus's ambassador. Ambassador X was told ...":
    // the envoy of the summoned state named just after takes part
    for e in events.iter_mut().filter(|e| e.kind == "protest") {
        let Some(target) = e.target.clone() else {
            continue;
        };
        let first = *e.sentences.iter().next().expect("an event has a sentence");
        for (a, actor) in ctx.actors.iter().enumerate() {
            let near = actor.sentence.is_some_and(|s| s >= first && s <= first + 2);
            let envoy = actor.title.as_deref().is_some_and(is_envoy_title);
            let known = e
                .participants
                .iter()
                .any(|r| ctx.actors[r.actor].name == actor.name);
            if near && envoy && !known && actor.country.as_deref() == Some(target.as_str()) {
                e.participants.push(Role {
                    actor: a,
                    role: "participant",
                });
            }
        }
    }
    // signings and meetings "by the two ministers": the people of the
    // occasion where they took place. Pledges keep only the people their own
    // words name: the seed's gold gives "India and France held Foreign
    // Office Consultations ... and agreed to" no people, and so do the six
    // dev writers who annotated from the spec alone (89 of 90 pledges).
    for k in 0..events.len() {
        if !events[k].participants.is_empty() {
            continue;
        }
        let first = *events[k]
            .sentences
            .iter()
            .next()
            .expect("an event has a sentence");
        // a signing or a meeting "by the two ministers", "in the presence of
        // the leaders", "they ...": the occasion's people; a document signed
        // by nobody named stays without people
        let said = ctx.doc.sentences[first].of(ctx.text).to_lowercase();
        let by_them = [
            "the two leaders",
            "both leaders",
            "the leaders",
            "the two ministers",
            "both ministers",
            "the ministers",
            "presence of",
            "they ",
            "the two prime ministers",
            "the two foreign ministers",
            "the four ministers",
            "the two co-chairs",
            "the co-chairs",
            "both co-chairs",
            "the two presidents",
            "the presidents",
        ]
        .iter()
        .any(|p| said.contains(p));
        // a joint act of words ("The Ministers condemned ..."): made by the
        // people of the occasion of the two states that made it
        let joint_words = matches!(events[k].kind.as_str(), "criticism" | "appeal" | "demand")
            && events[k].source.is_none()
            && events[k].countries.len() >= 3;
        let takes =
            matches!(events[k].kind.as_str(), "agreement" | "meeting") && by_them || joint_words;
        if !takes {
            continue;
        }
        // whoever pledged ("the two ministers", "both sides"), the people
        // at the occasion where it was pledged made it
        let mut cs = events[k].countries.clone();
        cs.sort();
        let occ = (0..events.len())
            .filter(|&o| o != k && occasion(&events[o].kind))
            .filter(|&o| {
                let mut c = events[o].countries.clone();
                c.sort();
                let fits = if joint_words {
                    c.len() >= 2 && c.iter().all(|x| cs.contains(x))
                } else {
                    c == cs
                };
                fits && events[o].sentences.iter().any(|&s| s <= first)
            })
            // the talks rather than the visit they were held on: a visit's
            // people are only its visitors
            .max_by_key(|&o| {
                (
                    events[o].kind != "visit",
                    events[o]
                        .sentences
                        .iter()
                        .copied()
                        .filter(|&s| s <= first)
                        .max(),
                )
            });
        if let Some(o) = occ {
            let mut people: Vec<Role> = events[o]
                .participants
                .iter()
                .map(|r| Role {
                    actor: r.actor,
                    role: "participant",
                })
                .collect();
            for r in &events[k].participants {
                let name = &ctx.actors[r.actor].name;
                if !people.iter().any(|p| &ctx.actors[p.actor].name == name) {
                    people.push(r.clone());
                }
            }
            events[k].participants = people;
        }
    }
}

/// An ambassador's, envoy's or chargé d'affaires' title.
fn is_envoy_title(t: &str) -> bool {
    let t = t.to_lowercase();
    [
        "ambassador",
        "envoy",
        "high commissioner",
        "chargé",
        "charge d",
        "chief of mission",
    ]
    .iter()
    .any(|w| t.contains(w))
}

/// A pledge has the date, place and states of the meeting where it was
/// made (rule 2): the nearest occasion at most three sentences before it,
/// or in the same sentence.
pub(super) fn pledges_follow_their_occasion(ctx: &Context, events: &mut [Event]) {
    for k in 0..events.len() {
        // (and a signing that names no state: "the leaders adopted a joint
        // declaration at the end of the meeting")
        let unnamed_signing = events[k].kind == "agreement" && events[k].pair_guessed;
        if events[k].kind != "intent_to_cooperate" && !unnamed_signing {
            continue;
        }
        let first = *events[k]
            .sentences
            .iter()
            .next()
            .expect("an event has a sentence");
        let occ = (0..events.len())
            .filter(|&o| occasion(&events[o].kind) && events[o].kind != "visit")
            .filter_map(|o| {
                let near = events[o]
                    .sentences
                    .iter()
                    .copied()
                    .filter(|&s| s <= first && first - s <= 6)
                    .max()?;
                Some((o, near))
            })
            .max_by_key(|&(_, near)| near)
            .map(|(o, _)| o)
            // a numbered summary of one meeting: its pledges come many
            // paragraphs after it
            .or_else(|| {
                let before: Vec<usize> = (0..events.len())
                    .filter(|&o| occasion(&events[o].kind) && events[o].kind != "visit")
                    .filter(|&o| events[o].sentences.iter().any(|&s| s <= first))
                    .collect();
                (before.len() == 1).then(|| before[0])
            });
        let Some(o) = occ else { continue };
        // only when the pledge's own states are the occasion's, or more (a
        // third state named in what was pledged)
        let own: BTreeSet<&String> = events[k].countries.iter().collect();
        let theirs: BTreeSet<&String> = events[o].countries.iter().collect();
        // ...or one of them, the other side being a body named in what was
        // pledged ("strengthen coordination at the United Nations")
        let body_for_a_side = own.iter().any(|c| theirs.contains(c))
            && own
                .iter()
                .filter(|c| !theirs.contains(*c))
                .all(|c| ctx.kb.body(c).is_some());
        if own == theirs || theirs.is_subset(&own) || events[k].pair_guessed || body_for_a_side {
            events[k].countries = events[o].countries.clone();
            // a signing keeps a date of its own
            let own_date = unnamed_signing && events[k].date.is_some();
            if events[o].date.is_some() && !own_date {
                events[k].date = events[o].date.clone().map(|mut d| {
                    d.end = None;
                    d
                });
            }
            if events[o].place.is_some() {
                events[k].place = events[o].place.clone();
            }
        }
    }
}

/// An exercise's parties are every state whose forces the report says
/// take part, in any sentence about it ("brings together some 11,000
/// American and 5,000 Filipino troops, alongside contingents from the
/// Australian Defence Force"); observers are not parties.
pub(super) fn exercise_parties(ctx: &Context, events: &mut [Event]) {
    const TAKE_PART: &[&str] = &[
        "brings together",
        "brought together",
        "bring together",
        "taking part",
        "take part",
        "took part",
        "participat",
        "contingent",
        "joined by",
        "alongside",
        "troops from",
        "personnel from",
        "forces from",
        "sailors from",
        "soldiers from",
    ];
    for e in events
        .iter_mut()
        .filter(|e| e.kind == "material_cooperation")
    {
        let Some(&first) = e.sentences.iter().next() else {
            continue;
        };
        let mut found: Vec<String> = Vec::new();
        for i in first..ctx.doc.sentences.len().min(first + 8) {
            let span = ctx.doc.sentences[i];
            let lower = span.of(ctx.text).to_lowercase();
            if !TAKE_PART.iter().any(|w| lower.contains(w)) {
                continue;
            }
            // the clause of observers is no part of the exercise
            let end = lower.find("observer").map_or(span.end, |p| {
                span.start + lower[..p].rfind(['.', ';', ',']).unwrap_or(0)
            });
            for m in ctx.mentions_in(Span::new(span.start, end)) {
                if !m.is_state_word() {
                    continue;
                }
                if let Some(c) = m.country(ctx.kb) {
                    if ctx.kb.country(c).is_some() && !found.iter().any(|x| x == c) {
                        found.push(c.to_string());
                    }
                }
            }
        }
        // only when the parties already known are among them: a sentence
        // about another exercise names other states
        if found.len() > e.countries.len() && e.countries.iter().all(|c| found.contains(c)) {
            for c in found {
                if !e.countries.contains(&c) {
                    e.countries.push(c);
                }
            }
        }
    }
}

/// An exercise is dated by its first day: a range anywhere in the
/// sentences about it ("from 19 to 22 March"), or the day it "commenced"
/// or "began", rather than the day a release says it concluded.
pub(super) fn exercise_dates(ctx: &Context, events: &mut [Event]) {
    for e in events
        .iter_mut()
        .filter(|e| e.kind == "material_cooperation")
    {
        let mut best: Option<EventDate> = None;
        for (i, span) in ctx.doc.sentences.iter().enumerate() {
            let text = span.of(ctx.text);
            let lower = text.to_lowercase();
            if !e.sentences.contains(&i) && !lower.contains("exercise") {
                continue;
            }
            for d in ctx.sentence_dates(i) {
                let rel = &ctx.text[span.start..d.span.start].to_lowercase();
                let starts = [
                    "commenced",
                    "began",
                    "started",
                    "kicked off",
                    "opened",
                    "from",
                ]
                .iter()
                .any(|w| {
                    rel.trim_end().ends_with(&format!("{w} on")) || rel.trim_end().ends_with(w)
                });
                if (d.end.is_some() || starts) && best.as_ref().is_none_or(|b| d.date < b.date) {
                    best = Some(d.clone());
                }
            }
        }
        if let Some(b) = best {
            e.date = Some(b);
        }
    }
}

/// Where an event with no place of its own happened: the latest earlier
/// event held somewhere more precise than a whole country (a visit to
/// "India" says nothing of where a meeting in it took place), else the
/// dateline when the dateline's state is a party, else the visit's place.
pub(super) fn occasion_place(
    ctx: &Context,
    events: &[Event],
    k: usize,
) -> Option<(String, Option<String>)> {
    let is_city = |p: &(String, Option<String>)| ctx.kb.countries.iter().all(|c| c.name != p.0);
    let prev = (0..k)
        .rev()
        .filter(|&j| events[j].kind != "phone_call")
        .filter_map(|j| events[j].place.as_ref())
        .find(|p| is_city(p) && p.1.as_ref().is_none_or(|c| events[k].countries.contains(c)));
    if let Some(p) = prev {
        return Some(p.clone());
    }
    if let Some(dl) = &ctx.doc.dateline {
        if dl
            .country
            .as_ref()
            .is_some_and(|c| events[k].countries.contains(c))
        {
            return Some((dl.place.clone(), dl.country.clone()));
        }
    }
    (0..k)
        .rev()
        .filter(|&j| events[j].kind != "phone_call")
        .find_map(|j| events[j].place.clone())
        // talks on the sidelines of a gathering in a third state: a wire's
        // dateline is where its reporter, and the talks, were
        .or_else(|| {
            let talks = matches!(
                events[k].kind.as_str(),
                "meeting" | "consultation" | "negotiation"
            );
            let dl = ctx.doc.dateline.as_ref().filter(|_| talks)?;
            Some((dl.place.clone(), dl.country.clone()))
        })
}

/// A visit to a state is placed in the one city of that state the report
/// names, or in the state itself when it names several (rule 9).
pub(super) fn visit_places(ctx: &Context, events: &mut [Event]) {
    for e in events.iter_mut().filter(|e| e.kind == "visit") {
        let Some(host) = e.target.clone() else {
            continue;
        };
        let mut cities: Vec<String> = Vec::new();
        for m in &ctx.mentions {
            if let Some(p) = m.find(|t| match *t {
                Target::Place(p) => Some(p),
                _ => None,
            }) {
                let pe = &ctx.kb.places[p];
                if pe.country == host && !cities.contains(&pe.name) {
                    cities.push(pe.name.clone());
                }
            }
        }
        if cities.len() == 1 {
            e.place = Some((cities[0].clone(), Some(host)));
        } else if let Some(c) = ctx.kb.country(&host) {
            e.place = Some((c.name.clone(), Some(host)));
        }
    }
}

/// Events without a date or place take those of the occasion they belong
/// to: the latest earlier event that has them (calls give no place).
/// The last recent date heading a line or sentence between two offsets,
/// outside background and future sentences.
pub(super) fn dates_between(ctx: &Context, from: usize, to: usize) -> Option<EventDate> {
    let mut found = None;
    for (i, span) in ctx
        .doc
        .sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| s.end > from && s.start < to)
    {
        let text = span.of(ctx.text);
        if is_background(ctx, i) {
            continue;
        }
        let lower = text.to_lowercase();
        if ["will ", "next ", "upcoming", "scheduled", "expected"]
            .iter()
            .any(|w| lower.contains(w))
        {
            continue;
        }
        for d in ctx.sentence_dates(i) {
            let recent = match (ctx.anchor, d.day()) {
                (Some(a), Some(day)) => day <= a && (a - day).num_days() <= 31,
                _ => false,
            };
            // only a date that heads its line or sentence ("18 November,
            // 14:05 -", "Monday, 18 August:"), as entries of live blogs and
            // digests are dated; a date inside prose belongs to its own clause
            let lead = ctx.text[span.start..d.span.start]
                .trim_start_matches(|c: char| !c.is_alphanumeric());
            let words = lead.split_whitespace().count();
            // ...or that ends a short opening phrase: "In Moscow on
            // Wednesday, the spokeswoman said"
            let opening = words <= 4
                && !lead.contains([',', '"', '“'])
                && ctx.text[d.span.end..].starts_with(',');
            // ...or the one day the sentence just before the event tells of
            // ("Lula landed on Wednesday morning. He was received by Petro
            // for a private meeting"), outside "since" and "after" clauses
            let told_just_before = ctx.sentence_of(to) == Some(i + 1)
                && d.end.is_none()
                && d.date.len() == 10
                && ctx.sentence_dates(i).len() == 1
                && ![" since ", " after ", " before ", " until "]
                    .iter()
                    .any(|w| format!(" {} ", lead.to_lowercase()).contains(w));
            let heads = words <= 1 || opening || told_just_before;
            if recent && heads && d.span.start >= from && d.span.end <= to {
                found = Some(d.clone());
            }
        }
    }
    found
}

pub(super) fn inherit(ctx: &Context, events: &mut [Event]) {
    let fallback = ctx.anchor.map(|a| EventDate {
        span: Span::new(0, 0),
        date: a.to_string(),
        end: None,
    });
    for k in 0..events.len() {
        if events[k].date.is_none() {
            // the nearest earlier single-day date (a visit's range is not
            // the day of the meetings held during it), else any date
            // (a cause told in passing, "a day after X", is no occasion)
            let dated = |j: &usize| events[*j].date.is_some() && !events[*j].dated_back;
            let single =
                |j: &usize| dated(j) && events[*j].date.as_ref().is_some_and(|d| d.end.is_none());
            let prev = (0..k)
                .rev()
                .find(single)
                .or_else(|| (0..k).rev().find(dated));
            let next = (k + 1..events.len()).find(dated);
            let from_event = prev.or(next).and_then(|j| events[j].date.clone());
            // a date written between that event and this one (a live blog's
            // entry time, a digest item's day) is the nearer occasion
            let at = events[k].at;
            let after = prev.map_or(ctx.doc.body_start, |j| events[j].at);
            let written = dates_between(ctx, after, at);
            // a post is of its own day ("Caught up with FM X" over "9:40 PM
            // · Sep 25, 2025"), whatever the post before it was of
            let posted = ctx.post_day(at).map(|d| EventDate {
                span: Span::new(0, 0),
                date: d.to_string(),
                end: None,
            });
            events[k].date = posted
                .or(written)
                .or(from_event)
                .or_else(|| fallback.clone())
                .map(|mut d| {
                    d.end = None;
                    d
                });
        }
        // a pledge made on a call was made nowhere (rule 2: its place is
        // the call's, and a call has none)
        let on_a_call = !super::occasion(&events[k].kind)
            && (0..k)
                .rev()
                .find(|&j| {
                    super::occasion(&events[j].kind) && events[j].countries == events[k].countries
                })
                .is_some_and(|j| events[j].kind == "phone_call");
        if events[k].place.is_none() && events[k].kind != "phone_call" && !on_a_call {
            events[k].place = occasion_place(ctx, events, k);
        }
    }
}

/// "The 2+2 met in Tokyo. X and Y sat down with Z and W for three hours":
/// a meeting of the same states on the same day, told within two sentences
/// of a round that names no one, is that round's sitting. Its people join
/// the round and the meeting goes. A round that names its co-chairs keeps
/// its own people, and meetings beside it stay events ("also called on").
pub(super) fn sittings_join_their_round(ctx: &Context, events: &mut Vec<Event>) {
    let mut gone = vec![false; events.len()];
    let names = |e: &Event| -> Vec<String> {
        e.participants
            .iter()
            .map(|r| ctx.actors[r.actor].name.clone())
            .collect()
    };
    // "X and Y co-chaired the Dialogue ... X and Y held detailed
    // discussions on ...": the co-chairs' talks just after are the round
    for r in 0..events.len() {
        if events[r].kind != "consultation"
            || events[r].mechanism.is_none()
            || events[r].participants.is_empty()
        {
            continue;
        }
        let chairs = names(&events[r]);
        let Some(&last) = events[r].sentences.iter().next_back() else {
            continue;
        };
        for m in 0..events.len() {
            let e = &events[m];
            let near = e
                .sentences
                .iter()
                .next()
                .is_some_and(|&s| s > last && s <= last + 4);
            let same_states =
                super::merge::sorted(&e.countries) == super::merge::sorted(&events[r].countries);
            let theirs = names(e);
            let same_people = theirs.len() >= 2 && theirs.iter().all(|n| chairs.contains(n));
            // ("The two sides held wide-ranging discussions on ...": talks
            // of no one named, that day, are the round's too)
            // (undated yet: days are inherited later)
            let same_day = e.date.is_none()
                || e.date.as_ref().map(|d| &d.date) == events[r].date.as_ref().map(|d| &d.date);
            let unnamed = theirs.is_empty() && same_day;
            if m == r
                || gone[m]
                || e.kind != "meeting"
                || !near
                || !same_states
                || !(same_people || unnamed)
            {
                continue;
            }
            gone[m] = true;
            let sentences = e.sentences.clone();
            events[r].sentences.extend(sentences);
        }
    }
    for r in 0..events.len() {
        if gone[r]
            || events[r].kind != "consultation"
            || events[r].mechanism.is_none()
            || !events[r].participants.is_empty()
        {
            continue;
        }
        let Some(&last) = events[r].sentences.iter().next_back() else {
            continue;
        };
        let first = *events[r].sentences.iter().next().expect("a sentence");
        for m in 0..events.len() {
            let e = &events[m];
            let near = e.sentences.iter().all(|&s| s >= first && s <= last + 2);
            let same_states =
                super::merge::sorted(&e.countries) == super::merge::sorted(&events[r].countries);
            let same_day = e.date.as_ref().map(|d| &d.date)
                == events[r].date.as_ref().map(|d| &d.date)
                || e.date.is_none();
            if m == r || gone[m] || e.kind != "meeting" || !near || !same_states || !same_day {
                continue;
            }
            let people: Vec<Role> = e.participants.clone();
            let sentences = e.sentences.clone();
            gone[m] = true;
            for p in people {
                if !events[r].participants.iter().any(|q| q.actor == p.actor) {
                    events[r].participants.push(Role {
                        actor: p.actor,
                        role: "co-chair",
                    });
                }
            }
            events[r].sentences.extend(sentences);
        }
    }
    let mut k = 0;
    events.retain(|_| {
        k += 1;
        !gone[k - 1]
    });
}
