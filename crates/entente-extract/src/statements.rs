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
    // every quotation mark is '"' or starts with the byte 0xE2 (U+2018,
    // U+2019, U+201C, U+201D, U+201E): only those bytes are looked at
    let bytes = text.as_bytes();
    for i in memchr::memchr3_iter(b'"', b'\'', 0xE2, bytes) {
        let Some(c) = text[i..].chars().next() else {
            continue;
        };
        if !matches!(c, '"' | '\'' | '“' | '”' | '„' | '‘' | '’') {
            continue;
        }
        let prev = text[..i].chars().next_back();
        let next = text[i + c.len_utf8()..].chars().next();
        match open {
            None => {
                let opens = match c {
                    '"' | '“' | '„' => true,
                    '‘' => {
                        prev.is_none_or(|p| !p.is_alphanumeric())
                            && next.is_some_and(|n| n.is_alphanumeric())
                    }
                    // a straight apostrophe opens only after a space or a
                    // line start and before a letter ('The prime minister)
                    '\'' => {
                        prev.is_none_or(|p| p.is_whitespace() || p == '(')
                            && next.is_some_and(|n| n.is_alphanumeric())
                    }
                    _ => false,
                };
                if opens {
                    open = Some((i, c));
                }
            }
            Some((start, oc)) => {
                // a straight quote opening a new paragraph continues the
                // quotation (the previous paragraph was left open, as
                // typesetters do for quotes of several paragraphs)
                let line_start = || text[..i].trim_end_matches([' ', '\t']).ends_with('\n');
                let closes = match (oc, c) {
                    ('"', '"') if line_start() => false,
                    ('"', '"') | ('“', '”') | ('“', '"') | ('„', '“') | ('„', '”') => {
                        true
                    }
                    ('‘', '’') => next.is_none_or(|n| !n.is_alphanumeric()),
                    // closes after a word or a stop, before a space or a
                    // stop: not "India's", nor the "'s" of "Workers' Party's"
                    ('\'', '\'') => {
                        prev.is_some_and(|p| !p.is_whitespace())
                            && next.is_none_or(|n| !n.is_alphanumeric())
                    }
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
    // (a quotation inside another, or across one, is left out: quotations
    // do not overlap)
    for g in guillemets(text) {
        if !out
            .iter()
            .any(|q| q.outer.start < g.outer.end && g.outer.start < q.outer.end)
        {
            out.push(g);
        }
    }
    out.sort_by_key(|q| q.outer.start);
    out
}

/// French quotations: « ... », the spaces inside the marks left out.
fn guillemets(text: &str) -> Vec<Quote> {
    let mut out = Vec::new();
    // (most texts have none: one fast search says so)
    if memchr::memmem::find(text.as_bytes(), "«".as_bytes()).is_none() {
        return out;
    }
    let mut open: Option<usize> = None;
    for (i, c) in text.match_indices(['«', '»']) {
        match (c, open) {
            ("«", _) => open = Some(i),
            ("»", Some(start)) => {
                let from = start + '«'.len_utf8();
                let inner = &text[from..i];
                let lead = inner.len() - inner.trim_start().len();
                let trail = inner.len() - inner.trim_end().len();
                open = None;
                if inner.trim().is_empty() {
                    continue;
                }
                out.push(Quote {
                    inner: Span::new(from + lead, i - trail),
                    outer: Span::new(start, i + '»'.len_utf8()),
                });
            }
            _ => {}
        }
    }
    out
}

/// "Horizon 2047", "Make in India": every word capitalised, a name.
fn is_title_case(quote: &str) -> bool {
    quote.split_whitespace().count() <= 6
        && quote.split_whitespace().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                || matches!(w, "of" | "in" | "and" | "the" | "for")
        })
}

/// Who a quotation is attributed to.
#[derive(Debug, Clone)]
enum Speaker {
    /// An actor of the document (index into `Context::actors`).
    Actor(usize),
    /// A person named in the attribution but unknown otherwise.
    Name(String),
    /// An institution: name and country.
    Org(String, Option<String>),
}

const SPEECH_VERBS: &[&str] = &[
    "expressed",
    "voiced",
    "saying",
    "adding",
    "stating",
    "writing",
    "noting",
    "warning",
    "calling",
    "describing",
    "terming",
    "stressing",
    "insisting",
    "described",
    "termed",
    "called",
    "replied",
    "responded",
    "said",
    // "was quoted as saying"
    "quoted",
    "says",
    "stated",
    "states",
    "added",
    "adds",
    "wrote",
    "writes",
    "posted",
    "tweeted",
    "noted",
    "told",
    "remarked",
    "declared",
    "observed",
    "emphasised",
    "emphasized",
    "stressed",
    "underlined",
    "highlighted",
    "asserted",
    "commented",
    "announced",
    "affirmed",
    "insisted",
    "explained",
    "recalled",
    "warned",
    "urged",
    "accused",
    "denounced",
    "condemned",
    "tell",
    "say",
    // French, after "a": "a déclaré", "a souligné le ministre", "a écrit :"
    "déclaré",
    "souligné",
    "écrit",
    "indiqué",
    "affirmé",
    "ajouté",
    "estimé",
    "rappelé",
    "précisé",
];

fn is_speech_verb(w: &str) -> bool {
    // (compared without copying: most words are no verb of speech)
    // (a capital makes a name: "the United States", "Foreign Office Says")
    let w = w.trim_matches(|c: char| !c.is_alphabetic());
    !w.starts_with(char::is_uppercase) && SPEECH_VERBS.iter().any(|v| v.eq_ignore_ascii_case(w))
}

/// A verb of speech after a quotation that brings in its speaker
/// ('," said X', '," X told'): a participle ('", calling it ...') does not.
fn is_speech_verb_after(w: &str) -> bool {
    is_speech_verb(w) && !w.trim_end_matches([',', '.', ';']).ends_with("ing")
}

/// Extracts the statements of a document.
pub fn extract(ctx: &Context) -> Vec<StatementRecord> {
    let text = ctx.text;
    let mut out: Vec<StatementRecord> = Vec::new();
    let mut last: Option<(Speaker, Option<String>)> = None;
    let mut k = 0;
    while k < ctx.quotes.len() {
        let q = ctx.quotes[k];
        // '"First part," he said, "and the rest."': one statement
        let second = ctx
            .quotes
            .get(k + 1)
            .copied()
            .filter(|n| is_split(text, q, *n));
        k += if second.is_some() { 2 } else { 1 };
        // the quote marks opening continued paragraphs are not words
        let words_of = |span: Span| -> String {
            span.of(text)
                .replace("\n\"", "\n")
                .replace("\n“", "\n")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        let mut quote = words_of(q.inner);
        if let Some(n) = second {
            quote.push(' ');
            quote.push_str(&words_of(n.inner));
        }
        let (before, after) = attribution_spans(ctx, q);
        let after = match second {
            Some(n) => Span::new(q.outer.end, n.outer.start),
            None => after,
        };
        // a short quotation is a statement only when someone is said to have
        // said it ("described the talks as 'candid and useful'"); otherwise it
        // is a name or a term ("the 'Make in India' initiative")
        let words = quote.split_whitespace().count();
        let attributed = before
            .of(text)
            .split_whitespace()
            .rev()
            .take(12)
            .any(is_speech_verb)
            || after
                .of(text)
                .split_whitespace()
                .take(6)
                .any(is_speech_verb)
            // "According to X, the talks were 'substantive'"
            || before.of(text).to_lowercase().contains("according to ");
        // one word is a statement only when called something by a speaker
        // ("described the talks as 'substantive'")
        let called = before.of(text).trim_end().ends_with(" as");
        if words < 2 && !(attributed && called) || words < 4 && !attributed || is_title_case(&quote)
        {
            continue;
        }
        let before_txt = before.of(text);
        let after_txt = after.of(text);
        // an attribution that names a speech act decides; a quote with none
        // continues the previous speaker's words
        let said_after = after_txt
            .split_whitespace()
            .take(14)
            .any(is_speech_verb_after);
        let said_before = before_txt.split_whitespace().any(is_speech_verb)
            || before_txt.trim_end().ends_with(':')
            || before_txt.to_lowercase().contains("according to ")
            || before_txt.contains(" put it");
        let posted_by = ctx.post_author(q.outer.start);
        let speaker = if said_after {
            speaker_after(ctx, q, after)
        } else {
            None
        }
        .or_else(|| {
            if said_before {
                speaker_before(ctx, q, before)
            } else {
                None
            }
        })
        .or_else(|| {
            // a post under its author's line ("Dr. S. Jaishankar
            // @DrSJaishankar · Sep 22, 2025")
            (!said_after && !said_before)
                .then(|| posted_by.map(Speaker::Actor))
                .flatten()
        })
        .or_else(|| {
            (!said_after && !said_before)
                .then(|| last.as_ref().map(|l| l.0.clone()))
                .flatten()
        })
        .or_else(|| {
            // "X used his address to tell the region ... . '...'": with no
            // speaker yet, the person the sentence before is about
            (!said_after && !said_before && last.is_none())
                .then(|| subject_before(ctx, q.outer.start))
                .flatten()
        })
        // a post under a day's label ("Monday 18 November:") that names no
        // speaker: its author's
        .or_else(|| posted_by.map(Speaker::Actor));
        let mut channel = channel_of(before_txt).or_else(|| channel_of(after_txt));
        if channel.is_none() && posted_by.is_some() {
            channel = Some("social-media".into());
        }
        if channel.is_none() && (starts_with_pronoun(after_txt) || before_txt.trim().is_empty()) {
            channel = last.as_ref().and_then(|l| l.1.clone());
        }
        let (speaker_name, title, org, country) = match &speaker {
            Some(Speaker::Actor(a)) => {
                let act = &ctx.actors[*a];
                let org = act
                    .office
                    .and_then(|o| ctx.kb.offices[o].institution.as_ref())
                    .and_then(|i| ctx.kb.institution(i))
                    .map(|i| i.name.clone());
                // a leader's own post speaks for no institution (rule 13)
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
            Some(Speaker::Name(n)) => (Some(without_titles(n)), None, None, None),
            Some(Speaker::Org(o, c)) => {
                // "the Ministry said": a kind of office alone is the
                // institution of that kind named last
                let bare = !o.contains(' ');
                match last_institution_named(ctx, q.outer.start, o).filter(|_| bare) {
                    Some(Speaker::Org(full, fc)) => {
                        (None, None, Some(without_state(ctx, &full)), fc)
                    }
                    _ => (None, None, Some(without_state(ctx, o)), c.clone()),
                }
            }
            None => (None, None, None, None),
        };
        // "Ministry of Foreign Affairs, National Community Abroad and
        // African Affairs", when the text calls it only "the foreign
        // ministry": the head of the name, as a reader would write it
        let org = org.map(|o| match o.find(", ") {
            Some(c) if !text.contains(o.as_str()) => o[..c].to_string(),
            _ => o,
        });
        if channel.is_none() && speaker_name.is_none() && org.is_some() {
            channel = Some("press-release".into());
        }
        if let Some(sp) = &speaker {
            last = Some((sp.clone(), channel.clone()));
        }
        out.push(StatementRecord {
            speaker: speaker_name,
            title,
            org,
            country,
            channel,
            quote,
            evidence: Some(Evidence {
                start: q.inner.start,
                end: second.map_or(q.inner.end, |n| n.inner.end),
            }),
        });
    }
    out
}

/// Two quotations that are one sentence split by its attribution: the
/// first closes on a comma, the words between name a speech act and end
/// on a comma, all on one line ('"...," Guo said, "and ..."').
fn is_split(text: &str, a: Quote, b: Quote) -> bool {
    let between = &text[a.outer.end..b.outer.start];
    let inner = a.inner.of(text).trim_end();
    between.len() <= 80
        && inner.ends_with(',')
        && between.trim_end().ends_with(',')
        && !between.contains(['\n', '.', '!', '?', ';', ':'])
        && between.split_whitespace().any(is_speech_verb)
}

/// The text around a quotation that may attribute it: before, the clause
/// since the last sentence end in its paragraph (or the previous paragraph
/// when that ends with a colon or a speech verb); after, up to the end of
/// the sentence.
fn attribution_spans(ctx: &Context, q: Quote) -> (Span, Span) {
    let text = ctx.text;
    let para_start = text[..q.outer.start]
        .rfind("\n\n")
        .map_or(0, |p| p + 2)
        .max(ctx.doc.body_start.min(q.outer.start));
    let mut start = text[para_start..q.outer.start]
        .rfind(['.', '?', '!'])
        .map_or(para_start, |p| para_start + p + 1);
    // a sentence ended inside a quotation ('... in Palestine." The ministry
    // said'): its closing mark is no word of the next attribution
    let skip = text[start..q.outer.start]
        .find(|c: char| !c.is_whitespace() && !matches!(c, '"' | '”' | '’' | '\''))
        .unwrap_or(0);
    start += skip;
    // a quote opening its paragraph may be introduced by the paragraph before
    if text[para_start..q.outer.start].trim().is_empty() && para_start > 0 {
        let prev = text[..para_start].trim_end();
        if prev.ends_with(':')
            || prev
                .split_whitespace()
                .next_back()
                .is_some_and(is_speech_verb)
        {
            start = prev.rfind(['.', '\n']).map_or(0, |p| p + 1);
        }
    }
    // after: to the end of the sentence the quote closes in (the segmenter
    // knows "Mr." and "D.K." are no sentence ends), and no further than the
    // next quotation or line
    let sentence_end = ctx
        .sentence_of(q.outer.end.saturating_sub(1))
        .map_or(text.len(), |i| ctx.doc.sentences[i].end)
        .max(q.outer.end);
    let rest = &text[q.outer.end..sentence_end];
    let end = rest
        .char_indices()
        .find(|(_, c)| matches!(c, '\n' | '"' | '“' | '„'))
        .map_or(sentence_end, |(p, _)| q.outer.end + p);
    (Span::new(start, q.outer.start), Span::new(q.outer.end, end))
}

/// '," said X' / '," X said' / '," he added'.
fn speaker_after(ctx: &Context, q: Quote, after: Span) -> Option<Speaker> {
    let t = after.of(ctx.text);
    let lead = t.len() - t.trim_start_matches([',', ' ', ';', '\u{a0}']).len();
    let body = &t[lead..];
    let words: Vec<(usize, &str)> = body
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - body.as_ptr() as usize, w))
        .collect();
    let verb = words
        .iter()
        .take(14)
        .position(|(_, w)| is_speech_verb_after(w))?;
    let base = after.start + lead;
    // "the statement quoted Maris as saying": the one quoted speaks
    if words[verb].1 == "quoted" {
        if let Some(k) = (verb + 1..words.len().min(verb + 8)).find(|&k| {
            words[k].1 == "as" && words.get(k + 1).is_some_and(|w| w.1.starts_with("saying"))
        }) {
            if k > verb + 1 {
                let phrase = Span::new(base + words[verb + 1].0, base + words[k].0);
                if let Some(sp) = resolve_phrase(ctx, q, phrase) {
                    return Some(sp);
                }
            }
        }
    }
    let phrase = if verb == 0 {
        // "said X ...": up to a preposition or punctuation
        let start = words.get(1)?.0;
        let end = words[1..]
            .iter()
            .find(|(_, w)| {
                matches!(
                    *w,
                    "in" | "on"
                        | "at"
                        | "after"
                        | "during"
                        | "while"
                        | "adding"
                        | "to"
                        | "when"
                        | "told"
                )
            })
            .map_or(body.trim_end_matches(['.', ',']).len(), |(p, _)| *p);
        let phrase = Span::new(base + start, base + end.max(start));
        // "said Meera Raghavan, a defence analyst", "said Tomas Berger of
        // the Institute": a name the knowledge base does not know opens the
        // phrase
        let actor_first = ctx
            .actors
            .iter()
            .any(|a| phrase.contains(a.span) && a.span.start == phrase.start);
        if let Some(name) = name_heading(phrase.of(ctx.text)).filter(|_| !actor_first) {
            return Some(Speaker::Name(name));
        }
        phrase
    } else {
        let phrase = Span::new(base, base + words[verb].0);
        // "Jay Tarriela, the coast guard's spokesperson for the West
        // Philippine Sea, wrote": an unknown name heading its apposition
        let actor_first = ctx
            .actors
            .iter()
            .any(|a| phrase.contains(a.span) && a.span.start == phrase.start);
        let apposition = phrase.of(ctx.text).contains(',');
        if let Some(name) = name_heading(phrase.of(ctx.text)).filter(|_| !actor_first && apposition)
        {
            return Some(Speaker::Name(name));
        }
        phrase
    };
    resolve_phrase(ctx, q, phrase)
}

/// Whether the text before `at` brings in a `noun` ("spokesperson")
/// unnamed: "a spokesperson for ...", "an official".
fn introduced_unnamed(text: &str, at: usize, noun: &str) -> bool {
    let back = &text[..at];
    back.match_indices(noun).any(|(k, _)| {
        let before = back[..k].trim_end();
        let last = before.rsplit(char::is_whitespace).next().unwrap_or("");
        last.eq_ignore_ascii_case("a") || last.eq_ignore_ascii_case("an")
    })
}

/// Two to four name words that open `p` and end at a comma, "of", or its
/// end: a personal name ("Meera Raghavan, a defence analyst").
fn name_heading(p: &str) -> Option<String> {
    // ("Gen. Paul LaCamera, Commander of ...": a rank is no part of a name)
    let mut words = Vec::new();
    let mut closed = false;
    let mut all = p.split_whitespace().peekable();
    while all.peek().is_some_and(|w| crate::actors::RANKS.contains(w)) {
        all.next();
    }
    let rest: Vec<&str> = all.collect();
    let p = rest.join(" ");
    for w in p.split_whitespace() {
        let bare = w.trim_end_matches([',', '.', ';']);
        if words.len() >= 2 && matches!(bare, "of" | "from" | "with") {
            closed = true;
            break;
        }
        if !is_name_word(bare) || TITLE_WORDS.contains(&bare) || words.len() == 4 {
            return None;
        }
        words.push(bare);
        if bare.len() != w.len() {
            closed = true;
            break;
        }
    }
    let closed = closed || words.len() == p.split_whitespace().count();
    (closed && words.len() >= 2).then(|| words.join(" "))
}

/// "X said," / "In a post on X, the Embassy said," / "X wrote on X:".
fn speaker_before(ctx: &Context, q: Quote, before: Span) -> Option<Speaker> {
    let t = before.of(ctx.text);
    // "According to the ministry, \"...\"": the phrase after "according to"
    if let Some(p) = t.to_lowercase().rfind("according to ") {
        let from = p + "according to ".len();
        let to = t[from..].find(',').map_or(t.len(), |c| from + c);
        if let Some(sp) = resolve_phrase(ctx, q, Span::new(before.start + from, before.start + to))
        {
            return Some(sp);
        }
    }
    let words: Vec<(usize, &str)> = t
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - t.as_ptr() as usize, w))
        .collect();
    // "As Jaishankar put it this morning, \"...\"": "put it" says too
    let put_it = |k: usize| words[k].1 == "put" && words.get(k + 1).is_some_and(|w| w.1 == "it");
    let verb = (0..words.len())
        .rev()
        .find(|&k| is_speech_verb(words[k].1) || put_it(k))
        .or_else(|| t.trim_end().ends_with(':').then_some(words.len()))?;
    let mut end = words.get(verb).map_or(t.len(), |w| w.0);
    // "X summoned Y, Z, on Monday and told him that ...", "X criticised
    // the visit, saying ...", "X protested what it called ...": the verb
    // shares the sentence's subject, its first words
    let head = t[..end].trim_end();
    let participle = words.get(verb).is_some_and(|w| w.1.ends_with("ing")) && head.ends_with(',');
    let what_it = head.ends_with("what it") || head.ends_with("what they");
    if head.ends_with(" and") || participle || what_it {
        // "On Sunday, Foreign Secretary X summoned Y and expressed": the
        // person who opens the sentence
        if let Some(a) = ctx
            .sentence_of(q.outer.start)
            .and_then(|i| opening_actor(ctx, i))
        {
            if before.contains(ctx.actors[a].span) {
                return Some(Speaker::Actor(a));
            }
        }
        let lead: Vec<&(usize, &str)> = words
            .iter()
            .take_while(|(_, w)| {
                w.starts_with(char::is_uppercase)
                    || w.ends_with("'s")
                    || w.ends_with("’s")
                    || matches!(
                        *w,
                        "foreign"
                            | "defence"
                            | "defense"
                            | "ministry"
                            | "embassy"
                            | "government"
                            | "the"
                            | "of"
                            | "in"
                    )
            })
            .take(6)
            .collect();
        // ("The Russian embassy in Helsinki": no dangling "in" or "the")
        let kept = lead
            .iter()
            .rposition(|(_, w)| !matches!(*w, "the" | "of" | "in"))
            .map_or(0, |k| k + 1);
        if let Some(last) = lead[..kept].last() {
            let to = last.0 + last.1.len();
            if let Some(sp) = resolve_phrase(ctx, q, Span::new(before.start, before.start + to)) {
                return Some(sp);
            }
        }
        // "The military said on Monday that ..., calling the actions '...'":
        // the participle's subject is the one of the verb of speech before
        if participle {
            if let Some(k) = (0..verb).rev().find(|&k| is_speech_verb(words[k].1)) {
                end = words[k].0;
            }
        }
    }
    // the subject: from the last clause break before the verb
    let clause = t[..end].rfind([',', ';', '(']).map_or(0, |p| p + 1);
    let phrase = Span::new(before.start + clause, before.start + end);
    // "X, Minister of ..., opened his account with his counterpart: '...'":
    // a predicate before the colon, whose subject opens the sentence
    let predicate = verb == words.len()
        && phrase
            .of(ctx.text)
            .trim_start()
            .starts_with(|c: char| c.is_lowercase());
    if predicate {
        if let Some(a) = ctx
            .sentence_of(phrase.start)
            .and_then(|i| opening_actor(ctx, i))
            .filter(|&a| ctx.actors[a].span.end <= phrase.start)
        {
            return Some(Speaker::Actor(a));
        }
    }
    // "Brazil's foreign ministry, known as Itamaraty, said": when the last
    // clause names no one, the clauses before it, back to the subject
    let earlier = || {
        let mut to = clause.saturating_sub(1);
        for _ in 0..3 {
            if to == 0 {
                break;
            }
            let from = t[..to].rfind([',', ';', '(']).map_or(0, |p| p + 1);
            // relative clauses and appositions ("who took charge last
            // week", "known as Itamaraty", "the coast guard's spokesperson")
            // are passed over to the subject, which is capitalised
            let opens_lower = t[from..to]
                .trim_start()
                .starts_with(|c: char| c.is_lowercase());
            if !opens_lower {
                let found =
                    resolve_phrase(ctx, q, Span::new(before.start + from, before.start + to));
                if found.is_some() {
                    return found;
                }
            }
            to = from.saturating_sub(1);
        }
        None
    };
    resolve_phrase(ctx, q, phrase).or_else(earlier).or_else(|| {
        // "X, the spokesperson, said": the actor nearest before the verb
        ctx.actors
            .iter()
            .rposition(|a| {
                before.contains(a.span)
                    && a.span.end <= before.start + end
                    && !q.inner.contains(a.span)
            })
            .map(Speaker::Actor)
    })
}

/// Words of titles, not of names ("High Representative Kallas").
const TITLE_WORDS: &[&str] = &[
    "Affairs",
    "External",
    "Interior",
    "Home",
    "Finance",
    "Commerce",
    "Economy",
    "Justice",
    "Relations",
    "Minister's",
    "High",
    "Representative",
    "Minister",
    "Secretary",
    "General",
    "Spokesperson",
    "Spokesman",
    "Spokeswoman",
    "Director",
    "Managing",
    "Chairman",
    "Chairperson",
    "Chair",
    "President",
    "Vice",
    "Ambassador",
    "Foreign",
    "Defence",
    "Defense",
    "Prime",
    "Chancellor",
    "Chief",
    "Adviser",
    "Advisor",
    "Commissioner",
    "Deputy",
    "Union",
    "Senior",
    "Official",
    "Governor",
    "Premier",
    "King",
    "Queen",
    "Crown",
    "Prince",
    "CEO",
    "Executive",
    "Head",
    "Federal",
    "State",
    "Envoy",
    "Special",
    "Press",
    "Counsellor",
    "Counselor",
    "Consul",
    "Admiral",
    "Marshal",
    "Army",
    "Navy",
    "Commander",
    "Colonel",
    "Lieutenant",
    "Brigadier",
    "Captain",
    "Major",
    "Leader",
    "Commodore",
    "Secretary-General",
    "Under-Secretary-General",
    "Deputy Secretary-General",
    "Rear",
    "Air",
    "Sergeant",
    "Lt",
    "Gen",
    "FM",
    "PM",
    "EAM",
    "NSA",
    "DPM",
];

const ORG_WORDS: &[&str] = &[
    "Ministry",
    "Ministry's",
    "Embassy",
    "Office",
    "Department",
    "Government",
    "Commission",
    "Council",
    "Secretariat",
    "Presidency",
    "Army",
    "Navy",
    "Force",
    "Mission",
    "High Commission",
    "Consulate",
    "Chancellery",
    "Kremlin",
    "Élysée",
    "Elysee",
    "Palace",
    "House",
    "Agency",
    "Headquarters",
    "Guard",
    "Forces",
    "Staff",
    "Command",
    "Police",
    "Service",
    "Bureau",
    "Authority",
    "Directorate",
    "Parliament",
    "Assembly",
    "Committee",
];

/// Who a short attribution phrase names.
fn resolve_phrase(ctx: &Context, q: Quote, phrase: Span) -> Option<Speaker> {
    let text = ctx.text;
    // "Macron, who hosted a dinner for Jaishankar,": the relative clause
    // names others; the speaker comes before it
    let phrase = match ctx.text[phrase.start..phrase.end]
        .find([',', '('])
        .filter(|&c| {
            let rest = ctx.text[phrase.start + c + 1..phrase.end].trim_start();
            ["who ", "whose ", "which ", "whom "]
                .iter()
                .any(|w| rest.starts_with(w))
        }) {
        Some(c) => Span::new(phrase.start, phrase.start + c),
        None => phrase,
    };
    let p = phrase.of(text).trim();
    if p.is_empty() {
        return None;
    }
    // an actor written in the phrase ("the spokesperson" whom the text
    // brought in as "a spokesperson for ..." stays unnamed)
    let anonymous = |a: &crate::actors::Actor| {
        let said = a.span.of(text).to_lowercase();
        ["spokesperson", "spokesman", "spokeswoman"].contains(&said.as_str())
            && introduced_unnamed(text, q.outer.start, &said)
    };
    if let Some(a) = ctx
        .actors
        .iter()
        .rposition(|a| phrase.contains(a.span) && !anonymous(a))
    {
        return Some(Speaker::Actor(a));
    }
    let lower = p.to_lowercase();
    let first = lower.split_whitespace().next().unwrap_or("");
    // ("Later on Thursday he posted": a pronoun after an opening phrase that
    // names no one is the subject all the same)
    let last = lower.split_whitespace().next_back().unwrap_or("");
    let after_opening = matches!(last, "he" | "she")
        && lower.split_whitespace().count() <= 5
        && !p
            .split_whitespace()
            .skip(1)
            .any(|w| w.starts_with(char::is_uppercase) && !crate::dates::is_day_word(w));
    let first = if after_opening { last } else { first };
    // ("He did not give a timetable, saying only that ...": however long
    // the clause the pronoun opens)
    if matches!(first, "he" | "she")
        || matches!(first, "they" | "i" | "we") && lower.split_whitespace().count() <= 4
    {
        // the person who opens the sentence before ("Tsahkna said Russia
        // was testing the Alliance. '...,' he said"), else the one named last
        // (the sentence before the pronoun's: "Later on Thursday he posted a
        // photograph with X: '...'" is not about X)
        let from = q.outer.start.min(phrase.start);
        let subject = subject_before(ctx, from).map(|sp| match sp {
            Speaker::Name(n) => ctx
                .actors
                .iter()
                .rposition(|a| a.span.start < q.outer.start && crate::fold_eq(&a.name, &n))
                .map_or(Speaker::Name(n), Speaker::Actor),
            other => other,
        });
        return subject
            .or_else(|| nearest_actor_before(ctx, q.outer.start, |_| true).map(Speaker::Actor));
    }
    // "it said": the institution last named
    if first == "it" && lower.split_whitespace().count() <= 2 {
        return subject_org_before(ctx, q.outer.start).or_else(|| org_before(ctx, q.outer.start));
    }
    // "the spokesperson of the French foreign ministry, Christophe Lemoine":
    // a name closing the phrase is the speaker
    if p.trim_end_matches([',', ' '])
        .ends_with(|c: char| c.is_alphabetic())
        && p.contains(',')
    {
        let tail = p
            .trim_end_matches([',', ' '])
            .rsplit(',')
            .next()
            .unwrap_or("")
            .trim();
        if let Some(name) = name_in(tail).filter(|n| {
            n.split_whitespace().count() >= 2
                && !n.split_whitespace().any(|w| ORG_WORDS.contains(&w))
        }) {
            return Some(Speaker::Name(spaced_initials(&name)));
        }
    }
    // "the minister", "the spokesperson": the last actor with such a title
    if first == "the" || first == "a" || first == "an" {
        let noun = lower.split_whitespace().last().unwrap_or("");
        if [
            "ministry",
            "office",
            "department",
            "embassy",
            "government",
            "chancellery",
            "presidency",
            // "the statement said", "the readout said": its issuer speaks
            "statement",
            "readout",
            "communiqué",
            "communique",
            "release",
        ]
        .contains(&noun)
        {
            if let Some(org) = institution_phrase(ctx, phrase) {
                return Some(org);
            }
            // "the ministry said": the ministry named last, nearby
            let generic = [
                "statement",
                "readout",
                "communiqué",
                "communique",
                "release",
            ];
            let near = if generic.contains(&noun) {
                nearest_org(ctx, q.outer.start, |_| true)
            } else {
                nearest_org(ctx, q.outer.start, |n| n.to_lowercase().contains(noun))
            };
            return near
                .or_else(|| last_institution(ctx, q.outer.start))
                .or_else(|| home_ministry(ctx));
        }
        // "the coast guard said", "the council said": the organisation of
        // that name mentioned last
        if ORG_WORDS.iter().any(|o| o.eq_ignore_ascii_case(noun)) {
            // "the Elysee said": an institution the KB knows, in the phrase
            if let Some(org) = kb_institution_in(ctx, phrase, None) {
                return Some(org);
            }
            let words: Vec<&str> = lower.split_whitespace().skip(1).collect();
            let named = words.join(" ");
            if let Some(org) =
                nearest_org(ctx, q.outer.start, |n| n.to_lowercase().contains(&named))
            {
                return Some(org);
            }
        }
        // "the Ministry of Defence said": an institution named in the
        // phrase speaks, not the defence minister
        if let Some(org) = institution_phrase(ctx, phrase) {
            return Some(org);
        }
        // "an Army spokesperson said", "a ministry official said": someone
        // unnamed speaks for the organisation named before
        let unnamed = [
            "spokesperson",
            "spokesman",
            "spokeswoman",
            "official",
            "officer",
            "source",
        ];
        let org_word = lower
            .split_whitespace()
            .skip(1)
            .find(|w| ORG_WORDS.iter().any(|o| o.eq_ignore_ascii_case(w)));
        // ("an Indian Army officer said": the organisation the phrase
        // itself names first)
        let by_org = || {
            let w = org_word?;
            let keep = |n: &str| n.to_lowercase().contains(w);
            orgs_in(ctx, phrase)
                .into_iter()
                .find(|(_, sp)| matches!(sp, Speaker::Org(n, _) if keep(n)))
                .map(|(_, sp)| sp)
                .or_else(|| nearest_org(ctx, q.outer.start, keep))
        };
        if unnamed.contains(&noun) && first != "the" {
            if let Some(org) = by_org() {
                return Some(org);
            }
        }
        // "the French minister": of that state ("the spokesperson" that the
        // text introduced as "a spokesperson for ..." stays unnamed)
        let state = state_in(ctx, phrase);
        let brought_in_unnamed =
            unnamed.contains(&noun) && introduced_unnamed(ctx.text, q.outer.start, noun);
        if let Some(a) = principal_with_title(ctx, q.outer.start, noun, state.as_deref())
            .filter(|_| !brought_in_unnamed)
        {
            return Some(Speaker::Actor(a));
        }
        if unnamed.contains(&noun) {
            if let Some(org) = by_org() {
                return Some(org);
            }
            // "A spokesperson for the French foreign ministry said ... '...,'
            // the spokesperson told reporters": the organisation named for
            // that unnamed speaker just before
            if first == "the" {
                if let Some(org) = nearest_org(ctx, q.outer.start, |_| true) {
                    return Some(org);
                }
            }
        }
    }
    // "Pentagon chief spokesman Sean Parnell": a name after a title word
    // speaks, not the institution before it
    if let Some(name) = name_in(p).filter(|n| n.split_whitespace().count() >= 2) {
        let before_name = p[..p
            .rfind(name.split_whitespace().next().unwrap_or(""))
            .unwrap_or(0)]
            .split_whitespace()
            .next_back()
            .unwrap_or("")
            .to_lowercase();
        let titled = before_name == "official"
            || TITLE_WORDS
                .iter()
                .any(|t| t.eq_ignore_ascii_case(&before_name));
        if titled {
            return Some(Speaker::Name(spaced_initials(&name)));
        }
    }
    if let Some(org) = institution_phrase(ctx, phrase) {
        return Some(org);
    }
    if let Some(org) = state_speaks(ctx, phrase) {
        return Some(org);
    }
    // "the JCS said", after "South Korea's Joint Chiefs of Staff (JCS)": the
    // name the text spelled out for its acronym
    if let Some(full) = acronym_expansion(ctx, p, q.outer.start) {
        let org = institution_phrase(ctx, full)
            .unwrap_or_else(|| Speaker::Org(full.of(text).to_string(), None));
        return Some(match org {
            Speaker::Org(n, None) => Speaker::Org(n, state_before(ctx, full)),
            other => other,
        });
    }
    // a name: a surname of someone named before, or a new person
    let name = name_in(p)?;
    let surname = name.split_whitespace().last()?.to_string();
    if let Some(a) = nearest_actor_before(ctx, q.outer.start, |a| {
        a.name
            .split_whitespace()
            .last()
            .is_some_and(|s| crate::fold_eq(s, &surname))
    }) {
        return Some(Speaker::Actor(a));
    }
    if name.split_whitespace().count() >= 2 {
        return Some(Speaker::Name(spaced_initials(&name)));
    }
    full_name_before(ctx.text, q.outer.start, &surname).map(|n| Speaker::Name(spaced_initials(&n)))
}

/// "D.K. Sunil" -> "D. K. Sunil": initials written apart, as names are
/// written in the knowledge base and in records.
fn spaced_initials(name: &str) -> String {
    name.split_whitespace()
        .map(|w| {
            let parts: Vec<&str> = w.split_inclusive('.').collect();
            if parts.len() > 1 && parts.iter().all(|p| p.len() == 2 && p.ends_with('.')) {
                parts.join(" ")
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The fullest earlier spelling of a one-word name: "Lin" after "Lin
/// Jian", "Kallas" after "Kaja Kallas". Capitalised neighbours that are
/// title words do not count.
fn full_name_before(text: &str, before: usize, word: &str) -> Option<String> {
    let hay = &text[..before];
    let mut best: Option<String> = None;
    let is_name = |w: &str| {
        // a full stop only after an initial ("D."): else a sentence ends
        let initial =
            w.len() <= 6 && w.ends_with('.') && w.chars().all(|c| c.is_uppercase() || c == '.');
        is_name_word(w)
            && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
            && (!w.contains('.') || initial)
            && w.chars().count() > 1
    };
    for (p, _) in hay.match_indices(word) {
        let end = p + word.len();
        let boundary = hay[..p]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
            && hay[end..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
        if !boundary {
            continue;
        }
        let before_words: Vec<&str> = hay[..p]
            .split_whitespace()
            .rev()
            .take(2)
            .take_while(|w| is_name(w))
            .collect();
        // up to two more words ("Kim" -> "Kim Yo Jong"), none past a comma
        let mut after_words: Vec<&str> = Vec::new();
        if !hay[end..].starts_with([',', '.', ';', ':']) {
            for w in hay[end..].split_whitespace().take(2) {
                let bare = w.trim_end_matches([',', '.', ';', ':']);
                if !is_name(bare) {
                    break;
                }
                after_words.push(bare);
                if bare.len() != w.len() {
                    break;
                }
            }
        }
        let mut parts: Vec<&str> = before_words.into_iter().rev().collect();
        parts.push(word);
        parts.extend(after_words);
        if parts.len() >= 2
            && best
                .as_ref()
                .is_none_or(|b| b.split_whitespace().count() < parts.len())
        {
            best = Some(parts.join(" "));
        }
    }
    best
}

/// The foreign ministry of the state the report was filed in.
fn home_ministry(ctx: &Context) -> Option<Speaker> {
    let c = ctx.doc.dateline.as_ref()?.country.as_ref()?;
    institution_of_kind(ctx, c, "foreign-ministry")
}

/// A state's own institution of a kind ("foreign-ministry"), as a speaker.
fn institution_of_kind(ctx: &Context, country: &str, kind: &str) -> Option<Speaker> {
    let x = ctx
        .kb
        .institutions
        .iter()
        .find(|i| i.country == country && i.kind == kind)?;
    Some(Speaker::Org(x.name.clone(), Some(x.country.clone())))
}

/// A phrase without its leading article ("the Philippines", "The JCS").
fn without_the(p: &str) -> &str {
    p.strip_prefix("the ")
        .or_else(|| p.strip_prefix("The "))
        .unwrap_or(p)
}

/// "Verma struck a conciliatory tone. '...,' he told reporters": the name
/// that opens the sentence before the quote, in its fullest spelling.
fn subject_before(ctx: &Context, at: usize) -> Option<Speaker> {
    let mut i = ctx.sentence_before(at)?;
    if ctx.doc.sentences[i].start >= at {
        i = i.checked_sub(1)?;
    }
    // "He was guarded.": a pronoun's sentence hands over to the one before
    for _ in 0..3 {
        // a sentence inside an earlier quotation is its speaker's: the one
        // named after it ('," Brawner said.'), else the subject of the
        // sentence it opened in ("Kallas said: \"...")
        let start = ctx.doc.sentences[i].start;
        if let Some(qt) = ctx
            .quotes
            .iter()
            .find(|qt| qt.outer.start <= start && start < qt.outer.end)
        {
            let close = ctx
                .sentence_of(qt.outer.end.saturating_sub(1))
                .map_or(qt.outer.end, |k| ctx.doc.sentences[k].end);
            // (each step goes back to an earlier quotation: no cycle)
            if let Some(sp) = speaker_after(ctx, *qt, Span::new(qt.outer.end, close)) {
                return Some(sp);
            }
            i = ctx.sentence_before(qt.outer.start + 1)?;
            if ctx.doc.sentences[i].start >= qt.outer.start {
                i = i.checked_sub(1)?;
            }
            continue;
        }
        let words: Vec<&str> = ctx.doc.sentences[i]
            .of(ctx.text)
            .split_whitespace()
            .collect();
        let bare = |w: &&str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
        if words
            .first()
            .is_some_and(|w| matches!(bare(w).as_str(), "He" | "She" | "They"))
        {
            i = i.checked_sub(1)?;
            continue;
        }
        // "President Andrés Manuel López Obrador announced", "Within hours,
        // Philippine President X said": the person who opens the sentence,
        // after an opening phrase and titles, when the text names them
        if let Some(a) = opening_actor(ctx, i) {
            return Some(Speaker::Actor(a));
        }
        // the sentence's first word, or the first capitalised word after an
        // opening phrase ("Leaving the ministry, Verma struck a tone"; "At
        // his news conference, foreign ministry spokesman Esmaeil Baghaei")
        let after_intro = words
            .iter()
            .take(10)
            .position(|w| w.ends_with(','))
            .and_then(|k| {
                words[k + 1..]
                    .iter()
                    .take(5)
                    .find(|w| w.chars().next().is_some_and(char::is_uppercase))
            });
        // "Commodore Jay Tarriela, the coast guard's spokesperson, posted":
        // the first word after the titles that open the sentence
        let after_titles = words
            .iter()
            .take(4)
            .find(|w| !TITLE_WORDS.contains(&bare(w).as_str()))
            .filter(|_| {
                words
                    .first()
                    .is_some_and(|w| TITLE_WORDS.contains(&bare(w).as_str()))
            });
        let word = words
            .first()
            .into_iter()
            .chain(after_titles)
            .chain(after_intro)
            .map(bare)
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && is_name_word(w))
            .find_map(|w| {
                // a surname of someone the knowledge base knows
                let actor = ctx.actors.iter().rposition(|a| {
                    a.span.start < at
                        && a.name
                            .split_whitespace()
                            .last()
                            .is_some_and(|s| crate::fold_eq(s, &w))
                });
                match actor {
                    Some(a) => Some(Speaker::Actor(a)),
                    None => full_name_before(ctx.text, at, &w)
                        .map(|n| {
                            match ctx
                                .actors
                                .iter()
                                .rposition(|a| a.span.start < at && crate::fold_eq(&a.name, &n))
                            {
                                Some(a) => Speaker::Actor(a),
                                None => Speaker::Name(spaced_initials(&n)),
                            }
                        })
                        // never named in full: the name as the text gives it,
                        // rather than someone else named nearby
                        .or_else(|| bare_surname(ctx, &w).then(|| Speaker::Name(w.clone()))),
                }
            });
        return word;
    }
    None
}

/// The actor a sentence opens with: nothing before the name (or its title)
/// but capitalised words ("Philippine President") after an opening phrase
/// that ends on a comma ("Within hours, ").
fn opening_actor(ctx: &Context, i: usize) -> Option<usize> {
    let sentence = ctx.doc.sentences[i];
    let text = sentence.of(ctx.text);
    let a = ctx.actor_range(sentence).next()?;
    let act = &ctx.actors[a];
    let start = act
        .title_span
        .map_or(act.span.start, |t| t.start.min(act.span.start));
    let lead = ctx.text.get(sentence.start..start)?;
    let lead = match lead.find(',') {
        Some(c) if text[..c].split_whitespace().count() <= 6 => &lead[c + 1..],
        _ => lead,
    };
    let words: Vec<&str> = lead.split_whitespace().collect();
    (words.len() <= 3 && words.iter().all(|w| w.starts_with(char::is_uppercase))).then_some(a)
}

/// A word that opens a sentence as a surname would and is nothing else:
/// no state, office or institution word the knowledge base knows ("Greek",
/// "U.S"), no pronoun or determiner, no participle ("Leaving").
fn bare_surname(ctx: &Context, w: &str) -> bool {
    // (the words `is_name_word` already turns away are not repeated here)
    const NOT: &[&str] = &[
        "You",
        "My",
        "Both",
        "All",
        "Some",
        "Officials",
        "Diplomats",
        "Sources",
        "Analysts",
    ];
    !w.ends_with("ing")
        && !w.ends_with("ed")
        && !w.contains('.')
        && w.chars().any(char::is_lowercase)
        && !NOT.contains(&w)
        && !ctx.mentions.iter().any(|m| {
            m.span
                .of(ctx.text)
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .any(|x| crate::fold_eq(x, w))
        })
}

/// An institution's name without the state that follows it ("Ministry of
/// Foreign Affairs of the Republic of Moldova"): the state is the record's
/// `country`.
fn without_state(ctx: &Context, org: &str) -> String {
    let names_state = |tail: &str| {
        let tail = tail.strip_prefix("the ").unwrap_or(tail);
        ctx.kb.countries.iter().any(|c| {
            std::iter::once(&c.name)
                .chain(c.official.iter())
                .chain(&c.aliases)
                .any(|n| crate::fold_eq(n.strip_prefix("the ").unwrap_or(n), tail))
        })
    };
    // the first " of " after which a state is named; "Embassy of India",
    // "Ministry of Japan" keep theirs (the head alone would name nothing)
    org.match_indices(" of ")
        .map(|(k, _)| (&org[..k], &org[k + 4..]))
        .find(|(head, tail)| head.split_whitespace().count() >= 3 && names_state(tail))
        .map_or_else(|| org.to_string(), |(head, _)| head.to_string())
}

/// A name without the titles and ranks written before it ("Senior Colonel
/// Tian Junli" is Tian Junli).
fn without_titles(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    // a name of title words only stays as it is
    match words.iter().position(|w| !TITLE_WORDS.contains(w)) {
        Some(first) => words[first..].join(" "),
        None => name.to_string(),
    }
}

/// A word that may be part of a personal name: capitalised, not a title,
/// an organisation, a day or a month.
fn is_name_word(w: &str) -> bool {
    const NOT: &[&str] = &[
        "The",
        "On",
        "In",
        "At",
        "After",
        "During",
        "Speaking",
        "Asked",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "As",
        "But",
        "And",
        "When",
        "While",
        "If",
        "Although",
        "Though",
        "Since",
        "Because",
        "This",
        "That",
        "These",
        "Those",
        "Its",
        "His",
        "Her",
        "Their",
        "Our",
        "Yet",
        "So",
        "Still",
        "Earlier",
        "Later",
        "Meanwhile",
        "However",
        "For",
        "With",
        "From",
    ];
    w.chars().next().is_some_and(char::is_uppercase)
        // "Latvia's Braže", "Mexico's economy minister": whose, not who
        && !w.contains(['\'', '’'])
        && !TITLE_WORDS.contains(&w)
        && !ORG_WORDS.contains(&w)
        && !NOT.contains(&w)
        && !entente_ingest::datetext::is_calendar_word(w)
}

/// The institution named last before `at`, in its sentence or the two
/// before: a KB institution, a state's ministry by kind ("Turkey's foreign
/// ministry") or a capitalised organisation name ("Manila's Department of
/// Foreign Affairs hit back"); else the last KB institution of the text.
fn org_before(ctx: &Context, at: usize) -> Option<Speaker> {
    nearest_org(ctx, at, |_| true).or_else(|| last_institution(ctx, at))
}

/// The sentence holding `at` (cut there) and the two before it, nearest
/// first: where an organisation a quotation points back to is named.
fn sentences_back<'c>(ctx: &'c Context, at: usize) -> impl Iterator<Item = Span> + 'c {
    let i = ctx.sentence_before(at);
    let from = i.map_or(1, |i| i.saturating_sub(2));
    let to = i.map_or(0, |i| i + 1);
    (from..to)
        .rev()
        .map(move |k| {
            let span = ctx.doc.sentences[k];
            Span::new(span.start, span.end.min(at))
        })
        .filter(|s| !s.is_empty())
}

/// "The Chinese Embassy lodged a protest with Japan's Foreign Ministry.
/// '...,' it said": the organisation that opens the nearest sentence
/// before `at` naming one (a pronoun's antecedent is most often the subject).
fn subject_org_before(ctx: &Context, at: usize) -> Option<Speaker> {
    for span in sentences_back(ctx, at) {
        let orgs = orgs_in(ctx, span);
        if let Some((p, org)) = orgs.into_iter().min_by_key(|(p, _)| *p) {
            // the subject: nothing but a few words before it
            if ctx.text[span.start..p].split_whitespace().count() <= 3 {
                return Some(org);
            }
            return None;
        }
    }
    None
}

/// The organisation named nearest before `at` (same sentence first, then up
/// to two sentences back) whose name passes `keep`.
fn nearest_org(ctx: &Context, at: usize, keep: impl Fn(&str) -> bool) -> Option<Speaker> {
    // (an organisation quoted is no speaker: "an 'Asian version of NATO'")
    let quoted = |p: usize| {
        ctx.quotes
            .iter()
            .any(|q| q.inner.start <= p && p < q.inner.end)
    };
    for span in sentences_back(ctx, at) {
        let found = orgs_in(ctx, span)
            .into_iter()
            .filter(|(p, _)| !quoted(*p))
            .filter(|(_, sp)| matches!(sp, Speaker::Org(n, _) if keep(n)))
            .max_by_key(|(p, _)| *p);
        if let Some((_, org)) = found {
            return Some(org);
        }
    }
    None
}

/// Every organisation named in a span, with the byte where it is named.
fn orgs_in(ctx: &Context, span: Span) -> Vec<(usize, Speaker)> {
    let mut out = Vec::new();
    let ms = ctx.mentions_in(span);
    for m in ms {
        if let Some(i) = pick_institution(ctx, m, None) {
            let x = &ctx.kb.institutions[i];
            out.push((
                m.span.start,
                Speaker::Org(x.name.clone(), Some(x.country.clone())),
            ));
        }
    }
    // "Turkey's foreign ministry", "the French defence ministry": the
    // ministry of that kind of the state named just before
    let lower = span.of(ctx.text).to_lowercase();
    for (phrase, kind) in MINISTRY_KINDS {
        for (p, _) in lower.match_indices(phrase) {
            let at = span.start + p;
            let state = ms
                .iter()
                .filter(|m| m.is_state_word() && m.span.end <= at && at - m.span.end <= 4)
                .find_map(|m| m.country(ctx.kb));
            if let Some(org) = state.and_then(|c| institution_of_kind(ctx, c, kind)) {
                out.push((at, org));
            }
        }
    }
    out.extend(domain_ministries(ctx, span));
    for (p, name) in org_names_in(ctx, span) {
        // a name that is a KB institution's is already in
        if !out.iter().any(|(q, _)| *q >= p && *q < p + name.len()) {
            let country = state_in(ctx, Span::new(p, p + name.len()));
            let name = ministry_form(without_leading_state(ctx, p, &name));
            out.push((p, Speaker::Org(name, country)));
        }
    }
    out
}

/// A ministry's name without the state words opening it ("Spanish
/// Interior Ministry" -> "Interior Ministry"); `at` is where it starts in
/// the text.
fn without_leading_state<'a>(ctx: &Context, at: usize, name: &'a str) -> &'a str {
    // (only a ministry named by its portfolio: "Japan Coast Guard" is a
    // name as it stands)
    if !name.ends_with(" Ministry") {
        return name;
    }
    let mut cut = 0;
    for m in ctx.mentions_in(Span::new(at, at + name.len())) {
        if m.span.start != at + cut || !m.is_state_word() {
            break;
        }
        cut = m.span.end - at;
        let rest = &name[cut..];
        cut += rest.len() - rest.trim_start_matches(['\'', '’', 's', ' ']).len();
    }
    let rest = &name[cut..];
    if rest.split_whitespace().count() >= 2 {
        rest
    } else {
        name
    }
}

/// A ministry as ministries name themselves: "Interior Ministry" is the
/// "Ministry of the Interior", "Foreign Ministry" the "Ministry of Foreign
/// Affairs"; other names are kept.
fn ministry_form(name: &str) -> String {
    let Some(domain) = name.strip_suffix(" Ministry") else {
        return name.to_string();
    };
    let words: Vec<&str> = domain.split_whitespace().collect();
    if words.is_empty()
        || words.len() > 3
        || !words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || *w == "and")
    {
        return name.to_string();
    }
    let portfolio = match domain {
        "Foreign" | "Foreign Affairs" => "Foreign Affairs".to_string(),
        "Interior" => "the Interior".to_string(),
        "Home" => "Home Affairs".to_string(),
        _ => domain.to_string(),
    };
    format!("Ministry of {portfolio}")
}

/// "China's commerce ministry", "the French interior ministry": a
/// ministry the knowledge base does not list, named as its own ministries
/// name themselves ("Ministry of Commerce"), of the state named before it.
fn domain_ministries(ctx: &Context, span: Span) -> Vec<(usize, Speaker)> {
    let t = span.of(ctx.text);
    let ms = ctx.mentions_in(span);
    let mut out = Vec::new();
    for (p, _) in t.match_indices(" ministry") {
        let Some(domain) = t[..p].split_whitespace().next_back() else {
            continue;
        };
        let at = span.start + p - domain.len();
        let known = MINISTRY_KINDS
            .iter()
            .any(|(w, _)| w.ends_with(" ministry") && w.starts_with(domain));
        if known || !domain.chars().all(|c| c.is_ascii_lowercase()) || domain.len() < 4 {
            continue;
        }
        let state = ms
            .iter()
            .filter(|m| m.is_state_word() && m.span.end <= at && at - m.span.end <= 4)
            .find_map(|m| m.country(ctx.kb));
        if let Some(c) = state {
            // (named as a portfolio-first name is: "interior ministry" is
            // the "Ministry of the Interior")
            let titled = format!(
                "{}{} Ministry",
                domain[..1].to_ascii_uppercase(),
                &domain[1..]
            );
            out.push((
                at,
                Speaker::Org(ministry_form(&titled), Some(c.to_string())),
            ));
        }
    }
    out
}

/// Generic names of a state's ministries, and the institution kind each is.
const MINISTRY_KINDS: &[(&str, &str)] = &[
    ("foreign ministry", "foreign-ministry"),
    ("foreign office", "foreign-ministry"),
    ("ministry of foreign affairs", "foreign-ministry"),
    ("external affairs ministry", "foreign-ministry"),
    ("foreign affairs ministry", "foreign-ministry"),
    ("defence ministry", "defence-ministry"),
    ("defense ministry", "defence-ministry"),
    ("ministry of defence", "defence-ministry"),
    ("ministry of defense", "defence-ministry"),
];

/// The capitalised organisation names in a span, with their byte
/// offsets ("Manila's Department of Foreign Affairs hit back", "troops of
/// the Indian Army").
fn org_names_in(ctx: &Context, span: Span) -> Vec<(usize, String)> {
    let t = span.of(ctx.text);
    let words: Vec<(usize, &str)> = t
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - t.as_ptr() as usize, w))
        .collect();
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let joins = |w: &str| matches!(w, "of" | "for" | "and" | "in");
    let mut out = Vec::new();
    let mut k = 0;
    while k < words.len() {
        // "the Russian embassy in Helsinki": missions in lower case too
        let w = bare(words[k].1);
        let lower_mission = matches!(w.as_str(), "embassy" | "consulate")
            && k > 0
            && words[k - 1]
                .1
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
        if !ORG_WORDS.contains(&w.as_str()) && !lower_mission {
            k += 1;
            continue;
        }
        let mut a = k;
        while a > 0
            && words[a - 1]
                .1
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            && !words[a - 1].1.ends_with(['\'', '’', 's', ',', '.'])
            && !matches!(words[a - 1].1, "The" | "A" | "An")
        {
            a -= 1;
        }
        let mut b = k + 1;
        // a name stops at its own punctuation ("the Indian Army, mostly")
        while b < words.len()
            && !words[b - 1].1.ends_with([',', '.', ';', ':'])
            && !words[b - 1].1.ends_with(['\'', '’'])
            && !words[b - 1].1.ends_with("'s")
            && !words[b - 1].1.ends_with("’s")
            && (words[b].1.chars().next().is_some_and(char::is_uppercase) || joins(words[b].1))
        {
            b += 1;
        }
        while b > k + 1 && joins(words[b - 1].1) {
            b -= 1;
        }
        let name = words[a..b]
            .iter()
            .map(|w| w.1)
            .collect::<Vec<_>>()
            .join(" ");
        let name = name.trim_end_matches(|c: char| !c.is_alphanumeric());
        let name = name
            .strip_suffix("'s")
            .or_else(|| name.strip_suffix("’s"))
            .unwrap_or(name);
        if name.split_whitespace().count() >= 2 {
            let at = span.start + words[a].0;
            let name =
                mission_name(ctx, Span::new(at, at + name.len())).unwrap_or(name.to_string());
            out.push((at, name));
        }
        k = b.max(k + 1);
    }
    out
}

/// A diplomatic mission by its official form, "Embassy of China in Japan",
/// however the text writes it ("the Chinese Embassy in Tokyo", "India's
/// High Commission in Colombo"): the sending state from a state word, the
/// receiving one from the place after "in".
fn mission_name(ctx: &Context, name: Span) -> Option<String> {
    let t = name.of(ctx.text);
    let lower = t.to_lowercase();
    let kind = [
        "High Commission",
        "Consulate General",
        "Embassy",
        "Consulate",
    ]
    .into_iter()
    .find(|k| lower.contains(&k.to_lowercase()))?;
    let (head, place) = t.rsplit_once(" in ")?;
    let sender = state_in(ctx, Span::new(name.start, name.start + head.len()))?;
    let host = ctx
        .kb
        .place(place)
        .map(|p| p.country.clone())
        .or_else(|| state_in(ctx, Span::new(name.start + head.len(), name.end)))?;
    let name_of = |code: &str| ctx.kb.country(code).map(|c| c.name.clone());
    Some(format!(
        "{kind} of {} in {}",
        name_of(&sender)?,
        name_of(&host)?
    ))
}

/// The trailing capitalised words of a phrase, as a personal name
/// ("HAL Chairman D.K. Sunil" -> "D.K. Sunil").
fn name_in(p: &str) -> Option<String> {
    let mut words: Vec<&str> = Vec::new();
    // "Tsahkna later wrote": adverbs between the name and the verb
    const ADVERBS: &[&str] = &[
        "later",
        "also",
        "then",
        "again",
        "separately",
        "earlier",
        "himself",
        "herself",
        "subsequently",
        "meanwhile",
        "too",
    ];
    let p = p.trim_end();
    let mut p = p;
    while let Some((head, last)) = p.rsplit_once(' ') {
        if ADVERBS.contains(&last) || last.ends_with("ly") && last.chars().all(|c| c.is_lowercase())
        {
            p = head.trim_end();
        } else {
            break;
        }
    }
    let mut stop = "";
    for w in p.split_whitespace().rev() {
        let w = w.trim_end_matches([',', ';', ':']);
        stop = w;
        let cap = w.chars().next().is_some_and(|c| c.is_uppercase());
        // a title, an organisation word, a day ("On Thursday") or a word
        // closing a sentence ("Washington.") is no part of the name
        let sentence_end = w.ends_with('.')
            && !w
                .trim_end_matches('.')
                .chars()
                .all(|c| c.is_uppercase() || c == '.');
        if !cap
            || crate::actors::HONORIFICS.contains(&w)
            || w.chars().all(|c| c.is_uppercase() || c == '.') && w.len() > 4
            || !is_name_word(w)
            || sentence_end && !words.is_empty()
        {
            break;
        }
        words.push(w);
        stop = "";
        if sentence_end || words.len() == 4 {
            break;
        }
    }
    words.reverse();
    // "Ambassador to the Philippines MaryKay Carlson", "Ambassador to Japan
    // Rahm Emanuel": a word after "the", "to" or "of" is a place's, not
    // the first of the name
    if words.len() >= 3 && matches!(stop, "the" | "to" | "of" | "in" | "for") {
        words.remove(0);
    }
    // titles are not names
    while words.first().is_some_and(|w| TITLE_WORDS.contains(w)) {
        words.remove(0);
    }
    (!words.is_empty()).then(|| words.join(" "))
}

/// An institution named in the phrase: a KB institution, or a capitalised
/// organisation name ("the Embassy of India in France").
fn institution_phrase(ctx: &Context, phrase: Span) -> Option<Speaker> {
    let state = state_in(ctx, phrase);
    if let Some(org) = kb_institution_in(ctx, phrase, state.as_deref()) {
        return Some(org);
    }
    // "China's foreign ministry", "the French defence ministry": the state's
    // own ministry of that kind
    let lower = phrase.of(ctx.text).to_lowercase();
    let kind = MINISTRY_KINDS
        .iter()
        .find(|(w, _)| lower.contains(w))
        .map(|(_, k)| *k);
    if let (Some(kind), Some(c)) = (kind, state.as_deref()) {
        if let Some(org) = institution_of_kind(ctx, c, kind) {
            return Some(org);
        }
    }
    if let Some((_, org)) = domain_ministries(ctx, phrase).into_iter().next() {
        return Some(org);
    }
    let p = phrase.of(ctx.text).trim();
    let p = without_the(p);
    // "the French embassy in New Delhi": a mission, written in lower case
    let at = p.as_ptr() as usize - ctx.text.as_ptr() as usize;
    if let Some(name) = mission_name(ctx, Span::new(at, at + p.len())) {
        return Some(Speaker::Org(name, state_in(ctx, phrase)));
    }
    let words: Vec<&str> = p.split_whitespace().collect();
    let all_cap = words.iter().all(|w| {
        w.chars().next().is_some_and(char::is_uppercase)
            || matches!(*w, "of" | "in" | "for" | "and" | "the" | "to")
    });
    if all_cap && words.iter().any(|w| ORG_WORDS.contains(w)) && words.len() <= 8 {
        let country = state_in(ctx, phrase);
        let at = p.as_ptr() as usize - ctx.text.as_ptr() as usize;
        let name = mission_name(ctx, Span::new(at, at + p.len()))
            .unwrap_or_else(|| ministry_form(without_leading_state(ctx, at, p)));
        return Some(Speaker::Org(name, country));
    }
    None
}

/// "The Philippines said", "Beijing said": a state named alone, by its
/// name or its capital, speaks through its foreign ministry.
fn state_speaks(ctx: &Context, phrase: Span) -> Option<Speaker> {
    let p = without_the(phrase.of(ctx.text).trim().trim_end_matches([',', ';']));
    let at = p.as_ptr() as usize - ctx.text.as_ptr() as usize;
    let m = ctx
        .mentions_in(phrase)
        .iter()
        .find(|m| m.span == Span::new(at, at + p.len()))?;
    let code = m.targets.iter().find_map(|t| match *t {
        Target::Country(i) => Some(ctx.kb.countries[i].code.as_str()),
        Target::Place(i) => {
            let place = &ctx.kb.places[i];
            ctx.kb
                .country(&place.country)
                .filter(|c| c.capital.as_deref() == Some(place.name.as_str()))
                .map(|c| c.code.as_str())
        }
        _ => None,
    })?;
    institution_of_kind(ctx, code, "foreign-ministry")
}

/// Where the text spells out an acronym before `before`: the capitalised
/// words just before "(JCS)" whose initials make it ("Joint Chiefs of
/// Staff (JCS)"). `phrase` is the acronym, alone or after "the".
fn acronym_expansion(ctx: &Context, phrase: &str, before: usize) -> Option<Span> {
    let acr = without_the(phrase.trim().trim_end_matches([',', ';']));
    let letters = acr.chars().count();
    if !(2..=6).contains(&letters) || !acr.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let text = &ctx.text[..before];
    let at = text.find(&format!(" ({acr})"))?;
    // the words before, back to one for each letter (small words between)
    let mut initials = String::new();
    let mut from = None;
    let mut end = at;
    for w in text[..at].rsplit(' ') {
        let start = end - w.len();
        end = start.saturating_sub(1);
        if initials.len() == letters {
            break;
        }
        match w.chars().next() {
            Some(c) if c.is_uppercase() => {
                initials.insert(0, c);
                from = Some(start);
            }
            _ if matches!(w, "of" | "and" | "for" | "the") => {}
            _ => break,
        }
    }
    (initials == acr).then(|| Span::new(from.unwrap_or(at), at))
}

/// The state named by a possessive just before `span` ("South Korea's").
fn state_before(ctx: &Context, span: Span) -> Option<String> {
    let from = span.start.saturating_sub(40);
    ctx.mentions_in(Span::new(from, span.start))
        .iter()
        .rev()
        .filter(|m| m.is_state_word())
        .find_map(|m| m.country(ctx.kb).map(str::to_string))
}

/// The first state a span names ("the French minister", "China's").
fn state_in(ctx: &Context, span: Span) -> Option<String> {
    ctx.mentions_in(span)
        .iter()
        .filter(|m| m.is_state_word())
        .find_map(|m| m.country(ctx.kb).map(str::to_string))
}

/// A KB institution named in a span, as a speaker (of `state` when the
/// name is one several states share).
fn kb_institution_in(ctx: &Context, span: Span, state: Option<&str>) -> Option<Speaker> {
    let i = ctx
        .mentions_in(span)
        .iter()
        .find_map(|m| pick_institution(ctx, m, state))?;
    let x = &ctx.kb.institutions[i];
    Some(Speaker::Org(x.name.clone(), Some(x.country.clone())))
}

/// The institution a mention names: its only one, or among several that
/// share the form ("Ministry of Foreign Affairs"), the one of `state`, of
/// the dateline's state, or of the document's main states.
fn pick_institution(
    ctx: &Context,
    m: &crate::mentions::Mention,
    state: Option<&str>,
) -> Option<usize> {
    let cands: Vec<usize> = m
        .targets
        .iter()
        .filter_map(|t| match *t {
            Target::Institution(i) => Some(i),
            _ => None,
        })
        .collect();
    if cands.len() <= 1 {
        return cands.first().copied();
    }
    let dateline = ctx.doc.dateline.as_ref().and_then(|d| d.country.as_deref());
    let prefs = state
        .into_iter()
        .chain(dateline)
        .chain(ctx.main_pair.iter().map(String::as_str));
    for c in prefs {
        if let Some(&i) = cands.iter().find(|&&i| ctx.kb.institutions[i].country == c) {
            return Some(i);
        }
    }
    cands.first().copied()
}

fn last_institution(ctx: &Context, before: usize) -> Option<Speaker> {
    last_institution_named(ctx, before, "")
}

/// The KB institution named last before `before` whose name holds `word`
/// ("the Ministry" after "the Ministry of Foreign Affairs of Indonesia";
/// any, for an empty `word`).
fn last_institution_named(ctx: &Context, before: usize, word: &str) -> Option<Speaker> {
    let word = word.to_lowercase();
    ctx.mentions[..ctx.mentions.partition_point(|m| m.span.end <= before)]
        .iter()
        .rev()
        .filter_map(|m| pick_institution(ctx, m, None))
        .find(|&i| ctx.kb.institutions[i].name.to_lowercase().contains(&word))
        .map(|i| {
            let x = &ctx.kb.institutions[i];
            Speaker::Org(x.name.clone(), Some(x.country.clone()))
        })
}

/// "the minister said": of the people named before with such a title,
/// the one the report is most about (named most often), the latest on a tie.
fn principal_with_title(
    ctx: &Context,
    at: usize,
    noun: &str,
    state: Option<&str>,
) -> Option<usize> {
    let cands: Vec<usize> = (0..ctx.actors.len())
        .filter(|&i| {
            let a = &ctx.actors[i];
            a.span.end <= at
                && state.is_none_or(|s| a.country.as_deref() == Some(s))
                && ctx.quote_at(a.span.start).is_none()
                && a.title.as_deref().is_some_and(|t| {
                    // the title's head: a "Spokesperson for the
                    // Secretary-General" is no secretary-general
                    let t = t.to_lowercase();
                    let head = [" of ", " for ", " to ", ","]
                        .iter()
                        .filter_map(|sep| t.find(sep))
                        .min()
                        .map_or(t.as_str(), |p| &t[..p]);
                    head.contains(noun)
                })
        })
        .collect();
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for a in &ctx.actors {
        *counts.entry(a.name.as_str()).or_default() += 1;
    }
    cands
        .into_iter()
        .max_by_key(|&i| (counts[ctx.actors[i].name.as_str()], i))
}

fn nearest_actor_before(
    ctx: &Context,
    at: usize,
    ok: impl Fn(&crate::actors::Actor) -> bool,
) -> Option<usize> {
    ctx.actors
        .iter()
        .enumerate()
        .filter(|(_, a)| a.span.end <= at && ctx.quote_at(a.span.start).is_none() && ok(a))
        .map(|(i, _)| i)
        .next_back()
}

fn is_spokesperson(ctx: &Context, office: Option<usize>) -> bool {
    office.is_some_and(|o| ctx.kb.offices[o].kind == "spokesperson")
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
    fn a_quotation_of_two_paragraphs_is_one() {
        let t = "He said: \"First part.\n\n\"Second part,\" he added.";
        let q: Vec<&str> = quotes(t).iter().map(|q| q.inner.of(t)).collect();
        assert_eq!(q, vec!["First part.\n\n\"Second part,"]);
    }

    #[test]
    fn quote_marks_of_all_kinds() {
        let t = "He said \"one two\" and “three four” and ‘five six’ but not India’s.";
        let q: Vec<&str> = quotes(t).iter().map(|q| q.inner.of(t)).collect();
        assert_eq!(q, vec!["one two", "three four", "five six"]);
    }

    #[test]
    fn quotes_among_other_multibyte_text() {
        // — and € open with the byte 0xE2 as the curly marks do and must be
        // passed over; „ (0xE2 0x80 0x9E) opens a German quotation
        let t = "Ms. Séjourné — in Köln — said „Wir sind bereit“ and \"€5 m, l’aide\" – done.";
        let q: Vec<&str> = quotes(t).iter().map(|q| q.inner.of(t)).collect();
        assert_eq!(q, vec!["Wir sind bereit", "€5 m, l’aide"]);
        assert!(quotes("no marks at all — only “").is_empty());
    }

    #[test]
    fn a_name_after_a_title_speaks() {
        assert_eq!(
            name_in("Christophe Lemoine"),
            Some("Christophe Lemoine".to_string())
        );
        assert_eq!(spaced_initials("D.K. Sunil"), "D. K. Sunil");
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
