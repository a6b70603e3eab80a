//! A comma missing between two literals, which Python then reads as a call: the rows `("a", 1)` and `("b", 2)`
//! written one under the other without a comma are `("a", 1)("b", 2)`, which parses and fails at run time with
//! `'tuple' object is not callable` (CPython itself warns "perhaps you missed a comma?"). Calling a literal is
//! never what anyone means, so the repair is the comma between them: safe, and the same tokens as before.

use tree_sitter::Node;

use crate::context::Context;
use crate::failure::Failure;
use crate::fix::{Applicability, Edit, Fix, StrategyKind};
use crate::lang::Language;

/// Python literals that cannot be called.
const LITERALS: &[&str] =
    &["tuple", "list", "string", "concatenated_string", "integer", "float", "dictionary", "set", "true", "false"];

/// The comma(s) after each literal a call expression calls, in the call around the failing line (every such call
/// in the file when the line is not known).
pub(super) fn propose(failure: &Failure, ctx: &Context) -> Option<Fix> {
    if !failure.message.contains("object is not callable") {
        return None;
    }
    let rel = failure.file.as_deref().and_then(|f| ctx.sources.relative(f))?;
    let src = ctx.sources.get(&rel).ok()?;
    if src.lang() != Language::Python || src.root().has_error() {
        return None;
    }
    let mut calls: Vec<Node> = Vec::new();
    src.walk(|n| {
        if n.kind() == "call" && n.child_by_field_name("function").is_some_and(calls_a_literal) {
            calls.push(n);
        }
        true
    });
    // Tree-sitter rows are 0-based, failure lines 1-based.
    let spans = |n: &Node, line: u32| (n.start_position().row as u32) < line && line <= n.end_position().row as u32 + 1;
    if let Some(line) = failure.line {
        // The outermost literal call around the line, and the literal calls chained inside it.
        let outer = calls.iter().find(|c| spans(c, line)).copied()?;
        calls.retain(|c| outer.start_byte() <= c.start_byte() && c.end_byte() <= outer.end_byte());
    }
    let mut edits: Vec<Edit> = calls
        .iter()
        .filter_map(|c| c.child_by_field_name("function"))
        .map(|f| Edit::insert(&rel, f.end_byte(), ","))
        .collect();
    if edits.is_empty() {
        return None;
    }
    edits.sort_by_key(|e| e.range.start);
    edits.dedup_by_key(|e| e.range.start);
    let lines: Vec<String> = edits.iter().map(|e| src.line_of(e.range.start).to_string()).collect();
    Some(
        Fix::new(
            StrategyKind::SyntaxRepair,
            edits,
            0.95,
            format!("Add the missing comma between literals on line {}", lines.join(", ")),
            "Two literals with nothing between them are read as a call of the first (`'tuple' object is not \
             callable`); a literal is never called on purpose, so the comma the list or tuple needs goes between \
             them."
                .to_string(),
        )
        .with_applicability(Applicability::Safe),
    )
}

/// A literal, or a call of one (the third row of three is a call of a call).
fn calls_a_literal(f: Node) -> bool {
    LITERALS.contains(&f.kind())
        || (f.kind() == "call" && f.child_by_field_name("function").is_some_and(calls_a_literal))
}

#[cfg(test)]
mod tests {
    use crate::failure::{Failure, FailureKind, Runner};
    use crate::strategies::check::{check_fix, check_no_fix};
    use crate::strategies::SyntaxRepair;

    fn not_callable(file: &str, line: u32, what: &str) -> Failure {
        let mut f =
            Failure::new(FailureKind::CollectionError, Runner::Pytest, format!("'{what}' object is not callable"));
        f.error_type = Some("TypeError".into());
        f.file = Some(file.into());
        f.line = Some(line);
        f
    }

    #[test]
    fn rows_written_without_a_comma_get_it() {
        let before = "import pytest\n\n\n@pytest.mark.parametrize(\n    \"title, slug\",\n    [\n        (\"Hello\", \"hello\"),\n        (\"A B\", \"a-b\")\n        (\"C'est\", \"cest\"),\n        (\"x\", \"x\")\n        (\"y\", \"y\")\n        (\"z\", \"z\"),\n    ],\n)\ndef test_slug(title, slug):\n    assert title.lower() == slug or True\n";
        let after = before.replace("(\"A B\", \"a-b\")\n", "(\"A B\", \"a-b\"),\n");
        check_fix(
            &SyntaxRepair,
            "tests/test_slugs.py",
            before,
            &not_callable("tests/test_slugs.py", 9, "tuple"),
            &after,
        );
        // Two missing commas in one chain: both, when the failure points into it.
        let after =
            after.replace("(\"x\", \"x\")\n", "(\"x\", \"x\"),\n").replace("(\"y\", \"y\")\n", "(\"y\", \"y\"),\n");
        let once = before.replace("(\"A B\", \"a-b\")\n", "(\"A B\", \"a-b\"),\n");
        check_fix(
            &SyntaxRepair,
            "tests/test_slugs.py",
            &once,
            &not_callable("tests/test_slugs.py", 12, "tuple"),
            &after,
        );
    }

    #[test]
    fn strings_and_lists_too_but_never_a_name() {
        let before = "WORDS = [\n    \"alpha\"\n    (\"beta\")\n]\n";
        let after = "WORDS = [\n    \"alpha\",\n    (\"beta\")\n]\n";
        check_fix(&SyntaxRepair, "words.py", before, &not_callable("words.py", 3, "str"), after);
        // `make()` returning a non-callable is a real bug elsewhere, not a missing comma.
        let call = "def test_x():\n    assert make()(1) == 2\n";
        check_no_fix(&SyntaxRepair, "test_x.py", call, &not_callable("test_x.py", 2, "int"));
    }
}
