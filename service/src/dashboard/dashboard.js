// The maestro-cars dashboard: reads the REST API every few seconds and renders it. Everything from the API is
// inserted as text (never as HTML). The token, when given, lives in this tab's sessionStorage only.
"use strict";

const $ = (id) => document.getElementById(id);

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}

function token() {
  return sessionStorage.getItem("cars-token") || "";
}

async function api(path, options = {}) {
  const headers = { "Content-Type": "application/json" };
  if (token()) headers.Authorization = "Bearer " + token();
  const response = await fetch(path, { ...options, headers });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error || response.status + " " + response.statusText);
  return body;
}

function showError(e) {
  $("error").textContent = e ? String(e.message || e) : "";
}

function renderStatistics(s) {
  const dl = $("statistics");
  dl.replaceChildren();
  for (const [key, label] of [
    ["active_orchestrators", "Orchestrators"],
    ["total_errors_detected", "Errors detected"],
    ["successful_repairs", "Repaired"],
    ["failed_repairs", "Failed"],
    ["pending_approvals", "Pending"],
    ["success_rate", "Success rate %"],
  ]) {
    const d = el("div");
    d.append(el("dt", label), el("dd", s[key], "stat-" + key));
    dl.append(d);
  }
}

async function renderOrchestrators(active) {
  const body = $("orchestrators").querySelector("tbody");
  const rows = [];
  for (const o of active.orchestrators) {
    const status = await api("/api/automation/status?orchestrator_id=" + encodeURIComponent(o.orchestrator_id)).catch(() => ({}));
    const tr = el("tr");
    const last = status.last_run
      ? `${status.last_run.timestamp}: ${status.last_run.failures_before} → ${status.last_run.failures_after} failing, ${status.last_run.applied} applied`
      : "not yet";
    tr.append(el("td", o.project_path), el("td", o.orchestrator_id), el("td", status.owner || "this process"),
      el("td", o.active_repairs), el("td", last));
    rows.push(tr);
  }
  if (rows.length === 0) {
    const tr = el("tr");
    const td = el("td", "none");
    td.colSpan = 5;
    tr.append(td);
    rows.push(tr);
  }
  body.replaceChildren(...rows);
}

function repairCard(r, withDecision) {
  const card = el("div", null, "repair");
  card.dataset.repairId = r.repair_id;
  const head = el("div");
  head.append(el("span", r.status, "status"), el("span", " · "),
    el("span", `${r.error_type || "test_failure"} · ${r.strategy || "no strategy"} · confidence ${Number(r.confidence_score).toFixed(2)}`, "meta"));
  card.append(head, el("div", `${r.test_id || r.file_path || ""} — ${r.error_message}`, "meta"), el("div", r.timestamp, "meta"));
  if (r.branch) card.append(el("div", `branch ${r.branch} (${(r.commit || "").slice(0, 12)})`, "meta"));
  if (r.decision) card.append(el("div", r.decision, "meta"));
  if (r.diff) card.append(el("pre", r.diff));
  if (withDecision) {
    const approve = el("button", "Approve", "approve");
    const reject = el("button", "Reject", "reject");
    for (const [button, action] of [[approve, "approve"], [reject, "reject"]]) {
      button.addEventListener("click", async () => {
        button.disabled = true;
        try {
          await api("/api/automation/" + action, { method: "POST", body: JSON.stringify({ repair_id: r.repair_id }) });
          showError(null);
          await refresh();
        } catch (e) {
          showError(e);
          button.disabled = false;
        }
      });
    }
    card.append(approve, reject);
  }
  return card;
}

async function refresh() {
  try {
    const health = await fetch("/health").then((r) => r.json());
    $("health").textContent = `${health.status} (${health.mode})` + (health.reason ? `: ${health.reason}` : "");
    $("health").className = "badge " + health.status;
    const [stats, active, pending, history] = await Promise.all([
      api("/api/automation/statistics"),
      api("/api/automation/active-orchestrators"),
      api("/api/automation/history?status=pending_approval&limit=100"),
      api("/api/automation/history?limit=50"),
    ]);
    renderStatistics(stats);
    await renderOrchestrators(active);
    $("pending").replaceChildren(...(pending.repairs.length ? pending.repairs.map((r) => repairCard(r, true)) : [el("p", "none")]));
    $("history").replaceChildren(...(history.repairs.length ? history.repairs.map((r) => repairCard(r, false)) : [el("p", "none yet")]));
    showError(null);
  } catch (e) {
    showError(e);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("token").value = token();
  $("token-form").addEventListener("submit", (event) => {
    event.preventDefault();
    sessionStorage.setItem("cars-token", $("token").value);
    refresh();
  });
  refresh();
  setInterval(refresh, 3000);
});
