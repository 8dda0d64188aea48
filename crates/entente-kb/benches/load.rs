//! Knowledge-base load time and memory: parse, validate and compile the
//! bundled TOML (about 6,000 surface forms) into the gazetteer.
//!
//!     cargo bench -p entente-kb --bench load
//!
//! Prints the median and worst of 30 loads and the process's peak resident
//! memory (VmHWM) after them.

use std::time::Instant;

fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

fn main() {
    let mut times = Vec::new();
    let mut forms = 0;
    for _ in 0..30 {
        let t = Instant::now();
        let kb = entente_kb::Kb::bundled().expect("bundled KB loads");
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        forms = kb.gazetteer().len();
    }
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!(
        "kb load: median {:.1} ms, worst {:.1} ms over {} loads ({} surface forms); peak RSS {} MB",
        times[times.len() / 2],
        times[times.len() - 1],
        times.len(),
        forms,
        peak_rss_kb().map_or("?".into(), |k| format!("{:.1}", k as f64 / 1024.0))
    );
}
