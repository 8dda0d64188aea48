//! Which documents a signing names: one agreement per named document
//! (rule 8), counted in the sentence or in the list that follows it.

use std::sync::OnceLock;

use entente_core::Span;
use regex::Regex;

use crate::Context;

pub(super) fn documents_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)\b(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:\w+\s+){0,2}?)?(?P<doc>memorand(?:um|a) of understanding|mous?|agreements?|treaty|treaties|protocols?|letters? of intent|arrangements?|road ?maps?|declarations?|action plans?|plans? of action|programmes?|conventions?|charters?|exchanges? of notes)\b").unwrap()
    })
}

/// The documents signed, as (span within `obj`, name); "three MoUs" is
/// three documents.
pub(super) fn documents(obj: &str) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    // a document noun inside the name of an earlier one ("a Joint Declaration
    // on the anniversary of the Élysée Treaty") is no second document: a new
    // one starts after a comma, "and", or the start, with no preposition between
    let matches: Vec<_> = documents_re()
        .captures_iter(obj)
        .enumerate()
        .filter(|(k, c)| {
            if *k == 0 {
                return true;
            }
            let before = &obj[..c.get(0).unwrap().start()];
            let sep = before
                .rfind([',', ';'])
                .map_or(0, |p| p + 1)
                .max(before.rfind(" and ").map_or(0, |p| p + 5));
            let between = format!(" {} ", &before[sep..].to_lowercase());
            // "two memoranda of understanding ..., including an agreement
            // between their coast guards": one of those counted
            let counted_before = documents_re().captures_iter(before).any(|p| {
                p.name("n")
                    .is_some_and(|n| !n.as_str().eq_ignore_ascii_case("one"))
            });
            if counted_before && before.to_lowercase().contains("including ") {
                return false;
            }
            ![
                " on ",
                " of ",
                " for ",
                " between ",
                " under ",
                " to ",
                " with ",
            ]
            .iter()
            .any(|p| between.contains(p))
        })
        .map(|(_, c)| c)
        .collect();
    for (k, c) in matches.iter().enumerate() {
        let m = c.get(0).unwrap();
        let end = matches
            .get(k + 1)
            .map_or(obj.len(), |n| n.get(0).unwrap().start());
        let name_end = obj[m.start()..end]
            .find(['.', ';'])
            .map_or(end, |p| m.start() + p);
        let name = obj[m.start()..name_end]
            .trim()
            .trim_end_matches([',', ' '])
            .to_lowercase();
        let n = c
            .name("n")
            .map_or(1, |n| match n.as_str().to_lowercase().as_str() {
                "two" => 2,
                "three" => 3,
                "four" => 4,
                "five" => 5,
                "six" => 6,
                "seven" => 7,
                "eight" => 8,
                "nine" => 9,
                "ten" => 10,
                d => d.parse().unwrap_or(1).min(12),
            });
        // "three memoranda of understanding: on tourism, on livestock, and
        // on training": each its own item, when the colon's list has them
        let items = (n > 1).then(|| list_items(obj, m.end(), end, n)).flatten();
        for j in 0..n {
            let own = items.as_ref().map_or(Span::new(m.start(), end), |v| v[j]);
            out.push((
                own,
                if n > 1 {
                    format!("{name} #{j}")
                } else {
                    name.clone()
                },
            ));
        }
    }
    out
}

/// Whether sentence `i` is an item of a list of documents introduced by a
/// signing ("signed the following instruments:"): its own "signed by"
/// names the signatories of that item, not another signing.
pub(super) fn in_signed_list(ctx: &Context, i: usize) -> bool {
    let span = ctx.doc.sentences[i];
    (i.saturating_sub(30)..i).rev().any(|j| {
        let intro = ctx.doc.sentences[j].of(ctx.text);
        intro.trim_end().ends_with(':')
            && {
                let lower = intro.to_lowercase();
                ["sign", "exchang", "adopt", "conclu", "ink"]
                    .iter()
                    .any(|w| lower.contains(w))
            }
            && listed_documents(ctx, j).iter().any(|(sp, _)| *sp == span)
    })
}

/// The `n` items of the list after a colon between `from` and `to` in
/// `obj` ("...: on tourism, on livestock, and on training"), or None when
/// it does not hold `n` of them.
fn list_items(obj: &str, from: usize, to: usize, n: usize) -> Option<Vec<Span>> {
    let colon = from + obj[from..to].find(':')?;
    let mut items = Vec::new();
    let mut start = colon + 1;
    let body = &obj[..to];
    // "on X and Y, and on Z": a bare "and" joins items only before a word
    // that opens them all ("on")
    let opener = body[start..]
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_string();
    let mut k = start;
    while k < body.len() {
        let rest = &body[k..];
        let sep = if rest.starts_with(", and ") || rest.starts_with("; and ") {
            6
        } else if rest.starts_with(" and ")
            && items.len() + 2 == n
            && rest[5..].split_whitespace().next() == Some(opener.as_str())
        {
            5
        } else if rest.starts_with(',') || rest.starts_with(';') {
            1
        } else {
            k += rest.chars().next().map_or(1, char::len_utf8);
            continue;
        };
        items.push(Span::new(start, k));
        k += sep;
        start = k;
    }
    items.push(Span::new(start, body.len()));
    (items.len() == n).then_some(items)
}

/// The items of a list right after sentence `i` that name documents, as
/// (document span, name). List items are the following sentences that
/// start with a bullet, a dash or a number, or end with ";".
pub(super) fn listed_documents(ctx: &Context, i: usize) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    // a marker the segmenter cut off as a sentence of its own ("i.") makes
    // the text after it an item, whatever it ends with
    let mut after_marker = false;
    for span in ctx.doc.sentences.iter().skip(i + 1).take(30) {
        let t = span.of(ctx.text);
        let numbered = t.split_whitespace().next().is_some_and(|w| {
            w.trim_end_matches(['.', ')'])
                .chars()
                .all(|c| c.is_ascii_digit() || c.is_ascii_lowercase())
                && w.len() <= 4
                && w.ends_with(['.', ')'])
        });
        // ...when it names a document first ("Memorandum of Understanding
        // on ...", "Cultural Exchange Programme ..."): a numbered paragraph
        // of prose after the list is no item
        let names_a_document = || {
            documents_re()
                .find(t)
                .is_some_and(|m| t[..m.start()].split_whitespace().count() <= 3)
        };
        let item = t.starts_with(['-', '•', '*', '–', '('])
            || t.trim_end().ends_with([';', ','])
            || numbered
            || after_marker && names_a_document();
        if !item {
            break;
        }
        after_marker = numbered && t.split_whitespace().count() == 1;
        let name = t
            .trim_start_matches(['-', '•', '*', '–', ' '])
            .trim_end_matches([';', ',', '.'])
            .trim();
        if documents(name).is_empty() {
            continue;
        }
        out.push((*span, name.to_lowercase()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_with_a_colon_list_gives_each_document_its_item() {
        let obj = " three memoranda of understanding: on tourism cooperation, on livestock development and animal health, and on diplomatic training.";
        let docs = documents(obj);
        assert_eq!(docs.len(), 3);
        let items: Vec<&str> = docs.iter().map(|d| d.0.of(obj).trim()).collect();
        assert!(
            items[0].contains("tourism") && !items[0].contains("livestock"),
            "{items:?}"
        );
        assert!(items[1].contains("livestock"), "{items:?}");
        assert!(items[2].contains("training"), "{items:?}");
    }

    #[test]
    fn a_document_after_including_is_one_of_those_counted() {
        let obj = " two memoranda of understanding on Tuesday, including an agreement between their coast guards on incidents at sea.";
        assert_eq!(documents(obj).len(), 2);
        let obj = " an agreement on trade and a treaty on visas, including a protocol on students.";
        assert_eq!(documents(obj).len(), 3);
    }
}
