//! A containment check whose expected piece the change reworded: `assertIn("Mon  ACME-12  7.50 h", text)`,
//! `expect(text).toContain('your 2 items')`, after `f"{minutes / 60:.2f} h"` became `f"{hours}h {mins:02d}m"`.
//!
//! The runner prints the piece and the whole text it was looked for in. The piece is split where the change's
//! old literal renders part of it (`7.50 h`); the text must hold the same surroundings with the change's new
//! literal rendering the middle (`7h 30m`). That text, taken from the output, is the new piece: it is in the
//! output by construction, and it is as long as the old piece's context, never a shortened check.

use tree_sitter::Node;

use super::template::Template;
use crate::change::Delta;
use crate::context::Context;
use crate::failure::{Failure, FailureKind};
use crate::source::SourceFile;
use crate::strategies::value::Value;

/// Pieces longer than this are not split (the search is quadratic in the piece's length).
const MAX_PIECE: usize = 300;
/// A rendered middle longer than this is no message fragment.
const MAX_MIDDLE: usize = 120;

/// The fix, when the failing check looks for a piece of output that the change's reworded literal now renders
/// differently.
pub(super) fn propose(failure: &Failure, ctx: &Context) -> Option<crate::fix::Fix> {
    if failure.kind != FailureKind::TestFailure || ctx.observed.flipped() {
        return None;
    }
    let (piece, text) = printed(failure)?;
    if piece.chars().count() > MAX_PIECE {
        return None;
    }
    let rel = failure.file.as_deref().and_then(|f| ctx.sources.relative(f))?;
    let src = ctx.sources.get(&rel).ok()?;
    if src.root().has_error() {
        return None;
    }
    // The literals the change rewrote: per definition (the change model) and per edited line (the hunks).
    let hunks = ctx.git.changes_since(&rel);
    let mut swaps = super::evidence::literal_swaps(&hunks);
    for delta in &ctx.change.deltas {
        if let Delta::LiteralChanged { function, old, new } = delta {
            swaps.push((function.file.clone(), old.clone(), new.clone()));
        }
    }
    let mut found: Vec<String> = Vec::new();
    for (file, old, new) in &swaps {
        let Some((was, now)) = Template::pair(file, old, new) else { continue };
        if let Some(new_piece) = reworded_piece(&piece, &text, &was, &now) {
            if !found.contains(&new_piece) {
                found.push(new_piece);
            }
        }
    }
    let [new_piece] = found.as_slice() else { return None };
    let literal = piece_literal(&src, failure.line?, &piece)?;
    let new_value = Value::Str(new_piece.clone());
    let rendered = super::rendered_over(&src, literal, &new_value)?;
    let test = crate::strategies::failing_test(&src, failure);
    let judged = super::judged::judged(&src, &rel, test, ctx, (&new_value, &Value::Str(piece.clone())));
    Some(super::build_fix(&src, &rel, literal, rendered, &new_value, judged, true))
}

/// The piece looked for and the text it was looked in, both whole: unittest's `'piece' not found in 'text'`,
/// vitest's `expected 'text' to contain 'piece'`.
fn printed(failure: &Failure) -> Option<(String, String)> {
    let msg = failure.message.trim();
    let strings = |a: &str, b: &str| match (Value::parse(a.trim())?, Value::parse(b.trim())?) {
        (Value::Str(a), Value::Str(b)) => Some((a, b)),
        _ => None,
    };
    // The capture re-run's exact operands first: the console cuts long texts (`'Hi Lin, we will…'`).
    if msg.contains(" to contain ") {
        if let (Some(piece), Some(text)) = (&failure.expected, &failure.actual) {
            if let Some(found) = strings(piece, text) {
                return Some(found);
            }
        }
    }
    if let Some((piece, text)) = msg.split_once(" not found in ") {
        return strings(piece, text);
    }
    let rest = msg.strip_prefix("expected ")?;
    let (text, piece) = rest.split_once(" to contain ")?;
    // vitest cuts long texts (`'Timesheet…'`): a piece found in a cut text is still real, but a cut text may
    // hide the only place the piece is; nothing is read from one.
    if text.contains('…') {
        return None;
    }
    strings(piece, text)
}

/// The new piece: `piece` with the part `was` renders replaced by what `now` renders at the same place in
/// `text`, the parts around it kept. The smallest old part that works wins; `None` when none does.
fn reworded_piece(piece: &str, text: &str, was: &Template, now: &Template) -> Option<String> {
    let bounds: Vec<usize> = piece.char_indices().map(|(i, _)| i).chain(std::iter::once(piece.len())).collect();
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for (a, &s) in bounds.iter().enumerate() {
        for &e in &bounds[a + 1..] {
            if was.matches(&piece[s..e]).is_some() {
                spans.push((s, e));
            }
        }
    }
    spans.sort_by_key(|(s, e)| e - s);
    for (s, e) in spans {
        let (before, after) = (&piece[..s], &piece[e..]);
        if before.trim().is_empty() && after.trim().is_empty() {
            // The whole piece is the old literal's rendering: the new literal with the same values in the holes
            // both share, when the output holds it.
            let rendered = was.matches(&piece[s..e]).and_then(|values| now.render(&values));
            match rendered {
                Some(new) if new != piece && text.contains(&format!("{before}{new}{after}")) => {
                    return Some(format!("{before}{new}{after}"))
                }
                _ => continue,
            }
        }
        let mut candidates: Vec<String> = Vec::new();
        for (at, _) in text.match_indices(before) {
            let start = at + before.len();
            let Some(middle) = rendered_at(&text[start..], after, now) else { continue };
            let candidate = format!("{before}{middle}{after}");
            if !candidates.contains(&candidate) {
                candidates.push(candidate);
            }
        }
        match candidates.as_slice() {
            [one] if one != piece => return Some(one.clone()),
            [] => continue,
            _ => return None,
        }
    }
    None
}

/// The shortest start of `rest` that `now` renders exactly and that `after` follows, on one line.
fn rendered_at(rest: &str, after: &str, now: &Template) -> Option<String> {
    let line_end = rest.find('\n').unwrap_or(rest.len());
    let line = &rest[..line_end];
    for (end, _) in line.char_indices().skip(1).chain(std::iter::once((line.len(), ' '))) {
        if end > MAX_MIDDLE {
            break;
        }
        let middle = &line[..end];
        if line[end..].starts_with(after) && now.matches(middle).is_some() {
            return Some(middle.to_string());
        }
    }
    None
}

/// The string literal holding `piece` in the check on the failing line.
fn piece_literal<'a>(src: &'a SourceFile, line: u32, piece: &str) -> Option<Node<'a>> {
    let kinds: &[&str] = if src.lang().is_python() { &["string"] } else { &["string", "template_string"] };
    let mut found = src
        .nodes_on_line(line, kinds)
        .into_iter()
        .filter(|n| super::literal_value(src, *n) == Some(Value::Str(piece.to_string())));
    let one = found.next()?;
    found.next().is_none().then_some(one)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn t(source: &str, python: bool) -> Template {
        Template::parse(source, python).unwrap()
    }

    #[test]
    fn the_reworded_part_is_taken_from_the_output_with_its_surroundings() {
        let (was, now) = (t("f\"{minutes / 60:.2f} h\"", true), t("f\"{hours}h {mins:02d}m\"", true));
        let text =
            "Timesheet: alice\nMon 2024-03-04  ACME-12     7h 30m\nTue 2024-03-05  ACME-12     4h 00m\nTotal 13h 00m\n";
        assert_eq!(
            reworded_piece("Mon 2024-03-04  ACME-12     7.50 h", text, &was, &now).as_deref(),
            Some("Mon 2024-03-04  ACME-12     7h 30m")
        );
        // The whole piece rendered by the old literal: the new one with the same values.
        let (was2, now2) = (t("`your ${items} items`", false), t("`YOUR ${items} items`", false));
        assert_eq!(
            reworded_piece("your 2 items", "Hi Lin, we will dispatch YOUR 2 items within 2 days.", &was2, &now2)
                .as_deref(),
            Some("YOUR 2 items")
        );
        // Surroundings the output no longer holds: nothing.
        assert_eq!(reworded_piece("Wed 2024-03-06  ACME-12     7.50 h", text, &was, &now), None);
        // A plain text swap inside a longer piece.
        let (was, now) = (t("'your basket'", false), t("'your cart'", false));
        assert_eq!(
            reworded_piece("2 items in your basket.", "Hello! 2 items in your cart.", &was, &now).as_deref(),
            Some("2 items in your cart.")
        );
    }

    #[test]
    fn printed_pieces_and_texts() {
        let mut f = Failure::new(
            FailureKind::TestFailure,
            crate::failure::Runner::Unittest,
            "'a 7.50 h' not found in 'x\\na 7h 30m'",
        );
        assert_eq!(printed(&f), Some(("a 7.50 h".into(), "x\na 7h 30m".into())));
        f.message = "expected 'your 2 ITEMS' to contain 'your 2 items'".into();
        assert_eq!(printed(&f), Some(("your 2 items".into(), "your 2 ITEMS".into())));
        f.message = "expected 'Timesheet…' to contain 'a'".into();
        assert_eq!(printed(&f), None);
    }
}
