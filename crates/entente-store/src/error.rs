use std::path::PathBuf;

/// What went wrong in the store, with what it was doing at the time.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: cannot open the store: {source}")]
    Open {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    #[error("{path}: the store is at schema version {found}, newer than this entente knows ({known}); use a newer entente")]
    TooNew {
        path: PathBuf,
        found: u32,
        known: u32,
    },
    #[error("schema migration {version} ({name}) failed: {source}")]
    Migration {
        version: u32,
        name: &'static str,
        #[source]
        source: rusqlite::Error,
    },
    #[error("{context}: {source}")]
    Sqlite {
        context: String,
        #[source]
        source: rusqlite::Error,
    },
    #[error("document {doc_id}: {context}: {source}")]
    Document {
        doc_id: String,
        context: String,
        #[source]
        source: rusqlite::Error,
    },
    /// A filter the store cannot run (bad pair, date, ...).
    #[error("{0}")]
    Query(String),
    /// A full-text query the search engine rejects.
    #[error("search {query:?}: {message}")]
    Search { query: String, message: String },
    /// A stored row that cannot be turned back into a record.
    #[error("stored data is damaged: {0}")]
    Damaged(String),
    #[error("{context}: {source}")]
    Io {
        context: &'static str,
        #[source]
        source: std::io::Error,
    },
    #[error("writing CSV: {0}")]
    Csv(csv::Error),
}

/// Adds what the store was doing to a backend error.
pub(crate) trait Context<T> {
    fn context(self, what: impl Into<String>) -> Result<T, StoreError>;
}

impl<T> Context<T> for Result<T, rusqlite::Error> {
    fn context(self, what: impl Into<String>) -> Result<T, StoreError> {
        self.map_err(|source| StoreError::Sqlite {
            context: what.into(),
            source,
        })
    }
}

impl From<std::io::Error> for StoreError {
    fn from(source: std::io::Error) -> Self {
        StoreError::Io {
            context: "writing output",
            source,
        }
    }
}

/// An output error of the CSV writer is an output error like any other
/// (so that a closed pipe is recognised as one).
impl From<csv::Error> for StoreError {
    fn from(e: csv::Error) -> Self {
        if !e.is_io_error() {
            return StoreError::Csv(e);
        }
        match e.into_kind() {
            csv::ErrorKind::Io(source) => StoreError::from(source),
            _ => unreachable!("is_io_error holds"),
        }
    }
}
