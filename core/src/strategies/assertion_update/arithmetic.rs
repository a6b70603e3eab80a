//! Expected values written as arithmetic on literals: `self.assertAlmostEqual(total(200.0, 8), 200.0 * 1.10)`,
//! `expect(fee(50)).toBeCloseTo(50 * 0.2)`. When the change replaced a numeric constant (`RATE = 0.10` ->
//! `0.125`), a careful developer keeps the arithmetic and changes the factor the constant explains: the rate
//! itself (`0.10` -> `0.125`) or one plus/minus it (`1.10` -> `1.125`). The expression is never flattened into
//! its result.
//!
//! The failing assertion's rewritten expression must evaluate to the value the code returned (and the original
//! one to the value it expected): otherwise the factor is a coincidence and nothing is proposed.

use std::ops::Range;

use tree_sitter::Node;

use crate::failure::Failure;
use crate::source::SourceFile;

const PY_METHODS: &[&str] = &["assertEqual", "assertEquals", "assertAlmostEqual", "assertAlmostEquals"];
const TS_MATCHERS: &[&str] = &["toBe", "toEqual", "toStrictEqual", "toBeCloseTo"];

/// A byte range of the test, its text and its replacement.
type Rewrite = (Range<usize>, String, String);

/// The edits of the test's arithmetic expectations, and the failing one's new expression as a witness, when
/// `subs` holds a numeric swap they use.
pub(super) fn edits(
    src: &SourceFile,
    test: Node,
    subs: &[(String, String)],
    failure: &Failure,
) -> Option<(Vec<Rewrite>, (String, String))> {
    let numeric: Vec<(f64, f64)> =
        subs.iter().filter_map(|(o, n)| Some((o.parse::<f64>().ok()?, n.parse::<f64>().ok()?))).collect();
    if numeric.is_empty() {
        return None;
    }
    let actual: f64 = failure.actual.as_deref()?.trim().parse().ok()?;
    let expected: Option<f64> =
        failure.expected.as_deref().and_then(|e| e.split(" ± ").next().unwrap_or(e).trim().parse().ok());
    let mut out = Vec::new();
    let mut witness = None;
    for side in expected_sides(src, test) {
        let on_line = spans_failing_line(src, side, failure);
        // `toBeCloseTo(expected)` in a loop or `it.each` table: the arithmetic is the failing element's cell.
        let side = if on_line { table_cell(src, failure, side, expected).unwrap_or(side) } else { side };
        let mut local = Vec::new();
        let mut replaced = |n: Node| -> Option<f64> {
            let x = number(src, n)?;
            for (old, new) in &numeric {
                for (from, to) in [(*old, *new), (1.0 + old, 1.0 + new), (1.0 - old, 1.0 - new)] {
                    if close(x, from) {
                        // An integer stays an integer (`7 * 20` -> `7 * 25`, not `7 * 25.0`).
                        let text = src.node_text(n);
                        let shown = if !text.contains(['.', 'e', 'E']) && to.fract() == 0.0 {
                            render_like(text, to)
                        } else {
                            render(to)
                        };
                        local.push((n.byte_range(), text.to_string(), shown));
                        return Some(to);
                    }
                }
            }
            Some(x)
        };
        let Some(now) = eval(src, side, &mut replaced) else { continue };
        if local.is_empty() {
            continue;
        }
        if on_line {
            let was = eval(src, side, &mut |n| number(src, n))?;
            // The rewritten arithmetic must produce what the code returned, the original what the test expected.
            if !close(now, actual) || expected.is_some_and(|e| !close(was, e)) {
                return None;
            }
            let text = src.node_text(side).to_string();
            let mut new_text = text.clone();
            for (range, _, to) in local.iter().rev() {
                let (a, b) = (range.start - side.start_byte(), range.end - side.start_byte());
                new_text.replace_range(a..b, to);
            }
            witness = Some((text, new_text));
        }
        out.extend(local);
    }
    let witness = match witness {
        Some(w) => w,
        None => {
            // No factor the change replaced: `5000 - 90` where only the 90 (a fee the test worked out by hand)
            // is not one of the call's inputs — the one number that can be stale.
            let (edit, w) = expected_sides(src, test)
                .into_iter()
                .filter(|side| spans_failing_line(src, *side, failure))
                .find_map(|side| solved(src, side, actual, expected))?;
            out.push(edit);
            w
        }
    };
    out.sort_by_key(|(r, _, _)| r.start);
    out.dedup_by_key(|(r, _, _)| r.start);
    Some((out, witness))
}

/// Whether `side` spans the line the runner reported.
fn spans_failing_line(src: &SourceFile, side: Node, failure: &Failure) -> bool {
    failure.line.is_some_and(|l| src.line_of(side.start_byte()) <= l && l <= src.line_of(side.end_byte()))
}

/// The rewrite of the one number of `side` that is not an input of the assertion's call (`5000 - 90` beside
/// `netPayout(5000)`: the 90) to the value that makes the arithmetic give `actual`, when the original gives
/// `expected`. `None` when two numbers could be the stale one, or the solution is not a plain number in the
/// old one's form (an integer stays an integer).
fn solved(src: &SourceFile, side: Node, actual: f64, expected: Option<f64>) -> Option<(Rewrite, (String, String))> {
    // A plain number is no arithmetic: `toBe(0)` in "is free above the threshold" has no hand-worked part to solve.
    if !matches!(side.kind(), "binary_expression" | "binary_operator" | "parenthesized_expression") {
        return None;
    }
    let was = value_of(src, side)?;
    if expected.is_none_or(|e| !close(was, e)) || close(was, actual) {
        return None;
    }
    let inputs = assertion_inputs(src, side);
    let mut numbers = Vec::new();
    collect_numbers(side, &mut numbers);
    let unknown: Vec<Node> =
        numbers.into_iter().filter(|n| number(src, *n).is_some_and(|x| !inputs.contains(&x))).collect();
    let [one] = unknown.as_slice() else { return None };
    let at = |x: f64| eval(src, side, &mut |n| if n.id() == one.id() { Some(x) } else { number(src, n) });
    let x0 = number(src, *one)?;
    // The arithmetic must move with the number in a straight line (`a - x`, `a * x`): solve from two points.
    let (f0, f1) = (at(x0)?, at(x0 + 1.0)?);
    let slope = f1 - f0;
    if slope == 0.0 {
        return None;
    }
    let x = x0 + (actual - f0) / slope;
    let integer = !src.node_text(*one).contains('.');
    let x = if integer { x.round() } else { (x * 1e6).round() / 1e6 };
    if !at(x).is_some_and(|v| close(v, actual)) || x == x0 {
        return None;
    }
    let text = src.node_text(side).to_string();
    let new_number = render_like(src.node_text(*one), x);
    let offset = one.start_byte() - side.start_byte();
    let mut new_text = text.clone();
    new_text.replace_range(offset..offset + src.node_text(*one).len(), &new_number);
    Some(((one.byte_range(), src.node_text(*one).to_string(), new_number), (text, new_text)))
}

/// The numbers written in the assertion around `side` outside it: the inputs of the call it checks.
fn assertion_inputs(src: &SourceFile, side: Node) -> Vec<f64> {
    let mut top = side;
    while let Some(p) = top.parent() {
        if matches!(p.kind(), "expression_statement" | "assert_statement" | "block" | "statement_block") {
            top = p;
            break;
        }
        top = p;
    }
    let mut all = Vec::new();
    collect_numbers(top, &mut all);
    all.into_iter()
        .filter(|n| n.start_byte() < side.start_byte() || n.end_byte() > side.end_byte())
        .filter_map(|n| number(src, n))
        .collect()
}

/// The number literals inside `n`.
pub(super) fn collect_numbers<'a>(n: Node<'a>, out: &mut Vec<Node<'a>>) {
    if matches!(n.kind(), "integer" | "float" | "number") {
        out.push(n);
        return;
    }
    let mut c = n.walk();
    for child in n.named_children(&mut c) {
        collect_numbers(child, out);
    }
}

/// `x` written like `old`: an integer plainly, a decimal with at least as many decimals.
fn render_like(old: &str, x: f64) -> String {
    if !old.contains('.') {
        return format!("{}", x as i64);
    }
    let decimals = old.split('.').nth(1).map_or(1, str::len);
    let plain = render(x);
    let have = plain.split('.').nth(1).map_or(0, str::len);
    if have >= decimals {
        plain
    } else {
        format!("{x:.decimals$}")
    }
}

/// The table cell a parameter or loop variable stands for in the failing row or element: the row the test id
/// names, or the only element whose arithmetic gives the value the runner printed as expected.
fn table_cell<'a>(src: &'a SourceFile, failure: &Failure, side: Node<'a>, expected: Option<f64>) -> Option<Node<'a>> {
    if !matches!(side.kind(), "identifier" | "member_expression" | "subscript_expression" | "attribute" | "subscript") {
        return None;
    }
    let row = super::rows::cell_for(src, failure, side).filter(|c| c.wrapper.is_none()).map(|c| c.literal);
    row.or_else(|| {
        let expected = expected?;
        let gives = |n: Node| Some(close(value_of(src, n)?, expected));
        super::loops::cell_where(src, failure, side, &gives)
    })
}

/// The expected operands of the test's equality assertions.
fn expected_sides<'a>(src: &SourceFile, test: Node<'a>) -> Vec<Node<'a>> {
    let mut out = Vec::new();
    let mut stack = vec![test];
    while let Some(n) = stack.pop() {
        let mut c = n.walk();
        stack.extend(n.named_children(&mut c));
        match n.kind() {
            "assert_statement" => {
                let Some(cmp) = n.named_child(0).filter(|c| c.kind() == "comparison_operator") else { continue };
                if cmp.child(1).is_some_and(|op| src.node_text(op) == "==") {
                    out.extend(cmp.named_child(1).map(|side| approx_argument(src, side).unwrap_or(side)));
                }
            }
            "call" => {
                let Some(func) = n.child_by_field_name("function") else { continue };
                let name = func.child_by_field_name("attribute").map(|a| src.node_text(a)).unwrap_or("");
                if func.kind() == "attribute" && PY_METHODS.contains(&name) {
                    out.extend(n.child_by_field_name("arguments").and_then(|a| a.named_child(1)));
                }
            }
            "call_expression" => {
                let Some(func) = n.child_by_field_name("function").filter(|f| f.kind() == "member_expression") else {
                    continue;
                };
                let name = func.child_by_field_name("property").map(|p| src.node_text(p)).unwrap_or("");
                // node's `assert.equal(actual, expected)` / `assert.strictEqual`.
                if matches!(crate::strategies::node_assert_method(src, n), Some("equal" | "strictEqual")) {
                    out.extend(n.child_by_field_name("arguments").and_then(|a| a.named_child(1)));
                    continue;
                }
                let subject = func.child_by_field_name("object").filter(|o| o.kind() == "call_expression");
                let on_expect = subject
                    .and_then(|s| s.child_by_field_name("function"))
                    .is_some_and(|f| src.node_text(f) == "expect");
                if TS_MATCHERS.contains(&name) && on_expect {
                    out.extend(n.child_by_field_name("arguments").and_then(|a| a.named_child(0)));
                }
            }
            _ => {}
        }
    }
    out
}

/// `pytest.approx(2.99 + 7 * 0.55)` compares with its first argument.
fn approx_argument<'a>(src: &SourceFile, side: Node<'a>) -> Option<Node<'a>> {
    let func = side.child_by_field_name("function").filter(|_| side.kind() == "call")?;
    if !matches!(src.node_text(func), "approx" | "pytest.approx") {
        return None;
    }
    side.child_by_field_name("arguments")?.named_child(0)
}

/// The number an expression of literals makes (`12 * 4`), `None` for anything else.
pub(super) fn value_of(src: &SourceFile, n: Node) -> Option<f64> {
    eval(src, n, &mut |x| number(src, x))
}

fn number(src: &SourceFile, n: Node) -> Option<f64> {
    matches!(n.kind(), "integer" | "float" | "number").then(|| src.node_text(n).replace('_', "").parse().ok())?
}

/// The value of an expression made only of numbers, `+ - * /`, parentheses and `round(x, n)` /
/// `Math.round(x)`; `leaf` gives each number's value. `None` for anything else (a name, a call of the code).
fn eval(src: &SourceFile, n: Node, leaf: &mut dyn FnMut(Node) -> Option<f64>) -> Option<f64> {
    match n.kind() {
        "integer" | "float" | "number" => leaf(n),
        "parenthesized_expression" => eval(src, n.named_child(0)?, leaf),
        "unary_operator" | "unary_expression" => {
            let x = eval(src, n.named_child(0)?, leaf)?;
            match src.node_text(n.child(0)?) {
                "-" => Some(-x),
                "+" => Some(x),
                _ => None,
            }
        }
        "binary_operator" | "binary_expression" => {
            let a = eval(src, n.child_by_field_name("left")?, leaf)?;
            let b = eval(src, n.child_by_field_name("right")?, leaf)?;
            match src.node_text(n.child_by_field_name("operator")?) {
                "+" => Some(a + b),
                "-" => Some(a - b),
                "*" => Some(a * b),
                "/" if b != 0.0 => Some(a / b),
                _ => None,
            }
        }
        "call" | "call_expression" => {
            let func = src.node_text(n.child_by_field_name("function")?);
            let args = n.child_by_field_name("arguments")?;
            let x = eval(src, args.named_child(0)?, leaf)?;
            match (func, args.named_child_count()) {
                ("round", 1) | ("Math.round", 1) => Some(x.round()),
                ("round", 2) => {
                    let digits = src.node_text(args.named_child(1)?).parse::<i32>().ok()?;
                    let scale = 10f64.powi(digits);
                    Some((x * scale).round() / scale)
                }
                _ => None,
            }
        }
        _ => None,
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// `1.125`, not `1.1250000000000002`.
fn render(x: f64) -> String {
    let s = format!("{x:.10}");
    let s = s.trim_end_matches('0');
    let s = s.strip_suffix('.').map_or_else(|| s.to_string(), |i| format!("{i}.0"));
    s
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn run(text: &str, line: u32, actual: &str, expected: &str, subs: &[(&str, &str)]) -> Option<String> {
        let src = SourceFile::from_text("tests/test_fee.py", text).unwrap();
        let mut f = crate::strategies::check::mismatch("tests/test_fee.py", line, actual, expected);
        f.test_id = None;
        let test = crate::strategies::failing_test(&src, &f).unwrap();
        let subs: Vec<(String, String)> = subs.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        let (edits, _) = edits(&src, test, &subs, &f)?;
        let mut out = text.to_string();
        for (r, _, new) in edits.iter().rev() {
            out.replace_range(r.clone(), new);
        }
        Some(out)
    }

    #[test]
    fn the_factor_the_constant_explains_is_rewritten() {
        // Before: arithmetic expectations were never literals, so a changed rate proposed nothing.
        let test = "class T(TestCase):\n    def test_fee(self):\n        self.assertAlmostEqual(fee(80), 80 * 0.05)\n        self.assertAlmostEqual(gross(80), round(80 * (1 - 0.05), 2))\n";
        let after = run(test, 3, "6.0", "4.0", &[("0.05", "0.075")]).unwrap();
        assert_eq!(
            after,
            "class T(TestCase):\n    def test_fee(self):\n        self.assertAlmostEqual(fee(80), 80 * 0.075)\n        self.assertAlmostEqual(gross(80), round(80 * (1 - 0.075), 2))\n"
        );
        // A whole factor stays whole.
        let cents = "def test_fee():\n    assert fee(10) == 7 * 20\n";
        assert_eq!(run(cents, 2, "175", "140", &[("20", "25")]).unwrap(), cents.replace("7 * 20", "7 * 25"));
        let one_plus = "def test_total():\n    assert total(40) == 40 * 1.2\n";
        assert_eq!(
            run(one_plus, 2, "50.0", "48.0", &[("0.2", "0.25")]).unwrap(),
            "def test_total():\n    assert total(40) == 40 * 1.25\n"
        );
        // pytest.approx compares with its argument; pytest prints it with its tolerance.
        let approx = "import pytest\n\ndef test_long():\n    assert fee(12) == pytest.approx(2.99 + 7 * 0.55)\n";
        assert_eq!(
            run(approx, 4, "7.26", "6.840000000000001 ± 6.8e-06", &[("0.55", "0.61")]).unwrap(),
            approx.replace("7 * 0.55", "7 * 0.61")
        );
    }

    #[test]
    fn the_failing_elements_arithmetic_in_a_loop_table_is_rewritten() {
        // Before: the operand was a loop variable, so nothing was proposed.
        let test = "CASES = [\n    (1, 12),\n    (10, 12 * 10 * 0.9),\n    (50, 12 * 50 * 0.85),\n]\n\ndef test_tiers():\n    for qty, expected in CASES:\n        assert price(qty) == expected\n";
        let after = run(test, 9, "105.6", "108.0", &[("0.1", "0.12")]).unwrap();
        assert_eq!(after, test.replace("12 * 10 * 0.9", "12 * 10 * 0.88"));
        // No element gives the printed expectation: which one failed is unknown.
        assert_eq!(run(test, 9, "105.6", "107.0", &[("0.1", "0.12")]), None);
        // A cell that cannot be evaluated could be the failing one.
        let named = test.replace("(1, 12)", "(1, BASE)");
        assert_eq!(run(&named, 9, "105.6", "108.0", &[("0.1", "0.12")]), None);
    }

    #[test]
    fn the_one_hand_worked_number_of_an_expression_is_solved_for() {
        // Before: `5000 - 90` held no factor the change replaced, so nothing was proposed.
        let test = "test('net', () => {\n  assert.equal(netPayout(5000, 'domestic'), 5000 - 90);\n});\n";
        let src = SourceFile::from_text("test/fees.test.mjs", test).unwrap();
        let mut f = crate::strategies::check::mismatch("test/fees.test.mjs", 2, "4900", "4910");
        f.test_id = None;
        let node = crate::strategies::failing_test(&src, &f).unwrap();
        let (edits, (old, new)) = edits(&src, node, &[("140".into(), "150".into())], &f).unwrap();
        assert_eq!((old.as_str(), new.as_str()), ("5000 - 90", "5000 - 100"));
        assert_eq!(edits.len(), 1);
        // Two numbers that are not inputs: which one is stale is unknown.
        assert_eq!(run("def test_fee():\n    assert fee(300) == 4 + 25\n", 2, "25", "29", &[("14", "15")]), None);
        // A plain number is no arithmetic to solve.
        assert_eq!(run("def test_free():\n    assert fee(2300, 5000) == 0\n", 2, "859", "0", &[("14", "15")]), None);
    }

    #[test]
    fn arithmetic_that_does_not_produce_the_new_value_is_left_alone() {
        // The code returned something the changed factor does not explain.
        let test = "def test_fee():\n    assert fee(80) == 80 * 0.05\n";
        assert_eq!(run(test, 2, "7.0", "4.0", &[("0.05", "0.075")]), None);
        // A name in the expression is code, not arithmetic on literals.
        let named = "def test_fee():\n    assert fee(80) == base * 0.05\n";
        assert_eq!(run(named, 2, "6.0", "4.0", &[("0.05", "0.075")]), None);
    }
}
