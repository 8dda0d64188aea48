//! Stage 7: statements — words inside quotation marks, with who said them
//! and through which channel.
//!
//! Quotes are found on the whole text (they may span paragraphs) with any
//! of the usual marks (" " “ ” ‘ ’). The speaker is read from the
//! attribution before the quote in its paragraph ("In a post on X, MEA
//! spokesperson Randhir Jaiswal stated,") or after it ('," he added',
//! '," said the minister'); a pronoun takes the previous speaker. When
//! only an institution speaks ("MEA stated", "the ministry said"), the
//! speaker is null and `org` is the institution.

use entente_core::record::{Evidence, StatementRecord};
use entente_core::Span;
use entente_kb::Target;

use crate::Context;

/// A quotation found in the text: the span inside the marks.
#[derive(Debug, Clone, Copy)]
pub struct Quote {
    pub inner: Span,
    pub outer: Span,
}

/// Finds quotations: pairs of straight double quotes, curly double quotes,
/// and curly single quotes that open at a word start.
pub fn quotes(text: &str) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let prev = if k > 0 { Some(chars[k - 1].1) } else { None };
        let next = chars.get(k + 1).map(|x| x.1);
        match open {
            None => {
                let opens = match c {
                    '"' | '“' => true,
                    '‘' => {
                        prev.is_none_or(|p| !p.is_alphanumeric())
                            && next.is_some_and(|n| n.is_alphanumeric())
                    }
                    _ => false,
                };
                if opens {
                    open = Some((i, c));
                }
            }
            Some((start, oc)) => {
                let closes = match (oc, c) {
                    ('"', '"') | ('“', '”') | ('“', '"') => true,
                    ('‘', '’') => next.is_none_or(|n| !n.is_alphanumeric()),
                    _ => false,
                };
                if closes {
                    let inner = Span::new(start + oc.len_utf8(), i);
                    out.push(Quote {
                        inner,
                        outer: Span::new(start, i + c.len_utf8()),
                    });
                    open = None;
                }
            }
        }
    }
    out
}

/// Extracts the statements of a document.
pub fn extract(ctx: &Context) -> Vec<StatementRecord> {
    let text = ctx.text;
    let mut out: Vec<StatementRecord> = Vec::new();
    let mut last: Option<(Option<usize>, Option<String>, Option<String>)> = None; // (actor, org, channel)
    for q in quotes(text) {
        let quote: String = q
            .inner
            .of(text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if quote.split_whitespace().count() < 4 {
            continue; // a name or a term in quotes, not a statement
        }
        // attribution context: the paragraph before the quote, and the clause after it
        let para_start = text[..q.outer.start]
            .rfind("\n\n")
            .map_or(0, |p| p + 2)
            .max(ctx.doc.body_start.min(q.outer.start));
        let before = Span::new(para_start, q.outer.start);
        let after_end = text[q.outer.end..]
            .char_indices()
            .find(|(_, c)| matches!(c, '.' | '\n' | '"' | '“'))
            .map_or(text.len(), |(p, c)| q.outer.end + p + c.len_utf8());
        let after = Span::new(q.outer.end, after_end);
        let before_txt = before.of(text);
        let after_txt = after.of(text);
        // the nearest actor before (outside any quote), else after
        let in_quote = |sp: Span| q.inner.contains(sp);
        let actor_before = ctx
            .actors
            .iter()
            .enumerate()
            .filter(|(_, a)| before.contains(a.span) && !in_quote(a.span))
            .filter(|(_, a)| !is_inside_other_quote(text, before, a.span))
            .map(|(i, _)| i)
            .next_back();
        let actor_after = ctx.actors.iter().position(|a| after.contains(a.span));
        let pronoun_after = starts_with_pronoun(after_txt);
        let said_before = has_speech_verb(before_txt);
        let mut actor = if said_before { actor_before } else { None };
        if actor.is_none() {
            actor = actor_after;
        }
        if actor.is_none() && pronoun_after {
            actor = last.as_ref().and_then(|l| l.0);
        }
        if actor.is_none() && said_before {
            actor = actor_before;
        }
        let org_mention = |sp: Span| {
            ctx.mentions
                .iter()
                .filter(|m| sp.contains(m.span))
                .filter_map(|m| {
                    m.find(|t| match *t {
                        Target::Institution(i) => Some(i),
                        _ => None,
                    })
                })
                .next_back()
        };
        let mut channel = channel_of(before_txt).or_else(|| channel_of(after_txt));
        if channel.is_none() && pronoun_after {
            channel = last.as_ref().and_then(|l| l.2.clone());
        }
        let (speaker, title, mut org, country) = match actor {
            Some(a) => {
                let act = &ctx.actors[a];
                let org = act
                    .office
                    .and_then(|o| ctx.kb.offices[o].institution.as_ref())
                    .and_then(|i| ctx.kb.institution(i))
                    .map(|i| i.name.clone());
                let org = if channel.as_deref() == Some("social-media")
                    && !is_spokesperson(ctx, act.office)
                {
                    None
                } else {
                    org
                };
                (
                    Some(act.name.clone()),
                    act.title.clone(),
                    org,
                    act.country.clone(),
                )
            }
            None => {
                let inst = org_mention(before).or_else(|| org_mention(after));
                match inst {
                    Some(i) => {
                        let inst = &ctx.kb.institutions[i];
                        (
                            None,
                            None,
                            Some(inst.name.clone()),
                            Some(inst.country.clone()),
                        )
                    }
                    None => (None, None, None, None),
                }
            }
        };
        if speaker.is_none() && org.is_none() {
            if let Some(l) = &last {
                if pronoun_after {
                    org = l.1.clone();
                }
            }
        }
        if channel.is_none() && speaker.is_none() && org.is_some() {
            channel = Some("press-release".into());
        }
        last = Some((actor, org.clone(), channel.clone()));
        out.push(StatementRecord {
            speaker,
            title,
            org,
            country,
            channel,
            quote,
            evidence: Some(Evidence {
                start: q.inner.start,
                end: q.inner.end,
            }),
        });
    }
    out
}

fn is_spokesperson(ctx: &Context, office: Option<usize>) -> bool {
    office.is_some_and(|o| ctx.kb.offices[o].kind == "spokesperson")
}

fn is_inside_other_quote(text: &str, within: Span, span: Span) -> bool {
    quotes(within.of(text))
        .iter()
        .any(|q| q.inner.shift(within.start).contains(span))
}

fn starts_with_pronoun(s: &str) -> bool {
    let l = s.trim_start_matches([',', ' ']).to_lowercase();
    [
        "he ",
        "she ",
        "they ",
        "it ",
        "the minister",
        "the official",
        "the spokesperson",
        "the spokesman",
        "the spokeswoman",
    ]
    .iter()
    .any(|p| l.starts_with(p))
}

fn has_speech_verb(s: &str) -> bool {
    let l = s.to_lowercase();
    [
        "said",
        "stated",
        "says",
        "added",
        "posted",
        "wrote",
        "told",
        "noted",
        "remarked",
        "declared",
        "tweeted",
        "according to",
        "observed",
        "emphasised",
        "emphasized",
        "stressed",
        "underlined",
        "highlighted",
        "asserted",
        "commented",
        "announced",
        "statement",
        "post on",
        "saying",
        ":",
    ]
    .iter()
    .any(|w| l.contains(w))
}

/// The channel named in an attribution.
fn channel_of(s: &str) -> Option<String> {
    let l = s.to_lowercase();
    let has = |ws: &[&str]| ws.iter().any(|w| l.contains(w));
    let c = if has(&[
        "post on x",
        "on x",
        "tweet",
        "posted",
        "on twitter",
        "social media",
        "a post",
        "wrote on",
        "on facebook",
        "on instagram",
        "on telegram",
    ]) {
        "social-media"
    } else if has(&[
        "briefing",
        "told reporters",
        "told journalists",
        "told the media",
        "press conference",
        "media briefing",
        "news conference",
        "told a press",
    ]) {
        "briefing"
    } else if has(&[
        "interview",
        "told the newspaper",
        "told a newspaper",
        "in an interview",
    ]) {
        "interview"
    } else if has(&[
        "speech",
        "address",
        "addressing",
        "remarks at",
        "speaking at",
        "lecture",
        "keynote",
    ]) {
        "speech"
    } else if has(&[
        "press note",
        "press release",
        "statement",
        "readout",
        "communiqué",
        "communique",
        "release",
    ]) {
        "press-release"
    } else {
        return None;
    };
    Some(c.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_marks_of_all_kinds() {
        let t = "He said \"one two\" and “three four” and ‘five six’ but not India’s.";
        let q: Vec<&str> = quotes(t).iter().map(|q| q.inner.of(t)).collect();
        assert_eq!(q, vec!["one two", "three four", "five six"]);
    }

    #[test]
    fn channels() {
        assert_eq!(
            channel_of("In a post on X, the minister wrote").as_deref(),
            Some("social-media")
        );
        assert_eq!(
            channel_of("told reporters at a briefing").as_deref(),
            Some("briefing")
        );
        assert_eq!(
            channel_of("In the press note, MEA stated,").as_deref(),
            Some("press-release")
        );
        assert_eq!(channel_of("he said").as_deref(), None);
    }
}
