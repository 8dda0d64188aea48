//! `json.loads` as CPython 3.11's C scanner (`Modules/_json.c`) does it,
//! including its error messages: score.py puts `str(error)` into the
//! problems it reports, so the position arithmetic below follows the C code
//! step by step (positions count characters, not bytes).

use super::{Json, Object};

/// How deep arrays/objects may nest before CPython's recursion limit stops
/// `json.loads` inside score.py (measured: 991 levels load, 992 do not).
const MAX_DEPTH: usize = 991;

/// CPython's default `sys.get_int_max_str_digits()`.
const MAX_INT_DIGITS: usize = 4300;

/// Why scanning stopped: CPython's `StopIteration(idx)` (no value starts at
/// `idx`; reported by the caller as "Expecting value") or a finished message.
enum Fail {
    Stop(usize),
    Error(String),
}

type Scan<T> = Result<(T, usize), Fail>;

/// Parses `text` as `json.loads(text)` does; the error is `str(exception)`.
pub(crate) fn loads(text: &str) -> Result<Json, String> {
    let s: Vec<char> = text.chars().collect();
    let mut p = Parser { s: &s, depth: 0 };
    if s.first() == Some(&'\u{feff}') {
        return Err(p.message("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0));
    }
    let start = p.skip_ws(0);
    let (value, end) = match p.scan_once(start) {
        Ok(ok) => ok,
        Err(Fail::Stop(at)) => return Err(p.message("Expecting value", at)),
        Err(Fail::Error(msg)) => return Err(msg),
    };
    let end = p.skip_ws(end);
    if end != s.len() {
        return Err(p.message("Extra data", end));
    }
    Ok(value)
}

struct Parser<'a> {
    s: &'a [char],
    depth: usize,
}

impl Parser<'_> {
    /// `str(JSONDecodeError(msg, doc, pos))`.
    fn message(&self, msg: &str, pos: usize) -> String {
        let before = &self.s[..pos];
        let lineno = before.iter().filter(|&&c| c == '\n').count() + 1;
        let colno = match before.iter().rposition(|&c| c == '\n') {
            Some(nl) => pos - nl,
            None => pos + 1,
        };
        format!("{msg}: line {lineno} column {colno} (char {pos})")
    }

    fn error<T>(&self, msg: &str, pos: usize) -> Result<T, Fail> {
        Err(Fail::Error(self.message(msg, pos)))
    }

    fn at(&self, idx: usize) -> Option<char> {
        self.s.get(idx).copied()
    }

    fn skip_ws(&self, mut idx: usize) -> usize {
        while matches!(self.at(idx), Some(' ' | '\t' | '\n' | '\r')) {
            idx += 1;
        }
        idx
    }

    fn starts_with(&self, idx: usize, word: &str) -> bool {
        let n = word.chars().count();
        idx + n <= self.s.len() && self.s[idx..idx + n].iter().copied().eq(word.chars())
    }

    fn scan_once(&mut self, idx: usize) -> Scan<Json> {
        let Some(c) = self.at(idx) else {
            return Err(Fail::Stop(idx));
        };
        let (word, value) = match c {
            '"' => {
                return self
                    .scan_string(idx + 1)
                    .map(|(s, end)| (Json::Str(s), end))
            }
            '{' | '[' => return self.scan_container(c, idx + 1),
            'n' => ("null", Json::Null),
            't' => ("true", Json::Bool(true)),
            'f' => ("false", Json::Bool(false)),
            'N' => ("NaN", Json::Float(f64::NAN)),
            'I' => ("Infinity", Json::Float(f64::INFINITY)),
            '-' => ("-Infinity", Json::Float(f64::NEG_INFINITY)),
            _ => return self.scan_number(idx),
        };
        if self.starts_with(idx, word) {
            Ok((value, idx + word.len()))
        } else {
            self.scan_number(idx)
        }
    }

    /// `_Py_EnterRecursiveCall` around `_parse_object`/`_parse_array`.
    fn scan_container(&mut self, open: char, idx: usize) -> Scan<Json> {
        let kind = if open == '{' { "object" } else { "array" };
        if self.depth >= MAX_DEPTH {
            return Err(Fail::Error(format!(
                "maximum recursion depth exceeded while decoding a JSON {kind} from a unicode string"
            )));
        }
        self.depth += 1;
        let res = if open == '{' {
            self.scan_object(idx)
        } else {
            self.scan_array(idx)
        };
        self.depth -= 1;
        res
    }

    fn scan_object(&mut self, idx: usize) -> Scan<Json> {
        let mut pairs = Vec::new();
        let mut idx = self.skip_ws(idx);
        if self.at(idx) != Some('}') {
            loop {
                if self.at(idx) != Some('"') {
                    return self.error("Expecting property name enclosed in double quotes", idx);
                }
                let (key, next) = self.scan_string(idx + 1)?;
                idx = self.skip_ws(next);
                if self.at(idx) != Some(':') {
                    return self.error("Expecting ':' delimiter", idx);
                }
                idx = self.skip_ws(idx + 1);
                let (value, next) = self.scan_once(idx)?;
                pairs.push((key, value));
                idx = self.skip_ws(next);
                if self.at(idx) == Some('}') {
                    break;
                }
                if self.at(idx) != Some(',') {
                    return self.error("Expecting ',' delimiter", idx);
                }
                idx = self.skip_ws(idx + 1);
            }
        }
        Ok((Json::Object(Object::from_pairs(pairs)), idx + 1))
    }

    fn scan_array(&mut self, idx: usize) -> Scan<Json> {
        let mut items = Vec::new();
        let mut idx = self.skip_ws(idx);
        if self.at(idx) != Some(']') {
            loop {
                let (value, next) = self.scan_once(idx)?;
                items.push(value);
                idx = self.skip_ws(next);
                if self.at(idx) == Some(']') {
                    break;
                }
                if self.at(idx) != Some(',') {
                    return self.error("Expecting ',' delimiter", idx);
                }
                idx = self.skip_ws(idx + 1);
            }
        }
        Ok((Json::Array(items), idx + 1))
    }

    /// `_match_number_unicode`, with its peculiar bounds checks (`1.` and
    /// `1e` end the number before the `.`/`e`).
    fn scan_number(&self, start: usize) -> Scan<Json> {
        let s = self.s;
        let digit = |i: usize| s.get(i).is_some_and(char::is_ascii_digit);
        let end_idx = s.len() as isize - 1;
        let before_end = |i: usize| (i as isize) < end_idx;
        let mut idx = start;
        if s[idx] == '-' {
            idx += 1;
            if idx >= s.len() {
                return Err(Fail::Stop(start));
            }
        }
        match s[idx] {
            '1'..='9' => {
                idx += 1;
                while digit(idx) {
                    idx += 1;
                }
            }
            '0' => idx += 1,
            _ => return Err(Fail::Stop(start)),
        }
        let mut is_float = false;
        if before_end(idx) && s[idx] == '.' && digit(idx + 1) {
            is_float = true;
            idx += 2;
            while digit(idx) {
                idx += 1;
            }
        }
        if before_end(idx) && matches!(s[idx], 'e' | 'E') {
            let e_start = idx;
            idx += 1;
            if before_end(idx) && matches!(s[idx], '-' | '+') {
                idx += 1;
            }
            while digit(idx) {
                idx += 1;
            }
            if digit(idx - 1) {
                is_float = true;
            } else {
                idx = e_start;
            }
        }
        let text: String = s[start..idx].iter().collect();
        if is_float {
            // Rust and CPython both round decimal strings correctly.
            let f = text.parse::<f64>().unwrap_or(f64::NAN);
            return Ok((Json::Float(f), idx));
        }
        let digits = text.trim_start_matches('-');
        if digits.len() > MAX_INT_DIGITS {
            return Err(Fail::Error(format!(
                "Exceeds the limit ({MAX_INT_DIGITS} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                digits.len()
            )));
        }
        let canonical = if digits == "0" {
            digits.to_string()
        } else {
            text
        };
        Ok((Json::Int(canonical), idx))
    }

    /// `scanstring_unicode(pystr, end, strict=True)`; `end` is just past the
    /// opening quote.  A lone surrogate (`"\ud800"`), which a Rust `String`
    /// cannot hold, becomes U+FFFD.
    fn scan_string(&self, mut end: usize) -> Scan<String> {
        let s = self.s;
        let len = s.len();
        let begin = end - 1;
        let mut out = String::new();
        loop {
            let mut next = end;
            let mut found = None;
            while next < len {
                let d = s[next];
                if d == '"' || d == '\\' {
                    found = Some(d);
                    break;
                }
                if d <= '\u{1f}' {
                    return self.error("Invalid control character at", next);
                }
                next += 1;
            }
            let Some(c) = found else {
                return self.error("Unterminated string starting at", begin);
            };
            out.extend(&s[end..next]);
            next += 1;
            if c == '"' {
                end = next;
                break;
            }
            if next == len {
                return self.error("Unterminated string starting at", begin);
            }
            if s[next] != 'u' {
                end = next + 1;
                let ch = match s[next] {
                    '"' => '"',
                    '\\' => '\\',
                    '/' => '/',
                    'b' => '\u{8}',
                    'f' => '\u{c}',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    _ => return self.error("Invalid \\escape", end - 2),
                };
                out.push(ch);
                continue;
            }
            next += 1;
            end = next + 4;
            if end >= len {
                return self.error("Invalid \\uXXXX escape", next - 1);
            }
            let Some(mut code) = hex4(&s[next..end]) else {
                return self.error("Invalid \\uXXXX escape", end - 5);
            };
            next = end;
            if (0xD800..0xDC00).contains(&code)
                && end + 6 < len
                && s[next] == '\\'
                && s[next + 1] == 'u'
            {
                end += 6;
                let Some(low) = hex4(&s[next + 2..end]) else {
                    return self.error("Invalid \\uXXXX escape", end - 5);
                };
                if (0xDC00..0xE000).contains(&low) {
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                } else {
                    end -= 6;
                }
            }
            out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
        }
        Ok((out, end))
    }
}

fn hex4(digits: &[char]) -> Option<u32> {
    digits
        .iter()
        .try_fold(0u32, |acc, c| Some(acc * 16 + c.to_digit(16)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> String {
        loads(text).unwrap_err()
    }

    #[test]
    fn values() {
        assert_eq!(
            loads(" [1, -0, 2.5e1, \"a\\u00e9\\ud83d\\ude00\", null] ").unwrap(),
            Json::Array(vec![
                Json::Int("1".into()),
                Json::Int("0".into()),
                Json::Float(25.0),
                Json::Str("aé😀".into()),
                Json::Null,
            ])
        );
        let Json::Object(o) = loads(r#"{"a": 1, "b": 2, "a": 3}"#).unwrap() else {
            panic!()
        };
        assert_eq!(
            o.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(),
            ["a", "b"]
        );
        assert_eq!(o.get("a"), Some(&Json::Int("3".into())));
        assert!(matches!(loads("NaN").unwrap(), Json::Float(f) if f.is_nan()));
    }

    #[test]
    fn messages_as_cpython() {
        assert_eq!(err(""), "Expecting value: line 1 column 1 (char 0)");
        assert_eq!(
            err("{\"a\":1,}"),
            "Expecting property name enclosed in double quotes: line 1 column 8 (char 7)"
        );
        assert_eq!(err("[1,]"), "Expecting value: line 1 column 4 (char 3)");
        assert_eq!(
            err("[1 2]"),
            "Expecting ',' delimiter: line 1 column 4 (char 3)"
        );
        assert_eq!(
            err("{\"a\" 1}"),
            "Expecting ':' delimiter: line 1 column 6 (char 5)"
        );
        assert_eq!(err("1e+"), "Extra data: line 1 column 2 (char 1)");
        assert_eq!(
            err("\"a\\x\""),
            "Invalid \\escape: line 1 column 3 (char 2)"
        );
        assert_eq!(
            err("\"\\ud800\\u12\""),
            "Invalid \\uXXXX escape: line 1 column 9 (char 8)"
        );
        assert_eq!(
            err("\"a\u{1}\""),
            "Invalid control character at: line 1 column 3 (char 2)"
        );
        assert_eq!(
            err("\"é"),
            "Unterminated string starting at: line 1 column 1 (char 0)"
        );
        assert_eq!(
            err("{\n \"a\":\n x}"),
            "Expecting value: line 3 column 2 (char 9)"
        );
        assert!(err("\u{feff}{}").starts_with("Unexpected UTF-8 BOM"));
    }

    #[test]
    fn limits() {
        let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(loads(&deep(MAX_DEPTH)).is_ok());
        assert!(err(&deep(MAX_DEPTH + 1))
            .starts_with("maximum recursion depth exceeded while decoding a JSON array"));
        assert!(loads(&"9".repeat(4300)).is_ok());
        assert!(err(&format!("-{}", "9".repeat(4301))).contains("value has 4301 digits"));
    }
}
