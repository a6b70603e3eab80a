//! Syntax-tree helpers for the refactorings: the definition node behind an index entry, its parameters, the
//! calls to it and their arguments. Everything works on tree-sitter nodes, never on regular expressions.

use maestro_test_healer::project_index::Symbol;
use maestro_test_healer::source::SourceFile;
use tree_sitter::Node;

/// The function/method/class node behind an index entry (decorators and `export` unwrapped; for
/// `const f = () => ...`, the arrow function).
pub fn def_node<'a>(src: &'a SourceFile, sym: &Symbol) -> Option<Node<'a>> {
    let mut node = sym.node(src)?;
    if node.kind() == "decorated_definition" {
        node = node.child_by_field_name("definition")?;
    }
    if node.kind() == "variable_declarator" {
        node = node.child_by_field_name("value")?;
    }
    Some(node)
}

/// Named children that are not comments.
pub fn items(node: Node<'_>) -> Vec<Node<'_>> {
    let mut cursor = node.walk();
    node.named_children(&mut cursor).filter(|c| c.kind() != "comment").collect()
}

/// One parameter node of a definition, as the refactorings see it.
#[derive(Debug, Clone, Copy)]
pub struct ParamNode<'a> {
    pub node: Node<'a>,
    /// The bound name's node (identifier), `None` for patterns, `*`, `/`.
    pub name: Option<Node<'a>>,
    pub default: Option<Node<'a>>,
    /// `*args`, `**kw`, `...rest`, `*`, `/`.
    pub special: bool,
}

/// The parameters of a definition, `self`/`cls` left out.
pub fn params<'a>(src: &SourceFile, def: Node<'a>) -> Vec<ParamNode<'a>> {
    let Some(list) = def.child_by_field_name("parameters") else { return Vec::new() };
    let mut out = Vec::new();
    for (i, p) in items(list).into_iter().enumerate() {
        let (name, default, special) = match p.kind() {
            "identifier" => (Some(p), None, false),
            "typed_parameter" => (p.named_child(0).filter(|n| n.kind() == "identifier"), None, false),
            "default_parameter" | "typed_default_parameter" => {
                (p.child_by_field_name("name"), p.child_by_field_name("value"), false)
            }
            "required_parameter" | "optional_parameter" => {
                let pattern = p.child_by_field_name("pattern");
                let rest = pattern.is_some_and(|x| x.kind() == "rest_pattern");
                (pattern.filter(|x| x.kind() == "identifier"), p.child_by_field_name("value"), rest)
            }
            _ => (None, None, true),
        };
        let is_self = i == 0 && name.is_some_and(|n| matches!(src.node_text(n), "self" | "cls"));
        if is_self {
            continue;
        }
        out.push(ParamNode { node: p, name, default, special });
    }
    out
}

/// Every node of `kinds` in `node`'s subtree.
pub fn descendants<'a>(node: Node<'a>, kinds: &[&str]) -> Vec<Node<'a>> {
    let mut out = Vec::new();
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        if kinds.contains(&n.kind()) {
            out.push(n);
        }
        let mut cursor = n.walk();
        stack.extend(n.children(&mut cursor));
    }
    out.sort_by_key(|n| n.start_byte());
    out
}

/// Calls in `src` to a plain `name(...)` (`member`: `x.name(...)`), with their argument-list node.
pub fn calls<'a>(src: &'a SourceFile, name: &str, member: bool) -> Vec<(Node<'a>, Node<'a>)> {
    let kinds: &[&str] = if src.lang().is_python() { &["call"] } else { &["call_expression", "new_expression"] };
    descendants(src.root(), kinds)
        .into_iter()
        .filter_map(|call| {
            let callee = call.child_by_field_name("function").or_else(|| call.child_by_field_name("constructor"))?;
            let hit = if member {
                matches!(callee.kind(), "attribute" | "member_expression")
                    && callee
                        .child_by_field_name("attribute")
                        .or_else(|| callee.child_by_field_name("property"))
                        .is_some_and(|p| src.node_text(p) == name)
            } else {
                callee.kind() == "identifier" && src.node_text(callee) == name
            };
            let args = call.child_by_field_name("arguments")?;
            (hit && matches!(args.kind(), "argument_list" | "arguments")).then_some((call, args))
        })
        .collect()
}

/// Whether an argument is `*xs`, `**kw` or `...xs` (positions unknown: callers with one are left alone).
pub fn is_splat(arg: Node<'_>) -> bool {
    matches!(arg.kind(), "list_splat" | "dictionary_splat" | "spread_element")
}

/// The edit that appends `text` as the last item of a bracketed list node (`(a, b)` → `(a, b, text)`).
pub fn append_item(src: &SourceFile, list: Node<'_>, text: &str) -> (usize, usize, String) {
    let all = items(list);
    match all.last() {
        Some(last) => (last.end_byte(), last.end_byte(), format!(", {text}")),
        None => {
            let at = list.end_byte().saturating_sub(1);
            let close = src.text().get(at..list.end_byte()).unwrap_or("");
            if close == ")" || close == "]" {
                (at, at, text.to_string())
            } else {
                (list.end_byte(), list.end_byte(), text.to_string())
            }
        }
    }
}

/// The edit that removes item `i` of `all` with its separating comma.
pub fn remove_item(all: &[Node<'_>], i: usize) -> Option<(usize, usize)> {
    let item = all.get(i)?;
    if i > 0 {
        Some((all[i - 1].end_byte(), item.end_byte()))
    } else if let Some(next) = all.get(1) {
        Some((item.start_byte(), next.start_byte()))
    } else {
        Some((item.start_byte(), item.end_byte()))
    }
}

/// Whether `name` occurs as a whole word in `text`.
pub fn has_word(text: &str, name: &str) -> bool {
    let ident = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    text.match_indices(name).any(|(i, _)| {
        !text[..i].chars().next_back().is_some_and(ident) && !text[i + name.len()..].chars().next().is_some_and(ident)
    })
}

/// Whole-word replacements of `old` by `new` inside `text` (for docstrings and JSDoc).
pub fn replace_word(text: &str, old: &str, new: &str) -> String {
    let ident = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (i, _) in text.match_indices(old) {
        if i < at {
            continue;
        }
        let bounded = !text[..i].chars().next_back().is_some_and(ident)
            && !text[i + old.len()..].chars().next().is_some_and(ident);
        if bounded {
            out.push_str(&text[at..i]);
            out.push_str(new);
            at = i + old.len();
        }
    }
    out.push_str(&text[at..]);
    out
}

/// The docstring (Python) or the JSDoc comment right before the definition (TypeScript), if any.
pub fn doc_node<'a>(src: &'a SourceFile, def: Node<'a>) -> Option<Node<'a>> {
    if src.lang().is_python() {
        let body = def.child_by_field_name("body")?;
        let first = items(body).into_iter().next()?;
        let s = (first.kind() == "expression_statement").then(|| first.named_child(0)).flatten()?;
        (s.kind() == "string").then_some(s)
    } else {
        // `export function` / class members: the comment precedes the export statement or the member.
        let mut at = def;
        if at.parent().is_some_and(|p| p.kind() == "export_statement") {
            at = at.parent()?;
        }
        if at.parent().is_some_and(|p| p.kind() == "variable_declarator") {
            at = at.parent()?.parent()?;
            if at.parent().is_some_and(|p| p.kind() == "export_statement") {
                at = at.parent()?;
            }
        }
        let prev = at.prev_named_sibling()?;
        (prev.kind() == "comment" && src.node_text(prev).starts_with("/**")).then_some(prev)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_whole() {
        assert!(has_word("a = qty + 1", "qty"));
        assert!(!has_word("a = qty_max", "qty"));
        assert_eq!(
            replace_word(":param qty: qty_max of qty", "qty", "quantity"),
            ":param quantity: qty_max of quantity"
        );
    }

    #[test]
    fn finds_calls_and_parameters() {
        let src = SourceFile::from_text("a.py", "def f(self, a, b=2, *, c):\n    pass\nf(1, b=3)\nx.f()\n").unwrap();
        let def = src.root().named_child(0).unwrap();
        let ps = params(&src, def);
        let names: Vec<_> = ps.iter().map(|p| p.name.map(|n| src.node_text(n)).unwrap_or("*")).collect();
        assert_eq!(names, ["a", "b", "*", "c"]);
        assert_eq!(calls(&src, "f", false).len(), 1);
        assert_eq!(calls(&src, "f", true).len(), 1);
    }
}
