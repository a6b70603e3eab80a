//! The healer learns from outcomes: a pattern users keep rejecting falls below the apply threshold, one they
//! keep accepting rises above it.

use maestro_test_healer::confidence::DEFAULT_THRESHOLD;
use maestro_test_healer::context::{Context, GitSignals, SourceCache};
use maestro_test_healer::failure::{parse, Failure, FailureKind, Runner};
use maestro_test_healer::patterns::{Outcome, PatternKey, PatternStore};
use maestro_test_healer::strategies::propose_with;

fn best_confidence(failure: &Failure, ctx: &Context, store: &PatternStore) -> (f64, PatternKey) {
    let fixes = propose_with(failure, ctx, store);
    let fix = fixes.first().expect("a fix");
    (fix.confidence(), PatternKey::of(failure, fix))
}

#[test]
fn rejections_push_a_fix_below_the_threshold() {
    let cache = SourceCache::new("/nonexistent");
    cache.set_text("tests/test_cart.py", "def test_total()\n    assert 1 + 1 == 2\n");
    let ctx = Context::new(&cache, GitSignals::default());
    let mut failure = Failure::new(FailureKind::SyntaxError, Runner::Pytest, "expected ':'");
    failure.error_type = Some("SyntaxError".into());
    failure.file = Some("tests/test_cart.py".into());
    failure.line = Some(1);

    let mut store = PatternStore::default();
    let (fresh, key) = best_confidence(&failure, &ctx, &store);
    assert!(fresh >= DEFAULT_THRESHOLD, "a well-evidenced fix starts above the threshold: {fresh}");
    let mut last = fresh;
    for _ in 0..3 {
        store.record_outcome(&key, Outcome::Rejected);
        let (c, _) = best_confidence(&failure, &ctx, &store);
        assert!(c < last, "each rejection lowers the confidence ({c} after {last})");
        last = c;
    }
    assert!(last < DEFAULT_THRESHOLD, "after three rejections it is no longer applied: {last}");
}

#[test]
fn acceptances_lift_a_fix_above_the_threshold() {
    // An assertion update without git evidence that the code changed starts below the threshold.
    let cache = SourceCache::new("/nonexistent");
    cache.set_text("tests/test_price.py", "from shop import price\n\n\ndef test_price():\n    assert price(2) == 4\n");
    let ctx = Context::new(&cache, GitSignals::default());
    let out = "tests/test_price.py:5: in test_price\n    assert price(2) == 4\nE   assert 5 == 4\n\
E    +  where 5 = price(2)\nFAILED tests/test_price.py::test_price - assert 5 == 4\n========= 1 failed in 0.01s =========\n";
    let failure = parse(out, Some(Runner::Pytest)).expect("parse").remove(0);

    let mut store = PatternStore::default();
    let (fresh, key) = best_confidence(&failure, &ctx, &store);
    assert!(fresh < DEFAULT_THRESHOLD, "without evidence the update is not applied: {fresh}");
    let mut last = fresh;
    for _ in 0..4 {
        store.record_outcome(&key, Outcome::Accepted);
        let (c, _) = best_confidence(&failure, &ctx, &store);
        assert!(c > last, "each acceptance raises the confidence ({c} after {last})");
        last = c;
    }
    assert!(last >= DEFAULT_THRESHOLD, "after four acceptances it is applied: {last}");
}
