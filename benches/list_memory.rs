//! The terminal UI's memory over a long list: a `serve-demo` process with 100,000 users
//! (rate limit off; a child process, so its memory is not counted here), the real model,
//! update and worker drawing into a test terminal (as the flow tests drive them), moved
//! from the top to the end of the list a screen at a time (PgDn), then read again (`r`).
//! Prints this process's resident memory (`VmRSS`) and its peak (`VmHWM`, from
//! `/proc/self/status`) after 1k, 10k, 50k and 100k users read, and after `r`.
//!
//! `cargo bench --profile dev --bench list_memory` (a debug build; README.md says which
//! figures are which).

// A benchmark, like a test, stops at its first failure.
#![allow(clippy::panic)]

use std::time::{Duration, Instant};

use crossterm::event::{Event, KeyEvent, KeyEventKind};
use docspace_people::api::{ClientOptions, PortalClient};
use docspace_people::app::{KeySpec, Model, ModelOptions, Msg};
use docspace_people::backend::ExactBackend;
use docspace_people::journal::Journal;
use docspace_people::runtime::App;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use secrecy::SecretString;

const TOKEN: &str = "sk-bench-list-memory-token";
const BIN: &str = env!("CARGO_BIN_EXE_docspace-people");
const USERS: usize = 100_000;
/// Users read (the cursor's position) after which memory is printed.
const MARKS: [usize; 4] = [1_000, 10_000, 50_000, 100_000];

type TestApp = App<ExactBackend<TestBackend>>;

#[path = "support/portal.rs"]
mod portal;
use portal::{serve_demo, status_kib};

fn press(app: &mut TestApp, spec: &str) {
    let Some(k) = KeySpec::parse(spec) else {
        panic!("bad key spec {spec:?}")
    };
    let key = KeyEvent::new_with_kind(k.code, k.mods, KeyEventKind::Press);
    if let Err(e) = app.handle(Msg::Input(Event::Key(key))) {
        panic!("handle: {e}");
    }
}

/// Applies replies until the row under the cursor is read and at most one request (the
/// detail pane's profile, waiting out its pause, or a page read ahead) is in flight; with
/// `all`, until nothing is. Draws the screen as the runtime would.
async fn settle(app: &mut TestApp, all: bool) {
    loop {
        while let Some(m) = app.try_reply() {
            if let Err(e) = app.handle(m) {
                panic!("handle: {e}");
            }
        }
        let busy = app.model.requests.in_flight.len();
        let read = app.model.users.current().is_some();
        if busy == 0 || (!all && read && busy <= 1) {
            break;
        }
        match tokio::time::timeout(Duration::from_secs(60), app.next_reply()).await {
            Ok(Some(m)) => {
                if let Err(e) = app.handle(m) {
                    panic!("handle: {e}");
                }
            }
            Ok(None) => panic!("the worker stopped"),
            Err(_) => panic!("no reply within 60 s"),
        }
    }
    if let Err(e) = app.draw() {
        panic!("draw: {e}");
    }
}

fn report(what: &str, app: &TestApp, started: Instant) {
    let users = &app.model.users;
    println!(
        "{what:<24} VmRSS {:>6.1} MB  VmHWM {:>6.1} MB  pages held {:>2}  profiles kept {}  ({:.0} s)",
        status_kib("self", "VmRSS:").unwrap_or(0) as f64 / 1024.0,
        status_kib("self", "VmHWM:").unwrap_or(0) as f64 / 1024.0,
        users.held_pages(),
        app.model.profiles.len(),
        started.elapsed().as_secs_f64(),
    );
}

fn main() {
    println!("TUI memory over {USERS} users (this process; the portal is a child process)");
    let portal = serve_demo(BIN, TOKEN, USERS, 0);
    let Ok(rt) = tokio::runtime::Runtime::new() else {
        panic!("no runtime")
    };
    rt.block_on(async {
        let opts = ClientOptions::new(portal.url.clone(), SecretString::from(TOKEN));
        let client = match PortalClient::new(&opts) {
            Ok(c) => c,
            Err(e) => panic!("client: {e}"),
        };
        let model = Model::new(ModelOptions {
            portal_label: portal.url.clone(),
            ..ModelOptions::default()
        });
        let terminal = match Terminal::new(ExactBackend::new(TestBackend::new(120, 30))) {
            Ok(t) => t,
            Err(e) => panic!("terminal: {e}"),
        };
        let mut app = match App::start(client, Journal::disabled(), model, terminal) {
            Ok(a) => a,
            Err(e) => panic!("app: {e}"),
        };
        let started = Instant::now();
        settle(&mut app, true).await;
        report("first page", &app, started);
        let mut marks = MARKS.iter().peekable();
        while app.model.users.cursor + 1 < app.model.users.len() {
            press(&mut app, "pgdn");
            settle(&mut app, false).await;
            let read = app.model.users.cursor + 1;
            if let Some(mark) = marks.next_if(|m| read >= **m) {
                settle(&mut app, true).await;
                report(&format!("{mark} users read"), &app, started);
            }
        }
        settle(&mut app, true).await;
        if let Some(mark) = marks.next() {
            report(&format!("{mark} users read"), &app, started);
        }
        press(&mut app, "r");
        settle(&mut app, true).await;
        report("after r", &app, started);
        app.shutdown().await;
    });
}
