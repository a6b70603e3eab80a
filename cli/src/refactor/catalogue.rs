//! The refactoring catalogue: for each [`Kind`], where it applies in a project ([`targets`]) and the edits an
//! IDE would make ([`build`]): the definition changes and the project's own non-test callers follow, the tests
//! are left as they were.

use std::path::{Path, PathBuf};

use maestro_test_healer::project_index::{Symbol, SymbolKind};
use maestro_test_healer::source::SourceFile;
use tree_sitter::Node;

use super::edits::Refactoring;
use super::projects::{Project, Unit};
use super::syntax::{
    append_item, calls, def_node, descendants, doc_node, has_word, is_splat, items, params, remove_item, replace_word,
};
use super::{Kind, Rng};

/// Where a refactoring applies: a definition, and for parameter kinds which parameter (or option key).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub unit: usize,
    pub sym: usize,
    /// Index into [`params`] (parameter kinds) or the option key's name (option kinds).
    pub param: usize,
    pub key: String,
}

/// Method names too common to rename by name alone (a builtin's method of the same name may be called).
const COMMON: &[&str] = &[
    "get", "set", "add", "append", "pop", "items", "keys", "values", "update", "remove", "clear", "copy", "join",
    "split", "strip", "format", "push", "map", "filter", "reduce", "find", "includes", "slice", "replace", "sort",
    "count", "index", "extend", "insert", "has", "delete", "forEach", "some", "every", "lower", "upper", "then",
    "toString", "valueOf", "toJSON", "run", "close", "open", "read", "write", "send", "next", "start", "stop", "reset",
    "size", "length", "name", "value", "render", "apply", "call", "bind", "test", "match",
];

fn sym<'a>(p: &'a Project, t: &Target) -> (&'a Unit, &'a Symbol) {
    let u = &p.sources[t.unit];
    (u, &u.index.symbols[t.sym])
}

fn plain(name: &str) -> bool {
    !name.is_empty() && !name.starts_with("__") && !COMMON.contains(&name) && name != "constructor"
}

/// Every place `kind` can apply in `p`, in a stable order.
pub fn targets(kind: Kind, p: &Project) -> Vec<Target> {
    let mut out = Vec::new();
    for (ui, u) in p.sources.iter().enumerate() {
        for (si, s) in u.index.symbols.iter().enumerate() {
            let t = |param: usize, key: &str| Target { unit: ui, sym: si, param, key: key.to_string() };
            let callable = matches!(s.kind, SymbolKind::Function | SymbolKind::Method) && plain(&s.name);
            let called_by_tests = callable && p.tested(&s.name) && !s.accessor;
            match kind {
                Kind::RenameFunction | Kind::MoveFunction
                    if s.kind == SymbolKind::Function
                        && plain(&s.name)
                        && p.tested(&s.name)
                        && p.defs_named(&s.name) == 1
                        && top_rename_safe(p, &s.name)
                        && (kind == Kind::RenameFunction || movable(u, s)) =>
                {
                    out.push(t(0, ""));
                }
                Kind::RenameClass
                    if s.kind == SymbolKind::Class
                        && p.tested(&s.name)
                        && p.defs_named(&s.name) == 1
                        && top_rename_safe(p, &s.name) =>
                {
                    out.push(t(0, ""));
                }
                Kind::RenameConstant if s.kind == SymbolKind::Variable && s.value.is_some() => {
                    let upper = s.name.chars().all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit());
                    if upper && p.tested(&s.name) && p.defs_named(&s.name) == 1 && top_rename_safe(p, &s.name) {
                        out.push(t(0, ""));
                    }
                }
                Kind::ChangeConstant
                    if s.kind == SymbolKind::Variable && s.value.as_deref().and_then(number).is_some() =>
                {
                    out.push(t(0, ""));
                }
                Kind::RenameMethod | Kind::MethodToProperty if s.kind == SymbolKind::Method => {
                    let dotted = p.test_text.contains(&format!(".{}(", s.name));
                    if plain(&s.name) && dotted && p.defs_named(&s.name) == 1 && !s.accessor && !s.is_async {
                        let ok = kind == Kind::RenameMethod
                            || (s.params.is_empty() && def_node(&u.src, s).is_some_and(|d| getter_ready(&u.src, d)));
                        if ok {
                            out.push(t(0, ""));
                        }
                    }
                }
                Kind::MakeAsync if called_by_tests && !s.is_async && p.defs_named(&s.name) == 1 => {
                    let no_callers = p.sources.iter().all(|o| {
                        calls(&o.src, &s.name, s.kind == SymbolKind::Method)
                            .iter()
                            .all(|(c, _)| c.start_byte() >= s.span.0 && c.end_byte() <= s.span.1 && o.rel == u.rel)
                    });
                    let generator = u.src.text()[s.span.0..s.span.1].contains("yield");
                    if no_callers && !generator && def_node(&u.src, s).is_some_and(|d| d.kind() != "arrow_function") {
                        out.push(t(0, ""));
                    }
                }
                Kind::RenameKeyword | Kind::RemoveDefault | Kind::KeywordOnly | Kind::RemoveParam
                    if called_by_tests && p.defs_named(&s.name) == 1 =>
                {
                    let Some(def) = def_node(&u.src, s) else { continue };
                    let ps = params(&u.src, def);
                    if ps.iter().any(|x| x.special) && kind != Kind::RenameKeyword {
                        continue;
                    }
                    for (i, x) in ps.iter().enumerate() {
                        let Some(name) = x.name.map(|n| u.src.node_text(n)) else { continue };
                        let ok = match kind {
                            Kind::RenameKeyword => !x.special && p.test_text.contains(&format!("{name}=")),
                            Kind::RemoveDefault => {
                                // The first defaulted parameter: the ones before it are required already.
                                x.default.is_some_and(|d| literal(&u.src, d))
                                    && ps[..i].iter().all(|y| y.default.is_none())
                                    && x.node.kind() != "optional_parameter"
                            }
                            Kind::KeywordOnly => {
                                i > 0 && x.default.is_some() && ps[..i].iter().all(|y| y.default.is_none())
                            }
                            Kind::RemoveParam => {
                                let body = def.child_by_field_name("body");
                                body.is_some_and(|b| !has_word(u.src.node_text(b), name)) && x.name.is_some()
                            }
                            _ => false,
                        };
                        if ok {
                            out.push(t(i, name));
                            if kind != Kind::RenameKeyword && kind != Kind::RemoveParam {
                                break;
                            }
                        }
                    }
                }
                Kind::OptionsObject
                    if p.python && called_by_tests && s.kind == SymbolKind::Function && p.defs_named(&s.name) == 1 =>
                {
                    let Some(def) = def_node(&u.src, s) else { continue };
                    let ps = params(&u.src, def);
                    let plain = ps.iter().all(|x| x.name.is_some() && !x.special);
                    if (2..=5).contains(&ps.len()) && plain {
                        out.push(t(0, ""));
                    }
                }
                Kind::OptionsObject if called_by_tests && p.defs_named(&s.name) == 1 => {
                    let Some(def) = def_node(&u.src, s) else { continue };
                    let ps = params(&u.src, def);
                    let typed = ps
                        .iter()
                        .all(|x| x.name.is_some() && !x.special && x.node.child_by_field_name("type").is_some());
                    if (2..=4).contains(&ps.len()) && typed {
                        out.push(t(0, ""));
                    }
                }
                Kind::RenameOptionKey if called_by_tests && p.defs_named(&s.name) == 1 => {
                    for key in option_keys(p, u, s) {
                        if p.test_text.contains(&format!("{key}:")) && plain(&key) {
                            out.push(t(0, &key));
                        }
                    }
                }
                _ => {}
            }
        }
        if kind == Kind::RenameModule && renamable_module(p, u) {
            out.push(Target { unit: ui, sym: 0, param: 0, key: String::new() });
        }
    }
    out
}

/// Builds the refactoring for `t`, picking new names and values from `rng`; `None` when it cannot be done
/// cleanly here after all.
pub fn build(kind: Kind, p: &Project, t: &Target, rng: &mut Rng) -> Option<Refactoring> {
    match kind {
        Kind::RenameFunction | Kind::RenameClass | Kind::RenameConstant => {
            let (_, s) = sym(p, t);
            let style = match kind {
                Kind::RenameClass => Style::Pascal,
                Kind::RenameConstant => Style::Upper,
                _ if p.python => Style::Snake,
                _ => Style::Camel,
            };
            let new = fresh(p, &s.name, style, rng)?;
            Some(rename_top(p, kind, &s.name, &new))
        }
        Kind::RenameMethod => {
            let (_, s) = sym(p, t);
            let new = fresh(p, &s.name, if p.python { Style::Snake } else { Style::Camel }, rng)?;
            Some(rename_member(p, s, &new))
        }
        Kind::RenameKeyword => rename_keyword(p, t, rng),
        Kind::RenameOptionKey => rename_option_key(p, t, rng),
        Kind::RemoveDefault => remove_default(p, t),
        Kind::KeywordOnly => keyword_only(p, t),
        Kind::RemoveParam => remove_param(p, t),
        Kind::OptionsObject if p.python => options_class(p, t),
        Kind::OptionsObject => options_object(p, t),
        Kind::MoveFunction => move_function(p, t, rng),
        Kind::RenameModule => rename_module(p, t, rng),
        Kind::MethodToProperty => method_to_property(p, t),
        Kind::MakeAsync => make_async(p, t),
        Kind::ChangeConstant => change_constant(p, t, rng),
    }
}

// ---------------------------------------------------------------------------------------------------------
// Names.

#[derive(Clone, Copy)]
enum Style {
    Snake,
    Camel,
    Pascal,
    Upper,
}

const VERBS: &[&str] =
    &["compute", "resolve", "derive", "make", "build", "fetch", "calc", "produce", "evaluate", "obtain"];
const NOUNS: &[&str] =
    &["tally", "summary", "outcome", "figure", "amount", "result", "measure", "quote", "score", "entry"];
const ADJECTIVES: &[&str] = &["Basic", "Simple", "Core", "Default", "Standard", "Smart", "Plain", "Main"];

fn words(name: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for part in name.split('_').filter(|s| !s.is_empty()) {
        let mut cur = String::new();
        for c in part.chars() {
            if c.is_uppercase() && !cur.is_empty() && !cur.chars().last().is_some_and(char::is_uppercase) {
                out.push(std::mem::take(&mut cur));
            }
            cur.push(c);
        }
        if !cur.is_empty() {
            out.push(cur);
        }
    }
    out.into_iter().map(|w| w.to_lowercase()).collect()
}

fn styled(ws: &[String], style: Style) -> String {
    let cap = |w: &str| {
        let mut c = w.chars();
        c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
    };
    match style {
        Style::Snake => ws.join("_"),
        Style::Upper => ws.join("_").to_uppercase(),
        Style::Pascal => ws.iter().map(|w| cap(w)).collect(),
        Style::Camel => ws.iter().enumerate().map(|(i, w)| if i == 0 { w.clone() } else { cap(w) }).collect::<String>(),
    }
}

/// A new name for `old` that the project does not use yet: half the time sharing its last word
/// (`add_item` → `build_item`), half the time sharing nothing (`add_item` → `produce_tally`).
fn fresh(p: &Project, old: &str, style: Style, rng: &mut Rng) -> Option<String> {
    let ws = words(old);
    let last = ws.last().cloned().unwrap_or_else(|| "thing".into());
    for _ in 0..20 {
        let unrelated = rng.below(2) == 0;
        let cand: Vec<String> = match style {
            Style::Pascal => {
                let head = ADJECTIVES[rng.below(ADJECTIVES.len())].to_lowercase();
                let tail = if unrelated { NOUNS[rng.below(NOUNS.len())].to_string() } else { last.clone() };
                vec![head, tail]
            }
            Style::Upper => {
                let head = ["default", "base", "standard", "current", "main"][rng.below(5)].to_string();
                let tail = if unrelated { NOUNS[rng.below(NOUNS.len())].to_string() } else { last.clone() };
                vec![head, tail]
            }
            _ => {
                let verb = VERBS[rng.below(VERBS.len())].to_string();
                let tail = if unrelated { NOUNS[rng.below(NOUNS.len())].to_string() } else { last.clone() };
                vec![verb, tail]
            }
        };
        let name = styled(&cand, style);
        if name != old && p.free(&name) {
            return Some(name);
        }
    }
    None
}

/// A new parameter or key name (`qty` → `amount`).
fn fresh_param(p: &Project, old: &str, rng: &mut Rng) -> Option<String> {
    const PARAMS: &[&str] =
        &["amount", "count", "size", "limit", "label", "level", "factor", "target", "source", "units"];
    for _ in 0..20 {
        let mut ws = vec![PARAMS[rng.below(PARAMS.len())].to_string()];
        if rng.below(2) == 0 {
            ws.insert(0, ["the", "new", "given", "max", "base"][rng.below(5)].to_string());
        }
        let style =
            if p.python || !old.chars().any(char::is_uppercase) && ws.len() == 1 { Style::Snake } else { Style::Camel };
        let style = if p.python { style } else { Style::Camel };
        let name = styled(&ws, style);
        if name != old && p.free(&name) {
            return Some(name);
        }
    }
    None
}

// ---------------------------------------------------------------------------------------------------------
// Renames.

/// The name appears in the project's sources only as a plain reference (no attribute, keyword, parameter or
/// object key of the same name that a rename by name would wrongly catch).
fn top_rename_safe(p: &Project, name: &str) -> bool {
    p.sources.iter().all(|u| {
        let kinds: &[&str] = if p.python {
            &["identifier"]
        } else {
            &[
                "property_identifier",
                "shorthand_property_identifier",
                "shorthand_property_identifier_pattern",
                "identifier",
            ]
        };
        descendants(u.src.root(), kinds).into_iter().filter(|n| u.src.node_text(*n) == name).all(|n| {
            let parent = n.parent();
            let pk = parent.map(|x| x.kind()).unwrap_or("");
            if n.kind() != "identifier" {
                return false;
            }
            let is_field = |f: &str| parent.and_then(|x| x.child_by_field_name(f)).is_some_and(|c| c.id() == n.id());
            let caught = (pk == "attribute" && is_field("attribute")) || (pk == "keyword_argument" && is_field("name"));
            let parameter =
                matches!(pk, "parameters" | "typed_parameter" | "default_parameter" | "typed_default_parameter")
                    || (matches!(pk, "required_parameter" | "optional_parameter") && is_field("pattern"));
            !(caught || parameter)
        })
    })
}

/// Renames a top-level function, class or constant everywhere in the sources (imports and `__all__` too).
fn rename_top(p: &Project, kind: Kind, old: &str, new: &str) -> Refactoring {
    let mut r = Refactoring::new(kind, format!("Rename `{old}` to `{new}`"));
    for u in &p.sources {
        let kinds: &[&str] = if p.python { &["identifier", "string"] } else { &["identifier", "type_identifier"] };
        for n in descendants(u.src.root(), kinds) {
            let text = u.src.node_text(n);
            if text == old {
                r.edit(&u.rel, n.start_byte(), n.end_byte(), new);
            } else if n.kind() == "string" && (text == format!("\"{old}\"") || text == format!("'{old}'")) {
                r.edit(&u.rel, n.start_byte() + 1, n.end_byte() - 1, new);
            }
        }
    }
    r
}

/// Renames a method: its definition and every `x.old` in the sources.
fn rename_member(p: &Project, s: &Symbol, new: &str) -> Refactoring {
    let mut r = Refactoring::new(
        Kind::RenameMethod,
        format!("Rename `{}.{}` to `{new}`", s.container.as_deref().unwrap_or(""), s.name),
    );
    for u in &p.sources {
        for n in member_names(&u.src, &s.name) {
            r.edit(&u.rel, n.start_byte(), n.end_byte(), new);
        }
    }
    r
}

/// Nodes naming a member `name`: `x.name`, `def name` inside a class, `name()` method definitions.
fn member_names<'a>(src: &'a SourceFile, name: &str) -> Vec<Node<'a>> {
    let kinds: &[&str] = if src.lang().is_python() { &["identifier"] } else { &["property_identifier"] };
    descendants(src.root(), kinds)
        .into_iter()
        .filter(|n| src.node_text(*n) == name)
        .filter(|n| {
            if !src.lang().is_python() {
                return true;
            }
            let Some(parent) = n.parent() else { return false };
            let field = |f: &str| parent.child_by_field_name(f).is_some_and(|c| c.id() == n.id());
            (parent.kind() == "attribute" && field("attribute"))
                || (parent.kind() == "function_definition"
                    && field("name")
                    && parent.parent().and_then(|b| b.parent()).is_some_and(|c| c.kind() == "class_definition"))
        })
        .collect()
}

/// Calls to `s` in one source file (by name; methods through any receiver).
fn calls_to<'a>(u: &'a Unit, s: &Symbol) -> Vec<(Node<'a>, Node<'a>)> {
    calls(&u.src, &s.name, s.kind == SymbolKind::Method)
}

/// Renames one parameter of a Python function: the definition, its body, its docstring, and `old=` at callers.
fn rename_keyword(p: &Project, t: &Target, rng: &mut Rng) -> Option<Refactoring> {
    let (u, s) = sym(p, t);
    let def = def_node(&u.src, s)?;
    let old = t.key.as_str();
    let new = fresh_param(p, old, rng)?;
    let mut r = Refactoring::new(Kind::RenameKeyword, format!("Rename parameter `{old}` of `{}` to `{new}`", s.name));
    for n in descendants(def, &["identifier"]) {
        if u.src.node_text(n) != old {
            continue;
        }
        let parent = n.parent();
        let attr = parent.is_some_and(|x| {
            x.kind() == "attribute" && x.child_by_field_name("attribute").is_some_and(|c| c.id() == n.id())
        });
        // `csv.writer(f, delimiter=delimiter)`: the keyword names the *callee's* parameter, which keeps its name
        // (an IDE renames only the value).
        let other_keyword = parent.is_some_and(|x| {
            x.kind() == "keyword_argument" && x.child_by_field_name("name").is_some_and(|c| c.id() == n.id())
        });
        if !attr && !other_keyword {
            r.edit(&u.rel, n.start_byte(), n.end_byte(), &new);
        }
    }
    if let Some(doc) = doc_node(&u.src, def) {
        let text = u.src.node_text(doc);
        r.edit(&u.rel, doc.start_byte(), doc.end_byte(), replace_word(text, old, &new));
    }
    for o in &p.sources {
        for (_, args) in calls_to(o, s) {
            for a in items(args) {
                let name = a.child_by_field_name("name");
                if a.kind() == "keyword_argument" && name.is_some_and(|n| o.src.node_text(n) == old) {
                    let n = name?;
                    r.edit(&o.rel, n.start_byte(), n.end_byte(), &new);
                }
            }
        }
    }
    Some(r)
}

// ---------------------------------------------------------------------------------------------------------
// Signatures.

fn literal(src: &SourceFile, n: Node<'_>) -> bool {
    match n.kind() {
        "integer" | "float" | "number" | "true" | "false" | "none" | "null" => true,
        "string" => !src.node_text(n).contains('{'),
        "unary_operator" | "unary_expression" => n.named_child(0).is_some_and(|c| literal(src, c)),
        _ => false,
    }
}

/// The TypeScript type of a literal, for a parameter that loses its default and had no annotation.
fn literal_type(src: &SourceFile, n: Node<'_>) -> &'static str {
    match n.kind() {
        "string" => "string",
        "true" | "false" => "boolean",
        _ if src.node_text(n).trim_start_matches('-').parse::<f64>().is_ok() => "number",
        _ => "unknown",
    }
}

/// A parameter's default removed; the project's own callers that relied on it now pass it.
fn remove_default(p: &Project, t: &Target) -> Option<Refactoring> {
    let (u, s) = sym(p, t);
    let def = def_node(&u.src, s)?;
    let ps = params(&u.src, def);
    let x = ps.get(t.param)?;
    let (name, default) = (x.name?, x.default?);
    let pname = u.src.node_text(name);
    let dtext = u.src.node_text(default);
    let mut r = Refactoring::new(Kind::RemoveDefault, format!("Make `{pname}` of `{}` required (was {dtext})", s.name));
    if p.python {
        // `x=1` → `x`; `x: int = 1` → `x: int`.
        let cut_from = match x.node.child_by_field_name("type") {
            Some(ty) => ty.end_byte(),
            None => name.end_byte(),
        };
        r.edit(&u.rel, cut_from, x.node.end_byte(), "");
    } else {
        match x.node.child_by_field_name("type") {
            Some(ty) => r.edit(&u.rel, ty.end_byte(), x.node.end_byte(), ""),
            None => r.edit(&u.rel, name.end_byte(), x.node.end_byte(), format!(": {}", literal_type(&u.src, default))),
        }
    }
    for o in &p.sources {
        for (_, args) in calls_to(o, s) {
            let all = items(args);
            if all.iter().any(|a| is_splat(*a)) {
                continue;
            }
            let positional = all.iter().filter(|a| a.kind() != "keyword_argument").count();
            let named = all.iter().any(|a| {
                a.child_by_field_name("name")
                    .is_some_and(|n| a.kind() == "keyword_argument" && o.src.node_text(n) == pname)
            });
            if positional <= t.param && !named {
                let arg = if p.python { format!("{pname}={dtext}") } else { dtext.to_string() };
                if !p.python && positional < t.param {
                    continue;
                }
                let (a, b, text) = append_item(&o.src, args, &arg);
                r.edit(&o.rel, a, b, text);
            }
        }
    }
    Some(r)
}

/// Python: `def f(a, b=1)` → `def f(a, *, b=1)`; callers passing `b` by position pass it by name.
fn keyword_only(p: &Project, t: &Target) -> Option<Refactoring> {
    let (u, s) = sym(p, t);
    let def = def_node(&u.src, s)?;
    let ps = params(&u.src, def);
    let first = ps.get(t.param)?;
    let names: Vec<&str> = ps.iter().map(|x| x.name.map(|n| u.src.node_text(n)).unwrap_or("")).collect();
    let mut r = Refactoring::new(
        Kind::KeywordOnly,
        format!("Make `{}` keyword-only in `{}`", names[t.param..].join("`, `"), s.name),
    );
    r.edit(&u.rel, first.node.start_byte(), first.node.start_byte(), "*, ");
    for o in &p.sources {
        for (_, args) in calls_to(o, s) {
            let all = items(args);
            if all.iter().any(|a| is_splat(*a)) {
                continue;
            }
            for (i, a) in all.iter().enumerate().filter(|(_, a)| a.kind() != "keyword_argument") {
                if i >= t.param {
                    let n = names.get(i)?;
                    r.edit(&o.rel, a.start_byte(), a.start_byte(), format!("{n}="));
                }
            }
        }
    }
    Some(r)
}

/// An unused parameter removed; the project's callers stop passing it.
fn remove_param(p: &Project, t: &Target) -> Option<Refactoring> {
    let (u, s) = sym(p, t);
    let def = def_node(&u.src, s)?;
    let list = def.child_by_field_name("parameters")?;
    let ps = params(&u.src, def);
    let x = ps.get(t.param)?;
    let pname = u.src.node_text(x.name?);
    let mut r = Refactoring::new(Kind::RemoveParam, format!("Drop the unused parameter `{pname}` of `{}`", s.name));
    let all = items(list);
    let i = all.iter().position(|n| n.id() == x.node.id())?;
    let (a, b) = remove_item(&all, i)?;
    r.edit(&u.rel, a, b, "");
    if let Some(doc) = doc_node(&u.src, def) {
        let _ = doc; // Docs that name the parameter stay: a dropped parameter's line is the developer's to edit.
    }
    for o in &p.sources {
        for (_, args) in calls_to(o, s) {
            let all = items(args);
            if all.iter().any(|a| is_splat(*a)) {
                continue;
            }
            let pos = all.iter().position(|a| {
                a.kind() == "keyword_argument"
                    && a.child_by_field_name("name").is_some_and(|n| o.src.node_text(n) == pname)
            });
            let pos = pos.or_else(|| {
                (all.iter().take(t.param + 1).all(|a| a.kind() != "keyword_argument") && all.len() > t.param)
                    .then_some(t.param)
            });
            if let Some(k) = pos {
                let (a, b) = remove_item(&all, k)?;
                r.edit(&o.rel, a, b, "");
            }
        }
    }
    Some(r)
}

/// TypeScript: `f(a: A, b: B = 1)` → `f({ a, b = 1 }: { a: A; b?: B })`; callers pass `{ a: x, b: y }`.
fn options_object(p: &Project, t: &Target) -> Option<Refactoring> {
    let (u, s) = sym(p, t);
    let def = def_node(&u.src, s)?;
    let list = def.child_by_field_name("parameters")?;
    let ps = params(&u.src, def);
    let mut pattern = Vec::new();
    let mut ty = Vec::new();
    let mut names = Vec::new();
    for x in &ps {
        let name = u.src.node_text(x.name?);
        let annot = u.src.node_text(x.node.child_by_field_name("type")?).trim_start_matches(':').trim();
        let optional = x.default.is_some() || x.node.kind() == "optional_parameter";
        pattern.push(match x.default {
            Some(d) => format!("{name} = {}", u.src.node_text(d)),
            None => name.to_string(),
        });
        ty.push(format!("{name}{}: {annot}", if optional { "?" } else { "" }));
        names.push(name);
    }
    let all = items(list);
    let (first, last) = (all.first()?, all.last()?);
    let mut r = Refactoring::new(
        Kind::OptionsObject,
        format!("`{}` takes an options object ({{ {} }})", s.name, names.join(", ")),
    );
    r.edit(
        &u.rel,
        first.start_byte(),
        last.end_byte(),
        format!("{{ {} }}: {{ {} }}", pattern.join(", "), ty.join("; ")),
    );
    for o in &p.sources {
        for (_, args) in calls_to(o, s) {
            let given = items(args);
            if given.is_empty() || given.iter().any(|a| is_splat(*a)) || given.len() > names.len() {
                continue;
            }
            let obj: Vec<String> =
                given.iter().zip(&names).map(|(a, n)| format!("{n}: {}", o.src.node_text(*a))).collect();
            r.edit(
                &o.rel,
                given[0].start_byte(),
                given[given.len() - 1].end_byte(),
                format!("{{ {} }}", obj.join(", ")),
            );
        }
    }
    Some(r)
}

/// Python: the parameters after the first folded into a dataclass declared above the function (`def f(x, a,
/// b=2)` → `@dataclass class FOptions: a: Any; b: int = 2` and `def f(x, options: FOptions)`), the body reading
/// them back at its start; the project's own callers in the same module pass an instance. Callers elsewhere (an
/// import to add) or with `*args`/`**kw` leave the kind out for this function.
fn options_class(p: &Project, t: &Target) -> Option<Refactoring> {
    let (u, s) = sym(p, t);
    let def = def_node(&u.src, s)?;
    let ps = params(&u.src, def);
    let folded = ps.get(1..).filter(|f| !f.is_empty())?;
    let class = format!("{}Options", styled(&words(&s.name), Style::Pascal));
    if u.src.text().contains(&class) || p.defs_named(&class) > 0 {
        return None;
    }
    let names: Vec<&str> = folded.iter().map(|x| x.name.map(|n| u.src.node_text(n))).collect::<Option<_>>()?;
    let mut fields = String::new();
    let mut any = false;
    for (x, name) in folded.iter().zip(&names) {
        let annotation = x.node.child_by_field_name("type").map(|n| u.src.node_text(n).to_string());
        any |= annotation.is_none();
        let annotation = annotation.unwrap_or_else(|| "Any".to_string());
        match x.default {
            Some(d) => fields.push_str(&format!("    {name}: {annotation} = {}\n", u.src.node_text(d))),
            None => fields.push_str(&format!("    {name}: {annotation}\n")),
        }
    }
    let required = folded.iter().any(|x| x.default.is_none());
    let mut r = Refactoring::new(
        Kind::OptionsObject,
        format!("`{}` takes its options as a `{class}` ({})", s.name, names.join(", ")),
    );
    // The class above the definition (and its decorators).
    let top = def.parent().filter(|d| d.kind() == "decorated_definition").unwrap_or(def);
    let line_start = u.src.text()[..top.start_byte()].rfind('\n').map_or(0, |i| i + 1);
    if line_start != top.start_byte() {
        // A nested function: its indentation would have to be the class's too.
        return None;
    }
    r.edit(&u.rel, line_start, line_start, format!("@dataclass\nclass {class}:\n{fields}\n\n"));
    let (first, last) = (folded.first()?.node, folded.last()?.node);
    let param = if required { format!("options: {class}") } else { format!("options: {class} | None = None") };
    r.edit(&u.rel, first.start_byte(), last.end_byte(), param);
    // The body reads the options back into the names it used, after its docstring.
    let body = def.child_by_field_name("body")?;
    let statements = items(body);
    let doc = statements
        .first()
        .filter(|st| st.kind() == "expression_statement" && st.named_child(0).is_some_and(|c| c.kind() == "string"));
    let anchor = match doc {
        Some(_) => statements.get(1).copied(),
        None => statements.first().copied(),
    }
    .filter(|a| a.start_position().row > def.start_position().row)?;
    let indent = " ".repeat(anchor.start_position().column);
    let mut prologue = String::new();
    if !required {
        prologue.push_str(&format!("if options is None:\n{indent}    options = {class}()\n{indent}"));
    }
    let reads: Vec<String> = names.iter().map(|n| format!("options.{n}")).collect();
    prologue.push_str(&format!("{} = {}\n{indent}", names.join(", "), reads.join(", ")));
    r.edit(&u.rel, anchor.start_byte(), anchor.start_byte(), prologue);
    // The module's own callers pass an instance; callers in other modules would need an import: not this kind.
    for o in p.sources.iter().filter(|o| o.rel != u.rel) {
        if !calls_to(o, s).is_empty() {
            return None;
        }
    }
    for (_, args) in calls_to(u, s) {
        let given = items(args);
        if given.iter().any(|a| is_splat(*a)) {
            return None;
        }
        let positional: Vec<Node> = given.iter().copied().filter(|a| a.kind() != "keyword_argument").collect();
        let mut parts: Vec<String> =
            positional.iter().skip(1).zip(&names).map(|(a, n)| format!("{n}={}", u.src.node_text(*a))).collect();
        for k in given.iter().filter(|a| a.kind() == "keyword_argument") {
            // The first parameter passed by keyword stays outside the options: not this simple fold.
            let name = k.child_by_field_name("name").map(|n| u.src.node_text(n));
            if !name.is_some_and(|n| names.contains(&n)) {
                return None;
            }
            parts.push(u.src.node_text(*k).to_string());
        }
        let head = positional.first().map(|a| u.src.node_text(*a).to_string());
        let text = match head {
            Some(h) => format!("{h}, {class}({})", parts.join(", ")),
            None => format!("{class}({})", parts.join(", ")),
        };
        r.edit(&u.rel, args.start_byte() + 1, args.end_byte() - 1, text);
    }
    // The imports, after any `from __future__` line (which must come first).
    let text = u.src.text();
    let mut at = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        offset += line.len();
        if line.starts_with("from __future__") {
            at = offset;
        }
    }
    let mut imports = String::new();
    if !text.contains("from dataclasses import dataclass") {
        imports.push_str("from dataclasses import dataclass\n");
    }
    if any && !text.contains("from typing import Any") {
        imports.push_str("from typing import Any\n");
    }
    if !imports.is_empty() {
        r.edit(&u.rel, at, at, imports);
    }
    Some(r)
}

/// The keys of a TypeScript function's options parameter: a destructured `{ a, b }` or a parameter typed
/// with an interface/type declared in the same file.
fn option_keys(p: &Project, u: &Unit, s: &Symbol) -> Vec<String> {
    if p.python {
        return Vec::new();
    }
    let Some(def) = def_node(&u.src, s) else { return Vec::new() };
    let ps = params(&u.src, def);
    let mut keys = Vec::new();
    for x in ps {
        let Some(pat) = x.node.child_by_field_name("pattern") else { continue };
        if pat.kind() == "object_pattern" {
            for k in items(pat) {
                let key = match k.kind() {
                    "shorthand_property_identifier_pattern" => Some(k),
                    "object_assignment_pattern" => k.child_by_field_name("left"),
                    _ => None,
                };
                if let Some(k) = key {
                    keys.push(u.src.node_text(k).to_string());
                }
            }
        } else if let Some(iface) = option_type(u, x.node) {
            for sig in descendants(iface, &["property_signature"]) {
                if let Some(n) = sig.child_by_field_name("name") {
                    keys.push(u.src.node_text(n).to_string());
                }
            }
        }
    }
    keys
}

/// The interface/type alias (in the same file) a parameter is typed with.
fn option_type<'a>(u: &'a Unit, param: Node<'a>) -> Option<Node<'a>> {
    let ty = param.child_by_field_name("type")?;
    let name = descendants(ty, &["type_identifier"]).into_iter().next()?;
    let name = u.src.node_text(name);
    let s = u.index.symbols.iter().find(|s| s.kind == SymbolKind::Type && s.name == name)?;
    s.node(&u.src)
}

/// TypeScript: an option key renamed in the function (pattern, body, inline type), its interface, its JSDoc, and
/// in the object literals the project's own callers pass.
fn rename_option_key(p: &Project, t: &Target, rng: &mut Rng) -> Option<Refactoring> {
    let (u, s) = sym(p, t);
    let def = def_node(&u.src, s)?;
    let old = t.key.as_str();
    let new = fresh_param(p, old, rng)?;
    let mut r = Refactoring::new(Kind::RenameOptionKey, format!("Rename option `{old}` of `{}` to `{new}`", s.name));
    let kinds = &[
        "identifier",
        "property_identifier",
        "shorthand_property_identifier_pattern",
        "shorthand_property_identifier",
    ];
    let mut spans = vec![def];
    for x in params(&u.src, def) {
        if let Some(iface) = option_type(u, x.node) {
            spans.push(iface);
        }
    }
    for span in spans {
        for n in descendants(span, kinds) {
            if u.src.node_text(n) == old {
                r.edit(&u.rel, n.start_byte(), n.end_byte(), &new);
            }
        }
    }
    if let Some(doc) = doc_node(&u.src, def) {
        r.edit(&u.rel, doc.start_byte(), doc.end_byte(), replace_word(u.src.node_text(doc), old, &new));
    }
    for o in &p.sources {
        for (call, args) in calls_to(o, s) {
            if call.start_byte() >= def.start_byte() && call.end_byte() <= def.end_byte() && o.rel == u.rel {
                continue;
            }
            for obj in items(args).into_iter().filter(|a| a.kind() == "object") {
                for member in items(obj) {
                    match member.kind() {
                        "pair" => {
                            if let Some(k) = member.child_by_field_name("key").filter(|k| o.src.node_text(*k) == old) {
                                r.edit(&o.rel, k.start_byte(), k.end_byte(), &new);
                            }
                        }
                        "shorthand_property_identifier" if o.src.node_text(member) == old => {
                            r.edit(&o.rel, member.start_byte(), member.end_byte(), format!("{new}: {old}"));
                        }
                        _ => {}
                    }
                }
            }
        }
    }
    // An interface key read elsewhere in the source (`line.sku` in another function, an object literal typed
    // by the interface): an IDE would follow the type there; without types the case would leave the source
    // itself broken, which measures nothing about the healer.
    let kinds = &["property_identifier", "shorthand_property_identifier", "shorthand_property_identifier_pattern"];
    for o in &p.sources {
        let edited = r.edits.get(&o.rel);
        for n in descendants(o.src.root(), kinds) {
            let covered =
                edited.is_some_and(|es| es.iter().any(|e| e.start <= n.start_byte() && n.end_byte() <= e.end));
            if o.src.node_text(n) == old && !covered {
                return None;
            }
        }
    }
    Some(r)
}

// ---------------------------------------------------------------------------------------------------------
// Moves.

fn stem(rel: &Path) -> String {
    rel.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

/// A function can be moved out of its module when the module does not use it itself and nothing reaches it
/// as `module.name`.
fn movable(u: &Unit, s: &Symbol) -> bool {
    let rest = format!("{}{}", &u.src.text()[..s.span.0], &u.src.text()[s.span.1..]);
    let init = stem(&u.rel) == "__init__" || stem(&u.rel) == "index";
    !init && !has_word(&rest, &s.name)
}

fn new_module_rel(p: &Project, rel: &Path, rng: &mut Rng) -> Option<PathBuf> {
    const SUFFIXES: &[&str] = &["core", "ops", "helpers", "logic", "service", "model", "tools"];
    for _ in 0..10 {
        let suffix = SUFFIXES[rng.below(SUFFIXES.len())];
        let ext = rel.extension()?.to_string_lossy().into_owned();
        let name = format!("{}_{suffix}.{ext}", stem(rel));
        let cand = rel.with_file_name(name);
        if !p.root.join(&cand).exists() && p.free(&stem(&cand)) {
            return Some(cand);
        }
    }
    None
}

/// Whether an import statement in `importer` names the module of `target` (Python dotted or relative; TS a
/// relative path).
fn imports_module(p: &Project, importer: &Path, spec: &str, target: &Path) -> bool {
    if p.python {
        let module =
            maestro_test_healer::project_index::module_path(target, maestro_test_healer::lang::Language::Python);
        if let Some(rel) = spec.strip_prefix('.') {
            return importer.parent() == target.parent() && rel == stem(target);
        }
        spec == module
    } else {
        if !spec.starts_with('.') {
            return false;
        }
        let base = importer.parent().unwrap_or(Path::new(""));
        let bare = spec.strip_suffix(".js").or_else(|| spec.strip_suffix(".ts")).unwrap_or(spec);
        normalize(&base.join(bare)) == target.with_extension("")
    }
}

fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// The module spec with its last segment replaced (`shop.pricing` → `shop.pricing_ops`, `./pricing.js` →
/// `./pricing_ops.js`).
fn respec(spec: &str, python: bool, new_stem: &str) -> String {
    if python {
        match spec.rfind('.') {
            Some(i) => format!("{}{new_stem}", &spec[..=i]),
            None => new_stem.to_string(),
        }
    } else {
        let (bare, ext) = match spec.strip_suffix(".js") {
            Some(b) => (b, ".js"),
            None => match spec.strip_suffix(".ts") {
                Some(b) => (b, ".ts"),
                None => (spec, ""),
            },
        };
        match bare.rfind('/') {
            Some(i) => format!("{}{new_stem}{ext}", &bare[..=i]),
            None => format!("{new_stem}{ext}"),
        }
    }
}

/// The module spec of an import statement and the nodes of its imported names (Python `from m import a, b`;
/// TS `import { a, b } from 'm'`).
fn import_parts<'a>(src: &'a SourceFile, stmt: Node<'a>) -> Option<(Node<'a>, Vec<Node<'a>>)> {
    if src.lang().is_python() {
        if stmt.kind() != "import_from_statement" {
            return None;
        }
        let module = stmt.child_by_field_name("module_name")?;
        let mut cursor = stmt.walk();
        let names: Vec<Node> = stmt.children_by_field_name("name", &mut cursor).collect();
        Some((module, names))
    } else {
        if stmt.kind() != "import_statement" {
            return None;
        }
        let source = stmt.child_by_field_name("source")?;
        let named = descendants(stmt, &["named_imports"]).into_iter().next();
        let names = named
            .map(|n| items(n).into_iter().filter(|c| c.kind() == "import_specifier").collect())
            .unwrap_or_default();
        Some((source, names))
    }
}

fn spec_text(src: &SourceFile, n: Node<'_>) -> String {
    src.node_text(n).trim_matches(['"', '\'']).to_string()
}

/// The name an import item brings in (`a` of `a as b`, `{ a as b }`).
fn imported_name<'a>(src: &'a SourceFile, n: Node<'_>) -> &'a str {
    let name = n.child_by_field_name("name").unwrap_or(n);
    src.node_text(name)
}

/// Moves a top-level function to a new module next to its old one; the old module's imports it needs come
/// along; the project's importers import it from its new place.
fn move_function(p: &Project, t: &Target, rng: &mut Rng) -> Option<Refactoring> {
    let (u, s) = sym(p, t);
    let outer = s.node(&u.src)?;
    let outer = match outer.parent() {
        Some(x) if x.kind() == "export_statement" => x,
        Some(x) if x.kind() == "lexical_declaration" => {
            x.parent().filter(|e| e.kind() == "export_statement").unwrap_or(x)
        }
        _ => outer,
    };
    let to = new_module_rel(p, &u.rel, rng)?;
    let (old_stem, new_stem) = (stem(&u.rel), stem(&to));
    let body = u.src.node_text(outer);
    let mut r = Refactoring::new(Kind::MoveFunction, format!("Move `{}` to {}", s.name, to.display()));
    // Header: the old module's imports the function uses, then what it uses from the old module.
    let mut header = String::new();
    for imp in u.src.imports() {
        let text = u.src.node_text(imp);
        let used = descendants(imp, &["identifier", "dotted_name"]).iter().any(|n| has_word(body, u.src.node_text(*n)));
        if p.python || used {
            header.push_str(text);
            header.push('\n');
        }
    }
    let mut from_old = Vec::new();
    for other in &u.index.symbols {
        if other.container.is_none() && other.name != s.name && has_word(body, &other.name) {
            if !p.python && !other.exported {
                return None;
            }
            from_old.push(other.name.clone());
        }
    }
    if !from_old.is_empty() {
        if p.python {
            let module =
                maestro_test_healer::project_index::module_path(&u.rel, maestro_test_healer::lang::Language::Python);
            header.push_str(&format!("from {module} import {}\n", from_old.join(", ")));
        } else {
            let suffix = if p.js_suffix { ".js" } else { "" };
            header.push_str(&format!("import {{ {} }} from './{old_stem}{suffix}';\n", from_old.join(", ")));
        }
    }
    let sep = if header.is_empty() {
        ""
    } else if p.python {
        "\n\n"
    } else {
        "\n"
    };
    r.create.push((to.clone(), format!("{header}{sep}{body}\n")));
    // Remove it from the old module, with the blank lines after it.
    let text = u.src.text();
    let mut end = outer.end_byte();
    while text[end..].starts_with('\n') {
        end += 1;
    }
    r.edit(&u.rel, outer.start_byte(), end, "");
    // Importers follow.
    for o in &p.sources {
        for imp in o.src.imports() {
            let Some((spec_node, names)) = import_parts(&o.src, imp) else { continue };
            let spec = spec_text(&o.src, spec_node);
            if !imports_module(p, &o.rel, &spec, &u.rel) {
                continue;
            }
            let Some(hit) = names.iter().position(|n| imported_name(&o.src, *n) == s.name) else { continue };
            let moved = o.src.node_text(names[hit]);
            let new_spec = respec(&spec, p.python, &new_stem);
            let line = if p.python {
                format!("from {new_spec} import {moved}")
            } else {
                format!("import {{ {moved} }} from '{new_spec}';")
            };
            if names.len() == 1 {
                r.edit(&o.rel, imp.start_byte(), imp.end_byte(), line);
            } else {
                let (a, b) = remove_item(&names, hit)?;
                r.edit(&o.rel, a, b, "");
                r.edit(&o.rel, imp.end_byte(), imp.end_byte(), format!("\n{line}"));
            }
        }
    }
    Some(r)
}

/// A module can be renamed when it is not a package's `__init__`/`index`, tests import it, and no source file
/// imports it in a form the rename would have to rewrite beyond the import line (`import a.b`).
fn renamable_module(p: &Project, u: &Unit) -> bool {
    let st = stem(&u.rel);
    if st == "__init__" || st == "index" || st == "main" || !p.tested(&st) {
        return false;
    }
    p.sources.iter().all(|o| {
        o.src.imports().iter().all(|imp| {
            let text = o.src.node_text(*imp);
            let plain_import = p.python && imp.kind() == "import_statement" && has_word(text, &st);
            let package_import = p.python
                && imp.kind() == "import_from_statement"
                && (text.starts_with("from . import") || text.starts_with("from .. import"));
            // `from payroll import brackets` in the project's own code: the importers are not rewritten for
            // this shape, so renaming the module would leave the source itself broken (a generator bug, not a
            // case: the healer must not touch source files).
            let submodule_import = p.python
                && imp.kind() == "import_from_statement"
                && text.split_once(" import ").is_some_and(|(_, names)| has_word(names, &st));
            !plain_import && !package_import && !submodule_import
        })
    })
}

/// Renames a module file; the project's importers follow.
fn rename_module(p: &Project, t: &Target, rng: &mut Rng) -> Option<Refactoring> {
    let u = &p.sources[t.unit];
    let to = new_module_rel(p, &u.rel, rng)?;
    let new_stem = stem(&to);
    let mut r = Refactoring::new(Kind::RenameModule, format!("Rename {} to {}", u.rel.display(), to.display()));
    r.moves.push((u.rel.clone(), to.clone()));
    for o in &p.sources {
        for imp in o.src.imports() {
            let Some((spec_node, _)) = import_parts(&o.src, imp) else { continue };
            let spec = spec_text(&o.src, spec_node);
            if imports_module(p, &o.rel, &spec, &u.rel) {
                let quote = if p.python { "" } else { &o.src.node_text(spec_node)[..1] };
                let new_spec = respec(&spec, p.python, &new_stem);
                r.edit(&o.rel, spec_node.start_byte(), spec_node.end_byte(), format!("{quote}{new_spec}{quote}"));
            }
        }
    }
    Some(r)
}

// ---------------------------------------------------------------------------------------------------------
// Shapes.

/// A method that can become a getter/property: no decorators (Python), not static, not a getter already.
fn getter_ready(src: &SourceFile, def: Node<'_>) -> bool {
    if src.lang().is_python() {
        def.parent().is_some_and(|p| p.kind() == "block")
    } else {
        let mut cursor = def.walk();
        let keywords: Vec<&str> = def.children(&mut cursor).take_while(|c| !c.is_named()).map(|c| c.kind()).collect();
        !keywords.iter().any(|k| matches!(*k, "static" | "get" | "set" | "async" | "*"))
    }
}

/// `def total(self)` → `@property def total(self)`; TS `total()` → `get total()`. Callers drop the `()`.
fn method_to_property(p: &Project, t: &Target) -> Option<Refactoring> {
    let (u, s) = sym(p, t);
    let def = def_node(&u.src, s)?;
    let mut r = Refactoring::new(
        Kind::MethodToProperty,
        format!("`{}.{}` becomes a property", s.container.as_deref().unwrap_or(""), s.name),
    );
    if p.python {
        let line = u.src.line_of(def.start_byte());
        let indent = u.src.indent_of(line).to_string();
        r.edit(&u.rel, def.start_byte(), def.start_byte(), format!("@property\n{indent}"));
    } else {
        let name = def.child_by_field_name("name")?;
        r.edit(&u.rel, name.start_byte(), name.start_byte(), "get ");
    }
    for o in &p.sources {
        for (call, args) in calls_to(o, s) {
            if !items(args).is_empty() {
                return None;
            }
            let callee = call.child_by_field_name("function")?;
            r.edit(&o.rel, call.start_byte(), call.end_byte(), o.src.node_text(callee));
        }
    }
    Some(r)
}

/// `def load(...)` → `async def load(...)` (TS: `async`, `Promise<T>`); chosen only where no source code calls it.
fn make_async(p: &Project, t: &Target) -> Option<Refactoring> {
    let (u, s) = sym(p, t);
    let def = def_node(&u.src, s)?;
    let mut r = Refactoring::new(Kind::MakeAsync, format!("`{}` becomes async", s.name));
    if p.python {
        r.edit(&u.rel, def.start_byte(), def.start_byte(), "async ");
    } else {
        let at = if def.kind() == "method_definition" { def.child_by_field_name("name")? } else { def };
        r.edit(&u.rel, at.start_byte(), at.start_byte(), "async ");
        if let Some(ret) = def.child_by_field_name("return_type") {
            let ty = u.src.node_text(ret).trim_start_matches(':').trim();
            if !ty.starts_with("Promise<") {
                r.edit(&u.rel, ret.start_byte(), ret.end_byte(), format!(": Promise<{ty}>"));
            }
        }
    }
    Some(r)
}

fn number(text: &str) -> Option<f64> {
    let t = text.replace('_', "");
    if t.contains(['e', 'E', 'x', 'X', 'n']) {
        return None;
    }
    t.parse::<f64>().ok()
}

/// A numeric module constant gets another value.
fn change_constant(p: &Project, t: &Target, rng: &mut Rng) -> Option<Refactoring> {
    let (u, s) = sym(p, t);
    let old = s.value.as_deref()?;
    let v = number(old)?;
    let integer = !old.contains('.');
    let new = if integer {
        let step = [1, 2, 5, 10][rng.below(4)] as i64;
        format!("{}", v as i64 + step)
    } else {
        let decimals = old.split('.').nth(1).map_or(1, str::len);
        let factor = [1.1, 1.25, 0.9, 1.5][rng.below(4)];
        let scale = 10f64.powi(decimals as i32 + 1);
        let n = (v * factor * scale).round() / scale;
        let mut text = format!("{n}");
        if !text.contains('.') {
            text.push_str(".0");
        }
        text
    };
    if new == old {
        return None;
    }
    let text = &u.src.text()[s.span.0..s.span.1];
    let at = text.rfind(old)? + s.span.0;
    let mut r = Refactoring::new(Kind::ChangeConstant, format!("Change `{}` from {old} to {new}", s.name));
    r.edit(&u.rel, at, at + old.len(), new.clone());
    // A developer who changes a value on purpose updates the file's comments and docstrings that state it
    // ("25 cents per late day"); left stale they say the change is the slip, which the healer rightly refuses.
    for (start, end) in stated_in_docs(&u.src, old) {
        r.edit(&u.rel, start, end, new.clone());
    }
    Some(r)
}

/// Byte ranges of `value` written as a whole number in the comments and docstrings of `src` (not `250` or
/// `2.5` for `25`).
fn stated_in_docs(src: &SourceFile, value: &str) -> Vec<(usize, usize)> {
    let docs = descendants(src.root(), &["comment", "string"]);
    let mut out = Vec::new();
    for n in docs {
        let doc = n.kind() == "comment"
            || n.parent().is_some_and(|p| p.kind() == "expression_statement" && p.named_child_count() == 1);
        if !doc {
            continue;
        }
        let text = src.node_text(n);
        let part = |c: char| c.is_ascii_alphanumeric() || c == '.' || c == '_';
        for (i, _) in text.match_indices(value) {
            let before = text[..i].chars().next_back();
            let after = text[i + value.len()..].chars().next();
            // A sentence's full stop after the number is not a decimal point.
            let after_ok = match after {
                Some('.') => !text[i + value.len() + 1..].chars().next().is_some_and(|c| c.is_ascii_digit()),
                Some(c) => !part(c),
                None => true,
            };
            if !before.is_some_and(part) && after_ok {
                out.push((n.start_byte() + i, n.start_byte() + i + value.len()));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn names_are_split_and_styled() {
        assert_eq!(words("addItem"), ["add", "item"]);
        assert_eq!(words("price_with_tax"), ["price", "with", "tax"]);
        assert_eq!(styled(&["build".into(), "item".into()], Style::Camel), "buildItem");
        assert_eq!(styled(&["smart".into(), "cart".into()], Style::Pascal), "SmartCart");
    }

    #[test]
    fn a_changed_value_is_updated_where_the_docs_state_it() {
        let text = "# 25 cents a day\nFEE = 25\n\ndef fee(days):\n    \"\"\"25 cents per late day, 250 at most. Was 25.\"\"\"\n    return days * FEE  # not 2.5\n";
        let src = SourceFile::from_text("loans.py", text).unwrap();
        let spans = stated_in_docs(&src, "25");
        let stated: Vec<&str> = spans.iter().map(|&(a, b)| &text[a..b]).collect();
        // The comment, the docstring's "25 cents" and "Was 25."; not 250, 2.5 or the code itself.
        assert_eq!(stated, ["25", "25", "25"]);
        assert!(spans.iter().all(|&(a, _)| !text[..a].ends_with("FEE = ")));
    }

    #[test]
    fn module_specs_follow_the_stem() {
        assert_eq!(respec("shop.pricing", true, "pricing_ops"), "shop.pricing_ops");
        assert_eq!(respec(".pricing", true, "pricing_ops"), ".pricing_ops");
        assert_eq!(respec("../src/color.js", false, "color_core"), "../src/color_core.js");
        assert_eq!(respec("./cart", false, "cart_ops"), "./cart_ops");
    }
}
