//! The healer's own folder in a project, `.maestro/` (lock, backup, pattern history). It is created with a
//! `.gitignore` of `*` inside, as pytest and ruff do for their caches, so `git status` never shows it and
//! `git add -A` never commits it.
//!
//! ```
//! let dir = tempfile::tempdir().unwrap();
//! let state = maestro_test_healer::state::ensure(dir.path()).unwrap();
//! assert_eq!(std::fs::read_to_string(state.join(".gitignore")).unwrap(), "*\n");
//! ```

use std::path::{Path, PathBuf};

/// The folder's name, relative to the project root.
pub const DIR: &str = ".maestro";

/// What `.maestro/.gitignore` holds: ignore everything in the folder, the `.gitignore` included.
const GITIGNORE: &str = "*\n";

/// Creates `.maestro/` under `root` if needed and makes sure it ignores itself; returns its path.
pub fn ensure(root: &Path) -> std::io::Result<PathBuf> {
    let dir = root.join(DIR);
    std::fs::create_dir_all(&dir)?;
    let ignore = dir.join(".gitignore");
    // Also for a folder an older version created without one. Never rewritten once present: the user may
    // have chosen to track part of it.
    if !ignore.exists() {
        std::fs::write(&ignore, GITIGNORE)?;
    }
    Ok(dir)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn creates_the_folder_ignoring_itself_and_keeps_a_users_gitignore() {
        let dir = tempfile::tempdir().unwrap();
        let state = ensure(dir.path()).unwrap();
        assert_eq!(std::fs::read_to_string(state.join(".gitignore")).unwrap(), "*\n");
        std::fs::write(state.join(".gitignore"), "lock\n").unwrap();
        ensure(dir.path()).unwrap();
        assert_eq!(std::fs::read_to_string(state.join(".gitignore")).unwrap(), "lock\n");
    }
}
