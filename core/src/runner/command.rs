//! Runs a test command in its own process group, captures stdout+stderr interleaved, caps the output, and kills
//! the whole group on timeout.
//!
//! ```no_run
//! use maestro_test_healer::runner::command::{run, CommandSpec};
//! let out = run(&CommandSpec::new(vec!["pytest".into(), "-q".into()], "."), &mut |_| {}).unwrap();
//! println!("exit {:?} in {:?}", out.status, out.duration);
//! ```

use std::io::Read;
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Output beyond this is dropped (the run goes on): failures are reported first by every runner we parse, and
/// a runaway test printing gigabytes must not exhaust memory.
pub const OUTPUT_CAP: usize = 32 * 1024 * 1024;

/// What to run, where, and for how long at most.
#[derive(Debug, Clone)]
pub struct CommandSpec {
    pub argv: Vec<String>,
    pub dir: PathBuf,
    pub timeout: Duration,
    /// Extra environment variables for this run (the healer's capture plugin for its re-runs).
    pub env: Vec<(String, String)>,
}

impl CommandSpec {
    pub fn new(argv: Vec<String>, dir: impl Into<PathBuf>) -> Self {
        CommandSpec { argv, dir: dir.into(), timeout: Duration::from_secs(600), env: Vec::new() }
    }

    pub fn with_env(mut self, env: Vec<(String, String)>) -> Self {
        self.env = env;
        self
    }

    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The command as a user would type it.
    pub fn display(&self) -> String {
        self.argv.iter().map(|a| shell_quote(a)).collect::<Vec<_>>().join(" ")
    }
}

/// Quotes an argument for display (and for `sh -c` strings) only when it needs it.
pub fn shell_quote(arg: &str) -> String {
    if !arg.is_empty() && arg.chars().all(|c| c.is_ascii_alphanumeric() || "-_./:=@,+%".contains(c)) {
        arg.to_string()
    } else {
        format!("'{}'", arg.replace('\'', "'\\''"))
    }
}

/// How a command ended.
#[derive(Debug, Clone)]
pub struct RunOutput {
    /// The exit code; `None` when killed by a signal (including our timeout).
    pub status: Option<i32>,
    /// stdout and stderr, interleaved as written.
    pub output: String,
    pub duration: Duration,
    pub timed_out: bool,
    /// True when output beyond [`OUTPUT_CAP`] was dropped.
    pub truncated: bool,
}

impl RunOutput {
    pub fn passed(&self) -> bool {
        self.status == Some(0)
    }
}

/// Why a command could not be run at all.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error("no command given; pass the test command after `--`, e.g. `maestro-heal run -- pytest -q`")]
    Empty,
    #[error("cannot start `{command}` in {dir}: {source}")]
    Spawn { command: String, dir: PathBuf, source: std::io::Error },
    #[error("I/O error while running `{command}`: {source}")]
    Io { command: String, source: std::io::Error },
}

/// Runs the command to completion or timeout. `progress` is called about every 250 ms once a second has
/// passed, with the elapsed time, so callers can show that something is happening.
pub fn run(spec: &CommandSpec, progress: &mut dyn FnMut(Duration)) -> Result<RunOutput, RunError> {
    let (program, args) = spec.argv.split_first().ok_or(RunError::Empty)?;
    let io = |source| RunError::Io { command: spec.display(), source };
    let (reader, writer) = std::io::pipe().map_err(io)?;
    let writer2 = writer.try_clone().map_err(io)?;
    let mut cmd = Command::new(program);
    cmd.args(args)
        .current_dir(&spec.dir)
        .stdin(Stdio::null())
        .stdout(writer)
        .stderr(writer2)
        // Runners must not color or wait for input when we parse their output.
        .env("NO_COLOR", "1")
        .env("FORCE_COLOR", "0")
        .env("CI", "1")
        .envs(spec.env.iter().map(|(k, v)| (k, v)))
        // Own process group, so a timeout kills the runner's workers too.
        .process_group(0);
    let start = Instant::now();
    let mut child =
        cmd.spawn().map_err(|source| RunError::Spawn { command: spec.display(), dir: spec.dir.clone(), source })?;
    // The parent's copies of the write ends must be closed or the reader never sees EOF.
    drop(cmd);
    let collector = std::thread::spawn(move || collect(reader));
    // A thread blocks in `wait` so the exit is seen the moment it happens (polling with naps added up to 20 ms
    // to every run); this thread only wakes for progress and the timeout.
    let pid = child.id();
    let (exited_tx, exited) = std::sync::mpsc::channel();
    let waiter = std::thread::spawn(move || {
        let status = child.wait();
        let _ = exited_tx.send(());
        status
    });
    let mut timed_out = false;
    let mut last_progress = Duration::ZERO;
    loop {
        let elapsed = start.elapsed();
        if elapsed > spec.timeout {
            timed_out = true;
            kill_group(pid);
            break;
        }
        let tick = (spec.timeout - elapsed).min(Duration::from_millis(250)) + Duration::from_millis(1);
        match exited.recv_timeout(tick) {
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
            Ok(()) | Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
        }
        let elapsed = start.elapsed();
        if elapsed > Duration::from_secs(1) && elapsed - last_progress >= Duration::from_millis(250) {
            progress(elapsed);
            last_progress = elapsed;
        }
    }
    let status = waiter
        .join()
        .unwrap_or_else(|_| Err(std::io::Error::other("the thread waiting for the command panicked")))
        .map_err(io)?;
    let duration = start.elapsed();
    // Grandchildren may still hold the pipe open; don't wait on them forever.
    if timed_out {
        kill_group(pid);
    }
    let (bytes, truncated) = collector.join().unwrap_or_default();
    Ok(RunOutput {
        status: status.code(),
        // Valid UTF-8 (the usual case) becomes the String without a second 32 MiB copy.
        output: String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
        duration,
        timed_out,
        truncated,
    })
}

fn collect(mut reader: std::io::PipeReader) -> (Vec<u8>, bool) {
    let mut out = Vec::new();
    let mut buf = [0u8; 64 * 1024];
    let mut truncated = false;
    loop {
        match reader.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                let room = OUTPUT_CAP.saturating_sub(out.len());
                if room < n {
                    truncated = true;
                }
                out.extend_from_slice(&buf[..n.min(room)]);
            }
        }
    }
    (out, truncated)
}

fn kill_group(pid: u32) {
    // `kill` the binary: sending a signal to a group needs no unsafe code this way.
    let _ = Command::new("kill")
        .args(["-KILL", "--", &format!("-{pid}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn sh(script: &str) -> CommandSpec {
        CommandSpec::new(vec!["sh".into(), "-c".into(), script.into()], ".")
    }

    #[test]
    fn captures_interleaved_output_and_status() {
        let out = run(&sh("echo out; echo err >&2; exit 3"), &mut |_| {}).unwrap();
        assert_eq!(out.status, Some(3));
        assert!(out.output.contains("out\n") && out.output.contains("err\n"));
        assert!(!out.timed_out);
    }

    #[test]
    fn kills_the_whole_group_on_timeout() {
        let spec = sh("sleep 30 & sleep 30; echo never").with_timeout(Duration::from_millis(300));
        let out = run(&spec, &mut |_| {}).unwrap();
        assert!(out.timed_out);
        assert!(out.duration < Duration::from_secs(5), "{:?}", out.duration);
        assert!(!out.output.contains("never"));
    }

    #[test]
    fn missing_programs_are_a_clear_error() {
        let err = run(&CommandSpec::new(vec!["definitely-not-a-program-xyz".into()], "."), &mut |_| {}).unwrap_err();
        assert!(err.to_string().contains("cannot start `definitely-not-a-program-xyz`"), "{err}");
        assert!(matches!(run(&CommandSpec::new(vec![], "."), &mut |_| {}), Err(RunError::Empty)));
    }

    #[test]
    fn quotes_only_when_needed() {
        assert_eq!(shell_quote("tests/test_a.py::test_x"), "tests/test_a.py::test_x");
        assert_eq!(shell_quote("it's"), "'it'\\''s'");
        assert_eq!(shell_quote("a b"), "'a b'");
    }
}
