//! The Redis Streams adapter: consumer-group workers for the jobs, errors and healing streams.
//!
//! At-least-once: XREADGROUP → process → publish the result on the results stream → XACK. A job id that already
//! has a result is acknowledged without running again (idempotent). Entries a dead worker left pending are taken
//! over with XAUTOCLAIM once idle for `CARS_CLAIM_IDLE_MS`. A malformed message goes to the dead-letter stream at
//! once; a job that keeps failing goes there after `CARS_MAX_DELIVERIES` deliveries, with its error.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use redis::streams::{StreamAutoClaimOptions, StreamId, StreamPendingCountReply, StreamReadOptions, StreamReadReply};
use redis::{AsyncCommands, RedisResult, Value};

use crate::app::App;
use crate::events::names;
use crate::ids::now_rfc3339;
use crate::jobs::{Job, JobError};

/// How long a job's result marker and last error are kept.
const MARKER_TTL_SECONDS: u64 = 7 * 24 * 3600;

/// The (stream, group) pairs the workers consume.
pub const CONSUMED: [(&str, &str); 3] = [
    (names::JOBS, names::AUTOMATION_WORKERS),
    (names::ERRORS, names::MONITORING_WORKERS),
    (names::HEALING, names::HEALING_WORKERS),
];

fn done_key(job_id: &str) -> String {
    format!("maestro:cars:job:{job_id}:done")
}

fn error_key(job_id: &str) -> String {
    format!("maestro:cars:job:{job_id}:error")
}

/// The longest wait between two attempts to reach a Redis that is down.
const MAX_BACKOFF: Duration = Duration::from_secs(2);

/// A connection that reconnects by itself, with backoff, after Redis went away (a restart, a network cut).
/// `response_timeout` bounds every command, so a Redis that stops answering is noticed too.
pub async fn manager(client: &redis::Client, response_timeout: Duration) -> RedisResult<ConnectionManager> {
    let config = ConnectionManagerConfig::new()
        .set_connection_timeout(Some(Duration::from_secs(2)))
        .set_response_timeout(Some(response_timeout))
        .set_number_of_retries(3)
        .set_max_delay(MAX_BACKOFF);
    ConnectionManager::new_with_config(client.clone(), config).await
}

/// Creates the consumer groups (reading from the start of each stream, so jobs queued before any worker existed
/// are processed), starts `CARS_WORKERS` workers per group and the watch that tells `/health` whether Redis is
/// reachable.
pub async fn spawn_workers(app: &Arc<App>, url: &str) -> RedisResult<()> {
    let client = redis::Client::open(url)?;
    let mut conn = manager(&client, Duration::from_secs(5)).await?;
    for (stream, group) in CONSUMED.into_iter().chain([(names::RESULTS, names::RESULT_CONSUMERS)]) {
        let r: RedisResult<()> = conn.xgroup_create_mkstream(stream, group, "0").await;
        if let Err(e) = r {
            if e.code() != Some("BUSYGROUP") {
                return Err(e);
            }
        }
    }
    for (stream, group) in CONSUMED {
        for n in 0..app.settings.workers {
            // A blocking read holds its connection: each worker gets its own, with a response timeout longer
            // than the block.
            let reader = manager(&client, app.settings.block + Duration::from_secs(10)).await?;
            let worker = Worker {
                app: app.clone(),
                stream,
                group,
                consumer: format!("{}-{n}", app.settings.consumer_name),
                reader,
                conn: conn.clone(),
            };
            tokio::spawn(worker.run());
        }
    }
    tokio::spawn(watch(app.clone(), conn));
    Ok(())
}

/// Pings Redis twice a second and records whether it answers, so `/health` turns `degraded` (with the reason)
/// while it is unreachable and recovers by itself when it is back.
async fn watch(app: Arc<App>, mut conn: ConnectionManager) {
    loop {
        let ping = redis::cmd("PING");
        let problem = match tokio::time::timeout(Duration::from_secs(1), ping.query_async::<String>(&mut conn)).await {
            Ok(Ok(_)) => None,
            Ok(Err(e)) => Some(format!("Redis is unreachable: {e}")),
            Err(_) => Some("Redis did not answer PING within 1 s".to_string()),
        };
        match problem {
            None => {
                if app.backend.set_up() {
                    eprintln!("cars: Redis is reachable again; the workers go on");
                }
            }
            Some(p) => {
                if app.backend.set_down(p.clone()) {
                    eprintln!("cars: {p}; retrying with backoff, /health reports degraded");
                }
            }
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

struct Worker {
    app: Arc<App>,
    stream: &'static str,
    group: &'static str,
    consumer: String,
    reader: ConnectionManager,
    conn: ConnectionManager,
}

impl Worker {
    async fn run(mut self) {
        let mut backoff = Duration::from_millis(100);
        // Errors are logged when they start, not at every retry: a Redis outage would flood the log otherwise.
        let mut failing = false;
        loop {
            match self.round().await {
                Ok(()) => {
                    backoff = Duration::from_millis(100);
                    failing = false;
                }
                // The stream or its group is gone (FLUSHALL, a Redis restart without persistence, DEL): create
                // both again, from the start of whatever stream now exists, and go on at once.
                Err(e) if e.code() == Some("NOGROUP") => {
                    let r: RedisResult<()> = self.conn.xgroup_create_mkstream(self.stream, self.group, "0").await;
                    match r {
                        Ok(()) => eprintln!("cars: recreated group {} on {}", self.group, self.stream),
                        Err(e) if e.code() == Some("BUSYGROUP") => {}
                        Err(e) => {
                            eprintln!("cars: cannot recreate group {} on {}: {e}", self.group, self.stream);
                            tokio::time::sleep(backoff).await;
                        }
                    }
                }
                Err(e) => {
                    if !failing {
                        eprintln!("cars: worker {} on {}: {e}; retrying with backoff", self.consumer, self.stream);
                        failing = true;
                    }
                    tokio::time::sleep(backoff).await;
                    backoff = (backoff * 2).min(MAX_BACKOFF);
                }
            }
        }
    }

    /// Claims stale entries, then reads new ones; processes whatever it got.
    async fn round(&mut self) -> RedisResult<()> {
        let idle = self.app.settings.claim_idle.as_millis() as u64;
        let claimed: redis::streams::StreamAutoClaimReply = self
            .conn
            .xautoclaim_options(
                self.stream,
                self.group,
                &self.consumer,
                idle,
                "0-0",
                StreamAutoClaimOptions::default().count(10),
            )
            .await?;
        for entry in claimed.claimed {
            self.handle(entry).await?;
        }
        let opts = StreamReadOptions::default()
            .group(self.group, &self.consumer)
            .count(1)
            .block(self.app.settings.block.as_millis() as usize);
        let reply: Option<StreamReadReply> = self.reader.xread_options(&[self.stream], &[">"], &opts).await?;
        for key in reply.map(|r| r.keys).unwrap_or_default() {
            for entry in key.ids {
                self.handle(entry).await?;
            }
        }
        Ok(())
    }

    async fn deliveries(&mut self, id: &str) -> RedisResult<u64> {
        let pending: StreamPendingCountReply = self.conn.xpending_count(self.stream, self.group, id, id, 1).await?;
        Ok(pending.ids.first().map_or(1, |p| p.times_delivered as u64))
    }

    async fn handle(&mut self, entry: StreamId) -> RedisResult<()> {
        let fields = text_fields(&entry.map);
        let job_id = fields.get("job_id").cloned().unwrap_or_else(|| entry.id.clone());
        let kind = fields.get("type").cloned().unwrap_or_default();
        let job = match (fields.get("type"), fields.get("payload")) {
            (Some(kind), Some(payload)) => Job::parse(kind, payload),
            (None, _) => Err(JobError::Failed("the message has no `type` field".into())),
            (_, None) => Err(JobError::Failed("the message has no `payload` field".into())),
        };
        let job = match job {
            Ok(job) => job,
            Err(e) => return self.dead_letter(&entry, &fields, &job_id, "malformed", &e.describe(), 1).await,
        };
        let done: bool = self.conn.exists(done_key(&job_id)).await?;
        if done {
            return self.ack(&entry.id).await;
        }
        let deliveries = self.deliveries(&entry.id).await?;
        if deliveries > self.app.settings.max_deliveries {
            let last: Option<String> = self.conn.get(error_key(&job_id)).await?;
            let error = last.unwrap_or_else(|| "the worker processing it stopped before finishing".into());
            return self.dead_letter(&entry, &fields, &job_id, "too_many_deliveries", &error, deliveries).await;
        }
        let heartbeat = self.heartbeat(&entry.id);
        let outcome = self.app.process(job).await;
        heartbeat.abort();
        match outcome {
            Ok(result) => {
                let text = serde_json::json!({ "job_id": job_id, "repair_id": job_id, "type": kind, "status": "success", "result": result,
                                               "worker": self.consumer, "deliveries": deliveries })
                .to_string();
                self.publish(&job_id, &kind, "success", &text).await?;
                let _: () = self.conn.set_ex(done_key(&job_id), &self.consumer, MARKER_TTL_SECONDS).await?;
                self.ack(&entry.id).await
            }
            Err(e @ JobError::Rejected(_)) => {
                self.dead_letter(&entry, &fields, &job_id, "rejected", &e.describe(), deliveries).await
            }
            Err(JobError::Failed(error)) => {
                let _: () = self.conn.set_ex(error_key(&job_id), &error, MARKER_TTL_SECONDS).await?;
                if deliveries >= self.app.settings.max_deliveries {
                    self.dead_letter(&entry, &fields, &job_id, "too_many_deliveries", &error, deliveries).await
                } else {
                    // Left pending: another delivery comes through XAUTOCLAIM once it is idle long enough.
                    eprintln!("cars: job {job_id} failed (delivery {deliveries}): {error}");
                    Ok(())
                }
            }
        }
    }

    /// While a job runs, re-claims its entry for this consumer (resetting its idle time) so no other worker
    /// takes over a job that is merely slow.
    fn heartbeat(&self, id: &str) -> tokio::task::JoinHandle<()> {
        let mut conn = self.conn.clone();
        let (stream, group, consumer, id) = (self.stream, self.group, self.consumer.clone(), id.to_string());
        let every = (self.app.settings.claim_idle / 3).max(Duration::from_millis(50));
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(every).await;
                let r: RedisResult<Value> = redis::cmd("XCLAIM")
                    .arg(stream)
                    .arg(group)
                    .arg(&consumer)
                    .arg(0)
                    .arg(&id)
                    .arg("JUSTID")
                    .query_async(&mut conn)
                    .await;
                if r.is_err() {
                    break;
                }
            }
        })
    }

    async fn publish(&mut self, job_id: &str, kind: &str, status: &str, text: &str) -> RedisResult<()> {
        let fields = [
            ("job_id", job_id),
            ("repair_id", job_id),
            ("type", kind),
            ("status", status),
            ("result", text),
            ("worker", &self.consumer),
            ("timestamp", &now_rfc3339()),
        ];
        let _: String = self.conn.xadd(names::RESULTS, "*", &fields).await?;
        Ok(())
    }

    async fn ack(&mut self, id: &str) -> RedisResult<()> {
        let _: u64 = self.conn.xack(self.stream, self.group, &[id]).await?;
        Ok(())
    }

    async fn dead_letter(
        &mut self,
        entry: &StreamId,
        fields: &HashMap<String, String>,
        job_id: &str,
        reason: &str,
        error: &str,
        deliveries: u64,
    ) -> RedisResult<()> {
        let original = serde_json::to_string(fields).unwrap_or_default();
        let deliveries = deliveries.to_string();
        let dl = [
            ("job_id", job_id),
            ("stream", self.stream),
            ("message_id", entry.id.as_str()),
            ("reason", reason),
            ("error", error),
            ("deliveries", deliveries.as_str()),
            ("original", original.as_str()),
            ("worker", self.consumer.as_str()),
            ("timestamp", &now_rfc3339()),
        ];
        let _: String = self.conn.xadd(names::DEAD_LETTER, "*", &dl).await?;
        self.app.metrics.dead_letter(reason);
        let text =
            serde_json::json!({ "job_id": job_id, "repair_id": job_id, "status": "dead_letter", "reason": reason,
                                       "error": error })
            .to_string();
        let kind = fields.get("type").map(String::as_str).unwrap_or("unknown");
        self.publish(job_id, kind, "dead_letter", &text).await?;
        eprintln!("cars: message {} on {} dead-lettered ({reason}): {error}", entry.id, self.stream);
        self.ack(&entry.id).await
    }
}

/// Field values as text; binary or nested values are shown in debug form so a dead letter still says what came.
fn text_fields(map: &HashMap<String, Value>) -> HashMap<String, String> {
    map.iter()
        .map(|(k, v)| {
            let text = match v {
                Value::BulkString(b) => String::from_utf8_lossy(b).into_owned(),
                Value::SimpleString(s) => s.clone(),
                Value::Int(i) => i.to_string(),
                other => format!("{other:?}"),
            };
            (k.clone(), text)
        })
        .collect()
}
