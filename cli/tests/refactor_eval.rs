//! `maestro-heal refactor-eval` end to end: a tiny passing Python project, real pytest, real refactorings, the
//! healer run as a subprocess; the input project is never changed and the same seed gives the same cases.
#![allow(clippy::unwrap_used)] // test code: a panic is the failure report

mod common;
use common::*;

fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("shop");
    std::fs::create_dir_all(root.join("shop")).unwrap();
    std::fs::create_dir_all(root.join("tests")).unwrap();
    std::fs::write(root.join("pytest.ini"), "[pytest]\npythonpath = .\n").unwrap();
    std::fs::write(root.join("shop/__init__.py"), "").unwrap();
    std::fs::write(
        root.join("shop/pricing.py"),
        "TAX_RATE = 0.2\n\n\ndef price_with_tax(amount, rate=TAX_RATE):\n    return round(amount * (1 + rate), 2)\n\n\nclass Cart:\n    def __init__(self):\n        self.lines = []\n\n    def add_line(self, sku, qty=1):\n        self.lines.append((sku, qty))\n        return self\n\n    def count(self):\n        return sum(q for _, q in self.lines)\n",
    )
    .unwrap();
    std::fs::write(
        root.join("tests/test_pricing.py"),
        "from shop.pricing import Cart, price_with_tax\n\n\ndef test_price():\n    assert price_with_tax(10) == 12.0\n\n\ndef test_cart():\n    assert Cart().add_line(\"a\", qty=2).add_line(\"b\").count() == 3\n",
    )
    .unwrap();
    dir
}

#[test]
fn generates_seeded_refactorings_and_scores_the_healer() {
    let dir = project();
    let input = dir.path().join("shop");
    let before = snapshot(&input);
    let args = |seed: &str| {
        vec![
            "refactor-eval".to_string(),
            "--lang".into(),
            "py".into(),
            "--cases".into(),
            "4".into(),
            "--seed".into(),
            seed.into(),
            "--jobs".into(),
            "2".into(),
            "--kinds".into(),
            "rename_function,rename_method,rename_class,rename_keyword".into(),
            "--tools".into(),
            tools().display().to_string(),
            "--format".into(),
            "json".into(),
            input.display().to_string(),
        ]
    };
    let run = |seed: &str| {
        let a = args(seed);
        let out = heal(dir.path(), &a.iter().map(String::as_str).collect::<Vec<_>>());
        let report: serde_json::Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
        (out.status.code(), report)
    };
    let (code, report) = run("7");
    let cases = report["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 4, "{report:#}");
    assert_eq!(code, Some(0), "no crash, nothing harmful: {report:#}");
    // Every case names its refactoring, and each one broke the tests or was counted apart.
    for c in cases {
        let verdict = c["verdict"].as_str().unwrap();
        assert!(["healed", "not_healed", "not_breaking"].contains(&verdict), "{c:#}");
        assert!(!c["title"].as_str().unwrap().is_empty());
    }
    assert!(cases.iter().any(|c| c["verdict"] == "healed"), "{report:#}");
    // Same seed, same cases.
    let (_, again) = run("7");
    let titles = |r: &serde_json::Value| {
        r["cases"].as_array().unwrap().iter().map(|c| c["title"].as_str().unwrap().to_string()).collect::<Vec<_>>()
    };
    assert_eq!(titles(&report), titles(&again));
    // The input project is read, never written.
    assert_eq!(snapshot(&input), before);
}
