//! The pattern store: what happened to fixes of the same shape for the same kind of failure, so confidence can
//! learn from outcomes.
//!
//! A pattern is keyed by a normalised failure signature (kind, error type, message with literals and
//! identifiers replaced), the strategy, and the fix shape (edit count and the normalised replacement). It counts
//! applied, validated, accepted, rejected and reverted outcomes. A fix the healer applied and the user later
//! reverted counts as rejected: the store remembers each applied edit with the commit `HEAD` was at, and on the
//! next run [`PatternStore::reconcile`] reads the file's history from git -- every committed version since then,
//! then the working tree. The fixed text in the latest version means kept (accepted); the original text back,
//! or the fix committed and later taken out again (`git revert`, or an edit that restored the old line before
//! the file moved on), means reverted. Outside git only the working tree is read.
//!
//! The store lives in the project as `.maestro/patterns.json`: human-readable JSON with a `version`, written
//! atomically (temporary file + rename).
//!
//! ```
//! use maestro_test_healer::patterns::{Outcome, PatternKey, PatternStore};
//! use maestro_test_healer::fix::StrategyKind;
//! let mut store = PatternStore::default();
//! let key = PatternKey::new("assert <num> == <num>", StrategyKind::AssertionUpdate, "1:<num>");
//! store.record_outcome(&key, Outcome::Rejected);
//! assert_eq!(store.stats(&key).unwrap().rejected, 1);
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::classify::features::normalize_tokens;
use crate::failure::Failure;
use crate::fix::{Fix, StrategyKind};

/// The store's file format version.
pub const VERSION: u32 = 1;
/// Where the store lives, relative to the project root.
pub const STORE_PATH: &str = ".maestro/patterns.json";

/// What happened to a fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Written to the project.
    Applied,
    /// Re-running the failing tests with it passed.
    Validated,
    /// The user kept it (or said so).
    Accepted,
    /// The user refused it (or validation failed).
    Rejected,
    /// The user undid it after it was applied; counts as a rejection.
    Reverted,
    /// `maestro-heal undo` put it back: often someone trying the tool, so a much weaker signal than a rejection
    /// ([`UNDO_WEIGHT`] of one).
    Undone,
}

/// What one `undo` counts for against a pattern, in rejections: one trial run and an undo must not keep the
/// same fix from applying next time.
pub const UNDO_WEIGHT: f64 = 0.25;

/// Signature + strategy + fix shape.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct PatternKey {
    pub signature: String,
    pub strategy: StrategyKind,
    pub shape: String,
}

impl PatternKey {
    pub fn new(signature: impl Into<String>, strategy: StrategyKind, shape: impl Into<String>) -> Self {
        PatternKey { signature: signature.into(), strategy, shape: shape.into() }
    }

    /// The key of a fix for a failure.
    pub fn of(failure: &Failure, fix: &Fix) -> Self {
        PatternKey::new(signature(failure), fix.strategy(), fix_shape(fix.edits()))
    }

    fn id(&self) -> String {
        format!("{} | {} | {}", self.strategy.name(), self.signature, self.shape)
    }
}

/// Counts for one pattern.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PatternStats {
    pub signature: String,
    pub strategy: Option<StrategyKind>,
    pub shape: String,
    pub applied: u32,
    pub validated: u32,
    pub accepted: u32,
    pub rejected: u32,
    pub reverted: u32,
    #[serde(default)]
    pub undone: u32,
}

impl PatternStats {
    /// Evidence the fix is right (users kept it).
    pub fn successes(&self) -> f64 {
        f64::from(self.accepted)
    }
    /// Evidence the fix is wrong (refused or undone).
    pub fn failures(&self) -> f64 {
        f64::from(self.rejected + self.reverted) + UNDO_WEIGHT * f64::from(self.undone)
    }
}

/// An applied edit waiting to be seen again: kept or reverted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pending {
    pub key: PatternKey,
    pub path: PathBuf,
    /// The file's line(s) as the fix left them, and as they were before.
    pub fixed: String,
    pub original: String,
    /// The commit `HEAD` was at when the fix was applied; `None` outside git.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applied_at: Option<String>,
}

/// The whole store, as written to `.maestro/patterns.json`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PatternStore {
    #[serde(default)]
    pub version: u32,
    /// By `strategy | signature | shape`, sorted so the file diffs well.
    #[serde(default)]
    pub patterns: BTreeMap<String, PatternStats>,
    #[serde(default)]
    pub pending: Vec<Pending>,
}

/// Why the store could not be written.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("cannot serialise the pattern store: {0}")]
    Json(#[from] serde_json::Error),
    #[error("{path}: not a pattern store this version can read ({reason}); move it aside to start a new one")]
    Unreadable { path: PathBuf, reason: String },
}

impl PatternStore {
    /// The project's store; empty when there is none or it cannot be read (a broken store must not stop healing).
    pub fn load(root: &Path) -> PatternStore {
        PatternStore::read(root).unwrap_or_default()
    }

    /// The project's store, empty when there is none; an error when it exists but cannot be read (for callers
    /// that would otherwise overwrite it and lose its counts).
    pub fn read(root: &Path) -> Result<PatternStore, StoreError> {
        let path = root.join(STORE_PATH);
        match std::fs::read_to_string(&path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(PatternStore::default()),
            Err(source) => Err(StoreError::Io { path, source }),
            Ok(text) => match serde_json::from_str::<PatternStore>(&text) {
                Ok(s) if s.version <= VERSION => Ok(s),
                Ok(s) => Err(StoreError::Unreadable { path, reason: format!("version {}", s.version) }),
                Err(e) => Err(StoreError::Unreadable { path, reason: e.to_string() }),
            },
        }
    }

    /// Writes the store atomically: a temporary file in `.maestro/`, then a rename over the old one.
    pub fn save(&self, root: &Path) -> Result<(), StoreError> {
        let path = root.join(STORE_PATH);
        let dir = crate::state::ensure(root)
            .map_err(|source| StoreError::Io { path: root.join(crate::state::DIR), source })?;
        let mut out = self.clone();
        out.version = VERSION;
        let text = serde_json::to_string_pretty(&out)? + "\n";
        let tmp = dir.join(format!(".patterns.json.{}.tmp", std::process::id()));
        std::fs::write(&tmp, text).map_err(|source| StoreError::Io { path: tmp.clone(), source })?;
        std::fs::rename(&tmp, &path).map_err(|source| StoreError::Io { path: path.clone(), source })
    }

    /// Counts one outcome for a pattern.
    pub fn record_outcome(&mut self, key: &PatternKey, outcome: Outcome) {
        let e = self.patterns.entry(key.id()).or_insert_with(|| PatternStats {
            signature: key.signature.clone(),
            strategy: Some(key.strategy),
            shape: key.shape.clone(),
            ..Default::default()
        });
        match outcome {
            Outcome::Applied => e.applied += 1,
            Outcome::Validated => e.validated += 1,
            Outcome::Accepted => e.accepted += 1,
            Outcome::Rejected => e.rejected += 1,
            Outcome::Reverted => e.reverted += 1,
            Outcome::Undone => e.undone += 1,
        }
    }

    /// Drops one pattern's history (by the key `maestro-heal patterns` lists) and its fixes waiting to be seen;
    /// whether it was there.
    pub fn forget(&mut self, id: &str) -> bool {
        let had = self.patterns.remove(id).is_some();
        let pending = self.pending.len();
        self.pending.retain(|p| p.key.id() != id);
        had || self.pending.len() != pending
    }

    pub fn stats(&self, key: &PatternKey) -> Option<&PatternStats> {
        self.patterns.get(&key.id())
    }

    /// Remembers an applied fix so the next run can tell whether the user kept it. `original` is the text of
    /// the fixed file before the fix.
    pub fn remember_applied(&mut self, key: PatternKey, fix: &Fix, original: &str) {
        let Some(edit) = fix.edits().first() else { return };
        let Ok(fixed_text) = crate::fix::apply_edits(original, fix.edits_for(&edit.path)) else { return };
        let (before, after) = changed_lines(original, &fixed_text);
        if after.trim().is_empty() || before == after {
            return;
        }
        self.pending.retain(|p| !(p.path == edit.path && p.key == key));
        self.pending.push(Pending { key, path: edit.path.clone(), fixed: after, original: before, applied_at: None });
    }

    /// Looks at every remembered fix again, in git history when there is one (see the module docs): kept →
    /// accepted; undone → reverted (a rejection). Fixes rewritten some other way stay pending until one of the
    /// two shows.
    pub fn reconcile(&mut self, root: &Path) {
        let pending = std::mem::take(&mut self.pending);
        for p in pending {
            let versions = history::versions_since(root, &p.path, p.applied_at.as_deref());
            match verdict(&versions, &p.fixed, &p.original) {
                Some(outcome) => self.record_outcome(&p.key, outcome),
                None => self.pending.push(p),
            }
        }
    }
}

/// Records the user's verdict on a fix in the project's store (`.maestro/patterns.json`): `accepted` counts for
/// the fix's pattern, a rejection against it, and later fixes of the same pattern are scored accordingly. This is
/// what the bindings' `record_outcome` calls with the `pattern` of a fix that `heal` or `run` returned.
///
/// ```
/// use maestro_test_healer::patterns::{record, PatternKey, PatternStore};
/// use maestro_test_healer::fix::StrategyKind;
/// let dir = tempfile::tempdir().unwrap();
/// let key = PatternKey::new("assert <num> == <num>", StrategyKind::AssertionUpdate, "1:<num>");
/// record(dir.path(), &key, false).unwrap();
/// assert_eq!(PatternStore::load(dir.path()).stats(&key).unwrap().rejected, 1);
/// ```
pub fn record(root: &Path, key: &PatternKey, accepted: bool) -> Result<(), StoreError> {
    // Unlike `load`, a store that exists but cannot be read is an error here: rewriting it would lose its counts.
    let mut store = PatternStore::read(root)?;
    store.record_outcome(key, if accepted { Outcome::Accepted } else { Outcome::Rejected });
    store.save(root)
}

/// What the versions of a file since a fix was applied (oldest first, the working tree last) say about it.
fn verdict(versions: &[String], fixed: &str, original: &str) -> Option<Outcome> {
    let last = versions.last()?;
    if last.contains(fixed) {
        return Some(Outcome::Accepted);
    }
    if last.contains(original) {
        return Some(Outcome::Reverted);
    }
    // Committed with the fix, later a version with the original text and without the fix: undone in history,
    // even if the file has moved on since.
    let kept = versions.iter().position(|v| v.contains(fixed))?;
    versions.iter().skip(kept + 1).any(|v| v.contains(original) && !v.contains(fixed)).then_some(Outcome::Reverted)
}

/// The file's versions from git. Any git failure (not a repository, no git, a commit since rewritten away)
/// leaves only the working tree.
mod history {
    use std::path::Path;
    use std::process::Command;

    fn git(root: &Path, args: &[&str]) -> Option<String> {
        let out = Command::new("git").env("GIT_OPTIONAL_LOCKS", "0").arg("-C").arg(root).args(args).output().ok()?;
        out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// The commit `HEAD` points at, if `root` is in a git repository with one.
    pub fn head(root: &Path) -> Option<String> {
        git(root, &["rev-parse", "--verify", "-q", "HEAD"]).map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
    }

    /// Committed versions of `path` (relative to `root`) after `since`, oldest first, then the working tree.
    pub fn versions_since(root: &Path, path: &Path, since: Option<&str>) -> Vec<String> {
        let rel = format!("./{}", path.to_string_lossy());
        let mut versions: Vec<String> = since
            .and_then(|since| git(root, &["rev-list", "--reverse", &format!("{since}..HEAD"), "--", &rel]))
            .map(|list| {
                list.lines().filter_map(|commit| git(root, &["show", &format!("{}:{rel}", commit.trim())])).collect()
            })
            .unwrap_or_default();
        if let Ok(text) = std::fs::read_to_string(root.join(path)) {
            versions.push(text);
        }
        versions
    }
}

/// The commit `HEAD` is at in the project at `root` (`None` outside git): what [`Pending::applied_at`] records.
pub fn head_commit(root: &Path) -> Option<String> {
    history::head(root)
}

/// Before a run: reads the project's store, turns remembered fixes into accepted/reverted outcomes, and writes
/// it back if anything changed (so this run's proposals already see the new counts).
pub fn before_run(root: &Path) {
    let mut store = PatternStore::load(root);
    let pending = store.pending.len();
    store.reconcile(root);
    if store.pending.len() != pending {
        let _ = store.save(root);
    }
}

/// After `maestro-heal undo` restored `restored` (project-relative): the fixes remembered in those files count
/// as [`Outcome::Undone`], not as the full rejection the next run would otherwise read from the restored text.
pub fn after_undo(root: &Path, restored: &[PathBuf]) {
    let Ok(mut store) = PatternStore::read(root) else { return };
    let before = store.pending.len();
    let (undone, kept): (Vec<Pending>, Vec<Pending>) =
        std::mem::take(&mut store.pending).into_iter().partition(|p| restored.contains(&p.path));
    store.pending = kept;
    for p in &undone {
        store.record_outcome(&p.key, Outcome::Undone);
    }
    if store.pending.len() != before {
        let _ = store.save(root);
    }
}

/// After a run with `--apply`: records what happened to each fix (validated, applied, or rejected because its
/// re-run failed) and remembers applied fixes for [`PatternStore::reconcile`]. Writes nothing when there is
/// nothing to record.
#[cfg(feature = "runner")]
pub fn after_run(root: &Path, report: &crate::runner::session::RunReport) {
    if !report.apply {
        return;
    }
    let mut store = PatternStore::load(root);
    let mut changed = false;
    let head = history::head(root);
    for f in &report.failures {
        for o in &f.fixes {
            let key = PatternKey::new(signature(&f.failure), o.fix.strategy, fix_shape(&o.fix.edits));
            match o.validated {
                Some(true) => store.record_outcome(&key, Outcome::Validated),
                Some(false) => store.record_outcome(&key, Outcome::Rejected),
                None => continue,
            }
            changed = true;
            if o.applied {
                store.record_outcome(&key, Outcome::Applied);
                let (original, fixed) = diff_sides(&o.fix.diff);
                if let (Some(path), false) = (o.fix.edits.first().map(|e| e.path.clone()), fixed.trim().is_empty()) {
                    store.pending.retain(|p| !(p.path == path && p.key == key));
                    store.pending.push(Pending { key, path, fixed, original, applied_at: head.clone() });
                }
            }
        }
    }
    if changed {
        let _ = store.save(root);
    }
}

/// The removed and added lines of the first file in a unified diff.
fn diff_sides(diff: &str) -> (String, String) {
    let (mut old, mut new) = (Vec::new(), Vec::new());
    let mut files = 0;
    for line in diff.lines() {
        if line.starts_with("--- ") {
            files += 1;
            if files > 1 {
                break;
            }
            continue;
        }
        if line.starts_with("+++ ") {
            continue;
        }
        if let Some(l) = line.strip_prefix('-') {
            old.push(l);
        } else if let Some(l) = line.strip_prefix('+') {
            new.push(l);
        }
    }
    (old.join("\n"), new.join("\n"))
}

/// The lines that differ between two versions of a file (first to last differing line), joined.
fn changed_lines(old: &str, new: &str) -> (String, String) {
    let a: Vec<&str> = old.lines().collect();
    let b: Vec<&str> = new.lines().collect();
    let head = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let tail = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    let tail_a = tail.min(a.len() - head);
    let tail_b = tail.min(b.len() - head);
    (a[head..a.len() - tail_a].join("\n"), b[head..b.len() - tail_b].join("\n"))
}

/// The normalised failure signature: where (the test id, else the file), kind, error type, message tokens with
/// literals and identifiers replaced. The place keeps one fix's outcome from moving unrelated fixes of the same
/// shape elsewhere in the project (one undone `assert <num> == <num>` update must not lower them all).
pub fn signature(failure: &Failure) -> String {
    let tokens = normalize_tokens(&failure.message);
    let place = failure
        .test_id
        .clone()
        .or_else(|| failure.file.as_ref().map(|f| f.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "-".to_string());
    format!(
        "{place} {:?} {} {}",
        failure.kind,
        failure.error_type.as_deref().unwrap_or("-"),
        tokens.iter().take(16).cloned().collect::<Vec<_>>().join(" ")
    )
}

/// The fix shape: how many edits and what kind of text they put in, with literals and identifiers replaced.
pub fn fix_shape(edits: &[crate::fix::Edit]) -> String {
    let shapes: Vec<String> = edits
        .iter()
        .map(|e| {
            let op = match (e.range.is_empty(), e.replacement.is_empty()) {
                (true, _) => "ins",
                (false, true) => "del",
                (false, false) => "repl",
            };
            let t = normalize_tokens(&e.replacement);
            format!("{op}:{}", t.iter().take(6).cloned().collect::<Vec<_>>().join(" "))
        })
        .collect();
    format!("{}:{}", shapes.len(), shapes.join(";"))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::failure::{FailureKind, Runner};
    use crate::fix::Edit;

    #[test]
    fn store_round_trips_atomically() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = PatternStore::default();
        let k = PatternKey::new("sig", StrategyKind::SyntaxRepair, "1:ins::");
        s.record_outcome(&k, Outcome::Applied);
        s.record_outcome(&k, Outcome::Accepted);
        s.save(dir.path()).unwrap();
        let text = std::fs::read_to_string(dir.path().join(STORE_PATH)).unwrap();
        assert!(text.contains("\"version\": 1"));
        let back = PatternStore::load(dir.path());
        assert_eq!(back.stats(&k).unwrap().accepted, 1);
        let left: Vec<_> = std::fs::read_dir(dir.path().join(".maestro"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect();
        assert!(left.is_empty(), "no temp file left: {left:?}");
    }

    #[test]
    fn a_reverted_fix_counts_as_rejected() {
        let dir = tempfile::tempdir().unwrap();
        let before = "def test_a():\n    assert total() == 3\n";
        let fix = Fix::new(StrategyKind::AssertionUpdate, vec![Edit::replace("t.py", 37..38, "4")], 0.9, "t", "");
        let mut f = Failure::new(FailureKind::TestFailure, Runner::Pytest, "assert 4 == 3");
        f.error_type = Some("AssertionError".into());
        let key = PatternKey::of(&f, &fix);
        let mut s = PatternStore::default();
        s.remember_applied(key.clone(), &fix, before);
        std::fs::write(dir.path().join("t.py"), before).unwrap(); // the user undid it
        s.reconcile(dir.path());
        assert_eq!(s.stats(&key).unwrap().reverted, 1);
        assert!(s.pending.is_empty());
    }

    fn git(root: &Path, args: &[&str]) {
        let ok = std::process::Command::new("git")
            .args(["-c", "user.email=t@t", "-c", "user.name=t", "-c", "commit.gpgsign=false"])
            .args(args)
            .current_dir(root)
            .output()
            .unwrap()
            .status
            .success();
        assert!(ok, "git {args:?}");
    }

    fn commit(root: &Path, text: &str, message: &str) {
        std::fs::write(root.join("t.py"), text).unwrap();
        git(root, &["add", "-A"]);
        git(root, &["commit", "-q", "-m", message]);
    }

    #[test]
    fn a_fix_reverted_in_git_history_counts_as_rejected() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let before = "def test_a():\n    assert total() == 3\n";
        git(root, &["init", "-q"]);
        commit(root, before, "base");
        let fix = Fix::new(StrategyKind::AssertionUpdate, vec![Edit::replace("t.py", 37..38, "4")], 0.9, "t", "");
        let f = Failure::new(FailureKind::TestFailure, Runner::Pytest, "assert 4 == 3");
        let key = PatternKey::of(&f, &fix);
        let mut s = PatternStore::default();
        s.remember_applied(key.clone(), &fix, before);
        s.pending[0].applied_at = head_commit(root);
        let healed = crate::fix::apply_edits(before, fix.edits()).unwrap();
        commit(root, &healed, "heal");
        commit(root, before, "Revert \"heal\"");
        // Since then the line moved on: the working tree alone shows neither the fix nor the original.
        std::fs::write(root.join("t.py"), "def test_a():\n    assert total() >= 3\n").unwrap();

        let mut without_history = s.clone();
        without_history.pending[0].applied_at = None;
        without_history.reconcile(root);
        assert_eq!(without_history.pending.len(), 1, "the working tree alone cannot tell");

        s.reconcile(root);
        assert_eq!(s.stats(&key).map(|st| st.reverted), Some(1));
        assert!(s.pending.is_empty());
    }

    #[test]
    fn a_fix_committed_and_kept_counts_as_accepted() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let before = "def test_a():\n    assert total() == 3\n";
        git(root, &["init", "-q"]);
        commit(root, before, "base");
        let fix = Fix::new(StrategyKind::AssertionUpdate, vec![Edit::replace("t.py", 37..38, "4")], 0.9, "t", "");
        let key = PatternKey::of(&Failure::new(FailureKind::TestFailure, Runner::Pytest, "assert 4 == 3"), &fix);
        let mut s = PatternStore::default();
        s.remember_applied(key.clone(), &fix, before);
        s.pending[0].applied_at = head_commit(root);
        let healed = crate::fix::apply_edits(before, fix.edits()).unwrap();
        commit(root, &healed, "heal");
        commit(root, &format!("{healed}\n\ndef test_b():\n    assert 1\n"), "more tests");
        s.reconcile(root);
        assert_eq!(s.stats(&key).map(|st| (st.accepted, st.reverted)), Some((1, 0)));
    }

    #[test]
    fn an_undo_counts_a_quarter_of_a_rejection() {
        let dir = tempfile::tempdir().unwrap();
        let before = "def test_a():\n    assert total() == 3\n";
        let fix = Fix::new(StrategyKind::AssertionUpdate, vec![Edit::replace("t.py", 37..38, "4")], 0.9, "t", "");
        let key = PatternKey::of(&Failure::new(FailureKind::TestFailure, Runner::Pytest, "assert 4 == 3"), &fix);
        let mut s = PatternStore::default();
        s.remember_applied(key.clone(), &fix, before);
        s.save(dir.path()).unwrap();
        after_undo(dir.path(), &[PathBuf::from("t.py")]);
        let s = PatternStore::load(dir.path());
        let stats = s.stats(&key).unwrap();
        assert_eq!((stats.undone, stats.reverted, stats.failures()), (1, 0, UNDO_WEIGHT));
        assert!(s.pending.is_empty(), "the next run must not count it again as reverted");
    }

    #[test]
    fn forget_drops_one_pattern_and_its_pending_fixes() {
        let fix = Fix::new(StrategyKind::AssertionUpdate, vec![Edit::replace("t.py", 37..38, "4")], 0.9, "t", "");
        let key = PatternKey::of(&Failure::new(FailureKind::TestFailure, Runner::Pytest, "assert 4 == 3"), &fix);
        let other = PatternKey::new("sig", StrategyKind::SyntaxRepair, "1:ins::");
        let mut s = PatternStore::default();
        s.record_outcome(&key, Outcome::Rejected);
        s.record_outcome(&other, Outcome::Rejected);
        s.remember_applied(key.clone(), &fix, "def test_a():\n    assert total() == 3\n");
        assert!(s.forget(&key.id()));
        assert!(s.stats(&key).is_none() && s.pending.is_empty() && s.stats(&other).is_some());
        assert!(!s.forget("no such key"));
    }

    #[test]
    fn signatures_ignore_literals_but_not_the_test() {
        let a = Failure::new(FailureKind::TestFailure, Runner::Pytest, "assert 4 == 3");
        let mut b = Failure::new(FailureKind::TestFailure, Runner::Pytest, "assert 17 == 12");
        assert_eq!(signature(&a), signature(&b));
        b.test_id = Some("tests/test_a.py::test_other".into());
        assert_ne!(signature(&a), signature(&b));
    }

    #[test]
    fn record_counts_verdicts_and_refuses_to_overwrite_an_unreadable_store() {
        let dir = tempfile::tempdir().unwrap();
        let k = PatternKey::new("sig", StrategyKind::AssertionUpdate, "1:<num>");
        record(dir.path(), &k, true).unwrap();
        record(dir.path(), &k, false).unwrap();
        record(dir.path(), &k, false).unwrap();
        let stats = PatternStore::load(dir.path()).stats(&k).cloned().unwrap();
        assert_eq!((stats.accepted, stats.rejected), (1, 2));

        std::fs::write(dir.path().join(STORE_PATH), "{ not json").unwrap();
        let err = record(dir.path(), &k, true).unwrap_err();
        assert!(err.to_string().contains("move it aside"), "{err}");
        assert_eq!(std::fs::read_to_string(dir.path().join(STORE_PATH)).unwrap(), "{ not json");
    }
}
