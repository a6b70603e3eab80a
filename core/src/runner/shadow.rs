//! A scratch copy of the project, outside it, where candidate fixes are written and the tests re-run, so the
//! user's files are never touched by a fix that is not kept (and never at all by a dry run).
//!
//! In a git repository the copy holds what `git ls-files --cached --others --exclude-standard` lists, read from
//! the working tree: `HEAD` plus the user's uncommitted and untracked (non-ignored) files. Ignored entries are
//! linked, not copied (`node_modules`, `.venv`, build output), except caches a runner writes into
//! (`__pycache__`, `.pytest_cache`, ...), which the copy starts without. Outside git the folder is copied the same
//! way with the usual heavy folders linked. `std::fs::copy` uses `copy_file_range`, which clones the data on
//! filesystems that support it. Nothing is written into the project or its `.git`.
//!
//! A copy left behind by a killed run is removed by the next run (its name carries the dead process's id).
//!
//! ```no_run
//! use maestro_test_healer::runner::shadow::Shadow;
//! let shadow = Shadow::create(".".as_ref()).unwrap();
//! shadow.write("tests/test_a.py".as_ref(), "def test_a():\n    pass\n").unwrap();
//! // run the tests with `shadow.root()` as their working folder; the copy is removed on drop
//! ```

use std::fs;
use std::path::{Component, Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::runner::apply::{atomic_write, ApplyError};

/// Entries that are runner caches or tool state: never linked (a runner would write through the link into the
/// project) and never copied (stale bytecode must not outlive the copy's edits).
const CACHES: &[&str] =
    &[".git", ".maestro", "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".hypothesis", ".vite"];

/// Folders linked rather than copied outside git: dependencies and environments, large and read-only to tests.
const HEAVY: &[&str] = &["node_modules", ".venv", "venv", ".tox", ".nox", "target", "bower_components"];

/// A project bigger than this is not copied (the copy would cost more than it saves); validation then falls
/// back to writing in place.
const MAX_FILES: usize = 50_000;
const MAX_BYTES: u64 = 512 * 1024 * 1024;

/// The prefix of every scratch copy's folder name in the temp folder.
const PREFIX: &str = "maestro-shadow-";

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A scratch copy of a project; removed (links only, never their targets) when dropped.
#[derive(Debug)]
pub struct Shadow {
    root: PathBuf,
    project: PathBuf,
    /// Files copied and entries linked, for the report.
    pub copied: usize,
    pub linked: usize,
}

impl Shadow {
    /// Copies `project` into a fresh folder under the system temp folder. The error says why the project cannot
    /// be shadowed (too large, the temp folder inside the project, an I/O error), for the report.
    pub fn create(project: &Path) -> Result<Shadow, String> {
        let project = fs::canonicalize(project).map_err(|e| format!("{}: {e}", project.display()))?;
        let tmp = fs::canonicalize(std::env::temp_dir()).map_err(|e| format!("temp folder: {e}"))?;
        if tmp.starts_with(&project) {
            return Err(format!("the temp folder {} lies inside the project", tmp.display()));
        }
        sweep_dead(&tmp);
        let name = format!("{PREFIX}{}-{}", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed));
        let root = tmp.join(name);
        let _ = fs::remove_dir_all(&root);
        fs::create_dir(&root).map_err(|e| format!("{}: {e}", root.display()))?;
        let mut shadow = Shadow { root, project, copied: 0, linked: 0 };
        let filled = match git_entries(&shadow.project) {
            Some((files, ignored)) => shadow.fill_from_git(&files, &ignored),
            None => shadow.fill_by_walking(),
        };
        filled.map(|()| shadow)
    }

    /// The copy's root: run the tests here.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The project the copy was made from.
    pub fn project(&self) -> &Path {
        &self.project
    }

    /// Replaces a file of the copy (atomically, so a runner never reads half of it).
    pub fn write(&self, rel: &Path, text: &str) -> Result<(), ApplyError> {
        if !plain_relative(rel) {
            return Err(ApplyError::Escapes { path: rel.to_path_buf() });
        }
        let path = self.root.join(rel);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(|source| ApplyError::Io { path: dir.to_path_buf(), source })?;
        }
        // A linked entry would write through into the project: replace the link by a file.
        if fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
            fs::remove_file(&path).map_err(|source| ApplyError::Io { path: path.clone(), source })?;
        }
        atomic_write(&path, text.as_bytes())
    }

    /// Output of a run in the copy, with the copy's paths replaced by the project's, so failures point at the
    /// user's files.
    pub fn to_project_paths(&self, output: &str) -> String {
        let from = self.root.to_string_lossy();
        if output.contains(from.as_ref()) {
            output.replace(from.as_ref(), &self.project.to_string_lossy())
        } else {
            output.to_string()
        }
    }

    fn budget(&mut self, bytes: u64, total: &mut u64) -> Result<(), String> {
        *total += bytes;
        if self.copied + self.linked > MAX_FILES || *total > MAX_BYTES {
            return Err(format!(
                "the project has more than {MAX_FILES} files or {} MiB outside ignored folders",
                MAX_BYTES >> 20
            ));
        }
        Ok(())
    }

    fn fill_from_git(&mut self, files: &[PathBuf], ignored: &[PathBuf]) -> Result<(), String> {
        let mut total = 0;
        for rel in files {
            let from = self.project.join(rel);
            let Ok(meta) = fs::symlink_metadata(&from) else { continue }; // deleted in the working tree
            if !plain_relative(rel) || rel.components().any(|c| CACHES.iter().any(|n| c.as_os_str() == *n)) {
                continue;
            }
            self.budget(meta.len(), &mut total)?;
            self.place(rel, &from, &meta, false)?;
        }
        for rel in ignored {
            if !plain_relative(rel) || rel.components().any(|c| CACHES.iter().any(|n| c.as_os_str() == *n)) {
                continue;
            }
            let from = self.project.join(rel);
            let Ok(meta) = fs::symlink_metadata(&from) else { continue };
            self.budget(0, &mut total)?;
            self.place(rel, &from, &meta, true)?;
        }
        Ok(())
    }

    fn fill_by_walking(&mut self) -> Result<(), String> {
        let mut total = 0;
        let mut stack = vec![PathBuf::new()];
        while let Some(dir) = stack.pop() {
            let entries = fs::read_dir(self.project.join(&dir)).map_err(|e| format!("{}: {e}", dir.display()))?;
            for entry in entries.flatten() {
                let name = entry.file_name();
                if CACHES.iter().any(|n| name == *n) {
                    continue;
                }
                let rel = dir.join(&name);
                let from = entry.path();
                let Ok(meta) = fs::symlink_metadata(&from) else { continue };
                let heavy = meta.is_dir() && (HEAVY.iter().any(|n| name == *n) || from.join("pyvenv.cfg").exists());
                if meta.is_dir() && !heavy {
                    fs::create_dir_all(self.root.join(&rel)).map_err(|e| format!("{}: {e}", rel.display()))?;
                    stack.push(rel);
                    continue;
                }
                self.budget(if heavy { 0 } else { meta.len() }, &mut total)?;
                self.place(&rel, &from, &meta, heavy)?;
            }
        }
        Ok(())
    }

    /// Copies a file, recreates a symlink as it is, or (`link`) links to the project's entry.
    fn place(&mut self, rel: &Path, from: &Path, meta: &fs::Metadata, link: bool) -> Result<(), String> {
        let to = self.root.join(rel);
        let err = |e: std::io::Error| format!("{}: {e}", rel.display());
        if let Some(dir) = to.parent() {
            fs::create_dir_all(dir).map_err(err)?;
        }
        if meta.file_type().is_symlink() {
            let target = fs::read_link(from).map_err(err)?;
            std::os::unix::fs::symlink(target, &to).map_err(err)?;
            self.copied += 1;
        } else if link || meta.is_dir() {
            // A submodule or an ignored folder: the tests read it, the healer never edits it.
            std::os::unix::fs::symlink(from, &to).map_err(err)?;
            self.linked += 1;
        } else {
            fs::copy(from, &to).map_err(err)?;
            self.copied += 1;
        }
        Ok(())
    }
}

impl Drop for Shadow {
    fn drop(&mut self) {
        // `remove_dir_all` removes links, never what they point to.
        let _ = fs::remove_dir_all(&self.root);
    }
}

/// True for a relative path that stays inside its root.
fn plain_relative(rel: &Path) -> bool {
    !rel.as_os_str().is_empty() && rel.components().all(|c| matches!(c, Component::Normal(_)))
}

/// `(files to copy, ignored entries to link)` of a project inside a git work tree, relative to `project`;
/// `None` outside git (or without git).
fn git_entries(project: &Path) -> Option<(Vec<PathBuf>, Vec<PathBuf>)> {
    let list = |extra: &[&str]| -> Option<Vec<PathBuf>> {
        let out = Command::new("git")
            .args(["-c", "core.quotePath=off", "ls-files", "-z", "--exclude-standard"])
            .args(extra)
            .current_dir(project)
            .env("GIT_OPTIONAL_LOCKS", "0")
            .output()
            .ok()?;
        if !out.status.success() {
            return None;
        }
        let text = String::from_utf8(out.stdout).ok()?;
        let mut seen = std::collections::BTreeSet::new();
        Some(
            text.split('\0')
                .filter(|s| !s.is_empty())
                .map(|s| PathBuf::from(s.trim_end_matches('/')))
                .filter(|p| seen.insert(p.clone()))
                .collect(),
        )
    };
    let files = list(&["--cached", "--others"])?;
    let ignored = list(&["--others", "--ignored", "--directory"])?;
    Some((files, ignored))
}

/// Removes copies whose run was killed (their process no longer exists).
fn sweep_dead(tmp: &Path) {
    let Ok(entries) = fs::read_dir(tmp) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        // The pytest capture plugin's folder (runner::capture) is named the same way: a killed run leaves both.
        let rest = name.strip_prefix(PREFIX).or_else(|| name.strip_prefix(crate::runner::capture::TEMP_PREFIX));
        let Some(pid) = rest.and_then(|rest| rest.split('-').next()) else { continue };
        let ours = pid == std::process::id().to_string();
        if !ours && !pid.is_empty() && pid.chars().all(|c| c.is_ascii_digit()) && !Path::new("/proc").join(pid).exists()
        {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

/// Whether the project's tests name its own absolute path (then a copy elsewhere would test the original
/// files, not the candidate fix): the texts of the given project-relative files are searched for it.
pub fn names_its_own_path(project: &Path, files: &[PathBuf]) -> Option<PathBuf> {
    let needle = project.to_string_lossy();
    files.iter().find(|rel| fs::read_to_string(project.join(rel)).is_ok_and(|t| t.contains(needle.as_ref()))).cloned()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn git(dir: &Path, args: &[&str]) {
        let ok = Command::new("git")
            .args(["-c", "user.email=t@t", "-c", "user.name=t"])
            .args(args)
            .current_dir(dir)
            .status()
            .unwrap()
            .success();
        assert!(ok, "git {args:?}");
    }

    #[test]
    fn a_git_project_is_copied_with_uncommitted_and_untracked_files_and_links_its_ignored_folders() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path();
        fs::write(p.join(".gitignore"), "node_modules/\n*.log\n").unwrap();
        fs::write(p.join("a.py"), "x = 1\n").unwrap();
        fs::create_dir_all(p.join("tests/__pycache__")).unwrap();
        fs::write(p.join("tests/test_a.py"), "def test():\n    pass\n").unwrap();
        git(p, &["init", "-q"]);
        git(p, &["add", "-A"]);
        git(p, &["commit", "-qm", "init"]);
        fs::write(p.join("a.py"), "x = 2\n").unwrap(); // uncommitted
        fs::write(p.join("new.py"), "y = 1\n").unwrap(); // untracked
        fs::write(p.join("tests/__pycache__/test_a.pyc"), "stale").unwrap();
        fs::create_dir_all(p.join("node_modules/dep")).unwrap();
        fs::write(p.join("node_modules/dep/index.js"), "module.exports = 1\n").unwrap();
        fs::write(p.join("debug.log"), "noise").unwrap();
        let git_before = fs::read_dir(p.join(".git")).unwrap().count();

        let shadow = Shadow::create(p).unwrap();
        let s = shadow.root().to_path_buf();
        assert!(!s.starts_with(fs::canonicalize(p).unwrap()));
        assert_eq!(fs::read_to_string(s.join("a.py")).unwrap(), "x = 2\n");
        assert_eq!(fs::read_to_string(s.join("new.py")).unwrap(), "y = 1\n");
        assert!(fs::symlink_metadata(s.join("node_modules")).unwrap().file_type().is_symlink());
        assert_eq!(fs::read_to_string(s.join("node_modules/dep/index.js")).unwrap(), "module.exports = 1\n");
        assert!(!s.join("tests/__pycache__").exists(), "runner caches are not carried over");
        assert!(!s.join(".git").exists());

        shadow.write("a.py".as_ref(), "x = 3\n").unwrap();
        assert_eq!(fs::read_to_string(p.join("a.py")).unwrap(), "x = 2\n", "the project is never written");
        assert_eq!(fs::read_dir(p.join(".git")).unwrap().count(), git_before);
        let out = format!("{}/a.py:1: error", s.display());
        assert_eq!(shadow.to_project_paths(&out), format!("{}/a.py:1: error", fs::canonicalize(p).unwrap().display()));
        drop(shadow);
        assert!(!s.exists(), "the copy is removed");
        assert!(p.join("node_modules/dep/index.js").exists(), "removing the copy leaves linked folders alone");
    }

    #[test]
    fn a_folder_outside_git_is_copied_with_its_heavy_folders_linked_and_a_written_link_becomes_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path();
        fs::create_dir_all(p.join("src")).unwrap();
        fs::write(p.join("src/x.ts"), "export const x = 1;\n").unwrap();
        fs::create_dir_all(p.join(".venv/lib")).unwrap();
        fs::write(p.join(".venv/pyvenv.cfg"), "home = /usr\n").unwrap();
        std::os::unix::fs::symlink("x.ts", p.join("src/y.ts")).unwrap();
        let shadow = Shadow::create(p).unwrap();
        let s = shadow.root();
        assert!(fs::symlink_metadata(s.join(".venv")).unwrap().file_type().is_symlink());
        assert!(!fs::symlink_metadata(s.join("src/x.ts")).unwrap().file_type().is_symlink());
        assert_eq!(fs::read_link(s.join("src/y.ts")).unwrap(), PathBuf::from("x.ts"));
        shadow.write("src/y.ts".as_ref(), "export const y = 2;\n").unwrap();
        assert_eq!(fs::read_to_string(p.join("src/x.ts")).unwrap(), "export const x = 1;\n");
        assert!(shadow.write("../escape.ts".as_ref(), "").is_err());
    }

    #[test]
    fn tests_naming_the_projects_own_path_are_found() {
        let dir = tempfile::tempdir().unwrap();
        let p = fs::canonicalize(dir.path()).unwrap();
        fs::write(p.join("t.py"), format!("open('{}/data.txt')\n", p.display())).unwrap();
        fs::write(p.join("u.py"), "open('data.txt')\n").unwrap();
        assert_eq!(names_its_own_path(&p, &["u.py".into()]), None);
        assert_eq!(names_its_own_path(&p, &["u.py".into(), "t.py".into()]), Some("t.py".into()));
    }
}
