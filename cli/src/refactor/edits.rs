//! A refactoring as data: byte-range edits per file, files created and files moved, applied to a copy of a
//! project. Pure until [`Refactoring::apply`].

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::Kind;

/// One replacement in a file's original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// What one generated case does to the project's source files.
#[derive(Debug, Clone)]
pub struct Refactoring {
    pub kind: Kind,
    /// The commit message, as a developer would write it: "Rename `add_item` to `add`".
    pub title: String,
    /// Edits by project-relative path (the path before any move).
    pub edits: BTreeMap<PathBuf, Vec<Edit>>,
    /// New files and their text.
    pub create: Vec<(PathBuf, String)>,
    /// Files moved (after the edits are applied).
    pub moves: Vec<(PathBuf, PathBuf)>,
}

impl Refactoring {
    pub fn new(kind: Kind, title: String) -> Refactoring {
        Refactoring { kind, title, edits: BTreeMap::new(), create: Vec::new(), moves: Vec::new() }
    }

    /// Replace `start..end` of `file` with `text`. An identical edit twice is kept once.
    pub fn edit(&mut self, file: &Path, start: usize, end: usize, text: impl Into<String>) {
        let e = Edit { start, end, text: text.into() };
        let list = self.edits.entry(file.to_path_buf()).or_default();
        if !list.contains(&e) {
            list.push(e);
        }
    }

    /// Applies the edits, moves and new files under `root`; the paths changed, project-relative.
    ///
    /// ```ignore
    /// let mut r = Refactoring::new(Kind::RenameFunction, "Rename".into());
    /// r.edit(Path::new("a.py"), 4, 5, "g");
    /// r.apply(root)?; // "def f(): ..." -> "def g(): ..."
    /// ```
    pub fn apply(&self, root: &Path) -> Result<(), String> {
        for (file, edits) in &self.edits {
            let path = root.join(file);
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", file.display()))?;
            let new = splice(&text, edits).map_err(|e| format!("{}: {e}", file.display()))?;
            std::fs::write(&path, new).map_err(|e| format!("{}: {e}", file.display()))?;
        }
        for (from, to) in &self.moves {
            if root.join(to).exists() {
                return Err(format!("{} already exists", to.display()));
            }
            if let Some(parent) = root.join(to).parent() {
                std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
            }
            std::fs::rename(root.join(from), root.join(to)).map_err(|e| format!("{}: {e}", from.display()))?;
        }
        for (file, text) in &self.create {
            let path = root.join(file);
            if path.exists() {
                return Err(format!("{} already exists", file.display()));
            }
            std::fs::write(&path, text).map_err(|e| format!("{}: {e}", file.display()))?;
        }
        Ok(())
    }
}

/// `text` with `edits` applied; overlapping edits are an error (a generator bug, never half-applied).
pub fn splice(text: &str, edits: &[Edit]) -> Result<String, String> {
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    sorted.sort_by_key(|e| (e.start, e.end));
    let mut out = String::with_capacity(text.len() + 64);
    let mut at = 0;
    for e in sorted {
        if e.start < at || e.end < e.start || e.end > text.len() {
            return Err(format!("overlapping or out-of-range edit at {}..{}", e.start, e.end));
        }
        out.push_str(text.get(at..e.start).ok_or("edit inside a character")?);
        out.push_str(&e.text);
        at = e.end;
    }
    out.push_str(text.get(at..).ok_or("edit inside a character")?);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splices_in_order_and_refuses_overlaps() {
        let e = |s, t, x: &str| Edit { start: s, end: t, text: x.into() };
        assert_eq!(
            splice("def f(a): f(a)", &[e(12, 13, "b"), e(4, 5, "g"), e(10, 11, "g")]).unwrap(),
            "def g(a): g(b)"
        );
        assert!(splice("abc", &[e(0, 2, "x"), e(1, 3, "y")]).is_err());
    }
}
