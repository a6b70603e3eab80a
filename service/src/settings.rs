//! Settings from the environment, each with the default `.env.example` lists.
//!
//! ```
//! let s = maestro_cars::Settings::from_vars(|k| (k == "SERVICE_PORT").then(|| "9000".to_string())).unwrap();
//! assert_eq!(s.port, 9000);
//! assert!(s.redis_url.is_none());
//! ```

use std::path::PathBuf;
use std::time::Duration;

/// A setting that could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{name}={value:?}: {why}")]
pub struct SettingsError {
    pub name: &'static str,
    pub value: String,
    pub why: &'static str,
}

/// Everything the service reads from its environment.
#[derive(Debug, Clone)]
pub struct Settings {
    /// `SERVICE_HOST` (default `127.0.0.1`). A non-loopback address needs `CARS_API_TOKEN`: the service refuses to
    /// start otherwise.
    pub host: String,
    /// `SERVICE_PORT` (default 8003).
    pub port: u16,
    /// `REDIS_URL` (or `redis://$REDIS_HOST:$REDIS_PORT` when only those are set): Redis Streams mode when set,
    /// the embedded in-process queue otherwise.
    pub redis_url: Option<String>,
    /// `CARS_API_TOKEN`: bearer token required on mutating endpoints when set.
    pub api_token: Option<String>,
    /// `CARS_ALLOWED_ROOTS` (colon-separated): project paths must lie under one of these. Default: the current
    /// directory.
    pub allowed_roots: Vec<PathBuf>,
    /// `CARS_DATA_DIR` (default `.maestro-cars`): orchestrator configs and repair history.
    pub data_dir: PathBuf,
    /// `ERROR_MONITOR_INTERVAL` seconds between test runs when nothing changes (default 30).
    pub monitor_interval: Duration,
    /// `CARS_DEBOUNCE_MS`: quiet time after a file change before re-running (default 500).
    pub debounce: Duration,
    /// `DEFAULT_CONFIDENCE_THRESHOLD` (default 0.75).
    pub default_threshold: f64,
    /// `MAX_CONCURRENT_REPAIRS` default per orchestrator (default 3).
    pub max_concurrent_repairs: usize,
    /// `HEALING_TIMEOUT` seconds for one test command (default 300).
    pub healing_timeout: Duration,
    /// `CARS_MAX_BODY_BYTES` (default 1 MiB).
    pub max_body_bytes: usize,
    /// `CARS_WEBHOOK_URL`: optional `http://` URL that receives every event as JSON.
    pub webhook_url: Option<String>,
    /// `CARS_WEBHOOK_HOSTS` (comma-separated `host` or `host:port`): the only hosts a `webhook_url` from a request
    /// may name. Empty: requests cannot set webhooks.
    pub webhook_hosts: Vec<String>,
    /// `CARS_WEBHOOK_ALLOW_PRIVATE` (default false): let request webhooks reach loopback and private addresses.
    pub webhook_allow_private: bool,
    /// `CARS_TEST_COMMANDS`: a JSON list of argv lists; a `test_command` from a request must be one of them (or
    /// the project's own `.maestro/cars.json` command). Default: `python -m pytest -q` and `npx vitest run`.
    pub test_commands: Vec<Vec<String>>,
    /// `CARS_CORS_ORIGINS` (comma-separated origins, `*` for any): browsers on these origins may call the API.
    /// Default: none (same-origin only).
    pub cors_origins: Vec<String>,
    /// `CARS_WEBHOOK_RETRIES` (default 3) attempts after the first, with doubling backoff from 200 ms.
    pub webhook_retries: u32,
    /// `CARS_WORKERS`: job workers per consumer group and for the embedded queue (default 4).
    pub workers: usize,
    /// `CARS_CONSUMER_NAME` (default `<hostname>-<pid>`).
    pub consumer_name: String,
    /// `CARS_CLAIM_IDLE_MS`: a pending entry idle this long is reclaimed by XAUTOCLAIM (default 30000).
    pub claim_idle: Duration,
    /// `CARS_MAX_DELIVERIES`: deliveries before a failing job goes to the dead-letter stream (default 3).
    pub max_deliveries: u64,
    /// `CARS_BLOCK_MS`: how long XREADGROUP blocks (default 2000).
    pub block: Duration,
    /// `CARS_HEAL_THREADS`: `POST /heal` requests healed at once, each on a blocking thread (default: the number
    /// of CPUs).
    pub heal_threads: usize,
    /// `CARS_HEAL_QUEUE`: heal requests that may wait for a thread; beyond that the answer is 429 with
    /// `Retry-After` (default 64).
    pub heal_queue: usize,
    /// `CARS_LEASE_MS` (Redis mode): how long an orchestrator's owner holds it without renewing; a process that
    /// stops renewing (killed) loses its orchestrators to another after this long (default 10000).
    pub lease: Duration,
}

impl Settings {
    /// Reads the process environment.
    pub fn from_env() -> Result<Settings, SettingsError> {
        Settings::from_vars(|k| std::env::var(k).ok())
    }

    /// Reads settings through `get` (the environment, or a test's map).
    pub fn from_vars(get: impl Fn(&str) -> Option<String>) -> Result<Settings, SettingsError> {
        let get = |k: &str| get(k).filter(|v| !v.trim().is_empty());
        let num = |name: &'static str, default: u64| -> Result<u64, SettingsError> {
            match get(name) {
                None => Ok(default),
                Some(v) => {
                    v.trim().parse().map_err(|_| SettingsError { name, value: v, why: "expected a whole number" })
                }
            }
        };
        let threshold = match get("DEFAULT_CONFIDENCE_THRESHOLD") {
            None => 0.75,
            Some(v) => match v.trim().parse::<f64>() {
                Ok(t) if (0.0..=1.0).contains(&t) => t,
                _ => {
                    return Err(SettingsError {
                        name: "DEFAULT_CONFIDENCE_THRESHOLD",
                        value: v,
                        why: "expected a number in 0..=1",
                    })
                }
            },
        };
        let port = num("SERVICE_PORT", 8003)?;
        let port = u16::try_from(port).map_err(|_| SettingsError {
            name: "SERVICE_PORT",
            value: port.to_string(),
            why: "expected a port number",
        })?;
        let allowed_roots = match get("CARS_ALLOWED_ROOTS") {
            Some(v) => v.split(':').filter(|s| !s.is_empty()).map(PathBuf::from).collect(),
            None => vec![std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."))],
        };
        let webhook_url = get("CARS_WEBHOOK_URL");
        if let Some(url) = &webhook_url {
            if !url.starts_with("http://") {
                return Err(SettingsError {
                    name: "CARS_WEBHOOK_URL",
                    value: url.clone(),
                    why: "only http:// URLs are supported (put a TLS-terminating proxy in front for https)",
                });
            }
        }
        let list = |name: &str| -> Vec<String> {
            get(name).map_or_else(Vec::new, |v| {
                v.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()
            })
        };
        let webhook_allow_private = match get("CARS_WEBHOOK_ALLOW_PRIVATE").map(|v| v.trim().to_ascii_lowercase()) {
            None => false,
            Some(v) if ["1", "true", "yes"].contains(&v.as_str()) => true,
            Some(v) if ["0", "false", "no"].contains(&v.as_str()) => false,
            Some(v) => {
                return Err(SettingsError {
                    name: "CARS_WEBHOOK_ALLOW_PRIVATE",
                    value: v,
                    why: "expected true or false",
                })
            }
        };
        let test_commands = match get("CARS_TEST_COMMANDS") {
            None => [&["python", "-m", "pytest", "-q"][..], &["npx", "vitest", "run"]]
                .iter()
                .map(|c| c.iter().map(|s| s.to_string()).collect())
                .collect(),
            Some(v) => match serde_json::from_str::<Vec<Vec<String>>>(&v) {
                Ok(c) if c.iter().all(|argv| argv.first().is_some_and(|p| !p.trim().is_empty())) => c,
                _ => {
                    return Err(SettingsError {
                        name: "CARS_TEST_COMMANDS",
                        value: v,
                        why: r#"expected a JSON list of argv lists, like [["python", "-m", "pytest", "-q"]]"#,
                    })
                }
            },
        };
        // The reference's REDIS_HOST / REDIS_PORT, when REDIS_URL is absent (REDIS_URL wins when both are set).
        let redis_url = match (get("REDIS_URL"), get("REDIS_HOST")) {
            (Some(url), _) => Some(url),
            (None, Some(host)) => {
                let port = num("REDIS_PORT", 6379)?;
                let port = u16::try_from(port).map_err(|_| SettingsError {
                    name: "REDIS_PORT",
                    value: port.to_string(),
                    why: "expected a port number",
                })?;
                let host = host.trim();
                let host = if host.contains(':') { format!("[{host}]") } else { host.to_string() };
                Some(format!("redis://{host}:{port}"))
            }
            (None, None) => None,
        };
        let host_name = get("HOSTNAME").unwrap_or_else(|| "cars".into());
        Ok(Settings {
            host: get("SERVICE_HOST").unwrap_or_else(|| "127.0.0.1".into()),
            port,
            redis_url,
            api_token: get("CARS_API_TOKEN"),
            allowed_roots,
            data_dir: PathBuf::from(get("CARS_DATA_DIR").unwrap_or_else(|| ".maestro-cars".into())),
            monitor_interval: Duration::from_secs(num("ERROR_MONITOR_INTERVAL", 30)?.max(1)),
            debounce: Duration::from_millis(num("CARS_DEBOUNCE_MS", 500)?),
            default_threshold: threshold,
            max_concurrent_repairs: num("MAX_CONCURRENT_REPAIRS", 3)?.max(1) as usize,
            healing_timeout: Duration::from_secs(num("HEALING_TIMEOUT", 300)?.max(1)),
            max_body_bytes: num("CARS_MAX_BODY_BYTES", 1024 * 1024)? as usize,
            webhook_url,
            webhook_hosts: list("CARS_WEBHOOK_HOSTS"),
            webhook_allow_private,
            test_commands,
            cors_origins: list("CARS_CORS_ORIGINS"),
            webhook_retries: num("CARS_WEBHOOK_RETRIES", 3)? as u32,
            workers: num("CARS_WORKERS", 4)?.max(1) as usize,
            consumer_name: get("CARS_CONSUMER_NAME").unwrap_or_else(|| format!("{host_name}-{}", std::process::id())),
            claim_idle: Duration::from_millis(num("CARS_CLAIM_IDLE_MS", 30_000)?),
            max_deliveries: num("CARS_MAX_DELIVERIES", 3)?.max(1),
            block: Duration::from_millis(num("CARS_BLOCK_MS", 2000)?.max(1)),
            heal_threads: num("CARS_HEAL_THREADS", std::thread::available_parallelism().map_or(2, |n| n.get()) as u64)?
                .max(1) as usize,
            heal_queue: num("CARS_HEAL_QUEUE", 64)? as usize,
            lease: Duration::from_millis(num("CARS_LEASE_MS", 10_000)?.max(300)),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_a_threshold_out_of_range_naming_the_variable() {
        let err = Settings::from_vars(|k| (k == "DEFAULT_CONFIDENCE_THRESHOLD").then(|| "1.5".into())).unwrap_err();
        assert_eq!(err.name, "DEFAULT_CONFIDENCE_THRESHOLD");
    }

    /// `.env.example` must list every variable this file reads (HOSTNAME is the system's).
    #[test]
    fn env_example_lists_every_setting() {
        let source = include_str!("settings.rs");
        let example = include_str!("../../.env.example");
        let names = regex::Regex::new(r#"(?:get|num|list)\("([A-Z_]+)""#).unwrap();
        let mut checked = 0;
        for name in names.captures_iter(source).map(|c| c[1].to_string()).filter(|n| n != "HOSTNAME") {
            assert!(example.lines().any(|l| l.starts_with(&format!("{name}="))), "{name} is missing from .env.example");
            checked += 1;
        }
        assert!(checked >= 18, "only {checked} settings found: the pattern no longer matches settings.rs");
    }

    #[test]
    fn listens_on_loopback_unless_told_and_reads_the_allowlists() {
        let s = Settings::from_vars(|_| None).unwrap();
        assert_eq!(s.host, "127.0.0.1");
        assert_eq!(s.test_commands[0], ["python", "-m", "pytest", "-q"]);
        assert!(s.webhook_hosts.is_empty() && s.cors_origins.is_empty() && !s.webhook_allow_private);
        let vars = |k: &str| match k {
            "CARS_TEST_COMMANDS" => Some(r#"[["make", "test"]]"#.to_string()),
            "CARS_WEBHOOK_HOSTS" => Some("hooks.example, ci:9000".to_string()),
            _ => None,
        };
        let s = Settings::from_vars(vars).unwrap();
        assert_eq!(s.test_commands, [["make", "test"]]);
        assert_eq!(s.webhook_hosts, ["hooks.example", "ci:9000"]);
        for bad in ["make test", "[[]]", r#"[[""]]"#] {
            let err = Settings::from_vars(|k| (k == "CARS_TEST_COMMANDS").then(|| bad.to_string())).unwrap_err();
            assert_eq!(err.name, "CARS_TEST_COMMANDS", "{bad}");
        }
    }

    #[test]
    fn redis_host_and_port_are_honoured_when_redis_url_is_absent() {
        let from = |pairs: &'static [(&'static str, &'static str)]| {
            Settings::from_vars(move |k| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string()))
        };
        assert_eq!(
            from(&[("REDIS_HOST", "cache"), ("REDIS_PORT", "6380")]).unwrap().redis_url.unwrap(),
            "redis://cache:6380"
        );
        assert_eq!(from(&[("REDIS_HOST", "cache")]).unwrap().redis_url.unwrap(), "redis://cache:6379");
        let both = from(&[("REDIS_URL", "redis://a:1/2"), ("REDIS_HOST", "b")]).unwrap();
        assert_eq!(both.redis_url.unwrap(), "redis://a:1/2");
        assert!(from(&[("REDIS_PORT", "6380")]).unwrap().redis_url.is_none(), "a port alone selects nothing");
        assert_eq!(from(&[("REDIS_HOST", "c"), ("REDIS_PORT", "99999")]).unwrap_err().name, "REDIS_PORT");
    }

    #[test]
    fn refuses_https_webhooks_it_cannot_speak() {
        let err = Settings::from_vars(|k| (k == "CARS_WEBHOOK_URL").then(|| "https://x".into())).unwrap_err();
        assert_eq!(err.name, "CARS_WEBHOOK_URL");
    }
}
