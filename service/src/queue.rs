//! The embedded job queue: the same pipeline as the Redis workers, on an in-process channel, for a
//! `maestro-cars` with nothing else installed.

use std::sync::Arc;

use serde_json::Value;
use tokio::sync::{mpsc, oneshot, Mutex};

use crate::app::App;
use crate::jobs::{Job, JobError};

/// A job waiting for a worker, and where its result goes.
pub struct Work {
    pub job_id: String,
    pub job: Job,
    reply: oneshot::Sender<Result<Value, JobError>>,
}

/// The sending side.
pub struct LocalQueue {
    tx: mpsc::Sender<Work>,
}

impl LocalQueue {
    /// A queue holding at most `capacity` waiting jobs (submitters wait beyond that: back-pressure).
    pub fn new(capacity: usize) -> (LocalQueue, mpsc::Receiver<Work>) {
        let (tx, rx) = mpsc::channel(capacity.max(1));
        (LocalQueue { tx }, rx)
    }

    /// Queues a job and waits for its result.
    pub async fn submit(&self, job_id: String, job: Job) -> Result<Value, JobError> {
        let (reply, answer) = oneshot::channel();
        self.tx
            .send(Work { job_id, job, reply })
            .await
            .map_err(|_| JobError::Failed("the job workers have stopped".into()))?;
        answer.await.map_err(|_| JobError::Failed("the job worker dropped the job".into()))?
    }
}

/// `CARS_WORKERS` workers sharing the receiver.
pub fn spawn_workers(app: &Arc<App>, rx: mpsc::Receiver<Work>) {
    let rx = Arc::new(Mutex::new(rx));
    for _ in 0..app.settings.workers {
        let app = app.clone();
        let rx = rx.clone();
        tokio::spawn(async move {
            loop {
                let next = rx.lock().await.recv().await;
                let Some(work) = next else { break };
                // Each job in its own task: a panic in one fails that job, not the worker.
                let app2 = app.clone();
                let job = work.job;
                let result = tokio::spawn(async move { app2.process(job).await })
                    .await
                    .unwrap_or_else(|e| Err(JobError::Failed(format!("job {} panicked: {e}", work.job_id))));
                let _ = work.reply.send(result);
            }
        });
    }
}
