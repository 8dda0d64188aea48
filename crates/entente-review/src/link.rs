//! Linking events to the commitments they evidence.
//!
//! An event of the partnership's states is linked to a commitment when its
//! evidence sentences name one of the commitment's keywords, or name one of
//! its entities in a round of one of its mechanisms; shared areas add
//! weight but never link on their own (every defence meeting is not about
//! submarines, nor every Strategic Dialogue round about Rafale).
//! Analysts' decisions override the rules: a confirmed link stays, a
//! rejected one goes, whatever the extractor finds next time.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use entente_core::record::EventRecord;
use serde::Serialize;

use crate::roadmap::Roadmap;

/// An event as the review sees it: enough to show and to link.
#[derive(Debug, Clone, Serialize)]
pub struct ReviewEvent {
    /// Stable across re-extraction: document id, type, date and states.
    pub key: String,
    pub doc_id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub date: Option<String>,
    pub place: Option<String>,
    pub countries: Vec<String>,
    pub participants: Vec<String>,
    pub co_chairs: Vec<String>,
    pub mechanism: Option<String>,
    pub round: Option<u32>,
    pub areas: Vec<String>,
    /// The evidence sentences' text.
    pub sentences: Vec<String>,
}

impl ReviewEvent {
    /// From a record's event and its document's text.
    pub fn from_record(doc_id: &str, text: &str, e: &EventRecord) -> ReviewEvent {
        let sentences = e
            .evidence
            .iter()
            .filter_map(|ev| text.get(ev.start..ev.end))
            .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        ReviewEvent {
            key: event_key(doc_id, e),
            doc_id: doc_id.to_string(),
            kind: e.kind.clone(),
            date: e.date.clone(),
            place: e.place.as_ref().map(|p| p.name.clone()),
            countries: e.countries.clone(),
            participants: e.participants.iter().map(|p| p.name.clone()).collect(),
            co_chairs: e
                .participants
                .iter()
                .filter(|p| p.role.as_deref() == Some("co-chair"))
                .map(|p| p.name.clone())
                .collect(),
            mechanism: e.mechanism.clone(),
            round: e.round,
            areas: e.areas.clone(),
            sentences,
        }
    }
}

/// The key an analyst's decision is stored under: it names the real-world
/// interaction, not a database row, so it survives re-extraction.
pub fn event_key(doc_id: &str, e: &EventRecord) -> String {
    format!(
        "{doc_id}|{}|{}|{}|{}",
        e.kind,
        e.date.as_deref().unwrap_or("-"),
        e.countries.join("-"),
        e.mechanism.as_deref().unwrap_or("-")
    )
}

/// An analyst's decision about one link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Decision {
    pub event_key: String,
    pub commitment: String,
    pub confirmed: bool,
}

/// An event evidencing a commitment.
#[derive(Debug, Clone, Serialize)]
pub struct Link {
    pub commitment: String,
    pub event: usize,
    pub score: u32,
    /// What matched: "keyword Scorpène", "mechanism Annual Defence Dialogue".
    pub reasons: Vec<String>,
    /// The sentence that shows it.
    pub sentence: String,
    /// "rule", "confirmed" (by an analyst).
    pub by: &'static str,
}

struct Matcher {
    ac: AhoCorasick,
    /// pattern -> (commitment index, is entity, the written form)
    owner: Vec<(usize, bool, String)>,
}

fn matcher(r: &Roadmap) -> Matcher {
    let mut forms = Vec::new();
    let mut owner = Vec::new();
    for (i, c) in r.file.commitment.iter().enumerate() {
        for k in &c.keywords {
            forms.push(k.clone());
            owner.push((i, false, k.clone()));
        }
        for k in &c.entities {
            forms.push(k.clone());
            owner.push((i, true, k.clone()));
        }
    }
    let ac = AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .build(&forms)
        .expect("roadmap keyword automaton");
    Matcher { ac, owner }
}

fn whole_word(text: &str, s: usize, e: usize) -> bool {
    text[..s]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
        && text[e..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric())
}

/// Links events to the roadmap's commitments, then applies decisions.
pub fn link(r: &Roadmap, events: &[ReviewEvent], decisions: &[Decision]) -> Vec<Link> {
    let m = matcher(r);
    let partners = &r.file.roadmap.partnership;
    let mut out: Vec<Link> = Vec::new();
    for (ei, e) in events.iter().enumerate() {
        if !partners.iter().all(|p| e.countries.contains(p)) {
            continue;
        }
        let mut per: Vec<(u32, Vec<String>, Option<String>)> =
            vec![(0, Vec::new(), None); r.file.commitment.len()];
        for s in &e.sentences {
            for hit in m.ac.find_overlapping_iter(s.as_str()) {
                if !whole_word(s, hit.start(), hit.end()) {
                    continue;
                }
                let (ci, entity, form) = &m.owner[hit.pattern().as_usize()];
                let reason = format!("{} {form}", if *entity { "entity" } else { "keyword" });
                let slot = &mut per[*ci];
                if !slot.1.contains(&reason) {
                    slot.0 += if *entity { 2 } else { 3 };
                    slot.1.push(reason);
                    slot.2.get_or_insert_with(|| s.clone());
                }
            }
        }
        for (ci, c) in r.file.commitment.iter().enumerate() {
            if let Some(mech) = &e.mechanism {
                if c.mechanisms.contains(mech) {
                    per[ci].0 += 3;
                    per[ci].1.push(format!("mechanism {mech}"));
                }
            }
            if per[ci].0 > 0 {
                let shared = c
                    .areas
                    .iter()
                    .filter(|a| e.areas.contains(a))
                    .count()
                    .min(2) as u32;
                per[ci].0 += shared;
                if shared > 0 {
                    per[ci].1.push(format!("{shared} shared area(s)"));
                }
            }
        }
        for (ci, (score, reasons, sentence)) in per.into_iter().enumerate() {
            // a keyword names the commitment; a mechanism or an organisation
            // alone (a Strategic Dialogue round, "the Indian Navy") does not,
            // but the two together do
            let keyword = reasons.iter().any(|r| r.starts_with("keyword "));
            let entity = reasons.iter().any(|r| r.starts_with("entity "));
            let mechanism = reasons.iter().any(|r| r.starts_with("mechanism "));
            if score == 0 || !(keyword || entity && mechanism) {
                continue;
            }
            out.push(Link {
                commitment: r.file.commitment[ci].id.clone(),
                event: ei,
                score,
                reasons,
                sentence: sentence
                    .or_else(|| e.sentences.first().cloned())
                    .unwrap_or_default(),
                by: "rule",
            });
        }
    }
    // analysts' decisions win over the rules
    for d in decisions {
        let Some(ei) = events.iter().position(|e| e.key == d.event_key) else {
            continue;
        };
        out.retain(|l| !(l.event == ei && l.commitment == d.commitment));
        if d.confirmed {
            out.push(Link {
                commitment: d.commitment.clone(),
                event: ei,
                score: 100,
                reasons: vec!["confirmed by an analyst".into()],
                sentence: events[ei].sentences.first().cloned().unwrap_or_default(),
                by: "confirmed",
            });
        }
    }
    out
}
