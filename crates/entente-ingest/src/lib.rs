//! Reading documents and preparing them for extraction.
//!
//! This crate owns everything between bytes on disk and a document whose
//! sentences are known:
//!
//! * [`read`]: plain text, JSON Lines and HTML inputs, with the checks that
//!   turn bad input (invalid UTF-8, empty, binary, oversized) into a
//!   [`IngestError`] naming the document, so a run can go on with the rest;
//! * [`header`]: the publication date and the dateline (`Paris [France],
//!   January 21 :`, `NEW DELHI, March 5 (Reuters) -`, a closing
//!   `New Delhi / 05 March 2024` line);
//! * [`segment`]: sentence segmentation with byte spans, aware of this
//!   genre's abbreviations (Shri., H.E., U.S., Jan., No. 10);
//! * [`datetext`]: month names and full-date patterns, shared with extraction.
//!
//! ```
//! use entente_core::{Document, NoPlaces};
//! use entente_ingest::prepare;
//! let doc = Document::new("w", "date 2025-01-21\nPARIS, January 21 (AFP) - Talks were held. They went well.");
//! let p = prepare(doc, &NoPlaces);
//! assert_eq!(p.published.unwrap().to_string(), "2025-01-21");
//! assert_eq!(p.dateline.as_ref().unwrap().place, "Paris");
//! assert_eq!(p.sentences.len(), 2);
//! ```

pub mod datetext;
mod error;
pub mod header;
mod html;
pub mod read;
pub mod segment;

pub use error::IngestError;
pub use header::{DatelineInfo, Header};
pub use html::html_to_text;
pub use read::{ReadOptions, DEFAULT_MAX_BYTES};

use chrono::NaiveDate;
use entente_core::{Document, PlaceResolver, Span};

/// A document with its header analysed and its sentences found.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub doc: Document,
    /// The publication date: given by the caller, else inferred from the text.
    pub published: Option<NaiveDate>,
    pub dateline: Option<DatelineInfo>,
    /// The publication year is a guess (a yearless dateline, no year given
    /// by the caller): later stages may settle it with what they know.
    pub year_guessed: bool,
    /// Byte offset where the body starts (after a `date` header and a
    /// leading dateline).
    pub body_start: usize,
    /// Sentences of the body, in order, as byte spans into `doc.text`.
    pub sentences: Vec<Span>,
}

impl Prepared {
    /// The text of sentence `i`.
    pub fn sentence(&self, i: usize) -> &str {
        self.sentences[i].of(&self.doc.text)
    }
}

/// Analyses the header and segments the body of `doc`.
pub fn prepare(doc: Document, places: &dyn PlaceResolver) -> Prepared {
    let header = header::analyse(&doc.text, places);
    let published = doc.published.or(header.published);
    let sentences = segment::sentences(&doc.text, header.body_start, &header.skip);
    Prepared {
        published,
        year_guessed: header.year_guessed && doc.published.is_none(),
        dateline: header.dateline,
        body_start: header.body_start,
        sentences,
        doc,
    }
}
