//! Numbered schema migrations, embedded in the binary and applied in
//! order, each in its own transaction with its row in `schema_version`.
//! A migration is never edited once released: changes are new files.

use std::path::Path;

use rusqlite::{Connection, TransactionBehavior};

use crate::{Result, StoreError};

/// (version, name, SQL), in order.
const MIGRATIONS: &[(u32, &str, &str)] = &[
    (
        1,
        "documents and records",
        include_str!("../../migrations/sqlite/0001_records.sql"),
    ),
    (
        2,
        "full-text search",
        include_str!("../../migrations/sqlite/0002_fulltext.sql"),
    ),
];

/// The schema version this build brings stores to.
pub const SCHEMA_VERSION: u32 = MIGRATIONS[MIGRATIONS.len() - 1].0;

pub(super) fn current_version(conn: &Connection) -> rusqlite::Result<u32> {
    conn.query_row(
        "SELECT COALESCE(MAX(version), 0) FROM schema_version",
        [],
        |r| r.get(0),
    )
}

pub(super) fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    let open_err = |source| StoreError::Open {
        path: path.to_path_buf(),
        source,
    };
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_version (
             version    INTEGER PRIMARY KEY,
             name       TEXT NOT NULL,
             applied_at TEXT NOT NULL
         )",
    )
    .map_err(open_err)?;
    let found = current_version(conn).map_err(open_err)?;
    if found > SCHEMA_VERSION {
        return Err(StoreError::TooNew {
            path: path.to_path_buf(),
            found,
            known: SCHEMA_VERSION,
        });
    }
    for &(version, name, sql) in MIGRATIONS.iter().filter(|m| m.0 > found) {
        let err = |source| StoreError::Migration {
            version,
            name,
            source,
        };
        // IMMEDIATE takes the write lock first, so two processes opening a
        // new store do not both migrate; the version is read again under it.
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(err)?;
        if current_version(&tx).map_err(err)? >= version {
            continue;
        }
        tx.execute_batch(sql).map_err(err)?;
        tx.execute(
            "INSERT INTO schema_version (version, name, applied_at) VALUES (?1, ?2, ?3)",
            (version, name, now()),
        )
        .map_err(err)?;
        tx.commit().map_err(err)?;
    }
    Ok(())
}

/// The current time, UTC, RFC 3339 to the second.
pub(crate) fn now() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}
