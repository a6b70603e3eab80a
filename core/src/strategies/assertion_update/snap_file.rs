//! Snapshot files: `expect(x).toMatchSnapshot()` compared with `__snapshots__/<test file>.snap`. Like `vitest -u`
//! for the one failing snapshot: its entry (`exports[`renderTable > orders 1`] = `...`;`) is rewritten with the
//! received value, the file's other entries untouched, when the entry holds exactly the printed expected value
//! and the change since the test explains the new one (the same intent rules as any expected value).
//!
//! **When it refuses**: the message names no snapshot, the file or entry is missing, the printed diff does not
//! hold the entry's whole content (collapsed or cut short), the `.snap` file has uncommitted edits, or the
//! evidence says the old output was right.

use std::path::{Path, PathBuf};

use super::{grade, judge};
use crate::context::Context;
use crate::failure::{Failure, FailureKind};
use crate::fix::{Edit, Fix, StrategyKind};
use crate::strategies::value::Value;

/// The fix rewriting the failing snapshot's entry in its `.snap` file.
pub(super) fn propose(failure: &Failure, ctx: &Context) -> Option<Fix> {
    if failure.kind != FailureKind::TestFailure || ctx.observed.flipped() {
        return None;
    }
    let key = failure.message.split("Snapshot `").nth(1)?.rsplit_once("` mismatched")?.0;
    let (received, expected) = super::snapshot::diff_texts(&failure.raw)?;
    if received == expected {
        return None;
    }
    let rel = failure.file.as_deref().and_then(|f| ctx.sources.relative(f))?;
    let snap = snap_path(&rel)?;
    if ctx.git.dirty.contains(&snap) {
        return None;
    }
    let text = ctx.sources.text(&snap).ok()?;
    let range = entry(&text, key)?;
    let content = unescape(text.get(range.clone())?);
    if content.strip_prefix('\n').and_then(|c| c.strip_suffix('\n')) != Some(expected.as_str()) {
        return None;
    }
    let src = ctx.sources.get(&rel).ok()?;
    let unquote = |t: &str| Value::Str(t.strip_prefix('"').and_then(|t| t.strip_suffix('"')).unwrap_or(t).to_string());
    let (intent, verdict) = judge(&src, &rel, failure, ctx, (&unquote(&received), &unquote(&expected)));
    let (base, applicability, why) = grade(intent, verdict);
    let shown = snap.display();
    Some(
        Fix::new(
            StrategyKind::AssertionUpdate,
            vec![Edit::replace(&snap, range, escape(&format!("\n{received}\n")))],
            base,
            format!("Update snapshot `{key}` in {shown}"),
            format!("The snapshot `{key}` in {shown} holds the old output; {why}."),
        )
        .with_applicability(applicability),
    )
}

/// `test/__snapshots__/table.test.ts.snap` for `test/table.test.ts`.
fn snap_path(test: &Path) -> Option<PathBuf> {
    let name = test.file_name()?.to_str()?;
    Some(test.parent().unwrap_or(Path::new("")).join("__snapshots__").join(format!("{name}.snap")))
}

/// The byte range of the template content of `exports[`key`] = `...`;` (between its backticks).
fn entry(text: &str, key: &str) -> Option<std::ops::Range<usize>> {
    let head = format!("exports[`{}`] = `", escape(key));
    let start = text.find(&head)? + head.len();
    let bytes = text.as_bytes();
    let mut i = start;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'`' => return Some(start..i),
            _ => i += 1,
        }
    }
    None
}

/// A template literal's escapes as vitest writes snapshot entries: `\`, a backtick and `${`.
fn escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('`', "\\`").replace("${", "\\${")
}

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(n) = chars.next() {
                out.push(n);
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::{GitSignals, SourceCache};
    use crate::failure::Runner;

    const SNAP: &str = "// Vitest Snapshot v1\n\nexports[`table > orders 1`] = `\n\"qty | sku\n3   | KB-101\"\n`;\n\n\
                        exports[`table > other 1`] = `\"x \\` y\"`;\n";

    fn failure(raw: &str) -> Failure {
        let mut f = Failure::new(FailureKind::TestFailure, Runner::Vitest, "Snapshot `table > orders 1` mismatched");
        f.file = Some("test/table.test.ts".into());
        f.line = Some(2);
        f.raw = raw.into();
        f
    }

    fn ctx_for(cache: &SourceCache) -> Context<'_> {
        cache.set_text("test/table.test.ts", "test('orders', () => {\n  expect(render()).toMatchSnapshot();\n});\n");
        cache.set_text("test/__snapshots__/table.test.ts.snap", SNAP);
        Context::new(cache, GitSignals::default())
    }

    #[test]
    fn the_failing_entry_is_rewritten_and_the_others_kept() {
        let cache = SourceCache::new("/nonexistent");
        let ctx = ctx_for(&cache);
        let raw = "Error: Snapshot `table > orders 1` mismatched\n\n- Expected\n+ Received\n\n  \"qty | sku\n- 3   | KB-101\"\n+   3 | KB-101\"\n\n ❯ test/table.test.ts:2:20\n";
        let fix = propose(&failure(raw), &ctx).unwrap();
        let fixed = crate::fix::apply_edits(SNAP, fix.edits()).unwrap();
        assert_eq!(fixed, SNAP.replace("3   | KB-101\"\n`;", "  3 | KB-101\"\n`;"));
        assert_eq!(fix.edits()[0].path, Path::new("test/__snapshots__/table.test.ts.snap"));
    }

    #[test]
    fn a_diff_not_holding_the_whole_entry_or_a_dirty_file_proposes_nothing() {
        let cache = SourceCache::new("/nonexistent");
        let ctx = ctx_for(&cache);
        let cut = "Error: Snapshot `table > orders 1` mismatched\n\n- Expected\n+ Received\n\n- 3   | KB-101\"\n+   3 | KB-101\"\n\n ❯ test/table.test.ts:2:20\n";
        assert!(propose(&failure(cut), &ctx).is_none());
        let mut git = GitSignals::default();
        git.dirty.insert("test/__snapshots__/table.test.ts.snap".into());
        let ctx = Context::new(&cache, git);
        let raw = "Error: Snapshot `table > orders 1` mismatched\n\n- Expected\n+ Received\n\n  \"qty | sku\n- 3   | KB-101\"\n+   3 | KB-101\"\n\n ❯ test/table.test.ts:2:20\n";
        assert!(propose(&failure(raw), &ctx).is_none());
    }

    #[test]
    fn entries_are_found_past_escaped_backticks() {
        assert_eq!(entry("exports[`a 1`] = `x \\` y`;\n", "a 1"), Some(18..24));
        assert_eq!(unescape("x \\` y \\${z}"), "x ` y ${z}");
        assert_eq!(escape("x ` y ${z}"), "x \\` y \\${z}");
    }
}
