//! Table-driven tests: the expected value lives in a row of `@pytest.mark.parametrize` or `it.each`/`test.each`,
//! and the assertion compares against a parameter. The row to edit is the one the failing test's id names
//! (`test_total[100.00-1-105.00]`, `fee on 1000 cents is 59`), never the test body.

use tree_sitter::Node;

use crate::failure::Failure;
use crate::source::{string_literal_value, SourceFile};
use crate::strategies::value::Value;

/// The cell an operand stands for: the literal in the failing row, and the constructor the operand wraps the
/// parameter in (`Decimal(expected)` → `Some("Decimal")`).
pub(super) struct Cell<'a> {
    pub literal: Node<'a>,
    pub wrapper: Option<String>,
}

/// The row cell behind `operand` when it is a parameter of the failing test (or one wrapped in a value
/// constructor), in the row the failure's id names.
pub(super) fn cell_for<'a>(src: &'a SourceFile, failure: &Failure, operand: Node<'a>) -> Option<Cell<'a>> {
    let (param, wrapper) = parameter_of(src, operand)?;
    let test = src.enclosing_test(operand)?;
    let literal = if src.lang().is_python() {
        python_cell(src, failure, test, &param)?
    } else {
        each_cell(src, failure, test, &param)?
    };
    Some(Cell { literal, wrapper })
}

/// `expected` or `Decimal(expected)`.
fn parameter_of(src: &SourceFile, operand: Node) -> Option<(String, Option<String>)> {
    match operand.kind() {
        "identifier" | "shorthand_property_identifier" => Some((src.node_text(operand).to_string(), None)),
        "call" | "call_expression" => {
            let (arg, func) = wrapped(src, operand)?;
            (arg.kind() == "identifier").then(|| (src.node_text(arg).to_string(), Some(func)))
        }
        _ => None,
    }
}

/// `Decimal(x)` → (`x`, `Decimal`): the one argument of a value constructor a table's cell is wrapped in.
pub(super) fn wrapped<'a>(src: &SourceFile, operand: Node<'a>) -> Option<(Node<'a>, String)> {
    if !matches!(operand.kind(), "call" | "call_expression") {
        return None;
    }
    let func = src.node_text(operand.child_by_field_name("function")?);
    let args = operand.child_by_field_name("arguments")?;
    let base = func.rsplit('.').next().unwrap_or(func);
    if !matches!(base, "Decimal" | "Fraction" | "date" | "datetime") || args.named_child_count() != 1 {
        return None;
    }
    Some((args.named_child(0)?, func.to_string()))
}

fn python_cell<'a>(src: &'a SourceFile, failure: &Failure, test: Node<'a>, param: &str) -> Option<Node<'a>> {
    let id = failure.test_id.as_deref()?;
    let wanted = id.split_once('[')?.1.strip_suffix(']')?;
    let decorated = test.parent().filter(|p| p.kind() == "decorated_definition")?;
    let mut cursor = decorated.walk();
    for decorator in decorated.named_children(&mut cursor).filter(|d| d.kind() == "decorator") {
        let Some(call) = decorator.named_child(0).filter(|c| c.kind() == "call") else { continue };
        let func = src.node_text(call.child_by_field_name("function")?);
        if !func.ends_with("parametrize") {
            continue;
        }
        let args = call.child_by_field_name("arguments")?;
        let positional: Vec<Node> = {
            let mut c = args.walk();
            args.named_children(&mut c).filter(|n| n.kind() != "keyword_argument" && n.kind() != "comment").collect()
        };
        let [names, table, ..] = positional.as_slice() else { continue };
        let names = arg_names(src, *names)?;
        let Some(index) = names.iter().position(|n| n == param) else { continue };
        // `@pytest.mark.parametrize("a, b", CASES)` with `CASES = [...]` at module level.
        let table = &super::binding::bound_literal(src, *table).unwrap_or(*table);
        if table.kind() != "list" && table.kind() != "tuple" {
            return None;
        }
        let explicit_ids = keyword(src, args, "ids").and_then(|ids| string_list(src, ids));
        let mut c = table.walk();
        let rows: Vec<Node> = table.named_children(&mut c).filter(|n| n.kind() != "comment").collect();
        let mut found = Vec::new();
        for (i, row) in rows.iter().enumerate() {
            let (values, own_id) = row_values(src, *row, names.len())?;
            let id = own_id
                .or_else(|| explicit_ids.as_ref().and_then(|ids| ids.get(i).cloned()))
                .unwrap_or_else(|| auto_id(src, &values, &names, i));
            if id == wanted {
                found.push(*values.get(index)?);
            }
        }
        // Two rows with one id (pytest then suffixes them): not ours to guess.
        return match found.as_slice() {
            [one] => Some(*one),
            _ => None,
        };
    }
    None
}

/// `"a, b"`, `"a,b"`, `("a", "b")`, `["a", "b"]`.
fn arg_names(src: &SourceFile, node: Node) -> Option<Vec<String>> {
    match node.kind() {
        "string" => Some(
            string_literal_value(src, node)?
                .split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect(),
        ),
        "list" | "tuple" => string_list(src, node),
        _ => None,
    }
}

fn string_list(src: &SourceFile, node: Node) -> Option<Vec<String>> {
    let mut c = node.walk();
    node.named_children(&mut c).filter(|n| n.kind() != "comment").map(|n| string_literal_value(src, n)).collect()
}

fn keyword<'a>(src: &SourceFile, args: Node<'a>, name: &str) -> Option<Node<'a>> {
    let mut c = args.walk();
    let found = args.named_children(&mut c).find(|k| {
        k.kind() == "keyword_argument" && k.child_by_field_name("name").is_some_and(|n| src.node_text(n) == name)
    });
    found.and_then(|k| k.child_by_field_name("value"))
}

/// A row's cells and its own id (`pytest.param(..., id="x")`).
fn row_values<'a>(src: &SourceFile, row: Node<'a>, width: usize) -> Option<(Vec<Node<'a>>, Option<String>)> {
    let (cells_of, own_id) = if row.kind() == "call"
        && row.child_by_field_name("function").is_some_and(|f| src.node_text(f).ends_with("param"))
    {
        let args = row.child_by_field_name("arguments")?;
        let id = keyword(src, args, "id").and_then(|n| string_literal_value(src, n));
        (args, id)
    } else if width == 1 {
        return Some((vec![row], None));
    } else {
        (row, None)
    };
    let mut c = cells_of.walk();
    let cells: Vec<Node> =
        cells_of.named_children(&mut c).filter(|n| n.kind() != "comment" && n.kind() != "keyword_argument").collect();
    (cells.len() == width).then_some((cells, own_id))
}

/// The id pytest gives a row: its cells joined by `-`, plain literals as Python prints them, any other value
/// (`NOW - timedelta(seconds=1)`) as its parameter's name and the row's index (`test_input1`).
fn auto_id(src: &SourceFile, cells: &[Node], names: &[String], row: usize) -> String {
    let parts: Vec<String> = cells
        .iter()
        .zip(names)
        .map(|(n, name)| literal_id(src, *n).unwrap_or_else(|| format!("{name}{row}")))
        .collect();
    parts.join("-")
}

fn literal_id(src: &SourceFile, n: Node) -> Option<String> {
    let text = src.node_text(n);
    match n.kind() {
        "string" => string_literal_value(src, n),
        "integer" => Some(text.replace('_', "")),
        "float" => text.replace('_', "").parse::<f64>().ok().map(|x| {
            let s = format!("{x}");
            if s.contains(['.', 'e', 'i', 'N']) {
                s
            } else {
                format!("{s}.0")
            }
        }),
        "true" | "false" | "none" => Some(text.to_string()),
        "unary_operator" => Some(text.replace(' ', "")),
        _ => None,
    }
}

/// `it.each([[a, b], ...])('title %i', (a, b) => ...)`: the cell of the row whose formatted title is the
/// failing test's name. Rows may also be objects (`test.each([{ bytes, expected }])('$bytes', ({ expected }) =>
/// ...)`) or a tagged template table (`` it.each`input | expected ${1} | ${2}` ``), named by `$key` in the title.
fn each_cell<'a>(src: &'a SourceFile, failure: &Failure, test: Node<'a>, param: &str) -> Option<Node<'a>> {
    let each = test.child_by_field_name("function").filter(|f| f.kind() == "call_expression")?;
    let callee = src.node_text(each.child_by_field_name("function")?);
    if !callee.ends_with(".each") {
        return None;
    }
    let table_arg = each.child_by_field_name("arguments")?;
    let args = test.child_by_field_name("arguments")?;
    let title = string_literal_value(src, args.named_child(0)?)?;
    let func = args.named_child(1)?;
    let id = failure.test_id.as_deref()?;
    let wanted = id.rsplit(" > ").next().unwrap_or(id).trim();
    if table_arg.kind() == "template_string" {
        let key = object_key(src, func, param)?;
        let rows = template_rows(src, table_arg)?;
        return keyed_cell(src, &rows, &title, wanted, &key);
    }
    let mut table = table_arg.named_child(0)?;
    // `test.each(cases)` with `const cases = [...]`.
    table = super::binding::bound_literal(src, table).unwrap_or(table);
    // `[...] as const`, `([...])`, `[...] satisfies Row[]`: the array inside.
    while matches!(table.kind(), "as_expression" | "satisfies_expression" | "parenthesized_expression") {
        table = table.named_child(0)?;
    }
    if table.kind() != "array" {
        return None;
    }
    let mut c = table.walk();
    let objects: Vec<Node> = table.named_children(&mut c).filter(|n| n.kind() == "object").collect();
    if !objects.is_empty() {
        let key = object_key(src, func, param)?;
        let rows: Vec<Vec<(String, Node)>> = objects.iter().map(|o| object_row(src, *o)).collect::<Option<_>>()?;
        return keyed_cell(src, &rows, &title, wanted, &key);
    }
    let params = func.child_by_field_name("parameters")?;
    let mut c = params.walk();
    let names: Vec<String> = params.named_children(&mut c).map(|p| src.node_text(p).to_string()).collect();
    let index = names.iter().position(|n| n == param || n.split(':').next().map(str::trim) == Some(param))?;
    let mut c = table.walk();
    let rows: Vec<Node> = table.named_children(&mut c).filter(|n| n.kind() == "array").collect();
    let mut found = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let mut rc = row.walk();
        let cells: Vec<Node> = row.named_children(&mut rc).filter(|n| n.kind() != "comment").collect();
        let values: Option<Vec<Value>> = cells.iter().map(|n| Value::parse(src.node_text(*n))).collect();
        let Some(values) = values else { continue };
        if format_title(&title, &values, i).as_deref() == Some(wanted) {
            found.push(*cells.get(index)?);
        }
    }
    match found.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// The row key a callback parameter stands for: `({ expected })` → `expected`, `({ expected: want })` with
/// `want` → `expected`.
fn object_key(src: &SourceFile, func: Node, param: &str) -> Option<String> {
    let params = func.child_by_field_name("parameters")?;
    let pattern = params.named_child(0)?;
    let pattern = match pattern.kind() {
        "required_parameter" | "optional_parameter" => pattern.child_by_field_name("pattern")?,
        _ => pattern,
    };
    if pattern.kind() != "object_pattern" {
        return None;
    }
    let mut c = pattern.walk();
    for p in pattern.named_children(&mut c) {
        match p.kind() {
            "shorthand_property_identifier_pattern" if src.node_text(p) == param => return Some(param.to_string()),
            "pair_pattern" if p.child_by_field_name("value").is_some_and(|v| src.node_text(v) == param) => {
                let key = p.child_by_field_name("key")?;
                return string_literal_value(src, key).or_else(|| Some(src.node_text(key).to_string()));
            }
            _ => {}
        }
    }
    None
}

/// `{ name: 'zero', bytes: 0 }`: each key with its value node; `None` for spreads and shorthand properties.
fn object_row<'a>(src: &SourceFile, object: Node<'a>) -> Option<Vec<(String, Node<'a>)>> {
    let mut c = object.walk();
    let mut out = Vec::new();
    for p in object.named_children(&mut c).filter(|n| n.kind() != "comment") {
        if p.kind() != "pair" {
            return None;
        }
        let key = p.child_by_field_name("key")?;
        let key = string_literal_value(src, key).unwrap_or_else(|| src.node_text(key).to_string());
        out.push((key, p.child_by_field_name("value")?));
    }
    Some(out)
}

/// The rows of a tagged template table: the header line's names, then the `${...}` cells in reading order.
fn template_rows<'a>(src: &SourceFile, template: Node<'a>) -> Option<Vec<Vec<(String, Node<'a>)>>> {
    let text = src.node_text(template).trim_start_matches('`');
    let header = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    if header.contains("${") {
        return None;
    }
    let names: Vec<String> = header.split('|').map(|n| n.trim().to_string()).collect();
    if names.iter().any(|n| n.is_empty()) {
        return None;
    }
    let mut c = template.walk();
    let cells: Vec<Node> = template
        .named_children(&mut c)
        .filter(|n| n.kind() == "template_substitution")
        .map(|n| n.named_child(0))
        .collect::<Option<_>>()?;
    if cells.is_empty() || !cells.len().is_multiple_of(names.len()) {
        return None;
    }
    Some(cells.chunks(names.len()).map(|row| names.iter().cloned().zip(row.iter().copied()).collect()).collect())
}

/// The `key` cell of the one keyed row whose `$key` title is the failing test's name.
fn keyed_cell<'a>(
    src: &SourceFile,
    rows: &[Vec<(String, Node<'a>)>],
    title: &str,
    wanted: &str,
    key: &str,
) -> Option<Node<'a>> {
    let mut found = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let values: Option<Vec<(String, Value)>> =
            row.iter().map(|(k, n)| Value::parse(src.node_text(*n)).map(|v| (k.clone(), v))).collect();
        let Some(values) = values else { continue };
        // Vitest quotes strings with `'`, jest with `"`; a title may also show them bare.
        if [None, Some('\''), Some('"')].iter().any(|q| keyed_title(title, &values, i, *q).as_deref() == Some(wanted)) {
            found.push(row.iter().find(|(k, _)| k == key)?.1);
        }
    }
    match found.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// An `each` title with `$key` (and `$#`) replaced by the row's values, strings in `quote`.
fn keyed_title(title: &str, values: &[(String, Value)], index: usize, quote: Option<char>) -> Option<String> {
    let mut out = String::new();
    let mut rest = title;
    while let Some(at) = rest.find('$') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        if let Some(tail) = after.strip_prefix('#') {
            out.push_str(&index.to_string());
            rest = tail;
            continue;
        }
        let len = after.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(after.len());
        let name = &after[..len];
        match values.iter().find(|(k, _)| k == name) {
            Some((_, v)) => out.push_str(&match v {
                Value::Number(n) => format!("{}", n.replace('_', "").parse::<f64>().ok()?),
                Value::Str(s) => quote.map_or_else(|| s.clone(), |q| format!("{q}{s}{q}")),
                Value::Bool(b) => b.to_string(),
                _ => return None,
            }),
            None => {
                out.push('$');
                out.push_str(name);
            }
        }
        rest = &after[len..];
    }
    out.push_str(rest);
    Some(out)
}

/// Vitest/jest `%` formatting of an `each` title.
fn format_title(title: &str, values: &[Value], index: usize) -> Option<String> {
    let mut out = String::new();
    let mut next = values.iter();
    let mut chars = title.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(&spec) = chars.peek() else {
            out.push('%');
            break;
        };
        chars.next();
        match spec {
            '%' => out.push('%'),
            '#' => out.push_str(&index.to_string()),
            'i' | 'd' => match next.next()? {
                Value::Number(n) => out.push_str(&format!("{}", n.replace('_', "").parse::<f64>().ok()?.trunc())),
                _ => return None,
            },
            's' | 'f' | 'j' | 'o' | 'O' | 'p' => match next.next()? {
                Value::Number(n) => out.push_str(&format!("{}", n.replace('_', "").parse::<f64>().ok()?)),
                Value::Str(s) if spec == 's' => out.push_str(s),
                Value::Str(s) => out.push_str(&format!("\"{s}\"")),
                Value::Bool(b) => out.push_str(&b.to_string()),
                _ => return None,
            },
            other => {
                out.push('%');
                out.push(other);
            }
        }
    }
    Some(out)
}

/// The failing test's pytest id once `fix` is written: editing a parametrize row changes the id pytest derives
/// from its values (`test_total[100.00-1-105.00]` → `[100.00-1-105.50]`), and the validating re-run must ask for
/// the new one. `None` when the id does not change.
///
/// ```
/// use maestro_test_healer::context::SourceCache;
/// use maestro_test_healer::failure::{Failure, FailureKind, Runner};
/// use maestro_test_healer::fix::{Edit, Fix, StrategyKind};
/// use maestro_test_healer::strategies::assertion_update::id_after;
/// let cache = SourceCache::new("/nonexistent");
/// cache.set_text("test_a.py", "rows = [(1, '105.00')]\n");
/// let mut f = Failure::new(FailureKind::TestFailure, Runner::Pytest, "assert 1 == 2");
/// f.test_id = Some("test_a.py::test_t[1-105.00]".into());
/// let fix = Fix::new(StrategyKind::AssertionUpdate, vec![Edit::replace("test_a.py", 12..20, "'105.50'")], 0.9, "t", "r");
/// assert_eq!(id_after(&f, &fix, &cache).as_deref(), Some("test_a.py::test_t[1-105.50]"));
/// ```
pub fn id_after(failure: &Failure, fix: &crate::fix::Fix, sources: &crate::context::SourceCache) -> Option<String> {
    let id = failure.test_id.as_deref()?;
    let Some(open) = id.find('[') else { return each_title_after(id, fix, sources) };
    let (head, params) = id.split_at(open);
    let mut params = params.to_string();
    for edit in fix.edits() {
        let Ok(src) = sources.get(&edit.path) else { continue };
        let Some(old) = src.text().get(edit.range.clone()) else { continue };
        let unquote = |t: &str| match Value::parse(t) {
            Some(Value::Str(s)) => s,
            _ => t.trim().to_string(),
        };
        let (old, new) = (unquote(old), unquote(&edit.replacement));
        if old.is_empty() || old == new {
            continue;
        }
        // pytest joins the values with `-`: only a whole value is replaced.
        let inner = params.get(1..params.len().checked_sub(1)?)?.to_string();
        let parts: Vec<String> = inner.split('-').map(|p| if p == old { new.clone() } else { p.to_string() }).collect();
        let joined = parts.join("-");
        if joined != inner {
            params = format!("[{joined}]");
        } else if inner.contains(old.as_str()) && inner.matches(old.as_str()).count() == 1 {
            params = format!("[{}]", inner.replace(old.as_str(), &new));
        }
    }
    let after = format!("{head}{params}");
    (after != id).then_some(after)
}

/// The same for a vitest/jest `each` title (`fees > EU parcel of 3 kg costs 9.6`): the edited cell's value,
/// when the test's own name (its last ` > ` segment) shows it exactly once, is replaced there.
fn each_title_after(id: &str, fix: &crate::fix::Fix, sources: &crate::context::SourceCache) -> Option<String> {
    let (head, mut name) = match id.rsplit_once(" > ") {
        Some((head, name)) => (format!("{head} > "), name.to_string()),
        None => (String::new(), id.to_string()),
    };
    for edit in fix.edits() {
        let Ok(src) = sources.get(&edit.path) else { continue };
        let Some(old) = src.text().get(edit.range.clone()) else { continue };
        let shown = |t: &str| match Value::parse(t)? {
            Value::Str(s) => Some(s),
            Value::Number(n) => n.replace('_', "").parse::<f64>().ok().map(|x| format!("{x}")),
            _ => None,
        };
        let (Some(old), Some(new)) = (shown(old), shown(&edit.replacement)) else { continue };
        let bounded = |i: usize| {
            let before = name[..i].chars().next_back();
            let after = name[i + old.len()..].chars().next();
            !before.is_some_and(|c| c.is_alphanumeric() || c == '.')
                && !after.is_some_and(|c| c.is_alphanumeric() || (c == '.' && old.chars().all(|d| d.is_ascii_digit())))
        };
        let at: Vec<usize> = name.match_indices(old.as_str()).map(|(i, _)| i).filter(|&i| bounded(i)).collect();
        if let ([i], false) = (at.as_slice(), old.is_empty() || old == new) {
            name.replace_range(*i..*i + old.len(), &new);
        }
    }
    let after = format!("{head}{name}");
    (after != id).then_some(after)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::fix::{Edit, Fix, StrategyKind};

    #[test]
    fn each_titles_follow_the_edited_cell() {
        let cache = crate::context::SourceCache::new("/nonexistent");
        let text = "test.each([\n  ['EU', 3, 9.6],\n] as const)('%s parcel of %f kg costs %f', () => {});\n";
        cache.set_text("t.test.ts", text);
        let at = text.find("9.6").unwrap();
        let fix = Fix::new(
            StrategyKind::AssertionUpdate,
            vec![Edit::replace("t.test.ts", at..at + 3, "10.5")],
            0.9,
            "t",
            "r",
        );
        let mut f = Failure::new(crate::failure::FailureKind::TestFailure, crate::failure::Runner::Vitest, "x");
        f.test_id = Some("t.test.ts > freight > EU parcel of 3 kg costs 9.6".into());
        assert_eq!(id_after(&f, &fix, &cache).as_deref(), Some("t.test.ts > freight > EU parcel of 3 kg costs 10.5"));
        // A value the title does not show (or shows twice) leaves the id alone.
        f.test_id = Some("t.test.ts > freight > EU parcel".into());
        assert_eq!(id_after(&f, &fix, &cache), None);
        f.test_id = Some("t.test.ts > 9.6 or 9.6".into());
        assert_eq!(id_after(&f, &fix, &cache), None);
    }

    fn cell_of(path: &str, text: &str, id: &str) -> Option<String> {
        let src = SourceFile::from_text(path, text).unwrap();
        let mut f = Failure::new(crate::failure::FailureKind::TestFailure, crate::failure::Runner::Vitest, "x");
        f.test_id = Some(id.into());
        let mut found = None;
        src.walk(|n| {
            if n.kind() == "identifier"
                && src.node_text(n) == "want"
                && n.parent().is_some_and(|p| p.kind() == "arguments")
            {
                found = cell_for(&src, &f, n).map(|c| src.node_text(c.literal).to_string());
            }
            true
        });
        found
    }

    #[test]
    fn each_object_rows_and_template_tables_are_read() {
        // Before: only array rows with positional parameters were read; object rows and tagged templates gave
        // no cell, so nothing was proposed.
        let objects = "test.each([\n  { label: 'one', n: 1, want: 'I' },\n  { label: 'four', n: 4, want: 'IIII' },\n])('$label is $n', ({ n, want }) => {\n  expect(roman(n)).toBe(want)\n})\n";
        assert_eq!(cell_of("r.test.ts", objects, "r.test.ts > 'four' is 4").as_deref(), Some("'IIII'"));
        assert_eq!(cell_of("r.test.ts", objects, "r.test.ts > \"one\" is 1").as_deref(), Some("'I'"));
        let renamed = objects.replace("({ n, want })", "({ n, out: want })").replace("want: '", "out: '");
        assert_eq!(cell_of("r.test.ts", &renamed, "r.test.ts > 'four' is 4").as_deref(), Some("'IIII'"));
        let template = "it.each`\n  n     | want\n  ${1}  | ${'I'}\n  ${4}  | ${'IIII'}\n`('roman $n', ({ n, want }) => {\n  expect(roman(n)).toBe(want)\n})\n";
        assert_eq!(cell_of("r.test.ts", template, "r.test.ts > suite > roman 4").as_deref(), Some("'IIII'"));
        // A title that names no row, or two rows alike: no cell.
        assert_eq!(cell_of("r.test.ts", template, "r.test.ts > roman 9"), None);
        let twice = template.replace("${1}  | ${'I'}", "${4}  | ${'IV'}");
        assert_eq!(cell_of("r.test.ts", &twice, "r.test.ts > roman 4"), None);
    }

    #[test]
    fn each_tables_as_const_are_read() {
        let src = SourceFile::from_text(
            "t.test.ts",
            "test.each([\n  ['EU', 3, 9.6],\n  ['world', 1, 3.5],\n] as const)('%s parcel of %f kg costs %f', (zone, kg, expected) => {\n  expect(freight(zone, kg)).toBe(expected);\n});\n",
        )
        .unwrap();
        let mut f = Failure::new(crate::failure::FailureKind::TestFailure, crate::failure::Runner::Vitest, "x");
        f.test_id = Some("t.test.ts > EU parcel of 3 kg costs 9.6".into());
        let mut found = None;
        src.walk(|n| {
            if n.kind() == "identifier"
                && src.node_text(n) == "expected"
                && n.parent().is_some_and(|p| p.kind() == "arguments")
            {
                found = cell_for(&src, &f, n).map(|c| src.node_text(c.literal).to_string());
            }
            true
        });
        assert_eq!(found.as_deref(), Some("9.6"));
    }
}
