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
