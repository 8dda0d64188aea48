//! JSON values as Python's `json` module gives them to score.py.
//!
//! score.py's messages show type names (`int` vs `float`), `json.dumps` and
//! `str()` of odd values, and the reader accepts what Python accepts (`NaN`,
//! integers of any size, duplicate keys).  `serde_json::Value` cannot carry
//! all of that, so the scorer works on this small value type instead, read by
//! a port of CPython's scanner (`parse.rs`) and printed as Python prints
//! (`dump.rs`).

mod dump;
mod parse;

pub(crate) use dump::{dumps, py_str, str_repr};
pub(crate) use parse::loads;

/// A decoded JSON value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Json {
    Null,
    Bool(bool),
    /// An integer, as its canonical decimal digits (Python ints are unbounded).
    Int(String),
    Float(f64),
    Str(String),
    Array(Vec<Json>),
    Object(Object),
}

/// A JSON object: keys in first-insertion order, the last value of a
/// duplicated key winning (as a Python dict built by `json.loads`).
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Object(Vec<(String, Json)>);

impl Object {
    /// Builds an object from key/value pairs in document order.
    pub(crate) fn from_pairs(pairs: Vec<(String, Json)>) -> Object {
        let mut index = std::collections::HashMap::new();
        let mut out: Vec<(String, Json)> = Vec::with_capacity(pairs.len());
        for (k, v) in pairs {
            match index.get(&k) {
                Some(&i) => out[i] = (k, v),
                None => {
                    index.insert(k.clone(), out.len());
                    out.push((k, v));
                }
            }
        }
        Object(out)
    }

    pub(crate) fn get(&self, key: &str) -> Option<&Json> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = (&String, &Json)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Json {
    /// score.py's `_tname`: "null" or the Python type name.
    pub(crate) fn type_name(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "bool",
            Json::Int(_) => "int",
            Json::Float(_) => "float",
            Json::Str(_) => "str",
            Json::Array(_) => "list",
            Json::Object(_) => "dict",
        }
    }

    /// Python truthiness.
    pub(crate) fn truthy(&self) -> bool {
        match self {
            Json::Null => false,
            Json::Bool(b) => *b,
            Json::Int(d) => d != "0",
            Json::Float(f) => *f != 0.0,
            Json::Str(s) => !s.is_empty(),
            Json::Array(a) => !a.is_empty(),
            Json::Object(o) => !o.is_empty(),
        }
    }

    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    pub(crate) fn as_object(&self) -> Option<&Object> {
        match self {
            Json::Object(o) => Some(o),
            _ => None,
        }
    }
}

impl From<serde_json::Value> for Json {
    fn from(v: serde_json::Value) -> Json {
        use serde_json::Value;
        match v {
            Value::Null => Json::Null,
            Value::Bool(b) => Json::Bool(b),
            Value::Number(n) if n.is_f64() => Json::Float(n.as_f64().unwrap_or(f64::NAN)),
            Value::Number(n) => Json::Int(n.to_string()),
            Value::String(s) => Json::Str(s),
            Value::Array(a) => Json::Array(a.into_iter().map(Json::from).collect()),
            Value::Object(o) => Json::Object(Object::from_pairs(
                o.into_iter().map(|(k, v)| (k, Json::from(v))).collect(),
            )),
        }
    }
}
