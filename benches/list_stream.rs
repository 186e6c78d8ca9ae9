//! `users list` at scale, as a user runs it: the binary against a `serve-demo` process on
//! loopback (rate limit off).
//!
//! - 100,000 users as JSON and as CSV: the time to the end of the output and the
//!   command's peak memory (`VmHWM` of its `/proc/<pid>/status`, read until it exits).
//! - 10,000 users with every request delayed 20 ms (`--latency-ms 20`): the command
//!   (pages in flight) against a plain paging loop (one page after the other).
//! - Start-up: `users list --limit 1` on a small portal, the fastest of 20 runs, and
//!   the client's construction alone.
//!
//! `cargo bench --bench list_stream` (debug builds measure the debug binary:
//! `cargo bench` builds in release; the figures in README.md say which).

// A benchmark, like a test, stops at its first failure.
#![allow(clippy::panic)]

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use docspace_people::api::{ClientOptions, PortalClient, UserQuery};
use secrecy::SecretString;

const TOKEN: &str = "sk-bench-list-stream-token";
const BIN: &str = env!("CARGO_BIN_EXE_docspace-people");

#[path = "support/portal.rs"]
mod portal;
use portal::{Portal, serve_demo, status_kib};

/// Runs the binary's `args` against `portal`: wall time, stdout bytes, peak memory (KiB).
fn run(portal: &Portal, args: &[&str]) -> (Duration, usize, u64) {
    let started = Instant::now();
    let spawned = Command::new(BIN)
        .args(["--url", &portal.url])
        .args(args)
        .env("DOCSPACE_TOKEN", TOKEN)
        .env("HOME", std::env::temp_dir())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .stdin(Stdio::null())
        .spawn();
    let mut child = match spawned {
        Ok(c) => c,
        Err(e) => panic!("the command does not start: {e}"),
    };
    let pid = child.id();
    let Some(mut out) = child.stdout.take() else {
        panic!("no stdout")
    };
    // Read the output on a thread; watch the peak (it only grows) until the end.
    let reader = std::thread::spawn(move || {
        let mut buf = [0u8; 64 * 1024];
        let mut n = 0;
        while let Ok(k) = out.read(&mut buf) {
            if k == 0 {
                break;
            }
            n += k;
        }
        n
    });
    let mut peak = 0;
    while child.try_wait().ok().flatten().is_none() {
        if let Some(hwm) = status_kib(&pid.to_string(), "VmHWM:") {
            peak = peak.max(hwm);
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    let elapsed = started.elapsed();
    let bytes = reader.join().unwrap_or(0);
    (elapsed, bytes, peak)
}

fn client(portal: &Portal) -> PortalClient {
    let opts = ClientOptions::new(portal.url.clone(), SecretString::from(TOKEN));
    match PortalClient::new(&opts) {
        Ok(c) => c,
        Err(e) => panic!("client: {e}"),
    }
}

fn main() {
    println!("users list, binary {BIN}");
    let big = serve_demo(BIN, TOKEN, 100_000, 0);
    for format in ["json", "csv"] {
        let (t, bytes, peak) = run(&big, &["users", "list", "--format", format]);
        println!(
            "100,000 users as {format:<4}: {:>6.2} s, {:>5.1} MB out, peak memory {:>5.1} MB",
            t.as_secs_f64(),
            bytes as f64 / 1e6,
            peak as f64 / 1024.0
        );
    }
    drop(big);

    let slow = serve_demo(BIN, TOKEN, 10_000, 20);
    let (t, _, _) = run(&slow, &["users", "list", "--format", "json"]);
    let Ok(rt) = tokio::runtime::Runtime::new() else {
        panic!("no runtime")
    };
    let c = client(&slow);
    let plain = rt.block_on(async {
        let started = Instant::now();
        let mut users = 0;
        let mut start = 0;
        loop {
            let page = match c.list_users(&UserQuery::default().at(start)).await {
                Ok(p) => p,
                Err(e) => panic!("list: {e}"),
            };
            users += page.users.len();
            start += page.users.len() as u64;
            if page.users.len() < 100 {
                break;
            }
        }
        (started.elapsed(), users)
    });
    println!(
        "10,000 users, 20 ms a request: users list {:.2} s, a plain paging loop {:.2} s ({} users): {:.1}x",
        t.as_secs_f64(),
        plain.0.as_secs_f64(),
        plain.1,
        plain.0.as_secs_f64() / t.as_secs_f64()
    );
    drop(slow);

    let small = serve_demo(BIN, TOKEN, 250, 0);
    let fastest = (0..20)
        .map(|_| {
            run(
                &small,
                &["users", "list", "--limit", "1", "--format", "json"],
            )
            .0
        })
        .min()
        .unwrap_or_default();
    let started = Instant::now();
    for _ in 0..20 {
        let _ = client(&small);
    }
    println!(
        "start-up: users list --limit 1 {:.1} ms (fastest of 20, process to exit); the client alone {:.2} ms",
        fastest.as_secs_f64() * 1e3,
        started.elapsed().as_secs_f64() * 1e3 / 20.0
    );
}
