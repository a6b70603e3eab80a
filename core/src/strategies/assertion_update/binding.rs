//! Expected values held in a name: `expected = {...}` inside the test, `THIRTY_MONTHS = [...]` or
//! `SLUG_CASES = [pytest.param(...)]` at module level, `const cases = [...]` in a TypeScript file. The literal the
//! name is bound to is what the test expects; it is the one to update.
//!
//! Refused (no literal returned) whenever editing the binding could change more than the failing assertion: the
//! name is assigned more than once, changed in place (`expected["x"] = 1`, `cases.push(...)`), a parameter or
//! loop variable of the test, or a module-level value that another test reads too.

use tree_sitter::Node;

use crate::source::SourceFile;

/// The literal `name` (an identifier node inside a test) is bound to, when that binding is the only thing that
/// gives the name its value.
pub(super) fn bound_literal<'a>(src: &'a SourceFile, name: Node<'a>) -> Option<Node<'a>> {
    if name.kind() != "identifier" {
        return None;
    }
    let text = src.node_text(name);
    let scope = src.enclosing_function(name).or_else(|| src.enclosing_test(name));
    if let Some(scope) = scope {
        let uses = occurrences(src, scope, text);
        let bindings: Vec<Node> = uses.iter().filter_map(|n| binding_value(src, *n)).collect();
        match bindings.as_slice() {
            // Bound in the test: the binding and the compared operand must be its only uses.
            [value] => return (uses.len() == 2 && is_literal(src, *value)).then_some(*value),
            [] if uses.len() == 1 && !is_parameter(src, scope, text) => {}
            _ => return None,
        }
    }
    module_literal(src, name, text, scope)
}

/// A module-level `NAME = [...]` / `const NAME = [...]` read only by the test `reader` lives in (or by decorators
/// and `each` tables, which belong to one test).
fn module_literal<'a>(src: &'a SourceFile, name: Node<'a>, text: &str, reader: Option<Node<'a>>) -> Option<Node<'a>> {
    let uses = occurrences(src, src.root(), text);
    let bindings: Vec<Node> = uses.iter().filter_map(|n| binding_value(src, *n)).collect();
    let [value] = bindings.as_slice() else { return None };
    // Bound where the test can see it: at module level, or in a block around the test (`describe(() => ...)`).
    let visible = src.enclosing_function(*value).is_none_or(|f| f.byte_range().contains(&name.start_byte()));
    let in_class = {
        let mut p = value.parent();
        std::iter::from_fn(|| {
            let x = p?;
            p = x.parent();
            Some(x)
        })
        .any(|x| x.kind() == "class_definition" || x.kind() == "class_body")
    };
    if !is_literal(src, *value) || !visible || in_class {
        return None;
    }
    for u in &uses {
        if binding_value(src, *u).is_some() || u.id() == name.id() {
            continue;
        }
        if mutated(src, *u) {
            return None;
        }
        // Another test reading the same value would have its expectation changed too.
        let owner = src.enclosing_function(*u).or_else(|| src.enclosing_test(*u));
        match (owner, reader) {
            (Some(o), Some(r)) if o.id() != r.id() => return None,
            _ => {}
        }
    }
    Some(*value)
}

/// Every identifier spelled `text` under `scope`.
fn occurrences<'a>(src: &'a SourceFile, scope: Node<'a>, text: &str) -> Vec<Node<'a>> {
    let mut out = Vec::new();
    let mut stack = vec![scope];
    while let Some(n) = stack.pop() {
        if n.kind() == "identifier" && src.node_text(n) == text {
            out.push(n);
        }
        let mut c = n.walk();
        stack.extend(n.named_children(&mut c));
    }
    out
}

/// The value when `ident` is the whole left side of a plain binding: `x = value`, `const x = value`.
fn binding_value<'a>(src: &SourceFile, ident: Node<'a>) -> Option<Node<'a>> {
    let parent = ident.parent()?;
    match parent.kind() {
        "assignment" if src.lang().is_python() => {
            let left = parent.child_by_field_name("left")?;
            // `x: list = [...]` is an assignment with a type; `x = y = [...]` nests and is refused by the count.
            (left.id() == ident.id()).then(|| parent.child_by_field_name("right")).flatten()
        }
        "variable_declarator" => {
            let left = parent.child_by_field_name("name")?;
            let declaration = parent.parent()?;
            let constant = declaration.kind() == "lexical_declaration"
                && declaration.child(0).is_some_and(|k| src.node_text(k) == "const");
            (left.id() == ident.id() && constant).then(|| parent.child_by_field_name("value")).flatten()
        }
        _ => None,
    }
}

/// A use that changes the value in place, or rebinds it.
fn mutated(src: &SourceFile, ident: Node) -> bool {
    let Some(parent) = ident.parent() else { return false };
    match parent.kind() {
        "augmented_assignment" | "assignment" | "assignment_expression" | "augmented_assignment_expression" => true,
        "for_statement" | "for_in_statement" | "pattern_list" | "tuple_pattern" | "with_item" | "as_pattern" => true,
        // `NAME[0] = ...`, `NAME.append(...)`, `NAME.push(...)`.
        "subscript" | "subscript_expression" | "attribute" | "member_expression" => {
            let written = parent.parent().is_some_and(|g| {
                matches!(g.kind(), "assignment" | "augmented_assignment" | "assignment_expression" | "delete_statement")
                    && g.child_by_field_name("left").is_some_and(|l| l.id() == parent.id())
            });
            let attr = parent.child_by_field_name("attribute").or_else(|| parent.child_by_field_name("property"));
            let method = attr.map(|a| src.node_text(a)).unwrap_or("");
            written
                || matches!(
                    method,
                    "append"
                        | "extend"
                        | "insert"
                        | "pop"
                        | "remove"
                        | "clear"
                        | "update"
                        | "setdefault"
                        | "sort"
                        | "reverse"
                        | "push"
                        | "splice"
                        | "shift"
                        | "unshift"
                        | "set"
                        | "delete"
                )
        }
        _ => false,
    }
}

fn is_parameter(src: &SourceFile, scope: Node, text: &str) -> bool {
    let params =
        scope.child_by_field_name("parameters").or_else(|| scope.child_by_field_name("parameter")).or_else(|| {
            // `it('x', (a, b) => ...)`: the callback's parameters.
            let args = scope.child_by_field_name("arguments")?;
            let mut c = args.walk();
            let found =
                args.named_children(&mut c).find(|a| matches!(a.kind(), "arrow_function" | "function_expression"));
            found.and_then(|f| f.child_by_field_name("parameters"))
        });
    params.is_some_and(|p| src.node_text(p).split(|c: char| !(c.is_alphanumeric() || c == '_')).any(|w| w == text))
}

fn is_literal(src: &SourceFile, value: Node) -> bool {
    matches!(
        value.kind(),
        "dictionary" | "list" | "tuple" | "set" | "object" | "array" | "string" | "integer" | "float" | "number"
    ) || (value.kind() == "as_expression" && src.node_text(value).ends_with("as const"))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn resolve(path: &str, text: &str, line: u32, name: &str) -> Option<String> {
        let src = SourceFile::from_text(path, text).unwrap();
        let mut found = None;
        src.walk(|n| {
            if n.kind() == "identifier" && src.node_text(n) == name && src.line_of(n.start_byte()) == line {
                found = Some(n);
            }
            true
        });
        bound_literal(&src, found.unwrap()).map(|n| src.node_text(n).to_string())
    }

    #[test]
    fn local_and_module_bindings_resolve() {
        let local = "def test_a():\n    want = {'k': 1}\n    assert f() == want\n";
        assert_eq!(resolve("test_a.py", local, 3, "want").as_deref(), Some("{'k': 1}"));
        let module = "ROWS = [(1, 'a')]\n\n\ndef test_rows():\n    assert rows() == ROWS\n";
        assert_eq!(resolve("test_a.py", module, 5, "ROWS").as_deref(), Some("[(1, 'a')]"));
        let ts = "const want = { a: 1 }\nit('x', () => {\n  expect(f()).toEqual(want)\n})\n";
        assert_eq!(resolve("a.test.ts", ts, 3, "want").as_deref(), Some("{ a: 1 }"));
    }

    #[test]
    fn shared_mutated_or_rebound_names_are_refused() {
        let mutated = "def test_a():\n    want = {'k': 1}\n    want['j'] = 2\n    assert f() == want\n";
        assert_eq!(resolve("test_a.py", mutated, 4, "want"), None);
        let shared =
            "ROWS = [1]\n\n\ndef test_a():\n    assert a() == ROWS\n\n\ndef test_b():\n    assert b() == ROWS\n";
        assert_eq!(resolve("test_a.py", shared, 5, "ROWS"), None);
        let twice = "def test_a():\n    want = 1\n    want = 2\n    assert f() == want\n";
        assert_eq!(resolve("test_a.py", twice, 4, "want"), None);
        let param = "def test_a(want):\n    assert f() == want\n";
        assert_eq!(resolve("test_a.py", param, 2, "want"), None);
        let pushed = "const want = [1]\nwant.push(2)\nit('x', () => {\n  expect(f()).toEqual(want)\n})\n";
        assert_eq!(resolve("a.test.ts", pushed, 4, "want"), None);
        let let_bound = "let want = [1]\nit('x', () => {\n  expect(f()).toEqual(want)\n})\n";
        assert_eq!(resolve("a.test.ts", let_bound, 3, "want"), None);
    }
}
