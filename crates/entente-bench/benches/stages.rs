//! Criterion benches of each pipeline stage, over the same 64 generated
//! documents (default shape, seed 7, about 350 KB), in bytes per second of
//! document text, so stages can be compared with each other and with the
//! end-to-end figure.
//!
//!     cargo bench -p entente-bench --bench stages
//!     cargo bench -p entente-bench --bench stages -- gazetteer   # one stage

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use entente_bench::Generator;
use entente_extract::{actors, dates, mentions, statements, triggers, Extractor};
use entente_ingest::{header, prepare, segment, Prepared};
use entente_kb::Kb;

fn anchor(p: &Prepared) -> Option<chrono::NaiveDate> {
    p.dateline.as_ref().and_then(|d| d.day).or(p.published)
}

fn stages(c: &mut Criterion) {
    let kb = Kb::bundled().expect("bundled KB");
    let docs: Vec<_> = Generator::new(&kb, 7)
        .docs(64)
        .map(|d| d.to_document())
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let prepared: Vec<Prepared> = docs.iter().map(|d| prepare(d.clone(), &kb)).collect();
    let headers: Vec<_> = docs.iter().map(|d| header::analyse(&d.text, &kb)).collect();
    let found: Vec<_> = prepared.iter().map(|p| mentions::find(&kb, p)).collect();
    let ex = Extractor::new(&kb);

    let mut g = c.benchmark_group("stage");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(20);

    g.bench_function("header", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(header::analyse(&d.text, &kb));
            }
        })
    });
    g.bench_function("segment", |b| {
        b.iter(|| {
            for (d, h) in docs.iter().zip(&headers) {
                black_box(segment::sentences(&d.text, h.body_start, &h.skip));
            }
        })
    });
    g.bench_function("gazetteer", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(kb.gazetteer().find(&d.text));
            }
        })
    });
    g.bench_function("mentions", |b| {
        b.iter(|| {
            for p in &prepared {
                black_box(mentions::find(&kb, p));
            }
        })
    });
    g.bench_function("actors", |b| {
        b.iter(|| {
            for (p, m) in prepared.iter().zip(&found) {
                black_box(actors::resolve(&kb, p, m, anchor(p)));
            }
        })
    });
    g.bench_function("dates", |b| {
        b.iter(|| {
            for p in &prepared {
                for (i, s) in p.sentences.iter().enumerate() {
                    black_box(dates::in_sentence(p.sentence(i), s.start, anchor(p), false));
                }
            }
        })
    });
    g.bench_function("triggers", |b| {
        b.iter(|| {
            for p in &prepared {
                for i in 0..p.sentences.len() {
                    black_box(triggers::find(p.sentence(i)));
                }
            }
        })
    });
    g.bench_function("quotes", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(statements::quotes(&d.text));
            }
        })
    });
    g.bench_function("extract_prepared", |b| {
        b.iter(|| {
            for p in &prepared {
                black_box(ex.extract_prepared(p));
            }
        })
    });
    g.bench_function("extract", |b| {
        // cloning the input is not part of the work measured
        b.iter_batched(
            || docs.clone(),
            |docs| {
                for d in docs {
                    black_box(ex.extract(d));
                }
            },
            BatchSize::LargeInput,
        )
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
