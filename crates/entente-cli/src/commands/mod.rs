//! One module per subcommand.

pub mod actors;
pub mod db;
pub mod demo;
pub mod eval;
pub mod events;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod kb;
pub mod reextract;
pub mod review;
pub mod search;

use std::path::PathBuf;

use anyhow::Context as _;
use entente_kb::Kb;

/// Loads the knowledge base with the user's overlays.
pub fn load_kb(overlays: &[PathBuf]) -> anyhow::Result<Kb> {
    Kb::load(overlays).context("loading the knowledge base")
}
