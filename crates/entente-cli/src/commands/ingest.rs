//! `entente ingest`: documents into the store, extracted in parallel, with
//! a progress bar and a summary. Running it again on the same documents
//! changes nothing; a changed document replaces its events.

use std::fs::File;
use std::io::{BufReader, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use entente_core::Document;
use entente_extract::{Extractor, EXTRACTOR_VERSION};
use entente_ingest::read::{self, jsonl_documents, ReadOptions};
use entente_ingest::IngestError;
use entente_store::pipeline::{self, Observer, Summary};
use entente_store::Store;
use indicatif::{ProgressBar, ProgressState, ProgressStyle};

use super::db::{self, StoreArgs};
use super::extract::parse_date;
use crate::output;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    store: StoreArgs,
    /// Text or HTML files, JSON Lines files (.jsonl), folders (searched
    /// recursively for .txt, .html, .htm and .jsonl), or `-` for one text
    /// document on standard input.
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Read JSON Lines documents from FILE, or from standard input with `-`.
    #[arg(long, value_name = "FILE", num_args = 0..=1, default_missing_value = "-")]
    jsonl: Option<String>,
    /// Publication date of documents whose input does not give one.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    published: Option<NaiveDate>,
    /// Largest document accepted, in bytes.
    #[arg(long, default_value_t = entente_ingest::DEFAULT_MAX_BYTES)]
    max_bytes: u64,
    /// Documents per transaction.
    #[arg(long, default_value_t = pipeline::BATCH)]
    batch: usize,
    #[command(flatten)]
    run: RunArgs,
}

/// Options of the commands that extract.
#[derive(clap::Args)]
pub struct RunArgs {
    /// Extraction threads [default: one per core].
    #[arg(long, value_name = "N")]
    jobs: Option<usize>,
    /// No progress bar (it is only drawn on a terminal anyway).
    #[arg(long)]
    pub no_progress: bool,
}

impl RunArgs {
    pub fn threads(&self) -> anyhow::Result<()> {
        if let Some(n) = self.jobs {
            rayon::ThreadPoolBuilder::new()
                .num_threads(n.max(1))
                .build_global()?;
        }
        Ok(())
    }
}

pub fn run(args: Args, overlays: &[PathBuf]) -> anyhow::Result<ExitCode> {
    if args.paths.is_empty() && args.jsonl.is_none() {
        anyhow::bail!("nothing to ingest: give files, folders, `-`, or --jsonl FILE");
    }
    args.run.threads()?;
    let kb = db::kb(overlays)?;
    let ex = Extractor::new(&kb);
    let mut store = args.store.open()?;
    let opts = ReadOptions {
        max_bytes: args.max_bytes,
    };
    let mut sources: Vec<Source> = expand(&args.paths);
    if let Some(j) = &args.jsonl {
        sources.push(Source::Jsonl(PathBuf::from(j)));
    }
    // A total is known when every source is one document.
    let total = sources
        .iter()
        .all(|s| matches!(s, Source::File(_)))
        .then_some(sources.len() as u64);
    let published = args.published;
    let docs = sources
        .into_iter()
        .flat_map(move |s| s.documents(&opts))
        .map(move |d| {
            d.map(|mut d| {
                d.published = d.published.or(published);
                d
            })
        });
    let started = Instant::now();
    let mut bar = Progress::new(total, args.run.no_progress);
    let extract = |d: Document| ex.extract(d);
    let result = pipeline::ingest_batched(
        &mut store,
        docs,
        &extract,
        EXTRACTOR_VERSION,
        args.batch,
        &mut bar,
    );
    bar.finish();
    let sum = result?;
    store.optimize()?;
    let secs = started.elapsed().as_secs_f64();
    let mut out = output::stdout();
    writeln!(
        out,
        "ingested {} documents into {} in {:.1} s ({:.0} documents/s): {} new, {} unchanged, {} replaced, {} failed; {} events stored",
        sum.processed(),
        args.store.path().display(),
        secs,
        sum.processed() as f64 / secs.max(1e-9),
        sum.new,
        sum.unchanged,
        sum.replaced,
        sum.failed,
        sum.events
    )?;
    out.flush()?;
    Ok(if sum.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Where documents come from.
enum Source {
    File(PathBuf),
    Jsonl(PathBuf),
    Stdin,
}

impl Source {
    /// The documents of one source; each is a `Result` so that a bad one
    /// is reported and the run goes on.
    fn documents(
        self,
        opts: &ReadOptions,
    ) -> Box<dyn Iterator<Item = Result<Document, IngestError>> + Send> {
        match self {
            Source::File(p) => Box::new(std::iter::once(read::read_file(&p, opts))),
            Source::Stdin => Box::new(std::iter::once(read::read_stdin(opts))),
            Source::Jsonl(p) if p.as_os_str() == "-" => Box::new(jsonl_documents(
                BufReader::new(std::io::stdin()),
                "stdin",
                opts,
            )),
            Source::Jsonl(p) => match File::open(&p) {
                Ok(f) => Box::new(jsonl_documents(
                    BufReader::new(f),
                    &p.display().to_string(),
                    opts,
                )),
                Err(source) => Box::new(std::iter::once(Err(IngestError::Io { path: p, source }))),
            },
        }
    }
}

/// Paths to sources; folders are searched recursively, in name order.
fn expand(paths: &[PathBuf]) -> Vec<Source> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Source::Stdin);
        } else if p.is_dir() {
            let found = crate::inputs::files_in(p, &["txt", "html", "htm", "jsonl", "ndjson"]);
            out.extend(found.into_iter().map(source_of));
        } else {
            out.push(source_of(p.clone()));
        }
    }
    out
}

fn source_of(p: PathBuf) -> Source {
    match p.extension().and_then(|x| x.to_str()) {
        Some("jsonl" | "ndjson") => Source::Jsonl(p),
        _ => Source::File(p),
    }
}

/// A progress bar on stderr (drawn only on a terminal), with documents per
/// second; failures are printed above it.
pub struct Progress(ProgressBar);

impl Progress {
    pub fn new(total: Option<u64>, hidden: bool) -> Progress {
        let bar = match (hidden, total) {
            (true, _) => ProgressBar::hidden(),
            (false, Some(n)) => ProgressBar::new(n),
            (false, None) => ProgressBar::new_spinner(),
        };
        let template = if total.is_some() {
            "{spinner} [{elapsed_precise}] {wide_bar} {human_pos}/{human_len} documents, {rate}, eta {eta}; {msg}"
        } else {
            "{spinner} [{elapsed_precise}] {human_pos} documents, {rate}; {msg}"
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style.with_key(
                "rate",
                |s: &ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = write!(w, "{:.0} documents/s", s.per_sec());
                },
            ));
        }
        bar.enable_steady_tick(Duration::from_millis(200));
        Progress(bar)
    }

    pub fn finish(&self) {
        self.0.finish_and_clear();
    }
}

impl Observer for Progress {
    fn failed(&mut self, message: &str) {
        self.0.suspend(|| eprintln!("entente: {message}"));
    }
    fn progress(&mut self, s: &Summary) {
        self.0.set_position(s.processed());
        self.0.set_message(format!(
            "{} new, {} unchanged, {} replaced, {} failed",
            s.new, s.unchanged, s.replaced, s.failed
        ));
    }
}
