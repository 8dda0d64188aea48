//! Stage 2: people.
//!
//! Sources, in order of trust: a full name or variant the KB knows; a
//! handle; a title bound to a name ("Foreign Secretary Vikram Misri",
//! "Anne-Marie Descotes, Secretary General of ..."); a surname after the
//! person was named in full; a title alone resolved by country and date
//! ("the External Affairs Minister"); and people the KB does not know,
//! read from a title followed or preceded by a capitalised name
//! ("Japan's Vice-Minister for Foreign Affairs Takehiro Funakoshi").

use chrono::NaiveDate;
use entente_core::Span;
use entente_ingest::Prepared;
use entente_kb::{Kb, Target};

use crate::mentions::Mention;

/// One mention of a person.
#[derive(Debug, Clone)]
pub struct Actor {
    /// The span of the name (or of the title when only a title is written).
    pub span: Span,
    pub sentence: Option<usize>,
    /// The KB person, when known.
    pub person: Option<usize>,
    pub name: String,
    pub title: Option<String>,
    pub country: Option<String>,
    /// The KB office behind the title, when known.
    pub office: Option<usize>,
    /// The span of the title bound to this mention, if any.
    pub title_span: Option<Span>,
}

/// A title mention: a specific office or a generic title kind.
#[derive(Debug, Clone, Copy)]
enum TitleRef {
    Office(usize),
    Kind(usize),
}

fn is_title(m: &Mention) -> bool {
    m.targets
        .iter()
        .any(|t| matches!(t, Target::Office(_) | Target::Title(_)))
}

/// Which title a mention means. Many offices share a form ("Foreign
/// Minister" is an alias in several states): the country of the person it
/// is bound to, or a state word beside it, picks one; without a country a
/// shared form is only a kind of office.
fn pick_title(
    kb: &Kb,
    text: &str,
    mentions: &[Mention],
    i: usize,
    person_country: Option<&str>,
) -> Option<TitleRef> {
    let m = &mentions[i];
    let offices: Vec<usize> = m
        .targets
        .iter()
        .filter_map(|t| match *t {
            Target::Office(o) => Some(o),
            _ => None,
        })
        .collect();
    let generic = m.find(|t| match *t {
        Target::Title(k) => Some(k),
        _ => None,
    });
    let country = person_country
        .map(str::to_string)
        .or_else(|| context_country(kb, text, mentions, i));
    let candidates: Vec<usize> = match &country {
        Some(c) => offices
            .iter()
            .copied()
            .filter(|&o| &kb.offices[o].country == c)
            .collect(),
        None => offices.clone(),
    };
    if candidates.len() == 1 {
        return Some(TitleRef::Office(candidates[0]));
    }
    if let Some(k) = generic {
        return Some(TitleRef::Kind(k));
    }
    // a shared specific form: the kind its offices have in common
    let kind = &kb.offices[*offices.first()?].kind;
    if offices.iter().all(|&o| &kb.offices[o].kind == kind) {
        return kb
            .title_kinds
            .iter()
            .position(|k| k == kind)
            .map(TitleRef::Kind);
    }
    None
}

/// Military and other ranks written before a name ("Senior Colonel Tian
/// Junli", "Gen. Paul LaCamera"): no part of the name.
pub(crate) const RANKS: &[&str] = &[
    "Senior",
    "Colonel",
    "General",
    "Lieutenant",
    "Major",
    "Captain",
    "Admiral",
    "Commodore",
    "Brigadier",
    "Commander",
    "Rear",
    "Vice",
    "Air",
    "Marshal",
    "Sergeant",
    "Gen.",
    "Lt.",
    "Col.",
    "Maj.",
    "Capt.",
    "Adm.",
    "Brig.",
    "Cmdr.",
];

fn person_of(m: &Mention) -> Option<usize> {
    m.find(|t| match *t {
        Target::Person(i) | Target::Handle(i) => Some(i),
        _ => None,
    })
}

fn surname_of(m: &Mention) -> Option<usize> {
    m.find(|t| match *t {
        Target::Surname(i) => Some(i),
        _ => None,
    })
}

/// Resolves every person mention of the document.
pub fn resolve(
    kb: &Kb,
    doc: &Prepared,
    mentions: &[Mention],
    date: Option<NaiveDate>,
) -> Vec<Actor> {
    let text = doc.doc.text.as_str();
    let mut out: Vec<Actor> = Vec::new();
    // people named in full anywhere: a surname may come first ("Secretary
    // Rubio's meeting ..." in a headline, "Marco Rubio" in the text)
    let mut seen: Vec<usize> = mentions.iter().filter_map(person_of).collect();
    let mut used_title = vec![false; mentions.len()];
    // the states the text names: a bare surname is only read as someone of
    // one of them ("Martin" in a report on Brazil is no Irish Taoiseach)
    let named_states: Vec<&str> = mentions
        .iter()
        .filter(|m| m.is_state_word())
        .filter_map(|m| m.country(kb))
        .collect();
    for (i, m) in mentions.iter().enumerate() {
        // a surname alone: someone named in full before, or the only
        // person of the KB with that surname who holds an office that day
        // ("Macron, who hosted the dinner, said")
        let sole_in_office = |p: usize| {
            date.is_some()
                && named_states.contains(&kb.people[p].country.as_str())
                && m.targets
                    .iter()
                    .filter(|t| matches!(t, Target::Surname(_)))
                    .count()
                    == 1
                && kb.office_of(p, date, None).is_some()
        };
        // one name, two entries (a national career and a post in a body:
        // von der Leyen of Germany and of the Commission): the one in
        // office that day
        let in_office = m
            .targets
            .iter()
            .filter_map(|t| match *t {
                Target::Person(p) | Target::Handle(p) => Some(p),
                _ => None,
            })
            .find(|&p| date.is_some() && kb.office_of(p, date, None).is_some());
        // "Prime Minister Ishiba", "Chancellor Scholz": a surname right
        // after a title, of someone in office that day, whatever state the
        // text names
        let titled = |p: usize| {
            date.is_some()
                && i > 0
                && is_title(&mentions[i - 1])
                && text
                    .get(mentions[i - 1].span.end..m.span.start)
                    .is_some_and(|gap| gap.trim().is_empty() && gap.len() <= 2)
                && m.targets
                    .iter()
                    .filter(|t| matches!(t, Target::Surname(_)))
                    .count()
                    == 1
                && kb.office_of(p, date, None).is_some_and(|o| {
                    // the title is that office's ("Ambassador Pavel" is no
                    // President Pavel)
                    let said = mentions[i - 1].span.of(text).to_lowercase();
                    let office = &kb.offices[o];
                    std::iter::once(&office.title)
                        .chain(&office.aliases)
                        .any(|t| t.to_lowercase().contains(said.trim()))
                })
        };
        // ("Li" is Li Qiang, Li Keqiang and Li Shangfu: the one named in
        // full in this text)
        let named_in_full = m.targets.iter().find_map(|t| match *t {
            Target::Surname(p) if seen.contains(&p) => Some(p),
            _ => None,
        });
        // ("Vice President Han Zheng": a surname followed by another
        // name word is someone else's whole name)
        let runs_on = text[m.span.end..]
            .strip_prefix(' ')
            .and_then(|r| r.split_whitespace().next())
            .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
            .is_some_and(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
                    && w.len() > 1
            });
        let person = in_office
            .or_else(|| person_of(m))
            .or(named_in_full)
            .or_else(|| {
                surname_of(m).filter(|&p| {
                    // (family names come first in Chinese and Korean names)
                    let family_first =
                        matches!(kb.people[p].country.as_str(), "CHN" | "KOR" | "PRK" | "TWN");
                    !(runs_on && family_first) && (sole_in_office(p) || titled(p))
                })
            });
        let Some(person) = person else { continue };
        // "the Sushma Swaraj Institute of Foreign Service", "Indira Gandhi
        // International Airport": a name inside the name of a place or body
        if names_a_thing(&text[m.span.end..]) {
            continue;
        }
        // a title just before ("Foreign Secretary Vikram Misri") or just after
        // ("Vikram Misri, Foreign Secretary") binds to the name
        let bound = bound_title(text, mentions, i, &used_title);
        let pc = kb.people[person].country.as_str();
        let prefer = bound.and_then(|(j, _)| match pick_title(kb, text, mentions, j, Some(pc)) {
            Some(TitleRef::Office(o)) => Some(o),
            _ => None,
        });
        if let Some((j, _)) = bound {
            used_title[j] = true;
        }
        seen.push(person);
        out.push(known_actor(kb, person, m, date, prefer, bound.map(|b| b.1)));
    }
    // titles not bound to a known name
    for (i, m) in mentions.iter().enumerate() {
        if used_title[i] {
            continue;
        }
        if !is_title(m) {
            continue;
        }
        let Some(title) = pick_title(kb, text, mentions, i, None) else {
            continue;
        };
        if inside_larger_title(text, m.span) {
            continue;
        }
        let home = doc.dateline.as_ref().and_then(|d| d.country.as_deref());
        if let Some(a) = unknown_named(kb, text, mentions, i, title, home) {
            out.push(a);
            continue;
        }
        if let Some(a) = body_secretary_general(kb, doc, mentions, i, date, &out) {
            out.push(a);
        } else if let Some(a) = title_alone(kb, text, mentions, i, title, date) {
            out.push(a);
        } else if let Some(a) = same_title_before(kb, text, mentions, i, &out, title) {
            out.push(a);
        } else if let Some(a) = home_title(kb, doc, mentions, m, title, date) {
            out.push(a);
        }
    }
    out.extend(bare_titles(kb, doc, mentions, date, &out));
    out.sort_by_key(|a| a.span.start);
    let counterparts = counterparts(kb, text, mentions, &out, date);
    out.extend(counterparts);
    out.sort_by_key(|a| a.span.start);
    unknown_again(text, doc, &mut out);
    out
}

/// Whether the words after a person's name make it part of the name of
/// a place or body ("Institute", "Airport", "Foundation").
fn names_a_thing(after: &str) -> bool {
    const THINGS: &[&str] = &[
        "Institute",
        "Foundation",
        "Centre",
        "Center",
        "University",
        "Airport",
        "Stadium",
        "Hall",
        "Road",
        "Marg",
        "Avenue",
        "Street",
        "Prize",
        "Award",
        "Memorial",
        "Fellowship",
        "Scholarship",
        "Bridge",
        "Library",
        "School",
        "College",
        "Hospital",
        "Bhawan",
        "Bhavan",
        "International",
    ];
    after
        .strip_prefix(' ')
        .and_then(|a| a.split_whitespace().next())
        .is_some_and(|w| THINGS.contains(&w.trim_end_matches([',', '.', ';'])))
}

/// People the knowledge base does not know, named again: inside their own
/// name a KB surname is not someone else ("Serigne Gueye Diop" holds no
/// Birame Diop), and their full name or surname written later is them
/// ("Koulamallah said").
fn unknown_again(text: &str, doc: &Prepared, out: &mut Vec<Actor>) {
    let unknown: Vec<Actor> = out
        .iter()
        .filter(|a| a.person.is_none() && a.name.split_whitespace().count() >= 2)
        .cloned()
        .collect();
    if unknown.is_empty() {
        return;
    }
    // a KB surname inside an unknown name
    out.retain(|a| {
        a.person.is_none()
            || !unknown
                .iter()
                .any(|u| u.span.contains(a.span) && u.span != a.span)
    });
    let sentence_of = |at: usize| {
        let i = doc.sentences.partition_point(|s| s.end <= at);
        (i < doc.sentences.len() && doc.sentences[i].start <= at).then_some(i)
    };
    let mut more = Vec::new();
    for u in &unknown {
        let surname = u.name.split_whitespace().last().unwrap_or("");
        for form in [u.name.as_str(), surname] {
            if form.chars().count() < 3 {
                continue;
            }
            for (at, _) in text[u.span.end..].match_indices(form) {
                let start = u.span.end + at;
                let end = start + form.len();
                let bounded = !text[..start].ends_with(char::is_alphanumeric)
                    && !text[end..].starts_with(char::is_alphanumeric);
                let taken = out
                    .iter()
                    .chain(more.iter())
                    .any(|a: &Actor| a.span.start <= start && a.span.end >= end);
                if !bounded || taken {
                    continue;
                }
                // a surname a KB person was resolved from is this person's
                out.retain(|a| !(a.span.start == start && a.span.end == end && a.person.is_some()));
                more.push(Actor {
                    span: Span::new(start, end),
                    sentence: sentence_of(start),
                    ..u.clone()
                });
            }
        }
    }
    out.extend(more);
    out.sort_by_key(|a| a.span.start);
}

fn counterpart_re() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(r"\b(?:his|her|their|its)\s+(\S+\s+)?counterparts?\b").unwrap()
    })
}

/// "spoke with his Indian counterpart": the holder of the same kind of
/// office as the person last named, in the state the adjective names, on
/// the day. Not when the counterpart is named right after (", Dr X").
fn counterparts(
    kb: &Kb,
    text: &str,
    mentions: &[Mention],
    found: &[Actor],
    date: Option<NaiveDate>,
) -> Vec<Actor> {
    let mut out = Vec::new();
    let Some(date) = date else { return out };
    for m in counterpart_re().find_iter(text) {
        let span = Span::new(m.start(), m.end());
        if found
            .iter()
            .any(|a| a.span.start >= span.end && a.span.start <= span.end + 6)
        {
            continue; // named right after
        }
        let Some(country) = mentions
            .iter()
            .find(|x| span.contains(x.span) && x.is_state_word())
            .and_then(|x| x.country(kb))
        else {
            continue;
        };
        // "her Zambian counterpart Mulambo Haimbe": someone the knowledge
        // base does not know, of the state the adjective names
        let gap = text[span.end..].len() - text[span.end..].trim_start_matches([' ', ',']).len();
        // (a surname the knowledge base knows of someone else, "Ramírez",
        // does not make the name someone it knows)
        let named = capitalised_name(text, span.end + gap)
            .filter(|(_, n)| n.split_whitespace().count() >= 2)
            .filter(|(end, _)| {
                !mentions.iter().any(|x| {
                    x.span.start >= span.end
                        && x.span.start < *end
                        && !x.targets.iter().all(|t| matches!(t, Target::Surname(_)))
                })
            });
        if let Some((end, name)) = named {
            out.push(Actor {
                span: Span::new(span.end + gap, end),
                sentence: mentions
                    .iter()
                    .find(|x| span.contains(x.span))
                    .and_then(|x| x.sentence),
                person: None,
                name,
                title: None,
                country: Some(country.to_string()),
                office: None,
                title_span: None,
            });
            continue;
        }
        let Some(prev) = found
            .iter()
            .filter(|a| {
                a.span.end <= span.start
                    && a.office.is_some()
                    && a.country.as_deref() != Some(country)
            })
            .max_by_key(|a| a.span.start)
        else {
            continue;
        };
        let kind = &kb.offices[prev.office.expect("filtered")].kind;
        let Some(h) = kb.resolve_kind(kind, country, date) else {
            continue;
        };
        let p = &kb.people[h.person];
        out.push(Actor {
            span,
            sentence: mentions
                .iter()
                .find(|x| span.contains(x.span))
                .and_then(|x| x.sentence),
            person: Some(h.person),
            name: p.name.clone(),
            title: Some(kb.offices[h.office].title.clone()),
            country: Some(p.country.clone()),
            office: Some(h.office),
            title_span: None,
        });
    }
    out
}

fn known_actor(
    kb: &Kb,
    person: usize,
    m: &Mention,
    date: Option<NaiveDate>,
    prefer: Option<usize>,
    title_span: Option<Span>,
) -> Actor {
    let p = &kb.people[person];
    let office = kb.office_of(person, date, prefer);
    Actor {
        span: m.span,
        sentence: m.sentence,
        person: Some(person),
        name: p.name.clone(),
        title: office.map(|o| kb.offices[o].title.clone()),
        country: Some(p.country.clone()),
        office,
        title_span,
    }
}

/// The title mention bound to the name mention `i`: immediately before it
/// (only a comma, "Mr", honorifics between) or an apposition right after.
fn bound_title(text: &str, mentions: &[Mention], i: usize, used: &[bool]) -> Option<(usize, Span)> {
    let name = mentions[i].span;
    if i > 0 && !used[i - 1] && is_title(&mentions[i - 1]) {
        let gap = &text[mentions[i - 1].span.end..name.start];
        if is_binding_gap(gap) {
            return Some((i - 1, mentions[i - 1].span));
        }
    }
    // "Jean-Noël Barrot, France's Minister for Europe and Foreign Affairs"
    let mut j = i + 1;
    if j < mentions.len()
        && mentions[j].is_state_word()
        && text[name.end..mentions[j].span.start].trim() == ","
    {
        j += 1;
    }
    if j < mentions.len() && !used[j] && is_title(&mentions[j]) {
        let gap = &text[name.end..mentions[j].span.start];
        let g = gap.trim();
        if gap.len() < 25
            && g.starts_with(',')
            && matches!(
                g.trim_start_matches(',').trim(),
                "" | "the" | "The" | "'s" | "’s"
            )
        {
            return Some((j, mentions[j].span));
        }
        if gap.len() < 40 && g.starts_with(',') {
            let rest = g.trim_start_matches(',').trim();
            if rest.ends_with("'s") || rest.ends_with("’s") {
                return Some((j, mentions[j].span));
            }
        }
    }
    None
}

fn is_binding_gap(gap: &str) -> bool {
    let g = gap.trim().trim_start_matches(',').trim();
    if gap.len() > 24 || gap.contains(['.', ';', '\n']) && !gap.trim().ends_with('.') {
        return false;
    }
    g.split_whitespace().all(|w| {
        matches!(
            w.trim_end_matches('.'),
            "Mr" | "Ms"
                | "Mrs"
                | "Dr"
                | "Shri"
                | "Smt"
                | "H.E"
                | "HE"
                | "Prof"
                | "Sir"
                | "Mme"
                | "M"
                | "General"
                | "Gen"
                | "Admiral"
                // Westminster styles: "Minister of Defence, the Hon Judith
                // Collins", "Senator the Hon Penny Wong", "the Rt Hon"
                | "the"
                | "Hon"
                | "Rt"
                | "Right"
                | "Honourable"
                | "Senator"
        )
    })
}

/// "Diplomatic Advisor to France's President": the inner title is part of
/// the outer one, not a second person.
fn inside_larger_title(text: &str, span: Span) -> bool {
    let before = text[..span.start].trim_end();
    let before = before
        .strip_suffix("'s")
        .or_else(|| before.strip_suffix("’s"))
        .map(|b| {
            b.trim_end()
                .rsplit(' ')
                .skip(1)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_else(|| before.to_string());
    let last = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    let last2: Vec<&str> = before.rsplit(|c: char| c.is_whitespace()).take(2).collect();
    matches!(
        last,
        "to" | "of" | "for" | "Deputy" | "deputy" | "Vice" | "former" | "Former"
    ) || last2.len() == 2 && last2[0] == "the" && matches!(last2[1], "to" | "of" | "for")
}

/// The country a title mention is attached to: the office's own, or a
/// state word right before it ("Japan's", "the French").
/// The state a title mention is attached to by its neighbours: a state
/// word right before it ("Japan's", "the French") or after "of".
fn context_country(kb: &Kb, text: &str, mentions: &[Mention], i: usize) -> Option<String> {
    // "MEA spokesperson", "State Department spokesperson": the institution's state
    if i > 0
        && mentions[i - 1]
            .targets
            .iter()
            .any(|t| matches!(t, Target::Institution(_)))
    {
        let gap = text[mentions[i - 1].span.end..mentions[i].span.start].trim();
        if matches!(gap, "" | "'s" | "’s") {
            return mentions[i - 1].country(kb).map(str::to_string);
        }
    }
    if i > 0 && mentions[i - 1].is_state_word() {
        let gap = text[mentions[i - 1].span.end..mentions[i].span.start].trim();
        if matches!(gap, "" | "'s" | "’s") {
            return mentions[i - 1].country(kb).map(str::to_string);
        }
    }
    // "President of France", "Foreign Minister of Japan"
    if i + 1 < mentions.len() && mentions[i + 1].is_state_word() {
        let gap = text[mentions[i].span.end..mentions[i + 1].span.start].trim();
        // (and in French: "Premier ministre de l'Inde", "du Japon")
        if matches!(
            gap,
            "of" | "of the" | "de" | "de l'" | "de l’" | "de la" | "du" | "des"
        ) {
            return mentions[i + 1].country(kb).map(str::to_string);
        }
        // "Minister of Foreign Affairs and Cooperation of Timor-Leste": the
        // rest of a portfolio before "of"
        let portfolio = gap
            .strip_suffix(" of the")
            .or_else(|| gap.strip_suffix(" of"))
            .is_some_and(|p| {
                let words: Vec<&str> = p.split_whitespace().collect();
                words.first() == Some(&"and")
                    && words.len() <= 5
                    && words[1..].iter().all(|w| {
                        w.starts_with(char::is_uppercase) || matches!(*w, "and" | "of" | "the")
                    })
            });
        if portfolio {
            return mentions[i + 1].country(kb).map(str::to_string);
        }
    }
    None
}

/// The country of a title: its office's, or its neighbours'.
fn title_country(
    kb: &Kb,
    text: &str,
    mentions: &[Mention],
    i: usize,
    title: TitleRef,
) -> Option<String> {
    match title {
        TitleRef::Office(o) => Some(kb.offices[o].country.clone()),
        TitleRef::Kind(_) => context_country(kb, text, mentions, i),
    }
}

/// "The Secretary-General met today with ..." in a body's readout: the
/// Secretary-General of the body the report names (the United Nations,
/// NATO, ASEAN), or of the UN in a report filed from New York. Not "the
/// Secretary General of the Ministry ...", which is someone else's.
fn body_secretary_general(
    kb: &Kb,
    doc: &Prepared,
    mentions: &[Mention],
    i: usize,
    date: Option<NaiveDate>,
    known: &[Actor],
) -> Option<Actor> {
    let text = doc.doc.text.as_str();
    let m = &mentions[i];
    let said = m.span.of(text).replace('-', " ");
    if !said.eq_ignore_ascii_case("secretary general") {
        return None;
    }
    let before = text[..m.span.start].trim_end();
    let article = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    let heads_a_line = before.is_empty() || before.ends_with('\n');
    if !(matches!(article, "the" | "The") || heads_a_line) || text[m.span.end..].starts_with(" of")
    {
        return None;
    }
    let secretary_general = |o: usize| {
        kb.offices[o]
            .title
            .replace('-', " ")
            .starts_with("Secretary General")
    };
    let office_of = |body: &str| {
        (0..kb.offices.len()).find(|&o| kb.offices[o].country == body && secretary_general(o))
    };
    // a body's Secretary-General named before is the one meant again ("The
    // Secretary-General of ASEAN, Dr. Kao Kim Hourn, received ... the
    // Secretary-General briefed"), whatever UN conference the text names
    let named_before = known
        .iter()
        .filter(|a| a.span.end <= m.span.start)
        .filter_map(|a| Some((a, a.office?, a.person?)))
        .filter(|&(_, o, _)| {
            kb.bodies.iter().any(|b| b.code == kb.offices[o].country) && secretary_general(o)
        })
        .max_by_key(|(a, _, _)| a.span.start);
    if let Some((_, office, person)) = named_before {
        return Some(holder_actor(kb, m, entente_kb::Holding { person, office }));
    }
    // the first body named that has a Secretary-General ("the African
    // Union" has a Chairperson; "the United Nations" named after it is the
    // Secretary-General's)
    let named = mentions.iter().find_map(|x| {
        x.find(|t| match *t {
            Target::Body(b) => office_of(&kb.bodies[b].code),
            _ => None,
        })
    });
    let in_new_york = doc
        .dateline
        .as_ref()
        .is_some_and(|d| d.place.eq_ignore_ascii_case("New York"));
    // the bare title is most often the UN's: a text that names the UN or
    // one of its organs means the UN's ("on the margins of the General
    // Assembly"), whatever other body it names as a topic
    let un = [
        "United Nations",
        "General Assembly",
        "Security Council",
        "UN ",
    ]
    .iter()
    .any(|w| text.contains(w));
    let office = un
        .then(|| office_of("UNO"))
        .flatten()
        .or(named)
        .or_else(|| in_new_york.then(|| office_of("UNO")).flatten())?;
    let person = kb.holder(office, date?)?;
    Some(holder_actor(kb, m, entente_kb::Holding { person, office }))
}

/// "The Secretary spoke with ...": an office's bare title (`bare_title` in
/// the knowledge base: the US Secretary of State's "Secretary"), in a text
/// that names the office's institution ("the Department of State") or
/// someone holding one of its offices (its spokesperson, the Secretary
/// himself), is the office's holder that day.
fn bare_titles(
    kb: &Kb,
    doc: &Prepared,
    mentions: &[Mention],
    date: Option<NaiveDate>,
    found: &[Actor],
) -> Vec<Actor> {
    let text = doc.doc.text.as_str();
    let mut out = Vec::new();
    for (office, o) in kb.offices.iter().enumerate() {
        let Some(bare) = o.bare_title.as_deref() else {
            continue;
        };
        let needle = format!("he {bare}");
        if !text.contains(&needle) {
            continue;
        }
        let institution = o.institution.as_deref();
        let of_institution = |i: usize| Some(kb.institutions[i].id.as_str()) == institution;
        let named = mentions.iter().any(|m| {
            m.targets
                .iter()
                .any(|t| matches!(*t, Target::Institution(i) if of_institution(i)))
        }) || found.iter().any(|a| {
            a.office.is_some_and(|x| {
                x == office
                    || institution.is_some() && kb.offices[x].institution.as_deref() == institution
            })
        });
        let Some(person) = date.filter(|_| named).and_then(|d| kb.holder(office, d)) else {
            continue;
        };
        for (at, w) in text.match_indices(&needle) {
            // ("he Secretary": the title starts after "he ")
            let start = at + 3;
            let end = at + w.len();
            let after = &text[end..];
            // "the Secretary of Defense", "the Secretary-General", "the
            // Secretary's": not the bare title
            let alone = after
                .chars()
                .next()
                .is_some_and(|c| c == ' ' || c == ',' || c == '.')
                && !after.starts_with(" of ")
                && !after.starts_with(" General");
            let article = at > 0 && matches!(&text[at - 1..at], "t" | "T");
            let taken = found
                .iter()
                .any(|a| a.span.start <= start && start < a.span.end);
            if !alone || !article || taken {
                continue;
            }
            let m = Mention {
                span: Span::new(start, end),
                targets: Vec::new(),
                sentence: {
                    let i = doc.sentences.partition_point(|s| s.end <= start);
                    (i < doc.sentences.len() && doc.sentences[i].start <= start).then_some(i)
                },
            };
            out.push(holder_actor(kb, &m, entente_kb::Holding { person, office }));
        }
    }
    out
}

/// The actor a title mention stands for: the holder of its office.
fn holder_actor(kb: &Kb, m: &Mention, h: entente_kb::Holding) -> Actor {
    let p = &kb.people[h.person];
    Actor {
        span: m.span,
        sentence: m.sentence,
        person: Some(h.person),
        name: p.name.clone(),
        title: Some(kb.offices[h.office].title.clone()),
        country: Some(p.country.clone()),
        office: Some(h.office),
        title_span: Some(m.span),
    }
}

/// The holder of generic title kind `k` in `country` on `date`; a
/// minister's title written with a portfolio (`said`) fits only that
/// portfolio's office.
fn holder_of_kind(
    kb: &Kb,
    k: usize,
    country: &str,
    date: NaiveDate,
    said: &str,
) -> Option<entente_kb::Holding> {
    let h = kb.resolve_kind(&kb.title_kinds[k], country, date)?;
    (kb.title_kinds[k] != "minister" || portfolio_fits(kb, said, h.office)).then_some(h)
}

/// Whether a minister's title written with a portfolio ("Minister of
/// Energy") is the office's: every word of the portfolio is in its title
/// or aliases. A title without one ("the Minister") fits any office of the
/// generic kind "minister".
fn portfolio_fits(kb: &Kb, said: &str, office: usize) -> bool {
    const PLAIN: &[&str] = &[
        "minister", "the", "of", "for", "and", "state", "cabinet", "federal", "union",
    ];
    let words: Vec<String> = said
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| !w.is_empty() && !PLAIN.contains(&w.as_str()))
        .collect();
    if words.is_empty() {
        return true;
    }
    let o = &kb.offices[office];
    std::iter::once(&o.title).chain(&o.aliases).any(|t| {
        let t = t.to_lowercase();
        words.iter().all(|w| t.contains(w.as_str()))
    })
}

/// "the spokesperson" with no state named and nobody of that office named
/// before: the holder in the state the report was filed from. Only with the
/// definite article; "an Army spokesperson" is nobody in particular.
fn home_title(
    kb: &Kb,
    doc: &Prepared,
    mentions: &[Mention],
    m: &Mention,
    title: TitleRef,
    date: Option<NaiveDate>,
) -> Option<Actor> {
    let TitleRef::Kind(k) = title else {
        return None;
    };
    let text = doc.doc.text.as_str();
    let before = text[..m.span.start].trim_end();
    let article = before.rsplit(|c: char| c.is_whitespace()).next()?;
    if !matches!(article, "the" | "The") {
        return None;
    }
    // the dateline's state, or the state whose institution heads the
    // release ("Press release from the Prime Minister's Office, 10
    // Downing Street": "The Prime Minister" is the British one)
    let country = match doc.dateline.as_ref().and_then(|d| d.country.clone()) {
        Some(c) => c,
        None => release_state(kb, text, mentions)?,
    };
    let h = holder_of_kind(kb, k, &country, date?, m.span.of(text))?;
    Some(holder_actor(kb, m, h))
}

/// Whether a head's title written ("the Prime Minister") names another
/// head than the office's ("Federal Chancellor"): one kind of office, but
/// "Chancellor Merz ... the Prime Minister" are two people.
fn heads_clash(said: &str, office: &entente_kb::schema::Office) -> bool {
    const HEADS: &[&str] = &["prime minister", "chancellor", "president", "premier"];
    let said = said.to_lowercase();
    let Some(head) = HEADS.iter().find(|h| said.contains(*h)) else {
        return false;
    };
    let forms: Vec<String> = std::iter::once(&office.title)
        .chain(&office.aliases)
        .map(|t| t.to_lowercase())
        .collect();
    !forms.iter().any(|f| f.contains(head))
        && forms.iter().any(|f| HEADS.iter().any(|h| f.contains(h)))
}

/// The state of an institution or seat of government ("the Élysée")
/// named in a release's first lines, when only one state has it.
fn release_state(kb: &Kb, text: &str, mentions: &[Mention]) -> Option<String> {
    // the heading: the first three lines with words (a title, a line of
    // who releases it, a date)
    let mut lines = 0;
    let mut end = 0;
    for line in text.split_inclusive('\n') {
        end += line.len();
        if !line.trim().is_empty() {
            lines += 1;
            if lines == 3 {
                break;
            }
        }
    }
    mentions
        .iter()
        .take_while(|x| x.span.end <= end)
        .filter(|x| {
            x.targets
                .iter()
                .any(|t| matches!(t, Target::Institution(_) | Target::Seat(_)))
        })
        .find_map(|x| x.country(kb))
        .map(str::to_string)
}

/// "the Foreign Minister" with no state named: the person last mentioned
/// with an office of that kind.
fn same_title_before(
    kb: &Kb,
    text: &str,
    mentions: &[Mention],
    i: usize,
    found: &[Actor],
    title: TitleRef,
) -> Option<Actor> {
    let TitleRef::Kind(k) = title else {
        return None;
    };
    let m = &mentions[i];
    // a title followed by a name, or tied to a state, is someone else's
    let next = text[m.span.end..].trim_start();
    if (next.chars().next().is_some_and(char::is_uppercase) && !next.starts_with("The "))
        || next.starts_with('@')
    {
        return None;
    }
    // "an Assistant Foreign Minister", "a former Foreign Minister", "the
    // Egyptian delegation by a Deputy Foreign Minister": someone else
    let word_before = text[..m.span.start]
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .to_lowercase();
    if matches!(
        word_before.as_str(),
        "a" | "an" | "assistant" | "deputy" | "vice" | "former" | "ex" | "acting" | "junior"
    ) {
        return None;
    }
    let context = context_country(kb, text, mentions, i);
    let surface = m.span.of(text).to_lowercase();
    // a bare "the Minister" may be any minister; "Union Minister for ..." is not
    let after_the = text[..m.span.start].trim_end().ends_with("the")
        || text[..m.span.start].trim_end().ends_with("The");
    let surface_text = m.span.of(text).to_string();
    let bare_word = (!surface.contains(' ') && after_the).then_some(surface);
    let kind = &kb.title_kinds[k];
    // someone named with these very words before ("Foreign Minister
    // Baerbock ... her Polish counterpart, Radosław Sikorski ... the
    // Foreign Minister said") is meant before one the title fits only
    let said_so = |a: &Actor| {
        a.title_span.is_some_and(|t| {
            t.of(text)
                .to_lowercase()
                .contains(&m.span.of(text).to_lowercase())
        })
    };
    let titled_so = found
        .iter()
        .any(|a| a.span.end <= m.span.start && a.person.is_some() && said_so(a));
    let prev = found
        .iter()
        .filter(|a| a.span.end <= m.span.start && a.person.is_some())
        .filter(|a| !titled_so || said_so(a))
        .filter(|a| context.is_none() || a.country == context)
        .filter(|a| {
            a.office.is_some_and(|o| {
                // "the Minister" is whichever minister was last named; "the
                // Foreign Secretary" is whoever holds that very title (the
                // UK's is a minister, India's a civil servant)
                &kb.offices[o].kind == kind && !heads_clash(&surface_text, &kb.offices[o])
                    || kb.offices[o].title.eq_ignore_ascii_case(&surface_text)
                    || bare_word
                        .as_deref()
                        .is_some_and(|w| kb.offices[o].title.to_lowercase().contains(w))
            })
        })
        // a bare "the Minister" is the report's own minister, the first
        // named ("Jean-Noël Barrot ... spoke with Dr Jaishankar ... The
        // Minister conveyed"); a fuller title is the holder last named
        .min_by_key(|a| {
            if bare_word.is_some() {
                a.span.start as i64
            } else {
                -(a.span.start as i64)
            }
        })?;
    Some(Actor {
        span: m.span,
        sentence: m.sentence,
        title_span: Some(m.span),
        ..prev.clone()
    })
}

fn title_text(kb: &Kb, text: &str, m: &Mention, title: TitleRef) -> String {
    match title {
        TitleRef::Office(o) => kb.offices[o].title.clone(),
        TitleRef::Kind(_) => m.span.of(text).to_string(),
    }
}

/// Honorifics written before a name ("Shri", "H.E.", "Dr."): no part of it.
pub(crate) const HONORIFICS: &[&str] = &[
    "Mr.", "Mr", "Ms.", "Ms", "Mrs.", "Mrs", "Dr.", "Dr", "Shri", "Smt.", "Smt", "H.E.", "Prof.",
    "Sir",
];

/// How many bytes a portfolio after a title takes ("for Economic
/// Cooperation and Development "): "for", then words of ministries' remits
/// and their connectives.
fn portfolio_len(t: &str) -> usize {
    const REMITS: &[&str] = &[
        "Foreign",
        "Affairs",
        "Trade",
        "Development",
        "Economic",
        "Economy",
        "Cooperation",
        "Co-operation",
        "Defence",
        "Defense",
        "Finance",
        "Health",
        "Education",
        "Energy",
        "Industry",
        "Commerce",
        "Agriculture",
        "Justice",
        "Interior",
        "Home",
        "Culture",
        "Environment",
        "Climate",
        "Digital",
        "Transport",
        "Infrastructure",
        "Labour",
        "Labor",
        "Science",
        "Technology",
        "Innovation",
        "Tourism",
        "International",
        "European",
        "Europe",
        "Security",
        "Investment",
        "Resources",
        "Mines",
        "Mining",
        "Water",
        "Housing",
        "Youth",
        "Sport",
        "Sports",
        "Women",
        "Family",
        "Social",
        "Planning",
        "Budget",
        "Relations",
        "Overseas",
        "Diaspora",
        "Communications",
        "Information",
        "Public",
        "Works",
        "Fisheries",
        "Food",
        "Rural",
        "Urban",
        "Regional",
        "Natural",
        "Petroleum",
        "Maritime",
        "Aviation",
        "Research",
        "Higher",
        "Employment",
        "Migration",
        "Integration",
        "Citizenship",
        "Affairs,",
        "Pacific",
        "Commonwealth",
        "Asian",
        "African",
        "Action",
        "Protection",
        "Consumer",
        "Nature",
        "Safety",
        "Nuclear",
        "Solidarity",
        "Francophonie",
        "Veterans",
    ];
    let mut at = "for ".len();
    let mut remit_end = None;
    for w in t[at..].split_inclusive(' ').take(12) {
        let bare = w.trim_end();
        // "for Information and Broadcasting Shri Ashwini Vaishnaw": an
        // honorific ends the remit, whatever its words
        if HONORIFICS.contains(&bare) {
            return at + w.len();
        }
        let remit = REMITS.contains(&bare) || matches!(bare, "and" | "of" | "the" | "&");
        if !remit && remit_end.is_none() {
            remit_end = Some(at);
        }
        if !bare.starts_with(char::is_uppercase) && !remit {
            break;
        }
        at += w.len();
    }
    remit_end.unwrap_or(at)
}

/// A person the KB does not know, named right after (or before) a title.
fn unknown_named(
    kb: &Kb,
    text: &str,
    mentions: &[Mention],
    i: usize,
    title: TitleRef,
    home: Option<&str>,
) -> Option<Actor> {
    let m = &mentions[i];
    let after = &text[m.span.end..];
    let lead = after.len() - after.trim_start_matches([' ', ',']).len();
    let lead = if after[..lead].matches(',').count() > 1 {
        return None;
    } else {
        lead
    };
    let mut start = m.span.end + lead;
    // "the Foreign Secretary of Nepal, Ms. Sewa Lamsal", "Ghana's
    // ambassador to Japan, Frank Okyere"
    // ("Minister of Commerce and Industry, Shri Piyush Goyal": the rest of
    // a portfolio the title form stops short of)
    if ["of ", "to ", "and "]
        .iter()
        .any(|w| text[start..].starts_with(w))
    {
        start = after_portfolio(text, start)?;
    }
    // "Federal Minister for Economic Cooperation and Development Reem
    // Alabali-Radovan": the portfolio after "for" comes before the name
    if text[start..].starts_with("for ") {
        start += portfolio_len(&text[start..]);
    }
    for h in HONORIFICS {
        if text[start..].starts_with(h) && text[start + h.len()..].starts_with(' ') {
            start += h.len() + 1;
        }
    }
    let Some((name_end, name)) = capitalised_name(text, start) else {
        return name_before_title(kb, text, mentions, i, title);
    };
    // "spokesperson, Senior Colonel Tian Junli": ranks before the name
    let words: Vec<&str> = name.split_whitespace().collect();
    let ranks = words.iter().take_while(|w| RANKS.contains(w)).count();
    if ranks > 0 && words.len() - ranks < 2 {
        return None;
    }
    let name = words[ranks..].join(" ");
    let start = if ranks > 0 {
        start + text[start..name_end].find(words[ranks]).unwrap_or(0)
    } else {
        start
    };
    // the name must not itself be a KB mention (a country, a title...);
    // a word that is only someone's surname may be this person's given
    // name ("Ambassador Pavel Dronov" is not President Petr Pavel), unless
    // that someone was named in full before ("Minister Ramírez Lezcano"
    // after "Rubén Ramírez Lezcano")
    let named_before = |p: usize| {
        mentions
            .iter()
            .take_while(|y| y.span.end <= start)
            .any(|y| y.targets.contains(&Target::Person(p)))
    };
    if mentions.iter().any(|x| {
        x.span.start >= start
            && x.span.start < name_end
            && x.targets.iter().any(|t| match *t {
                Target::Surname(p) => named_before(p),
                _ => true,
            })
    }) {
        return None;
    }
    // "Interior Minister Bruno Retailleau" with no state named: the
    // person is still a participant, of a state the text does not give
    let (country, office) = match title {
        TitleRef::Office(o) => {
            let (c, o) = unknown_holder_state(kb, text, mentions, i, o, home);
            (Some(c), o)
        }
        TitleRef::Kind(k) => (
            title_country(kb, text, mentions, i, title)
                .or_else(|| kind_state_before(kb, text, mentions, i, k))
                .or_else(|| place_of_sentence(kb, text, mentions, i))
                // an Indian honorific ("Shri Piyush Goyal") in a release
                // filed from India
                .or_else(|| {
                    let indian = ["Shri ", "Smt. ", "Smt "]
                        .iter()
                        .any(|h| text[m.span.end..start].contains(h));
                    (indian && home == Some("IND")).then(|| "IND".to_string())
                }),
            None,
        ),
    };
    Some(Actor {
        span: Span::new(start, name_end),
        sentence: m.sentence,
        person: None,
        name,
        title: Some(title_text(kb, text, m, title)),
        country,
        office,
        title_span: Some(m.span),
    })
}

/// Where the name starts after a title's "of ...", "to ..." or "and ...":
/// after the comma that closes it ("the Foreign Secretary of Nepal, Ms.
/// Sewa Lamsal"), or after the last comma of a portfolio listed with
/// commas ("Minister of Development, Industry, Trade and Services, Mr
/// Geraldo Alckmin"), where an honorific or a name of two or more
/// capitalised words stands.
fn after_portfolio(text: &str, start: usize) -> Option<usize> {
    let first = text[start..].find(',').filter(|&c| c < 40)?;
    let mut at = start + first + 1;
    let skip_space = |p: usize| p + text[p..].len() - text[p..].trim_start().len();
    for _ in 0..4 {
        let from = skip_space(at);
        let rest = &text[from..];
        let segment = &rest[..rest.find([',', '.', ';', '\n']).unwrap_or(rest.len())];
        let honorific = HONORIFICS
            .iter()
            .any(|h| rest.starts_with(h) && rest[h.len()..].starts_with(' '));
        let words: Vec<&str> = segment.split_whitespace().collect();
        let a_name = words.len() >= 2
            && words
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase));
        let listed_on = rest[segment.len()..].starts_with(',') && segment.len() < 40;
        if honorific || a_name || !listed_on {
            return Some(from);
        }
        at = from + segment.len() + 1;
        if at - start > 120 {
            return None;
        }
    }
    None
}

/// "Mulambo Haimbe, Zambia's Minister of Foreign Affairs, met ...": a name
/// that opens its clause, then the title in apposition.
fn name_before_title(
    kb: &Kb,
    text: &str,
    mentions: &[Mention],
    i: usize,
    title: TitleRef,
) -> Option<Actor> {
    let m = &mentions[i];
    // back over "Zambia's " or "the " to the comma after the name
    let mut head = m.span.start;
    if i > 0 && mentions[i - 1].is_state_word() && mentions[i - 1].span.end + 3 >= head {
        head = mentions[i - 1].span.start;
    }
    let before = text[..head].trim_end();
    let before = before.strip_suffix("the").unwrap_or(before).trim_end();
    let before = before.strip_suffix(',')?.trim_end();
    // the name: the capitalised words that open the clause or sentence
    let clause = before
        .rfind(['.', ',', ';', '\n', '"', '“', ':'])
        .map_or(0, |p| p + 1);
    let lead = before[clause..].len() - before[clause..].trim_start().len();
    let start = clause + lead;
    let (end, name) = capitalised_name(text, start)?;
    if end != before.len() || name.split_whitespace().count() < 2 {
        return None;
    }
    // (a KB surname inside an unknown name is no one: "Bendito dos
    // Santos Freitas")
    if mentions.iter().any(|x| {
        x.span.start >= start
            && x.span.start < end
            && !x.targets.iter().all(|t| matches!(t, Target::Surname(_)))
    }) {
        return None;
    }
    let country = match title {
        TitleRef::Office(o) => Some(kb.offices[o].country.clone()),
        TitleRef::Kind(_) => title_country(kb, text, mentions, i, title),
    };
    Some(Actor {
        span: Span::new(start, end),
        sentence: m.sentence,
        person: None,
        name,
        title: Some(title_text(kb, text, m, title)),
        country,
        office: None,
        title_span: Some(m.span),
    })
}

/// "The Secretary-General was in Dili, where he met Prime Minister Xanana
/// Gusmão": an office-holder of no stated state, met in a place, is of the
/// place's state.
fn place_of_sentence(kb: &Kb, text: &str, mentions: &[Mention], i: usize) -> Option<String> {
    let sentence = mentions[i].sentence?;
    let place_state = mentions
        .iter()
        .filter(|m| m.sentence == Some(sentence))
        .find_map(|m| {
            let p = m.find(|t| match *t {
                Target::Place(p) => Some(p),
                _ => None,
            })?;
            let before = text[..m.span.start].trim_end();
            (before.ends_with(" in") || before.ends_with(" at"))
                .then(|| kb.places[p].country.clone())
        })?;
    // "talks between Foreign Secretary X and Nepal's Foreign Secretary Y,
    // in Kathmandu": the host is the one the sentence gives the state to
    // ("Nepal's Foreign Secretary", "the Nepalese Prime Minister"; not
    // "Timor-Leste's progress")
    let host_named = mentions.iter().any(|m| {
        let after = text[m.span.end..]
            .trim_start_matches(['\'', '’', 's'])
            .trim_start();
        m.sentence == Some(sentence)
            && m.is_state_word()
            && m.country(kb) == Some(place_state.as_str())
            && after.starts_with(char::is_uppercase)
    });
    (!host_named).then_some(place_state)
}

/// "Moldova summoned Russia's ambassador ... Ambassador Oleg Vasnetsov was
/// handed a note": a title of one kind with no state beside it is of the
/// state the nearest earlier title of that kind was given.
fn kind_state_before(
    kb: &Kb,
    text: &str,
    mentions: &[Mention],
    i: usize,
    k: usize,
) -> Option<String> {
    (0..i).rev().find_map(|j| {
        let same = mentions[j]
            .targets
            .iter()
            .any(|t| matches!(t, Target::Title(x) if *x == k));
        if same {
            context_country(kb, text, mentions, j)
        } else {
            None
        }
    })
}

/// The state of someone the KB does not know, named after the title of a
/// KB office. The office's state when the title names it ("Japan's
/// Vice-Minister for Foreign Affairs") or the text names that state at all;
/// else the title is only a form of words another state's office shares
/// ("Deputy Prime Minister and Foreign Minister Mihai Popșoi" in a report
/// from Chisinau) and the state comes from the words around, or the
/// dateline; the KB office is then not theirs.
fn unknown_holder_state(
    kb: &Kb,
    text: &str,
    mentions: &[Mention],
    i: usize,
    o: usize,
    home: Option<&str>,
) -> (String, Option<usize>) {
    let own = kb.offices[o].country.clone();
    let title = entente_kb::fold::key(mentions[i].span.of(text));
    let names_state = kb.country(&own).is_some_and(|c| {
        std::iter::once(&c.name)
            .chain(&c.aliases)
            .chain(&c.adjectives)
            .any(|w| title.contains(&entente_kb::fold::key(w)))
    });
    let state_in_text = mentions
        .iter()
        .any(|x| x.is_state_word() && x.country(kb) == Some(own.as_str()));
    if names_state {
        return (own, Some(o));
    }
    match context_country(kb, text, mentions, i) {
        Some(c) if c != own => return (c, None),
        Some(c) => return (c, Some(o)),
        None => {}
    }
    match home {
        Some(h) if !state_in_text && h != own => (h.to_string(), None),
        _ => (own, Some(o)),
    }
}

/// Two to four capitalised words (with initials and name particles) at
/// `start`: a personal name.
fn capitalised_name(text: &str, start: usize) -> Option<(usize, String)> {
    const PARTICLES: &[&str] = &[
        "bin", "bint", "al", "Al", "de", "da", "van", "von", "der", "la", "du", "el", "ibn", "dos",
    ];
    const STOP: &[&str] = &[
        "The",
        "On",
        "In",
        "At",
        "During",
        "He",
        "She",
        "They",
        "It",
        "His",
        "Her",
        "Minister",
        "Secretary",
        "Ambassador",
        "President",
        "Prime",
        "Mr",
        "Mr.",
        "Ms",
        "Ms.",
        "Dr.",
        "Both",
        "And",
        "Also",
        "Foreign",
    ];
    let mut words = Vec::new();
    let mut end = start;
    for raw in text[start..].split(' ') {
        // a line break ends the name ("... Alberto van Klaveren.\n")
        let (w, line_end) = match raw.find(['\n', '\r']) {
            Some(p) => (&raw[..p], true),
            None => (raw, false),
        };
        let clean = w.trim_end_matches([',', '.', ';', ':', ')', '"', '”']);
        let ends_clause =
            clean.len() != w.len() && !(w.ends_with('.') && clean.chars().count() == 1);
        let is_initial =
            clean.chars().count() == 1 && clean.chars().all(char::is_uppercase) && w.ends_with('.');
        let cap = clean.chars().next().is_some_and(char::is_uppercase)
            && clean
                .chars()
                .skip(1)
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
            && clean.chars().count() > 1;
        let particle = PARTICLES.contains(&clean) && !words.is_empty();
        if (cap && !STOP.contains(&clean)) || is_initial || particle {
            words.push(if is_initial { w } else { clean });
            end += if is_initial { w.len() } else { clean.len() };
            if ends_clause || words.len() == 4 || line_end {
                break;
            }
            end += 1; // the space
        } else {
            break;
        }
    }
    let end = text[..end].trim_end().len().max(start);
    while words.last().is_some_and(|w| PARTICLES.contains(w)) {
        words.pop();
    }
    let full_words = words.iter().filter(|w| w.chars().count() > 2).count();
    if words.len() < 2
        || full_words < 1
        || words
            .iter()
            .all(|w| w.chars().all(char::is_uppercase) && w.len() <= 4)
    {
        return None;
    }
    let name = words.join(" ");
    let last = *words.last()?;
    let end = start
        + text[start..end]
            .rfind(last)
            .map_or(end - start, |p| p + last.len());
    Some((end, name))
}

/// A title with no name: the holder on the date, when the country is
/// known ("the External Affairs Minister", "the French President").
fn title_alone(
    kb: &Kb,
    text: &str,
    mentions: &[Mention],
    i: usize,
    title: TitleRef,
    date: Option<NaiveDate>,
) -> Option<Actor> {
    let m = &mentions[i];
    let date = date?;
    // a bare generic title needs an article or a state word before it
    let before = text[..m.span.start].trim_end();
    let has_determiner = before.ends_with("the")
        || before.ends_with("The")
        || before.ends_with("'s")
        || before.ends_with("’s");
    let holding = match title {
        // ("External Affairs Minister" mid-phrase without article: still
        // an office)
        TitleRef::Office(o) => entente_kb::Holding {
            person: kb.holder(o, date)?,
            office: o,
        },
        TitleRef::Kind(k) => {
            if !has_determiner {
                return None;
            }
            let country = title_country(kb, text, mentions, i, title)?;
            holder_of_kind(kb, k, &country, date, m.span.of(text))?
        }
    };
    Some(holder_actor(kb, m, holding))
}

#[cfg(test)]
mod tests {
    use super::capitalised_name;

    #[test]
    fn names_after_titles() {
        let t = "Takehiro Funakoshi, who arrived";
        assert_eq!(capitalised_name(t, 0).unwrap().1, "Takehiro Funakoshi");
        assert_eq!(
            capitalised_name("K. P. Sharma Oli met", 0).unwrap().1,
            "K. P. Sharma Oli"
        );
        assert_eq!(
            capitalised_name("Faisal bin Farhan said", 0).unwrap().1,
            "Faisal bin Farhan"
        );
        assert!(capitalised_name("The Minister", 0).is_none());
        assert!(capitalised_name("Paris on Monday", 0).is_none());
        // a name closing its line, and one the next line does not extend
        let t = "signed by Alberto van Klaveren.\nThe Embassy";
        assert_eq!(
            capitalised_name(t, 10).unwrap(),
            (30, "Alberto van Klaveren".into())
        );
        let t = "Ana Lima\nForeign Ministry";
        assert_eq!(capitalised_name(t, 0).unwrap().1, "Ana Lima");
    }
}
