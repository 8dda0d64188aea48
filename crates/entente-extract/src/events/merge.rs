//! One event per real-world interaction: candidates from repeated
//! mentions (lead, paraphrase, quote) are merged when nothing tells them
//! apart. All pledges between the same parties form one event (rule 7);
//! signed documents stay apart by name (rule 8); meetings stay apart by
//! counterpart (rule 1).

use super::Event;
use crate::Context;

pub(super) fn sorted(v: &[String]) -> Vec<String> {
    let mut v = v.to_vec();
    v.sort();
    v.dedup();
    v
}

fn dates_agree(a: &Event, b: &Event) -> bool {
    match (&a.date, &b.date) {
        (Some(x), Some(y)) => x.date == y.date,
        _ => true,
    }
}

/// Dates agree, and a mention dated in another year than the report's
/// is not the report's undated act ("Poland closed the consulate in
/// Krakow" and "closed the consulate in Poznan in October last year").
fn dates_agree_in(ctx: &Context, a: &Event, b: &Event) -> bool {
    let other_year = |e: &Event| {
        let (Some(d), Some(anchor)) = (&e.date, ctx.anchor) else {
            return false;
        };
        d.date.get(..4).and_then(|y| y.parse::<i32>().ok()) != Some(chrono::Datelike::year(&anchor))
    };
    match (&a.date, &b.date) {
        (None, Some(_)) => !other_year(b),
        (Some(_), None) => !other_year(a),
        _ => dates_agree(a, b),
    }
}

fn same_occasion(ctx: &Context, a: &Event, b: &Event) -> bool {
    if a.kind != b.kind || sorted(&a.countries) != sorted(&b.countries) {
        return false;
    }
    let people = |e: &Event| {
        e.participants
            .iter()
            .map(|r| ctx.actors[r.actor].name.clone())
            .collect::<Vec<_>>()
    };
    match a.kind.as_str() {
        // one report, one round of a mechanism (background rounds are
        // dropped earlier); a quoted post dated "today" is the same round
        "consultation" => {
            a.mechanism == b.mechanism
                && (a.round.is_none() || b.round.is_none() || a.round == b.round)
        }
        "intent_to_cooperate" => dates_agree(a, b),
        "agreement" => {
            a.document == b.document
                || (a.document.is_none() || b.document.is_none()) && dates_agree(a, b)
        }
        "meeting" => {
            if !dates_agree(a, b) {
                return false;
            }
            // a quoted account naming no one new ("Productive talks with
            // my friend X", posted by the guest) is the same meeting
            let (pa, pb) = (people(a), people(b));
            let quoted = ctx.quote_at(b.at).is_some();
            if quoted && !pb.is_empty() && pb.iter().all(|n| pa.contains(n)) {
                return true;
            }
            match (a.counterpart, b.counterpart) {
                (Some(x), Some(y)) => {
                    let (nx, ny) = (&ctx.actors[x].name, &ctx.actors[y].name);
                    // the same guest received by two different hosts
                    // ("the Foreign Minister received Safadi ... Later in
                    // the day, President El-Sisi received Minister Safadi"):
                    // two meetings
                    let hosts = |p: &[String], guest: &String| -> Vec<String> {
                        p.iter().filter(|n| *n != guest).cloned().collect()
                    };
                    let (ha, hb) = (hosts(&pa, nx), hosts(&pb, ny));
                    let other_hosts =
                        !ha.is_empty() && !hb.is_empty() && !ha.iter().any(|n| hb.contains(n));
                    if nx == ny {
                        !other_hosts
                    } else {
                        pa.contains(ny) && pb.contains(nx)
                    }
                }
                // "NSA and Mr Bonne held discussions" and "Mr Bonne called
                // on the Prime Minister": one shared guest, two meetings
                _ => {
                    pa.is_empty()
                        || pb.is_empty()
                        || pa.iter().all(|n| pb.contains(n))
                        || pb.iter().all(|n| pa.contains(n))
                }
            }
        }
        "visit" => {
            a.source == b.source
                && a.target == b.target
                && (a.document == b.document || a.document.is_none() || b.document.is_none())
        }
        _ => dates_agree_in(ctx, a, b) && a.source == b.source && a.target == b.target,
    }
}

/// Merges candidates into events, keeping document order.
pub fn merge(ctx: &Context, cands: Vec<Event>) -> Vec<Event> {
    let mut out: Vec<Event> = Vec::new();
    for c in cands {
        // "Separately, the Ministry of National Defense summoned ...": the
        // text says it is another act
        if told_apart(ctx, &c) {
            out.push(c);
            continue;
        }
        match out.iter_mut().find(|e| same_occasion(ctx, e, &c)) {
            Some(e) => absorb(ctx, e, c),
            None => out.push(c),
        }
    }
    // a consultation's people co-chair it when the text says so anywhere
    for e in out.iter_mut().filter(|e| e.kind == "consultation") {
        if e.participants.iter().any(|r| r.role == "co-chair") {
            e.participants.iter_mut().for_each(|r| r.role = "co-chair");
        }
    }
    out
}

/// The candidate's sentence says it is a separate act ("Separately, ...",
/// "In a separate statement, ...").
fn told_apart(ctx: &Context, c: &Event) -> bool {
    let Some(&i) = c.sentences.iter().next() else {
        return false;
    };
    let s = ctx.doc.sentences[i].of(ctx.text);
    let head =
        s.trim_start_matches(|ch: char| ch.is_ascii_digit() || matches!(ch, '.' | ')' | ' '));
    let starts = |p: &str| {
        head.get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p))
    };
    starts("separately") || starts("in a separate ")
}

fn absorb(ctx: &Context, e: &mut Event, c: Event) {
    e.sentences.extend(c.sentences);
    for r in c.participants {
        let name = &ctx.actors[r.actor].name;
        if !e
            .participants
            .iter()
            .any(|x| &ctx.actors[x.actor].name == name)
        {
            e.participants.push(r);
        }
    }
    if e.date.is_none() {
        e.date = c.date;
    }
    if e.place.is_none() {
        e.place = c.place;
    }
    e.mechanism = e.mechanism.or(c.mechanism);
    e.round = e.round.or(c.round);
    e.source = e.source.take().or(c.source);
    e.target = e.target.take().or(c.target);
    e.areas.extend(c.areas);
    if e.cameo != c.cameo && e.kind == "intent_to_cooperate" {
        // several pledges: no longer only a pledge to meet again
        e.cameo = "030".into();
    }
    e.counterpart = e.counterpart.or(c.counterpart);
    // "signed two instruments ... signed a Memorandum on X and an
    // Agreement on Y": the unnamed signing becomes the first named one, so
    // that the second stays apart (rule 8)
    if e.kind == "agreement" && e.document.is_none() {
        e.document = c.document;
    }
    e.more_spans.extend(c.more_spans);
    e.own_span = match (e.own_span, c.own_span) {
        (Some(a), Some(b)) => {
            if e.kind == "intent_to_cooperate" {
                e.more_spans.push(b);
            }
            Some(a)
        }
        (a, b) => a.or(b),
    };
}

/// A meeting told in a quoted post ("Had a warm and productive
/// conversation with my friend President @EmmanuelMacron") by people of a
/// call, round or meeting the report tells of, between the same states,
/// is that occasion told again, whatever word the post uses.
pub fn posts_join_their_occasion(ctx: &Context, events: &mut Vec<Event>) {
    let names = |e: &Event| -> Vec<String> {
        e.participants
            .iter()
            .map(|r| ctx.actors[r.actor].name.clone())
            .collect()
    };
    let mut k = 0;
    while k < events.len() {
        let e = &events[k];
        let posted = e.kind == "meeting" && ctx.quote_at(e.at).is_some();
        let host = posted
            .then(|| {
                let people = names(e);
                (0..events.len()).find(|&o| {
                    let other = &events[o];
                    o != k
                        && matches!(
                            other.kind.as_str(),
                            "phone_call" | "consultation" | "meeting"
                        )
                        && ctx.quote_at(other.at).is_none()
                        && sorted(&other.countries) == sorted(&e.countries)
                        && dates_agree(other, e)
                        && {
                            let theirs = names(other);
                            people.iter().all(|n| theirs.contains(n))
                        }
                })
            })
            .flatten();
        match host {
            Some(o) => {
                let e = events.remove(k);
                let o = if o > k { o - 1 } else { o };
                events[o].sentences.extend(e.sentences);
            }
            None => k += 1,
        }
    }
}
