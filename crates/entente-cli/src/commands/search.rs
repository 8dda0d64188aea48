//! `entente search`: full-text search over stored documents, best match
//! first, with the passage that matches.

use std::io::Write;
use std::process::ExitCode;

use entente_store::Store;

use super::db::StoreArgs;
use crate::output;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    store: StoreArgs,
    /// Words to find, as a phrase ("civil nuclear"); case and diacritics
    /// do not matter.
    #[arg(value_name = "WORDS", required = true)]
    words: Vec<String>,
    /// Take the query in SQLite FTS5 syntax: AND, OR, NOT, NEAR(...),
    /// prefix* (summon* for summoned, summons), "phrases".
    #[arg(long)]
    raw: bool,
    /// How many documents.
    #[arg(long, value_name = "N", default_value_t = 20)]
    limit: usize,
    /// JSON Lines instead of text.
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = args.store.open_existing()?;
    let query = args.words.join(" ");
    let hits = store.search(&query, args.raw, args.limit)?;
    let mut out = output::stdout();
    for h in &hits {
        if args.json {
            output::json_line(&mut out, h)?;
            continue;
        }
        writeln!(
            out,
            "{}  {}  {} event{}",
            h.doc,
            h.published.as_deref().unwrap_or("-"),
            h.events,
            if h.events == 1 { "" } else { "s" }
        )?;
        writeln!(out, "    {}", h.snippet)?;
    }
    if hits.is_empty() && !args.json {
        writeln!(out, "(no document matches)")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
