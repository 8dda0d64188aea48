//! Reading inputs: files (plain text or HTML), standard input, JSON Lines.
//!
//! Each reader returns one `Result` per document so that a caller can report
//! a bad document and go on with the next one.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use chrono::NaiveDate;
use entente_core::Document;
use serde::Deserialize;

use crate::{html_to_text, IngestError};

/// Documents over this many bytes are refused unless the limit is raised.
pub const DEFAULT_MAX_BYTES: u64 = 10 * 1024 * 1024;

/// Limits and switches for reading.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// The largest document accepted, in bytes.
    pub max_bytes: u64,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }
}

/// Reads one document from a file; HTML (by extension or content) is
/// turned into text. The id is the file stem.
pub fn read_file(path: &Path, opts: &ReadOptions) -> Result<Document, IngestError> {
    let io = |source| IngestError::Io {
        path: path.to_path_buf(),
        source,
    };
    let name = path.display().to_string();
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > opts.max_bytes {
        return Err(IngestError::TooLarge {
            doc: name,
            size,
            limit: opts.max_bytes,
        });
    }
    let mut bytes = Vec::with_capacity(size as usize);
    File::open(path)
        .and_then(|f| f.take(opts.max_bytes + 1).read_to_end(&mut bytes))
        .map_err(io)?;
    let id = document_id(path);
    let html = is_html_path(path);
    document_from_bytes(&name, id, bytes, html, opts)
}

/// Reads one document from standard input (id `stdin`).
pub fn read_stdin(opts: &ReadOptions) -> Result<Document, IngestError> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(opts.max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| IngestError::Io {
            path: "-".into(),
            source,
        })?;
    document_from_bytes("stdin", "stdin".into(), bytes, false, opts)
}

/// The id of a document read from `path`: its file name without extension.
pub fn document_id(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

fn is_html_path(path: &Path) -> bool {
    matches!(
        path.extension()
            .and_then(|e| e.to_str())
            .map(|e| e.to_ascii_lowercase())
            .as_deref(),
        Some("html" | "htm" | "xhtml")
    )
}

/// Checks raw bytes and builds a document: size, binary content, UTF-8,
/// emptiness; HTML when `html` is set or the text starts like a page.
pub fn document_from_bytes(
    name: &str,
    id: String,
    bytes: Vec<u8>,
    html: bool,
    opts: &ReadOptions,
) -> Result<Document, IngestError> {
    let text = check_text(name, bytes, opts)?;
    let text = if html || looks_like_html(&text) {
        html_to_text(&text)
    } else {
        text
    };
    if text.trim().is_empty() {
        return Err(IngestError::Empty { doc: name.into() });
    }
    Ok(Document::new(id, text))
}

/// Validates bytes as a text document and returns the text (a UTF-8 byte
/// order mark is dropped).
pub fn check_text(
    name: &str,
    mut bytes: Vec<u8>,
    opts: &ReadOptions,
) -> Result<String, IngestError> {
    if bytes.len() as u64 > opts.max_bytes {
        return Err(IngestError::TooLarge {
            doc: name.into(),
            size: bytes.len() as u64,
            limit: opts.max_bytes,
        });
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    if let Some(reason) = binary_reason(&bytes) {
        return Err(IngestError::Binary {
            doc: name.into(),
            reason,
        });
    }
    let text = String::from_utf8(bytes).map_err(|e| IngestError::InvalidUtf8 {
        doc: name.into(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    if text.trim().is_empty() {
        return Err(IngestError::Empty { doc: name.into() });
    }
    Ok(text)
}

/// Why bytes look binary: a NUL byte, or many control characters in the
/// first 8 KiB (text has tabs and line breaks, not much else).
fn binary_reason(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(8192)];
    if let Some(at) = head.iter().position(|&b| b == 0) {
        return Some(format!("NUL byte at offset {at}"));
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    if !head.is_empty() && controls * 20 > head.len() {
        return Some(format!(
            "{controls} control bytes in the first {} bytes",
            head.len()
        ));
    }
    None
}

fn looks_like_html(text: &str) -> bool {
    // compare bytes: slicing the text could cut a multi-byte character
    let head = text.trim_start().as_bytes();
    let starts =
        |tag: &[u8]| head.len() >= tag.len() && head[..tag.len()].eq_ignore_ascii_case(tag);
    starts(b"<!doctype html") || starts(b"<html")
}

/// One line of JSON Lines input, as the spec defines it.
#[derive(Debug, Deserialize)]
struct JsonlDoc {
    id: String,
    text: String,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    source: Option<String>,
}

/// Reads JSON Lines documents one by one. Blank lines are skipped; a bad
/// line yields an error naming the file and line, and reading goes on.
pub fn jsonl_documents<R: BufRead>(
    reader: R,
    file: &str,
    opts: &ReadOptions,
) -> impl Iterator<Item = Result<Document, IngestError>> {
    let file = file.to_string();
    let opts = opts.clone();
    let mut reader = reader;
    let mut line_no = 0usize;
    std::iter::from_fn(move || loop {
        let mut buf = Vec::new();
        line_no += 1;
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => return None,
            Ok(_) => {}
            Err(e) => {
                return Some(Err(IngestError::Jsonl {
                    file: file.clone(),
                    line: line_no,
                    message: format!("read error: {e}"),
                }))
            }
        }
        if buf.iter().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        return Some(parse_jsonl_line(&file, line_no, buf, &opts));
    })
}

/// Opens a JSON Lines file (`-` for standard input) for [`jsonl_documents`].
pub fn open_jsonl(path: &str) -> Result<Box<dyn BufRead>, IngestError> {
    if path == "-" {
        return Ok(Box::new(BufReader::new(std::io::stdin())));
    }
    let f = File::open(path).map_err(|source| IngestError::Io {
        path: path.into(),
        source,
    })?;
    Ok(Box::new(BufReader::new(f)))
}

fn parse_jsonl_line(
    file: &str,
    line: usize,
    mut buf: Vec<u8>,
    opts: &ReadOptions,
) -> Result<Document, IngestError> {
    let err = |message: String| IngestError::Jsonl {
        file: file.into(),
        line,
        message,
    };
    if line == 1 && buf.starts_with(b"\xEF\xBB\xBF") {
        buf.drain(..3);
    }
    let raw = std::str::from_utf8(&buf)
        .map_err(|e| err(format!("not valid UTF-8 (byte {})", e.valid_up_to())))?;
    let rec: JsonlDoc = serde_json::from_str(raw.trim_end()).map_err(|e| {
        err(format!(
            "not a document record ({e}); expected {{\"id\", \"text\", ...}}"
        ))
    })?;
    let name = format!("{}:{} ({})", file, line, rec.id);
    if rec.id.trim().is_empty() {
        return Err(err("empty 'id'".into()));
    }
    let published = match rec.published.as_deref() {
        None | Some("") => None,
        Some(p) => Some(
            NaiveDate::parse_from_str(p, "%Y-%m-%d")
                .map_err(|_| err(format!("'published' {p:?} is not YYYY-MM-DD")))?,
        ),
    };
    let mut doc = document_from_bytes(&name, rec.id, rec.text.into_bytes(), false, opts)?;
    doc.published = published;
    doc.url = rec.url;
    doc.source = rec.source;
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> ReadOptions {
        ReadOptions::default()
    }

    #[test]
    fn rejects_bad_bytes_with_the_document_name() {
        let e = check_text("a.txt", vec![b'a', 0xff, b'b'], &opts()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "a.txt: not valid UTF-8 (first bad byte at offset 1)"
        );
        let e = check_text("b.txt", b" \n\t ".to_vec(), &opts()).unwrap_err();
        assert!(matches!(e, IngestError::Empty { .. }));
        let e = check_text("c.bin", b"PK\x03\x04\x00\x00".to_vec(), &opts()).unwrap_err();
        assert!(e.to_string().starts_with("c.bin: looks binary"));
        let small = ReadOptions { max_bytes: 4 };
        let e = check_text("d.txt", b"hello".to_vec(), &small).unwrap_err();
        assert!(e.to_string().contains("over the limit of 4 bytes"));
    }

    #[test]
    fn bom_is_dropped() {
        assert_eq!(
            check_text("x", b"\xEF\xBB\xBFhi".to_vec(), &opts()).unwrap(),
            "hi"
        );
    }

    #[test]
    fn jsonl_reads_good_lines_and_reports_bad_ones() {
        let input = "{\"id\":\"a\",\"text\":\"One.\",\"published\":\"2024-03-05\",\"url\":\"u\"}\n\
                     \n\
                     not json\n\
                     {\"id\":\"c\",\"text\":\"  \"}\n\
                     {\"id\":\"d\",\"text\":\"Two.\",\"published\":\"5 March\"}\n\
                     {\"id\":\"e\",\"text\":\"Three.\"}\n";
        let out: Vec<_> = jsonl_documents(input.as_bytes(), "in.jsonl", &opts()).collect();
        assert_eq!(out.len(), 5);
        let a = out[0].as_ref().unwrap();
        assert_eq!((a.id.as_str(), a.url.as_deref()), ("a", Some("u")));
        assert_eq!(a.published.unwrap().to_string(), "2024-03-05");
        assert!(out[1]
            .as_ref()
            .unwrap_err()
            .to_string()
            .starts_with("in.jsonl: line 3: not a document record"));
        assert!(out[2]
            .as_ref()
            .unwrap_err()
            .to_string()
            .contains("(c): empty document"));
        assert!(out[3]
            .as_ref()
            .unwrap_err()
            .to_string()
            .contains("'published' \"5 March\""));
        assert_eq!(out[4].as_ref().unwrap().id, "e");
    }

    #[test]
    fn multibyte_text_near_the_head_is_no_problem() {
        // byte 200 falls inside "é": the check must not slice there
        let text = format!("{}é and more text", "a".repeat(199));
        assert!(check_text("x", text.clone().into_bytes(), &opts()).is_ok());
        assert_eq!(
            document_from_bytes("x", "x".into(), text.into_bytes(), false, &opts())
                .unwrap()
                .id,
            "x"
        );
    }

    #[test]
    fn html_content_is_detected_without_extension() {
        let d = document_from_bytes(
            "p",
            "p".into(),
            b"<!DOCTYPE html><p>Hi &amp; bye</p>".to_vec(),
            false,
            &opts(),
        )
        .unwrap();
        assert_eq!(d.text, "Hi & bye\n");
    }
}
