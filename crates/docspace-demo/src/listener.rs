//! Accepting and serving connections: HTTP/1.1 with keep-alive, a deadline for every
//! request head, a cap on open connections, and a graceful stop.
//!
//! A connection that sends nothing, waits between requests, or sends a request head too
//! slowly is closed after [`Limits::idle_timeout`], and at most [`Limits::max_connections`]
//! are open at once (further ones wait in the kernel's queue until one closes), so a flood
//! of half-open connections cannot use up the process's file descriptors.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use axum::http::Request;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::{Service, service_fn};
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, oneshot, watch};

use super::http::HangUp;

/// The pause before accepting again after `accept` failed (no file descriptor left, ...).
const ACCEPT_RETRY: Duration = Duration::from_millis(50);

/// The listener's limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Limits {
    /// How long a connection may wait without a complete request head (nothing sent yet,
    /// idle between requests, or a head sent slowly) before the server closes it.
    pub idle_timeout: Duration,
    /// Connections open at once.
    pub max_connections: usize,
}

/// Connections open now, and the most that were open at once.
#[derive(Debug, Default)]
pub(crate) struct ConnectionCount {
    open: AtomicUsize,
    peak: AtomicUsize,
}

impl ConnectionCount {
    pub(crate) fn open(&self) -> usize {
        self.open.load(Ordering::SeqCst)
    }

    pub(crate) fn peak(&self) -> usize {
        self.peak.load(Ordering::SeqCst)
    }
}

/// Counts a connection as open until dropped.
struct Open(Arc<ConnectionCount>);

impl Open {
    fn new(count: &Arc<ConnectionCount>) -> Self {
        let now = count.open.fetch_add(1, Ordering::SeqCst) + 1;
        count.peak.fetch_max(now, Ordering::SeqCst);
        Self(Arc::clone(count))
    }
}

impl Drop for Open {
    fn drop(&mut self) {
        self.0.open.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Why a connection was closed without an answer: a fault asked for it.
#[derive(Debug, thiserror::Error)]
#[error("connection closed without an answer (injected fault)")]
struct HungUp;

/// Serves `app` on `listener` until `stop` fires (or its sender is dropped), then lets
/// the requests under way finish (for at most [`Limits::idle_timeout`]) and closes idle
/// connections.
pub(crate) async fn serve(
    listener: TcpListener,
    app: Router,
    limits: Limits,
    count: Arc<ConnectionCount>,
    mut stop: oneshot::Receiver<()>,
) {
    let slots = Arc::new(Semaphore::new(
        limits.max_connections.clamp(1, Semaphore::MAX_PERMITS),
    ));
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.idle_timeout);
    let (closing_tx, closing_rx) = watch::channel(false);
    loop {
        let slot = tokio::select! {
            _ = &mut stop => break,
            slot = Arc::clone(&slots).acquire_owned() => match slot {
                Ok(slot) => slot,
                Err(_) => break,
            },
        };
        let (tcp, peer) = tokio::select! {
            _ = &mut stop => break,
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    tracing::warn!(error = %e, "the demo portal cannot accept a connection");
                    tokio::time::sleep(ACCEPT_RETRY).await;
                    continue;
                }
            },
        };
        // Answers go out at once rather than waiting on delayed acknowledgements.
        let _ = tcp.set_nodelay(true);
        let conn = Connection {
            http: http.clone(),
            app: app.clone(),
            closing: closing_rx.clone(),
            _open: Open::new(&count),
            _slot: slot,
        };
        tokio::spawn(conn.serve(tcp, peer));
    }
    drop(listener);
    drop(closing_rx);
    let _ = closing_tx.send(true);
    // A connection whose client stopped reading could hold the stop up for ever.
    let _ = tokio::time::timeout(limits.idle_timeout, closing_tx.closed()).await;
}

/// One accepted connection and what it holds while open.
struct Connection {
    http: http1::Builder,
    app: Router,
    closing: watch::Receiver<bool>,
    _open: Open,
    _slot: OwnedSemaphorePermit,
}

impl Connection {
    async fn serve(mut self, tcp: TcpStream, peer: SocketAddr) {
        let app = TowerToHyperService::new(self.app);
        let service = service_fn(move |mut req: Request<Incoming>| {
            req.extensions_mut().insert(ConnectInfo(peer));
            let answer = app.call(req);
            async move {
                let Ok(resp) = answer.await;
                // An error from the service makes hyper close the connection without
                // writing anything.
                if resp.extensions().get::<HangUp>().is_some() {
                    Err(HungUp)
                } else {
                    Ok(resp)
                }
            }
        });
        let conn = self.http.serve_connection(TokioIo::new(tcp), service);
        let mut conn = std::pin::pin!(conn);
        tokio::select! {
            _ = conn.as_mut() => return,
            _ = self.closing.wait_for(|closing| *closing) => {}
        }
        conn.as_mut().graceful_shutdown();
        let _ = conn.await;
    }
}
