//! Gold and predicted records read into comparable values (score.py:
//! `Ctx`, `cameo_root`, `Event`, `Statement`, `Doc`).
//!
//! The same code reads both sides; `Ctx::gold` decides what a bad value
//! becomes: in a gold file the field is treated as absent (not scored), in a
//! prediction it becomes [`Slot::Invalid`], which equals nothing.

use crate::normalise::{jaccard, norm, tokens};
use crate::problems::Problems;
use crate::pyjson::{dumps, py_str, Json, Object};
use crate::unicode::{prefix, strip};
use std::collections::{BTreeSet, HashSet};

/// Event type -> default CAMEO code (shared/spec/event-types.md).
const TYPE_CAMEO: [(&str, &str); 24] = [
    ("appeal", "020"),
    ("intent_to_cooperate", "030"),
    ("consultation", "040"),
    ("meeting", "040"),
    ("phone_call", "041"),
    ("visit", "042"),
    ("negotiation", "046"),
    ("agreement", "057"),
    ("diplomatic_support", "050"),
    ("material_cooperation", "060"),
    ("aid", "070"),
    ("concession", "080"),
    ("investigation", "090"),
    ("demand", "100"),
    ("criticism", "110"),
    ("rejection", "120"),
    ("threat", "130"),
    ("protest", "140"),
    ("force_posture", "150"),
    ("reduce_relations", "160"),
    ("coercion", "170"),
    ("assault", "180"),
    ("fight", "190"),
    ("mass_violence", "200"),
];

fn type_cameo(t: &str) -> Option<&'static str> {
    TYPE_CAMEO.iter().find(|(k, _)| *k == t).map(|(_, v)| *v)
}

/// A field value as score.py holds it: `None`, a value, or `INVALID`.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) enum Slot<T> {
    #[default]
    Null,
    Val(T),
    /// A prediction of the wrong type.
    Invalid,
}

impl<T: PartialEq> Slot<T> {
    /// Python's `==` on the held values: `INVALID` equals nothing.
    pub(crate) fn equals(&self, other: &Slot<T>) -> bool {
        match (self, other) {
            (Slot::Null, Slot::Null) => true,
            (Slot::Val(a), Slot::Val(b)) => a == b,
            _ => false,
        }
    }

    pub(crate) fn is_null(&self) -> bool {
        matches!(self, Slot::Null)
    }

    fn map<U>(self, f: impl FnOnce(T) -> U) -> Slot<U> {
        match self {
            Slot::Null => Slot::Null,
            Slot::Val(v) => Slot::Val(f(v)),
            Slot::Invalid => Slot::Invalid,
        }
    }
}

impl Slot<String> {
    /// `str()` of the value in a report line: `None`, the text, `<invalid>`.
    pub(crate) fn shown(&self) -> String {
        match self {
            Slot::Null => "None".into(),
            Slot::Val(s) => s.clone(),
            Slot::Invalid => "<invalid>".into(),
        }
    }

    /// The string, if it is one.
    pub(crate) fn text(&self) -> Option<&str> {
        match self {
            Slot::Val(s) => Some(s),
            _ => None,
        }
    }
}

/// Where we are (for problem reports) and which side we read.
pub(crate) struct Ctx<'a> {
    problems: &'a mut Problems,
    place: String,
    gold: bool,
}

impl<'a> Ctx<'a> {
    pub(crate) fn new(problems: &'a mut Problems, place: &str, gold: bool) -> Ctx<'a> {
        Ctx {
            problems,
            place: place.to_string(),
            gold,
        }
    }

    fn sub(&mut self, suffix: &str) -> Ctx<'_> {
        Ctx {
            problems: self.problems,
            place: format!("{} {suffix}", self.place),
            gold: self.gold,
        }
    }

    fn bad(&mut self, message: impl Into<String>) {
        self.problems.add(message, self.place.clone());
    }

    /// A string field: `(present, value)`.  Missing: reported if required.
    /// Null where not allowed, or not a string: reported; gold -> absent,
    /// prediction -> present and `Invalid`.
    fn field(
        &mut self,
        d: &Object,
        key: &str,
        label: &str,
        allow_null: bool,
        required: bool,
    ) -> (bool, Slot<String>) {
        let wrong = if self.gold {
            (false, Slot::Null)
        } else {
            (true, Slot::Invalid)
        };
        match d.get(key) {
            None => {
                if required {
                    self.bad(format!("{label}: missing '{key}'"));
                }
                (false, Slot::Null)
            }
            Some(Json::Null) if allow_null => (true, Slot::Null),
            Some(Json::Null) => {
                self.bad(format!("{label}: '{key}' is null"));
                wrong
            }
            Some(Json::Str(s)) => (true, Slot::Val(s.clone())),
            Some(v) => {
                self.bad(format!("{label}: '{key}' is {}", v.type_name()));
                wrong
            }
        }
    }
}

/// Which event fields are present (in gold: which are scored).
#[derive(Debug, Clone, Default)]
pub(crate) struct Has {
    pub(crate) type_: bool,
    pub(crate) date: bool,
    pub(crate) participants: bool,
    pub(crate) areas: bool,
    pub(crate) place: bool,
    pub(crate) mechanism: bool,
    pub(crate) source: bool,
    pub(crate) target: bool,
}

/// Source/target: a set of normalised names.
pub(crate) type Actor = BTreeSet<String>;

/// One event of a record.
#[derive(Debug, Clone, Default)]
pub(crate) struct Event {
    /// CAMEO root ("04"); `None`: cannot pair.
    pub(crate) root: Option<String>,
    /// `None`: cannot pair.
    pub(crate) countries: Option<BTreeSet<String>>,
    pub(crate) type_: Slot<String>,
    pub(crate) date: Slot<String>,
    pub(crate) names: BTreeSet<String>,
    pub(crate) areas: BTreeSet<String>,
    pub(crate) place: Slot<String>,
    pub(crate) mechanism: Slot<String>,
    pub(crate) source: Slot<Actor>,
    pub(crate) target: Slot<Actor>,
    pub(crate) has: Has,
    /// `Event.describe()`.
    pub(crate) description: String,
}

/// `YYYY[-MM[-DD]]`, as `re.match` with `$` (which also matches before a
/// final newline).
fn is_date(s: &str) -> bool {
    let s = s.strip_suffix('\n').unwrap_or(s).as_bytes();
    let digits = |r: std::ops::Range<usize>| s[r].iter().all(u8::is_ascii_digit);
    match s.len() {
        4 => digits(0..4),
        7 => digits(0..4) && s[4] == b'-' && digits(5..7),
        10 => digits(0..4) && s[4] == b'-' && digits(5..7) && s[7] == b'-' && digits(8..10),
        _ => false,
    }
}

/// CAMEO root of an event: from a usable "cameo" (3-4 digits, root 01-20),
/// else from the type's default code.
fn cameo_root(d: &Object, c: &mut Ctx) -> Option<String> {
    let typ = d.get("type").and_then(Json::as_str);
    let troot = typ.and_then(type_cameo).map(|code| &code[..2]);
    let mut root = None;
    match d.get("cameo") {
        None | Some(Json::Null) => {}
        Some(cv) => {
            let usable = cv.as_str().map(strip).filter(|s| {
                (3..=4).contains(&s.len())
                    && s.bytes().all(|b| b.is_ascii_digit())
                    && (1..=20).contains(&s[..2].parse::<u32>().unwrap_or(0))
            });
            match usable {
                Some(s) => root = Some(s[..2].to_string()),
                None => c.bad(format!(
                    "event: unusable 'cameo' {} (root taken from type)",
                    prefix(&dumps(cv, true, None), 20)
                )),
            }
        }
    }
    let Some(root) = root else {
        return troot.map(str::to_string);
    };
    if let (Some(t), Some(name)) = (troot, typ) {
        if root != t {
            c.bad(format!(
                "event: cameo root {root} disagrees with type '{name}' (root {t}); cameo used"
            ));
        }
    }
    Some(root)
}

/// A list of strings, stripped; other items are reported and skipped.
fn str_set(v: &Json, c: &mut Ctx, key: &str) -> Option<BTreeSet<String>> {
    let Json::Array(items) = v else {
        c.bad(format!("event: '{key}' is {}, not a list", v.type_name()));
        return None;
    };
    let mut out = BTreeSet::new();
    for x in items {
        match x {
            Json::Str(s) => {
                out.insert(strip(s).to_string());
            }
            _ => c.bad(format!("event: item of '{key}' is {}", x.type_name())),
        }
    }
    Some(out)
}

/// Participants -> (normalised names, names as written).
fn name_list(v: &Json, c: &mut Ctx) -> (BTreeSet<String>, Vec<String>) {
    let (mut names, mut shown) = (BTreeSet::new(), Vec::new());
    let Json::Array(items) = v else {
        c.bad(format!("event: 'participants' is {}", v.type_name()));
        return (names, shown);
    };
    for p in items {
        let Some(o) = p.as_object() else {
            c.bad(format!(
                "event: participant is {}, not an object",
                p.type_name()
            ));
            continue;
        };
        match o.get("name") {
            Some(Json::Str(n)) => {
                let k = norm(n);
                if !k.is_empty() {
                    names.insert(k);
                    shown.push(n.clone());
                }
            }
            other => c.bad(format!(
                "event: participant 'name' is {}",
                other.map_or("null", Json::type_name)
            )),
        }
    }
    (names, shown)
}

/// Source/target value: a name or a list of names; anything else is invalid.
fn actor(v: &Json) -> Slot<Actor> {
    match v {
        Json::Null => Slot::Null,
        Json::Str(s) => Slot::Val(BTreeSet::from([norm(s)])),
        Json::Array(items) => items
            .iter()
            .map(|x| x.as_str().map(norm))
            .collect::<Option<Actor>>()
            .map_or(Slot::Invalid, Slot::Val),
        _ => Slot::Invalid,
    }
}

impl Event {
    pub(crate) fn parse(raw: &Json, idx: usize, ctx: &mut Ctx) -> Event {
        let mut c = ctx.sub(&format!("event {idx}"));
        let gold = c.gold;
        let Some(d) = raw.as_object() else {
            c.bad(format!("event is {}, not an object", raw.type_name()));
            let description = format!("<invalid event: {}>", prefix(&dumps(raw, false, None), 60));
            return Event {
                description,
                ..Event::default()
            };
        };
        let mut ev = Event::default();
        let mut shown = Vec::new();

        let (ok, v) = c.field(d, "type", "event", false, true);
        if ok {
            ev.has.type_ = true;
            if let Some(t) = v.text().filter(|t| type_cameo(t).is_none()) {
                c.bad(format!("event: unknown type '{}'", prefix(t, 40)));
            }
            ev.type_ = v;
        }
        ev.root = cameo_root(d, &mut c);
        if ev.root.is_none() {
            c.bad("event: no CAMEO root (no usable cameo or type); cannot pair");
        }

        let (ok, v) = c.field(d, "date", "event", true, true);
        if ok {
            ev.has.date = true;
            if v.text().is_some_and(|s| !is_date(s)) {
                c.bad("event: 'date' not YYYY[-MM[-DD]]");
            }
            ev.date = v;
        }

        ev.countries = match d.get("countries") {
            None => {
                c.bad("event: missing 'countries'");
                gold.then(BTreeSet::new)
            }
            Some(v) => str_set(v, &mut c, "countries"),
        };

        match d.get("participants") {
            Some(Json::Null) if !gold => {} // null participants: no names predicted
            Some(Json::Null) => c.bad("event: 'participants' is null"),
            Some(v) => {
                ev.has.participants = true;
                (ev.names, shown) = name_list(v, &mut c);
            }
            None if !gold => c.bad("event: missing 'participants'"),
            None => {}
        }

        match d.get("areas") {
            None if !gold => c.bad("event: missing 'areas'"),
            None => {}
            Some(Json::Null) if gold => c.bad("event: 'areas' is null"),
            Some(v) => {
                let s = if *v == Json::Null {
                    Some(BTreeSet::new())
                } else {
                    str_set(v, &mut c, "areas")
                };
                if s.is_some() || !gold {
                    ev.has.areas = true;
                    ev.areas = s.unwrap_or_default();
                }
            }
        }

        match d.get("place") {
            None if !gold => c.bad("event: missing 'place'"),
            None => {}
            Some(Json::Null) => ev.has.place = true,
            Some(Json::Object(o))
                if matches!(o.get("name"), None | Some(Json::Null | Json::Str(_))) =>
            {
                ev.has.place = true;
                if let Some(Json::Str(name)) = o.get("name") {
                    ev.place = Slot::Val(norm(name));
                }
            }
            Some(v) => {
                c.bad(format!(
                    "event: 'place' is {}, not {{name, country}}",
                    v.type_name()
                ));
                if !gold {
                    ev.has.place = true;
                    ev.place = Slot::Invalid;
                }
            }
        }

        let (ok, v) = c.field(d, "mechanism", "event", true, !gold);
        if ok {
            ev.has.mechanism = true;
            ev.mechanism = v.map(|s| norm(&s));
        }

        for key in ["source", "target"] {
            let Some(v) = d.get(key) else {
                if !gold {
                    c.bad(format!("event: missing '{key}'"));
                }
                continue;
            };
            let val = actor(v);
            if val == Slot::Invalid {
                c.bad(format!("event: '{key}' is {}", v.type_name()));
                if gold {
                    continue;
                }
            }
            if key == "source" {
                (ev.has.source, ev.source) = (true, val);
            } else {
                (ev.has.target, ev.target) = (true, val);
            }
        }

        ev.description = ev.describe(&shown.join("; "));
        ev
    }

    /// `Event.describe()` of a dict event: type, date, countries, names.
    fn describe(&self, shown: &str) -> String {
        let t = self.type_.text().unwrap_or("?");
        let d = self.date.text().unwrap_or("-");
        let cs = match &self.countries {
            None => "?".to_string(),
            Some(s) if s.is_empty() => "-".to_string(),
            Some(s) => s.iter().map(String::as_str).collect::<Vec<_>>().join(","),
        };
        format!("{t} {d} {cs} [{shown}]")
    }
}

/// One statement of a record.
#[derive(Debug, Clone)]
pub(crate) struct Statement {
    speaker: Slot<String>,
    org: Slot<String>,
    has_org: bool,
    /// `None`: no usable quote, cannot pair.
    tokens: Option<HashSet<String>>,
    /// `Statement.describe()`.
    pub(crate) description: String,
}

impl Statement {
    pub(crate) fn parse(raw: &Json, idx: usize, ctx: &mut Ctx) -> Statement {
        let mut c = ctx.sub(&format!("statement {idx}"));
        let Some(d) = raw.as_object() else {
            c.bad(format!("statement is {}, not an object", raw.type_name()));
            return Statement {
                speaker: Slot::Invalid,
                org: Slot::Invalid,
                has_org: false,
                tokens: None,
                description: "<invalid statement>".into(),
            };
        };
        let speaker = c
            .field(d, "speaker", "statement", true, true)
            .1
            .map(|s| norm(&s));
        let (has_org, org) = c.field(d, "org", "statement", true, false);
        let quote = match c.field(d, "quote", "statement", false, true).1 {
            Slot::Val(q) => Some(q),
            _ => None,
        };

        let who = [d.get("speaker"), d.get("org")]
            .into_iter()
            .flatten()
            .find(|v| v.truthy())
            .map_or_else(|| "?".to_string(), py_str);
        let q = quote.as_deref().unwrap_or("");
        let q = if q.chars().count() <= 60 {
            q.to_string()
        } else {
            format!("{}...", prefix(q, 57))
        };
        Statement {
            speaker,
            org: org.map(|s| norm(&s)),
            has_org,
            tokens: quote.as_deref().map(tokens),
            description: format!("{}: \"{q}\"", prefix(&who, 40)),
        }
    }

    /// Jaccard of the quotes if gold statement `self` may pair with the
    /// predicted `other` (same speaker, or both null with the same org when
    /// gold has one, and Jaccard >= 0.5).
    pub(crate) fn matches(&self, other: &Statement) -> Option<f64> {
        let (a, b) = (self.tokens.as_ref()?, other.tokens.as_ref()?);
        if self.speaker.is_null() && other.speaker.is_null() {
            if self.has_org && !self.org.equals(&other.org) {
                return None;
            }
        } else if !self.speaker.equals(&other.speaker) {
            return None;
        }
        let j = jaccard(a, b);
        (j >= 0.5).then_some(j)
    }
}

/// A document record (gold or predicted).
#[derive(Debug, Clone, Default)]
pub(crate) struct Doc {
    pub(crate) has_published: bool,
    pub(crate) has_dateline: bool,
    pub(crate) has_events: bool,
    pub(crate) has_statements: bool,
    pub(crate) published: Slot<String>,
    pub(crate) dateline_null: bool,
    pub(crate) dateline_place: Slot<String>,
    /// The dateline place as the report shows it when the dateline is not null.
    pub(crate) dateline_shown: String,
    pub(crate) events: Vec<Event>,
    pub(crate) statements: Vec<Statement>,
}

impl Doc {
    pub(crate) fn parse(raw: &Object, ctx: &mut Ctx) -> Doc {
        let gold = ctx.gold;
        let mut doc = Doc {
            dateline_null: true,
            ..Doc::default()
        };
        let (ok, v) = ctx.field(raw, "published", "record", true, !gold);
        if ok {
            doc.has_published = true;
            doc.published = v;
        }

        match raw.get("dateline") {
            None if !gold => ctx.bad("record: missing 'dateline'"),
            None => {}
            Some(Json::Null) => doc.has_dateline = true,
            Some(Json::Object(o)) => {
                doc.has_dateline = true;
                doc.dateline_null = false;
                let place = o.get("place").unwrap_or(&Json::Null);
                doc.dateline_shown = match place {
                    Json::Str(s) => s.clone(),
                    Json::Null => "None".into(),
                    other if gold => py_str(other),
                    _ => "<invalid>".into(),
                };
                doc.dateline_place = match place {
                    Json::Str(s) => Slot::Val(norm(s)),
                    Json::Null => Slot::Null,
                    other => {
                        ctx.bad(format!("record: dateline 'place' is {}", other.type_name()));
                        if gold {
                            Slot::Null
                        } else {
                            Slot::Invalid
                        }
                    }
                };
            }
            Some(v) => {
                ctx.bad(format!("record: 'dateline' is {}", v.type_name()));
                if !gold {
                    doc.has_dateline = true;
                    doc.dateline_null = false;
                    doc.dateline_place = Slot::Invalid;
                    doc.dateline_shown = "<invalid>".into();
                }
            }
        }

        for key in ["events", "statements"] {
            let has = match raw.get(key) {
                None => {
                    if !gold {
                        ctx.bad(format!("record: missing '{key}'"));
                    }
                    false
                }
                Some(Json::Array(items)) => {
                    for (i, item) in items.iter().enumerate() {
                        if key == "events" {
                            doc.events.push(Event::parse(item, i, ctx));
                        } else {
                            doc.statements.push(Statement::parse(item, i, ctx));
                        }
                    }
                    true
                }
                Some(v) => {
                    ctx.bad(format!("record: '{key}' is {}, not a list", v.type_name()));
                    !gold
                }
            };
            if key == "events" {
                doc.has_events = has;
            } else {
                doc.has_statements = has;
            }
        }
        doc
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_as_python_regex() {
        assert!(
            is_date("2025")
                && is_date("2025-01")
                && is_date("2025-01-20")
                && is_date("2025-01-20\n")
        );
        assert!(
            !is_date("2025-1-20")
                && !is_date("２０２５")
                && !is_date("2025-01-20\n\n")
                && !is_date("")
        );
    }

    #[test]
    fn invalid_equals_nothing() {
        let inv: Slot<String> = Slot::Invalid;
        assert!(!inv.equals(&Slot::Invalid) && !inv.equals(&Slot::Null));
        assert!(Slot::<String>::Null.equals(&Slot::Null));
    }
}
