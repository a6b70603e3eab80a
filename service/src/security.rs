//! Secure-by-default policies: who may listen where without a token, which test commands may run, which hosts
//! webhooks may reach, and which browser origins may call the API.
//!
//! ```
//! use maestro_cars::security::{check_exposure, is_internal};
//! assert!(check_exposure("127.0.0.1".parse().unwrap(), None).is_ok());
//! assert!(check_exposure("0.0.0.0".parse().unwrap(), None).is_err());
//! assert!(check_exposure("0.0.0.0".parse().unwrap(), Some("token")).is_ok());
//! assert!(is_internal("10.1.2.3".parse().unwrap()));
//! assert!(!is_internal("93.184.216.34".parse().unwrap()));
//! ```

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::path::Path;

use axum::http::StatusCode;
use serde::Deserialize;

use crate::error::ApiError;
use crate::model::Check;

/// The service would accept unauthenticated writes from other machines.
#[derive(Debug, thiserror::Error)]
#[error(
    "refusing to listen on {addr} without CARS_API_TOKEN: anyone who can reach it could start repairs that write \
     to the projects and run their test commands. Set CARS_API_TOKEN, or listen on a loopback address \
     (SERVICE_HOST=127.0.0.1)"
)]
pub struct ExposureError {
    pub addr: String,
}

/// Listening on `ip` is allowed without a token only when it is a loopback address.
pub fn check_exposure(ip: IpAddr, token: Option<&str>) -> Result<(), ExposureError> {
    if ip.is_loopback() || token.is_some_and(|t| !t.is_empty()) {
        Ok(())
    } else {
        Err(ExposureError { addr: ip.to_string() })
    }
}

/// Loopback, private, link-local, shared (CGNAT), unspecified, broadcast, multicast and documentation ranges:
/// addresses a webhook from a request must not reach (the cloud metadata service lives at 169.254.169.254).
pub fn is_internal(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => internal_v4(v4),
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return internal_v4(v4);
            }
            let first = v6.segments()[0];
            v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (first & 0xfe00) == 0xfc00 // unique local fc00::/7
                || (first & 0xffc0) == 0xfe80 // link-local fe80::/10
                || (first == 0x2001 && v6.segments()[1] == 0x0db8) // documentation
                || v6 == Ipv6Addr::new(0x64, 0xff9b, 0, 0, 0, 0, 0, 0) // NAT64 prefix base
        }
    }
}

fn internal_v4(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_multicast()
        || ip.is_documentation()
        || a == 0
        || (a == 100 && (64..128).contains(&b)) // shared address space 100.64/10
        || (a == 198 && (b == 18 || b == 19)) // benchmarking
        || a >= 240
}

/// The project's own settings file, committed with its code: `{"test_command": ["python", "-m", "pytest"]}`.
pub const PROJECT_CONFIG: &str = ".maestro/cars.json";

#[derive(Debug, Default, Deserialize)]
struct ProjectConfig {
    #[serde(default)]
    test_command: Option<Vec<String>>,
    #[serde(default)]
    checks: Vec<Check>,
    /// Lets the monitor apply a linter's own safe autofix (ruff, eslint) without an approval.
    #[serde(default)]
    apply_lint_autofix: bool,
}

/// The project's [`PROJECT_CONFIG`], if it has one. A symlink is not followed: the file must be the project's own.
fn project_config(root: &Path, field: &str) -> Result<ProjectConfig, ApiError> {
    let path = root.join(PROJECT_CONFIG);
    let Ok(meta) = std::fs::symlink_metadata(&path) else { return Ok(ProjectConfig::default()) };
    if !meta.is_file() {
        return Err(ApiError::field(field, format!("{}: not a regular file", path.display())));
    }
    let text =
        std::fs::read_to_string(&path).map_err(|e| ApiError::field(field, format!("{}: {e}", path.display())))?;
    serde_json::from_str(&text).map_err(|e| {
        ApiError::field(
            field,
            format!(
                "{}: expected {{\"test_command\": [argv...], \"checks\": [{{\"error_type\": \"lint_error\", \
                 \"command\": [argv...]}}]}}: {e}",
                path.display()
            ),
        )
    })
}

/// Whether the project's [`PROJECT_CONFIG`] lets a linter's own safe autofix be applied without an approval
/// (`"apply_lint_autofix": true`). Off by default, and off when the file cannot be read: a linter's fixes are
/// then held for approval.
pub fn allows_lint_autofix(root: &Path) -> bool {
    project_config(root, "apply_lint_autofix").is_ok_and(|c| c.apply_lint_autofix)
}

/// The test command named in the project's [`PROJECT_CONFIG`], if it has one.
pub fn project_command(root: &Path) -> Result<Option<Vec<String>>, ApiError> {
    let config = project_config(root, "test_command")?;
    Ok(config.test_command.filter(|c| c.first().is_some_and(|p| !p.trim().is_empty())))
}

/// Decides what else the monitor runs: the requested checks, each command on the allowlist or among the
/// project's own checks; with none requested, the project's own.
pub fn choose_checks(
    allowlist: &[Vec<String>],
    root: &Path,
    requested: Option<Vec<Check>>,
) -> Result<Vec<Check>, ApiError> {
    let own = project_config(root, "checks")?.checks;
    let Some(requested) = requested else { return Ok(own) };
    for check in &requested {
        if check.command.first().is_none_or(|p| p.trim().is_empty()) {
            return Err(ApiError::field("checks", "each check's command must name a program"));
        }
        if !allowlist.contains(&check.command) && !own.iter().any(|o| o.command == check.command) {
            return Err(ApiError {
                status: StatusCode::FORBIDDEN,
                message: format!(
                    "check command {:?} is not allowed: only the commands in CARS_TEST_COMMANDS or the project's \
                     own checks in {PROJECT_CONFIG} run",
                    check.command
                ),
                field: Some("checks".into()),
            });
        }
    }
    Ok(requested)
}

/// Decides the test command of a project: the requested one only when it is on the allowlist
/// (`CARS_TEST_COMMANDS`) or is exactly the project's own ([`PROJECT_CONFIG`]); with none requested, the
/// project's own, else `default` (which a request may also name). A command from a request is never run just because it was asked for.
pub fn choose_command(
    allowlist: &[Vec<String>],
    root: &Path,
    requested: Option<Vec<String>>,
    default: impl FnOnce() -> Vec<String>,
) -> Result<Vec<String>, ApiError> {
    let own = project_command(root)?;
    let Some(requested) = requested else { return Ok(own.unwrap_or_else(default)) };
    if requested.first().is_none_or(|p| p.trim().is_empty()) {
        return Err(ApiError::field("test_command", "must name a program"));
    }
    // Naming the command an omitted one would get is no escalation.
    let same_as_omitted = || own.as_ref().map_or_else(|| requested == default(), |o| *o == requested);
    if allowlist.contains(&requested) || same_as_omitted() {
        return Ok(requested);
    }
    Err(ApiError {
        status: StatusCode::FORBIDDEN,
        message: format!(
            "test command {requested:?} is not allowed: only the commands in CARS_TEST_COMMANDS or the project's \
             own {PROJECT_CONFIG} run; omit test_command to use the project's default"
        ),
        field: Some("test_command".into()),
    })
}

/// Whether a browser on `origin` may call the API: listed in `CARS_CORS_ORIGINS` (`*` lists every origin), or
/// the same host the request was sent to (the dashboard).
pub fn origin_allowed(allowed: &[String], origin: &str, host: Option<&str>) -> bool {
    if allowed.iter().any(|a| a == "*" || a.eq_ignore_ascii_case(origin)) {
        return true;
    }
    let bare = origin.strip_prefix("http://").or_else(|| origin.strip_prefix("https://"));
    matches!((bare, host), (Some(o), Some(h)) if o.eq_ignore_ascii_case(h))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_ranges_include_metadata_mapped_and_unique_local_addresses() {
        for ip in ["127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0"]
            .iter()
            .chain(&["::1", "::", "fd00::1", "fe80::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1"])
        {
            assert!(is_internal(ip.parse().unwrap()), "{ip}");
        }
        for ip in ["8.8.8.8", "172.32.0.1", "2606:4700::1111"] {
            assert!(!is_internal(ip.parse().unwrap()), "{ip}");
        }
    }

    #[test]
    fn a_requested_command_runs_only_when_allowlisted_or_the_projects_own() {
        let dir = tempfile::tempdir().unwrap();
        let allow = vec![vec!["python".to_string(), "-m".into(), "pytest".into()]];
        let default = || vec!["default".to_string()];
        let own = vec!["make".to_string(), "test".into()];
        let argv = |s: &[&str]| Some(s.iter().map(|x| x.to_string()).collect::<Vec<_>>());
        assert_eq!(choose_command(&allow, dir.path(), None, default).unwrap(), ["default"]);
        assert_eq!(choose_command(&allow, dir.path(), argv(&["python", "-m", "pytest"]), default).unwrap().len(), 3);
        let refused = choose_command(&allow, dir.path(), argv(&["sh", "-c", "id"]), default).unwrap_err();
        assert_eq!((refused.status, refused.field.as_deref()), (StatusCode::FORBIDDEN, Some("test_command")));
        // Extra arguments make another command.
        assert!(choose_command(&allow, dir.path(), argv(&["python", "-m", "pytest", "-p", "evil"]), default).is_err());
        std::fs::create_dir(dir.path().join(".maestro")).unwrap();
        std::fs::write(dir.path().join(PROJECT_CONFIG), r#"{"test_command": ["make", "test"]}"#).unwrap();
        assert_eq!(choose_command(&allow, dir.path(), None, default).unwrap(), own);
        assert_eq!(choose_command(&allow, dir.path(), Some(own.clone()), default).unwrap(), own);
    }

    #[test]
    fn a_symlinked_project_config_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("cars.json"), r#"{"test_command": ["sh", "-c", "id"]}"#).unwrap();
        std::fs::create_dir(dir.path().join(".maestro")).unwrap();
        std::os::unix::fs::symlink(outside.path().join("cars.json"), dir.path().join(PROJECT_CONFIG)).unwrap();
        assert!(project_command(dir.path()).is_err());
    }

    #[test]
    fn origins_are_allowed_when_listed_or_same_host() {
        let list = vec!["https://ui.example".to_string()];
        assert!(origin_allowed(&list, "https://ui.example", Some("api:8003")));
        assert!(origin_allowed(&list, "http://127.0.0.1:8003", Some("127.0.0.1:8003")));
        assert!(!origin_allowed(&list, "https://evil.example", Some("127.0.0.1:8003")));
        assert!(origin_allowed(&["*".to_string()], "https://any", None));
    }
}
