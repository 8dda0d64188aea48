//! Gold and predicted records read into comparable values (score.py:
//! `Ctx`, `cameo_root`, `Event`, `Statement`, `Doc`).
//!
//! The same code reads both sides; `Ctx::gold` decides what a bad value
//! becomes: in a gold file the field is treated as absent (not scored), in a
//! prediction it becomes [`Slot::Invalid`], which equals nothing.

mod doc;
mod event;
mod statement;

pub(crate) use doc::Doc;
pub(crate) use event::Event;
pub(crate) use statement::Statement;

use crate::problems::Problems;
use crate::pyjson::{Json, Object};

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_equals_nothing() {
        let inv: Slot<String> = Slot::Invalid;
        assert!(!inv.equals(&Slot::Invalid) && !inv.equals(&Slot::Null));
        assert!(Slot::<String>::Null.equals(&Slot::Null));
    }
}
