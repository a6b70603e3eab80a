//! API adaptation answered by the code change ([`crate::change`]): the runner's message says *that* a call no
//! longer fits; the delta says *what* it became (the new name, the old default, the property, the `async`).
//!
//! Refusals read the delta too: a rename the project's own non-test code has not followed, or a parameter
//! rename the definition's own documentation contradicts, is a defect in the code; it is shown, never applied.

use tree_sitter::Node;

use super::{keyword_arg, positional_args, Site};
use crate::change::Delta;
use crate::context::is_test_path;
use crate::fix::{Applicability, Edit, Fix, StrategyKind};
use crate::project_index::SymbolKind;
use crate::source::SourceFile;

/// A rename or signature change the delta shows, applied to the tests' call sites.
pub(super) const FROM_CHANGE: f64 = 0.97;
/// Passing the old default or the keyword the signature now demands: the call means what it meant before.
pub(super) const SAME_MEANING: f64 = 0.93;
/// Shown, never applied: the change looks like a defect in the code.
const CODE_DEFECT: f64 = 0.3;

impl<'a> Site<'a, '_> {
    pub(super) fn fix(&self, edits: Vec<Edit>, confidence: f64, title: String, why: String) -> Option<Fix> {
        if edits.is_empty() {
            return None;
        }
        let applicability = if confidence >= SAME_MEANING { Applicability::Safe } else { Applicability::DisplayOnly };
        Some(Fix::new(StrategyKind::ApiAdaptation, edits, confidence, title, why).with_applicability(applicability))
    }

    pub(super) fn defect(&self, title: String, why: String) -> Option<Fix> {
        Some(Fix::advice(StrategyKind::ApiAdaptation, title, why).with_confidence(CODE_DEFECT))
    }

    /// tsc says the string `literal` is not a `type_name` and the change renamed that member of the union: the
    /// strings on the failing line that hold it take the new name (only there: the same text elsewhere in the
    /// test may be any other string).
    pub(super) fn changed_union_member(&self, literal: &str, type_name: &str) -> Option<Fix> {
        let change = &self.ctx.change;
        let delta = change.deltas.iter().find(
            |d| matches!(d, Delta::UnionMemberRenamed { owner, old, .. } if owner.name == type_name && old == literal),
        )?;
        let Delta::UnionMemberRenamed { new, .. } = delta else { return None };
        let mut edits = Vec::new();
        self.src.walk(|n| {
            if n.kind() == "string" && self.src.line_of(n.start_byte()) == self.line {
                let text = self.src.node_text(n);
                if text.len() >= 2 && &text[1..text.len() - 1] == literal {
                    let quote = &text[..1];
                    edits.push(Edit::replace(self.rel, n.byte_range(), format!("{quote}{new}{quote}")));
                }
                return false;
            }
            true
        });
        self.fix(
            edits,
            FROM_CHANGE,
            format!("Use '{new}' instead of '{literal}'"),
            format!("{}; the test passes the new name of the same member.", change.because(delta)),
        )
    }

    /// `name` (a member of `container` when known) was renamed by the change: rename every use in the test file.
    pub(super) fn changed_rename(&self, name: &str, container: Option<&str>) -> Option<Fix> {
        let change = &self.ctx.change;
        let delta = change.deltas.iter().find(|d| {
            matches!(d, Delta::Renamed { old, .. }
                if old.name == name && container.is_none_or(|c| old.container.as_deref().is_none_or(|oc| oc == c)))
        })?;
        let Delta::Renamed { old, new } = delta else { return None };
        // In the project's own code the file being fixed is the stale caller: following the rename there is the
        // fix (see crate::eligibility::follows_project_rename); in a test, a caller left behind in the code says
        // the rename is unfinished.
        let in_source = !is_test_path(self.rel);
        // A stale caller in the code whose tests still use the old name too: the rename is the odd one out (an
        // unfinished or accidental rename), not a change the code should follow.
        if let Some(test) = in_source.then(|| test_user(self.ctx, self.src.lang().is_python(), name)).flatten() {
            return self.defect(
                format!("`{name}` was renamed to `{}`, but {test} still uses `{name}`", new.name),
                format!(
                    "{}; the project's tests (at {test}) and its code here still use the old name, so the rename \
                     looks unfinished or accidental: fix the definition or finish the rename, not this caller.",
                    change.because(delta)
                ),
            );
        }
        if let Some(caller) = self.stale_caller(name, old.kind).filter(|_| !in_source) {
            return self.defect(
                format!("`{name}` was renamed to `{}`, but {caller} still uses `{name}`", new.name),
                format!(
                    "{}; the project's own code at {caller} still uses the old name, so the rename looks \
                     unfinished or accidental: fix the code (or its callers), not the tests.",
                    change.because(delta)
                ),
            );
        }
        let member = old.container.is_some();
        let mut edits: Vec<Edit> = Vec::new();
        if member {
            // Someone else's `name` (another class of the project) must not be renamed with it.
            let others =
                self.ctx.project().find(name).any(|(f, s)| !is_test_path(&f.path) && s.kind != SymbolKind::Variable);
            if others {
                return None;
            }
            for n in self.all_accesses(name) {
                edits.push(Edit::replace(self.rel, n.byte_range(), new.name.clone()));
            }
            edits.extend(self.field_keywords(old, new));
        } else {
            if self.binds_locally(name) {
                return None;
            }
            for n in self.references(name) {
                edits.push(Edit::replace(self.rel, n.byte_range(), new.name.clone()));
            }
        }
        let moved = old.module != new.module;
        if moved {
            // A rename across modules is the import's business too; leave it to the dependency fix.
            return None;
        }
        self.fix(
            edits,
            FROM_CHANGE,
            format!("Rename `{name}` to `{}`", new.name),
            format!("{}; the tests now call it by its new name.", change.because(delta)),
        )
    }

    /// TS2353 `'name' does not exist in type 'T'` where the change renamed the option key: rename it in the
    /// object literals the test file passes (refused when the owner's JSDoc still uses the old key as code).
    pub(super) fn changed_option_key(&self, type_text: &str, name: &str) -> Option<Fix> {
        let change = &self.ctx.change;
        let base = type_text.split('<').next().unwrap_or(type_text).trim();
        let matching = |d: &&Delta| matches!(d, Delta::OptionKeyRenamed { old, .. } if old == name);
        let delta = change
            .deltas
            .iter()
            .filter(matching)
            .find(|d| d.subject().name == base)
            .or_else(|| change.deltas.iter().find(matching))?;
        let Delta::OptionKeyRenamed { owner, new, doc_disagrees, .. } = delta else { return None };
        if *doc_disagrees {
            return self.defect(
                format!(
                    "Option `{name}` of `{}` became `{new}`, but its documentation still says `{name}`",
                    owner.name
                ),
                format!(
                    "{}; the JSDoc in {} still uses `{name}` (and never `{new}`), so the rename looks like a typo in \
                     the code: fix the code, not the tests.",
                    change.because(delta),
                    owner.file.display()
                ),
            );
        }
        let failing = self.src.node_at(self.line, self.column);
        let mut edits = Vec::new();
        self.src.walk(|n| {
            let key = match n.kind() {
                "pair" => n.child_by_field_name("key").filter(|k| k.kind() == "property_identifier"),
                "shorthand_property_identifier" => Some(n),
                _ => None,
            };
            if let Some(k) = key.filter(|k| self.src.node_text(*k) == name) {
                let object = n.parent();
                let passed = object.is_some_and(|o| o.parent().is_some_and(|a| a.kind() == "arguments"));
                let at_failure = failing.is_some_and(|f| f.id() == k.id());
                if passed || at_failure {
                    let text = if k.kind() == "shorthand_property_identifier" {
                        format!("{new}: {name}")
                    } else {
                        new.clone()
                    };
                    edits.push(Edit::replace(self.rel, k.byte_range(), text));
                }
                return false;
            }
            true
        });
        self.fix(
            edits,
            FROM_CHANGE,
            format!("Rename the option `{name}` to `{new}`"),
            format!("{}; the test passes the option under its new name.", change.because(delta)),
        )
    }

    /// `got an unexpected keyword argument 'name'`: the parameter was renamed by the change.
    pub(super) fn changed_keyword(&self, function: &str, name: &str) -> Option<Fix> {
        let short = function.rsplit('.').next().unwrap_or(function);
        let change = &self.ctx.change;
        let delta = change
            .deltas
            .iter()
            .find(|d| matches!(d, Delta::ParamRenamed { function: f, old, .. } if f.name == short && old == name))?;
        let Delta::ParamRenamed { function: f, new, doc_disagrees, .. } = delta else { return None };
        if *doc_disagrees {
            return self.defect(
                format!(
                    "Parameter `{name}` of `{}` became `{new}`, but its documentation still says `{name}`",
                    f.qualified()
                ),
                format!(
                    "{}; the docstring of `{}` still documents `{name}` and never `{new}`, so the rename looks like \
                     a typo in the code: fix the code, not the tests.",
                    change.because(delta),
                    f.qualified()
                ),
            );
        }
        if let Some(caller) = self.stale_keyword_caller(short, name) {
            return self.defect(
                format!(
                    "Parameter `{name}` of `{}` became `{new}`, but {caller} still passes `{name}=`",
                    f.qualified()
                ),
                format!(
                    "{}; the project's own code at {caller} still passes `{name}=`, so the rename looks unfinished: \
                     fix the code (or its callers), not the tests.",
                    change.because(delta)
                ),
            );
        }
        // A test helper passing its `**kw` on (`def tag(text, **kw): return normalize_tag(text, **kw)`) takes
        // the keyword at its own call sites.
        let mut callees = vec![short.to_string()];
        let mut i = 0;
        while i < callees.len() && callees.len() < 8 {
            for f in forwarders(self.src, &callees[i]) {
                if !callees.contains(&f) {
                    callees.push(f);
                }
            }
            i += 1;
        }
        let edits: Vec<Edit> = callees
            .iter()
            .flat_map(|c| self.src.call_sites(c))
            .filter_map(|c| keyword_arg(self.src, c, name))
            .map(|n| Edit::replace(self.rel, n.byte_range(), new.clone()))
            .collect();
        self.fix(
            edits,
            FROM_CHANGE,
            format!("Rename the keyword argument `{name}=` to `{new}=`"),
            format!("{}; the tests pass it under its new name.", change.because(delta)),
        )
    }

    /// `Booking.__init__() got an unexpected keyword argument 'checkin'` where the change renamed the field
    /// `checkin` of `Booking` (a dataclass, `NamedTuple` (`__new__`), attrs class: the generated `__init__` takes the fields
    /// as keywords): the keyword at every construction and every `x.checkin` read of the file follow, one fix
    /// for the field's whole rename.
    pub(super) fn changed_field_keyword(&self, function: &str, name: &str) -> Option<Fix> {
        if !self.src.lang().is_python() {
            return None;
        }
        // `Booking.__init__` / `Booking`; an unqualified `__init__()` (older Pythons) names no class: any class
        // constructed on the failing line.
        let mut parts = function.rsplit('.');
        let last = parts.next().unwrap_or(function);
        let class = if matches!(last, "__init__" | "__new__") { parts.next() } else { Some(last) };
        let on_line = |c: &str| !self.calls_on_line(c).is_empty();
        let change = &self.ctx.change;
        let delta = change.deltas.iter().find(|d| {
            matches!(d, Delta::Renamed { old, new } if old.name == name && old.kind == SymbolKind::Variable
                && new.container.as_deref().is_some_and(|c| class.map_or_else(|| on_line(c), |k| k == c)))
        })?;
        let Delta::Renamed { old, new } = delta else { return None };
        let class = new.container.as_deref()?;
        if let Some(caller) = self.stale_keyword_caller(class, name) {
            return self.defect(
                format!("Field `{name}` of `{class}` became `{}`, but {caller} still passes `{name}=`", new.name),
                format!(
                    "{}; the project's own code at {caller} still passes `{name}=`, so the rename looks unfinished: \
                     fix the code (or its callers), not the tests.",
                    change.because(delta)
                ),
            );
        }
        let mut edits = self.field_keywords(old, new);
        // The reads of the field, unless another definition of the project answers to the old name.
        let others = self.ctx.project().find(name).any(|(f, _)| !is_test_path(&f.path));
        if !others {
            edits.extend(
                self.all_accesses(name).into_iter().map(|n| Edit::replace(self.rel, n.byte_range(), new.name.clone())),
            );
        }
        self.fix(
            edits,
            FROM_CHANGE,
            format!("Rename the field `{name}` to `{}`", new.name),
            format!("{}; the tests construct and read it under its new name.", change.because(delta)),
        )
    }

    /// The `old=` keywords of the file's constructions of a Python class whose field `old` the change renamed to
    /// `new` (the keyword of a generated `__init__`). Nothing for other renames.
    fn field_keywords(&self, old: &crate::change::SymbolRef, new: &crate::change::SymbolRef) -> Vec<Edit> {
        let (Some(class), true) = (new.container.as_deref(), old.kind == SymbolKind::Variable) else {
            return Vec::new();
        };
        if !self.src.lang().is_python() {
            return Vec::new();
        }
        let mut classes = vec![class];
        classes.extend(old.container.as_deref().filter(|c| *c != class));
        classes
            .into_iter()
            .flat_map(|c| self.src.call_sites(c))
            .filter_map(|c| keyword_arg(self.src, c, &old.name))
            .map(|n| Edit::replace(self.rel, n.byte_range(), new.name.clone()))
            .collect()
    }

    /// A required argument is missing because the parameter lost its default (or is new with none): pass the
    /// old default, which is what the call meant before the change. `position` is where it goes when passed
    /// positionally (TypeScript); Python passes it by keyword.
    pub(super) fn changed_default(&self, short: &str, param: Option<&str>, call: Node<'a>) -> Option<Fix> {
        let change = &self.ctx.change;
        let delta = change.deltas.iter().find(|d| match d {
            Delta::DefaultRemoved { function, param: p, .. } => function.name == short && param.is_none_or(|x| x == p),
            _ => false,
        })?;
        let Delta::DefaultRemoved { function, param: p, old_default } = delta else { return None };
        let python = self.src.lang().is_python();
        let args = call.child_by_field_name("arguments")?;
        let text = if python { format!("{p}={old_default}") } else { old_default.clone() };
        if !python {
            // Positionally: only when the missing one is the next position.
            let def = self.ctx.project().find(short).find(|(f, _)| !is_test_path(&f.path)).map(|(_, s)| s.clone())?;
            let index = def.params.iter().position(|x| &x.name == p)?;
            if positional_args(self.src, call).len() != index {
                return None;
            }
        }
        let mut edits = vec![super::insert_argument(self.src, self.rel, args, &text)?];
        // A default that names a constant of its module: the test must import it.
        let is_name = old_default.chars().all(|c| c.is_alphanumeric() || c == '_')
            && old_default.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_');
        if is_name
            && !matches!(old_default.as_str(), "None" | "True" | "False" | "undefined" | "null" | "true" | "false")
        {
            if self.binds_locally(old_default) || self.src.text().contains(&format!("import {old_default}")) {
                // Already importable by that name.
            } else if python {
                edits.push(Edit::insert(self.rel, 0, format!("from {} import {old_default}\n", function.module)));
            } else {
                return None;
            }
        }
        self.fix(
            edits,
            SAME_MEANING,
            format!("Pass `{text}` to `{short}()`"),
            format!("{}; passing the old default keeps the call meaning what the test checked.", change.because(delta)),
        )
    }

    /// Calls on the failing line that pass positionally what became keyword-only: name them.
    pub(super) fn changed_keyword_only(&self) -> Option<Fix> {
        let change = &self.ctx.change;
        for delta in &change.deltas {
            let Delta::KeywordOnly { function, params } = delta else { continue };
            // A constructor's parameters are passed at the class's calls: `TokenBucket(3, 2.0)`.
            let constructor = matches!(function.name.as_str(), "__init__" | "constructor");
            let called = match (&function.container, constructor) {
                (Some(class), true) => class.clone(),
                _ => function.name.clone(),
            };
            let Some(def) = self
                .ctx
                .project()
                .find(&function.name)
                .find(|(f, s)| {
                    f.path == function.file
                        && matches!(s.kind, SymbolKind::Function | SymbolKind::Method)
                        && (!constructor || s.container == function.container)
                })
                .map(|(_, s)| s.clone())
            else {
                continue;
            };
            let positional_before = def.params.iter().take_while(|p| !p.keyword_only && !p.variadic).count();
            let mut edits = Vec::new();
            for call in self.calls_on_line(&called) {
                let args = positional_args(self.src, call);
                for (i, arg) in args.iter().enumerate().skip(positional_before) {
                    let p = def.params.iter().filter(|p| p.keyword_only).nth(i - positional_before)?;
                    // Made keyword-only, possibly under a new name (`refill_per_sec` -> `*, refill_rate`).
                    let renamed = change.deltas.iter().any(|d| {
                        matches!(d, Delta::ParamRenamed { function: f, new, .. } if f == function && new == &p.name)
                    });
                    if !params.contains(&p.name) && !renamed {
                        return None;
                    }
                    edits.push(Edit::insert(self.rel, arg.start_byte(), format!("{}=", p.name)));
                }
            }
            if let Some(fix) = self.fix(
                edits,
                SAME_MEANING,
                format!("Pass the keyword-only argument(s) of `{}()` by name", function.name),
                format!("{}; naming the arguments keeps the same values.", change.because(delta)),
            ) {
                return Some(fix);
            }
        }
        None
    }

    /// `'float' object is not callable`, `x.total is not a function`: a method that became a property is
    /// still called. Drop the call's parentheses at every zero-argument call of it in the test file.
    pub(super) fn changed_accessor(&self, name: Option<&str>) -> Option<Fix> {
        let change = &self.ctx.change;
        let accessors: Vec<&Delta> =
            change.deltas.iter().filter(|d| matches!(d, Delta::BecameAccessor { .. })).collect();
        for delta in accessors.iter().filter(|d| name.is_none_or(|n| d.subject().name == n)) {
            let member = &delta.subject().name;
            let on_line = self.accesses_on_line(member).into_iter().any(|n| self.call_of_member(n).is_some());
            if !on_line {
                continue;
            }
            if let Some(caller) = self.accessor_still_called(member) {
                return self.stale_defect(delta, &caller, &format!("still calls `{member}()`"));
            }
            // The other members the same change made properties, called in this file too: one fix, or the test
            // fails again on the next line (`cart.subtotal()` fixed, `cart.discount()` next).
            let mut members = vec![member.clone()];
            for other in &accessors {
                let m = &other.subject().name;
                if !members.contains(m) && self.accessor_still_called(m).is_none() {
                    members.push(m.clone());
                }
            }
            let mut edits = Vec::new();
            for m in &members {
                for access in self.all_accesses(m) {
                    let Some(call) = self.call_of_member(access) else { continue };
                    if !positional_args(self.src, call).is_empty() {
                        continue;
                    }
                    let Some(args) = call.child_by_field_name("arguments") else { continue };
                    edits.push(Edit::delete(self.rel, args.byte_range()));
                }
            }
            let named: Vec<String> = members.iter().map(|m| format!("`{m}`")).collect();
            let (what, them) = if named.len() == 1 { ("a property", "it") } else { ("properties", "them") };
            return self.fix(
                edits,
                FROM_CHANGE,
                format!("Read {} as {what} instead of calling {them}", named.join(", ")),
                format!("{}; the tests read {them} without calling {them}.", change.because(delta)),
            );
        }
        None
    }

    /// Where the project's own code still calls `member()` after it became a property (`cart.total()` in
    /// receipt.py), when no other definition of the name could be the one called: then the property is the
    /// slip, not an API the tests should follow.
    fn accessor_still_called(&self, member: &str) -> Option<String> {
        let defs = self.ctx.project().find(member).filter(|(f, _)| !is_test_path(&f.path)).count();
        let called = |src: &crate::source::SourceFile, call: Node| {
            positional_args(src, call).is_empty()
                && call
                    .child_by_field_name("function")
                    .is_some_and(|f| matches!(f.kind(), "attribute" | "member_expression"))
        };
        (defs == 1).then(|| self.stale_source_call(&[member.to_string()], &called)).flatten()
    }

    /// Whether the test file binds `name` itself (an assignment target or a parameter), so a top-level
    /// rename could hit a local.
    fn binds_locally(&self, name: &str) -> bool {
        let mut found = false;
        self.src.walk(|n| {
            if found {
                return false;
            }
            let target = match n.kind() {
                "assignment" | "augmented_assignment" => n.child_by_field_name("left"),
                "variable_declarator" => n.child_by_field_name("name"),
                "parameters" | "formal_parameters" => Some(n),
                _ => None,
            };
            if let Some(t) = target {
                let mut stack = vec![t];
                while let Some(x) = stack.pop() {
                    if x.kind() == "identifier" && self.src.node_text(x) == name {
                        found = true;
                    }
                    let mut cursor = x.walk();
                    stack.extend(x.named_children(&mut cursor));
                }
            }
            true
        });
        found
    }

    /// Identifiers naming `name` in the file (imports, calls, references) and attribute/member uses of it.
    fn references(&self, name: &str) -> Vec<Node<'a>> {
        let mut out = Vec::new();
        self.src.walk(|n| {
            let hit = match n.kind() {
                "identifier" => {
                    // Not a keyword argument's name (`f(name=1)` names a parameter, not this symbol).
                    !n.parent().is_some_and(|p| {
                        p.kind() == "keyword_argument"
                            && p.child_by_field_name("name").is_some_and(|k| k.id() == n.id())
                    })
                }
                "property_identifier" => true,
                _ => false,
            };
            if hit && self.src.node_text(n) == name {
                out.push(n);
            }
            true
        });
        out
    }

    /// A call of `function` in the project's own non-test code that still passes the keyword `name=`.
    fn stale_keyword_caller(&self, function: &str, name: &str) -> Option<String> {
        let python = self.src.lang().is_python();
        for file in self.ctx.project().files.iter().filter(|f| !is_test_path(&f.path) && f.lang.is_python() == python) {
            let Ok(src) = self.ctx.sources.get(&file.path) else { continue };
            if let Some(call) = src.call_sites(function).into_iter().find(|c| keyword_arg(&src, *c, name).is_some()) {
                return Some(format!("{}:{}", file.path.display(), call.start_position().row + 1));
            }
        }
        None
    }

    /// A place in the project's own non-test code that still uses `name` after the change renamed it away.
    fn stale_caller(&self, name: &str, kind: SymbolKind) -> Option<String> {
        stale_caller(self.ctx, self.src.lang().is_python(), name, kind)
    }
}

/// Where the project's own (non-test) code of the language still uses `name`, as `file:line`, when nothing
/// defines it any more: a rename the code has not followed.
pub(crate) fn stale_caller(
    ctx: &crate::context::Context,
    python: bool,
    name: &str,
    kind: SymbolKind,
) -> Option<String> {
    let index = ctx.project();
    // Still defined somewhere (another class's method of that name): uses of it are not stale.
    if index
        .find(name)
        .any(|(f, s)| !is_test_path(&f.path) && (kind != SymbolKind::Method || s.kind == SymbolKind::Method))
    {
        return None;
    }
    first_use(ctx, python, name, false)
}

/// Where a test file of the language still uses `name`, as `file:line`.
fn test_user(ctx: &crate::context::Context, python: bool, name: &str) -> Option<String> {
    first_use(ctx, python, name, true)
}

/// The first use of the identifier `name` in the project's test files (`tests`) or code files of the language.
fn first_use(ctx: &crate::context::Context, python: bool, name: &str, tests: bool) -> Option<String> {
    let index = ctx.project();
    for file in index.files.iter().filter(|f| is_test_path(&f.path) == tests && f.lang.is_python() == python) {
        let Ok(src) = ctx.sources.get(&file.path) else { continue };
        let mut hit = None;
        src.walk(|n| {
            if hit.is_none() && matches!(n.kind(), "identifier" | "property_identifier") && src.node_text(n) == name {
                hit = Some(n.start_position().row + 1);
            }
            hit.is_none()
        });
        if let Some(line) = hit {
            return Some(format!("{}:{line}", file.path.display()));
        }
    }
    None
}

/// Functions of `src` that take `**name` and pass it on to a call of `callee` (`def tag(text, **kw): return
/// normalize_tag(text, **kw)`).
fn forwarders(src: &SourceFile, callee: &str) -> Vec<String> {
    let mut out = Vec::new();
    src.walk(|n| {
        if n.kind() != "function_definition" {
            return true;
        }
        let Some(params) = n.child_by_field_name("parameters") else { return true };
        let mut c = params.walk();
        let splat = params
            .named_children(&mut c)
            .find(|p| p.kind() == "dictionary_splat_pattern")
            .and_then(|p| p.named_child(0))
            .map(|p| src.node_text(p).to_string());
        let (Some(splat), Some(name)) = (splat, n.child_by_field_name("name")) else { return true };
        let passes = src.call_sites(callee).into_iter().any(|call| {
            call.start_byte() >= n.start_byte()
                && call.end_byte() <= n.end_byte()
                && call.child_by_field_name("arguments").is_some_and(|args| {
                    let mut c = args.walk();
                    let found = args.named_children(&mut c).any(|a| {
                        a.kind() == "dictionary_splat" && a.named_child(0).is_some_and(|x| src.node_text(x) == splat)
                    });
                    found
                })
        });
        if passes {
            out.push(src.node_text(name).to_string());
        }
        true
    });
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use std::sync::Arc;

    use crate::change::{diff, FileVersions};
    use crate::context::{Context, GitSignals, SourceCache};
    use crate::failure::{Failure, FailureKind, Runner};
    use crate::fix::{apply_edits, Applicability, Fix};
    use crate::strategies::{ApiAdaptation, Strategy};

    /// The fixes for `failure` in `test` after the code went from `before` to `after` (one file).
    fn heal(code: (&str, &str, &str), test: (&str, &str), failure: &Failure) -> Vec<Fix> {
        let (path, before, after) = code;
        let cache = SourceCache::new("/nonexistent");
        cache.set_text(path, after);
        cache.set_text(test.0, test.1);
        let mut change = diff(&[FileVersions::modified(path, before, after)]);
        change.origin = "the last commit".into();
        let ctx = Context::new(&cache, GitSignals::default()).with_change(Arc::new(change));
        let fixes = ApiAdaptation.propose(failure, &ctx);
        if let Some(fix) = fixes.first().filter(|f| !f.edits().is_empty()) {
            crate::validate::check(fix, failure, &ctx).unwrap_or_else(|e| panic!("fix does not validate: {e}"));
        }
        fixes
    }

    fn failure(runner: Runner, file: &str, error_type: &str, line: u32, msg: &str) -> Failure {
        let mut f = Failure::new(FailureKind::TestFailure, runner, msg);
        f.error_type = Some(error_type.into());
        f.file = Some(file.into());
        f.line = Some(line);
        f
    }

    #[track_caller]
    fn check(code: (&str, &str, &str), test: (&str, &str), f: &Failure, expected: &str) {
        let fixes = heal(code, test, f);
        let fix = fixes.first().unwrap_or_else(|| panic!("no fix"));
        assert!(fix.applicability() > Applicability::DisplayOnly && fix.confidence() >= 0.9, "{}", fix.title());
        assert_eq!(apply_edits(test.1, fix.edits()).unwrap(), expected, "{}", fix.rationale());
    }

    #[track_caller]
    fn check_refused(code: (&str, &str, &str), test: (&str, &str), f: &Failure, says: &str) {
        let fixes = heal(code, test, f);
        assert!(
            fixes.iter().all(|x| x.applicability() == Applicability::DisplayOnly),
            "{:?}",
            fixes.iter().map(|x| x.title()).collect::<Vec<_>>()
        );
        assert!(
            fixes.iter().any(|x| x.title().contains(says) || x.rationale().contains(says)),
            "{:?}",
            fixes.iter().map(|x| x.rationale()).collect::<Vec<_>>()
        );
    }

    const CART_BEFORE: &str = "class Invoice:\n    def __init__(self):\n        self.lines = []\n\n    def add_line(self, sku, qty=1):\n        self.lines.append((sku, qty))\n        return self\n\n    def total(self):\n        return sum(q for _, q in self.lines)\n";

    const BOOKING: &str = "from dataclasses import dataclass\nfrom datetime import date, timedelta\n\n\n@dataclass(frozen=True)\nclass Booking:\n    guest: str\n    checkin: date\n    nights: int = 1\n\n    @property\n    def checkout(self) -> date:\n        return self.checkin + timedelta(days=self.nights)\n";

    #[test]
    fn python_dataclass_field_rename_follows_at_construction_and_reads() {
        let after = BOOKING.replace("checkin", "check_in");
        let code = ("hotel/booking.py", BOOKING, after.as_str());
        let test = "import pytest\nfrom datetime import date\nfrom hotel.booking import Booking\n\n@pytest.fixture\ndef stay():\n    return Booking(guest='A', checkin=date(2024, 3, 7), nights=3)\n\ndef test_start(stay):\n    early = Booking('B', checkin=date(2024, 3, 9))\n    assert early.checkin == date(2024, 3, 9)\n    assert stay.checkout == date(2024, 3, 10)\n";
        let expected = test.replace("checkin", "check_in");
        // Before: the keyword of a generated `__init__` had no ParamRenamed delta, and nothing was proposed.
        let f = failure(
            Runner::Pytest,
            "tests/test_booking.py",
            "TypeError",
            7,
            "Booking.__init__() got an unexpected keyword argument 'checkin'",
        );
        check(code, ("tests/test_booking.py", test), &f, &expected);
        // A read reported first renames the constructions too: one fix for the field.
        let f = failure(
            Runner::Pytest,
            "tests/test_booking.py",
            "AttributeError",
            11,
            "'Booking' object has no attribute 'checkin'",
        );
        check(code, ("tests/test_booking.py", test), &f, &expected);
        // A NamedTuple's generated constructor is `__new__`.
        let point = "from typing import NamedTuple\n\n\nclass Point(NamedTuple):\n    lat: float\n    lon: float\n";
        let moved = point.replace("lon:", "lng:");
        let test = "from geo import Point\n\ndef test_p():\n    p = Point(lat=1.0, lon=2.0)\n    assert p.lon == 2.0\n";
        let f = failure(
            Runner::Pytest,
            "tests/test_p.py",
            "TypeError",
            4,
            "Point.__new__() got an unexpected keyword argument 'lon'",
        );
        check(("geo.py", point, &moved), ("tests/test_p.py", test), &f, &test.replace("lon", "lng"));
    }

    const PRIORITY: &str = "from enum import Enum\n\n\nclass Priority(Enum):\n    LOW = 1\n    HIGH = 3\n    CRIT = 4\n\n\ndef escalate(p):\n    return Priority(min(p.value + 1, Priority.CRIT.value))\n";

    #[test]
    fn python_enum_member_renamed_follows_the_delta() {
        let after = PRIORITY.replace("CRIT", "CRITICAL");
        let test = "import pytest\nfrom helpdesk.priority import Priority, escalate\n\n@pytest.mark.parametrize('p, want', [\n    (Priority.HIGH, Priority.CRIT),\n    (Priority.CRIT, Priority.CRIT),\n])\ndef test_escalate(p, want):\n    assert escalate(p) is want\n";
        let expected = test.replace("Priority.CRIT", "Priority.CRITICAL");
        let code = ("helpdesk/priority.py", PRIORITY, after.as_str());
        // Python 3.11's `Enum.__getattr__` prints the bare name (before: not read, nothing proposed).
        let f = failure(Runner::Pytest, "tests/test_priority.py", "AttributeError", 5, "CRIT");
        check(code, ("tests/test_priority.py", test), &f, &expected);
        // Python 3.12 names the class.
        let f = failure(
            Runner::Pytest,
            "tests/test_priority.py",
            "AttributeError",
            5,
            "type object 'Priority' has no attribute 'CRIT'",
        );
        check(code, ("tests/test_priority.py", test), &f, &expected);
        // Raised while pytest collected the module (the parametrize table runs at import).
        let mut collecting = failure(Runner::Pytest, "tests/test_priority.py", "AttributeError", 5, "CRIT");
        collecting.kind = FailureKind::CollectionError;
        check(code, ("tests/test_priority.py", test), &collecting, &expected);
        // Through a module import.
        let test = "from helpdesk import priority\n\ndef test_top():\n    assert priority.Priority.CRIT.value == 4\n";
        let f = failure(Runner::Pytest, "tests/test_priority.py", "AttributeError", 4, "CRIT");
        check(code, ("tests/test_priority.py", test), &f, &test.replace(".CRIT.", ".CRITICAL."));
    }

    #[test]
    fn python_class_constant_renamed_follows_the_delta() {
        let before = "class Limits:\n    MAX_ITEMS = 50\n    MAX_WEIGHT = 20.0\n";
        let after = before.replace("MAX_ITEMS", "ITEM_LIMIT");
        let test = "from shop.limits import Limits\n\ndef test_max():\n    assert Limits.MAX_ITEMS == 50\n";
        let f = failure(
            Runner::Pytest,
            "tests/test_limits.py",
            "AttributeError",
            4,
            "type object 'Limits' has no attribute 'MAX_ITEMS'",
        );
        check(
            ("shop/limits.py", before, &after),
            ("tests/test_limits.py", test),
            &f,
            &test.replace("MAX_ITEMS", "ITEM_LIMIT"),
        );
    }

    #[test]
    fn renames_with_no_shared_words_and_chained_calls() {
        let after = CART_BEFORE.replace("def add_line", "def push");
        let test = "from shop.invoice import Invoice\n\ndef test_total():\n    inv = Invoice().add_line('a').add_line('b', 2)\n    assert inv.total() == 3\n";
        let f = failure(
            Runner::Pytest,
            "tests/test_inv.py",
            "AttributeError",
            4,
            "'Invoice' object has no attribute 'add_line'",
        );
        check(
            ("shop/invoice.py", CART_BEFORE, &after),
            ("tests/test_inv.py", test),
            &f,
            &test.replace("add_line", "push"),
        );
        let fix = &heal(("shop/invoice.py", CART_BEFORE, &after), ("tests/test_inv.py", test), &f)[0];
        assert!(
            fix.rationale().contains("`Invoice.add_line` was renamed to `push` in shop/invoice.py by the last commit"),
            "{}",
            fix.rationale()
        );
    }

    #[test]
    fn refuses_a_rename_the_code_itself_has_not_followed() {
        let after = CART_BEFORE.replace("def add_line", "def push");
        let caller = "from shop.invoice import Invoice\n\ndef build():\n    return Invoice().add_line('x')\n";
        let cache_test =
            "from shop.invoice import Invoice\n\ndef test_total():\n    assert Invoice().add_line('a').total() == 1\n";
        let cache = SourceCache::new("/nonexistent");
        cache.set_text("shop/invoice.py", after.clone());
        cache.set_text("shop/orders.py", caller);
        cache.set_text("tests/test_inv.py", cache_test);
        let change = diff(&[FileVersions::modified("shop/invoice.py", CART_BEFORE, &after)]);
        let ctx = Context::new(&cache, GitSignals::default()).with_change(Arc::new(change));
        let f = failure(
            Runner::Pytest,
            "tests/test_inv.py",
            "AttributeError",
            4,
            "'Invoice' object has no attribute 'add_line'",
        );
        let fixes = ApiAdaptation.propose(&f, &ctx);
        assert!(fixes.iter().all(|x| x.applicability() == Applicability::DisplayOnly), "{fixes:?}");
        assert!(fixes[0].title().contains("shop/orders.py:4 still uses `add_line`"), "{}", fixes[0].title());
    }

    #[test]
    fn a_stale_caller_in_the_code_follows_the_rename_unless_the_tests_still_use_the_old_name() {
        // Before: the code's caller was renamed at 0.99 even while the tests called the old name too (the change/
        // set's half-done-rename trap): the rename was the odd one out.
        let after = CART_BEFORE.replace("def add_line", "def push");
        let caller = "from shop.invoice import Invoice\n\ndef build():\n    return Invoice().add_line('x')\n";
        let heal_caller = |test: &str| {
            let cache = SourceCache::new("/nonexistent");
            cache.set_text("shop/invoice.py", after.clone());
            cache.set_text("shop/orders.py", caller);
            cache.set_text("tests/test_inv.py", test);
            let change = diff(&[FileVersions::modified("shop/invoice.py", CART_BEFORE, &after)]);
            let ctx = Context::new(&cache, GitSignals::default()).with_change(Arc::new(change));
            let f = failure(
                Runner::Pytest,
                "shop/orders.py",
                "AttributeError",
                4,
                "'Invoice' object has no attribute 'add_line'",
            );
            ApiAdaptation.propose(&f, &ctx)
        };
        let stale = heal_caller(
            "from shop.invoice import Invoice\n\ndef test_total():\n    assert Invoice().add_line('a').total() == 1\n",
        );
        assert!(stale.iter().all(|x| x.applicability() == Applicability::DisplayOnly), "{stale:?}");
        assert!(stale[0].title().contains("tests/test_inv.py:4 still uses `add_line`"), "{}", stale[0].title());
        let followed =
            heal_caller("from shop.orders import build\n\ndef test_build():\n    assert build().total() == 1\n");
        let fix = followed.first().expect("the caller follows the rename");
        assert_ne!(fix.applicability(), Applicability::DisplayOnly);
        assert_eq!(apply_edits(caller, fix.edits()).unwrap(), caller.replace("add_line", "push"));
    }

    #[test]
    fn keyword_renames_unless_the_docstring_disagrees() {
        let before = "def quote(nights: int, rate: float) -> float:\n    \"\"\"Price of `nights` nights at `rate`.\"\"\"\n    return nights * rate\n";
        let test = "from hotel import quote\n\ndef test_quote():\n    assert quote(nights=2, rate=10.0) == 20.0\n";
        let f = failure(
            Runner::Pytest,
            "tests/test_h.py",
            "TypeError",
            4,
            "quote() got an unexpected keyword argument 'nights'",
        );
        check_refused(
            (
                "hotel.py",
                before,
                &before.replace("return nights", "return nigths").replace("quote(nights", "quote(nigths"),
            ),
            ("tests/test_h.py", test),
            &f,
            "documentation still says `nights`",
        );
        let renamed = before.replace("nights", "stays");
        check(("hotel.py", before, &renamed), ("tests/test_h.py", test), &f, &test.replace("nights=", "stays="));
    }

    #[test]
    fn passes_the_old_default_importing_a_constant() {
        let before = "BASE = 0.5\n\ndef backoff(attempt: int, base_delay: float = BASE) -> float:\n    return base_delay * 2 ** attempt\n";
        let after = before.replace("base_delay: float = BASE", "base_delay: float");
        let test = "from retry import backoff\n\ndef test_backoff():\n    assert backoff(3) == 4.0\n";
        let f = failure(
            Runner::Pytest,
            "tests/test_r.py",
            "TypeError",
            4,
            "backoff() missing 1 required positional argument: 'base_delay'",
        );
        check(
            ("retry.py", before, &after),
            ("tests/test_r.py", test),
            &f,
            &format!("from retry import BASE\n{}", test.replace("backoff(3)", "backoff(3, base_delay=BASE)")),
        );
        let literal = before.replace("= BASE)", "= 0.5)");
        check(
            ("retry.py", &literal, &after),
            ("tests/test_r.py", test),
            &f,
            &test.replace("backoff(3)", "backoff(3, base_delay=0.5)"),
        );
    }

    #[test]
    fn property_keyword_only_and_async_in_python() {
        let after = CART_BEFORE.replace("    def total", "    @property\n    def total");
        let test = "from shop.invoice import Invoice\n\ndef test_total():\n    inv = Invoice().add_line('a')\n    assert inv.total() == 1\n";
        let f = failure(Runner::Pytest, "tests/test_inv.py", "TypeError", 5, "'int' object is not callable");
        check(
            ("shop/invoice.py", CART_BEFORE, &after),
            ("tests/test_inv.py", test),
            &f,
            &test.replace("inv.total()", "inv.total"),
        );

        // Every member the change made a property is read in one fix: the test would fail again on the next.
        let before = format!("{CART_BEFORE}\n    def count(self):\n        return len(self.lines)\n");
        let after = before
            .replace("    def total", "    @property\n    def total")
            .replace("    def count", "    @property\n    def count");
        let test = "from shop.invoice import Invoice\n\ndef test_total():\n    inv = Invoice().add_line('a')\n    assert inv.total() == 1\n    assert inv.count() == 1\n";
        check(
            ("shop/invoice.py", &before, &after),
            ("tests/test_inv.py", test),
            &f,
            &test.replace("inv.total()", "inv.total").replace("inv.count()", "inv.count"),
        );
        // The project's own code still calling it: the property is the slip.
        let after = format!(
            "{}\n\ndef receipt(inv):\n    return f\"total {{inv.total():.2f}}\"\n",
            CART_BEFORE.replace("    def total", "    @property\n    def total")
        );
        let before = format!("{CART_BEFORE}\n\ndef receipt(inv):\n    return f\"total {{inv.total():.2f}}\"\n");
        let test = "from shop.invoice import Invoice\n\ndef test_total():\n    inv = Invoice().add_line('a')\n    assert inv.total() == 1\n";
        check_refused(
            ("shop/invoice.py", &before, &after),
            ("tests/test_inv.py", test),
            &f,
            "shop/invoice.py:15 still calls `total()`",
        );

        let before = "def convert(amount, rate, fee=0):\n    return amount * rate - fee\n";
        let after = "def convert(amount, *, rate, fee=0):\n    return amount * rate - fee\n";
        let test = "from fx import convert\n\ndef test_convert():\n    assert convert(10, 2) == 20\n";
        let f = failure(
            Runner::Pytest,
            "tests/test_fx.py",
            "TypeError",
            4,
            "convert() takes 1 positional argument but 2 were given",
        );
        check(
            ("fx.py", before, after),
            ("tests/test_fx.py", test),
            &f,
            &test.replace("convert(10, 2)", "convert(10, rate=2)"),
        );

        // A constructor whose parameter became keyword-only under a new name: the class's calls are adapted.
        // Before: `__init__` was looked for as a call name, and a renamed parameter was not "made keyword-only".
        let before =
            "class Bucket:\n    def __init__(self, capacity, per_sec, clock=None):\n        self.rate = per_sec\n";
        let after = "class Bucket:\n    def __init__(self, capacity, *, rate, clock=None):\n        self.rate = rate\n";
        let test = "from bucket import Bucket\n\ndef test_b():\n    assert Bucket(3, 2.0, clock=None).rate == 2.0\n";
        let f = failure(
            Runner::Pytest,
            "tests/test_b.py",
            "TypeError",
            4,
            "Bucket.__init__() takes 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given",
        );
        check(
            ("bucket.py", before, after),
            ("tests/test_b.py", test),
            &f,
            &test.replace("Bucket(3, 2.0,", "Bucket(3, rate=2.0,"),
        );

        let before = "def fetch(n):\n    return n * 2\n";
        let after = "async def fetch(n):\n    return n * 2\n";
        let test = "from api import fetch\n\ndef test_fetch():\n    assert fetch(2) == 4\n";
        let f = failure(
            Runner::Pytest,
            "tests/test_api.py",
            "AssertionError",
            4,
            "assert <coroutine object fetch at 0x7f> == 4",
        );
        check(
            ("api.py", before, after),
            ("tests/test_api.py", test),
            &f,
            &format!("import asyncio\n{}", test.replace("fetch(2) ==", "asyncio.run(fetch(2)) ==")),
        );
    }

    #[test]
    fn vitest_imported_callees_and_constructors_follow_the_rename() {
        let before = "export function grossCents(net: number): number {\n  return net * 2;\n}\nexport class Throttle {\n  constructor(public ms: number) {}\n}\n";
        let after = before.replace("grossCents", "computeFigure");
        let test = "import { grossCents } from '../src/vat.js';\nimport { it, expect } from 'vitest';\nit('gross', () => {\n  expect(grossCents(2)).toBe(4);\n});\n";
        let f = failure(
            Runner::Vitest,
            "test/vat.test.ts",
            "TypeError",
            4,
            "TypeError: (0 , grossCents) is not a function",
        );
        check(
            ("src/vat.ts", before, &after),
            ("test/vat.test.ts", test),
            &f,
            &test.replace("grossCents", "computeFigure"),
        );
        let f = failure(
            Runner::Vitest,
            "test/vat.test.ts",
            "TypeError",
            4,
            "TypeError: (0 , __vite_ssr_import_0__.grossCents) is not a function",
        );
        check(
            ("src/vat.ts", before, &after),
            ("test/vat.test.ts", test),
            &f,
            &test.replace("grossCents", "computeFigure"),
        );
        let after = before.replace("Throttle", "CoreGate");
        let test = "import { Throttle } from '../src/vat.js';\nimport { it, expect } from 'vitest';\nit('ms', () => {\n  expect(new Throttle(5).ms).toBe(5);\n});\n";
        let f = failure(Runner::Vitest, "test/vat.test.ts", "TypeError", 4, "TypeError: Throttle is not a constructor");
        check(("src/vat.ts", before, &after), ("test/vat.test.ts", test), &f, &test.replace("Throttle", "CoreGate"));
    }

    #[test]
    fn option_keys_follow_the_delta_unless_the_jsdoc_disagrees() {
        let before = "export interface StayRequest {\n  /** Number of nights booked. */\n  nights: number;\n  rate: number;\n}\n\n/**\n * Total price.\n * @param req.nights nights booked\n * @example stayPrice({ nights: 2, rate: 3 })\n */\nexport function stayPrice(req: StayRequest): number {\n  return req.nights * req.rate;\n}\n";
        let test = "import { stayPrice } from '../src/stay.js';\nimport { it, expect } from 'vitest';\nit('price', () => {\n  expect(stayPrice({ nights: 3, rate: 2 })).toBe(6);\n});\n";
        let mut f = failure(
            Runner::Tsc,
            "test/stay.test.ts",
            "TS2353",
            4,
            "Object literal may only specify known properties, and 'nights' does not exist in type 'StayRequest'.",
        );
        f.column = Some(22);
        // A deliberate rename: code, JSDoc and example all say `stays`.
        let renamed =
            before.replace("nights:", "stays:").replace("req.nights", "req.stays").replace("{ nights", "{ stays");
        check(("src/stay.ts", before, &renamed), ("test/stay.test.ts", test), &f, &test.replace("{ nights", "{ stays"));
        // A typo: only the interface changed; the JSDoc still documents `req.nights`.
        let typo =
            before.replace("  nights: number;", "  nigths: number;").replace("return req.nights", "return req.nigths");
        check_refused(
            ("src/stay.ts", before, &typo),
            ("test/stay.test.ts", test),
            &f,
            "documentation still says `nights`",
        );
    }

    #[test]
    fn typescript_enum_member_rename_reported_by_tsc() {
        let before = "export enum Status {\n  Open = 'open',\n  Closed = 'closed',\n}\nexport function isDone(s: Status): boolean {\n  return s === Status.Closed;\n}\n";
        let after = "export enum Status {\n  Open = 'open',\n  Shut = 'closed',\n}\nexport function isDone(s: Status): boolean {\n  return s === Status.Shut;\n}\n";
        let test = "import { Status, isDone } from '../src/status.js';\nimport { it, expect } from 'vitest';\nit('done', () => {\n  expect(isDone(Status.Closed)).toBe(true);\n  expect(isDone(Status.Open)).toBe(false);\n});\n";
        // Before: enums were not indexed, so the change showed no rename and tsc's message had no answer.
        let f = failure(
            Runner::Tsc,
            "test/status.test.ts",
            "TS2339",
            4,
            "Property 'Closed' does not exist on type 'typeof Status'.",
        );
        let expected = test.replace("Status.Closed", "Status.Shut");
        check(("src/status.ts", before, after), ("test/status.test.ts", test), &f, &expected);
    }

    #[test]
    fn typescript_union_member_rename_reported_by_tsc() {
        let before = "export type Status = 'open' | 'closed';\nexport function isDone(s: Status): boolean {\n  return s === 'closed';\n}\n";
        let after = "export type Status = 'open' | 'shut';\nexport function isDone(s: Status): boolean {\n  return s === 'shut';\n}\n";
        let test = "import { isDone } from '../src/status.js';\nimport { it, expect } from 'vitest';\nit('done', () => {\n  expect(isDone('closed')).toBe(true);\n  expect('closed'.length).toBe(6);\n});\n";
        let mut f = failure(
            Runner::Tsc,
            "test/status.test.ts",
            "TS2345",
            4,
            "Argument of type '\"closed\"' is not assignable to parameter of type 'Status'.",
        );
        f.column = Some(17);
        // Before: TS2345 was read as "not an options object" and nothing was proposed. After: the failing line's
        // string follows the renamed member; the other 'closed' (not a Status) is left alone.
        let expected = test.replacen("isDone('closed')", "isDone('shut')", 1);
        check(("src/status.ts", before, after), ("test/status.test.ts", test), &f, &expected);
        // A typed constant: tsc adds its spelling suggestion and reports TS2820 (before: not read).
        let typed = "import type { Status } from '../src/status.js';\nconst last: Status = \"closed\";\n";
        let f = failure(
            Runner::Tsc,
            "test/status.test.ts",
            "TS2820",
            2,
            "Type '\"closed\"' is not assignable to type 'Status'. Did you mean '\"shut\"'?",
        );
        check(("src/status.ts", before, after), ("test/status.test.ts", typed), &f, &typed.replace("closed", "shut"));
        // A comparison with a value of the type: TS2367, the type named first.
        let compared =
            "import { type Status } from '../src/status.js';\nexport const done = (s: Status) => s === 'closed';\n";
        let f = failure(
            Runner::Tsc,
            "test/status.test.ts",
            "TS2367",
            2,
            "This comparison appears to be unintentional because the types 'Status' and '\"closed\"' have no overlap.",
        );
        check(
            ("src/status.ts", before, after),
            ("test/status.test.ts", compared),
            &f,
            &compared.replace("'closed'", "'shut'"),
        );
    }

    #[test]
    fn typescript_renames_defaults_getters_and_async() {
        let before = "export class Cart {\n  lines: [string, number][] = [];\n  addLine(sku: string, qty = 1): this {\n    this.lines.push([sku, qty]);\n    return this;\n  }\n  total(): number {\n    return this.lines.length;\n  }\n}\n";
        let after = before.replace("addLine(", "addItem(");
        let test = "import { Cart } from '../src/cart.js';\nimport { it, expect } from 'vitest';\nit('totals', () => {\n  expect(new Cart().addLine('a').addLine('b').total()).toBe(2);\n});\n";
        let f = failure(
            Runner::Vitest,
            "test/cart.test.ts",
            "TypeError",
            4,
            "TypeError: (intermediate value).addLine is not a function",
        );
        check(("src/cart.ts", before, &after), ("test/cart.test.ts", test), &f, &test.replace("addLine", "addItem"));
        let f =
            failure(Runner::Tsc, "test/cart.test.ts", "TS2339", 4, "Property 'addLine' does not exist on type 'Cart'.");
        check(("src/cart.ts", before, &after), ("test/cart.test.ts", test), &f, &test.replace("addLine", "addItem"));

        let getter = before.replace("  total(): number", "  get total(): number");
        let f = failure(
            Runner::Vitest,
            "test/cart.test.ts",
            "TypeError",
            4,
            "TypeError: (intermediate value).addLine(...).addLine(...).total is not a function",
        );
        check(("src/cart.ts", before, &getter), ("test/cart.test.ts", test), &f, &test.replace(".total()", ".total"));

        let before = "export function fee(amount: number, rate = 0.02): number {\n  return amount * rate;\n}\n";
        let after = "export function fee(amount: number, rate: number): number {\n  return amount * rate;\n}\n";
        let test = "import { fee } from '../src/fee.js';\nimport { it, expect } from 'vitest';\nit('fee', () => {\n  expect(fee(100)).toBe(2);\n});\n";
        let mut f = failure(Runner::Tsc, "test/fee.test.ts", "TS2554", 4, "Expected 2 arguments, but got 1.");
        f.column = Some(10);
        check(
            ("src/fee.ts", before, after),
            ("test/fee.test.ts", test),
            &f,
            &test.replace("fee(100)", "fee(100, 0.02)"),
        );

        let async_after = before.replace("export function", "export async function");
        let f = failure(
            Runner::Vitest,
            "test/fee.test.ts",
            "AssertionError",
            4,
            "AssertionError: expected Promise{…} to be 2",
        );
        check(
            ("src/fee.ts", before, &async_after),
            ("test/fee.test.ts", test),
            &f,
            &test.replace("() => {", "async () => {").replace("expect(fee", "expect(await fee"),
        );
    }
}
