//! `CARS_ALLOWED_ROOTS`: a project path is accepted only when its canonical form (symlinks resolved, `..`
//! folded) lies under one of the canonical allowed roots.
//!
//! ```
//! let dir = tempfile::tempdir().unwrap();
//! std::fs::create_dir(dir.path().join("p")).unwrap();
//! let roots = maestro_cars::roots::AllowedRoots::new(&[dir.path().to_path_buf()]);
//! assert!(roots.check(&dir.path().join("p")).is_ok());
//! assert!(roots.check(&dir.path().join("p/../..")).is_err());
//! ```

use std::path::{Path, PathBuf};

/// Why a project path was refused.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum RootError {
    #[error("{0}: no such folder")]
    Missing(PathBuf),
    #[error("{path} resolves to {resolved}, outside the allowed roots ({roots}); set CARS_ALLOWED_ROOTS to allow it")]
    Outside { path: PathBuf, resolved: PathBuf, roots: String },
    #[error("the path must be absolute: {0}")]
    Relative(PathBuf),
}

/// The canonical allowed roots.
#[derive(Debug, Clone)]
pub struct AllowedRoots {
    roots: Vec<PathBuf>,
}

impl AllowedRoots {
    /// Roots that do not exist are dropped: nothing can lie under them.
    pub fn new(roots: &[PathBuf]) -> Self {
        AllowedRoots { roots: roots.iter().filter_map(|r| std::fs::canonicalize(r).ok()).collect() }
    }

    /// The canonical folder, when it lies under an allowed root.
    pub fn check(&self, path: &Path) -> Result<PathBuf, RootError> {
        if !path.is_absolute() {
            return Err(RootError::Relative(path.to_path_buf()));
        }
        let resolved = std::fs::canonicalize(path).map_err(|_| RootError::Missing(path.to_path_buf()))?;
        if !resolved.is_dir() {
            return Err(RootError::Missing(path.to_path_buf()));
        }
        if self.roots.iter().any(|r| resolved.starts_with(r)) {
            Ok(resolved)
        } else {
            let roots = self.roots.iter().map(|r| r.display().to_string()).collect::<Vec<_>>().join(":");
            Err(RootError::Outside { path: path.to_path_buf(), resolved, roots })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_symlink_out_of_the_root_is_refused() {
        let allowed = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(outside.path(), allowed.path().join("link")).unwrap();
        let roots = AllowedRoots::new(&[allowed.path().to_path_buf()]);
        assert!(matches!(roots.check(&allowed.path().join("link")), Err(RootError::Outside { .. })));
        assert!(matches!(roots.check(Path::new("relative")), Err(RootError::Relative(_))));
    }
}
