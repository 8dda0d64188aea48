//! The roadmap file format (`roadmaps/SCHEMA.md`), its loading and checks.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use entente_kb::Kb;
use serde::{Deserialize, Serialize};

use crate::ReviewError;

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoadmapFile {
    pub roadmap: Header,
    #[serde(default)]
    pub pillar: Vec<Pillar>,
    #[serde(default)]
    pub commitment: Vec<Commitment>,
}

/// What the roadmap is and who adopted it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    pub id: String,
    pub name: String,
    pub partnership: Vec<String>,
    pub adopted: String,
    #[serde(default)]
    pub horizon: Option<String>,
    #[serde(default)]
    pub summary: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pillar {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub summary: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Commitment {
    pub id: String,
    pub pillar: String,
    pub title: String,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub areas: Vec<String>,
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default)]
    pub entities: Vec<String>,
    #[serde(default)]
    pub mechanisms: Vec<String>,
    #[serde(default)]
    pub target_date: Option<String>,
    #[serde(default)]
    pub target: Option<Target>,
}

/// A measurable target ("30,000 Indian students in France by 2030").
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    pub metric: String,
    pub value: f64,
    #[serde(default)]
    pub by: Option<String>,
}

/// A roadmap as loaded: the file plus where it came from.
#[derive(Debug, Clone)]
pub struct Roadmap {
    pub file: RoadmapFile,
    pub source: String,
}

impl Roadmap {
    pub fn id(&self) -> &str {
        &self.file.roadmap.id
    }

    /// The commitments of a pillar, in file order.
    pub fn commitments_of<'a>(
        &'a self,
        pillar: &'a str,
    ) -> impl Iterator<Item = &'a Commitment> + 'a {
        self.file
            .commitment
            .iter()
            .filter(move |c| c.pillar == pillar)
    }
}

/// Parses one roadmap file's text (`source` names it in errors).
pub fn parse(source: &str, text: &str) -> Result<Roadmap, ReviewError> {
    let file: RoadmapFile = toml::from_str(text).map_err(|e| ReviewError::Roadmap {
        file: source.to_string(),
        message: e.to_string().trim().replace('\n', " "),
    })?;
    Ok(Roadmap {
        file,
        source: source.to_string(),
    })
}

/// The bundled roadmaps, overlaid by the TOML files of `overlays` (a
/// roadmap with the same id replaces the bundled one), each checked
/// against the knowledge base.
pub fn load(overlays: &[PathBuf], kb: &Kb) -> Result<Vec<Roadmap>, ReviewError> {
    let mut out: Vec<Roadmap> = Vec::new();
    let mut put = |r: Roadmap| match out.iter_mut().find(|x| x.id() == r.id()) {
        Some(x) => *x = r,
        None => out.push(r),
    };
    for (name, text) in BUNDLED {
        put(parse(&format!("roadmaps/{name}"), text)?);
    }
    for dir in overlays {
        for p in toml_files(dir)? {
            let text = std::fs::read_to_string(&p).map_err(|source| ReviewError::Io {
                path: p.display().to_string(),
                source,
            })?;
            put(parse(&p.display().to_string(), &text)?);
        }
    }
    let problems: Vec<String> = out.iter().flat_map(|r| check(r, kb)).collect();
    if !problems.is_empty() {
        return Err(ReviewError::Invalid(problems));
    }
    Ok(out)
}

fn toml_files(dir: &Path) -> Result<Vec<PathBuf>, ReviewError> {
    let rd = std::fs::read_dir(dir).map_err(|source| ReviewError::Io {
        path: dir.display().to_string(),
        source,
    })?;
    let mut v: Vec<PathBuf> = rd
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    v.sort();
    Ok(v)
}

/// Problems of one roadmap, each naming the file and the entry.
pub fn check(r: &Roadmap, kb: &Kb) -> Vec<String> {
    let mut p = Vec::new();
    let f = &r.file;
    let at = |entry: &str, msg: String| format!("{}: {entry}: {msg}", r.source);
    for c in &f.roadmap.partnership {
        if !kb.is_actor_code(c) {
            p.push(at("roadmap", format!("unknown state code {c}")));
        }
    }
    if NaiveDate::parse_from_str(&f.roadmap.adopted, "%Y-%m-%d").is_err() {
        p.push(at(
            "roadmap",
            format!("adopted {:?} is not YYYY-MM-DD", f.roadmap.adopted),
        ));
    }
    let pillars: HashSet<&str> = f.pillar.iter().map(|x| x.id.as_str()).collect();
    let mut ids = HashSet::new();
    let slugs: HashSet<&str> = kb.areas.iter().map(|a| a.slug.as_str()).collect();
    let mechanisms: HashSet<&str> = kb.mechanisms.iter().map(|m| m.name.as_str()).collect();
    for c in &f.commitment {
        let e = format!("commitment {}", c.id);
        if !ids.insert(c.id.as_str()) {
            p.push(at(&e, "defined twice".into()));
        }
        if !pillars.contains(c.pillar.as_str()) {
            p.push(at(&e, format!("unknown pillar {}", c.pillar)));
        }
        for a in &c.areas {
            if !slugs.contains(a.as_str()) {
                p.push(at(&e, format!("unknown area {a}")));
            }
        }
        for m in &c.mechanisms {
            if !mechanisms.contains(m.as_str()) {
                p.push(at(&e, format!("unknown mechanism {m:?}")));
            }
        }
        if c.keywords.is_empty() && c.mechanisms.is_empty() {
            p.push(at(
                &e,
                "needs keywords or mechanisms to find evidence".into(),
            ));
        }
        for d in c
            .target_date
            .iter()
            .chain(c.target.as_ref().and_then(|t| t.by.as_ref()))
        {
            if NaiveDate::parse_from_str(d, "%Y-%m-%d").is_err() {
                p.push(at(&e, format!("date {d:?} is not YYYY-MM-DD")));
            }
        }
    }
    p
}
