//! Time-aware resolution: who held which office on which day.

use chrono::NaiveDate;

use crate::{fold, Kb, Target};

/// A person in an office on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Holding {
    pub person: usize,
    pub office: usize,
}

impl Kb {
    /// Holders of an office on `date` (several for multi-holder offices).
    pub fn holders(&self, office: usize, date: NaiveDate) -> Vec<usize> {
        self.terms_by_office[office]
            .iter()
            .map(|&i| &self.terms[i])
            .filter(|t| t.from <= date && t.to.is_none_or(|to| date <= to))
            .map(|t| t.person)
            .collect()
    }

    /// The single holder of an office on `date`, if exactly one.
    pub fn holder(&self, office: usize, date: NaiveDate) -> Option<usize> {
        let h = self.holders(office, date);
        (h.len() == 1).then(|| h[0])
    }

    /// Offices of `kind` (e.g. "foreign-minister") of `country`.
    pub fn offices_of_kind<'a>(
        &'a self,
        kind: &'a str,
        country: &'a str,
    ) -> impl Iterator<Item = usize> + 'a {
        self.offices
            .iter()
            .enumerate()
            .filter(move |(_, o)| o.kind == kind && o.country == country)
            .map(|(i, _)| i)
    }

    /// Who held an office of `kind` in `country` on `date`
    /// ("foreign-secretary", IND, 2025-01-20 -> Vikram Misri).
    pub fn resolve_kind(&self, kind: &str, country: &str, date: NaiveDate) -> Option<Holding> {
        let mut found = None;
        for office in self.offices_of_kind(kind, country) {
            // ambassadors and other multi-office kinds are ambiguous without a host
            if self.offices[office].accredited_to.is_some() {
                continue;
            }
            if let Some(person) = self.holder(office, date) {
                if found.is_some() {
                    return None;
                }
                found = Some(Holding { person, office });
            }
        }
        found
    }

    /// The office a person held on `date`; when several, the one of
    /// `prefer_kind` if given, else the most senior by kind order.
    pub fn office_of(
        &self,
        person: usize,
        date: Option<NaiveDate>,
        prefer: Option<usize>,
    ) -> Option<usize> {
        let terms = &self.terms_by_person[person];
        let active: Vec<usize> = terms
            .iter()
            .map(|&i| &self.terms[i])
            .filter(|t| date.is_none_or(|d| t.from <= d && t.to.is_none_or(|to| d <= to)))
            .map(|t| t.office)
            .collect();
        if let Some(p) = prefer {
            if active.contains(&p) {
                return Some(p);
            }
        }
        if date.is_none() {
            // no date: the latest office
            return terms.last().map(|&i| self.terms[i].office);
        }
        active
            .into_iter()
            .min_by_key(|&o| seniority(&self.offices[o].kind))
    }

    /// A person by any written form of their name or handle.
    pub fn person_by_name(&self, name: &str) -> Vec<usize> {
        let k = fold::key(name);
        let mut out: Vec<usize> = Vec::new();
        for hit in self.gazetteer().find(name) {
            if hit.span.len() != name.trim().len() {
                continue;
            }
            for t in hit.targets {
                if let Target::Person(p) | Target::Handle(p) | Target::Surname(p) = t {
                    if !out.contains(&p) {
                        out.push(p);
                    }
                }
            }
        }
        if out.is_empty() {
            out = self
                .people
                .iter()
                .enumerate()
                .filter(|(_, p)| fold::key(&p.name) == k)
                .map(|(i, _)| i)
                .collect();
        }
        out
    }
}

fn seniority(kind: &str) -> u8 {
    match kind {
        "head-of-state" => 0,
        "head-of-government" => 1,
        "foreign-minister" => 2,
        "defence-minister" => 3,
        "minister" => 4,
        "nsa" => 5,
        "foreign-secretary" => 6,
        "diplomatic-adviser" => 7,
        "deputy-nsa" => 8,
        "ambassador" => 9,
        "spokesperson" => 10,
        _ => 11,
    }
}
