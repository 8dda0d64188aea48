//! `entente actors`: the people who take part in the most stored events
//! (optionally among events matching filters), with the offices given to
//! them.

use std::io::Write;
use std::process::ExitCode;

use entente_store::Store;

use super::db::{self, FilterArgs, StoreArgs};
use crate::output;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    store: StoreArgs,
    #[command(flatten)]
    filter: FilterArgs,
    /// How many people.
    #[arg(long, value_name = "N", default_value_t = 20)]
    limit: usize,
    /// JSON Lines instead of the table.
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = args.store.open_existing()?;
    let filter = args.filter.filter()?;
    let actors = store.actors(&filter, args.limit)?;
    let mut out = output::stdout();
    if args.json {
        for a in &actors {
            output::json_line(&mut out, a)?;
        }
    } else {
        let rows: Vec<Vec<String>> = actors
            .iter()
            .map(|a| {
                let offices: Vec<String> = a
                    .offices
                    .iter()
                    .map(|(t, n)| format!("{t} ({n})"))
                    .collect();
                vec![
                    a.events.to_string(),
                    a.name.clone(),
                    a.country.clone().unwrap_or_else(|| "-".into()),
                    offices.join("; "),
                ]
            })
            .collect();
        db::table(
            &mut out,
            &["EVENTS", "NAME", "COUNTRY", "OFFICES"],
            &[6, 36, 7, 80],
            &rows,
        )?;
        if actors.is_empty() {
            writeln!(out, "(nobody)")?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
