//! Shared bench support: the clock the criterion benches measure with.
//!
//! By default the benches measure wall time, as criterion does. With `MAESTRO_BENCH_CLOCK=cpu` they measure the
//! benchmarking thread's own CPU time (from `/proc/thread-self/schedstat`, Linux only), which stays meaningful on
//! a machine where other processes compete for the cores: wall time then counts the time the thread waited for a
//! core, CPU time does not.
//!
//! ```
//! use criterion::measurement::Measurement;
//! let clock = maestro_benches::Clock::from_env();
//! let t = clock.start();
//! assert!(clock.to_f64(&clock.end(t)) >= 0.0);
//! ```

use std::time::{Duration, Instant};

use criterion::measurement::{Measurement, ValueFormatter, WallTime};
use criterion::Criterion;

/// Wall time or this thread's CPU time, chosen by `MAESTRO_BENCH_CLOCK`.
pub struct Clock {
    cpu: bool,
    wall: WallTime,
}

impl Clock {
    /// `MAESTRO_BENCH_CLOCK=cpu` selects CPU time (when the kernel exposes it); anything else wall time.
    pub fn from_env() -> Clock {
        let cpu = std::env::var("MAESTRO_BENCH_CLOCK").is_ok_and(|v| v == "cpu") && thread_cpu_ns().is_some();
        Clock { cpu, wall: WallTime }
    }

    /// Which clock this is, for reports.
    pub fn name(&self) -> &'static str {
        if self.cpu {
            "thread CPU time"
        } else {
            "wall time"
        }
    }
}

/// Where a measurement started.
pub enum Start {
    Wall(Instant),
    Cpu(u64),
}

/// Nanoseconds this thread has run on a CPU: the first field of `/proc/thread-self/schedstat`.
fn thread_cpu_ns() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    text.split_whitespace().next()?.parse().ok()
}

impl Measurement for Clock {
    type Intermediate = Start;
    type Value = Duration;

    fn start(&self) -> Start {
        match self.cpu.then(thread_cpu_ns).flatten() {
            Some(ns) => Start::Cpu(ns),
            None => Start::Wall(Instant::now()),
        }
    }
    fn end(&self, start: Start) -> Duration {
        match start {
            Start::Wall(i) => i.elapsed(),
            Start::Cpu(ns) => Duration::from_nanos(thread_cpu_ns().unwrap_or(ns).saturating_sub(ns)),
        }
    }
    fn add(&self, v1: &Duration, v2: &Duration) -> Duration {
        *v1 + *v2
    }
    fn zero(&self) -> Duration {
        Duration::ZERO
    }
    fn to_f64(&self, value: &Duration) -> f64 {
        value.as_nanos() as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        self.wall.formatter()
    }
}

/// The criterion configuration every bench uses: the clock from the environment, short runs (the whole suite
/// must stay within minutes on two cores; `--warm-up-time`/`--measurement-time` still override).
pub fn criterion() -> Criterion<Clock> {
    Criterion::default()
        .with_measurement(Clock::from_env())
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args()
}
