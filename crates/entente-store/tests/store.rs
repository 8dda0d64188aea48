//! The store end to end, on temporary files: migrations, idempotent ingest,
//! replacement, filters, full-text search, exports and re-extraction.

use std::collections::HashMap;

use entente_core::record::{DocRecord, EventRecord, Evidence, Participant, Place, StatementRecord};
use entente_core::Document;
use entente_store::export::{self, CodeBook, Format};
use entente_store::pipeline::{self, Observer, Summary};
use entente_store::{gdelt, EventFilter, Order, SqliteStore, Store, StoreError, SCHEMA_VERSION};

fn event(kind: &str, cameo: &str, date: &str, countries: &[&str]) -> EventRecord {
    EventRecord {
        kind: kind.into(),
        cameo: cameo.into(),
        date: (!date.is_empty()).then(|| date.into()),
        end_date: None,
        place: Some(Place {
            name: "Paris".into(),
            country: Some("FRA".into()),
        }),
        countries: countries.iter().map(|c| c.to_string()).collect(),
        source: None,
        target: None,
        participants: vec![],
        mechanism: None,
        areas: vec![],
        evidence: vec![Evidence { start: 0, end: 10 }],
        round: None,
        status: None,
    }
}

fn person(name: &str, title: &str, country: &str) -> Participant {
    Participant {
        name: name.into(),
        title: Some(title.into()),
        country: Some(country.into()),
        role: Some("co-chair".into()),
    }
}

fn record(id: &str, events: Vec<EventRecord>) -> DocRecord {
    DocRecord {
        id: id.into(),
        published: Some("2025-01-21".into()),
        dateline: None,
        events,
        statements: vec![],
    }
}

/// A corpus whose "extraction" is a lookup of prepared records.
struct Corpus {
    texts: Vec<(String, String)>,
    records: HashMap<String, DocRecord>,
}

impl Corpus {
    fn new() -> Self {
        let mut c = Corpus {
            texts: vec![],
            records: HashMap::new(),
        };
        let mut foc = event("consultation", "040", "2025-01-20", &["FRA", "IND"]);
        foc.mechanism = Some("Foreign Office Consultations".into());
        foc.areas = vec!["civil-nuclear".into(), "defence".into()];
        foc.participants = vec![
            person("Vikram Misri", "Foreign Secretary", "IND"),
            person("Anne-Marie Descôtes", "Secretary General", "FRA"),
        ];
        foc.round = Some(17);
        let mut pledge = event("intent_to_cooperate", "030", "2025-01-20", &["FRA", "IND"]);
        pledge.areas = vec!["space".into()];
        let mut rec = record("foc", vec![foc, pledge]);
        rec.statements.push(StatementRecord {
            speaker: Some("Randhir Jaiswal".into()),
            title: Some("Spokesperson".into()),
            org: None,
            country: Some("IND".into()),
            channel: Some("social-media".into()),
            quote: "Productive talks".into(),
            evidence: Some(Evidence { start: 3, end: 19 }),
        });
        c.add("foc", "India and France held Foreign Office Consultations in Paris on civil nuclear energy and defence.", rec);
        let mut call = event("call", "040", "2024-03-05", &["IND", "JPN"]);
        call.place = None;
        call.participants = vec![person("Vikram Misri", "Foreign Secretary", "IND")];
        c.add(
            "call",
            "The Indian and Japanese foreign secretaries spoke by phone about semiconductors.",
            record("call", vec![call]),
        );
        let mut protest = event("protest", "140", "2024-11", &["DEU", "POL", "RUS"]);
        protest.source = Some("DEU".into());
        protest.target = Some("RUS".into());
        c.add(
            "protest",
            "Germany summoned the Russian ambassador over the incident in Gdańsk.",
            record("protest", vec![protest]),
        );
        c.add(
            "none",
            "The cabinet met to discuss the budget.",
            record("none", vec![]),
        );
        c
    }

    fn add(&mut self, id: &str, text: &str, rec: DocRecord) {
        self.texts.push((id.into(), text.into()));
        self.records.insert(id.into(), rec);
    }

    fn docs(&self) -> impl Iterator<Item = Result<Document, String>> + Send + '_ {
        self.texts
            .iter()
            .map(|(id, t)| Ok(Document::new(id.as_str(), t.as_str())))
    }

    fn extract(&self) -> impl Fn(Document) -> DocRecord + Sync + '_ {
        |d: Document| self.records[&d.id].clone()
    }
}

fn store() -> (tempfile::TempDir, SqliteStore) {
    let dir = tempfile::tempdir().unwrap();
    let s = SqliteStore::open(&dir.path().join("t.db")).unwrap();
    (dir, s)
}

fn loaded() -> (tempfile::TempDir, SqliteStore, Corpus) {
    let (dir, mut s) = store();
    let c = Corpus::new();
    let sum = pipeline::ingest(&mut s, c.docs(), &c.extract(), "v1", &mut ()).unwrap();
    assert_eq!((sum.new, sum.events), (4, 4));
    (dir, s, c)
}

fn doc_ids(events: &[entente_store::StoredEvent]) -> Vec<String> {
    events
        .iter()
        .map(|e| format!("{}/{}", e.doc, e.event.kind))
        .collect()
}

#[test]
fn migrations_bring_a_new_store_to_the_current_version_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.db");
    let s = SqliteStore::open(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), SCHEMA_VERSION);
    let applied: u32 = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("SELECT COUNT(*) FROM schema_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(applied, SCHEMA_VERSION, "one row per migration");
    drop(s);
    let s = SqliteStore::open(&path).unwrap();
    assert_eq!(s.stats().unwrap().schema_version, SCHEMA_VERSION);
    assert!(s.check().unwrap().is_empty());
    assert!(
        std::fs::metadata(dir.path().join("m.db-wal")).is_ok(),
        "WAL mode"
    );
    drop(s);
    // A store from a newer entente is refused, not damaged.
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute(
            "INSERT INTO schema_version VALUES (99, 'future', 'now')",
            [],
        )
        .unwrap();
    match SqliteStore::open(&path) {
        Err(StoreError::TooNew { found, .. }) => assert_eq!(found, 99),
        Err(e) => panic!("{e}"),
        Ok(_) => panic!("a newer schema was opened"),
    }
}

#[test]
fn ingest_is_idempotent_and_a_changed_document_replaces_its_events() {
    let (_d, mut s, mut c) = loaded();
    let again = pipeline::ingest(&mut s, c.docs(), &c.extract(), "v1", &mut ()).unwrap();
    assert_eq!(
        again,
        Summary {
            unchanged: 4,
            ..Default::default()
        }
    );
    assert_eq!(s.stats().unwrap().events, 4);
    // The call document changes: its one event becomes two.
    c.texts[1].1 = "The Indian and Japanese foreign secretaries met twice.".into();
    let recs = c.records.get_mut("call").unwrap();
    recs.events
        .push(event("meeting", "040", "2024-03-06", &["IND", "JPN"]));
    let sum = pipeline::ingest(&mut s, c.docs(), &c.extract(), "v1", &mut ()).unwrap();
    assert_eq!((sum.replaced, sum.unchanged, sum.events), (1, 3, 2));
    let st = s.stats().unwrap();
    assert_eq!((st.documents, st.events), (4, 5));
    assert!(s.check().unwrap().is_empty());
    // The full-text index follows the text.
    assert!(s.search("semiconductors", false, 10).unwrap().is_empty());
    assert_eq!(s.search("met twice", false, 10).unwrap().len(), 1);
}

#[test]
fn filters_select_events() {
    let (_d, s, _c) = loaded();
    let q = |f: EventFilter| doc_ids(&s.events(&f).unwrap());
    assert_eq!(q(EventFilter::default()).len(), 4);
    assert_eq!(
        q(EventFilter::default()),
        [
            "foc/intent_to_cooperate",
            "foc/consultation",
            "protest/protest",
            "call/call"
        ],
        "newest first, then latest stored"
    );
    let pair = EventFilter::parse_pair("IND-FRA").unwrap();
    assert_eq!(
        q(EventFilter {
            pair: Some(pair),
            ..Default::default()
        })
        .len(),
        2
    );
    let pair = EventFilter::parse_pair("RUS-DEU").unwrap();
    assert_eq!(
        q(EventFilter {
            pair: Some(pair),
            ..Default::default()
        }),
        ["protest/protest"]
    );
    assert_eq!(
        q(EventFilter {
            countries: vec!["IND".into()],
            kind: Some("call".into()),
            ..Default::default()
        }),
        ["call/call"]
    );
    assert_eq!(
        q(EventFilter {
            countries: vec!["IND".into(), "JPN".into()],
            ..Default::default()
        }),
        ["call/call"]
    );
    assert_eq!(
        q(EventFilter {
            area: Some("civil-nuclear".into()),
            ..Default::default()
        }),
        ["foc/consultation"]
    );
    assert_eq!(
        q(EventFilter {
            person: Some("misri".into()),
            order: Order::OldestFirst,
            ..Default::default()
        }),
        ["call/call", "foc/consultation"]
    );
    assert_eq!(
        q(EventFilter {
            person: Some("nobody".into()),
            ..Default::default()
        })
        .len(),
        0
    );
    assert_eq!(
        q(EventFilter {
            mechanism: Some("office consult".into()),
            ..Default::default()
        }),
        ["foc/consultation"]
    );
    assert_eq!(
        q(EventFilter {
            since: Some("2024-06".into()),
            until: Some("2024".into()),
            ..Default::default()
        }),
        ["protest/protest"],
        "a partial date falls inside its year"
    );
    assert_eq!(
        q(EventFilter {
            text: Some("civil nuclear".into()),
            ..Default::default()
        })
        .len(),
        2
    );
    assert_eq!(
        q(EventFilter {
            text: Some("nuclear civil".into()),
            ..Default::default()
        })
        .len(),
        0,
        "plain words are a phrase"
    );
    assert_eq!(
        q(EventFilter {
            limit: Some(1),
            ..Default::default()
        })
        .len(),
        1
    );
    let e = &s
        .events(&EventFilter {
            area: Some("defence".into()),
            ..Default::default()
        })
        .unwrap()[0];
    assert_eq!(e.event.participants[1].name, "Anne-Marie Descôtes");
    assert_eq!(e.event.countries, ["FRA", "IND"]);
    assert_eq!(e.event.round, Some(17));
    assert_eq!(e.extractor, "v1");
}

#[test]
fn actors_are_ranked_with_their_offices() {
    let (_d, s, _c) = loaded();
    let a = s.actors(&EventFilter::default(), 10).unwrap();
    assert_eq!(a[0].name, "Vikram Misri");
    assert_eq!(a[0].events, 2);
    assert_eq!(a[0].offices, [("Foreign Secretary".to_string(), 2)]);
    let jp = EventFilter {
        countries: vec!["JPN".into()],
        ..Default::default()
    };
    assert_eq!(s.actors(&jp, 10).unwrap().len(), 1);
}

#[test]
fn full_text_search_finds_documents_with_snippets() {
    let (_d, s, _c) = loaded();
    let hits = s.search("civil nuclear", false, 10).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].doc, "foc");
    assert!(
        hits[0].snippet.contains("[civil nuclear]"),
        "{}",
        hits[0].snippet
    );
    assert_eq!(hits[0].events, 2);
    // Case is folded; raw syntax passes through (prefixes, OR).
    assert_eq!(s.search("SUMMONED", false, 10).unwrap()[0].doc, "protest");
    assert!(
        s.search("summon", false, 10).unwrap().is_empty(),
        "words, not stems"
    );
    assert_eq!(s.search("summon*", true, 10).unwrap()[0].doc, "protest");
    assert_eq!(
        s.search("budget OR semiconductors", true, 10)
            .unwrap()
            .len(),
        2
    );
    let bad = s.search("\"unbalanced", true, 10);
    assert!(matches!(bad, Err(StoreError::Search { .. })), "{bad:?}");
    assert!(
        s.search("India-France", false, 10).is_ok(),
        "punctuation is no syntax"
    );
    assert_eq!(
        s.search("gdansk", false, 10).unwrap().len(),
        1,
        "diacritics are folded"
    );
}

struct Codes;
impl CodeBook for Codes {
    fn goldstein(&self, cameo: &str) -> Option<f64> {
        (cameo == "040").then_some(1.0)
    }
    fn actor_name(&self, code: &str) -> Option<String> {
        Some(
            match code {
                "FRA" => "France",
                "IND" => "India",
                _ => return None,
            }
            .into(),
        )
    }
    fn is_state(&self, code: &str) -> bool {
        code != "EUR"
    }
}

#[test]
fn exports_write_records_csv_and_gdelt() {
    let (_d, s, c) = loaded();
    let mut out = Vec::new();
    assert_eq!(
        export::export(&s, Format::Jsonl, &mut out, &Codes).unwrap(),
        4
    );
    let lines: Vec<DocRecord> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    for r in &lines {
        assert_eq!(r, &c.records[&r.id], "records come back as they went in");
    }
    let mut out = Vec::new();
    assert_eq!(
        export::export(&s, Format::Csv, &mut out, &Codes).unwrap(),
        4
    );
    let csv = String::from_utf8(out).unwrap();
    assert!(csv.starts_with("event_id,event_key,doc,doc_published,type,cameo,date,"));
    assert!(csv.contains("Vikram Misri (Foreign Secretary, IND, co-chair); Anne-Marie Descôtes"));
    let mut out = Vec::new();
    assert_eq!(
        export::export(&s, Format::Gdelt, &mut out, &Codes).unwrap(),
        4
    );
    let tsv = String::from_utf8(out).unwrap();
    let rows: Vec<Vec<&str>> = tsv.lines().map(|l| l.split('\t').collect()).collect();
    assert!(rows.iter().all(|r| r.len() == 61));
    assert_eq!(gdelt::COLUMNS.len(), 61);
    assert_eq!(gdelt::COLUMNS[1], "SQLDATE");
    assert_eq!(gdelt::COLUMNS[26], "EventCode");
    assert_eq!(gdelt::COLUMNS[59], "DATEADDED");
    let col = |n: &str| gdelt::COLUMNS.iter().position(|c| *c == n).unwrap();
    let foc = &rows[0];
    assert_eq!(foc[col("SQLDATE")], "20250120");
    assert_eq!(foc[col("MonthYear")], "202501");
    assert_eq!(foc[col("Actor1Code")], "FRA");
    assert_eq!(foc[col("Actor1Name")], "FRANCE");
    assert_eq!(foc[col("Actor1CountryCode")], "FRA");
    assert_eq!(foc[col("Actor2Code")], "IND");
    assert_eq!(foc[col("EventRootCode")], "04");
    assert_eq!(foc[col("QuadClass")], "1");
    assert_eq!(foc[col("GoldsteinScale")], "1.0");
    assert_eq!(foc[col("IsRootEvent")], "1");
    assert_eq!(foc[col("ActionGeo_Type")], "4");
    assert_eq!(foc[col("ActionGeo_FullName")], "Paris, France");
    assert_eq!(foc[col("DATEADDED")].len(), 14);
    assert_eq!(foc[col("SOURCEURL")], "foc");
    let protest = rows.iter().find(|r| r[col("EventCode")] == "140").unwrap();
    assert_eq!(protest[col("Actor1Code")], "DEU");
    assert_eq!(protest[col("Actor2Code")], "RUS");
    assert_eq!(protest[col("QuadClass")], "4");
    assert_eq!(
        protest[col("SQLDATE")],
        "20250121",
        "partial date: the publication date"
    );
}

#[derive(Default)]
struct Log(Vec<String>, u64);
impl Observer for Log {
    fn failed(&mut self, m: &str) {
        self.0.push(m.to_string());
    }
    fn progress(&mut self, s: &Summary) {
        self.1 = s.processed();
    }
}

#[test]
fn bad_documents_and_extractor_panics_are_reported_and_skipped() {
    let (_d, mut s) = store();
    let docs = vec![
        Ok(Document::new("a", "Fine text.")),
        Err("b.txt: not valid UTF-8".to_string()),
        Ok(Document::new("boom", "This one breaks the extractor.")),
        Ok(Document::new("c", "More fine text.")),
    ];
    let extract = |d: Document| {
        if d.id == "boom" {
            panic!("rule bug");
        }
        record(
            &d.id,
            vec![event("meeting", "040", "2025-01-01", &["FRA", "IND"])],
        )
    };
    let mut log = Log::default();
    let sum =
        pipeline::ingest_batched(&mut s, docs.into_iter(), &extract, "v1", 1, &mut log).unwrap();
    assert_eq!((sum.new, sum.failed, sum.events), (2, 2, 2));
    assert_eq!(log.1, 4);
    assert!(log.0[0].starts_with("b.txt"));
    assert!(
        log.0[1].contains("boom: extraction failed: rule bug"),
        "{:?}",
        log.0
    );
    assert!(s.check().unwrap().is_empty());
}

/// Records, after each batch, how far reading has got ahead of what the
/// run has dealt with.
struct ReadAhead {
    pulled: std::sync::Arc<std::sync::atomic::AtomicU64>,
    most: u64,
    batches: u64,
}
impl Observer for ReadAhead {
    fn progress(&mut self, s: &Summary) {
        let pulled = self.pulled.load(std::sync::atomic::Ordering::SeqCst);
        self.most = self.most.max(pulled - s.processed());
        self.batches += 1;
    }
}

/// Memory stays at a few batches however many documents come: reading
/// waits for the writer (a bounded queue), and an unchanged pass holds no
/// more than the batch it is checking. Structural, not timed: the writer
/// reports batch k-2 before it takes batch k-1, and the reader cannot hand
/// over batch k before then; with batch k+1 read meanwhile, at most three
/// batches are ever read and not yet counted.
#[test]
fn ingest_reads_at_most_three_batches_ahead_of_the_writer() {
    use std::sync::atomic::{AtomicU64, Ordering};
    const BATCH: usize = 8;
    const N: usize = 40 * BATCH;
    let (_d, mut s) = store();
    let pulled = std::sync::Arc::new(AtomicU64::new(0));
    let docs = |pulled: std::sync::Arc<AtomicU64>| {
        (0..N).map(move |i| {
            pulled.fetch_add(1, Ordering::SeqCst);
            Ok::<_, String>(Document::new(format!("d{i}"), format!("Text number {i}.")))
        })
    };
    let extract = |d: Document| {
        record(
            &d.id,
            vec![event("meeting", "040", "2025-01-01", &["FRA", "IND"])],
        )
    };
    for (pass, expect_new) in [("first", N as u64), ("unchanged", 0)] {
        pulled.store(0, Ordering::SeqCst);
        let mut obs = ReadAhead {
            pulled: pulled.clone(),
            most: 0,
            batches: 0,
        };
        let sum = pipeline::ingest_batched(
            &mut s,
            docs(pulled.clone()),
            &extract,
            "v1",
            BATCH,
            &mut obs,
        )
        .unwrap();
        assert_eq!(sum.new, expect_new, "{pass}");
        assert_eq!(sum.processed(), N as u64, "{pass}");
        assert!(
            obs.most <= 3 * BATCH as u64,
            "{pass} pass: {} documents read and not yet dealt with",
            obs.most
        );
        assert!(obs.batches >= (N / BATCH) as u64, "{pass}: {}", obs.batches);
    }
}

#[test]
fn reextract_rewrites_stale_documents_only() {
    let (_d, mut s, c) = loaded();
    let ex = c.extract();
    let v2 = |d: Document| {
        let mut r = ex(d);
        for e in &mut r.events {
            e.areas.push("trade".into());
        }
        r
    };
    assert_eq!(s.count_documents(Some("v2")).unwrap(), 4);
    let sum = pipeline::reextract(&mut s, &v2, "v2", false, &mut ()).unwrap();
    assert_eq!((sum.replaced, sum.events), (4, 4));
    assert_eq!(s.count_documents(Some("v2")).unwrap(), 0);
    let again = pipeline::reextract(&mut s, &v2, "v2", false, &mut ()).unwrap();
    assert_eq!(again.processed(), 0);
    let trade = EventFilter {
        area: Some("trade".into()),
        ..Default::default()
    };
    let events = s.events(&trade).unwrap();
    assert_eq!(events.len(), 4);
    assert!(events.iter().all(|e| e.extractor == "v2"));
    // Event keys survive re-extraction; row ids do not need to.
    let keys: Vec<_> = events.iter().map(|e| e.event_key.clone()).collect();
    let all = pipeline::reextract(&mut s, &v2, "v2", true, &mut ()).unwrap();
    assert_eq!(all.replaced, 4);
    let again: Vec<_> = s
        .events(&trade)
        .unwrap()
        .into_iter()
        .map(|e| e.event_key)
        .collect();
    assert_eq!(keys, again);
    assert_eq!(s.search("summoned", false, 5).unwrap().len(), 1);
    assert!(s.check().unwrap().is_empty());
}

#[test]
fn real_extraction_round_trips_through_the_store() {
    let kb = entente_kb::Kb::bundled().unwrap();
    let ex = entente_extract::Extractor::new(&kb);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus/dev");
    let mut docs: Vec<Document> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            let id = p.file_stem().unwrap().to_string_lossy().into_owned();
            Document::new(id, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    docs.sort_by(|a, b| a.id.cmp(&b.id));
    let expected: Vec<DocRecord> = docs.iter().map(|d| ex.extract(d.clone())).collect();
    let (_d, mut s) = store();
    let extract = |d: Document| ex.extract(d);
    let it = docs.clone().into_iter().map(Ok::<_, String>);
    let sum = pipeline::ingest(
        &mut s,
        it,
        &extract,
        entente_extract::EXTRACTOR_VERSION,
        &mut (),
    )
    .unwrap();
    assert_eq!(sum.new as usize, docs.len());
    let mut out = Vec::new();
    export::export(&s, Format::Jsonl, &mut out, &export::NoCodes).unwrap();
    let got: Vec<DocRecord> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(got, expected);
}
