//! Events (score.py: `cameo_root`, `Event`).

use super::{type_cameo, Ctx, Slot};
use crate::normalise::norm;
use crate::pyjson::{dumps, Json, Object};
use crate::unicode::{prefix, strip};
use std::collections::BTreeSet;

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

        // Gold without countries still pairs (as the empty set); a prediction
        // without them cannot pair.
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

        // Predicted null or malformed areas score as none; in gold they are
        // not scored.
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

        // A place object without a usable name counts as a null place.
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
}
