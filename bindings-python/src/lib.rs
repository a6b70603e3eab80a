//! The native half of the `maestro_test_healer` Python package: thin functions over the core crate that take
//! and return JSON text. The pure-Python package (`python/maestro_test_healer`) turns that JSON into objects.
//! No healing logic lives here. Every call that parses, heals or runs releases the GIL.

use std::path::PathBuf;
use std::time::Duration;

use maestro_test_healer::failure::{self, Runner};
use maestro_test_healer::heal::{heal_one_with, HealError, HealRequest};
use maestro_test_healer::patterns::{self, PatternKey};
use maestro_test_healer::runner::session::{heal_run, RunOptions, SessionError};
use pyo3::create_exception;
use pyo3::exceptions::PyException;
use pyo3::prelude::*;

create_exception!(maestro_test_healer, HealerError, PyException, "Base class of every error the healer raises.");
create_exception!(maestro_test_healer, ParseError, HealerError, "Runner output could not be read as failures.");
create_exception!(maestro_test_healer, RequestError, HealerError, "A heal() request could not be processed.");
create_exception!(maestro_test_healer, RunError, HealerError, "The run -> heal -> validate loop could not run.");
create_exception!(
    maestro_test_healer,
    StoreError,
    HealerError,
    "The project's pattern store (.maestro/patterns.json) could not be read or written."
);

fn to_json<T: serde::Serialize>(value: &T) -> PyResult<String> {
    serde_json::to_string(value).map_err(|e| HealerError::new_err(format!("internal: cannot serialise: {e}")))
}

fn runner_of(name: Option<&str>) -> PyResult<Option<Runner>> {
    name.map(|n| n.parse::<Runner>().map_err(|e| ParseError::new_err(e.to_string()))).transpose()
}

/// heal(request_json, project, tests_only=False) -> result_json: `heal_one_with` on a JSON `HealRequest`.
#[pyfunction]
#[pyo3(signature = (request_json, project, tests_only=false))]
fn heal(py: Python<'_>, request_json: &str, project: PathBuf, tests_only: bool) -> PyResult<String> {
    let req: HealRequest =
        serde_json::from_str(request_json).map_err(|e| RequestError::new_err(format!("invalid request: {e}")))?;
    let result = py
        .detach(|| heal_one_with(&req, &project, tests_only))
        .map_err(|e: HealError| RequestError::new_err(e.to_string()))?;
    to_json(&result)
}

/// parse_text(output, runner=None) -> failures_json
#[pyfunction]
#[pyo3(signature = (output, runner=None))]
fn parse_text(py: Python<'_>, output: &str, runner: Option<&str>) -> PyResult<String> {
    let runner = runner_of(runner)?;
    let failures = py.detach(|| failure::parse(output, runner)).map_err(|e| ParseError::new_err(e.to_string()))?;
    to_json(&failures)
}

/// parse_bytes(output, runner=None) -> failures_json; rejects binary and non-UTF-8 input.
#[pyfunction]
#[pyo3(signature = (output, runner=None))]
fn parse_bytes(py: Python<'_>, output: &[u8], runner: Option<&str>) -> PyResult<String> {
    let runner = runner_of(runner)?;
    let failures =
        py.detach(|| failure::parse_bytes(output, runner)).map_err(|e| ParseError::new_err(e.to_string()))?;
    to_json(&failures)
}

/// run(project, command, apply, threshold, timeout=None, runner=None, max_rounds=None, tests_only=False)
/// -> report_json
#[pyfunction]
#[pyo3(signature = (project, command, apply=false, threshold=0.75, timeout=None, runner=None, max_rounds=None, tests_only=false))]
#[allow(clippy::too_many_arguments)]
fn run(
    py: Python<'_>,
    project: PathBuf,
    command: Vec<String>,
    apply: bool,
    threshold: f64,
    timeout: Option<f64>,
    runner: Option<&str>,
    max_rounds: Option<usize>,
    tests_only: bool,
) -> PyResult<String> {
    if command.is_empty() {
        return Err(RunError::new_err("the command is empty; pass it as a list such as ['python', '-m', 'pytest']"));
    }
    let mut opts = RunOptions::new(project, command);
    opts.apply = apply;
    opts.threshold = threshold;
    opts.runner = runner_of(runner)?;
    opts.tests_only = tests_only;
    if let Some(t) = timeout {
        if !(t.is_finite() && t > 0.0) {
            return Err(RunError::new_err(format!("timeout {t} must be a positive number of seconds")));
        }
        opts.timeout = Duration::from_secs_f64(t);
    }
    if let Some(r) = max_rounds {
        opts.max_rounds = r;
    }
    let report =
        py.detach(|| heal_run(&opts, &mut |_event| {})).map_err(|e: SessionError| RunError::new_err(e.to_string()))?;
    to_json(&report)
}

/// record_outcome(fix_json, accepted, project): counts the user's verdict on a fix in the project's pattern
/// store, so later fixes of the same pattern score higher (accepted) or lower (rejected).
#[pyfunction]
fn record_outcome(py: Python<'_>, fix_json: &str, accepted: bool, project: PathBuf) -> PyResult<()> {
    #[derive(serde::Deserialize)]
    struct WithPattern {
        pattern: Option<PatternKey>,
    }
    let fix: WithPattern =
        serde_json::from_str(fix_json).map_err(|e| RequestError::new_err(format!("invalid fix: {e}")))?;
    let key = fix
        .pattern
        .ok_or_else(|| RequestError::new_err("this fix carries no pattern; pass a Fix returned by heal() or run()"))?;
    py.detach(|| patterns::record(&project, &key, accepted)).map_err(|e| StoreError::new_err(e.to_string()))
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("HealerError", py.get_type::<HealerError>())?;
    m.add("ParseError", py.get_type::<ParseError>())?;
    m.add("RequestError", py.get_type::<RequestError>())?;
    m.add("RunError", py.get_type::<RunError>())?;
    m.add("StoreError", py.get_type::<StoreError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_function(wrap_pyfunction!(heal, m)?)?;
    m.add_function(wrap_pyfunction!(parse_text, m)?)?;
    m.add_function(wrap_pyfunction!(parse_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(run, m)?)?;
    m.add_function(wrap_pyfunction!(record_outcome, m)?)?;
    Ok(())
}
