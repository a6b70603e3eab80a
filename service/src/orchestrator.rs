//! One orchestrator per monitored project: runs the test command on start, after debounced file changes and
//! every `ERROR_MONITOR_INTERVAL`; each run is the core's `heal_run` (detect, propose, validate by re-running the
//! failing tests, apply or roll back), and this records what happened.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use maestro_test_healer::eligibility::FileRole;
use maestro_test_healer::failure::FailureKind;
use maestro_test_healer::fix::apply_edits;
use maestro_test_healer::runner::session::{heal_run, Event, FailureOutcome, RunOptions, RunReport};
use notify::{EventKind, RecursiveMode, Watcher};
use serde_json::json;
use tokio::sync::{mpsc, watch};

use crate::app::App;
use crate::ids::{new_id, now_rfc3339};
use crate::model::{CycleSummary, ErrorKind};
use crate::store::{HeldFile, HeldFix, OrchestratorConfig, RepairRecord};

/// Folders whose changes never trigger a run: tool state, caches, and the healer's own backups.
const IGNORED: [&str; 7] =
    [".git", ".maestro", ".maestro-cars", "__pycache__", ".pytest_cache", "node_modules", ".tools"];

/// What status shows while running.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct OrchState {
    pub active_repairs: usize,
    pub queue_size: usize,
    pub last_run: Option<CycleSummary>,
}

/// A running orchestrator's handle.
pub struct Orchestrator {
    pub config: OrchestratorConfig,
    state: Arc<Mutex<OrchState>>,
    stop: watch::Sender<bool>,
    trigger: mpsc::Sender<&'static str>,
    lock: Arc<tokio::sync::Mutex<()>>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Orchestrator {
    pub fn state(&self) -> OrchState {
        lock(&self.state).clone()
    }

    /// Stops after the current run (a run is never cut short: it may be validating a written fix).
    pub fn stop(&self) {
        let _ = self.stop.send(true);
    }

    /// Asks for a run soon; triggers while one is pending coalesce.
    pub fn trigger(&self, why: &'static str) {
        let _ = self.trigger.try_send(why);
    }

    /// Held while a run or an approval writes the project.
    pub fn project_lock(&self) -> Arc<tokio::sync::Mutex<()>> {
        self.lock.clone()
    }
}

/// Starts the orchestrator's task.
pub fn spawn(app: Arc<App>, config: OrchestratorConfig) -> Orchestrator {
    let (stop, stop_rx) = watch::channel(false);
    let (trigger, trigger_rx) = mpsc::channel(16);
    let state = Arc::new(Mutex::new(OrchState::default()));
    let lock = Arc::new(tokio::sync::Mutex::new(()));
    let handle = Orchestrator { config: config.clone(), state: state.clone(), stop, trigger, lock: lock.clone() };
    tokio::spawn(run(app, config, state, stop_rx, trigger_rx, lock));
    handle
}

fn relevant(event: &notify::Event) -> bool {
    matches!(event.kind, EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_))
        && event.paths.iter().any(|p| !p.components().any(|c| IGNORED.iter().any(|i| c.as_os_str() == *i)))
}

async fn run(
    app: Arc<App>,
    config: OrchestratorConfig,
    state: Arc<Mutex<OrchState>>,
    mut stop: watch::Receiver<bool>,
    mut triggers: mpsc::Receiver<&'static str>,
    lock: Arc<tokio::sync::Mutex<()>>,
) {
    // File events get their own one-slot channel: a burst of them coalesces and never crowds out an approval.
    let (tx, mut changes) = mpsc::channel::<()>(1);
    let watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        if res.is_ok_and(|e| relevant(&e)) {
            let _ = tx.try_send(());
        }
    })
    .and_then(|mut w| w.watch(Path::new(&config.project_path), RecursiveMode::Recursive).map(|()| w));
    if let Err(e) = &watcher {
        eprintln!("cars: {}: not watching for changes ({e}); running every interval only", config.project_path);
    }
    let debounce = app.settings.debounce;
    let root = PathBuf::from(&config.project_path);
    let mut seen = HashSet::new();
    let mut why = "start";
    'runs: loop {
        {
            let _guard = lock.lock().await;
            cycle(&app, &config, &state, why, &mut seen).await;
        }
        // The run writes and restores files while validating; events about those arrive late. Only a project
        // that differs from how the run left it counts as changed.
        let mut last = fingerprint(&root).await;
        loop {
            tokio::select! {
                _ = stop.changed() => break 'runs,
                t = triggers.recv() => {
                    why = t.unwrap_or("approval");
                    break;
                }
                _ = changes.recv() => {
                    let mut reasons = vec!["file_change"];
                    // Debounce: wait for a quiet moment, folding the burst of events an editor's save makes.
                    tokio::time::sleep(debounce).await;
                    while changes.try_recv().is_ok() {}
                    while let Ok(t) = triggers.try_recv() {
                        reasons.push(t);
                    }
                    if let Some(t) = reasons.iter().find(|r| **r != "file_change") {
                        why = t;
                        break;
                    }
                    let now = fingerprint(&root).await;
                    if now != last {
                        why = "file_change";
                        break;
                    }
                    last = now;
                }
                _ = tokio::time::sleep(app.settings.monitor_interval) => {
                    why = "interval";
                    break;
                }
            }
        }
        if *stop.borrow() {
            break;
        }
    }
    drop(watcher);
}

/// Paths, sizes and modification times of the project's files (tool state and caches left out).
async fn fingerprint(root: &Path) -> u64 {
    let root = root.to_path_buf();
    tokio::task::spawn_blocking(move || {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        let mut stack = vec![root];
        while let Some(dir) = stack.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else { continue };
            let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
            entries.sort_by_key(|e| e.file_name());
            for entry in entries {
                if IGNORED.iter().any(|i| entry.file_name() == *i) {
                    continue;
                }
                let Ok(meta) = entry.metadata() else { continue };
                entry.path().hash(&mut hasher);
                if meta.is_dir() {
                    stack.push(entry.path());
                } else {
                    meta.len().hash(&mut hasher);
                    meta.modified().ok().hash(&mut hasher);
                }
            }
        }
        hasher.finish()
    })
    .await
    .unwrap_or(0)
}

/// One cycle: the tests, then each of the orchestrator's checks (type checkers, linters, builds), each healed
/// on its own; the summary adds them up.
async fn cycle(
    app: &Arc<App>,
    config: &OrchestratorConfig,
    state: &Arc<Mutex<OrchState>>,
    why: &str,
    seen: &mut HashSet<String>,
) {
    let Ok(_slot) = app.repair_slots.clone().acquire_owned().await else { return };
    let started = Instant::now();
    lock(state).active_repairs = 1;
    let runs = std::iter::once((ErrorKind::TestFailure, config.test_command.clone()))
        .chain(config.checks.iter().map(|c| (c.error_type, c.command.clone())));
    let mut total: Option<CycleSummary> = None;
    for (kind, command) in runs {
        let one = run_one(app, config, state, why, seen, kind, command).await;
        total = Some(match total {
            None => one,
            Some(t) => CycleSummary {
                passed_before: t.passed_before && one.passed_before,
                failures_before: t.failures_before + one.failures_before,
                passed_after: t.passed_after && one.passed_after,
                failures_after: t.failures_after + one.failures_after,
                applied: t.applied + one.applied,
                error: match (t.error, one.error) {
                    (Some(a), Some(b)) => Some(format!("{a}; {b}")),
                    (a, b) => a.or(b),
                },
                ..t
            },
        });
    }
    let elapsed = started.elapsed().as_secs_f64();
    {
        let mut s = lock(state);
        s.active_repairs = 0;
        s.queue_size = 0;
    }
    app.metrics.cycle(elapsed);
    if let Some(mut summary) = total {
        summary.duration_seconds = elapsed;
        lock(state).last_run = Some(summary);
    }
}

/// One command of a cycle through the core's `heal_run`, its outcomes recorded and published.
async fn run_one(
    app: &Arc<App>,
    config: &OrchestratorConfig,
    state: &Arc<Mutex<OrchState>>,
    why: &str,
    seen: &mut HashSet<String>,
    kind: ErrorKind,
    command: Vec<String>,
) -> CycleSummary {
    let started = Instant::now();
    // A linter's own autofix is held for approval unless the project's config lets it be applied: the monitor
    // does not restyle code on its own. The run then writes nothing, and its validated fixes wait for approval.
    let lint_held = is_lint_run(kind, &command)
        && config.auto_fix
        && !crate::security::allows_lint_autofix(Path::new(&config.project_path));
    let hold = config.require_approval || lint_held;
    let mut opts = RunOptions::new(&config.project_path, command);
    opts.apply = config.auto_fix && !hold;
    opts.threshold = config.confidence_threshold;
    opts.timeout = app.settings.healing_timeout;
    opts.tests_only = config.tests_only;
    let st = state.clone();
    let result = tokio::task::spawn_blocking(move || {
        heal_run(&opts, &mut |e| {
            if let Event::Parsed { failures } = e {
                lock(&st).queue_size = failures;
            }
        })
    })
    .await;
    let elapsed = started.elapsed().as_secs_f64();
    let hook = config.webhook_url.clone();
    match result {
        Ok(Ok(report)) => {
            app.metrics.detections(report.initial.failures);
            if report.initial.failures > 0 {
                app.events.publish(
                    "results",
                    "detection",
                    json!({ "orchestrator_id": config.orchestrator_id, "project_path": config.project_path,
                            "failures": report.initial.failures, "trigger": why, "error_type": kind.name() }),
                    hook.clone(),
                );
            }
            let mut records = records_from(config, &report, elapsed, seen, kind, hold);
            if config.auto_commit {
                commit(Path::new(&config.project_path), &mut records, &report.changed_files);
            }
            for r in &records {
                if let Err(e) = app.put_repair(r.clone()).await {
                    eprintln!("cars: could not record repair {}: {}", r.repair_id, e.message);
                }
                app.metrics.repair(&r.status, r.strategy.as_deref().unwrap_or("none"));
                let mut public = r.clone();
                public.held = None;
                if matches!(r.status.as_str(), "success" | "failed" | "pending_approval" | "proposed") {
                    app.events.publish(
                        "validation",
                        "validation",
                        json!({ "repair_id": r.repair_id, "passed": r.status != "failed", "status": r.status }),
                        None,
                    );
                }
                app.events.publish("results", "repair", json!(public), hook.clone());
            }
            CycleSummary {
                timestamp: now_rfc3339(),
                trigger: why.into(),
                passed_before: report.initial.passed,
                failures_before: report.initial.failures,
                passed_after: report.final_run.passed,
                failures_after: report.final_run.failures,
                applied: report.applied,
                duration_seconds: elapsed,
                error: None,
            }
        }
        Ok(Err(e)) => failed_cycle(app, config, why, elapsed, e.to_string()),
        Err(e) => failed_cycle(app, config, why, elapsed, format!("the healer panicked: {e}")),
    }
}

fn failed_cycle(app: &App, config: &OrchestratorConfig, why: &str, elapsed: f64, error: String) -> CycleSummary {
    eprintln!("cars: {}: run failed: {error}", config.project_path);
    app.events.publish(
        "results",
        "cycle_error",
        json!({ "orchestrator_id": config.orchestrator_id, "error": error }),
        config.webhook_url.clone(),
    );
    CycleSummary {
        timestamp: now_rfc3339(),
        trigger: why.into(),
        passed_before: false,
        failures_before: 0,
        passed_after: false,
        failures_after: 0,
        applied: 0,
        duration_seconds: elapsed,
        error: Some(error),
    }
}

/// One record per healed-or-not failure; proposals already recorded with the same status are not repeated
/// every interval.
fn records_from(
    config: &OrchestratorConfig,
    report: &RunReport,
    elapsed: f64,
    seen: &mut HashSet<String>,
    kind: ErrorKind,
    hold: bool,
) -> Vec<RepairRecord> {
    let root = Path::new(&config.project_path);
    let mut out = Vec::new();
    // The linter's own safe autofix comes first in a lint run: one record for what it changed.
    for lf in &report.lint_fixes {
        let held = (hold && !lf.applied && lf.validated == Some(true) && !lf.texts.is_empty()).then(|| HeldFix {
            files: lf
                .texts
                .iter()
                .map(|(path, original, healed)| HeldFile {
                    path: path.clone(),
                    original: original.clone(),
                    healed: healed.clone(),
                })
                .collect(),
        });
        let status = match (lf.applied, lf.validated) {
            (true, _) => "success",
            (false, Some(false)) => "failed",
            (false, _) if lf.files.is_empty() => "no_fix",
            (false, Some(true)) if held.is_some() => "pending_approval",
            (false, _) => "proposed",
        };
        let key = format!("lint|{:?}|{:?}|{status}", lf.files, lf.rules);
        if !matches!(status, "success" | "failed") && !seen.insert(key) {
            continue;
        }
        out.push(RepairRecord {
            repair_id: new_id(),
            orchestrator_id: Some(config.orchestrator_id.clone()),
            project_path: config.project_path.clone(),
            status: status.into(),
            test_id: None,
            file_path: lf.files.first().map(|p| p.to_string_lossy().into_owned()),
            error_message: format!("{} violation(s) of {}", lf.before, lf.rules.join(", ")),
            error_type: Some(kind.name().into()),
            strategy: Some("lint_autofix".into()),
            // The linter's own safe fixes, validated by re-running it: as sure as a fix gets.
            confidence_score: if lf.validated == Some(true) { 1.0 } else { 0.0 },
            execution_time: elapsed,
            timestamp: now_rfc3339(),
            decision: lf.decision.clone(),
            diff: lf.diff.clone(),
            branch: None,
            commit: None,
            touches: lf.files.iter().map(|p| FileRole::of(p)).max().map(|r| r.name().to_string()),
            held,
        });
    }
    // Violations a validated linter fix covers are that record's, not failures without a fix.
    let covered = |f: &maestro_test_healer::failure::Failure| {
        report.lint_fixes.iter().filter(|lf| lf.validated == Some(true)).any(|lf| {
            let in_files = f.file.as_deref().is_some_and(|p| lf.files.iter().any(|x| p == x || p == root.join(x)));
            in_files && f.error_type.as_ref().is_some_and(|r| lf.rules.contains(r))
        })
    };
    for fo in report.failures.iter().filter(|fo| !(fo.failure.kind == FailureKind::Lint && covered(&fo.failure))) {
        let (status, pick, held) = judge(hold, root, fo);
        let f = &fo.failure;
        let key = format!("{:?}|{:?}|{}|{status}", f.test_id, f.file, f.message);
        if !matches!(status, "success" | "failed") && !seen.insert(key) {
            continue;
        }
        let fix = pick.and_then(|i| fo.fixes.get(i));
        out.push(RepairRecord {
            repair_id: new_id(),
            orchestrator_id: Some(config.orchestrator_id.clone()),
            project_path: config.project_path.clone(),
            status: status.into(),
            test_id: f.test_id.clone(),
            file_path: f.file.as_ref().map(|p| p.to_string_lossy().into_owned()),
            error_message: f.message.clone(),
            error_type: Some(error_type(kind, f.kind).into()),
            strategy: fix.map(|x| x.fix.strategy.name().to_string()),
            confidence_score: fix.map_or(0.0, |x| x.fix.confidence),
            execution_time: elapsed,
            timestamp: now_rfc3339(),
            decision: fix.map_or_else(|| "no strategy proposed a fix".to_string(), |x| x.decision.clone()),
            diff: fix.map(|x| x.fix.diff.clone()).unwrap_or_default(),
            branch: None,
            commit: None,
            touches: fix.and_then(|x| x.fix.touches).map(|r| r.name().to_string()),
            held,
        });
    }
    out
}

/// A linter's run: a `lint_error` check, or a command that starts ruff or eslint.
fn is_lint_run(kind: ErrorKind, command: &[String]) -> bool {
    kind == ErrorKind::LintError
        || command.iter().take(4).any(|w| {
            let name = w.rsplit('/').next().unwrap_or(w);
            matches!(name, "ruff" | "eslint" | "eslint.js")
        })
}

/// A failure's `error_type`: the check's kind; in a test run, code that does not parse or import is a
/// build error (it fails every test), anything else a test failure.
fn error_type(check: ErrorKind, failure: FailureKind) -> &'static str {
    match (check, failure) {
        (
            ErrorKind::TestFailure,
            FailureKind::SyntaxError | FailureKind::ImportError | FailureKind::CollectionError,
        ) => ErrorKind::BuildError.name(),
        (kind, _) => kind.name(),
    }
}

/// The status of one failure's repair, the fix it is about, and (for approval) the fix's files.
fn judge(hold: bool, root: &Path, fo: &FailureOutcome) -> (&'static str, Option<usize>, Option<HeldFix>) {
    if let Some(i) = fo.fixes.iter().position(|x| x.applied) {
        return ("success", Some(i), None);
    }
    if let Some(i) = fo.fixes.iter().position(|x| x.validated == Some(true)) {
        if hold {
            return match held(root, &fo.fixes[i].fix.edits) {
                Some(held) => ("pending_approval", Some(i), Some(held)),
                None => ("failed", Some(i), None),
            };
        }
        return ("proposed", Some(i), None);
    }
    if let Some(i) = fo.fixes.iter().position(|x| x.validated == Some(false)) {
        return ("failed", Some(i), None);
    }
    if fo.fixes.is_empty() {
        ("no_fix", None, None)
    } else {
        ("below_threshold", Some(0), None)
    }
}

/// The files a validated fix changes, as they are now (the run restored them) and as the fix makes them.
fn held(root: &Path, edits: &[maestro_test_healer::fix::Edit]) -> Option<HeldFix> {
    let mut paths: Vec<&PathBuf> = edits.iter().map(|e| &e.path).collect();
    paths.sort();
    paths.dedup();
    let mut files = Vec::new();
    for path in paths {
        let original = std::fs::read_to_string(root.join(path)).ok()?;
        let healed = apply_edits(&original, edits.iter().filter(|e| &e.path == path)).ok()?;
        files.push(HeldFile { path: path.clone(), original, healed });
    }
    Some(HeldFix { files })
}

/// `auto_commit`: the changed files on a branch `maestro/heal-<id>`, with a message naming each fix's strategy
/// and confidence. A failure is recorded in the decision, never fatal.
pub fn commit(root: &Path, records: &mut [RepairRecord], files: &[PathBuf]) {
    let healed: Vec<usize> =
        (0..records.len()).filter(|&i| matches!(records[i].status.as_str(), "success" | "approved")).collect();
    if healed.is_empty() || files.is_empty() {
        return;
    }
    let first = &records[healed[0]];
    let id: String = first.repair_id.chars().take(12).collect();
    let branch = format!("maestro/heal-{id}");
    let line = |r: &RepairRecord| {
        format!(
            "{} with {} (confidence {:.2})",
            r.test_id.as_deref().or(r.file_path.as_deref()).unwrap_or("a failure"),
            r.strategy.as_deref().unwrap_or("unknown"),
            r.confidence_score
        )
    };
    let mut message = if healed.len() == 1 {
        format!("maestro: heal {}\n", line(first))
    } else {
        format!("maestro: heal {} failures\n", healed.len())
    };
    message.push_str("\nValidated by re-running the failing tests; committed by maestro-cars.\n");
    for &i in &healed {
        message.push_str(&format!("\n- {}", line(&records[i])));
    }
    match crate::gitcommit::commit_on_branch(root, &branch, files, &message) {
        Ok(done) => {
            for &i in &healed {
                records[i].branch = Some(branch.clone());
                records[i].commit = Some(done.sha.clone());
                if !done.carried.is_empty() {
                    records[i].decision.push_str(&format!(
                        "; the branch also carries {} uncommitted file(s) the fix was validated with: {}",
                        done.carried.len(),
                        done.carried.join(", ")
                    ));
                }
            }
        }
        Err(e) => {
            for &i in &healed {
                records[i].decision.push_str(&format!("; auto_commit failed: {e}"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_test_run_reports_unparsable_or_unimportable_code_as_a_build_error() {
        assert_eq!(error_type(ErrorKind::TestFailure, FailureKind::SyntaxError), "build_error");
        assert_eq!(error_type(ErrorKind::TestFailure, FailureKind::ImportError), "build_error");
        assert_eq!(error_type(ErrorKind::TestFailure, FailureKind::TestFailure), "test_failure");
        // A check's kind is what it was configured as, whatever its diagnostics are called.
        assert_eq!(error_type(ErrorKind::TypeError, FailureKind::SyntaxError), "type_error");
        assert_eq!(error_type(ErrorKind::LintError, FailureKind::Lint), "lint_error");
    }
}
