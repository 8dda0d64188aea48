//! `entente events` (stored events matching filters, as a table, JSON or
//! CSV) and `entente timeline` (one line per event, oldest first).

use std::io::Write;
use std::process::ExitCode;

use entente_store::export::{csv_row, CSV_COLUMNS};
use entente_store::{Order, Store, StoreError, StoredEvent};

use super::db::{self, FilterArgs, StoreArgs};
use crate::output;

/// Events shown in the table when no --limit is given.
const TABLE_LIMIT: usize = 50;

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns for reading.
    Table,
    /// One JSON array.
    Json,
    /// One JSON object per line.
    Jsonl,
    /// Comma-separated values with a header.
    Csv,
}

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    store: StoreArgs,
    #[command(flatten)]
    filter: FilterArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// At most N events [default: 50 in the table, all otherwise; 0: all].
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
    /// Oldest first (the default is newest first).
    #[arg(long)]
    oldest_first: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = args.store.open_existing()?;
    let mut filter = args.filter.filter()?;
    let limit = match (args.limit, args.format) {
        (Some(0), _) => None,
        (Some(n), _) => Some(n),
        (None, Format::Table) => Some(TABLE_LIMIT),
        (None, _) => None,
    };
    filter.limit = limit;
    if args.oldest_first {
        filter.order = Order::OldestFirst;
    }
    let events = store.events(&filter)?;
    let mut out = output::stdout();
    match args.format {
        Format::Table => {
            let rows: Vec<Vec<String>> = events.iter().map(table_row).collect();
            db::table(
                &mut out,
                &[
                    "DATE",
                    "TYPE",
                    "COUNTRIES",
                    "PLACE",
                    "PARTICIPANTS",
                    "MECHANISM / AREAS",
                    "DOCUMENT",
                ],
                &[10, 20, 15, 16, 44, 40, 40],
                &rows,
            )?;
            if limit == Some(events.len()) && args.limit.is_none() {
                writeln!(
                    out,
                    "(the first {TABLE_LIMIT}; --limit N for more, 0 for all)"
                )?;
            } else if events.is_empty() {
                writeln!(out, "(no event matches)")?;
            }
        }
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &events)?;
            writeln!(out)?;
        }
        Format::Jsonl => {
            for e in &events {
                output::json_line(&mut out, e)?;
            }
        }
        Format::Csv => {
            // Through StoreError, so that a closed pipe ends the run quietly.
            let mut w = csv::Writer::from_writer(&mut out);
            w.write_record(CSV_COLUMNS).map_err(StoreError::from)?;
            for e in &events {
                w.write_record(csv_row(e)).map_err(StoreError::from)?;
            }
            w.flush()?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn table_row(s: &StoredEvent) -> Vec<String> {
    let e = &s.event;
    let mut about: Vec<String> = e.mechanism.iter().cloned().collect();
    about.extend(e.areas.iter().cloned());
    vec![
        date(s),
        e.kind.clone(),
        e.countries.join(" "),
        e.place.as_ref().map_or("-".into(), |p| p.name.clone()),
        people(s),
        about.join(", "),
        s.doc.clone(),
    ]
}

fn date(s: &StoredEvent) -> String {
    s.event.date.clone().unwrap_or_else(|| "-".into())
}

fn people(s: &StoredEvent) -> String {
    let names: Vec<String> = s
        .event
        .participants
        .iter()
        .map(|p| match &p.country {
            Some(c) => format!("{} ({c})", p.name),
            None => p.name.clone(),
        })
        .collect();
    names.join(", ")
}

#[derive(clap::Args)]
pub struct TimelineArgs {
    #[command(flatten)]
    store: StoreArgs,
    #[command(flatten)]
    filter: FilterArgs,
    /// At most N events, the earliest [default: all].
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
}

/// One line per event: date, type (and mechanism), place, participants,
/// areas. Undated events come last.
pub fn timeline(args: TimelineArgs) -> anyhow::Result<ExitCode> {
    let store = args.store.open_existing()?;
    let mut filter = args.filter.filter()?;
    filter.order = Order::OldestFirst;
    filter.limit = args.limit.filter(|&n| n > 0);
    let events = store.events(&filter)?;
    let (dated, undated): (Vec<_>, Vec<_>) =
        events.into_iter().partition(|e| e.event.date.is_some());
    let lines: Vec<[String; 5]> = dated
        .iter()
        .chain(&undated)
        .map(|s| {
            let e = &s.event;
            let mut kind = e.kind.clone();
            if let Some(m) = &e.mechanism {
                kind.push_str(&format!(" ({m}"));
                if let Some(r) = e.round {
                    kind.push_str(&format!(", round {r}"));
                }
                kind.push(')');
            }
            let areas = if e.areas.is_empty() {
                String::new()
            } else {
                format!("[{}]", e.areas.join(", "))
            };
            let place = e.place.as_ref().map_or("-".into(), |p| p.name.clone());
            [date(s), kind, place, people(s), areas]
        })
        .collect();
    // Columns as wide as their widest cell, so that dates and types align.
    let width = |i: usize| {
        lines
            .iter()
            .map(|l| l[i].chars().count())
            .max()
            .unwrap_or(0)
    };
    let (wk, wp) = (width(1), width(2));
    let mut out = output::stdout();
    for [d, kind, place, who, areas] in &lines {
        let pad = |s: &str, w: usize| format!("{s}{}", " ".repeat(w - s.chars().count()));
        let tail: Vec<&str> = [who.as_str(), areas.as_str()]
            .into_iter()
            .filter(|t| !t.is_empty())
            .collect();
        let line = format!(
            "{d:<10}  {}  {}  {}",
            pad(kind, wk),
            pad(place, wp),
            tail.join("  ")
        );
        writeln!(out, "{}", line.trim_end())?;
    }
    if dated.is_empty() && undated.is_empty() {
        writeln!(out, "(no event matches)")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
