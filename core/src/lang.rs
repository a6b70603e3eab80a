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
    /// Returns `None` only if tree-sitter gives up, which it does not do without a timeout or cancellation.
    pub fn parse(self, text: &str) -> Option<tree_sitter::Tree> {
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
            slot.as_mut()?.parse(text, None)
        })
    }
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

    #[test]
    fn tsx_parses_jsx_and_typescript_does_not() {
        let src = "const a = <div>{x}</div>;\n";
        assert!(!Language::Tsx.parse(src).unwrap().root_node().has_error());
        assert!(Language::TypeScript.parse(src).unwrap().root_node().has_error());
    }
}
