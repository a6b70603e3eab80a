//! Healing one failure described by hand (a file, a message, maybe a line), without running anything.
//! This is what `maestro-heal heal`, the bindings' `heal()` and the service's `/api/automation/heal` call.
//!
//! ```
//! use maestro_test_healer::{heal_one, HealRequest};
//! let req = HealRequest {
//!     file_path: "cart.test.ts".into(),
//!     source: Some("it('t', () => {\n  expect(total()).toBe(12);\n});\n".into()),
//!     error_message: "AssertionError: expected 13 to be 12".into(),
//!     line_number: Some(2),
//!     ..Default::default()
//! };
//! let result = heal_one(&req, ".".as_ref()).unwrap();
//! assert_eq!(result.fixes[0].strategy.name(), "assertion_update");
//! ```

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::context::{Context, GitSignals, SourceCache};
use crate::failure::{Failure, FailureKind, Runner};
use crate::fix::{apply_edits, unified_diff, Applicability, Edit, Fix, StrategyKind};
use crate::patterns::PatternKey;
use crate::source::SourceError;

/// One failure, as a caller describes it.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct HealRequest {
    /// The file to heal, relative to the project root (or absolute inside it).
    pub file_path: PathBuf,
    /// The file's text; read from disk when absent.
    #[serde(default)]
    pub source: Option<String>,
    pub error_message: String,
    #[serde(default)]
    pub error_type: Option<String>,
    #[serde(default)]
    pub line_number: Option<u32>,
    #[serde(default)]
    pub stack_trace: Option<String>,
}

/// A fix ready to show: its diff and the healed text of the file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ProposedFix {
    pub strategy: StrategyKind,
    pub confidence: f64,
    pub applicability: Applicability,
    pub title: String,
    pub rationale: String,
    pub diff: String,
    /// The whole healed text of `file_path`.
    pub healed_code: String,
    pub edits: Vec<Edit>,
    /// Whether the fix edits a test or the project's source (the code under test); absent for advice. Source
    /// fixes are only those that keep behaviour (see [`crate::eligibility`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub touches: Option<crate::eligibility::FileRole>,
    /// The pattern this fix belongs to (failure signature, strategy, fix shape): hand it back with
    /// [`crate::patterns::record`] to say whether the fix was accepted.
    #[serde(default)]
    pub pattern: Option<PatternKey>,
}

/// The failure as understood, and the fixes for it, best first.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct HealResult {
    pub failure: Failure,
    pub fixes: Vec<ProposedFix>,
}

/// Why a heal request could not be processed.
#[derive(Debug, thiserror::Error)]
pub enum HealError {
    #[error("{0}: the file lies outside the project root")]
    OutsideProject(PathBuf),
    #[error(transparent)]
    Source(#[from] SourceError),
    #[error("the error message is empty; pass the runner's message for the failure")]
    EmptyMessage,
    #[error("the file's text is {size} bytes, over the {limit}-byte limit")]
    TooLarge { size: usize, limit: u64 },
    #[error("{path}: a symlink to {target}, outside the project; only the project's own files are healed")]
    SymlinkOutside { path: PathBuf, target: PathBuf },
}

/// Proposes fixes for one failure. See the module docs.
pub fn heal_one(req: &HealRequest, root: &Path) -> Result<HealResult, HealError> {
    heal_one_with(req, root, false)
}

/// [`heal_one`], with `tests_only` keeping fixes to test files (`--tests-only`): a fix of the project's source is
/// then only shown (display-only), never offered as applicable.
///
/// ```
/// use maestro_test_healer::heal::{heal_one_with, HealRequest};
/// use maestro_test_healer::eligibility::FileRole;
/// use maestro_test_healer::fix::Applicability;
/// let dir = tempfile::tempdir().unwrap();
/// std::fs::create_dir_all(dir.path().join("app")).unwrap();
/// std::fs::write(dir.path().join("app/totals.py"), "def total(xs)\n    return sum(xs)\n").unwrap();
/// let req = HealRequest {
///     file_path: "app/totals.py".into(),
///     error_message: "SyntaxError: expected ':'".into(),
///     line_number: Some(1),
///     ..Default::default()
/// };
/// let fix = &heal_one_with(&req, dir.path(), false).unwrap().fixes[0];
/// assert_eq!((fix.touches, fix.applicability), (Some(FileRole::Source), Applicability::Safe));
/// let fix = &heal_one_with(&req, dir.path(), true).unwrap().fixes[0];
/// assert_eq!(fix.applicability, Applicability::DisplayOnly);
/// ```
pub fn heal_one_with(req: &HealRequest, root: &Path, tests_only: bool) -> Result<HealResult, HealError> {
    if req.error_message.trim().is_empty() && req.stack_trace.as_deref().is_none_or(|s| s.trim().is_empty()) {
        return Err(HealError::EmptyMessage);
    }
    let cache = SourceCache::new(root);
    let rel = cache.relative(&req.file_path).ok_or_else(|| HealError::OutsideProject(req.file_path.clone()))?;
    match &req.source {
        Some(text) => {
            if text.len() as u64 > crate::source::MAX_SOURCE_BYTES {
                return Err(HealError::TooLarge { size: text.len(), limit: crate::source::MAX_SOURCE_BYTES });
            }
            crate::source::SourceFile::from_text(rel.clone(), text.clone())?;
            cache.set_text(rel.clone(), text.clone());
        }
        None => {
            refuse_symlink_out(root, &rel)?;
            cache.get(&rel)?;
        }
    }
    let failure = failure_from_request(req, &rel);
    let ctx = Context::new(&cache, GitSignals::default()).with_tests_only(tests_only);
    let fixes = crate::strategies::propose(&failure, &ctx)
        .into_iter()
        .filter_map(|fix| describe(&fix, &failure, &ctx, &rel))
        .collect();
    Ok(HealResult { failure, fixes })
}

/// A path inside the project may still be a symlink to a file elsewhere: that file is not the project's to heal.
fn refuse_symlink_out(root: &Path, rel: &Path) -> Result<(), HealError> {
    let (Ok(base), Ok(target)) = (std::fs::canonicalize(root), std::fs::canonicalize(root.join(rel))) else {
        // Missing files get their own, clearer error from the loader.
        return Ok(());
    };
    if target.starts_with(&base) {
        Ok(())
    } else {
        Err(HealError::SymlinkOutside { path: rel.to_path_buf(), target })
    }
}

/// Diff and healed text of a fix for `failure`, from the texts in `ctx`.
pub fn describe(fix: &Fix, failure: &Failure, ctx: &Context, primary: &Path) -> Option<ProposedFix> {
    let mut diff = String::new();
    let mut healed_code = None;
    for path in fix.paths() {
        let original = ctx.sources.text(path).ok()?;
        let fixed = apply_edits(&original, fix.edits_for(path)).ok()?;
        diff.push_str(&unified_diff(path, &original, &fixed));
        if path == primary || healed_code.is_none() {
            healed_code = Some(fixed);
        }
    }
    if fix.edits().is_empty() {
        healed_code = ctx.sources.get(primary).ok().map(|s| s.text().to_string());
    }
    Some(ProposedFix {
        strategy: fix.strategy(),
        confidence: fix.confidence(),
        applicability: fix.applicability(),
        title: fix.title().to_string(),
        rationale: fix.rationale().to_string(),
        diff,
        healed_code: healed_code?,
        edits: fix.edits().to_vec(),
        touches: crate::eligibility::FileRole::of_fix_in(fix, ctx.sources),
        pattern: Some(PatternKey::of(failure, fix)),
    })
}

/// Builds a `Failure` from free text: the runners' own parsers first (a pasted pytest or vitest block), then
/// the message's shape.
fn failure_from_request(req: &HealRequest, rel: &Path) -> Failure {
    let text = match &req.stack_trace {
        Some(trace) if !trace.trim().is_empty() => format!("{}\n{}", trace, req.error_message),
        _ => req.error_message.clone(),
    };
    let parsed = crate::failure::parse(&text, None).ok().and_then(|v| v.into_iter().next());
    let mut failure = parsed.unwrap_or_else(|| {
        // "AttributeError: 'Cart' object has no attribute 'add_line'": the type leads the message when it was not
        // passed on its own.
        let (named, rest) = leading_error_type(&req.error_message);
        let error_type = req.error_type.clone().or(named.clone());
        let message = if named.is_some() && named == error_type { rest } else { req.error_message.trim() };
        let kind = kind_from(error_type.as_deref(), &req.error_message);
        let mut f = Failure::new(kind, Runner::Traceback, message);
        f.error_type = error_type;
        f.raw = text.clone();
        if let Some((actual, expected)) = compared_values(&req.error_message) {
            f.actual = Some(actual);
            f.expected = Some(expected);
        }
        f
    });
    failure.file = Some(rel.to_path_buf());
    if req.line_number.is_some() {
        failure.line = req.line_number;
    }
    if req.error_type.is_some() {
        failure.error_type.clone_from(&req.error_type);
    }
    failure
}

/// The exception type a message starts with (`AttributeError: ...`, `TS2339: ...`) and the text after it.
fn leading_error_type(message: &str) -> (Option<String>, &str) {
    let m = message.trim();
    let Some((head, rest)) = m.split_once(':') else { return (None, m) };
    let name = head.rsplit('.').next().unwrap_or(head);
    let is_type = name.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && (name.ends_with("Error")
            || name.ends_with("Exception")
            || name.ends_with("Warning")
            || (name.starts_with("TS") && name[2..].chars().all(|c| c.is_ascii_digit()) && name.len() > 2));
    if is_type {
        (Some(name.to_string()), rest.trim())
    } else {
        (None, m)
    }
}

fn kind_from(error_type: Option<&str>, message: &str) -> FailureKind {
    let t = error_type.unwrap_or("");
    let m = message;
    let has = |s: &str| t.contains(s) || m.contains(s);
    if has("SyntaxError") || has("IndentationError") || has("TabError") || (t.starts_with("TS1") && t.len() == 6) {
        FailureKind::SyntaxError
    } else if has("ModuleNotFoundError") || has("ImportError") || t == "TS2307" {
        FailureKind::ImportError
    } else if t.starts_with("TS") {
        FailureKind::TypeError
    } else if has("Timeout") || has("timed out") {
        FailureKind::Timeout
    } else {
        FailureKind::TestFailure
    }
}

/// `(actual, expected)` from the common one-line shapes: `assert 3 == 4`, `3 != 4`,
/// `expected 6 to be 5` / `to deeply equal`, `Expected: 5 ... Received: 6`.
pub fn compared_values(message: &str) -> Option<(String, String)> {
    let m = message.trim();
    let m = m.strip_prefix("AssertionError:").map(str::trim).unwrap_or(m);
    if let Some(rest) = m.strip_prefix("assert ") {
        let (a, e) = rest.split_once(" == ")?;
        return Some((a.trim().to_string(), e.trim().to_string()));
    }
    if let Some(rest) = m.strip_prefix("expected ") {
        for sep in [" to deeply equal ", " to strictly equal ", " to equal ", " to be "] {
            if let Some((a, e)) = rest.split_once(sep) {
                let e = e.trim().trim_end_matches(" // Object.is equality");
                return Some((a.trim().to_string(), e.trim().to_string()));
            }
        }
    }
    if let (Some(e), Some(a)) = (m.find("Expected:"), m.find("Received:")) {
        let value = |from: usize, label: usize| m[from + label..].lines().next().unwrap_or("").trim().to_string();
        return Some((value(a, 9), value(e, 9)));
    }
    let (a, e) = m.split_once(" != ")?;
    Some((a.trim().to_string(), e.trim().to_string()))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn the_exception_type_is_read_from_the_head_of_a_message() {
        assert_eq!(
            leading_error_type("AttributeError: 'C' object has no attribute 'x'"),
            (Some("AttributeError".into()), "'C' object has no attribute 'x'")
        );
        assert_eq!(leading_error_type("builtins.KeyError: 'a'"), (Some("KeyError".into()), "'a'"));
        assert_eq!(
            leading_error_type("TS2339: Property 'x' does not exist"),
            (Some("TS2339".into()), "Property 'x' does not exist")
        );
        assert_eq!(leading_error_type("assert 3 == 4"), (None, "assert 3 == 4"));
        assert_eq!(leading_error_type("Note: not a type"), (None, "Note: not a type"));
    }

    #[test]
    fn heals_a_python_syntax_error_from_text() {
        let req = HealRequest {
            file_path: "t/test_a.py".into(),
            source: Some("def test_a()\n    pass\n".into()),
            error_message: "SyntaxError: expected ':'".into(),
            line_number: Some(1),
            ..Default::default()
        };
        let r = heal_one(&req, Path::new(".")).unwrap();
        assert_eq!(r.failure.kind, FailureKind::SyntaxError);
        assert_eq!(r.fixes[0].healed_code, "def test_a():\n    pass\n");
        assert!(r.fixes[0].diff.contains("+def test_a():"));
    }

    #[test]
    fn reads_compared_values_from_messages() {
        assert_eq!(compared_values("assert 3 == 4"), Some(("3".into(), "4".into())));
        assert_eq!(compared_values("AssertionError: 'a' != 'b'"), Some(("'a'".into(), "'b'".into())));
        assert_eq!(compared_values("expected [ 1 ] to deeply equal [ 2 ]"), Some(("[ 1 ]".into(), "[ 2 ]".into())));
        assert_eq!(compared_values("Expected: 5\nReceived: 6"), Some(("6".into(), "5".into())));
        assert_eq!(compared_values("boom"), None);
    }

    #[test]
    fn rejects_empty_messages_and_escapes() {
        let mut req = HealRequest { file_path: "a.py".into(), source: Some(String::new()), ..Default::default() };
        assert!(matches!(heal_one(&req, Path::new(".")), Err(HealError::EmptyMessage)));
        req.error_message = "x".into();
        req.file_path = "../a.py".into();
        assert!(matches!(heal_one(&req, Path::new(".")), Err(HealError::OutsideProject(_))));
        req.file_path = "a.txt".into();
        assert!(matches!(heal_one(&req, Path::new(".")), Err(HealError::Source(_))));
    }
}
