//! Criterion bench of end-to-end extraction by document size: 1, 4 and
//! 16 KB documents (within 5% under), the same total of about 256 KB for
//! each size. Equal bytes per second across sizes means cost linear in size.
//!
//!     cargo bench -p entente-bench --bench by_size

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, Throughput};
use entente_bench::{Generator, Shape};
use entente_extract::Extractor;
use entente_kb::Kb;

fn by_size(c: &mut Criterion) {
    let kb = Kb::bundled().expect("bundled KB");
    let ex = Extractor::new(&kb);
    let mut g = c.benchmark_group("extract_by_size");
    g.sample_size(20);
    for kib in [1usize, 4, 16] {
        let docs: Vec<_> = Generator::new(&kb, 7)
            .with_shape(Shape::around(kib * 1024))
            .docs(256 / kib as u64)
            .map(|d| d.to_document())
            .collect();
        let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_with_input(
            BenchmarkId::from_parameter(format!("{kib}KB")),
            &docs,
            |b, docs| {
                b.iter_batched(
                    || docs.clone(),
                    |docs| {
                        for d in docs {
                            black_box(ex.extract(d));
                        }
                    },
                    BatchSize::LargeInput,
                )
            },
        );
    }
    g.finish();
}

criterion_group!(benches, by_size);
criterion_main!(benches);
