//! Error messages a change rewrote, checked by node's `assert.throws` with a regex and with a `{ message }`
//! object, two checks in one test: healed through a real `node --test` (under `sh -c`, as CI scripts run it). The
//! new texts come from the change's own literals, so they share almost no words with the old ones; each test
//! passes only once both of its checks are updated.
#![allow(clippy::unwrap_used)] // test code: a panic is the failure report

mod common;
use common::*;

const CODE: &str = "export class ValidationError extends Error {\n  constructor(message) {\n    super(message);\n    this.name = 'ValidationError';\n  }\n}\n\nexport function checkPassword(value) {\n  if (value.length < 10) throw new ValidationError('Password is too short (minimum is 10 characters)');\n  if (!/\\d/.test(value)) throw new ValidationError('Password must contain letters and digits');\n  return value;\n}\n\nexport function checkAge(value) {\n  const n = Number(value);\n  if (!Number.isInteger(n)) throw new ValidationError(`Age must be a whole number, got ${value}`);\n  return n;\n}\n";

const TEST: &str = "import { test } from 'node:test';\nimport assert from 'node:assert/strict';\nimport { checkAge, checkPassword } from '../src/validate.mjs';\n\ntest('password', () => {\n  assert.throws(() => checkPassword('short1'), /too short \\(minimum is 10 characters\\)/);\n  assert.throws(() => checkPassword('onlyletterslong'), { message: 'Password must contain letters and digits' });\n});\n\ntest('age', () => {\n  assert.throws(() => checkAge('4.5'), /^ValidationError: Age must be a whole number, got 4\\.5$/);\n  assert.equal(checkAge('42'), 42);\n});\n";

fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("src")).unwrap();
    std::fs::create_dir_all(dir.path().join("test")).unwrap();
    std::fs::write(dir.path().join("package.json"), "{\"name\":\"signup\",\"private\":true,\"type\":\"module\"}\n")
        .unwrap();
    std::fs::write(dir.path().join("src/validate.mjs"), CODE).unwrap();
    std::fs::write(dir.path().join("test/validate.test.mjs"), TEST).unwrap();
    sh(dir.path(), "git init -q && git add -A && git -c user.email=t@t -c user.name=t commit -qm init");
    dir
}

#[test]
fn messages_a_commit_rewrote_are_updated_in_every_check_of_the_test() {
    let dir = project();
    let reworded = CODE
        .replace("Password is too short (minimum is 10 characters)", "needs at least 10 characters")
        .replace("Password must contain letters and digits", "needs both letters and digits")
        .replace("Age must be a whole number, got ${value}", "not a whole number: \"${value}\"");
    std::fs::write(dir.path().join("src/validate.mjs"), reworded).unwrap();
    sh(dir.path(), "git -c user.email=t@t -c user.name=t commit -qam 'validate: shorter inline error messages'");
    let out = heal(dir.path(), &["run", "--apply", "--", "sh", "-c", "node --test"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    let healed = TEST
        .replace("/too short \\(minimum is 10 characters\\)/", "/needs at least 10 characters/")
        .replace(
            "{ message: 'Password must contain letters and digits' }",
            "{ message: 'needs both letters and digits' }",
        )
        .replace(
            "/^ValidationError: Age must be a whole number, got 4\\.5$/",
            "/^ValidationError: not a whole number: \"4\\.5\"$/",
        );
    assert_eq!(read(dir.path(), "test/validate.test.mjs"), healed, "{stdout}");
    assert!(
        git_status(dir.path()).lines().all(|l| l.ends_with("test/validate.test.mjs")),
        "{}",
        git_status(dir.path())
    );
}

#[test]
fn a_message_changed_by_an_uncommitted_typo_is_left_alone() {
    let dir = project();
    // An edit in progress misspells one message, with nothing written about it: the test is right.
    std::fs::write(dir.path().join("src/validate.mjs"), CODE.replace("must contain letters", "must contian letters"))
        .unwrap();
    let out = heal(dir.path(), &["run", "--apply", "--", "sh", "-c", "node --test"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(read(dir.path(), "test/validate.test.mjs"), TEST, "{stdout}");
}
