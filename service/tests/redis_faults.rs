//! Redis going away under a running `maestro-cars`: each test starts its own `redis-server` (append-only file,
//! fsync on every write, so what Redis acknowledged survives a SIGKILL), kills it mid-work and starts it again
//! on the same port. Nothing may be lost and the service must recover by itself.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use common::*;
use redis::AsyncCommands;
use serde_json::{json, Value};

const JOBS: &str = "maestro:streams:automation:jobs";
const RESULTS: &str = "maestro:streams:automation:results";

/// A private redis-server on a free loopback port; stopped by pid on drop.
struct PrivateRedis {
    dir: tempfile::TempDir,
    port: u16,
}

impl PrivateRedis {
    fn start() -> PrivateRedis {
        let r = PrivateRedis { dir: tempfile::tempdir().unwrap(), port: free_port() };
        r.launch();
        r
    }

    fn pidfile(&self) -> PathBuf {
        self.dir.path().join("redis.pid")
    }

    fn url(&self) -> String {
        format!("redis://127.0.0.1:{}", self.port)
    }

    /// Starts (or restarts, reloading the append-only file) the server and waits until it answers.
    fn launch(&self) {
        let dir = self.dir.path();
        let status = Command::new("redis-server")
            .args(["--port", &self.port.to_string(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "yes"])
            .args(["--appendfsync", "always", "--daemonize", "yes", "--dir"])
            .arg(dir)
            .arg("--pidfile")
            .arg(self.pidfile())
            .arg("--logfile")
            .arg(dir.join("redis.log"))
            .status()
            .expect("redis-server is not installed (apt-get install -y redis-server)");
        assert!(status.success());
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", self.port)).is_ok() && self.pid().is_some() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("redis-server did not start: {}", std::fs::read_to_string(dir.join("redis.log")).unwrap_or_default());
    }

    fn pid(&self) -> Option<i32> {
        std::fs::read_to_string(self.pidfile()).ok()?.trim().parse().ok()
    }

    /// SIGKILL: no chance to say goodbye to its clients.
    fn kill(&self) {
        let Some(pid) = self.pid() else { return };
        let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
        for _ in 0..100 {
            if !Path::new(&format!("/proc/{pid}")).exists() {
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = std::fs::remove_file(self.pidfile());
    }
}

impl Drop for PrivateRedis {
    fn drop(&mut self) {
        self.kill();
    }
}

async fn connect(url: &str) -> redis::aio::MultiplexedConnection {
    redis::Client::open(url).unwrap().get_multiplexed_async_connection().await.unwrap()
}

async fn result_ids(conn: &mut redis::aio::MultiplexedConnection) -> Vec<String> {
    let reply: redis::streams::StreamRangeReply = conn.xrange_all(RESULTS).await.unwrap();
    reply
        .ids
        .into_iter()
        .filter_map(|e| e.map.get("job_id").map(|v| redis::from_redis_value::<String>(v.clone()).unwrap()))
        .collect()
}

fn heal_payload() -> String {
    json!({ "file_path": "tests/test_x.py", "source": BROKEN_TEST, "error_type": "SyntaxError",
            "error_details": { "error_message": "SyntaxError: expected ':'", "line_number": 4 } })
    .to_string()
}

async fn health(addr: std::net::SocketAddr) -> (u16, Value) {
    http(addr, "GET", "/health", None, None).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redis_restart_under_load_loses_no_job_and_health_says_degraded_meanwhile() {
    let redis = PrivateRedis::start();
    let url = redis.url();
    let root = tempfile::tempdir().unwrap();
    let root_path = root.path().canonicalize().unwrap();
    let data = tempfile::tempdir().unwrap();
    let slow = project(&root_path, "slow", "import time\n\n\ndef test_slow():\n    time.sleep(2)\n");
    let service = Binary::spawn(&[
        ("REDIS_URL", url.as_str()),
        ("CARS_ALLOWED_ROOTS", root_path.to_str().unwrap()),
        ("CARS_DATA_DIR", data.path().to_str().unwrap()),
        ("CARS_CONSUMER_NAME", "w"),
        ("CARS_WORKERS", "2"),
        ("CARS_BLOCK_MS", "200"),
        ("CARS_CLAIM_IDLE_MS", "1500"),
        ("ERROR_MONITOR_INTERVAL", "3600"),
    ]);
    service.ready().await;
    let (code, body) = health(service.addr).await;
    assert_eq!(
        (code, body["status"].as_str(), body["message_handler_running"].as_bool()),
        (200, Some("healthy"), Some(true))
    );

    // Load: a slow validation (in flight when Redis dies) and a burst of heals.
    let mut conn = connect(&url).await;
    let mut sent: HashSet<String> = HashSet::new();
    let validate = json!({ "project_path": slow, "test_command": pytest_command() }).to_string();
    let _: String =
        conn.xadd(JOBS, "*", &[("type", "validate"), ("payload", &validate), ("job_id", "slow")]).await.unwrap();
    sent.insert("slow".into());
    tokio::time::sleep(Duration::from_millis(700)).await;
    let heal = heal_payload();
    for i in 0..20 {
        let id = format!("before-{i}");
        let _: String = conn.xadd(JOBS, "*", &[("type", "heal"), ("payload", &heal), ("job_id", &id)]).await.unwrap();
        sent.insert(id);
    }
    redis.kill();

    // While Redis is down: degraded, with the reason, and the handler honestly not running.
    let degraded = wait_for(Duration::from_secs(10), "/health to report degraded", || async {
        let (code, body) = health(service.addr).await;
        (code == 503).then_some(body)
    })
    .await;
    assert_eq!(degraded["status"], "degraded", "{degraded}");
    assert_eq!(degraded["message_handler_running"], false, "{degraded}");
    assert!(degraded["reason"].as_str().is_some_and(|r| r.contains("Redis")), "{degraded}");
    // Reads of the shared state say at once that Redis is away, rather than hang.
    let asked = std::time::Instant::now();
    let (code, body) = http(service.addr, "GET", "/api/automation/statistics", None, None).await;
    assert_eq!(code, 503, "{body}");
    assert!(body["error"].as_str().is_some_and(|e| e.contains("Redis")), "{body}");
    assert!(asked.elapsed() < Duration::from_secs(6), "took {:?}", asked.elapsed());
    tokio::time::sleep(Duration::from_secs(3)).await;

    redis.launch();
    wait_for(Duration::from_secs(15), "/health to recover by itself", || async {
        let (code, body) = health(service.addr).await;
        (code == 200 && body["status"] == "healthy" && body["message_handler_running"] == true).then_some(())
    })
    .await;
    let mut conn = connect(&url).await;
    for i in 0..5 {
        let id = format!("after-{i}");
        let _: String = conn.xadd(JOBS, "*", &[("type", "heal"), ("payload", &heal), ("job_id", &id)]).await.unwrap();
        sent.insert(id);
    }
    let done = wait_for(Duration::from_secs(60), "a result for every job sent", || {
        let mut conn = conn.clone();
        let sent = sent.clone();
        async move {
            let ids: HashSet<String> = result_ids(&mut conn).await.into_iter().collect();
            sent.is_subset(&ids).then_some(ids)
        }
    })
    .await;
    assert_eq!(done, sent, "no job lost, none invented");
    let pending: redis::streams::StreamPendingReply = conn.xpending(JOBS, "automation-workers").await.unwrap();
    assert_eq!(pending.count(), 0, "everything was acknowledged");
}
