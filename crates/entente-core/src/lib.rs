//! Domain types shared by every entente crate.
//!
//! A [`Document`] is the text of one report plus what is known about it
//! before extraction (id, publication date, source). Later stages refer to
//! its text only through byte [`Span`]s, which never change once made, so
//! that every extracted fact can be traced back to its sentence.
//! [`record`] holds the output contract of `../shared/spec/record-format.md`.
//!
//! ```
//! use entente_core::{Document, Span};
//! let doc = Document::new("note", "India and France held talks.");
//! let s = Span::new(0, 5);
//! assert_eq!(s.of(&doc.text), "India");
//! ```

pub mod record;
mod span;

pub use span::Span;

use chrono::NaiveDate;

/// One input document, as read by the ingest stage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Stable identifier: the file stem, or the `id` of a JSON Lines record.
    pub id: String,
    /// The document's text, valid UTF-8; spans index into it.
    pub text: String,
    /// Publication date when the caller knows it (flag or JSONL field).
    pub published: Option<NaiveDate>,
    /// Where the document came from (URL), if known.
    pub url: Option<String>,
    /// The publisher or outlet, if known.
    pub source: Option<String>,
}

impl Document {
    /// A document with only an id and a text.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            text: text.into(),
            published: None,
            url: None,
            source: None,
        }
    }
}

/// Resolves a place name to the state it lies in (ISO 3166-1 alpha-3).
///
/// Implemented by the knowledge base; the ingest stage uses it to decide
/// whether the opening words of a document are a dateline.
pub trait PlaceResolver {
    /// The country code of a known city, capital or country name.
    fn place_country(&self, name: &str) -> Option<String>;

    /// The country code when `name` names a country itself (not a city).
    fn country_named(&self, _name: &str) -> Option<String> {
        None
    }
}

/// A resolver that knows no place: datelines are then only accepted when
/// their form alone makes them unambiguous.
pub struct NoPlaces;

impl PlaceResolver for NoPlaces {
    fn place_country(&self, _name: &str) -> Option<String> {
        None
    }
}
