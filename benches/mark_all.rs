//! Marking every user of a 100,000-user demo portal (`*`, rate limit off, loopback): the
//! time from the key to the last id marked, and the memory it takes.
//!
//! The demo portal runs as a process of its own (`serve-demo`), so the memory measured
//! is the app's: the resident set (Linux `/proc/self/status`) before the key, its peak
//! while marking (`VmHWM`, reset first), and what stays once the marks are in.
//!
//! `cargo bench --bench mark_all` (add `-- --quick` for a short run).

// A benchmark, like a test, stops at its first failure.
#![allow(clippy::panic)]

use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use docspace_people::api::{ClientOptions, PortalClient};
use docspace_people::app::{Model, ModelOptions, Msg};
use docspace_people::journal::Journal;
use docspace_people::runtime::App;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use secrecy::SecretString;
use tokio::runtime::Runtime;

const USERS: usize = 100_000;
const TOKEN: &str = "sk-bench-mark-all-token";

#[path = "support/portal.rs"]
mod portal;

fn star() -> Msg {
    Msg::Input(Event::Key(KeyEvent::new_with_kind(
        KeyCode::Char('*'),
        KeyModifiers::NONE,
        KeyEventKind::Press,
    )))
}

/// The app, its first page read.
fn app(rt: &Runtime, url: &str) -> App<TestBackend> {
    let client = PortalClient::new(&ClientOptions::new(url, SecretString::from(TOKEN)));
    let (Ok(client), Ok(terminal)) = (client, Terminal::new(TestBackend::new(120, 30))) else {
        panic!("client and terminal");
    };
    let _guard = rt.enter();
    let model = Model::new(ModelOptions::default());
    let mut app = match App::start(client, Journal::disabled(), model, terminal) {
        Ok(app) => app,
        Err(e) => panic!("the app does not start: {e}"),
    };
    rt.block_on(settle(&mut app));
    app
}

async fn settle(app: &mut App<TestBackend>) {
    while app.model.requests.is_busy() {
        match app.next_reply().await {
            Some(m) => app.handle(m).unwrap_or_else(|e| panic!("{e}")),
            None => panic!("the worker stopped"),
        }
    }
}

/// `*`, then every reply until the marks are in; how long it took.
fn mark_all(rt: &Runtime, app: &mut App<TestBackend>) -> Duration {
    app.model.marks.clear();
    let start = Instant::now();
    rt.block_on(async {
        app.handle(star()).unwrap_or_else(|e| panic!("{e}"));
        settle(app).await;
    });
    let took = start.elapsed();
    assert_eq!(app.model.marks.len(), USERS, "{:?}", app.model.status);
    took
}

/// A line of `/proc/self/status` in KiB (`VmRSS`, `VmHWM`), on Linux.
fn status_kib(key: &str) -> Option<f64> {
    portal::status_kib("self", key).map(|k| k as f64)
}

/// Resets the resident set's peak (`VmHWM`) to the current size.
fn reset_peak() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

fn bench(c: &mut Criterion) {
    let portal = portal::serve_demo(env!("CARGO_BIN_EXE_docspace-people"), TOKEN, USERS, 0);
    let url = portal.url.clone();
    let rt = match Runtime::new() {
        Ok(rt) => rt,
        Err(e) => panic!("{e}"),
    };
    let mut app = app(&rt, &url);

    let before = status_kib("VmRSS:");
    let peak_reset = reset_peak();
    let took = mark_all(&rt, &mut app);
    let peak = status_kib("VmHWM:").filter(|_| peak_reset);
    let after = status_kib("VmRSS:");
    let mib = |kib: f64| kib / 1024.0;
    let memory = match (before, peak, after) {
        (Some(b), Some(p), Some(a)) => format!(
            "resident set +{:.1} MiB at the peak, +{:.1} MiB kept",
            mib(p - b),
            mib(a - b)
        ),
        (Some(b), None, Some(a)) => format!("resident set +{:.1} MiB kept", mib(a - b)),
        _ => "memory not measured on this system".into(),
    };
    println!(
        "mark all, {USERS} users: {:.0} ms; {memory}",
        took.as_secs_f64() * 1000.0
    );

    let mut group = c.benchmark_group("mark all");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.bench_function(format!("{}k users, ids only", USERS / 1000), |b| {
        b.iter_custom(|iters| (0..iters).map(|_| mark_all(&rt, &mut app)).sum());
    });
    group.finish();
    rt.block_on(app.shutdown());
    drop(portal);
}

criterion_group!(benches, bench);
criterion_main!(benches);
