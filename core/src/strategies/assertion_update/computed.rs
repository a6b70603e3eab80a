//! Expectations computed by an expression, and the project's own assert helper.
//!
//! **What it does**: many suites build the expected text instead of writing it out (`expected =
//! "\n".join(["a   b", "---  ---"])`, `"1" + "0" * 101`, `['a', 'b'].join('\n')`) and compare it through their
//! own helper (`def assert_equal(expected, actual): assert expected == actual` in `tests/common.py`). When the
//! code now produces another value, the smallest set of literals *inside* the expression is edited so that it
//! evaluates to the new value, keeping its shape: for a join, only the lines that differ (or one clear block of
//! inserted or deleted lines); for a concatenation, the one literal or repeat count the change falls in; for
//! `"{} | {} items".format("spam", 3)`, the one static piece of the template or the one argument. The
//! expression is never replaced by a flat literal.
//!
//! For a helper, the failing comparison is inside the helper (the innermost frame, often with an empty
//! `AssertionError`): its two operands are parameters, mapped to the arguments at the test's call (the test's
//! frame line); an argument that is a variable is followed to its one assignment in the test.
//!
//! **When it refuses**: the expression cannot be evaluated statically (a call, a name defined elsewhere, an
//! f-string), both operands evaluate (which one is expected?), a variable is assigned more than once, the line
//! mapping of a join is ambiguous, or the intent rules of any value update refuse ([`super::judged`]).
//!
//! ```
//! use maestro_test_healer::strategies::assertion_update::computed::line_edits;
//! let old = ["a  b", "-  -", "1  2"];
//! assert_eq!(line_edits(&old, &["a  b", ":- -:", "1  2"]), Some(vec![(1, 2, vec![":- -:".to_string()])]));
//! // One line inserted after the second.
//! assert_eq!(line_edits(&old, &["a  b", "-  -", "0  0", "1  2"]), Some(vec![(2, 2, vec!["0  0".to_string()])]));
//! ```

use std::ops::Range;

use tree_sitter::Node;

use crate::context::Context;
use crate::failure::{Failure, FailureKind};
use crate::fix::{Edit, Fix, StrategyKind};
use crate::source::SourceFile;
use crate::strategies::value::{Style, Value};

/// The fix, when the failing comparison's expected side is computed in the test (directly, through a variable,
/// or through the project's assert helper).
pub(super) fn propose(failure: &Failure, ctx: &Context) -> Option<Fix> {
    if failure.kind != FailureKind::TestFailure || ctx.observed.flipped() {
        return None;
    }
    let printed = [Value::parse(failure.actual.as_deref()?)?, Value::parse(failure.expected.as_deref()?)?];
    let rel = failure.file.as_deref().and_then(|f| ctx.sources.relative(f))?;
    let src = ctx.sources.get(&rel).ok()?;
    let line = failure.line?;
    if src.root().has_error() {
        return None;
    }
    let test = crate::strategies::failing_test(&src, failure)?;
    // Each candidate comparison: its operands as the test writes them, the line they are read at, and whether
    // they were reached through a helper's parameters (then even a plain literal is this update's, not the
    // ordinary one's, which only reads the assertion's own line).
    let mut pairs: Vec<([Option<Node>; 2], u32, bool)> = Vec::new();
    for c in super::comparisons_on_line(&src, line) {
        pairs.push(match through_helper(&src, test, c.operands, failure, &rel) {
            Some((operands, call_line)) => (operands, call_line, true),
            None => (c.operands.map(Some), line, false),
        });
    }
    if pairs.is_empty() {
        pairs.extend(helper_operands(&src, line, failure, ctx).map(|o| (o.map(Some), line, true)));
    }
    let mut found = Vec::new();
    for (operands, at, via_helper) in pairs {
        let values = operands.map(|n| resolve(&src, test, n?, at).and_then(|e| eval(&src, e).map(|v| (e, v))));
        let idx = match (&values[0], &values[1]) {
            (Some(_), None) => 0,
            (None, Some(_)) => 1,
            _ => continue,
        };
        let Some((expr, old)) = values[idx].clone() else { continue };
        // A helper given the expected amount as text (`assert_money(x, "1.01")` comparing `Decimal(expected)`):
        // the printed number or constructor is that text.
        let text_arg = via_helper && expr.kind() == "string";
        let as_text = |v: &Value| match (v, v.only_arg()) {
            (Value::Number(n), _) | (_, Some(Value::Number(n))) if text_arg => Value::Str(n.clone()),
            (_, Some(arg)) if text_arg => arg.clone(),
            _ => v.clone(),
        };
        let (Value::Str(was), Value::Str(now)) = (as_text(&printed[idx]), as_text(&printed[1 - idx])) else { continue };
        let (was, now) = (&was, &now);
        // The expression must be the one the runner printed; a plain literal written in the assertion itself is
        // the ordinary update's.
        let direct = !via_helper && Some(expr) == operands[idx];
        if &old != was || was == now || (direct && is_plain_literal(expr)) {
            continue;
        }
        found.push((expr, was.clone(), now.clone()));
    }
    let [(expr, was, now)] = found.as_slice() else { return None };
    let edits = rewrite(&src, *expr, now)?;
    // The edits must rebuild exactly the new value.
    let mut text = src.text().to_string();
    let mut sorted = edits.clone();
    sorted.sort_by_key(|(r, _)| std::cmp::Reverse(r.start));
    for (r, t) in &sorted {
        text.replace_range(r.clone(), t);
    }
    let edited = SourceFile::from_text(&rel, &text).ok()?;
    let shift: isize = sorted
        .iter()
        .filter(|(r, _)| r.end <= expr.start_byte())
        .map(|(r, t)| t.len() as isize - r.len() as isize)
        .sum();
    let grown: isize = sorted.iter().map(|(r, t)| t.len() as isize - r.len() as isize).sum();
    let start = (expr.start_byte() as isize + shift) as usize;
    let end = (expr.end_byte() as isize + grown) as usize;
    let node = edited.root().descendant_for_byte_range(start, end)?;
    if eval(&edited, node).as_deref() != Some(now.as_str()) {
        return None;
    }
    let (new_value, old_value) = (Value::Str(now.clone()), Value::Str(was.clone()));
    let (intent, verdict) = super::judged::judged(&src, &rel, Some(test), ctx, (&new_value, &old_value));
    let (base, applicability, why) = super::grade(intent, verdict);
    let line = src.line_of(expr.start_byte());
    let count = edits.len();
    let edits: Vec<Edit> = edits.into_iter().map(|(r, t)| Edit::replace(&rel, r, t)).collect();
    Some(
        Fix::new(
            StrategyKind::AssertionUpdate,
            edits,
            base,
            format!("Update the computed expectation on line {line} ({count} literal(s) inside it)"),
            format!("The expression the test compares with evaluates to the old output; the literals inside it now build the value the code returned; {why}."),
        )
        .with_applicability(applicability),
    )
}

fn is_plain_literal(node: Node) -> bool {
    matches!(node.kind(), "string" | "template_string" | "integer" | "float" | "number")
}

/// The two operands of the assertion inside the project's helper, as the arguments of the test's call to it.
fn helper_operands<'a>(src: &'a SourceFile, line: u32, failure: &Failure, ctx: &Context) -> Option<[Node<'a>; 2]> {
    let inner = failure.frames.last()?;
    let helper_rel = ctx.sources.relative(&inner.file)?;
    let helper_src = ctx.sources.get(&helper_rel).ok()?;
    let assert = helper_src.nodes_on_line(inner.line, &["assert_statement"]).into_iter().next()?;
    let cmp = assert.named_child(0)?;
    if cmp.kind() != "comparison_operator" || cmp.named_child_count() != 2 {
        return None;
    }
    let mut c = cmp.walk();
    let ops: Vec<&str> = cmp.children(&mut c).filter(|n| !n.is_named()).map(|n| helper_src.node_text(n)).collect();
    if ops != ["=="] {
        return None;
    }
    // `value == Decimal(expected)`: the parameter inside a value constructor stands for it.
    let name_of = |n: Node| {
        let inner = super::rows::wrapped(&helper_src, n).map(|(arg, _)| arg);
        helper_src.node_text(inner.unwrap_or(n)).to_string()
    };
    let names = [cmp.named_child(0)?, cmp.named_child(1)?].map(name_of);
    let mut def = assert.parent();
    while let Some(d) = def.filter(|d| d.kind() != "function_definition") {
        def = d.parent();
    }
    let def = def?;
    let fname = helper_src.node_text(def.child_by_field_name("name")?).to_string();
    let params_node = def.child_by_field_name("parameters")?;
    let mut c = params_node.walk();
    let mut params: Vec<String> = params_node
        .named_children(&mut c)
        .filter_map(|p| match p.kind() {
            "identifier" => Some(helper_src.node_text(p).to_string()),
            "default_parameter" | "typed_parameter" | "typed_default_parameter" => {
                let n = p.child_by_field_name("name").or_else(|| p.named_child(0))?;
                Some(helper_src.node_text(n).to_string())
            }
            _ => None,
        })
        .collect();
    if params.first().is_some_and(|p| p == "self" || p == "cls") {
        params.remove(0);
    }
    let call = src.nodes_on_line(line, &["call"]).into_iter().find(|call| {
        call.child_by_field_name("function").is_some_and(|f| {
            let t = src.node_text(f);
            t == fname || t.ends_with(&format!(".{fname}"))
        })
    })?;
    let args = call.child_by_field_name("arguments")?;
    let mut c = args.walk();
    let all: Vec<Node> = args.named_children(&mut c).filter(|a| a.kind() != "comment").collect();
    let arg_for = |name: &str| -> Option<Node<'a>> {
        if let Some(k) = all.iter().find(|k| {
            k.kind() == "keyword_argument" && k.child_by_field_name("name").is_some_and(|n| src.node_text(n) == name)
        }) {
            return k.child_by_field_name("value");
        }
        let i = params.iter().position(|p| p == name)?;
        let positional: Vec<&Node> = all.iter().filter(|a| a.kind() != "keyword_argument").collect();
        positional.get(i).map(|n| **n)
    };
    Some([arg_for(&names[0])?, arg_for(&names[1])?])
}

/// A comparison inside a helper function of the test file (`function expectRoundTrip(input, expected) {
/// expect(f(input)).toBe(expected) }`, a `def check(expected, actual): assert ...`): its operands that are the
/// helper's parameters, as the arguments of the failing test's call to it, and that call's line. The call is the
/// one a stack frame of the failure names, else the test's only call to the helper.
fn through_helper<'a>(
    src: &'a SourceFile,
    test: Node<'a>,
    operands: [Node<'a>; 2],
    failure: &Failure,
    rel: &std::path::Path,
) -> Option<([Option<Node<'a>>; 2], u32)> {
    const FUNCTIONS: &[&str] =
        &["function_definition", "function_declaration", "function_expression", "arrow_function", "method_definition"];
    let mut func = operands[0].parent();
    while let Some(f) = func.filter(|f| !FUNCTIONS.contains(&f.kind())) {
        func = f.parent();
    }
    let func = func?;
    // The test's own body (or a callback inside it) is not a helper.
    if func.start_byte() >= test.start_byte() && func.end_byte() <= test.end_byte() || func == test {
        return None;
    }
    let name_node = func.child_by_field_name("name").or_else(|| {
        let parent = func.parent()?;
        (parent.kind() == "variable_declarator").then(|| parent.child_by_field_name("name")).flatten()
    })?;
    let name = src.node_text(name_node);
    let params_node = func.child_by_field_name("parameters")?;
    let mut c = params_node.walk();
    let mut params: Vec<&str> = params_node
        .named_children(&mut c)
        .filter_map(|p| match p.kind() {
            "identifier" => Some(src.node_text(p)),
            _ => p
                .child_by_field_name("pattern")
                .or_else(|| p.child_by_field_name("name"))
                .or_else(|| p.named_child(0))
                .filter(|n| n.kind() == "identifier")
                .map(|n| src.node_text(n)),
        })
        .collect();
    if params.first().is_some_and(|p| *p == "self" || *p == "cls") {
        params.remove(0);
    }
    let index =
        |n: &Node| (n.kind() == "identifier").then(|| params.iter().position(|p| *p == src.node_text(*n))).flatten();
    if operands.iter().all(|n| index(n).is_none()) {
        return None;
    }
    let mut calls = Vec::new();
    let mut stack = vec![test];
    while let Some(n) = stack.pop() {
        if matches!(n.kind(), "call" | "call_expression") {
            let callee = n.child_by_field_name("function").map(|f| src.node_text(f)).unwrap_or("");
            if callee == name || callee.ends_with(&format!(".{name}")) {
                calls.push(n);
            }
        }
        let mut c = n.walk();
        stack.extend(n.named_children(&mut c));
    }
    let framed: Vec<u32> =
        failure.frames.iter().filter(|f| f.file.ends_with(rel) || rel.ends_with(&f.file)).map(|f| f.line).collect();
    let by_frame: Vec<Node> = calls.iter().copied().filter(|c| framed.contains(&src.line_of(c.start_byte()))).collect();
    let call = match (by_frame.as_slice(), calls.as_slice()) {
        ([one], _) | ([], [one]) => *one,
        _ => return None,
    };
    let args = call.child_by_field_name("arguments")?;
    let mut c = args.walk();
    let positional: Vec<Node> = args
        .named_children(&mut c)
        .filter(|a| !matches!(a.kind(), "comment" | "keyword_argument" | "spread_element"))
        .collect();
    // A parameter becomes the call's argument; anything else stays the helper's own (never statically known
    // from the test: a local of the helper must not be looked up among the test's variables).
    let mapped = operands.map(|n| index(&n).map(|i| positional.get(i).copied()));
    if mapped.iter().any(|m| matches!(m, Some(None))) {
        return None;
    }
    Some((mapped.map(Option::flatten), src.line_of(call.start_byte())))
}

/// The expression an operand stands for: itself, or for a variable, the one value it is assigned in the test
/// before `line` (none other anywhere in the test).
fn resolve<'a>(src: &SourceFile, test: Node<'a>, operand: Node<'a>, line: u32) -> Option<Node<'a>> {
    if operand.kind() != "identifier" {
        return Some(operand);
    }
    let name = src.node_text(operand);
    let mut found = Vec::new();
    let mut stack = vec![test];
    while let Some(n) = stack.pop() {
        let target_value = match n.kind() {
            "assignment" => n.child_by_field_name("left").zip(n.child_by_field_name("right")),
            "variable_declarator" => n.child_by_field_name("name").zip(n.child_by_field_name("value")),
            "augmented_assignment" | "for_statement" | "for_in_statement" => {
                n.child_by_field_name("left").map(|l| (l, l))
            }
            _ => None,
        };
        if let Some((target, value)) = target_value {
            if src.node_text(target) == name {
                found.push((n, value));
            }
        }
        let mut c = n.walk();
        stack.extend(n.named_children(&mut c));
    }
    let [(assign, value)] = found.as_slice() else { return None };
    (src.line_of(assign.start_byte()) < line && assign.kind() != "augmented_assignment").then_some(*value)
}

/// The string an expression evaluates to, when only literals build it: string literals (adjacent ones joined),
/// `+`, `*` by an integer literal, `sep.join([...])` / `[...].join(sep)`, parentheses.
pub(crate) fn eval(src: &SourceFile, node: Node) -> Option<String> {
    match node.kind() {
        "string" | "template_string" => {
            let text = src.node_text(node);
            if text.starts_with(['f', 'F', 'b', 'B']) || text.contains("${") {
                return None;
            }
            match Value::parse(text)? {
                Value::Str(s) => Some(s),
                _ => None,
            }
        }
        "concatenated_string" => {
            let mut c = node.walk();
            node.named_children(&mut c).map(|n| eval(src, n)).collect()
        }
        "parenthesized_expression" => eval(src, node.named_child(0)?),
        "binary_operator" | "binary_expression" => {
            let (l, r) = (node.child_by_field_name("left")?, node.child_by_field_name("right")?);
            match src.node_text(node.child_by_field_name("operator")?) {
                "+" => Some(eval(src, l)? + &eval(src, r)?),
                "*" => {
                    let (s, n) = match (eval(src, l), int(src, r), eval(src, r), int(src, l)) {
                        (Some(s), Some(n), _, _) | (_, _, Some(s), Some(n)) => (s, n),
                        _ => return None,
                    };
                    (n <= 100_000).then(|| s.repeat(n))
                }
                _ => None,
            }
        }
        "call" if format_parts(src, node).is_some() => {
            let (_, segments) = format_parts(src, node)?;
            Some(segments.into_iter().map(|(text, _)| text).collect())
        }
        "call" | "call_expression" => {
            let (sep, items) = join_parts(src, node)?;
            let sep = eval(src, sep)?;
            let parts: Option<Vec<String>> = items.iter().map(|i| eval(src, *i)).collect();
            Some(parts?.join(&sep))
        }
        _ => None,
    }
}

fn int(src: &SourceFile, node: Node) -> Option<usize> {
    matches!(node.kind(), "integer" | "number").then(|| src.node_text(node).parse().ok()).flatten()
}

/// A piece of a formatted value: its text, and the argument it came from (`None` for the template's own text).
type Segment<'a> = (String, Option<Node<'a>>);

/// `"template {} {}".format(a, b)` with bare `{}` fields (or `{{`/`}}`) and literal arguments: the template node
/// and the value's segments, each a static piece (`None`) or an argument's text (its node).
fn format_parts<'a>(src: &SourceFile, call: Node<'a>) -> Option<(Node<'a>, Vec<Segment<'a>>)> {
    let func = call.child_by_field_name("function")?;
    if func.kind() != "attribute" || src.node_text(func.child_by_field_name("attribute")?) != "format" {
        return None;
    }
    let template = func.child_by_field_name("object")?;
    if template.kind() != "string" {
        return None;
    }
    let text = eval(src, template)?;
    let args = call.child_by_field_name("arguments")?;
    let mut c = args.walk();
    let positional: Vec<Node> = args.named_children(&mut c).filter(|a| a.kind() != "comment").collect();
    if positional.iter().any(|a| !matches!(a.kind(), "string" | "integer")) {
        return None;
    }
    let mut segments: Vec<Segment> = Vec::new();
    let mut static_text = String::new();
    let mut next = 0;
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        match (ch, chars.peek()) {
            ('{', Some('{')) | ('}', Some('}')) => {
                chars.next();
                static_text.push(ch);
            }
            ('{', Some('}')) => {
                chars.next();
                let arg = *positional.get(next)?;
                next += 1;
                let value = if arg.kind() == "integer" { src.node_text(arg).to_string() } else { eval(src, arg)? };
                if !static_text.is_empty() {
                    segments.push((std::mem::take(&mut static_text), None));
                }
                segments.push((value, Some(arg)));
            }
            ('{' | '}', _) => return None,
            _ => static_text.push(ch),
        }
    }
    if !static_text.is_empty() {
        segments.push((static_text, None));
    }
    (next == positional.len()).then_some((template, segments))
}

/// `sep.join([items])` (Python) or `[items].join(sep)` (TypeScript): the separator and the list's elements.
fn join_parts<'a>(src: &SourceFile, call: Node<'a>) -> Option<(Node<'a>, Vec<Node<'a>>)> {
    let func = call.child_by_field_name("function")?;
    let args = call.child_by_field_name("arguments")?;
    let (object, method) = match func.kind() {
        "attribute" => (func.child_by_field_name("object")?, func.child_by_field_name("attribute")?),
        "member_expression" => (func.child_by_field_name("object")?, func.child_by_field_name("property")?),
        _ => return None,
    };
    if src.node_text(method) != "join" || args.named_child_count() != 1 {
        return None;
    }
    let arg = args.named_child(0)?;
    let (sep, list) = if src.lang().is_python() { (object, arg) } else { (arg, object) };
    if !matches!(list.kind(), "list" | "tuple" | "array") {
        return None;
    }
    let mut c = list.walk();
    let items: Vec<Node> = list.named_children(&mut c).filter(|n| n.kind() != "comment").collect();
    Some((sep, items))
}

/// Edits inside `expr` that make it evaluate to `new`.
fn rewrite(src: &SourceFile, expr: Node, new: &str) -> Option<Vec<(Range<usize>, String)>> {
    match expr.kind() {
        "string" | "template_string" => Some(vec![(expr.byte_range(), render(src, expr, new)?)]),
        "parenthesized_expression" => rewrite(src, expr.named_child(0)?, new),
        "call" if format_parts(src, expr).is_some() => {
            // `"...".format(args)`: the one static piece of the template, or the one argument, that the change
            // falls in.
            let (template, segments) = format_parts(src, expr)?;
            let old: String = segments.iter().map(|(t, _)| t.as_str()).collect();
            let prefix = common_prefix(&old, new);
            let suffix = common_suffix(&old[prefix..], &new[prefix..]);
            let changed = prefix..old.len() - suffix;
            let delta = new.len() as isize - old.len() as isize;
            let mut at = 0;
            for (i, (text, arg)) in segments.iter().enumerate() {
                let span = at..at + text.len();
                at += text.len();
                if !(span.start <= changed.start && changed.end <= span.end) {
                    continue;
                }
                let piece = new.get(span.start..(span.end as isize + delta) as usize)?;
                return match arg {
                    Some(arg) if arg.kind() == "integer" => {
                        piece.parse::<u64>().ok().map(|_| vec![(arg.byte_range(), piece.to_string())])
                    }
                    Some(arg) => rewrite(src, *arg, piece),
                    None => {
                        // Rebuild the template with this static piece replaced, braces escaped again.
                        let body: String = segments
                            .iter()
                            .enumerate()
                            .map(|(j, (t, a))| match (j == i, a) {
                                (true, _) => piece.replace('{', "{{").replace('}', "}}"),
                                (false, None) => t.replace('{', "{{").replace('}', "}}"),
                                (false, Some(_)) => "{}".to_string(),
                            })
                            .collect();
                        // Only templates of bare `{}` fields can be rebuilt this way.
                        let original = eval(src, template)?;
                        let fields = segments.iter().filter(|(_, a)| a.is_some()).count();
                        (original.matches("{}").count() == fields).then_some(())?;
                        Some(vec![(template.byte_range(), render(src, template, &body)?)])
                    }
                };
            }
            None
        }
        "call" | "call_expression" => {
            let (sep, items) = join_parts(src, expr)?;
            let sep = eval(src, sep)?;
            if sep.is_empty() {
                return None;
            }
            let old: Vec<String> = items.iter().map(|i| eval(src, *i)).collect::<Option<_>>()?;
            let new_lines: Vec<&str> = new.split(sep.as_str()).collect();
            let old_refs: Vec<&str> = old.iter().map(String::as_str).collect();
            let mut out = Vec::new();
            for (at, until, lines) in line_edits(&old_refs, &new_lines)? {
                if at < until {
                    // Replaced lines, one for one (a deletion when `lines` is empty).
                    if lines.is_empty() {
                        let first = items[at];
                        let end =
                            if until < items.len() { items[until].start_byte() } else { items[until - 1].end_byte() };
                        let start =
                            if until < items.len() || at == 0 { first.start_byte() } else { items[at - 1].end_byte() };
                        out.push((start..end, String::new()));
                        continue;
                    }
                    if lines.len() != until - at {
                        return None;
                    }
                    for (k, l) in lines.iter().enumerate() {
                        let item = items[at + k];
                        out.extend(rewrite(src, item, l)?);
                    }
                } else {
                    // Inserted lines: rendered like their neighbour, with the same separator between items.
                    let (neighbour, gap) = match (at.checked_sub(1).map(|i| items[i]), items.get(at)) {
                        (Some(prev), Some(next)) => (prev, &src.text()[prev.end_byte()..next.start_byte()]),
                        (Some(prev), None) if at >= 2 => {
                            (prev, &src.text()[items[at - 2].end_byte()..prev.end_byte() - src.node_text(prev).len()])
                        }
                        (None, Some(next)) if items.len() >= 2 => {
                            (*next, &src.text()[next.end_byte()..items[1].start_byte()])
                        }
                        _ => return None,
                    };
                    let mut text = String::new();
                    for l in &lines {
                        text.push_str(&render(src, neighbour, l)?);
                        text.push_str(gap);
                    }
                    match items.get(at) {
                        Some(next) => out.push((next.start_byte()..next.start_byte(), text)),
                        None => {
                            let prev = items[at - 1];
                            let body = text.strip_suffix(gap)?;
                            out.push((prev.end_byte()..prev.end_byte(), format!("{gap}{body}")));
                        }
                    }
                }
            }
            Some(out)
        }
        "binary_operator" | "binary_expression" | "concatenated_string" => {
            // The one literal piece (or repeat count) that the change falls in.
            let old = eval(src, expr)?;
            let prefix = common_prefix(&old, new);
            let suffix = common_suffix(&old[prefix..], &new[prefix..]);
            let changed_old = prefix..old.len() - suffix;
            let mut pieces = Vec::new();
            flatten(src, expr, &mut pieces, &mut 0)?;
            for (node, span, kind) in pieces {
                let inside = span.start <= changed_old.start && changed_old.end <= span.end;
                if !inside {
                    continue;
                }
                let delta = new.len() as isize - old.len() as isize;
                let new_end = (span.end as isize + delta) as usize;
                let piece_new = new.get(span.start..new_end)?;
                return match kind {
                    Piece::Literal => Some(vec![(node.byte_range(), render(src, node, piece_new)?)]),
                    Piece::Repeat(unit, count_node) => {
                        if unit.is_empty()
                            || piece_new.len() % unit.len() != 0
                            || piece_new != unit.repeat(piece_new.len() / unit.len())
                        {
                            return None;
                        }
                        Some(vec![(count_node.byte_range(), (piece_new.len() / unit.len()).to_string())])
                    }
                };
            }
            None
        }
        _ => None,
    }
}

enum Piece<'a> {
    Literal,
    /// `unit * count`: the repeated text and the count's node.
    Repeat(String, Node<'a>),
}

/// The leaves of a concatenation with the byte spans of the value they build.
fn flatten<'a>(
    src: &SourceFile,
    node: Node<'a>,
    out: &mut Vec<(Node<'a>, Range<usize>, Piece<'a>)>,
    at: &mut usize,
) -> Option<()> {
    match node.kind() {
        "string" | "template_string" => {
            let s = eval(src, node)?;
            out.push((node, *at..*at + s.len(), Piece::Literal));
            *at += s.len();
        }
        "parenthesized_expression" => flatten(src, node.named_child(0)?, out, at)?,
        "concatenated_string" => {
            let mut c = node.walk();
            for n in node.named_children(&mut c).collect::<Vec<_>>() {
                flatten(src, n, out, at)?;
            }
        }
        "binary_operator" | "binary_expression" => {
            let (l, r) = (node.child_by_field_name("left")?, node.child_by_field_name("right")?);
            match src.node_text(node.child_by_field_name("operator")?) {
                "+" => {
                    flatten(src, l, out, at)?;
                    flatten(src, r, out, at)?;
                }
                "*" => {
                    let (unit, count) = match (eval(src, l), int(src, r)) {
                        (Some(u), Some(_)) => (u, r),
                        _ => (eval(src, r)?, l),
                    };
                    let s = eval(src, node)?;
                    out.push((node, *at..*at + s.len(), Piece::Repeat(unit, count)));
                    *at += s.len();
                }
                _ => return None,
            }
        }
        _ => return None,
    }
    Some(())
}

fn common_prefix(a: &str, b: &str) -> usize {
    let mut n = 0;
    for (x, y) in a.chars().zip(b.chars()) {
        if x != y {
            break;
        }
        n += x.len_utf8();
    }
    n
}

fn common_suffix(a: &str, b: &str) -> usize {
    let mut n = 0;
    for (x, y) in a.chars().rev().zip(b.chars().rev()) {
        if x != y {
            break;
        }
        n += x.len_utf8();
    }
    n.min(a.len()).min(b.len())
}

/// The line edits turning `old` into `new`: `(at, until, lines)` replaces old lines `at..until` by `lines`
/// (an insertion when `at == until`). With equal counts, the differing lines one for one; otherwise one
/// contiguous block inserted or deleted, the rest equal. `None` when the mapping is ambiguous.
pub fn line_edits(old: &[&str], new: &[&str]) -> Option<Vec<(usize, usize, Vec<String>)>> {
    if old.len() == new.len() {
        return Some(
            (0..old.len()).filter(|&i| old[i] != new[i]).map(|i| (i, i + 1, vec![new[i].to_string()])).collect(),
        );
    }
    let head = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let tail = old[head..].iter().rev().zip(new[head..].iter().rev()).take_while(|(a, b)| a == b).count();
    if old.len() < new.len() && head + tail == old.len() {
        let lines = new[head..new.len() - tail].iter().map(|s| s.to_string()).collect();
        return Some(vec![(head, head, lines)]);
    }
    if new.len() < old.len() && head + tail == new.len() {
        return Some(vec![(head, old.len() - tail, Vec::new())]);
    }
    None
}

/// A string literal holding `text`, in the replaced literal's quotes (a raw or byte prefix is refused).
fn render(src: &SourceFile, literal: Node, text: &str) -> Option<String> {
    let own = src.node_text(literal);
    if own.starts_with(['r', 'R', 'b', 'B', 'f', 'F']) || !matches!(literal.kind(), "string" | "template_string") {
        return None;
    }
    if own.starts_with("\"\"\"") || own.starts_with("'''") || own.starts_with('`') {
        return None;
    }
    let quote = own.chars().next()?;
    let style = if src.lang().is_python() { Style::python(quote) } else { Style::typescript(quote) };
    Value::Str(text.to_string()).render(&style)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::context::{GitSignals, Hunk, SourceCache};
    use crate::failure::{Frame, Runner};

    /// The test file after the fix for a failure at `line` printing `actual`/`expected` (the code committed
    /// after the test, changing `code`), or `None`.
    fn healed(files: &[(&str, &str)], failure: Failure, code: (&str, &[&str], &[&str])) -> Option<String> {
        let cache = SourceCache::new("/nonexistent");
        for (p, t) in files {
            cache.set_text(*p, *t);
        }
        let mut git = GitSignals::default();
        let hunk = Hunk {
            file: code.0.into(),
            removed: code.1.iter().map(|s| s.to_string()).collect(),
            added: code.2.iter().map(|s| s.to_string()).collect(),
        };
        git.last_commit.insert(files[0].0.into(), "a".into());
        git.last_commit.insert(code.0.into(), "b".into());
        git.parents.insert("b".into(), vec!["a".into()]);
        git.hunks.insert("b".into(), vec![hunk]);
        let fix = propose(&failure, &Context::new(&cache, git))?;
        if fix.confidence() < crate::confidence::DEFAULT_THRESHOLD {
            eprintln!("below the threshold: {} {}", fix.confidence(), fix.rationale());
            return None;
        }
        let mut text = files[0].1.to_string();
        let mut edits: Vec<&Edit> = fix.edits().iter().collect();
        edits.sort_by_key(|e| std::cmp::Reverse(e.range.start));
        for e in edits {
            text.replace_range(e.range.clone(), &e.replacement);
        }
        Some(text)
    }

    fn failing(file: &str, line: u32, actual: &str, expected: &str) -> Failure {
        let runner = if file.ends_with(".py") { Runner::Pytest } else { Runner::Vitest };
        let mut f = Failure::new(FailureKind::TestFailure, runner, "AssertionError");
        f.file = Some(file.into());
        f.line = Some(line);
        f.actual = Some(actual.into());
        f.expected = Some(expected.into());
        f
    }

    const GITHUB: &str = "from common import assert_equal\nfrom tabulate import tabulate\n\n\ndef test_github():\n    expected = \"\\n\".join(\n        [\n            \"| strings   |   numbers |\",\n            \"|-----------|-----------|\",\n            \"| spam      |   41.9999 |\",\n        ]\n    )\n    result = tabulate(rows, tablefmt=\"github\")\n    assert_equal(expected, result)\n";
    const COMMON: &str = "def assert_equal(expected, result):\n    print(expected)\n    assert expected == result\n";
    /// The code and its documentation changed together.
    const FMT: (&str, &[&str], &[&str]) = (
        "tabulate/__init__.py",
        &["    \"\"\"A rule of dashes under the header.\"\"\"", "    return \"-\" * w"],
        &[
            "    \"\"\"A rule under the header; colons mark how each column is aligned.\"\"\"",
            "    return _aligned_rule(w, align)",
        ],
    );

    fn helper_failure(actual: &str, expected: &str) -> Failure {
        let mut f = failing("test/test_output.py", 14, actual, expected);
        f.frames = vec![
            Frame { file: "test/test_output.py".into(), line: 14, column: None, function: None },
            Frame { file: "test/common.py".into(), line: 3, column: None, function: None },
        ];
        f
    }

    #[test]
    fn a_join_through_the_projects_helper_edits_the_changed_line_only() {
        let old = "'| strings   |   numbers |\\n|-----------|-----------|\\n| spam      |   41.9999 |'";
        let new = "'| strings   |   numbers |\\n|:----------|----------:|\\n| spam      |   41.9999 |'";
        let files = [("test/test_output.py", GITHUB), ("test/common.py", COMMON)];
        let after = healed(&files, helper_failure(old, new), FMT).unwrap();
        assert_eq!(after, GITHUB.replace("\"|-----------|-----------|\"", "\"|:----------|----------:|\""));
        // A line added at the end, after the last one, keeps the list's layout.
        let longer = "'| strings   |   numbers |\\n|-----------|-----------|\\n| spam      |   41.9999 |\\n| eggs      |  451      |'";
        let after = healed(&files, helper_failure(old, longer), FMT).unwrap();
        assert_eq!(
            after,
            GITHUB.replace("41.9999 |\",\n", "41.9999 |\",\n            \"| eggs      |  451      |\",\n")
        );
        // The printed expected value is not what the expression builds: another comparison.
        assert_eq!(healed(&files, helper_failure("'x'", new), FMT), None);
        // Reassigned: which value was compared is not known statically.
        let twice = GITHUB.replace("    result = ", "    expected = expected + \"\"\n    result = ");
        let files2 = [("test/test_output.py", twice.as_str()), ("test/common.py", COMMON)];
        let mut f = helper_failure(old, new);
        f.line = Some(15);
        f.frames[0].line = 15;
        assert_eq!(healed(&files2, f, FMT), None);
    }

    #[test]
    fn concatenations_and_ts_joins_keep_their_shape() {
        let src = "from num import big\n\ndef test_big():\n    assert big() == \"1\" + \"0\" * 101\n";
        let f = failing("test_num.py", 4, &format!("'1{}'", "0".repeat(102)), &format!("'1{}'", "0".repeat(101)));
        let after = healed(&[("test_num.py", src)], f, ("num.py", &["DIGITS = 101"], &["DIGITS = 102"])).unwrap();
        assert_eq!(after, src.replace("* 101", "* 102"));
        let src = "from num import label\n\ndef test_label():\n    assert label() == \"Total: \" + \"3 items\"\n";
        let f = failing("test_num.py", 4, "'Total: 3 articles'", "'Total: 3 items'");
        let after =
            healed(&[("test_num.py", src)], f, ("num.py", &["UNIT = 'items'"], &["UNIT = 'articles'"])).unwrap();
        assert_eq!(after, src.replace("\"3 items\"", "\"3 articles\""));
        let src = "import { table } from '../src/table';\nit('renders', () => {\n  expect(table()).toBe(['a  b', '-  -'].join('\\n'));\n});\n";
        let f = failing("test/table.test.ts", 3, "'a  b\\n:- -:'", "'a  b\\n-  -'");
        let code: (&str, &[&str], &[&str]) = ("src/table.ts", &["const RULE = '-  -';"], &["const RULE = ':- -:';"]);
        let after = healed(&[("test/table.test.ts", src)], f, code).unwrap();
        assert_eq!(after, src.replace("'-  -'", "':- -:'"));
        // An expression calling code is not static: refused.
        let src = "from num import big\n\ndef test_big():\n    assert big() == str(10) + \"0\"\n";
        let f = failing("test_num.py", 4, "'1001'", "'100'");
        assert_eq!(healed(&[("test_num.py", src)], f, ("num.py", &["DIGITS = 1"], &["DIGITS = 2"])), None);
    }

    #[test]
    fn a_helper_in_the_test_file_maps_its_parameter_to_the_framed_call() {
        let src = "import { expect, it } from 'vitest';\nimport { shout } from '../src/shout';\n\nfunction expectShout(input: string, expected: string) {\n  expect(shout(input)).toBe(expected);\n}\n\nit('shouts', () => {\n  expectShout('a', 'A!');\n  expectShout('b', 'B!');\n});\n";
        let mut f = failing("test/shout.test.ts", 5, "'B!!'", "'B!'");
        f.test_id = Some("test/shout.test.ts > shouts".into());
        f.frames = vec![
            Frame { file: "test/shout.test.ts".into(), line: 10, column: None, function: None },
            Frame { file: "test/shout.test.ts".into(), line: 5, column: None, function: Some("expectShout".into()) },
        ];
        let code: (&str, &[&str], &[&str]) = ("src/shout.ts", &["const MARK = '!';"], &["const MARK = '!!';"]);
        let after = healed(&[("test/shout.test.ts", src)], f.clone(), code).unwrap();
        assert_eq!(after, src.replace("'B!'", "'B!!'"));
        // Two calls and no frame naming one: which call failed is not known.
        f.frames.clear();
        assert_eq!(healed(&[("test/shout.test.ts", src)], f, code), None);
        // A Python helper beside the test, called once.
        let src = "from shout import shout\n\n\ndef check(expected, word):\n    assert expected == shout(word)\n\n\ndef test_shout():\n    check(\"A!\", \"a\")\n";
        let mut f = failing("test_shout.py", 5, "'A!'", "'A!!'");
        f.test_id = Some("test_shout.py::test_shout".into());
        let after = healed(&[("test_shout.py", src)], f, ("shout.py", &["MARK = '!'"], &["MARK = '!!'"])).unwrap();
        assert_eq!(after, src.replace("\"A!\"", "\"A!!\""));
    }

    #[test]
    fn format_calls_edit_the_template_piece_or_the_argument() {
        let src = "from fmt import row\n\ndef test_row():\n    assert row() == \"{} | {} items\".format(\"spam\", 3)\n";
        let code: (&str, &[&str], &[&str]) = ("fmt.py", &["UNIT = 'items'"], &["UNIT = 'articles'"]);
        let f = failing("test_fmt.py", 4, "'spam | 3 articles'", "'spam | 3 items'");
        let after = healed(&[("test_fmt.py", src)], f, code).unwrap();
        assert_eq!(after, src.replace("{} items", "{} articles"));
        let code: (&str, &[&str], &[&str]) = ("fmt.py", &["NAME = 'spam'"], &["NAME = 'eggs'"]);
        let f = failing("test_fmt.py", 4, "'eggs | 3 items'", "'spam | 3 items'");
        let after = healed(&[("test_fmt.py", src)], f, code).unwrap();
        assert_eq!(after, src.replace("\"spam\"", "\"eggs\""));
        // A change across a field and the template is not one piece: refused.
        let f = failing("test_fmt.py", 4, "'eggs - 3 items'", "'spam | 3 items'");
        assert_eq!(healed(&[("test_fmt.py", src)], f, code), None);
    }

    #[test]
    fn ambiguous_line_changes_are_refused() {
        assert_eq!(line_edits(&["a", "b", "c"], &["a", "x", "y", "c"]), None);
        assert_eq!(line_edits(&["a", "b", "c"], &["a", "c"]), Some(vec![(1, 2, vec![])]));
    }
}
