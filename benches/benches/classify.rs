//! Classification of one failure: features + sparse scoring with the shipped model.
//! `cargo bench -p maestro-benches --bench classify`

use criterion::{criterion_group, criterion_main, Criterion};
use maestro_benches::Clock;
use maestro_test_healer::classify::{classify, features::FeatureInput};
use maestro_test_healer::failure::{parse, Runner};

fn bench(c: &mut Criterion<Clock>) {
    let out =
        "tests/test_cart.py:12: in test_total\n    assert cart.total() == 30\nE   AssertionError: assert 31 == 30\n\
E    +  where 31 = <bound method Cart.total of <shop.cart.Cart object at 0x7f>>()\n\
FAILED tests/test_cart.py::test_total - AssertionError: assert 31 == 30\n========= 1 failed in 0.01s =========\n";
    let failures = parse(out, Some(Runner::Pytest)).unwrap_or_default();
    let Some(failure) = failures.first() else { return };
    c.bench_function("classify one failure", |b| {
        b.iter(|| classify(std::hint::black_box(&FeatureInput::new(failure))))
    });
}

criterion_group! {
    name = benches;
    config = maestro_benches::criterion();
    targets = bench
}
criterion_main!(benches);
