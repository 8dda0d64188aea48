//! The golden corpus, scored with the spec's rules. Each part's figures
//! must stay at or above `tests/corpus/thresholds.toml`, whose numbers only
//! ever go up: a change that lowers one is a regression.
//!
//! `dev` is the part the extraction rules were written against; `blind` was
//! written from the spec alone by a hand that did not write the rules, and
//! is not read while rules are written.

use std::path::{Path, PathBuf};

use entente_core::Document;
use entente_eval::{read_gold_dir, score, Predictions, Report};
use entente_extract::Extractor;
use entente_kb::Kb;

fn corpus_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus")
}

fn evaluate(kb: &Kb, part: &str) -> Report {
    let dir = corpus_root().join(part);
    let ex = Extractor::new(kb);
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    let records = names
        .iter()
        .map(|p| {
            let id = p.file_stem().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(p).unwrap();
            serde_json::to_value(ex.extract(Document::new(id, text))).unwrap()
        })
        .collect();
    score(
        &read_gold_dir(&dir).unwrap(),
        Predictions::from_records(records),
    )
}

fn check(part: &str) {
    let kb = Kb::bundled().unwrap();
    let report = evaluate(&kb, part);
    let limits: toml::Table =
        toml::from_str(&std::fs::read_to_string(corpus_root().join("thresholds.toml")).unwrap())
            .unwrap();
    let limits = limits[part].as_table().unwrap();
    let figures = [
        ("events_root_f1", report.events_root().f1()),
        ("events_strict_f1", report.events_strict().f1()),
        ("participants_f1", report.participants().f1()),
        ("areas_f1", report.areas().f1()),
        ("statements_f1", report.statements().f1()),
    ];
    let mut failures = Vec::new();
    for (key, value) in figures {
        let min = limits[key].as_float().unwrap();
        let v = value.unwrap_or(0.0);
        eprintln!("{part}: {key} = {v:.3} (threshold {min:.3})");
        if v + 1e-9 < min {
            failures.push(format!("{key} {v:.3} < {min:.3}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{part} corpus fell below its thresholds: {failures:?}"
    );
}

#[test]
fn dev_corpus_meets_its_thresholds() {
    check("dev");
}

#[test]
fn blind_corpus_meets_its_thresholds() {
    check("blind");
}

#[test]
fn every_document_has_a_gold_record_and_vice_versa() {
    for part in ["dev", "blind"] {
        let dir = corpus_root().join(part);
        let mut txt = Vec::new();
        let mut gold = Vec::new();
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            let n = e.file_name().to_string_lossy().into_owned();
            if let Some(s) = n.strip_suffix(".gold.json") {
                gold.push(s.to_string());
            } else if let Some(s) = n.strip_suffix(".txt") {
                txt.push(s.to_string());
            }
        }
        txt.sort();
        gold.sort();
        assert_eq!(txt, gold, "{part}: documents and gold records differ");
        assert!(txt.len() >= 20, "{part}: only {} documents", txt.len());
    }
}
