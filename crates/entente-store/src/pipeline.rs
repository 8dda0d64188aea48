//! Ingest and re-extraction: documents in, records stored.
//!
//! Three stages run at once: the calling thread reads documents and skips
//! those whose stored content hash equals theirs (through a second handle
//! on the store, [`Store::reopen`], which keeps little in memory); the
//! rayon pool extracts; a writer thread owns the store and writes each
//! batch in one transaction. A bounded queue between extraction and
//! writing keeps memory flat: at most three batches are read and not yet
//! written, whatever the number of documents (a test holds this). No
//! stage waits for another batch by batch, so the cores stay busy even on
//! a machine shared with other work. A changed document replaces its rows inside the writer's
//! transaction, which checks the hash again (a document may come twice in
//! one run).

use std::fmt::Display;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::{channel, sync_channel, Receiver};

use entente_core::record::DocRecord;
use entente_core::Document;
use rayon::prelude::*;

use crate::{content_hash, Extracted, Outcome, Result, Store, StoredDocument, WriteMode};

/// Documents per transaction: large enough that commits cost little,
/// small enough that progress moves and a crash loses little work.
pub const BATCH: usize = 1024;

/// What a run did, so far or in all.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub new: u64,
    pub unchanged: u64,
    pub replaced: u64,
    /// Documents that could not be read or extracted.
    pub failed: u64,
    /// Events written by this run.
    pub events: u64,
}

impl Summary {
    /// Documents dealt with, whatever the outcome.
    pub fn processed(&self) -> u64 {
        self.new + self.unchanged + self.replaced + self.failed
    }
}

/// Hears about a run as it goes (a progress bar, a log).
pub trait Observer {
    /// A document could not be read or extracted; the run goes on.
    fn failed(&mut self, _message: &str) {}
    /// Called after each batch.
    fn progress(&mut self, _summary: &Summary) {}
}

impl Observer for () {}

/// Ingests documents with batches of [`BATCH`]; see [`ingest_batched`].
pub fn ingest<S, I, E, F, O>(
    store: &mut S,
    docs: I,
    extract: &F,
    extractor_version: &str,
    obs: &mut O,
) -> Result<Summary>
where
    S: Store + Send,
    I: Iterator<Item = std::result::Result<Document, E>> + Send,
    E: Display,
    F: Fn(Document) -> DocRecord + Sync,
    O: Observer + ?Sized,
{
    ingest_batched(store, docs, extract, extractor_version, BATCH, obs)
}

/// Ingests documents: a bad one (an `Err` from `docs`, or an extraction
/// that panics) is reported to `obs` and skipped. Returns at the first
/// store error; every batch committed before it stays.
pub fn ingest_batched<S, I, E, F, O>(
    store: &mut S,
    docs: I,
    extract: &F,
    extractor_version: &str,
    batch: usize,
    obs: &mut O,
) -> Result<Summary>
where
    S: Store + Send,
    I: Iterator<Item = std::result::Result<Document, E>> + Send,
    E: Display,
    F: Fn(Document) -> DocRecord + Sync,
    O: Observer + ?Sized,
{
    let reader = store.reopen()?;
    let batch = batch.max(1);
    let mut docs = docs;
    let mut next = Some(read_batch(&mut docs, batch));
    run(
        store,
        WriteMode::Ingest,
        extractor_version,
        obs,
        |sum, obs| {
            let Some(mut current) = next.take() else {
                return Ok(None);
            };
            for msg in current.failed.drain(..) {
                sum.failed += 1;
                obs.failed(&msg);
            }
            if current.docs.is_empty() {
                return Ok(None);
            }
            let ids: Vec<&str> = current.docs.iter().map(|(d, _)| d.id.as_str()).collect();
            let stored = reader.stored_hashes(&ids)?;
            let (same, fresh): (Vec<_>, Vec<_>) = current
                .docs
                .into_iter()
                .partition(|(d, h)| stored.get(&d.id) == Some(h));
            sum.unchanged += same.len() as u64;
            // Read the next batch while this one is extracted.
            let (read, extracted) = rayon::join(
                || read_batch(&mut docs, batch),
                || extract_all(extract, fresh),
            );
            next = Some(read);
            Ok(Some(extracted))
        },
    )
}

/// Runs the extractor again over stored documents: those not extracted by
/// `extractor_version`, or all with `all`. Each document's rows are
/// replaced (its text and key stay).
pub fn reextract<S, F, O>(
    store: &mut S,
    extract: &F,
    extractor_version: &str,
    all: bool,
    obs: &mut O,
) -> Result<Summary>
where
    S: Store + Send,
    F: Fn(Document) -> DocRecord + Sync,
    O: Observer + ?Sized,
{
    let reader = store.reopen()?;
    let stale = (!all).then_some(extractor_version);
    let mut after = 0;
    run(store, WriteMode::Replace, extractor_version, obs, |_, _| {
        // Pages go by key, which rewriting a document does not change, so
        // no document is seen twice even as the stale set shrinks.
        let page: Vec<StoredDocument> = reader.documents_after(after, BATCH, stale)?;
        let Some(last) = page.last() else {
            return Ok(None);
        };
        after = last.key;
        let docs = page.into_iter().map(|d| (d.doc, d.content_hash)).collect();
        Ok(Some(extract_all(extract, docs)))
    })
}

/// What one batch's writing reports back: the outcome and the number of
/// events of each document.
type Written = Result<Vec<(Outcome, usize)>>;

/// The common loop: `next` produces extracted batches (reading and
/// extracting on this thread and the rayon pool) until it returns `None`;
/// a writer thread writes them in order.
fn run<S, O, N>(
    store: &mut S,
    mode: WriteMode,
    version: &str,
    obs: &mut O,
    mut next: N,
) -> Result<Summary>
where
    S: Store + Send,
    O: Observer + ?Sized,
    N: FnMut(&mut Summary, &mut O) -> Result<Option<Vec<std::result::Result<Extracted, String>>>>,
{
    let mut sum = Summary::default();
    std::thread::scope(|scope| {
        // One batch may wait while another is written: memory stays at a
        // few batches whatever the input.
        let (to_writer, batches) = sync_channel::<Vec<Extracted>>(1);
        let (report, written) = channel::<Written>();
        let writer = scope.spawn(move || {
            for batch in batches {
                let outcomes = store.write_batch(&batch, mode, version);
                let failed = outcomes.is_err();
                let _ = report.send(outcomes.map(|o| {
                    o.into_iter()
                        .zip(&batch)
                        .map(|(o, x)| (o, x.record.events.len()))
                        .collect()
                }));
                if failed {
                    break;
                }
            }
        });
        let mut result = Ok(());
        loop {
            let batch = match next(&mut sum, obs) {
                Ok(Some(b)) => b,
                Ok(None) => break,
                Err(e) => {
                    result = Err(e);
                    break;
                }
            };
            let ok = keep_extracted(batch, &mut sum, obs);
            if !ok.is_empty() && to_writer.send(ok).is_err() {
                break; // the writer stopped on an error, reported below
            }
            if let Err(e) = tally(&written, &mut sum, false) {
                result = Err(e);
                break;
            }
            obs.progress(&sum);
        }
        drop(to_writer);
        if let Err(panic) = writer.join() {
            std::panic::resume_unwind(panic);
        }
        let last = tally(&written, &mut sum, true);
        obs.progress(&sum);
        result.and(last)
    })?;
    Ok(sum)
}

/// Counts what the writer has reported; with `all`, everything it will.
fn tally(written: &Receiver<Written>, sum: &mut Summary, all: bool) -> Result<()> {
    let mut first_error = Ok(());
    loop {
        let report = if all {
            match written.recv() {
                Ok(r) => r,
                Err(_) => break,
            }
        } else {
            match written.try_recv() {
                Ok(r) => r,
                Err(_) => break,
            }
        };
        match report {
            Ok(outcomes) => {
                for (o, events) in outcomes {
                    match o {
                        Outcome::New => sum.new += 1,
                        Outcome::Replaced => sum.replaced += 1,
                        Outcome::Unchanged => {
                            sum.unchanged += 1;
                            continue;
                        }
                    }
                    sum.events += events as u64;
                }
            }
            Err(e) => {
                if first_error.is_ok() {
                    first_error = Err(e);
                }
                if !all {
                    break;
                }
            }
        }
    }
    first_error
}

struct ReadBatch {
    docs: Vec<(Document, String)>,
    failed: Vec<String>,
}

/// The next `n` readable documents with their content hashes, and the
/// errors met on the way.
fn read_batch<I, E>(docs: &mut I, n: usize) -> ReadBatch
where
    I: Iterator<Item = std::result::Result<Document, E>>,
    E: Display,
{
    let mut out = ReadBatch {
        docs: Vec::with_capacity(n),
        failed: Vec::new(),
    };
    for item in docs.by_ref() {
        match item {
            Ok(d) => {
                let h = content_hash(&d);
                out.docs.push((d, h));
                if out.docs.len() == n {
                    break;
                }
            }
            Err(e) => out.failed.push(e.to_string()),
        }
    }
    out
}

/// Extracts in parallel, in input order. A panic in the extractor (a bug)
/// costs its document, not the run.
fn extract_all<F>(
    extract: &F,
    docs: Vec<(Document, String)>,
) -> Vec<std::result::Result<Extracted, String>>
where
    F: Fn(Document) -> DocRecord + Sync,
{
    docs.into_par_iter()
        .map(
            |(doc, content_hash)| match catch_unwind(AssertUnwindSafe(|| extract(doc.clone()))) {
                Ok(record) => Ok(Extracted {
                    doc,
                    content_hash,
                    record,
                }),
                Err(panic) => {
                    let why = panic
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| panic.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "unknown cause".into());
                    Err(format!("{}: extraction failed: {why}", doc.id))
                }
            },
        )
        .collect()
}

fn keep_extracted<O: Observer + ?Sized>(
    extracted: Vec<std::result::Result<Extracted, String>>,
    sum: &mut Summary,
    obs: &mut O,
) -> Vec<Extracted> {
    let mut ok = Vec::with_capacity(extracted.len());
    for x in extracted {
        match x {
            Ok(x) => ok.push(x),
            Err(msg) => {
                sum.failed += 1;
                obs.failed(&msg);
            }
        }
    }
    ok
}
