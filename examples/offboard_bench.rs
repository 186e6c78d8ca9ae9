//! Offboarding benchmark: terminate then delete 1,000 users on a demo portal, two ways.
//!
//! - **bulk**: what `docspace-people users delete --terminate-first --yes -` does: read the
//!   caller and the admins, then the portal's list endpoints in chunks of 100.
//! - **loop**: the script an administrator writes without this tool: for each user, one
//!   `PUT /api/2.0/people/status/Terminated` and one `DELETE /api/2.0/people/{id}` (one
//!   HTTP client, connections reused).
//!
//! Each run gets a fresh demo portal with the same seed (rate limiting off, for both).
//! Runs twice: on plain loopback, and with a simulated network round trip (`--rtt-ms`,
//! default 2 ms, added by the demo portal to every request).
//!
//! On plain loopback a request costs tens of microseconds, so much of both runs is the
//! per-user work they share (the portal's processing, the profiles in the answers); a real
//! portal adds a network round trip to every request, and that is what the bulk path saves
//! 1,978 times over.
//!
//! Each figure is the median of `--runs` runs (default 3).
//!
//! ```text
//! cargo run --release --example offboard_bench [-- --users 1000 --rtt-ms 2 --runs 3]
//! ```

use std::time::{Duration, Instant};

use docspace_people::api::{ClientOptions, EmployeeStatus, PortalClient};
use docspace_people::bulk::{self, BulkAction, Caller};
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

/// The targets: every user but the owner, first `n` in creation order.
fn targets(server: &DemoServer, n: usize) -> Vec<Uuid> {
    let p = server.portal();
    let owner = p.owner_id();
    p.users()
        .into_iter()
        .map(|u| u.id)
        .filter(|id| *id != owner)
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
    let me = client.me().await?;
    let found = resolve::targets(&client, &refs, action, &Caller::of(&me), false).await?;
    let plan = bulk::plan(action, &found.users, &me);
    let report = bulk::execute(&client, &plan, |_| {}).await;
    let wall = start.elapsed();
    if report.done() != ids.len() {
        return Err(format!("bulk: only {} of {} done", report.done(), ids.len()).into());
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

fn show(label: &str, m: &Measure) {
    println!(
        "  {label:<5} {:>5} requests  {:>9.1} ms  ({} users deleted)",
        m.requests,
        m.wall.as_secs_f64() * 1000.0,
        m.deleted
    );
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let n = arg("--users", 1000) as usize;
    let rtt_ms = arg("--rtt-ms", 2);
    let runs = arg("--runs", 3).max(1);
    let seeded = n + 100;
    println!(
        "Offboarding {n} users (terminate, then delete) on a demo portal of {seeded} users; median of {runs} runs"
    );
    for rtt in [Duration::ZERO, Duration::from_millis(rtt_ms)] {
        let where_ = if rtt.is_zero() {
            "loopback".to_string()
        } else {
            format!("loopback + {} ms per request", rtt.as_millis())
        };
        let mut bulks = Vec::new();
        let mut loops = Vec::new();
        for _ in 0..runs {
            let a = portal(seeded, rtt).await?;
            let ids = targets(&a, n);
            bulks.push(bulk_way(&a, &ids).await?);
            a.shutdown().await;
            let b = portal(seeded, rtt).await?;
            let ids = targets(&b, n);
            loops.push(loop_way(&b, &ids).await?);
            b.shutdown().await;
        }
        let bulk = median(bulks);
        let naive = median(loops);
        println!("{where_}:");
        show("bulk", &bulk);
        show("loop", &naive);
        println!(
            "  speed-up {:.0}x, {:.0}x fewer requests",
            naive.wall.as_secs_f64() / bulk.wall.as_secs_f64().max(1e-9),
            naive.requests as f64 / bulk.requests.max(1) as f64
        );
    }
    Ok(())
}
