//! Reworded exception messages.
//!
//! **What it does**: when the code now raises the expected exception with a reworded message, the test's
//! message check (`pytest.raises(E, match="...")`, `assertRaisesRegex(E, "...")`, vitest/jest
//! `toThrow('...')` / `toThrowError(/.../)`) is updated to the new wording. A partial match stays partial: the
//! words of the old text are aligned with the new message and only the part that changed is replaced
//! (`"exceeds refundable balance"` -> `"exceeds the refundable balance"`, not the whole message with its
//! amounts); an old text whose last words were replaced takes the new words up to the end of the clause.
//! Regex metacharacters are escaped for `match=`, `assertRaisesRegex` and regex literals.
//!
//! **When it refuses**: the pattern is a real regex (`.*`, groups, anchors), fewer than half of its words are
//! still in the new message (another message, not a rewording), the message was cut short by the runner, or the
//! intent rules of any value update refuse ([`super::judged`]: the test is newer, the change does not explain
//! the new text, an uncommitted edit with nothing written about it, a test stating the old text).
//!
//! ```
//! use maestro_test_healer::strategies::assertion_update::reworded::reword;
//! let new = "PAY-1: refund of 80.01 exceeds the refundable balance of 80.00";
//! assert_eq!(reword("exceeds refundable balance", new).as_deref(), Some("exceeds the refundable balance"));
//! let new = "PAY-1: refund amount must be greater than 0, got -5";
//! assert_eq!(reword("amount must be positive", new).as_deref(), Some("amount must be greater than 0"));
//! assert_eq!(reword("unknown currency", "KeyError: 'XYZ'"), None);
//! ```

use tree_sitter::Node;

use crate::context::Context;
use crate::failure::{Failure, FailureKind};
use crate::fix::Fix;
use crate::source::{string_literal_value, SourceFile};
use crate::strategies::value::Value;

/// How the test checks the message.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Check {
    /// A regex searched in the message (`match=`, `assertRaisesRegex`, a JS regex literal).
    Regex,
    /// A substring of the message (`toThrow('...')`).
    Substring,
    /// The whole message (node's `assert.throws(fn, { message: '...' })`).
    Exact,
}

/// The fix, when the failing test's message check looks for an older wording of the message now raised.
pub(super) fn propose(failure: &Failure, ctx: &Context) -> Option<Fix> {
    if failure.kind != FailureKind::TestFailure || ctx.observed.flipped() {
        return None;
    }
    let (pattern, message) = printed(failure)?;
    let rel = failure.file.as_deref().and_then(|f| ctx.sources.relative(f))?;
    let src = ctx.sources.get(&rel).ok()?;
    if src.root().has_error() {
        return None;
    }
    let test = crate::strategies::failing_test(&src, failure)?;
    let mut sites = Vec::new();
    message_checks(&src, test, &mut sites);
    if let Some(fix) = table_messages(&src, &rel, test, &sites, (&pattern, &message), ctx) {
        return Some(fix);
    }
    // The check the runner printed: its text is the pattern it reported.
    sites.retain(|(node, _)| literal_text(&src, *node).is_some_and(|(text, _)| text == pattern));
    let [(node, check)] = sites.as_slice() else { return None };
    let (text, flags) = literal_text(&src, *node)?;
    let (anchors, old) = match check {
        Check::Regex => {
            let (anchors, inner) = anchored(&text);
            (anchors, unregex(inner)?)
        }
        Check::Substring => ((false, false), text.clone()),
        Check::Exact => ((true, true), text.clone()),
    };
    let insensitive = flags.contains('i');
    let fold = |t: &str| if insensitive { t.to_lowercase() } else { t.to_string() };
    if holds(&fold(&message), &fold(&old), anchors) {
        // The old text is still in the message: the failure is not about its wording.
        return None;
    }
    // The change's own rewrite of the message first: it needs no word in common with the old text.
    // Else the whole message the runner printed (exact, never a guess): a message rebuilt through a new helper
    // shares no literal with the old one and may share few words; whether it is meant is the evidence's call.
    // A parametrized test's row (`test_bad_port[8080]`): a value of its id may show in the message.
    let row: Vec<String> = failure
        .test_id
        .as_deref()
        .and_then(|id| id.rsplit_once('[')?.1.strip_suffix(']').map(|r| r.split('-').map(str::to_string).collect()))
        .filter(|_| anchors == (false, false) && *check != Check::Exact)
        .unwrap_or_default();
    let new =
        from_change(&old, &message, ctx, &row).or_else(|| reword(&old, &message)).unwrap_or_else(|| message.clone());
    // The whole message of one row, checked by a literal every row shares: the text before the row's own value.
    let new = if new == message { before_row_value(&message, &row, &old).unwrap_or(new) } else { new };
    let new = widened(&message, new, anchors);
    if !holds(&message, &new, anchors) {
        // An anchored pattern must match the whole message (or its start / end) again.
        return None;
    }
    // A loop over cases checks each case's message: the value the message shows for this case is written as the
    // loop variable, the way the change's own format renders it.
    let per_case = (new == message && *check != Check::Regex).then(|| per_element(&src, &rel, *node, &message, ctx));
    let rendered = match per_case.flatten() {
        Some(template) => template,
        None => render(&src, *node, *check, &new, anchors)?,
    };
    let (new_value, old_value) = (Value::Str(message.clone()), Value::Str(old.clone()));
    let (intent, verdict) = super::judged::judged(&src, &rel, Some(test), ctx, (&new_value, &old_value));
    Some(super::build_fix(&src, &rel, *node, rendered, &Value::Str(new), (intent, verdict), true))
}

/// The pattern the runner reported and the message the code raised, both whole: pytest's `Regex: '...'` /
/// `Input: '...'`, unittest's `"..." does not match "..."`, vitest's `to throw error including '...' but got
/// '...'` (or the exact operands a capture re-run recorded). `None` for a message the runner cut short.
fn printed(failure: &Failure) -> Option<(String, String)> {
    let text = format!("{}\n{}", failure.message, failure.raw);
    if let Some(found) = pytest_pair(&text) {
        return Some(found);
    }
    if let Some(found) = unittest_pair(&failure.message) {
        return Some(found);
    }
    if let Some(found) = node_pair(&failure.raw).or_else(|| node_message_diff(&failure.raw)) {
        return Some(found);
    }
    if text.contains("to throw error including") || text.contains("to throw error matching") {
        // The capture re-run's exact operands first: the console shortens long messages (`re…`).
        if let (Some(Value::Str(got)), Some(Value::Str(want))) =
            (failure.actual.as_deref().and_then(Value::parse), failure.expected.as_deref().and_then(Value::parse))
        {
            return Some((want, got));
        }
        return vitest_pair(&failure.message);
    }
    None
}

fn pytest_pair(text: &str) -> Option<(String, String)> {
    let regex = text.lines().find_map(|l| {
        let l = l.trim_start_matches(['E', ' ']);
        l.strip_prefix("Regex: ").or_else(|| l.strip_prefix("Expected regex: "))
    })?;
    let input = text.lines().find_map(|l| {
        let l = l.trim_start_matches(['E', ' ']);
        l.strip_prefix("Input: ").or_else(|| l.strip_prefix("Actual message: "))
    })?;
    match (Value::parse(regex.trim())?, Value::parse(input.trim())?) {
        (Value::Str(r), Value::Str(i)) => Some((r, i)),
        _ => None,
    }
}

/// node's `assert.throws(fn, /re/)` as TAP prints it: `The input did not match the regular expression /re/.
/// Input:` and, after a blank line, the thrown error as a string (`'ValidationError: needs ...'`).
fn node_pair(raw: &str) -> Option<(String, String)> {
    const HEAD: &str = "The input did not match the regular expression ";
    let mut lines = raw.lines().map(str::trim);
    let head = lines.find_map(|l| l.split_once(HEAD).map(|(_, rest)| rest))?;
    let regex = head.strip_suffix(". Input:")?;
    let (pattern, _flags) = regex.strip_prefix('/')?.rsplit_once('/')?;
    let input = lines.find(|l| !l.is_empty())?;
    match Value::parse(input)? {
        Value::Str(i) => Some((pattern.to_string(), i)),
        _ => None,
    }
}

/// node's `assert.throws(fn, { message: '...' })` as TAP prints it: a `Comparison {` diff whose `-` line holds the
/// expected message and whose `+` line the one thrown.
fn node_message_diff(raw: &str) -> Option<(String, String)> {
    if !raw.contains("Comparison {") {
        return None;
    }
    let side = |sign: char| {
        raw.lines().map(str::trim).find_map(|l| {
            let rest = l.strip_prefix(sign)?.trim_start().strip_prefix("message: ")?;
            match Value::parse(rest.trim_end_matches(','))? {
                Value::Str(s) => Some(s),
                _ => None,
            }
        })
    };
    Some((side('-')?, side('+')?))
}

fn unittest_pair(message: &str) -> Option<(String, String)> {
    let line = message.lines().find(|l| l.contains("\" does not match \""))?;
    let body = line.trim().trim_start_matches("AssertionError: ");
    let (pattern, input) = body.strip_prefix('"')?.strip_suffix('"')?.split_once("\" does not match \"")?;
    Some((pattern.to_string(), input.to_string()))
}

fn vitest_pair(message: &str) -> Option<(String, String)> {
    let line = message.lines().find(|l| l.contains("to throw error "))?;
    let (_, rest) = line.split_once("to throw error ")?;
    let (want, got) = rest.split_once(" but got ")?;
    let want = want.strip_prefix("including ").or_else(|| want.strip_prefix("matching "))?;
    let want = match Value::parse(want.trim()) {
        Some(Value::Str(s)) => s,
        // `/pattern/flags` as printed: the pattern between the slashes.
        _ => want.trim().strip_prefix('/').and_then(|w| w.rsplit_once('/')).map(|(p, _)| p.to_string())?,
    };
    if got.trim_end().ends_with("…'") || got.trim_end().ends_with("...'") {
        return None;
    }
    match Value::parse(got.trim())? {
        Value::Str(g) => Some((want, g)),
        _ => None,
    }
}

/// The message checks inside the test: the literal holding the expected text, and how it is matched.
fn message_checks<'a>(src: &SourceFile, node: Node<'a>, out: &mut Vec<(Node<'a>, Check)>) {
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        if n.kind() == "call" || n.kind() == "call_expression" {
            if let Some(found) = check_of(src, n) {
                out.push(found);
            }
        }
        let mut c = n.walk();
        stack.extend(n.named_children(&mut c));
    }
}

fn check_of<'a>(src: &SourceFile, call: Node<'a>) -> Option<(Node<'a>, Check)> {
    let func = call.child_by_field_name("function")?;
    let args = call.child_by_field_name("arguments")?;
    let name = match func.kind() {
        "attribute" => src.node_text(func.child_by_field_name("attribute")?),
        "member_expression" => src.node_text(func.child_by_field_name("property")?),
        _ => src.node_text(func),
    };
    let mut c = args.walk();
    let named: Vec<Node> = args.named_children(&mut c).filter(|a| a.kind() != "comment").collect();
    if src.lang().is_python() {
        return match name {
            "raises" | "warns" => named.iter().find_map(|k| {
                let is_match = k.kind() == "keyword_argument"
                    && k.child_by_field_name("name").is_some_and(|n| src.node_text(n) == "match");
                is_match.then(|| k.child_by_field_name("value")).flatten().map(|v| (v, Check::Regex))
            }),
            "assertRaisesRegex" | "assertRaisesRegexp" | "assertWarnsRegex" => {
                named.get(1).filter(|a| a.kind() != "keyword_argument").map(|a| (*a, Check::Regex))
            }
            _ => None,
        };
    }
    // node's `assert.throws(fn, /re/)` / `assert.rejects(p, /re/)`: the regex is searched in `String(error)`.
    if matches!(crate::strategies::node_assert_method(src, call), Some("throws" | "rejects")) {
        return match named.get(1) {
            Some(a) if a.kind() == "regex" => Some((*a, Check::Regex)),
            // `{ name: 'ValidationError', message: '...' }`: the message is compared whole.
            Some(a) if a.kind() == "object" => {
                let mut c = a.walk();
                let pairs: Vec<Node> = a.named_children(&mut c).filter(|p| p.kind() == "pair").collect();
                pairs.into_iter().find_map(|p| {
                    let key = p.child_by_field_name("key")?;
                    let key = src.node_text(key).trim_matches(['\'', '"']);
                    let value = p.child_by_field_name("value")?;
                    let operand = matches!(value.kind(), "string" | "identifier" | "member_expression");
                    (key == "message" && operand).then_some((value, Check::Exact))
                })
            }
            _ => None,
        };
    }
    if !matches!(name, "toThrow" | "toThrowError") || func.kind() != "member_expression" {
        return None;
    }
    // `expect(f).toThrow`, `expect(p).rejects.toThrow`; never `.not`.
    let object = func.child_by_field_name("object")?;
    if src.node_text(object).contains(".not") || !src.node_text(object).starts_with("expect") {
        return None;
    }
    let [arg] = named.as_slice() else { return None };
    match arg.kind() {
        "regex" => Some((*arg, Check::Regex)),
        "string" | "template_string" => Some((*arg, Check::Substring)),
        // A case's message from a loop's table (`c.message`): the table's cell decides how it is matched.
        "identifier" | "member_expression" | "subscript_expression" => Some((*arg, Check::Substring)),
        _ => None,
    }
}

/// A literal's text and its flags (`i` for a case-insensitive JS regex); `None` for f-strings and templates.
fn literal_text(src: &SourceFile, node: Node) -> Option<(String, String)> {
    if node.kind() == "regex" {
        let pattern = node.child_by_field_name("pattern").map(|p| src.node_text(p)).unwrap_or("");
        let flags = node.child_by_field_name("flags").map(|f| src.node_text(f)).unwrap_or("");
        return Some((pattern.to_string(), flags.to_string()));
    }
    if node.kind() == "string" {
        let mut c = node.walk();
        if node.children(&mut c).any(|ch| ch.kind() == "interpolation") {
            return None;
        }
        let text = src.node_text(node);
        let prefix: String = text.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
        let body = string_literal_value(src, node)?;
        // Outside a raw string, `\\` and `\'` are string escapes, not the regex's.
        let body = if prefix.to_lowercase().contains('r') || !src.lang().is_python() && !body.contains('\\') {
            body
        } else if body.contains('\\') {
            return None;
        } else {
            body
        };
        return Some((body, String::new()));
    }
    string_literal_value(src, node).map(|b| (b, String::new()))
}

/// Whether a message holds `text` where the pattern's anchors (`^`, `$`) say it must be.
fn holds(message: &str, text: &str, (start, end): (bool, bool)) -> bool {
    match (start, end) {
        (true, true) => message == text,
        (true, false) => message.starts_with(text),
        (false, true) => message.ends_with(text),
        (false, false) => message.contains(text),
    }
}

/// The new piece grown to the anchored end(s) of the message: `^…$` checks the whole message, so the reworded
/// piece of `^ConfigError: host must be …$` is the message from its start to its end.
fn widened(message: &str, piece: String, (start, end): (bool, bool)) -> String {
    if holds(message, &piece, (start, end)) {
        return piece;
    }
    // Only a piece the message holds once says where it sits.
    let Some(at) = message.find(&piece).filter(|&i| message[i + 1..].find(&piece).is_none()) else { return piece };
    let from = if start { 0 } else { at };
    let to = if end { message.len() } else { at + piece.len() };
    message[from..to].to_string()
}

/// `message` up to the first place it shows a value of the failing row (`got 0` for `test_bad_port[0]`, `'8080'`
/// for `[8080]`), trailing punctuation dropped; `None` when it shows none, or too little would be left to check
/// (fewer words than half the old text's).
fn before_row_value(message: &str, row: &[String], old: &str) -> Option<String> {
    let part = |c: char| c.is_alphanumeric() || c == '_' || c == '.';
    let mut cut: Option<usize> = None;
    for value in row.iter().filter(|v| !v.is_empty()) {
        for form in [value.clone(), format!("'{value}'"), format!("\"{value}\"")] {
            for (i, _) in message.match_indices(form.as_str()) {
                let before = message[..i].chars().next_back();
                let after = message[i + form.len()..].chars().next();
                // A whole token: not a digit of a larger number, and at the end of the message or its clause.
                let whole = !before.is_some_and(part) && !after.is_some_and(|c| c.is_alphanumeric() || c == '_');
                if whole && message[i + form.len()..].trim().chars().all(|c| !c.is_alphanumeric()) {
                    cut = Some(cut.map_or(i, |c| c.min(i)));
                }
            }
        }
    }
    let head = message[..cut?].trim_end().trim_end_matches([',', ':', ';', '=']).trim_end().to_string();
    (head.split_whitespace().count() * 2 >= old.split_whitespace().count() && !head.is_empty()).then_some(head)
}

/// A regex's anchors (`^` at its start, an unescaped `$` at its end) and the pattern between them.
fn anchored(pattern: &str) -> ((bool, bool), &str) {
    let start = pattern.starts_with('^');
    let inner = pattern.strip_prefix('^').unwrap_or(pattern);
    // `\$` is a literal dollar: an odd run of backslashes before it escapes it.
    let slashes = inner.strip_suffix('$').map_or(0, |b| b.chars().rev().take_while(|c| *c == '\\').count());
    let end = inner.ends_with('$') && slashes.is_multiple_of(2);
    ((start, end), if end { &inner[..inner.len() - 1] } else { inner })
}

/// The new text as the change wrote it: a string literal of the code under test that the change rewrote, whose
/// old form renders exactly `old` (the text the test checks) and whose new form renders exactly the message now
/// raised, every hole both forms share holding the same value (the same port, the same amount). `None` when no
/// changed literal explains both, or two explain it differently.
fn from_change(old: &str, message: &str, ctx: &Context, row: &[String]) -> Option<String> {
    use super::template::Template;
    let mut explained: Option<String> = None;
    for (file, before, after) in ctx.change.deltas.iter().filter_map(crate::change::Delta::swapped_literal) {
        let Some((a, b)) = Template::pair(file, before, after) else { continue };
        // node matches a regex against `String(error)`: `ValidationError: ...` before the message the code wrote.
        let whole = b.matches(message);
        let prefix = error_prefix(message).filter(|p| whole.is_none() && message.len() > p.len());
        let (old_body, message_body, now) = match prefix {
            Some(p) => (old.strip_prefix(p).unwrap_or(old), &message[p.len()..], b.matches(&message[p.len()..])),
            None => (old, message, whole),
        };
        // A test checking most of a fixed message (`too short (minimum is 10 characters)` of `Password is too
        // short (minimum is 10 characters)`) checks the message: it gets the whole new one.
        let most = a.text().is_some_and(|t| t.contains(old_body) && old_body.len() * 2 >= t.len());
        let was = a.matches(old_body).or_else(|| most.then(Vec::new));
        let (Some(was), Some(now)) = (was, now) else { continue };
        let agree = was.iter().all(|(hole, value)| now.iter().all(|(h, v)| h != hole || v == value));
        // Every value the new message carries was in the old text too: otherwise the whole message would write
        // one run's value (an amount, a reference) into a check that held none, and other rows would fail.
        let covered = now.iter().all(|(hole, _)| was.iter().any(|(h, _)| h == hole));
        // A check that searches the message (`match=`, `toThrow('...')`) keeps what it checked before: the new
        // text up to the first value the old text did not hold (`got 0` differs for each parametrized port).
        let of_row = |v: &str| row.iter().any(|r| r == v.trim_matches(['\'', '"']));
        let varies = |h: &String, v: &String| !was.iter().any(|(w, _)| w == h) && of_row(v);
        let cut = (agree && !covered && prefix.is_none() && now.iter().any(|(h, v)| varies(h, v)))
            .then(|| {
                // Up to the row's own value; the other new values are the same for every row.
                let marked: Vec<(String, String)> = now
                    .iter()
                    .map(|(h, v)| (h.clone(), if varies(h, v) { "\u{0}".to_string() } else { v.clone() }))
                    .collect();
                let rendered = b.render(&marked)?;
                let head = rendered.split('\u{0}').next()?.trim_end().trim_end_matches([',', ':', ';']).to_string();
                (head.split_whitespace().count() * 2 >= old_body.split_whitespace().count()).then_some(head)
            })
            .flatten();
        if agree && (covered || cut.is_some()) {
            // The new text in the old one's form: with the error's name only when the test wrote it.
            let text = match &cut {
                Some(head) => head.as_str(),
                None if prefix.is_none_or(|p| old.starts_with(p)) => message,
                None => message_body,
            };
            match &explained {
                Some(other) if other != text => return None,
                _ => explained = Some(text.to_string()),
            }
        }
    }
    explained
}

/// A message check fed by a loop over a table of cases (`for raw, message in BAD_CODES: with
/// pytest.raises(ValueError, match=message)`): every case's message the change rewrote is rewritten through the
/// change's own formats, with the same hole values (a loop stops at its first failing case, so the runner shows
/// one). The failing case's cell must be the pattern printed, and its rewrite must match the message raised.
fn table_messages(
    src: &SourceFile,
    rel: &std::path::Path,
    test: Node,
    sites: &[(Node, Check)],
    (pattern, message): (&str, &str),
    ctx: &Context,
) -> Option<Fix> {
    let operands = sites.iter().filter(|(n, _)| {
        matches!(n.kind(), "identifier" | "attribute" | "subscript" | "member_expression" | "subscript_expression")
    });
    let mut found = None;
    for (operand, check) in operands {
        let Some(cells) = super::loops::column(src, *operand) else { continue };
        let mut edits = Vec::new();
        let mut witness = None;
        for cell in cells {
            let Some((text, _)) = literal_text(src, cell) else { continue };
            let check = if cell.kind() == "regex" { Check::Regex } else { *check };
            let (anchors, old) = match check {
                Check::Regex => {
                    let (anchors, inner) = anchored(&text);
                    (anchors, unregex(inner)?)
                }
                Check::Substring => ((false, false), text.clone()),
                Check::Exact => ((true, true), text.clone()),
            };
            let Some(new) = by_change(&old, ctx) else { continue };
            if text == pattern {
                // The case the runner showed: the rewrite must be what the code raised.
                if !holds(message, &new, anchors) {
                    return None;
                }
                witness = Some((cell, old.clone(), new.clone()));
            }
            edits.push(crate::fix::Edit::replace(rel, cell.byte_range(), render(src, cell, check, &new, anchors)?));
        }
        let Some((cell, old, new)) = witness else { continue };
        if found.is_some() {
            return None;
        }
        let (new_value, old_value) = (Value::Str(message.to_string()), Value::Str(old));
        let (intent, verdict) = super::judged::judged(src, rel, Some(test), ctx, (&new_value, &old_value));
        let rendered = render(src, cell, *check, &new, (false, false))?;
        let one = super::build_fix(src, rel, cell, rendered, &Value::Str(new), (intent, verdict), true);
        let cases = edits.len();
        found = Some(
            Fix::new(
                one.strategy(),
                edits,
                one.confidence(),
                format!("{} and {} more case(s) of the table", one.title(), cases.saturating_sub(1)),
                format!("{} Each case's message is rewritten through the format the change wrote.", one.rationale()),
            )
            .with_applicability(one.applicability()),
        );
    }
    found
}

/// `old` as the change rewrote it: a literal of the code whose old form renders exactly `old` and whose new form
/// holds no value the old one did not (`got {n}` → `you entered {n}`), rendered with the same values. `None`
/// when no changed literal renders it, or two rewrite it differently.
fn by_change(old: &str, ctx: &Context) -> Option<String> {
    use super::template::Template;
    let mut out: Option<String> = None;
    for (file, before, after) in ctx.change.deltas.iter().filter_map(crate::change::Delta::swapped_literal) {
        // A literal of little but holes renders any text.
        let Some((a, b)) = Template::pair(file, before, after).filter(|(a, _)| a.fixed_len() >= 4) else { continue };
        let Some(values) = a.matches(old) else { continue };
        let Some(new) = b.render(&values) else { continue };
        match &out {
            Some(other) if *other != new => return None,
            _ => out = Some(new),
        }
    }
    out
}

/// A JavaScript template literal for a message check inside a loop over literal cases, when the message the
/// change's format renders carries a value that is a loop variable's in exactly one case (`got 0` for
/// `for (const port of [0, 70000])`): that hole is written as the format writes it, over the loop variable
/// (`${JSON.stringify(port)}`), the other holes as the text they rendered. `None` when no hole varies with
/// the loop, or the check is not a plain JavaScript string.
fn per_element(src: &SourceFile, rel: &std::path::Path, node: Node, message: &str, ctx: &Context) -> Option<String> {
    use super::template::Template;
    if src.lang().is_python() || node.kind() != "string" {
        return None;
    }
    let bound = super::loops::bound_values(src, node);
    if bound.is_empty() {
        return None;
    }
    // The formats the change wrote: literals it rewrote and formats its hunks added (`super(`${key}: …`)`).
    let mut formats: Vec<Template> = ctx
        .change
        .deltas
        .iter()
        .filter_map(crate::change::Delta::swapped_literal)
        .filter_map(|(file, _, new)| Template::in_file(new, file))
        .collect();
    formats.extend(ctx.git.changes_since(rel).into_iter().flat_map(super::evidence::added_formats).map(|(_, t)| t));
    let mut found: Option<String> = None;
    for format in formats {
        let Some(values) = format.matches(message) else { continue };
        let varying: Vec<(String, String)> =
            values.iter().filter_map(|(hole, value)| Some((hole.clone(), loop_form(hole, value, &bound)?))).collect();
        if varying.is_empty() {
            continue;
        }
        let text = |t: &str| Some(t.replace('\\', "\\\\").replace('`', "\\`").replace("${", "\\${"));
        let hole = |h: &str| match varying.iter().find(|(v, _)| v == h) {
            Some((_, written)) => Some(format!("${{{written}}}")),
            None => values.iter().find(|(v, _)| v == h).and_then(|(_, value)| text(value)),
        };
        let literal = format!("`{}`", format.write(&text, &hole)?);
        match &found {
            Some(other) if *other != literal => return None,
            _ => found = Some(literal),
        }
    }
    found
}

/// The hole's expression over the loop variable whose value it renders in exactly one case: `got` → `port`,
/// `JSON.stringify(got)` → `JSON.stringify(port)`.
fn loop_form(hole: &str, value: &str, bound: &[(String, Vec<Value>)]) -> Option<String> {
    let (json_form, wrap): (bool, fn(&str) -> String) = match hole.strip_suffix(')') {
        Some(inner) if inner.starts_with("JSON.stringify(") => (true, |n| format!("JSON.stringify({n})")),
        Some(inner) if inner.starts_with("String(") => (false, |n| format!("String({n})")),
        Some(_) => return None,
        None => (false, |n| n.to_string()),
    };
    let arg = hole.trim_end_matches(')').rsplit('(').next().unwrap_or(hole);
    if arg.is_empty() || !arg.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$' || c == '.') {
        return None;
    }
    let mut matched = bound.iter().filter(|(_, per)| {
        per.iter().filter(|v| super::loops::rendered_as(v, json_form).as_deref() == Some(value)).count() == 1
    });
    let (name, _) = matched.next()?;
    // Two loop variables could each have shown it: which one the case's message carries is unknown.
    matched.next().is_none().then(|| wrap(name))
}

/// `ValidationError: ` at the start of an error's string form: an identifier, a colon and a space.
fn error_prefix(message: &str) -> Option<&str> {
    let (name, _) = message.split_once(": ")?;
    let ident = !name.is_empty()
        && name.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    (ident && name.ends_with("Error")).then(|| &message[..name.len() + 2])
}

const META: &[char] = &['\\', '.', '^', '$', '*', '+', '?', '{', '}', '[', ']', '|', '(', ')'];

/// The text a regex matches literally, when it is one: escaped metacharacters stand for themselves and an
/// unescaped `.` is read as the dot it almost always means; any other regex syntax is `None`.
fn unregex(pattern: &str) -> Option<String> {
    let mut out = String::with_capacity(pattern.len());
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next()? {
                e if e.is_ascii_punctuation() || e == ' ' => out.push(e),
                _ => return None,
            },
            '.' => out.push('.'),
            c if META.contains(&c) => return None,
            c => out.push(c),
        }
    }
    Some(out)
}

fn escape_regex(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if META.contains(&c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The literal that replaces `node`, checking `new` in the same way (escaped for a regex, in the literal's own
/// quotes and prefix; a Python literal gains an `r` prefix when the escapes need one).
fn render(src: &SourceFile, node: Node, check: Check, new: &str, (start, end): (bool, bool)) -> Option<String> {
    let text = src.node_text(node);
    let pattern = || format!("{}{}{}", if start { "^" } else { "" }, escape_regex(new), if end { "$" } else { "" });
    if node.kind() == "regex" {
        let flags = node.child_by_field_name("flags").map(|f| src.node_text(f)).unwrap_or("");
        return Some(format!("/{}/{flags}", pattern().replace('/', "\\/")));
    }
    let body = if check == Check::Regex { pattern() } else { new.to_string() };
    let prefix: String = text.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
    let quote = text[prefix.len()..].chars().next()?;
    // A new text holding the literal's quote takes the other quote, as a formatter would.
    let quote = match quote {
        '"' if body.contains('"') && !body.contains('\'') && !text[prefix.len()..].starts_with("\"\"\"") => '\'',
        '\'' if body.contains('\'') && !body.contains('"') && !text[prefix.len()..].starts_with("\'\'\'") => '"',
        q => q,
    };
    if body.contains(quote) || body.contains('\n') || quote == '`' && body.contains("${") {
        return None;
    }
    let prefix = if body.contains('\\') && src.lang().is_python() && !prefix.to_lowercase().contains('r') {
        format!("r{prefix}")
    } else if body.contains('\\') && !src.lang().is_python() {
        return None;
    } else {
        prefix
    };
    Some(format!("{prefix}{quote}{body}{quote}"))
}

/// A token of a message: a word (letters, digits, `_`, inner `-`/`.` of numbers) or one punctuation mark, with
/// its byte range.
fn tokens(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let b: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < b.len() {
        let (start, c) = b[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        if c.is_alphanumeric() || c == '_' {
            while j < b.len()
                && (b[j].1.is_alphanumeric()
                    || b[j].1 == '_'
                    || b[j].1 == '.'
                        && b[j - 1].1.is_ascii_digit()
                        && b.get(j + 1).is_some_and(|n| n.1.is_ascii_digit()))
            {
                j += 1;
            }
        }
        let end = b.get(j).map_or(text.len(), |n| n.0);
        out.push((start, end));
        i = j;
    }
    out
}

/// The new wording of `old` (a text the old message contained) inside `message`: the words of `old` aligned
/// with the message's, the span between the first and the last aligned word taken from the message, widened to
/// the clause boundary on a side whose old words were replaced. `None` when fewer than half of the old words
/// are still there or nothing changed.
pub fn reword(old: &str, message: &str) -> Option<String> {
    let (a, b) = (tokens(old), tokens(message));
    let lower = |t: &str, r: (usize, usize)| t[r.0..r.1].to_lowercase();
    // Longest common subsequence, words compared case-insensitively (`Insufficient` -> `insufficient` is a
    // rewording); the message's own spelling is what gets written.
    let (n, m) = (a.len(), b.len());
    let mut dp = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            dp[i][j] = if lower(old, a[i]) == lower(message, b[j]) {
                dp[i + 1][j + 1] + 1
            } else {
                dp[i + 1][j].max(dp[i][j + 1])
            };
        }
    }
    let mut pairs = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if lower(old, a[i]) == lower(message, b[j]) {
            pairs.push((i, j));
            i += 1;
            j += 1;
        } else if dp[i + 1][j] >= dp[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    let is_word = |t: &str, r: (usize, usize)| t[r.0..r.1].chars().any(char::is_alphanumeric);
    let words = a.iter().filter(|r| is_word(old, **r)).count();
    let kept = pairs.iter().filter(|(i, _)| is_word(old, a[*i])).count();
    if kept == 0 || kept * 2 < words {
        return None;
    }
    let (&(first_a, first_b), &(last_a, last_b)) = (pairs.first()?, pairs.last()?);
    let boundary = |t: (usize, usize)| matches!(&message[t.0..t.1], "," | ";" | ":" | "." | "!" | "?" | "(" | ")");
    let mut start = first_b;
    if first_a > 0 {
        while start > 0 && !boundary(b[start - 1]) {
            start -= 1;
        }
    }
    let mut end = last_b;
    if last_a + 1 < n {
        while end + 1 < m && !boundary(b[end + 1]) {
            end += 1;
        }
    }
    let new = message[b[start].0..b[end].1].to_string();
    (new != old).then_some(new)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::context::{GitSignals, Hunk, SourceCache};
    use crate::failure::Runner;

    #[test]
    fn rewording_keeps_a_partial_match_partial() {
        let new = "PAY-1: refund amount must be greater than 0, got -5";
        assert_eq!(reword("amount must be positive", new).as_deref(), Some("amount must be greater than 0"));
        let new = "insufficient funds: balance 20.00, requested 50.00";
        assert_eq!(reword("Insufficient funds", new).as_deref(), Some("insufficient funds"));
        let new = "Password must be at least 12 characters long";
        assert_eq!(reword("at least 8 characters", new).as_deref(), Some("at least 12 characters"));
        // Replaced first words take the clause they now start.
        let new = "order 7: cannot ship a cancelled order";
        assert_eq!(reword("unable to ship a cancelled order", new).as_deref(), Some("cannot ship a cancelled order"));
        // Another message altogether.
        assert_eq!(reword("amount must be positive", "unknown currency 'XYZ'"), None);
        assert_eq!(reword("same text", "the same text"), None);
    }

    #[test]
    fn a_parametrized_rows_own_value_is_left_out_of_a_shared_check() {
        let msg = "server.port: expected an integer in 1..65535, got '8080'";
        let old = "port must be between 1 and 65535";
        assert_eq!(
            before_row_value(msg, &["8080".into()], old).as_deref(),
            Some("server.port: expected an integer in 1..65535, got")
        );
        // `1` of `1..65535` is not the row's value at the end.
        let msg = "server.port: expected an integer in 1..65535, got 1";
        assert_eq!(
            before_row_value(msg, &["1".into()], old).as_deref(),
            Some("server.port: expected an integer in 1..65535, got")
        );
        assert_eq!(before_row_value(msg, &["7".into()], old), None);
        assert_eq!(before_row_value("got 1", &["1".into()], old), None);
    }

    #[test]
    fn an_anchored_pattern_takes_the_message_to_its_anchored_ends() {
        let message = "ConfigError: server.host: expected a non-empty string, got \"\"";
        let piece = "server.host: expected a non-empty string".to_string();
        assert_eq!(widened(message, piece.clone(), (true, true)), message);
        assert_eq!(
            widened(message, piece.clone(), (true, false)),
            "ConfigError: server.host: expected a non-empty string"
        );
        assert_eq!(
            widened(message, piece.clone(), (false, true)),
            "server.host: expected a non-empty string, got \"\""
        );
        assert_eq!(widened(message, piece.clone(), (false, false)), piece);
        // A piece the message holds twice: where the anchor reaches from is unknown.
        assert_eq!(widened("a b a", "a".to_string(), (true, true)), "a");
    }

    #[test]
    fn regex_patterns_are_read_and_written_literally() {
        assert_eq!(unregex(r"balance of 80\.00").as_deref(), Some("balance of 80.00"));
        assert_eq!(unregex("balance of 80.00").as_deref(), Some("balance of 80.00"));
        assert_eq!(unregex("amount .* positive"), None);
        assert_eq!(unregex(r"^amount"), None);
        assert_eq!(anchored(r"^port: 0$"), ((true, true), "port: 0"));
        assert_eq!(anchored(r"costs 5\$"), ((false, false), r"costs 5\$"));
        assert_eq!(anchored(r"ends\\$"), ((false, true), r"ends\\"));
        assert_eq!(escape_regex("of 80.00 (EUR)"), r"of 80\.00 \(EUR\)");
    }

    /// A failing test at `line` of `file`, printing `printed`, after a commit of `code` made after the test's
    /// commit (or an uncommitted edit). The edited test, when a fix reaches the default threshold.
    fn healed(
        file: &str,
        before: &str,
        line: u32,
        printed: &str,
        code: (&str, &[&str], &[&str]),
        committed: bool,
    ) -> Option<String> {
        let cache = SourceCache::new("/nonexistent");
        cache.set_text(file, before);
        let mut git = GitSignals::default();
        let hunk = Hunk {
            file: code.0.into(),
            removed: code.1.iter().map(|s| s.to_string()).collect(),
            added: code.2.iter().map(|s| s.to_string()).collect(),
        };
        if committed {
            git.last_commit.insert(file.into(), "a".into());
            git.last_commit.insert(code.0.into(), "b".into());
            git.parents.insert("b".into(), vec!["a".into()]);
            git.hunks.insert("b".into(), vec![hunk]);
        } else {
            git.dirty.insert(code.0.into());
            git.hunks.insert(crate::context::WORKTREE.into(), vec![hunk]);
        }
        let runner = if file.ends_with(".py") { Runner::Pytest } else { Runner::Vitest };
        let mut f = Failure::new(FailureKind::TestFailure, runner, printed.lines().next().unwrap_or(""));
        f.file = Some(file.into());
        f.line = Some(line);
        f.raw = printed.into();
        let fix = propose(&f, &Context::new(&cache, git))?;
        if fix.confidence() < crate::confidence::DEFAULT_THRESHOLD {
            eprintln!("below the threshold: {} {}", fix.confidence(), fix.rationale());
            return None;
        }
        let mut text = before.to_string();
        for e in fix.edits().iter().rev() {
            text.replace_range(e.range.clone(), &e.replacement);
        }
        Some(text)
    }

    const REFUNDS: &str = "import pytest\nfrom payments.refunds import refund\n\n\ndef test_over(payment):\n    with pytest.raises(ValueError, match=\"exceeds refundable balance\"):\n        refund(payment, 80)\n";

    #[test]
    fn pytest_raises_match_takes_the_reworded_message() {
        let printed = "AssertionError: Regex pattern did not match.\n Regex: 'exceeds refundable balance'\n Input: 'PAY-1: refund of 80.01 exceeds the refundable balance of 80.00'";
        let code: (&str, &[&str], &[&str]) = (
            "payments/refunds.py",
            &["        raise ValueError(\"amount exceeds refundable balance\")"],
            &["        raise ValueError(f\"{payment.reference}: refund of {amount} exceeds the refundable balance of {payment.refundable}\")"],
        );
        let after = healed("tests/test_refunds.py", REFUNDS, 6, printed, code, true).unwrap();
        assert_eq!(after, REFUNDS.replace("exceeds refundable balance", "exceeds the refundable balance"));
        // The test is newer than the code: left as written.
        let cache = SourceCache::new("/nonexistent");
        cache.set_text("tests/test_refunds.py", REFUNDS);
        let mut git = GitSignals::default();
        git.dirty.insert("tests/test_refunds.py".into());
        let mut f =
            Failure::new(FailureKind::TestFailure, Runner::Pytest, "AssertionError: Regex pattern did not match.");
        f.file = Some("tests/test_refunds.py".into());
        f.line = Some(6);
        f.raw = printed.into();
        let fix = propose(&f, &Context::new(&cache, git));
        assert!(fix.is_none_or(|f| f.confidence() < crate::confidence::DEFAULT_THRESHOLD));
    }

    /// [`from_change`] with the change model's delta of `code` (before, after) in `file`.
    fn from_delta(file: &str, code: (&str, &str), old: &str, message: &str) -> Option<String> {
        use crate::change::{diff, FileVersions};
        let cache = SourceCache::new("/nonexistent");
        let change = diff(&[FileVersions::modified(file, code.0, code.1)]);
        let ctx = Context::new(&cache, GitSignals::default()).with_change(std::sync::Arc::new(change));
        from_change(old, message, &ctx, &[])
    }

    #[test]
    fn a_message_the_change_rewrote_is_read_from_its_literal() {
        // Before: "port out of range: 0" shares two words with the new message, fewer than half: nothing proposed.
        let before =
            "def parse(p):\n    if p < 1:\n        raise ValueError(f\"port out of range: {p}\")\n    return p\n";
        let after = before.replace("port out of range: {p}", "port must be between 1 and 65535, got {p}");
        let new = "port must be between 1 and 65535, got 0";
        assert_eq!(from_delta("net.py", (before, &after), "port out of range: 0", new).as_deref(), Some(new));
        // The same hole must hold the same value on both sides.
        assert_eq!(from_delta("net.py", (before, &after), "port out of range: 7", new), None);
        // A new message that carries values the old text did not (a reference, an amount) would pin one run's
        // value into a check shared by parametrized rows: left to the word alignment.
        let before =
            "def refund(p, a):\n    if a <= 0:\n        raise ValueError(\"amount must be positive\")\n    return a\n";
        let after =
            before.replace("\"amount must be positive\"", "f\"{p.ref}: amount must be greater than 0, got {a}\"");
        let msg = "PAY-1: amount must be greater than 0, got 0";
        assert_eq!(from_delta("pay.py", (before, &after), "amount must be positive", msg), None);
        // A parametrized row whose own value the new message shows: the text up to it.
        let before =
            "def check(port):\n    if port < 1:\n        raise ConfigError(\"port must be between 1 and 65535\")\n";
        let after = before.replace(
            "\"port must be between 1 and 65535\"",
            "f\"{key}: expected an integer in 1..65535, got {port!r}\"",
        );
        let change = crate::change::diff(&[crate::change::FileVersions::modified("conf.py", before, &after)]);
        let cache = SourceCache::new("/nonexistent");
        let ctx = Context::new(&cache, GitSignals::default()).with_change(std::sync::Arc::new(change));
        let msg = "server.port: expected an integer in 1..65535, got '8080'";
        let row = ["8080".to_string()];
        let got = from_change("port must be between 1 and 65535", msg, &ctx, &row);
        assert_eq!(got.as_deref(), Some("server.port: expected an integer in 1..65535, got"));
        assert_eq!(from_change("port must be between 1 and 65535", msg, &ctx, &[]), None);
        // TypeScript template literals, anchored regexes kept whole.
        let before = "export function port(v: string): number {\n  throw new RangeError(`Invalid port: \"${v}\"`)\n}\n";
        let after = before.replace("Invalid port: \"${v}\"", "PORT must be an integer (got \"${v}\")");
        let msg = "PORT must be an integer (got \"70000\")";
        assert_eq!(from_delta("src/port.ts", (before, &after), "Invalid port: \"70000\"", msg).as_deref(), Some(msg));
    }

    #[test]
    fn node_assert_throws_regexes_are_read_from_tap_and_the_change() {
        let raw = "  error: |-\n    The input did not match the regular expression /too short \\(minimum is 10 characters\\)/. Input:\n    \n    'ValidationError: needs at least 10 characters'\n    \n  code: 'ERR_ASSERTION'\n";
        assert_eq!(
            node_pair(raw),
            Some((
                r"too short \(minimum is 10 characters\)".into(),
                "ValidationError: needs at least 10 characters".into()
            ))
        );
        // Most of a fixed message checked: the whole new message, without the error name the test did not write.
        let before = "function check(v) {\n  if (v.length < 10) throw new ValidationError('password', 'Password is too short (minimum is 10 characters)');\n}\n";
        let after = before.replace("Password is too short (minimum is 10 characters)", "needs at least 10 characters");
        let msg = "ValidationError: needs at least 10 characters";
        let got = from_delta("src/v.js", (before, &after), "too short (minimum is 10 characters)", msg);
        assert_eq!(got.as_deref(), Some("needs at least 10 characters"));
        // An anchored check that wrote the error's name keeps it.
        let before =
            "function age(v) {\n  throw new ValidationError('age', `Age must be a whole number, got ${v}`);\n}\n";
        let after = before.replace("Age must be a whole number, got ${v}", "not a whole number: \"${v}\"");
        let msg = "ValidationError: not a whole number: \"4.5\"";
        let got = from_delta("src/v.js", (before, &after), "ValidationError: Age must be a whole number, got 4.5", msg);
        assert_eq!(got.as_deref(), Some(msg));
        // `assert.throws(fn, { message: '...' })`: the TAP diff gives both messages; the new one is written whole.
        let raw = "    Expected values to be strictly deep-equal:\n    + actual - expected\n    \n      Comparison {\n    +   message: 'not a valid address: \"ada@example\"',\n    -   message: 'Invalid email address: ada@example',\n        name: 'ValidationError'\n      }\n";
        assert_eq!(
            node_message_diff(raw),
            Some(("Invalid email address: ada@example".into(), "not a valid address: \"ada@example\"".into()))
        );
        assert_eq!(error_prefix("TypeError: x"), Some("TypeError: "));
        assert_eq!(error_prefix("port: 8080"), None);
    }

    #[test]
    fn a_message_checked_in_a_loop_over_cases_renders_each_cases_value() {
        use crate::change::{diff, FileVersions};
        // Before: the first case's message ('got 0') was written as a literal the second case could not match.
        let before =
            "function port(p) {\n  if (!(p >= 1)) throw new ConfigError('port must be between 1 and 65535');\n}\n";
        let after = before.replace(
            "'port must be between 1 and 65535'",
            "`${key}: expected an integer from 1 to 65535, got ${JSON.stringify(got)}`",
        );
        let test = "test('bad ports', () => {\n  for (const port of [0, 70000, '8080']) {\n    assert.throws(() => check({ port }), { message: 'port must be between 1 and 65535' });\n  }\n});\n";
        let cache = SourceCache::new("/nonexistent");
        cache.set_text("test/config.test.js", test);
        let src = cache.get(std::path::Path::new("test/config.test.js")).unwrap();
        let change = diff(&[FileVersions::modified("lib/config.js", before, &after)]);
        let ctx = Context::new(&cache, GitSignals::default()).with_change(std::sync::Arc::new(change));
        let mut sites = Vec::new();
        message_checks(&src, src.root(), &mut sites);
        let (node, _) = sites[0];
        let msg = "server.port: expected an integer from 1 to 65535, got 0";
        assert_eq!(
            per_element(&src, std::path::Path::new("test/config.test.js"), node, msg, &ctx).as_deref(),
            Some("`server.port: expected an integer from 1 to 65535, got ${JSON.stringify(port)}`")
        );
        // A value no single case holds (70 is none of them) is not the loop's.
        let msg = "server.port: expected an integer from 1 to 65535, got 70";
        assert_eq!(per_element(&src, std::path::Path::new("test/config.test.js"), node, msg, &ctx), None);
        // Outside a loop: one literal checks one case.
        let single = "test('bad port', () => {\n  assert.throws(() => check({ port: 0 }), { message: 'port must be between 1 and 65535' });\n});\n";
        cache.set_text("test/one.test.js", single);
        let src = cache.get(std::path::Path::new("test/one.test.js")).unwrap();
        let mut sites = Vec::new();
        message_checks(&src, src.root(), &mut sites);
        assert_eq!(
            per_element(
                &src,
                std::path::Path::new("test/one.test.js"),
                sites[0].0,
                "server.port: expected an integer from 1 to 65535, got 0",
                &ctx
            ),
            None
        );
    }

    #[test]
    fn every_case_of_a_message_table_is_rewritten_through_the_changes_formats() {
        use crate::change::{diff, FileVersions};
        // Before: the check's operand was a loop variable, so nothing was proposed.
        let before = "def parse(code):\n    if not code:\n        raise ValueError(\"empty coupon code\")\n    if len(code) != LENGTH:\n        raise ValueError(f\"coupon code must be {LENGTH} characters, got {len(code)}\")\n    return code\n";
        let after = before.replace("\"empty coupon code\"", "\"Please enter a coupon code.\"").replace(
            "coupon code must be {LENGTH} characters, got {len(code)}",
            "A coupon code has {LENGTH} characters; you entered {len(code)}.",
        );
        let test = "import pytest\n\nBAD = [\n    (\"\", \"empty coupon code\"),\n    (\"AB\", \"coupon code must be 8 characters, got 2\"),\n    (\"A-\", \"invalid character\"),\n]\n\ndef test_bad():\n    for raw, message in BAD:\n        with pytest.raises(ValueError, match=message):\n            parse(raw)\n";
        let cache = SourceCache::new("/nonexistent");
        cache.set_text("tests/test_c.py", test);
        let rel = std::path::Path::new("tests/test_c.py");
        let src = cache.get(rel).unwrap();
        let change = diff(&[FileVersions::modified("shop/c.py", before, &after)]);
        let mut git = GitSignals::default();
        git.last_commit.insert("tests/test_c.py".into(), "a".into());
        git.last_commit.insert("shop/c.py".into(), "b".into());
        git.parents.insert("b".into(), vec!["a".into()]);
        let ctx = Context::new(&cache, git).with_change(std::sync::Arc::new(change));
        let mut sites = Vec::new();
        message_checks(&src, src.root(), &mut sites);
        let test_fn = src.root().named_child(2).unwrap();
        let fix =
            table_messages(&src, rel, test_fn, &sites, ("empty coupon code", "Please enter a coupon code."), &ctx);
        let fix = fix.unwrap();
        let mut text = test.to_string();
        let mut edits = fix.edits().to_vec();
        edits.sort_by_key(|e| e.range.start);
        for e in edits.iter().rev() {
            text.replace_range(e.range.clone(), &e.replacement);
        }
        // The case no changed literal renders ("invalid character") is left as written.
        assert_eq!(
            text,
            test.replace("\"empty coupon code\"", "r\"Please enter a coupon code\\.\"").replace(
                "\"coupon code must be 8 characters, got 2\"",
                "r\"A coupon code has 8 characters; you entered 2\\.\""
            )
        );
        // A rewrite that is not what the code raised: nothing.
        let wrong = table_messages(&src, rel, test_fn, &sites, ("empty coupon code", "Enter a code."), &ctx);
        assert!(wrong.is_none());
    }

    #[test]
    fn a_typo_left_uncommitted_is_not_adopted() {
        // A developer's in-progress edit misspells the message: nothing written with it says it is meant.
        let printed = "AssertionError: Regex pattern did not match.\n Regex: 'exceeds refundable balance'\n Input: 'amount exceeds refundible balance'";
        let code: (&str, &[&str], &[&str]) = (
            "payments/refunds.py",
            &["        raise ValueError(\"amount exceeds refundable balance\")"],
            &["        raise ValueError(\"amount exceeds refundible balance\")"],
        );
        assert_eq!(healed("tests/test_refunds.py", REFUNDS, 6, printed, code, false), None);
    }

    #[test]
    fn vitest_to_throw_keeps_its_substring_and_regex_forms() {
        let before = "import { Wallet } from '../wallet';\nit('refuses to overdraw', () => {\n  expect(() => wallet.withdraw(5000)).toThrow(\"Insufficient funds\");\n});\n";
        let printed = "AssertionError: expected [Function] to throw error including 'Insufficient funds' but got 'insufficient funds: balance 20.00, requested 50.00'";
        let code: (&str, &[&str], &[&str]) = (
            "src/wallet.ts",
            &["      throw new Error(\"Insufficient funds\");"],
            &["      throw new Error(`insufficient funds: balance ${euros(this.balance)}, requested ${euros(cents)}`);"],
        );
        let after = healed("src/__tests__/wallet.test.ts", before, 3, printed, code, true).unwrap();
        assert_eq!(after, before.replace("\"Insufficient funds\"", "\"insufficient funds\""));
        let regex = before.replace("\"Insufficient funds\"", "/Insufficient funds/");
        let printed = printed.replace("including 'Insufficient funds'", "matching /Insufficient funds/");
        let after = healed("src/__tests__/wallet.test.ts", &regex, 3, &printed, code, true).unwrap();
        assert_eq!(after, regex.replace("/Insufficient funds/", "/insufficient funds/"));
        // A message the console cut short is never adopted.
        let cut = "AssertionError: expected [Function] to throw error including 'Insufficient funds' but got 'insufficient funds: balance 20.00, re…'";
        assert_eq!(healed("src/__tests__/wallet.test.ts", before, 3, cut, code, true), None);
        // A negated check is never turned around.
        let negated = before.replace(".toThrow(", ".not.toThrow(");
        assert_eq!(healed("src/__tests__/wallet.test.ts", &negated, 3, printed.as_str(), code, true), None);
    }

    #[test]
    fn unittest_assert_raises_regex_escapes_the_new_text() {
        let before = "import unittest\nfrom shop.cart import add\n\nclass T(unittest.TestCase):\n    def test_limit(self):\n        with self.assertRaisesRegex(ValueError, \"quantity too large\"):\n            add('x', 100)\n";
        let printed = "AssertionError: \"quantity too large\" does not match \"quantity is too large: 100 > 99\"";
        let code: (&str, &[&str], &[&str]) = (
            "shop/cart.py",
            &["        raise ValueError(\"quantity too large\")"],
            &["        raise ValueError(f\"quantity is too large: {n} > {MAX}\")"],
        );
        let after = healed("tests/test_cart.py", before, 6, printed, code, true).unwrap();
        assert_eq!(after, before.replace("\"quantity too large\"", "\"quantity is too large\""));
        let printed = "AssertionError: \"quantity too large\" does not match \"quantity too. large\"";
        let code2: (&str, &[&str], &[&str]) =
            (code.0, code.1, &["        raise ValueError(\"quantity too. large\")  # house style"]);
        let after = healed("tests/test_cart.py", before, 6, printed, code2, true).unwrap();
        assert_eq!(after, before.replace("\"quantity too large\"", "r\"quantity too\\. large\""));
    }
}
