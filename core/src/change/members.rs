//! Facts about one definition's text the index does not keep: the keys of an options type or object pattern,
//! its documentation, the literals in its body.

use tree_sitter::Node;

use crate::source::SourceFile;

/// The keys of an object type or object pattern: `{ a: number; b?: string }`, `{ a, b = 1 }`,
/// `interface Opts { a: number }`, `type Opts = { ... }`.
pub fn object_keys(src: &SourceFile, node: Node) -> Vec<String> {
    let mut keys = Vec::new();
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        match n.kind() {
            "property_signature" | "pair_pattern" => {
                if let Some(k) = n.child_by_field_name("name").or_else(|| n.child_by_field_name("key")) {
                    keys.push(src.node_text(k).to_string());
                }
                continue;
            }
            "shorthand_property_identifier_pattern" => {
                keys.push(src.node_text(n).to_string());
                continue;
            }
            "object_assignment_pattern" => {
                if let Some(k) = n.child_by_field_name("left") {
                    keys.push(src.node_text(k).to_string());
                }
                continue;
            }
            // Nested functions and methods have keys of their own.
            "method_signature" | "function_type" | "arrow_function" => continue,
            _ => {}
        }
        let mut cursor = n.walk();
        let children: Vec<_> = n.named_children(&mut cursor).collect();
        stack.extend(children.into_iter().rev());
    }
    keys
}

/// The documentation of a definition: a Python docstring (first statement of the body) or the `/** ... */`
/// comment right before a TypeScript declaration.
pub fn doc_of(src: &SourceFile, def: Node) -> Option<String> {
    if src.lang().is_python() {
        let def = if def.kind() == "decorated_definition" { def.child_by_field_name("definition")? } else { def };
        let body = def.child_by_field_name("body")?;
        let first = body.named_child(0)?;
        let string = first.named_child(0).filter(|s| first.kind() == "expression_statement" && s.kind() == "string")?;
        return Some(src.node_text(string).to_string());
    }
    let mut node = def;
    // `export function f` — the comment sits before the export statement.
    if node.parent().is_some_and(|p| p.kind() == "export_statement") {
        node = node.parent()?;
    }
    let prev = node.prev_named_sibling().filter(|p| p.kind() == "comment")?;
    let text = src.node_text(prev);
    text.starts_with("/**").then(|| text.to_string())
}

/// The string and number literals inside a definition, in order (docstrings excluded).
pub fn literals(src: &SourceFile, def: Node) -> Vec<String> {
    let doc = doc_of(src, def);
    let mut out = Vec::new();
    let mut stack = vec![def];
    while let Some(n) = stack.pop() {
        match n.kind() {
            "string" | "integer" | "float" | "number" | "template_string" => {
                let text = src.node_text(n);
                if doc.as_deref() != Some(text) {
                    out.push(text.to_string());
                }
                continue;
            }
            _ => {}
        }
        let mut cursor = n.walk();
        let children: Vec<_> = n.named_children(&mut cursor).collect();
        stack.extend(children.into_iter().rev());
    }
    out
}

/// Whether `word` occurs in `text` as a whole identifier.
pub fn mentions(text: &str, word: &str) -> bool {
    let is_ident = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(is_ident) && !after.is_some_and(is_ident)
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn first_def(src: &SourceFile) -> Node<'_> {
        let mut found = None;
        src.walk(|n| {
            if found.is_none()
                && matches!(
                    n.kind(),
                    "function_definition" | "function_declaration" | "interface_declaration" | "type_alias_declaration"
                )
            {
                found = Some(n);
            }
            found.is_none()
        });
        found.unwrap()
    }

    #[test]
    fn keys_of_object_types_and_patterns() {
        let src =
            SourceFile::from_text("a.ts", "interface Opts { rate: number; label?: string; f(): void }\n").unwrap();
        assert_eq!(object_keys(&src, first_def(&src)), ["rate", "label"]);
        let src =
            SourceFile::from_text("a.ts", "function f({ rate, label = 'x' }: { rate: number; label?: string }) {}\n")
                .unwrap();
        let keys = object_keys(&src, first_def(&src).child_by_field_name("parameters").unwrap());
        assert!(keys.starts_with(&["rate".to_string(), "label".to_string()]), "{keys:?}");
    }

    #[test]
    fn docs_and_literals() {
        let src = SourceFile::from_text(
            "a.py",
            "def f(nights):\n    \"\"\"Price for `nights` nights.\"\"\"\n    return nights * 'x' * 2\n",
        )
        .unwrap();
        let def = first_def(&src);
        assert!(mentions(&doc_of(&src, def).unwrap(), "nights"));
        assert_eq!(literals(&src, def), ["'x'", "2"]);
        let src =
            SourceFile::from_text("a.ts", "/** Adds `qty` units. */\nexport function add(qty: number) { return 1; }\n")
                .unwrap();
        assert!(doc_of(&src, first_def(&src)).unwrap().contains("qty"));
        assert!(mentions("a qty b", "qty") && !mentions("qtys", "qty"));
    }
}
