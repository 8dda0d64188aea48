//! `entente-gen`: writes a deterministic benchmark corpus.
//!
//!     entente-gen --n 10000 --seed 7 --out DIR            # DIR/gen-7-0000000.txt ...
//!     entente-gen --n 10000 --seed 7 --jsonl docs.jsonl   # one {"id","text"} per line
//!
//! Documents are made one at a time and streamed out, so `--n 1000000`
//! needs no more memory than `--n 1`.

use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::PathBuf;

use anyhow::Context;
use clap::Parser;
use entente_bench::{Generator, Shape};

#[derive(Parser)]
#[command(about = "Writes a deterministic corpus of diplomatic news for benchmarks.")]
struct Args {
    /// Number of documents.
    #[arg(long, default_value_t = 1000)]
    n: u64,
    /// Seed: the same seed gives the same bytes.
    #[arg(long, default_value_t = 7)]
    seed: u64,
    /// Folder to write one `.txt` file per document into.
    #[arg(long, value_name = "DIR", required_unless_present = "jsonl")]
    out: Option<PathBuf>,
    /// Write JSON Lines to FILE (`-` for standard output) instead of files.
    #[arg(long, value_name = "FILE", conflicts_with = "out")]
    jsonl: Option<PathBuf>,
    /// Smallest document, in bytes.
    #[arg(long, default_value_t = Shape::DEFAULT.min)]
    min_bytes: usize,
    /// Largest document, in bytes.
    #[arg(long, default_value_t = Shape::DEFAULT.max)]
    max_bytes: usize,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    anyhow::ensure!(
        0 < args.min_bytes && args.min_bytes <= args.max_bytes,
        "need 0 < --min-bytes <= --max-bytes"
    );
    let kb = entente_kb::Kb::bundled().context("loading the bundled knowledge base")?;
    let generator = Generator::new(&kb, args.seed).with_shape(Shape {
        min: args.min_bytes,
        max: args.max_bytes,
    });
    let mut bytes = 0usize;
    if let Some(path) = &args.jsonl {
        let sink: Box<dyn Write> = if path.as_os_str() == "-" {
            Box::new(std::io::stdout().lock())
        } else {
            Box::new(File::create(path).with_context(|| format!("creating {}", path.display()))?)
        };
        let mut w = BufWriter::with_capacity(1 << 20, sink);
        for doc in generator.docs(args.n) {
            bytes += doc.text.len();
            writeln!(w, "{}", doc.to_jsonl())?;
        }
        w.flush()?;
    } else if let Some(dir) = &args.out {
        fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        for doc in generator.docs(args.n) {
            bytes += doc.text.len();
            let path = dir.join(format!("{}.txt", doc.id));
            fs::write(&path, &doc.text).with_context(|| format!("writing {}", path.display()))?;
        }
    }
    eprintln!(
        "entente-gen: {} documents, {:.1} MB of text (seed {})",
        args.n,
        bytes as f64 / 1e6,
        args.seed
    );
    Ok(())
}
