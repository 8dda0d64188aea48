//! Validation of a merged knowledge base. Every problem names its file and
//! entry; all are collected before loading fails, so one run shows them all.

use std::collections::HashMap;

use crate::{load::parse_term, Kb, Problem};

pub(crate) struct Origins {
    pub people: Vec<String>,
    pub offices: Vec<String>,
}

const INSTITUTION_KINDS: &[&str] = &[
    "foreign-ministry",
    "defence-ministry",
    "head-of-government-office",
    "head-of-state-office",
    "security-council",
    "other",
];
const OFFICE_KINDS: &[&str] = &[
    "head-of-state",
    "head-of-government",
    "foreign-minister",
    "defence-minister",
    "nsa",
    "deputy-nsa",
    "foreign-secretary",
    "spokesperson",
    "ambassador",
    "diplomatic-adviser",
    "minister",
    "other",
];

fn is_code3(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase())
}

pub(crate) fn check(kb: &mut Kb, origins: &Origins, problems: &mut Vec<Problem>) {
    let mut p = |file: &str, entry: String, message: String| {
        problems.push(Problem {
            file: file.to_string(),
            entry,
            message,
        })
    };
    let known = |kb: &Kb, c: &str| kb.code_index.contains_key(c) || kb.body_index.contains_key(c);
    for c in &kb.countries {
        if !is_code3(&c.code)
            || c.alpha2.len() != 2
            || !c.alpha2.bytes().all(|b| b.is_ascii_uppercase())
        {
            p(
                "countries",
                format!("country {}", c.code),
                "code must be 3 and alpha2 2 capital letters".into(),
            );
        }
    }
    for b in &kb.bodies {
        if !is_code3(&b.code) {
            p(
                "bodies",
                format!("body {}", b.code),
                "code must be 3 capital letters".into(),
            );
        }
        if kb.code_index.contains_key(&b.code) {
            p(
                "bodies",
                format!("body {}", b.code),
                "code is also a country's code".into(),
            );
        }
        for m in &b.members {
            if !known(kb, m) {
                p(
                    "bodies",
                    format!("body {}", b.code),
                    format!("unknown member code {m}"),
                );
            }
        }
    }
    // a bare common noun would name every state's body of that kind in any
    // text ("the Union Cabinet" is India's, not North Korea's)
    const GENERIC: &[&str] = &[
        "cabinet",
        "senate",
        "parliament",
        "government",
        "presidency",
        "assembly",
        "council",
        "ministry",
        "office",
        "embassy",
        "army",
        "navy",
    ];
    for i in &kb.institutions {
        let e = format!("institution {}", i.id);
        for n in std::iter::once(&i.name).chain(&i.aliases) {
            if GENERIC.contains(&n.trim().to_lowercase().as_str()) {
                p(
                    "institutions",
                    e.clone(),
                    format!(
                        "{n:?} is a common noun; name the state's own (\"Cabinet of the DPRK\")"
                    ),
                );
            }
        }
        if !known(kb, &i.country) {
            p(
                "institutions",
                e.clone(),
                format!("unknown country code {}", i.country),
            );
        }
        if !INSTITUTION_KINDS.contains(&i.kind.as_str()) {
            p(
                "institutions",
                e,
                format!(
                    "unknown kind {:?} (one of {})",
                    i.kind,
                    INSTITUTION_KINDS.join(", ")
                ),
            );
        }
    }
    for (n, o) in kb.offices.iter().enumerate() {
        let f = &origins.offices[n];
        let e = format!("office {}", o.id);
        if !known(kb, &o.country) {
            p(f, e.clone(), format!("unknown country code {}", o.country));
        }
        if let Some(inst) = &o.institution {
            if !kb.institution_index.contains_key(inst) {
                p(f, e.clone(), format!("unknown institution {inst}"));
            }
        }
        if !OFFICE_KINDS.contains(&o.kind.as_str()) {
            p(
                f,
                e.clone(),
                format!(
                    "unknown kind {:?} (one of {})",
                    o.kind,
                    OFFICE_KINDS.join(", ")
                ),
            );
        }
        if let Some(a) = &o.accredited_to {
            if !known(kb, a) {
                p(f, e, format!("unknown accredited_to code {a}"));
            }
        }
    }
    let mut terms = Vec::new();
    for (n, person) in kb.people.iter().enumerate() {
        let f = &origins.people[n];
        let e = format!("person {} ({})", person.name, person.country);
        if person.name.trim().is_empty() {
            p(f, e.clone(), "empty name".into());
        }
        if !known(kb, &person.country) {
            p(
                f,
                e.clone(),
                format!("unknown country code {}", person.country),
            );
        }
        for h in &person.handles {
            if !h.starts_with('@') || h.len() < 2 {
                p(f, e.clone(), format!("handle {h:?} must start with @"));
            }
        }
        for t in &person.tenures {
            let Some(&office) = kb.office_index.get(&t.office) else {
                p(
                    f,
                    e.clone(),
                    format!("tenure names unknown office {}", t.office),
                );
                continue;
            };
            match parse_term(n, office, t) {
                Ok(term) => terms.push(term),
                Err(m) => p(f, e.clone(), m),
            }
        }
    }
    // single-holder offices: no two holders on the same day
    let mut by_office: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, t) in terms.iter().enumerate() {
        by_office.entry(t.office).or_default().push(i);
    }
    let mut offices: Vec<_> = by_office.into_iter().collect();
    offices.sort();
    for (office, mut list) in offices {
        if !kb.offices[office].single {
            continue;
        }
        list.sort_by_key(|&i| terms[i].from);
        for w in list.windows(2) {
            let (a, b) = (&terms[w[0]], &terms[w[1]]);
            let overlaps = a.to.is_none_or(|to| to >= b.from);
            if overlaps && a.person != b.person {
                p(
                    &origins.people[b.person],
                    format!("office {}", kb.offices[office].id),
                    format!(
                        "two holders of a single-holder office on {}: {} (from {}) and {} (from {})",
                        b.from, kb.people[a.person].name, a.from, kb.people[b.person].name, b.from
                    ),
                );
            }
        }
    }
    kb.terms = terms;
    for t in &kb.titles {
        if !OFFICE_KINDS.contains(&t.kind.as_str()) {
            p(
                "titles",
                format!("title {}", t.kind),
                format!("unknown kind {:?}", t.kind),
            );
        }
    }
    for m in &kb.mechanisms {
        for pair in &m.pairs {
            for c in pair {
                if !known(kb, c) {
                    p(
                        "mechanisms",
                        format!("mechanism {}", m.name),
                        format!("unknown country code {c} in pairs"),
                    );
                }
            }
        }
    }
    let mut seen: HashMap<String, &str> = HashMap::new();
    for a in &kb.areas {
        if a.exercise_signs.iter().any(|s| s.trim().is_empty()) {
            p(
                "areas",
                format!("area {}", a.slug),
                "an empty exercise sign".to_string(),
            );
        }
        for s in &a.synonyms {
            if let Some(other) = seen.insert(s.to_lowercase(), &a.slug) {
                if other != a.slug {
                    p(
                        "areas",
                        format!("area {}", a.slug),
                        format!("synonym {s:?} also belongs to {other}"),
                    );
                }
            }
        }
    }
    for c in &kb.cameo {
        let ok = (3..=4).contains(&c.code.len())
            && c.code.bytes().all(|b| b.is_ascii_digit())
            && (1..=20).contains(&c.code[..2].parse::<u32>().unwrap_or(0));
        if !ok {
            p(
                "cameo",
                format!("code {}", c.code),
                "must be 3 or 4 digits with a root 01-20".into(),
            );
        }
    }
    for t in &kb.event_types {
        if !kb.cameo_index.contains_key(&t.cameo) {
            p(
                "event_types",
                format!("type {}", t.kind),
                format!("cameo {} is not in the CAMEO table", t.cameo),
            );
        }
    }
}
