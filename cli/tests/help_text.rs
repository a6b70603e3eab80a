//! `--help` documents every flag and the exit codes.
#![allow(clippy::unwrap_used)] // test code: a panic is the failure report

use std::process::Command;

fn help(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_maestro-heal")).args(args).arg("--help").output().unwrap();
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn every_flag_has_a_description_and_the_exit_codes_are_listed() {
    assert!(help(&[]).contains("Exit codes:\n  0"), "{}", help(&[]));
    for cmd in ["run", "heal", "parse", "eval", "undo", "patterns"] {
        let text = help(&[cmd]);
        assert!(text.contains("Exit codes:"), "{cmd}: {text}");
        for line in text.lines().filter(|l| l.trim_start().starts_with("--") || l.trim_start().starts_with("-h")) {
            // clap puts the description on the flag's line, after at least two spaces.
            let described = line.trim().split_once("  ").is_some_and(|(_, d)| !d.trim().is_empty());
            assert!(described, "{cmd}: undocumented flag: {line}\n{text}");
        }
    }
}

/// The README's two commands: progress while they build (cargo's own lines, not `--quiet`), and the demo builds
/// the release binary the usage section calls and runs that one.
#[test]
fn the_readme_scripts_show_build_progress_and_the_demo_uses_the_release_binary() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    for script in ["scripts/demo.sh", "scripts/test.sh"] {
        let text = std::fs::read_to_string(root.join(script)).unwrap();
        // A cargo step, bare or wrapped (`progress "label" cargo clippy ...`); comments and echoes aside.
        let steps = text.lines().map(str::trim_start).filter(|l| !l.starts_with('#') && !l.starts_with("echo "));
        for line in steps.filter(|l| l.starts_with("cargo ") || l.contains(" cargo ")) {
            assert!(!line.contains("--quiet") && !line.contains(" -q "), "{script}: a silent build step: {line}");
        }
    }
    let demo = std::fs::read_to_string(root.join("scripts/demo.sh")).unwrap();
    assert!(demo.contains("cargo build --release -p maestro-heal"), "{demo}");
    assert!(demo.contains("HEAL=\"$ROOT/target/release/maestro-heal\""), "{demo}");
}

/// The long steps of both scripts run under `progress` (scripts/progress.sh), which prints a line while a step
/// that says nothing of its own is still going: a fresh clone's `bash scripts/demo.sh` is never silent for 30 s
/// while cargo compiles one big crate.
#[test]
fn a_long_script_step_prints_a_progress_line_within_30_s() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    for (script, step) in [
        ("scripts/demo.sh", "cargo build --release -p maestro-heal"),
        ("scripts/test.sh", "cargo clippy --workspace"),
        ("scripts/test.sh", "cargo test --workspace"),
    ] {
        let text = std::fs::read_to_string(root.join(script)).unwrap();
        let mut commands = text.lines().filter(|l| !l.trim_start().starts_with('#') && !l.contains("echo "));
        let line = commands.find(|l| l.contains(step)).unwrap_or_else(|| panic!("{script}: no `{step}`"));
        assert!(line.trim_start().starts_with("progress "), "{script}: `{step}` runs without progress: {line}");
    }
    // A silent step of 25 s: the progress line must come before it ends, and the step's status passes through.
    let start = std::time::Instant::now();
    let out = Command::new("bash")
        .arg("-c")
        .arg(". scripts/progress.sh && progress 'silent step' sh -c 'sleep 25; exit 3'; echo \"status=$?\"")
        .current_dir(root)
        .output()
        .unwrap();
    let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(start.elapsed().as_secs() >= 25, "the step ran to its end");
    let first = stderr.split("silent step: still running (").nth(1).and_then(|r| r.split(" s)").next());
    let first: u64 = first.and_then(|s| s.parse().ok()).unwrap_or_else(|| panic!("no progress line: {stderr}"));
    assert!(first <= 25, "the first progress line came after {first} s: {stderr}");
    assert!(stdout.contains("status=3"), "the step's exit status is kept: {stdout}");
}
