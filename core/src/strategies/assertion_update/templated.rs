//! Expected text the test builds from a template: `f"Your order {order.number} has shipped"`,
//! `"Your order %d has shipped" % number`, `"{} items".format(n)`, `` `Order #${id}` ``. When the code now
//! renders other text around the same values, the template's static text is rewritten and its holes kept
//! (`f"[Acme] Order #{order.number} shipped"`): the test still computes the value it computed, from the same
//! expressions, for every row of its loop.
//!
//! **When it refuses**: the old template does not render the printed expected text, a hole's value cannot be
//! placed in the received text one way only (it appears twice, or not in order), no static text changed, or
//! the intent rules of any value update refuse ([`super::judged`]).

use tree_sitter::Node;

use super::{build_fix, comparisons_on_line, judge};
use crate::context::Context;
use crate::failure::{Failure, FailureKind};
use crate::fix::Fix;
use crate::source::SourceFile;
use crate::strategies::value::Value;

use super::template::Template;

/// Ways of placing hole values looked at before giving up: more means the text is ambiguous anyway.
const MAX_PLACEMENTS: usize = 2;

/// The fix rewriting the template the failing comparison's expected side is built from.
pub(super) fn propose(failure: &Failure, ctx: &Context) -> Option<Fix> {
    if failure.kind != FailureKind::TestFailure || ctx.observed.flipped() {
        return None;
    }
    let text = |v: &Option<String>| match v.as_deref().and_then(Value::parse) {
        Some(Value::Str(s)) => Some(s),
        _ => None,
    };
    let (actual, expected) = (text(&failure.actual)?, text(&failure.expected)?);
    let rel = failure.file.as_deref().and_then(|f| ctx.sources.relative(f))?;
    let src = ctx.sources.get(&rel).ok()?;
    if src.root().has_error() {
        return None;
    }
    let found: Vec<(Node, String)> = comparisons_on_line(&src, failure.line?)
        .iter()
        .flat_map(|c| c.operands)
        .filter_map(|operand| {
            let literal = template_literal(&src, operand)?;
            Some((literal, retemplate(&src, literal, &expected, &actual)?))
        })
        .collect();
    let [(literal, rendered)] = found.as_slice() else { return None };
    let (new_value, old_value) = (Value::Str(actual), Value::Str(expected));
    let judged = judge(&src, &rel, failure, ctx, (&new_value, &old_value));
    Some(build_fix(&src, &rel, *literal, rendered.clone(), &new_value, judged, true))
}

/// The string literal with holes an expression renders: an f-string or JS template with substitutions, the
/// left side of `"..." % x`, the receiver of `"...".format(x)`.
pub(super) fn template_literal<'a>(src: &SourceFile, node: Node<'a>) -> Option<Node<'a>> {
    let holes = |n: Node| {
        let mut c = n.walk();
        let found = n.named_children(&mut c).any(|x| matches!(x.kind(), "interpolation" | "template_substitution"));
        found
    };
    match node.kind() {
        "string" if src.lang().is_python() && holes(node) => Some(node),
        "template_string" if holes(node) => Some(node),
        "binary_operator" if src.node_text(node.child_by_field_name("operator")?) == "%" => {
            node.child_by_field_name("left").filter(|l| l.kind() == "string")
        }
        "call" => {
            let func = node.child_by_field_name("function").filter(|f| f.kind() == "attribute")?;
            if src.node_text(func.child_by_field_name("attribute")?) != "format" {
                return None;
            }
            func.child_by_field_name("object").filter(|o| o.kind() == "string")
        }
        "parenthesized_expression" => template_literal(src, node.named_child(0)?),
        _ => None,
    }
}

/// The literal's source rewritten so it renders `new` where it rendered `old`: the static text between its
/// holes replaced, each hole's source kept.
pub(super) fn retemplate(src: &SourceFile, literal: Node, old: &str, new: &str) -> Option<String> {
    let source = src.node_text(literal);
    let python = src.lang().is_python();
    let template = Template::parse(source, python)?;
    let values: Vec<String> = template.matches(old)?.into_iter().map(|(_, v)| v).collect();
    let (open, segments, close) = split_source(source, python)?;
    let holes: Vec<&str> = segments.iter().filter_map(|s| s.hole()).collect();
    if holes.len() != values.len() || values.is_empty() || values.iter().any(String::is_empty) {
        return None;
    }
    let pieces = place(new, &values)?;
    let kind = Kind::of(&open, segments.iter().any(|s| s.hole().is_some_and(|h| h.starts_with('%'))));
    let mut out = open.clone();
    for (i, piece) in pieces.iter().enumerate() {
        out.push_str(&escape(piece, kind, &close)?);
        if let Some(hole) = holes.get(i) {
            out.push_str(hole);
        }
    }
    out.push_str(&close);
    (out != source).then_some(out)
}

/// The static pieces of `text` around `values` placed in order, when there is exactly one placement.
fn place(text: &str, values: &[String]) -> Option<Vec<String>> {
    fn go(text: &str, values: &[String], from: usize, acc: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
        if out.len() >= MAX_PLACEMENTS {
            return;
        }
        let Some((first, rest)) = values.split_first() else {
            out.push(acc.clone());
            return;
        };
        for (at, _) in text[from..].match_indices(first.as_str()) {
            acc.push(from + at);
            go(text, rest, from + at + first.len(), acc, out);
            acc.pop();
        }
    }
    let mut found = Vec::new();
    go(text, values, 0, &mut Vec::new(), &mut found);
    let [starts] = found.as_slice() else { return None };
    let mut pieces = Vec::new();
    let mut prev = 0;
    for (start, value) in starts.iter().zip(values) {
        pieces.push(text[prev..*start].to_string());
        prev = start + value.len();
    }
    pieces.push(text[prev..].to_string());
    Some(pieces)
}

/// How a literal's static text is escaped.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// `f"..."` / `"{}".format(...)`: braces doubled.
    Braces,
    /// `"%d" % x`: percent signs doubled.
    Percent,
    /// A JS template literal: `${` escaped.
    Backtick,
}

impl Kind {
    fn of(open: &str, percent: bool) -> Kind {
        if open.ends_with('`') {
            Kind::Backtick
        } else if percent {
            Kind::Percent
        } else {
            Kind::Braces
        }
    }
}

fn escape(piece: &str, kind: Kind, close: &str) -> Option<String> {
    let mut out = String::new();
    for c in piece.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' if close.len() == 3 || kind == Kind::Backtick => out.push('\n'),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '{' | '}' if kind == Kind::Braces => {
                out.push(c);
                out.push(c);
            }
            '%' if kind == Kind::Percent => out.push_str("%%"),
            c if close.starts_with(c) => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    Some(if kind == Kind::Backtick { out.replace("${", "\\${") } else { out })
}

/// One piece of a literal's source between its quotes.
#[derive(Debug, PartialEq)]
enum Segment<'a> {
    Static,
    Hole(&'a str),
}

impl<'a> Segment<'a> {
    fn hole(&self) -> Option<&'a str> {
        match self {
            Segment::Hole(h) => Some(h),
            Segment::Static => None,
        }
    }
}

/// A literal's opening (prefix and quote), its holes' source in order among static runs, and its closing
/// quote. `None` for raw strings and anything not one literal: their escapes would need other rules.
fn split_source(source: &str, python: bool) -> Option<(String, Vec<Segment<'_>>, String)> {
    let prefix: String = source.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
    if prefix.to_ascii_lowercase().contains('r') || prefix.to_ascii_lowercase().contains('b') {
        return None;
    }
    let rest = &source[prefix.len()..];
    let quote = ["\"\"\"", "'''", "\"", "'", "`"].into_iter().find(|q| rest.starts_with(q))?;
    let body_start = prefix.len() + quote.len();
    let body_end = source.len().checked_sub(quote.len())?;
    if body_end < body_start || !source.ends_with(quote) {
        return None;
    }
    let body = &source[body_start..body_end];
    let formatted = prefix.to_ascii_lowercase().contains('f');
    let mut segments = Vec::new();
    let bytes = body.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let next = bytes.get(i + 1).copied();
        if c == b'\\' {
            i += 2;
            continue;
        }
        let brace_hole = (python && c == b'{') || (!python && quote == "`" && c == b'$' && next == Some(b'{'));
        if python && c == b'{' && next == Some(b'{') || python && c == b'}' && next == Some(b'}') {
            i += 2;
        } else if brace_hole {
            let open = if c == b'$' { i + 1 } else { i };
            let mut depth = 0;
            let mut j = open;
            while j < bytes.len() {
                match bytes[j] {
                    b'{' => depth += 1,
                    b'}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= bytes.len() {
                return None;
            }
            segments.push(Segment::Hole(&body[i..=j]));
            i = j + 1;
        } else if python && !formatted && c == b'%' {
            if next == Some(b'%') {
                i += 2;
                continue;
            }
            let mut j = i + 1;
            while j < bytes.len() && b"#0- +.123456789(".contains(&bytes[j]) {
                j += 1;
            }
            if bytes.get(j).is_some_and(|b| b"sdifrxXeEgGcaou".contains(b)) {
                segments.push(Segment::Hole(&body[i..=j]));
                i = j + 1;
            } else {
                i += 1;
            }
        } else {
            if !matches!(segments.last(), Some(Segment::Static)) {
                segments.push(Segment::Static);
            }
            i += 1;
        }
    }
    Some((source[..body_start].to_string(), segments, quote.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewrite(source: &str, python: bool, old: &str, new: &str) -> Option<String> {
        let path = if python { "t.py" } else { "t.ts" };
        let src = SourceFile::from_text(path, format!("x = {source}\n")).unwrap();
        let mut found = None;
        src.walk(|n| {
            if found.is_none() && n.kind() == "expression_statement" {
                let value = n.named_child(0).and_then(|a| a.child_by_field_name("right").or(a.named_child(1)));
                found = value.and_then(|v| template_literal(&src, v)).map(|l| l.id());
            }
            true
        });
        let mut out = None;
        src.walk(|n| {
            if Some(n.id()) == found {
                out = retemplate(&src, n, old, new);
            }
            true
        });
        out
    }

    #[test]
    fn static_text_is_rewritten_around_the_same_holes() {
        assert_eq!(
            rewrite(
                "f\"Your order {order.number} has shipped\"",
                true,
                "Your order 1042 has shipped",
                "[Acme Garden] Order #1042 shipped"
            )
            .as_deref(),
            Some("f\"[Acme Garden] Order #{order.number} shipped\"")
        );
        assert_eq!(
            rewrite(
                "\"Your order %d has shipped\" % number",
                true,
                "Your order 1 has shipped",
                "[Acme] Order #1 shipped (50%)"
            )
            .as_deref(),
            Some("\"[Acme] Order #%d shipped (50%%)\"")
        );
        assert_eq!(
            rewrite("\"{} of {}\".format(a, b)", true, "3 of 7", "3/7 {done}").as_deref(),
            Some("\"{}/{} {{done}}\"")
        );
        assert_eq!(
            rewrite("`Order #${id} shipped`", false, "Order #7 shipped", "Order 7 left ${cost}").as_deref(),
            Some("`Order ${id} left \\${cost}`")
        );
    }

    #[test]
    fn a_value_placed_two_ways_or_not_at_all_is_refused() {
        assert_eq!(rewrite("f\"order {n}\"", true, "order 1", "order 1 of 1"), None);
        assert_eq!(rewrite("f\"order {n}\"", true, "order 1", "order #2"), None);
        assert_eq!(rewrite("f\"order {n}\"", true, "order 7", "order 1"), None);
    }
}
