//! Stage 5: events. Triggers become candidate events with their arguments;
//! candidates that describe one real-world interaction are merged; events
//! without a date or place of their own take those of the occasion they
//! belong to.

mod args;
mod merge;

use std::collections::BTreeSet;
use std::sync::OnceLock;

use chrono::NaiveDate;
use entente_core::record::{EventRecord, Evidence, Participant, Place};
use entente_core::Span;
use entente_kb::{Kb, Target};
use regex::Regex;

use crate::dates::{self, EventDate};
use crate::triggers::{self, Found};
use crate::Context;
use args::{mentions_both_sides, object_end, side};

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
    /// What tells two agreements apart: the document's name.
    pub document: Option<String>,
    /// The counterpart of a per-counterpart meeting.
    pub counterpart: Option<usize>,
    /// The event was built from a sentence saying "also".
    pub also: bool,
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
        if is_background(ctx, sentence, span.start) {
            continue;
        }
        let found = triggers::find(sentence);
        let found = prefer_specific(&found);
        for f in found {
            cands.extend(build(ctx, i, *span, sentence, f));
        }
    }
    let mut events = merge::merge(ctx, cands);
    attach_people(ctx, &mut events);
    pledges_follow_their_occasion(ctx, &mut events);
    exercise_dates(ctx, &mut events);
    visit_places(ctx, &mut events);
    let mut events = merge::merge(ctx, events);
    inherit(ctx, &mut events);
    events
}

/// Drops weaker triggers when a sentence holds stronger ones: "met ... in
/// a phone call" is a call; a mechanism sentence's "met" is the round.
fn prefer_specific<'a>(found: &'a [Found<'static>]) -> Vec<&'a Found<'static>> {
    let has = |k: &str| found.iter().any(|f| f.rule.kind == k);
    found
        .iter()
        .filter(|f| !(f.rule.kind == "meeting" && has("phone_call")))
        .collect()
}

fn background_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)\b(?:as outlined in|as envisaged in|recalled|recalling|was launched in|were launched in|established in|last (?:round|meeting|edition|session) (?:was|took place|had been)|previous (?:round|meeting|edition|session)|first held in|since its inception|dates back)\b").unwrap()
    })
}

/// A sentence that only recalls earlier events: a background phrase, or a
/// date well before the report's own day.
fn is_background(ctx: &Context, sentence: &str, offset: usize) -> bool {
    if background_re().is_match(sentence) {
        return true;
    }
    let Some(anchor) = ctx.anchor else {
        return false;
    };
    let ds = dates::in_sentence(sentence, offset, Some(anchor), false);
    !ds.is_empty()
        && ds.iter().all(|d| {
            let day = NaiveDate::parse_from_str(&d.date, "%Y-%m-%d")
                .ok()
                .or_else(|| NaiveDate::parse_from_str(&format!("{}-01", d.date), "%Y-%m-%d").ok())
                .or_else(|| {
                    NaiveDate::parse_from_str(&format!("{}-01-01", d.date), "%Y-%m-%d").ok()
                });
            day.is_some_and(|x| (anchor - x).num_days() > 120 && d.date.len() > 4)
        })
}

fn ordinal_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)\b(?:(\d{1,3})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth))\s+(?:round|edition|meeting|session|iteration)\b").unwrap()
    })
}

fn round_in(sentence: &str) -> Option<u32> {
    const WORDS: [&str; 20] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ];
    let c = ordinal_re().captures(sentence)?;
    if let Some(n) = c.get(1) {
        return n.as_str().parse().ok();
    }
    let w = c.get(2)?.as_str().to_lowercase();
    WORDS.iter().position(|x| *x == w).map(|p| p as u32 + 1)
}

fn mechanism_in(ctx: &Context, span: Span) -> Option<usize> {
    ctx.mentions
        .iter()
        .filter(|m| span.contains(m.span))
        .find_map(|m| {
            m.find(|t| match *t {
                Target::Mechanism(i) => Some(i),
                _ => None,
            })
        })
}

fn has_word(s: &str, w: &str) -> bool {
    s.split(|c: char| !c.is_alphanumeric())
        .any(|x| x.eq_ignore_ascii_case(w))
}

/// Builds the candidate events of one trigger.
fn build(ctx: &Context, i: usize, span: Span, sentence: &str, f: &Found) -> Vec<Event> {
    let kb: &Kb = ctx.kb;
    let mut kind = f.rule.kind.clone();
    let mut cameo = f.rule.cameo.clone();
    let mechanism = mechanism_in(ctx, span);
    if kind == "consultation" && mechanism.is_none() {
        // "X and Y co-chaired the talks": a meeting, when people are named
        let named = ctx.actors.iter().any(|a| span.contains(a.span));
        if named && sentence[f.start..f.end].to_lowercase().contains("chair") {
            kind = "meeting".into();
        } else {
            return vec![];
        }
    }
    if kind == "meeting" && mechanism.is_some() {
        kind = "consultation".into();
    }
    let t_start = span.start + f.start;
    let t_end = span.start + f.end;
    let quote = ctx.quote_at(t_start);
    let subj = side(ctx, Span::new(span.start, t_start), quote);
    let obj_end = span.start + object_end(sentence, f.end);
    let obj = side(ctx, Span::new(t_end, obj_end), quote);
    let whole = side(ctx, span, quote);
    let future = false;
    let date = dates::in_sentence(sentence, span.start, ctx.anchor, future)
        .into_iter()
        .next();
    let place = place_of(ctx, &whole, sentence, &kind);
    let also = has_word(sentence, "also");

    // parties
    let mut countries: Vec<String> = Vec::new();
    let push = |v: &mut Vec<String>, c: &String| {
        if !v.contains(c) {
            v.push(c.clone())
        }
    };
    let (subj_countries, obj_countries) =
        if kind == "consultation" || kind == "intent_to_cooperate" || kind == "agreement" {
            (whole.countries.clone(), vec![])
        } else {
            (subj.countries.clone(), obj.countries.clone())
        };
    subj_countries.iter().for_each(|c| push(&mut countries, c));
    obj_countries.iter().for_each(|c| push(&mut countries, c));
    let both = mentions_both_sides(sentence);
    let one_of_pair = countries.len() == 1 && ctx.main_pair.contains(&countries[0]);
    let unnamed = countries.is_empty()
        && (both || matches!(kind.as_str(), "consultation" | "intent_to_cooperate"));
    if one_of_pair || unnamed {
        for c in &ctx.main_pair {
            push(&mut countries, c);
        }
    }
    // visits: the host is the place's state when no other is named
    if kind == "visit" && countries.len() < 2 {
        if let Some((_, Some(c))) = &place {
            push(&mut countries, c);
        }
    }
    if countries.len() < 2 {
        return vec![];
    }
    if kind == "agreement" && is_company_deal(sentence) {
        return vec![];
    }
    // condemning an attack by non-state actors is no act between states (rule 12)
    if kind == "criticism" && condemns_an_attack(&sentence[f.end..]) && obj.actors.is_empty() {
        return vec![];
    }

    // direction
    let (mut source, mut target) = (None, None);
    if f.rule.directed {
        source = subj
            .countries
            .first()
            .cloned()
            .or_else(|| countries.first().cloned());
        target = obj
            .countries
            .iter()
            .find(|c| Some(*c) != source.as_ref())
            .cloned()
            .or_else(|| {
                if kind == "visit" {
                    place
                        .as_ref()
                        .and_then(|p| p.1.clone())
                        .filter(|c| Some(c) != source.as_ref())
                } else {
                    None
                }
            })
            .or_else(|| {
                countries
                    .iter()
                    .find(|c| Some(*c) != source.as_ref())
                    .cloned()
            });
        // "Russia's envoy was summoned (by Poland)": the subject suffered it
        if is_passive(&sentence[..f.start]) {
            let by = obj_by_agent(&sentence[f.end..], &obj);
            let sufferer = source.take();
            source = by.or_else(|| {
                countries
                    .iter()
                    .find(|c| Some(*c) != sufferer.as_ref())
                    .cloned()
            });
            target = sufferer;
        }
    }

    // participants and roles
    let chair = sentence.to_lowercase().contains("chair");
    let role_all = |v: &[usize], role: &'static str| {
        v.iter()
            .map(|&a| Role { actor: a, role })
            .collect::<Vec<_>>()
    };
    let base = Event {
        kind: kind.clone(),
        cameo: cameo.clone(),
        sentences: BTreeSet::from([i]),
        at: t_start,
        countries: countries.clone(),
        source: source.clone(),
        target: target.clone(),
        participants: vec![],
        mechanism: if kind == "consultation" {
            mechanism
        } else {
            None
        },
        round: if kind == "consultation" {
            round_in(sentence)
        } else {
            None
        },
        date: date.clone(),
        place: place.clone(),
        areas: BTreeSet::new(),
        own_span: None,
        document: None,
        counterpart: None,
        also,
    };
    let mut out = Vec::new();
    match kind.as_str() {
        "consultation" => {
            let mut e = base;
            e.participants = role_all(
                &whole.actors,
                if chair { "co-chair" } else { "participant" },
            );
            if let Some(m) = e.mechanism {
                e.areas.extend(areas_in_text(kb, &kb.mechanisms[m].name));
            }
            out.push(e);
        }
        "meeting" | "phone_call" => {
            let (sr, or) = if f.rule.subject_visits {
                ("visitor", "host")
            } else {
                ("participant", "participant")
            };
            let objs: Vec<usize> = obj
                .actors
                .iter()
                .copied()
                .filter(|a| !subj.actors.contains(a))
                .collect();
            if f.rule.per_counterpart && kind == "meeting" && objs.len() >= 2 {
                for &o in &objs {
                    let mut e = base.clone();
                    e.participants = role_all(&subj.actors, sr);
                    e.participants.push(Role { actor: o, role: or });
                    e.counterpart = Some(o);
                    if let Some(c) = &ctx.actors[o].country {
                        let mut cs: Vec<String> = subj.countries.clone();
                        if !cs.contains(c) {
                            cs.push(c.clone());
                        }
                        if cs.len() >= 2 {
                            e.countries = cs;
                        }
                    }
                    out.push(e);
                }
            } else {
                let mut e = base;
                e.participants = role_all(&subj.actors, sr);
                e.participants.extend(role_all(&objs, or));
                e.counterpart = objs.first().copied();
                if kind == "phone_call" {
                    e.place = None;
                }
                out.push(e);
            }
        }
        "visit" => {
            // "visits to France and Poland": one visit per host state
            let hosts: Vec<String> = obj
                .countries
                .iter()
                .chain(obj.places.iter().map(|p| &p.1))
                .filter(|c| Some(*c) != base.source.as_ref() && kb.country(c).is_some())
                .fold(Vec::new(), |mut v, c| {
                    if !v.contains(c) {
                        v.push(c.clone());
                    }
                    v
                });
            if hosts.len() >= 2 && base.source.is_some() {
                for h in hosts {
                    let mut e = base.clone();
                    e.target = Some(h.clone());
                    e.countries = vec![base.source.clone().unwrap_or_default(), h.clone()];
                    e.participants = role_all(&subj.actors, "visitor");
                    e.place = kb
                        .country(&h)
                        .map(|c| (c.name.clone(), Some(c.code.clone())));
                    e.document = Some(h);
                    out.push(e);
                }
                return out;
            }
            let mut e = base;
            e.participants = role_all(&subj.actors, "visitor");
            e.participants.extend(role_all(&obj.actors, "host"));
            if let (Some(t), Some(p)) = (&e.target, &e.place) {
                if p.1.as_ref() != Some(t) {
                    e.place = kb
                        .country(t)
                        .map(|c| (c.name.clone(), Some(c.code.clone())));
                }
            } else if let Some(t) = &e.target {
                e.place = kb
                    .country(t)
                    .map(|c| (c.name.clone(), Some(c.code.clone())));
            }
            out.push(e);
        }
        "agreement" => {
            let obj_text = &ctx.text[t_end..span.end];
            let mut docs = documents(obj_text);
            // "the following documents were signed:" and a list below
            if sentence.trim_end().ends_with(':') {
                let listed = listed_documents(ctx, i);
                if !listed.is_empty() {
                    docs = listed;
                }
            }
            let n = docs.len().max(1);
            for k in 0..n {
                let mut e = base.clone();
                e.participants = role_all(&whole.actors, "signatory");
                e.document = docs.get(k).map(|d| d.1.clone());
                let own = docs
                    .get(k)
                    .map(|d| {
                        if d.0.start >= span.end {
                            d.0
                        } else {
                            d.0.shift(t_end)
                        }
                    })
                    .unwrap_or(Span::new(t_end, span.end));
                e.own_span = Some(own);
                out.push(e);
            }
        }
        "intent_to_cooperate" => {
            let mut e = base;
            let obj_text = &ctx.text[t_end..span.end];
            if is_meet_again(obj_text) {
                cameo = "036".into();
                e.cameo = cameo;
            }
            e.own_span = Some(Span::new(t_end, span.end));
            out.push(e);
        }
        _ => {
            let mut e = base;
            e.participants = role_all(&whole.actors, "participant");
            if kind == "material_cooperation" || kind == "negotiation" {
                e.source = None;
                e.target = None;
            }
            // "summoned the envoys of Russia and Belarus": one act per state
            // (rule 10: an expulsion is one reduce_relations per target)
            let targets: Vec<String> = obj
                .countries
                .iter()
                .filter(|c| Some(*c) != e.source.as_ref())
                .cloned()
                .collect();
            if f.rule.directed && targets.len() >= 2 && e.source.is_some() {
                for t in targets {
                    let mut one = e.clone();
                    one.countries = vec![e.source.clone().unwrap_or_default(), t.clone()];
                    one.target = Some(t.clone());
                    one.document = Some(t);
                    out.push(one);
                }
                return out;
            }
            out.push(e);
        }
    }
    out
}

/// The object of a condemnation is an attack ("condemned the terrorist
/// attack in X"), not a state's conduct.
fn condemns_an_attack(after: &str) -> bool {
    let head: String = after
        .split_whitespace()
        .take(6)
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    [
        "attack",
        "bombing",
        "blast",
        "explosion",
        "terror",
        "massacre",
        "killing",
        "shooting",
        "violence",
    ]
    .iter()
    .any(|w| head.contains(w))
        && !head.contains("'s ")
        && !head.contains("’s ")
}

/// "was summoned", "were expelled": the trigger is in the passive voice.
fn is_passive(before: &str) -> bool {
    before.split_whitespace().rev().take(2).any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "was" | "were" | "been" | "being" | "be" | "is" | "are"
        )
    })
}

/// The agent of a passive trigger: the state after "by".
fn obj_by_agent(after: &str, obj: &args::Side) -> Option<String> {
    after
        .trim_start()
        .starts_with("by ")
        .then(|| obj.countries.first().cloned())
        .flatten()
}

/// The place of an event from its sentence: a city named with in/at, a
/// country named with in, "here" (the dateline's place); none for calls.
fn place_of(
    ctx: &Context,
    whole: &args::Side,
    sentence: &str,
    kind: &str,
) -> Option<(String, Option<String>)> {
    if kind == "phone_call" {
        return None;
    }
    if let Some((name, c)) = whole.places.iter().find(|p| ctx.kb.place(&p.0).is_some()) {
        return Some((name.clone(), Some(c.clone())));
    }
    if has_word(sentence, "here") {
        if let Some(dl) = &ctx.doc.dateline {
            return Some((dl.place.clone(), dl.country.clone()));
        }
    }
    whole
        .places
        .first()
        .map(|(n, c)| (n.clone(), Some(c.clone())))
        .or_else(|| unknown_place(ctx, sentence))
}

fn unknown_place_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"\b(?:in|at|off) (?:the )?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})")
            .unwrap()
    })
}

/// A place the knowledge base does not know, named with in/at/off ("at
/// Umroi", "in the Arabian Sea"); its state is unknown. Names of
/// buildings, bodies, meetings and times are not places.
fn unknown_place(ctx: &Context, sentence: &str) -> Option<(String, Option<String>)> {
    const NOT: &[&str] = &[
        "Ministry",
        "Department",
        "Office",
        "House",
        "Palace",
        "Hall",
        "Centre",
        "Center",
        "Station",
        "Headquarters",
        "Summit",
        "Conference",
        "Meeting",
        "Dialogue",
        "Forum",
        "Council",
        "Assembly",
        "Parliament",
        "Bhavan",
        "Embassy",
        "Consulate",
        "University",
        "Institute",
        "Committee",
        "Commission",
        "Group",
        "Session",
        "Round",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Agreement",
        "Treaty",
        "Initiative",
        "Partnership",
        "Programme",
        "Program",
        "Strategy",
        "Year",
        "Indo-Pacific",
        "Government",
        "Union",
        "Nations",
        "Force",
        "Forces",
        "Army",
        "Navy",
        "Airport",
        "Base",
        "Mission",
        "Exercise",
    ];
    for c in unknown_place_re().captures_iter(sentence) {
        let name = c.get(1)?;
        let words: Vec<&str> = name.as_str().split(' ').collect();
        if words.iter().any(|w| {
            NOT.contains(w)
                || ctx
                    .kb
                    .gazetteer()
                    .find(w)
                    .iter()
                    .any(|h| h.span.len() == w.len())
        }) {
            continue;
        }
        return Some((name.as_str().to_string(), None));
    }
    None
}

fn is_company_deal(sentence: &str) -> bool {
    let l = sentence.to_lowercase();
    [
        "company",
        "companies",
        "firm ",
        "firms",
        " ltd",
        "limited",
        " inc",
        "corporation",
        "group's",
        "state-owned",
        "contract with",
        "aerospace",
        "industries",
    ]
    .iter()
    .any(|w| l.contains(w))
}

fn documents_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)\b(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:\w+\s+){0,2}?)?(?P<doc>memorand(?:um|a) of understanding|mous?|agreements?|treaty|treaties|protocols?|letters? of intent|arrangements?|road ?maps?|declarations?|action plans?|plans? of action|programmes?|conventions?|charters?)\b").unwrap()
    })
}

/// The documents signed, as (span within `obj`, name); "three MoUs" is
/// three documents.
fn documents(obj: &str) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    // a document noun inside the name of an earlier one ("a Joint Declaration
    // on the anniversary of the Élysée Treaty") is no second document: a new
    // one starts after a comma, "and", or the start, with no preposition between
    let matches: Vec<_> = documents_re()
        .captures_iter(obj)
        .enumerate()
        .filter(|(k, c)| {
            if *k == 0 {
                return true;
            }
            let before = &obj[..c.get(0).unwrap().start()];
            let sep = before
                .rfind([',', ';'])
                .map_or(0, |p| p + 1)
                .max(before.rfind(" and ").map_or(0, |p| p + 5));
            let between = format!(" {} ", &before[sep..].to_lowercase());
            ![
                " on ",
                " of ",
                " for ",
                " between ",
                " under ",
                " to ",
                " with ",
            ]
            .iter()
            .any(|p| between.contains(p))
        })
        .map(|(_, c)| c)
        .collect();
    for (k, c) in matches.iter().enumerate() {
        let m = c.get(0).unwrap();
        let end = matches
            .get(k + 1)
            .map_or(obj.len(), |n| n.get(0).unwrap().start());
        let name_end = obj[m.start()..end]
            .find(['.', ';'])
            .map_or(end, |p| m.start() + p);
        let name = obj[m.start()..name_end]
            .trim()
            .trim_end_matches([',', ' '])
            .to_lowercase();
        let n = c
            .name("n")
            .map_or(1, |n| match n.as_str().to_lowercase().as_str() {
                "two" => 2,
                "three" => 3,
                "four" => 4,
                "five" => 5,
                "six" => 6,
                "seven" => 7,
                "eight" => 8,
                "nine" => 9,
                "ten" => 10,
                d => d.parse().unwrap_or(1).min(12),
            });
        for j in 0..n {
            out.push((
                Span::new(m.start(), end),
                if n > 1 {
                    format!("{name} #{j}")
                } else {
                    name.clone()
                },
            ));
        }
    }
    out
}

/// The items of a list right after sentence `i` that name documents, as
/// (document span, name). List items are the following sentences that
/// start with a bullet, a dash or a number, or end with ";".
fn listed_documents(ctx: &Context, i: usize) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    for span in ctx.doc.sentences.iter().skip(i + 1).take(30) {
        let t = span.of(ctx.text);
        let item = t.starts_with(['-', '•', '*', '–', '('])
            || t.trim_end().ends_with([';', ','])
            || t.split_whitespace().next().is_some_and(|w| {
                w.trim_end_matches(['.', ')'])
                    .chars()
                    .all(|c| c.is_ascii_digit() || c.is_ascii_lowercase())
                    && w.len() <= 4
                    && w.ends_with(['.', ')'])
            });
        if !item {
            break;
        }
        let name = t
            .trim_start_matches(['-', '•', '*', '–', ' '])
            .trim_end_matches([';', ',', '.'])
            .trim();
        if documents(name).is_empty() {
            continue;
        }
        out.push((*span, name.to_lowercase()));
    }
    out
}

fn is_meet_again(obj: &str) -> bool {
    let l = obj.to_lowercase();
    let meet = [
        "hold the next",
        "meet again",
        "next round",
        "next meeting",
        "next session",
        "convene the next",
        "hold the next round",
        "remain in touch",
        "stay in touch",
        "meet regularly",
        "hold regular",
    ];
    meet.iter().any(|m| l.contains(m)) && !l.contains(" and to ") && !l.contains("cooperat")
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

fn occasion(kind: &str) -> bool {
    matches!(kind, "consultation" | "meeting" | "phone_call" | "visit")
}

/// People named around an event without a trigger of their own join it:
/// "X and Y hosted A and B" after "The 2+2 Dialogue was held today"; and a
/// pledge made by "the two ministers" is made by the occasion's people.
fn attach_people(ctx: &Context, events: &mut [Event]) {
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
    // pledges by "the two ministers" / "they": the occasion's people
    for k in 0..events.len() {
        if events[k].kind != "intent_to_cooperate" || !events[k].participants.is_empty() {
            continue;
        }
        let first = *events[k]
            .sentences
            .iter()
            .next()
            .expect("an event has a sentence");
        let said = ctx.doc.sentences[first].of(ctx.text).to_lowercase();
        let by_people = [
            "the two leaders",
            "both leaders",
            "the leaders",
            "the two ministers",
            "both ministers",
            "the ministers",
            "they ",
            "the two prime ministers",
            "the four ministers",
            "the two foreign ministers",
            "the president",
            "the prime minister",
        ]
        .iter()
        .any(|p| said.contains(p));
        if !by_people {
            continue;
        }
        let mut cs = events[k].countries.clone();
        cs.sort();
        let occ = (0..events.len())
            .filter(|&o| o != k && occasion(&events[o].kind))
            .filter(|&o| {
                let mut c = events[o].countries.clone();
                c.sort();
                c == cs && events[o].sentences.iter().any(|&s| s <= first)
            })
            .max_by_key(|&o| {
                events[o]
                    .sentences
                    .iter()
                    .copied()
                    .filter(|&s| s <= first)
                    .max()
            });
        if let Some(o) = occ {
            let people: Vec<Role> = events[o]
                .participants
                .iter()
                .map(|r| Role {
                    actor: r.actor,
                    role: "participant",
                })
                .collect();
            events[k].participants = people;
        }
    }
}

/// A pledge has the date, place and states of the meeting where it was
/// made (rule 2): the nearest occasion at most three sentences before it,
/// or in the same sentence.
fn pledges_follow_their_occasion(_ctx: &Context, events: &mut [Event]) {
    for k in 0..events.len() {
        if events[k].kind != "intent_to_cooperate" {
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
            .map(|(o, _)| o);
        let Some(o) = occ else { continue };
        // only when the pledge's own states are the occasion's, or unclear
        let own: BTreeSet<&String> = events[k].countries.iter().collect();
        let theirs: BTreeSet<&String> = events[o].countries.iter().collect();
        if own == theirs || theirs.is_subset(&own) {
            events[k].countries = events[o].countries.clone();
            if events[o].date.is_some() {
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

/// An exercise is dated by its first day: a range anywhere in the
/// sentences about it ("from 19 to 22 March"), or the day it "commenced"
/// or "began", rather than the day a release says it concluded.
fn exercise_dates(ctx: &Context, events: &mut [Event]) {
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
            for d in dates::in_sentence(text, span.start, ctx.anchor, false) {
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
                if d.end.is_some() || starts {
                    if best.as_ref().is_none_or(|b| d.date < b.date) {
                        best = Some(d);
                    }
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
fn occasion_place(ctx: &Context, events: &[Event], k: usize) -> Option<(String, Option<String>)> {
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
}

/// A visit to a state is placed in the one city of that state the report
/// names, or in the state itself when it names several (rule 9).
fn visit_places(ctx: &Context, events: &mut [Event]) {
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
fn dates_between(ctx: &Context, from: usize, to: usize) -> Option<EventDate> {
    let mut found = None;
    for span in ctx
        .doc
        .sentences
        .iter()
        .filter(|s| s.end > from && s.start < to)
    {
        let text = span.of(ctx.text);
        if is_background(ctx, text, span.start) {
            continue;
        }
        let lower = text.to_lowercase();
        if ["will ", "next ", "upcoming", "scheduled", "expected"]
            .iter()
            .any(|w| lower.contains(w))
        {
            continue;
        }
        for d in dates::in_sentence(text, span.start, ctx.anchor, false) {
            let recent = match (ctx.anchor, NaiveDate::parse_from_str(&d.date, "%Y-%m-%d")) {
                (Some(a), Ok(day)) => day <= a && (a - day).num_days() <= 31,
                _ => false,
            };
            // only a date that heads its line or sentence ("18 November,
            // 14:05 -", "Monday, 18 August:"), as entries of live blogs and
            // digests are dated; a date inside prose belongs to its own clause
            let heads = ctx.text[span.start..d.span.start]
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .split_whitespace()
                .count()
                <= 1;
            if recent && heads && d.span.start >= from && d.span.end <= to {
                found = Some(d);
            }
        }
    }
    found
}

fn inherit(ctx: &Context, events: &mut [Event]) {
    let fallback = ctx.anchor.map(|a| EventDate {
        span: Span::new(0, 0),
        date: a.to_string(),
        end: None,
    });
    for k in 0..events.len() {
        if events[k].date.is_none() {
            // the nearest earlier single-day date (a visit's range is not
            // the day of the meetings held during it), else any date
            let single = |j: &usize| events[*j].date.as_ref().is_some_and(|d| d.end.is_none());
            let prev = (0..k)
                .rev()
                .find(single)
                .or_else(|| (0..k).rev().find(|&j| events[j].date.is_some()));
            let next = (k + 1..events.len()).find(|&j| events[j].date.is_some());
            let from_event = prev.or(next).and_then(|j| events[j].date.clone());
            // a date written between that event and this one (a live blog's
            // entry time, a digest item's day) is the nearer occasion
            let at = events[k].at;
            let after = prev.map_or(ctx.doc.body_start, |j| events[j].at);
            let written = dates_between(ctx, after, at);
            events[k].date = written
                .or(from_event)
                .or_else(|| fallback.clone())
                .map(|mut d| {
                    d.end = None;
                    d
                });
        }
        if events[k].place.is_none() && events[k].kind != "phone_call" {
            events[k].place = occasion_place(ctx, events, k);
        }
    }
}
