//! The Redis Streams mode against a real `redis-server` (`MAESTRO_TEST_REDIS_URL`, started by
//! `scripts/test.sh`): competing workers, a worker killed mid-job, poison messages, dead letters, idempotency,
//! auth and path escapes, with real `maestro-cars` processes.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use common::*;
use redis::AsyncCommands;
use serde_json::{json, Value};

const JOBS: &str = "maestro:streams:automation:jobs";
const ERRORS: &str = "maestro:streams:automation:errors";
const RESULTS: &str = "maestro:streams:automation:results";
const DEAD: &str = "maestro:streams:automation:dead-letter";

/// The test server's URL with its own database, emptied: each test gets a private set of streams.
async fn redis_db(db: u8) -> (String, redis::aio::MultiplexedConnection) {
    let base = std::env::var("MAESTRO_TEST_REDIS_URL").unwrap_or_else(|_| {
        panic!(
            "MAESTRO_TEST_REDIS_URL is not set: these tests need a real redis-server. Run `bash scripts/test.sh`, \
             which starts one on a free loopback port, or start one yourself and export \
             MAESTRO_TEST_REDIS_URL=redis://127.0.0.1:PORT"
        )
    });
    let url = format!("{}/{db}", base.trim_end_matches('/'));
    let client = redis::Client::open(url.as_str()).unwrap();
    let mut conn = client.get_multiplexed_async_connection().await.unwrap();
    let _: () = redis::cmd("FLUSHDB").query_async(&mut conn).await.unwrap();
    (url, conn)
}

type Entry = HashMap<String, String>;

async fn entries(conn: &mut redis::aio::MultiplexedConnection, stream: &str) -> Vec<Entry> {
    let reply: redis::streams::StreamRangeReply = conn.xrange_all(stream).await.unwrap();
    reply
        .ids
        .into_iter()
        .map(|id| id.map.into_iter().map(|(k, v)| (k, redis::from_redis_value::<String>(v).unwrap())).collect())
        .collect()
}

async fn add(conn: &mut redis::aio::MultiplexedConnection, stream: &str, fields: &[(&str, &str)]) -> String {
    conn.xadd(stream, "*", fields).await.unwrap()
}

/// Job results (not orchestrator events) on the results stream, by job id.
async fn results(conn: &mut redis::aio::MultiplexedConnection) -> Vec<Entry> {
    entries(conn, RESULTS).await.into_iter().filter(|e| e.contains_key("job_id")).collect()
}

fn heal_payload() -> String {
    json!({ "file_path": "tests/test_x.py", "source": BROKEN_TEST, "error_type": "SyntaxError",
            "error_details": { "error_message": "SyntaxError: expected ':'", "line_number": 4 } })
    .to_string()
}

fn env<'a>(
    url: &'a str,
    root: &'a str,
    data: &'a str,
    name: &'a str,
    extra: &[(&'a str, &'a str)],
) -> Vec<(&'a str, &'a str)> {
    let mut v = vec![
        ("REDIS_URL", url),
        ("CARS_ALLOWED_ROOTS", root),
        ("CARS_DATA_DIR", data),
        ("CARS_CONSUMER_NAME", name),
        ("CARS_WORKERS", "1"),
        ("CARS_BLOCK_MS", "200"),
        ("ERROR_MONITOR_INTERVAL", "3600"),
    ];
    v.extend_from_slice(extra);
    v
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_competing_workers_share_the_jobs_once_each() {
    let (url, mut conn) = redis_db(1).await;
    let root = tempfile::tempdir().unwrap();
    let root_path = root.path().canonicalize().unwrap();
    let (da, db) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let r = root_path.to_str().unwrap();
    let slow = project(&root_path, "slow", "import time\n\n\ndef test_slow():\n    time.sleep(0.5)\n");
    let a = Binary::spawn(&env(&url, r, da.path().to_str().unwrap(), "a", &[]));
    let b = Binary::spawn(&env(&url, r, db.path().to_str().unwrap(), "b", &[]));
    a.ready().await;
    b.ready().await;
    let mut sent = HashSet::new();
    let validate = json!({ "project_path": slow, "test_command": pytest_command() }).to_string();
    for i in 0..24 {
        let id = format!("job-{i}");
        let (kind, payload) = if i % 6 == 0 { ("validate", validate.as_str()) } else { ("heal", "") };
        let heal = heal_payload();
        let payload = if kind == "heal" { heal.as_str() } else { payload };
        // Half on the jobs stream (automation-workers), half on the errors stream (monitoring-workers).
        let stream = if i % 2 == 0 { JOBS } else { ERRORS };
        add(&mut conn, stream, &[("type", kind), ("payload", payload), ("job_id", &id)]).await;
        sent.insert(id);
    }
    let done = wait_for(Duration::from_secs(90), "24 job results", || {
        let mut conn = conn.clone();
        async move {
            let r = results(&mut conn).await;
            (r.len() >= 24).then_some(r)
        }
    })
    .await;
    let ids: Vec<&str> = done.iter().map(|e| e["job_id"].as_str()).collect();
    assert_eq!(ids.iter().copied().collect::<HashSet<_>>().len(), 24, "each job has exactly one result: {ids:?}");
    assert_eq!(ids.iter().map(|s| s.to_string()).collect::<HashSet<_>>(), sent);
    assert!(done.iter().all(|e| e["status"] == "success"), "{done:?}");
    let workers: HashSet<&str> = done.iter().map(|e| &e["worker"][..1]).collect();
    assert_eq!(workers, HashSet::from(["a", "b"]), "both processes took a share of the work");
    let heal: Value = serde_json::from_str(&done.iter().find(|e| e["type"] == "heal").unwrap()["result"]).unwrap();
    assert_eq!(heal["result"]["strategy"], "syntax_repair");

    // Idempotent by job id: a redelivered job that already has a result is acknowledged, not run again.
    add(&mut conn, JOBS, &[("type", "heal"), ("payload", &heal_payload()), ("job_id", "job-0")]).await;
    add(&mut conn, JOBS, &[("type", "heal"), ("payload", &heal_payload()), ("job_id", "job-last")]).await;
    wait_for(Duration::from_secs(30), "job-last", || {
        let mut conn = conn.clone();
        async move { results(&mut conn).await.iter().any(|e| e["job_id"] == "job-last").then_some(()) }
    })
    .await;
    let r = results(&mut conn).await;
    assert_eq!(r.iter().filter(|e| e["job_id"] == "job-0").count(), 1, "job-0 ran once");
    let pending: redis::streams::StreamPendingReply = conn.xpending(JOBS, "automation-workers").await.unwrap();
    assert_eq!(pending.count(), 0, "everything was acknowledged");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_job_of_a_killed_worker_is_reclaimed_and_finished_by_another() {
    let (url, mut conn) = redis_db(2).await;
    let root = tempfile::tempdir().unwrap();
    let root_path = root.path().canonicalize().unwrap();
    let (da, db) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let r = root_path.to_str().unwrap();
    let slow = project(&root_path, "slow", "import time\n\n\ndef test_slow():\n    time.sleep(4)\n");
    let extra = [("CARS_CLAIM_IDLE_MS", "1500")];
    let mut a = Binary::spawn(&env(&url, r, da.path().to_str().unwrap(), "a", &extra));
    a.ready().await;
    let payload = json!({ "project_path": slow, "test_command": pytest_command() }).to_string();
    add(&mut conn, JOBS, &[("type", "validate"), ("payload", &payload), ("job_id", "slow-1")]).await;
    let owner = |conn: redis::aio::MultiplexedConnection| async move {
        let mut conn = conn;
        let p: redis::streams::StreamPendingCountReply =
            conn.xpending_count(JOBS, "automation-workers", "-", "+", 10).await.unwrap();
        p.ids.first().map(|p| (p.consumer.clone(), p.times_delivered))
    };
    let (consumer, _) = wait_for(Duration::from_secs(20), "worker a to take the job", || owner(conn.clone())).await;
    assert!(consumer.starts_with("a-"), "{consumer}");
    // A second worker arrives while a is busy: a's heartbeat keeps the slow job from being stolen.
    let b = Binary::spawn(&env(&url, r, db.path().to_str().unwrap(), "b", &extra));
    b.ready().await;
    tokio::time::sleep(Duration::from_millis(2000)).await;
    let (consumer, _) = owner(conn.clone()).await.unwrap();
    assert!(consumer.starts_with("a-"), "a busy worker's job was stolen by {consumer}");
    assert!(results(&mut conn).await.is_empty());

    a.child.kill().unwrap(); // SIGKILL, mid-job: no XACK, no result.
    a.child.wait().unwrap();
    let done = wait_for(Duration::from_secs(40), "the reclaimed job's result", || {
        let mut conn = conn.clone();
        async move { results(&mut conn).await.into_iter().find(|e| e["job_id"] == "slow-1") }
    })
    .await;
    assert_eq!(done["status"], "success", "{done:?}");
    assert!(done["worker"].starts_with("b-"), "{done:?}");
    let result: Value = serde_json::from_str(&done["result"]).unwrap();
    assert!(result["deliveries"].as_u64().unwrap() >= 2, "{result}");
    assert_eq!(result["result"]["passed"], true);
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(results(&mut conn).await.len(), 1, "finished once");
    assert!(owner(conn.clone()).await.is_none(), "acknowledged");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn poison_messages_and_failing_jobs_go_to_the_dead_letter_stream_and_the_worker_lives_on() {
    let (url, mut conn) = redis_db(3).await;
    let root = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let root_path = root.path().canonicalize().unwrap();
    let data = tempfile::tempdir().unwrap();
    let r = root_path.to_str().unwrap();
    let p = project(&root_path, "p", GOOD_TEST);
    let commands = json!([pytest_command(), ["/nonexistent/program"]]).to_string();
    let extra = [("CARS_CLAIM_IDLE_MS", "300"), ("CARS_MAX_DELIVERIES", "2"), ("CARS_TEST_COMMANDS", &commands)];
    let w = Binary::spawn(&env(&url, r, data.path().to_str().unwrap(), "w", &extra));
    w.ready().await;
    let escape =
        json!({ "file_path": "t.py", "project_path": outside.path(), "error_details": { "error_message": "x" } })
            .to_string();
    let crashing = json!({ "project_path": p, "test_command": ["/nonexistent/program"] }).to_string();
    let poison: Vec<(&str, Vec<(&str, &str)>)> = vec![
        ("no-type", vec![("payload", "{}"), ("job_id", "no-type")]),
        ("bad-json", vec![("type", "heal"), ("payload", "{oops"), ("job_id", "bad-json")]),
        ("bad-type", vec![("type", "explode"), ("payload", "{}"), ("job_id", "bad-type")]),
        ("bad-field", vec![("type", "heal"), ("payload", r#"{"file_path": 3}"#), ("job_id", "bad-field")]),
        ("escape", vec![("type", "heal"), ("payload", &escape), ("job_id", "escape")]),
        ("crash", vec![("type", "validate"), ("payload", &crashing), ("job_id", "crash")]),
    ];
    for (_, fields) in &poison {
        add(&mut conn, JOBS, fields).await;
    }
    add(&mut conn, JOBS, &[("type", "heal"), ("payload", &heal_payload()), ("job_id", "good")]).await;
    let dead = wait_for(Duration::from_secs(30), "six dead letters", || {
        let mut conn = conn.clone();
        async move {
            let d = entries(&mut conn, DEAD).await;
            (d.len() >= 6).then_some(d)
        }
    })
    .await;
    let by_id: HashMap<&str, &Entry> = dead.iter().map(|e| (e["job_id"].as_str(), e)).collect();
    for (id, reason, says) in [
        ("no-type", "malformed", "type"),
        ("bad-json", "malformed", "not JSON"),
        ("bad-type", "malformed", "explode"),
        ("bad-field", "malformed", "file_path"),
        ("escape", "rejected", "outside the allowed roots"),
        ("crash", "too_many_deliveries", "/nonexistent/program"),
    ] {
        let e = by_id.get(id).unwrap_or_else(|| panic!("{id} not dead-lettered: {dead:?}"));
        assert_eq!(e["reason"], reason, "{e:?}");
        assert!(e["error"].contains(says), "{id}: {e:?}");
        assert_eq!(e["stream"], JOBS);
        assert!(e.contains_key("original"));
    }
    assert_eq!(by_id["crash"]["deliveries"], "2", "retried up to CARS_MAX_DELIVERIES");
    assert_eq!(by_id["no-type"]["deliveries"], "1", "malformed messages are not retried");
    let good = wait_for(Duration::from_secs(20), "the good job", || {
        let mut conn = conn.clone();
        async move { results(&mut conn).await.into_iter().find(|e| e["job_id"] == "good") }
    })
    .await;
    assert_eq!(good["status"], "success");
    let (code, health) = http(w.addr, "GET", "/health", None, None).await;
    assert_eq!((code, health["mode"].as_str()), (200, Some("redis")), "the worker survived");
    let (_, metrics) = http(w.addr, "GET", "/metrics", None, None).await;
    assert!(metrics.as_str().unwrap().contains("cars_dead_letters_total{reason=\"malformed\"} 4"), "{metrics}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn monitoring_via_the_jobs_stream_publishes_repairs_and_http_keeps_auth_and_roots() {
    let (url, mut conn) = redis_db(4).await;
    let root = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let root_path = root.path().canonicalize().unwrap();
    let data = tempfile::tempdir().unwrap();
    let r = root_path.to_str().unwrap();
    let p = project(&root_path, "p", BROKEN_TEST);
    let w = Binary::spawn(&env(&url, r, data.path().to_str().unwrap(), "w", &[("CARS_API_TOKEN", "tok")]));
    w.ready().await;

    // Auth and roots over HTTP in Redis mode.
    let heal = json!({ "file_path": "t.py", "source": BROKEN_TEST, "error_details": { "error_message": "SyntaxError: expected ':'" } });
    let (code, _) = http(w.addr, "POST", "/api/automation/heal", Some(&heal), None).await;
    assert_eq!(code, 401);
    let (code, _) = http(w.addr, "POST", "/api/automation/heal", Some(&heal), Some("tok")).await;
    assert_eq!(code, 200);
    std::os::unix::fs::symlink(outside.path(), root_path.join("out")).unwrap();
    for escape in [format!("{r}/out"), format!("{r}/p/../../")] {
        let (code, body) =
            http(w.addr, "POST", "/api/automation/start", Some(&json!({ "project_path": escape })), Some("tok")).await;
        assert_eq!((code, body["field"].as_str()), (403, Some("project_path")), "{escape}");
    }

    // start_monitoring in the original's nested shape, then the repair event on the results stream.
    let payload = json!({ "project_path": p, "config": { "auto_fix": true, "confidence_threshold": 0.75,
                                                         "test_command": pytest_command() } })
    .to_string();
    add(&mut conn, JOBS, &[("type", "start_monitoring"), ("payload", &payload), ("job_id", "start-1")]).await;
    let started = wait_for(Duration::from_secs(20), "the start result", || {
        let mut conn = conn.clone();
        async move { results(&mut conn).await.into_iter().find(|e| e["job_id"] == "start-1") }
    })
    .await;
    let result: Value = serde_json::from_str(&started["result"]).unwrap();
    let orch = result["result"]["orchestrator_id"].as_str().unwrap().to_string();
    let repair = wait_for(Duration::from_secs(60), "a repair event", || {
        let mut conn = conn.clone();
        let orch = orch.clone();
        async move {
            entries(&mut conn, RESULTS).await.into_iter().find_map(|e| {
                let v: Value = serde_json::from_str(e.get("result")?).ok()?;
                (e.get("type")? == "repair" && v["data"]["orchestrator_id"] == orch.as_str()).then_some(v)
            })
        }
    })
    .await;
    assert_eq!(repair["data"]["status"], "success");
    assert_eq!(repair["data"]["strategy"], "syntax_repair");
    assert!(read(&p, "tests/test_calc.py").contains("def test_add():"));
    let validation = entries(&mut conn, "maestro:streams:automation:validation").await;
    assert!(validation.iter().any(|e| e["result"].contains(repair["data"]["repair_id"].as_str().unwrap())));

    // The reference README's consumer: group result-consumers exists, every entry's result has repair_id and status.
    let opts = redis::streams::StreamReadOptions::default().group("result-consumers", "consumer-1").count(100);
    let read: redis::streams::StreamReadReply = conn.xread_options(&[RESULTS], &[">"], &opts).await.unwrap();
    let got: Vec<Value> = read.keys[0]
        .ids
        .iter()
        .map(|e| serde_json::from_str(&redis::from_redis_value::<String>(e.map["result"].clone()).unwrap()).unwrap())
        .collect();
    assert!(got.len() >= 2, "{got:?}");
    for r in &got {
        assert!(r.get("repair_id").is_some() && r["status"].is_string(), "{r}");
    }
    assert!(got.iter().any(|r| r["repair_id"] == repair["data"]["repair_id"] && r["status"] == "success"), "{got:?}");
    assert!(got.iter().any(|r| r["repair_id"] == "start-1"), "job results carry their job id as repair_id");

    // Redis loses everything (FLUSHDB: the streams and their groups are gone): the workers recreate their groups
    // and the next job is processed.
    let _: () = redis::cmd("FLUSHDB").query_async(&mut conn).await.unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let heal = heal_payload();
    add(&mut conn, JOBS, &[("type", "heal"), ("payload", &heal), ("job_id", "after-flush")]).await;
    let after = wait_for(Duration::from_secs(20), "a job after the flush", || {
        let mut conn = conn.clone();
        async move { results(&mut conn).await.into_iter().find(|e| e["job_id"] == "after-flush") }
    })
    .await;
    assert_eq!(after["status"], "success");

    let stop = json!({ "orchestrator_id": orch }).to_string();
    add(&mut conn, JOBS, &[("type", "stop_monitoring"), ("payload", &stop), ("job_id", "stop-1")]).await;
    wait_for(Duration::from_secs(20), "the stop result", || {
        let mut conn = conn.clone();
        async move {
            results(&mut conn).await.iter().any(|e| e["job_id"] == "stop-1" && e["status"] == "success").then_some(())
        }
    })
    .await;
    let (_, active) = http(w.addr, "GET", "/api/automation/active-orchestrators", None, None).await;
    assert_eq!(active["total_count"], 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_processes_share_orchestrators_stop_each_others_and_take_over_a_killed_owners() {
    let (url, _conn) = redis_db(5).await;
    let root = tempfile::tempdir().unwrap();
    let root_path = root.path().canonicalize().unwrap();
    let (da, db) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let r = root_path.to_str().unwrap();
    let broken = project(&root_path, "broken", BROKEN_TEST);
    let second = project(&root_path, "second", GOOD_TEST);
    const LEASE_MS: u64 = 2000;
    let extra = [("CARS_LEASE_MS", "2000")];
    let mut a = Binary::spawn(&env(&url, r, da.path().to_str().unwrap(), "a", &extra));
    let b = Binary::spawn(&env(&url, r, db.path().to_str().unwrap(), "b", &extra));
    a.ready().await;
    b.ready().await;
    let start = |p: &std::path::Path| json!({ "project_path": p, "test_command": pytest_command() });

    // Started on a; b answers status, active, history and statistics for it.
    let (code, started) = http(a.addr, "POST", "/api/automation/start", Some(&start(&broken)), None).await;
    assert_eq!(code, 200, "{started}");
    let orch = started["orchestrator_id"].as_str().unwrap().to_string();
    let (code, status) =
        http(b.addr, "GET", &format!("/api/automation/status?orchestrator_id={orch}"), None, None).await;
    assert_eq!((code, &status["is_running"], &status["owner"]), (200, &json!(true), &json!("a")), "{status}");
    let (_, active) = http(b.addr, "GET", "/api/automation/active-orchestrators", None, None).await;
    assert_eq!(active["total_count"], 1, "{active}");
    let healed = wait_for(Duration::from_secs(60), "a's repair in b's history", || {
        let path = format!("/api/automation/history?orchestrator_id={orch}");
        async move {
            let (_, h) = http(b.addr, "GET", &path, None, None).await;
            h["repairs"].as_array()?.iter().find(|r| r["status"] == "success").cloned()
        }
    })
    .await;
    assert_eq!(healed["strategy"], "syntax_repair");
    let (_, stats) = http(b.addr, "GET", "/api/automation/statistics", None, None).await;
    assert!(stats["successful_repairs"].as_u64().unwrap() >= 1 && stats["active_orchestrators"] == 1, "{stats}");
    // One project, one orchestrator, across processes.
    let (code, body) = http(b.addr, "POST", "/api/automation/start", Some(&start(&broken)), None).await;
    assert_eq!((code, body["field"].as_str()), (409, Some("project_path")), "{body}");

    // Stopped through b: a lets go (acknowledged by its lease), and neither lists it any more.
    let (code, stopped) =
        http(b.addr, "POST", &format!("/api/automation/stop?orchestrator_id={orch}"), None, None).await;
    assert_eq!(code, 200, "{stopped}");
    assert_eq!(stopped["message"], "Orchestrator stopped by its owner a");
    let (_, status) = http(a.addr, "GET", &format!("/api/automation/status?orchestrator_id={orch}"), None, None).await;
    assert_eq!(status["is_running"], false, "{status}");
    for addr in [a.addr, b.addr] {
        let (_, active) = http(addr, "GET", "/api/automation/active-orchestrators", None, None).await;
        assert_eq!(active["total_count"], 0, "{active}");
    }

    // a is killed while owning an orchestrator: b takes it over within two leases and runs it.
    let (code, started) = http(a.addr, "POST", "/api/automation/start", Some(&start(&second)), None).await;
    assert_eq!(code, 200, "{started}");
    let orch2 = started["orchestrator_id"].as_str().unwrap().to_string();
    let path = format!("/api/automation/status?orchestrator_id={orch2}");
    let (_, status) = http(b.addr, "GET", &path, None, None).await;
    assert_eq!(status["owner"], "a", "{status}");
    a.kill(); // SIGKILL: no goodbye, the lease just stops being renewed.
    let killed = std::time::Instant::now();
    let taken = wait_for(Duration::from_secs(20), "b to take the orchestrator over", || {
        let path = path.clone();
        async move {
            let (_, s) = http(b.addr, "GET", &path, None, None).await;
            (s["owner"] == "b" && s["is_running"] == true).then_some(s)
        }
    })
    .await;
    let took = killed.elapsed();
    assert!(took <= Duration::from_millis(2 * LEASE_MS), "takeover took {took:?}, more than two leases");
    assert_eq!(taken["project_path"], second.to_str().unwrap());
    wait_for(Duration::from_secs(30), "b's own run of the taken-over orchestrator", || {
        let path = path.clone();
        async move {
            let (_, s) = http(b.addr, "GET", &path, None, None).await;
            (s["last_run"]["passed_after"] == true).then_some(())
        }
    })
    .await;
}

/// Every file of the project except git's own and the runners' caches, with its bytes.
fn snapshot(dir: &std::path::Path) -> std::collections::BTreeMap<std::path::PathBuf, Vec<u8>> {
    let mut out = std::collections::BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let e = e.unwrap();
            let name = e.file_name();
            if [".git", "__pycache__", ".pytest_cache"].iter().any(|n| name == *n) {
                continue;
            }
            if e.file_type().unwrap().is_dir() {
                stack.push(e.path());
            } else {
                out.insert(e.path().strip_prefix(dir).unwrap().to_path_buf(), std::fs::read(e.path()).unwrap());
            }
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_validate_job_killed_while_validating_leaves_the_files_alone_and_its_redelivery_reports_the_failure() {
    let (url, mut conn) = redis_db(6).await;
    let root = tempfile::tempdir().unwrap();
    let root_path = root.path().canonicalize().unwrap();
    let (da, db) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let r = root_path.to_str().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let tmp_path = tmp.path().canonicalize().unwrap();
    // A test file that does not parse (a fix exists: the missing colon), and a conftest that makes every run in
    // a shadow copy (where fixes are validated) say so and take 3 s. It must not name the project's own path: a
    // project whose files do is validated in place instead, since a copy would test the originals.
    let proj = project(&root_path, "broken", BROKEN_TEST);
    let marker = tmp_path.join("validating.txt");
    let conftest = format!(
        "import os, time\n\nHERE = os.path.dirname(os.path.realpath(__file__))\n\
         if os.path.basename(HERE).startswith('maestro-shadow-'):\n    \
         with open({:?}, 'a') as f:\n        f.write(HERE + '\\n')\n    time.sleep(3)\n",
        marker.display().to_string()
    );
    std::fs::write(proj.join("conftest.py"), conftest).unwrap();
    std::fs::write(proj.join(".gitignore"), "__pycache__/\n.pytest_cache/\n").unwrap();
    sh(&proj, "git add -A && git -c user.email=t@t -c user.name=t commit -qm conftest");
    let before = snapshot(&proj);
    let tmpdir = tmp_path.to_str().unwrap();
    let extra = [("CARS_CLAIM_IDLE_MS", "1500"), ("TMPDIR", tmpdir)];
    let mut a = Binary::spawn(&env(&url, r, da.path().to_str().unwrap(), "a", &extra));
    a.ready().await;
    let payload = json!({ "project_path": proj, "test_command": pytest_command() }).to_string();
    add(&mut conn, JOBS, &[("type", "validate"), ("payload", &payload), ("job_id", "validate-1")]).await;
    // SIGKILL the service while its validation run is under way in the shadow copy.
    let shadow = wait_for(Duration::from_secs(60), "the validation run in the shadow copy", || {
        let marker = marker.clone();
        async move { std::fs::read_to_string(&marker).ok().filter(|s| !s.is_empty()) }
    })
    .await;
    let shadow = std::path::PathBuf::from(shadow.lines().next().unwrap());
    assert!(shadow.starts_with(&tmp_path), "validated outside the project: {}", shadow.display());
    let killed_pid = a.child.id();
    a.child.kill().unwrap();
    a.child.wait().unwrap();
    assert!(results(&mut conn).await.is_empty(), "no result from the killed worker");
    assert_eq!(snapshot(&proj), before, "the user's files are byte-identical after the kill");
    assert_eq!(sh(&proj, "git status --porcelain"), "", "nothing new in the project");
    assert!(read(&proj, "tests/test_calc.py") == BROKEN_TEST);

    // Another process takes the job over and reports what the tests really do: they fail (one collection
    // error), and the fix is validated (in its own shadow copy, not in the user's files).
    let b = Binary::spawn(&env(&url, r, db.path().to_str().unwrap(), "b", &extra));
    b.ready().await;
    let done = wait_for(Duration::from_secs(90), "the redelivered job's result", || {
        let mut conn = conn.clone();
        async move { results(&mut conn).await.into_iter().find(|e| e["job_id"] == "validate-1") }
    })
    .await;
    assert!(done["worker"].starts_with("b-"), "{done:?}");
    let result: Value = serde_json::from_str(&done["result"]).unwrap();
    assert!(result["deliveries"].as_u64().unwrap() >= 2, "{result}");
    let outcome = &result["result"];
    assert_eq!(outcome["passed"], false, "the redelivery reports the failing tests, not success: {outcome}");
    assert!(outcome["failures"].as_u64().unwrap() >= 1, "{outcome}");
    let fixes = outcome["fixes"].as_array().unwrap();
    assert!(
        fixes.iter().any(|f| f["strategy"] == "syntax_repair" && f["validated"] == true),
        "the fix was validated again on redelivery: {outcome}"
    );
    assert_eq!(snapshot(&proj), before, "the user's files are byte-identical after the redelivery too");
    // The killed process's shadow copy was swept by the next run.
    let leftovers: Vec<String> = std::fs::read_dir(&tmp_path)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.starts_with(&format!("maestro-shadow-{killed_pid}-")))
        .collect();
    assert!(leftovers.is_empty(), "the killed run's shadow copy is left: {leftovers:?}");
    assert!(!shadow.exists());
}
