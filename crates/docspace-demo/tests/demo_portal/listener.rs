//! The listener: connections that send nothing, idle keep-alive connections and request
//! bodies that never arrive are closed; only so many connections are open at once.

use std::time::Duration;

use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

use crate::common::{Demo, read_until_closed};
use docspace_demo::DemoOptions;

const ME: &str = "/api/2.0/people/@self";

async fn demo(idle: Duration, max_connections: usize) -> Demo {
    Demo::with(DemoOptions {
        rate_limit: None,
        idle_timeout: idle,
        max_connections,
        ..DemoOptions::default()
    })
    .await
}

#[tokio::test]
async fn connections_that_send_nothing_are_closed_and_the_portal_still_answers() {
    let d = demo(Duration::from_millis(300), 256).await;
    let mut silent = Vec::new();
    for _ in 0..200 {
        silent.push(TcpStream::connect(d.server.addr()).await.expect("connect"));
    }
    assert_eq!(
        d.get(ME).await.status,
        200,
        "answers beside 200 silent connections"
    );
    let closed = futures::future::join_all(silent.into_iter().map(read_until_closed)).await;
    let still_open = closed.iter().filter(|c| c.is_none()).count();
    assert_eq!(
        still_open, 0,
        "every silent connection is closed by the portal"
    );
    assert!(
        closed
            .iter()
            .flatten()
            .all(|got| !got.starts_with(b"HTTP/1.1 2"))
    );
    // On a new connection: the client's pooled one has been idle past the timeout too, and
    // reusing it would race the portal closing it.
    let mut s = TcpStream::connect(d.server.addr()).await.expect("connect");
    let request = format!(
        "GET {ME} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {}\r\nConnection: close\r\n\r\n",
        d.token
    );
    s.write_all(request.as_bytes()).await.expect("request sent");
    let got = read_until_closed(s).await.expect("answered, then closed");
    let text = String::from_utf8_lossy(&got);
    assert!(text.starts_with("HTTP/1.1 200"), "{text}");
}

#[tokio::test]
async fn an_idle_keep_alive_connection_is_closed_after_its_answer() {
    let d = demo(Duration::from_millis(300), 256).await;
    let mut s = TcpStream::connect(d.server.addr()).await.expect("connect");
    let request = format!(
        "GET {ME} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {}\r\n\r\n",
        d.token
    );
    s.write_all(request.as_bytes()).await.expect("request sent");
    let got = read_until_closed(s).await.expect("closed once idle");
    let text = String::from_utf8_lossy(&got);
    assert!(text.starts_with("HTTP/1.1 200"), "{text}");
    assert!(
        !text.contains("connection: close"),
        "kept alive, then closed: {text}"
    );
}

#[tokio::test]
async fn a_request_body_that_never_arrives_is_answered_408() {
    let d = demo(Duration::from_millis(300), 256).await;
    let victim = d.find(|u| !u.is_owner()).remove(0);
    let mut s = TcpStream::connect(d.server.addr()).await.expect("connect");
    let head = format!(
        "PUT /api/2.0/people/status/Terminated HTTP/1.1\r\nHost: 127.0.0.1\r\n\
         Authorization: Bearer {}\r\nContent-Type: application/json\r\n\
         Content-Length: 200\r\n\r\n{{\"userIds\":[\"{}\"",
        d.token, victim.id
    );
    s.write_all(head.as_bytes()).await.expect("head sent");
    let got = read_until_closed(s).await.expect("closed");
    let text = String::from_utf8_lossy(&got);
    assert!(text.starts_with("HTTP/1.1 408"), "{text}");
    assert_eq!(d.status_of(victim.id), victim.status, "nothing changed");
}

#[tokio::test]
async fn no_more_connections_are_open_at_once_than_allowed() {
    let d = demo(Duration::from_millis(300), 2).await;
    let mut silent = Vec::new();
    for _ in 0..6 {
        silent.push(TcpStream::connect(d.server.addr()).await.expect("connect"));
    }
    assert_eq!(
        d.get(ME).await.status,
        200,
        "answered once a silent connection is closed"
    );
    let closed = futures::future::join_all(silent.into_iter().map(read_until_closed)).await;
    assert!(
        closed.iter().all(Option::is_some),
        "all closed by the portal"
    );
    assert_eq!(d.server.peak_connections(), 2);
}

#[tokio::test]
async fn limits_must_leave_room_for_a_connection() {
    for opts in [
        DemoOptions {
            idle_timeout: Duration::ZERO,
            ..DemoOptions::default()
        },
        DemoOptions {
            max_connections: 0,
            ..DemoOptions::default()
        },
    ] {
        let refused = docspace_demo::spawn(opts).await;
        assert!(matches!(
            refused,
            Err(docspace_demo::DemoError::NoConnections)
        ));
    }
}
