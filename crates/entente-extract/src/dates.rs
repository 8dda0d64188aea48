//! Stage 3: date expressions in a sentence, resolved to record dates.
//!
//! Absolute dates take a missing year from the reference day (the nearest
//! such date). Weekdays ("on Monday") point back from the reference day in
//! past-tense text (the dateline day is often the day after the event) and
//! forward in future-tense text. "today", "yesterday", "last week" (a month
//! when the week lies inside one), "earlier this month", "last month".

use std::sync::OnceLock;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use entente_core::Span;
use entente_ingest::datetext::{find_dates, month_number, WEEKDAYS};
use regex::Regex;

/// A resolved date: day precision, or month / year only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventDate {
    pub span: Span,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub date: String,
    pub end: Option<String>,
}

impl EventDate {
    /// The day, when the date has day precision.
    pub fn day(&self) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(&self.date, "%Y-%m-%d").ok()
    }

    /// The first day the date covers ("2024-10" -> 1 October 2024).
    pub fn first_day(&self) -> Option<NaiveDate> {
        match self.date.len() {
            4 => NaiveDate::parse_from_str(&format!("{}-01-01", self.date), "%Y-%m-%d").ok(),
            7 => NaiveDate::parse_from_str(&format!("{}-01", self.date), "%Y-%m-%d").ok(),
            _ => self.day(),
        }
    }
}

fn relative_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i-u)\b(?:(?P<wd_pre>on|last|this|next|coming|from|since|until|by)\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b|\b(?P<rel>today|yesterday|hier|tomorrow|this morning|this afternoon|this evening|tonight|last night|last week|earlier this week|this week|earlier this month|this month|earlier this year|last month|next week|next month|last year|a day earlier|the previous day|the day before|a day before)\b|\bon the (?P<nth>[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)\b|\b(?P<ym>january|february|march|april|may|june|july|august|september|october|november|december)\s+(?P<yrel>last|this) year\b|\blast\s+(?P<lm>january|february|march|april|june|july|august|september|october|november|december)\b",
        )
        .unwrap()
    })
}

/// Finds and resolves date expressions in `sentence` (at byte `offset` of
/// the document). `future` selects forward resolution of weekdays.
pub fn in_sentence(
    sentence: &str,
    offset: usize,
    anchor: Option<NaiveDate>,
    future: bool,
) -> Vec<EventDate> {
    let mut out = Vec::new();
    let abs = find_dates(sentence);
    for d in &abs {
        let span = d.span.shift(offset);
        let year = d
            .year
            .or_else(|| anchor.map(|a| nearest_year(d.month, d.day.unwrap_or(1), a)));
        let Some(year) = year else { continue };
        let date = match d.day {
            Some(day) => match NaiveDate::from_ymd_opt(year, d.month, day) {
                Some(x) => x.to_string(),
                None => continue,
            },
            None => format!("{year:04}-{:02}", d.month),
        };
        let end = d.end_with_year(year).map(|e| e.to_string());
        out.push(EventDate { span, date, end });
    }
    let Some(anchor) = anchor else { return out };
    for c in relative_re().captures_iter(sentence) {
        let m = c.get(0).unwrap();
        let span = Span::new(m.start() + offset, m.end() + offset);
        if out.iter().any(|e| e.span.overlaps(span)) {
            continue;
        }
        // "Monday, 20 January" is already absolute
        if abs
            .iter()
            .any(|a| a.span.start >= m.end() && a.span.start <= m.end() + 3)
        {
            continue;
        }
        // "on Monday and Tuesday": two days in a row
        if let Some(wd) = c.name("wd") {
            let rest = &sentence[m.end()..];
            if let Some(second) = rest
                .strip_prefix(" and ")
                .and_then(|r| r.split_whitespace().next())
            {
                let second = second.trim_matches(|c: char| !c.is_alphabetic());
                let is_day = WEEKDAYS.iter().any(|d| d.eq_ignore_ascii_case(second));
                if is_day {
                    let (a, b) = (weekday(wd.as_str()), weekday(second));
                    if b.num_days_from_monday() == (a.num_days_from_monday() + 1) % 7 {
                        let end = if future {
                            next_weekday(anchor, b)
                        } else {
                            last_weekday(anchor, b)
                        };
                        let start = end - Duration::days(1);
                        out.push(EventDate {
                            span: Span::new(span.start, span.end + 5 + second.len()),
                            date: start.to_string(),
                            end: Some(end.to_string()),
                        });
                        continue;
                    }
                }
            }
        }
        // "On the 12th, the minister was received": a day of the month the
        // report is in, or of the month before when that day is still ahead
        if let Some(n) = c.name("nth").and_then(|n| n.as_str().parse::<u32>().ok()) {
            let month_start = anchor.with_day(1).expect("day 1");
            let start = if n <= anchor.day() {
                month_start
            } else {
                (month_start - Duration::days(1))
                    .with_day(1)
                    .expect("day 1")
            };
            if let Some(d) = start.with_day(n) {
                out.push(EventDate {
                    span,
                    date: d.to_string(),
                    end: None,
                });
            }
            continue;
        }
        let date = if let Some(wd) = c.name("wd") {
            let pre = c.name("wd_pre").map(|p| p.as_str().to_lowercase());
            let forward = future || matches!(pre.as_deref(), Some("next" | "coming"));
            let wd = weekday(wd.as_str());
            let d = if forward {
                next_weekday(anchor, wd)
            } else if pre.as_deref() == Some("last") && anchor.weekday() == wd {
                // "last Saturday" written on a Saturday: a week ago
                anchor - Duration::days(7)
            } else {
                last_weekday(anchor, wd)
            };
            d.to_string()
        } else if let Some(month) = c.name("lm") {
            // "last September": the latest such month before the report's
            let m = month_number(month.as_str()).unwrap_or(1);
            let year = if m < anchor.month() {
                anchor.year()
            } else {
                anchor.year() - 1
            };
            format!("{year}-{m:02}")
        } else if let (Some(month), Some(rel)) = (c.name("ym"), c.name("yrel")) {
            // "in October last year", "in March this year"
            let year = anchor.year() - i32::from(rel.as_str().eq_ignore_ascii_case("last"));
            let month = month_number(month.as_str()).unwrap_or(1);
            format!("{year}-{month:02}")
        } else {
            match c["rel"].to_lowercase().as_str() {
                "today" => anchor.to_string(),
                "yesterday" | "hier" | "last night" => (anchor - Duration::days(1)).to_string(),
                "this morning" | "this afternoon" | "this evening" | "tonight" => {
                    anchor.to_string()
                }
                // "a day earlier", "the previous day": before the report's
                // day, unless a noun follows ("the day before the summit")
                "a day earlier" | "the previous day" | "the day before" | "a day before" => {
                    let next = sentence[m.end()..].trim_start();
                    if !(next.is_empty() || next.starts_with([',', '.', ';', ')'])) {
                        continue;
                    }
                    (anchor - Duration::days(1)).to_string()
                }
                "tomorrow" => (anchor + Duration::days(1)).to_string(),
                "last week" => {
                    // Monday to Sunday of the week before the anchor's
                    let monday =
                        anchor - Duration::days(anchor.weekday().num_days_from_monday() as i64 + 7);
                    let sunday = monday + Duration::days(6);
                    if monday.month() == sunday.month() {
                        format!("{}-{:02}", monday.year(), monday.month())
                    } else {
                        continue;
                    }
                }
                "earlier this week" | "this week" => {
                    let monday =
                        anchor - Duration::days(anchor.weekday().num_days_from_monday() as i64);
                    if monday.month() == anchor.month() {
                        format!("{}-{:02}", anchor.year(), anchor.month())
                    } else {
                        continue;
                    }
                }
                "earlier this month" | "this month" => {
                    format!("{}-{:02}", anchor.year(), anchor.month())
                }
                "last month" => {
                    let d = anchor.with_day(1).unwrap() - Duration::days(1);
                    format!("{}-{:02}", d.year(), d.month())
                }
                "earlier this year" => format!("{}", anchor.year()),
                "last year" => format!("{}", anchor.year() - 1),
                _ => continue, // next week / next month: no day to give
            }
        };
        out.push(EventDate {
            span,
            date,
            end: None,
        });
    }
    out.sort_by_key(|d| d.span.start);
    out
}

/// Whether a capitalised word names a day or a month ("Thursday",
/// "March"), not a person or a state.
pub(crate) fn is_day_word(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_alphabetic());
    // (chrono reads full names and three-letter forms, in any case)
    w.parse::<Weekday>().is_ok() || w.parse::<chrono::Month>().is_ok()
}

fn weekday(s: &str) -> Weekday {
    match s.to_lowercase().as_str() {
        "monday" => Weekday::Mon,
        "tuesday" => Weekday::Tue,
        "wednesday" => Weekday::Wed,
        "thursday" => Weekday::Thu,
        "friday" => Weekday::Fri,
        "saturday" => Weekday::Sat,
        // French readouts ("Jeudi, le ministre a été reçu ...")
        "lundi" => Weekday::Mon,
        "mardi" => Weekday::Tue,
        "mercredi" => Weekday::Wed,
        "jeudi" => Weekday::Thu,
        "vendredi" => Weekday::Fri,
        "samedi" => Weekday::Sat,
        _ => Weekday::Sun,
    }
}

/// The latest `wd` on or before `anchor`.
fn last_weekday(anchor: NaiveDate, wd: Weekday) -> NaiveDate {
    let back = (anchor.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7;
    anchor - Duration::days(back as i64)
}

/// The first `wd` after `anchor` (same day counts as today).
fn next_weekday(anchor: NaiveDate, wd: Weekday) -> NaiveDate {
    let fwd = (wd.num_days_from_monday() + 7 - anchor.weekday().num_days_from_monday()) % 7;
    anchor + Duration::days(fwd as i64)
}

/// The year that puts month/day nearest to `anchor`.
fn nearest_year(month: u32, day: u32, anchor: NaiveDate) -> i32 {
    [anchor.year() - 1, anchor.year(), anchor.year() + 1]
        .into_iter()
        .filter_map(|y| {
            NaiveDate::from_ymd_opt(y, month, day).map(|d| (y, (d - anchor).num_days().abs()))
        })
        .min_by_key(|x| x.1)
        .map_or(anchor.year(), |x| x.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn one(s: &str, anchor: &str, future: bool) -> String {
        let v = in_sentence(s, 0, Some(d(anchor)), future);
        assert_eq!(v.len(), 1, "{s}: {v:?}");
        v[0].date.clone()
    }

    #[test]
    fn weekdays_point_back_from_the_dateline_day() {
        // 2025-01-21 is a Tuesday
        assert_eq!(
            one("held talks on Monday", "2025-01-21", false),
            "2025-01-20"
        );
        assert_eq!(one("met on Tuesday", "2025-01-21", false), "2025-01-21");
        assert_eq!(one("met on Wednesday", "2025-01-21", false), "2025-01-15");
        assert_eq!(
            one("will meet on Thursday", "2025-01-21", true),
            "2025-01-23"
        );
        assert_eq!(one("talks next Monday", "2025-01-21", false), "2025-01-27");
    }

    #[test]
    fn two_weekdays_in_a_row_are_a_range() {
        // 2024-10-16 is a Wednesday
        let v = in_sentence(
            "held talks on Monday and Tuesday",
            0,
            Some(d("2024-10-16")),
            false,
        );
        assert_eq!(
            (v[0].date.as_str(), v[0].end.as_deref()),
            ("2024-10-14", Some("2024-10-15"))
        );
    }

    #[test]
    fn relative_words() {
        assert_eq!(one("said yesterday", "2024-03-05", false), "2024-03-04");
        assert_eq!(one("met last week", "2024-03-20", false), "2024-03");
        assert!(in_sentence("met last week", 0, Some(d("2024-03-05")), false).is_empty());
        assert_eq!(
            one("met earlier this month", "2024-03-20", false),
            "2024-03"
        );
        assert_eq!(one("visited last month", "2024-01-10", false), "2023-12");
        assert_eq!(
            one("had met a day earlier.", "2024-03-01", false),
            "2024-02-29"
        );
        assert_eq!(
            one("spoke the previous day", "2024-03-05", false),
            "2024-03-04"
        );
        // relative to a named occasion, not to the report's day
        assert!(in_sentence(
            "met the day before the summit",
            0,
            Some(d("2024-03-05")),
            false
        )
        .is_empty());
    }

    #[test]
    fn absolute_dates_take_the_nearest_year() {
        assert_eq!(one("on 30 December", "2025-01-02", false), "2024-12-30");
        assert_eq!(one("on March 5", "2024-03-06", false), "2024-03-05");
        let v = in_sentence("from 13-14 July", 0, Some(d("2024-07-15")), false);
        assert_eq!(
            (v[0].date.as_str(), v[0].end.as_deref()),
            ("2024-07-13", Some("2024-07-14"))
        );
        assert_eq!(one("in March 2023", "2024-01-01", false), "2023-03");
    }
}
