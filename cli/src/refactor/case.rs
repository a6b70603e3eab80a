//! One generated case: copy the passing project, commit it, apply the refactoring and commit it as a developer
//! would, run the tests; when they fail, run the healer and check its work.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use maestro_test_healer::context::is_test_path;
use maestro_test_healer::runner::command::{run, CommandSpec};
use serde::Serialize;

use super::edits::Refactoring;
use super::projects::copy;
use super::Kind;
use crate::eval::{count_tests_and_assertions, git, shell, snapshot};

/// How a case ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The tests fail after the refactoring and pass after the healer, with only test files changed and no test
    /// or assertion lost.
    Healed,
    /// The tests fail after the refactoring; the healer did not make them pass (or changed nothing).
    NotHealed,
    /// The healer made them pass but broke a rule: a source file changed, a test or assertion went missing.
    Harmful,
    /// The tests still pass after the refactoring: nothing to heal (reported, not counted).
    NotBreaking,
    /// The healer exited with a panic/signal or ran over its time.
    Crash,
    /// The case could not be set up (a generator problem, reported apart).
    SetupFailed,
}

impl Verdict {
    /// Whether the case counts towards the heal rate: the refactoring broke the tests and was set up.
    pub fn counts(self) -> bool {
        !matches!(self, Verdict::NotBreaking | Verdict::SetupFailed)
    }
}

/// The result of one case.
#[derive(Debug, Clone, Serialize)]
pub struct CaseResult {
    pub id: usize,
    pub project: String,
    pub language: &'static str,
    pub kind: Kind,
    pub title: String,
    pub verdict: Verdict,
    pub detail: String,
    pub duration_ms: u64,
}

/// Everything a worker needs for one case (no syntax trees: those stay on the thread that built the cases).
pub struct Case {
    pub id: usize,
    pub project: String,
    pub python: bool,
    pub command: String,
    pub root: PathBuf,
    pub refactoring: Refactoring,
}

pub struct Env<'a> {
    pub exe: &'a Path,
    pub path_env: &'a str,
    pub tools: Option<&'a Path>,
    pub timeout: Duration,
}

pub fn run_case(case: &Case, env: &Env) -> CaseResult {
    let start = Instant::now();
    let (verdict, detail) = match tempfile::Builder::new().prefix("maestro-refactor-").tempdir() {
        Ok(dir) => {
            let verdict = judge(case, env, dir.path());
            // Keeping the folder lets a developer replay a case (`MAESTRO_REFACTOR_KEEP=1`).
            if std::env::var_os("MAESTRO_REFACTOR_KEEP").is_some() {
                let kept = dir.keep();
                (verdict.0, format!("{} [kept in {}]", verdict.1, kept.display()))
            } else {
                verdict
            }
        }
        Err(e) => (Verdict::SetupFailed, format!("cannot create a temp folder: {e}")),
    };
    CaseResult {
        id: case.id,
        project: case.project.clone(),
        language: if case.python { "python" } else { "typescript" },
        kind: case.refactoring.kind,
        title: case.refactoring.title.clone(),
        verdict,
        detail,
        duration_ms: start.elapsed().as_millis() as u64,
    }
}

fn judge(case: &Case, env: &Env, root: &Path) -> (Verdict, String) {
    let setup = |e: String| (Verdict::SetupFailed, e);
    if let Err(e) = copy(&case.root, root) {
        return setup(format!("copy: {e}"));
    }
    if !case.python {
        if let Some(tools) = env.tools {
            let _ = std::os::unix::fs::symlink(tools.join("node/node_modules"), root.join("node_modules"));
        }
    }
    let exclude = crate::eval::IGNORED.iter().map(|i| format!("{i}\n")).collect::<String>();
    let steps = || -> Result<(), String> {
        git(root, &["init", "-q"], None)?;
        std::fs::write(root.join(".git/info/exclude"), &exclude).map_err(|e| e.to_string())?;
        git(root, &["add", "-A"], None)?;
        git(root, &["commit", "-q", "-m", "Project with passing tests"], Some("2024-01-01T12:00:00"))?;
        case.refactoring.apply(root)?;
        git(root, &["add", "-A"], None)?;
        git(root, &["commit", "-q", "-m", &case.refactoring.title], Some("2024-01-02T12:00:00"))
    };
    if let Err(e) = steps() {
        return setup(e);
    }
    match shell(root, &case.command, env.timeout, env.path_env) {
        Ok(true) => return (Verdict::NotBreaking, "the tests still pass after the refactoring".into()),
        Ok(false) => {}
        Err(e) => return setup(e),
    }
    let before = snapshot(root);
    let argv = vec![
        "env".to_string(),
        format!("PATH={}", env.path_env),
        env.exe.display().to_string(),
        "run".into(),
        "--apply".into(),
        "--format".into(),
        "json".into(),
        "--project".into(),
        root.display().to_string(),
        "--".into(),
        "sh".into(),
        "-c".into(),
        case.command.clone(),
    ];
    let out = match run(&CommandSpec::new(argv, root).with_timeout(env.timeout), &mut |_| {}) {
        Ok(out) => out,
        Err(e) => return setup(format!("could not run maestro-heal: {e}")),
    };
    if out.timed_out {
        return (Verdict::Crash, format!("maestro-heal ran over {}s", env.timeout.as_secs()));
    }
    if out.status.is_none_or(|c| c >= 101) {
        let tail: String = out.output.lines().rev().take(5).collect::<Vec<_>>().join(" | ");
        return (Verdict::Crash, format!("maestro-heal exited {:?}: {tail}", out.status));
    }
    let after = snapshot(root);
    let changed: BTreeSet<&PathBuf> =
        before.keys().chain(after.keys()).filter(|p| before.get(*p) != after.get(*p)).collect();
    if changed.is_empty() {
        return (Verdict::NotHealed, first_failure(&out.output));
    }
    let mut harm = Vec::new();
    for p in &changed {
        if !is_test_path(p) {
            harm.push(format!("changed a non-test file: {}", p.display()));
            continue;
        }
        let text = |m: &std::collections::BTreeMap<PathBuf, Vec<u8>>| {
            m.get(*p).map(|b| String::from_utf8_lossy(b).into_owned()).unwrap_or_default()
        };
        let (t0, a0) = count_tests_and_assertions(p, &text(&before));
        let (t1, a1) = count_tests_and_assertions(p, &text(&after));
        if t0 != t1 || a0 != a1 {
            harm.push(format!("{}: tests {t0}->{t1}, assertions {a0}->{a1}", p.display()));
        }
    }
    let names = changed.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ");
    match shell(root, &case.command, env.timeout, env.path_env) {
        Ok(true) if harm.is_empty() => (Verdict::Healed, format!("changed {names}")),
        Ok(true) => (Verdict::Harmful, harm.join("; ")),
        Ok(false) if harm.is_empty() => (Verdict::NotHealed, format!("changed {names} but the tests still fail")),
        Ok(false) => (Verdict::Harmful, format!("{} (and the tests still fail)", harm.join("; "))),
        Err(e) => (Verdict::SetupFailed, e),
    }
}

/// The first failure's message from the healer's JSON report, for the "not healed" detail.
fn first_failure(output: &str) -> String {
    let Some(start) = output.find('{') else { return "no fix applied".into() };
    let report: Option<serde_json::Value> =
        serde_json::Deserializer::from_str(&output[start..]).into_iter().next().and_then(Result::ok);
    let failure = report.as_ref().and_then(|r| r.get("failures")?.get(0)?.get("failure").cloned());
    match failure {
        Some(f) => {
            let kind = f.get("error_type").and_then(|v| v.as_str()).unwrap_or("");
            let msg = f.get("message").and_then(|v| v.as_str()).unwrap_or("");
            let msg: String = msg.lines().next().unwrap_or("").chars().take(140).collect();
            format!("no fix applied: {kind} {msg}")
        }
        None => "no fix applied (no failure read)".into(),
    }
}
