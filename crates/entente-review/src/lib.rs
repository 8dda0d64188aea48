//! Roadmaps and progress reviews: what a partnership committed to, and
//! what the record shows.
//!
//! A roadmap (`roadmaps/*.toml`, format in `roadmaps/SCHEMA.md`) lists
//! pillars and commitments with the words, entities and mechanisms that
//! evidence them. [`link::link`] ties extracted events to commitments (with
//! analysts' confirmations and rejections applied last), and
//! [`report::review`] turns the links into a review per pillar and
//! commitment — evidence, last activity, momentum, status — plus the
//! partnership's standing mechanisms and their rounds, rendered by
//! [`render`] as Markdown, HTML or JSON.
//!
//! ```
//! let kb = entente_kb::Kb::bundled().unwrap();
//! let roadmaps = entente_review::roadmap::load(&[], &kb).unwrap();
//! assert!(roadmaps.iter().any(|r| r.id() == "horizon-2047"));
//! ```

pub mod link;
pub mod render;
pub mod report;
pub mod roadmap;

/// Why roadmaps could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ReviewError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{file}: not a valid roadmap: {message}")]
    Roadmap { file: String, message: String },
    #[error("roadmap problems:\n{}", .0.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<String>),
}
