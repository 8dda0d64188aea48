//! Event filters, and the SQL that answers them.
//!
//! The SQL is built here, once for every backend: plain joins and `EXISTS`
//! that SQLite and PostgreSQL both run. What differs between backends
//! (placeholders, full-text matching) goes through [`Dialect`].
//!
//! A query starts from one table a filter names (a pair, a person, an area
//! or a country: the one with the fewest rows in the filter's dates, which
//! the backend counts up to a cap) through an index that also holds the
//! event's date, so that "the latest 100 events of X" reads about 100 index
//! entries however large the store; the other filters are checked per row.

use crate::{Result, StoreError};

/// Which events come first.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Order {
    /// Latest date first (the default for listings); undated last.
    #[default]
    NewestFirst,
    /// Earliest date first (timelines).
    OldestFirst,
}

/// An event query. Every field that is set must hold (AND).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventFilter {
    /// ISO alpha-3 (or body) codes that must all take part.
    pub countries: Vec<String>,
    /// Two codes that must both take part (`IND-FRA`).
    pub pair: Option<(String, String)>,
    /// The event type (`consultation`, `meeting`, ...).
    pub kind: Option<String>,
    /// An area slug (`civil-nuclear`).
    pub area: Option<String>,
    /// Part of a participant's name, any case.
    pub person: Option<String>,
    /// Part of a mechanism's name, any case.
    pub mechanism: Option<String>,
    /// Earliest date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub since: Option<String>,
    /// Latest date, same forms; a month or year includes all of it.
    pub until: Option<String>,
    /// Words that the event's document must contain (a phrase).
    pub text: Option<String>,
    pub order: Order,
    /// At most this many events; `None` for all.
    pub limit: Option<usize>,
}

impl EventFilter {
    /// True when the filter restricts events (limit and order aside).
    pub fn restricts(&self) -> bool {
        let f = EventFilter {
            order: self.order,
            limit: self.limit,
            ..Default::default()
        };
        *self != f
    }

    /// Reads a pair such as `IND-FRA` (or `ind/fra`).
    pub fn parse_pair(s: &str) -> Result<(String, String)> {
        let parts: Vec<&str> = s
            .split(['-', '/', ',', ' '])
            .filter(|p| !p.is_empty())
            .collect();
        match parts.as_slice() {
            [a, b] => Ok((parse_code(a)?, parse_code(b)?)),
            _ => Err(StoreError::Query(format!(
                "pair {s:?}: expected two country codes such as IND-FRA"
            ))),
        }
    }

    /// Checks a date bound: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse_date_bound(s: &str) -> Result<String> {
        let ok = match s.len() {
            4 => s.bytes().all(|b| b.is_ascii_digit()),
            7 => chrono::NaiveDate::parse_from_str(&format!("{s}-01"), "%Y-%m-%d").is_ok(),
            10 => chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok(),
            _ => false,
        };
        if ok {
            Ok(s.to_string())
        } else {
            Err(StoreError::Query(format!(
                "date {s:?}: expected YYYY, YYYY-MM or YYYY-MM-DD"
            )))
        }
    }
}

/// Reads a country or body code: three letters, any case.
pub fn parse_code(s: &str) -> Result<String> {
    let c = s.trim().to_ascii_uppercase();
    if c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(c)
    } else {
        Err(StoreError::Query(format!(
            "country {s:?}: expected a three-letter code such as IND or FRA"
        )))
    }
}

/// What differs between SQL backends.
pub trait Dialect {
    /// The `n`th (1-based) parameter placeholder: `?1` in SQLite, `$1` in
    /// PostgreSQL.
    fn placeholder(&self, n: usize) -> String;
    /// A condition that the document `document_column` matches the
    /// full-text query in parameter `param`.
    fn text_match(&self, document_column: &str, param: &str) -> String;
    /// The full-text query for plain words, matched as a phrase.
    fn text_query(&self, words: &str) -> String;
}

/// A query parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Param {
    Text(String),
}

/// Name patterns of a filter resolved by the backend to what the event
/// tables hold: actor ids and mechanism names. An empty list means that
/// nothing can match.
#[derive(Debug, Default)]
pub(crate) struct Resolved {
    pub actors: Option<Vec<i64>>,
    pub mechanisms: Option<Vec<String>>,
}

impl Resolved {
    pub fn matches_nothing(&self) -> bool {
        self.actors.as_ref().is_some_and(|a| a.is_empty())
            || self.mechanisms.as_ref().is_some_and(|m| m.is_empty())
    }
}

/// SQL with its parameters.
#[derive(Debug)]
pub(crate) struct Query {
    pub sql: String,
    pub params: Vec<Param>,
}

/// The table a query starts from: one that holds the event's date next to
/// the filtered value in an index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Driver {
    Pair,
    Person,
    Area,
    /// The filter's n-th country.
    Country(usize),
    Events,
}

impl Driver {
    /// (table with alias, event id column, date column)
    fn table(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Driver::Pair => ("event_pairs d", "d.event", "d.event_date"),
            Driver::Person => ("participants d", "d.event", "d.event_date"),
            Driver::Area => ("event_areas d", "d.event", "d.event_date"),
            Driver::Country(_) => ("event_countries d", "d.event", "d.event_date"),
            Driver::Events => ("events e", "e.id", "e.event_date"),
        }
    }
}

/// The tables a filter could start from, narrowest kind first.
pub(crate) fn drivers(f: &EventFilter, r: &Resolved) -> Vec<Driver> {
    let mut out = Vec::new();
    if f.pair.is_some() {
        out.push(Driver::Pair);
    }
    if r.actors.is_some() {
        out.push(Driver::Person);
    }
    if f.area.is_some() {
        out.push(Driver::Area);
    }
    out.extend((0..f.countries.len()).map(Driver::Country));
    if out.is_empty() {
        out.push(Driver::Events);
    }
    out
}

/// Counts the driver's rows within the filter's dates, up to `cap`: cheap
/// (an index range), and enough to start from the smallest.
pub(crate) fn driver_count(
    f: &EventFilter,
    r: &Resolved,
    driver: Driver,
    d: &dyn Dialect,
    cap: usize,
) -> Query {
    let mut b = Builder::new(d);
    let (from, _, date) = driver.table();
    let mut conds = b.driver_conds(f, r, driver);
    conds.extend(b.date_conds(f, date));
    Query {
        sql: format!(
            "SELECT COUNT(*) FROM (SELECT 1 FROM {from} WHERE {} LIMIT {cap}) c",
            conds.join(" AND ")
        ),
        params: b.params,
    }
}

/// `SELECT` of the ids of matching events, starting from `driver`;
/// ordered and limited as the filter says when `ordered`, else a plain set
/// (for use in `IN (...)`).
pub(crate) fn event_ids(
    f: &EventFilter,
    r: &Resolved,
    driver: Driver,
    d: &dyn Dialect,
    ordered: bool,
) -> Query {
    let mut b = Builder::new(d);
    let (table, id, date) = driver.table();
    let mut conds = b.driver_conds(f, r, driver);
    let from = if driver == Driver::Events {
        table.to_string()
    } else {
        // CROSS JOIN keeps the driving table outermost in SQLite's planner.
        conds.push("e.id = d.event".into());
        format!("{table} CROSS JOIN events e")
    };
    for (i, c) in f.countries.iter().enumerate() {
        if driver != Driver::Country(i) {
            let ph = b.p(c);
            conds.push(format!(
                "EXISTS (SELECT 1 FROM event_countries x WHERE x.event = e.id AND x.country = {ph})"
            ));
        }
    }
    if let (Some((a, c)), false) = (&f.pair, driver == Driver::Pair) {
        let (a, c) = if a <= c { (a, c) } else { (c, a) };
        let (pa, pc) = (b.p(a), b.p(c));
        conds.push(format!(
            "EXISTS (SELECT 1 FROM event_pairs x WHERE x.event = e.id AND x.first = {pa} AND x.second = {pc})"
        ));
    }
    if let (Some(ids), false) = (&r.actors, driver == Driver::Person) {
        conds.push(format!(
            "EXISTS (SELECT 1 FROM participants x WHERE x.event = e.id AND x.actor IN ({}))",
            int_list(ids)
        ));
    }
    if let (Some(area), false) = (&f.area, driver == Driver::Area) {
        let ph = b.p(area);
        conds.push(format!(
            "EXISTS (SELECT 1 FROM event_areas x WHERE x.event = e.id AND x.area = {ph})"
        ));
    }
    if let Some(kind) = &f.kind {
        let ph = b.p(kind);
        conds.push(format!("e.kind = {ph}"));
    }
    if let Some(names) = &r.mechanisms {
        let list: Vec<String> = names.iter().map(|n| b.p(n)).collect();
        conds.push(format!("e.mechanism IN ({})", list.join(", ")));
    }
    conds.extend(b.date_conds(f, date));
    if let Some(t) = &f.text {
        let ph = b.p(&d.text_query(t));
        conds.push(d.text_match("e.document", &ph));
    }
    // One event can be reached twice through participants (two matching
    // people); the date goes with the id so that DISTINCT may sort by it.
    let distinct = if driver == Driver::Person {
        "DISTINCT "
    } else {
        ""
    };
    let mut sql = if ordered {
        format!("SELECT {distinct}{id}, {date} FROM {from}")
    } else {
        format!("SELECT {distinct}{id} AS event_id FROM {from}")
    };
    if !conds.is_empty() {
        sql.push_str(" WHERE ");
        sql.push_str(&conds.join(" AND "));
    }
    if ordered {
        let dir = match f.order {
            Order::NewestFirst => "DESC",
            Order::OldestFirst => "ASC",
        };
        sql.push_str(&format!(" ORDER BY {date} {dir}, {id} {dir}"));
        if let Some(n) = f.limit {
            sql.push_str(&format!(" LIMIT {n}"));
        }
    }
    Query {
        sql,
        params: b.params,
    }
}

/// Collects parameters and hands out their placeholders.
struct Builder<'d> {
    d: &'d dyn Dialect,
    params: Vec<Param>,
}

impl<'d> Builder<'d> {
    fn new(d: &'d dyn Dialect) -> Self {
        Builder {
            d,
            params: Vec::new(),
        }
    }

    fn p(&mut self, v: &str) -> String {
        self.params.push(Param::Text(v.to_string()));
        self.d.placeholder(self.params.len())
    }

    /// The conditions on the driving table's own value.
    fn driver_conds(&mut self, f: &EventFilter, r: &Resolved, driver: Driver) -> Vec<String> {
        match driver {
            Driver::Pair => {
                let (a, b) = f.pair.as_ref().expect("a pair driver has a pair");
                let (a, b) = if a <= b { (a, b) } else { (b, a) };
                vec![
                    format!("d.first = {}", self.p(a)),
                    format!("d.second = {}", self.p(b)),
                ]
            }
            Driver::Person => {
                let ids = r.actors.as_deref().unwrap_or_default();
                vec![format!("d.actor IN ({})", int_list(ids))]
            }
            Driver::Area => {
                let area = f.area.as_deref().unwrap_or_default();
                vec![format!("d.area = {}", self.p(area))]
            }
            Driver::Country(i) => vec![format!("d.country = {}", self.p(&f.countries[i]))],
            Driver::Events => Vec::new(),
        }
    }

    fn date_conds(&mut self, f: &EventFilter, date: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(s) = &f.since {
            out.push(format!("{date} >= {}", self.p(s)));
        }
        if let Some(u) = &f.until {
            // Pad so that every date inside the period compares below it,
            // in any collation: 2024-03 becomes 2024-03-99.
            let padded = match u.len() {
                4 => format!("{u}-99-99"),
                7 => format!("{u}-99"),
                _ => u.clone(),
            };
            out.push(format!("{date} <= {}", self.p(&padded)));
        }
        out
    }
}

/// Integers from the store itself, inlined (no user text goes this way).
pub(crate) fn int_list(ids: &[i64]) -> String {
    ids.iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// A full-text phrase query from plain words: each word quoted, so that
/// punctuation in the input (`India-France`, `2+2`) is no syntax.
pub(crate) fn phrase(words: &str) -> String {
    let tokens: Vec<String> = words
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\""))
        .collect();
    if tokens.len() <= 1 {
        tokens.join("")
    } else {
        // FTS5: a phrase is words joined by `+`.
        tokens.join(" + ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Q;
    impl Dialect for Q {
        fn placeholder(&self, n: usize) -> String {
            format!("${n}")
        }
        fn text_match(&self, col: &str, ph: &str) -> String {
            format!("{col} IN (fts {ph})")
        }
        fn text_query(&self, words: &str) -> String {
            words.into()
        }
    }

    #[test]
    fn pair_drives_and_other_filters_are_checked_per_row() {
        let f = EventFilter {
            pair: Some(("IND".into(), "FRA".into())),
            countries: vec!["USA".into()],
            kind: Some("meeting".into()),
            until: Some("2024".into()),
            limit: Some(10),
            ..Default::default()
        };
        let r = Resolved::default();
        assert_eq!(drivers(&f, &r), [Driver::Pair, Driver::Country(0)]);
        let q = event_ids(&f, &r, Driver::Pair, &Q, true);
        assert!(q.sql.starts_with("SELECT d.event, d.event_date FROM event_pairs d CROSS JOIN events e WHERE d.first = $1 AND d.second = $2"), "{}", q.sql);
        assert!(q
            .sql
            .ends_with("ORDER BY d.event_date DESC, d.event DESC LIMIT 10"));
        assert_eq!(
            q.params,
            ["FRA", "IND", "USA", "meeting", "2024-99-99"]
                .map(|s| Param::Text(s.into()))
                .to_vec()
        );
    }

    #[test]
    fn parsing_pairs_dates_and_phrases() {
        assert_eq!(
            EventFilter::parse_pair("ind-fra").unwrap(),
            ("IND".into(), "FRA".into())
        );
        assert!(EventFilter::parse_pair("India-France").is_err());
        assert!(EventFilter::parse_date_bound("2024-02").is_ok());
        assert!(EventFilter::parse_date_bound("2024-13").is_err());
        assert!(EventFilter::parse_date_bound("5 March").is_err());
        assert_eq!(phrase("civil nuclear"), "\"civil\" + \"nuclear\"");
        assert_eq!(phrase("2+2"), "\"2\" + \"2\"");
    }
}
