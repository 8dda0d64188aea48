//! Arguments of a trigger: who is on each side, which states, where.
//!
//! A sentence is cut in two around the trigger: the subject side (before
//! it) and the object side (after it, up to a topic marker such as "to
//! discuss", "on the situation in", "including"). States named in a topic
//! ("the Russia-Ukraine conflict") are not parties; a state word after
//! "in" or "at" is a place.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, Input, MatchKind};
use entente_core::Span;
use entente_kb::Target;

use crate::Context;

/// Markers after which the words name topics, not parties.
const TOPIC_MARKERS: &[&str] = &[
    " for helping",
    " for supporting",
    " for their role",
    " that it accuses",
    " it accuses",
    " accused of",
    ", prompting",
    " on the sidelines",
    " on the margins",
    ", with ",
    " with the two sides",
    " to push",
    " and push",
    ", as ",
    " as part of",
    " that focused",
    " which focused",
    " focused on",
    " centred on",
    " centered on",
    " that covered",
    " to discuss",
    ", discussing",
    " to coordinate",
    " to prepare",
    ", along the lines",
    " along the lines of",
    " and discussed",
    " discussed",
    " to review",
    " and reviewed",
    " on the situation",
    " the situation in",
    " regarding",
    " concerning",
    " about ",
    " amid ",
    " including",
    " such as",
    " on issues",
    " on bilateral",
    " on regional",
    " on global",
    " on ways",
    " on the",
    " on cooperation",
    " on matters",
    " over ",
    " focusing on",
    " focussing on",
    " covering",
    " to take stock",
    " to strengthen",
    " to deepen",
    " to boost",
    " to expand",
    " to enhance",
    " in the areas",
    " in areas",
    " for cooperation",
    // "welcomed X to NATO Headquarters for talks on defence investment,
    // support for Ukraine": the topics of the talks
    " for talks on",
    " for discussions on",
    // another clause or a reason: "with Israel, while Chile and Colombia
    // recalled their ambassadors", "with Ecuador in solidarity with Mexico"
    ", while ",
    ", whereas ",
    " in solidarity with",
    // "condemned the campaign in statements expressing solidarity with
    // Germany": the state stood by, not the one condemned
    " solidarity with",
    " according to",
    " following ",
    " after ",
    " in response to",
    // "recalled its ambassador to France in protest at Paris's decision to
    // back Morocco's plan": the cause, not a further party
    " in protest",
    " in retaliation",
    " in reaction to",
    " because ",
    " in connection with",
    " in the wake of",
    " ahead of",
    " in the run-up to",
    ", accusing",
    ", alleging",
    " which ",
    " who ",
    " where ",
    ", and ",
    " besides",
    // "for a two-day visit, his first since the fall of Assad in Syria":
    // an apposition or a reference point, not a further party
    ", his first",
    ", her first",
    ", their first",
];

/// Where the object side of a trigger ends.
pub fn object_end(sentence: &str, trigger_end: usize) -> usize {
    // one automaton for all markers: its leftmost match is the earliest
    // marker, as a `find` per marker would give, in one pass
    static MARKERS: OnceLock<AhoCorasick> = OnceLock::new();
    let ac = MARKERS.get_or_init(|| markers(TOPIC_MARKERS));
    ac.find(&sentence[trigger_end..])
        .map_or(sentence.len(), |m| trigger_end + m.start())
}

fn markers(list: &[&str]) -> AhoCorasick {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .build(list)
        .expect("topic markers are plain strings")
}

/// Where the subject side of a trigger at `trigger_start` ends: at the
/// first topic-list marker before the trigger, else at the trigger.
pub fn subject_end(sentence: &str, trigger_start: usize) -> usize {
    // only markers that open a list of topics; "after", "following" and the
    // like may open an introductory phrase before the subject
    const SUBJECT_TOPICS: &[&str] = &[
        " discussed ",
        " reviewed ",
        " exchanged views on ",
        " talked about ",
        " support for ",
        " the situation in ",
        " regarding ",
        " concerning ",
        " including ",
        " such as ",
    ];
    static MARKERS: OnceLock<AhoCorasick> = OnceLock::new();
    let ac = MARKERS.get_or_init(|| markers(SUBJECT_TOPICS));
    // a marker at the very start opens no list after a subject
    if trigger_start < 2 {
        return trigger_start;
    }
    let before = Input::new(&sentence[..trigger_start]).span(1..trigger_start);
    ac.find(before).map_or(trigger_start, |m| m.start())
}

/// The parties found in one window of a sentence.
#[derive(Debug, Default, Clone)]
pub struct Side {
    /// Actor indices (into `Context::actors`), in order.
    pub actors: Vec<usize>,
    /// State and body codes, in order of first mention, without repeats.
    pub countries: Vec<String>,
    /// Places named with "in"/"at" (name, country).
    pub places: Vec<(String, String)>,
}

impl Side {
    /// Adds a state or body code once.
    pub fn add_country(&mut self, c: &str) {
        if !self.countries.iter().any(|x| x == c) {
            self.countries.push(c.to_string());
        }
    }
}

/// Reads the parties and places in `window` (document byte offsets).
/// Words inside a quotation count only for a trigger inside that same
/// quotation (`quote`); a speaker outside it is no party to what is quoted.
pub fn side(ctx: &Context, window: Span, quote: Option<Span>) -> Side {
    let text = ctx.text;
    let mut s = Side::default();
    let visible = |sp: Span| match quote {
        Some(q) => q.contains(sp),
        None => ctx.quote_at(sp.start).is_none(),
    };
    // actors and mentions are in text order: look only at the window's
    // slice, so that a long document costs no more per trigger
    let first_actor = ctx.actors.partition_point(|a| a.span.start < window.start);
    for (i, a) in ctx.actors.iter().enumerate().skip(first_actor) {
        if a.span.start >= window.end {
            break;
        }
        // "President Emmanuel Macron's diplomatic adviser": a possessive
        // names whose adviser, not who took part
        let after = &ctx.text[a.span.end..];
        let possessive = (after.starts_with("'s") || after.starts_with("’s"))
            && after.split_whitespace().skip(1).take(3).any(|w| {
                matches!(
                    w.trim_matches(|c: char| !c.is_alphabetic())
                        .to_lowercase()
                        .as_str(),
                    "adviser"
                        | "advisor"
                        | "aide"
                        | "spokesperson"
                        | "spokesman"
                        | "spokeswoman"
                        | "envoy"
                        | "office"
                        | "government"
                        | "ministry"
                        | "secretary"
                        | "representative"
                )
            });
        if window.contains(a.span) && visible(a.span) && !possessive && !speaker_label(text, a.span)
        {
            s.actors.push(i);
        }
    }
    // actors' own countries first: they are the surest parties
    for &i in &s.actors.clone() {
        if let Some(c) = &ctx.actors[i].country {
            s.add_country(c);
        }
    }
    let first_mention = ctx
        .mentions
        .partition_point(|m| m.span.start < window.start);
    let mut last_topical: Option<usize> = None;
    // (looked for once, and only when a place stands in the window)
    let mut to_come: Option<Option<usize>> = None;
    for (k, m) in ctx.mentions[first_mention..]
        .iter()
        .enumerate()
        .take_while(|(_, m)| m.span.start < window.end)
    {
        let previous = (first_mention + k).checked_sub(1).map(|j| &ctx.mentions[j]);
        if !window.contains(m.span) || !visible(m.span) {
            continue;
        }
        // "JAKARTA, 4 June - The Secretary-General of ASEAN received ...":
        // a dateline after a headline stays in its sentence, and its place
        // is where the report was filed, no party (it may still be where
        // the act was)
        if ctx
            .doc
            .dateline
            .as_ref()
            .is_some_and(|d| d.span.contains(m.span))
        {
            if let Some(p) = m.find(|t| match *t {
                Target::Place(p) => Some(p),
                _ => None,
            }) {
                let pe = &ctx.kb.places[p];
                s.places.push((pe.name.clone(), pe.country.clone()));
            }
            continue;
        }
        let before = text[..m.span.start].trim_end();
        let prep = before
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("");
        // "companies based in China" name China's side, not a place
        let based = before.ends_with("based in")
            || before.ends_with("registered in")
            || before.ends_with("located in");
        let is_place_prep = !based
            && matches!(
                prep,
                "in" | "at" | "In" | "At" | "from" | "From" | "near" | "outside"
            );
        // "the situation in Gaza and in Lebanon", "security in the High
        // North", "agreed to hold the next round in Cairo": a place that is
        // what was talked of, or where a later meeting is to be, is not
        // where this one was
        let topical = topic_place(text, m.span.start)
            || last_topical.is_some_and(|end| joined_by_and(&text[end..m.span.start]));
        let place_like = is_place_prep || m.targets.iter().any(|t| matches!(t, Target::Place(_)));
        let coming = place_like
            && to_come
                .get_or_insert_with(|| {
                    to_come_end(&text[window.start..window.end]).map(|e| window.start + e)
                })
                .is_some_and(|end| end <= m.span.start);
        if topical || coming {
            last_topical = Some(m.span.end);
            if is_place_prep
                || m.find(|t| matches!(t, Target::Place(_)).then_some(()))
                    .is_some()
            {
                continue;
            }
        }
        if let Some(p) = m.find(|t| match *t {
            Target::Place(i) => Some(i),
            _ => None,
        }) {
            let pe = &ctx.kb.places[p];
            // "at Hyderabad House", "the San Martín Palace": a building
            // named after a city is not the city
            let venue = ctx.text[m.span.end..]
                .split_whitespace()
                .next()
                .is_some_and(|w| {
                    matches!(
                        w.trim_end_matches([',', '.', ';']),
                        "House"
                            | "Palace"
                            | "Hall"
                            | "Guest"
                            | "Bhavan"
                            | "Castle"
                            | "Centre"
                            | "Center"
                            | "Institute"
                            | "University"
                            | "Academy"
                            | "Port"
                            | "Airport"
                            | "Stadium"
                            | "Hotel"
                    )
                });
            if venue {
                continue;
            }
            if is_place_prep || !m.is_state_word() {
                s.places.push((pe.name.clone(), pe.country.clone()));
                continue;
            }
        }
        if !m.is_state_word() {
            // institutions and offices imply their state
            // ...when the form is one state's own ("MEA"), not a common
            // name ("the Prime Minister's Office", "Ministry of Defence")
            let states: Vec<&str> = m
                .targets
                .iter()
                .filter_map(|t| match *t {
                    Target::Institution(i) => Some(ctx.kb.institutions[i].country.as_str()),
                    _ => None,
                })
                .collect();
            if let Some(first) = states.first() {
                if states.iter().all(|c| c == first) {
                    s.add_country(first);
                }
            }
            continue;
        }
        let Some(code) = m.country(ctx.kb) else {
            continue;
        };
        // "Kuala Lumpur, Malaysia": the state of a place just named
        let after_place = previous.is_some_and(|p| {
            p.span.end <= m.span.start
                && matches!(text[p.span.end..m.span.start].trim(), "," | ", the")
                && p.targets.iter().any(|t| matches!(t, Target::Place(_)))
        });
        if after_place {
            continue;
        }
        // "the India-EU free trade agreement", "the Russia-Ukraine conflict":
        // states that name a topic
        if names_a_topic(text, m.span.end) {
            continue;
        }
        // "the NATO summit in The Hague", "the African Union summit": a
        // gathering of the body is a setting, not a party
        if ctx.kb.body(code).is_some() && gathering_of(text, m.span) {
            continue;
        }
        // "the Lamu Port-South Sudan-Ethiopia Transport corridor": a state
        // joined by a hyphen to a word that names no state is part of a
        // project's name
        let joined_to_name = text[..m.span.start].ends_with('-')
            && previous.is_none_or(|p| p.span.end + 1 != m.span.start || !p.is_state_word());
        if joined_to_name {
            continue;
        }
        // "withdrew its staff from Argentina", "a delegation from Japan":
        // a state after "from" is a party, not where the act was
        // (a state's name: "from Congolese territory", "translated from
        // Spanish" are no parties)
        let from_state = matches!(prep, "from" | "From")
            && m.targets.iter().any(|t| matches!(t, Target::Country(_)));
        if is_place_prep && !from_state {
            if let Some(Target::Country(i)) =
                m.targets.iter().find(|t| matches!(t, Target::Country(_)))
            {
                s.places
                    .push((ctx.kb.countries[*i].name.clone(), code.to_string()));
            } else if let Some(p) = m
                .targets
                .iter()
                .any(|t| matches!(t, Target::Seat(_)))
                .then(|| ctx.kb.place(m.span.of(text)))
                .flatten()
            {
                // "in The Hague": a seat that is a city is that city
                s.places.push((p.name.clone(), p.country.clone()));
            } else if let Some(c) = ctx.kb.country(code) {
                // "at the Kremlin": a seat stands for its capital
                if let Some(cap) = &c.capital {
                    s.places.push((cap.clone(), code.to_string()));
                }
            }
            continue;
        }
        // bodies with an organisation that acts are parties: the spec's
        // event-data codes (EU, UN, NATO, ASEAN) and regional organisations
        // of the same kind (AU, ECOWAS, GCC, Arab League, OAS, IAEA); G20,
        // BRICS, the Quad are settings, not actors
        if ctx.kb.body(code).is_some() && !matches!(code, "EUR" | "UNO" | "NAT" | "ASN") {
            continue;
        }
        s.add_country(code);
    }
    s
}

/// A transcript's speaker label ("Guo Jiakun: At the invitation of ...",
/// "Shri Randhir Jaiswal, Official Spokesperson: ..."): the name opens its
/// line and a colon closes a label of capitalised words. The speaker
/// reports the events of the answer; they are no party to them.
pub fn speaker_label(text: &str, name: Span) -> bool {
    let line_start = text[..name.start].rfind('\n').map_or(0, |p| p + 1);
    if !text[line_start..name.start].trim().is_empty()
        && !matches!(
            text[line_start..name.start].trim(),
            "Shri" | "Mr." | "Ms." | "Dr."
        )
    {
        return false;
    }
    let rest = &text[name.end..];
    let Some(colon) = rest.find(':').filter(|&c| c <= 40) else {
        return false;
    };
    let label = &rest[..colon];
    !label.contains('\n')
        && label.split_whitespace().all(|w| {
            let w = w.trim_matches([',', '(', ')']);
            w.is_empty() || w.starts_with(char::is_uppercase) || matches!(w, "of" | "the" | "and")
        })
}

/// The word before the preposition ahead of a place (`start`, the place's
/// first byte) makes the place a topic: "the situation in Gaza", "security
/// in the High North", "developments in Venezuela".
pub(super) fn topic_place(text: &str, start: usize) -> bool {
    const TOPICS: &[&str] = &[
        "situation",
        "situations",
        "crisis",
        "developments",
        "war",
        "conflict",
        "ceasefire",
        "cease-fire",
        "peace",
        "fighting",
        "violence",
        "operations",
        "offensive",
        "escalation",
        "tensions",
        "stability",
        "security",
        "instability",
        "elections",
        "hostilities",
        "unrest",
        "transition",
        "reconstruction",
        "presence",
        "strikes",
        "attacks",
        "deployment",
        "process",
        "capacity",
    ];
    let mut words = text[..start].split_whitespace().rev();
    let mut w = words.next().unwrap_or("");
    if w.eq_ignore_ascii_case("the") {
        w = words.next().unwrap_or("");
    }
    if !matches!(w, "in" | "at") {
        return false;
    }
    let noun = words
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
        .to_lowercase();
    TOPICS.contains(&noun.as_str())
}

/// A body's name followed by its gathering ("NATO summit", "the African
/// Union's Assembly", "ASEAN Regional Forum"), not joined to another
/// party ("EU-India summit").
fn gathering_of(text: &str, span: Span) -> bool {
    if text[..span.start].ends_with('-') || text[span.end..].starts_with('-') {
        return false;
    }
    let next = crate::first_word_lower(past_possessive(&text[span.end..]));
    // "the summit of the African Union", "the margins of the AU Assembly"
    let before = text[..span.start].trim_end().to_lowercase();
    let of_gathering = [
        "summit of the",
        "summit of",
        "assembly of the",
        "session of the",
    ]
    .iter()
    .any(|w| before.ends_with(w));
    of_gathering
        || matches!(
            next.as_str(),
            "summit" | "summits" | "assembly" | "forum" | "ministerial" | "ministerials"
        )
}

/// Only "and", "or" or a comma between two places: "in Gaza and in Lebanon".
fn joined_by_and(between: &str) -> bool {
    let b = between.trim_matches(|c: char| c.is_whitespace() || c == ',');
    let b = b
        .strip_suffix(" in")
        .or(b.strip_suffix(" the"))
        .unwrap_or(b);
    let b = b.strip_suffix(" in").unwrap_or(b);
    matches!(
        b.trim(),
        "" | "and" | "or" | "in" | "and in" | "or in" | "and the"
    )
}

/// What comes before a place in the window sets up a later meeting there:
/// "agreed to hold the next round in Cairo", "will host in Belém".
pub(super) fn place_to_come(before: &str) -> bool {
    to_come_end(before).is_some()
}

/// Where the first phrase setting up a later meeting ends in `text`.
fn to_come_end(text: &str) -> Option<usize> {
    static SET: OnceLock<AhoCorasick> = OnceLock::new();
    crate::phrase_set(
        &SET,
        &[
            "to hold ",
            "to convene ",
            "to host ",
            "will host ",
            "will hold ",
            "next round",
            "next session",
            "next meeting",
            "to meet again",
        ],
    )
    .find(text)
    .map(|m| m.end())
}

/// What follows a name, past its possessive "'s" if any.
fn past_possessive(after: &str) -> &str {
    after
        .strip_prefix("'s")
        .or_else(|| after.strip_prefix("’s"))
        .unwrap_or(after)
}

/// A state word followed ("-EU", "'s" allowed) by a topic noun.
fn names_a_topic(text: &str, end: usize) -> bool {
    // nouns that make the states a topic; not "trade" or "economic", which
    // also head offices ("India's trade minister")
    const TOPICS: &[&str] = &[
        "free",
        "conflict",
        "war",
        "border",
        "dispute",
        "crisis",
        "invasion",
        "aggression",
        "fta",
    ];
    let mut rest = past_possessive(&text[end..]);
    // skip the other half of a compound: "-EU", "-Ukraine"
    if let Some(r) = rest.strip_prefix('-') {
        rest = r.trim_start_matches(|c: char| c.is_alphanumeric() || c == '.');
    }
    TOPICS.contains(&crate::first_word_lower(rest).as_str())
}

/// True when the sentence speaks of both parties without naming them.
pub fn mentions_both_sides(sentence: &str) -> bool {
    const PHRASES: &[&str] = &[
        "both sides",
        "the two sides",
        "two sides",
        "both countries",
        "the two countries",
        "two nations",
        "both nations",
        "the two leaders",
        "both leaders",
        "the two ministers",
        "both ministers",
        "the sides",
        "the leaders",
        "the ministers",
        "the delegations",
        "both delegations",
        "the two delegations",
        "the two prime ministers",
        "the two foreign ministers",
        "the two presidents",
        "the two navies",
        "the two armies",
        "the two air forces",
        "both navies",
        "the two co-chairs",
        "the co-chairs",
        "both co-chairs",
        "the two heads of",
        "the two chancellors",
        "the two premiers",
        "the presidents",
        "the prime ministers",
        "bilateral",
    ];
    // one case-insensitive pass for all the phrases
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    crate::phrase_set(&AC, PHRASES).is_match(sentence)
}
