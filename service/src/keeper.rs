//! Redis mode: the heartbeat that keeps this process's orchestrators owned and finds orphans. Every third of
//! `CARS_LEASE_MS` it renews the lease of each orchestrator it runs (stopping those marked stopped in the
//! registry, or whose lease another process now holds), publishes their state for `/status` on other processes,
//! and takes over running orchestrators whose owner's lease ran out (a killed process).

use std::collections::HashMap;
use std::sync::Arc;

use crate::app::App;

/// Starts the heartbeat (only meaningful with [`App::shared`] set).
pub fn spawn(app: Arc<App>) {
    tokio::spawn(async move {
        let Some(lease) = app.shared.as_ref().map(|sh| sh.lease()) else { return };
        let every = lease / 3;
        // Errors are logged when they start, not at each beat (a Redis outage is reported by /health).
        let mut failing = false;
        loop {
            match beat(&app).await {
                Ok(()) => failing = false,
                Err(e) if !failing => {
                    eprintln!("cars: orchestrator heartbeat: {e}");
                    failing = true;
                }
                Err(_) => {}
            }
            tokio::time::sleep(every).await;
        }
    });
}

async fn beat(app: &Arc<App>) -> Result<(), String> {
    let Some(sh) = &app.shared else { return Ok(()) };
    let registry: HashMap<String, _> =
        sh.configs().await?.into_iter().map(|c| (c.orchestrator_id.clone(), c)).collect();
    for (config, state) in app.local() {
        let id = config.orchestrator_id.clone();
        match registry.get(&id) {
            Some(c) if !c.running => {
                // Stopped through another process: acknowledge by letting go of the lease.
                app.drop_local(&id);
                sh.release(&id).await?;
                eprintln!("cars: orchestrator {id} was stopped through another process");
                continue;
            }
            Some(_) => {}
            // Redis lost its data (restart without persistence): register again what still runs here.
            None => sh.put_config_if_absent(&config).await?,
        }
        if sh.claim(&id).await? {
            sh.put_state(&id, &state).await?;
        } else {
            // The lease ran out (this process stalled, or Redis was away) and another process took over.
            app.drop_local(&id);
            eprintln!("cars: orchestrator {id} is now run by {:?}; stopped here", sh.owner(&id).await?);
        }
    }
    let local: Vec<String> = app.local().into_iter().map(|(c, _)| c.orchestrator_id).collect();
    for config in registry.into_values().filter(|c| c.running && !local.contains(&c.orchestrator_id)) {
        let id = config.orchestrator_id.clone();
        if sh.owner(&id).await?.is_some() || !sh.claim(&id).await? {
            continue;
        }
        match app.resume(config) {
            Ok(()) => eprintln!("cars: took over orchestrator {id} (its owner stopped renewing its lease)"),
            Err(e) => {
                // Not runnable here (roots or commands differ): leave it for a process that can.
                eprintln!("cars: cannot take over orchestrator {id}: {e}");
                sh.release(&id).await?;
            }
        }
    }
    Ok(())
}
