//! Store benchmarks: ingest throughput (extraction included) and event
//! query latency on a store of a million events.
//!
//!     cargo bench -p entente-store --bench store
//!
//! Settings (environment): `BENCH_DOCS` documents to ingest (20,000),
//! `BENCH_EVENTS` events in the query store (1,000,000), `BENCH_STORE` a
//! path to keep the query store between runs (default: a temporary file),
//! `BENCH_QUERY_RUNS` runs per query kind (60), `BENCH_STAGES=0` to skip
//! timing extraction and writing each alone. Rayon uses one thread per
//! core (`RAYON_NUM_THREADS` to change). `BENCH_WRITE_DOCS=DIR` only writes
//! the generated documents to DIR as .txt files (to time `entente ingest`).
//!
//! Part 1 generates typical ~2 KB wire stories from templates, loads the
//! bundled knowledge base, and ingests them with the real extractor through
//! `pipeline::ingest`, as `entente ingest` does, then ingests them again
//! (all unchanged), then times extraction and `write_batch` each alone,
//! chunk by chunk. Part 2 writes synthetic records through
//! `Store::write_batch` (the same write path, without extraction) and times
//! `Store::events` for several filter combinations, each run with varied
//! values.
//!
//! Memory is reported per phase: the kernel's peak resident set (`VmHWM`,
//! reset at the start of each phase through `/proc/self/clear_refs`) and,
//! from a thread sampling `/proc/self/status` every 20 ms, the largest
//! anonymous (heap, SQLite's page caches) and file-backed (the binary;
//! store pages mapped by SQLite, were `mmap_size` set) parts. Documents are
//! generated as they are read, never all held at once, so every figure is
//! the pipeline's own, whatever `BENCH_DOCS` is.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use entente_core::record::{DocRecord, EventRecord, Evidence, Participant, Place};
use entente_core::Document;
use entente_store::{
    content_hash, pipeline, EventFilter, Extracted, SqliteStore, Store, WriteMode,
};

fn main() {
    let docs: usize = env("BENCH_DOCS", 20_000);
    let events: usize = env("BENCH_EVENTS", 1_000_000);
    let runs: usize = env("BENCH_QUERY_RUNS", 60);
    if let Some(dir) = std::env::var_os("BENCH_WRITE_DOCS") {
        let mut r = Rng(7);
        std::fs::create_dir_all(&dir).unwrap();
        for i in 0..docs {
            let d = story(&mut r, i);
            std::fs::write(PathBuf::from(&dir).join(format!("{}.txt", d.id)), d.text).unwrap();
        }
        println!(
            "wrote {docs} documents to {}",
            PathBuf::from(&dir).display()
        );
        return;
    }
    println!(
        "machine: {} cores, rayon threads {}",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        rayon::current_num_threads()
    );
    let mem = Memory::watch();
    ingest(docs, &mem);
    mem.reset();
    queries(events, runs);
    println!("queries: {}", mem.peak());
}

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.replace('_', "").parse().ok())
        .unwrap_or(default)
}

/// A field of `/proc/self/status` in kB.
fn status_kb(status: &str, field: &str) -> u64 {
    status
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|k| k.parse().ok())
        .unwrap_or(0)
}

/// Peak memory of a phase: the kernel's `VmHWM`, and the largest
/// anonymous and file-backed resident sizes seen by a sampling thread.
struct Memory {
    anon: Arc<AtomicU64>,
    file: Arc<AtomicU64>,
}

impl Memory {
    fn watch() -> Memory {
        let m = Memory {
            anon: Arc::default(),
            file: Arc::default(),
        };
        let (anon, file) = (m.anon.clone(), m.file.clone());
        std::thread::spawn(move || loop {
            let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
            anon.fetch_max(status_kb(&s, "RssAnon:"), Ordering::Relaxed);
            file.fetch_max(status_kb(&s, "RssFile:"), Ordering::Relaxed);
            std::thread::sleep(Duration::from_millis(20));
        });
        m
    }

    /// Starts a new phase: peaks from now on.
    fn reset(&self) {
        // "5" resets VmHWM to the current resident size (Linux 4.0+).
        let _ = std::fs::write("/proc/self/clear_refs", "5");
        let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        self.anon
            .store(status_kb(&s, "RssAnon:"), Ordering::Relaxed);
        self.file
            .store(status_kb(&s, "RssFile:"), Ordering::Relaxed);
    }

    fn peak(&self) -> String {
        let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        let mb = |kb: u64| kb as f64 / 1024.0;
        format!(
            "peak RSS {:.0} MB (largest seen: {:.0} MB anonymous, {:.0} MB file-backed); now {:.0} MB",
            mb(status_kb(&s, "VmHWM:")),
            mb(self.anon.load(Ordering::Relaxed)),
            mb(self.file.load(Ordering::Relaxed)),
            mb(status_kb(&s, "VmRSS:")),
        )
    }
}

/// CPU seconds used by the process so far (user + system), which the
/// other processes of a shared machine do not inflate as they do wall time.
fn cpu_secs() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = stat.rsplit(')').next().unwrap_or("");
    let f: Vec<f64> = after
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|x| x.parse().ok())
        .collect();
    f.iter().sum::<f64>() / 100.0
}

/// SplitMix64: deterministic variety without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
    /// Index below `n` with weight falling as 1/(i+1): a few common, many
    /// rare. Harmonic numbers are cached per `n`.
    fn zipf(&mut self, n: usize) -> usize {
        thread_local! {
            static CDF: std::cell::RefCell<std::collections::HashMap<usize, Vec<f64>>> =
                Default::default();
        }
        let x = (self.next() % 1_000_000) as f64 / 1_000_000.0;
        CDF.with(|c| {
            let mut c = c.borrow_mut();
            let cdf = c.entry(n).or_insert_with(|| {
                let mut acc = 0.0;
                let mut v: Vec<f64> = (1..=n)
                    .map(|i| {
                        acc += 1.0 / i as f64;
                        acc
                    })
                    .collect();
                let h = acc;
                v.iter_mut().for_each(|w| *w /= h);
                v
            });
            cdf.partition_point(|&w| w < x).min(n - 1)
        })
    }
}

const STATES: &[(&str, &str, &str, &str)] = &[
    ("IND", "India", "Indian", "New Delhi"),
    ("FRA", "France", "French", "Paris"),
    ("USA", "the United States", "American", "Washington"),
    ("JPN", "Japan", "Japanese", "Tokyo"),
    ("DEU", "Germany", "German", "Berlin"),
    ("GBR", "the United Kingdom", "British", "London"),
    ("AUS", "Australia", "Australian", "Canberra"),
    ("BRA", "Brazil", "Brazilian", "Brasilia"),
    ("IDN", "Indonesia", "Indonesian", "Jakarta"),
    ("ZAF", "South Africa", "South African", "Pretoria"),
    ("KOR", "South Korea", "South Korean", "Seoul"),
    ("ITA", "Italy", "Italian", "Rome"),
];
const FIRST: &[&str] = &[
    "Elena", "Tomas", "Amara", "Kenji", "Lucia", "Pavel", "Ingrid", "Rahul", "Sofia", "Omar",
    "Marta", "Jonas", "Leila", "Hiro", "Nadia", "Felix",
];
const LAST: &[&str] = &[
    "Varga",
    "Berger",
    "Okoye",
    "Morita",
    "Ferreira",
    "Novak",
    "Solberg",
    "Mehra",
    "Lindqvist",
    "Haddad",
    "Castell",
    "Brandt",
    "Karimi",
    "Sato",
    "Petrova",
    "Aldana",
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
    "health",
    "trade and investment",
    "artificial intelligence",
    "counter-terrorism",
    "climate change",
    "agriculture",
];
const BACKGROUND: &[&str] = &[
    "Bilateral trade between the two countries has grown steadily over the past decade, and officials on both sides expect the figure to rise further as new supply chains take shape.",
    "The partnership was raised to a strategic level more than twenty years ago and now covers some thirty working groups that meet regularly.",
    "Analysts said the meeting reflected a shared interest in stable sea lanes and in diversifying sources of advanced technology.",
    "Several business delegations travelled alongside the official party, and a forum of chief executives was held on the sidelines.",
    "Students from both countries now form one of the largest groups in each other's universities, according to figures released last year.",
    "The talks took place against the background of rising tension in several regions and uncertainty in global energy markets.",
    "Both governments have announced programmes to train young engineers and scientists, with exchanges planned for the coming academic year.",
    "Officials noted that the last round had produced a roadmap whose implementation would be reviewed at the next meeting.",
];

/// A typical wire story of about 2 KB, varied by the generator.
fn story(r: &mut Rng, i: usize) -> Document {
    let a = STATES[r.zipf(STATES.len())];
    let mut b = STATES[r.zipf(STATES.len())];
    while b.0 == a.0 {
        b = *r.pick(STATES);
    }
    let name = |r: &mut Rng| format!("{} {}", r.pick(FIRST), r.pick(LAST));
    let (p, q, s) = (name(r), name(r), name(r));
    let surname = p.rsplit(' ').next().unwrap().to_string();
    let year = 2019 + r.below(7);
    let month = r.below(12);
    let day = 1 + r.below(28);
    let areas: Vec<&str> = (0..4).map(|_| *r.pick(AREAS)).collect();
    let mut text = format!(
        "date {year}-{:02}-{day:02}\n{city}, {mname} {day} (Wire Desk) - {an} and {bn} held talks in {city} on {mname} {day}, \
         with {aadj} Foreign Minister {p} and {badj} Foreign Minister {q} leading their delegations.\n\n\
         The two sides reviewed cooperation in {a0}, {a1} and {a2}, and exchanged views on regional and global issues of mutual interest.\n\n\
         {p} also called on {badj} Defence Minister {s}. Both sides agreed to deepen cooperation in {a3} and to hold the next round in {bcity} next year.\n\n\
         \"We have opened a new chapter in a partnership that matters to both our peoples,\" {surname} said after the talks, \
         adding that the {badj} side had shown great goodwill.\n\n",
        month + 1,
        city = a.3,
        mname = entente_ingest::datetext::MONTHS[month],
        an = cap(a.1),
        bn = b.1,
        aadj = a.2,
        badj = b.2,
        a0 = areas[0],
        a1 = areas[1],
        a2 = areas[2],
        a3 = areas[3],
        bcity = b.3,
    );
    while text.len() < 1900 {
        let sentence = BACKGROUND[r.below(BACKGROUND.len())];
        text.push_str(sentence);
        text.push(' ');
    }
    text.push('\n');
    Document::new(format!("bench-{i:06}"), text)
}

fn cap(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn ingest(n: usize, mem: &Memory) {
    let kb = entente_kb::Kb::bundled().expect("bundled KB");
    let ex = entente_extract::Extractor::new(&kb);
    let extract = |d: Document| ex.extract(d);
    // Documents are generated as they are read, as files would be, so that
    // the peak memory below is the pipeline's.
    let stories = |seed| {
        let mut r = Rng(seed);
        (0..n).map(move |i| Ok::<_, String>(story(&mut r, i)))
    };
    let bytes: usize = stories(7).map(|d| d.unwrap().text.len()).sum();
    println!(
        "\n== ingest: {n} generated documents, {:.0} bytes on average",
        bytes as f64 / n as f64
    );
    let dir = tempfile::tempdir().unwrap();
    let mut store = SqliteStore::open(&dir.path().join("ingest.db")).unwrap();
    mem.reset();
    println!("before ingest (knowledge base loaded): {}", mem.peak());
    let (t, c) = (Instant::now(), cpu_secs());
    let sum = pipeline::ingest(&mut store, stories(7), &extract, "bench", &mut ()).unwrap();
    let s = t.elapsed().as_secs_f64();
    assert_eq!(sum.new as usize, n);
    println!(
        "ingest (extraction + store, batches of {}): {:.2} s, {:.0} docs/s, {:.0} us CPU per document, {} events stored",
        pipeline::BATCH,
        s,
        n as f64 / s,
        (cpu_secs() - c) * 1e6 / n as f64,
        sum.events
    );
    println!("ingest: {}", mem.peak());
    mem.reset();
    let (t, c) = (Instant::now(), cpu_secs());
    let again = pipeline::ingest(&mut store, stories(7), &extract, "bench", &mut ()).unwrap();
    let s = t.elapsed().as_secs_f64();
    assert_eq!(again.unchanged as usize, n);
    println!(
        "ingest again (all unchanged): {:.2} s, {:.0} docs/s, {:.1} us CPU per document",
        s,
        n as f64 / s,
        (cpu_secs() - c) * 1e6 / n as f64
    );
    println!("ingest again: {}", mem.peak());
    let size = std::fs::metadata(dir.path().join("ingest.db")).map_or(0, |m| m.len())
        + std::fs::metadata(dir.path().join("ingest.db-wal")).map_or(0, |m| m.len());
    println!("store size {:.1} MB", size as f64 / 1e6);
    drop(store);

    if env("BENCH_STAGES", 1) == 0 {
        return;
    }
    // Where the time goes: each stage alone, one chunk of documents at a
    // time (holding all of them would take gigabytes at a million).
    mem.reset();
    let mut store = SqliteStore::open(&dir.path().join("write.db")).unwrap();
    let (mut extract_wall, mut extract_cpu) = (0.0, 0.0);
    let (mut write_wall, mut write_cpu) = (0.0, 0.0);
    let mut docs = stories(7).map(|d| d.unwrap());
    loop {
        let chunk: Vec<Document> = docs.by_ref().take(pipeline::BATCH).collect();
        if chunk.is_empty() {
            break;
        }
        let (t, c) = (Instant::now(), cpu_secs());
        let extracted: Vec<Extracted> = {
            use rayon::prelude::*;
            chunk
                .into_par_iter()
                .map(|d| Extracted {
                    content_hash: content_hash(&d),
                    record: ex.extract(d.clone()),
                    doc: d,
                })
                .collect()
        };
        extract_wall += t.elapsed().as_secs_f64();
        extract_cpu += cpu_secs() - c;
        let (t, c) = (Instant::now(), cpu_secs());
        store
            .write_batch(&extracted, WriteMode::Ingest, "bench")
            .unwrap();
        write_wall += t.elapsed().as_secs_f64();
        write_cpu += cpu_secs() - c;
    }
    println!(
        "extraction alone (parallel, no store): {:.0} docs/s, {:.0} us CPU per document",
        n as f64 / extract_wall,
        extract_cpu * 1e6 / n as f64
    );
    println!(
        "store alone (write_batch of extracted records, one thread): {:.0} docs/s, {:.0} us CPU per document",
        n as f64 / write_wall,
        write_cpu * 1e6 / n as f64
    );
    println!("each stage alone: {}", mem.peak());
}

const KINDS: &[(&str, &str)] = &[
    ("meeting", "040"),
    ("meeting", "040"),
    ("meeting", "040"),
    ("intent_to_cooperate", "030"),
    ("intent_to_cooperate", "030"),
    ("consultation", "040"),
    ("phone_call", "040"),
    ("visit", "042"),
    ("agreement", "057"),
    ("protest", "140"),
];
const SLUGS: &[&str] = &[
    "defence",
    "civil-nuclear",
    "space",
    "cyber-digital",
    "ai",
    "science-technology",
    "energy",
    "climate-environment",
    "health",
    "trade-investment",
    "indo-pacific-maritime",
    "counter-terrorism",
    "education",
    "culture-people",
    "migration-mobility",
    "development",
    "connectivity-infrastructure",
    "agriculture-food",
    "multilateral",
    "global-regional-issues",
];
const CODES: &[&str] = &[
    "USA", "CHN", "IND", "RUS", "FRA", "DEU", "GBR", "JPN", "BRA", "AUS", "CAN", "ITA", "KOR",
    "IDN", "TUR", "SAU", "ZAF", "MEX", "ARG", "EGY", "NGA", "PAK", "BGD", "VNM", "PHL", "THA",
    "MYS", "SGP", "NLD", "ESP", "POL", "UKR", "ISR", "IRN", "ARE", "QAT", "KEN", "ETH", "NZL",
    "NPL", "LKA", "CHL", "COL", "PER", "GRC", "SWE", "NOR", "FIN", "DNK", "AUT",
];
const MECHANISMS: &[&str] = &[
    "Foreign Office Consultations",
    "Strategic Dialogue",
    "Annual Defence Dialogue",
    "Strategic Space Dialogue",
    "Joint Working Group on Counter-Terrorism",
    "Maritime Cooperation Dialogue",
    "2+2 Ministerial Dialogue",
    "Annual Summit",
    "Joint Commission",
    "Trade Policy Forum",
    "Intergovernmental Consultations",
    "Strategic Partnership Council",
];
const WORDS: &[&str] = &[
    "talks",
    "cooperation",
    "ministers",
    "partnership",
    "security",
    "trade",
    "energy",
    "regional",
    "agreed",
    "discussed",
    "delegation",
    "officials",
    "bilateral",
    "summit",
    "investment",
    "technology",
    "maritime",
    "climate",
    "development",
    "dialogue",
];

fn people_pool() -> Vec<(String, String, &'static str)> {
    let mut out = Vec::new();
    for (i, f) in FIRST.iter().enumerate() {
        for (j, l) in LAST.iter().enumerate() {
            for k in 0..20 {
                let country = CODES[(i * 16 + j + k * 7) % CODES.len()];
                let title = [
                    "Foreign Minister",
                    "Prime Minister",
                    "Ambassador",
                    "Defence Minister",
                ][k % 4];
                out.push((format!("{f} {l} {}", roman(k)), country.to_string(), title));
            }
        }
    }
    out
}

fn roman(k: usize) -> String {
    ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"][k % 10].to_string()
        + if k >= 10 { "X" } else { "" }
}

/// One synthetic document with five events.
fn synthetic(r: &mut Rng, i: usize, people: &[(String, String, &str)]) -> Extracted {
    let mut events = Vec::new();
    let a = CODES[r.zipf(CODES.len())];
    let mut b = CODES[r.zipf(CODES.len())];
    while b == a {
        b = *r.pick(CODES);
    }
    let year = 2000 + r.below(26);
    let month = 1 + r.below(12);
    let day = 1 + r.below(28);
    for k in 0..5 {
        let (kind, cameo) = *r.pick(KINDS);
        let mut countries = vec![a.to_string(), b.to_string()];
        if r.below(10) == 0 {
            countries.push(CODES[r.zipf(CODES.len())].to_string());
        }
        countries.sort();
        countries.dedup();
        let date = if r.below(20) == 0 {
            None
        } else if r.below(10) == 0 {
            Some(format!("{year}-{month:02}"))
        } else {
            Some(format!("{year}-{month:02}-{:02}", (day + k).min(28)))
        };
        let participants = (0..r.below(4))
            .map(|_| {
                let (name, country, title) = &people[r.zipf(people.len())];
                Participant {
                    name: name.clone(),
                    title: Some(title.to_string()),
                    country: Some(country.clone()),
                    role: Some("participant".into()),
                }
            })
            .collect();
        let mut areas: Vec<String> = (0..r.below(4)).map(|_| r.pick(SLUGS).to_string()).collect();
        areas.sort();
        areas.dedup();
        events.push(EventRecord {
            kind: kind.into(),
            cameo: cameo.into(),
            date,
            end_date: None,
            place: Some(Place {
                name: "Capital".into(),
                country: Some(a.into()),
            }),
            countries,
            source: None,
            target: None,
            participants,
            mechanism: (r.below(8) == 0).then(|| r.pick(MECHANISMS).to_string()),
            areas,
            evidence: vec![Evidence { start: 0, end: 40 }],
            round: None,
            status: None,
        });
    }
    let mut text: Vec<&str> = (0..30).map(|_| *r.pick(WORDS)).collect();
    if r.below(50) == 0 {
        text.extend(["on", "civil", "nuclear", "energy"]);
    }
    let doc = Document::new(format!("syn-{i:07}"), text.join(" "));
    Extracted {
        content_hash: content_hash(&doc),
        record: DocRecord {
            id: doc.id.clone(),
            published: Some(format!("{year}-{month:02}-28")),
            dateline: None,
            events,
            statements: vec![],
        },
        doc,
    }
}

fn queries(n_events: usize, runs: usize) {
    let (_tmp, path) = match std::env::var_os("BENCH_STORE") {
        Some(p) => (None, PathBuf::from(p)),
        None => {
            let d = tempfile::tempdir().unwrap();
            let p = d.path().join("query.db");
            (Some(d), p)
        }
    };
    let mut store = SqliteStore::open(&path).unwrap();
    let have = store.stats().unwrap().events as usize;
    println!("\n== queries: store {}", path.display());
    if have < n_events {
        let people = people_pool();
        let mut r = Rng(42);
        let t = Instant::now();
        let docs = (n_events - have).div_ceil(5);
        let start = have / 5;
        let mut writing = 0.0;
        for chunk in (0..docs).collect::<Vec<_>>().chunks(2000) {
            let batch: Vec<Extracted> = chunk
                .iter()
                .map(|&i| synthetic(&mut r, start + i, &people))
                .collect();
            let w = Instant::now();
            store
                .write_batch(&batch, WriteMode::Ingest, "bench")
                .unwrap();
            writing += w.elapsed().as_secs_f64();
        }
        println!(
            "write_batch alone: {:.0} events/s ({:.0} documents of 5 events/s)",
            (docs * 5) as f64 / writing,
            docs as f64 / writing
        );
        store.optimize().unwrap();
        let s = t.elapsed().as_secs_f64();
        println!(
            "built: {} synthetic events in {:.1} s ({:.0} events/s through write_batch)",
            docs * 5,
            s,
            (docs * 5) as f64 / s
        );
    }
    let st = store.stats().unwrap();
    let size = std::fs::metadata(&path).map_or(0, |m| m.len());
    println!(
        "store: {} documents, {} events, {} actors, {:.0} MB",
        st.documents,
        st.events,
        st.actors,
        size as f64 / 1e6
    );
    let people = people_pool();
    let mut r = Rng(99);
    type Make = Box<dyn Fn(&mut Rng) -> EventFilter>;
    let code = |r: &mut Rng| CODES[r.zipf(CODES.len())].to_string();
    let kinds: Vec<(&str, Make)> = vec![
        (
            "no filter (latest 100)",
            Box::new(|_| EventFilter::default()),
        ),
        (
            "--country X",
            Box::new(move |r| EventFilter {
                countries: vec![code(r)],
                ..Default::default()
            }),
        ),
        (
            "--pair X-Y",
            Box::new(move |r| EventFilter {
                pair: Some((code(r), code(r))),
                ..Default::default()
            }),
        ),
        (
            "--pair X-Y --type T",
            Box::new(move |r| EventFilter {
                pair: Some((code(r), code(r))),
                kind: Some(r.pick(KINDS).0.to_string()),
                ..Default::default()
            }),
        ),
        (
            "--country X --area A --since Y",
            Box::new(move |r| EventFilter {
                countries: vec![code(r)],
                area: Some(r.pick(SLUGS).to_string()),
                since: Some((2000 + r.below(25)).to_string()),
                ..Default::default()
            }),
        ),
        (
            "--type T --since/--until (one year)",
            Box::new(|r| {
                let y = (2000 + r.below(26)).to_string();
                EventFilter {
                    kind: Some(r.pick(KINDS).0.to_string()),
                    since: Some(y.clone()),
                    until: Some(y),
                    ..Default::default()
                }
            }),
        ),
        (
            "--person P",
            Box::new(move |r| {
                let p = &people[r.below(people.len())].0;
                EventFilter {
                    person: Some(p.clone()),
                    ..Default::default()
                }
            }),
        ),
        (
            "--mechanism M",
            Box::new(|r| EventFilter {
                mechanism: Some(
                    r.pick(MECHANISMS)
                        .split(' ')
                        .take(2)
                        .collect::<Vec<_>>()
                        .join(" "),
                ),
                ..Default::default()
            }),
        ),
        (
            "--text \"civil nuclear\" --country X",
            Box::new(move |r| EventFilter {
                text: Some("civil nuclear".into()),
                countries: vec![code(r)],
                ..Default::default()
            }),
        ),
        (
            "--country X --type T --area A --until Y",
            Box::new(move |r| EventFilter {
                countries: vec![code(r)],
                kind: Some(r.pick(KINDS).0.to_string()),
                area: Some(r.pick(SLUGS).to_string()),
                until: Some((2001 + r.below(25)).to_string()),
                ..Default::default()
            }),
        ),
    ];
    println!(
        "{:<44} {:>9} {:>9} {:>9} {:>7}",
        "query (limit 100)", "p50 ms", "p95 ms", "max ms", "rows"
    );
    let mut all = Vec::new();
    for (name, make) in &kinds {
        let mut times = Vec::new();
        let mut rows = 0;
        for _ in 0..runs {
            let mut f = make(&mut r);
            f.limit = Some(100);
            let t = Instant::now();
            rows += store.events(&f).unwrap().len();
            times.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        all.extend(&times);
        let (p50, p95, max) = percentiles(&mut times);
        println!(
            "{name:<44} {p50:>9.2} {p95:>9.2} {max:>9.2} {:>7}",
            rows / runs
        );
    }
    let (p50, p95, max) = percentiles(&mut all);
    println!(
        "{:<44} {p50:>9.2} {p95:>9.2} {max:>9.2}",
        "all of the above"
    );
    // Timelines return every event of a pair, not the first 100.
    let mut times = Vec::new();
    let mut rows = 0;
    for _ in 0..runs.min(20) {
        let f = EventFilter {
            pair: Some((code(&mut r), code(&mut r))),
            order: entente_store::Order::OldestFirst,
            ..Default::default()
        };
        let t = Instant::now();
        rows += store.events(&f).unwrap().len();
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    let (p50, p95, max) = percentiles(&mut times);
    println!(
        "{:<44} {p50:>9.2} {p95:>9.2} {max:>9.2} {:>7}",
        "timeline --pair X-Y (all events)",
        rows / runs.min(20)
    );
}

fn percentiles(t: &mut [f64]) -> (f64, f64, f64) {
    t.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let at = |q: f64| t[((t.len() as f64 * q).ceil() as usize).clamp(1, t.len()) - 1];
    (at(0.5), at(0.95), t[t.len() - 1])
}
