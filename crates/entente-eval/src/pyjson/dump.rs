//! Python's printing of values: `json.dumps` (compact or indented, with or
//! without `ensure_ascii`), `repr()` and `str()`.

use super::Json;
use crate::unicode::is_printable;
use std::fmt::Write;

/// `json.dumps(v, ensure_ascii=ensure_ascii, indent=indent)`.  Without an
/// indent the separators are `", "` and `": "`; with one, `","` and `": "`.
pub(crate) fn dumps(v: &Json, ensure_ascii: bool, indent: Option<usize>) -> String {
    let mut out = String::new();
    Dumper {
        ensure_ascii,
        indent,
        out: &mut out,
    }
    .value(v, 0);
    out
}

struct Dumper<'a> {
    ensure_ascii: bool,
    indent: Option<usize>,
    out: &'a mut String,
}

impl Dumper<'_> {
    fn value(&mut self, v: &Json, level: usize) {
        match v {
            Json::Null => self.out.push_str("null"),
            Json::Bool(b) => self.out.push_str(if *b { "true" } else { "false" }),
            Json::Int(d) => self.out.push_str(d),
            Json::Float(f) if f.is_nan() => self.out.push_str("NaN"),
            Json::Float(f) if f.is_infinite() => {
                self.out
                    .push_str(if *f > 0.0 { "Infinity" } else { "-Infinity" })
            }
            Json::Float(f) => self.out.push_str(&float_repr(*f)),
            Json::Str(s) => self.string(s),
            Json::Array(a) if a.is_empty() => self.out.push_str("[]"),
            Json::Array(a) => {
                self.out.push('[');
                for (i, item) in a.iter().enumerate() {
                    self.separator(i, level + 1);
                    self.value(item, level + 1);
                }
                self.close(']', level);
            }
            Json::Object(o) if o.is_empty() => self.out.push_str("{}"),
            Json::Object(o) => {
                self.out.push('{');
                for (i, (k, item)) in o.iter().enumerate() {
                    self.separator(i, level + 1);
                    self.string(k);
                    self.out.push_str(": ");
                    self.value(item, level + 1);
                }
                self.close('}', level);
            }
        }
    }

    fn separator(&mut self, i: usize, level: usize) {
        match self.indent {
            Some(n) => {
                if i > 0 {
                    self.out.push(',');
                }
                self.out.push('\n');
                self.out.extend(std::iter::repeat_n(' ', n * level));
            }
            None if i > 0 => self.out.push_str(", "),
            None => {}
        }
    }

    fn close(&mut self, bracket: char, level: usize) {
        if let Some(n) = self.indent {
            self.out.push('\n');
            self.out.extend(std::iter::repeat_n(' ', n * level));
        }
        self.out.push(bracket);
    }

    fn string(&mut self, s: &str) {
        self.out.push('"');
        for c in s.chars() {
            match c {
                '"' => self.out.push_str("\\\""),
                '\\' => self.out.push_str("\\\\"),
                '\n' => self.out.push_str("\\n"),
                '\r' => self.out.push_str("\\r"),
                '\t' => self.out.push_str("\\t"),
                '\u{8}' => self.out.push_str("\\b"),
                '\u{c}' => self.out.push_str("\\f"),
                c if c < ' ' || (self.ensure_ascii && c > '~') => {
                    let mut units = [0u16; 2];
                    for u in c.encode_utf16(&mut units) {
                        let _ = write!(self.out, "\\u{u:04x}");
                    }
                }
                c => self.out.push(c),
            }
        }
        self.out.push('"');
    }
}

/// `repr(f)` of a Python float: the shortest digits that read back as `f`,
/// in positional notation for exponents -4..=15 and scientific otherwise.
pub(crate) fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f.is_infinite() {
        return format!("{sign}inf");
    }
    // `{:e}` gives the shortest round-trip digits, e.g. "1.5e-5".
    let sci = format!("{:e}", f.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let n = digits.len() as i32;
    let body = if (-4..16).contains(&exp) {
        let point = exp + 1;
        if point <= 0 {
            format!("0.{}{digits}", "0".repeat((-point) as usize))
        } else if point >= n {
            format!("{digits}{}.0", "0".repeat((point - n) as usize))
        } else {
            format!(
                "{}.{}",
                &digits[..point as usize],
                &digits[point as usize..]
            )
        }
    } else {
        let frac = if n > 1 {
            format!(".{}", &digits[1..])
        } else {
            String::new()
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{}{frac}e{esign}{:02}", &digits[..1], exp.abs())
    };
    format!("{sign}{body}")
}

/// `repr(s)` of a Python str.
pub(crate) fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            c if c == quote || c == '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c < ' ' || c == '\u{7f}' => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if c.is_ascii() || is_printable(c) => out.push(c),
            c if (c as u32) <= 0xff => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if (c as u32) <= 0xffff => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => {
                let _ = write!(out, "\\U{:08x}", c as u32);
            }
        }
    }
    out.push(quote);
    out
}

/// `repr(v)` of the Python object `json.loads` made.
fn py_repr(v: &Json) -> String {
    match v {
        Json::Null => "None".into(),
        Json::Bool(true) => "True".into(),
        Json::Bool(false) => "False".into(),
        Json::Int(d) => d.clone(),
        Json::Float(f) => float_repr(*f),
        Json::Str(s) => str_repr(s),
        Json::Array(a) => format!("[{}]", a.iter().map(py_repr).collect::<Vec<_>>().join(", ")),
        Json::Object(o) => {
            let items: Vec<String> = o
                .iter()
                .map(|(k, v)| format!("{}: {}", str_repr(k), py_repr(v)))
                .collect();
            format!("{{{}}}", items.join(", "))
        }
    }
}

/// `str(v)`: a string as it is, anything else as its `repr`.
pub(crate) fn py_str(v: &Json) -> String {
    match v {
        Json::Str(s) => s.clone(),
        other => py_repr(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pyjson::loads;

    #[test]
    fn floats_as_python() {
        let cases = [
            (1.0, "1.0"),
            (0.5, "0.5"),
            (-0.0, "-0.0"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (2.0 / 3.0, "0.6666666666666666"),
            (1.5e300, "1.5e+300"),
            (123.456, "123.456"),
        ];
        for (f, want) in cases {
            assert_eq!(float_repr(f), want);
        }
    }

    #[test]
    fn dumps_and_repr() {
        let v = loads(r#"{"a": [1, 2.0, "é\"\u0001\u007f"], "b": {}, "c": [], "d": NaN}"#).unwrap();
        assert_eq!(
            dumps(&v, true, None),
            r#"{"a": [1, 2.0, "\u00e9\"\u0001\u007f"], "b": {}, "c": [], "d": NaN}"#
        );
        assert_eq!(
            dumps(&v, false, None),
            "{\"a\": [1, 2.0, \"é\\\"\\u0001\u{7f}\"], \"b\": {}, \"c\": [], \"d\": NaN}"
        );
        assert_eq!(
            dumps(&loads("[1, {\"x\": []}]").unwrap(), false, Some(1)),
            "[\n 1,\n {\n  \"x\": []\n }\n]"
        );
        assert_eq!(
            py_str(&v),
            "{'a': [1, 2.0, 'é\"\\x01\\x7f'], 'b': {}, 'c': [], 'd': nan}"
        );
        assert_eq!(str_repr("it's \u{a0}😀\u{200b}"), "\"it's \\xa0😀\\u200b\"");
        assert_eq!(py_str(&Json::Bool(true)), "True");
    }
}
