//! `auto_commit`: commits what a repair was validated against on a branch `maestro/heal-<id>` without touching
//! the working tree, the current branch or the user's index (a private index file and git plumbing).
//!
//! ```no_run
//! let done = maestro_cars::gitcommit::commit_on_branch(
//!     "/repo".as_ref(), "maestro/heal-abc", &["tests/test_a.py".into()], "maestro: heal").unwrap();
//! println!("{} (also carries {:?})", done.sha, done.carried);
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

/// Paths never committed: the healer's and the service's own state, caches, dependencies.
const NEVER: [&str; 6] = [
    ":(exclude,glob).maestro/**",
    ":(exclude,glob).maestro-cars/**",
    ":(exclude,glob)**/__pycache__/**",
    ":(exclude,glob)**/.pytest_cache/**",
    ":(exclude,glob)**/node_modules/**",
    ":(exclude,glob).tools/**",
];

/// What [`commit_on_branch`] committed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Committed {
    pub sha: String,
    /// Files that differ from HEAD besides the healed ones: the developer's uncommitted work the fixes were
    /// validated with, carried on the branch so it passes its own tests.
    pub carried: Vec<String>,
}

/// Commits the project as it is on disk now — the healed `files` and every other uncommitted change (tracked or
/// new, minus ignored files and tool state), which is exactly what the fixes were validated against — on top of
/// HEAD as branch `branch`. The message gets a paragraph naming the carried files when there are any.
pub fn commit_on_branch(root: &Path, branch: &str, files: &[PathBuf], message: &str) -> Result<Committed, GitError> {
    let parent = git(root, None, &["rev-parse", "--verify", "HEAD"])?;
    let index =
        std::env::temp_dir().join(format!("maestro-cars-index-{}-{}", std::process::id(), crate::ids::new_id()));
    let result = (|| {
        git(root, Some(&index), &["read-tree", &parent])?;
        let mut add = vec!["add", "-A", "--", "."];
        add.extend(NEVER);
        git(root, Some(&index), &add)?;
        let changed = git(root, Some(&index), &["diff", "--cached", "--name-only", "--no-renames", &parent])?;
        let healed: Vec<String> = files.iter().map(|f| f.to_string_lossy().replace('\\', "/")).collect();
        let carried: Vec<String> =
            changed.lines().filter(|l| !l.is_empty() && !healed.iter().any(|h| h == l)).map(str::to_string).collect();
        let mut message = message.to_string();
        if !carried.is_empty() {
            message.push_str(&format!(
                "\n\nThe fixes were validated with these uncommitted changes, so this branch carries them too:\n{}",
                carried.iter().map(|c| format!("- {c}")).collect::<Vec<_>>().join("\n")
            ));
        }
        let tree = git(root, Some(&index), &["write-tree"])?;
        let sha = git(root, None, &["commit-tree", &tree, "-p", &parent, "-m", &message])?;
        git(root, None, &["update-ref", &format!("refs/heads/{branch}"), &sha])?;
        Ok(Committed { sha, carried })
    })();
    let _ = std::fs::remove_file(&index);
    result
}
