//! Dependency (import) fix.
//!
//! **What it does**: repairs the imports of a test file or of the code under test (the module a traceback ends in,
//! see [`crate::targeting`]).
//! - A name the file uses but never imports (`NameError: name 'X' is not defined`, `ReferenceError: X is not
//!   defined`, TS2304 `Cannot find name 'X'`) that exactly one project module, the standard library or node's
//!   builtins (or the file's test framework) defines: adds the import in the file's own style, extending an
//!   existing `from m import a` / `import { a } from './m'` when there is one.
//! - A module that cannot be found (`ModuleNotFoundError`, `Cannot find module`, `Failed to load url`, TS2307)
//!   after a file moved or a typo (`colections`, `./utils/formater`): points the import at the one module of the
//!   project, the standard library or node's builtins whose path is within a bounded edit distance (the
//!   TypeScript codefix rule) or that has the same file name in another folder, and that defines every imported
//!   name.
//! - A name that moved (`cannot import name 'X' from 'm'`, TS2305): imports it from the one module that now
//!   defines it.
//!
//! **Why**: an import that no longer resolves fails a whole test file before any assertion runs, although
//! nothing the tests check is wrong. The fix is mechanical once the one module that defines the name is known.
//!
//! **When it refuses**: when the name is bound somewhere in the file already (the problem is scoping, not an
//! import); when several modules are equally plausible (advice lists them); when the missing module is a
//! third-party package (advice carries `pip install requests` / `npm install lodash`: installing is the
//! developer's decision, and guessing a similar name into code would hide it); when the name no longer exists
//! anywhere (a rename is the API adaptation's business); on circular imports.
//!
//! **Fix safety**: safe: only import lines change, never what a test calls or asserts; the re-run proves the
//! chosen module is the right one. Safe in source files too ([`Strategy::safe_in_source`] checks that only
//! import statements changed), unless `--tests-only`.

use std::path::{Component, Path, PathBuf};

use tree_sitter::Node;

use crate::context::Context;
use crate::failure::{Failure, Runner};
use crate::fix::{Applicability, Edit, Fix, StrategyKind};
use crate::project_index::{IndexedFile, SymbolKind};
use crate::source::{string_literal_value, SourceFile};
use crate::strategies::Strategy;

mod exports_map;
mod from_change;

pub struct DependencyFix;

/// Confidence when exactly one project module defines the missing name.
const PROJECT_NAME: f64 = 0.9;
/// Confidence for a standard-library / builtin table entry.
const TABLE_NAME: f64 = 0.88;
/// Confidence for a module path repaired by edit distance or a unique moved file.
const MODULE_PATH: f64 = 0.86;

/// What the failure says is missing.
#[derive(Debug, PartialEq, Eq)]
enum Problem {
    /// A name used but never bound.
    UndefinedName(String),
    /// A module/specifier that does not resolve.
    MissingModule(String),
    /// `cannot import name 'X' from 'm'` / TS2305.
    NameNotInModule { name: String, module: String },
}

impl Strategy for DependencyFix {
    fn kind(&self) -> StrategyKind {
        StrategyKind::DependencyFix
    }

    fn propose(&self, failure: &Failure, ctx: &Context) -> Vec<Fix> {
        let Some(problem) = diagnose(failure) else {
            let exported = failure.file.as_deref().and_then(|f| ctx.sources.relative(f)).and_then(|rel| {
                let src = ctx.sources.get(&rel).ok()?;
                let file = FileCtx { rel: &rel, src: &src, runner: failure.runner };
                exports_map::subpath_moved(&file, &failure.message, ctx)
            });
            return exported.or_else(|| from_change::moved_callee(failure, ctx)).into_iter().collect();
        };
        let Some(rel) = failure.file.as_deref().and_then(|f| ctx.sources.relative(f)) else { return Vec::new() };
        let Ok(src) = ctx.sources.get(&rel) else { return Vec::new() };
        if src.error_count() > 0 {
            return Vec::new();
        }
        let file = FileCtx { rel: &rel, src: &src, runner: failure.runner };
        let fix = match problem {
            Problem::UndefinedName(name) => undefined_name(&file, &name, ctx),
            Problem::MissingModule(spec) => {
                from_change::moved_module(&file, &spec, ctx).or_else(|| missing_module(&file, &spec, ctx))
            }
            Problem::NameNotInModule { name, module } => from_change::renamed_import(&file, &name, ctx)
                .or_else(|| from_change::moved_submodule(&file, &name, &module, ctx))
                .or_else(|| from_change::split_import(&file, &name, &module, ctx))
                .or_else(|| moved_name(&file, &name, &module, ctx))
                .or_else(|| from_change::moved_callee(failure, ctx)),
        };
        fix.into_iter().collect()
    }

    /// Only import statements change (a name added to one, a module path corrected, a new import line), never
    /// the code that runs after them: safe in the code under test as well as in tests. Checked on the fixed text,
    /// so a fix that reaches past the imports is never made in source.
    fn safe_in_source(&self, fix: &Fix, ctx: &Context) -> bool {
        fix.paths().into_iter().all(|path| {
            let Ok(src) = ctx.sources.get(path) else { return false };
            let Ok(fixed) = crate::fix::apply_edits(src.text(), fix.edits_for(path)) else { return false };
            SourceFile::new_transient(src.lang(), path, fixed).is_ok_and(|after| {
                after.error_count() == 0 && code_besides_imports(&after) == code_besides_imports(&src)
            })
        })
    }
}

/// The file's top-level statements other than imports, as text: what must stay the same for a fix to change
/// only imports.
fn code_besides_imports(src: &SourceFile) -> Vec<&str> {
    let imports = src.imports();
    let root = src.root();
    let mut cursor = root.walk();
    let ts_import = |n: &Node| n.kind() == "import_statement";
    root.named_children(&mut cursor)
        .filter(|n| !imports.contains(n) && !ts_import(n) && n.kind() != "comment")
        .map(|n| src.node_text(n))
        .collect()
}

struct FileCtx<'a> {
    rel: &'a Path,
    src: &'a SourceFile,
    runner: Runner,
}

impl FileCtx<'_> {
    fn python(&self) -> bool {
        self.src.lang().is_python()
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the failure

fn diagnose(failure: &Failure) -> Option<Problem> {
    let msg = failure.message.as_str();
    let ty = failure.error_type.as_deref().unwrap_or("");
    let lower = msg.to_ascii_lowercase();
    if lower.contains("circular import") || lower.contains("partially initialized") {
        return None;
    }
    if ty == "NameError" || msg.starts_with("name '") {
        return quoted_after(msg, "name '").filter(|n| is_identifier(n)).map(Problem::UndefinedName);
    }
    if ty == "TS2304" {
        return quoted_after(msg, "Cannot find name '").filter(|n| is_identifier(n)).map(Problem::UndefinedName);
    }
    if ty == "ReferenceError" {
        let name = msg.strip_suffix(" is not defined")?.trim();
        return is_identifier(name).then(|| Problem::UndefinedName(name.to_string()));
    }
    if let Some(name) = quoted_after(msg, "cannot import name '") {
        let module = quoted_after(msg, " from '")?;
        return Some(Problem::NameNotInModule { name, module });
    }
    // TS2724 is TS2305 with a spelling suggestion (`has no exported member named 'x'. Did you mean 'X'?`):
    // the suggestion is only a similar name, the change says what the name became.
    if ty == "TS2305" || ty == "TS2724" {
        let module = quoted_after(msg, "Module '").or_else(|| quoted_after(msg, "'"))?;
        let module = module.trim_matches('"').to_string();
        let name = quoted_after(msg, "exported member '").or_else(|| quoted_after(msg, "exported member named '"))?;
        return Some(Problem::NameNotInModule { name, module });
    }
    if let Some(m) = quoted_after(msg, "No module named '") {
        return Some(Problem::MissingModule(m));
    }
    for prefix in ["Cannot find module '", "Cannot find package '"] {
        if let Some(m) = quoted_after(msg, prefix) {
            return Some(Problem::MissingModule(m));
        }
    }
    if let Some(rest) = msg.split("Failed to load url ").nth(1) {
        let spec = rest.split_whitespace().next()?;
        return Some(Problem::MissingModule(spec.to_string()));
    }
    None
}

/// The text between `prefix` and the next `'`.
fn quoted_after(msg: &str, prefix: &str) -> Option<String> {
    let start = msg.find(prefix)? + prefix.len();
    let rest = &msg[start..];
    let end = rest.find('\'')?;
    Some(rest[..end].to_string())
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_alphanumeric() || c == '_' || c == '$')
}

// ---------------------------------------------------------------------------------------------------------------
// Undefined names

fn undefined_name(file: &FileCtx, name: &str, ctx: &Context) -> Option<Fix> {
    // Bound somewhere in the file already: a scoping mistake, not a missing import.
    if is_bound(file.src, name) {
        return None;
    }
    // Not used here at all: the error came from another file (a module the test called), which is where the
    // import belongs (see crate::targeting).
    if !uses_identifier(file.src, name) {
        return None;
    }
    let project = defining_modules(ctx, file, name);
    let table = if file.python() { python_table(file.src, name) } else { ts_table(file, name) };
    let (target, confidence, origin) = match (project.as_slice(), table.clone()) {
        ([one], None) => {
            (Target::Project((*one).clone()), PROJECT_NAME, format!("`{}` defines it", one.path.display()))
        }
        ([], Some(t)) => (t, TABLE_NAME, "the standard library defines it".to_string()),
        ([], None) => return None,
        _ => {
            let mut places: Vec<String> = project.iter().map(|f| f.path.display().to_string()).collect();
            if let Some(t) = &table {
                places.push(t.describe());
            }
            return Some(Fix::advice(
                StrategyKind::DependencyFix,
                format!("`{name}` is defined in several places; import it from the right one"),
                format!("`{name}` is not imported, and {} all define it: pick one by hand.", places.join(", ")),
            ));
        }
    };
    // A test file written for a framework's globals (`describe`, `it`, `expect` with vitest's `globals` off) misses
    // all of them, but the runner names only the first: they are imported together, or the re-run fails on the next.
    let framework = framework_names(&target);
    let (names, origin) = match framework {
        Some(known) if !file.python() => {
            let mut all: Vec<&str> =
                known.iter().copied().filter(|n| uses_identifier(file.src, n) && !is_bound(file.src, n)).collect();
            if !all.contains(&name) {
                all.push(name);
            }
            all.sort_unstable();
            let spec = target.describe();
            (all.join(", "), format!("`{spec}`, the test framework this project runs, exports it"))
        }
        _ => (name.to_string(), origin),
    };
    let edit =
        if file.python() { py_add_import(file, &target, &names)? } else { ts_add_import(file, &target, &names)? };
    Some(
        Fix::new(
            StrategyKind::DependencyFix,
            vec![edit],
            confidence,
            format!("Import `{names}` from `{}`", target.describe_for(file)),
            format!("`{names}` {} used but never imported, and {origin}.", if names == name { "is" } else { "are" }),
        )
        .with_applicability(Applicability::Safe),
    )
}

/// The globals of the test framework a target names (`vitest`, `node:test`), when it is one.
fn framework_names(target: &Target) -> Option<&'static [&'static str]> {
    match target {
        Target::Spec { spec, default: false } if spec == "vitest" => Some(VITEST_NAMES),
        Target::Spec { spec, default: false } if spec == "node:test" => Some(NODE_TEST_NAMES),
        _ => None,
    }
}

/// Where a name is imported from.
#[derive(Debug, Clone)]
enum Target {
    /// A project file.
    Project(IndexedFile),
    /// A Python stdlib module: `from module import name`, or `import module` when `name == module`.
    PyModule(String),
    /// A TS/JS module specifier used as is (`node:path`, `vitest`): named import, or default when `default`.
    Spec { spec: String, default: bool },
}

impl Target {
    fn describe(&self) -> String {
        match self {
            Target::Project(f) => f.path.display().to_string(),
            Target::PyModule(m) => m.clone(),
            Target::Spec { spec, .. } => spec.clone(),
        }
    }

    fn describe_for(&self, file: &FileCtx) -> String {
        match self {
            Target::Project(f) if !file.python() => ts_spec_for(file, &f.path),
            Target::Project(f) => f.module.clone(),
            other => other.describe(),
        }
    }
}

/// Project files (not tests, not conftest) that define `name` at top level and export it, one per module.
fn defining_modules(ctx: &Context, file: &FileCtx, name: &str) -> Vec<IndexedFile> {
    let mut out: Vec<IndexedFile> = Vec::new();
    for (f, sym) in ctx.project().find(name) {
        if sym.kind == SymbolKind::Method || !sym.exported || f.path == file.rel {
            continue;
        }
        if f.lang.is_python() != file.python() || is_test_file(&f.path) {
            continue;
        }
        if !out.iter().any(|o| o.module == f.module) {
            out.push(f.clone());
        }
    }
    out
}

/// The project file of Python module `module` when its `__all__` still lists `name`: a compatibility module
/// that declares an export it lost is broken itself, and repointing its importers would hide that.
fn exports_promise(ctx: &Context, module: &str, name: &str) -> Option<PathBuf> {
    let file = ctx.project().files.iter().find(|f| f.lang.is_python() && f.module == module)?;
    let src = ctx.sources.get(&file.path).ok()?;
    let root = src.root();
    let mut cursor = root.walk();
    let promised = root.children(&mut cursor).any(|stmt| {
        let Some(assign) = stmt.named_child(0).filter(|n| n.kind() == "assignment") else { return false };
        let left = assign.child_by_field_name("left").map(|l| src.node_text(l));
        let Some(right) = assign.child_by_field_name("right").filter(|r| matches!(r.kind(), "list" | "tuple")) else {
            return false;
        };
        let mut items = right.walk();
        left == Some("__all__")
            && right
                .named_children(&mut items)
                .any(|item| item.kind() == "string" && string_literal_value(&src, item).as_deref() == Some(name))
    });
    promised.then(|| file.path.clone())
}

/// A test module (not a helper that lives next to tests).
fn is_test_file(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    name == "conftest.py"
        || (name.starts_with("test_") && name.ends_with(".py"))
        || name.ends_with("_test.py")
        || name.contains(".test.")
        || name.contains(".spec.")
}

/// Is `name` bound anywhere in the file: defined, assigned, a parameter or already imported?
fn is_bound(src: &SourceFile, name: &str) -> bool {
    let mut bound = false;
    src.walk(|node| {
        if bound {
            return false;
        }
        if matches!(node.kind(), "identifier" | "type_identifier") && src.node_text(node) == name {
            bound = node.parent().is_some_and(|p| binds(p, node));
        }
        true
    });
    bound
}

/// Whether `child` (an identifier) is in a binding position of `parent`.
fn binds(parent: Node, child: Node) -> bool {
    let field_is = |f: &str| parent.child_by_field_name(f).is_some_and(|n| n.id() == child.id());
    match parent.kind() {
        "function_definition"
        | "class_definition"
        | "function_declaration"
        | "class_declaration"
        | "generator_function_declaration"
        | "interface_declaration"
        | "type_alias_declaration"
        | "enum_declaration"
        | "abstract_class_declaration" => field_is("name"),
        "assignment" | "augmented_assignment" | "for_statement" | "for_in_clause" => field_is("left"),
        "variable_declarator" => field_is("name"),
        "parameters" | "lambda_parameters" | "typed_parameter" | "list_splat_pattern" | "dictionary_splat_pattern" => {
            true
        }
        "default_parameter" | "typed_default_parameter" => field_is("name"),
        "required_parameter" | "optional_parameter" => field_is("pattern"),
        "aliased_import" => field_is("alias"),
        "dotted_name" => parent.parent().is_some_and(|g| {
            matches!(g.kind(), "import_statement" | "import_from_statement")
                && parent.named_child(0).map(|n| n.id()) == Some(child.id())
        }),
        "import_specifier" => parent.child_by_field_name("alias").map_or(field_is("name"), |a| a.id() == child.id()),
        "import_clause" | "namespace_import" => true,
        "pattern_list"
        | "tuple_pattern"
        | "as_pattern_target"
        | "global_statement"
        | "nonlocal_statement"
        | "array_pattern"
        | "object_pattern"
        | "shorthand_property_identifier_pattern" => true,
        _ => false,
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Tables: what the standard library, node and the test frameworks define

/// `from module import name` for names everyone imports from the standard library.
const PY_NAMES: &[(&str, &[&str])] = &[
    ("pathlib", &["Path", "PurePath", "PurePosixPath", "PosixPath"]),
    ("dataclasses", &["dataclass", "field", "asdict", "astuple", "fields"]),
    ("collections", &["defaultdict", "Counter", "OrderedDict", "namedtuple", "deque", "ChainMap"]),
    ("datetime", &["timedelta", "date", "timezone"]),
    (
        "decimal",
        &[
            "Decimal",
            "ROUND_HALF_UP",
            "ROUND_HALF_EVEN",
            "ROUND_DOWN",
            "ROUND_UP",
            "ROUND_FLOOR",
            "ROUND_CEILING",
            "InvalidOperation",
        ],
    ),
    ("fractions", &["Fraction"]),
    ("enum", &["Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "auto"]),
    ("functools", &["partial", "reduce", "lru_cache", "cached_property", "wraps", "total_ordering"]),
    ("itertools", &["islice", "groupby", "zip_longest", "accumulate", "permutations", "combinations", "pairwise"]),
    (
        "typing",
        &[
            "Any",
            "Optional",
            "Union",
            "Callable",
            "Iterable",
            "Iterator",
            "Sequence",
            "Mapping",
            "TypeVar",
            "Protocol",
            "NamedTuple",
            "TypedDict",
            "Literal",
            "cast",
        ],
    ),
    ("abc", &["ABC", "abstractmethod"]),
    ("io", &["StringIO", "BytesIO"]),
    ("contextlib", &["contextmanager", "suppress", "ExitStack", "redirect_stdout", "nullcontext"]),
    ("unittest.mock", &["Mock", "MagicMock", "patch", "AsyncMock"]),
    ("copy", &["deepcopy"]),
    ("textwrap", &["dedent"]),
    ("uuid", &["uuid4", "UUID"]),
    ("heapq", &["heappush", "heappop", "heapify", "nsmallest", "nlargest"]),
    ("bisect", &["bisect_left", "bisect_right", "insort"]),
    ("operator", &["itemgetter", "attrgetter"]),
    ("tempfile", &["TemporaryDirectory", "NamedTemporaryFile"]),
    ("types", &["SimpleNamespace", "MappingProxyType"]),
    ("statistics", &["mean", "median"]),
    ("zoneinfo", &["ZoneInfo"]),
];

/// Standard-library modules (top level), for `import json` and for module-name typos.
const PY_STDLIB: &[&str] = &[
    "abc",
    "argparse",
    "array",
    "ast",
    "asyncio",
    "atexit",
    "base64",
    "binascii",
    "bisect",
    "builtins",
    "bz2",
    "calendar",
    "cmath",
    "codecs",
    "collections",
    "concurrent",
    "configparser",
    "contextlib",
    "contextvars",
    "copy",
    "csv",
    "ctypes",
    "dataclasses",
    "datetime",
    "decimal",
    "difflib",
    "dis",
    "doctest",
    "email",
    "enum",
    "errno",
    "fnmatch",
    "fractions",
    "functools",
    "gc",
    "getpass",
    "glob",
    "graphlib",
    "gzip",
    "hashlib",
    "heapq",
    "hmac",
    "html",
    "http",
    "importlib",
    "inspect",
    "io",
    "ipaddress",
    "itertools",
    "json",
    "keyword",
    "locale",
    "logging",
    "lzma",
    "math",
    "mimetypes",
    "multiprocessing",
    "numbers",
    "operator",
    "os",
    "pathlib",
    "pickle",
    "platform",
    "pprint",
    "queue",
    "random",
    "re",
    "secrets",
    "select",
    "shlex",
    "shutil",
    "signal",
    "socket",
    "sqlite3",
    "statistics",
    "string",
    "struct",
    "subprocess",
    "sys",
    "tarfile",
    "tempfile",
    "textwrap",
    "threading",
    "time",
    "timeit",
    "tokenize",
    "tomllib",
    "traceback",
    "types",
    "typing",
    "unicodedata",
    "unittest",
    "urllib",
    "uuid",
    "warnings",
    "weakref",
    "xml",
    "zipfile",
    "zlib",
    "zoneinfo",
];

/// Import names of well-known third-party packages and the distribution to install, when they differ.
const PY_PACKAGES: &[(&str, &str)] = &[
    ("yaml", "pyyaml"),
    ("PIL", "pillow"),
    ("sklearn", "scikit-learn"),
    ("cv2", "opencv-python"),
    ("bs4", "beautifulsoup4"),
    ("dateutil", "python-dateutil"),
    ("jwt", "pyjwt"),
    ("attr", "attrs"),
];

/// Third-party names that are never "typos" of a standard module, whatever the edit distance says.
const PY_THIRD_PARTY: &[&str] = &[
    "requests",
    "numpy",
    "pandas",
    "yaml",
    "attr",
    "attrs",
    "pydantic",
    "httpx",
    "flask",
    "django",
    "sqlalchemy",
    "bs4",
    "PIL",
    "sklearn",
    "scipy",
    "matplotlib",
    "toml",
    "dateutil",
    "pytz",
    "freezegun",
    "hypothesis",
    "responses",
    "boto3",
    "redis",
    "jwt",
    "cv2",
    "click",
    "rich",
    "tqdm",
    "aiohttp",
    "jinja2",
    "lxml",
    "faker",
    "mock",
    "six",
    "ujson",
    "orjson",
    "marshmallow",
    "celery",
    "fastapi",
    "starlette",
    "arrow",
    "pendulum",
];

fn python_table(src: &SourceFile, name: &str) -> Option<Target> {
    if name == "datetime" {
        // The module and its class share a name: `datetime.datetime(...)`/`datetime.date` mean the module.
        let text = src.text();
        let module_use = ["datetime.datetime", "datetime.date", "datetime.timedelta", "datetime.timezone"]
            .iter()
            .any(|p| text.contains(p));
        return Some(Target::PyModule(if module_use { "datetime".into() } else { "datetime.datetime".into() }));
    }
    if let Some((module, _)) = PY_NAMES.iter().find(|(_, names)| names.contains(&name)) {
        return Some(Target::PyModule(format!("{module}.{name}")));
    }
    PY_STDLIB.contains(&name).then(|| Target::PyModule(name.to_string()))
}

/// Node builtin modules.
const NODE_BUILTINS: &[&str] = &[
    "assert",
    "assert/strict",
    "async_hooks",
    "buffer",
    "child_process",
    "cluster",
    "console",
    "crypto",
    "dgram",
    "dns",
    "events",
    "fs",
    "fs/promises",
    "http",
    "http2",
    "https",
    "module",
    "net",
    "os",
    "path",
    "path/posix",
    "perf_hooks",
    "process",
    "querystring",
    "readline",
    "stream",
    "stream/promises",
    "string_decoder",
    "test",
    "timers",
    "timers/promises",
    "tls",
    "tty",
    "url",
    "util",
    "v8",
    "vm",
    "worker_threads",
    "zlib",
];

/// Named exports of node builtins that tests commonly use.
const NODE_NAMES: &[(&str, &[&str])] = &[
    ("path", &["basename", "dirname", "extname"]),
    (
        "fs",
        &[
            "readFileSync",
            "writeFileSync",
            "existsSync",
            "mkdtempSync",
            "mkdirSync",
            "rmSync",
            "readdirSync",
            "statSync",
        ],
    ),
    ("os", &["tmpdir", "homedir", "EOL"]),
    ("url", &["fileURLToPath", "pathToFileURL"]),
    ("util", &["promisify", "isDeepStrictEqual"]),
    ("events", &["EventEmitter"]),
    ("crypto", &["randomUUID", "createHash", "randomBytes", "createHmac"]),
];

/// Builtins commonly imported whole as their own name (`import assert from 'node:assert'`).
const NODE_DEFAULTS: &[&str] = &["assert", "path", "fs", "os", "crypto", "util"];

const VITEST_NAMES: &[&str] =
    &["describe", "it", "test", "expect", "vi", "beforeEach", "afterEach", "beforeAll", "afterAll", "expectTypeOf"];
const NODE_TEST_NAMES: &[&str] = &["describe", "it", "test", "before", "after", "beforeEach", "afterEach", "mock"];

fn ts_table(file: &FileCtx, name: &str) -> Option<Target> {
    let specs: Vec<String> = ts_imports(file.src).into_iter().map(|i| i.spec).collect();
    let uses = |s: &str| specs.iter().any(|x| x == s);
    let framework = if uses("vitest") {
        Some("vitest")
    } else if uses("node:test") {
        Some("node:test")
    } else {
        match file.runner {
            Runner::Vitest => Some("vitest"),
            Runner::NodeTest => Some("node:test"),
            _ => None,
        }
    };
    match framework {
        Some("vitest") if VITEST_NAMES.contains(&name) => {
            return Some(Target::Spec { spec: "vitest".into(), default: false })
        }
        Some("node:test") if NODE_TEST_NAMES.contains(&name) => {
            return Some(Target::Spec { spec: "node:test".into(), default: false })
        }
        _ => {}
    }
    // `node:` prefix unless the file imports builtins without it.
    let bare =
        specs.iter().any(|s| NODE_BUILTINS.contains(&s.as_str())) && !specs.iter().any(|s| s.starts_with("node:"));
    let spec = |m: &str| if bare { m.to_string() } else { format!("node:{m}") };
    if let Some((module, _)) = NODE_NAMES.iter().find(|(_, names)| names.contains(&name)) {
        return Some(Target::Spec { spec: spec(module), default: false });
    }
    NODE_DEFAULTS.contains(&name).then(|| Target::Spec { spec: spec(name), default: true })
}

// ---------------------------------------------------------------------------------------------------------------
// Python imports

/// The top-level `from module import ...` statement for `module`, if any.
fn py_from_import<'a>(src: &'a SourceFile, module: &str) -> Option<Node<'a>> {
    src.imports().into_iter().find(|n| {
        n.kind() == "import_from_statement"
            && n.child_by_field_name("module_name").is_some_and(|m| src.node_text(m) == module)
            && !has_child_kind(*n, "wildcard_import")
    })
}

fn has_child_kind(node: Node, kind: &str) -> bool {
    let mut cursor = node.walk();
    let found = node.children(&mut cursor).any(|c| c.kind() == kind);
    found
}

/// The imported-name nodes of an import statement (`dotted_name` or `aliased_import`).
fn field_children<'a>(node: Node<'a>, field: &str) -> Vec<Node<'a>> {
    let mut cursor = node.walk();
    let out = node.children_by_field_name(field, &mut cursor).collect();
    out
}

/// The name an imported node binds in Python (`a` for `a`, `b` for `a as b`).
fn py_imported_name(src: &SourceFile, node: Node) -> String {
    match node.kind() {
        "aliased_import" => node.child_by_field_name("name").map(|n| src.node_text(n).to_string()).unwrap_or_default(),
        _ => src.node_text(node).to_string(),
    }
}

/// Adds `name` to an existing `from module import ...` list: `, name` after the last one, or a new line inside
/// a parenthesised list with a trailing comma.
fn py_extend(src: &SourceFile, path: &Path, stmt: Node, name: &str) -> Option<Edit> {
    let names = field_children(stmt, "name");
    let last = *names.last()?;
    if let Some(next) = last.next_sibling().filter(|n| n.kind() == ",") {
        let indent = src.indent_of(src.line_of(last.start_byte()));
        return Some(Edit::insert(path, next.end_byte(), format!("\n{indent}{name},")));
    }
    Some(Edit::insert(path, last.end_byte(), format!(", {name}")))
}

/// The offset where a new top-level import line goes: after the last import of the same group (first-party
/// after everything, standard library after the last standard import or before the first import), else after
/// a module docstring, else at the top.
fn py_insert_at(src: &SourceFile, stdlib: bool) -> usize {
    let imports = src.imports();
    let line_end = |n: Node| {
        let end_line = src.line_of(n.end_byte());
        src.line_range(end_line).map(|r| (r.end + 1).min(src.text().len())).unwrap_or(src.text().len())
    };
    let is_std = |n: &Node| {
        let module = n
            .child_by_field_name("module_name")
            .or_else(|| n.child_by_field_name("name"))
            .map(|m| src.node_text(m).split(['.', ' ']).next().unwrap_or("").to_string())
            .unwrap_or_default();
        PY_STDLIB.contains(&module.as_str()) || n.kind() == "future_import_statement"
    };
    if stdlib {
        if let Some(last) = imports.iter().rfind(|n| is_std(n)) {
            return line_end(*last);
        }
        if let Some(first) = imports.first() {
            return first.start_byte();
        }
    } else if let Some(last) = imports.last() {
        return line_end(*last);
    }
    let root = src.root();
    let first = root.named_child(0);
    match first {
        Some(n) if n.kind() == "expression_statement" && n.named_child(0).is_some_and(|s| s.kind() == "string") => {
            line_end(n)
        }
        _ => 0,
    }
}

fn py_add_import(file: &FileCtx, target: &Target, name: &str) -> Option<Edit> {
    let (module, imported, stdlib) = match target {
        Target::Project(f) => (f.module.clone(), Some(name.to_string()), false),
        Target::PyModule(full) if full == name => (full.clone(), None, true),
        Target::PyModule(full) => {
            let (m, n) = full.rsplit_once('.')?;
            (m.to_string(), Some(n.to_string()), true)
        }
        Target::Spec { .. } => return None,
    };
    let path = file.rel;
    match imported {
        Some(n) => {
            if let Some(stmt) = py_from_import(file.src, &module) {
                return py_extend(file.src, path, stmt, &n);
            }
            let at = py_insert_at(file.src, stdlib);
            Some(Edit::insert(path, at, py_line(file.src, at, &format!("from {module} import {n}"))))
        }
        None => {
            let at = py_insert_at(file.src, stdlib);
            Some(Edit::insert(path, at, py_line(file.src, at, &format!("import {module}"))))
        }
    }
}

/// A new line at `at`, with a newline before it when `at` is the end of a file without one.
fn py_line(src: &SourceFile, at: usize, line: &str) -> String {
    if at > 0 && at == src.text().len() && !src.text().ends_with('\n') {
        format!("\n{line}\n")
    } else {
        format!("{line}\n")
    }
}

// ---------------------------------------------------------------------------------------------------------------
// TypeScript imports

struct TsImport<'a> {
    node: Node<'a>,
    spec: String,
    source: Node<'a>,
    /// `{ ... }` of the import, if any.
    named: Option<Node<'a>>,
    type_only: bool,
}

fn ts_imports(src: &SourceFile) -> Vec<TsImport<'_>> {
    src.imports()
        .into_iter()
        .filter(|n| n.kind() == "import_statement")
        .filter_map(|node| {
            let source = node.child_by_field_name("source")?;
            let spec = string_literal_value(src, source)?;
            let mut cursor = node.walk();
            let clause = node.named_children(&mut cursor).find(|c| c.kind() == "import_clause");
            let named = clause.and_then(|c| {
                let mut cc = c.walk();
                let found = c.named_children(&mut cc).find(|x| x.kind() == "named_imports");
                found
            });
            let type_only = {
                let mut cc = node.walk();
                let found = node.children(&mut cc).any(|c| c.kind() == "type");
                found
            };
            Some(TsImport { node, spec, source, named, type_only })
        })
        .collect()
}

fn ts_specifiers<'a>(named: Node<'a>) -> Vec<Node<'a>> {
    let mut cursor = named.walk();
    let out = named.named_children(&mut cursor).filter(|c| c.kind() == "import_specifier").collect();
    out
}

fn ts_specifier_name(src: &SourceFile, spec: Node) -> String {
    spec.child_by_field_name("name").map(|n| src.node_text(n).to_string()).unwrap_or_default()
}

/// The file extension style of the file's relative imports: `.js`, `.ts` or none.
fn ts_ext_style(src: &SourceFile) -> &'static str {
    for i in ts_imports(src) {
        if i.spec.starts_with('.') {
            // `.mjs`/`.cjs` name the file itself (node ESM needs the exact file); `.js` may stand for a `.ts`.
            for ext in [".js", ".ts", ".mjs", ".cjs"] {
                if i.spec.ends_with(ext) {
                    return ext;
                }
            }
        }
    }
    ""
}

/// The relative specifier from the failing file to a project file, in the file's extension style.
fn ts_spec_for(file: &FileCtx, target: &Path) -> String {
    let from_dir = file.rel.parent().unwrap_or(Path::new(""));
    let rel = relative_path(from_dir, &target.with_extension(""));
    let mut spec = rel.to_string_lossy().replace('\\', "/");
    if !spec.starts_with("../") {
        spec = format!("./{spec}");
    }
    let style = ts_ext_style(file.src);
    // A file written in plain JavaScript is imported by its own extension once the file imports with any: a
    // `.mjs` module moved to `cost.mjs` is `./cost.mjs`, never `./cost.js`.
    let own = match target.extension().and_then(|e| e.to_str()) {
        Some("mjs") => ".mjs",
        Some("cjs") => ".cjs",
        Some("js") => ".js",
        _ => style,
    };
    format!("{spec}{}", if style.is_empty() { style } else { own })
}

/// `to` relative to the directory `from` (both project-relative).
fn relative_path(from: &Path, to: &Path) -> PathBuf {
    let f: Vec<Component> = from.components().collect();
    let t: Vec<Component> = to.components().collect();
    let common = f.iter().zip(&t).take_while(|(a, b)| a == b).count();
    let mut out = PathBuf::new();
    for _ in common..f.len() {
        out.push("..");
    }
    for c in &t[common..] {
        out.push(c.as_os_str());
    }
    out
}

/// Project-relative path a relative specifier points at, extension stripped.
fn resolve_spec(file: &Path, spec: &str) -> Option<String> {
    let dir = file.parent().unwrap_or(Path::new(""));
    let mut parts: Vec<String> = dir.components().filter_map(|c| c.as_os_str().to_str().map(String::from)).collect();
    for seg in spec.split('/') {
        match seg {
            "." | "" => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s.to_string()),
        }
    }
    let joined = parts.join("/");
    Some(strip_ts_ext(&joined).to_string())
}

fn strip_ts_ext(s: &str) -> &str {
    for ext in [".d.ts", ".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"] {
        if let Some(x) = s.strip_suffix(ext) {
            return x;
        }
    }
    s
}

fn ts_spec_ext(spec: &str) -> &str {
    &spec[strip_ts_ext(spec).len()..]
}

/// Does an existing import's specifier point at this target?
fn ts_import_matches(file: &FileCtx, import: &TsImport, target: &Target) -> bool {
    match target {
        Target::Project(f) => {
            import.spec.starts_with('.')
                && resolve_spec(file.rel, &import.spec).as_deref() == Some(strip_ts_ext(&f.path.to_string_lossy()))
        }
        Target::Spec { spec, .. } => &import.spec == spec,
        Target::PyModule(_) => false,
    }
}

fn ts_add_import(file: &FileCtx, target: &Target, name: &str) -> Option<Edit> {
    let src = file.src;
    let imports = ts_imports(src);
    let default = matches!(target, Target::Spec { default: true, .. });
    if !default {
        let existing = imports.iter().find(|i| ts_import_matches(file, i, target) && !i.type_only && i.named.is_some());
        if let Some(named) = existing.and_then(|i| i.named) {
            let specs = ts_specifiers(named);
            let last = *specs.last()?;
            return Some(Edit::insert(file.rel, last.end_byte(), format!(", {name}")));
        }
    }
    let spec = match target {
        Target::Project(f) => ts_spec_for(file, &f.path),
        Target::Spec { spec, .. } => spec.clone(),
        Target::PyModule(_) => return None,
    };
    let quote = imports
        .first()
        .and_then(|i| src.node_text(i.source).chars().next())
        .filter(|c| matches!(c, '"' | '\''))
        .unwrap_or('"');
    let semi = imports.last().is_none_or(|i| src.node_text(i.node).trim_end().ends_with(';'));
    let clause = if default { name.to_string() } else { format!("{{ {name} }}") };
    let line = format!("import {clause} from {quote}{spec}{quote}{}", if semi { ";" } else { "" });
    let at = match imports.last() {
        Some(i) => {
            let end_line = src.line_of(i.node.end_byte());
            src.line_range(end_line).map(|r| r.end)?
        }
        None => return Some(Edit::insert(file.rel, 0, format!("{line}\n"))),
    };
    Some(Edit::insert(file.rel, at, format!("\n{line}")))
}

// ---------------------------------------------------------------------------------------------------------------
// Missing modules

/// Optimal string alignment distance (Levenshtein with adjacent transpositions).
fn osa(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[a.len()][b.len()]
}

/// The TypeScript codefix "did you mean" bound: the distance, when `candidate` is close enough to `wanted`.
fn close(wanted: &str, candidate: &str) -> Option<usize> {
    let len = wanted.chars().count() as f64;
    let diff = (wanted.chars().count() as f64 - candidate.chars().count() as f64).abs();
    if diff > (0.34 * len).max(2.0) {
        return None;
    }
    let d = osa(wanted, candidate);
    (d > 0 && (d as f64) < 0.4 * len + 1.0).then_some(d)
}

/// A top-level module name is short and a near miss may be a different real module (`attr` / `ast`): one edit,
/// two for long names.
fn close_top_level(wanted: &str, candidate: &str) -> Option<usize> {
    let d = close(wanted, candidate)?;
    (d <= 1 || (d == 2 && wanted.len() >= 8)).then_some(d)
}

struct Candidate {
    /// The new module path / specifier.
    module: String,
    /// Edit distance to the missing one (0 for a same-named file in another folder).
    distance: usize,
    why: String,
}

fn missing_module(file: &FileCtx, spec: &str, ctx: &Context) -> Option<Fix> {
    if file.python() {
        py_missing_module(file, spec, ctx)
    } else {
        ts_missing_module(file, spec, ctx)
    }
}

/// `from .helper import x` in `thermostat/schedule.py` (module `thermostat.schedule`) names `thermostat.helper`:
/// the absolute module a relative one resolves to, and the package prefix it is relative to.
fn py_resolve_relative(file_module: &str, written: &str) -> Option<(String, String)> {
    let dots = written.len() - written.trim_start_matches('.').len();
    if dots == 0 {
        return None;
    }
    let mut parts: Vec<&str> = file_module.split('.').collect();
    // One dot is the file's own package: drop the file's name, then one more part per extra dot.
    for _ in 0..dots {
        parts.pop()?;
    }
    let base = parts.join(".");
    let rest = &written[dots..];
    let full = match (base.is_empty(), rest.is_empty()) {
        (true, _) => rest.to_string(),
        (false, true) => base.clone(),
        (false, false) => format!("{base}.{rest}"),
    };
    Some((full, base))
}

fn py_missing_module(file: &FileCtx, missing: &str, ctx: &Context) -> Option<Fix> {
    let src = file.src;
    let file_module = ctx.project().files.iter().find(|f| f.path == file.rel).map(|f| f.module.clone());
    // A relative module as it resolves from this file (`.helper` -> `thermostat.helper`).
    let resolved = |written: &str| -> String {
        file_module
            .as_deref()
            .and_then(|m| py_resolve_relative(m, written))
            .map_or_else(|| written.to_string(), |(full, _)| full)
    };
    // The import statement naming the missing module (or a submodule of it).
    let (stmt, module_node) = src.imports().into_iter().find_map(|n| {
        let nodes: Vec<Node> = match n.kind() {
            "import_from_statement" => n.child_by_field_name("module_name").into_iter().collect(),
            "import_statement" => field_children(n, "name")
                .into_iter()
                .map(|x| if x.kind() == "aliased_import" { x.child_by_field_name("name").unwrap_or(x) } else { x })
                .collect(),
            _ => Vec::new(),
        };
        nodes
            .into_iter()
            .find(|m| {
                let t = resolved(src.node_text(*m));
                t == missing || t.starts_with(&format!("{missing}."))
            })
            .map(|m| (n, m))
    })?;
    let written = src.node_text(module_node).to_string();
    let full = resolved(&written);
    if full != missing {
        // `import a.b.c` where `a.b` is missing: only fix the exact module named.
        return None;
    }
    let names: Vec<String> = if stmt.kind() == "import_from_statement" {
        field_children(stmt, "name").into_iter().map(|n| py_imported_name(src, n)).collect()
    } else {
        Vec::new()
    };
    let top = missing.split('.').next().unwrap_or(missing);
    let project = ctx.project();
    let project_modules: Vec<&IndexedFile> =
        project.files.iter().filter(|f| f.lang.is_python() && !is_test_file(&f.path) && f.path != file.rel).collect();
    let project_tops: Vec<&str> = project_modules.iter().map(|f| f.module.split('.').next().unwrap_or("")).collect();
    let defines_all = |f: &IndexedFile| {
        names.iter().all(|n| f.symbols.iter().any(|s| &s.name == n && s.kind != SymbolKind::Method && s.exported))
    };
    let last = missing.rsplit('.').next().unwrap_or(missing);
    let mut candidates: Vec<Candidate> = Vec::new();
    for f in &project_modules {
        if !names.is_empty() && !defines_all(f) {
            continue;
        }
        let flast = f.module.rsplit('.').next().unwrap_or(&f.module);
        let distance = if !missing.contains('.') && !f.module.contains('.') {
            close_top_level(missing, &f.module)
        } else if flast == last && f.module != missing {
            Some(0)
        } else {
            close(missing, &f.module)
        };
        if let Some(distance) = distance {
            let why = if distance == 0 {
                format!("`{}` has the same name in another package", f.path.display())
            } else {
                format!("`{}` is the project module with the closest name", f.path.display())
            };
            candidates.push(Candidate { module: f.module.clone(), distance, why });
        }
    }
    if !missing.contains('.') && !PY_THIRD_PARTY.contains(&missing) {
        for std in PY_STDLIB {
            if let Some(distance) = close_top_level(missing, std) {
                candidates.push(Candidate {
                    module: std.to_string(),
                    distance,
                    why: format!("`{std}` is the standard module with the closest name"),
                });
            }
        }
    }
    if candidates.is_empty() {
        if PY_STDLIB.contains(&top) || project_tops.contains(&top) {
            return None;
        }
        let package = PY_PACKAGES.iter().find(|(m, _)| *m == top).map_or(top, |(_, p)| p);
        return Some(install_advice(missing, &format!("pip install {package}")));
    }
    let best = pick(candidates, missing)?;
    // `import colections` binds the name: renaming it only helps if the file uses the right name.
    if stmt.kind() == "import_statement" && module_node.parent().is_some_and(|p| p.kind() != "aliased_import") {
        let new_top = best.module.split('.').next().unwrap_or("");
        if new_top != top && uses_name_outside_imports(src, top) {
            return None;
        }
    }
    // A relative import stays relative: the new module is written from the same package, or not at all.
    let new_text = match file_module.as_deref().and_then(|m| py_resolve_relative(m, &written)) {
        Some((_, base)) => {
            let dots = &written[..written.len() - written.trim_start_matches('.').len()];
            let tail = if base.is_empty() {
                Some(best.module.as_str())
            } else {
                best.module.strip_prefix(&format!("{base}."))
            };
            format!("{dots}{}", tail?)
        }
        None => best.module.clone(),
    };
    let edit = Edit::replace(file.rel, module_node.byte_range(), new_text);
    Some(module_fix(missing, &best, edit))
}

/// Is `name` written anywhere in the file as a name (a value or a type)?
fn uses_identifier(src: &SourceFile, name: &str) -> bool {
    let mut used = false;
    src.walk(|node| {
        if !used && matches!(node.kind(), "identifier" | "type_identifier") && src.node_text(node) == name {
            used = true;
        }
        !used
    });
    used
}

/// Is `name` used as an identifier anywhere outside the import statements?
fn uses_name_outside_imports(src: &SourceFile, name: &str) -> bool {
    let mut used = false;
    src.walk(|node| {
        if used || matches!(node.kind(), "import_statement" | "import_from_statement") {
            return false;
        }
        if node.kind() == "identifier" && src.node_text(node) == name {
            used = true;
        }
        true
    });
    used
}

/// The one best candidate, or `None` (after logging nothing) when the best distance is shared.
fn pick(mut candidates: Vec<Candidate>, _missing: &str) -> Option<Candidate> {
    candidates.sort_by(|a, b| a.distance.cmp(&b.distance).then(a.module.cmp(&b.module)));
    candidates.dedup_by(|a, b| a.module == b.module);
    let best = candidates.first()?.distance;
    let ties = candidates.iter().filter(|c| c.distance == best).count();
    if ties > 1 {
        return None;
    }
    candidates.into_iter().next()
}

fn module_fix(missing: &str, best: &Candidate, edit: Edit) -> Fix {
    Fix::new(
        StrategyKind::DependencyFix,
        vec![edit],
        MODULE_PATH,
        format!("Import from `{}` instead of `{missing}`", best.module),
        format!("`{missing}` does not exist; {}.", best.why),
    )
    .with_applicability(Applicability::Safe)
}

fn install_advice(missing: &str, command: &str) -> Fix {
    Fix::advice(
        StrategyKind::DependencyFix,
        format!("Install the missing package: `{command}`"),
        format!(
            "`{missing}` is neither a module of this project nor part of the standard library: it is a third-party \
             package that is not installed. Install it (`{command}`) and add it to the project's dependencies; the \
             healer does not guess a replacement."
        ),
    )
}

fn ts_missing_module(file: &FileCtx, missing: &str, ctx: &Context) -> Option<Fix> {
    let src = file.src;
    let imports = ts_imports(src);
    // Node prints an absolute path (`/x/src/crat.js`); vitest and tsc print the specifier.
    let import = imports.iter().find(|i| i.spec == missing).or_else(|| {
        let missing_abs = Path::new(missing);
        if !missing_abs.is_absolute() {
            return None;
        }
        let rel = ctx.sources.relative(missing_abs).or_else(|| {
            // The file may not exist (that is the problem): compare the tail instead.
            Some(PathBuf::from(missing.trim_start_matches('/')))
        })?;
        let rel = strip_ts_ext(&rel.to_string_lossy()).to_string();
        imports
            .iter()
            .find(|i| i.spec.starts_with('.') && resolve_spec(file.rel, &i.spec).is_some_and(|r| rel.ends_with(&r)))
    })?;
    let spec = import.spec.clone();
    let names: Vec<String> = import
        .named
        .map(|n| ts_specifiers(n).into_iter().map(|s| ts_specifier_name(src, s)).collect())
        .unwrap_or_default();
    let string_range = string_inner_range(src, import.source)?;
    if !spec.starts_with('.') {
        let (prefix, bare) = match spec.strip_prefix("node:") {
            Some(b) => ("node:", b),
            None => ("", spec.as_str()),
        };
        let candidates: Vec<Candidate> = NODE_BUILTINS
            .iter()
            .filter_map(|b| {
                close_top_level(bare, b).map(|distance| Candidate {
                    module: format!("{prefix}{b}"),
                    distance,
                    why: format!("`{prefix}{b}` is the node builtin with the closest name"),
                })
            })
            .collect();
        // Without the `node:` prefix a bare name near a builtin may as well be an uninstalled package: advise only.
        if candidates.is_empty() || prefix.is_empty() {
            return package_name(&spec).map(|p| install_advice(&spec, &format!("npm install {p}")));
        }
        let best = pick(candidates, &spec)?;
        return Some(module_fix(&spec, &best, Edit::replace(file.rel, string_range, best.module.clone())));
    }
    let wanted = resolve_spec(file.rel, &spec)?;
    let ext = ts_spec_ext(&spec).to_string();
    let wanted_last = wanted.rsplit('/').next().unwrap_or(&wanted).to_string();
    let mut candidates = Vec::new();
    for f in ctx.project().files.iter().filter(|f| !f.lang.is_python() && f.path != file.rel && !is_test_file(&f.path))
    {
        let path = f.path.to_string_lossy().replace('\\', "/");
        let module = strip_ts_ext(&path).to_string();
        if !names.is_empty()
            && !names
                .iter()
                .all(|n| f.symbols.iter().any(|s| &s.name == n && s.exported && s.kind != SymbolKind::Method))
        {
            continue;
        }
        let last = module.rsplit('/').next().unwrap_or(&module);
        let distance = if last == wanted_last && module != wanted {
            Some(0)
        } else {
            close(&wanted, &module).filter(|_| close(&wanted_last, last).is_some() || last == wanted_last)
        };
        if let Some(distance) = distance {
            let from_dir = file.rel.parent().unwrap_or(Path::new(""));
            let mut new_spec = relative_path(from_dir, Path::new(&module)).to_string_lossy().replace('\\', "/");
            if !new_spec.starts_with("../") {
                new_spec = format!("./{new_spec}");
            }
            let why = if distance == 0 {
                format!("`{path}` has the same name in another folder")
            } else {
                format!("`{path}` is the project file with the closest path")
            };
            candidates.push(Candidate { module: format!("{new_spec}{}", spec_ext(file, &ext, &path)), distance, why });
        }
    }
    let best = pick(candidates, &spec)?;
    Some(module_fix(&spec, &best, Edit::replace(file.rel, string_range, best.module.clone())))
}

/// The extension a repaired specifier gets: the one the author wrote; else, in plain JavaScript, the file's own
/// (node's ESM loader resolves only exact paths, and every bundler accepts them); else the style of the file's other
/// relative imports.
fn spec_ext(file: &FileCtx, written: &str, target: &str) -> String {
    if !written.is_empty() {
        return written.to_string();
    }
    let plain_js = file.rel.extension().is_some_and(|e| matches!(e.to_str(), Some("js" | "mjs" | "cjs" | "jsx")));
    if plain_js {
        return target[strip_ts_ext(target).len()..].to_string();
    }
    ts_ext_style(file.src).to_string()
}

/// The bytes inside a string literal's quotes.
fn string_inner_range(src: &SourceFile, node: Node) -> Option<std::ops::Range<usize>> {
    let text = src.node_text(node);
    (text.len() >= 2).then(|| node.start_byte() + 1..node.end_byte() - 1)
}

/// The npm package of a bare specifier (`lodash/fp` → `lodash`, `@scope/pkg/x` → `@scope/pkg`), if it looks like
/// one.
fn package_name(spec: &str) -> Option<String> {
    let mut parts = spec.split('/');
    let first = parts.next()?;
    let name = if first.starts_with('@') { format!("{first}/{}", parts.next()?) } else { first.to_string() };
    let valid = |s: &str| {
        !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '.' | '_'))
    };
    let ok = match name.split_once('/') {
        Some((scope, pkg)) => scope.len() > 1 && valid(&scope[1..]) && valid(pkg),
        None => valid(&name),
    };
    ok.then_some(name)
}

// ---------------------------------------------------------------------------------------------------------------
// Names that moved to another module

fn moved_name(file: &FileCtx, name: &str, module: &str, ctx: &Context) -> Option<Fix> {
    let src = file.src;
    // The import statement and the node naming `name` in it.
    let (stmt, name_node, all) = if file.python() {
        let stmt = src.imports().into_iter().find(|n| {
            n.kind() == "import_from_statement"
                && n.child_by_field_name("module_name").is_some_and(|m| {
                    let t = src.node_text(m);
                    t == module || (t.starts_with('.') && module.ends_with(t.trim_start_matches('.')))
                })
        })?;
        let all = field_children(stmt, "name");
        let node = *all.iter().find(|n| py_imported_name(src, **n) == name)?;
        (stmt, node, all)
    } else {
        let imports = ts_imports(src);
        let import = imports.iter().find(|i| i.spec == module)?;
        let all = ts_specifiers(import.named?);
        let node = *all.iter().find(|s| ts_specifier_name(src, **s) == name)?;
        (import.node, node, all)
    };
    // The module the import names, as a project path without extension: a defining module that is this one
    // means the import is already right (the runner's message is about an earlier version of the file).
    let imported_from = if file.python() { None } else { resolve_spec(file.rel, module) };
    if let Some(promise) = file.python().then(|| exports_promise(ctx, module, name)).flatten() {
        return Some(Fix::advice(
            StrategyKind::DependencyFix,
            format!("`{module}` promises `{name}` but no longer provides it: fix the module, not the import"),
            format!(
                "`{}` still lists `{name}` in `__all__`, so the old import is the module's own contract; \
                 re-export `{name}` there (the test is right).",
                promise.display()
            ),
        ));
    }
    let candidates = defining_modules(ctx, file, name);
    let target = match candidates.as_slice() {
        [one] => one.clone(),
        [] => return None,
        many => {
            let places: Vec<String> = many.iter().map(|f| f.path.display().to_string()).collect();
            return Some(Fix::advice(
                StrategyKind::DependencyFix,
                format!("`{name}` is no longer in `{module}`; import it from the right module"),
                format!("{} all define `{name}`: pick one by hand.", places.join(", ")),
            ));
        }
    };
    if file.python() && target.module == module
        || imported_from.as_deref() == Some(strip_ts_ext(&target.path.to_string_lossy()))
    {
        return None;
    }
    let target_desc = Target::Project(target.clone()).describe_for(file);
    let rationale = format!("`{name}` is no longer defined in `{module}`; `{}` defines it now.", target.path.display());
    let title = format!("Import `{name}` from `{target_desc}` instead of `{module}`");
    let mut edits = Vec::new();
    if all.len() == 1 {
        // The only name: point the statement at the new module.
        if file.python() {
            let m = stmt.child_by_field_name("module_name")?;
            edits.push(Edit::replace(file.rel, m.byte_range(), target.module.clone()));
        } else {
            let source = stmt.child_by_field_name("source")?;
            edits.push(Edit::replace(file.rel, string_inner_range(src, source)?, target_desc.clone()));
        }
    } else {
        edits.push(remove_from_list(file, name_node)?);
        let text = src.node_text(name_node).to_string();
        let added = if file.python() {
            match py_from_import(src, &target.module) {
                Some(existing) => py_extend(src, file.rel, existing, &text)?,
                None => {
                    let end_line = src.line_of(stmt.end_byte());
                    let at = src.line_range(end_line)?.end;
                    Edit::insert(file.rel, at, format!("\nfrom {} import {text}", target.module))
                }
            }
        } else {
            ts_add_import(file, &Target::Project(target.clone()), &text)?
        };
        edits.push(added);
    }
    Some(
        Fix::new(StrategyKind::DependencyFix, edits, PROJECT_NAME, title, rationale)
            .with_applicability(Applicability::Safe),
    )
}

/// Deletes one item of a comma-separated import list together with one adjacent comma.
fn remove_from_list(file: &FileCtx, item: Node) -> Option<Edit> {
    let text = file.src.text();
    if let Some(next) = item.next_sibling().filter(|n| n.kind() == ",") {
        // `a, X, b` → `a, b`: up to the next item.
        let end = next.next_sibling().map(|n| n.start_byte()).filter(|&e| !text[next.end_byte()..e].contains('\n'));
        let end = end.unwrap_or(next.end_byte());
        return Some(Edit::delete(file.rel, item.start_byte()..end));
    }
    let prev = item.prev_sibling().filter(|n| n.kind() == ",")?;
    Some(Edit::delete(file.rel, prev.start_byte()..item.end_byte()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::{GitSignals, SourceCache};
    use crate::failure::FailureKind;
    use crate::strategies::check::{check_fix, check_no_fix};

    fn failure(kind: FailureKind, runner: Runner, file: &str, error_type: &str, message: &str) -> Failure {
        let mut f = Failure::new(kind, runner, message);
        f.file = Some(file.into());
        f.line = Some(1);
        f.error_type = Some(error_type.into());
        f
    }

    fn name_error(file: &str, name: &str) -> Failure {
        failure(FailureKind::TestFailure, Runner::Pytest, file, "NameError", &format!("name '{name}' is not defined"))
    }

    #[test]
    fn reads_the_messages() {
        let f = |ty: &str, msg: &str| diagnose(&failure(FailureKind::ImportError, Runner::Pytest, "a", ty, msg));
        assert_eq!(f("NameError", "name 'Path' is not defined"), Some(Problem::UndefinedName("Path".into())));
        assert_eq!(f("ReferenceError", "discount is not defined"), Some(Problem::UndefinedName("discount".into())));
        assert_eq!(f("TS2304", "Cannot find name 'totl'."), Some(Problem::UndefinedName("totl".into())));
        assert_eq!(
            f("ModuleNotFoundError", "No module named 'shop.pricng'"),
            Some(Problem::MissingModule("shop.pricng".into()))
        );
        assert_eq!(
            f("Error", "Cannot find module '../src/crat' imported from '/tmp/x/test/b.test.ts'"),
            Some(Problem::MissingModule("../src/crat".into()))
        );
        assert_eq!(
            f("TS2307", "Cannot find module 'lodash' or its corresponding type declarations."),
            Some(Problem::MissingModule("lodash".into()))
        );
        assert_eq!(
            f("ImportError", "cannot import name 'discount' from 'shop.pricing' (/x/shop/pricing.py)"),
            Some(Problem::NameNotInModule { name: "discount".into(), module: "shop.pricing".into() })
        );
        assert_eq!(
            f("TS2305", "Module '\"./cart\"' has no exported member 'total'."),
            Some(Problem::NameNotInModule { name: "total".into(), module: "./cart".into() })
        );
        assert_eq!(
            f(
                "TS2724",
                "'\"../src/options\"' has no exported member named 'resolveOptions'. Did you mean 'ResolvedOptions'?"
            ),
            Some(Problem::NameNotInModule { name: "resolveOptions".into(), module: "../src/options".into() })
        );
        assert_eq!(
            f(
                "ImportError",
                "cannot import name 'a' from partially initialized module 'm' (most likely due to a circular import)"
            ),
            None
        );
    }

    #[test]
    fn distance_follows_the_typescript_rule() {
        assert_eq!(osa("pricnig", "pricing"), 1);
        assert_eq!(close("colections", "collections"), Some(1));
        assert_eq!(close("abc", "xyz"), None);
        assert_eq!(close_top_level("attr", "ast"), None);
        assert_eq!(relative_path(Path::new("test"), Path::new("src/cart")), PathBuf::from("../src/cart"));
        assert_eq!(package_name("@scope/pkg/deep").as_deref(), Some("@scope/pkg"));
        assert_eq!(package_name("@/utils"), None);
    }

    #[test]
    fn imports_a_stdlib_name_before_project_imports() {
        check_fix(
            &DependencyFix,
            "test_a.py",
            "from shop.files import load\n\n\ndef test_a():\n    assert load(Path('x'))\n",
            &name_error("test_a.py", "Path"),
            "from pathlib import Path\nfrom shop.files import load\n\n\ndef test_a():\n    assert load(Path('x'))\n",
        );
        check_fix(
            &DependencyFix,
            "test_a.py",
            "import os\n\nfrom shop import x\n\n\ndef test_a():\n    assert json.loads('1') == 1\n",
            &name_error("test_a.py", "json"),
            "import os\nimport json\n\nfrom shop import x\n\n\ndef test_a():\n    assert json.loads('1') == 1\n",
        );
    }

    #[test]
    fn datetime_class_or_module_by_use() {
        check_fix(
            &DependencyFix,
            "test_a.py",
            "def test_a():\n    assert datetime(2024, 1, 1).year == 2024\n",
            &name_error("test_a.py", "datetime"),
            "from datetime import datetime\ndef test_a():\n    assert datetime(2024, 1, 1).year == 2024\n",
        );
    }

    #[test]
    fn refuses_names_bound_in_the_file_or_unknown() {
        check_no_fix(
            &DependencyFix,
            "test_a.py",
            "def helper():\n    Path = 1\n\ndef test_a():\n    assert Path\n",
            &name_error("test_a.py", "Path"),
        );
        check_no_fix(
            &DependencyFix,
            "test_a.py",
            "def test_a():\n    assert frobnicate()\n",
            &name_error("test_a.py", "frobnicate"),
        );
    }

    #[test]
    fn project_names_extend_an_existing_import() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        std::fs::create_dir_all(dir.path().join("shop")).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(
            dir.path().join("shop/pricing.py"),
            "def total(x):\n    return x\n\ndef discount(x):\n    return x\n",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let cache = SourceCache::new(dir.path());
        let before = "from shop.pricing import total\n\n\ndef test_a():\n    assert discount(total(1)) == 1\n";
        cache.set_text("tests/test_a.py", before);
        let ctx = Context::new(&cache, GitSignals::default());
        let fixes = DependencyFix.propose(&name_error("tests/test_a.py", "discount"), &ctx);
        let fixed = crate::fix::apply_edits(before, fixes[0].edits()).unwrap_or_default();
        assert!(fixed.starts_with("from shop.pricing import total, discount\n"), "{fixed}");
        assert_eq!(fixes[0].applicability(), Applicability::Safe);
    }

    #[test]
    fn a_module_whose_all_still_lists_the_name_is_the_broken_side() {
        let dir = js_project(&[
            ("routing/__init__.py", ""),
            ("routing/speed.py", "def average_speed_kmh(km, minutes):\n    return km / minutes * 60\n"),
            ("routing/timing.py", "def eta(x):\n    return x\n"),
            (
                "routing/legs.py",
                "\"\"\"Kept for old imports.\"\"\"\nfrom routing.timing import eta\n\n__all__ = [\"eta\", \"average_speed_kmh\"]\n",
            ),
        ]);
        let cache = SourceCache::new(dir.path());
        let before = "from routing.legs import average_speed_kmh, eta\n\n\ndef test_a():\n    assert eta(1) == 1\n";
        cache.set_text("tests/test_legs.py", before);
        let ctx = Context::new(&cache, GitSignals::default());
        let f = failure(
            FailureKind::ImportError,
            Runner::Pytest,
            "tests/test_legs.py",
            "ImportError",
            "cannot import name 'average_speed_kmh' from 'routing.legs' (/x/routing/legs.py)",
        );
        let fixes = DependencyFix.propose(&f, &ctx);
        assert!(fixes.iter().all(|x| x.edits().is_empty()), "{fixes:?}");
        assert!(fixes.iter().any(|x| x.rationale().contains("__all__")), "{fixes:?}");
        // Without the promise the name simply moved, and the import follows it.
        std::fs::write(dir.path().join("routing/legs.py"), "from routing.timing import eta\n")
            .unwrap_or_else(|e| panic!("{e}"));
        let cache = SourceCache::new(dir.path());
        cache.set_text("tests/test_legs.py", before);
        let ctx = Context::new(&cache, GitSignals::default());
        let fixes = DependencyFix.propose(&f, &ctx);
        let fixed = crate::fix::apply_edits(before, fixes[0].edits()).unwrap_or_default();
        assert!(fixed.contains("from routing.speed import average_speed_kmh"), "{fixed}");
    }

    #[test]
    fn ts_names_from_the_test_framework_and_node() {
        let f = failure(FailureKind::TestFailure, Runner::Vitest, "a.test.ts", "ReferenceError", "vi is not defined");
        check_fix(
            &DependencyFix,
            "a.test.ts",
            "import { it, expect } from 'vitest';\n\nit('x', () => { expect(vi.fn()).toBeTruthy(); });\n",
            &f,
            "import { it, expect, vi } from 'vitest';\n\nit('x', () => { expect(vi.fn()).toBeTruthy(); });\n",
        );
        let f =
            failure(FailureKind::TestFailure, Runner::Vitest, "a.test.ts", "ReferenceError", "basename is not defined");
        check_fix(
            &DependencyFix,
            "a.test.ts",
            "import { it, expect } from 'vitest';\n\nit('x', () => { expect(basename('/a/b')).toBe('b'); });\n",
            &f,
            "import { it, expect } from 'vitest';\nimport { basename } from 'node:path';\n\nit('x', () => { expect(basename('/a/b')).toBe('b'); });\n",
        );
    }

    #[test]
    fn every_missing_framework_global_is_imported_at_once() {
        let f = failure(
            FailureKind::TestFailure,
            Runner::Vitest,
            "test/r.test.ts",
            "ReferenceError",
            "describe is not defined",
        );
        check_fix(
            &DependencyFix,
            "test/r.test.ts",
            "import { rank } from \"../src/quiz\";\n\ndescribe(\"rank\", () => {\n  it(\"orders\", () => {\n    expect(rank([])).toEqual([]);\n  });\n});\n",
            &f,
            "import { rank } from \"../src/quiz\";\nimport { describe, expect, it } from \"vitest\";\n\ndescribe(\"rank\", () => {\n  it(\"orders\", () => {\n    expect(rank([])).toEqual([]);\n  });\n});\n",
        );
        // A name the file defines itself is left alone; only the framework's globals the file uses are imported.
        check_fix(
            &DependencyFix,
            "test/r.test.ts",
            "const it = (n: string, f: () => void) => f();\n\ndescribe('x', () => it('y', () => {}));\n",
            &f,
            "import { describe } from \"vitest\";\nconst it = (n: string, f: () => void) => f();\n\ndescribe('x', () => it('y', () => {}));\n",
        );
    }

    #[test]
    fn a_framework_global_under_another_runner_is_not_guessed() {
        // tsc alone does not say which framework the project runs, and the file imports none.
        let f = failure(
            FailureKind::TestFailure,
            Runner::Tsc,
            "test/r.test.ts",
            "ReferenceError",
            "describe is not defined",
        );
        check_no_fix(&DependencyFix, "test/r.test.ts", "describe('x', () => {});\n", &f);
    }

    fn js_project(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        for (path, text) in files {
            let p = dir.path().join(path);
            std::fs::create_dir_all(p.parent().unwrap_or(dir.path())).unwrap_or_else(|e| panic!("{e}"));
            std::fs::write(p, text).unwrap_or_else(|e| panic!("{e}"));
        }
        dir
    }

    #[test]
    fn a_relative_module_typo_resolves_to_the_closest_existing_file() {
        let before = "import { pad } from \"./util.js\";\nimport { clamp } from \"./utils\";\n\nexport const f = (n) => pad(clamp(n));\n";
        let dir = js_project(&[
            ("src/util.js", "export function pad(s) { return s; }\nexport function clamp(n) { return n; }\n"),
            ("src/tickets.js", before),
        ]);
        let cache = SourceCache::new(dir.path());
        let ctx = Context::new(&cache, GitSignals::default());
        let missing = dir.path().join("src/utils");
        let f = failure(
            FailureKind::ImportError,
            Runner::NodeTest,
            "src/tickets.js",
            "Error",
            &format!(
                "Cannot find module '{}' imported from {}",
                missing.display(),
                dir.path().join("src/tickets.js").display()
            ),
        );
        let fixes = DependencyFix.propose(&f, &ctx);
        let fixed = crate::fix::apply_edits(before, fixes[0].edits()).unwrap_or_default();
        // Plain JavaScript under node's ESM loader needs the file's own extension.
        assert!(fixed.contains("import { clamp } from \"./util.js\";"), "{fixed}");
        assert_eq!(fixes[0].applicability(), Applicability::Safe);
    }

    #[test]
    fn a_relative_module_typo_with_two_equally_close_files_is_refused() {
        let before = "import { clamp } from \"./utils\";\n\nexport const f = (n) => clamp(n);\n";
        let dir = js_project(&[
            ("src/util.js", "export function clamp(n) { return n; }\n"),
            ("src/utilz.js", "export function clamp(n) { return n; }\n"),
            ("src/tickets.js", before),
        ]);
        let cache = SourceCache::new(dir.path());
        let ctx = Context::new(&cache, GitSignals::default());
        let f = failure(
            FailureKind::ImportError,
            Runner::Vitest,
            "src/tickets.js",
            "Error",
            "Failed to load url ./utils (resolved id: ./utils) in /x/src/tickets.js. Does the file exist?",
        );
        assert!(DependencyFix.propose(&f, &ctx).iter().all(|f| f.edits().is_empty()));
    }

    #[test]
    fn resolves_relative_python_modules() {
        assert_eq!(
            py_resolve_relative("thermostat.schedule", ".helper"),
            Some(("thermostat.helper".into(), "thermostat".into()))
        );
        assert_eq!(py_resolve_relative("a.b.c", "..x"), Some(("a.x".into(), "a".into())));
        assert_eq!(py_resolve_relative("a.b", "."), Some(("a".into(), "a".into())));
        assert_eq!(py_resolve_relative("a", "..x"), None);
        assert_eq!(py_resolve_relative("a.b", "x"), None);
    }

    #[test]
    fn a_relative_python_module_typo_stays_relative() {
        let before = "from .helper import clamp\n\n\ndef f(x):\n    return clamp(x)\n";
        let dir = js_project(&[
            ("src/thermostat/__init__.py", ""),
            ("src/thermostat/helpers.py", "def clamp(x):\n    return x\n"),
            ("src/thermostat/schedule.py", before),
        ]);
        let cache = SourceCache::new(dir.path());
        let ctx = Context::new(&cache, GitSignals::default());
        let f = failure(
            FailureKind::ImportError,
            Runner::Pytest,
            "src/thermostat/schedule.py",
            "ModuleNotFoundError",
            "No module named 'thermostat.helper'",
        );
        let fixes = DependencyFix.propose(&f, &ctx);
        let fixed = crate::fix::apply_edits(before, fixes[0].edits()).unwrap_or_default();
        assert!(fixed.starts_with("from .helpers import clamp\n"), "{fixed}");
        // Two modules one edit away that both define the name: no guess.
        let dir = js_project(&[
            ("src/thermostat/__init__.py", ""),
            ("src/thermostat/helpers.py", "def clamp(x):\n    return x\n"),
            ("src/thermostat/helper2.py", "def clamp(x):\n    return x\n"),
            ("src/thermostat/schedule.py", before),
        ]);
        let cache = SourceCache::new(dir.path());
        let ctx = Context::new(&cache, GitSignals::default());
        assert!(DependencyFix.propose(&f, &ctx).iter().all(|f| f.edits().is_empty()));
    }

    #[test]
    fn module_typos_in_the_standard_library() {
        let f = failure(
            FailureKind::ImportError,
            Runner::Pytest,
            "test_a.py",
            "ModuleNotFoundError",
            "No module named 'colections'",
        );
        check_fix(
            &DependencyFix,
            "test_a.py",
            "from colections import Counter\n\ndef test_a():\n    assert Counter('aa')['a'] == 2\n",
            &f,
            "from collections import Counter\n\ndef test_a():\n    assert Counter('aa')['a'] == 2\n",
        );
    }

    #[test]
    fn third_party_packages_get_advice_only() {
        let f = failure(
            FailureKind::ImportError,
            Runner::Pytest,
            "test_a.py",
            "ModuleNotFoundError",
            "No module named 'requests'",
        );
        let src = "import requests\n\ndef test_a():\n    assert requests\n";
        check_no_fix(&DependencyFix, "test_a.py", src, &f);
        let cache = SourceCache::new("/nonexistent");
        cache.set_text("test_a.py", src);
        let ctx = Context::new(&cache, GitSignals::default());
        let fixes = DependencyFix.propose(&f, &ctx);
        assert!(fixes[0].title().contains("pip install requests"), "{}", fixes[0].title());
        let f = failure(
            FailureKind::ImportError,
            Runner::Vitest,
            "a.test.ts",
            "Error",
            "Cannot find package 'lodash' imported from '/x/a.test.ts'",
        );
        check_no_fix(&DependencyFix, "a.test.ts", "import _ from 'lodash';\n", &f);
        let f = failure(
            FailureKind::ImportError,
            Runner::Pytest,
            "test_a.py",
            "ModuleNotFoundError",
            "No module named 'attr'",
        );
        check_no_fix(&DependencyFix, "test_a.py", "import attr\n", &f);
    }
}
