//! The bundled examples, healed end to end by the real binary with real pytest and vitest.
#![allow(clippy::unwrap_used)] // test code: a panic is the failure report

mod common;
use common::*;

#[test]
fn python_shop_heals_the_syntax_error_and_the_intended_change_but_not_the_bug() {
    let dir = example("python-shop");
    let trap_before = read(dir.path(), "tests/test_inventory.py");
    let out = heal(dir.path(), &["run", "--apply", "--", "python", "-m", "pytest", "-q", "-p", "no:cacheprovider"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "the trap must remain failing:\n{stdout}");
    assert!(read(dir.path(), "tests/test_cart.py").contains("def test_remove_some_units(cart):"), "{stdout}");
    let pricing = read(dir.path(), "tests/test_pricing.py");
    assert!(pricing.contains("== 10.5") && pricing.contains("== 12.1"), "{pricing}");
    assert_eq!(read(dir.path(), "tests/test_inventory.py"), trap_before);
    assert!(stdout.contains("Final run: 1 failure(s) remain."), "{stdout}");

    // Undo puts every test file back as it was.
    let undo = heal(dir.path(), &["undo"]);
    assert!(undo.status.success(), "{}", String::from_utf8_lossy(&undo.stderr));
    assert!(read(dir.path(), "tests/test_cart.py").contains("def test_remove_some_units(cart)\n"));
    assert!(read(dir.path(), "tests/test_pricing.py").contains("== 12.0"));
}

#[test]
fn ts_cart_heals_with_vitest_and_leaves_the_undefined_trap() {
    let dir = example("ts-cart");
    let out = heal(dir.path(), &["run", "--apply", "--", "vitest", "run"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(read(dir.path(), "test/format.test.ts").contains("toBe('$5.00');"), "{stdout}");
    let cart = read(dir.path(), "test/cart.test.ts");
    assert!(cart.contains("toBe(39.8)") && cart.contains("toEqual([20, 19.8])"), "{cart}");
    assert!(cart.contains("toBe('Mug')"), "the trap's expectation must stay: {cart}");
}

#[test]
fn a_dry_run_validates_but_changes_nothing() {
    let dir = example("python-shop");
    let before = snapshot(dir.path());
    let out =
        heal(dir.path(), &["run", "--format", "json", "--", "python", "-m", "pytest", "-q", "-p", "no:cacheprovider"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(snapshot(dir.path()), before, "a run without --apply must not change any file");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let fixes: Vec<&serde_json::Value> =
        report["failures"].as_array().unwrap().iter().flat_map(|f| f["fixes"].as_array().unwrap()).collect();
    assert!(fixes.iter().any(|f| f["strategy"] == "syntax_repair" && f["validated"] == true), "{report:#}");
    assert!(fixes.iter().all(|f| f["applied"] == false));
    assert_eq!(report["applied"], 0);
}

#[test]
fn a_test_newer_than_the_code_is_not_rewritten() {
    let dir = example("python-shop");
    // The developer commits the code change, then edits the test expecting the old value: the test is the newer
    // side, so its expectation may be exposing a bug and must not be rewritten.
    sh(dir.path(), "git add -A && git -c user.email=t@t -c user.name=t commit -qm code && sed -i 's/== 12.0/== 12.0 /' tests/test_pricing.py");
    let before = read(dir.path(), "tests/test_pricing.py");
    let out = heal(dir.path(), &["run", "--apply", "--", "python", "-m", "pytest", "-q", "-p", "no:cacheprovider"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(read(dir.path(), "tests/test_pricing.py"), before, "{}", String::from_utf8_lossy(&out.stdout));
}
