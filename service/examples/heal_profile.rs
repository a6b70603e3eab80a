//! Where the time of one `/api/automation/heal` goes: the load bench's inline payload (a 5-line test file with a
//! missing `:`) through the core's `heal_one`, then each strategy's `propose` on its own, in a loop on one thread.
//! Run under `time` (or `perf record`) to read CPU time on a busy machine: wall time there is the share it got.
//!
//! ```sh
//! cargo build --release -p maestro-cars --example heal_profile && time target/release/examples/heal_profile
//! ```
#![allow(clippy::unwrap_used)]
use maestro_test_healer::context::{Context, GitSignals, SourceCache};
use maestro_test_healer::heal::{heal_one, HealRequest};
use std::time::Instant;
const SOURCE: &str = "from calc import add\n\n\ndef test_add()\n    assert add(1, 2) == 3\n";
fn main() {
    let dir = tempfile::tempdir().unwrap();
    let req = HealRequest {
        file_path: "tests/test_calc.py".into(),
        source: Some(SOURCE.into()),
        error_message: "SyntaxError: expected ':'".into(),
        error_type: Some("SyntaxError".into()),
        line_number: Some(4),
        stack_trace: None,
    };
    let n = 300;
    for _ in 0..20 {
        heal_one(&req, dir.path()).unwrap();
    }
    let t = Instant::now();
    for _ in 0..n {
        heal_one(&req, dir.path()).unwrap();
    }
    println!("heal_one: {:.3} ms", t.elapsed().as_secs_f64() * 1e3 / n as f64);
    let r = heal_one(&req, dir.path()).unwrap();
    println!("fixes: {}", r.fixes.len());
    let failure = r.failure.clone();
    let t = Instant::now();
    for _ in 0..n {
        let c = SourceCache::new(dir.path());
        c.set_text("tests/test_calc.py", SOURCE);
    }
    println!("set_text (one parse): {:.3} ms", t.elapsed().as_secs_f64() * 1e3 / n as f64);
    let cache = SourceCache::new(dir.path());
    cache.set_text("tests/test_calc.py", SOURCE);
    let ctx = Context::new(&cache, GitSignals::default());
    for s in maestro_test_healer::strategies::registry() {
        let t = Instant::now();
        let mut k = 0;
        for _ in 0..n {
            k = s.propose(&failure, &ctx).len();
        }
        println!("{:?}: {:.3} ms ({k} fixes)", s.kind(), t.elapsed().as_secs_f64() * 1e3 / n as f64);
    }
    let t = Instant::now();
    for _ in 0..n {
        maestro_test_healer::targeting::targets(&failure, &ctx);
    }
    println!("targets: {:.3} ms", t.elapsed().as_secs_f64() * 1e3 / n as f64);
    let t = Instant::now();
    for _ in 0..n {
        maestro_test_healer::strategies::propose(&failure, &ctx);
    }
    println!("propose (warm ctx): {:.3} ms", t.elapsed().as_secs_f64() * 1e3 / n as f64);
    let t = Instant::now();
    for _ in 0..n {
        let c = Context::new(&cache, GitSignals::default());
        maestro_test_healer::strategies::propose(&failure, &c);
    }
    println!("propose (new ctx): {:.3} ms", t.elapsed().as_secs_f64() * 1e3 / n as f64);
}
