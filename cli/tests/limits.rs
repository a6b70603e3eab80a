//! Limits and bad input, end to end through the real binary: oversized, binary and non-UTF-8 test files,
//! symlinks out of the project, a test command that never exits (and leaves a grandchild behind), and a
//! command that prints hundreds of megabytes. Each gives a clear message and the right exit code, and the
//! project is left byte-for-byte as it was.
#![allow(clippy::unwrap_used)] // test code: a panic is the failure report

mod common;
use common::*;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn project(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    check_project(files, 0.0)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs the binary, sampling its peak resident memory (VmHWM) until it exits. Returns (output, peak KiB).
fn heal_measured(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> (std::process::Output, u64) {
    let child = Command::new(env!("CARGO_BIN_EXE_maestro-heal"))
        .args(args)
        .current_dir(dir)
        .envs(env.iter().copied())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let status_file = format!("/proc/{}/status", child.id());
    let sampler = std::thread::spawn(move || {
        let mut peak = 0;
        while let Ok(status) = std::fs::read_to_string(&status_file) {
            let hwm = status.lines().find_map(|l| l.strip_prefix("VmHWM:")).map(|v| v.trim().trim_end_matches(" kB"));
            match hwm.and_then(|v| v.parse::<u64>().ok()) {
                Some(kib) => peak = peak.max(kib),
                None => break, // a zombie has no memory lines: it has exited
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        peak
    });
    let out = child.wait_with_output().unwrap();
    (out, sampler.join().unwrap())
}

#[test]
fn an_oversized_test_file_is_refused_with_the_limit_and_left_untouched() {
    let mut big = b"def test_big()\n    assert 1 == 1\n".to_vec();
    big.extend(b"# padding to go over the limit\n".repeat(200_000)); // 6.2 MB
    let dir = project(&[("tests/test_big.py", &big)]);
    let before = snapshot(dir.path());

    let out = heal(dir.path(), &["heal", "--file", "tests/test_big.py", "--message", "SyntaxError: expected ':'"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("over the 5242880-byte limit"), "{}", text(&out.stderr));

    let out = heal(dir.path(), &["run", "--apply", "--", "python3", "check.py"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "the failure remains: {stdout}{}", text(&out.stderr));
    assert!(stdout.contains("no fix: left as is") && stdout.contains("over the 5242880-byte limit"), "{stdout}");
    assert_eq!(snapshot(dir.path()), before);
    assert!(!dir.path().join(".maestro/backup").exists(), "nothing was backed up because nothing was written");
}

#[test]
fn binary_and_non_utf8_test_files_are_named_and_left_untouched_by_a_run() {
    let dir = project(&[]);
    std::fs::write(dir.path().join("test_bin.py"), b"def test_bin()\n    assert 1 == 1\n\x00\x01").unwrap();
    std::fs::write(dir.path().join("test_latin.py"), b"def test_latin()\n    assert '\xe9' == '\xe9'\n").unwrap();
    let before = snapshot(dir.path());
    let out = heal(dir.path(), &["run", "--apply", "--", "python", "-m", "pytest", "-q", "-p", "no:cacheprovider"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}{}", text(&out.stderr));
    assert!(stdout.contains("test_bin.py: binary file (NUL byte at offset 33)"), "{stdout}");
    assert!(stdout.contains("test_latin.py: not valid UTF-8 (first bad byte at offset"), "{stdout}");
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn symlinks_out_of_the_project_are_neither_healed_nor_written_through() {
    let outside = tempfile::tempdir().unwrap();
    let victim = outside.path().join("test_victim.py");
    std::fs::write(&victim, "def test_victim()\n    assert 1 == 1\n").unwrap();
    let dir = project(&[]);
    std::os::unix::fs::symlink(&victim, dir.path().join("tests/test_link.py")).unwrap();

    let out = heal(dir.path(), &["heal", "--file", "tests/test_link.py", "--message", "SyntaxError: expected ':'"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("a symlink to") && text(&out.stderr).contains("outside the project"));

    let out = heal(dir.path(), &["run", "--apply", "--", "python3", "check.py"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}{}", text(&out.stderr));
    assert!(stdout.contains("not written: tests/test_link.py: is a symlink"), "{stdout}");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "def test_victim()\n    assert 1 == 1\n");
    assert!(std::fs::symlink_metadata(dir.path().join("tests/test_link.py")).unwrap().file_type().is_symlink());
}

/// Gone, or a zombie nobody reaps (PID 1 in a container may not): either way it no longer runs.
fn running(pid: &str) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .is_ok_and(|stat| stat.rsplit_once(") ").is_some_and(|(_, rest)| !rest.starts_with('Z')))
}

#[test]
fn a_test_command_that_never_exits_is_killed_with_its_grandchildren() {
    let dir = project(&[]);
    std::fs::write(
        dir.path().join("test_hang.py"),
        "import os\nimport pathlib\nimport subprocess\nimport time\n\n\ndef test_hangs():\n    \
         child = subprocess.Popen(['sleep', '300'])\n    \
         pathlib.Path('pids').write_text(f'{os.getpid()} {child.pid}')\n    time.sleep(300)\n",
    )
    .unwrap();
    let before = snapshot(dir.path());
    let start = Instant::now();
    let out = heal(
        dir.path(),
        &["run", "--apply", "--timeout", "3", "--", "python", "-m", "pytest", "-q", "-p", "no:cacheprovider"],
    );
    let took = start.elapsed();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("did not finish within 3s and was killed with its child processes"), "{stderr}");
    assert!(took < Duration::from_secs(30), "took {took:?}");
    let pids = std::fs::read_to_string(dir.path().join("pids")).unwrap();
    std::fs::remove_file(dir.path().join("pids")).unwrap();
    for pid in pids.split_whitespace() {
        assert!(!running(pid), "process {pid} (the runner or its grandchild) survived the timeout");
    }
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn enormous_output_is_capped_with_a_clear_message_and_bounded_memory() {
    // 256 MB of noise and nothing a runner would print: the capped output cannot be read, and the error says so.
    let dir = project(&[]);
    std::fs::write(
        dir.path().join("flood.py"),
        "import sys\nline = 'x' * 99 + '\\n'\nfor _ in range(256 * 1024 * 1024 // 100):\n    sys.stdout.write(line)\nsys.exit(1)\n",
    )
    .unwrap();
    let before = snapshot(dir.path());
    let (out, peak_kib) = heal_measured(dir.path(), &["run", "--apply", "--", "python3", "flood.py"], &[]);
    let stderr = text(&out.stderr);
    eprintln!("peak memory with 256 MB of output: {} MiB", peak_kib / 1024);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("printed more than 32 MiB; only the first 32 MiB were kept"), "{stderr}");
    assert!(peak_kib > 0 && peak_kib < 160 * 1024, "peak memory {peak_kib} KiB for 256 MB of output");
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn failures_before_a_flood_of_output_are_still_healed() {
    // The report comes first, 96 MB of log noise after it, on every failing run: the output is streamed and
    // capped, the failure is read from what was kept, and the fix is applied.
    let dir = project(&[("tests/test_a.py", b"def test_a()\n    assert 1 + 1 == 2\n")]);
    let (out, peak_kib) =
        heal_measured(dir.path(), &["run", "--apply", "--", "python3", "check.py"], &[("FLOOD", "96")]);
    let stdout = text(&out.stdout);
    eprintln!("peak memory with 96 MB of output per failing run: {} MiB", peak_kib / 1024);
    assert_eq!(out.status.code(), Some(0), "{stdout}{}", text(&out.stderr));
    assert_eq!(read(dir.path(), "tests/test_a.py"), "def test_a():\n    assert 1 + 1 == 2\n");
    assert!(peak_kib > 0 && peak_kib < 160 * 1024, "peak memory {peak_kib} KiB for 96 MB of output per run");
}

#[test]
fn runner_output_over_the_parse_limit_is_refused_by_parse() {
    // `parse` reads a saved log whole, so it refuses one over 64 MiB instead of swallowing it.
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("huge.log");
    let file = std::fs::File::create(&log).unwrap();
    file.set_len(65 * 1024 * 1024).unwrap(); // sparse: no 65 MB written to disk
    drop(file);
    let (out, _) = heal_measured(dir.path(), &["parse", "--runner", "pytest", "huge.log"], &[]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("over the 67108864-byte limit"), "{stderr}");
}
