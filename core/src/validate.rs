//! Checks every fix must pass before it is shown as valid or written: the edits apply, stay inside the project,
//! every edited file re-parses with no new ERROR/MISSING nodes, and proposing again on the fixed text converges
//! (applying twice is a no-op).
//!
//! ```
//! use maestro_test_healer::context::{Context, GitSignals, SourceCache};
//! use maestro_test_healer::failure::{Failure, FailureKind, Runner};
//! use maestro_test_healer::fix::{Edit, Fix, StrategyKind};
//! use maestro_test_healer::validate::{check, ValidationError};
//! let cache = SourceCache::new(".");
//! cache.set_text("a.py", "x = 1\n");
//! let ctx = Context::new(&cache, GitSignals::default());
//! let failure = Failure::new(FailureKind::TestFailure, Runner::Pytest, "");
//! let breaks = Fix::new(StrategyKind::AssertionUpdate, vec![Edit::insert("a.py", 0, "(")], 0.9, "t", "");
//! assert!(matches!(check(&breaks, &failure, &ctx), Err(ValidationError::NewSyntaxErrors { .. })));
//! ```

use std::path::{Component, Path, PathBuf};

use crate::context::Context;
use crate::failure::Failure;
use crate::fix::{apply_edits, EditError, Fix};
use crate::source::{SourceError, SourceFile};

/// Directories a fix may never write into: dependencies and tool state, not the user's tests.
const PROTECTED_DIRS: &[&str] = &["node_modules", ".git", ".venv", "venv", "site-packages", ".maestro", "__pycache__"];

/// Why a fix was refused before touching any file.
#[derive(Debug, thiserror::Error)]
pub enum ValidationError {
    #[error("the fix has no edits")]
    Empty,
    #[error("{path}: outside the project or in a protected folder; fixes only edit the project's own files")]
    ForbiddenPath { path: PathBuf },
    #[error(transparent)]
    Source(#[from] SourceError),
    #[error("{path}: {source}")]
    Edit { path: PathBuf, source: EditError },
    #[error("{path}: the fixed file has {after} syntax errors where the original had {before}")]
    NewSyntaxErrors { path: PathBuf, before: usize, after: usize },
    #[error("{path}: the fix changes nothing")]
    NoChange { path: PathBuf },
    #[error("applying the fix a second time would change the file again; refusing a fix that does not converge")]
    NotIdempotent,
}

/// True when a project-relative path may be edited by a fix.
pub fn path_allowed(path: &Path) -> bool {
    !path.as_os_str().is_empty()
        && path.components().all(|c| match c {
            Component::Normal(p) => !PROTECTED_DIRS.iter().any(|d| p == *d),
            _ => false,
        })
}

/// The fixed text of every file the fix edits, or why it cannot be applied.
pub fn fixed_texts(fix: &Fix, ctx: &Context) -> Result<Vec<(PathBuf, String, String)>, ValidationError> {
    if fix.edits().is_empty() {
        return Err(ValidationError::Empty);
    }
    let mut out = Vec::new();
    for path in fix.paths() {
        if !path_allowed(path) {
            return Err(ValidationError::ForbiddenPath { path: path.to_path_buf() });
        }
        let original = ctx.sources.text(path)?;
        let fixed = apply_edits(&original, fix.edits_for(path))
            .map_err(|source| ValidationError::Edit { path: path.to_path_buf(), source })?;
        out.push((path.to_path_buf(), original.to_string(), fixed));
    }
    Ok(out)
}

/// Runs every static check on a fix. See the module docs.
pub fn check(fix: &Fix, failure: &Failure, ctx: &Context) -> Result<(), ValidationError> {
    // Advice (a missing package's install command, a credential to provide) edits nothing and is never applied.
    if fix.edits().is_empty() && fix.applicability() == crate::fix::Applicability::DisplayOnly {
        return Ok(());
    }
    let texts = fixed_texts(fix, ctx)?;
    let fork = ctx.sources.fork();
    for (path, original, fixed) in &texts {
        if original == fixed {
            return Err(ValidationError::NoChange { path: path.clone() });
        }
        // A golden or snapshot file has no syntax to break: only parsed sources are re-parsed.
        if crate::lang::Language::from_path(path).is_some() {
            let before = ctx.sources.get(path)?.error_count();
            let lang = ctx.sources.get(path)?.lang();
            let after = SourceFile::new(lang, path.clone(), fixed.clone())?.error_count();
            if after > before || (before > 0 && after >= before) {
                return Err(ValidationError::NewSyntaxErrors { path: path.clone(), before, after });
            }
        }
        fork.set_text(path.clone(), fixed.clone());
    }
    converges(fix, failure, ctx, &fork, &texts)
}

/// Proposing again on the fixed files must not change them further: a fix that keeps re-applying is unsafe.
fn converges(
    fix: &Fix,
    failure: &Failure,
    ctx: &Context,
    fork: &crate::context::SourceCache,
    texts: &[(PathBuf, String, String)],
) -> Result<(), ValidationError> {
    let Some(strategy) = crate::strategies::strategy(fix.strategy()) else { return Ok(()) };
    let changed: Vec<PathBuf> = texts.iter().map(|(path, _, _)| path.clone()).collect();
    let fixed_ctx = ctx.forked(fork, &changed);
    // Another kind of fix proposed from the same (now stale) failure is an alternative, not the fix re-applying
    // itself: a boundary input moved leaves the old printed values, which a value update would still read. The
    // kind is read from the title's first words ("Move the boundary", "Update the expected").
    let kind = |f: &Fix| f.title().split_whitespace().take(3).collect::<Vec<_>>().join(" ");
    let repeats = |again: &Fix| kind(again) == kind(fix);
    for again in strategy.propose(failure, &fixed_ctx).into_iter().filter(|a| repeats(a)) {
        for (path, _, fixed) in texts {
            let edits: Vec<_> = again.edits_for(path).collect();
            if edits.is_empty() {
                continue;
            }
            if apply_edits(fixed, edits).map(|t| &t != fixed).unwrap_or(false) {
                return Err(ValidationError::NotIdempotent);
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn protected_paths_are_refused() {
        assert!(path_allowed(Path::new("tests/test_a.py")));
        assert!(!path_allowed(Path::new("node_modules/x/index.ts")));
        assert!(!path_allowed(Path::new("../outside.py")));
        assert!(!path_allowed(Path::new("/abs/a.py")));
        assert!(!path_allowed(Path::new(".venv/lib/a.py")));
    }
}
