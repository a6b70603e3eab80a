//! Assertion update.
//!
//! **What it does**: replaces the expected literal of a failing equality assertion with the value the code now
//! produces: `assert a == b`, `self.assertEqual`, `expect(x).toBe/toEqual/toStrictEqual`,
//! `assert.strictEqual/deepStrictEqual/equal/deepEqual` (and `toMatchObject` between plain scalars). The value is
//! rendered in the file's own style (quotes, `None`/`null`, `True`/`true`). When the expected side is a table's
//! cell, the cell is edited: a `@pytest.mark.parametrize` or `each` row the failing id names (`rows`), or the
//! element of a table a loop runs (`for (const t of tests) test(JSON.stringify(t.input), …)` with `t.out`, Python
//! `for value, expected in CASES`) that the failing test's title or printed value names (`loops`).
//!
//! **Why**: when behaviour changed on purpose (a new rounding rule, a renamed label), the test's expectation is
//! stale, and updating it by hand is busywork.
//!
//! **When it refuses**: the actual value is not a plain literal (an object, a truncated repr, an exception),
//! is `None`/`undefined`/`NaN`, the expected side is not a literal, the printed expected value does not match
//! the literal in the source (wrong assertion), or git says the test is newer than the code (a new test
//! exposing a bug must not be "healed").
//!
//! **Fix safety**: unsafe — it changes what the test checks. "The code changed after the test" (per the commit
//! graph, or uncommitted code edits) is not enough on its own: confidence reaches the apply threshold only when
//! the change *explains* the new value ([`evidence`]): a constant or literal it touched flows into the test and
//! agrees with the value, or a function's code and documentation changed together; a literal swap left uncommitted
//! also needs a comment, docstring or changelog line written with it ([`evidence::settle`]). A change that only
//! flips an operator or a boundary or moves a `0`/`1` inside a function (a base case, identity or step), a commit
//! message calling it a refactoring, or a test that states the replaced value in its name, a comment or a
//! docstring, is refused unless a note says what changed (a message naming only the changed file does not).

mod arithmetic;
mod binding;
mod boundary;
mod called_with;
pub mod computed;
mod contained;
pub mod evidence;
mod golden;
mod judged;
mod loops;
pub mod notes;
pub mod reworded;
mod rows;
mod snap_file;
mod snapshot;
pub mod substitute;
pub mod template;
mod templated;

pub use rows::id_after;

/// How an update refused because the test or the project's documentation states the old value says so; the
/// session shares that refusal with the other cases of the same assertion (the rows of one parametrized test).
pub const LEFT_AS_WRITTEN: &str = "the test is likely right and the change wrong";

use std::path::Path;

use tree_sitter::Node;

use crate::context::{ChangeIntent, Context};
use crate::failure::{Failure, FailureKind};
use crate::fix::{Applicability, Edit, Fix, StrategyKind};
use crate::source::SourceFile;
use crate::strategies::value::{Style, Value};
use crate::strategies::Strategy;
use evidence::Verdict;

pub struct AssertionUpdate;

const PY_ASSERT_METHODS: &[&str] = &[
    "assertEqual",
    "assertEquals",
    "assertListEqual",
    "assertDictEqual",
    "assertTupleEqual",
    "assertSequenceEqual",
    "assertAlmostEqual",
    "assertAlmostEquals",
];
const TS_MATCHERS: &[&str] = &["toBe", "toEqual", "toStrictEqual"];
const TS_ASSERTS: &[&str] = &["strictEqual", "deepStrictEqual", "equal", "deepEqual"];
/// Chai's equality at the end of an `expect(x).to.deep.equal(y)` chain (vitest ships chai's `expect` too).
const CHAI_EQUALS: &[&str] = &["equal", "equals", "eq", "eql", "eqls"];
/// The chain words between `expect(x)` and the equality: language chains and `deep`; `not` is not among them.
const CHAI_CHAIN: &[&str] =
    &["to", "be", "been", "is", "that", "which", "and", "has", "have", "with", "deep", "strict"];

/// An equality assertion: its two compared operands, in the order runners print them
/// (left/first argument/`expect` subject first).
struct Comparison<'a> {
    operands: [Node<'a>; 2],
    /// `toMatchObject`: a subset match for objects, an equality only for plain scalars (scule's `each` tables
    /// compare strings with it); only those are updated.
    partial: bool,
}

impl Strategy for AssertionUpdate {
    fn kind(&self) -> StrategyKind {
        StrategyKind::AssertionUpdate
    }

    fn propose(&self, failure: &Failure, ctx: &Context) -> Vec<Fix> {
        // Expected text quoting what the change replaced (all of the test's assertions at once) comes first: it
        // also covers the assertions after the first failing one.
        let mut fixes: Vec<Fix> = substitute::propose(failure, ctx).into_iter().collect();
        fixes.extend(snapshot::propose(failure, ctx));
        fixes.extend(golden::propose(failure, ctx));
        fixes.extend(snap_file::propose(failure, ctx));
        for fix in value_update(failure, ctx)
            .into_iter()
            .chain(reworded::propose(failure, ctx))
            .chain(called_with::propose(failure, ctx))
            .chain(contained::propose(failure, ctx))
            .chain(computed::propose(failure, ctx))
            .chain(templated::propose(failure, ctx))
        {
            if !fixes.iter().any(|f| f.edits() == fix.edits()) {
                fixes.push(fix);
            }
        }
        // A failing case that probes the moved bound checks the boundary: rewriting its expectation instead
        // ("free above the threshold" expecting a fee) would keep it green while it stopped checking that.
        if let Some(probe) = boundary::propose(failure, ctx) {
            let below = probe.confidence() - 0.1;
            fixes =
                fixes.into_iter().map(|f| if f.confidence() > below { f.with_confidence(below) } else { f }).collect();
            fixes.insert(0, probe);
        }
        fixes
    }
}

/// The printed new value written over the stale literal of the failing assertion.
fn value_update(failure: &Failure, ctx: &Context) -> Vec<Fix> {
    // A test that passes and fails on the same code has no single "actual" value to adopt.
    if failure.kind != FailureKind::TestFailure || ctx.observed.flipped() {
        return Vec::new();
    }
    let (Some(actual), Some(expected)) = (&failure.actual, &failure.expected) else { return Vec::new() };
    let printed = match (Value::parse(actual), Value::parse(expected)) {
        (Some(first), Some(second)) => [first, second],
        // A value the message cut short (`{ a: 1, …(1) }`) may still be whole in the runner's diff.
        (first, second) => match received_from_diff(&failure.raw) {
            Some((a, e)) if first.is_none_or(|f| f == a) && second.is_none_or(|s| s == e) => [a, e],
            _ => return Vec::new(),
        },
    };
    let Some(rel) = failure.file.as_deref().and_then(|f| ctx.sources.relative(f)) else { return Vec::new() };
    let Ok(src) = ctx.sources.get(&rel) else { return Vec::new() };
    if src.root().has_error() {
        return Vec::new();
    }
    let (comparisons, located) = match failure.line {
        Some(line) => (comparisons_on_line(&src, line), true),
        None => (all_comparisons(&src), false),
    };
    let scalars = printed.iter().all(|v| matches!(v, Value::Str(_) | Value::Number(_) | Value::Bool(_)));
    // `toMatchObject({ customer: { locale: 'en_US' } })` checks only the keys it lists: the received object seen
    // through the expected one's keys is what the same check would now expect.
    let seen = projected(&printed[0], &printed[1]).map(|p| [p, printed[1].clone()]);
    let updates: Vec<(Node, Value)> = comparisons
        .iter()
        .filter_map(|c| match (&seen, c.partial && !scalars) {
            (Some(seen), true) => stale_literal(&src, c, seen, failure),
            (None, true) => None,
            (_, false) => stale_literal(&src, c, &printed, failure),
        })
        .collect();
    if updates.is_empty() {
        // `expect(quote(...)).toEqual({ cents, free })` in an `each` table: the row's cells behind the operand.
        let rows: Vec<Vec<(Node, Value)>> =
            comparisons.iter().filter_map(|c| compound_cells(&src, c, &printed, failure)).collect();
        if let [cells] = rows.as_slice() {
            return row_update(&src, &rel, cells, failure, ctx, located).into_iter().collect();
        }
    }
    // Two assertions that could both be the failing one: guessing would be wrong half the time.
    let [(literal, new_value)] = updates.as_slice() else { return Vec::new() };
    if new_value.is_suspicious() {
        return Vec::new();
    }
    let Some(rendered) = rendered_over(&src, *literal, new_value) else { return Vec::new() };
    let Some(old_value) = literal_value(&src, *literal) else { return Vec::new() };
    let judged = judge(&src, &rel, failure, ctx, (new_value, &old_value));
    vec![build_fix(&src, &rel, *literal, rendered, new_value, judged, located)]
}

/// `received` seen through the keys of `shape` (a subset match's expected object): every key `shape` lists, at
/// any depth, with the received value; `None` when a listed key is missing or a list differs in length.
fn projected(received: &Value, shape: &Value) -> Option<Value> {
    match (received, shape) {
        (Value::Map(got), Value::Map(want)) => want
            .iter()
            .map(|(k, v)| match got.iter().find(|(gk, _)| gk == k) {
                Some((_, g)) => projected(g, v).map(|p| (k.clone(), p)),
                // A key the received object no longer has: renamed, when exactly one key the shape does not name
                // holds the same value (`{ avgMs: 10.3 }` against `{ …, meanMs: 10.3 }`).
                None => {
                    let mut same = got.iter().filter(|(gk, g)| g == v && !want.iter().any(|(wk, _)| wk == gk));
                    let found = same.next().filter(|_| same.next().is_none());
                    found.map(|(gk, g)| (gk.clone(), g.clone()))
                }
            })
            .collect::<Option<Vec<_>>>()
            .map(Value::Map),
        (Value::List(got), Value::List(want)) if got.len() == want.len() => {
            got.iter().zip(want).map(|(g, w)| projected(g, w)).collect::<Option<Vec<_>>>().map(Value::List)
        }
        (Value::Map(_) | Value::List(_), _) | (_, Value::Map(_) | Value::List(_)) => None,
        _ => Some(received.clone()),
    }
}

/// What the history says about the failing test, and what the change since it says about the new value.
fn judge(
    src: &SourceFile,
    rel: &Path,
    failure: &Failure,
    ctx: &Context,
    (new_value, old_value): (&Value, &Value),
) -> (ChangeIntent, Verdict) {
    judged::judged(src, rel, test_of(src, failure), ctx, (new_value, old_value))
}

/// The failing test's node; a loop's tests compute their titles: then the test call around the failing
/// assertion.
fn test_of<'a>(src: &'a SourceFile, failure: &Failure) -> Option<Node<'a>> {
    crate::strategies::failing_test(src, failure).or_else(|| {
        let line = failure.line?;
        let node = src.nodes_on_line(line, &["call_expression"]).into_iter().next()?;
        loops::test_call(src, node)
    })
}

/// Vitest and jest shorten long values in the message but print both whole in the `- Expected` / `+ Received`
/// diff that follows: the received value is the diff's common and `+` lines, the expected one its common and `-`
/// lines. `None` unless both sides parse as plain literals.
fn received_from_diff(raw: &str) -> Option<(Value, Value)> {
    diff_after(raw, "+ Received")
}

/// The two sides of the `-`/`+` diff that follows the line `header` (trimmed) in `raw`.
fn diff_after(raw: &str, header: &str) -> Option<(Value, Value)> {
    let clean = strip_ansi(raw);
    let mut lines = clean.lines().skip_while(|l| l.trim() != header).skip(1);
    let (mut received, mut expected) = (String::new(), String::new());
    for line in lines.by_ref().skip_while(|l| l.trim().is_empty()) {
        if line.trim().is_empty() || line.trim_start().starts_with('❯') {
            break;
        }
        let body = line.get(2..).unwrap_or("");
        match line.chars().next() {
            Some('+') => received.push_str(body),
            Some('-') => expected.push_str(body),
            Some(' ') => {
                received.push_str(body);
                expected.push_str(body);
            }
            _ => return None,
        }
        received.push('\n');
        expected.push('\n');
    }
    Some((Value::parse(&received)?, Value::parse(&expected)?))
}

fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            // CSI: ESC [ params final-byte
            if chars.next() == Some('[') {
                for f in chars.by_ref() {
                    if f.is_ascii_alphabetic() {
                        break;
                    }
                }
            }
            continue;
        }
        out.push(c);
    }
    out
}

fn build_fix(
    src: &SourceFile,
    rel: &Path,
    literal: Node,
    rendered: String,
    new_value: &Value,
    (intent, verdict): (ChangeIntent, Verdict),
    located: bool,
) -> Fix {
    let old = src.node_text(literal);
    let scalar_bonus = if new_value.is_scalar() { 0.02 } else { 0.0 };
    let location_penalty = if located { 0.0 } else { 0.05 };
    let (base, applicability, why) = grade(intent, verdict);
    let line = src.line_of(literal.start_byte());
    let title_why = match leaf_edits(src, literal, new_value) {
        // A literal laid out over several lines keeps its layout: only the leaves that differ are rewritten.
        Some(leaves)
            if !leaves.is_empty()
                && old.contains('\n')
                && matches!(literal.kind(), "dictionary" | "object" | "list" | "tuple" | "array") =>
        {
            let edits = leaves.iter().map(|(r, t)| Edit::replace(rel, r.clone(), t.clone())).collect();
            let shown: Vec<String> = leaves
                .iter()
                .map(|(r, t)| format!("{} -> {t}", src.text().get(r.clone()).unwrap_or_default()))
                .collect();
            let places = if leaves.len() == 1 { String::new() } else { format!(" ({} places)", leaves.len()) };
            let line = src.line_of(leaves[0].0.start);
            (
                edits,
                format!("Update the expected value on line {line}: {}{places}", shown.join(", ")),
                format!(
                    "The assertion expected {old} but the code returned {rendered}, which differs in {}; {why}.",
                    shown.join(", ")
                ),
            )
        }
        _ => (
            vec![Edit::replace(rel, literal.byte_range(), rendered.clone())],
            format!("Update the expected value on line {line}: {old} -> {rendered}"),
            format!("The assertion expected {old} but the code returned {rendered}; {why}."),
        ),
    };
    let (edits, title, rationale) = title_why;
    Fix::new(StrategyKind::AssertionUpdate, edits, base + scalar_bonus - location_penalty, title, rationale)
        .with_applicability(applicability)
}

/// The edits that turn the container literal `node` into `new` leaf by leaf, keeping its layout, comments and
/// trailing commas: dict/object entries with the same keys in the same order and lists of the same length are
/// walked into; anything else that differs is rewritten whole. `None` when `node` is no literal.
fn leaf_edits(src: &SourceFile, node: Node, new: &Value) -> Option<Vec<(std::ops::Range<usize>, String)>> {
    let old = literal_value(src, node)?;
    if &old == new {
        return Some(Vec::new());
    }
    match (node.kind(), &old, new) {
        ("dictionary" | "object", Value::Map(was), Value::Map(now)) if was.len() == now.len() => {
            let pairs = parts(node);
            if pairs.len() != was.len() || pairs.iter().any(|p| p.kind() != "pair") {
                return whole(src, node, new);
            }
            if was.iter().zip(now).any(|((a, _), (b, _))| a != b) {
                // A key renamed (`avgMs` → `meanMs`, the value kept) is renamed in place, not moved to the end.
                return renamed_keys(src, &pairs, was, now).or_else(|| whole(src, node, new));
            }
            let mut out = Vec::new();
            for (pair, (_, value)) in pairs.iter().zip(now) {
                out.extend(leaf_edits(src, pair.child_by_field_name("value")?, value)?);
            }
            Some(out)
        }
        ("list" | "tuple" | "array", Value::List(was) | Value::Tuple(was), Value::List(now) | Value::Tuple(now))
            if was.len() == now.len() =>
        {
            let items = parts(node);
            if items.len() != now.len() {
                return whole(src, node, new);
            }
            let mut out = Vec::new();
            for (item, value) in items.iter().zip(now) {
                out.extend(leaf_edits(src, *item, value)?);
            }
            Some(out)
        }
        _ => whole(src, node, new),
    }
}

/// The edits of an object literal whose one missing key reappears under one new name: the key's name in place,
/// and every value's leaves. `None` for anything else (two keys gone, a key that is no plain name or string).
fn renamed_keys(
    src: &SourceFile,
    pairs: &[Node],
    was: &[(Value, Value)],
    now: &[(Value, Value)],
) -> Option<Vec<(std::ops::Range<usize>, String)>> {
    let gone: Vec<&Value> = was.iter().map(|(k, _)| k).filter(|k| !now.iter().any(|(n, _)| n == *k)).collect();
    let came: Vec<&Value> = now.iter().map(|(k, _)| k).filter(|k| !was.iter().any(|(w, _)| w == *k)).collect();
    let ([gone], [came]) = (gone.as_slice(), came.as_slice()) else { return None };
    let Value::Str(new_name) = came else { return None };
    let mut out = Vec::new();
    for (pair, (key, _)) in pairs.iter().zip(was) {
        let target = if key == *gone { *came } else { key };
        let value = now.iter().find(|(k, _)| k == target).map(|(_, v)| v)?;
        if key == *gone {
            let key_node = pair.child_by_field_name("key")?;
            let text = src.node_text(key_node);
            let renamed = match key_node.kind() {
                "property_identifier" | "identifier" if crate::strategies::value::is_identifier(new_name) => {
                    new_name.clone()
                }
                "string" => {
                    let quote = text.chars().next()?;
                    if new_name.contains(quote) || new_name.contains('\\') {
                        return None;
                    }
                    format!("{quote}{new_name}{quote}")
                }
                _ => return None,
            };
            out.push((key_node.byte_range(), renamed));
        }
        out.extend(leaf_edits(src, pair.child_by_field_name("value")?, value)?);
    }
    Some(out)
}

fn parts(n: Node<'_>) -> Vec<Node<'_>> {
    let mut c = n.walk();
    n.named_children(&mut c).filter(|x| x.kind() != "comment").collect()
}

fn whole(src: &SourceFile, node: Node, new: &Value) -> Option<Vec<(std::ops::Range<usize>, String)>> {
    Some(vec![(node.byte_range(), rendered_over(src, node, new)?)])
}

/// `new` written in the place of the literal `node`: in its style, with its digit grouping and decimals kept.
fn rendered_over(src: &SourceFile, node: Node, new: &Value) -> Option<String> {
    let rendered = new.render(&style_for(src, node))?;
    Some(keep_grouping(src.node_text(node), keep_decimals(src.node_text(node), rendered)))
}

/// The base confidence, applicability and reason of a value update, from which side changed last and what the
/// change says about the new value.
fn grade(intent: ChangeIntent, verdict: Verdict) -> (f64, Applicability, String) {
    match (intent, verdict) {
        (_, Verdict::StatedOld(said) | Verdict::IgnoredInput(said)) => {
            (0.25, Applicability::DisplayOnly, format!("{said}: {LEFT_AS_WRITTEN}, so it is left as written"))
        }
        (ChangeIntent::TestNewer, _) => (
            0.25,
            Applicability::DisplayOnly,
            "the test changed after the code (per git): it may be exposing a real bug, so it is left as written".into(),
        ),
        (ChangeIntent::CodeNewer, Verdict::Explained(how) | Verdict::Documented(how)) => (
            0.88,
            Applicability::Unsafe,
            format!("the code under test changed after this test and explains the new value ({how})"),
        ),
        // Below the default threshold: a rewrite that explains nothing about the value is what a bug looks like
        // too (measured on mutants: scripts/mutants/RESULTS.md), so it is shown for review, not applied.
        (ChangeIntent::CodeNewer, Verdict::Rewritten) => (
            0.7,
            Applicability::Unsafe,
            "the code this test imports was rewritten after the test (per git), but nothing in the change explains \
             the new value; review before applying"
                .into(),
        ),
        // Below the default threshold too: a mutation tool's `25 -> 26` reads exactly like this.
        (ChangeIntent::CodeNewer, Verdict::Unrecorded(how)) => (
            0.7,
            Applicability::Unsafe,
            format!(
                "the change explains the new value ({how}): it may still be work in progress; review before applying"
            ),
        ),
        (ChangeIntent::CodeNewer, Verdict::Flipped(flip)) => (
            0.3,
            Applicability::DisplayOnly,
            format!("in the change to the code, {flip}, which explains no new value: likely a bug, review it"),
        ),
        (ChangeIntent::CodeNewer, Verdict::Unknown) => (
            0.7,
            Applicability::Unsafe,
            "the code changed after this test, but nothing shows the change explains the new value; review before \
             applying"
                .into(),
        ),
        (ChangeIntent::Unknown, _) => (
            0.68,
            Applicability::Unsafe,
            "nothing in the history says whether the new value is intended; review before applying".into(),
        ),
    }
}

/// If exactly one operand is a literal equal to what the runner printed for it, that literal and the value
/// printed for the other side.
fn stale_literal<'a>(
    src: &'a SourceFile,
    c: &Comparison<'a>,
    printed: &[Value; 2],
    failure: &Failure,
) -> Option<(Node<'a>, Value)> {
    let values = c.operands.map(|n| literal_value(src, n));
    let (idx, node) = match (&values[0], &values[1]) {
        (None, Some(_)) => (1, c.operands[1]),
        (Some(_), None) => (0, c.operands[0]),
        (None, None) => {
            // `assert f() == expected` with `expected = {...}` bound in the test or at module level.
            let bound = c.operands.map(|n| binding::bound_literal(src, n));
            match (bound, values) {
                ([None, Some(b)], _) => return bound_stale(src, 1, b, printed),
                ([Some(b), None], _) => return bound_stale(src, 0, b, printed),
                _ => {
                    let mixed = |i: usize| mixed_stale(src, c.operands[i], &printed[i], &printed[1 - i]);
                    return match (mixed(0), mixed(1)) {
                        (None, Some(found)) | (Some(found), None) => Some(found),
                        _ => stale_cell(src, c, printed, failure),
                    };
                }
            }
        }
        _ => return None,
    };
    let literal = values[idx].as_ref()?;
    let new_value = &printed[1 - idx];
    (literal == &printed[idx] && literal != new_value).then(|| (node, new_value.ordered_like(literal)))
}

/// The same for a list, tuple or dict display that mixes literals with computed elements (`[{...},
/// export_order(order)]`), `was` its value as the runner printed it and `now` the other side's: every computed
/// element already equals what the code returned, and exactly one literal element differs; that element is the
/// stale literal.
fn mixed_stale<'a>(src: &'a SourceFile, node: Node<'a>, was: &Value, now: &Value) -> Option<(Node<'a>, Value)> {
    let elements = display_elements(src, node, was, now)?;
    let mut found = None;
    for (item, w, n) in elements {
        match literal_value(src, item) {
            Some(literal) if &literal != w => return None,
            Some(literal) if w != n => {
                if found.is_some() {
                    return None;
                }
                found = Some((item, n.ordered_like(&literal)));
            }
            Some(_) => {}
            // A computed element the code disagrees with is not a stale literal's doing.
            None if w != n => return None,
            None => {}
        }
    }
    found
}

/// The elements of a list, tuple or dict/object display paired with their values on both printed sides: a
/// list's items in order, a dict's values (or an object's shorthand properties, `{ cents }`) by their key. `None`
/// when the display's shape is not the values' shape.
fn display_elements<'a, 'v>(
    src: &SourceFile,
    node: Node<'a>,
    was: &'v Value,
    now: &'v Value,
) -> Option<Vec<(Node<'a>, &'v Value, &'v Value)>> {
    let items = parts(node);
    match (node.kind(), was, now) {
        ("list" | "tuple" | "array", Value::List(w) | Value::Tuple(w), Value::List(n) | Value::Tuple(n))
            if items.len() == w.len() && w.len() == n.len() =>
        {
            Some(items.iter().zip(w).zip(n).map(|((i, w), n)| (*i, w, n)).collect())
        }
        ("dictionary" | "object", Value::Map(w), Value::Map(n)) if items.len() == w.len() && w.len() == n.len() => {
            items
                .iter()
                .map(|item| {
                    let (key, element) = match item.kind() {
                        "shorthand_property_identifier" => (Value::Str(src.node_text(*item).to_string()), *item),
                        "pair" => {
                            let key = item.child_by_field_name("key")?;
                            let key =
                                literal_value(src, key).unwrap_or_else(|| Value::Str(src.node_text(key).to_string()));
                            (key, item.child_by_field_name("value")?)
                        }
                        _ => return None,
                    };
                    let of = |m: &'v [(Value, Value)]| m.iter().find(|(k, _)| *k == key).map(|(_, v)| v);
                    Some((element, of(w)?, of(n)?))
                })
                .collect()
        }
        _ => None,
    }
}

/// An operand built from a table row's parameters (`{ cents, free }`, `{ total: cents }`, `(low, high)`, `[a, b]`)
/// whose printed value is what the failing row held: the row's cells that differ from what the code returned,
/// with their new values. `None` unless every leaf is a parameter whose cell holds the printed value.
fn compound_cells<'a>(
    src: &'a SourceFile,
    c: &Comparison<'a>,
    printed: &[Value; 2],
    failure: &Failure,
) -> Option<Vec<(Node<'a>, Value)>> {
    for (idx, operand) in c.operands.iter().enumerate() {
        let (was, now) = (&printed[idx], &printed[1 - idx]);
        let Some(leaves) = display_elements(src, *operand, was, now) else { continue };
        let mut out = Vec::new();
        for (param, w, n) in leaves {
            let cell = rows::cell_for(src, failure, param)?;
            if cell.wrapper.is_some() {
                return None;
            }
            let value = literal_value(src, cell.literal)?;
            if &value != w {
                return None;
            }
            if w != n {
                out.push((cell.literal, n.ordered_like(&value)));
            }
        }
        return (!out.is_empty()).then_some(out);
    }
    None
}

/// One fix writing the failing row's new values into its cells, judged as one value update.
fn row_update(
    src: &SourceFile,
    rel: &Path,
    cells: &[(Node, Value)],
    failure: &Failure,
    ctx: &Context,
    located: bool,
) -> Option<Fix> {
    let mut edits = Vec::new();
    let mut shown = Vec::new();
    for (cell, value) in cells {
        if value.is_suspicious() {
            return None;
        }
        let rendered = rendered_over(src, *cell, value)?;
        shown.push(format!("{} -> {rendered}", src.node_text(*cell)));
        edits.push(Edit::replace(rel, cell.byte_range(), rendered));
    }
    let ((first, _), first_edit) = (cells.first()?, edits.first()?);
    let (new_value, old_value) =
        (Value::parse(failure.actual.as_deref()?)?, Value::parse(failure.expected.as_deref()?)?);
    let judged = judge(src, rel, failure, ctx, (&new_value, &old_value));
    // Graded as the update of its first cell would be; the fix writes every cell.
    let one = build_fix(src, rel, *first, first_edit.replacement.clone(), &new_value, judged, located);
    let line = src.line_of(first.start_byte());
    Some(
        Fix::new(
            StrategyKind::AssertionUpdate,
            edits,
            one.confidence(),
            format!("Update the failing row on line {line}: {}", shown.join(", ")),
            one.rationale().to_string(),
        )
        .with_applicability(one.applicability()),
    )
}

/// The same for an operand that names a literal bound elsewhere (`expected = {...}`).
fn bound_stale<'a>(
    src: &'a SourceFile,
    idx: usize,
    bound: Node<'a>,
    printed: &[Value; 2],
) -> Option<(Node<'a>, Value)> {
    let literal = literal_value(src, bound)?;
    let new_value = &printed[1 - idx];
    (literal == printed[idx] && &literal != new_value).then(|| (bound, new_value.ordered_like(&literal)))
}

/// The same for a table-driven test: one operand is a parameter (or `Decimal(param)`) whose value comes from the
/// failing row; that row's cell is the literal to update.
fn stale_cell<'a>(
    src: &'a SourceFile,
    c: &Comparison<'a>,
    printed: &[Value; 2],
    failure: &Failure,
) -> Option<(Node<'a>, Value)> {
    // A parametrize or `each` row, else an element of a table a loop runs (`t.out`).
    let mut at = 0;
    let cells = c.operands.map(|n| {
        let printed_here = &printed[at];
        at += 1;
        rows::cell_for(src, failure, n).or_else(|| {
            // `Decimal(rate)` over a loop's `"0.10"`: the cell holds the constructor's argument.
            let (inner, wrapper, was) = match rows::wrapped(src, n) {
                Some((arg, func)) => (arg, Some(func), printed_here.only_arg()?.clone()),
                None => (n, None, printed_here.clone()),
            };
            loops::cell_for(src, failure, inner, &was).map(|literal| rows::Cell { literal, wrapper })
        })
    });
    let idx = match (&cells[0], &cells[1]) {
        (None, Some(_)) => 1,
        (Some(_), None) => 0,
        _ => return None,
    };
    let cell = cells[idx].as_ref()?;
    let cell_value = literal_value(src, cell.literal)?;
    let (was, now) = match &cell.wrapper {
        None => (printed[idx].clone(), printed[1 - idx].clone()),
        // `Decimal(expected)`: the row holds the constructor's argument.
        Some(_) => (printed[idx].only_arg()?.clone(), printed[1 - idx].only_arg()?.clone()),
    };
    (was == cell_value && now != was).then(|| (cell.literal, now.ordered_like(&cell_value)))
}

fn literal_value(src: &SourceFile, node: Node) -> Option<Value> {
    // f-strings and templates with substitutions are computed, not literal.
    if node.kind() == "string" && src.lang().is_python() {
        let mut cursor = node.walk();
        if node.children(&mut cursor).any(|c| c.kind() == "interpolation") {
            return None;
        }
    }
    // Comments inside a literal laid out over lines (`"state": "open",  # set by the shop`) are no part of it.
    let mut comments = Vec::new();
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        if n.kind() == "comment" {
            comments.push(n.byte_range());
            continue;
        }
        let mut c = n.walk();
        stack.extend(n.children(&mut c));
    }
    if comments.is_empty() {
        return Value::parse(src.node_text(node));
    }
    comments.sort_by_key(|r| r.start);
    let mut text = String::new();
    let mut at = node.start_byte();
    for r in comments {
        text.push_str(src.text().get(at..r.start)?);
        at = r.end;
    }
    text.push_str(src.text().get(at..node.end_byte())?);
    Value::parse(&text)
}

fn comparisons_on_line<'a>(src: &'a SourceFile, line: u32) -> Vec<Comparison<'a>> {
    let kinds: &[&str] = if src.lang().is_python() { &["assert_statement", "call"] } else { &["call_expression"] };
    let mut found: Vec<Comparison> =
        src.nodes_on_line(line, kinds).into_iter().filter_map(|n| comparison(src, n)).collect();
    // A node spanning the line from far above (an enclosing `it(...)` call) is never the assertion itself.
    found.retain(|c| src.line_of(c.operands[0].start_byte()).abs_diff(line) <= 3);
    found
}

fn all_comparisons(src: &SourceFile) -> Vec<Comparison<'_>> {
    let mut out = Vec::new();
    src.walk(|n| {
        if let Some(c) = comparison(src, n) {
            out.push(c);
        }
        true
    });
    out
}

fn comparison<'a>(src: &SourceFile, node: Node<'a>) -> Option<Comparison<'a>> {
    if src.lang().is_python() {
        python_comparison(src, node)
    } else {
        ts_comparison(src, node)
    }
}

fn python_comparison<'a>(src: &SourceFile, node: Node<'a>) -> Option<Comparison<'a>> {
    match node.kind() {
        "assert_statement" => {
            let cmp = node.named_child(0)?;
            if cmp.kind() != "comparison_operator" || cmp.named_child_count() != 2 {
                return None;
            }
            let mut cursor = cmp.walk();
            let ops: Vec<&str> =
                cmp.children(&mut cursor).filter(|c| !c.is_named()).map(|c| src.node_text(c)).collect();
            if ops != ["=="] {
                return None;
            }
            Some(Comparison { operands: [cmp.named_child(0)?, cmp.named_child(1)?], partial: false })
        }
        "call" => {
            let func = node.child_by_field_name("function")?;
            let method = src.node_text(func.child_by_field_name("attribute")?);
            if func.kind() != "attribute" || !PY_ASSERT_METHODS.contains(&method) {
                return None;
            }
            positional_pair(node.child_by_field_name("arguments")?, "keyword_argument")
        }
        _ => None,
    }
}

fn ts_comparison<'a>(src: &SourceFile, node: Node<'a>) -> Option<Comparison<'a>> {
    if node.kind() != "call_expression" {
        return None;
    }
    let func = node.child_by_field_name("function")?;
    let args = node.child_by_field_name("arguments")?;
    let name = match func.kind() {
        "member_expression" => src.node_text(func.child_by_field_name("property")?),
        "identifier" => src.node_text(func),
        _ => return None,
    };
    let close_to = name == "toBeCloseTo";
    if func.kind() == "member_expression" && (TS_MATCHERS.contains(&name) || name == "toMatchObject" || close_to) {
        // expect(subject).toBe(expected); `.not.toBe` and `expect.soft` chains are refused. `toBeCloseTo` takes
        // its precision second.
        let subject_call = func.child_by_field_name("object")?;
        let count = args.named_child_count();
        if subject_call.kind() != "call_expression"
            || src.node_text(subject_call.child_by_field_name("function")?) != "expect"
            || !(count == 1 || close_to && count == 2)
        {
            return None;
        }
        let subject = subject_call.child_by_field_name("arguments")?.named_child(0)?;
        return Some(Comparison { operands: [subject, args.named_child(0)?], partial: name == "toMatchObject" });
    }
    if func.kind() == "member_expression" && CHAI_EQUALS.contains(&name) && args.named_child_count() == 1 {
        if let Some(subject) = chai_subject(src, func.child_by_field_name("object")?) {
            return Some(Comparison { operands: [subject, args.named_child(0)?], partial: false });
        }
    }
    let receiver_ok =
        func.kind() == "identifier" || func.child_by_field_name("object").is_some_and(|o| src.node_text(o) == "assert");
    if TS_ASSERTS.contains(&name) && receiver_ok {
        return positional_pair(args, "spread_element");
    }
    None
}

/// The subject of `expect(subject).to.deep` — the object of a chai equality — when every word of the chain only
/// reads well (`to`, `be`, `deep`...); `None` for `.not`, `.include`, `.members` and anything else that changes
/// what is compared.
fn chai_subject<'a>(src: &SourceFile, mut node: Node<'a>) -> Option<Node<'a>> {
    while node.kind() == "member_expression" {
        if !CHAI_CHAIN.contains(&src.node_text(node.child_by_field_name("property")?)) {
            return None;
        }
        node = node.child_by_field_name("object")?;
    }
    if node.kind() != "call_expression" || src.node_text(node.child_by_field_name("function")?) != "expect" {
        return None;
    }
    let args = node.child_by_field_name("arguments")?;
    (args.named_child_count() == 1).then(|| args.named_child(0)).flatten()
}

fn positional_pair<'a>(args: Node<'a>, skip_kind: &str) -> Option<Comparison<'a>> {
    let mut cursor = args.walk();
    let positional: Vec<Node> =
        args.named_children(&mut cursor).filter(|n| n.kind() != skip_kind && n.kind() != "comment").collect();
    match positional.as_slice() {
        [a, b] | [a, b, _] => Some(Comparison { operands: [*a, *b], partial: false }),
        _ => None,
    }
}

/// A number written with trailing zeros (`9.20`, a price) keeps as many decimals: `9.7` is written `9.70`.
fn keep_decimals(old: &str, rendered: String) -> String {
    let decimals = |t: &str| -> Option<usize> {
        let (int, frac) = t.strip_prefix('-').unwrap_or(t).split_once('.')?;
        (!int.is_empty() && int.bytes().all(|b| b.is_ascii_digit()) && frac.bytes().all(|b| b.is_ascii_digit()))
            .then_some(frac.len())
    };
    match (decimals(old), decimals(&rendered)) {
        (Some(want), Some(have)) if have < want && old.ends_with('0') => {
            format!("{rendered}{}", "0".repeat(want - have))
        }
        (Some(want), None) if want > 0 && old.ends_with('0') && rendered.bytes().all(|b| b.is_ascii_digit()) => {
            format!("{rendered}.{}", "0".repeat(want))
        }
        _ => rendered,
    }
}

/// An integer written with digit separators (`1_500`) keeps them: `1500000` is written `1_500_000`.
fn keep_grouping(old: &str, rendered: String) -> String {
    let grouped = |t: &str| {
        let digits = t.strip_prefix('-').unwrap_or(t);
        let mut parts = digits.split('_');
        let head = parts.next().unwrap_or("");
        let rest: Vec<&str> = parts.collect();
        !rest.is_empty()
            && (1..=3).contains(&head.len())
            && head.bytes().all(|b| b.is_ascii_digit())
            && rest.iter().all(|p| p.len() == 3 && p.bytes().all(|b| b.is_ascii_digit()))
    };
    let digits = rendered.strip_prefix('-').unwrap_or(&rendered);
    if !grouped(old) || digits.len() < 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return rendered;
    }
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('_');
        }
        out.push(c);
    }
    if rendered.starts_with('-') {
        format!("-{out}")
    } else {
        out
    }
}

/// The quote the new literal should use: the replaced literal's own, else the file's most common one.
fn style_for(src: &SourceFile, literal: Node) -> Style {
    let own = src.node_text(literal).chars().find(|c| matches!(c, '"' | '\''));
    let quote = own.unwrap_or_else(|| {
        let (mut single, mut double) = (0, 0);
        for n in src.literals() {
            match src.node_text(n).trim_start_matches(|c: char| c.is_ascii_alphabetic()).chars().next() {
                Some('\'') => single += 1,
                Some('"') => double += 1,
                _ => {}
            }
        }
        match (double > single, src.lang().is_python()) {
            (true, _) => '"',
            (false, _) if single > 0 => '\'',
            (false, true) => '"',
            (false, false) => '\'',
        }
    });
    if src.lang().is_python() {
        Style::python(quote)
    } else {
        Style::typescript(quote)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::context::GitSignals;
    use crate::strategies::check::{check_fix, check_fix_with, check_no_fix, check_no_fix_with, mismatch};

    #[test]
    fn digit_separators_and_bound_names() {
        // Before: `2_000` was replaced by `2000000`, and `expected = {...}` in the test proposed nothing.
        check_fix(
            &AssertionUpdate,
            "tests/test_ms.py",
            "def test_ms():\n    assert to_ms('2h') == 7_200\n",
            &mismatch("tests/test_ms.py", 2, "7200000", "7200"),
            "def test_ms():\n    assert to_ms('2h') == 7_200_000\n",
        );
        check_fix(
            &AssertionUpdate,
            "tests/test_user.py",
            "def test_user():\n    want = {'name': 'ann', 'role': 'admin'}\n    assert user_dict(1) == want\n",
            &mismatch("tests/test_user.py", 3, "{'name': 'ann', 'role': 'owner'}", "{'name': 'ann', 'role': 'admin'}"),
            "def test_user():\n    want = {'name': 'ann', 'role': 'owner'}\n    assert user_dict(1) == want\n",
        );
        check_fix(
            &AssertionUpdate,
            "tests/test_user.py",
            "ROLES = ['admin', 'guest']\n\n\ndef test_roles():\n    assert roles() == ROLES\n",
            &mismatch("tests/test_user.py", 5, "['owner', 'guest']", "['admin', 'guest']"),
            "ROLES = ['owner', 'guest']\n\n\ndef test_roles():\n    assert roles() == ROLES\n",
        );
        // A module-level value two tests read would change the other test's expectation too.
        check_no_fix(
            &AssertionUpdate,
            "tests/test_user.py",
            "ROLES = ['admin']\n\n\ndef test_a():\n    assert roles() == ROLES\n\n\ndef test_b():\n    assert other() == ROLES\n",
            &mismatch("tests/test_user.py", 5, "['owner']", "['admin']"),
        );
    }

    #[test]
    fn a_literal_over_several_lines_keeps_its_layout() {
        // Before: the whole dict was re-rendered on one line, losing the layout and the trailing comma.
        check_fix(
            &AssertionUpdate,
            "tests/test_order.py",
            "def test_order():\n    want = {\n        \"id\": 7,\n        \"state\": \"open\",  # set by the shop\n        \"lines\": [(1, \"pen\"), (2, \"ink\")],\n    }\n    assert order(7) == want\n",
            &mismatch(
                "tests/test_order.py",
                7,
                "{'id': 7, 'state': 'paid', 'lines': [(1, 'pen'), (2, 'nib')]}",
                "{'id': 7, 'state': 'open', 'lines': [(1, 'pen'), (2, 'ink')]}",
            ),
            "def test_order():\n    want = {\n        \"id\": 7,\n        \"state\": \"paid\",  # set by the shop\n        \"lines\": [(1, \"pen\"), (2, \"nib\")],\n    }\n    assert order(7) == want\n",
        );
        // A key added or removed rewrites the smallest container that holds it.
        check_fix(
            &AssertionUpdate,
            "order.test.ts",
            "it('o', () => {\n  expect(order(7)).toEqual({\n    id: 7,\n    meta: { state: 'open' },\n  })\n})\n",
            &mismatch("order.test.ts", 2, "{ id: 7, meta: { state: 'open', paid: true } }", "{ id: 7, meta: { state: 'open' } }"),
            "it('o', () => {\n  expect(order(7)).toEqual({\n    id: 7,\n    meta: { state: 'open', paid: true },\n  })\n})\n",
        );
    }

    #[test]
    fn a_display_mixing_literals_and_calls_updates_only_its_stale_literal() {
        // Before: `[{...}, export_order(order)]` is no literal, so nothing was proposed.
        let test = "def test_batch(order):\n    assert batch([order]) == [\n        {\"id\": 12, \"at\": \"2024-02-01 23:59\"},\n        export_order(order),\n    ]\n";
        check_fix(
            &AssertionUpdate,
            "tests/test_batch.py",
            test,
            &mismatch(
                "tests/test_batch.py",
                2,
                "[{'id': 12, 'at': '2024-02-01T23:59'}, {'id': 7, 'at': '2024-02-03T08:30'}]",
                "[{'id': 12, 'at': '2024-02-01 23:59'}, {'id': 7, 'at': '2024-02-03T08:30'}]",
            ),
            &test.replace("2024-02-01 23:59", "2024-02-01T23:59"),
        );
        // The computed element disagrees with the code too: not a stale literal's doing.
        check_no_fix(
            &AssertionUpdate,
            "tests/test_batch.py",
            test,
            &mismatch(
                "tests/test_batch.py",
                2,
                "[{'id': 12, 'at': '2024-02-01T23:59'}, {'id': 8, 'at': '2024-02-03T08:30'}]",
                "[{'id': 12, 'at': '2024-02-01 23:59'}, {'id': 7, 'at': '2024-02-03T08:30'}]",
            ),
        );
    }

    #[test]
    fn an_each_row_behind_an_object_of_its_parameters_is_updated_cell_by_cell() {
        // Before: `toEqual({ cents, free })` is neither a literal nor one parameter: nothing was proposed.
        let test = "import { it, expect } from 'vitest';\nit.each([\n  [4_999, 499, false],\n  [5_000, 0, true],\n] as const)('%i costs %i', (subtotal, cents, free) => {\n  expect(quote(subtotal)).toEqual({ cents, free });\n});\n";
        let mut f = mismatch("test/q.test.ts", 6, "{ cents: 499, free: false }", "{ cents: 0, free: true }");
        f.test_id = Some("test/q.test.ts > 5000 costs 0".into());
        check_fix(
            &AssertionUpdate,
            "test/q.test.ts",
            test,
            &f,
            &test.replace("[5_000, 0, true]", "[5_000, 499, false]"),
        );
        // A row whose printed value is not what its cells hold is another row: left alone.
        let mut other = f.clone();
        other.expected = Some("{ cents: 1, free: true }".into());
        check_no_fix(&AssertionUpdate, "test/q.test.ts", test, &other);
    }

    #[test]
    fn a_subset_match_sees_the_received_object_through_its_own_keys() {
        let got = Value::parse(
            "{ id: 'c-3', customer: { locale: 'en-US', email: 'j@x' }, amount: { currency: 'EUR', value: 1 } }",
        )
        .unwrap();
        let want = Value::parse("{ customer: { locale: 'en_US' }, amount: { currency: 'EUR' } }").unwrap();
        assert_eq!(
            projected(&got, &want),
            Value::parse("{ customer: { locale: 'en-US' }, amount: { currency: 'EUR' } }")
        );
        // A key the received object lacks: the check fails for another reason than a stale value.
        let missing = Value::parse("{ customer: { region: 'US' } }").unwrap();
        assert_eq!(projected(&got, &missing), None);
        // A key renamed with its value kept: the one key the shape does not name that holds the value.
        let got = Value::parse("{ count: 3, meanMs: 10.3, p95Ms: 11 }").unwrap();
        let want = Value::parse("{ avgMs: 10.3 }").unwrap();
        assert_eq!(projected(&got, &want), Value::parse("{ meanMs: 10.3 }"));
        let two = Value::parse("{ meanMs: 10.3, medianMs: 10.3 }").unwrap();
        assert_eq!(projected(&two, &want), None);
    }

    #[test]
    fn a_renamed_key_is_renamed_in_place() {
        // Before: the whole object was rewritten on one line with the new key moved to its end.
        let before = "it('sums', () => {\n  expect(summary([10, 40])).toEqual({\n    count: 2,\n    avgMs: 25,\n    p95Ms: 40,\n  });\n});\n";
        let f =
            mismatch("test/s.test.ts", 2, "{ count: 2, p95Ms: 40, meanMs: 25 }", "{ count: 2, avgMs: 25, p95Ms: 40 }");
        check_fix(&AssertionUpdate, "test/s.test.ts", before, &f, &before.replace("avgMs: 25", "meanMs: 25"));
    }

    #[test]
    fn python_assert_eq_number() {
        check_fix(
            &AssertionUpdate,
            "tests/test_price.py",
            "def test_total():\n    assert total([5, 5.5]) == 10.5\n",
            &mismatch("tests/test_price.py", 2, "11.0", "10.5"),
            "def test_total():\n    assert total([5, 5.5]) == 11.0\n",
        );
    }

    #[test]
    fn python_literal_on_the_left_and_file_quote_style() {
        check_fix(
            &AssertionUpdate,
            "test_a.py",
            "def test_label():\n    x = 'a'\n    assert 'Total: 3' == label(3)\n",
            &mismatch("test_a.py", 3, "'Total: 3'", "'TOTAL 3'"),
            "def test_label():\n    x = 'a'\n    assert 'TOTAL 3' == label(3)\n",
        );
    }

    #[test]
    fn python_assert_equal_with_dict_in_double_quotes() {
        check_fix(
            &AssertionUpdate,
            "test_a.py",
            "class T(TestCase):\n    def test_x(self):\n        self.assertEqual(summary(), {\"n\": 1})\n",
            &mismatch("test_a.py", 3, "{'n': 2, 'ok': True}", "{'n': 1}"),
            "class T(TestCase):\n    def test_x(self):\n        self.assertEqual(summary(), {\"n\": 2, \"ok\": True})\n",
        );
    }

    #[test]
    fn typescript_expect_to_be_and_to_equal() {
        check_fix(
            &AssertionUpdate,
            "cart.test.ts",
            "it('totals', () => {\n  expect(total(cart)).toBe(12);\n});\n",
            &mismatch("cart.test.ts", 2, "13", "12"),
            "it('totals', () => {\n  expect(total(cart)).toBe(13);\n});\n",
        );
        check_fix(
            &AssertionUpdate,
            "cart.test.ts",
            "it('lists', () => {\n  expect(names(cart)).toEqual(['a', 'b']);\n});\n",
            &mismatch("cart.test.ts", 2, "[ 'a', 'b', 'c' ]", "[ 'a', 'b' ]"),
            "it('lists', () => {\n  expect(names(cart)).toEqual(['a', 'b', 'c']);\n});\n",
        );
    }

    #[test]
    fn chai_chains_in_vitest() {
        check_fix(
            &AssertionUpdate,
            "test/route.test.ts",
            "it('finds', () => {\n  expect(find('/a/b')).to.deep.equal({ path: '/a/*' });\n});\n",
            &mismatch("test/route.test.ts", 2, "{ path: '/a/**' }", "{ path: '/a/*' }"),
            "it('finds', () => {\n  expect(find('/a/b')).to.deep.equal({ path: '/a/**' });\n});\n",
        );
        check_fix(
            &AssertionUpdate,
            "test/join.test.ts",
            "it('joins', () => {\n  expect(join('a', 'b')).to.equal('a/b');\n});\n",
            &mismatch("test/join.test.ts", 2, "'a//b'", "'a/b'"),
            "it('joins', () => {\n  expect(join('a', 'b')).to.equal('a//b');\n});\n",
        );
        // `.not` and `.include` change what is compared.
        for chain in ["not.equal", "include.members", "to.not.equal"] {
            check_no_fix(
                &AssertionUpdate,
                "test/join.test.ts",
                &format!("it('joins', () => {{\n  expect(join('a', 'b')).{chain}('a/b');\n}});\n"),
                &mismatch("test/join.test.ts", 2, "'a//b'", "'a/b'"),
            );
        }
    }

    #[test]
    fn node_assert_strict_equal() {
        check_fix(
            &AssertionUpdate,
            "test/cart.test.mjs",
            "test('label', () => {\n  assert.strictEqual(label(2), \"2 items\");\n});\n",
            &mismatch("test/cart.test.mjs", 2, "'2 item(s)'", "'2 items'"),
            "test('label', () => {\n  assert.strictEqual(label(2), \"2 item(s)\");\n});\n",
        );
    }

    /// Uncommitted edits to `file` (not a test) replacing `removed` with `added`.
    fn code_edit(file: &str, removed: &[&str], added: &[&str]) -> GitSignals {
        let mut g = GitSignals::default();
        g.dirty.insert(file.into());
        let hunk = crate::context::Hunk {
            file: file.into(),
            removed: removed.iter().map(|s| s.to_string()).collect(),
            added: added.iter().map(|s| s.to_string()).collect(),
        };
        g.hunks.insert(crate::context::WORKTREE.into(), vec![hunk]);
        g
    }

    #[test]
    fn confidence_follows_git_intent_and_what_the_change_explains() {
        let before = "from shop.price import total\n\ndef test_total():\n    assert total() == 10\n";
        let failure = mismatch("test_a.py", 4, "11", "10");
        let explained = code_edit("shop/price.py", &["BASE = 10"], &["BASE = 11"]);
        check_fix_with(
            &AssertionUpdate,
            "test_a.py",
            before,
            &failure,
            explained.clone(),
            "from shop.price import total\n\ndef test_total():\n    assert total() == 11\n",
        );

        let mut test_newer = GitSignals::default();
        test_newer.dirty.insert("test_a.py".into());
        check_no_fix_with(&AssertionUpdate, "test_a.py", before, &failure, test_newer);
        // An operator flip explains no new value: refused.
        let flipped = code_edit("shop/price.py", &["    if n >= 3:"], &["    if n > 3:"]);
        check_no_fix_with(&AssertionUpdate, "test_a.py", before, &failure, flipped);

        let confidence = |git: GitSignals| {
            let cache = crate::context::SourceCache::new("/nonexistent");
            cache.set_text("test_a.py", before);
            AssertionUpdate.propose(&failure, &Context::new(&cache, git))[0].confidence()
        };
        let threshold = crate::confidence::DEFAULT_THRESHOLD;
        // Before: the bare uncommitted `BASE = 10 -> 11` was applied at 0.90, as a mutation tool's edit would be.
        // After: an uncommitted literal swap needs something written with it (a comment, a docstring, a
        // changelog line); committed, it is a decision, unless its message calls it a refactoring.
        assert!(confidence(explained.clone()) < threshold);
        let commented = code_edit("shop/price.py", &["BASE = 10"], &["BASE = 11  # 2025 price list"]);
        assert!(confidence(commented) >= 0.85);
        let mut changelog = explained.clone();
        changelog.notes.insert(crate::context::WORKTREE.into(), vec!["- Base price is now 11 euros".into()]);
        assert!(confidence(changelog) >= 0.85);
        let mut committed = GitSignals::default();
        committed.last_commit.insert("test_a.py".into(), "a".into());
        committed.last_commit.insert("shop/price.py".into(), "b".into());
        committed.parents.insert("b".into(), vec!["a".into()]);
        committed.hunks.insert("b".into(), explained.hunks[crate::context::WORKTREE].clone());
        assert!(confidence(committed.clone()) >= 0.85);
        committed.notes.insert("b".into(), vec!["price: simplify the calculation".into()]);
        assert!(confidence(committed) < threshold);
        // "The code changed after the test" alone stays below the apply threshold.
        let mut dirty_only = GitSignals::default();
        dirty_only.dirty.insert("shop/price.py".into());
        assert!(confidence(dirty_only) < threshold);
        assert!(confidence(GitSignals::default()) < threshold);
        let rewritten = code_edit("shop/price.py", &["    return sum(xs)"], &["    s = sum(xs)", "    return s + 1"]);
        // A rewrite that explains nothing about the value is shown for review, not applied (mutants look alike).
        assert!(confidence(rewritten) < threshold);
    }

    /// A source change committed after the test (`old` -> `new` in `file`, one commit with `message`), with the
    /// change model's reading of it: the best fix for `failure` in `test` (the test file's text), if any.
    fn committed_fix(
        (file, old, new): (&str, &str, &str),
        message: &str,
        (path, test): (&str, &str),
        failure: &Failure,
    ) -> Option<Fix> {
        let (removed, added): (Vec<String>, Vec<String>) = {
            let (o, n): (Vec<&str>, Vec<&str>) = (old.lines().collect(), new.lines().collect());
            (
                o.iter().filter(|l| !n.contains(l)).map(|l| l.to_string()).collect(),
                n.iter().filter(|l| !o.contains(l)).map(|l| l.to_string()).collect(),
            )
        };
        let mut git = GitSignals::default();
        git.last_commit.insert(path.into(), "a".into());
        git.last_commit.insert(file.into(), "b".into());
        git.parents.insert("b".into(), vec!["a".into()]);
        git.hunks.insert("b".into(), vec![crate::context::Hunk { file: file.into(), removed, added }]);
        git.notes.insert("b".into(), vec![message.into()]);
        let mut change = crate::change::diff(&[crate::change::FileVersions::modified(file, old, new)]);
        change.messages = vec![message.into()];
        let cache = crate::context::SourceCache::new("/nonexistent");
        cache.set_text(path, test);
        cache.set_text(file, new);
        let ctx = Context::new(&cache, git).with_change(std::sync::Arc::new(change));
        AssertionUpdate.propose(failure, &ctx).into_iter().next()
    }

    fn applied(fix: &Option<Fix>) -> bool {
        fix.as_ref().is_some_and(|f| {
            f.applicability() > Applicability::DisplayOnly && f.confidence() >= crate::confidence::DEFAULT_THRESHOLD
        })
    }

    #[test]
    fn a_committed_step_or_identity_moved_explains_no_value() {
        // Before: each of these mutants (mutmut, committed as "{stem}: update") had its test rewritten to the
        // mutant's output at 0.99: the change model reports a changed literal that flows into the value. After:
        // a `0`/`1` moved inside a function's code is a base case, identity or step moved (an off-by-one), which
        // explains no particular value: shown, not applied.
        let fees = "def late_fee(days):\n    if days <= 0:\n        return 0\n    return days * 25\n";
        let test = "from fees import late_fee\n\ndef test_none():\n    assert late_fee(0) == 0\n";
        let failure = mismatch("tests/test_fees.py", 4, "1", "0");
        let mutant = fees.replace("return 0", "return 1");
        let fix = committed_fix(("fees.py", fees, &mutant), "fees: update", ("tests/test_fees.py", test), &failure);
        assert!(fix.as_ref().is_some_and(|f| f.applicability() == Applicability::DisplayOnly), "{fix:?}");

        let invoice =
            "class Invoice:\n    def total(self):\n        return round(self.subtotal() * (1 + self.tax_rate))\n";
        let test = "from invoice import Invoice\n\ndef test_total():\n    assert Invoice().total() == 1100\n";
        let failure = mismatch("tests/test_invoice.py", 4, "2100", "1100");
        let mutant = invoice.replace("(1 + self", "(2 + self");
        let fix = committed_fix(
            ("invoice.py", invoice, &mutant),
            "invoice: update",
            ("tests/test_invoice.py", test),
            &failure,
        );
        assert!(!applied(&fix), "{fix:?}");

        let library = "class Library:\n    def add(self, isbn, count):\n        self.copies[isbn] = self.copies.get(isbn, 0) + count\n        return self.copies[isbn]\n";
        let test = "from library import Library\n\ndef test_add():\n    assert Library().add('x', 3) == 3\n";
        let failure = mismatch("tests/test_library.py", 4, "4", "3");
        let mutant = library.replace("get(isbn, 0)", "get(isbn, 1)");
        let fix = committed_fix(
            ("library.py", library, &mutant),
            "library: update",
            ("tests/test_library.py", test),
            &failure,
        );
        assert!(!applied(&fix), "{fix:?}");

        // The same move said in words is a decision: the message names what the test calls and how it changed.
        let fix = committed_fix(
            ("library.py", library, &mutant),
            "Library.add counts the display copy too",
            ("tests/test_library.py", test),
            &failure,
        );
        assert!(applied(&fix), "{fix:?}");
    }

    #[test]
    fn a_committed_setting_or_other_literal_still_explains_its_value() {
        // A named constant is a setting, whatever its value: `GRACE_DAYS = 1 -> 2` committed still heals.
        let fees = "GRACE_DAYS = 1\n\ndef due(days):\n    return max(0, days - GRACE_DAYS)\n";
        let test = "from fees import due\n\ndef test_due():\n    assert due(5) == 4\n";
        let failure = mismatch("tests/test_fees.py", 4, "3", "4");
        let changed = fees.replace("GRACE_DAYS = 1", "GRACE_DAYS = 2");
        let fix = committed_fix(("fees.py", fees, &changed), "fees: update", ("tests/test_fees.py", test), &failure);
        assert!(applied(&fix), "{fix:?}");
        // The limit, measured on mutants (scripts/mutants/RESULTS.md): any other number inside a function moved
        // (`price * 2` -> `* 3`) is what a deliberate change looks like too, and is still taken as one.
        let ship = "def price(base, express):\n    return base * 2 if express else base\n";
        let test = "from ship import price\n\ndef test_express():\n    assert price(4.5, True) == 9.0\n";
        let failure = mismatch("tests/test_ship.py", 4, "13.5", "9.0");
        let changed = ship.replace("* 2", "* 3");
        let fix = committed_fix(("ship.py", ship, &changed), "ship: update", ("tests/test_ship.py", test), &failure);
        assert!(applied(&fix), "{fix:?}");
    }

    #[test]
    fn a_message_naming_only_the_changed_file_documents_nothing() {
        // `slugify.py` defines `slugify`, so "slugify: update" names the function the test calls. Before: that
        // documented a flipped comparison (applied at 0.88+). After: a message that names the file and says
        // nothing more describes no behaviour; one that says what changed still documents it.
        let code = "def slugify(text, limit=20):\n    out = text.lower().replace(' ', '-')\n    return out if len(out) < limit else out[:limit]\n";
        let test = "from slugify import slugify\n\ndef test_long():\n    assert slugify('a b') == 'a-b'\n";
        let failure = mismatch("tests/test_slugify.py", 4, "'a-'", "'a-b'");
        let flipped = code.replace("len(out) < limit", "len(out) > limit");
        let files = ("slugify.py", code, flipped.as_str());
        let fix = committed_fix(files, "slugify: update", ("tests/test_slugify.py", test), &failure);
        assert!(!applied(&fix), "{fix:?}");
        let fix = committed_fix(files, "slugify: truncate short slugs", ("tests/test_slugify.py", test), &failure);
        assert!(applied(&fix), "{fix:?}");
    }

    #[test]
    fn absolute_and_relative_paths_get_the_same_git_evidence() {
        let (dir, sh) = crate::runner::git::test_repo();
        let root = dir.path();
        std::fs::create_dir_all(root.join("src")).unwrap();
        std::fs::create_dir_all(root.join("test")).unwrap();
        let test =
            "import { fee } from '../src/fee.js';\ntest('fee', () => {\n  assert.strictEqual(fee(1000), 29);\n});\n";
        std::fs::write(root.join("src/fee.js"), "export const RATE = 0.029;\n").unwrap();
        std::fs::write(root.join("test/fee.test.mjs"), test).unwrap();
        sh("git add -A && git commit -qm one");
        std::fs::write(root.join("src/fee.js"), "export const RATE = 0.032; // 2026 pricing\n").unwrap();
        sh("git add -A && git commit -qm two");
        let git = crate::runner::git::signals(root);
        let confidence = |file: String| {
            let cache = crate::context::SourceCache::new(root);
            let mut f = mismatch(&file, 3, "32", "29");
            f.runner = crate::failure::Runner::NodeTest;
            let fixes = AssertionUpdate.propose(&f, &Context::new(&cache, git.clone()));
            fixes.first().map(|f| f.confidence()).unwrap_or(0.0)
        };
        let relative = confidence("test/fee.test.mjs".into());
        assert!(relative >= 0.85, "{relative}");
        let canonical = std::fs::canonicalize(root).unwrap();
        assert_eq!(confidence(canonical.join("test/fee.test.mjs").display().to_string()), relative, "node:test");
        assert_eq!(confidence(format!("file://{}/test/fee.test.mjs", canonical.display())), relative, "file URL");
        assert_eq!(confidence("./test/fee.test.mjs".into()), relative, "vitest ./");
    }

    fn pytest_row(file: &str, line: u32, id: &str, actual: &str, expected: &str) -> Failure {
        let mut f = mismatch(file, line, actual, expected);
        f.test_id = Some(format!("{file}::{id}"));
        f
    }

    #[test]
    fn parametrize_rows_edit_the_row_the_id_names() {
        let before = "import pytest\nfrom decimal import Decimal\n\n@pytest.mark.parametrize(\"nightly, nights, expected\", [\n    (\"100.00\", 1, \"105.00\"),\n    (\"89.90\", 3, \"283.19\"),\n])\ndef test_stay_total(nightly, nights, expected):\n    assert stay_total(nightly, nights) == Decimal(expected)\n";
        let f = pytest_row(
            "tests/test_tax.py",
            9,
            "test_stay_total[89.90-3-283.19]",
            "Decimal('284.54')",
            "Decimal('283.19')",
        );
        check_fix(&AssertionUpdate, "tests/test_tax.py", before, &f, &before.replace("\"283.19\")", "\"284.54\")"));
        // Ids with spaces, explicit ids, plain parameters and numbers.
        let before = "import pytest\n\n@pytest.mark.parametrize('a, want', [(4000, 4001), (2, 3)], ids=['a-4000 b', 'small'])\ndef test_x(a, want):\n    assert inc(a) == want\n";
        let f = pytest_row("test_x.py", 5, "test_x[a-4000 b]", "4002", "4001");
        check_fix(&AssertionUpdate, "test_x.py", before, &f, &before.replace("4001", "4002"));
        // A row the id does not name is never edited.
        let f = pytest_row("test_x.py", 5, "test_x[other]", "4002", "4001");
        check_no_fix(&AssertionUpdate, "test_x.py", before, &f);
        let before = "import pytest\n\n@pytest.mark.parametrize('n, want', [(1.50, 'a'), pytest.param(2, 'b', id='two')])\ndef test_y(n, want):\n    assert label(n) == want\n";
        let f = pytest_row("test_y.py", 5, "test_y[1.5-a]", "'A'", "'a'");
        check_fix(&AssertionUpdate, "test_y.py", before, &f, &before.replace("(1.50, 'a')", "(1.50, 'A')"));
        let f = pytest_row("test_y.py", 5, "test_y[two]", "'B'", "'b'");
        check_fix(&AssertionUpdate, "test_y.py", before, &f, &before.replace("'b', id", "'B', id"));
    }

    #[test]
    fn constructor_literals_keep_their_form() {
        check_fix(
            &AssertionUpdate,
            "test_a.py",
            "def test_tax():\n    assert tax_only(\"100.00\", 2) == Decimal(\"10.00\")\n",
            &mismatch("test_a.py", 2, "Decimal('11.00')", "Decimal('10.00')"),
            "def test_tax():\n    assert tax_only(\"100.00\", 2) == Decimal(\"11.00\")\n",
        );
        check_fix(
            &AssertionUpdate,
            "test_a.py",
            "def test_due():\n    assert due(x) == date(2024, 3, 9)\n",
            &mismatch("test_a.py", 2, "datetime.date(2024, 3, 10)", "datetime.date(2024, 3, 9)"),
            "def test_due():\n    assert due(x) == date(2024, 3, 10)\n",
        );
        check_no_fix(
            &AssertionUpdate,
            "test_a.py",
            "def test_due():\n    assert due(x) == date(2024, 3, 9)\n",
            &mismatch("test_a.py", 2, "<Due object at 0x7f>", "datetime.date(2024, 3, 9)"),
        );
    }

    #[test]
    fn each_tables_edit_the_row_the_title_names() {
        let before = "it.each([\n  [1000, 59],\n  [2500, 103],\n])('fee on %i cents is %i', (sale, fee) => {\n  expect(feeCents(sale)).toBe(fee);\n});\n";
        let mut f = mismatch("test/payout.test.ts", 5, "110", "103");
        f.test_id = Some("test/payout.test.ts > fees > fee on 2500 cents is 103".into());
        check_fix(&AssertionUpdate, "test/payout.test.ts", before, &f, &before.replace("[2500, 103]", "[2500, 110]"));
        f.test_id = Some("test/payout.test.ts > fees > fee on 2600 cents is 103".into());
        check_no_fix(&AssertionUpdate, "test/payout.test.ts", before, &f);
    }

    #[test]
    fn to_match_object_updates_the_keys_it_lists() {
        let before = "test.each([\n  ['FooBARb', 'FooBARb'],\n  ['foo', 'Foo'],\n])('%s => %s', (input, expected) => {\n  expect(pascalCase(input)).toMatchObject(expected);\n});\n";
        let mut f = mismatch("test/s.test.ts", 5, "'FooBaRb'", "'FooBARb'");
        f.test_id = Some("test/s.test.ts > pascalCase > FooBARb => FooBARb".into());
        let after = before.replace("['FooBARb', 'FooBARb']", "['FooBARb', 'FooBaRb']");
        check_fix(&AssertionUpdate, "test/s.test.ts", before, &f, &after);
        // An object is matched as a subset: the whole received value is not what the test meant, the received
        // value of the keys it lists is.
        let before = "it('a', () => {\n  expect(f()).toMatchObject({ a: 1 });\n});\n";
        let f = mismatch("a.test.ts", 2, "{ a: 2, b: 3 }", "{ a: 1 }");
        check_fix(&AssertionUpdate, "a.test.ts", before, &f, &before.replace("{ a: 1 }", "{ a: 2 }"));
    }

    #[test]
    fn a_dropped_parameter_the_test_still_passes_is_refused() {
        use crate::change::{Delta, SymbolRef};
        use crate::project_index::SymbolKind;
        let before = "import { splitBill } from '../src/split';\nit('adds the tip', () => {\n  expect(splitBill(8000, 4, 15)).toEqual([2300, 2300]);\n});\n";
        let failure = mismatch("test/split.test.ts", 3, "[ 2000, 2000 ]", "[ 2300, 2300 ]");
        let git = code_edit(
            "src/split.ts",
            &["  const withTip = Math.round(totalCents * (1 + tipPercent / 100));"],
            &["  const base = Math.floor(totalCents / people);", "  const rest = 1;"],
        );
        let function = SymbolRef {
            name: "splitBill".into(),
            container: None,
            kind: SymbolKind::Function,
            file: "src/split.ts".into(),
            module: "src/split".into(),
        };
        let change = crate::change::ChangeSet {
            deltas: vec![Delta::ParamRemoved { function, name: "tipPercent".into(), default: Some("0".into()) }],
            ..Default::default()
        };
        let cache = crate::context::SourceCache::new("/nonexistent");
        cache.set_text("test/split.test.ts", before);
        let ctx = Context::new(&cache, git.clone());
        assert_eq!(AssertionUpdate.propose(&failure, &ctx)[0].applicability(), Applicability::Unsafe);
        let ctx = Context::new(&cache, git).with_change(std::sync::Arc::new(change));
        let fixes = AssertionUpdate.propose(&failure, &ctx);
        assert_eq!(fixes[0].applicability(), Applicability::DisplayOnly, "{}", fixes[0].rationale());
    }

    #[test]
    fn assert_almost_equal_takes_the_printed_value() {
        // As the unittest parser reads `11.25 != 10.5 within 7 places (0.75 difference)`.
        let f = mismatch("test_a.py", 3, "11.25", "10.5");
        check_fix(
            &AssertionUpdate,
            "test_a.py",
            "class T(TestCase):\n    def test_x(self):\n        self.assertAlmostEqual(fee(3), 10.5)\n",
            &f,
            "class T(TestCase):\n    def test_x(self):\n        self.assertAlmostEqual(fee(3), 11.25)\n",
        );
    }

    #[test]
    fn shortened_console_values_are_never_written() {
        // pytest elides the middle of long keys and lists; vitest counts what it left out.
        for (actual, expected, src) in [
            (
                "{'average_ord...nded': 1, ...}",
                "{'average_order': 2}",
                "def test_a():\n    assert f() == {'average_order': 2}\n",
            ),
            ("[(1, 'zoe'), ...), (5, 'ali')]", "[(1, 'zoe')]", "def test_a():\n    assert f() == [(1, 'zoe')]\n"),
            (
                "{ id: 42, firstName: 'Ada', …(4) }",
                "{ id: 42 }",
                "it('a', () => {\n  expect(f()).toEqual({ id: 42 });\n});\n",
            ),
        ] {
            let file = if src.starts_with("def") { "test_a.py" } else { "a.test.ts" };
            let line = 2;
            let git = code_edit("src/a.py", &["X = 1"], &["X = 2"]);
            check_no_fix_with(&AssertionUpdate, file, src, &mismatch(file, line, actual, expected), git);
        }
    }

    #[test]
    fn refuses_suspicious_actual_values() {
        let src = "def test_a():\n    assert find(1) == 'x'\n";
        check_no_fix(&AssertionUpdate, "test_a.py", src, &mismatch("test_a.py", 2, "None", "'x'"));
        check_no_fix(
            &AssertionUpdate,
            "test_a.py",
            "def test_a():\n    assert f() == 1.5\n",
            &mismatch("test_a.py", 2, "nan", "1.5"),
        );
        check_no_fix(
            &AssertionUpdate,
            "a.test.ts",
            "it('a', () => { expect(f()).toBe(1); });\n",
            &mismatch("a.test.ts", 1, "undefined", "1"),
        );
        check_no_fix(&AssertionUpdate, "test_a.py", src, &mismatch("test_a.py", 2, "<Item object at 0x7f00>", "'x'"));
        check_no_fix(
            &AssertionUpdate,
            "test_a.py",
            "def test_a():\n    assert f() == [1]\n",
            &mismatch("test_a.py", 2, "[1, 2, ...]", "[1]"),
        );
    }

    #[test]
    fn refuses_non_literal_expectations_and_mismatched_assertions() {
        check_no_fix(
            &AssertionUpdate,
            "test_a.py",
            "def test_a():\n    assert f() == g()\n",
            &mismatch("test_a.py", 2, "1", "2"),
        );
        // The literal in the source is not the value the runner printed: this is not the failing assertion.
        check_no_fix(
            &AssertionUpdate,
            "test_a.py",
            "def test_a():\n    assert f() == 3\n",
            &mismatch("test_a.py", 2, "1", "2"),
        );
        check_no_fix(
            &AssertionUpdate,
            "test_a.py",
            "def test_a():\n    assert f() != 2\n",
            &mismatch("test_a.py", 2, "2", "2"),
        );
        check_no_fix(
            &AssertionUpdate,
            "a.test.ts",
            "it('a', () => { expect(f()).not.toBe(2); });\n",
            &mismatch("a.test.ts", 1, "2", "2"),
        );
        check_no_fix(
            &AssertionUpdate,
            "test_a.py",
            "def test_a():\n    assert f() == f'{x}'\n",
            &mismatch("test_a.py", 2, "'a'", "'b'"),
        );
    }

    #[test]
    fn truncated_vitest_objects_are_read_from_the_diff() {
        let mut f = mismatch("p.test.ts", 3, "{ handle: 'ada', posts: 12, …(1) }", "{ handle: 'ada', posts: 12 }");
        f.raw = "AssertionError: expected { handle: 'ada', posts: 12, …(1) } to deeply equal { handle: 'ada', posts: 12 }\n\n\u{1b}[32m- Expected\u{1b}[39m\n\u{1b}[31m+ Received\u{1b}[39m\n\n\u{1b}[2m  {\u{1b}[22m\n\u{1b}[31m+   \"active\": true,\u{1b}[39m\n\u{1b}[2m    \"handle\": \"ada\",\u{1b}[22m\n\u{1b}[2m    \"posts\": 12,\u{1b}[22m\n\u{1b}[2m  }\u{1b}[22m\n\n ❯ p.test.ts:3:16\n".into();
        let mut git = GitSignals::default();
        git.dirty.insert("src/profile.ts".into());
        check_fix_with(
            &AssertionUpdate,
            "p.test.ts",
            "it('p', () => {\n  const card = profile();\n  expect(card).toEqual({ handle: 'ada', posts: 12 });\n});\n",
            &f,
            git.clone(),
            "it('p', () => {\n  const card = profile();\n  expect(card).toEqual({ handle: 'ada', posts: 12, active: true });\n});\n",
        );
        // Without the diff, a truncated value is never adopted.
        f.raw = f.message.clone();
        check_no_fix_with(
            &AssertionUpdate,
            "p.test.ts",
            "it('p', () => {\n  const card = profile();\n  expect(card).toEqual({ handle: 'ada', posts: 12 });\n});\n",
            &f,
            git,
        );
    }

    #[test]
    fn prices_keep_their_decimals() {
        assert_eq!(keep_decimals("9.20", "9.7".into()), "9.70");
        assert_eq!(keep_decimals("13.40", "14".into()), "14.00");
        assert_eq!(keep_decimals("9.25", "9.7".into()), "9.7");
        assert_eq!(keep_decimals("10", "11.5".into()), "11.5");
        assert_eq!(keep_decimals("'9.20'", "'9.7'".into()), "'9.7'");
    }

    #[test]
    fn without_a_line_it_needs_a_unique_match() {
        let mut f = mismatch("test_a.py", 0, "3", "2");
        f.line = None;
        let one = "def test_a():\n    assert f() == 2\n    assert g() == 5\n";
        check_fix(&AssertionUpdate, "test_a.py", one, &f, "def test_a():\n    assert f() == 3\n    assert g() == 5\n");
        let two = "def test_a():\n    assert f() == 2\n    assert g() == 2\n";
        check_no_fix(&AssertionUpdate, "test_a.py", two, &f);
    }
}
