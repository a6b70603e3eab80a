//! The whole loop: run the test command, parse its failures, propose fixes, validate each by re-running only
//! the failing tests, keep (with `apply`) or roll back, and run the command once more at the end.
//!
//! ```no_run
//! use maestro_test_healer::runner::session::{heal_run, RunOptions};
//! let opts = RunOptions::new(".", vec!["python".into(), "-m".into(), "pytest".into(), "-q".into()]);
//! let report = heal_run(&opts, &mut |event| eprintln!("{event:?}")).unwrap();
//! println!("{} fixes applied, exit {}", report.applied, report.exit_code);
//! ```

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Serialize;

use crate::context::{Context, Observations, SourceCache};
use crate::failure::{Failure, FailureKind, ParseError, Runner};
use crate::fix::{apply_edits, unified_diff, Applicability, Fix, StrategyKind};
use crate::heal::{describe, ProposedFix};
use crate::runner::apply::{ApplyError, Workspace};
use crate::runner::command::{run, shell_quote, CommandSpec, RunError, RunOutput};
use crate::runner::lint_autofix::{self, LintFixOutcome};
use crate::runner::rerun::{rerun_argv, runner_of};

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
}

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
        write_error: None,
        captured: None,
    };
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
        let mut applied_this_round = 0;
        for failure in dedupe(&failures) {
            if outcomes.iter().any(|o| same_failure(&o.failure, &failure) && o.failure.message == failure.message) {
                continue;
            }
            let outcome = session.heal_failure(&failure, runner)?;
            applied_this_round += outcome.fixes.iter().filter(|f| f.applied).count();
            outcomes.push(outcome);
        }
        applied += applied_this_round;
        if !opts.apply || applied_this_round == 0 {
            break;
        }
        last = session.run(&opts.command)?;
        failures = if last.passed() { Vec::new() } else { session.failures(&last, runner).unwrap_or_default() };
        last_failures = failures.len();
    }
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
    };
    crate::patterns::after_run(&report.project, &report);
    Ok(report)
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
    /// Why the last validation could not write its fix (a symlink, a file outside the project, ...).
    write_error: Option<String>,
    /// The failure with the exact values the last observing re-run captured (see [`crate::runner::capture`]).
    captured: Option<Failure>,
}

impl Session<'_> {
    fn emit(&mut self, e: Event) {
        (self.on_event)(e);
    }

    fn run(&mut self, argv: &[String]) -> Result<RunOutput, SessionError> {
        self.run_with_env(argv, Vec::new())
    }

    fn run_with_env(&mut self, argv: &[String], env: Vec<(String, String)>) -> Result<RunOutput, SessionError> {
        let spec = CommandSpec::new(argv.to_vec(), &self.root).with_timeout(self.opts.timeout).with_env(env);
        let command = spec.display();
        self.emit(Event::Running { command: command.clone() });
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

    fn change_for(&mut self, failure: &Failure, cache: &SourceCache) -> std::sync::Arc<crate::change::ChangeSet> {
        let Some(rel) = failure.file.as_deref().and_then(|f| cache.relative(f)) else { return Default::default() };
        let root = self.root.clone();
        self.changes
            .entry(rel.clone())
            .or_insert_with(|| std::sync::Arc::new(crate::runner::change_reader::change_for(&root, &rel)))
            .clone()
    }

    fn workspace(&mut self) -> Result<&mut Workspace, SessionError> {
        if self.workspace.is_none() {
            let ws = if self.opts.apply { Workspace::open(&self.root)? } else { Workspace::open_trial(&self.root)? };
            self.workspace = Some(ws);
        }
        self.workspace.as_mut().ok_or_else(|| SessionError::NoProject(self.root.clone()))
    }

    fn heal_failure(&mut self, failure: &Failure, runner: Option<Runner>) -> Result<FailureOutcome, SessionError> {
        let cache = SourceCache::new(&self.root);
        let observed = self.observe(failure, runner)?;
        // What the console shortened, the re-run recorded whole.
        let captured = self.captured.take();
        let failure = captured.as_ref().unwrap_or(failure);
        let change = self.change_for(failure, &cache);
        let ctx = Context::new(&cache, self.git.clone()).with_observations(observed).with_change(change);
        let ctx = ctx.with_tests_only(self.opts.tests_only);
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
        let mut outcomes = Vec::new();
        let mut done = false;
        for fix in fixes {
            let Some(described) = describe(&fix, failure, &ctx, &primary) else { continue };
            let eligible = fix.applicability() > Applicability::DisplayOnly && fix.confidence() >= self.opts.threshold;
            let (validated, applied, decision) = if done {
                (None, false, "another fix for this failure was kept".to_string())
            } else if fix.applicability() == Applicability::DisplayOnly {
                (None, false, "display only: shown for review, never applied".to_string())
            } else if !eligible {
                (
                    None,
                    false,
                    format!("confidence {:.2} is below the threshold {:.2}", fix.confidence(), self.opts.threshold),
                )
            } else if !self.opts.validate {
                (None, false, "not validated (validation disabled), so not applied".to_string())
            } else {
                let passed = self.validate(&fix, &ctx, failure, runner)?;
                let keep = passed && self.opts.apply;
                done |= keep;
                let decision = match (passed, self.opts.apply, self.write_error.take()) {
                    (_, _, Some(why)) => format!("not written: {why}"),
                    (true, true, None) => "validated and applied".to_string(),
                    (true, false, None) => "validated; not applied (pass --apply to write it)".to_string(),
                    (false, _, None) => "rolled back: the failing tests still fail with it".to_string(),
                };
                (Some(passed), keep, decision)
            };
            outcomes.push(FixOutcome { fix: described, validated, applied, decision });
        }
        Ok(FailureOutcome { failure: failure.clone(), fixes: outcomes, observed: ctx.observed.clone(), note })
    }

    /// Re-runs a failing test on unchanged code (up to `flaky_reruns` times, stopping at the first pass) so
    /// strategies can tell a flaky test from a deterministic failure. File-level errors are deterministic.
    fn observe(&mut self, failure: &Failure, runner: Option<Runner>) -> Result<Observations, SessionError> {
        let mut observed = Observations::default();
        if !matches!(failure.kind, FailureKind::TestFailure | FailureKind::Timeout) || !self.opts.validate {
            return Ok(observed);
        }
        for _ in 0..self.opts.flaky_reruns {
            let (passed, duration) = self.rerun_resolves(failure, runner)?;
            observed.reruns += 1;
            observed.durations_ms.push(duration.as_millis() as u64);
            if passed {
                observed.passes += 1;
                break;
            }
        }
        if failure.kind == FailureKind::Timeout && observed.passes == 0 {
            self.measure_uncapped(failure, runner, &mut observed)?;
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
        if runner != Runner::Pytest || !failure.message.starts_with("Timeout") {
            return Ok(());
        }
        let argv = rerun_argv(&self.opts.command, runner, &["-p".into(), "no:timeout".into(), id], &[]);
        let cap = self.opts.timeout.min(HANG_CAP);
        let spec = CommandSpec::new(argv, &self.root).with_timeout(cap);
        let command = spec.display();
        self.emit(Event::Running { command: command.clone() });
        let on_event = &mut self.on_event;
        let out = run(&spec, &mut |elapsed| on_event(Event::StillRunning { command: command.clone(), elapsed }))?;
        self.emit(Event::Finished { command, status: out.status, duration: out.duration });
        observed.uncapped_ms = Some(out.duration.as_millis() as u64);
        observed.uncapped_timed_out = out.timed_out;
        Ok(())
    }

    /// Writes the fix, re-runs only the failing tests, and keeps it only if they pass and `apply` is set.
    fn validate(
        &mut self,
        fix: &Fix,
        ctx: &Context,
        failure: &Failure,
        runner: Option<Runner>,
    ) -> Result<bool, SessionError> {
        let title = fix.title().to_string();
        self.write_error = None;
        self.emit(Event::Validating { title: title.clone() });
        let mut written = Vec::new();
        let mut ok = true;
        for path in fix.paths() {
            let Ok(original) = ctx.sources.get(path) else {
                ok = false;
                break;
            };
            let Ok(fixed) = apply_edits(original.text(), fix.edits_for(path)) else {
                ok = false;
                break;
            };
            match self.workspace()?.write(path, &fixed) {
                Ok(()) => written.push(path.to_path_buf()),
                Err(ApplyError::Locked { lock, pid }) => return Err(ApplyError::Locked { lock, pid }.into()),
                Err(e) => {
                    self.write_error = Some(e.to_string());
                    ok = false;
                    break;
                }
            }
        }
        // A flaky test passes now and then anyway: only a run of passes shows the fix works.
        let runs = if fix.strategy() == StrategyKind::FlakyStabilization || ctx.observed.flipped() {
            self.opts.flaky_validation_runs.max(1)
        } else {
            1
        };
        let mut passed = ok;
        // An edited parametrize row renames the test: re-run it under its new id.
        let renamed = crate::strategies::assertion_update::id_after(failure, fix, ctx.sources).map(|id| {
            let mut f = failure.clone();
            f.test_id = Some(id);
            f
        });
        let failure = renamed.as_ref().unwrap_or(failure);
        for _ in 0..runs {
            if !passed {
                break;
            }
            passed = self.rerun_resolves(failure, runner)?.0;
        }
        if !(passed && self.opts.apply) {
            for path in &written {
                self.workspace()?.restore(path)?;
            }
        }
        self.emit(Event::Validated { title, passed });
        Ok(passed)
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
        };
        let cache = SourceCache::new(&self.root);
        let mut fixed: Vec<(PathBuf, String)> = Vec::new();
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
                    fixed.push((file.path.clone(), text));
                }
                Ok(None) => {}
                Err(why) => problems.push(why),
            }
        }
        outcome.files = fixed.iter().map(|(p, _)| p.clone()).collect();
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
        self.write_error = None;
        self.emit(Event::Validating { title: title.clone() });
        let mut written = Vec::new();
        let mut ok = true;
        for (path, text) in &fixed {
            match self.workspace()?.write(path, text) {
                Ok(()) => written.push(path.clone()),
                Err(ApplyError::Locked { lock, pid }) => return Err(ApplyError::Locked { lock, pid }.into()),
                Err(e) => {
                    self.write_error = Some(e.to_string());
                    ok = false;
                    break;
                }
            }
        }
        let mut rerun = None;
        let mut passed = false;
        if ok {
            let opts = self.opts;
            let out = self.run(&opts.command)?;
            let after =
                if out.passed() { Vec::new() } else { self.failures(&out, Some(plan.tool)).unwrap_or_default() };
            passed = lint_autofix::improved(failures, &after, out.passed());
            outcome.after = Some(after.len());
            rerun = Some((out, after));
        }
        let keep = passed && self.opts.apply;
        if !keep {
            for path in &written {
                self.workspace()?.restore(path)?;
            }
            rerun = None;
        }
        self.emit(Event::Validated { title, passed });
        outcome.validated = ok.then_some(passed);
        outcome.applied = keep;
        outcome.decision = match (self.write_error.take(), passed, self.opts.apply) {
            (Some(why), _, _) => format!("not written: {why}"),
            (None, true, true) => "validated and applied".to_string(),
            (None, true, false) => "validated; not applied (pass --apply to write it)".to_string(),
            (None, false, _) => "rolled back: the re-run was not better with it".to_string(),
        };
        Ok((outcome, rerun))
    }

    /// Re-runs only what failed; whether this failure is gone without a new collection error, and how long it took.
    fn rerun_resolves(&mut self, failure: &Failure, runner: Option<Runner>) -> Result<(bool, Duration), SessionError> {
        let runner = runner.unwrap_or(failure.runner);
        let ids: Vec<String> = failure.test_id.iter().cloned().collect();
        let files = crate::eligibility::rerun_files(failure, &SourceCache::new(&self.root));
        // A collection error has no test id: re-run its file.
        let ids = if failure.kind == FailureKind::TestFailure { ids } else { Vec::new() };
        let capture =
            (runner == Runner::Pytest && !ids.is_empty()).then(crate::runner::capture::Capture::pytest).flatten();
        let ids = match &capture {
            Some(c) => c.args().into_iter().chain(ids).collect(),
            None => ids,
        };
        let argv = rerun_argv(&self.opts.command, runner, &ids, &files);
        let out = self.run_with_env(&argv, capture.as_ref().map(|c| c.env()).unwrap_or_default())?;
        if let Some(c) = &capture {
            self.captured = crate::runner::capture::fill(failure, &c.read(), &self.root);
        }
        let took = out.duration;
        if out.passed() {
            return Ok((true, took));
        }
        let Ok(after) = self.failures(&out, Some(runner)) else { return Ok((false, took)) };
        let file = failure.file.as_deref();
        let still = after.iter().any(|f| same_failure(f, failure));
        let broke_file = after.iter().any(|f| {
            f.file.as_deref() == file
                && matches!(f.kind, FailureKind::SyntaxError | FailureKind::CollectionError | FailureKind::ImportError)
        });
        // A non-zero exit with nothing recognisable (pytest's "no tests ran", a crash) proves nothing.
        Ok((!after.is_empty() && !still && !broke_file, took))
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

/// One failure per test, and one per file for file-level errors (a syntax error fails every test in a file).
fn dedupe(failures: &[Failure]) -> Vec<Failure> {
    let mut out: Vec<Failure> = Vec::new();
    for f in failures {
        let file_level = f.kind != FailureKind::TestFailure;
        let dup = out.iter().any(|o| {
            if file_level {
                o.kind == f.kind && o.file == f.file && o.line == f.line && o.column == f.column
            } else {
                o.test_id.is_some() && o.test_id == f.test_id
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
