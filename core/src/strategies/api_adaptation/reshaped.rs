//! Calls the change reshaped, read from the delta when the runner's message names nothing: vitest runs a call
//! whose positional arguments now land in one destructured options object, or whose options key was renamed,
//! without any error: the values are just `undefined`, and the test fails on a wrong value far from the call.
//!
//! The delta is the answer and the check: a fix is proposed only when the failing test itself calls the
//! reshaped function in the shape the change took away (positional arguments where it now takes an object, the
//! old key in the object it passes, fewer arguments than the parameter that lost its default). Every such call
//! in the test file is rewritten, since the other tests of the file fail for the same reason. When the project's
//! own (non-test) code still calls it the old way, the change looks unfinished: shown as a code defect instead.

use tree_sitter::Node;

use super::{positional_args, Site};
use crate::change::{Delta, SymbolRef};
use crate::context::is_test_path;
use crate::fix::Edit;
use crate::project_index::SymbolKind;
use crate::source::SourceFile;

/// The callee's last name of a call or `new` expression (`f`, `obj.f`, `ns.f`, `new C`; Python `mod.f`).
fn callee_name<'s>(src: &'s SourceFile, call: Node) -> Option<&'s str> {
    let f = call.child_by_field_name("function").or_else(|| call.child_by_field_name("constructor"))?;
    match f.kind() {
        "identifier" => Some(src.node_text(f)),
        "member_expression" => Some(src.node_text(f.child_by_field_name("property")?)),
        "attribute" => Some(src.node_text(f.child_by_field_name("attribute")?)),
        _ => None,
    }
}

/// Calls (and `new` expressions) in `src` whose callee's last name is one of `names`.
fn calls_named<'s>(src: &'s SourceFile, names: &[String]) -> Vec<Node<'s>> {
    let mut out = Vec::new();
    src.walk(|n| {
        if matches!(n.kind(), "call_expression" | "new_expression" | "call")
            && callee_name(src, n).is_some_and(|c| names.iter().any(|x| x == c))
        {
            out.push(n);
        }
        true
    });
    out
}

/// The object literals a call passes: written in the call, or a `const x = { ... }` of the same file passed as
/// `x` (the declaration before the call).
fn passed_objects<'s>(src: &'s SourceFile, call: Node<'s>) -> Vec<Node<'s>> {
    let mut out = Vec::new();
    for arg in positional_args(src, call) {
        match arg.kind() {
            "object" => out.push(arg),
            // `build('de', [{ cents: 1 }, { cents: 2 }])`: a list of options.
            "array" => {
                let mut cursor = arg.walk();
                out.extend(arg.named_children(&mut cursor).filter(|e| e.kind() == "object"));
            }
            "identifier" => {
                let name = src.node_text(arg);
                let mut best = None;
                src.walk(|n| {
                    if n.start_byte() > call.start_byte() {
                        return false;
                    }
                    if n.kind() == "variable_declarator"
                        && n.child_by_field_name("name").is_some_and(|x| src.node_text(x) == name)
                    {
                        if let Some(v) = n.child_by_field_name("value").filter(|v| v.kind() == "object") {
                            best = Some(v);
                        }
                    }
                    true
                });
                out.extend(best);
            }
            _ => {}
        }
    }
    out
}

/// The key node naming `key` in an object literal (a `key: value` pair or a `key` shorthand).
fn key_in<'s>(src: &'s SourceFile, object: Node<'s>, key: &str) -> Option<Node<'s>> {
    let mut cursor = object.walk();
    let found = object.named_children(&mut cursor).find_map(|m| match m.kind() {
        "pair" => m.child_by_field_name("key").filter(|k| src.node_text(*k) == key),
        "shorthand_property_identifier" if src.node_text(m) == key => Some(m),
        _ => None,
    });
    found
}

impl<'a> Site<'a, '_> {
    /// The fallback when the message named nothing: a delta that reshaped a function the failing test calls in
    /// the old shape. `None` when no delta explains this test's failure.
    pub(super) fn reshaped_calls(&self) -> Option<Fix> {
        let change = &self.ctx.change;
        if change.is_empty() || !is_test_path(self.rel) {
            return None;
        }
        let test = self.failing_test()?;
        let python = self.src.lang().is_python();
        for delta in &change.deltas {
            let fix = match delta {
                Delta::OptionsObject { .. } if !python => self.options_object_calls(delta, test),
                Delta::OptionsObject { class: Some(_), .. } => self.options_class_calls(delta, test),
                Delta::OptionKeyRenamed { .. } if !python => self.renamed_key_calls(delta, test),
                Delta::DefaultRemoved { .. } if !python => self.defaulted_calls(delta, test),
                Delta::BecameAsync { .. } => self.changed_async(),
                Delta::BecameMethod { .. } => self.became_method_reads(delta, test),
                _ => None,
            };
            if fix.is_some() {
                return fix;
            }
        }
        None
    }

    /// The test (Python `def test_*`, a vitest `it(...)`/`test(...)` call) around the failing line; for a line
    /// outside any test (tsc reports a call in a `describe` body or at module level), the top-level statement
    /// that holds it.
    pub(super) fn failing_test(&self) -> Option<Node<'a>> {
        let node = self.src.node_at(self.line, 0)?;
        if let Some(test) = self.src.enclosing_test(node) {
            return Some(test);
        }
        let mut top = node;
        while let Some(parent) = top.parent() {
            if parent.parent().is_none() {
                return Some(top);
            }
            top = parent;
        }
        None
    }

    /// The one project definition (function or method, outside the tests) a delta's subject names.
    fn only_definition(&self, subject: &SymbolRef) -> Option<crate::project_index::Symbol> {
        let defs: Vec<_> = self
            .ctx
            .project()
            .find(&subject.name)
            .filter(|(f, s)| !is_test_path(&f.path) && matches!(s.kind, SymbolKind::Function | SymbolKind::Method))
            .map(|(_, s)| s.clone())
            .collect();
        (defs.len() == 1).then(|| defs[0].clone())
    }

    /// A call in the project's own non-test code (same language) that `stale` says still has the old shape.
    pub(super) fn stale_source_call(
        &self,
        names: &[String],
        stale: &dyn Fn(&SourceFile, Node) -> bool,
    ) -> Option<String> {
        let python = self.src.lang().is_python();
        for file in self.ctx.project().files.iter().filter(|f| !is_test_path(&f.path) && f.lang.is_python() == python) {
            let Ok(src) = self.ctx.sources.get(&file.path) else { continue };
            if let Some(call) = calls_named(&src, names).into_iter().find(|c| stale(&src, *c)) {
                return Some(format!("{}:{}", file.path.display(), call.start_position().row + 1));
            }
        }
        None
    }

    /// Positional parameters folded into an options object: `f(a, b)` → `f({ x: a, y: b })`, keys from the
    /// delta, in the old parameter order.
    pub(super) fn options_object_calls(&self, delta: &Delta, test: Node) -> Option<Fix> {
        let Delta::OptionsObject { function, keys, .. } = delta else { return None };
        let def = self.only_definition(function)?;
        // Parameters before the options object stay positional.
        // A named options parameter (`options: ClientOptions`) is the last one.
        let named = || def.params.len().checked_sub(1).filter(|&i| keys.iter().all(|(_, k)| *k != def.params[i].name));
        let pos = def
            .params
            .iter()
            .position(|p| p.name.starts_with('{') || p.annotation.as_deref().is_some_and(|a| a.starts_with('{')))
            .or_else(named)?;
        let names = [function.name.clone()];
        let old_shape = |src: &SourceFile, call: Node| {
            let args = positional_args(src, call);
            let folded = args.get(pos..).unwrap_or_default();
            let splat = args.iter().any(|a| a.kind() == "spread_element");
            let already = folded.len() == 1 && folded[0].kind() == "object";
            !splat && !folded.is_empty() && !already && folded.len() <= keys.len()
        };
        let calls: Vec<Node> = calls_named(self.src, &names).into_iter().filter(|c| old_shape(self.src, *c)).collect();
        if !calls.iter().any(|c| within(*c, test)) {
            return None;
        }
        if let Some(caller) = self.stale_source_call(&names, &old_shape) {
            return self.stale_defect(delta, &caller, "still passes positional arguments");
        }
        let mut edits = Vec::new();
        for call in calls {
            let args = positional_args(self.src, call);
            let folded = &args[pos..];
            let parts: Vec<String> = folded
                .iter()
                .zip(keys)
                .map(|(arg, (_, key))| {
                    let value = self.src.node_text(*arg);
                    if value == key {
                        key.clone()
                    } else {
                        format!("{key}: {value}")
                    }
                })
                .collect();
            let (start, end) = (folded.first()?.start_byte(), folded.last()?.end_byte());
            edits.push(Edit::replace(self.rel, start..end, format!("{{ {} }}", parts.join(", "))));
        }
        let change = &self.ctx.change;
        self.fix(
            edits,
            super::from_change::FROM_CHANGE,
            format!("Pass `{}()` its options as an object", function.name),
            format!(
                "{}; each positional argument goes under the key of the parameter it was passed to ({}).",
                change.because(delta),
                keys.iter()
                    .map(|(p, k)| if p == k { k.clone() } else { format!("{p} → {k}") })
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
    }

    /// Python parameters folded into an options class: `render(rows, cols, 8, "right")` and
    /// `render(rows, cols, width=8)` → `render(rows, cols, TableOptions(width=8, align="right"))`, the class
    /// imported from the function's module when the test does not have it.
    pub(super) fn options_class_calls(&self, delta: &Delta, test: Node) -> Option<Fix> {
        let Delta::OptionsObject { function, keys, class: Some(class) } = delta else { return None };
        let def = self.only_definition(function)?;
        let pos = def.params.len().checked_sub(1)?;
        let options_param = def.params.last()?.name.clone();
        let folded_keyword = |src: &SourceFile, k: Node| {
            k.kind() == "keyword_argument"
                && k.child_by_field_name("name").is_some_and(|n| keys.iter().any(|(p, _)| p == src.node_text(n)))
        };
        // One argument in the options' place is the new shape when it builds the class or names options; in the
        // project's own code (`strict`) only a bare value (`6`, `"right"`, a dict) is surely an old one.
        let old_shape_in = |src: &SourceFile, call: Node, strict: bool| {
            let Some(args) = call.child_by_field_name("arguments") else { return false };
            let mut c = args.walk();
            let all: Vec<Node> = args.named_children(&mut c).filter(|a| a.kind() != "comment").collect();
            let splat = all.iter().any(|a| matches!(a.kind(), "list_splat" | "dictionary_splat"));
            let positional: Vec<&Node> = all.iter().filter(|a| a.kind() != "keyword_argument").collect();
            let keywords = all.iter().filter(|a| folded_keyword(src, **a)).count();
            let literal = |n: &Node| {
                matches!(
                    n.kind(),
                    "integer"
                        | "float"
                        | "string"
                        | "true"
                        | "false"
                        | "unary_operator"
                        | "dictionary"
                        | "list"
                        | "tuple"
                )
            };
            let builds = |n: &Node| {
                let text = src.node_text(*n);
                text.starts_with(&format!("{class}(")) || text.to_lowercase().contains("opt") || text == "None"
            };
            let old_one = |n: &Node| if strict { literal(n) } else { !builds(n) };
            let old_positional = positional.len() > pos + 1 || positional.get(pos).is_some_and(|a| old_one(a));
            !splat && positional.len() <= pos + keys.len() && (old_positional || keywords > 0)
        };
        let names = [function.name.clone()];
        let calls: Vec<Node> =
            calls_named(self.src, &names).into_iter().filter(|c| old_shape_in(self.src, *c, false)).collect();
        if !calls.iter().any(|c| within(*c, test)) {
            return None;
        }
        if let Some(caller) = self.stale_source_call(&names, &|src, c| old_shape_in(src, c, true)) {
            return self.stale_defect(delta, &caller, "still passes the options one by one");
        }
        let mut edits = Vec::new();
        for call in calls {
            let args = call.child_by_field_name("arguments")?;
            let mut c = args.walk();
            let all: Vec<Node> = args.named_children(&mut c).filter(|a| a.kind() != "comment").collect();
            // Already passing the options by name: not the old shape after all.
            if all.iter().any(|a| {
                a.kind() == "keyword_argument"
                    && a.child_by_field_name("name").is_some_and(|n| self.src.node_text(n) == options_param)
            }) {
                return None;
            }
            let positional: Vec<Node> = all.iter().copied().filter(|a| a.kind() != "keyword_argument").collect();
            let mut parts: Vec<String> = positional[pos.min(positional.len())..]
                .iter()
                .zip(keys)
                .map(|(arg, (_, key))| format!("{key}={}", self.src.node_text(*arg)))
                .collect();
            parts.extend(
                all.iter().filter(|a| folded_keyword(self.src, **a)).map(|a| self.src.node_text(*a).to_string()),
            );
            let mut out: Vec<String> =
                positional[..pos.min(positional.len())].iter().map(|a| self.src.node_text(*a).to_string()).collect();
            out.push(format!("{class}({})", parts.join(", ")));
            out.extend(
                all.iter()
                    .filter(|a| a.kind() == "keyword_argument" && !folded_keyword(self.src, **a))
                    .map(|a| self.src.node_text(*a).to_string()),
            );
            edits.push(Edit::replace(self.rel, args.start_byte() + 1..args.end_byte() - 1, out.join(", ")));
        }
        if !self.src.text().lines().any(|l| {
            l.trim_start().starts_with("from")
                && l.contains("import")
                && l.split(|c: char| !(c.is_alphanumeric() || c == '_')).any(|w| w == class)
        }) {
            // Beside the import that brings the function in, else at the top.
            let at = self
                .src
                .imports()
                .into_iter()
                .find(|i| {
                    self.src
                        .node_text(*i)
                        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                        .any(|w| w == function.name)
                })
                .map_or(0, |i| i.start_byte());
            edits.push(Edit::insert(self.rel, at, format!("from {} import {class}\n", function.module)));
        }
        let change = &self.ctx.change;
        self.fix(
            edits,
            super::from_change::FROM_CHANGE,
            format!("Pass `{}()` its options as a `{class}`", function.name),
            format!(
                "{}; each argument goes to the `{class}` field of the parameter it was passed to ({}).",
                change.because(delta),
                keys.iter().map(|(_, k)| k.clone()).collect::<Vec<_>>().join(", ")
            ),
        )
    }

    /// The functions an option key belongs to: the owner itself when it is a function (a destructured
    /// parameter), else every project function or constructor with a parameter typed by the owner.
    fn option_takers(&self, owner: &SymbolRef) -> Vec<String> {
        if matches!(owner.kind, SymbolKind::Function | SymbolKind::Method) {
            return vec![owner.name.clone()];
        }
        let mut out: Vec<String> = Vec::new();
        for (f, s) in self.ctx.project().symbols() {
            if is_test_path(&f.path) || !matches!(s.kind, SymbolKind::Function | SymbolKind::Method) {
                continue;
            }
            let takes = s
                .params
                .iter()
                .any(|p| p.annotation.as_deref().is_some_and(|a| crate::change::mentions(a, &owner.name)));
            if takes {
                let name = match (&s.container, s.name.as_str()) {
                    (Some(class), "constructor") => class.clone(),
                    _ => s.name.clone(),
                };
                if !out.contains(&name) {
                    out.push(name);
                }
            }
        }
        out
    }

    /// An options key renamed: rename it in the objects the test file passes to the functions that take it.
    fn renamed_key_calls(&self, delta: &Delta, test: Node) -> Option<Fix> {
        let Delta::OptionKeyRenamed { owner, old, new, doc_disagrees } = delta else { return None };
        let names = self.option_takers(owner);
        if names.is_empty() {
            return None;
        }
        let stale = |src: &SourceFile, call: Node| {
            passed_objects(src, call)
                .into_iter()
                .any(|o| key_in(src, o, old).is_some() && key_in(src, o, new).is_none())
        };
        let calls: Vec<Node> = calls_named(self.src, &names).into_iter().filter(|c| stale(self.src, *c)).collect();
        if !calls.iter().any(|c| within(*c, test)) {
            return None;
        }
        let change = &self.ctx.change;
        if *doc_disagrees {
            return self.defect(
                format!("Option `{old}` of `{}` became `{new}`, but its documentation still says `{old}`", owner.name),
                format!(
                    "{}; the JSDoc in {} still uses `{old}` (and never `{new}`), so the rename looks like a typo in \
                     the code: fix the code, not the tests.",
                    change.because(delta),
                    owner.file.display()
                ),
            );
        }
        if let Some(caller) = self.stale_source_call(&names, &stale) {
            return self.stale_defect(delta, &caller, &format!("still passes `{old}`"));
        }
        let mut edits: Vec<Edit> = Vec::new();
        for call in calls {
            for object in passed_objects(self.src, call) {
                let Some(k) = key_in(self.src, object, old).filter(|_| key_in(self.src, object, new).is_none()) else {
                    continue;
                };
                let text =
                    if k.kind() == "shorthand_property_identifier" { format!("{new}: {old}") } else { new.clone() };
                let edit = Edit::replace(self.rel, k.byte_range(), text);
                // One object passed to several calls is renamed once.
                if !edits.iter().any(|e| e.range == edit.range) {
                    edits.push(edit);
                }
            }
        }
        edits.sort_by_key(|e| e.range.start);
        self.fix(
            edits,
            super::from_change::FROM_CHANGE,
            format!("Rename the option `{old}` to `{new}`"),
            format!("{}; the test passes the option under its new name.", change.because(delta)),
        )
    }

    /// A parameter that lost its default, called without it (TypeScript passes `undefined` silently): pass the
    /// old default at each such call.
    pub(super) fn defaulted_calls(&self, delta: &Delta, test: Node) -> Option<Fix> {
        let Delta::DefaultRemoved { function, param, .. } = delta else { return None };
        let def = self.only_definition(function)?;
        let index = def.params.iter().position(|p| &p.name == param)?;
        let names = [function.name.clone()];
        let short = |src: &SourceFile, call: Node| {
            let args = positional_args(src, call);
            args.len() == index && !args.iter().any(|a| a.kind() == "spread_element")
        };
        let calls: Vec<Node> = calls_named(self.src, &names)
            .into_iter()
            .filter(|c| c.kind() == "call_expression" && short(self.src, *c))
            .collect();
        if !calls.iter().any(|c| within(*c, test)) {
            return None;
        }
        let mut edits = Vec::new();
        let mut first = None;
        for call in calls {
            let fix = self.changed_default(&function.name, Some(param), call)?;
            edits.extend(fix.edits().iter().cloned());
            first.get_or_insert(fix);
        }
        let fix = first?;
        self.fix(edits, fix.confidence(), fix.title().to_string(), fix.rationale().to_string())
    }

    /// A property/getter that became a method, still read as a value (`q.isEmpty`, `p.duration`): call it.
    /// Refused when the method now needs arguments, or another definition of the name could be the one read.
    fn became_method_reads(&self, delta: &Delta, test: Node) -> Option<Fix> {
        let Delta::BecameMethod { member } = delta else { return None };
        let defs: Vec<_> = self
            .ctx
            .project()
            .find(&member.name)
            .filter(|(f, _)| !is_test_path(&f.path))
            .map(|(_, s)| s.clone())
            .collect();
        let [def] = defs.as_slice() else { return None };
        if def.accessor || def.params.iter().any(|p| !p.has_default && !p.variadic && !p.var_keyword) {
            return None;
        }
        let reads: Vec<Node> = self
            .all_accesses(&member.name)
            .into_iter()
            .filter_map(|name| name.parent())
            .filter(|access| {
                let called = access.parent().is_some_and(|c| {
                    matches!(c.kind(), "call" | "call_expression")
                        && c.child_by_field_name("function").is_some_and(|f| f.id() == access.id())
                });
                let assigned = access.parent().is_some_and(|a| {
                    matches!(a.kind(), "assignment" | "augmented_assignment" | "assignment_expression")
                        && a.child_by_field_name("left").is_some_and(|l| l.id() == access.id())
                });
                !called && !assigned
            })
            .collect();
        if !reads.iter().any(|r| within(*r, test)) {
            return None;
        }
        let edits = reads.iter().map(|r| Edit::insert(self.rel, r.end_byte(), "()")).collect();
        self.fix(
            edits,
            super::from_change::FROM_CHANGE,
            format!("Call `{}()`", member.name),
            format!("{}; the test calls it where it read the value.", self.ctx.change.because(delta)),
        )
    }

    pub(super) fn stale_defect(&self, delta: &Delta, caller: &str, what: &str) -> Option<Fix> {
        let change = &self.ctx.change;
        self.defect(
            format!("`{}` changed, but {caller} {what}", delta.subject().name),
            format!(
                "{}; the project's own code at {caller} {what}, so the change looks unfinished: fix the code (or \
                 its callers), not the tests.",
                change.because(delta)
            ),
        )
    }
}

use crate::fix::Fix;

pub(super) fn within(node: Node, outer: Node) -> bool {
    node.start_byte() >= outer.start_byte() && node.end_byte() <= outer.end_byte()
}

#[cfg(test)]
pub(super) mod tests {
    #![allow(clippy::unwrap_used)]
    use std::sync::Arc;

    use crate::change::{diff, FileVersions};
    use crate::context::{Context, GitSignals, SourceCache};
    use crate::failure::{Failure, FailureKind, Runner};
    use crate::fix::{apply_edits, Applicability, Fix};
    use crate::strategies::{ApiAdaptation, Strategy};

    const TEST: &str = "test/m.test.ts";

    /// The fixes for a failure on `line` of the test after the code went from `before` to `after`; `others`
    /// are more project files as they are now.
    pub(in crate::strategies::api_adaptation) fn heal(
        code: (&str, &str, &str),
        others: &[(&str, &str)],
        test: &str,
        line: u32,
        msg: &str,
    ) -> Vec<Fix> {
        let (path, before, after) = code;
        let cache = SourceCache::new("/nonexistent");
        cache.set_text(path, after);
        for (p, text) in others {
            cache.set_text(p, *text);
        }
        let python = path.ends_with(".py");
        let test_path = if python { "tests/test_m.py" } else { TEST };
        cache.set_text(test_path, test);
        let mut change = diff(&[FileVersions::modified(path, before, after)]);
        change.origin = "the last commit".into();
        let ctx = Context::new(&cache, GitSignals::default()).with_change(Arc::new(change));
        let (runner, error_type) = match msg.split_once(": ") {
            Some((code, _)) if code.starts_with("TS") => (Runner::Tsc, code),
            _ if python => (Runner::Pytest, "Failed"),
            _ => (Runner::Vitest, "AssertionError"),
        };
        let msg = if runner == Runner::Tsc { msg.split_once(": ").map_or(msg, |x| x.1) } else { msg };
        let mut f = Failure::new(FailureKind::TestFailure, runner, msg);
        f.error_type = Some(error_type.into());
        f.file = Some(test_path.into());
        f.line = Some(line);
        if runner == Runner::Tsc {
            // tsc points at the call's first argument.
            let text = test.lines().nth(line as usize - 1).unwrap_or("");
            f.column = text.find("fmt(").map(|i| i as u32 + 5);
        }
        let fixes = ApiAdaptation.propose(&f, &ctx);
        if let Some(fix) = fixes.first().filter(|f| !f.edits().is_empty()) {
            crate::validate::check(fix, &f, &ctx).unwrap_or_else(|e| panic!("fix does not validate: {e}"));
        }
        fixes
    }

    #[track_caller]
    pub(in crate::strategies::api_adaptation) fn check(
        code: (&str, &str, &str),
        test: &str,
        line: u32,
        msg: &str,
        expected: &str,
    ) {
        let fixes = heal(code, &[], test, line, msg);
        let fix = fixes.first().unwrap_or_else(|| panic!("no fix"));
        assert!(fix.applicability() > Applicability::DisplayOnly && fix.confidence() >= 0.9, "{}", fix.title());
        assert_eq!(apply_edits(test, fix.edits()).unwrap(), expected, "{}", fix.rationale());
    }

    const FMT: &str = "export function fmt(amount: number, currency: string, digits = 2): string {\n  return `${amount.toFixed(digits)} ${currency}`;\n}\n";
    const FMT_OPTS: &str = "export function fmt({ amount, currency, digits = 2 }: { amount: number; currency: string; digits?: number }): string {\n  return `${amount.toFixed(digits)} ${currency}`;\n}\n";

    #[test]
    fn python_options_folded_into_a_class_are_passed_as_an_instance() {
        // Before: the Python fold was not seen, so positional and keyword calls proposed nothing.
        let before = "def render_table(rows, columns, width=12, align='left', total=None):\n    return rows\n";
        let after = "from dataclasses import dataclass\n\n\n@dataclass\nclass TableOptions:\n    width: int = 12\n    align: str = 'left'\n    total: str | None = None\n\n\ndef render_table(rows, columns, options: TableOptions | None = None):\n    return rows\n";
        let test = "import pytest\nfrom tabletext.render import render_table\n\n\ndef test_right():\n    out = render_table(ROWS, ['item'], 12, 'right')\n    assert out\n\n\ndef test_total():\n    assert render_table(ROWS, ['item'], width=8, total='qty')\n";
        let fixes = heal(
            ("tabletext/render.py", before, after),
            &[],
            test,
            6,
            "TypeError: render_table() takes from 2 to 3 positional arguments but 4 were given",
        );
        let fix = fixes.first().expect("a fix");
        assert_eq!(
            apply_edits(test, fix.edits()).unwrap(),
            "import pytest\nfrom tabletext.render import TableOptions\nfrom tabletext.render import render_table\n\n\ndef test_right():\n    out = render_table(ROWS, ['item'], TableOptions(width=12, align='right'))\n    assert out\n\n\ndef test_total():\n    assert render_table(ROWS, ['item'], TableOptions(width=8, total='qty'))\n"
        );
        // The project's own code still passing the options one by one: the change is unfinished.
        let caller = "from tabletext.render import render_table\n\n\ndef main(rows):\n    return render_table(rows, ['a'], 10)\n";
        let fixes = heal(
            ("tabletext/render.py", before, after),
            &[("tabletext/cli.py", caller)],
            test,
            6,
            "TypeError: render_table() takes from 2 to 3 positional arguments but 4 were given",
        );
        assert!(
            fixes.iter().all(|f| f.applicability() == Applicability::DisplayOnly),
            "{:?}",
            fixes.first().map(|f| f.title())
        );
    }

    #[test]
    fn positional_arguments_go_into_the_options_object_by_the_deltas_keys() {
        let test = "import { fmt } from '../src/fmt.js';\nimport { it, expect } from 'vitest';\nit('formats', () => {\n  const currency = 'EUR';\n  expect(fmt(3, currency)).toBe('3.00 EUR');\n  expect(fmt(1.5, 'USD', 1)).toBe('1.5 USD');\n});\n";
        let msg = "TypeError: Cannot read properties of undefined (reading 'toFixed')";
        check(
            ("src/fmt.ts", FMT, FMT_OPTS),
            test,
            5,
            msg,
            &test
                .replace("fmt(3, currency)", "fmt({ amount: 3, currency })")
                .replace("fmt(1.5, 'USD', 1)", "fmt({ amount: 1.5, currency: 'USD', digits: 1 })"),
        );
        // tsc says the same at the call: the delta's keys answer it, not the types.
        let tsc = "import { fmt } from '../src/fmt.js';\nconst shown = fmt(3, 'EUR');\n";
        check(
            ("src/fmt.ts", FMT, FMT_OPTS),
            tsc,
            2,
            "TS2554: Expected 1 arguments, but got 2.",
            &tsc.replace("fmt(3, 'EUR')", "fmt({ amount: 3, currency: 'EUR' })"),
        );
        // Already in the new shape, or the failing test does not call it: the delta explains nothing.
        let done = "import { fmt } from '../src/fmt.js';\nimport { it, expect } from 'vitest';\nit('formats', () => {\n  expect(fmt({ amount: 3, currency: 'EUR' })).toBe('3.00 EUR');\n});\n";
        assert!(heal(("src/fmt.ts", FMT, FMT_OPTS), &[], done, 4, msg).is_empty());
        let elsewhere = "import { fmt } from '../src/fmt.js';\nimport { it, expect } from 'vitest';\nit('adds', () => {\n  expect(1 + 1).toBe(3);\n});\nit('formats', () => {\n  expect(fmt(3, 'EUR')).toBe('3.00 EUR');\n});\n";
        assert!(heal(("src/fmt.ts", FMT, FMT_OPTS), &[], elsewhere, 4, "expected 2 to be 3").is_empty());
    }

    #[test]
    fn refuses_when_the_projects_own_code_still_passes_positional_arguments() {
        let test = "import { fmt } from '../src/fmt.js';\nimport { it, expect } from 'vitest';\nit('formats', () => {\n  expect(fmt(3, 'EUR')).toBe('3.00 EUR');\n});\n";
        let caller = "import { fmt } from './fmt.js';\nexport const price = (n: number) => fmt(n, 'EUR');\n";
        let fixes = heal(("src/fmt.ts", FMT, FMT_OPTS), &[("src/price.ts", caller)], test, 4, "expected 'x' to be 'y'");
        assert!(fixes.iter().all(|f| f.applicability() == Applicability::DisplayOnly), "{fixes:?}");
        assert!(fixes[0].title().contains("src/price.ts:2 still passes positional arguments"), "{}", fixes[0].title());
    }

    const STAY: &str = "/** Price of a stay. */\nexport function stayPrice({ nights, rate }: { nights: number; rate: number }): number {\n  return nights * rate;\n}\n";

    #[test]
    fn a_renamed_option_key_is_renamed_in_the_objects_the_test_passes() {
        let after = STAY.replace("nights", "stays");
        let test = "import { stayPrice } from '../src/stay.js';\nimport { it, expect } from 'vitest';\nit('prices', () => {\n  const req = { nights: 3, rate: 2 };\n  expect(stayPrice(req)).toBe(6);\n  const nights = 1;\n  expect(stayPrice({ nights, rate: 5 })).toBe(5);\n});\n";
        check(
            ("src/stay.ts", STAY, &after),
            test,
            5,
            "AssertionError: expected NaN to be 6",
            &test.replace("{ nights: 3", "{ stays: 3").replace("{ nights, rate", "{ stays: nights, rate"),
        );
        // Only the code's parameter changed; the JSDoc still documents `req.nights`: a typo, refused.
        let documented = STAY
            .replace("/** Price of a stay. */", "/**\n * Price of a stay.\n * @param req.nights nights booked\n */");
        let typo = documented
            .replace("{ nights, rate }", "{ nigths, rate }")
            .replace("nights: number", "nigths: number")
            .replace("return nights", "return nigths");
        let fixes = heal(("src/stay.ts", &documented, &typo), &[], test, 5, "AssertionError: expected NaN to be 6");
        assert!(fixes.iter().all(|f| f.applicability() == Applicability::DisplayOnly), "{fixes:?}");
        assert!(fixes[0].title().contains("documentation still says `nights`"), "{}", fixes[0].title());
    }

    #[test]
    fn a_key_of_an_options_interface_follows_into_the_functions_that_take_it() {
        let before = "export interface Stay {\n  nights: number;\n  rate: number;\n}\nexport class Booking {\n  constructor(public stay: Stay) {}\n  price(): number {\n    return this.stay.nights * this.stay.rate;\n  }\n}\n";
        let after = before.replace("nights", "stays");
        let test = "import { Booking } from '../src/stay.js';\nimport { it, expect } from 'vitest';\nit('prices', () => {\n  expect(new Booking({ nights: 3, rate: 2 }).price()).toBe(6);\n});\n";
        check(
            ("src/stay.ts", before, &after),
            test,
            4,
            "AssertionError: expected NaN to be 6",
            &test.replace("{ nights: 3", "{ stays: 3"),
        );
        let before = "export interface Line {\n  sku: string;\n  cents: number;\n}\nexport function total(lines: Line[]): number {\n  return lines.reduce((s, l) => s + l.cents, 0);\n}\n";
        let after = before.replace("cents", "units");
        let test = "import { total } from '../src/lines.js';\nimport { it, expect } from 'vitest';\nit('totals', () => {\n  expect(total([{ sku: 'a', cents: 1 }, { sku: 'b', cents: 2 }])).toBe(3);\n});\n";
        check(
            ("src/lines.ts", before, &after),
            test,
            4,
            "AssertionError: expected NaN to be 3",
            &test.replace("cents:", "units:"),
        );
    }

    #[test]
    fn a_lost_default_is_passed_where_typescript_would_pass_undefined() {
        let before = "export function fee(amount: number, rate = 0.02): number {\n  return amount * rate;\n}\n";
        let after = "export function fee(amount: number, rate: number): number {\n  return amount * rate;\n}\n";
        let test = "import { fee } from '../src/fee.js';\nimport { it, expect } from 'vitest';\nit('fee', () => {\n  expect(fee(100)).toBe(2);\n  expect(fee(50, 0.1)).toBe(5);\n});\n";
        check(
            ("src/fee.ts", before, after),
            test,
            4,
            "AssertionError: expected NaN to be 2",
            &test.replace("fee(100)", "fee(100, 0.02)"),
        );
    }

    #[test]
    fn a_getter_that_became_a_method_is_called() {
        let before = "export class JobQueue {\n  private jobs: string[] = [];\n  push(j: string): void {\n    this.jobs.push(j);\n  }\n  get isEmpty(): boolean {\n    return this.jobs.length === 0;\n  }\n}\n";
        let after = before.replace("get isEmpty()", "isEmpty()");
        let test = "import { JobQueue } from '../src/queue.js';\nimport { it, expect } from 'vitest';\nit('empties', () => {\n  const q = new JobQueue();\n  expect(q.isEmpty).toBe(true);\n});\n";
        check(
            ("src/queue.ts", before, &after),
            test,
            5,
            "AssertionError: expected [Function isEmpty] to be true",
            &test.replace("q.isEmpty)", "q.isEmpty())"),
        );
        // A method that now needs an argument: what to pass is not in the delta.
        let needs = before.replace("get isEmpty()", "isEmpty(strict: boolean)");
        assert!(heal(
            ("src/queue.ts", before, &needs),
            &[],
            test,
            5,
            "AssertionError: expected [Function isEmpty] to be true"
        )
        .is_empty());
        let before = "class Playlist:\n    def __init__(self, secs):\n        self.secs = secs\n\n    @property\n    def duration(self):\n        return sum(self.secs)\n";
        let after = before.replace("    @property\n", "").replace("def duration(self)", "def duration(self, unit='s')");
        let test =
            "from m import Playlist\n\ndef test_duration():\n    p = Playlist([1, 2])\n    assert p.duration == 3\n";
        check(
            ("m.py", before, &after),
            test,
            5,
            "assert <bound method Playlist.duration of <m.Playlist>> == 3",
            &test.replace("p.duration ==", "p.duration() =="),
        );
    }

    #[test]
    fn a_coroutine_that_no_longer_raises_in_a_sync_test_is_run() {
        let before = "def parse(n):\n    if n < 0:\n        raise ValueError(n)\n    return n\n";
        let after = format!("async {before}");
        let test = "import pytest\nfrom m import parse\n\ndef test_negative():\n    with pytest.raises(ValueError):\n        parse(-1)\n";
        check(
            ("m.py", before, &after),
            test,
            5,
            "Failed: DID NOT RAISE <class 'ValueError'>",
            &format!("import asyncio\n{}", test.replace("parse(-1)", "asyncio.run(parse(-1))")),
        );
    }
}
