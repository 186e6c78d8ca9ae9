//! How long a new order or a new filter takes to show its first rows on a 100,000-user
//! demo portal (rate limit off, in this process, over loopback): from the key (`s`, the
//! next column's order) or from `Enter` on `:filter type=guest` to the first page of the
//! new list in the model, through the real update loop, worker and HTTP. The median of
//! several runs is printed.
//!
//! `cargo bench --bench sort_filter` (or `--profile dev` for a debug build).

// A benchmark, like a test, stops at its first failure.
#![allow(clippy::panic)]

use std::time::{Duration, Instant};

use crossterm::event::{Event, KeyEvent, KeyEventKind};
use docspace_people::api::{ClientOptions, PortalClient};
use docspace_people::app::{KeySpec, Model, ModelOptions, Msg, Pending};
use docspace_people::demo::{DemoOptions, spawn};
use docspace_people::journal::Journal;
use docspace_people::runtime::App;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use secrecy::SecretString;

const USERS: usize = 100_000;
const RUNS: usize = 9;

fn key(spec: &str) -> Msg {
    let Some(k) = KeySpec::parse(spec) else {
        panic!("key spec {spec:?}")
    };
    Msg::Input(Event::Key(KeyEvent::new_with_kind(
        k.code,
        k.mods,
        KeyEventKind::Press,
    )))
}

fn handle(app: &mut App<TestBackend>, msg: Msg) {
    if let Err(e) = app.handle(msg) {
        panic!("{e}");
    }
}

/// Whether the first page of the list's current query is still on its way.
fn first_page_pending(model: &Model) -> bool {
    let current = model.users.generation;
    model
        .requests
        .in_flight
        .values()
        .any(|p| matches!(p, Pending::Page { generation, page: 0 } if *generation == current))
}

/// Applies replies until the first page of the new list is in the model.
async fn first_rows(app: &mut App<TestBackend>) {
    while first_page_pending(&app.model) {
        match app.next_reply().await {
            Some(m) => handle(app, m),
            None => panic!("the worker stopped"),
        }
    }
}

/// Applies replies until nothing is in flight.
async fn settle(app: &mut App<TestBackend>) {
    while app.model.requests.is_busy() {
        match app.next_reply().await {
            Some(m) => handle(app, m),
            None => panic!("the worker stopped"),
        }
    }
}

/// Types `line` into the palette (not timed), then times `Enter` to the first rows.
async fn palette(app: &mut App<TestBackend>, line: &str) -> Duration {
    handle(app, key(":"));
    for c in line.chars() {
        let spec = if c == ' ' {
            "space".to_string()
        } else {
            c.to_string()
        };
        handle(app, key(&spec));
    }
    let start = Instant::now();
    handle(app, key("enter"));
    first_rows(app).await;
    let took = start.elapsed();
    settle(app).await;
    took
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

#[tokio::main]
async fn main() {
    let opts = DemoOptions {
        users: USERS,
        seed: 7,
        rate_limit: None,
        ..DemoOptions::default()
    };
    let server = match spawn(opts).await {
        Ok(s) => s,
        Err(e) => panic!("the demo portal does not start: {e}"),
    };
    let client = PortalClient::new(&ClientOptions::new(
        server.url(),
        SecretString::from(server.token().to_string()),
    ));
    let (Ok(client), Ok(terminal)) = (client, Terminal::new(TestBackend::new(120, 30))) else {
        panic!("client and terminal");
    };
    let model = Model::new(ModelOptions::default());
    let mut app = match App::start(client, Journal::disabled(), model, terminal) {
        Ok(app) => app,
        Err(e) => panic!("the app does not start: {e}"),
    };
    settle(&mut app).await;

    let mut sorts = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let start = Instant::now();
        handle(&mut app, key("s"));
        first_rows(&mut app).await;
        sorts.push(start.elapsed());
        settle(&mut app).await;
    }
    let mut filters = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        filters.push(palette(&mut app, "filter type=guest").await);
        palette(&mut app, "filter clear").await;
    }
    println!(
        "{USERS} users, first rows in the model, median of {RUNS}: sort change (s) {}, \
         filter change (type=guest) {}",
        ms(median(sorts)),
        ms(median(filters))
    );
    app.shutdown().await;
    server.shutdown().await;
}
