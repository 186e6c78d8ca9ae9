//! A demo portal whose address is known at once, seeded in the background: connections
//! made before it serves wait in the kernel's queue and are answered once it does, so a
//! program can draw its first frame while a large portal is seeded.

use std::net::SocketAddr;

use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use super::DemoError;
use super::options::DemoOptions;
use super::server::{bind, serve_on};

/// A demo portal being seeded, then served. Dropping it stops the portal;
/// [`shutdown`](Self::shutdown) also waits for it to finish.
#[derive(Debug)]
pub struct SeedingDemo {
    addr: SocketAddr,
    token: String,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl SeedingDemo {
    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The main token (acts as the owner). Never print or log it.
    pub fn token(&self) -> &str {
        &self.token
    }

    /// Stops the portal (once seeded) and waits for it.
    pub async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for SeedingDemo {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// Checks `opts` and binds its address, then seeds and serves in the background; returns
/// as soon as the address is bound.
pub async fn spawn_seeding(opts: DemoOptions) -> Result<SeedingDemo, DemoError> {
    let (listener, addr) = bind(&opts).await?;
    let token = opts.token.clone();
    let (stop_tx, stop_rx) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        // Seeding is work for the processor: off the threads that serve.
        let server = tokio::task::spawn_blocking(move || serve_on(listener, addr, opts)).await;
        if let Ok(server) = server {
            let _ = stop_rx.await;
            server.shutdown().await;
        }
    });
    Ok(SeedingDemo {
        addr,
        token,
        stop: Some(stop_tx),
        task: Some(task),
    })
}
