//! The healing strategies and their registry.
//!
//! Each strategy lives in its own file and implements [`Strategy`]. Adding one is a new file plus one line in
//! [`registry`]. A strategy returns candidate fixes best first, and nothing when it must refuse.
//!
//! ```
//! use maestro_test_healer::context::{Context, GitSignals, SourceCache};
//! use maestro_test_healer::failure::{Failure, FailureKind, Runner};
//! use maestro_test_healer::strategies::propose;
//! let cache = SourceCache::new(".");
//! cache.set_text("test_a.py", "def test_a()\n    assert 1 == 1\n");
//! let mut failure = Failure::new(FailureKind::SyntaxError, Runner::Pytest, "expected ':'");
//! failure.file = Some("test_a.py".into());
//! failure.line = Some(1);
//! let fixes = propose(&failure, &Context::new(&cache, GitSignals::default()));
//! assert_eq!(fixes[0].edits()[0].replacement, ":");
//! ```

use tree_sitter::Node;

use crate::context::Context;
use crate::failure::Failure;
use crate::fix::{Fix, StrategyKind};
use crate::source::SourceFile;

pub(crate) mod api_adaptation;
pub mod assertion_update;
mod dependency_fix;
mod environment_healing;
mod flaky_stabilization;
mod syntax_repair;
mod timing_adjustment;
pub mod value;

pub use api_adaptation::ApiAdaptation;
pub use assertion_update::AssertionUpdate;
pub use dependency_fix::DependencyFix;
pub use environment_healing::EnvironmentHealing;
pub use flaky_stabilization::FlakyStabilization;
pub use syntax_repair::SyntaxRepair;
pub use timing_adjustment::TimingAdjustment;

/// One way of healing a failure.
pub trait Strategy: Send + Sync {
    fn kind(&self) -> StrategyKind;
    /// Candidate fixes, best first; empty when this strategy does not apply or must refuse.
    fn propose(&self, failure: &Failure, ctx: &Context) -> Vec<Fix>;
    /// Whether `fix` keeps the behaviour of the code it edits (a syntax repair, a missing import), so it may be
    /// made in the project's source files and not only in tests. Off unless a strategy says so; see
    /// [`crate::eligibility`].
    fn safe_in_source(&self, _fix: &Fix, _ctx: &Context) -> bool {
        false
    }
}

/// Every strategy, in the order their proposals are considered when confidences tie.
pub fn registry() -> &'static [&'static dyn Strategy] {
    &[
        &SyntaxRepair,
        &DependencyFix,
        &ApiAdaptation,
        &EnvironmentHealing,
        &TimingAdjustment,
        &FlakyStabilization,
        &AssertionUpdate,
    ]
}

/// The strategy of a kind, if it is implemented.
pub fn strategy(kind: StrategyKind) -> Option<&'static dyn Strategy> {
    registry().iter().copied().find(|s| s.kind() == kind)
}

/// All strategies' proposals for one failure that pass [`crate::validate::check`], best first, each with the
/// combined confidence of [`crate::confidence`]: the strategy's own evidence, the classifier's probability for
/// that strategy, and the project's pattern history (`.maestro/patterns.json`).
pub fn propose(failure: &Failure, ctx: &Context) -> Vec<Fix> {
    let store = crate::patterns::PatternStore::load(ctx.sources.root());
    propose_with(failure, ctx, &store)
}

/// [`propose`] with an explicit pattern store.
pub fn propose_with(failure: &Failure, ctx: &Context, store: &crate::patterns::PatternStore) -> Vec<Fix> {
    use crate::classify::{classify, features::FeatureInput};
    let classification = classify(&FeatureInput::from_context(failure, ctx));
    let mut fixes: Vec<Fix> = Vec::new();
    // The failure where the runner lists it, then where its frames say the code broke (crate::targeting).
    for target in crate::targeting::targets(failure, ctx) {
        for strategy in registry() {
            for fix in strategy.propose(&target, ctx) {
                let Some(fix) = crate::eligibility::admit(fix, *strategy, ctx) else { continue };
                if fixes.iter().any(|f| !f.edits().is_empty() && f.edits() == fix.edits()) {
                    continue;
                }
                if crate::validate::check(&fix, &target, ctx).is_ok() {
                    fixes.push(fix);
                }
            }
        }
    }
    let mut fixes: Vec<Fix> = fixes
        .into_iter()
        .map(|fix| {
            if fix.applicability() == crate::fix::Applicability::DisplayOnly {
                return fix;
            }
            let key = crate::patterns::PatternKey::of(failure, &fix);
            let evidence = crate::confidence::Evidence {
                strategy: fix.confidence(),
                classifier: classification.probability(fix.strategy()),
                history: store.stats(&key).cloned(),
                validated: None,
            };
            let confidence = crate::confidence::combine(&evidence);
            fix.with_confidence(confidence)
        })
        .collect();
    fixes.sort_by(|a, b| b.confidence().total_cmp(&a.confidence()).then(a.size().cmp(&b.size())));
    fixes
}

/// The method of node's `assert` module a call makes (`assert.throws(...)`, `assert.strict.rejects(...)`,
/// `strict.equal(...)`, an imported bare `throws(...)`); `None` for a method of anything else.
pub(crate) fn node_assert_method<'a>(src: &'a SourceFile, call: Node) -> Option<&'a str> {
    let callee = call.child_by_field_name("function")?;
    match callee.kind() {
        "identifier" => Some(src.node_text(callee)),
        "member_expression" => {
            let object = src.node_text(callee.child_by_field_name("object")?);
            let method = src.node_text(callee.child_by_field_name("property")?);
            matches!(object, "assert" | "assert.strict" | "strict").then_some(method)
        }
        _ => None,
    }
}

/// The failing test's definition. Among the tests the id names (`file::Class::name[param]`, `file > suite > name`),
/// the one around the failing line, else the only one; failing that, the test around the failing line, else
/// the first test with that name. The id matters when the failing line is in a helper the test calls.
pub(crate) fn failing_test<'a>(src: &'a SourceFile, failure: &Failure) -> Option<Node<'a>> {
    let name = failure.test_id.as_deref().map(|id| {
        let last = id.rsplit("::").next().unwrap_or(id);
        let last = last.rsplit(" > ").next().unwrap_or(last);
        last.split('[').next().unwrap_or(last).trim().to_string()
    });
    let mut found = Vec::new();
    if let Some(name) = name.filter(|n| !n.is_empty()) {
        src.walk(|n| {
            if src.test_name(n).as_deref() == Some(name.as_str()) {
                found.push(n);
            }
            true
        });
        let on_line =
            |n: &Node| failure.line.is_some_and(|l| src.line_of(n.start_byte()) <= l && l <= src.line_of(n.end_byte()));
        if let Some(n) = found.iter().find(|n| on_line(n)) {
            return Some(*n);
        }
        if let [one] = found.as_slice() {
            return Some(*one);
        }
    }
    failure
        .line
        .and_then(|line| src.node_at(line, 0))
        .and_then(|node| src.enclosing_test(node))
        .or_else(|| found.first().copied())
}

/// Test helpers in the style of rust-analyzer's `check_fix` / `check_no_fix`.
#[cfg(test)]
pub(crate) mod check {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::context::{GitSignals, SourceCache};
    use crate::fix::apply_edits;

    /// A pytest-style equality failure at `file:line` with the printed actual and expected values.
    pub fn mismatch(file: &str, line: u32, actual: &str, expected: &str) -> Failure {
        let mut f = Failure::new(
            crate::failure::FailureKind::TestFailure,
            crate::failure::Runner::Pytest,
            format!("assert {actual} == {expected}"),
        );
        f.file = Some(file.into());
        f.line = Some(line);
        f.actual = Some(actual.into());
        f.expected = Some(expected.into());
        f
    }

    /// Asserts the strategy's best fix turns `before` into `after`, re-parses cleanly, and converges.
    #[track_caller]
    pub fn check_fix(strategy: &dyn Strategy, path: &str, before: &str, failure: &Failure, after: &str) {
        check_fix_with(strategy, path, before, failure, GitSignals::default(), after)
    }

    #[track_caller]
    pub fn check_fix_with(
        strategy: &dyn Strategy,
        path: &str,
        before: &str,
        failure: &Failure,
        git: GitSignals,
        after: &str,
    ) {
        let cache = SourceCache::new("/nonexistent");
        cache.set_text(path, before);
        let ctx = Context::new(&cache, git);
        let fixes = strategy.propose(failure, &ctx);
        let Some(fix) = fixes.first() else { panic!("no fix proposed for:\n{before}") };
        assert!(
            fix.applicability() > crate::fix::Applicability::DisplayOnly,
            "the best fix `{}` is display-only: {}",
            fix.title(),
            fix.rationale()
        );
        let fixed = apply_edits(before, fix.edits()).unwrap();
        assert_eq!(fixed, after, "fix `{}` gave the wrong result", fix.title());
        crate::validate::check(fix, failure, &ctx).unwrap_or_else(|e| panic!("fix does not validate: {e}"));
    }

    /// Asserts the strategy proposes nothing that could be applied (no fix, or only display-only fixes).
    #[track_caller]
    pub fn check_no_fix(strategy: &dyn Strategy, path: &str, before: &str, failure: &Failure) {
        check_no_fix_with(strategy, path, before, failure, GitSignals::default())
    }

    #[track_caller]
    pub fn check_no_fix_with(strategy: &dyn Strategy, path: &str, before: &str, failure: &Failure, git: GitSignals) {
        let cache = SourceCache::new("/nonexistent");
        cache.set_text(path, before);
        let ctx = Context::new(&cache, git);
        let applicable: Vec<_> = strategy
            .propose(failure, &ctx)
            .into_iter()
            .filter(|f| f.applicability() > crate::fix::Applicability::DisplayOnly)
            .collect();
        assert!(applicable.is_empty(), "expected no fix, got {:?}", applicable.first().map(|f| f.title().to_string()));
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::failure::{FailureKind, Runner};

    fn name_of(src: &SourceFile, failure: &Failure) -> Option<String> {
        failing_test(src, failure).and_then(|n| src.test_name(n))
    }

    #[test]
    fn the_failing_test_is_found_by_id_then_by_line() {
        let text = "def check(x):\n    assert x == 2\n\n\ndef test_a():\n    check(1)\n\n\n\
                    class TestB:\n    def test_a(self):\n        check(3)\n";
        let src = SourceFile::from_text("tests/test_x.py", text).unwrap();
        let mut f = Failure::new(FailureKind::TestFailure, Runner::Pytest, "assert 1 == 2");
        // The failing line is in a helper: the id names the test (two share the name; the line decides).
        f.test_id = Some("tests/test_x.py::test_a".into());
        f.line = Some(2);
        let first = failing_test(&src, &f).unwrap();
        assert_eq!(src.line_of(first.start_byte()), 5);
        f.line = Some(11);
        assert_eq!(src.line_of(failing_test(&src, &f).unwrap().start_byte()), 10);
        // No id: the test around the line.
        f.test_id = None;
        f.line = Some(6);
        assert_eq!(name_of(&src, &f).as_deref(), Some("test_a"));
        f.line = Some(2);
        assert!(failing_test(&src, &f).is_none());
        // vitest ids: the last segment.
        let ts =
            SourceFile::from_text("a.test.ts", "describe('s', () => {\n  it('adds', () => {\n    h();\n  });\n});\n")
                .unwrap();
        let mut f = Failure::new(FailureKind::TestFailure, Runner::Vitest, "x");
        f.test_id = Some("a.test.ts > s > adds".into());
        assert_eq!(name_of(&ts, &f).as_deref(), Some("adds"));
    }
}
