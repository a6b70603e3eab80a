//! Expected text that quotes what the change replaced.
//!
//! Many assertions do not compare a whole value: `toContain('within 3 business days')`, `toThrow('at least 8
//! characters')`, `pytest.raises(match="between 1 and 99")`, `assertIn('priority:high', labels)`,
//! `toHaveBeenCalledWith('user.login', ...)`, one field of a `toMatchObject({...})`. When the change replaced a
//! literal the test imports (`MIN_LENGTH = 8` -> `12`, `'user.login'` -> `'auth.login'`), the stale expectation is
//! that literal quoted: the fix applies the change's own substitution to the expected side of the failing test's
//! assertions (never to the inputs), all of them in one fix, so several stale assertions are validated together.
//!
//! It is offered only when the code is newer than the test, the change explains the new text
//! ([`super::evidence`]), and the new text is what the run printed (the code produced it).
//!
//! ```
//! use maestro_test_healer::strategies::assertion_update::substitute::substitute;
//! let subs = vec![("8".to_string(), "12".to_string())];
//! assert_eq!(substitute("at least 8 characters", &subs).as_deref(), Some("at least 12 characters"));
//! assert_eq!(substitute("18 characters", &subs), None);
//! ```

use std::path::Path;

use tree_sitter::Node;

use super::evidence::{self, Verdict};
use crate::context::{ChangeIntent, Context};
use crate::failure::{Failure, FailureKind};
use crate::fix::{Applicability, Edit, Fix, StrategyKind};
use crate::source::{string_literal_value, SourceFile};
use crate::strategies::value::Value;

const TS_MATCHERS: &[&str] = &[
    "toBe",
    "toEqual",
    "toStrictEqual",
    "toContain",
    "toContainEqual",
    "toMatch",
    "toMatchObject",
    "toThrow",
    "toThrowError",
    "toHaveBeenCalledWith",
    "toHaveBeenLastCalledWith",
    "toHaveBeenNthCalledWith",
    "toHaveBeenCalledOnceWith",
    "toHaveProperty",
];
const NODE_ASSERTS: &[&str] =
    &["strictEqual", "deepStrictEqual", "equal", "deepEqual", "throws", "rejects", "match", "partialDeepStrictEqual"];
const PY_EQUALS: &[&str] = &[
    "assertEqual",
    "assertEquals",
    "assertListEqual",
    "assertDictEqual",
    "assertTupleEqual",
    "assertSequenceEqual",
    "assertCountEqual",
];
const PY_MOCK_CALLS: &[&str] = &[
    "assert_called_once_with",
    "assert_called_with",
    "assert_any_call",
    "assert_awaited_with",
    "assert_awaited_once_with",
    "assert_has_calls",
];

/// The fix, when the failing test's expected text quotes literals the change replaced.
pub(super) fn propose(failure: &Failure, ctx: &Context) -> Option<Fix> {
    if failure.kind != FailureKind::TestFailure || ctx.observed.flipped() {
        return None;
    }
    let rel = failure.file.as_deref().and_then(|f| ctx.sources.relative(f))?;
    let src = ctx.sources.get(&rel).ok()?;
    if src.root().has_error() || ctx.git.intent_for(&rel) != ChangeIntent::CodeNewer {
        return None;
    }
    let test = super::test_of(&src, failure)?;
    let current = |p: &Path| ctx.sources.get(p).ok().map(|s| s.text().to_string());
    let hunks = ctx.git.changes_since(&rel);
    let subs = evidence::substitutions(&src, &hunks, &ctx.change, &current);
    if subs.is_empty() {
        return None;
    }
    let mut literals = Vec::new();
    for side in expected_sides(&src, test) {
        string_literals(&src, side, &mut literals);
    }
    literals.sort_by_key(|n| n.start_byte());
    literals.dedup_by_key(|n| n.start_byte());
    let printed = format!("{}\n{}", failure.message, failure.raw);
    let mut edits = Vec::new();
    let mut witness: Option<(String, String)> = None;
    for lit in literals {
        let Some((range, old, new)) = rewrite(&src, lit, &subs) else { continue };
        if witness.is_none() && printed.contains(new.as_str()) {
            witness = Some((old.clone(), new.clone()));
        }
        edits.push((range, old, new));
    }
    // The code must have produced the new text: otherwise the substitution is a guess about another assertion.
    let arithmetic = witness.is_none();
    let (old, new, values) = match witness {
        Some((old, new)) => (old.clone(), new.clone(), (Value::Str(new), Value::Str(old))),
        None => {
            // `200.0 * 1.10` with the rate 0.10 -> 0.125: the factor is rewritten and the arithmetic kept.
            let (arithmetic, (old, new)) = super::arithmetic::edits(&src, test, &subs, failure)?;
            edits.extend(arithmetic);
            // pytest prints an approx expectation as `6.84 ± 6.8e-06`: its centre is the value.
            let centre = |s: &str| s.split(" ± ").next().unwrap_or(s).trim().to_string();
            let values = (
                Value::parse(&centre(failure.actual.as_deref()?))?,
                Value::parse(&centre(failure.expected.as_deref()?))?,
            );
            (old, new, values)
        }
    };
    let verdict = evidence::judge_with(&src, Some(test), &hunks, &ctx.change, (&values.0, &values.1), &current);
    let notes = ctx.git.notes_since(&rel);
    let by_change = ctx.git.notes_by_change(&rel);
    let refactoring = evidence::refactoring(&by_change);
    let record = evidence::Record { notes: &notes, uncommitted: ctx.git.all_uncommitted(&hunks), refactoring };
    let verdict = evidence::settle(verdict, &hunks, record, (&values.0, &values.1));
    let release = ctx.git.release_notes_since(&rel);
    let verdict =
        super::notes::weigh(verdict, &src, Some(test), (&notes, &release), &ctx.change, &hunks, (&values.0, &values.1));
    let how = match verdict {
        Verdict::Explained(how) | Verdict::Documented(how) => how,
        _ => return None,
    };
    let count = edits.len();
    let edits: Vec<Edit> = edits.into_iter().map(|(range, _, text)| Edit::replace(&rel, range, text)).collect();
    let places = if count == 1 { "1 place".to_string() } else { format!("{count} places") };
    Some(
        Fix::new(
            StrategyKind::AssertionUpdate,
            edits,
            0.88,
            if arithmetic {
                format!("Update the factor the change replaced: {old} -> {new} ({places})")
            } else {
                format!("Update the expected text the change replaced: '{old}' -> '{new}' ({places})")
            },
            if arithmetic {
                format!(
                    "The test computes its expected value from a factor the change replaced; the code changed after \
                     this test and explains it ({how}), and {new} gives the value the run returned ({}).",
                    failure.actual.as_deref().unwrap_or("?")
                )
            } else {
                format!(
                    "The test expects text the code under test no longer produces; the code changed after this test \
                     and explains it ({how}), and the run printed the new text '{new}'."
                )
            },
        )
        .with_applicability(Applicability::Unsafe),
    )
}

/// `text` with every substitution applied (numbers only as whole numbers), or `None` when none applies.
pub fn substitute(text: &str, subs: &[(String, String)]) -> Option<String> {
    let mut out = text.to_string();
    for (old, new) in subs {
        let numeric = old.parse::<f64>().is_ok();
        let mut next = String::with_capacity(out.len());
        let mut rest = out.as_str();
        let mut consumed = 0;
        while let Some(i) = rest.find(old.as_str()) {
            let before = out[..consumed + i].chars().next_back();
            let after = rest[i + old.len()..].chars().next();
            let after2 = rest[i + old.len()..].chars().nth(1);
            let glued = before.is_some_and(|c| c.is_ascii_digit() || c == '.')
                || after.is_some_and(|c| c.is_ascii_digit())
                || (after == Some('.') && after2.is_some_and(|c| c.is_ascii_digit()));
            let whole = !numeric || !glued;
            next.push_str(&rest[..i]);
            next.push_str(if whole { new } else { old });
            consumed += i + old.len();
            rest = &rest[i + old.len()..];
        }
        next.push_str(rest);
        out = next;
    }
    (out != text).then_some(out)
}

/// The literal's byte range, its text and its text after the substitutions, rewritten inside its quotes.
fn rewrite(src: &SourceFile, lit: Node, subs: &[(String, String)]) -> Option<(std::ops::Range<usize>, String, String)> {
    let body = string_literal_value(src, lit)?;
    let new = substitute(&body, subs)?;
    let text = src.node_text(lit);
    let quoted = text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    let quote = quoted.chars().next()?;
    if new.contains(quote) || new.contains('\\') || body.contains('\\') {
        return None;
    }
    let open = text.len() - quoted.len() + if quoted.starts_with(&quote.to_string().repeat(3)) { 3 } else { 1 };
    let start = lit.start_byte() + open;
    Some((start..start + body.len(), body, new))
}

/// The string literals under `node` (dict values, object fields, list items, call arguments), not f-strings or
/// templates with substitutions.
fn string_literals<'a>(src: &SourceFile, node: Node<'a>, out: &mut Vec<Node<'a>>) {
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        match n.kind() {
            "string" => {
                let mut c = n.walk();
                if !n.children(&mut c).any(|ch| ch.kind() == "interpolation") {
                    out.push(n);
                }
                continue;
            }
            "template_string" => {
                if !src.node_text(n).contains("${") {
                    out.push(n);
                }
                continue;
            }
            // A function or lambda inside an expectation (`toThrow(() => ...)`) is code, not expected text.
            "arrow_function" | "function_expression" | "lambda" => continue,
            _ => {}
        }
        let mut c = n.walk();
        stack.extend(n.named_children(&mut c));
    }
}

/// The expected sides of the assertions inside a test: what the code's result is compared with, never the
/// subject (`expect(subject)`, the first argument of `assert.equal`, the call inside `assert f(x) == ...`).
fn expected_sides<'a>(src: &SourceFile, test: Node<'a>) -> Vec<Node<'a>> {
    let helpers = assert_helpers(src);
    let mut out = Vec::new();
    let mut stack = vec![test];
    while let Some(n) = stack.pop() {
        if src.lang().is_python() {
            python_sides(src, n, &mut out);
        } else {
            ts_sides(src, n, &mut out);
        }
        helper_sides(src, n, &helpers, &mut out);
        let mut c = n.walk();
        stack.extend(n.named_children(&mut c));
    }
    out
}

/// The test file's own assert helpers: top-level functions (not tests) whose body asserts
/// (`function expectMessages(input, messages) { expect(...).toEqual(messages) }`, `def check_quote(...)`).
fn assert_helpers(src: &SourceFile) -> Vec<String> {
    let mut out = Vec::new();
    let mut c = src.root().walk();
    for n in src.root().named_children(&mut c) {
        let def = match n.kind() {
            "export_statement" | "decorated_definition" => {
                n.child_by_field_name("declaration").or_else(|| n.child_by_field_name("definition"))
            }
            _ => Some(n),
        };
        let Some(def) = def.filter(|d| matches!(d.kind(), "function_declaration" | "function_definition")) else {
            continue;
        };
        let Some(name) = def.child_by_field_name("name").map(|x| src.node_text(x)) else { continue };
        let body = def.child_by_field_name("body").map(|b| src.node_text(b)).unwrap_or("");
        if !name.starts_with("test") && (body.contains("expect(") || body.contains("assert")) {
            out.push(name.to_string());
        }
    }
    out
}

/// The literal arguments of a call to one of the file's assert helpers: what it is told to expect.
fn helper_sides<'a>(src: &SourceFile, n: Node<'a>, helpers: &[String], out: &mut Vec<Node<'a>>) {
    if !matches!(n.kind(), "call" | "call_expression") || helpers.is_empty() {
        return;
    }
    let (Some(func), Some(args)) = (n.child_by_field_name("function"), n.child_by_field_name("arguments")) else {
        return;
    };
    if func.kind() != "identifier" || !helpers.iter().any(|h| h == src.node_text(func)) {
        return;
    }
    let mut c = args.walk();
    out.extend(
        args.named_children(&mut c).filter(|a| literal_like(a) || matches!(a.kind(), "array" | "template_string")),
    );
}

fn literal_like(n: &Node) -> bool {
    matches!(n.kind(), "string" | "concatenated_string" | "dictionary" | "list" | "tuple" | "set")
}

fn python_sides<'a>(src: &SourceFile, n: Node<'a>, out: &mut Vec<Node<'a>>) {
    match n.kind() {
        "assert_statement" => {
            if let Some(cmp) = n.named_child(0) {
                comparison_sides(src, cmp, out);
            }
        }
        "call" => {
            let Some(func) = n.child_by_field_name("function") else { return };
            let Some(args) = n.child_by_field_name("arguments") else { return };
            let name = match func.kind() {
                "attribute" => func.child_by_field_name("attribute").map(|a| src.node_text(a)).unwrap_or(""),
                _ => src.node_text(func),
            };
            let mut c = args.walk();
            let positional: Vec<Node> = args
                .named_children(&mut c)
                .filter(|a| a.kind() != "keyword_argument" && a.kind() != "comment")
                .collect();
            match name {
                _ if PY_EQUALS.contains(&name) => out.extend(positional.iter().take(2).filter(|a| literal_like(a))),
                "assertIn" => out.extend(positional.first().filter(|a| literal_like(a))),
                "assertRegex" | "assertRaisesRegex" | "assertWarnsRegex" => out.extend(positional.get(1)),
                "assertTrue" => {
                    if let Some(cmp) = positional.first() {
                        comparison_sides(src, *cmp, out);
                    }
                }
                _ if PY_MOCK_CALLS.contains(&name) => out.push(args),
                "raises" | "warns" => {
                    let mut c = args.walk();
                    let matched = args.named_children(&mut c).find(|k| {
                        k.kind() == "keyword_argument"
                            && k.child_by_field_name("name").is_some_and(|k| src.node_text(k) == "match")
                    });
                    out.extend(matched.and_then(|k| k.child_by_field_name("value")));
                }
                _ => {}
            }
        }
        _ => {}
    }
}

/// `a == b` (the literal sides) and `x in y` (the text looked for).
fn comparison_sides<'a>(src: &SourceFile, cmp: Node<'a>, out: &mut Vec<Node<'a>>) {
    if cmp.kind() != "comparison_operator" || cmp.named_child_count() != 2 {
        return;
    }
    let mut c = cmp.walk();
    let ops: Vec<&str> = cmp.children(&mut c).filter(|ch| !ch.is_named()).map(|ch| src.node_text(ch)).collect();
    let (Some(a), Some(b)) = (cmp.named_child(0), cmp.named_child(1)) else { return };
    match ops.as_slice() {
        ["=="] => out.extend([a, b].into_iter().filter(literal_like)),
        ["in"] => out.extend(Some(a).filter(literal_like)),
        _ => {}
    }
}

fn ts_sides<'a>(src: &SourceFile, n: Node<'a>, out: &mut Vec<Node<'a>>) {
    if n.kind() != "call_expression" {
        return;
    }
    let (Some(func), Some(args)) = (n.child_by_field_name("function"), n.child_by_field_name("arguments")) else {
        return;
    };
    match func.kind() {
        "member_expression" => {
            let name = func.child_by_field_name("property").map(|p| src.node_text(p)).unwrap_or("");
            let object = func.child_by_field_name("object");
            if TS_MATCHERS.contains(&name) && object.is_some_and(|o| expect_chain(src, o)) {
                out.push(args);
            } else if NODE_ASSERTS.contains(&name) && object.is_some_and(|o| src.node_text(o) == "assert") {
                out.extend(args.named_child(1));
            }
        }
        "identifier" if NODE_ASSERTS.contains(&src.node_text(func)) => out.extend(args.named_child(1)),
        _ => {}
    }
}

/// `expect(x)`, `expect(x).resolves`, `expect(x).rejects`; not `.not` (a negated expectation says what must not
/// appear: substituting into it would turn it around).
fn expect_chain(src: &SourceFile, mut node: Node) -> bool {
    loop {
        match node.kind() {
            "call_expression" => {
                let callee = node.child_by_field_name("function").map(|f| src.node_text(f)).unwrap_or("");
                return callee == "expect";
            }
            "member_expression" => {
                let prop = node.child_by_field_name("property").map(|p| src.node_text(p)).unwrap_or("");
                if !matches!(prop, "resolves" | "rejects") {
                    return false;
                }
                let Some(object) = node.child_by_field_name("object") else { return false };
                node = object;
            }
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::context::{GitSignals, Hunk, SourceCache};
    use crate::failure::Runner;

    /// A failing test at `line` of `file`, printing `printed`, after a commit of `code_file` made after the
    /// test's commit.
    fn run(file: &str, before: &str, line: u32, printed: &str, code: (&str, &[&str], &[&str])) -> Option<String> {
        run_with(true, file, before, line, printed, code)
    }

    /// [`run`], the change committed or left as an uncommitted edit.
    fn run_with(
        committed: bool,
        file: &str,
        before: &str,
        line: u32,
        printed: &str,
        code: (&str, &[&str], &[&str]),
    ) -> Option<String> {
        let cache = SourceCache::new("/nonexistent");
        cache.set_text(file, before);
        let mut git = GitSignals::default();
        let hunk = Hunk {
            file: code.0.into(),
            removed: code.1.iter().map(|s| s.to_string()).collect(),
            added: code.2.iter().map(|s| s.to_string()).collect(),
        };
        if committed {
            git.last_commit.insert(file.into(), "a".into());
            git.last_commit.insert(code.0.into(), "b".into());
            git.parents.insert("b".into(), vec!["a".into()]);
            git.hunks.insert("b".into(), vec![hunk]);
        } else {
            git.dirty.insert(code.0.into());
            git.hunks.insert(crate::context::WORKTREE.into(), vec![hunk]);
        }
        let runner = if file.ends_with(".py") { Runner::Pytest } else { Runner::Vitest };
        let mut f = Failure::new(FailureKind::TestFailure, runner, printed);
        f.file = Some(file.into());
        f.line = Some(line);
        f.raw = printed.into();
        let fix = propose(&f, &Context::new(&cache, git))?;
        assert!(fix.confidence() >= crate::confidence::DEFAULT_THRESHOLD);
        let mut text = before.to_string();
        let mut edits: Vec<&Edit> = fix.edits().iter().collect();
        edits.sort_by_key(|e| std::cmp::Reverse(e.range.start));
        for e in edits {
            text.replace_range(e.range.clone(), &e.replacement);
        }
        Some(text)
    }

    #[test]
    fn to_contain_and_to_throw_messages() {
        let before = "import { note } from '../src/notes';\nit('promises', () => {\n  expect(note('standard')).toContain('within 3 business days');\n});\n";
        let after = run(
            "test/notes.test.ts",
            before,
            3,
            "AssertionError: expected 'Ships within 2 business days.' to contain 'within 3 business days'",
            (
                "src/notes.ts",
                &["export const STANDARD_DAYS = 3;"],
                &["export const STANDARD_DAYS = 2; // second shift"],
            ),
        );
        assert_eq!(after.unwrap(), before.replace("within 3", "within 2"));
        let before = "import { check } from '../src/policy';\nit('rejects short', () => {\n  expect(() => check('short8')).toThrow('at least 8 characters');\n});\n";
        let after = run(
            "test/policy.test.ts",
            before,
            3,
            "AssertionError: expected error to be thrown with message 'Password must be at least 12 characters' including 'at least 8 characters'",
            ("src/policy.ts", &["export const MIN_LENGTH = 8;"], &["export const MIN_LENGTH = 12;"]),
        );
        // The subject's input `short8` is never touched.
        assert_eq!(after.unwrap(), before.replace("at least 8", "at least 12"));
        // The same constant edit left uncommitted, with nothing written about it, is work in progress (or a bug):
        // the message is not rewritten. A comment the edit wrote says it is meant.
        let printed = "AssertionError: expected error to be thrown with message 'Password must be at least 12 characters' including 'at least 8 characters'";
        let bare = ("src/policy.ts", &["export const MIN_LENGTH = 8;"][..], &["export const MIN_LENGTH = 12;"][..]);
        assert_eq!(run_with(false, "test/policy.test.ts", before, 3, printed, bare), None);
        let noted = (bare.0, bare.1, &["export const MIN_LENGTH = 12; // NIST 2024 guidance"][..]);
        let after = run_with(false, "test/policy.test.ts", before, 3, printed, noted);
        assert_eq!(after.unwrap(), before.replace("at least 8", "at least 12"));
    }

    #[test]
    fn the_files_own_assert_helper_is_told_what_to_expect() {
        let before = "import { validate } from '../src/validate';\nfunction expectMessages(input, messages) {\n  expect(validate(input)).toEqual(messages);\n}\nit('email', () => {\n  expectMessages({ email: 'x' }, ['email is invalid']);\n});\n";
        let after = run(
            "test/validate.test.ts",
            before,
            6,
            "AssertionError: expected [ 'Enter a valid email.' ] to deeply equal [ 'email is invalid' ]",
            ("src/validate.ts", &["  email: 'email is invalid',"], &["  email: 'Enter a valid email.',"]),
        );
        assert_eq!(after.unwrap(), before.replace("'email is invalid'", "'Enter a valid email.'"));
    }

    #[test]
    fn called_with_match_object_and_several_assertions() {
        let before = "import { login } from '../src/login';\nit('audits', () => {\n  login(audit);\n  expect(audit.record).toHaveBeenCalledWith('user.login', { userId: 1 });\n  expect(last(audit)).toMatchObject({ event: 'user.login' });\n});\n";
        let after = run(
            "test/login.test.ts",
            before,
            4,
            "AssertionError: expected \"spy\" to be called with arguments: [ 'user.login', { userId: 1 } ]\nReceived: [ 'auth.login', { userId: 1 } ]",
            ("src/login.ts", &["  login: 'user.login',"], &["  login: 'auth.login',"]),
        );
        assert_eq!(after.unwrap(), before.replace("'user.login'", "'auth.login'"));
    }

    #[test]
    fn python_raises_match_assert_in_and_mock_calls() {
        let before = "import pytest\nfrom shop.cart import Cart\n\ndef test_limit():\n    with pytest.raises(ValueError, match=\"between 1 and 99\"):\n        Cart().add('x', 100)\n";
        let after = run(
            "tests/test_cart.py",
            before,
            6,
            "AssertionError: Regex pattern did not match.\n Regex: 'between 1 and 99'\n Input: 'quantity must be between 1 and 250'",
            ("shop/cart.py", &["MAX_QUANTITY = 99"], &["MAX_QUANTITY = 250  # bulk orders"]),
        );
        assert_eq!(after.unwrap(), before.replace("and 99", "and 250"));
        let before = "import unittest\nfrom tracker.labels import labels\n\nclass T(unittest.TestCase):\n    def test_scoped(self):\n        self.assertIn('priority:high', labels(issue))\n        self.assertTrue(labels(issue)[0] == 'priority:high')\n";
        let after = run(
            "tests/test_labels.py",
            before,
            6,
            "AssertionError: 'priority:high' not found in ['priority/high', 'bug']",
            ("tracker/labels.py", &["SEPARATOR = \":\""], &["SEPARATOR = \"/\"  # scoped labels"]),
        );
        assert_eq!(after.unwrap(), before.replace("priority:high", "priority/high"));
        let before = "from hooks.dispatch import on_paid\n\ndef test_hook(post):\n    on_paid(post, 1)\n    post.assert_called_once_with('invoice.payment_succeeded', invoice=1)\n";
        let after = run(
            "tests/test_hooks.py",
            before,
            5,
            "AssertionError: expected call not found.\nExpected: post('invoice.payment_succeeded', invoice=1)\nActual: post('invoice.paid', invoice=1)",
            ("hooks/dispatch.py", &["PAID_EVENT = \"invoice.payment_succeeded\""], &["PAID_EVENT = \"invoice.paid\""]),
        );
        assert_eq!(after.unwrap(), before.replace("invoice.payment_succeeded", "invoice.paid"));
    }

    #[test]
    fn refusals() {
        let before = "import { note } from '../src/notes';\nit('promises', () => {\n  expect(note('standard')).toContain('within 3 business days');\n});\n";
        let code: (&str, &[&str], &[&str]) =
            ("src/notes.ts", &["export const STANDARD_DAYS = 3;"], &["export const STANDARD_DAYS = 2;"]);
        // The run did not print the substituted text: the code did not produce it.
        assert_eq!(run("test/notes.test.ts", before, 3, "expected 'Ships tomorrow' to contain 'within 3'", code), None);
        // A negated expectation is never turned around.
        let negated = before.replace(".toContain", ".not.toContain");
        assert_eq!(run("test/notes.test.ts", &negated, 3, "within 2 business days", code), None);
        // A module the test does not import.
        let other = ("src/other.ts", code.1, code.2);
        assert_eq!(run("test/notes.test.ts", before, 3, "within 2 business days", other), None);
        // A test stating the replaced value in its own name.
        let named = before.replace("'promises'", "'promises delivery within 3 business days'");
        let stated =
            run("test/notes.test.ts", &named, 3, "to contain 'within 3 business days' within 2 business days", code);
        assert_eq!(stated, None);
        // An inputs-only occurrence: `expect(f('3 items'))` quotes the old number in the subject, not the expectation.
        let input = "import { note } from '../src/notes';\nit('n', () => {\n  expect(note('within 3 business days')).toBe(true);\n});\n";
        assert_eq!(run("test/notes.test.ts", input, 3, "within 2 business days", code), None);
        // Whole numbers only.
        assert_eq!(substitute("13 days", &[("3".into(), "2".into())]), None);
        assert_eq!(substitute("3.5 days", &[("3".into(), "2".into())]), None);
        assert_eq!(substitute("in 3 days, 3x", &[("3".into(), "2".into())]).as_deref(), Some("in 2 days, 2x"));
    }
}
