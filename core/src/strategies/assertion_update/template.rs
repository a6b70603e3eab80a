//! A string literal of the code read as a template: its static text and its holes (`{expr}` of an f-string or
//! a `.format` string, `%s`-style conversions, `${expr}` of a JS template literal), matched against text the
//! code rendered with it.
//!
//! The change model reports a rewritten message as a changed literal (`f"port out of range: {port}"` ->
//! `f"port must be between 1 and 65535, got {port}"`). When the old form renders exactly the text a test
//! checks and the new form renders the message now raised, with the same values in the holes both share, the
//! new text is what the change meant the test to see: no word overlap is needed.
//!
//! ```
//! use maestro_test_healer::strategies::assertion_update::template::Template;
//! let t = Template::parse("f\"port out of range: {port}\"", true).unwrap();
//! assert_eq!(t.matches("port out of range: 0"), Some(vec![("port".to_string(), "0".to_string())]));
//! assert_eq!(t.matches("port 0"), None);
//! let t = Template::parse("`Invalid port: \"${value}\"`", false).unwrap();
//! assert_eq!(t.matches("Invalid port: \"http\""), Some(vec![("value".to_string(), "http".to_string())]));
//! ```

/// One piece of a template.
#[derive(Debug, Clone, PartialEq)]
enum Part {
    Text(String),
    /// A hole, named by its expression (`port`, `value`) or, when it has none, by its position (`#0`).
    Hole(String),
}

/// A string literal as static text and holes.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    parts: Vec<Part>,
}

/// Holes beyond this are not matched: backtracking over many holes is slow, and such a literal is no message.
const MAX_HOLES: usize = 8;
/// Longer rendered texts are not matched.
const MAX_TEXT: usize = 4_000;

impl Template {
    /// The template of a literal's source text (`python`: Python rules, else JavaScript/TypeScript). `None` for
    /// a text that is not one string literal.
    pub fn parse(source: &str, python: bool) -> Option<Template> {
        let source = source.trim();
        let prefix: String = source.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
        if !python && !prefix.is_empty() || prefix.len() > 2 {
            return None;
        }
        let lower = prefix.to_ascii_lowercase();
        if lower.contains('b') {
            return None;
        }
        let rest = &source[prefix.len()..];
        let quote = ["\"\"\"", "'''", "\"", "'", "`"].into_iter().find(|q| rest.starts_with(q))?;
        if quote == "`" && python || rest.len() < 2 * quote.len() || !rest.ends_with(quote) {
            return None;
        }
        let body = &rest[quote.len()..rest.len() - quote.len()];
        let (raw, formatted) = (lower.contains('r'), lower.contains('f'));
        let parts = if python { python_parts(body, raw, formatted)? } else { js_parts(body, quote == "`")? };
        let holes = parts.iter().filter(|p| matches!(p, Part::Hole(_))).count();
        (holes <= MAX_HOLES).then_some(Template { parts })
    }

    /// The template of a literal written in `file` (its language's rules).
    pub fn in_file(source: &str, file: &std::path::Path) -> Option<Template> {
        Template::parse(source, crate::lang::Language::from_path(file).is_some_and(crate::lang::Language::is_python))
    }

    /// The old and new forms of a literal the change rewrote in `file`, both read as templates.
    pub fn pair(file: &std::path::Path, old: &str, new: &str) -> Option<(Template, Template)> {
        Some((Template::in_file(old, file)?, Template::in_file(new, file)?))
    }

    /// The values of the holes when the template renders exactly `text` (shortest holes first), as
    /// `(hole, value)` in template order.
    pub fn matches(&self, text: &str) -> Option<Vec<(String, String)>> {
        if text.len() > MAX_TEXT {
            return None;
        }
        let mut caps = Vec::new();
        walk(&self.parts, text, &mut caps).then_some(caps)
    }

    /// How many non-blank characters its static text holds: a template of little but holes renders anything.
    pub fn fixed_len(&self) -> usize {
        self.parts
            .iter()
            .map(|p| match p {
                Part::Text(t) => t.chars().filter(|c| !c.is_whitespace()).count(),
                Part::Hole(_) => 0,
            })
            .sum()
    }

    /// The text the template renders with the holes' values (`(hole, value)` as [`Template::matches`] gives
    /// them); `None` when a hole has no value.
    pub fn render(&self, values: &[(String, String)]) -> Option<String> {
        self.parts
            .iter()
            .map(|p| match p {
                Part::Text(t) => Some(t.clone()),
                Part::Hole(h) => values.iter().find(|(name, _)| name == h).map(|(_, v)| v.clone()),
            })
            .collect()
    }

    /// The template written out part by part: static text through `text`, each hole through `hole` (`None`
    /// from either gives `None`).
    pub fn write(
        &self,
        text: &dyn Fn(&str) -> Option<String>,
        hole: &dyn Fn(&str) -> Option<String>,
    ) -> Option<String> {
        self.parts
            .iter()
            .map(|p| match p {
                Part::Text(t) => text(t),
                Part::Hole(h) => hole(h),
            })
            .collect()
    }

    /// The whole text of a template without holes.
    pub fn text(&self) -> Option<String> {
        self.parts
            .iter()
            .map(|p| match p {
                Part::Text(t) => Some(t.as_str()),
                Part::Hole(_) => None,
            })
            .collect()
    }
}

fn walk(parts: &[Part], text: &str, caps: &mut Vec<(String, String)>) -> bool {
    match parts.split_first() {
        None => text.is_empty(),
        Some((Part::Text(t), rest)) => text.strip_prefix(t.as_str()).is_some_and(|after| walk(rest, after, caps)),
        Some((Part::Hole(name), rest)) => {
            // A hole takes the shortest text that lets the rest match; a hole followed by text can end only
            // where that text starts.
            let mut ends: Vec<usize> = match rest.first() {
                Some(Part::Text(t)) => text.match_indices(t.as_str()).map(|(i, _)| i).collect(),
                _ => text.char_indices().map(|(i, _)| i).collect(),
            };
            ends.push(text.len());
            ends.dedup();
            for end in ends {
                caps.push((name.clone(), text[..end].to_string()));
                if walk(rest, &text[end..], caps) {
                    return true;
                }
                caps.pop();
            }
            false
        }
    }
}

fn push_text(parts: &mut Vec<Part>, c: char) {
    if let Some(Part::Text(t)) = parts.last_mut() {
        t.push(c);
    } else {
        parts.push(Part::Text(c.to_string()));
    }
}

/// A simple escape's character (`\n`, `\t`, `\\`, a quote); `None` for escapes a message seldom holds.
fn unescape(c: char) -> Option<char> {
    match c {
        'n' => Some('\n'),
        't' => Some('\t'),
        '\\' | '\'' | '"' | '`' | '$' | '{' | '}' => Some(c),
        _ => None,
    }
}

/// The expression of a `{...}` field: up to a top-level `!` conversion or `:` spec, trimmed; the position for
/// an empty field.
fn field_name(inner: &str, position: usize) -> String {
    let mut depth = 0i32;
    let mut end = inner.len();
    for (i, c) in inner.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            '!' if depth == 0 && !inner[i + 1..].starts_with('=') => {
                end = i;
                break;
            }
            ':' if depth == 0 => {
                end = i;
                break;
            }
            _ => {}
        }
    }
    let name = inner[..end].trim().trim_end_matches('=').trim();
    if name.is_empty() {
        format!("#{position}")
    } else {
        name.to_string()
    }
}

/// The text of a `{`-delimited field starting after its `{`: its inner text and the rest after its `}`.
fn braced(s: &str) -> Option<(&str, &str)> {
    let mut depth = 1;
    for (i, c) in s.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some((&s[..i], &s[i + 1..]));
                }
            }
            _ => {}
        }
    }
    None
}

fn python_parts(body: &str, raw: bool, formatted: bool) -> Option<Vec<Part>> {
    let mut parts = Vec::new();
    let mut position = 0;
    let mut rest = body;
    while let Some(c) = rest.chars().next() {
        let after = &rest[c.len_utf8()..];
        match c {
            '\\' if !raw => {
                let e = after.chars().next()?;
                push_text(&mut parts, unescape(e)?);
                rest = &after[e.len_utf8()..];
            }
            '{' if after.starts_with('{') => {
                push_text(&mut parts, '{');
                rest = &after[1..];
            }
            '}' if after.starts_with('}') => {
                push_text(&mut parts, '}');
                rest = &after[1..];
            }
            '{' => {
                let (inner, tail) = braced(after)?;
                if !formatted && inner.contains(|c: char| c.is_whitespace() || c == '"' || c == '\'') {
                    // Not a format field (`{"a": 1}` in a plain string): literal text.
                    push_text(&mut parts, '{');
                    rest = after;
                    continue;
                }
                parts.push(Part::Hole(field_name(inner, position)));
                position += 1;
                rest = tail;
            }
            '%' if !formatted => {
                if let Some(tail) = after.strip_prefix('%') {
                    push_text(&mut parts, '%');
                    rest = tail;
                } else if let Some(len) = percent_spec(after) {
                    parts.push(Part::Hole(format!("%{position}")));
                    position += 1;
                    rest = &after[len..];
                } else {
                    push_text(&mut parts, '%');
                    rest = after;
                }
            }
            _ => {
                push_text(&mut parts, c);
                rest = after;
            }
        }
    }
    Some(parts)
}

/// The length of a `%` conversion after its `%` (`d`, `.2f`, `(name)s`, `-5s`), when it is one.
fn percent_spec(s: &str) -> Option<usize> {
    let mut i = 0;
    let b = s.as_bytes();
    if b.first() == Some(&b'(') {
        i = s.find(')')? + 1;
    }
    while i < b.len() && b"-#0 +".contains(&b[i]) {
        i += 1;
    }
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.') {
        i += 1;
    }
    (i < b.len() && b"diouxXeEfFgGcrsa".contains(&b[i])).then_some(i + 1)
}

fn js_parts(body: &str, template: bool) -> Option<Vec<Part>> {
    let mut parts = Vec::new();
    let mut position = 0;
    let mut rest = body;
    while let Some(c) = rest.chars().next() {
        let after = &rest[c.len_utf8()..];
        match c {
            '\\' => {
                let e = after.chars().next()?;
                push_text(&mut parts, unescape(e)?);
                rest = &after[e.len_utf8()..];
            }
            '$' if template && after.starts_with('{') => {
                let (inner, tail) = braced(&after[1..])?;
                let name = inner.trim();
                parts.push(Part::Hole(if name.is_empty() { format!("#{position}") } else { name.to_string() }));
                position += 1;
                rest = tail;
            }
            _ => {
                push_text(&mut parts, c);
                rest = after;
            }
        }
    }
    Some(parts)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn caps(source: &str, python: bool, text: &str) -> Option<Vec<(String, String)>> {
        Template::parse(source, python).unwrap().matches(text)
    }

    #[test]
    fn python_fields_conversions_and_escapes() {
        assert_eq!(
            caps("f'{a!r} x {b:.2f}'", true, "'q' x 1.50").unwrap(),
            [("a".into(), "'q'".into()), ("b".into(), "1.50".into())]
        );
        assert_eq!(
            caps("\"{} of {}\"", true, "3 of 4").unwrap(),
            [("#0".into(), "3".into()), ("#1".into(), "4".into())]
        );
        assert_eq!(
            caps("'%s is %d%%'", true, "x is 5%").unwrap(),
            [("%0".into(), "x".into()), ("%1".into(), "5".into())]
        );
        assert_eq!(caps("f\"{{{n}}}\"", true, "{7}").unwrap(), [("n".into(), "7".into())]);
        assert_eq!(caps("\"a\\tb\"", true, "a\tb").unwrap(), []);
        assert_eq!(caps("r\"a\\tb\"", true, "a\\tb").unwrap(), []);
        assert!(Template::parse("b'bytes'", true).is_none());
        assert!(Template::parse("x + 'y'", true).is_none());
        // A plain string holding a dict's text is not a format string.
        assert_eq!(caps("'{\"a\": 1}'", true, "{\"a\": 1}").unwrap(), []);
    }

    #[test]
    fn javascript_templates_and_strings() {
        assert_eq!(
            caps("`${n} items (${label})`", false, "3 items (box)").unwrap(),
            [("n".into(), "3".into()), ("label".into(), "box".into())]
        );
        assert_eq!(caps("'it\\'s ${n}'", false, "it's ${n}").unwrap(), []);
        assert!(Template::parse("f'x'", false).is_none());
        assert_eq!(caps("`a`", false, "b"), None);
    }

    #[test]
    fn holes_take_the_shortest_text_that_lets_the_rest_match() {
        assert_eq!(caps("f'{a}-{b}'", true, "x-y-z").unwrap(), [("a".into(), "x".into()), ("b".into(), "y-z".into())]);
        assert_eq!(caps("f'{a}'", true, "").unwrap(), [("a".into(), String::new())]);
    }
}
