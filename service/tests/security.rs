//! The security table over real HTTP: each row is an attack the service must refuse, and what the refusal looks
//! like (status and the field at fault), with a check that nothing happened on disk.
#![allow(clippy::unwrap_used)]

mod common;

use std::net::SocketAddr;
use std::time::Duration;

use common::*;
use maestro_cars::jobs::{Job, JobError, ValidateRequest};
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const TOKEN: &str = "correct-horse-battery";

/// One raw request with extra header lines; the status, the response head (lower-cased) and the body.
async fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[&str],
    body: Option<&Value>,
) -> (u16, String, Value) {
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let body = body.map(|b| b.to_string()).unwrap_or_default();
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for h in headers {
        head.push_str(&format!("{h}\r\n"));
    }
    if !body.is_empty() {
        head.push_str(&format!("Content-Type: application/json\r\nContent-Length: {}\r\n", body.len()));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(body.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer).await;
    let text = String::from_utf8_lossy(&answer).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head.split_whitespace().nth(1).unwrap_or("0").parse().unwrap();
    (status, head.to_ascii_lowercase(), serde_json::from_str(body).unwrap_or(Value::Null))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_row_of_the_security_table_is_refused() {
    let root = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let root_path = root.path().canonicalize().unwrap();
    let server = Server::start(settings(
        &root_path,
        data.path(),
        &[
            ("CARS_API_TOKEN", TOKEN),
            ("CARS_WEBHOOK_HOSTS", "127.0.0.1,10.0.0.5,169.254.169.254,[::1],localhost,192.168.1.1:8080"),
            ("CARS_CORS_ORIGINS", "https://ui.example"),
        ],
    ))
    .await;
    let addr = server.addr;
    let p = project(&root_path, "p", GOOD_TEST);
    let start = json!({ "project_path": p, "test_command": pytest_command() });
    let heal = json!({ "file_path": "t.py", "source": BROKEN_TEST, "error_details": { "error_message": "x" } });
    let decision = json!({ "repair_id": "r" });
    let stop = "/api/automation/stop?orchestrator_id=x";

    // No token, a wrong token (same length, a prefix, another scheme) on every mutating endpoint.
    let wrong = [None, Some("correct-horse-batterx"), Some("correct-horse"), Some("")];
    for (path, body) in [
        ("/api/automation/start", Some(&start)),
        (stop, None),
        ("/api/automation/heal", Some(&heal)),
        ("/api/automation/approve", Some(&decision)),
        ("/api/automation/reject", Some(&decision)),
    ] {
        for token in wrong {
            let (code, body) = http(addr, "POST", path, body, token).await;
            assert_eq!((code, body["field"].as_str()), (401, Some("Authorization")), "{path} with {token:?}");
        }
        let (code, head, _) = request(addr, "POST", path, &[&format!("Authorization: Basic {TOKEN}")], body).await;
        assert_eq!(code, 401, "{path}: a Basic credential is not the bearer token");
        assert!(head.contains("www-authenticate: bearer"), "{head}");
    }
    assert_eq!(http(addr, "GET", "/api/automation/active-orchestrators", None, None).await.1["total_count"], 0);

    // A test command that is not allowlisted: refused before anything runs, over HTTP and as a job.
    let marker = p.join("pwned");
    for argv in [
        json!(["sh", "-c", format!("id > {}", marker.display())]),
        json!(["python", "-c", format!("open({:?}, 'w')", marker.display().to_string())]),
        // The allowed command with one more argument is another command.
        json!(pytest_command().as_array().unwrap().iter().cloned().chain([json!("--co")]).collect::<Vec<_>>()),
    ] {
        let body = json!({ "project_path": p, "test_command": argv });
        let (code, body) = http(addr, "POST", "/api/automation/start", Some(&body), Some(TOKEN)).await;
        assert_eq!((code, body["field"].as_str()), (403, Some("test_command")), "{argv}: {body}");
        assert!(body["error"].as_str().unwrap().contains("CARS_TEST_COMMANDS"), "{body}");
        let job = Job::Validate(ValidateRequest {
            project_path: p.display().to_string(),
            test_command: serde_json::from_value(argv.clone()).unwrap(),
            confidence_threshold: None,
            tests_only: false,
        });
        match server.app.process(job).await {
            Err(JobError::Rejected(e)) => {
                assert_eq!((e.status.as_u16(), e.field.as_deref()), (403, Some("test_command")))
            }
            other => panic!("the validate job with {argv} was not refused: {other:?}"),
        }
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(!marker.exists(), "a refused command ran");

    // Webhooks from a request: to loopback, private, link-local (cloud metadata), IPv6 loopback, a name that
    // resolves to loopback, and a host not on the list.
    for (url, says) in [
        ("http://127.0.0.1:6379/", "internal address"),
        ("http://10.0.0.5/hook", "internal address"),
        ("http://169.254.169.254/latest/meta-data", "internal address"),
        ("http://[::1]/", "internal address"),
        ("http://localhost/", "internal address"),
        ("http://192.168.1.1:8080/", "internal address"),
        ("http://hooks.example/", "not on CARS_WEBHOOK_HOSTS"),
        ("http://127.0.0.1@hooks.example/", "not an http"),
    ] {
        let body = json!({ "project_path": p, "test_command": pytest_command(), "webhook_url": url });
        let (code, body) = http(addr, "POST", "/api/automation/start", Some(&body), Some(TOKEN)).await;
        assert_eq!((code, body["field"].as_str()), (403, Some("webhook_url")), "{url}: {body}");
        assert!(body["error"].as_str().unwrap().contains(says), "{url}: {body}");
    }

    // Path escapes: project_path outside the roots, `..` out, a symlink out; file_path out of the project.
    std::os::unix::fs::symlink(outside.path(), root_path.join("link")).unwrap();
    std::fs::write(outside.path().join("secret.py"), "KEY = 'x'\n").unwrap();
    std::os::unix::fs::symlink(outside.path().join("secret.py"), p.join("leak.py")).unwrap();
    for escape in [
        outside.path().display().to_string(),
        format!("{}/p/../..", root_path.display()),
        format!("{}/link", root_path.display()),
    ] {
        let body = json!({ "project_path": escape, "test_command": pytest_command() });
        let (code, body) = http(addr, "POST", "/api/automation/start", Some(&body), Some(TOKEN)).await;
        assert_eq!((code, body["field"].as_str()), (403, Some("project_path")), "{escape}: {body}");
    }
    for file in ["../../../../etc/passwd", "/etc/passwd", "leak.py"] {
        let body = json!({ "project_path": p, "file_path": file, "error_details": { "error_message": "boom" } });
        let (code, body) = http(addr, "POST", "/api/automation/heal", Some(&body), Some(TOKEN)).await;
        assert!((400..500).contains(&code), "{file}: {code}");
        assert_eq!(body["field"].as_str(), Some("file_path"), "{file}: {body}");
        assert!(!body.to_string().contains("KEY = "), "{file}: the secret leaked: {body}");
    }

    // Browser origins: a preflight or a write from an unlisted origin is refused (even with the token: a page
    // could hold it); reads get no CORS headers; the listed origin gets them.
    let evil = "Origin: https://evil.example";
    let (code, _, body) = request(addr, "OPTIONS", "/api/automation/start", &[evil], None).await;
    assert_eq!((code, body["field"].as_str()), (403, Some("Origin")));
    let auth = format!("Authorization: Bearer {TOKEN}");
    let (code, _, _) = request(addr, "POST", stop, &[evil, &auth], None).await;
    assert_eq!(code, 403, "a cross-origin write");
    let (code, head, _) = request(addr, "GET", "/api/automation/statistics", &[evil], None).await;
    assert_eq!(code, 200);
    assert!(!head.contains("access-control-allow-origin"), "{head}");
    let (code, head, _) =
        request(addr, "OPTIONS", "/api/automation/start", &["Origin: https://ui.example"], None).await;
    assert_eq!(code, 204);
    assert!(head.contains("access-control-allow-origin: https://ui.example"), "{head}");
    assert!(head.contains("access-control-allow-headers: authorization, content-type"), "{head}");

    // Nothing above started anything.
    assert_eq!(http(addr, "GET", "/api/automation/active-orchestrators", None, None).await.1["total_count"], 0);
    // The allowed command, the listed public host and the right token do work.
    let (code, body) = http(addr, "POST", "/api/automation/start", Some(&start), Some(TOKEN)).await;
    assert_eq!(code, 200, "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_projects_own_command_runs_and_private_webhooks_need_the_operators_consent() {
    let root = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let root_path = root.path().canonicalize().unwrap();
    let p = project(&root_path, "own", GOOD_TEST);
    // The project names its own command (not on the allowlist): it runs, from the file or named in the request.
    let python = pytest_command()[0].clone();
    let own = json!([python, "-c", "open('ran', 'w').write('yes')"]);
    std::fs::create_dir_all(p.join(".maestro")).unwrap();
    std::fs::write(p.join(".maestro/cars.json"), json!({ "test_command": own }).to_string()).unwrap();
    let server = Server::start(settings(
        &root_path,
        data.path(),
        &[("CARS_WEBHOOK_HOSTS", "127.0.0.1"), ("CARS_WEBHOOK_ALLOW_PRIVATE", "true")],
    ))
    .await;
    let addr = server.addr;
    let body = json!({ "project_path": p, "test_command": own, "webhook_url": "http://127.0.0.1:9/hook" });
    let (code, body) = http(addr, "POST", "/api/automation/start", Some(&body), None).await;
    assert_eq!(code, 200, "{body}");
    let orch = body["orchestrator_id"].as_str().unwrap().to_string();
    wait_for(Duration::from_secs(30), "the project's own command to run", || async {
        p.join("ran").exists().then_some(())
    })
    .await;
    let (_, status) = http(addr, "GET", &format!("/api/automation/status?orchestrator_id={orch}"), None, None).await;
    assert_eq!(status["config"]["test_command"], own);
    assert_eq!(status["config"]["webhook_url"], "http://127.0.0.1:9/hook");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_non_loopback_listener_without_a_token_is_refused() {
    let root = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let root_path = root.path().canonicalize().unwrap();

    // The library: serve() on 0.0.0.0 with no token returns PermissionDenied and answers nothing.
    let app = maestro_cars::App::start(settings(&root_path, data.path(), &[])).await.unwrap();
    // A port below the kernel's ephemeral range: the other tests' `free_port()` (bind :0, release, rebind)
    // can never be handed it once ours is closed, so the check below cannot be fooled by their listeners.
    let std_listener = (20_000..30_000).find_map(|p| std::net::TcpListener::bind(("0.0.0.0", p)).ok()).unwrap();
    std_listener.set_nonblocking(true).unwrap();
    let listener = tokio::net::TcpListener::from_std(std_listener).unwrap();
    let port = listener.local_addr().unwrap().port();
    let err = maestro_cars::serve(app, listener, std::future::pending()).await.unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::PermissionDenied);
    assert!(err.to_string().contains("CARS_API_TOKEN"), "{err}");
    assert!(tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_err(), "the listener was closed");

    // The binary: exits 2 with the reason, before it answers anything.
    let (r, d) = (root_path.to_str().unwrap(), data.path().to_str().unwrap());
    let mut exposed = Binary::spawn(&[("SERVICE_HOST", "0.0.0.0"), ("CARS_ALLOWED_ROOTS", r), ("CARS_DATA_DIR", d)]);
    let status = wait_for(Duration::from_secs(20), "the binary to exit", || {
        let s = exposed.child.try_wait().unwrap();
        async move { s }
    })
    .await;
    assert_eq!(status.code(), Some(2));
    assert!(exposed.stderr().contains("refusing to listen on 0.0.0.0 without CARS_API_TOKEN"));

    // With a token it listens on every address, and the token is required.
    let guarded = Binary::spawn(&[
        ("SERVICE_HOST", "0.0.0.0"),
        ("CARS_API_TOKEN", TOKEN),
        ("CARS_ALLOWED_ROOTS", r),
        ("CARS_DATA_DIR", d),
    ]);
    guarded.ready().await;
    let heal = json!({ "file_path": "t.py", "source": BROKEN_TEST, "error_details": { "error_message": "x" } });
    assert_eq!(http(guarded.addr, "POST", "/api/automation/heal", Some(&heal), None).await.0, 401);
    assert_eq!(http(guarded.addr, "POST", "/api/automation/heal", Some(&heal), Some(TOKEN)).await.0, 200);
}
