//! `entente kb check` and `entente kb lookup NAME [--date D]`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use entente_kb::{Kb, Target};

use crate::output;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: KbCommand,
}

#[derive(clap::Subcommand)]
enum KbCommand {
    /// Validate the knowledge base (with overlays) and print its counts.
    Check,
    /// Show what the knowledge base knows about a name, title, place or code.
    Lookup {
        /// A name, handle, title, country, place or code ("Descotes", "@VikramMisri", "Foreign Secretary", "IND").
        query: String,
        /// Resolve titles and offices on this day (default: today).
        #[arg(long, value_parser = super::extract::parse_date)]
        date: Option<NaiveDate>,
        /// The country a generic title belongs to ("President" --country FRA).
        #[arg(long)]
        country: Option<String>,
    },
}

pub fn run(args: Args, overlays: &[PathBuf]) -> anyhow::Result<ExitCode> {
    match args.command {
        KbCommand::Check => match Kb::load(overlays) {
            Ok(kb) => {
                let mut out = output::stdout();
                writeln!(out, "knowledge base OK ({} files)", kb.sources.len())?;
                for (what, n) in kb.counts() {
                    writeln!(out, "  {what:<22} {n:>7}")?;
                }
                out.flush()?;
                Ok(ExitCode::SUCCESS)
            }
            Err(e) => {
                eprintln!("entente: {e}");
                Ok(ExitCode::from(1))
            }
        },
        KbCommand::Lookup {
            query,
            date,
            country,
        } => {
            let kb = super::load_kb(overlays)?;
            let date = date.unwrap_or_else(|| chrono::Local::now().date_naive());
            let lines = lookup(&kb, &query, date, country.as_deref());
            let mut out = output::stdout();
            if lines.is_empty() {
                writeln!(out, "nothing known about {query:?}")?;
            }
            for l in lines {
                writeln!(out, "{l}")?;
            }
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Human-readable facts about `query` on `date`.
pub fn lookup(kb: &Kb, query: &str, date: NaiveDate, country: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    let q = query.trim();
    if let Some(c) = kb.country(&q.to_uppercase()) {
        out.push(format!("country {} {} ({})", c.code, c.name, c.alpha2));
    }
    if let Some(b) = kb.body(&q.to_uppercase()) {
        out.push(format!("body {} {}", b.code, b.name));
    }
    let mut seen = Vec::new();
    for hit in kb.gazetteer().find(q) {
        for t in hit.targets {
            if seen.contains(&t) {
                continue;
            }
            seen.push(t);
            match t {
                Target::Person(p) | Target::Handle(p) | Target::Surname(p) => {
                    out.extend(describe_person(kb, p, date))
                }
                Target::Country(i) | Target::Adjective(i) | Target::Prefix(i) | Target::Seat(i) => {
                    let c = &kb.countries[i];
                    out.push(format!(
                        "country {} {} (capital {})",
                        c.code,
                        c.name,
                        c.capital.as_deref().unwrap_or("-")
                    ));
                }
                Target::Place(i) => out.push(format!(
                    "place {} ({})",
                    kb.places[i].name, kb.places[i].country
                )),
                Target::Body(i) => {
                    out.push(format!("body {} {}", kb.bodies[i].code, kb.bodies[i].name))
                }
                Target::Institution(i) => {
                    let x = &kb.institutions[i];
                    out.push(format!(
                        "institution {} {} ({}, {})",
                        x.id, x.name, x.country, x.kind
                    ));
                }
                Target::Office(o) => {
                    let x = &kb.offices[o];
                    let holders: Vec<String> = kb
                        .holders(o, date)
                        .iter()
                        .map(|&p| kb.people[p].name.clone())
                        .collect();
                    out.push(format!(
                        "office {} {} ({}): on {date} held by {}",
                        x.id,
                        x.title,
                        x.country,
                        or_none(&holders)
                    ));
                }
                Target::Title(k) => {
                    let kind = &kb.title_kinds[k];
                    match country {
                        Some(c) => match kb.resolve_kind(kind, &c.to_uppercase(), date) {
                            Some(h) => out.push(format!(
                                "title ({kind}) of {}: on {date} {} ({})",
                                c.to_uppercase(),
                                kb.people[h.person].name,
                                kb.offices[h.office].title
                            )),
                            None => out.push(format!(
                                "title ({kind}) of {}: no single holder on {date}",
                                c.to_uppercase()
                            )),
                        },
                        None => out.push(format!(
                            "generic title ({kind}); give --country to resolve it"
                        )),
                    }
                }
                Target::Mechanism(m) => {
                    let x = &kb.mechanisms[m];
                    let pairs: Vec<String> = x.pairs.iter().map(|p| p.join("-")).collect();
                    out.push(format!(
                        "mechanism {} (held by {})",
                        x.name,
                        or_none(&pairs)
                    ));
                }
                Target::Area(a) => out.push(format!("area {}", kb.areas[a].slug)),
                Target::NotArea => out.push("a format, not an area".into()),
            }
        }
    }
    out
}

fn or_none(v: &[String]) -> String {
    if v.is_empty() {
        "nobody known".into()
    } else {
        v.join(", ")
    }
}

fn describe_person(kb: &Kb, p: usize, date: NaiveDate) -> Vec<String> {
    let person = &kb.people[p];
    let mut out = vec![format!("person {} ({})", person.name, person.country)];
    if let Some(o) = kb.office_of(p, Some(date), None) {
        out.push(format!("  on {date}: {}", kb.offices[o].title));
    }
    for t in kb.terms.iter().filter(|t| t.person == p) {
        let to = t.to.map_or("today".to_string(), |d| d.to_string());
        out.push(format!(
            "  {} .. {}: {} [{}]",
            t.from, to, kb.offices[t.office].title, kb.offices[t.office].id
        ));
    }
    if !person.handles.is_empty() {
        out.push(format!("  handles: {}", person.handles.join(", ")));
    }
    out
}
