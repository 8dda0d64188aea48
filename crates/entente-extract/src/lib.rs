//! The extraction pipeline: from a prepared document to its record.
//!
//! Stages, each in its own module and each keeping byte spans:
//!
//! 1. [`mentions`]: knowledge-base surface forms found in the text
//!    (countries, people, titles, institutions, mechanisms, areas, places);
//! 2. [`actors`]: people resolved from names, titles (by date), handles and
//!    surnames, and people unknown to the KB read from title + name;
//! 3. [`dates`]: date expressions resolved against the publication date and
//!    the dateline day;
//! 4. [`triggers`]: event triggers per sentence, with negation and modality;
//! 5. [`events`]: arguments (countries, participants, roles, place, date,
//!    mechanism) attached to each trigger, then merged into one event per
//!    real-world interaction;
//! 6. [`areas`]: cooperation areas per event;
//! 7. [`statements`]: quotations with speaker, organisation and channel.
//!
//! ```
//! let kb = entente_kb::Kb::bundled().unwrap();
//! let ex = entente_extract::Extractor::new(&kb);
//! let doc = entente_core::Document::new("d", "date 2024-03-05\nIndia and Japan held talks in Tokyo on Monday.");
//! let rec = ex.extract(doc);
//! assert_eq!(rec.published.as_deref(), Some("2024-03-05"));
//! ```

pub mod actors;
pub mod areas;
pub mod dates;
pub mod events;
pub mod mentions;
pub mod statements;
pub mod triggers;
mod year;

use std::sync::OnceLock;

use aho_corasick::AhoCorasick;
use entente_core::record::{Dateline, DocRecord};
use entente_core::Document;
use entente_ingest::{prepare, Prepared};
use entente_kb::Kb;

/// Two names are equal once diacritics and case are folded.
pub(crate) fn fold_eq(a: &str, b: &str) -> bool {
    entente_kb::fold::key(a) == entente_kb::fold::key(b)
}

/// The version of the extraction rules, stored with every record.
pub const EXTRACTOR_VERSION: &str = concat!("entente-extract ", env!("CARGO_PKG_VERSION"));

/// Extracts records from documents with one knowledge base.
pub struct Extractor<'kb> {
    kb: &'kb Kb,
    /// The areas each mechanism's name implies, computed once.
    mechanism_areas: Vec<Vec<String>>,
}

impl<'kb> Extractor<'kb> {
    pub fn new(kb: &'kb Kb) -> Self {
        let mechanism_areas = kb
            .mechanisms
            .iter()
            .map(|m| events::areas_in_text(kb, &m.name))
            .collect();
        Extractor {
            kb,
            mechanism_areas,
        }
    }

    /// The knowledge base in use.
    pub fn kb(&self) -> &Kb {
        self.kb
    }

    /// Prepares (header, sentences) and extracts one document.
    pub fn extract(&self, doc: Document) -> DocRecord {
        let prepared = prepare(doc, self.kb);
        self.extract_prepared(&prepared)
    }

    /// [`Extractor::extract`], with a panic in a rule turned into `None`:
    /// a bug costs the document it meets, not a run over thousands.
    pub fn extract_or_skip(&self, doc: Document) -> Option<DocRecord> {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.extract(doc))).ok()
    }

    /// A human-readable trace of the stages for one document: sentences,
    /// people resolved and triggers found (for `entente extract --explain`).
    pub fn explain(&self, doc: Document) -> String {
        use std::fmt::Write;
        let p = prepare(doc, self.kb);
        let ctx = Context::new(self.kb, &p, &self.mechanism_areas);
        let mut out = String::new();
        let _ = writeln!(
            out,
            "== {} (anchor {:?}, main pair {:?})",
            p.doc.id, ctx.anchor, ctx.main_pair
        );
        for (i, s) in p.sentences.iter().enumerate() {
            let text = s.of(ctx.text);
            let _ = writeln!(out, "[{i}] {}", text.replace('\n', " "));
            for a in ctx.actors.iter().filter(|a| a.sentence == Some(i)) {
                let _ = writeln!(
                    out,
                    "      actor {:?} -> {} ({}, {})",
                    a.span.of(ctx.text),
                    a.name,
                    a.title.as_deref().unwrap_or("-"),
                    a.country.as_deref().unwrap_or("-")
                );
            }
            for f in triggers::find(text) {
                let _ = writeln!(
                    out,
                    "      trigger {:?} -> {} {}",
                    &text[f.start..f.end],
                    f.rule.kind,
                    f.rule.cameo
                );
            }
        }
        out
    }

    /// Extracts a document already prepared by the ingest stage.
    pub fn extract_prepared(&self, p: &Prepared) -> DocRecord {
        let ctx = Context::new(self.kb, p, &self.mechanism_areas);
        let mut events = events::extract(&ctx);
        areas::assign(&ctx, &mut events);
        let statements = statements::extract(&ctx);
        DocRecord {
            id: p.doc.id.clone(),
            published: ctx.published.map(|d| d.to_string()),
            dateline: p.dateline.as_ref().map(|d| Dateline {
                place: d.place.clone(),
                country: d.country.clone(),
            }),
            events: events.into_iter().map(|e| e.into_record(&ctx)).collect(),
            statements,
        }
    }
}

/// Everything the stages share about one document.
pub struct Context<'a> {
    pub kb: &'a Kb,
    pub doc: &'a Prepared,
    pub text: &'a str,
    pub mentions: Vec<mentions::Mention>,
    pub actors: Vec<actors::Actor>,
    /// The reference day for relative dates: the dateline's day, else the
    /// publication date.
    pub anchor: Option<chrono::NaiveDate>,
    /// The publication date, its year settled when the header guessed it.
    pub published: Option<chrono::NaiveDate>,
    /// The two states the document is mostly about.
    pub main_pair: Vec<String>,
    /// In a digest of unrelated items under headings: each item's span and
    /// the two states it is mostly about (empty for other documents).
    pub sections: Vec<(entente_core::Span, Vec<String>)>,
    /// Quotations, in text order, found once per document.
    pub quotes: Vec<statements::Quote>,
    /// The areas each mechanism's name implies (by mechanism index).
    pub mechanism_areas: &'a [Vec<String>],
    /// The dates of each sentence, resolved against `anchor` when first
    /// asked for (several stages read them; the date regexes run once).
    sentence_dates: Vec<std::cell::OnceCell<Vec<dates::EventDate>>>,
    /// The states a joint statement's "we" stands for, found when first
    /// asked for.
    we: std::cell::OnceCell<Vec<String>>,
}

impl<'a> Context<'a> {
    fn new(kb: &'a Kb, doc: &'a Prepared, mechanism_areas: &'a [Vec<String>]) -> Self {
        let text = doc.doc.text.as_str();
        let mentions = mentions::find(kb, doc);
        let settled = year::settle(kb, doc, &mentions);
        // with no day of publication at all, the latest full date the text
        // writes is the nearest day it can be read from ("ce vendredi 7
        // février", before the summit "des 10 et 11 février 2025"); the
        // record's publication date stays unknown
        let anchor = settled
            .or(doc.dateline.as_ref().and_then(|d| d.day).or(doc.published))
            .or_else(|| {
                entente_ingest::datetext::find_dates(&text[doc.body_start..])
                    .iter()
                    .filter_map(|d| d.full())
                    .max()
            });
        let published = settled.or(doc.published);
        let actors = actors::resolve(kb, doc, &mentions, anchor);
        let main_pair = mentions::main_pair(kb, &mentions, &actors);
        let sections = mentions::digest_sections(kb, doc, &mentions, &actors);
        let quotes = statements::quotes(text);
        Context {
            kb,
            doc,
            text,
            mentions,
            actors,
            anchor,
            published,
            main_pair,
            sections,
            quotes,
            mechanism_areas,
            sentence_dates: vec![std::cell::OnceCell::new(); doc.sentences.len()],
            we: std::cell::OnceCell::new(),
        }
    }

    /// The dates written in sentence `i` (of `doc.sentences`), past-leaning
    /// (a bare weekday is the last one before the anchor).
    pub fn sentence_dates(&self, i: usize) -> &[dates::EventDate] {
        self.sentence_dates[i].get_or_init(|| {
            let span = self.doc.sentences[i];
            // a post is dated by its own line ("Name @handle · Sep 22,
            // 2025"): "this morning" in it is that day's
            let anchor = self.post_day(span.start).or(self.anchor);
            let mut ds = dates::in_sentence(span.of(self.text), span.start, anchor, false);
            // "TALLINN, March 12 (Wire) - Estonia on Tuesday expelled ...":
            // a dateline after a headline stays in its sentence, and its day
            // is when the report was filed, not when anything happened
            if let Some(dl) = self.doc.dateline.as_ref().map(|d| d.span) {
                ds.retain(|d| !dl.contains(d.span));
            }
            if let Some(d) = self.next_day_in(i) {
                ds.push(d);
                ds.sort_by_key(|d| d.span.start);
            }
            ds
        })
    }

    /// "The next day, EAM called on Prime Minister Wong": the day after the
    /// last day the few sentences before tell of.
    fn next_day_in(&self, i: usize) -> Option<dates::EventDate> {
        const NEXT: &[&str] = &["the next day", "the following day", "a day later"];
        let span = self.doc.sentences[i];
        let sentence = span.of(self.text);
        // (each phrase has "day": most sentences are passed over at once)
        if !sentence.contains("day") {
            return None;
        }
        let (at, phrase) = NEXT.iter().find_map(|p| {
            let at = sentence
                .as_bytes()
                .windows(p.len())
                .position(|w| w.eq_ignore_ascii_case(p.as_bytes()))?;
            Some((at, *p))
        })?;
        let day_before = (i.saturating_sub(3)..i).rev().find_map(|j| {
            self.sentence_dates(j)
                .iter()
                .rev()
                .find_map(dates::EventDate::day)
        })?;
        let start = span.start + at;
        Some(dates::EventDate {
            span: entente_core::Span::new(start, start + phrase.len()),
            date: (day_before + chrono::Duration::days(1)).to_string(),
            end: None,
        })
    }

    /// The quotation holding byte `at`, if any.
    pub fn quote_at(&self, at: usize) -> Option<entente_core::Span> {
        // quotes are in text order and do not overlap
        let i = self.quotes.partition_point(|q| q.inner.end <= at);
        self.quotes
            .get(i)
            .map(|q| q.inner)
            .filter(|q| q.start <= at)
    }

    /// The author of a quotation starting at `at` that fills its paragraph
    /// under a short line naming a person with a handle or a posting mark
    /// ("Dr. S. Jaishankar @DrSJaishankar · Sep 22, 2025"), as collections
    /// of posts are laid out.
    pub fn post_author(&self, at: usize) -> Option<usize> {
        let text = self.text;
        let line_start = text[..at].rfind('\n').map_or(0, |p| p + 1);
        // (`at` may be the quotation's first word, after its mark)
        if !text[line_start..at]
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“'))
            .is_empty()
        {
            return None;
        }
        let above = self.line_above(at)?;
        let line = above.of(text);
        if !author_line(line, line.contains('·')) {
            // a page of one person's posts ("ON X THIS WEEK | Foreign
            // Minister X (@handle)"): its first line names the author
            return self.page_author();
        }
        self.actor_range(above)
            .find(|&a| self.actors[a].person.is_some())
    }

    /// The author of a page of posts: the one person its first line names,
    /// with a handle.
    fn page_author(&self) -> Option<usize> {
        let text = self.text;
        let end = text.find('\n').unwrap_or(text.len());
        let first = entente_core::Span::new(0, end);
        if !author_line(first.of(text), false) {
            return None;
        }
        let mut people = self
            .actor_range(first)
            .filter(|&a| self.actors[a].person.is_some());
        let a = people.next()?;
        people
            .all(|b| self.actors[b].person == self.actors[a].person)
            .then_some(a)
    }

    /// The states a joint statement's "we" stands for: those named in its
    /// opening "We, Prime Minister X of Japan, President Y of ..., met"
    /// (empty when the text opens no sentence so).
    pub fn we_states(&self) -> &[String] {
        self.we.get_or_init(|| self.find_we_states())
    }

    fn find_we_states(&self) -> Vec<String> {
        let Some(s) = self
            .doc
            .sentences
            .iter()
            .find(|s| s.of(self.text).starts_with("We, "))
        else {
            return Vec::new();
        };
        let text = s.of(self.text);
        // the list of signatories ends at the verb: ", met", ", have"
        let end = text
            .match_indices(", ")
            .find(|(k, _)| {
                text[k + 2..].split_whitespace().next().is_some_and(|w| {
                    w.starts_with(char::is_lowercase) && !matches!(w, "and" | "of" | "the")
                })
            })
            .map_or(text.len(), |(k, _)| k);
        let list = entente_core::Span::new(s.start, s.start + end);
        let mut out: Vec<String> = Vec::new();
        for m in self.mentions_in(list) {
            if let Some(c) = m.is_state_word().then(|| m.country(self.kb)).flatten() {
                if !out.iter().any(|x| x == c) {
                    out.push(c.to_string());
                }
            }
        }
        for a in self.actor_range(list) {
            if let Some(c) = &self.actors[a].country {
                if !out.contains(c) {
                    out.push(c.clone());
                }
            }
        }
        if out.len() >= 2 {
            out
        } else {
            Vec::new()
        }
    }

    /// The two states the text around byte `at` is mostly about: its
    /// digest item's, when that names two, else the document's.
    pub fn pair_at(&self, at: usize) -> &[String] {
        self.sections
            .iter()
            .find(|(span, pair)| span.start <= at && at < span.end && pair.len() == 2)
            .map_or(&self.main_pair, |(_, pair)| pair)
    }

    /// The line holding byte `at`.
    fn line_at(&self, at: usize) -> entente_core::Span {
        let text = self.text;
        let start = text[..at].rfind('\n').map_or(0, |p| p + 1);
        let end = text[at..].find('\n').map_or(text.len(), |p| at + p);
        entente_core::Span::new(start, end)
    }

    /// The line above the one holding byte `at` (a post's author line).
    fn line_above(&self, at: usize) -> Option<entente_core::Span> {
        let text = self.text;
        let line_start = text[..at].rfind('\n').map_or(0, |p| p + 1);
        let prev_end = line_start.checked_sub(1)?;
        let prev_start = text[..prev_end].rfind('\n').map_or(0, |p| p + 1);
        Some(entente_core::Span::new(prev_start, prev_end))
    }

    /// The line below the one holding byte `at`.
    fn line_below(&self, at: usize) -> Option<entente_core::Span> {
        let text = self.text;
        let next_start = at + text[at..].find('\n')? + 1;
        let next_end = text[next_start..]
            .find('\n')
            .map_or(text.len(), |p| next_start + p);
        Some(entente_core::Span::new(next_start, next_end))
    }

    /// The day written on the author's line above the post holding byte
    /// `at` ("Dr. S. Jaishankar @DrSJaishankar · Sep 22, 2025"), or on the
    /// time line below it.
    pub(crate) fn post_day(&self, at: usize) -> Option<chrono::NaiveDate> {
        let above = self.line_above(at)?.of(self.text);
        // a post copied on one line with its author ("X on X: \"...\" / X"),
        // its time and day on the line below ("12 Mar 2025 · 9:41 PM")
        let own_line = self.line_at(at).of(self.text);
        let inline_post = own_line.contains(" on X:") || own_line.trim_end().ends_with("/ X");
        let line = if above.contains('@') && above.contains('·') {
            above
        } else if inline_post {
            let below = self.line_below(at)?.of(self.text);
            if !below.contains('·') {
                return None;
            }
            below
        } else {
            // X's own layout: the author's line above, the time and day
            // below the post ("9:12 PM · Sep 23, 2025")
            let below = self.line_below(at)?.of(self.text);
            if !(above.contains('@') && below.contains('·')) {
                return None;
            }
            below
        };
        if line.split_whitespace().count() > 15 {
            return None;
        }
        let d = entente_ingest::datetext::find_dates(line)
            .into_iter()
            .next()?;
        let year = d
            .year
            .or_else(|| self.anchor.map(|a| chrono::Datelike::year(&a)))?;
        chrono::NaiveDate::from_ymd_opt(year, d.month, d.day?)
    }

    /// The mentions lying inside `span` (mentions are in text order).
    pub fn mentions_in(&self, span: entente_core::Span) -> &[mentions::Mention] {
        let a = self.mentions.partition_point(|m| m.span.start < span.start);
        let b = self.mentions.partition_point(|m| m.span.start < span.end);
        let b = (a..b)
            .rev()
            .find(|&k| self.mentions[k].span.end <= span.end)
            .map_or(a, |k| k + 1);
        &self.mentions[a..b]
    }

    /// The people mentioned inside `span` (actors are in text order).
    pub fn actors_in(&self, span: entente_core::Span) -> &[actors::Actor] {
        &self.actors[self.actor_range(span)]
    }

    /// The indices of the actors lying inside `span` (actors are in text
    /// order, so they are one run).
    pub fn actor_range(&self, span: entente_core::Span) -> std::ops::Range<usize> {
        let a = self.actors.partition_point(|x| x.span.start < span.start);
        let b = self.actors.partition_point(|x| x.span.start < span.end);
        let b = (a..b)
            .rev()
            .find(|&k| self.actors[k].span.end <= span.end)
            .map_or(a, |k| k + 1);
        a..b
    }

    /// Index of the sentence holding byte `at`.
    /// The last sentence that starts before byte `at` (the one holding it,
    /// or the one before the gap it falls in).
    pub fn sentence_before(&self, at: usize) -> Option<usize> {
        self.doc
            .sentences
            .partition_point(|sp| sp.start < at)
            .checked_sub(1)
    }

    pub fn sentence_of(&self, at: usize) -> Option<usize> {
        let s = &self.doc.sentences;
        let i = s.partition_point(|sp| sp.end <= at);
        (i < s.len() && s[i].start <= at).then_some(i)
    }
}

/// The first word of `text`, without the punctuation around it, in lower
/// case ("" when there is none).
pub(crate) fn first_word_lower(text: &str) -> String {
    bare_lower(text.split_whitespace().next())
}

/// The last word of `text`, as `first_word_lower`.
pub(crate) fn last_word_lower(text: &str) -> String {
    bare_lower(text.split_whitespace().next_back())
}

fn bare_lower(w: Option<&str>) -> String {
    w.unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// A line that can name a post's author: short, with no quotation, marked
/// by a handle (or, when `dotted` counts, the "·" before its time).
fn author_line(line: &str, dotted: bool) -> bool {
    (line.contains('@') || dotted)
        && line.split_whitespace().count() <= 15
        && !line.contains(['"', '“'])
}

/// A set of plain phrases matched in any ASCII case, compiled once into
/// `cell` (one pass finds any of them: "the two sides", "discussed").
pub(crate) fn phrase_set(
    cell: &'static OnceLock<AhoCorasick>,
    phrases: &[&str],
) -> &'static AhoCorasick {
    cell.get_or_init(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(phrases)
            .expect("plain phrases compile")
    })
}
