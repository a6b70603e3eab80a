//! Removed Python APIs whose replacement is a rewrite that the old semantics pin down exactly, so it is safe in
//! the project's own code (see [`crate::eligibility::removed_stdlib_api`], which re-derives these edits):
//! - the runtime's own message names the replacement: `random.sample(a_set, k)` on Python 3.11 raises
//!   `Population must be a sequence.  For dicts or sets, use sorted(d).`: a set's iteration order was never
//!   defined, so `sorted(a_set)` is the documented one-to-one replacement (only for an argument known to be a set);
//! - a global inline regex flag not at the start (`(?i)` inside a joined pattern; an error since 3.11): before
//!   3.11 it applied to the whole pattern wherever it stood, so dropping it and passing `re.IGNORECASE` to the call
//!   keeps the meaning, when every literal that makes up the pattern is resolved statically;
//! - `@asyncio.coroutine` generator functions (removed in 3.11) become `async def`, `yield from x` becomes
//!   `await x` and `with (yield from lock):` becomes `async with lock:`; refused for a bare `yield` or when the
//!   function is used as a generator anywhere in the project.

use std::path::Path;

use tree_sitter::Node;

use crate::context::Context;
use crate::fix::{Applicability, Edit, Fix, StrategyKind};
use crate::source::SourceFile;

const CONFIDENCE: f64 = 0.93;

/// Runtime messages that name their replacement: `(callee, what the message says, the function it names)`; the
/// callee's first argument is wrapped.
pub(crate) const STATED_BY_RUNTIME: &[(&str, &str, &str)] = &[
    // random.sample / Random.sample since Python 3.11 (What's New: "automatic conversion of sets to lists is no
    // longer supported"); before, the set was converted in its (undefined) iteration order.
    ("sample", "For dicts or sets, use sorted(d).", "sorted"),
];

/// What `propose` recognised: `None` when the message is none of these removals, `Some(None)` when it is one
/// but the rewrite is refused.
pub(super) fn propose(src: &SourceFile, rel: &Path, line: u32, message: &str, ctx: &Context) -> Option<Option<Fix>> {
    if !src.lang().is_python() {
        return None;
    }
    if message.contains("global flags not at the start of the expression") {
        let fix = regex_calls(src).into_iter().filter(|c| overlaps_line(*c, line)).find_map(|call| {
            let edits = inline_flags(src, rel, call, ctx)?;
            Some(fix(
                edits,
                "Move the inline regex flag to the call's flags",
                "Python 3.11 rejects a global inline flag (`(?i)`) that is not at the start of the pattern; before, it \
                 applied to the whole pattern wherever it stood, so passing it as the call's flags keeps the meaning.",
            ))
        });
        return Some(fix);
    }
    if message.contains("module 'asyncio' has no attribute 'coroutine'") {
        let fix = generator_coroutines(src, rel, ctx).map(|edits| {
            fix(
                edits,
                "Rewrite `@asyncio.coroutine` functions as `async def`",
                "`@asyncio.coroutine` was removed in Python 3.11; a generator-based coroutine is the same coroutine \
                 written `async def` with `await` for `yield from` and `async with` for `with (yield from ...)`.",
            )
        });
        return Some(fix);
    }
    let (callee, said, wrapper) = STATED_BY_RUNTIME.iter().find(|(_, said, _)| message.contains(said))?;
    let edits: Vec<Edit> = src
        .nodes_on_line(line, &["call"])
        .into_iter()
        .filter(|c| c.start_position().row as u32 + 1 == line)
        .filter_map(|c| wrap_first_argument(src, rel, c, callee, wrapper))
        .collect();
    if edits.len() != 1 {
        return Some(None);
    }
    Some(Some(fix(
        edits,
        &format!("Pass `{wrapper}(...)` to `{callee}`"),
        &format!(
            "The runtime says what replaces it: \"{said}\"; a set's iteration order was never defined, so `{wrapper}` \
             is the one-to-one replacement."
        ),
    )))
}

/// Whether a fix is exactly one of these rewrites of its file, re-derived from the file itself.
pub(crate) fn is_behaviour_preserving_rewrite(fix: &Fix, ctx: &Context) -> bool {
    let edits = fix.edits();
    let Some(first) = edits.first() else { return false };
    if edits.iter().any(|e| e.path != first.path) {
        return false;
    }
    let Ok(src) = ctx.sources.get(&first.path) else { return false };
    if !src.lang().is_python() {
        return false;
    }
    let rel = first.path.as_path();
    let same = |derived: Option<Vec<Edit>>| derived.is_some_and(|d| same_edits(&d, edits));
    if edits.len() == 1 {
        let e = &edits[0];
        let node = src.root().descendant_for_byte_range(e.range.start, e.range.end);
        let call = node.and_then(|n| n.parent()).and_then(|a| a.parent()).filter(|c| c.kind() == "call");
        if let Some(call) = call {
            if STATED_BY_RUNTIME
                .iter()
                .any(|(callee, _, wrapper)| wrap_first_argument(&src, rel, call, callee, wrapper).as_ref() == Some(e))
            {
                return true;
            }
        }
    }
    same(generator_coroutines(&src, rel, ctx))
        || regex_calls(&src).into_iter().any(|c| same(inline_flags(&src, rel, c, ctx)))
}

fn same_edits(a: &[Edit], b: &[Edit]) -> bool {
    let mut a = a.to_vec();
    let mut b = b.to_vec();
    a.sort_by_key(|e| (e.range.start, e.range.end));
    b.sort_by_key(|e| (e.range.start, e.range.end));
    a == b
}

fn fix(edits: Vec<Edit>, title: &str, why: &str) -> Fix {
    Fix::new(StrategyKind::ApiAdaptation, edits, CONFIDENCE, title.to_string(), why.to_string())
        .with_applicability(Applicability::Safe)
}

fn overlaps_line(node: Node, line: u32) -> bool {
    let (start, end) = (node.start_position().row as u32 + 1, node.end_position().row as u32 + 1);
    start <= line && line <= end
}

fn ancestors(node: Node) -> impl Iterator<Item = Node> {
    std::iter::successors(node.parent(), |n| n.parent())
}

// ---- the runtime names the replacement -------------------------------------------------------------------------

/// `rng.sample(entrants, k)` -> `rng.sample(sorted(entrants), k)` when `entrants` is known to be a set.
fn wrap_first_argument(src: &SourceFile, rel: &Path, call: Node, callee: &str, wrapper: &str) -> Option<Edit> {
    let function = call.child_by_field_name("function")?;
    let name = match function.kind() {
        "attribute" => function.child_by_field_name("attribute")?,
        "identifier" => function,
        _ => return None,
    };
    if src.node_text(name) != callee {
        return None;
    }
    let first = call.child_by_field_name("arguments")?.named_child(0)?;
    if first.kind() != "identifier" || !is_set(src, first) {
        return None;
    }
    Some(Edit::replace(rel, first.byte_range(), format!("{wrapper}({})", src.node_text(first))))
}

/// Whether a name is a set where it is read: a parameter annotated `set[...]`/`frozenset[...]` (`Set`,
/// `FrozenSet`) that the function never rebinds, or a local bound once, to a set display, comprehension or
/// `set(...)`/`frozenset(...)`.
fn is_set(src: &SourceFile, ident: Node) -> bool {
    let name = src.node_text(ident);
    let Some(func) = ancestors(ident).find(|n| n.kind() == "function_definition") else { return false };
    let mut bindings = Vec::new();
    src.walk(|n| {
        if n.start_byte() >= func.end_byte() || n.end_byte() <= func.start_byte() {
            return false;
        }
        if matches!(n.kind(), "assignment" | "augmented_assignment")
            && n.child_by_field_name("left").is_some_and(|l| src.node_text(l) == name)
        {
            bindings.push(n);
        }
        true
    });
    let annotated = func.child_by_field_name("parameters").and_then(|params| {
        let mut cursor = params.walk();
        let found = params.named_children(&mut cursor).find_map(|p| {
            let pname = match p.kind() {
                "typed_parameter" => p.named_child(0),
                "typed_default_parameter" => p.child_by_field_name("name"),
                _ => None,
            }?;
            (src.node_text(pname) == name).then(|| p.child_by_field_name("type")).flatten()
        });
        found
    });
    let set_type = |t: &str| {
        let base = t.split('[').next().unwrap_or(t).trim();
        let base = base.rsplit('.').next().unwrap_or(base);
        matches!(base, "set" | "frozenset" | "Set" | "FrozenSet")
    };
    match annotated {
        Some(t) => bindings.is_empty() && set_type(src.node_text(t)),
        None => {
            let [only] = bindings.as_slice() else { return false };
            let Some(value) = only.child_by_field_name("right").filter(|_| only.kind() == "assignment") else {
                return false;
            };
            match value.kind() {
                "set" | "set_comprehension" => true,
                "call" => value
                    .child_by_field_name("function")
                    .is_some_and(|f| matches!(src.node_text(f), "set" | "frozenset")),
                _ => false,
            }
        }
    }
}

// ---- global inline regex flags --------------------------------------------------------------------------------

/// `re.<function>` and the position of its `flags` parameter.
const RE_FUNCTIONS: &[(&str, usize)] = &[
    ("compile", 1),
    ("search", 2),
    ("match", 2),
    ("fullmatch", 2),
    ("findall", 2),
    ("finditer", 2),
    ("split", 3),
    ("sub", 4),
    ("subn", 4),
];

/// The inline flag letters and the `re` constant each stands for.
const FLAGS: &[(char, &str)] = &[
    ('a', "re.ASCII"),
    ('i', "re.IGNORECASE"),
    ('L', "re.LOCALE"),
    ('m', "re.MULTILINE"),
    ('s', "re.DOTALL"),
    ('u', "re.UNICODE"),
    ('x', "re.VERBOSE"),
];

fn regex_calls(src: &SourceFile) -> Vec<Node<'_>> {
    let mut out = Vec::new();
    src.walk(|n| {
        if n.kind() == "call" && regex_function(src, n).is_some() {
            out.push(n);
        }
        true
    });
    out
}

/// The flags position of an `re.<function>(...)` call.
fn regex_function(src: &SourceFile, call: Node) -> Option<usize> {
    let f = call.child_by_field_name("function").filter(|f| f.kind() == "attribute")?;
    if src.node_text(f.child_by_field_name("object")?) != "re" {
        return None;
    }
    let name = src.node_text(f.child_by_field_name("attribute")?);
    RE_FUNCTIONS.iter().find(|(n, _)| *n == name).map(|(_, at)| *at)
}

/// The edits that move every global inline flag of the call's pattern into its flags, or `None` when the pattern
/// is not made only of literals this module defines once and uses nowhere else.
fn inline_flags(src: &SourceFile, rel: &Path, call: Node, ctx: &Context) -> Option<Vec<Edit>> {
    let flags_at = regex_function(src, call)?;
    let args = call.child_by_field_name("arguments")?;
    let mut cursor = args.walk();
    let all: Vec<Node> = args.named_children(&mut cursor).filter(|a| a.kind() != "comment").collect();
    let positional: Vec<Node> = all.iter().copied().take_while(|a| a.kind() != "keyword_argument").collect();
    if all.iter().any(|a| matches!(a.kind(), "list_splat" | "dictionary_splat")) {
        return None;
    }
    let pattern = *positional.first()?;
    let keyword = |k: &str| {
        all.iter().copied().find(|a| {
            a.kind() == "keyword_argument" && a.child_by_field_name("name").is_some_and(|n| src.node_text(n) == k)
        })
    };
    let flags_arg = positional.get(flags_at).copied().or_else(|| keyword("flags")?.child_by_field_name("value"));

    // Every string the pattern is built from, following module-level names.
    let mut roots = vec![pattern];
    let mut names: Vec<String> = Vec::new();
    let mut strings: Vec<Node> = Vec::new();
    let mut i = 0;
    while let Some(&root) = roots.get(i) {
        i += 1;
        let bound = comprehension_names(src, root);
        let mut unresolved = false;
        let mut found_names = Vec::new();
        let mut stack = vec![root];
        while let Some(n) = stack.pop() {
            match n.kind() {
                "string" => strings.push(n),
                "identifier" => {
                    let parent = n.parent();
                    let is_member = parent.is_some_and(|p| {
                        (p.kind() == "attribute" && p.child_by_field_name("attribute") == Some(n))
                            || (p.kind() == "keyword_argument" && p.child_by_field_name("name") == Some(n))
                    });
                    let text = src.node_text(n).to_string();
                    if !is_member && !bound.contains(&text) {
                        found_names.push(text);
                    }
                }
                _ => {}
            }
            if n.kind() == "string" {
                // Only an f-string's interpolations hold more of the pattern.
                let mut c = n.walk();
                stack.extend(n.named_children(&mut c).filter(|x| x.kind() == "interpolation"));
                continue;
            }
            let mut c = n.walk();
            stack.extend(n.named_children(&mut c));
        }
        for name in found_names {
            if names.contains(&name) {
                continue;
            }
            match module_constant(src, &name) {
                Some(value) => {
                    names.push(name);
                    roots.push(value);
                }
                None => unresolved = true,
            }
        }
        if unresolved {
            return None;
        }
    }
    // The names hold this pattern only: read nowhere else in the module nor imported by another file.
    for name in &names {
        let mut elsewhere = false;
        src.walk(|n| {
            if n.kind() == "identifier" && src.node_text(n) == name {
                let defining =
                    n.parent().is_some_and(|p| p.kind() == "assignment" && p.child_by_field_name("left") == Some(n));
                let inside = roots.iter().any(|r| r.start_byte() <= n.start_byte() && n.end_byte() <= r.end_byte());
                let member = n
                    .parent()
                    .is_some_and(|p| p.kind() == "attribute" && p.child_by_field_name("attribute") == Some(n));
                elsewhere |= !defining && !inside && !member;
            }
            !elsewhere
        });
        if elsewhere || imported_elsewhere(ctx, rel, name) {
            return None;
        }
    }
    let mut letters: Vec<char> = Vec::new();
    let mut edits = Vec::new();
    for s in strings {
        let text = src.node_text(s);
        let mut from = 0;
        while let Some(at) = text[from..].find("(?").map(|x| x + from) {
            let rest = &text[at + 2..];
            let len = rest.chars().take_while(|c| FLAGS.iter().any(|(f, _)| f == c)).count();
            if len > 0 && rest[len..].starts_with(')') {
                if text[..at].ends_with('\\') {
                    return None;
                }
                letters.extend(rest[..len].chars());
                edits.push(Edit::replace(rel, s.start_byte() + at..s.start_byte() + at + 2 + len + 1, ""));
            }
            from = at + 2;
        }
    }
    if edits.is_empty() {
        return None;
    }
    let constants: Vec<&str> = FLAGS.iter().filter(|(f, _)| letters.contains(f)).map(|(_, c)| *c).collect::<Vec<_>>();
    let added = constants.join(" | ");
    match flags_arg {
        Some(existing) => {
            let text = src.node_text(existing);
            let simple = matches!(existing.kind(), "identifier" | "attribute" | "integer")
                || (existing.kind() == "binary_operator" && text.contains('|') && !text.contains(['&', '^', '+', '-']));
            if simple {
                edits.push(Edit::insert(rel, existing.end_byte(), format!(" | {added}")));
            } else {
                edits.push(Edit::replace(rel, existing.byte_range(), format!("({text}) | {added}")));
            }
        }
        None => {
            let last = *all.last()?;
            let insertion = if positional.len() == flags_at && all.len() == positional.len() {
                format!(", {added}")
            } else {
                format!(", flags={added}")
            };
            edits.push(Edit::insert(rel, last.end_byte(), insertion));
        }
    }
    Some(edits)
}

/// The names a comprehension inside `root` binds (`name, rx` in `for name, rx in TOKENS`).
fn comprehension_names(src: &SourceFile, root: Node) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(n) = stack.pop() {
        if n.kind() == "for_in_clause" {
            if let Some(left) = n.child_by_field_name("left") {
                let mut inner = vec![left];
                while let Some(x) = inner.pop() {
                    if x.kind() == "identifier" {
                        out.push(src.node_text(x).to_string());
                    }
                    let mut c = x.walk();
                    inner.extend(x.named_children(&mut c));
                }
            }
        }
        let mut c = n.walk();
        stack.extend(n.named_children(&mut c));
    }
    out
}

/// The value of a module-level `NAME = value` bound exactly once in the module (no other assignment anywhere).
fn module_constant<'a>(src: &'a SourceFile, name: &str) -> Option<Node<'a>> {
    let mut assignments = Vec::new();
    src.walk(|n| {
        if matches!(n.kind(), "assignment" | "augmented_assignment")
            && n.child_by_field_name("left").is_some_and(|l| src.node_text(l) == name)
        {
            assignments.push(n);
        }
        if matches!(n.kind(), "global_statement" | "nonlocal_statement") {
            let mut c = n.walk();
            if n.named_children(&mut c).any(|x| src.node_text(x) == name) {
                assignments.push(n);
                assignments.push(n);
            }
        }
        true
    });
    let [only] = assignments.as_slice() else { return None };
    let top = only
        .parent()
        .is_some_and(|p| p.kind() == "expression_statement" && p.parent().is_some_and(|m| m.kind() == "module"));
    (only.kind() == "assignment" && top).then(|| only.child_by_field_name("right")).flatten()
}

/// Whether another Python file of the project names `name` (it could import and reuse or change it).
fn imported_elsewhere(ctx: &Context, rel: &Path, name: &str) -> bool {
    ctx.project()
        .files
        .iter()
        .filter(|f| f.path != rel && f.lang.is_python())
        .any(|f| ctx.sources.get(&f.path).map(|s| crate::change::mentions(s.text(), name)).unwrap_or(true))
}

// ---- @asyncio.coroutine ---------------------------------------------------------------------------------------

/// The edits that rewrite every `@asyncio.coroutine` function of the file, or `None` when one cannot be.
fn generator_coroutines(src: &SourceFile, rel: &Path, ctx: &Context) -> Option<Vec<Edit>> {
    let mut decorated = Vec::new();
    let mut mentions = 0;
    src.walk(|n| {
        if n.kind() == "attribute" && src.node_text(n) == "asyncio.coroutine" {
            mentions += 1;
        }
        if n.kind() == "decorated_definition" {
            let mut c = n.walk();
            let coroutine = n
                .named_children(&mut c)
                .any(|d| d.kind() == "decorator" && src.node_text(d).trim() == "@asyncio.coroutine");
            if coroutine {
                decorated.push(n);
            }
        }
        true
    });
    // Used other than as a lone decorator (`asyncio.coroutine(f)`, stacked decorators): not a plain rewrite.
    if decorated.is_empty() || mentions != decorated.len() {
        return None;
    }
    let mut edits = Vec::new();
    let mut functions = Vec::new();
    for outer in &decorated {
        let def = outer.child_by_field_name("definition").filter(|d| d.kind() == "function_definition")?;
        let mut c = outer.walk();
        if outer.named_children(&mut c).filter(|d| d.kind() == "decorator").count() != 1
            || src.node_text(def).starts_with("async")
        {
            return None;
        }
        functions.push(def);
        edits.push(Edit::replace(rel, outer.start_byte()..def.start_byte(), "async "));
        let body = def.child_by_field_name("body")?;
        let mut stack = vec![body];
        while let Some(n) = stack.pop() {
            if matches!(n.kind(), "function_definition" | "decorated_definition" | "lambda" | "class_definition") {
                continue;
            }
            if n.kind() == "yield" {
                edits.push(yield_from_edit(src, rel, n)?);
                continue;
            }
            let mut c = n.walk();
            stack.extend(n.named_children(&mut c));
        }
    }
    let names: Vec<&str> =
        functions.iter().filter_map(|f| f.child_by_field_name("name")).map(|n| src.node_text(n)).collect();
    if names.iter().any(|name| used_as_generator(ctx, rel, src, name, &functions)) {
        return None;
    }
    Some(edits)
}

/// `yield from x` -> `await x`; `with (yield from lock):` -> `async with lock:`. A bare `yield` or `yield x` is a
/// generator's, not a coroutine's: `None`.
fn yield_from_edit(src: &SourceFile, rel: &Path, y: Node) -> Option<Edit> {
    let mut c = y.walk();
    let from = y.children(&mut c).any(|t| t.kind() == "from");
    let mut c = y.walk();
    let value = y.named_children(&mut c).last()?;
    if !from {
        return None;
    }
    let value_text = src.node_text(value);
    let mut up = y.parent()?;
    if up.kind() == "parenthesized_expression" {
        up = up.parent()?;
    }
    if up.kind() == "with_item"
        && up.child_by_field_name("value").is_some_and(|v| v.byte_range().contains(&y.start_byte()))
    {
        let clause = up.parent().filter(|c| c.kind() == "with_clause")?;
        let statement = clause.parent().filter(|s| s.kind() == "with_statement")?;
        let mut c = clause.walk();
        if clause.named_children(&mut c).count() != 1 {
            return None;
        }
        // `with (yield from lock) as x` bound what the lock's context manager returned: not the same as `async with`.
        if src.node_text(up).contains(" as ") {
            return None;
        }
        return Some(Edit::replace(rel, statement.start_byte()..clause.end_byte(), format!("async with {value_text}")));
    }
    let primary = matches!(
        value.kind(),
        "call" | "identifier" | "attribute" | "subscript" | "parenthesized_expression" | "list" | "tuple"
    );
    let text = if primary { format!("await {value_text}") } else { format!("await ({value_text})") };
    Some(Edit::replace(rel, y.byte_range(), text))
}

/// Whether any Python file of the project iterates the function or delegates to it from a generator that is not
/// being rewritten with it (`for x in f()`, `next(f())`, `f().send(...)`, `yield from f()` elsewhere).
fn used_as_generator(ctx: &Context, rel: &Path, this: &SourceFile, name: &str, rewritten: &[Node]) -> bool {
    let check = |src: &SourceFile, same_file: bool| {
        if src.text().contains("isgeneratorfunction") && crate::change::mentions(src.text(), name) {
            return true;
        }
        let mut found = false;
        src.walk(|n| {
            if found || n.kind() != "call" {
                return !found;
            }
            let called = n.child_by_field_name("function").and_then(|f| match f.kind() {
                "identifier" => Some(f),
                "attribute" => f.child_by_field_name("attribute"),
                _ => None,
            });
            if called.is_none_or(|f| src.node_text(f) != name) {
                return true;
            }
            let Some(parent) = n.parent() else { return true };
            found = match parent.kind() {
                "for_statement" | "for_in_clause" => true,
                "attribute" => {
                    let attr = parent.child_by_field_name("attribute").map(|a| src.node_text(a)).unwrap_or("");
                    matches!(attr, "send" | "throw" | "close" | "__next__" | "__iter__") || attr.starts_with("gi_")
                }
                "argument_list" => parent.parent().and_then(|c| c.child_by_field_name("function")).is_some_and(|f| {
                    matches!(src.node_text(f), "next" | "iter" | "list" | "tuple" | "zip" | "sorted" | "enumerate")
                }),
                "yield" => {
                    let owner = ancestors(parent).find(|a| a.kind() == "function_definition");
                    !(same_file && owner.is_some_and(|o| rewritten.contains(&o)))
                }
                _ => false,
            };
            !found
        });
        found
    };
    if check(this, true) {
        return true;
    }
    ctx.project().files.iter().filter(|f| f.path != rel && f.lang.is_python()).any(|f| {
        ctx.sources.get(&f.path).map(|s| crate::change::mentions(s.text(), name) && check(&s, false)).unwrap_or(false)
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::context::{GitSignals, SourceCache};

    fn apply(text: &str, edits: &[Edit]) -> String {
        let mut edits = edits.to_vec();
        edits.sort_by_key(|e| std::cmp::Reverse(e.range.start));
        let mut out = text.to_string();
        for e in edits {
            out.replace_range(e.range.clone(), &e.replacement);
        }
        out
    }

    /// The fix `propose` makes for `message` at `line` of `path`, applied; `None` when refused or not recognised.
    fn healed(files: &[(&str, &str)], path: &str, line: u32, message: &str) -> Option<String> {
        let cache = SourceCache::new("/nonexistent");
        for (p, t) in files {
            cache.set_text(*p, *t);
        }
        let ctx = Context::new(&cache, GitSignals::default());
        let src = cache.get(Path::new(path)).unwrap();
        let fix = propose(&src, Path::new(path), line, message, &ctx)??;
        assert!(is_behaviour_preserving_rewrite(&fix, &ctx), "the eligibility check re-derives it");
        Some(apply(src.text(), fix.edits()))
    }

    const SAMPLE: &str = "Population must be a sequence.  For dicts or sets, use sorted(d).";

    #[test]
    fn sample_from_a_set_uses_sorted_as_the_runtime_says() {
        let before = "import random\n\n\ndef draw(entrants: set[str], k: int) -> list[str]:\n    rng = random.Random(1)\n    return rng.sample(entrants, k)\n";
        let after = healed(&[("src/draw.py", before)], "src/draw.py", 6, SAMPLE).unwrap();
        assert_eq!(after, before.replace("rng.sample(entrants, k)", "rng.sample(sorted(entrants), k)"));
        let local = "import random\n\ndef f(names):\n    pool = set(names)\n    return random.sample(pool, 2)\n";
        let after = healed(&[("a.py", local)], "a.py", 5, SAMPLE).unwrap();
        assert!(after.contains("random.sample(sorted(pool), 2)"), "{after}");
    }

    #[test]
    fn sample_of_something_not_known_to_be_a_set_is_refused() {
        // A dict's keys view kept insertion order: sorting it would change the draw.
        let keys = "import random\n\ndef f(d: dict[str, int]):\n    ks = d.keys()\n    return random.sample(ks, 2)\n";
        assert_eq!(healed(&[("a.py", keys)], "a.py", 5, SAMPLE), None);
        let untyped = "import random\n\ndef f(xs):\n    return random.sample(xs, 2)\n";
        assert_eq!(healed(&[("a.py", untyped)], "a.py", 4, SAMPLE), None);
    }

    const FLAG: &str = "re.error: global flags not at the start of the expression at position 8";

    #[test]
    fn a_global_inline_flag_moves_to_the_compile_flags() {
        let before = "import re\n\nTOKENS = [\n    (\"AND\", r\"(?i)\\band\\b\"),\n    (\"WORD\", r\"\\w+\"),\n]\nPATTERN = re.compile(\"|\".join(f\"(?P<{name}>{rx})\" for name, rx in TOKENS))\n";
        let after = healed(&[("src/lexer.py", before)], "src/lexer.py", 7, FLAG).unwrap();
        assert_eq!(
            after,
            before.replace("r\"(?i)\\band", "r\"\\band").replace("in TOKENS))", "in TOKENS), re.IGNORECASE)")
        );
        // Existing flags are kept; several letters map to their constants.
        let before = "import re\n\nA = \"x(?ms)y\"\nP = re.compile(\"a|\" + A, re.ASCII)\n";
        let after = healed(&[("a.py", before)], "a.py", 4, FLAG).unwrap();
        assert_eq!(after, "import re\n\nA = \"xy\"\nP = re.compile(\"a|\" + A, re.ASCII | re.MULTILINE | re.DOTALL)\n");
    }

    #[test]
    fn an_inline_flag_whose_place_is_not_static_is_refused() {
        // The pattern comes from a parameter, a name used elsewhere, a name another module imports.
        let param = "import re\n\ndef build(rx):\n    return re.compile(\"a|\" + rx + \"(?i)b\")\n";
        assert_eq!(healed(&[("a.py", param)], "a.py", 4, FLAG), None);
        let shared = "import re\n\nA = \"x|(?i)y\"\nP = re.compile(A)\nQ = A.upper()\n";
        assert_eq!(healed(&[("a.py", shared)], "a.py", 4, FLAG), None);
        let imported = "import re\n\nA = \"x|(?i)y\"\nP = re.compile(A)\n";
        assert_eq!(healed(&[("a.py", imported), ("b.py", "from a import A\n")], "a.py", 4, FLAG), None);
    }

    const CO: &str = "module 'asyncio' has no attribute 'coroutine'";

    #[test]
    fn generator_coroutines_become_async_def() {
        let before = "import asyncio\n\n\n@asyncio.coroutine\ndef check_all(urls, probe):\n    gate = asyncio.Semaphore(2)\n\n    @asyncio.coroutine\n    def one(url):\n        with (yield from gate):\n            return url, (yield from probe(url))\n\n    pairs = yield from asyncio.gather(*(one(u) for u in urls))\n    return dict(pairs)\n";
        let after = healed(&[("src/check.py", before)], "src/check.py", 4, CO).unwrap();
        assert_eq!(
            after,
            "import asyncio\n\n\nasync def check_all(urls, probe):\n    gate = asyncio.Semaphore(2)\n\n    async def one(url):\n        async with gate:\n            return url, (await probe(url))\n\n    pairs = await asyncio.gather(*(one(u) for u in urls))\n    return dict(pairs)\n"
        );
        let binary = "import asyncio\n\n@asyncio.coroutine\ndef f(a, b):\n    return (yield from a + b)\n";
        assert!(healed(&[("a.py", binary)], "a.py", 3, CO).unwrap().contains("return (await (a + b))"));
    }

    #[test]
    fn a_coroutine_that_is_also_a_generator_is_refused() {
        let bare = "import asyncio\n\n@asyncio.coroutine\ndef tick():\n    yield\n    return 1\n";
        assert_eq!(healed(&[("a.py", bare)], "a.py", 3, CO), None);
        let co = "import asyncio\n\n@asyncio.coroutine\ndef f():\n    x = yield from g()\n    return x\n";
        let iterated = "from a import f\n\ndef drain():\n    return list(f())\n";
        assert_eq!(healed(&[("a.py", co), ("b.py", iterated)], "a.py", 3, CO), None);
        let delegated = "from a import f\n\ndef outer():\n    yield from f()\n";
        assert_eq!(healed(&[("a.py", co), ("b.py", delegated)], "a.py", 3, CO), None);
        let stacked = "import asyncio\n\n@asyncio.coroutine\n@cached\ndef f():\n    return (yield from g())\n";
        assert_eq!(healed(&[("a.py", stacked)], "a.py", 3, CO), None);
    }
}
