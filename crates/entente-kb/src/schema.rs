//! The file format of `kb/SCHEMA.md`, as serde types. Every file may hold
//! any of the tables; the loader merges them by key.

use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KbFile {
    #[serde(default)]
    pub country: Vec<Country>,
    #[serde(default)]
    pub body: Vec<Body>,
    #[serde(default)]
    pub institution: Vec<Institution>,
    #[serde(default)]
    pub office: Vec<Office>,
    #[serde(default)]
    pub person: Vec<Person>,
    #[serde(default)]
    pub title: Vec<Title>,
    #[serde(default)]
    pub mechanism: Vec<Mechanism>,
    #[serde(default)]
    pub area: Vec<Area>,
    #[serde(default)]
    pub not_areas: Vec<String>,
    #[serde(default)]
    pub code: Vec<CameoCode>,
    #[serde(default)]
    pub event_type: Vec<EventType>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    pub code: String,
    pub alpha2: String,
    pub name: String,
    #[serde(default)]
    pub official: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub adjectives: Vec<String>,
    #[serde(default)]
    pub prefixes: Vec<String>,
    #[serde(default)]
    pub capital: Option<String>,
    #[serde(default)]
    pub seats: Vec<String>,
    #[serde(default)]
    pub cities: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    pub code: String,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub members: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Institution {
    pub id: String,
    pub country: String,
    pub kind: String,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Office {
    pub id: String,
    pub country: String,
    #[serde(default)]
    pub institution: Option<String>,
    pub kind: String,
    pub title: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default = "yes")]
    pub single: bool,
    #[serde(default)]
    pub accredited_to: Option<String>,
    /// The title alone, as the office's own institution writes it ("the
    /// Secretary" in a text of the Department of State)
    #[serde(default)]
    pub bare_title: Option<String>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub name: String,
    pub country: String,
    #[serde(default)]
    pub variants: Vec<String>,
    #[serde(default)]
    pub handles: Vec<String>,
    #[serde(default)]
    pub tenures: Vec<Tenure>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tenure {
    pub office: String,
    pub from: DateText,
    #[serde(default)]
    pub to: Option<DateText>,
}

/// A date written either as a TOML date (`2024-07-15`) or a string
/// (`"2024-07-15"`); parsed and checked by validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateText(pub String);

impl<'de> Deserialize<'de> for DateText {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match toml::Value::deserialize(d)? {
            toml::Value::String(s) => Ok(DateText(s)),
            toml::Value::Datetime(dt) => Ok(DateText(dt.to_string())),
            other => Err(serde::de::Error::custom(format!(
                "expected a date YYYY-MM-DD, found {}",
                other.type_str()
            ))),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Title {
    pub kind: String,
    pub forms: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mechanism {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub level: Option<String>,
    #[serde(default)]
    pub pairs: Vec<Vec<String>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub slug: String,
    #[serde(default)]
    pub synonyms: Vec<String>,
    /// Words that put a military exercise in this area although they name
    /// no area by themselves ("navy", "warships": a naval exercise is
    /// maritime cooperation).
    #[serde(default)]
    pub exercise_signs: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CameoCode {
    pub code: String,
    pub name: String,
    pub goldstein: f64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventType {
    #[serde(rename = "type")]
    pub kind: String,
    pub cameo: String,
    pub plover: String,
    #[serde(default)]
    pub plover_old: Option<String>,
    #[serde(default)]
    pub mode: Option<String>,
    #[serde(default)]
    pub root: Option<String>,
}
