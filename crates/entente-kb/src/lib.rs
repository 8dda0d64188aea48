//! The knowledge base: what entente knows about states, bodies,
//! institutions, offices, officials and their tenures, dialogue mechanisms,
//! cooperation areas and CAMEO codes.
//!
//! It is data, not code: TOML files in the repository's `kb/` folder
//! (format in `kb/SCHEMA.md`), embedded in the binary at build time and
//! overlaid at run time by user folders (`--kb DIR`, `ENTENTE_KB`), where an
//! entry with the same key replaces the bundled one. Loading validates
//! everything and compiles one [`Gazetteer`] over every surface form.
//!
//! ```
//! let kb = entente_kb::Kb::bundled().unwrap();
//! let india = kb.country("IND").unwrap();
//! assert_eq!(india.name, "India");
//! ```

mod error;
pub mod fold;
mod gazetteer;
mod load;
mod resolve;
pub mod schema;
mod validate;

pub use error::{KbError, Problem};
pub use gazetteer::{Gazetteer, Hit, Target};
pub use resolve::Holding;

use std::collections::HashMap;

use chrono::NaiveDate;
use schema::*;

/// A city or capital: where events happen.
#[derive(Debug, Clone)]
pub struct PlaceEntry {
    pub name: String,
    pub country: String,
}

/// A tenure with its dates parsed.
#[derive(Debug, Clone)]
pub struct Term {
    pub person: usize,
    pub office: usize,
    pub from: NaiveDate,
    pub to: Option<NaiveDate>,
}

/// The loaded, validated and compiled knowledge base.
pub struct Kb {
    pub countries: Vec<Country>,
    pub bodies: Vec<Body>,
    pub institutions: Vec<Institution>,
    pub offices: Vec<Office>,
    pub people: Vec<Person>,
    pub titles: Vec<Title>,
    pub mechanisms: Vec<Mechanism>,
    pub areas: Vec<Area>,
    pub not_areas: Vec<String>,
    pub cameo: Vec<CameoCode>,
    pub event_types: Vec<EventType>,
    pub places: Vec<PlaceEntry>,
    pub terms: Vec<Term>,
    /// Distinct generic title kinds (`Target::Title` indexes this).
    pub title_kinds: Vec<String>,
    gazetteer: Gazetteer,
    code_index: HashMap<String, usize>,
    body_index: HashMap<String, usize>,
    office_index: HashMap<String, usize>,
    institution_index: HashMap<String, usize>,
    place_index: HashMap<String, usize>,
    /// folded country names and aliases -> index in `countries`
    country_name_index: HashMap<String, usize>,
    cameo_index: HashMap<String, usize>,
    /// terms by office, sorted by start
    terms_by_office: Vec<Vec<usize>>,
    terms_by_person: Vec<Vec<usize>>,
    /// people's whole names, letters only, lower case (built on first use)
    compact_names: std::sync::OnceLock<Vec<(String, usize)>>,
    /// files the KB was read from, in order (bundled first)
    pub sources: Vec<String>,
}

impl Kb {
    /// The bundled knowledge base only.
    pub fn bundled() -> Result<Kb, KbError> {
        Kb::load(&[])
    }

    /// The bundled knowledge base overlaid by each folder in `overlays`.
    pub fn load(overlays: &[std::path::PathBuf]) -> Result<Kb, KbError> {
        load::load(overlays)
    }

    /// The compiled matcher over every known surface form.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The people whose whole name (or a variant of two words or more),
    /// letters only, is inside `letters` (a handle in lower case:
    /// "nzwinstonpeters" holds Winston Peters).
    pub fn people_named_in(&self, letters: &str) -> Vec<usize> {
        let names = self.compact_names.get_or_init(|| {
            let compact = |s: &str| -> String {
                fold::strip_diacritics(s)
                    .chars()
                    .filter(|c| c.is_ascii_alphabetic())
                    .map(|c| c.to_ascii_lowercase())
                    .collect()
            };
            let mut v = Vec::new();
            for (i, p) in self.people.iter().enumerate() {
                for n in std::iter::once(&p.name).chain(&p.variants) {
                    if n.split_whitespace().count() >= 2 {
                        v.push((compact(n), i));
                    }
                }
            }
            v
        });
        let mut out: Vec<usize> = names
            .iter()
            .filter(|(n, _)| letters.contains(n.as_str()))
            .map(|&(_, i)| i)
            .collect();
        out.dedup();
        out
    }

    /// A state by ISO alpha-3 code.
    pub fn country(&self, code: &str) -> Option<&Country> {
        self.code_index.get(code).map(|&i| &self.countries[i])
    }

    /// A supranational body by its code.
    pub fn body(&self, code: &str) -> Option<&Body> {
        self.body_index.get(code).map(|&i| &self.bodies[i])
    }

    /// True for a state or body code the KB knows.
    pub fn is_actor_code(&self, code: &str) -> bool {
        self.code_index.contains_key(code) || self.body_index.contains_key(code)
    }

    /// An office by id.
    pub fn office(&self, id: &str) -> Option<(usize, &Office)> {
        self.office_index.get(id).map(|&i| (i, &self.offices[i]))
    }

    /// An institution by id.
    pub fn institution(&self, id: &str) -> Option<&Institution> {
        self.institution_index
            .get(id)
            .map(|&i| &self.institutions[i])
    }

    /// A place by name (any case, with or without diacritics).
    pub fn place(&self, name: &str) -> Option<&PlaceEntry> {
        self.place_index
            .get(&fold::key(name))
            .map(|&i| &self.places[i])
    }

    /// The CAMEO table entry of a code.
    pub fn cameo(&self, code: &str) -> Option<&CameoCode> {
        self.cameo_index.get(code).map(|&i| &self.cameo[i])
    }

    /// The event type entry of a record type.
    pub fn event_type(&self, kind: &str) -> Option<&EventType> {
        self.event_types.iter().find(|t| t.kind == kind)
    }

    /// Counts per kind of entry, for `kb check` and the notes.
    pub fn counts(&self) -> Vec<(&'static str, usize)> {
        let variants: usize = self.people.iter().map(|p| p.variants.len()).sum();
        let handles: usize = self.people.iter().map(|p| p.handles.len()).sum();
        let synonyms: usize = self.areas.iter().map(|a| a.synonyms.len()).sum();
        vec![
            ("countries", self.countries.len()),
            ("bodies", self.bodies.len()),
            ("places", self.places.len()),
            ("institutions", self.institutions.len()),
            ("offices", self.offices.len()),
            ("people", self.people.len()),
            ("tenures", self.terms.len()),
            ("name variants", variants),
            ("handles", handles),
            ("generic title kinds", self.title_kinds.len()),
            ("mechanisms", self.mechanisms.len()),
            ("areas", self.areas.len()),
            ("area synonyms", synonyms),
            ("CAMEO codes", self.cameo.len()),
            ("event types", self.event_types.len()),
            ("surface forms", self.gazetteer.len()),
        ]
    }
}

impl entente_core::PlaceResolver for Kb {
    fn place_country(&self, name: &str) -> Option<String> {
        if let Some(p) = self.place(name) {
            return Some(p.country.clone());
        }
        self.country_named(name)
    }

    fn country_named(&self, name: &str) -> Option<String> {
        self.country_name_index
            .get(&fold::key(name))
            .map(|&i| self.countries[i].code.clone())
    }
}
