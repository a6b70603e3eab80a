//! Languages the healer understands, their tree-sitter grammars, and a parser cache per thread.
//!
//! ```
//! use maestro_test_healer::lang::Language;
//! assert_eq!(Language::from_path("tests/test_cart.py".as_ref()), Some(Language::Python));
//! assert_eq!(Language::from_path("src/App.tsx".as_ref()), Some(Language::Tsx));
//! let tree = Language::Python.parse("x = 1\n").unwrap();
//! assert!(!tree.root_node().has_error());
//! ```

use std::cell::RefCell;
use std::path::Path;

use serde::{Deserialize, Serialize};

/// A source language. JavaScript files go through the TypeScript grammars, which accept plain JS.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    Python,
    TypeScript,
    Tsx,
}

impl Language {
    /// Detects the language from a file extension; `None` for files the healer does not edit.
    pub fn from_path(path: &Path) -> Option<Language> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "py" | "pyi" => Some(Language::Python),
            "ts" | "mts" | "cts" | "js" | "mjs" | "cjs" => Some(Language::TypeScript),
            "tsx" | "jsx" => Some(Language::Tsx),
            _ => None,
        }
    }

    /// Python or TypeScript family, for strategies that only care about the ecosystem.
    pub fn is_python(self) -> bool {
        self == Language::Python
    }

    fn grammar(self) -> tree_sitter::Language {
        match self {
            Language::Python => tree_sitter_python::LANGUAGE.into(),
            Language::TypeScript => tree_sitter_typescript::LANGUAGE_TYPESCRIPT.into(),
            Language::Tsx => tree_sitter_typescript::LANGUAGE_TSX.into(),
        }
    }

    fn slot(self) -> usize {
        match self {
            Language::Python => 0,
            Language::TypeScript => 1,
            Language::Tsx => 2,
        }
    }

    /// Parses `text` with a parser reused across calls on this thread (creating parsers is the slow part).
    ///
    /// The last few texts parsed on this thread and their trees are remembered: parsing the same text again
    /// returns the remembered tree, and a text that differs from a remembered one in one span (a fix applied to a
    /// file) is parsed incrementally, reusing the unchanged subtrees. An incremental result is kept only when it
    /// has no syntax errors; otherwise the text is parsed afresh, so error recovery (and the error counts the
    /// validator compares) is always that of a fresh parse.
    ///
    /// Returns `None` only if tree-sitter gives up, which it does not do without a timeout or cancellation.
    pub fn parse(self, text: &str) -> Option<tree_sitter::Tree> {
        let remembered = |r: &RefCell<Vec<Parsed>>| {
            r.borrow().iter().find(|p| p.lang == self && *p.text == *text).map(|p| p.tree.clone())
        };
        if let Some(tree) = RECENT.with(remembered) {
            return Some(tree);
        }
        let base =
            RECENT.with(|r| r.borrow().iter().rev().filter(|p| p.lang == self).find_map(|p| incremental_base(p, text)));
        let tree = self.parse_with(text, base)?;
        if text.len() <= MAX_REMEMBERED_BYTES {
            RECENT.with(|r| {
                let mut recent = r.borrow_mut();
                if recent.len() >= REMEMBERED {
                    recent.remove(0);
                }
                recent.push(Parsed { lang: self, text: text.into(), tree: tree.clone() });
            });
        }
        Some(tree)
    }

    /// Parses `text` afresh and does not remember it: for throwaway texts (a fragment tried once) that would
    /// otherwise push the files being worked on out of [`Language::parse`]'s memory.
    pub fn parse_transient(self, text: &str) -> Option<tree_sitter::Tree> {
        self.parse_with(text, None)
    }

    /// Parses with this thread's parser, from `base` (an edited earlier tree) when given and the result is clean.
    fn parse_with(self, text: &str, base: Option<tree_sitter::Tree>) -> Option<tree_sitter::Tree> {
        thread_local! {
            static PARSERS: RefCell<[Option<tree_sitter::Parser>; 3]> = const { RefCell::new([None, None, None]) };
        }
        PARSERS.with(|cell| {
            let mut parsers = cell.borrow_mut();
            let slot = &mut parsers[self.slot()];
            if slot.is_none() {
                let mut parser = tree_sitter::Parser::new();
                // The grammars are compiled in with a matching ABI, so this cannot fail at run time.
                parser.set_language(&self.grammar()).ok()?;
                *slot = Some(parser);
            }
            let parser = slot.as_mut()?;
            if let Some(edited) = base {
                match parser.parse(text, Some(&edited)) {
                    Some(tree) if !tree.root_node().has_error() => return Some(tree),
                    _ => {}
                }
            }
            parser.parse(text, None)
        })
    }
}

thread_local! {
    static RECENT: RefCell<Vec<Parsed>> = const { RefCell::new(Vec::new()) };
}

/// Forgets this thread's remembered parses (see [`Language::parse`]): the next parse of any text starts from
/// scratch. For measurements that must include parsing, and to release the trees' memory.
///
/// ```
/// use maestro_test_healer::lang::{forget_parses, Language};
/// Language::Python.parse("x = 1\n").unwrap();
/// forget_parses();
/// ```
pub fn forget_parses() {
    RECENT.with(|r| r.borrow_mut().clear());
}

/// How many recent parses each thread remembers: the original of a file, a fixed version, and room for the
/// fixed versions the validator and the syntax repair parse in between.
const REMEMBERED: usize = 4;
/// Texts above this size are not remembered (their trees would dominate memory).
const MAX_REMEMBERED_BYTES: usize = 4 << 20;

/// A text parsed on this thread, kept for reuse.
struct Parsed {
    lang: Language,
    text: Box<str>,
    tree: tree_sitter::Tree,
}

/// `old`'s tree edited to match `new`, when the two texts differ in one span no larger than a tenth of the text
/// (beyond that a fresh parse costs about the same).
fn incremental_base(old: &Parsed, new: &str) -> Option<tree_sitter::Tree> {
    let (a, b) = (old.text.as_bytes(), new.as_bytes());
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let max_suffix = a.len().min(b.len()) - prefix;
    let suffix = a.iter().rev().zip(b.iter().rev()).take(max_suffix).take_while(|(x, y)| x == y).count();
    let (old_end, new_end) = (a.len() - suffix, b.len() - suffix);
    if old_end.max(new_end) - prefix > a.len().max(b.len()) / 10 + 64 {
        return None;
    }
    let mut tree = old.tree.clone();
    tree.edit(&tree_sitter::InputEdit {
        start_byte: prefix,
        old_end_byte: old_end,
        new_end_byte: new_end,
        start_position: point_at(a, prefix),
        old_end_position: point_at(a, old_end),
        new_end_position: point_at(b, new_end),
    });
    Some(tree)
}

/// Row and byte column of an offset, as tree-sitter counts them.
fn point_at(text: &[u8], offset: usize) -> tree_sitter::Point {
    let before = &text[..offset];
    let row = before.iter().filter(|&&c| c == b'\n').count();
    let line_start = before.iter().rposition(|&c| c == b'\n').map_or(0, |i| i + 1);
    tree_sitter::Point { row, column: offset - line_start }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Language::Python => "python",
            Language::TypeScript => "typescript",
            Language::Tsx => "tsx",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_languages_by_extension() {
        for (p, l) in [
            ("a.py", Some(Language::Python)),
            ("a.ts", Some(Language::TypeScript)),
            ("a.mts", Some(Language::TypeScript)),
            ("a.cts", Some(Language::TypeScript)),
            ("a.mjs", Some(Language::TypeScript)),
            ("a.js", Some(Language::TypeScript)),
            ("a.jsx", Some(Language::Tsx)),
            ("a.tsx", Some(Language::Tsx)),
            ("a.rs", None),
            ("Makefile", None),
        ] {
            assert_eq!(Language::from_path(Path::new(p)), l, "{p}");
        }
    }

    /// A text parsed incrementally from a remembered one gets the same tree as a fresh parse.
    #[test]
    fn incremental_parses_match_fresh_ones() {
        let fresh = |lang: Language, text: &str| {
            let mut parser = tree_sitter::Parser::new();
            parser.set_language(&lang.grammar()).unwrap();
            parser.parse(text, None).unwrap().root_node().to_sexp()
        };
        let py = "import os\n\n\ndef test_a():\n    assert f([1, 2]) == 3\n\n\nclass T:\n    def test_b(self):\n        x = {'a': 1}\n        assert x\n";
        let ts = "import { it } from 'vitest';\ndescribe('d', () => {\n  it('a', () => {\n    expect(f(1)).toBe(2);\n  });\n});\n";
        for (lang, text) in [(Language::Python, py), (Language::TypeScript, ts)] {
            Language::parse(lang, text).unwrap();
            // Every single-character insertion and deletion, and a larger replacement.
            let mut variants: Vec<String> = Vec::new();
            for (i, _) in text.char_indices().step_by(3) {
                for tok in [":", ")", "]", "}", ",", "'", "x", "\n", "    "] {
                    variants.push(format!("{}{tok}{}", &text[..i], &text[i..]));
                }
                variants.push(format!("{}{}", &text[..i], &text[i + 1..]));
            }
            variants.push(text.replace("assert", "assert not").replace("expect", "expect.soft"));
            for v in &variants {
                let tree = lang.parse(v).unwrap();
                assert_eq!(tree.root_node().to_sexp(), fresh(lang, v), "{lang}: {v}");
                // And back to the original, from the variant.
                assert_eq!(lang.parse(text).unwrap().root_node().to_sexp(), fresh(lang, text));
            }
        }
    }

    #[test]
    fn tsx_parses_jsx_and_typescript_does_not() {
        let src = "const a = <div>{x}</div>;\n";
        assert!(!Language::Tsx.parse(src).unwrap().root_node().has_error());
        assert!(Language::TypeScript.parse(src).unwrap().root_node().has_error());
    }
}
