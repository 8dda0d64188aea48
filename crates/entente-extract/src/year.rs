//! Settling the year of a report that gives only day and month ("BEIJING,
//! Nov 7 (Agency) -") and no year anywhere but in its background ("in
//! 1973"). The header guesses from the years written; here the knowledge
//! base decides among the years up to the latest tenure it knows of: the
//! year in which the people named hold an office, and in which the
//! weekdays the report writes ("on Tuesday") fall on the dateline's day or
//! the day before it. The report is likely no older than the latest year
//! it writes of as past, and older than the first it writes of as ahead;
//! among years that fit equally well, the header's guess if it is one of
//! them, else the latest (a report read without its year is most likely
//! recent; the knowledge base's last tenure marks "recent").

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use entente_ingest::datetext::WEEKDAYS;
use entente_ingest::Prepared;
use entente_kb::{Kb, Target};

use crate::mentions::Mention;

/// The dateline's day in the year that fits best, or None when the year
/// was not guessed or nothing decides.
pub fn settle(kb: &Kb, doc: &Prepared, mentions: &[Mention]) -> Option<NaiveDate> {
    if !doc.year_guessed {
        return None;
    }
    // the latest year the knowledge base knows anything of: reports are
    // not dated after it
    let horizon = kb.terms.iter().map(|t| t.from.year()).max()?;
    let written = doc.dateline.as_ref().and_then(|d| d.day).or(doc.published);
    let guess = written.map(|d| d.year());
    let (month, day) = match (written, doc.dateline.as_ref().and_then(|d| d.month_day)) {
        (Some(d), _) => (d.month(), d.day()),
        (None, Some(md)) => md,
        (None, None) => return None,
    };
    let mut people: Vec<usize> = mentions
        .iter()
        .flat_map(|m| &m.targets)
        .filter_map(|t| match *t {
            Target::Person(p) => Some(p),
            _ => None,
        })
        .collect();
    people.sort_unstable();
    people.dedup();
    let lead_day = first_weekday(&doc.doc.text[doc.body_start..]);
    // people in office, and weekdays that fit
    let score = |day: NaiveDate| {
        let in_office = people
            .iter()
            .filter(|&&p| kb.office_of(p, Some(day), None).is_some())
            .count();
        let before = (day - Duration::days(1)).weekday();
        // the first weekday written dates the lead: the dateline's day or
        // the day before ("BEIJING, Nov 7 - ... on Tuesday")
        // (more often the day itself)
        // ("late on Tuesday", "on Tuesday night": told the morning after,
        // the day before the dateline's)
        let fits = match lead_day {
            Some((w, late)) if w == day.weekday() => 2 - u32::from(late),
            Some((w, late)) if w == before => 1 + u32::from(late),
            _ => 0,
        };
        3 * in_office as u32 + fits
    };
    // likely no older than the latest year it writes of as past; a year
    // ahead written without a word that says so ("ASEAN's chairmanship in
    // 2026") makes that a preference, not a bound, which the people in
    // office and the weekdays outweigh
    let body = &doc.doc.text[doc.body_start..];
    let (latest_past, ahead) = entente_ingest::header::years_bounding(body);
    let floor = latest_past.filter(|&y| y <= horizon).unwrap_or(1990);
    // and likely recent: a weekday recurs on the same date every few
    // years, so alone it would date a report to any of them ("July 1, a
    // Sunday": 2018 as well as 2029); the last five years the knowledge
    // base knows of outweigh one weekday's fit, not a person in office
    let recent = |d: NaiveDate| if d.year() + 4 >= horizon { 2 } else { 0 };
    let weighed = |d: NaiveDate| score(d) + recent(d) + if d.year() >= floor { 2 } else { 0 };
    // and likely older than the first year it writes of as ahead
    let before_ahead = |d: NaiveDate| ahead.is_none_or(|y| d.year() < y);
    let best = (1990..=horizon)
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .max_by_key(|&d| {
            (
                weighed(d),
                Some(d.year()) == guess,
                before_ahead(d),
                d.year(),
            )
        })?;
    // nothing to decide by: the header's guess stands
    (score(best) > 0).then_some(best)
}

/// The first weekday the text names as a day of what it reports ("on
/// Tuesday", "late on Monday"), passing over those ahead ("next Friday"),
/// and whether it is late in that day ("late on Monday", "on Monday
/// night").
fn first_weekday(text: &str) -> Option<(Weekday, bool)> {
    let (at, day) = WEEKDAYS
        .iter()
        .enumerate()
        .filter_map(|(k, name)| {
            let at = text.match_indices(name).map(|(at, _)| at).find(|&at| {
                let before = text[..at].trim_end();
                !before.ends_with("next") && !before.ends_with("coming")
            })?;
            Some((at, Weekday::try_from(k as u8).ok()?))
        })
        .min_by_key(|&(at, _)| at)?;
    // "leaves Peru today ... arrived on Thursday": the lead is dated by
    // "today" or "yesterday", and the weekday after it is an earlier day
    let lead = text[..at].to_lowercase();
    let dated = ["today", "yesterday", "tonight"].iter().any(|w| {
        lead.match_indices(w).any(|(k, _)| {
            !lead[..k].ends_with(char::is_alphanumeric)
                && !lead[k + w.len()..].starts_with(char::is_alphanumeric)
        })
    });
    let before = lead.trim_end();
    let after = text[at..]
        .split_whitespace()
        .nth(1)
        .unwrap_or("")
        .to_lowercase();
    let late = before.ends_with("late on")
        || before.ends_with("late")
        || ["night", "evening"].iter().any(|w| after.starts_with(w));
    (!dated).then_some((day, late))
}

#[cfg(test)]
mod tests {
    use super::first_weekday;
    use chrono::Weekday;

    #[test]
    fn weekdays_ahead_are_left_out() {
        assert_eq!(
            first_weekday("They will meet next Friday, after talks on Tuesday."),
            Some((Weekday::Tue, false))
        );
        assert_eq!(
            first_weekday("The ministry said late on Tuesday that it had recalled its envoy."),
            Some((Weekday::Tue, true))
        );
        assert_eq!(
            first_weekday("The talks on Monday night ended without a deal."),
            Some((Weekday::Mon, true))
        );
        assert_eq!(first_weekday("No day is named."), None);
        assert_eq!(
            first_weekday("Xi leaves Peru today. He arrived on Thursday."),
            None
        );
    }
}
