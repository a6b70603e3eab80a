//! One confidence per fix, from the strategy's own evidence, the classifier and the pattern history.
//!
//! - The **strategy's confidence** carries its own evidence (how exact the match was, edit size, git intent).
//!   It decides which side of the apply threshold a fix starts on.
//! - The **classifier's probability** that this strategy is the right one for the failure can only lower the
//!   score within its band: at most by [`CLASSIFIER_WEIGHT`], never below the threshold for a fix that started
//!   above it, and never raising a fix that started below it. A classifier can rank and discount; it cannot
//!   make a refused or low-evidence fix apply, nor veto a well-evidenced one.
//! - The **pattern history** (outcomes users gave fixes of the same shape for the same kind of failure) is a
//!   Beta posterior whose prior is the score above with strength [`PRIOR_STRENGTH`]: repeated rejections pull a
//!   pattern below the threshold, repeated acceptances lift it above. This is the only signal allowed to cross
//!   the threshold in either direction.
//! - A failed **validation** caps the score at [`FAILED_VALIDATION_CAP`].
//!
//! ```
//! use maestro_test_healer::confidence::{combine, Evidence, DEFAULT_THRESHOLD};
//! let e = Evidence { strategy: 0.88, classifier: 0.1, history: None, validated: None };
//! assert!(combine(&e) >= DEFAULT_THRESHOLD); // the classifier alone cannot veto it
//! let e = Evidence { strategy: 0.70, classifier: 0.99, history: None, validated: None };
//! assert!(combine(&e) < DEFAULT_THRESHOLD); // nor carry a weak fix over the line
//! ```

use crate::patterns::PatternStats;

/// The default apply threshold (the CLI's `--threshold`).
pub const DEFAULT_THRESHOLD: f64 = 0.75;
/// How much a classifier that gives the strategy probability 0 discounts the score.
pub const CLASSIFIER_WEIGHT: f64 = 0.1;
/// Pseudo-observations the prior (the score before history) is worth.
pub const PRIOR_STRENGTH: f64 = 4.0;
/// A fix whose re-run failed is at most this confident.
pub const FAILED_VALIDATION_CAP: f64 = 0.2;

/// What is known about one fix.
#[derive(Debug, Clone, Default)]
pub struct Evidence {
    /// The strategy's own confidence.
    pub strategy: f64,
    /// The classifier's probability for the fix's strategy.
    pub classifier: f64,
    /// Outcomes of the same pattern before.
    pub history: Option<PatternStats>,
    /// Whether re-running the failing tests with the fix passed, once known.
    pub validated: Option<bool>,
}

/// The combined confidence in 0..=1 at the default threshold.
pub fn combine(e: &Evidence) -> f64 {
    combine_at(e, DEFAULT_THRESHOLD)
}

/// The combined confidence for an apply threshold.
pub fn combine_at(e: &Evidence, threshold: f64) -> f64 {
    let s = clamp01(e.strategy);
    let p = clamp01(e.classifier);
    let mut c = s * (1.0 - CLASSIFIER_WEIGHT * (1.0 - p));
    if s >= threshold {
        c = c.max(threshold);
    }
    if let Some(h) = &e.history {
        let (a, r) = (h.successes(), h.failures());
        c = (c * PRIOR_STRENGTH + a) / (PRIOR_STRENGTH + a + r);
    }
    if e.validated == Some(false) {
        c = c.min(FAILED_VALIDATION_CAP);
    }
    clamp01(c)
}

fn clamp01(v: f64) -> f64 {
    if v.is_nan() {
        0.0
    } else {
        v.clamp(0.0, 1.0)
    }
}

/// Expected calibration error: the bin-weighted gap between mean confidence and accuracy, `bins` equal-width
/// bins over 0..1. Also returns the per-bin (mean confidence, accuracy, count) for a reliability diagram.
pub fn calibration(points: &[(f64, bool)], bins: usize) -> (f64, Vec<(f64, f64, usize)>) {
    let bins = bins.max(1);
    let mut acc = vec![(0.0, 0.0, 0usize); bins];
    for &(c, right) in points {
        let i = ((clamp01(c) * bins as f64) as usize).min(bins - 1);
        acc[i].0 += c;
        acc[i].1 += if right { 1.0 } else { 0.0 };
        acc[i].2 += 1;
    }
    let n = points.len().max(1) as f64;
    let mut ece = 0.0;
    let table = acc
        .into_iter()
        .map(|(sc, sr, k)| {
            if k == 0 {
                return (0.0, 0.0, 0);
            }
            let (mc, ma) = (sc / k as f64, sr / k as f64);
            ece += (k as f64 / n) * (mc - ma).abs();
            (mc, ma, k)
        })
        .collect();
    (ece, table)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stats(accepted: u32, rejected: u32) -> PatternStats {
        PatternStats { accepted, rejected, ..Default::default() }
    }

    #[test]
    fn classifier_never_crosses_the_threshold() {
        for s in [0.75, 0.86, 0.9, 0.95] {
            for p in [0.0, 0.3, 1.0] {
                let c = combine(&Evidence { strategy: s, classifier: p, ..Default::default() });
                assert!(c >= DEFAULT_THRESHOLD && c <= s, "s={s} p={p} c={c}");
            }
        }
        for s in [0.0, 0.5, 0.68, 0.74] {
            let c = combine(&Evidence { strategy: s, classifier: 1.0, ..Default::default() });
            assert!(c <= s + 1e-12, "s={s} c={c}");
        }
    }

    #[test]
    fn history_moves_a_pattern_across_the_threshold() {
        let rejected = Evidence { strategy: 0.9, classifier: 0.9, history: Some(stats(0, 3)), validated: None };
        assert!(combine(&rejected) < DEFAULT_THRESHOLD);
        let accepted = Evidence { strategy: 0.7, classifier: 0.9, history: Some(stats(4, 0)), validated: None };
        assert!(combine(&accepted) >= DEFAULT_THRESHOLD);
    }

    #[test]
    fn ece_of_overconfident_scores() {
        let over: Vec<(f64, bool)> = (0..10).map(|i| (0.85, i < 8)).collect();
        let (ece, _) = calibration(&over, 10);
        assert!((ece - 0.05).abs() < 1e-9);
        let (ece, bins) = calibration(&[(0.9, false), (0.9, false)], 10);
        assert!((ece - 0.9).abs() < 1e-9);
        assert_eq!(bins[9].2, 2);
    }
}
