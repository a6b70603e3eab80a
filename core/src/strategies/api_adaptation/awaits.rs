//! A function the change made `async`, still called as if it returned its value. The test then checks a
//! coroutine or a Promise (`expected Promise{…} to be 2`), or nothing at all (`DID NOT RAISE`, `expected
//! [Function] to throw`), depending on the runner: the delta, not the message, says which call to await.
//!
//! Each call is driven to completion where it stands: Python awaits it inside an `async def` and wraps it in
//! `asyncio.run(...)` elsewhere; TypeScript makes the test's (or hook's) callback `async` and awaits the call,
//! and `expect(() => f()).toThrow(e)` becomes `await expect(() => f()).rejects.toThrow(e)` (the same check on
//! the rejection). A call in a TypeScript helper that is neither a test nor a hook would make the helper async
//! and change its callers: refused.

use tree_sitter::Node;

use super::Site;
use crate::change::Delta;
use crate::context::is_test_path;
use crate::fix::{Edit, Fix};
use crate::project_index::SymbolKind;

/// Functions that hold a test's code in TypeScript: `it`/`test` callbacks and the hooks around them.
const TS_HOLDERS: &[&str] = &["it", "test", "beforeEach", "beforeAll", "afterEach", "afterAll"];

/// How one call is awaited.
enum Plan<'t> {
    /// Python `asyncio.run(call)` in a sync function.
    Run,
    /// `await call` (parenthesized when something is read off the result); `make_async` is the function that
    /// must become `async` first, if it is not.
    Await { make_async: Option<Node<'t>> },
    /// `expect(() => call).toThrow(...)` → `await expect(() => call).rejects.toThrow(...)`.
    Rejects { expect: Node<'t>, make_async: Option<Node<'t>> },
    /// node's `assert.throws(() => call, e)` → `await assert.rejects(() => call, e)`: `throws` is `name`, the
    /// assertion call `assertion`.
    AssertRejects { assertion: Node<'t>, name: Node<'t>, make_async: Option<Node<'t>> },
    /// `xs.map((x) => call)` → `await Promise.all(xs.map((x) => call))`: the mapped promises awaited together.
    AwaitAll { mapped: Node<'t>, make_async: Option<Node<'t>> },
}

impl<'a> Site<'a, '_> {
    /// A function that became `async` is called without awaiting it in the failing test (or in a helper,
    /// fixture or hook it uses): await every such call of the test file.
    pub(super) fn changed_async(&self) -> Option<Fix> {
        let change = &self.ctx.change;
        let test = self.failing_test()?;
        let python = self.src.lang().is_python();
        for delta in &change.deltas {
            let Delta::BecameAsync { function } = delta else { continue };
            // Another project definition of that name is not async: a call could mean either.
            let ambiguous = self.ctx.project().find(&function.name).any(|(f, s)| {
                !is_test_path(&f.path) && matches!(s.kind, SymbolKind::Function | SymbolKind::Method) && !s.is_async
            });
            if ambiguous {
                continue;
            }
            let calls = self.unawaited_calls(&function.name);
            let reached = self.reached_by(test);
            let in_test: Vec<Node> =
                calls.iter().copied().filter(|c| reached.iter().any(|r| super::reshaped::within(*c, *r))).collect();
            if in_test.is_empty() {
                continue;
            }
            let mut edits: Vec<Edit> = Vec::new();
            let mut made_async: Vec<usize> = Vec::new();
            let mut runs = false;
            for call in calls {
                let Some(plan) = self.await_plan(call) else {
                    // The failing test's own call cannot be awaited: nothing is proposed. Other tests' calls
                    // stay as they are (their failures are their own).
                    if in_test.iter().any(|c| c.id() == call.id()) {
                        return None;
                    }
                    continue;
                };
                let mut make = |f: Option<Node>, edits: &mut Vec<Edit>| {
                    if let Some(f) = f.filter(|f| !made_async.contains(&f.id())) {
                        made_async.push(f.id());
                        edits.push(Edit::insert(self.rel, f.start_byte(), "async "));
                    }
                };
                match plan {
                    Plan::Run => {
                        runs = true;
                        edits.push(Edit::insert(self.rel, call.start_byte(), "asyncio.run("));
                        edits.push(Edit::insert(self.rel, call.end_byte(), ")"));
                    }
                    Plan::Await { make_async } => {
                        make(make_async, &mut edits);
                        if self.result_is_read(call) {
                            edits.push(Edit::insert(self.rel, call.start_byte(), "(await "));
                            edits.push(Edit::insert(self.rel, call.end_byte(), ")"));
                        } else {
                            edits.push(Edit::insert(self.rel, call.start_byte(), "await "));
                        }
                    }
                    Plan::Rejects { expect, make_async } => {
                        make(make_async, &mut edits);
                        edits.push(Edit::insert(self.rel, expect.start_byte(), "await "));
                        edits.push(Edit::insert(self.rel, expect.end_byte(), ".rejects"));
                    }
                    Plan::AssertRejects { assertion, name, make_async } => {
                        make(make_async, &mut edits);
                        edits.push(Edit::insert(self.rel, assertion.start_byte(), "await "));
                        edits.push(Edit::replace(self.rel, name.byte_range(), "rejects"));
                    }
                    Plan::AwaitAll { mapped, make_async } => {
                        make(make_async, &mut edits);
                        let read = self.result_is_read(mapped);
                        let open = if read { "(await Promise.all(" } else { "await Promise.all(" };
                        edits.push(Edit::insert(self.rel, mapped.start_byte(), open));
                        edits.push(Edit::insert(self.rel, mapped.end_byte(), if read { "))" } else { ")" }));
                    }
                }
            }
            if runs && python && !self.src.text().lines().any(|l| l.trim() == "import asyncio") {
                edits.push(Edit::insert(self.rel, self.python_import_offset(), "import asyncio\n"));
            }
            return self.fix(
                edits,
                super::from_change::SAME_MEANING,
                format!("Await `{}()`", function.name),
                format!(
                    "{}; the test awaits its result instead of checking the coroutine/promise.",
                    change.because(delta)
                ),
            );
        }
        None
    }

    /// Calls of `name` in the file that nothing awaits, runs or chains as a promise.
    fn unawaited_calls(&self, name: &str) -> Vec<Node<'a>> {
        self.src
            .call_sites(name)
            .into_iter()
            .filter(|c| !c.parent().is_some_and(|p| matches!(p.kind(), "await" | "await_expression")))
            .filter(|c| !self.inside_asyncio_run(*c))
            .filter(|c| !self.used_as_promise(*c))
            .collect()
    }

    /// `f().then(...)`, `expect(f()).resolves`, `return f()` from a test callback: already a promise's use.
    fn used_as_promise(&self, call: Node) -> bool {
        let Some(parent) = call.parent() else { return false };
        if parent.kind() == "member_expression" {
            let prop = parent.child_by_field_name("property").map(|p| self.src.node_text(p));
            return matches!(prop, Some("then" | "catch" | "finally"));
        }
        if parent.kind() == "arguments" {
            let expect = parent.parent().filter(|e| e.kind() == "call_expression");
            let chained = expect.and_then(|e| e.parent()).filter(|m| m.kind() == "member_expression");
            let prop = chained.and_then(|m| m.child_by_field_name("property")).map(|p| self.src.node_text(p));
            return matches!(prop, Some("resolves" | "rejects"));
        }
        if parent.kind() == "arrow_function" {
            // `Promise.all(xs.map((x) => f(x)))`: the mapped promises are awaited together.
            let mapped = parent.parent().filter(|a| a.kind() == "arguments").and_then(|a| a.parent());
            let all = mapped.and_then(|m| m.parent()).filter(|a| a.kind() == "arguments").and_then(|a| a.parent());
            let callee = all.and_then(|c| c.child_by_field_name("function")).map(|f| self.src.node_text(f));
            return matches!(callee, Some("Promise.all" | "Promise.allSettled"));
        }
        parent.kind() == "return_statement" && !self.src.lang().is_python()
    }

    /// `asyncio.run(call)`: already driven to completion.
    fn inside_asyncio_run(&self, call: Node) -> bool {
        let outer = call.parent().filter(|p| p.kind() == "argument_list").and_then(|p| p.parent());
        outer
            .and_then(|o| o.child_by_field_name("function"))
            .is_some_and(|f| matches!(self.src.node_text(f), "asyncio.run" | "run"))
    }

    /// The failing test and the code of the test file it runs: helpers and fixtures it names, the hooks of the
    /// `describe` blocks around it.
    fn reached_by(&self, test: Node<'a>) -> Vec<Node<'a>> {
        let mut names: Vec<&str> = Vec::new();
        let mut stack = vec![test];
        while let Some(n) = stack.pop() {
            if n.kind() == "identifier" {
                names.push(self.src.node_text(n));
            }
            let mut cursor = n.walk();
            stack.extend(n.named_children(&mut cursor));
        }
        let mut out = vec![test];
        self.src.walk(|n| {
            let named = match n.kind() {
                "function_definition" | "function_declaration" => n.child_by_field_name("name"),
                "variable_declarator"
                    if n.child_by_field_name("value")
                        .is_some_and(|v| matches!(v.kind(), "arrow_function" | "function_expression")) =>
                {
                    n.child_by_field_name("name")
                }
                _ => None,
            };
            if named.is_some_and(|x| names.contains(&self.src.node_text(x))) && !super::reshaped::within(n, test) {
                out.push(n);
            }
            // A hook whose block holds the test.
            if n.kind() == "call_expression" && self.holder(n).is_some_and(|h| h != "it" && h != "test") {
                let scope = n.parent().and_then(|s| s.parent());
                if scope.is_some_and(|s| super::reshaped::within(test, s)) {
                    out.push(n);
                }
            }
            true
        });
        out
    }

    /// `it`, `test`, `beforeEach`... when `call` is such a call (`it.each(...)(...)`, `test.skip` included).
    fn holder(&self, call: Node) -> Option<&'static str> {
        let callee = self.src.node_text(call.child_by_field_name("function")?);
        let base = callee.split(['.', '(']).next().unwrap_or("");
        TS_HOLDERS.iter().copied().find(|h| *h == base)
    }

    /// How `call` can be awaited where it stands, if it can.
    fn await_plan(&self, call: Node<'a>) -> Option<Plan<'a>> {
        let python = self.src.lang().is_python();
        let is_async = |f: Node| f.child(0).is_some_and(|c| c.kind() == "async");
        if python {
            // A lambda between the call and its function cannot await.
            let mut cur = call.parent();
            while let Some(n) = cur {
                match n.kind() {
                    "lambda" => return Some(Plan::Run),
                    "function_definition" => {
                        return Some(if is_async(n) { Plan::Await { make_async: None } } else { Plan::Run })
                    }
                    _ => cur = n.parent(),
                }
            }
            return Some(Plan::Run);
        }
        let func = self.src.enclosing_function(call)?;
        if is_async(func) {
            return Some(Plan::Await { make_async: None });
        }
        if self.holds_test_code(func) {
            return Some(Plan::Await { make_async: Some(func) });
        }
        // `expect(() => f()).toThrow(...)`: the arrow returns the call's promise; `rejects` checks it.
        let body = func.child_by_field_name("body")?;
        if func.kind() != "arrow_function" || body.id() != call.id() {
            return None;
        }
        let expect = func.parent().filter(|a| a.kind() == "arguments")?.parent()?;
        let callee = expect.child_by_field_name("function").map(|f| self.src.node_text(f));
        if let Some(plan) = self.assert_rejects_plan(expect, func) {
            return Some(plan);
        }
        if let Some(plan) = self.await_all_plan(expect) {
            return Some(plan);
        }
        if callee != Some("expect") {
            return None;
        }
        let matcher = expect.parent().filter(|m| m.kind() == "member_expression")?;
        let name = self.src.node_text(matcher.child_by_field_name("property")?);
        if !name.starts_with("toThrow") {
            return None;
        }
        let make_async = self.await_site(expect)?;
        Some(Plan::Rejects { expect, make_async })
    }

    /// node's `assert.throws(() => call, ...)` (also `assert.strict.throws`, a bare imported `throws`), `arrow`
    /// its first argument: the same check on the rejection is `await assert.rejects(() => call, ...)`.
    fn assert_rejects_plan(&self, assertion: Node<'a>, arrow: Node<'a>) -> Option<Plan<'a>> {
        if crate::strategies::node_assert_method(self.src, assertion) != Some("throws") {
            return None;
        }
        let callee = assertion.child_by_field_name("function")?;
        let name = if callee.kind() == "member_expression" { callee.child_by_field_name("property")? } else { callee };
        let args = assertion.child_by_field_name("arguments")?;
        if args.named_child(0).is_none_or(|first| first.id() != arrow.id()) {
            return None;
        }
        let make_async = self.await_site(assertion)?;
        Some(Plan::AssertRejects { assertion, name, make_async })
    }

    /// `xs.map((x) => call)` (`mapped` is the `map` call, the arrow its only argument) in a test's callback:
    /// the array of promises is awaited with `Promise.all`, which keeps the calls in the same order.
    fn await_all_plan(&self, mapped: Node<'a>) -> Option<Plan<'a>> {
        let callee = mapped.child_by_field_name("function").filter(|f| f.kind() == "member_expression")?;
        if callee.child_by_field_name("property").map(|p| self.src.node_text(p)) != Some("map") {
            return None;
        }
        let make_async = self.await_site(mapped)?;
        Some(Plan::AwaitAll { mapped, make_async })
    }

    /// Whether `node` can be awaited where it stands: `Some(None)` inside an `async` function, `Some(Some(f))`
    /// inside a test's or hook's callback `f` that must become `async` first, `None` elsewhere (a helper made
    /// async would change its callers).
    fn await_site(&self, node: Node<'a>) -> Option<Option<Node<'a>>> {
        let outer = self.src.enclosing_function(node)?;
        if outer.child(0).is_some_and(|c| c.kind() == "async") {
            Some(None)
        } else {
            self.holds_test_code(outer).then_some(Some(outer))
        }
    }

    /// A callback passed straight to `it`/`test` or a hook.
    fn holds_test_code(&self, func: Node) -> bool {
        func.parent()
            .filter(|a| a.kind() == "arguments")
            .and_then(|a| a.parent())
            .is_some_and(|c| c.kind() == "call_expression" && self.holder(c).is_some())
    }

    /// Something is read off the call's result (`f().x`, `f()[0]`, `f()()`): `await` needs parentheses.
    fn result_is_read(&self, call: Node) -> bool {
        call.parent().is_some_and(|p| {
            let object = p.child_by_field_name("object").or_else(|| p.child_by_field_name("function"));
            matches!(
                p.kind(),
                "attribute" | "subscript" | "member_expression" | "subscript_expression" | "call" | "call_expression"
            ) && object.is_some_and(|o| o.id() == call.id())
                || p.kind() == "subscript" && p.child_by_field_name("value").is_some_and(|o| o.id() == call.id())
        })
    }

    /// Where a new Python import goes: after a module docstring and `from __future__` imports.
    fn python_import_offset(&self) -> usize {
        let root = self.src.root();
        let mut at = 0;
        let mut cursor = root.walk();
        for child in root.named_children(&mut cursor) {
            let text = self.src.node_text(child);
            let docstring = child.kind() == "expression_statement"
                && child.named_child(0).is_some_and(|s| s.kind() == "string")
                && at == 0;
            if docstring || text.starts_with("from __future__") {
                at = child.end_byte();
                continue;
            }
            break;
        }
        if at == 0 {
            return 0;
        }
        // After the line that ends there.
        self.src.text()[at..].find('\n').map_or(0, |i| at + i + 1)
    }
}

#[cfg(test)]
mod tests {
    use crate::fix::Applicability;
    use crate::strategies::api_adaptation::reshaped::tests::{check, heal};

    const FEE: &str = "export function fee(amount: number): number {\n  if (amount < 0) throw new RangeError('negative');\n  return amount * 0.02;\n}\n";

    #[test]
    fn typescript_awaits_in_the_test_and_checks_a_throw_as_a_rejection() {
        let after = FEE.replace(
            "export function fee(amount: number): number",
            "export async function fee(amount: number): Promise<number>",
        );
        let test = "import { fee } from '../src/fee.js';\nimport { it, expect } from 'vitest';\nit('fee', () => {\n  expect(fee(100).toFixed(1)).toBe('2.0');\n  expect(() => fee(-1)).toThrow('negative');\n});\n";
        check(
            ("src/fee.ts", FEE, &after),
            test,
            4,
            "TypeError: fee(...).toFixed is not a function",
            &test
                .replace("it('fee', () =>", "it('fee', async () =>")
                .replace("expect(fee(100)", "expect((await fee(100))")
                .replace("expect(() => fee(-1))", "await expect(() => fee(-1)).rejects"),
        );
        // A call in a plain helper would make the helper async and change its callers: refused.
        let helper = "import { fee } from '../src/fee.js';\nimport { it, expect } from 'vitest';\nfunction twice(n: number) {\n  return fee(n) * 2;\n}\nit('fee', () => {\n  expect(twice(100)).toBe(4);\n});\n";
        let fixes = heal(("src/fee.ts", FEE, &after), &[], helper, 7, "AssertionError: expected NaN to be 4");
        assert!(fixes.iter().all(|f| f.applicability() == Applicability::DisplayOnly), "{fixes:?}");
    }

    #[test]
    fn node_assert_throws_becomes_an_awaited_rejects() {
        // Before: `assert.throws(() => fee(-1))` on a function made async failed with "Missing expected
        // exception." and nothing was proposed.
        let after = FEE.replace(
            "export function fee(amount: number): number",
            "export async function fee(amount: number): Promise<number>",
        );
        let test = "import { fee } from '../src/fee.js';\nimport { it } from 'node:test';\nimport assert from 'node:assert/strict';\nit('fee', () => {\n  assert.throws(() => fee(-1), /negative/);\n});\n";
        check(
            ("src/fee.ts", FEE, &after),
            test,
            5,
            "AssertionError [ERR_ASSERTION]: Missing expected exception.",
            &test
                .replace("it('fee', () =>", "it('fee', async () =>")
                .replace("assert.throws(", "await assert.rejects("),
        );
    }

    #[test]
    fn a_mapped_call_is_awaited_with_promise_all() {
        let after = FEE.replace(
            "export function fee(amount: number): number",
            "export async function fee(amount: number): Promise<number>",
        );
        let test = "import { fee } from '../src/fee.js';\nimport { it, expect } from 'vitest';\nit('fees', () => {\n  expect([100, 200].map((a) => fee(a))).toEqual([2, 4]);\n  expect([100].map((a) => fee(a)).length).toBe(1);\n});\n";
        check(
            ("src/fee.ts", FEE, &after),
            test,
            4,
            "AssertionError: expected [ Promise{…}, Promise{…} ] to deeply equal [ 2, 4 ]",
            &test
                .replace("it('fees', () =>", "it('fees', async () =>")
                .replace(
                    "expect([100, 200].map((a) => fee(a)))",
                    "expect(await Promise.all([100, 200].map((a) => fee(a))))",
                )
                .replace(
                    "expect([100].map((a) => fee(a)).length)",
                    "expect((await Promise.all([100].map((a) => fee(a)))).length)",
                ),
        );
    }

    #[test]
    fn python_awaits_in_async_tests_and_runs_in_helpers() {
        let before = "def load(n):\n    return {'n': n}\n";
        let after = format!("async {before}");
        let test = "\"\"\"Loading.\"\"\"\nimport pytest\nfrom m import load\n\n\ndef make(n):\n    return load(n)\n\n\ndef test_make():\n    assert make(2)['n'] == 2\n\n\n@pytest.mark.asyncio\nasync def test_load():\n    assert load(3)['n'] == 3\n";
        check(
            ("m.py", before, &after),
            test,
            11,
            "TypeError: 'coroutine' object is not subscriptable",
            &test
                .replace("import pytest\n", "import asyncio\nimport pytest\n")
                .replace("return load(n)", "return asyncio.run(load(n))")
                .replace("assert load(3)", "assert (await load(3))"),
        );
        // The failing test reaches no call of it: the delta explains nothing.
        let unrelated = "from m import load\n\n\ndef test_other():\n    assert 1 == 2\n\n\ndef test_load():\n    assert load(3)['n'] == 3\n";
        assert!(heal(("m.py", before, &after), &[], unrelated, 5, "assert 1 == 2").is_empty());
    }
}
