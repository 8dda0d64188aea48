//! Turning command-line inputs into documents: files (text or HTML),
//! folders (their .txt/.html files, recursively, sorted), `-` for standard
//! input, and JSON Lines. Each document arrives as a `Result`, so that a bad
//! one is reported and the rest go on.

use std::path::{Path, PathBuf};

use entente_core::Document;
use entente_ingest::read::{self, ReadOptions};
use entente_ingest::IngestError;

/// Document files `extract` reads from a folder.
pub const DOCUMENT_EXTENSIONS: &[&str] = &["txt", "html", "htm"];

/// Expands folders into their document files.
pub fn expand(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            out.extend(files_in(p, DOCUMENT_EXTENSIONS));
        } else {
            out.push(p.clone());
        }
    }
    out
}

/// The files below `dir` with one of `extensions`, recursively, in name order.
pub fn files_in(dir: &Path, extensions: &[&str]) -> Vec<PathBuf> {
    let mut found = Vec::new();
    walk(dir, extensions, &mut found);
    found.sort();
    found
}

fn walk(dir: &Path, extensions: &[&str], out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, extensions, out);
        } else if p
            .extension()
            .and_then(|x| x.to_str())
            .is_some_and(|x| extensions.contains(&x))
        {
            out.push(p);
        }
    }
}

/// Documents from file arguments (`-` reads standard input).
pub fn documents(
    paths: &[PathBuf],
    opts: &ReadOptions,
) -> impl Iterator<Item = Result<Document, IngestError>> {
    let opts = opts.clone();
    expand(paths).into_iter().map(move |p| {
        if p.as_os_str() == "-" {
            read::read_stdin(&opts)
        } else {
            read::read_file(&p, &opts)
        }
    })
}
