//! API-contract adaptation.
//!
//! **What it does**: adapts a test's call sites to the code's current API, read from the project's own source
//! (the [`crate::project_index`]):
//! - a renamed method, function, attribute or option key (`AttributeError: 'Cart' object has no attribute
//!   'add_item'`, `module 'shop.pricing' has no attribute ...`, tsc TS2339/TS2551, TS2353/TS2561) is renamed to
//!   the one member of that class/module/options type it most likely became;
//! - a renamed keyword argument (`got an unexpected keyword argument 'qty'`) is renamed to the parameter it
//!   became;
//! - a newly required argument (`missing 1 required positional argument: 'currency'`, TS2554 "Expected 2
//!   arguments, but got 1") is supplied, only when the other calls of that function in the tests all pass the
//!   same literal for it;
//! - positional arguments are wrapped into an options object when the signature now takes `{ ... }` (TS2554 /
//!   TS2345), when the options' declared types map the arguments one way only;
//! - removed standard-library APIs are migrated from a small table (`collections.Mapping` →
//!   `collections.abc.Mapping`, `inspect.getargspec` → `inspect.getfullargspec`, `assertItemsEqual` →
//!   `assertCountEqual`, `assertEquals` → `assertEqual`, ...).
//!
//! **Why**: a rename or signature change in the code breaks every test that calls the old API, although what
//! the tests check is still right; fixing the call sites by hand is busywork.
//!
//! **When it refuses**: the failing file is not a test (removed standard-library APIs excepted: see
//! [`crate::eligibility`]); the receiver is not one of the project's classes or
//! modules (`'NoneType' object has no attribute ...`, `Property 'toFixed' does not exist on type 'string'`:
//! the code returned the wrong thing, which is a bug in the code); more than one member is an equally good
//! match, or none is close (bounded edit distance, TypeScript's codefix rule, the runner's own "did you mean",
//! or one name's words containing the other's); the renamed call would not fit the new signature; a missing
//! argument's value is not evident; `asyncio.coroutine` with a bare `yield` or used as a generator (see
//! `api_adaptation/py_removed.rs`); and when git says the test is
//! newer than the code (the test may be written ahead of the code it calls).
//!
//! **Fix safety**: renames and standard-library migrations are safe (the test checks the same thing through the
//! new name); supplying an argument or regrouping arguments is unsafe. Confidence is high only when the code
//! changed after the test or the runner itself suggested the new name.

use std::path::{Path, PathBuf};

use tree_sitter::Node;

use crate::context::{is_test_path, ChangeIntent, Context};
use crate::failure::{Failure, FailureKind};
use crate::fix::{Applicability, Edit, Fix, StrategyKind};
use crate::project_index::{Param, Symbol, SymbolKind};
use crate::source::SourceFile;
use crate::strategies::Strategy;

mod awaits;
mod from_change;
mod py_removed;
mod removed_node_api;
mod reshaped;

pub(crate) use from_change::stale_caller;
pub(crate) use py_removed::is_behaviour_preserving_rewrite;
pub(crate) use removed_node_api::is_removed_node_api_edit;

pub struct ApiAdaptation;

impl Strategy for ApiAdaptation {
    fn kind(&self) -> StrategyKind {
        StrategyKind::ApiAdaptation
    }

    fn propose(&self, failure: &Failure, ctx: &Context) -> Vec<Fix> {
        // A collection error is an exception raised while the test module ran its top level (a parametrize
        // table, a decorator, a module constant): the same stale API use, found earlier.
        let collected = failure.kind == FailureKind::CollectionError
            && !matches!(
                failure.error_type.as_deref(),
                Some("SyntaxError" | "IndentationError" | "TabError" | "ModuleNotFoundError" | "ImportError") | None
            );
        if !matches!(failure.kind, FailureKind::TestFailure | FailureKind::TypeError) && !collected {
            return Vec::new();
        }
        let Some(rel) = failure.file.as_deref().and_then(|f| ctx.sources.relative(f)) else { return Vec::new() };
        // In source files only the fixes that keep behaviour are kept (crate::eligibility); --tests-only: none.
        if !is_test_path(&rel) && ctx.tests_only {
            return Vec::new();
        }
        let Ok(src) = ctx.sources.get(&rel) else { return Vec::new() };
        let Some(line) = failure.line else { return Vec::new() };
        if src.root().has_error() {
            return Vec::new();
        }
        // Removed Python APIs whose replacement is a rewrite the old semantics pin down (read before the
        // message's other readings: `has no attribute 'coroutine'` is not an awaitable).
        if let Some(fix) = py_removed::propose(&src, &rel, line, &failure.message, ctx) {
            return fix.into_iter().collect();
        }
        let site = Site { ctx, src: &src, rel: &rel, line, column: failure.column.unwrap_or(0) };
        let Some(problem) = Problem::read(failure) else { return site.reshaped_calls().into_iter().collect() };
        let fix = match problem {
            Problem::MissingMember { owner, name, suggested } => site.missing_member(&owner, &name, suggested),
            Problem::NotCallable { name } => name
                .as_deref()
                .and_then(|n| removed_node_api::removed_node_api(&src, &rel, n))
                .or_else(|| name.as_deref().and_then(|n| site.changed_rename(n, None)))
                .or_else(|| site.changed_accessor(name.as_deref())),
            Problem::ImportedNameGone { name } => site.changed_rename(&name, None),
            Problem::TooManyPositional => site.changed_keyword_only(),
            Problem::Awaitable => site.changed_async(),
            Problem::UnknownKeyword { function, name } => site.unknown_keyword(&function, &name),
            Problem::UnknownOption { type_text, name, suggested } => site.unknown_option(&type_text, &name, suggested),
            Problem::MissingArgument { function, param } => site.python_missing_argument(&function, &param),
            Problem::ArgumentCount { min, max, got } => site.ts_argument_count(min, max, got),
            // Read as an options-object mismatch before this existed: that answer stays the fallback.
            Problem::StringNotInType { literal, type_name } => {
                site.changed_union_member(&literal, &type_name).or_else(|| site.ts_options_argument(&type_name))
            }
            Problem::NotAnOptionsObject { param_type } => site.ts_options_argument(&param_type),
            Problem::Deprecated { replacement } => site.deprecated_alias(&replacement),
        };
        // The message named something the handlers could not answer: the delta may still explain the failure.
        fix.or_else(|| site.reshaped_calls()).into_iter().collect()
    }

    fn safe_in_source(&self, fix: &Fix, ctx: &Context) -> bool {
        crate::eligibility::removed_stdlib_api(fix, ctx) || crate::eligibility::follows_project_rename(fix, ctx)
    }
}

/// Who lacks a member, as the runner named it.
#[derive(Debug, Clone, PartialEq)]
enum Owner {
    /// An instance or the class itself: `'Cart' object`, `type object 'Cart'`, tsc `Cart`, `typeof Cart`.
    Class(String),
    /// A Python module (`shop.pricing`) or a TypeScript module path (`/abs/src/format`).
    Module(String),
}

/// What the failure says is wrong with the call.
#[derive(Debug, Clone, PartialEq)]
enum Problem {
    MissingMember {
        owner: Owner,
        name: String,
        suggested: Option<String>,
    },
    /// Python `f() got an unexpected keyword argument 'name'`; `function` is the printed (qualified) name.
    UnknownKeyword {
        function: String,
        name: String,
    },
    /// tsc TS2353/TS2561: an object literal key its type does not have.
    UnknownOption {
        type_text: String,
        name: String,
        suggested: Option<String>,
    },
    /// Python `f() missing 1 required positional/keyword-only argument: 'param'`.
    MissingArgument {
        function: String,
        param: String,
    },
    /// tsc TS2554 `Expected min[-max] arguments, but got got.`
    ArgumentCount {
        min: usize,
        max: usize,
        got: usize,
    },
    /// A call of something that is not callable (`'float' object is not callable`, `x.total is not a
    /// function`, TS2349), with the member's name when the runner printed it.
    NotCallable {
        name: Option<String>,
    },
    /// `cannot import name 'X'`, TS2305/TS2724: an imported name the module no longer has.
    ImportedNameGone {
        name: String,
    },
    /// Python `f() takes 2 positional arguments but 3 were given`.
    TooManyPositional,
    /// The test got a coroutine or Promise where it expected a value.
    Awaitable,
    /// tsc TS2345/TS2322 `Argument of type '"closed"' is not assignable to parameter of type 'Status'`: a
    /// string the named type no longer has (`literal` is the string's contents).
    StringNotInType {
        literal: String,
        type_name: String,
    },
    /// tsc TS2345 where the parameter is an object type and the argument is not.
    NotAnOptionsObject {
        param_type: String,
    },
    /// A `DeprecationWarning` turned into an error (`filterwarnings = error`) that names the replacement:
    /// unittest's `Please use assertEqual instead.`
    Deprecated {
        replacement: String,
    },
}

/// The quoted strings of a message, in order: `'Cart' object has no attribute 'x'` → [Cart, x].
fn quoted(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(start) = rest.find('\'') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('\'') else { break };
        out.push(after[..end].to_string());
        rest = &after[end + 1..];
    }
    out
}

impl Problem {
    fn read(f: &Failure) -> Option<Problem> {
        let msg = f.message.trim();
        let error_type = f.error_type.as_deref().unwrap_or("");
        let short_type = error_type.rsplit('.').next().unwrap_or(error_type);
        if msg.contains("coroutine") || msg.contains("Promise {") || msg.contains("Promise{") {
            return Some(Problem::Awaitable);
        }
        let head = msg.strip_suffix(" is not a function").or_else(|| msg.strip_suffix(" is not a constructor"));
        if let Some(head) = head {
            let head = head.rsplit(": ").next().unwrap_or(head).trim();
            // vitest prints an imported callee as `(0 , name)` or `(0 , __vite_ssr_import_0__.name)`.
            let head = head.strip_prefix("(0 , ").and_then(|h| h.strip_suffix(')')).unwrap_or(head);
            let name =
                head.rsplit('.').next().filter(|n| n.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '$'));
            return Some(Problem::NotCallable { name: name.map(str::to_string) });
        }
        if matches!(short_type, "TS2349" | "TS6234")
            || (short_type == "TypeError" && msg.ends_with("object is not callable"))
        {
            return Some(Problem::NotCallable { name: None });
        }
        if let Some(rest) = msg.split("cannot import name '").nth(1) {
            return Some(Problem::ImportedNameGone { name: rest.split('\'').next()?.to_string() });
        }
        if matches!(short_type, "TS2305" | "TS2724") {
            let rest = msg.split("exported member ").nth(1)?;
            let rest = rest.strip_prefix("named ").unwrap_or(rest);
            return Some(Problem::ImportedNameGone { name: quoted(rest).first()?.clone() });
        }
        if matches!(short_type, "DeprecationWarning" | "PendingDeprecationWarning") {
            let rest = msg.split("use ").nth(1)?;
            let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            return (!name.is_empty() && rest[name.len()..].trim_start().starts_with("instead"))
                .then_some(Problem::Deprecated { replacement: name });
        }
        if short_type == "TypeError" && msg.contains(" positional argument") && msg.contains(" were given") {
            return Some(Problem::TooManyPositional);
        }
        match short_type {
            "AttributeError" => {
                let suggested =
                    msg.split_once("Did you mean: ").map(|(_, s)| quoted(s)).and_then(|q| q.first().cloned());
                let q = quoted(msg);
                if let Some(rest) = msg.strip_prefix("module ") {
                    let q = quoted(rest);
                    return Some(Problem::MissingMember {
                        owner: Owner::Module(q.first()?.clone()),
                        name: q.get(1)?.clone(),
                        suggested,
                    });
                }
                if msg.starts_with("type object '") || msg.contains("' object has no attribute '") {
                    return Some(Problem::MissingMember {
                        owner: Owner::Class(q.first()?.clone()),
                        name: q.get(1)?.clone(),
                        suggested,
                    });
                }
                // `Enum.__getattr__` (Python ≤ 3.11) and other `__getattr__`s raise `AttributeError(name)`: the
                // bare name, the owner only on the failing line (an empty owner, read there).
                if !msg.is_empty() && msg.chars().all(|c| c.is_alphanumeric() || c == '_') {
                    return Some(Problem::MissingMember {
                        owner: Owner::Class(String::new()),
                        name: msg.to_string(),
                        suggested,
                    });
                }
                None
            }
            "TypeError" if f.runner != crate::failure::Runner::Tsc => {
                // C-level argument parsing words it the other way round: `'limit' is an invalid keyword
                // argument for f()`.
                if let Some((name, function)) = msg.split_once("' is an invalid keyword argument for ") {
                    let name = name.strip_prefix('\'')?;
                    let function = function.trim_end_matches('.').strip_suffix("()")?;
                    return Some(Problem::UnknownKeyword { function: function.to_string(), name: name.to_string() });
                }
                let (head, tail) = msg.split_once("() ")?;
                let q = quoted(tail);
                if tail.starts_with("got an unexpected keyword argument '") {
                    return Some(Problem::UnknownKeyword { function: head.to_string(), name: q.first()?.clone() });
                }
                if tail.starts_with("missing 1 required positional argument: '")
                    || tail.starts_with("missing 1 required keyword-only argument: '")
                {
                    return Some(Problem::MissingArgument { function: head.to_string(), param: q.first()?.clone() });
                }
                None
            }
            "TS2339" | "TS2551" => {
                let q = quoted(msg);
                let name = q.first()?.clone();
                let ty = msg.split_once("does not exist on type '")?.1;
                let ty = ty.rsplit_once("'.").map(|(t, _)| t).unwrap_or(ty.trim_end_matches(['\'', '.']));
                let suggested = msg.split_once("Did you mean '").and_then(|(_, s)| s.split_once('\'')).map(|x| x.0);
                let ty = ty.trim();
                let owner = if let Some(path) = ty.strip_prefix("typeof import(\"") {
                    Owner::Module(path.split('"').next()?.to_string())
                } else {
                    let class = ty.strip_prefix("typeof ").unwrap_or(ty);
                    let class = class.split('<').next().unwrap_or(class);
                    if !class.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '$') || class.is_empty() {
                        return None;
                    }
                    Owner::Class(class.to_string())
                };
                Some(Problem::MissingMember { owner, name, suggested: suggested.map(str::to_string) })
            }
            "TS2353" | "TS2561" => {
                let q = quoted(msg);
                let name = q.first()?.clone();
                let type_text = msg.split_once("does not exist in type '")?.1;
                let type_text = match type_text.rsplit_once("'.") {
                    Some((t, _)) => t,
                    None => type_text.trim_end_matches(['\'', '.']),
                };
                let suggested =
                    msg.split_once("Did you mean to write '").and_then(|(_, s)| s.split_once('\'')).map(|x| x.0);
                Some(Problem::UnknownOption {
                    type_text: type_text.to_string(),
                    name,
                    suggested: suggested.map(str::to_string),
                })
            }
            "TS2554" => {
                let rest = msg.strip_prefix("Expected ")?;
                let (range, rest) = rest.split_once(" arguments, but got ")?;
                let got: usize = rest.trim_end_matches('.').trim().parse().ok()?;
                let (min, max) = match range.split_once('-') {
                    Some((a, b)) => (a.parse().ok()?, b.parse().ok()?),
                    None => (range.parse().ok()?, range.parse().ok()?),
                };
                Some(Problem::ArgumentCount { min, max, got })
            }
            // TS2820 is TS2322 with tsc's spelling suggestion; TS2367 a comparison with a string the type lacks.
            "TS2345" | "TS2322" | "TS2820" | "TS2367" if string_not_in_type(msg).is_some() => {
                let (literal, type_name) = string_not_in_type(msg)?;
                Some(Problem::StringNotInType { literal, type_name })
            }
            "TS2345" => {
                let param_type = msg.split_once("to parameter of type '")?.1;
                let param_type = param_type.strip_suffix("'.").unwrap_or(param_type);
                Some(Problem::NotAnOptionsObject { param_type: param_type.to_string() })
            }
            _ => None,
        }
    }
}

/// `Argument of type '"closed"' is not assignable to parameter of type 'Status'.` / `Type '"closed"' is not
/// assignable to type 'Status'.`: the string's contents and the (named) type.
fn string_not_in_type(msg: &str) -> Option<(String, String)> {
    if let Some(rest) = msg.split_once("because the types '").map(|(_, r)| r) {
        // TS2367 `This comparison appears to be unintentional because the types 'Status' and '"closed"' have no
        // overlap.`, either way round.
        let (a, b) = rest.split_once("' and '")?;
        let b = b.split_once("' have no overlap")?.0;
        let (literal, type_name) = if a.starts_with('"') { (a, b) } else { (b, a) };
        let literal = literal.strip_prefix('"')?.strip_suffix('"')?;
        let named = !type_name.is_empty() && type_name.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '$');
        return named.then(|| (literal.to_string(), type_name.to_string()));
    }
    let rest = msg.strip_prefix("Argument of type '\"").or_else(|| msg.strip_prefix("Type '\""))?;
    let (literal, rest) = rest.split_once("\"' is not assignable to ")?;
    let type_name = rest.strip_prefix("parameter of type '").or_else(|| rest.strip_prefix("type '"))?;
    let type_name = type_name.split('\'').next()?;
    let named = !type_name.is_empty() && type_name.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '$');
    named.then(|| (literal.to_string(), type_name.to_string()))
}

/// Removed standard-library attributes and their replacements: `(module, old, new, where Python documents the
/// removal)`. An empty `new` is a removal with no one-to-one replacement: recognised, never rewritten.
pub(crate) const PY_MODULE_MIGRATIONS: &[(&str, &str, &str, &str)] = &[
    // Exact for the fields both results share (`.args`, `.varargs`, `.defaults`): crate::eligibility checks that
    // before the replacement is made in source.
    ("inspect", "getargspec", "getfullargspec", "removed in Python 3.11 (What's New In Python 3.11)"),
    ("inspect", "getmoduleinfo", "", "removed in Python 3.6 (What's New In Python 3.6)"),
    // Rewritten as `async def` by py_removed, when the function is a coroutine only.
    ("asyncio", "coroutine", "", "removed in Python 3.11: generator-based coroutines become `async def`, a rewrite"),
    ("asyncio", "async", "ensure_future", "an alias of `ensure_future` (3.4.4); `async` is a keyword since Python 3.7"),
    ("base64", "encodestring", "encodebytes", "aliases removed in Python 3.9 (What's New In Python 3.9)"),
    ("base64", "decodestring", "decodebytes", "aliases removed in Python 3.9 (What's New In Python 3.9)"),
];

/// The ABCs that left `collections` for `collections.abc` in Python 3.10.
pub(crate) const COLLECTIONS_ABCS: &[&str] = &[
    "Mapping",
    "MutableMapping",
    "Sequence",
    "MutableSequence",
    "Set",
    "MutableSet",
    "Iterable",
    "Iterator",
    "Callable",
    "Hashable",
    "Sized",
    "Container",
    "Generator",
    "Awaitable",
    "Coroutine",
    "AsyncIterable",
    "AsyncIterator",
    "ItemsView",
    "KeysView",
    "ValuesView",
    "MappingView",
    "Collection",
    "Reversible",
    "ByteString",
];

/// unittest's removed (or deprecated) aliases.
const PY_ASSERT_ALIASES: &[(&str, &str)] = &[
    ("assertEquals", "assertEqual"),
    ("assertNotEquals", "assertNotEqual"),
    ("assertItemsEqual", "assertCountEqual"),
    ("assertAlmostEquals", "assertAlmostEqual"),
    ("assertNotAlmostEquals", "assertNotAlmostEqual"),
    ("assertRegexpMatches", "assertRegex"),
    ("assertNotRegexpMatches", "assertNotRegex"),
    ("assertRaisesRegexp", "assertRaisesRegex"),
    ("assert_", "assertTrue"),
    ("failUnless", "assertTrue"),
    ("failIf", "assertFalse"),
    ("failUnlessEqual", "assertEqual"),
    ("failIfEqual", "assertNotEqual"),
];

/// How the new name was found; decides the confidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Evidence {
    /// One name's words contain the other's (`add_item` → `add`), or an abbreviation (`qty` → `quantity`).
    Related,
    /// The only candidate within TypeScript's bounded edit distance.
    Close,
    /// The runner's own "did you mean".
    RunnerSuggested,
}

/// A member a name could have become.
#[derive(Debug, Clone)]
struct Member {
    name: String,
    /// Parameters when it is a method/function.
    params: Option<Vec<Param>>,
    /// The declared type of a property, when known.
    ty: Option<String>,
    optional: bool,
}

impl Member {
    fn named(name: &str) -> Member {
        Member { name: name.to_string(), params: None, ty: None, optional: false }
    }
}

/// The failing test file and location.
struct Site<'a, 'c> {
    ctx: &'a Context<'c>,
    src: &'a SourceFile,
    rel: &'a Path,
    line: u32,
    column: u32,
}

/// The shape of a call as written: what any new signature must accept.
#[derive(Debug, Default, Clone)]
struct CallShape {
    positional: usize,
    keywords: Vec<String>,
    /// `*args`, `**kw`, `...rest`: the count is unknown.
    splat: bool,
}

impl CallShape {
    fn of(src: &SourceFile, call: Node) -> CallShape {
        let mut shape = CallShape::default();
        let Some(args) = call.child_by_field_name("arguments") else { return shape };
        let mut cursor = args.walk();
        for a in args.named_children(&mut cursor) {
            match a.kind() {
                "comment" => {}
                "keyword_argument" => {
                    if let Some(n) = a.child_by_field_name("name") {
                        shape.keywords.push(src.node_text(n).to_string());
                    }
                }
                "list_splat" | "dictionary_splat" | "spread_element" => shape.splat = true,
                _ => shape.positional += 1,
            }
        }
        shape
    }

    /// Whether a function with these parameters accepts this call.
    fn fits(&self, params: &[Param]) -> bool {
        if self.splat {
            return true;
        }
        let positional: Vec<&Param> = params.iter().filter(|p| !p.keyword_only && !p.var_keyword).collect();
        let has_var = params.iter().any(|p| p.variadic);
        let has_var_kw = params.iter().any(|p| p.var_keyword);
        let fixed = positional.iter().filter(|p| !p.variadic).count();
        if self.positional > fixed && !has_var {
            return false;
        }
        for k in &self.keywords {
            if !has_var_kw && !params.iter().any(|p| &p.name == k && !p.variadic) {
                return false;
            }
        }
        params.iter().enumerate().all(|(i, p)| {
            p.has_default
                || p.variadic
                || p.var_keyword
                || (!p.keyword_only && i < self.positional)
                || self.keywords.contains(&p.name)
        })
    }
}

impl<'a, 'c> Site<'a, 'c> {
    fn intent(&self) -> ChangeIntent {
        self.ctx.git.intent_for(self.rel)
    }

    /// Confidence and applicability of a rename found with `evidence`.
    fn rename_confidence(&self, evidence: Evidence) -> (f64, Applicability, &'static str) {
        let base = match evidence {
            Evidence::RunnerSuggested => 0.9,
            Evidence::Close => 0.88,
            Evidence::Related => 0.82,
        };
        match self.intent() {
            ChangeIntent::CodeNewer => (base + 0.05, Applicability::Safe, "the code changed after this test (per git)"),
            ChangeIntent::Unknown => (base - 0.08, Applicability::Safe, "nothing in the history says which side changed"),
            ChangeIntent::TestNewer => (
                0.3,
                Applicability::DisplayOnly,
                "the test changed after the code (per git): it may be written ahead of the code, so it is left as written",
            ),
        }
    }

    fn missing_member(&self, owner: &Owner, name: &str, suggested: Option<String>) -> Option<Fix> {
        if matches!(owner, Owner::Class(c) if c.is_empty()) {
            // The runner printed only the name: the owner is the receiver of `X.name` on the failing line.
            let access = *self.accesses_on_line(name).first()?;
            let receiver = self.receiver_text(access)?;
            let class = receiver.rsplit('.').next().unwrap_or(&receiver).to_string();
            return self.missing_member(&Owner::Class(class), name, suggested);
        }
        if self.src.lang().is_python() {
            if let Some(fix) = self.python_stdlib_migration(owner, name) {
                return fix;
            }
        }
        let container = match owner {
            Owner::Class(c) => Some(c.as_str()),
            Owner::Module(_) => None,
        };
        if let Some(fix) = self.changed_rename(name, container) {
            return Some(fix);
        }
        let members = self.members_of(owner)?;
        if members.iter().any(|m| m.name == name) {
            // The runner says it is missing but the source defines it: something else is going on.
            return None;
        }
        let accesses = self.accesses_on_line(name);
        let first = *accesses.first()?;
        let call = self.call_of_member(first);
        let candidates: Vec<&Member> = members
            .iter()
            .filter(|m| {
                let Some(call) = call else { return true };
                let Some(params) = &m.params else { return false };
                !self.src.lang().is_python() || CallShape::of(self.src, call).fits(params)
            })
            .filter(|m| match (call, &m.params) {
                (Some(call), Some(params)) if !self.src.lang().is_python() => ts_arity_fits(self.src, call, params),
                _ => true,
            })
            .collect();
        let names: Vec<&str> = candidates.iter().map(|m| m.name.as_str()).collect();
        let (new_name, evidence) = pick_rename(name, &names, suggested.as_deref())?;
        let receiver = self.receiver_text(first);
        let mut edits: Vec<Edit> = self
            .all_accesses(name)
            .into_iter()
            .filter(|n| self.receiver_text(*n) == receiver)
            .map(|n| Edit::replace(self.rel, n.byte_range(), new_name))
            .collect();
        edits.extend(self.sibling_renames(&members, receiver.as_deref(), name));
        let (confidence, applicability, why) = self.rename_confidence(evidence);
        let owner_text = match owner {
            Owner::Class(c) => format!("`{c}`"),
            Owner::Module(m) => format!("module `{}`", short_module(m)),
        };
        Some(
            Fix::new(
                StrategyKind::ApiAdaptation,
                edits,
                confidence,
                format!("Rename `{name}` to `{new_name}`"),
                format!(
                    "{owner_text} has no `{name}` any more; `{new_name}` is {}; {why}.",
                    evidence_text(evidence, self.src.lang().is_python())
                ),
            )
            .with_applicability(applicability),
        )
    }

    /// Other members the same receiver uses in this file that the owner lost too (`Duration.fromHours` next to
    /// `Duration.fromMinutes`), each renamed only when it is defined nowhere in the project and one member is
    /// clearly what it became. One fix then adapts the whole file to the renamed API.
    fn sibling_renames(&self, members: &[Member], receiver: Option<&str>, primary: &str) -> Vec<Edit> {
        let Some(receiver) = receiver else { return Vec::new() };
        let index = self.ctx.project();
        let names: Vec<&str> = members.iter().map(|m| m.name.as_str()).collect();
        let mut out = Vec::new();
        let (kind, field) =
            if self.src.lang().is_python() { ("attribute", "attribute") } else { ("member_expression", "property") };
        self.src.walk(|n| {
            if n.kind() != kind {
                return true;
            }
            let (Some(obj), Some(attr)) = (n.child_by_field_name("object"), n.child_by_field_name(field)) else {
                return true;
            };
            let other = self.src.node_text(attr);
            if self.src.node_text(obj) != receiver || other == primary || names.contains(&other) {
                return true;
            }
            if index.find(other).next().is_some() {
                return true;
            }
            if let Some((new, Evidence::Close | Evidence::RunnerSuggested)) = pick_rename(other, &names, None) {
                out.push(Edit::replace(self.rel, attr.byte_range(), new));
            }
            true
        });
        out
    }

    /// The alias on the failing line whose documented replacement the warning names (`self.assertEquals` when
    /// unittest says `Please use assertEqual instead.`), renamed wherever the file uses it.
    fn deprecated_alias(&self, replacement: &str) -> Option<Fix> {
        let (old, _) = PY_ASSERT_ALIASES
            .iter()
            .find(|(old, new)| *new == replacement && !self.accesses_on_line(old).is_empty())?;
        self.python_stdlib_migration(&Owner::Class(String::new()), old).flatten()
    }

    /// `Some(None)`: a known migration that must be refused; `Some(Some(fix))`: the migration.
    fn python_stdlib_migration(&self, owner: &Owner, name: &str) -> Option<Option<Fix>> {
        let fix = |edits: Vec<Edit>, title: String, why: &str| {
            Some(
                Fix::new(StrategyKind::ApiAdaptation, edits, 0.93, title, why.to_string())
                    .with_applicability(Applicability::Safe),
            )
        };
        match owner {
            Owner::Module(module) if module == "collections" && COLLECTIONS_ABCS.contains(&name) => {
                let nodes: Vec<Node> = self
                    .all_accesses(name)
                    .into_iter()
                    .filter(|n| self.receiver_text(*n).as_deref() == Some("collections"))
                    .collect();
                if nodes.is_empty() || self.accesses_on_line(name).is_empty() {
                    return Some(None);
                }
                let mut edits: Vec<Edit> =
                    nodes.iter().map(|n| Edit::insert(self.rel, n.start_byte(), "abc.")).collect();
                if !self.src.text().contains("import collections.abc") {
                    let import =
                        self.src.imports().into_iter().find(|i| self.src.node_text(*i) == "import collections");
                    match import {
                        Some(i) => edits.push(Edit::insert(self.rel, i.end_byte(), "\nimport collections.abc")),
                        None => return Some(None),
                    }
                }
                Some(fix(
                    edits,
                    format!("Use `collections.abc.{name}`"),
                    "The collection ABCs moved to `collections.abc` (removed from `collections` in Python 3.10).",
                ))
            }
            Owner::Module(module) => {
                let (_, _, new, _) = PY_MODULE_MIGRATIONS.iter().find(|(m, old, _, _)| m == module && *old == name)?;
                if new.is_empty() {
                    return Some(None);
                }
                let edits: Vec<Edit> = self
                    .all_accesses(name)
                    .into_iter()
                    .filter(|n| self.receiver_text(*n).as_deref() == Some(module.as_str()))
                    .map(|n| Edit::replace(self.rel, n.byte_range(), *new))
                    .collect();
                if edits.is_empty() || self.accesses_on_line(name).is_empty() {
                    return Some(None);
                }
                Some(fix(
                    edits,
                    format!("Use `{module}.{new}`"),
                    &format!("`{module}.{name}` was removed from the standard library; `{module}.{new}` replaces it."),
                ))
            }
            Owner::Class(_) => {
                let (_, new) = PY_ASSERT_ALIASES.iter().find(|(old, _)| *old == name)?;
                let edits: Vec<Edit> = self
                    .all_accesses(name)
                    .into_iter()
                    .filter(|n| self.receiver_text(*n).as_deref() == Some("self"))
                    .map(|n| Edit::replace(self.rel, n.byte_range(), *new))
                    .collect();
                if edits.is_empty() || self.accesses_on_line(name).is_empty() {
                    return Some(None);
                }
                Some(fix(
                    edits,
                    format!("Use `self.{new}`"),
                    &format!("unittest's `{name}` alias was removed; `{new}` is the same assertion."),
                ))
            }
        }
    }

    /// The members of a class (with its project base classes) or a module's top-level definitions.
    fn members_of(&self, owner: &Owner) -> Option<Vec<Member>> {
        let index = self.ctx.project();
        match owner {
            Owner::Module(m) => {
                let files: Vec<_> = index
                    .files
                    .iter()
                    .filter(|f| {
                        if self.src.lang().is_python() {
                            f.module == *m
                        } else {
                            let path = f.path.with_extension("");
                            let path = path.to_string_lossy().replace('\\', "/");
                            !path.is_empty() && m.trim_end_matches(".js").ends_with(&format!("/{path}"))
                                || m.trim_end_matches(".js") == path
                        }
                    })
                    .collect();
                if files.len() != 1 {
                    return None;
                }
                let members = files[0]
                    .symbols
                    .iter()
                    .filter(|s| s.kind != SymbolKind::Method && s.exported)
                    .map(symbol_member)
                    .collect();
                Some(members)
            }
            Owner::Class(class) => {
                let mut out = Vec::new();
                let mut seen: Vec<String> = Vec::new();
                let mut todo = vec![class.clone()];
                while let Some(c) = todo.pop() {
                    if seen.contains(&c) || seen.len() > 8 {
                        continue;
                    }
                    seen.push(c.clone());
                    let defs: Vec<_> = index
                        .find(&c)
                        .filter(|(f, s)| {
                            matches!(s.kind, SymbolKind::Class | SymbolKind::Type) && !is_test_path(&f.path)
                        })
                        .map(|(f, s)| (f.path.clone(), s.line))
                        .collect();
                    // The class the runner named must be the project's own (not `str`, `NoneType`, `Promise`).
                    if defs.is_empty() && c == *class {
                        return None;
                    }
                    for (path, line) in defs {
                        let Ok(file) = self.ctx.sources.get(&path) else { return None };
                        let (mut members, bases) = declared_members(&file, line, &c)?;
                        if file.lang().is_python() {
                            for m in members.iter_mut().filter(|m| m.params.is_some()) {
                                m.params = index
                                    .methods(&c)
                                    .find(|(f, s)| f.path == path && s.name == m.name)
                                    .map(|(_, s)| s.params.clone());
                            }
                        }
                        out.extend(members);
                        todo.extend(bases);
                    }
                }
                Some(out)
            }
        }
    }

    /// Member-access nodes naming `name` on the failing line (at the column when known): the attribute
    /// identifier of `x.name`.
    fn accesses_on_line(&self, name: &str) -> Vec<Node<'a>> {
        let mut found: Vec<Node> =
            self.all_accesses(name).into_iter().filter(|n| n.start_position().row as u32 + 1 == self.line).collect();
        if self.column > 0 && !self.src.lang().is_python() {
            found.retain(|n| n.start_position().column as u32 + 1 == self.column);
        }
        found
    }

    /// Every `x.name` in the file, as the node of `name`.
    fn all_accesses(&self, name: &str) -> Vec<Node<'a>> {
        let (kind, field) =
            if self.src.lang().is_python() { ("attribute", "attribute") } else { ("member_expression", "property") };
        let mut out = Vec::new();
        self.src.walk(|n| {
            if n.kind() == kind {
                if let Some(a) = n.child_by_field_name(field) {
                    if self.src.node_text(a) == name {
                        out.push(a);
                    }
                }
            }
            true
        });
        out
    }

    fn receiver_text(&self, member: Node) -> Option<String> {
        Some(self.src.node_text(member.parent()?.child_by_field_name("object")?).to_string())
    }

    /// The call whose callee is the access `x.name` (`member` is the `name` node).
    fn call_of_member(&self, member: Node<'a>) -> Option<Node<'a>> {
        let access = member.parent()?;
        let call = access.parent()?;
        let is_call = matches!(call.kind(), "call" | "call_expression")
            && call.child_by_field_name("function").is_some_and(|f| f.id() == access.id());
        is_call.then_some(call)
    }

    /// Calls on the failing line whose callee's last name is `short`.
    fn calls_on_line(&self, short: &str) -> Vec<Node<'a>> {
        self.src
            .call_sites(short)
            .into_iter()
            .filter(|c| {
                let f = c.child_by_field_name("function");
                f.is_some_and(|f| f.end_position().row as u32 + 1 == self.line)
            })
            .collect()
    }

    /// The project function a printed Python name (`Cart.add`, `create_order`, `Cart.__init__`) refers to.
    fn python_function(&self, printed: &str) -> Option<(String, Symbol)> {
        let index = self.ctx.project();
        let parts: Vec<&str> = printed.split('.').collect();
        let (short, defs): (String, Vec<Symbol>) = match parts.as_slice() {
            [.., class, "__init__"] => (
                class.to_string(),
                index.methods(class).filter(|(_, s)| s.name == "__init__").map(|(_, s)| s.clone()).collect(),
            ),
            [.., class, method] => (
                method.to_string(),
                index.methods(class).filter(|(_, s)| s.name == *method).map(|(_, s)| s.clone()).collect(),
            ),
            [function] => (
                function.to_string(),
                index.find(function).filter(|(_, s)| s.kind == SymbolKind::Function).map(|(_, s)| s.clone()).collect(),
            ),
            _ => return None,
        };
        let first = defs.first()?;
        // Several definitions with different parameters: which one was called is unknown.
        if defs.iter().any(|d| d.params != first.params) {
            return None;
        }
        Some((short, first.clone()))
    }

    fn unknown_keyword(&self, printed: &str, name: &str) -> Option<Fix> {
        if let Some(fix) = self.changed_keyword(printed, name).or_else(|| self.changed_field_keyword(printed, name)) {
            return Some(fix);
        }
        let (short, def) = self.python_function(printed)?;
        if def.params.iter().any(|p| p.var_keyword) {
            return None;
        }
        let calls: Vec<Node> =
            self.calls_on_line(&short).into_iter().filter(|c| keyword_arg(self.src, *c, name).is_some()).collect();
        let [call] = calls.as_slice() else { return None };
        let shape = CallShape::of(self.src, *call);
        let free: Vec<&str> = def
            .params
            .iter()
            .enumerate()
            .filter(|(i, p)| {
                !p.variadic && !shape.keywords.contains(&p.name) && (p.keyword_only || *i >= shape.positional)
            })
            .map(|(_, p)| p.name.as_str())
            .collect();
        let (new_name, evidence) = pick_rename(name, &free, None)?;
        let callee = self.src.node_text(call.child_by_field_name("function")?).to_string();
        let edits: Vec<Edit> = self
            .src
            .call_sites(&short)
            .into_iter()
            .filter(|c| c.child_by_field_name("function").is_some_and(|f| self.src.node_text(f) == callee))
            .filter_map(|c| keyword_arg(self.src, c, name))
            .map(|n| Edit::replace(self.rel, n.byte_range(), new_name))
            .collect();
        let (confidence, applicability, why) = self.rename_confidence(evidence);
        Some(
            Fix::new(
                StrategyKind::ApiAdaptation,
                edits,
                confidence,
                format!("Rename the keyword argument `{name}=` to `{new_name}=`"),
                format!(
                    "`{printed}()` no longer takes `{name}`; its parameter `{new_name}` is {}; {why}.",
                    evidence_text(evidence, true)
                ),
            )
            .with_applicability(applicability),
        )
    }

    /// Python: supply a newly required argument with the one literal the other tests pass for it.
    fn python_missing_argument(&self, printed: &str, param: &str) -> Option<Fix> {
        let (short, def) = self.python_function(printed)?;
        let index = def.params.iter().position(|p| p.name == param)?;
        let p = &def.params[index];
        if p.has_default || p.variadic || p.var_keyword {
            return None;
        }
        let calls = self.calls_on_line(&short);
        let [call] = calls.as_slice() else { return None };
        let shape = CallShape::of(self.src, *call);
        if shape.splat || shape.keywords.iter().any(|k| k == param) || (!p.keyword_only && shape.positional > index) {
            return None;
        }
        if let Some(fix) = self.changed_default(&short, Some(param), *call) {
            return Some(fix);
        }
        let (value, by_keyword) = self.evident_value(&short, Some(param), index, p.keyword_only, Some(call.id()))?;
        let args = call.child_by_field_name("arguments")?;
        let positional_ok = !p.keyword_only && shape.positional == index && shape.keywords.is_empty();
        let text = if by_keyword || !positional_ok { format!("{param}={value}") } else { value.clone() };
        let edit = insert_argument(self.src, self.rel, args, &text)?;
        Some(self.argument_fix(edit, format!("Pass `{text}` to `{short}()`"), &short, param, &value))
    }

    fn argument_fix(&self, edit: Edit, title: String, function: &str, param: &str, value: &str) -> Fix {
        let (confidence, applicability, why) = match self.intent() {
            ChangeIntent::CodeNewer => (0.86, Applicability::Unsafe, "the code changed after this test (per git)"),
            ChangeIntent::Unknown => (0.7, Applicability::Unsafe, "nothing in the history says which side changed"),
            ChangeIntent::TestNewer => {
                (0.3, Applicability::DisplayOnly, "the test changed after the code (per git); left as written")
            }
        };
        Fix::new(
            StrategyKind::ApiAdaptation,
            vec![edit],
            confidence,
            title,
            format!(
                "`{function}()` now requires `{param}`; every other call in the tests passes {value} for it; {why}."
            ),
        )
        .with_applicability(applicability)
    }

    /// The literal every other call of `short` in the project's tests passes for the parameter (by keyword
    /// `name`, or at position `index`), and whether they pass it by keyword. `None` when there is none or they
    /// disagree.
    fn evident_value(
        &self,
        short: &str,
        name: Option<&str>,
        index: usize,
        keyword_only: bool,
        skip: Option<usize>,
    ) -> Option<(String, bool)> {
        let mut values: Vec<(String, bool)> = Vec::new();
        let test_files: Vec<PathBuf> =
            self.ctx.project().files.iter().filter(|f| is_test_path(&f.path)).map(|f| f.path.clone()).collect();
        for path in test_files {
            let Ok(file) = self.ctx.sources.get(&path) else { continue };
            if file.lang().is_python() != self.src.lang().is_python() {
                continue;
            }
            for call in file.call_sites(short) {
                if path == self.rel && Some(call.id()) == skip {
                    continue;
                }
                if let Some(v) = name.and_then(|n| keyword_arg(&file, call, n)).and_then(|k| k.parent()) {
                    let value = v.child_by_field_name("value")?;
                    values.push((literal_text(&file, value)?, true));
                    continue;
                }
                if keyword_only {
                    continue;
                }
                let args = positional_args(&file, call);
                if let Some(arg) = args.get(index) {
                    values.push((literal_text(&file, *arg)?, false));
                }
            }
        }
        let first = values.first()?.clone();
        values.iter().all(|(v, _)| *v == first.0).then_some(first)
    }

    /// TS2554: one newly required argument missing, or positional arguments that now go in an options object.
    fn ts_argument_count(&self, min: usize, max: usize, got: usize) -> Option<Fix> {
        let call = self.ts_call_at()?;
        let args = positional_args(self.src, call);
        if args.len() != got || CallShape::of(self.src, call).splat {
            return None;
        }
        let (short, def) = self.ts_function(call)?;
        if got > max {
            return self.options_from_change(&short).or_else(|| self.wrap_options(call, &short, &def, None));
        }
        if got + 1 != min {
            return None;
        }
        // The delta's lost default: every call of the file that relied on it at once (tsc reports each one).
        let lost = self
            .ctx
            .change
            .deltas
            .iter()
            .find(|d| matches!(d, crate::change::Delta::DefaultRemoved { function, .. } if function.name == short));
        if let Some(fix) = lost.zip(self.failing_test()).and_then(|(d, test)| self.defaulted_calls(d, test)) {
            return Some(fix);
        }
        if let Some(fix) = self.changed_default(&short, None, call) {
            return Some(fix);
        }
        let param = def.params.get(got)?;
        if param.has_default || param.variadic || param.name.starts_with('{') {
            return None;
        }
        let (value, _) = self.evident_value(&short, None, got, false, Some(call.id()))?;
        let edit = insert_argument(self.src, self.rel, call.child_by_field_name("arguments")?, &value)?;
        Some(self.argument_fix(
            edit,
            format!("Pass {value} as `{}` to `{short}()`", param.name),
            &short,
            &param.name,
            &value,
        ))
    }

    /// TS2345: a positional argument where the parameter is now an options object.
    fn ts_options_argument(&self, param_type: &str) -> Option<Fix> {
        let call = self.ts_call_at()?;
        let (short, def) = self.ts_function(call)?;
        let at = self.src.offset_of(self.line, self.column)?;
        let args = positional_args(self.src, call);
        let index = args.iter().position(|a| a.start_byte() == at)?;
        if args.get(index).is_some_and(|a| a.kind() == "object") {
            return None;
        }
        let _ = param_type;
        self.options_from_change(&short).or_else(|| self.wrap_options(call, &short, &def, Some(index)))
    }

    /// The change folded `short`'s positional parameters into an options object: its keys, not the types.
    fn options_from_change(&self, short: &str) -> Option<Fix> {
        let test = self.failing_test()?;
        let delta =
            self.ctx.change.deltas.iter().find(
                |d| matches!(d, crate::change::Delta::OptionsObject { function, .. } if function.name == short),
            )?;
        self.options_object_calls(delta, test)
    }

    /// Wraps the arguments from the options parameter's position on into `{ key: value }`, keys in the
    /// options type's declaration order. Refused unless every value's type matches its key's declared type
    /// and all required keys get a value.
    fn wrap_options(&self, call: Node, short: &str, def: &Symbol, at: Option<usize>) -> Option<Fix> {
        let (index, options) = def.params.iter().enumerate().next_back()?;
        if at.is_some_and(|a| a != index) {
            return None;
        }
        let keys = self.option_keys(options)?;
        let args = positional_args(self.src, call);
        let extra = args.get(index..)?;
        if extra.is_empty() || extra.len() > keys.len() || extra.iter().any(|a| a.kind() == "object") {
            return None;
        }
        if keys[extra.len()..].iter().any(|k| !k.optional) {
            return None;
        }
        let mut types_seen: Vec<&str> = Vec::new();
        let mut unique = true;
        let mut parts = Vec::new();
        for (arg, key) in extra.iter().zip(&keys) {
            let ty = key.ty.as_deref()?.trim();
            let arg_ty = ts_literal_type(self.src, *arg)?;
            let arg_text = self.src.node_text(*arg);
            let literal = |t: &str| {
                let t = t.trim();
                t.len() >= 2
                    && (t.starts_with('\'') || t.starts_with('"'))
                    && arg_text.len() >= 2
                    && t.get(1..t.len() - 1) == arg_text.get(1..arg_text.len() - 1)
            };
            if !ty.split('|').any(|t| t.trim() == arg_ty || literal(t)) {
                return None;
            }
            if types_seen.contains(&ty) {
                unique = false;
            }
            types_seen.push(ty);
            let value = self.src.node_text(*arg);
            parts.push(if value == key.name { value.to_string() } else { format!("{}: {value}", key.name) });
        }
        let start = extra.first()?.start_byte();
        let end = extra.last()?.end_byte();
        let replacement = format!("{{ {} }}", parts.join(", "));
        let (confidence, applicability, why) = match (self.intent(), unique) {
            (ChangeIntent::TestNewer, _) => {
                (0.3, Applicability::DisplayOnly, "the test changed after the code (per git); left as written")
            }
            (_, false) => (
                0.6,
                Applicability::Unsafe,
                "two options share a type, so which value goes to which key is a guess; review it",
            ),
            (ChangeIntent::CodeNewer, true) => {
                (0.86, Applicability::Unsafe, "the code changed after this test (per git)")
            }
            (ChangeIntent::Unknown, true) => {
                (0.72, Applicability::Unsafe, "nothing in the history says which side changed")
            }
        };
        Some(
            Fix::new(
                StrategyKind::ApiAdaptation,
                vec![Edit::replace(self.rel, start..end, replacement.clone())],
                confidence,
                format!("Pass `{replacement}` to `{short}()`"),
                format!(
                    "`{short}()` now takes an options object; each value's type matches the option it is given to; \
                     {why}."
                ),
            )
            .with_applicability(applicability),
        )
    }

    /// The keys of an options parameter: `{ a, b }: { a: string; b?: number }` or `opts: Options`.
    fn option_keys(&self, param: &Param) -> Option<Vec<Member>> {
        let ty = param.annotation.as_deref()?.trim();
        if ty.starts_with('{') {
            return object_type_members(ty);
        }
        let members = self.members_of(&Owner::Class(ty.to_string()))?;
        let props: Vec<Member> = members.into_iter().filter(|m| m.params.is_none()).collect();
        (!props.is_empty()).then_some(props)
    }

    /// The call expression tsc pointed at (its callee name, or one of its arguments).
    fn ts_call_at(&self) -> Option<Node<'a>> {
        let mut node = self.src.node_at(self.line, self.column)?;
        loop {
            if node.kind() == "call_expression" {
                return Some(node);
            }
            if matches!(node.kind(), "statement_block" | "arrow_function" | "program") {
                return None;
            }
            node = node.parent()?;
        }
    }

    /// The project function or method a TS call refers to, by its callee's last name; refused when several
    /// definitions disagree.
    fn ts_function(&self, call: Node) -> Option<(String, Symbol)> {
        let callee = call.child_by_field_name("function")?;
        let short = match callee.kind() {
            "identifier" => self.src.node_text(callee),
            "member_expression" => self.src.node_text(callee.child_by_field_name("property")?),
            _ => return None,
        }
        .to_string();
        let defs: Vec<Symbol> = self
            .ctx
            .project()
            .find(&short)
            .filter(|(f, s)| matches!(s.kind, SymbolKind::Function | SymbolKind::Method) && !is_test_path(&f.path))
            .map(|(_, s)| s.clone())
            .collect();
        let first = defs.first()?;
        if defs.iter().any(|d| d.params != first.params) {
            return None;
        }
        Some((short, first.clone()))
    }

    /// TS2353/TS2561: an options key renamed.
    fn unknown_option(&self, type_text: &str, name: &str, suggested: Option<String>) -> Option<Fix> {
        if let Some(fix) = self.changed_option_key(type_text, name) {
            return Some(fix);
        }
        let members = if type_text.starts_with('{') {
            object_type_members(type_text)?
        } else {
            let ty = type_text.split('<').next().unwrap_or(type_text);
            self.members_of(&Owner::Class(ty.to_string()))?
        };
        let node = self.src.node_at(self.line, self.column)?;
        let (key_node, shorthand) = match node.kind() {
            "property_identifier" if node.parent().is_some_and(|p| p.kind() == "pair") => (node, false),
            "shorthand_property_identifier" => (node, true),
            _ => return None,
        };
        if self.src.node_text(key_node) != name {
            return None;
        }
        let object = key_node.parent().filter(|p| p.kind() == "object").or_else(|| key_node.parent()?.parent())?;
        let used = object_keys(self.src, object);
        let names: Vec<&str> =
            members.iter().map(|m| m.name.as_str()).filter(|m| !used.iter().any(|u| u == m)).collect();
        let (new_name, evidence) = pick_rename(name, &names, suggested.as_deref())?;
        let replacement = if shorthand { format!("{new_name}: {name}") } else { new_name.to_string() };
        let (confidence, applicability, why) = self.rename_confidence(evidence);
        Some(
            Fix::new(
                StrategyKind::ApiAdaptation,
                vec![Edit::replace(self.rel, key_node.byte_range(), replacement)],
                confidence,
                format!("Rename the option `{name}` to `{new_name}`"),
                format!("`{type_text}` has no `{name}`; `{new_name}` is {}; {why}.", evidence_text(evidence, false)),
            )
            .with_applicability(applicability),
        )
    }
}

fn evidence_text(e: Evidence, python: bool) -> &'static str {
    match (e, python) {
        (Evidence::RunnerSuggested, true) => "what Python suggests",
        (Evidence::RunnerSuggested, false) => "what the TypeScript compiler suggests",
        (Evidence::Close, _) => "the only close name it has",
        (Evidence::Related, _) => "the only name sharing its words",
    }
}

fn short_module(m: &str) -> &str {
    m.rsplit('/').next().unwrap_or(m)
}

fn symbol_member(s: &Symbol) -> Member {
    let callable = matches!(s.kind, SymbolKind::Function | SymbolKind::Method);
    Member { name: s.name.clone(), params: callable.then(|| s.params.clone()), ty: None, optional: false }
}

/// The keyword argument `name=` of a Python call, as the node of its name.
fn keyword_arg<'t>(src: &SourceFile, call: Node<'t>, name: &str) -> Option<Node<'t>> {
    let args = call.child_by_field_name("arguments")?;
    let mut cursor = args.walk();
    let found = args
        .named_children(&mut cursor)
        .filter(|a| a.kind() == "keyword_argument")
        .filter_map(|a| a.child_by_field_name("name"))
        .find(|n| src.node_text(*n) == name);
    found
}

fn positional_args<'t>(_src: &SourceFile, call: Node<'t>) -> Vec<Node<'t>> {
    let Some(args) = call.child_by_field_name("arguments") else { return Vec::new() };
    let mut cursor = args.walk();
    let out = args
        .named_children(&mut cursor)
        .filter(|a| !matches!(a.kind(), "comment" | "keyword_argument" | "list_splat" | "dictionary_splat"))
        .collect();
    out
}

/// The text of a plain literal argument (string without interpolation, number, boolean, None/null).
fn literal_text(src: &SourceFile, node: Node) -> Option<String> {
    let text = src.node_text(node);
    let ok = match node.kind() {
        "string" => {
            let mut cursor = node.walk();
            let interpolated = node.children(&mut cursor).any(|c| c.kind() == "interpolation");
            !interpolated
        }
        "integer" | "float" | "number" | "true" | "false" | "none" | "null" => true,
        "unary_operator" | "unary_expression" => {
            text.starts_with('-') && node.named_child(0).is_some_and(|n| literal_text(src, n).is_some())
        }
        "template_string" => !text.contains("${"),
        _ => false,
    };
    ok.then(|| text.to_string())
}

/// The TypeScript type of a literal argument: `string`, `number` or `boolean`.
fn ts_literal_type(src: &SourceFile, node: Node) -> Option<&'static str> {
    match node.kind() {
        "string" | "template_string" if literal_text(src, node).is_some() => Some("string"),
        "number" => Some("number"),
        "unary_expression" if literal_text(src, node).is_some() => Some("number"),
        "true" | "false" => Some("boolean"),
        _ => None,
    }
}

/// Whether a TS call's argument count fits a signature.
fn ts_arity_fits(src: &SourceFile, call: Node, params: &[Param]) -> bool {
    let shape = CallShape::of(src, call);
    if shape.splat || params.iter().any(|p| p.variadic) {
        return true;
    }
    let required = params.iter().filter(|p| !p.has_default).count();
    (required..=params.len()).contains(&shape.positional)
}

/// Inserts one more argument before a call's closing parenthesis.
pub(crate) fn insert_argument(src: &SourceFile, rel: &Path, args: Node, text: &str) -> Option<Edit> {
    let close = args.end_byte().checked_sub(1)?;
    if src.text().get(close..close + 1) != Some(")") {
        return None;
    }
    let inner = src.text().get(args.start_byte() + 1..close)?;
    let trimmed = inner.trim_end();
    if trimmed.trim().is_empty() {
        return Some(Edit::insert(rel, close, text));
    }
    let at = args.start_byte() + 1 + trimmed.len();
    if trimmed.ends_with(',') {
        return Some(Edit::insert(rel, at, format!(" {text}")));
    }
    Some(Edit::insert(rel, at, format!(", {text}")))
}

/// The keys written in an object literal.
fn object_keys(src: &SourceFile, object: Node) -> Vec<String> {
    let mut cursor = object.walk();
    let keys = object
        .named_children(&mut cursor)
        .filter_map(|c| match c.kind() {
            "pair" => c.child_by_field_name("key").map(|k| src.node_text(k).to_string()),
            "shorthand_property_identifier" => Some(src.node_text(c).to_string()),
            _ => None,
        })
        .collect();
    keys
}

/// The properties of a printed object type: `{ currency: string; decimals?: number | undefined; }`.
fn object_type_members(ty: &str) -> Option<Vec<Member>> {
    let inner = ty.trim().strip_prefix('{')?.strip_suffix('}')?;
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut current = String::new();
    let mut parts = Vec::new();
    for c in inner.chars() {
        match c {
            '{' | '(' | '[' | '<' => depth += 1,
            '}' | ')' | ']' | '>' => depth -= 1,
            _ => {}
        }
        if (c == ';' || c == ',') && depth == 0 {
            parts.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    parts.push(current);
    for part in parts.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
        let (key, ty) = part.split_once(':')?;
        let key = key.trim().trim_start_matches("readonly ");
        let optional = key.ends_with('?');
        let key = key.trim_end_matches('?').trim();
        if !key.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '$') || key.is_empty() {
            return None;
        }
        let ty = ty.trim().trim_end_matches("| undefined").trim().to_string();
        out.push(Member { name: key.to_string(), params: None, ty: Some(ty), optional });
    }
    Some(out)
}

/// The members declared by the class/interface/type named `name` at `line` of `file`, and its base classes.
fn declared_members(file: &SourceFile, line: u32, name: &str) -> Option<(Vec<Member>, Vec<String>)> {
    const DECLS: &[&str] = &[
        "class_definition",
        "class_declaration",
        "abstract_class_declaration",
        "interface_declaration",
        "type_alias_declaration",
    ];
    let mut decl = None;
    file.walk(|n| {
        if decl.is_none()
            && DECLS.contains(&n.kind())
            && n.start_position().row as u32 + 1 == line
            && n.child_by_field_name("name").is_some_and(|x| file.node_text(x) == name)
        {
            decl = Some(n);
        }
        decl.is_none()
    });
    let decl = decl?;
    let mut members = Vec::new();
    let mut bases = Vec::new();
    if file.lang().is_python() {
        if let Some(sup) = decl.child_by_field_name("superclasses") {
            let mut cursor = sup.walk();
            for b in sup.named_children(&mut cursor).filter(|b| b.kind() == "identifier") {
                bases.push(file.node_text(b).to_string());
            }
        }
        let body = decl.child_by_field_name("body")?;
        let mut cursor = body.walk();
        for stmt in body.named_children(&mut cursor) {
            let def =
                if stmt.kind() == "decorated_definition" { stmt.child_by_field_name("definition") } else { Some(stmt) };
            let Some(def) = def else { continue };
            match def.kind() {
                "function_definition" => {
                    let Some(n) = def.child_by_field_name("name") else { continue };
                    // Parameters are filled in from the project index by the caller.
                    members.push(Member { params: Some(Vec::new()), ..Member::named(file.node_text(n)) });
                }
                "expression_statement" => {
                    if let Some(a) = def.named_child(0).filter(|a| a.kind() == "assignment") {
                        if let Some(l) = a.child_by_field_name("left").filter(|l| l.kind() == "identifier") {
                            members.push(Member::named(file.node_text(l)));
                        }
                    }
                }
                _ => {}
            }
        }
        // Instance attributes: `self.x = ...` anywhere in the class.
        let mut attrs = Vec::new();
        walk_node(decl, &mut |n| {
            if n.kind() == "assignment" || n.kind() == "augmented_assignment" {
                if let Some(l) = n.child_by_field_name("left").filter(|l| l.kind() == "attribute") {
                    let is_self = l.child_by_field_name("object").is_some_and(|o| file.node_text(o) == "self");
                    if let (true, Some(a)) = (is_self, l.child_by_field_name("attribute")) {
                        attrs.push(file.node_text(a).to_string());
                    }
                }
            }
        });
        members.extend(attrs.iter().map(|a| Member::named(a)));
    } else {
        walk_node(decl, &mut |n| {
            if matches!(n.kind(), "class_heritage" | "extends_clause" | "extends_type_clause") {
                walk_node(n, &mut |m| {
                    if matches!(m.kind(), "identifier" | "type_identifier")
                        && m.parent().is_some_and(|p| !matches!(p.kind(), "type_arguments"))
                    {
                        bases.push(file.node_text(m).to_string());
                    }
                });
            }
        });
        let body = decl.child_by_field_name("body").or_else(|| decl.child_by_field_name("value"))?;
        let mut cursor = body.walk();
        for m in body.named_children(&mut cursor) {
            let Some(n) = m.child_by_field_name("name") else { continue };
            let mname = file.node_text(n).to_string();
            match m.kind() {
                "method_definition" | "method_signature" | "abstract_method_signature" => {
                    if mname == "constructor" {
                        // Parameter properties: `constructor(private readonly owner: string)`.
                        if let Some(params) = m.child_by_field_name("parameters") {
                            let mut c2 = params.walk();
                            for p in params.named_children(&mut c2) {
                                let mut c3 = p.walk();
                                let has_modifier = p
                                    .children(&mut c3)
                                    .any(|c| matches!(c.kind(), "accessibility_modifier" | "readonly"));
                                if let (true, Some(pat)) = (has_modifier, p.child_by_field_name("pattern")) {
                                    members.push(Member::named(file.node_text(pat)));
                                }
                            }
                        }
                        continue;
                    }
                    let params = ts_params_of(file, m);
                    members.push(Member { name: mname, params: Some(params), ty: None, optional: false });
                }
                "public_field_definition" | "property_signature" => {
                    let ty = m
                        .child_by_field_name("type")
                        .map(|t| file.node_text(t).trim_start_matches(':').trim().to_string());
                    let mut c2 = m.walk();
                    let optional = m.children(&mut c2).any(|c| c.kind() == "?");
                    members.push(Member { name: mname, params: None, ty, optional });
                }
                _ => {}
            }
        }
    }
    Some((members, bases))
}

fn ts_params_of(file: &SourceFile, method: Node) -> Vec<Param> {
    let mut out = Vec::new();
    let Some(list) = method.child_by_field_name("parameters") else { return out };
    let mut cursor = list.walk();
    for p in list.named_children(&mut cursor) {
        if !matches!(p.kind(), "required_parameter" | "optional_parameter") {
            continue;
        }
        let pattern = p.child_by_field_name("pattern");
        out.push(Param {
            name: pattern.map(|x| file.node_text(x).to_string()).unwrap_or_default(),
            has_default: p.kind() == "optional_parameter" || p.child_by_field_name("value").is_some(),
            keyword_only: false,
            variadic: pattern.is_some_and(|x| x.kind() == "rest_pattern"),
            var_keyword: false,
            annotation: p
                .child_by_field_name("type")
                .map(|t| file.node_text(t).trim_start_matches(':').trim().to_string()),
            default: p.child_by_field_name("value").map(|v| file.node_text(v).to_string()),
        });
    }
    out
}

fn walk_node<'t>(node: Node<'t>, visit: &mut dyn FnMut(Node<'t>)) {
    visit(node);
    let mut cursor = node.walk();
    for child in node.named_children(&mut cursor) {
        walk_node(child, visit);
    }
}

/// The name `missing` most likely became among `candidates`, and how it was found. `None` when nothing is
/// close or two candidates are equally good.
fn pick_rename<'n>(missing: &str, candidates: &[&'n str], suggested: Option<&str>) -> Option<(&'n str, Evidence)> {
    let candidates: Vec<&str> =
        candidates.iter().copied().filter(|c| *c != missing && !c.starts_with('_') && *c != "constructor").collect();
    if let Some(s) = suggested {
        if let Some(c) = candidates.iter().find(|c| **c == s) {
            return Some((c, Evidence::RunnerSuggested));
        }
    }
    let close: Vec<(&str, usize)> =
        candidates.iter().filter_map(|c| close_enough(missing, c).map(|d| (*c, d))).collect();
    if let Some(best) = close.iter().map(|(_, d)| *d).min() {
        let at_best: Vec<&str> = close.iter().filter(|(_, d)| *d == best).map(|(c, _)| *c).collect();
        return match at_best.as_slice() {
            [one] => Some((one, Evidence::Close)),
            _ => None,
        };
    }
    let related: Vec<&str> = candidates.iter().copied().filter(|c| related(missing, c)).collect();
    match related.as_slice() {
        [one] => Some((one, Evidence::Related)),
        _ => None,
    }
}

/// TypeScript's "did you mean" bound: the length difference at most max(2, 0.34·len) and an edit distance
/// below 0.4·len + 1 (compared case-insensitively). Returns the distance.
fn close_enough(missing: &str, candidate: &str) -> Option<usize> {
    let n = missing.chars().count();
    let m = candidate.chars().count();
    let max_len_diff = 2usize.max((n as f64 * 0.34).floor() as usize);
    if n.abs_diff(m) > max_len_diff {
        return None;
    }
    let d = levenshtein(&missing.to_lowercase(), &candidate.to_lowercase());
    let bound = (n as f64 * 0.4).floor() as usize + 1;
    (d < bound).then_some(d)
}

fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Lowercase words of a snake_case or camelCase name.
fn words(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in name.chars() {
        if c == '_' || c == '$' {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        cur.extend(c.to_lowercase());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// One name's words are a proper subset of the other's (`add_item`/`add`, `getTotal`/`total`), or one is an
/// abbreviation of the other (`qty`/`quantity`: same first letter, letters in order).
fn related(missing: &str, candidate: &str) -> bool {
    let (a, b) = (words(missing), words(candidate));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let subset = |x: &[String], y: &[String]| x.len() < y.len() && x.iter().all(|w| y.contains(w));
    if subset(&a, &b) || subset(&b, &a) {
        return true;
    }
    let abbreviates = |short: &str, long: &str| {
        short.len() >= 2 && short.len() < long.len() && short.chars().next() == long.chars().next() && {
            let mut it = long.chars();
            short.chars().all(|c| it.any(|l| l == c))
        }
    };
    a.len() == b.len() && a.iter().zip(&b).all(|(x, y)| x == y || abbreviates(x, y) || abbreviates(y, x)) && a != b
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::context::{GitSignals, SourceCache};
    use crate::failure::Runner;
    use crate::fix::apply_edits;

    fn failure(
        kind: FailureKind,
        runner: Runner,
        error_type: &str,
        file: &str,
        line: u32,
        col: u32,
        msg: &str,
    ) -> Failure {
        let mut f = Failure::new(kind, runner, msg);
        f.error_type = Some(error_type.into());
        f.file = Some(file.into());
        f.line = Some(line);
        f.column = (col > 0).then_some(col);
        f
    }

    fn py(error_type: &str, line: u32, msg: &str) -> Failure {
        let kind = if error_type == "TypeError" { FailureKind::TypeError } else { FailureKind::TestFailure };
        failure(kind, Runner::Pytest, error_type, "tests/test_a.py", line, 0, msg)
    }

    fn ts(code: &str, line: u32, col: u32, msg: &str) -> Failure {
        failure(FailureKind::TypeError, Runner::Tsc, code, "test/a.test.ts", line, col, msg)
    }

    fn code_newer() -> GitSignals {
        let mut g = GitSignals::default();
        g.dirty.insert("src/code.py".into());
        g
    }

    fn proposals(code: &[(&str, &str)], test: (&str, &str), f: &Failure, git: GitSignals) -> (Vec<Fix>, SourceCache) {
        let cache = SourceCache::new("/nonexistent");
        for (p, t) in code {
            cache.set_text(*p, *t);
        }
        cache.set_text(test.0, test.1);
        let fixes = {
            let ctx = Context::new(&cache, git);
            let fixes = ApiAdaptation.propose(f, &ctx);
            if let Some(fix) = fixes.first() {
                crate::validate::check(fix, f, &ctx).unwrap_or_else(|e| panic!("fix does not validate: {e}"));
            }
            fixes
        };
        (fixes, cache)
    }

    #[track_caller]
    fn check(code: &[(&str, &str)], test: (&str, &str), f: &Failure, after: &str) {
        let (fixes, _) = proposals(code, test, f, code_newer());
        let Some(fix) = fixes.first() else { panic!("no fix for:\n{}", test.1) };
        assert!(fix.applicability() > Applicability::DisplayOnly && fix.confidence() >= 0.75, "{}", fix.title());
        assert_eq!(apply_edits(test.1, fix.edits()).unwrap(), after, "{}", fix.title());
    }

    #[track_caller]
    fn check_none(code: &[(&str, &str)], test: (&str, &str), f: &Failure) {
        let (fixes, _) = proposals(code, test, f, code_newer());
        let applicable: Vec<_> = fixes
            .iter()
            .filter(|f| f.applicability() > Applicability::DisplayOnly && f.confidence() >= 0.75)
            .map(|f| f.title().to_string())
            .collect();
        assert!(applicable.is_empty(), "expected no fix, got {applicable:?}");
    }

    const CART_PY: &str = "class Cart:\n    def __init__(self):\n        self.items = []\n\n    def add(self, sku: str, quantity: int = 1) -> None:\n        self.items.append((sku, quantity))\n\n    def add_many(self, skus: list) -> None:\n        pass\n\n    def total(self, currency: str) -> str:\n        return currency\n";

    #[test]
    fn renames_a_python_method_by_shared_words() {
        check(
            &[("shop/cart.py", CART_PY)],
            ("tests/test_a.py", "def test_add():\n    cart = Cart()\n    cart.add_item('a')\n    cart.add_item('b')\n    assert len(cart.items) == 2\n"),
            &py("AttributeError", 3, "'Cart' object has no attribute 'add_item'"),
            "def test_add():\n    cart = Cart()\n    cart.add('a')\n    cart.add('b')\n    assert len(cart.items) == 2\n",
        );
    }

    #[test]
    fn renames_a_python_keyword_argument_and_supplies_an_evident_argument() {
        check(
            &[("shop/cart.py", CART_PY)],
            ("tests/test_a.py", "def test_add():\n    cart = Cart()\n    cart.add('a', qty=2)\n"),
            &py("TypeError", 3, "Cart.add() got an unexpected keyword argument 'qty'"),
            "def test_add():\n    cart = Cart()\n    cart.add('a', quantity=2)\n",
        );
        check(
            &[("shop/cart.py", CART_PY)],
            (
                "tests/test_a.py",
                "def test_a():\n    assert Cart().total('EUR') == 'EUR'\n\ndef test_b():\n    assert Cart().total() == 'EUR'\n",
            ),
            &py("TypeError", 5, "Cart.total() missing 1 required positional argument: 'currency'"),
            "def test_a():\n    assert Cart().total('EUR') == 'EUR'\n\ndef test_b():\n    assert Cart().total('EUR') == 'EUR'\n",
        );
    }

    #[test]
    fn refuses_a_missing_argument_without_an_evident_value() {
        let test = "def test_a():\n    assert Cart().total('EUR')\n\ndef test_b():\n    assert Cart().total('USD')\n\ndef test_c():\n    assert Cart().total()\n";
        check_none(
            &[("shop/cart.py", CART_PY)],
            ("tests/test_a.py", test),
            &py("TypeError", 8, "Cart.total() missing 1 required positional argument: 'currency'"),
        );
    }

    #[test]
    fn refuses_none_and_ambiguous_and_test_newer() {
        let code = [("shop/cart.py", CART_PY)];
        check_none(
            &code,
            ("tests/test_a.py", "def test_a():\n    assert find('a').name == 'x'\n"),
            &py("AttributeError", 2, "'NoneType' object has no attribute 'name'"),
        );
        // `add_item` is one edit from both `add_items` and `adds_item`.
        check_none(
            &[(
                "shop/cart.py",
                "class Cart:\n    def add_items(self, x):\n        pass\n\n    def adds_item(self, x):\n        pass\n",
            )],
            ("tests/test_a.py", "def test_a():\n    Cart().add_item(1)\n"),
            &py("AttributeError", 2, "'Cart' object has no attribute 'add_item'"),
        );
        let mut test_newer = GitSignals::default();
        test_newer.dirty.insert("tests/test_a.py".into());
        let (fixes, _) = proposals(
            &code,
            ("tests/test_a.py", "def test_a():\n    Cart().add_item('a')\n"),
            &py("AttributeError", 2, "'Cart' object has no attribute 'add_item'"),
            test_newer,
        );
        assert!(fixes.iter().all(|f| f.applicability() == Applicability::DisplayOnly));
    }

    #[test]
    fn renames_a_module_function() {
        check(
            &[(
                "shop/pricing.py",
                "def apply_discount_rate(amount, rate):\n    return amount\n\ndef round_price(x):\n    return x\n",
            )],
            (
                "tests/test_a.py",
                "from shop import pricing\n\ndef test_a():\n    assert pricing.apply_discount(10, 0.1) == 9\n",
            ),
            &py("AttributeError", 4, "module 'shop.pricing' has no attribute 'apply_discount'"),
            "from shop import pricing\n\ndef test_a():\n    assert pricing.apply_discount_rate(10, 0.1) == 9\n",
        );
    }

    #[test]
    fn migrates_removed_standard_library_apis() {
        check(
            &[],
            ("tests/test_a.py", "import collections\n\ndef test_a():\n    assert isinstance({}, collections.Mapping)\n"),
            &py("AttributeError", 4, "module 'collections' has no attribute 'Mapping'"),
            "import collections\nimport collections.abc\n\ndef test_a():\n    assert isinstance({}, collections.abc.Mapping)\n",
        );
        check(
            &[],
            ("tests/test_a.py", "import inspect\n\ndef test_a():\n    assert inspect.getargspec(f).args == ['x']\n"),
            &py("AttributeError", 4, "module 'inspect' has no attribute 'getargspec'"),
            "import inspect\n\ndef test_a():\n    assert inspect.getfullargspec(f).args == ['x']\n",
        );
        check(
            &[],
            (
                "tests/test_a.py",
                "class TestA(TestCase):\n    def test_a(self):\n        self.assertItemsEqual([1, 2], [2, 1])\n",
            ),
            &py("AttributeError", 3, "'TestA' object has no attribute 'assertItemsEqual'"),
            "class TestA(TestCase):\n    def test_a(self):\n        self.assertCountEqual([1, 2], [2, 1])\n",
        );
        // Deprecated aliases as errors (filterwarnings = error): the warning names the replacement.
        check(
            &[],
            (
                "tests/test_a.py",
                "class TestA(TestCase):\n    def test_a(self):\n        self.assertEquals(1, 1)\n        self.assertEquals(2, 2)\n",
            ),
            &py("DeprecationWarning", 3, "Please use assertEqual instead."),
            "class TestA(TestCase):\n    def test_a(self):\n        self.assertEqual(1, 1)\n        self.assertEqual(2, 2)\n",
        );
        // A replacement named for something else on the line: nothing to rename.
        check_none(
            &[],
            ("tests/test_a.py", "class TestA(TestCase):\n    def test_a(self):\n        self.assertEqual(1, 1)\n"),
            &py("DeprecationWarning", 3, "Please use assertEqual instead."),
        );
        check_none(
            &[],
            ("tests/test_a.py", "import asyncio\n\n@asyncio.coroutine\ndef f():\n    yield\n"),
            &py("AttributeError", 3, "module 'asyncio' has no attribute 'coroutine'"),
        );
    }

    #[test]
    fn errors_raised_while_collecting_the_test_module_are_read_too() {
        let collecting = |error_type: &str, line: u32, msg: &str| {
            failure(FailureKind::CollectionError, Runner::Pytest, error_type, "tests/test_a.py", line, 0, msg)
        };
        // Before: a collection error never reached the API adaptation, so a removed API used by a test helper's
        // decorator (or a stale name in a parametrize table) was left alone.
        let helper = "import asyncio\n\n\n@asyncio.coroutine\ndef fake_fetch(url):\n    yield from asyncio.sleep(0)\n    return 200\n\n\ndef test_ok():\n    assert asyncio.run(fake_fetch('x')) == 200\n";
        check(
            &[],
            ("tests/test_a.py", helper),
            &collecting("AttributeError", 4, "module 'asyncio' has no attribute 'coroutine'"),
            "import asyncio\n\n\nasync def fake_fetch(url):\n    await asyncio.sleep(0)\n    return 200\n\n\ndef test_ok():\n    assert asyncio.run(fake_fetch('x')) == 200\n",
        );
        // A syntax or import error while collecting belongs to other strategies.
        check_none(
            &[],
            ("tests/test_a.py", helper),
            &collecting("ImportError", 4, "module 'asyncio' has no attribute 'coroutine'"),
        );
    }

    const CART_TS: &str = "export interface AddOptions { quantity?: number; giftWrap?: boolean }\nexport class Cart {\n  items: string[] = [];\n  add(sku: string, options: AddOptions = {}): void {}\n  total(currency: string): string { return currency; }\n  count(): number { return 0; }\n}\nexport function format(amount: number, { currency, decimals }: { currency: string; decimals?: number }): string { return ''; }\n";

    #[test]
    fn renames_typescript_members_and_options() {
        let code = [("src/cart.ts", CART_TS)];
        check(
            &code,
            ("test/a.test.ts", "const c = new Cart();\nc.addItem('a');\n"),
            &ts("TS2339", 2, 3, "Property 'addItem' does not exist on type 'Cart'."),
            "const c = new Cart();\nc.add('a');\n",
        );
        check(
            &code,
            ("test/a.test.ts", "const c = new Cart();\nc.countt();\n"),
            &ts("TS2551", 2, 3, "Property 'countt' does not exist on type 'Cart'. Did you mean 'count'?"),
            "const c = new Cart();\nc.count();\n",
        );
        check(
            &code,
            ("test/a.test.ts", "const c = new Cart();\nc.add('a', { qty: 2 });\n"),
            &ts(
                "TS2353",
                2,
                14,
                "Object literal may only specify known properties, and 'qty' does not exist in type 'AddOptions'.",
            ),
            "const c = new Cart();\nc.add('a', { quantity: 2 });\n",
        );
    }

    #[test]
    fn typescript_arguments() {
        let code = [("src/cart.ts", CART_TS)];
        check(
            &code,
            (
                "test/a.test.ts",
                "it('a', () => {\n  expect(new Cart().total('EUR')).toBe('EUR');\n  new Cart().total();\n});\n",
            ),
            &ts("TS2554", 3, 14, "Expected 1 arguments, but got 0."),
            "it('a', () => {\n  expect(new Cart().total('EUR')).toBe('EUR');\n  new Cart().total('EUR');\n});\n",
        );
        check(
            &code,
            ("test/a.test.ts", "format(3, 'EUR');\n"),
            &ts(
                "TS2345",
                1,
                11,
                "Argument of type 'string' is not assignable to parameter of type '{ currency: string; decimals?: number | undefined; }'.",
            ),
            "format(3, { currency: 'EUR' });\n",
        );
        check(
            &code,
            ("test/a.test.ts", "format(3, 'EUR', 1);\n"),
            &ts("TS2554", 1, 18, "Expected 2 arguments, but got 3."),
            "format(3, { currency: 'EUR', decimals: 1 });\n",
        );
    }

    #[test]
    fn refuses_builtin_types_and_errors_in_code() {
        let code = [("src/cart.ts", CART_TS)];
        check_none(
            &code,
            ("test/a.test.ts", "expect(mean([1]).toFixed(1)).toBe('1.0');\n"),
            &ts("TS2551", 1, 18, "Property 'toFixed' does not exist on type 'string'. Did you mean 'fixed'?"),
        );
        let mut f = ts("TS2322", 1, 1, "Type 'string' is not assignable to type 'number'.");
        f.file = Some("src/cart.ts".into());
        check_none(&code, ("test/a.test.ts", "x;\n"), &f);
    }

    #[test]
    fn reads_messages() {
        let p =
            Problem::read(&ts("TS2551", 1, 1, "Property 'totl' does not exist on type 'Cart'. Did you mean 'total'?"));
        assert_eq!(
            p,
            Some(Problem::MissingMember {
                owner: Owner::Class("Cart".into()),
                name: "totl".into(),
                suggested: Some("total".into())
            })
        );
        let p = Problem::read(&ts(
            "TS2339",
            1,
            1,
            "Property 'fmt' does not exist on type 'typeof import(\"/p/src/format\")'.",
        ));
        assert_eq!(
            p,
            Some(Problem::MissingMember {
                owner: Owner::Module("/p/src/format".into()),
                name: "fmt".into(),
                suggested: None
            })
        );
        assert_eq!(
            Problem::read(&py("TypeError", 1, "'limit' is an invalid keyword argument for fetch_page()")),
            Some(Problem::UnknownKeyword { function: "fetch_page".into(), name: "limit".into() })
        );
        let p = Problem::read(&py("AttributeError", 1, "'Cart' object has no attribute 'ad'. Did you mean: 'add'?"));
        assert!(matches!(p, Some(Problem::MissingMember { suggested: Some(ref s), .. }) if s == "add"));
        assert_eq!(
            Problem::read(&ts("TS2554", 1, 1, "Expected 1-2 arguments, but got 3.")),
            Some(Problem::ArgumentCount { min: 1, max: 2, got: 3 })
        );
    }

    #[test]
    fn rename_rules() {
        assert_eq!(pick_rename("totl", &["total", "count"], None), Some(("total", Evidence::Close)));
        assert_eq!(pick_rename("qty", &["quantity", "sku"], None), Some(("quantity", Evidence::Related)));
        assert_eq!(pick_rename("getTotal", &["total", "add"], None), Some(("total", Evidence::Related)));
        assert_eq!(pick_rename("item_a", &["item_b", "item_c"], None), None);
        assert_eq!(pick_rename("zzz", &["total"], None), None);
        assert_eq!(words("addItemNow_x"), ["add", "item", "now", "x"]);
    }
}
