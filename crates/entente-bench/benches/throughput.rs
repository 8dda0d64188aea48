//! End-to-end extraction throughput, its scaling and peak memory.
//!
//!     cargo bench -p entente-bench --bench throughput
//!     cargo bench -p entente-bench --bench throughput -- --docs 2000 --counts 1000,10000,100000
//!
//! Single-threaded `Extractor::extract` (prepare + every stage + record
//! building, not JSON output), timed per batch of 1,000 generated documents;
//! generating a batch is not timed, and batches are dropped after use so
//! peak memory reflects extraction, not the corpus.
//!
//! Times are this thread's CPU time (the per-core figure, robust to other
//! processes on the machine), with wall time beside them.
//!
//! Prints: knowledge-base load (median of 5); MB/s over the default corpus
//! (0.5–20 KB, seed 7); µs per document and MB/s by document size (1, 4,
//! 16 KB); the same by document count; and the peak resident memory of each
//! part (VmHWM, reset between parts through /proc/self/clear_refs).
//!
//! `--profile` only loads the knowledge base once and extracts the default
//! corpus (`--docs N`), for running under `perf record` or callgrind.

use std::time::Instant;

use entente_bench::measure::{mb_per_s, peak_rss_kib, thread_cpu_secs};
use entente_bench::{Generator, Shape};
use entente_extract::Extractor;
use entente_kb::Kb;

const SEED: u64 = 7;
const BATCH: u64 = 1000;

struct Run {
    docs: u64,
    bytes: usize,
    /// wall-clock seconds
    secs: f64,
    /// this thread's CPU seconds (equal to `secs` on an idle machine)
    cpu: f64,
    events: usize,
}

/// Extracts documents `0..n` of `g`, timing only extraction.
fn run(ex: &Extractor, g: &Generator, n: u64) -> Run {
    let mut r = Run {
        docs: n,
        bytes: 0,
        secs: 0.0,
        cpu: 0.0,
        events: 0,
    };
    let mut start = 0;
    while start < n {
        let batch: Vec<_> = (start..(start + BATCH).min(n))
            .map(|i| g.doc(i).to_document())
            .collect();
        r.bytes += batch.iter().map(|d| d.text.len()).sum::<usize>();
        let (t, c) = (Instant::now(), thread_cpu_secs());
        for d in batch {
            // keep the record alive long enough that the work is not elided
            r.events += std::hint::black_box(ex.extract(d)).events.len();
        }
        let wall = t.elapsed().as_secs_f64();
        r.secs += wall;
        r.cpu += c.zip(thread_cpu_secs()).map_or(wall, |(a, b)| b - a);
        start += BATCH;
    }
    r
}

/// Starts a new peak-memory window (Linux ≥ 4.0; ignored elsewhere).
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn peak_mb() -> String {
    peak_rss_kib().map_or("?".into(), |k| format!("{:.1} MB", k as f64 / 1024.0))
}

fn print(label: &str, r: &Run) {
    println!(
        "{label:<16} {:>7} docs {:>7.1} MB  cpu {:>6.2} s {:>7.1} µs/doc {:>6.2} MB/s  (wall {:>6.2} s {:>6.2} MB/s)  {:>6} events  peak RSS {}",
        r.docs,
        r.bytes as f64 / 1e6,
        r.cpu,
        r.cpu * 1e6 / r.docs as f64,
        mb_per_s(r.bytes, r.cpu),
        r.secs,
        mb_per_s(r.bytes, r.secs),
        r.events,
        peak_mb()
    );
}

fn arg(name: &str) -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

fn main() {
    let docs: u64 = arg("--docs").map_or(2000, |s| s.parse().expect("--docs N"));
    let counts: Vec<u64> = arg("--counts")
        .unwrap_or_else(|| "1000,10000,100000".into())
        .split(',')
        .map(|s| s.parse().expect("--counts N,N,..."))
        .collect();

    if std::env::args().any(|a| a == "--profile") {
        let kb = Kb::bundled().expect("bundled KB");
        let ex = Extractor::new(&kb);
        print("profile run", &run(&ex, &Generator::new(&kb, SEED), docs));
        return;
    }

    let mut loads = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        drop(Kb::bundled().expect("bundled KB"));
        loads.push(t.elapsed().as_secs_f64() * 1e3);
    }
    loads.sort_by(|a, b| a.total_cmp(b));
    println!("knowledge-base load: median {:.1} ms of 5", loads[2]);

    let kb = Kb::bundled().expect("bundled KB");
    let ex = Extractor::new(&kb);
    // warm the lazily compiled regexes and trigger lexicon
    run(&ex, &Generator::new(&kb, SEED + 1), 50);

    println!("\n== corpus (0.5–20 KB, seed {SEED}), single thread");
    reset_peak();
    print("default shape", &run(&ex, &Generator::new(&kb, SEED), docs));

    println!("\n== by document size (same bytes per size)");
    for kib in [1usize, 4, 16] {
        let g = Generator::new(&kb, SEED).with_shape(Shape::around(kib * 1024));
        // about 8 MB of text per size, so every size gets the same work
        let n = (8_000_000 / (kib * 1024)) as u64;
        reset_peak();
        print(&format!("{kib} KB"), &run(&ex, &g, n));
    }

    println!("\n== by document count (1 KB documents)");
    let g = Generator::new(&kb, SEED).with_shape(Shape::around(1024));
    for n in counts {
        reset_peak();
        print(&format!("{n} docs"), &run(&ex, &g, n));
    }
}
