//! Environment healing.
//!
//! **What it does**: repairs tests that only fail because of the machine they run on, by making the test's
//! assumption explicit in the test itself:
//! - a fixture opened by a cwd-relative path (`open("fixtures/x.json")`, `readFileSync('fixtures/x.json')`)
//!   that fails with `FileNotFoundError`/`ENOENT` is anchored to the test file (`Path(__file__).parent / ...`,
//!   `new URL('./fixtures/x.json', import.meta.url)` in ES modules, `path.join(__dirname, ...)` in CommonJS);
//! - a required environment variable that is missing (`KeyError: 'X'` from `os.environ`, an error naming a
//!   variable the project's Python code reads from `os.environ`/`os.getenv`, or a `process.env.X` it reads) is set in the test's scope (`monkeypatch.setenv`, `vi.stubEnv` in
//!   `beforeEach` with `vi.unstubAllEnvs` after, a scoped assignment restored by `t.after` under node:test) with
//!   the value the project documents in `.env.example` (or `.env.sample`, README, docs);
//! - a time-of-day expectation that is off by a whole time-zone offset, in a project that formats local time,
//!   pins `TZ=UTC` for the test the same way (in pytest through a fixture that calls `time.tzset()` after setting
//!   and again after restoring, so the zone does not leak into the tests that run after it);
//! - a write to a fixed temp path (`/tmp/out/x.json`) whose folder does not exist goes to a fresh temp folder
//!   (`tmp_path`, `mkdtempSync(join(tmpdir(), ...))`).
//!
//! **Why**: these failures say nothing about the code under test; the usual "fix" of editing expected values or
//! skipping the test hides them instead of removing the dependency on the machine.
//!
//! **When it refuses**: the missing file does not exist relative to the test file or the project root (a
//! fixture really missing is not an environment problem); the path literal is not in the test file; the missing
//! variable looks like a credential (TOKEN, KEY, SECRET, PASSWORD, ...) — never invent or copy a secret, only
//! advice is shown; no documented value exists (advice only); the time strings differ by something other than a
//! whole offset of 15-minute steps, or the project does not format local time; the test already sets the
//! variable (so proposing again changes nothing).
//!
//! **Fix safety**: safe — the assertions and what they check are unchanged; only where the test finds its files
//! and which environment it runs in become explicit. Every fix is still validated by re-running the test.

use std::path::{Component, Path, PathBuf};
use std::rc::Rc;
use std::sync::LazyLock;

use regex::Regex;
use tree_sitter::Node;

use crate::context::{is_test_path, Context};
use crate::failure::{Failure, Runner};
use crate::fix::{Applicability, Edit, Fix, StrategyKind};
use crate::source::{string_literal_value, SourceFile};
use crate::strategies::Strategy;

pub struct EnvironmentHealing;

const KIND: StrategyKind = StrategyKind::EnvironmentHealing;

macro_rules! lazy_regex {
    ($name:ident, $pat:expr) => {
        static $name: LazyLock<Regex> = LazyLock::new(|| Regex::new($pat).expect("literal regex compiles"));
    };
}

lazy_regex!(PY_MISSING, r"No such file or directory: '([^']+)'");
lazy_regex!(NODE_MISSING, r"ENOENT: no such file or directory, \w+ '([^']+)'");
lazy_regex!(UPPER_VAR, r"\b([A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9]|[A-Z]{3,})\b");
lazy_regex!(CLOCK, r"\b(\d{1,2}):(\d{2})\b");

/// Words that mark a variable as a credential: never filled in, only reported.
const SECRET_WORDS: &[&str] = &["TOKEN", "KEY", "SECRET", "PASSWORD", "PASSWD", "PWD", "CREDENTIAL", "PRIVATE", "AUTH"];

/// Where projects document their environment, most specific first.
const ENV_DOCS: &[&str] = &[".env.example", ".env.sample", ".env.template", ".env.dist", "example.env", "README.md"];

/// Folders never searched (dependencies, tool state).
const SKIP_DIRS: &[&str] = &["node_modules", ".git", ".venv", "venv", ".tools", ".maestro", "__pycache__", "dist"];

impl Strategy for EnvironmentHealing {
    fn kind(&self) -> StrategyKind {
        KIND
    }

    fn propose(&self, failure: &Failure, ctx: &Context) -> Vec<Fix> {
        let Some((rel, src)) = test_file(failure, ctx) else { return Vec::new() };
        if src.root().has_error() {
            return Vec::new();
        }
        let text = format!("{}\n{}", failure.message, failure.raw);
        if let Some(missing) = missing_path(&text) {
            // The path may be written in a fixture or helper the test runs through (`tests/conftest.py`).
            let helpers = failure
                .frames
                .iter()
                .filter_map(|f| ctx.sources.relative(&f.file))
                .filter(|f| f != &rel && crate::context::is_test_path(f))
                .filter_map(|f| Some((ctx.sources.get(&f).ok()?, f)));
            let mut files = vec![(src.clone(), rel.clone())];
            files.extend(helpers);
            return files
                .iter()
                .find_map(|(file, path)| missing_file_fix(path, file, &missing, ctx))
                .into_iter()
                .collect();
        }
        if let Some(var) = missing_env_var(failure, &text, ctx) {
            return env_var_fix(failure, &rel, &src, &var, ctx).into_iter().collect();
        }
        if time_zone_shift(failure) && formats_local_time(ctx) {
            return set_env_fix(failure, &rel, &src, "TZ", "UTC", true)
                .map(|f| {
                    f.with_confidence(0.8).with_title_and_rationale(
                        "Pin TZ=UTC for this test",
                        "Expected and actual times differ by a whole time-zone offset and the project formats local \
                         time: the expectations assume UTC. Setting TZ in the test's scope makes that explicit \
                         instead of changing the expected values.",
                    )
                })
                .into_iter()
                .collect();
        }
        Vec::new()
    }
}

/// Small builder sugar so fixes can be re-titled after construction.
trait Retitle {
    fn with_title_and_rationale(self, title: &str, rationale: &str) -> Fix;
}

impl Retitle for Fix {
    fn with_title_and_rationale(self, title: &str, rationale: &str) -> Fix {
        Fix::new(self.strategy(), self.edits().to_vec(), self.confidence(), title, rationale)
            .with_applicability(self.applicability())
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Finding the test file

/// The failing test file, project-relative. Runners started in a subfolder (`cd tests && pytest`) print paths
/// relative to it; those are found by a unique suffix match in the project.
fn test_file(failure: &Failure, ctx: &Context) -> Option<(PathBuf, Rc<SourceFile>)> {
    let printed = failure.file.as_deref()?;
    if let Some(rel) = ctx.sources.relative(printed) {
        if let Ok(src) = ctx.sources.get(&rel) {
            return Some((rel, src));
        }
    }
    if printed.is_absolute() {
        return None;
    }
    let matches: Vec<PathBuf> =
        project_files(ctx.sources.root(), 6).into_iter().filter(|p| p != printed && p.ends_with(printed)).collect();
    let [only] = matches.as_slice() else { return None };
    ctx.sources.get(only).ok().map(|src| (only.clone(), src))
}

/// Project-relative files up to `depth` folders deep, skipping dependency and tool folders. Bounded.
fn project_files(root: &Path, depth: usize) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![(PathBuf::new(), 0usize)];
    while let Some((dir, d)) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(root.join(&dir)) else { continue };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let rel = dir.join(&name);
            let Ok(ft) = entry.file_type() else { continue };
            if ft.is_dir() {
                if d < depth && !SKIP_DIRS.iter().any(|s| name == *s) {
                    stack.push((rel, d + 1));
                }
            } else if ft.is_file() {
                out.push(rel);
            }
            if out.len() > 5000 {
                return out;
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------------------------
// Missing files: cwd-relative fixtures and fixed temp paths

fn missing_path(text: &str) -> Option<String> {
    [&*PY_MISSING, &*NODE_MISSING].iter().find_map(|re| re.captures(text)?.get(1).map(|m| m.as_str().to_string()))
}

fn missing_file_fix(rel: &Path, src: &SourceFile, missing: &str, ctx: &Context) -> Option<Fix> {
    if is_fixed_temp_path(missing) {
        return temp_path_fix(rel, src, missing);
    }
    if Path::new(missing).is_absolute() {
        return None;
    }
    let test_dir = rel.parent().unwrap_or(Path::new(""));
    let root = ctx.sources.root();
    // The path written whole, or the folder it is joined onto (`join('packages/ledger/test/fixtures', name)`).
    let literals = literals_with_value(src, missing);
    if literals.is_empty() {
        let folders: Vec<(String, Node)> = src
            .literals()
            .into_iter()
            .filter(|n| matches!(n.kind(), "string" | "template_string"))
            .filter_map(|n| Some((string_literal_value(src, n)?, n)))
            .filter(|(v, _)| v.contains('/') && missing.strip_prefix(v.as_str()).is_some_and(|r| r.starts_with('/')))
            .collect();
        let [(folder, node)] = folders.as_slice() else { return None };
        return anchored_fix(rel, src, folder, vec![*node], ctx, test_dir, root);
    }
    anchored_fix(rel, src, missing, literals, ctx, test_dir, root)
}

/// [`missing_file_fix`] once the literals naming `missing` (a file, or the folder a file is joined onto) are
/// known: each is resolved from the test file where it exists.
fn anchored_fix(
    rel: &Path,
    src: &SourceFile,
    missing: &str,
    literals: Vec<Node>,
    ctx: &Context,
    test_dir: &Path,
    root: &Path,
) -> Option<Fix> {
    let literal_path = normalize(Path::new(missing))?;
    // Where the file really is, relative to the test file's folder.
    let (from_test, confidence, where_) = if root.join(test_dir).join(&literal_path).exists() {
        (literal_path.clone(), 0.9, "next to the test file")
    } else if root.join(&literal_path).exists() {
        (relative_to(test_dir, &literal_path), 0.85, "relative to the project root")
    } else {
        return None;
    };
    let shown = from_test.to_string_lossy().replace('\\', "/");
    let mut edits = Vec::new();
    if src.lang().is_python() {
        let path_name = python_path_name(src);
        for lit in &literals {
            if python_anchored(src, *lit) {
                continue;
            }
            edits.push(python_anchor_edit(src, rel, *lit, &shown, &path_name.0)?);
        }
        if edits.is_empty() {
            return None;
        }
        if let Some(import) = path_name.1 {
            edits.push(Edit::insert(rel, python_import_offset(src), import));
        }
    } else {
        let module = js_module_system(src, rel, ctx);
        let mut import = None;
        let mut url_import = None;
        for lit in &literals {
            if js_anchored(src, *lit) {
                continue;
            }
            let quote = quote_of(src, *lit);
            let replacement = match module {
                JsModule::Esm => {
                    let url_path = if shown.starts_with("../") { shown.clone() } else { format!("./{shown}") };
                    let url = format!("new URL({quote}{url_path}{quote}, import.meta.url)");
                    if fs_call_argument(src, *lit) {
                        url
                    } else if handed_on(src, *lit) {
                        // A path handed to the project's code (`loadStatement(FIXTURE)`) must stay a string.
                        let (name, edit) = js_named_import(src, rel, ["node:url", "url"], "fileURLToPath")?;
                        url_import = url_import.or(edit);
                        format!("{name}({url})")
                    } else {
                        return None;
                    }
                }
                JsModule::CommonJs => {
                    let (join, add) = cjs_join(src)?;
                    import = add;
                    format!("{join}(__dirname, {quote}{shown}{quote})")
                }
            };
            edits.push(Edit::replace(rel, lit.byte_range(), replacement));
        }
        if edits.is_empty() {
            return None;
        }
        if let Some((at, text)) = import {
            edits.push(Edit::insert(rel, at, text));
        }
        edits.extend(url_import);
    }
    Some(
        Fix::new(
            KIND,
            edits,
            confidence,
            format!("Resolve '{missing}' from the test file instead of the working directory"),
            format!(
                "The test opened '{missing}' relative to the working directory, which depends on where the runner \
                 is started; the file exists {where_} ({}). Anchoring the path to the test file makes it work \
                 from any directory without changing what the test checks.",
                test_dir.join(&from_test).display()
            ),
        )
        .with_applicability(Applicability::Safe),
    )
}

fn is_fixed_temp_path(p: &str) -> bool {
    (p.starts_with("/tmp/") || p.starts_with("/var/tmp/")) && p.len() > 5 && !p.ends_with('/')
}

/// `a/./b` → `a/b`; refuses paths that climb (`..`) or are absolute.
fn normalize(p: &Path) -> Option<PathBuf> {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::Normal(x) => out.push(x),
            Component::CurDir => {}
            _ => return None,
        }
    }
    (!out.as_os_str().is_empty()).then_some(out)
}

/// `target` (project-relative) as seen from `dir` (project-relative): `tests`, `tests/data/x` → `data/x`.
fn relative_to(dir: &Path, target: &Path) -> PathBuf {
    let d: Vec<_> = dir.components().collect();
    let t: Vec<_> = target.components().collect();
    let common = d.iter().zip(&t).take_while(|(a, b)| a == b).count();
    let mut out = PathBuf::new();
    for _ in common..d.len() {
        out.push("..");
    }
    for c in &t[common..] {
        out.push(c);
    }
    out
}

/// Plain string literals in the file whose value is exactly `value`.
fn literals_with_value<'a>(src: &'a SourceFile, value: &str) -> Vec<Node<'a>> {
    src.literals()
        .into_iter()
        .filter(|n| matches!(n.kind(), "string" | "template_string"))
        .filter(|n| !(src.lang().is_python() && has_interpolation(*n)))
        .filter(|n| string_literal_value(src, *n).as_deref() == Some(value))
        .collect()
}

fn has_interpolation(node: Node) -> bool {
    let mut cursor = node.walk();
    let found = node.children(&mut cursor).any(|c| c.kind() == "interpolation");
    found
}

fn quote_of(src: &SourceFile, lit: Node) -> char {
    src.node_text(lit).chars().find(|c| matches!(c, '"' | '\'' | '`')).unwrap_or('\'')
}

/// The call a literal is a direct argument of, if any.
fn call_of_argument(lit: Node) -> Option<Node> {
    let args = lit.parent()?;
    if !matches!(args.kind(), "argument_list" | "arguments") {
        return None;
    }
    args.parent().filter(|c| matches!(c.kind(), "call" | "call_expression" | "new_expression"))
}

fn callee_name<'a>(src: &'a SourceFile, call: Node<'a>) -> &'a str {
    let f = call.child_by_field_name("function").or_else(|| call.child_by_field_name("constructor"));
    f.map(|f| src.node_text(f)).unwrap_or("")
}

/// Already `Path(__file__).parent / "x"`, `os.path.join(os.path.dirname(__file__), "x")`, ...
fn python_anchored(src: &SourceFile, lit: Node) -> bool {
    let Some(parent) = lit.parent() else { return false };
    let scope = if parent.kind() == "argument_list" { parent.parent() } else { Some(parent) };
    scope.is_some_and(|s| src.node_text(s).contains("__file__"))
}

fn js_anchored(src: &SourceFile, lit: Node) -> bool {
    call_of_argument(lit).is_some_and(|c| {
        let t = src.node_text(c);
        t.contains("import.meta.url") || t.contains("__dirname") || t.contains("import.meta.dirname")
    })
}

/// The name to use for `pathlib.Path` and, when it is not imported yet, the import line to add.
fn python_path_name(src: &SourceFile) -> (String, Option<String>) {
    for imp in src.imports() {
        let t = src.node_text(imp);
        if imp.kind() == "import_from_statement"
            && t.starts_with("from pathlib import")
            && t.split(|c: char| !c.is_alphanumeric() && c != '_').any(|w| w == "Path")
        {
            return ("Path".into(), None);
        }
        if t == "import pathlib" {
            return ("pathlib.Path".into(), None);
        }
    }
    ("Path".into(), Some("from pathlib import Path\n".into()))
}

/// After the first group of top-level imports (the standard-library group by convention), else at the top.
fn python_import_offset(src: &SourceFile) -> usize {
    let imports = src.imports();
    let Some(first) = imports.first() else { return 0 };
    let mut end = *first;
    for imp in &imports[1..] {
        if imp.start_position().row == end.end_position().row + 1 {
            end = *imp;
        } else {
            break;
        }
    }
    let line_end = src.line_range(end.end_position().row as u32 + 1).map(|r| r.end).unwrap_or(end.end_byte());
    (line_end + 1).min(src.text().len())
}

fn python_anchor_edit(src: &SourceFile, rel: &Path, lit: Node, shown: &str, path_name: &str) -> Option<Edit> {
    let quote = quote_of(src, lit);
    let anchored = format!("{path_name}(__file__).parent / {quote}{shown}{quote}");
    let call = call_of_argument(lit);
    let args = lit.parent();
    let only_arg = args.is_some_and(|a| a.named_child_count() == 1);
    match call.map(|c| (c, callee_name(src, c))) {
        // Path("x") → Path(__file__).parent / "x" (parenthesized when a method is called on it).
        Some((c, name)) if (name == "Path" || name == "pathlib.Path") && only_arg => {
            let wrapped = c.parent().is_some_and(|p| p.kind() == "attribute");
            let text = if wrapped { format!("({anchored})") } else { anchored };
            Some(Edit::replace(rel, c.byte_range(), text))
        }
        Some((_, "open" | "io.open" | "Path" | "pathlib.Path")) => Some(Edit::replace(rel, lit.byte_range(), anchored)),
        _ => Some(Edit::replace(rel, lit.byte_range(), format!("str({anchored})"))),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum JsModule {
    Esm,
    CommonJs,
}

fn js_module_system(src: &SourceFile, rel: &Path, ctx: &Context) -> JsModule {
    let ext = rel.extension().and_then(|e| e.to_str()).unwrap_or("");
    match ext {
        "mjs" | "mts" => return JsModule::Esm,
        "cjs" | "cts" => return JsModule::CommonJs,
        _ => {}
    }
    if !src.imports().is_empty() {
        return JsModule::Esm;
    }
    if src.text().contains("require(") {
        return JsModule::CommonJs;
    }
    let pkg = std::fs::read_to_string(ctx.sources.root().join("package.json")).unwrap_or_default();
    if pkg.contains("\"type\": \"module\"") || pkg.contains("\"type\":\"module\"") {
        JsModule::Esm
    } else {
        JsModule::CommonJs
    }
}

/// Node's fs functions accept a file URL wherever they accept a path.
/// A path literal bound to a constant or passed to a call of the code (`loadStatement("fixtures/x.csv")`), not
/// one an assertion compares.
fn handed_on(src: &SourceFile, lit: Node) -> bool {
    match lit.parent().map(|p| (p.kind(), p)) {
        Some(("variable_declarator", _)) => true,
        Some(("arguments", args)) => args.parent().is_some_and(|call| {
            let name = callee_name(src, call);
            !(name == "expect" || name.starts_with("assert") || name.starts_with("expect."))
        }),
        _ => false,
    }
}

fn fs_call_argument(src: &SourceFile, lit: Node) -> bool {
    const FS: &[&str] = &[
        "readFileSync",
        "readFile",
        "createReadStream",
        "existsSync",
        "statSync",
        "stat",
        "readdirSync",
        "readdir",
        "openSync",
        "open",
        "access",
        "accessSync",
        "copyFileSync",
        "copyFile",
    ];
    call_of_argument(lit)
        .filter(|c| c.named_child(1).is_some_and(|a| a.named_child(0) == Some(lit)))
        .map(|c| callee_name(src, c).rsplit('.').next().unwrap_or(""))
        .is_some_and(|name| FS.contains(&name))
}

/// How to call `path.join` in a CommonJS file, and the `require` line to add when `path` is not loaded.
#[allow(clippy::type_complexity)]
fn cjs_join(src: &SourceFile) -> Option<(String, Option<(usize, String)>)> {
    static BOUND: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?m)^\s*(?:const|let|var)\s+(\w+)\s*=\s*require\(\s*['"](?:node:)?path['"]\s*\)"#)
            .expect("literal regex compiles")
    });
    if let Some(c) = BOUND.captures(src.text()) {
        return Some((format!("{}.join", c.get(1)?.as_str()), None));
    }
    if Regex::new(r"\bpath\b").ok()?.is_match(src.text()) {
        return None;
    }
    // After the last top-level `require` line.
    static REQUIRE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?m)^(?:const|let|var)\s+.*=\s*require\(.*\);?[ \t]*\n").expect("literal regex compiles")
    });
    let at = REQUIRE.find_iter(src.text()).last().map(|m| m.end()).unwrap_or(0);
    Some(("path.join".into(), Some((at, "const path = require('node:path');\n".into()))))
}

// Fixed temp paths -------------------------------------------------------------------------------------------

fn temp_path_fix(rel: &Path, src: &SourceFile, missing: &str) -> Option<Fix> {
    let literals = literals_with_value(src, missing);
    let first = *literals.first()?;
    let test = src.enclosing_test(first)?;
    if literals.iter().any(|l| src.enclosing_test(*l).map(|t| t.id()) != Some(test.id())) {
        return None;
    }
    let file_name = Path::new(missing).file_name()?.to_str()?.to_string();
    let edits = if src.lang().is_python() {
        python_temp_edits(src, rel, test, &literals, &file_name)?
    } else {
        js_temp_edits(src, rel, test, &literals, &file_name)?
    };
    let how = if src.lang().is_python() { "pytest's tmp_path" } else { "a fresh mkdtempSync(os.tmpdir()) folder" };
    Some(
        Fix::new(
            KIND,
            edits,
            0.85,
            format!("Write '{file_name}' into {how} instead of {missing}"),
            format!(
                "The test uses the fixed path {missing}, whose folder does not exist on this machine (and would be \
                 shared by parallel runs). A per-test temporary folder keeps the same file name and checks."
            ),
        )
        .with_applicability(Applicability::Safe),
    )
}

fn python_temp_edits(
    src: &SourceFile,
    rel: &Path,
    test: Node,
    literals: &[Node],
    file_name: &str,
) -> Option<Vec<Edit>> {
    let params = test.child_by_field_name("parameters")?;
    let mut edits = python_add_param(src, rel, params, "tmp_path")?;
    for lit in literals {
        let quote = quote_of(src, *lit);
        let expr = format!("tmp_path / {quote}{file_name}{quote}");
        let direct = call_of_argument(*lit).is_some_and(|c| matches!(callee_name(src, c), "open" | "Path"));
        let text = if direct { expr } else { format!("str({expr})") };
        edits.push(Edit::replace(rel, lit.byte_range(), text));
    }
    Some(edits)
}

/// Adds a fixture parameter to a test's parameter list; no edit when it is already there.
fn python_add_param(src: &SourceFile, rel: &Path, params: Node, name: &str) -> Option<Vec<Edit>> {
    let mut cursor = params.walk();
    let names: Vec<&str> = params.named_children(&mut cursor).map(|p| src.node_text(p)).collect();
    if names.contains(&name) {
        return Some(Vec::new());
    }
    if names.iter().any(|n| n.starts_with('*') || n.contains('=')) {
        return None;
    }
    let close = params.end_byte() - 1;
    let text = if names.is_empty() { name.to_string() } else { format!(", {name}") };
    Some(vec![Edit::insert(rel, close, text)])
}

fn js_temp_edits(src: &SourceFile, rel: &Path, test: Node, literals: &[Node], file_name: &str) -> Option<Vec<Edit>> {
    let var = "outFile";
    if src.text().contains(var) {
        return None;
    }
    let body = js_test_body(test)?;
    let mut edits = Vec::new();
    let mut names = Vec::new();
    for (name, modules) in
        [("mkdtempSync", ["node:fs", "fs"]), ("tmpdir", ["node:os", "os"]), ("join", ["node:path", "path"])]
    {
        let (local, edit) = js_named_import(src, rel, modules, name)?;
        edits.extend(edit);
        names.push(local);
    }
    let stem = file_name.split('.').next().unwrap_or("out");
    let q = quote_of(src, literals[0]);
    let indent = body_indent(src, body);
    let decl = format!(
        "\n{indent}const {var} = {join}({mk}({join}({tmp}(), {q}{stem}-{q})), {q}{file_name}{q});",
        join = names[2],
        mk = names[0],
        tmp = names[1]
    );
    edits.push(Edit::insert(rel, body.start_byte() + 1, decl));
    for lit in literals {
        edits.push(Edit::replace(rel, lit.byte_range(), var));
    }
    Some(edits)
}

/// The block body of a test call's callback (`it('x', () => { ... })`).
fn js_test_body(test: Node) -> Option<Node> {
    let callback = js_test_callback(test)?;
    callback.child_by_field_name("body").filter(|b| b.kind() == "statement_block")
}

fn js_test_callback(test: Node) -> Option<Node> {
    let args = test.child_by_field_name("arguments")?;
    let mut cursor = args.walk();
    let found = args
        .named_children(&mut cursor)
        .filter(|a| matches!(a.kind(), "arrow_function" | "function_expression" | "function"))
        .last();
    found
}

fn body_indent(src: &SourceFile, body: Node) -> String {
    let mut cursor = body.walk();
    let first = body.named_children(&mut cursor).next();
    match first {
        Some(s) => src.indent_of(s.start_position().row as u32 + 1).to_string(),
        None => format!("{}  ", src.indent_of(body.start_position().row as u32 + 1)),
    }
}

/// The local name of a named import from one of `modules`, adding it to an existing `import { ... }` from the
/// module or as a new import line. `None` when the name is taken by something else.
fn js_named_import(src: &SourceFile, rel: &Path, modules: [&str; 2], name: &str) -> Option<(String, Option<Edit>)> {
    let mut target = None;
    for imp in src.imports() {
        let Some(source) = imp.child_by_field_name("source") else { continue };
        let Some(module) = string_literal_value(src, source) else { continue };
        if !modules.contains(&module.as_str()) {
            continue;
        }
        let t = src.node_text(imp);
        if t.split(|c: char| !c.is_alphanumeric() && c != '_').any(|w| w == name) {
            return Some((name.to_string(), None));
        }
        if let Some(named) = find_kind(imp, "named_imports") {
            target = Some(named);
        }
    }
    if Regex::new(&format!(r"\b{name}\b")).ok()?.is_match(src.text()) {
        return None;
    }
    if let Some(named) = target {
        let mut cursor = named.walk();
        let last = named.named_children(&mut cursor).last();
        let edit = match last {
            Some(last) => Edit::insert(rel, last.end_byte(), format!(", {name}")),
            None => Edit::insert(rel, named.start_byte() + 1, format!(" {name} ")),
        };
        return Some((name.to_string(), Some(edit)));
    }
    let first = src.imports().first().copied();
    let at = first.map(|i| i.start_byte()).unwrap_or(0);
    // The file's own quotes.
    let quote = first
        .and_then(|i| i.child_by_field_name("source"))
        .and_then(|s| src.node_text(s).chars().next())
        .filter(|q| *q == '"' || *q == '\'')
        .unwrap_or('\'');
    let line = format!("import {{ {name} }} from {quote}{}{quote};\n", modules[0]);
    Some((name.to_string(), Some(Edit::insert(rel, at, line))))
}

fn find_kind<'a>(node: Node<'a>, kind: &str) -> Option<Node<'a>> {
    if node.kind() == kind {
        return Some(node);
    }
    let mut cursor = node.walk();
    let children: Vec<Node<'a>> = node.named_children(&mut cursor).collect();
    children.into_iter().find_map(|c| find_kind(c, kind))
}

// ---------------------------------------------------------------------------------------------------------------
// Missing environment variables

fn missing_env_var(failure: &Failure, text: &str, ctx: &Context) -> Option<String> {
    if failure.error_type.as_deref() == Some("KeyError") {
        let name = failure.message.trim().trim_matches(['\'', '"']);
        let from_environ = text.contains("environ") || text.contains("<frozen os>") || text.contains("os.py");
        return (from_environ && UPPER_VAR.is_match(name) && UPPER_VAR.find(name)?.as_str() == name)
            .then(|| name.to_string());
    }
    let mut candidates: Vec<String> =
        UPPER_VAR.captures_iter(&failure.message).filter_map(|c| c.get(1)).map(|m| m.as_str().to_string()).collect();
    candidates.dedup();
    let read: Vec<String> = if is_python_runner(failure.runner) {
        // A Python error (not a failed assertion) naming a variable the project's code reads from the environment
        // (`os.environ.get("X")`, `os.getenv("X")`, `env.get("X")` in a module that reads `os.environ`).
        if failure.error_type.as_deref().is_none_or(|t| t == "AssertionError") {
            return None;
        }
        let sources = sources_with(ctx, &["py"]);
        let reads_env = |s: &String| s.contains("environ") || s.contains("getenv");
        candidates
            .into_iter()
            .filter(|v| {
                sources
                    .iter()
                    .filter(|s| reads_env(s))
                    .any(|s| s.contains(&format!("\"{v}\"")) || s.contains(&format!("'{v}'")))
            })
            .collect()
    } else {
        // A JS error naming a variable the project reads from process.env.
        let sources = sources_with(ctx, &["ts", "js", "mjs", "cjs", "mts", "cts", "tsx"]);
        candidates
            .into_iter()
            .filter(|v| {
                sources.iter().any(|s| {
                    s.contains(&format!("process.env.{v}"))
                        || s.contains(&format!("process.env['{v}']"))
                        || s.contains(&format!("process.env[\"{v}\"]"))
                })
            })
            .collect()
    };
    match read.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    }
}

fn is_python_runner(runner: Runner) -> bool {
    matches!(runner, Runner::Pytest | Runner::Unittest | Runner::Traceback)
}

/// The project's non-test source files with one of `extensions`, as text.
fn sources_with(ctx: &Context, extensions: &[&str]) -> Vec<String> {
    project_files(ctx.sources.root(), 5)
        .into_iter()
        .filter(|p| !is_test_path(p) && p.extension().and_then(|e| e.to_str()).is_some_and(|e| extensions.contains(&e)))
        .take(500)
        .filter_map(|p| std::fs::read_to_string(ctx.sources.root().join(p)).ok())
        .collect()
}

fn is_credential(var: &str) -> bool {
    var.split('_').any(|w| SECRET_WORDS.contains(&w)) || var.ends_with("KEY") || var.contains("TOKEN")
}

fn env_var_fix(failure: &Failure, rel: &Path, src: &SourceFile, var: &str, ctx: &Context) -> Option<Fix> {
    if is_credential(var) {
        return Some(Fix::advice(
            KIND,
            format!("Provide {var} to the test run (a credential is never filled in by the healer)"),
            format!(
                "The test fails because the environment variable {var} is not set. It looks like a credential, so \
                 no value is invented or copied from examples: export a test {var} in the environment that runs the \
                 tests, or replace the client that needs it with a fake in the test."
            ),
        ));
    }
    let Some((value, doc)) = documented_value(ctx.sources.root(), var) else {
        return Some(Fix::advice(
            KIND,
            format!("Set {var} for the tests"),
            format!(
                "The test fails because the environment variable {var} is not set, and the project documents no \
                 value for it (.env.example, README): set it in the test's scope with a value that fits."
            ),
        ));
    };
    // A documented production path (`EXPORT_DIR=/var/lib/kpi-reports`): the test would write into the machine's
    // own folders. Such a variable wants a temporary directory made by the test, which is the developer's call.
    if is_outside_path(&value) {
        return Some(Fix::advice(
            KIND,
            format!("Set {var} to a temporary directory in the test's setup"),
            format!(
                "The test fails because the environment variable {var} is not set. {doc} documents {var}={value},                  a path outside the project: a test pointed there would read and write the machine's own files.                  Create a temporary directory in the test's setup, set {var} to it and remove it afterwards."
            ),
        ));
    }
    let fix = set_env_fix(failure, rel, src, var, &value, false)?;
    Some(fix.with_title_and_rationale(
        &format!("Set {var}={value} in the test's scope"),
        &format!(
            "The code under test requires the environment variable {var}, which this machine does not set. {doc} \
             documents {var}={value}; the test now sets it for its own scope and restores it afterwards."
        ),
    ))
}

/// An absolute path or one under the home folder: somewhere outside the project (`/var/lib/app`, `~/data`,
/// `C:\\data`).
fn is_outside_path(value: &str) -> bool {
    let b = value.as_bytes();
    value.starts_with('/') && value.len() > 1
        || value.starts_with("~/")
        || (b.len() > 2 && b[0].is_ascii_alphabetic() && b[1] == b':' && (b[2] == b'\\' || b[2] == b'/'))
}

/// The value documented for `var` and the file that documents it. Placeholders do not count.
fn documented_value(root: &Path, var: &str) -> Option<(String, String)> {
    let re = Regex::new(&format!(
        r#"(?m)(?:^|[\s`|])(?:export\s+)?{}=("[^"\n]*"|'[^'\n]*'|[^\s`'"|#]+)"#,
        regex::escape(var)
    ))
    .ok()?;
    let mut docs: Vec<PathBuf> = ENV_DOCS.iter().map(PathBuf::from).collect();
    if let Ok(entries) = std::fs::read_dir(root.join("docs")) {
        docs.extend(entries.flatten().map(|e| Path::new("docs").join(e.file_name())));
    }
    for doc in docs {
        let Ok(text) = std::fs::read_to_string(root.join(&doc)) else { continue };
        for c in re.captures_iter(&text) {
            let value = c.get(1)?.as_str().trim_matches(['"', '\'']).to_string();
            let lower = value.to_ascii_lowercase();
            let placeholder = value.is_empty()
                || value.contains(['<', '>', '$', '{', '\\'])
                || ["changeme", "change-me", "your", "xxx", "...", "todo", "replace"].iter().any(|p| lower.contains(p));
            if !placeholder {
                return Some((value, doc.display().to_string()));
            }
        }
    }
    None
}

/// Sets `var=value` in the failing test's scope, in the runner's own idiom. `tzset`: also call `time.tzset()`
/// after setting it (Python reads TZ only then).
fn set_env_fix(failure: &Failure, rel: &Path, src: &SourceFile, var: &str, value: &str, tzset: bool) -> Option<Fix> {
    let edits = if src.lang().is_python() {
        python_setenv_edits(failure, rel, src, var, value, tzset)?
    } else {
        match failure.runner {
            Runner::Vitest => vitest_stub_env_edits(rel, src, var, value)?,
            Runner::NodeTest => node_test_env_edits(failure, rel, src, var, value)?,
            _ => return None,
        }
    };
    Some(Fix::new(KIND, edits, 0.85, "", "").with_applicability(Applicability::Safe))
}

fn python_setenv_edits(
    failure: &Failure,
    rel: &Path,
    src: &SourceFile,
    var: &str,
    value: &str,
    tzset: bool,
) -> Option<Vec<Edit>> {
    let test = super::failing_test(src, failure)?;
    let body = test.child_by_field_name("body")?;
    if src.node_text(body).contains(&format!("setenv(\"{var}\""))
        || src.node_text(body).contains(&format!("setenv('{var}'"))
    {
        return None;
    }
    let params = test.child_by_field_name("parameters")?;
    if tzset {
        return python_tz_fixture_edits(rel, src, test, params, var, value);
    }
    if uses_fixtures(src, test, params) {
        return python_autouse_env(rel, src, var, value);
    }
    let mut edits = python_add_param(src, rel, params, "monkeypatch")?;
    let mut cursor = body.walk();
    let stmts: Vec<Node> = body.named_children(&mut cursor).filter(|n| n.kind() != "comment").collect();
    let first = stmts.first()?;
    // After a docstring, else before the first statement.
    let is_doc = first.kind() == "expression_statement" && first.named_child(0).is_some_and(|c| c.kind() == "string");
    let indent = src.indent_of(first.start_position().row as u32 + 1).to_string();
    let q = '"';
    let value = value.replace('\\', "\\\\").replace('"', "\\\"");
    let lines = format!("{indent}monkeypatch.setenv({q}{var}{q}, {q}{value}{q})\n");
    let at = if is_doc {
        let next = stmts.get(1)?;
        src.line_range(next.start_position().row as u32 + 1)?.start
    } else {
        src.line_range(first.start_position().row as u32 + 1)?.start
    };
    edits.push(Edit::insert(rel, at, lines));
    Some(edits)
}

/// Whether the test takes fixtures (parameters no `parametrize` of it fills): a fixture may build the object that
/// reads the variable before the test body runs, so setting it in the body is too late.
fn uses_fixtures(src: &SourceFile, test: Node, params: Node) -> bool {
    let decorators =
        test.parent().filter(|p| p.kind() == "decorated_definition").map(|d| src.node_text(d)).unwrap_or("");
    let mut cursor = params.walk();
    let names: Vec<&str> =
        params.named_children(&mut cursor).filter(|p| p.kind() == "identifier").map(|p| src.node_text(p)).collect();
    names.iter().any(|n| {
        !matches!(*n, "self" | "monkeypatch" | "tmp_path" | "capsys" | "request")
            && !decorators.contains(&format!("\"{n}\""))
            && !decorators.contains(&format!("'{n}'"))
            && !decorators.contains(&format!("\"{n},"))
            && !decorators.contains(&format!(",{n}\""))
            && !decorators.contains(&format!(", {n}\""))
    })
}

/// An autouse fixture of the test file that sets the variable for every test in it, before any other fixture
/// of the module runs (pytest sets up autouse fixtures first), restored by monkeypatch after each test.
fn python_autouse_env(rel: &Path, src: &SourceFile, var: &str, value: &str) -> Option<Vec<Edit>> {
    let name = format!("_{}_env", var.to_ascii_lowercase());
    if src.text().contains(&format!("def {name}(")) {
        return None;
    }
    let mut cursor = src.root().walk();
    let first_def = src
        .root()
        .named_children(&mut cursor)
        .find(|n| matches!(n.kind(), "function_definition" | "decorated_definition" | "class_definition"))?;
    let value = value.replace('\\', "\\\\").replace('"', "\\\"");
    let fixture = format!(
        "@pytest.fixture(autouse=True)\ndef {name}(monkeypatch):\n    monkeypatch.setenv(\"{var}\", \"{value}\")\n\n\n"
    );
    let mut edits = vec![Edit::insert(rel, first_def.start_byte(), fixture)];
    let imports_pytest = src.text().lines().any(|l| l.trim() == "import pytest");
    if !imports_pytest {
        edits.push(Edit::insert(rel, python_import_offset(src), "import pytest\n".to_string()));
    }
    Some(edits)
}

/// Pins a time zone for one pytest test through a fixture. Python reads `TZ` only in `time.tzset()`, and
/// monkeypatch's undo restores the variable but not the zone the C library loaded: left at that, every test after
/// this one would run in UTC. The fixture undoes the variable first and then re-reads it at teardown.
fn python_tz_fixture_edits(
    rel: &Path,
    src: &SourceFile,
    test: Node,
    params: Node,
    var: &str,
    value: &str,
) -> Option<Vec<Edit>> {
    let fixture = format!("{}_timezone", value.to_ascii_lowercase());
    // Already pinned (or the name is taken): nothing to add. A plain name also means `value` needs no escaping.
    if !fixture.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') || src.text().contains(&fixture) {
        return None;
    }
    let mut edits = python_add_param(src, rel, params, &fixture)?;
    // The module-level statement holding the test (its decorators, or its class).
    let mut top = test;
    while let Some(parent) = top.parent() {
        if parent.kind() == "module" {
            break;
        }
        top = parent;
    }
    let body = test.child_by_field_name("body")?;
    let def_indent = src.indent_of(test.start_position().row as u32 + 1).len();
    let unit = src.indent_of(body.start_position().row as u32 + 1).len().saturating_sub(def_indent);
    let i = " ".repeat(if unit == 0 { 4 } else { unit });
    let block = format!(
        "@pytest.fixture\ndef {fixture}(monkeypatch):\n{i}monkeypatch.setenv(\"{var}\", \"{value}\")\n{i}time.tzset()\n\
         {i}yield\n{i}monkeypatch.undo()\n{i}time.tzset()\n\n\n"
    );
    edits.push(Edit::insert(rel, src.line_range(top.start_position().row as u32 + 1)?.start, block));
    let mut imports = String::new();
    for module in ["pytest", "time"] {
        if src.imports().iter().any(|n| src.node_text(*n) == format!("import {module}")) {
            continue;
        }
        // The name means something else here (`from datetime import time`): adding the import would shadow it.
        if Regex::new(&format!(r"\b{module}\b")).ok()?.is_match(src.text()) {
            return None;
        }
        imports.push_str(&format!("import {module}\n"));
    }
    if !imports.is_empty() {
        edits.push(Edit::insert(rel, 0, imports));
    }
    Some(edits)
}

fn vitest_stub_env_edits(rel: &Path, src: &SourceFile, var: &str, value: &str) -> Option<Vec<Edit>> {
    if src.text().contains(&format!("stubEnv('{var}'")) || src.text().contains(&format!("stubEnv(\"{var}\"")) {
        return None;
    }
    let mut edits = Vec::new();
    for name in ["afterEach", "beforeEach", "vi"] {
        let (_, edit) = vitest_import(src, rel, name)?;
        edits.extend(edit);
    }
    let imports = src.imports();
    let last = imports.last()?;
    let q = imports
        .iter()
        .map(|i| src.node_text(*i))
        .find_map(|t| t.chars().find(|c| matches!(c, '\'' | '"')))
        .unwrap_or('\'');
    let value = value.replace('\\', "\\\\").replace(q, &format!("\\{q}"));
    let block = format!(
        "\n\nbeforeEach(() => {{\n  vi.stubEnv({q}{var}{q}, {q}{value}{q});\n}});\n\nafterEach(() => {{\n  vi.unstubAllEnvs();\n}});"
    );
    edits.push(Edit::insert(rel, last.end_byte(), block));
    Some(edits)
}

/// Like [`js_named_import`] for the `vitest` module; a name already used as a global (vitest `globals`) counts
/// as available only when it is imported.
fn vitest_import(src: &SourceFile, rel: &Path, name: &str) -> Option<(String, Option<Edit>)> {
    for imp in src.imports() {
        let Some(source) = imp.child_by_field_name("source") else { continue };
        if string_literal_value(src, source).as_deref() != Some("vitest") {
            continue;
        }
        let t = src.node_text(imp);
        if t.split(|c: char| !c.is_alphanumeric() && c != '_').any(|w| w == name) {
            return Some((name.to_string(), None));
        }
        let named = find_kind(imp, "named_imports")?;
        let mut cursor = named.walk();
        let names: Vec<Node> = named.named_children(&mut cursor).collect();
        // Keep the list sorted when it is: insert before the first name that sorts after this one.
        let before = names.iter().find(|n| src.node_text(**n) > name);
        let edit = match (before, names.last()) {
            (Some(b), _) => Edit::insert(rel, b.start_byte(), format!("{name}, ")),
            (None, Some(last)) => Edit::insert(rel, last.end_byte(), format!(", {name}")),
            (None, None) => Edit::insert(rel, named.start_byte() + 1, format!(" {name} ")),
        };
        return Some((name.to_string(), Some(edit)));
    }
    None
}

fn node_test_env_edits(failure: &Failure, rel: &Path, src: &SourceFile, var: &str, value: &str) -> Option<Vec<Edit>> {
    if src.text().contains(&format!("process.env.{var} =")) {
        return None;
    }
    let test = super::failing_test(src, failure)?;
    let callback = js_test_callback(test)?;
    let body = js_test_body(test)?;
    let params = callback.child_by_field_name("parameters");
    let mut edits = Vec::new();
    let ctx_name = match params {
        Some(p) => {
            let mut cursor = p.walk();
            let list: Vec<Node> = p.named_children(&mut cursor).collect();
            match list.as_slice() {
                [] => {
                    edits.push(Edit::replace(rel, p.byte_range(), "(t)"));
                    "t".to_string()
                }
                [one] if one.kind() == "required_parameter" || one.kind() == "identifier" => {
                    let text = src.node_text(*one);
                    let name = text.split(':').next().unwrap_or(text).trim().to_string();
                    if !name.chars().all(|c| c.is_alphanumeric() || c == '_') {
                        return None;
                    }
                    name
                }
                _ => return None,
            }
        }
        None => callback.child_by_field_name("parameter").map(|p| src.node_text(p).to_string())?,
    };
    let indent = body_indent(src, body);
    let q = quote_of_file(src);
    let saved = format!("saved{}", camel(var));
    let value = value.replace('\\', "\\\\").replace(q, &format!("\\{q}"));
    let text = format!(
        "\n{indent}const {saved} = process.env.{var};\n{indent}process.env.{var} = {q}{value}{q};\n{indent}{ctx_name}.after(() => {{\n{indent}  if ({saved} === undefined) delete process.env.{var};\n{indent}  else process.env.{var} = {saved};\n{indent}}});"
    );
    edits.push(Edit::insert(rel, body.start_byte() + 1, text));
    Some(edits)
}

fn quote_of_file(src: &SourceFile) -> char {
    let (mut single, mut double) = (0, 0);
    for n in src.literals() {
        match src.node_text(n).chars().next() {
            Some('\'') => single += 1,
            Some('"') => double += 1,
            _ => {}
        }
    }
    if double > single {
        '"'
    } else {
        '\''
    }
}

/// `CACHE_TTL_SECONDS` → `CacheTtlSeconds`.
fn camel(var: &str) -> String {
    var.split('_')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let lower = w.to_ascii_lowercase();
            let mut chars = lower.chars();
            chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------------------------
// Time zones

/// Expected and actual are the same text except for clock times that all differ by one whole-offset shift.
fn time_zone_shift(failure: &Failure) -> bool {
    let (Some(expected), Some(actual)) = (failure.expected.as_deref(), failure.actual.as_deref()) else {
        return false;
    };
    let shape = |s: &str| s.chars().map(|c| if c.is_ascii_digit() { '0' } else { c }).collect::<String>();
    if expected == actual || shape(expected) != shape(actual) {
        return false;
    }
    let clocks = |s: &str| -> Vec<i32> {
        CLOCK
            .captures_iter(s)
            .filter_map(|c| {
                Some(c.get(1)?.as_str().parse::<i32>().ok()? * 60 + c.get(2)?.as_str().parse::<i32>().ok()?)
            })
            .collect()
    };
    let (e, a) = (clocks(expected), clocks(actual));
    if e.is_empty() || e.len() != a.len() || e.iter().chain(&a).any(|m| *m >= 24 * 60) {
        return false;
    }
    let shifts: Vec<i32> = e.iter().zip(&a).map(|(x, y)| (y - x).rem_euclid(24 * 60)).collect();
    let shift = shifts[0];
    shift != 0 && shift % 15 == 0 && shifts.iter().all(|s| *s == shift)
}

/// The project formats times in the machine's local zone somewhere.
fn formats_local_time(ctx: &Context) -> bool {
    const MARKERS: &[&str] = &[
        ".fromtimestamp(",
        "time.localtime(",
        ".astimezone()",
        "time.strftime(",
        "getHours()",
        "getDate()",
        "getDay()",
        "toLocaleTimeString(",
        "toLocaleDateString(",
        "toLocaleString(",
        "Intl.DateTimeFormat(",
    ];
    project_files(ctx.sources.root(), 5)
        .into_iter()
        .filter(|p| crate::lang::Language::from_path(p).is_some())
        .take(500)
        .filter_map(|p| std::fs::read_to_string(ctx.sources.root().join(p)).ok())
        .any(|text| MARKERS.iter().any(|m| text.contains(m)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::{GitSignals, SourceCache};
    use crate::failure::FailureKind;
    use crate::fix::apply_edits;

    /// A project on disk (the strategy checks which files exist); returns the fixed text of `file`.
    fn project(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (path, text) in files {
            let p = dir.path().join(path);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        dir
    }

    fn failure(runner: Runner, file: &str, line: u32, error_type: &str, message: &str) -> Failure {
        let mut f = Failure::new(FailureKind::TestFailure, runner, message);
        f.file = Some(file.into());
        f.line = Some(line);
        f.error_type = Some(error_type.into());
        f
    }

    /// The best fix applied to `file`, checked by `validate::check`; `None` when nothing applicable is proposed.
    fn heal(dir: &tempfile::TempDir, file: &str, f: &Failure) -> Option<String> {
        let cache = SourceCache::new(dir.path());
        let ctx = Context::new(&cache, GitSignals::default());
        let fixes = EnvironmentHealing.propose(f, &ctx);
        let fix = fixes.into_iter().find(|x| x.applicability() > Applicability::DisplayOnly)?;
        crate::validate::check(&fix, f, &ctx).unwrap_or_else(|e| panic!("fix does not validate: {e}"));
        let text = cache.get(Path::new(file)).unwrap().text().to_string();
        Some(apply_edits(&text, fix.edits_for(Path::new(file))).unwrap())
    }

    fn advice(dir: &tempfile::TempDir, f: &Failure) -> Vec<Fix> {
        let cache = SourceCache::new(dir.path());
        EnvironmentHealing.propose(f, &Context::new(&cache, GitSignals::default()))
    }

    #[test]
    fn python_fixture_opened_relative_to_cwd() {
        let before = "import json\n\nfrom shop import load\n\n\ndef test_a():\n    with open(\"fixtures/a.json\") as fh:\n        assert load(json.load(fh)) == 1\n";
        let dir = project(&[("tests/test_a.py", before), ("tests/fixtures/a.json", "{}")]);
        let f = failure(
            Runner::Pytest,
            "tests/test_a.py",
            7,
            "FileNotFoundError",
            "[Errno 2] No such file or directory: 'fixtures/a.json'",
        );
        assert_eq!(
            heal(&dir, "tests/test_a.py", &f).unwrap(),
            "import json\nfrom pathlib import Path\n\nfrom shop import load\n\n\ndef test_a():\n    with open(Path(__file__).parent / \"fixtures/a.json\") as fh:\n        assert load(json.load(fh)) == 1\n"
        );
    }

    #[test]
    fn python_path_call_relative_to_the_root_under_a_cd() {
        let before = "from pathlib import Path\n\n\ndef rates():\n    return Path(\"tests/data/r.csv\").read_text()\n\n\ndef test_r():\n    assert rates()\n";
        let dir = project(&[("tests/test_r.py", before), ("tests/data/r.csv", "x")]);
        // pytest started inside tests/ prints paths relative to it.
        let f = failure(
            Runner::Pytest,
            "test_r.py",
            5,
            "FileNotFoundError",
            "No such file or directory: 'tests/data/r.csv'",
        );
        assert_eq!(
            heal(&dir, "tests/test_r.py", &f).unwrap(),
            "from pathlib import Path\n\n\ndef rates():\n    return (Path(__file__).parent / \"data/r.csv\").read_text()\n\n\ndef test_r():\n    assert rates()\n"
        );
    }

    #[test]
    fn refuses_a_fixture_that_does_not_exist_anywhere() {
        let before = "def test_a():\n    open('fixtures/a.json')\n";
        let dir = project(&[("tests/test_a.py", before)]);
        let f = failure(
            Runner::Pytest,
            "tests/test_a.py",
            2,
            "FileNotFoundError",
            "No such file or directory: 'fixtures/a.json'",
        );
        assert!(heal(&dir, "tests/test_a.py", &f).is_none());
    }

    #[test]
    fn typescript_esm_and_commonjs_fixtures() {
        let esm = "import { readFileSync } from 'node:fs';\nimport { it } from 'vitest';\n\nit('a', () => {\n  readFileSync('fixtures/a.json', 'utf8');\n});\n";
        let cjs = "const fs = require('node:fs');\n\nfunction load() {\n  return fs.readFileSync('fixtures/a.json', 'utf8');\n}\n";
        let dir = project(&[("test/a.test.ts", esm), ("test/b.test.js", cjs), ("test/fixtures/a.json", "{}")]);
        let msg = "ENOENT: no such file or directory, open 'fixtures/a.json'";
        let f = failure(Runner::Vitest, "test/a.test.ts", 5, "Error", msg);
        assert_eq!(
            heal(&dir, "test/a.test.ts", &f).unwrap(),
            esm.replace("'fixtures/a.json'", "new URL('./fixtures/a.json', import.meta.url)")
        );
        let f = failure(Runner::NodeTest, "test/b.test.js", 4, "Error", msg);
        assert_eq!(
            heal(&dir, "test/b.test.js", &f).unwrap(),
            "const fs = require('node:fs');\nconst path = require('node:path');\n\nfunction load() {\n  return fs.readFileSync(path.join(__dirname, 'fixtures/a.json'), 'utf8');\n}\n"
        );
        // A path handed to the project's code stays a string; the import follows the file's quotes.
        let handed = "import { it } from \"vitest\";\nimport { load } from \"../src/load\";\n\nconst FIXTURE = \"pkg/test/fixtures/a.json\";\nit(\"a\", () => {\n  load(FIXTURE);\n});\n";
        let dir = project(&[("pkg/test/a.test.ts", handed), ("pkg/test/fixtures/a.json", "{}")]);
        let msg = "ENOENT: no such file or directory, open 'pkg/test/fixtures/a.json'";
        let f = failure(Runner::Vitest, "pkg/test/a.test.ts", 6, "Error", msg);
        assert_eq!(
            heal(&dir, "pkg/test/a.test.ts", &f).unwrap(),
            format!(
                "import {{ fileURLToPath }} from \"node:url\";\n{}",
                handed.replace(
                    "\"pkg/test/fixtures/a.json\"",
                    "fileURLToPath(new URL(\"./fixtures/a.json\", import.meta.url))"
                )
            )
        );
        // The folder a name is joined onto, written in the helper the test loads fixtures through.
        let helper = "import { readFileSync } from 'node:fs';\nimport { join } from 'node:path';\n\nexport function load(name: string): string {\n  return readFileSync(join('pkg/test/fixtures', name), 'utf8');\n}\n";
        let dir = project(&[("pkg/test/load.ts", helper), ("pkg/test/fixtures/a.json", "{}")]);
        let f = failure(Runner::Vitest, "pkg/test/load.ts", 5, "Error", msg);
        assert_eq!(
            heal(&dir, "pkg/test/load.ts", &f).unwrap(),
            format!(
                "import {{ fileURLToPath }} from 'node:url';\n{}",
                helper
                    .replace("join('pkg/test/fixtures'", "join(fileURLToPath(new URL('./fixtures', import.meta.url))")
            )
        );
    }

    #[test]
    fn a_path_written_in_the_conftest_a_test_runs_through_is_anchored_there() {
        let conftest = "import pytest\n\nRATES = \"fixtures/rates.csv\"\n\n@pytest.fixture\ndef rates():\n    return open(RATES).read()\n";
        let test = "def test_rates(rates):\n    assert rates\n";
        let dir = project(&[
            ("tests/conftest.py", conftest),
            ("tests/test_rates.py", test),
            ("tests/fixtures/rates.csv", "a,b\n"),
        ]);
        let mut f = failure(
            Runner::Pytest,
            "tests/test_rates.py",
            1,
            "FileNotFoundError",
            "[Errno 2] No such file or directory: 'fixtures/rates.csv'",
        );
        f.frames =
            vec![crate::failure::Frame { file: "tests/conftest.py".into(), line: 7, column: None, function: None }];
        let fixed = heal(&dir, "tests/conftest.py", &f).unwrap();
        assert!(fixed.contains("Path(__file__).parent / \"fixtures/rates.csv\""), "{fixed}");
    }

    #[test]
    fn python_fixed_temp_path_goes_to_tmp_path() {
        let before = "def test_export():\n    export(\"/tmp/reports/q1.csv\")\n    with open(\"/tmp/reports/q1.csv\") as fh:\n        assert fh.read()\n";
        let dir = project(&[("tests/test_e.py", before)]);
        let f = failure(
            Runner::Pytest,
            "tests/test_e.py",
            2,
            "FileNotFoundError",
            "No such file or directory: '/tmp/reports/q1.csv'",
        );
        assert_eq!(
            heal(&dir, "tests/test_e.py", &f).unwrap(),
            "def test_export(tmp_path):\n    export(str(tmp_path / \"q1.csv\"))\n    with open(tmp_path / \"q1.csv\") as fh:\n        assert fh.read()\n"
        );
    }

    #[test]
    fn typescript_fixed_temp_path_goes_to_mkdtemp() {
        let before = "import { readFileSync } from 'node:fs';\nimport { it } from 'vitest';\n\nit('writes', () => {\n  write('/tmp/out/s.json');\n  readFileSync('/tmp/out/s.json');\n});\n";
        let dir = project(&[("test/w.test.ts", before)]);
        let f = failure(
            Runner::Vitest,
            "test/w.test.ts",
            5,
            "Error",
            "ENOENT: no such file or directory, open '/tmp/out/s.json'",
        );
        assert_eq!(
            heal(&dir, "test/w.test.ts", &f).unwrap(),
            "import { tmpdir } from 'node:os';\nimport { join } from 'node:path';\nimport { readFileSync, mkdtempSync } from 'node:fs';\nimport { it } from 'vitest';\n\nit('writes', () => {\n  const outFile = join(mkdtempSync(join(tmpdir(), 's-')), 's.json');\n  write(outFile);\n  readFileSync(outFile);\n});\n"
        );
    }

    #[test]
    fn python_env_var_from_env_example() {
        let before = "def test_total():\n    assert total() == 3\n";
        let dir = project(&[("tests/test_t.py", before), (".env.example", "REGION=eu-west\n")]);
        let mut f = failure(Runner::Pytest, "tests/test_t.py", 2, "KeyError", "'REGION'");
        f.raw = "<frozen os>:679: KeyError".into();
        f.test_id = Some("tests/test_t.py::test_total".into());
        assert_eq!(
            heal(&dir, "tests/test_t.py", &f).unwrap(),
            "def test_total(monkeypatch):\n    monkeypatch.setenv(\"REGION\", \"eu-west\")\n    assert total() == 3\n"
        );
    }

    #[test]
    fn python_error_naming_a_variable_the_code_reads() {
        let before = "def test_total():\n    assert total() == 3\n";
        let code = "import os\n\ndef url(env=os.environ):\n    if not env.get(\"API_URL\"):\n        raise ConfigError(\"API_URL is not set\")\n";
        let files = [("tests/test_t.py", before), ("app/settings.py", code), (".env.example", "API_URL=http://x\n")];
        let dir = project(&files);
        let mut f = failure(Runner::Pytest, "tests/test_t.py", 2, "app.settings.ConfigError", "API_URL is not set");
        f.test_id = Some("tests/test_t.py::test_total".into());
        assert_eq!(
            heal(&dir, "tests/test_t.py", &f).unwrap(),
            "def test_total(monkeypatch):\n    monkeypatch.setenv(\"API_URL\", \"http://x\")\n    assert total() == 3\n"
        );
        // A failed assertion naming it is about a value, not the environment; nor is a name the code never reads.
        let f = failure(Runner::Pytest, "tests/test_t.py", 2, "AssertionError", "API_URL is not set");
        assert!(advice(&dir, &f).is_empty());
        let f = failure(Runner::Pytest, "tests/test_t.py", 2, "ConfigError", "BASE_URL is not set");
        assert!(advice(&dir, &f).is_empty());
    }

    #[test]
    fn a_test_taking_fixtures_gets_the_variable_from_an_autouse_fixture() {
        let before = "import pytest\n\n\n@pytest.fixture\ndef client():\n    return Client()\n\n\ndef test_total(client):\n    assert client.total() == 3\n";
        let dir = project(&[("tests/test_t.py", before), (".env.example", "REGION=eu-west\n")]);
        let mut f = failure(Runner::Pytest, "tests/test_t.py", 10, "KeyError", "'REGION'");
        f.raw = "<frozen os>:679: KeyError".into();
        f.test_id = Some("tests/test_t.py::test_total".into());
        assert_eq!(
            heal(&dir, "tests/test_t.py", &f).unwrap(),
            "import pytest\n\n\n@pytest.fixture(autouse=True)\ndef _region_env(monkeypatch):\n    monkeypatch.setenv(\"REGION\", \"eu-west\")\n\n\n@pytest.fixture\ndef client():\n    return Client()\n\n\ndef test_total(client):\n    assert client.total() == 3\n"
        );
    }

    #[test]
    fn credentials_and_undocumented_variables_get_advice_only() {
        let before = "def test_pay():\n    assert pay() == 1\n";
        let dir = project(&[("tests/test_p.py", before), (".env.example", "PAY_API_TOKEN=tok_test_1\n")]);
        let mut f = failure(Runner::Pytest, "tests/test_p.py", 2, "KeyError", "'PAY_API_TOKEN'");
        f.raw = "<frozen os>:679: KeyError".into();
        let fixes = advice(&dir, &f);
        assert_eq!(fixes.len(), 1);
        assert!(fixes[0].edits().is_empty() && fixes[0].applicability() == Applicability::DisplayOnly);
        assert!(heal(&dir, "tests/test_p.py", &f).is_none());

        let mut f = failure(Runner::Pytest, "tests/test_p.py", 2, "KeyError", "'REGION'");
        f.raw = "<frozen os>:679: KeyError".into();
        assert!(heal(&dir, "tests/test_p.py", &f).is_none());
        // A KeyError from a plain dict is not about the environment at all.
        let mut f = failure(Runner::Pytest, "tests/test_p.py", 2, "KeyError", "'REGION'");
        f.raw = "E   KeyError: 'REGION'".into();
        assert!(advice(&dir, &f).is_empty());
    }

    #[test]
    fn vitest_env_var_is_stubbed_per_test() {
        let before = "import { describe, expect, it } from 'vitest';\nimport { quote } from '../src/q';\n\nit('q', () => {\n  expect(quote()).toBe(1);\n});\n";
        let code = "export const zone = () => process.env.ZONE_NAME;\n";
        let dir = project(&[("test/q.test.ts", before), ("src/q.ts", code), (".env.example", "ZONE_NAME=eu\n")]);
        let f = failure(Runner::Vitest, "test/q.test.ts", 5, "Error", "ZONE_NAME is not set");
        assert_eq!(
            heal(&dir, "test/q.test.ts", &f).unwrap(),
            "import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';\nimport { quote } from '../src/q';\n\nbeforeEach(() => {\n  vi.stubEnv('ZONE_NAME', 'eu');\n});\n\nafterEach(() => {\n  vi.unstubAllEnvs();\n});\n\nit('q', () => {\n  expect(quote()).toBe(1);\n});\n"
        );
    }

    #[test]
    fn node_test_env_var_is_restored_after_the_test() {
        let before = "import { test } from 'node:test';\n\ntest('ttl', () => {\n  run();\n});\n";
        let code = "export const ttl = () => Number(process.env.CACHE_TTL);\n";
        let dir = project(&[("test/c.test.mjs", before), ("src/c.mjs", code), ("README.md", "`CACHE_TTL=60`\n")]);
        let f =
            failure(Runner::NodeTest, "test/c.test.mjs", 4, "RangeError", "CACHE_TTL must be positive, got undefined");
        assert_eq!(
            heal(&dir, "test/c.test.mjs", &f).unwrap(),
            "import { test } from 'node:test';\n\ntest('ttl', (t) => {\n  const savedCacheTtl = process.env.CACHE_TTL;\n  process.env.CACHE_TTL = '60';\n  t.after(() => {\n    if (savedCacheTtl === undefined) delete process.env.CACHE_TTL;\n    else process.env.CACHE_TTL = savedCacheTtl;\n  });\n  run();\n});\n"
        );
    }

    #[test]
    fn a_documented_path_outside_the_project_is_never_set_for_a_test() {
        // Before: `EXPORT_DIR=/var/lib/kpi-reports` from the README was set for a test that writes reports, and
        // the test wrote into /var/lib.
        let before = "import { test } from 'node:test';\n\ntest('write', () => {\n  run();\n});\n";
        let code = "export const dir = () => process.env.EXPORT_DIR;\n";
        let dir = project(&[
            ("test/w.test.mjs", before),
            ("src/w.mjs", code),
            ("README.md", "`EXPORT_DIR=/var/lib/kpi-reports`\n"),
        ]);
        let f = failure(Runner::NodeTest, "test/w.test.mjs", 4, "Error", "EXPORT_DIR is not set");
        assert!(heal(&dir, "test/w.test.mjs", &f).is_none());
        let fixes = advice(&dir, &f);
        assert!(fixes.iter().all(|x| x.edits().is_empty()) && fixes[0].title().contains("temporary directory"));
        assert!(
            is_outside_path("~/data")
                && is_outside_path("C:\\data")
                && !is_outside_path("data/out")
                && !is_outside_path("/")
        );
    }

    #[test]
    fn time_zone_shift_pins_utc() {
        let before = "from shifts import label\n\n\ndef test_label():\n    assert label(0) == \"09:00-17:00\"\n";
        let code = "from datetime import datetime\n\ndef label(ts):\n    return datetime.fromtimestamp(ts)\n";
        let dir = project(&[("tests/test_s.py", before), ("shifts.py", code)]);
        let mut f =
            failure(Runner::Pytest, "tests/test_s.py", 5, "AssertionError", "assert '04:00-12:00' == '09:00-17:00'");
        f.actual = Some("'04:00-12:00'".into());
        f.expected = Some("'09:00-17:00'".into());
        assert_eq!(
            heal(&dir, "tests/test_s.py", &f).unwrap(),
            "import pytest\nimport time\nfrom shifts import label\n\n\n@pytest.fixture\ndef utc_timezone(monkeypatch):\n    \
             monkeypatch.setenv(\"TZ\", \"UTC\")\n    time.tzset()\n    yield\n    monkeypatch.undo()\n    time.tzset()\n\n\n\
             def test_label(utc_timezone):\n    assert label(0) == \"09:00-17:00\"\n"
        );
        // Not a whole offset: a real difference, not the time zone.
        f.actual = Some("'09:07-17:00'".into());
        assert!(heal(&dir, "tests/test_s.py", &f).is_none());
    }
}
