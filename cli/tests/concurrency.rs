//! Two `maestro-heal run --apply` on one project: the lock in `.maestro/` lets exactly one of them write; the
//! other exits 2 with a message naming the run that holds the project, before writing anything.
#![allow(clippy::unwrap_used)] // test code: a panic is the failure report

mod common;
use common::{check_file, syntax_project};

use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

const FILES: usize = 8;

/// The run's healing (its first run, the validation in its shadow copy, the writes) must overlap the other run:
/// each test command run takes 0.3 s.
const CHECK_DELAY_S: f64 = 0.3;

fn versions(i: usize) -> (String, String) {
    (format!("def test_{i}()\n    assert {i} == {i}\n"), format!("def test_{i}():\n    assert {i} == {i}\n"))
}

fn project() -> tempfile::TempDir {
    syntax_project(&(0..FILES).map(|i| versions(i).0).collect::<Vec<_>>(), CHECK_DELAY_S)
}

fn start(dir: &Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_maestro-heal"))
        .args(["run", "--apply", "--", "python3", "check.py"])
        .current_dir(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn all_healed(dir: &Path) {
    for i in 0..FILES {
        let now = std::fs::read_to_string(dir.join(check_file(i))).unwrap();
        assert_eq!(now, versions(i).1, "{}", check_file(i));
    }
}

/// The loser's stderr names the lock and the winner's pid, and it printed no report (it wrote nothing).
fn assert_locked_out(loser: &Output, winner_pid: u32) {
    let stderr = String::from_utf8_lossy(&loser.stderr);
    assert_eq!(loser.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(&format!("another maestro-heal run (pid {winner_pid}) is writing this project"))
            && stderr.contains(".maestro/lock"),
        "{stderr}"
    );
    assert!(loser.stdout.is_empty(), "the locked-out run printed a report: {}", String::from_utf8_lossy(&loser.stdout));
}

#[test]
fn a_second_run_started_while_the_first_writes_exits_with_a_clear_message() {
    let dir = project();
    let first = start(dir.path());
    let first_pid = first.id();
    // Wait until the first run holds the project (its pid is in the lock file: it takes the lock before its first
    // run and keeps it while it validates in its shadow copy and writes), then start the second.
    let deadline = Instant::now() + Duration::from_secs(60);
    let lock = dir.path().join(".maestro/lock");
    while std::fs::read_to_string(&lock).map(|t| t.trim() != first_pid.to_string()).unwrap_or(true) {
        assert!(Instant::now() < deadline, "the first run never took the lock");
        std::thread::sleep(Duration::from_millis(5));
    }
    let second = start(dir.path()).wait_with_output().unwrap();
    let first = first.wait_with_output().unwrap();
    assert_eq!(first.status.code(), Some(0), "{}", String::from_utf8_lossy(&first.stderr));
    assert_locked_out(&second, first_pid);
    all_healed(dir.path());
}

#[test]
fn two_runs_started_together_never_both_write() {
    for round in 0..3 {
        let dir = project();
        let (a, b) = (start(dir.path()), start(dir.path()));
        let (a_pid, b_pid) = (a.id(), b.id());
        let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
        let (winner, loser, winner_pid) = match (a.status.code(), b.status.code()) {
            (Some(0), Some(2)) => (a, b, a_pid),
            (Some(2), Some(0)) => (b, a, b_pid),
            other => panic!(
                "round {round}: expected one run to heal and one to be locked out, got {other:?}\n{}\n{}",
                String::from_utf8_lossy(&a.stderr),
                String::from_utf8_lossy(&b.stderr)
            ),
        };
        assert!(String::from_utf8_lossy(&winner.stdout).contains(&format!("{FILES} applied")));
        assert_locked_out(&loser, winner_pid);
        all_healed(dir.path());
        // The backup holds the winner's originals, one per file: nobody else wrote in between.
        let manifest = std::fs::read_to_string(dir.path().join(".maestro/backup/manifest.json")).unwrap();
        assert_eq!(manifest.matches(".orig\"").count(), FILES, "{manifest}");
    }
}
