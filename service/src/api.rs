//! The REST surface: routes, auth, body cap, per-route metrics, and the OpenAPI document built from the types.

use std::sync::Arc;
use std::time::Instant;

use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{DefaultBodyLimit, MatchedPath, Query, Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::Value;
use utoipa::OpenApi;

use crate::app::App;
use crate::error::{ApiError, ErrorBody};
use crate::jobs::{Job, JobError};
use crate::model::*;

type ApiResult<T> = Result<Json<T>, ApiError>;

fn job_error(e: JobError) -> ApiError {
    match e {
        JobError::Rejected(e) => e,
        JobError::Failed(m) => ApiError::internal(m),
    }
}

/// The router with every route and layer.
pub fn router(app: Arc<App>) -> Router {
    let mutating = Router::new()
        .route("/api/automation/start", post(start))
        .route("/api/automation/stop", post(stop))
        .route("/api/automation/heal", post(heal))
        .route("/api/automation/approve", post(approve))
        .route("/api/automation/reject", post(reject))
        .route_layer(middleware::from_fn_with_state(app.clone(), auth));
    Router::new()
        .route("/", get(crate::dashboard::index))
        .route("/dashboard.js", get(crate::dashboard::script))
        .route("/dashboard.css", get(crate::dashboard::style))
        .route("/health", get(health))
        .route("/metrics", get(metrics))
        .route("/openapi.json", get(openapi))
        .route("/docs", get(docs))
        .route("/api/automation/status", get(status))
        .route("/api/automation/history", get(history))
        .route("/api/automation/statistics", get(statistics))
        .route("/api/automation/active-orchestrators", get(active))
        .merge(mutating)
        .fallback(|| async { ApiError::not_found("no such route; see /openapi.json") })
        .layer(DefaultBodyLimit::max(app.settings.max_body_bytes))
        .layer(middleware::from_fn_with_state(app.clone(), cors))
        .layer(middleware::from_fn_with_state(app.clone(), track))
        .with_state(app)
}

/// `Authorization: Bearer $CARS_API_TOKEN` on mutating routes, when a token is set.
async fn auth(State(app): State<Arc<App>>, req: Request, next: Next) -> Response {
    if let Some(token) = &app.settings.api_token {
        let given = req.headers().get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).unwrap_or("");
        let expected = format!("Bearer {token}");
        // Compare every byte so the time taken does not tell how much of the token was right.
        let same = given.len() == expected.len()
            && given.bytes().zip(expected.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0;
        if !same {
            let mut e = ApiError::new(StatusCode::UNAUTHORIZED, "missing or wrong bearer token (CARS_API_TOKEN)");
            e.field = Some("Authorization".into());
            let mut response = e.into_response();
            response.headers_mut().insert(header::WWW_AUTHENTICATE, header::HeaderValue::from_static("Bearer"));
            return response;
        }
    }
    next.run(req).await
}

/// CORS for the origins on `CARS_CORS_ORIGINS` (and the service's own, for the dashboard). A request from any
/// other browser origin may read nothing, and a mutating one is refused outright: a plain form POST needs no
/// preflight, so withholding the CORS headers alone would not stop it.
async fn cors(State(app): State<Arc<App>>, req: Request, next: Next) -> Response {
    let (origin, host) = {
        // Scoped: a borrow of the request (its body is not Sync) must not live across an await.
        let text = |name| req.headers().get(name).and_then(|v: &HeaderValue| v.to_str().ok()).map(str::to_string);
        (text(header::ORIGIN), text(header::HOST))
    };
    let Some(origin) = origin else { return next.run(req).await };
    let allowed = crate::security::origin_allowed(&app.settings.cors_origins, &origin, host.as_deref());
    let safe = matches!(*req.method(), Method::GET | Method::HEAD);
    if !allowed && !safe {
        let mut e = ApiError::new(
            StatusCode::FORBIDDEN,
            format!("requests from the browser origin {origin} are not allowed; list it in CARS_CORS_ORIGINS"),
        );
        e.field = Some("Origin".into());
        return e.into_response();
    }
    let mut response = if req.method() == Method::OPTIONS {
        let mut r = StatusCode::NO_CONTENT.into_response();
        let h = r.headers_mut();
        h.insert(header::ACCESS_CONTROL_ALLOW_METHODS, HeaderValue::from_static("GET, POST, OPTIONS"));
        h.insert(header::ACCESS_CONTROL_ALLOW_HEADERS, HeaderValue::from_static("authorization, content-type"));
        h.insert(header::ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("600"));
        r
    } else {
        next.run(req).await
    };
    if allowed {
        if let Ok(v) = HeaderValue::from_str(&origin) {
            response.headers_mut().insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, v);
        }
    }
    response.headers_mut().append(header::VARY, HeaderValue::from_static("Origin"));
    response
}

async fn track(State(app): State<Arc<App>>, req: Request, next: Next) -> Response {
    let route = req.extensions().get::<MatchedPath>().map_or("unmatched".to_string(), |p| p.as_str().to_string());
    let started = Instant::now();
    let response = next.run(req).await;
    app.metrics.http(&route, response.status().as_u16(), started.elapsed().as_secs_f64());
    response
}

#[utoipa::path(get, path = "/health", responses((status = 200, body = HealthResponse),
    (status = 503, description = "degraded: Redis is unreachable; jobs wait until it is back", body = HealthResponse)))]
async fn health(State(app): State<Arc<App>>) -> (StatusCode, Json<HealthResponse>) {
    let reason = app.backend.problem();
    let code = if reason.is_some() { StatusCode::SERVICE_UNAVAILABLE } else { StatusCode::OK };
    let body = HealthResponse {
        status: if reason.is_some() { "degraded" } else { "healthy" }.into(),
        service: "automation-service".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        // The workers run, but handle nothing while Redis is away.
        message_handler_running: app.handler_running.load(std::sync::atomic::Ordering::Relaxed) && reason.is_none(),
        mode: app.mode.into(),
        reason,
    };
    (code, Json(body))
}

#[utoipa::path(get, path = "/metrics", responses((status = 200, description = "Prometheus text format", content_type = "text/plain")))]
async fn metrics(State(app): State<Arc<App>>) -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], app.metrics.render(app.running_count()))
}

async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The OpenAPI document as one readable page, rendered here: no script, no stylesheet, nothing fetched.
async fn docs() -> impl IntoResponse {
    let doc = serde_json::to_value(ApiDoc::openapi()).unwrap_or_default();
    let mut html = String::from(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>maestro-cars API</title><style>body{font:15px \
         system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em}code,pre{background:#f4f4f4}\
         h2{border-top:1px solid #ccc;padding-top:.5em}</style></head><body><h1>maestro-cars API</h1>\
         <p>The machine-readable document: <a href=\"/openapi.json\">/openapi.json</a>.</p>",
    );
    let paths = doc["paths"].as_object().cloned().unwrap_or_default();
    for (path, ops) in &paths {
        for (method, op) in ops.as_object().into_iter().flatten() {
            html.push_str(&format!("<h2><code>{} {}</code></h2>", escape(&method.to_uppercase()), escape(path)));
            if op.get("security").is_some() {
                html.push_str("<p>Needs <code>Authorization: Bearer $CARS_API_TOKEN</code> when a token is set.</p>");
            }
            for p in op["parameters"].as_array().into_iter().flatten() {
                html.push_str(&format!(
                    "<p>{} parameter <code>{}</code>{}</p>",
                    escape(p["in"].as_str().unwrap_or("")),
                    escape(p["name"].as_str().unwrap_or("")),
                    if p["required"] == true { " (required)" } else { "" }
                ));
            }
            if let Some(body) = op["requestBody"]["content"]["application/json"]["schema"]["$ref"].as_str() {
                html.push_str(&format!(
                    "<p>Body: <code>{}</code></p>",
                    escape(body.rsplit('/').next().unwrap_or(body))
                ));
            }
            let codes: Vec<String> =
                op["responses"].as_object().into_iter().flatten().map(|(code, _)| escape(code)).collect();
            html.push_str(&format!("<p>Answers: {}</p>", codes.join(", ")));
        }
    }
    let schemas = serde_json::to_string_pretty(&doc["components"]["schemas"]).unwrap_or_default();
    html.push_str(&format!("<h2>Schemas</h2><pre>{}</pre></body></html>", escape(&schemas)));
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], html)
}

#[utoipa::path(post, path = "/api/automation/start", request_body = StartRequest,
    responses((status = 200, body = StartResponse), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody),
        (status = 401, body = ErrorBody), (status = 413, body = ErrorBody)),
    security(("bearer" = [])))]
async fn start(State(app): State<Arc<App>>, body: Result<Json<StartRequest>, JsonRejection>) -> ApiResult<Value> {
    let Json(req) = body?;
    Ok(Json(app.submit(Job::StartMonitoring(req)).await.map_err(job_error)?))
}

#[utoipa::path(post, path = "/api/automation/stop", params(OrchestratorQuery),
    responses((status = 200, body = MessageResponse), (status = 404, body = ErrorBody),
        (status = 401, body = ErrorBody)), security(("bearer" = [])))]
async fn stop(State(app): State<Arc<App>>, q: Result<Query<OrchestratorQuery>, QueryRejection>) -> ApiResult<Value> {
    let Query(q) = q?;
    Ok(Json(app.submit(Job::StopMonitoring { orchestrator_id: q.orchestrator_id }).await.map_err(job_error)?))
}

#[utoipa::path(get, path = "/api/automation/status", params(OrchestratorQuery),
    responses((status = 200, body = StatusResponse), (status = 404, body = ErrorBody)))]
async fn status(
    State(app): State<Arc<App>>,
    q: Result<Query<OrchestratorQuery>, QueryRejection>,
) -> ApiResult<StatusResponse> {
    let Query(q) = q?;
    Ok(Json(app.status(&q.orchestrator_id).await?))
}

#[utoipa::path(get, path = "/api/automation/history", params(HistoryQuery),
    responses((status = 200, body = HistoryResponse), (status = 422, body = ErrorBody)))]
async fn history(
    State(app): State<Arc<App>>,
    q: Result<Query<HistoryQuery>, QueryRejection>,
) -> ApiResult<HistoryResponse> {
    let Query(q) = q?;
    Ok(Json(app.history(q).await?))
}

#[utoipa::path(get, path = "/api/automation/statistics", responses((status = 200, body = StatisticsResponse)))]
async fn statistics(State(app): State<Arc<App>>) -> ApiResult<StatisticsResponse> {
    Ok(Json(app.statistics().await?))
}

#[utoipa::path(post, path = "/api/automation/heal", request_body = HealBody,
    responses((status = 200, body = HealResponse), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody),
        (status = 401, body = ErrorBody), (status = 413, body = ErrorBody),
        (status = 429, description = "too many heals at once; retry after `Retry-After` seconds", body = ErrorBody,
            headers(("Retry-After" = u32, description = "seconds to wait")))),
    security(("bearer" = [])))]
async fn heal(State(app): State<Arc<App>>, body: Result<Json<HealBody>, JsonRejection>) -> Result<Response, ApiError> {
    let Json(req) = body?;
    // Shed load rather than queue without bound: the client is told when to come back.
    let Some(_admitted) = app.admit_heal() else {
        let mut e = ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            "too many heal requests at once; retry after the time in Retry-After (CARS_HEAL_THREADS, CARS_HEAL_QUEUE)",
        )
        .into_response();
        e.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        return Ok(e);
    };
    // Straight to the heal pool, not through the job queue: a heal never waits behind a test run.
    Ok(Json(app.process(Job::Heal(req)).await.map_err(job_error)?).into_response())
}

#[utoipa::path(get, path = "/api/automation/active-orchestrators", responses((status = 200, body = ActiveOrchestratorsResponse)))]
async fn active(State(app): State<Arc<App>>) -> ApiResult<ActiveOrchestratorsResponse> {
    Ok(Json(app.active().await?))
}

#[utoipa::path(post, path = "/api/automation/approve", request_body = DecisionRequest,
    responses((status = 200, body = DecisionResponse), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 401, body = ErrorBody), (status = 413, body = ErrorBody)),
    security(("bearer" = [])))]
async fn approve(
    State(app): State<Arc<App>>,
    body: Result<Json<DecisionRequest>, JsonRejection>,
) -> ApiResult<DecisionResponse> {
    let Json(req) = body?;
    Ok(Json(app.approve(req).await?))
}

#[utoipa::path(post, path = "/api/automation/reject", request_body = DecisionRequest,
    responses((status = 200, body = DecisionResponse), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 401, body = ErrorBody), (status = 413, body = ErrorBody)),
    security(("bearer" = [])))]
async fn reject(
    State(app): State<Arc<App>>,
    body: Result<Json<DecisionRequest>, JsonRejection>,
) -> ApiResult<DecisionResponse> {
    let Json(req) = body?;
    Ok(Json(app.reject(req).await?))
}

struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, api: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = api.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// The OpenAPI document, generated from the handler annotations and the request/response types.
#[derive(OpenApi)]
#[openapi(
    info(title = "maestro-cars", description = "Continuous Auto-Repair Service"),
    paths(health, metrics, start, stop, status, history, statistics, heal, active, approve, reject),
    components(schemas(ErrorBody, crate::jobs::ValidateRequest)),
    modifiers(&BearerAuth)
)]
pub struct ApiDoc;
