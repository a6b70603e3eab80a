//! The parsers take arbitrary text from users and CI logs: whatever it is, they answer Ok or a ParseError.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use maestro_test_healer::failure::{parse, parse_bytes, Runner};
use proptest::prelude::*;

/// `None` (detection) and every runner, so each parser sees every input.
fn all_choices() -> Vec<Option<Runner>> {
    std::iter::once(None).chain(Runner::ALL.into_iter().map(Some)).collect()
}

fn captures() -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/outputs");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

/// Runs every parser; a panic fails the property, any Result passes.
fn parse_everything(bytes: &[u8]) {
    for runner in all_choices() {
        let _ = parse_bytes(bytes, runner);
    }
    // Also through `parse` with lossy text, so non-UTF-8 mutations still reach the parsers.
    let text = String::from_utf8_lossy(bytes).replace('\0', "");
    for runner in all_choices() {
        let _ = parse(&text, runner);
    }
}

#[derive(Debug, Clone)]
enum Mutation {
    Truncate(usize),
    FlipByte(usize, u8),
    SwapLines(usize, usize),
    DropLine(usize),
    DuplicateLine(usize),
    InsertText(usize, String),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::FlipByte(i, b)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
        any::<usize>().prop_map(Mutation::DropLine),
        any::<usize>().prop_map(Mutation::DuplicateLine),
        (
            any::<usize>(),
            prop::sample::select(vec![
                "E   ".to_string(),
                "_____ x _____".to_string(),
                " FAIL  a > b".to_string(),
                "  ● t".to_string(),
                "not ok 1 - x\n  ---\n  expected:\n".to_string(),
                "<failure>".to_string(),
                "✖ a (1ms)".to_string(),
                "File \"".to_string(),
                "=====".to_string(),
                "(1,2): error TS1: ".to_string(),
                // The type checkers' and linters' markers.
                "a.py:1:2: error: x  [misc]".to_string(),
                "  a.py:1:2 - error: x (reportX)".to_string(),
                "F401 [*] x\n --> a.py:1:2\n".to_string(),
                "a.py:1:2: E1 x".to_string(),
                "  1:2  error  x  no-var".to_string(),
                "✖ 1 problem (1 error, 0 warnings)".to_string(),
                "{\"file\": \"a.py\", \"line\": 1, \"column\": 0, \"severity\": \"error\"".to_string(),
                "[{\"filePath\":\"a\",\"messages\":[".to_string(),
                "\"generalDiagnostics\": [".to_string(),
                "\"noqa_row\": 1, \"filename\": ".to_string(),
                "\u{1b}[31m".to_string(),
            ])
        )
            .prop_map(|(i, s)| Mutation::InsertText(i, s)),
    ]
}

fn apply(mut bytes: Vec<u8>, m: &Mutation) -> Vec<u8> {
    let len = bytes.len().max(1);
    match m {
        Mutation::Truncate(n) => bytes.truncate(n % len),
        Mutation::FlipByte(i, b) => {
            if let Some(x) = bytes.get_mut(i % len) {
                *x ^= b;
            }
        }
        Mutation::InsertText(i, s) => {
            let at = i % len;
            let at = at.min(bytes.len());
            bytes.splice(at..at, s.bytes());
        }
        Mutation::SwapLines(..) | Mutation::DropLine(_) | Mutation::DuplicateLine(_) => {
            let mut lines: Vec<Vec<u8>> = bytes.split(|&b| b == b'\n').map(<[u8]>::to_vec).collect();
            let n = lines.len();
            match m {
                Mutation::SwapLines(a, b) => lines.swap(a % n, b % n),
                Mutation::DropLine(a) => {
                    lines.remove(a % n);
                }
                Mutation::DuplicateLine(a) => {
                    let l = lines[a % n].clone();
                    lines.insert(a % n, l);
                }
                _ => {}
            }
            bytes = lines.join(&b'\n');
        }
    }
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        parse_everything(&bytes);
    }

    #[test]
    fn random_text_never_panics(text in "\\PC{0,400}") {
        parse_everything(text.as_bytes());
    }

    #[test]
    fn mutated_captures_never_panic(
        which in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(mutation(), 1..6),
    ) {
        let all = captures();
        let mut bytes = which.get(&all).clone();
        for m in &mutations {
            bytes = apply(bytes, m);
        }
        parse_everything(&bytes);
    }
}

#[test]
fn every_capture_truncated_at_every_line_never_panics() {
    for bytes in captures() {
        let text = String::from_utf8(bytes).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for n in 0..=lines.len() {
            parse_everything(lines[..n].join("\n").as_bytes());
            parse_everything(lines[n..].join("\n").as_bytes());
        }
    }
}

#[test]
fn every_capture_shuffled_never_panics() {
    for (seed, bytes) in captures().into_iter().enumerate() {
        let text = String::from_utf8(bytes).unwrap();
        let mut lines: Vec<&str> = text.lines().collect();
        // A cheap deterministic shuffle: reverse then rotate.
        lines.reverse();
        let k = seed % lines.len().max(1);
        lines.rotate_left(k);
        parse_everything(lines.join("\n").as_bytes());
    }
}

#[test]
fn errors_are_the_documented_ones() {
    use maestro_test_healer::failure::ParseError;
    assert_eq!(parse_bytes(b"a\0b", None), Err(ParseError::Binary { offset: 1 }));
    assert!(matches!(parse_bytes(&[0xff, 0xfe], None), Err(ParseError::NotUtf8 { offset: 0 })));
    assert_eq!(parse("", None), Err(ParseError::UnknownRunner));
    assert!(matches!(parse("hello", Some(Runner::Pytest)), Err(ParseError::NotRecognized { runner: "pytest", .. })));
}

#[test]
fn pathological_inputs_end_in_an_answer() {
    let deep_xml = format!("<testsuites>{}", "<testsuite>".repeat(100_000));
    assert!(parse(&deep_xml, None).is_err());
    let just_allowed = format!("{}{}", "<testsuite>".repeat(250), "</testsuite>".repeat(250));
    assert_eq!(parse(&just_allowed, Some(Runner::Junit)), Ok(vec![]));
    let long_line = "E   assert ".to_string() + &"[".repeat(200_000) + " == 1";
    let _ = parse(&format!("==== FAILURES ====\n____ t ____\n{long_line}\n1 failed in 0.1s\n"), None);
    let many_blocks = "FAILED tests/a.py::t - assert 1 == 2\n".repeat(20_000) + "1 failed in 0.1s\n";
    assert_eq!(parse(&many_blocks, None).unwrap().len(), 20_000);
    let many_ruff = "a.py:1:8: F401 [*] `os` imported but unused\n".repeat(20_000) + "Found 20000 errors.\n";
    assert_eq!(parse(&many_ruff, None).unwrap().len(), 20_000);
    let many_eslint =
        format!("/p/a.js\n{}", "  2:3  error  Unexpected var, use let or const instead  no-var\n".repeat(20_000));
    assert_eq!(parse(&many_eslint, None).unwrap().len(), 20_000);
    let unclosed_json = "[".repeat(50_000) + "\"filePath\" \"messages\"";
    assert!(parse(&unclosed_json, Some(Runner::Eslint)).is_err());
    let nested_tap = (0..2_000).map(|d| format!("{}# Subtest: s{d}\n", "    ".repeat(d))).collect::<String>();
    let _ = parse(&format!("TAP version 13\n{nested_tap}"), None);
}
