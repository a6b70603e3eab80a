//! Notifications: every event goes to a Redis stream (in Redis mode) and to the configured webhooks, delivered
//! in the background so a slow receiver never holds up a repair.

use std::sync::Arc;

use serde_json::{json, Value};

use crate::ids::now_rfc3339;
use crate::metrics::Metrics;
use crate::settings::Settings;

/// Stream names, as the original service's consumers expect them.
pub mod names {
    pub const JOBS: &str = "maestro:streams:automation:jobs";
    pub const ERRORS: &str = "maestro:streams:automation:errors";
    pub const HEALING: &str = "maestro:streams:automation:healing";
    pub const VALIDATION: &str = "maestro:streams:automation:validation";
    pub const RESULTS: &str = "maestro:streams:automation:results";
    /// Messages that could not be processed, with the error.
    pub const DEAD_LETTER: &str = "maestro:streams:automation:dead-letter";
    pub const AUTOMATION_WORKERS: &str = "automation-workers";
    pub const HEALING_WORKERS: &str = "healing-workers";
    pub const MONITORING_WORKERS: &str = "monitoring-workers";
    /// The group the reference's results consumer reads with (created at start-up, from the stream's start).
    pub const RESULT_CONSUMERS: &str = "result-consumers";

    /// `results` → `maestro:streams:automation:results`.
    pub fn stream(suffix: &str) -> String {
        format!("maestro:streams:automation:{suffix}")
    }
}

/// Where events go.
pub struct EventSink {
    #[cfg(feature = "redis")]
    redis: Option<redis::aio::ConnectionManager>,
    webhook: Option<String>,
    /// Where webhooks named in requests may connect.
    request_reach: crate::webhook::Reach,
    retries: u32,
    metrics: Arc<Metrics>,
}

impl EventSink {
    /// Connects to Redis when `REDIS_URL` is set.
    pub async fn connect(settings: &Settings, metrics: Arc<Metrics>) -> Result<EventSink, String> {
        #[cfg(feature = "redis")]
        let redis = match &settings.redis_url {
            Some(url) => {
                let client = redis::Client::open(url.as_str()).map_err(|e| e.to_string())?;
                Some(
                    crate::streams::manager(&client, std::time::Duration::from_secs(5))
                        .await
                        .map_err(|e| e.to_string())?,
                )
            }
            None => None,
        };
        #[cfg(not(feature = "redis"))]
        if settings.redis_url.is_some() {
            return Err("this build has no Redis support (feature `redis`); unset REDIS_URL".into());
        }
        Ok(EventSink {
            #[cfg(feature = "redis")]
            redis,
            webhook: settings.webhook_url.clone(),
            request_reach: if settings.webhook_allow_private {
                crate::webhook::Reach::Any
            } else {
                crate::webhook::Reach::Public
            },
            retries: settings.webhook_retries,
            metrics,
        })
    }

    /// The Redis connection, in Redis mode.
    #[cfg(feature = "redis")]
    pub fn redis(&self) -> Option<redis::aio::ConnectionManager> {
        self.redis.clone()
    }

    /// Publishes `data` as an event of `kind` on the stream `suffix` and to the webhooks (the global one and
    /// `extra_webhook`, a request's: checked again at each connection).
    pub fn publish(&self, suffix: &str, kind: &str, data: Value, extra_webhook: Option<String>) {
        let mut body = json!({ "event": kind, "timestamp": now_rfc3339(), "data": data });
        // The reference's consumer reads `result["repair_id"]` and `result["status"]` at the top of every entry:
        // null for events about no single repair (detection, cycle_error), whose status is the event's kind.
        body["repair_id"] = body["data"].get("repair_id").cloned().unwrap_or(Value::Null);
        body["status"] = body["data"].get("status").cloned().unwrap_or_else(|| json!(kind));
        let text = body.to_string();
        #[cfg(feature = "redis")]
        if let Some(mut conn) = self.redis.clone() {
            let stream = names::stream(suffix);
            let kind = kind.to_string();
            let text = text.clone();
            tokio::spawn(async move {
                let fields = [("type", kind.as_str()), ("result", text.as_str()), ("timestamp", &now_rfc3339())];
                let r: redis::RedisResult<String> = redis::AsyncCommands::xadd(&mut conn, &stream, "*", &fields).await;
                if let Err(e) = r {
                    eprintln!("cars: could not publish to {stream}: {e}");
                }
            });
        }
        #[cfg(not(feature = "redis"))]
        let _ = suffix;
        let global = self.webhook.iter().map(|u| (u.clone(), crate::webhook::Reach::Any));
        for (url, reach) in global.chain(extra_webhook.map(|u| (u, self.request_reach))) {
            let text = text.clone();
            let retries = self.retries;
            let metrics = self.metrics.clone();
            tokio::spawn(async move {
                match crate::webhook::deliver(&url, text.as_bytes(), retries, reach).await {
                    Ok(1) => metrics.webhook("delivered"),
                    Ok(_) => metrics.webhook("delivered_after_retry"),
                    Err(e) => {
                        metrics.webhook("failed");
                        eprintln!("cars: webhook gave up after {} attempts: {e}", retries + 1);
                    }
                }
            });
        }
    }
}
