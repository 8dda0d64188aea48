//! From one trigger in one sentence to candidate events: the parties on
//! each side, roles, direction, date, place, mechanism and round.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use entente_core::Span;
use entente_kb::{Kb, Target};
use regex::Regex;

use super::args::{self, mentions_both_sides, object_end, side, subject_end};
use super::documents::{documents, in_signed_list, listed_documents};
use super::{has_word, Event, Role};
use crate::triggers::Found;
use crate::Context;

pub(super) fn ordinal_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?i)\b(?:(\d{1,3})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth))\s+(?:round|edition|meeting|session|iteration)\b").unwrap()
    })
}

pub(super) fn round_in(sentence: &str) -> Option<u32> {
    const WORDS: [&str; 20] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ];
    let c = ordinal_re().captures(sentence)?;
    if let Some(n) = c.get(1) {
        return n.as_str().parse().ok();
    }
    let w = c.get(2)?.as_str().to_lowercase();
    WORDS.iter().position(|x| *x == w).map(|p| p as u32 + 1)
}

pub(super) fn mechanism_in(ctx: &Context, span: Span) -> Option<usize> {
    ctx.mentions_in(span).iter().find_map(|m| {
        m.find(|t| match *t {
            Target::Mechanism(i) => Some(i),
            _ => None,
        })
        .filter(|&i| !foreign_acronym(ctx, m.span, i))
    })
}

/// "JCC" in a report on Kenya and Ghana is not India and Bangladesh's
/// Joint Consultative Commission: an acronym names a mechanism only for
/// the pairs of states it is known for.
fn foreign_acronym(ctx: &Context, at: Span, i: usize) -> bool {
    let form = at.of(ctx.text);
    let acronym = form.len() <= 6 && form.chars().all(|c| c.is_ascii_uppercase());
    let pairs = &ctx.kb.mechanisms[i].pairs;
    let main_pair = ctx.pair_at(at.start);
    if !acronym || pairs.is_empty() || main_pair.len() < 2 {
        return false;
    }
    let mut pair = main_pair.to_vec();
    pair.sort();
    !pairs.iter().any(|p| {
        let mut p = p.clone();
        p.sort();
        p == pair
    })
}

/// "The Dialogue was co-chaired by ...": a capitalised "the Dialogue" (or
/// Consultations, Commission, ...) after a mechanism was named in an earlier
/// sentence is that mechanism, when its name ends with the same word.
fn mechanism_named_back(ctx: &Context, span: Span, sentence: &str) -> Option<usize> {
    // "The India-France Strategic Dialogue was held ... . It was co-chaired
    // by ...": "It" opening the next sentence is the mechanism just named
    if sentence.starts_with("It was ") || sentence.starts_with("It is ") {
        let i = ctx.sentence_of(span.start)?;
        let prev = ctx.doc.sentences[i.checked_sub(1)?];
        return ctx.mentions_in(prev).iter().rev().find_map(|m| {
            m.find(|t| match *t {
                Target::Mechanism(k) => Some(k),
                _ => None,
            })
        });
    }
    const HEADS: &[&str] = &[
        "Dialogue",
        "Consultations",
        "Commission",
        "Committee",
        "Council",
        "Forum",
        "Mechanism",
        "Group",
    ];
    // one pass for "the"/"The", then the word after it (no string built
    // per head: this runs for every trigger)
    let head = sentence.match_indices("he ").find_map(|(k, _)| {
        let article = k > 0 && matches!(sentence.as_bytes()[k - 1], b't' | b'T');
        // (byte k - 1 is the ASCII 't', so a char boundary)
        if !article || k >= 2 && sentence[..k - 1].ends_with(char::is_alphanumeric) {
            return None;
        }
        let rest = &sentence[k + 3..];
        HEADS
            .iter()
            .find(|h| rest.starts_with(**h) && rest[h.len()..].starts_with(' '))
    })?;
    ctx.mentions[..ctx.mentions.partition_point(|m| m.span.end <= span.start)]
        .iter()
        .rev()
        .find_map(|m| {
            m.find(|t| match *t {
                Target::Mechanism(i) => Some(i),
                _ => None,
            })
        })
        .filter(|&i| ctx.kb.mechanisms[i].name.split_whitespace().last() == Some(*head))
}

/// Builds the candidate events of one trigger.
/// `triggers` are the spans (in the sentence) of every trigger the sentence
/// holds, `f`'s among them: each date belongs to the trigger nearest it.
pub(super) fn build(
    ctx: &Context,
    i: usize,
    span: Span,
    sentence: &str,
    f: &Found,
    triggers: &[(usize, usize)],
) -> Vec<Event> {
    let kb: &Kb = ctx.kb;
    let mut kind = f.rule.kind.clone();
    let mut cameo = f.rule.cameo.clone();
    let mechanism = mechanism_in(ctx, span).or_else(|| {
        // only rounds and meetings have a mechanism
        matches!(f.rule.kind.as_str(), "consultation" | "meeting")
            .then(|| mechanism_named_back(ctx, span, sentence))
            .flatten()
    });
    // "chaired a meeting of the cabinet", "a session of the National
    // Security Council": a state's own council is no meeting between
    // states (rule 12)
    if matches!(kind.as_str(), "consultation" | "meeting")
        && (domestic_body(&sentence[f.start..])
            || crisis_staff_before(&sentence[..f.start])
            || weekly_session(sentence))
    {
        return vec![];
    }
    if kind == "consultation" && mechanism.is_none() {
        // "X and Y co-chaired the talks": a meeting, when people are named
        let named = !ctx.actors_in(span).is_empty();
        if named && sentence[f.start..f.end].to_lowercase().contains("chair") {
            kind = "meeting".into();
        } else {
            return vec![];
        }
    }
    if kind == "meeting" && mechanism.is_some() {
        kind = "consultation".into();
    }
    let t_start = span.start + f.start;
    let t_end = span.start + f.end;
    let quote = ctx.quote_at(t_start);
    // the subject side ends where a topic starts ("X and Y discussed
    // support for Ukraine during a video call": Ukraine is no party)
    let subj_end = span.start + subject_end(sentence, f.start);
    // "Japan summoned the Chinese ambassador and lodged a protest": a verb
    // joined by "and" to an earlier one shares its subject, which ends
    // where that verb starts
    let coordinated = sentence[..f.start].trim_end().ends_with(" and");
    let subj_end = match triggers
        .iter()
        .filter(|t| t.1 <= f.start)
        .map(|t| t.0)
        .min()
    {
        Some(first) if coordinated => subj_end.min(span.start + first),
        _ => subj_end,
    };
    // a noun phrase's own words name its source ("after a Russian missile
    // strike on Kyiv"): the three words before it, not the sentence subject
    let subj_start = if f.rule.nominal {
        let before = &sentence[..f.start];
        let cut = before
            .char_indices()
            .rev()
            .filter(|(_, c)| c.is_whitespace())
            .nth(3)
            .map_or(0, |(p, _)| p);
        span.start + cut
    } else {
        span.start
    };
    // "lodged a protest after a Chinese coast guard ship fired water cannon
    // at", "an incident in which Chinese ships blocked": a clause with a
    // subject of its own before the trigger is the trigger's
    // (the subject side may end before the clause: "discussed ... after")
    let subj_start = clause_subject_start(ctx, &sentence[..f.start], quote)
        .map(|at| span.start + at)
        .filter(|&at| at <= subj_end)
        .map_or(subj_start, |at| subj_start.max(at));
    let mut subj = side(ctx, Span::new(subj_start, subj_end), quote);
    // "Ms. KAMIKAWA, who is visiting Vientiane, the Lao PDR, to attend the
    // ASEAN meetings, held a meeting with": the relative clause tells
    // where the subject is, not who takes part
    if let Some(cut) = relative_clause_in(ctx.text, subj_start, subj_end) {
        let mut outside = side(ctx, Span::new(subj_start, cut.start), quote);
        let after = side(ctx, Span::new(cut.end, subj_end), quote);
        outside.actors.extend(after.actors);
        for c in after.countries {
            outside.add_country(&c);
        }
        if !outside.countries.is_empty() {
            subj = outside;
        }
    }
    if f.rule.nominal && subj.countries.is_empty() {
        // "its drone and missile attacks on Ukrainian cities": no state in
        // the phrase, no act to date and place
        return vec![];
    }
    // "He also called on ...": the person the report was just speaking of
    // "'Glad to receive Mr. X,' the Prime Minister posted": a first-person
    // phrase in a quotation is its speaker's
    // ("Met @SecRubio in New York": a quoted sentence that opens on its
    // verb is in the first person too)
    // ("Just spoke with @X", "Also met ...": an adverb before the verb)
    // (a quotation opens where its mark is, though the sentence may run on
    // from the line above: "11:03 - Name (@handle), Minister\n\"Held talks")
    let opening = quote
        .map_or(0, |q| q.start.saturating_sub(span.start))
        .min(f.start);
    let opens_on_verb = f.start - opening <= 24
        && matches!(
            sentence[opening..f.start]
                .trim_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“'))
                .to_lowercase()
                .as_str(),
            "" | "just"
                | "also"
                | "today"
                | "yesterday"
                | "earlier today"
                | "again"
                | "this morning"
                | "tonight"
                // a post that opens on the tone of its talks ("Good call
                // with ...", "Productive meeting with ...")
                | "good"
                | "great"
                | "productive"
                | "useful"
                | "excellent"
                | "warm"
                | "fruitful"
                | "constructive"
                | "substantive"
        );
    let author = quote
        .filter(|_| (f.rule.first_person || opens_on_verb) && subj.actors.is_empty())
        .and_then(|q| ctx.post_author(q.start).or_else(|| quote_speaker(ctx, i)))
        // an unquoted post that opens on its verb ("Spoke with @X about
        // ..." under "Name @handle · date") is its author's
        .or_else(|| {
            (quote.is_none() && opens_on_verb && subj.actors.is_empty())
                .then(|| ctx.post_author(span.start))
                .flatten()
        });
    if let Some(a) = author {
        subj.actors.push(a);
        if let Some(c) = &ctx.actors[a].country {
            subj.countries.insert(0, c.clone());
        }
    }
    // ("On Wednesday, he and President Joe Biden held talks": the pronoun
    // stands for someone, whoever else the subject names)
    let up_to_subject_end = &sentence[..subj_end.saturating_sub(span.start)];
    // "Kao Kim Hourn was in Dili, where he met X": the pronoun's person is
    // named in this sentence, before its clause
    let clause_at = span.start + up_to_subject_end.rfind(',').map_or(0, |c| c + 1);
    let named_before_clause = subj
        .actors
        .iter()
        .any(|&a| ctx.actors[a].span.end <= clause_at);
    let pronoun = starts_with_personal_pronoun(up_to_subject_end) && !named_before_clause;
    // "In talks with President X on Monday, the two leaders covered ...":
    // a sentence that opens on talks with someone is about the person the
    // report was speaking of
    let opens_on_talks_with = subj.actors.is_empty()
        && sentence[..f.start].trim().len() <= 10
        && sentence[f.start..f.end].to_lowercase().ends_with(" with")
        && matches!(
            sentence[..f.start].trim().to_lowercase().as_str(),
            "" | "in" | "during" | "after" | "following" | "at"
        );
    if pronoun || subj.actors.is_empty() && f.rule.first_person || opens_on_talks_with {
        // "he" is the subject of an earlier sentence: the first person named
        // in the latest sentence that names one
        let earlier = |a: usize| {
            ctx.actors[a].span.end <= span.start && ctx.quote_at(ctx.actors[a].span.start).is_none()
        };
        // ("In Jakarta on Monday he called on X. The next day he held
        // talks": X is no subject when a pronoun stands before X; the
        // pronoun's person, named further back, is)
        let pronoun_before = |a: usize| {
            ctx.actors[a].sentence.is_some_and(|s| {
                let from = ctx.doc.sentences[s].start;
                ctx.text[from..ctx.actors[a].span.start]
                    .split_whitespace()
                    .any(|w| matches!(w, "he" | "she" | "He" | "She"))
            })
        };
        let subject_of_its_sentence = |a: usize| {
            let s = ctx.actors[a].sentence;
            s.is_some()
                && !pronoun_before(a)
                && (0..a)
                    .rev()
                    .take_while(|&b| ctx.actors[b].sentence == s)
                    .all(|b| !earlier(b))
        };
        if let Some(a) = (0..ctx.actors.len())
            .rev()
            .find(|&a| earlier(a) && subject_of_its_sentence(a))
            .filter(|a| !subj.actors.contains(a))
        {
            subj.actors.insert(0, a);
            if let Some(c) = &ctx.actors[a].country {
                if !subj.countries.contains(c) {
                    subj.countries.insert(0, c.clone());
                }
            }
        }
    }
    // "Macron hosted Modi, who is on a state visit to France": a trigger in
    // a relative clause is done by the person the clause is about
    if let Some(a) = relative_antecedent(ctx, span, sentence, f.start) {
        narrow_to(&mut subj, ctx, a);
    }
    // "Iwaya welcomed Minister Cho's visit to Japan": the visit is the
    // possessor's
    if kind == "visit" {
        if let Some(a) = possessor_before(ctx, t_start).or_else(|| his_visit(ctx, span, t_start)) {
            narrow_to(&mut subj, ctx, a);
        }
    }
    // "... his Latvian and Lithuanian counterparts, A and B, when the three
    // met": a number standing for the people just named
    if refers_to_a_group(&ctx.text[span.start..t_start]) {
        let named = side(ctx, Span::new(span.start, t_start), quote);
        if named.actors.len() >= 2 {
            subj = named;
        }
    }
    // "At the invitation of Minister A, Minister B paid an official visit":
    // the inviter is the host, the one named last the guest
    let mut invited_by: Vec<String> = Vec::new();
    if kind == "visit" {
        let lead = ctx.text[subj_start..subj_end].trim_start().to_lowercase();
        if lead.starts_with("at the invitation of") || lead.starts_with("on the invitation of") {
            if let Some(&guest) = subj.actors.last() {
                let hosts: Vec<String> = subj
                    .actors
                    .iter()
                    .filter_map(|&a| ctx.actors[a].country.clone())
                    .filter(|c| Some(c) != ctx.actors[guest].country.as_ref())
                    .collect();
                narrow_to(&mut subj, ctx, guest);
                invited_by = hosts;
            }
        }
    }
    // "The Council today adopted restrictive measures": in a release of
    // the European Union, its Council
    if subj.countries.is_empty() {
        let said = ctx.text[subj_start..subj_end].trim();
        let said = if said.contains("ouncil") {
            said.to_lowercase()
        } else {
            String::new()
        };
        let council = said.starts_with("the council") && !said.starts_with("the council of");
        let eu_release = || {
            ["Council of the European Union", "European Union", "EU "]
                .iter()
                .any(|n| ctx.text[..ctx.doc.body_start.max(span.start)].contains(n))
        };
        if council && eu_release() {
            subj.countries.push("EUR".into());
        }
    }
    // "the two Ministers co-chaired the round": the two people of different
    // states named last before it
    if subj.actors.is_empty() {
        let s = if ctx.text[subj_start..subj_end].contains("two") {
            ctx.text[subj_start..subj_end].to_lowercase()
        } else {
            String::new()
        };
        // (after an opening phrase: "On 20 November, the two Ministers")
        let s = s.rsplit(',').next().unwrap_or(&s);
        let s = s.trim_start();
        if [
            "the two ministers",
            "the two foreign ministers",
            "the two leaders",
            "the two presidents",
            "the two prime ministers",
        ]
        .iter()
        .any(|p| s.starts_with(p))
        {
            // "the two Ministers" are two ministers, not the President who
            // received one of them or the one whose greetings were conveyed
            let ministers = s.starts_with("the two ministers") || s.starts_with("the two foreign");
            subj.actors = the_two_named_before(ctx, i, ministers);
            for &a in &subj.actors {
                if let Some(c) = &ctx.actors[a].country {
                    if !subj.countries.contains(c) {
                        subj.countries.push(c.clone());
                    }
                }
            }
        }
    }
    // "The Japanese Ministers are in Manila on an official visit": the
    // ministers of that state named before
    if subj.actors.is_empty() {
        if let Some(state) = plural_ministers_of(ctx, Span::new(subj_start, subj_end)) {
            let mut seen: Vec<&str> = Vec::new();
            for (k, a) in ctx.actors.iter().enumerate() {
                let minister = a
                    .title
                    .as_deref()
                    .is_some_and(|t| t.contains("Minister") || t.contains("Secretary"));
                if a.span.end <= span.start
                    && a.country.as_deref() == Some(state.as_str())
                    && minister
                    && !seen.contains(&a.name.as_str())
                {
                    seen.push(&a.name);
                    subj.actors.push(k);
                }
            }
            if !subj.actors.is_empty() && !subj.countries.contains(&state) {
                subj.countries.insert(0, state);
            }
        }
    }
    // "On Saturday the Ministry issued a statement condemning ...": a
    // ministry no state is named for, in a report filed from a state's
    // capital, is that state's
    if subj.countries.is_empty() && subj.actors.is_empty() && f.rule.directed {
        let s = ctx.text[subj_start..subj_end].to_lowercase();
        let tail: Vec<&str> = s.split_whitespace().rev().take(6).collect();
        let ministry = tail.iter().any(|w| {
            matches!(
                w.trim_matches(|c: char| !c.is_alphabetic()),
                "ministry" | "ministry's"
            )
        }) && s.contains("the ");
        if ministry {
            if let Some(c) = ctx.doc.dateline.as_ref().and_then(|d| d.country.clone()) {
                subj.countries.push(c);
            }
        }
    }
    // "The two Ministers called on Israel to ...": both states of the report
    // ("(2) The Ministers condemned ...", in a joint statement, too)
    // ("Ministers condemned the attacks. They called on Iran to ...": the
    // pronoun stands for the plural subject of the sentence before)
    let said_of_both =
        |subject: &str| names_both_sides(subject) || f.rule.directed && plural_officials(subject);
    let they_after_both = || {
        let s = ctx.text[subj_start..subj_end].trim();
        matches!(s, "They" | "they")
            && i.checked_sub(1).is_some_and(|j| {
                let before = ctx.doc.sentences[j].of(ctx.text);
                let head: String = before
                    .split_whitespace()
                    .take(3)
                    .collect::<Vec<_>>()
                    .join(" ");
                said_of_both(&head) || said_of_both(before.split_whitespace().next().unwrap_or(""))
            })
    };
    // "We condemn the DPRK's launches", in a joint statement that opened
    // "We, Prime Minister X of Japan, President Y of ...": those states
    let mut we_sides = false;
    if subj.countries.is_empty() && subj.actors.is_empty() {
        let s = ctx.text[subj_start..subj_end].trim();
        let we = s.rsplit(',').next().unwrap_or(s).split_whitespace().next();
        // (or the trigger's own first word: "We condemn")
        let in_trigger = sentence[f.start..f.end].starts_with("We ");
        if matches!(we, Some("We" | "we")) || s.is_empty() && in_trigger {
            subj.countries = ctx.we_states().to_vec();
            we_sides = !subj.countries.is_empty();
        }
    }
    let main_pair = ctx.pair_at(span.start);
    let unnamed_sides = we_sides
        || subj.countries.is_empty()
            && subj.actors.is_empty()
            && main_pair.len() == 2
            && (said_of_both(&ctx.text[subj_start..subj_end]) || they_after_both());
    if unnamed_sides && !we_sides {
        subj.countries = main_pair.to_vec();
    }
    let obj_end = span.start + object_end(sentence, f.end);
    let mut obj = side(ctx, Span::new(t_end, obj_end), quote);
    // "hosted his Paraguayan counterpart, X, ...": the object's state is
    // written inside the trigger
    if obj.countries.is_empty() {
        for m in ctx.mentions_in(Span::new(t_start, t_end)) {
            if !m.is_state_word() {
                continue;
            }
            if let Some(c) = m.country(ctx.kb) {
                if !subj.countries.iter().any(|s| s == c) {
                    obj.add_country(c);
                }
            }
        }
    }
    // "Yesterday, EAM held talks with him in New Delhi": the person of
    // another state the report was just speaking of
    // ("declared him persona non grata": the pronoun inside the trigger)
    let pronoun_in_trigger = sentence[f.start..f.end]
        .split_whitespace()
        .any(|w| matches!(w, "him" | "her" | "them"));
    let by_pronoun = pronoun_in_trigger
        || obj.actors.is_empty() && object_is_a_pronoun(ctx.text.get(t_end..obj_end).unwrap_or(""));
    if by_pronoun {
        // (the sentence's own words count: "Rasool left a week after Rubio
        // declared him persona non grata")
        if let Some(a) = ctx.actor_range(Span::new(0, t_start)).rev().find(|&a| {
            let act = &ctx.actors[a];
            act.span.end <= t_start
                && !subj.actors.contains(&a)
                && ctx.quote_at(act.span.start).is_none()
                && act
                    .country
                    .as_ref()
                    .is_some_and(|c| !subj.countries.contains(c))
        }) {
            obj.actors.insert(0, a);
            if let Some(c) = &ctx.actors[a].country {
                if !obj.countries.contains(c) {
                    obj.countries.insert(0, c.clone());
                }
            }
        }
    }
    // "held separate talks with each of his two guests": the guests just
    // named, each a counterpart of their own
    if obj.actors.is_empty() {
        if let Some(n) = guests_named_before(ctx.text.get(t_end..obj_end).unwrap_or("")) {
            let mut seen_people = Vec::new();
            for a in ctx.actor_range(Span::new(0, span.start)).rev() {
                let act = &ctx.actors[a];
                let other = act
                    .country
                    .as_ref()
                    .is_some_and(|c| !subj.countries.contains(c));
                if !other || ctx.quote_at(act.span.start).is_some() {
                    continue;
                }
                if seen_people.contains(&act.person) {
                    continue;
                }
                seen_people.push(act.person);
                obj.actors.insert(0, a);
                if let Some(c) = &act.country {
                    obj.add_country(c);
                }
                if seen_people.len() == n {
                    break;
                }
            }
        }
    }
    // "condemns the actions of the People's Republic of China against a
    // Philippine operation": the doer is the target, not the one it was
    // done against
    if f.rule.directed {
        if let Some(p) = ctx.text[t_end..obj_end].find(" against ") {
            let head = side(ctx, Span::new(t_end, t_end + p), quote);
            if !head.countries.is_empty() {
                obj.countries.retain(|c| head.countries.contains(c));
            }
        }
    }
    // sanctions aim at the states listed first after them ("on Russia and
    // Belarus", "in view of Iran's support to Russia's war against
    // Ukraine"): those named later are context
    // "support for India's candidature for permanent membership of the UN
    // Security Council": support aims at the state named first
    if matches!(f.rule.cameo.as_str(), "051" | "163") {
        let listed = first_listed_states(ctx, Span::new(t_end, obj_end));
        if !listed.is_empty() {
            obj.countries = listed;
        } else if f.rule.cameo == "163" && obj.countries.iter().all(|c| subj.countries.contains(c))
        {
            // "imposed restrictive measures on 16 individuals in view of the
            // Lukashenka regime's repression", "sanctions on five officials
            // over Iran's drone transfers": measures on people, aimed at the
            // state the reason names
            let reason = side(ctx, Span::new(t_end, span.end), quote);
            if let Some(c) = reason
                .countries
                .iter()
                .find(|c| !subj.countries.contains(c))
            {
                obj.countries = vec![c.clone()];
            }
        }
    }
    for h in invited_by.into_iter().rev() {
        if !obj.countries.contains(&h) {
            obj.countries.insert(0, h);
        }
    }
    // "received in Cairo H.E. Mr. Ayman Safadi": a person within a few
    // words of the verb, nothing between but a place and honorifics
    if f.rule.person_object && !by_pronoun {
        // where the person starts: their title, if written before the name
        let first = obj.actors.first().map(|&a| {
            let act = &ctx.actors[a];
            act.title_span
                .filter(|t| t.start >= t_end)
                .map_or(act.span.start, |t| t.start.min(act.span.start))
        });
        let near = first.is_some_and(|s| {
            let gap = &ctx.text[t_end..s];
            // "received today, at Itamaraty Palace, the Minister of ...":
            // commas around when and where
            let adverbial = ["today", "yesterday", "on ", "at ", "in ", "this "]
                .iter()
                .any(|w| gap.trim_start_matches([' ', ',']).starts_with(w));
            // "Hosted the G4 Foreign Ministers' meeting in New York today
            // with FMs ...": a meeting hosted with the people after "with"
            let hosted_meeting = gap.len() <= 100
                && gap.find(" with ").is_some_and(|w| {
                    ["meeting", "talks", "dialogue", "consultations"]
                        .iter()
                        .any(|n| gap[..w].contains(n))
                });
            !gap.contains([';', '"', '“'])
                && (gap.len() <= 40 && !gap.contains(',')
                    || adverbial && gap.len() <= 70
                    || hosted_meeting)
        });
        if !near {
            return vec![];
        }
    }
    // "called on Israel to": the addressee is inside the trigger's words
    if f.rule.directed {
        // ...but "adds eight Belarusian companies to the EU's asset-freeze
        // list": the list is the acting side's, what is added its target
        let said = &sentence[f.start..f.end];
        let (aimed, list_owner) = match said.to_lowercase().starts_with("add") {
            true => match said.rfind(" to ") {
                Some(p) => (
                    Span::new(t_start, t_start + p),
                    side(ctx, Span::new(t_start + p, t_end), quote).countries,
                ),
                None => (Span::new(t_start, t_end), Vec::new()),
            },
            false => (Span::new(t_start, t_end), Vec::new()),
        };
        if subj.countries.is_empty() {
            subj.countries = list_owner;
        }
        let inside = side(ctx, aimed, quote);
        // "called on Israel to stop its operations in Gaza and Lebanon":
        // with the addressee inside the trigger, what follows is what was
        // asked, not a further party
        if matches!(kind.as_str(), "appeal" | "demand") && !inside.countries.is_empty() {
            obj.countries.clear();
        }
        for c in inside.countries.into_iter().rev() {
            if !obj.countries.contains(&c) {
                obj.countries.insert(0, c);
            }
        }
    }
    // "handed over relief supplies, including tents and generators, to the
    // government of Vanuatu": aid's recipient comes after the list
    if kind == "aid" && obj.countries.is_empty() {
        obj = side(ctx, Span::new(t_end, span.end), quote);
    }
    let mut whole = side(ctx, span, quote);
    if let Some(a) = author {
        whole.actors.insert(0, a);
        if let Some(c) = &ctx.actors[a].country {
            if !whole.countries.contains(c) {
                whole.countries.insert(0, c.clone());
            }
        }
    }
    // the date nearest the trigger: "On February 28, X held a meeting with
    // Y, who is visiting Japan from February 27 to March 1" dates the
    // meeting by the first and the visit by the second
    // the sentence's first date, unless the trigger's own clause goes on to
    // one before any other trigger: "X held a meeting with Y, who is
    // visiting Japan from February 27 to March 1" dates the visit by the
    // range and the meeting by the sentence's "On February 28"
    let dates = ctx.sentence_dates(i);
    // "said on Monday that the government would provide": a date inside
    // the trigger's own words
    let inside = dates
        .iter()
        .find(|d| d.span.start >= t_start && d.span.end <= t_end);
    let own = inside.or_else(|| dates.iter().find(|d| {
        let Some(between) = ctx.text.get(t_end..d.span.start) else {
            return false;
        };
        !between.contains([',', ';', '(', ':'])
            // "the first visit since X took office in December 2023"
            && ![" since ", " after ", " following ", " before ", " ahead of ", " when ", " until ", " took ", " was "]
                .iter()
                .any(|w| between.contains(w))
            && !triggers
                .iter()
                .any(|&(s, _)| span.start + s > t_end && span.start + s < d.span.start)
    }));
    // "summoned the ambassador on Tuesday after a missile strike on X killed
    // 14 people, including children, on Monday": a noun phrase's act is
    // dated by the first date after it, past commas
    let own = own.or_else(|| {
        f.rule
            .nominal
            .then(|| {
                dates.iter().find(|d| {
                    d.span.start >= t_end
                        && !triggers
                            .iter()
                            .any(|&(s, _)| span.start + s > t_end && span.start + s < d.span.start)
                })
            })
            .flatten()
    });
    // "X, who arrived on Tuesday, also called on Y later in the day": a
    // date inside a relative clause the trigger is not in is that
    // clause's; "later in the day" is the day of the event told before
    let same_day_as_before = {
        // in the trigger's own words or after them ("... also called on Y
        // later in the day"), or opening the sentence ("Hours later, X")
        const SAME_DAY: &[&str] = &[
            "later in the day",
            "later that day",
            "the same day",
            "hours later",
            "that evening",
        ];
        let next = triggers
            .iter()
            .map(|&(s, _)| s)
            .filter(|&s| s > f.end)
            .min()
            .unwrap_or(sentence.len());
        let own = sentence[f.end..next].to_lowercase();
        let opening = sentence[..f.start].to_lowercase();
        SAME_DAY.iter().any(|w| own.contains(w))
            || [
                "hours later",
                "later that day",
                "on the same day",
                "the same day",
                "that same day",
                "on that day",
            ]
            .iter()
            .any(|w| opening.trim_start().starts_with(w))
    };
    let outside_relative = |d: &&crate::dates::EventDate| {
        let before = &ctx.text[span.start..d.span.start];
        let clause = before.rfind([',']).filter(|&c| {
            let rest = before[c + 1..].trim_start();
            ["who ", "which ", "whose "]
                .iter()
                .any(|w| rest.starts_with(w))
        });
        // ...and the clause closes before the trigger, or opens after it
        // ("The session was co-chaired by X, who arrived on Monday")
        let closed = d.span.end <= t_start && ctx.text[d.span.end..t_start].contains(',');
        let after_trigger = clause.is_some_and(|c| span.start + c >= t_end);
        !(clause.is_some() && (closed || after_trigger))
    };
    let date = own.cloned().or_else(|| {
        if same_day_as_before {
            // the day of the sentence before that gives one (not a day
            // inside a quoted post: "... in Paris today")
            (i.saturating_sub(3)..i).rev().find_map(|j| {
                ctx.sentence_dates(j)
                    .iter()
                    .find(|d| {
                        d.date.len() == 10 && d.end.is_none() && ctx.quote_at(d.span.start).is_none()
                    })
                    .cloned()
            })
        } else {
            // "the first visit abroad since he was sworn in on 2 April": a
            // date after "since" is the reference point, not the act's
            let since = |d: &&crate::dates::EventDate| {
                let from = if d.span.start > t_end {
                    t_end
                } else {
                    span.start
                };
                ctx.text
                    .get(from..d.span.start)
                    .is_some_and(|b| b.contains(" since "))
            };
            // ("support for Brazil's presidency of COP30, to be held in
            // November 2025", written in June): a date after the report's
            // is what is to come, not the day of the act told
            let ahead = |d: &&crate::dates::EventDate| {
                matches!((d.first_day(), ctx.anchor), (Some(x), Some(a)) if x > a)
            };
            dates
                .iter()
                .filter(|d| !since(d) && !ahead(d))
                .find(outside_relative)
                .cloned()
        }
    });
    // "Iran on Friday denounced the sanctions, a day after EU governments
    // adopted them": an act in a clause dated from the main clause's day
    let (date, dated_back) = match (own, date, days_after_clause(sentence, f.start)) {
        (None, Some(mut d), Some((at, Some(days)))) if d.span.start < span.start + at => {
            if let Some(day) = d.day() {
                d.date = (day - chrono::Duration::days(days)).to_string();
                d.end = None;
            }
            (Some(d), true)
        }
        // "..., days after Tokyo had called in China's envoy": before the
        // main clause's day, on a day not told
        (None, Some(d), Some((at, None))) if d.span.start < span.start + at => (None, true),
        (_, d, _) => (d, false),
    };
    // "ended a two-day visit on Wednesday, during which the two countries
    // signed ...": the day the visit ended is not the signing's
    let during_which = sentence[..f.start].rfind("during which");
    let date = match (date, during_which) {
        (Some(d), Some(at)) if kind != "visit" && d.span.start < span.start + at => None,
        (d, _) => d,
    };
    let place = place_of(ctx, &whole, sentence, &kind);
    let also = has_word(sentence, "also");

    // parties
    let mut countries: Vec<String> = Vec::new();
    let push = |v: &mut Vec<String>, c: &String| {
        if !v.contains(c) {
            v.push(c.clone())
        }
    };
    let (subj_countries, obj_countries) =
        if kind == "consultation" || kind == "intent_to_cooperate" || kind == "agreement" {
            (whole.countries.clone(), vec![])
        } else {
            (subj.countries.clone(), obj.countries.clone())
        };
    subj_countries.iter().for_each(|c| push(&mut countries, c));
    obj_countries.iter().for_each(|c| push(&mut countries, c));
    let both = mentions_both_sides(sentence);
    // "The two leaders confirmed that they would cooperate in ASEAN and the
    // United Nations": the pledge is the two leaders'; bodies named in
    // what was pledged are no parties
    let subject_text = &ctx.text[subj_start..subj_end];
    // ("The two ministers exchanged views on Sudan and Somalia ... and
    // confirmed that they would continue to cooperate": states named as
    // topics, none of the report's pair, are not the pledging sides)
    if kind == "intent_to_cooperate"
        && (names_both_sides(subject_text) || starts_with_they(subject_text))
        && (countries.iter().all(|c| kb.body(c).is_some())
            || names_both_sides(subject_text)
                && main_pair.len() == 2
                && !countries.iter().any(|c| main_pair.contains(c)))
    {
        countries.clear();
    }
    // "Kyodo News: Japan's white paper ... What's your comment? / Lin Jian:
    // ... China deplores and firmly opposes this.": an answer's act that
    // names no other state is aimed at the state the question was about
    let mut answer_label = None;
    if f.rule.directed && countries.len() <= 1 && quote.is_none() {
        if let Some((label, question)) = answer_to(ctx, span.start) {
            if let Some(c) = ctx.actors[label].country.clone() {
                if countries.is_empty() {
                    countries.push(c.clone());
                }
                if countries[0] == c {
                    let asked = side(ctx, question, None);
                    if let Some(t) = asked.countries.iter().find(|x| **x != c) {
                        countries.push(t.clone());
                        answer_label = Some(label);
                        if !subj.countries.contains(&c) {
                            subj.countries.insert(0, c);
                        }
                    }
                }
            }
        }
    }
    // "reiterated his support for a reform of the Security Council":
    // support for a cause, no state's
    if f.rule.cameo == "051"
        && obj.countries.is_empty()
        && ["reiterat", "reaffirm", "convey"]
            .iter()
            .any(|w| sentence[f.start..f.end].to_lowercase().starts_with(w))
    {
        return vec![];
    }
    let one_of_pair = countries.len() == 1 && main_pair.contains(&countries[0]);
    let unnamed = countries.is_empty()
        && (both || matches!(kind.as_str(), "consultation" | "intent_to_cooperate"));
    if one_of_pair || unnamed {
        for c in main_pair {
            push(&mut countries, c);
        }
    }
    // visits: the host is the place's state when no other is named
    if kind == "visit" && countries.len() < 2 {
        if let Some((_, Some(c))) = &place {
            push(&mut countries, c);
        }
    }
    // "'This hostile step will not go unanswered,' she said": a quoted act
    // that names no state is the speaker's
    if countries.is_empty() && kind == "threat" {
        if let Some(c) = quote
            .and_then(|_| quote_speaker(ctx, i))
            .and_then(|a| ctx.actors[a].country.clone())
        {
            countries.push(c);
        }
    }
    // "Egypt had already condemned the comments", "Saudi Arabia also
    // denounced the visit": an act on something told before, aimed where
    // the act told before it was (settled once all are built)
    let aimed_back = countries.len() == 1
        && matches!(
            kind.as_str(),
            "criticism" | "rejection" | "protest" | "threat" | "demand" | "appeal"
        )
        && (refers_back(&ctx.text[t_end..obj_end])
            // "'This hostile step will not go unanswered,' she said": the
            // subject is the act answered
            || kind == "threat"
                && refers_back(&ctx.text[quote.map_or(span.start, |q| q.start.max(span.start))..t_start])
            // "said that the expulsion was 'a hostile step that will not go
            // unanswered'": the clause the quotation ends
            || kind == "threat"
                && quote.is_some_and(|q| {
                    let before = &ctx.text[span.start..q.start.max(span.start)];
                    before
                        .rfind(" that ")
                        .is_some_and(|k| refers_back(&before[k + 6..]))
                }));
    // "The North Atlantic Council and the EU likewise condemned the
    // campaign": several acting states, none acted on, each acting on what
    // was told before (one act per state, settled once all are built)
    let several_back = countries.len() >= 2
        && obj.countries.is_empty()
        && countries.iter().all(|c| subj.countries.contains(c))
        && matches!(
            kind.as_str(),
            "criticism" | "rejection" | "protest" | "demand"
        )
        && refers_back(&ctx.text[t_end..obj_end]);
    if countries.len() < 2 && !aimed_back {
        return vec![];
    }
    // "an Indian national detained in Kuwait", "the case of detained
    // writer X": a participle describing someone, not an arrest told
    if f.rule.cameo == "173" && describes_a_detainee(&sentence[..f.start], &sentence[f.end..]) {
        return vec![];
    }
    // "On his arrival at the airport, President X was welcomed by his
    // counterpart", "was received at the airport by the Vice-President":
    // a welcome on arrival is protocol; the talks that follow are the
    // meeting
    if kind == "meeting" && welcomed_on_arrival(sentence, f.start, f.end) {
        return vec![];
    }
    // a French readout's "s'est entretenu avec" under "Entretien
    // téléphonique", or with "par téléphone" in the sentence: a call
    if kind == "meeting"
        && sentence[f.start..f.end].contains("entretenu")
        && (ctx.text.contains("téléphon") || ctx.text.contains("visioconf"))
    {
        kind = "phone_call".into();
        cameo = "041".into();
    }
    // "spoke with representatives of German businesses", "spoke to
    // reporters": no call between states
    if kind == "phone_call" && sentence[f.start..f.end].starts_with("spoke") {
        let obj_head = sentence[f.end..].trim_start().to_lowercase();
        if [
            "representatives",
            "business",
            "students",
            "journalists",
            "reporters",
            "members",
            "employees",
            "the press",
            "media",
            "workers",
            "young",
            "civil society",
            "local",
        ]
        .iter()
        .any(|w| obj_head.starts_with(w))
        {
            return vec![];
        }
    }
    // "Egypt and Iran severed diplomatic relations in 1980": a year long
    // before the report's is background (rule 4)
    if let Some(anchor) = ctx.anchor {
        let head: Vec<&str> = sentence[f.end..].split_whitespace().take(6).collect();
        let long_ago = head.windows(2).any(|w| {
            w[0] == "in"
                && w[1]
                    .trim_end_matches([',', '.', ';'])
                    .parse::<i32>()
                    .is_ok_and(|y| (1900..chrono::Datelike::year(&anchor) - 1).contains(&y))
        });
        if long_ago {
            return vec![];
        }
    }
    // "The two ministers discussed the war in Gaza and the talks between
    // Tehran and Washington": talks named as a topic of discussion
    // (and exercises: "the talks covered ... and joint exercises between
    // the three services")
    let noun_trigger = sentence[f.start..]
        .split_whitespace()
        .next()
        .is_some_and(|w| matches!(w, "talks" | "meeting" | "negotiations" | "summit"))
        || kind == "material_cooperation"
            && sentence[f.start..f.end]
                .to_lowercase()
                .contains("exercises");
    if noun_trigger {
        static TOPIC: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
        let clause_start = sentence[..f.start].rfind([';', '.']).map_or(0, |p| p + 1);
        let discussing = crate::phrase_set(
            &TOPIC,
            &[
                "discussed ",
                "exchanged views on ",
                "talked about ",
                "reviewed ",
                "focused on ",
                "covered ",
            ],
        )
        .is_match(&sentence[clause_start..f.start]);
        // exercises in what was discussed or reviewed, or in a list of what
        // defence ties comprise ("discussed its implementation, including
        // more frequent joint exercises")
        static LISTED: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
        let listed = kind == "material_cooperation"
            && crate::phrase_set(&LISTED, &["discuss", "review", "including ", "such as "])
                .is_match(&sentence[..f.start]);
        let discussing = discussing || listed;
        if discussing {
            return vec![];
        }
    }
    // "The dispute comes barely two weeks after Takaichi held her first
    // meeting with Xi", "nine months after Modi co-chaired the summit": an
    // act weeks or more before the one reported is its background (rule 4)
    if weeks_after_clause(&sentence[..f.start]) {
        return vec![];
    }
    // "Japan has signed similar access agreements with Australia": the
    // ones signed before, compared with today's
    let similar = kind == "agreement"
        && sentence[f.end..]
            .split_whitespace()
            .take(3)
            .any(|w| w.eq_ignore_ascii_case("similar"));
    if similar {
        return vec![];
    }
    if kind == "agreement" && (is_company_deal(sentence) || signs_a_law(&sentence[f.end..])) {
        return vec![];
    }
    // "the ceasefire agreement that was signed in January": a document
    // described by its earlier signing; "the day the act was signed": a
    // state's own law
    if kind == "agreement" {
        let head = sentence[..f.start].trim_end().to_lowercase();
        let described = [
            "that was",
            "which was",
            "that had been",
            "which had been",
            "that were",
        ]
        .iter()
        .any(|w| head.ends_with(w));
        let a_law = [
            "the act was",
            "the law was",
            "the bill was",
            "the decree was",
        ]
        .iter()
        .any(|w| head.ends_with(w));
        if described || a_law {
            return vec![];
        }
    }
    // condemning an attack by non-state actors is no act between states (rule 12)
    if kind == "criticism" && condemns_an_attack(&sentence[f.end..]) && obj.actors.is_empty() {
        return vec![];
    }
    // "accusing him of helping to organise payments": the charge against
    // the person an expulsion or arrest is about, not a second act; "are
    // condemned to get along": a figure of speech
    if kind == "criticism" && charges_a_person_or_figure(&sentence[f.end..]) {
        return vec![];
    }

    // direction
    let (mut source, mut target) = (None, None);
    if f.rule.directed {
        // "On Monday, the anniversary of Russia's invasion of Ukraine, EU
        // foreign ministers adopted sanctions": the state of the phrase
        // nearest the verb acts, not one of an opening phrase
        let acting = (kind != "visit")
            .then(|| acting_state(ctx, Span::new(subj_start, subj_end), quote))
            .flatten();
        // ("The ministry summoned Russia's chargé d'affaires": with no
        // state in the subject, the one not acted on)
        source = acting
            .or_else(|| subj.countries.first().cloned())
            .or_else(|| {
                countries
                    .iter()
                    .find(|c| !obj.countries.contains(c))
                    .cloned()
            })
            // ("the Foreign Ministry summoned Philippine Ambassador to China
            // X": the state the envoy is posted to summons)
            .or_else(|| posted_to(ctx, Span::new(t_end, obj_end)))
            .or_else(|| countries.first().cloned());
        target = obj
            .countries
            .iter()
            .find(|c| Some(*c) != source.as_ref())
            .cloned()
            .or_else(|| {
                if kind == "visit" {
                    place
                        .as_ref()
                        .and_then(|p| p.1.clone())
                        .filter(|c| Some(c) != source.as_ref())
                } else {
                    None
                }
            })
            .or_else(|| {
                countries
                    .iter()
                    .find(|c| Some(*c) != source.as_ref())
                    .cloned()
            });
        // "the State Visit of the President of France to India": visitor
        // after "of", host after "to"
        if kind == "visit" {
            let rest = &sentence[f.end..];
            if let (Some(of), Some(to)) = (rest.find(" of "), rest.find(" to ")) {
                if of < 3 && to > of {
                    let (t0, t1) = (t_end + to, obj_end.max(t_end + to));
                    let visitor = side(ctx, Span::new(t_end, t0), quote);
                    let host = side(ctx, Span::new(t0, t1), quote);
                    // "of the President of the French Republic": an office
                    // names its state when no one holds it that day
                    let office_state = ctx.mentions_in(Span::new(t_end, t0)).iter().find_map(|m| {
                        m.find(|t| match *t {
                            Target::Office(o) => Some(kb.offices[o].country.clone()),
                            _ => None,
                        })
                    });
                    let v = visitor.countries.first().cloned().or(office_state);
                    if let (Some(v), Some(h)) = (v.as_ref(), host.countries.first()) {
                        if v != h {
                            source = Some(v.clone());
                            target = Some(h.clone());
                            // "the visit of the President of Kenya, William
                            // Ruto, to China": the visitors are named there
                            if subj.actors.is_empty() {
                                subj.actors = visitor.actors.clone();
                            }
                        }
                    }
                }
            }
        }
        // rule 10: a joint appeal of two states to a third has no single
        // source; so has any joint act ("Japan and the Philippines
        // condemned North Korea's launches")
        let people_states: BTreeSet<&String> = subj
            .actors
            .iter()
            .filter_map(|&a| ctx.actors[a].country.as_ref())
            .collect();
        let third = obj.countries.iter().any(|c| !subj.countries.contains(c));
        let joint = kind == "appeal"
            || kind != "visit"
                && ctx.text[subj_start..subj_end].contains(" and ")
                && (is_state_list(ctx, Span::new(subj_start, subj_end))
                    || people_states.len() >= 2)
                && third
            || unnamed_sides && third;
        if joint && subj.countries.len() >= 2 {
            source = None;
            // "condemned North Korea's launches and its cooperation with
            // Russia": aimed at the state listed first
            let listed = first_listed_states(ctx, Span::new(t_start, obj_end.max(t_end)));
            target = listed
                .iter()
                .chain(obj.countries.iter())
                .find(|c| !subj.countries.contains(c))
                .cloned();
            if unnamed_sides {
                if let Some(t) = &target {
                    obj.countries.retain(|c| c == t);
                    countries.retain(|c| c == t || subj.countries.contains(c));
                }
            }
        }
        // "Russia's envoy was summoned (by Poland)": the subject suffered it
        // (not "it was breaking off relations": a progressive is active)
        let progressive = sentence[f.start..f.end]
            .split_whitespace()
            .next()
            .is_some_and(|w| w.ends_with("ing"));
        // ("It was his first visit to Brazil": a noun after "was" is no
        // passive)
        let participle = sentence[f.start..f.end]
            .split_whitespace()
            .next()
            .map(str::to_lowercase)
            .is_some_and(|w| {
                w.ends_with("ed")
                    || matches!(
                        w.as_str(),
                        "held"
                            | "met"
                            | "sent"
                            | "struck"
                            | "hit"
                            | "made"
                            | "taken"
                            | "given"
                            | "shot"
                            | "told"
                    )
            });
        // ("was called to the Ministry": a trigger that holds its own "was")
        let own_passive = {
            let mut w = sentence[f.start..f.end].split_whitespace();
            matches!(w.next(), Some("was" | "were" | "been"))
                && w.next().is_some_and(|p| p.ends_with("ed"))
        };
        if (is_passive(&sentence[..f.start]) && participle || own_passive) && !progressive {
            let by = obj_by_agent(&sentence[f.end..], &obj);
            // ("The fisheries vessel was hit by a water cannon while
            // escorting Filipino fishing boats": with no state in the
            // subject, a state named after the verb, not as its agent, is
            // the sufferer's)
            let named_after = obj
                .countries
                .iter()
                .find(|c| Some(*c) != by.as_ref())
                .cloned()
                .filter(|_| subj.countries.is_empty());
            // (the source so far is then only the report's first state)
            let sufferer = named_after.or_else(|| source.take());
            source = by.or_else(|| {
                countries
                    .iter()
                    .find(|c| Some(*c) != sufferer.as_ref())
                    .cloned()
            });
            target = sufferer;
        }
    }

    // "'Chisinau's hostile steps will not go unanswered,' Zakharova told
    // her briefing": an act of words said in a quotation is the
    // speaker's, whatever state the quotation names first (a visit or aid
    // a quotation tells of is not)
    let speaker = quote
        .filter(|_| {
            matches!(
                kind.as_str(),
                "appeal"
                    | "demand"
                    | "criticism"
                    | "rejection"
                    | "threat"
                    | "protest"
                    | "diplomatic_support"
            )
        })
        .and_then(|_| quote_speaker(ctx, i));
    if let Some(c) = speaker.and_then(|a| ctx.actors[a].country.clone()) {
        if !countries.contains(&c) {
            countries.push(c.clone());
        }
        if source.as_ref() != Some(&c) {
            target = countries.iter().find(|x| **x != c).cloned();
            source = Some(c);
        }
    }

    // participants and roles
    let chair = sentence.to_lowercase().contains("chair");
    let role_all = |v: &[usize], role: &'static str| {
        v.iter()
            .map(|&a| Role { actor: a, role })
            .collect::<Vec<_>>()
    };
    let base = Event {
        kind: kind.clone(),
        cameo: cameo.clone(),
        sentences: BTreeSet::from([i]),
        at: t_start,
        countries: countries.clone(),
        source: source.clone(),
        target: target.clone(),
        participants: vec![],
        mechanism: if kind == "consultation" {
            mechanism
        } else {
            None
        },
        round: if kind == "consultation" {
            round_in(sentence)
        } else {
            None
        },
        date: date.clone(),
        place: place.clone(),
        areas: BTreeSet::new(),
        own_span: None,
        more_spans: Vec::new(),
        document: None,
        counterpart: None,
        also,
        dated_back,
        pair_guessed: unnamed || one_of_pair,
        aimed_back,
    };
    let mut out = Vec::new();
    if several_back {
        for c in &countries {
            let mut one = base.clone();
            one.countries = vec![c.clone()];
            one.source = None;
            one.target = None;
            one.aimed_back = true;
            one.participants.clear();
            out.push(one);
        }
        return out;
    }
    match kind.as_str() {
        "consultation" => {
            let mut e = base;
            let people = if whole.actors.is_empty() {
                &subj.actors
            } else {
                &whole.actors
            };
            e.participants = role_all(people, if chair { "co-chair" } else { "participant" });
            if let Some(m) = e.mechanism {
                e.areas.extend(ctx.mechanism_areas[m].iter().cloned());
            }
            out.push(e);
        }
        "meeting" | "phone_call" => {
            // "X was joined by Y": a meeting only when Y is of another state
            // (a minister joined by a colleague is one delegation)
            let said = &sentence[f.start..f.end];
            let opens = |w: &str| {
                said.get(..w.len())
                    .is_some_and(|h| h.eq_ignore_ascii_case(w))
            };
            let joined = opens("were joined") || opens("was joined");
            if joined && !obj.countries.iter().any(|c| !subj.countries.contains(c)) {
                return vec![];
            }
            // "met representatives of Indian civil society", "met business
            // leaders in Mumbai": people who speak for no state
            if kind == "meeting"
                && obj.actors.is_empty()
                && meets_non_state_people(&ctx.text[t_end..obj_end])
            {
                return vec![];
            }
            let (sr, or) = if f.rule.subject_visits {
                ("visitor", "host")
            } else {
                ("participant", "participant")
            };
            let objs: Vec<usize> = obj
                .actors
                .iter()
                .copied()
                .filter(|a| !subj.actors.contains(a))
                .collect();
            // "called on the Prime Minister and the Foreign Minister": one
            // meeting each (rule 1); "met his counterparts of Australia, Japan
            // and the US": one meeting of several states
            let one_state = objs
                .iter()
                .filter_map(|&o| ctx.actors[o].country.as_ref())
                .collect::<std::collections::BTreeSet<_>>()
                .len()
                <= 1;
            // "spoke by telephone with Hun Manet and with Phumtham": a call
            // is with one side, unless the text makes it a conference
            let calls_apart = kind == "phone_call"
                && !one_state
                && !objs.iter().any(|&o| {
                    ctx.actors[o]
                        .country
                        .as_ref()
                        .is_some_and(|c| subj.countries.contains(c))
                })
                && ![
                    "trilateral",
                    "joint",
                    "conference",
                    "video",
                    "virtual",
                    "together",
                ]
                .iter()
                .any(|w| sentence.contains(w));
            // "held separate talks with A and B", "with each of his guests"
            let separately = kind == "meeting"
                && objs.len() >= 2
                && ["separate", "each of", "one by one", "in turn"]
                    .iter()
                    .any(|w| sentence.contains(w));
            if calls_apart
                || separately
                || f.rule.per_counterpart && kind == "meeting" && objs.len() >= 2 && one_state
            {
                for &o in &objs {
                    let mut e = base.clone();
                    e.participants = role_all(&subj.actors, sr);
                    e.participants.push(Role { actor: o, role: or });
                    e.counterpart = Some(o);
                    if kind == "phone_call" {
                        e.place = None;
                    }
                    if let Some(c) = &ctx.actors[o].country {
                        let mut cs: Vec<String> = subj.countries.clone();
                        if !cs.contains(c) {
                            cs.push(c.clone());
                        }
                        if cs.len() >= 2 {
                            e.countries = cs;
                        }
                    }
                    out.push(e);
                }
            } else {
                let mut e = base;
                e.participants = role_all(&subj.actors, sr);
                e.participants.extend(role_all(&objs, or));
                e.counterpart = objs.first().copied();
                if kind == "phone_call" {
                    e.place = None;
                }
                out.push(e);
            }
        }
        "visit" => {
            // rule 9: travel is a visit only when framed as one; "arrived in
            // X for the summit" is not, nor is "visited the Amber Fort"
            let said = sentence[f.start..f.end].to_lowercase();
            let framed = sentence
                .to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == "visit" || w == "visits");
            if (said.starts_with("arrived") || said.starts_with("travel")) && !framed {
                return vec![];
            }
            if (said == "visited" || said == "visiting") && !visits_a_place(ctx, t_end, span.end) {
                return vec![];
            }
            // "who is visiting Rio de Janeiro to attend the G20 Foreign
            // Ministers' Meeting": travel to a gathering is no state visit
            let clause = ctx.text[t_end..span.end].to_lowercase();
            let clause = clause.split([';', '(']).next().unwrap_or("");
            if !framed_as_state_visit(&said) && clause.contains(" to attend ") {
                return vec![];
            }
            // "visits to France and Poland": one visit per host state
            let hosts: Vec<String> = obj
                .countries
                .iter()
                .chain(obj.places.iter().map(|p| &p.1))
                .filter(|c| Some(*c) != base.source.as_ref() && kb.country(c).is_some())
                .fold(Vec::new(), |mut v, c| {
                    if !v.contains(c) {
                        v.push(c.clone());
                    }
                    v
                });
            if hosts.len() >= 2 && base.source.is_some() {
                for h in hosts {
                    let mut e = base.clone();
                    e.target = Some(h.clone());
                    e.countries = vec![base.source.clone().unwrap_or_default(), h.clone()];
                    e.participants = role_all(&subj.actors, "visitor");
                    e.place = kb
                        .country(&h)
                        .map(|c| (c.name.clone(), Some(c.code.clone())));
                    e.document = Some(h);
                    out.push(e);
                }
                return out;
            }
            let mut e = base;
            e.participants = role_all(&subj.actors, "visitor");
            // the people of a visit are its visitors; hosts are in its meetings
            if let (Some(t), Some(p)) = (&e.target, &e.place) {
                if p.1.as_ref() != Some(t) {
                    e.place = kb
                        .country(t)
                        .map(|c| (c.name.clone(), Some(c.code.clone())));
                }
            } else if let Some(t) = &e.target {
                e.place = kb
                    .country(t)
                    .map(|c| (c.name.clone(), Some(c.code.clone())));
            }
            out.push(e);
        }
        "agreement" => {
            if in_signed_list(ctx, i) {
                return vec![];
            }
            let obj_text = &ctx.text[t_end..span.end];
            if signs_alone(obj_text, ctx.anchor.map(|a| chrono::Datelike::year(&a))) {
                return vec![];
            }
            // (document spans in the text)
            let mut docs: Vec<(Span, String)> = documents(obj_text)
                .into_iter()
                .map(|(sp, name)| (sp.shift(t_end), name))
                .collect();
            // "a Memorandum on X and an Agreement on Y were signed": the
            // documents are the passive's subject
            let said = sentence[f.start..f.end].to_lowercase();
            let passive = is_passive(&sentence[..f.start])
                || said.starts_with("was ")
                || said.starts_with("were ");
            if docs.is_empty() && passive {
                let clause_start = sentence[..f.start].rfind([';', ':']).map_or(0, |p| p + 1);
                docs = documents(&sentence[clause_start..f.start])
                    .into_iter()
                    .map(|(sp, name)| (sp.shift(span.start + clause_start), name))
                    .collect();
            }
            // "the following documents were signed:" and a list below
            if sentence.trim_end().ends_with(':') {
                let listed = listed_documents(ctx, i);
                if !listed.is_empty() {
                    docs = listed;
                }
            }
            let n = docs.len().max(1);
            for k in 0..n {
                let mut e = base.clone();
                e.participants = role_all(&whole.actors, "signatory");
                // "a) Memorandum on X, signed by A and B; b) ...": each
                // document's own signatories, when its words name them
                if let Some(d) = docs.get(k).filter(|_| docs.len() > 1) {
                    let own: Vec<usize> = ctx.actor_range(d.0).collect();
                    if !own.is_empty() {
                        e.participants = role_all(&own, "signatory");
                    }
                }
                e.document = docs.get(k).map(|d| d.1.clone());
                let own = docs.get(k).map_or(Span::new(t_end, span.end), |d| d.0);
                e.own_span = Some(own);
                out.push(e);
            }
        }
        "intent_to_cooperate" => {
            let obj_text = &ctx.text[t_end..span.end];
            // "decided to withdraw its envoy", "vowed to retaliate": a
            // decision against the other side is no pledge to cooperate
            if pledges_hostility(obj_text) {
                return vec![];
            }
            let mut e = base;
            // "Modi and Albanese agreed to ...": the people who pledged
            e.participants = role_all(&whole.actors, "participant");
            if is_meet_again(obj_text) {
                cameo = "036".into();
                e.cameo = cameo;
            }
            e.own_span = Some(Span::new(t_end, span.end));
            out.push(e);
        }
        _ => {
            let mut e = base;
            e.participants = role_all(&whole.actors, "participant");
            // words and measures are the acting side's: the people of the
            // side they are aimed at are no participants ("Pyongyang
            // condemned Defence Minister Shin Won-sik's remarks")
            if matches!(
                kind.as_str(),
                "criticism" | "threat" | "demand" | "appeal" | "rejection" | "reduce_relations"
            ) {
                if let Some(src) = &e.source {
                    e.participants.retain(|r| {
                        ctx.actors[r.actor]
                            .country
                            .as_ref()
                            .is_none_or(|c| c == src)
                    });
                }
            }
            if let Some(a) = speaker {
                e.participants.push(Role {
                    actor: a,
                    role: "speaker",
                });
            }
            if let Some(a) = answer_label.filter(|&a| !e.participants.iter().any(|r| r.actor == a))
            {
                e.participants.push(Role {
                    actor: a,
                    role: "speaker",
                });
            }
            if kind == "material_cooperation" || kind == "negotiation" {
                e.source = None;
                e.target = None;
            }
            // "summoned the envoys of Russia and Belarus": one act per state
            // (rule 10: an expulsion is one reduce_relations per target)
            let other_than = |cs: &[String], not: &Option<String>| -> Vec<String> {
                cs.iter()
                    .filter(|c| Some(*c) != not.as_ref())
                    .cloned()
                    .collect()
            };
            let targets = other_than(&obj.countries, &e.source);
            // "Spain, Ireland and Norway formally recognised the State of
            // Palestine": each state's recognition is its own act
            let recognisers = other_than(&subj.countries, &e.target);
            if f.rule.cameo == "054"
                && f.rule.directed
                && e.target.is_some()
                && recognisers.len() >= 2
            {
                out.extend(one_act_per_state(&e, recognisers, true));
                return out;
            }
            if f.rule.directed && targets.len() >= 2 && e.source.is_some() {
                out.extend(one_act_per_state(&e, targets, false));
                return out;
            }
            out.push(e);
        }
    }
    out
}

/// One act of `e` per state: each of `states` as its source (`as_source`)
/// with `e`'s target, or as its target with `e`'s source.
fn one_act_per_state(e: &Event, states: Vec<String>, as_source: bool) -> Vec<Event> {
    states
        .into_iter()
        .map(|c| {
            let mut one = e.clone();
            if as_source {
                one.countries = vec![c.clone(), e.target.clone().unwrap_or_default()];
                one.source = Some(c.clone());
            } else {
                one.countries = vec![e.source.clone().unwrap_or_default(), c.clone()];
                one.target = Some(c.clone());
            }
            one.document = Some(c);
            one
        })
        .collect()
}

/// Whether the words before a trigger open a clause that dates it weeks,
/// months or years before ("comes two weeks after", "nine months after"),
/// the clause running on to the trigger.
fn weeks_after_clause(head: &str) -> bool {
    if !head.contains(" after ") {
        return false;
    }
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?i)(?-u:\b)(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|\d+) )?(?:weeks|months|years) after(?-u:\b)|(?-u:\b)(?:a|one) (?:month|year) after(?-u:\b)")
            .expect("valid regex")
    });
    re.find_iter(head)
        .last()
        .is_some_and(|m| !head[m.end()..].contains([',', ';', '(', '"', '“']))
}

/// The state an envoy named in `span` is posted to ("Ambassador to China",
/// "envoy in Beijing" does not count: only "to" and a state's name).
fn posted_to(ctx: &Context, span: Span) -> Option<String> {
    let text = span.of(ctx.text).to_lowercase();
    let at = ["ambassador to ", "envoy to ", "high commissioner to "]
        .iter()
        .find_map(|w| text.find(w).map(|k| span.start + k + w.len()))?;
    ctx.mentions_in(Span::new(at, span.end))
        .first()
        .filter(|m| m.span.start <= at + 4 && m.is_state_word())
        .and_then(|m| m.country(ctx.kb))
        .map(str::to_string)
}

/// "..., a day after X did Y", "two days after", "hours after": where the
/// clause holding the trigger at `start` says it came some days before the
/// main clause, (where that phrase starts, how many days).
/// An unknown number of days ("days after", "a few days after") is `None`:
/// the act came before, on a day the text does not tell.
fn days_after_clause(sentence: &str, start: usize) -> Option<(usize, Option<i64>)> {
    let head = &sentence[..start];
    if !["day after", "days after", "hours after", "week after"]
        .iter()
        .any(|p| head.contains(p))
    {
        return None;
    }
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(r"(?i)(?-u:\b)(?:(a|one|the|two|three|four|five|a few|several) days?|days|hours|a week|one week) after(?-u:\b)")
            .expect("valid regex")
    });
    let m = re.captures_iter(&sentence[..start]).last()?;
    let whole = m.get(0)?;
    // the trigger is in that clause: nothing closes it before the trigger
    if sentence[whole.end()..start].contains([',', ';', '(', '"', '“']) {
        return None;
    }
    let head = whole.as_str().to_lowercase();
    let days = match m.get(1).map(|n| n.as_str().to_lowercase()) {
        _ if head.starts_with("hours") => Some(0),
        _ if head.contains("week") => Some(7),
        Some(n) => match n.as_str() {
            "two" => Some(2),
            "three" => Some(3),
            "four" => Some(4),
            "five" => Some(5),
            // "a few days after": no day can be told
            "a few" | "several" => None,
            _ => Some(1),
        },
        // "days after Tokyo had called in China's envoy"
        None => None,
    };
    Some((whole.start(), days))
}

/// Whether the object of a meeting ("representatives of Indian civil
/// society", "leading CEOs", "members of the diaspora") is people who speak
/// for no state.
fn meets_non_state_people(obj: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(
            r"^\s*(?:with\s+)?(?:(?:the|a|an|some|several|over|about|around|\d+|a group of|groups of|members of(?: the)?|representatives of(?: the)?|leaders of(?: the)?|heads of|a delegation of|delegations of)\s+)*(?:(?:[A-Z][A-Za-z’'-]*|leading|top|prominent|young|local|senior|major|eminent|visiting)\s+){0,3}(?:civil society|business|businesses|industry|industrialists|diaspora|community|communities|students|CEOs|chief executives|executives|think[- ]tanks?|scholars|academics|journalists|editors|experts|entrepreneurs|start-?ups|farmers|women|youth|religious|faith|trade unions|unions|NGOs|non-governmental|press|media|artists|investors|companies|firms|corporate|chambers? of commerce|opposition)(?-u:\b)",
        )
        .expect("valid regex")
    });
    re.is_match(obj)
}

/// What a signature after "signed" shows to be no agreement between states:
/// one side's instrument ("signed an executive order", "a diplomatic
/// note", "a decree"), a figure of speech ("signed up to"), or a treaty
/// signed in an earlier year ("the Agreement the two countries signed in
/// 2022").
fn signs_alone(obj: &str, year: Option<i32>) -> bool {
    let obj = obj.trim_start().to_lowercase();
    if obj.starts_with("up ") || obj.starts_with("off ") {
        return true;
    }
    if let Some(y) = obj
        .strip_prefix("in ")
        .and_then(|r| r.get(..4))
        .and_then(|y| y.parse::<i32>().ok())
    {
        return year.is_some_and(|now| y < now);
    }
    // ("a Letter of Intent", "a memorandum on gas supply", "a Charter of
    // Strategic Partnership" are agreements, so they are not listed)
    const ALONE: &[&str] = &[
        "order",
        "orders",
        "decree",
        "decrees",
        "law",
        "laws",
        "bill",
        "bills",
        "legislation",
        "proclamation",
        "note",
        "petition",
        "book",
        "ordinance",
        "directive",
    ];
    // the noun of the object: the first of its first five words that is one
    obj.split_whitespace()
        .take(5)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .take_while(|w| !matches!(*w, "of" | "on" | "with" | "between" | "to"))
        .any(|w| ALONE.contains(&w))
}

/// "state visit", "official visit": travel framed as a visit to the host,
/// whatever else it takes in.
fn framed_as_state_visit(trigger: &str) -> bool {
    [
        "state visit",
        "official visit",
        "working visit",
        "bilateral visit",
    ]
    .iter()
    .any(|w| trigger.contains(w))
}

/// The person a relative clause holding the trigger is about: the last
/// person named before ", who" when the clause runs on to the trigger.
fn relative_antecedent(ctx: &Context, span: Span, sentence: &str, trigger: usize) -> Option<usize> {
    let before = &sentence[..trigger];
    let who = before.rfind(", who ")?;
    if before[who + 6..].contains([',', ';']) {
        return None;
    }
    let at = span.start + who;
    ctx.actor_range(Span::new(span.start, at))
        .next_back()
        .filter(|&a| {
            // right before "who", or before an apposition of title
            // ("Mr. Ayman Safadi, Deputy Prime Minister and Minister of
            // Foreign Affairs of Jordan, who is on a working visit")
            let gap = &ctx.text[ctx.actors[a].span.end..at];
            gap.len() <= 3
                || gap.starts_with(", ")
                    && gap.len() <= 140
                    && gap.matches(',').count() == 1
                    && !gap.contains(['.', ';', '"', '“'])
        })
        .filter(|&a| ctx.actors[a].country.is_some())
}

/// The person whose possessive stands just before `at` ("Minister Cho's
/// visit", "Wang Yi’s official visit"), with at most one word between.
fn possessor_before(ctx: &Context, at: usize) -> Option<usize> {
    ctx.actor_range(Span::new(0, at)).rev().take(3).find(|&a| {
        let act = &ctx.actors[a];
        let rest = &ctx.text[act.span.end..at];
        act.country.is_some()
            && rest
                .strip_prefix("'s")
                .or_else(|| rest.strip_prefix("’s"))
                .is_some_and(|r| r.split_whitespace().count() <= 1)
    })
}

/// "welcomed Prime Minister Ishiba on his first visit to Viet Nam": a
/// visit after "on his" or "on her", in a sentence of welcome, is the
/// guest's, the last person named before it ("X met Y during his visit"
/// is left to the subject).
fn his_visit(ctx: &Context, span: Span, at: usize) -> Option<usize> {
    let before = ctx.text.get(span.start..at)?;
    let near: Vec<&str> = before.split_whitespace().rev().take(4).collect();
    let on_his = near
        .windows(2)
        .any(|p| matches!(p[0], "his" | "her") && p[1] == "on");
    let welcome = ["welcomed", "received", "greeted", "hosted"]
        .iter()
        .any(|w| before.contains(w));
    if !(on_his && welcome) {
        return None;
    }
    ctx.actor_range(Span::new(span.start, at))
        .next_back()
        .filter(|&a| ctx.actors[a].country.is_some())
}

/// The last `n` words of `text`, lower case, last first.
fn last_words_lower(text: &str, n: usize) -> Vec<String> {
    text.split_whitespace()
        .rev()
        .take(n)
        .map(str::to_lowercase)
        .collect()
}

/// Text that ends on a group named by its number: "when the three", "and
/// all four", "the two men".
fn refers_to_a_group(before: &str) -> bool {
    let words = last_words_lower(before, 3);
    let number = |w: &str| matches!(w, "three" | "four" | "five" | "six");
    match words.as_slice() {
        [n, d, ..] if number(n) && matches!(d.as_str(), "the" | "all") => true,
        [_, n, d] if number(n) && matches!(d.as_str(), "the" | "all") => true,
        _ => false,
    }
}

/// The states of the first list of states in `span`: the first one named
/// and those joined to it by commas and "and" ("Russia, Belarus and Iran").
fn first_listed_states(ctx: &Context, span: Span) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut last_end = None;
    for m in ctx.mentions_in(span).iter().filter(|m| m.is_state_word()) {
        let Some(c) = m.country(ctx.kb) else { continue };
        if let Some(end) = last_end {
            let gap = ctx.text[end..m.span.start].trim_start_matches(['\'', '’', 's']);
            let joined = matches!(gap.trim(), "," | "and" | ", and" | "&" | "or" | ", or");
            if !joined {
                break;
            }
        }
        if !out.iter().any(|x| x == c) {
            out.push(c.to_string());
        }
        last_end = Some(m.span.end);
    }
    out
}

/// Whether the words from a trigger on name a state's own council
/// ("chaired a meeting of the cabinet", "a session of the National Security
/// Council"); a joint council of two states' ministers is none of these.
fn domestic_body(from_trigger: &str) -> bool {
    // (most sentences name no cabinet or council at all)
    if !from_trigger.contains("abinet") && !from_trigger.contains("ecurity") {
        return false;
    }
    let head = lower_head(from_trigger, 7);
    [
        "of the cabinet",
        "of his cabinet",
        "of her cabinet",
        "the cabinet",
        "national security council",
        "security cabinet",
        "cabinet meeting",
    ]
    .iter()
    .any(|w| head.contains(w))
}

/// The span of ", who ... ," between `from` and `to` (document offsets):
/// from the relative pronoun to the last comma before `to`.
fn relative_clause_in(text: &str, from: usize, to: usize) -> Option<Span> {
    let window = text.get(from..to)?;
    let who = window.find(", who ")?;
    let last_comma = window.rfind(',')?;
    (last_comma > who).then(|| Span::new(from + who, from + last_comma))
}

/// The first state of the last comma-separated phrase of a subject that
/// names one, relative clauses aside; none when the subject has no comma.
fn acting_state(ctx: &Context, subject: Span, quote: Option<Span>) -> Option<String> {
    let text = subject.of(ctx.text);
    if !text.contains(',') || is_state_list(ctx, subject) {
        return None;
    }
    let mut end = subject.end;
    let mut parts: Vec<&str> = text.rsplit(',').collect();
    // "The United States, a treaty ally of the Philippines, criticised": a
    // phrase closed by a comma just before the verb is an apposition of
    // the one before it
    if parts.len() >= 3 && parts[0].trim().is_empty() {
        end -= parts[0].len() + parts[1].len() + 2;
        parts.drain(..2);
    }
    for part in parts {
        let start = end - part.len();
        let head = part.trim_start().to_lowercase();
        let relative = ["which ", "who ", "whose ", "where ", "when "]
            .iter()
            .any(|w| head.starts_with(w));
        if !relative {
            let found = side(ctx, Span::new(start, end), quote).countries;
            if let Some(c) = found.into_iter().next() {
                return Some(c);
            }
        }
        end = start.saturating_sub(1);
    }
    None
}

/// Where the subject of a clause opened before a trigger begins (offset in
/// `before`, the sentence up to the trigger): after "after", "in which",
/// "when", "because", "as" ..., when no comma follows the opener and the
/// clause names a state or a person of its own.
fn clause_subject_start(ctx: &Context, before: &str, quote: Option<Span>) -> Option<usize> {
    const OPENERS: &[&str] = &[
        " after ",
        " in which ",
        " during which ",
        " when ",
        " because ",
        " as ",
        " since ",
        " where ",
    ];
    static SET: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    // (one pass for all openers; the last one before the trigger counts)
    let at = crate::phrase_set(&SET, OPENERS)
        .find_overlapping_iter(before)
        .map(|m| m.end())
        .max()?;
    let clause = &before[at..];
    if clause.contains([',', ';']) || clause.split_whitespace().count() > 12 {
        return None;
    }
    // the clause's own subject: a state or a person within it
    let base = before.as_ptr() as usize - ctx.text.as_ptr() as usize;
    let found = args::side(ctx, Span::new(base + at, base + before.len()), quote);
    (!found.countries.is_empty()).then_some(at)
}

/// The answer of a transcript holding byte `at`: its speaker's label (an
/// actor opening the paragraph, "Lin Jian: ...") and the question before
/// it (the paragraph above).
fn answer_to(ctx: &Context, at: usize) -> Option<(usize, Span)> {
    let text = ctx.text;
    let line_start = text[..at].rfind('\n').map_or(0, |p| p + 1);
    let label = ctx
        .actor_range(Span::new(line_start, at.max(line_start + 1)))
        .next()
        .filter(|&a| args::speaker_label(text, ctx.actors[a].span))?;
    // the question: the nearest non-empty line above
    let mut end = line_start.checked_sub(1)?;
    loop {
        let start = text[..end].rfind('\n').map_or(0, |p| p + 1);
        if !text[start..end].trim().is_empty() {
            return Some((label, Span::new(start, end)));
        }
        end = start.checked_sub(1)?;
    }
}

/// "with each of his two guests", "with both visitors": the number of
/// people named before that the object stands for.
fn guests_named_before(after: &str) -> Option<usize> {
    // (the phrase opens the object: its first words are enough)
    let head = after.trim_start();
    let cut = head.char_indices().nth(48).map_or(head.len(), |(i, _)| i);
    let l = head[..cut].to_lowercase();
    let l = l.strip_prefix("with ").unwrap_or(&l);
    let l = l
        .strip_prefix("each of ")
        .or_else(|| l.strip_prefix("both of "))
        .unwrap_or(l);
    let mut words = l.split_whitespace();
    let mut w = words.next()?;
    let mut n = 2;
    if matches!(w, "his" | "her" | "their" | "the") {
        w = words.next()?;
    }
    match w {
        "two" | "both" => w = words.next()?,
        "three" => {
            n = 3;
            w = words.next()?
        }
        _ => {}
    }
    let w = w.trim_end_matches(|c: char| !c.is_alphabetic());
    matches!(w, "guests" | "visitors" | "counterparts").then_some(n)
}

/// Whether a meeting trigger is a welcome on someone's arrival: a verb of
/// welcome in a sentence that tells of the arrival or the airport.
fn welcomed_on_arrival(sentence: &str, t_start: usize, t_end: usize) -> bool {
    let welcome = [
        "received", "welcomed", "greeted", "receives", "welcomes", "greets",
    ];
    let verb = sentence[t_start..t_end]
        .split_whitespace()
        .map(|w| w.to_lowercase())
        .find(|w| !matches!(w.as_str(), "was" | "were" | "is" | "been" | "being"));
    if !verb.is_some_and(|v| welcome.contains(&v.as_str())) {
        return false;
    }
    static ARRIVAL: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    static TALKS: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    let arrival = crate::phrase_set(
        &ARRIVAL,
        &[
            "airport",
            "on arrival",
            " arrival at ",
            "upon arrival",
            "on his arrival",
            "on her arrival",
            "on their arrival",
        ],
    );
    // ("was received by the Minister of State, with whom he discussed
    // tourism": a welcome that is also talks is a meeting)
    let talks = crate::phrase_set(
        &TALKS,
        &["discuss", "talks", "exchanged", "reviewed", "with whom"],
    );
    arrival.is_match(sentence) && !talks.is_match(sentence)
}

/// An arrest verb used as a participle: after a determiner ("the
/// detained captain", "of detained citizens"), or after a noun and before
/// a preposition with no auxiliary ("a national detained in Kuwait").
fn describes_a_detainee(before: &str, after: &str) -> bool {
    let prev = crate::last_word_lower(before);
    if matches!(
        prev.as_str(),
        "the"
            | "a"
            | "an"
            | "of"
            | "two"
            | "three"
            | "several"
            | "other"
            | "its"
            | "their"
            | "his"
            | "her"
            | "all"
            | "those"
            | "newly"
            | "recently"
    ) {
        return true;
    }
    let next = crate::first_word_lower(after);
    let auxiliary = matches!(
        prev.as_str(),
        "was" | "were" | "been" | "be" | "being" | "is" | "are" | "had" | "has" | "have"
    );
    !auxiliary
        && matches!(
            next.as_str(),
            "in" | "at"
                | "off"
                | "on"
                | "since"
                | "for"
                | "near"
                | "without"
                | "during"
                | "over"
                | "while"
        )
}

/// The subject is nothing but states in a list: "Spain, Ireland and
/// Norway", "the UK, France, and Germany".
fn is_state_list(ctx: &Context, subject: Span) -> bool {
    let mut rest = String::new();
    let mut at = subject.start;
    let mut states = 0;
    for m in ctx.mentions_in(subject) {
        if !m.is_state_word() || m.span.start < at {
            continue;
        }
        rest.push_str(&ctx.text[at..m.span.start]);
        rest.push(' ');
        at = m.span.end;
        states += 1;
    }
    rest.push_str(&ctx.text[at..subject.end]);
    states >= 2
        && rest
            .split(|c: char| c.is_whitespace() || c == ',')
            .all(|w| matches!(w, "" | "and" | "the" | "The" | "&"))
}

/// Whether the words after a criticism trigger charge a person ("him of",
/// "her of") or make it a figure of speech ("condemned to get along").
fn charges_a_person_or_figure(after: &str) -> bool {
    let mut words = after.split_whitespace();
    matches!(
        (words.next(), words.next()),
        (Some("him" | "her" | "them"), Some("of")) | (Some("to"), _)
    )
}

/// "The Council of Ministers held its weekly session": a government's
/// own sitting, whatever it then decides about other states.
fn weekly_session(sentence: &str) -> bool {
    if !sentence.contains("eekly") {
        return false;
    }
    let lower = sentence.to_lowercase();
    ["its weekly session", "its weekly meeting", "weekly cabinet"]
        .iter()
        .any(|w| lower.contains(w))
}

/// Narrows a side to one person of it: them and their state.
fn narrow_to(side: &mut args::Side, ctx: &Context, a: usize) {
    side.actors = vec![a];
    side.countries = ctx.actors[a].country.iter().cloned().collect();
}

/// Whether the words before a trigger end on a state's own crisis staff
/// ("the Foreign Office's crisis response centre had met on Sunday").
fn crisis_staff_before(before: &str) -> bool {
    if !before.contains("risis") {
        return false;
    }
    let tail = last_words_lower(before, 5);
    let staff = [
        "centre",
        "center",
        "unit",
        "team",
        "cell",
        "committee",
        "staff",
    ];
    tail.iter().enumerate().any(|(k, w)| {
        staff.contains(&w.as_str()) && tail[k + 1..].iter().take(2).any(|x| x == "crisis")
    })
}

/// Whether the object of an act is something the report told before ("the
/// remarks", "the visit", "such statements"), not a party.
fn refers_back(obj: &str) -> bool {
    let words: Vec<String> = obj
        .split_whitespace()
        .take(3)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let Some(det) = words.first() else {
        return false;
    };
    if !matches!(
        det.as_str(),
        "the" | "these" | "those" | "such" | "this" | "that"
    ) {
        return false;
    }
    words.iter().skip(1).take(2).any(|w| {
        matches!(
            w.as_str(),
            "remarks"
                | "remark"
                | "comments"
                | "comment"
                | "statement"
                | "statements"
                | "visit"
                | "move"
                | "decision"
                | "attack"
                | "attacks"
                | "strike"
                | "strikes"
                | "incursion"
                | "raid"
                | "plan"
                | "proposal"
                | "law"
                | "measures"
                | "actions"
                | "action"
                | "step"
                | "announcement"
                | "claims"
                | "claim"
                | "accusations"
                | "allegations"
                | "campaign"
                | "operation"
                | "cyberattack"
                | "cyberattacks"
                | "expulsion"
                | "expulsions"
                | "incident"
                | "killing"
                | "arrest"
                | "detention"
                | "sanctions"
                | "provocation"
                | "provocations"
                | "violation"
        )
    })
}

/// The two people of different states named last in the three sentences
/// before sentence `i` ("the two Ministers" after "At the invitation of A,
/// B paid a visit").
fn the_two_named_before(ctx: &Context, i: usize, ministers: bool) -> Vec<usize> {
    if ministers {
        // ministers named within six sentences, else anyone within three
        let found = two_named_before(ctx, i, 6, |t| {
            let t = t.unwrap_or("").to_lowercase();
            (t.contains("minister") || t.contains("secretary")) && !t.contains("prime minister")
        });
        if !found.is_empty() {
            return found;
        }
    }
    two_named_before(ctx, i, 3, |_| true)
}

fn two_named_before(
    ctx: &Context,
    i: usize,
    back: usize,
    fits: impl Fn(Option<&str>) -> bool,
) -> Vec<usize> {
    let from = ctx.doc.sentences[i.saturating_sub(back)].start;
    let to = ctx.doc.sentences[i].start;
    let mut out: Vec<usize> = Vec::new();
    for a in ctx.actor_range(Span::new(from, to)).rev() {
        let act = &ctx.actors[a];
        if act.person.is_none() && act.title.is_none() || ctx.quote_at(act.span.start).is_some() {
            continue;
        }
        if !fits(act.title.as_deref()) {
            continue;
        }
        let Some(c) = &act.country else { continue };
        if out
            .iter()
            .all(|&b| ctx.actors[b].country.as_ref() != Some(c))
        {
            out.push(a);
        }
        if out.len() == 2 {
            out.reverse();
            return out;
        }
    }
    Vec::new()
}

/// "the Japanese Ministers": the state whose ministers, in the plural, a
/// subject names by adjective alone.
fn plural_ministers_of(ctx: &Context, subject: Span) -> Option<String> {
    let text = subject.of(ctx.text);
    let lower = text.to_lowercase();
    let at = lower
        .find(" ministers")
        .or_else(|| lower.starts_with("ministers").then_some(0))?;
    ctx.mentions_in(subject)
        .iter()
        .filter(|m| m.is_state_word() && m.span.end <= subject.start + at + 1)
        .filter(|m| ctx.text[m.span.end..subject.start + at].trim().is_empty())
        .find_map(|m| m.country(ctx.kb).map(str::to_string))
}

/// "(2) The Ministers", "Ministers", "The leaders": the officials of a
/// joint statement, no state named ("the two ministers", "both sides"
/// are `names_both_sides`).
fn plural_officials(subject: &str) -> bool {
    let s = subject
        .trim()
        .trim_start_matches(|c: char| {
            c.is_ascii_digit() || matches!(c, '(' | ')' | '.' | '-' | '•')
        })
        .trim()
        .to_lowercase();
    let s = s.strip_prefix("the ").unwrap_or(&s);
    matches!(
        s.trim_end_matches([',', ' ']),
        "ministers" | "leaders" | "foreign ministers" | "four ministers" | "sides"
    )
}

/// A subject that stands for both parties: "the two ministers", "both
/// sides", "the two countries".
fn names_both_sides(subject: &str) -> bool {
    let s = subject.to_lowercase();
    ["the two ", "both "].iter().any(|d| {
        s.match_indices(d).any(|(k, _)| {
            let rest = &s[k + d.len()..];
            [
                "ministers",
                "leaders",
                "sides",
                "countries",
                "governments",
                "foreign ministers",
                "prime ministers",
                "presidents",
                "delegations",
                "co-chairs",
                "chairs",
                "heads of",
                "premiers",
                "chancellors",
                "nations",
                "parties",
            ]
            .iter()
            .any(|n| rest.starts_with(n))
        })
    })
}

/// Who says the quotation sentence `i` holds: the first person named in
/// it outside quotation marks, or, for a sentence all in quotation marks,
/// the person named last in the sentence before ("Zakharova said. 'We
/// will respond ...'").
fn quote_speaker(ctx: &Context, i: usize) -> Option<usize> {
    let outside = |s: usize| {
        ctx.actor_range(ctx.doc.sentences[s])
            .filter(|&a| ctx.quote_at(ctx.actors[a].span.start).is_none())
    };
    outside(i)
        .next()
        .or_else(|| i.checked_sub(1).and_then(|p| outside(p).next_back()))
        .filter(|&a| ctx.actors[a].country.is_some())
}

/// The first thing named after "visited" is a state or a city.
fn visits_a_place(ctx: &Context, from: usize, to: usize) -> bool {
    let Some(m) = ctx.mentions_in(Span::new(from, to)).first() else {
        return false;
    };
    let near = ctx.text[from..m.span.start].split_whitespace().count() <= 2;
    near && (m.is_state_word() || m.targets.iter().any(|t| matches!(t, Target::Place(_))))
}

/// Whether what a pledge verb introduces is a measure against someone
/// ("to withdraw Verma", "to expel", "not to use force" is no such).
fn pledges_hostility(obj: &str) -> bool {
    let first = obj
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
        .find(|w| !w.is_empty() && w != "to" && w != "also" && w != "immediately");
    first.is_some_and(|w| {
        matches!(
            w.as_str(),
            "withdraw"
                | "expel"
                | "recall"
                | "close"
                | "suspend"
                | "sever"
                | "cut"
                | "impose"
                | "retaliate"
                | "downgrade"
                | "halt"
                | "ban"
                | "boycott"
                | "sanction"
                | "revoke"
                | "terminate"
                | "freeze"
                | "restrict"
                | "punish"
                | "summon"
        )
    })
}

/// "They agreed", "On Monday, they also agreed": a subject that is "they".
fn starts_with_they(subject: &str) -> bool {
    let clause = subject.rsplit(',').next().unwrap_or(subject);
    matches!(clause.split_whitespace().next(), Some("They" | "they"))
}

/// The clause opens with "he" or "she" (after an optional introductory
/// phrase: "In Mumbai, she visited ...", "On Wednesday he held talks").
/// An object opening on "him" or "her" ("with him in New Delhi").
fn object_is_a_pronoun(object: &str) -> bool {
    let first = object
        .split_whitespace()
        .find(|w| !matches!(*w, "with" | "to" | "and"))
        .unwrap_or("");
    matches!(first.trim_end_matches([',', '.', ';']), "him" | "her")
}

fn starts_with_personal_pronoun(subject: &str) -> bool {
    let clause = subject.rsplit(',').next().unwrap_or(subject);
    // "His Highness also received a call": a style of address stands for
    // the person just named, as a pronoun does
    let styled = clause.trim_start();
    if [
        "His Highness",
        "His Royal Highness",
        "His Excellency",
        "Her Excellency",
        "His Majesty",
        "Her Majesty",
    ]
    .iter()
    .any(|s| {
        styled.starts_with(s)
            && styled[s.len()..]
                .trim_start()
                .starts_with(|c: char| c.is_lowercase())
    }) {
        return true;
    }
    let words: Vec<&str> = clause.split_whitespace().take(6).collect();
    let pronoun = |w: &&str| matches!(*w, "He" | "She" | "he" | "she");
    // "On Wednesday he held talks": a short opening phrase without a comma
    words.first().is_some_and(pronoun)
        || words.first().is_some_and(|w| {
            matches!(
                *w,
                "On" | "In"
                    | "At"
                    | "Later"
                    | "Earlier"
                    | "Then"
                    | "Afterwards"
                    | "Separately"
                    | "This"
                    | "That"
                    | "Yesterday"
                    | "Today"
                    | "Also"
                    | "There"
                    | "The"
                    | "where"
                    | "when"
                    | "and"
            )
        }) && words.iter().skip(1).take(4).any(pronoun)
}

/// The first `n` words of `text`, lower case, one space apart.
fn lower_head(text: &str, n: usize) -> String {
    text.split_whitespace()
        .take(n)
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The object of a condemnation is an attack ("condemned the terrorist
/// attack in X"), not a state's conduct.
pub(super) fn condemns_an_attack(after: &str) -> bool {
    // ("condemns in the strongest terms the senseless attack")
    let t = after.trim_start();
    let after = [
        "in the strongest possible terms",
        "in the strongest terms",
        "in strong terms",
    ]
    .iter()
    .find_map(|p| t.strip_prefix(p))
    .unwrap_or(after);
    let head = lower_head(after, 8);
    [
        "attack",
        "bombing",
        "blast",
        "explosion",
        "terror",
        "massacre",
        "killing",
        "shooting",
        "violence",
        // "blamed the Islamic State in the Greater Sahara": armed groups
        // that are no state
        "islamic state",
        "al-qaida",
        "al-qaeda",
        "al qaeda",
        "al shabaab",
        "al-shabaab",
        "militants",
        "gunmen",
        "insurgents",
        "jihadist",
        "armed group",
        "terrorist group",
    ]
    .iter()
    .any(|w| head.contains(w))
        && !head.contains("'s ")
        && !head.contains("’s ")
}

/// "was summoned", "were expelled": the trigger is in the passive voice.
pub(super) fn is_passive(before: &str) -> bool {
    before.split_whitespace().rev().take(2).any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "was" | "were" | "been" | "being" | "be" | "is" | "are"
        )
    })
}

/// The agent of a passive trigger: the state after "by".
pub(super) fn obj_by_agent(after: &str, obj: &args::Side) -> Option<String> {
    after
        .trim_start()
        .starts_with("by ")
        .then(|| obj.countries.first().cloned())
        .flatten()
}

/// The place of an event from its sentence: a city named with in/at, a
/// country named with in, "here" (the dateline's place); none for calls.
pub(super) fn place_of(
    ctx: &Context,
    whole: &args::Side,
    sentence: &str,
    kind: &str,
) -> Option<(String, Option<String>)> {
    if kind == "phone_call" {
        return None;
    }
    if let Some((name, c)) = whole.places.iter().find(|p| ctx.kb.place(&p.0).is_some()) {
        return Some((name.clone(), Some(c.clone())));
    }
    if has_word(sentence, "here") {
        if let Some(dl) = &ctx.doc.dateline {
            return Some((dl.place.clone(), dl.country.clone()));
        }
    }
    whole
        .places
        .first()
        .map(|(n, c)| (n.clone(), Some(c.clone())))
        .or_else(|| unknown_place(ctx, sentence))
}

pub(super) fn unknown_place_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"\b(?:in|at|off|near) (?:the )?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})")
            .unwrap()
    })
}

/// A place the knowledge base does not know, named with in/at/off ("at
/// Umroi", "in the Arabian Sea"); its state is unknown. Names of
/// buildings, bodies, meetings and times are not places.
pub(super) fn unknown_place(ctx: &Context, sentence: &str) -> Option<(String, Option<String>)> {
    const NOT: &[&str] = &[
        "Ministry",
        "Department",
        "Office",
        "House",
        "Palace",
        "Hall",
        "Centre",
        "Center",
        "Station",
        "Headquarters",
        "Summit",
        "Conference",
        "Meeting",
        "Dialogue",
        "Forum",
        "Council",
        "Assembly",
        "Parliament",
        "Bhavan",
        "Embassy",
        "Consulate",
        "University",
        "Institute",
        "Committee",
        "Commission",
        "Group",
        "Session",
        "Round",
        "Agreement",
        "Treaty",
        "Initiative",
        "Partnership",
        "Programme",
        "Program",
        "Strategy",
        "Year",
        "Indo-Pacific",
        "Government",
        "Union",
        "Nations",
        "Force",
        "Forces",
        "Army",
        "Navy",
        "Airport",
        "Base",
        "Mission",
        "Exercise",
        // venues: the meeting was in the city the report is about
        "Chancellery",
        "Villa",
        "Casa",
        "Palacio",
        "Palácio",
        "Palais",
        "Quai",
        "Building",
        "Residence",
        "Lodge",
        "Hotel",
        "Museum",
        "Square",
        // adjectives of regions: "in European discussions"
        "European",
        "African",
        "Asian",
        "Arab",
    ];
    for c in unknown_place_re().captures_iter(sentence) {
        let name = c.get(1)?;
        let words: Vec<&str> = name.as_str().split(' ').collect();
        // "Cooperation in Antarctic Science", "in the Field of": inside a
        // capitalised name (of a document, a body), "in" opens no place
        let word_before = sentence[..c.get(0)?.start()]
            .split_whitespace()
            .next_back()
            .unwrap_or("");
        let in_name = matches!(
            word_before,
            "Cooperation"
                | "Collaboration"
                | "Partnership"
                | "Understanding"
                | "Excellence"
                | "Investment"
                | "Research"
        ) && sentence[c.get(0)?.start()..].starts_with("in ");
        // "the situation in West Asia", "agreed to hold the next round at
        // X", "at the Nnamdi Azikiwe International Airport"
        let next_word = sentence[name.end()..]
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_end_matches([',', '.', ';']);
        if in_name
            || sentence[name.end()..].starts_with(" of ")
            || args::topic_place(sentence, name.start())
            || args::place_to_come(&sentence[..name.start()])
            || NOT.contains(&next_word)
        {
            continue;
        }
        if words.iter().any(|w| {
            let w = w
                .strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w);
            NOT.contains(&w)
                || entente_ingest::datetext::is_calendar_word(w)
                || ctx
                    .kb
                    .gazetteer()
                    .find(w)
                    .iter()
                    .any(|h| h.span.len() == w.len())
        }) {
            continue;
        }
        return Some((name.as_str().to_string(), None));
    }
    None
}

pub(super) fn is_company_deal(sentence: &str) -> bool {
    let l = sentence.to_lowercase();
    [
        "company",
        "companies",
        "firm ",
        "firms",
        " ltd",
        "limited",
        // (" inc" alone is the start of "including")
        " inc.",
        " inc,",
        " inc ",
        "corporation",
        "group's",
        "state-owned",
        "state-controlled",
        "state-run",
        "contract with",
        "contracts with",
        "suppliers",
        "aerospace",
        "industries",
    ]
    .iter()
    .any(|w| l.contains(w))
}

/// "signed the Maritime Zones Act and the Archipelagic Sea Lanes Act into
/// law": a state's own laws, not an agreement with another.
fn signs_a_law(after: &str) -> bool {
    let head: String = after.chars().take(120).collect();
    head.contains(" into law")
        || head
            .split([',', ';', '.'])
            .next()
            .is_some_and(|p| p.split_whitespace().any(|w| w == "Act" || w == "Bill"))
}

pub(super) fn is_meet_again(obj: &str) -> bool {
    let l = obj.to_lowercase();
    let meet = [
        "hold the next",
        "meet again",
        "next round",
        "next meeting",
        "next session",
        "convene the next",
        "hold the next round",
        "remain in touch",
        "stay in touch",
        "meet regularly",
        "hold regular",
    ];
    meet.iter().any(|m| l.contains(m)) && !l.contains(" and to ") && !l.contains("cooperat")
}
