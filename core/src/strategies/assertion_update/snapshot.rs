//! Inline snapshots: `expect(x).toMatchInlineSnapshot(`...`)`. Like `vitest -u` for the one failing snapshot:
//! the template is rewritten with the value the run printed, in the template's own indentation, and only when
//! the printed expected value is exactly the template's current content (the right snapshot) and the change
//! since the test explains the new value, as for any other assertion update.

use tree_sitter::Node;

use super::{build_fix, judge};
use crate::context::Context;
use crate::failure::{Failure, FailureKind};
use crate::fix::Fix;
use crate::source::SourceFile;
use crate::strategies::value::Value;

/// The fix for a failing inline snapshot on the failure's line.
pub(super) fn propose(failure: &Failure, ctx: &Context) -> Option<Fix> {
    if failure.kind != FailureKind::TestFailure || ctx.observed.flipped() {
        return None;
    }
    // A saved log or a first run read from the console has no structured values: the diff below the message
    // holds the snapshot whole, and the expected side is checked against the template below.
    let (actual, expected) = match (&failure.actual, &failure.expected) {
        (Some(a), Some(e)) => (a.clone(), e.clone()),
        _ => diff_texts(&failure.raw)?,
    };
    let (actual, expected) = (actual.as_str(), expected.as_str());
    if actual == expected {
        return None;
    }
    let rel = failure.file.as_deref().and_then(|f| ctx.sources.relative(f))?;
    let src = ctx.sources.get(&rel).ok()?;
    if src.root().has_error() || src.lang().is_python() {
        return None;
    }
    let line = failure.line?;
    let templates: Vec<Node> =
        src.nodes_on_line(line, &["call_expression"]).into_iter().filter_map(|n| snapshot_arg(&src, n)).collect();
    let [template] = templates.as_slice() else { return None };
    let (content, indent, closing) = dedent(src.node_text(*template))?;
    // The printed expected value must be this snapshot's content: otherwise it is another assertion's.
    if content != expected {
        return None;
    }
    let rendered = render(actual, &indent, &closing)?;
    let as_value = |t: &str| Value::Str(t.strip_prefix('"').and_then(|t| t.strip_suffix('"')).unwrap_or(t).to_string());
    let (new_value, old_value) = (as_value(actual), as_value(expected));
    let judged = judge(&src, &rel, failure, ctx, (&new_value, &old_value));
    Some(build_fix(&src, &rel, *template, rendered, &new_value, judged, true))
}

/// The received and expected texts of a vitest/jest snapshot diff (`- Expected` / `+ Received`, then common
/// lines indented by two spaces, blank lines empty), up to the code frame (`❯ file:line`).
pub(super) fn diff_texts(raw: &str) -> Option<(String, String)> {
    let mut lines = raw.lines().skip_while(|l| l.trim() != "+ Received").skip(1).skip_while(|l| l.trim().is_empty());
    let (mut received, mut expected) = (Vec::new(), Vec::new());
    for line in lines.by_ref() {
        let t = line.trim_start();
        if t.starts_with('❯') || t.starts_with('⎯') || t.starts_with("at ") {
            break;
        }
        match line.chars().next() {
            None => {
                received.push("");
                expected.push("");
            }
            Some('+') => received.push(line.get(2..).unwrap_or("")),
            Some('-') => expected.push(line.get(2..).unwrap_or("")),
            Some(' ') if line.starts_with("  ") => {
                received.push(&line[2..]);
                expected.push(&line[2..]);
            }
            _ => return None,
        }
    }
    while received.last() == Some(&"") && expected.last() == Some(&"") {
        received.pop();
        expected.pop();
    }
    (!received.is_empty() && !expected.is_empty()).then(|| (received.join("\n"), expected.join("\n")))
}

/// The template argument of `expect(...).toMatchInlineSnapshot(`...`)` (no property matcher, no `${}`).
fn snapshot_arg<'a>(src: &SourceFile, call: Node<'a>) -> Option<Node<'a>> {
    let func = call.child_by_field_name("function").filter(|f| f.kind() == "member_expression")?;
    if src.node_text(func.child_by_field_name("property")?) != "toMatchInlineSnapshot" {
        return None;
    }
    let subject = func.child_by_field_name("object").filter(|o| o.kind() == "call_expression")?;
    if src.node_text(subject.child_by_field_name("function")?) != "expect" {
        return None;
    }
    let args = call.child_by_field_name("arguments")?;
    let template = args.named_child(0).filter(|a| a.kind() == "template_string" && args.named_child_count() == 1)?;
    let mut c = template.walk();
    let plain = !template.named_children(&mut c).any(|n| n.kind() == "template_substitution");
    plain.then_some(template)
}

/// A snapshot template's content without its indentation, the indentation of its lines and of its closing
/// backtick. `None` for escapes (`\``, `\\`), which would need unescaping first.
fn dedent(template: &str) -> Option<(String, String, String)> {
    let raw = template.strip_prefix('`')?.strip_suffix('`')?;
    if raw.contains('\\') {
        return None;
    }
    let lines: Vec<&str> = raw.split('\n').collect();
    let [first, body @ .., last] = lines.as_slice() else { return None };
    if !first.trim().is_empty() || !last.trim().is_empty() || body.is_empty() {
        return None;
    }
    let content_line = body.iter().find(|l| !l.trim().is_empty())?;
    let indent: String = content_line.chars().take_while(|c| *c == ' ' || *c == '\t').collect();
    let mut out = Vec::new();
    for l in body {
        if l.trim().is_empty() {
            out.push("");
        } else {
            out.push(l.strip_prefix(indent.as_str())?);
        }
    }
    Some((out.join("\n"), indent, last.to_string()))
}

/// `value` as a snapshot template with the given indentation; `None` when it would need escapes.
fn render(value: &str, indent: &str, closing: &str) -> Option<String> {
    if value.contains(['`', '\\']) || value.contains("${") {
        return None;
    }
    let body: Vec<String> =
        value.split('\n').map(|l| if l.is_empty() { String::new() } else { format!("{indent}{l}") }).collect();
    Some(format!("`\n{}\n{closing}`", body.join("\n")))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::super::AssertionUpdate;
    use crate::strategies::check::{check_fix, check_no_fix, mismatch};

    const BEFORE: &str = "it('card', () => {\n  expect(card(u)).toMatchInlineSnapshot(`\n    \"Name: Ann\n\n    Role: admin\"\n  `)\n  expect(card(v)).toMatchInlineSnapshot(`\"x\"`)\n})\n";

    #[test]
    fn the_failing_inline_snapshot_is_rewritten_in_its_indentation() {
        // Before: no strategy read inline snapshots; nothing was proposed.
        check_fix(
            &AssertionUpdate,
            "card.test.ts",
            BEFORE,
            &mismatch("card.test.ts", 2, "\"Name: Ann\n\nRole: owner\"", "\"Name: Ann\n\nRole: admin\""),
            "it('card', () => {\n  expect(card(u)).toMatchInlineSnapshot(`\n    \"Name: Ann\n\n    Role: owner\"\n  `)\n  expect(card(v)).toMatchInlineSnapshot(`\"x\"`)\n})\n",
        );
    }

    #[test]
    fn a_console_diff_gives_the_values_when_the_run_captured_none() {
        // Before: a snapshot failure read from the console (no structured values) proposed nothing.
        let mut f = mismatch("card.test.ts", 2, "", "");
        f.actual = None;
        f.expected = None;
        f.raw = " FAIL  card.test.ts > card\nError: Snapshot `card 1` mismatched\n\n- Expected\n+ Received\n\n  \"Name: Ann\n\n- Role: admin\"\n+ Role: owner\"\n\n ❯ card.test.ts:2:19\n".into();
        check_fix(
            &AssertionUpdate,
            "card.test.ts",
            BEFORE,
            &f,
            "it('card', () => {\n  expect(card(u)).toMatchInlineSnapshot(`\n    \"Name: Ann\n\n    Role: owner\"\n  `)\n  expect(card(v)).toMatchInlineSnapshot(`\"x\"`)\n})\n",
        );
        // A diff that does not hold the template's content (cut, or another snapshot's) is no value to write.
        f.raw = " FAIL  card.test.ts > card\n- Expected\n+ Received\n\n- Role: admin\"\n+ Role: owner\"\n\n ❯ card.test.ts:2:19\n".into();
        check_no_fix(&AssertionUpdate, "card.test.ts", BEFORE, &f);
    }

    #[test]
    fn a_snapshot_that_does_not_hold_the_printed_expected_value_is_left_alone() {
        check_no_fix(
            &AssertionUpdate,
            "card.test.ts",
            BEFORE,
            &mismatch("card.test.ts", 2, "\"Name: Bob\"", "\"Name: Bob (old)\""),
        );
        // A new value that would need escaping in a template.
        check_no_fix(
            &AssertionUpdate,
            "card.test.ts",
            BEFORE,
            &mismatch("card.test.ts", 2, "\"Name: `Ann`\"", "\"Name: Ann\n\nRole: admin\""),
        );
    }
}
