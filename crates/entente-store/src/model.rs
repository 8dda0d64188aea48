//! What goes into the store and what comes out of it.

use entente_core::record::{DocRecord, EventRecord};
use entente_core::Document;
use serde::Serialize;

/// A document with its record, ready to be written.
#[derive(Debug, Clone)]
pub struct Extracted {
    pub doc: Document,
    /// [`crate::content_hash`] of `doc`.
    pub content_hash: String,
    pub record: DocRecord,
}

/// How a batch treats a document that is already stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteMode {
    /// Skip it when its content hash is unchanged, else replace it.
    Ingest,
    /// Replace its rows whatever the hash (re-extraction).
    Replace,
}

/// What writing one document did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    New,
    Unchanged,
    Replaced,
}

/// A stored document, as read back for re-extraction.
#[derive(Debug, Clone)]
pub struct StoredDocument {
    /// The store's key (stable while the document is stored).
    pub key: i64,
    /// The document as it was given: id, text, given date, url, source.
    pub doc: Document,
    pub content_hash: String,
    pub extractor_version: String,
}

/// One stored event with the document it comes from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredEvent {
    /// The row id; changes when the document is re-extracted.
    pub event_id: i64,
    /// A key that survives re-extraction while the event stays the same
    /// (document, type, date, countries): see [`crate::event_key`].
    pub event_key: String,
    /// The document's id.
    pub doc: String,
    pub doc_published: Option<String>,
    pub url: Option<String>,
    /// The extractor version that produced the row.
    pub extractor: String,
    /// When the document was stored (UTC, RFC 3339).
    pub added: String,
    /// Position of the event in its document's record.
    pub ord: u32,
    #[serde(flatten)]
    pub event: EventRecord,
}

/// A person and how often they appear.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorRow {
    pub name: String,
    pub country: Option<String>,
    /// Events the person takes part in.
    pub events: u64,
    /// Titles the person is given, most frequent first, with counts over
    /// their latest 1,000 appearances.
    pub offices: Vec<(String, u64)>,
}

/// A document found by full-text search.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    pub doc: String,
    pub published: Option<String>,
    pub url: Option<String>,
    /// The matching passage, matches in [brackets].
    pub snippet: String,
    pub events: u64,
}

/// Row counts of a store.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    pub schema_version: u32,
    pub documents: u64,
    pub events: u64,
    pub statements: u64,
    pub actors: u64,
}
