//! Writing batches: one transaction per batch, so that a document's rows
//! are all there or none is, whenever the process stops.

use std::collections::{HashMap, HashSet};

use entente_core::record::{DocRecord, EventRecord};
use rusqlite::{CachedStatement, Connection, OptionalExtension, Transaction, TransactionBehavior};

use super::migrate::now;
use crate::error::Context as _;
use crate::{event_key, Extracted, Outcome, Result, StoreError, WriteMode};

pub(super) fn write_batch(
    conn: &mut Connection,
    batch: &[Extracted],
    mode: WriteMode,
    version: &str,
) -> Result<Vec<Outcome>> {
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .context("starting a write")?;
    let mut outcomes = Vec::with_capacity(batch.len());
    {
        let mut w = Writer::new(&tx, version)?;
        for x in batch {
            outcomes.push(w.document(x, mode)?);
        }
    }
    tx.commit().context("committing a batch")?;
    Ok(outcomes)
}

/// The statements of one transaction, and the ids of actors and
/// mechanisms already written in it. The statements run for every row are
/// taken from the cache once per batch, not once per row.
struct Writer<'t> {
    tx: &'t Transaction<'t>,
    version: &'t str,
    now: String,
    actors: HashMap<(String, String), i64>,
    mechanisms: HashSet<String>,
    find_doc: CachedStatement<'t>,
    insert_doc: CachedStatement<'t>,
    insert_event: CachedStatement<'t>,
    insert_country: CachedStatement<'t>,
    insert_pair: CachedStatement<'t>,
    insert_area: CachedStatement<'t>,
    insert_participant: CachedStatement<'t>,
    insert_evidence: CachedStatement<'t>,
}

const INSERT_DOC: &str = "INSERT INTO documents (doc_id, content_hash, text, source, url, given_published,
     published, dateline_place, dateline_country, n_events, n_statements, extractor_version, ingested_at)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) RETURNING id";
const UPDATE_DOC: &str = "UPDATE documents SET content_hash = ?2, text = ?3, source = ?4, url = ?5,
     given_published = ?6, published = ?7, dateline_place = ?8, dateline_country = ?9,
     n_events = ?10, n_statements = ?11, extractor_version = ?12, ingested_at = ?13 WHERE doc_id = ?1";
// Re-extraction leaves the text alone, so the full-text index is not rebuilt.
const UPDATE_RECORD: &str = "UPDATE documents SET published = ?2, dateline_place = ?3,
     dateline_country = ?4, n_events = ?5, n_statements = ?6, extractor_version = ?7 WHERE id = ?1";
/// A document's record, children first (nothing cascades).
const DELETE_RECORD: [&str; 7] = [
    "DELETE FROM event_countries WHERE event IN (SELECT id FROM events WHERE document = ?1)",
    "DELETE FROM event_pairs WHERE event IN (SELECT id FROM events WHERE document = ?1)",
    "DELETE FROM event_areas WHERE event IN (SELECT id FROM events WHERE document = ?1)",
    "DELETE FROM participants WHERE event IN (SELECT id FROM events WHERE document = ?1)",
    "DELETE FROM evidence WHERE event IN (SELECT id FROM events WHERE document = ?1)",
    "DELETE FROM events WHERE document = ?1",
    "DELETE FROM statements WHERE document = ?1",
];
const INSERT_EVENT: &str = "INSERT INTO events (document, ord, event_key, kind, cameo, event_date,
     end_date, place_name, place_country, source, target, mechanism, round, status, extractor_version)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) RETURNING id";
const INSERT_STATEMENT: &str =
    "INSERT INTO statements (document, ord, speaker, title, org, country,
     channel, quote, start_byte, end_byte, extractor_version)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";

/// The parameters of INSERT_DOC and UPDATE_DOC (`?1` is the document id).
fn doc_params<'a>(x: &'a Extracted, version: &'a str, now: &'a str) -> impl rusqlite::Params + 'a {
    let (d, r) = (&x.doc, &x.record);
    let dl = r.dateline.as_ref();
    (
        &d.id,
        &x.content_hash,
        &d.text,
        &d.source,
        &d.url,
        d.published.map(|p| p.to_string()),
        &r.published,
        dl.map(|d| &d.place),
        dl.and_then(|d| d.country.as_ref()),
        r.events.len() as i64,
        r.statements.len() as i64,
        version,
        now,
    )
}

impl<'t> Writer<'t> {
    fn new(tx: &'t Transaction<'t>, version: &'t str) -> Result<Self> {
        let st = |sql: &str| tx.prepare_cached(sql).context("preparing a write");
        Ok(Writer {
            tx,
            version,
            now: now(),
            actors: HashMap::new(),
            mechanisms: HashSet::new(),
            find_doc: st("SELECT id, content_hash FROM documents WHERE doc_id = ?1")?,
            insert_doc: st(INSERT_DOC)?,
            insert_event: st(INSERT_EVENT)?,
            insert_country: st(
                "INSERT INTO event_countries (event, country, event_date) VALUES (?1, ?2, ?3)
                 ON CONFLICT DO NOTHING",
            )?,
            insert_pair: st(
                "INSERT INTO event_pairs (event, first, second, event_date) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT DO NOTHING",
            )?,
            insert_area: st(
                "INSERT INTO event_areas (event, area, event_date) VALUES (?1, ?2, ?3)
                 ON CONFLICT DO NOTHING",
            )?,
            insert_participant: st(
                "INSERT INTO participants (event, ord, actor, title, role, event_date)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?,
            insert_evidence: st(
                "INSERT INTO evidence (event, ord, start_byte, end_byte) VALUES (?1, ?2, ?3, ?4)",
            )?,
        })
    }

    fn st(&self, sql: &str) -> Result<CachedStatement<'t>> {
        self.tx.prepare_cached(sql).context("preparing a write")
    }

    fn document(&mut self, x: &Extracted, mode: WriteMode) -> Result<Outcome> {
        let id = x.doc.id.as_str();
        let err = |context: &str| {
            let context = context.to_string();
            move |source| StoreError::Document {
                doc_id: id.to_string(),
                context,
                source,
            }
        };
        let stored: Option<(i64, String)> = self
            .find_doc
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()
            .map_err(err("looking it up"))?;
        let r = &x.record;
        let dl = r.dateline.as_ref();
        let (key, outcome) = match stored {
            Some((_, ref hash)) if mode == WriteMode::Ingest && *hash == x.content_hash => {
                return Ok(Outcome::Unchanged)
            }
            Some((key, ref hash)) if *hash == x.content_hash => {
                self.st(UPDATE_RECORD)?
                    .execute((
                        key,
                        &r.published,
                        dl.map(|d| &d.place),
                        dl.and_then(|d| d.country.as_ref()),
                        r.events.len() as i64,
                        r.statements.len() as i64,
                        self.version,
                    ))
                    .map_err(err("updating its record"))?;
                (key, Outcome::Replaced)
            }
            Some((key, _)) => {
                self.st(UPDATE_DOC)?
                    .execute(doc_params(x, self.version, &self.now))
                    .map_err(err("replacing it"))?;
                (key, Outcome::Replaced)
            }
            None => {
                let key = self
                    .insert_doc
                    .query_row(doc_params(x, self.version, &self.now), |row| row.get(0))
                    .map_err(err("inserting it"))?;
                (key, Outcome::New)
            }
        };
        if outcome == Outcome::Replaced {
            for sql in DELETE_RECORD {
                self.st(sql)?
                    .execute([key])
                    .map_err(err("deleting its old record"))?;
            }
        }
        self.record(key, id, r).map_err(|e| match e {
            StoreError::Sqlite { context, source } => StoreError::Document {
                doc_id: id.to_string(),
                context,
                source,
            },
            other => other,
        })?;
        Ok(outcome)
    }

    fn record(&mut self, key: i64, doc_id: &str, r: &DocRecord) -> Result<()> {
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (ord, e) in r.events.iter().enumerate() {
            let base = event_key(doc_id, e, 0);
            let nth = seen.entry(base).or_insert(0);
            let k = event_key(doc_id, e, *nth);
            *nth += 1;
            self.event(key, ord, &k, e)?;
        }
        let mut st = self.st(INSERT_STATEMENT)?;
        for (ord, s) in r.statements.iter().enumerate() {
            st.execute(rusqlite::params![
                key,
                ord as i64,
                s.speaker,
                s.title,
                s.org,
                s.country,
                s.channel,
                s.quote,
                s.evidence.map(|e| e.start as i64),
                s.evidence.map(|e| e.end as i64),
                self.version,
            ])
            .context("writing a statement")?;
        }
        Ok(())
    }

    fn event(&mut self, doc: i64, ord: usize, key: &str, e: &EventRecord) -> Result<()> {
        if let Some(m) = &e.mechanism {
            if self.mechanisms.insert(m.clone()) {
                self.st("INSERT INTO mechanisms (name) VALUES (?1) ON CONFLICT (name) DO NOTHING")?
                    .execute([m])
                    .context("writing an event mechanism")?;
            }
        }
        let id: i64 = self
            .insert_event
            .query_row(
                rusqlite::params![
                    doc,
                    ord as i64,
                    key,
                    e.kind,
                    e.cameo,
                    e.date,
                    e.end_date,
                    e.place.as_ref().map(|p| &p.name),
                    e.place.as_ref().and_then(|p| p.country.as_ref()),
                    e.source,
                    e.target,
                    e.mechanism,
                    e.round,
                    e.status,
                    self.version,
                ],
                |r| r.get(0),
            )
            .context("writing an event")?;
        let date = e.date.as_deref();
        for c in &e.countries {
            self.insert_country
                .execute((id, c, date))
                .context("writing event countries")?;
        }
        for (i, a) in e.countries.iter().enumerate() {
            for b in &e.countries[i + 1..] {
                let (a, b) = if a <= b { (a, b) } else { (b, a) };
                if a != b {
                    self.insert_pair
                        .execute((id, a, b, date))
                        .context("writing event pairs")?;
                }
            }
        }
        for a in &e.areas {
            self.insert_area
                .execute((id, a, date))
                .context("writing event areas")?;
        }
        for (i, p) in e.participants.iter().enumerate() {
            let actor = self.actor(&p.name, p.country.as_deref().unwrap_or(""))?;
            self.insert_participant
                .execute((id, i as i64, actor, &p.title, &p.role, date))
                .context("writing event participants")?;
        }
        for (i, ev) in e.evidence.iter().enumerate() {
            self.insert_evidence
                .execute((id, i as i64, ev.start as i64, ev.end as i64))
                .context("writing event evidence")?;
        }
        Ok(())
    }

    /// The id of an actor, created on first sight.
    fn actor(&mut self, name: &str, country: &str) -> Result<i64> {
        let k = (name.to_string(), country.to_string());
        if let Some(&id) = self.actors.get(&k) {
            return Ok(id);
        }
        let found: Option<i64> = self
            .st("SELECT id FROM actors WHERE name = ?1 AND country = ?2")?
            .query_row((name, country), |r| r.get(0))
            .optional()
            .context("looking up an event participant")?;
        let id = match found {
            Some(id) => id,
            None => self
                .st("INSERT INTO actors (name, country) VALUES (?1, ?2) RETURNING id")?
                .query_row((name, country), |r| r.get(0))
                .context("writing an event participant")?,
        };
        self.actors.insert(k, id);
        Ok(id)
    }
}
