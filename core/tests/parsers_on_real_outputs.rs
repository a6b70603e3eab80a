//! Every parser against output captured from the real tools (scripts/capture-runner-outputs.sh).
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use maestro_test_healer::failure::{parse, Failure, Runner};

fn load(name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/outputs").join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
#[ignore = "debugging aid: prints what every capture parses to"]
fn dump_all() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/outputs");
    let mut names: Vec<_> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    for n in names {
        let text = load(&n);
        let r = parse(&text, None);
        println!("=== {n}: {:?}", r.as_ref().map(|v| v.len()));
        for f in r.unwrap_or_default() {
            println!("  {:?} id={:?} file={:?} line={:?} col={:?} type={:?}\n    msg={:?} exp={:?} act={:?} frames={} runner={:?}", f.kind, f.test_id, f.file, f.line, f.column, f.error_type, f.message, f.expected, f.actual, f.frames.len(), f.runner);
        }
    }
}

/// Parses a capture with the runner named and checks detection agrees.
fn parse_as(name: &str, runner: Runner) -> Vec<Failure> {
    let text = load(name);
    let detected = maestro_test_healer::failure::detect_runner(&maestro_test_healer::failure::strip_ansi(&text));
    assert_eq!(detected, Some(runner), "{name} detected as {detected:?}");
    let explicit = parse(&text, Some(runner)).unwrap();
    assert_eq!(parse(&text, None).unwrap(), explicit, "{name}: detection changed the result");
    explicit
}

fn by_id<'a>(failures: &'a [Failure], id: &str) -> &'a Failure {
    failures
        .iter()
        .find(|f| f.test_id.as_deref() == Some(id))
        .unwrap_or_else(|| panic!("no failure {id} in {:?}", failures.iter().map(|f| &f.test_id).collect::<Vec<_>>()))
}

fn ids(failures: &[Failure]) -> Vec<&str> {
    failures.iter().filter_map(|f| f.test_id.as_deref()).collect()
}

fn p(s: &str) -> Option<PathBuf> {
    Some(PathBuf::from(s))
}

fn s(v: &str) -> Option<String> {
    Some(v.to_string())
}

/// The test failures of tests/test_asserts.py (and, when `with_slow`, of test_unittest_case.py and
/// test_slow.py, which the `--tb=short` and `-vv` captures do not run), as pytest reports them in every mode.
fn check_pytest_test_failures(failures: &[Failure], with_slow: bool) {
    let f = by_id(failures, "tests/test_asserts.py::test_add_ints");
    assert_eq!(f.kind, FailureKind::TestFailure);
    assert_eq!(f.file, p("tests/test_asserts.py"));
    assert_eq!(f.line, Some(5));
    assert_eq!(f.error_type, s("AssertionError"));
    assert_eq!(f.message, "assert 4 == 3");
    assert_eq!((f.actual.as_deref(), f.expected.as_deref()), (Some("4"), Some("3")));
    assert!(f.raw.contains("where 4 = add(1, 2)"), "{}", f.raw);
    assert!(!f.raw.contains("test_greet_string"), "raw leaks into the next block");

    let f = by_id(failures, "tests/test_asserts.py::test_greet_string");
    assert_eq!((f.actual.as_deref(), f.expected.as_deref()), (Some("'Hello, World'"), Some("'Hello, world!'")));
    assert_eq!(f.line, Some(9));

    let f = by_id(failures, "tests/test_asserts.py::test_evens_list");
    assert_eq!((f.actual.as_deref(), f.expected.as_deref()), (Some("[1, 3, 5]"), Some("[0, 2, 4]")));
    assert!(f.raw.contains("Full diff"));

    let f = by_id(failures, "tests/test_asserts.py::test_config_dict");
    assert_eq!(f.line, Some(17));
    assert!(f.actual.as_deref().unwrap().starts_with("{'debug': Fal"));
    assert!(f.expected.as_deref().unwrap().starts_with("{'debug': Tru"));

    let f = by_id(failures, "tests/test_asserts.py::test_long_list");
    assert_eq!(f.line, Some(21));
    assert!(f.actual.as_deref().unwrap().starts_with("[0, 1, 2"));

    // Raised in src/calc.py, reported against the test's own line.
    let f = by_id(failures, "tests/test_asserts.py::TestRatio::test_ratio_from_source");
    assert_eq!(f.error_type, s("ZeroDivisionError"));
    assert_eq!(f.message, "division by zero");
    assert_eq!(f.file, p("tests/test_asserts.py"));
    assert_eq!(f.line, Some(30));
    assert_eq!(f.expected, None);
    let frame_files: Vec<_> = f.frames.iter().map(|fr| fr.file.to_string_lossy().to_string()).collect();
    assert_eq!(frame_files, ["tests/test_asserts.py", "src/calc.py", "src/calc.py"]);
    assert_eq!(f.frames.last().unwrap().line, 21);
    assert_eq!(f.frames[1].function.as_deref(), Some("parse_ratio"));

    let f = by_id(failures, "tests/test_asserts.py::TestRatio::test_name_error");
    assert_eq!(f.error_type, s("NameError"));
    assert_eq!(f.message, "name 'undefined_helper' is not defined");
    assert_eq!(f.line, Some(33));

    if with_slow {
        let f = by_id(failures, "tests/test_unittest_case.py::TestCalc::test_add_equal");
        assert_eq!((f.actual.as_deref(), f.expected.as_deref()), (Some("5"), Some("4")));
        assert_eq!(f.file, p("tests/test_unittest_case.py"));
        assert_eq!(f.line, Some(8));

        let f = by_id(failures, "tests/test_slow.py::test_sleeps_too_long");
        assert_eq!(f.kind, FailureKind::Timeout);
        assert_eq!(f.message, "Timeout >1.0s");
        assert_eq!(f.line, Some(8));
    }
    assert!(failures.iter().all(|f| f.runner == failures[0].runner));
}

fn check_pytest_collection_errors(failures: &[Failure]) {
    let f = by_id(failures, "tests/test_missing_module.py");
    assert_eq!(f.kind, FailureKind::ImportError);
    assert_eq!(f.error_type, s("ModuleNotFoundError"));
    assert_eq!(f.message, "No module named 'nonexistent_helpers'");
    assert_eq!(f.file, p("tests/test_missing_module.py"));
    assert_eq!(f.line, Some(1));

    let f = by_id(failures, "tests/test_syntax.py");
    assert_eq!(f.kind, FailureKind::SyntaxError);
    assert_eq!(f.error_type, s("SyntaxError"));
    assert_eq!(f.message, "'[' was never closed");
    assert_eq!(f.file, p("tests/test_syntax.py"));
    assert_eq!(f.line, Some(2));
}

use maestro_test_healer::failure::FailureKind;

#[test]
fn pytest_default() {
    let f = parse_as("pytest-default.txt", Runner::Pytest);
    assert_eq!(f.len(), 9);
    check_pytest_test_failures(&f, true);
    assert!(f.iter().all(|f| f.runner == Runner::Pytest));
}

#[test]
fn pytest_quiet() {
    let f = parse_as("pytest-q.txt", Runner::Pytest);
    assert_eq!(f.len(), 9);
    check_pytest_test_failures(&f, true);
}

#[test]
fn pytest_tb_short_and_vv_and_ra() {
    let short = parse_as("pytest-tb-short.txt", Runner::Pytest);
    assert_eq!(short.len(), 7);
    check_pytest_test_failures(&short, false);
    let vv = parse_as("pytest-vv.txt", Runner::Pytest);
    assert_eq!(vv.len(), 7);
    let f = by_id(&vv, "tests/test_asserts.py::test_config_dict");
    // -vv prints the values whole.
    assert_eq!(f.expected, s("{'debug': True, 'level': 3, 'name': 'app'}"));
    assert_eq!(f.actual, s("{'debug': False, 'level': 3, 'name': 'app'}"));
    let ra = parse_as("pytest-rA.txt", Runner::Pytest);
    assert_eq!(ra.len(), 8);
    assert!(!ids(&ra).contains(&"tests/test_asserts.py::test_passes"), "PASSED lines are not failures");
}

#[test]
fn pytest_collection_errors() {
    let f = parse_as("pytest-collection.txt", Runner::Pytest);
    assert_eq!(f.len(), 2);
    check_pytest_collection_errors(&f);
}

#[test]
fn pytest_collection_errors_and_failures_together() {
    let f = parse_as("pytest-continue.txt", Runner::Pytest);
    assert_eq!(f.len(), 11);
    check_pytest_collection_errors(&f);
    check_pytest_test_failures(&f, true);
}

#[test]
fn pytest_passing_run_is_empty() {
    assert_eq!(parse_as("pytest-pass.txt", Runner::Pytest), vec![]);
}

#[test]
fn junit_from_pytest() {
    let f = parse_as("junit-pytest.xml", Runner::Junit);
    assert_eq!(f.len(), 11);
    check_pytest_collection_errors(&f);
    check_pytest_test_failures(&f, true);
    assert!(f.iter().all(|f| f.runner == Runner::Junit));
}

#[test]
fn unittest_verbose() {
    let f = parse_as("unittest-verbose.txt", Runner::Unittest);
    assert_eq!(f.len(), 4);
    let a = by_id(&f, "unit.test_unit_calc.TestAdd.test_add_equal");
    assert_eq!(a.kind, FailureKind::TestFailure);
    assert_eq!(a.file, p("unit/test_unit_calc.py"));
    assert_eq!(a.line, Some(8));
    assert_eq!(a.error_type, s("AssertionError"));
    assert_eq!((a.actual.as_deref(), a.expected.as_deref()), (Some("5"), Some("4")));
    let g = by_id(&f, "unit.test_unit_calc.TestAdd.test_greet");
    assert_eq!((g.actual.as_deref(), g.expected.as_deref()), (Some("'Hello, Bob'"), Some("'Hi, Bob'")));
    assert!(g.raw.contains("+ Hi, Bob"));
    let r = by_id(&f, "unit.test_unit_calc.TestRatio.test_ratio_raises");
    assert_eq!(r.error_type, s("ZeroDivisionError"));
    assert_eq!(r.line, Some(19));
    assert_eq!(r.frames.len(), 3);
    assert_eq!(r.frames[2].function.as_deref(), Some("divide"));
    let t = by_id(&f, "unit.test_unit_calc.TestRatio.test_truthy");
    assert_eq!(t.message, "0 is not true");
    assert_eq!(t.expected, None);
    assert!(!t.raw.contains("Ran 5 tests"));
}

#[test]
fn unittest_default_with_import_error() {
    let f = parse_as("unittest-default.txt", Runner::Unittest);
    assert_eq!(f.len(), 5);
    let i = by_id(&f, "unit.test_unit_import");
    assert_eq!(i.kind, FailureKind::ImportError);
    assert_eq!(i.error_type, s("ModuleNotFoundError"));
    assert_eq!(i.message, "No module named 'missing_unit_dep'");
    assert_eq!(i.file, p("unit/test_unit_import.py"));
    assert_eq!(i.line, Some(3));
}

#[test]
fn raw_traceback() {
    let f = parse_as("traceback-script.txt", Runner::Traceback);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].error_type, s("ZeroDivisionError"));
    assert_eq!(f[0].file, p("src/calc.py"));
    assert_eq!(f[0].line, Some(21));
    assert_eq!(f[0].frames.len(), 5);
    assert_eq!(f[0].frames[0].file, PathBuf::from("script.py"));
    assert_eq!(f[0].frames[0].line, 11);
}

#[test]
fn raw_syntax_error() {
    let f = parse_as("traceback-syntax.txt", Runner::Traceback);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].kind, FailureKind::SyntaxError);
    assert_eq!(f[0].file, p("syntax_script.py"));
    assert_eq!(f[0].line, Some(1));
    assert_eq!(f[0].message, "invalid syntax");
}

fn check_tsc(f: &[Failure]) {
    let got: Vec<(&str, u32, u32)> =
        f.iter().map(|d| (d.error_type.as_deref().unwrap(), d.line.unwrap(), d.column.unwrap())).collect();
    assert_eq!(
        got,
        [
            ("TS2307", 2, 25),
            ("TS2304", 7, 19),
            ("TS2339", 8, 16),
            ("TS2551", 9, 16),
            ("TS2554", 10, 37),
            ("TS2345", 15, 8)
        ]
    );
    assert!(f.iter().all(|d| d.file == p("tsc-errors/errors.ts")));
    assert_eq!(f[0].kind, FailureKind::ImportError);
    assert_eq!(f[1].kind, FailureKind::TypeError);
    assert_eq!(f[1].message, "Cannot find name 'totl'.");
    assert_eq!(f[3].message, "Property 'totl' does not exist on type 'Cart'. Did you mean 'total'?");
}

#[test]
fn tsc_plain() {
    let f = parse_as("tsc-plain.txt", Runner::Tsc);
    assert_eq!(f.len(), 6);
    check_tsc(&f);
}

#[test]
fn tsc_pretty_with_colour() {
    assert!(load("tsc-pretty.txt").contains('\u{1b}'), "the capture should keep tsc's colour codes");
    let f = parse_as("tsc-pretty.txt", Runner::Tsc);
    assert_eq!(f.len(), 6);
    check_tsc(&f);
    assert!(f[1].raw.contains("const t: number = totl;"));
}

fn check_vitest(f: &[Failure]) {
    let a = by_id(f, "vitest/cart.test.ts > Cart > sums the total");
    assert_eq!(a.file, p("vitest/cart.test.ts"));
    assert_eq!((a.line, a.column), (Some(9), Some(26)));
    assert_eq!(a.error_type, s("AssertionError"));
    assert_eq!((a.expected.as_deref(), a.actual.as_deref()), (Some("5"), Some("6")));
    let b = by_id(f, "vitest/cart.test.ts > Cart > lists names");
    assert_eq!((b.expected.as_deref(), b.actual.as_deref()), (Some("[ 'pen' ]"), Some("[ 'PEN' ]")));
    assert_eq!(b.line, Some(15));
    let c = by_id(f, "vitest/cart.test.ts > Cart > parsePrice > throws on garbage");
    assert_eq!(c.message, "expected [Function] to throw an error");
    assert_eq!(c.line, Some(20));
    let d = by_id(f, "vitest/cart.test.ts > waits too long");
    assert_eq!(d.kind, FailureKind::Timeout);
    assert_eq!(d.line, Some(29));
}

#[test]
fn vitest_default() {
    let f = parse_as("vitest-default.txt", Runner::Vitest);
    assert_eq!(f.len(), 4);
    check_vitest(&f);
    assert!(f.iter().all(|f| f.runner == Runner::Vitest));
    assert!(!f[0].raw.contains("lists names"));
}

#[test]
fn junit_from_vitest() {
    let f = parse_as("junit-vitest.xml", Runner::Junit);
    assert_eq!(f.len(), 4);
    check_vitest(&f);
}

#[test]
fn jest_default() {
    let f = parse_as("jest-default.txt", Runner::Jest);
    assert_eq!(f.len(), 3);
    let a = by_id(&f, "jest/cart.test.cjs > Cart > sums the total");
    assert_eq!(a.file, p("jest/cart.test.cjs"));
    assert_eq!((a.line, a.column), (Some(16), Some(27)));
    assert_eq!((a.expected.as_deref(), a.actual.as_deref()), (Some("5"), Some("6")));
    assert_eq!(a.error_type, s("AssertionError"));
    assert_eq!(a.runner, Runner::Jest);
    let b = by_id(&f, "jest/cart.test.cjs > Cart > builds the summary");
    assert_eq!(b.line, Some(20));
    assert!(b.raw.contains("\"pads\""));
    let c = by_id(&f, "jest/cart.test.cjs > Cart > parsePrice > throws on garbage");
    assert_eq!(c.expected, s("\"not a price\""));
    assert_eq!(c.line, Some(25));
}

#[test]
fn junit_from_jest() {
    let f = parse_as("junit-jest.xml", Runner::Junit);
    assert_eq!(f.len(), 3);
    let a = by_id(&f, "jest/cart.test.cjs > Cart sums the total");
    assert_eq!(a.file, p("jest/cart.test.cjs"));
    assert_eq!(a.line, Some(16));
    assert_eq!((a.expected.as_deref(), a.actual.as_deref()), (Some("5"), Some("6")));
    assert_eq!(a.error_type, s("AssertionError"));
}

fn check_node(f: &[Failure], list: (&str, &str)) {
    assert_eq!(f.len(), 4);
    let a = by_id(f, "node/math.test.mjs > adds numbers");
    assert_eq!(a.file, p("node/math.test.mjs"));
    assert_eq!((a.line, a.column), (Some(9), Some(10)));
    assert_eq!(a.error_type, s("AssertionError"));
    assert_eq!((a.expected.as_deref(), a.actual.as_deref()), (Some("3"), Some("4")));
    let b = by_id(f, "node/math.test.mjs > builds a list");
    assert_eq!((b.expected.as_deref(), b.actual.as_deref()), (Some(list.0), Some(list.1)));
    assert_eq!(b.line, Some(13));
    let c = by_id(f, "node/math.test.mjs > strings > greets");
    assert_eq!((c.expected.as_deref(), c.actual.as_deref()), (Some("'Hello Bob'"), Some("'Hello bob'")));
    assert_eq!(c.line, Some(18));
    let d = by_id(f, "node/math.test.mjs > throws from code");
    assert_eq!(d.error_type, s("SyntaxError"));
    assert_eq!(d.kind, FailureKind::TestFailure, "a JSON.parse SyntaxError at run time is not a source syntax error");
    assert_eq!(d.line, Some(27));
    assert!(f.iter().all(|f| f.runner == Runner::NodeTest));
}

#[test]
fn node_test_tap() {
    check_node(&parse_as("node_test-tap.txt", Runner::NodeTest), ("[2, 4, 7]", "[2, 4, 6]"));
    check_node(&parse_as("node_test-default-piped.txt", Runner::NodeTest), ("[2, 4, 7]", "[2, 4, 6]"));
}

#[test]
fn node_test_spec() {
    check_node(&parse_as("node_test-spec.txt", Runner::NodeTest), ("[ 2, 4, 7 ]", "[ 2, 4, 6 ]"));
}

#[test]
fn every_capture_is_covered_and_foreign_runners_refuse() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/outputs");
    let names: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    assert!(names.len() >= 20, "{names:?}");
    for name in names {
        let text = load(&name);
        let own =
            maestro_test_healer::failure::detect_runner(&maestro_test_healer::failure::strip_ansi(&text)).unwrap();
        for other in Runner::ALL {
            let r = parse(&text, Some(other));
            // A parser never panics on another runner's output, and refuses what carries none of its markers.
            if other != own && r.is_ok() {
                // Only families that genuinely share formats may accept each other's text.
                let shared = matches!(
                    (own, other),
                    (Runner::Vitest | Runner::Jest, Runner::Vitest | Runner::Jest)
                        | (Runner::Unittest | Runner::Pytest | Runner::Junit, Runner::Traceback)
                );
                assert!(shared, "{name}: {other:?} accepted {own:?} output");
            }
        }
    }
}

#[test]
fn pytest_with_forced_colour() {
    assert!(load("pytest-color.txt").contains('\u{1b}'));
    let f = parse_as("pytest-color.txt", Runner::Pytest);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].test_id, s("tests/test_asserts.py::test_add_ints"));
    assert_eq!(f[0].line, Some(5));
    assert_eq!((f[0].actual.as_deref(), f[0].expected.as_deref()), (Some("4"), Some("3")));
}

#[test]
fn vitest_suites_that_fail_to_load() {
    let f = parse_as("vitest-suite-errors.txt", Runner::Vitest);
    assert_eq!(f.len(), 2);
    let m = by_id(&f, "vitest-broken/missing.test.ts");
    assert_eq!(m.kind, FailureKind::ImportError);
    assert_eq!(m.file, p("vitest-broken/missing.test.ts"));
    assert_eq!(m.line, Some(2));
    assert!(m.message.starts_with("Cannot find module './does-not-exist'"), "{}", m.message);
    let s_ = by_id(&f, "vitest-broken/syntax.test.ts");
    assert_eq!(s_.kind, FailureKind::SyntaxError);
    assert_eq!((s_.line, s_.column), (Some(4), Some(25)));
}

#[test]
fn jest_suites_that_fail_to_load() {
    let f = parse_as("jest-suite-errors.txt", Runner::Jest);
    assert_eq!(f.len(), 2);
    let m = by_id(&f, "jest-broken/missing.test.cjs");
    assert_eq!(m.kind, FailureKind::ImportError);
    assert_eq!(m.line, Some(1));
    assert_eq!(m.message, "Cannot find module './does-not-exist' from 'jest-broken/missing.test.cjs'");
    let s_ = by_id(&f, "jest-broken/syntax.test.cjs");
    assert_eq!(s_.kind, FailureKind::SyntaxError);
    assert_eq!(s_.error_type, s("SyntaxError"));
    assert_eq!(s_.message, "Unexpected token ';'");
    assert_eq!(s_.line, Some(2));
}

// --- type checkers and linters (scripts/capture-linter-outputs.sh, tests/fixtures/linters/) ---------------------

/// `(file, line, column, error_type, message)`, for exact comparisons of diagnostics.
type Diag = (String, u32, Option<u32>, Option<String>, String);
type Want<'a> = (&'a str, u32, Option<u32>, Option<&'a str>, &'a str);

fn diagnostics(f: &[Failure]) -> Vec<Diag> {
    f.iter()
        .map(|d| {
            let file = d.file.as_ref().unwrap().to_string_lossy().into_owned();
            (file, d.line.unwrap(), d.column, d.error_type.clone(), d.message.clone())
        })
        .collect()
}

fn owned(want: &[Want<'_>]) -> Vec<Diag> {
    want.iter().map(|(f, l, c, t, m)| (f.to_string(), *l, *c, t.map(String::from), m.to_string())).collect()
}

fn check_diagnostics(f: &[Failure], want: &[Want<'_>]) {
    assert_eq!(diagnostics(f), owned(want));
}

/// mypy's errors on the fixture, columns as the text form prints them (1-based).
const MYPY: [Want<'static>; 6] = [
    (
        "src/shop/money.py",
        22,
        Some(38),
        Some("list-item"),
        "List item 1 has incompatible type \"str\"; expected \"Money\"",
    ),
    (
        "src/shop/report.py",
        1,
        Some(1),
        Some("import-not-found"),
        "Cannot find implementation or library stub for module named \"shop.missing_module\"",
    ),
    ("src/shop/report.py", 6, Some(24), Some("operator"), "Unsupported operand types for + (\"str\" and \"int\")"),
    ("src/shop/report.py", 6, Some(34), Some("name-defined"), "Name \"undefined_name\" is not defined"),
    (
        "src/shop/cart.py",
        17,
        Some(16),
        Some("return-value"),
        "Incompatible return value type (got \"str\", expected \"int\")",
    ),
    ("src/shop/cart.py", 34, Some(12), Some("attr-defined"), "\"Money\" has no attribute \"centz\"; maybe \"cents\"?"),
];

#[test]
fn mypy_text() {
    let f = parse_as("mypy-text.txt", Runner::Mypy);
    check_diagnostics(&f, &MYPY);
    assert_eq!(f[1].kind, FailureKind::ImportError);
    assert!(f[1].raw.contains("note: See https://mypy.readthedocs.io"), "{}", f[1].raw);
    assert!(f
        .iter()
        .filter(|d| d.error_type.as_deref() != Some("import-not-found"))
        .all(|d| d.kind == FailureKind::TypeError));
    assert!(f.iter().all(|d| d.runner == Runner::Mypy && d.test_id.is_none()));
}

#[test]
fn mypy_without_columns() {
    let f = parse_as("mypy-no-columns.txt", Runner::Mypy);
    let want: Vec<_> = MYPY.iter().map(|(a, b, _, d, e)| (*a, *b, None, *d, *e)).collect();
    check_diagnostics(&f, &want);
}

#[test]
fn mypy_json_agrees_with_the_text() {
    let json = parse_as("mypy-json.txt", Runner::Mypy);
    check_diagnostics(&json, &MYPY);
    let text = parse_as("mypy-text.txt", Runner::Mypy);
    assert_eq!(json.iter().map(|f| f.kind).collect::<Vec<_>>(), text.iter().map(|f| f.kind).collect::<Vec<_>>());
    assert!(json[1].raw.contains("missing-imports"));
}

#[test]
fn mypy_syntax_error_and_clean_run() {
    let f = parse_as("mypy-syntax.txt", Runner::Mypy);
    check_diagnostics(&f, &[("broken/syntax.py", 2, Some(23), Some("syntax"), "Expected `)`, found newline")]);
    assert_eq!(f[0].kind, FailureKind::SyntaxError);
    assert_eq!(parse_as("mypy-pass.txt", Runner::Mypy), vec![]);
}

/// pyright's errors on the fixture: the first line of each message, the rule as error_type.
const PYRIGHT: [Want<'static>; 6] = [
    ("src/shop/cart.py", 17, Some(16), Some("reportReturnType"), "Type \"str\" is not assignable to return type \"int\""),
    ("src/shop/cart.py", 34, Some(18), Some("reportAttributeAccessIssue"), "Cannot access attribute \"centz\" for class \"Money\""),
    (
        "src/shop/money.py",
        22,
        Some(38),
        Some("reportArgumentType"),
        "Argument of type \"list[Money | str]\" cannot be assigned to parameter \"prices\" of type \"list[Money]\" in function \"total_of\"",
    ),
    ("src/shop/report.py", 1, Some(6), Some("reportMissingImports"), "Import \"shop.missing_module\" could not be resolved"),
    (
        "src/shop/report.py",
        6,
        Some(12),
        Some("reportOperatorIssue"),
        "Operator \"+\" not supported for types \"Literal['total: ']\" and \"int\"",
    ),
    ("src/shop/report.py", 6, Some(34), Some("reportUndefinedVariable"), "\"undefined_name\" is not defined"),
];

#[test]
fn pyright_text() {
    let f = parse_as("pyright-text.txt", Runner::Pyright);
    check_diagnostics(&f, &PYRIGHT);
    assert!(f[0].raw.contains("\"str\" is not assignable to \"int\" (reportReturnType)"), "{}", f[0].raw);
    let kinds: Vec<_> = f.iter().map(|d| d.kind).collect();
    use FailureKind::{ImportError, TypeError};
    assert_eq!(kinds, [TypeError, TypeError, TypeError, ImportError, TypeError, TypeError]);
}

#[test]
fn pyright_json_agrees_with_the_text() {
    let json = parse_as("pyright-json.json", Runner::Pyright);
    check_diagnostics(&json, &PYRIGHT);
    let text = parse_as("pyright-text.txt", Runner::Pyright);
    assert_eq!(json.iter().map(|f| f.kind).collect::<Vec<_>>(), text.iter().map(|f| f.kind).collect::<Vec<_>>());
}

#[test]
fn pyright_syntax_errors_and_clean_run() {
    let f = parse_as("pyright-syntax.txt", Runner::Pyright);
    check_diagnostics(
        &f,
        &[
            ("broken/syntax.py", 2, Some(15), None, "\"(\" was not closed"),
            ("broken/syntax.py", 7, Some(1), None, "Statements must be separated by newlines or semicolons"),
        ],
    );
    assert!(f.iter().all(|d| d.kind == FailureKind::SyntaxError));
    assert_eq!(parse_as("pyright-pass.txt", Runner::Pyright), vec![]);
}

/// ruff's violations on the fixture, identical in every output form.
const RUFF: [Want<'static>; 11] = [
    ("src/shop/cart.py", 1, Some(1), Some("I001"), "Import block is un-sorted or un-formatted"),
    ("src/shop/cart.py", 1, Some(8), Some("F401"), "`os` imported but unused"),
    ("src/shop/cart.py", 2, Some(1), Some("E401"), "Multiple imports on one line"),
    ("src/shop/cart.py", 2, Some(8), Some("F401"), "`sys` imported but unused"),
    ("src/shop/cart.py", 2, Some(13), Some("F401"), "`json` imported but unused"),
    ("src/shop/cart.py", 20, Some(9), Some("F841"), "Local variable `unused` is assigned to but never used"),
    ("src/shop/cart.py", 23, Some(34), Some("UP045"), "Use `X | None` for type annotations"),
    ("src/shop/cart.py", 32, Some(17), Some("E711"), "Comparison to `None` should be `cond is None`"),
    ("src/shop/cart.py", 33, Some(27), Some("F541"), "f-string without any placeholders"),
    ("src/shop/report.py", 1, Some(33), Some("F401"), "`shop.missing_module.summarize` imported but unused"),
    ("src/shop/report.py", 6, Some(34), Some("F821"), "Undefined name `undefined_name`"),
];

#[test]
fn ruff_full_concise_and_json() {
    for name in ["ruff-full.txt", "ruff-concise.txt", "ruff-json.json"] {
        let f = parse_as(name, Runner::Ruff);
        check_diagnostics(&f, &RUFF);
        assert!(f.iter().all(|d| d.kind == FailureKind::Lint && d.runner == Runner::Ruff), "{name}");
    }
    let full = parse_as("ruff-full.txt", Runner::Ruff);
    assert!(full[1].raw.contains("help: Remove unused import: `os`"), "{}", full[1].raw);
    assert!(!full[1].raw.contains("E401"), "{}", full[1].raw);
    assert!(!full[10].raw.contains("Found 11 errors"), "{}", full[10].raw);
}

#[test]
fn ruff_syntax_error_and_clean_run() {
    let f = parse_as("ruff-syntax.txt", Runner::Ruff);
    check_diagnostics(&f, &[("broken/syntax.py", 2, Some(22), Some("invalid-syntax"), "Expected `)`, found newline")]);
    assert_eq!(f[0].kind, FailureKind::SyntaxError);
    assert_eq!(parse_as("ruff-pass.txt", Runner::Ruff), vec![]);
}

#[test]
fn eslint_stylish_and_json() {
    let want = [
        (
            "src/cart.ts",
            1,
            Some(10),
            Some("@typescript-eslint/no-unused-vars"),
            "'readFileSync' is defined but never used",
        ),
        ("src/cart.ts", 22, Some(9), Some("prefer-const"), "'upper' is never reassigned. Use 'const' instead"),
        (
            "src/cart.ts",
            27,
            Some(11),
            Some("@typescript-eslint/no-unused-vars"),
            "'unused' is assigned a value but never used",
        ),
        ("src/cart.ts", 28, Some(42), Some("eqeqeq"), "Expected '===' and instead saw '=='"),
        (
            "src/cart.ts",
            32,
            Some(38),
            Some("@typescript-eslint/no-explicit-any"),
            "Unexpected any. Specify a different type",
        ),
        ("src/legacy.js", 2, Some(3), Some("no-var"), "Unexpected var, use let or const instead"),
        ("src/legacy.js", 3, Some(8), Some("no-var"), "Unexpected var, use let or const instead"),
        ("src/legacy.js", 8, Some(9), Some("eqeqeq"), "Expected '===' and instead saw '=='"),
        ("src/legacy.js", 8, Some(25), Some("no-undef"), "'missingHelper' is not defined"),
    ];
    let stylish = parse_as("eslint-stylish.txt", Runner::Eslint);
    check_diagnostics(&stylish, &want);
    // The JSON report keeps the final period that stylish drops.
    let json = parse_as("eslint-json.json", Runner::Eslint);
    let with_period: Vec<Diag> = owned(&want).into_iter().map(|(a, b, c, d, e)| (a, b, c, d, e + ".")).collect();
    assert_eq!(diagnostics(&json), with_period);
    assert!(stylish.iter().chain(&json).all(|d| d.kind == FailureKind::Lint && d.runner == Runner::Eslint));
}

#[test]
fn eslint_parse_error() {
    let f = parse_as("eslint-syntax.txt", Runner::Eslint);
    check_diagnostics(&f, &[("broken/syntax.ts", 2, Some(41), None, "Parsing error: ')' expected")]);
    assert_eq!(f[0].kind, FailureKind::SyntaxError);
}
