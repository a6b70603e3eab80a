//! Literal values as runners print them (Python `repr`, chai/pretty-format/node `util.inspect`) and as tests
//! write them, compared by meaning and rendered back in a file's own style.
//!
//! ```
//! use maestro_test_healer::strategies::value::{Value, Style};
//! let printed = Value::parse("[ 1, 'a' ]").unwrap();
//! assert_eq!(printed.render(&Style::python('"')).unwrap(), "[1, \"a\"]");
//! assert_eq!(Value::parse("11.0").unwrap(), Value::parse("11").unwrap());
//! ```

/// A literal value. Numbers keep their printed text so rendering does not change `1.50` into `1.5`.
#[derive(Debug, Clone)]
pub enum Value {
    Number(String),
    Str(String),
    Bool(bool),
    /// Python `None` or JS `null`.
    Null,
    Undefined,
    NaN,
    List(Vec<Value>),
    Tuple(Vec<Value>),
    Map(Vec<(Value, Value)>),
    /// A value constructor Python prints and tests write: `Decimal('55.00')`, `datetime.date(2024, 3, 9)`,
    /// `Fraction(1, 3)`. `name` keeps its dotted form (`datetime.date` or `date`).
    Ctor {
        name: String,
        args: Vec<Value>,
    },
}

/// Constructors whose calls are values (their repr is the call that rebuilds them).
const CTORS: &[&str] = &["Decimal", "datetime", "date", "time", "timedelta", "Fraction"];
/// JavaScript's global functions and classes: a call of one is code, not a value's printed form.
const JS_GLOBALS: &[&str] = &[
    "Number", "String", "Boolean", "Symbol", "Array", "Object", "Error", "Map", "Set", "Promise", "RegExp", "Date",
    "JSON", "Math",
];

fn ctor_base(name: &str) -> &str {
    name.rsplit('.').next().unwrap_or(name)
}

/// Constructor arguments compared by value: `Decimal('1.50') == Decimal("1.5")`, and `datetime(2024, 3, 9)`
/// equals its repr `datetime.datetime(2024, 3, 9, 0, 0)` (trailing zero fields).
fn ctor_args_eq(name: &str, a: &[Value], b: &[Value]) -> bool {
    let strip = |v: &[Value]| -> Vec<Value> {
        let mut v = v.to_vec();
        if matches!(ctor_base(name), "datetime" | "time") {
            while v.len() > 3 && matches!(v.last(), Some(Value::Number(n)) if parse_num(n) == Some(0.0)) {
                v.pop();
            }
        }
        v
    };
    let (a, b) = (strip(a), strip(b));
    a.len() == b.len()
        && a.iter().zip(&b).all(|(x, y)| match (x, y) {
            (Value::Str(x), Value::Str(y)) if ctor_base(name) == "Decimal" => match (parse_num(x), parse_num(y)) {
                (Some(p), Some(q)) => p == q,
                _ => x == y,
            },
            _ => x == y,
        })
}

impl PartialEq for Value {
    fn eq(&self, other: &Self) -> bool {
        use Value::*;
        match (self, other) {
            (Number(a), Number(b)) => match (parse_num(a), parse_num(b)) {
                (Some(x), Some(y)) => x == y,
                _ => a == b,
            },
            (Str(a), Str(b)) => a == b,
            (Bool(a), Bool(b)) => a == b,
            (Null, Null) | (Undefined, Undefined) => true,
            // NaN never equals anything, which is why an update to NaN is refused elsewhere.
            (List(a), List(b)) | (Tuple(a), Tuple(b)) => a == b,
            (Map(a), Map(b)) => a.len() == b.len() && a.iter().all(|kv| b.contains(kv)),
            (Ctor { name: n, args: a }, Ctor { name: m, args: b }) => {
                ctor_base(n) == ctor_base(m) && ctor_args_eq(n, a, b)
            }
            // `BigInt(2500)` as the test writes it, `2500n` as the runner prints it.
            (Ctor { name, args }, Number(n)) | (Number(n), Ctor { name, args }) if name == "BigInt" => {
                n.ends_with('n') && matches!(args.as_slice(), [a @ Number(_)] if *a == Number(n.clone()))
            }
            _ => false,
        }
    }
}

/// `2024-03-31T00:00:00.000Z`
fn is_iso_timestamp(t: &str) -> bool {
    let b = t.as_bytes();
    let shape = b"dddd-dd-ddTdd:dd:dd";
    b.len() >= shape.len()
        && b.iter().zip(shape).all(|(c, s)| if *s == b'd' { c.is_ascii_digit() } else { c == s })
        && t[shape.len()..].trim_start_matches(|c: char| c == '.' || c.is_ascii_digit()) == "Z"
}

fn parse_num(s: &str) -> Option<f64> {
    s.replace('_', "").trim_end_matches('n').parse().ok()
}

/// How a file writes literals.
#[derive(Debug, Clone)]
pub struct Style {
    pub python: bool,
    pub quote: char,
}

impl Style {
    pub fn python(quote: char) -> Style {
        Style { python: true, quote }
    }
    pub fn typescript(quote: char) -> Style {
        Style { python: false, quote }
    }
}

impl Value {
    /// Parses one printed value; `None` for anything that is not a plain literal (objects with addresses,
    /// truncated reprs with `...`, class instances, expressions).
    pub fn parse(text: &str) -> Option<Value> {
        // vitest prints a Date as its bare ISO timestamp.
        if is_iso_timestamp(text.trim()) {
            return Some(Value::Ctor { name: "Date".into(), args: vec![Value::Str(text.trim().to_string())] });
        }
        let mut p = Parser { s: text.trim().as_bytes(), i: 0, depth: 0 };
        let v = p.value()?;
        p.ws();
        (p.i == p.s.len()).then_some(v)
    }

    /// The one argument of a constructor value: `Decimal('0.10')` → `'0.10'`; `None` for anything else.
    ///
    /// ```
    /// use maestro_test_healer::strategies::value::Value;
    /// let v = Value::parse("Decimal('0.10')").unwrap();
    /// assert_eq!(v.only_arg(), Some(&Value::Str("0.10".into())));
    /// assert_eq!(Value::parse("0.10").unwrap().only_arg(), None);
    /// ```
    pub fn only_arg(&self) -> Option<&Value> {
        match self {
            Value::Ctor { args, .. } if args.len() == 1 => args.first(),
            _ => None,
        }
    }

    /// True for values a test should never be "updated" to: they signal a bug, not a behaviour change.
    pub fn is_suspicious(&self) -> bool {
        matches!(self, Value::Null | Value::Undefined | Value::NaN)
            || matches!(self, Value::Number(n) if parse_num(n).is_some_and(|x| x.is_nan()))
    }

    /// The same value with map entries in the order `old` lists its keys, new keys after them in printed order.
    /// Runners sort dict keys (pytest) or print them as they come; the test's own order reads best in a diff.
    pub fn ordered_like(&self, old: &Value) -> Value {
        match (self, old) {
            (Value::Map(new), Value::Map(old)) => {
                let mut entries: Vec<(Value, Value)> = Vec::with_capacity(new.len());
                for (key, old_v) in old {
                    if let Some((k, v)) = new.iter().find(|(k, _)| k == key) {
                        entries.push((k.clone(), v.ordered_like(old_v)));
                    }
                }
                entries.extend(new.iter().filter(|(k, _)| !old.iter().any(|(o, _)| o == k)).cloned());
                Value::Map(entries)
            }
            (Value::List(new), Value::List(old)) | (Value::Tuple(new), Value::Tuple(old)) => {
                let items = new.iter().enumerate().map(|(i, v)| old.get(i).map_or(v.clone(), |o| v.ordered_like(o)));
                if matches!(self, Value::List(_)) {
                    Value::List(items.collect())
                } else {
                    Value::Tuple(items.collect())
                }
            }
            // The test's own spelling of the constructor (`date(...)`, not `datetime.date(...)`), and no trailing
            // zero fields it did not write.
            (Value::Ctor { name, args }, Value::Ctor { name: old_name, args: old_args })
                if ctor_base(name) == ctor_base(old_name) =>
            {
                let mut args: Vec<Value> = args
                    .iter()
                    .enumerate()
                    .map(|(i, a)| old_args.get(i).map_or_else(|| a.clone(), |o| a.ordered_like(o)))
                    .collect();
                while args.len() > old_args.len().max(3)
                    && matches!(args.last(), Some(Value::Number(n)) if parse_num(n) == Some(0.0))
                {
                    args.pop();
                }
                Value::Ctor { name: old_name.clone(), args }
            }
            (Value::Number(n), Value::Ctor { name, args })
                if name == "BigInt" && args.len() == 1 && n.ends_with('n') =>
            {
                Value::Ctor { name: name.clone(), args: vec![Value::Number(n.trim_end_matches('n').to_string())] }
            }
            _ => self.clone(),
        }
    }

    /// True for numbers, strings, booleans and constructor values (`Decimal('1.50')`).
    pub fn is_scalar(&self) -> bool {
        matches!(self, Value::Number(_) | Value::Str(_) | Value::Bool(_) | Value::Ctor { .. })
    }

    /// Renders the value as source in a style; `None` when the language cannot write it as a literal.
    pub fn render(&self, style: &Style) -> Option<String> {
        Some(match self {
            Value::Number(n) => render_number(n, style)?,
            Value::Str(s) => quote(s, style.quote),
            Value::Bool(b) => match (style.python, b) {
                (true, true) => "True".into(),
                (true, false) => "False".into(),
                (false, b) => b.to_string(),
            },
            Value::Null => if style.python { "None" } else { "null" }.into(),
            Value::Undefined | Value::NaN => return None,
            Value::List(items) => format!("[{}]", render_all(items, style)?),
            Value::Tuple(items) if style.python && items.len() == 1 => format!("({},)", render_all(items, style)?),
            Value::Tuple(items) if style.python => format!("({})", render_all(items, style)?),
            Value::Tuple(items) => format!("[{}]", render_all(items, style)?),
            Value::Ctor { name, args } if style.python => format!("{name}({})", render_all(args, style)?),
            Value::Ctor { name, args } if name == "BigInt" => format!("BigInt({})", render_all(args, style)?),
            Value::Ctor { name, args } if name == "Date" => format!("new Date({})", render_all(args, style)?),
            Value::Ctor { .. } => return None,
            Value::Map(entries) if entries.is_empty() => "{}".into(),
            Value::Map(entries) => {
                let mut parts = Vec::new();
                for (k, v) in entries {
                    let key = match (style.python, k) {
                        (false, Value::Str(s)) if is_identifier(s) => s.clone(),
                        _ => k.render(style)?,
                    };
                    parts.push(format!("{key}: {}", v.render(style)?));
                }
                if style.python {
                    format!("{{{}}}", parts.join(", "))
                } else {
                    format!("{{ {} }}", parts.join(", "))
                }
            }
        })
    }
}

fn render_number(n: &str, style: &Style) -> Option<String> {
    let x = parse_num(n)?;
    if x.is_infinite() {
        return Some(match (style.python, x > 0.0) {
            (true, true) => "float('inf')".into(),
            (true, false) => "float('-inf')".into(),
            (false, true) => "Infinity".into(),
            (false, false) => "-Infinity".into(),
        });
    }
    Some(n.to_string())
}

fn render_all(items: &[Value], style: &Style) -> Option<String> {
    Some(items.iter().map(|v| v.render(style)).collect::<Option<Vec<_>>>()?.join(", "))
}

pub(crate) fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

/// Quotes a string with `q`, escaping what must be escaped in both Python and JS.
pub fn quote(s: &str, q: char) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    depth: usize,
}

impl Parser<'_> {
    fn ws(&mut self) {
        while self.i < self.s.len() && self.s[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn eat(&mut self, b: u8) -> bool {
        self.ws();
        if self.peek() == Some(b) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn value(&mut self) -> Option<Value> {
        // Deeply nested input is not a value anyone asserts on; bail out instead of risking the stack.
        if self.depth > 64 {
            return None;
        }
        self.ws();
        let c = self.peek()?;
        match c {
            b'\'' | b'"' | b'`' => self.string(),
            b'[' => self.seq(b']').map(Value::List),
            b'(' => self.seq(b')').map(Value::Tuple),
            b'{' => self.map(),
            b'-' | b'+' | b'.' | b'0'..=b'9' => self.number(),
            _ => self.word(),
        }
    }

    fn word(&mut self) -> Option<Value> {
        let start = self.i;
        while self.peek().is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_') {
            self.i += 1;
        }
        let w = std::str::from_utf8(&self.s[start..self.i]).ok()?;
        match w {
            "True" | "true" => Some(Value::Bool(true)),
            "False" | "false" => Some(Value::Bool(false)),
            "None" | "null" => Some(Value::Null),
            "undefined" => Some(Value::Undefined),
            "NaN" | "nan" => Some(Value::NaN),
            "Infinity" | "inf" => Some(Value::Number("inf".into())),
            w if CTORS.contains(&w) || self.s[self.i..].starts_with(b".") && w == "datetime" => {
                let mut name = w.to_string();
                // `datetime.date(...)`, `decimal.Decimal(...)`
                while self.peek() == Some(b'.') {
                    self.i += 1;
                    let start = self.i;
                    while self.peek().is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_') {
                        self.i += 1;
                    }
                    name.push('.');
                    name.push_str(std::str::from_utf8(&self.s[start..self.i]).ok()?);
                }
                if !CTORS.contains(&ctor_base(&name)) || self.peek() != Some(b'(') {
                    return None;
                }
                let args = self.seq(b')')?;
                Some(Value::Ctor { name, args })
            }
            // A dataclass or named tuple as Python prints it (`Period(start=datetime.date(2024, 3, 1), end=...)`)
            // or a test writes it (`Period(date(2024, 3, 1), date(2024, 3, 31))`): its fields in order.
            w if self.peek() == Some(b'(')
                && w.starts_with(|c: char| c.is_ascii_uppercase())
                && !JS_GLOBALS.contains(&w) =>
            {
                let args = self.fields()?;
                Some(Value::Ctor { name: w.to_string(), args })
            }
            "BigInt" if self.peek() == Some(b'(') => {
                let args = self.seq(b')')?;
                matches!(args.as_slice(), [Value::Number(_)]).then(|| Value::Ctor { name: w.to_string(), args })
            }
            "new" => {
                self.ws();
                let start = self.i;
                while self.peek().is_some_and(|b| b.is_ascii_alphanumeric()) {
                    self.i += 1;
                }
                if &self.s[start..self.i] != b"Date" || self.peek() != Some(b'(') {
                    return None;
                }
                let args = self.seq(b')')?;
                matches!(args.as_slice(), [Value::Str(s)] if is_iso_timestamp(s))
                    .then(|| Value::Ctor { name: "Date".into(), args })
            }
            "decimal" | "fractions" if self.peek() == Some(b'.') => {
                self.i += 1;
                let inner = self.word()?;
                matches!(inner, Value::Ctor { .. }).then_some(inner)
            }
            // pretty-format prefixes containers with their constructor name.
            "Array" | "Object" => {
                self.ws();
                match self.peek()? {
                    b'[' => self.seq(b']').map(Value::List),
                    b'{' => self.map(),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    fn number(&mut self) -> Option<Value> {
        let start = self.i;
        if matches!(self.peek(), Some(b'-' | b'+')) {
            self.i += 1;
        }
        if self.s[self.i..].starts_with(b"Infinity") || self.s[self.i..].starts_with(b"inf") {
            let neg = self.s.get(start) == Some(&b'-');
            self.i += if self.s[self.i..].starts_with(b"Infinity") { 8 } else { 3 };
            return Some(Value::Number(if neg { "-inf" } else { "inf" }.into()));
        }
        while self.peek().is_some_and(|b| {
            b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'_' | b'x' | b'n') || {
                // exponent sign
                matches!(b, b'-' | b'+') && matches!(self.s.get(self.i - 1), Some(b'e' | b'E'))
            }
        }) {
            self.i += 1;
        }
        let text = std::str::from_utf8(&self.s[start..self.i]).ok()?;
        // `...` (a truncated repr) lands here and must not count as a number.
        parse_num(text).map(|_| Value::Number(text.trim_start_matches('+').to_string()))
    }

    fn string(&mut self) -> Option<Value> {
        let q = self.peek()?;
        self.i += 1;
        let mut out = Vec::new();
        loop {
            let c = self.peek()?;
            self.i += 1;
            if c == q {
                break;
            }
            if c == b'\\' {
                let e = self.peek()?;
                self.i += 1;
                match e {
                    b'n' => out.push(b'\n'),
                    b't' => out.push(b'\t'),
                    b'r' => out.push(b'\r'),
                    b'0' => out.push(0),
                    b'x' => {
                        let hex = std::str::from_utf8(self.s.get(self.i..self.i + 2)?).ok()?;
                        let ch = char::from_u32(u32::from_str_radix(hex, 16).ok()?)?;
                        self.i += 2;
                        out.extend_from_slice(ch.to_string().as_bytes());
                    }
                    b'u' => {
                        let hex = std::str::from_utf8(self.s.get(self.i..self.i + 4)?).ok()?;
                        let ch = char::from_u32(u32::from_str_radix(hex, 16).ok()?)?;
                        self.i += 4;
                        out.extend_from_slice(ch.to_string().as_bytes());
                    }
                    other => out.push(other),
                }
                continue;
            }
            if q == b'`' && c == b'$' && self.peek() == Some(b'{') {
                return None;
            }
            out.push(c);
        }
        String::from_utf8(out).ok().map(Value::Str)
    }

    /// `(a, b)` or `(x=a, y=b)`: the values in order, the field names dropped (all named or none).
    fn fields(&mut self) -> Option<Vec<Value>> {
        let (items, named) = self.items(b')', true)?;
        (named.iter().all(|n| *n) || named.iter().all(|n| !n)).then_some(items)
    }

    fn seq(&mut self, close: u8) -> Option<Vec<Value>> {
        self.items(close, false).map(|(items, _)| items)
    }

    /// The comma-separated values up to `close`, and for each whether it was written `name=value` (read only
    /// when `keywords`).
    fn items(&mut self, close: u8, keywords: bool) -> Option<(Vec<Value>, Vec<bool>)> {
        self.i += 1;
        self.depth += 1;
        let (mut items, mut named) = (Vec::new(), Vec::new());
        loop {
            if self.eat(close) {
                break;
            }
            let mut keyword = false;
            if keywords {
                self.ws();
                let start = self.i;
                while self.peek().is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_') {
                    self.i += 1;
                }
                keyword = self.i > start && self.peek() == Some(b'=') && self.s.get(self.i + 1) != Some(&b'=');
                self.i = if keyword { self.i + 1 } else { start };
            }
            named.push(keyword);
            items.push(self.value()?);
            if self.eat(b',') {
                continue;
            }
            if self.eat(close) {
                break;
            }
            return None;
        }
        self.depth -= 1;
        Some((items, named))
    }

    fn map(&mut self) -> Option<Value> {
        self.i += 1;
        self.depth += 1;
        let mut entries = Vec::new();
        loop {
            if self.eat(b'}') {
                break;
            }
            self.ws();
            let key = if self.peek().is_some_and(|b| b.is_ascii_alphabetic() || b == b'_' || b == b'$') {
                let start = self.i;
                while self.peek().is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'$') {
                    self.i += 1;
                }
                let w = std::str::from_utf8(&self.s[start..self.i]).ok()?;
                match w {
                    "True" => Value::Bool(true),
                    "False" => Value::Bool(false),
                    "None" => Value::Null,
                    _ => Value::Str(w.to_string()),
                }
            } else {
                self.value()?
            };
            if !self.eat(b':') {
                // A Python set literal `{1, 2}` is not a map; sets are order-free and rendered poorly, so refuse.
                return None;
            }
            let v = self.value()?;
            entries.push((key, v));
            if self.eat(b',') {
                continue;
            }
            if self.eat(b'}') {
                break;
            }
            return None;
        }
        self.depth -= 1;
        Some(Value::Map(entries))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn bigint_and_date_keep_the_test_form() {
        let old = Value::parse("BigInt(2500)").unwrap();
        assert_eq!(old, Value::parse("2500n").unwrap());
        let new = Value::parse("3000n").unwrap().ordered_like(&old);
        assert_eq!(new.render(&Style::typescript('\'')).as_deref(), Some("BigInt(3000)"));
        let old = Value::parse("new Date('2024-03-15T00:00:00.000Z')").unwrap();
        assert_eq!(old, Value::parse("2024-03-15T00:00:00.000Z").unwrap());
        let new = Value::parse("2024-03-31T00:00:00.000Z").unwrap().ordered_like(&old);
        assert_eq!(new.render(&Style::typescript('\'')).as_deref(), Some("new Date('2024-03-31T00:00:00.000Z')"));
        assert_eq!(Value::parse("new Date(x)"), None);
        assert_eq!(Value::parse("new Date('soon')"), None);
        assert_eq!(Value::parse("BigInt(x)"), None);
    }

    #[test]
    fn parses_python_reprs() {
        assert_eq!(Value::parse("'it\\'s'").unwrap(), Value::Str("it's".into()));
        assert_eq!(
            Value::parse("[1, 2.5, 'a', None, True]").unwrap().render(&Style::python('\'')).unwrap(),
            "[1, 2.5, 'a', None, True]"
        );
        assert_eq!(
            Value::parse("{'a': 1, 'b': [2]}").unwrap().render(&Style::python('"')).unwrap(),
            "{\"a\": 1, \"b\": [2]}"
        );
        assert_eq!(Value::parse("(1,)").unwrap().render(&Style::python('"')).unwrap(), "(1,)");
    }

    #[test]
    fn parses_js_formats() {
        let v = Value::parse("Object {\n  \"total\": 12,\n  \"items\": Array [\n    1,\n  ],\n}").unwrap();
        assert_eq!(v.render(&Style::typescript('\'')).unwrap(), "{ total: 12, items: [1] }");
        assert_eq!(
            Value::parse("{ a: 1, 'b-c': 'x' }").unwrap().render(&Style::typescript('"')).unwrap(),
            "{ a: 1, \"b-c\": \"x\" }"
        );
        assert!(Value::parse("undefined").unwrap().is_suspicious());
        assert!(Value::parse("NaN").unwrap().is_suspicious());
    }

    #[test]
    fn refuses_non_literals() {
        // `Cart(1)` is a value (a dataclass's fields); `Cart(x)` is not.
        for s in ["<Cart object at 0x7f>", "[1, 2, ...]", "Cart(x)", "Decimal(x)", "{1, 2}", "", "`a${b}`", "[1, 2"] {
            assert!(Value::parse(s).is_none(), "{s}");
        }
    }

    #[test]
    fn numbers_compare_by_value_but_keep_their_text() {
        assert_eq!(Value::parse("10").unwrap(), Value::parse("10.0").unwrap());
        assert_ne!(Value::parse("10").unwrap(), Value::parse("'10'").unwrap());
        assert_eq!(Value::parse("-1.50").unwrap().render(&Style::python('"')).unwrap(), "-1.50");
        assert_eq!(Value::parse("1e-05").unwrap(), Value::parse("0.00001").unwrap());
    }

    #[test]
    fn maps_keep_the_old_key_order() {
        let new = Value::parse("{'max': 5, 'n': 3, 'sum': 12}").unwrap();
        let old = Value::parse("{\"n\": 3, \"sum\": 11}").unwrap();
        assert_eq!(new.ordered_like(&old).render(&Style::python('"')).unwrap(), "{\"n\": 3, \"sum\": 12, \"max\": 5}");
        assert_eq!(new.ordered_like(&old), new);
    }

    #[test]
    fn constructor_values_compare_by_value_and_keep_the_test_spelling() {
        let printed = Value::parse("Decimal('105.50')").unwrap();
        assert_eq!(printed, Value::parse("Decimal(\"105.5\")").unwrap());
        assert_ne!(printed, Value::parse("Decimal('105.00')").unwrap());
        assert_eq!(printed.render(&Style::python('"')).unwrap(), "Decimal(\"105.50\")");
        let repr = Value::parse("datetime.datetime(2024, 3, 9, 0, 0)").unwrap();
        let source = Value::parse("datetime(2024, 3, 8)").unwrap();
        assert_eq!(repr, Value::parse("datetime(2024, 3, 9)").unwrap());
        assert_eq!(repr.ordered_like(&source).render(&Style::python('"')).unwrap(), "datetime(2024, 3, 9)");
        assert_eq!(
            Value::parse("datetime.date(2024, 3, 9)").unwrap().render(&Style::python('"')).unwrap(),
            "datetime.date(2024, 3, 9)"
        );
        assert!(Value::parse("Decimal('1.5')").unwrap().render(&Style::typescript('\'')).is_none());
    }

    #[test]
    fn dataclass_reprs_compare_with_the_tests_positional_form() {
        let printed = Value::parse("Period(start=datetime.date(2024, 3, 1), end=datetime.date(2024, 4, 1))").unwrap();
        let written = Value::parse("Period(date(2024, 3, 1), date(2024, 3, 31))").unwrap();
        let same = Value::parse("Period(date(2024, 3, 1), date(2024, 4, 1))").unwrap();
        assert_eq!(printed, same);
        assert_ne!(printed, written);
        let rendered = printed.ordered_like(&written).render(&Style::python('"')).unwrap();
        assert_eq!(rendered, "Period(date(2024, 3, 1), date(2024, 4, 1))");
        // Mixed positional and named fields, and JavaScript's global calls, are no values.
        assert_eq!(Value::parse("Period(date(2024, 3, 1), end=date(2024, 4, 1))"), None);
        assert_eq!(Value::parse("Number(3)"), None);
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let deep = "[".repeat(10_000);
        assert!(Value::parse(&deep).is_none());
    }
}
