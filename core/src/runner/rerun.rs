//! Which runner a command uses, and how to re-run only some of its tests.
//!
//! ```
//! use maestro_test_healer::failure::Runner;
//! use maestro_test_healer::runner::rerun::{rerun_argv, runner_of};
//! let argv: Vec<String> = ["python", "-m", "pytest", "-q", "tests"].map(String::from).to_vec();
//! assert_eq!(runner_of(&argv), Some(Runner::Pytest));
//! let again = rerun_argv(&argv, Runner::Pytest, &["tests/test_a.py::test_x".to_string()], &[]);
//! assert_eq!(again, ["python", "-m", "pytest", "-q", "tests/test_a.py::test_x"]);
//! ```

use crate::failure::Runner;
use crate::runner::command::shell_quote;

/// The runner a command line invokes, when it says so (`pytest`, `python -m unittest`, `vitest`, `jest`,
/// `node --test`, `tsc`, and the type checkers and linters `mypy`, `pyright`, `ruff check`, `eslint`, also
/// through `python -m` or `npx`), looking inside `sh -c "..."` too.
pub fn runner_of(argv: &[String]) -> Option<Runner> {
    let words = effective_words(argv);
    let has =
        |w: &str| words.iter().any(|x| x == w || x.ends_with(&format!("/{w}")) || x.ends_with(&format!("/{w}.js")));
    if has("pytest") || has("py.test") {
        Some(Runner::Pytest)
    } else if has("unittest") {
        Some(Runner::Unittest)
    } else if has("vitest") {
        Some(Runner::Vitest)
    } else if has("jest") {
        Some(Runner::Jest)
    } else if has("tsc") {
        Some(Runner::Tsc)
    } else if (has("node") || words.first().is_some_and(|w| w.ends_with("node"))) && has("--test") {
        Some(Runner::NodeTest)
    } else if has("mypy") {
        Some(Runner::Mypy)
    } else if has("pyright") {
        Some(Runner::Pyright)
    } else if has("ruff") && !has("format") {
        // `ruff format --check` is the formatter: its output has no violations to read.
        Some(Runner::Ruff)
    } else if has("eslint") {
        Some(Runner::Eslint)
    } else {
        None
    }
}

/// The words of the command, splitting the script of `sh -c` / `bash -c`.
pub(crate) fn effective_words(argv: &[String]) -> Vec<String> {
    match shell_script(argv) {
        Some((_, script)) => script.split_whitespace().map(|w| w.trim_matches(['"', '\'']).to_string()).collect(),
        None => argv.to_vec(),
    }
}

/// `(index of the script, script)` for `sh -c SCRIPT` / `bash -c SCRIPT`.
pub(crate) fn shell_script(argv: &[String]) -> Option<(usize, &str)> {
    let shell = argv.first()?.rsplit('/').next()?;
    if !matches!(shell, "sh" | "bash" | "dash" | "zsh") {
        return None;
    }
    let i = argv.iter().position(|a| a == "-c" || a == "-lc")?;
    argv.get(i + 1).map(|s| (i + 1, s.as_str()))
}

/// Whether a `sh -c` script is one simple command that arguments can be added to: no pipe, list, redirection,
/// substitution or second line outside single quotes (`-t '^name$'`, as a re-run writes it, is fine).
pub(crate) fn is_simple_script(script: &str) -> bool {
    let mut quoted = false;
    let mut chars = script.chars();
    while let Some(c) = chars.next() {
        match c {
            // `'\''`, how a quote is written inside a quoted argument (`-t 'the customer'\''s locale'`).
            '\\' if !quoted => {
                chars.next();
            }
            '\'' => quoted = !quoted,
            '&' | '|' | ';' | '>' | '<' | '`' | '$' | '\n' if !quoted => return false,
            _ => {}
        }
    }
    !quoted
}

/// Options of the runners that take a separate value, so the value is not mistaken for a test path.
const VALUE_OPTIONS: &[&str] = &[
    "-p",
    "-k",
    "-m",
    "-c",
    "-o",
    "-W",
    "--rootdir",
    "--junitxml",
    "--junit-xml",
    "--basetemp",
    "--timeout",
    "--confcutdir",
    "--reporter",
    "--outputFile",
    "--config",
    "--root",
    "--dir",
    "-r",
    "--project",
    "--testTimeout",
    "--test-reporter",
    "--test-reporter-destination",
    "--import",
    "--require",
    "--test-name-pattern",
    "-t",
];

/// A command that runs only the given tests. `test_ids` are the runner's ids, `files` the failing test files;
/// runners that cannot filter (tsc, wrapper scripts) get the original command back.
pub fn rerun_argv(argv: &[String], runner: Runner, test_ids: &[String], files: &[String]) -> Vec<String> {
    if let Some((idx, script)) = shell_script(argv) {
        // Only a simple command can take extra arguments at its end.
        if !is_simple_script(script) {
            return argv.to_vec();
        }
        let words: Vec<String> = script.split_whitespace().map(String::from).collect();
        let inner = rerun_argv(&words, runner, test_ids, files);
        let mut out = argv.to_vec();
        out[idx] = inner
            .iter()
            .map(|w| if words.contains(w) { w.clone() } else { shell_quote(w) })
            .collect::<Vec<_>>()
            .join(" ");
        return out;
    }
    if runner_of(argv) != Some(runner) {
        return argv.to_vec();
    }
    // No argument may hold a NUL byte (the process would not even start): such a test is re-run by its file.
    let files: Vec<String> = files.iter().filter(|f| !f.contains('\0')).cloned().collect();
    let files = files.as_slice();
    let usable_ids = !test_ids.is_empty() && test_ids.iter().all(|id| !id.contains('\0'));
    let discover = runner == Runner::Unittest && argv.iter().any(|a| a == "discover");
    let (mut out, targets): (Vec<String>, Vec<String>) = match runner {
        // `unittest discover -s tests` names tests relative to its start folder, which only discovery puts on
        // the path: the command stays as it is and `-k` (any part of a test's full name) selects them.
        Runner::Unittest if usable_ids && discover => {
            (argv.to_vec(), test_ids.iter().flat_map(|id| ["-k".to_string(), id.clone()]).collect())
        }
        Runner::Pytest | Runner::Unittest if usable_ids => (strip_positionals(argv, runner), test_ids.to_vec()),
        Runner::Pytest if !files.is_empty() => (strip_positionals(argv, runner), files.to_vec()),
        Runner::Vitest | Runner::Jest if !files.is_empty() => {
            let mut base = strip_positionals(argv, runner);
            if !test_ids.is_empty() {
                base.push("-t".into());
                base.push(name_pattern(test_ids));
            }
            (base, files.to_vec())
        }
        Runner::NodeTest if !files.is_empty() => (strip_positionals(argv, runner), files.to_vec()),
        _ => return argv.to_vec(),
    };
    out.extend(targets);
    out
}

/// A `-t` pattern selecting the tests by their own names (the last ` > ` segment of each id): every name
/// escaped, NUL bytes and other control characters matched by any character (an argument cannot hold a NUL, and a name
/// with a newline must still match itself), alternatives joined with `|`.
fn name_pattern(test_ids: &[String]) -> String {
    let mut names: Vec<String> = test_ids
        .iter()
        .map(|id| {
            let name = id.rsplit(" > ").next().unwrap_or(id);
            let escaped = regex::escape(name);
            let mut out = String::with_capacity(escaped.len());
            for c in escaped.chars() {
                // `.` skips a newline in JavaScript as in Rust; this class matches any character in both.
                if c.is_control() {
                    out.push_str("[\\s\\S]");
                } else {
                    out.push(c);
                }
            }
            out
        })
        .collect();
    names.sort();
    names.dedup();
    names.join("|")
}

/// Drops the positional test selectors that follow the runner's name, keeping options and their values.
fn strip_positionals(argv: &[String], runner: Runner) -> Vec<String> {
    let marker = match runner {
        Runner::Pytest => "pytest",
        Runner::Unittest => "unittest",
        Runner::Vitest => "vitest",
        Runner::Jest => "jest",
        Runner::NodeTest => "--test",
        _ => return argv.to_vec(),
    };
    let Some(start) = argv.iter().position(|a| a == marker || a.ends_with(&format!("/{marker}"))) else {
        return argv.to_vec();
    };
    let mut out: Vec<String> = argv[..=start].to_vec();
    let mut i = start + 1;
    while i < argv.len() {
        let a = &argv[i];
        if a.starts_with('-') {
            out.push(a.clone());
            if VALUE_OPTIONS.contains(&a.as_str()) {
                if let Some(v) = argv.get(i + 1) {
                    out.push(v.clone());
                    i += 1;
                }
            }
        } else if matches!(runner, Runner::Vitest) && matches!(a.as_str(), "run" | "watch" | "related") {
            // vitest's subcommand, not a filter.
            out.push(a.clone());
        } else if matches!(runner, Runner::Unittest) && a == "discover" {
            // `unittest discover` takes ids only without the subcommand.
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn unittest_discovery_keeps_its_start_folder_and_selects_by_name() {
        let ids = vec!["test_report.RenderWeekTest.test_total".to_string()];
        assert_eq!(
            rerun_argv(&v("python -m unittest discover -s tests -v"), Runner::Unittest, &ids, &[]),
            v("python -m unittest discover -s tests -v -k test_report.RenderWeekTest.test_total")
        );
        assert_eq!(
            rerun_argv(&v("python -m unittest -v tests.test_report"), Runner::Unittest, &ids, &[]),
            v("python -m unittest -v test_report.RenderWeekTest.test_total")
        );
    }

    #[test]
    fn a_quote_written_inside_a_quoted_argument_keeps_the_script_simple() {
        // Before: a test named "keeps the customer's locale" made every re-run of its file go without capture.
        let name = crate::runner::command::shell_quote("^keeps the customer's locale$");
        assert!(is_simple_script(&format!("vitest run lib/a.spec.ts -t {name}")));
        assert!(!is_simple_script("vitest run -t 'a'\\''b' && rm -rf x"));
        assert!(!is_simple_script("vitest run $ARGS"));
    }

    #[test]
    fn detects_runners_from_commands() {
        assert_eq!(runner_of(&v("python -m pytest -q")), Some(Runner::Pytest));
        assert_eq!(runner_of(&v("./node_modules/.bin/vitest run")), Some(Runner::Vitest));
        assert_eq!(runner_of(&v("npx jest")), Some(Runner::Jest));
        assert_eq!(runner_of(&v("node --test test/")), Some(Runner::NodeTest));
        assert_eq!(runner_of(&v("npx tsc --noEmit")), Some(Runner::Tsc));
        assert_eq!(runner_of(&v("python -m unittest -v")), Some(Runner::Unittest));
        assert_eq!(runner_of(&v("mypy src")), Some(Runner::Mypy));
        assert_eq!(runner_of(&v("python -m mypy --strict .")), Some(Runner::Mypy));
        assert_eq!(runner_of(&v("npx pyright --outputjson")), Some(Runner::Pyright));
        assert_eq!(runner_of(&v("ruff check .")), Some(Runner::Ruff));
        assert_eq!(runner_of(&v("python -m ruff check --output-format json")), Some(Runner::Ruff));
        assert_eq!(runner_of(&v("ruff format --check .")), None);
        assert_eq!(runner_of(&v("npx eslint -f json src")), Some(Runner::Eslint));
        assert_eq!(runner_of(&v("./node_modules/.bin/eslint .")), Some(Runner::Eslint));
        assert_eq!(runner_of(&["sh".into(), "-c".into(), "ruff check src".into()]), Some(Runner::Ruff));
        assert_eq!(
            runner_of(&["sh".into(), "-c".into(), "python -m pytest -q -p no:cacheprovider".into()]),
            Some(Runner::Pytest)
        );
        assert_eq!(runner_of(&v("npm test")), None);
    }

    #[test]
    fn pytest_reruns_node_ids_keeping_options() {
        let ids = vec!["tests/test_a.py::test_x".to_string()];
        assert_eq!(
            rerun_argv(&v("python -m pytest -q -p no:cacheprovider tests/"), Runner::Pytest, &ids, &[]),
            v("python -m pytest -q -p no:cacheprovider tests/test_a.py::test_x")
        );
        let sh = vec!["sh".into(), "-c".into(), "python -m pytest -q".to_string()];
        assert_eq!(rerun_argv(&sh, Runner::Pytest, &ids, &[])[2], "python -m pytest -q tests/test_a.py::test_x");
        let complex = vec!["sh".into(), "-c".into(), "cd x && pytest".to_string()];
        assert_eq!(rerun_argv(&complex, Runner::Pytest, &ids, &[]), complex);
    }

    #[test]
    fn vitest_reruns_a_file_and_a_name() {
        let ids = vec!["src/cart.test.ts > Cart > adds (2) items".to_string()];
        let files = vec!["src/cart.test.ts".to_string()];
        let mut expected = v("npx vitest run --reporter=dot -t");
        expected.push("adds \\(2\\) items".into());
        expected.push("src/cart.test.ts".into());
        assert_eq!(rerun_argv(&v("npx vitest run --reporter=dot src/"), Runner::Vitest, &ids, &files), expected);
    }

    #[test]
    fn many_tests_rerun_in_one_command_and_hostile_names_never_reach_an_argument_raw() {
        let ids: Vec<String> =
            ["a.test.ts > adds", "b.test.ts > S > it's \"quoted\" [x]*", "a.test.ts > nul\0here\nline"]
                .map(String::from)
                .to_vec();
        let files = vec!["a.test.ts".to_string(), "b.test.ts".to_string()];
        let argv = rerun_argv(&v("npx vitest run"), Runner::Vitest, &ids, &files);
        let pattern = &argv[argv.iter().position(|a| a == "-t").unwrap() + 1];
        assert!(argv.iter().all(|a| !a.contains('\0')), "{argv:?}");
        let re = regex::Regex::new(pattern).unwrap();
        for name in ["adds", "it's \"quoted\" [x]*", "nul\0here\nline"] {
            assert!(re.is_match(name), "{pattern} does not select {name:?}");
        }
        assert!(!re.is_match("it's quoted x"), "{pattern} is not escaped");
        assert_eq!(&argv[argv.len() - 2..], files.as_slice());
        // pytest: every id in one command; an id with a NUL byte makes it fall back to the files.
        let py = vec!["t/a.py::test_x".to_string(), "t/a.py::test_y[a b]".to_string()];
        assert_eq!(&rerun_argv(&v("pytest -q"), Runner::Pytest, &py, &[])[2..], py.as_slice());
        let nul = vec!["t/a.py::test_z[\0]".to_string()];
        assert_eq!(rerun_argv(&v("pytest -q"), Runner::Pytest, &nul, &["t/a.py".into()]), v("pytest -q t/a.py"));
    }

    #[test]
    fn node_test_reruns_files_and_tsc_reruns_everything() {
        let files = vec!["test/cart.test.mjs".to_string()];
        assert_eq!(
            rerun_argv(&v("node --test test/"), Runner::NodeTest, &[], &files),
            v("node --test test/cart.test.mjs")
        );
        assert_eq!(rerun_argv(&v("npx tsc --noEmit"), Runner::Tsc, &[], &files), v("npx tsc --noEmit"));
        assert_eq!(rerun_argv(&v("npm test"), Runner::Vitest, &[], &files), v("npm test"));
    }
}
