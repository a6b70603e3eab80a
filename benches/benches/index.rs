//! Project indexing over a large real tree (default: the Python standard library, `/usr/lib/python3.11`;
//! `MAESTRO_BENCH_TREE` overrides): every `.py` file parsed and its symbols indexed, as the dependency and API
//! strategies see a project. Reports files/s and MB/s and, in the same run, the time of
//! `ruff check --select E9 --no-cache` on the same tree (ruff from `MAESTRO_BENCH_RUFF`, default
//! `.tools/ruff/bin/ruff`; skipped when missing). Medians of `MAESTRO_BENCH_RUNS` runs (default 5).
//! Run: `cargo bench -p maestro-benches --bench index`. The last line, `RESULT index ...`, is what
//! `scripts/bench.sh` reads.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use maestro_test_healer::project_index::ProjectIndex;

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs[xs.len() / 2]
}

fn main() {
    let tree = PathBuf::from(std::env::var("MAESTRO_BENCH_TREE").unwrap_or_else(|_| "/usr/lib/python3.11".into()));
    let runs: usize = std::env::var("MAESTRO_BENCH_RUNS").ok().and_then(|r| r.parse().ok()).unwrap_or(5).max(1);
    let default_ruff = Path::new(env!("CARGO_MANIFEST_DIR")).join("../.tools/ruff/bin/ruff");
    let ruff = std::env::var("MAESTRO_BENCH_RUFF").map(PathBuf::from).unwrap_or(default_ruff);
    if !tree.is_dir() {
        println!("RESULT index skipped=no-tree tree={}", tree.display());
        return;
    }
    // `cargo bench` passes `--bench`; any other argument is a filter this bench does not take.
    let mut times = Vec::new();
    let mut index = ProjectIndex::default();
    for _ in 0..runs {
        let start = Instant::now();
        index = ProjectIndex::build(&tree);
        times.push(start.elapsed());
    }
    let ours = median(times);
    let files = index.files.len();
    let bytes: u64 =
        index.files.iter().filter_map(|f| std::fs::metadata(tree.join(&f.path)).ok()).map(|m| m.len()).sum();
    let symbols: usize = index.files.iter().map(|f| f.symbols.len()).sum();
    let mb = bytes as f64 / 1e6;
    let secs = ours.as_secs_f64();
    println!(
        "index: {files} files, {mb:.1} MB, {symbols} symbols in {:.1} ms (median of {runs}): {:.0} files/s, {:.1} MB/s",
        secs * 1e3,
        files as f64 / secs,
        mb / secs
    );
    let ruff_time = ruff.is_file().then(|| {
        let mut times = Vec::new();
        for _ in 0..runs {
            let start = Instant::now();
            let status = Command::new(&ruff)
                .args(["check", "--select", "E9", "--no-cache", "--exit-zero", "--quiet"])
                .arg(&tree)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
            times.push(start.elapsed());
            assert!(status.is_ok_and(|s| s.success()), "{} failed", ruff.display());
        }
        median(times)
    });
    let version = Command::new(&ruff)
        .arg("--version")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().replace(' ', "-"));
    match ruff_time {
        Some(r) => {
            println!(
                "ruff check --select E9 --no-cache: {:.1} ms (median of {runs}); maestro/ruff time ratio {:.2}",
                r.as_secs_f64() * 1e3,
                secs / r.as_secs_f64()
            );
            println!(
                "RESULT index files={files} mb={mb:.2} ms={:.1} files_per_s={:.0} mb_per_s={:.2} ruff_ms={:.1} ratio={:.2} ruff={}",
                secs * 1e3,
                files as f64 / secs,
                mb / secs,
                r.as_secs_f64() * 1e3,
                secs / r.as_secs_f64(),
                version.unwrap_or_default()
            );
        }
        None => println!(
            "RESULT index files={files} mb={mb:.2} ms={:.1} files_per_s={:.0} mb_per_s={:.2} ruff=missing",
            secs * 1e3,
            files as f64 / secs,
            mb / secs
        ),
    }
}
