//! Failure ingestion throughput on real captured pytest and vitest output, repeated to ~8 MB.
//! Run: `cargo bench -p maestro-benches --bench ingest`.
#![allow(clippy::unwrap_used)]

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use maestro_benches::Clock;
use maestro_test_healer::failure::{parse, Runner};

fn corpus(name: &str) -> String {
    let path = format!("{}/../core/tests/data/outputs/{name}", env!("CARGO_MANIFEST_DIR"));
    let one = std::fs::read_to_string(&path).unwrap();
    let mut out = String::with_capacity(8 << 20);
    while out.len() < 8 << 20 {
        out.push_str(&one);
    }
    out
}

fn bench(c: &mut Criterion<Clock>) {
    let mut group = c.benchmark_group("ingest");
    group.sample_size(10);
    for (name, runner) in [("pytest-default.txt", Runner::Pytest), ("vitest-default.txt", Runner::Vitest)] {
        let text = corpus(name);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| b.iter(|| parse(&text, Some(runner)).unwrap().len()));
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = maestro_benches::criterion();
    targets = bench
}
criterion_main!(benches);
