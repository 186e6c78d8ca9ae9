//! Starting and stopping the demo portal.

use std::net::SocketAddr;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};

use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use super::faults::FaultSet;
use super::listener::{self, ConnectionCount, Limits};
use super::log::RequestLog;
use super::options::{DemoOptions, MAX_USERS};
use super::portal::DemoPortal;
use super::ratelimit::RateLimiter;
use super::seed::{OWNER_EMAIL, seed};
use super::state::Shared;
use super::store::{DEMO_PASSWORD, Store};
use super::tokens::Tokens;
use super::{DemoError, http};

/// A running demo portal. Dropping it stops the server too; [`shutdown`](Self::shutdown)
/// also waits for it to finish.
#[derive(Debug)]
pub struct DemoServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    connections: Arc<ConnectionCount>,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
}

impl DemoServer {
    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The main token (acts as the owner). Never print or log it.
    pub fn token(&self) -> &str {
        &self.shared.main_token
    }

    /// A handle on the portal's state, for tests and fixtures.
    pub fn portal(&self) -> DemoPortal {
        DemoPortal::new(Arc::clone(&self.shared))
    }

    /// Connections open now.
    pub fn open_connections(&self) -> usize {
        self.connections.open()
    }

    /// The most connections that were open at once (at most
    /// [`DemoOptions::max_connections`]).
    pub fn peak_connections(&self) -> usize {
        self.connections.peak()
    }

    /// Stops accepting requests and waits for the server task.
    pub async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for DemoServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// Seeds the portal, binds `opts.listen` and serves in a background tokio task.
pub async fn spawn(opts: DemoOptions) -> Result<DemoServer, DemoError> {
    let (listener, addr) = bind(&opts).await?;
    Ok(serve_on(listener, addr, opts))
}

/// Checks `opts` and binds its address: connections made from now on wait in the
/// kernel's queue until the portal serves.
pub(crate) async fn bind(opts: &DemoOptions) -> Result<(TcpListener, SocketAddr), DemoError> {
    if !opts.listen.ip().is_loopback() && !opts.allow_remote {
        return Err(DemoError::NotLoopback(opts.listen));
    }
    if opts.users > MAX_USERS {
        return Err(DemoError::TooManyUsers {
            asked: opts.users,
            max: MAX_USERS,
        });
    }
    if opts.token.trim().is_empty()
        || opts
            .token
            .chars()
            .any(|c| c.is_whitespace() || c.is_control())
    {
        return Err(DemoError::BadToken);
    }
    if opts.idle_timeout.is_zero() || opts.max_connections == 0 {
        return Err(DemoError::NoConnections);
    }
    let listener = TcpListener::bind(opts.listen)
        .await
        .map_err(|source| DemoError::Bind {
            addr: opts.listen,
            source,
        })?;
    let addr = listener.local_addr().map_err(|source| DemoError::Bind {
        addr: opts.listen,
        source,
    })?;
    Ok((listener, addr))
}

/// Seeds the portal and serves it on `listener` in a background tokio task.
pub(crate) fn serve_on(listener: TcpListener, addr: SocketAddr, opts: DemoOptions) -> DemoServer {
    let seeded = seed(opts.users, opts.seed);
    let mut store = Store::new(seeded.users, seeded.groups, seeded.owner, opts.seed);
    store.set_base_url(&format!("http://{addr}"));
    store.set_seat_limits(opts.paid_seats, opts.user_seats);
    store.set_job_pace(opts.job_pace);
    store.set_user_quotas(opts.user_quotas);
    store.set_shuffle_ties(opts.shuffle_ties);
    store.prepare_default_order();
    let mut tokens = Tokens::default();
    tokens.insert(opts.token.clone(), store.owner_id());
    let mut faults = FaultSet::new(opts.seed);
    for rule in opts.faults {
        faults.add(rule);
    }
    let shared = Arc::new(Shared {
        store: Mutex::new(store),
        tokens: Mutex::new(tokens),
        main_token: opts.token,
        log: Mutex::new(RequestLog::default()),
        faults: Mutex::new(faults),
        limiter: Mutex::new(RateLimiter::new(opts.rate_limit)),
        honour_fields: AtomicBool::new(true),
        body_timeout: opts.idle_timeout,
    });

    let app = http::router(Arc::clone(&shared));
    let limits = Limits {
        idle_timeout: opts.idle_timeout,
        max_connections: opts.max_connections,
    };
    let connections = Arc::new(ConnectionCount::default());
    let (stop_tx, stop_rx) = oneshot::channel::<()>();
    let task = tokio::spawn(listener::serve(
        listener,
        app,
        limits,
        Arc::clone(&connections),
        stop_rx,
    ));
    tracing::info!(%addr, "demo portal listening");
    DemoServer {
        addr,
        shared,
        connections,
        stop: Some(stop_tx),
        task: Some(task),
    }
}

/// Prints a line on stdout; a closed stdout (the reader went away) must not stop the
/// portal, so write errors are ignored.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, $($arg)*);
        let _ = out.flush();
    }};
}

/// Serves the demo portal until Ctrl-C or SIGTERM, after printing its address and how to
/// call it (never the token itself).
pub async fn serve_forever(opts: DemoOptions) -> Result<(), DemoError> {
    let users = opts.users.max(1);
    let seed_no = opts.seed;
    let rate_limit = opts.rate_limit;
    let faults: Vec<String> = opts.faults.iter().map(ToString::to_string).collect();
    let server = spawn(opts).await?;
    let url = server.url();
    say!("Demo DocSpace portal listening on {url}");
    say!("  {users} users (seed {seed_no}); the token acts as the owner, {OWNER_EMAIL}.");
    say!("  Call it with the token you gave (here in $DOCSPACE_TOKEN):");
    say!(
        "    curl -H \"Authorization: Bearer $DOCSPACE_TOKEN\" '{url}/api/2.0/people/filter?count=5'"
    );
    say!("  Or log in as the owner (demo password \"{DEMO_PASSWORD}\") to get a session token:");
    say!(
        "    curl -X POST -H 'Content-Type: application/json' -d '{{\"userName\":\"{OWNER_EMAIL}\",\"password\":\"{DEMO_PASSWORD}\"}}' {url}/api/2.0/authentication"
    );
    match rate_limit {
        Some(n) => say!(
            "  Rate limit: {n} requests a minute for each user, then 429 (--rate-limit off switches it off)."
        ),
        None => say!("  Rate limit: off."),
    }
    if !faults.is_empty() {
        say!("  Faults: {}", faults.join("; "));
    }
    say!("Press Ctrl-C to stop.");
    wait_for_signal().await;
    say!("Stopping the demo portal.");
    server.shutdown().await;
    Ok(())
}

async fn wait_for_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
