//! `maestro-cars`: the service binary. Settings come from the environment (see `.env.example`).

use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    let settings = match maestro_cars::Settings::from_env() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("maestro-cars: {e}");
            return ExitCode::from(2);
        }
    };
    let addr = format!("{}:{}", settings.host, settings.port);
    let listener = match tokio::net::TcpListener::bind(&addr).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("maestro-cars: cannot listen on {addr}: {e} (set SERVICE_PORT / SERVICE_HOST)");
            return ExitCode::from(1);
        }
    };
    // Checked on the bound address (a host name may resolve anywhere), before anything starts.
    if let Err(e) = listener.local_addr().map_err(|e| e.to_string()).and_then(|a| {
        maestro_cars::security::check_exposure(a.ip(), settings.api_token.as_deref()).map_err(|e| e.to_string())
    }) {
        eprintln!("maestro-cars: {e}");
        return ExitCode::from(2);
    }
    if settings.api_token.is_none() {
        eprintln!(
            "maestro-cars: WARNING: CARS_API_TOKEN is not set: any local user or program that can reach port {} \
             can start, stop and approve repairs that write to the projects under CARS_ALLOWED_ROOTS. Set \
             CARS_API_TOKEN.",
            settings.port
        );
    }
    let mode = if settings.redis_url.is_some() { "Redis Streams" } else { "embedded queue" };
    let roots: Vec<String> = settings.allowed_roots.iter().map(|r| r.display().to_string()).collect();
    let app = match maestro_cars::App::start(settings).await {
        Ok(app) => app,
        Err(e) => {
            eprintln!("maestro-cars: {e}");
            return ExitCode::from(1);
        }
    };
    let local = listener.local_addr().map(|a| a.to_string()).unwrap_or(addr);
    eprintln!("maestro-cars: listening on http://{local} ({mode}); allowed roots: {}", roots.join(":"));
    let shutdown = async {
        let ctrl_c = tokio::signal::ctrl_c();
        #[cfg(unix)]
        {
            let mut term = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(t) => t,
                Err(_) => return,
            };
            tokio::select! { _ = ctrl_c => {}, _ = term.recv() => {} }
        }
        #[cfg(not(unix))]
        let _ = ctrl_c.await;
    };
    match maestro_cars::serve(app, listener, shutdown).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("maestro-cars: {e}");
            ExitCode::from(1)
        }
    }
}
