//! What the app waits for on a 100,000-user demo portal, over loopback HTTP: seeding and
//! starting the portal, and the first page of a list after a sort or filter change (the
//! first request of a query, with every cached order dropped by a write just before),
//! then the next page of the same query.
//!
//! `cargo bench -p docspace-demo --bench lists` (add `-- --quick` for a short run).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use docspace_api::dto::EmployeeStatus;
use docspace_demo::{DemoOptions, DemoServer, spawn};
use tokio::runtime::Runtime;

const USERS: usize = 100_000;

fn options() -> DemoOptions {
    DemoOptions {
        users: USERS,
        seed: 1,
        rate_limit: None,
        ..DemoOptions::default()
    }
}

/// A sort or filter change as the app sends it (whole profiles, a page of 100).
const QUERIES: [(&str, &str); 6] = [
    ("default", ""),
    (
        "last name, descending",
        "sortBy=lastname&sortOrder=descending",
    ),
    ("type, people", "sortBy=type&area=people"),
    (
        "department, two types",
        "sortBy=department&employeeTypes=1&employeeTypes=4",
    ),
    (
        "email, active, free",
        "sortBy=email&employeeStatus=1&payments=free",
    ),
    ("used space, text", "sortBy=usedspace&filterValue=an"),
];

struct Portal {
    rt: Runtime,
    server: DemoServer,
    http: reqwest::Client,
}

impl Portal {
    fn get(&self, query: &str) -> usize {
        let url = format!(
            "{}/api/2.0/people/filter?count=100&{query}",
            self.server.url()
        );
        self.rt.block_on(async {
            let r = self
                .http
                .get(url)
                .bearer_auth(self.server.token())
                .send()
                .await
                .expect("sent");
            assert_eq!(r.status(), 200);
            r.bytes().await.expect("body").len()
        })
    }

    /// Drops every cached order, as any write does.
    fn touch(&self) {
        let portal = self.server.portal();
        let owner = portal.owner_id();
        portal.set_user_status(owner, EmployeeStatus::Active);
    }
}

fn lists(c: &mut Criterion) {
    let rt = Runtime::new().expect("runtime");
    let mut group = c.benchmark_group("portal");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    group.bench_function("seed and start, 100k users", |b| {
        b.iter(|| {
            rt.block_on(async {
                let server = spawn(options()).await.expect("starts");
                black_box(server.url());
                server.shutdown().await;
            })
        })
    });
    group.finish();

    let server = rt.block_on(spawn(options())).expect("starts");
    let portal = Portal {
        rt,
        server,
        http: reqwest::Client::new(),
    };
    let mut group = c.benchmark_group("first page after a change, 100k users");
    group.sample_size(20);
    for (name, query) in QUERIES {
        group.bench_function(name, |b| {
            b.iter(|| {
                portal.touch();
                black_box(portal.get(query))
            })
        });
    }
    group.finish();
    let mut group = c.benchmark_group("next page, 100k users");
    for (name, query) in QUERIES {
        portal.get(query);
        let next = format!("{query}&startIndex=100");
        group.bench_function(name, |b| b.iter(|| black_box(portal.get(&next))));
    }
    group.finish();
}

criterion_group!(benches, lists);
criterion_main!(benches);
