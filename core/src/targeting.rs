//! Where to heal a failure. The runner lists the test file, but a traceback that ends in one of the project's
//! source modules says the code broke there: a collection error raised while importing `app/settings.py`, a
//! `NameError` inside `app/parser.py` that a test called. Such a failure is also offered to the strategies as it
//! reads from that module's frame, so a fix that is safe in source (see [`crate::eligibility`]) can be made where
//! the error is.
//!
//! ```
//! use maestro_test_healer::context::{Context, GitSignals, SourceCache};
//! use maestro_test_healer::failure::{Failure, FailureKind, Frame, Runner};
//! use maestro_test_healer::targeting::targets;
//! let cache = SourceCache::new(".");
//! cache.set_text("tests/test_p.py", "from app.parser import parse\n");
//! cache.set_text("app/parser.py", "def parse(s):\n    return re.findall('x', s)\n");
//! let ctx = Context::new(&cache, GitSignals::default());
//! let mut f = Failure::new(FailureKind::TestFailure, Runner::Pytest, "name 're' is not defined");
//! f.file = Some("tests/test_p.py".into());
//! f.frames = vec![
//!     Frame { file: "tests/test_p.py".into(), line: 4, column: None, function: None },
//!     Frame { file: "app/parser.py".into(), line: 2, column: None, function: None },
//! ];
//! let t = targets(&f, &ctx);
//! assert_eq!(t.len(), 2);
//! assert_eq!(t[1].file.as_deref(), Some("app/parser.py".as_ref()));
//! assert_eq!(t[1].line, Some(2));
//! ```

use std::path::PathBuf;

use crate::context::{is_test_path, Context};
use crate::failure::{Failure, FailureKind};
use crate::lang::Language;

/// The failure as reported, then (when its frames end in another of the project's source files) the same
/// failure located at that file's innermost frame.
pub fn targets(failure: &Failure, ctx: &Context) -> Vec<Failure> {
    let mut out = vec![failure.clone()];
    if let Some(restated) = restated(failure) {
        out.push(restated);
    }
    if let Some(moved) = at_transform_error(failure, ctx)
        .or_else(|| at_importer(failure, ctx))
        .or_else(|| at_node_syntax_error(failure, ctx))
        .or_else(|| at_innermost_source_frame(failure, ctx))
    {
        out.push(moved);
    }
    out
}

/// A type checker's diagnostic in the words of the runtime error it predicts, which the strategies read: mypy
/// `Name "re" is not defined` and pyright `"re" is not defined` are `NameError: name 're' is not defined` (the
/// dependency fix); `Cannot find implementation or library stub for module named "colections"` and `Import
/// "colections" could not be resolved` are `ModuleNotFoundError`; `Name "collections.Mapping" is not defined`,
/// `Module "m" has no attribute "X"` and `"X" is not a known attribute of module "m"` are `AttributeError: module
/// 'm' has no attribute 'X'` (the API adaptation's removed standard-library APIs). tsc's codes are read as they are.
fn restated(failure: &Failure) -> Option<Failure> {
    use crate::failure::Runner;
    if !matches!(failure.runner, Runner::Mypy | Runner::Pyright) {
        return None;
    }
    let m = failure.message.as_str();
    let quoted = |after: &str| {
        let rest = &m[m.find(after)? + after.len()..];
        Some(rest[..rest.find('"')?].to_string())
    };
    let attribute = |module: &str, name: &str| {
        (FailureKind::TypeError, "AttributeError", format!("module '{module}' has no attribute '{name}'"))
    };
    let (kind, error_type, message) = if let Some(name) = quoted("Name \"")
        .filter(|_| m.contains("\" is not defined"))
        .or_else(|| m.strip_prefix('"').and_then(|r| r.split_once("\" is not defined")).map(|(n, _)| n.to_string()))
    {
        match name.rsplit_once('.') {
            Some((module, attr)) => attribute(module, attr),
            None => (FailureKind::TypeError, "NameError", format!("name '{name}' is not defined")),
        }
    } else if let Some(module) = quoted("library stub for module named \"")
        .or_else(|| quoted("Import \"").filter(|_| m.contains("could not be resolved") && !m.contains("from source")))
    {
        (FailureKind::ImportError, "ModuleNotFoundError", format!("No module named '{module}'"))
    } else if let (Some(module), Some(name)) = (quoted("Module \""), quoted("has no attribute \"")) {
        attribute(&module, &name)
    } else if let (Some(class), Some(name)) = (
        m.strip_prefix('"').and_then(|r| r.split_once("\" has no attribute \"")).map(|(c, _)| c.to_string()),
        quoted("has no attribute \""),
    ) {
        // mypy `"Product" has no attribute "code"`: the instance attribute the runtime would miss.
        (FailureKind::TypeError, "AttributeError", format!("'{class}' object has no attribute '{name}'"))
    } else if let (Some(name), Some(class)) = (quoted("Cannot access attribute \""), quoted("for class \"")) {
        // pyright's wording of the same.
        (FailureKind::TypeError, "AttributeError", format!("'{class}' object has no attribute '{name}'"))
    } else if let (Some(name), Some(module)) = (
        m.strip_prefix('"').and_then(|r| r.split_once('"')).map(|(n, _)| n.to_string()),
        quoted("is not a known attribute of module \""),
    ) {
        attribute(&module, &name)
    } else {
        return None;
    };
    let mut f = failure.clone();
    f.kind = kind;
    f.error_type = Some(error_type.to_string());
    f.message = message;
    Some(f)
}

/// vitest lists a file it could not load under the test file that imported it; esbuild's own line names the file
/// that does not parse: `/abs/src/cart.ts:13:0: ERROR: Expected ")" but found ";"`. The message is restated in
/// tsc's words (`')' expected.`), which the syntax repair reads.
fn at_transform_error(failure: &Failure, ctx: &Context) -> Option<Failure> {
    let (file, line, column, message) = failure.raw.lines().find_map(|l| {
        let (place, message) = l.trim().split_once(": ERROR: ")?;
        let mut parts = place.rsplitn(3, ':');
        let column = parts.next()?.parse::<u32>().ok()?;
        let line = parts.next()?.parse::<u32>().ok()?;
        Some((PathBuf::from(parts.next()?), line, column, message.trim()))
    })?;
    let rel = ctx.sources.relative(&file)?;
    if !crate::validate::path_allowed(&rel) || Language::from_path(&rel).is_none() || ctx.sources.get(&rel).is_err() {
        return None;
    }
    let mut moved = failure.clone();
    moved.kind = FailureKind::SyntaxError;
    moved.file = Some(rel);
    moved.line = Some(line);
    // esbuild counts columns from 0.
    moved.column = Some(column + 1);
    moved.message = match message.strip_prefix("Expected \"").and_then(|m| m.split_once("\" but found")) {
        Some((token, _)) => format!("'{token}' expected. ({message})"),
        None => message.to_string(),
    };
    moved.expected = None;
    moved.actual = None;
    Some(moved)
}

/// A module that does not resolve is reported under the test file that loaded the chain, but the loader names the
/// file whose import failed: node's `Cannot find module '/abs/src/utils' imported from /abs/src/tickets.js`, vite's
/// `Failed to load url ./utils (resolved id: ./utils) in /abs/src/tickets.js. Does the file exist?`. The import is
/// repaired in that file.
fn at_importer(failure: &Failure, ctx: &Context) -> Option<Failure> {
    let text = if failure.message.contains(" imported from ") || failure.message.contains("Failed to load url ") {
        failure.message.as_str()
    } else {
        failure.raw.lines().find(|l| l.contains(" imported from ") || l.contains("Failed to load url "))?
    };
    let path = if let Some((_, rest)) = text.split_once(" imported from ") {
        rest.split_whitespace().next()?
    } else {
        let (_, rest) = text.split_once("Failed to load url ")?;
        let (_, rest) = rest.split_once(") in ")?;
        rest.split_whitespace().next()?.trim_end_matches('.')
    };
    let path = path.trim_matches(|c| matches!(c, '\'' | '"' | '`'));
    let path = path.strip_prefix("file://").unwrap_or(path);
    let rel = ctx.sources.relative(std::path::Path::new(path))?;
    let listed = failure.file.as_deref().and_then(|f| ctx.sources.relative(f));
    if Some(&rel) == listed.as_ref()
        || !crate::validate::path_allowed(&rel)
        || Language::from_path(&rel).is_none()
        || ctx.sources.get(&rel).is_err()
    {
        return None;
    }
    let mut moved = failure.clone();
    moved.kind = FailureKind::ImportError;
    moved.file = Some(rel);
    moved.line = None;
    moved.column = None;
    moved.expected = None;
    moved.actual = None;
    if !moved.message.contains(text) {
        moved.message = text.trim().to_string();
    }
    Some(moved)
}

/// node prints a module that does not compile as its location, the source line and a caret, then the error:
/// `file:///abs/src/permalink.js:23` / `SyntaxError: Unexpected end of input`. The test file that imported it is
/// what fails; the repair belongs in the file named.
fn at_node_syntax_error(failure: &Failure, ctx: &Context) -> Option<Failure> {
    if failure.kind != FailureKind::SyntaxError && failure.error_type.as_deref() != Some("SyntaxError") {
        return None;
    }
    let lines: Vec<&str> = failure.raw.lines().map(|l| l.trim_start_matches('#').trim()).collect();
    let error_at = lines.iter().position(|l| l.starts_with("SyntaxError:"))?;
    // The location is the first line of the block, at most a source line and a caret before the error.
    let (path, line) = lines[error_at.saturating_sub(4)..error_at].iter().find_map(|l| {
        let (path, line) = l.rsplit_once(':')?;
        let line = line.parse::<u32>().ok()?;
        let path = path.strip_prefix("file://").unwrap_or(path);
        path.starts_with('/').then(|| (PathBuf::from(path), line))
    })?;
    let rel = ctx.sources.relative(&path)?;
    let listed = failure.file.as_deref().and_then(|f| ctx.sources.relative(f));
    if Some(&rel) == listed.as_ref()
        || !crate::validate::path_allowed(&rel)
        || Language::from_path(&rel).is_none()
        || ctx.sources.get(&rel).is_err()
    {
        return None;
    }
    let mut moved = failure.clone();
    moved.kind = FailureKind::SyntaxError;
    moved.file = Some(rel);
    moved.line = Some(line);
    moved.column = None;
    moved.expected = None;
    moved.actual = None;
    Some(moved)
}

/// The innermost frame in a project file that is code, not a test (dependencies and tool folders are not the
/// project's), when it is not the file the failure already names.
fn at_innermost_source_frame(failure: &Failure, ctx: &Context) -> Option<Failure> {
    let listed: Option<PathBuf> = failure.file.as_deref().and_then(|f| ctx.sources.relative(f));
    let (rel, frame) = failure.frames.iter().rev().find_map(|fr| {
        let rel = ctx.sources.relative(&fr.file)?;
        let ours = crate::validate::path_allowed(&rel) && Language::from_path(&rel).is_some();
        (ours && ctx.sources.get(&rel).is_ok()).then_some((rel, fr))
    })?;
    if is_test_path(&rel) || Some(&rel) == listed.as_ref() {
        return None;
    }
    let mut moved = failure.clone();
    moved.kind = kind_at_frame(failure);
    moved.file = Some(rel);
    moved.line = Some(frame.line);
    moved.column = frame.column;
    // The compared values belong to the test's assertion, not to the module's line.
    moved.expected = None;
    moved.actual = None;
    Some(moved)
}

/// In the module, a collection error is the exception the module raised while it ran: a syntax or import error
/// keeps its kind, anything else is a runtime error at that line.
fn kind_at_frame(failure: &Failure) -> FailureKind {
    let ty = failure.error_type.as_deref().unwrap_or("");
    match failure.kind {
        FailureKind::CollectionError if matches!(ty, "SyntaxError" | "IndentationError" | "TabError") => {
            FailureKind::SyntaxError
        }
        FailureKind::CollectionError if matches!(ty, "ModuleNotFoundError" | "ImportError") => FailureKind::ImportError,
        FailureKind::CollectionError => FailureKind::TestFailure,
        kind => kind,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::context::{GitSignals, SourceCache};
    use crate::failure::{Frame, Runner};

    fn frame(file: &str, line: u32) -> Frame {
        Frame { file: file.into(), line, column: None, function: None }
    }

    fn collection_error(error_type: &str, frames: Vec<Frame>) -> Failure {
        let mut f = Failure::new(FailureKind::CollectionError, Runner::Pytest, "module 'collections' has no attribute");
        f.error_type = Some(error_type.into());
        f.file = Some("tests/test_s.py".into());
        f.line = Some(1);
        f.frames = frames;
        f
    }

    #[test]
    fn a_collection_error_raised_in_a_module_is_healed_there() {
        let cache = SourceCache::new("/nonexistent");
        cache.set_text("tests/test_s.py", "from app.settings import Settings\n");
        cache.set_text("app/settings.py", "import collections\n\n\nclass Settings(collections.Mapping):\n    pass\n");
        let ctx = Context::new(&cache, GitSignals::default());
        let frames = vec![
            frame("/venv/lib/python3.11/site-packages/_pytest/python.py", 493),
            frame("tests/test_s.py", 1),
            frame("app/settings.py", 4),
        ];
        let t = targets(&collection_error("AttributeError", frames.clone()), &ctx);
        assert_eq!(t.len(), 2);
        assert_eq!((t[1].file.as_deref(), t[1].line), (Some("app/settings.py".as_ref()), Some(4)));
        assert_eq!(t[1].kind, FailureKind::TestFailure);
        assert_eq!(targets(&collection_error("ModuleNotFoundError", frames), &ctx)[1].kind, FailureKind::ImportError);
    }

    #[test]
    fn a_module_that_does_not_resolve_is_healed_in_the_file_that_imports_it() {
        let cache = SourceCache::new("/p");
        cache.set_text("test/t.test.js", "import { TicketCounter } from '../src/tickets.js';\n");
        cache.set_text("src/tickets.js", "import { clamp } from './utils';\n");
        let ctx = Context::new(&cache, GitSignals::default());
        let mut f = Failure::new(
            FailureKind::TestFailure,
            Runner::NodeTest,
            "Cannot find module '/p/src/utils' imported from /p/src/tickets.js",
        );
        f.file = Some("test/t.test.js".into());
        let t = targets(&f, &ctx);
        assert_eq!(t.len(), 2);
        assert_eq!((t[1].file.as_deref(), t[1].kind), (Some("src/tickets.js".as_ref()), FailureKind::ImportError));
        // vite names the importer after the resolved id.
        f.message =
            "Failed to load url ./utils (resolved id: ./utils) in /p/src/tickets.js. Does the file exist?".into();
        assert_eq!(targets(&f, &ctx)[1].file.as_deref(), Some("src/tickets.js".as_ref()));
        // The listed file itself, or a file outside the project, is not a second target.
        f.message = "Cannot find module '/p/src/utils' imported from /elsewhere/x.js".into();
        assert_eq!(targets(&f, &ctx).len(), 1);
    }

    #[test]
    fn a_module_node_could_not_compile_is_healed_there() {
        let cache = SourceCache::new("/p");
        cache.set_text("test/t.test.js", "import { tagLink } from '../src/link.js';\n");
        cache.set_text("src/link.js", "export const tagLink = (t) => `/tags/${t}/;\n");
        let ctx = Context::new(&cache, GitSignals::default());
        let mut f = Failure::new(FailureKind::SyntaxError, Runner::NodeTest, "Unexpected end of input");
        f.error_type = Some("SyntaxError".into());
        f.file = Some("test/t.test.js".into());
        f.raw = "file:///p/src/link.js:2\nSyntaxError: Unexpected end of input\n    at compileSourceTextModule (node:internal/modules/esm/utils:346:16)\nnot ok 1 - /p/test/t.test.js\n".into();
        let t = targets(&f, &ctx);
        assert_eq!(t.len(), 2);
        assert_eq!((t[1].file.as_deref(), t[1].line), (Some("src/link.js".as_ref()), Some(2)));
        // Not a syntax error: the location line is not read.
        f.kind = FailureKind::TestFailure;
        f.error_type = Some("TypeError".into());
        assert_eq!(targets(&f, &ctx).len(), 1);
    }

    #[test]
    fn a_file_vitest_could_not_transform_is_healed_there() {
        let cache = SourceCache::new("/nonexistent");
        cache.set_text("test/cart.test.ts", "import { total } from '../src/cart';\n");
        cache.set_text("src/cart.ts", "export function total(): number {\n  return Math.max(0, 1;\n}\n");
        let ctx = Context::new(&cache, GitSignals::default());
        let mut f = Failure::new(FailureKind::SyntaxError, Runner::Vitest, "Transform failed with 1 error:");
        f.file = Some("test/cart.test.ts".into());
        f.raw = " FAIL  test/cart.test.ts [ test/cart.test.ts ]\nError: Transform failed with 1 error:\n\
                 /nonexistent/src/cart.ts:2:22: ERROR: Expected \")\" but found \";\"\n  Plugin: vite:esbuild\n"
            .into();
        let t = targets(&f, &ctx);
        assert_eq!(t.len(), 2);
        assert_eq!((t[1].file.as_deref(), t[1].line, t[1].column), (Some("src/cart.ts".as_ref()), Some(2), Some(23)));
        assert_eq!(t[1].message, "')' expected. (Expected \")\" but found \";\")");
        assert_eq!(t[1].kind, FailureKind::SyntaxError);
    }

    #[test]
    fn type_checker_diagnostics_read_as_the_runtime_errors_they_predict() {
        let cache = SourceCache::new("/nonexistent");
        let ctx = Context::new(&cache, GitSignals::default());
        let cases = [
            (Runner::Mypy, "Name \"re\" is not defined", "NameError", "name 're' is not defined"),
            (Runner::Pyright, "\"re\" is not defined", "NameError", "name 're' is not defined"),
            (
                Runner::Mypy,
                "Name \"collections.Mapping\" is not defined",
                "AttributeError",
                "module 'collections' has no attribute 'Mapping'",
            ),
            (
                Runner::Pyright,
                "\"Mapping\" is not a known attribute of module \"collections\"",
                "AttributeError",
                "module 'collections' has no attribute 'Mapping'",
            ),
            (
                Runner::Mypy,
                "Module \"inspect\" has no attribute \"getargspec\"",
                "AttributeError",
                "module 'inspect' has no attribute 'getargspec'",
            ),
            (
                Runner::Mypy,
                "Cannot find implementation or library stub for module named \"colections\"",
                "ModuleNotFoundError",
                "No module named 'colections'",
            ),
            (
                Runner::Pyright,
                "Import \"colections\" could not be resolved",
                "ModuleNotFoundError",
                "No module named 'colections'",
            ),
            (
                Runner::Mypy,
                "\"Product\" has no attribute \"code\"",
                "AttributeError",
                "'Product' object has no attribute 'code'",
            ),
            (
                Runner::Pyright,
                "Cannot access attribute \"code\" for class \"Product\"",
                "AttributeError",
                "'Product' object has no attribute 'code'",
            ),
        ];
        for (runner, message, error_type, restated) in cases {
            let mut f = Failure::new(FailureKind::TypeError, runner, message);
            f.file = Some("app/p.py".into());
            let t = targets(&f, &ctx);
            assert_eq!(t.len(), 2, "{message}");
            assert_eq!((t[1].error_type.as_deref(), t[1].message.as_str()), (Some(error_type), restated));
        }
        // Other diagnostics, and the same words from a test runner, are left as they are.
        for (runner, message) in [
            (Runner::Mypy, "Argument 1 to \"f\" has incompatible type \"str\"; expected \"int\""),
            (Runner::Pyright, "Import \"yaml\" could not be resolved from source"),
            (Runner::Pytest, "Name \"re\" is not defined"),
        ] {
            let mut f = Failure::new(FailureKind::TypeError, runner, message);
            f.file = Some("app/p.py".into());
            assert_eq!(targets(&f, &ctx).len(), 1, "{message}");
        }
    }

    #[test]
    fn frames_outside_the_project_or_in_tests_are_not_targets() {
        let cache = SourceCache::new("/nonexistent");
        cache.set_text("tests/test_s.py", "x = 1\n");
        cache.set_text("tests/helpers.py", "x = 1\n");
        cache.set_text(".venv/lib/m.py", "x = 1\n");
        let ctx = Context::new(&cache, GitSignals::default());
        for frames in [
            vec![frame("tests/test_s.py", 1), frame("tests/helpers.py", 1)],
            vec![frame("tests/test_s.py", 1), frame(".venv/lib/m.py", 1)],
            vec![frame("tests/test_s.py", 1), frame("/usr/lib/python3.11/json/__init__.py", 1)],
            vec![frame("tests/test_s.py", 1), frame("app/missing.py", 3)],
            vec![frame("tests/test_s.py", 1)],
        ] {
            assert_eq!(targets(&collection_error("AttributeError", frames.clone()), &ctx).len(), 1, "{frames:?}");
        }
    }
}
