//! The local file store: orchestrator configs (`orchestrators.json`, rewritten atomically) and repair history
//! (`history.jsonl`, append-only; a later line for the same `repair_id` supersedes an earlier one), so both
//! survive a restart.
//!
//! ```
//! let dir = tempfile::tempdir().unwrap();
//! let store = maestro_cars::store::Store::open(dir.path()).unwrap();
//! assert!(store.orchestrators().is_empty());
//! ```

use std::collections::BTreeMap;
use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use maestro_test_healer::runner::apply::atomic_write;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Why the store could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: {source} (check CARS_DATA_DIR)")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}: not valid JSON ({source}); move it away to start with an empty store")]
    Corrupt { path: PathBuf, source: serde_json::Error },
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
    #[serde(default)]
    pub webhook_url: Option<String>,
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
    /// Kept on disk for approval, never sent to clients.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(ignore)]
    pub held: Option<HeldFix>,
}

#[derive(Default)]
struct Data {
    orchestrators: BTreeMap<String, OrchestratorConfig>,
    /// In first-seen order; updates replace in place.
    history: Vec<RepairRecord>,
    index: BTreeMap<String, usize>,
}

/// The store. Cheap to share behind an `Arc`.
pub struct Store {
    dir: PathBuf,
    data: Mutex<Data>,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io { path: path.to_path_buf(), source }
}

impl Store {
    /// Opens (creating) the folder and loads what an earlier run left.
    pub fn open(dir: &Path) -> Result<Store, StoreError> {
        fs::create_dir_all(dir).map_err(io(dir))?;
        let mut data = Data::default();
        let orch = dir.join("orchestrators.json");
        if orch.exists() {
            let text = fs::read_to_string(&orch).map_err(io(&orch))?;
            data.orchestrators =
                serde_json::from_str(&text).map_err(|source| StoreError::Corrupt { path: orch.clone(), source })?;
        }
        let hist = dir.join("history.jsonl");
        if hist.exists() {
            let text = fs::read_to_string(&hist).map_err(io(&hist))?;
            for line in text.lines().filter(|l| !l.trim().is_empty()) {
                // A line cut short by a crash mid-append is the only one that can be bad: skip it.
                if let Ok(record) = serde_json::from_str::<RepairRecord>(line) {
                    upsert(&mut data, record);
                }
            }
        }
        Ok(Store { dir: dir.to_path_buf(), data: Mutex::new(data) })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Data> {
        // A panic while holding the lock leaves consistent data (every mutation is one assignment).
        self.data.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn orchestrators(&self) -> Vec<OrchestratorConfig> {
        self.lock().orchestrators.values().cloned().collect()
    }

    pub fn orchestrator(&self, id: &str) -> Option<OrchestratorConfig> {
        self.lock().orchestrators.get(id).cloned()
    }

    /// Adds or replaces a config and rewrites the file atomically.
    pub fn put_orchestrator(&self, config: OrchestratorConfig) -> Result<(), StoreError> {
        let mut data = self.lock();
        data.orchestrators.insert(config.orchestrator_id.clone(), config);
        let path = self.dir.join("orchestrators.json");
        let text = serde_json::to_vec_pretty(&data.orchestrators)
            .map_err(|source| StoreError::Corrupt { path: path.clone(), source })?;
        atomic_write(&path, &text).map_err(|e| StoreError::Io { path, source: std::io::Error::other(e.to_string()) })
    }

    /// Appends a record (new or updated) to the history.
    pub fn put_repair(&self, record: RepairRecord) -> Result<(), StoreError> {
        let path = self.dir.join("history.jsonl");
        let mut line =
            serde_json::to_string(&record).map_err(|source| StoreError::Corrupt { path: path.clone(), source })?;
        line.push('\n');
        let mut data = self.lock();
        let mut f = OpenOptions::new().create(true).append(true).open(&path).map_err(io(&path))?;
        f.write_all(line.as_bytes()).map_err(io(&path))?;
        f.sync_data().map_err(io(&path))?;
        upsert(&mut data, record);
        Ok(())
    }

    pub fn repair(&self, id: &str) -> Option<RepairRecord> {
        let data = self.lock();
        data.index.get(id).map(|&i| data.history[i].clone())
    }

    /// Records matching `filter`, newest first.
    pub fn repairs(&self, filter: impl Fn(&RepairRecord) -> bool) -> Vec<RepairRecord> {
        self.lock().history.iter().rev().filter(|r| filter(r)).cloned().collect()
    }
}

fn upsert(data: &mut Data, record: RepairRecord) {
    match data.index.get(&record.repair_id) {
        Some(&i) => data.history[i] = record,
        None => {
            data.index.insert(record.repair_id.clone(), data.history.len());
            data.history.push(record);
        }
    }
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
            strategy: None,
            confidence_score: 0.0,
            execution_time: 0.0,
            timestamp: String::new(),
            decision: String::new(),
            diff: String::new(),
            branch: None,
            commit: None,
            held: None,
        }
    }

    #[test]
    fn history_survives_reopening_and_updates_supersede() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        store.put_repair(record("a", "pending_approval")).unwrap();
        store.put_repair(record("b", "success")).unwrap();
        store.put_repair(record("a", "approved")).unwrap();
        // A line cut short by a crash.
        OpenOptions::new().append(true).open(dir.path().join("history.jsonl")).unwrap().write_all(b"{\"rep").unwrap();
        let again = Store::open(dir.path()).unwrap();
        let all = again.repairs(|_| true);
        assert_eq!(
            all.iter().map(|r| (r.repair_id.as_str(), r.status.as_str())).collect::<Vec<_>>(),
            [("b", "success"), ("a", "approved")]
        );
    }
}
