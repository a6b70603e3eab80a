//! The local store: orchestrator configs (`orchestrators.json`, small, rewritten atomically) and repair history
//! (`history.sqlite`: one row per repair, indexed by orchestrator, status and insertion order, so a page of
//! history reads only that page). Counts per orchestrator and status are kept in memory next to it, so
//! statistics never scan the history. A `history.jsonl` left by an earlier version is imported once and renamed.
//!
//! ```
//! let dir = tempfile::tempdir().unwrap();
//! let store = maestro_cars::store::Store::open(dir.path()).unwrap();
//! assert!(store.orchestrators().is_empty());
//! assert_eq!(store.counts(None).total(), 0);
//! ```

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use maestro_test_healer::runner::apply::atomic_write;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Why the store could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: {source} (check CARS_DATA_DIR)")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}: not valid JSON ({source}); move it away to start with an empty store")]
    Corrupt { path: PathBuf, source: serde_json::Error },
    #[error("{path}: {source} (move the file away to start with an empty history)")]
    Sql { path: PathBuf, source: rusqlite::Error },
}

/// An orchestrator's settings, as started.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct OrchestratorConfig {
    pub orchestrator_id: String,
    /// Canonical project folder.
    pub project_path: String,
    pub auto_fix: bool,
    pub require_approval: bool,
    pub confidence_threshold: f64,
    pub auto_commit: bool,
    pub max_concurrent_repairs: usize,
    pub test_command: Vec<String>,
    /// Commands run after the tests, each watched for its kind of error.
    #[serde(default)]
    pub checks: Vec<crate::model::Check>,
    #[serde(default)]
    pub webhook_url: Option<String>,
    /// Fixes of source files are only proposed (see [`crate::model::StartRequest::tests_only`]).
    #[serde(default)]
    pub tests_only: bool,
    /// False once stopped; running ones are restarted when the service starts.
    pub running: bool,
    pub created_at: String,
}

/// A validated fix held for approval: the files' texts before and after.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct HeldFix {
    pub files: Vec<HeldFile>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct HeldFile {
    pub path: PathBuf,
    pub original: String,
    pub healed: String,
}

/// One repair (or repair proposal) for one failure.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct RepairRecord {
    pub repair_id: String,
    pub orchestrator_id: Option<String>,
    pub project_path: String,
    /// `success` (validated and applied), `failed` (rolled back), `pending_approval`, `approved`, `rejected`,
    /// `proposed` (validated, auto_fix off), `below_threshold`, `no_fix`.
    pub status: String,
    pub test_id: Option<String>,
    pub file_path: Option<String>,
    pub error_message: String,
    /// `test_failure`, `build_error`, `type_error` or `lint_error`.
    #[serde(default)]
    pub error_type: Option<String>,
    pub strategy: Option<String>,
    pub confidence_score: f64,
    /// Seconds the repair cycle took.
    pub execution_time: f64,
    pub timestamp: String,
    pub decision: String,
    #[serde(default)]
    pub diff: String,
    #[serde(default)]
    pub branch: Option<String>,
    #[serde(default)]
    pub commit: Option<String>,
    /// `test` or `source`: what kind of file the fix edits (absent when there is no fix).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub touches: Option<String>,
    /// Kept on disk for approval, never sent to clients.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(ignore)]
    pub held: Option<HeldFix>,
}

/// Repairs counted by status, for one orchestrator or all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts(pub BTreeMap<String, u64>);

impl Counts {
    pub fn get(&self, status: &str) -> u64 {
        self.0.get(status).copied().unwrap_or(0)
    }

    pub fn total(&self) -> u64 {
        self.0.values().sum()
    }
}

/// Which page of history to read.
#[derive(Debug, Clone, Default)]
pub struct Page<'a> {
    pub orchestrator_id: Option<&'a str>,
    pub status: Option<&'a str>,
    pub limit: usize,
    pub offset: usize,
}

/// The store. Cheap to share behind an `Arc`.
pub struct Store {
    dir: PathBuf,
    db_path: PathBuf,
    orchestrators: Mutex<BTreeMap<String, OrchestratorConfig>>,
    /// Writes go through one connection; reads through another (WAL: readers never wait for the writer).
    writer: Mutex<Connection>,
    reader: Mutex<Connection>,
    /// (orchestrator id or "", status) → count.
    counts: Mutex<HashMap<(String, String), u64>>,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io { path: path.to_path_buf(), source }
}

fn guard<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // Every mutation under these locks is one statement or one assignment: a panic leaves them consistent.
    m.lock().unwrap_or_else(|p| p.into_inner())
}

const SCHEMA: &str = "
    PRAGMA journal_mode = WAL;
    PRAGMA synchronous = FULL;
    CREATE TABLE IF NOT EXISTS repairs (
        seq INTEGER PRIMARY KEY,
        repair_id TEXT NOT NULL UNIQUE,
        orchestrator_id TEXT NOT NULL,
        status TEXT NOT NULL,
        record TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS repairs_by_orchestrator ON repairs (orchestrator_id, seq);
    CREATE INDEX IF NOT EXISTS repairs_by_status ON repairs (status, seq);
    CREATE INDEX IF NOT EXISTS repairs_by_orchestrator_status ON repairs (orchestrator_id, status, seq);
";

impl Store {
    /// Opens (creating) the folder and loads what an earlier run left.
    pub fn open(dir: &Path) -> Result<Store, StoreError> {
        fs::create_dir_all(dir).map_err(io(dir))?;
        let orch = dir.join("orchestrators.json");
        let orchestrators = if orch.exists() {
            let text = fs::read_to_string(&orch).map_err(io(&orch))?;
            serde_json::from_str(&text).map_err(|source| StoreError::Corrupt { path: orch.clone(), source })?
        } else {
            BTreeMap::new()
        };
        let db_path = dir.join("history.sqlite");
        let sql = |source| StoreError::Sql { path: db_path.clone(), source };
        let writer = Connection::open(&db_path).map_err(sql)?;
        writer.execute_batch(SCHEMA).map_err(sql)?;
        let reader = Connection::open(&db_path).map_err(sql)?;
        let store = Store {
            dir: dir.to_path_buf(),
            db_path: db_path.clone(),
            orchestrators: Mutex::new(orchestrators),
            writer: Mutex::new(writer),
            reader: Mutex::new(reader),
            counts: Mutex::new(HashMap::new()),
        };
        store.import_jsonl()?;
        store.recount()?;
        Ok(store)
    }

    fn sql(&self) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
        move |source| StoreError::Sql { path: self.db_path.clone(), source }
    }

    /// Moves the history of an earlier version (`history.jsonl`, append-only, later lines superseding) into the
    /// database, then renames the file so it is not read again.
    fn import_jsonl(&self) -> Result<(), StoreError> {
        let hist = self.dir.join("history.jsonl");
        if !hist.exists() {
            return Ok(());
        }
        let text = fs::read_to_string(&hist).map_err(io(&hist))?;
        let mut conn = guard(&self.writer);
        let tx = conn.transaction().map_err(self.sql())?;
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            // A line cut short by a crash mid-append is the only one that can be bad: skip it.
            if let Ok(record) = serde_json::from_str::<RepairRecord>(line) {
                upsert(&tx, &record).map_err(self.sql())?;
            }
        }
        tx.commit().map_err(self.sql())?;
        let done = self.dir.join("history.jsonl.imported");
        fs::rename(&hist, &done).map_err(io(&hist))
    }

    fn recount(&self) -> Result<(), StoreError> {
        let conn = guard(&self.reader);
        let mut stmt = conn
            .prepare("SELECT orchestrator_id, status, count(*) FROM repairs GROUP BY orchestrator_id, status")
            .map_err(self.sql())?;
        let rows = stmt
            .query_map([], |r| {
                Ok(((r.get::<_, String>(0)?, r.get::<_, String>(1)?), r.get::<_, i64>(2)?.max(0) as u64))
            })
            .map_err(self.sql())?;
        let mut counts = HashMap::new();
        for row in rows {
            let (k, n) = row.map_err(self.sql())?;
            counts.insert(k, n);
        }
        *guard(&self.counts) = counts;
        Ok(())
    }

    pub fn orchestrators(&self) -> Vec<OrchestratorConfig> {
        guard(&self.orchestrators).values().cloned().collect()
    }

    pub fn orchestrator(&self, id: &str) -> Option<OrchestratorConfig> {
        guard(&self.orchestrators).get(id).cloned()
    }

    /// Adds or replaces a config and rewrites the file atomically.
    pub fn put_orchestrator(&self, config: OrchestratorConfig) -> Result<(), StoreError> {
        let mut all = guard(&self.orchestrators);
        all.insert(config.orchestrator_id.clone(), config);
        let path = self.dir.join("orchestrators.json");
        let text =
            serde_json::to_vec_pretty(&*all).map_err(|source| StoreError::Corrupt { path: path.clone(), source })?;
        atomic_write(&path, &text).map_err(|e| StoreError::Io { path, source: std::io::Error::other(e.to_string()) })
    }

    /// Adds a record, or replaces the one with the same `repair_id` (keeping its place in the order).
    pub fn put_repair(&self, record: RepairRecord) -> Result<(), StoreError> {
        let mut conn = guard(&self.writer);
        let tx = conn.transaction().map_err(self.sql())?;
        let before: Option<String> = tx
            .query_row("SELECT status FROM repairs WHERE repair_id = ?1", [&record.repair_id], |r| r.get(0))
            .optional()
            .map_err(self.sql())?;
        upsert(&tx, &record).map_err(self.sql())?;
        tx.commit().map_err(self.sql())?;
        let orch = record.orchestrator_id.clone().unwrap_or_default();
        let mut counts = guard(&self.counts);
        if let Some(old) = before {
            if let Some(n) = counts.get_mut(&(orch.clone(), old)) {
                *n = n.saturating_sub(1);
            }
        }
        *counts.entry((orch, record.status)).or_insert(0) += 1;
        Ok(())
    }

    pub fn repair(&self, id: &str) -> Option<RepairRecord> {
        let conn = guard(&self.reader);
        let text: Option<String> =
            conn.query_row("SELECT record FROM repairs WHERE repair_id = ?1", [id], |r| r.get(0)).optional().ok()?;
        text.and_then(|t| serde_json::from_str(&t).ok())
    }

    /// Counts by status, for one orchestrator (`Some`) or all: from memory, no query.
    pub fn counts(&self, orchestrator_id: Option<&str>) -> Counts {
        let mut out = BTreeMap::new();
        for ((orch, status), n) in guard(&self.counts).iter() {
            if *n > 0 && orchestrator_id.is_none_or(|id| id == orch) {
                *out.entry(status.clone()).or_insert(0) += n;
            }
        }
        Counts(out)
    }

    /// One page of records, newest first, and how many match in all. Blocking (SQLite): call it off the async
    /// runtime.
    pub fn page(&self, page: &Page<'_>) -> Result<(Vec<RepairRecord>, u64), StoreError> {
        let counts = self.counts(page.orchestrator_id);
        let total = match page.status {
            Some(s) => counts.get(s),
            None => counts.total(),
        };
        let sql = page_sql(page.orchestrator_id.is_some(), page.status.is_some());
        let mut args: Vec<Box<dyn rusqlite::ToSql>> = vec![Box::new(page.limit as i64), Box::new(page.offset as i64)];
        if let Some(o) = page.orchestrator_id {
            args.push(Box::new(o.to_string()));
        }
        if let Some(s) = page.status {
            if args.len() == 2 {
                // ?4 without ?3: keep the numbering by binding a placeholder for ?3.
                args.push(Box::new(rusqlite::types::Null));
            }
            args.push(Box::new(s.to_string()));
        }
        let conn = guard(&self.reader);
        let mut stmt = conn.prepare(sql).map_err(self.sql())?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(args.iter().map(|a| a.as_ref())), |r| r.get::<_, String>(0))
            .map_err(self.sql())?;
        let mut out = Vec::new();
        for row in rows {
            let text = row.map_err(self.sql())?;
            // A row this version cannot read (written by a newer one) is left out rather than failing the page.
            if let Ok(record) = serde_json::from_str::<RepairRecord>(&text) {
                out.push(record);
            }
        }
        Ok((out, total))
    }
}

/// One statement per filter, so SQLite walks the matching index backwards and stops after the page
/// (`?1 IS NULL OR ...` would make it scan every row). ?1 limit, ?2 offset, ?3 orchestrator, ?4 status.
fn page_sql(by_orchestrator: bool, by_status: bool) -> &'static str {
    match (by_orchestrator, by_status) {
        (false, false) => "SELECT record FROM repairs ORDER BY seq DESC LIMIT ?1 OFFSET ?2",
        (true, false) => "SELECT record FROM repairs WHERE orchestrator_id = ?3 ORDER BY seq DESC LIMIT ?1 OFFSET ?2",
        (false, true) => "SELECT record FROM repairs WHERE status = ?4 ORDER BY seq DESC LIMIT ?1 OFFSET ?2",
        (true, true) => {
            "SELECT record FROM repairs WHERE orchestrator_id = ?3 AND status = ?4 ORDER BY seq DESC LIMIT ?1 OFFSET ?2"
        }
    }
}

fn upsert(tx: &rusqlite::Transaction<'_>, record: &RepairRecord) -> rusqlite::Result<()> {
    let text = serde_json::to_string(record).map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
    tx.execute(
        "INSERT INTO repairs (repair_id, orchestrator_id, status, record) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (repair_id) DO UPDATE SET orchestrator_id = excluded.orchestrator_id,
             status = excluded.status, record = excluded.record",
        params![record.repair_id, record.orchestrator_id.as_deref().unwrap_or(""), record.status, text],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(id: &str, status: &str) -> RepairRecord {
        RepairRecord {
            repair_id: id.into(),
            orchestrator_id: None,
            project_path: "/p".into(),
            status: status.into(),
            test_id: None,
            file_path: None,
            error_message: "boom".into(),
            error_type: None,
            strategy: None,
            confidence_score: 0.0,
            execution_time: 0.0,
            timestamp: String::new(),
            decision: String::new(),
            diff: String::new(),
            branch: None,
            commit: None,
            touches: None,
            held: None,
        }
    }

    fn all(store: &Store, orchestrator_id: Option<&str>, status: Option<&str>) -> (Vec<(String, String)>, u64) {
        let (rows, total) = store.page(&Page { orchestrator_id, status, limit: 100, offset: 0 }).unwrap();
        (rows.into_iter().map(|r| (r.repair_id, r.status)).collect(), total)
    }

    fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn history_survives_reopening_and_updates_supersede_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        store.put_repair(record("a", "pending_approval")).unwrap();
        store.put_repair(record("b", "success")).unwrap();
        store.put_repair(record("a", "approved")).unwrap();
        assert_eq!(store.counts(None).get("pending_approval"), 0, "the count moved with the update");
        drop(store);
        let again = Store::open(dir.path()).unwrap();
        assert_eq!(all(&again, None, None), (pairs(&[("b", "success"), ("a", "approved")]), 2));
        assert_eq!(again.counts(None), Counts([("approved".into(), 1), ("success".into(), 1)].into()));
        assert_eq!(again.repair("a").unwrap().status, "approved");
    }

    #[test]
    fn pages_filter_by_orchestrator_and_status_with_totals_from_the_counts() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        for i in 0..10 {
            let mut r = record(&format!("r{i}"), if i % 2 == 0 { "success" } else { "failed" });
            r.orchestrator_id = Some(if i < 4 { "o1" } else { "o2" }.into());
            store.put_repair(r).unwrap();
        }
        let (rows, total) =
            store.page(&Page { orchestrator_id: Some("o2"), status: None, limit: 2, offset: 1 }).unwrap();
        assert_eq!((rows.iter().map(|r| r.repair_id.as_str()).collect::<Vec<_>>(), total), (vec!["r8", "r7"], 6));
        assert_eq!(all(&store, Some("o1"), Some("failed")), (pairs(&[("r3", "failed"), ("r1", "failed")]), 2));
        assert_eq!(all(&store, None, Some("failed")).1, 5);
        assert_eq!(all(&store, None, Some("failed")).0[0], ("r9".to_string(), "failed".to_string()));
        assert_eq!(store.counts(Some("o1")).total(), 4);
    }

    #[test]
    fn every_page_query_walks_an_index_and_never_sorts_or_scans_the_table() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let conn = guard(&store.reader);
        for (o, s) in [(false, false), (true, false), (false, true), (true, true)] {
            let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {}", page_sql(o, s))).unwrap();
            let n = stmt.parameter_count();
            let args: Vec<&dyn rusqlite::ToSql> = (0..n).map(|_| &1 as &dyn rusqlite::ToSql).collect();
            let plan: Vec<String> =
                stmt.query_map(args.as_slice(), |r| r.get::<_, String>(3)).unwrap().map(Result::unwrap).collect();
            let plan = plan.join(" | ");
            assert!(!plan.contains("TEMP B-TREE"), "{o} {s}: sorts: {plan}");
            assert!(o || s || plan.contains("SCAN repairs"), "{plan}");
            assert!(!(o || s) || plan.contains("USING INDEX"), "{o} {s}: no index: {plan}");
        }
    }

    #[test]
    fn an_old_jsonl_history_is_imported_once_skipping_a_torn_last_line() {
        let dir = tempfile::tempdir().unwrap();
        let line = |id: &str, status: &str| serde_json::to_string(&record(id, status)).unwrap();
        let text =
            format!("{}\n{}\n{}\n{{\"rep", line("a", "pending_approval"), line("b", "success"), line("a", "approved"));
        std::fs::write(dir.path().join("history.jsonl"), text).unwrap();
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(all(&store, None, None), (pairs(&[("b", "success"), ("a", "approved")]), 2));
        assert!(!dir.path().join("history.jsonl").exists() && dir.path().join("history.jsonl.imported").exists());
        drop(store);
        assert_eq!(Store::open(dir.path()).unwrap().counts(None).total(), 2, "not imported twice");
    }
}
