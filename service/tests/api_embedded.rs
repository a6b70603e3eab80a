//! Every REST endpoint over real HTTP against an in-process server on 127.0.0.1:0 in the embedded mode (no
//! Redis), with real pytest projects: start → detect → heal → validate → history, approval, auth, path escapes,
//! validation errors, body cap, file-change triggers and webhook retries.
#![allow(clippy::unwrap_used)]

mod common;

use std::time::Duration;

use common::*;
use serde_json::{json, Value};

const TOKEN: &str = "s3cret-token";

async fn history(addr: std::net::SocketAddr, query: &str) -> Vec<Value> {
    let (code, body) = http(addr, "GET", &format!("/api/automation/history?{query}"), None, None).await;
    assert_eq!(code, 200, "{body}");
    body["repairs"].as_array().unwrap().clone()
}

async fn wait_status(addr: std::net::SocketAddr, orch: &str, status: &str) -> Value {
    let q = format!("orchestrator_id={orch}&status={status}");
    wait_for(Duration::from_secs(90), &format!("a {status} repair"), || {
        let q = q.clone();
        async move { history(addr, &q).await.into_iter().next() }
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn endpoints_round_trip_with_auth_validation_and_auto_commit() {
    let root = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let root_path = root.path().canonicalize().unwrap();
    let server = Server::start(settings(
        &root_path,
        data.path(),
        &[("CARS_API_TOKEN", TOKEN), ("CARS_MAX_BODY_BYTES", "65536")],
    ))
    .await;
    let addr = server.addr;

    // Read-only endpoints need no token.
    let (code, body) = http(addr, "GET", "/health", None, None).await;
    assert_eq!((code, body["status"].as_str(), body["mode"].as_str()), (200, Some("healthy"), Some("embedded")));
    assert_eq!(body["message_handler_running"], true);
    let (code, doc) = http(addr, "GET", "/openapi.json", None, None).await;
    assert_eq!(code, 200);
    for path in ["/api/automation/start", "/api/automation/heal", "/api/automation/approve", "/metrics"] {
        assert!(doc["paths"][path].is_object(), "{path} missing from the OpenAPI document");
    }
    assert!(doc["components"]["schemas"]["StartRequest"]["properties"]["project_path"].is_object());
    // /docs: the same document as a page, with nothing loaded from elsewhere.
    let (code, page) = http(addr, "GET", "/docs", None, None).await;
    let page = page.as_str().unwrap().to_string();
    assert_eq!(code, 200);
    assert!(
        page.contains("<code>POST /api/automation/start</code>")
            && page.contains("query parameter <code>orchestrator_id</code>"),
        "{page}"
    );
    assert!(!page.contains("<script") && !page.contains("src=") && !page.contains("https://"), "{page}");
    // Query parameters are declared in the query, and every mutating route declares 401 (and 413 with a body).
    for (path, method) in
        [("/api/automation/status", "get"), ("/api/automation/history", "get"), ("/api/automation/stop", "post")]
    {
        let params = doc["paths"][path][method]["parameters"].as_array().unwrap();
        assert!(params.iter().all(|p| p["in"] == "query"), "{path}: {params:?}");
    }
    for path in ["start", "stop", "heal", "approve", "reject"] {
        let responses = &doc["paths"][format!("/api/automation/{path}")]["post"]["responses"];
        assert!(responses["401"].is_object(), "{path} does not declare 401");
        assert!(path == "stop" || responses["413"].is_object(), "{path} does not declare 413");
    }

    let project = project(&root_path, "shop", BROKEN_TEST);
    let start =
        json!({ "project_path": project, "auto_fix": true, "auto_commit": true, "test_command": pytest_command() });

    // Auth: no token, a wrong token.
    let (code, body) = http(addr, "POST", "/api/automation/start", Some(&start), None).await;
    assert_eq!((code, body["field"].as_str()), (401, Some("Authorization")));
    let (code, _) = http(addr, "POST", "/api/automation/start", Some(&start), Some("s3cret-tokem")).await;
    assert_eq!(code, 401);

    // Path escapes: outside the roots, `..` out of a root, a symlink pointing out.
    std::os::unix::fs::symlink(outside.path(), root_path.join("link")).unwrap();
    for escape in [
        outside.path().display().to_string(),
        format!("{}/shop/../..", root_path.display()),
        format!("{}/link", root_path.display()),
    ] {
        let (code, body) =
            http(addr, "POST", "/api/automation/start", Some(&json!({ "project_path": escape })), Some(TOKEN)).await;
        assert_eq!((code, body["field"].as_str()), (403, Some("project_path")), "{escape}: {body}");
    }
    // Validation errors name the field.
    for (bad, field) in [
        (json!({ "auto_fix": true }), "project_path"),
        (json!({ "project_path": project, "auto_fix": "yes" }), "auto_fix"),
        (json!({ "project_path": project, "confidence_threshold": 1.5 }), "confidence_threshold"),
        (json!({ "project_path": project, "max_concurrent_repairs": 0 }), "max_concurrent_repairs"),
        // serde quotes the value (`-1`) in backticks: the field is still the field.
        (json!({ "project_path": project, "max_concurrent_repairs": -1 }), "max_concurrent_repairs"),
        (json!({ "project_path": project, "test_command": [] }), "test_command"),
        (json!({ "project_path": project, "surprise": 1 }), "surprise"),
        (json!({ "project_path": "relative/path" }), "project_path"),
    ] {
        let (code, body) = http(addr, "POST", "/api/automation/start", Some(&bad), Some(TOKEN)).await;
        assert!((400..500).contains(&code), "{bad}: {code} {body}");
        assert_eq!(body["field"].as_str(), Some(field), "{bad}: {body}");
    }
    let (code, _) = raw(addr, "POST", "/api/automation/start", Some(b"{not json"), Some(TOKEN)).await;
    assert_eq!(code, 400);
    // Body cap.
    let big =
        json!({ "file_path": "t.py", "source": "x".repeat(100_000), "error_details": { "error_message": "boom" } });
    let (code, _) = http(addr, "POST", "/api/automation/heal", Some(&big), Some(TOKEN)).await;
    assert_eq!(code, 413);

    // start → detect → heal → validate → apply → commit → history.
    let head = sh(&project, "git rev-parse --abbrev-ref HEAD");
    let (code, body) = http(addr, "POST", "/api/automation/start", Some(&start), Some(TOKEN)).await;
    assert_eq!(code, 200, "{body}");
    let orch = body["orchestrator_id"].as_str().unwrap().to_string();
    let (code, body) = http(addr, "POST", "/api/automation/start", Some(&start), Some(TOKEN)).await;
    assert_eq!((code, body["field"].as_str()), (409, Some("project_path")), "a second orchestrator on one project");

    let repair = wait_status(addr, &orch, "success").await;
    assert_eq!(repair["strategy"], "syntax_repair");
    assert!(repair["confidence_score"].as_f64().unwrap() >= 0.75);
    assert!(repair["diff"].as_str().unwrap().contains("+def test_add():"));
    assert!(repair.get("held").is_none());
    assert!(read(&project, "tests/test_calc.py").contains("def test_add():"), "the fix is on disk");
    sh(&project, "python -m pytest -q -p no:cacheprovider");
    // auto_commit: a branch with the fix, the working tree and current branch untouched.
    let branch = repair["branch"].as_str().unwrap();
    assert!(branch.starts_with("maestro/heal-"));
    let message = sh(&project, &format!("git log -1 --format=%B {branch}"));
    // The message names the strategy and the (calibrated) confidence the fix was applied with.
    let named = regex::Regex::new(r"syntax_repair \(confidence (0\.(7[5-9]|[89]\d)|1\.00)\)").unwrap();
    assert!(named.is_match(&message), "{message}");
    assert!(sh(&project, &format!("git show {branch}:tests/test_calc.py")).contains("def test_add():"));
    assert_eq!(sh(&project, "git rev-parse --abbrev-ref HEAD"), head, "the current branch is untouched");
    assert!(!sh(&project, "git status --porcelain").is_empty(), "the fix stays uncommitted on the user's branch");

    let (code, status) = http(addr, "GET", &format!("/api/automation/status?orchestrator_id={orch}"), None, None).await;
    assert_eq!(code, 200);
    assert_eq!(status["is_running"], true);
    assert_eq!(status["statistics"]["successful_repairs"], 1);
    assert_eq!(status["statistics"]["success_rate"], "100.0%");
    assert_eq!(status["last_run"]["trigger"], "start");
    let (_, active) = http(addr, "GET", "/api/automation/active-orchestrators", None, None).await;
    assert_eq!(active["total_count"], 1);
    assert_eq!(active["orchestrators"][0]["orchestrator_id"], orch.as_str());
    let (_, stats) = http(addr, "GET", "/api/automation/statistics", None, None).await;
    assert_eq!((stats["active_orchestrators"].as_u64(), stats["successful_repairs"].as_u64()), (Some(1), Some(1)));
    assert_eq!(stats["success_rate"], 100.0);

    // Manual heal: with the source, and from the project's file.
    let heal = json!({ "error_type": "SyntaxError", "file_path": "tests/test_x.py", "source": BROKEN_TEST,
                       "error_details": { "error_message": "SyntaxError: expected ':'", "line_number": 4 } });
    let (code, body) = http(addr, "POST", "/api/automation/heal", Some(&heal), Some(TOKEN)).await;
    assert_eq!(code, 200, "{body}");
    assert_eq!((body["success"].as_bool(), body["strategy"].as_str()), (Some(true), Some("syntax_repair")));
    assert!(body["healed_code"].as_str().unwrap().contains("def test_add():"));
    assert!(body["diff"].as_str().unwrap().contains("+def test_add():"));
    std::fs::write(project.join("sample_broken.py"), BROKEN_TEST).unwrap();
    std::fs::write(outside.path().join("secret.py"), "TOKEN = 'x'\n").unwrap();
    std::os::unix::fs::symlink(outside.path().join("secret.py"), project.join("tests/leak.py")).unwrap();
    let from_disk = json!({ "project_path": project, "file_path": "sample_broken.py",
                            "error_details": { "error_message": "SyntaxError: expected ':'", "line_number": 4 } });
    let (code, body) = http(addr, "POST", "/api/automation/heal", Some(&from_disk), Some(TOKEN)).await;
    assert_eq!((code, body["strategy"].as_str()), (200, Some("syntax_repair")), "{body}");
    for (bad, field) in [
        (
            json!({ "file_path": "t.py", "source": "x", "error_details": { "error_message": " " } }),
            "error_details.error_message",
        ),
        (json!({ "file_path": "t.py", "error_details": { "error_message": "boom" } }), "project_path"),
        (
            json!({ "project_path": project, "file_path": "../../etc/passwd", "error_details": { "error_message": "boom" } }),
            "file_path",
        ),
        (
            json!({ "project_path": outside.path(), "file_path": "t.py", "error_details": { "error_message": "boom" } }),
            "project_path",
        ),
        (
            json!({ "project_path": project, "file_path": "tests/leak.py", "error_details": { "error_message": "boom" } }),
            "file_path",
        ),
        (json!({ "file_path": "t.py", "source": "x" }), "error_details"),
    ] {
        let (code, body) = http(addr, "POST", "/api/automation/heal", Some(&bad), Some(TOKEN)).await;
        assert!((400..500).contains(&code), "{bad}: {code} {body}");
        assert_eq!(body["field"].as_str(), Some(field), "{bad}: {body}");
    }

    // History paging.
    let (code, page) = http(addr, "GET", "/api/automation/history?limit=1&offset=0", None, None).await;
    assert_eq!((code, page["repairs"].as_array().unwrap().len(), page["limit"].as_u64()), (200, 1, Some(1)));
    let (code, body) = http(addr, "GET", "/api/automation/history?limit=0", None, None).await;
    assert_eq!((code, body["field"].as_str()), (422, Some("limit")));

    // Metrics.
    let (code, metrics) = http(addr, "GET", "/metrics", None, None).await;
    let metrics = metrics.as_str().unwrap().to_string();
    assert_eq!(code, 200);
    for line in [
        "cars_active_orchestrators 1",
        "cars_repairs_total{outcome=\"success\",strategy=\"syntax_repair\"} 1",
        "cars_jobs_total{type=\"heal\",outcome=\"success\"} 2",
        "cars_jobs_total{type=\"start_monitoring\",outcome=\"success\"} 1",
        "cars_repair_cycle_duration_seconds_count",
        "cars_http_request_duration_seconds_bucket{route=\"/api/automation/heal\",le=\"+Inf\"}",
    ] {
        assert!(metrics.contains(line), "{line} missing from\n{metrics}");
    }
    assert!(metrics.contains("cars_detections_total 1"), "{metrics}");

    // Stop.
    let (code, _) = http(addr, "POST", &format!("/api/automation/stop?orchestrator_id={orch}"), None, None).await;
    assert_eq!(code, 401);
    let (code, body) =
        http(addr, "POST", &format!("/api/automation/stop?orchestrator_id={orch}"), None, Some(TOKEN)).await;
    assert_eq!((code, body["success"].as_bool()), (200, Some(true)));
    let (_, status) = http(addr, "GET", &format!("/api/automation/status?orchestrator_id={orch}"), None, None).await;
    assert_eq!(status["is_running"], false);
    let (code, body) = http(addr, "POST", "/api/automation/stop?orchestrator_id=nope", None, Some(TOKEN)).await;
    assert_eq!((code, body["field"].as_str()), (404, Some("orchestrator_id")));
    let (code, body) = http(addr, "POST", "/api/automation/stop", None, Some(TOKEN)).await;
    assert_eq!((code, body["field"].as_str()), (400, Some("orchestrator_id")), "{body}");
    let (_, active) = http(addr, "GET", "/api/automation/active-orchestrators", None, None).await;
    assert_eq!(active["total_count"], 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fixes_held_for_approval_are_applied_or_discarded_on_decision() {
    let root = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let root_path = root.path().canonicalize().unwrap();
    let server = Server::start(settings(&root_path, data.path(), &[])).await;
    let addr = server.addr;
    let a = project(&root_path, "a", BROKEN_TEST);
    let b = project(&root_path, "b", BROKEN_TEST);
    let mut ids = Vec::new();
    for p in [&a, &b] {
        let start = json!({ "project_path": p, "require_approval": true, "test_command": pytest_command() });
        let (code, body) = http(addr, "POST", "/api/automation/start", Some(&start), None).await;
        assert_eq!(code, 200, "{body}");
        ids.push(body["orchestrator_id"].as_str().unwrap().to_string());
    }
    let held_a = wait_status(addr, &ids[0], "pending_approval").await;
    let held_b = wait_status(addr, &ids[1], "pending_approval").await;
    assert_eq!(read(&a, "tests/test_calc.py"), BROKEN_TEST, "nothing is written before approval");
    assert_eq!(held_a["strategy"], "syntax_repair");
    let (_, status) =
        http(addr, "GET", &format!("/api/automation/status?orchestrator_id={}", ids[0]), None, None).await;
    assert_eq!(status["statistics"]["pending_approvals"], 1);

    let (code, body) =
        http(addr, "POST", "/api/automation/approve", Some(&json!({ "repair_id": held_a["repair_id"] })), None).await;
    assert_eq!((code, body["status"].as_str()), (200, Some("approved")), "{body}");
    assert!(read(&a, "tests/test_calc.py").contains("def test_add():"));
    sh(&a, "python -m pytest -q -p no:cacheprovider");
    // A decision is final.
    let (code, body) =
        http(addr, "POST", "/api/automation/approve", Some(&json!({ "repair_id": held_a["repair_id"] })), None).await;
    assert_eq!((code, body["field"].as_str()), (409, Some("repair_id")));

    let decision = json!({ "repair_id": held_b["repair_id"], "reason": "I will fix it myself" });
    let (code, body) = http(addr, "POST", "/api/automation/reject", Some(&decision), None).await;
    assert_eq!((code, body["status"].as_str()), (200, Some("rejected")), "{body}");
    assert_eq!(read(&b, "tests/test_calc.py"), BROKEN_TEST);
    let (code, body) = http(addr, "POST", "/api/automation/reject", Some(&json!({ "repair_id": "nope" })), None).await;
    assert_eq!((code, body["field"].as_str()), (404, Some("repair_id")));
    let (code, body) = http(addr, "POST", "/api/automation/approve", Some(&json!({})), None).await;
    assert_eq!((code, body["field"].as_str()), (422, Some("repair_id")));
    let rejected = history(addr, &format!("orchestrator_id={}&status=rejected", ids[1])).await;
    assert!(rejected[0]["decision"].as_str().unwrap().contains("I will fix it myself"));
    // After approval the orchestrator re-runs: the project now passes.
    wait_for(Duration::from_secs(60), "a passing run after approval", || async {
        let (_, s) = http(addr, "GET", &format!("/api/automation/status?orchestrator_id={}", ids[0]), None, None).await;
        (s["last_run"]["trigger"] == "approval" && s["last_run"]["passed_before"] == true).then_some(())
    })
    .await;
}

/// A tiny webhook receiver: answers 500 to the first request, 200 after, and keeps the bodies.
async fn webhook_receiver() -> (String, tokio::sync::mpsc::UnboundedReceiver<(u16, Value)>) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    tokio::spawn(async move {
        let mut n = 0;
        loop {
            let (mut s, _) = listener.accept().await.unwrap();
            n += 1;
            let mut buf = Vec::new();
            let mut chunk = [0u8; 4096];
            // Read the head, then Content-Length bytes of body.
            let body = loop {
                let k = s.read(&mut chunk).await.unwrap();
                buf.extend_from_slice(&chunk[..k]);
                let text = String::from_utf8_lossy(&buf).into_owned();
                if let Some((head, body)) = text.split_once("\r\n\r\n") {
                    let len: usize = head
                        .lines()
                        .find_map(|l| {
                            l.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().parse().unwrap())
                        })
                        .unwrap_or(0);
                    if body.len() >= len || k == 0 {
                        break body.to_string();
                    }
                }
            };
            let code = if n == 1 { 500 } else { 200 };
            let _ = s
                .write_all(format!("HTTP/1.1 {code} X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").as_bytes())
                .await;
            let _ = tx.send((code, serde_json::from_str(&body).unwrap_or(Value::Null)));
        }
    });
    (url, rx)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_file_change_triggers_a_run_and_events_reach_the_webhook_with_retries() {
    let root = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let root_path = root.path().canonicalize().unwrap();
    let (url, mut hook) = webhook_receiver().await;
    let server = Server::start(settings(&root_path, data.path(), &[("CARS_WEBHOOK_URL", &url)])).await;
    let addr = server.addr;
    let p = project(&root_path, "watched", GOOD_TEST);
    let start = json!({ "project_path": p, "test_command": pytest_command() });
    let (code, body) = http(addr, "POST", "/api/automation/start", Some(&start), None).await;
    assert_eq!(code, 200, "{body}");
    let orch = body["orchestrator_id"].as_str().unwrap().to_string();
    wait_for(Duration::from_secs(60), "the first (passing) run", || async {
        let (_, s) = http(addr, "GET", &format!("/api/automation/status?orchestrator_id={orch}"), None, None).await;
        (s["last_run"]["passed_before"] == true).then_some(())
    })
    .await;
    assert!(history(addr, "").await.is_empty());

    // The developer breaks the test; no interval is due (ERROR_MONITOR_INTERVAL=3600): only the watcher can
    // trigger the run.
    std::fs::write(p.join("tests/test_calc.py"), BROKEN_TEST).unwrap();
    let repair = wait_status(addr, &orch, "success").await;
    assert!(read(&p, "tests/test_calc.py").contains("def test_add():"));
    let (_, s) = http(addr, "GET", &format!("/api/automation/status?orchestrator_id={orch}"), None, None).await;
    assert_eq!(s["last_run"]["trigger"], "file_change");

    // The webhook got the repair event, after a 500 and a retry.
    let mut seen = Vec::new();
    let found = tokio::time::timeout(Duration::from_secs(30), async {
        while let Some((code, body)) = hook.recv().await {
            seen.push(code);
            if code == 200 && body["event"] == "repair" && body["data"]["repair_id"] == repair["repair_id"] {
                return true;
            }
        }
        false
    })
    .await
    .unwrap_or(false);
    assert!(found, "the repair event never reached the webhook (answers: {seen:?})");
    assert_eq!(seen.first(), Some(&500), "the first delivery was refused, so what arrived was a retry");
    wait_for(Duration::from_secs(10), "the retried delivery in /metrics", || async {
        let (_, metrics) = http(addr, "GET", "/metrics", None, None).await;
        metrics
            .as_str()
            .unwrap()
            .contains("cars_webhook_deliveries_total{outcome=\"delivered_after_retry\"} 1")
            .then_some(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn orchestrators_and_history_survive_a_restart_of_the_binary() {
    let root = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let root_path = root.path().canonicalize().unwrap();
    let p = project(&root_path, "kept", BROKEN_TEST);
    let env = [
        ("CARS_ALLOWED_ROOTS", root_path.to_str().unwrap()),
        ("CARS_DATA_DIR", data.path().to_str().unwrap()),
        ("ERROR_MONITOR_INTERVAL", "3600"),
    ];
    let mut first = Binary::spawn(&env);
    first.ready().await;
    let start = json!({ "project_path": p, "test_command": pytest_command() });
    let (code, body) = http(first.addr, "POST", "/api/automation/start", Some(&start), None).await;
    assert_eq!(code, 200, "{body}");
    let orch = body["orchestrator_id"].as_str().unwrap().to_string();
    let repair = wait_status(first.addr, &orch, "success").await;
    first.kill();
    assert!(first.stderr().contains("WARNING: CARS_API_TOKEN is not set"), "the missing token is announced");

    let second = Binary::spawn(&env);
    second.ready().await;
    let (_, active) = http(second.addr, "GET", "/api/automation/active-orchestrators", None, None).await;
    assert_eq!(active["orchestrators"][0]["orchestrator_id"], orch.as_str(), "{active}");
    let kept = history(second.addr, &format!("orchestrator_id={orch}")).await;
    assert_eq!(kept[0]["repair_id"], repair["repair_id"]);
    let (_, status) =
        http(second.addr, "GET", &format!("/api/automation/status?orchestrator_id={orch}"), None, None).await;
    assert_eq!(status["statistics"]["successful_repairs"], 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_nothing_changing_the_tests_rerun_every_interval() {
    let root = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let root_path = root.path().canonicalize().unwrap();
    let server = Server::start(settings(&root_path, data.path(), &[("ERROR_MONITOR_INTERVAL", "1")])).await;
    let addr = server.addr;
    let p = project(&root_path, "quiet", GOOD_TEST);
    let start = json!({ "project_path": p, "test_command": pytest_command() });
    let (_, body) = http(addr, "POST", "/api/automation/start", Some(&start), None).await;
    let orch = body["orchestrator_id"].as_str().unwrap().to_string();
    wait_for(Duration::from_secs(30), "a run triggered by the interval", || async {
        let (_, s) = http(addr, "GET", &format!("/api/automation/status?orchestrator_id={orch}"), None, None).await;
        (s["last_run"]["trigger"] == "interval" && s["last_run"]["passed_before"] == true).then_some(())
    })
    .await;
    assert!(history(addr, "").await.is_empty(), "a passing project has no repairs");
}

/// The whole answer (head and body) of one request, for checking headers.
async fn raw_answer(addr: std::net::SocketAddr, method: &str, path: &str, body: &str) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.unwrap();
    String::from_utf8_lossy(&answer).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn heal_says_which_kind_of_file_each_fix_touches_and_tests_only_keeps_source_fixes_to_display() {
    let root = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let root_path = root.path().canonicalize().unwrap();
    let server = Server::start(settings(&root_path, data.path(), &[])).await;
    let heal = |file: &str, source: &str, tests_only: Option<bool>| {
        let mut body = json!({ "file_path": file, "source": source, "error_type": "SyntaxError",
                               "error_details": { "error_message": "SyntaxError: expected ':'", "line_number": 1 } });
        if let Some(t) = tests_only {
            body["tests_only"] = json!(t);
        }
        body
    };
    let source = "def price(x)\n    return x\n";
    // A syntax repair keeps behaviour, so it may fix the code under test; it says it touches source.
    let (code, body) =
        http(server.addr, "POST", "/api/automation/heal", Some(&heal("shop/pricing.py", source, None)), None).await;
    assert_eq!(code, 200, "{body}");
    assert_eq!(body["fixes"][0]["touches"], "source", "{body}");
    assert_ne!(body["fixes"][0]["applicability"], "display_only", "{body}");
    // With tests_only it is only shown.
    let (code, body) =
        http(server.addr, "POST", "/api/automation/heal", Some(&heal("shop/pricing.py", source, Some(true))), None)
            .await;
    assert_eq!(code, 200, "{body}");
    assert_eq!(
        (&body["fixes"][0]["touches"], &body["fixes"][0]["applicability"]),
        (&json!("source"), &json!("display_only")),
        "{body}"
    );
    // A test file's fix touches a test, tests_only or not.
    let test = "def test_price()\n    assert 1\n";
    let (code, body) =
        http(server.addr, "POST", "/api/automation/heal", Some(&heal("tests/test_price.py", test, Some(true))), None)
            .await;
    assert_eq!(code, 200, "{body}");
    assert_eq!(body["fixes"][0]["touches"], "test", "{body}");
    assert_ne!(body["fixes"][0]["applicability"], "display_only", "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn heals_beyond_the_pool_and_its_queue_are_shed_with_429_and_retry_after() {
    let root = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let root_path = root.path().canonicalize().unwrap();
    let server =
        Server::start(settings(&root_path, data.path(), &[("CARS_HEAL_THREADS", "1"), ("CARS_HEAL_QUEUE", "1")])).await;
    let body = json!({ "file_path": "tests/test_x.py", "source": BROKEN_TEST,
                       "error_details": { "error_message": "SyntaxError: expected ':'", "line_number": 4 } })
    .to_string();
    // Both places (one running, one waiting) taken, as by two slow heals in flight.
    let held: Vec<_> = (0..2).map(|_| server.app.admit_heal().expect("a free place")).collect();
    let answer = raw_answer(server.addr, "POST", "/api/automation/heal", &body).await;
    assert!(answer.starts_with("HTTP/1.1 429"), "{answer}");
    assert!(answer.to_ascii_lowercase().contains("\r\nretry-after: 1\r\n"), "{answer}");
    assert!(answer.contains("CARS_HEAL_QUEUE"), "the error says what bounds it: {answer}");
    // /health and reads stay available while heals are shed.
    let (code, _) = http(server.addr, "GET", "/health", None, None).await;
    assert_eq!(code, 200);
    drop(held);
    let answer = raw_answer(server.addr, "POST", "/api/automation/heal", &body).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("syntax_repair"), "{answer}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn history_pages_and_statistics_read_the_indexed_store_not_all_of_it() {
    let root = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let root_path = root.path().canonicalize().unwrap();
    // 3000 records written by an earlier version (history.jsonl): imported once, then served by page.
    let mut text = String::new();
    for i in 0..3000 {
        let status = ["success", "failed", "pending_approval"][i % 3];
        let orch = if i % 2 == 0 { "even" } else { "odd" };
        text.push_str(
            &json!({ "repair_id": format!("r{i:05}"), "orchestrator_id": orch, "project_path": "/p",
            "status": status, "test_id": null, "file_path": null, "error_message": "boom", "strategy": "syntax_repair",
            "confidence_score": 0.9, "execution_time": 0.1, "timestamp": "2026-01-01T00:00:00Z", "decision": "" })
            .to_string(),
        );
        text.push('\n');
    }
    std::fs::write(data.path().join("history.jsonl"), text).unwrap();
    let server = Server::start(settings(&root_path, data.path(), &[])).await;
    let addr = server.addr;
    let (_, stats) = http(addr, "GET", "/api/automation/statistics", None, None).await;
    assert_eq!(
        (
            &stats["total_errors_detected"],
            &stats["successful_repairs"],
            &stats["failed_repairs"],
            &stats["pending_approvals"]
        ),
        (&json!(3000), &json!(1000), &json!(1000), &json!(1000))
    );
    assert_eq!(stats["success_rate"], 50.0);
    let (code, page) =
        http(addr, "GET", "/api/automation/history?orchestrator_id=odd&status=failed&limit=3&offset=2", None, None)
            .await;
    assert_eq!(code, 200);
    // odd and failed: i % 2 == 1 and i % 3 == 1 → i ≡ 1 (mod 6): 2995, 2989, 2983, 2977, 2971 ...
    let ids: Vec<&str> = page["repairs"].as_array().unwrap().iter().map(|r| r["repair_id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["r02983", "r02977", "r02971"]);
    assert_eq!(page["total_count"], 500);
    assert!(data.path().join("history.jsonl.imported").exists());
    assert!(data.path().join("history.sqlite").exists());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_auto_commit_branch_carries_the_uncommitted_code_its_fix_was_validated_with_and_passes_its_tests() {
    let root = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let root_path = root.path().canonicalize().unwrap();
    let project = project(&root_path, "wip", GOOD_TEST);
    // The developer's work in progress: calc.py changed, a new module not yet added, and a test edited with a
    // missing `:`. The healed test passes only with the rest of that work.
    std::fs::write(project.join("calc.py"), "from helpers import total\n\n\ndef add(*xs):\n    return total(xs)\n")
        .unwrap();
    std::fs::write(project.join("helpers.py"), "def total(xs):\n    return sum(xs)\n").unwrap();
    std::fs::write(
        project.join("tests/test_calc.py"),
        "from calc import add\n\n\ndef test_add()\n    assert add(1, 2, 3) == 6\n",
    )
    .unwrap();
    let server = Server::start(settings(&root_path, data.path(), &[])).await;
    let start =
        json!({ "project_path": project, "auto_fix": true, "auto_commit": true, "test_command": pytest_command() });
    let (code, body) = http(server.addr, "POST", "/api/automation/start", Some(&start), None).await;
    assert_eq!(code, 200, "{body}");
    let orch = body["orchestrator_id"].as_str().unwrap().to_string();
    let repair = wait_status(server.addr, &orch, "success").await;
    let branch = repair["branch"].as_str().expect("committed").to_string();
    assert!(repair["decision"].as_str().unwrap().contains("carries 2 uncommitted file(s)"), "{repair}");
    let message = sh(&project, &format!("git log -1 --format=%B {branch}"));
    assert!(message.contains("- calc.py") && message.contains("- helpers.py"), "{message}");

    // Check the branch out on its own and run its tests: they pass, as validated.
    let checkout = root_path.join("branch-checkout");
    sh(&project, &format!("git worktree add -q {} {branch}", checkout.display()));
    let files = sh(&checkout, "git ls-files");
    assert!(!files.contains(".maestro") && !files.contains("__pycache__"), "tool state was committed: {files}");
    sh(&checkout, "python -m pytest -q -p no:cacheprovider");
    // The developer's branch and working tree are as they were (plus the applied fix).
    assert!(sh(&project, "git status --porcelain").contains("?? helpers.py"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_monitor_watches_lint_and_type_errors_from_the_checks_the_project_configures() {
    let root = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let root_path = root.path().canonicalize().unwrap();
    let project = project(&root_path, "checked", GOOD_TEST);
    // Tests pass; a linter and a type checker do not.
    std::fs::write(project.join("calc.py"), "import os\n\n\ndef add(a: int, b: int) -> int:\n    return a + b\n")
        .unwrap();
    std::fs::write(project.join("report.py"), "from calc import add\n\ntotal: str = add(1, 2)\n").unwrap();
    let bin = std::path::PathBuf::from(path_with_tools().split(':').next().unwrap().to_string());
    let ruff = json!([bin.join("ruff"), "check", "--output-format", "json", "--no-cache", "calc.py"]);
    let mypy = json!([bin.join("mypy"), "--no-incremental", "--cache-dir", "/dev/null", "report.py"]);
    // The project names its own checks; the request picks them (anything else would need the allowlist).
    std::fs::create_dir_all(project.join(".maestro")).unwrap();
    let own = json!({ "checks": [{ "error_type": "lint_error", "command": ruff },
                                 { "error_type": "type_error", "command": mypy }] });
    std::fs::write(project.join(".maestro/cars.json"), own.to_string()).unwrap();
    let server = Server::start(settings(&root_path, data.path(), &[])).await;
    let addr = server.addr;
    let refused = json!({ "project_path": project, "test_command": pytest_command(),
                          "checks": [{ "error_type": "lint_error", "command": ["sh", "-c", "id"] }] });
    let (code, body) = http(addr, "POST", "/api/automation/start", Some(&refused), None).await;
    assert_eq!((code, body["field"].as_str()), (403, Some("checks")), "{body}");
    let (code, body) = http(addr, "POST", "/api/automation/start",
        Some(&json!({ "project_path": project, "test_command": pytest_command(), "checks": [{ "error_type": "warning", "command": ruff }] })),
        None).await;
    assert_eq!((code, body["field"].as_str()), (422, Some("checks[0].error_type")), "{body}");

    let start = json!({ "project_path": project, "auto_fix": true, "test_command": pytest_command() });
    let (code, body) = http(addr, "POST", "/api/automation/start", Some(&start), None).await;
    assert_eq!(code, 200, "{body}");
    let orch = body["orchestrator_id"].as_str().unwrap().to_string();
    let first = orch.clone();
    let (lint, typed) = wait_for(Duration::from_secs(90), "lint and type records", || {
        let orch = orch.clone();
        async move {
            let all = history(addr, &format!("orchestrator_id={orch}&limit=100")).await;
            let find = |t: &str| {
                all.iter()
                    .find(|r| r["error_type"] == t && (t != "lint_error" || r["strategy"] == "lint_autofix"))
                    .cloned()
            };
            Some((find("lint_error")?, find("type_error")?))
        }
    })
    .await;
    // The linter's own autofix removes the unused import, validated by re-running ruff, and is held for approval
    // (the project's config does not let the monitor apply a linter's fixes on its own): nothing is written yet.
    assert_eq!((&lint["status"], &lint["strategy"]), (&json!("pending_approval"), &json!("lint_autofix")), "{lint}");
    assert_eq!(lint["touches"], "source", "{lint}");
    assert!(lint["diff"].as_str().unwrap().contains("-import os"), "{lint}");
    assert!(read(&project, "calc.py").contains("import os"), "{}", read(&project, "calc.py"));
    assert!(typed["error_message"].as_str().unwrap().contains("str"), "{typed}");
    let (_, status) = http(addr, "GET", &format!("/api/automation/status?orchestrator_id={orch}"), None, None).await;
    assert_eq!(status["config"]["checks"].as_array().map(Vec::len), Some(2), "{status}");
    let approve = json!({ "repair_id": lint["repair_id"] });
    let (code, body) = http(addr, "POST", "/api/automation/approve", Some(&approve), None).await;
    assert_eq!((code, &body["status"]), (200, &json!("approved")), "{body}");
    assert!(!read(&project, "calc.py").contains("import os"), "{}", read(&project, "calc.py"));

    // A project whose config allows it gets the linter's fix applied by the monitor.
    let allowed = lint_project(&root_path, "allowed");
    let ruff = json!([bin.join("ruff"), "check", "--output-format", "json", "--no-cache", "calc.py"]);
    let own = json!({ "checks": [{ "error_type": "lint_error", "command": ruff }], "apply_lint_autofix": true });
    std::fs::write(allowed.join(".maestro/cars.json"), own.to_string()).unwrap();
    let start = json!({ "project_path": allowed, "auto_fix": true, "test_command": pytest_command() });
    let (code, body) = http(addr, "POST", "/api/automation/start", Some(&start), None).await;
    assert_eq!(code, 200, "{body}");
    let orch = body["orchestrator_id"].as_str().unwrap().to_string();
    let lint = wait_for(Duration::from_secs(90), "the lint record", || {
        let orch = orch.clone();
        async move {
            let all = history(addr, &format!("orchestrator_id={orch}&limit=100")).await;
            all.into_iter().find(|r| r["error_type"] == "lint_error" && r["strategy"] == "lint_autofix")
        }
    })
    .await;
    assert_eq!((&lint["status"], &lint["strategy"]), (&json!("success"), &json!("lint_autofix")), "{lint}");
    assert!(!read(&allowed, "calc.py").contains("import os"), "{}", read(&allowed, "calc.py"));
    // The violation the held fix covers is not recorded again as a failure without a fix.
    let all = history(addr, &format!("orchestrator_id={first}&limit=100")).await;
    let lint_records: Vec<&Value> = all.iter().filter(|r| r["error_type"] == "lint_error").collect();
    assert_eq!(lint_records.len(), 1, "{lint_records:?}");
}

/// A project with passing tests and an unused import in `calc.py`, and a `.maestro/` folder.
fn lint_project(root: &std::path::Path, name: &str) -> std::path::PathBuf {
    let dir = project(root, name, GOOD_TEST);
    std::fs::write(dir.join("calc.py"), "import os\n\n\ndef add(a: int, b: int) -> int:\n    return a + b\n").unwrap();
    std::fs::create_dir_all(dir.join(".maestro")).unwrap();
    dir
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dashboard_is_served_from_the_binary_with_nothing_from_elsewhere() {
    let root = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let root_path = root.path().canonicalize().unwrap();
    let server = Server::start(settings(&root_path, data.path(), &[("CARS_API_TOKEN", TOKEN)])).await;
    let page = raw_answer(server.addr, "GET", "/", "").await;
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    let head = page.split("\r\n\r\n").next().unwrap().to_ascii_lowercase();
    assert!(head.contains("content-type: text/html"), "{head}");
    assert!(head.contains("content-security-policy: default-src 'self'; script-src 'self'"), "{head}");
    for needed in
        ["src=\"/dashboard.js\"", "href=\"/dashboard.css\"", "id=\"orchestrators\"", "id=\"pending\"", "id=\"history\""]
    {
        assert!(page.contains(needed), "{needed} missing");
    }
    let script = raw_answer(server.addr, "GET", "/dashboard.js", "").await;
    assert!(script.starts_with("HTTP/1.1 200") && script.contains("text/javascript"), "{script}");
    let style = raw_answer(server.addr, "GET", "/dashboard.css", "").await;
    assert!(style.starts_with("HTTP/1.1 200") && style.contains("text/css"), "{style}");
    for (name, text) in [("page", &page), ("script", &script), ("style", &style)] {
        let body = text.split_once("\r\n\r\n").unwrap().1;
        assert!(
            !body.contains("http://") && !body.contains("https://") && !body.contains("//cdn"),
            "{name} loads from elsewhere"
        );
    }
    // What the script reads, and the data it puts in the page only as text.
    let js = script.split_once("\r\n\r\n").unwrap().1;
    for path in [
        "/api/automation/statistics",
        "/api/automation/active-orchestrators",
        "/api/automation/history?status=pending_approval",
        "/api/automation/\" + action",
    ] {
        assert!(js.contains(path), "{path}");
    }
    assert!(!js.contains("innerHTML"), "API data must never be inserted as HTML");
    // The script parses (node is on CI's PATH for the Node bindings).
    let file = data.path().join("dashboard.js");
    std::fs::write(&file, js).unwrap();
    let check = std::process::Command::new("node").arg("--check").arg(&file).output().expect("node is installed");
    assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stderr));

    // A decision from the page (same origin, as a browser sends it) passes CORS and needs the token.
    let origin = format!("http://{}", server.addr);
    let decide = |token: Option<&str>| {
        let auth = token.map(|t| format!("Authorization: Bearer {t}\r\n")).unwrap_or_default();
        let body = r#"{"repair_id":"nope"}"#;
        format!(
            "POST /api/automation/approve HTTP/1.1\r\nHost: {}\r\nOrigin: {origin}\r\n{auth}Connection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            server.addr,
            body.len()
        )
    };
    for (token, status) in [(None, "401"), (Some(TOKEN), "404")] {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let mut stream = tokio::net::TcpStream::connect(server.addr).await.unwrap();
        stream.write_all(decide(token).as_bytes()).await.unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).await.unwrap();
        assert!(answer.starts_with(&format!("HTTP/1.1 {status}")), "{answer}");
    }
}

/// A pytest project whose code under test (`calc.py`) lost a `:`: every test fails to import it, and the only
/// repair is in the source file.
fn broken_source_project(root: &std::path::Path, name: &str) -> std::path::PathBuf {
    let dir = project(root, name, GOOD_TEST);
    std::fs::write(dir.join("calc.py"), BROKEN_SOURCE).unwrap();
    dir
}

const BROKEN_SOURCE: &str = "def add(a, b)\n    return a + b\n";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tests_only_holds_back_a_source_fix_through_start_and_validate() {
    use maestro_cars::jobs::{Job, ValidateRequest};
    let root = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let root_path = root.path().canonicalize().unwrap();
    let server = Server::start(settings(&root_path, data.path(), &[])).await;
    let addr = server.addr;
    let validate = |p: &std::path::Path, tests_only: bool| {
        Job::Validate(ValidateRequest {
            project_path: p.display().to_string(),
            test_command: Some(serde_json::from_value(pytest_command()).unwrap()),
            confidence_threshold: None,
            tests_only,
        })
    };

    // validate: the same project, with and without tests_only; nothing is written either way.
    let checked = broken_source_project(&root_path, "checked");
    let free = server.app.submit(validate(&checked, false)).await.unwrap();
    let held = server.app.submit(validate(&checked, true)).await.unwrap();
    assert_eq!(read(&checked, "calc.py"), BROKEN_SOURCE, "validate writes nothing");
    for report in [&free, &held] {
        assert_eq!((report["passed"].as_bool(), report["failures"].as_u64()), (Some(false), Some(1)), "{report}");
    }
    let source_fix = |report: &Value| {
        report["fixes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["touches"] == "source" && f["diff"].as_str().unwrap().contains("+def add(a, b):"))
            .cloned()
            .unwrap_or_else(|| panic!("no fix of calc.py in {report}"))
    };
    let fix = source_fix(&free);
    assert_eq!((fix["strategy"].as_str(), fix["validated"].as_bool()), (Some("syntax_repair"), Some(true)), "{fix}");
    let fix = source_fix(&held);
    assert_ne!(fix["validated"], true, "a source fix under tests_only is not offered as validated: {fix}");
    assert!(fix["decision"].to_string().contains("display only"), "{fix}");

    // start: auto_fix with tests_only leaves calc.py broken and records the fix as not applied; without
    // tests_only the same fix is applied and the suite passes.
    let mut outcome = Vec::new();
    for (name, tests_only) in [("kept", true), ("fixed", false)] {
        let p = broken_source_project(&root_path, name);
        let start = json!({ "project_path": p, "auto_fix": true, "tests_only": tests_only,
                            "test_command": pytest_command() });
        let (code, body) = http(addr, "POST", "/api/automation/start", Some(&start), None).await;
        assert_eq!(code, 200, "{body}");
        let orch = body["orchestrator_id"].as_str().unwrap().to_string();
        let record = wait_for(Duration::from_secs(90), "the first cycle's repair record", || {
            let q = format!("orchestrator_id={orch}");
            async move { history(addr, &q).await.into_iter().next() }
        })
        .await;
        outcome.push((p, record));
    }
    let (kept, record) = &outcome[0];
    assert_eq!(read(kept, "calc.py"), BROKEN_SOURCE, "tests_only: the source file is not touched");
    assert_ne!(record["status"], "success", "{record}");
    assert_eq!((record["strategy"].as_str(), record["touches"].as_str()), (Some("syntax_repair"), Some("source")));
    assert!(record.get("branch").is_none_or(Value::is_null), "{record}");
    let (fixed, record) = &outcome[1];
    assert_eq!((record["status"].as_str(), record["touches"].as_str()), (Some("success"), Some("source")), "{record}");
    assert!(read(fixed, "calc.py").contains("def add(a, b):"));
    sh(fixed, "python -m pytest -q -p no:cacheprovider");
}
