//! The input projects: scenario folders (their `base/`, else `project/` with `reference.patch` applied) and
//! plain project folders, copied to a scratch folder, checked to pass, and parsed once.

use std::path::{Path, PathBuf};
use std::time::Duration;

use maestro_test_healer::context::is_test_path;
use maestro_test_healer::lang::Language;
use maestro_test_healer::project_index::{index_file, IndexedFile, SKIP_DIRS};
use maestro_test_healer::source::SourceFile;

use super::syntax::has_word;
use crate::eval::{git, shell, Scenario};

/// A non-test source file of a project, parsed and indexed.
pub struct Unit {
    pub rel: PathBuf,
    pub src: SourceFile,
    pub index: IndexedFile,
}

/// A passing project the refactorings start from.
pub struct Project {
    /// Scenario id or folder name.
    pub name: String,
    pub python: bool,
    pub command: String,
    /// The prepared, passing copy (never edited: each case copies it).
    pub root: PathBuf,
    pub sources: Vec<Unit>,
    /// Every test file's text, joined: "is this name used by a test?".
    pub test_text: String,
    /// Every source and test file's text, joined: "is this new name free?".
    pub all_text: String,
    /// TypeScript imports in this project end in `.js`.
    pub js_suffix: bool,
}

impl Project {
    /// Definitions (any kind, any container) with this name.
    pub fn defs_named(&self, name: &str) -> usize {
        self.sources.iter().flat_map(|u| &u.index.symbols).filter(|s| s.name == name).count()
    }

    /// A test file mentions `name` as a word.
    pub fn tested(&self, name: &str) -> bool {
        has_word(&self.test_text, name)
    }

    /// `name` is not used anywhere in the project (a safe new name).
    pub fn free(&self, name: &str) -> bool {
        !has_word(&self.all_text, name)
    }
}

/// Expands the command-line folders: a scenario corpus (folders holding `scenario.toml`), one scenario, or a
/// plain project.
pub fn expand(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if p.join("scenario.toml").is_file() || !has_scenarios(p) {
            out.push(p.clone());
            continue;
        }
        let mut dirs: Vec<PathBuf> = std::fs::read_dir(p)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|d| d.join("scenario.toml").is_file())
            .collect();
        dirs.sort();
        out.extend(dirs);
    }
    out
}

fn has_scenarios(p: &Path) -> bool {
    std::fs::read_dir(p).into_iter().flatten().flatten().any(|e| e.path().join("scenario.toml").is_file())
}

/// Why an input was left out, or the project.
pub enum Prepared {
    Ready(Project),
    Skipped(String),
}

/// Copies `dir` into `scratch`, checks its test command passes, parses its source files.
pub fn prepare(dir: &Path, scratch: &Path, tools: Option<&Path>, path_env: &str, timeout: Duration) -> Prepared {
    let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let root = scratch.join(&name);
    let skip = |why: String| Prepared::Skipped(why);
    let (command, python) = match layout(dir, &root) {
        Ok(x) => x,
        Err(e) => return skip(e),
    };
    if !python {
        if let Some(tools) = tools {
            if root.join("package.json").exists() && !root.join("node_modules").exists() {
                let _ = std::os::unix::fs::symlink(tools.join("node/node_modules"), root.join("node_modules"));
            }
        }
    }
    let (sources, tests) = files(&root);
    let sources: Vec<Unit> = sources
        .into_iter()
        .filter(|rel| Language::from_path(rel).is_some_and(|l| l.is_python() == python))
        .filter_map(|rel| {
            let src = SourceFile::load(&root.join(&rel)).ok()?;
            let index = index_file(&rel, &src);
            Some(Unit { rel, src, index })
        })
        .collect();
    if sources.is_empty() {
        return skip("no source files".into());
    }
    match shell(&root, &command, timeout, path_env) {
        Ok(true) => {}
        Ok(false) => return skip(format!("`{command}` does not pass before any refactoring")),
        Err(e) => return skip(e),
    }
    let test_text: String = tests.iter().filter_map(|t| std::fs::read_to_string(root.join(t)).ok()).collect();
    let mut all_text = test_text.clone();
    for u in &sources {
        all_text.push_str(u.src.text());
    }
    let js_suffix = sources.iter().any(|u| u.src.text().contains(".js'") || u.src.text().contains(".js\""))
        || test_text.contains(".js'")
        || test_text.contains(".js\"");
    Prepared::Ready(Project { name, python, command, root, sources, test_text, all_text, js_suffix })
}

/// Lays the passing version of `dir` out in `root`; its test command and whether it is Python.
fn layout(dir: &Path, root: &Path) -> Result<(String, bool), String> {
    std::fs::create_dir_all(root).map_err(|e| e.to_string())?;
    if let Ok(text) = std::fs::read_to_string(dir.join("scenario.toml")) {
        let s: Scenario = toml::from_str(&text).map_err(|e| format!("scenario.toml: {e}"))?;
        if s.flaky_runs > 1 {
            return Err("flaky scenario (its tests do not pass reliably)".into());
        }
        if dir.join("base").is_dir() {
            copy(&dir.join("base"), root).map_err(|e| e.to_string())?;
        } else {
            copy(&dir.join("project"), root).map_err(|e| e.to_string())?;
            if dir.join("worktree").is_dir() {
                copy(&dir.join("worktree"), root).map_err(|e| e.to_string())?;
            }
            let patch = dir.join("reference.patch");
            let patch = std::fs::canonicalize(&patch).map_err(|e| format!("{}: {e}", patch.display()))?;
            git(root, &["apply", &patch.display().to_string()], None)?;
        }
        return Ok((s.command, s.language == "python"));
    }
    copy(dir, root).map_err(|e| e.to_string())?;
    let python = !root.join("package.json").exists();
    let command = if python {
        "python -m pytest -q -p no:cacheprovider".to_string()
    } else {
        let pkg = std::fs::read_to_string(root.join("package.json")).unwrap_or_default();
        if pkg.contains("vitest") { "vitest run" } else { "node --test" }.to_string()
    };
    Ok((command, python))
}

/// Copies a tree, leaving out tool state, dependencies and symlinks.
pub fn copy(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let name = entry.file_name();
        if crate::eval::IGNORED.iter().any(|i| name == *i) {
            continue;
        }
        let ft = entry.file_type()?;
        let target = to.join(&name);
        if ft.is_dir() {
            copy(&entry.path(), &target)?;
        } else if ft.is_file() {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// Project-relative source and test files (Python/TypeScript), dependencies and tool folders left out.
fn files(root: &Path) -> (Vec<PathBuf>, Vec<PathBuf>) {
    let (mut sources, mut tests) = (Vec::new(), Vec::new());
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else { continue };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Ok(ft) = entry.file_type() else { continue };
            let path = entry.path();
            if ft.is_dir() && !name.starts_with('.') && !SKIP_DIRS.contains(&name.as_str()) {
                stack.push(path);
            } else if ft.is_file() && Language::from_path(&path).is_some() && !name.ends_with(".d.ts") {
                let Ok(rel) = path.strip_prefix(root) else { continue };
                let config = name.starts_with("vitest.config") || name.starts_with("vite.config");
                if is_test_path(rel) {
                    tests.push(rel.to_path_buf());
                } else if !config {
                    sources.push(rel.to_path_buf());
                }
            }
        }
    }
    sources.sort();
    tests.sort();
    (sources, tests)
}
