//! Webhook delivery: POST JSON over plain HTTP/1.1 (no TLS stack in the service; front an https endpoint with a
//! proxy), retried with doubling backoff. A webhook named in a request may only reach a host on
//! `CARS_WEBHOOK_HOSTS`, and never an internal address (loopback, private, link-local, ...) unless
//! `CARS_WEBHOOK_ALLOW_PRIVATE` is set; the address is checked after resolving, at every connection, so a name
//! that later resolves inward is refused too.
//!
//! ```no_run
//! # async fn f() {
//! use maestro_cars::webhook::{post_json, Reach};
//! let status = post_json("http://127.0.0.1:9/hook", br#"{"event":"x"}"#, Reach::Any).await;
//! assert!(status.is_err());
//! # }
//! ```

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::security::is_internal;

const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(10);

/// Which addresses a delivery may connect to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// The operator's own `CARS_WEBHOOK_URL`: wherever it points.
    Any,
    /// A webhook from a request: public addresses only.
    Public,
}

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
    #[error(
        "{url}: resolves to {addr}, an internal address (loopback, private, link-local, ...); webhooks from \
         requests may not reach those unless CARS_WEBHOOK_ALLOW_PRIVATE=true"
    )]
    Internal { url: String, addr: IpAddr },
    #[error("{url}: host {host} is not on CARS_WEBHOOK_HOSTS")]
    NotAllowed { url: String, host: String },
}

/// `http://host[:port]/path` → (host, port, path); IPv6 literals in brackets.
fn split(url: &str) -> Option<(String, u16, String)> {
    let rest = url.strip_prefix("http://")?;
    let (authority, path) = match rest.find(['/', '?']) {
        Some(i) if rest.as_bytes()[i] == b'/' => (&rest[..i], rest[i..].to_string()),
        Some(i) => (&rest[..i], format!("/{}", &rest[i..])),
        None => (rest, "/".to_string()),
    };
    if authority.contains('@') {
        return None;
    }
    let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
        let (host, after) = v6.split_once(']')?;
        let port = match after.strip_prefix(':') {
            Some(p) => p.parse().ok()?,
            None if after.is_empty() => 80,
            None => return None,
        };
        (host, port)
    } else {
        match authority.rsplit_once(':') {
            Some((h, p)) => (h, p.parse().ok()?),
            None => (authority, 80),
        }
    };
    if host.is_empty() {
        return None;
    }
    Some((host.to_ascii_lowercase(), port, path))
}

/// Checks a webhook URL from a request: http://, host on `hosts` (`host` or `host:port`), and (unless
/// `allow_internal`) every address it resolves to public. The error says which rule refused it.
pub async fn check_request_url(url: &str, hosts: &[String], allow_internal: bool) -> Result<(), WebhookError> {
    let (host, port, _) = split(url).ok_or_else(|| WebhookError::Url(url.into()))?;
    let listed = hosts.iter().any(|h| {
        let h = h.trim().to_ascii_lowercase();
        let h = h.trim_start_matches('[').replace("]:", ":").trim_end_matches(']').to_string();
        h == host || h == format!("{host}:{port}")
    });
    if !listed {
        return Err(WebhookError::NotAllowed { url: url.into(), host });
    }
    if !allow_internal {
        resolve(url, &host, port, Reach::Public).await?;
    }
    Ok(())
}

/// The addresses a delivery may connect to (refusing when an internal one is found and `reach` is `Public`:
/// a name that mixes public and internal addresses is not trusted).
async fn resolve(url: &str, host: &str, port: u16, reach: Reach) -> Result<Vec<SocketAddr>, WebhookError> {
    let addrs: Vec<SocketAddr> = match host.parse::<IpAddr>() {
        Ok(ip) => vec![SocketAddr::new(ip, port)],
        Err(_) => tokio::net::lookup_host((host, port))
            .await
            .map_err(|source| WebhookError::Io { url: url.into(), source })?
            .collect(),
    };
    if reach == Reach::Public {
        if let Some(bad) = addrs.iter().find(|a| is_internal(a.ip())) {
            return Err(WebhookError::Internal { url: url.into(), addr: bad.ip() });
        }
    }
    Ok(addrs)
}

/// One attempt; the status code when the server answered 2xx.
pub async fn post_json(url: &str, body: &[u8], reach: Reach) -> Result<u16, WebhookError> {
    let (host, port, path) = split(url).ok_or_else(|| WebhookError::Url(url.into()))?;
    // Connect to the checked addresses themselves, so a second lookup cannot swap in another.
    let addrs = resolve(url, &host, port, reach).await?;
    let host = match (host.contains(':'), port) {
        (true, 80) => format!("[{host}]"),
        (true, p) => format!("[{host}]:{p}"),
        (false, 80) => host,
        (false, p) => format!("{host}:{p}"),
    };
    let attempt = async {
        let mut stream = TcpStream::connect(&addrs[..]).await?;
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
pub async fn deliver(url: &str, body: &[u8], retries: u32, reach: Reach) -> Result<u32, WebhookError> {
    let mut wait = Duration::from_millis(200);
    let mut attempt = 0;
    loop {
        attempt += 1;
        match post_json(url, body, reach).await {
            Ok(_) => return Ok(attempt),
            // An address the policy refuses stays refused: no point retrying.
            Err(e @ WebhookError::Internal { .. }) => return Err(e),
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
        assert_eq!(split("http://h:8/x?y"), Some(("h".into(), 8, "/x?y".into())));
        assert_eq!(split("http://H"), Some(("h".into(), 80, "/".into())));
        assert_eq!(split("http://[::1]:9/x"), Some(("::1".into(), 9, "/x".into())));
        assert_eq!(split("http://h?x"), Some(("h".into(), 80, "/?x".into())));
        assert_eq!(split("https://h"), None);
        assert_eq!(split("http://user@h/"), None);
    }

    #[tokio::test]
    async fn request_webhooks_need_a_listed_public_host() {
        let hosts = vec!["127.0.0.1".to_string(), "hooks.example:8080".to_string(), "[::1]".to_string()];
        let refused = |r: Result<(), WebhookError>| match r {
            Err(WebhookError::Internal { .. }) => "internal",
            Err(WebhookError::NotAllowed { .. }) => "not_allowed",
            Err(_) => "other",
            Ok(()) => "ok",
        };
        assert_eq!(refused(check_request_url("http://127.0.0.1:6379/", &hosts, false).await), "internal");
        assert_eq!(refused(check_request_url("http://[::1]/", &hosts, false).await), "internal");
        assert_eq!(refused(check_request_url("http://127.0.0.1:6379/", &hosts, true).await), "ok");
        assert_eq!(refused(check_request_url("http://10.0.0.1/", &hosts, false).await), "not_allowed");
        assert_eq!(refused(check_request_url("http://hooks.example/", &hosts, false).await), "not_allowed");
    }
}
