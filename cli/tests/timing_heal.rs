//! Healing timing problems through real pytest runs: the session measures a timed-out test without its limit.
#![allow(clippy::unwrap_used)] // test code: a panic is the failure report

mod common;
use common::*;

#[test]
fn a_too_small_pytest_timeout_is_sized_from_a_run_without_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("test_build.py"),
        "import time\n\nimport pytest\n\n\n@pytest.mark.timeout(0.2)\ndef test_build():\n    time.sleep(0.8)\n    assert 1 + 1 == 2\n",
    )
    .unwrap();
    sh(dir.path(), "git init -q && git add -A && git -c user.email=t@t -c user.name=t commit -qm init");
    let out = heal(dir.path(), &["run", "--apply", "--", "python", "-m", "pytest", "-q", "-p", "no:cacheprovider"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    // 0.8 s measured without the limit (plus start-up), times three, rounded up: 5 s or 10 s, not the 2 s floor.
    let text = read(dir.path(), "test_build.py");
    assert!(text.contains("@pytest.mark.timeout(5)") || text.contains("@pytest.mark.timeout(10)"), "{stdout}");
}

#[test]
fn a_hanging_test_keeps_its_timeout() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("test_spin.py"),
        "import pytest\n\n\n@pytest.mark.timeout(0.2)\ndef test_spin():\n    n = 0\n    while n >= 0:\n        n += 1\n",
    )
    .unwrap();
    sh(dir.path(), "git init -q && git add -A && git -c user.email=t@t -c user.name=t commit -qm init");
    let out = heal(
        dir.path(),
        &["run", "--apply", "--timeout", "3", "--", "python", "-m", "pytest", "-q", "-p", "no:cacheprovider"],
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(read(dir.path(), "test_spin.py").contains("timeout(0.2)"), "{stdout}");
    assert!(stdout.contains("never finishes"), "{stdout}");
}
