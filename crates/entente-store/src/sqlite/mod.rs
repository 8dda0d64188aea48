//! The SQLite backend: one file, opened in WAL mode (readers never block
//! the writer, and a killed writer loses only its open transaction), with
//! `synchronous = NORMAL` (a commit is safe from a crash of the process;
//! a power cut may lose the last commits but never corrupts the file).

mod migrate;
mod read;
mod write;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use entente_core::record::DocRecord;
use rusqlite::{Connection, OpenFlags};

use crate::error::Context as _;
use crate::filter::Dialect;
use crate::{
    ActorRow, EventFilter, Extracted, Outcome, Result, SearchHit, Stats, Store, StoreError,
    StoredDocument, StoredEvent, WriteMode,
};

pub use migrate::SCHEMA_VERSION;

/// A store in one SQLite file.
pub struct SqliteStore {
    conn: Connection,
    path: PathBuf,
}

/// SQLite's side of the SQL: numbered `?` placeholders and FTS5.
pub(crate) struct Sqlite;

impl Dialect for Sqlite {
    fn placeholder(&self, n: usize) -> String {
        format!("?{n}")
    }
    fn text_match(&self, col: &str, ph: &str) -> String {
        format!("{col} IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH {ph})")
    }
    fn text_query(&self, words: &str) -> String {
        crate::filter::phrase(words)
    }
}

impl SqliteStore {
    /// Opens the store at `path`, creating it if needed, and brings its
    /// schema up to date.
    pub fn open(path: &Path) -> Result<SqliteStore> {
        let open_err = |source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        };
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(open_err)?;
        configure(&conn).map_err(open_err)?;
        let mut store = SqliteStore {
            conn,
            path: path.to_path_buf(),
        };
        migrate::migrate(&mut store.conn, path)?;
        Ok(store)
    }

    /// Opens a store that must already exist (for queries: a mistyped
    /// path should not silently create an empty store).
    pub fn open_existing(path: &Path) -> Result<SqliteStore> {
        if !path.is_file() {
            return Err(StoreError::Open {
                path: path.to_path_buf(),
                source: rusqlite::Error::SqliteFailure(
                    rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CANTOPEN),
                    Some("no store here; create it with `entente ingest`".into()),
                ),
            });
        }
        SqliteStore::open(path)
    }

    /// The file the store lives in.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Connection settings; WAL is a property of the file and stays set.
fn configure(conn: &Connection) -> rusqlite::Result<()> {
    // Another process writing (a second ingest) makes us wait, not fail.
    conn.busy_timeout(Duration::from_secs(30))?;
    // Room for every statement of a write batch: the default (16) is
    // fewer, and re-preparing them per document costs more than writing.
    conn.set_prepared_statement_cache_capacity(64);
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    debug_assert!(mode == "wal" || mode == "memory", "journal mode {mode}");
    conn.execute_batch(
        "PRAGMA synchronous = NORMAL;
         PRAGMA cache_size = -65536;
         PRAGMA temp_store = MEMORY;
         PRAGMA mmap_size = 268435456;",
    )
}

impl Store for SqliteStore {
    fn schema_version(&self) -> Result<u32> {
        migrate::current_version(&self.conn).context("reading the schema version")
    }

    fn stored_hashes(&self, doc_ids: &[&str]) -> Result<HashMap<String, String>> {
        let mut st = self
            .conn
            .prepare_cached("SELECT content_hash FROM documents WHERE doc_id = ?1")
            .context("looking up stored documents")?;
        let mut out = HashMap::new();
        for id in doc_ids {
            let mut rows = st.query([id]).context("looking up stored documents")?;
            if let Some(row) = rows.next().context("looking up stored documents")? {
                out.insert(id.to_string(), row.get(0).context("reading a hash")?);
            }
        }
        Ok(out)
    }

    fn write_batch(
        &mut self,
        batch: &[Extracted],
        mode: WriteMode,
        extractor_version: &str,
    ) -> Result<Vec<Outcome>> {
        write::write_batch(&mut self.conn, batch, mode, extractor_version)
    }

    fn documents_after(
        &self,
        after: i64,
        limit: usize,
        stale_for: Option<&str>,
    ) -> Result<Vec<StoredDocument>> {
        read::documents_after(&self.conn, after, limit, stale_for)
    }

    fn count_documents(&self, stale_for: Option<&str>) -> Result<u64> {
        let n: i64 = match stale_for {
            Some(v) => self.conn.query_row(
                "SELECT COUNT(*) FROM documents WHERE extractor_version <> ?1",
                [v],
                |r| r.get(0),
            ),
            None => self
                .conn
                .query_row("SELECT COUNT(*) FROM documents", [], |r| r.get(0)),
        }
        .context("counting documents")?;
        Ok(n as u64)
    }

    fn events(&self, filter: &EventFilter) -> Result<Vec<StoredEvent>> {
        read::events(&self.conn, filter)
    }

    fn events_after(&self, after: i64, limit: usize) -> Result<Vec<StoredEvent>> {
        let ids = read::ids(
            &self.conn,
            "SELECT id FROM events WHERE id > ?1 ORDER BY id LIMIT ?2",
            (after, limit as i64),
        )?;
        read::hydrate(&self.conn, &ids)
    }

    fn records_after(&self, after: i64, limit: usize) -> Result<Vec<(i64, DocRecord)>> {
        read::records_after(&self.conn, after, limit)
    }

    fn actors(&self, filter: &EventFilter, limit: usize) -> Result<Vec<ActorRow>> {
        read::actors(&self.conn, filter, limit)
    }

    fn search(&self, query: &str, raw: bool, limit: usize) -> Result<Vec<SearchHit>> {
        read::search(&self.conn, query, raw, limit)
    }

    fn stats(&self) -> Result<Stats> {
        let count = |table: &str| -> Result<u64> {
            let n: i64 = self
                .conn
                .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| r.get(0))
                .context(format!("counting {table}"))?;
            Ok(n as u64)
        };
        Ok(Stats {
            schema_version: self.schema_version()?,
            documents: count("documents")?,
            events: count("events")?,
            statements: count("statements")?,
            actors: count("actors")?,
        })
    }

    fn check(&self) -> Result<Vec<String>> {
        read::check(&self.conn)
    }

    fn reopen(&self) -> Result<Self> {
        SqliteStore::open(&self.path)
    }

    fn optimize(&mut self) -> Result<()> {
        // Gathers statistics for the planner where they are missing or stale.
        self.conn
            .execute_batch("PRAGMA optimize")
            .context("optimizing the store")
    }
}
