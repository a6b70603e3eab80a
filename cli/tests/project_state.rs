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

#[test]
fn a_dry_run_leaves_nothing_to_undo_and_keeps_the_last_apply_undoable() {
    let dir = stale_pytest_project();
    let root = dir.path();
    let original = read(root, "tests/test_calc.py");
    let out = heal(root, &["run", "--", "python", "-m", "pytest", "-q"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("validated; not applied"), "the dry run validated in its shadow copy: {stdout}");
    assert_eq!(read(root, "tests/test_calc.py"), original);
    assert!(state_files(root).is_empty(), "a dry run writes nothing into the project: {:?}", state_files(root));
    assert!(!root.join(".maestro").exists(), "a dry run writes nothing into the project");
    let undo = heal(root, &["undo"]);
    assert!(
        String::from_utf8_lossy(&undo.stderr).contains("nothing to undo"),
        "{}",
        String::from_utf8_lossy(&undo.stdout)
    );
    assert!(!String::from_utf8_lossy(&undo.stdout).contains("restored"));

    // An applied run, then a dry run over a new failure: `undo` still restores what the applied run wrote.
    let out = heal(root, &["run", "--apply", "--", "python", "-m", "pytest", "-q"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    let healed = read(root, "tests/test_calc.py");
    assert!(healed.contains("calc.f() == 2") && healed.contains("calc.g() == 20"), "{healed}");
    sh(root, "git -c user.email=t@t -c user.name=t commit -qam healed");
    std::fs::write(root.join("calc.py"), "def f():\n    return 3\n\n\ndef g():\n    return 20\n").unwrap();
    let out = heal(root, &["run", "--", "python", "-m", "pytest", "-q"]);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("validated; not applied"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let undo = heal(root, &["undo"]);
    assert_eq!(undo.status.code(), Some(0), "{}", String::from_utf8_lossy(&undo.stderr));
    assert!(String::from_utf8_lossy(&undo.stdout).contains("restored tests/test_calc.py"));
    assert_eq!(read(root, "tests/test_calc.py"), original, "undo restores the applied run's originals");
}
