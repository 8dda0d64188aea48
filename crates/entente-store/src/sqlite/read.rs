//! Reading: event queries, records, actors, search and checks.
//!
//! Queries select event ids first (see `filter`), then [`hydrate`] reads
//! those events with their countries, participants, areas and evidence in
//! one query per table, whatever their number.

use std::collections::HashMap;

use chrono::NaiveDate;
use entente_core::record::{
    Dateline, DocRecord, EventRecord, Evidence, Participant, Place, StatementRecord,
};
use entente_core::Document;
use rusqlite::{params_from_iter, Connection, Params};

use super::Sqlite;
use crate::error::Context as _;
use crate::filter::{driver_count, drivers, event_ids, int_list, phrase, Driver, Param, Resolved};
use crate::{ActorRow, EventFilter, Result, SearchHit, StoreError, StoredDocument, StoredEvent};

/// Ids from a query whose first column is an id.
pub(super) fn ids<P: Params>(conn: &Connection, sql: &str, params: P) -> Result<Vec<i64>> {
    let mut st = conn.prepare_cached(sql).context("preparing a query")?;
    let rows = st
        .query_map(params, |r| r.get(0))
        .context("running a query")?;
    rows.collect::<rusqlite::Result<Vec<i64>>>()
        .context("reading query results")
}

pub(super) fn documents_after(
    conn: &Connection,
    after: i64,
    limit: usize,
    stale_for: Option<&str>,
) -> Result<Vec<StoredDocument>> {
    let mut st = conn
        .prepare_cached(
            "SELECT id, doc_id, text, given_published, url, source, content_hash, extractor_version
             FROM documents WHERE id > ?1 AND (?3 IS NULL OR extractor_version <> ?3)
             ORDER BY id LIMIT ?2",
        )
        .context("reading stored documents")?;
    let rows = st
        .query_map((after, limit as i64, stale_for), |r| {
            let published: Option<String> = r.get(3)?;
            Ok(StoredDocument {
                key: r.get(0)?,
                doc: Document {
                    id: r.get(1)?,
                    text: r.get(2)?,
                    published: published
                        .and_then(|p| NaiveDate::parse_from_str(&p, "%Y-%m-%d").ok()),
                    url: r.get(4)?,
                    source: r.get(5)?,
                },
                content_hash: r.get(6)?,
                extractor_version: r.get(7)?,
            })
        })
        .context("reading stored documents")?;
    rows.collect::<rusqlite::Result<_>>()
        .context("reading stored documents")
}

/// Resolves name patterns (people, mechanisms) to stored ids and names.
fn resolve(conn: &Connection, f: &EventFilter) -> Result<Resolved> {
    let like = |s: &str| {
        let escaped = s
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        format!("%{}%", escaped.trim())
    };
    let mut r = Resolved::default();
    if let Some(p) = &f.person {
        r.actors = Some(ids(
            conn,
            "SELECT id FROM actors WHERE name LIKE ?1 ESCAPE '\\'",
            [like(p)],
        )?);
    }
    if let Some(m) = &f.mechanism {
        let mut st = conn
            .prepare_cached("SELECT name FROM mechanisms WHERE name LIKE ?1 ESCAPE '\\'")
            .context("resolving a mechanism")?;
        let names = st
            .query_map([like(m)], |r| r.get(0))
            .context("resolving a mechanism")?;
        r.mechanisms = Some(
            names
                .collect::<rusqlite::Result<_>>()
                .context("resolving a mechanism")?,
        );
    }
    if let Some(t) = &f.text {
        if phrase(t).is_empty() {
            return Err(StoreError::Query(format!(
                "text {t:?}: no words to search for"
            )));
        }
    }
    Ok(r)
}

/// Turns an error of a query that includes full-text matching into a
/// search error when that is what it is: our SQL is fixed, so a plain
/// SQLITE_ERROR while a full-text query is bound comes from that query.
fn search_error(query: &str) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
    move |e| match &e {
        rusqlite::Error::SqliteFailure(f, msg)
            if !query.is_empty() && f.code == rusqlite::ErrorCode::Unknown =>
        {
            StoreError::Search {
                query: query.to_string(),
                message: msg.clone().unwrap_or_else(|| e.to_string()),
            }
        }
        _ => StoreError::Sqlite {
            context: "running a query".into(),
            source: e,
        },
    }
}

/// Rows counted per candidate table at most: enough to tell a narrow
/// filter from a broad one, at the cost of a short index read.
const COUNT_CAP: usize = 20_000;

/// The candidate table with the fewest rows in the filter's dates.
fn choose_driver(conn: &Connection, f: &EventFilter, r: &Resolved) -> Result<Driver> {
    let candidates = drivers(f, r);
    if candidates.len() == 1 {
        return Ok(candidates[0]);
    }
    let mut best = (usize::MAX, candidates[0]);
    for d in candidates {
        let q = driver_count(f, r, d, &Sqlite, COUNT_CAP);
        let values = q.params.iter().map(|Param::Text(s)| s);
        let n: i64 = conn
            .prepare_cached(&q.sql)
            .and_then(|mut st| st.query_row(params_from_iter(values), |row| row.get(0)))
            .context("planning an event query")?;
        if (n as usize) < best.0 {
            best = (n as usize, d);
        }
    }
    Ok(best.1)
}

pub(super) fn events(conn: &Connection, f: &EventFilter) -> Result<Vec<StoredEvent>> {
    let r = resolve(conn, f)?;
    if r.matches_nothing() || f.limit == Some(0) {
        return Ok(Vec::new());
    }
    let q = event_ids(f, &r, choose_driver(conn, f, &r)?, &Sqlite, true);
    let text = f.text.clone().unwrap_or_default();
    let mut st = conn.prepare(&q.sql).context("preparing an event query")?;
    let values = q.params.iter().map(|Param::Text(s)| s);
    let rows = st
        .query_map(params_from_iter(values), |r| r.get(0))
        .map_err(search_error(&text))?;
    let ids = rows
        .collect::<rusqlite::Result<Vec<i64>>>()
        .map_err(search_error(&text))?;
    hydrate(conn, &ids)
}

/// The events with these ids, in this order, complete.
pub(super) fn hydrate(conn: &Connection, ids: &[i64]) -> Result<Vec<StoredEvent>> {
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        let list = int_list(chunk);
        let mut by_id = HashMap::with_capacity(chunk.len());
        let mut st = conn
            .prepare(&format!(
                "SELECT e.id, e.event_key, e.ord, e.kind, e.cameo, e.event_date, e.end_date,
                        e.place_name, e.place_country, e.source, e.target, e.mechanism, e.round,
                        e.status, e.extractor_version, d.doc_id, d.published, d.url, d.ingested_at
                 FROM events e JOIN documents d ON d.id = e.document WHERE e.id IN ({list})"
            ))
            .context("reading events")?;
        let mut rows = st.query([]).context("reading events")?;
        while let Some(r) = rows.next().context("reading events")? {
            let place_name: Option<String> = r.get(7).context("reading events")?;
            let ev = (|| -> rusqlite::Result<StoredEvent> {
                Ok(StoredEvent {
                    event_id: r.get(0)?,
                    event_key: r.get(1)?,
                    ord: r.get(2)?,
                    extractor: r.get(14)?,
                    doc: r.get(15)?,
                    doc_published: r.get(16)?,
                    url: r.get(17)?,
                    added: r.get(18)?,
                    event: EventRecord {
                        kind: r.get(3)?,
                        cameo: r.get(4)?,
                        date: r.get(5)?,
                        end_date: r.get(6)?,
                        place: place_name.map(|name| Place {
                            name,
                            country: r.get(8).ok().flatten(),
                        }),
                        countries: Vec::new(),
                        source: r.get(9)?,
                        target: r.get(10)?,
                        participants: Vec::new(),
                        mechanism: r.get(11)?,
                        areas: Vec::new(),
                        evidence: Vec::new(),
                        round: r.get(12)?,
                        status: r.get(13)?,
                    },
                })
            })()
            .context("reading events")?;
            by_id.insert(ev.event_id, ev);
        }
        children(
            conn,
            &format!("SELECT event, country FROM event_countries WHERE event IN ({list}) ORDER BY event, country"),
            &mut by_id,
            |e, r| {
                e.countries.push(r.get(1)?);
                Ok(())
            },
        )?;
        children(
            conn,
            &format!(
                "SELECT p.event, a.name, a.country, p.title, p.role FROM participants p
                 JOIN actors a ON a.id = p.actor WHERE p.event IN ({list}) ORDER BY p.event, p.ord"
            ),
            &mut by_id,
            |e, r| {
                let country: String = r.get(2)?;
                e.participants.push(Participant {
                    name: r.get(1)?,
                    title: r.get(3)?,
                    country: (!country.is_empty()).then_some(country),
                    role: r.get(4)?,
                });
                Ok(())
            },
        )?;
        children(
            conn,
            &format!(
                "SELECT event, area FROM event_areas WHERE event IN ({list}) ORDER BY event, area"
            ),
            &mut by_id,
            |e, r| {
                e.areas.push(r.get(1)?);
                Ok(())
            },
        )?;
        children(
            conn,
            &format!("SELECT event, start_byte, end_byte FROM evidence WHERE event IN ({list}) ORDER BY event, ord"),
            &mut by_id,
            |e, r| {
                let (start, end): (i64, i64) = (r.get(1)?, r.get(2)?);
                e.evidence.push(Evidence {
                    start: start as usize,
                    end: end as usize,
                });
                Ok(())
            },
        )?;
        // An id can come twice from a query; each event is given once.
        out.extend(chunk.iter().filter_map(|id| by_id.remove(id)));
    }
    Ok(out)
}

/// Runs a query whose first column is an event id and hands each row to
/// `add` with its event.
fn children(
    conn: &Connection,
    sql: &str,
    by_id: &mut HashMap<i64, StoredEvent>,
    add: impl Fn(&mut EventRecord, &rusqlite::Row) -> rusqlite::Result<()>,
) -> Result<()> {
    let mut st = conn.prepare(sql).context("reading event details")?;
    let mut rows = st.query([]).context("reading event details")?;
    while let Some(r) = rows.next().context("reading event details")? {
        let id: i64 = r.get(0).context("reading event details")?;
        if let Some(e) = by_id.get_mut(&id) {
            add(&mut e.event, r).context("reading event details")?;
        }
    }
    Ok(())
}

pub(super) fn records_after(
    conn: &Connection,
    after: i64,
    limit: usize,
) -> Result<Vec<(i64, DocRecord)>> {
    let mut st = conn
        .prepare_cached(
            "SELECT id, doc_id, published, dateline_place, dateline_country FROM documents
             WHERE id > ?1 ORDER BY id LIMIT ?2",
        )
        .context("reading records")?;
    let rows = st
        .query_map((after, limit as i64), |r| {
            let place: Option<String> = r.get(3)?;
            Ok((
                r.get::<_, i64>(0)?,
                DocRecord {
                    id: r.get(1)?,
                    published: r.get(2)?,
                    dateline: place.map(|place| Dateline {
                        place,
                        country: r.get(4).ok().flatten(),
                    }),
                    events: Vec::new(),
                    statements: Vec::new(),
                },
            ))
        })
        .context("reading records")?;
    let mut docs: Vec<(i64, DocRecord)> = rows
        .collect::<rusqlite::Result<_>>()
        .context("reading records")?;
    if docs.is_empty() {
        return Ok(docs);
    }
    let list = int_list(&docs.iter().map(|d| d.0).collect::<Vec<_>>());
    let index: HashMap<i64, usize> = docs.iter().enumerate().map(|(i, d)| (d.0, i)).collect();
    let mut event_ids = Vec::new();
    let mut doc_of: HashMap<i64, i64> = HashMap::new();
    {
        let mut st = conn
            .prepare(&format!(
                "SELECT id, document FROM events WHERE document IN ({list}) ORDER BY document, ord"
            ))
            .context("reading records")?;
        let rows = st
            .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))
            .context("reading records")?;
        for row in rows {
            let (e, d) = row.context("reading records")?;
            event_ids.push(e);
            doc_of.insert(e, d);
        }
    }
    for ev in hydrate(conn, &event_ids)? {
        let d = doc_of[&ev.event_id];
        docs[index[&d]].1.events.push(ev.event);
    }
    let mut st = conn
        .prepare(&format!(
            "SELECT document, speaker, title, org, country, channel, quote, start_byte, end_byte
             FROM statements WHERE document IN ({list}) ORDER BY document, ord"
        ))
        .context("reading statements")?;
    let mut rows = st.query([]).context("reading statements")?;
    while let Some(r) = rows.next().context("reading statements")? {
        let s = (|| -> rusqlite::Result<(i64, StatementRecord)> {
            let (start, end): (Option<i64>, Option<i64>) = (r.get(7)?, r.get(8)?);
            Ok((
                r.get(0)?,
                StatementRecord {
                    speaker: r.get(1)?,
                    title: r.get(2)?,
                    org: r.get(3)?,
                    country: r.get(4)?,
                    channel: r.get(5)?,
                    quote: r.get(6)?,
                    evidence: start.zip(end).map(|(s, e)| Evidence {
                        start: s as usize,
                        end: e as usize,
                    }),
                },
            ))
        })()
        .context("reading statements")?;
        docs[index[&s.0]].1.statements.push(s.1);
    }
    Ok(docs)
}

pub(super) fn actors(conn: &Connection, f: &EventFilter, limit: usize) -> Result<Vec<ActorRow>> {
    // Count participations from the matching events (or from the actor
    // index when every event counts), then name the most frequent.
    let (sql, params) = if f.restricts() {
        let r = resolve(conn, f)?;
        if r.matches_nothing() {
            return Ok(Vec::new());
        }
        let q = event_ids(f, &r, choose_driver(conn, f, &r)?, &Sqlite, false);
        let sql = format!(
            "SELECT a.id, a.name, a.country, COUNT(DISTINCT p.event) AS n
             FROM ({}) f CROSS JOIN participants p CROSS JOIN actors a
             WHERE p.event = f.event_id AND a.id = p.actor
             GROUP BY a.id, a.name, a.country ORDER BY n DESC, a.name LIMIT {limit}",
            q.sql
        );
        (sql, q.params)
    } else {
        let sql = format!(
            "SELECT a.id, a.name, a.country, c.n
             FROM (SELECT actor, COUNT(DISTINCT event) AS n FROM participants GROUP BY actor) c
             JOIN actors a ON a.id = c.actor ORDER BY c.n DESC, a.name LIMIT {limit}"
        );
        (sql, Vec::new())
    };
    let text = f.text.clone().unwrap_or_default();
    let mut st = conn.prepare(&sql).context("preparing the actors query")?;
    let values = params.iter().map(|Param::Text(s)| s);
    let rows = st
        .query_map(params_from_iter(values), |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, i64>(3)?,
            ))
        })
        .map_err(search_error(&text))?;
    let rows = rows
        .collect::<rusqlite::Result<Vec<_>>>()
        .map_err(search_error(&text))?;
    let mut offices = conn
        .prepare_cached(
            // The latest appearances tell a person's offices; reading all
            // of them would cost a row per appearance for the most frequent.
            "SELECT title, COUNT(*) AS n FROM (
                 SELECT title FROM participants WHERE actor = ?1
                 ORDER BY event_date DESC LIMIT 1000
             ) t WHERE title IS NOT NULL GROUP BY title ORDER BY n DESC, title",
        )
        .context("reading offices")?;
    let mut out = Vec::with_capacity(rows.len());
    for (id, name, country, n) in rows {
        let titles = offices
            .query_map([id], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
            })
            .context("reading offices")?
            .collect::<rusqlite::Result<_>>()
            .context("reading offices")?;
        out.push(ActorRow {
            name,
            country: (!country.is_empty()).then_some(country),
            events: n as u64,
            offices: titles,
        });
    }
    Ok(out)
}

pub(super) fn search(
    conn: &Connection,
    query: &str,
    raw: bool,
    limit: usize,
) -> Result<Vec<SearchHit>> {
    let q = if raw {
        query.trim().to_string()
    } else {
        phrase(query)
    };
    if q.is_empty() {
        return Err(StoreError::Query(format!(
            "search {query:?}: no words to search for"
        )));
    }
    let mut st = conn
        .prepare_cached(
            "SELECT d.doc_id, d.published, d.url,
                    snippet(documents_fts, 0, '[', ']', '…', 16), d.n_events
             FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
             WHERE documents_fts MATCH ?1 ORDER BY rank LIMIT ?2",
        )
        .context("preparing a search")?;
    let rows = st
        .query_map((&q, limit as i64), |r| {
            let snippet: String = r.get(3)?;
            Ok(SearchHit {
                doc: r.get(0)?,
                published: r.get(1)?,
                url: r.get(2)?,
                snippet: snippet.split_whitespace().collect::<Vec<_>>().join(" "),
                events: r.get::<_, i64>(4)? as u64,
            })
        })
        .map_err(search_error(query))?;
    rows.collect::<rusqlite::Result<_>>()
        .map_err(search_error(query))
}

pub(super) fn check(conn: &Connection) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    let mut st = conn
        .prepare("PRAGMA integrity_check")
        .context("checking integrity")?;
    let rows: Vec<String> = st
        .query_map([], |r| r.get(0))
        .context("checking integrity")?
        .collect::<rusqlite::Result<_>>()
        .context("checking integrity")?;
    if rows != ["ok"] {
        problems.extend(rows.into_iter().map(|r| format!("integrity: {r}")));
    }
    let mut st = conn
        .prepare("PRAGMA foreign_key_check")
        .context("checking references")?;
    let n = st
        .query_map([], |_| Ok(()))
        .context("checking references")?
        .count();
    if n > 0 {
        problems.push(format!("{n} rows refer to missing rows"));
    }
    if let Err(e) = conn.execute(
        "INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')",
        [],
    ) {
        problems.push(format!("full-text index: {e}"));
    }
    let mut st = conn
        .prepare(
            "SELECT doc_id, n_events, n_statements,
                    (SELECT COUNT(*) FROM events e WHERE e.document = d.id),
                    (SELECT COUNT(*) FROM statements s WHERE s.document = d.id)
             FROM documents d",
        )
        .context("checking documents")?;
    let mut rows = st.query([]).context("checking documents")?;
    while let Some(r) = rows.next().context("checking documents")? {
        let (id, ne, ns, ae, as_): (String, i64, i64, i64, i64) =
            (|| Ok::<_, rusqlite::Error>((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))(
            )
            .context("checking documents")?;
        if ne != ae || ns != as_ {
            problems.push(format!(
                "document {id}: {ae} of {ne} events and {as_} of {ns} statements stored"
            ));
        }
    }
    Ok(problems)
}
