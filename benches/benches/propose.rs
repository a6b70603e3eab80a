//! Proposing fixes for one failure in a large test file, parse included: 1k, 10k and 100k lines, Python and
//! TypeScript, for a syntax error and an assertion mismatch. Run: `cargo bench -p maestro-benches --bench propose`.
#![allow(clippy::unwrap_used)]

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use maestro_benches::Clock;
use maestro_test_healer::context::{Context, GitSignals, SourceCache};
use maestro_test_healer::failure::{Failure, FailureKind, Runner};
use maestro_test_healer::lang::forget_parses;
use maestro_test_healer::strategies::propose;

/// A Python test file of about `lines` lines; the test at `broken_test` has its colon missing.
fn python_file(lines: usize) -> (String, u32) {
    let mut s = String::from("from shop.pricing import total\n\n\n");
    let tests = lines / 4;
    let mut broken_line = 0;
    // Four lines per test after a three-line header; counting lines as the file grows would be quadratic.
    for i in 0..tests {
        let line_no = 4 + 4 * i as u32;
        if i == tests / 2 {
            s.push_str(&format!("def test_total_{i}()\n    assert total([{i}, 1]) == {}\n\n\n", i + 1));
            broken_line = line_no;
        } else {
            s.push_str(&format!("def test_total_{i}():\n    assert total([{i}, 1]) == {}\n\n\n", i + 1));
        }
    }
    (s, broken_line)
}

fn ts_file(lines: usize) -> (String, u32) {
    let mut s = String::from("import { describe, it, expect } from 'vitest';\nimport { total } from '../src/cart';\n\ndescribe('cart', () => {\n");
    let tests = lines / 4;
    let mut broken_line = 0;
    for i in 0..tests {
        // Four lines per test after a four-line header; the `expect` is the test's second line.
        let line_no = 6 + 4 * i as u32;
        if i == tests / 2 {
            s.push_str(&format!(
                "  it('totals {i}', () => {{\n    expect(total([{i}, 1])).toBe({};\n  }});\n\n",
                i + 1
            ));
            broken_line = line_no;
        } else {
            s.push_str(&format!(
                "  it('totals {i}', () => {{\n    expect(total([{i}, 1])).toBe({});\n  }});\n\n",
                i + 1
            ));
        }
    }
    s.push_str("});\n");
    (s, broken_line)
}

fn failure(file: &str, line: u32, kind: FailureKind, message: &str) -> Failure {
    let mut f = Failure::new(kind, Runner::Pytest, message);
    f.file = Some(file.into());
    f.line = Some(line);
    f
}

fn bench(c: &mut Criterion<Clock>) {
    let mut group = c.benchmark_group("propose");
    group.sample_size(20);
    for lines in [1_000usize, 10_000, 100_000] {
        // Criterion's minimum for the largest files keeps the whole suite within minutes.
        group.sample_size(if lines >= 100_000 { 10 } else { 20 });
        let (py, py_line) = python_file(lines);
        // The floor: one tree-sitter parse of the broken file, which every propose does.
        group.bench_with_input(BenchmarkId::new("python_parse_only", lines), &py, |b, text| {
            b.iter(|| {
                forget_parses();
                maestro_test_healer::source::SourceFile::from_text("tests/test_big.py", text.as_str()).unwrap()
            })
        });
        let clean = py.replace("()\n", "():\n");
        group.bench_with_input(BenchmarkId::new("python_parse_clean", lines), &clean, |b, text| {
            b.iter(|| {
                forget_parses();
                maestro_test_healer::source::SourceFile::from_text("tests/test_big.py", text.as_str()).unwrap()
            })
        });
        let f = failure("tests/test_big.py", py_line, FailureKind::SyntaxError, "expected ':'");
        group.bench_with_input(BenchmarkId::new("python_syntax", lines), &py, |b, text| {
            b.iter(|| {
                // Parse included: nothing remembered from the previous iteration.
                forget_parses();
                let cache = SourceCache::new("/nonexistent");
                cache.set_text("tests/test_big.py", text.as_str());
                let fixes = propose(&f, &Context::new(&cache, GitSignals::default()));
                assert!(!fixes.is_empty());
            })
        });
        let (ts, ts_line) = ts_file(lines);
        group.bench_with_input(BenchmarkId::new("typescript_parse_only", lines), &ts, |b, text| {
            b.iter(|| {
                forget_parses();
                maestro_test_healer::source::SourceFile::from_text("test/big.test.ts", text.as_str()).unwrap()
            })
        });
        let f = failure("test/big.test.ts", ts_line, FailureKind::SyntaxError, "')' expected.");
        group.bench_with_input(BenchmarkId::new("typescript_syntax", lines), &ts, |b, text| {
            b.iter(|| {
                // Parse included: nothing remembered from the previous iteration.
                forget_parses();
                let cache = SourceCache::new("/nonexistent");
                cache.set_text("test/big.test.ts", text.as_str());
                let fixes = propose(&f, &Context::new(&cache, GitSignals::default()));
                assert!(!fixes.is_empty());
            })
        });
        // An assertion mismatch on the last test: the file parses cleanly.
        let fixed_py =
            py.replacen(&format!("def test_total_{}()\n", lines / 8), &format!("def test_total_{}():\n", lines / 8), 1);
        let last = fixed_py.lines().count() as u32 - 2;
        let mut f = failure("tests/test_big.py", last, FailureKind::TestFailure, "assert 7 == 8");
        f.actual = Some("7".into());
        f.expected =
            Some(fixed_py.lines().nth(last as usize - 1).and_then(|l| l.rsplit("== ").next()).unwrap_or("0").into());
        group.bench_with_input(BenchmarkId::new("python_assertion", lines), &fixed_py, |b, text| {
            b.iter(|| {
                // Parse included: nothing remembered from the previous iteration.
                forget_parses();
                let cache = SourceCache::new("/nonexistent");
                cache.set_text("tests/test_big.py", text.as_str());
                propose(&f, &Context::new(&cache, GitSignals::default()))
            })
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = maestro_benches::criterion();
    targets = bench
}
criterion_main!(benches);
