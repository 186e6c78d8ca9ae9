//! The worker on its own: writes run one at a time in submission order; reads are not
//! held up behind them.

use std::time::Duration;

use docspace_people::api::EmployeeStatus;
use docspace_people::api::dto::{EmployeeType, MemberRequestDto};
use docspace_people::api::{ClientOptions, PortalClient};
use docspace_people::app::{ApiOp, ApiOutcome, Msg, Request, RequestId};
use docspace_people::bulk::{BulkAction, plan};
use docspace_people::demo::{DemoServer, Fault, FaultRule, spawn};
use docspace_people::journal::Journal;
use docspace_people::people::read_only;
use docspace_people::worker::{Access, WorkerCmd, WorkerHandle};
use secrecy::SecretString;
use tokio::sync::mpsc::{self, UnboundedReceiver};

use crate::harness::demo_options;

fn member(first: &str, email: &str) -> MemberRequestDto {
    MemberRequestDto {
        email: Some(email.into()),
        first_name: Some(first.into()),
        last_name: Some("Sequence".into()),
        kind: Some(EmployeeType::User),
        ..MemberRequestDto::default()
    }
}

/// A worker on `server`'s portal with `access`, and where its replies arrive.
fn worker_on(server: &DemoServer, access: Access) -> (WorkerHandle, UnboundedReceiver<Msg>) {
    let client = PortalClient::new(&ClientOptions::new(
        server.url(),
        SecretString::from(server.token().to_string()),
    ))
    .expect("client");
    let (tx, rx) = mpsc::unbounded_channel();
    (
        WorkerHandle::spawn(client, access, Journal::disabled(), tx),
        rx,
    )
}

/// Sends `ops` as requests 1, 2, 3, …
fn run_all(worker: &WorkerHandle, ops: impl IntoIterator<Item = ApiOp>) {
    for (i, op) in ops.into_iter().enumerate() {
        let id = RequestId(i as u64 + 1);
        worker
            .send(WorkerCmd::Run(Request { id, op }))
            .expect("sent");
    }
}

/// The next message from the worker (fails the test after 30 s).
async fn next(rx: &mut UnboundedReceiver<Msg>) -> Msg {
    tokio::time::timeout(Duration::from_secs(30), rx.recv())
        .await
        .expect("a reply in time")
        .expect("worker alive")
}

#[tokio::test]
async fn writes_run_in_submission_order() {
    let server = spawn(demo_options(10)).await.expect("portal");
    let portal = server.portal();
    // The first create is slow: were writes concurrent, the second would land first.
    portal.inject(
        FaultRule::new(Fault::Latency(Duration::from_millis(600)))
            .method("POST")
            .path("/api/2.0/people")
            .times(1),
    );
    let (worker, mut rx) = worker_on(&server, Access::ReadWrite);
    let ops = [
        ApiOp::CreateUser(member("Anna", "anna.sequence@example.org").into()),
        ApiOp::CreateUser(member("Bert", "bert.sequence@example.org").into()),
        ApiOp::Me,
    ];
    run_all(&worker, ops);
    let mut writes = Vec::new();
    let mut me = false;
    while writes.len() < 2 || !me {
        let msg = next(&mut rx).await;
        let Msg::Api(reply) = msg else { continue };
        match reply.id {
            RequestId(3) => me = matches!(reply.result, Ok(ApiOutcome::User(_))),
            id => {
                assert!(reply.result.is_ok(), "{:?}", reply.result);
                writes.push(id);
            }
        }
    }
    assert_eq!(writes, [RequestId(1), RequestId(2)], "replies in order");
    let created: Vec<String> = portal
        .users()
        .into_iter()
        .filter_map(|u| u.email)
        .filter(|e| e.ends_with(".sequence@example.org"))
        .collect();
    assert_eq!(
        created,
        ["anna.sequence@example.org", "bert.sequence@example.org"],
        "created in submission order"
    );
    let posts: Vec<u16> = portal
        .request_log()
        .into_iter()
        .filter(|r| r.method == "POST")
        .map(|r| r.status)
        .collect();
    assert_eq!(posts, [200, 200]);
    worker.shutdown().await;
    server.shutdown().await;
}

#[tokio::test]
async fn a_read_only_worker_refuses_writes_and_sends_nothing() {
    let server = spawn(demo_options(10)).await.expect("portal");
    let portal = server.portal();
    let me = portal.user(portal.owner_id()).expect("owner");
    let target = portal
        .users()
        .into_iter()
        .find(|u| u.status == Some(EmployeeStatus::Active) && !u.is_owner() && !u.is_admin())
        .expect("an active user");
    let count = portal.user_count();
    let (worker, mut rx) = worker_on(&server, Access::ReadOnly);
    let terminate = plan(BulkAction::Terminate, std::slice::from_ref(&target), &me);
    assert_eq!(terminate.eligible.len(), 1, "the plan itself is sound");
    let ops = [
        ApiOp::CreateUser(member("Anna", "anna.readonly@example.org").into()),
        ApiOp::Bulk(Box::new(terminate)),
        ApiOp::Me,
    ];
    run_all(&worker, ops);
    let mut refused = Vec::new();
    let mut me_read = false;
    while refused.len() < 2 || !me_read {
        let msg = next(&mut rx).await;
        let Msg::Api(reply) = msg else {
            panic!("no progress expected from a refused job: {msg:?}")
        };
        match (reply.id, reply.result) {
            (RequestId(3), Ok(ApiOutcome::User(_))) => me_read = true,
            (id, Ok(ApiOutcome::NotSent(why))) => {
                assert_eq!(why, read_only::refusal(read_only::A_CHANGE));
                refused.push(id);
            }
            other => panic!("unexpected reply {other:?}"),
        }
    }
    refused.sort();
    assert_eq!(refused, [RequestId(1), RequestId(2)]);
    let methods: Vec<String> = portal.request_log().into_iter().map(|r| r.method).collect();
    assert_eq!(methods, ["GET"], "only the read reached the portal");
    assert_eq!(portal.user_count(), count);
    assert_eq!(
        portal.user(target.id).and_then(|u| u.status),
        Some(EmployeeStatus::Active)
    );
    worker.shutdown().await;
    server.shutdown().await;
}
