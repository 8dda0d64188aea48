//! `entente extract`: documents in, one JSON record per document out.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use entente_extract::Extractor;
use entente_ingest::read::{jsonl_documents, open_jsonl, ReadOptions};

use crate::{inputs, output};

#[derive(clap::Args)]
pub struct Args {
    /// Text or HTML files, folders, or `-` for standard input.
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Read JSON Lines documents ({"id", "text", "published"?, "url"?, "source"?}) from FILE or `-`.
    #[arg(long, value_name = "FILE", num_args = 0..=1, default_missing_value = "-")]
    jsonl: Option<String>,
    /// Publication date of the documents, when their text does not give it.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    published: Option<NaiveDate>,
    /// Also print a trace of the pipeline (sentences, people, triggers) to stderr.
    #[arg(long)]
    explain: bool,
    /// Largest document accepted, in bytes.
    #[arg(long, default_value_t = entente_ingest::DEFAULT_MAX_BYTES)]
    max_bytes: u64,
}

pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| format!("{s:?} is not a date YYYY-MM-DD"))
}

pub fn run(args: Args, overlays: &[PathBuf]) -> anyhow::Result<ExitCode> {
    if args.files.is_empty() && args.jsonl.is_none() {
        anyhow::bail!("nothing to read: give files, folders, `-`, or --jsonl FILE");
    }
    let kb = super::load_kb(overlays)?;
    let ex = Extractor::new(&kb);
    let opts = ReadOptions {
        max_bytes: args.max_bytes,
    };
    let mut out = output::stdout();
    let mut failed = 0usize;
    let docs: Box<dyn Iterator<Item = _>> = match &args.jsonl {
        Some(path) => {
            let reader = open_jsonl(path)?;
            let name = if path == "-" {
                "stdin".to_string()
            } else {
                path.clone()
            };
            Box::new(jsonl_documents(reader, &name, &opts))
        }
        None => Box::new(inputs::documents(&args.files, &opts)),
    };
    for doc in docs {
        match doc {
            Ok(mut d) => {
                if d.published.is_none() {
                    d.published = args.published;
                }
                if args.explain {
                    eprint!("{}", ex.explain(d.clone()));
                }
                // a bug in a rule must cost one document, not the run
                let id = d.id.clone();
                match ex.extract_or_skip(d) {
                    Some(rec) => output::json_line(&mut out, &rec)?,
                    None => {
                        failed += 1;
                        eprintln!("entente: {id}: internal error while extracting (please report it); skipped");
                    }
                }
            }
            Err(e) => {
                failed += 1;
                eprintln!("entente: {e}");
            }
        }
    }
    use std::io::Write;
    out.flush()?;
    if failed > 0 {
        eprintln!("entente: {failed} document(s) could not be read");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
