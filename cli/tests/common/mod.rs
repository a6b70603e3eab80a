//! Shared helpers for the end-to-end tests: real projects in temp folders, real runners from `.tools/`.
#![allow(dead_code, clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("cli/ has a parent").to_path_buf()
}

/// `.tools/` with pytest, vitest and tsc, installed by `scripts/tools.sh` (which the test command runs first).
pub fn tools() -> PathBuf {
    let tools = std::env::var_os("MAESTRO_TOOLS").map(PathBuf::from).unwrap_or_else(|| repo_root().join(".tools"));
    assert!(
        tools.join("venv/bin/pytest").exists() && tools.join("node/node_modules/.bin/vitest").exists(),
        "the test runners are missing: run `bash scripts/tools.sh` first (or use `bash scripts/test.sh`)"
    );
    tools
}

/// PATH with the pinned runners first.
pub fn path_with_tools() -> String {
    let t = tools();
    format!(
        "{}:{}:{}",
        t.join("venv/bin").display(),
        t.join("node/node_modules/.bin").display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

pub fn sh(dir: &Path, script: &str) {
    let out =
        Command::new("sh").arg("-c").arg(script).current_dir(dir).env("PATH", path_with_tools()).output().unwrap();
    assert!(
        out.status.success(),
        "`{script}` failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A fresh copy of an example with its history committed and the pending code change applied, uncommitted.
pub fn example(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo_root().join("examples").join(name), dir.path());
    sh(dir.path(), "git init -q && git add -A && git -c user.email=t@t -c user.name=t commit -qm shipped && git apply pending-change.patch");
    if dir.path().join("package.json").exists() {
        std::os::unix::fs::symlink(tools().join("node/node_modules"), dir.path().join("node_modules")).unwrap();
    }
    dir
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        if name == "node_modules" || name == ".pytest_cache" || name == "__pycache__" || name == ".maestro" {
            continue;
        }
        let target = to.join(&name);
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

pub fn heal(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_maestro-heal"))
        .args(args)
        .current_dir(dir)
        .env("PATH", path_with_tools())
        .output()
        .unwrap()
}

pub fn read(dir: &Path, rel: &str) -> String {
    std::fs::read_to_string(dir.join(rel)).unwrap()
}

/// Every file under `dir` (except tool state) with its bytes, to prove nothing changed.
pub fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let entry = entry.unwrap();
            let name = entry.file_name();
            if [".git", "node_modules", ".maestro", "__pycache__", ".pytest_cache"].iter().any(|n| name == *n) {
                continue;
            }
            if entry.file_type().unwrap().is_dir() {
                stack.push(entry.path());
            } else {
                out.push((entry.path(), std::fs::read(entry.path()).unwrap()));
            }
        }
    }
    out.sort();
    out
}

/// Path of test file `i` in a [`syntax_project`].
pub fn check_file(i: usize) -> String {
    format!("tests/test_{i:02}.py")
}

/// A project whose test command, `python3 check.py`, sleeps `delay_s` seconds, compiles every `tests/test_*.py`
/// (following symlinks, as runners do) and prints each syntax error as a Python traceback, which the healer
/// parses: a cheap, repeatable stand-in for a runner. When it fails, `FLOOD` megabytes of log noise (an
/// environment variable, default 0) follow the report. `files` are (path, bytes) pairs written as given.
pub fn check_project(files: &[(&str, &[u8])], delay_s: f64) -> tempfile::TempDir {
    let check = format!(
        r#"import os
import pathlib
import sys
import time
import traceback

time.sleep({delay_s})
bad = 0
for path in sorted(pathlib.Path("tests").glob("test_*.py")):
    try:
        compile(path.read_bytes(), str(path), "exec")
    except SyntaxError:
        traceback.print_exc(file=sys.stdout)
        bad += 1
if bad:
    line = "noise " * 16 + "\n"
    for _ in range(int(os.environ.get("FLOOD", "0")) * 1024 * 1024 // len(line)):
        sys.stdout.write(line)
sys.exit(1 if bad else 0)
"#
    );
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("tests")).unwrap();
    std::fs::write(dir.path().join("check.py"), check).unwrap();
    for (name, bytes) in files {
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    dir
}

/// A [`check_project`] whose `broken[i]` is written to [`check_file`]`(i)`.
pub fn syntax_project(broken: &[String], delay_s: f64) -> tempfile::TempDir {
    let names: Vec<String> = (0..broken.len()).map(check_file).collect();
    let files: Vec<(&str, &[u8])> = names.iter().zip(broken).map(|(n, b)| (n.as_str(), b.as_bytes())).collect();
    check_project(&files, delay_s)
}

/// A committed pytest project whose code then changed (uncommitted): `calc.f()` returns 2, the test expects 1,
/// and a second test, `test_g`, expects `calc.g()` to be 10 while it returns 20. Both are stale assertions git
/// says the code change made; the healer updates them at high confidence.
pub fn stale_pytest_project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir(root.join("tests")).unwrap();
    std::fs::write(root.join("calc.py"), "def f():\n    return 1\n\n\ndef g():\n    return 10\n").unwrap();
    std::fs::write(
        root.join("tests/test_calc.py"),
        "import calc\n\n\ndef test_f():\n    assert calc.f() == 1\n\n\ndef test_g():\n    assert calc.g() == 10\n",
    )
    .unwrap();
    std::fs::write(root.join("pytest.ini"), "[pytest]\npythonpath = .\naddopts = -p no:cacheprovider\n").unwrap();
    sh(root, "git init -q && git add -A && git -c user.email=t@t -c user.name=t commit -qm init");
    // The developer's uncommitted change says what it is (an undocumented bare swap is only shown, as a
    // mutation tool's edit would be).
    std::fs::write(
        root.join("calc.py"),
        "def f():\n    return 2  # new rate\n\n\ndef g():\n    return 20  # new rate\n",
    )
    .unwrap();
    dir
}

/// `git status --porcelain` of a project (what `git add -A` would pick up).
pub fn git_status(dir: &Path) -> String {
    let out =
        Command::new("git").args(["status", "--porcelain", "--untracked-files=all"]).current_dir(dir).output().unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Every path under `dir/.maestro`, relative to it, sorted.
pub fn state_files(dir: &Path) -> Vec<String> {
    let base = dir.join(".maestro");
    let mut out = Vec::new();
    let mut stack = vec![base.clone()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else { continue };
        for entry in entries {
            let entry = entry.unwrap();
            if entry.file_type().unwrap().is_dir() {
                stack.push(entry.path());
            } else {
                out.push(entry.path().strip_prefix(&base).unwrap().to_string_lossy().into_owned());
            }
        }
    }
    out.sort();
    out
}
