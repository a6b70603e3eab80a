//! Webhook delivery: POST JSON over plain HTTP/1.1 (no TLS stack in the service; front an https endpoint with a
//! proxy), retried with doubling backoff.
//!
//! ```no_run
//! # async fn f() {
//! let status = maestro_cars::webhook::post_json("http://127.0.0.1:9/hook", br#"{"event":"x"}"#).await;
//! assert!(status.is_err());
//! # }
//! ```

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(10);

/// Why a delivery attempt failed.
#[derive(Debug, thiserror::Error)]
pub enum WebhookError {
    #[error("{0}: not an http://host[:port]/path URL")]
    Url(String),
    #[error("{url}: {source}")]
    Io { url: String, source: std::io::Error },
    #[error("{url}: timed out after {ATTEMPT_TIMEOUT:?}")]
    Timeout { url: String },
    #[error("{url}: answered {status}")]
    Status { url: String, status: u16 },
    #[error("{url}: the answer is not HTTP")]
    BadAnswer { url: String },
}

fn split(url: &str) -> Option<(String, String)> {
    let rest = url.strip_prefix("http://")?;
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    if authority.is_empty() {
        return None;
    }
    let authority = if authority.contains(':') { authority.to_string() } else { format!("{authority}:80") };
    Some((authority, path.to_string()))
}

/// One attempt; the status code when the server answered 2xx.
pub async fn post_json(url: &str, body: &[u8]) -> Result<u16, WebhookError> {
    let (authority, path) = split(url).ok_or_else(|| WebhookError::Url(url.into()))?;
    let attempt = async {
        let mut stream = TcpStream::connect(&authority).await?;
        let host = authority.trim_end_matches(":80");
        let head = format!(
            "POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\
             User-Agent: maestro-cars\r\nConnection: close\r\n\r\n",
            body.len()
        );
        stream.write_all(head.as_bytes()).await?;
        stream.write_all(body).await?;
        let mut answer = Vec::new();
        // The status line is all we need; read until the server closes or we have it.
        let mut buf = [0u8; 1024];
        while !answer.windows(2).any(|w| w == b"\r\n") {
            let n = stream.read(&mut buf).await?;
            if n == 0 {
                break;
            }
            answer.extend_from_slice(&buf[..n]);
        }
        Ok::<_, std::io::Error>(answer)
    };
    let answer = tokio::time::timeout(ATTEMPT_TIMEOUT, attempt)
        .await
        .map_err(|_| WebhookError::Timeout { url: url.into() })?
        .map_err(|source| WebhookError::Io { url: url.into(), source })?;
    let line = String::from_utf8_lossy(&answer);
    let status: u16 = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| WebhookError::BadAnswer { url: url.into() })?;
    if (200..300).contains(&status) {
        Ok(status)
    } else {
        Err(WebhookError::Status { url: url.into(), status })
    }
}

/// Delivers with `retries` retries after the first attempt, waiting 200 ms, 400 ms, 800 ms, ...
/// Returns the number of attempts made, or the last error.
pub async fn deliver(url: &str, body: &[u8], retries: u32) -> Result<u32, WebhookError> {
    let mut wait = Duration::from_millis(200);
    let mut attempt = 0;
    loop {
        attempt += 1;
        match post_json(url, body).await {
            Ok(_) => return Ok(attempt),
            Err(e) if attempt > retries => return Err(e),
            Err(_) => {
                tokio::time::sleep(wait).await;
                wait = (wait * 2).min(Duration::from_secs(30));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_urls_and_refuses_others() {
        assert_eq!(split("http://h:8/x?y"), Some(("h:8".into(), "/x?y".into())));
        assert_eq!(split("http://h"), Some(("h:80".into(), "/".into())));
        assert_eq!(split("https://h"), None);
    }
}
