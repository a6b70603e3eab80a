//! `auto_commit`: commits the files a repair changed on a branch `maestro/heal-<id>` without touching the
//! working tree, the current branch or the user's index (a private index file and git plumbing).
//!
//! ```no_run
//! let sha = maestro_cars::gitcommit::commit_on_branch(
//!     "/repo".as_ref(), "maestro/heal-abc", &["tests/test_a.py".into()], "maestro: heal").unwrap();
//! ```

use std::path::{Path, PathBuf};
use std::process::Command;

/// Why the commit was not made.
#[derive(Debug, thiserror::Error)]
pub enum GitError {
    #[error("git {args}: {message}")]
    Failed { args: String, message: String },
    #[error("cannot run git: {0}")]
    Spawn(std::io::Error),
}

fn git(root: &Path, index: Option<&Path>, args: &[&str]) -> Result<String, GitError> {
    let mut cmd = Command::new("git");
    cmd.arg("-C").arg(root).args(args);
    if let Some(index) = index {
        cmd.env("GIT_INDEX_FILE", index);
    }
    // The bot authors its own commits: honest, and works where no identity is configured.
    for (k, v) in [
        ("GIT_AUTHOR_NAME", "maestro-cars"),
        ("GIT_AUTHOR_EMAIL", "maestro-cars@localhost"),
        ("GIT_COMMITTER_NAME", "maestro-cars"),
        ("GIT_COMMITTER_EMAIL", "maestro-cars@localhost"),
    ] {
        cmd.env(k, v);
    }
    let out = cmd.output().map_err(GitError::Spawn)?;
    if !out.status.success() {
        return Err(GitError::Failed {
            args: args.join(" "),
            message: String::from_utf8_lossy(&out.stderr).trim().to_string(),
        });
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// Commits `files` (project-relative, as they are on disk now) on top of HEAD as branch `branch`; returns the
/// commit id.
pub fn commit_on_branch(root: &Path, branch: &str, files: &[PathBuf], message: &str) -> Result<String, GitError> {
    let parent = git(root, None, &["rev-parse", "--verify", "HEAD"])?;
    let index =
        std::env::temp_dir().join(format!("maestro-cars-index-{}-{}", std::process::id(), crate::ids::new_id()));
    let result = (|| {
        git(root, Some(&index), &["read-tree", &parent])?;
        let mut add = vec!["add", "--"];
        let names: Vec<String> = files.iter().map(|f| f.to_string_lossy().into_owned()).collect();
        add.extend(names.iter().map(String::as_str));
        git(root, Some(&index), &add)?;
        let tree = git(root, Some(&index), &["write-tree"])?;
        let commit = git(root, None, &["commit-tree", &tree, "-p", &parent, "-m", message])?;
        git(root, None, &["update-ref", &format!("refs/heads/{branch}"), &commit])?;
        Ok(commit)
    })();
    let _ = std::fs::remove_file(&index);
    result
}
