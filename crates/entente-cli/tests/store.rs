//! End-to-end tests of the store commands (`ingest`, `reextract`,
//! `events`, `timeline`, `actors`, `search`, `export`), each in its own
//! temporary folder, and a crash test: an ingest killed mid-run leaves a
//! store whose every document is complete.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use entente_core::Document;
use entente_store::{SqliteStore, Store};

fn entente(dir: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_entente"));
    c.current_dir(dir)
        .env_remove("ENTENTE_KB")
        .env_remove("ENTENTE_DB");
    c
}

fn run(dir: &Path, args: &[&str]) -> Output {
    entente(dir).args(args).output().expect("entente runs")
}

fn ok(dir: &Path, args: &[&str]) -> String {
    let o = run(dir, args);
    assert!(
        o.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout).unwrap()
}

/// A wire story of our own, varied by `i`: two states meet, their
/// ministers are named, a pledge is made.
fn story(i: usize) -> (String, String) {
    const STATES: &[(&str, &str, &str)] = &[
        ("India", "Indian", "New Delhi"),
        ("France", "French", "Paris"),
        ("Japan", "Japanese", "Tokyo"),
        ("Germany", "German", "Berlin"),
        ("Brazil", "Brazilian", "Brasilia"),
        ("Australia", "Australian", "Canberra"),
    ];
    const NAMES: &[&str] = &[
        "Elena Varga",
        "Tomas Berger",
        "Amara Okoye",
        "Kenji Morita",
        "Lucia Ferreira",
        "Pavel Novak",
        "Ingrid Solberg",
        "Rahul Mehra",
        "Sofia Lindqvist",
        "Omar Haddad",
    ];
    const AREAS: &[&str] = &[
        "civil nuclear energy",
        "defence",
        "space",
        "renewable energy",
        "cyber security",
        "critical minerals",
        "maritime security",
        "education",
    ];
    let a = STATES[i % STATES.len()];
    let b = STATES[(i / STATES.len() + i + 1) % STATES.len()];
    let b = if a.0 == b.0 {
        STATES[(i + 2) % STATES.len()]
    } else {
        b
    };
    let day = 1 + i % 27;
    let month = ["March", "April", "May", "June"][i / 27 % 4];
    let year = 2023 + i % 3;
    let m = ["03", "04", "05", "06"][i / 27 % 4];
    let text = format!(
        "date {year}-{m}-{day:02}\n{city}, {month} {day} (Wire Desk) - {an} and {bn} held talks in {city} on {month} {day}. \
         {aadj} Foreign Minister {p} met {badj} Foreign Minister {q} and the two sides agreed to expand cooperation in {area} and {area2}.\n\n\
         \"We have opened a new chapter,\" {surname} said after the meeting, adding that the {badj} side had shown great goodwill.\n",
        city = a.2,
        an = a.0,
        bn = b.0,
        aadj = a.1,
        badj = b.1,
        p = NAMES[i % NAMES.len()],
        surname = NAMES[i % NAMES.len()].split(' ').next_back().unwrap(),
        q = NAMES[(i * 7 + 3) % NAMES.len()],
        area = AREAS[i % AREAS.len()],
        area2 = AREAS[(i + 3) % AREAS.len()],
    );
    (format!("story-{i:05}"), text)
}

fn write_stories(dir: &Path, n: usize) -> PathBuf {
    let docs = dir.join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    for i in 0..n {
        let (id, text) = story(i);
        std::fs::write(docs.join(format!("{id}.txt")), text).unwrap();
    }
    docs
}

#[test]
fn ingest_is_idempotent_and_replaces_changed_documents() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let docs = write_stories(d, 12);
    let out = ok(d, &["ingest", "--db", "s.db", "docs"]);
    assert!(out.contains("ingested 12 documents into s.db"), "{out}");
    assert!(
        out.contains("12 new, 0 unchanged, 0 replaced, 0 failed"),
        "{out}"
    );
    let out = ok(d, &["ingest", "--db", "s.db", "docs"]);
    assert!(
        out.contains("0 new, 12 unchanged, 0 replaced, 0 failed; 0 events stored"),
        "{out}"
    );
    std::fs::write(
        docs.join("story-00003.txt"),
        "date 2024-02-02\nTOKYO, February 2 (Wire Desk) - Japan and India held talks in Tokyo on Friday.\n",
    )
    .unwrap();
    let out = ok(d, &["ingest", "--db", "s.db", "docs"]);
    assert!(
        out.contains("0 new, 11 unchanged, 1 replaced, 0 failed"),
        "{out}"
    );
    let jsonl = ok(
        d,
        &[
            "events",
            "--db",
            "s.db",
            "--format",
            "jsonl",
            "--text",
            "held talks in Tokyo on Friday",
        ],
    );
    let events: Vec<serde_json::Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(!events.is_empty());
    assert!(events
        .iter()
        .all(|e| e["doc"] == "story-00003" && e["date"] == "2024-02-02"));
    assert!(events[0]["extractor"]
        .as_str()
        .unwrap()
        .starts_with("entente-extract"));
    let out = ok(d, &["reextract", "--db", "s.db"]);
    assert!(
        out.starts_with("all 12 stored documents are extracted by entente-extract"),
        "{out}"
    );
    let out = ok(d, &["reextract", "--db", "s.db", "--all", "--no-progress"]);
    assert!(out.starts_with("re-extracted 12 documents"), "{out}");
    let s = SqliteStore::open(&d.join("s.db")).unwrap();
    assert!(s.check().unwrap().is_empty());
}

#[test]
fn queries_answer_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write_stories(d, 40);
    ok(d, &["ingest", "--db", "s.db", "docs"]);
    let table = ok(d, &["events", "--db", "s.db", "--pair", "FRA-IND"]);
    assert!(table.starts_with("DATE"), "{table}");
    assert!(
        table
            .lines()
            .skip(1)
            .all(|l| l.contains("FRA IND") || l.starts_with('(')),
        "{table}"
    );
    let json = ok(
        d,
        &[
            "events",
            "--db",
            "s.db",
            "--country",
            "ind",
            "--type",
            "meeting",
            "--format",
            "json",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let arr = v.as_array().unwrap();
    assert!(!arr.is_empty());
    for e in arr {
        assert_eq!(e["type"], "meeting");
        assert!(e["countries"].as_array().unwrap().contains(&"IND".into()));
        assert!(e["evidence"].as_array().is_some());
    }
    let csv = ok(
        d,
        &[
            "events", "--db", "s.db", "--since", "2024", "--until", "2024-06", "--format", "csv",
        ],
    );
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().starts_with("event_id,event_key,doc,"));
    assert!(lines.all(|l| l.contains(",2024-0")), "{csv}");
    let tl = ok(d, &["timeline", "--db", "s.db", "--pair", "IND-FRA"]);
    let dates: Vec<&str> = tl.lines().map(|l| &l[..10]).collect();
    assert!(!dates.is_empty());
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "oldest first: {tl}");
    let area = ok(
        d,
        &[
            "events", "--db", "s.db", "--area", "space", "--format", "jsonl",
        ],
    );
    assert!(area.lines().all(|l| l.contains("\"space\"")));
    let actors = ok(d, &["actors", "--db", "s.db", "--limit", "3"]);
    assert!(actors.starts_with("EVENTS  NAME"), "{actors}");
    // the office's own title ("Minister for Foreign Affairs")
    assert!(actors.contains("Foreign Affairs"), "{actors}");
    let person = ok(
        d,
        &[
            "events", "--db", "s.db", "--person", "varga", "--format", "jsonl",
        ],
    );
    assert!(!person.is_empty() && person.lines().all(|l| l.contains("Elena Varga")));
    let found = ok(
        d,
        &["search", "--db", "s.db", "civil", "nuclear", "--limit", "2"],
    );
    assert!(found.contains("[civil nuclear]"), "{found}");
    let none = ok(d, &["search", "--db", "s.db", "nuclear civil"]);
    assert_eq!(none.trim(), "(no document matches)");
    let bad = run(d, &["search", "--db", "s.db", "--raw", "\"open"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("search"));
}

#[test]
fn exports_jsonl_csv_and_gdelt() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write_stories(d, 10);
    ok(d, &["ingest", "--db", "s.db", "docs"]);
    let jsonl = ok(d, &["export", "--db", "s.db", "--format", "jsonl"]);
    assert_eq!(jsonl.lines().count(), 10);
    // The records are those `extract` prints.
    let extracted = ok(d, &["extract", "docs"]);
    assert_eq!(jsonl, extracted);
    let csv = ok(d, &["export", "--db", "s.db", "--format", "csv"]);
    let events = csv.lines().count() - 1;
    assert!(events >= 10);
    let o = run(
        d,
        &[
            "export",
            "--db",
            "s.db",
            "--format",
            "gdelt",
            "-o",
            "events.tsv",
        ],
    );
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr)
        .contains(&format!("exported {events} events to events.tsv")));
    let tsv = std::fs::read_to_string(d.join("events.tsv")).unwrap();
    assert_eq!(tsv.lines().count(), events);
    for row in tsv.lines() {
        let f: Vec<&str> = row.split('\t').collect();
        assert_eq!(f.len(), 61, "{row}");
        assert_eq!(f[1].len(), 8, "SQLDATE {row}");
        assert!(["1", "2", "3", "4"].contains(&f[29]), "QuadClass {row}");
        assert!(!f[30].is_empty(), "GoldsteinScale {row}");
        assert_eq!(f[60].len(), 11, "SOURCEURL is the id: {row}");
    }
    assert!(tsv.contains("\tINDIA\tIND\t"), "actor names from the KB");
}

#[test]
fn db_path_comes_from_the_flag_the_environment_or_the_default() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write_stories(d, 2);
    ok(d, &["ingest", "docs"]);
    assert!(d.join("entente.db").is_file(), "default ./entente.db");
    let o = entente(d)
        .args(["ingest", "docs"])
        .env("ENTENTE_DB", "env.db")
        .output()
        .unwrap();
    assert!(o.status.success());
    assert!(d.join("env.db").is_file());
    let o = run(d, &["events", "--db", "missing.db"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("missing.db"));
    assert!(
        !d.join("missing.db").exists(),
        "queries do not create stores"
    );
}

#[test]
fn bad_input_is_reported_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let docs = write_stories(d, 3);
    std::fs::write(docs.join("latin1.txt"), b"Caf\xe9 talks were held.").unwrap();
    std::fs::write(docs.join("blob.txt"), b"PK\x03\x04\x00\x00\x00").unwrap();
    let (_, good) = story(7);
    let jsonl = format!(
        "{}\nnot json\n{{\"id\": \"j2\", \"text\": \"  \"}}\n",
        serde_json::json!({"id": "j1", "text": good, "url": "https://example.org/j1"})
    );
    std::fs::write(docs.join("more.jsonl"), jsonl).unwrap();
    let o = entente(d)
        .args(["ingest", "--db", "s.db", "docs", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin.take().unwrap().write_all(story(9).1.as_bytes())?;
            c.wait_with_output()
        })
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    for name in [
        "latin1.txt",
        "blob.txt",
        "more.jsonl: line 2",
        "(j2): empty",
    ] {
        assert!(err.contains(name), "{name} not reported: {err}");
    }
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("5 new, 0 unchanged, 0 replaced, 4 failed"),
        "{out}"
    );
    let s = SqliteStore::open(&d.join("s.db")).unwrap();
    assert!(s.check().unwrap().is_empty());
    assert_eq!(s.stats().unwrap().documents, 5);
    let j1 = ok(
        d,
        &[
            "events", "--db", "s.db", "--format", "jsonl", "--text", "goodwill",
        ],
    );
    assert!(j1.contains("\"url\":\"https://example.org/j1\""), "{j1}");
    assert!(j1.contains("\"doc\":\"stdin\""), "{j1}");
}

/// Kills the child if a test fails while it runs.
struct Reap(Child);
impl Drop for Reap {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn an_ingest_killed_mid_run_leaves_only_complete_documents() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let total = 3000;
    write_stories(d, total);
    let mut stored = 0;
    for attempt in 0..8 {
        let db = d.join(format!("crash-{attempt}.db"));
        let child = entente(d)
            .args(["ingest", "--no-progress", "--batch", "64", "--db"])
            .arg(&db)
            .arg("docs")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut child = Reap(child);
        // Kill a while after the store appears: later on each attempt, so
        // that some attempt lands between the first commit and the last.
        let delay = Duration::from_millis(40 + 60 * attempt);
        let mut appeared: Option<Instant> = None;
        let finished = loop {
            if child.0.try_wait().unwrap().is_some() {
                break true;
            }
            if db.exists() {
                let t = *appeared.get_or_insert_with(Instant::now);
                if t.elapsed() >= delay {
                    child.0.kill().unwrap();
                    child.0.wait().unwrap();
                    break false;
                }
            }
            std::thread::sleep(Duration::from_millis(2));
        };
        stored = check_store(&db);
        eprintln!("attempt {attempt}: finished {finished}, {stored} of {total} documents stored");
        if finished {
            // Too quick to be caught here; a finished run must be whole.
            assert_eq!(stored, total);
            continue;
        }
        if stored > 0 && stored < total {
            // Killed mid-run: finishing the ingest adds exactly the rest.
            let out = ok(
                d,
                &[
                    "ingest",
                    "--no-progress",
                    "--db",
                    db.to_str().unwrap(),
                    "docs",
                ],
            );
            let expect = format!(
                "{} new, {} unchanged, 0 replaced, 0 failed",
                total - stored,
                stored
            );
            assert!(out.contains(&expect), "{out}");
            assert_eq!(check_store(&db), total);
            return;
        }
    }
    eprintln!("no attempt was killed mid-run (last stored {stored}); the checks above held");
}

/// Checks a store after a crash: SQLite's integrity, the store's own
/// checks, and each stored document's record against a fresh extraction of
/// its stored text. Returns the number of documents.
fn check_store(db: &Path) -> usize {
    let s = SqliteStore::open(db).unwrap();
    assert_eq!(s.check().unwrap(), Vec::<String>::new());
    let kb = entente_kb::Kb::bundled().unwrap();
    let ex = entente_extract::Extractor::new(&kb);
    let mut n = 0;
    let (mut after_doc, mut after_rec) = (0, 0);
    loop {
        let docs = s.documents_after(after_doc, 500, None).unwrap();
        let recs = s.records_after(after_rec, 500).unwrap();
        assert_eq!(docs.len(), recs.len());
        let (Some(ld), Some(lr)) = (docs.last(), recs.last()) else {
            break;
        };
        (after_doc, after_rec) = (ld.key, lr.0);
        for (doc, (_, rec)) in docs.iter().zip(&recs) {
            let fresh = ex.extract(Document::clone(&doc.doc));
            assert_eq!(&fresh, rec, "document {} is incomplete", doc.doc.id);
            n += 1;
        }
    }
    n
}
