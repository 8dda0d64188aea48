//! Exports of a whole store: JSON Lines (the records `entente extract`
//! prints, one document per line), CSV (one event per row) and GDELT 2.0
//! event-table TSV ([`crate::gdelt`]). All stream page by page, so a store
//! of millions of events is exported in bounded memory.

use std::io::Write;

use crate::{gdelt, Result, Store, StoredEvent};

/// What an export needs to know about codes, from the knowledge base.
pub trait CodeBook {
    /// The Goldstein scale value of a CAMEO code.
    fn goldstein(&self, cameo: &str) -> Option<f64>;
    /// The English name of a state or body code (`FRA` → France).
    fn actor_name(&self, code: &str) -> Option<String>;
    /// True for a state (its code is a CAMEO country code), false for a
    /// body such as the EU.
    fn is_state(&self, code: &str) -> bool;
}

/// A code book that knows nothing: names and Goldstein values stay empty.
pub struct NoCodes;

impl CodeBook for NoCodes {
    fn goldstein(&self, _: &str) -> Option<f64> {
        None
    }
    fn actor_name(&self, _: &str) -> Option<String> {
        None
    }
    fn is_state(&self, code: &str) -> bool {
        !matches!(code, "EUR" | "UNO" | "NAT" | "ASN")
    }
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One document record per line, as `entente extract` prints it.
    Jsonl,
    /// One event per row, with a header ([`CSV_COLUMNS`]).
    Csv,
    /// One event per row in the GDELT 2.0 event-table columns, no header.
    Gdelt,
}

/// Rows read from the store at a time.
const PAGE: usize = 500;

/// Writes the whole store to `out`; returns the number of lines or rows.
pub fn export<S: Store + ?Sized, W: Write>(
    store: &S,
    format: Format,
    out: W,
    codes: &dyn CodeBook,
) -> Result<u64> {
    let mut n = 0u64;
    match format {
        Format::Jsonl => {
            let mut out = out;
            let mut after = 0;
            loop {
                let page = store.records_after(after, PAGE / 5)?;
                let Some(last) = page.last() else { break };
                after = last.0;
                for (_, rec) in &page {
                    serde_json::to_writer(&mut out, rec).map_err(std::io::Error::from)?;
                    out.write_all(b"\n")?;
                    n += 1;
                }
            }
            out.flush()?;
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(CSV_COLUMNS)?;
            n = each_event(store, |e| Ok(w.write_record(csv_row(e))?))?;
            w.flush()?;
        }
        Format::Gdelt => {
            let mut w = csv::WriterBuilder::new()
                .delimiter(b'\t')
                .quote_style(csv::QuoteStyle::Never)
                .from_writer(out);
            n = each_event(store, |e| Ok(w.write_record(gdelt::row(e, codes))?))?;
            w.flush()?;
        }
    }
    Ok(n)
}

fn each_event<S: Store + ?Sized>(
    store: &S,
    mut f: impl FnMut(&StoredEvent) -> Result<()>,
) -> Result<u64> {
    let mut n = 0;
    let mut after = 0;
    loop {
        let page = store.events_after(after, PAGE)?;
        let Some(last) = page.last() else { break };
        after = last.event_id;
        for e in &page {
            f(e)?;
            n += 1;
        }
    }
    Ok(n)
}

/// The CSV columns of an event row. Lists are joined with `; `; a
/// participant is `Name (title, country, role)`; evidence `start-end`.
pub const CSV_COLUMNS: [&str; 21] = [
    "event_id",
    "event_key",
    "doc",
    "doc_published",
    "type",
    "cameo",
    "date",
    "end_date",
    "place",
    "place_country",
    "countries",
    "source",
    "target",
    "participants",
    "mechanism",
    "round",
    "status",
    "areas",
    "evidence",
    "url",
    "extractor",
];

/// One event as a CSV row in [`CSV_COLUMNS`] order.
pub fn csv_row(s: &StoredEvent) -> Vec<String> {
    let e = &s.event;
    let opt = |o: &Option<String>| o.clone().unwrap_or_default();
    let people: Vec<String> = e
        .participants
        .iter()
        .map(|p| {
            let about: Vec<&str> = [&p.title, &p.country, &p.role]
                .into_iter()
                .filter_map(|x| x.as_deref())
                .collect();
            if about.is_empty() {
                p.name.clone()
            } else {
                format!("{} ({})", p.name, about.join(", "))
            }
        })
        .collect();
    let evidence: Vec<String> = e
        .evidence
        .iter()
        .map(|v| format!("{}-{}", v.start, v.end))
        .collect();
    vec![
        s.event_id.to_string(),
        s.event_key.clone(),
        s.doc.clone(),
        opt(&s.doc_published),
        e.kind.clone(),
        e.cameo.clone(),
        opt(&e.date),
        opt(&e.end_date),
        e.place.as_ref().map_or(String::new(), |p| p.name.clone()),
        e.place
            .as_ref()
            .and_then(|p| p.country.clone())
            .unwrap_or_default(),
        e.countries.join("; "),
        opt(&e.source),
        opt(&e.target),
        people.join("; "),
        opt(&e.mechanism),
        e.round.map_or(String::new(), |r| r.to_string()),
        opt(&e.status),
        e.areas.join("; "),
        evidence.join("; "),
        opt(&s.url),
        s.extractor.clone(),
    ]
}
