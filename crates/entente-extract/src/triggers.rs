//! Stage 4: event triggers.
//!
//! A trigger is a phrase that states an interaction of one event type
//! ("held talks", "called on", "signed an MoU", "summoned the envoy"). The
//! lexicon is `triggers.toml` beside this crate's sources: data, not code,
//! so that a new phrasing is a line there. Each match is checked for
//! negation and modality: "did not meet" and "will visit" are not past
//! events.

use std::borrow::Cow;
use std::sync::OnceLock;

use regex::Regex;
use serde::Deserialize;

/// One entry of the trigger lexicon.
#[derive(Debug, Deserialize)]
struct Entry {
    #[serde(rename = "type")]
    kind: String,
    cameo: String,
    patterns: Vec<String>,
    #[serde(default)]
    directed: bool,
    /// one event per counterpart named after the trigger ("called on A and B")
    #[serde(default)]
    per_counterpart: bool,
    /// the subject is the guest ("called on", "visited")
    #[serde(default)]
    subject_visits: bool,
    /// a noun phrase ("a Russian missile strike on Kyiv"): its source is the
    /// state named within the phrase, not the sentence's subject
    #[serde(default)]
    nominal: bool,
    /// a first-person phrase of a post or speech ("Good to meet FM X"):
    /// its subject is the author, named in the line or sentence before
    #[serde(default)]
    first_person: bool,
    /// a bare verb that is an interaction only with a person right after
    /// it ("received Mihai Popșoi, Deputy Prime Minister"; not "received
    /// a letter")
    #[serde(default)]
    person_object: bool,
    #[serde(default)]
    not_after: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Lexicon {
    trigger: Vec<Entry>,
}

/// A compiled trigger rule.
#[derive(Debug)]
pub struct Rule {
    pub kind: String,
    pub cameo: String,
    pub directed: bool,
    pub per_counterpart: bool,
    pub subject_visits: bool,
    pub nominal: bool,
    pub first_person: bool,
    pub person_object: bool,
    not_after: Vec<String>,
    re: Regex,
}

/// A trigger found in a sentence (offsets relative to the sentence).
#[derive(Debug, Clone, Copy)]
pub struct Found<'r> {
    pub rule: &'r Rule,
    pub start: usize,
    pub end: usize,
}

/// The bundled trigger lexicon, compiled once.
pub fn rules() -> &'static [Rule] {
    static RULES: OnceLock<Vec<Rule>> = OnceLock::new();
    RULES.get_or_init(|| {
        compile(include_str!("../triggers.toml")).expect("bundled triggers.toml is valid")
    })
}

/// All rules' expressions as one set, in rule order.
fn prefilter() -> &'static regex::RegexSet {
    static SET: OnceLock<regex::RegexSet> = OnceLock::new();
    // a larger lazy-DFA cache: the set is big, and a small cache is rebuilt
    // over and over
    SET.get_or_init(|| {
        regex::RegexSetBuilder::new(rules().iter().map(|r| r.re.as_str()))
            .dfa_size_limit(64 << 20)
            .build()
            .expect("the rules compile as a set")
    })
}

/// Compiles a lexicon; errors name the entry and pattern.
pub fn compile(toml_text: &str) -> Result<Vec<Rule>, String> {
    let lex: Lexicon = toml::from_str(toml_text).map_err(|e| format!("triggers.toml: {e}"))?;
    let mut out = Vec::new();
    for e in lex.trigger {
        let alternation = e
            .patterns
            .iter()
            .map(|p| format!("(?:{p})"))
            .collect::<Vec<_>>()
            .join("|");
        // ASCII word boundaries let the regex engine use its fast DFA
        let re = regex::RegexBuilder::new(&format!(r"(?i)(?-u:\b)(?:{alternation})(?-u:\b)"))
            .dfa_size_limit(16 << 20)
            .build()
            .map_err(|err| format!("triggers.toml: type {}: {err}", e.kind))?;
        out.push(Rule {
            kind: e.kind,
            cameo: e.cameo,
            directed: e.directed,
            per_counterpart: e.per_counterpart,
            subject_visits: e.subject_visits,
            nominal: e.nominal,
            first_person: e.first_person,
            person_object: e.person_object,
            not_after: e.not_after.iter().map(|w| w.to_lowercase()).collect(),
            re,
        });
    }
    Ok(out)
}

/// Every trigger in `sentence` that states a real (past or ongoing) event.
pub fn find(sentence: &str) -> Vec<Found<'static>> {
    let mut out: Vec<Found> = Vec::new();
    // one pass of all rules together says which can match at all
    let candidates = prefilter().matches(sentence);
    let governor = std::cell::OnceCell::new();
    for rule in candidates.iter().map(|i| &rules()[i]) {
        for m in rule.re.find_iter(sentence) {
            // a longer trigger of another rule at the same place wins
            if out.iter().any(|f| f.start <= m.start() && m.end() <= f.end) {
                continue;
            }
            let prev = sentence[..m.start()].split_whitespace().next_back();
            if prev.is_some_and(|p| rule.not_after.iter().any(|w| w.eq_ignore_ascii_case(p))) {
                continue;
            }
            if !asserted(sentence, m.start(), &governor) {
                continue;
            }
            out.retain(|f| !(m.start() <= f.start && f.end <= m.end()));
            out.push(Found {
                rule,
                start: m.start(),
                end: m.end(),
            });
        }
    }
    out.sort_by_key(|f| f.start);
    // "talks ..., which had been expected in Khorog on Thursday, did not
    // take place": called off after the trigger, before any other
    let next_starts: Vec<usize> = out.iter().map(|f| f.start).skip(1).collect();
    let mut k = 0;
    out.retain(|f| {
        let until = next_starts.get(k).copied().unwrap_or(sentence.len());
        k += 1;
        !not_held(sentence.get(f.end..until).unwrap_or(""))
    });
    out
}

/// Whether `after` (the words after a trigger) says it did not happen
/// ("did not take place", "was called off") or is still to come ("are to
/// follow").
fn not_held(after: &str) -> bool {
    const OFF: &[&str] = &[
        "did not take place",
        "didn't take place",
        "never took place",
        "was cancelled",
        "were cancelled",
        "was canceled",
        "were canceled",
        "was called off",
        "were called off",
        "was postponed",
        "were postponed",
        "has been postponed",
        "have been postponed",
        "has been cancelled",
        "have been cancelled",
        // "Visits to Latvia and Estonia are to follow after the summer break"
        "are to follow",
        "is to follow",
        "will follow",
        "are to take place",
        "is to take place",
        "will take place",
        // "A meeting with President Xi was not on the programme"
        "was not on the",
        "were not on the",
        "is not on the",
        "was not planned",
    ];
    // "the meeting between President A and President B planned for later
    // this week": said of the trigger's own object, a few words on
    const SOON: &[&str] = &[
        "planned for",
        "scheduled for",
        "expected later",
        "expected next",
        "due later",
        "due next",
        "set for next",
        "set for later",
        // "the Sixth Session of the Joint Commission will be held in 2027"
        "will be held",
        "will be convened",
        "will be hosted",
        "will be co-chaired",
        "is to be held",
        "are to be held",
    ];
    // (most sentences have none of these words: no lowercase copy then)
    let maybe = [
        "follow",
        "ancel",
        "take place",
        "took place",
        "called off",
        "postponed",
        "not on the",
        "not planned",
        "planned for",
        "scheduled for",
        "expected ",
        "due ",
        "set for ",
        "will be",
        "to be held",
    ]
    .iter()
    .any(|w| after.contains(w));
    maybe && {
        let lower = after.to_lowercase();
        let near: String = lower
            .split_whitespace()
            .take(8)
            .collect::<Vec<_>>()
            .join(" ");
        // ("the Sixth Session of the Joint Commission will be | held"):
        // the words up to the next trigger end on a future's auxiliary
        let future_next = ["will be", "is to be", "are to be"]
            .iter()
            .any(|w| near.ends_with(w));
        OFF.iter().any(|w| lower.contains(w))
            || SOON.iter().any(|w| near.contains(w))
            || future_next
    }
}

/// Words that, among the three before a trigger, put it in the future,
/// the conditional or the negative.
const MODALS: &[&str] = &[
    "not",
    "never",
    "no",
    "will",
    "would",
    "shall",
    "should",
    "may",
    "might",
    "could",
    "can",
    "cannot",
    "won't",
    "wouldn't",
    "didn't",
    "don't",
    "doesn't",
    "'ll",
    "upcoming",
    "forthcoming",
    "proposed",
    "planned",
    "next",
    "expected",
    "scheduled",
    "likely",
    "plans",
    "planning",
    "intends",
    "intend",
    "hopes",
    "hope",
    "wants",
    "unless",
    "if",
    "whether",
    "yet",
    "postponed",
    "cancelled",
    "canceled",
    "ahead",
    "prior",
    "before",
    "future",
    "possible",
    "potential",
    "must",
];

/// False when the words just before the trigger negate it or put it in
/// the future or the conditional ("did not meet", "will visit", "is
/// expected to sign", "ahead of the visit", "to meet"). `governor` holds
/// where the sentence's first governing word stands, looked for once per
/// sentence, when first needed.
fn asserted(sentence: &str, start: usize, governor: &std::cell::OnceCell<Option<usize>>) -> bool {
    let before = &sentence[..start];
    let clause_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| matches!(c, ',' | ';' | ':' | '(' | '"' | '“'))
        .map_or(0, |(p, c)| p + c.len_utf8());
    // most words are written in lower case already: copied only when not
    let words: Vec<Cow<str>> = before[clause_start..]
        .split_whitespace()
        .map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
            if w.chars().any(|c| c.is_uppercase() || c == '’') {
                Cow::Owned(w.to_lowercase().replace('’', "'"))
            } else {
                Cow::Borrowed(w)
            }
        })
        .collect();
    // "On Venezuela, has the Secretary-General spoken with President
    // Maduro?": a question asks whether it happened
    if sentence.trim_end().ends_with('?')
        && words.first().is_some_and(|w| {
            matches!(
                w.as_ref(),
                "has"
                    | "have"
                    | "had"
                    | "did"
                    | "does"
                    | "do"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "will"
                    | "would"
                    | "can"
                    | "could"
                    | "should"
            )
        })
    {
        return false;
    }
    // "to meet", "to be held": an infinitive is no act yet
    if words.last().is_some_and(|w| w == "to" || w == "next")
        || words.len() >= 2 && words[words.len() - 2] == "to" && words[words.len() - 1] == "be"
    {
        return false;
    }
    // "to convene the 3rd Session", "to hold the next round": a meeting
    // agreed on, not held
    let tail = &words[words.len().saturating_sub(5)..];
    if tail.windows(2).any(|p| {
        p[0] == "to"
            && matches!(
                p[1].as_ref(),
                "convene" | "hold" | "host" | "organise" | "organize" | "resume" | "schedule"
            )
    }) {
        return false;
    }
    // "marked by the State Visit", "since the summit", "following the visit":
    // a past event named as a reference point, not reported here
    // a future tense anywhere in the clause ("Macron will travel to Britain
    // next month for a state visit")
    // or a plan ("is scheduled to travel to Canberra on Friday for talks",
    // "is expected to visit", "is due to meet", "plans to sign")
    if words.iter().any(|w| {
        matches!(
            w.as_ref(),
            "will"
                | "shall"
                | "'ll"
                | "would"
                | "scheduled"
                | "expected"
                | "plans"
                | "planning"
                | "intends"
                | "upcoming"
                // "asked whether the Foreign Secretary had met": a question
                | "whether"
        )
    }) || words
        .windows(2)
        .any(|p| matches!(p[0].as_ref(), "due" | "set") && p[1] == "to")
        // a news report's present tense of travel is the journey ahead
        // ("leaves for Phnom Penh on Wednesday for talks")
        || words.windows(2).any(|p| {
            matches!(p[0].as_ref(), "leaves" | "departs" | "heads") && matches!(p[1].as_ref(), "for" | "to")
        })
        || words.windows(2).any(|p| {
            p[0] == "next"
                && matches!(
                    p[1].as_ref(),
                    "week" | "month" | "year" | "round" | "meeting" | "session"
                )
        })
    {
        return false;
    }
    // "following the visit" refers back; "the following documents" does not
    let refers = |k: usize| {
        let next = words.get(k + 1).map(|w| w.as_ref()).unwrap_or("");
        matches!(
            words[k].as_ref(),
            "since" | "follows" | "followed" | "marked" | "recalling"
        ) || words[k] == "following"
            && matches!(next, "the" | "a" | "an" | "his" | "her" | "their" | "its")
    };
    if (words.len().saturating_sub(4)..words.len()).any(refers) {
        return false;
    }
    // "followed up on the Prime Minister's visit to Paris", "recalled the
    // Chancellor's visit", "building on the summit": an earlier act
    let back = &words[words.len().saturating_sub(8)..];
    if back
        .iter()
        .any(|w| matches!(w.as_ref(), "recalled" | "recalling" | "recall" | "recalls"))
        || back.windows(2).any(|p| {
            matches!(
                (p[0].as_ref(), p[1].as_ref()),
                ("followed" | "follow" | "following" | "follows", "up")
                    | ("building" | "built" | "build", "on")
                    | ("took" | "taking" | "take", "stock")
                    // "ahead of Saturday's video call hosted by X": to come
                    | ("ahead", "of")
                    // "following the AI Action Summit co-chaired by X"
                    | ("following", "the")
            )
        })
    {
        return false;
    }
    // "arrangements for talks with X were being made", "preparations for
    // the summit": the act is being arranged, not held
    if words[words.len().saturating_sub(3)..].iter().any(|w| {
        matches!(
            w.as_ref(),
            "arrangements" | "preparations" | "preparing" | "arranging"
        )
    }) {
        return false;
    }
    // "summoned the ambassador over new sanctions", "amid fresh
    // expulsions": the cause of the act told, not a second act
    if words
        .last()
        .is_some_and(|w| matches!(w.as_ref(), "over" | "amid"))
    {
        return false;
    }
    let may_govern = governor
        .get_or_init(|| first_governor(sentence))
        .is_some_and(|g| g < start);
    if may_govern && governed_by_a_plan(before) {
        return false;
    }
    let from = words.len().saturating_sub(3);
    let near = &words[from..];
    // ("The next day he held talks": a day of the story told, no plan)
    let narrative_next = |k: usize| {
        near[k] == "next"
            && words
                .get(from + k + 1)
                .is_some_and(|n| matches!(n.as_ref(), "day" | "morning" | "afternoon" | "evening"))
    };
    if (0..near.len()).any(|k| {
        (MODALS.contains(&near[k].as_ref()) && !narrative_next(k)) || near[k].ends_with("n't")
    }) {
        return false;
    }
    // "did not" / "has not yet" a little further back
    let far = &words[words.len().saturating_sub(5)..];
    // ("There was no bilateral meeting between X and Y", "no talks were
    // held": "no" just before the act's noun)
    let no_before = words.iter().rev().take(2).any(|w| w == "no");
    !no_before
        && !far
            .iter()
            .any(|w| w == "not" || w == "never" || w.ends_with("n't"))
}

/// Where the first word `governed_by_a_plan` looks for stands in
/// `sentence` (found once per sentence: the regexes run only when one
/// stands before a trigger).
fn first_governor(sentence: &str) -> Option<usize> {
    static STEMS: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    crate::phrase_set(&STEMS, GOVERNING_STEMS)
        .find(sentence)
        .map(|m| m.start())
}

/// Parts of the words `governed_by_a_plan` looks for, lower case.
const GOVERNING_STEMS: &[&str] = &[
    // every word `governed_by_a_plan`'s regex opens with
    "agreed",
    "agree ",
    "agrees",
    "decided",
    "pledged",
    "resolved",
    "undertook",
    "invitation",
    "invited",
    "offered",
    "proposed",
    "hoped",
    "hopes",
    "wished",
    "keen ",
    "eager ",
    "forward ",
    "will ",
    "shall ",
    "'ll ",
    "’ll ",
    " set to",
    " due to",
    "scheduled",
    "slated",
    "expected to",
];

/// "agreed to meet soon, possibly during a bilateral visit", "accepted an
/// invitation to pay a state visit", "look forward to the summit", "will
/// depart for Georgetown, Guyana, on Wednesday for the first visit": the
/// trigger is what was agreed, offered or hoped for, not an act told. A
/// later clause with its own verb ("... and signed two agreements", "...
/// as the ministers co-chaired the session", "... after they met") ends
/// the plan's reach.
fn governed_by_a_plan(before: &str) -> bool {
    static GOVERNOR: OnceLock<Regex> = OnceLock::new();
    static BREAK: OnceLock<Regex> = OnceLock::new();
    let governor = GOVERNOR.get_or_init(|| {
        Regex::new(
            // (ASCII word boundaries and classes keep the fast DFA engines
            // usable: a Unicode \b rules them out)
            r"(?i)(?-u:\b)(?:agreed|agree|agrees|decided|pledged|resolved|undertook|invitation|invited|offered|proposed|hoped|hopes|wished|keen|eager|looked forward|look forward|looks forward|looking forward)(?-u:\b)(?:[^A-Za-z0-9]+[A-Za-z0-9'’-]+){0,6}?[^A-Za-z0-9]+to(?-u:\b)|(?-u:\b)(?:will|shall)(?-u:\b)|['’]ll(?-u:\b)|(?-u:\b)(?:is|are) (?:set|due|scheduled|slated|expected) to(?-u:\b)",
        )
        .expect("valid regex")
    });
    let Some(last) = governor.find_iter(before).last() else {
        return false;
    };
    // (the future tense's forms, without the cost of capture groups)
    let future_tense = {
        let m = last.as_str().to_lowercase();
        ["will", "shall", "'ll", "’ll", "is ", "are "]
            .iter()
            .any(|w| m.starts_with(w))
    };
    let between = &before[last.end()..];
    // "X, who will travel to Japan next week, held talks": the trigger
    // opens a clause of its own (not so after "agreed to convene the
    // Commission, co-chaired by ...")
    if future_tense && between.trim_end().ends_with(',') {
        return false;
    }
    let stop = BREAK.get_or_init(|| {
        Regex::new(
            r"(?i);|,[ \t\n]*(?:at|during|on the sidelines of|on the margins of|following)[ \t\n]|(?-u:\b)(?:and|but|while|then|before|after|which|who|where|when|as)(?-u:\b)(?:[ \t\n]+[A-Za-z0-9'’-]+){0,12}?[ \t\n]+(?:[a-z-]+ed|held|met|signed|paid|spoke|made|took|began|went|came|is|was|were|had|has)(?-u:\b)|(?-u:\b)(?:after|when|while|where|which|who)(?-u:\b)(?:[ \t\n]+[A-Za-z0-9'’-]+){0,8}[ \t\n]*$",
        )
        .expect("valid regex")
    });
    !stop.is_match(between)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(s: &str) -> Vec<String> {
        find(s).iter().map(|f| f.rule.kind.clone()).collect()
    }

    #[test]
    fn lexicon_compiles_and_finds_diplomacy() {
        assert!(rules().len() > 10);
        assert_eq!(kinds("The ministers held talks in Paris."), vec!["meeting"]);
        assert_eq!(
            kinds("He also called on the Prime Minister."),
            vec!["meeting"]
        );
        assert_eq!(
            kinds("The two leaders spoke over the phone on Monday."),
            vec!["phone_call"]
        );
        assert_eq!(
            kinds("India summoned the Deputy High Commissioner."),
            vec!["protest"]
        );
        assert_eq!(
            kinds("The sides signed an MoU on health."),
            vec!["agreement"]
        );
        assert_eq!(
            kinds("Both sides agreed to expand cooperation."),
            vec!["intent_to_cooperate"]
        );
    }

    #[test]
    fn negation_and_modality() {
        assert!(kinds("The ministers did not meet in Paris.").is_empty());
        assert!(kinds("The minister will visit Japan next month.").is_empty());
        assert!(kinds("They are expected to sign an agreement.").is_empty());
        assert!(kinds("The President may meet his counterpart.").is_empty());
        assert_eq!(kinds("The minister is visiting Japan."), vec!["visit"]);
    }
}
