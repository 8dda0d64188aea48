//! Calendar dates written in text: "05 March 2024", "March 5, 2024",
//! "2024-03-05", "January 21" (no year), "13-14 July 2024",
//! "March 30 to April 2", "March 2024". Shared by the header stage (which
//! needs the publication date) and by extraction (which resolves event dates).

use std::sync::OnceLock;

use chrono::NaiveDate;
use entente_core::Span;
use regex::Regex;

/// The days of the week, as written in English text.
pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The months, as written in English text.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A capitalised day or month name ("Monday", "March"): a date word, never
/// a name or a place.
pub fn is_calendar_word(w: &str) -> bool {
    WEEKDAYS.contains(&w) || MONTHS.contains(&w)
}

/// A date as written: what the text gives, nothing guessed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMention {
    pub span: Span,
    pub year: Option<i32>,
    pub month: u32,
    /// None for "March 2024".
    pub day: Option<u32>,
    /// The last day of a range ("13-14 July": (7, 14)), as (month, day).
    pub end: Option<(u32, u32)>,
}

impl DateMention {
    /// The start date, given a year for mentions written without one.
    pub fn start_with_year(&self, year: i32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year.unwrap_or(year), self.month, self.day?)
    }

    /// The end date of a range, given the year of its start.
    pub fn end_with_year(&self, year: i32) -> Option<NaiveDate> {
        let (m, d) = self.end?;
        let y = self.year.unwrap_or(year);
        // "December 30 to January 2" crosses a year
        let y = if m < self.month { y + 1 } else { y };
        NaiveDate::from_ymd_opt(y, m, d)
    }

    /// The full date when the text gives day, month and year.
    pub fn full(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year?, self.month, self.day?)
    }
}

/// French month names ("16 janvier 2025", "le 1er août"): France's
/// ministry and presidency publish in French.
const FRENCH_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// The French month names as often typed, without accents.
const FRENCH_MONTHS_PLAIN: [&str; 12] = [
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
];

/// The month number of an English month name or abbreviation, or of a
/// French month name.
pub fn month_number(name: &str) -> Option<u32> {
    // (compared without copying: this runs for every date found)
    let bare = name.trim_end_matches('.');
    if let Some(k) = FRENCH_MONTHS
        .iter()
        .zip(FRENCH_MONTHS_PLAIN)
        .position(|(m, p)| m.eq_ignore_ascii_case(bare) || p.eq_ignore_ascii_case(bare))
    {
        return Some(k as u32 + 1);
    }
    let n = name.trim_end_matches('.').to_ascii_lowercase();
    let m = match n.get(..3)? {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    // "Marc" is no month; accept full names and the usual abbreviations only
    let full = MONTHS[m as usize - 1];
    (n.len() == 3 || full.eq_ignore_ascii_case(&n) || n == "sept").then_some(m)
}

const MONTH: &str = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|janvier|f(?:é|e)vrier|mars|avril|mai|juin|juillet|ao(?:û|u)t|septembre|octobre|novembre|d(?:é|e)cembre)\.?";

fn date_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let ord = r"(?:st|nd|rd|th|er)?";
        let dash = r"\s*(?:-|–|—|to|until|till)\s*";
        let pattern = format!(
            r"(?ix-u)
            \b(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})\b
            | \b(?P<ed>\d{{1,2}})\.(?P<em>\d{{1,2}})\.(?P<ey>\d{{4}})\b
            | \b(?P<sa>\d{{1,2}})/(?P<sb>\d{{1,2}})/(?P<sy>\d{{4}})\b
            | \b(?P<d1>\d{{1,2}}){ord}(?:\s+(?P<m1s>{MONTH}))?(?:{dash}(?P<d1e>\d{{1,2}}){ord})?\s+(?:of\s+)?(?P<m1>{MONTH})(?:,?\s+(?P<y1>\d{{4}}))?\b
            | \b(?P<m2>{MONTH})\s+(?P<d2>\d{{1,2}}){ord}(?:{dash}(?:(?P<m2e>{MONTH})\s+)?(?P<d2e>\d{{1,2}}){ord})?(?:,?\s+(?P<y2>\d{{4}}))?\b
            | \b(?P<m3>{MONTH})\s*,?\s+(?P<y3>\d{{4}})\b
            "
        );
        Regex::new(&pattern).expect("date pattern")
    })
}

fn and_range_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"\b(\d{1,2})(?:st|nd|rd|th)? and $").unwrap())
}

/// Every date mention in `text`, in order, spans relative to `text`.
pub fn find_dates(text: &str) -> Vec<DateMention> {
    let mut out = Vec::new();
    for c in date_regex().captures_iter(text) {
        let whole = c.get(0).expect("match");
        let span = Span::new(whole.start(), whole.end());
        let num = |k: &str| c.name(k).and_then(|m| m.as_str().parse::<u32>().ok());
        let year = |k: &str| c.name(k).and_then(|m| m.as_str().parse::<i32>().ok());
        let month = |k: &str| c.name(k).and_then(|m| month_number(m.as_str()));
        let m = if c.name("iy").is_some() {
            Some(DateMention {
                span,
                year: year("iy"),
                month: num("im").unwrap_or(0),
                day: num("id"),
                end: None,
            })
        } else if c.name("ey").is_some() {
            // 06.12.2022: day.month.year, as German and French releases write it
            Some(DateMention {
                span,
                year: year("ey"),
                month: num("em").unwrap_or(0),
                day: num("ed"),
                end: None,
            })
        } else if let (Some(a), Some(b)) = (num("sa"), num("sb")) {
            // 10/06/2025: day/month as most of the world writes it, unless
            // the first number cannot be a day's month (06/25/2025)
            let (day, month) = if b > 12 && a <= 12 { (b, a) } else { (a, b) };
            (month <= 12).then_some(DateMention {
                span,
                year: year("sy"),
                month,
                day: Some(day),
                end: None,
            })
        } else if let Some(m1) = month("m1") {
            // "13-14 July", or "30 June to 2 July" where m1s is the first month
            let (start_month, end) = match (num("d1e"), month("m1s")) {
                (Some(de), Some(ms)) => (ms, Some((m1, de))),
                (Some(de), None) => (m1, Some((m1, de))),
                _ => (m1, None),
            };
            Some(DateMention {
                span,
                year: year("y1"),
                month: start_month,
                day: num("d1"),
                end,
            })
        } else if let Some(m2) = month("m2") {
            let end = num("d2e").map(|de| (month("m2e").unwrap_or(m2), de));
            Some(DateMention {
                span,
                year: year("y2"),
                month: m2,
                day: num("d2"),
                end,
            })
        } else {
            month("m3").map(|m3| DateMention {
                span,
                year: year("y3"),
                month: m3,
                day: None,
                end: None,
            })
        };
        // "on 5 and 6 December": two consecutive days are a range
        let m = m.map(|mut m| {
            if m.end.is_none() {
                if let Some(c2) = and_range_re().captures(&text[..m.span.start]) {
                    let d0: u32 = c2[1].parse().unwrap_or(0);
                    if m.day == Some(d0 + 1) {
                        let start = c2.get(0).unwrap().start();
                        m.end = Some((m.month, d0 + 1));
                        m.day = Some(d0);
                        m.span = Span::new(start, m.span.end);
                    }
                }
            }
            m
        });
        if let Some(m) = m {
            let valid_day = m.day.is_none_or(|d| (1..=31).contains(&d));
            let valid_year = m.year.is_none_or(|y| (1900..=2100).contains(&y));
            if (1..=12).contains(&m.month) && valid_day && valid_year {
                out.push(m);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> DateMention {
        let v = find_dates(s);
        assert_eq!(v.len(), 1, "{s}: {v:?}");
        v[0]
    }

    #[test]
    fn full_dates_in_common_forms() {
        for s in [
            "05 March 2024",
            "5th March, 2024",
            "March 5, 2024",
            "Mar. 5 2024",
            "2024-03-05",
            "5 MAR 2024",
            "5 of March 2024",
        ] {
            assert_eq!(one(s).full(), NaiveDate::from_ymd_opt(2024, 3, 5), "{s}");
        }
    }

    #[test]
    fn french_month_names() {
        for (s, m, d) in [
            ("le 16 janvier 2025", 1, 16),
            ("Publié le 6 février 2025", 2, 6),
            ("le 1er août 2025", 8, 1),
            ("21 aout 2025", 8, 21),
            ("ce jeudi 4 décembre 2025", 12, 4),
        ] {
            assert_eq!(one(s).full(), NaiveDate::from_ymd_opt(2025, m, d), "{s}");
        }
    }

    #[test]
    fn dates_without_year_and_months() {
        let d = one("Paris, January 21 (ANI)");
        assert_eq!((d.year, d.month, d.day), (None, 1, Some(21)));
        let m = one("in March 2024");
        assert_eq!((m.year, m.month, m.day), (Some(2024), 3, None));
        assert!(find_dates("they may sign it").is_empty());
        assert!(find_dates("the Marc 5 file").is_empty());
    }

    #[test]
    fn numeric_dates_with_slashes() {
        // day first, as most of the world writes it; month first only
        // when the second number cannot be a month
        let d = one("Brussels, 10/06/2025");
        assert_eq!(d.full(), NaiveDate::from_ymd_opt(2025, 6, 10));
        let d = one("posted 06/25/2024 at noon");
        assert_eq!(d.full(), NaiveDate::from_ymd_opt(2024, 6, 25));
        assert!(find_dates("scored 13/14/2024").is_empty());
    }

    #[test]
    fn ranges() {
        let r = one("from 13-14 July 2024");
        assert_eq!((r.day, r.end), (Some(13), Some((7, 14))));
        assert_eq!(r.end_with_year(2024), NaiveDate::from_ymd_opt(2024, 7, 14));
        let r = one("on 5 and 6 December 2022");
        assert_eq!((r.day, r.end, r.year), (Some(5), Some((12, 6)), Some(2022)));
        assert_eq!(find_dates("on 5 and 9 December").len(), 1);
        let r = one("March 3 to 5");
        assert_eq!((r.month, r.day, r.end), (3, Some(3), Some((3, 5))));
        let r = one("March 30 to April 2, 2025");
        assert_eq!(
            (r.month, r.day, r.end, r.year),
            (3, Some(30), Some((4, 2)), Some(2025))
        );
        let r = one("30 June to 2 July 2025");
        assert_eq!((r.month, r.day, r.end), (6, Some(30), Some((7, 2))));
        let r = one("December 30 to January 2, 2024");
        assert_eq!(r.end_with_year(2024), NaiveDate::from_ymd_opt(2025, 1, 2));
    }
}
