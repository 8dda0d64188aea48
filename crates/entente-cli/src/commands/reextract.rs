//! `entente reextract`: runs the current extractor over stored documents
//! (those extracted by another version, or all with `--all`), replacing
//! their events and statements; texts stay as they are.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use entente_core::Document;
use entente_extract::{Extractor, EXTRACTOR_VERSION};
use entente_store::pipeline;
use entente_store::Store;

use super::db::{self, StoreArgs};
use super::ingest::{Progress, RunArgs};
use crate::output;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    store: StoreArgs,
    /// Re-extract every document, also those extracted by this version
    /// (after changing the knowledge base with --kb, for instance).
    #[arg(long)]
    all: bool,
    #[command(flatten)]
    run: RunArgs,
}

pub fn run(args: Args, overlays: &[PathBuf]) -> anyhow::Result<ExitCode> {
    args.run.threads()?;
    let kb = db::kb(overlays)?;
    let ex = Extractor::new(&kb);
    let mut store = args.store.open_existing()?;
    let stale = (!args.all).then_some(EXTRACTOR_VERSION);
    let todo = store.count_documents(stale)?;
    let mut out = output::stdout();
    if todo == 0 {
        let n = store.count_documents(None)?;
        writeln!(
            out,
            "all {n} stored documents are extracted by {EXTRACTOR_VERSION}; --all runs it again"
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut bar = Progress::new(Some(todo), args.run.no_progress);
    let extract = |d: Document| ex.extract(d);
    let result = pipeline::reextract(&mut store, &extract, EXTRACTOR_VERSION, args.all, &mut bar);
    bar.finish();
    let sum = result?;
    store.optimize()?;
    writeln!(
        out,
        "re-extracted {} documents with {EXTRACTOR_VERSION}: {} events stored, {} failed",
        sum.replaced, sum.events, sum.failed
    )?;
    out.flush()?;
    Ok(if sum.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
