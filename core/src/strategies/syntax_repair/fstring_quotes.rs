//! An f-string whose replacement field reuses the f-string's own quote (`f"{row["name"]}"`): valid since Python
//! 3.12 (PEP 701), a `SyntaxError` before it (`f-string: unmatched '['`, `f-string: expecting '}'`). The parser
//! of this crate reads the new grammar, so the file looks fine to it; the interpreter that ran the tests did not.
//! The repair writes the inner strings with the other quote, which means the same on every version: safe.

use tree_sitter::Node;

use crate::context::Context;
use crate::failure::Failure;
use crate::fix::{Applicability, Edit, Fix, StrategyKind};
use crate::lang::Language;

/// The inner strings of the failing line's f-strings that reuse the outer quote, requoted.
pub(super) fn propose(failure: &Failure, ctx: &Context) -> Option<Fix> {
    if !failure.message.contains("f-string") {
        return None;
    }
    let rel = failure.file.as_deref().and_then(|f| ctx.sources.relative(f))?;
    let src = ctx.sources.get(&rel).ok()?;
    if src.lang() != Language::Python {
        return None;
    }
    let line = failure.line?;
    let mut edits = Vec::new();
    src.walk(|n| {
        let on_line = src.line_of(n.start_byte()) <= line && line <= src.line_of(n.end_byte());
        if !on_line {
            return false;
        }
        if n.kind() == "string" {
            if let Some(quote) = fstring_quote(src.node_text(n)) {
                requote_inside(&src, n, quote, &mut edits);
                return false;
            }
        }
        true
    });
    if edits.is_empty() {
        return None;
    }
    let edits: Vec<Edit> = edits.into_iter().map(|(range, text)| Edit::replace(&rel, range, text)).collect();
    Some(
        Fix::new(
            StrategyKind::SyntaxRepair,
            edits,
            0.95,
            format!("Quote the strings inside the f-string on line {line} with the other quote"),
            "A string inside an f-string's braces that reuses the f-string's own quote is valid only from Python \
             3.12; the interpreter running the tests is older and stops at it. The other quote means the same on \
             every version.",
        )
        .with_applicability(Applicability::Safe),
    )
}

/// The quote of an f-string literal (`f"…"`, `rf'…'`), single-quoted kinds only.
fn fstring_quote(text: &str) -> Option<char> {
    let prefix: String = text.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
    if !prefix.to_ascii_lowercase().contains('f') {
        return None;
    }
    let rest = &text[prefix.len()..];
    let quote = rest.chars().next().filter(|q| *q == '"' || *q == '\'')?;
    // A triple-quoted f-string may hold either quote inside.
    (!rest.starts_with(&quote.to_string().repeat(3))).then_some(quote)
}

/// Every plain string inside `fstring`'s replacement fields written with `quote`, rewritten with the other one
/// (left alone when its body holds the other quote or a backslash).
fn requote_inside(
    src: &crate::source::SourceFile,
    fstring: Node,
    quote: char,
    out: &mut Vec<(std::ops::Range<usize>, String)>,
) {
    let other = if quote == '"' { '\'' } else { '"' };
    let mut stack: Vec<Node> = Vec::new();
    let mut c = fstring.walk();
    stack.extend(fstring.named_children(&mut c).filter(|n| n.kind() == "interpolation"));
    while let Some(n) = stack.pop() {
        if n.kind() == "string" {
            let text = src.node_text(n);
            let prefix: String = text.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
            let body = &text[prefix.len()..];
            if body.len() >= 2
                && body.starts_with(quote)
                && body.ends_with(quote)
                && !body.starts_with(&quote.to_string().repeat(3))
            {
                let inner = &body[1..body.len() - 1];
                if !inner.contains(other) && !inner.contains('\\') {
                    out.push((n.byte_range(), format!("{prefix}{other}{inner}{other}")));
                }
            }
            continue;
        }
        let mut c = n.walk();
        stack.extend(n.named_children(&mut c));
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use crate::failure::{Failure, FailureKind, Runner};
    use crate::strategies::check::{check_fix, check_no_fix};
    use crate::strategies::syntax_repair::SyntaxRepair;

    fn failure(line: u32, message: &str) -> Failure {
        let mut f = Failure::new(FailureKind::SyntaxError, Runner::Pytest, message);
        f.file = Some("tests/test_labels.py".into());
        f.line = Some(line);
        f
    }

    #[test]
    fn inner_strings_reusing_the_outer_quote_take_the_other_one() {
        let before = "def test_city():\n    assert line == f\"{OFFICE[\"postcode\"]} {OFFICE[\"city\"]}\"\n";
        let after = "def test_city():\n    assert line == f\"{OFFICE['postcode']} {OFFICE['city']}\"\n";
        check_fix(&SyntaxRepair, "tests/test_labels.py", before, &failure(2, "f-string: unmatched '['"), after);
        // A line without such an f-string: not this repair's business.
        let plain = "def test_city():\n    assert line == f\"{OFFICE['postcode']}\"\n";
        check_no_fix(&SyntaxRepair, "tests/test_labels.py", plain, &failure(2, "f-string: unmatched '['"));
    }
}
