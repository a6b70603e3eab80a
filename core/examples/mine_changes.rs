//! Counts what real commits did to an API, as the healer's change model sees it: for each commit of a git
//! repository that changed Python/TypeScript source *and* tests together (the breakages a developer had to
//! follow in the tests), the symbol-level delta between the commit's parent and the commit.
//!
//! A study tool, not part of the product: it tells which delta kinds occur and how often, so the strategies
//! cover the frequent ones first. It reads any git directory (a bare mirror is fine) and writes nothing.
//!
//! ```sh
//! cargo run --release -p maestro-test-healer --example mine_changes -- /path/to/repo.git 400
//! cargo run --release -p maestro-test-healer --example mine_changes -- /path/to/repo.git 400 --examples
//! ```
use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, ExitCode};

use maestro_test_healer::change::{diff, FileVersions};

fn git(dir: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git").arg("--git-dir").arg(dir).args(args).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn is_source(path: &str) -> bool {
    [".py", ".ts", ".tsx", ".mts", ".cts"].iter().any(|e| path.ends_with(e)) && !path.ends_with(".d.ts")
}

fn is_test(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    path.split('/').any(|p| p == "tests" || p == "test" || p == "__tests__")
        || name.starts_with("test_")
        || name.ends_with("_test.py")
        || name.contains(".test.")
        || name.contains(".spec.")
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(repo) = args.first() else {
        eprintln!("usage: mine_changes GIT_DIR [MAX_COMMITS] [--examples]");
        return ExitCode::from(2);
    };
    let repo = Path::new(repo);
    let max: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(300);
    let show = args.iter().any(|a| a == "--examples");
    let Some(revs) = git(repo, &["rev-list", "--no-merges", "-n", &max.to_string(), "HEAD"]) else {
        eprintln!("mine_changes: {} is not a readable git directory", repo.display());
        return ExitCode::from(2);
    };
    let (mut examined, mut together, mut with_api) = (0usize, 0usize, 0usize);
    let mut kinds: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for rev in revs.lines() {
        examined += 1;
        let Some(names) =
            git(repo, &["diff-tree", "-r", "-M", "--no-commit-id", "--name-status", &format!("{rev}^"), rev])
        else {
            continue;
        };
        let mut files = Vec::new();
        let mut tests = false;
        for line in names.lines() {
            let cols: Vec<&str> = line.split('\t').collect();
            let (status, old, new) = match cols.as_slice() {
                [s, p] => (*s, *p, *p),
                [s, o, n] => (*s, *o, *n),
                _ => continue,
            };
            if !is_source(new) {
                continue;
            }
            if is_test(new) {
                tests = true;
                continue;
            }
            let show_blob = |r: &str, p: &str| git(repo, &["show", &format!("{r}:{p}")]);
            let fv = match status.chars().next() {
                Some('A') => show_blob(rev, new).map(|n| FileVersions::added(new, n)),
                Some('D') => show_blob(&format!("{rev}^"), old).map(|o| FileVersions::deleted(old, o)),
                Some('R') => show_blob(&format!("{rev}^"), old)
                    .zip(show_blob(rev, new))
                    .map(|(o, n)| FileVersions::moved(old, new, o, n)),
                _ => show_blob(&format!("{rev}^"), old)
                    .zip(show_blob(rev, new))
                    .map(|(o, n)| FileVersions::modified(new, o, n)),
            };
            files.extend(fv);
        }
        if !tests || files.is_empty() {
            continue;
        }
        together += 1;
        let change = diff(&files);
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        for d in &change.deltas {
            let kind = serde_json::to_value(d)
                .ok()
                .and_then(|v| v.get("kind").and_then(|k| k.as_str()).map(str::to_string))
                .unwrap_or_else(|| "?".into());
            *seen.entry(kind).or_default() += 1;
            if show {
                println!("{}  {}", &rev[..rev.len().min(10)], d.describe());
            }
        }
        if seen.keys().any(|k| k != "added" && k != "literal_changed") {
            with_api += 1;
        }
        for (k, n) in seen {
            let e = kinds.entry(k).or_default();
            e.0 += 1;
            e.1 += n;
        }
    }
    println!("{examined} commits examined; {together} changed source and tests together; {with_api} of them with an API delta");
    println!("{:<20} {:>8} {:>8}", "delta kind", "commits", "deltas");
    let mut rows: Vec<_> = kinds.into_iter().collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.1 .0));
    for (k, (commits, n)) in rows {
        println!("{k:<20} {commits:>8} {n:>8}");
    }
    ExitCode::SUCCESS
}
