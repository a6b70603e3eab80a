//! maestro-cars: the Continuous Auto-Repair Service. A REST API (axum) and a Redis Streams job adapter around
//! the `maestro-test-healer` core; with no `REDIS_URL` the same job pipeline runs on an in-process queue and
//! state lives in a local file store.
//!
//! ```no_run
//! # async fn f() -> Result<(), Box<dyn std::error::Error>> {
//! let settings = maestro_cars::Settings::from_env()?;
//! let app = maestro_cars::App::start(settings).await?;
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8003").await?;
//! maestro_cars::serve(app, listener, std::future::pending()).await?;
//! # Ok(()) }
//! ```

pub mod api;
pub mod app;
pub mod dashboard;
pub mod error;
pub mod events;
pub mod gitcommit;
pub mod ids;
pub mod jobs;
pub mod keeper;
pub mod metrics;
pub mod model;
pub mod orchestrator;
pub mod queue;
pub mod roots;
pub mod security;
pub mod settings;
pub mod shared;
pub mod store;
#[cfg(feature = "redis")]
pub mod streams;
pub mod webhook;

use std::future::Future;
use std::sync::Arc;

pub use app::App;
pub use error::ApiError;
pub use settings::Settings;

/// Serves the API on `listener` until `shutdown` completes. Refuses (`PermissionDenied`) a listener on a
/// non-loopback address when no `CARS_API_TOKEN` is set.
pub async fn serve(
    app: Arc<App>,
    listener: tokio::net::TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let local = listener.local_addr()?;
    security::check_exposure(local.ip(), app.settings.api_token.as_deref())
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::PermissionDenied, e.to_string()))?;
    axum::serve(listener, api::router(app)).with_graceful_shutdown(shutdown).await
}
