//! Healing through node --test and tsc, on small real projects written here.
#![allow(clippy::unwrap_used)] // test code: a panic is the failure report

mod common;
use common::*;

fn project(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in files {
        let p = dir.path().join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    sh(dir.path(), "git init -q && git add -A && git -c user.email=t@t -c user.name=t commit -qm init");
    dir
}

#[test]
fn node_test_assert_strict_equal_after_a_code_change() {
    let dir = project(&[
        ("src/label.mjs", "export function label(n) {\n  return `${n} items`;\n}\n"),
        (
            "test/label.test.mjs",
            "import { test } from 'node:test';\nimport assert from 'node:assert/strict';\nimport { label } from '../src/label.mjs';\n\ntest('labels a count', () => {\n  assert.strictEqual(label(2), '2 items');\n});\n",
        ),
    ]);
    std::fs::write(dir.path().join("src/label.mjs"), "export function label(n) {\n  return `${n} item(s)`;\n}\n")
        .unwrap();
    let out = heal(dir.path(), &["run", "--apply", "--", "node", "--test", "test/"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(read(dir.path(), "test/label.test.mjs").contains("assert.strictEqual(label(2), '2 item(s)');"), "{stdout}");
}

#[test]
fn tsc_syntax_error_in_a_test_file() {
    let dir = project(&[
        ("tsconfig.json", "{\"compilerOptions\":{\"strict\":true,\"noEmit\":true,\"target\":\"ES2022\",\"module\":\"ESNext\",\"moduleResolution\":\"Bundler\"},\"include\":[\"src\"]}\n"),
        ("src/sum.ts", "export function sum(xs: number[]): number {\n  return xs.reduce((a, b) => a + b, 0);\n}\n"),
        ("src/sum.test.ts", "import { sum } from './sum';\n\nexport const total: number = sum([1, 2, 3];\n"),
    ]);
    let out = heal(dir.path(), &["run", "--apply", "--", "tsc", "-p", "."]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(read(dir.path(), "src/sum.test.ts").contains("sum([1, 2, 3]);"), "{stdout}");
}

#[test]
fn a_hanging_command_is_killed_with_a_clear_error() {
    let dir = project(&[("a.py", "x = 1\n")]);
    let start = std::time::Instant::now();
    let out = heal(dir.path(), &["run", "--timeout", "1", "--", "sh", "-c", "sleep 60"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(start.elapsed().as_secs() < 20);
    assert!(String::from_utf8_lossy(&out.stderr).contains("did not finish within 1s"));
}
