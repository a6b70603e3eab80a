//! A boundary probe that follows its bound: the change moved a threshold (`min: 1000` -> `min: 1100`, `FREE_OVER =
//! 5000` -> `5500`) and the failing case feeds the old threshold itself, or its neighbour, to the code
//! (`[1000, "gold"]`, `assert shipping(4999) == 499`). What the case checks is the boundary ("1000 points is gold",
//! "just below the free-shipping bound pays"); the careful update moves its input with the bound
//! (`[1100, "gold"]`) and keeps the expected value. Rewriting the expectation instead (`[1000, "silver"]`) would
//! keep the test green while it stopped checking the boundary at all.
//!
//! The input must be a number in the failing case (the checked call's own arguments, or the failing row of its
//! table) equal to the old bound, or one off it for whole numbers; exactly one such input, or nothing is proposed.
//! The same intent rules as a value update judge the bound's move, so a moved bound a comment or a test name
//! contradicts is refused like any other value.

use tree_sitter::Node;

use super::arithmetic::collect_numbers;
use super::{comparisons_on_line, loops, rows};
use crate::change::Delta;
use crate::context::Context;
use crate::failure::{Failure, FailureKind};
use crate::fix::{Edit, Fix};
use crate::source::SourceFile;
use crate::strategies::value::Value;
use crate::strategies::StrategyKind;

/// The fix moving the failing case's boundary input with the bound the change moved.
pub(super) fn propose(failure: &Failure, ctx: &Context) -> Option<Fix> {
    if failure.kind != FailureKind::TestFailure || ctx.observed.flipped() {
        return None;
    }
    let expected = Value::parse(failure.expected.as_deref()?)?;
    let rel = failure.file.as_deref().and_then(|f| ctx.sources.relative(f))?;
    let src = ctx.sources.get(&rel).ok()?;
    if src.root().has_error() {
        return None;
    }
    let bounds = moved_bounds(ctx, &rel);
    if bounds.is_empty() {
        return None;
    }
    let mut inputs: Vec<Node> = Vec::new();
    for c in comparisons_on_line(&src, failure.line?) {
        for (subject, other) in [(c.operands[0], c.operands[1]), (c.operands[1], c.operands[0])] {
            if !calls_code(subject) {
                continue;
            }
            collect_numbers(subject, &mut inputs);
            // The failing row of the case table the expected operand reads from.
            let cell = rows::cell_for(&src, failure, other)
                .map(|c| c.literal)
                .or_else(|| loops::cell_for(&src, failure, other, &expected));
            if let Some(row) = cell.and_then(|c| row_of(c)) {
                let mut in_row = Vec::new();
                collect_numbers(row, &mut in_row);
                // Not the expected cell, nor a number of its arithmetic (`7 * 20`).
                let expected_cell = cell.map(|c| c.byte_range());
                inputs.extend(
                    in_row.into_iter().filter(|n| expected_cell.as_ref().is_none_or(|r| !r.contains(&n.start_byte()))),
                );
            }
        }
    }
    inputs.sort_by_key(|n| n.start_byte());
    inputs.dedup_by_key(|n| n.start_byte());
    let probes = probes(&src, &inputs, &bounds);
    let [(input, bound, new_text)] = probes.as_slice() else { return None };
    let test = crate::strategies::failing_test(&src, failure);
    let (old, new) = (Value::Number(bound.old.clone()), Value::Number(bound.new.clone()));
    let (intent, verdict) = super::judged::judged(&src, &rel, test, ctx, (&new, &old));
    let (base, applicability, why) = super::grade(intent, verdict);
    let was = src.node_text(*input);
    let line = src.line_of(input.start_byte());
    let offset = if was == bound.old { String::new() } else { format!(" (one off the bound, {was})") };
    Some(
        Fix::new(
            StrategyKind::AssertionUpdate,
            vec![Edit::replace(rel.clone(), input.byte_range(), new_text.clone())],
            base,
            format!("Move the boundary input on line {line}: {was} -> {new_text}"),
            format!(
                "The failing case probes the bound {}{offset}, which the change moved to {} in {}: the input follows \
                 the bound and the expected value stays; {why}.",
                bound.old,
                bound.new,
                bound.file.display()
            ),
        )
        .with_applicability(applicability),
    )
}

/// A number the change replaced in a non-test source file.
struct Bound {
    file: std::path::PathBuf,
    old: String,
    new: String,
}

fn moved_bounds(ctx: &Context, rel: &std::path::Path) -> Vec<Bound> {
    let hunks = ctx.git.changes_since(rel);
    let swaps = super::evidence::literal_swaps(&hunks).into_iter().chain(
        ctx.change
            .deltas
            .iter()
            .filter_map(Delta::swapped_literal)
            .map(|(f, o, n)| (f.to_path_buf(), o.to_string(), n.to_string())),
    );
    let mut out: Vec<Bound> = Vec::new();
    for (file, old, new) in swaps {
        let (Some(a), Some(b)) = (number(&old), number(&new)) else { continue };
        // 0 and 1 are steps and identities, everywhere in tests: no probe can be told from them.
        if a == b || a.abs() <= 1.0 || crate::context::is_test_path(&file) {
            continue;
        }
        if !out.iter().any(|x| x.old == old && x.new == new) {
            out.push(Bound { file, old, new });
        }
    }
    out
}

fn number(text: &str) -> Option<f64> {
    let t = text.replace('_', "");
    (!t.is_empty() && t.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b'-'))
        .then(|| t.parse::<f64>().ok())
        .flatten()
        .filter(|x| x.is_finite())
}

/// Inputs equal to a moved bound (preferred) or one off a whole-number bound, with the text each becomes; the
/// same input matched by several bounds counts once per bound (and so refuses).
fn probes<'a, 'b>(src: &SourceFile, inputs: &[Node<'a>], bounds: &'b [Bound]) -> Vec<(Node<'a>, &'b Bound, String)> {
    let mut exact = Vec::new();
    let mut near = Vec::new();
    for n in inputs {
        let text = src.node_text(*n);
        let Some(v) = number(text) else { continue };
        if v.abs() <= 1.0 {
            continue;
        }
        for b in bounds {
            let (Some(old), Some(new)) = (number(&b.old), number(&b.new)) else { continue };
            let whole = |x: f64| x.fract() == 0.0 && !text.contains('.');
            if v == old {
                exact.push((*n, b, super::keep_grouping(text, b.new.replace('_', ""))));
            } else if whole(v) && whole(old) && whole(new) && (v - old).abs() == 1.0 {
                let moved = new + (v - old);
                near.push((*n, b, super::keep_grouping(text, format!("{moved}"))));
            }
        }
    }
    if exact.is_empty() {
        near
    } else {
        exact
    }
}

/// Whether `n` runs the code under test (a call that is not a value constructor like `Decimal("1")`).
fn calls_code(n: Node) -> bool {
    let mut found = false;
    let mut stack = vec![n];
    while let Some(x) = stack.pop() {
        if matches!(x.kind(), "call" | "call_expression" | "await_expression" | "new_expression") {
            found = true;
            break;
        }
        let mut cursor = x.walk();
        stack.extend(x.named_children(&mut cursor));
    }
    found
}

/// The row a table cell belongs to: its tuple, list, array or object (through a `key: value` pair).
fn row_of(cell: Node) -> Option<Node> {
    let mut p = cell.parent()?;
    if matches!(p.kind(), "pair" | "keyword_argument") {
        p = p.parent()?;
    }
    matches!(p.kind(), "tuple" | "list" | "array" | "object" | "dictionary" | "argument_list" | "arguments")
        .then_some(p)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::lang::Language;

    fn inputs_of(code: &str, lang: Language) -> Vec<String> {
        let src = SourceFile::new(lang, "t", code.to_string()).unwrap();
        let mut out = Vec::new();
        collect_numbers(src.root(), &mut out);
        let bounds = [Bound { file: "src/tiers.ts".into(), old: "1000".into(), new: "1100".into() }];
        probes(&src, &out, &bounds).into_iter().map(|(n, _, t)| format!("{} -> {t}", src.node_text(n))).collect()
    }

    #[test]
    fn the_input_at_the_bound_moves_with_it() {
        assert_eq!(inputs_of("x = [(1000, 'gold'), (999, 'silver')]\n", Language::Python), ["1000 -> 1100"]);
        // One off the bound only when no input is the bound itself.
        assert_eq!(inputs_of("assert tier(999) == 'silver'\n", Language::Python), ["999 -> 1099"]);
        assert_eq!(inputs_of("expect(tier(1_001)).toBe('gold');\n", Language::TypeScript), ["1_001 -> 1_101"]);
        // A decimal is no neighbour of a whole bound; 0 and 1 are never probes.
        assert!(inputs_of("assert tier(999.5) == 'x'\nassert f(1) == 2\n", Language::Python).is_empty());
    }

    #[test]
    fn the_probe_ranks_before_rewriting_the_boundary_check() {
        use crate::context::{GitSignals, Hunk, SourceCache};
        use crate::strategies::{AssertionUpdate, Strategy};
        let test = "from tiers import tier\n\n\ndef test_gold_from_1000_points():\n    assert tier(1000) == 'gold'\n";
        let cache = SourceCache::new("/nonexistent");
        cache.set_text("tests/test_tiers.py", test);
        cache.set_text(
            "tiers.py",
            "GOLD = 1100\n\n\ndef tier(points):\n    return 'gold' if points >= GOLD else 'silver'\n",
        );
        let mut git = GitSignals::default();
        git.parents.insert("b".into(), vec!["a".into()]);
        git.last_commit.insert("tests/test_tiers.py".into(), "a".into());
        git.last_commit.insert("tiers.py".into(), "b".into());
        let hunk =
            Hunk { file: "tiers.py".into(), removed: vec!["GOLD = 1000".into()], added: vec!["GOLD = 1100".into()] };
        git.hunks.insert("b".into(), vec![hunk]);
        git.notes.insert("b".into(), vec!["loyalty: gold from 1100 points".into()]);
        let ctx = Context::new(&cache, git);
        let f = crate::strategies::check::mismatch("tests/test_tiers.py", 5, "'silver'", "'gold'");
        let fixes = AssertionUpdate.propose(&f, &ctx);
        assert_eq!(
            fixes[0].title(),
            "Move the boundary input on line 5: 1000 -> 1100",
            "{:?}",
            fixes.iter().map(|f| f.title()).collect::<Vec<_>>()
        );
        assert!(fixes.iter().skip(1).all(|x| x.confidence() < fixes[0].confidence()));
    }

    #[test]
    fn a_row_is_the_cells_container() {
        let src = SourceFile::new(Language::Python, "t.py", "CASES = [(1000, 'gold')]\n".into()).unwrap();
        let mut cells = Vec::new();
        collect_numbers(src.root(), &mut cells);
        assert_eq!(row_of(cells[0]).map(|r| src.node_text(r)), Some("(1000, 'gold')"));
        assert!(!calls_code(src.root()));
    }
}
