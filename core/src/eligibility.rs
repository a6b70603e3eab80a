//! Which files a fix may touch: tests always; the project's own source files only for fixes that keep
//! behaviour (a syntax repair, a missing or misspelled import, a removed standard-library API with a one-to-one
//! replacement). Fixes that change what code does (an expected value, an adapted call, a timing, a flaky-test
//! cure) stay in test files. `--tests-only` ([`Context::tests_only`]) keeps every fix in tests, as before.
//!
//! Each strategy says which of its fixes are safe in source ([`Strategy::safe_in_source`]); [`admit`] applies
//! that rule to every proposal in one place.
//!
//! ```
//! use maestro_test_healer::context::{Context, GitSignals, SourceCache};
//! use maestro_test_healer::eligibility::{admit, FileRole};
//! use maestro_test_healer::fix::{Applicability, Edit, Fix, StrategyKind};
//! use maestro_test_healer::strategies::{strategy, SyntaxRepair};
//! let cache = SourceCache::new(".");
//! cache.set_text("shop/pricing.py", "def price(x)\n    return x\n");
//! let ctx = Context::new(&cache, GitSignals::default());
//! let fix = Fix::new(StrategyKind::SyntaxRepair, vec![Edit::insert("shop/pricing.py", 12, ":")], 0.95, "t", "")
//!     .with_applicability(Applicability::Safe);
//! assert_eq!(FileRole::of_fix(&fix), Some(FileRole::Source));
//! // A syntax repair keeps behaviour: allowed in the code under test ...
//! assert!(admit(fix.clone(), &SyntaxRepair, &ctx).is_some_and(|f| f.applicability() == Applicability::Safe));
//! // ... but with --tests-only it is only shown.
//! let ctx = ctx.with_tests_only(true);
//! assert!(admit(fix, &SyntaxRepair, &ctx).is_some_and(|f| f.applicability() == Applicability::DisplayOnly));
//! // An assertion update in a source file is never proposed.
//! let value = Fix::new(StrategyKind::AssertionUpdate, vec![Edit::insert("shop/pricing.py", 0, "#")], 0.9, "t", "");
//! let ctx = Context::new(&cache, GitSignals::default());
//! assert!(admit(value, strategy(StrategyKind::AssertionUpdate).unwrap(), &ctx).is_none());
//! ```

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::context::{is_test_file, is_test_path, Context, SourceCache};
use crate::failure::Failure;
use crate::fix::{Applicability, Fix};
use crate::strategies::Strategy;

/// What kind of file a fix edits: a test, or the project's own code (the code under test).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileRole {
    Test,
    Source,
}

impl FileRole {
    /// `tests/test_a.py`, `src/cart.test.ts`, `conftest.py` are tests; every other file is source.
    pub fn of(path: &Path) -> FileRole {
        if is_test_path(path) {
            FileRole::Test
        } else {
            FileRole::Source
        }
    }

    /// The role of the files a fix edits: `Source` when any of them is source, `None` for advice (no edits).
    pub fn of_fix(fix: &Fix) -> Option<FileRole> {
        fix.paths().into_iter().map(FileRole::of).max()
    }

    /// [`FileRole::of`], also reading the file: one that defines tests is a test whatever its name
    /// ([`crate::context::is_test_file`]).
    pub fn of_in(path: &Path, cache: &SourceCache) -> FileRole {
        if is_test_file(cache, path) {
            FileRole::Test
        } else {
            FileRole::Source
        }
    }

    /// [`FileRole::of_fix`] with the files' contents read through `cache`.
    pub fn of_fix_in(fix: &Fix, cache: &SourceCache) -> Option<FileRole> {
        fix.paths().into_iter().map(|p| FileRole::of_in(p, cache)).max()
    }

    pub fn name(self) -> &'static str {
        match self {
            FileRole::Test => "test",
            FileRole::Source => "source",
        }
    }
}

/// The rule every proposal goes through before validation: fixes of tests pass unchanged; a fix of source is
/// kept when its strategy says it keeps behaviour, and is then only shown under `--tests-only`; any other fix
/// of source is dropped (the code under test is its author's to change).
pub fn admit(fix: Fix, strategy: &dyn Strategy, ctx: &Context) -> Option<Fix> {
    if FileRole::of_fix_in(&fix, ctx.sources) != Some(FileRole::Source) {
        return Some(fix);
    }
    if !strategy.safe_in_source(&fix, ctx) {
        return None;
    }
    if ctx.tests_only && fix.applicability() > Applicability::DisplayOnly {
        let sources: Vec<String> = fix
            .paths()
            .into_iter()
            .filter(|p| FileRole::of_in(p, ctx.sources) == FileRole::Source)
            .map(|p| p.display().to_string())
            .collect();
        let rationale = format!(
            "{} is not a test file, and --tests-only keeps fixes to tests: shown for review, not applied. {}",
            sources.join(", "),
            fix.rationale()
        );
        return Some(
            Fix::new(fix.strategy(), fix.edits().to_vec(), fix.confidence(), fix.title().to_string(), rationale)
                .with_applicability(Applicability::DisplayOnly),
        );
    }
    Some(fix)
}

/// The test files to re-run to see whether a failure is gone. A failure in a source module (a syntax error
/// pytest reports in the imported module) is not re-run by running that module: the test file that imported it
/// is, named by the failure's test id or its innermost test frame.
pub fn rerun_files(failure: &Failure, cache: &SourceCache) -> Vec<String> {
    let file = failure.file.as_deref().and_then(|f| cache.relative(f));
    let test_file = match &file {
        Some(f) if is_test_path(f) => Some(f.clone()),
        _ => failure
            .test_id
            .as_deref()
            .map(|id| PathBuf::from(id.split("::").next().unwrap_or(id).split(" > ").next().unwrap_or(id).trim()))
            .and_then(|p| cache.relative(&p))
            .filter(|p| is_test_path(p))
            .or_else(|| {
                failure.frames.iter().rev().filter_map(|fr| cache.relative(&fr.file)).find(|p| is_test_path(p))
            }),
    };
    test_file.or(file).map(|f| f.to_string_lossy().into_owned()).into_iter().collect()
}

/// Whether every edit of a fix is a removed standard-library API replaced by its one-to-one successor
/// (`collections.Mapping` -> `collections.abc.Mapping` with its `import collections.abc`, `inspect.getargspec` ->
/// `inspect.getfullargspec`; node's `os.tmpDir()` -> `os.tmpdir()` on a binding of the builtin): the same object
/// under its current name, so the code behaves as before; or exactly one of the rewrites the old semantics pin down
/// (`@asyncio.coroutine` -> `async def`, a mid-pattern `(?i)` -> the call's `re.IGNORECASE`, `random.sample(a_set)`
/// -> `sorted(a_set)`), re-derived from the file. Read from the edits themselves, so no other API adaptation passes
/// for one.
pub fn removed_stdlib_api(fix: &Fix, ctx: &Context) -> bool {
    use crate::strategies::api_adaptation::{COLLECTIONS_ABCS, PY_MODULE_MIGRATIONS};
    let migrated = |e: &crate::fix::Edit| {
        let Ok(src) = ctx.sources.get(&e.path) else { return false };
        let text = src.text();
        let (Some(before), Some(after)) = (text.get(..e.range.start), text.get(e.range.end..)) else { return false };
        let name_follows = |name: &str| {
            after.strip_prefix(name).is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric() || c == '_'))
        };
        if e.range.is_empty() && e.replacement == "abc." {
            return before.ends_with("collections.") && COLLECTIONS_ABCS.iter().any(|n| name_follows(n));
        }
        if e.range.is_empty() && e.replacement == "\nimport collections.abc" {
            return before.lines().next_back().is_some_and(|l| l.trim() == "import collections")
                && (after.is_empty() || after.starts_with('\n'));
        }
        let old = text.get(e.range.clone()).unwrap_or("");
        let listed = PY_MODULE_MIGRATIONS.iter().any(|(m, o, n, _)| {
            !n.is_empty() && *o == old && *n == e.replacement && before.ends_with(&format!("{m}."))
        });
        listed && (old != "getargspec" || reads_shared_argspec_field(&src, e.range.start))
    };
    let node_alias = |e: &crate::fix::Edit| {
        ctx.sources.get(&e.path).is_ok_and(|src| crate::strategies::api_adaptation::is_removed_node_api_edit(&src, e))
    };
    if fix.edits().is_empty() {
        return false;
    }
    if src_is_python(fix) {
        fix.edits().iter().all(migrated) || crate::strategies::api_adaptation::is_behaviour_preserving_rewrite(fix, ctx)
    } else {
        fix.edits().iter().all(node_alias)
    }
}

/// Whether every edit of a fix renames a use of a name the project's own change renamed (`Customer.fullname` ->
/// `fullName` in `src/customer.ts`, within one module) to its new name, and nothing else: the code reads the same
/// member it read before the rename, so it behaves as before; without the edit it does not run or type-check.
pub fn follows_project_rename(fix: &Fix, ctx: &Context) -> bool {
    use crate::change::Delta;
    let renamed = |e: &crate::fix::Edit| {
        let Ok(src) = ctx.sources.get(&e.path) else { return false };
        let Some(old) = src.text().get(e.range.clone()) else { return false };
        // The whole identifier, not a part of one.
        let node = src.root().descendant_for_byte_range(e.range.start, e.range.end);
        let whole = node.is_some_and(|n| {
            n.byte_range() == e.range
                && matches!(n.kind(), "identifier" | "property_identifier" | "type_identifier" | "attribute")
        });
        // A renamed key of an interface or options type counts as well, unless the owner's documentation still
        // uses the old key (then the rename looks like a typo, which following would spread).
        whole
            && ctx.change.deltas.iter().any(|d| match d {
                Delta::Renamed { old: o, new: n } => o.name == old && n.name == e.replacement && o.module == n.module,
                Delta::OptionKeyRenamed { old: o, new: n, doc_disagrees: false, .. } => o == old && *n == e.replacement,
                _ => false,
            })
    };
    !fix.edits().is_empty() && fix.edits().iter().all(renamed)
}

/// `inspect.getargspec(f).args`: the call's result is read only through a field `getfullargspec` returns with the
/// same meaning (`args`, `varargs`, `defaults`; not `keywords`, which it calls `varkw`, and not a 4-tuple unpacking,
/// which its 7-tuple breaks).
fn reads_shared_argspec_field(src: &crate::source::SourceFile, at: usize) -> bool {
    let Some(name) = src.root().descendant_for_byte_range(at, at) else { return false };
    let call = name.parent().and_then(|attr| attr.parent()).filter(|c| c.kind() == "call");
    let field = call
        .and_then(|c| c.parent())
        .filter(|p| p.kind() == "attribute")
        .and_then(|p| p.child_by_field_name("attribute").filter(|_| p.child_by_field_name("object") == call));
    field.is_some_and(|f| matches!(src.node_text(f), "args" | "varargs" | "defaults"))
}

fn src_is_python(fix: &Fix) -> bool {
    fix.paths().iter().all(|p| p.extension().is_some_and(|e| e == "py"))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::context::GitSignals;
    use crate::failure::{FailureKind, Frame, Runner};
    use crate::fix::{Edit, StrategyKind};
    use crate::strategies::{strategy, AssertionUpdate, DependencyFix, SyntaxRepair};

    fn safe(kind: StrategyKind, path: &str) -> Fix {
        Fix::new(kind, vec![Edit::insert(path, 0, "import re\n")], 0.9, "t", "r")
            .with_applicability(Applicability::Safe)
    }

    #[test]
    fn roles_of_paths_and_fixes() {
        assert_eq!(FileRole::of(Path::new("tests/test_a.py")), FileRole::Test);
        assert_eq!(FileRole::of(Path::new("src/cart.test.ts")), FileRole::Test);
        assert_eq!(FileRole::of(Path::new("app/parser.py")), FileRole::Source);
        let both = Fix::new(
            StrategyKind::DependencyFix,
            vec![Edit::insert("tests/test_a.py", 0, "x"), Edit::insert("app/a.py", 0, "y")],
            0.9,
            "t",
            "",
        );
        assert_eq!(FileRole::of_fix(&both), Some(FileRole::Source));
        assert_eq!(FileRole::of_fix(&Fix::advice(StrategyKind::DependencyFix, "pip install x", "")), None);
    }

    #[test]
    fn a_file_that_defines_tests_is_a_test_whatever_its_name() {
        let cache = SourceCache::new("/nonexistent");
        cache.set_text(
            "src/cart.check.ts",
            "import { it, expect } from 'vitest';\nit('adds', () => {\n  expect(1).toBe(2);\n});\n",
        );
        cache.set_text("polls/tests.py", "x = 1\n");
        cache.set_text("checks/check_cart.py", "from cart import add\n\ndef test_add():\n    assert add(1) == 2\n");
        cache.set_text("src/cart.ts", "export function it(x: number) { return test(x); }\n");
        let ctx = Context::new(&cache, GitSignals::default());
        for test in ["src/cart.check.ts", "polls/tests.py", "checks/check_cart.py"] {
            assert_eq!(FileRole::of_in(Path::new(test), &cache), FileRole::Test, "{test}");
            assert!(admit(safe(StrategyKind::AssertionUpdate, test), &AssertionUpdate, &ctx).is_some(), "{test}");
        }
        assert_eq!(FileRole::of_in(Path::new("src/cart.ts"), &cache), FileRole::Source);
        assert!(admit(safe(StrategyKind::AssertionUpdate, "src/cart.ts"), &AssertionUpdate, &ctx).is_none());
    }

    #[test]
    fn behaviour_changing_fixes_never_reach_source() {
        let cache = SourceCache::new("/nonexistent");
        cache.set_text("app/a.py", "x = 1\n");
        let ctx = Context::new(&cache, GitSignals::default());
        assert!(admit(safe(StrategyKind::AssertionUpdate, "app/a.py"), &AssertionUpdate, &ctx).is_none());
        for kind in [StrategyKind::TimingAdjustment, StrategyKind::FlakyStabilization, StrategyKind::EnvironmentHealing]
        {
            assert!(admit(safe(kind, "app/a.py"), strategy(kind).unwrap(), &ctx).is_none(), "{kind}");
            assert!(admit(safe(kind, "tests/test_a.py"), strategy(kind).unwrap(), &ctx).is_some(), "{kind}");
        }
        let kept = admit(safe(StrategyKind::DependencyFix, "app/a.py"), &DependencyFix, &ctx).unwrap();
        assert_eq!(kept.applicability(), Applicability::Safe);
        let ctx = ctx.with_tests_only(true);
        let shown = admit(safe(StrategyKind::SyntaxRepair, "app/a.py"), &SyntaxRepair, &ctx).unwrap();
        assert_eq!(shown.applicability(), Applicability::DisplayOnly);
        assert!(
            shown.rationale().starts_with("app/a.py is not a test file, and --tests-only"),
            "{}",
            shown.rationale()
        );
        // Tests stay fixable under --tests-only.
        let test = admit(safe(StrategyKind::SyntaxRepair, "tests/test_a.py"), &SyntaxRepair, &ctx).unwrap();
        assert_eq!(test.applicability(), Applicability::Safe);
    }

    #[test]
    fn only_one_to_one_stdlib_replacements_count_as_removed_api_fixes() {
        let cache = SourceCache::new("/nonexistent");
        let text = "import collections\nimport inspect\n\n\nclass S(collections.Mapping):\n    spec = inspect.getargspec(f).args\n    kw = inspect.getargspec(f).keywords\n";
        cache.set_text("app/s.py", text);
        let ctx = Context::new(&cache, GitSignals::default());
        let at = |needle: &str| text.find(needle).unwrap();
        let fix = |edits: Vec<Edit>| Fix::new(StrategyKind::ApiAdaptation, edits, 0.93, "t", "");
        let abc = Edit::insert("app/s.py", at("Mapping"), "abc.");
        let import = Edit::insert("app/s.py", at("\nimport inspect"), "\nimport collections.abc");
        let spec = Edit::replace("app/s.py", at("getargspec")..at("getargspec") + 10, "getfullargspec");
        assert!(removed_stdlib_api(&fix(vec![abc.clone(), import.clone()]), &ctx));
        assert!(removed_stdlib_api(&fix(vec![spec]), &ctx));
        // A rename that is not in the table, or `abc.` anywhere else, is not a removed-API fix.
        let rename = Edit::replace("app/s.py", at("getargspec")..at("getargspec") + 10, "signature");
        assert!(!removed_stdlib_api(&fix(vec![rename]), &ctx));
        assert!(!removed_stdlib_api(&fix(vec![abc, Edit::insert("app/s.py", at("class S"), "abc.")]), &ctx));
        assert!(!removed_stdlib_api(&fix(vec![]), &ctx));
        // getfullargspec has no `keywords` field: not the same result there.
        let kw = text.rfind("getargspec").unwrap();
        assert!(!removed_stdlib_api(&fix(vec![Edit::replace("app/s.py", kw..kw + 10, "getfullargspec")]), &ctx));
    }

    #[test]
    fn following_a_rename_of_the_project_counts_only_for_that_name() {
        use crate::change::{ChangeSet, Delta, SymbolRef};
        use crate::project_index::SymbolKind;
        let cache = SourceCache::new("/nonexistent");
        let text =
            "import { Customer } from \"./customer.js\";\nexport const hi = (c: Customer) => `Hi ${c.fullname}`;\n";
        cache.set_text("src/greeting.ts", text);
        let member = |name: &str| SymbolRef {
            name: name.into(),
            container: Some("Customer".into()),
            kind: SymbolKind::Variable,
            file: "src/customer.ts".into(),
            module: "src/customer".into(),
        };
        let change = ChangeSet {
            deltas: vec![Delta::Renamed { old: member("fullname"), new: member("fullName") }],
            ..Default::default()
        };
        let ctx = Context::new(&cache, GitSignals::default()).with_change(std::sync::Arc::new(change));
        let at = text.find("fullname").unwrap();
        let fix = |range: std::ops::Range<usize>, new: &str| {
            Fix::new(StrategyKind::ApiAdaptation, vec![Edit::replace("src/greeting.ts", range, new)], 0.9, "t", "")
        };
        assert!(follows_project_rename(&fix(at..at + 8, "fullName"), &ctx));
        // Another new name, part of an identifier, or no rename in the change: not a rename being followed.
        assert!(!follows_project_rename(&fix(at..at + 8, "firstName"), &ctx));
        assert!(!follows_project_rename(&fix(at..at + 4, "fullName"), &ctx));
        let ctx = Context::new(&cache, GitSignals::default());
        assert!(!follows_project_rename(&fix(at..at + 8, "fullName"), &ctx));
        // A renamed interface key, as the change model reads one; refused when the owner's docs keep the old key.
        let key = |doc_disagrees: bool| ChangeSet {
            deltas: vec![Delta::OptionKeyRenamed {
                owner: SymbolRef { container: None, kind: SymbolKind::Type, ..member("Customer") },
                old: "fullname".into(),
                new: "fullName".into(),
                doc_disagrees,
            }],
            ..Default::default()
        };
        let ctx = Context::new(&cache, GitSignals::default()).with_change(std::sync::Arc::new(key(false)));
        assert!(follows_project_rename(&fix(at..at + 8, "fullName"), &ctx));
        let ctx = Context::new(&cache, GitSignals::default()).with_change(std::sync::Arc::new(key(true)));
        assert!(!follows_project_rename(&fix(at..at + 8, "fullName"), &ctx));
    }

    #[test]
    fn a_removed_node_alias_counts_only_on_the_builtin() {
        let cache = SourceCache::new("/nonexistent");
        let text = "import os from \"node:os\";\nimport local from \"./os.js\";\nos.tmpDir();\nlocal.tmpDir();\n";
        cache.set_text("lib/s.js", text);
        let ctx = Context::new(&cache, GitSignals::default());
        let fix = |at: usize| {
            Fix::new(StrategyKind::ApiAdaptation, vec![Edit::replace("lib/s.js", at..at + 6, "tmpdir")], 0.93, "t", "")
        };
        assert!(removed_stdlib_api(&fix(text.find("os.tmpDir").unwrap() + 3), &ctx));
        assert!(!removed_stdlib_api(&fix(text.find("local.tmpDir").unwrap() + 6), &ctx));
    }

    #[test]
    fn a_source_failure_reruns_the_test_that_imported_it() {
        let cache = SourceCache::new("/nonexistent");
        let mut f = Failure::new(FailureKind::SyntaxError, Runner::Pytest, "expected ':'");
        f.file = Some("app/totals.py".into());
        f.test_id = Some("tests/test_totals.py".into());
        assert_eq!(rerun_files(&f, &cache), ["tests/test_totals.py"]);
        f.test_id = None;
        f.frames = vec![Frame { file: "tests/test_totals.py".into(), line: 1, column: None, function: None }];
        assert_eq!(rerun_files(&f, &cache), ["tests/test_totals.py"]);
        f.frames.clear();
        assert_eq!(rerun_files(&f, &cache), ["app/totals.py"]);
        f.file = Some("tests/test_a.py".into());
        f.test_id = Some("tests/test_b.py::test_x".into());
        assert_eq!(rerun_files(&f, &cache), ["tests/test_a.py"]);
    }
}
