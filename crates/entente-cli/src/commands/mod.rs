//! One module per subcommand.

pub mod demo;
pub mod eval;
pub mod extract;
pub mod kb;

use std::path::PathBuf;

use anyhow::Context as _;
use entente_kb::Kb;

/// Loads the knowledge base with the user's overlays.
pub fn load_kb(overlays: &[PathBuf]) -> anyhow::Result<Kb> {
    Kb::load(overlays).context("loading the knowledge base")
}
