//! `entente export`: the whole store as JSON Lines records, CSV events or
//! GDELT 2.0 event-table TSV, to stdout or a file.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use entente_store::export::{self, Format as Out, NoCodes};

use super::db::{self, KbCodes, StoreArgs};

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One document record per line, as `entente extract` prints them.
    Jsonl,
    /// One event per row, with a header.
    Csv,
    /// One event per row in the 61 columns of the GDELT 2.0 event table,
    /// tab-separated, no header.
    Gdelt,
}

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    store: StoreArgs,
    /// Output format.
    #[arg(long, value_enum)]
    format: Format,
    /// Write to FILE instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
}

pub fn run(args: Args, overlays: &[PathBuf]) -> anyhow::Result<ExitCode> {
    let store = args.store.open_existing()?;
    let format = match args.format {
        Format::Jsonl => Out::Jsonl,
        Format::Csv => Out::Csv,
        Format::Gdelt => Out::Gdelt,
    };
    // Only GDELT rows need names and Goldstein values.
    let kb = match format {
        Out::Gdelt => Some(db::kb(overlays)?),
        _ => None,
    };
    let codes: Box<dyn export::CodeBook> = match &kb {
        Some(kb) => Box::new(KbCodes(kb)),
        None => Box::new(NoCodes),
    };
    let what = if format == Out::Jsonl {
        "documents"
    } else {
        "events"
    };
    match &args.output {
        Some(path) => {
            let f = File::create(path).with_context(|| format!("creating {}", path.display()))?;
            let mut w = BufWriter::new(f);
            let n = export::export(&store, format, &mut w, codes.as_ref())?;
            w.flush()?;
            eprintln!("entente: exported {n} {what} to {}", path.display());
        }
        None => {
            let out = crate::output::stdout();
            export::export(&store, format, out, codes.as_ref())?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
