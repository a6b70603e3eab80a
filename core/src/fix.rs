//! The fix model: byte-range edits, fixes with a confidence and an applicability, and unified diffs.
//!
//! ```
//! use maestro_test_healer::fix::{Edit, Fix, StrategyKind, apply_edits};
//! let fix = Fix::new(StrategyKind::SyntaxRepair, vec![Edit::insert("a.py", 7, ":")], 0.9, "Add the missing `:`", "");
//! assert_eq!(apply_edits("def f()\n    pass\n", fix.edits()).unwrap(), "def f():\n    pass\n");
//! ```

use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The seven ways a test can be healed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StrategyKind {
    SyntaxRepair,
    DependencyFix,
    TimingAdjustment,
    AssertionUpdate,
    EnvironmentHealing,
    FlakyStabilization,
    ApiAdaptation,
}

impl StrategyKind {
    pub const ALL: [StrategyKind; 7] = [
        StrategyKind::SyntaxRepair,
        StrategyKind::DependencyFix,
        StrategyKind::TimingAdjustment,
        StrategyKind::AssertionUpdate,
        StrategyKind::EnvironmentHealing,
        StrategyKind::FlakyStabilization,
        StrategyKind::ApiAdaptation,
    ];

    /// The snake_case name used in JSON, scenario files and the pattern store.
    pub fn name(self) -> &'static str {
        match self {
            StrategyKind::SyntaxRepair => "syntax_repair",
            StrategyKind::DependencyFix => "dependency_fix",
            StrategyKind::TimingAdjustment => "timing_adjustment",
            StrategyKind::AssertionUpdate => "assertion_update",
            StrategyKind::EnvironmentHealing => "environment_healing",
            StrategyKind::FlakyStabilization => "flaky_stabilization",
            StrategyKind::ApiAdaptation => "api_adaptation",
        }
    }
}

impl std::fmt::Display for StrategyKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// How freely a fix may be applied. Ordered so that "may apply" is one comparison: `fix.applicability() >= allowed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Applicability {
    /// Shown to the user, never written: the healer is not sure enough it keeps the test's meaning.
    DisplayOnly,
    /// May change what the test checks (an expected value); applied only when confidence and validation agree.
    Unsafe,
    /// Keeps the test's meaning (a missing colon): applied whenever it validates.
    Safe,
}

/// Replace `range` (bytes) of the file at `path` with `replacement`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Edit {
    pub path: PathBuf,
    pub range: Range<usize>,
    pub replacement: String,
}

impl Edit {
    pub fn replace(path: impl Into<PathBuf>, range: Range<usize>, replacement: impl Into<String>) -> Self {
        Edit { path: path.into(), range, replacement: replacement.into() }
    }
    pub fn insert(path: impl Into<PathBuf>, at: usize, text: impl Into<String>) -> Self {
        Edit::replace(path, at..at, text)
    }
    pub fn delete(path: impl Into<PathBuf>, range: Range<usize>) -> Self {
        Edit::replace(path, range, "")
    }
    /// Bytes touched: the size measure "smallest edit" ranks by.
    pub fn size(&self) -> usize {
        self.range.len() + self.replacement.len()
    }
}

/// A proposed fix for one failure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fix {
    strategy: StrategyKind,
    edits: Vec<Edit>,
    confidence: f64,
    applicability: Applicability,
    title: String,
    rationale: String,
}

impl Fix {
    /// A fix with edits sorted by (path, start). Confidence is clamped to 0..=1.
    pub fn new(
        strategy: StrategyKind,
        mut edits: Vec<Edit>,
        confidence: f64,
        title: impl Into<String>,
        rationale: impl Into<String>,
    ) -> Self {
        edits.sort_by(|a, b| (&a.path, a.range.start).cmp(&(&b.path, b.range.start)));
        Fix {
            strategy,
            edits,
            confidence: clamp01(confidence),
            applicability: Applicability::Unsafe,
            title: title.into(),
            rationale: rationale.into(),
        }
    }

    /// Advice with no edits: shown to the user, never applied (e.g. "pip install requests").
    pub fn advice(strategy: StrategyKind, title: impl Into<String>, rationale: impl Into<String>) -> Self {
        Fix::new(strategy, Vec::new(), 0.0, title, rationale).with_applicability(Applicability::DisplayOnly)
    }

    pub fn with_applicability(mut self, applicability: Applicability) -> Self {
        self.applicability = applicability;
        self
    }

    pub fn with_confidence(mut self, confidence: f64) -> Self {
        self.confidence = clamp01(confidence);
        self
    }

    pub fn strategy(&self) -> StrategyKind {
        self.strategy
    }
    pub fn edits(&self) -> &[Edit] {
        &self.edits
    }
    pub fn confidence(&self) -> f64 {
        self.confidence
    }
    pub fn applicability(&self) -> Applicability {
        self.applicability
    }
    pub fn title(&self) -> &str {
        &self.title
    }
    pub fn rationale(&self) -> &str {
        &self.rationale
    }

    /// The distinct files this fix edits, in order.
    pub fn paths(&self) -> Vec<&Path> {
        let mut out: Vec<&Path> = self.edits.iter().map(|e| e.path.as_path()).collect();
        out.dedup();
        out
    }

    /// The edits for one file.
    pub fn edits_for<'a>(&'a self, path: &'a Path) -> impl Iterator<Item = &'a Edit> + 'a {
        self.edits.iter().filter(move |e| e.path == path)
    }

    /// Total bytes touched.
    pub fn size(&self) -> usize {
        self.edits.iter().map(Edit::size).sum()
    }
}

fn clamp01(x: f64) -> f64 {
    if x.is_nan() {
        0.0
    } else {
        x.clamp(0.0, 1.0)
    }
}

/// Why edits could not be applied to a text.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum EditError {
    #[error("edit {start}..{end} is outside the file ({len} bytes); the file changed since the fix was proposed")]
    OutOfBounds { start: usize, end: usize, len: usize },
    #[error("edit {start}..{end} splits a UTF-8 character")]
    NotCharBoundary { start: usize, end: usize },
    #[error("edits overlap at byte {at}")]
    Overlap { at: usize },
}

/// Applies edits (all for the same file, any order) to `text`.
pub fn apply_edits<'a>(text: &str, edits: impl IntoIterator<Item = &'a Edit>) -> Result<String, EditError> {
    let mut sorted: Vec<&Edit> = edits.into_iter().collect();
    sorted.sort_by_key(|e| (e.range.start, e.range.end));
    let mut out = String::with_capacity(text.len() + 64);
    let mut pos = 0;
    for e in sorted {
        let (start, end) = (e.range.start, e.range.end);
        if start > end || end > text.len() {
            return Err(EditError::OutOfBounds { start, end, len: text.len() });
        }
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            return Err(EditError::NotCharBoundary { start, end });
        }
        if start < pos {
            return Err(EditError::Overlap { at: start });
        }
        out.push_str(&text[pos..start]);
        out.push_str(&e.replacement);
        pos = end;
    }
    out.push_str(&text[pos..]);
    Ok(out)
}

/// A unified diff of one file, `a/` and `b/` prefixed like git's, with 3 lines of context.
pub fn unified_diff(path: &Path, old: &str, new: &str) -> String {
    let name = path.to_string_lossy();
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{name}"), &format!("b/{name}"))
        .to_string()
}

/// Colors a unified diff for a terminal: additions green, removals red, hunk headers cyan.
pub fn colorize_diff(diff: &str) -> String {
    let mut out = String::with_capacity(diff.len() + 256);
    for line in diff.split_inclusive('\n') {
        let color = if line.starts_with("+++") || line.starts_with("---") {
            "\x1b[1m"
        } else if line.starts_with('+') {
            "\x1b[32m"
        } else if line.starts_with('-') {
            "\x1b[31m"
        } else if line.starts_with("@@") {
            "\x1b[36m"
        } else {
            ""
        };
        if color.is_empty() {
            out.push_str(line);
        } else {
            let body = line.trim_end_matches('\n');
            out.push_str(color);
            out.push_str(body);
            out.push_str("\x1b[0m");
            if line.ends_with('\n') {
                out.push('\n');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn applies_edits_in_any_order() {
        let edits = [Edit::insert("a", 5, "!"), Edit::replace("a", 0..1, "H")];
        assert_eq!(apply_edits("hello world", &edits).unwrap(), "Hello! world");
    }

    #[test]
    fn rejects_bad_edits() {
        assert!(matches!(apply_edits("abc", &[Edit::insert("a", 9, "x")]), Err(EditError::OutOfBounds { .. })));
        assert!(matches!(apply_edits("é", &[Edit::insert("a", 1, "x")]), Err(EditError::NotCharBoundary { .. })));
        let overlapping = [Edit::replace("a", 0..2, "x"), Edit::replace("a", 1..3, "y")];
        assert!(matches!(apply_edits("abcd", &overlapping), Err(EditError::Overlap { .. })));
    }

    #[test]
    fn applicability_orders_by_freedom() {
        assert!(Applicability::Safe > Applicability::Unsafe);
        assert!(Applicability::Unsafe > Applicability::DisplayOnly);
    }

    #[test]
    fn diff_has_git_headers() {
        let d = unified_diff(Path::new("t.py"), "a\nb\n", "a\nc\n");
        assert!(d.contains("--- a/t.py") && d.contains("+++ b/t.py") && d.contains("-b\n+c\n"), "{d}");
        assert!(colorize_diff(&d).contains("\x1b[32m+c\x1b[0m"));
    }

    #[test]
    fn confidence_is_clamped() {
        let f = Fix::new(StrategyKind::SyntaxRepair, vec![], 3.0, "t", "r");
        assert_eq!(f.confidence(), 1.0);
        assert_eq!(f.with_confidence(f64::NAN).confidence(), 0.0);
    }
}
