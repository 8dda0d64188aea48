//! What the store commands share: the `--db` option, event filters, the
//! knowledge base as a GDELT code book, and a plain-text table.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context as _;
use entente_kb::Kb;
use entente_store::export::CodeBook;
use entente_store::{EventFilter, SqliteStore};

#[derive(clap::Args)]
pub struct StoreArgs {
    /// The store file [default: $ENTENTE_DB, else ./entente.db].
    #[arg(long, value_name = "FILE")]
    db: Option<PathBuf>,
}

impl StoreArgs {
    pub fn path(&self) -> PathBuf {
        entente_store::db_path(self.db.clone())
    }

    /// Opens the store, creating it if needed (for writing commands).
    pub fn open(&self) -> anyhow::Result<SqliteStore> {
        Ok(SqliteStore::open(&self.path())?)
    }

    /// Opens a store that must exist (for queries).
    pub fn open_existing(&self) -> anyhow::Result<SqliteStore> {
        Ok(SqliteStore::open_existing(&self.path())?)
    }
}

#[derive(clap::Args, Default)]
pub struct FilterArgs {
    /// Events in which this state or body takes part (ISO alpha-3: IND,
    /// FRA, ...); repeat for events with all of several.
    #[arg(long, value_name = "CODE")]
    country: Vec<String>,
    /// Events between two states, e.g. IND-FRA.
    #[arg(long, value_name = "A-B")]
    pair: Option<String>,
    /// Event type: consultation, meeting, call, visit, agreement, ...
    #[arg(long = "type", value_name = "TYPE")]
    kind: Option<String>,
    /// Cooperation area slug, e.g. civil-nuclear.
    #[arg(long, value_name = "SLUG")]
    area: Option<String>,
    /// Part of a participant's name, any case.
    #[arg(long, value_name = "NAME")]
    person: Option<String>,
    /// Part of a mechanism's name, e.g. "Strategic Dialogue".
    #[arg(long, value_name = "NAME")]
    mechanism: Option<String>,
    /// Events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// Events on or before this date; a year or month includes all of it.
    #[arg(long, value_name = "DATE")]
    until: Option<String>,
    /// Events of documents that contain these words (as a phrase).
    #[arg(long, value_name = "WORDS")]
    text: Option<String>,
}

impl FilterArgs {
    pub fn filter(&self) -> anyhow::Result<EventFilter> {
        let countries = self
            .country
            .iter()
            .map(|c| entente_store::parse_code(c))
            .collect::<Result<_, _>>()?;
        let date = |d: &Option<String>| d.as_deref().map(EventFilter::parse_date_bound).transpose();
        Ok(EventFilter {
            countries,
            pair: self
                .pair
                .as_deref()
                .map(EventFilter::parse_pair)
                .transpose()?,
            kind: self.kind.clone(),
            area: self.area.clone(),
            person: self.person.clone(),
            mechanism: self.mechanism.clone(),
            since: date(&self.since)?,
            until: date(&self.until)?,
            text: self.text.clone(),
            ..Default::default()
        })
    }
}

/// The knowledge base as a code book: CAMEO Goldstein values and names.
pub struct KbCodes<'a>(pub &'a Kb);

impl CodeBook for KbCodes<'_> {
    fn goldstein(&self, cameo: &str) -> Option<f64> {
        self.0.cameo(cameo).map(|c| c.goldstein)
    }
    fn actor_name(&self, code: &str) -> Option<String> {
        self.0
            .country(code)
            .map(|c| c.name.clone())
            .or_else(|| self.0.body(code).map(|b| b.name.clone()))
    }
    fn is_state(&self, code: &str) -> bool {
        self.0.country(code).is_some()
    }
}

/// Loads the knowledge base (for commands that need names or extraction).
pub fn kb(overlays: &[PathBuf]) -> anyhow::Result<Kb> {
    Kb::load(overlays).context("loading the knowledge base")
}

/// Writes rows as aligned columns; cells are cut to `widths` characters
/// (the last column is never cut).
pub fn table<W: Write>(
    out: &mut W,
    header: &[&str],
    widths: &[usize],
    rows: &[Vec<String>],
) -> std::io::Result<()> {
    let cut = |s: &str, w: usize| -> String {
        if s.chars().count() <= w {
            s.to_string()
        } else {
            let mut t: String = s.chars().take(w.saturating_sub(1)).collect();
            t.push('…');
            t
        }
    };
    // Each column as wide as its widest cell, within its limit.
    let mut shown = vec![0; header.len()];
    let last = header.len() - 1;
    for (i, h) in header.iter().enumerate() {
        let widest = rows
            .iter()
            .map(|r| r[i].chars().count())
            .chain([h.chars().count()])
            .max()
            .unwrap_or(0);
        shown[i] = if i == last {
            widest
        } else {
            widest.min(widths[i])
        };
    }
    let line = |cells: Vec<String>| -> String {
        let mut s = String::new();
        for (i, c) in cells.iter().enumerate() {
            if i == last {
                s.push_str(c);
            } else {
                let c = cut(c, shown[i]);
                let pad = shown[i] - c.chars().count();
                s.push_str(&c);
                s.push_str(&" ".repeat(pad + 2));
            }
        }
        s.trim_end().to_string()
    };
    writeln!(
        out,
        "{}",
        line(header.iter().map(|h| h.to_string()).collect())
    )?;
    for r in rows {
        writeln!(out, "{}", line(r.clone()))?;
    }
    Ok(())
}
