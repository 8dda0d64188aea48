//! Benchmarks of entente, and the deterministic corpus they run on.
//!
//! The [`Generator`] writes realistic documents from a seed: press
//! releases, wires with datelines, call readouts, joint statements,
//! exercise reports and friction stories, about pairs of real states and
//! officials drawn from the bundled knowledge base, 0.5 to 20 KB long (by
//! adding paragraphs), some with noise lines (share bars, credits, URLs) or
//! hard-wrapped. Document `i` depends only on the seed, `i`, the shape and
//! the knowledge base, so any slice of a 1 M-document corpus can be made
//! alone, in any order, on any machine.
//!
//! ```
//! use entente_bench::{Generator, Shape};
//! let kb = entente_kb::Kb::bundled().unwrap();
//! let g = Generator::new(&kb, 7);
//! let doc = g.doc(0);
//! assert_eq!(doc.text, g.doc(0).text); // same seed, same bytes
//! assert!((512..=20 * 1024).contains(&doc.text.len()));
//! let small = Generator::new(&kb, 7).with_shape(Shape::around(1024));
//! assert!(small.doc(3).text.len() <= 1024);
//! ```
//!
//! The benches built on it: `benches/stages.rs` and `benches/by_size.rs`
//! (criterion), `benches/throughput.rs` (MB/s, scaling, peak memory), and
//! `bench/spacy_compare.sh` (entente against spaCy on the same documents).
//! Figures and commands are in the repository's BENCHMARKS.md.

mod cast;
mod compose;
pub mod measure;
mod rng;
mod scene;
mod styles;
mod words;

pub use cast::Cast;
pub use rng::Rng;
pub use styles::Style;

use entente_core::Document;
use entente_kb::Kb;

/// Bounds on a document's length in bytes (inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    pub min: usize,
    pub max: usize,
}

impl Shape {
    /// The corpus default: 0.5 to 20 KB, about log-uniform.
    pub const DEFAULT: Shape = Shape {
        min: 512,
        max: 20 * 1024,
    };

    /// Within 5% under `bytes` (the by-size benches).
    pub fn around(bytes: usize) -> Shape {
        Shape {
            min: bytes - bytes / 20,
            max: bytes,
        }
    }
}

/// One generated document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GenDoc {
    pub id: String,
    pub style: Style,
    pub text: String,
}

impl GenDoc {
    /// As entente's input type (the text carries its own dates).
    pub fn to_document(&self) -> Document {
        Document::new(self.id.clone(), self.text.clone())
    }

    /// One line of `entente extract --jsonl` input.
    pub fn to_jsonl(&self) -> String {
        serde_json::json!({"id": self.id, "text": self.text}).to_string()
    }
}

/// Writes documents deterministically from a seed.
pub struct Generator {
    cast: Cast,
    seed: u64,
    shape: Shape,
}

/// How often each style appears, in percent: wires dominate news feeds.
const STYLE_WEIGHTS: [(Style, usize); 6] = [
    (Style::Wire, 30),
    (Style::PressRelease, 20),
    (Style::Readout, 15),
    (Style::Friction, 15),
    (Style::JointStatement, 10),
    (Style::Exercise, 10),
];

impl Generator {
    pub fn new(kb: &Kb, seed: u64) -> Self {
        Generator {
            cast: Cast::from_kb(kb),
            seed,
            shape: Shape::DEFAULT,
        }
    }

    pub fn with_shape(mut self, shape: Shape) -> Self {
        assert!(shape.min <= shape.max, "shape {shape:?} is empty");
        self.shape = shape;
        self
    }

    /// Document `index` of the corpus.
    pub fn doc(&self, index: u64) -> GenDoc {
        let mut rng = Rng::for_doc(self.seed, index);
        let mut r = rng.below(100);
        let style = STYLE_WEIGHTS
            .iter()
            .find(|&&(_, w)| {
                let hit = r < w;
                r = r.saturating_sub(w);
                hit
            })
            .map_or(Style::Wire, |&(s, _)| s);
        let scene = scene::Scene::draw(&self.cast, &mut rng);
        GenDoc {
            id: format!("gen-{}-{index:07}", self.seed),
            style,
            text: compose::document(&scene, style, &mut rng, self.shape),
        }
    }

    /// Documents `0..n`, made lazily (a million fit in no memory at once).
    pub fn docs(&self, n: u64) -> impl Iterator<Item = GenDoc> + '_ {
        (0..n).map(|i| self.doc(i))
    }
}
