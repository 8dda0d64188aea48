//! Stage 1: knowledge-base surface forms found in the document.
//!
//! The gazetteer is run once over the whole text (so multi-line quotes and
//! headers are seen too); each hit is tagged with its sentence.

use entente_core::Span;
use entente_ingest::Prepared;
use entente_kb::{Kb, Target};

use crate::actors::Actor;

/// One knowledge-base hit.
#[derive(Debug, Clone)]
pub struct Mention {
    pub span: Span,
    pub targets: Vec<Target>,
    /// Sentence index, or None in the header.
    pub sentence: Option<usize>,
}

impl Mention {
    /// The state or body this mention stands for, if it is a name,
    /// adjective, prefix, seat, institution or office.
    pub fn country<'k>(&self, kb: &'k Kb) -> Option<&'k str> {
        let state = self.targets.iter().find_map(|t| match *t {
            Target::Country(i) | Target::Adjective(i) | Target::Prefix(i) | Target::Seat(i) => {
                Some(kb.countries[i].code.as_str())
            }
            Target::Body(i) => Some(kb.bodies[i].code.as_str()),
            _ => None,
        });
        if state.is_some() {
            return state;
        }
        // an institution or office name several states share ("Ministry of
        // Defence", "Defence Ministry") names no state by itself
        let mut of = self.targets.iter().filter_map(|t| match *t {
            Target::Institution(i) => Some(kb.institutions[i].country.as_str()),
            Target::Office(i) => Some(kb.offices[i].country.as_str()),
            _ => None,
        });
        let first = of.next()?;
        of.all(|c| c == first).then_some(first)
    }

    /// True when the mention names a state or body directly (name,
    /// adjective, prefix or seat), not through an institution or office.
    pub fn is_state_word(&self) -> bool {
        self.targets.iter().any(|t| {
            matches!(
                t,
                Target::Country(_)
                    | Target::Adjective(_)
                    | Target::Prefix(_)
                    | Target::Seat(_)
                    | Target::Body(_)
            )
        })
    }

    /// The first target matching `f`.
    pub fn find<T>(&self, f: impl Fn(&Target) -> Option<T>) -> Option<T> {
        self.targets.iter().find_map(f)
    }
}

/// Finds all mentions in a prepared document.
pub fn find(kb: &Kb, doc: &Prepared) -> Vec<Mention> {
    let text = &doc.doc.text;
    let sentences = &doc.sentences;
    let sentence_of = |at: usize| {
        let i = sentences.partition_point(|s| s.end <= at);
        (i < sentences.len() && sentences[i].start <= at).then_some(i)
    };
    let mut out: Vec<Mention> = kb
        .gazetteer()
        .find(text)
        .into_iter()
        // "US$2 million", "A$2.5 million": a currency, not a state
        .filter(|h| !text[h.span.end..].starts_with('$'))
        .map(|h| Mention {
            span: h.span,
            sentence: sentence_of(h.span.start),
            targets: h.targets,
        })
        .collect();
    let unknown = unknown_handles(kb, text, &out);
    if !unknown.is_empty() {
        out.extend(unknown.into_iter().map(|(span, p)| Mention {
            span,
            sentence: sentence_of(span.start),
            targets: vec![Target::Handle(p)],
        }));
        out.sort_by_key(|m| m.span.start);
    }
    out
}

/// Handles the knowledge base does not list, read by the name they hold:
/// "@NZWinstonPeters" is Winston Peters, "@marcorubio_sec" Marco Rubio
/// (a person's whole name, letters only, inside the handle).
fn unknown_handles(kb: &Kb, text: &str, known: &[Mention]) -> Vec<(Span, usize)> {
    let mut out = Vec::new();
    for (at, _) in text.match_indices('@') {
        if text[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric())
        {
            continue;
        }
        let len = text[at + 1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(text.len() - at - 1);
        if len < 4 || known.iter().any(|m| m.span.start == at) {
            continue;
        }
        let handle: String = text[at + 1..at + 1 + len]
            .chars()
            .filter(|c| c.is_ascii_alphabetic())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        // only one person may hold the name
        if let [i] = kb.people_named_in(&handle)[..] {
            out.push((Span::new(at, at + 1 + len), i));
        }
    }
    out
}

/// The two states the document is mostly about: most mentioned (as names,
/// adjectives, prefixes, or through people), ties broken by first mention.
/// Bodies (EU, UN) count too; places do not.
pub fn main_pair(kb: &Kb, mentions: &[Mention], actors: &[Actor]) -> Vec<String> {
    let mut counts: Vec<(String, usize, usize)> = Vec::new();
    let mut add = |c: &str, pos: usize| match counts.iter_mut().find(|x| x.0 == c) {
        Some(x) => x.1 += 1,
        None => counts.push((c.to_string(), 1, pos)),
    };
    // ("Press release from 10 Downing Street", "the Kremlin said": an
    // institution only one state has names that state)
    let institution = |m: &Mention| {
        m.targets
            .iter()
            .any(|t| matches!(t, Target::Institution(_)))
    };
    for m in mentions
        .iter()
        .filter(|m| m.is_state_word() || institution(m))
    {
        if let Some(c) = m.country(kb) {
            add(c, m.span.start);
        }
    }
    for a in actors {
        if let Some(c) = &a.country {
            add(c, a.span.start);
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
    let mut pair: Vec<String> = counts.into_iter().take(2).map(|c| c.0).collect();
    // one state named, the other only through a city ("Faye paid a visit
    // to Nouakchott"): the first place of another state completes the pair
    if pair.len() == 1 {
        let other = mentions.iter().find_map(|m| {
            m.targets.iter().find_map(|t| match *t {
                Target::Place(p) => Some(kb.places[p].country.clone()),
                _ => None,
            })
        });
        if let Some(c) = other.filter(|c| *c != pair[0]) {
            pair.push(c);
        }
    }
    pair
}

/// The items of a digest: a document of at least three short headings,
/// each over the paragraph it introduces ("Caracas pulls diplomats from
/// seven capitals"), each item running to the next heading. Each item gets
/// the pair of states it is mostly about; other documents have none.
pub fn digest_sections(
    kb: &Kb,
    doc: &Prepared,
    mentions: &[Mention],
    actors: &[Actor],
) -> Vec<(Span, Vec<String>)> {
    let text = doc.doc.text.as_str();
    let mut headings = Vec::new();
    let mut at = doc.body_start;
    let mut lines = text[doc.body_start..].split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        let start = at;
        at += line.len();
        let l = line.trim();
        // (most lines are paragraphs: the cheap tests first)
        let heading = l.len() <= 120
            && l.starts_with(char::is_uppercase)
            && !l.ends_with(['.', '?', '!', ':', ';', ',', '"', '”', ')'])
            && lines.peek().is_some_and(|n| !n.trim().is_empty())
            && (2..=12).contains(&l.split_whitespace().count());
        if heading {
            headings.push(start);
        }
    }
    if headings.len() < 3 {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (k, &start) in headings.iter().enumerate() {
        let end = headings.get(k + 1).copied().unwrap_or(text.len());
        let span = Span::new(start, end);
        // (both lists are in text order: each item's share is a slice)
        let ms = &mentions[mentions.partition_point(|m| m.span.start < start)
            ..mentions.partition_point(|m| m.span.start < end)];
        let acts = &actors[actors.partition_point(|a| a.span.start < start)
            ..actors.partition_point(|a| a.span.start < end)];
        out.push((span, main_pair(kb, ms, acts)));
    }
    out
}
