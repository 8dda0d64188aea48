//! Small measuring helpers shared by the bench binaries.

/// The process's peak resident memory so far, in KiB (`VmHWM`), on Linux.
pub fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

/// Decimal megabytes per second, as throughput is usually quoted.
pub fn mb_per_s(bytes: usize, secs: f64) -> f64 {
    bytes as f64 / 1e6 / secs
}

/// CPU time of the calling thread so far, in seconds, from
/// `/proc/thread-self/schedstat` (nanoseconds on CPU), on Linux. Unlike
/// wall time it does not grow when other processes share the cores, so it
/// is the per-core figure on a busy machine.
pub fn thread_cpu_secs() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns as f64 / 1e9)
}
