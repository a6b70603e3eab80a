//! A mock's or spy's call check whose expected arguments are stale: `mailer.send.assert_called_once_with(to=...,
//! subject='Invoice INV-7 is overdue')`, `expect(send).toHaveBeenNthCalledWith(1, 'ops@x', 'Invoice INV-7 ...')`.
//!
//! The runner prints both argument lists whole (unittest.mock's `Expected: send(...)` / `Actual: send(...)`,
//! vitest's `- Expected` / `+ Received` diff of the argument array). Each argument the test wrote as a literal
//! that differs is rewritten to the received value, leaf by leaf inside objects; an argument the test computes
//! or matches loosely (`ANY`, `expect.any(String)`) must be unchanged, else nothing is proposed. Whether the new
//! arguments are meant is judged like any stale value: the change must explain them.

use tree_sitter::Node;

use crate::context::Context;
use crate::failure::{Failure, FailureKind};
use crate::fix::{Edit, Fix, StrategyKind};
use crate::source::SourceFile;
use crate::strategies::value::Value;

const PY_METHODS: &[&str] = &["assert_called_with", "assert_called_once_with"];
const TS_MATCHERS: &[&str] = &["toHaveBeenCalledWith", "toBeCalledWith", "toHaveBeenLastCalledWith", "lastCalledWith"];
/// Matchers whose first argument is the call's number, not one of its arguments.
const TS_NTH: &[&str] = &["toHaveBeenNthCalledWith", "nthCalledWith"];

/// One argument as the runner printed it: its keyword (Python), its value when it is a literal (`None` for
/// `<ANY>` and other reprs that are no literal).
#[derive(Debug, Clone, PartialEq)]
struct Printed {
    keyword: Option<String>,
    value: Option<Value>,
}

/// The fix, when the failing assertion is a call check whose literal arguments hold the old values.
pub(super) fn propose(failure: &Failure, ctx: &Context) -> Option<Fix> {
    if failure.kind != FailureKind::TestFailure || ctx.observed.flipped() {
        return None;
    }
    let rel = failure.file.as_deref().and_then(|f| ctx.sources.relative(f))?;
    let src = ctx.sources.get(&rel).ok()?;
    if src.root().has_error() {
        return None;
    }
    let (expected, received) = if src.lang().is_python() { mock_calls(failure)? } else { spy_calls(failure)? };
    let call = check_call(&src, failure.line?)?;
    let args = arguments(&src, call)?;
    let mut edits = Vec::new();
    let (mut was, mut now) = (Vec::new(), Vec::new());
    for (i, want) in expected.iter().enumerate() {
        let got = match &want.keyword {
            Some(k) => received.iter().find(|r| r.keyword.as_deref() == Some(k))?,
            None => received.get(i).filter(|r| r.keyword.is_none())?,
        };
        // Equal, or matched loosely (`ANY`, a repr that is no literal): a re-run tells whether it still fails.
        if want.value == got.value || want.value.is_none() {
            continue;
        }
        // A differing argument must be a literal the test wrote, holding exactly the printed old value.
        let (Some(old), Some(new)) = (&want.value, &got.value) else { return None };
        if new.is_suspicious() {
            return None;
        }
        let node = match &want.keyword {
            Some(k) => args.keywords.iter().find(|(name, _)| name == k)?.1,
            None => *args.positional.get(i)?,
        };
        if super::literal_value(&src, node).as_ref() != Some(old) {
            // Text the test builds from a template (`subject=f"Your order {order.number} has shipped"`): its
            // static text follows the new value, its holes stay.
            let (Value::Str(was_text), Value::Str(now_text)) = (old, new) else { return None };
            let literal = super::templated::template_literal(&src, node)?;
            let rendered = super::templated::retemplate(&src, literal, was_text, now_text)?;
            edits.push(Edit::replace(&rel, literal.byte_range(), rendered));
            was.push(old.clone());
            now.push(new.clone());
            continue;
        }
        for (range, text) in super::leaf_edits(&src, node, &new.ordered_like(old))? {
            edits.push(Edit::replace(&rel, range, text));
        }
        was.push(old.clone());
        now.push(new.clone());
    }
    if edits.is_empty() || expected.len() != received.len() {
        return None;
    }
    let (old_value, new_value) = match (was.len(), now.len()) {
        (1, 1) => (was.remove(0), now.remove(0)),
        _ => (Value::List(was), Value::List(now)),
    };
    let test = crate::strategies::failing_test(&src, failure);
    let (intent, verdict) = super::judged::judged(&src, &rel, test, ctx, (&new_value, &old_value));
    let (base, applicability, why) = super::grade(intent, verdict);
    let line = src.line_of(call.start_byte());
    let count = edits.len();
    Some(
        Fix::new(
            StrategyKind::AssertionUpdate,
            edits,
            base,
            format!("Update the expected call arguments on line {line} ({count} value(s))"),
            format!("The mock was called with different arguments than the test expects; {why}."),
        )
        .with_applicability(applicability),
    )
}

/// unittest.mock's `Expected: send(a, k='v')` and `Actual: send(...)` lines.
fn mock_calls(failure: &Failure) -> Option<(Vec<Printed>, Vec<Printed>)> {
    let text = format!("{}\n{}", failure.message, failure.raw);
    let line =
        |head: &str| text.lines().map(str::trim).find_map(|l| l.strip_prefix(head)).map(str::trim).map(str::to_string);
    let (expected, actual) = (line("Expected: ")?, line("Actual: ")?);
    Some((py_args(&expected)?, py_args(&actual)?))
}

/// The arguments of a printed Python call `name(a, k='v')`.
fn py_args(call: &str) -> Option<Vec<Printed>> {
    let open = call.find('(')?;
    let inner = call.get(open + 1..)?.strip_suffix(')')?;
    Some(
        split_top_level(inner)
            .into_iter()
            .map(|piece| {
                let piece = piece.trim();
                let keyword = piece
                    .split_once('=')
                    .filter(|(k, _)| !k.is_empty() && k.chars().all(|c| c.is_alphanumeric() || c == '_'))
                    .map(|(k, v)| (k.to_string(), v));
                match keyword {
                    Some((k, v)) => Printed { keyword: Some(k), value: Value::parse(v.trim()) },
                    None => Printed { keyword: None, value: Value::parse(piece) },
                }
            })
            .collect(),
    )
}

/// `text` split at its top-level commas (outside brackets and quotes).
fn split_top_level(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some((item, after)) = crate::failure::util::split_top_level(rest, ",") {
        out.push(item);
        rest = after;
    }
    if !rest.trim().is_empty() {
        out.push(rest);
    }
    out
}

/// vitest/jest: the argument arrays of a `to have been called with` failure, whole (the message cuts them short;
/// the diff or a capture re-run has them).
fn spy_calls(failure: &Failure) -> Option<(Vec<Printed>, Vec<Printed>)> {
    if !failure.message.contains("called with") {
        return None;
    }
    let parsed = (failure.expected.as_deref().and_then(Value::parse), failure.actual.as_deref().and_then(Value::parse));
    let (expected, actual) = match parsed {
        (Some(e), Some(a)) => (e, a),
        _ => {
            // `toHaveBeenCalledWith` on a spy called once prints `1st spy call:` and the argument diff.
            let once = super::strip_ansi(&failure.raw).contains("Number of calls: 1\n");
            let (a, e) = super::received_from_diff(&failure.raw)
                .or_else(|| once.then(|| super::diff_after(&failure.raw, "1st spy call:")).flatten())?;
            (e, a)
        }
    };
    let list = |v: Value| match v {
        Value::List(items) => Some(items.into_iter().map(|v| Printed { keyword: None, value: Some(v) }).collect()),
        _ => None,
    };
    Some((list(expected)?, list(actual)?))
}

/// The call check on the failing line: `x.assert_called_with(...)` or `expect(x).toHaveBeenCalledWith(...)`.
fn check_call<'a>(src: &'a SourceFile, line: u32) -> Option<Node<'a>> {
    let python = src.lang().is_python();
    let kinds: &[&str] = if python { &["call"] } else { &["call_expression"] };
    let mut found = src.nodes_on_line(line, kinds).into_iter().filter(|call| {
        let Some(callee) = call.child_by_field_name("function") else { return false };
        let field = if python { "attribute" } else { "property" };
        let name = callee.child_by_field_name(field).map(|n| src.node_text(n)).unwrap_or_default();
        PY_METHODS.contains(&name) && python || !python && (TS_MATCHERS.contains(&name) || TS_NTH.contains(&name))
    });
    let one = found.next()?;
    found.next().is_none().then_some(one)
}

/// The argument nodes of the call check, the call's number of an `nth` matcher left out.
struct Arguments<'a> {
    positional: Vec<Node<'a>>,
    keywords: Vec<(String, Node<'a>)>,
}

fn arguments<'a>(src: &SourceFile, call: Node<'a>) -> Option<Arguments<'a>> {
    let list = call.child_by_field_name("arguments")?;
    let mut c = list.walk();
    let mut out = Arguments { positional: Vec::new(), keywords: Vec::new() };
    for arg in list.named_children(&mut c).filter(|a| a.kind() != "comment") {
        match arg.kind() {
            "keyword_argument" => {
                let name = src.node_text(arg.child_by_field_name("name")?).to_string();
                out.keywords.push((name, arg.child_by_field_name("value")?));
            }
            "list_splat" | "dictionary_splat" | "spread_element" => return None,
            _ => out.positional.push(arg),
        }
    }
    let callee = call.child_by_field_name("function")?;
    let name = callee.child_by_field_name("property").map(|n| src.node_text(n)).unwrap_or_default();
    if TS_NTH.contains(&name) {
        if out.positional.is_empty() {
            return None;
        }
        out.positional.remove(0);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::context::{GitSignals, Hunk, SourceCache};
    use crate::failure::Runner;

    fn heal(path: &str, test: &str, line: u32, runner: Runner, message: &str, raw: &str) -> Option<String> {
        let cache = SourceCache::new("/nonexistent");
        cache.set_text(path, test);
        let mut git = GitSignals::default();
        let file = if path.ends_with(".py") { "reminders/service.py" } else { "reminders/service.ts" };
        git.dirty.insert(file.into());
        let hunk = Hunk {
            file: file.into(),
            removed: vec!["    subject = f\"Invoice {inv.number} is overdue\"".into()],
            added: vec!["    subject = f\"[Payment reminder] Invoice {inv.number}: {days} days overdue\"".into()],
        };
        git.hunks.insert(crate::context::WORKTREE.into(), vec![hunk]);
        let ctx = Context::new(&cache, git);
        let mut f = Failure::new(FailureKind::TestFailure, runner, message);
        f.file = Some(path.into());
        f.line = Some(line);
        f.raw = raw.into();
        let fix = propose(&f, &ctx)?;
        Some(crate::fix::apply_edits(test, fix.edits()).unwrap())
    }

    #[test]
    fn mock_arguments_printed_by_unittest_are_updated_where_they_differ() {
        let test = "from unittest.mock import ANY\nfrom reminders.service import remind\n\ndef test_mail(mailer):\n    remind(mailer)\n    mailer.send.assert_called_once_with(\n        to='ops@x.example', subject='Invoice INV-7 is overdue', body=ANY\n    )\n";
        let raw = "AssertionError: expected call not found.\nExpected: send(to='ops@x.example', subject='Invoice INV-7 is overdue', body=<ANY>)\n  Actual: send(to='ops@x.example', subject='[Payment reminder] Invoice INV-7: 19 days overdue', body='Hello,\\n\\nyou owe us.')\n";
        let fixed = heal("tests/test_reminders.py", test, 6, Runner::Pytest, "expected call not found.", raw).unwrap();
        assert_eq!(
            fixed,
            test.replace("'Invoice INV-7 is overdue'", "'[Payment reminder] Invoice INV-7: 19 days overdue'")
        );
        // Built from a template: the static text follows, the hole stays.
        let built = test.replace("subject='Invoice INV-7 is overdue'", "subject=f'Invoice INV-{n} is overdue'");
        assert_eq!(
            heal("tests/test_reminders.py", &built, 6, Runner::Pytest, "expected call not found.", raw).unwrap(),
            built.replace("f'Invoice INV-{n} is overdue'", "f'[Payment reminder] Invoice INV-{n}: 19 days overdue'")
        );
        // A differing argument the test does not write as a literal: nothing to update.
        let computed = test.replace("subject='Invoice INV-7 is overdue'", "subject=SUBJECT");
        assert_eq!(
            heal("tests/test_reminders.py", &computed, 6, Runner::Pytest, "expected call not found.", raw),
            None
        );
    }

    #[test]
    fn a_spy_called_once_prints_its_call_as_a_diff() {
        let test = "import { expect, it, vi } from 'vitest';\nimport { signIn } from '../reminders/service';\nit('audits', () => {\n  const audit = vi.fn();\n  expect(audit).toHaveBeenCalledWith('Invoice INV-7 is overdue', { userId: 7 });\n});\n";
        let raw = "AssertionError: expected \"spy\" to be called with arguments: [ 'Invoice INV-7 is overdue', …(1) ]\n\nReceived: \n\n\u{1b}[1m  1st spy call:\n\n\u{1b}[22m\u{1b}[2m  [\u{1b}[22m\n\u{1b}[32m-   \"Invoice INV-7 is overdue\",\u{1b}[90m\n\u{1b}[31m+   \"[Payment reminder] Invoice INV-7: 19 days overdue\",\u{1b}[90m\n\u{1b}[2m    {\u{1b}[22m\n\u{1b}[2m      \"userId\": 7,\u{1b}[22m\n\u{1b}[2m    },\u{1b}[22m\n\u{1b}[2m  ]\u{1b}[22m\n\u{1b}[39m\u{1b}[90m\n\nNumber of calls: \u{1b}[1m1\u{1b}[22m\n";
        let message = "expected \"spy\" to be called with arguments: [ 'Invoice INV-7 is overdue', …(1) ]";
        let fixed = heal("test/login.test.ts", test, 5, Runner::Vitest, message, raw).unwrap();
        assert_eq!(
            fixed,
            test.replace("'Invoice INV-7 is overdue'", "'[Payment reminder] Invoice INV-7: 19 days overdue'")
        );
    }

    #[test]
    fn spy_arguments_from_the_vitest_diff_skip_the_call_number() {
        let test = "import { expect, it } from 'vitest';\nimport { remind } from '../reminders/service';\nit('mails', () => {\n  remind(mailer);\n  expect(mailer.send).toHaveBeenNthCalledWith(1, 'ops@kiosk.test', 'Invoice INV-7 is overdue', {\n    tag: 'reminder',\n  });\n});\n";
        let raw = "AssertionError: expected 1st \"spy\" call to have been called with [ 'ops@kiosk.test', …(2) ]\n\n- Expected\n+ Received\n\n  [\n    \"ops@kiosk.test\",\n-   \"Invoice INV-7 is overdue\",\n+   \"[Payment reminder] Invoice INV-7: 19 days overdue\",\n    {\n      \"tag\": \"reminder\",\n    },\n  ]\n\n ❯ src/__tests__/reminders.test.ts:5:25\n";
        let message = "expected 1st \"spy\" call to have been called with [ 'ops@kiosk.test', …(2) ]";
        let fixed = heal("src/__tests__/reminders.test.ts", test, 5, Runner::Vitest, message, raw).unwrap();
        assert_eq!(
            fixed,
            test.replace("'Invoice INV-7 is overdue'", "'[Payment reminder] Invoice INV-7: 19 days overdue'")
        );
    }
}
