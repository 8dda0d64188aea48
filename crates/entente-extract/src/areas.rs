//! Stage 6: cooperation areas per event.
//!
//! An area belongs to an event when the text says it was discussed or
//! covered there: area words in the event's own sentences, and in
//! "discussion" sentences that carry no event of their own ("During the
//! meeting, the discussions encompassed ..."), which attach to the nearest
//! earlier occasion (consultation, meeting, call, visit). A pledge's or a
//! signed document's areas are those of its own clause, and they count for
//! the occasion too. Phrases that name formats ("high-level exchanges")
//! are not areas; background sentences give none.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use aho_corasick::AhoCorasick;

use entente_core::Span;
use entente_kb::Target;

use crate::events::Event;
use crate::Context;

/// Area slugs mentioned inside `span`; `situations` are the offsets of
/// "the situation in X" phrases (`situations_in`).
fn areas_in(ctx: &Context, span: Span, situations: &[usize]) -> BTreeSet<String> {
    let mut out: BTreeSet<String> = ctx
        .mentions_in(span)
        .iter()
        .flat_map(|m| m.targets.iter())
        .filter_map(|t| match *t {
            Target::Area(a) => Some(ctx.kb.areas[a].slug.clone()),
            _ => None,
        })
        .collect();
    let first = situations.partition_point(|&p| p < span.start);
    if situations.get(first).is_some_and(|&p| p < span.end) {
        out.insert("global-regional-issues".to_string());
    }
    out
}

/// Where the text names a state of affairs somewhere ("the situation in
/// Venezuela", "the crisis in Sudan", "developments in the Indian Ocean
/// region"): a regional or global issue, whatever the place (the
/// knowledge base lists the usual ones by name). Found in one pass.
fn situations_in(text: &str) -> Vec<usize> {
    // the nouns are rare words: one automaton pass finds them, then the
    // preposition after each is checked
    const NOUNS: &[&str] = &[
        "situation",
        "crisis",
        "conflict",
        "developments",
        "tensions",
        "violence",
        "instability",
        "war",
        "fighting",
    ];
    static FINDER: OnceLock<AhoCorasick> = OnceLock::new();
    let finder = FINDER.get_or_init(|| {
        AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(NOUNS)
            .expect("situation nouns")
    });
    let mut out = Vec::new();
    for m in finder.find_iter(text) {
        if m.start() > 0 && text.as_bytes()[m.start() - 1] != b' ' {
            continue;
        }
        let noun = NOUNS[m.pattern().as_usize()];
        let after = &text[m.end()..];
        let Some((prep, rest)) = [" in ", " on ", " around "]
            .iter()
            .find_map(|p| after.strip_prefix(p).map(|rest| (*p, rest)))
        else {
            continue;
        };
        let fits = prep == " in " || noun == "situation" || prep == " on " && noun == "tensions";
        let rest = rest.strip_prefix("the ").unwrap_or(rest);
        if fits && rest.starts_with(char::is_uppercase) {
            out.push(m.start());
        }
    }
    out
}

fn is_occasion(kind: &str) -> bool {
    matches!(
        kind,
        "consultation" | "meeting" | "phone_call" | "visit" | "negotiation"
    )
}

fn discussion_words(s: &str) -> bool {
    static WORDS: OnceLock<AhoCorasick> = OnceLock::new();
    crate::phrase_set(&WORDS, DISCUSSION_WORDS).is_match(s)
}

/// Words that tell a sentence reports what was discussed (substrings).
const DISCUSSION_WORDS: &[&str] = &[
    "discuss",
    "review",
    "talks",
    "focus",
    "covered",
    "encompass",
    "extended to",
    "exchanged views",
    "deliberat",
    "took stock",
    "agenda",
    "cooperation in",
    "cooperation on",
    "areas",
    "explored",
    "spoke about",
    "touched upon",
    "dialogue",
    "conversation",
    // what a participant said in the talks ("Lee said that the
    // alliance, the linchpin of peace on the Korean Peninsula, ...")
    "said that",
    "stressed",
    "underlined",
    "emphasised",
    "emphasized",
    "noted that",
    "expressed",
    "conveyed",
    // French readouts: "ont passé en revue", "ont échangé sur", "ont
    // évoqué", "ont fait le point sur"
    "en revue",
    "changé sur",
    "voqué",
    "le point sur",
    "dans les domaines",
    // "Leur entretien a porté sur ...", "ont abordé ..."
    "porté sur",
    "portant sur",
    "abordé",
    "discuté",
];

/// Words of military training: a sentence with one describes an exercise.
const TRAINING_WORDS: &[&str] = &[
    "exercise",
    "drill",
    "troops",
    "trained",
    "training",
    "manoeuvre",
    "maneuver",
    "soldiers",
    "sailors",
    "contingent",
    "interoperability",
    "operations",
];

fn training_words(s: &str) -> bool {
    static WORDS: OnceLock<AhoCorasick> = OnceLock::new();
    crate::phrase_set(&WORDS, TRAINING_WORDS).is_match(s)
}

/// Whether `s` holds one of `words` as whole words, in any case.
fn holds_word(s: &str, words: &[String]) -> bool {
    let lower = s.to_lowercase();
    words.iter().any(|w| {
        let w = w.to_lowercase();
        lower.match_indices(&w).any(|(p, _)| {
            let before = lower[..p].chars().next_back();
            let after = lower[p + w.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    })
}

/// An exercise covers what it trained for ("drills in counter-terrorism
/// operations in semi-urban terrain"): the sentences after it that describe
/// the training and carry no event of their own, up to the next event. A
/// naval exercise is maritime cooperation: an area's `exercise_signs` in
/// those sentences put the exercise in that area.
fn exercise_areas(ctx: &Context, events: &mut [Event], owner: &[Vec<usize>], situations: &[usize]) {
    let sentences = &ctx.doc.sentences;
    for (k, event) in events.iter_mut().enumerate() {
        if event.kind != "material_cooperation" {
            continue;
        }
        let own: Vec<Span> = event.sentences.iter().map(|&s| sentences[s]).collect();
        if !own.iter().any(|sp| training_words(sp.of(ctx.text))) {
            continue;
        }
        let first = *event.sentences.iter().next().unwrap();
        let mut described = Vec::new();
        for (s, owners) in owner.iter().enumerate().skip(first + 1) {
            if owners.iter().any(|&o| o != k) {
                break;
            }
            if owners.is_empty() && training_words(sentences[s].of(ctx.text)) {
                described.push(sentences[s]);
            }
        }
        let mut found = BTreeSet::new();
        for sp in &described {
            found.extend(areas_in(ctx, *sp, situations));
        }
        for a in ctx.kb.areas.iter().filter(|a| !a.exercise_signs.is_empty()) {
            if own
                .iter()
                .chain(&described)
                .any(|sp| holds_word(sp.of(ctx.text), &a.exercise_signs))
            {
                found.insert(a.slug.clone());
            }
        }
        event.areas.extend(found);
    }
}

fn same_states(a: &[String], b: &[String]) -> bool {
    let mut a = a.to_vec();
    let mut b = b.to_vec();
    a.sort();
    b.sort();
    a == b
}

/// Fills `areas` of every event.
pub fn assign(ctx: &Context, events: &mut [Event]) {
    let sentences = &ctx.doc.sentences;
    let situations = situations_in(ctx.text);
    // sentences that are evidence of some event
    let mut owner: Vec<Vec<usize>> = vec![Vec::new(); sentences.len()];
    for (k, e) in events.iter().enumerate() {
        for &s in &e.sentences {
            owner[s].push(k);
        }
    }
    for k in 0..events.len() {
        let e = &events[k];
        let mut got = BTreeSet::new();
        if let Some(own) = e.own_span {
            got.extend(areas_in(ctx, own, &situations));
            for &more in &e.more_spans {
                got.extend(areas_in(ctx, more, &situations));
            }
        } else {
            for &s in &e.sentences {
                // skip a sentence whose areas belong to a pledge or a signing in it
                let shared = owner[s]
                    .iter()
                    .any(|&o| o != k && events[o].own_span.is_some());
                let span = sentences[s];
                if shared {
                    let cut = owner[s]
                        .iter()
                        .filter(|&&o| o != k)
                        .filter_map(|&o| events[o].own_span)
                        .filter(|sp| span.contains(*sp))
                        .map(|sp| sp.start)
                        .min()
                        .unwrap_or(span.end);
                    got.extend(areas_in(ctx, Span::new(span.start, cut), &situations));
                    if is_occasion(&e.kind) {
                        got.extend(areas_in(ctx, span, &situations));
                    }
                } else {
                    got.extend(areas_in(ctx, span, &situations));
                }
            }
        }
        events[k].areas.extend(got);
    }
    // discussion sentences without an event of their own, and the words
    // before a pledge in a sentence that holds only pledges or signings
    // ("discussed the tariff talks and agreed to ...")
    for (s, &whole) in sentences.iter().enumerate() {
        let span = if owner[s].is_empty() {
            whole
        } else if owner[s].iter().all(|&o| {
            !is_occasion(&events[o].kind) && events[o].own_span.is_some_and(|sp| whole.contains(sp))
        }) {
            let cut = owner[s]
                .iter()
                .filter_map(|&o| events[o].own_span)
                .map(|sp| sp.start)
                .min()
                .unwrap_or(whole.start);
            Span::new(whole.start, cut)
        } else {
            continue;
        };
        let text = span.of(ctx.text);
        let found = areas_in(ctx, span, &situations);
        if found.is_empty() || !discussion_words(text) {
            continue;
        }
        // the occasion with the nearest evidence before this sentence
        let target = (0..events.len())
            .filter(|&k| is_occasion(&events[k].kind))
            .filter_map(|k| {
                events[k]
                    .sentences
                    .iter()
                    .rev()
                    .find(|&&f| f <= s)
                    .map(|&f| (k, f))
            })
            .max_by_key(|&(k, f)| (events[k].kind != "visit", f))
            .map(|(k, _)| k)
            .or_else(|| (0..events.len()).find(|&k| is_occasion(&events[k].kind)));
        if let Some(k) = target {
            events[k].areas.extend(found);
            // the sentence says what the occasion covered: it is evidence too
            if owner[s].is_empty() {
                events[k].sentences.insert(s);
            }
        }
    }
    exercise_areas(ctx, events, &owner, &situations);
    // pledged and signed areas were discussed at the occasion too
    for k in 0..events.len() {
        if events[k].own_span.is_none() {
            continue;
        }
        let first = *events[k].sentences.iter().next().unwrap();
        let countries = events[k].countries.clone();
        let areas = events[k].areas.clone();
        if let Some(o) = (0..events.len()).find(|&o| {
            is_occasion(&events[o].kind)
                && same_states(&events[o].countries, &countries)
                && events[o].sentences.iter().any(|&s| s <= first)
        }) {
            events[o].areas.extend(areas);
        }
    }
    // areas are what cooperation covered: friction has none, and a visit's
    // talks happen in its meetings, which carry the areas
    let has_talks = events
        .iter()
        .any(|e| matches!(e.kind.as_str(), "meeting" | "consultation" | "phone_call"));
    for e in events.iter_mut() {
        let cooperative = matches!(
            e.kind.as_str(),
            "consultation"
                | "meeting"
                | "phone_call"
                | "visit"
                | "negotiation"
                | "agreement"
                | "intent_to_cooperate"
                | "material_cooperation"
                | "aid"
                | "diplomatic_support"
        );
        if !cooperative || e.kind == "visit" && has_talks {
            e.areas.clear();
        }
    }
}
