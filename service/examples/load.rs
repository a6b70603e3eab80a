//! Load bench over real HTTP (keep-alive connections to an in-process server on 127.0.0.1), loopback only and
//! bounded in time:
//!
//! 1. `POST /api/automation/heal` with an inline payload at `LOAD_CONCURRENCY` connections, while one more
//!    connection polls `/health` (its p99 says whether heals starve the server);
//! 2. `GET /api/automation/statistics` and `GET /api/automation/history` over a 50,000-record history
//!    (`LOAD_HISTORY`), with `/health` polled alongside;
//! 3. jobs/s through the Redis Streams pipeline when `REDIS_URL` is set.
//!
//! ```sh
//! cargo run --release -p maestro-cars --example load
//! REDIS_URL=redis://127.0.0.1:6379/15 cargo run --release -p maestro-cars --example load
//! ```
//!
//! Knobs: LOAD_SECONDS (5 per phase), LOAD_CONCURRENCY (16), LOAD_HISTORY (50000), LOAD_JOBS (1000),
//! CARS_WORKERS (4), LOAD_ASSERT (1: exit 1 when one of issue 17's targets is missed, including a heal answered
//! with anything but a 200 carrying a syntax repair; meaningful only when the machine's CPUs are the bench's alone:
//! it warns when the load average says they were not). Before the HTTP phases it prints the CPU one heal of the
//! payload costs on one thread (thread CPU clock), which does not depend on the machine's other work. The Redis database in REDIS_URL is emptied (FLUSHDB) first: point it at a
//! scratch database.
#![allow(clippy::unwrap_used)]

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use redis::AsyncCommands;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};

const SOURCE: &str = "from calc import add\n\n\ndef test_add()\n    assert add(1, 2) == 3\n";

fn env_num(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn heal_body() -> String {
    serde_json::json!({ "file_path": "tests/test_calc.py", "source": SOURCE, "error_type": "SyntaxError",
                        "error_details": { "error_message": "SyntaxError: expected ':'", "line_number": 4 } })
    .to_string()
}

fn post(path: &str, body: &str) -> String {
    format!(
        "POST {path} HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
}

fn get(path: &str) -> String {
    format!("GET {path} HTTP/1.1\r\nHost: bench\r\n\r\n")
}

/// One keep-alive connection sending `request` until `until` (one every `pause` when it is not zero); the
/// latency of each and the status codes other than 200.
async fn client(addr: SocketAddr, request: Arc<String>, until: Instant, pause: Duration) -> (Vec<Duration>, usize) {
    client_expecting(addr, request, until, pause, None).await
}

/// [`client`], counting as not OK also a 200 whose body lacks `expect` (a heal that proposed nothing is not a heal).
async fn client_expecting(
    addr: SocketAddr,
    request: Arc<String>,
    until: Instant,
    pause: Duration,
    expect: Option<&'static str>,
) -> (Vec<Duration>, usize) {
    let stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream.set_nodelay(true).unwrap();
    let (read, mut write) = stream.into_split();
    let mut read = BufReader::new(read);
    let mut out = Vec::new();
    let mut not_ok = 0;
    let mut next = Instant::now();
    while Instant::now() < until {
        let started = Instant::now();
        write.write_all(request.as_bytes()).await.unwrap();
        let mut line = String::new();
        read.read_line(&mut line).await.unwrap();
        if !line.contains(" 200 ") {
            not_ok += 1;
        }
        let mut length = 0;
        loop {
            let mut header = String::new();
            read.read_line(&mut header).await.unwrap();
            if header == "\r\n" {
                break;
            }
            if let Some(v) = header.to_ascii_lowercase().strip_prefix("content-length:") {
                length = v.trim().parse().unwrap();
            }
        }
        let mut body = vec![0; length];
        read.read_exact(&mut body).await.unwrap();
        out.push(started.elapsed());
        if line.contains(" 200 ") && expect.is_some_and(|e| !String::from_utf8_lossy(&body).contains(e)) {
            not_ok += 1;
        }
        if !pause.is_zero() {
            // A schedule, not a sleep after each answer: the rate holds whatever the latency and timer rounding.
            next += pause;
            tokio::time::sleep_until(next.into()).await;
        }
    }
    (out, not_ok)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// `concurrency` connections sending `request` for `seconds` (each one request every `pause`; 0 is flat out),
/// and one more polling `/health` every 5 ms.
async fn phase(addr: SocketAddr, what: &str, request: String, concurrency: usize, seconds: u64) -> Measured {
    paced(addr, what, request, concurrency, seconds, Duration::ZERO, None).await
}

/// What one phase measured, for `LOAD_ASSERT`.
struct Measured {
    /// Answers other than 200 (or without the expected content): shed requests must not pass for fast ones.
    not_ok: usize,
    per_second: f64,
    p99: Duration,
    health_p99: Duration,
}

/// CPU time this process has used so far (user + system, all threads), from `/proc/self/stat`; None elsewhere.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The fields after the command name (which is in parentheses and may hold spaces): utime is the 14th field,
    // stime the 15th, in clock ticks (100 per second on Linux).
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

async fn paced(
    addr: SocketAddr,
    what: &str,
    request: String,
    concurrency: usize,
    seconds: u64,
    pause: Duration,
    expect: Option<&'static str>,
) -> Measured {
    let request = Arc::new(request);
    // Warm-up.
    client(addr, request.clone(), Instant::now() + Duration::from_millis(300), Duration::ZERO).await;
    let until = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let cpu_before = cpu_time();
    let health = tokio::spawn(client(addr, Arc::new(get("/health")), until, Duration::from_millis(5)));
    let tasks: Vec<_> =
        (0..concurrency).map(|_| tokio::spawn(client_expecting(addr, request.clone(), until, pause, expect))).collect();
    let mut all = Vec::new();
    let mut not_ok = 0;
    for t in tasks {
        let (lat, bad) = t.await.unwrap();
        all.extend(lat);
        not_ok += bad;
    }
    let elapsed = started.elapsed();
    let cpu = cpu_time().zip(cpu_before).map(|(a, b)| a.saturating_sub(b));
    let (mut health, _) = health.await.unwrap();
    all.sort();
    health.sort();
    println!(
        "{what}: {concurrency} connections, {} requests in {:.1} s: {:.0} req/s, p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms, non-200: {not_ok}; \
         /health meanwhile: {} probes, p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        all.len(),
        elapsed.as_secs_f64(),
        all.len() as f64 / elapsed.as_secs_f64(),
        ms(percentile(&all, 0.50)),
        ms(percentile(&all, 0.99)),
        ms(*all.last().unwrap()),
        health.len(),
        ms(percentile(&health, 0.50)),
        ms(percentile(&health, 0.99)),
        ms(*health.last().unwrap()),
    );
    // On a machine shared with other work the wall-clock figures above depend on the share of the CPUs this
    // process got; the CPU time per request does not. With `concurrency` closed-loop connections served by
    // `cores` CPUs that are ours alone, a request waits for about concurrency / cores requests' CPU time.
    if let Some(cpu) = cpu {
        let per = cpu.as_secs_f64() * 1e3 / all.len().max(1) as f64;
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        println!(
            "  CPU: {:.2} s of process CPU time over {:.1} s ({:.2} of {cores} CPUs): {per:.3} ms per request \
             (server and load clients together); {concurrency} connections on {cores} CPUs of our own: \
             ~{:.1} ms per request",
            cpu.as_secs_f64(),
            elapsed.as_secs_f64(),
            cpu.as_secs_f64() / elapsed.as_secs_f64(),
            per * concurrency as f64 / cores as f64
        );
    }
    Measured {
        not_ok,
        per_second: all.len() as f64 / elapsed.as_secs_f64(),
        p99: percentile(&all, 0.99),
        health_p99: percentile(&health, 0.99),
    }
}

/// CPU time of the calling thread (`/proc/thread-self/schedstat`, nanoseconds); None elsewhere.
fn thread_cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(Duration::from_nanos(stat.split_whitespace().next()?.parse().ok()?))
}

/// The 1-minute load average (`/proc/loadavg`).
fn load_average() -> Option<f64> {
    std::fs::read_to_string("/proc/loadavg").ok()?.split_whitespace().next()?.parse().ok()
}

/// The CPU one heal of the bench's payload costs, without HTTP: the core's `heal_one` on this thread, timed by
/// the thread's own CPU clock (what the machine's other work does not change much), and what it projects for
/// `concurrency` closed-loop connections on `cores` CPUs of our own.
fn heal_cpu(concurrency: usize) {
    use maestro_test_healer::heal::{heal_one, HealRequest};
    let dir = tempfile::tempdir().unwrap();
    let req = HealRequest {
        file_path: "tests/test_calc.py".into(),
        source: Some(SOURCE.into()),
        error_message: "SyntaxError: expected ':'".into(),
        error_type: Some("SyntaxError".into()),
        line_number: Some(4),
        stack_trace: None,
    };
    let fixes = heal_one(&req, dir.path()).unwrap().fixes;
    assert_eq!(fixes.first().map(|f| f.strategy.name()), Some("syntax_repair"), "the payload must heal");
    let n = 200;
    let (Some(before), wall) = (thread_cpu_time(), Instant::now()) else { return };
    for _ in 0..n {
        heal_one(&req, dir.path()).unwrap();
    }
    let (Some(after), wall) = (thread_cpu_time(), wall.elapsed()) else { return };
    let per = ms(after.saturating_sub(before)) / n as f64;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "heal_one of the payload on one thread: {per:.3} ms CPU per heal ({:.3} ms wall; {n} heals); \
         {concurrency} closed-loop connections on {cores} CPUs of our own: ~{:.1} ms per request",
        ms(wall) / n as f64,
        per * concurrency as f64 / cores as f64
    );
}

/// A history of `n` records as an earlier version left it (imported into SQLite at start).
fn seed_history(dir: &Path, n: usize) {
    let mut text = String::with_capacity(n * 400);
    for i in 0..n {
        let status = ["success", "failed", "pending_approval", "no_fix"][i % 4];
        text.push_str(
            &serde_json::json!({ "repair_id": format!("seed-{i:06}"), "orchestrator_id": format!("orch-{}", i % 20),
                "project_path": "/p", "status": status, "test_id": format!("tests/test_x.py::test_{i}"),
                "file_path": "tests/test_x.py", "error_message": "AssertionError: assert 4 == 3",
                "strategy": "assertion_update", "confidence_score": 0.9, "execution_time": 1.5,
                "timestamp": "2026-01-01T00:00:00Z", "decision": "applied",
                "diff": "--- a/tests/test_x.py\n+++ b/tests/test_x.py\n@@ -1 +1 @@\n-assert add(1, 2) == 4\n+assert add(1, 2) == 3\n" })
            .to_string(),
        );
        text.push('\n');
    }
    std::fs::write(dir.join("history.jsonl"), text).unwrap();
}

async fn bench_http() {
    let concurrency = env_num("LOAD_CONCURRENCY", 16).max(1);
    let seconds = env_num("LOAD_SECONDS", 5) as u64;
    let records = env_num("LOAD_HISTORY", 50_000);
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let load_before = load_average();
    println!("load average at start: {} on {cores} CPUs", load_before.map_or("?".into(), |l| format!("{l:.2}")));
    heal_cpu(concurrency);
    let data = tempfile::tempdir().unwrap();
    seed_history(data.path(), records);
    let dir = data.path().display().to_string();
    let settings = maestro_cars::Settings::from_vars(|k| match k {
        "CARS_DATA_DIR" => Some(dir.clone()),
        "CARS_WORKERS" | "CARS_HEAL_THREADS" | "CARS_HEAL_QUEUE" => std::env::var(k).ok(),
        _ => None,
    })
    .unwrap();
    let opened = Instant::now();
    let app = maestro_cars::App::start(settings).await.unwrap();
    println!("start-up with a {records}-record history.jsonl to import: {:.2} s", opened.elapsed().as_secs_f64());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(maestro_cars::serve(app, listener, std::future::pending()));
    let heal = paced(
        addr,
        "POST /api/automation/heal (inline source)",
        post("/api/automation/heal", &heal_body()),
        concurrency,
        seconds,
        Duration::ZERO,
        Some("\"strategy\":\"syntax_repair\""),
    )
    .await;
    let flat = phase(
        addr,
        &format!("GET /api/automation/statistics ({records} records)"),
        get("/api/automation/statistics"),
        concurrency,
        seconds,
    )
    .await;
    // Polled rather than hammered: 2,000 req/s in all (each connection one request every 8 ms).
    let polled = paced(
        addr,
        &format!("GET /api/automation/statistics ({records} records), paced at 2,000 req/s"),
        get("/api/automation/statistics"),
        concurrency,
        seconds,
        Duration::from_micros(1_000_000 * concurrency as u64 / 2000),
        None,
    )
    .await;
    phase(
        addr,
        &format!(
            "GET /api/automation/history?orchestrator_id=orch-7&status=failed&limit=50&offset=100 ({records} records)"
        ),
        get("/api/automation/history?orchestrator_id=orch-7&status=failed&limit=50&offset=100"),
        concurrency,
        seconds,
    )
    .await;
    // Issue 17's targets, checked when asked (LOAD_ASSERT=1): on a machine whose CPUs are this bench's alone. On
    // a shared machine the wall-clock figures measure the share it got, and the CPU lines above say more.
    if std::env::var("LOAD_ASSERT").is_ok_and(|v| v == "1") {
        let checks = [
            (
                "every /heal answered 200 with a syntax repair (none shed with 429)",
                heal.not_ok == 0,
                format!("{} not", heal.not_ok),
            ),
            (
                "/heal p99 <= 100 ms at 16 connections",
                concurrency >= 16 && ms(heal.p99) <= 100.0,
                format!("{:.1} ms at {concurrency} connections", ms(heal.p99)),
            ),
            (
                "/health p99 <= 10 ms during the heal load",
                ms(heal.health_p99) <= 10.0,
                format!("{:.2} ms", ms(heal.health_p99)),
            ),
            (
                "/statistics >= 2,000 req/s (50k records)",
                records >= 50_000 && flat.per_second >= 2000.0 && flat.not_ok == 0,
                format!("{:.0} req/s over {records} records, {} not 200", flat.per_second, flat.not_ok),
            ),
            (
                "/health p99 <= 10 ms while statistics is polled at 2,000 req/s",
                ms(polled.health_p99) <= 10.0 && polled.per_second >= 1800.0,
                format!("{:.2} ms, statistics at {:.0} req/s", ms(polled.health_p99), polled.per_second),
            ),
        ];
        // The wall-clock targets say something only when the CPUs were the bench's: say so when they were not.
        let busiest = load_before.into_iter().chain(load_average()).fold(0.0, f64::max);
        if busiest > cores as f64 {
            println!(
                "WARNING: load average reached {busiest:.2} on {cores} CPUs during the bench: other work shared the \
                 CPUs, so the wall-clock verdicts below measure that share (see the CPU lines for the cost)"
            );
        }
        let missed: Vec<String> =
            checks.iter().filter(|(_, ok, _)| !ok).map(|(what, _, got)| format!("{what}: measured {got}")).collect();
        for (what, ok, got) in &checks {
            println!("target {what}: {got}: {}", if *ok { "met" } else { "MISSED" });
        }
        if !missed.is_empty() {
            eprintln!("load: targets missed: {}", missed.join("; "));
            std::process::exit(1);
        }
    }
}

async fn bench_streams(url: String) {
    let jobs = env_num("LOAD_JOBS", 1000);
    let client = redis::Client::open(url.as_str()).unwrap();
    let mut conn = client.get_multiplexed_async_connection().await.unwrap();
    let _: () = redis::cmd("FLUSHDB").query_async(&mut conn).await.unwrap();
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().display().to_string();
    let settings = maestro_cars::Settings::from_vars(|k| match k {
        "CARS_DATA_DIR" => Some(dir.clone()),
        "REDIS_URL" => Some(url.clone()),
        "CARS_WORKERS" => std::env::var("CARS_WORKERS").ok(),
        _ => None,
    })
    .unwrap();
    let body = heal_body();
    let mut pipe = redis::pipe();
    for i in 0..jobs {
        pipe.xadd(
            "maestro:streams:automation:jobs",
            "*",
            &[("type", "heal"), ("payload", body.as_str()), ("job_id", &format!("bench-{i}"))],
        )
        .ignore();
    }
    // Queue everything first, then start the workers: this measures the pipeline, not the producer.
    let _: () = pipe.query_async(&mut conn).await.unwrap();
    let started = Instant::now();
    let app = maestro_cars::App::start(settings).await.unwrap();
    loop {
        let n: usize = conn.xlen("maestro:streams:automation:results").await.unwrap();
        if n >= jobs {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let elapsed = started.elapsed();
    println!(
        "Redis Streams heal jobs: {jobs} jobs in {:.2} s, {:.0} jobs/s (XREADGROUP → heal → XADD result → XACK)",
        elapsed.as_secs_f64(),
        jobs as f64 / elapsed.as_secs_f64()
    );
    // Shared statistics in Redis mode: counts read from one hash.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(maestro_cars::serve(app, listener, std::future::pending()));
    let seconds = env_num("LOAD_SECONDS", 5) as u64;
    phase(
        addr,
        "GET /api/automation/statistics (Redis mode)",
        get("/api/automation/statistics"),
        env_num("LOAD_CONCURRENCY", 16),
        seconds,
    )
    .await;
}

#[tokio::main]
async fn main() {
    bench_http().await;
    match std::env::var("REDIS_URL") {
        Ok(url) => bench_streams(url).await,
        Err(_) => println!("Redis Streams: skipped (set REDIS_URL to a scratch database to measure jobs/s)"),
    }
}
