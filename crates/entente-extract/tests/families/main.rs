//! Extraction rules tested on phrasing families: each test holds several
//! short documents written for the test (not taken from the corpus), so a
//! rule that only fits one sentence fails here.

use entente_core::record::{DocRecord, EventRecord};
use entente_core::Document;
use entente_extract::Extractor;
use entente_kb::Kb;

fn kb() -> &'static Kb {
    static KB: std::sync::OnceLock<Kb> = std::sync::OnceLock::new();
    KB.get_or_init(|| Kb::bundled().unwrap())
}

fn extract(text: &str) -> DocRecord {
    Extractor::new(kb()).extract(Document::new("t", text))
}

fn kinds(r: &DocRecord) -> Vec<&str> {
    r.events.iter().map(|e| e.kind.as_str()).collect()
}

fn find<'r>(r: &'r DocRecord, kind: &str) -> &'r EventRecord {
    r.events
        .iter()
        .find(|e| e.kind == kind)
        .unwrap_or_else(|| panic!("no {kind} in {:?}", kinds(r)))
}

fn of_kind<'r>(r: &'r DocRecord, kind: &str) -> Vec<&'r EventRecord> {
    r.events.iter().filter(|e| e.kind == kind).collect()
}

/// The speakers of a text's statements, in order.
fn speakers(text: &str) -> Vec<Option<String>> {
    extract(text)
        .statements
        .into_iter()
        .map(|s| s.speaker)
        .collect()
}

fn names(e: &EventRecord) -> Vec<&str> {
    e.participants.iter().map(|p| p.name.as_str()).collect()
}

mod actors;
mod commitments;
mod events;
mod french;
mod friction;
mod statements;
mod time_and_place;
