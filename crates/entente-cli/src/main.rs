//! The `entente` command: a thin layer over the library crates.
//!
//! Every subcommand lives in `commands/`; this file parses arguments, loads
//! the knowledge base once, and turns errors into messages and exit codes.
//! A closed pipe (`entente extract ... | head`) ends the run quietly.

mod commands;
mod inputs;
mod output;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// entente: diplomatic reports in, checkable event records out.
#[derive(Parser)]
#[command(name = "entente", version, about, long_about = None)]
struct Cli {
    /// Knowledge-base folders overlaid on the bundled one, in order
    /// (also from ENTENTE_KB, separated by ':').
    #[arg(long = "kb", global = true, value_name = "DIR")]
    kb: Vec<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract records (JSON Lines on stdout) from text, HTML or JSONL documents.
    Extract(commands::extract::Args),
    /// Score extraction (or a predictions file) against a folder of gold records.
    Eval(commands::eval::Args),
    /// Run extraction on the bundled sample documents and print a summary.
    Demo(commands::demo::Args),
    /// Inspect and check the knowledge base.
    Kb(commands::kb::Args),
    /// Extract documents into the store (files, folders, JSONL, stdin); unchanged ones are skipped.
    Ingest(commands::ingest::Args),
    /// Run the current extractor again over stored documents.
    Reextract(commands::reextract::Args),
    /// List stored events matching filters (table, JSON, JSON Lines or CSV).
    Events(commands::events::Args),
    /// One line per stored event, oldest first (e.g. --pair IND-FRA).
    Timeline(commands::events::TimelineArgs),
    /// The people who appear in the most stored events, with their offices.
    Actors(commands::actors::Args),
    /// Full-text search over stored documents.
    Search(commands::search::Args),
    /// Export the store as JSON Lines records, CSV or GDELT event TSV.
    Export(commands::export::Args),
    /// Review a partnership's progress against its roadmap; link or unlink evidence.
    Review(commands::review::Args),
    /// Every standing mechanism of a pair with its rounds, co-chairs and places.
    Mechanisms(commands::review::MechanismArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut overlays = cli.kb.clone();
    if let Ok(env) = std::env::var("ENTENTE_KB") {
        overlays.splice(
            0..0,
            std::env::split_paths(&env).filter(|p| !p.as_os_str().is_empty()),
        );
    }
    let result = match cli.command {
        Command::Extract(a) => commands::extract::run(a, &overlays),
        Command::Eval(a) => commands::eval::run(a, &overlays),
        Command::Demo(a) => commands::demo::run(a, &overlays),
        Command::Kb(a) => commands::kb::run(a, &overlays),
        Command::Ingest(a) => commands::ingest::run(a, &overlays),
        Command::Reextract(a) => commands::reextract::run(a, &overlays),
        Command::Events(a) => commands::events::run(a),
        Command::Timeline(a) => commands::events::timeline(a),
        Command::Actors(a) => commands::actors::run(a),
        Command::Search(a) => commands::search::run(a),
        Command::Export(a) => commands::export::run(a, &overlays),
        Command::Review(a) => commands::review::run(a, &overlays),
        Command::Mechanisms(a) => commands::review::run_mechanisms(a),
    };
    match result {
        Ok(code) => code,
        Err(e) if output::is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("entente: {e:#}");
            ExitCode::from(2)
        }
    }
}
