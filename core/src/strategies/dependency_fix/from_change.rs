//! Imports that follow the code change ([`crate::change`]): the runner says an import no longer resolves; the
//! delta says where the name or module went.
//!
//! - `cannot import name 'add_item'` / TS2305 / node's "does not provide an export named" where the change
//!   renamed `add_item` to `add` in the same module: the import and every use in the test file take the new name
//!   (refused, as advice, when the project's own code still uses the old name: an unfinished rename).
//! - `No module named 'shop.util'` / `Cannot find module '../src/color'` / `Failed to load url` where the
//!   change moved the module's definitions to another file: the import points at the new module.
//!
//! The import's other names and the test's calls are left as they were; the re-run proves the new place.

use std::path::Path;

use tree_sitter::Node;

use super::{field_children, resolve_spec, string_literal_value, ts_imports, ts_spec_for, FileCtx};
use crate::change::{Delta, SymbolRef};
use crate::context::Context;
use crate::failure::Failure;
use crate::fix::{Applicability, Edit, Fix, StrategyKind};
use crate::strategies::api_adaptation::stale_caller;

/// The delta names both sides of the rename: as sure as a rename the change shows can be.
const RENAMED: f64 = 0.95;
/// Every definition the test could import from the old module now lives in one new module.
const MODULE_MOVED: f64 = 0.93;

/// `name` is imported but its module no longer defines it, and the change renamed it in place.
pub(super) fn renamed_import(file: &FileCtx, name: &str, ctx: &Context) -> Option<Fix> {
    let change = &ctx.change;
    let delta = change.deltas.iter().find(|d| {
        matches!(d, Delta::Renamed { old, new } if old.name == name && old.container.is_none() && old.module == new.module)
    })?;
    let Delta::Renamed { old, new } = delta else { return None };
    if let Some(caller) = stale_caller(ctx, file.python(), name, old.kind) {
        return Some(
            Fix::advice(
                StrategyKind::DependencyFix,
                format!("`{name}` was renamed to `{}`, but {caller} still uses `{name}`", new.name),
                format!(
                    "{}; the project's own code at {caller} still uses the old name, so the rename looks unfinished \
                     or accidental: fix the code (or its callers), not the tests.",
                    change.because(delta)
                ),
            )
            .with_confidence(0.3),
        );
    }
    let edits: Vec<Edit> = references(file.src, name)?
        .into_iter()
        .map(|n| Edit::replace(file.rel, n.byte_range(), new.name.clone()))
        .collect();
    if edits.is_empty() {
        return None;
    }
    Some(
        Fix::new(
            StrategyKind::DependencyFix,
            edits,
            RENAMED,
            format!("Import and use `{}` instead of `{name}`", new.name),
            format!("{}; the test imports it, and calls it, by its new name.", change.because(delta)),
        )
        .with_applicability(Applicability::Safe),
    )
}

/// vitest `(0 , name) is not a function` / `is not a constructor`, node's `does not provide an export named
/// 'name'`: the module the test imports `name` from no longer has it because the change moved it (or renamed it
/// in place). Runs when the message is not one [`super::diagnose`] reads.
pub(super) fn moved_callee(failure: &Failure, ctx: &Context) -> Option<Fix> {
    if ctx.change.is_empty() {
        return None;
    }
    let msg = failure.message.trim();
    let module_attribute = msg.strip_prefix("module '").and_then(|r| r.split_once("' has no attribute '"));
    let ts_module_member = msg.contains("does not exist on type 'typeof import(");
    let named = match msg.split("does not provide an export named '").nth(1) {
        Some(rest) => rest.split('\'').next().map(str::to_string),
        None if module_attribute.is_some() => module_attribute?.1.split('\'').next().map(str::to_string),
        None if ts_module_member => msg.strip_prefix("Property '")?.split('\'').next().map(str::to_string),
        None => msg.strip_suffix(" is not a function").or_else(|| msg.strip_suffix(" is not a constructor")).and_then(
            |head| {
                let head = head.rsplit(": ").next().unwrap_or(head).trim();
                let head = head.strip_prefix("(0 , ").and_then(|h| h.strip_suffix(')')).unwrap_or(head);
                head.rsplit('.').next().map(str::to_string)
            },
        ),
    };
    let rel = failure.file.as_deref().and_then(|f| ctx.sources.relative(f))?;
    if !crate::context::is_test_path(&rel) {
        return None;
    }
    let src = ctx.sources.get(&rel).ok()?;
    let file = FileCtx { rel: &rel, src: &src, runner: failure.runner };
    // A message that names no callee (vitest's `expected error to be instance of RangeError` when the callee
    // inside `expect(() => f()).toThrow(...)` is now `undefined`): the test's own imports say which name the
    // change took away from the module they import it from.
    let name = match named {
        Some(name) => name,
        None => stale_ts_import(&file, ctx)?,
    };
    if !super::is_identifier(&name) {
        return None;
    }
    let delta = ctx.change.deltas.iter().find(|d| {
        matches!(d, Delta::Moved { old, .. } | Delta::Renamed { old, .. } if old.name == name && old.container.is_none())
    })?;
    if let Some(fix) = moved_member(&file, delta, ctx) {
        return Some(fix);
    }
    match delta {
        Delta::Renamed { old, new } if old.module == new.module => renamed_import(&file, &name, ctx),
        Delta::Moved { .. } | Delta::Renamed { .. } if !file.python() => {
            let imports = ts_imports(&src);
            let import = imports.iter().find(|i| {
                i.named
                    .is_some_and(|n| super::ts_specifiers(n).iter().any(|s| super::ts_specifier_name(&src, *s) == name))
            });
            match import {
                Some(import) => split_import(&file, &name, &import.spec, ctx)
                    .or_else(|| super::moved_name(&file, &name, &import.spec, ctx)),
                None => split_require(&file, &name, ctx),
            }
        }
        _ => None,
    }
}

/// The one name a TypeScript test imports from a project module that the change renamed or moved out of that
/// module (ESM imports of a missing name are `undefined`, not an error, under vitest and tsx).
fn stale_ts_import(file: &FileCtx, ctx: &Context) -> Option<String> {
    if file.python() {
        return None;
    }
    let mut found = Vec::new();
    for import in ts_imports(file.src) {
        let Some(named) = import.named else { continue };
        let Some(module) = super::resolve_spec(file.rel, &import.spec) else { continue };
        for spec in super::ts_specifiers(named) {
            let name = super::ts_specifier_name(file.src, spec);
            let gone = ctx.change.deltas.iter().any(|d| {
                matches!(d, Delta::Moved { old, .. } | Delta::Renamed { old, .. }
                    if old.name == name && old.container.is_none() && old.module == module)
            }) && !still_mentions(ctx, &module, &name);
            if gone && !found.contains(&name) {
                found.push(name);
            }
        }
    }
    // Two stale names are two fixes' business; a guess between them is not made.
    match found.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    }
}

/// Whether the module's file still holds `name` as a word: a re-export (`export type { Payment } from
/// './types'`) keeps the import working, whatever moved.
fn still_mentions(ctx: &Context, module: &str, name: &str) -> bool {
    let Some(file) = ctx.project().files.iter().find(|f| f.module == module) else { return true };
    let Ok(src) = ctx.sources.get(&file.path) else { return true };
    let text = src.text();
    let part = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    text.match_indices(name).any(|(i, _)| {
        !text[..i].chars().next_back().is_some_and(part) && !text[i + name.len()..].chars().next().is_some_and(part)
    })
}

/// `util.money(...)` where `util` is the test's import of a whole module (`import shop.util as util`,
/// `from shop import util`, `import * as util from '../src/util.js'`) and the change moved `money` out of it:
/// `money` is imported from its new module and called by name. Refused when the test file already uses the
/// name for something else.
fn moved_member(file: &FileCtx, delta: &Delta, ctx: &Context) -> Option<Fix> {
    let (Delta::Moved { old, new } | Delta::Renamed { old, new }) = delta else { return None };
    if old.module == new.module || old.container.is_some() {
        return None;
    }
    let src = file.src;
    // The names the old module is bound to, and the import statement binding it.
    let mut aliases: Vec<(String, Node)> = Vec::new();
    for stmt in src.imports() {
        match stmt.kind() {
            "import_statement" if file.python() => {
                let mut cursor = stmt.walk();
                for n in stmt.named_children(&mut cursor) {
                    match n.kind() {
                        "dotted_name" if src.node_text(n) == old.module => aliases.push((old.module.clone(), stmt)),
                        "aliased_import"
                            if n.child_by_field_name("name").is_some_and(|m| src.node_text(m) == old.module) =>
                        {
                            if let Some(a) = n.child_by_field_name("alias") {
                                aliases.push((src.node_text(a).to_string(), stmt));
                            }
                        }
                        _ => {}
                    }
                }
            }
            "import_from_statement" if file.python() => {
                let Some(m) = stmt.child_by_field_name("module_name") else { continue };
                for n in field_children(stmt, "name") {
                    let (imported, bound) = match n.kind() {
                        "aliased_import" => (
                            n.child_by_field_name("name").map(|x| src.node_text(x)),
                            n.child_by_field_name("alias").map(|x| src.node_text(x)),
                        ),
                        _ => (Some(src.node_text(n)), Some(src.node_text(n))),
                    };
                    if let (Some(imported), Some(bound)) = (imported, bound) {
                        if format!("{}.{imported}", src.node_text(m)) == old.module {
                            aliases.push((bound.to_string(), stmt));
                        }
                    }
                }
            }
            "import_statement" => {
                let Some(source) = stmt.child_by_field_name("source") else { continue };
                let Some(spec) = string_literal_value(src, source) else { continue };
                if resolve_spec(file.rel, &spec).as_deref() != Some(old.module.as_str()) {
                    continue;
                }
                let mut found = None;
                src.walk(|n| {
                    if n.start_byte() < stmt.start_byte() || n.end_byte() > stmt.end_byte() {
                        return n.start_byte() <= stmt.start_byte();
                    }
                    if n.kind() == "namespace_import" {
                        let mut cursor = n.walk();
                        found = n.named_children(&mut cursor).find(|c| c.kind() == "identifier");
                    }
                    true
                });
                if let Some(id) = found {
                    aliases.push((src.node_text(id).to_string(), stmt));
                }
            }
            _ => {}
        }
    }
    let (kind, object_field, member_field) =
        if file.python() { ("attribute", "object", "attribute") } else { ("member_expression", "object", "property") };
    let mut accesses = Vec::new();
    let mut statement = None;
    src.walk(|n| {
        if n.kind() == kind {
            let object = n.child_by_field_name(object_field).map(|o| src.node_text(o));
            let member = n.child_by_field_name(member_field).map(|m| src.node_text(m));
            if let Some((_, stmt)) = aliases.iter().find(|(a, _)| Some(a.as_str()) == object) {
                if member == Some(old.name.as_str()) {
                    accesses.push(n);
                    statement.get_or_insert(*stmt);
                    return false;
                }
            }
        }
        true
    });
    let stmt = statement?;
    // `money` already names something in the test file: calling it bare would mean that.
    if references(src, &new.name).is_none_or(|uses| !uses.is_empty()) {
        return None;
    }
    let import = if file.python() {
        format!("from {} import {}\n", new.module, new.name)
    } else {
        format!("import {{ {} }} from '{}';\n", new.name, ts_spec_for(file, &new.file))
    };
    let line_start = src.text()[..stmt.start_byte()].rfind('\n').map_or(0, |i| i + 1);
    let mut edits = vec![Edit::insert(file.rel, line_start, import)];
    edits.extend(accesses.iter().map(|a| Edit::replace(file.rel, a.byte_range(), new.name.clone())));
    Some(
        Fix::new(
            StrategyKind::DependencyFix,
            edits,
            RENAMED,
            format!("Import `{}` from `{}` and call it by name", new.name, new.module),
            format!(
                "{}; the test reached it through its old module, which no longer has it.",
                ctx.change.because(delta)
            ),
        )
        .with_applicability(Applicability::Safe),
    )
}

/// The nodes naming the module-level `name` in a test file: the import and every use. `None` when the file
/// binds `name` itself somewhere (a parameter, an assignment, a local function): then the uses are not all the
/// import's.
fn references<'a>(src: &'a crate::source::SourceFile, name: &str) -> Option<Vec<Node<'a>>> {
    let kinds: &[&str] = if src.lang().is_python() {
        &["identifier"]
    } else {
        &["identifier", "type_identifier", "shorthand_property_identifier"]
    };
    let mut out = Vec::new();
    let mut local = false;
    src.walk(|n| {
        if !kinds.contains(&n.kind()) || src.node_text(n) != name {
            return true;
        }
        let Some(parent) = n.parent() else { return true };
        let field = |f: &str| parent.child_by_field_name(f).is_some_and(|c| c.id() == n.id());
        let skip = (parent.kind() == "attribute" && field("attribute"))
            || (parent.kind() == "keyword_argument" && field("name"));
        let binds = matches!(parent.kind(), "parameters" | "typed_parameter" | "default_parameter")
            || (matches!(parent.kind(), "function_definition" | "class_definition" | "function_declaration")
                && field("name"))
            || (parent.kind() == "assignment" && field("left"))
            || (parent.kind() == "variable_declarator" && field("name"));
        if n.kind() == "shorthand_property_identifier" {
            // `{ name }` would change the object's key too.
            local = true;
        }
        if binds {
            local = true;
        } else if !skip {
            out.push(n);
        }
        true
    });
    (!local).then_some(out)
}

/// The module the definitions of `old_module` moved to, when they all went to one place.
fn moved_to<'c>(ctx: &'c Context, is_old: impl Fn(&SymbolRef) -> bool) -> Option<(&'c SymbolRef, &'c Delta)> {
    let mut target: Option<(&SymbolRef, &Delta)> = None;
    for d in &ctx.change.deltas {
        let (old, new) = match d {
            Delta::Moved { old, new } | Delta::Renamed { old, new } if old.container.is_none() => (old, new),
            Delta::Removed { old } if is_old(old) && old.container.is_none() => return None,
            _ => continue,
        };
        if !is_old(old) || old.module == new.module {
            continue;
        }
        match target {
            Some((t, _)) if t.module != new.module => return None,
            Some(_) => {}
            None => target = Some((new, d)),
        }
    }
    target
}

/// `No module named 'shop.util'` / TS `Cannot find module '../src/color'`: the module's definitions moved.
pub(super) fn moved_module(file: &FileCtx, missing: &str, ctx: &Context) -> Option<Fix> {
    if ctx.change.is_empty() {
        return None;
    }
    if file.python() {
        let Some((new, delta)) = moved_to(ctx, |s| s.module == missing) else {
            return split_python(file, missing, ctx);
        };
        // Every dotted mention of the module: `from m import`, `import m`, and `m.f()` after `import m`.
        let mut edits = Vec::new();
        file.src.walk(|n| {
            if matches!(n.kind(), "dotted_name" | "attribute") && file.src.node_text(n) == missing {
                edits.push(Edit::replace(file.rel, n.byte_range(), new.module.clone()));
                return false;
            }
            true
        });
        if edits.is_empty() {
            return None;
        }
        return Some(module_fix(edits, missing, &new.module, ctx, delta));
    }
    let imports = ts_imports(file.src);
    let bare = |s: &str| super::strip_ts_ext(s).to_string();
    let import = imports.iter().find(|i| {
        i.spec == missing
            || bare(&i.spec) == bare(missing)
            || (Path::new(missing).is_absolute()
                && i.spec.starts_with('.')
                && resolve_spec(file.rel, &i.spec).is_some_and(|r| bare(missing).ends_with(&r)))
    })?;
    let old_module = resolve_spec(file.rel, &import.spec)?;
    let Some((new, delta)) = moved_to(ctx, |s| s.module == old_module) else {
        return split_ts(file, import, &old_module, missing, ctx);
    };
    let spec = ts_spec_for(file, &new.file);
    let quote = file.src.node_text(import.source).chars().next().unwrap_or('\'');
    let _ = string_literal_value;
    let edits = vec![Edit::replace(file.rel, import.source.byte_range(), format!("{quote}{spec}{quote}"))];
    Some(module_fix(edits, missing, &spec, ctx, delta))
}

/// `cannot import name 'brackets' from 'payroll'` where the change renamed (or moved) the submodule
/// `payroll.brackets` itself: `from payroll import brackets` becomes `from payroll import bands` and the test's
/// uses (`brackets.rate(...)`) follow; from another package, the import names that package (only when the
/// statement imports nothing else, so no other name is carried along).
pub(super) fn moved_submodule(file: &FileCtx, name: &str, package: &str, ctx: &Context) -> Option<Fix> {
    if !file.python() || ctx.change.is_empty() {
        return None;
    }
    let missing = format!("{package}.{name}");
    let (new, delta) = moved_to(ctx, |s| s.module == missing)?;
    let (new_package, new_name) = new.module.rsplit_once('.').unwrap_or(("", new.module.as_str()));
    let uses = references(file.src, name)?;
    let mut edits: Vec<Edit> = uses.iter().map(|n| Edit::replace(file.rel, n.byte_range(), new_name)).collect();
    if new_package != package {
        // The `from` part must change too: only for a statement that imports this one name.
        let stmt = uses.iter().find_map(|n| {
            let mut p = n.parent();
            while let Some(x) = p {
                if x.kind() == "import_from_statement" {
                    return Some(x);
                }
                p = x.parent();
            }
            None
        })?;
        if new_package.is_empty() || field_children(stmt, "name").len() != 1 {
            return None;
        }
        let module = stmt.child_by_field_name("module_name")?;
        edits.push(Edit::replace(file.rel, module.byte_range(), new_package));
    }
    if edits.is_empty() {
        return None;
    }
    Some(module_fix(edits, &missing, &new.module, ctx, delta))
}

/// One new module and the import texts (`tax as t`) that now come from it.
type Regrouped<'c> = (&'c SymbolRef, Vec<String>);

/// Where each imported name of `old_module` went, grouped by new module in the import's order; `None` unless
/// every name moved (a name that stayed, or was removed, leaves nothing safe to point at).
fn split_targets<'c, 'n>(
    ctx: &'c Context,
    old_module: &str,
    names: &[(&'n str, &'n str)],
) -> Option<(Vec<Regrouped<'c>>, &'c Delta)> {
    let (groups, stayed, delta, renames) = partial_split(ctx, old_module, names)?;
    (stayed.is_empty() && renames.is_empty()).then_some((groups, delta))
}

/// A name moved to another module and renamed there, as the import wrote it and as it is now called.
type Renamed = (String, String, crate::project_index::SymbolKind);

/// Where an import's names went: the moved ones by new module, the ones that stayed, the first delta, the renames.
type Split<'c, 'n> = (Vec<Regrouped<'c>>, Vec<&'n str>, &'c Delta, Vec<Renamed>);

/// [`split_targets`] for a module that still exists: the names the change moved out are grouped by new module,
/// the names it did not touch stay (returned second, import texts in order). `None` when nothing moved, or when
/// a name left `old_module` for a place the delta does not name (removed, or renamed in place). A name moved and
/// renamed (`make_slug` → `text.slugify`) is imported by its new name, and listed last so its uses follow.
fn partial_split<'c, 'n>(ctx: &'c Context, old_module: &str, names: &[(&'n str, &'n str)]) -> Option<Split<'c, 'n>> {
    let mut groups: Vec<Regrouped> = Vec::new();
    let mut stayed = Vec::new();
    let mut first = None;
    let mut renames = Vec::new();
    for (name, text) in names {
        let touched = |d: &&Delta| match d {
            Delta::Moved { old, .. } | Delta::Renamed { old, .. } | Delta::Removed { old } => {
                old.name == *name && old.container.is_none() && old.module == old_module
            }
            _ => false,
        };
        let Some(delta) = ctx.change.deltas.iter().find(touched) else {
            stayed.push(*text);
            continue;
        };
        let new = match delta {
            Delta::Moved { new, .. } | Delta::Renamed { new, .. } if new.module != old_module => new,
            _ => return None,
        };
        let text = if new.name == *name {
            text.to_string()
        } else if text == name {
            // Imported bare: the import and the file's uses take the new name.
            renames.push((name.to_string(), new.name.clone(), new.kind));
            new.name.clone()
        } else {
            // `make_slug as slug`: the alias keeps the file's uses.
            let alias = text.split_once(" as ").map(|(_, a)| a.trim())?;
            format!("{} as {alias}", new.name)
        };
        first.get_or_insert(delta);
        match groups.iter_mut().find(|(m, _)| m.module == new.module) {
            Some((_, list)) => list.push(text),
            None => groups.push((new, vec![text])),
        }
    }
    Some((groups, stayed, first?, renames))
}

/// `cannot import name 'haversine_km' from 'geo.distance'` / TS2305 / node's "does not provide an export named"
/// where the change split the module but kept it: every name of the failing import that the delta shows moved
/// follows it (grouped by new module), the names that stayed keep the old import. Moving only the name the
/// runner reported would leave the next one failing, and the re-run would reject the fix.
pub(super) fn split_import(file: &FileCtx, name: &str, module: &str, ctx: &Context) -> Option<Fix> {
    if ctx.change.is_empty() {
        return None;
    }
    let src = file.src;
    let line_indent = |at: usize| {
        let start = src.text()[..at].rfind('\n').map_or(0, |i| i + 1);
        src.text()[start..at].to_string()
    };
    if file.python() {
        // `__all__` of the old module still promises the name: a shim that forgot a re-export, which
        // [`super::moved_name`] reports as advice.
        if super::exports_promise(ctx, module, name).is_some() {
            return None;
        }
        let stmt = src.imports().into_iter().find(|n| {
            n.kind() == "import_from_statement"
                && n.child_by_field_name("module_name").is_some_and(|m| src.node_text(m) == module)
                && field_children(*n, "name").iter().any(|c| super::py_imported_name(src, *c) == name)
        })?;
        let names: Vec<(&str, &str)> = field_children(stmt, "name")
            .into_iter()
            .map(|n| {
                let real = if n.kind() == "aliased_import" { n.child_by_field_name("name").unwrap_or(n) } else { n };
                (src.node_text(real), src.node_text(n))
            })
            .collect();
        let (groups, stayed, delta, renames) = partial_split(ctx, module, &names)?;
        if !moved_here(&groups, &renames, name) {
            return None;
        }
        let mut lines = Vec::new();
        if !stayed.is_empty() {
            lines.push(format!("from {module} import {}", stayed.join(", ")));
        }
        lines.extend(groups.iter().map(|(m, list)| format!("from {} import {}", m.module, list.join(", "))));
        let text = lines.join(&format!("\n{}", line_indent(stmt.start_byte())));
        let new: Vec<&str> = groups.iter().map(|(m, _)| m.module.as_str()).collect();
        let mut edits = vec![Edit::replace(file.rel, stmt.byte_range(), text)];
        edits.extend(renamed_uses(file, stmt, &renames, ctx)?);
        edits.extend(moved_targets(file, module, ctx));
        return Some(split_fix(edits, module, &new.join("`, `"), ctx, delta));
    }
    let bare = |s: &str| super::strip_ts_ext(s).to_string();
    let imports = ts_imports(src);
    let import = imports.iter().find(|i| {
        (i.spec == module || bare(&i.spec) == bare(module))
            && i.named
                .is_some_and(|n| super::ts_specifiers(n).iter().any(|s| super::ts_specifier_name(src, *s) == name))
    })?;
    let named = import.named?;
    // A default or namespace import beside the braces would need a statement of its own.
    if named.parent()?.named_child_count() != 1 {
        return None;
    }
    let old_module = resolve_spec(file.rel, &import.spec)?;
    let names: Vec<(&str, &str)> = super::ts_specifiers(named)
        .into_iter()
        .map(|sp| (sp.child_by_field_name("name").map_or("", |n| src.node_text(n)), src.node_text(sp)))
        .collect();
    let (groups, stayed, delta, renames) = partial_split(ctx, &old_module, &names)?;
    if !moved_here(&groups, &renames, name) {
        return None;
    }
    let quote = src.node_text(import.source).chars().next().unwrap_or('\'');
    let kw = if import.type_only { "import type" } else { "import" };
    let semi = if src.node_text(import.node).trim_end().ends_with(';') { ";" } else { "" };
    let mut lines = Vec::new();
    if !stayed.is_empty() {
        lines.push(format!("{kw} {{ {} }} from {}{semi}", stayed.join(", "), src.node_text(import.source)));
    }
    let specs: Vec<String> = groups.iter().map(|(m, _)| ts_spec_for(file, &m.file)).collect();
    for ((_, list), spec) in groups.iter().zip(&specs) {
        lines.push(format!("{kw} {{ {} }} from {quote}{spec}{quote}{semi}", list.join(", ")));
    }
    let text = lines.join(&format!("\n{}", line_indent(import.node.start_byte())));
    let mut edits = vec![Edit::replace(file.rel, import.node.byte_range(), text)];
    edits.extend(renamed_uses(file, import.node, &renames, ctx)?);
    Some(split_fix(edits, &import.spec, &specs.join("`, `"), ctx, delta))
}

/// CommonJS: `const { formatBytes, clamp } = require('../lib/helpers')` where the change moved `formatBytes`
/// out of that module: the moved names are required from their new modules, the others stay.
fn split_require(file: &FileCtx, name: &str, ctx: &Context) -> Option<Fix> {
    let src = file.src;
    let mut found = None;
    src.walk(|n| {
        if found.is_some() || n.kind() != "variable_declarator" {
            return found.is_none();
        }
        let pattern = n.child_by_field_name("name").filter(|p| p.kind() == "object_pattern");
        let call = n.child_by_field_name("value").filter(|v| v.kind() == "call_expression");
        if let (Some(pattern), Some(call)) = (pattern, call) {
            let required = call.child_by_field_name("function").is_some_and(|f| src.node_text(f) == "require");
            let spec = call.child_by_field_name("arguments").and_then(|a| a.named_child(0));
            let spec = spec.filter(|s| s.kind() == "string").and_then(|s| string_literal_value(src, s));
            let decl = n.parent().filter(|d| matches!(d.kind(), "lexical_declaration" | "variable_declaration"));
            let mut pc = pattern.walk();
            let names_it = pattern.named_children(&mut pc).any(|m| {
                let key = if m.kind() == "pair_pattern" { m.child_by_field_name("key") } else { Some(m) };
                key.is_some_and(|k| src.node_text(k) == name)
            });
            if let (true, Some(spec), Some(decl), true) = (required, spec, decl, names_it) {
                if decl.named_child_count() == 1 {
                    found = Some((decl, pattern, spec));
                }
            }
        }
        false
    });
    let (decl, pattern, spec) = found?;
    let mut c = pattern.walk();
    let names: Vec<(&str, &str)> = pattern
        .named_children(&mut c)
        .filter_map(|m| match m.kind() {
            "shorthand_property_identifier_pattern" => Some((src.node_text(m), src.node_text(m))),
            "pair_pattern" => Some((src.node_text(m.child_by_field_name("key")?), src.node_text(m))),
            _ => None,
        })
        .collect();
    if names.len() != pattern.named_child_count() || !names.iter().any(|(n, _)| *n == name) {
        return None;
    }
    let old_module = resolve_spec(file.rel, &spec)?;
    // The old module still exports the name (a compatibility re-export): the test's require is right and an
    // `undefined` there is the re-export's bug.
    if still_mentions(ctx, &old_module, name) {
        return None;
    }
    let (groups, stayed, delta, renames) = partial_split(ctx, &old_module, &names)?;
    if !renames.is_empty() || !moved_here(&groups, &renames, name) {
        return None;
    }
    let text = src.node_text(decl);
    let kw = text.split_whitespace().next().unwrap_or("const");
    let semi = if text.trim_end().ends_with(';') { ";" } else { "" };
    let quote = if text.contains("require(\"") { '"' } else { '\'' };
    let mut lines = Vec::new();
    let specs: Vec<String> = groups.iter().map(|(m, _)| ts_spec_for(file, &m.file)).collect();
    for ((_, list), spec) in groups.iter().zip(&specs) {
        lines.push(format!("{kw} {{ {} }} = require({quote}{spec}{quote}){semi}", list.join(", ")));
    }
    if !stayed.is_empty() {
        lines.push(format!("{kw} {{ {} }} = require({quote}{spec}{quote}){semi}", stayed.join(", ")));
    }
    let edits = vec![Edit::replace(file.rel, decl.byte_range(), lines.join("\n"))];
    Some(split_fix(edits, &spec, &specs.join("`, `"), ctx, delta))
}

/// Whether the failing import's `name` is among the names that moved (by its old or its new name).
fn moved_here(groups: &[Regrouped], renames: &[Renamed], name: &str) -> bool {
    let new = renames.iter().find(|(old, ..)| old == name).map_or(name, |(_, new, _)| new.as_str());
    groups.iter().any(|(_, list)| list.iter().any(|t| t.split(" as ").next() == Some(new)))
}

/// The file's uses of each moved-and-renamed name, outside the import statement, renamed. `None` when the file
/// binds a name itself (the uses are then not all the import's), the new name is taken, or the project's own
/// code still uses the old name (the rename is unfinished).
fn renamed_uses(file: &FileCtx, import: Node, renames: &[Renamed], ctx: &Context) -> Option<Vec<Edit>> {
    let mut edits = Vec::new();
    for (old, new, kind) in renames {
        if stale_caller(ctx, file.python(), old, *kind).is_some() || !references(file.src, new)?.is_empty() {
            return None;
        }
        let inside = |n: &Node| n.start_byte() >= import.start_byte() && n.end_byte() <= import.end_byte();
        for n in references(file.src, old)?.into_iter().filter(|n| !inside(n)) {
            edits.push(Edit::replace(file.rel, n.byte_range(), new.clone()));
        }
    }
    Some(edits)
}

/// Dotted targets in the test's strings (`monkeypatch.setattr("invoicing.utils.DEFAULT_CURRENCY", ...)`,
/// `mock.patch("invoicing.utils.parse_amount")`) naming something the change moved out of `module`: they point
/// at its new module, or the patch would land where nothing reads it any more.
fn moved_targets(file: &FileCtx, module: &str, ctx: &Context) -> Vec<Edit> {
    let src = file.src;
    let mut out = Vec::new();
    src.walk(|n| {
        if n.kind() != "string" {
            return true;
        }
        let Some(value) = string_literal_value(src, n) else { return false };
        let Some(name) = value.strip_prefix(module).and_then(|r| r.strip_prefix('.')) else { return false };
        let moved = ctx.change.deltas.iter().find_map(|d| match d {
            Delta::Moved { old, new } | Delta::Renamed { old, new }
                if old.name == name && old.module == module && new.module != module && old.container.is_none() =>
            {
                Some(format!("{}.{}", new.module, new.name))
            }
            _ => None,
        });
        let content = {
            let mut c = n.walk();
            let found = n.named_children(&mut c).find(|x| x.kind() == "string_content");
            found
        };
        if let (Some(target), Some(content)) = (moved, content) {
            out.push(Edit::replace(file.rel, content.byte_range(), target));
        }
        false
    });
    out
}

fn split_fix(edits: Vec<Edit>, old: &str, new: &str, ctx: &Context, delta: &Delta) -> Fix {
    Fix::new(
        StrategyKind::DependencyFix,
        edits,
        MODULE_MOVED,
        format!("Import the moved names from `{new}` instead of `{old}`"),
        format!(
            "{}; the test's import follows every name the change moved out of `{old}` and keeps the ones that stayed.",
            ctx.change.because(delta)
        ),
    )
    .with_applicability(Applicability::Safe)
}

/// `No module named 'shop.util'` where the change split the module: `from shop.util import money, tax` becomes
/// one import per module the names went to (`from shop.money import money` / `from shop.tax import tax`).
fn split_python(file: &FileCtx, missing: &str, ctx: &Context) -> Option<Fix> {
    let mut edits = Vec::new();
    let mut because = None;
    let mut modules = Vec::new();
    for stmt in file.src.imports().into_iter().filter(|n| n.kind() == "import_from_statement") {
        let Some(module) = stmt.child_by_field_name("module_name") else { continue };
        if file.src.node_text(module) != missing {
            continue;
        }
        let names: Vec<(&str, &str)> = field_children(stmt, "name")
            .into_iter()
            .map(|n| {
                let real = if n.kind() == "aliased_import" { n.child_by_field_name("name").unwrap_or(n) } else { n };
                (file.src.node_text(real), file.src.node_text(n))
            })
            .collect();
        let (groups, delta) = split_targets(ctx, missing, &names)?;
        let line_start = file.src.text()[..stmt.start_byte()].rfind('\n').map_or(0, |i| i + 1);
        let indent = &file.src.text()[line_start..stmt.start_byte()];
        let text = groups
            .iter()
            .map(|(m, list)| format!("from {} import {}", m.module, list.join(", ")))
            .collect::<Vec<_>>()
            .join(&format!("\n{indent}"));
        edits.push(Edit::replace(file.rel, stmt.byte_range(), text));
        modules.extend(groups.iter().map(|(m, _)| m.module.clone()));
        because.get_or_insert(delta);
    }
    modules.dedup();
    Some(module_fix(edits, missing, &modules.join("`, `"), ctx, because?))
}

/// TypeScript `Cannot find module '../src/util.js'` where the change split the module: the named imports are
/// regrouped, one import per file they went to, in the file's extension style.
fn split_ts(file: &FileCtx, import: &super::TsImport, old_module: &str, missing: &str, ctx: &Context) -> Option<Fix> {
    let named = import.named?;
    // A default or namespace import beside the braces has no single new home.
    let clause = named.parent()?;
    if clause.named_child_count() != 1 {
        return None;
    }
    let names: Vec<(&str, &str)> = super::ts_specifiers(named)
        .into_iter()
        .map(|sp| {
            let name = sp.child_by_field_name("name").map_or("", |n| file.src.node_text(n));
            (name, file.src.node_text(sp))
        })
        .collect();
    let (groups, delta) = split_targets(ctx, old_module, &names)?;
    let quote = file.src.node_text(import.source).chars().next().unwrap_or('\'');
    let kw = if import.type_only { "import type" } else { "import" };
    let semi = if file.src.node_text(import.node).trim_end().ends_with(';') { ";" } else { "" };
    let specs: Vec<String> = groups.iter().map(|(m, _)| ts_spec_for(file, &m.file)).collect();
    let text = groups
        .iter()
        .zip(&specs)
        .map(|((_, list), spec)| format!("{kw} {{ {} }} from {quote}{spec}{quote}{semi}", list.join(", ")))
        .collect::<Vec<_>>()
        .join("\n");
    let edits = vec![Edit::replace(file.rel, import.node.byte_range(), text)];
    Some(module_fix(edits, missing, &specs.join("`, `"), ctx, delta))
}

fn module_fix(edits: Vec<Edit>, missing: &str, new: &str, ctx: &Context, delta: &Delta) -> Fix {
    Fix::new(
        StrategyKind::DependencyFix,
        edits,
        MODULE_MOVED,
        format!("Import from `{new}` instead of `{missing}`"),
        format!("{}; nothing is left in `{missing}`, so the test imports from `{new}`.", ctx.change.because(delta)),
    )
    .with_applicability(Applicability::Safe)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use std::sync::Arc;

    use crate::change::{diff, FileVersions};
    use crate::context::{Context, GitSignals, SourceCache};
    use crate::failure::{Failure, FailureKind, Runner};
    use crate::fix::{apply_edits, Applicability, Fix};
    use crate::strategies::{DependencyFix, Strategy};

    fn heal(code: FileVersions, extra: &[(&str, &str)], test: (&str, &str), failure: &Failure) -> Vec<Fix> {
        let cache = SourceCache::new("/nonexistent");
        if let (Some(p), Some(t)) = (&code.new_path, &code.new) {
            cache.set_text(p.to_str().unwrap(), t);
        }
        for (p, t) in extra {
            cache.set_text(p, *t);
        }
        cache.set_text(test.0, test.1);
        let mut change = diff(&[code]);
        change.origin = "the last commit".into();
        let ctx = Context::new(&cache, GitSignals::default()).with_change(Arc::new(change));
        DependencyFix.propose(failure, &ctx)
    }

    fn failure(runner: Runner, file: &str, error_type: &str, msg: &str) -> Failure {
        let mut f = Failure::new(FailureKind::ImportError, runner, msg);
        f.error_type = Some(error_type.into());
        f.file = Some(file.into());
        f.line = Some(1);
        f
    }

    #[track_caller]
    fn check_fix(code: FileVersions, test: (&str, &str), f: &Failure, expected: &str) {
        let fixes = heal(code, &[], test, f);
        let fix = fixes.first().unwrap_or_else(|| panic!("no fix"));
        assert!(fix.applicability() > Applicability::DisplayOnly, "{}", fix.title());
        assert_eq!(apply_edits(test.1, fix.edits()).unwrap(), expected, "{}", fix.rationale());
    }

    #[track_caller]
    fn check_no_fix(code: FileVersions, extra: &[(&str, &str)], test: (&str, &str), f: &Failure) {
        let fixes = heal(code, extra, test, f);
        assert!(
            fixes.iter().all(|x| x.applicability() == Applicability::DisplayOnly),
            "{:?}",
            fixes.first().map(|x| x.title())
        );
    }

    const MORTGAGE_OLD: &str = "def total_interest(principal, rate, years=30):\n    return principal * rate * years\n";
    const MORTGAGE_NEW: &str = "def compute_figure(principal, rate, years=30):\n    return principal * rate * years\n";

    #[test]
    fn python_imported_rename_follows_the_delta() {
        let test =
            "from mortgage import total_interest, other\n\ndef test_it():\n    assert total_interest(1, 2) == 60\n";
        let f = failure(
            Runner::Pytest,
            "test_mortgage.py",
            "ImportError",
            "cannot import name 'total_interest' from 'mortgage' (/x/mortgage.py)",
        );
        check_fix(
            FileVersions::modified("mortgage.py", MORTGAGE_OLD, MORTGAGE_NEW),
            ("test_mortgage.py", test),
            &f,
            "from mortgage import compute_figure, other\n\ndef test_it():\n    assert compute_figure(1, 2) == 60\n",
        );
    }

    #[test]
    fn python_rename_left_unfinished_in_the_code_is_refused() {
        let test = "from mortgage import total_interest\n\ndef test_it():\n    assert total_interest(1, 2) == 60\n";
        let f = failure(
            Runner::Pytest,
            "test_mortgage.py",
            "ImportError",
            "cannot import name 'total_interest' from 'mortgage' (/x/mortgage.py)",
        );
        let caller =
            ("report.py", "from mortgage import total_interest\n\ndef report():\n    return total_interest(1, 2)\n");
        check_no_fix(
            FileVersions::modified("mortgage.py", MORTGAGE_OLD, MORTGAGE_NEW),
            &[caller],
            ("test_mortgage.py", test),
            &f,
        );
    }

    #[test]
    fn typescript_ts2305_rename_follows_the_delta() {
        let old = "export function formatPrice(n: number): string {\n  return `$${n.toFixed(2)}`;\n}\n";
        let new = "export function buildPrice(n: number): string {\n  return `$${n.toFixed(2)}`;\n}\n";
        let test = "import { formatPrice } from '../src/format';\nexpect(formatPrice(2)).toBe('$2.00');\n";
        let f = failure(
            Runner::Tsc,
            "test/format.test.ts",
            "TS2305",
            "Module '\"../src/format\"' has no exported member 'formatPrice'.",
        );
        check_fix(
            FileVersions::modified("src/format.ts", old, new),
            ("test/format.test.ts", test),
            &f,
            "import { buildPrice } from '../src/format';\nexpect(buildPrice(2)).toBe('$2.00');\n",
        );
    }

    #[test]
    fn typescript_ts2724_rename_follows_the_delta_not_the_spelling_suggestion() {
        let old = "export interface ResolvedOptions { base: string }\nexport function resolveOptions(o: { base: string }): ResolvedOptions {\n  return { base: o.base };\n}\n";
        let new = "export interface ResolvedOptions { base: string }\nexport function deriveOptions(o: { base: string }): ResolvedOptions {\n  return { base: o.base };\n}\n";
        let test =
            "import { resolveOptions } from '../src/options';\nexpect(resolveOptions({ base: 'x' }).base).toBe('x');\n";
        let f = failure(
            Runner::Tsc,
            "test/options.test.ts",
            "TS2724",
            "'\"../src/options\"' has no exported member named 'resolveOptions'. Did you mean 'ResolvedOptions'?",
        );
        check_fix(
            FileVersions::modified("src/options.ts", old, new),
            ("test/options.test.ts", test),
            &f,
            "import { deriveOptions } from '../src/options';\nexpect(deriveOptions({ base: 'x' }).base).toBe('x');\n",
        );
    }

    #[test]
    fn python_module_rename_follows_the_move() {
        let code = "def nightly(rate):\n    return rate * 2\n\nTAX = 0.1\n";
        let test = "from hostel.pricing import nightly\nimport hostel.pricing\n\ndef test_it():\n    assert hostel.pricing.TAX == 0.1\n";
        let f =
            failure(Runner::Pytest, "tests/test_pricing.py", "ModuleNotFoundError", "No module named 'hostel.pricing'");
        check_fix(
            FileVersions::moved("hostel/pricing.py", "hostel/pricing_model.py", code, code),
            ("tests/test_pricing.py", test),
            &f,
            "from hostel.pricing_model import nightly\nimport hostel.pricing_model\n\ndef test_it():\n    assert hostel.pricing_model.TAX == 0.1\n",
        );
    }

    #[test]
    fn python_submodule_imported_from_its_package_follows_its_rename() {
        let code = "RATE = 0.2\n\ndef tax(amount):\n    return amount * RATE\n";
        let test = "from payroll import brackets, other\n\ndef test_it():\n    assert brackets.tax(10) == 2\n";
        let f = failure(
            Runner::Pytest,
            "tests/test_tax.py",
            "ImportError",
            "cannot import name 'brackets' from 'payroll' (/x/payroll/__init__.py)",
        );
        // Before: the name was looked up as a definition of `payroll` and nothing was proposed.
        check_fix(
            FileVersions::moved("payroll/brackets.py", "payroll/bands.py", code, code),
            ("tests/test_tax.py", test),
            &f,
            "from payroll import bands, other\n\ndef test_it():\n    assert bands.tax(10) == 2\n",
        );
        // A submodule moved to another package: the sole import follows the package too.
        let alone = "from payroll import brackets\n\ndef test_it():\n    assert brackets.tax(10) == 2\n";
        check_fix(
            FileVersions::moved("payroll/brackets.py", "payroll/rules/bands.py", code, code),
            ("tests/test_tax.py", alone),
            &f,
            "from payroll.rules import bands\n\ndef test_it():\n    assert bands.tax(10) == 2\n",
        );
        // ...but not when the statement carries another name that stays in `payroll`.
        check_no_fix(
            FileVersions::moved("payroll/brackets.py", "payroll/rules/bands.py", code, code),
            &[],
            ("tests/test_tax.py", test),
            &f,
        );
    }

    #[test]
    fn python_module_split_in_two_regroups_the_import() {
        let util = "def money(x):\n    return round(x, 2)\n\ndef tax(x):\n    return x * 0.2\n";
        let money = "def money(x):\n    return round(x, 2)\n";
        let tax = "def tax(x):\n    return x * 0.2\n";
        let test = "from shop.util import money, tax as t\n\ndef test_it():\n    assert money(t(10)) == 2\n";
        let cache = SourceCache::new("/nonexistent");
        cache.set_text("tests/test_util.py", test);
        let mut change = diff(&[
            FileVersions::deleted("shop/util.py", util),
            FileVersions::added("shop/money.py", money),
            FileVersions::added("shop/tax.py", tax),
        ]);
        change.origin = "the last commit".into();
        let ctx = Context::new(&cache, GitSignals::default()).with_change(Arc::new(change));
        let f = failure(Runner::Pytest, "tests/test_util.py", "ModuleNotFoundError", "No module named 'shop.util'");
        // Before: the two names went to two modules, so no single "new module" was found and nothing was proposed.
        let fixes = DependencyFix.propose(&f, &ctx);
        let fix = fixes.first().expect("a fix");
        assert_eq!(
            apply_edits(test, fix.edits()).unwrap(),
            "from shop.money import money\nfrom shop.tax import tax as t\n\ndef test_it():\n    assert money(t(10)) == 2\n"
        );
    }

    /// The module that was split keeps some names; `(path, old, new)` triples, `None` for a file that is new.
    fn split_fixes(files: &[(&str, Option<&str>, &str)], test: (&str, &str), f: &Failure) -> Vec<Fix> {
        let cache = SourceCache::new("/nonexistent");
        let versions: Vec<FileVersions> = files
            .iter()
            .map(|(p, old, new)| {
                cache.set_text(p, *new);
                match old {
                    Some(o) => FileVersions::modified(*p, *o, *new),
                    None => FileVersions::added(*p, *new),
                }
            })
            .collect();
        cache.set_text(test.0, test.1);
        let mut change = diff(&versions);
        change.origin = "the last commit".into();
        let ctx = Context::new(&cache, GitSignals::default()).with_change(Arc::new(change));
        let fixes = DependencyFix.propose(f, &ctx);
        for fix in &fixes {
            // Proposing again on the split import must not move a name once more (validate's convergence):
            // before, a name already imported from its new module was "moved" to it again, and the fix was
            // dropped as not idempotent.
            let checked = crate::validate::check(fix, f, &ctx);
            assert!(checked.is_ok(), "{checked:?}: {}", fix.rationale());
        }
        fixes
    }

    const DIST_OLD: &str = "def km_to_miles(km):\n    return km / 1.6\n\n\ndef haversine(a, b):\n    return abs(a - b) * 111.0\n\n\ndef bearing(a, b):\n    return (b - a) % 360.0\n\n\ndef clamp(x):\n    return max(0.0, x)\n";
    const DIST_NEW: &str = "def km_to_miles(km):\n    return km / 1.6\n";
    const SPHERE: &str =
        "def haversine(a, b):\n    return abs(a - b) * 111.0\n\n\ndef bearing(a, b):\n    return (b - a) % 360.0\n";
    const CLAMP: &str = "def clamp(x):\n    return max(0.0, x)\n";

    #[test]
    fn python_module_split_in_place_moves_every_moved_name_of_the_import() {
        let f = failure(
            Runner::Pytest,
            "tests/test_geo.py",
            "ImportError",
            "cannot import name 'haversine' from 'geo.distance' (/x/geo/distance.py)",
        );
        let files = [("geo/distance.py", Some(DIST_OLD), DIST_NEW), ("geo/sphere.py", None, SPHERE)];
        let check = |test: &str, expected: &str| {
            let fixes = split_fixes(&files, ("tests/test_geo.py", test), &f);
            let fix = fixes.first().expect("a fix");
            assert_eq!(apply_edits(test, fix.edits()).unwrap(), expected, "{}", fix.title());
        };
        // Before: only `haversine` moved, so the re-run failed on `bearing` and the fix was rolled back.
        check(
            "from geo.distance import haversine, bearing, km_to_miles\n\ndef test_it():\n    assert bearing(0, 90) == 90\n",
            "from geo.distance import km_to_miles\nfrom geo.sphere import haversine, bearing\n\ndef test_it():\n    assert bearing(0, 90) == 90\n",
        );
        // Parenthesised over several lines, with an alias.
        check(
            "from geo.distance import (\n    km_to_miles,\n    haversine as h,\n)\n\ndef test_it():\n    assert h(1, 1) == 0\n",
            "from geo.distance import km_to_miles\nfrom geo.sphere import haversine as h\n\ndef test_it():\n    assert h(1, 1) == 0\n",
        );
        // Nothing stayed: the old module disappears from the import.
        check("from geo.distance import bearing, haversine\n", "from geo.sphere import bearing, haversine\n");
        // A patch target naming a moved function follows it; one naming what stayed does not.
        check(
            "from geo.distance import haversine\n\ndef test_it(monkeypatch):\n    monkeypatch.setattr('geo.distance.haversine', f)\n    monkeypatch.setattr('geo.distance.km_to_miles', g)\n",
            "from geo.sphere import haversine\n\ndef test_it(monkeypatch):\n    monkeypatch.setattr('geo.sphere.haversine', f)\n    monkeypatch.setattr('geo.distance.km_to_miles', g)\n",
        );
    }

    #[test]
    fn a_name_moved_and_renamed_is_imported_and_called_by_its_new_name() {
        // Before: the split followed moves that kept the name only, so `make_slug` -> `text.slugify` (paired
        // through posts.py's migrated call) proposed nothing.
        let utils_old = "def make_slug(t):\n    return t.lower()\n\n\ndef reading_time(t):\n    return 1\n";
        let utils_new = "def reading_time(t):\n    return 1\n";
        let text = "def _w(t):\n    return t.lower()\n\n\ndef slugify(t, n=60):\n    return _w(t)[:n]\n";
        let posts_old = "from blog.utils import make_slug\n\n\ndef url(p):\n    return '/' + make_slug(p)\n";
        let posts_new = "from blog.text import slugify\n\n\ndef url(p):\n    return '/' + slugify(p)\n";
        let files = [
            ("blog/utils.py", Some(utils_old), utils_new),
            ("blog/text.py", None, text),
            ("blog/posts.py", Some(posts_old), posts_new),
        ];
        let f = failure(
            Runner::Pytest,
            "tests/test_utils.py",
            "ImportError",
            "cannot import name 'make_slug' from 'blog.utils' (/x/blog/utils.py)",
        );
        let test =
            "from blog.utils import make_slug, reading_time\n\n\ndef test_slug():\n    assert make_slug('A') == 'a'\n";
        let fixes = split_fixes(&files, ("tests/test_utils.py", test), &f);
        let fix = fixes.first().expect("a fix");
        assert_eq!(
            apply_edits(test, fix.edits()).unwrap(),
            "from blog.utils import reading_time\nfrom blog.text import slugify\n\n\ndef test_slug():\n    assert slugify('A') == 'a'\n"
        );
    }

    #[test]
    fn python_module_split_in_place_leaves_a_promised_name_to_the_shim_advice() {
        // The old module's `__all__` still lists `haversine`: a compatibility module that forgot a re-export.
        let shim = "__all__ = ['km_to_miles', 'haversine', 'bearing']\nfrom geo.sphere import bearing\n\n\ndef km_to_miles(km):\n    return km / 1.6\n";
        let files = [("geo/distance.py", Some(DIST_OLD), shim), ("geo/sphere.py", None, SPHERE)];
        let test = "from geo.distance import haversine, bearing, km_to_miles\n";
        let f = failure(
            Runner::Pytest,
            "tests/test_geo.py",
            "ImportError",
            "cannot import name 'haversine' from 'geo.distance' (/x/geo/distance.py)",
        );
        let fixes = split_fixes(&files, ("tests/test_geo.py", test), &f);
        assert!(fixes.iter().all(|x| x.applicability() == Applicability::DisplayOnly), "{:?}", fixes[0].title());
        assert!(fixes.iter().any(|x| x.title().contains("promises `haversine`")), "{:?}", fixes[0].title());
    }

    #[test]
    fn python_module_split_in_place_into_two_modules() {
        let f = failure(
            Runner::Pytest,
            "tests/test_geo.py",
            "ImportError",
            "cannot import name 'clamp' from 'geo.distance' (/x/geo/distance.py)",
        );
        let files = [
            ("geo/distance.py", Some(DIST_OLD), DIST_NEW),
            ("geo/sphere.py", None, SPHERE),
            ("geo/numbers.py", None, CLAMP),
        ];
        let test = "from geo.distance import clamp, km_to_miles, haversine\n";
        let fixes = split_fixes(&files, ("tests/test_geo.py", test), &f);
        let fix = fixes.first().expect("a fix");
        assert_eq!(
            apply_edits(test, fix.edits()).unwrap(),
            "from geo.distance import km_to_miles\nfrom geo.numbers import clamp\nfrom geo.sphere import haversine\n"
        );
        // A name the change removed outright has no new home: the split is not proposed (the old single-name
        // mechanism, or a person, decides).
        let removed = [("geo/distance.py", Some(DIST_OLD), DIST_NEW), ("geo/numbers.py", None, CLAMP)];
        let fixes = split_fixes(&removed, ("tests/test_geo.py", "from geo.distance import clamp, haversine\n"), &f);
        assert!(fixes.iter().all(|x| !x.title().starts_with("Import the moved names")), "{:?}", fixes[0].title());
    }

    #[test]
    fn typescript_module_split_in_place_moves_every_moved_name() {
        let old = "export function kmToMiles(k: number): number {\n  return k / 1.6;\n}\nexport function haversine(a: number, b: number): number {\n  return Math.abs(a - b) * 111;\n}\nexport function bearing(a: number, b: number): number {\n  return (b - a) % 360;\n}\n";
        let new = "export function kmToMiles(k: number): number {\n  return k / 1.6;\n}\n";
        let sphere = "export function haversine(a: number, b: number): number {\n  return Math.abs(a - b) * 111;\n}\nexport function bearing(a: number, b: number): number {\n  return (b - a) % 360;\n}\n";
        let files = [("src/distance.ts", Some(old), new), ("src/sphere.ts", None, sphere)];
        let test =
            "import { haversine, kmToMiles, bearing as b } from '../src/distance.js';\nexpect(b(0, 90)).toBe(90);\n";
        let f = failure(
            Runner::Tsc,
            "test/geo.test.ts",
            "TS2305",
            "Module '\"../src/distance.js\"' has no exported member 'haversine'.",
        );
        let fixes = split_fixes(&files, ("test/geo.test.ts", test), &f);
        let fix = fixes.first().expect("a fix");
        assert_eq!(
            apply_edits(test, fix.edits()).unwrap(),
            "import { kmToMiles } from '../src/distance.js';\nimport { haversine, bearing as b } from '../src/sphere.js';\nexpect(b(0, 90)).toBe(90);\n"
        );
        // vitest's message for the same import (no TS2305 without tsc) reaches the same split.
        let f = failure(
            Runner::Vitest,
            "test/geo.test.ts",
            "SyntaxError",
            "The requested module '../src/distance.js' does not provide an export named 'haversine'",
        );
        let fixes = split_fixes(&files, ("test/geo.test.ts", test), &f);
        let fix = fixes.first().expect("a fix");
        assert!(apply_edits(test, fix.edits())
            .unwrap()
            .contains("import { haversine, bearing as b } from '../src/sphere.js';"));
    }

    #[test]
    fn typescript_module_split_in_two_regroups_the_import() {
        let util = "export function money(x: number): number {\n  return Math.round(x);\n}\nexport function tax(x: number): number {\n  return x * 0.2;\n}\n";
        let money = "export function money(x: number): number {\n  return Math.round(x);\n}\n";
        let tax = "export function tax(x: number): number {\n  return x * 0.2;\n}\n";
        let test = "import { money, tax as t } from '../src/util.js';\nexpect(money(t(10))).toBe(2);\n";
        let cache = SourceCache::new("/nonexistent");
        cache.set_text("test/util.test.ts", test);
        let change = diff(&[
            FileVersions::deleted("src/util.ts", util),
            FileVersions::added("src/money.ts", money),
            FileVersions::added("src/tax.ts", tax),
        ]);
        let ctx = Context::new(&cache, GitSignals::default()).with_change(Arc::new(change));
        let f = failure(Runner::Vitest, "test/util.test.ts", "Error", "Cannot find module '../src/util.js'");
        let fixes = DependencyFix.propose(&f, &ctx);
        let fix = fixes.first().expect("a fix");
        // After: one import per new file, in the file's `.js` style.
        assert_eq!(
            apply_edits(test, fix.edits()).unwrap(),
            "import { money } from '../src/money.js';\nimport { tax as t } from '../src/tax.js';\nexpect(money(t(10))).toBe(2);\n"
        );
    }

    #[test]
    fn node_esm_module_move_keeps_the_mjs_extension() {
        let code = "export function total(items) {\n  return items.length;\n}\n";
        let test = "import { total } from '../src/price.mjs';\nassert.equal(total([]), 0);\n";
        // node names the missing file by its absolute path, extension included.
        let f = failure(
            Runner::NodeTest,
            "test/price.test.mjs",
            "Error",
            "Cannot find module '/tmp/p/src/price.mjs' imported from /tmp/p/test/price.test.mjs",
        );
        // Before: the `.mjs` path was not matched to the import, and the new specifier lost its extension.
        check_fix(
            FileVersions::moved("src/price.mjs", "src/cost.mjs", code, code),
            ("test/price.test.mjs", test),
            &f,
            "import { total } from '../src/cost.mjs';\nassert.equal(total([]), 0);\n",
        );
    }

    #[test]
    fn typescript_module_move_follows_the_file() {
        let code = "export function hex(n: number): string {\n  return n.toString(16);\n}\n";
        let test = "import { hex } from '../src/color.js';\nexpect(hex(255)).toBe('ff');\n";
        let f = failure(
            Runner::Vitest,
            "test/color.test.ts",
            "Error",
            "Failed to load url ../src/color.js (resolved id: ../src/color.js)",
        );
        let f = Failure { message: f.message.clone(), ..f };
        let fixes = heal(
            FileVersions::moved("src/color.ts", "src/paint/color.ts", code, code),
            &[],
            ("test/color.test.ts", test),
            &f,
        );
        let fix = fixes.first().expect("a fix");
        assert_eq!(
            apply_edits(test, fix.edits()).unwrap(),
            "import { hex } from '../src/paint/color.js';\nexpect(hex(255)).toBe('ff');\n"
        );
    }

    #[test]
    fn vitest_callee_moved_to_another_module_is_reimported() {
        let old =
            "export function withFloor(n: number): number {\n  return Math.max(n, 1);\n}\nexport const RATE = 2;\n";
        let moved = "export function withFloor(n: number): number {\n  return Math.max(n, 1);\n}\n";
        let cache = SourceCache::new("/nonexistent");
        cache.set_text("src/discount.ts", "export const RATE = 2;\n");
        cache.set_text("src/discount_ops.ts", moved);
        let test = "import { withFloor, RATE } from '../src/discount.js';\nexpect(withFloor(RATE)).toBe(2);\n";
        cache.set_text("test/discount.test.ts", test);
        let change = diff(&[
            FileVersions::modified("src/discount.ts", old, "export const RATE = 2;\n"),
            FileVersions::added("src/discount_ops.ts", moved),
        ]);
        let ctx = Context::new(&cache, GitSignals::default()).with_change(Arc::new(change));
        let mut f =
            Failure::new(FailureKind::TestFailure, Runner::Vitest, "TypeError: (0 , withFloor) is not a function");
        f.file = Some("test/discount.test.ts".into());
        f.line = Some(2);
        let fixes = DependencyFix.propose(&f, &ctx);
        let fix = fixes.first().expect("a fix");
        assert_eq!(
            apply_edits(test, fix.edits()).unwrap(),
            "import { RATE } from '../src/discount.js';\nimport { withFloor } from '../src/discount_ops.js';\nexpect(withFloor(RATE)).toBe(2);\n"
        );
    }

    #[test]
    fn commonjs_destructured_require_follows_the_move_unless_the_old_module_still_exports_it() {
        let old = "function formatBytes(n) {\n  return n + ' B';\n}\nfunction clamp(n) {\n  return n;\n}\nmodule.exports = { formatBytes, clamp };\n";
        let moved = "function formatBytes(n) {\n  return n + ' B';\n}\nmodule.exports = { formatBytes };\n";
        let test = "const { it } = require('node:test');\nconst { formatBytes, clamp } = require('../lib/helpers');\nit('x', () => formatBytes(clamp(1)));\n";
        let run = |helpers_now: &str| {
            let cache = SourceCache::new("/nonexistent");
            cache.set_text("lib/helpers.js", helpers_now);
            cache.set_text("lib/format/bytes.js", moved);
            cache.set_text("test/helpers.test.js", test);
            let change = diff(&[
                FileVersions::modified("lib/helpers.js", old, helpers_now),
                FileVersions::added("lib/format/bytes.js", moved),
            ]);
            let ctx = Context::new(&cache, GitSignals::default()).with_change(Arc::new(change));
            let mut f =
                Failure::new(FailureKind::TestFailure, Runner::NodeTest, "TypeError: formatBytes is not a function");
            f.file = Some("test/helpers.test.js".into());
            f.line = Some(3);
            DependencyFix.propose(&f, &ctx)
        };
        let fixes = run("function clamp(n) {\n  return n;\n}\nmodule.exports = { clamp };\n");
        let fix = fixes.first().expect("a fix");
        assert_eq!(
            apply_edits(test, fix.edits()).unwrap(),
            test.replace(
                "const { formatBytes, clamp } = require('../lib/helpers');",
                "const { formatBytes } = require('../lib/format/bytes');\nconst { clamp } = require('../lib/helpers');"
            )
        );
        // The old module still re-exports it (a compatibility line gone wrong): the require is right.
        let compat = "const { formatBytes } = require('./format/bytes');\nfunction clamp(n) {\n  return n;\n}\nmodule.exports = { clamp, formatBytes };\n";
        assert!(run(compat).is_empty());
    }

    #[test]
    fn a_renamed_import_is_followed_when_the_message_names_no_callee() {
        let old = "export function daypart(h: number): string {\n  if (h > 23) throw new RangeError('hour');\n  return 'day';\n}\n";
        let new = old.replace("daypart", "obtainEntry");
        let test = "import { daypart } from '../src/greeting';\nexpect(() => daypart(24)).toThrow(RangeError);\n";
        let cache = SourceCache::new("/nonexistent");
        cache.set_text("src/greeting.ts", &new);
        cache.set_text("test/greeting.test.ts", test);
        let change = diff(&[FileVersions::modified("src/greeting.ts", old, &new)]);
        let ctx = Context::new(&cache, GitSignals::default()).with_change(Arc::new(change));
        let mut f =
            Failure::new(FailureKind::TestFailure, Runner::Vitest, "expected error to be instance of RangeError");
        f.file = Some("test/greeting.test.ts".into());
        f.line = Some(2);
        let fixes = DependencyFix.propose(&f, &ctx);
        let fix = fixes.first().expect("a fix");
        assert_eq!(
            apply_edits(test, fix.edits()).unwrap(),
            "import { obtainEntry } from '../src/greeting';\nexpect(() => obtainEntry(24)).toThrow(RangeError);\n"
        );
        // The module still re-exports the old name: the import works, nothing proposed.
        cache.set_text("src/greeting.ts", format!("{new}export {{ obtainEntry as daypart }};\n"));
        let reexported = Context::new(&cache, GitSignals::default())
            .with_change(Arc::new(diff(&[FileVersions::modified("src/greeting.ts", old, &new)])));
        assert!(DependencyFix.propose(&f, &reexported).is_empty());
        cache.set_text("src/greeting.ts", &new);
        // The same failure with the name still exported: nothing the change took away, nothing proposed.
        let unchanged =
            Context::new(&cache, GitSignals::default()).with_change(Arc::new(diff(&[FileVersions::modified(
                "src/greeting.ts",
                &new,
                new.replace("'day'", "'days'"),
            )])));
        assert!(DependencyFix.propose(&f, &unchanged).is_empty());
    }

    #[test]
    fn a_module_split_over_two_places_is_followed_name_by_name() {
        let old = "def a():\n    return 1\n\ndef b():\n    return 2\n";
        let test = "from shop.util import a, b\n";
        let f = failure(Runner::Pytest, "tests/test_util.py", "ModuleNotFoundError", "No module named 'shop.util'");
        let cache_extra = [("shop/one.py", "def a():\n    return 1\n"), ("shop/two.py", "def b():\n    return 2\n")];
        let cache = SourceCache::new("/nonexistent");
        for (p, t) in cache_extra {
            cache.set_text(p, t);
        }
        cache.set_text("tests/test_util.py", test);
        let change = diff(&[
            FileVersions::deleted("shop/util.py", old),
            FileVersions::added("shop/one.py", cache_extra[0].1),
            FileVersions::added("shop/two.py", cache_extra[1].1),
        ]);
        let ctx = Context::new(&cache, GitSignals::default()).with_change(Arc::new(change));
        let fixes = DependencyFix.propose(&f, &ctx);
        // Neither module is picked for both names: each name follows its own move, as the delta shows it.
        for fix in &fixes {
            let fixed = apply_edits(test, fix.edits()).unwrap();
            assert_eq!(fixed, "from shop.one import a\nfrom shop.two import b\n", "{}", fix.title());
        }
        // A name the change removed (not moved) leaves nothing to point at: no import is rewritten.
        let gone =
            diff(&[FileVersions::deleted("shop/util.py", old), FileVersions::added("shop/one.py", cache_extra[0].1)]);
        let ctx = Context::new(&cache, GitSignals::default()).with_change(Arc::new(gone));
        let fixes = DependencyFix.propose(&f, &ctx);
        assert!(fixes.iter().all(|x| !x.title().contains("shop.one")), "{:?}", fixes.first().map(|x| x.title()));
    }

    /// `module.name` after the change moved `name` to another module (Python and TypeScript).
    #[track_caller]
    fn check_member(lang_ts: bool, test: &str, msg: &str, expected: &str) {
        let (old_path, new_path, old, kept, moved) = if lang_ts {
            (
                "src/util.ts",
                "src/money.ts",
                "export function money(n: number): string {\n  return n.toFixed(2);\n}\nexport const RATE = 2;\n",
                "export const RATE = 2;\n",
                "export function money(n: number): string {\n  return n.toFixed(2);\n}\n",
            )
        } else {
            (
                "shop/util.py",
                "shop/money.py",
                "def money(n):\n    return round(n, 2)\n\nRATE = 2\n",
                "RATE = 2\n",
                "def money(n):\n    return round(n, 2)\n",
            )
        };
        let cache = SourceCache::new("/nonexistent");
        cache.set_text(old_path, kept);
        cache.set_text(new_path, moved);
        let rel = if lang_ts { "test/util.test.ts" } else { "tests/test_util.py" };
        cache.set_text(rel, test);
        let change = diff(&[FileVersions::modified(old_path, old, kept), FileVersions::added(new_path, moved)]);
        let ctx = Context::new(&cache, GitSignals::default()).with_change(Arc::new(change));
        let runner = if lang_ts { Runner::Vitest } else { Runner::Pytest };
        let mut f = Failure::new(FailureKind::TestFailure, runner, msg);
        f.error_type = Some(if lang_ts { "TypeError" } else { "AttributeError" }.into());
        f.file = Some(rel.into());
        f.line = Some(4);
        let fixes = DependencyFix.propose(&f, &ctx);
        let fix = fixes.first().expect("a fix");
        assert!(fix.applicability() > Applicability::DisplayOnly, "{}", fix.title());
        assert_eq!(apply_edits(test, fix.edits()).unwrap(), expected, "{}", fix.rationale());
    }

    #[test]
    fn a_member_access_the_move_does_not_explain_is_left_alone() {
        let old = "def money(n):\n    return round(n, 2)\n\nRATE = 2\n";
        let moved = "def money(n):\n    return round(n, 2)\n";
        let change = || {
            diff(&[
                FileVersions::modified("shop/util.py", old, "RATE = 2\n"),
                FileVersions::added("shop/money.py", moved),
            ])
        };
        let f = {
            let mut f =
                Failure::new(FailureKind::TestFailure, Runner::Pytest, "module 'shop.other' has no attribute 'money'");
            f.error_type = Some("AttributeError".into());
            f.file = Some("tests/test_util.py".into());
            f.line = Some(4);
            f
        };
        for test in [
            // Another module's `money`: the delta moved shop.util's.
            "import shop.other as u\n\ndef test_money():\n    assert u.money(2) == 2\n",
            // `money` already names a local in the test file: calling it bare would mean that.
            "import shop.util as u\n\ndef test_money():\n    money = u.money(2)\n    assert money == 2\n",
        ] {
            let cache = SourceCache::new("/nonexistent");
            cache.set_text("shop/util.py", "RATE = 2\n");
            cache.set_text("shop/money.py", moved);
            cache.set_text("tests/test_util.py", test);
            let ctx = Context::new(&cache, GitSignals::default()).with_change(Arc::new(change()));
            let fixes = DependencyFix.propose(&f, &ctx);
            assert!(
                fixes.iter().all(|x| x.applicability() == Applicability::DisplayOnly),
                "{test}: {:?}",
                fixes.first().map(|x| x.title())
            );
        }
    }

    #[test]
    fn a_member_of_a_module_import_follows_its_move() {
        let test = "import shop.util as u\n\ndef test_money():\n    assert u.money(2) == 2 * u.RATE\n";
        check_member(
            false,
            test,
            "module 'shop.util' has no attribute 'money'",
            "from shop.money import money\nimport shop.util as u\n\ndef test_money():\n    assert money(2) == 2 * u.RATE\n",
        );
        let test = "from shop import util\n\ndef test_money():\n    assert util.money(2) == 2\n";
        check_member(
            false,
            test,
            "module 'shop.util' has no attribute 'money'",
            "from shop.money import money\nfrom shop import util\n\ndef test_money():\n    assert money(2) == 2\n",
        );
        let test = "import * as util from '../src/util.js';\nimport { it, expect } from 'vitest';\nit('money', () => {\n  expect(util.money(util.RATE)).toBe('2.00');\n});\n";
        check_member(
            true,
            test,
            "TypeError: util.money is not a function",
            &format!("import {{ money }} from '../src/money.js';\n{}", test.replace("util.money(", "money(")),
        );
    }
}
