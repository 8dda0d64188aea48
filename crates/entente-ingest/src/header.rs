//! The document header: publication date and dateline.
//!
//! Sources of the publication date, in order: a leading `date YYYY-MM-DD`
//! line (the corpus convention), a dated dateline (`Tokyo, 12 June 2025 —`),
//! a press-release date line among the first or last lines
//! (`New Delhi / 05 March 2024`, `March 5, 2024`, `Posted On: 05 MAR 2024`).
//!
//! A dateline is the place a report was filed from, written before the first
//! sentence (`Paris [France], January 21 :`, `NEW DELHI, March 5 (Reuters) -`,
//! `WASHINGTON —`, `New Delhi:`) or, in Indian press releases, in a closing
//! place/date line. A leading dateline is excluded from the first sentence.

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use entente_core::{PlaceResolver, Span};
use regex::Regex;

use crate::datetext::{find_dates, DateMention, WEEKDAYS};

/// What the header analysis found.
#[derive(Debug, Clone, Default)]
pub struct Header {
    pub published: Option<NaiveDate>,
    pub dateline: Option<DatelineInfo>,
    /// The year of `published` (and of the dateline's day) is a guess from
    /// the years the report writes: the text gives a day and month only.
    pub year_guessed: bool,
    /// Where the body starts.
    pub body_start: usize,
    /// Spans that are not prose (date lines) and must not join sentences.
    pub skip: Vec<Span>,
}

/// A dateline: where the report was filed and, when given, the day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatelineInfo {
    /// The place's name as the knowledge base spells it, else title-cased.
    pub place: String,
    pub country: Option<String>,
    pub span: Span,
    /// The day written in the dateline (the reference for "on Monday").
    pub day: Option<NaiveDate>,
    /// Month and day as written, kept when no year can be found for them.
    pub month_day: Option<(u32, u32)>,
    /// The news agency named in it ("ANI", "Reuters").
    pub agency: Option<String>,
}

fn date_header_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)^\s*date:?\s+(\d{4}-\d{2}-\d{2})\b[ \t]*\r?\n?[ \t]*").unwrap()
    })
}

fn dateline_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // place: one to four capitalised words ("New Delhi", "NEW DELHI", "St. Petersburg")
        let word = r"\p{Lu}[\p{L}'’.\-]*";
        Regex::new(&format!(
            r"^(?P<place>{word}(?:[ \t]+{word}){{0,3}})(?:/{word}(?:[ \t]+{word}){{0,3}})?(?:[ \t]*\[(?P<cty>[^\]\n]{{2,40}})\])?(?:[ \t]*,[ \t]*(?P<date>[\p{{L}}\d ,.]{{3,30}}?))?(?:[ \t]*\((?P<agency>[^)\n]{{2,30}})\)(?:[ \t]*(?P<asep>:|—|–|--?))?|[ \t]*(?P<sep>:|—|–|--?)|[ \t]*\n)[ \t]*"
        ))
        .unwrap()
    })
}

/// Analyses the start and end of `text`.
pub fn analyse(text: &str, places: &dyn PlaceResolver) -> Header {
    let mut h = Header::default();
    let mut pos = 0;
    if let Some(c) = date_header_re().captures(text) {
        h.published = NaiveDate::parse_from_str(&c[1], "%Y-%m-%d").ok();
        pos = c.get(0).unwrap().end();
        h.skip.push(Span::new(0, pos));
    }
    // skip leading blank space
    pos += text[pos..].len() - text[pos..].trim_start().len();
    if let Some(dl) = leading_dateline(text, pos, places) {
        pos = dl.span.end;
        if h.published.is_none() {
            h.published = dl.day.filter(|_| dl_has_year(text, dl.span));
        }
        h.dateline = Some(dl);
    } else if let Some(dl) = dateline_after_headline(text, pos, places) {
        // "Headline\n\nRome, 27 March 2025 – ...": the headline stays a
        // sentence; only the dateline itself is left out of the body
        if h.published.is_none() {
            h.published = dl.day.filter(|_| dl_has_year(text, dl.span));
        }
        h.skip.push(dl.span);
        h.dateline = Some(dl);
    }
    h.body_start = pos;
    let lines = date_lines(text, pos);
    for (span, date, place) in &lines {
        h.skip.push(*span);
        if h.published.is_none() {
            h.published = Some(*date);
        }
        if h.dateline.is_none() {
            if let Some((name, country)) = place.as_deref().and_then(|p| resolve(p, places)) {
                h.dateline = Some(DatelineInfo {
                    place: name,
                    country,
                    span: *span,
                    day: Some(*date),
                    month_day: Some((date.month(), date.day())),
                    agency: None,
                });
            }
        }
    }
    // "Department Press Briefing / Matthew Miller, Spokesperson /
    // Washington, DC": a line of the heading that is only a known place
    if h.dateline.is_none() {
        h.dateline = place_line(text, places);
    }
    // a heading among the first lines that closes on a day dates the
    // release (`heading_day`)
    if h.published.is_none() {
        h.published = text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .take(3)
            .find_map(heading_day);
    }
    // a dateline without year takes it from the publication date; with no
    // publication date, from the years the report itself writes (wires
    // filed as "PARIS, May 27 (Agency) –"), which also dates the report
    if let Some(dl) = h.dateline.as_mut() {
        if dl.day.is_some() && !dl_has_year(text, dl.span) {
            dl.day = match (dl.day, h.published) {
                (Some(d), Some(p)) => nearest_year(d, p),
                (Some(d), None) => match copyright_year(text) {
                    Some(y) => NaiveDate::from_ymd_opt(y, d.month(), d.day()),
                    None => {
                        h.year_guessed = true;
                        current_year(&text[h.body_start..])
                            .and_then(|y| NaiveDate::from_ymd_opt(y, d.month(), d.day()))
                    }
                },
                _ => None,
            };
            if h.published.is_none() {
                h.published = dl.day;
            }
        }
    }
    // a statement with no date line at all (a joint statement issued at the
    // meeting it reports): the first full date its opening paragraphs give
    if h.published.is_none() {
        let opening: usize = text[h.body_start..]
            .split_inclusive("\n\n")
            .take(3)
            .map(str::len)
            .sum();
        h.published = find_dates(&text[h.body_start..h.body_start + opening])
            .iter()
            .filter(|d| d.end.is_none())
            .find_map(DateMention::full);
    }
    h
}

/// "Regular Press Conference on August 25, 2023", "Transcript of Weekly
/// Media Briefing (January 17, 2025)", "Week of 10-14 March 2025": a
/// heading that closes on a full date, in brackets or not, is dated by it; a week's
/// digest by the week's last day (other ranges are the days of a visit the
/// heading names, not the release's).
fn heading_day(line: &str) -> Option<NaiveDate> {
    let line = line.trim().trim_end_matches(['.', ')']);
    let d = find_dates(line).into_iter().last()?;
    if d.span.end != line.len() {
        return None;
    }
    match d.end {
        None => d.full(),
        Some(_) if line.to_lowercase().contains("week") => d.end_with_year(d.year?),
        Some(_) => None,
    }
}

/// "Copyright 2023 Meridian", "© 2024 Agency": the year a wire closes with.
fn copyright_year(text: &str) -> Option<i32> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?mi)^\s*(?:copyright|©|\(c\))\s*(?:©\s*)?((?:19|20)\d\d)\b").unwrap()
    });
    re.captures(text)?.get(1)?.as_str().parse().ok()
}

/// The year a report is written in, judged from the years it writes: the
/// one written most often (the latest on a tie), leaving out years that
/// look ahead ("by 2030", "next meeting in 2026"), the ends of ranges
/// ("2025-2029") and years in names ("Horizon 2047", "Vision 2030"); with
/// only years ahead, the earliest of them. None when no year is written.
pub fn current_year(body: &str) -> Option<i32> {
    let years = years_written(body);
    let mut counts: Vec<(i32, usize)> = Vec::new();
    for &(y, _) in years.iter().filter(|(_, ahead)| !ahead) {
        match counts.iter_mut().find(|c| c.0 == y) {
            Some(c) => c.1 += 1,
            None => counts.push((y, 1)),
        }
    }
    // only years ahead: the report is written before the first of them (a
    // report names the year it is in as "this year"), unless it says
    // "later in 2021"
    counts
        .into_iter()
        .max_by_key(|&(y, n)| (n, y))
        .map(|c| c.0)
        .or_else(|| {
            years
                .iter()
                .map(|&(y, _)| {
                    if body.contains(&format!("later in {y}")) {
                        y
                    } else {
                        y - 1
                    }
                })
                .min()
        })
}

/// What the years a report writes bound it by, read in one pass: the
/// latest it writes of as past or present (not ahead, not in a name) — the
/// report is no older than that — and the first it writes of as ahead ("the
/// next session in 2026", "agreed to celebrate 2026 as ...") — the report
/// is most likely older than that.
pub fn years_bounding(body: &str) -> (Option<i32>, Option<i32>) {
    let years = years_written(body);
    let latest_past = years
        .iter()
        .filter(|(_, ahead)| !ahead)
        .map(|&(y, _)| y)
        .max();
    let first_ahead = years
        .iter()
        .filter(|(_, ahead)| *ahead)
        .map(|&(y, _)| y)
        .min();
    (latest_past, first_ahead)
}

/// The years a text writes, each with whether it looks ahead; ends of
/// ranges and years in names left out.
fn years_written(body: &str) -> Vec<(i32, bool)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| Regex::new(r"(?-u:\b)(?:19[5-9]\d|20\d\d)(?-u:\b)").unwrap());
    // words just before a year that put it ahead ("by 2030", "until the
    // end of 2026"), and words of a clause about the future
    const BEFORE: &[&str] = &[
        "by", "until", "till", "through", "beyond", "starting", "from",
    ];
    const CLAUSE: &[&str] = &[
        " next ",
        " will ",
        " expected ",
        " target",
        " plans ",
        " planned ",
        // what was agreed or aimed at is ahead ("agreed to hold the fifth
        // session in Nairobi in 2026")
        " agreed ",
        " decided ",
        " pledged ",
        " resolved ",
        " aim ",
        " aims ",
        " upcoming ",
        " forthcoming ",
        " scheduled ",
    ];
    let mut out = Vec::new();
    for m in re.find_iter(body) {
        let before = &body[..m.start()];
        // the second year of a range, or a year glued to other digits
        if before.ends_with(['-', '–', '/'])
            || body[m.end()..].starts_with(['-', '–', '/'])
                && before.ends_with(char::is_alphanumeric)
        {
            continue;
        }
        let prev_word = before
            .trim_end_matches([' ', ','])
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("")
            .trim_matches(|c: char| !c.is_alphanumeric());
        let named = prev_word.chars().next().is_some_and(char::is_uppercase)
            && crate::datetext::month_number(prev_word).is_none()
            && !prev_word.chars().all(|c| c.is_ascii_digit());
        if named {
            continue;
        }
        // the clause before the year, back to the last sentence or clause end
        let clause_start = before.rfind(['.', ';', '\n']).map_or(0, |p| p + 1);
        let clause = format!(" {} ", before[clause_start..].to_lowercase());
        let near: Vec<String> = before
            .split_whitespace()
            .rev()
            .take(4)
            .map(|w| w.to_lowercase())
            .collect();
        let Ok(y) = m.as_str().parse::<i32>() else {
            continue;
        };
        let ahead = near.iter().any(|w| BEFORE.contains(&w.as_str()))
            || CLAUSE.iter().any(|w| clause.contains(w));
        out.push((y, ahead));
    }
    out
}

fn dl_has_year(text: &str, span: Span) -> bool {
    find_dates(span.of(text)).iter().any(|m| m.year.is_some())
}

/// Puts month and day into the year that brings it closest to `anchor`
/// (a January 2 report filed about December 30 belongs to the year before).
fn nearest_year(d: NaiveDate, anchor: NaiveDate) -> Option<NaiveDate> {
    [anchor.year() - 1, anchor.year(), anchor.year() + 1]
        .iter()
        .filter_map(|&y| NaiveDate::from_ymd_opt(y, d.month(), d.day()))
        .min_by_key(|c| (*c - anchor).num_days().abs())
}

/// A line among the first twelve that is nothing but a known place, its
/// state or district after a comma allowed ("Washington, DC", "New
/// Delhi"), or a venue and its city ("United Nations Headquarters, New
/// York"): where a briefing or release was given.
fn place_line(text: &str, places: &dyn PlaceResolver) -> Option<DatelineInfo> {
    let mut at = 0;
    for line in text.split_inclusive('\n').take(12) {
        let start = at;
        at += line.len();
        let l = line.trim();
        // "CAMP GENERAL EMILIO AGUINALDO, Quezon City — April 22, 2024": a
        // venue and its city, then the day
        let (l, day) = match ["—", "–", " - "].iter().find_map(|d| l.split_once(d)) {
            Some((head, tail)) => match find_dates(tail.trim()).first() {
                Some(d) if d.span.start == 0 && d.span.end >= tail.trim().len() => {
                    (head.trim(), d.full())
                }
                _ => (l, None),
            },
            None => (l, None),
        };
        if l.is_empty() || l.split_whitespace().count() > 6 {
            continue;
        }
        // the line (without its day) is the dateline
        let lead = line.len() - line.trim_start().len();
        let found = |place: String, country: Option<String>| DatelineInfo {
            place,
            country,
            span: Span::new(start + lead, start + lead + l.len()),
            day,
            month_day: None,
            agency: None,
        };
        // "United Nations Headquarters, New York", "Ministry of External
        // Affairs, New Delhi": a venue, then its city
        if let [venue, city] = l.split(',').map(str::trim).collect::<Vec<_>>()[..] {
            let venue_like = venue.starts_with(char::is_uppercase)
                && venue.split_whitespace().count() >= 2
                && !venue.ends_with('.');
            if venue_like
                && city.starts_with(char::is_uppercase)
                && resolve(venue, places).is_none()
            {
                if let Some((place, country)) = resolve(city, places) {
                    return Some(found(place, country));
                }
            }
        }
        if l.split_whitespace().count() > 4 {
            continue;
        }
        let head = l.split(',').next().unwrap_or(l).trim();
        if head.is_empty() || !head.starts_with(char::is_uppercase) {
            continue;
        }
        let rest = l[head.len()..].trim_start_matches(',').trim();
        let tail_ok = rest.is_empty()
            || matches!(rest, "DC" | "D.C." | "D.C")
            || rest.split_whitespace().count() <= 2 && rest.starts_with(char::is_uppercase);
        if !tail_ok || head.ends_with('.') {
            continue;
        }
        if let Some((place, country)) = resolve(head, places) {
            return Some(found(place, country));
        }
    }
    None
}

fn resolve(place: &str, places: &dyn PlaceResolver) -> Option<(String, Option<String>)> {
    let cleaned = title_case(place.trim());
    places
        .place_country(&cleaned)
        .map(|c| (cleaned.clone(), Some(c)))
}

/// A dateline opening one of the three lines after the first: only its
/// strong forms (with a date, an agency or a bracketed country), since a
/// known place at the start of a later line is often just a sentence.
fn dateline_after_headline(
    text: &str,
    pos: usize,
    places: &dyn PlaceResolver,
) -> Option<DatelineInfo> {
    let mut off = pos;
    // the first six lines with words: a letterhead, a label and a headline
    // may come before it ("MINISTRY OF ...\nREPUBLIC OF KENYA\n\nPRESS RELEASE")
    let mut seen = 0;
    for (k, line) in text[pos..].split_inclusive('\n').enumerate() {
        if !line.trim().is_empty() {
            seen += 1;
        }
        if seen > 6 {
            break;
        }
        let lead = line.len() - line.trim_start().len();
        if k > 0 && !line.trim().is_empty() {
            if let Some(dl) = leading_dateline(text, off + lead, places) {
                // "ABUJA — Nigeria and Ghana ...": a place in capitals before
                // a dash is a dateline too, once a headline has gone before
                let caps = dl
                    .span
                    .of(text)
                    .split([',', '—', '–', '-', ':', '('])
                    .next()
                    .is_some_and(|p| {
                        p.chars().any(char::is_alphabetic)
                            && p.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
                    });
                // a bracket after words that are no known place is no
                // agency: "External Affairs Minister (EAM) Dr. S. Jaishankar"
                let agency = dl.agency.is_some() && dl.country.is_some();
                // "CCTV: Could you confirm ...": in a transcript, a speaker in
                // capitals before a colon is no place
                let colon = dl.span.of(text).trim_end().ends_with(':');
                let caps = caps && !(colon && dl.country.is_none());
                if dl.day.is_some() || agency || caps {
                    return Some(dl);
                }
            }
        }
        off += line.len();
    }
    None
}

fn leading_dateline(text: &str, pos: usize, places: &dyn PlaceResolver) -> Option<DatelineInfo> {
    let rest = &text[pos..];
    let c = dateline_re().captures(rest)?;
    let place_raw = c.name("place")?.as_str();
    let date_txt = c.name("date").map(|m| m.as_str());
    // "NORTHWOOD, United Kingdom – ...", "KYIV, Ukraine (AP) —": the state
    // after the place, where a date may stand
    let mut state_after = None;
    let (date, agency_after) = match date_txt {
        Some(t) => match dateline_date(t) {
            Some((d, agency)) => (Some(d), agency),
            None => {
                state_after = Some(places.country_named(t.trim())?);
                (None, None)
            }
        },
        None => (None, None),
    };
    let agency = c
        .name("agency")
        .map(|m| m.as_str().trim().to_string())
        .or(agency_after);
    let bracket = c.name("cty").map(|m| m.as_str());
    let sep = c.name("sep").map(|m| m.as_str());
    let all_caps = place_raw
        .chars()
        .filter(|ch| ch.is_alphabetic())
        .all(|ch| ch.is_uppercase())
        && place_raw.chars().filter(|ch| ch.is_alphabetic()).count() >= 3;
    // "India–France Strategic Dialogue": a dash glued between two words
    // joins them; a dateline's dash stands apart or follows capitals
    // ("WASHINGTON—The")
    if let Some(sep) = sep.filter(|s| s.starts_with(['—', '–', '-'])) {
        let at = c.name("sep").map_or(0, |m| m.end());
        let glued = rest[..c.name("sep").map_or(0, |m| m.start())]
            .ends_with(|ch: char| ch.is_alphabetic())
            && rest[at..].starts_with(|ch: char| ch.is_alphabetic());
        if glued && !all_caps && !sep.is_empty() {
            return None;
        }
        // "EIGHTH EDITION OF INDIA-FRANCE JOINT EXERCISE": a compound in a
        // capitals headline, where a dateline's text goes on in lower case
        let next_word: String = rest[at..]
            .chars()
            .take_while(|ch| ch.is_alphabetic())
            .collect();
        if glued
            && all_caps
            && next_word.chars().count() >= 2
            && next_word.chars().all(char::is_uppercase)
        {
            return None;
        }
    }
    let strong = bracket.is_some()
        || date.is_some()
        || agency.is_some()
        || all_caps
        || state_after.is_some();
    if sep.is_none() && !(agency.is_some() || date.is_some()) {
        return None; // "Paris\n" alone is a heading, not a dateline
    }
    let known = resolve(place_raw, places);
    if !strong && known.is_none() {
        return None;
    }
    // "Lebanon – Visit by Jean-Noël Barrot (15 and 16 May 2025)": a weak
    // form on a line that is no sentence is a heading
    if !strong {
        let line = rest.lines().next().unwrap_or("").trim_end();
        if !line.ends_with(['.', '!', '?', '"', '”']) && !line.contains(". ") {
            return None;
        }
    }
    if known.is_none() && !looks_like_place(place_raw) {
        return None;
    }
    let country = bracket
        .and_then(|b| places.place_country(b.trim()))
        .or_else(|| known.as_ref().and_then(|k| k.1.clone()))
        .or(state_after);
    let place = known.map(|k| k.0).unwrap_or_else(|| title_case(place_raw));
    let end = pos + c.get(0)?.end();
    let day = date.and_then(|d: DateMention| d.start_with_year(2000));
    Some(DatelineInfo {
        place,
        country,
        span: Span::new(pos, end),
        day,
        month_day: date.and_then(|d| Some((d.month, d.day?))),
        agency,
    })
}

/// The date group of a dateline, which must be a date and not the start
/// of a sentence: "May 23, 2025", also after a weekday ("Tuesday 25 March
/// 2025") or a region ("Chiapas, May 23, 2025"), and before an agency
/// ("August 03, 2024, SPA").
fn dateline_date(t: &str) -> Option<(DateMention, Option<String>)> {
    let t = t.trim_end();
    let mut from = 0;
    // a weekday, or one to three capitalised words and a comma
    if let Some(w) = WEEKDAYS.iter().find(|w| t.starts_with(*w)) {
        from = w.len();
    } else if let Some((region, _)) = t.split_once(", ") {
        let named = capitalised_words(region, 3) && find_dates(region).is_empty();
        if named {
            from = region.len() + 2;
        }
    }
    let rest = t[from..].trim_start_matches([',', ' ']);
    let ds = find_dates(rest);
    let d = *ds.first()?;
    if d.span.start != 0 {
        return None;
    }
    let after = rest[d.span.end..].trim();
    if after.is_empty() {
        return Some((d, None));
    }
    // ", SPA", ", Xinhua": a short capitalised name closes the group
    let agency = after.strip_prefix(',')?.trim();
    capitalised_words(agency, 2).then(|| (d, Some(agency.to_string())))
}

/// One to `max` words, each capitalised and all letters ("Chiapas", "SPA").
fn capitalised_words(s: &str, max: usize) -> bool {
    let n = s.split_whitespace().count();
    (1..=max).contains(&n)
        && s.split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
}

/// Words that open sentences, never datelines ("During the talks:").
fn looks_like_place(s: &str) -> bool {
    const NOT: &[&str] = &[
        "The",
        "During",
        "In",
        "On",
        "At",
        "Also",
        "Note",
        "Update",
        "Photo",
        "Read",
        "Highlights",
        "Background",
        "Summary",
        "Subject",
        "Title",
        "Source",
        "Statement",
        "Joint",
        "Press",
        "Readout",
        "Excerpt",
        "Related",
    ];
    // "AFRICA DIPLOMATIC WEEK — Friday, 23 May 2025", "ASIA-PACIFIC
    // BRIEFING": the name of a digest, not a place
    const DIGEST: &[&str] = &[
        "week",
        "weekly",
        "briefing",
        "digest",
        "roundup",
        "round-up",
        "bulletin",
        "review",
        "newsletter",
        "daily",
        "monthly",
        "report",
        "update",
        "notes",
        "wrap",
    ];
    if s.split_whitespace()
        .any(|w| DIGEST.iter().any(|d| d.eq_ignore_ascii_case(w)))
    {
        return false;
    }
    let first = s.split_whitespace().next().unwrap_or("");
    // "Friday, 21 February 2025": a day line, no place
    !NOT.iter()
        .chain(crate::datetext::WEEKDAYS.iter())
        .any(|n| n.eq_ignore_ascii_case(first))
}

/// "NEW DELHI" -> "New Delhi"; mixed-case names are kept.
pub fn title_case(s: &str) -> String {
    if s.chars().any(|c| c.is_lowercase()) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for ch in s.chars() {
        if start {
            out.extend(ch.to_uppercase());
        } else {
            out.extend(ch.to_lowercase());
        }
        start = !ch.is_alphanumeric() && ch != '\'' && ch != '’';
    }
    out
}

/// Short lines that carry a full date, among the first and last lines
/// after `from`: (line span, date, place written before the date).
fn date_lines(text: &str, from: usize) -> Vec<(Span, NaiveDate, Option<String>)> {
    let mut lines: Vec<Span> = Vec::new();
    let mut off = from;
    for l in text[from..].split_inclusive('\n') {
        let t = l.trim();
        if !t.is_empty() {
            let lead = l.len() - l.trim_start().len();
            lines.push(Span::new(off + lead, off + lead + t.len()));
        }
        off += l.len();
    }
    let n = lines.len();
    let mut out = Vec::new();
    for (i, span) in lines.iter().enumerate() {
        if i >= 6 && i + 4 < n {
            continue;
        }
        let line = span.of(text);
        if line.len() > 90 {
            continue;
        }
        let Some(d) = find_dates(line).into_iter().find(|d| d.full().is_some()) else {
            continue;
        };
        let before = line[..d.span.start].trim();
        let after = line[d.span.end..].trim();
        // "May 26, 2025 - Ottawa, Ontario - Global Affairs Canada": a date
        // that opens its line, then the place and the issuer
        let place_after = (before.is_empty() && after.starts_with(['-', '–', '—']))
            .then(|| {
                after
                    .trim_start_matches(['-', '–', '—', ' '])
                    .split([',', '-', '–', '—'])
                    .next()
                    .unwrap_or("")
                    .trim()
            })
            .filter(|p| !p.is_empty() && is_label(p) && is_label_words(after, 10));
        if !is_label(before) || !(is_label(after) || place_after.is_some()) {
            continue;
        }
        let place = place_after.unwrap_or(before);
        let place = place
            .trim_end_matches(['/', ',', '|', '-', '–', '—', ':'])
            .trim();
        let mut place =
            (!place.is_empty() && place.split_whitespace().count() <= 4).then(|| place.to_string());
        let mut span = *span;
        // "New Delhi\nMarch 05, 2024": the place on the line above a date
        // alone; the caller keeps it only if it is a known place
        if place.is_none() && i > 0 {
            let above = lines[i - 1];
            let words = above.of(text).split_whitespace().count();
            if words <= 3 && !above.of(text).ends_with(['.', ':']) && i + 4 >= n {
                place = Some(above.of(text).to_string());
                span = Span::new(above.start, span.end);
            }
        }
        // "Week of 10-14 March 2025": a week's digest is out at its end
        let day = match d.end_with_year(d.year.unwrap_or_default()) {
            Some(end) if before.to_lowercase().contains("week") => end,
            _ => d.full().unwrap(),
        };
        out.push((span, day, place));
    }
    out
}

/// Text around a date on a date line: a place, a label such as
/// "Posted On:", a time, separators; not a sentence.
fn is_label(s: &str) -> bool {
    is_label_words(s, 6)
}

/// [`is_label`] with at most `max` words.
fn is_label_words(s: &str, max: usize) -> bool {
    if s.split_whitespace().count() > max || s.ends_with('.') && s.len() > 3 {
        return false;
    }
    let lower_words = s
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(|c| c.is_lowercase()))
        .filter(|w| {
            !matches!(
                *w,
                "by" | "on"
                    | "at"
                    | "for"
                    | "and"
                    | "the"
                    | "of"
                    | "release"
                    | "note"
                    | "readout"
                    | "statement"
                    | "update"
                    | "updated"
                    | "published"
            )
        })
        .count();
    lower_words == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Places;
    impl PlaceResolver for Places {
        fn country_named(&self, name: &str) -> Option<String> {
            match name {
                "France" => Some("FRA".into()),
                "India" => Some("IND".into()),
                "United Kingdom" => Some("GBR".into()),
                _ => None,
            }
        }
        fn place_country(&self, name: &str) -> Option<String> {
            match name {
                "Paris" | "France" => Some("FRA".into()),
                "Rome" => Some("ITA".into()),
                "New Delhi" | "India" => Some("IND".into()),
                "Washington" => Some("USA".into()),
                "Tokyo" => Some("JPN".into()),
                _ => None,
            }
        }
    }

    fn h(t: &str) -> Header {
        analyse(t, &Places)
    }

    #[test]
    fn a_compound_in_a_capitals_headline_is_no_dateline() {
        let x = h("Ministry of Defence\n\nFOURTH EDITION OF INDIA-JAPAN NAVAL EXERCISE BEGINS OFF GOA\n\nThe exercise began on 3 May 2024.");
        assert!(x.dateline.is_none(), "{:?}", x.dateline);
        let x = h("TOKYO-The two ministers met on Monday.");
        assert_eq!(x.dateline.unwrap().place, "Tokyo");
    }

    #[test]
    fn a_dateline_with_its_state_after_the_place() {
        let t = "NATO Allied Maritime Command – Press Release\n26 February 2024\n\nNORTHWOOD, United Kingdom – The exercise got under way today.";
        let dl = h(t).dateline.unwrap();
        assert_eq!(
            (dl.place.as_str(), dl.country.as_deref()),
            ("Northwood", Some("GBR"))
        );
        // a venue and its city stay the city's
        let dl = h("CAMP AGUINALDO, Tokyo — April 22, 2024\n\nThe exercise began.")
            .dateline
            .unwrap();
        assert_eq!(dl.place, "Tokyo");
    }

    #[test]
    fn dateline_dates_after_a_weekday_or_a_region_and_before_an_agency() {
        let t = "Tokyo, March 4, 2025, Kyodo -- The two ministers met.";
        let x = h(t);
        let dl = x.dateline.unwrap();
        assert_eq!(
            (dl.place.as_str(), dl.agency.as_deref()),
            ("Tokyo", Some("Kyodo"))
        );
        assert_eq!(dl.day.unwrap().to_string(), "2025-03-04");
        assert!(t[x.body_start..].starts_with("The two ministers"));
        let x = h("Ministry of Foreign Affairs\nPress Briefing\nRome, Thursday 6 March 2025\n\nThe spokesperson opened the briefing.");
        let dl = x.dateline.unwrap();
        assert_eq!(dl.place, "Rome");
        assert_eq!(dl.day.unwrap().to_string(), "2025-03-06");
        let x = h("JOINT STATEMENT OF THE TWO PRESIDENTS\n\nLeticia, Amazonas, June 2, 2024\n\nThe Presidents met.");
        let dl = x.dateline.unwrap();
        assert_eq!(dl.place, "Leticia");
        assert_eq!(dl.day.unwrap().to_string(), "2024-06-02");
        // a sentence after the date is no agency
        let x = h("Paris, March 4, 2025, the minister said that talks went well.");
        assert!(
            x.dateline.as_ref().is_none_or(|d| d.agency.is_none()),
            "{:?}",
            x.dateline
        );
    }

    #[test]
    fn wire_datelines() {
        let t = "  date 2025-01-21  Paris [France], January 21 : India and France held talks.";
        let x = h(t);
        assert_eq!(x.published.unwrap().to_string(), "2025-01-21");
        let dl = x.dateline.unwrap();
        assert_eq!(
            (dl.place.as_str(), dl.country.as_deref()),
            ("Paris", Some("FRA"))
        );
        assert_eq!(dl.day.unwrap().to_string(), "2025-01-21");
        assert!(t[x.body_start..].starts_with("India and France"));

        let x = h("date 2024-03-05\nNEW DELHI, March 5 (Reuters) - The minister said.");
        let dl = x.dateline.unwrap();
        assert_eq!(
            (dl.place.as_str(), dl.agency.as_deref()),
            ("New Delhi", Some("Reuters"))
        );
        let t =
            "date 2022-06-16\nNew Delhi, June 16 (PTI) Foreign Secretary Vinay Kwatra held talks.";
        let x = h(t);
        assert_eq!(x.dateline.unwrap().agency.as_deref(), Some("PTI"));
        assert!(t[x.body_start..].starts_with("Foreign Secretary"));
        let t = "Tajani meets Barrot in Rome\n\nRome, 27 March 2025 – The minister received his counterpart.";
        let x = h(t);
        assert_eq!(x.published.unwrap().to_string(), "2025-03-27");
        assert_eq!(x.dateline.as_ref().unwrap().place, "Rome");
        assert!(x
            .skip
            .iter()
            .any(|s| s.of(t).starts_with("Rome, 27 March 2025")));
        let x = h("WASHINGTON — The Secretary met.");
        assert_eq!(x.dateline.unwrap().place, "Washington");
        let x = h("New Delhi: The minister met.");
        assert_eq!(x.dateline.unwrap().place, "New Delhi");
        let x = h("Tokyo, 12 June 2025 — Japan and India met.");
        assert_eq!(x.published.unwrap().to_string(), "2025-06-12");
        assert_eq!(x.dateline.unwrap().place, "Tokyo");
        // a day without a year, and no publication date to lend one: the
        // place is known, the day is not
        let dl = h("PARIS, July 8 (Wire) -- The ministers met.")
            .dateline
            .unwrap();
        assert_eq!((dl.place.as_str(), dl.day), ("Paris", None));
        // ... unless the report writes its year
        let x = h(
            "OSLO, March 3 (Wire) -- The talks, the second in 2019 and first since 2017, \
                   were held under the Vision 2030 plan. Both will meet again in 2023.",
        );
        assert_eq!(x.published.unwrap().to_string(), "2019-03-03");
        let x = h("OSLO, March 3 (Wire) -- The ministers will meet again later in 2021.");
        assert_eq!(x.published.unwrap().to_string(), "2021-03-03");
        let x = h("OSLO, March 3 (Wire) -- Talks under the Horizon 2047 plan went on.");
        assert_eq!(x.published, None);
        // unknown mixed-case word with a colon is not a dateline
        assert!(h("Highlights: talks were held.").dateline.is_none());
        assert!(h("Kathmandu: talks were held.").dateline.is_none());
        assert_eq!(
            h("KATHMANDU: talks were held.").dateline.unwrap().place,
            "Kathmandu"
        );
    }

    #[test]
    fn publication_dates_from_headings_copyright_lines_and_openings() {
        // a heading that closes on a date
        let x = h("Spokesperson's Regular Press Conference on May 6, 2024\n\nQ: A question.");
        assert_eq!(x.published.unwrap().to_string(), "2024-05-06");
        // a week's digest: the week's last day
        let x = h("WEEKLY ROUND-UP\nWeek of 3-7 June 2024\n\nOslo\n\nThe minister met.");
        assert_eq!(x.published.unwrap().to_string(), "2024-06-07");
        // a visit's days in a heading are not the release's
        let x = h("Visit of the Prime Minister to Japan (3-5 June 2024)\n\nThe minister met.");
        assert_eq!(x.published, None);
        // a yearless wire with two places takes the first, and the year
        // of its copyright line over the years its background gives
        let x = h(
            "OSLO/KYIV, June 3 (Wire) - Talks went on, as in 2022 and 2022.\n\nCopyright 2024 Wire",
        );
        assert_eq!(x.dateline.as_ref().unwrap().place, "Oslo");
        assert_eq!(x.published.unwrap().to_string(), "2024-06-03");
        // a statement with no date line: the first full date it opens with
        let x =
            h("Joint Statement\n\nThe ministers met in Oslo on 4 March 2024 for the first time.");
        assert_eq!(x.published.unwrap().to_string(), "2024-03-04");
    }

    #[test]
    fn letterheads_compounds_transcripts_and_date_first_lines() {
        // a letterhead, a label and a headline before the dateline
        let x = h("MINISTRY OF FOREIGN AFFAIRS\nREPUBLIC OF GHANA\n\nPRESS RELEASE\n\nGHANA AND TOGO HOLD TALKS\n\nACCRA, 3 March 2025 – The ministers met.");
        assert_eq!(x.dateline.unwrap().place, "Accra");
        assert_eq!(x.published.unwrap().to_string(), "2025-03-03");
        // "India–France" is a compound in a heading, not a dateline and a dash
        let x = h("India–France Strategic Dialogue\n\nThe advisers met.\n\nParis\n4 March 2025\n");
        assert_eq!(x.dateline.unwrap().place, "Paris");
        // a questioner in capitals in a transcript is no place
        let x = h("Spokesperson's Press Conference on March 4, 2025\n\nQ: First question.\n\nCCTV: Could you confirm the visit?");
        assert!(x.dateline.is_none());
        // a date that opens its line, then the place and the issuer
        let x = h("Minister speaks with counterpart\n\nReadout\n\nMarch 4, 2025 - Paris, Ile-de-France - Ministry for Europe\n\nToday the minister spoke.");
        assert_eq!(x.published.unwrap().to_string(), "2025-03-04");
        assert_eq!(x.dateline.unwrap().place, "Paris");
    }

    #[test]
    fn datelines_after_a_headline_and_a_date_line_and_closing_place_lines() {
        let x = h("Talks resume\nPublished March 3, 2024\n\nROME — The ministers met.");
        assert_eq!(x.published.unwrap().to_string(), "2024-03-03");
        assert_eq!(x.dateline.unwrap().place, "Rome");
        // a bracket after words that are no place is no agency
        let x = h("Visit of the Minister\n\nExternal Affairs Minister (EAM) met.\n\nParis\nMarch 4, 2024\n");
        assert_eq!(x.dateline.unwrap().place, "Paris");
        assert_eq!(x.published.unwrap().to_string(), "2024-03-04");
        // a line above a date that is no known place is no dateline
        let x = h("The Minister met.\n\nMedia Centre\nMarch 4, 2024\n");
        assert!(x.dateline.is_none());
        // nor is a digest's name in capitals before its date
        let x = h("AFRICA DIPLOMATIC WEEK — Friday, 23 May 2025\nA round-up of the news\n\nThe ministers met.");
        assert!(x.dateline.is_none(), "{:?}", x.dateline);
        // a venue, then its city
        let x = h("BRIEFING BY THE SPOKESPERSON\n\nMinistry of External Affairs, New Delhi\nTuesday, 20 August 2024\n\nGood afternoon.");
        assert_eq!(x.dateline.unwrap().place, "New Delhi");
        let x =
            h("Joint Press Conference\n\nFederal Chancellery, Tokyo Street\n\nThe ministers met.");
        assert!(x.dateline.is_none());
        // ...and the day after a dash
        let x = h("ARMED FORCES\nPublic Affairs Office\n\nCAMP GENERAL AGUINALDO, New Delhi — April 22, 2024\n\nThe exercise opened.");
        let d = x.dateline.unwrap();
        assert_eq!(d.place, "New Delhi");
        assert_eq!(d.day.map(|d| d.to_string()).as_deref(), Some("2024-04-22"));
    }

    #[test]
    fn a_heading_dated_in_brackets() {
        let x = h("Transcript of the Weekly Briefing (March 7, 2024)\n\nThe spokesperson spoke.");
        assert_eq!(x.published.unwrap().to_string(), "2024-03-07");
        // a range in a visit's title gives the visit's days, not the release's
        let x = h(
            "Visit of the Minister of Trade to Norway (04-06 May 2024)\n\nThe minister arrived.",
        );
        assert_eq!(x.published, None);
        // "Country – Topic (dates)": a heading, not a dateline; the date
        // line below it dates the release
        let x = h("India – Visit by the Minister (15 and 16 May 2025)\n\n16 May 2025\n\nThe Minister travelled to India.");
        assert!(x.dateline.is_none());
        assert_eq!(x.published.unwrap().to_string(), "2025-05-16");
        // ...while a sentence after the dash keeps it a dateline
        let x = h("New Delhi – The two ministers met today.");
        assert_eq!(x.dateline.unwrap().place, "New Delhi");
    }

    #[test]
    fn press_release_date_lines() {
        let x = h("Visit of the Minister\n\nThe Minister met his counterpart.\n\nNew Delhi / 05 March 2024\n");
        assert_eq!(x.published.unwrap().to_string(), "2024-03-05");
        assert_eq!(x.dateline.unwrap().place, "New Delhi");
        let x = h("March 5, 2024\n\nThe Minister met his counterpart.");
        assert_eq!(x.published.unwrap().to_string(), "2024-03-05");
        assert!(x.dateline.is_none());
        let x = h("Minister in India\n\n06.12.2022 - Press release\n\nThe Minister met.");
        assert_eq!(x.published.unwrap().to_string(), "2022-12-06");
        let x = h("Readout\n\nMedia Note\nOffice of the Spokesperson\nApril 11, 2022\n\nThe Secretary met.");
        assert_eq!(x.published.unwrap().to_string(), "2022-04-11");
        let x = h("Posted On: 05 MAR 2024 6:50PM by PIB Delhi\nThe Minister met.");
        assert_eq!(x.published.unwrap().to_string(), "2024-03-05");
        // a date inside a sentence is not a date line: without one, the
        // first full date the text opens with is the best guess
        let x = h("The Minister met his counterpart on 5 March 2024 in Paris.");
        assert_eq!(x.published.unwrap().to_string(), "2024-03-05");
        assert!(x.skip.is_empty());
    }
}
