//! `entente eval GOLD_DIR [--pred FILE]`: the spec's scoring, as
//! `shared/tools/score.py` computes it.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use entente_eval::{read_gold_dir, score, Predictions};
use entente_extract::Extractor;
use entente_ingest::read::{read_file, ReadOptions};

use crate::output;

#[derive(clap::Args)]
pub struct Args {
    /// Folder of NAME.gold.json files (and NAME.txt documents unless --pred is given).
    #[arg(value_name = "GOLD_DIR")]
    gold_dir: PathBuf,
    /// Score this JSON Lines predictions file (`-` for stdin) instead of running extraction.
    #[arg(long, value_name = "FILE")]
    pred: Option<String>,
    /// Print the figures as one JSON object (as `score.py --json`).
    #[arg(long)]
    json: bool,
}

/// Runs extraction over the `*.txt` documents of `dir`, as JSON values.
pub fn predict_dir(dir: &Path, ex: &Extractor) -> anyhow::Result<Vec<serde_json::Value>> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("{}: cannot list", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    let mut out = Vec::new();
    for p in names {
        match read_file(&p, &ReadOptions::default()) {
            // a bug in a rule costs one document (scored as missing), not
            // the evaluation
            Ok(doc) => {
                let id = doc.id.clone();
                match ex.extract_or_skip(doc) {
                    Some(rec) => out.push(serde_json::to_value(rec)?),
                    None => eprintln!(
                        "entente: {id}: internal error while extracting (please report it); scored as missing"
                    ),
                }
            }
            Err(e) => eprintln!("entente: {e}"),
        }
    }
    Ok(out)
}

pub fn run(args: Args, overlays: &[PathBuf]) -> anyhow::Result<ExitCode> {
    if !args.gold_dir.is_dir() {
        anyhow::bail!("{}: not a folder of gold records", args.gold_dir.display());
    }
    let gold = read_gold_dir(&args.gold_dir)?;
    let gold_label = args.gold_dir.display().to_string();
    let preds = match &args.pred {
        Some(p) if p == "-" => {
            let mut buf = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf)?;
            Predictions::from_jsonl(&buf).with_label("-")
        }
        Some(p) => Predictions::read(Path::new(p))?.with_label(p.clone()),
        None => {
            let kb = super::load_kb(overlays)?;
            let ex = Extractor::new(&kb);
            Predictions::from_records(predict_dir(&args.gold_dir, &ex)?)
                .with_label("(entente extract)")
        }
    };
    let report = score(&gold.with_label(gold_label), preds);
    let mut out = output::stdout();
    if args.json {
        writeln!(out, "{}", report.to_json_string())?;
    } else {
        writeln!(out, "{}", report.render_text())?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
