//! `PortalClient`: the typed DocSpace People client over reqwest.
//!
//! The administration operations are in files beside this one: [`offboarding`]
//! (reassignment, data removal, what a user owns), [`type_change`], [`invite`],
//! [`profile`], [`quota`], [`members`] and [`login`].

mod invite;
pub mod login;
mod members;
mod offboarding;
mod pages;
mod profile;
mod quota;
mod type_change;

pub use offboarding::RoomArea;
pub use pages::{PAGES_IN_FLIGHT, Streamed};
pub use quota::QuotaLimit;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use reqwest::{Method, StatusCode, Url, header};
use secrecy::{ExposeSecret, SecretString};
use serde::Serialize;
use serde::de::DeserializeOwned;
use uuid::Uuid;

use super::dto::{
    EmployeeFullDto, EmployeeStatus, EmployeeType, Envelope, ErrorEnvelope, GroupDto,
    GroupSummaryDto, MemberRequestDto, UpdateMembersRequestDto,
};
use super::error::ApiError;
use super::paging::{Listing, Pager, UserPage};
use super::query::{MAX_PAGE, UserQuery};
use super::retry::{self, Decision, Outcome};
use crate::redact::url_for_display;

/// Responses larger than this are refused (a page of 100 full profiles is ~120 KB).
pub const MAX_BODY: usize = 16 * 1024 * 1024;

/// How to reach a portal.
#[derive(Clone)]
pub struct ClientOptions {
    /// The portal's address, e.g. `https://example.onlyoffice.com`. Plain `http://` is
    /// accepted only for loopback hosts (the demo portal).
    pub base_url: String,
    pub token: SecretString,
    pub connect_timeout: Duration,
    pub request_timeout: Duration,
}

impl ClientOptions {
    pub fn new(base_url: impl Into<String>, token: SecretString) -> Self {
        Self {
            base_url: base_url.into(),
            token,
            connect_timeout: Duration::from_secs(5),
            request_timeout: Duration::from_secs(30),
        }
    }
}

impl std::fmt::Debug for ClientOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientOptions")
            .field("base_url", &self.base_url)
            .field("token", &"[redacted]")
            .field("connect_timeout", &self.connect_timeout)
            .field("request_timeout", &self.request_timeout)
            .finish()
    }
}

/// The most pages of groups read before a portal is taken to be looping.
const MAX_GROUP_PAGES: u64 = 1_000;

/// How often a wait for a retry looks at the halt flag.
const HALT_POLL: Duration = Duration::from_millis(50);

/// A cheap-to-clone client: clones share one connection pool (and what they learned
/// about the token).
#[derive(Clone)]
pub struct PortalClient {
    http: reqwest::Client,
    base: Url,
    token: SecretString,
    /// Set once the portal has answered any request with 401.
    token_refused: Arc<AtomicBool>,
    /// Once set, no request is tried again (a stopped bulk run): the last answer stands.
    halt: Option<Arc<AtomicBool>>,
}

impl std::fmt::Debug for PortalClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PortalClient")
            .field("base", &self.base.as_str())
            .finish_non_exhaustive()
    }
}

/// Checks a portal address: `https`, or `http` on a loopback host only.
pub fn parse_base_url(raw: &str) -> Result<Url, ApiError> {
    let invalid = |reason: &str| ApiError::InvalidUrl {
        url: url_for_display(raw),
        reason: reason.to_string(),
    };
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Err(invalid("the address is empty"));
    }
    let mut url = Url::parse(trimmed).map_err(|e| invalid(&e.to_string()))?;
    match url.scheme() {
        "https" => {}
        "http" if is_loopback(&url) => {}
        "http" => {
            return Err(invalid(
                "plain http is allowed only for 127.0.0.1, ::1 or localhost; use https",
            ));
        }
        _ => return Err(invalid("the address must start with https://")),
    }
    if url.host_str().is_none() {
        return Err(invalid("the address has no host"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(invalid(
            "put the token in the configuration, not in the address",
        ));
    }
    url.set_query(None);
    url.set_fragment(None);
    if !url.path().ends_with('/') {
        let p = format!("{}/", url.path());
        url.set_path(&p);
    }
    Ok(url)
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

impl PortalClient {
    pub fn new(opts: &ClientOptions) -> Result<Self, ApiError> {
        let base = parse_base_url(&opts.base_url)?;
        let mut builder = reqwest::Client::builder()
            .connect_timeout(opts.connect_timeout)
            .timeout(opts.request_timeout)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("docspace-people/", env!("CARGO_PKG_VERSION")));
        if base.scheme() == "http" {
            // Plain http is for loopback only and redirects are not followed, so no TLS
            // connection is ever made: trusting no certificate skips loading the
            // system's roots (most of a start-up), and no proxy stands in between.
            builder = builder.tls_certs_only(Vec::new()).no_proxy();
        }
        let http = builder
            .build()
            .map_err(|e| ApiError::Network(e.to_string()))?;
        Ok(Self {
            http,
            base,
            token: opts.token.clone(),
            token_refused: Arc::new(AtomicBool::new(false)),
            halt: None,
        })
    }

    /// Whether the portal has refused the token (401) on any request of this client or
    /// its clones, for instance part-way through a bulk change that reports per user.
    pub fn token_was_refused(&self) -> bool {
        self.token_refused.load(Ordering::Relaxed)
    }

    /// A clone that tries no request again once `halt` is set: a wait for a retry ends
    /// early and the last answer stands (a stopped bulk run sends nothing more).
    pub fn halted_by(&self, halt: Arc<AtomicBool>) -> PortalClient {
        PortalClient {
            halt: Some(halt),
            ..self.clone()
        }
    }

    /// Waits `wait` before a retry; true when the halt flag was set before or during it.
    async fn halted_during(&self, wait: Duration) -> bool {
        let Some(halt) = &self.halt else {
            tokio::time::sleep(wait).await;
            return false;
        };
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            if halt.load(Ordering::Relaxed) {
                return true;
            }
            let now = tokio::time::Instant::now();
            if now >= deadline {
                return false;
            }
            tokio::time::sleep((deadline - now).min(HALT_POLL)).await;
        }
    }

    /// The portal's address as given (normalised, ending in `/`).
    pub fn base_url(&self) -> &str {
        self.base.as_str()
    }

    /// `GET /api/2.0/people/filter`: one page of users.
    pub async fn list_users(&self, q: &UserQuery) -> Result<UserPage, ApiError> {
        let env: Envelope<Vec<EmployeeFullDto>> = self
            .call(
                Method::GET,
                "api/2.0/people/filter",
                &q.to_pairs(),
                None::<&()>,
            )
            .await?;
        let total = env.total.and_then(|t| u64::try_from(t).ok());
        let users = env
            .response
            .ok_or_else(|| ApiError::Malformed("the user list has no `response`".into()))?;
        Ok(UserPage {
            users,
            total,
            start_index: q.start_index,
        })
    }

    /// Follows the pages of `q` from its start index, calling `on_page` after each one
    /// with the users read so far and the portal's total. Stops at `limit` users when
    /// given, whatever the portal sends. Duplicates (users shifted between pages while
    /// the directory changed) are dropped by id. A portal whose pages contradict each
    /// other (see [`Pager`]) ends the listing early; the [`Listing`] then says why.
    pub async fn list_pages(
        &self,
        q: &UserQuery,
        limit: Option<usize>,
        mut on_page: impl FnMut(usize, Option<u64>),
    ) -> Result<Listing, ApiError> {
        let mut pager = Pager::new(q.start_index, q.count, limit);
        let mut users: Vec<EmployeeFullDto> = Vec::new();
        while let Some(start) = pager.next_start() {
            let page = self.list_users(&q.at(start)).await?;
            users.extend(pager.take(page));
            on_page(users.len(), pager.total());
        }
        Ok(Listing {
            users,
            total: pager.total(),
            incomplete: pager.incomplete(),
        })
    }

    /// [`list_pages`](Self::list_pages), for callers that need every user: an
    /// incomplete listing is an [`ApiError::IncompleteList`].
    pub async fn list_all(
        &self,
        q: &UserQuery,
        limit: Option<usize>,
        on_page: impl FnMut(usize, Option<u64>),
    ) -> Result<Vec<EmployeeFullDto>, ApiError> {
        let listing = self.list_pages(q, limit, on_page).await?;
        match listing.incomplete {
            Some(why) => Err(ApiError::IncompleteList(why)),
            None => Ok(listing.users),
        }
    }

    /// `GET /api/2.0/people/{id}`. An answer about any other user (a portal also matches
    /// `{userid}` as a user name) is refused with [`ApiError::WrongUser`].
    pub async fn get_user(&self, id: Uuid) -> Result<EmployeeFullDto, ApiError> {
        let user = self
            .one(
                Method::GET,
                &format!("api/2.0/people/{id}"),
                &[],
                None::<&()>,
            )
            .await?;
        if user.id != id {
            return Err(ApiError::WrongUser {
                asked: id.to_string(),
                answered: user.id,
            });
        }
        Ok(user)
    }

    /// `GET /api/2.0/people/email?email=`. An answer whose email is not the one asked for
    /// (compared without regard to case) is refused with [`ApiError::WrongUser`].
    pub async fn get_user_by_email(&self, email: &str) -> Result<EmployeeFullDto, ApiError> {
        let asked = email.trim();
        let user = self
            .one(
                Method::GET,
                "api/2.0/people/email",
                &[("email", asked.to_string())],
                None::<&()>,
            )
            .await?;
        if !same_email(user.email.as_deref(), asked) {
            return Err(ApiError::WrongUser {
                asked: asked.to_string(),
                answered: user.id,
            });
        }
        Ok(user)
    }

    /// `GET /api/2.0/people/@self`: the caller.
    pub async fn me(&self) -> Result<EmployeeFullDto, ApiError> {
        self.one(Method::GET, "api/2.0/people/@self", &[], None::<&()>)
            .await
    }

    /// `GET /api/2.0/group`, every page: the portal's groups, by name.
    pub async fn list_groups(&self) -> Result<Vec<GroupDto>, ApiError> {
        let mut groups: Vec<GroupDto> = Vec::new();
        // A portal that keeps sending full pages is not followed forever.
        for page in 0..MAX_GROUP_PAGES {
            let query = [
                ("count", MAX_PAGE.to_string()),
                ("startIndex", (page * u64::from(MAX_PAGE)).to_string()),
            ];
            let env: Envelope<Vec<GroupDto>> = self
                .call(Method::GET, "api/2.0/group", &query, None::<&()>)
                .await?;
            let batch = env
                .response
                .ok_or_else(|| ApiError::Malformed("the group list has no `response`".into()))?;
            let full = batch.len() >= MAX_PAGE as usize;
            for g in batch {
                if !groups.iter().any(|known| known.id == g.id) {
                    groups.push(g);
                }
            }
            let total = env.total.and_then(|t| usize::try_from(t).ok());
            if !full || total.is_some_and(|t| groups.len() >= t) {
                return Ok(groups);
            }
        }
        Err(ApiError::Malformed(format!(
            "the group list did not end after {MAX_GROUP_PAGES} pages"
        )))
    }

    /// `GET /api/2.0/group/user/{userid}`: the groups a user is in.
    pub async fn user_groups(&self, id: Uuid) -> Result<Vec<GroupSummaryDto>, ApiError> {
        let path = format!("api/2.0/group/user/{id}");
        let env: Envelope<Vec<GroupSummaryDto>> =
            self.call(Method::GET, &path, &[], None::<&()>).await?;
        env.response
            .ok_or_else(|| ApiError::Malformed("the group list has no `response`".into()))
    }

    /// `POST /api/2.0/people`. Retried only when the portal answered 429 (refused before
    /// any work), never after an ambiguous failure.
    pub async fn create_user(&self, body: &MemberRequestDto) -> Result<EmployeeFullDto, ApiError> {
        self.one(Method::POST, "api/2.0/people", &[], Some(body))
            .await
    }

    /// `PUT /api/2.0/people/status/{status}` for up to 100 ids.
    pub async fn set_status(
        &self,
        ids: &[Uuid],
        status: EmployeeStatus,
    ) -> Result<Vec<EmployeeFullDto>, ApiError> {
        let path = format!("api/2.0/people/status/{}", status.route_name());
        self.update_members(&path, &[], ids).await
    }

    /// [`set_status`](Self::set_status), asking the portal to answer with only `fields`
    /// of each user (`fields=`; `id` is always asked for). A portal that ignores the
    /// request answers with full profiles, which serve just as well.
    pub async fn set_status_fields(
        &self,
        ids: &[Uuid],
        status: EmployeeStatus,
        fields: &[&str],
    ) -> Result<Vec<EmployeeFullDto>, ApiError> {
        let path = format!("api/2.0/people/status/{}", status.route_name());
        self.update_members(&path, &fields_query(fields), ids).await
    }

    /// `PUT /api/2.0/people/type/{type}` for up to 100 ids.
    pub async fn set_type(
        &self,
        ids: &[Uuid],
        kind: EmployeeType,
    ) -> Result<Vec<EmployeeFullDto>, ApiError> {
        let path = format!("api/2.0/people/type/{}", kind.name());
        self.update_members(&path, &[], ids).await
    }

    /// `DELETE /api/2.0/people/{id}`: the user must be terminated.
    pub async fn delete_user(&self, id: Uuid) -> Result<EmployeeFullDto, ApiError> {
        self.one(
            Method::DELETE,
            &format!("api/2.0/people/{id}"),
            &[],
            None::<&()>,
        )
        .await
    }

    /// `PUT /api/2.0/people/delete` for up to 100 terminated users.
    pub async fn delete_users(&self, ids: &[Uuid]) -> Result<Vec<EmployeeFullDto>, ApiError> {
        self.update_members("api/2.0/people/delete", &[], ids).await
    }

    /// [`delete_users`](Self::delete_users), asking for only `fields` of each user (and
    /// `id`, always: `&[]` asks for the ids alone).
    pub async fn delete_users_fields(
        &self,
        ids: &[Uuid],
        fields: &[&str],
    ) -> Result<Vec<EmployeeFullDto>, ApiError> {
        self.update_members("api/2.0/people/delete", &fields_query(fields), ids)
            .await
    }

    async fn one<B: Serialize>(
        &self,
        method: Method,
        path: &str,
        query: &[(&'static str, String)],
        body: Option<&B>,
    ) -> Result<EmployeeFullDto, ApiError> {
        let env: Envelope<EmployeeFullDto> = self.call(method, path, query, body).await?;
        env.response
            .ok_or_else(|| ApiError::Malformed("the answer has no `response`".into()))
    }

    /// `PUT` of `{userIds}` to a list endpoint (status, type, bulk delete); the answer is
    /// the users it touched.
    async fn update_members(
        &self,
        path: &str,
        query: &[(&'static str, String)],
        ids: &[Uuid],
    ) -> Result<Vec<EmployeeFullDto>, ApiError> {
        let body = UpdateMembersRequestDto {
            user_ids: Some(ids.to_vec()),
            resend_all: false,
        };
        let env: Envelope<Vec<EmployeeFullDto>> =
            self.call(Method::PUT, path, query, Some(&body)).await?;
        Ok(env.response.unwrap_or_default())
    }

    /// Sends one request (with the retry policy) and decodes the success envelope. Only
    /// reads are sent again after a failure that may have reached the portal.
    async fn call<T: DeserializeOwned, B: Serialize>(
        &self,
        method: Method,
        path: &str,
        query: &[(&'static str, String)],
        body: Option<&B>,
    ) -> Result<Envelope<T>, ApiError> {
        let repeat = if method == Method::GET {
            Repeat::Safe
        } else {
            Repeat::Once
        };
        self.call_as(method, path, query, body, repeat).await
    }

    /// [`call`](Self::call) for a request whose repetition is as stated: a write that
    /// leaves the portal in the same state however often it is made ([`Repeat::Safe`])
    /// is retried like a read.
    async fn call_as<T: DeserializeOwned, B: Serialize>(
        &self,
        method: Method,
        path: &str,
        query: &[(&'static str, String)],
        body: Option<&B>,
        repeat: Repeat,
    ) -> Result<Envelope<T>, ApiError> {
        let url = self
            .base
            .join(path)
            .map_err(|e| ApiError::Malformed(e.to_string()))?;
        let is_read = repeat == Repeat::Safe;
        let mut attempt = 0;
        loop {
            let result = self
                .send_once(method.clone(), url.clone(), query, body)
                .await;
            let outcome = match &result {
                Err(ApiError::RateLimited { retry_after }) => Outcome::RateLimited(*retry_after),
                Err(ApiError::Server {
                    status: 502..=504, ..
                }) => Outcome::Unavailable,
                Err(ApiError::Connect { .. }) => Outcome::ConnectFailed,
                _ => Outcome::Final,
            };
            match retry::decide(is_read, outcome, attempt) {
                Decision::RetryAfter(wait) if !self.halted_during(wait).await => {
                    tracing::debug!(%path, attempt, wait_ms = wait.as_millis() as u64, "retrying");
                    attempt += 1;
                }
                Decision::RetryAfter(_) => return result,
                Decision::GiveUp => {
                    if matches!(result, Err(ApiError::Unauthorized)) {
                        self.token_refused.store(true, Ordering::Relaxed);
                    }
                    return result;
                }
            }
        }
    }

    async fn send_once<T: DeserializeOwned, B: Serialize>(
        &self,
        method: Method,
        url: Url,
        query: &[(&'static str, String)],
        body: Option<&B>,
    ) -> Result<Envelope<T>, ApiError> {
        let mut req = self
            .http
            .request(method.clone(), url.clone())
            .header(header::ACCEPT, "application/json");
        // A client without a token (one that logs in) sends no credentials at all.
        if !self.token.expose_secret().is_empty() {
            let mut auth =
                header::HeaderValue::from_str(&format!("Bearer {}", self.token.expose_secret()))
                    .map_err(|_| ApiError::InvalidUrl {
                        url: self.base.to_string(),
                        reason: "the token contains characters that cannot be sent in a header"
                            .into(),
                    })?;
            auth.set_sensitive(true);
            req = req.header(header::AUTHORIZATION, auth);
        }
        if !query.is_empty() {
            req = req.query(query);
        }
        if let Some(b) = body {
            req = req.json(b);
        }
        tracing::debug!(%method, path = url.path(), "request");
        let resp = req.send().await.map_err(|e| self.transport_error(&e))?;
        let status = resp.status();
        let retry_after = resp
            .headers()
            .get(header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(retry::parse_retry_after);
        let bytes = read_body(resp).await.map_err(|e| match e {
            BodyError::TooLarge => ApiError::TooLarge { limit: MAX_BODY },
            BodyError::Transport(e) => self.transport_error(&e),
        })?;
        tracing::debug!(%method, path = url.path(), status = status.as_u16(), len = bytes.len(), "response");
        if status.is_success() {
            return serde_json::from_slice::<Envelope<T>>(&bytes)
                .map_err(|e| ApiError::Malformed(format!("{e} (HTTP {})", status.as_u16())));
        }
        Err(error_from(status, retry_after, &bytes))
    }

    fn transport_error(&self, e: &reqwest::Error) -> ApiError {
        if let Some(reason) = super::tls::certificate_problem(e) {
            ApiError::Certificate {
                url: self.base.to_string(),
                reason,
            }
        } else if e.is_timeout() {
            ApiError::Timeout {
                what: "no answer within the request timeout".into(),
            }
        } else if e.is_connect() {
            ApiError::Connect {
                url: self.base.to_string(),
                reason: root_cause(e),
            }
        } else if e.is_decode() || e.is_body() {
            ApiError::Network(format!(
                "the connection broke while reading: {}",
                root_cause(e)
            ))
        } else {
            ApiError::Network(root_cause(e))
        }
    }
}

/// Whether a request may be sent again after a failure that may have reached the portal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Repeat {
    /// Reads, and writes that leave the same state however often they are made (a
    /// terminate, a quota set to a value, a member added): retried like reads.
    Safe,
    /// Writes that would act twice (an invitation mailed twice, a job started anew):
    /// retried only when the portal refused them before any work (429).
    Once,
}

/// Whether an answer's email is the one asked for, without regard to case.
pub fn same_email(answered: Option<&str>, asked: &str) -> bool {
    answered.is_some_and(|e| e.trim().to_lowercase() == asked.trim().to_lowercase())
}

/// The `fields=` query asking for `fields` of each user, `id` first.
fn fields_query(fields: &[&str]) -> Vec<(&'static str, String)> {
    vec![("fields", super::query::fields_param(fields))]
}

fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut cur: &(dyn std::error::Error + 'static) = e;
    while let Some(next) = cur.source() {
        cur = next;
    }
    cur.to_string()
}

enum BodyError {
    TooLarge,
    Transport(reqwest::Error),
}

async fn read_body(mut resp: reqwest::Response) -> Result<Vec<u8>, BodyError> {
    if resp.content_length().is_some_and(|n| n > MAX_BODY as u64) {
        return Err(BodyError::TooLarge);
    }
    let mut buf = Vec::new();
    while let Some(chunk) = resp.chunk().await.map_err(BodyError::Transport)? {
        if buf.len() + chunk.len() > MAX_BODY {
            return Err(BodyError::TooLarge);
        }
        buf.extend_from_slice(&chunk);
    }
    Ok(buf)
}

/// Maps a non-success answer to an [`ApiError`], keeping the server's message.
pub fn error_from(status: StatusCode, retry_after: Option<Duration>, body: &[u8]) -> ApiError {
    let message = server_message(body);
    let or_default = |m: Option<String>, d: &str| m.unwrap_or_else(|| d.to_string());
    match status.as_u16() {
        401 => ApiError::Unauthorized,
        402 => ApiError::PaymentRequired {
            message: or_default(message, "payment required"),
        },
        403 => ApiError::Forbidden {
            message: or_default(message, "Access denied"),
        },
        404 => ApiError::NotFound {
            message: or_default(message, "The user could not be found"),
        },
        400 => ApiError::BadRequest {
            message: or_default(message, "bad request"),
        },
        429 => ApiError::RateLimited { retry_after },
        // Redirects are not followed: the address is probably not the portal's own.
        s @ 300..=399 => ApiError::Http {
            status: s,
            message:
                "a redirect, which is not followed: check that the address is the portal's own"
                    .into(),
        },
        s @ 500..=599 => ApiError::Server {
            status: s,
            message: or_default(message, "server error"),
        },
        s => ApiError::Http {
            status: s,
            message: or_default(message, "unexpected status"),
        },
    }
}

/// Finds the human message in an error body: `error.message` first, then the
/// validation problem inside `response` (`title` and `errors`), then a plain-text body.
fn server_message(body: &[u8]) -> Option<String> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return None;
    }
    if let Ok(e) = serde_json::from_slice::<ErrorEnvelope>(body)
        && let Some(m) = e.error.message.filter(|m| !m.trim().is_empty())
    {
        return Some(cap(m));
    }
    if let Ok(v) = serde_json::from_slice::<serde_json::Value>(body) {
        let problem = v.get("response").unwrap_or(&v);
        let mut parts = Vec::new();
        if let Some(errors) = problem.get("errors").and_then(|e| e.as_object()) {
            for (field, msgs) in errors {
                let texts: Vec<&str> = match msgs {
                    serde_json::Value::Array(a) => a.iter().filter_map(|m| m.as_str()).collect(),
                    serde_json::Value::String(s) => vec![s.as_str()],
                    _ => vec![],
                };
                parts.push(format!("{field}: {}", texts.join("; ")));
            }
        }
        if parts.is_empty()
            && let Some(t) = problem.get("title").and_then(|t| t.as_str())
        {
            parts.push(t.to_string());
        }
        return (!parts.is_empty()).then(|| cap(parts.join("; ")));
    }
    let text = String::from_utf8_lossy(body);
    if text.trim_start().starts_with('<') {
        return Some("the portal answered with an HTML page instead of JSON".into());
    }
    Some(cap(text.trim().to_string()))
}

fn cap(s: String) -> String {
    const MAX: usize = 300;
    if s.chars().count() <= MAX {
        s
    } else {
        let mut t: String = s.chars().take(MAX).collect();
        t.push('…');
        t
    }
}

#[cfg(test)]
#[path = "client_tests.rs"]
mod tests;
