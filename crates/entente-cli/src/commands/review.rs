//! `entente review` and `entente mechanisms`: a partnership's progress
//! against its roadmap, from the store; analysts' link decisions.
//!
//! Decisions are kept in a JSON file beside the store (`<db>.decisions.json`)
//! under the store's event keys, which name the interaction rather than a
//! row, so they survive re-extraction.

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use chrono::NaiveDate;
use entente_review::link::{link, Decision, ReviewEvent};
use entente_review::{render, report, roadmap};
use entente_store::{EventFilter, Order, Store};

use super::db::StoreArgs;
use crate::output;

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Md,
    Html,
    Json,
}

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    action: Option<Action>,
    /// The roadmap to review against.
    #[arg(long, default_value = "horizon-2047", global = true)]
    roadmap: String,
    /// Only events on or after this day.
    #[arg(long, value_parser = super::extract::parse_date)]
    since: Option<NaiveDate>,
    /// Only events on or before this day (default: today).
    #[arg(long, value_parser = super::extract::parse_date)]
    until: Option<NaiveDate>,
    #[arg(long, value_enum, default_value = "md")]
    format: Format,
    /// Folders of roadmap TOML files overlaid on the bundled ones.
    #[arg(long = "roadmaps", value_name = "DIR", global = true)]
    roadmaps: Vec<PathBuf>,
    #[command(flatten)]
    store: StoreArgs,
}

#[derive(clap::Subcommand)]
enum Action {
    /// Confirm that an event evidences a commitment (kept across re-extraction).
    Link {
        event_key: String,
        commitment: String,
    },
    /// Reject a link the rules made.
    Unlink {
        event_key: String,
        commitment: String,
    },
    /// List the links with their event keys, to decide on them.
    Links,
}

#[derive(clap::Args)]
pub struct MechanismArgs {
    /// The pair of states, e.g. IND-FRA.
    #[arg(long, value_name = "A-B")]
    pair: String,
    /// Rounds up to this day count towards "time since" (default: today).
    #[arg(long, value_parser = super::extract::parse_date)]
    until: Option<NaiveDate>,
    #[command(flatten)]
    store: StoreArgs,
}

fn decisions_path(db: &Path) -> PathBuf {
    let mut p = db.as_os_str().to_owned();
    p.push(".decisions.json");
    PathBuf::from(p)
}

/// Decisions saved beside the store (none when the file does not exist).
pub fn load_decisions(db: &Path) -> anyhow::Result<Vec<Decision>> {
    let p = decisions_path(db);
    if !p.exists() {
        return Ok(Vec::new());
    }
    let text =
        std::fs::read_to_string(&p).with_context(|| format!("{}: cannot read", p.display()))?;
    let raw: Vec<(String, String, bool)> = serde_json::from_str(&text)
        .with_context(|| format!("{}: not a decisions file", p.display()))?;
    Ok(raw
        .into_iter()
        .map(|(event_key, commitment, confirmed)| Decision {
            event_key,
            commitment,
            confirmed,
        })
        .collect())
}

fn save_decisions(db: &Path, ds: &[Decision]) -> anyhow::Result<()> {
    let p = decisions_path(db);
    let raw: Vec<(&str, &str, bool)> = ds
        .iter()
        .map(|d| (d.event_key.as_str(), d.commitment.as_str(), d.confirmed))
        .collect();
    // write then rename: a crash leaves the old file or the new one
    let tmp = p.with_extension("json.tmp");
    std::fs::write(&tmp, serde_json::to_string_pretty(&raw)?)
        .with_context(|| format!("{}: cannot write", tmp.display()))?;
    std::fs::rename(&tmp, &p).with_context(|| format!("{}: cannot write", p.display()))?;
    Ok(())
}

/// The partnership's events from the store, with their documents' text.
fn review_events(store: &dyn Store, pair: (&str, &str)) -> anyhow::Result<Vec<ReviewEvent>> {
    let filter = EventFilter {
        pair: Some((pair.0.to_string(), pair.1.to_string())),
        order: Order::OldestFirst,
        ..Default::default()
    };
    let stored = store.events(&filter)?;
    let wanted: HashSet<&str> = stored.iter().map(|s| s.doc.as_str()).collect();
    let mut texts: HashMap<String, String> = HashMap::new();
    let mut after = i64::MIN;
    loop {
        let page = store.documents_after(after, 500, None)?;
        let Some(last) = page.last() else { break };
        after = last.key;
        for d in page {
            if wanted.contains(d.doc.id.as_str()) {
                texts.insert(d.doc.id.clone(), d.doc.text);
            }
        }
    }
    Ok(stored
        .iter()
        .map(|s| {
            let text = texts.get(&s.doc).map_or("", String::as_str);
            let mut e = ReviewEvent::from_record(&s.doc, text, &s.event);
            e.key = s.event_key.clone();
            e
        })
        .collect())
}

pub fn run(args: Args, overlays: &[PathBuf]) -> anyhow::Result<ExitCode> {
    let kb = super::load_kb(overlays)?;
    let roadmaps = roadmap::load(&args.roadmaps, &kb)?;
    let Some(rm) = roadmaps.iter().find(|r| r.id() == args.roadmap) else {
        let known: Vec<&str> = roadmaps.iter().map(|r| r.id()).collect();
        anyhow::bail!(
            "no roadmap {:?} (known: {})",
            args.roadmap,
            known.join(", ")
        );
    };
    if let Some(Action::Link { commitment, .. } | Action::Unlink { commitment, .. }) = &args.action
    {
        if !rm.file.commitment.iter().any(|c| &c.id == commitment) {
            anyhow::bail!("roadmap {} has no commitment {commitment:?}", rm.id());
        }
    }
    let db = args.store.path();
    let mut decisions = load_decisions(&db)?;
    let mut out = output::stdout();
    match args.action {
        Some(Action::Link {
            event_key,
            commitment,
        }) => {
            decide(&mut decisions, event_key, commitment, true);
            save_decisions(&db, &decisions)?;
            writeln!(
                out,
                "linked; {} decision(s) kept in {}",
                decisions.len(),
                decisions_path(&db).display()
            )?;
        }
        Some(Action::Unlink {
            event_key,
            commitment,
        }) => {
            decide(&mut decisions, event_key, commitment, false);
            save_decisions(&db, &decisions)?;
            writeln!(
                out,
                "unlinked; {} decision(s) kept in {}",
                decisions.len(),
                decisions_path(&db).display()
            )?;
        }
        Some(Action::Links) => {
            let store = args.store.open_existing()?;
            let p = &rm.file.roadmap.partnership;
            let events = review_events(&store, (&p[0], &p[p.len() - 1]))?;
            for l in link(rm, &events, &decisions) {
                let e = &events[l.event];
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}\t{}",
                    e.key,
                    l.commitment,
                    e.date.as_deref().unwrap_or("-"),
                    l.by,
                    l.reasons.join("; ")
                )?;
            }
        }
        None => {
            let store = args.store.open_existing()?;
            let p = &rm.file.roadmap.partnership;
            let events = review_events(&store, (&p[0], &p[p.len() - 1]))?;
            let links = link(rm, &events, &decisions);
            let until = args
                .until
                .unwrap_or_else(|| chrono::Local::now().date_naive());
            let rev = report::review(rm, &events, &links, args.since, until);
            let text = match args.format {
                Format::Md => render::markdown(&rev),
                Format::Html => render::html(&rev),
                Format::Json => render::json(&rev),
            };
            write!(out, "{text}")?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn decide(ds: &mut Vec<Decision>, event_key: String, commitment: String, confirmed: bool) {
    ds.retain(|d| !(d.event_key == event_key && d.commitment == commitment));
    ds.push(Decision {
        event_key,
        commitment,
        confirmed,
    });
}

pub fn run_mechanisms(args: MechanismArgs) -> anyhow::Result<ExitCode> {
    let (a, b) = EventFilter::parse_pair(&args.pair)?;
    let store = args.store.open_existing()?;
    let events = review_events(&store, (&a, &b))?;
    let until = args
        .until
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let all: Vec<usize> = (0..events.len()).collect();
    let ms = report::mechanisms(&events, &all, until);
    let mut out = output::stdout();
    write!(out, "{}", render::mechanisms_markdown(&ms))?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
