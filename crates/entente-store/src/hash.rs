//! Content hashes (is this the document we already have?) and event keys
//! (is this the event we had before re-extraction?).

use entente_core::record::EventRecord;
use entente_core::Document;
use sha2::{Digest, Sha256};

/// SHA-256 (hex) of what decides a document's record: its text and the
/// metadata given with it. A unit separator between fields keeps
/// ("ab", "c") and ("a", "bc") apart.
pub fn content_hash(doc: &Document) -> String {
    let mut h = Sha256::new();
    h.update(b"entente-doc-v1\x1f");
    h.update(doc.text.as_bytes());
    for field in [
        doc.published.map(|d| d.to_string()),
        doc.url.clone(),
        doc.source.clone(),
    ] {
        h.update(b"\x1f");
        if let Some(f) = field {
            h.update(f.as_bytes());
        }
    }
    hex(&h.finalize())
}

/// A key for an event that stays the same when the document is extracted
/// again and the event is still found: document id, type, date and
/// countries (not participants or areas, which better rules may refine).
/// `nth` tells apart events of one document with the same key (0 for the
/// first).
pub fn event_key(doc_id: &str, e: &EventRecord, nth: usize) -> String {
    let mut h = Sha256::new();
    for part in [
        doc_id,
        e.kind.as_str(),
        e.date.as_deref().unwrap_or(""),
        &e.countries.join(" "),
    ] {
        h.update(part.as_bytes());
        h.update(b"\x1f");
    }
    let k = hex(&h.finalize()[..10]);
    if nth == 0 {
        k
    } else {
        format!("{k}-{}", nth + 1)
    }
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_covers_text_and_given_metadata() {
        let a = Document::new("a", "Talks were held.");
        let mut b = a.clone();
        assert_eq!(content_hash(&a), content_hash(&b));
        assert_eq!(content_hash(&a).len(), 64);
        b.url = Some("https://example.org/x".into());
        assert_ne!(content_hash(&a), content_hash(&b));
        let c = Document::new("other id", "Talks were held.");
        assert_eq!(
            content_hash(&a),
            content_hash(&c),
            "the id is identity, not content"
        );
    }
}
