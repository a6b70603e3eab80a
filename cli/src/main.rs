//! `maestro-heal`: run a test command, heal the failing tests, validate by re-running, apply or show diffs.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

mod eval;
mod refactor;
mod render;

/// `print!` that exits quietly when stdout is a closed pipe (`maestro-heal ... | head`) instead of panicking.
macro_rules! out {
    ($($t:tt)*) => { write_stdout(format_args!($($t)*)) };
}

/// `println!`, exiting quietly on a closed pipe like [`out!`].
macro_rules! outln {
    ($($t:tt)*) => { write_stdout(format_args!("{}\n", format_args!($($t)*))) };
}

use maestro_test_healer::failure::Runner;
use maestro_test_healer::runner::session::{heal_run, Event, RunOptions};
use maestro_test_healer::{heal_one_with, HealRequest};

/// Shown under every `--help`.
const EXIT_CODES: &str = "Exit codes:\n  0  the test command passes at the end (heal: a fix was proposed; undo, patterns: done)\n  1  failures remain (heal: no fix proposed; eval: below --min-heal-rate)\n  2  bad usage or input: unknown runner, missing project, a failing run with no readable failure, a timeout, a locked project";

/// Exit codes: 0 the tests pass at the end (or, for `heal`, a fix was found), 1 failures remain, 2 bad usage or input.
#[derive(Parser)]
#[command(
    name = "maestro-heal",
    version,
    about = "Heal broken Python and TypeScript tests",
    long_about = None,
    after_help = EXIT_CODES,
    subcommand_help_heading = "Commands"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Run a test command, propose fixes for its failures, validate them by re-running only the failing tests,
    /// and (with --apply) write the ones that pass.
    Run {
        /// The project folder; the command runs there.
        #[arg(long, default_value = ".")]
        project: PathBuf,
        /// Write validated fixes at or above the threshold (default: only show diffs).
        #[arg(long)]
        apply: bool,
        /// Minimum confidence (0..1) for a fix to be validated and applied.
        #[arg(long, default_value_t = 0.75)]
        threshold: f64,
        /// Output: text for people, json for tools (one JSON document on stdout).
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Read failures from this JUnit XML file (relative to the project) written by the command.
        #[arg(long)]
        junit: Option<PathBuf>,
        /// The runner, when it cannot be told from the command (pytest, unittest, tsc, vitest, jest, node_test, mypy,
        /// pyright, ruff, eslint).
        #[arg(long)]
        runner: Option<String>,
        /// Kill the command (and its children) after this many seconds.
        #[arg(long, default_value_t = 600)]
        timeout: u64,
        /// Do not re-run tests to validate fixes (then nothing is applied).
        #[arg(long)]
        no_validate: bool,
        /// Fix test files only. By default fixes that change no behaviour (a syntax error, a missing or misspelled
        /// import, a removed standard-library API) are also made in the project's source files; with this flag
        /// they are only shown.
        #[arg(long)]
        tests_only: bool,
        /// Bound the whole heal to this many seconds: no re-run starts once they are spent, and fixes left
        /// unvalidated say so.
        #[arg(long, default_value_t = maestro_test_healer::runner::session::DEFAULT_BUDGET_SECS)]
        budget: u64,
        /// The test command, after `--`.
        #[arg(last = true, required = true)]
        cmd: Vec<String>,
    },
    /// Propose fixes for one failure without running anything.
    Heal {
        /// The file to heal.
        #[arg(long)]
        file: PathBuf,
        /// The failure message (e.g. "assert 3 == 4", "SyntaxError: expected ':'").
        #[arg(long)]
        message: String,
        /// The failing line (1-based), when known.
        #[arg(long)]
        line: Option<u32>,
        /// The exception type or diagnostic code (AttributeError, TS2339); read from the message when omitted.
        #[arg(long)]
        error_type: Option<String>,
        /// The project folder (for imports, git history and pattern history).
        #[arg(long, default_value = ".")]
        project: PathBuf,
        /// Output: text for people, json for tools (one JSON document on stdout).
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Fix test files only: fixes of the project's source files (a syntax error, an import, a removed
        /// standard-library API) are then only shown, as display-only.
        #[arg(long)]
        tests_only: bool,
    },
    /// Parse a runner's output (a file, or - for stdin) and print the failures as JSON.
    Parse {
        /// The runner output to read; - for stdin.
        #[arg(default_value = "-")]
        input: PathBuf,
        /// The runner that wrote it (pytest, unittest, tsc, vitest, jest, node_test, junit); detected when omitted.
        #[arg(long)]
        runner: Option<String>,
    },
    /// Score the healer on the scenario corpus (or, with --check-references, check every scenario is real: it
    /// fails as shipped and passes with its reference.patch).
    Eval {
        /// The corpus folder (default tests/scenarios).
        #[arg(value_name = "SCENARIOS")]
        corpus: Option<PathBuf>,
        /// Same as the positional argument.
        #[arg(long, conflicts_with = "corpus")]
        scenarios: Option<PathBuf>,
        /// Exit 1 unless at least this share of heal scenarios heal (traps must all be refused, nothing harmful).
        /// With --check-references every scenario must check out.
        #[arg(long, default_value_t = 0.9)]
        min_heal_rate: f64,
        /// Only scenarios whose id contains this.
        #[arg(long)]
        filter: Option<String>,
        /// Check each scenario fails as shipped and passes with its reference.patch, instead of scoring.
        #[arg(long)]
        check_references: bool,
        /// Only every trap and the first heal of each strategy x language (the fast subset CI runs).
        #[arg(long)]
        quick: bool,
        /// Scenarios run in parallel.
        #[arg(long, default_value_t = 2)]
        jobs: usize,
        /// Seconds allowed per scenario run.
        #[arg(long, default_value_t = 180)]
        timeout: u64,
        /// Folder with the pinned runners (scripts/tools.sh), put first on PATH.
        #[arg(long, default_value = ".tools")]
        tools: PathBuf,
        /// Output: text for people, json for tools (one JSON document on stdout).
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Measure the healer on generated refactorings: apply a refactoring from the catalogue (renames, moved
    /// functions, removed defaults, keyword-only parameters, options objects, properties, async, constants...) to
    /// the source of passing projects, commit it, run the healer, and check the tests pass again with only test
    /// files changed and no test or assertion lost. Prints a table per language x kind.
    RefactorEval {
        /// Passing projects: scenario corpora (tests/scenarios), scenario folders or plain project folders.
        #[arg(value_name = "PROJECTS", required = true)]
        projects: Vec<PathBuf>,
        /// Only this language (py or ts).
        #[arg(long)]
        lang: Option<String>,
        /// Breaking cases per language: refactorings are generated and run in order until this many broke the
        /// tests (the ones that did not are reported as not-breaking, not counted).
        #[arg(long, default_value_t = 300)]
        cases: usize,
        /// Seed: the same seed and projects give the same cases.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Cases run in parallel.
        #[arg(long, default_value_t = 2)]
        jobs: usize,
        /// Only these kinds (comma-separated), e.g. rename_function,make_async.
        #[arg(long, value_enum, value_delimiter = ',')]
        kinds: Vec<refactor::Kind>,
        /// Seconds allowed per test or healer run.
        #[arg(long, default_value_t = 180)]
        timeout: u64,
        /// Folder with the pinned runners (scripts/tools.sh), put first on PATH.
        #[arg(long, default_value = ".tools")]
        tools: PathBuf,
        /// Output: text (the table and every case not healed) or json (every case).
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Show what the healer learned from outcomes (.maestro/patterns.json), or reset it.
    Patterns {
        /// The project folder.
        #[arg(long, default_value = ".")]
        project: PathBuf,
        /// Forget everything learned in this project.
        #[arg(long, conflicts_with = "forget")]
        reset: bool,
        /// Forget one pattern, by the key this command lists.
        #[arg(long, value_name = "KEY")]
        forget: Option<String>,
    },
    /// Hunt flaky tests in a passing suite: run it N times (one process per run, shuffled with --random-order),
    /// list the tests that flipped with their pass rate and likely cause, and (with --apply) stabilise them with
    /// fixes that pass the flaky validation's consecutive runs.
    Flaky {
        /// The project folder; the command runs there.
        #[arg(long, default_value = ".")]
        project: PathBuf,
        /// Runs of the whole suite.
        #[arg(long, default_value_t = 20)]
        runs: u32,
        /// Shuffle the test order of every run (pytest, vitest).
        #[arg(long)]
        random_order: bool,
        /// Seed of the shuffles (default: from the clock; printed in the report).
        #[arg(long)]
        seed: Option<u64>,
        /// Write the stabilising fixes that pass validation.
        #[arg(long)]
        apply: bool,
        /// Minimum confidence (0..1) for a fix to be validated and applied.
        #[arg(long, default_value_t = 0.75)]
        threshold: f64,
        /// Kill one run (and its children) after this many seconds.
        #[arg(long, default_value_t = 600)]
        timeout: u64,
        /// Bound the whole hunt to this many seconds.
        #[arg(long, default_value_t = maestro_test_healer::runner::session::DEFAULT_BUDGET_SECS)]
        budget: u64,
        /// Output: text for people, json for tools (one JSON document on stdout).
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// The test command, after `--`.
        #[arg(last = true, required = true)]
        cmd: Vec<String>,
    },
    /// Restore the files the last `run --apply` changed (files edited since are left alone).
    Undo {
        /// The project folder.
        #[arg(long, default_value = ".")]
        project: PathBuf,
    },
}

fn main() -> ExitCode {
    // The exit codes under every subcommand's --help too.
    let matches = Cli::command().mut_subcommands(|c| c.after_help(EXIT_CODES)).get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    match dispatch(cli.command) {
        Ok(code) => ExitCode::from(code),
        Err(message) => {
            eprintln!("maestro-heal: error: {message}");
            ExitCode::from(2)
        }
    }
}

fn dispatch(command: Command) -> Result<u8, String> {
    match command {
        Command::Run {
            project,
            apply,
            threshold,
            format,
            junit,
            runner,
            timeout,
            no_validate,
            tests_only,
            budget,
            cmd,
        } => {
            let mut opts = RunOptions::new(project, cmd);
            opts.apply = apply;
            opts.threshold = threshold;
            opts.junit = junit;
            opts.runner = runner.map(|r| r.parse::<Runner>()).transpose().map_err(|e| e.to_string())?;
            opts.timeout = Duration::from_secs(timeout.max(1));
            opts.validate = !no_validate;
            opts.tests_only = tests_only;
            opts.budget = Duration::from_secs(budget.max(1));
            let mut progress = Progress::new(format == Format::Text);
            let report = heal_run(&opts, &mut |e| progress.event(e)).map_err(|e| e.to_string())?;
            progress.clear();
            match format {
                Format::Json => outln!("{}", serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?),
                Format::Text => out!("{}", render::run_report(&report, color_stdout())),
            }
            Ok(report.exit_code as u8)
        }
        Command::Heal { file, message, line, error_type, project, format, tests_only } => {
            let req = HealRequest {
                file_path: file,
                error_message: message,
                line_number: line,
                error_type,
                ..Default::default()
            };
            let result = heal_one_with(&req, &project, tests_only).map_err(|e| e.to_string())?;
            match format {
                Format::Json => outln!("{}", serde_json::to_string_pretty(&result).map_err(|e| e.to_string())?),
                Format::Text => out!("{}", render::heal_result(&result, color_stdout())),
            }
            Ok(if result.fixes.is_empty() { 1 } else { 0 })
        }
        Command::Parse { input, runner } => {
            let runner = runner.map(|r| r.parse::<Runner>()).transpose().map_err(|e| e.to_string())?;
            let bytes = if input.as_os_str() == "-" {
                let mut buf = Vec::new();
                std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf).map_err(|e| e.to_string())?;
                buf
            } else {
                std::fs::read(&input).map_err(|e| format!("{}: {e}", input.display()))?
            };
            let failures = maestro_test_healer::failure::parse_bytes(&bytes, runner).map_err(|e| e.to_string())?;
            outln!("{}", serde_json::to_string_pretty(&failures).map_err(|e| e.to_string())?);
            Ok(0)
        }
        Command::Eval {
            corpus,
            scenarios,
            min_heal_rate,
            filter,
            check_references,
            quick,
            jobs,
            timeout,
            tools,
            format,
        } => {
            let scenarios = corpus.or(scenarios).unwrap_or_else(|| PathBuf::from("tests/scenarios"));
            // Patches are applied from inside each scenario's temp copy: paths must not be relative.
            let scenarios = std::fs::canonicalize(&scenarios).map_err(|e| format!("{}: {e}", scenarios.display()))?;
            let tools = std::fs::canonicalize(&tools).ok();
            let opts = eval::EvalOptions {
                scenarios,
                filter,
                quick,
                check_references,
                jobs,
                timeout: Duration::from_secs(timeout),
                tools,
            };
            let outcomes = eval::evaluate(&opts, &mut |o, done, total| {
                if format == Format::Text {
                    let mark = if o.passed {
                        "PASS"
                    } else if o.harmful {
                        "HARM"
                    } else {
                        "FAIL"
                    };
                    eprintln!("[{done}/{total}] {mark} {}", o.id);
                }
            })?;
            match format {
                Format::Json => outln!("{}", serde_json::to_string_pretty(&outcomes).map_err(|e| e.to_string())?),
                Format::Text => out!("{}", eval::report(&outcomes)),
            }
            let ok = if check_references {
                outcomes.iter().all(|o| o.passed)
            } else {
                eval::Summary::of(&outcomes).meets(min_heal_rate)
            };
            Ok(if !outcomes.is_empty() && ok { 0 } else { 1 })
        }
        Command::RefactorEval { projects, lang, cases, seed, jobs, kinds, timeout, tools, format } => {
            let python = match lang.as_deref() {
                None => None,
                Some("py" | "python") => Some(true),
                Some("ts" | "typescript") => Some(false),
                Some(other) => return Err(format!("unknown --lang {other:?}: py or ts")),
            };
            let projects = projects
                .iter()
                .map(|p| std::fs::canonicalize(p).map_err(|e| format!("{}: {e}", p.display())))
                .collect::<Result<Vec<_>, _>>()?;
            let opts = refactor::Options {
                projects,
                python,
                cases,
                seed,
                jobs,
                kinds,
                timeout: Duration::from_secs(timeout.max(1)),
                tools: std::fs::canonicalize(&tools).ok(),
            };
            // Progress goes to stderr in both formats: a long run must show it is moving.
            let report = refactor::evaluate(&opts, &mut |c, done, total| {
                eprintln!("[{done}/{total}] {:?} {} [{}] {}", c.verdict, c.project, c.kind.name(), c.title);
            })?;
            match format {
                Format::Json => outln!("{}", serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?),
                Format::Text => {
                    out!("{}", refactor::failures(&report));
                    out!("\n{}", refactor::table(&report));
                }
            }
            let clean = report
                .cases
                .iter()
                .all(|c| !matches!(c.verdict, refactor::Verdict::Harmful | refactor::Verdict::Crash));
            Ok(if clean && !report.cases.is_empty() { 0 } else { 1 })
        }
        Command::Patterns { project, reset, forget } => {
            use maestro_test_healer::patterns::{PatternStore, STORE_PATH};
            let mut store = PatternStore::read(&project).map_err(|e| e.to_string())?;
            if reset {
                let path = project.join(STORE_PATH);
                match std::fs::remove_file(&path) {
                    Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                        return Err(format!("{}: {e}", path.display()))
                    }
                    _ => outln!("forgot every pattern ({} removed)", path.display()),
                }
                return Ok(0);
            }
            if let Some(key) = forget {
                if !store.forget(&key) {
                    return Err(format!("no pattern {key:?}; `maestro-heal patterns` lists the keys"));
                }
                store.save(&project).map_err(|e| e.to_string())?;
                outln!("forgot {key}");
                return Ok(0);
            }
            if store.patterns.is_empty() && store.pending.is_empty() {
                outln!("no history yet: nothing learned in {}", project.display());
            }
            for (key, st) in &store.patterns {
                outln!(
                    "{key}\n    applied {}, validated {}, accepted {}, rejected {}, reverted {}, undone {}",
                    st.applied,
                    st.validated,
                    st.accepted,
                    st.rejected,
                    st.reverted,
                    st.undone
                );
            }
            if !store.pending.is_empty() {
                outln!("{} applied fix(es) waiting to be seen kept or reverted", store.pending.len());
            }
            Ok(0)
        }
        Command::Flaky { project, runs, random_order, seed, apply, threshold, timeout, budget, format, cmd } => {
            if !(0.0..=1.0).contains(&threshold) {
                return Err(format!("threshold {threshold} is outside 0..=1"));
            }
            let mut run = RunOptions::new(project, cmd);
            run.apply = apply;
            run.threshold = threshold;
            run.timeout = Duration::from_secs(timeout.max(1));
            run.budget = Duration::from_secs(budget.max(1));
            let seed = seed.unwrap_or_else(|| {
                std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(1, |d| d.as_nanos() as u64)
            });
            let opts = maestro_test_healer::runner::session::FlakyOptions { run, runs, random_order, seed };
            let mut progress = Progress::new(format == Format::Text);
            let report = maestro_test_healer::runner::session::hunt_flaky(&opts, &mut |e| progress.event(e))
                .map_err(|e| e.to_string())?;
            progress.clear();
            match format {
                Format::Json => outln!("{}", serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?),
                Format::Text => out!("{}", render::flaky_report(&report, color_stdout())),
            }
            Ok(if report.flaky.is_empty() { 0 } else { 1 })
        }
        Command::Undo { project } => {
            let report = maestro_test_healer::runner::apply::undo(&project).map_err(|e| e.to_string())?;
            for p in &report.restored {
                outln!("restored {}", p.display());
            }
            for p in &report.skipped {
                outln!("left alone (edited since the healer wrote it): {}", p.display());
            }
            if report.restored.is_empty() && report.skipped.is_empty() {
                outln!("nothing to undo: every file the last run wrote is already back as it was");
            }
            Ok(0)
        }
    }
}

/// Writes to stdout; a reader that went away (EPIPE) ends the process quietly, as `cat` or `grep` do.
fn write_stdout(args: std::fmt::Arguments) {
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = stdout.write_fmt(args).and_then(|()| stdout.flush()) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("maestro-heal: error: cannot write the output: {e}");
        std::process::exit(2);
    }
}

fn color_stdout() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// Progress on stderr: a line when a command runs longer than a second, and one per validation.
struct Progress {
    enabled: bool,
    tty: bool,
    pending_line: bool,
    announced: Option<String>,
}

impl Progress {
    fn new(enabled: bool) -> Self {
        Progress { enabled, tty: std::io::stderr().is_terminal(), pending_line: false, announced: None }
    }

    fn event(&mut self, e: Event) {
        if !self.enabled {
            return;
        }
        let mut err = std::io::stderr().lock();
        match e {
            Event::StillRunning { command, elapsed } => {
                if self.tty {
                    let _ = write!(err, "\r\x1b[2Kmaestro-heal: running `{command}` … {:.1}s", elapsed.as_secs_f64());
                    self.pending_line = true;
                } else if self.announced.as_deref() != Some(&command) {
                    let _ = writeln!(err, "maestro-heal: running `{command}` (more than 1s so far)");
                    self.announced = Some(command);
                }
            }
            Event::Finished { .. } => self.clear_with(&mut err),
            Event::Validating { title } => {
                self.clear_with(&mut err);
                let _ = writeln!(err, "maestro-heal: validating: {title}");
            }
            Event::Parsed { failures } if failures > 0 => {
                let _ = writeln!(err, "maestro-heal: {failures} failure(s) found; proposing fixes");
            }
            _ => {}
        }
    }

    fn clear_with(&mut self, err: &mut impl Write) {
        if self.pending_line {
            let _ = write!(err, "\r\x1b[2K");
            self.pending_line = false;
        }
    }

    fn clear(&mut self) {
        let mut err = std::io::stderr().lock();
        self.clear_with(&mut err);
    }
}
