//! Bad usage and bad input: clear messages, exit code 2, never a panic.
#![allow(clippy::unwrap_used)] // test code: a panic is the failure report

mod common;
use common::*;
use proptest::prelude::*;

fn heal_bin(args: &[&str], dir: &std::path::Path) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_maestro-heal")).args(args).current_dir(dir).output().unwrap()
}

#[test]
fn bad_usage_exits_2_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    for (args, needle) in [
        (vec!["run", "--runner", "mocha", "--", "true"], "unknown runner `mocha`"),
        (vec!["run", "--project", "/nonexistent/x", "--", "true"], "does not exist"),
        (vec!["run", "--", "definitely-not-a-command-xyz"], "cannot start"),
        (vec!["heal", "--file", "notes.txt", "--message", "x"], "not a Python or TypeScript file"),
        (vec!["heal", "--file", "../a.py", "--message", "x"], "outside the project"),
        (vec!["undo"], "nothing to undo"),
    ] {
        let out = heal_bin(&args, dir.path());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(needle), "{args:?}: {stderr}");
    }
    assert_eq!(heal_bin(&["run"], dir.path()).status.code(), Some(2), "a missing command is a usage error");
}

#[test]
fn binary_and_non_utf8_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bin.py"), [0u8, 159, 146, 150]).unwrap();
    std::fs::write(dir.path().join("latin.py"), b"x = '\xe9'\n").unwrap();
    let out = heal_bin(&["heal", "--file", "bin.py", "--message", "SyntaxError"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("binary file"));
    let out = heal_bin(&["heal", "--file", "latin.py", "--message", "SyntaxError"], dir.path());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not valid UTF-8"));
    let out = heal_bin(&["parse", "bin.py"], dir.path());
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn garbage_runner_output_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = heal(dir.path(), &["run", "--", "sh", "-c", "echo 'hello there'; exit 1"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("could not tell which test runner"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]
    #[test]
    fn heal_never_panics_on_random_files_and_messages(
        content in proptest::collection::vec(any::<u8>(), 0..400),
        message in "\\PC{0,80}",
        line in proptest::option::of(0u32..50),
        ext in prop::sample::select(vec!["py", "ts", "tsx", "mjs"]),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let name = format!("t.{ext}");
        std::fs::write(dir.path().join(&name), &content).unwrap();
        let mut args = vec!["heal".to_string(), "--file".into(), name, "--message".into(), message];
        if let Some(l) = line { args.push("--line".into()); args.push(l.to_string()); }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = heal_bin(&args, dir.path());
        let code = out.status.code();
        prop_assert!(matches!(code, Some(0..=2)), "exit {:?}: {}", code, String::from_utf8_lossy(&out.stderr));
        prop_assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
    }
}
