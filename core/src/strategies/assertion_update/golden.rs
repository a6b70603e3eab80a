//! Golden files: a test compares what the code produced with a text file kept beside the tests
//! (`tests/__snapshots__/weekly.md`, `test/__golden__/weekly.txt`, `tests/golden/report.txt`), through the
//! project's own helper or fixture. Like that helper's "update" mode for the one failing comparison: the file
//! whose whole content is the expected value the run recorded is rewritten with the received value, when the
//! change since the test explains it (the same intent rules as any expected value).
//!
//! **When it refuses**: no file or more than one holds the expected text (and the test names none of them), a
//! value looks cut short, the golden file has uncommitted edits (the developer is writing it), or the evidence
//! says the old output was right.

use std::path::{Path, PathBuf};

use super::{grade, judge};
use crate::context::{is_test_path, Context};
use crate::failure::{Failure, FailureKind};
use crate::fix::{Edit, Fix, StrategyKind};
use crate::lang::Language;
use crate::strategies::value::Value;

/// Files looked at per search: golden folders hold tens of files, not thousands.
const MAX_CANDIDATES: usize = 400;
/// Folders below a test folder searched for golden files.
const MAX_DEPTH: usize = 4;

/// The fix rewriting the golden file the failing comparison read.
pub(super) fn propose(failure: &Failure, ctx: &Context) -> Option<Fix> {
    if failure.kind != FailureKind::TestFailure || ctx.observed.flipped() {
        return None;
    }
    let text = |v: &Option<String>| match v.as_deref().and_then(Value::parse) {
        Some(Value::Str(s)) => Some(s),
        _ => None,
    };
    let (actual, expected) = (text(&failure.actual)?, text(&failure.expected)?);
    if actual == expected || expected.trim().is_empty() || cut_short(&actual, &expected) {
        return None;
    }
    let rel = failure.file.as_deref().and_then(|f| ctx.sources.relative(f))?;
    let src = ctx.sources.get(&rel).ok()?;
    let named = super::test_of(&src, failure).map(|t| src.node_text(t)).unwrap_or_default();
    // Only the expected side is looked for: once rewritten, the file holds the received text, and a search
    // on either side would find it again and propose writing the old text back.
    let (golden, tail) = holding(ctx, &rel, failure, &expected, named)?;
    let (new, old) = (actual, expected);
    if ctx.git.dirty.contains(&golden) {
        return None;
    }
    let content = ctx.sources.text(&golden).ok()?;
    let (new_value, old_value) = (Value::Str(new.clone()), Value::Str(old.clone()));
    let (intent, verdict) = judge(&src, &rel, failure, ctx, (&new_value, &old_value));
    let (base, applicability, why) = grade(intent, verdict);
    let changed = diff_lines(&old, &new);
    let shown = golden.display();
    Some(
        Fix::new(
            StrategyKind::AssertionUpdate,
            vec![Edit::replace(&golden, 0..content.len(), format!("{new}{tail}"))],
            base,
            format!("Update the expected value in {shown} ({changed} line{})", if changed == 1 { "" } else { "s" }),
            format!("The test compares the output with {shown}, which holds the old output; {why}."),
        )
        .with_applicability(applicability),
    )
}

/// A value a printout shortened: more elisions than the other side has (`...`, `…`, unittest's `[26 chars]`).
fn cut_short(a: &str, b: &str) -> bool {
    let chars = |s: &str| {
        s.match_indices('[')
            .filter(|(i, _)| {
                let rest = &s[i + 1..];
                let digits = rest.chars().take_while(char::is_ascii_digit).count();
                digits > 0 && rest[digits..].starts_with(" chars]")
            })
            .count()
    };
    let marks = |s: &str| s.matches("...").count() + s.matches('…').count() + chars(s);
    marks(a) != marks(b) || chars(a) + chars(b) > 0
}

/// The one golden file whose content is `value` (or `value` and trailing blank space, kept on rewrite), among
/// the non-source files under the test folders of the failure's frames. Several: the one whose name the test
/// mentions.
fn holding(ctx: &Context, rel: &Path, failure: &Failure, value: &str, test_text: &str) -> Option<(PathBuf, String)> {
    let mut roots: Vec<PathBuf> = Vec::new();
    let frames = failure.frames.iter().filter_map(|f| ctx.sources.relative(&f.file));
    for file in std::iter::once(rel.to_path_buf()).chain(frames).filter(|f| is_test_path(f)) {
        let root = test_folder(&file);
        if !roots.iter().any(|r| root.starts_with(r)) {
            roots.retain(|r| !r.starts_with(&root));
            roots.push(root);
        }
    }
    let mut candidates = Vec::new();
    for root in &roots {
        walk(ctx.sources.root(), root, 0, &mut candidates);
    }
    let found: Vec<(PathBuf, String)> = candidates
        .into_iter()
        .filter_map(|path| {
            let content = ctx.sources.text(&path).ok()?;
            let tail = content.strip_prefix(value)?;
            tail.trim().is_empty().then(|| (path, tail.to_string()))
        })
        .collect();
    match found.as_slice() {
        [one] => Some(one.clone()),
        [] => None,
        many => {
            let named: Vec<&(PathBuf, String)> = many
                .iter()
                .filter(|(p, _)| p.file_stem().and_then(|s| s.to_str()).is_some_and(|stem| mentions(test_text, stem)))
                .collect();
            let [one] = named.as_slice() else { return None };
            Some((*one).clone())
        }
    }
}

/// Whether `stem` appears in `text` as a whole quoted name or path piece (`"weekly"`, `weekly.txt`).
fn mentions(text: &str, stem: &str) -> bool {
    text.match_indices(stem).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + stem.len()..].chars().next();
        let edge = |c: Option<char>| c.is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == '-'));
        edge(before) && edge(after)
    })
}

/// The outermost folder of `file`'s path named like a test folder (`tests/`, `test/`, `__tests__/`, `spec/`),
/// else the file's own folder.
fn test_folder(file: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in file.parent().into_iter().flat_map(Path::components) {
        out.push(c);
        if matches!(c.as_os_str().to_str(), Some("tests" | "test" | "__tests__" | "spec")) {
            return out;
        }
    }
    file.parent().map(Path::to_path_buf).unwrap_or_default()
}

/// Project-relative files under `dir` in no parsed language (source files are the tests' own code).
fn walk(root: &Path, dir: &Path, depth: usize, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(root.join(dir)) else { return };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        if out.len() >= MAX_CANDIDATES {
            return;
        }
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if name.starts_with('.') || matches!(name, "node_modules" | "__pycache__") {
            continue;
        }
        let rel = dir.join(name);
        match entry.file_type() {
            Ok(t) if t.is_dir() && depth < MAX_DEPTH => walk(root, &rel, depth + 1, out),
            Ok(t) if t.is_file() && Language::from_path(&rel).is_none() => out.push(rel),
            _ => {}
        }
    }
}

/// Lines that differ between two texts, position by position (plus the length difference).
fn diff_lines(a: &str, b: &str) -> usize {
    let (a, b): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    a.iter().zip(&b).filter(|(x, y)| x != y).count() + a.len().abs_diff(b.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::{GitSignals, SourceCache};
    use crate::failure::{Frame, Runner};

    const TEST: &str = "from tests.snapshot import check\nfrom report import render\n\n\
                        def test_weekly():\n    check(\"weekly\", render())\n\n\
                        def test_daily():\n    check(\"daily\", render())\n";

    fn failure(expected: &str, actual: &str, test: &str) -> Failure {
        let mut f = Failure::new(FailureKind::TestFailure, Runner::Pytest, "snapshot differs");
        f.test_id = Some(format!("tests/test_report.py::{test}"));
        f.file = Some("tests/test_report.py".into());
        f.line = Some(5);
        f.expected = Some(format!("{expected:?}"));
        f.actual = Some(format!("{actual:?}"));
        f.frames = vec![Frame { file: "tests/snapshot.py".into(), line: 9, column: None, function: None }];
        f
    }

    fn project(files: &[(&str, &str)]) -> (tempfile::TempDir, SourceCache) {
        let dir = tempfile::tempdir().unwrap();
        for (path, text) in files {
            let p = dir.path().join(path);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        let cache = SourceCache::new(dir.path());
        (dir, cache)
    }

    #[test]
    fn the_file_holding_the_expected_text_is_rewritten_keeping_its_trailing_newline() {
        let (_dir, cache) = project(&[
            ("tests/test_report.py", TEST),
            ("tests/__snapshots__/weekly.md", "| a |\n|---|\n\n"),
            ("tests/__snapshots__/daily.md", "| b |\n|---|\n"),
        ]);
        let ctx = Context::new(&cache, GitSignals::default());
        let fix = propose(&failure("| a |\n|---|\n", "| a |\n| - |\n", "test_weekly"), &ctx).unwrap();
        assert_eq!(fix.edits().len(), 1);
        assert_eq!(fix.edits()[0].path, Path::new("tests/__snapshots__/weekly.md"));
        assert_eq!(fix.edits()[0].replacement, "| a |\n| - |\n\n");
        assert!(fix.title().contains("1 line"), "{}", fix.title());
    }

    #[test]
    fn two_files_with_the_same_text_take_the_one_the_test_names() {
        let same = "Week 11\nTotal 4\n";
        let (_dir, cache) = project(&[
            ("tests/test_report.py", TEST),
            ("tests/golden/weekly.txt", same),
            ("tests/golden/daily.txt", same),
        ]);
        let ctx = Context::new(&cache, GitSignals::default());
        let mut daily = failure(same, "Week 11\nTotal 5\n", "test_daily");
        daily.line = Some(8);
        let fix = propose(&daily, &ctx).unwrap();
        assert_eq!(fix.edits()[0].path, Path::new("tests/golden/daily.txt"));
        let mut unnamed = failure(same, "Week 11\nTotal 5\n", "test_other");
        unnamed.line = None;
        assert!(propose(&unnamed, &ctx).is_none());
    }

    #[test]
    fn no_file_holding_the_text_or_a_shortened_value_proposes_nothing() {
        let (_dir, cache) = project(&[("tests/test_report.py", TEST), ("tests/golden/weekly.txt", "Week 11\n")]);
        let ctx = Context::new(&cache, GitSignals::default());
        assert!(propose(&failure("Week 12\n", "Week 13\n", "test_weekly"), &ctx).is_none());
        assert!(propose(&failure("Week 11\n", "Week 1...\n", "test_weekly"), &ctx).is_none());
        assert!(cut_short("Summ[26 chars] 950", "Summ[26 chars] 95"));
    }

    #[test]
    fn a_golden_file_with_uncommitted_edits_is_left_alone() {
        let (_dir, cache) = project(&[("tests/test_report.py", TEST), ("tests/golden/weekly.txt", "Week 11\n")]);
        let mut git = GitSignals::default();
        git.dirty.insert("tests/golden/weekly.txt".into());
        let ctx = Context::new(&cache, git);
        assert!(propose(&failure("Week 11\n", "Week 12\n", "test_weekly"), &ctx).is_none());
    }

    #[test]
    fn the_fixed_file_proposes_nothing_again() {
        let (_dir, cache) = project(&[("tests/test_report.py", TEST), ("tests/golden/weekly.txt", "Week 11\n")]);
        cache.set_text("tests/golden/weekly.txt", "Week 12\n");
        let ctx = Context::new(&cache, GitSignals::default());
        assert!(propose(&failure("Week 11\n", "Week 12\n", "test_weekly"), &ctx).is_none());
    }

    #[test]
    fn the_test_folder_is_the_outermost_one_named_like_tests() {
        assert_eq!(test_folder(Path::new("test/support/golden.ts")), Path::new("test"));
        assert_eq!(test_folder(Path::new("pkg/tests/unit/test_a.py")), Path::new("pkg/tests"));
        assert_eq!(test_folder(Path::new("src/report.test.ts")), Path::new("src"));
        assert!(mentions("check(\"weekly\", x)", "weekly"));
        assert!(!mentions("check(\"weekly2\", x)", "weekly"));
    }
}
