//! A parsed source file and the node helpers strategies use to find their way around it.
//!
//! ```
//! use maestro_test_healer::source::SourceFile;
//! let src = SourceFile::from_text("tests/test_a.py", "def test_a():\n    assert f(1) == 2\n").unwrap();
//! let node = src.node_at(2, 12).unwrap();
//! assert_eq!(src.enclosing_test(node).and_then(|t| src.test_name(t)), Some("test_a".to_string()));
//! ```

use std::ops::Range;
use std::path::{Path, PathBuf};

use tree_sitter::{Node, Tree};

use crate::lang::Language;

/// Files above this size are not test files anyone wrote by hand; refusing them keeps every step fast.
pub const MAX_SOURCE_BYTES: u64 = 5 * 1024 * 1024;

/// Why a file could not be loaded as source.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    #[error("{path}: not a Python or TypeScript file (by its extension)")]
    UnknownLanguage { path: PathBuf },
    #[error("{path}: cannot read: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}: {size} bytes is over the {limit}-byte limit for source files")]
    TooLarge { path: PathBuf, size: u64, limit: u64 },
    #[error("{path}: binary file (NUL byte at offset {offset}); only text sources are healed")]
    Binary { path: PathBuf, offset: usize },
    #[error("{path}: not valid UTF-8 (first bad byte at offset {offset}); re-save it as UTF-8")]
    NotUtf8 { path: PathBuf, offset: usize },
    #[error("{path}: tree-sitter could not parse the file")]
    Unparsable { path: PathBuf },
}

/// The text of any file under the same limits as a source file (size, binary, UTF-8): golden and snapshot
/// files a test compares against are edited through this, without a syntax tree.
///
/// ```
/// let dir = tempfile::tempdir().unwrap();
/// std::fs::write(dir.path().join("weekly.txt"), "Week 11\n").unwrap();
/// assert_eq!(maestro_test_healer::source::read_text(&dir.path().join("weekly.txt")).unwrap(), "Week 11\n");
/// ```
pub fn read_text(path: &Path) -> Result<String, SourceError> {
    let io = |source| SourceError::Io { path: path.to_path_buf(), source };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > MAX_SOURCE_BYTES {
        return Err(SourceError::TooLarge { path: path.to_path_buf(), size, limit: MAX_SOURCE_BYTES });
    }
    let bytes = std::fs::read(path).map_err(io)?;
    decode(path, bytes)
}

/// Text + syntax tree + language of one file.
pub struct SourceFile {
    path: PathBuf,
    text: String,
    lang: Language,
    tree: Tree,
    /// Byte offset where each line starts: line lookups are constant-time instead of a scan from the top (they
    /// run for every statement of every block when indentation is checked).
    line_starts: Vec<usize>,
    /// [`SourceFile::error_count`], computed once: it walks the whole tree and the validator asks repeatedly.
    /// (`OnceLock`, not `OnceCell`: a `SourceFile` stays `Sync`.)
    errors: std::sync::OnceLock<usize>,
    /// [`SourceFile::indentation_issues`], computed once (a whole-tree walk).
    indentation: std::sync::OnceLock<Vec<(u32, String)>>,
}

impl std::fmt::Debug for SourceFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SourceFile").field("path", &self.path).field("lang", &self.lang).finish()
    }
}

impl SourceFile {
    /// Reads and parses a file, refusing binary, non-UTF-8 and oversized files with a clear error.
    pub fn load(path: &Path) -> Result<SourceFile, SourceError> {
        let lang =
            Language::from_path(path).ok_or_else(|| SourceError::UnknownLanguage { path: path.to_path_buf() })?;
        SourceFile::new(lang, path, read_text(path)?)
    }

    /// Parses text, taking the language from the path's extension.
    pub fn from_text(path: impl Into<PathBuf>, text: impl Into<String>) -> Result<SourceFile, SourceError> {
        let path = path.into();
        let lang = Language::from_path(&path).ok_or_else(|| SourceError::UnknownLanguage { path: path.clone() })?;
        SourceFile::new(lang, path, text.into())
    }

    /// Parses text in the given language.
    pub fn new(lang: Language, path: impl Into<PathBuf>, text: String) -> Result<SourceFile, SourceError> {
        let path = path.into();
        let tree = lang.parse(&text).ok_or_else(|| SourceError::Unparsable { path: path.clone() })?;
        Ok(SourceFile::assemble(path, text, lang, tree))
    }

    /// Like [`SourceFile::new`], for a throwaway text (a fragment tried once): the parse is not remembered for
    /// reuse, see [`Language::parse`].
    pub fn new_transient(lang: Language, path: impl Into<PathBuf>, text: String) -> Result<SourceFile, SourceError> {
        let path = path.into();
        let tree = lang.parse_transient(&text).ok_or_else(|| SourceError::Unparsable { path: path.clone() })?;
        Ok(SourceFile::assemble(path, text, lang, tree))
    }

    fn assemble(path: PathBuf, text: String, lang: Language, tree: Tree) -> SourceFile {
        let line_starts = line_starts(&text);
        let (errors, indentation) = (std::sync::OnceLock::new(), std::sync::OnceLock::new());
        SourceFile { path, text, lang, tree, line_starts, errors, indentation }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
    pub fn text(&self) -> &str {
        &self.text
    }
    pub fn lang(&self) -> Language {
        self.lang
    }
    pub fn tree(&self) -> &Tree {
        &self.tree
    }
    pub fn root(&self) -> Node<'_> {
        self.tree.root_node()
    }

    /// The source text of a node.
    pub fn node_text(&self, node: Node<'_>) -> &str {
        self.text.get(node.byte_range()).unwrap_or("")
    }

    /// Byte offset of a 1-based line and column (column counted in characters); clamped to the line's end.
    pub fn offset_of(&self, line: u32, column: u32) -> Option<usize> {
        let start = self.line_range(line)?.start;
        let line_text = self.text.get(start..self.line_range(line)?.end)?;
        let col = column.saturating_sub(1) as usize;
        let within = line_text.char_indices().nth(col).map(|(i, _)| i).unwrap_or(line_text.len());
        Some(start + within)
    }

    /// Byte range of a 1-based line, without its line terminator.
    pub fn line_range(&self, line: u32) -> Option<Range<usize>> {
        let idx = line.checked_sub(1)? as usize;
        let start = *self.line_starts.get(idx)?;
        let end = self.line_starts.get(idx + 1).copied().unwrap_or(self.text.len());
        // A file ending in a newline has no line after it (except an empty file's line 1).
        if start == self.text.len() && idx > 0 {
            return None;
        }
        let body = self.text.get(start..end)?.trim_end_matches(['\n', '\r']);
        Some(start..start + body.len())
    }

    /// The text of a 1-based line, without its terminator.
    pub fn line_text(&self, line: u32) -> Option<&str> {
        self.text.get(self.line_range(line)?)
    }

    /// 1-based line number of a byte offset.
    pub fn line_of(&self, offset: usize) -> u32 {
        let end = offset.min(self.text.len());
        // Lines starting at or before `end`; offsets on a line's terminator belong to that line.
        self.line_starts.partition_point(|&s| s <= end).max(1) as u32
    }

    /// The leading whitespace of a 1-based line.
    pub fn indent_of(&self, line: u32) -> &str {
        let text = self.line_text(line).unwrap_or("");
        &text[..text.len() - text.trim_start().len()]
    }

    /// The smallest named node at a 1-based line/column. When the column is unknown, pass 0 for the first
    /// non-blank character of the line.
    pub fn node_at(&self, line: u32, column: u32) -> Option<Node<'_>> {
        let offset = if column == 0 {
            let range = self.line_range(line)?;
            let text = self.text.get(range.clone())?;
            range.start + (text.len() - text.trim_start().len())
        } else {
            self.offset_of(line, column)?
        };
        self.root().named_descendant_for_byte_range(offset, offset)
    }

    /// Named nodes of one of `kinds` whose range overlaps the 1-based line, outermost first.
    pub fn nodes_on_line<'a>(&'a self, line: u32, kinds: &[&str]) -> Vec<Node<'a>> {
        let Some(range) = self.line_range(line) else { return Vec::new() };
        let mut out = Vec::new();
        self.walk(|node| {
            if node.end_byte() < range.start || node.start_byte() > range.end {
                return false;
            }
            if kinds.contains(&node.kind()) {
                out.push(node);
            }
            true
        });
        out
    }

    /// Visits every node depth-first; `visit` returns whether to descend into the node.
    pub fn walk<'a>(&'a self, mut visit: impl FnMut(Node<'a>) -> bool) {
        let mut cursor = self.root().walk();
        let mut descend = visit(cursor.node());
        loop {
            if descend && cursor.goto_first_child() {
                descend = visit(cursor.node());
                continue;
            }
            loop {
                if cursor.goto_next_sibling() {
                    descend = visit(cursor.node());
                    break;
                }
                if !cursor.goto_parent() {
                    return;
                }
            }
        }
    }

    /// Every ERROR and MISSING node, in source order.
    pub fn syntax_errors(&self) -> Vec<Node<'_>> {
        let mut out = Vec::new();
        if !self.root().has_error() {
            return out;
        }
        self.walk(|node| {
            if node.is_error() || node.is_missing() {
                out.push(node);
            }
            node.has_error()
        });
        out
    }

    /// How many syntax errors the file has: ERROR/MISSING nodes plus, for Python, lines indented unlike their
    /// block (tree-sitter-python accepts those; CPython does not). The measure "no new syntax errors" compares.
    pub fn error_count(&self) -> usize {
        *self.errors.get_or_init(|| self.syntax_errors().len() + self.indentation_issues().len())
    }

    /// Python statements indented unlike the other statements of their block, as `(line, expected indent)`.
    /// The block's indent is the one most of its statements use (the first one's on a tie).
    pub fn indentation_issues(&self) -> Vec<(u32, String)> {
        self.indentation.get_or_init(|| self.find_indentation_issues()).clone()
    }

    fn find_indentation_issues(&self) -> Vec<(u32, String)> {
        let mut out = Vec::new();
        if !self.lang.is_python() {
            return out;
        }
        self.walk(|node| {
            if matches!(node.kind(), "block" | "module") {
                let mut cursor = node.walk();
                let stmts: Vec<Node> = node
                    .named_children(&mut cursor)
                    .filter(|c| c.kind() != "comment" && !c.is_error())
                    .filter(|c| self.starts_line(*c))
                    .collect();
                let mut counts: Vec<(usize, usize)> = Vec::new();
                for s in &stmts {
                    let col = s.start_position().column;
                    match counts.iter_mut().find(|(c, _)| *c == col) {
                        Some((_, n)) => *n += 1,
                        None => counts.push((col, 1)),
                    }
                }
                let Some(&(block_col, _)) = counts.iter().rev().max_by_key(|(_, n)| *n) else { return true };
                let first_at = stmts.iter().find(|s| s.start_position().column == block_col);
                let indent = first_at.map(|s| self.indent_of(s.start_position().row as u32 + 1).to_string());
                for s in &stmts {
                    if s.start_position().column != block_col {
                        out.push((s.start_position().row as u32 + 1, indent.clone().unwrap_or_default()));
                    }
                }
            }
            // Blocks only occur in compound statements; the expressions that make up most of a tree hold none
            // (outside damaged parts, which are always searched).
            node.has_error() || HOLDS_BLOCKS.contains(&node.kind())
        });
        out
    }

    /// True when only whitespace precedes the node on its line.
    fn starts_line(&self, node: Node<'_>) -> bool {
        // From the previous newline, not via line_range: this runs for every statement of every block.
        let start = node.start_byte();
        let Some(before) = self.text.get(..start) else { return false };
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        before[line_start..].trim().is_empty()
    }

    /// The test function or test block around a node: `def test_*` / a `test*` method in Python,
    /// `it(...)`/`test(...)` calls in TypeScript. Returns the whole definition or call node.
    pub fn enclosing_test<'a>(&'a self, node: Node<'a>) -> Option<Node<'a>> {
        let mut cur = Some(node);
        while let Some(n) = cur {
            if self.test_name(n).is_some() {
                return Some(n);
            }
            cur = n.parent();
        }
        None
    }

    /// The enclosing function/method of any kind (test or not).
    pub fn enclosing_function<'a>(&'a self, node: Node<'a>) -> Option<Node<'a>> {
        const FUNCS: &[&str] = &[
            "function_definition",
            "function_declaration",
            "method_definition",
            "arrow_function",
            "function_expression",
            "generator_function_declaration",
        ];
        let mut cur = Some(node);
        while let Some(n) = cur {
            if FUNCS.contains(&n.kind()) {
                return Some(n);
            }
            cur = n.parent();
        }
        None
    }

    /// The test's name if `node` is a test: `test_x` for Python, the first string argument of `it`/`test`.
    pub fn test_name(&self, node: Node<'_>) -> Option<String> {
        match self.lang {
            Language::Python => {
                if node.kind() != "function_definition" {
                    return None;
                }
                let name = self.node_text(node.child_by_field_name("name")?);
                name.starts_with("test").then(|| name.to_string())
            }
            Language::TypeScript | Language::Tsx => {
                if node.kind() != "call_expression" {
                    return None;
                }
                let callee = self.node_text(node.child_by_field_name("function")?);
                let base = callee.split('.').next().unwrap_or("");
                if !matches!(base, "it" | "test") {
                    return None;
                }
                let args = node.child_by_field_name("arguments")?;
                let first = args.named_child(0)?;
                string_literal_value(self, first)
            }
        }
    }

    /// Call expressions whose callee is `name` or ends in `.name`.
    pub fn call_sites(&self, name: &str) -> Vec<Node<'_>> {
        let call_kind = if self.lang.is_python() { "call" } else { "call_expression" };
        let mut out = Vec::new();
        self.walk(|node| {
            if node.kind() == call_kind {
                if let Some(f) = node.child_by_field_name("function") {
                    let callee = self.node_text(f);
                    if callee == name || callee.rsplit('.').next() == Some(name) {
                        out.push(node);
                    }
                }
            }
            true
        });
        out
    }

    /// String and number literals, in source order.
    pub fn literals(&self) -> Vec<Node<'_>> {
        const KINDS: &[&str] = &["string", "integer", "float", "number", "template_string"];
        let mut out = Vec::new();
        self.walk(|node| {
            if KINDS.contains(&node.kind()) {
                out.push(node);
                return false;
            }
            true
        });
        out
    }

    /// Top-level import statements (`import x`, `from x import y`, `import {y} from "x"`).
    pub fn imports(&self) -> Vec<Node<'_>> {
        const KINDS: &[&str] = &["import_statement", "import_from_statement", "future_import_statement"];
        let root = self.root();
        let mut cursor = root.walk();
        root.named_children(&mut cursor).filter(|n| KINDS.contains(&n.kind())).collect()
    }
}

/// Python node kinds that can contain a `block`, directly or through a clause.
const HOLDS_BLOCKS: &[&str] = &[
    "module",
    "block",
    "function_definition",
    "class_definition",
    "decorated_definition",
    "if_statement",
    "elif_clause",
    "else_clause",
    "for_statement",
    "while_statement",
    "try_statement",
    "except_clause",
    "except_group_clause",
    "finally_clause",
    "with_statement",
    "match_statement",
    "case_clause",
];

/// Where each line of `text` starts (always at least `[0]`).
fn line_starts(text: &str) -> Vec<usize> {
    let mut out = Vec::with_capacity(text.len() / 32 + 1);
    out.push(0);
    out.extend(text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i + 1));
    out
}

/// The value of a plain string literal (no interpolation), for test names and the like.
pub fn string_literal_value(src: &SourceFile, node: Node<'_>) -> Option<String> {
    let text = src.node_text(node);
    match node.kind() {
        "string" => {
            let body = text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
            let quote = body.chars().next()?;
            if !matches!(quote, '"' | '\'') {
                return None;
            }
            let triple: String = std::iter::repeat_n(quote, 3).collect();
            let inner = if body.len() >= 6 && body.starts_with(&triple) && body.ends_with(&triple) {
                &body[3..body.len() - 3]
            } else {
                body.get(1..body.len().checked_sub(1)?)?
            };
            Some(inner.to_string())
        }
        "template_string" if !text.contains("${") => Some(text.get(1..text.len().checked_sub(1)?)?.to_string()),
        _ => None,
    }
}

fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, SourceError> {
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(SourceError::Binary { path: path.to_path_buf(), offset });
    }
    String::from_utf8(bytes)
        .map_err(|e| SourceError::NotUtf8 { path: path.to_path_buf(), offset: e.utf8_error().valid_up_to() })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn finds_python_test_and_ts_test_names() {
        let py = SourceFile::from_text("t.py", "class TestX:\n    def test_y(self):\n        assert 1 == 2\n").unwrap();
        let n = py.node_at(3, 0).unwrap();
        assert_eq!(py.test_name(py.enclosing_test(n).unwrap()).as_deref(), Some("test_y"));

        let ts = SourceFile::from_text(
            "t.test.ts",
            "describe('cart', () => {\n  it('adds', () => {\n    expect(1).toBe(2);\n  });\n});\n",
        )
        .unwrap();
        let n = ts.node_at(3, 0).unwrap();
        assert_eq!(ts.test_name(ts.enclosing_test(n).unwrap()).as_deref(), Some("adds"));
    }

    #[test]
    fn source_files_can_be_shared_across_threads() {
        fn shareable<T: Send + Sync>() {}
        shareable::<SourceFile>();
    }

    #[test]
    fn counts_syntax_errors() {
        let ok = SourceFile::from_text("a.py", "def f():\n    return 1\n").unwrap();
        assert_eq!(ok.error_count(), 0);
        let bad = SourceFile::from_text("a.py", "def f()\n    return 1\n").unwrap();
        assert!(bad.error_count() > 0);
    }

    #[test]
    fn lines_and_offsets_round_trip() {
        let s = SourceFile::from_text("a.ts", "const a = 1;\r\nconst bé = 2;").unwrap();
        assert_eq!(s.line_text(1), Some("const a = 1;"));
        assert_eq!(s.line_text(2), Some("const bé = 2;"));
        assert_eq!(s.line_text(3), None);
        let off = s.offset_of(2, 10).unwrap();
        assert_eq!(&s.text()[off..off + 1], "=");
        assert_eq!(s.line_of(off), 2);
    }

    #[test]
    fn finds_calls_literals_and_imports() {
        let s =
            SourceFile::from_text("a.py", "import os\nfrom x import y\nprint(y(1, 'a'))\nos.path.join('a')\n").unwrap();
        assert_eq!(s.imports().len(), 2);
        assert_eq!(s.call_sites("join").len(), 1);
        assert_eq!(s.literals().len(), 3);
    }

    #[test]
    fn load_refuses_binary_and_non_utf8() {
        let dir = tempfile::tempdir().unwrap();
        let bin = dir.path().join("a.py");
        std::fs::write(&bin, b"x = 1\0\x01").unwrap();
        assert!(matches!(SourceFile::load(&bin), Err(SourceError::Binary { .. })));
        std::fs::write(&bin, b"x = '\xff'\n").unwrap();
        let err = SourceFile::load(&bin).unwrap_err();
        assert!(err.to_string().contains("not valid UTF-8"), "{err}");
        assert!(matches!(SourceFile::load(&dir.path().join("a.txt")), Err(SourceError::UnknownLanguage { .. })));
    }
}
