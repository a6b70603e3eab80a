//! The change model's cost: building the symbol-level delta ([`maestro_test_healer::change::diff`]) for a change
//! of 50 files and at least 5,000 changed lines (25 Python and 25 TypeScript modules of 25 functions; every
//! function changes: renamed, a default removed, a parameter renamed, its constant and literals changed: 6,250
//! changed lines, 3,750 deltas). Parsing both versions is included: it is what the healer pays per run.
//! Run: `cargo bench -p maestro-benches --bench change`.
#![allow(clippy::unwrap_used)]

use criterion::{criterion_group, criterion_main, Criterion};
use maestro_benches::Clock;
use maestro_test_healer::change::{diff, FileVersions};
use maestro_test_healer::lang::forget_parses;

/// One Python module of 25 functions (8 lines each, 200 lines) before and after; 100 lines differ.
fn python(i: usize) -> (String, String) {
    let (mut old, mut new) = (String::new(), String::new());
    for f in 0..25 {
        let changed = f < 25; // every block: 5,000+ changed lines over the 50 files
        old.push_str(&format!(
            "RATE_{f} = 0.0{f}\n\ndef price_{i}_{f}(amount, qty=1, rate=RATE_{f}):\n    total = amount * qty\n    if total > {f}:\n        total -= 1\n    return total * (1 + rate)\n\n"
        ));
        if changed {
            // Renamed, default removed, parameter renamed, constant changed: every line of the block differs.
            new.push_str(&format!(
                "RATE_{f} = 0.1{f}\n\ndef compute_{i}_{f}(amount, quantity, rate=RATE_{f}):\n    total = amount * quantity\n    if total > {f} + 1:\n        total -= 2\n    return total * (1.0 + rate)\n\n"
            ));
        } else {
            new.push_str(&format!(
                "RATE_{f} = 0.0{f}\n\ndef price_{i}_{f}(amount, qty=1, rate=RATE_{f}):\n    total = amount * qty\n    if total > {f}:\n        total -= 1\n    return total * (1 + rate)\n\n"
            ));
        }
    }
    (old, new)
}

/// One TypeScript module of 25 functions (8 lines each) before and after; 100 lines differ.
fn typescript(i: usize) -> (String, String) {
    let (mut old, mut new) = (String::new(), String::new());
    for f in 0..25 {
        let block = |name: &str, qty: &str, default: &str, limit: usize, rate: &str| {
            format!(
                "export const RATE_{f} = {rate};\n\nexport function {name}(amount: number, {qty}: number{default}): number {{\n  let total = amount * {qty};\n  if (total > {limit}) total -= 1;\n  return total * (1 + RATE_{f});\n}}\n\n"
            )
        };
        old.push_str(&block(&format!("price{i}x{f}"), "qty", " = 1", f, &format!("0.0{f}")));
        if f < 25 {
            new.push_str(&block(&format!("compute{i}x{f}"), "quantity", "", f + 1, &format!("0.1{f}")));
        } else {
            new.push_str(&block(&format!("price{i}x{f}"), "qty", " = 1", f, &format!("0.0{f}")));
        }
    }
    (old, new)
}

fn change() -> Vec<FileVersions> {
    let mut files = Vec::new();
    for i in 0..25 {
        let (old, new) = python(i);
        files.push(FileVersions::modified(format!("shop/mod_{i}.py"), old, new));
        let (old, new) = typescript(i);
        files.push(FileVersions::modified(format!("src/mod_{i}.ts"), old, new));
    }
    files
}

fn changed_lines(files: &[FileVersions]) -> usize {
    files
        .iter()
        .map(|f| {
            let (a, b) = (f.old.as_deref().unwrap_or(""), f.new.as_deref().unwrap_or(""));
            a.lines().zip(b.lines()).filter(|(x, y)| x != y).count()
        })
        .sum()
}

fn bench(c: &mut Criterion<Clock>) {
    let files = change();
    let lines = changed_lines(&files);
    assert!(lines >= 5_000, "the change must touch at least 5,000 lines, got {lines}");
    let delta = diff(&files);
    println!("change: {} files, {lines} changed lines, {} deltas", files.len(), delta.deltas.len());
    let mut group = c.benchmark_group("change");
    group.bench_function("delta_50_files_5000_lines", |b| {
        b.iter(|| {
            // Parses are remembered per thread; forget them so every iteration pays for both versions.
            forget_parses();
            diff(std::hint::black_box(&files))
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = maestro_benches::criterion();
    targets = bench
}
criterion_main!(benches);
