//! `maestro-heal eval`: runs the healer over the scenario corpus (`tests/scenarios/`, format in
//! `../shared/SCENARIOS.md`) and scores it: heals must make the command pass without touching other files,
//! adding skips/retries or losing tests or assertions; traps must leave every file untouched.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use maestro_test_healer::classify::{classify, features::FeatureInput};
use maestro_test_healer::context::{ChangeIntent, GitSignals, Observations, SourceCache};
use maestro_test_healer::failure::Failure;
use maestro_test_healer::runner::command::{run, CommandSpec};
use maestro_test_healer::source::SourceFile;
use serde::{Deserialize, Serialize};

const DEFAULT_FORBID: &[&str] =
    &["pytest.mark.skip", "pytest.mark.xfail", "pytest.mark.flaky", "reruns", ".skip(", ".only(", "retry("];
/// Left out of snapshots: tool state and dependencies, not the user's files. The type checkers' and linters'
/// caches are written by the project's own command (`mypy` fills `.mypy_cache` on every run), so a healer that
/// ran it is not "changing files outside may_change".
pub(crate) const IGNORED: &[&str] =
    &[".git", "node_modules", ".maestro", "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".eslintcache"];

/// `scenario.toml`.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Scenario {
    pub id: String,
    pub language: String,
    pub strategy: String,
    pub expect: String,
    pub command: String,
    #[serde(default)]
    pub may_change: Vec<String>,
    #[serde(default = "one")]
    pub flaky_runs: u32,
    #[serde(default = "default_forbid")]
    pub forbid_added: Vec<String>,
    #[serde(default)]
    pub summary: String,
    /// Extra `maestro-heal run` flags the scenario is scored with (`["--tests-only"]`): a behaviour the healer
    /// has only under that flag.
    #[serde(default)]
    pub args: Vec<String>,
    /// The message of the `project/` commit (default `project`): real changes come with one, and a scenario
    /// whose evidence is "the commit says so" needs to carry it.
    #[serde(default)]
    pub message: Option<String>,
}

fn one() -> u32 {
    1
}

fn default_forbid() -> Vec<String> {
    DEFAULT_FORBID.iter().map(|s| s.to_string()).collect()
}

/// The result of one scenario.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    pub id: String,
    pub language: String,
    pub strategy: String,
    pub expect: String,
    pub passed: bool,
    pub harmful: bool,
    /// The healer changed at least one file (an applied fix).
    pub changed: bool,
    pub reason: String,
    pub duration_ms: u64,
    /// The healer's best fix for the first failure (applied, or else the best non-display-only one): its
    /// confidence, strategy, whether it was applied and how its validation went. For calibration.
    #[serde(default)]
    pub fix: Option<FixSignal>,
    /// The classifier's top strategy for the first failure, and its probability.
    #[serde(default)]
    pub predicted: Option<(String, f64)>,
    /// What the classifier and the score saw for the first failure (the failure, re-run flip, git intent, every
    /// fix with its confidence), so calibration can be refitted offline from a saved eval.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<serde_json::Value>,
}

/// See [`Outcome::fix`].
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FixSignal {
    /// Calibrated, as the healer reports it: the shipped calibration map applied to `raw_confidence`.
    pub confidence: f64,
    /// Before calibration (the healer runs with `MAESTRO_CALIBRATION=off`), what `scripts/calibration.py --fit`
    /// reads. The map never moves a score across the threshold, so which fixes apply is the same either way.
    #[serde(default)]
    pub raw_confidence: f64,
    pub strategy: String,
    pub applied: bool,
    pub validated: Option<bool>,
}

/// The fix and classifier signals of a `run --format json` report.
fn signals(output: &str, root: &Path, git: &GitSignals) -> Signals {
    let Some(start) = output.find('{') else { return Signals::default() };
    let mut stream = serde_json::Deserializer::from_str(&output[start..]).into_iter::<serde_json::Value>();
    let Some(Ok(report)) = stream.next() else { return Signals::default() };
    let Some(first) = report.get("failures").and_then(|f| f.get(0)) else { return Signals::default() };
    let fixes = first.get("fixes").and_then(|f| f.as_array()).cloned().unwrap_or_default();
    let applicable = |f: &&serde_json::Value| f.get("applicability").and_then(|a| a.as_str()) != Some("display_only");
    let chosen = fixes
        .iter()
        .find(|f| f.get("applied").and_then(|a| a.as_bool()) == Some(true))
        .or_else(|| fixes.iter().find(applicable));
    let fix = chosen.and_then(|f| {
        let raw = f.get("confidence")?.as_f64()?;
        let threshold = maestro_test_healer::confidence::DEFAULT_THRESHOLD;
        let map = maestro_test_healer::confidence::Calibration::shipped();
        Some(FixSignal {
            confidence: map.map_or(raw, |m| m.apply(raw, threshold)),
            raw_confidence: raw,
            strategy: f.get("strategy")?.as_str()?.to_string(),
            applied: f.get("applied").and_then(|a| a.as_bool()).unwrap_or(false),
            validated: f.get("validated").and_then(|v| v.as_bool()),
        })
    });
    let mut input = None;
    let predicted = (|| {
        let failure: Failure = serde_json::from_value(first.get("failure")?.clone()).ok()?;
        let observed: Observations =
            first.get("observed").and_then(|o| serde_json::from_value(o.clone()).ok()).unwrap_or_default();
        let flipped = (observed.reruns > 0).then(|| observed.flipped());
        let cache = SourceCache::new(root);
        let intent = failure
            .file
            .as_deref()
            .and_then(|f| cache.relative(f))
            .map_or(ChangeIntent::Unknown, |f| git.intent_for(&f));
        input = Some(serde_json::json!({
            "failure": first.get("failure"),
            "flipped": flipped,
            "intent": intent,
            "fixes": fixes,
        }));
        let (kind, p) = classify(&FeatureInput { failure: &failure, flipped, intent }).best();
        Some((kind.name().to_string(), p))
    })();
    Signals { fix, predicted, input }
}

/// Options of `maestro-heal eval`.
pub struct EvalOptions {
    pub scenarios: PathBuf,
    pub filter: Option<String>,
    /// Only every trap plus the first heal of each strategy x language: the fast subset CI runs.
    pub quick: bool,
    pub check_references: bool,
    pub jobs: usize,
    pub timeout: Duration,
    pub tools: Option<PathBuf>,
}

/// Runs every matching scenario and returns the outcomes in id order.
pub fn evaluate(
    opts: &EvalOptions,
    progress: &mut (dyn FnMut(&Outcome, usize, usize) + Send),
) -> Result<Vec<Outcome>, String> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&opts.scenarios)
        .map_err(|e| format!("{}: {e}", opts.scenarios.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("scenario.toml").is_file())
        .filter(|p| {
            opts.filter.as_deref().is_none_or(|f| p.file_name().is_some_and(|n| n.to_string_lossy().contains(f)))
        })
        .collect();
    dirs.sort();
    if opts.quick {
        dirs = quick_subset(dirs);
    }
    let total = dirs.len();
    let queue = Mutex::new(dirs.into_iter());
    let results = Mutex::new(Vec::new());
    let progress = Mutex::new(progress);
    let exe = std::env::current_exe().map_err(|e| format!("cannot find the maestro-heal binary: {e}"))?;
    let path_env = tools_path(opts.tools.as_deref());
    std::thread::scope(|scope| {
        for _ in 0..opts.jobs.max(1) {
            scope.spawn(|| loop {
                let next = queue.lock().ok().and_then(|mut q| q.next());
                let Some(dir) = next else { break };
                let outcome = run_one(&dir, opts, &exe, &path_env);
                if let (Ok(mut r), Ok(mut p)) = (results.lock(), progress.lock()) {
                    r.push(outcome.clone());
                    p(&outcome, r.len(), total);
                }
            });
        }
    });
    let mut results = results.into_inner().map_err(|_| "a worker thread panicked".to_string())?;
    results.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(results)
}

/// Every trap, and the first heal (by id) of each strategy x language.
fn quick_subset(dirs: Vec<PathBuf>) -> Vec<PathBuf> {
    let mut seen = std::collections::BTreeSet::new();
    dirs.into_iter()
        .filter(|d| {
            let Ok(s) = std::fs::read_to_string(d.join("scenario.toml"))
                .map_err(|e| e.to_string())
                .and_then(|t| toml::from_str::<Scenario>(&t).map_err(|e| e.to_string()))
            else {
                return true;
            };
            s.expect != "heal" || seen.insert((s.strategy, s.language))
        })
        .collect()
}

pub(crate) fn tools_path(tools: Option<&Path>) -> String {
    let mut parts = Vec::new();
    if let Some(t) = tools {
        parts.push(t.join("venv/bin").display().to_string());
        parts.push(t.join("node/node_modules/.bin").display().to_string());
    }
    parts.push(std::env::var("PATH").unwrap_or_default());
    parts.join(":")
}

fn run_one(dir: &Path, opts: &EvalOptions, exe: &Path, path_env: &str) -> Outcome {
    let start = Instant::now();
    let fallback_id = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let scenario = std::fs::read_to_string(dir.join("scenario.toml"))
        .map_err(|e| e.to_string())
        .and_then(|t| toml::from_str::<Scenario>(&t).map_err(|e| e.to_string()));
    let outcome = |s: Option<&Scenario>, passed: bool, harmful: bool, changed: bool, reason: String| Outcome {
        id: s.map(|s| s.id.clone()).unwrap_or_else(|| fallback_id.clone()),
        language: s.map(|s| s.language.clone()).unwrap_or_default(),
        strategy: s.map(|s| s.strategy.clone()).unwrap_or_default(),
        expect: s.map(|s| s.expect.clone()).unwrap_or_default(),
        passed,
        harmful,
        changed,
        reason,
        duration_ms: start.elapsed().as_millis() as u64,
        fix: None,
        predicted: None,
        input: None,
    };
    let scenario = match scenario {
        Ok(s) => s,
        Err(e) => return outcome(None, false, false, false, format!("invalid scenario.toml: {e}")),
    };
    // A neutral folder name: the scenario id (`...-trap`) must not reach the healer.
    let work = match tempfile::Builder::new().prefix("maestro-eval-").tempdir() {
        Ok(w) => w,
        Err(e) => return outcome(Some(&scenario), false, false, false, format!("cannot create a temp folder: {e}")),
    };
    let root = work.path();
    if let Err(e) = materialize(dir, root, opts.tools.as_deref(), scenario.message.as_deref()) {
        return outcome(Some(&scenario), false, false, false, format!("setup failed: {e}"));
    }
    let mut sig = Signals::default();
    let (verdict, changed) = if opts.check_references {
        (check_reference(dir, root, &scenario, opts, path_env), false)
    } else {
        score(root, &scenario, opts, exe, path_env, &mut sig)
    };
    let (passed, harmful, reason) = verdict;
    let mut o = outcome(Some(&scenario), passed, harmful, changed, reason);
    (o.fix, o.predicted, o.input) = (sig.fix, sig.predicted, sig.input);
    o
}

/// base/ committed, project/ committed a day later (with the scenario's `message` when it has one), worktree/ left
/// uncommitted; node_modules linked to the tools.
fn materialize(scenario: &Path, root: &Path, tools: Option<&Path>, message: Option<&str>) -> Result<(), String> {
    git(root, &["init", "-q"], None)?;
    std::fs::write(root.join(".git/info/exclude"), IGNORED.iter().map(|i| format!("{i}\n")).collect::<String>())
        .map_err(|e| e.to_string())?;
    let mut day = 1;
    for layer in ["base", "project"] {
        let from = scenario.join(layer);
        if from.is_dir() {
            copy_dir(&from, root).map_err(|e| format!("copying {layer}/: {e}"))?;
            git(root, &["add", "-A"], None)?;
            let text = if layer == "project" { message.unwrap_or(layer) } else { layer };
            git(root, &["commit", "-q", "--allow-empty", "-m", text], Some(&format!("2024-01-0{day}T12:00:00")))?;
            day += 1;
        }
    }
    let worktree = scenario.join("worktree");
    if worktree.is_dir() {
        copy_dir(&worktree, root).map_err(|e| format!("copying worktree/: {e}"))?;
    }
    if let Some(tools) = tools {
        if root.join("package.json").exists() && !root.join("node_modules").exists() {
            std::os::unix::fs::symlink(tools.join("node/node_modules"), root.join("node_modules"))
                .map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

pub(crate) fn git(root: &Path, args: &[&str], date: Option<&str>) -> Result<(), String> {
    let mut cmd = Command::new("git");
    cmd.args(["-c", "user.email=eval@maestro", "-c", "user.name=eval", "-c", "commit.gpgsign=false"])
        .args(args)
        .current_dir(root);
    if let Some(d) = date {
        cmd.env("GIT_AUTHOR_DATE", d).env("GIT_COMMITTER_DATE", d);
    }
    let out = cmd.output().map_err(|e| format!("git: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!("git {}: {}", args.join(" "), String::from_utf8_lossy(&out.stderr).trim()))
    }
}

pub(crate) fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

pub(crate) fn shell(root: &Path, script: &str, timeout: Duration, path_env: &str) -> Result<bool, String> {
    let spec =
        CommandSpec::new(vec!["env".into(), format!("PATH={path_env}"), "sh".into(), "-c".into(), script.into()], root)
            .with_timeout(timeout);
    let out = run(&spec, &mut |_| {}).map_err(|e| e.to_string())?;
    Ok(out.passed())
}

fn passes_n_times(root: &Path, s: &Scenario, opts: &EvalOptions, path_env: &str) -> Result<Option<u32>, String> {
    for i in 0..s.flaky_runs.max(1) {
        if !shell(root, &s.command, opts.timeout, path_env)? {
            return Ok(Some(i + 1));
        }
    }
    Ok(None)
}

/// How many times a flaky scenario's shipped command may pass by luck before it counts as not broken.
const FLAKY_ATTEMPTS: u32 = 3;

fn attempts(s: &Scenario) -> u32 {
    if s.flaky_runs > 1 {
        FLAKY_ATTEMPTS
    } else {
        1
    }
}

fn check_reference(dir: &Path, root: &Path, s: &Scenario, opts: &EvalOptions, path_env: &str) -> Verdict {
    // A flaky scenario is broken when it fails at least once in a few runs.
    let mut failed = false;
    for _ in 0..attempts(s) {
        match shell(root, &s.command, opts.timeout, path_env) {
            Ok(true) => continue,
            Err(e) => return (false, false, e),
            Ok(false) => {
                failed = true;
                break;
            }
        }
    }
    if !failed {
        return (false, false, "the command passes as shipped: nothing is broken".into());
    }
    let patch = dir.join("reference.patch");
    if let Err(e) = git(root, &["apply", &patch.display().to_string()], None) {
        return (false, false, format!("reference.patch does not apply: {e}"));
    }
    match passes_n_times(root, s, opts, path_env) {
        Ok(None) => (true, false, format!("fails as shipped, passes {}x with reference.patch", s.flaky_runs.max(1))),
        Ok(Some(run)) => (false, false, format!("still fails with reference.patch (run {run})")),
        Err(e) => (false, false, e),
    }
}

type Verdict = (bool, bool, String);

/// The verdict, and whether the healer changed any file.
/// The fix, classifier and input signals of one scenario's first failure.
#[derive(Default)]
struct Signals {
    fix: Option<FixSignal>,
    predicted: Option<(String, f64)>,
    input: Option<serde_json::Value>,
}

fn score(
    root: &Path,
    s: &Scenario,
    opts: &EvalOptions,
    exe: &Path,
    path_env: &str,
    sig: &mut Signals,
) -> (Verdict, bool) {
    let mut changed_any = false;
    let verdict = score_inner(root, s, opts, exe, path_env, &mut changed_any, sig);
    (verdict, changed_any)
}

fn score_inner(
    root: &Path,
    s: &Scenario,
    opts: &EvalOptions,
    exe: &Path,
    path_env: &str,
    changed_any: &mut bool,
    sig: &mut Signals,
) -> Verdict {
    let git = maestro_test_healer::runner::git::signals(root);
    let before = snapshot(root);
    let mut argv = vec![
        "env".to_string(),
        format!("PATH={path_env}"),
        "MAESTRO_CALIBRATION=off".into(),
        exe.display().to_string(),
        "run".into(),
        "--apply".into(),
        "--threshold".into(),
        "0.75".into(),
        "--format".into(),
        "json".into(),
        "--project".into(),
        root.display().to_string(),
        "--".into(),
        "sh".into(),
        "-c".into(),
        s.command.clone(),
    ];
    // After `run`: the scenario's own flags.
    let at = argv.iter().position(|a| a == "run").map_or(argv.len(), |i| i + 1);
    argv.splice(at..at, s.args.iter().cloned());
    let spec = CommandSpec::new(argv, root).with_timeout(opts.timeout);
    let mut tries = 0;
    let healed = loop {
        tries += 1;
        let out = match run(&spec, &mut |_| {}) {
            Ok(out) => out,
            Err(e) => return (false, false, format!("could not run maestro-heal: {e}")),
        };
        // The healer starts from a failing run: a flaky scenario whose first run passed by luck gets another go.
        if out.passed() && tries < attempts(s) && snapshot(root) == before {
            continue;
        }
        break out;
    };
    if healed.timed_out {
        return (false, false, format!("maestro-heal ran over {}s", opts.timeout.as_secs()));
    }
    *sig = signals(&healed.output, root, &git);
    if healed.status.is_none_or(|c| c >= 101) {
        let tail: String = healed.output.lines().rev().take(5).collect::<Vec<_>>().join(" | ");
        return (false, false, format!("maestro-heal crashed (exit {:?}): {tail}", healed.status));
    }
    let after = snapshot(root);
    let changed: Vec<&PathBuf> = after
        .keys()
        .chain(before.keys())
        .filter(|p| before.get(*p) != after.get(*p))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    *changed_any = !changed.is_empty();
    if s.expect == "refuse" {
        return if changed.is_empty() {
            (true, false, "refused: no file changed".into())
        } else {
            (false, true, format!("a trap was changed: {}", list(&changed)))
        };
    }
    let mut harm = Vec::new();
    let allowed = |p: &Path| s.may_change.iter().any(|g| glob::Pattern::new(g).is_ok_and(|pat| pat.matches_path(p)));
    let outside: Vec<&PathBuf> = changed.iter().copied().filter(|p| !allowed(p)).collect();
    if !outside.is_empty() {
        harm.push(format!("changed files outside may_change: {}", list(&outside)));
    }
    for p in &changed {
        let old = before.get(*p).map(|b| String::from_utf8_lossy(b).into_owned()).unwrap_or_default();
        let new = after.get(*p).map(|b| String::from_utf8_lossy(b).into_owned()).unwrap_or_default();
        let added: Vec<&str> = new.lines().filter(|l| !old.lines().any(|o| o == *l)).collect();
        for f in &s.forbid_added {
            if added.iter().any(|l| l.contains(f.as_str())) {
                harm.push(format!("{}: added `{f}`", p.display()));
            }
        }
        let (t0, a0) = count_tests_and_assertions(p, &old);
        let (t1, a1) = count_tests_and_assertions(p, &new);
        if t1 < t0 || a1 < a0 {
            harm.push(format!("{}: tests {t0}->{t1}, assertions {a0}->{a1}", p.display()));
        }
    }
    if !harm.is_empty() {
        return (false, true, harm.join("; "));
    }
    if changed.is_empty() {
        return (false, false, "not healed: no file changed".into());
    }
    match passes_n_times(root, s, opts, path_env) {
        Ok(None) => (true, false, format!("healed: {} changed, passes {}x", list(&changed), s.flaky_runs.max(1))),
        Ok(Some(run)) => (false, false, format!("changed {} but the command fails (run {run})", list(&changed))),
        Err(e) => (false, false, e),
    }
}

fn list(paths: &[&PathBuf]) -> String {
    paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
}

/// Project-relative path → bytes, for every file but tool state.
pub(crate) fn snapshot(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else { continue };
        for entry in entries.flatten() {
            let name = entry.file_name();
            if IGNORED.iter().any(|i| name == *i) {
                continue;
            }
            let Ok(ft) = entry.file_type() else { continue };
            if ft.is_dir() {
                stack.push(entry.path());
            } else if let (Ok(bytes), Ok(rel)) = (std::fs::read(entry.path()), entry.path().strip_prefix(root)) {
                out.insert(rel.to_path_buf(), bytes);
            }
        }
    }
    out
}

/// Test functions and assertions in a file (0, 0 for files that are not source).
pub fn count_tests_and_assertions(path: &Path, text: &str) -> (usize, usize) {
    let Ok(src) = SourceFile::from_text(path, text) else { return (0, 0) };
    let (mut tests, mut asserts) = (0, 0);
    src.walk(|n| {
        if src.test_name(n).is_some() {
            tests += 1;
        }
        match n.kind() {
            "assert_statement" => asserts += 1,
            "call" | "call_expression" => {
                let callee = n.child_by_field_name("function").map(|f| src.node_text(f)).unwrap_or("");
                let last = callee.rsplit('.').next().unwrap_or("");
                if callee == "expect"
                    || callee.starts_with("assert")
                    || (callee.contains('.') && last.starts_with("assert"))
                {
                    asserts += 1;
                }
            }
            _ => {}
        }
        true
    });
    (tests, asserts)
}

/// The report: one line per scenario, a strategy x language table, harmful outcomes, and `N passed, M failed`.
pub fn report(outcomes: &[Outcome]) -> String {
    let mut out = String::new();
    for o in outcomes {
        let mark = if o.passed {
            "PASS"
        } else if o.harmful {
            "HARM"
        } else {
            "FAIL"
        };
        let _ = writeln!(
            out,
            "{mark} {:<42} {:<20} {:<7} {:>6.1}s  {}",
            o.id,
            o.strategy,
            o.expect,
            o.duration_ms as f64 / 1000.0,
            o.reason
        );
    }
    let mut table: BTreeMap<(&str, &str), (usize, usize)> = BTreeMap::new();
    for o in outcomes {
        let e = table.entry((o.strategy.as_str(), o.language.as_str())).or_default();
        e.1 += 1;
        if o.passed {
            e.0 += 1;
        }
    }
    let strategies: std::collections::BTreeSet<&str> = table.keys().map(|k| k.0).collect();
    let _ = writeln!(out, "\n{:<22} {:>12} {:>12}", "strategy", "python", "typescript");
    for s in strategies {
        let cell = |l: &str| table.get(&(s, l)).map(|(p, t)| format!("{p}/{t}")).unwrap_or_else(|| "-".into());
        let _ = writeln!(out, "{s:<22} {:>12} {:>12}", cell("python"), cell("typescript"));
    }
    let s = Summary::of(outcomes);
    let _ = writeln!(out, "\nheals healed: {}/{} ({:.1}%)", s.heals_passed, s.heals, pct(s.heals_passed, s.heals));
    let _ = writeln!(out, "traps refused: {}/{} ({:.1}%)", s.traps_passed, s.traps, pct(s.traps_passed, s.traps));
    let _ = writeln!(
        out,
        "precision at threshold 0.75: {}/{} applied fixes were right ({:.1}%)",
        s.applied_right,
        s.applied,
        pct(s.applied_right, s.applied)
    );
    let _ = writeln!(out, "harmful outcomes: {}", s.harmful);
    let (clf_right, clf_total) = classifier_top1(outcomes);
    let _ = writeln!(out, "classifier top-1 strategy: {clf_right}/{clf_total} ({:.1}%)", pct(clf_right, clf_total));
    let (raw, calibrated) = (calibration_points(outcomes, true), calibration_points(outcomes, false));
    let ece = |p: &[(f64, bool)]| maestro_test_healer::confidence::calibration(p, 10).0;
    let _ = writeln!(
        out,
        "expected calibration error (10 bins, {} fixes): {:.3} raw, {:.3} calibrated",
        calibrated.len(),
        ece(&raw),
        ece(&calibrated)
    );
    let _ = writeln!(out, "{} passed, {} failed", s.passed, outcomes.len() - s.passed);
    out
}

/// How often the classifier's top strategy for a scenario's first failure is the scenario's strategy.
pub fn classifier_top1(outcomes: &[Outcome]) -> (usize, usize) {
    let judged: Vec<&(String, f64)> = outcomes.iter().filter_map(|o| o.predicted.as_ref()).collect();
    let right = outcomes.iter().filter(|o| o.predicted.as_ref().is_some_and(|(p, _)| *p == o.strategy)).count();
    (right, judged.len())
}

/// One (confidence, right) point per scenario whose first failure had an applicable fix: applied and the
/// scenario passed harmlessly = right; not applied on a trap = wrong (a fix for a failure that must be refused);
/// not applied on a heal = as its validation went, left out when it was not validated. Same rule as
/// `scripts/calibration.py`.
pub fn calibration_points(outcomes: &[Outcome], raw: bool) -> Vec<(f64, bool)> {
    outcomes
        .iter()
        .filter_map(|o| {
            let fix = o.fix.as_ref()?;
            let right = if fix.applied {
                o.passed && !o.harmful
            } else if o.expect == "refuse" {
                false
            } else {
                fix.validated?
            };
            Some((if raw { fix.raw_confidence } else { fix.confidence }, right))
        })
        .collect()
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        100.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

/// Totals over a run of the evaluator.
pub struct Summary {
    pub heals: usize,
    pub heals_passed: usize,
    pub traps: usize,
    pub traps_passed: usize,
    /// Scenarios in which the healer changed files, and how many of those ended healed and harmless.
    pub applied: usize,
    pub applied_right: usize,
    pub harmful: usize,
    pub passed: usize,
}

impl Summary {
    pub fn of(outcomes: &[Outcome]) -> Summary {
        let count = |f: &dyn Fn(&Outcome) -> bool| outcomes.iter().filter(|o| f(o)).count();
        Summary {
            heals: count(&|o| o.expect == "heal"),
            heals_passed: count(&|o| o.expect == "heal" && o.passed),
            traps: count(&|o| o.expect == "refuse"),
            traps_passed: count(&|o| o.expect == "refuse" && o.passed),
            applied: count(&|o| o.changed),
            applied_right: count(&|o| o.changed && o.passed && o.expect == "heal"),
            harmful: count(&|o| o.harmful),
            passed: count(&|o| o.passed),
        }
    }

    /// The corpus bar: at least `min_heal_rate` of heals healed, every trap refused, nothing harmful.
    pub fn meets(&self, min_heal_rate: f64) -> bool {
        self.harmful == 0
            && self.traps_passed == self.traps
            && pct(self.heals_passed, self.heals) >= 100.0 * min_heal_rate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_tests_and_assertions_in_both_languages() {
        let py = "def test_a():\n    assert 1 == 1\n    self.assertEqual(1, 1)\n\ndef helper():\n    pass\n";
        assert_eq!(count_tests_and_assertions(Path::new("t.py"), py), (1, 2));
        let ts = "it('a', () => {\n  expect(1).toBe(1);\n  assert.strictEqual(1, 1);\n});\ntest('b', () => {});\n";
        assert_eq!(count_tests_and_assertions(Path::new("t.test.ts"), ts), (2, 2));
    }

    #[test]
    fn a_checkers_cache_is_not_a_project_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(dir.path().join(".mypy_cache/3.11")).expect("mkdir");
        std::fs::write(dir.path().join(".mypy_cache/3.11/cache.db"), "x").expect("write");
        std::fs::create_dir_all(dir.path().join("src")).expect("mkdir");
        std::fs::write(dir.path().join("src/app.py"), "x = 1\n").expect("write");
        let files: Vec<PathBuf> = snapshot(dir.path()).into_keys().collect();
        assert_eq!(files, vec![PathBuf::from("src/app.py")]);
    }

    #[test]
    fn the_project_commit_carries_the_scenarios_message() {
        let scenario = tempfile::tempdir().expect("temp dir");
        for layer in ["base", "project"] {
            std::fs::create_dir_all(scenario.path().join(layer)).expect("mkdir");
            std::fs::write(scenario.path().join(layer).join("app.py"), format!("LAYER = '{layer}'\n")).expect("write");
        }
        let subject = |message: Option<&str>| {
            let root = tempfile::tempdir().expect("temp dir");
            materialize(scenario.path(), root.path(), None, message).expect("materialize");
            let out = Command::new("git").args(["log", "--format=%s"]).current_dir(root.path()).output().expect("git");
            String::from_utf8_lossy(&out.stdout).lines().map(str::to_string).collect::<Vec<_>>()
        };
        assert_eq!(subject(Some("feat: round half up")), ["feat: round half up", "base"]);
        assert_eq!(subject(None), ["project", "base"]);
    }
}
