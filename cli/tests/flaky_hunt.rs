//! `maestro-heal flaky` on a suite that passes on a good day, over real pytest: tests that flip across shuffled
//! runs are listed with their pass rate, a test that fails every run is never called flaky, and `--apply` writes
//! only the stabilising fixes that passed their consecutive runs in the shadow copy.
#![allow(clippy::unwrap_used)] // test code: a panic is the failure report

mod common;
use common::heal;

/// 40 steady tests, two that fail half the time at random, one that fails after another test mutated module
/// state (order), and one deterministic failure.
fn suite() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir(root.join("tests")).unwrap();
    std::fs::write(root.join("pytest.ini"), "[pytest]\naddopts = -p no:cacheprovider\n").unwrap();
    let steady: String =
        (0..40).map(|i| format!("\n\ndef test_steady_{i}():\n    assert {i} + 1 == {}\n", i + 1)).collect();
    std::fs::write(root.join("tests/test_steady.py"), steady).unwrap();
    std::fs::write(
        root.join("tests/test_flaky.py"),
        "import random\n\nSEEN = []\n\n\ndef test_coin():\n    assert random.random() < 0.5\n\n\n\
         def test_other_coin():\n    assert random.random() < 0.5\n\n\n\
         def test_records():\n    SEEN.append(1)\n    assert SEEN\n\n\n\
         def test_starts_empty():\n    assert SEEN == []\n\n\n\
         def test_always_wrong():\n    assert 2 + 2 == 5\n",
    )
    .unwrap();
    dir
}

fn hunt(root: &std::path::Path, extra: &[&str]) -> serde_json::Value {
    let mut args = vec!["flaky", "--runs", "12", "--random-order", "--seed", "42", "--format", "json"];
    args.extend_from_slice(extra);
    args.extend_from_slice(&["--", "python", "-m", "pytest", "-q"]);
    let out = heal(root, &args);
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)))
}

fn names(report: &serde_json::Value) -> Vec<String> {
    let mut names: Vec<String> =
        report["flaky"].as_array().unwrap().iter().map(|t| t["test"].as_str().unwrap().to_string()).collect();
    names.sort();
    names
}

#[test]
fn shuffled_runs_find_the_flaky_tests_and_never_the_deterministic_failure() {
    let dir = suite();
    let root = dir.path();
    let before = std::fs::read_to_string(root.join("tests/test_flaky.py")).unwrap();
    let report = hunt(root, &[]);
    assert_eq!(
        names(&report),
        [
            "tests/test_flaky.py::test_coin",
            "tests/test_flaky.py::test_other_coin",
            "tests/test_flaky.py::test_starts_empty"
        ],
        "{report:#}"
    );
    assert_eq!(report["always_failing"], serde_json::json!(["tests/test_flaky.py::test_always_wrong"]));
    for t in report["flaky"].as_array().unwrap() {
        let rate = t["pass_rate"].as_f64().unwrap();
        assert!(rate > 0.0 && rate < 1.0, "{t:#}");
    }
    // The order-dependent test's cause is named and its fix validated, but a dry run writes nothing.
    let order = report["flaky"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["test"].as_str().unwrap().ends_with("test_starts_empty"))
        .unwrap();
    assert!(order["cause"].as_str().unwrap().contains("SEEN"), "{order:#}");
    assert_eq!(order["fixes"][0]["validated"], true, "{order:#}");
    assert_eq!(std::fs::read_to_string(root.join("tests/test_flaky.py")).unwrap(), before);
    assert!(!root.join(".maestro").exists(), "a dry hunt writes nothing into the project");
    // 1 collection + 12 runs + the 20 consecutive validation runs in one repeating pytest process (and one more
    // should a unit of same-titled fixes need splitting): never one process per run of a fix, nor per test.
    assert!(report["runner_processes"].as_u64().unwrap() <= 1 + 12 + 2, "{}", report["runner_processes"]);

    let applied = hunt(root, &["--apply"]);
    assert!(applied["applied"].as_u64().unwrap() >= 1, "{applied:#}");
    let after = std::fs::read_to_string(root.join("tests/test_flaky.py")).unwrap();
    assert!(after.contains("autouse=True") && after.contains("SEEN"), "{after}");
    assert!(
        after.contains("def test_always_wrong():\n    assert 2 + 2 == 5"),
        "the deterministic failure is left as is"
    );
}
