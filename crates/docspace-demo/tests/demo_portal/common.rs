//! Starting a demo portal and talking to it with plain reqwest, so tests see the wire.

#![allow(dead_code)]

use std::time::Duration;

use docspace_api::dto::{EmployeeFullDto, EmployeeStatus, EmployeeType};
use docspace_demo::{DemoOptions, DemoPortal, DemoServer, spawn};
use reqwest::Method;
use reqwest::header::HeaderMap;
use serde_json::Value;
use tokio::io::AsyncReadExt;
use tokio::net::TcpStream;
use uuid::Uuid;

pub(crate) struct Demo {
    pub server: DemoServer,
    pub http: reqwest::Client,
    pub url: String,
    pub token: String,
}

/// One answer: status, headers and the raw body.
#[derive(Debug)]
pub(crate) struct Resp {
    pub status: u16,
    pub headers: HeaderMap,
    pub text: String,
}

impl Resp {
    pub(crate) fn json(&self) -> Value {
        serde_json::from_str(&self.text)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {:?}", self.text))
    }

    /// `response` of a success envelope.
    pub(crate) fn response(&self) -> Value {
        self.json()["response"].clone()
    }

    /// `error.message` of an error envelope.
    pub(crate) fn message(&self) -> String {
        self.json()["error"]["message"]
            .as_str()
            .unwrap_or_else(|| panic!("no error.message in {}", self.text))
            .to_string()
    }

    pub(crate) fn users(&self) -> Vec<EmployeeFullDto> {
        serde_json::from_value(self.response()).expect("a list of users")
    }

    pub(crate) fn user(&self) -> EmployeeFullDto {
        serde_json::from_value(self.response()).expect("a user")
    }

    pub(crate) fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    }
}

impl Demo {
    /// 250 users, seed 1, no rate limit.
    pub(crate) async fn start() -> Self {
        Self::with(DemoOptions {
            rate_limit: None,
            ..DemoOptions::default()
        })
        .await
    }

    pub(crate) async fn with(opts: DemoOptions) -> Self {
        let server = spawn(opts).await.expect("demo portal starts");
        let url = server.url();
        let token = server.token().to_string();
        Self {
            server,
            http: reqwest::Client::new(),
            url,
            token,
        }
    }

    pub(crate) fn portal(&self) -> DemoPortal {
        self.server.portal()
    }

    pub(crate) async fn raw(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> Resp {
        let mut req = self.http.request(method, format!("{}{}", self.url, path));
        if let Some(t) = token {
            req = req.header("Authorization", format!("Bearer {t}"));
        }
        if let Some(b) = body {
            req = req.json(&b);
        }
        let resp = req.send().await.expect("request sent");
        Resp {
            status: resp.status().as_u16(),
            headers: resp.headers().clone(),
            text: resp.text().await.expect("body read"),
        }
    }

    pub(crate) async fn get(&self, path: &str) -> Resp {
        self.raw(Method::GET, path, Some(&self.token), None).await
    }

    pub(crate) async fn get_as(&self, token: &str, path: &str) -> Resp {
        self.raw(Method::GET, path, Some(token), None).await
    }

    pub(crate) async fn send(&self, method: Method, path: &str, body: Value) -> Resp {
        self.raw(method, path, Some(&self.token), Some(body)).await
    }

    pub(crate) async fn send_as(
        &self,
        token: &str,
        method: Method,
        path: &str,
        body: Value,
    ) -> Resp {
        self.raw(method, path, Some(token), Some(body)).await
    }

    /// `PUT /people/status/{status}` with `userIds`.
    pub(crate) async fn set_status(&self, token: &str, status: &str, ids: &[Uuid]) -> Resp {
        let path = format!("/api/2.0/people/status/{status}");
        self.send_as(
            token,
            Method::PUT,
            &path,
            serde_json::json!({ "userIds": ids }),
        )
        .await
    }

    /// Seeded users (admin view) matching `f`.
    pub(crate) fn find(&self, f: impl Fn(&EmployeeFullDto) -> bool) -> Vec<EmployeeFullDto> {
        self.portal().users().into_iter().filter(|u| f(u)).collect()
    }

    /// The first seeded user of `kind` with `status`, the owner excluded.
    pub(crate) fn one_of(&self, kind: EmployeeType, status: EmployeeStatus) -> EmployeeFullDto {
        self.find(|u| !u.is_owner() && u.user_type() == Some(kind) && u.status == Some(status))
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("the seeded portal has a {kind:?} with status {status:?}"))
    }

    /// Every page of `/people/filter?{query}` (37 at a time) as `token` sees it, and the
    /// `total` the pages announced.
    pub(crate) async fn all_pages_as(
        &self,
        token: &str,
        query: &str,
    ) -> (Vec<EmployeeFullDto>, i64) {
        let mut out = Vec::new();
        let mut start = 0;
        loop {
            let r = self
                .get_as(
                    token,
                    &format!("/api/2.0/people/filter?count=37&startIndex={start}&{query}"),
                )
                .await;
            assert_eq!(r.status, 200, "{query}: {}", r.text);
            let total = r.json()["total"].as_i64().expect("total");
            let page = r.users();
            let got = page.len();
            out.extend(page);
            start += got;
            if got == 0 || start as i64 >= total {
                assert_eq!(out.len() as i64, total, "{query}: pages add up to total");
                return (out, total);
            }
        }
    }

    /// [`all_pages_as`](Self::all_pages_as) with the owner's token.
    pub(crate) async fn all_pages(&self, query: &str) -> (Vec<EmployeeFullDto>, i64) {
        self.all_pages_as(&self.token, query).await
    }

    pub(crate) fn status_of(&self, id: Uuid) -> Option<EmployeeStatus> {
        self.portal().user(id).and_then(|u| u.status)
    }
}

pub(crate) fn ids(users: &[EmployeeFullDto]) -> Vec<Uuid> {
    users.iter().map(|u| u.id).collect()
}

/// How long a test waits for the server to close a connection before it calls the
/// connection open: far above the idle timeouts used here, so only a connection the
/// server never closes reaches it.
const GIVE_UP: Duration = Duration::from_secs(30);

/// Reads until the server closes the connection (end of stream, or a reset). Returns what
/// was read, or `None` if the connection was still open after [`GIVE_UP`].
pub(crate) async fn read_until_closed(mut s: TcpStream) -> Option<Vec<u8>> {
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match tokio::time::timeout(GIVE_UP, s.read(&mut buf)).await {
            Err(_) => return None,
            Ok(Ok(0) | Err(_)) => return Some(got),
            Ok(Ok(n)) => got.extend_from_slice(&buf[..n]),
        }
    }
}

/// Lower case without combining accents: how the portal's collation compares names.
pub(crate) fn collation_key(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase()
}
