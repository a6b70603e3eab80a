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
        for line in text.lines().filter(|l| l.trim_start().starts_with("cargo ")) {
            assert!(!line.contains("--quiet") && !line.contains(" -q "), "{script}: a silent build step: {line}");
        }
    }
    let demo = std::fs::read_to_string(root.join("scripts/demo.sh")).unwrap();
    assert!(demo.contains("cargo build --release -p maestro-heal"), "{demo}");
    assert!(demo.contains("HEAL=\"$ROOT/target/release/maestro-heal\""), "{demo}");
}
