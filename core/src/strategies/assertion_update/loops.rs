//! Tables a loop runs: the expected value is a field of the loop variable (`t.out`, `expected` destructured from
//! `[input, expected]`, `case['out']`, `tests[input]`), and the literal to update is that field in the one
//! element of the iterated table the failing run used.
//!
//! The operand is followed back through the loop binding (`for … of`/`in`, `forEach`, Python `for`, with
//! destructuring) to the table literal (a `const` or module assignment in the same file, an `Object.entries`,
//! `Object.keys`, `.items()` or `for … in` over an object). The element is the one whose rendered test title is
//! the failing test's name (the title expression is evaluated over the element's literal fields:
//! `JSON.stringify`, templates, `+`, `.toString()`, `.map(…).join(…)`), or, for a loop inside one test, the only
//! element whose expected field is the value the runner printed as expected.
//!
//! Refused: an element that cannot be told apart (two with the same title, an element that is not all literals,
//! a spread), a field the loop body reads elsewhere (another assertion would be broken by the edit), a table the
//! file reads somewhere else too.

use tree_sitter::Node;

use crate::failure::Failure;
use crate::source::{string_literal_value, SourceFile};
use crate::strategies::value::Value;

/// One step into an element: an object field / dict key, or a position.
#[derive(Debug, Clone, PartialEq)]
enum Step {
    Key(String),
    Index(usize),
}

/// An element of an iterated table: a literal, or a key/value pair of an object iterated by its entries.
#[derive(Clone, Copy)]
enum Elem<'a> {
    Node(Node<'a>),
    Pair(Node<'a>, Node<'a>),
}

/// A loop over a table literal, as it binds its variables.
struct Loop<'a> {
    /// The `for` statement or the `forEach` call.
    node: Node<'a>,
    /// The statement or callback body the loop runs.
    body: Node<'a>,
    /// Each name the loop binds and the path from the element to its value.
    names: Vec<(String, Vec<Step>)>,
    elements: Vec<Elem<'a>>,
    /// The table's own name, when it is declared elsewhere in the file (`tests`), and the block declaring it.
    table_name: Option<String>,
    scope: Option<Node<'a>>,
}

/// The literal behind `operand` in the element of a loop's table the failing run used. `was` is what the runner
/// printed for the operand (the stale expected value).
pub(super) fn cell_for<'a>(src: &'a SourceFile, failure: &Failure, operand: Node<'a>, was: &Value) -> Option<Node<'a>> {
    // A cell written as arithmetic (`12 * 4`) is read as the number it makes.
    let number = |v: &Value| match v {
        Value::Number(t) => t.replace('_', "").parse::<f64>().ok(),
        _ => None,
    };
    cell_where(src, failure, operand, &|n| match Value::parse(src.node_text(n)) {
        Some(v) => Some(v == *was),
        None => Some((super::arithmetic::value_of(src, n)? - number(was)?).abs() < 1e-9),
    })
}

/// The cell behind `operand` in the element the failing run used; for a loop inside one test, the only element
/// whose cell `is_printed` (every cell must be readable: one that is not could be the failing one).
pub(super) fn cell_where<'a>(
    src: &'a SourceFile,
    failure: &Failure,
    operand: Node<'a>,
    is_printed: &dyn Fn(Node) -> Option<bool>,
) -> Option<Node<'a>> {
    let (root, path) = access_path(src, operand)?;
    let (lp, full) = match path.split_first() {
        // `tests[input]`, `input` the key a `for … in tests` (or `Object.keys(tests)`) loop binds.
        Some((Step::Key(k), rest)) if k.starts_with('\u{0}') => {
            let (lp, prefix) = binding_of(src, operand, &k[1..])?;
            if lp.table_name.as_deref() != Some(root.as_str()) || prefix != [Step::Index(0)] {
                return None;
            }
            let mut full = vec![Step::Index(1)];
            full.extend_from_slice(rest);
            (lp, full)
        }
        _ => {
            let (lp, mut full) = binding_of(src, operand, &root)?;
            full.extend(path);
            (lp, full)
        }
    };
    if full.is_empty() || reads_elsewhere(src, &lp, operand, &full) || table_used_elsewhere(src, &lp) {
        return None;
    }
    let leaves: Vec<Option<Node>> = lp.elements.iter().map(|e| leaf(src, *e, &full)).collect();
    let matches: Vec<usize> = match titled_test(src, operand, lp.node) {
        Some(title) => {
            // The title is computed from whole elements: every one must be a literal to know which it names.
            let values: Option<Vec<Value>> = lp.elements.iter().map(|e| elem_value(src, *e)).collect();
            let values = values?;
            let id = failure.test_id.as_deref()?;
            (0..values.len())
                .filter(|&i| {
                    let env = env_for(&lp, &values[i]);
                    eval(src, title, &env).map(|v| js_string(&v)).is_some_and(|t| names_test(id, &t))
                })
                .collect()
        }
        // One test runs the whole table: the element whose expectation is the value the runner printed. Only the
        // expectations must be readable (inputs may be `10**16`); one that is not could be the failing one.
        None => {
            let printed: Option<Vec<bool>> = leaves.iter().map(|l| l.and_then(is_printed)).collect();
            let printed = printed?;
            let mut found: Vec<usize> = (0..printed.len()).filter(|&i| printed[i]).collect();
            // The assertion's own message (`assert … == rate, spend`), when it names a case, says which one ran:
            // two cases may expect the same.
            if let Some(named) = by_message(src, failure, operand, &lp) {
                found.retain(|i| named.contains(i));
            }
            found
        }
    };
    match matches.as_slice() {
        [one] => leaves[*one],
        _ => None,
    }
}

/// Every element's cell behind `operand`: the same field of each element of the loop's table, when the loop
/// reads it only there and nothing else reads the table.
pub(super) fn column<'a>(src: &'a SourceFile, operand: Node<'a>) -> Option<Vec<Node<'a>>> {
    let (root, path) = access_path(src, operand)?;
    if path.iter().any(|s| matches!(s, Step::Key(k) if k.starts_with('\u{0}'))) {
        return None;
    }
    let (lp, mut full) = binding_of(src, operand, &root)?;
    full.extend(path);
    if full.is_empty() || reads_elsewhere(src, &lp, operand, &full) || table_used_elsewhere(src, &lp) {
        return None;
    }
    lp.elements.iter().map(|e| leaf(src, *e, &full)).collect()
}

/// Each name the loops around `node` bind, with its value in every element of the loop's table (loops over
/// literal tables only; innermost loop first).
pub(super) fn bound_values(src: &SourceFile, node: Node) -> Vec<(String, Vec<Value>)> {
    let mut out = Vec::new();
    let mut cur = node.parent();
    while let Some(n) = cur {
        if let Some(lp) = loop_at(src, n) {
            let values: Option<Vec<Value>> = lp.elements.iter().map(|e| elem_value(src, *e)).collect();
            for (name, path) in lp.names.iter().filter(|_| values.is_some()) {
                let per: Option<Vec<Value>> = values.iter().flatten().map(|v| value_at(v, path)).collect();
                out.extend(per.map(|per| (name.clone(), per)));
            }
        }
        cur = n.parent();
    }
    out
}

/// How JavaScript renders `v` through `form` (`String`, a template hole, or `JSON.stringify`).
pub(super) fn rendered_as(v: &Value, json_form: bool) -> Option<String> {
    if json_form {
        json(v)
    } else {
        Some(js_string(v))
    }
}

/// The cases the failing assertion's message names: `assert x == y, spend` printed as `500`,
/// `expect(x, `qty ${qty}`)` printed as `qty 10: expected …`. `None` when it has none or names none.
fn by_message(src: &SourceFile, failure: &Failure, operand: Node, lp: &Loop) -> Option<Vec<usize>> {
    let message = case_message(src, operand)?;
    let printed = failure.message.trim_start_matches("AssertionError: ");
    let named: Vec<usize> = (0..lp.elements.len())
        .filter(|&i| {
            let Some(value) = elem_value(src, lp.elements[i]) else { return false };
            let Some(said) = eval(src, message, &env_for(lp, &value)).map(|v| js_string(&v)) else { return false };
            !said.is_empty() && (printed == said || printed.starts_with(&format!("{said}: ")))
        })
        .collect();
    (!named.is_empty()).then_some(named)
}

/// The message an assertion around `operand` prints with its failure: Python `assert …, msg`, `expect(x, msg)`.
fn case_message<'a>(src: &SourceFile, operand: Node<'a>) -> Option<Node<'a>> {
    let mut cur = operand.parent();
    while let Some(n) = cur {
        match n.kind() {
            "assert_statement" => return n.named_child(1),
            "call_expression" => {
                // `expect(x, msg).toBe(operand)`: the matcher's call hangs off the `expect` call.
                let func = n.child_by_field_name("function")?;
                let expect = match func.kind() {
                    "member_expression" => func.child_by_field_name("object").filter(|o| o.kind() == "call_expression"),
                    _ => Some(n),
                };
                if let Some(call) =
                    expect.filter(|c| c.child_by_field_name("function").is_some_and(|f| src.node_text(f) == "expect"))
                {
                    return call.child_by_field_name("arguments")?.named_child(1);
                }
            }
            "expression_statement" | "statement_block" | "block" => return None,
            _ => {}
        }
        cur = n.parent();
    }
    None
}

/// The test call inside the loop around `operand` whose title is computed per element: its title expression.
/// `None` when the loop runs inside one test (or the title is a constant, naming no element).
fn titled_test<'a>(src: &SourceFile, operand: Node<'a>, loop_node: Node<'a>) -> Option<Node<'a>> {
    if src.lang().is_python() {
        return None;
    }
    let mut cur = operand.parent();
    while let Some(n) = cur {
        if n.id() == loop_node.id() {
            return None;
        }
        if let Some(title) = test_title(src, n) {
            // A test around the loop (not inside it) runs every element in one test.
            return (!is_literal_title(title)).then_some(title);
        }
        cur = n.parent();
    }
    None
}

fn is_literal_title(title: Node) -> bool {
    title.kind() == "string" || (title.kind() == "template_string" && title.named_child_count() == 0)
}

/// `test(title, fn)` / `it(...)` / `it.only(...)`: the title expression.
fn test_title<'a>(src: &SourceFile, node: Node<'a>) -> Option<Node<'a>> {
    if node.kind() != "call_expression" {
        return None;
    }
    let callee = src.node_text(node.child_by_field_name("function")?);
    let base = callee.split('.').next().unwrap_or("");
    if !matches!(base, "it" | "test") || callee.contains("each") {
        return None;
    }
    node.child_by_field_name("arguments")?.named_child(0)
}

/// The `it`/`test` call around `node`, whatever its title (a loop's tests compute theirs).
pub(super) fn test_call<'a>(src: &SourceFile, node: Node<'a>) -> Option<Node<'a>> {
    let mut cur = Some(node);
    while let Some(n) = cur {
        if test_title(src, n).is_some() {
            return Some(n);
        }
        cur = n.parent();
    }
    None
}

/// Vitest and node:test ids end with the test's own title after ` > `.
fn names_test(id: &str, title: &str) -> bool {
    id == title || id.ends_with(&format!(" > {title}")) || id.ends_with(&format!(" > {}", title.trim()))
}

/// `t.out` → (`t`, [out]); `case['out']` → (`case`, [out]); `expected` → (`expected`, []).
fn access_path(src: &SourceFile, node: Node) -> Option<(String, Vec<Step>)> {
    match node.kind() {
        "identifier" => Some((src.node_text(node).to_string(), Vec::new())),
        "member_expression" => {
            let (root, mut path) = access_path(src, node.child_by_field_name("object")?)?;
            path.push(Step::Key(src.node_text(node.child_by_field_name("property")?).to_string()));
            Some((root, path))
        }
        "subscript_expression" | "subscript" => {
            let object = node.child_by_field_name("object").or_else(|| node.child_by_field_name("value"))?;
            let index = node.child_by_field_name("index").or_else(|| node.child_by_field_name("subscript"))?;
            let (root, mut path) = access_path(src, object)?;
            path.push(match index.kind() {
                "number" | "integer" => Step::Index(src.node_text(index).parse().ok()?),
                "string" => Step::Key(string_literal_value(src, index)?),
                // `tests[input]` with `input` the key a `for … in tests` loop binds.
                "identifier" => Step::Key(format!("\u{0}{}", src.node_text(index))),
                _ => return None,
            });
            Some((root, path))
        }
        "parenthesized_expression" | "non_null_expression" => access_path(src, node.named_child(0)?),
        _ => None,
    }
}

/// The loop that binds `name` around `node`, and the path from its element to the name's value.
fn binding_of<'a>(src: &'a SourceFile, node: Node<'a>, name: &str) -> Option<(Loop<'a>, Vec<Step>)> {
    let mut cur = node.parent();
    while let Some(n) = cur {
        if let Some(lp) = loop_at(src, n) {
            if let Some((_, path)) = lp.names.iter().find(|(bound, _)| bound == name) {
                let path = path.clone();
                return Some((lp, path));
            }
        }
        cur = n.parent();
    }
    None
}

fn loop_at<'a>(src: &'a SourceFile, n: Node<'a>) -> Option<Loop<'a>> {
    let (left, right, body) = match n.kind() {
        "for_in_statement" | "for_statement" if n.child_by_field_name("left").is_some() => {
            (n.child_by_field_name("left")?, n.child_by_field_name("right")?, n.child_by_field_name("body")?)
        }
        "call_expression" => {
            let func = n.child_by_field_name("function")?;
            if func.kind() != "member_expression"
                || !matches!(src.node_text(func.child_by_field_name("property")?), "forEach" | "map")
            {
                return None;
            }
            let callback = n.child_by_field_name("arguments")?.named_child(0)?;
            if !matches!(callback.kind(), "arrow_function" | "function_expression" | "function") {
                return None;
            }
            let first = match callback.child_by_field_name("parameter") {
                Some(p) => p,
                None => {
                    let params = callback.child_by_field_name("parameters")?;
                    let p = params.named_child(0)?;
                    p.child_by_field_name("pattern").unwrap_or(p)
                }
            };
            (first, func.child_by_field_name("object")?, callback.child_by_field_name("body")?)
        }
        _ => return None,
    };
    let keyed =
        n.kind() == "for_in_statement" && n.child_by_field_name("operator").is_some_and(|o| src.node_text(o) == "in");
    let (elements, named, keys_only) = table(src, right, n, keyed)?;
    let (table_name, scope) = named.map_or((None, None), |(name, scope)| (Some(name), Some(scope)));
    let names = if keys_only {
        // The loop variable is each key; the table is read by it (`tests[input]`).
        (left.kind() == "identifier").then(|| vec![(src.node_text(left).to_string(), vec![Step::Index(0)])])?
    } else {
        bind(src, left, Vec::new())?
    };
    Some(Loop { node: n, body, names, elements, table_name, scope })
}

/// The names a loop pattern binds and their paths: `t`, `[input, expected]`, `{ input, out: expected }`,
/// Python `value, expected` / `(a, (b, c))`.
fn bind(src: &SourceFile, pattern: Node, at: Vec<Step>) -> Option<Vec<(String, Vec<Step>)>> {
    match pattern.kind() {
        "identifier" | "shorthand_property_identifier_pattern" => Some(vec![(src.node_text(pattern).to_string(), at)]),
        "array_pattern" | "pattern_list" | "tuple_pattern" | "list_pattern" => {
            let mut out = Vec::new();
            let mut index = 0;
            let mut cursor = pattern.walk();
            for child in pattern.children(&mut cursor) {
                match child.kind() {
                    "," => index += 1,
                    "[" | "]" | "(" | ")" | "comment" => {}
                    _ if child.is_named() => {
                        let mut path = at.clone();
                        path.push(Step::Index(index));
                        out.extend(bind(src, child, path)?);
                    }
                    _ => return None,
                }
            }
            Some(out)
        }
        "object_pattern" => {
            let mut out = Vec::new();
            let mut cursor = pattern.walk();
            for child in pattern.named_children(&mut cursor) {
                match child.kind() {
                    "shorthand_property_identifier_pattern" => {
                        let name = src.node_text(child).to_string();
                        let mut path = at.clone();
                        path.push(Step::Key(name.clone()));
                        out.push((name, path));
                    }
                    "pair_pattern" => {
                        let key = child.child_by_field_name("key")?;
                        let key = string_literal_value(src, key).unwrap_or_else(|| src.node_text(key).to_string());
                        let mut path = at.clone();
                        path.push(Step::Key(key));
                        out.extend(bind(src, child.child_by_field_name("value")?, path)?);
                    }
                    "comment" => {}
                    // Defaults and rest patterns make the bound value differ from the literal.
                    _ => return None,
                }
            }
            Some(out)
        }
        _ => None,
    }
}

/// A loop's table: its elements, its name and declaring block (when declared apart from the loop), and whether
/// the loop binds only the keys.
type Table<'a> = (Vec<Elem<'a>>, Option<(String, Node<'a>)>, bool);

/// The elements of the table a loop iterates (an object's as key/value pairs), the table's name when it is
/// declared elsewhere, and whether the loop binds only the keys (`for … in`, `Object.keys`, a Python dict).
fn table<'a>(src: &'a SourceFile, right: Node<'a>, at: Node<'a>, keyed: bool) -> Option<Table<'a>> {
    let right = unwrap(right);
    // `Object.entries(x)` / `Object.keys(x)` / Python `x.items()` / `x.keys()`.
    let (target, entries, keys) = match right.kind() {
        "call_expression" | "call" => {
            let func = right.child_by_field_name("function")?;
            let text = src.node_text(func);
            let args = right.child_by_field_name("arguments")?;
            match text {
                "Object.entries" => (args.named_child(0)?, true, false),
                "Object.keys" => (args.named_child(0)?, true, true),
                _ if src.lang().is_python() && args.named_child_count() == 0 && text.ends_with(".items") => {
                    (func.child_by_field_name("object")?, true, false)
                }
                _ if src.lang().is_python() && args.named_child_count() == 0 && text.ends_with(".keys") => {
                    (func.child_by_field_name("object")?, true, true)
                }
                _ => return None,
            }
        }
        _ => (right, keyed, keyed),
    };
    let target = unwrap(target);
    // `self.CASES` / `cls.CASES` in a method: the class attribute its class body assigns.
    let class_attribute = (target.kind() == "attribute")
        .then(|| {
            let object = src.node_text(target.child_by_field_name("object")?);
            matches!(object, "self" | "cls").then(|| target.child_by_field_name("attribute")).flatten()
        })
        .flatten();
    let target = class_attribute.unwrap_or(target);
    let (literal, name) = if target.kind() == "identifier" {
        let name = src.node_text(target).to_string();
        let (value, scope) = declared(src, at, &name)?;
        (value, Some((name, scope)))
    } else {
        (target, None)
    };
    let literal = unwrap(literal);
    // Iterating a Python dict iterates its keys.
    let (entries, keys) = if literal.kind() == "dictionary" && !entries { (true, true) } else { (entries, keys) };
    let mut cursor = literal.walk();
    let mut elements = Vec::new();
    for child in literal.named_children(&mut cursor) {
        match (entries, child.kind()) {
            (_, "comment") => {}
            (true, "pair") => {
                elements.push(Elem::Pair(child.child_by_field_name("key")?, child.child_by_field_name("value")?))
            }
            (false, "spread_element" | "list_splat" | "dictionary_splat") | (true, _) => return None,
            (false, _) => elements.push(Elem::Node(child)),
        }
    }
    let expected_kind: &[&str] = if entries { &["object", "dictionary"] } else { &["array", "list", "tuple"] };
    expected_kind.contains(&literal.kind()).then_some((elements, name, keys))
}

/// `[...] as const`, `([...])`, `[...] satisfies T[]`: the literal inside.
fn unwrap(mut n: Node) -> Node {
    while matches!(n.kind(), "as_expression" | "satisfies_expression" | "parenthesized_expression") {
        match n.named_child(0) {
            Some(inner) => n = inner,
            None => break,
        }
    }
    n
}

/// The value a `const name = …` (TypeScript) or `name = …` (Python) nearest above `at` in an enclosing block
/// assigns.
fn declared<'a>(src: &'a SourceFile, at: Node<'a>, name: &str) -> Option<(Node<'a>, Node<'a>)> {
    let mut cur = at.parent();
    while let Some(block) = cur {
        if matches!(block.kind(), "statement_block" | "program" | "block" | "module") {
            let mut cursor = block.walk();
            let mut found = None;
            for stmt in block.named_children(&mut cursor) {
                if stmt.start_byte() >= at.start_byte() && block.kind() != "program" && block.kind() != "module" {
                    break;
                }
                if let Some(v) = assigned(src, stmt, name) {
                    found = Some(v);
                }
            }
            if let Some(value) = found {
                return Some((value, block));
            }
        }
        cur = block.parent();
    }
    None
}

fn assigned<'a>(src: &SourceFile, stmt: Node<'a>, name: &str) -> Option<Node<'a>> {
    let stmt = if stmt.kind() == "export_statement" { stmt.child_by_field_name("declaration")? } else { stmt };
    match stmt.kind() {
        "lexical_declaration" => {
            // `let` tables can be reassigned; only a `const` is the table every run reads.
            if stmt.child(0).is_none_or(|k| src.node_text(k) != "const") {
                return None;
            }
            let mut cursor = stmt.walk();
            let found = stmt.named_children(&mut cursor).find(|d| {
                d.kind() == "variable_declarator"
                    && d.child_by_field_name("name").is_some_and(|n| src.node_text(n) == name)
            });
            found?.child_by_field_name("value")
        }
        "expression_statement" => {
            let a = stmt.named_child(0).filter(|a| a.kind() == "assignment")?;
            let left = a.child_by_field_name("left")?;
            (left.kind() == "identifier" && src.node_text(left) == name).then_some(a.child_by_field_name("right")?)
        }
        _ => None,
    }
}

/// Whether the loop reads the element's field at `path` (or the whole element) anywhere but the failing operand
/// and the test's title: an edit made for one assertion would break the other.
fn reads_elsewhere(src: &SourceFile, lp: &Loop, operand: Node, path: &[Step]) -> bool {
    let title =
        test_call(src, operand).and_then(|t| test_title(src, t)).filter(|t| t.start_byte() > lp.body.start_byte());
    let inside = |n: Node, outer: Node| n.start_byte() >= outer.start_byte() && n.end_byte() <= outer.end_byte();
    let mut clash = false;
    let mut visit = |n: Node| {
        if clash || n.kind() != "identifier" || inside(n, operand) || title.is_some_and(|t| inside(n, t)) {
            return;
        }
        // Only the head of an access chain (`t` in `t.out`, not `out` in Python's `t.out`).
        if n.parent().is_some_and(|p| is_access(p) && p.named_child(0) != Some(n)) {
            return;
        }
        let mut top = n;
        while let Some(p) = top.parent().filter(|p| is_access(*p) && p.named_child(0) == Some(top)) {
            top = p;
        }
        let name = src.node_text(n);
        let mut rest = access_path(src, top).map(|(_, p)| p).unwrap_or_default();
        // A computed key reads some field: assume it may be the edited one.
        if let Some(cut) = rest.iter().position(|s| matches!(s, Step::Key(k) if k.starts_with('\u{0}'))) {
            rest.truncate(cut);
            if lp.table_name.as_deref() == Some(name) {
                rest = vec![Step::Index(1)];
            }
        } else if lp.table_name.as_deref() == Some(name) {
            clash = true;
            return;
        }
        let full = match lp.names.iter().find(|(b, _)| b == name) {
            Some((_, bound)) => bound.iter().chain(&rest).cloned().collect::<Vec<_>>(),
            None if lp.table_name.as_deref() == Some(name) => rest,
            None => return,
        };
        clash = path.starts_with(&full) || full.starts_with(path);
    };
    walk(lp.body, &mut visit);
    clash
}

fn is_access(n: Node) -> bool {
    matches!(n.kind(), "member_expression" | "subscript_expression" | "subscript")
}

fn walk<'a>(n: Node<'a>, visit: &mut impl FnMut(Node<'a>)) {
    visit(n);
    let mut cursor = n.walk();
    for child in n.children(&mut cursor) {
        walk(child, visit);
    }
}

/// Whether the table's scope reads it anywhere but in the loop's own header: another loop may check the same
/// element, and a mutation (`tests.push`) makes the literal not what the loop runs. Blocks declaring their own
/// table of the same name (each `describe` its own `tests`) are other tables.
fn table_used_elsewhere(src: &SourceFile, lp: &Loop) -> bool {
    let (Some(name), Some(scope)) = (lp.table_name.as_deref(), lp.scope) else { return false };
    let shadows = |block: Node| {
        let mut cursor = block.walk();
        let found = block.named_children(&mut cursor).any(|stmt| assigned(src, stmt, name).is_some());
        found
    };
    let mut uses = 0;
    let mut visit = |n: Node| -> bool {
        if n.id() != scope.id() && matches!(n.kind(), "statement_block" | "block") && shadows(n) {
            return false;
        }
        if n.kind() == "identifier" && src.node_text(n) == name {
            let is_decl = n.parent().is_some_and(|p| {
                (p.kind() == "variable_declarator" && p.child_by_field_name("name") == Some(n))
                    || (p.kind() == "assignment" && p.child_by_field_name("left") == Some(n))
            });
            let in_loop = n.start_byte() >= lp.node.start_byte() && n.end_byte() <= lp.node.end_byte();
            if !is_decl && !in_loop {
                uses += 1;
            }
        }
        true
    };
    walk_pruned(scope, &mut visit);
    uses > 0
}

fn walk_pruned<'a>(n: Node<'a>, visit: &mut impl FnMut(Node<'a>) -> bool) {
    if visit(n) {
        let mut cursor = n.walk();
        for child in n.children(&mut cursor) {
            walk_pruned(child, visit);
        }
    }
}

fn elem_value(src: &SourceFile, e: Elem) -> Option<Value> {
    match e {
        Elem::Node(n) => node_value(src, n),
        Elem::Pair(k, v) => {
            let key = match k.kind() {
                "property_identifier" | "identifier" => Value::Str(src.node_text(k).to_string()),
                "number" => Value::Str(src.node_text(k).to_string()),
                _ => Value::parse(src.node_text(k))?,
            };
            Some(Value::List(vec![key, node_value(src, v)?]))
        }
    }
}

/// A literal's value; a row of literals and arithmetic cells (`[10, 7 * 20, "one week"]`) with each arithmetic
/// cell read as the number it makes.
fn node_value(src: &SourceFile, n: Node) -> Option<Value> {
    if let Some(v) = Value::parse(src.node_text(n)) {
        return Some(v);
    }
    if matches!(n.kind(), "array" | "list" | "tuple") {
        let mut cursor = n.walk();
        let cells: Option<Vec<Value>> =
            n.named_children(&mut cursor).filter(|c| c.kind() != "comment").map(|c| node_value(src, c)).collect();
        return cells.map(Value::List);
    }
    let x = super::arithmetic::value_of(src, n)?;
    Some(Value::Number(if x.fract() == 0.0 && x.abs() < 1e15 { format!("{}", x as i64) } else { format!("{x}") }))
}

/// The literal at `path` inside an element.
fn leaf<'a>(src: &SourceFile, e: Elem<'a>, path: &[Step]) -> Option<Node<'a>> {
    let (first, rest) = path.split_first()?;
    let mut node = match (e, first) {
        (Elem::Pair(_, v), Step::Index(1)) => v,
        (Elem::Pair(..), _) => return None,
        (Elem::Node(n), _) => return step_into(src, n, first).and_then(|n| descend(src, n, rest)),
    };
    node = descend(src, node, rest)?;
    Some(node)
}

fn descend<'a>(src: &SourceFile, mut node: Node<'a>, path: &[Step]) -> Option<Node<'a>> {
    for step in path {
        node = step_into(src, node, step)?;
    }
    Some(node)
}

fn step_into<'a>(src: &SourceFile, node: Node<'a>, step: &Step) -> Option<Node<'a>> {
    let node = unwrap(node);
    let mut cursor = node.walk();
    let children: Vec<Node> = node.named_children(&mut cursor).filter(|c| c.kind() != "comment").collect();
    match (node.kind(), step) {
        ("array" | "list" | "tuple", Step::Index(i)) => {
            if children.iter().any(|c| matches!(c.kind(), "spread_element" | "list_splat")) {
                return None;
            }
            children.get(*i).copied()
        }
        ("object" | "dictionary", Step::Key(k)) => {
            let mut found = None;
            for c in &children {
                match c.kind() {
                    "pair" => {
                        let key = c.child_by_field_name("key")?;
                        let name = string_literal_value(src, key).unwrap_or_else(|| src.node_text(key).to_string());
                        if &name == k {
                            found = c.child_by_field_name("value");
                        }
                    }
                    // A spread or shorthand may be the field: not a literal we can read.
                    _ => return None,
                }
            }
            found
        }
        _ => None,
    }
}

/// The loop's names bound to their values in one element.
fn env_for(lp: &Loop, element: &Value) -> Vec<(String, Value)> {
    lp.names.iter().filter_map(|(name, path)| Some((name.clone(), value_at(element, path)?))).collect()
}

fn value_at(v: &Value, path: &[Step]) -> Option<Value> {
    let mut v = v.clone();
    for step in path {
        v = match (&v, step) {
            (Value::List(items) | Value::Tuple(items), Step::Index(i)) => items.get(*i)?.clone(),
            (Value::Map(entries), Step::Key(k)) => {
                entries.iter().find(|(key, _)| matches!(key, Value::Str(s) if s == k)).map(|(_, v)| v.clone())?
            }
            _ => return None,
        };
    }
    Some(v)
}

/// Evaluates a test title expression over literal values: the subset real tables use.
fn eval(src: &SourceFile, n: Node, env: &[(String, Value)]) -> Option<Value> {
    match n.kind() {
        "string" => Some(Value::Str(string_literal_value(src, n)?)),
        "number" => Some(Value::Number(src.node_text(n).to_string())),
        "template_string" => {
            let mut out = String::new();
            let mut cursor = n.walk();
            let body = src.node_text(n);
            let base = n.start_byte();
            let mut at = n.start_byte() + 1;
            for part in n.named_children(&mut cursor) {
                match part.kind() {
                    "template_substitution" => {
                        out.push_str(&unescape_template(body.get(at - base..part.start_byte() - base)?)?);
                        out.push_str(&js_string(&eval(src, part.named_child(0)?, env)?));
                        at = part.end_byte();
                    }
                    "string_fragment" | "escape_sequence" => {}
                    _ => return None,
                }
            }
            out.push_str(&unescape_template(body.get(at - base..n.end_byte() - base - 1)?)?);
            Some(Value::Str(out))
        }
        "identifier" => env.iter().find(|(name, _)| name == src.node_text(n)).map(|(_, v)| v.clone()),
        "member_expression" | "subscript_expression" => {
            let (root, path) = access_path(src, n)?;
            if path.iter().any(|s| matches!(s, Step::Key(k) if k.starts_with('\u{0}'))) {
                return None;
            }
            let base = env.iter().find(|(name, _)| *name == root)?.1.clone();
            value_at(&base, &path)
        }
        "parenthesized_expression" => eval(src, n.named_child(0)?, env),
        "binary_expression" => {
            let op = src.node_text(n.child_by_field_name("operator")?);
            let (l, r) =
                (eval(src, n.child_by_field_name("left")?, env)?, eval(src, n.child_by_field_name("right")?, env)?);
            match op {
                "+" if matches!(l, Value::Str(_)) || matches!(r, Value::Str(_)) => {
                    Some(Value::Str(js_string(&l) + &js_string(&r)))
                }
                _ => None,
            }
        }
        "ternary_expression" => {
            let c = eval(src, n.child_by_field_name("condition")?, env)?;
            let branch = if truthy(&c) { "consequence" } else { "alternative" };
            eval(src, n.child_by_field_name(branch)?, env)
        }
        "call_expression" => eval_call(src, n, env),
        _ => None,
    }
}

fn eval_call(src: &SourceFile, n: Node, env: &[(String, Value)]) -> Option<Value> {
    let func = n.child_by_field_name("function")?;
    let args = n.child_by_field_name("arguments")?;
    let mut cursor = args.walk();
    let arg_nodes: Vec<Node> = args.named_children(&mut cursor).filter(|a| a.kind() != "comment").collect();
    match src.node_text(func) {
        "JSON.stringify" if arg_nodes.len() == 1 => return Some(Value::Str(json(&eval(src, arg_nodes[0], env)?)?)),
        "String" if arg_nodes.len() == 1 => return Some(Value::Str(js_string(&eval(src, arg_nodes[0], env)?))),
        _ => {}
    }
    if func.kind() != "member_expression" {
        return None;
    }
    let method = src.node_text(func.child_by_field_name("property")?);
    let this = eval(src, func.child_by_field_name("object")?, env)?;
    match (method, arg_nodes.as_slice()) {
        ("toString", []) => Some(Value::Str(js_string(&this))),
        ("join", [sep]) => {
            let (Value::List(items) | Value::Tuple(items)) = this else { return None };
            let sep = match eval(src, *sep, env)? {
                Value::Str(s) => s,
                _ => return None,
            };
            Some(Value::Str(items.iter().map(js_join_part).collect::<Vec<_>>().join(&sep)))
        }
        ("join", []) => Some(Value::Str(js_string(&this))),
        ("map", [callback]) if callback.kind() == "arrow_function" => {
            let (Value::List(items) | Value::Tuple(items)) = this else { return None };
            let param = match callback.child_by_field_name("parameter") {
                Some(p) => p,
                None => {
                    let params = callback.child_by_field_name("parameters")?;
                    if params.named_child_count() != 1 {
                        return None;
                    }
                    let p = params.named_child(0)?;
                    p.child_by_field_name("pattern").unwrap_or(p)
                }
            };
            if param.kind() != "identifier" {
                return None;
            }
            let body = callback.child_by_field_name("body")?;
            let name = src.node_text(param).to_string();
            let mapped: Option<Vec<Value>> = items
                .iter()
                .map(|item| {
                    let mut inner = env.to_vec();
                    inner.insert(0, (name.clone(), item.clone()));
                    eval(src, body, &inner)
                })
                .collect();
            Some(Value::List(mapped?))
        }
        _ => None,
    }
}

/// A template's raw text between substitutions, with its escapes resolved.
fn unescape_template(raw: &str) -> Option<String> {
    if raw.contains('\\') {
        return Value::parse(&format!("'{}'", raw.replace('\'', "\\'"))).and_then(|v| match v {
            Value::Str(s) => Some(s),
            _ => None,
        });
    }
    Some(raw.to_string())
}

fn truthy(v: &Value) -> bool {
    match v {
        Value::Str(s) => !s.is_empty(),
        Value::Number(n) => n.parse::<f64>().is_ok_and(|x| x != 0.0 && !x.is_nan()),
        Value::Bool(b) => *b,
        Value::Null | Value::Undefined | Value::NaN => false,
        _ => true,
    }
}

/// `String(v)` in JavaScript.
fn js_string(v: &Value) -> String {
    match v {
        Value::Str(s) => s.clone(),
        Value::Number(n) => n.replace('_', "").parse::<f64>().map_or_else(|_| n.clone(), |x| format!("{x}")),
        Value::Bool(b) => b.to_string(),
        Value::Null => "null".into(),
        Value::Undefined => "undefined".into(),
        Value::NaN => "NaN".into(),
        Value::List(items) | Value::Tuple(items) => items.iter().map(js_join_part).collect::<Vec<_>>().join(","),
        Value::Map(_) => "[object Object]".into(),
        Value::Ctor { .. } => String::new(),
    }
}

/// `Array.prototype.join` renders `null` and `undefined` as empty.
fn js_join_part(v: &Value) -> String {
    match v {
        Value::Null | Value::Undefined => String::new(),
        other => js_string(other),
    }
}

/// `JSON.stringify(v)`.
fn json(v: &Value) -> Option<String> {
    Some(match v {
        Value::Str(s) => serde_json::to_string(s).ok()?,
        Value::Number(n) => serde_json::to_string(&n.replace('_', "").parse::<f64>().ok()?)
            .ok()
            .map(|s| s.strip_suffix(".0").map(str::to_string).unwrap_or(s))?,
        Value::Bool(b) => b.to_string(),
        Value::Null | Value::NaN => "null".into(),
        Value::Undefined => return None,
        Value::List(items) | Value::Tuple(items) => {
            let parts: Option<Vec<String>> = items
                .iter()
                .map(|i| if matches!(i, Value::Undefined) { Some("null".into()) } else { json(i) })
                .collect();
            format!("[{}]", parts?.join(","))
        }
        Value::Map(entries) => {
            let mut parts = Vec::new();
            for (k, v) in entries {
                if matches!(v, Value::Undefined) {
                    continue;
                }
                let Value::Str(k) = k else { return None };
                parts.push(format!("{}:{}", serde_json::to_string(k).ok()?, json(v)?));
            }
            format!("{{{}}}", parts.join(","))
        }
        Value::Ctor { .. } => return None,
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use crate::failure::Failure;
    use crate::strategies::assertion_update::AssertionUpdate;
    use crate::strategies::check::{check_fix, check_no_fix, mismatch};

    fn vitest(file: &str, line: u32, title: &str, actual: &str, expected: &str) -> Failure {
        let mut f = mismatch(file, line, actual, expected);
        f.runner = crate::failure::Runner::Vitest;
        f.test_id = Some(format!("{file} > suite > {title}"));
        f
    }

    const UFO: &str = "describe('withBase', () => {\n  const tests = [\n    { base: '/', input: '/', out: '/' },\n    { base: '/foo/', input: '/', out: '/foo/' },\n    { base: '/foo', input: '/', out: '/foo' },\n  ];\n  for (const t of tests) {\n    test(JSON.stringify(t.base) + ' + ' + JSON.stringify(t.input), () => {\n      expect(withBase(t.input, t.base)).toBe(t.out);\n    });\n  }\n});\n";

    #[test]
    fn two_cases_expecting_the_same_are_told_apart_by_the_assertions_message() {
        // Before: `Decimal(rate)` was no loop variable, and two gold rows both expected "0.10".
        let before = "from decimal import Decimal\n\nCASES = [\n    (\"250\", \"0.05\"),\n    (\"500\", \"0.10\"),\n    (\"4200\", \"0.10\"),\n]\n\ndef test_rates():\n    for spend, rate in CASES:\n        assert discount_rate(Decimal(spend)) == Decimal(rate), spend\n";
        let mut f = mismatch("tests/test_d.py", 11, "Decimal('0.12')", "Decimal('0.10')");
        f.message = "500".into();
        check_fix(
            &AssertionUpdate,
            "tests/test_d.py",
            before,
            &f,
            &before.replace("(\"500\", \"0.10\")", "(\"500\", \"0.12\")"),
        );
        // A message naming no case (or none at all) leaves the two unresolved.
        f.message = "AssertionError".into();
        check_no_fix(&AssertionUpdate, "tests/test_d.py", before, &f);
    }

    #[test]
    fn a_plain_cell_beside_arithmetic_cells_is_found_and_to_be_close_to_compares() {
        // Before: `12 * 4` could not be read, so the failing `12` of the first row was not told apart from it.
        let before = "const cases: Array<[number, number]> = [\n  [1, 12],\n  [4, 12 * 4],\n];\n\ntest('tiers', () => {\n  for (const [qty, expected] of cases) {\n    expect(price(qty), `qty ${qty}`).toBeCloseTo(expected, 2);\n  }\n});\n";
        let mut f = mismatch("test/b.test.ts", 8, "13", "12");
        f.runner = crate::failure::Runner::Vitest;
        f.message = "qty 1: expected 13 to be close to 12".into();
        check_fix(&AssertionUpdate, "test/b.test.ts", before, &f, &before.replace("[1, 12]", "[1, 13]"));
    }

    #[test]
    fn the_element_the_title_names_is_edited() {
        let f = vitest("t.test.ts", 9, "\"/foo/\" + \"/\"", "'/foo'", "'/foo/'");
        check_fix(&AssertionUpdate, "t.test.ts", UFO, &f, &UFO.replace("out: '/foo/'", "out: '/foo'"));
        // A title no element renders is not guessed at.
        let f = vitest("t.test.ts", 9, "\"/bar/\" + \"/\"", "'/foo'", "'/foo/'");
        check_no_fix(&AssertionUpdate, "t.test.ts", UFO, &f);
        // The printed expectation must be the element's: another assertion failed, not this one.
        let f = vitest("t.test.ts", 9, "\"/foo/\" + \"/\"", "'/x'", "'/y'");
        check_no_fix(&AssertionUpdate, "t.test.ts", UFO, &f);
    }

    #[test]
    fn each_describe_may_declare_its_own_table_of_the_same_name() {
        let other = "describe('other', () => {\n  const tests = [{ input: 'x', out: 'X' }];\n  for (const t of tests) {\n    test(t.input, () => {\n      expect(f(t.input)).toBe(t.out);\n    });\n  }\n});\n";
        let before = format!("{other}{UFO}");
        let f = vitest("t.test.ts", 17, "\"/foo/\" + \"/\"", "'/foo'", "'/foo/'");
        check_fix(&AssertionUpdate, "t.test.ts", &before, &f, &before.replace("out: '/foo/'", "out: '/foo'"));
        // A module-level table read by two describes is refused (the first case of the refusals below).
    }

    #[test]
    fn titles_are_rendered_as_their_expressions_would() {
        let before = "import { joinURL } from '../src';\n\nconst tests = [\n  { input: [], out: '' },\n  { input: ['a', 'b'], out: 'a/b' },\n  { input: [undefined, './'], out: './' },\n] as const;\n\ndescribe('joinURL', () => {\n  for (const t of tests) {\n    test(`joinURL(${t.input.map((i) => JSON.stringify(i)).join(', ')}) === ${JSON.stringify(t.out)}`, () => {\n      expect(joinURL(...t.input)).toBe(t.out);\n    });\n  }\n});\n";
        let f = vitest("j.test.ts", 12, "joinURL(\"a\", \"b\") === \"a/b\"", "'a//b'", "'a/b'");
        check_fix(&AssertionUpdate, "j.test.ts", before, &f, &before.replace("out: 'a/b'", "out: 'a//b'"));
        let before = "describe('withFragment', () => {\n  const tests = [\n    { input: 'https://a.com#x', fragment: '', out: 'https://a.com' },\n    { input: 'https://a.com', fragment: 'y', out: 'https://a.com#y' },\n  ];\n  for (const t of tests) {\n    test(`${t.input} + ${t.fragment}`, () => {\n      expect(withFragment(t.input, t.fragment)).toBe(t.out);\n    });\n  }\n});\n";
        let f = vitest("w.test.ts", 8, "https://a.com#x + ", "'https://a.com#x'", "'https://a.com'");
        let after = before.replace("fragment: '', out: 'https://a.com' }", "fragment: '', out: 'https://a.com#x' }");
        check_fix(&AssertionUpdate, "w.test.ts", before, &f, &after);
        // `t.input.toString()` and a ternary.
        let before = "const tests = [\n  { input: ['a', 1], out: 'a1' },\n  { input: ['b', 2], out: 'b2', comment: 'two' },\n];\nfor (const t of tests) {\n  it(t.input.toString() + (t.comment ? ': ' + t.comment : ''), () => {\n    expect(cat(...t.input)).toBe(t.out);\n  });\n}\n";
        let f = vitest("c.test.ts", 7, "b,2: two", "'b-2'", "'b2'");
        check_fix(&AssertionUpdate, "c.test.ts", before, &f, &before.replace("out: 'b2'", "out: 'b-2'"));
    }

    #[test]
    fn destructured_entries_keys_and_for_each_tables() {
        let before = "const cases = [\n  ['a b', 'a%20b'],\n  ['a/b', 'a/b'],\n];\nfor (const [input, expected] of cases) {\n  test(input, () => {\n    expect(encode(input)).toBe(expected);\n  });\n}\n";
        let f = vitest("e.test.ts", 7, "a/b", "'a%2Fb'", "'a/b'");
        check_fix(&AssertionUpdate, "e.test.ts", before, &f, &before.replace("['a/b', 'a/b']", "['a/b', 'a%2Fb']"));
        let before = "describe('encode', () => {\n  const tests = {\n    'a b': 'a%20b',\n    'a/b': 'a/b',\n  };\n  for (const input in tests) {\n    test(input, () => {\n      expect(encode(input)).toBe(tests[input]);\n    });\n  }\n});\n";
        let f = vitest("e.test.ts", 8, "a/b", "'a%2Fb'", "'a/b'");
        check_fix(&AssertionUpdate, "e.test.ts", before, &f, &before.replace("'a/b': 'a/b'", "'a/b': 'a%2Fb'"));
        let before = "const map = { one: 1, two: 2 };\nfor (const [word, n] of Object.entries(map)) {\n  it(`${word} is ${n}`, () => {\n    assert.strictEqual(parse(word), n);\n  });\n}\n";
        let f = vitest("n.test.ts", 4, "two is 2", "3", "2");
        check_fix(&AssertionUpdate, "n.test.ts", before, &f, &before.replace("two: 2", "two: 3"));
        let before = "const tests = [\n  { input: 'localhost:3000', out: { hostname: 'localhost', port: 3000 } },\n  { input: 'a.com', out: { hostname: 'a.com', port: undefined } },\n];\ntests.forEach(({ input, out: expected }) => {\n  test(input, () => {\n    expect(parseHost(input)).toEqual(expected);\n  });\n});\n";
        let f = vitest(
            "h.test.ts",
            7,
            "localhost:3000",
            "{ hostname: 'localhost', port: '3000' }",
            "{ hostname: 'localhost', port: 3000 }",
        );
        let after = before.replace("port: 3000 }", "port: '3000' }");
        check_fix(&AssertionUpdate, "h.test.ts", before, &f, &after);
    }

    #[test]
    fn a_loop_inside_one_test_edits_the_element_holding_the_printed_expectation() {
        let before = "test('slugs', () => {\n  const cases = [\n    { in: 'A B', out: 'a-b' },\n    { in: 'C', out: 'c' },\n  ];\n  for (const c of cases) {\n    expect(slug(c.in)).toBe(c.out);\n  }\n});\n";
        let f = vitest("s.test.ts", 7, "slugs", "'a_b'", "'a-b'");
        check_fix(&AssertionUpdate, "s.test.ts", before, &f, &before.replace("out: 'a-b'", "out: 'a_b'"));
        // A typed tuple table.
        let typed = "it('parses', () => {\n  const cases: Array<[string, Record<string, string | string[]>]> = [\n    ['a=1', { a: '1' }],\n    ['t=a&t=b', { t: 'b' }],\n  ]\n  for (const [input, expected] of cases) {\n    expect(parse(input)).toEqual(expected)\n  }\n})\n";
        let f = vitest("q.test.ts", 7, "parses", "{ t: [ 'a', 'b' ] }", "{ t: 'b' }");
        check_fix(&AssertionUpdate, "q.test.ts", typed, &f, &typed.replace("{ t: 'b' }", "{ t: ['a', 'b'] }"));
        // Two elements expect the same value: which one failed is unknown.
        let twice = before.replace("out: 'c'", "out: 'a-b'");
        check_no_fix(&AssertionUpdate, "s.test.ts", &twice, &f);
    }

    #[test]
    fn elements_the_edit_would_break_elsewhere_are_refused() {
        // The same field checks a second function: the new value would fail it.
        let before = "const tests = [\n  { input: 'a', out: 'A' },\n  { input: 'b', out: 'B' },\n];\nfor (const t of tests) {\n  test(t.input, () => {\n    expect(upper(t.input)).toBe(t.out);\n    expect(upper2(t.input)).toBe(t.out);\n  });\n}\n";
        check_no_fix(&AssertionUpdate, "u.test.ts", before, &vitest("u.test.ts", 7, "b", "'b!'", "'B'"));
        // The whole element goes into the code under test.
        let before = "const tests = [\n  { input: 'a', out: 'A' },\n  { input: 'b', out: 'B' },\n];\nfor (const t of tests) {\n  test(t.input, () => {\n    expect(upper(t)).toBe(t.out);\n  });\n}\n";
        check_no_fix(&AssertionUpdate, "u.test.ts", before, &vitest("u.test.ts", 7, "b", "'b!'", "'B'"));
        // Another loop reads the same table.
        let before = "const tests = [\n  { input: 'a', out: 'A' },\n  { input: 'b', out: 'B' },\n];\nfor (const t of tests) {\n  test(t.input, () => {\n    expect(upper(t.input)).toBe(t.out);\n  });\n}\nfor (const t of tests) {\n  test('again ' + t.input, () => {\n    expect(upperAgain(t.input)).toBe(t.out);\n  });\n}\n";
        check_no_fix(&AssertionUpdate, "u.test.ts", before, &vitest("u.test.ts", 7, "b", "'b!'", "'B'"));
        // Two elements render the same title.
        let before = "const tests = [\n  { input: 'b', out: 'B' },\n  { input: 'b', out: 'B' },\n];\nfor (const t of tests) {\n  test(t.input, () => {\n    expect(upper(t.input)).toBe(t.out);\n  });\n}\n";
        check_no_fix(&AssertionUpdate, "u.test.ts", before, &vitest("u.test.ts", 7, "b", "'b!'", "'B'"));
        // An element that is not all literals, a spread, or a table built by code.
        for table in [
            "[\n  { input: 'a', out: A },\n  { input: 'b', out: 'B' },\n]",
            "[\n  ...more,\n  { input: 'b', out: 'B' },\n]",
            "make()",
        ] {
            let before = format!(
                "const tests = {table};\nfor (const t of tests) {{\n  test(t.input, () => {{\n    expect(upper(t.input)).toBe(t.out);\n  }});\n}}\n"
            );
            let line = before.lines().position(|l| l.contains("expect(")).unwrap() as u32 + 1;
            check_no_fix(&AssertionUpdate, "u.test.ts", &before, &vitest("u.test.ts", line, "b", "'b!'", "'B'"));
        }
    }

    #[test]
    fn python_loops_edit_the_element_holding_the_printed_expectation() {
        let before = "CASES = [\n    (1, 'one'),\n    (2, 'two'),\n]\n\n\ndef test_words():\n    for value, expected in CASES:\n        assert words(value) == expected\n";
        let f = mismatch("test_w.py", 9, "'TWO'", "'two'");
        check_fix(&AssertionUpdate, "test_w.py", before, &f, &before.replace("(2, 'two')", "(2, 'TWO')"));
        let before = "def test_slug():\n    cases = [{'in': 'A B', 'out': 'a-b'}, {'in': 'C', 'out': 'c'}]\n    for case in cases:\n        assert slug(case['in']) == case['out']\n";
        let f = mismatch("test_s.py", 4, "'a_b'", "'a-b'");
        check_fix(&AssertionUpdate, "test_s.py", before, &f, &before.replace("'out': 'a-b'", "'out': 'a_b'"));
        let before = "import unittest\n\nTABLE = {'one': 1, 'two': 2}\n\n\nclass T(unittest.TestCase):\n    def test_parse(self):\n        for word, n in TABLE.items():\n            with self.subTest(word=word):\n                self.assertEqual(parse(word), n)\n";
        let f = mismatch("test_p.py", 10, "3", "2");
        check_fix(&AssertionUpdate, "test_p.py", before, &f, &before.replace("'two': 2", "'two': 3"));
        // Inputs written as expressions do not hide the expectations.
        let before = "SIZES = [\n    (1_500, '1.5 KB'),\n    (10**16, '10.0 PB'),\n    (5 * 1024**3, '5.0 GiB'),\n]\n\n\ndef test_sizes():\n    for value, expected in SIZES:\n        assert natural(value) == expected\n";
        let f = mismatch("test_z.py", 10, "'1.5 kB'", "'1.5 KB'");
        check_fix(&AssertionUpdate, "test_z.py", before, &f, &before.replace("'1.5 KB'", "'1.5 kB'"));
        // ... but an expectation that is an expression could be the failing one.
        let computed = before.replace("'5.0 GiB'", "'1.5 ' + 'KB'");
        check_no_fix(&AssertionUpdate, "test_z.py", &computed, &f);
        // A class attribute read through `self`, each failing `subTest` row its own failure.
        let before = "import unittest\n\n\nclass T(unittest.TestCase):\n    ROWS = [\n        (1.0, '1.0C'),\n        (2.0, '2.0C'),\n    ]\n\n    def test_fmt(self):\n        for c, expected in self.ROWS:\n            with self.subTest(c=c):\n                self.assertEqual(fmt(c), expected)\n";
        let f = mismatch("test_f.py", 13, "'2.0 C'", "'2.0C'");
        check_fix(&AssertionUpdate, "test_f.py", before, &f, &before.replace("'2.0C'", "'2.0 C'"));
        // The value is expected by two elements: refused.
        let before = "CASES = [(1, 'x'), (2, 'x')]\n\n\ndef test_words():\n    for value, expected in CASES:\n        assert words(value) == expected\n";
        check_no_fix(&AssertionUpdate, "test_w.py", before, &mismatch("test_w.py", 6, "'y'", "'x'"));
    }
}
