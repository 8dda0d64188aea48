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
        SqliteStore::open_as(path, Role::Main)
    }

    fn open_as(path: &Path, role: Role) -> Result<SqliteStore> {
        let open_err = |source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        };
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(open_err)?;
        configure(&conn, role).map_err(open_err)?;
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

/// What a connection is for, which decides how much memory SQLite may
/// keep for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// The handle [`SqliteStore::open`] returns: writes and queries.
    Main,
    /// The second handle an ingest or re-extraction reads through beside
    /// the writer ([`Store::reopen`]): point lookups of content hashes by
    /// document id, or pages of documents in key order.
    Lookups,
}

/// SQLite's page cache of the main handle, in KiB (64 MiB). It is the
/// only cache of store pages in the process (see `MMAP_SIZE`); the
/// 2026-11-28 measurements (BENCHMARKS.md, "Store") chose it: with 64 MiB
/// an ingest of 1 M documents peaks at 124–127 MB resident, far under the
/// 300 MB target, and the bench's event queries (1 M events, 656 MB store)
/// keep a p95 of 7.5–12 ms on the shared 2-core machine. 16 MiB took
/// 50 MB off the ingest's peak but gave a p95 of 10.8 ms against 7.6 ms in
/// the same conditions.
const CACHE_KIB: i64 = 64 * 1024;

/// The page cache of the lookup handle, in KiB (8 MiB): enough for the
/// interior pages of the `doc_id` index and of the documents table at a
/// million documents (about 6 MB); each leaf is read once per pass, so a
/// larger cache only fills up. An unchanged re-ingest of 1 M documents
/// ran at 119,850 documents/s with it (118,836 with 64 MiB and mmap).
const LOOKUP_CACHE_KIB: i64 = 8 * 1024;

// Both caches full leave well over 100 MB of an ingest's 300 MB target
// for the rest of the process.
const _: () = assert!(LOOKUP_CACHE_KIB < CACHE_KIB && CACHE_KIB + LOOKUP_CACHE_KIB <= 96 * 1024);

/// No memory-mapped I/O. With `mmap_size` set, every page of the store a
/// connection touches stays mapped in the process, counted in its
/// resident memory up to `mmap_size` per connection: with 256 MiB, an
/// ingest of 1 M documents peaked at 338 MB (226 MB of it mapped store
/// pages), and an unchanged re-ingest, whose lookup handle maps its own
/// 256 MiB while reading every document row for its hash, at 624 MB for
/// 100,000 documents. Without it, reads go through `pread` into the page
/// cache above (the operating system's file cache still serves them):
/// ingest of 1 M documents peaks at 124–127 MB, the re-ingest at
/// 130–134 MB, and the query bench's p95 stayed within the noise of the
/// mapped store's (8.6–15.8 ms with the map, 8.3–9.6 ms without, runs
/// alternated at load 1.7); only whole-timeline reads of thousands of
/// events lost about 15% (`entente timeline --pair IND-FRA`, 7,852 lines:
/// 123 → 141 ms).
const MMAP_SIZE: i64 = 0;

/// Connection settings; WAL is a property of the file and stays set.
fn configure(conn: &Connection, role: Role) -> rusqlite::Result<()> {
    // Another process writing (a second ingest) makes us wait, not fail.
    conn.busy_timeout(Duration::from_secs(30))?;
    // Room for every statement of a write batch: the default (16) is
    // fewer, and re-preparing them per document costs more than writing.
    conn.set_prepared_statement_cache_capacity(64);
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    debug_assert!(mode == "wal" || mode == "memory", "journal mode {mode}");
    let cache_kib = match role {
        Role::Main => CACHE_KIB,
        Role::Lookups => LOOKUP_CACHE_KIB,
    };
    // A negative cache_size is in KiB, a positive one in pages.
    conn.execute_batch(&format!(
        "PRAGMA synchronous = NORMAL;
         PRAGMA cache_size = -{cache_kib};
         PRAGMA temp_store = MEMORY;
         PRAGMA mmap_size = {MMAP_SIZE};"
    ))
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

    /// A lean second connection (small page cache), for the pipeline's
    /// lookups beside the writer.
    fn reopen(&self) -> Result<Self> {
        SqliteStore::open_as(&self.path, Role::Lookups)
    }

    fn optimize(&mut self) -> Result<()> {
        // Gathers statistics for the planner where they are missing or stale.
        self.conn
            .execute_batch("PRAGMA optimize")
            .context("optimizing the store")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pragma(store: &SqliteStore, name: &str) -> i64 {
        store
            .conn
            .query_row(&format!("PRAGMA {name}"), [], |r| r.get(0))
            .unwrap()
    }

    /// What SQLite may keep in memory is fixed per connection, whatever
    /// the size of the store: no mapped pages, a bounded page cache, and a
    /// smaller one for the pipeline's second handle.
    #[test]
    fn connections_keep_bounded_memory() {
        let dir = tempfile::tempdir().unwrap();
        let main = SqliteStore::open(&dir.path().join("s.db")).unwrap();
        let lookups = main.reopen().unwrap();
        for (store, kib) in [(&main, CACHE_KIB), (&lookups, LOOKUP_CACHE_KIB)] {
            assert_eq!(pragma(store, "mmap_size"), 0);
            assert_eq!(pragma(store, "cache_size"), -kib);
        }
    }
}
