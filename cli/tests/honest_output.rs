//! What the CLI says when it cannot help, over real runners: the runner's own words instead of "0 failures",
//! and no panic when the reader of its output goes away.
#![allow(clippy::unwrap_used)] // test code: a panic is the failure report

mod common;
use common::*;

#[test]
fn a_failing_run_with_nothing_to_parse_shows_the_runners_last_lines_and_exits_2() {
    let dir = stale_pytest_project();
    let before = snapshot(dir.path());
    let out = heal(dir.path(), &["run", "--", "python3", "-m", "pytest", "-q", "nosuchdir"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}\n{}", String::from_utf8_lossy(&out.stdout));
    assert!(stderr.contains("printed no failure the healer can read"), "{stderr}");
    assert!(stderr.contains("file or directory not found: nosuchdir"), "pytest's own error is shown: {stderr}");
    assert!(!String::from_utf8_lossy(&out.stdout).contains("0 failure(s)"));
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn a_reader_that_closes_the_pipe_early_ends_the_run_quietly() {
    let dir = stale_pytest_project();
    let bin = env!("CARGO_BIN_EXE_maestro-heal");
    let heal = format!("{bin} heal --file tests/test_calc.py --line 5 --message 'assert 2 == 1' --format json");
    // `true` never reads and is gone before the healer writes; `head -c 10` stops after ten bytes.
    for reader in ["true", "head -c 10 >/dev/null"] {
        let out = std::process::Command::new("bash")
            .arg("-c")
            .arg(format!("{heal} | {reader}; echo \"status=${{PIPESTATUS[0]}}\" >&2"))
            .current_dir(dir.path())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{reader}: {stderr}");
        assert!(stderr.contains("status=0") || stderr.contains("status=1"), "{reader}: {stderr}");
    }
}

#[test]
fn heal_reads_the_exception_type_from_the_message_and_names_it_once() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cart.py"), "class Cart:\n    def add_item(self, name):\n        return name\n")
        .unwrap();
    std::fs::write(
        dir.path().join("test_cart.py"),
        "from cart import Cart\n\n\ndef test_add():\n    assert Cart().add_line('mug') == 'mug'\n",
    )
    .unwrap();
    let out = heal(
        dir.path(),
        &[
            "heal",
            "--file",
            "test_cart.py",
            "--line",
            "5",
            "--message",
            "AttributeError: 'Cart' object has no attribute 'add_line'",
        ],
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "a fix is found without --error-type:\n{stdout}");
    assert!(stdout.contains("add_item('mug')"), "{stdout}");
    assert!(
        stdout.contains("  AttributeError: 'Cart' object") && !stdout.contains("AttributeError: AttributeError"),
        "{stdout}"
    );

    std::fs::write(dir.path().join("test_syntax.py"), "def test_a()\n    assert 1\n").unwrap();
    let args = ["heal", "--file", "test_syntax.py", "--line", "1", "--message", "SyntaxError: expected ':'"];
    let out = heal(dir.path(), &[&args[..], &["--error-type", "SyntaxError"]].concat());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("SyntaxError: expected ':'") && !stdout.contains("SyntaxError: SyntaxError"), "{stdout}");
}

#[test]
fn a_test_healed_by_another_fix_says_so_instead_of_left_as_is() {
    // `import re` missing in a helper: test_a fails with the NameError, test_b only sees the empty string the
    // helper's fallback returns. The import fix heals both; test_b has no fix of its own that was applied.
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir(d.join("tests")).unwrap();
    std::fs::write(
        d.join("helpers.py"),
        "def slug(s: str) -> str:\n    return re.sub(r\"[^a-z0-9]+\", \"-\", s.lower()).strip(\"-\")\n\n\n\
         def safe_slug(s: str) -> str:\n    try:\n        return slug(s)\n    except Exception:\n        return \"\"\n",
    )
    .unwrap();
    std::fs::write(
        d.join("tests/test_a.py"),
        "from helpers import slug\n\ndef test_a():\n    assert slug(\"Hello World\") == \"hello-world\"\n",
    )
    .unwrap();
    std::fs::write(
        d.join("tests/test_b.py"),
        "from helpers import safe_slug\n\ndef test_b():\n    assert safe_slug(\"A  B\") == \"a-b\"\n",
    )
    .unwrap();
    std::fs::write(d.join("pytest.ini"), "[pytest]\npythonpath = .\n").unwrap();
    sh(d, "git init -q && git add -A && git -c user.email=t@t -c user.name=t commit -qm init");
    let out = heal(d, &["run", "--apply", "--", "python", "-m", "pytest", "-q", "-p", "no:cacheprovider"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    let b = stdout.split("tests/test_b.py::test_b").nth(1).expect("test_b is reported");
    let b = b.split("Summary:").next().unwrap_or(b);
    assert!(b.contains("passes now: healed by another fix"), "{stdout}");
    assert!(!b.contains("left as is"), "{stdout}");
    assert_eq!(
        read(d, "tests/test_b.py"),
        "from helpers import safe_slug\n\ndef test_b():\n    assert safe_slug(\"A  B\") == \"a-b\"\n"
    );
    let json = heal(d, &["run", "--format", "json", "--", "python", "-m", "pytest", "-q", "-p", "no:cacheprovider"]);
    assert_eq!(json.status.code(), Some(0), "the healed project passes");
}
