//! The cast of the corpus, drawn from the bundled knowledge base: states
//! with their adjectives, capitals and foreign ministries; officials with
//! their titles and tenures; mechanisms, cooperation-area words and bodies.
//!
//! Real names make the corpus exercise the same code paths as real news
//! (people resolved by name and date, titles bound to names, mechanisms);
//! the pools are read in the knowledge base's own order, so the corpus is a
//! function of the seed and the knowledge-base version.

use chrono::NaiveDate;
use entente_kb::Kb;
use std::collections::HashMap;

/// Dates are drawn from this window (the KB's tenures cover 2019 on).
pub fn window() -> (NaiveDate, NaiveDate) {
    (
        NaiveDate::from_ymd_opt(2019, 1, 1).unwrap(),
        NaiveDate::from_ymd_opt(2026, 10, 31).unwrap(),
    )
}

#[derive(Debug, Clone)]
pub struct State {
    pub name: String,
    pub adjective: String,
    pub capital: String,
    pub cities: Vec<String>,
    /// The foreign ministry's name, when the KB knows it.
    pub ministry: Option<String>,
}

/// Which officials meet which: leaders meet leaders, ministers their peers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rank {
    Leader,
    Foreign,
    Defence,
    Security,
    Official,
    Envoy,
}

fn rank_of(kind: &str) -> Option<Rank> {
    Some(match kind {
        "head-of-state" | "head-of-government" => Rank::Leader,
        "foreign-minister" => Rank::Foreign,
        "defence-minister" => Rank::Defence,
        "nsa" | "deputy-nsa" | "diplomatic-adviser" => Rank::Security,
        "foreign-secretary" | "minister" | "spokesperson" => Rank::Official,
        "ambassador" => Rank::Envoy,
        _ => return None,
    })
}

/// One tenure of one person, clamped to the date window.
#[derive(Debug, Clone)]
pub struct Official {
    pub name: String,
    pub title: String,
    /// Index into [`Cast::states`].
    pub state: usize,
    pub rank: Rank,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Official {
    pub fn serves_on(&self, d: NaiveDate) -> bool {
        self.from <= d && d <= self.to
    }
}

pub struct Cast {
    pub states: Vec<State>,
    pub officials: Vec<Official>,
    pub mechanisms: Vec<String>,
    pub areas: Vec<String>,
    pub bodies: Vec<String>,
}

impl Cast {
    pub fn from_kb(kb: &Kb) -> Cast {
        let mut index = HashMap::new();
        let mut states = Vec::new();
        for c in &kb.countries {
            // territories without a capital make poor diplomatic actors
            let Some(capital) = c.capital.clone() else {
                continue;
            };
            index.insert(c.code.clone(), states.len());
            states.push(State {
                name: c.name.clone(),
                adjective: c.adjectives.first().unwrap_or(&c.name).clone(),
                capital,
                cities: c.cities.clone(),
                ministry: None,
            });
        }
        for inst in &kb.institutions {
            if inst.kind == "foreign-ministry" {
                if let Some(&i) = index.get(&inst.country) {
                    states[i].ministry.get_or_insert_with(|| inst.name.clone());
                }
            }
        }
        let (lo, hi) = window();
        let mut officials = Vec::new();
        for t in &kb.terms {
            let office = &kb.offices[t.office];
            let (Some(rank), Some(&state)) = (rank_of(&office.kind), index.get(&office.country))
            else {
                continue;
            };
            let (from, to) = (t.from.max(lo), t.to.unwrap_or(hi).min(hi));
            if from > to {
                continue;
            }
            officials.push(Official {
                name: kb.people[t.person].name.clone(),
                title: office.title.clone(),
                state,
                rank,
                from,
                to,
            });
        }
        // area words as prose writes them: the lower-case synonyms
        let areas = kb
            .areas
            .iter()
            .flat_map(|a| a.synonyms.iter())
            .filter(|s| s.chars().all(|c| !c.is_uppercase()) && s.len() > 4)
            .cloned()
            .collect();
        Cast {
            states,
            officials,
            mechanisms: kb.mechanisms.iter().map(|m| m.name.clone()).collect(),
            areas,
            bodies: kb.bodies.iter().map(|b| b.name.clone()).collect(),
        }
    }
}
