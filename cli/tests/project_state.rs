//! What a run leaves in the project's `.maestro/` folder, over real pytest: the folder ignores itself in git,
//! and a dry run leaves nothing there that `undo` could mistake for a change.
#![allow(clippy::unwrap_used)] // test code: a panic is the failure report

mod common;
use common::*;

#[test]
fn the_state_folder_never_shows_in_git_status() {
    let dir = stale_pytest_project();
    let before = git_status(dir.path());
    for args in
        [&["run", "--", "python", "-m", "pytest", "-q"][..], &["run", "--apply", "--", "python", "-m", "pytest", "-q"]]
    {
        let out = heal(dir.path(), args);
        assert!(out.status.code().is_some(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    assert!(dir.path().join(".maestro").is_dir(), "the apply run keeps a backup");
    let after = git_status(dir.path());
    assert!(!after.contains(".maestro"), "git sees the healer's state:\n{after}");
    let others: Vec<&str> = after.lines().filter(|l| !l.ends_with("tests/test_calc.py")).collect();
    assert_eq!(others, before.lines().collect::<Vec<_>>(), "only the healed test file is new in git status");
}
