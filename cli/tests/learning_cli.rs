//! Learning from outcomes, over real pytest: trying the tool (`run --apply`, then `undo`) must not keep the same
//! fix from applying next time.
#![allow(clippy::unwrap_used)] // test code: a panic is the failure report

mod common;
use common::*;

#[test]
fn an_undo_does_not_stop_the_same_fix_from_applying_again() {
    let dir = stale_pytest_project();
    let root = dir.path();
    let cmd = ["run", "--apply", "--", "python", "-m", "pytest", "-q"];
    let out = heal(root, &cmd);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    let undo = heal(root, &["undo"]);
    assert!(String::from_utf8_lossy(&undo.stdout).contains("restored tests/test_calc.py"));
    let out = heal(root, &cmd);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "the same fixes apply again after one undo:\n{stdout}");
    let healed = read(root, "tests/test_calc.py");
    assert!(healed.contains("calc.f() == 2") && healed.contains("calc.g() == 20"), "{healed}");
    let store = read(root, ".maestro/patterns.json");
    assert!(store.contains("\"undone\": 1") && !store.contains("\"reverted\": 1"), "{store}");
}

#[test]
fn patterns_lists_forgets_and_resets_the_history() {
    let dir = stale_pytest_project();
    let root = dir.path();
    let empty = heal(root, &["patterns"]);
    assert!(String::from_utf8_lossy(&empty.stdout).contains("no history yet"));
    let out = heal(root, &["run", "--apply", "--", "python", "-m", "pytest", "-q"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    let list = String::from_utf8_lossy(&heal(root, &["patterns"]).stdout).into_owned();
    let key =
        list.lines().find(|l| l.starts_with("assertion_update |")).unwrap_or_else(|| panic!("{list}")).to_string();
    assert!(list.contains("applied 1, validated 1"), "{list}");
    let forget = heal(root, &["patterns", "--forget", &key]);
    assert_eq!(forget.status.code(), Some(0), "{}", String::from_utf8_lossy(&forget.stderr));
    assert!(!String::from_utf8_lossy(&heal(root, &["patterns"]).stdout).contains(&key));
    assert_eq!(heal(root, &["patterns", "--forget", "no such key"]).status.code(), Some(2));
    assert_eq!(heal(root, &["patterns", "--reset"]).status.code(), Some(0));
    assert!(!root.join(".maestro/patterns.json").exists());
}

/// A fix the user rejected (the healed test file put back) counts against that test's fix only: the same kind of
/// fix for another test, `assert <num> == <num>` in the same file, still applies at full confidence.
#[test]
fn a_rejected_fix_does_not_lower_the_same_kind_of_fix_for_another_test() {
    let dir = stale_pytest_project();
    let root = dir.path();
    // Only f changed so far: g back as committed.
    std::fs::write(root.join("calc.py"), "def f():\n    return 2  # new rate\n\n\ndef g():\n    return 10\n").unwrap();
    let cmd = ["run", "--apply", "--", "python", "-m", "pytest", "-q"];
    let out = heal(root, &cmd);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    assert!(read(root, "tests/test_calc.py").contains("calc.f() == 2"));
    // The user rejects it: the original test file back, as `git checkout` would.
    sh(root, "git checkout -- tests/test_calc.py");
    // Then g changes too. test_g's fix has no history of its own.
    std::fs::write(
        root.join("calc.py"),
        "def f():\n    return 2  # new rate\n\n\ndef g():\n    return 20  # new rate\n",
    )
    .unwrap();
    let out = heal(root, &cmd);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let store = read(root, ".maestro/patterns.json");
    assert!(store.contains("\"reverted\": 1"), "the rejection was recorded: {store}\n{stdout}");
    assert!(read(root, "tests/test_calc.py").contains("calc.g() == 20"), "test_g's fix was held back:\n{stdout}");
}
