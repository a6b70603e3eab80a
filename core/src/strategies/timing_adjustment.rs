//! Timing adjustment.
//!
//! **What it does**: heals tests that fail because of *when* they look, not *what* they check:
//! - a fixed sleep before an assertion on background work becomes a real wait: `t.join(timeout=10)` for a
//!   started `threading.Thread`, `await asyncio.wait_for(task, timeout=10)` for an `asyncio` task, a
//!   deadline-bounded poll of the asserted condition otherwise (Python), `await vi.waitFor(() => ...)` around
//!   the assertions (vitest);
//! - a too-small time limit (`@pytest.mark.timeout(0.1)`, `asyncio.wait_for(x, timeout=0.05)`,
//!   `it(name, fn, 50)`, `{ timeout: 50 }`) is raised to a round value well above both the reported limit and
//!   the durations measured in re-runs;
//! - a call to an `async` function in an async test that is not awaited gets its `await` (and the test
//!   callback its `async`).
//!
//! **Why**: sleeps race the machine's speed, and limits picked on a fast laptop fail on a loaded CI box.
//! Waiting for the event itself is both faster and deterministic.
//!
//! **When it refuses**: when the code under test never finishes — a `while True` / `for (;;)` loop with no
//! way out, a `new Promise` whose `resolve` is never called, an `asyncio` future or event nobody sets, or a
//! re-run with the time limit lifted that still ran into the hang cap. Raising a limit there hides a hang. It
//! also refuses when the measured duration is so long that no reasonable limit fits, when the asserted
//! condition has side effects (it cannot be polled), and when the failing line is not the one after the sleep.
//! It never adds a retry.
//!
//! **Fix safety**: waits are safe (the same assertions run, later); a raised limit is unsafe (it relaxes a
//! bound the test sets). Confidence is high only for the clear patterns above.

use std::path::{Path, PathBuf};

use tree_sitter::Node;

use crate::context::Context;
use crate::failure::{Failure, FailureKind, Runner};
use crate::fix::{Applicability, Edit, Fix, StrategyKind};
use crate::source::SourceFile;
use crate::strategies::Strategy;

pub struct TimingAdjustment;

/// A limit above this (after the margin) is not a tight timeout any more: the code is too slow or hangs.
const MAX_LIMIT_MS: f64 = 120_000.0;
/// How long inserted waits wait at most, in seconds.
const WAIT_SECONDS: u32 = 10;

impl Strategy for TimingAdjustment {
    fn kind(&self) -> StrategyKind {
        StrategyKind::TimingAdjustment
    }

    fn propose(&self, failure: &Failure, ctx: &Context) -> Vec<Fix> {
        if !matches!(failure.kind, FailureKind::Timeout | FailureKind::TestFailure | FailureKind::TypeError) {
            return Vec::new();
        }
        let Some(rel) = failure.file.as_deref().and_then(|f| ctx.sources.relative(f)) else { return Vec::new() };
        let Ok(src) = ctx.sources.get(&rel) else { return Vec::new() };
        if src.root().has_error() {
            return Vec::new();
        }
        let Some(test) = super::failing_test(&src, failure) else { return Vec::new() };
        let related = related_sources(ctx, &src, &rel);
        if let Some(why) = hang_evidence(ctx, &src, test, &related) {
            return vec![Fix::advice(
                StrategyKind::TimingAdjustment,
                "Not adjusting the timing: the code under test never finishes",
                format!("{why}; a longer wait or limit would only hide the hang. Fix the code instead."),
            )];
        }
        let mut fixes = Vec::new();
        if failure.kind == FailureKind::Timeout {
            fixes.extend(raise_limit(&src, &rel, test, failure, ctx));
        }
        fixes.extend(missing_await(&src, &rel, test, failure, &related));
        if failure.kind != FailureKind::Timeout {
            fixes.extend(sleep_race(&src, &rel, test, failure, &related));
        }
        fixes
    }
}

// ---------------------------------------------------------------------------------------------------------
// Finding the test and the code it exercises

/// The test file and the project files it imports (one level), parsed.
fn related_sources(ctx: &Context, src: &SourceFile, rel: &Path) -> Vec<std::rc::Rc<SourceFile>> {
    let mut out = Vec::new();
    if let Ok(me) = ctx.sources.get(rel) {
        out.push(me);
    }
    let dir = rel.parent().unwrap_or(Path::new(""));
    for import in src.imports() {
        for candidate in import_candidates(src, import, dir) {
            if let Ok(f) = ctx.sources.get(&candidate) {
                if !out.iter().any(|o| o.path() == f.path()) {
                    out.push(f);
                }
                break;
            }
        }
    }
    out
}

fn import_candidates(src: &SourceFile, import: Node, dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if src.lang().is_python() {
        let Some(module) = import.child_by_field_name("module_name").or_else(|| import.named_child(0)) else {
            return out;
        };
        let name = src.node_text(module).trim_start_matches('.');
        let base: PathBuf = name.split('.').collect();
        for prefix in [PathBuf::new(), PathBuf::from("src"), dir.to_path_buf()] {
            out.push(prefix.join(&base).with_extension("py"));
            out.push(prefix.join(&base).join("__init__.py"));
        }
    } else {
        let Some(source) = import.child_by_field_name("source") else { return out };
        let Some(spec) = crate::source::string_literal_value(src, source) else { return out };
        if !spec.starts_with('.') {
            return out;
        }
        let joined = dir.join(&spec);
        let mut clean = PathBuf::new();
        for c in joined.components() {
            match c {
                std::path::Component::ParentDir => {
                    clean.pop();
                }
                std::path::Component::CurDir => {}
                c => clean.push(c),
            }
        }
        let stem = clean.to_string_lossy().trim_end_matches(".js").trim_end_matches(".mjs").to_string();
        for ext in [".ts", ".tsx", ".mts", ".js", ".mjs", "/index.ts", "/index.js"] {
            out.push(PathBuf::from(format!("{stem}{ext}")));
        }
    }
    out
}

/// Names of the calls made inside a node (last segment of the callee: `cache.refresh` → `refresh`).
fn called_names(src: &SourceFile, scope: Node) -> Vec<String> {
    let kind = if src.lang().is_python() { "call" } else { "call_expression" };
    let mut out = Vec::new();
    walk_node(scope, &mut |n| {
        if n.kind() == kind || n.kind() == "new_expression" {
            let f = n.child_by_field_name("function").or_else(|| n.child_by_field_name("constructor"));
            if let Some(f) = f {
                let text = src.node_text(f);
                out.push(text.rsplit('.').next().unwrap_or(text).to_string());
            }
        }
        true
    });
    out
}

fn walk_node<'a>(node: Node<'a>, visit: &mut impl FnMut(Node<'a>) -> bool) {
    if !visit(node) {
        return;
    }
    let mut cursor = node.walk();
    for child in node.children(&mut cursor) {
        walk_node(child, visit);
    }
}

const FUNCTION_KINDS: &[&str] = &[
    "function_definition",
    "function_declaration",
    "method_definition",
    "arrow_function",
    "function_expression",
    "function",
];

fn is_async(func: Node) -> bool {
    let mut cursor = func.walk();
    let found = func.children(&mut cursor).any(|c| c.kind() == "async");
    found
}

/// Function definitions by name across files: `(file, node, name)`. Arrow functions count under the variable
/// they are assigned to.
fn definitions<'a>(files: &'a [std::rc::Rc<SourceFile>]) -> Vec<(&'a SourceFile, Node<'a>, String)> {
    let mut out = Vec::new();
    for f in files {
        f.walk(|n| {
            match n.kind() {
                "function_definition" | "function_declaration" | "method_definition" => {
                    if let Some(name) = n.child_by_field_name("name") {
                        out.push((f.as_ref(), n, f.node_text(name).to_string()));
                    }
                }
                "variable_declarator" | "public_field_definition" => {
                    let name = n.child_by_field_name("name");
                    let value = n.child_by_field_name("value");
                    if let (Some(name), Some(value)) = (name, value) {
                        if matches!(value.kind(), "arrow_function" | "function_expression" | "function") {
                            out.push((f.as_ref(), value, f.node_text(name).to_string()));
                        }
                    }
                }
                _ => {}
            }
            true
        });
    }
    out
}

// ---------------------------------------------------------------------------------------------------------
// Refusal: the code never finishes

fn hang_evidence(ctx: &Context, src: &SourceFile, test: Node, related: &[std::rc::Rc<SourceFile>]) -> Option<String> {
    if ctx.observed.uncapped_timed_out {
        return Some(format!(
            "a re-run with the test's time limit lifted still ran into the {} s hang cap",
            ctx.observed.uncapped_ms.unwrap_or(0) / 1000
        ));
    }
    let called = called_names(src, test);
    for (file, func, name) in definitions(related) {
        if !called.contains(&name) || src.path() == file.path() && contains(test, func) {
            continue;
        }
        if let Some(why) = never_finishes(file, func) {
            return Some(format!("`{name}` in {} {why}", file.path().display()));
        }
    }
    // The test itself may build the never-settling promise.
    never_finishes(src, test).map(|why| format!("the test {why}"))
}

fn contains(outer: Node, inner: Node) -> bool {
    outer.start_byte() <= inner.start_byte() && inner.end_byte() <= outer.end_byte()
}

/// Why a function body can never complete, if it visibly cannot.
fn never_finishes(src: &SourceFile, func: Node) -> Option<String> {
    let mut why = None;
    walk_node(func, &mut |n| {
        if why.is_some() {
            return false;
        }
        if n != func && FUNCTION_KINDS.contains(&n.kind()) && n.kind() != "arrow_function" {
            return false;
        }
        match n.kind() {
            "while_statement" => {
                let cond = n.child_by_field_name("condition").map(|c| src.node_text(c).trim_matches(['(', ')', ' ']));
                if matches!(cond, Some("True" | "1" | "true")) && !has_exit(n) {
                    why = Some(format!(
                        "loops forever (line {}: an endless loop with no break or return)",
                        src.line_of(n.start_byte())
                    ));
                }
            }
            "for_statement" if !src.lang().is_python() => {
                let head = src.node_text(n).split(')').next().unwrap_or("").replace(' ', "");
                if head.ends_with("(;;") && !has_exit(n) {
                    why = Some(format!(
                        "loops forever (line {}: `for (;;)` with no break or return)",
                        src.line_of(n.start_byte())
                    ));
                }
            }
            "new_expression" if unresolved_promise(src, n) => {
                why = Some(format!(
                    "returns a promise that is never resolved (line {}: `resolve` is never called)",
                    src.line_of(n.start_byte())
                ));
            }
            "call" if src.lang().is_python() => {
                let callee = n.child_by_field_name("function").map(|f| src.node_text(f)).unwrap_or("");
                let whole = src.node_text(func);
                if (callee.ends_with("create_future") || callee == "asyncio.Future")
                    && !whole.contains("set_result")
                    && !whole.contains("set_exception")
                {
                    why = Some(format!(
                        "awaits a future nothing ever completes (line {}: no set_result)",
                        src.line_of(n.start_byte())
                    ));
                }
            }
            _ => {}
        }
        true
    });
    why
}

/// A `break`, `return` or `raise`/`throw` inside a loop body (not inside a nested loop's or function's body).
fn has_exit(loop_node: Node) -> bool {
    let mut found = false;
    let body = loop_node.child_by_field_name("body").unwrap_or(loop_node);
    walk_node(body, &mut |n| {
        if found || FUNCTION_KINDS.contains(&n.kind()) {
            return false;
        }
        if matches!(n.kind(), "return_statement" | "raise_statement" | "throw_statement") {
            found = true;
        }
        // A break in a nested loop leaves only that loop.
        if n.kind() == "break_statement" && innermost_loop(n) == Some(loop_node.id()) {
            found = true;
        }
        !found
    });
    found
}

fn innermost_loop(n: Node) -> Option<usize> {
    let mut cur = n.parent();
    while let Some(p) = cur {
        if matches!(p.kind(), "while_statement" | "for_statement" | "for_in_statement" | "do_statement") {
            return Some(p.id());
        }
        cur = p.parent();
    }
    None
}

/// `new Promise((resolve) => ...)` whose executor never mentions its first parameter.
fn unresolved_promise(src: &SourceFile, n: Node) -> bool {
    let is_promise = n.child_by_field_name("constructor").is_some_and(|c| src.node_text(c) == "Promise");
    let Some(exec) = n.child_by_field_name("arguments").and_then(|a| a.named_child(0)) else { return false };
    if !is_promise || !matches!(exec.kind(), "arrow_function" | "function_expression" | "function") {
        return false;
    }
    let params = exec.child_by_field_name("parameters").or_else(|| exec.child_by_field_name("parameter"));
    let Some(params) = params else { return true };
    let first = if params.kind() == "identifier" { Some(params) } else { params.named_child(0) };
    let Some(first) = first else { return true };
    let name = src.node_text(first.child_by_field_name("pattern").unwrap_or(first));
    let Some(body) = exec.child_by_field_name("body") else { return false };
    let mut used = false;
    walk_node(body, &mut |c| {
        if c.kind() == "identifier" && src.node_text(c) == name {
            used = true;
        }
        !used
    });
    !used
}

// ---------------------------------------------------------------------------------------------------------
// A too-small time limit

/// The limit the runner reported, in milliseconds: `Timeout >0.1s`, `Test timed out in 50ms`,
/// `test timed out after 50ms`.
pub(crate) fn reported_limit_ms(message: &str) -> Option<f64> {
    static RE: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)(?:timeout\s*>\s*|timed out (?:in|after)\s*)(\d+(?:\.\d+)?)\s*(ms|s)\b").ok()
    });
    let c = RE.as_ref()?.captures(message)?;
    let value: f64 = c.get(1)?.as_str().parse().ok()?;
    Some(if c.get(2)?.as_str().eq_ignore_ascii_case("ms") { value } else { value * 1000.0 })
}

/// A numeric literal that sets a limit, and its unit.
struct Limit<'a> {
    node: Node<'a>,
    value_ms: f64,
    seconds: bool,
    what: &'static str,
}

fn raise_limit(src: &SourceFile, rel: &Path, test: Node, failure: &Failure, ctx: &Context) -> Vec<Fix> {
    let reported = reported_limit_ms(&failure.message).or_else(|| reported_limit_ms(&failure.raw));
    let limits = if src.lang().is_python() { python_limits(src, test, failure) } else { ts_limits(src, test) };
    let matching: Vec<&Limit> = match reported {
        Some(r) => limits.iter().filter(|l| (l.value_ms - r).abs() < 0.5).collect(),
        None => limits.iter().collect(),
    };
    let [limit] = matching.as_slice() else { return Vec::new() };
    let observed = ctx.observed.uncapped_ms.or_else(|| ctx.observed.durations_ms.iter().copied().max()).unwrap_or(0);
    // A limit that already allows three times the measured time (and at least 2 s) is not what is too small;
    // raising it again would also never converge.
    if limit.value_ms >= (observed as f64 * 3.0).max(2000.0) {
        return Vec::new();
    }
    let needed = (limit.value_ms * 10.0).max(observed as f64 * 3.0).max(2000.0);
    let Some(new_ms) = round_up_nice(needed) else { return Vec::new() };
    if new_ms > MAX_LIMIT_MS {
        return Vec::new();
    }
    let rendered = if limit.seconds { format_number(new_ms / 1000.0) } else { format_number(new_ms) };
    let old = src.node_text(limit.node);
    let line = src.line_of(limit.node.start_byte());
    let measured = match ctx.observed.uncapped_ms {
        Some(ms) => format!("a re-run without the limit took {ms} ms"),
        None if observed > 0 => format!("re-runs took up to {observed} ms including start-up"),
        None => "no re-run durations were available".to_string(),
    };
    let confidence = match (reported.is_some(), ctx.observed.uncapped_ms.is_some() || observed > 0) {
        (true, true) => 0.82,
        (true, false) | (false, true) => 0.76,
        (false, false) => 0.6,
    };
    vec![Fix::new(
        StrategyKind::TimingAdjustment,
        vec![Edit::replace(rel, limit.node.byte_range(), rendered.clone())],
        confidence,
        format!("Raise the {} on line {line}: {old} -> {rendered}", limit.what),
        format!(
            "The test ran into its own time limit ({old}); {measured}. The new limit is at least ten times the old \
             one and three times the measured time, rounded up, so a slower machine does not fail it. Nothing \
             in the code looks like it never finishes."
        ),
    )
    .with_applicability(Applicability::Unsafe)]
}

fn number_value(src: &SourceFile, n: Node) -> Option<f64> {
    if !matches!(n.kind(), "integer" | "float" | "number") {
        return None;
    }
    src.node_text(n).replace('_', "").parse().ok()
}

fn python_limits<'a>(src: &'a SourceFile, test: Node<'a>, failure: &Failure) -> Vec<Limit<'a>> {
    let mut out = Vec::new();
    let pytest_timeout = failure.error_type.as_deref() == Some("Failed") || failure.message.starts_with("Timeout");
    if pytest_timeout {
        // Decorators of the test and of its class.
        let mut cur = Some(test);
        while let Some(n) = cur {
            if n.kind() == "decorated_definition" {
                let mut cursor = n.walk();
                for d in n.named_children(&mut cursor).filter(|d| d.kind() == "decorator") {
                    let Some(call) = d.named_child(0).filter(|c| c.kind() == "call") else { continue };
                    let callee = call.child_by_field_name("function").map(|f| src.node_text(f)).unwrap_or("");
                    if callee.ends_with("mark.timeout") {
                        if let Some(arg) = limit_argument(src, call, "timeout", 0) {
                            out.push(arg_limit(src, arg, true, "pytest timeout"));
                        }
                    }
                }
            }
            cur = n.parent();
        }
    } else {
        // asyncio.wait_for(x, timeout=0.05) / asyncio.timeout(0.05) inside the test.
        walk_node(test, &mut |n| {
            if n.kind() == "call" {
                let callee = n.child_by_field_name("function").map(|f| src.node_text(f)).unwrap_or("");
                let last = callee.rsplit('.').next().unwrap_or(callee);
                let arg = match last {
                    "wait_for" => limit_argument(src, n, "timeout", 1),
                    "timeout" if callee.starts_with("asyncio") => limit_argument(src, n, "delay", 0),
                    _ => None,
                };
                if let Some(arg) = arg {
                    out.push(arg_limit(src, arg, true, "wait timeout"));
                }
            }
            true
        });
    }
    out.into_iter().flatten().collect()
}

fn arg_limit<'a>(src: &SourceFile, n: Node<'a>, seconds: bool, what: &'static str) -> Option<Limit<'a>> {
    let v = number_value(src, n)?;
    Some(Limit { node: n, value_ms: if seconds { v * 1000.0 } else { v }, seconds, what })
}

/// A call's argument by keyword or position (Python).
fn limit_argument<'a>(src: &SourceFile, call: Node<'a>, keyword: &str, position: usize) -> Option<Node<'a>> {
    let args = call.child_by_field_name("arguments")?;
    let mut cursor = args.walk();
    let children: Vec<Node> = args.named_children(&mut cursor).filter(|c| c.kind() != "comment").collect();
    for c in &children {
        if c.kind() == "keyword_argument" && c.child_by_field_name("name").is_some_and(|k| src.node_text(k) == keyword)
        {
            return c.child_by_field_name("value");
        }
    }
    children.iter().filter(|c| c.kind() != "keyword_argument").nth(position).copied()
}

fn ts_limits<'a>(src: &'a SourceFile, test: Node<'a>) -> Vec<Limit<'a>> {
    let mut out = Vec::new();
    let Some(args) = test.child_by_field_name("arguments") else { return out };
    let mut cursor = args.walk();
    for (i, a) in args.named_children(&mut cursor).enumerate() {
        if i == 0 {
            continue;
        }
        if a.kind() == "number" {
            out.extend(arg_limit(src, a, false, "test timeout"));
        }
        if a.kind() == "object" {
            let mut c2 = a.walk();
            for pair in a.named_children(&mut c2).filter(|p| p.kind() == "pair") {
                let key = pair.child_by_field_name("key").map(|k| src.node_text(k).trim_matches(['"', '\'']));
                if key == Some("timeout") {
                    if let Some(v) = pair.child_by_field_name("value") {
                        out.extend(arg_limit(src, v, false, "test timeout"));
                    }
                }
            }
        }
    }
    out
}

/// The smallest 1/2/5 × 10^k at or above `ms`.
fn round_up_nice(ms: f64) -> Option<f64> {
    if !ms.is_finite() || ms <= 0.0 {
        return None;
    }
    let mut base = 1.0;
    while base * 10.0 <= ms {
        base *= 10.0;
    }
    [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * base).find(|v| *v >= ms)
}

fn format_number(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

// ---------------------------------------------------------------------------------------------------------
// A missing await

fn missing_await(
    src: &SourceFile,
    rel: &Path,
    test: Node,
    failure: &Failure,
    related: &[std::rc::Rc<SourceFile>],
) -> Vec<Fix> {
    let text = format!("{}\n{}", failure.message, failure.raw);
    let python = src.lang().is_python();
    let coroutine_name = python.then(|| coroutine_in_message(&text)).flatten();
    let promise_seen = !python && (text.contains("Promise") || text.contains("[object Promise]"));
    let undefined_seen = !python && failure.actual.as_deref().is_some_and(|a| a == "undefined");
    if python && coroutine_name.is_none() && !text.contains("coroutine") {
        return Vec::new();
    }
    // Which names are async, and which are defined both ways (ambiguous by name).
    let defs = definitions(related);
    let is_async_name = |name: &str| {
        let matching: Vec<_> = defs.iter().filter(|(_, _, n)| n == name).collect();
        !matching.is_empty() && matching.iter().all(|(f, node, _)| is_async(*node) || returns_promise(f, *node))
    };
    let call_kind = if python { "call" } else { "call_expression" };
    let mut candidates = Vec::new();
    walk_node(test, &mut |n| {
        if n.kind() != call_kind {
            return true;
        }
        let Some(f) = n.child_by_field_name("function") else { return true };
        let callee = src.node_text(f);
        let name = callee.rsplit('.').next().unwrap_or(callee);
        let awaited = n.parent().is_some_and(|p| matches!(p.kind(), "await" | "await_expression"));
        let before = failure.line.is_none_or(|l| src.line_of(n.start_byte()) <= l);
        let by_message = coroutine_name.as_deref().is_some_and(|c| c == name);
        if !awaited && before && (by_message || (coroutine_name.is_none() && is_async_name(name))) {
            // Only calls that are the test's own statements or values, not arguments to `asyncio.run(...)`.
            let parent_kind = n.parent().map(|p| p.kind()).unwrap_or("");
            if parent_kind != "argument_list" && parent_kind != "arguments" || in_expect(src, n) {
                candidates.push(n);
            }
        }
        true
    });
    let [call] = candidates.as_slice() else { return Vec::new() };
    let Some(func) = src.enclosing_function(*call) else { return Vec::new() };
    let mut edits = vec![Edit::insert(rel, call.start_byte(), "await ")];
    if !is_async(func) {
        // Only the test's own callback may be made async; a sync helper would change its callers.
        let is_callback = !python && func.parent().and_then(|a| a.parent()).is_some_and(|c| c.id() == test.id());
        if !is_callback {
            return Vec::new();
        }
        edits.push(Edit::insert(rel, func.start_byte(), "async "));
    }
    let name = call.child_by_field_name("function").map(|f| src.node_text(f)).unwrap_or("");
    let line = src.line_of(call.start_byte());
    let coroutine_seen = python && (coroutine_name.is_some() || text.contains("'coroutine' object"));
    let evidence = if coroutine_seen {
        "the failure shows an un-awaited coroutine object"
    } else if promise_seen {
        "the failure shows a Promise where a value was expected"
    } else if undefined_seen {
        "the test read `undefined` from what is a pending Promise"
    } else {
        "the call is to an async function"
    };
    let confidence = if coroutine_seen || promise_seen || undefined_seen { 0.86 } else { 0.72 };
    vec![Fix::new(
        StrategyKind::TimingAdjustment,
        edits,
        confidence,
        format!("Await `{name}(...)` on line {line}"),
        format!("`{name}` is async but the test does not await it; {evidence}. Awaiting it checks the real result."),
    )
    .with_applicability(Applicability::Safe)]
}

fn in_expect(src: &SourceFile, n: Node) -> bool {
    n.parent()
        .and_then(|a| a.parent())
        .and_then(|c| c.child_by_field_name("function"))
        .is_some_and(|f| src.node_text(f) == "expect")
}

fn returns_promise(src: &SourceFile, func: Node) -> bool {
    func.child_by_field_name("return_type")
        .is_some_and(|t| src.node_text(t).trim_start_matches([':', ' ']).starts_with("Promise<"))
}

/// `<coroutine object Cart.fetch_total at 0x...>` or `coroutine 'fetch_total' was never awaited` → `fetch_total`.
fn coroutine_in_message(text: &str) -> Option<String> {
    static RE: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"coroutine (?:object ([\w.]+) at|'([\w.]+)' was never awaited)").ok()
    });
    let c = RE.as_ref()?.captures(text)?;
    let full = c.get(1).or_else(|| c.get(2))?.as_str();
    Some(full.rsplit('.').next().unwrap_or(full).to_string())
}

// ---------------------------------------------------------------------------------------------------------
// A fixed sleep racing background work

/// Calls that only let time pass.
fn sleep_seconds(src: &SourceFile, stmt: Node) -> Option<(bool, f64)> {
    if stmt.kind() != "expression_statement" {
        return None;
    }
    let mut e = stmt.named_child(0)?;
    let awaited = matches!(e.kind(), "await" | "await_expression");
    if awaited {
        e = e.named_child(0)?;
    }
    let python = src.lang().is_python();
    if python {
        let callee = src.node_text(e.child_by_field_name("function")?);
        let ok = (callee == "time.sleep" && !awaited) || (callee == "asyncio.sleep" && awaited);
        let arg = e.child_by_field_name("arguments")?.named_child(0)?;
        return ok.then(|| number_value(src, arg).map(|v| (awaited, v))).flatten();
    }
    if !awaited {
        return None;
    }
    // await sleep(50) / await delay(50) / await new Promise((r) => setTimeout(r, 50))
    let text = src.node_text(e).replace(char::is_whitespace, "");
    let ms = if e.kind() == "call_expression" {
        let callee = src.node_text(e.child_by_field_name("function")?);
        if !matches!(callee, "sleep" | "delay" | "wait" | "pause" | "setTimeoutPromise") {
            return None;
        }
        number_value(src, e.child_by_field_name("arguments")?.named_child(0)?)?
    } else if e.kind() == "new_expression" && text.starts_with("newPromise(") && text.contains("setTimeout(") {
        let digits: String = text.rsplit(',').next()?.chars().take_while(|c| c.is_ascii_digit()).collect();
        digits.parse().ok()?
    } else {
        return None;
    };
    Some((true, ms / 1000.0))
}

fn sleep_race(
    src: &SourceFile,
    rel: &Path,
    test: Node,
    failure: &Failure,
    related: &[std::rc::Rc<SourceFile>],
) -> Vec<Fix> {
    let python = src.lang().is_python();
    let block_kind = if python { "block" } else { "statement_block" };
    let mut fixes = Vec::new();
    walk_node(test, &mut |n| {
        if n.kind() != block_kind || !fixes.is_empty() {
            return fixes.is_empty();
        }
        // Only a function body's own statements: a sleep inside a polling loop is already a wait.
        if !n.parent().is_some_and(|p| FUNCTION_KINDS.contains(&p.kind())) {
            return true;
        }
        let mut cursor = n.walk();
        let stmts: Vec<Node> = n.named_children(&mut cursor).filter(|s| s.kind() != "comment").collect();
        for (i, stmt) in stmts.iter().enumerate() {
            let Some((awaited, seconds)) = sleep_seconds(src, *stmt) else { continue };
            let asserts: Vec<Node> = stmts[i + 1..].iter().copied().take_while(|s| is_assertion(src, *s)).collect();
            let Some(last) = asserts.last() else { continue };
            let failing_ok = failure
                .line
                .is_none_or(|l| src.line_of(asserts[0].start_byte()) <= l && l <= src.line_of(last.end_byte()));
            if !failing_ok {
                continue;
            }
            let fix = if python {
                python_wait(src, rel, &stmts[..i], *stmt, &asserts, awaited, seconds, related)
            } else if failure.runner == Runner::Vitest {
                vitest_wait(src, rel, *stmt, &asserts, seconds)
            } else {
                None
            };
            fixes.extend(fix);
        }
        fixes.is_empty()
    });
    fixes
}

fn is_assertion(src: &SourceFile, stmt: Node) -> bool {
    if src.lang().is_python() {
        return stmt.kind() == "assert_statement";
    }
    stmt.kind() == "expression_statement" && src.node_text(stmt).trim_start().starts_with("expect(")
}

/// Started threads (`t = threading.Thread(...)` + `t.start()`) and created tasks among earlier statements.
fn background_handles(src: &SourceFile, earlier: &[Node], awaited: bool) -> Vec<String> {
    let mut threads = Vec::new();
    let mut tasks = Vec::new();
    for s in earlier {
        let text = src.node_text(*s);
        let Some(expr) = s.named_child(0) else { continue };
        if expr.kind() == "assignment" {
            let (Some(left), Some(right)) = (expr.child_by_field_name("left"), expr.child_by_field_name("right"))
            else {
                continue;
            };
            if left.kind() != "identifier" || right.kind() != "call" {
                continue;
            }
            let callee = right.child_by_field_name("function").map(|f| src.node_text(f)).unwrap_or("");
            let name = src.node_text(left).to_string();
            if matches!(callee, "threading.Thread" | "Thread" | "threading.Timer" | "Timer") {
                threads.push(name);
            } else if matches!(callee, "asyncio.create_task" | "asyncio.ensure_future")
                || callee.ends_with(".create_task")
            {
                tasks.push(name);
            }
        } else if text.ends_with(".join()") || text.contains(".join(") {
            let joined = text.split(".join").next().unwrap_or("").trim().to_string();
            threads.retain(|t| *t != joined);
        }
    }
    let started: Vec<String> = threads
        .into_iter()
        .filter(|t| earlier.iter().any(|s| src.node_text(*s).trim() == format!("{t}.start()")))
        .collect();
    if awaited {
        tasks
    } else {
        started
    }
}

#[allow(clippy::too_many_arguments)]
fn python_wait(
    src: &SourceFile,
    rel: &Path,
    earlier: &[Node],
    sleep: Node,
    asserts: &[Node],
    awaited: bool,
    seconds: f64,
    related: &[std::rc::Rc<SourceFile>],
) -> Option<Fix> {
    let line = src.line_of(sleep.start_byte());
    let old = src.node_text(sleep);
    let handles = background_handles(src, earlier, awaited);
    let indent = src.indent_of(line).to_string();
    if !handles.is_empty() {
        let waits: Vec<String> = handles
            .iter()
            .map(|h| {
                if awaited {
                    format!("await asyncio.wait_for({h}, timeout={WAIT_SECONDS})")
                } else {
                    format!("{h}.join(timeout={WAIT_SECONDS})")
                }
            })
            .collect();
        let what = if awaited { "task" } else { "thread" };
        return Some(
            Fix::new(
                StrategyKind::TimingAdjustment,
                vec![Edit::replace(rel, sleep.byte_range(), waits.join(&format!("\n{indent}")))],
                0.88,
                format!("Wait for the {what} instead of sleeping on line {line}"),
                format!(
                    "`{old}` guesses how long the background {what} `{}` needs and lost the race; waiting for it \
                     (at most {WAIT_SECONDS} s) makes the assertions that follow see its result.",
                    handles.join("`, `")
                ),
            )
            .with_applicability(Applicability::Safe),
        );
    }
    // No handle to wait on: poll the asserted condition with a deadline, if something runs in the background.
    let background = related.iter().any(|f| {
        let t = f.text();
        t.contains("threading") || t.contains("Thread(") || t.contains("create_task") || t.contains("ensure_future")
    });
    if !background || src.text().contains("deadline") {
        return None;
    }
    let mut conds = Vec::new();
    for a in asserts {
        let cond = a.named_child(0)?;
        if !pure_condition(src, cond) {
            return None;
        }
        conds.push(src.node_text(cond).to_string());
    }
    let cond = if conds.len() == 1 { conds[0].clone() } else { conds.join(" and ") };
    let step = if awaited { "await asyncio.sleep(0.01)" } else { "time.sleep(0.01)" };
    let budget = WAIT_SECONDS.max((seconds * 10.0).ceil() as u32);
    let replacement = format!(
        "deadline = time.monotonic() + {budget}\n{indent}while not ({cond}) and time.monotonic() < deadline:\n{indent}    {step}"
    );
    let mut edits = vec![Edit::replace(rel, sleep.byte_range(), replacement)];
    if awaited && !has_python_import(src, "time") {
        edits.push(Edit::insert(rel, 0, "import time\n"));
    }
    Some(
        Fix::new(
            StrategyKind::TimingAdjustment,
            edits,
            0.8,
            format!("Poll until the asserted state is reached instead of sleeping on line {line}"),
            format!(
                "`{old}` guesses how long the background work needs and lost the race; polling the condition the \
                 test asserts (at most {budget} s) waits exactly as long as needed, and the assertion still checks it."
            ),
        )
        .with_applicability(Applicability::Safe),
    )
}

fn has_python_import(src: &SourceFile, module: &str) -> bool {
    src.imports()
        .iter()
        .any(|i| i.kind() == "import_statement" && src.node_text(*i).split([' ', ',']).any(|w| w == module))
}

/// An expression safe to evaluate repeatedly: names, attributes, subscripts, comparisons, literals, and calls
/// to read-only builtins/methods.
fn pure_condition(src: &SourceFile, cond: Node) -> bool {
    const READ_ONLY: &[&str] = &[
        "len", "list", "sorted", "set", "tuple", "dict", "sum", "min", "max", "any", "all", "get", "items", "keys",
        "values", "is_set", "done", "qsize", "empty", "count",
    ];
    let mut ok = true;
    walk_node(cond, &mut |n| {
        if matches!(n.kind(), "call") {
            let callee = n.child_by_field_name("function").map(|f| src.node_text(f)).unwrap_or("");
            let last = callee.rsplit('.').next().unwrap_or(callee);
            ok &= READ_ONLY.contains(&last);
        }
        if matches!(n.kind(), "await" | "named_expression" | "lambda" | "yield") {
            ok = false;
        }
        ok
    });
    ok
}

fn vitest_wait(src: &SourceFile, rel: &Path, sleep: Node, asserts: &[Node], seconds: f64) -> Option<Fix> {
    let line = src.line_of(sleep.start_byte());
    let old = src.node_text(sleep).to_string();
    let first = asserts.first()?;
    let last = asserts.last()?;
    // Assertions that await something cannot run inside a synchronous waitFor callback.
    if asserts.iter().any(|a| src.node_text(*a).contains("await ")) {
        return None;
    }
    let indent = src.indent_of(line).to_string();
    let body: Vec<String> = asserts.iter().map(|a| format!("{indent}  {}", src.node_text(*a).trim())).collect();
    let budget_ms = (WAIT_SECONDS as f64 * 1000.0 / 2.0).max(seconds * 10_000.0) as u64;
    let replacement =
        format!("await vi.waitFor(() => {{\n{}\n{indent}}}, {{ timeout: {budget_ms} }});", body.join("\n"));
    let mut edits = vec![
        Edit::delete(rel, sleep.start_byte()..first.start_byte()),
        Edit::replace(rel, first.start_byte()..last.end_byte(), replacement),
    ];
    if !imports_vi(src) {
        edits.push(vi_import(src, rel)?);
    }
    Some(
        Fix::new(
            StrategyKind::TimingAdjustment,
            edits,
            0.8,
            format!("Wait for the asserted state with vi.waitFor instead of sleeping on line {line}"),
            format!(
                "`{old}` guesses how long the background work needs and lost the race; `vi.waitFor` re-checks the \
                 same assertions until they pass (at most {budget_ms} ms), so the test waits exactly as long as needed."
            ),
        )
        .with_applicability(Applicability::Safe),
    )
}

fn imports_vi(src: &SourceFile) -> bool {
    src.imports().iter().any(|i| {
        let t = src.node_text(*i);
        t.contains("vitest") && t.split(|c: char| !c.is_alphanumeric()).any(|w| w == "vi")
    })
}

/// Adds `vi` to the `import { ... } from "vitest"` named imports when it is missing.
fn vi_import(src: &SourceFile, rel: &Path) -> Option<Edit> {
    if imports_vi(src) {
        return None;
    }
    let import = src.imports().into_iter().find(|i| src.node_text(*i).contains("vitest"))?;
    let mut found = None;
    walk_node(import, &mut |n| {
        if n.kind() == "named_imports" {
            found = Some(n);
        }
        found.is_none()
    });
    let named = found?;
    let close = named.end_byte().checked_sub(1)?;
    let inner = src.text().get(named.start_byte() + 1..close)?;
    let trimmed = inner.trim_end();
    let comma = if trimmed.ends_with(',') || trimmed.trim().is_empty() { "" } else { "," };
    let at = named.start_byte() + 1 + trimmed.len();
    Some(Edit::insert(rel, at, format!("{comma} vi")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::{GitSignals, Observations, SourceCache};
    use crate::strategies::check::{check_fix, check_no_fix};

    /// A failure of test `id` (`file::name` or `file > name`), in the file the id names.
    fn failure(kind: FailureKind, runner: Runner, id: &str, line: u32, message: &str) -> Failure {
        let file = id.split("::").next().and_then(|s| s.split(" > ").next()).unwrap_or(id);
        failure_in(kind, runner, file, id, line, message)
    }

    fn failure_in(kind: FailureKind, runner: Runner, file: &str, id: &str, line: u32, message: &str) -> Failure {
        let mut f = Failure::new(kind, runner, message);
        f.file = Some(file.into());
        f.test_id = Some(id.into());
        f.line = Some(line);
        f
    }

    #[test]
    fn reads_reported_limits() {
        assert_eq!(reported_limit_ms("Timeout >0.1s"), Some(100.0));
        assert_eq!(reported_limit_ms("Error: Test timed out in 50ms."), Some(50.0));
        assert_eq!(reported_limit_ms("test timed out after 250ms"), Some(250.0));
        assert_eq!(reported_limit_ms("assert 1 == 2"), None);
        assert_eq!(round_up_nice(2400.0), Some(5000.0));
        assert_eq!(round_up_nice(2000.0), Some(2000.0));
        assert_eq!(round_up_nice(10_001.0), Some(20_000.0));
    }

    #[test]
    fn raises_a_pytest_timeout_marker() {
        let before = "import pytest\n\n\n@pytest.mark.timeout(0.1)\ndef test_build():\n    assert build() == 3\n";
        let mut f = failure(FailureKind::Timeout, Runner::Pytest, "tests/test_a.py::test_build", 6, "Timeout >0.1s");
        f.error_type = Some("Failed".into());
        let after = "import pytest\n\n\n@pytest.mark.timeout(2)\ndef test_build():\n    assert build() == 3\n";
        check_fix(&TimingAdjustment, "tests/test_a.py", before, &f, after);
    }

    #[test]
    fn raises_a_vitest_timeout_argument_and_option() {
        let before = "it(\"loads\", async () => {\n  expect(await load()).toBe(3);\n}, 50);\n";
        let f = failure(FailureKind::Timeout, Runner::Vitest, "a.test.ts > loads", 1, "Test timed out in 50ms.");
        check_fix(&TimingAdjustment, "a.test.ts", before, &f, &before.replace("50);", "2000);"));
        let before = "test(\"loads\", { timeout: 50 }, async () => {\n  assert.equal(await load(), 3);\n});\n";
        let f =
            failure_in(FailureKind::Timeout, Runner::NodeTest, "a.test.ts", "loads", 1, "test timed out after 50ms");
        check_fix(&TimingAdjustment, "a.test.ts", before, &f, &before.replace("50 }", "2000 }"));
    }

    #[test]
    fn scales_from_measured_durations() {
        let before = "it(\"loads\", async () => {\n  expect(await load()).toBe(3);\n}, 50);\n";
        let f = failure(FailureKind::Timeout, Runner::Vitest, "a.test.ts > loads", 1, "Test timed out in 50ms.");
        let cache = SourceCache::new("/nonexistent");
        cache.set_text("a.test.ts", before);
        let observed = Observations { reruns: 2, passes: 0, durations_ms: vec![1200, 1400], ..Default::default() };
        let ctx = Context::new(&cache, GitSignals::default()).with_observations(observed);
        let fixes = TimingAdjustment.propose(&f, &ctx);
        assert_eq!(fixes[0].edits()[0].replacement, "5000");
    }

    #[test]
    fn refuses_to_raise_a_limit_on_code_that_never_finishes() {
        let before =
            "it(\"drains\", async () => {\n  await new Promise((resolve) => { queue.onEmpty(() => {}); });\n}, 50);\n";
        let f = failure(FailureKind::Timeout, Runner::Vitest, "a.test.ts > drains", 1, "Test timed out in 50ms.");
        check_no_fix(&TimingAdjustment, "a.test.ts", before, &f);
        let before = "import asyncio\n\ndef test_poll():\n    async def spin():\n        while True:\n            await asyncio.sleep(0)\n    asyncio.run(asyncio.wait_for(spin(), timeout=0.1))\n";
        let mut f = failure(FailureKind::Timeout, Runner::Pytest, "test_a.py::test_poll", 7, "TimeoutError");
        f.error_type = Some("TimeoutError".into());
        check_no_fix(&TimingAdjustment, "test_a.py", before, &f);
    }

    #[test]
    fn refuses_when_the_uncapped_rerun_hit_the_cap() {
        let before = "import pytest\n\n@pytest.mark.timeout(0.1)\ndef test_build():\n    assert build() == 3\n";
        let mut f = failure(FailureKind::Timeout, Runner::Pytest, "test_a.py::test_build", 5, "Timeout >0.1s");
        f.error_type = Some("Failed".into());
        let cache = SourceCache::new("/nonexistent");
        cache.set_text("test_a.py", before);
        let observed = Observations { uncapped_ms: Some(30_000), uncapped_timed_out: true, ..Default::default() };
        let ctx = Context::new(&cache, GitSignals::default()).with_observations(observed);
        assert!(TimingAdjustment.propose(&f, &ctx).iter().all(|x| x.applicability() == Applicability::DisplayOnly));
    }

    #[test]
    fn joins_a_started_thread_instead_of_sleeping() {
        let before = "import threading\nimport time\n\ndef test_flush():\n    sink = []\n    t = threading.Thread(target=sink.append, args=(1,))\n    t.start()\n    time.sleep(0.01)\n    assert sink == [1]\n";
        let f = failure(FailureKind::TestFailure, Runner::Pytest, "test_a.py::test_flush", 9, "assert [] == [1]");
        let after = before.replace("time.sleep(0.01)", "t.join(timeout=10)");
        check_fix(&TimingAdjustment, "test_a.py", before, &f, &after);
    }

    #[test]
    fn awaits_a_created_task_instead_of_sleeping() {
        let before = "import asyncio\n\ndef test_flush():\n    async def go():\n        task = asyncio.create_task(work())\n        await asyncio.sleep(0.01)\n        assert done == [1]\n    asyncio.run(go())\n";
        let f = failure(FailureKind::TestFailure, Runner::Pytest, "test_a.py::test_flush", 7, "assert [] == [1]");
        let after = before.replace("await asyncio.sleep(0.01)", "await asyncio.wait_for(task, timeout=10)");
        check_fix(&TimingAdjustment, "test_a.py", before, &f, &after);
    }

    #[test]
    fn polls_a_pure_condition_when_there_is_no_handle() {
        let before = "import threading\nimport time\n\ndef test_flush():\n    w = Worker()\n    w.submit(3)\n    time.sleep(0.01)\n    assert w.results == [9]\n";
        let f = failure(FailureKind::TestFailure, Runner::Pytest, "test_a.py::test_flush", 8, "assert [] == [9]");
        let after = "import threading\nimport time\n\ndef test_flush():\n    w = Worker()\n    w.submit(3)\n    deadline = time.monotonic() + 10\n    while not (w.results == [9]) and time.monotonic() < deadline:\n        time.sleep(0.01)\n    assert w.results == [9]\n";
        check_fix(&TimingAdjustment, "test_a.py", before, &f, after);
        // A condition with side effects cannot be polled.
        let impure = before.replace("w.results == [9]", "w.pop() == 9");
        check_no_fix(&TimingAdjustment, "test_a.py", &impure, &f);
    }

    #[test]
    fn wraps_vitest_assertions_in_wait_for() {
        let before = "import { it, expect } from \"vitest\";\n\nit(\"sends\", async () => {\n  notifier.schedule(\"hi\");\n  await sleep(10);\n  expect(notifier.sent).toEqual([\"hi\"]);\n});\n";
        let f = failure(
            FailureKind::TestFailure,
            Runner::Vitest,
            "a.test.ts > sends",
            6,
            "expected [] to deeply equal [ 'hi' ]",
        );
        let after = "import { it, expect, vi } from \"vitest\";\n\nit(\"sends\", async () => {\n  notifier.schedule(\"hi\");\n  await vi.waitFor(() => {\n    expect(notifier.sent).toEqual([\"hi\"]);\n  }, { timeout: 5000 });\n});\n";
        check_fix(&TimingAdjustment, "a.test.ts", before, &f, after);
    }

    #[test]
    fn adds_a_missing_await_on_a_coroutine() {
        let before = "import asyncio\n\nasync def total():\n    return 3\n\ndef test_total():\n    async def go():\n        value = total()\n        assert value == 3\n    asyncio.run(go())\n";
        let f = failure(
            FailureKind::TestFailure,
            Runner::Pytest,
            "test_a.py::test_total",
            9,
            "assert <coroutine object total at 0x7f> == 3",
        );
        check_fix(
            &TimingAdjustment,
            "test_a.py",
            before,
            &f,
            &before.replace("value = total()", "value = await total()"),
        );
    }

    #[test]
    fn adds_a_missing_await_and_async_in_typescript() {
        let before = "async function load(): Promise<number> {\n  return 3;\n}\n\nit(\"loads\", () => {\n  const n = load();\n  expect(n).toBe(3);\n});\n";
        let f =
            failure(FailureKind::TestFailure, Runner::Vitest, "a.test.ts > loads", 7, "expected Promise{…} to be 3");
        let after = before
            .replace("const n = load()", "const n = await load()")
            .replace("it(\"loads\", () =>", "it(\"loads\", async () =>");
        check_fix(&TimingAdjustment, "a.test.ts", before, &f, &after);
    }

    #[test]
    fn leaves_plain_assertion_failures_alone() {
        let before = "import time\n\ndef test_total():\n    time.sleep(0.01)\n    assert total() == 3\n";
        let f = failure(FailureKind::TestFailure, Runner::Pytest, "test_a.py::test_total", 5, "assert 4 == 3");
        check_no_fix(&TimingAdjustment, "test_a.py", before, &f);
        let before = "it(\"adds\", () => {\n  expect(add(1, 2)).toBe(4);\n});\n";
        let f = failure(FailureKind::TestFailure, Runner::Vitest, "a.test.ts > adds", 2, "expected 3 to be 4");
        check_no_fix(&TimingAdjustment, "a.test.ts", before, &f);
    }
}
