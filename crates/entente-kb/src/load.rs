//! Reading, merging and compiling the knowledge base.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::gazetteer::{GazetteerBuilder, Target};
use crate::schema::*;
use crate::{fold, validate, Kb, KbError, PlaceEntry, Problem, Term};

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// A table whose entries are merged by key; remembers which layer and file
/// each entry came from, so duplicates within one layer are reported while
/// a later layer's entry replaces an earlier one's.
struct Table<T> {
    items: Vec<T>,
    origin: Vec<(usize, String)>,
    index: HashMap<String, usize>,
}

impl<T> Table<T> {
    fn new() -> Self {
        Table {
            items: Vec::new(),
            origin: Vec::new(),
            index: HashMap::new(),
        }
    }

    fn put(
        &mut self,
        key: String,
        item: T,
        layer: usize,
        file: &str,
        kind: &str,
        problems: &mut Vec<Problem>,
    ) {
        match self.index.get(&key) {
            Some(&i) => {
                if self.origin[i].0 == layer {
                    problems.push(Problem {
                        file: file.into(),
                        entry: format!("{kind} {key}"),
                        message: format!("defined twice (also in {})", self.origin[i].1),
                    });
                }
                self.items[i] = item;
                self.origin[i] = (layer, file.into());
            }
            None => {
                self.index.insert(key, self.items.len());
                self.items.push(item);
                self.origin.push((layer, file.into()));
            }
        }
    }
}

/// The files of one overlay folder, recursively, sorted by path.
fn folder_files(dir: &Path) -> Result<Vec<(String, String)>, KbError> {
    let io = |p: &Path, source| KbError::Io {
        path: p.display().to_string(),
        source,
    };
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).map_err(|e| io(&d, e))? {
            let p = e.map_err(|e| io(&d, e))?.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "toml") {
                let text = std::fs::read_to_string(&p).map_err(|e| io(&p, e))?;
                out.push((p.display().to_string(), text));
            }
        }
    }
    out.sort();
    Ok(out)
}

pub(crate) fn load(overlays: &[PathBuf]) -> Result<Kb, KbError> {
    let mut layers: Vec<Vec<(String, String)>> = vec![BUNDLED
        .iter()
        .map(|(p, t)| (format!("kb/{p}"), t.to_string()))
        .collect()];
    for dir in overlays {
        layers.push(folder_files(dir)?);
    }
    let mut problems = Vec::new();
    let mut countries = Table::new();
    let mut bodies = Table::new();
    let mut institutions = Table::new();
    let mut offices = Table::new();
    let mut people = Table::new();
    let mut titles: Vec<Title> = Vec::new();
    let mut mechanisms = Table::new();
    let mut areas = Table::new();
    let mut not_areas: Vec<String> = Vec::new();
    let mut cameo = Table::new();
    let mut event_types = Table::new();
    let mut sources = Vec::new();
    for (layer, files) in layers.iter().enumerate() {
        for (file, text) in files {
            sources.push(file.clone());
            let f: KbFile = toml::from_str(text).map_err(|e| KbError::Parse {
                file: file.clone(),
                message: e.to_string().trim().replace('\n', " "),
            })?;
            for x in f.country {
                countries.put(x.code.clone(), x, layer, file, "country", &mut problems);
            }
            for x in f.body {
                bodies.put(x.code.clone(), x, layer, file, "body", &mut problems);
            }
            for x in f.institution {
                institutions.put(x.id.clone(), x, layer, file, "institution", &mut problems);
            }
            for x in f.office {
                offices.put(x.id.clone(), x, layer, file, "office", &mut problems);
            }
            for x in f.person {
                let key = format!("{} ({})", x.name, x.country);
                people.put(key, x, layer, file, "person", &mut problems);
            }
            titles.extend(f.title);
            for x in f.mechanism {
                mechanisms.put(x.name.clone(), x, layer, file, "mechanism", &mut problems);
            }
            for x in f.area {
                areas.put(x.slug.clone(), x, layer, file, "area", &mut problems);
            }
            not_areas.extend(f.not_areas);
            for x in f.code {
                cameo.put(x.code.clone(), x, layer, file, "CAMEO code", &mut problems);
            }
            for x in f.event_type {
                event_types.put(x.kind.clone(), x, layer, file, "event type", &mut problems);
            }
        }
    }
    let mut kb = Kb {
        countries: countries.items,
        bodies: bodies.items,
        institutions: institutions.items,
        offices: offices.items,
        people: people.items,
        titles,
        mechanisms: mechanisms.items,
        areas: areas.items,
        not_areas,
        cameo: cameo.items,
        event_types: event_types.items,
        places: Vec::new(),
        terms: Vec::new(),
        title_kinds: Vec::new(),
        gazetteer: GazetteerBuilder::default().build(),
        code_index: countries.index,
        body_index: bodies.index,
        office_index: offices.index,
        institution_index: institutions.index,
        place_index: HashMap::new(),
        country_name_index: HashMap::new(),
        cameo_index: cameo.index,
        terms_by_office: Vec::new(),
        terms_by_person: Vec::new(),
        compact_names: std::sync::OnceLock::new(),
        sources,
    };
    let origins = validate::Origins {
        people: people.origin.iter().map(|o| o.1.clone()).collect(),
        offices: offices.origin.iter().map(|o| o.1.clone()).collect(),
    };
    validate::check(&mut kb, &origins, &mut problems);
    if !problems.is_empty() {
        return Err(KbError::Invalid(problems));
    }
    index(&mut kb);
    Ok(kb)
}

/// Builds places, tenure indices and the gazetteer of a validated KB.
fn index(kb: &mut Kb) {
    for (i, c) in kb.countries.iter().enumerate() {
        for name in std::iter::once(&c.name).chain(&c.aliases) {
            // the first state to claim a name keeps it, as the old scan did
            kb.country_name_index.entry(fold::key(name)).or_insert(i);
        }
    }
    for c in &kb.countries {
        for name in c.capital.iter().chain(&c.cities) {
            let k = fold::key(name);
            if !kb.place_index.contains_key(&k) {
                kb.place_index.insert(k, kb.places.len());
                kb.places.push(PlaceEntry {
                    name: name.clone(),
                    country: c.code.clone(),
                });
            }
        }
    }
    kb.terms_by_office = vec![Vec::new(); kb.offices.len()];
    kb.terms_by_person = vec![Vec::new(); kb.people.len()];
    for (i, t) in kb.terms.iter().enumerate() {
        kb.terms_by_office[t.office].push(i);
        kb.terms_by_person[t.person].push(i);
    }
    for list in kb
        .terms_by_office
        .iter_mut()
        .chain(kb.terms_by_person.iter_mut())
    {
        list.sort_by_key(|&i| kb.terms[i].from);
    }
    for t in &kb.titles {
        if !kb.title_kinds.contains(&t.kind) {
            kb.title_kinds.push(t.kind.clone());
        }
    }
    kb.gazetteer = build_gazetteer(kb);
}

fn build_gazetteer(kb: &Kb) -> crate::Gazetteer {
    let mut b = GazetteerBuilder::default();
    for (i, c) in kb.countries.iter().enumerate() {
        b.add(&c.name, Target::Country(i));
        if let Some(o) = &c.official {
            b.add(o, Target::Country(i));
        }
        c.aliases.iter().for_each(|a| b.add(a, Target::Country(i)));
        c.adjectives
            .iter()
            .for_each(|a| b.add(a, Target::Adjective(i)));
        c.prefixes.iter().for_each(|a| b.add(a, Target::Prefix(i)));
        c.seats.iter().for_each(|a| b.add(a, Target::Seat(i)));
    }
    for (i, p) in kb.places.iter().enumerate() {
        b.add(&p.name, Target::Place(i));
    }
    for (i, x) in kb.bodies.iter().enumerate() {
        b.add(&x.name, Target::Body(i));
        x.aliases.iter().for_each(|a| b.add(a, Target::Body(i)));
    }
    for (i, x) in kb.institutions.iter().enumerate() {
        b.add(&x.name, Target::Institution(i));
        x.aliases
            .iter()
            .for_each(|a| b.add(a, Target::Institution(i)));
    }
    // an office form that is also a generic title ("Spokesperson",
    // "President") names a kind of office, which only context can tie to a
    // state; leave it to the generic title
    let generic: std::collections::HashSet<String> = kb
        .titles
        .iter()
        .flat_map(|t| t.forms.iter().map(|f| f.to_lowercase()))
        .collect();
    for (i, x) in kb.offices.iter().enumerate() {
        for form in std::iter::once(&x.title).chain(&x.aliases) {
            if !generic.contains(&form.to_lowercase()) {
                b.add(form, Target::Office(i));
            }
        }
    }
    for t in &kb.titles {
        let k = kb
            .title_kinds
            .iter()
            .position(|x| x == &t.kind)
            .expect("indexed kind");
        t.forms.iter().for_each(|f| b.add(f, Target::Title(k)));
    }
    for (i, p) in kb.people.iter().enumerate() {
        b.add(&p.name, Target::Person(i));
        p.variants.iter().for_each(|v| b.add(v, Target::Person(i)));
        // initials are written with and without spaces ("K. P. Sharma Oli",
        // "K.P. Sharma Oli", "D.K. Sunil")
        for form in std::iter::once(&p.name).chain(&p.variants) {
            let compact = compact_initials(form);
            if &compact != form {
                b.add(&compact, Target::Person(i));
            }
        }
        // Japanese names are written both ways in English ("Yoko Kamikawa",
        // "Kamikawa Yoko", "KAMIKAWA Yoko")
        if p.country == "JPN" {
            let words: Vec<&str> = p.name.split_whitespace().collect();
            if words.len() == 2 {
                b.add(&format!("{} {}", words[1], words[0]), Target::Person(i));
            }
        }
        p.handles.iter().for_each(|h| b.add(h, Target::Handle(i)));
        for s in surnames(&p.name, &p.country) {
            b.add_surname(&s, i);
        }
    }
    for (i, m) in kb.mechanisms.iter().enumerate() {
        b.add(&m.name, Target::Mechanism(i));
        m.aliases
            .iter()
            .for_each(|a| b.add(a, Target::Mechanism(i)));
    }
    for (i, a) in kb.areas.iter().enumerate() {
        a.synonyms.iter().for_each(|s| b.add(s, Target::Area(i)));
    }
    for n in &kb.not_areas {
        b.add(n, Target::NotArea);
    }
    b.build()
}

/// "K. P. Sharma Oli" -> "K.P. Sharma Oli": initials written together.
fn compact_initials(name: &str) -> String {
    let words: Vec<&str> = name.split(' ').collect();
    let mut out = String::new();
    for (k, w) in words.iter().enumerate() {
        out.push_str(w);
        let initial = |x: &str| {
            x.len() == 2 && x.ends_with('.') && x.chars().next().is_some_and(char::is_uppercase)
        };
        let next_initial = words.get(k + 1).is_some_and(|n| initial(n));
        if k + 1 < words.len() && !(initial(w) && next_initial) {
            out.push(' ');
        }
    }
    out
}

/// Forms by which a person is named alone after the first mention: the
/// family name, which is the first word in Chinese and Korean names as
/// written in English ("Lee Jae-myung" is "Lee", "Wang Yi" is "Wang") and
/// the last word otherwise.
fn surnames(name: &str, country: &str) -> Vec<String> {
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|w| !w.ends_with('.'))
        .collect();
    if words.len() < 2 {
        return Vec::new();
    }
    let family_first = matches!(country, "CHN" | "KOR" | "PRK" | "TWN" | "HKG" | "MAC");
    let family = if family_first {
        words[0]
    } else {
        words[words.len() - 1]
    };
    let min = if family_first { 2 } else { 3 };
    if family.chars().count() >= min && !matches!(family, "Jr" | "Jr." | "III" | "II") {
        vec![family.to_string()]
    } else {
        Vec::new()
    }
}

pub(crate) fn parse_term(person: usize, office: usize, t: &Tenure) -> Result<Term, String> {
    let d = |s: &str| {
        chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map_err(|_| format!("date {s:?} is not YYYY-MM-DD"))
    };
    let from = d(&t.from.0)?;
    let to = t.to.as_ref().map(|x| d(&x.0)).transpose()?;
    if let Some(to) = to {
        if to < from {
            return Err(format!(
                "tenure of {} ends ({to}) before it starts ({from})",
                t.office
            ));
        }
    }
    Ok(Term {
        person,
        office,
        from,
        to,
    })
}

#[cfg(test)]
mod tests {
    use super::{compact_initials, surnames};

    #[test]
    fn initials_and_family_names() {
        assert_eq!(compact_initials("K. P. Sharma Oli"), "K.P. Sharma Oli");
        assert_eq!(compact_initials("S. Jaishankar"), "S. Jaishankar");
        assert_eq!(compact_initials("Vikram Misri"), "Vikram Misri");
        assert_eq!(surnames("Lee Jae-myung", "KOR"), vec!["Lee"]);
        assert_eq!(surnames("Wang Yi", "CHN"), vec!["Wang"]);
        assert_eq!(surnames("Vikram Misri", "IND"), vec!["Misri"]);
        assert!(surnames("Ferdinand Marcos Jr.", "PHL") == vec!["Marcos"]);
    }
}
