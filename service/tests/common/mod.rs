//! Shared helpers: real pytest projects in temp folders, an in-process server on 127.0.0.1:0, the real binary
//! as a child process, and a tiny HTTP/1.1 client over a TcpStream.
#![allow(dead_code, clippy::unwrap_used)]

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// PATH with the pinned pytest from `.tools/` (installed by `scripts/tools.sh`) first.
pub fn path_with_tools() -> String {
    let tools = std::env::var_os("MAESTRO_TOOLS").map(PathBuf::from).unwrap_or_else(|| repo_root().join(".tools"));
    assert!(
        tools.join("venv/bin/pytest").exists(),
        "pytest is missing: run `bash scripts/tools.sh` first (or use `bash scripts/test.sh`)"
    );
    format!("{}:{}", tools.join("venv/bin").display(), std::env::var("PATH").unwrap_or_default())
}

pub fn sh(dir: &Path, script: &str) -> String {
    let out =
        Command::new("sh").arg("-c").arg(script).current_dir(dir).env("PATH", path_with_tools()).output().unwrap();
    assert!(
        out.status.success(),
        "`{script}` failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The pytest command the tests start orchestrators with (`python` from the tools venv).
pub fn pytest_command() -> Value {
    let python = PathBuf::from(path_with_tools().split(':').next().unwrap()).join("python");
    serde_json::json!([python.display().to_string(), "-m", "pytest", "-q", "-p", "no:cacheprovider"])
}

pub const BROKEN_TEST: &str = "from calc import add\n\n\ndef test_add()\n    assert add(1, 2) == 3\n\n\ndef test_more():\n    assert add(2, 2) == 4\n";
pub const GOOD_TEST: &str = "from calc import add\n\n\ndef test_add():\n    assert add(1, 2) == 3\n";

/// A tiny pytest project in `parent/name`, committed in git, with `tests/test_calc.py` = `test`.
pub fn project(parent: &Path, name: &str, test: &str) -> PathBuf {
    let dir = parent.join(name);
    std::fs::create_dir_all(dir.join("tests")).unwrap();
    std::fs::write(dir.join("calc.py"), "def add(a, b):\n    return a + b\n").unwrap();
    std::fs::write(dir.join("pytest.ini"), "[pytest]\npythonpath = .\n").unwrap();
    std::fs::write(dir.join("tests/test_calc.py"), test).unwrap();
    sh(&dir, "git init -q && git add -A && git -c user.email=t@t -c user.name=t commit -qm shipped");
    dir.canonicalize().unwrap()
}

pub fn read(dir: &Path, rel: &str) -> String {
    std::fs::read_to_string(dir.join(rel)).unwrap()
}

/// `CARS_TEST_COMMANDS` allowing the tests' pytest command.
pub fn test_commands() -> String {
    serde_json::json!([pytest_command()]).to_string()
}

/// Settings for tests: everything explicit, nothing from the environment except what `extra` adds.
pub fn settings(root: &Path, data: &Path, extra: &[(&str, &str)]) -> maestro_cars::Settings {
    let mut vars: HashMap<String, String> = HashMap::new();
    vars.insert("CARS_ALLOWED_ROOTS".into(), root.display().to_string());
    vars.insert("CARS_DATA_DIR".into(), data.display().to_string());
    vars.insert("CARS_DEBOUNCE_MS".into(), "300".into());
    vars.insert("ERROR_MONITOR_INTERVAL".into(), "3600".into());
    vars.insert("CARS_TEST_COMMANDS".into(), test_commands());
    for (k, v) in extra {
        vars.insert(k.to_string(), v.to_string());
    }
    maestro_cars::Settings::from_vars(|k| vars.get(k).cloned()).unwrap()
}

/// An in-process server on 127.0.0.1:0.
pub struct Server {
    pub addr: SocketAddr,
    pub app: Arc<maestro_cars::App>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Server {
    pub async fn start(settings: maestro_cars::Settings) -> Server {
        let app = maestro_cars::App::start(settings).await.unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (stop, rx) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(maestro_cars::serve(app.clone(), listener, async {
            let _ = rx.await;
        }));
        Server { addr, app, stop: Some(stop) }
    }

    pub fn shutdown(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
    }
}

/// One HTTP/1.1 request with `Connection: close`; the status and the body (JSON when it parses, else a string).
pub async fn http(
    addr: SocketAddr,
    method: &str,
    path: &str,
    body: Option<&Value>,
    token: Option<&str>,
) -> (u16, Value) {
    let body_text = body.map(|b| b.to_string());
    raw(addr, method, path, body_text.as_deref().map(str::as_bytes), token).await
}

pub async fn raw(addr: SocketAddr, method: &str, path: &str, body: Option<&[u8]>, token: Option<&str>) -> (u16, Value) {
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    if let Some(t) = token {
        head.push_str(&format!("Authorization: Bearer {t}\r\n"));
    }
    if let Some(b) = body {
        head.push_str(&format!("Content-Type: application/json\r\nContent-Length: {}\r\n", b.len()));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await.unwrap();
    if let Some(b) = body {
        // A server may answer (413) and close before reading a large body: that is not a client error.
        let _ = stream.write_all(b).await;
    }
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer).await;
    let text = String::from_utf8_lossy(&answer).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status: u16 = head.split_whitespace().nth(1).unwrap_or("0").parse().unwrap();
    let body =
        if head.to_ascii_lowercase().contains("transfer-encoding: chunked") { dechunk(body) } else { body.to_string() };
    let value = serde_json::from_str(&body).unwrap_or(Value::String(body));
    (status, value)
}

fn dechunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 {
            break;
        }
        out.push_str(&rest[..n]);
        body = &rest[n + 2..];
    }
    out
}

/// Polls `check` until it returns Some, or panics with `what` after `timeout`.
pub async fn wait_for<T, F, Fut>(timeout: Duration, what: &str, mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let start = Instant::now();
    loop {
        if let Some(v) = check().await {
            return v;
        }
        assert!(start.elapsed() < timeout, "timed out after {timeout:?} waiting for {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The real binary as a child process; killed on drop.
pub struct Binary {
    pub child: Child,
    pub addr: SocketAddr,
}

impl Binary {
    pub fn spawn(env: &[(&str, &str)]) -> Binary {
        let port = free_port();
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_maestro-cars"));
        cmd.env_clear()
            .env("PATH", path_with_tools())
            .env("SERVICE_HOST", "127.0.0.1")
            .env("SERVICE_PORT", port.to_string())
            .env("CARS_TEST_COMMANDS", test_commands())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = cmd.spawn().unwrap();
        Binary { child, addr: SocketAddr::from(([127, 0, 0, 1], port)) }
    }

    /// Waits until /health answers 200 (the port is bound before the service has started its workers).
    pub async fn ready(&self) {
        let addr = self.addr;
        wait_for(Duration::from_secs(30), "the service to answer /health", || async move {
            tokio::net::TcpStream::connect(addr).await.ok()?;
            let (code, _) = http(addr, "GET", "/health", None, None).await;
            (code == 200).then_some(())
        })
        .await;
    }

    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Everything the binary wrote to stderr (after it has exited).
    pub fn stderr(&mut self) -> String {
        let mut s = String::new();
        if let Some(mut e) = self.child.stderr.take() {
            use std::io::Read;
            let _ = e.read_to_string(&mut s);
        }
        s
    }
}

impl Drop for Binary {
    fn drop(&mut self) {
        self.kill();
    }
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}
