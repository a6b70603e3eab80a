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
//! - A **calibration map** (Platt scaling fitted on the scenario corpus, shipped as
//!   `core/src/classify/calibration.json`) turns the result into a probability that the fix is right. It is
//!   monotone and never moves a score across the threshold in use, so everything above about which fixes apply
//!   still holds; it only makes the number mean what it says. Refit with `bash scripts/calibration.sh --fit`;
//!   `MAESTRO_CALIBRATION=off` in the environment reports raw scores (what the fit reads).
//! - A failed **validation** caps the score at [`FAILED_VALIDATION_CAP`].
//!
//! ```
//! use maestro_test_healer::confidence::{combine, Evidence, DEFAULT_THRESHOLD};
//! let e = Evidence { strategy: 0.88, classifier: 0.1, history: None, validated: None };
//! assert!(combine(&e) >= DEFAULT_THRESHOLD); // the classifier alone cannot veto it
//! let e = Evidence { strategy: 0.70, classifier: 0.99, history: None, validated: None };
//! assert!(combine(&e) < DEFAULT_THRESHOLD); // nor carry a weak fix over the line
//! ```

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

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
    if let Some(map) = Calibration::shipped() {
        c = map.apply(c, threshold);
    }
    if e.validated == Some(false) {
        c = c.min(FAILED_VALIDATION_CAP);
    }
    clamp01(c)
}

/// How far below the threshold the map puts a fix it would otherwise have lifted over it.
const BELOW_THRESHOLD_MARGIN: f64 = 0.01;
/// The most a calibrated score claims. The map is fitted on about a hundred right fixes: that bounds the error
/// rate near 1%, it does not prove certainty, so no fix is ever reported as 1.00.
pub const CALIBRATED_CEILING: f64 = 0.99;

/// A monotone map from raw scores to calibrated probabilities: `sigmoid(a * logit(raw) + b)` (Platt scaling),
/// fitted by `scripts/calibration.py --fit` on the scenario corpus's outcomes.
///
/// ```
/// use maestro_test_healer::confidence::Calibration;
/// let map = Calibration { a: 3.8, b: -2.1, ..Default::default() };
/// assert!(map.apply(0.8, 0.75) > 0.9);  // fixes scored 0.8 were right far more often than 80% of the time
/// assert!(map.apply(0.72, 0.75) < 0.75); // but the map never lifts one over the threshold
/// ```
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Calibration {
    pub version: u32,
    /// `platt`.
    pub method: String,
    pub a: f64,
    pub b: f64,
    /// Provenance: the corpus run it was fitted on and what it measured.
    #[serde(default)]
    pub fitted_on: String,
    #[serde(default)]
    pub points: usize,
    #[serde(default)]
    pub right: usize,
    /// Expected calibration error of the raw scores, and of leave-one-out calibrated scores (10 bins).
    #[serde(default)]
    pub raw_ece: f64,
    #[serde(default)]
    pub cv_ece: f64,
}

impl Calibration {
    /// The map compiled into the crate; `None` when `MAESTRO_CALIBRATION=off` (raw scores, for refitting).
    pub fn shipped() -> Option<&'static Calibration> {
        static MAP: OnceLock<Option<Calibration>> = OnceLock::new();
        MAP.get_or_init(|| {
            if std::env::var("MAESTRO_CALIBRATION").is_ok_and(|v| v == "off") {
                return None;
            }
            // Checked by `shipped_calibration_loads`; a broken file means raw scores, not a panic.
            serde_json::from_str::<Calibration>(include_str!("classify/calibration.json")).ok()
        })
        .as_ref()
    }

    /// The calibrated score of a raw one, on the same side of `threshold` as the raw score.
    pub fn apply(&self, raw: f64, threshold: f64) -> f64 {
        let r = clamp01(raw).clamp(1e-6, 1.0 - 1e-6);
        let z = self.a * (r / (1.0 - r)).ln() + self.b;
        let p = (1.0 / (1.0 + (-z).exp())).min(CALIBRATED_CEILING);
        if raw >= threshold {
            p.max(threshold)
        } else {
            p.min(threshold - BELOW_THRESHOLD_MARGIN).max(0.0)
        }
    }
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

    /// The README tells users what a raw score prints as; a refit of the map must update that table.
    #[test]
    fn readme_table_matches_the_shipped_map() {
        let readme = include_str!("../../README.md");
        let table = readme.split("<!-- calibration-table -->").nth(1).expect("README has the calibration table");
        let row = |name: &str| -> Vec<String> {
            let line = table.lines().find(|l| l.starts_with(&format!("| {name} |"))).expect("table row");
            line.split('|').skip(2).map(|c| c.trim().to_string()).filter(|c| !c.is_empty()).collect()
        };
        let (raw, printed) = (row("raw"), row("printed"));
        assert_eq!(raw.len(), printed.len());
        let map = Calibration::shipped().expect("shipped map loads");
        for (r, p) in raw.iter().zip(&printed) {
            let r: f64 = r.trim_end_matches(" and above").parse().expect("raw score");
            let shown = format!("{:.2}", map.apply(r, DEFAULT_THRESHOLD));
            assert_eq!(&shown, p, "README says raw {r} prints {p}, the map gives {shown}");
        }
    }

    fn stats(accepted: u32, rejected: u32) -> PatternStats {
        PatternStats { accepted, rejected, ..Default::default() }
    }

    #[test]
    fn classifier_never_crosses_the_threshold() {
        for s in [0.75, 0.86, 0.9, 0.95] {
            let mut last = 0.0;
            for p in [0.0, 0.3, 1.0] {
                let c = combine(&Evidence { strategy: s, classifier: p, ..Default::default() });
                assert!(c >= DEFAULT_THRESHOLD, "s={s} p={p} c={c}");
                assert!(c >= last, "a likelier strategy never scores lower: s={s} p={p} c={c} < {last}");
                last = c;
            }
        }
        for s in [0.0, 0.5, 0.68, 0.74] {
            let c = combine(&Evidence { strategy: s, classifier: 1.0, ..Default::default() });
            assert!(c < DEFAULT_THRESHOLD, "s={s} c={c}");
        }
    }

    #[test]
    fn shipped_calibration_loads_and_keeps_sides() {
        let map = Calibration::shipped().expect("calibration.json parses");
        assert_eq!(map.method, "platt");
        assert!(map.a > 0.0, "the map must be increasing");
        for t in [0.5, 0.75, 0.9] {
            let mut last = 0.0;
            for i in 0..=100 {
                let raw = f64::from(i) / 100.0;
                let c = map.apply(raw, t);
                assert_eq!(c >= t, raw >= t, "raw {raw} crossed threshold {t}: {c}");
                assert!((0.0..=1.0).contains(&c) && c >= last, "not monotone at {raw}: {c} < {last}");
                last = c;
            }
        }
        assert_eq!(map.apply(1.0, DEFAULT_THRESHOLD), CALIBRATED_CEILING, "no fix is reported as certain");
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
