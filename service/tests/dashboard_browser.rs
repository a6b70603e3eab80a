//! The dashboard in a real headless browser: Chromium (Debian's `chromium`, installed by `.ci/run`) loads `/`
//! from an in-process server whose orchestrator has healed a real pytest project, runs the page's script against
//! the REST API, and the DOM it leaves is checked for what only the API could have put there: the orchestrator's
//! id and last run, the repair's id, strategy and diff, a pending approval with its buttons, the statistics.
//!
//! Then `browser/approve.py` drives the same browser over the DevTools protocol (a pipe, Python's standard library)
//! to click Approve on the pending repair: refused without the token, applied once the token is typed in.
//!
//! Without Chromium the test says so loudly and passes locally; in CI (`CI` set) it fails instead.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use common::*;
use serde_json::{json, Value};

const TOKEN: &str = "dashboard-token";

/// The first Chromium-family browser on PATH.
fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
        .iter()
        .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
        .find(|p| p.is_file())
}

fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "0" && v != "false")
}

/// The DOM after the page's script has run: `--virtual-time-budget` lets the page's timers and its fetches to the
/// API complete before the dump. A profile folder of its own keeps parallel runs apart.
fn dump_dom(browser: &Path, profile: &Path, url: &str) -> String {
    let out = Command::new(browser)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions"])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(["--virtual-time-budget=4000", "--dump-dom", url])
        .output()
        .unwrap();
    let dom = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success() && dom.contains("</html>"),
        "chromium failed ({}):\n{}\n{dom}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    dom
}

/// Text as the page writes it (`textContent`): what `--dump-dom` escapes.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The element `<tag ...>` whose opening tag contains `marker`, up to the end of the dump (enough to search in).
fn from<'a>(dom: &'a str, marker: &str) -> &'a str {
    let at = dom.find(marker).unwrap_or_else(|| panic!("{marker} is not in the page:\n{dom}"));
    &dom[at..]
}

/// The part of the page between `start` and `end` (e.g. one section).
fn between<'a>(dom: &'a str, start: &str, end: &str) -> &'a str {
    let part = from(dom, start);
    &part[..part.find(end).unwrap_or(part.len())]
}

/// One repair's card in a section: from its opening tag to the next card.
fn card_of<'a>(section: &'a str, repair: &Value) -> &'a str {
    let part = from(section, &format!("data-repair-id=\"{}\"", repair["repair_id"].as_str().unwrap()));
    &part[..part.find("<div class=\"repair\"").unwrap_or(part.len())]
}

async fn first_repair(addr: std::net::SocketAddr, query: String) -> Value {
    wait_for(Duration::from_secs(90), &query.clone(), || {
        let q = query.clone();
        async move {
            let (_, body) = http(addr, "GET", &format!("/api/automation/history?{q}"), None, None).await;
            body["repairs"].as_array().and_then(|r| r.first().cloned())
        }
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dashboard_renders_an_orchestrators_status_and_its_repairs_in_a_real_browser() {
    let Some(browser) = chromium() else {
        let message = "chromium is not installed: the dashboard was NOT tested in a browser \
                       (`apt-get install -y chromium`; .ci/run installs it)";
        assert!(!in_ci(), "{message}");
        eprintln!("\n!!!!!!!!!! SKIPPED: {message} !!!!!!!!!!\n");
        return;
    };
    let root = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let profile = tempfile::tempdir().unwrap();
    let root_path = root.path().canonicalize().unwrap();
    let server = Server::start(settings(&root_path, data.path(), &[("CARS_API_TOKEN", TOKEN)])).await;
    let addr = server.addr;

    // One project healed on its own, one whose fix waits for approval.
    let mut started = Vec::new();
    for (name, approval) in [("shop", false), ("held", true)] {
        let p = project(&root_path, name, BROKEN_TEST);
        let start = json!({ "project_path": p, "auto_fix": true, "require_approval": approval,
                            "test_command": pytest_command() });
        let (code, body) = http(addr, "POST", "/api/automation/start", Some(&start), Some(TOKEN)).await;
        assert_eq!(code, 200, "{body}");
        started.push((p, body["orchestrator_id"].as_str().unwrap().to_string()));
    }
    let (shop, shop_id) = &started[0];
    let (_, held_id) = &started[1];
    let repair = first_repair(addr, format!("orchestrator_id={shop_id}&status=success")).await;
    let pending = first_repair(addr, format!("orchestrator_id={held_id}&status=pending_approval")).await;
    let last_run = || async {
        let (_, status) =
            http(addr, "GET", &format!("/api/automation/status?orchestrator_id={shop_id}"), None, None).await;
        let last = &status["last_run"];
        assert!(last.is_object(), "{status}");
        format!(
            "{}: {} → {} failing, {} applied",
            last["timestamp"].as_str().unwrap(),
            last["failures_before"],
            last["failures_after"],
            last["applied"]
        )
    };
    let run_before = last_run().await;

    let url = format!("http://{addr}/");
    let (chrome, page) = (browser.clone(), url.clone());
    let dom = tokio::task::spawn_blocking(move || dump_dom(&chrome, profile.path(), &page)).await.unwrap();
    // A run the applied fix's file change triggers may land between the two reads: the page shows one of them.
    let run_after = last_run().await;

    // The health badge and the statistics, from /health and /statistics.
    assert!(dom.contains("healthy (embedded)"), "health badge:\n{dom}");
    let stats = between(&dom, "id=\"statistics\"", "</dl>");
    assert!(stats.contains("<dd class=\"stat-active_orchestrators\">2</dd>"), "{stats}");
    assert!(stats.contains("<dd class=\"stat-successful_repairs\">1</dd>"), "{stats}");
    assert!(stats.contains("<dd class=\"stat-pending_approvals\">1</dd>"), "{stats}");

    // The orchestrator's row: its project, id and the last run of /status (counts before → after).
    let table = between(&dom, "id=\"orchestrators\"", "</table>");
    let row = between(table, &format!("<td>{}</td>", shop.display()), "</tr>");
    assert!(row.contains(&format!("<td>{shop_id}</td>")), "{row}");
    assert!(
        row.contains(&run_before) || row.contains(&run_after),
        "the last run ({run_before:?} or {run_after:?}) is not in the row:\n{row}"
    );
    assert!(table.contains(&format!("<td>{held_id}</td>")), "{table}");

    // The repair in the history: its card by id, strategy, confidence and the fix's diff.
    let history = between(&dom, "id=\"history\"", "id=\"error\"");
    let card = card_of(history, &repair);
    assert!(card.contains("<span class=\"status\">success</span>"), "{card}");
    let meta = format!("syntax_repair · confidence {:.2}", repair["confidence_score"].as_f64().unwrap());
    assert!(card.contains(&meta), "{meta:?} not in\n{card}");
    assert!(card.contains(&escaped(repair["diff"].as_str().unwrap())), "the diff is not in\n{card}");
    assert!(card.contains("+def test_add():"), "{card}");

    // The held fix among the pending approvals, with its buttons.
    let waiting = between(&dom, "id=\"pending\"", "id=\"history\"");
    let card = card_of(waiting, &pending);
    assert!(card.contains("<span class=\"status\">pending_approval</span>"), "{card}");
    assert!(
        card.contains("<button class=\"approve\">Approve</button><button class=\"reject\">Reject</button>"),
        "{card}"
    );
    // No error shown.
    assert!(dom.contains("<p id=\"error\" role=\"alert\"></p>"), "the page reports an error:\n{dom}");

    // Approve it from the page: the button without a token is refused (the page says so), with the token typed
    // into the page it applies the fix.
    let held_project = started[1].0.clone();
    assert_eq!(read(&held_project, "tests/test_calc.py"), BROKEN_TEST, "nothing written before approval");
    let script = repo_root().join("service/tests/browser/approve.py");
    let id = pending["repair_id"].as_str().unwrap().to_string();
    let clicked = tokio::task::spawn_blocking(move || {
        let profile = tempfile::tempdir().unwrap();
        Command::new("python3")
            .arg(script)
            .arg(&browser)
            .arg(profile.path())
            .arg(&url)
            .arg(&id)
            .arg(TOKEN)
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    let seen = String::from_utf8_lossy(&clicked.stdout).into_owned();
    assert!(clicked.status.success(), "{seen}{}", String::from_utf8_lossy(&clicked.stderr));
    let seen: Value = serde_json::from_str(seen.trim()).unwrap();
    assert!(seen["refused"].as_str().unwrap().contains("token"), "{seen}");
    assert_eq!(seen["status"], "approved", "{seen}");
    assert!(seen["decision"].as_str().unwrap().contains("approved"), "{seen}");
    let (_, after) =
        http(addr, "GET", &format!("/api/automation/history?orchestrator_id={held_id}&status=approved"), None, None)
            .await;
    assert_eq!(after["repairs"][0]["repair_id"], pending["repair_id"], "{after}");
    assert!(read(&held_project, "tests/test_calc.py").contains("def test_add():"), "the approved fix is on disk");
}
