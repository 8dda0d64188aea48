//! The port against the reference scorer: every folder under
//! `tests/fixtures/` holds a gold folder, predictions, and what score.py
//! printed for them (see `tests/fixtures/README.md`).  The text report and
//! the JSON report must be the same, byte for byte.

use entente_eval::{read_gold_dir, score, AccuracyField, Predictions, Report};
use std::fs;
use std::path::{Path, PathBuf};

fn fixture_dir(case: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(case)
}

/// Scores a fixture with the labels score.py saw (run inside the folder as
/// `score.py gold pred.jsonl`).
fn run(case: &str) -> Report {
    let dir = fixture_dir(case);
    let gold = read_gold_dir(&dir.join("gold")).unwrap().with_label("gold");
    let preds = Predictions::read(&dir.join("pred.jsonl"))
        .unwrap()
        .with_label("pred.jsonl");
    score(&gold, preds)
}

fn expected(case: &str, name: &str) -> String {
    fs::read_to_string(fixture_dir(case).join(name)).unwrap()
}

/// Text, JSON value and JSON bytes as score.py printed them (`print` adds
/// the final newline).
fn check(case: &str) -> Report {
    let report = run(case);
    assert_eq!(
        format!("{}\n", report.render_text()),
        expected(case, "expected.txt"),
        "{case}: text"
    );
    // serde_json's default float reader may miss the nearest double by one
    // unit, so both sides go through it; the byte comparison below is exact.
    let reparse = |text: &str| serde_json::from_str::<serde_json::Value>(text).unwrap();
    let want = reparse(&expected(case, "expected.json"));
    assert_eq!(
        reparse(&report.to_json().to_string()),
        want,
        "{case}: JSON value"
    );
    assert_eq!(
        format!("{}\n", report.to_json_string()),
        expected(case, "expected.json"),
        "{case}: JSON text"
    );
    report
}

#[test]
fn every_fixture_is_tested() {
    let mut cases: Vec<String> = fs::read_dir(fixture_dir(""))
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    cases.sort();
    let tested = [
        "dateline_null",
        "dates_types",
        "malformed",
        "missing_extra",
        "na_figures",
        "names",
        "no_gold",
        "perfect",
        "statements",
    ];
    assert_eq!(cases, tested);
}

#[test]
fn perfect() {
    let r = check("perfect");
    for m in [
        r.events_root(),
        r.events_strict(),
        r.participants(),
        r.areas(),
        r.statements(),
    ] {
        assert_eq!(
            (m.precision(), m.recall(), m.f1()),
            (Some(1.0), Some(1.0), Some(1.0))
        );
    }
    for field in AccuracyField::ALL {
        assert_eq!(r.accuracy(field).accuracy(), Some(1.0), "{field:?}");
    }
    assert!(r.prediction_problems().items().is_empty() && r.gold_problems().items().is_empty());
}

#[test]
fn missing_extra() {
    let r = check("missing_extra");
    let d = r.documents();
    assert_eq!((d.gold, d.predicted, d.scored), (5, 25, 2));
    assert_eq!(d.missing, ["bravo", "delta", "echo"]);
    assert_eq!(d.extra.len(), 23);
    assert!(r
        .per_document()
        .iter()
        .filter(|doc| doc.missing)
        .all(|doc| doc.has_errors()));
}

#[test]
fn dates_types() {
    let r = check("dates_types");
    assert_eq!((r.events_root().tp(), r.events_strict().tp()), (8, 4));
    assert_eq!(r.accuracy(AccuracyField::Type).correct(), 7);
}

#[test]
fn names() {
    let r = check("names");
    let p = r.participants();
    assert_eq!((p.tp(), p.fp(), p.fn_()), (8, 6, 3));
    assert_eq!(r.accuracy(AccuracyField::Place).accuracy(), Some(1.0));
}

#[test]
fn statements() {
    let r = check("statements");
    assert_eq!(
        (
            r.statements().tp(),
            r.statements().fp(),
            r.statements().fn_()
        ),
        (5, 4, 2)
    );
    assert_eq!(r.events_root().f1(), None);
}

#[test]
fn malformed() {
    let r = check("malformed");
    assert_eq!(r.prediction_problems().count(), 67);
    assert!(r.prediction_problems().items().len() > 25);
    assert_eq!(r.gold_problems().count(), 32);
}

#[test]
fn dateline_null() {
    let r = check("dateline_null");
    let a = r.accuracy(AccuracyField::DatelinePlace);
    assert_eq!((a.correct(), a.total()), (3, 8));
}

#[test]
fn na_figures() {
    let r = check("na_figures");
    assert_eq!(r.participants().f1(), None);
    assert_eq!(r.accuracy(AccuracyField::Date).accuracy(), None);
    assert_eq!(r.statements().f1(), Some(0.0));
}

#[test]
fn no_gold() {
    let r = check("no_gold");
    assert_eq!(r.documents().gold, 0);
    assert_eq!(r.events_root().f1(), None);
}

/// Records already in memory score as the same lines read from JSONL.
#[test]
fn records_score_like_jsonl() {
    let dir = fixture_dir("dates_types");
    let gold = read_gold_dir(&dir.join("gold")).unwrap();
    let text = fs::read_to_string(dir.join("pred.jsonl")).unwrap();
    let records = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let from_records = score(&gold, Predictions::from_records(records).with_label("-"));
    let from_jsonl = score(&gold, Predictions::from_jsonl(text.as_bytes()));
    assert_eq!(from_records.render_text(), from_jsonl.render_text());
    assert_eq!(from_records.to_json(), from_jsonl.to_json());
}
