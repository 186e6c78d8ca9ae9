//! Offboarding benchmark: terminate then delete users on a demo portal, as
//! `docspace-people users delete --terminate-first --yes -` does, and (for 1,000 users)
//! the way a script without this tool does it.
//!
//! - **bulk**: read the caller together with the directory's first page, then the admins
//!   together with the terminated users (or the rest of a small directory), then the
//!   portal's list endpoints in chunks of 100, up to ten chunks at once (each chunk's
//!   delete as soon as its own terminate is answered), asking for trimmed answers
//!   (`fields=`: the id, the status, the names).
//! - **loop**: the script an administrator writes without this tool: for each user, one
//!   `PUT /api/2.0/people/status/Terminated` and one `DELETE /api/2.0/people/{id}`, one
//!   after the other (one HTTP client, connections reused, whole answers).
//!
//! Each run gets a fresh demo portal with the same seed and a fresh client (rate limiting
//! off, for both). The rows:
//!
//! - 1,000 users on plain loopback, bulk and loop;
//! - 1,000 users with a simulated network round trip (`--rtt-ms`, default 2 ms, added by
//!   the demo portal to every request), bulk and loop;
//! - 1,000 users with a far portal (`--far-rtt-ms`, default 20 ms), bulk only (the loop
//!   would take 40 s a run): its round trips are the wall time over the added latency;
//! - 10,000 users on plain loopback (`--large-users`), bulk only.
//!
//! On plain loopback a request costs tens of microseconds, so the bulk run's time is mostly
//! per-user work that no request count removes: the portal changing and deleting each
//! user, and each user's entry written and read back in the answers. The summary estimates
//! that floor from the loop's own cost per request. A real portal adds a network round
//! trip to every request, and that is what the bulk path saves.
//!
//! Each figure is the median of several runs: `--runs` with added latency and for the
//! large row (default 5), `--loopback-runs` for 1,000 users on loopback (default 21, as
//! loopback figures vary with the machine's load).
//!
//! ```text
//! cargo run --release --example offboard_bench [-- --users 1000 --rtt-ms 2 --far-rtt-ms 20 --large-users 10000 --runs 5 --loopback-runs 21]
//! ```

use std::time::{Duration, Instant};

use docspace_people::api::{ClientOptions, EmployeeStatus, PortalClient};
use docspace_people::bulk::{self, BulkAction};
use docspace_people::commands::ids::UserRef;
use docspace_people::commands::resolve;
use docspace_people::demo::{DemoOptions, DemoServer, Fault, FaultRule, spawn};
use secrecy::SecretString;
use uuid::Uuid;

struct Measure {
    requests: usize,
    wall: Duration,
    deleted: usize,
}

async fn portal(users: usize, rtt: Duration) -> Result<DemoServer, Box<dyn std::error::Error>> {
    let server = spawn(DemoOptions {
        users,
        seed: 11,
        rate_limit: None,
        ..DemoOptions::default()
    })
    .await?;
    if !rtt.is_zero() {
        server
            .portal()
            .inject(FaultRule::new(Fault::Latency(rtt)).share(1.0));
    }
    Ok(server)
}

fn client(server: &DemoServer) -> Result<PortalClient, Box<dyn std::error::Error>> {
    Ok(PortalClient::new(&ClientOptions::new(
        server.url(),
        SecretString::from(server.token().to_string()),
    ))?)
}

/// The targets: every user but the owner and the LDAP accounts (which the portal never
/// changes), first `n` in creation order.
fn targets(server: &DemoServer, n: usize) -> Vec<Uuid> {
    let p = server.portal();
    let owner = p.owner_id();
    p.users()
        .into_iter()
        .filter(|u| u.id != owner && u.is_ldap != Some(true))
        .map(|u| u.id)
        .take(n)
        .collect()
}

fn deleted(server: &DemoServer, ids: &[Uuid]) -> usize {
    let p = server.portal();
    ids.iter().filter(|id| p.user(**id).is_none()).count()
}

async fn bulk_way(
    server: &DemoServer,
    ids: &[Uuid],
) -> Result<Measure, Box<dyn std::error::Error>> {
    let client = client(server)?;
    let refs: Vec<UserRef> = ids.iter().map(|id| UserRef::Id(*id)).collect();
    let action = BulkAction::Delete {
        terminate_first: true,
    };
    server.portal().clear_request_log();
    let start = Instant::now();
    let (me, found) = resolve::caller_and_targets(&client, &refs, action, false).await?;
    let plan = bulk::plan(action, &found.users, &me);
    let report = bulk::execute(&client, &plan, |_| {}).await;
    let wall = start.elapsed();
    if report.done() != ids.len() {
        let other = report.results.iter().find(|r| !r.outcome.is_success());
        return Err(format!(
            "bulk: only {} of {} done ({other:?})",
            report.done(),
            ids.len()
        )
        .into());
    }
    Ok(Measure {
        requests: server.portal().request_log().len(),
        wall,
        deleted: deleted(server, ids),
    })
}

async fn loop_way(
    server: &DemoServer,
    ids: &[Uuid],
) -> Result<Measure, Box<dyn std::error::Error>> {
    let client = client(server)?;
    server.portal().clear_request_log();
    let start = Instant::now();
    for id in ids {
        client
            .set_status(&[*id], EmployeeStatus::Terminated)
            .await?;
        client.delete_user(*id).await?;
    }
    let wall = start.elapsed();
    Ok(Measure {
        requests: server.portal().request_log().len(),
        wall,
        deleted: deleted(server, ids),
    })
}

fn arg(name: &str, default: u64) -> u64 {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn median(mut all: Vec<Measure>) -> Measure {
    all.sort_by_key(|m| m.wall);
    let mid = all.len() / 2;
    all.swap_remove(mid)
}

fn show(label: &str, m: &Measure, rtt: Duration) {
    let round_trips = if rtt.is_zero() {
        String::new()
    } else {
        format!(
            "  {:.1} round trips",
            m.wall.as_secs_f64() / rtt.as_secs_f64()
        )
    };
    println!(
        "  {label:<5} {:>5} requests  {:>9.1} ms{round_trips}  ({} users deleted)",
        m.requests,
        m.wall.as_secs_f64() * 1000.0,
        m.deleted
    );
}

/// On plain loopback: what the request count alone would allow (the bulk run's requests at
/// the loop's cost per request), and how much of the bulk run is per-user work instead.
fn floor(bulk: &Measure, naive: &Measure) {
    let per_request = naive.wall.as_secs_f64() / naive.requests.max(1) as f64;
    let requests_only = per_request * bulk.requests as f64;
    let per_user = (bulk.wall.as_secs_f64() - requests_only).max(0.0);
    println!(
        "  the loop pays {:.0} µs a request: {} requests at that cost take {:.1} ms ({:.0}x);",
        per_request * 1e6,
        bulk.requests,
        requests_only * 1000.0,
        naive.wall.as_secs_f64() / requests_only.max(1e-9),
    );
    println!(
        "  the bulk run's other {:.1} ms is work for each user (the portal's changes, the answers' entries)",
        per_user * 1000.0
    );
}

/// How the users are offboarded: the bulk engine, or one request per user per step.
#[derive(Clone, Copy)]
enum Way {
    Bulk,
    Loop,
}

/// The median run of `n` users (of [`seeded`] users) the `way` given, with `rtt` added
/// to every request.
async fn median_run(
    way: Way,
    n: usize,
    rtt: Duration,
    runs: u64,
) -> Result<Measure, Box<dyn std::error::Error>> {
    let mut all = Vec::new();
    for _ in 0..runs {
        let server = portal(seeded(n), rtt).await?;
        let ids = targets(&server, n);
        all.push(match way {
            Way::Bulk => bulk_way(&server, &ids).await?,
            Way::Loop => loop_way(&server, &ids).await?,
        });
        server.shutdown().await;
    }
    Ok(median(all))
}

/// The demo portal's size for `n` targets: a tenth more (some are LDAP accounts, which
/// the portal never changes): 1,100 users for 1,000.
fn seeded(n: usize) -> usize {
    n + n.div_ceil(10)
}

fn setting(n: usize, rtt: Duration, runs: u64) -> String {
    let where_ = if rtt.is_zero() {
        "loopback".to_string()
    } else {
        format!("loopback + {} ms per request", rtt.as_millis())
    };
    format!(
        "{n} users of {}, {where_} (median of {runs} runs):",
        seeded(n)
    )
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let n = arg("--users", 1000) as usize;
    let large = arg("--large-users", 10_000) as usize;
    let rtt_ms = arg("--rtt-ms", 2);
    let far_ms = arg("--far-rtt-ms", 20);
    let rtt_runs = arg("--runs", 5).max(1);
    let loopback_runs = arg("--loopback-runs", 21).max(1);
    let cores = std::thread::available_parallelism().map_or(1, |c| c.get());
    println!("Offboarding (terminate, then delete) on a demo portal; {cores} cores");
    let mut on_loopback = Duration::ZERO;
    for rtt in [Duration::ZERO, Duration::from_millis(rtt_ms)] {
        let runs = if rtt.is_zero() {
            loopback_runs
        } else {
            rtt_runs
        };
        let bulk = median_run(Way::Bulk, n, rtt, runs).await?;
        let naive = median_run(Way::Loop, n, rtt, runs).await?;
        println!("{}", setting(n, rtt, runs));
        show("bulk", &bulk, rtt);
        show("loop", &naive, rtt);
        let speed_up = naive.wall.as_secs_f64() / bulk.wall.as_secs_f64().max(1e-9);
        println!(
            "  speed-up {speed_up:.0}x, {:.0}x fewer requests",
            naive.requests as f64 / bulk.requests.max(1) as f64
        );
        if rtt.is_zero() {
            floor(&bulk, &naive);
            on_loopback = bulk.wall;
        }
    }
    let far = Duration::from_millis(far_ms);
    let bulk = median_run(Way::Bulk, n, far, rtt_runs).await?;
    println!("{}", setting(n, far, rtt_runs));
    show("bulk", &bulk, far);
    println!(
        "  less the loopback run's {:.1} ms of work: {:.1} round trips on the network",
        on_loopback.as_secs_f64() * 1000.0,
        bulk.wall.saturating_sub(on_loopback).as_secs_f64() / far.as_secs_f64()
    );
    let bulk = median_run(Way::Bulk, large, Duration::ZERO, rtt_runs).await?;
    println!("{}", setting(large, Duration::ZERO, rtt_runs));
    show("bulk", &bulk, Duration::ZERO);
    Ok(())
}
