//! Stale expectations outside a literal beside `==`, healed through real runners: a table built by
//! `"\n".join([...])` and compared through the project's own `assert_equal` helper (empty AssertionError), a
//! reworded exception message under `pytest.raises(match=...)` and under vitest's `toThrow('...')` (shortened by
//! the console, whole from the re-run). A typo left uncommitted in a message stays refused.
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

fn commit(dir: &std::path::Path, files: &[(&str, &str)], message: &str) {
    for (path, text) in files {
        std::fs::write(dir.join(path), text).unwrap();
    }
    sh(dir, &format!("git -c user.email=t@t -c user.name=t commit -qam '{message}'"));
}

const TABLE: &str = "def rule(width, align):\n    \"\"\"A rule of dashes under the header.\"\"\"\n    return \"-\" * width\n\n\ndef table(rows, aligns):\n    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]\n    cell = lambda v, w, a: str(v).ljust(w) if a == \"left\" else str(v).rjust(w)\n    lines = [\"| \" + \" | \".join(cell(v, w, a) for v, w, a in zip(rows[0], widths, aligns)) + \" |\"]\n    lines.append(\"|\" + \"|\".join(rule(w + 2, a) for w, a in zip(widths, aligns)) + \"|\")\n    for r in rows[1:]:\n        lines.append(\"| \" + \" | \".join(cell(v, w, a) for v, w, a in zip(r, widths, aligns)) + \" |\")\n    return \"\\n\".join(lines)\n";

const TABLE_TEST: &str = "from common import assert_equal\nfrom tab import table\n\nROWS = [(\"strings\", \"numbers\"), (\"spam\", 41.9999), (\"eggs\", 451), (\"a much longer row label\", 1), (\"another long label here\", 22), (\"and a third long label\", 333)]\n\n\ndef test_github():\n    \"Output: github with headers\"\n    expected = \"\\n\".join(\n        [\n            \"| strings                 | numbers |\",\n            \"|-------------------------|---------|\",\n            \"| spam                    | 41.9999 |\",\n            \"| eggs                    |     451 |\",\n            \"| a much longer row label |       1 |\",\n            \"| another long label here |      22 |\",\n            \"| and a third long label  |     333 |\",\n        ]\n    )\n    result = table(ROWS, [\"left\", \"right\"])\n    assert_equal(expected, result)\n";

#[test]
fn a_joined_table_compared_through_the_projects_helper_gets_its_changed_line() {
    let dir = project(&[
        ("tab.py", TABLE),
        ("tests/common.py", "def assert_equal(expected, result):\n    print(\"Expected:\\n%r\\n\" % expected)\n    assert expected == result\n"),
        ("tests/test_tab.py", TABLE_TEST),
        ("pytest.ini", "[pytest]\npythonpath = . tests\n"),
    ]);
    let aligned = TABLE.replace(
        "    \"\"\"A rule of dashes under the header.\"\"\"\n    return \"-\" * width\n",
        "    \"\"\"A rule under the header; a colon marks the side each column is aligned to.\"\"\"\n    dashes = \"-\" * width\n    return \":\" + dashes[1:] if align == \"left\" else dashes[1:] + \":\"\n",
    );
    commit(dir.path(), &[("tab.py", &aligned)], "Show column alignment in github tables");
    let cmd = ["python", "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "ignore::DeprecationWarning", "tests"];
    let mut args = vec!["run", "--apply", "--"];
    args.extend(cmd);
    let dir_path = dir.path();
    let out = heal(dir_path, &args);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    // Only the rule line inside the join changed; the expression keeps its shape.
    let want =
        TABLE_TEST.replace("\"|-------------------------|---------|\"", "\"|:------------------------|--------:|\"");
    assert_eq!(read(dir_path, "tests/test_tab.py"), want, "{stdout}");
    assert_eq!(git_status(dir_path).trim(), "M tests/test_tab.py", "{stdout}");
}

const REFUNDS: &str = "class Payment:\n    def __init__(self, reference, captured):\n        self.reference = reference\n        self.captured = captured\n\n\ndef refund(payment, amount):\n    \"\"\"Refund ``amount`` of ``payment``.\"\"\"\n    if amount > payment.captured:\n        raise ValueError(\"amount exceeds refundable balance\")\n    return payment.captured - amount\n";

const REFUNDS_TEST: &str = "import pytest\n\nfrom refunds import Payment, refund\n\n\ndef test_cannot_refund_more_than_captured():\n    with pytest.raises(ValueError, match=\"exceeds refundable balance\"):\n        refund(Payment(\"PAY-1\", 80), 81)\n";

#[test]
fn a_reworded_pytest_raises_message_keeps_its_partial_match() {
    let dir = project(&[("refunds.py", REFUNDS), ("test_refunds.py", REFUNDS_TEST)]);
    let reworded = REFUNDS.replace(
        "raise ValueError(\"amount exceeds refundable balance\")",
        "raise ValueError(f\"{payment.reference}: refund of {amount} exceeds the refundable balance of {payment.captured}\")",
    );
    commit(dir.path(), &[("refunds.py", &reworded)], "Refund errors name the payment and echo the amount");
    let out = heal(dir.path(), &["run", "--apply", "--", "python", "-m", "pytest", "-q", "-p", "no:cacheprovider"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    let want = REFUNDS_TEST.replace("match=\"exceeds refundable balance\"", "match=\"exceeds the refundable balance\"");
    assert_eq!(read(dir.path(), "test_refunds.py"), want, "{stdout}");
}

#[test]
fn a_typo_left_uncommitted_in_a_message_is_not_adopted() {
    let dir = project(&[("refunds.py", REFUNDS), ("test_refunds.py", REFUNDS_TEST)]);
    let typo = REFUNDS.replace("exceeds refundable balance", "exceeds refundible balance");
    std::fs::write(dir.path().join("refunds.py"), typo).unwrap();
    let out = heal(dir.path(), &["run", "--apply", "--", "python", "-m", "pytest", "-q", "-p", "no:cacheprovider"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(read(dir.path(), "test_refunds.py"), REFUNDS_TEST, "{stdout}");
}

#[test]
fn a_reworded_vitest_to_throw_message_is_read_whole_from_the_rerun() {
    let wallet = "export class Wallet {\n  balance = 2000;\n  /** Take money out. Throws when the balance does not cover the amount. */\n  withdraw(cents: number): void {\n    if (cents > this.balance) {\n      throw new Error('Insufficient funds');\n    }\n    this.balance -= cents;\n  }\n}\n";
    let test = "import { expect, it } from 'vitest';\nimport { Wallet } from '../src/wallet';\n\nit('refuses to overdraw', () => {\n  const wallet = new Wallet();\n  expect(() => wallet.withdraw(5000)).toThrow('Insufficient funds');\n});\n";
    let dir = project(&[
        ("package.json", "{\"type\":\"module\"}\n"),
        ("src/wallet.ts", wallet),
        ("test/wallet.test.ts", test),
    ]);
    std::os::unix::fs::symlink(tools().join("node/node_modules"), dir.path().join("node_modules")).unwrap();
    std::fs::write(dir.path().join(".git/info/exclude"), "node_modules\n").unwrap();
    let reworded = wallet
        .replace("Throws when the balance", "Throws, naming the balance and the amount, when the balance")
        .replace(
            "throw new Error('Insufficient funds');",
            "throw new Error(`insufficient funds: balance ${(this.balance / 100).toFixed(2)}, requested ${(cents / 100).toFixed(2)}`);",
        );
    commit(dir.path(), &[("src/wallet.ts", &reworded)], "Overdraw errors show the balance and the requested amount");
    let out = heal(dir.path(), &["run", "--apply", "--", "vitest", "run"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(read(dir.path(), "test/wallet.test.ts"), test.replace("'Insufficient funds'", "'insufficient funds'"));
}

#[test]
fn a_vitest_helper_in_the_test_file_gets_the_argument_of_the_failing_call() {
    let shout = "export const SHORT = '!';\nexport const MARK = '!';\nexport function shout(s: string): string {\n  return s.toUpperCase() + (s.length === 1 ? SHORT : MARK);\n}\n";
    let test = "import { expect, it } from 'vitest';\nimport { shout } from '../src/shout';\n\nfunction expectShout(input: string, expected: string) {\n  expect(shout(input)).toBe(expected);\n}\n\nit('shouts', () => {\n  expectShout('a', 'A!');\n  expectShout('bee', 'BEE!');\n});\n";
    let dir =
        project(&[("package.json", "{\"type\":\"module\"}\n"), ("src/shout.ts", shout), ("test/shout.test.ts", test)]);
    std::os::unix::fs::symlink(tools().join("node/node_modules"), dir.path().join("node_modules")).unwrap();
    std::fs::write(dir.path().join(".git/info/exclude"), "node_modules\n").unwrap();
    let louder = shout.replace("export const MARK = '!';", "export const MARK = '!!';");
    commit(dir.path(), &[("src/shout.ts", &louder)], "Words are shouted twice as loud");
    let out = heal(dir.path(), &["run", "--apply", "--", "vitest", "run"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    // The second call failed (its stack frame says so); the first call's argument is left alone.
    assert_eq!(read(dir.path(), "test/shout.test.ts"), test.replace("'BEE!'", "'BEE!!'"), "{stdout}");
}
