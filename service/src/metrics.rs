//! Prometheus counters and histograms, rendered in the text exposition format by hand (a few maps behind a
//! mutex; no client library needed for this much).
//!
//! ```
//! let m = maestro_cars::metrics::Metrics::default();
//! m.job("heal", "success", 0.02);
//! let text = m.render(1);
//! assert!(text.contains("cars_jobs_total{type=\"heal\",outcome=\"success\"} 1"));
//! ```

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;

const BUCKETS: [f64; 14] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0];

#[derive(Default, Clone)]
struct Histogram {
    counts: [u64; BUCKETS.len()],
    sum: f64,
    count: u64,
}

impl Histogram {
    fn observe(&mut self, v: f64) {
        for (i, b) in BUCKETS.iter().enumerate() {
            if v <= *b {
                self.counts[i] += 1;
            }
        }
        self.sum += v;
        self.count += 1;
    }
}

#[derive(Default)]
struct Inner {
    jobs: BTreeMap<(String, String), u64>,
    detections: u64,
    repairs: BTreeMap<(String, String), u64>,
    dead_letters: BTreeMap<String, u64>,
    webhook: BTreeMap<String, u64>,
    http: BTreeMap<(String, u16), u64>,
    job_seconds: BTreeMap<String, Histogram>,
    cycle_seconds: Histogram,
    http_seconds: BTreeMap<String, Histogram>,
}

/// The service's metrics.
#[derive(Default)]
pub struct Metrics {
    inner: Mutex<Inner>,
}

impl Metrics {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A processed job and how long it took.
    pub fn job(&self, kind: &str, outcome: &str, seconds: f64) {
        let mut m = self.lock();
        *m.jobs.entry((kind.into(), outcome.into())).or_default() += 1;
        m.job_seconds.entry(kind.into()).or_default().observe(seconds);
    }

    pub fn detections(&self, n: usize) {
        self.lock().detections += n as u64;
    }

    pub fn repair(&self, outcome: &str, strategy: &str) {
        *self.lock().repairs.entry((outcome.into(), strategy.into())).or_default() += 1;
    }

    pub fn cycle(&self, seconds: f64) {
        self.lock().cycle_seconds.observe(seconds);
    }

    pub fn dead_letter(&self, reason: &str) {
        *self.lock().dead_letters.entry(reason.into()).or_default() += 1;
    }

    pub fn webhook(&self, outcome: &str) {
        *self.lock().webhook.entry(outcome.into()).or_default() += 1;
    }

    pub fn http(&self, route: &str, status: u16, seconds: f64) {
        let mut m = self.lock();
        *m.http.entry((route.into(), status)).or_default() += 1;
        m.http_seconds.entry(route.into()).or_default().observe(seconds);
    }

    /// Jobs processed, all types and outcomes.
    pub fn jobs_total(&self) -> u64 {
        self.lock().jobs.values().sum()
    }

    /// The exposition text; `orchestrators` is the current number of running orchestrators.
    pub fn render(&self, orchestrators: usize) -> String {
        let m = self.lock();
        let mut out = String::new();
        let _ = writeln!(out, "# HELP cars_active_orchestrators Orchestrators currently monitoring a project.");
        let _ = writeln!(out, "# TYPE cars_active_orchestrators gauge");
        let _ = writeln!(out, "cars_active_orchestrators {orchestrators}");
        counter(&mut out, "cars_jobs_total", "Jobs processed, by type and outcome.");
        for ((kind, outcome), n) in &m.jobs {
            let _ = writeln!(out, "cars_jobs_total{{type=\"{kind}\",outcome=\"{outcome}\"}} {n}");
        }
        counter(&mut out, "cars_detections_total", "Failing tests detected by orchestrator runs.");
        let _ = writeln!(out, "cars_detections_total {}", m.detections);
        counter(&mut out, "cars_repairs_total", "Repairs, by outcome and strategy.");
        for ((outcome, strategy), n) in &m.repairs {
            let _ = writeln!(out, "cars_repairs_total{{outcome=\"{outcome}\",strategy=\"{strategy}\"}} {n}");
        }
        counter(&mut out, "cars_dead_letters_total", "Stream messages sent to the dead-letter stream, by reason.");
        for (reason, n) in &m.dead_letters {
            let _ = writeln!(out, "cars_dead_letters_total{{reason=\"{reason}\"}} {n}");
        }
        counter(&mut out, "cars_webhook_deliveries_total", "Webhook deliveries, by outcome.");
        for (outcome, n) in &m.webhook {
            let _ = writeln!(out, "cars_webhook_deliveries_total{{outcome=\"{outcome}\"}} {n}");
        }
        counter(&mut out, "cars_http_requests_total", "HTTP requests, by route and status.");
        for ((route, status), n) in &m.http {
            let _ = writeln!(out, "cars_http_requests_total{{route=\"{route}\",status=\"{status}\"}} {n}");
        }
        histogram_header(&mut out, "cars_job_duration_seconds", "Time to process a job, by type.");
        for (kind, h) in &m.job_seconds {
            histogram(&mut out, "cars_job_duration_seconds", &format!("type=\"{kind}\""), h);
        }
        histogram_header(&mut out, "cars_repair_cycle_duration_seconds", "Time of one run-heal-validate cycle.");
        histogram(&mut out, "cars_repair_cycle_duration_seconds", "", &m.cycle_seconds);
        histogram_header(&mut out, "cars_http_request_duration_seconds", "HTTP request latency, by route.");
        for (route, h) in &m.http_seconds {
            histogram(&mut out, "cars_http_request_duration_seconds", &format!("route=\"{route}\""), h);
        }
        out
    }
}

fn counter(out: &mut String, name: &str, help: &str) {
    let _ = writeln!(out, "# HELP {name} {help}");
    let _ = writeln!(out, "# TYPE {name} counter");
}

fn histogram_header(out: &mut String, name: &str, help: &str) {
    let _ = writeln!(out, "# HELP {name} {help}");
    let _ = writeln!(out, "# TYPE {name} histogram");
}

fn histogram(out: &mut String, name: &str, labels: &str, h: &Histogram) {
    let sep = if labels.is_empty() { "" } else { "," };
    for (b, n) in BUCKETS.iter().zip(h.counts) {
        let _ = writeln!(out, "{name}_bucket{{{labels}{sep}le=\"{b}\"}} {n}");
    }
    let _ = writeln!(out, "{name}_bucket{{{labels}{sep}le=\"+Inf\"}} {}", h.count);
    let braces = if labels.is_empty() { String::new() } else { format!("{{{labels}}}") };
    let _ = writeln!(out, "{name}_sum{braces} {}", h.sum);
    let _ = writeln!(out, "{name}_count{braces} {}", h.count);
}
