//! Reading gold files and predictions (score.py: `read_gold_dir`,
//! `read_jsonl`, `read_predictions`).  Nothing in them is fatal except an
//! unreadable directory or prediction file: every other fault is counted as
//! a problem, with score.py's wording.

use crate::error::EvalError;
use crate::problems::Problems;
use crate::pyjson::{loads, str_repr, Json, Object};
use crate::records::{Ctx, Doc};
use crate::unicode::prefix;
use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::io;
use std::path::Path;

const GOLD_SUFFIX: &str = ".gold.json";

/// The gold documents of a directory of `NAME.gold.json` files (document id
/// = `NAME`), with the problems found reading them.
#[derive(Debug, Clone)]
pub struct GoldSet {
    label: String,
    pub(crate) docs: BTreeMap<String, Doc>,
    pub(crate) problems: Problems,
}

impl GoldSet {
    /// The name reports give the gold directory (by default the path as given).
    pub fn label(&self) -> &str {
        &self.label
    }

    /// Sets the name reports give the gold directory (`gold_dir` in JSON).
    pub fn with_label(mut self, label: impl Into<String>) -> GoldSet {
        self.label = label.into();
        self
    }

    /// Number of readable gold documents.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// No readable gold document (score.py warns about this).
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// Document ids, sorted.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.docs.keys().map(String::as_str)
    }

    /// Problems found in the gold files.
    pub fn problems(&self) -> &Problems {
        &self.problems
    }
}

/// Reads every `*.gold.json` file of `dir`, in sorted name order.
///
/// A file that cannot be read, is not JSON or not a JSON object is reported
/// as a gold problem and skipped, as score.py does; only a path that is not a
/// directory, or a directory that cannot be listed, is an error.  File names
/// that are not valid UTF-8 are ignored.
pub fn read_gold_dir(dir: &Path) -> Result<GoldSet, EvalError> {
    if !dir.is_dir() {
        return Err(EvalError::NotADirectory {
            path: dir.to_path_buf(),
        });
    }
    let listing_error = |source| EvalError::GoldDir {
        path: dir.to_path_buf(),
        source,
    };
    let mut names = Vec::new();
    for entry in fs::read_dir(dir).map_err(listing_error)? {
        let name = entry.map_err(listing_error)?.file_name();
        if let Some(name) = name.to_str().filter(|n| n.ends_with(GOLD_SUFFIX)) {
            names.push(name.to_string());
        }
    }
    names.sort();

    let label = dir.to_string_lossy().into_owned();
    let mut problems = Problems::default();
    let mut docs = BTreeMap::new();
    for name in names {
        let doc_id = &name[..name.len() - GOLD_SUFFIX.len()];
        let raw = match read_json_file(&dir.join(&name), &python_join(&label, &name)) {
            Ok(raw) => raw,
            Err(e) => {
                problems.add(
                    format!("gold file unreadable ({}); skipped", prefix(&e, 80)),
                    name.as_str(),
                );
                continue;
            }
        };
        let Json::Object(raw) = raw else {
            problems.add("gold file is not a JSON object; skipped", name.as_str());
            continue;
        };
        if raw.get("id").is_some_and(|id| id.as_str() != Some(doc_id)) {
            problems.add(
                "gold 'id' differs from file name; file name used",
                name.as_str(),
            );
        }
        let doc = Doc::parse(&raw, &mut Ctx::new(&mut problems, doc_id, true));
        docs.insert(doc_id.to_string(), doc);
    }
    Ok(GoldSet {
        label,
        docs,
        problems,
    })
}

/// `os.path.join(dir, name)`, for messages that name the file.
fn python_join(dir: &str, name: &str) -> String {
    if dir.is_empty() || dir.ends_with('/') {
        format!("{dir}{name}")
    } else {
        format!("{dir}/{name}")
    }
}

/// `json.load(open(path, encoding="utf-8"))`; the error is `str(exception)`.
fn read_json_file(path: &Path, shown: &str) -> Result<Json, String> {
    let bytes = fs::read(path).map_err(|e| os_error(&e, shown))?;
    let text = std::str::from_utf8(&bytes).map_err(|e| utf8_error(&bytes, &e))?;
    // text mode reads with universal newlines
    loads(&text.replace("\r\n", "\n").replace('\r', "\n"))
}

/// `str(OSError)`: `[Errno 21] Is a directory: 'gold/x.gold.json'`.
fn os_error(e: &io::Error, filename: &str) -> String {
    let Some(code) = e.raw_os_error() else {
        return e.to_string();
    };
    let full = e.to_string();
    let strerror = full
        .strip_suffix(&format!(" (os error {code})"))
        .unwrap_or(&full);
    format!("[Errno {code}] {strerror}: {}", str_repr(filename))
}

/// `str(UnicodeDecodeError)` of Python's UTF-8 codec, which delimits bad
/// sequences as Rust's `Utf8Error` does.
fn utf8_error(bytes: &[u8], e: &std::str::Utf8Error) -> String {
    let start = e.valid_up_to();
    let (len, reason) = match e.error_len() {
        Some(1) if matches!(bytes[start], 0x80..=0xC1 | 0xF5..=0xFF) => (1, "invalid start byte"),
        Some(n) => (n, "invalid continuation byte"),
        None => (bytes.len() - start, "unexpected end of data"),
    };
    if len == 1 {
        format!(
            "'utf-8' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            bytes[start]
        )
    } else {
        format!(
            "'utf-8' codec can't decode bytes in position {start}-{}: {reason}",
            start + len - 1
        )
    }
}

/// Prediction records by id, with the problems found reading them.
///
/// Build it from JSON Lines bytes ([`Predictions::from_jsonl`], as score.py
/// reads a file) or from records already in memory
/// ([`Predictions::from_records`]).
#[derive(Debug, Clone)]
pub struct Predictions {
    pub(crate) label: String,
    pub(crate) records: HashMap<String, Object>,
    pub(crate) problems: Problems,
}

/// `bytes.strip()` white space.
fn is_bytes_space(b: &u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

impl Predictions {
    /// Reads JSON Lines: one record per line, keyed by a non-empty string
    /// `"id"`.  A UTF-8 byte order mark on the first line and blank lines
    /// are skipped; lines that are not UTF-8, not JSON (as Python's `json`
    /// reads it), not an object or without an id are reported as problems
    /// and skipped; of a duplicated id the first record is used.  The label
    /// is `-` until set with [`Predictions::with_label`].
    pub fn from_jsonl(data: &[u8]) -> Predictions {
        let mut problems = Problems::default();
        let mut records = Vec::new();
        for (i, line) in data.split(|&b| b == b'\n').enumerate() {
            let n = i + 1;
            let line = if n == 1 {
                line.strip_prefix(b"\xef\xbb\xbf").unwrap_or(line)
            } else {
                line
            };
            if line.iter().all(is_bytes_space) {
                continue;
            }
            let Ok(text) = std::str::from_utf8(line) else {
                problems.add("line is not valid UTF-8", format!("line {n}"));
                continue;
            };
            match loads(text) {
                Ok(value) => accept(&mut records, &mut problems, n, value),
                Err(e) => problems.add(
                    "line is not valid JSON",
                    format!("line {n}: {}", prefix(&e, 60)),
                ),
            }
        }
        Predictions::index(records, problems, "-")
    }

    /// Takes records already parsed, checked as [`Predictions::from_jsonl`]
    /// checks lines; record `i` (from 1) is reported as `line i`.  The label
    /// is `<records>` until set with [`Predictions::with_label`].
    pub fn from_records(values: Vec<serde_json::Value>) -> Predictions {
        let mut problems = Problems::default();
        let mut records = Vec::new();
        for (i, value) in values.into_iter().enumerate() {
            accept(&mut records, &mut problems, i + 1, Json::from(value));
        }
        Predictions::index(records, problems, "<records>")
    }

    /// Reads a JSON Lines file (see [`Predictions::from_jsonl`]), labelled
    /// with its path.
    pub fn read(path: &Path) -> Result<Predictions, EvalError> {
        let data = fs::read(path).map_err(|source| EvalError::Predictions {
            path: path.to_path_buf(),
            source,
        })?;
        Ok(Predictions::from_jsonl(&data).with_label(path.to_string_lossy()))
    }

    /// Sets the name reports give the predictions (`predictions` in JSON).
    pub fn with_label(mut self, label: impl Into<String>) -> Predictions {
        self.label = label.into();
        self
    }

    /// The name reports give the predictions.
    pub fn label(&self) -> &str {
        &self.label
    }

    /// Number of distinct record ids.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// No usable record.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Problems found so far (reading; scoring adds those of the records).
    pub fn problems(&self) -> &Problems {
        &self.problems
    }

    /// Keeps the first record of each id, reporting the others (after all
    /// reading problems, as score.py does).
    fn index(
        records: Vec<(usize, String, Object)>,
        mut problems: Problems,
        label: &str,
    ) -> Predictions {
        let mut by_id = HashMap::new();
        for (n, id, record) in records {
            let place = format!("line {n} ({})", prefix(&id, 40));
            match by_id.entry(id) {
                Entry::Occupied(_) => problems.add("duplicate id; first record used", place),
                Entry::Vacant(slot) => {
                    slot.insert(record);
                }
            }
        }
        Predictions {
            label: label.to_string(),
            records: by_id,
            problems,
        }
    }
}

/// Keeps an object with a non-empty string id; reports anything else.
fn accept(
    records: &mut Vec<(usize, String, Object)>,
    problems: &mut Problems,
    n: usize,
    value: Json,
) {
    let Json::Object(record) = value else {
        problems.add(
            "line is JSON but not an object",
            format!("line {n} ({})", value.type_name()),
        );
        return;
    };
    match record.get("id") {
        Some(Json::Str(id)) if !id.is_empty() => records.push((n, id.clone(), record)),
        _ => problems.add("record without a string 'id'", format!("line {n}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_messages_as_python() {
        let msg = |b: &[u8]| utf8_error(b, &std::str::from_utf8(b).unwrap_err());
        assert_eq!(
            msg(b"ab\xff"),
            "'utf-8' codec can't decode byte 0xff in position 2: invalid start byte"
        );
        assert_eq!(
            msg(b"\xe2\x82A"),
            "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"
        );
        assert_eq!(
            msg(b"\xe0\x80"),
            "'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte"
        );
        assert_eq!(
            msg(b"x\xe2\x82"),
            "'utf-8' codec can't decode bytes in position 1-2: unexpected end of data"
        );
        assert_eq!(
            msg(b"\xf0"),
            "'utf-8' codec can't decode byte 0xf0 in position 0: unexpected end of data"
        );
    }

    #[test]
    fn os_error_as_python() {
        let dir = std::env::temp_dir().join(format!("entente-eval-oserr-{}", std::process::id()));
        fs::create_dir_all(dir.join("x.gold.json")).unwrap();
        let gold = read_gold_dir(&dir).unwrap();
        let p = &gold.problems().items()[0];
        let shown = format!("{}/x.gold.json", dir.display());
        let err = format!("[Errno 21] Is a directory: '{shown}'");
        assert_eq!(
            p.message(),
            format!("gold file unreadable ({}); skipped", prefix(&err, 80))
        );
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn jsonl_reading() {
        let p = Predictions::from_jsonl(
            b"\xef\xbb\xbf{\"id\":\"a\"}\n\x0b\n[1]\n{\"id\":\"a\"}\n{\"id\":\"\"}\n\xff\n{\n",
        );
        assert_eq!(p.len(), 1);
        let msgs: Vec<_> = p
            .problems()
            .items()
            .iter()
            .map(|i| (i.message(), i.examples().join("|")))
            .collect();
        assert_eq!(
            msgs,
            [
                (
                    "line is JSON but not an object",
                    "line 3 (list)".to_string()
                ),
                ("record without a string 'id'", "line 5".to_string()),
                ("line is not valid UTF-8", "line 6".to_string()),
                (
                    "line is not valid JSON",
                    "line 7: Expecting property name enclosed in double quotes: line 1 co"
                        .to_string()
                ),
                ("duplicate id; first record used", "line 4 (a)".to_string()),
            ]
        );
    }
}
