//! Lint violations healed by the linter's own safe autofix, through real ruff and eslint (pinned in `.tools/`).
#![allow(clippy::unwrap_used)] // test code: a panic is the failure report

mod common;
use common::*;

fn project(files: &[(&str, &str)]) -> tempfile::TempDir {
    let t = tools();
    assert!(
        t.join("venv/bin/ruff").exists() && t.join("node/node_modules/.bin/eslint").exists(),
        "ruff or eslint is missing: run `bash scripts/tools.sh` first (or use `bash scripts/test.sh`)"
    );
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in files {
        let p = dir.path().join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    sh(dir.path(), "git init -q && git add -A && git -c user.email=t@t -c user.name=t commit -qm init");
    dir
}

const PYPROJECT: &str = "[project]\nname = \"shop\"\nversion = \"0\"\n\n[tool.ruff.lint]\nselect = [\"F\"]\n";
const TOTALS: &str =
    "import os\nimport sys\n\n\ndef total(prices):\n    return sum(prices)\n\n\ndef argv():\n    return sys.argv\n";

fn output(out: &std::process::Output) -> String {
    format!("{}\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
}

#[test]
fn ruff_unused_import_is_removed_by_ruff_itself() {
    let dir = project(&[("pyproject.toml", PYPROJECT), ("src/shop/totals.py", TOTALS)]);
    let out = heal(dir.path(), &["run", "--apply", "--", "ruff", "check", "."]);
    let text = output(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    let healed = read(dir.path(), "src/shop/totals.py");
    assert_eq!(healed, TOTALS.replacen("import os\n", "", 1), "{text}");
    assert!(text.contains("ruff lint autofix of F401"), "{text}");
    assert!(text.contains("-import os"), "the report shows what ruff changed: {text}");
    assert!(text.contains("changed src/shop/totals.py"), "{text}");
}

#[test]
fn ruff_dry_run_changes_nothing() {
    let dir = project(&[("pyproject.toml", PYPROJECT), ("src/shop/totals.py", TOTALS)]);
    // ruff's own cache is the command's doing, not the healer's.
    let sources = |d: &std::path::Path| {
        snapshot(d).into_iter().filter(|(p, _)| !p.to_string_lossy().contains("/.ruff_cache/")).collect::<Vec<_>>()
    };
    let before = sources(dir.path());
    let out = heal(dir.path(), &["run", "--format", "json", "--", "ruff", "check", "--output-format", "json", "."]);
    let text = output(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert_eq!(sources(dir.path()), before, "a dry run writes nothing");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let lint = &report["lint_fixes"][0];
    assert_eq!(lint["tool"], "ruff", "{report:#}");
    assert_eq!(lint["rules"], serde_json::json!(["F401"]));
    assert_eq!(lint["validated"], true);
    assert_eq!(lint["applied"], false);
    assert_eq!((lint["before"].as_u64(), lint["after"].as_u64()), (Some(1), Some(0)));
    assert!(lint["diff"].as_str().unwrap().contains("-import os"));
}

#[test]
fn ruff_unsafe_fixes_are_not_applied() {
    // F841's fix (deleting the assignment) is unsafe in ruff's own judgement: only the import goes.
    let src = "import os\n\n\ndef total(prices):\n    count = len(prices)\n    return sum(prices)\n";
    let dir = project(&[("pyproject.toml", PYPROJECT), ("app.py", src)]);
    let out =
        heal(dir.path(), &["run", "--apply", "--", "python", "-m", "ruff", "check", "--output-format", "concise"]);
    let text = output(&out);
    assert_eq!(out.status.code(), Some(1), "F841 remains: {text}");
    let healed = read(dir.path(), "app.py");
    assert!(!healed.contains("import os") && healed.contains("count = len(prices)"), "{healed}\n{text}");
}

#[test]
fn eslint_fixes_var_and_let_with_its_own_fixers() {
    let dir = project(&[
        ("package.json", "{\"name\":\"x\",\"private\":true,\"type\":\"module\"}\n"),
        (
            "eslint.config.mjs",
            "export default [{ rules: { \"no-var\": \"error\", \"prefer-const\": \"error\", eqeqeq: \"error\" } }];\n",
        ),
        (
            "src/count.js",
            "export function count(list) {\n  var n = list.length;\n  return n == 0 ? 'none' : String(n);\n}\n",
        ),
    ]);
    let out = heal(dir.path(), &["run", "--apply", "--", "eslint", "."]);
    let text = output(&out);
    // eqeqeq has no safe fix (only a suggestion): it stays, and the run still fails.
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert_eq!(
        read(dir.path(), "src/count.js"),
        "export function count(list) {\n  const n = list.length;\n  return n == 0 ? 'none' : String(n);\n}\n",
        "{text}"
    );
    assert!(text.contains("eslint lint autofix of eqeqeq, no-var"), "{text}");
}
