//! `maestro-heal refactor-eval`: a refactoring generator that measures how well the healer follows code
//! changes it has never seen. It takes passing projects (scenario `base/` folders, or `project/` with its
//! `reference.patch`, or plain project folders), applies a refactoring from a catalogue of [`Kind`]s to the
//! source files only (the project's own non-test callers follow, as an IDE refactoring would), commits it, and
//! when the tests then fail runs the healer and checks that the tests pass again with only test files changed
//! and the number of tests and assertions unchanged. Seeded: the same seed gives the same cases.
//!
//! ```text
//! maestro-heal refactor-eval --lang py --cases 300 --seed 1 --jobs 2 tests/scenarios tests/first-contact/change
//! ```

mod case;
mod catalogue;
mod edits;
mod projects;
mod syntax;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde::Serialize;

pub use case::{CaseResult, Verdict};

/// One kind of refactoring in the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
#[value(rename_all = "snake_case")]
pub enum Kind {
    RenameFunction,
    RenameMethod,
    RenameClass,
    RenameConstant,
    /// Python: a parameter callers pass by keyword.
    RenameKeyword,
    /// TypeScript: a key of an options object.
    RenameOptionKey,
    RemoveDefault,
    /// Python: parameters after `*`.
    KeywordOnly,
    RemoveParam,
    /// TypeScript: positional parameters folded into one options object.
    OptionsObject,
    MoveFunction,
    RenameModule,
    MethodToProperty,
    MakeAsync,
    ChangeConstant,
}

impl Kind {
    pub const ALL: [Kind; 15] = [
        Kind::RenameFunction,
        Kind::RenameMethod,
        Kind::RenameClass,
        Kind::RenameConstant,
        Kind::RenameKeyword,
        Kind::RenameOptionKey,
        Kind::RemoveDefault,
        Kind::KeywordOnly,
        Kind::RemoveParam,
        Kind::OptionsObject,
        Kind::MoveFunction,
        Kind::RenameModule,
        Kind::MethodToProperty,
        Kind::MakeAsync,
        Kind::ChangeConstant,
    ];

    /// Whether the kind exists in the language (keyword arguments are Python's; option keys TypeScript's).
    pub fn applies_to(self, python: bool) -> bool {
        match self {
            Kind::RenameKeyword | Kind::KeywordOnly => python,
            Kind::RenameOptionKey => !python,
            _ => true,
        }
    }

    pub fn name(self) -> String {
        serde_json::to_value(self).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
    }
}

/// A small seeded generator (SplitMix64): reproducible cases without a dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`0` when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}

/// Options of `maestro-heal refactor-eval`.
pub struct Options {
    pub projects: Vec<PathBuf>,
    /// `Some(true)`: Python only; `Some(false)`: TypeScript only.
    pub python: Option<bool>,
    /// Breaking cases per language (refactorings that leave the tests passing are run and reported, not counted).
    pub cases: usize,
    pub seed: u64,
    pub jobs: usize,
    pub kinds: Vec<Kind>,
    pub timeout: Duration,
    pub tools: Option<PathBuf>,
}

/// Everything one run measured.
#[derive(Debug, Serialize)]
pub struct Report {
    pub seed: u64,
    pub projects_used: Vec<String>,
    /// Inputs left out, and why (failing before any change, flaky, no source).
    pub projects_skipped: Vec<(String, String)>,
    /// Distinct places each refactoring could apply, per language.
    pub targets: BTreeMap<String, usize>,
    pub cases: Vec<CaseResult>,
    pub wall_seconds: f64,
}

/// Runs the generator: prepares the projects, builds the cases, runs them on `jobs` threads.
pub fn evaluate(
    opts: &Options,
    progress: &mut (dyn FnMut(&CaseResult, usize, usize) + Send),
) -> Result<Report, String> {
    let start = Instant::now();
    let exe = std::env::current_exe().map_err(|e| format!("cannot find the maestro-heal binary: {e}"))?;
    let path_env = crate::eval::tools_path(opts.tools.as_deref());
    let scratch = tempfile::Builder::new()
        .prefix("maestro-refactor-inputs-")
        .tempdir()
        .map_err(|e| format!("cannot create a temp folder: {e}"))?;
    let dirs = projects::expand(&opts.projects);
    if dirs.is_empty() {
        return Err("no projects given (folders of scenarios, scenario folders or project folders)".into());
    }
    // Preparing runs every project's tests once: spread it over the jobs too.
    let prepared: Mutex<Vec<(usize, String, projects::Prepared)>> = Mutex::new(Vec::new());
    let queue = Mutex::new(dirs.iter().enumerate());
    std::thread::scope(|scope| {
        for _ in 0..opts.jobs.max(1) {
            scope.spawn(|| loop {
                let next = queue.lock().ok().and_then(|mut q| q.next());
                let Some((i, dir)) = next else { break };
                let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                if let Some(python) = opts.python {
                    if language_of(dir).is_some_and(|p| p != python) {
                        continue;
                    }
                }
                let p = projects::prepare(dir, scratch.path(), opts.tools.as_deref(), &path_env, opts.timeout);
                if let Ok(mut v) = prepared.lock() {
                    v.push((i, name, p));
                }
            });
        }
    });
    let mut prepared = prepared.into_inner().map_err(|_| "a worker thread panicked".to_string())?;
    prepared.sort_by_key(|(i, _, _)| *i);
    let mut used = Vec::new();
    let mut skipped = Vec::new();
    for (_, name, p) in prepared {
        match p {
            projects::Prepared::Ready(p) if opts.python.is_none_or(|py| py == p.python) => used.push(p),
            projects::Prepared::Ready(_) => {}
            projects::Prepared::Skipped(why) => skipped.push((name, why)),
        }
    }
    // A refactoring that leaves the tests passing measures nothing; `--cases` counts the ones that break them,
    // so more candidates are generated than asked for and run in order until each language has enough.
    let (cases, targets) = build_cases(&used, opts, opts.cases.saturating_mul(POOL_FACTOR));
    let total = cases.len();
    let env = case::Env { exe: &exe, path_env: &path_env, tools: opts.tools.as_deref(), timeout: opts.timeout };
    let queue = Mutex::new(Dispatch { next: 0, breaking: [0, 0] });
    let results = Mutex::new(Vec::new());
    let progress = Mutex::new(progress);
    std::thread::scope(|scope| {
        for _ in 0..opts.jobs.max(1) {
            scope.spawn(|| loop {
                let next = queue.lock().ok().and_then(|mut q| q.take(&cases, opts.cases));
                let Some(c) = next else { break };
                let r = case::run_case(c, &env);
                if let Ok(mut q) = queue.lock() {
                    q.breaking[usize::from(c.python)] += usize::from(r.verdict.counts());
                }
                if let (Ok(mut all), Ok(mut p)) = (results.lock(), progress.lock()) {
                    all.push(r.clone());
                    p(&r, all.len(), total);
                }
            });
        }
    });
    let mut results = results.into_inner().map_err(|_| "a worker thread panicked".to_string())?;
    results.sort_by_key(|r| r.id);
    let results = first_breaking(results, opts.cases);
    Ok(Report {
        seed: opts.seed,
        projects_used: used.iter().map(|p| p.name.clone()).collect(),
        projects_skipped: skipped,
        targets,
        cases: results,
        wall_seconds: start.elapsed().as_secs_f64(),
    })
}

/// Candidates generated per breaking case asked for (about one refactoring in eight leaves the tests passing).
const POOL_FACTOR: usize = 2;

/// The shared work queue: cases are handed out in id order, and a language's cases stop being handed out once
/// it has `cases` finished breaking ones.
struct Dispatch {
    next: usize,
    /// Finished breaking cases: `[typescript, python]` (indexed by `usize::from(python)`).
    breaking: [usize; 2],
}

impl Dispatch {
    fn take<'a>(&mut self, cases: &'a [case::Case], wanted: usize) -> Option<&'a case::Case> {
        while let Some(c) = cases.get(self.next) {
            self.next += 1;
            if self.breaking[usize::from(c.python)] < wanted {
                return Some(c);
            }
        }
        None
    }
}

/// Per language, the cases up to and including its `wanted`-th breaking one (by id). Cases are handed out in id
/// order, so every case below that one ran: the kept set does not depend on which job finished first.
fn first_breaking(results: Vec<CaseResult>, wanted: usize) -> Vec<CaseResult> {
    let mut last: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut seen: BTreeMap<&'static str, usize> = BTreeMap::new();
    for r in results.iter().filter(|r| r.verdict.counts()) {
        let n = seen.entry(r.language).or_default();
        *n += 1;
        if *n == wanted {
            last.insert(r.language, r.id);
        }
    }
    results.into_iter().filter(|r| last.get(r.language).is_none_or(|&id| r.id <= id)).collect()
}

/// A scenario's language from its `scenario.toml`, without preparing it.
fn language_of(dir: &Path) -> Option<bool> {
    let text = std::fs::read_to_string(dir.join("scenario.toml")).ok()?;
    let s: crate::eval::Scenario = toml::from_str(&text).ok()?;
    Some(s.language == "python")
}

/// The cases, per language: every (project, kind, target) shuffled by the seed, then taken round-robin over
/// the kinds so each kind gets its share; a target is used again (with other names/values) only when there
/// are fewer targets than cases asked for.
fn build_cases(used: &[projects::Project], opts: &Options, limit: usize) -> (Vec<case::Case>, BTreeMap<String, usize>) {
    let mut out = Vec::new();
    let mut counts = BTreeMap::new();
    for python in [true, false] {
        if opts.python.is_some_and(|p| p != python) {
            continue;
        }
        let mut rng = Rng::new(opts.seed ^ if python { 0x5059 } else { 0x5453 });
        let mut per_kind: Vec<(Kind, Vec<(usize, catalogue::Target)>)> = Vec::new();
        for kind in Kind::ALL.into_iter().filter(|k| k.applies_to(python)) {
            if !opts.kinds.is_empty() && !opts.kinds.contains(&kind) {
                continue;
            }
            let mut all: Vec<(usize, catalogue::Target)> = used
                .iter()
                .enumerate()
                .filter(|(_, p)| p.python == python)
                .flat_map(|(i, p)| catalogue::targets(kind, p).into_iter().map(move |t| (i, t)))
                .collect();
            counts.insert(format!("{}/{}", if python { "python" } else { "typescript" }, kind.name()), all.len());
            rng.shuffle(&mut all);
            if !all.is_empty() {
                per_kind.push((kind, all));
            }
        }
        let mut taken = 0;
        let mut round = 0;
        let mut failures = 0;
        while taken < limit && !per_kind.is_empty() && failures < 10 * limit.max(1) {
            let mut progressed = false;
            for (kind, targets) in &per_kind {
                if taken >= limit {
                    break;
                }
                let Some((pi, t)) = targets.get(round % targets.len()).filter(|_| round < targets.len() * 4) else {
                    continue;
                };
                progressed = true;
                let p = &used[*pi];
                let mut case_rng = Rng::new(opts.seed.wrapping_mul(31).wrapping_add((out.len() + round) as u64));
                match catalogue::build(*kind, p, t, &mut case_rng) {
                    Some(refactoring) if !refactoring.edits.is_empty() || !refactoring.moves.is_empty() => {
                        out.push(case::Case {
                            id: out.len(),
                            project: p.name.clone(),
                            python,
                            command: p.command.clone(),
                            root: p.root.clone(),
                            refactoring,
                        });
                        taken += 1;
                    }
                    _ => failures += 1,
                }
            }
            if !progressed {
                break;
            }
            round += 1;
        }
    }
    (out, counts)
}

/// The table: per language x kind, cases (breaking ones), healed, %, not breaking, harmful, crashes.
pub fn table(report: &Report) -> String {
    let mut out = String::new();
    #[derive(Default)]
    struct Row {
        cases: usize,
        healed: usize,
        not_breaking: usize,
        harmful: usize,
        crashes: usize,
        setup: usize,
    }
    let mut rows: BTreeMap<(&str, String), Row> = BTreeMap::new();
    for c in &report.cases {
        for key in [(c.language, c.kind.name()), (c.language, "ALL".to_string())] {
            let r = rows.entry(key).or_default();
            match c.verdict {
                Verdict::NotBreaking => r.not_breaking += 1,
                Verdict::SetupFailed => r.setup += 1,
                v => {
                    r.cases += 1;
                    r.healed += usize::from(v == Verdict::Healed);
                    r.harmful += usize::from(v == Verdict::Harmful);
                    r.crashes += usize::from(v == Verdict::Crash);
                }
            }
        }
    }
    let _ = writeln!(
        out,
        "{:<11} {:<19} {:>6} {:>7} {:>7} {:>13} {:>8} {:>8} {:>6}",
        "language", "kind", "cases", "healed", "%", "not-breaking", "harmful", "crashes", "setup"
    );
    for ((lang, kind), r) in &rows {
        let pct = if r.cases == 0 { 100.0 } else { 100.0 * r.healed as f64 / r.cases as f64 };
        let _ = writeln!(
            out,
            "{lang:<11} {kind:<19} {:>6} {:>7} {:>6.1}% {:>13} {:>8} {:>8} {:>6}",
            r.cases, r.healed, pct, r.not_breaking, r.harmful, r.crashes, r.setup
        );
    }
    let _ = writeln!(
        out,
        "\n{} projects used, {} skipped; seed {}; wall time {:.0}s",
        report.projects_used.len(),
        report.projects_skipped.len(),
        report.seed,
        report.wall_seconds
    );
    out
}

/// One line per case that was not healed (what to look at next).
pub fn failures(report: &Report) -> String {
    let mut out = String::new();
    for c in report.cases.iter().filter(|c| !matches!(c.verdict, Verdict::Healed | Verdict::NotBreaking)) {
        let _ = writeln!(out, "{:?} #{} {} [{}] {}: {}", c.verdict, c.id, c.project, c.kind.name(), c.title, c.detail);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(id: usize, language: &'static str, verdict: Verdict) -> CaseResult {
        CaseResult {
            id,
            project: String::new(),
            language,
            kind: Kind::RenameFunction,
            title: String::new(),
            verdict,
            detail: String::new(),
            duration_ms: 0,
        }
    }

    #[test]
    fn keeps_each_language_up_to_its_wanted_breaking_case() {
        use Verdict::*;
        // Before: a job that finished late left python cases 5 and 6 after the 2nd breaking python case (3).
        let all = vec![
            result(0, "python", NotBreaking),
            result(1, "python", Healed),
            result(2, "typescript", NotHealed),
            result(3, "python", NotHealed),
            result(4, "typescript", NotBreaking),
            result(5, "python", Healed),
            result(6, "python", NotBreaking),
        ];
        let kept: Vec<usize> = first_breaking(all, 2).iter().map(|r| r.id).collect();
        // After: python up to case 3; typescript has only one breaking case, so all of it is kept.
        assert_eq!(kept, vec![0, 1, 2, 3, 4]);
    }

    #[test]
    fn dispatch_skips_a_language_that_has_enough() {
        let case = |id: usize, python: bool| case::Case {
            id,
            project: String::new(),
            python,
            command: String::new(),
            root: PathBuf::new(),
            refactoring: edits::Refactoring::new(Kind::RenameFunction, String::new()),
        };
        let cases = vec![case(0, true), case(1, false), case(2, true), case(3, false)];
        let mut d = Dispatch { next: 0, breaking: [0, 0] };
        assert_eq!(d.take(&cases, 1).map(|c| c.id), Some(0));
        // TypeScript (index 0) has its one breaking case: case 1 is skipped.
        d.breaking[0] = 1;
        assert_eq!(d.take(&cases, 1).map(|c| c.id), Some(2));
        // Python too: nothing is left to hand out.
        d.breaking[1] = 1;
        assert_eq!(d.take(&cases, 1).map(|c| c.id), None);
    }
}
