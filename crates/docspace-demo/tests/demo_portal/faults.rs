//! Fault injection, the rate limit and the request log.

use std::time::Duration;

use reqwest::Method;
use serde_json::json;

use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

use crate::common::{Demo, read_until_closed};
use docspace_api::dto::{EmployeeStatus, EmployeeType};
use docspace_demo::{DemoOptions, Fault, FaultRule};

#[tokio::test]
async fn next_n_server_errors_on_matching_requests_only() {
    let d = Demo::start().await;
    let p = d.portal();
    p.inject(
        FaultRule::new(Fault::Status(500))
            .method("PUT")
            .path("/api/2.0/people/status")
            .times(2),
    );
    assert_eq!(
        d.get("/api/2.0/people/@self").await.status,
        200,
        "GET not matched"
    );
    let u = d.one_of(EmployeeType::User, EmployeeStatus::Active);
    for _ in 0..2 {
        let r = d.set_status(&d.token, "Terminated", &[u.id]).await;
        assert_eq!(r.status, 500);
        assert_eq!(r.json()["statusCode"], 500);
        assert_eq!(
            d.status_of(u.id),
            Some(EmployeeStatus::Active),
            "refused before acting"
        );
    }
    assert_eq!(p.pending_faults(), 0);
    assert_eq!(
        d.set_status(&d.token, "Terminated", &[u.id]).await.status,
        200
    );
    let log = p.request_log();
    let faulted: Vec<_> = log.iter().filter(|e| e.fault.is_some()).collect();
    assert_eq!(faulted.len(), 2);
    assert!(
        faulted
            .iter()
            .all(|e| e.status == 500 && e.user_ids == vec![u.id])
    );
}

#[tokio::test]
async fn after_processing_faults_apply_the_change_then_fail() {
    let d = Demo::start().await;
    let u = d.one_of(EmployeeType::User, EmployeeStatus::Active);
    d.portal().inject(
        FaultRule::new(Fault::Status(503))
            .path("/api/2.0/people/status")
            .after_processing(),
    );
    let r = d.set_status(&d.token, "Terminated", &[u.id]).await;
    assert_eq!(r.status, 503);
    assert_eq!(d.status_of(u.id), Some(EmployeeStatus::Terminated));
}

#[tokio::test]
async fn rate_limited_html_malformed_and_dropped() {
    let d = Demo::start().await;
    let p = d.portal();
    p.inject(FaultRule::new(Fault::RateLimited {
        retry_after_secs: 7,
    }));
    let r = d.get("/api/2.0/people/@self").await;
    assert_eq!(
        (r.status, r.header("retry-after").as_deref()),
        (429, Some("7"))
    );

    p.inject(FaultRule::new(Fault::HtmlStatus(502)));
    let r = d.get("/api/2.0/people/@self").await;
    assert_eq!(r.status, 502);
    assert!(r.text.contains("<html>"));

    p.inject(FaultRule::new(Fault::MalformedBody));
    let r = d.get("/api/2.0/people/@self").await;
    assert_eq!(r.status, 200);
    assert!(serde_json::from_str::<serde_json::Value>(&r.text).is_err());

    p.inject(FaultRule::new(Fault::DropConnection));
    let sent = d
        .http
        .get(format!("{}/api/2.0/people/@self", d.url))
        .bearer_auth(&d.token)
        .send()
        .await;
    let failed = match sent {
        Err(_) => true,
        Ok(resp) => resp.text().await.is_err(),
    };
    assert!(failed, "the body is cut");
    assert_eq!(
        d.get("/api/2.0/people/@self").await.status,
        200,
        "back to normal"
    );
}

/// A raw `PUT /people/status/Terminated` for `id`; what came back before the portal
/// closed the connection.
async fn terminate_raw(d: &Demo, id: uuid::Uuid) -> Vec<u8> {
    let body = json!({ "userIds": [id] }).to_string();
    let request = format!(
        "PUT /api/2.0/people/status/Terminated HTTP/1.1\r\nHost: 127.0.0.1\r\n\
         Authorization: Bearer {}\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\n\r\n{body}",
        d.token,
        body.len()
    );
    let mut s = TcpStream::connect(d.server.addr()).await.expect("connect");
    s.write_all(request.as_bytes()).await.expect("request sent");
    read_until_closed(s)
        .await
        .expect("the portal closes the connection")
}

#[tokio::test]
async fn a_hangup_after_processing_carries_out_the_write_and_answers_nothing() {
    let d = Demo::start().await;
    let p = d.portal();
    let u = d.one_of(EmployeeType::User, EmployeeStatus::Active);
    p.inject(
        FaultRule::new(Fault::Hangup)
            .method("PUT")
            .path("/api/2.0/people/status")
            .after_processing(),
    );
    let got = terminate_raw(&d, u.id).await;
    assert!(got.is_empty(), "not a byte of an answer: {got:?}");
    assert_eq!(d.status_of(u.id), Some(EmployeeStatus::Terminated));
    let log = p.request_log();
    assert_eq!(log.len(), 1, "the client did not send it twice");
    assert_eq!(
        (log[0].status, log[0].fault.as_deref()),
        (0, Some("Hangup"))
    );

    let other = d
        .find(|x| x.id != u.id && x.status == Some(EmployeeStatus::Active) && !x.is_owner())[0]
        .clone();
    p.inject(FaultRule::new(Fault::Hangup).method("PUT"));
    let sent = d
        .http
        .put(format!("{}/api/2.0/people/status/Terminated", d.url))
        .bearer_auth(&d.token)
        .json(&json!({ "userIds": [other.id] }))
        .send()
        .await;
    assert!(sent.is_err(), "reqwest sees no answer");
    assert_eq!(
        d.status_of(other.id),
        Some(EmployeeStatus::Active),
        "without after_processing nothing is done"
    );
    assert_eq!(
        d.get("/api/2.0/people/@self").await.status,
        200,
        "back to normal"
    );
}

#[tokio::test]
async fn latency_applies_then_the_answer_is_normal() {
    let d = Demo::start().await;
    let p = d.portal();
    p.inject(
        FaultRule::new(Fault::Latency(Duration::from_millis(50))).path("/api/2.0/people/@self"),
    );
    assert_eq!(d.get("/api/2.0/people/filter?count=1").await.status, 200);
    assert_eq!(p.pending_faults(), 1, "other paths do not use the rule up");
    assert_eq!(d.get("/api/2.0/people/@self").await.status, 200);
    assert_eq!(p.pending_faults(), 0);
    let log = p.request_log();
    assert_eq!(log[0].fault, None);
    assert_eq!(log[1].fault.as_deref(), Some("Latency(50ms)"));
}

#[tokio::test]
async fn a_share_of_requests_fails() {
    let d = Demo::start().await;
    d.portal().inject(
        FaultRule::new(Fault::Status(503))
            .path("/api/2.0/people/filter")
            .share(0.5),
    );
    let mut failed = 0;
    for _ in 0..40 {
        if d.get("/api/2.0/people/filter?count=1").await.status == 503 {
            failed += 1;
        }
    }
    assert!((5..=35).contains(&failed), "{failed} of 40");
    d.portal().clear_faults();
    assert_eq!(d.get("/api/2.0/people/filter?count=1").await.status, 200);
}

#[tokio::test]
async fn rate_limit_headers_and_429_past_the_limit() {
    let d = Demo::with(DemoOptions {
        rate_limit: Some(3),
        ..DemoOptions::default()
    })
    .await;
    let r = d.get("/api/2.0/people/@self").await;
    assert_eq!(r.header("x-ratelimit-limit").as_deref(), Some("3"));
    assert_eq!(r.header("x-ratelimit-remaining").as_deref(), Some("2"));
    assert!(r.header("x-ratelimit-reset").is_some());
    d.get("/api/2.0/people/@self").await;
    d.get("/api/2.0/people/@self").await;
    let r = d.get("/api/2.0/people/@self").await;
    assert_eq!(r.status, 429);
    let wait: u64 = r
        .header("retry-after")
        .and_then(|s| s.parse().ok())
        .expect("Retry-After");
    assert!((1..=60).contains(&wait));
    d.portal().set_rate_limit(None);
    let r = d.get("/api/2.0/people/@self").await;
    assert_eq!(r.status, 200);
    assert!(r.header("x-ratelimit-limit").is_none());
}

#[tokio::test]
async fn request_log_records_query_and_body_ids() {
    let d = Demo::start().await;
    let p = d.portal();
    d.get("/api/2.0/people/filter?count=2&filterValue=ann")
        .await;
    let gone: Vec<_> = d
        .find(|u| u.status == Some(EmployeeStatus::Terminated))
        .into_iter()
        .take(2)
        .map(|u| u.id)
        .collect();
    d.send(
        Method::PUT,
        "/api/2.0/people/delete",
        json!({"userIds": gone}),
    )
    .await;
    let log = p.request_log();
    assert_eq!(log[0].query.as_deref(), Some("count=2&filterValue=ann"));
    assert_eq!(log[1].user_ids, gone);
    p.clear_request_log();
    assert!(p.request_log().is_empty());
}
