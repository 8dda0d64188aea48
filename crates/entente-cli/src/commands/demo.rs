//! `entente demo`: extraction over the bundled sample documents, printed
//! as a readable summary (and, with `--json`, as records).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use entente_core::record::DocRecord;
use entente_core::Document;
use entente_extract::Extractor;

use crate::output;

/// The bundled samples: (id, text). Written for this project.
pub const SAMPLES: &[(&str, &str)] = &[
    (
        "in-fr-strategic-dialogue-2024",
        include_str!("../../samples/in-fr-strategic-dialogue-2024.txt"),
    ),
    (
        "in-jp-call-2025",
        include_str!("../../samples/in-jp-call-2025.txt"),
    ),
    (
        "de-pl-protest-2025",
        include_str!("../../samples/de-pl-protest-2025.txt"),
    ),
    (
        "in-mea-cabinet-2024",
        include_str!("../../samples/in-mea-cabinet-2024.txt"),
    ),
];

#[derive(clap::Args)]
pub struct Args {
    /// Print the records as JSON Lines instead of the summary.
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args, overlays: &[PathBuf]) -> anyhow::Result<ExitCode> {
    let kb = super::load_kb(overlays)?;
    let ex = Extractor::new(&kb);
    let mut out = output::stdout();
    let records: Vec<DocRecord> = SAMPLES
        .iter()
        .map(|(id, text)| ex.extract(Document::new(*id, *text)))
        .collect();
    if args.json {
        for r in &records {
            output::json_line(&mut out, r)?;
        }
    } else {
        writeln!(
            out,
            "entente demo: {} bundled sample documents\n",
            records.len()
        )?;
        for r in &records {
            write_summary(&mut out, r)?;
        }
        let events: usize = records.iter().map(|r| r.events.len()).sum();
        let statements: usize = records.iter().map(|r| r.statements.len()).sum();
        writeln!(out, "{events} events and {statements} statements extracted. Try `entente extract FILE` on your own documents.")?;
        write_review(&mut out, &kb, &records)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// A short review of the samples against the bundled India-France
/// roadmap: what each pillar's evidence is, and the mechanisms' rounds.
fn write_review<W: Write>(
    out: &mut W,
    kb: &entente_kb::Kb,
    records: &[DocRecord],
) -> anyhow::Result<()> {
    use entente_review::{link, report, roadmap};
    let roadmaps = roadmap::load(&[], kb)?;
    let Some(rm) = roadmaps.iter().find(|r| r.id() == "horizon-2047") else {
        return Ok(());
    };
    let events: Vec<link::ReviewEvent> = records
        .iter()
        .zip(SAMPLES)
        .flat_map(|(r, (_, text))| {
            r.events
                .iter()
                .map(move |e| link::ReviewEvent::from_record(&r.id, text, e))
        })
        .collect();
    let links = link::link(rm, &events, &[]);
    let until = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).expect("a date");
    let rev = report::review(rm, &events, &links, None, until);
    writeln!(
        out,
        "\nReview against the {} (samples only; `entente review` reads a store):",
        rev.name
    )?;
    for p in &rev.pillars {
        let evidenced: Vec<&str> = p
            .commitments
            .iter()
            .filter(|c| !c.evidence.is_empty())
            .map(|c| c.title.as_str())
            .collect();
        writeln!(
            out,
            "  {}: {} of {} commitments with evidence{}",
            p.name,
            evidenced.len(),
            p.commitments.len(),
            if evidenced.is_empty() {
                String::new()
            } else {
                format!(" ({})", evidenced.join("; "))
            }
        )?;
    }
    for m in &rev.mechanisms {
        let last = m.last_round.as_deref().unwrap_or("-");
        writeln!(
            out,
            "  mechanism {}: {} round(s), last {last}",
            m.name,
            m.rounds.len()
        )?;
    }
    Ok(())
}

/// A few lines per document: its header, then one line per event and statement.
pub fn write_summary<W: Write>(out: &mut W, r: &DocRecord) -> std::io::Result<()> {
    let dl = r.dateline.as_ref().map_or("-".to_string(), |d| {
        format!("{} ({})", d.place, d.country.as_deref().unwrap_or("?"))
    });
    writeln!(
        out,
        "{}  published {}  dateline {}",
        r.id,
        r.published.as_deref().unwrap_or("-"),
        dl
    )?;
    if r.events.is_empty() {
        writeln!(out, "  no interstate event")?;
    }
    for e in &r.events {
        let who: Vec<String> = e
            .participants
            .iter()
            .map(|p| format!("{} ({})", p.name, p.role.as_deref().unwrap_or("-")))
            .collect();
        writeln!(
            out,
            "  {} [{}] {} {} {}{}{}",
            e.kind,
            e.cameo,
            e.date.as_deref().unwrap_or("date?"),
            e.place.as_ref().map_or("-", |p| p.name.as_str()),
            e.countries.join("-"),
            e.mechanism
                .as_ref()
                .map_or(String::new(), |m| format!(" «{m}»")),
            match (&e.source, &e.target) {
                (Some(s), Some(t)) => format!(" {s}→{t}"),
                _ => String::new(),
            }
        )?;
        if !who.is_empty() {
            writeln!(out, "      people: {}", who.join(", "))?;
        }
        if !e.areas.is_empty() {
            writeln!(out, "      areas:  {}", e.areas.join(", "))?;
        }
    }
    for s in &r.statements {
        let who = s.speaker.as_deref().or(s.org.as_deref()).unwrap_or("?");
        let q: String = s.quote.chars().take(70).collect();
        let more = if s.quote.chars().count() > 70 {
            "…"
        } else {
            ""
        };
        writeln!(
            out,
            "  said by {who} ({}): \"{q}{more}\"",
            s.channel.as_deref().unwrap_or("-")
        )?;
    }
    writeln!(out)
}
