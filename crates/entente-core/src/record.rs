//! The record contract: what `entente extract` prints, one JSON object per
//! document. Field order and names follow `shared/spec/record-format.md`;
//! optional extensions (`end_date` aside, which the spec names) are skipped
//! when empty so that the contract's shape stays exact.

use serde::{Deserialize, Serialize};

/// The record of one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocRecord {
    pub id: String,
    pub published: Option<String>,
    pub dateline: Option<Dateline>,
    pub events: Vec<EventRecord>,
    pub statements: Vec<StatementRecord>,
}

/// The place a report was filed from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dateline {
    pub place: String,
    pub country: Option<String>,
}

/// A place where an event happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    pub name: String,
    pub country: Option<String>,
}

/// One real-world interaction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    #[serde(rename = "type")]
    pub kind: String,
    pub cameo: String,
    pub date: Option<String>,
    pub end_date: Option<String>,
    pub place: Option<Place>,
    pub countries: Vec<String>,
    pub source: Option<String>,
    pub target: Option<String>,
    pub participants: Vec<Participant>,
    pub mechanism: Option<String>,
    pub areas: Vec<String>,
    pub evidence: Vec<Evidence>,
    /// Extension: the round of a mechanism ("the 17th round").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub round: Option<u32>,
    /// Extension: `"planned"` for a clearly announced future event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

/// A named person taking part in an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    pub name: String,
    pub title: Option<String>,
    pub country: Option<String>,
    pub role: Option<String>,
}

/// A byte range of the document's text that states the event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub start: usize,
    pub end: usize,
}

/// Words inside quotation marks, with who said them and how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatementRecord {
    pub speaker: Option<String>,
    pub title: Option<String>,
    pub org: Option<String>,
    pub country: Option<String>,
    pub channel: Option<String>,
    pub quote: String,
    /// Extension: where the quote stands in the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Evidence>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_serialises_in_contract_order() {
        let e = EventRecord {
            kind: "meeting".into(),
            cameo: "040".into(),
            date: None,
            end_date: None,
            place: None,
            countries: vec!["FRA".into(), "IND".into()],
            source: None,
            target: None,
            participants: vec![],
            mechanism: None,
            areas: vec![],
            evidence: vec![Evidence { start: 0, end: 4 }],
            round: None,
            status: None,
        };
        let s = serde_json::to_string(&e).unwrap();
        assert!(s.starts_with(r#"{"type":"meeting","cameo":"040","date":null,"end_date":null"#));
        assert!(!s.contains("round"));
        assert!(!s.contains("status"));
    }
}
