//! Lint violations are fixed by the linter's own safe autofix, never by rules of ours: `ruff check --fix-only`
//! restricted to the reported rule codes, `eslint --fix-dry-run` restricted to the rules the command itself runs
//! (eslint has no flag to run only named rules; every violation of those rules in a reported file was reported,
//! and `--quiet`, which leaves out the warning-level rules, is passed on when the command uses it). Only the
//! reported files are fixed, and only when the project uses that linter: the command runs it, or its
//! configuration is in the project.
//!
//! The linter never writes the project itself: each file goes in on stdin and the fixed text comes back on
//! stdout, so the session writes it like any other fix (backup, atomic write, re-parse), re-runs the command,
//! and rolls it back unless the run got better.
//!
//! ```
//! use maestro_test_healer::failure::{parse, Runner};
//! use maestro_test_healer::runner::lint_autofix::plan;
//! let project = tempfile::tempdir().unwrap();
//! std::fs::write(project.path().join("a.py"), "import os\n").unwrap();
//! let out = "a.py:1:8: F401 [*] `os` imported but unused\nFound 1 error.\n";
//! let failures = parse(out, Some(Runner::Ruff)).unwrap();
//! let argv: Vec<String> = ["ruff", "check", "."].map(String::from).to_vec();
//! let plan = plan(project.path(), &argv, Runner::Ruff, &failures).unwrap();
//! assert_eq!(plan.files[0].rules, ["F401"]);
//! assert_eq!(
//!     plan.fix_argv(&plan.files[0]),
//!     ["ruff", "check", "--fix-only", "--no-unsafe-fixes", "--no-cache", "--select", "F401", "--stdin-filename",
//!      "a.py", "-"]
//! );
//! ```

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::failure::{Failure, FailureKind, Runner};
use crate::runner::command::shell_quote;
use crate::runner::rerun::effective_words;

/// A fixed file larger than this is not believed: the linter printed something other than the file.
const MAX_FIXED_BYTES: usize = 16 * 1024 * 1024;

/// One reported file and the rules it broke.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LintFile {
    /// Relative to the project root.
    pub path: PathBuf,
    /// The rule codes reported in this file (`F401`, `prefer-const`), sorted.
    pub rules: Vec<String>,
}

/// How to ask the linter for its fixes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub tool: Runner,
    /// The words that start the linter, as the command starts it (`ruff`, `python -m ruff`, `npx eslint`).
    pub prefix: Vec<String>,
    /// `--config FILE` and the like, carried over from the command so the fix reads the same configuration.
    pub config: Vec<String>,
    pub files: Vec<LintFile>,
    /// eslint only: the command runs with `--quiet` (only error-level rules run), and so does the fix: the
    /// warning-level rules' violations were never reported, so their fixes are not ours to make.
    pub quiet: bool,
}

/// What the linter's autofix did, for the report.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LintFixOutcome {
    pub tool: Runner,
    /// The fix command for the first file (the others differ only in the file and its rules).
    pub command: String,
    /// The files the linter changed.
    pub files: Vec<PathBuf>,
    /// The rule codes the fix was restricted to.
    pub rules: Vec<String>,
    /// What the linter changed, as a unified diff.
    pub diff: String,
    /// Violations before and after (the re-run), when it was re-run.
    pub before: usize,
    pub after: Option<usize>,
    /// `Some(true)` when the re-run got better with the change; `None` when not re-run.
    pub validated: Option<bool>,
    pub applied: bool,
    pub decision: String,
    /// Each changed file's text before and after the linter's fix, for a front end that holds the fix for
    /// approval instead of applying it. Not serialized: the diff says the same for a reader.
    #[serde(skip)]
    pub texts: Vec<(PathBuf, String, String)>,
}

/// The autofix for `failures` of a ruff or eslint run, or `None` when there is nothing the linter could fix
/// or the project does not use it.
pub fn plan(root: &Path, command: &[String], runner: Runner, failures: &[Failure]) -> Option<Plan> {
    if !matches!(runner, Runner::Ruff | Runner::Eslint) {
        return None;
    }
    let mut by_file: BTreeMap<PathBuf, Vec<String>> = BTreeMap::new();
    for f in failures.iter().filter(|f| f.kind == FailureKind::Lint && f.runner == runner) {
        let (Some(file), Some(rule)) = (f.file.as_deref(), f.error_type.as_deref()) else { continue };
        let Some(rel) = relative(root, file) else { continue };
        by_file.entry(rel).or_default().push(rule.to_string());
    }
    if by_file.is_empty() {
        return None;
    }
    let words = effective_words(command);
    let name = if runner == Runner::Ruff { "ruff" } else { "eslint" };
    let at =
        words.iter().position(|w| w == name || w.ends_with(&format!("/{name}")) || w.ends_with(&format!("/{name}.js")));
    let prefix = match at {
        Some(i) => words[..=i].to_vec(),
        None if uses_config(root, runner) => vec![local_binary(root, name)],
        None => return None,
    };
    let files = by_file
        .into_iter()
        .map(|(path, mut rules)| {
            rules.sort();
            rules.dedup();
            LintFile { path, rules }
        })
        .collect();
    // Without `--quiet` the command reported every rule's violations (warnings too), so the fix may run them all:
    // the rules with nothing reported have nothing to fix. With it, eslint >= 9 does not even run the warning-level
    // rules, and neither may the fix.
    let quiet = words.iter().any(|w| w == "--quiet");
    let config = at.map(|i| config_args(&words[i + 1..])).unwrap_or_default();
    Some(Plan { tool: runner, prefix, config, files, quiet })
}

impl Plan {
    /// The command that prints `file` fixed on stdout, reading it from stdin; it writes nothing.
    pub fn fix_argv(&self, file: &LintFile) -> Vec<String> {
        let mut argv = self.prefix.clone();
        let path = file.path.to_string_lossy().into_owned();
        match self.tool {
            Runner::Ruff => {
                argv.extend(["check", "--fix-only", "--no-unsafe-fixes", "--no-cache"].map(String::from));
                argv.extend(self.config.iter().cloned());
                argv.extend(["--select".to_string(), file.rules.join(",")]);
                argv.extend(["--stdin-filename".to_string(), path, "-".to_string()]);
            }
            _ => {
                argv.extend(self.config.iter().cloned());
                argv.extend(["--stdin", "--stdin-filename"].map(String::from));
                argv.push(path);
                argv.extend(["--fix-dry-run", "--format", "json"].map(String::from));
                if self.quiet {
                    argv.push("--quiet".to_string());
                }
            }
        }
        argv
    }

    /// Every reported rule, sorted.
    pub fn rules(&self) -> Vec<String> {
        let mut all: Vec<String> = self.files.iter().flat_map(|f| f.rules.iter().cloned()).collect();
        all.sort();
        all.dedup();
        all
    }

    /// The linter's fixed text of `file` given its current text, `Ok(None)` when it fixed nothing, `Err` with
    /// the reason when the linter could not be run or answered with something that is not the file.
    pub fn fixed_text(
        &self,
        root: &Path,
        file: &LintFile,
        text: &str,
        timeout: Duration,
    ) -> Result<Option<String>, String> {
        let argv = self.fix_argv(file);
        let display = argv.iter().map(|a| shell_quote(a)).collect::<Vec<_>>().join(" ");
        let (status, stdout) = run_with_stdin(&argv, root, text, timeout).map_err(|e| format!("`{display}`: {e}"))?;
        let fixed = match self.tool {
            // `--fix-only` exits 0 and prints the whole file, fixed or not.
            Runner::Ruff if status == Some(0) => stdout,
            Runner::Ruff => return Err(format!("`{display}` exited with {status:?}")),
            // eslint exits 1 when errors remain; its JSON report carries `output` only when it fixed something.
            _ => match eslint_output(&stdout) {
                Some(Some(out)) => out,
                Some(None) => return Ok(None),
                None => return Err(format!("`{display}` did not print a JSON report (exit {status:?})")),
            },
        };
        // An empty answer for a non-empty file is a linter that skipped the file, never a fix.
        if fixed.is_empty() && !text.is_empty() {
            return Err(format!("`{display}` printed nothing"));
        }
        Ok((fixed != text).then_some(fixed))
    }
}

/// Whether the re-run after the autofix is better: it passes, or it reports fewer violations and none that
/// were not there before (compared by file, rule and message: the fix moves lines).
pub fn improved(before: &[Failure], after: &[Failure], passed: bool) -> bool {
    if passed {
        return true;
    }
    if after.is_empty() || after.len() >= before.len() {
        // An empty list from a failing run is output we could not read, which proves nothing.
        return false;
    }
    let key = |f: &Failure| (f.file.clone(), f.kind, f.error_type.clone(), f.message.clone());
    let mut left: Vec<_> = before.iter().map(key).collect();
    after.iter().all(|f| {
        let k = key(f);
        match left.iter().position(|b| *b == k) {
            Some(i) => {
                left.swap_remove(i);
                true
            }
            None => false,
        }
    })
}

/// `--config X`, `--config=X` and eslint's `-c X`: the only options carried into the fix command.
fn config_args(words: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        if w == "--config" || w == "-c" {
            if let Some(v) = words.get(i + 1) {
                out.extend([w.clone(), v.clone()]);
                i += 1;
            }
        } else if w.starts_with("--config=") {
            out.push(w.clone());
        }
        i += 1;
    }
    out
}

/// Whether the project configures the linter.
fn uses_config(root: &Path, runner: Runner) -> bool {
    match runner {
        Runner::Ruff => {
            root.join("ruff.toml").is_file()
                || root.join(".ruff.toml").is_file()
                || std::fs::read_to_string(root.join("pyproject.toml")).is_ok_and(|t| t.contains("[tool.ruff"))
        }
        _ => {
            let names = ["eslint.config.js", "eslint.config.mjs", "eslint.config.cjs", "eslint.config.ts"];
            names.iter().any(|n| root.join(n).is_file())
        }
    }
}

/// The project's own copy of the linter when there is one, else the name on PATH.
fn local_binary(root: &Path, name: &str) -> String {
    [".venv/bin", "venv/bin", "node_modules/.bin"]
        .iter()
        .map(|d| root.join(d).join(name))
        .find(|p| p.is_file())
        .map_or_else(|| name.to_string(), |p| p.to_string_lossy().into_owned())
}

fn relative(root: &Path, file: &Path) -> Option<PathBuf> {
    let rel = if file.is_absolute() {
        let root = std::fs::canonicalize(root).ok()?;
        file.strip_prefix(&root).ok()?.to_path_buf()
    } else {
        file.to_path_buf()
    };
    let inside = rel.components().all(|c| matches!(c, std::path::Component::Normal(_)));
    (inside && root.join(&rel).is_file()).then_some(rel)
}

#[derive(Deserialize)]
struct EslintResult {
    #[serde(default)]
    output: Option<String>,
}

/// `Some(output)` from eslint's `--fix-dry-run` JSON report (`Some(None)`: nothing fixed), `None` when the
/// text is not that report.
fn eslint_output(stdout: &str) -> Option<Option<String>> {
    let results: Vec<EslintResult> = serde_json::from_str(stdout.trim()).ok()?;
    Some(results.into_iter().next().and_then(|r| r.output))
}

/// Runs `argv` in `dir` with `input` on stdin; `(exit code, stdout)`. stderr (the linter's notes) is dropped.
fn run_with_stdin(
    argv: &[String],
    dir: &Path,
    input: &str,
    timeout: Duration,
) -> Result<(Option<i32>, String), String> {
    let (program, args) = argv.split_first().ok_or("empty command")?;
    let mut child = Command::new(program)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .env("NO_COLOR", "1")
        .env("FORCE_COLOR", "0")
        .process_group(0)
        .spawn()
        .map_err(|e| format!("cannot start: {e}"))?;
    let pid = child.id();
    let mut stdin = child.stdin.take().ok_or("no stdin")?;
    let mut stdout = child.stdout.take().ok_or("no stdout")?;
    let input = input.to_string();
    // Writer and reader on their own threads, so a linter that answers before reading all of a large file
    // cannot deadlock against us.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    let reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        let read = (&mut stdout).take(MAX_FIXED_BYTES as u64 + 1).read_to_end(&mut out);
        read.map(|_| out)
    });
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait());
    });
    let status = match rx.recv_timeout(timeout) {
        Ok(Ok(status)) => status,
        Ok(Err(e)) => return Err(e.to_string()),
        Err(_) => {
            let _ = Command::new("kill")
                .args(["-KILL", "--", &format!("-{pid}")])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
            return Err(format!("did not finish within {}s", timeout.as_secs()));
        }
    };
    let _ = writer.join();
    let out = reader.join().map_err(|_| "the reader thread panicked".to_string())?.map_err(|e| e.to_string())?;
    if out.len() > MAX_FIXED_BYTES {
        return Err(format!("printed more than {} MiB", MAX_FIXED_BYTES >> 20));
    }
    let out = String::from_utf8(out).map_err(|_| "printed text that is not UTF-8".to_string())?;
    Ok((status.code(), out))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::failure::parse;

    fn v(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    fn project(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (path, text) in files {
            let p = dir.path().join(path);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        dir
    }

    #[test]
    fn ruff_plan_keeps_the_prefix_config_and_per_file_rules() {
        let dir = project(&[("a.py", ""), ("b.py", "")]);
        let out = "a.py:1:8: F401 [*] `os` imported but unused\na.py:2:1: I001 [*] Import block is un-sorted or un-formatted\nb.py:1:1: F401 [*] `x` imported but unused\nb.py:3:1: invalid-syntax: Expected `)`\nmissing.py:1:1: F401 [*] `y` imported but unused\nFound 5 errors.\n";
        let failures = parse(out, Some(Runner::Ruff)).unwrap();
        let plan = plan(
            dir.path(),
            &v("python -m ruff check --config ci.toml --output-format concise ."),
            Runner::Ruff,
            &failures,
        )
        .unwrap();
        assert_eq!(plan.prefix, v("python -m ruff"));
        assert_eq!(plan.config, v("--config ci.toml"));
        let files: Vec<_> = plan.files.iter().map(|f| (f.path.to_str().unwrap(), f.rules.join(","))).collect();
        assert_eq!(
            files,
            [("a.py", "F401,I001".to_string()), ("b.py", "F401".to_string())],
            "syntax errors and missing files are left out"
        );
        assert_eq!(
            plan.fix_argv(&plan.files[0]),
            v("python -m ruff check --fix-only --no-unsafe-fixes --no-cache --config ci.toml --select F401,I001 --stdin-filename a.py -")
        );
        assert_eq!(plan.rules(), ["F401", "I001"]);
    }

    #[test]
    fn eslint_plan_is_quiet_only_when_the_command_is() {
        let dir = project(&[("src/a.js", "")]);
        let out = "src/a.js\n  2:3  error  Unexpected var, use let or const instead  no-var\n\n✖ 1 problem (1 error, 0 warnings)\n";
        let failures = parse(out, Some(Runner::Eslint)).unwrap();
        // eslint --quiet drops a file with no error left from its report: a file the fix cleaned up would read as
        // "nothing fixed", so the fix is not quiet unless the command is.
        let plan = plan(dir.path(), &v("npx eslint -c lint.config.mjs src"), Runner::Eslint, &failures).unwrap();
        assert_eq!(
            plan.fix_argv(&plan.files[0]),
            v("npx eslint -c lint.config.mjs --stdin --stdin-filename src/a.js --fix-dry-run --format json")
        );
        let plan = super::plan(dir.path(), &v("eslint --quiet src"), Runner::Eslint, &failures).unwrap();
        assert!(plan.fix_argv(&plan.files[0]).contains(&"--quiet".to_string()));
    }

    #[test]
    fn only_when_the_project_uses_the_linter() {
        let out = "a.py:1:8: F401 [*] `os` imported but unused\nFound 1 error.\n";
        let failures = parse(out, Some(Runner::Ruff)).unwrap();
        let bare = project(&[("a.py", "import os\n")]);
        assert!(plan(bare.path(), &v("make lint"), Runner::Ruff, &failures).is_none());
        let configured =
            project(&[("a.py", "import os\n"), ("pyproject.toml", "[tool.ruff.lint]\nselect = [\"F\"]\n")]);
        assert_eq!(plan(configured.path(), &v("make lint"), Runner::Ruff, &failures).unwrap().prefix, ["ruff"]);
        assert!(plan(configured.path(), &v("pytest"), Runner::Pytest, &failures).is_none());
    }

    #[test]
    fn better_means_fewer_and_nothing_new() {
        let before = parse(
            "a.py:1:8: F401 [*] `os` imported but unused\na.py:5:1: F821 Undefined name `x`\nFound 2 errors.\n",
            Some(Runner::Ruff),
        )
        .unwrap();
        let moved = parse("a.py:4:1: F821 Undefined name `x`\nFound 1 error.\n", Some(Runner::Ruff)).unwrap();
        assert!(improved(&before, &moved, false), "the remaining violation moved up a line");
        let new = parse(
            "a.py:4:1: F841 Local variable `y` is assigned to but never used\nFound 1 error.\n",
            Some(Runner::Ruff),
        )
        .unwrap();
        assert!(!improved(&before, &new, false));
        assert!(!improved(&before, &before, false));
        assert!(!improved(&before, &[], false), "an unreadable failing run proves nothing");
        assert!(improved(&before, &[], true));
    }

    #[test]
    fn eslint_report_output() {
        assert_eq!(eslint_output(r#"[{"messages":[],"output":"let a = 1;\n"}]"#), Some(Some("let a = 1;\n".into())));
        assert_eq!(eslint_output(r#"[{"messages":[]}]"#), Some(None));
        assert_eq!(eslint_output("Oops! Something went wrong!"), None);
    }

    #[test]
    fn a_linter_that_cannot_start_is_a_reason_not_a_panic() {
        let dir = project(&[("a.py", "import os\n")]);
        let plan = Plan {
            tool: Runner::Ruff,
            prefix: v("definitely-not-a-linter-xyz"),
            config: vec![],
            files: vec![LintFile { path: "a.py".into(), rules: vec!["F401".into()] }],
            quiet: true,
        };
        let err = plan.fixed_text(dir.path(), &plan.files[0], "import os\n", Duration::from_secs(5)).unwrap_err();
        assert!(err.contains("cannot start"), "{err}");
    }
}
