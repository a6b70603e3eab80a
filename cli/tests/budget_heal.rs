//! `--budget` bounds a whole heal over real pytest: a suite whose first run alone outlasts the budget gets no
//! observation re-runs and no validation run, its fixes are reported as not validated for that reason, and
//! `--apply` writes nothing; the same project with the default budget has its fix validated.
#![allow(clippy::unwrap_used)] // test code: a panic is the failure report

mod common;
use common::{heal, read, sh};

/// `Cart.total_price` renamed to `Cart.total` (uncommitted), used by a test that sleeps 1.5 s first.
fn slow_renamed() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir(root.join("tests")).unwrap();
    std::fs::write(root.join("pytest.ini"), "[pytest]\npythonpath = .\naddopts = -p no:cacheprovider\n").unwrap();
    std::fs::write(root.join("shop.py"), "class Cart:\n    def total_price(self):\n        return 3\n").unwrap();
    std::fs::write(
        root.join("tests/test_cart.py"),
        "import time\n\nfrom shop import Cart\n\n\ndef test_total():\n    time.sleep(1.5)\n    assert Cart().total_price() == 3\n",
    )
    .unwrap();
    sh(root, "git init -q && git add -A && git -c user.email=t@t -c user.name=t commit -qm cart");
    std::fs::write(root.join("shop.py"), "class Cart:\n    def total(self):\n        return 3\n").unwrap();
    dir
}

fn run(root: &std::path::Path, extra: &[&str]) -> serde_json::Value {
    let mut args = vec!["run", "--format", "json"];
    args.extend_from_slice(extra);
    args.extend_from_slice(&["--", "python", "-m", "pytest", "-q"]);
    let out = heal(root, &args);
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)))
}

#[test]
fn a_budget_spent_by_the_first_run_stops_the_heal_there_and_applies_nothing() {
    let dir = slow_renamed();
    let root = dir.path();
    let test_before = read(root, "tests/test_cart.py");
    let report = run(root, &["--apply", "--budget", "1"]);
    assert_eq!(report["budget_ran_out"], true, "{report:#}");
    assert_eq!(report["runner_processes"], 1, "only the first run: {report:#}");
    let fixes = report["failures"][0]["fixes"].as_array().unwrap();
    assert!(!fixes.is_empty(), "the rename is still proposed: {report:#}");
    for f in fixes {
        assert_eq!(f["applied"], false, "{f:#}");
        assert_eq!(f["decision"], "not validated: the time budget (--budget) ran out", "{f:#}");
    }
    assert_eq!(read(root, "tests/test_cart.py"), test_before, "nothing is written past the budget");

    // The default budget leaves room: the same fix is validated.
    let report = run(root, &[]);
    assert_eq!(report["budget_ran_out"], false, "{report:#}");
    let fixes = report["failures"][0]["fixes"].as_array().unwrap();
    assert!(fixes.iter().any(|f| f["validated"] == true), "{report:#}");
    assert_eq!(read(root, "tests/test_cart.py"), test_before, "a dry run writes nothing");
}
