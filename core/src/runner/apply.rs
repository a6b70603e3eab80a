//! Writing fixes without ever losing user data: a backup of every original goes to `.maestro/backup/` before
//! the first write, each write is atomic (temp file in the same folder, fsync, rename), the written file is
//! re-read and re-parsed, and `undo` restores the last run's originals. A lock in `.maestro/` keeps two healer
//! runs from writing the same project at once.
//!
//! Killed at any moment (even SIGKILL), a run leaves every file entirely old or entirely new: the manifest records
//! the content about to be written *before* the rename, so `undo` recognises a write whose bookkeeping was cut
//! short, and the lock is an OS file lock the kernel releases when the process dies.
//!
//! A dry run ([`Workspace::open_trial`]) still writes each fix to re-run the tests, but keeps its backup apart, in
//! `.maestro/trial/`, and removes it once every file is back: the last `--apply` run's backup stays what `undo`
//! restores, and a dry run leaves nothing to undo. A dry run killed mid-validation leaves its trial backup; the
//! next run (or `undo`) puts those files back first.
//!
//! ```no_run
//! use maestro_test_healer::runner::apply::Workspace;
//! let mut ws = Workspace::open(".".as_ref()).unwrap();
//! ws.write("tests/test_a.py".as_ref(), "def test_a():\n    pass\n").unwrap();
//! ws.restore("tests/test_a.py".as_ref()).unwrap();
//! ```

use std::collections::BTreeMap;
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::source::SourceFile;

/// Why a file could not be written, restored, or the project locked.
#[derive(Debug, thiserror::Error)]
pub enum ApplyError {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error(
        "another maestro-heal run (pid {pid}) is writing this project and holds {lock}; wait for it to finish, \
         then run again"
    )]
    Locked { lock: PathBuf, pid: String },
    #[error("{path}: is a symlink or lies outside the project; refusing to write through it")]
    Escapes { path: PathBuf },
    #[error("{path}: the written file does not read back as written; the original was restored")]
    Verify { path: PathBuf },
    #[error("{path}: the written file has syntax errors the fix did not predict; the original was restored")]
    Reparse { path: PathBuf },
    #[error("nothing to undo: no backup from a previous run in {0}")]
    NothingToUndo(PathBuf),
    #[error("invalid backup manifest {path}: {message}")]
    Manifest { path: PathBuf, message: String },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> ApplyError + '_ {
    move |source| ApplyError::Io { path: path.to_path_buf(), source }
}

/// One backed-up file in the manifest.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BackupEntry {
    /// Where the original bytes are kept, relative to the backup folder.
    pub backup: String,
    /// Hash of what the healer wrote last, so `undo` can tell whether the user edited the file since.
    pub written_hash: Option<String>,
    /// Hash of a write in flight (recorded before the rename): if the run is killed before it records
    /// `written_hash`, the file holds either the original or this content, and both are the healer's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_hash: Option<String>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Manifest {
    version: u32,
    files: BTreeMap<PathBuf, BackupEntry>,
}

/// A project opened for writing: holds the lock and the backup of this run.
pub struct Workspace {
    root: PathBuf,
    /// Held open: the OS lock on it lasts as long as this run, and dies with the process.
    _lock: File,
    backup_dir: PathBuf,
    manifest: Manifest,
    /// A dry run's workspace: every write is restored before the run ends, and the backup goes with it.
    trial: bool,
}

/// Where a dry run keeps the originals while it validates, relative to `.maestro/`.
const TRIAL_DIR: &str = "trial";

impl Workspace {
    /// Takes the project's lock and starts a fresh backup (the previous run's backup is replaced only once this
    /// run writes its first file).
    pub fn open(root: &Path) -> Result<Workspace, ApplyError> {
        let (mut ws, _) = Workspace::lock(root)?;
        ws.backup_dir = ws.backup_dir.with_file_name("backup");
        sweep_after_crash(&ws.root, &ws.backup_dir);
        Ok(ws)
    }

    /// For a dry run: like [`Workspace::open`], but the originals go to `.maestro/trial/` (leaving the last
    /// applied run's backup for `undo`), and the folder is removed when the workspace is dropped with every file
    /// back as it was.
    pub fn open_trial(root: &Path) -> Result<Workspace, ApplyError> {
        let (mut ws, _) = Workspace::lock(root)?;
        ws.trial = true;
        Ok(ws)
    }

    /// Takes the lock and puts back the files of a dry run that was killed mid-validation (what it restored
    /// is returned). The workspace starts on the trial folder.
    fn lock(root: &Path) -> Result<(Workspace, UndoReport), ApplyError> {
        let root = fs::canonicalize(root).map_err(io(root))?;
        let state = crate::state::ensure(&root).map_err(io(&root.join(crate::state::DIR)))?;
        let lock = state.join("lock");
        // An advisory OS lock, not the file's existence: the kernel drops it when the holder exits or is killed,
        // so a stale lock never blocks and a reused pid never fakes a live one. The file itself is never deleted
        // (deleting a locked file lets two runs lock two different files).
        let mut file =
            OpenOptions::new().read(true).write(true).create(true).truncate(false).open(&lock).map_err(io(&lock))?;
        // A process another thread of ours is spawning shares the descriptor of a lock we just released until
        // its exec closes it (close-on-exec), and with it the lock: give that window a moment before calling
        // the project locked. A real second run holds the lock for seconds and still gets the message.
        let deadline = std::time::Instant::now() + std::time::Duration::from_millis(250);
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(fs::TryLockError::WouldBlock) if std::time::Instant::now() < deadline => {
                    std::thread::sleep(std::time::Duration::from_millis(5));
                }
                Err(fs::TryLockError::WouldBlock) => {
                    let pid = fs::read_to_string(&lock).unwrap_or_default().trim().to_string();
                    return Err(ApplyError::Locked { lock, pid });
                }
                Err(fs::TryLockError::Error(e)) => return Err(ApplyError::Io { path: lock, source: e }),
            }
        }
        file.set_len(0).and_then(|()| writeln!(file, "{}", std::process::id())).map_err(io(&lock))?;
        let trial_dir = state.join(TRIAL_DIR);
        sweep_after_crash(&root, &trial_dir);
        let recovered = match restore_from(&root, &trial_dir) {
            Err(ApplyError::NothingToUndo(_)) => UndoReport::default(),
            other => other?,
        };
        let ws = Workspace {
            backup_dir: trial_dir,
            root,
            _lock: file,
            manifest: Manifest { version: 1, ..Default::default() },
            trial: false,
        };
        Ok((ws, recovered))
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The absolute path of a project-relative file, refusing symlinks and escapes.
    fn target(&self, rel: &Path) -> Result<PathBuf, ApplyError> {
        check_target(&self.root, rel)
    }

    /// Atomically replaces a file's text, backing up the original first (once per run) and verifying the result.
    pub fn write(&mut self, rel: &Path, text: &str) -> Result<(), ApplyError> {
        let path = self.target(rel)?;
        if !self.manifest.files.contains_key(rel) {
            self.back_up(rel, &path)?;
        }
        self.record_pending(rel, text.as_bytes())?;
        atomic_write(&path, text.as_bytes())?;
        let back = fs::read(&path).map_err(io(&path))?;
        if back != text.as_bytes() {
            self.restore(rel)?;
            return Err(ApplyError::Verify { path: rel.to_path_buf() });
        }
        if let Ok(parsed) = SourceFile::load(&path) {
            let predicted = SourceFile::from_text(rel, text.to_string()).map(|s| s.error_count()).unwrap_or(0);
            if parsed.error_count() > predicted {
                self.restore(rel)?;
                return Err(ApplyError::Reparse { path: rel.to_path_buf() });
            }
        }
        self.record_written(rel, text.as_bytes())
    }

    /// Write-ahead: the manifest names the content about to land before the rename can happen.
    fn record_pending(&mut self, rel: &Path, bytes: &[u8]) -> Result<(), ApplyError> {
        if let Some(entry) = self.manifest.files.get_mut(rel) {
            entry.pending_hash = Some(hash(bytes));
        }
        self.save_manifest()
    }

    fn record_written(&mut self, rel: &Path, bytes: &[u8]) -> Result<(), ApplyError> {
        if let Some(entry) = self.manifest.files.get_mut(rel) {
            entry.written_hash = Some(hash(bytes));
            entry.pending_hash = None;
        }
        self.save_manifest()
    }

    /// Puts back the original bytes of a file this run wrote.
    pub fn restore(&mut self, rel: &Path) -> Result<(), ApplyError> {
        let Some(entry) = self.manifest.files.get_mut(rel) else { return Ok(()) };
        let backup = self.backup_dir.join(&entry.backup);
        let original = fs::read(&backup).map_err(io(&backup))?;
        self.record_pending(rel, &original)?;
        atomic_write(&self.root.join(rel), &original)?;
        self.record_written(rel, &original)
    }

    fn back_up(&mut self, rel: &Path, path: &Path) -> Result<(), ApplyError> {
        if self.manifest.files.is_empty() {
            // First write of this run: the previous run's backup is superseded. Renamed away first, so a run
            // killed while deleting it never leaves a manifest pointing at half-deleted originals.
            if self.backup_dir.exists() {
                let old = self.backup_dir.with_extension("old");
                let _ = fs::remove_dir_all(&old);
                fs::rename(&self.backup_dir, &old).map_err(io(&self.backup_dir))?;
                fs::remove_dir_all(&old).map_err(io(&old))?;
            }
            fs::create_dir_all(&self.backup_dir).map_err(io(&self.backup_dir))?;
        }
        let original = fs::read(path).map_err(io(path))?;
        let name = format!("{}.orig", self.manifest.files.len());
        atomic_write(&self.backup_dir.join(&name), &original)?;
        self.manifest
            .files
            .insert(rel.to_path_buf(), BackupEntry { backup: name, written_hash: None, pending_hash: None });
        self.save_manifest()
    }

    fn save_manifest(&self) -> Result<(), ApplyError> {
        let path = self.backup_dir.join("manifest.json");
        let json = serde_json::to_vec_pretty(&self.manifest)
            .map_err(|e| ApplyError::Manifest { path: path.clone(), message: e.to_string() })?;
        atomic_write(&path, &json)
    }

    /// Files written by this run whose content is the healer's (not restored).
    pub fn changed_files(&self) -> Vec<PathBuf> {
        self.manifest
            .files
            .iter()
            .filter(|(rel, e)| {
                let original = fs::read(self.backup_dir.join(&e.backup)).ok();
                let now = fs::read(self.root.join(rel)).ok();
                original != now
            })
            .map(|(rel, _)| rel.clone())
            .collect()
    }
}

impl Drop for Workspace {
    fn drop(&mut self) {
        // A dry run restores every file it wrote; once they all read as their originals, the backup is only
        // clutter (and `undo` must not offer it). Anything not back keeps it, for the next run or `undo`.
        if self.trial && self.backup_dir.exists() && self.changed_files().is_empty() {
            let _ = fs::remove_dir_all(&self.backup_dir);
        }
    }
}

/// The absolute path of a project-relative file the healer may write: an existing regular file whose folder
/// lies inside `root` (canonical), never a symlink. Checked before a fix is validated elsewhere, so a fix that
/// could not be written is never reported as kept.
pub fn check_target(root: &Path, rel: &Path) -> Result<PathBuf, ApplyError> {
    let path = root.join(rel);
    let meta = fs::symlink_metadata(&path).map_err(io(&path))?;
    let parent = path.parent().and_then(|p| fs::canonicalize(p).ok());
    if meta.file_type().is_symlink() || !parent.is_some_and(|p| p.starts_with(root)) {
        return Err(ApplyError::Escapes { path: rel.to_path_buf() });
    }
    Ok(path)
}

/// What `undo` did.
#[derive(Debug, Default, Serialize)]
pub struct UndoReport {
    pub restored: Vec<PathBuf>,
    /// Files changed by hand after the healer wrote them: left alone.
    pub skipped: Vec<PathBuf>,
}

/// Restores the originals of the last `--apply` run's writes, except files edited since. After a dry run killed
/// while validating, it restores that run's files instead (and leaves the last applied run's backup).
pub fn undo(root: &Path) -> Result<UndoReport, ApplyError> {
    let (ws, recovered) = Workspace::lock(root)?;
    if !recovered.restored.is_empty() || !recovered.skipped.is_empty() {
        return Ok(recovered);
    }
    let backup_dir = ws.backup_dir.with_file_name("backup");
    sweep_after_crash(&ws.root, &backup_dir);
    let report = restore_from(&ws.root, &backup_dir)?;
    crate::patterns::after_undo(&ws.root, &report.restored);
    Ok(report)
}

/// Puts back the originals recorded in `backup_dir` (files edited since are left alone), then removes it.
fn restore_from(root: &Path, backup_dir: &Path) -> Result<UndoReport, ApplyError> {
    let manifest_path = backup_dir.join("manifest.json");
    let Ok(bytes) = fs::read(&manifest_path) else {
        // No manifest: killed before the first backup was recorded, so nothing was written.
        let _ = fs::remove_dir_all(backup_dir);
        return Err(ApplyError::NothingToUndo(backup_dir.to_path_buf()));
    };
    let manifest: Manifest = serde_json::from_slice(&bytes)
        .map_err(|e| ApplyError::Manifest { path: manifest_path.clone(), message: e.to_string() })?;
    let mut report = UndoReport::default();
    for (rel, entry) in &manifest.files {
        let path = root.join(rel);
        let backup = backup_dir.join(&entry.backup);
        let original = fs::read(&backup).map_err(io(&backup))?;
        let current = fs::read(&path).ok();
        if current.as_deref() == Some(original.as_slice()) {
            // Already the original (a fix rolled back, or a write killed before its rename): nothing to restore.
            continue;
        }
        // What the healer wrote, or was writing when it was killed; anything else is the user's.
        let ours = current.as_deref().map(hash).is_some_and(|now| {
            entry.written_hash.as_deref() == Some(now.as_str()) || entry.pending_hash.as_deref() == Some(now.as_str())
        });
        if !ours {
            report.skipped.push(rel.clone());
            continue;
        }
        atomic_write(&path, &original)?;
        report.restored.push(rel.clone());
    }
    fs::remove_dir_all(backup_dir).map_err(io(backup_dir))?;
    Ok(report)
}

/// A run killed mid-write leaves temp files in the backup folder and next to the files it was writing (all
/// named in its manifest): remove them once we hold the lock.
fn sweep_after_crash(root: &Path, backup_dir: &Path) {
    sweep_temp_files(backup_dir, backup_dir);
    let Ok(bytes) = fs::read(backup_dir.join("manifest.json")) else { return };
    let Ok(manifest) = serde_json::from_slice::<Manifest>(&bytes) else { return };
    for rel in manifest.files.keys() {
        let path = root.join(rel);
        if let Some(dir) = path.parent() {
            sweep_temp_files(dir, &path);
        }
    }
}

/// Removes the temp files [`atomic_write`] left for `target` (or, when `target` is the folder itself, for any
/// file in it) by processes that no longer run.
fn sweep_temp_files(dir: &Path, target: &Path) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    let prefix = if target == dir {
        ".".to_string()
    } else {
        format!(".{}.maestro-", target.file_name().map(|n| n.to_string_lossy()).unwrap_or_default())
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = name.strip_suffix(".tmp").and_then(|n| n.rsplit_once(".maestro-")).map(|(_, pid)| pid) else {
            continue;
        };
        if name.starts_with(&prefix) && pid != std::process::id().to_string() && !pid_alive(pid) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Writes via a temp file in the same folder + fsync + rename, keeping the file's permissions.
pub fn atomic_write(path: &Path, bytes: &[u8]) -> Result<(), ApplyError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = dir.join(format!(".{name}.maestro-{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = File::create(&tmp)?;
        f.write_all(bytes)?;
        if let Ok(meta) = fs::metadata(path) {
            f.set_permissions(meta.permissions())?;
        }
        f.sync_all()?;
        fs::rename(&tmp, path)?;
        // The rename itself must reach the disk too.
        File::open(dir)?.sync_all()
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result.map_err(io(path))
}

fn pid_alive(pid: &str) -> bool {
    !pid.is_empty() && pid.chars().all(|c| c.is_ascii_digit()) && Path::new("/proc").join(pid).exists()
}

/// FNV-1a, enough to tell "the file is still what we wrote" (not a security boundary).
fn hash(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn write_restore_and_undo() {
        let dir = tempfile::tempdir().unwrap();
        let rel = Path::new("test_a.py");
        fs::write(dir.path().join(rel), "def test_a()\n    pass\n").unwrap();
        {
            let mut ws = Workspace::open(dir.path()).unwrap();
            ws.write(rel, "def test_a():\n    pass\n").unwrap();
            assert_eq!(ws.changed_files(), vec![rel.to_path_buf()]);
        }
        assert_eq!(fs::read_to_string(dir.path().join(rel)).unwrap(), "def test_a():\n    pass\n");
        let report = undo(dir.path()).unwrap();
        assert_eq!(report.restored, vec![rel.to_path_buf()]);
        assert_eq!(fs::read_to_string(dir.path().join(rel)).unwrap(), "def test_a()\n    pass\n");
        assert!(matches!(undo(dir.path()), Err(ApplyError::NothingToUndo(_))));
    }

    #[test]
    fn undo_leaves_files_edited_since() {
        let dir = tempfile::tempdir().unwrap();
        let rel = Path::new("a.py");
        fs::write(dir.path().join(rel), "x = 1\n").unwrap();
        Workspace::open(dir.path()).unwrap().write(rel, "x = 2\n").unwrap();
        fs::write(dir.path().join(rel), "x = 3  # mine\n").unwrap();
        let report = undo(dir.path()).unwrap();
        assert_eq!(report.skipped, vec![rel.to_path_buf()]);
        assert_eq!(fs::read_to_string(dir.path().join(rel)).unwrap(), "x = 3  # mine\n");
    }

    #[test]
    fn a_second_run_is_locked_out() {
        let dir = tempfile::tempdir().unwrap();
        let _first = Workspace::open(dir.path()).unwrap();
        let err = Workspace::open(dir.path()).err().unwrap();
        assert!(err.to_string().contains("another maestro-heal run"), "{err}");
    }

    #[test]
    fn a_lock_file_without_a_live_holder_does_not_block() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join(".maestro")).unwrap();
        // The pid of a live process (ours) in the file does not matter: only the OS lock does.
        fs::write(dir.path().join(".maestro/lock"), format!("{}\n", std::process::id())).unwrap();
        let first = Workspace::open(dir.path()).unwrap();
        drop(first);
        Workspace::open(dir.path()).unwrap();
    }

    #[test]
    fn undo_restores_a_write_whose_bookkeeping_was_cut_short() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (Path::new("a.py"), Path::new("b.py"));
        fs::write(dir.path().join(a), "x = 1\n").unwrap();
        fs::write(dir.path().join(b), "y = 1\n").unwrap();
        {
            let mut ws = Workspace::open(dir.path()).unwrap();
            ws.write(a, "x = 2\n").unwrap();
            // What a SIGKILL between the rename and the manifest update leaves: the new content on disk, the
            // manifest knowing it only as pending; plus a temp file of a write that never reached its rename.
            let path = ws.target(b).unwrap();
            ws.back_up(b, &path).unwrap();
            ws.record_pending(b, b"y = 2\n").unwrap();
            atomic_write(&path, b"y = 2\n").unwrap();
            fs::write(dir.path().join(".a.py.maestro-999999999.tmp"), "x = ").unwrap();
        }
        let report = undo(dir.path()).unwrap();
        assert_eq!(report.restored, vec![a.to_path_buf(), b.to_path_buf()]);
        assert_eq!(fs::read_to_string(dir.path().join(a)).unwrap(), "x = 1\n");
        assert_eq!(fs::read_to_string(dir.path().join(b)).unwrap(), "y = 1\n");
        assert!(!dir.path().join(".a.py.maestro-999999999.tmp").exists(), "stale temp files are swept");
    }

    #[test]
    fn a_dry_run_keeps_no_backup_and_a_killed_one_is_put_back_first() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (Path::new("a.py"), Path::new("b.py"));
        fs::write(dir.path().join(a), "x = 1\n").unwrap();
        fs::write(dir.path().join(b), "y = 1\n").unwrap();
        Workspace::open(dir.path()).unwrap().write(a, "x = 2\n").unwrap(); // an applied run
        {
            let mut trial = Workspace::open_trial(dir.path()).unwrap();
            trial.write(b, "y = 2\n").unwrap();
            trial.restore(b).unwrap();
        }
        assert!(!dir.path().join(".maestro/trial").exists(), "a finished dry run leaves no backup");
        // A dry run killed between its write and its restore: its clean-up never runs.
        let mut trial = Workspace::open_trial(dir.path()).unwrap();
        trial.write(b, "y = 3\n").unwrap();
        trial.trial = false;
        drop(trial);
        let report = undo(dir.path()).unwrap();
        assert_eq!(
            (report.restored, fs::read_to_string(dir.path().join(b)).unwrap()),
            (vec![b.to_path_buf()], "y = 1\n".into())
        );
        // The applied run's backup is still there for the next undo.
        assert_eq!(undo(dir.path()).unwrap().restored, vec![a.to_path_buf()]);
        assert_eq!(fs::read_to_string(dir.path().join(a)).unwrap(), "x = 1\n");
    }

    #[test]
    fn refuses_symlinks() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        fs::write(outside.path().join("victim.py"), "x = 1\n").unwrap();
        std::os::unix::fs::symlink(outside.path().join("victim.py"), dir.path().join("link.py")).unwrap();
        let mut ws = Workspace::open(dir.path()).unwrap();
        assert!(matches!(ws.write(Path::new("link.py"), "x = 2\n"), Err(ApplyError::Escapes { .. })));
        assert_eq!(fs::read_to_string(outside.path().join("victim.py")).unwrap(), "x = 1\n");
    }

    #[test]
    fn keeps_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("run.py");
        fs::write(&p, "x = 1\n").unwrap();
        fs::set_permissions(&p, fs::Permissions::from_mode(0o755)).unwrap();
        atomic_write(&p, b"x = 2\n").unwrap();
        assert_eq!(fs::metadata(&p).unwrap().permissions().mode() & 0o777, 0o755);
    }
}
