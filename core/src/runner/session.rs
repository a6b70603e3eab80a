//! The whole loop: run the test command, parse its failures, propose fixes, validate each by re-running only
//! the failing tests, keep (with `apply`) or roll back, and run the command once more at the end.
//!
//! ```no_run
//! use maestro_test_healer::runner::session::{heal_run, RunOptions};
//! let opts = RunOptions::new(".", vec!["python".into(), "-m".into(), "pytest".into(), "-q".into()]);
//! let report = heal_run(&opts, &mut |event| eprintln!("{event:?}")).unwrap();
//! println!("{} fixes applied, exit {}", report.applied, report.exit_code);
//! ```

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::context::{Context, Observations, SourceCache};
use crate::failure::{Failure, FailureKind, ParseError, Runner};
use crate::fix::{apply_edits, unified_diff, Applicability, Fix, StrategyKind};
use crate::heal::{describe, ProposedFix};
use crate::runner::apply::{ApplyError, Workspace};
use crate::runner::change_reader::ChangeReader;
use crate::runner::command::{run, shell_quote, CommandSpec, RunError, RunOutput};
use crate::runner::lint_autofix::{self, LintFixOutcome};
use crate::runner::rerun::{rerun_argv, runner_of};
use crate::runner::shadow::{self, Shadow};

/// A failure's `raw` text beyond this is cut: some parsers keep the whole output there, and each failure is
/// cloned and searched by several strategies, so a flooded 32 MiB output would otherwise be copied per failure.
const MAX_RAW_BYTES: usize = 128 * 1024;

/// How many of the runner's last lines an unreadable failing run shows.
const TAIL_LINES: usize = 20;

/// How long a timed-out test may run with its own limit lifted before it counts as hanging.
const HANG_CAP: Duration = Duration::from_secs(30);

/// How to run and heal.
#[derive(Debug, Clone)]
pub struct RunOptions {
    pub project: PathBuf,
    pub command: Vec<String>,
    /// Write validated fixes at or above the threshold; otherwise only report them.
    pub apply: bool,
    pub threshold: f64,
    /// Re-run the failing tests to validate fixes (off: static checks only, nothing applied).
    pub validate: bool,
    /// Read failures from this JUnit XML file (written by the command) instead of its console output.
    pub junit: Option<PathBuf>,
    /// Force a runner instead of detecting it.
    pub runner: Option<Runner>,
    pub timeout: Duration,
    /// Rounds of heal → re-run (a syntax fix can reveal the assertion failures it hid).
    pub max_rounds: usize,
    /// Re-runs of a failing test on unchanged code to tell flaky from deterministic (stops at the first pass).
    pub flaky_reruns: u32,
    /// Consecutive passing re-runs required to accept a fix for a flaky test.
    pub flaky_validation_runs: u32,
    /// Bound on the whole heal: no re-run starts once it is spent, and each is cut at what is left of it. Fixes
    /// left unvalidated say so.
    pub budget: Duration,
    /// Keep fixes to test files; fixes of source files (syntax, imports) are only shown. See
    /// [`crate::eligibility`].
    pub tests_only: bool,
}

impl RunOptions {
    pub fn new(project: impl Into<PathBuf>, command: Vec<String>) -> Self {
        RunOptions {
            project: project.into(),
            command,
            apply: false,
            threshold: 0.75,
            validate: true,
            junit: None,
            runner: None,
            timeout: Duration::from_secs(600),
            max_rounds: 3,
            flaky_reruns: 3,
            flaky_validation_runs: 20,
            budget: Duration::from_secs(DEFAULT_BUDGET_SECS),
            tests_only: false,
        }
    }
}

/// Progress, for front ends to show.
#[derive(Debug, Clone)]
pub enum Event {
    Running { command: String },
    StillRunning { command: String, elapsed: Duration },
    Finished { command: String, status: Option<i32>, duration: Duration },
    Parsed { failures: usize },
    Validating { title: String },
    Validated { title: String, passed: bool },
}

/// A command's outcome, for the report.
#[derive(Debug, Clone, Serialize)]
pub struct RunSummary {
    pub command: String,
    pub exit_code: Option<i32>,
    pub passed: bool,
    pub failures: usize,
    pub duration_ms: u64,
    pub timed_out: bool,
}

/// What happened to one proposed fix.
#[derive(Debug, Clone, Serialize)]
pub struct FixOutcome {
    #[serde(flatten)]
    pub fix: ProposedFix,
    /// `Some(true)` when re-running the failing tests with the fix passed; `None` when not re-run.
    pub validated: Option<bool>,
    pub applied: bool,
    /// Why it was or was not applied.
    pub decision: String,
    /// Every test this fix heals, when it is one fix for several failures with one cause.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub heals: Vec<String>,
}

/// One failure and what was proposed for it.
#[derive(Debug, Clone, Serialize)]
pub struct FailureOutcome {
    pub failure: Failure,
    pub fixes: Vec<FixOutcome>,
    /// What re-running the failing test on unchanged code showed (the classifier's flip signal).
    pub observed: Observations,
    /// Why the healer could not even look at the failing file (too large, binary, not UTF-8, outside the
    /// project), when that is why no fix was proposed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The test passes in the final run although none of its own fixes was applied: another fix (one of the
    /// same cause, or one in a file it imports) healed it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub passes_now: bool,
}

/// The report of a whole run, serialised as the CLI's `--format json`.
#[derive(Debug, Clone, Serialize)]
pub struct RunReport {
    pub project: PathBuf,
    pub runner: Option<Runner>,
    pub apply: bool,
    pub threshold: f64,
    pub initial: RunSummary,
    pub failures: Vec<FailureOutcome>,
    pub applied: usize,
    pub changed_files: Vec<PathBuf>,
    /// What the linter's own safe autofix changed, for a ruff or eslint run (see [`lint_autofix`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lint_fixes: Vec<LintFixOutcome>,
    #[serde(rename = "final")]
    pub final_run: RunSummary,
    /// 0 when the command passes at the end, 1 when failures remain.
    pub exit_code: i32,
    /// Where candidate fixes were validated.
    pub workspace: WorkspaceInfo,
    /// Test-runner processes started by the whole run, the first run included.
    pub runner_processes: usize,
    /// The `--budget` was spent before every fix could be validated.
    pub budget_ran_out: bool,
    /// Groups of failures with one identical error, observed as one problem.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shared_causes: Vec<SharedCause>,
}

/// Where fixes were validated: `shadow` (a copy of the project elsewhere; the project is written only for kept
/// fixes), `in_place` (the project itself, each write backed up first; `note` says why), or `none`.
#[derive(Debug, Clone, Serialize)]
pub struct WorkspaceInfo {
    pub kind: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Several failures with the same error and message (numbers aside): one cause, one problem.
#[derive(Debug, Clone, Serialize)]
pub struct SharedCause {
    pub error_type: Option<String>,
    pub message: String,
    pub tests: Vec<String>,
}

/// The default `budget`, in seconds.
pub const DEFAULT_BUDGET_SECS: u64 = 900;

/// Why a run could not be healed at all.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    #[error(transparent)]
    Run(#[from] RunError),
    #[error(transparent)]
    Apply(#[from] ApplyError),
    #[error("could not read the failures: {0}")]
    Parse(#[from] ParseError),
    #[error("{path}: cannot read the JUnit report: {source}")]
    Junit { path: PathBuf, source: std::io::Error },
    #[error("project folder {0} does not exist or is not a folder")]
    NoProject(PathBuf),
    #[error("`{command}` did not finish within {seconds}s and was killed with its child processes; raise --timeout or look for a hanging test")]
    TimedOut { command: String, seconds: u64 },
    #[error(
        "`{command}` failed (exit {status}) but printed no failure the healer can read; is it a test command, and \
         does it find the tests? Its last lines:\n{tail}"
    )]
    NothingParsed { command: String, status: String, tail: String },
    #[error("threshold {0} is outside 0..=1")]
    Threshold(f64),
    #[error(
        "could not read the failures: {source}. The command printed more than {cap_mib} MiB; only the first \
         {cap_mib} MiB were kept (to bound memory), so make the tests print less or run fewer of them"
    )]
    TruncatedOutput { source: ParseError, cap_mib: usize },
}

/// The command's re-run after a kept change, and its failures.
type KeptRun = (RunOutput, Vec<Failure>);

/// Runs the loop. See the module docs.
pub fn heal_run(opts: &RunOptions, on_event: &mut dyn FnMut(Event)) -> Result<RunReport, SessionError> {
    if !opts.project.is_dir() {
        return Err(SessionError::NoProject(opts.project.clone()));
    }
    if !(0.0..=1.0).contains(&opts.threshold) {
        return Err(SessionError::Threshold(opts.threshold));
    }
    let root = std::fs::canonicalize(&opts.project).map_err(|_| SessionError::NoProject(opts.project.clone()))?;
    let mut session = Session {
        opts,
        root: root.clone(),
        on_event,
        workspace: None,
        git: Default::default(),
        changes: Default::default(),
        change_reader: None,
        scratch: None,
        scratch_note: None,
        staged: BTreeMap::new(),
        processes: 0,
        deadline: Instant::now() + opts.budget,
        budget_ran_out: false,
        shared_causes: Vec::new(),
        captured: HashMap::new(),
        moved: Vec::new(),
    };
    // A dry run validated in place and killed left its originals in `.maestro/trial/`: put them back before the
    // first run (taking the lock does that), or it would test, and copy, a candidate fix.
    let trial = root.join(crate::state::DIR).join("trial").join("manifest.json");
    if !opts.apply && trial.exists() {
        drop(Workspace::open_trial(&root)?);
    }
    if opts.apply {
        // The lock before anything runs: two runs healing one project would validate against each other's
        // writes, and the second learns at once that it must wait, not after its first run.
        session.workspace()?;
    }
    // The git reads and the pattern store's bookkeeping overlap the first run instead of delaying it (a passing
    // suite then costs little more than the command alone). Both happen before the healer's first write, so its
    // own edits never count as the developer's intent.
    let (git, initial) = std::thread::scope(|scope| {
        let background = scope.spawn(|| {
            let git = crate::runner::git::signals(&root);
            // Learning from outcomes: fixes applied by an earlier run and since kept or reverted.
            crate::patterns::before_run(&root);
            git
        });
        let initial = session.run(&opts.command);
        (background.join(), initial)
    });
    session.git = git.unwrap_or_default();
    let initial = initial?;
    if initial.timed_out {
        return Err(SessionError::TimedOut {
            command: CommandSpec::new(opts.command.clone(), ".").display(),
            seconds: opts.timeout.as_secs(),
        });
    }
    let runner = opts.runner.or_else(|| runner_of(&opts.command));
    let mut failures = session.failures(&initial, runner)?;
    if failures.is_empty() && !initial.passed() {
        // "0 failure(s)" with exit 1 says nothing: show what the runner said instead.
        return Err(SessionError::NothingParsed {
            command: CommandSpec::new(opts.command.clone(), ".").display(),
            status: initial.status.map_or_else(|| "by a signal".to_string(), |c| c.to_string()),
            tail: last_lines(&initial.output, TAIL_LINES),
        });
    }
    // Before the first write: a healed test file would otherwise read as newer than the code.
    let cache = SourceCache::new(&root);
    for failure in &failures {
        session.change_for(failure, &cache);
    }
    let initial_summary = summary(&opts.command, &initial, failures.len());
    session.emit(Event::Parsed { failures: failures.len() });
    let runner = runner.or_else(|| failures.first().map(|f| f.runner));
    if !failures.is_empty() && opts.validate {
        session.open_scratch(&failures, &cache);
    }

    let mut outcomes: Vec<FailureOutcome> = Vec::new();
    let mut applied = 0;
    let mut last = initial.clone();
    let mut last_failures = failures.len();
    // Lint violations go to the linter's own autofix first; what it cannot fix goes to the strategies below.
    let mut lint_fixes = Vec::new();
    let plan =
        runner.filter(|_| !initial.passed()).and_then(|r| lint_autofix::plan(&root, &opts.command, r, &failures));
    if let Some(plan) = plan {
        let (outcome, kept) = session.lint_autofix(&plan, &failures)?;
        if let Some((out, after)) = kept {
            applied += 1;
            last = out;
            failures = after;
            last_failures = failures.len();
        }
        lint_fixes.push(outcome);
    }
    for _round in 0..opts.max_rounds.max(1) {
        if last.passed() || failures.is_empty() {
            break;
        }
        let work: Vec<Failure> = dedupe(&failures)
            .into_iter()
            .filter(|f| !outcomes.iter().any(|o| same_failure(&o.failure, f) && o.failure.message == f.message))
            .collect();
        if work.is_empty() {
            break;
        }
        // Only a run that ran every test tells which tests passed: a collection error stops pytest before the
        // other files, so what a fix then reveals is not something it broke (the next round heals it).
        let known = if ran_every_test(&failures, &last.output) { Some(failures.as_slice()) } else { None };
        let (round, clean_run) = session.heal_round(&work, known, runner, None)?;
        let applied_this_round: usize = round.iter().map(|o| o.fixes.iter().filter(|f| f.applied).count()).sum();
        outcomes.extend(round);
        applied += applied_this_round;
        if !opts.apply || applied_this_round == 0 {
            break;
        }
        session.commit()?;
        // The validation's own whole run of exactly what was kept tells what fails now; otherwise run again.
        last = match clean_run {
            Some(run) => run,
            None => session.run(&opts.command)?,
        };
        failures = if last.passed() { Vec::new() } else { session.failures(&last, runner).unwrap_or_default() };
        last_failures = failures.len();
    }
    // A failure none of whose own fixes was applied may still pass now; only a complete final run says so.
    if applied > 0 && (last.passed() || ran_every_test(&failures, &last.output)) {
        for o in outcomes.iter_mut().filter(|o| !o.fixes.iter().any(|f| f.applied)) {
            o.passes_now = !failures.iter().any(|f| same_failure(&o.failure, f));
        }
    }
    // A dry run (or a fix that was not kept) leaves nothing behind.
    session.unstage_all()?;
    let changed_files = session.workspace.as_ref().map(Workspace::changed_files).unwrap_or_default();
    let final_run = summary(&opts.command, &last, last_failures);
    let report = RunReport {
        project: root,
        runner,
        apply: opts.apply,
        threshold: opts.threshold,
        initial: initial_summary,
        failures: outcomes,
        applied,
        changed_files,
        lint_fixes,
        exit_code: if last.passed() { 0 } else { 1 },
        final_run,
        workspace: session.workspace_info(),
        runner_processes: session.processes,
        budget_ran_out: session.budget_ran_out,
        shared_causes: std::mem::take(&mut session.shared_causes),
    };
    drop(session);
    crate::patterns::after_run(&report.project, &report);
    Ok(report)
}

/// How to hunt flaky tests in a passing suite ([`hunt_flaky`]).
#[derive(Debug, Clone)]
pub struct FlakyOptions {
    /// The command, project, `apply`, threshold, timeouts, and `flaky_validation_runs` for the fixes.
    pub run: RunOptions,
    /// Runs of the whole suite, one runner process each.
    pub runs: u32,
    /// Shuffle the test order of every run (pytest: node ids in a shuffled order; vitest: `--sequence.shuffle`).
    pub random_order: bool,
    /// Seed of the shuffles, so a hunt can be replayed.
    pub seed: u64,
}

/// A test that passed in some runs and failed in others.
#[derive(Debug, Clone, Serialize)]
pub struct FlakyTest {
    pub test: String,
    pub failed: u32,
    pub runs: u32,
    pub pass_rate: f64,
    /// What the evidence points to: the stabilising fix's title and rationale, when one was proposed.
    pub cause: Option<String>,
    /// The last failure it showed.
    pub failure: Failure,
    pub fixes: Vec<FixOutcome>,
}

/// What [`hunt_flaky`] found.
#[derive(Debug, Clone, Serialize)]
pub struct FlakyReport {
    pub project: PathBuf,
    pub command: String,
    pub runs: u32,
    pub random_order: bool,
    /// Why the order could not be shuffled, when it was asked for and could not be.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_note: Option<String>,
    pub seed: u64,
    pub flaky: Vec<FlakyTest>,
    /// Tests that failed in every run: deterministic failures, never reported as flaky.
    pub always_failing: Vec<String>,
    pub applied: usize,
    pub changed_files: Vec<PathBuf>,
    pub workspace: WorkspaceInfo,
    pub runner_processes: usize,
}

/// Runs a suite `runs` times (one process per run, shuffled when asked), lists the tests that flipped with their
/// pass rate and the cause the evidence points to, and proposes (with `apply`, writes) the flaky strategy's
/// fixes that pass `flaky_validation_runs` consecutive runs in the shadow copy.
pub fn hunt_flaky(opts: &FlakyOptions, on_event: &mut dyn FnMut(Event)) -> Result<FlakyReport, SessionError> {
    let run_opts = &opts.run;
    if !run_opts.project.is_dir() {
        return Err(SessionError::NoProject(run_opts.project.clone()));
    }
    let root =
        std::fs::canonicalize(&run_opts.project).map_err(|_| SessionError::NoProject(run_opts.project.clone()))?;
    let mut session = Session {
        opts: run_opts,
        root: root.clone(),
        on_event,
        workspace: None,
        git: crate::runner::git::signals(&root),
        changes: Default::default(),
        change_reader: None,
        scratch: None,
        scratch_note: None,
        staged: BTreeMap::new(),
        processes: 0,
        deadline: Instant::now() + run_opts.budget,
        budget_ran_out: false,
        shared_causes: Vec::new(),
        captured: HashMap::new(),
        moved: Vec::new(),
    };
    if run_opts.apply {
        session.workspace()?;
    }
    let runner = run_opts.runner.or_else(|| runner_of(&run_opts.command));
    let (ids, order_note) = match (opts.random_order, runner) {
        (false, _) => (Vec::new(), None),
        (true, Some(Runner::Pytest)) => {
            let mut argv = run_opts.command.clone();
            argv.push("--collect-only".to_string());
            // One -q lists the ids; two list only counts per file.
            if !argv.iter().any(|a| a == "-q" || a == "--quiet") {
                argv.push("-q".to_string());
            }
            let out = session.run(&argv)?;
            let ids: Vec<String> = out
                .output
                .lines()
                .filter(|l| l.contains("::") && !l.starts_with(' ') && !l.contains(' '))
                .map(String::from)
                .collect();
            let note = ids.is_empty().then(|| "pytest listed no test ids to shuffle".to_string());
            (ids, note)
        }
        (true, Some(Runner::Vitest)) => (Vec::new(), None),
        (true, _) => (Vec::new(), Some("this runner's order cannot be shuffled; runs keep their order".to_string())),
    };
    let mut rng = opts.seed | 1;
    let mut seen: Vec<(Failure, u32)> = Vec::new();
    let runs = opts.runs.max(1);
    let mut done = 0u32;
    for run_no in 0..runs {
        if !session.fits(Duration::ZERO) {
            break;
        }
        done += 1;
        let argv = match runner {
            Some(Runner::Pytest) if !ids.is_empty() => {
                let mut shuffled = ids.clone();
                for i in (1..shuffled.len()).rev() {
                    rng ^= rng << 13;
                    rng ^= rng >> 7;
                    rng ^= rng << 17;
                    shuffled.swap(i, (rng % (i as u64 + 1)) as usize);
                }
                rerun_argv(&run_opts.command, Runner::Pytest, &shuffled, &[])
            }
            Some(Runner::Vitest) if opts.random_order => {
                let mut argv = run_opts.command.clone();
                argv.push("--sequence.shuffle".into());
                argv.push(format!("--sequence.seed={}", opts.seed.wrapping_add(u64::from(run_no)) % 1_000_000_007));
                argv
            }
            _ => run_opts.command.clone(),
        };
        // pytest runs record the exact operands of failing comparisons: the console prints `(2.4 / 5)` where
        // the stabilising fix needs the value.
        let capture = (runner == Some(Runner::Pytest)).then(crate::runner::capture::Capture::pytest).flatten();
        let (argv, capture) = match capture.as_ref().and_then(|c| with_plugin_args(&argv, &c.args())) {
            Some(with) => (with, capture),
            None => (argv, None),
        };
        let env = capture.as_ref().map(|c| c.env()).unwrap_or_default();
        let out = session.run_in(&argv, &root, run_opts.timeout, env)?;
        if out.passed() {
            continue;
        }
        let records = capture.map(|c| c.read()).unwrap_or_default();
        for f in dedupe(&session.failures(&out, runner).unwrap_or_default()) {
            let f = crate::runner::capture::fill(&f, &records, &root).unwrap_or(f);
            match seen.iter_mut().find(|(s, _)| same_failure(s, &f)) {
                Some((s, n)) => {
                    *s = f;
                    *n += 1;
                }
                None => seen.push((f, 1)),
            }
        }
    }
    let always_failing: Vec<String> = seen.iter().filter(|(_, n)| *n >= done).map(|(f, _)| test_name(f)).collect();
    let flaky: Vec<(Failure, u32)> = seen.into_iter().filter(|(_, n)| *n < done).collect();
    let work: Vec<Failure> = flaky.iter().map(|(f, _)| f.clone()).collect();
    let observed: Vec<Observations> =
        flaky.iter().map(|(_, n)| Observations { reruns: done, passes: done - n, ..Default::default() }).collect();
    let mut outcomes = Vec::new();
    if !work.is_empty() {
        let cache = SourceCache::new(&root);
        for f in &work {
            session.change_for(f, &cache);
        }
        if run_opts.validate {
            session.open_scratch(&work, &cache);
        }
        outcomes = session.heal_round(&work, None, runner, Some(observed))?.0;
        if run_opts.apply {
            session.commit()?;
        }
    }
    session.unstage_all()?;
    let applied = outcomes.iter().map(|o| o.fixes.iter().filter(|f| f.applied).count()).sum();
    let flaky = outcomes
        .into_iter()
        .zip(&flaky)
        .map(|(o, (_, n))| FlakyTest {
            test: test_name(&o.failure),
            failed: *n,
            runs: done,
            pass_rate: f64::from(done - n) / f64::from(done.max(1)),
            cause: o.fixes.first().map(|f| format!("{}: {}", f.fix.title, f.fix.rationale)),
            failure: o.failure,
            fixes: o.fixes,
        })
        .collect();
    Ok(FlakyReport {
        project: root,
        command: CommandSpec::new(run_opts.command.clone(), ".").display(),
        runs: done,
        random_order: opts.random_order,
        order_note,
        seed: opts.seed,
        flaky,
        always_failing,
        applied,
        changed_files: session.workspace.as_ref().map(Workspace::changed_files).unwrap_or_default(),
        workspace: session.workspace_info(),
        runner_processes: session.processes,
    })
}

/// Where candidate fixes are written while their tests re-run.
enum Scratch {
    /// A copy of the project elsewhere: the project is written only for kept fixes.
    Shadow(Shadow),
    /// The project itself (it could not be shadowed): each write is backed up with a write-ahead record first and
    /// restored when the fix is not kept.
    InPlace,
}

/// One candidate fix in a validation batch: which failure, which of its fixes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Member {
    item: usize,
    fix: usize,
}

/// Fixes validated and kept or dropped together: one fix, or the fixes of several failures that share one
/// cause (same strategy, same title: one renamed symbol, one changed constant), which form one fix over all
/// their sites.
#[derive(Debug, Clone)]
struct Unit {
    members: Vec<Member>,
}

/// A failing round's work: each failure, the fixes proposed for it and what became of them.
struct Item<'c> {
    failure: Failure,
    ctx: Context<'c>,
    fixes: Vec<Fix>,
    described: Vec<Option<ProposedFix>>,
    decisions: Vec<Option<Decision>>,
    /// The next fix to consider.
    next: usize,
    /// A fix of this failure passed validation (and, with `apply`, was kept).
    done: bool,
    note: Option<String>,
    /// Needs a run of consecutive passes (flaky test or flaky strategy).
    flaky: bool,
}

#[derive(Debug, Clone)]
struct Decision {
    validated: Option<bool>,
    applied: bool,
    text: String,
    heals: Vec<String>,
}

impl Decision {
    fn new(validated: Option<bool>, text: impl Into<String>) -> Self {
        Decision { validated, applied: false, text: text.into(), heals: Vec::new() }
    }
}

/// What one validation run showed for a set of units.
struct Trial {
    healed: Vec<bool>,
    /// Failures of tests that passed before the fixes.
    broke: Vec<Failure>,
    /// The run, when it was the whole command.
    whole: Option<RunOutput>,
    /// The failures of the re-run.
    after: Vec<Failure>,
}

struct Session<'a> {
    opts: &'a RunOptions,
    root: PathBuf,
    on_event: &'a mut dyn FnMut(Event),
    workspace: Option<Workspace>,
    git: crate::context::GitSignals,
    /// The code change since each failing test file last changed, read once per file before the healer writes
    /// anything there (its own edits are not the developer's change).
    changes: std::collections::HashMap<PathBuf, std::sync::Arc<crate::change::ChangeSet>>,
    /// Reads those changes, sharing what test files have in common.
    change_reader: Option<ChangeReader>,
    scratch: Option<Scratch>,
    /// Why validation writes in place, when it does.
    scratch_note: Option<String>,
    /// Files of the scratch the healer changed: (text of the project's file, text in the scratch now).
    staged: BTreeMap<PathBuf, (String, String)>,
    /// Runner processes started.
    processes: usize,
    deadline: Instant,
    budget_ran_out: bool,
    shared_causes: Vec<SharedCause>,
    /// Failures with the exact values an observing re-run captured (see [`crate::runner::capture`]), by test.
    captured: HashMap<String, Failure>,
    /// Fixes that made their assertion pass while the test went on to fail on another row of the same table
    /// (a loop checks one row after the other): the fix and the test's next failure.
    moved: Vec<(Member, Failure)>,
}

impl Session<'_> {
    fn emit(&mut self, e: Event) {
        (self.on_event)(e);
    }

    fn remaining(&self) -> Duration {
        self.deadline.saturating_duration_since(Instant::now())
    }

    /// Whether a run expected to take about `expected` still fits in the budget; notes when it does not.
    fn fits(&mut self, expected: Duration) -> bool {
        let fits = self.remaining() > expected;
        self.budget_ran_out |= !fits;
        fits
    }

    /// Runs a command in the project.
    fn run(&mut self, argv: &[String]) -> Result<RunOutput, SessionError> {
        let root = self.root.clone();
        self.run_in(argv, &root, self.opts.timeout, Vec::new())
    }

    /// Runs a command where fixes are validated (the shadow copy, or the project), bounded by the budget, with
    /// its output's paths pointing at the project.
    fn run_scratch(&mut self, argv: &[String]) -> Result<RunOutput, SessionError> {
        self.run_scratch_with_env(argv, Vec::new())
    }

    fn run_scratch_with_env(&mut self, argv: &[String], env: Vec<(String, String)>) -> Result<RunOutput, SessionError> {
        let dir = match &self.scratch {
            Some(Scratch::Shadow(s)) => s.root().to_path_buf(),
            _ => self.root.clone(),
        };
        let limit = self.opts.timeout.min(self.remaining().max(Duration::from_secs(1)));
        let mut out = self.run_in(argv, &dir, limit, env)?;
        if let Some(Scratch::Shadow(s)) = &self.scratch {
            out.output = s.to_project_paths(&out.output);
        }
        Ok(out)
    }

    fn run_in(
        &mut self,
        argv: &[String],
        dir: &Path,
        timeout: Duration,
        env: Vec<(String, String)>,
    ) -> Result<RunOutput, SessionError> {
        let spec = CommandSpec::new(argv.to_vec(), dir).with_timeout(timeout).with_env(env);
        let command = spec.display();
        self.emit(Event::Running { command: command.clone() });
        self.processes += 1;
        let on_event = &mut self.on_event;
        let out = run(&spec, &mut |elapsed| on_event(Event::StillRunning { command: command.clone(), elapsed }))?;
        self.emit(Event::Finished { command, status: out.status, duration: out.duration });
        Ok(out)
    }

    fn failures(&self, out: &RunOutput, runner: Option<Runner>) -> Result<Vec<Failure>, SessionError> {
        if let Some(junit) = &self.opts.junit {
            let path = self.root.join(junit);
            let xml = std::fs::read(&path).map_err(|source| SessionError::Junit { path: path.clone(), source })?;
            return Ok(crate::failure::parse_bytes(&xml, Some(Runner::Junit))?);
        }
        if out.passed() {
            return Ok(Vec::new());
        }
        let mut parsed = match crate::failure::parse(&out.output, runner) {
            Ok(f) => Ok(f),
            // The command said which runner, but its output is something else (a crash before the runner
            // started): try detection before giving up.
            Err(_) if runner.is_some() => crate::failure::parse(&out.output, None),
            Err(e) => Err(e),
        };
        for f in parsed.iter_mut().flatten() {
            if f.raw.len() > MAX_RAW_BYTES {
                let cut = (0..=MAX_RAW_BYTES).rev().find(|&i| f.raw.is_char_boundary(i)).unwrap_or(0);
                f.raw.truncate(cut);
            }
        }
        parsed.map_err(|source| {
            if out.truncated {
                SessionError::TruncatedOutput { source, cap_mib: crate::runner::command::OUTPUT_CAP >> 20 }
            } else {
                source.into()
            }
        })
    }

    /// The failures of a run in the scratch (JUnit files are read from there too).
    fn scratch_failures(&self, out: &RunOutput, runner: Option<Runner>) -> Result<Vec<Failure>, SessionError> {
        if let (Some(junit), Some(Scratch::Shadow(s))) = (&self.opts.junit, &self.scratch) {
            let path = s.root().join(junit);
            let xml = std::fs::read(&path).map_err(|source| SessionError::Junit { path: path.clone(), source })?;
            let text = s.to_project_paths(&String::from_utf8_lossy(&xml));
            return Ok(crate::failure::parse_bytes(text.as_bytes(), Some(Runner::Junit))?);
        }
        self.failures(out, runner)
    }

    fn change_for(&mut self, failure: &Failure, cache: &SourceCache) -> std::sync::Arc<crate::change::ChangeSet> {
        let Some(rel) = failure.file.as_deref().and_then(|f| cache.relative(f)) else { return Default::default() };
        if let Some(change) = self.changes.get(&rel) {
            return change.clone();
        }
        let reader = self.change_reader.get_or_insert_with(|| ChangeReader::new(&self.root));
        let change = reader.change_for(&rel);
        self.changes.insert(rel, change.clone());
        change
    }

    fn workspace(&mut self) -> Result<&mut Workspace, SessionError> {
        if self.workspace.is_none() {
            let ws = if self.opts.apply { Workspace::open(&self.root)? } else { Workspace::open_trial(&self.root)? };
            self.workspace = Some(ws);
        }
        self.workspace.as_mut().ok_or_else(|| SessionError::NoProject(self.root.clone()))
    }

    /// Makes the shadow copy, or says why validation must write in place.
    fn open_scratch(&mut self, failures: &[Failure], cache: &SourceCache) {
        let mut own: Vec<PathBuf> =
            failures.iter().filter_map(|f| f.file.as_deref()).filter_map(|f| cache.relative(f)).collect();
        own.sort();
        own.dedup();
        let conftests: Vec<PathBuf> = own
            .iter()
            .filter_map(|f| f.parent().map(|d| d.join("conftest.py")))
            .chain([PathBuf::from("conftest.py")])
            .collect();
        own.extend(conftests);
        let why = if std::env::var_os("MAESTRO_SHADOW").is_some_and(|v| v == "0") {
            Err("MAESTRO_SHADOW=0 asked for it".to_string())
        } else if let Some(file) = shadow::names_its_own_path(&self.root, &own) {
            Err(format!(
                "{} names the project's absolute path, so a copy elsewhere would test the originals",
                file.display()
            ))
        } else {
            Shadow::create(&self.root)
        };
        self.scratch = Some(match why {
            Ok(s) => Scratch::Shadow(s),
            Err(why) => {
                self.scratch_note = Some(format!(
                    "validated in place (the project could not be shadowed: {why}); every write was backed up first"
                ));
                Scratch::InPlace
            }
        });
    }

    fn workspace_info(&self) -> WorkspaceInfo {
        match &self.scratch {
            Some(Scratch::Shadow(s)) => WorkspaceInfo {
                kind: "shadow".into(),
                note: Some(format!(
                    "validated in a copy of the project ({} files copied, {} linked)",
                    s.copied, s.linked
                )),
            },
            Some(Scratch::InPlace) => WorkspaceInfo { kind: "in_place".into(), note: self.scratch_note.clone() },
            None => WorkspaceInfo { kind: "none".into(), note: None },
        }
    }

    /// Puts the scratch in the state "the project plus exactly these texts": files staged before and not named
    /// here go back to the project's text.
    fn stage(&mut self, texts: &BTreeMap<PathBuf, (String, String)>) -> Result<(), SessionError> {
        let back: Vec<PathBuf> = self.staged.keys().filter(|p| !texts.contains_key(*p)).cloned().collect();
        for path in back {
            if let Some((original, now)) = self.staged.remove(&path) {
                if now != original {
                    self.put(&path, &original, true)?;
                }
            }
        }
        for (path, (original, text)) in texts {
            let now = self.staged.get(path).map(|(_, n)| n.as_str()).unwrap_or(original.as_str());
            if now != text {
                self.put(path, text, text == original)?;
            }
            self.staged.insert(path.clone(), (original.clone(), text.clone()));
        }
        Ok(())
    }

    fn put(&mut self, path: &Path, text: &str, restoring: bool) -> Result<(), SessionError> {
        match &self.scratch {
            Some(Scratch::Shadow(s)) => s.write(path, text)?,
            _ if restoring => self.workspace()?.restore(path)?,
            _ => self.workspace()?.write(path, text)?,
        }
        Ok(())
    }

    fn unstage_all(&mut self) -> Result<(), SessionError> {
        self.stage(&BTreeMap::new())
    }

    /// Writes every staged text into the project (once, atomically, with its backup and write-ahead record) and
    /// makes it the new baseline.
    fn commit(&mut self) -> Result<(), SessionError> {
        let staged = std::mem::take(&mut self.staged);
        for (path, (original, now)) in &staged {
            if now != original && matches!(self.scratch, Some(Scratch::Shadow(_))) {
                self.workspace()?.write(path, now)?;
            }
        }
        Ok(())
    }

    /// Heals one round: observes the failing tests (batched), proposes fixes, validates them together with
    /// bisection, and keeps those that pass (staged; [`Session::commit`] writes them). Returns the outcomes and,
    /// when the last validation was a whole run of exactly the kept fixes, that run.
    fn heal_round(
        &mut self,
        work: &[Failure],
        all: Option<&[Failure]>,
        runner: Option<Runner>,
        observed: Option<Vec<Observations>>,
    ) -> Result<(Vec<FailureOutcome>, Option<RunOutput>), SessionError> {
        let observed = match observed {
            Some(o) => o,
            None => self.observe_all(work, runner)?,
        };
        let cache = SourceCache::new(&self.root);
        // One index of the project for the whole round: the project does not change while fixes are proposed.
        let index = crate::context::SharedIndex::default();
        let mut items: Vec<Item> = Vec::new();
        for (failure, observed) in work.iter().zip(observed) {
            // What the console shortened, the re-run recorded whole.
            let captured = self.captured.remove(&test_name(failure));
            let failure = captured.as_ref().unwrap_or(failure);
            let change = self.change_for(failure, &cache);
            let ctx = Context::new(&cache, self.git.clone())
                .with_observations(observed)
                .with_change(change)
                .with_tests_only(self.opts.tests_only)
                .with_shared_project(index.clone());
            let fixes = crate::strategies::propose(failure, &ctx);
            let primary = failure.file.as_deref().and_then(|f| cache.relative(f)).unwrap_or_default();
            let note = match &failure.file {
                Some(file) if cache.relative(file).is_none() => {
                    Some(format!("{}: outside the project; only the project's own files are healed", file.display()))
                }
                Some(_) => cache.get(&primary).err().map(|e| e.to_string()),
                None => None,
            }
            .filter(|_| fixes.is_empty());
            let described = fixes.iter().map(|fix| describe(fix, failure, &ctx, &primary)).collect();
            let flaky = ctx.observed.flipped();
            items.push(Item {
                failure: failure.clone(),
                decisions: vec![None; fixes.len()],
                fixes,
                described,
                ctx,
                next: 0,
                done: false,
                note,
                flaky,
            });
        }
        share_refusals(&mut items);
        let mut kept: Vec<Unit> = Vec::new();
        let mut clean: Option<RunOutput> = None;
        let mut first = true;
        loop {
            let batch: Vec<Member> = (0..items.len()).filter_map(|i| self.next_candidate(&mut items, i)).collect();
            if batch.is_empty() {
                break;
            }
            let (units, postponed) = self.group(&items, &kept, &batch);
            for m in postponed {
                items[m.item].decisions[m.fix] = Some(Decision::new(
                    None,
                    "not validated: it edits the same lines as another fix validated in this round",
                ));
            }
            let (steady, flaky): (Vec<Unit>, Vec<Unit>) = units.into_iter().partition(|u| {
                !u.members.iter().any(|m| {
                    items[m.item].flaky || items[m.item].fixes[m.fix].strategy() == StrategyKind::FlakyStabilization
                })
            });
            let mut rejected: Vec<(Unit, String)> = Vec::new();
            let mut accepted = Vec::new();
            if !steady.is_empty() {
                let mut last_whole = None;
                accepted = self.settle(&items, all, &kept, steady, first, &mut rejected, &mut last_whole, runner)?;
                first = false;
                if !accepted.is_empty() {
                    clean = last_whole;
                }
            }
            kept.extend(accepted.iter().cloned());
            let stable = self.settle_flaky(&items, &kept, flaky, &mut rejected, runner)?;
            if !stable.is_empty() {
                clean = None;
            }
            kept.extend(stable.iter().cloned());
            for unit in accepted.iter().chain(&stable) {
                let heals: Vec<String> = unit.members.iter().map(|m| test_name(&items[m.item].failure)).collect();
                for m in &unit.members {
                    let mut d = Decision::new(
                        Some(true),
                        if self.opts.apply {
                            "validated and applied"
                        } else {
                            "validated; not applied (pass --apply to write it)"
                        },
                    );
                    d.applied = self.opts.apply;
                    if heals.len() > 1 {
                        d.heals = heals.clone();
                    }
                    items[m.item].decisions[m.fix] = Some(d);
                    items[m.item].done = true;
                }
            }
            for (m, next) in std::mem::take(&mut self.moved) {
                let joined = self.with_next_row(&items[m.item], m.fix, &next);
                if joined.is_none() {
                    if let Some((_, why)) = rejected.iter_mut().find(|(u, _)| u.members == [m]) {
                        *why = format!(
                            "rolled back: the test then failed on another row or check (line {}), and no update \
                             of that row is justified",
                            next.line.unwrap_or(0)
                        );
                    }
                }
                if let Some(joined) = joined {
                    let item = &mut items[m.item];
                    let primary =
                        item.failure.file.as_deref().and_then(|f| item.ctx.sources.relative(f)).unwrap_or_default();
                    item.described.push(describe(&joined, &item.failure, &item.ctx, &primary));
                    item.fixes.push(joined);
                    item.decisions.push(None);
                    if let Some((_, why)) = rejected.iter_mut().find(|(u, _)| u.members == [m]) {
                        *why = "rolled back alone: the test then failed on another row or check; tried again \
                                with that row updated too"
                            .to_string();
                    }
                }
            }
            for (unit, why) in rejected {
                for m in &unit.members {
                    let validated = (!why.starts_with("not ")).then_some(false);
                    items[m.item].decisions[m.fix] = Some(Decision::new(validated, why.clone()));
                }
            }
            if self.budget_ran_out {
                break;
            }
        }
        // The scratch now holds exactly the kept fixes.
        self.stage_units(&items, &kept)?;
        let budget_note = self.budget_ran_out;
        let outcomes = items
            .into_iter()
            .map(|item| {
                let mut fixes = Vec::new();
                for (i, described) in item.described.into_iter().enumerate() {
                    let Some(described) = described else { continue };
                    let d = item.decisions[i].clone().unwrap_or_else(|| {
                        if item.done {
                            Decision::new(None, "another fix for this failure was kept")
                        } else if budget_note {
                            Decision::new(None, "not validated: the time budget (--budget) ran out")
                        } else {
                            Decision::new(None, "not validated")
                        }
                    });
                    fixes.push(FixOutcome {
                        fix: described,
                        validated: d.validated,
                        applied: d.applied,
                        decision: d.text,
                        heals: d.heals,
                    });
                }
                FailureOutcome {
                    failure: item.failure,
                    fixes,
                    observed: item.ctx.observed.clone(),
                    note: item.note,
                    passes_now: false,
                }
            })
            .collect();
        Ok((outcomes, clean))
    }

    /// The next fix of item `i` worth validating, deciding the ones passed over on the way.
    fn next_candidate(&mut self, items: &mut [Item], i: usize) -> Option<Member> {
        let item = &mut items[i];
        while item.next < item.fixes.len() && !item.done {
            let k = item.next;
            item.next += 1;
            if item.described[k].is_none() {
                continue;
            }
            let fix = &item.fixes[k];
            let why = if fix.applicability() == Applicability::DisplayOnly {
                "display only: shown for review, never applied".to_string()
            } else if fix.confidence() < self.opts.threshold {
                format!("confidence {:.2} is below the threshold {:.2}", fix.confidence(), self.opts.threshold)
            } else if !self.opts.validate {
                "not validated (validation disabled), so not applied".to_string()
            } else if self.budget_ran_out {
                "not validated: the time budget (--budget) ran out".to_string()
            } else {
                return Some(Member { item: i, fix: k });
            };
            item.decisions[k] = Some(Decision::new(None, why));
        }
        None
    }

    /// `fix` of `item` joined with the update of the row the re-run failed on next, when an assertion update
    /// above the threshold, on other bytes of the same files, is proposed for it; `None` otherwise.
    fn with_next_row(&self, item: &Item, fix: usize, next: &Failure) -> Option<Fix> {
        let first = &item.fixes[fix];
        let rows = first
            .title()
            .strip_prefix("Update ")
            .and_then(|t| t.split_once(" stale"))
            .map_or(1, |(n, _)| n.parse::<usize>().unwrap_or(1));
        if first.strategy() != StrategyKind::AssertionUpdate || rows >= MAX_TABLE_ROWS {
            return None;
        }
        let overlaps = |a: &crate::fix::Edit, b: &crate::fix::Edit| {
            a.path == b.path && a.range.start < b.range.end && b.range.start < a.range.end
        };
        let second = crate::strategies::propose(next, &item.ctx).into_iter().find(|f| {
            f.strategy() == StrategyKind::AssertionUpdate
                && f.applicability() != Applicability::DisplayOnly
                && f.confidence() >= self.opts.threshold
                && f.paths() == first.paths()
                && !f.edits().iter().any(|e| first.edits().iter().any(|d| overlaps(d, e)))
        })?;
        let edits: Vec<crate::fix::Edit> = first.edits().iter().chain(second.edits()).cloned().collect();
        let rationale = format!(
            "{} The re-run then failed on the next row of the same test, updated too: {}",
            first.rationale(),
            second.rationale()
        );
        let fix = Fix::new(
            StrategyKind::AssertionUpdate,
            edits,
            first.confidence().min(second.confidence()),
            format!("Update {} stale expectations of one test (its rows fail one after the other)", rows + 1),
            rationale,
        )
        .with_applicability(first.applicability());
        Some(fix)
    }

    /// Groups the batch into units: fixes with one cause (strategy and title) edit all their sites together;
    /// a fix whose edits collide with a kept fix or another fix of the batch waits (postponed).
    fn group(&mut self, items: &[Item], kept: &[Unit], batch: &[Member]) -> (Vec<Unit>, Vec<Member>) {
        let mut units: Vec<(StrategyKind, String, Unit)> = Vec::new();
        // The edits taken so far, by file: each member is checked against them alone (checking the whole set
        // again for every member made grouping N failures cost N² edits and N whole-file rewrites).
        let mut taken: BTreeMap<PathBuf, Vec<&crate::fix::Edit>> = BTreeMap::new();
        for m in kept.iter().flat_map(|u| u.members.iter()) {
            let fix = &items[m.item].fixes[m.fix];
            for e in fix.edits() {
                let list = taken.entry(e.path.clone()).or_default();
                if !list.contains(&e) {
                    list.push(e);
                }
            }
        }
        let mut postponed = Vec::new();
        for &m in batch {
            let fix = &items[m.item].fixes[m.fix];
            if !fits_with(items, &taken, fix) {
                postponed.push(m);
                continue;
            }
            for e in fix.edits() {
                let list = taken.entry(e.path.clone()).or_default();
                if !list.contains(&e) {
                    list.push(e);
                }
            }
            let key = (fix.strategy(), fix.title().to_string());
            match units.iter_mut().find(|(s, t, _)| (*s, t.as_str()) == (key.0, key.1.as_str())) {
                Some((_, _, unit)) => unit.members.push(m),
                None => units.push((key.0, key.1, Unit { members: vec![m] })),
            }
        }
        (units.into_iter().map(|(_, _, u)| u).collect(), postponed)
    }

    /// The texts of every file the members edit: (project text, text with all their edits). Identical edits
    /// proposed for two failures count once; overlapping different edits are an error.
    fn texts(&self, items: &[Item], members: &[Member]) -> Result<BTreeMap<PathBuf, (String, String)>, String> {
        let mut edits: BTreeMap<PathBuf, Vec<&crate::fix::Edit>> = BTreeMap::new();
        for m in members {
            let fix = &items[m.item].fixes[m.fix];
            for path in fix.paths() {
                let list = edits.entry(path.to_path_buf()).or_default();
                for e in fix.edits_for(path) {
                    if !list.contains(&e) {
                        list.push(e);
                    }
                }
            }
        }
        let sources = items.first().map(|i| i.ctx.sources).ok_or_else(String::new)?;
        let mut out = BTreeMap::new();
        for (path, list) in edits {
            let original = sources.text(&path).map_err(|e| e.to_string())?;
            let fixed = apply_edits(&original, list).map_err(|e| e.to_string())?;
            out.insert(path, (original.to_string(), fixed));
        }
        Ok(out)
    }

    fn stage_units(&mut self, items: &[Item], units: &[Unit]) -> Result<(), SessionError> {
        let members: Vec<Member> = units.iter().flat_map(|u| u.members.iter().copied()).collect();
        // Grouping already refused colliding edits, so this cannot fail; stage nothing rather than panic.
        let texts = self.texts(items, &members).unwrap_or_default();
        self.stage(&texts)
    }

    /// Validates `cands` on top of `kept` with delta debugging: all together first; when some fail, the ones
    /// whose own tests still fail are dropped and the rest re-checked; when a test that passed before breaks,
    /// the set is split in halves. Returns the units kept; every dropped unit lands in `rejected` with why.
    #[allow(clippy::too_many_arguments)]
    fn settle(
        &mut self,
        items: &[Item],
        all: Option<&[Failure]>,
        kept: &[Unit],
        cands: Vec<Unit>,
        whole: bool,
        rejected: &mut Vec<(Unit, String)>,
        last_whole: &mut Option<RunOutput>,
        runner: Option<Runner>,
    ) -> Result<Vec<Unit>, SessionError> {
        if cands.is_empty() {
            return Ok(Vec::new());
        }
        if !self.fits(Duration::ZERO) {
            rejected.extend(cands.into_iter().map(|u| (u, "not validated: the time budget (--budget) ran out".into())));
            return Ok(Vec::new());
        }
        // Writes the fixes where they can be written at all; a fix that could never reach the project is out.
        let mut usable = Vec::new();
        for unit in cands {
            let blocked = unit.members.iter().find_map(|m| {
                items[m.item].fixes[m.fix]
                    .paths()
                    .into_iter()
                    .find_map(|p| crate::runner::apply::check_target(&self.root, p).err())
            });
            match blocked {
                Some(e) => rejected.push((unit, format!("not written: {e}"))),
                None => usable.push(unit),
            }
        }
        if usable.is_empty() {
            return Ok(Vec::new());
        }
        let cands = usable;
        let trial = self.trial(items, all, kept, &cands, whole, runner)?;
        *last_whole = None;
        if trial.healed.iter().all(|h| *h) && trial.broke.is_empty() {
            *last_whole = trial.whole;
            return Ok(cands);
        }
        if let [unit] = cands.as_slice() {
            if unit.members.len() > 1 {
                let split = unit.members.iter().map(|m| Unit { members: vec![*m] }).collect();
                return self.settle(items, all, kept, split, false, rejected, last_whole, runner);
            }
            let why = if !trial.healed[0] {
                if let Some(next) = next_row(&items[unit.members[0].item], unit.members[0].fix, &trial.after) {
                    self.moved.push((unit.members[0], next));
                }
                "rolled back: the failing tests still fail with it".to_string()
            } else {
                let names: Vec<String> = trial.broke.iter().take(3).map(test_name).collect();
                format!("dropped: it breaks {} that passed before", names.join(", "))
            };
            rejected.push((unit.clone(), why));
            return Ok(Vec::new());
        }
        if trial.broke.is_empty() {
            let mut next = Vec::new();
            for (unit, healed) in cands.into_iter().zip(trial.healed) {
                if healed {
                    next.push(unit);
                } else if unit.members.len() > 1 {
                    next.extend(unit.members.iter().map(|m| Unit { members: vec![*m] }));
                } else {
                    // Its test now fails on its next row or check: offered joined with that one, as when the
                    // fix is validated alone.
                    if let Some(row) = next_row(&items[unit.members[0].item], unit.members[0].fix, &trial.after) {
                        self.moved.push((unit.members[0], row));
                    }
                    rejected.push((unit, "rolled back: the failing tests still fail with it".to_string()));
                }
            }
            return self.settle(items, all, kept, next, false, rejected, last_whole, runner);
        }
        let mut cands = cands;
        let second = cands.split_off(cands.len() / 2);
        let first = self.settle(items, all, kept, cands, false, rejected, last_whole, runner)?;
        let mut base = kept.to_vec();
        base.extend(first.iter().cloned());
        let rest = self.settle(items, all, &base, second, false, rejected, last_whole, runner)?;
        *last_whole = None;
        Ok(first.into_iter().chain(rest).collect())
    }

    /// One validation run of `kept` + `cands`: the whole command when `whole`, else only the tests the
    /// candidates target (and those seen broken this round).
    fn trial(
        &mut self,
        items: &[Item],
        all: Option<&[Failure]>,
        kept: &[Unit],
        cands: &[Unit],
        whole: bool,
        runner: Option<Runner>,
    ) -> Result<Trial, SessionError> {
        let mut units = kept.to_vec();
        units.extend(cands.iter().cloned());
        self.stage_units(items, &units)?;
        let title = if cands.len() == 1 && cands[0].members.len() == 1 {
            let m = cands[0].members[0];
            items[m.item].fixes[m.fix].title().to_string()
        } else {
            format!("{} fixes together", cands.iter().map(|u| u.members.len()).sum::<usize>())
        };
        self.emit(Event::Validating { title: title.clone() });
        // An edited parametrize row renames its test: it is re-run, and judged, under its new id.
        let target_of = |m: &Member| -> Failure {
            let it = &items[m.item];
            let mut f = it.failure.clone();
            if let Some(id) =
                crate::strategies::assertion_update::id_after(&it.failure, &it.fixes[m.fix], it.ctx.sources)
            {
                f.test_id = Some(id);
            }
            f
        };
        let owned: Vec<Vec<Failure>> = cands.iter().map(|u| u.members.iter().map(target_of).collect()).collect();
        let targets: Vec<&Failure> = owned.iter().flatten().collect();
        let argv = if whole { self.opts.command.clone() } else { self.rerun_of(&targets, runner) };
        let out = self.run_scratch(&argv)?;
        let after = if out.passed() { Vec::new() } else { self.scratch_failures(&out, runner).unwrap_or_default() };
        let readable = out.passed() || !after.is_empty();
        let healed: Vec<bool> = owned.iter().map(|fs| readable && fs.iter().all(|f| resolved(f, &after))).collect();
        // Tests that passed before and fail now; unknown (none counted) when the earlier run was incomplete.
        let broke: Vec<Failure> = match all {
            Some(all) => after.iter().filter(|f| !all.iter().any(|a| same_failure(a, f))).cloned().collect(),
            None => Vec::new(),
        };
        let passed = healed.iter().all(|h| *h) && broke.is_empty();
        self.emit(Event::Validated { title, passed });
        Ok(Trial { healed, broke, whole: whole.then_some(out), after })
    }

    /// Validates fixes for flaky tests on top of `kept`: each must pass `flaky_validation_runs` runs in a row
    /// (all such tests in one process per run, or one process in all where the runner can repeat tests; a fix is
    /// dropped at its first failing run). A unit of several fixes with one title that fails is tried again fix
    /// by fix: one title (`Seed the random generators with 1234`) does not make independent tests one cause.
    fn settle_flaky(
        &mut self,
        items: &[Item],
        kept: &[Unit],
        cands: Vec<Unit>,
        rejected: &mut Vec<(Unit, String)>,
        runner: Option<Runner>,
    ) -> Result<Vec<Unit>, SessionError> {
        let mut failed = Vec::new();
        let mut stable = self.settle_flaky_once(items, kept, cands, &mut failed, runner)?;
        let mut singles = Vec::new();
        for (unit, why) in failed {
            if unit.members.len() > 1 && !why.starts_with("not ") {
                singles.extend(unit.members.iter().map(|m| Unit { members: vec![*m] }));
            } else {
                rejected.push((unit, why));
            }
        }
        if !singles.is_empty() {
            let mut base = kept.to_vec();
            base.extend(stable.iter().cloned());
            stable.extend(self.settle_flaky_once(items, &base, singles, rejected, runner)?);
        }
        Ok(stable)
    }

    fn settle_flaky_once(
        &mut self,
        items: &[Item],
        kept: &[Unit],
        cands: Vec<Unit>,
        rejected: &mut Vec<(Unit, String)>,
        runner: Option<Runner>,
    ) -> Result<Vec<Unit>, SessionError> {
        let mut alive = cands;
        let runs = self.opts.flaky_validation_runs.max(1);
        let pytest = runner.or_else(|| items.first().map(|i| i.failure.runner)) == Some(Runner::Pytest);
        let by_id = alive.iter().flat_map(|u| &u.members).all(|m| {
            let f = &items[m.item].failure;
            f.kind == FailureKind::TestFailure && f.test_id.is_some()
        });
        // pytest: our plugin runs each test `runs` times in a row in one process, stopping at its first failure.
        if pytest && by_id && runs > 1 && !alive.is_empty() {
            if let Some(capture) = crate::runner::capture::Capture::pytest() {
                if let Some(kept) = self.settle_flaky_repeated(items, kept, &alive, rejected, runner, &capture, runs)? {
                    return Ok(kept);
                }
            }
        }
        let mut i = 0;
        while !alive.is_empty() && i < runs {
            let mut units = kept.to_vec();
            units.extend(alive.iter().cloned());
            self.stage_units(items, &units)?;
            if !self.fits(Duration::ZERO) {
                rejected
                    .extend(alive.drain(..).map(|u| (u, "not validated: the time budget (--budget) ran out".into())));
                break;
            }
            let targets: Vec<&Failure> =
                alive.iter().flat_map(|u| u.members.iter().map(|m| &items[m.item].failure)).collect();
            let argv = self.rerun_of(&targets, runner);
            let out = self.run_scratch(&argv)?;
            let after = if out.passed() { Vec::new() } else { self.scratch_failures(&out, runner).unwrap_or_default() };
            let readable = out.passed() || !after.is_empty();
            let (pass, fail): (Vec<Unit>, Vec<Unit>) = alive
                .into_iter()
                .partition(|u| readable && u.members.iter().all(|m| resolved(&items[m.item].failure, &after)));
            for u in fail {
                rejected.push((u, format!("rolled back: the flaky test failed in run {} of {runs} with it", i + 1)));
            }
            alive = pass;
            i += 1;
        }
        Ok(alive)
    }

    /// [`Session::settle_flaky`] in one runner process: every test of `cands` runs `runs` times in a row
    /// (pytest, through the capture plugin's `MAESTRO_REPEAT`); a fix is kept when its tests never failed.
    /// `None` when the plugin could not be put on the command line or the run did not load it (then each run
    /// is its own process, as for other runners): a run without it would have run each test once.
    #[allow(clippy::too_many_arguments)]
    fn settle_flaky_repeated(
        &mut self,
        items: &[Item],
        kept: &[Unit],
        cands: &[Unit],
        rejected: &mut Vec<(Unit, String)>,
        runner: Option<Runner>,
        capture: &crate::runner::capture::Capture,
        runs: u32,
    ) -> Result<Option<Vec<Unit>>, SessionError> {
        let targets: Vec<&Failure> =
            cands.iter().flat_map(|u| u.members.iter().map(|m| &items[m.item].failure)).collect();
        let Some(argv) = with_plugin_args(&self.rerun_of(&targets, runner), &capture.args()) else { return Ok(None) };
        let mut units = kept.to_vec();
        units.extend(cands.iter().cloned());
        self.stage_units(items, &units)?;
        if !self.fits(Duration::ZERO) {
            rejected
                .extend(cands.iter().map(|u| (u.clone(), "not validated: the time budget (--budget) ran out".into())));
            return Ok(Some(Vec::new()));
        }
        let mut env = capture.env();
        env.push((crate::runner::capture::REPEAT_ENV.to_string(), runs.to_string()));
        let out = self.run_scratch_with_env(&argv, env)?;
        if !capture.loaded() {
            return Ok(None);
        }
        let cands = cands.to_vec();
        let after = if out.passed() { Vec::new() } else { self.scratch_failures(&out, runner).unwrap_or_default() };
        let readable = out.passed() || !after.is_empty();
        let (pass, fail): (Vec<Unit>, Vec<Unit>) = cands
            .into_iter()
            .partition(|u| readable && u.members.iter().all(|m| resolved(&items[m.item].failure, &after)));
        for u in fail {
            rejected.push((u, format!("rolled back: the flaky test failed within {runs} runs in a row with it")));
        }
        Ok(Some(pass))
    }

    /// The command re-running only these failures' tests (their files for file-level errors).
    fn rerun_of(&self, targets: &[&Failure], runner: Option<Runner>) -> Vec<String> {
        let cache = SourceCache::new(&self.root);
        let runner = runner.or_else(|| targets.first().map(|f| f.runner));
        let Some(runner) = runner else { return self.opts.command.clone() };
        let mut ids = Vec::new();
        let mut files = Vec::new();
        let mut file_level = false;
        for f in targets {
            if f.kind == FailureKind::TestFailure {
                ids.extend(f.test_id.iter().cloned());
            } else {
                file_level = true;
            }
            // A syntax error reported in a source module re-runs the test file that imports it.
            for rel in crate::eligibility::rerun_files(f, &cache) {
                if !files.contains(&rel) {
                    files.push(rel);
                }
            }
        }
        // A collection error has no test id: its whole file re-runs, so no test filter may hide it.
        if file_level {
            ids.clear();
        }
        ids.sort();
        ids.dedup();
        rerun_argv(&self.opts.command, runner, &ids, &files)
    }

    /// Re-runs the failing tests on unchanged code, all together in one process per re-run (up to
    /// `flaky_reruns` times; a test that passes once is not re-run again), so strategies can tell a flaky test
    /// from a deterministic failure. File-level errors are deterministic. Failures that share one cause (the
    /// same error and message in several tests) are one deterministic problem: one re-run is enough for them.
    fn observe_all(&mut self, work: &[Failure], runner: Option<Runner>) -> Result<Vec<Observations>, SessionError> {
        let mut observed = vec![Observations::default(); work.len()];
        if !self.opts.validate {
            return Ok(observed);
        }
        let eligible: Vec<usize> = (0..work.len())
            .filter(|&i| matches!(work[i].kind, FailureKind::TestFailure | FailureKind::Timeout))
            .collect();
        let mut causes: BTreeMap<(Option<String>, String), Vec<usize>> = BTreeMap::new();
        for &i in &eligible {
            causes.entry((work[i].error_type.clone(), message_shape(&work[i].message))).or_default().push(i);
        }
        let mut limit = vec![self.opts.flaky_reruns; work.len()];
        for ((error_type, message), members) in &causes {
            if members.len() >= SHARED_CAUSE_MIN && work[members[0]].kind == FailureKind::TestFailure {
                for &i in members {
                    limit[i] = limit[i].min(1);
                }
                self.shared_causes.push(SharedCause {
                    error_type: error_type.clone(),
                    message: message.clone(),
                    tests: members.iter().map(|&i| test_name(&work[i])).collect(),
                });
            }
        }
        let mut expected = Duration::ZERO;
        for round in 0..self.opts.flaky_reruns {
            let alive: Vec<usize> =
                eligible.iter().copied().filter(|&i| observed[i].passes == 0 && round < limit[i]).collect();
            if alive.is_empty() || !self.fits(expected) {
                break;
            }
            let targets: Vec<&Failure> = alive.iter().map(|&i| &work[i]).collect();
            let argv = self.rerun_of(&targets, runner);
            // The first re-run of pytest/vitest tests also records the exact operands the console may have shortened.
            let by_id = targets.iter().all(|f| f.kind == FailureKind::TestFailure && f.test_id.is_some());
            let chosen = runner.or_else(|| targets.first().map(|f| f.runner));
            let capture = match chosen {
                _ if round > 0 || !by_id => None,
                Some(Runner::Pytest) => crate::runner::capture::Capture::pytest(),
                Some(Runner::Vitest) => crate::runner::capture::Capture::vitest(),
                Some(Runner::NodeTest) => crate::runner::capture::Capture::node_test(),
                _ => None,
            };
            let (argv, capture) = match capture {
                // pytest's plugin goes inside a `sh -c` script, or nowhere when it cannot be placed.
                Some(c) if chosen == Some(Runner::Pytest) => match with_plugin_args(&argv, &c.args()) {
                    Some(with) => (with, Some(c)),
                    None => (argv, None),
                },
                Some(c) => (c.insert_into(&argv), Some(c)),
                None => (argv, None),
            };
            let env = capture.as_ref().map(|c| c.env()).unwrap_or_default();
            let out = self.run_scratch_with_env(&argv, env)?;
            if let Some(c) = &capture {
                let records = c.read();
                for &i in &alive {
                    if let Some(filled) = crate::runner::capture::fill(&work[i], &records, &self.root) {
                        self.captured.insert(test_name(&work[i]), filled);
                    }
                }
            }
            expected = out.duration;
            let after = if out.passed() { Vec::new() } else { self.scratch_failures(&out, runner).unwrap_or_default() };
            let readable = out.passed() || !after.is_empty();
            for &i in &alive {
                observed[i].reruns += 1;
                observed[i].durations_ms.push(out.duration.as_millis() as u64);
                if readable && resolved(&work[i], &after) {
                    observed[i].passes += 1;
                }
            }
        }
        for (failure, observed) in work.iter().zip(observed.iter_mut()) {
            if failure.kind == FailureKind::Timeout && observed.passes == 0 {
                self.measure_uncapped(failure, runner, observed)?;
            }
        }
        Ok(observed)
    }

    /// For a pytest-timeout failure: one re-run of the test with the plugin disabled, bounded by a hang cap, so
    /// a raised limit can be sized from the real duration and a real hang is recognised as one.
    fn measure_uncapped(
        &mut self,
        failure: &Failure,
        runner: Option<Runner>,
        observed: &mut Observations,
    ) -> Result<(), SessionError> {
        let runner = runner.unwrap_or(failure.runner);
        let Some(id) = failure.test_id.clone() else { return Ok(()) };
        if runner != Runner::Pytest || !failure.message.starts_with("Timeout") || id.contains('\0') {
            return Ok(());
        }
        let argv = rerun_argv(&self.opts.command, runner, &["-p".into(), "no:timeout".into(), id], &[]);
        let cap = self.opts.timeout.min(HANG_CAP).min(self.remaining().max(Duration::from_secs(1)));
        let dir = match &self.scratch {
            Some(Scratch::Shadow(s)) => s.root().to_path_buf(),
            _ => self.root.clone(),
        };
        let out = self.run_in(&argv, &dir, cap, Vec::new())?;
        observed.uncapped_ms = Some(out.duration.as_millis() as u64);
        observed.uncapped_timed_out = out.timed_out;
        Ok(())
    }

    /// Asks the linter for its safe fixes of the reported files, writes them like any fix, re-runs the command and
    /// keeps them (with `apply`) only if the run got better. Returns the re-run's output and failures when kept.
    fn lint_autofix(
        &mut self,
        plan: &lint_autofix::Plan,
        failures: &[Failure],
    ) -> Result<(LintFixOutcome, Option<KeptRun>), SessionError> {
        let first = plan.files.first().map(|f| plan.fix_argv(f)).unwrap_or_default();
        let mut outcome = LintFixOutcome {
            tool: plan.tool,
            command: first.iter().map(|a| shell_quote(a)).collect::<Vec<_>>().join(" "),
            files: Vec::new(),
            rules: plan.rules(),
            diff: String::new(),
            before: failures.len(),
            after: None,
            validated: None,
            applied: false,
            decision: String::new(),
            texts: Vec::new(),
        };
        let cache = SourceCache::new(&self.root);
        let mut fixed: BTreeMap<PathBuf, (String, String)> = BTreeMap::new();
        let mut problems: Vec<String> = Vec::new();
        for file in &plan.files {
            let source = match cache.get(&file.path) {
                Ok(s) => s,
                Err(e) => {
                    problems.push(e.to_string());
                    continue;
                }
            };
            match plan.fixed_text(&self.root, file, source.text(), self.opts.timeout) {
                Ok(Some(text)) => {
                    outcome.diff.push_str(&unified_diff(&file.path, source.text(), &text));
                    fixed.insert(file.path.clone(), (source.text().to_string(), text));
                }
                Ok(None) => {}
                Err(why) => problems.push(why),
            }
        }
        outcome.files = fixed.keys().cloned().collect();
        outcome.texts = fixed.iter().map(|(p, (before, after))| (p.clone(), before.clone(), after.clone())).collect();
        if fixed.is_empty() {
            outcome.decision = if problems.is_empty() {
                format!("{} has no safe fix for these violations", plan.tool.name())
            } else {
                format!("{} could not fix them: {}", plan.tool.name(), problems.join("; "))
            };
            return Ok((outcome, None));
        }
        if !self.opts.validate {
            outcome.decision = "not validated (validation disabled), so not applied".to_string();
            return Ok((outcome, None));
        }
        let title = format!("{}'s safe autofix of {}", plan.tool.name(), outcome.rules.join(", "));
        self.emit(Event::Validating { title: title.clone() });
        let blocked = fixed.keys().find_map(|p| crate::runner::apply::check_target(&self.root, p).err());
        let staged = match blocked {
            Some(e) => Err(e.to_string()),
            None => match self.stage(&fixed) {
                Ok(()) => Ok(()),
                Err(SessionError::Apply(ApplyError::Locked { lock, pid })) => {
                    return Err(ApplyError::Locked { lock, pid }.into())
                }
                Err(e) => Err(e.to_string()),
            },
        };
        let mut rerun = None;
        let mut passed = false;
        if staged.is_ok() {
            let opts = self.opts;
            let out = self.run_scratch(&opts.command)?;
            let after = if out.passed() {
                Vec::new()
            } else {
                self.scratch_failures(&out, Some(plan.tool)).unwrap_or_default()
            };
            passed = lint_autofix::improved(failures, &after, out.passed());
            outcome.after = Some(after.len());
            rerun = Some((out, after));
        }
        let keep = passed && self.opts.apply;
        if keep {
            self.commit()?;
        } else {
            self.unstage_all()?;
            rerun = None;
        }
        self.emit(Event::Validated { title, passed });
        outcome.validated = staged.is_ok().then_some(passed);
        outcome.applied = keep;
        outcome.decision = match (staged.err(), passed, self.opts.apply) {
            (Some(why), _, _) => format!("not written: {why}"),
            (None, true, true) => "validated and applied".to_string(),
            (None, true, false) => "validated; not applied (pass --apply to write it)".to_string(),
            (None, false, _) => "rolled back: the re-run was not better with it".to_string(),
        };
        Ok((outcome, rerun))
    }
}

/// The cases of one assertion (the rows of a parametrized test, a `test.each` table) fail for one cause: when the
/// test or the project's documentation states the old value for one of them (a doctest showing `'1h 05m'`), the
/// change is the suspect for all of them, and updating the rows nobody documented would rewrite the table to
/// the regression anyway.
fn share_refusals(items: &mut [Item]) {
    use crate::strategies::assertion_update::LEFT_AS_WRITTEN;
    let refused = |item: &Item| {
        item.fixes.iter().any(|f| {
            f.strategy() == StrategyKind::AssertionUpdate
                && f.applicability() == Applicability::DisplayOnly
                && f.rationale().contains(LEFT_AS_WRITTEN)
        })
    };
    let key = |item: &Item| Some((item.failure.file.clone()?, item.failure.line?));
    let sources: Vec<((PathBuf, u32), String)> = items
        .iter()
        .filter(|i| refused(i))
        .filter_map(|i| Some((key(i)?, i.failure.test_id.clone().unwrap_or_else(|| i.failure.message.clone()))))
        .collect();
    if sources.is_empty() {
        return;
    }
    for item in items.iter_mut().filter(|i| !refused(i)) {
        let Some(k) = key(item) else { continue };
        let Some((_, by)) = sources.iter().find(|(s, _)| *s == k) else { continue };
        let mut changed = false;
        for fix in item.fixes.iter_mut() {
            if fix.strategy() != StrategyKind::AssertionUpdate || fix.applicability() == Applicability::DisplayOnly {
                continue;
            }
            *fix = Fix::new(
                fix.strategy(),
                fix.edits().to_vec(),
                0.3,
                fix.title(),
                format!(
                    "{} But another case of this assertion ({by}) states the old value: {LEFT_AS_WRITTEN} for the \
                     whole table, so it is left as written.",
                    fix.rationale()
                ),
            )
            .with_applicability(Applicability::DisplayOnly);
            changed = true;
        }
        if changed {
            let primary = item.failure.file.as_deref().and_then(|f| item.ctx.sources.relative(f)).unwrap_or_default();
            item.described = item.fixes.iter().map(|fix| describe(fix, &item.failure, &item.ctx, &primary)).collect();
        }
    }
}

/// Whether a failing run ran every test (no collection error, no early stop), so its failures say which tests
/// passed.
fn ran_every_test(failures: &[Failure], output: &str) -> bool {
    failures.iter().all(|f| matches!(f.kind, FailureKind::TestFailure | FailureKind::Timeout)) && !interrupted(output)
}

/// Whether a run stopped before running every test (pytest's "Interrupted: 1 error during collection",
/// `-x`/`--maxfail`'s "stopping after", vitest's `--bail`).
fn interrupted(output: &str) -> bool {
    output.contains("Interrupted: ") || output.contains("stopping after ") || output.contains("Test run aborted")
}

/// A failure message with its numbers blanked: `assert 6 == 4` and `assert 9 == 6` (one changed constant seen
/// through many tests) have one shape.
fn message_shape(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut in_number = false;
    for c in message.chars() {
        if c.is_ascii_digit() || (in_number && c == '.') {
            if !in_number {
                out.push('#');
            }
            in_number = true;
        } else {
            in_number = false;
            out.push(c);
        }
    }
    out
}

/// Whether `fix`'s edits can join `taken` (edits by file): each is inside its file and on character boundaries,
/// and overlaps no different edit taken or of its own (identical edits count once), as [`apply_edits`] requires.
fn fits_with(items: &[Item], taken: &BTreeMap<PathBuf, Vec<&crate::fix::Edit>>, fix: &Fix) -> bool {
    let Some(sources) = items.first().map(|i| i.ctx.sources) else { return false };
    let collide = |a: &crate::fix::Edit, b: &crate::fix::Edit| {
        let (x, y) = if (a.range.start, a.range.end) <= (b.range.start, b.range.end) { (a, b) } else { (b, a) };
        y.range.start < x.range.end
    };
    let mut fresh: Vec<&crate::fix::Edit> = Vec::new();
    for e in fix.edits() {
        let old = taken.get(&e.path).map(Vec::as_slice).unwrap_or_default();
        if old.contains(&e) || fresh.contains(&e) {
            continue;
        }
        let Ok(text) = sources.text(&e.path) else { return false };
        let (start, end) = (e.range.start, e.range.end);
        if start > end || end > text.len() || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            return false;
        }
        let same_file = |o: &&&crate::fix::Edit| o.path == e.path;
        if old.iter().chain(fresh.iter().filter(same_file)).any(|o| collide(o, e)) {
            return false;
        }
        fresh.push(e);
    }
    true
}

/// `argv` (a re-run command) with plugin arguments placed before its test ids, after the runner's own flags.
fn with_plugin_args(argv: &[String], plugin: &[String]) -> Option<Vec<String>> {
    // `sh -c 'pytest ...'`: into the script, at its end (pytest reads `-p` anywhere), when the script is one simple
    // command; otherwise the plugin cannot be placed (`sh -c -p ...` would not even run the script).
    if let Some((idx, script)) = crate::runner::rerun::shell_script(argv) {
        if !crate::runner::rerun::is_simple_script(script) {
            return None;
        }
        let mut out = argv.to_vec();
        out[idx] = format!("{script} {}", plugin.join(" "));
        return Some(out);
    }
    // Before the first node id; a `::` in an option's value (`-W ignore::DeprecationWarning`) is not one.
    let takes_value = |a: &String| matches!(a.as_str(), "-W" | "-k" | "-m" | "-o" | "-p" | "-c" | "--deselect");
    let at = (0..argv.len())
        .find(|&i| argv[i].contains("::") && !argv[i].starts_with('-') && (i == 0 || !takes_value(&argv[i - 1])))
        .unwrap_or(argv.len());
    Some(argv[..at].iter().chain(plugin).chain(&argv[at..]).cloned().collect())
}

/// How many failures with one identical error make a shared cause (then observed once, not per test).
const SHARED_CAUSE_MIN: usize = 3;

/// How many rows of one test's table are updated one after the other before giving up.
const MAX_TABLE_ROWS: usize = 30;

/// The test's next failure after `fix` was tried: the same test failing on another row (another expected value,
/// or another assertion line). `None` when the test failed the same way, or not as a plain mismatch.
fn next_row(item: &Item, fix: usize, after: &[Failure]) -> Option<Failure> {
    let was = &item.failure;
    if item.fixes[fix].strategy() != StrategyKind::AssertionUpdate || was.kind != FailureKind::TestFailure {
        return None;
    }
    let mut same_test = after.iter().filter(|f| same_failure(f, was));
    let next = same_test.next()?;
    // Another row or value of the same check, or (when the runner printed no operands, as for node's
    // `assert.throws` messages) a later check of the test: the fixed one now holds.
    let later = matches!((next.line, was.line), (Some(n), Some(w)) if n > w);
    let moved = next.kind == FailureKind::TestFailure
        && (next.expected.is_some() || later)
        && next.file == was.file
        && (next.line != was.line
            || next.expected != was.expected
            || next.actual != was.actual
            // Two cases expecting the same value: the assertion's own message names which case failed.
            || next.message != was.message && next.expected.is_some());
    (moved && same_test.next().is_none()).then(|| next.clone())
}

/// Whether `failure` is gone from a re-run's failures without a new collection error in its file.
fn resolved(failure: &Failure, after: &[Failure]) -> bool {
    let file = failure.file.as_deref();
    let still = after.iter().any(|f| same_failure(f, failure));
    let broke_file = after.iter().any(|f| {
        f.file.as_deref() == file
            && matches!(f.kind, FailureKind::SyntaxError | FailureKind::CollectionError | FailureKind::ImportError)
    });
    !still && !broke_file
}

/// A failure's name for the report: its test id, else file and line.
fn test_name(f: &Failure) -> String {
    match (&f.test_id, &f.file) {
        (Some(id), _) => id.clone(),
        (None, Some(file)) => format!("{}:{}", file.display(), f.line.unwrap_or(0)),
        (None, None) => f.message.clone(),
    }
}

fn summary(argv: &[String], out: &RunOutput, failures: usize) -> RunSummary {
    RunSummary {
        command: CommandSpec::new(argv.to_vec(), ".").display(),
        exit_code: out.status,
        passed: out.passed(),
        failures,
        duration_ms: out.duration.as_millis() as u64,
        timed_out: out.timed_out,
    }
}

/// Same test (by id), or the same file-level error when there is no id.
fn same_failure(a: &Failure, b: &Failure) -> bool {
    match (&a.test_id, &b.test_id) {
        (Some(x), Some(y)) => x == y || normalize_id(x) == normalize_id(y),
        _ => a.file == b.file && a.kind == b.kind && a.line == b.line && a.column == b.column,
    }
}

fn normalize_id(id: &str) -> String {
    id.trim_start_matches("./").replace('\\', "/")
}

/// One failure per test, and one per file for file-level errors (a syntax error fails every test in a file). A type
/// checker or linter reports one diagnostic per problem: two codes on one line (mypy's `no-any-return` and
/// `name-defined` for one call of an unimported function) are two problems, each kept.
fn dedupe(failures: &[Failure]) -> Vec<Failure> {
    let mut out: Vec<Failure> = Vec::new();
    for f in failures {
        let file_level = f.kind != FailureKind::TestFailure;
        let diagnostics =
            matches!(f.runner, Runner::Mypy | Runner::Pyright | Runner::Tsc | Runner::Ruff | Runner::Eslint);
        let dup = out.iter().any(|o| {
            if file_level {
                o.kind == f.kind
                    && o.file == f.file
                    && o.line == f.line
                    && o.column == f.column
                    && (!diagnostics || o.error_type == f.error_type)
            } else {
                // unittest's `subTest` reports each failing row of one test on its own: rows printing other
                // values are other failures (each has its own stale expectation; fixed together they pass).
                let other_row =
                    o.expected.is_some() && f.expected.is_some() && (o.expected != f.expected || o.actual != f.actual);
                o.test_id.is_some() && o.test_id == f.test_id && !other_row
            }
        });
        if !dup {
            out.push(f.clone());
        }
    }
    out
}

/// The last `n` non-empty lines of `text`, indented for an error message.
fn last_lines(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    lines[lines.len().saturating_sub(n)..].iter().map(|l| format!("  {l}")).collect::<Vec<_>>().join("\n")
}

/// The project-relative form of a path, for front ends.
pub fn display_path(root: &Path, p: &Path) -> String {
    p.strip_prefix(root).unwrap_or(p).to_string_lossy().into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plugin goes where the runner reads it: before the node ids, or into a `sh -c` script (never as
    /// arguments of `sh` itself, where `sh -c -p ...` would not run the script); not into a compound script.
    #[test]
    fn plugin_arguments_go_before_node_ids_not_inside_an_option() {
        let argv: Vec<String> = ["python", "-m", "pytest", "-W", "ignore::DeprecationWarning", "test/t.py::test_a"]
            .map(String::from)
            .into();
        let with = with_plugin_args(&argv, &["-p".into(), "maestro_capture".into()]).unwrap();
        assert_eq!(with[3..], ["-W", "ignore::DeprecationWarning", "-p", "maestro_capture", "test/t.py::test_a"]);
    }

    #[test]
    fn plugin_arguments_reach_pytest_directly_or_through_a_shell_script() {
        let v = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<String>>();
        let plugin = v(&["-p", "maestro_capture"]);
        assert_eq!(
            with_plugin_args(&v(&["pytest", "-q", "tests/a.py::t"]), &plugin),
            Some(v(&["pytest", "-q", "-p", "maestro_capture", "tests/a.py::t"]))
        );
        assert_eq!(
            with_plugin_args(&v(&["sh", "-c", "python -m pytest -q tests/a.py::t"]), &plugin),
            Some(v(&["sh", "-c", "python -m pytest -q tests/a.py::t -p maestro_capture"]))
        );
        assert_eq!(with_plugin_args(&v(&["sh", "-c", "make build && pytest -q"]), &plugin), None);
    }

    #[test]
    fn each_failing_sub_test_row_is_its_own_failure() {
        let out = "FF.\n======================================================================\nFAIL: test_fmt (test_d.T.test_fmt) (c=1)\n----------------------------------------------------------------------\nTraceback (most recent call last):\n  File \"/p/test_d.py\", line 9, in test_fmt\n    self.assertEqual(fmt(c), expected)\nAssertionError: '1 C' != '1C'\n\n======================================================================\nFAIL: test_fmt (test_d.T.test_fmt) (c=2)\n----------------------------------------------------------------------\nTraceback (most recent call last):\n  File \"/p/test_d.py\", line 9, in test_fmt\n    self.assertEqual(fmt(c), expected)\nAssertionError: '2 C' != '2C'\n\n----------------------------------------------------------------------\nRan 2 tests in 0.001s\n\nFAILED (failures=2)\n";
        let failures = crate::failure::parse(out, Some(Runner::Unittest)).unwrap_or_default();
        assert_eq!(failures.len(), 2);
        assert_eq!(dedupe(&failures).len(), 2);
        // The same row printed twice is one failure.
        assert_eq!(dedupe(&[failures[0].clone(), failures[0].clone()]).len(), 1);
    }

    #[test]
    fn two_checker_codes_on_one_line_are_two_problems() {
        let out = "src/r/scale.py:24: error: Returning Any from function declared to return \"float\"  [no-any-return]\nsrc/r/scale.py:24: error: Name \"to_grams\" is not defined  [name-defined]\nFound 2 errors in 1 file (checked 3 source files)\n";
        let failures = crate::failure::parse(out, Some(Runner::Mypy)).unwrap_or_default();
        assert_eq!(failures.len(), 2);
        assert_eq!(dedupe(&failures).len(), 2);
        // A syntax error pytest lists once per test module that imports the file stays one problem.
        let mut a = Failure::new(FailureKind::SyntaxError, Runner::Pytest, "expected ':'");
        a.file = Some("app/m.py".into());
        a.line = Some(3);
        let mut b = a.clone();
        b.error_type = Some("SyntaxError".into());
        assert_eq!(dedupe(&[a, b]).len(), 1);
    }

    #[test]
    fn messages_of_one_changed_constant_share_a_shape_and_other_messages_do_not() {
        assert_eq!(message_shape("assert 6 == 4"), message_shape("assert 12.5 == 10"));
        assert_eq!(message_shape("assert 6 == 4"), "assert # == #");
        assert_ne!(message_shape("assert 6 == 4"), message_shape("assert 6 != 4"));
        assert_ne!(message_shape("'Cart' object has no attribute 'total'"), message_shape("assert 1 == 2"));
    }

    #[test]
    fn a_failure_is_resolved_only_when_it_is_gone_and_its_file_still_collects() {
        let mut f = Failure::new(FailureKind::TestFailure, Runner::Pytest, "assert 1 == 2");
        f.test_id = Some("tests/test_a.py::test_x".into());
        f.file = Some("tests/test_a.py".into());
        let mut other = f.clone();
        other.test_id = Some("tests/test_a.py::test_y".into());
        assert!(resolved(&f, &[other.clone()]));
        let mut again = f.clone();
        again.test_id = Some("./tests/test_a.py::test_x".into());
        assert!(!resolved(&f, &[other.clone(), again]));
        let mut broken = Failure::new(FailureKind::CollectionError, Runner::Pytest, "SyntaxError");
        broken.file = Some("tests/test_a.py".into());
        assert!(!resolved(&f, &[broken]));
        assert!(interrupted("!!!!!!! Interrupted: 1 error during collection !!!!!!!"));
        assert!(!interrupted("1 failed, 3 passed in 0.1s"));
    }
}
