//! An index of what a project's own source files define: functions (with parameters), classes and their
//! methods, variables and TS interfaces/types, per file, with the module path used to import them. The
//! dependency and API strategies look names and signatures up here.
//!
//! ```
//! use maestro_test_healer::project_index::{ProjectIndex, SymbolKind};
//! let index = ProjectIndex::from_texts([
//!     ("shop/pricing.py", "def price_with_tax(amount: float, *, rate: float = 0.2) -> float:\n    return amount\n"),
//! ]);
//! let (file, sym) = index.find("price_with_tax").next().unwrap();
//! assert_eq!(file.module, "shop.pricing");
//! assert_eq!(sym.kind, SymbolKind::Function);
//! assert_eq!(sym.params[1].name, "rate");
//! assert!(sym.params[1].keyword_only && sym.params[1].has_default);
//! ```

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use tree_sitter::Node;

use crate::lang::Language;
use crate::source::SourceFile;

/// Folders never indexed: dependencies, tool state, build output.
pub const SKIP_DIRS: &[&str] = &[
    "node_modules",
    ".git",
    ".venv",
    "venv",
    "site-packages",
    ".maestro",
    "__pycache__",
    "dist",
    "build",
    ".tox",
    "target",
    ".pytest_cache",
    ".mypy_cache",
    "coverage",
];

/// Projects larger than this many source files are indexed only up to it (the rest is unlikely to matter and
/// indexing must stay fast).
pub const MAX_FILES: usize = 20_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SymbolKind {
    Function,
    Class,
    /// A method of the class named in `Symbol::container`.
    Method,
    Variable,
    /// TypeScript interface or type alias.
    Type,
}

/// One parameter of a function or method.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Param {
    pub name: String,
    pub has_default: bool,
    /// Python: after `*` / `*args`.
    pub keyword_only: bool,
    /// `*args` / `...rest`.
    pub variadic: bool,
    /// `**kwargs`.
    pub var_keyword: bool,
    /// The annotation's text, if any.
    pub annotation: Option<String>,
    /// The default value's source text (`0.5`, `DEFAULT_DELAY`, `{}`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
}

/// A definition in a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Symbol {
    pub name: String,
    pub kind: SymbolKind,
    /// The class of a method.
    pub container: Option<String>,
    /// Parameters without `self`/`cls`.
    pub params: Vec<Param>,
    /// 1-based line of the definition.
    pub line: u32,
    /// Python: not `_private`; TypeScript: `export`ed.
    pub exported: bool,
    /// The return annotation's text, if any.
    pub returns: Option<String>,
    /// `async def` / `async function`.
    #[serde(default)]
    pub is_async: bool,
    /// Read as an attribute, not called: a Python `@property`, a TypeScript `get` accessor.
    #[serde(default)]
    pub accessor: bool,
    /// For a variable: its value's source text when that is a literal (`0.055`, `"EUR"`, `-3`, `(1, 2)`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Byte range of the whole definition (decorators included) in its file.
    #[serde(default)]
    pub span: (usize, usize),
}

impl Symbol {
    /// A definition with nothing known about it but its name, kind and line.
    pub fn new(name: &str, kind: SymbolKind, line: u32) -> Symbol {
        Symbol {
            name: name.to_string(),
            kind,
            container: None,
            params: Vec::new(),
            line,
            exported: true,
            returns: None,
            is_async: false,
            accessor: false,
            value: None,
            span: (0, 0),
        }
    }

    /// The syntax node whose bytes are this symbol's span (the whole definition, decorators and `export`
    /// included) in `src`, the file it was indexed from.
    ///
    /// ```
    /// use maestro_test_healer::project_index::ProjectIndex;
    /// use maestro_test_healer::source::SourceFile;
    /// let text = "@cache\ndef price(n):\n    return n\n";
    /// let index = ProjectIndex::from_texts([("shop.py", text)]);
    /// let src = SourceFile::from_text("shop.py", text).unwrap();
    /// let sym = index.find("price").next().unwrap().1;
    /// assert_eq!(sym.node(&src).unwrap().kind(), "decorated_definition");
    /// ```
    pub fn node<'a>(&self, src: &'a SourceFile) -> Option<Node<'a>> {
        let (start, end) = self.span;
        let mut node = src.root().descendant_for_byte_range(start, end)?;
        // The smallest node covering the range can be a child with the same extent; climb to the definition.
        // A definition is where the climb ends: the only method of a class has the extent of the class's body.
        const DEFINITIONS: &[&str] = &["function_definition", "class_definition", "decorated_definition"];
        while let Some(parent) = node.parent() {
            if DEFINITIONS.contains(&node.kind()) {
                break;
            }
            if parent.start_byte() == start && parent.end_byte() == end && parent.kind() != "module" {
                node = parent;
            } else {
                break;
            }
        }
        Some(node)
    }
}

/// The definitions of one file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct IndexedFile {
    /// Project-relative path.
    pub path: PathBuf,
    pub lang: Language,
    /// `shop.pricing` for `shop/pricing.py` (a leading `src/` is dropped); `src/cart` for `src/cart.ts`.
    pub module: String,
    pub symbols: Vec<Symbol>,
}

/// Everything the project defines.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ProjectIndex {
    pub files: Vec<IndexedFile>,
}

impl ProjectIndex {
    /// Indexes every Python/TypeScript file under `root` (skipping [`SKIP_DIRS`], hidden folders, symlinks and
    /// files the source loader refuses).
    pub fn build(root: &Path) -> ProjectIndex {
        let mut paths = Vec::new();
        collect(root, root, &mut paths);
        paths.sort();
        paths.truncate(MAX_FILES);
        // Parsing dominates and files are independent: spread them over the cores, in path order again after.
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8).min(paths.len().max(1));
        let next = std::sync::atomic::AtomicUsize::new(0);
        let index_one = |rel: &PathBuf| -> Option<IndexedFile> {
            let src = SourceFile::load(&root.join(rel)).ok()?;
            Some(index_file(rel, &src))
        };
        let work = || {
            let mut done = Vec::new();
            loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(rel) = paths.get(i) else { break };
                if let Some(file) = index_one(rel) {
                    done.push((i, file));
                }
            }
            done
        };
        let mut indexed: Vec<(usize, IndexedFile)> = if threads <= 1 {
            work()
        } else {
            std::thread::scope(|scope| {
                let handles: Vec<_> = (0..threads).map(|_| scope.spawn(work)).collect();
                let mut all = Vec::new();
                for h in handles {
                    // A panic in a worker is a bug; surface it as the sequential version would.
                    all.extend(h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
                }
                all
            })
        };
        indexed.sort_by_key(|(i, _)| *i);
        let files = indexed.into_iter().map(|(_, f)| f).collect();
        ProjectIndex { files }
    }

    /// Indexes in-memory files (tests, and the healer's view of files it has not written yet).
    pub fn from_texts<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> ProjectIndex {
        let files = files
            .into_iter()
            .filter_map(|(path, text)| {
                let src = SourceFile::from_text(path, text).ok()?;
                Some(index_file(Path::new(path), &src))
            })
            .collect();
        ProjectIndex { files }
    }

    /// Replaces or adds one file's entry.
    pub fn upsert(&mut self, rel: &Path, src: &SourceFile) {
        self.files.retain(|f| f.path != rel);
        self.files.push(index_file(rel, src));
    }

    /// Every definition named `name`.
    pub fn find<'a>(&'a self, name: &'a str) -> impl Iterator<Item = (&'a IndexedFile, &'a Symbol)> + 'a {
        self.files.iter().flat_map(move |f| f.symbols.iter().filter(move |s| s.name == name).map(move |s| (f, s)))
    }

    /// Every definition, for "did you mean" searches.
    pub fn symbols(&self) -> impl Iterator<Item = (&IndexedFile, &Symbol)> {
        self.files.iter().flat_map(|f| f.symbols.iter().map(move |s| (f, s)))
    }

    /// The methods of a class.
    pub fn methods<'a>(&'a self, class: &'a str) -> impl Iterator<Item = (&'a IndexedFile, &'a Symbol)> + 'a {
        self.symbols().filter(move |(_, s)| s.kind == SymbolKind::Method && s.container.as_deref() == Some(class))
    }

    /// The file with this project-relative path.
    pub fn file(&self, rel: &Path) -> Option<&IndexedFile> {
        self.files.iter().find(|f| f.path == rel)
    }
}

fn collect(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        if out.len() >= MAX_FILES {
            return;
        }
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let Ok(ft) = entry.file_type() else { continue };
        if ft.is_symlink() {
            continue;
        }
        let path = entry.path();
        if ft.is_dir() {
            if !name.starts_with('.') && !SKIP_DIRS.contains(&name.as_ref()) {
                collect(root, &path, out);
            }
        } else if Language::from_path(&path).is_some() && !name.ends_with(".d.ts") {
            if let Ok(rel) = path.strip_prefix(root) {
                out.push(rel.to_path_buf());
            }
        }
    }
}

/// The import path of a file: dotted for Python, extensionless slash path for TypeScript.
pub fn module_path(rel: &Path, lang: Language) -> String {
    let no_ext = rel.with_extension("");
    let s = no_ext.to_string_lossy().replace('\\', "/");
    if lang.is_python() {
        let s = s.strip_prefix("src/").unwrap_or(&s);
        let s = s.strip_suffix("/__init__").unwrap_or(s);
        s.replace('/', ".")
    } else {
        s
    }
}

/// The definitions of one parsed file.
pub fn index_file(rel: &Path, src: &SourceFile) -> IndexedFile {
    let mut symbols = Vec::new();
    let root = src.root();
    let mut cursor = root.walk();
    for node in root.named_children(&mut cursor) {
        if src.lang().is_python() {
            python_top(src, node, &mut symbols);
        } else {
            ts_top(src, node, false, &mut symbols);
        }
    }
    IndexedFile { path: rel.to_path_buf(), lang: src.lang(), module: module_path(rel, src.lang()), symbols }
}

fn line(node: Node) -> u32 {
    node.start_position().row as u32 + 1
}

fn text(src: &SourceFile, node: Option<Node>) -> Option<String> {
    node.map(|n| src.node_text(n).to_string())
}

fn python_top(src: &SourceFile, outer: Node, out: &mut Vec<Symbol>) {
    let node = if outer.kind() == "decorated_definition" {
        match outer.child_by_field_name("definition") {
            Some(d) => d,
            None => return,
        }
    } else {
        outer
    };
    match node.kind() {
        "function_definition" => out.push(python_function(src, outer, None)),
        "class_definition" => {
            let Some(name) = text(src, node.child_by_field_name("name")) else { return };
            out.push(Symbol {
                exported: !name.starts_with('_'),
                name: name.clone(),
                kind: SymbolKind::Class,
                span: (outer.start_byte(), outer.end_byte()),
                ..Symbol::new(&name, SymbolKind::Class, line(node))
            });
            let Some(body) = node.child_by_field_name("body") else { return };
            let mut cursor = body.walk();
            for member in body.named_children(&mut cursor) {
                let def = if member.kind() == "decorated_definition" {
                    member.child_by_field_name("definition")
                } else {
                    Some(member)
                };
                if def.is_some_and(|d| d.kind() == "function_definition") {
                    out.push(python_function(src, member, Some(name.clone())));
                }
            }
        }
        "expression_statement" => {
            let Some(assign) = node.named_child(0).filter(|n| n.kind() == "assignment") else { return };
            let Some(left) = assign.child_by_field_name("left").filter(|l| l.kind() == "identifier") else { return };
            let name = src.node_text(left).to_string();
            out.push(Symbol {
                exported: !name.starts_with('_'),
                value: assign.child_by_field_name("right").and_then(|v| literal(src, v)),
                span: (node.start_byte(), node.end_byte()),
                ..Symbol::new(&name, SymbolKind::Variable, line(node))
            });
        }
        _ => {}
    }
}

/// `outer` is the definition or the `decorated_definition` around it.
fn python_function(src: &SourceFile, outer: Node, container: Option<String>) -> Symbol {
    let node = if outer.kind() == "decorated_definition" {
        outer.child_by_field_name("definition").unwrap_or(outer)
    } else {
        outer
    };
    let accessor = outer.kind() == "decorated_definition" && {
        let mut cursor = outer.walk();
        let found = outer
            .named_children(&mut cursor)
            .any(|d| d.kind() == "decorator" && src.node_text(d).trim_start_matches('@').trim().ends_with("property"));
        found
    };
    let name = text(src, node.child_by_field_name("name")).unwrap_or_default();
    let mut params = Vec::new();
    let mut keyword_only = false;
    if let Some(list) = node.child_by_field_name("parameters") {
        let mut cursor = list.walk();
        for (i, p) in list.named_children(&mut cursor).enumerate() {
            // `*args: int` / `**kwargs: Any` are typed_parameters around the splat: read them as the splat.
            let (p, splat_type) = match p.named_child(0) {
                Some(inner)
                    if p.kind() == "typed_parameter"
                        && matches!(inner.kind(), "list_splat_pattern" | "dictionary_splat_pattern") =>
                {
                    (inner, text(src, p.child_by_field_name("type")))
                }
                _ => (p, None),
            };
            let (pname, default, annotation) = match p.kind() {
                "identifier" => (src.node_text(p).to_string(), None, None),
                "typed_parameter" => {
                    let id = p.named_child(0).map(|n| src.node_text(n).to_string()).unwrap_or_default();
                    (id, None, text(src, p.child_by_field_name("type")))
                }
                "default_parameter" | "typed_default_parameter" => (
                    text(src, p.child_by_field_name("name")).unwrap_or_default(),
                    text(src, p.child_by_field_name("value")),
                    text(src, p.child_by_field_name("type")),
                ),
                "list_splat_pattern" | "dictionary_splat_pattern" => {
                    let var_kw = p.kind() == "dictionary_splat_pattern";
                    let n = p.named_child(0).map(|n| src.node_text(n).to_string()).unwrap_or_default();
                    if !var_kw {
                        keyword_only = true;
                    }
                    params.push(Param {
                        name: n,
                        has_default: false,
                        keyword_only: false,
                        variadic: !var_kw,
                        var_keyword: var_kw,
                        annotation: splat_type,
                        default: None,
                    });
                    continue;
                }
                "keyword_separator" => {
                    keyword_only = true;
                    continue;
                }
                _ => continue,
            };
            // `self`/`cls` are bound by the call, not passed.
            if i == 0 && container.is_some() && matches!(pname.as_str(), "self" | "cls") {
                continue;
            }
            params.push(Param {
                name: pname,
                has_default: default.is_some(),
                keyword_only,
                variadic: false,
                var_keyword: false,
                annotation,
                default,
            });
        }
    }
    let is_async = node.child(0).is_some_and(|c| c.kind() == "async");
    Symbol {
        exported: !name.starts_with('_'),
        kind: if container.is_some() { SymbolKind::Method } else { SymbolKind::Function },
        container,
        params,
        returns: text(src, node.child_by_field_name("return_type")),
        is_async,
        accessor,
        span: (outer.start_byte(), outer.end_byte()),
        ..Symbol::new(&name, SymbolKind::Function, line(node))
    }
}

/// The source text of a value when it is a literal (numbers, strings, booleans, None, and tuples/lists/dicts or
/// arrays/objects of literals, signs included): what a changed constant's old and new values can be compared by.
fn literal(src: &SourceFile, node: Node) -> Option<String> {
    fn is_literal(n: Node) -> bool {
        match n.kind() {
            "integer"
            | "float"
            | "string"
            | "true"
            | "false"
            | "none"
            | "number"
            | "null"
            | "undefined"
            | "template_string"
            | "concatenated_string" => true,
            "unary_operator" | "unary_expression" => n.named_child(0).is_some_and(is_literal),
            "tuple" | "list" | "set" | "dictionary" | "array" | "object" | "pair" | "parenthesized_expression" => {
                let mut cursor = n.walk();
                let all = n.named_children(&mut cursor).filter(|c| c.kind() != "comment").all(is_literal);
                all
            }
            "property_identifier" | "identifier" => n.parent().is_some_and(|p| p.kind() == "pair"),
            _ => false,
        }
    }
    is_literal(node).then(|| src.node_text(node).to_string())
}

fn ts_top(src: &SourceFile, node: Node, exported: bool, out: &mut Vec<Symbol>) {
    match node.kind() {
        "export_statement" => {
            if let Some(decl) = node.child_by_field_name("declaration") {
                ts_top(src, decl, true, out);
            }
        }
        "function_declaration" | "generator_function_declaration" => {
            out.push(ts_function(src, node, None, exported, SymbolKind::Function));
        }
        "class_declaration" | "abstract_class_declaration" => {
            let Some(name) = text(src, node.child_by_field_name("name")) else { return };
            out.push(Symbol {
                exported,
                span: (node.start_byte(), node.end_byte()),
                ..Symbol::new(&name, SymbolKind::Class, line(node))
            });
            let Some(body) = node.child_by_field_name("body") else { return };
            let mut cursor = body.walk();
            for member in body.named_children(&mut cursor) {
                if member.kind() == "method_definition" {
                    out.push(ts_function(src, member, Some(name.clone()), exported, SymbolKind::Method));
                }
            }
        }
        "enum_declaration" => {
            // Indexed like a class: `Color.Red` is reached the way a static member is, so a renamed member is
            // followed the way a renamed method is (the change model pairs members by container and body).
            let Some(name) = text(src, node.child_by_field_name("name")) else { return };
            out.push(Symbol {
                exported,
                span: (node.start_byte(), node.end_byte()),
                ..Symbol::new(&name, SymbolKind::Class, line(node))
            });
            let Some(body) = node.child_by_field_name("body") else { return };
            let mut cursor = body.walk();
            for member in body.named_children(&mut cursor) {
                let (key, value) = match member.kind() {
                    "property_identifier" | "string" => (member, None),
                    "enum_assignment" => {
                        let Some(key) = member.child_by_field_name("name") else { continue };
                        (key, member.child_by_field_name("value"))
                    }
                    _ => continue,
                };
                out.push(Symbol {
                    container: Some(name.clone()),
                    exported,
                    value: value.map(|v| src.node_text(v).to_string()),
                    span: (member.start_byte(), member.end_byte()),
                    ..Symbol::new(src.node_text(key), SymbolKind::Variable, line(member))
                });
            }
        }
        "interface_declaration" | "type_alias_declaration" => {
            if let Some(name) = text(src, node.child_by_field_name("name")) {
                out.push(Symbol {
                    exported,
                    span: (node.start_byte(), node.end_byte()),
                    ..Symbol::new(&name, SymbolKind::Type, line(node))
                });
            }
        }
        "lexical_declaration" | "variable_declaration" => {
            let mut cursor = node.walk();
            for decl in node.named_children(&mut cursor).filter(|d| d.kind() == "variable_declarator") {
                let Some(name) = decl.child_by_field_name("name").filter(|n| n.kind() == "identifier") else {
                    continue;
                };
                let value = decl.child_by_field_name("value");
                let is_fn = value.is_some_and(|v| matches!(v.kind(), "arrow_function" | "function_expression"));
                let mut sym = match value.filter(|_| is_fn) {
                    Some(f) => ts_function(src, f, None, exported, SymbolKind::Function),
                    None => Symbol {
                        exported,
                        value: value.and_then(|v| literal(src, v)),
                        ..Symbol::new("", SymbolKind::Variable, line(decl))
                    },
                };
                sym.name = src.node_text(name).to_string();
                sym.span = (decl.start_byte(), decl.end_byte());
                out.push(sym);
            }
        }
        _ => {}
    }
}

fn ts_function(src: &SourceFile, node: Node, container: Option<String>, exported: bool, kind: SymbolKind) -> Symbol {
    let name = text(src, node.child_by_field_name("name")).unwrap_or_default();
    let mut params = Vec::new();
    if let Some(list) = node.child_by_field_name("parameters") {
        let mut cursor = list.walk();
        for p in list.named_children(&mut cursor) {
            if !matches!(p.kind(), "required_parameter" | "optional_parameter") {
                continue;
            }
            let pattern = p.child_by_field_name("pattern");
            let variadic = pattern.is_some_and(|x| x.kind() == "rest_pattern");
            let pname = match pattern {
                Some(x) if x.kind() == "rest_pattern" => x.named_child(0).map(|n| src.node_text(n).to_string()),
                Some(x) => Some(src.node_text(x).to_string()),
                None => None,
            };
            let annotation =
                p.child_by_field_name("type").map(|t| src.node_text(t).trim_start_matches(':').trim().to_string());
            let default = text(src, p.child_by_field_name("value"));
            params.push(Param {
                name: pname.unwrap_or_default(),
                has_default: p.kind() == "optional_parameter" || default.is_some(),
                keyword_only: false,
                variadic,
                var_keyword: false,
                annotation,
                default,
            });
        }
    }
    let returns =
        node.child_by_field_name("return_type").map(|t| src.node_text(t).trim_start_matches(':').trim().to_string());
    let mut cursor = node.walk();
    let keywords: Vec<&str> = node.children(&mut cursor).take_while(|c| !c.is_named()).map(|c| c.kind()).collect();
    let is_async = keywords.contains(&"async");
    let accessor = keywords.contains(&"get");
    Symbol {
        kind,
        container,
        params,
        exported,
        returns,
        is_async,
        accessor,
        span: (node.start_byte(), node.end_byte()),
        ..Symbol::new(&name, kind, line(node))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_splats_are_splats_not_parameters() {
        let idx = ProjectIndex::from_texts([(
            "m.py",
            "def f(a, *args: int, b: str = 'x', **kwargs: object) -> None:\n    pass\n",
        )]);
        let f = idx.find("f").next().unwrap().1;
        let params: Vec<_> = f
            .params
            .iter()
            .map(|p| (p.name.as_str(), p.variadic, p.var_keyword, p.keyword_only, p.annotation.as_deref()))
            .collect();
        assert_eq!(
            params,
            [
                ("a", false, false, false, None),
                ("args", true, false, false, Some("int")),
                ("b", false, false, true, Some("str")),
                ("kwargs", false, true, false, Some("object"))
            ]
        );
    }

    #[test]
    fn indexes_python_classes_methods_and_variables() {
        let idx = ProjectIndex::from_texts([(
            "src/shop/cart.py",
            "TAX = 0.2\n\nclass Cart:\n    def __init__(self, owner):\n        pass\n\n    @property\n    def total(self) -> float:\n        return 0.0\n\n    def add(self, sku: str, qty: int = 1, *args, **kw):\n        pass\n\ndef _helper():\n    pass\n",
        )]);
        let f = &idx.files[0];
        assert_eq!(f.module, "shop.cart");
        let names: Vec<_> = f.symbols.iter().map(|s| (s.name.as_str(), s.kind)).collect();
        assert_eq!(
            names,
            [
                ("TAX", SymbolKind::Variable),
                ("Cart", SymbolKind::Class),
                ("__init__", SymbolKind::Method),
                ("total", SymbolKind::Method),
                ("add", SymbolKind::Method),
                ("_helper", SymbolKind::Function)
            ]
        );
        let add = idx.methods("Cart").find(|(_, s)| s.name == "add").unwrap().1;
        let params: Vec<_> =
            add.params.iter().map(|p| (p.name.as_str(), p.has_default, p.variadic, p.var_keyword)).collect();
        assert_eq!(
            params,
            [
                ("sku", false, false, false),
                ("qty", true, false, false),
                ("args", false, true, false),
                ("kw", false, false, true)
            ]
        );
        assert!(!idx.find("_helper").next().unwrap().1.exported);
        assert_eq!(idx.find("total").next().unwrap().1.returns.as_deref(), Some("float"));
    }

    #[test]
    fn indexes_typescript_exports() {
        let idx = ProjectIndex::from_texts([(
            "src/cart.ts",
            "export interface Item { sku: string }\nexport function total(items: Item[], opts?: { tax: number }): number { return 0; }\nexport const fmt = (n: number, ...rest: string[]) => `${n}`;\nexport class Cart {\n  constructor(private owner: string) {}\n  addItem(sku: string, qty = 1): void {}\n}\nfunction local() {}\n",
        )]);
        let f = &idx.files[0];
        assert_eq!(f.module, "src/cart");
        let total = idx.find("total").next().unwrap().1;
        assert!(total.exported);
        assert_eq!(total.params.len(), 2);
        assert!(total.params[1].has_default, "optional parameters count as defaulted");
        assert_eq!(total.returns.as_deref(), Some("number"));
        let fmt = idx.find("fmt").next().unwrap().1;
        assert_eq!(fmt.kind, SymbolKind::Function);
        assert!(fmt.params[1].variadic);
        let add = idx.methods("Cart").find(|(_, s)| s.name == "addItem").unwrap().1;
        assert_eq!(add.params[1].name, "qty");
        assert!(add.params[1].has_default);
        assert!(!idx.find("local").next().unwrap().1.exported);
        assert_eq!(idx.find("Item").next().unwrap().1.kind, SymbolKind::Type);
    }

    #[test]
    fn builds_from_disk_skipping_dependencies() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("pkg")).unwrap();
        std::fs::create_dir_all(dir.path().join("node_modules/x")).unwrap();
        std::fs::write(dir.path().join("pkg/a.py"), "def f(x):\n    return x\n").unwrap();
        std::fs::write(dir.path().join("node_modules/x/index.ts"), "export function g() {}\n").unwrap();
        std::fs::write(dir.path().join("pkg/bad.py"), [0u8, 1, 2]).unwrap();
        let idx = ProjectIndex::build(dir.path());
        assert_eq!(idx.files.len(), 1);
        assert_eq!(idx.find("f").next().unwrap().0.module, "pkg.a");
    }
}
