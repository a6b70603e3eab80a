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
