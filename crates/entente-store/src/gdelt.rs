//! Events as rows of the GDELT 2.0 event table (61 tab-separated columns,
//! in the codebook's order, no header), so that GDELT tools can read what
//! entente found. What entente knows is filled in; the rest is empty.
//!
//! | GDELT column | from |
//! |---|---|
//! | GLOBALEVENTID | the event's row id |
//! | SQLDATE, MonthYear, Year, FractionDate | the event's date; when it is partial or missing, the document's publication date |
//! | Actor1Code/Name/CountryCode | the event's `source`, else its first country; a body's code (EUR, UNO, ...) goes in KnownGroupCode instead of CountryCode |
//! | Actor2Code/Name/CountryCode | the event's `target`, else its other country |
//! | IsRootEvent | 1 for the first event of a document's record |
//! | EventCode, EventBaseCode, EventRootCode | the CAMEO code, its first three and two digits |
//! | QuadClass | from the root: 01-05 → 1, 06-08 → 2, 09-13 → 3, 14-20 → 4 |
//! | GoldsteinScale | the knowledge base's CAMEO table |
//! | NumMentions, NumSources, NumArticles | evidence sentences, 1, 1 |
//! | ActionGeo_Type, ActionGeo_FullName | the event's place: 1 (country), 3 (US city) or 4 (world city); "City, Country" |
//! | DATEADDED | when the document was stored, YYYYMMDDHHMMSS (UTC) |
//! | SOURCEURL | the document's URL, else its id |
//!
//! Left empty: ethnic, religion and type codes, AvgTone, the actors'
//! geography, ADM codes, coordinates, feature ids, and GDELT's FIPS
//! country codes (entente knows ISO codes only). An event with more than
//! two countries keeps its first two (GDELT events are dyadic).

use chrono::{Datelike, NaiveDate};

use crate::export::CodeBook;
use crate::StoredEvent;

/// The 61 columns of the GDELT 2.0 event table, in order.
pub const COLUMNS: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// GDELT's QuadClass of a CAMEO code: 1 verbal cooperation (roots 01-05),
/// 2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material
/// conflict (14-20).
pub fn quad_class(cameo: &str) -> Option<u8> {
    let root: u8 = cameo.get(..2)?.parse().ok()?;
    match root {
        1..=5 => Some(1),
        6..=8 => Some(2),
        9..=13 => Some(3),
        14..=20 => Some(4),
        _ => None,
    }
}

/// One event as the 61 fields of a GDELT row.
pub fn row(s: &StoredEvent, codes: &dyn CodeBook) -> Vec<String> {
    let e = &s.event;
    let mut r = vec![String::new(); COLUMNS.len()];
    let col = |name: &str| {
        COLUMNS
            .iter()
            .position(|c| *c == name)
            .expect("a GDELT column")
    };
    let full = |d: Option<&str>| d.and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    r[0] = s.event_id.to_string();
    let partial = e.date.as_deref().unwrap_or("");
    if let Some(day) = full(e.date.as_deref()).or_else(|| full(s.doc_published.as_deref())) {
        r[1] = day.format("%Y%m%d").to_string();
        r[2] = day.format("%Y%m").to_string();
        r[3] = day.year().to_string();
        r[4] = format!("{:.4}", day.year() as f64 + day.ordinal0() as f64 / 365.0);
    } else {
        if partial.len() >= 7 {
            r[2] = partial[..7].replace('-', "");
        }
        if partial.len() >= 4 {
            r[3] = partial[..4].to_string();
        }
    }
    let (a1, a2) = actors(s);
    for (at, code) in [(5, a1), (15, a2)] {
        if let Some(code) = code {
            r[at] = code.to_string();
            r[at + 1] = codes.actor_name(code).unwrap_or_default().to_uppercase();
            let slot = if codes.is_state(code) { at + 2 } else { at + 3 };
            r[slot] = code.to_string();
        }
    }
    r[col("IsRootEvent")] = u8::from(s.ord == 0).to_string();
    let cameo = e.cameo.as_str();
    r[col("EventCode")] = cameo.to_string();
    r[col("EventBaseCode")] = cameo.get(..3).unwrap_or(cameo).to_string();
    r[col("EventRootCode")] = cameo.get(..2).unwrap_or(cameo).to_string();
    r[col("QuadClass")] = quad_class(cameo).map_or(String::new(), |q| q.to_string());
    let goldstein = [Some(cameo), cameo.get(..3), cameo.get(..2)]
        .into_iter()
        .flatten()
        .find_map(|c| codes.goldstein(c));
    r[col("GoldsteinScale")] = goldstein.map_or(String::new(), |g| format!("{g:.1}"));
    r[col("NumMentions")] = e.evidence.len().max(1).to_string();
    r[col("NumSources")] = "1".into();
    r[col("NumArticles")] = "1".into();
    if let Some(p) = &e.place {
        let country_name = p.country.as_deref().and_then(|c| codes.actor_name(c));
        let is_country = country_name
            .as_deref()
            .is_some_and(|n| n.eq_ignore_ascii_case(&p.name));
        r[col("ActionGeo_Type")] = match (is_country, p.country.as_deref()) {
            (true, _) => "1",
            (false, Some("USA")) => "3",
            (false, _) => "4",
        }
        .into();
        r[col("ActionGeo_FullName")] = match (is_country, country_name) {
            (false, Some(c)) => format!("{}, {c}", p.name),
            _ => p.name.clone(),
        };
    }
    r[col("DATEADDED")] = s
        .added
        .chars()
        .filter(char::is_ascii_digit)
        .take(14)
        .collect();
    r[col("SOURCEURL")] = s.url.clone().unwrap_or_else(|| s.doc.clone());
    for f in &mut r {
        if f.contains(['\t', '\n', '\r']) {
            *f = f.replace(['\t', '\n', '\r'], " ");
        }
    }
    r
}

/// The two actors: source and target of a directed event, else the first
/// two countries.
fn actors(s: &StoredEvent) -> (Option<&str>, Option<&str>) {
    let e = &s.event;
    let other = |not: &str| e.countries.iter().map(String::as_str).find(|c| *c != not);
    match (e.source.as_deref(), e.target.as_deref()) {
        (Some(a), Some(b)) => (Some(a), Some(b)),
        (Some(a), None) => (Some(a), other(a)),
        (None, Some(b)) => (other(b), Some(b)),
        (None, None) => (
            e.countries.first().map(String::as_str),
            e.countries.get(1).map(String::as_str),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quad_classes_follow_the_cameo_roots() {
        assert_eq!(quad_class("040"), Some(1));
        assert_eq!(quad_class("057"), Some(1));
        assert_eq!(quad_class("0312"), Some(1));
        assert_eq!(quad_class("061"), Some(2));
        assert_eq!(quad_class("111"), Some(3));
        assert_eq!(quad_class("140"), Some(4));
        assert_eq!(quad_class("161"), Some(4));
        assert_eq!(quad_class("20"), Some(4));
        assert_eq!(quad_class("x"), None);
    }
}
