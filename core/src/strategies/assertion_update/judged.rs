//! The intent rules of a value update, shared by the shapes that find the stale literal elsewhere than beside
//! `==` (a reworded exception message, a computed expectation, an argument of the project's own assert helper):
//! the same git intent, the same [`evidence`](super::evidence) verdict, the same notes, so every shape refuses
//! what a literal on the assertion line would.

use std::path::Path;

use tree_sitter::Node;

use super::evidence::{self, Verdict};
use crate::context::{ChangeIntent, Context};
use crate::source::SourceFile;
use crate::strategies::value::Value;

/// Which side changed last, and what the change says about `new_value` replacing `old_value` in the test
/// `test_node` of `src` (at `rel`).
pub(super) fn judged(
    src: &SourceFile,
    rel: &Path,
    test_node: Option<Node>,
    ctx: &Context,
    (new_value, old_value): (&Value, &Value),
) -> (ChangeIntent, Verdict) {
    let intent = ctx.git.intent_for(rel);
    let current = |p: &Path| ctx.sources.get(p).ok().map(|s| s.text().to_string());
    let hunks = ctx.git.changes_since(rel);
    let verdict = evidence::judge_with(src, test_node, &hunks, &ctx.change, (new_value, old_value), &current);
    let notes = ctx.git.notes_since(rel);
    let by_change = ctx.git.notes_by_change(rel);
    let refactoring = evidence::refactoring(&by_change);
    let record = evidence::Record { notes: &notes, uncommitted: ctx.git.all_uncommitted(&hunks), refactoring };
    let verdict = evidence::settle(verdict, &hunks, record, (new_value, old_value));
    let said = (notes.as_slice(), ctx.git.release_notes_since(rel));
    let verdict =
        super::notes::weigh(verdict, src, test_node, (said.0, &said.1), &ctx.change, &hunks, (new_value, old_value));
    (intent, verdict)
}
