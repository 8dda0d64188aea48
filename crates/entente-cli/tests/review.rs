//! `entente review` and `entente mechanisms` on a store built from
//! documents written for the test; analysts' decisions survive
//! re-extraction.

use std::path::Path;
use std::process::{Command, Output};

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_entente"))
        .args(args)
        .current_dir(dir)
        .env_remove("ENTENTE_DB")
        .env_remove("ENTENTE_KB")
        .output()
        .expect("entente runs")
}

fn ok(dir: &Path, args: &[&str]) -> String {
    let o = run(dir, args);
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

const DOCS: &[(&str, &str)] = &[
    (
        "sd.txt",
        "date 2024-06-19\nPARIS, June 19 (Wire) - India and France held the 36th round of their Strategic Dialogue in Paris on Tuesday, \
         co-chaired by National Security Adviser Ajit Doval and Emmanuel Bonne. The two sides reviewed progress on the Scorpène \
         submarines and the TRISHNA satellite.\n",
    ),
    (
        "add.txt",
        "date 2023-10-31\nNEW DELHI, Oct 31 (Wire) - India and France held the 5th Annual Defence Dialogue in New Delhi on Monday, \
         co-chaired by Defence Minister Rajnath Singh and Sébastien Lecornu.\n",
    ),
    ("jp.txt", "date 2024-05-10\nTOKYO, May 10 (Wire) - Japan and India held talks in Tokyo on Thursday on Scorpène exports.\n"),
];

fn store() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("docs")).unwrap();
    for (name, text) in DOCS {
        std::fs::write(dir.path().join("docs").join(name), text).unwrap();
    }
    ok(dir.path(), &["ingest", "--db", "s.db", "docs"]);
    dir
}

#[test]
fn review_in_three_formats() {
    let dir = store();
    let d = dir.path();
    let md = ok(d, &["review", "--db", "s.db", "--until", "2025-06-30"]);
    assert!(md.contains("# India-France Horizon 2047 Roadmap"), "{md}");
    assert!(md.contains("Scorpène"), "{md}");
    assert!(md.contains("Strategic Dialogue"), "{md}");
    assert!(
        !md.contains("Japan and India"),
        "another pair's event is no evidence: {md}"
    );
    let html = ok(
        d,
        &[
            "review",
            "--db",
            "s.db",
            "--until",
            "2025-06-30",
            "--format",
            "html",
        ],
    );
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<svg"));
    let json: serde_json::Value =
        serde_json::from_str(&ok(d, &["review", "--db", "s.db", "--format", "json"])).unwrap();
    assert_eq!(json["roadmap"], "horizon-2047");
    let mech = ok(
        d,
        &[
            "mechanisms",
            "--db",
            "s.db",
            "--pair",
            "IND-FRA",
            "--until",
            "2025-06-30",
        ],
    );
    assert!(
        mech.contains("Annual Defence Dialogue") && mech.contains("Strategic Dialogue"),
        "{mech}"
    );
    assert!(mech.contains("round 36"), "{mech}");
}

#[test]
fn decisions_survive_reextraction() {
    let dir = store();
    let d = dir.path();
    let links = ok(d, &["review", "--db", "s.db", "links"]);
    let line = links
        .lines()
        .find(|l| l.contains("scorpene"))
        .unwrap_or_else(|| panic!("{links}"));
    let key = line.split('\t').next().unwrap().to_string();
    let commitment = line.split('\t').nth(1).unwrap().to_string();
    ok(d, &["review", "--db", "s.db", "unlink", &key, &commitment]);
    ok(d, &["reextract", "--db", "s.db"]);
    let after = ok(d, &["review", "--db", "s.db", "links"]);
    assert!(
        !after
            .lines()
            .any(|l| l.starts_with(&key) && l.contains(&commitment)),
        "{after}"
    );
    ok(
        d,
        &[
            "review",
            "--db",
            "s.db",
            "link",
            &key,
            "indian-students-30000",
        ],
    );
    let after = ok(d, &["review", "--db", "s.db", "links"]);
    assert!(
        after.lines().any(|l| l.starts_with(&key)
            && l.contains("indian-students-30000")
            && l.contains("confirmed")),
        "{after}"
    );
    let o = run(
        d,
        &["review", "--db", "s.db", "link", &key, "no-such-commitment"],
    );
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("no commitment"));
}

#[test]
fn review_of_the_golden_corpus_finds_the_rafale_marine_agreement() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus/dev");
    ok(d, &["ingest", "--db", "g.db", corpus.to_str().unwrap()]);
    let json: serde_json::Value = serde_json::from_str(&ok(
        d,
        &[
            "review",
            "--db",
            "g.db",
            "--until",
            "2025-12-31",
            "--format",
            "json",
        ],
    ))
    .unwrap();
    let commitments: Vec<&serde_json::Value> = json["pillars"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["commitments"].as_array().unwrap())
        .collect();
    let marine = commitments
        .iter()
        .find(|c| c["id"] == "rafale-marine")
        .unwrap();
    assert!(
        marine["evidence"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["type"] == "agreement" && e["date"] == "2025-04-28"),
        "{marine}"
    );
    assert!(json["mechanisms"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["name"] == "Strategic Dialogue"));
    let evidenced = commitments
        .iter()
        .filter(|c| !c["evidence"].as_array().unwrap().is_empty())
        .count();
    assert!(evidenced >= 5, "only {evidenced} commitments with evidence");
}
