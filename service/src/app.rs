//! The service's state and its operations, shared by the REST handlers, the embedded queue and the Redis
//! workers. Healing itself is the core's (`heal_one`, `heal_run`); this only decides what to run and records it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::http::StatusCode;
use maestro_test_healer::fix::Applicability;
use maestro_test_healer::heal::{heal_one_with, HealError, HealRequest};
use maestro_test_healer::runner::apply::Workspace;
use maestro_test_healer::runner::session::{heal_run, RunOptions};
use serde_json::{json, Value};

use crate::error::ApiError;
use crate::events::EventSink;
use crate::ids::{new_id, now_rfc3339};
use crate::jobs::{Job, JobError, ValidateRequest};
use crate::metrics::Metrics;
use crate::model::*;
use crate::orchestrator::{self, OrchState, Orchestrator};
use crate::queue::LocalQueue;
use crate::roots::{AllowedRoots, RootError};
use crate::settings::Settings;
use crate::shared::Shared;
use crate::store::{Counts, OrchestratorConfig, Page, RepairRecord, Store, StoreError};

/// Why the service could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot create {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("Redis at REDIS_URL: {0}")]
    Redis(String),
}

/// Whether the job transport (Redis) can be reached: what `/health` reports.
#[derive(Debug, Default)]
pub struct Backend {
    down: Mutex<Option<String>>,
}

impl Backend {
    fn slot(&self) -> std::sync::MutexGuard<'_, Option<String>> {
        self.down.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Records that the transport is unreachable, and why; true when it was reachable until now.
    pub fn set_down(&self, reason: String) -> bool {
        self.slot().replace(reason).is_none()
    }

    /// Records that the transport answers again; true when it was down until now.
    pub fn set_up(&self) -> bool {
        self.slot().take().is_some()
    }

    /// Why the transport is unreachable, while it is.
    pub fn problem(&self) -> Option<String> {
        self.slot().clone()
    }
}

/// Shared state.
pub struct App {
    pub settings: Settings,
    pub roots: AllowedRoots,
    pub store: Store,
    pub metrics: Arc<Metrics>,
    /// Service-wide bound on concurrent repair cycles (`MAX_CONCURRENT_REPAIRS`).
    pub repair_slots: Arc<tokio::sync::Semaphore>,
    /// Heals running at once (`CARS_HEAL_THREADS`), each on a blocking thread.
    heal_pool: tokio::sync::Semaphore,
    /// Heal requests admitted (running or waiting, `CARS_HEAL_THREADS + CARS_HEAL_QUEUE`): beyond, REST answers 429.
    heal_admission: Arc<tokio::sync::Semaphore>,
    pub events: EventSink,
    /// `embedded` or `redis`.
    pub mode: &'static str,
    pub handler_running: AtomicBool,
    /// Reachability of Redis (always up in embedded mode).
    pub backend: Backend,
    /// The orchestrators this process runs.
    orchestrators: Mutex<HashMap<String, Orchestrator>>,
    /// Registry, leases, history and counts in Redis, when `REDIS_URL` is set: any process answers for all.
    pub shared: Option<Shared>,
    queue: LocalQueue,
    /// Where `/heal` requests that bring their own source are resolved: an empty folder, so nothing is read from
    /// disk for them.
    scratch: PathBuf,
}

fn root_error(field: &str, e: RootError) -> ApiError {
    let status = match e {
        RootError::Outside { .. } => StatusCode::FORBIDDEN,
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    };
    ApiError { status, message: e.to_string(), field: Some(field.into()) }
}

fn store_error(e: StoreError) -> ApiError {
    ApiError::internal(e.to_string())
}

fn shared_error(e: String) -> ApiError {
    ApiError::new(StatusCode::SERVICE_UNAVAILABLE, format!("{e}; retry when /health is healthy again"))
}

impl App {
    /// Opens the store, starts the job workers (and the Redis adapter when `REDIS_URL` is set) and restarts the
    /// orchestrators that were running.
    pub async fn start(settings: Settings) -> Result<Arc<App>, StartupError> {
        let store = Store::open(&settings.data_dir)?;
        let scratch = settings.data_dir.join("scratch");
        std::fs::create_dir_all(&scratch).map_err(|source| StartupError::Io { path: scratch.clone(), source })?;
        let metrics = Arc::new(Metrics::default());
        let events = EventSink::connect(&settings, metrics.clone()).await.map_err(StartupError::Redis)?;
        let mode = if settings.redis_url.is_some() { "redis" } else { "embedded" };
        let (queue, receiver) = LocalQueue::new(settings.workers * 64);
        #[cfg(feature = "redis")]
        let shared = match &settings.redis_url {
            Some(url) => {
                Some(Shared::connect(url, &settings.consumer_name, settings.lease).await.map_err(StartupError::Redis)?)
            }
            None => None,
        };
        #[cfg(not(feature = "redis"))]
        let shared = None;
        let app = Arc::new(App {
            roots: AllowedRoots::new(&settings.allowed_roots),
            store,
            metrics,
            repair_slots: Arc::new(tokio::sync::Semaphore::new(settings.max_concurrent_repairs)),
            heal_pool: tokio::sync::Semaphore::new(settings.heal_threads),
            heal_admission: Arc::new(tokio::sync::Semaphore::new(settings.heal_threads + settings.heal_queue)),
            events,
            mode,
            handler_running: AtomicBool::new(false),
            backend: Backend::default(),
            orchestrators: Mutex::new(HashMap::new()),
            shared,
            queue,
            scratch,
            settings,
        });
        crate::queue::spawn_workers(&app, receiver);
        #[cfg(feature = "redis")]
        if let Some(url) = app.settings.redis_url.clone() {
            crate::streams::spawn_workers(&app, &url).await.map_err(|e| StartupError::Redis(e.to_string()))?;
        }
        app.handler_running.store(true, Ordering::Relaxed);
        if app.shared.is_some() {
            // Orchestrators are resumed by whichever process finds them without a live owner.
            crate::keeper::spawn(app.clone());
        } else {
            app.restore();
        }
        Ok(app)
    }

    fn restore(self: &Arc<Self>) {
        for config in self.store.orchestrators().into_iter().filter(|c| c.running) {
            if let Err(e) = self.resume(config.clone()) {
                eprintln!("cars: not resuming orchestrator {}: {e}", config.orchestrator_id);
            }
        }
    }

    /// Runs an orchestrator started earlier (here or by another process) in this process, if its project and
    /// command are still allowed (the allowlist may have changed).
    pub fn resume(self: &Arc<Self>, config: OrchestratorConfig) -> Result<(), String> {
        let root = self.roots.check(Path::new(&config.project_path)).map_err(|e| e.to_string())?;
        self.test_command(&root, Some(config.test_command.clone())).map_err(|e| e.message)?;
        crate::security::choose_checks(&self.settings.test_commands, &root, Some(config.checks.clone()))
            .map_err(|e| e.message)?;
        eprintln!("cars: resuming orchestrator {} for {}", config.orchestrator_id, config.project_path);
        let handle = orchestrator::spawn(self.clone(), config.clone());
        self.orchestrators_lock().insert(config.orchestrator_id, handle);
        Ok(())
    }

    /// Stops this process's run of an orchestrator (its config is left as it is).
    pub fn drop_local(&self, id: &str) -> bool {
        let handle = self.orchestrators_lock().remove(id);
        handle.map(|h| h.stop()).is_some()
    }

    /// The ids, configs and states of the orchestrators this process runs.
    pub fn local(&self) -> Vec<(OrchestratorConfig, OrchState)> {
        self.orchestrators_lock().values().map(|o| (o.config.clone(), o.state())).collect()
    }

    /// An orchestrator's config: from the shared registry in Redis mode, the local store otherwise.
    pub async fn config(&self, id: &str) -> Result<Option<OrchestratorConfig>, ApiError> {
        match &self.shared {
            Some(sh) => sh.config(id).await.map_err(shared_error),
            None => Ok(self.store.orchestrator(id)),
        }
    }

    async fn put_config(&self, config: OrchestratorConfig) -> Result<(), ApiError> {
        match &self.shared {
            Some(sh) => sh.put_config(&config).await.map_err(shared_error),
            None => self.store.put_orchestrator(config).map_err(store_error),
        }
    }

    /// Records a repair (new or updated): in Redis when shared, the local store otherwise.
    pub async fn put_repair(&self, record: RepairRecord) -> Result<(), ApiError> {
        match &self.shared {
            Some(sh) => sh.put_repair(&record).await.map_err(shared_error),
            None => self.store.put_repair(record).map_err(store_error),
        }
    }

    async fn repair(&self, id: &str) -> Result<Option<RepairRecord>, ApiError> {
        match &self.shared {
            Some(sh) => sh.repair(id).await.map_err(shared_error),
            None => Ok(self.store.repair(id)),
        }
    }

    async fn counts(&self, orchestrator_id: Option<&str>) -> Result<Counts, ApiError> {
        match &self.shared {
            Some(sh) => sh.counts(orchestrator_id).await.map_err(shared_error),
            None => Ok(self.store.counts(orchestrator_id)),
        }
    }

    fn orchestrators_lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Orchestrator>> {
        self.orchestrators.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A place among the heal requests admitted, or None when they are all taken (the caller answers 429).
    pub fn admit_heal(&self) -> Option<tokio::sync::OwnedSemaphorePermit> {
        self.heal_admission.clone().try_acquire_owned().ok()
    }

    /// Runs a job through the in-process queue and waits for its result.
    pub async fn submit(self: &Arc<Self>, job: Job) -> Result<Value, JobError> {
        self.queue.submit(new_id(), job).await
    }

    /// Does one job (called by the queue and Redis workers).
    pub async fn process(self: &Arc<Self>, job: Job) -> Result<Value, JobError> {
        let started = Instant::now();
        let kind = job.kind();
        let result = match job {
            Job::StartMonitoring(req) => self.start_orchestrator(req).await.map(|r| json!(r)),
            Job::StopMonitoring { orchestrator_id } => self.stop_orchestrator(&orchestrator_id).await.map(|r| json!(r)),
            Job::Heal(body) => self.heal(body).await.map(|r| json!(r)),
            Job::Validate(req) => self.validate(req).await,
        }
        .map_err(JobError::from);
        let outcome = match &result {
            Ok(_) => "success",
            Err(JobError::Rejected(_)) => "rejected",
            Err(JobError::Failed(_)) => "failed",
        };
        self.metrics.job(kind, outcome, started.elapsed().as_secs_f64());
        if let Some(sh) = &self.shared {
            sh.count_job().await;
        }
        result
    }

    /// The test command to run in `root`: see [`crate::security::choose_command`].
    pub fn test_command(&self, root: &Path, requested: Option<Vec<String>>) -> Result<Vec<String>, ApiError> {
        crate::security::choose_command(&self.settings.test_commands, root, requested, || default_command(root))
    }

    pub fn check_root(&self, field: &str, path: &str) -> Result<PathBuf, ApiError> {
        self.roots.check(Path::new(path)).map_err(|e| root_error(field, e))
    }

    /// Validates a start request and starts its orchestrator.
    pub async fn start_orchestrator(self: &Arc<Self>, req: StartRequest) -> Result<StartResponse, ApiError> {
        let root = self.check_root("project_path", &req.project_path)?;
        let threshold = req.confidence_threshold.unwrap_or(self.settings.default_threshold);
        if !(0.0..=1.0).contains(&threshold) || threshold.is_nan() {
            return Err(ApiError::field("confidence_threshold", "must lie in 0..=1"));
        }
        let max = req.max_concurrent_repairs.unwrap_or(self.settings.max_concurrent_repairs);
        if !(1..=64).contains(&max) {
            return Err(ApiError::field("max_concurrent_repairs", "must lie in 1..=64"));
        }
        if req.create_pr {
            return Err(ApiError::field(
                "create_pr",
                "opening pull requests is not supported; use auto_commit and push the maestro/heal-* branch",
            ));
        }
        let command = self.test_command(&root, req.test_command)?;
        let checks = crate::security::choose_checks(&self.settings.test_commands, &root, req.checks)?;
        if let Some(url) = &req.webhook_url {
            if !url.starts_with("http://") {
                return Err(ApiError::field("webhook_url", "only http:// URLs are supported"));
            }
            let s = &self.settings;
            crate::webhook::check_request_url(url, &s.webhook_hosts, s.webhook_allow_private).await.map_err(|e| {
                ApiError { status: StatusCode::FORBIDDEN, message: e.to_string(), field: Some("webhook_url".into()) }
            })?;
        }
        let project_path = root.to_string_lossy().into_owned();
        let conflict = |other: &str| ApiError {
            status: StatusCode::CONFLICT,
            message: format!("{project_path} is already monitored by orchestrator {other}"),
            field: Some("project_path".into()),
        };
        let config = OrchestratorConfig {
            orchestrator_id: new_id(),
            project_path: project_path.clone(),
            auto_fix: req.auto_fix,
            require_approval: req.require_approval,
            confidence_threshold: threshold,
            auto_commit: req.auto_commit,
            max_concurrent_repairs: max,
            test_command: command,
            checks,
            webhook_url: req.webhook_url,
            tests_only: req.tests_only,
            running: true,
            created_at: now_rfc3339(),
        };
        let id = config.orchestrator_id.clone();
        if let Some(sh) = &self.shared {
            let all = sh.configs().await.map_err(shared_error)?;
            if let Some(other) = all.iter().find(|c| c.running && c.project_path == project_path) {
                return Err(conflict(&other.orchestrator_id));
            }
            // The lease before the registry entry: no other process may see it running without an owner.
            sh.claim(&id).await.map_err(shared_error)?;
            sh.put_config(&config).await.map_err(shared_error)?;
            let handle = orchestrator::spawn(self.clone(), config);
            self.orchestrators_lock().insert(id.clone(), handle);
        } else {
            let mut running = self.orchestrators_lock();
            if let Some(other) = running.values().find(|o| o.config.project_path == project_path) {
                return Err(conflict(&other.config.orchestrator_id));
            }
            self.store.put_orchestrator(config.clone()).map_err(store_error)?;
            running.insert(id.clone(), orchestrator::spawn(self.clone(), config));
        }
        Ok(StartResponse {
            success: true,
            orchestrator_id: id,
            message: "Continuous Auto-Repair Service started".into(),
        })
    }

    /// Stops an orchestrator wherever it runs: here at once; in another process (Redis mode) by marking it
    /// stopped in the registry and waiting until its owner has let go of it (its next heartbeat).
    pub async fn stop_orchestrator(&self, id: &str) -> Result<MessageResponse, ApiError> {
        // A process knows what it runs even when Redis lost the registry (a flush, a restart without persistence).
        let local = self.with_orchestrator(id, |o| o.config.clone());
        let Some(mut config) = self.config(id).await?.or(local) else {
            return Err(ApiError::field("orchestrator_id", format!("no orchestrator {id}")).with_status(404));
        };
        let was_local = self.drop_local(id);
        let was_running = config.running;
        config.running = false;
        self.put_config(config).await?;
        let mut message =
            if was_running { "Orchestrator stopped".to_string() } else { "Orchestrator was already stopped".into() };
        if let Some(sh) = &self.shared {
            if was_local {
                sh.release(id).await.map_err(shared_error)?;
            } else if let Some(owner) = sh.owner(id).await.map_err(shared_error)? {
                let deadline = tokio::time::Instant::now() + 2 * sh.lease() + std::time::Duration::from_secs(1);
                loop {
                    if sh.owner(id).await.map_err(shared_error)?.as_deref() != Some(owner.as_str()) {
                        message = format!("Orchestrator stopped by its owner {owner}");
                        break;
                    }
                    if tokio::time::Instant::now() >= deadline {
                        return Err(ApiError::new(
                            StatusCode::GATEWAY_TIMEOUT,
                            format!(
                                "orchestrator {id} is marked stopped, but its owner {owner} has not acknowledged yet; \
                                 it stops at its next heartbeat or when its lease runs out"
                            ),
                        ));
                    }
                    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                }
            }
        }
        Ok(MessageResponse { success: true, message })
    }

    /// The running orchestrator's handle (for status and approval triggers).
    pub fn with_orchestrator<T>(&self, id: &str, f: impl FnOnce(&Orchestrator) -> T) -> Option<T> {
        self.orchestrators_lock().get(id).map(f)
    }

    pub fn running_count(&self) -> usize {
        self.orchestrators_lock().len()
    }

    /// Running orchestrators with a live owner (in any process, in Redis mode).
    pub async fn active(&self) -> Result<ActiveOrchestratorsResponse, ApiError> {
        let mut orchestrators: Vec<OrchestratorSummary> = match &self.shared {
            None => self
                .local()
                .into_iter()
                .map(|(c, s)| OrchestratorSummary {
                    orchestrator_id: c.orchestrator_id,
                    project_path: c.project_path,
                    is_running: true,
                    active_repairs: s.active_repairs,
                })
                .collect(),
            Some(sh) => {
                let running: Vec<OrchestratorConfig> =
                    sh.configs().await.map_err(shared_error)?.into_iter().filter(|c| c.running).collect();
                let ids: Vec<String> = running.iter().map(|c| c.orchestrator_id.clone()).collect();
                let owners = sh.owners(&ids).await.map_err(shared_error)?;
                let mut out = Vec::new();
                for (c, owner) in running.into_iter().zip(owners) {
                    if owner.is_none() {
                        continue;
                    }
                    let state = sh.state(&c.orchestrator_id).await.map_err(shared_error)?.unwrap_or_default();
                    out.push(OrchestratorSummary {
                        orchestrator_id: c.orchestrator_id,
                        project_path: c.project_path,
                        is_running: true,
                        active_repairs: state.active_repairs,
                    });
                }
                out
            }
        };
        orchestrators.sort_by(|a, b| a.project_path.cmp(&b.project_path));
        let total_count = orchestrators.len();
        Ok(ActiveOrchestratorsResponse { orchestrators, total_count })
    }

    pub async fn status(&self, id: &str) -> Result<StatusResponse, ApiError> {
        let config = self
            .config(id)
            .await?
            .ok_or_else(|| ApiError::field("orchestrator_id", format!("no orchestrator {id}")).with_status(404))?;
        let mut state = self.with_orchestrator(id, |o| o.state());
        let mut owner = state.as_ref().and(self.shared.as_ref().map(|sh| sh.me().to_string()));
        if let (None, Some(sh)) = (&state, &self.shared) {
            owner = sh.owner(id).await.map_err(shared_error)?;
            if owner.is_some() && config.running {
                state = Some(sh.state(id).await.map_err(shared_error)?.unwrap_or_default());
            }
        }
        let statistics = stats(&self.counts(Some(id)).await?);
        Ok(StatusResponse {
            orchestrator_id: id.into(),
            is_running: state.is_some(),
            project_path: config.project_path.clone(),
            active_repairs: state.as_ref().map_or(0, |s| s.active_repairs),
            queue_size: state.as_ref().map_or(0, |s| s.queue_size),
            last_run: state.and_then(|s| s.last_run),
            owner,
            config,
            statistics,
        })
    }

    /// One page of history; the SQLite read runs on the blocking pool.
    pub async fn history(self: &Arc<Self>, q: HistoryQuery) -> Result<HistoryResponse, ApiError> {
        let limit = q.limit.unwrap_or(50);
        if !(1..=1000).contains(&limit) {
            return Err(ApiError::field("limit", "must lie in 1..=1000"));
        }
        let offset = q.offset;
        let (records, total) = if let Some(sh) = &self.shared {
            let page =
                Page { orchestrator_id: q.orchestrator_id.as_deref(), status: q.status.as_deref(), limit, offset };
            sh.page(&page).await.map_err(shared_error)?
        } else {
            let app = self.clone();
            tokio::task::spawn_blocking(move || {
                app.store.page(&Page {
                    orchestrator_id: q.orchestrator_id.as_deref(),
                    status: q.status.as_deref(),
                    limit,
                    offset,
                })
            })
            .await
            .map_err(|e| ApiError::internal(format!("the history read panicked: {e}")))?
            .map_err(store_error)?
        };
        let repairs = records
            .into_iter()
            .map(|mut r| {
                r.held = None;
                r
            })
            .collect();
        Ok(HistoryResponse { repairs, total_count: total as usize, limit, offset })
    }

    /// From the counters kept next to the history: no history is read.
    pub async fn statistics(&self) -> Result<StatisticsResponse, ApiError> {
        let s = stats(&self.counts(None).await?);
        let attempted = s.successful_repairs + s.failed_repairs;
        let (active_orchestrators, total_jobs_processed) = match &self.shared {
            Some(sh) => (self.active().await?.total_count, sh.jobs_processed().await.map_err(shared_error)?),
            None => (self.running_count(), self.metrics.jobs_total()),
        };
        Ok(StatisticsResponse {
            active_orchestrators,
            total_jobs_processed,
            total_errors_detected: s.total_errors_detected,
            successful_repairs: s.successful_repairs,
            failed_repairs: s.failed_repairs,
            pending_approvals: s.pending_approvals,
            success_rate: if attempted == 0 {
                0.0
            } else {
                (1000.0 * s.successful_repairs as f64 / attempted as f64).round() / 10.0
            },
        })
    }

    /// One failure described by hand → the core's `heal_one`.
    pub async fn heal(&self, body: HealBody) -> Result<HealResponse, ApiError> {
        let started = Instant::now();
        if body.error_details.error_message.trim().is_empty()
            && body.error_details.stack_trace.as_deref().is_none_or(|s| s.trim().is_empty())
        {
            return Err(ApiError::field("error_details.error_message", "must not be empty"));
        }
        if body.file_path.trim().is_empty() {
            return Err(ApiError::field("file_path", "must not be empty"));
        }
        let root = match (&body.project_path, &body.source) {
            (Some(p), _) => self.check_root("project_path", p)?,
            (None, Some(_)) => self.scratch.clone(),
            (None, None) => {
                return Err(ApiError::field("project_path", "needed to read file_path when no source is given"))
            }
        };
        if body.source.is_none() {
            // The core refuses `..` and absolute paths outside the root; a symlink inside the project that points
            // out is refused here, before anything is read.
            let inside = std::fs::canonicalize(root.join(&body.file_path)).ok().is_some_and(|p| p.starts_with(&root));
            if !inside {
                return Err(ApiError {
                    status: StatusCode::FORBIDDEN,
                    message: format!("{}: no such file inside the project, or it resolves outside it", body.file_path),
                    field: Some("file_path".into()),
                });
            }
        }
        let req = HealRequest {
            file_path: PathBuf::from(&body.file_path),
            source: body.source,
            error_message: body.error_details.error_message,
            error_type: body.error_type,
            line_number: body.error_details.line_number,
            stack_trace: body.error_details.stack_trace,
        };
        let tests_only = body.tests_only;
        // Bounded: at most CARS_HEAL_THREADS heals hold blocking threads; the rest wait here, off any thread.
        let _slot = self.heal_pool.acquire().await.map_err(|_| ApiError::internal("the heal pool is closed"))?;
        let result = tokio::task::spawn_blocking(move || heal_one_with(&req, &root, tests_only))
            .await
            .map_err(|e| ApiError::internal(format!("the healer panicked: {e}")))?
            .map_err(|e| match e {
                HealError::EmptyMessage => ApiError::field("error_details.error_message", e.to_string()),
                HealError::TooLarge { .. } => ApiError::field("source", e.to_string()).with_status(413),
                HealError::OutsideProject(_) | HealError::SymlinkOutside { .. } | HealError::Source(_) => {
                    ApiError::field("file_path", e.to_string())
                }
            })?;
        let fixes: Vec<FixView> = result
            .fixes
            .into_iter()
            .map(|f| FixView {
                strategy: f.strategy.name().into(),
                confidence: f.confidence,
                applicability: applicability_name(f.applicability).into(),
                title: f.title,
                rationale: f.rationale,
                diff: f.diff,
                healed_code: f.healed_code,
                touches: f.touches.map(|r| r.name().to_string()),
            })
            .collect();
        let best = fixes.first();
        Ok(HealResponse {
            success: best.is_some(),
            healing_id: new_id(),
            confidence_score: best.map_or(0.0, |f| f.confidence),
            strategy: best.map(|f| f.strategy.clone()),
            healed_code: best.map(|f| f.healed_code.clone()),
            diff: best.map(|f| f.diff.clone()),
            fixes,
            execution_time: started.elapsed().as_secs_f64(),
        })
    }

    /// Runs the tests and validates the proposed fixes; writes nothing.
    pub async fn validate(&self, req: ValidateRequest) -> Result<Value, ApiError> {
        let root = self.check_root("project_path", &req.project_path)?;
        let threshold = req.confidence_threshold.unwrap_or(self.settings.default_threshold);
        if !(0.0..=1.0).contains(&threshold) {
            return Err(ApiError::field("confidence_threshold", "must lie in 0..=1"));
        }
        let command = self.test_command(&root, req.test_command)?;
        let mut opts = RunOptions::new(&root, command);
        opts.threshold = threshold;
        opts.timeout = self.settings.healing_timeout;
        opts.tests_only = req.tests_only;
        let report = tokio::task::spawn_blocking(move || heal_run(&opts, &mut |_| {}))
            .await
            .map_err(|e| ApiError::internal(format!("the healer panicked: {e}")))?
            .map_err(|e| ApiError::internal(e.to_string()))?;
        let fixes: Vec<Value> = report
            .failures
            .iter()
            .flat_map(|f| {
                f.fixes.iter().map(move |x| {
                    json!({
                        "test_id": f.failure.test_id,
                        "strategy": x.fix.strategy.name(),
                        "confidence": x.fix.confidence,
                        "validated": x.validated,
                        "decision": x.decision,
                        "touches": x.fix.touches.map(|r| r.name()),
                        "diff": x.fix.diff,
                    })
                })
            })
            .collect();
        Ok(json!({
            "project_path": report.project,
            "passed": report.initial.passed,
            "failures": report.initial.failures,
            "fixes": fixes,
        }))
    }

    /// Applies a held fix if the files are still as they were when it was validated.
    pub async fn approve(self: &Arc<Self>, req: DecisionRequest) -> Result<DecisionResponse, ApiError> {
        let mut record = self.pending(&req.repair_id).await?;
        let root = self.check_root("project_path", &record.project_path)?;
        let held = record.held.clone().ok_or_else(|| ApiError::internal("the held fix was not stored"))?;
        let lock = record.orchestrator_id.as_deref().and_then(|id| self.with_orchestrator(id, |o| o.project_lock()));
        let _guard = match &lock {
            Some(l) => Some(l.lock().await),
            None => None,
        };
        let files = held.files.clone();
        let root2 = root.clone();
        let applied = tokio::task::spawn_blocking(move || -> Result<Vec<PathBuf>, ApiError> {
            for f in &files {
                let now = std::fs::read_to_string(root2.join(&f.path)).unwrap_or_default();
                if now != f.original {
                    return Err(ApiError {
                        status: StatusCode::CONFLICT,
                        message: format!("{} changed since the fix was validated; not applied", f.path.display()),
                        field: Some("repair_id".into()),
                    });
                }
            }
            let mut ws = Workspace::open(&root2).map_err(|e| ApiError::new(StatusCode::CONFLICT, e.to_string()))?;
            let mut written: Vec<PathBuf> = Vec::new();
            for f in &files {
                if let Err(e) = ws.write(&f.path, &f.healed) {
                    for w in &written {
                        let _ = ws.restore(w);
                    }
                    return Err(ApiError::internal(format!("could not apply: {e}; nothing was changed")));
                }
                written.push(f.path.clone());
            }
            Ok(written)
        })
        .await
        .map_err(|e| ApiError::internal(format!("apply panicked: {e}")))?;
        let applied = match applied {
            Ok(a) => a,
            Err(e) if e.status == StatusCode::CONFLICT && e.field.is_some() => {
                record.status = "stale".into();
                record.decision = e.message.clone();
                self.put_repair(record).await?;
                return Err(e);
            }
            Err(e) => return Err(e),
        };
        record.status = "approved".into();
        record.decision = format!("approved{}", req.reason.map(|r| format!(": {r}")).unwrap_or_default());
        let config = match record.orchestrator_id.as_deref() {
            Some(id) => self.config(id).await?,
            None => None,
        };
        if config.as_ref().is_some_and(|c| c.auto_commit) {
            orchestrator::commit(&root, std::slice::from_mut(&mut record), &applied);
        }
        record.held = None;
        self.put_repair(record.clone()).await?;
        self.metrics.repair("approved", record.strategy.as_deref().unwrap_or("none"));
        self.events.publish("results", "repair", json!(record), config.and_then(|c| c.webhook_url));
        drop(_guard);
        if let Some(id) = &record.orchestrator_id {
            self.with_orchestrator(id, |o| o.trigger("approval"));
        }
        Ok(DecisionResponse {
            success: true,
            repair_id: record.repair_id,
            status: record.status,
            message: format!("applied to {} file(s)", applied.len()),
        })
    }

    pub async fn reject(&self, req: DecisionRequest) -> Result<DecisionResponse, ApiError> {
        let mut record = self.pending(&req.repair_id).await?;
        record.status = "rejected".into();
        record.decision = format!("rejected{}", req.reason.map(|r| format!(": {r}")).unwrap_or_default());
        record.held = None;
        self.put_repair(record.clone()).await?;
        self.metrics.repair("rejected", record.strategy.as_deref().unwrap_or("none"));
        let hook = match record.orchestrator_id.as_deref() {
            Some(id) => self.config(id).await?.and_then(|c| c.webhook_url),
            None => None,
        };
        self.events.publish("results", "repair", json!(record), hook);
        Ok(DecisionResponse {
            success: true,
            repair_id: record.repair_id,
            status: record.status,
            message: "the fix was discarded".into(),
        })
    }

    async fn pending(&self, id: &str) -> Result<RepairRecord, ApiError> {
        let record = self
            .repair(id)
            .await?
            .ok_or_else(|| ApiError::field("repair_id", format!("no repair {id}")).with_status(404))?;
        if record.status != "pending_approval" {
            return Err(ApiError {
                status: StatusCode::CONFLICT,
                message: format!("repair {id} is {}, not pending_approval", record.status),
                field: Some("repair_id".into()),
            });
        }
        Ok(record)
    }
}

/// `python -m pytest -q`, or `npx vitest run` for a Node project.
pub fn default_command(root: &Path) -> Vec<String> {
    let argv: &[&str] =
        if root.join("package.json").exists() { &["npx", "vitest", "run"] } else { &["python", "-m", "pytest", "-q"] };
    argv.iter().map(|s| s.to_string()).collect()
}

fn applicability_name(a: Applicability) -> &'static str {
    match a {
        Applicability::DisplayOnly => "display_only",
        Applicability::Unsafe => "unsafe",
        Applicability::Safe => "safe",
    }
}

/// Statistics from counts by status.
pub fn stats(counts: &Counts) -> OrchestratorStatistics {
    let successful = counts.get("success") + counts.get("approved");
    let failed = counts.get("failed");
    let attempted = successful + failed;
    OrchestratorStatistics {
        total_errors_detected: counts.total(),
        total_repairs_attempted: attempted,
        successful_repairs: successful,
        failed_repairs: failed,
        pending_approvals: counts.get("pending_approval"),
        success_rate: if attempted == 0 {
            "n/a".into()
        } else {
            format!("{:.1}%", 100.0 * successful as f64 / attempted as f64)
        },
    }
}
