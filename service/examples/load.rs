//! Load bench: requests/s and latency percentiles for `POST /api/automation/heal` over real HTTP (keep-alive
//! connections to an in-process server), and jobs/s through the Redis Streams pipeline when `REDIS_URL` is set.
//!
//!     cargo run --release -p maestro-cars --example load
//!     REDIS_URL=redis://127.0.0.1:6379/15 cargo run --release -p maestro-cars --example load
//!
//! Knobs: LOAD_REQUESTS (2000), LOAD_CONCURRENCY (8), LOAD_JOBS (1000), CARS_WORKERS (4). The Redis database in
//! REDIS_URL is emptied (FLUSHDB) first: point it at a scratch database.
#![allow(clippy::unwrap_used)]

use std::net::SocketAddr;
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

/// One keep-alive connection sending `n` heal requests; the latency of each.
async fn client(addr: SocketAddr, n: usize) -> Vec<Duration> {
    let stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream.set_nodelay(true).unwrap();
    let (read, mut write) = stream.into_split();
    let mut read = BufReader::new(read);
    let body = heal_body();
    let request = format!(
        "POST /api/automation/heal HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        let started = Instant::now();
        write.write_all(request.as_bytes()).await.unwrap();
        let mut line = String::new();
        read.read_line(&mut line).await.unwrap();
        assert!(line.contains(" 200 "), "unexpected answer: {line}");
        let mut length = 0;
        loop {
            line.clear();
            read.read_line(&mut line).await.unwrap();
            if line == "\r\n" {
                break;
            }
            if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                length = v.trim().parse().unwrap();
            }
        }
        let mut body = vec![0; length];
        read.read_exact(&mut body).await.unwrap();
        out.push(started.elapsed());
    }
    out
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1]
}

async fn bench_http() {
    let requests = env_num("LOAD_REQUESTS", 2000);
    let concurrency = env_num("LOAD_CONCURRENCY", 8).max(1);
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().display().to_string();
    let settings = maestro_cars::Settings::from_vars(|k| match k {
        "CARS_DATA_DIR" => Some(dir.clone()),
        "CARS_WORKERS" => std::env::var("CARS_WORKERS").ok(),
        _ => None,
    })
    .unwrap();
    let app = maestro_cars::App::start(settings).await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(maestro_cars::serve(app, listener, std::future::pending()));
    client(addr, 20).await; // warm-up
    let started = Instant::now();
    let per = requests / concurrency;
    let tasks: Vec<_> = (0..concurrency).map(|_| tokio::spawn(client(addr, per))).collect();
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.unwrap());
    }
    let elapsed = started.elapsed();
    all.sort();
    println!(
        "POST /api/automation/heal: {} requests, {concurrency} connections, {:.0} req/s, p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        all.len(),
        all.len() as f64 / elapsed.as_secs_f64(),
        percentile(&all, 0.50).as_secs_f64() * 1e3,
        percentile(&all, 0.99).as_secs_f64() * 1e3,
        all.last().unwrap().as_secs_f64() * 1e3,
    );
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
    let _app = maestro_cars::App::start(settings).await.unwrap();
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
}

#[tokio::main]
async fn main() {
    bench_http().await;
    match std::env::var("REDIS_URL") {
        Ok(url) => bench_streams(url).await,
        Err(_) => println!("Redis Streams: skipped (set REDIS_URL to a scratch database to measure jobs/s)"),
    }
}
