//! Conflict markers left in a test file by a merge or rebase (`<<<<<<< HEAD`, `=======`, `>>>>>>> branch`).
//! When each side of every conflict is a run of whole tests (`it(...)`, `test(...)`, `describe(...)`, `def
//! test_...`), the two branches each added their own tests at the same place: both are kept, in order, and the
//! markers (and a diff3 base section) go. A side that edits the inside of a test, a test both sides define, or a
//! result that does not parse is left to the developer: which side is right is theirs to say.

use std::ops::Range;

use crate::context::{is_test_path, Context};
use crate::failure::Failure;
use crate::fix::{Applicability, Edit, Fix, StrategyKind};
use crate::source::SourceFile;

/// One conflict: the lines of each side, and the byte range from the opening marker to the end of the closing one.
struct Conflict {
    ours: Vec<String>,
    theirs: Vec<String>,
    range: Range<usize>,
}

/// Keeps both sides of every conflict in the failing test file, when each side is a run of whole tests.
pub(super) fn propose(failure: &Failure, ctx: &Context) -> Option<Fix> {
    let rel = failure.file.as_deref().and_then(|f| ctx.sources.relative(f))?;
    if !is_test_path(&rel) {
        return None;
    }
    let src = ctx.sources.get(&rel).ok()?;
    let conflicts = conflicts(src.text())?;
    let mut merged = String::new();
    let mut last = 0;
    let mut titles: Vec<String> = Vec::new();
    for c in &conflicts {
        merged.push_str(&src.text()[last..c.range.start]);
        for side in [&c.ours, &c.theirs] {
            let text = side.join("");
            // Each side alone must be whole tests at the same place.
            let alone = format!("{}{}{}", &src.text()[..c.range.start], text, &src.text()[c.range.end..]);
            let parsed = SourceFile::new(src.lang(), rel.clone(), alone).ok()?;
            if !whole_tests(&parsed, c.range.start..c.range.start + text.len()) {
                return None;
            }
            for t in tests_in(&parsed, c.range.start..c.range.start + text.len()) {
                if titles.contains(&t) {
                    return None;
                }
                titles.push(t);
            }
            merged.push_str(&text);
        }
        last = c.range.end;
    }
    merged.push_str(&src.text()[last..]);
    let parsed = SourceFile::new(src.lang(), rel.clone(), merged.clone()).ok()?;
    if parsed.error_count() > 0 {
        return None;
    }
    let count = conflicts.len();
    let places = if count == 1 { "a conflict".to_string() } else { format!("{count} conflicts") };
    Some(
        Fix::new(
            StrategyKind::SyntaxRepair,
            vec![Edit::replace(rel.clone(), 0..src.text().len(), merged)],
            0.9,
            format!("Resolve {places} in {} by keeping both sides' tests", rel.display()),
            format!(
                "{} still holds merge conflict markers, so the file does not parse. Each side of the conflict adds \
                 whole tests of its own (no test is on both sides): both are kept, in order, and the markers removed.",
                rel.display()
            ),
        )
        .with_applicability(Applicability::Unsafe),
    )
}

/// The conflicts of a text, in order; `None` when there are none or a marker is unbalanced.
fn conflicts(text: &str) -> Option<Vec<Conflict>> {
    let mut out = Vec::new();
    let mut at = 0;
    let mut state: Option<(usize, Vec<String>, Vec<String>, u8)> = None;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let marker = |m: &str| {
            line.starts_with(m) && line[m.len()..].chars().next().is_none_or(|c| c == ' ' || c == '\n' || c == '\r')
        };
        match state.as_mut() {
            None if marker("<<<<<<<") => state = Some((start, Vec::new(), Vec::new(), 0)),
            None if marker("=======") || marker(">>>>>>>") || marker("|||||||") => return None,
            None => {}
            Some((_, _, _, section)) if marker("|||||||") => *section = 1,
            Some((_, _, _, section)) if marker("=======") => *section = 2,
            Some(_) if marker("<<<<<<<") => return None,
            Some((begin, ours, theirs, section)) if marker(">>>>>>>") => {
                if *section != 2 {
                    return None;
                }
                out.push(Conflict { ours: std::mem::take(ours), theirs: std::mem::take(theirs), range: *begin..at });
                state = None;
            }
            Some((_, ours, theirs, section)) => match section {
                0 => ours.push(line.to_string()),
                2 => theirs.push(line.to_string()),
                _ => {} // the diff3 base: what neither side kept
            },
        }
    }
    (state.is_none() && !out.is_empty()).then_some(out)
}

/// Whether `range` of `src` holds only whole test definitions (and blank lines or comments between them).
fn whole_tests(src: &SourceFile, range: Range<usize>) -> bool {
    if src.error_count() > 0 {
        return false;
    }
    let mut ok = true;
    let mut any = false;
    src.walk(|n| {
        if !ok || n.end_byte() <= range.start || n.start_byte() >= range.end {
            return false;
        }
        let inside = n.start_byte() >= range.start && n.end_byte() <= range.end;
        if inside {
            if n.kind() == "comment" {
                return false;
            }
            if is_test(src, n) {
                any = true;
                return false;
            }
            if n.is_named() && n.parent().is_some_and(|p| !(p.start_byte() >= range.start && p.end_byte() <= range.end))
            {
                // A top piece of the side that is not a test.
                ok = false;
                return false;
            }
            return true;
        }
        // A node that straddles the side (the enclosing `describe` body): look inside.
        true
    });
    ok && any
}

/// A test definition statement: `it(...)`/`test(...)`/`describe(...)` as a statement, or `def test_...` (possibly
/// decorated).
fn is_test(src: &SourceFile, n: tree_sitter::Node) -> bool {
    match n.kind() {
        "expression_statement" => n.named_child(0).is_some_and(|c| {
            c.kind() == "call_expression"
                && c.child_by_field_name("function").is_some_and(|f| {
                    let name = src.node_text(f);
                    let base = name.split('.').next().unwrap_or(name);
                    matches!(base, "it" | "test" | "describe")
                })
        }),
        "function_definition" => src.test_name(n).is_some(),
        "decorated_definition" => n.child_by_field_name("definition").is_some_and(|d| src.test_name(d).is_some()),
        _ => false,
    }
}

/// The titles (or names) of the tests inside `range`.
fn tests_in(src: &SourceFile, range: Range<usize>) -> Vec<String> {
    let mut out = Vec::new();
    src.walk(|n| {
        if n.end_byte() <= range.start || n.start_byte() >= range.end {
            return false;
        }
        if n.start_byte() >= range.start && is_test(src, n) {
            let call = match n.kind() {
                "expression_statement" => n.named_child(0),
                "decorated_definition" => n.child_by_field_name("definition"),
                _ => Some(n),
            };
            if let Some(name) = call.and_then(|c| src.test_name(c)) {
                out.push(name);
            }
            return false;
        }
        true
    });
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::context::{GitSignals, SourceCache};
    use crate::failure::{FailureKind, Runner};
    use crate::fix::apply_edits;

    fn heal(path: &str, text: &str) -> Option<String> {
        let cache = SourceCache::new("/nonexistent");
        cache.set_text(path, text);
        let ctx = Context::new(&cache, GitSignals::default());
        let mut f = Failure::new(FailureKind::SyntaxError, Runner::Vitest, "Transform failed with 1 error:");
        f.file = Some(path.into());
        f.line = Some(3);
        propose(&f, &ctx).map(|fix| apply_edits(text, fix.edits()).unwrap())
    }

    #[test]
    fn both_sides_tests_are_kept() {
        let text = "describe('q', () => {\n  it('a', () => {});\n<<<<<<< HEAD\n  it('arrays', () => {\n    expect(1).toBe(1);\n  });\n=======\n  it('empty', () => {\n    expect(2).toBe(2);\n  });\n>>>>>>> 8c1d4e7 (skipEmpty)\n});\n";
        assert_eq!(
            heal("test/q.test.ts", text).unwrap(),
            "describe('q', () => {\n  it('a', () => {});\n  it('arrays', () => {\n    expect(1).toBe(1);\n  });\n  it('empty', () => {\n    expect(2).toBe(2);\n  });\n});\n"
        );
        let py = "import pytest\n\n<<<<<<< HEAD\ndef test_a():\n    assert 1\n||||||| base\n=======\ndef test_b():\n    assert 2\n>>>>>>> b\n";
        assert_eq!(
            heal("tests/test_q.py", py).unwrap(),
            "import pytest\n\ndef test_a():\n    assert 1\ndef test_b():\n    assert 2\n"
        );
    }

    #[test]
    fn a_conflict_inside_a_test_or_on_one_test_is_left_alone() {
        let inside =
            "it('a', () => {\n<<<<<<< HEAD\n  expect(f()).toBe(1);\n=======\n  expect(f()).toBe(2);\n>>>>>>> b\n});\n";
        assert_eq!(heal("test/q.test.ts", inside), None);
        let same = "<<<<<<< HEAD\nit('a', () => {\n  expect(f()).toBe(1);\n});\n=======\nit('a', () => {\n  expect(f()).toBe(2);\n});\n>>>>>>> b\n";
        assert_eq!(heal("test/q.test.ts", same), None);
        // Not a test file: the code's conflicts are the developer's.
        let code = "<<<<<<< HEAD\nexport const a = 1;\n=======\nexport const b = 2;\n>>>>>>> b\n";
        assert_eq!(heal("src/q.ts", code), None);
        assert!(conflicts("a\n=======\nb\n").is_none());
    }
}
