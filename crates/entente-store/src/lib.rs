//! The store: documents and their extracted records, kept so that an
//! analyst can load thousands of documents once and ask questions of them.
//!
//! * [`Store`] is the backend trait; [`SqliteStore`] the embedded default
//!   (one file, WAL, schema migrations in `migrations/sqlite/`). Nothing in
//!   the trait names SQLite, so that a PostgreSQL backend can follow.
//! * [`pipeline`] ingests documents: parallel extraction (rayon), one
//!   transaction per batch, idempotent by content hash (unchanged content
//!   is skipped, changed content replaces its document's rows atomically),
//!   and re-extraction of stored documents.
//! * [`EventFilter`] describes an event query (countries, pair, type, area,
//!   person, mechanism, dates, full text); [`export`] writes JSON Lines,
//!   CSV and GDELT 2.0 event-table TSV.
//!
//! ```
//! use entente_core::record::DocRecord;
//! use entente_core::Document;
//! use entente_store::{pipeline, EventFilter, SqliteStore, Store};
//!
//! let dir = tempfile::tempdir().unwrap();
//! let mut store = SqliteStore::open(&dir.path().join("entente.db")).unwrap();
//! let docs = vec![Ok::<_, String>(Document::new("d1", "India and France held talks."))];
//! let extract = |d: Document| DocRecord {
//!     id: d.id, published: None, dateline: None, events: vec![], statements: vec![],
//! };
//! let summary = pipeline::ingest(&mut store, docs.into_iter(), &extract, "test 1", &mut ()).unwrap();
//! assert_eq!(summary.new, 1);
//! assert!(store.events(&EventFilter::default()).unwrap().is_empty());
//! ```

mod error;
pub mod export;
mod filter;
pub mod gdelt;
mod hash;
mod model;
pub mod pipeline;
mod sqlite;

pub use error::StoreError;
pub use filter::{parse_code, Dialect, EventFilter, Order};
pub use hash::{content_hash, event_key};
pub use model::{
    ActorRow, Extracted, Outcome, SearchHit, Stats, StoredDocument, StoredEvent, WriteMode,
};
pub use sqlite::{SqliteStore, SCHEMA_VERSION};

use std::collections::HashMap;
use std::path::PathBuf;

use entente_core::record::DocRecord;

/// The result type of every store operation.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// The store file used when neither `--db` nor `ENTENTE_DB` names one.
pub const DEFAULT_DB: &str = "entente.db";

/// The environment variable naming the store file.
pub const DB_ENV: &str = "ENTENTE_DB";

/// The store path: the given one, else `$ENTENTE_DB`, else `./entente.db`.
pub fn db_path(given: Option<PathBuf>) -> PathBuf {
    given
        .or_else(|| {
            std::env::var_os(DB_ENV)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        })
        .unwrap_or_else(|| PathBuf::from(DEFAULT_DB))
}

/// A storage backend. Writes happen in batches, each batch in one
/// transaction; reads never see half of a batch.
pub trait Store {
    /// The schema version the store is at.
    fn schema_version(&self) -> Result<u32>;

    /// The stored content hash of each of `doc_ids` that is stored, so that
    /// unchanged documents can be skipped before extraction.
    fn stored_hashes(&self, doc_ids: &[&str]) -> Result<HashMap<String, String>>;

    /// Writes a batch of extracted documents in one transaction, each
    /// stamped with `extractor_version`; one outcome per document.
    fn write_batch(
        &mut self,
        batch: &[Extracted],
        mode: WriteMode,
        extractor_version: &str,
    ) -> Result<Vec<Outcome>>;

    /// Up to `limit` stored documents with a key above `after`, in key
    /// order; with `stale_for`, only those not extracted by that version.
    fn documents_after(
        &self,
        after: i64,
        limit: usize,
        stale_for: Option<&str>,
    ) -> Result<Vec<StoredDocument>>;

    /// How many documents are stored (not extracted by `stale_for`, if given).
    fn count_documents(&self, stale_for: Option<&str>) -> Result<u64>;

    /// Events matching a filter, in the filter's order, up to its limit.
    fn events(&self, filter: &EventFilter) -> Result<Vec<StoredEvent>>;

    /// Up to `limit` events with an id above `after`, in id order (exports).
    fn events_after(&self, after: i64, limit: usize) -> Result<Vec<StoredEvent>>;

    /// Up to `limit` documents' records with a key above `after`, in key
    /// order, as (key, record): the records `extract` printed.
    fn records_after(&self, after: i64, limit: usize) -> Result<Vec<(i64, DocRecord)>>;

    /// The people who take part in the most events matching `filter`.
    fn actors(&self, filter: &EventFilter, limit: usize) -> Result<Vec<ActorRow>>;

    /// Documents matching a full-text query, best first. `raw` passes the
    /// backend's query syntax through; otherwise the words are a phrase.
    fn search(&self, query: &str, raw: bool, limit: usize) -> Result<Vec<SearchHit>>;

    /// Row counts.
    fn stats(&self) -> Result<Stats>;

    /// Documents whose stored rows disagree with their own counts (empty
    /// unless something is wrong), and the backend's own integrity check.
    fn check(&self) -> Result<Vec<String>>;

    /// Lets the backend refresh planner statistics after large writes.
    fn optimize(&mut self) -> Result<()>;

    /// Another handle on the same store (for SQLite, a second connection
    /// to the file), so that one thread can read while another writes.
    /// It serves the pipeline's lookups, so a backend may give it less
    /// memory than the first (for SQLite, a page cache of 8 MiB).
    fn reopen(&self) -> Result<Self>
    where
        Self: Sized;
}
