//! The fault injection layer.

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::{HangUp, Injected};
use crate::faults::{Fault, FaultRule};
use crate::http::AppState;
use crate::http::envelope::error;
use crate::state::lock;

/// Applies the fault rules matching this request.
pub(crate) async fn faults(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let rules = lock(&state.faults).take(req.method().as_str(), req.uri().path());
    if rules.is_empty() {
        return next.run(req).await;
    }
    let applied: Vec<String> = rules.iter().map(|r| format!("{:?}", r.fault)).collect();
    let mut other: Option<FaultRule> = None;
    let mut shaping: Vec<Fault> = Vec::new();
    for rule in rules {
        match rule.fault {
            Fault::Latency(d) => tokio::time::sleep(d).await,
            f if f.shapes_answer() => shaping.push(f),
            _ => other = Some(rule),
        }
    }
    let mut resp = match other {
        None => crate::http::shaped::answer(&state, &shaping, req, next).await,
        Some(rule) => {
            if rule.after_processing {
                let _ = next.run(req).await;
            }
            fault_response(&rule.fault)
        }
    };
    resp.extensions_mut().insert(Injected(applied.join(" + ")));
    resp
}

fn fault_response(fault: &Fault) -> Response {
    match fault {
        Fault::Latency(_) | Fault::OtherUser(_) | Fault::RepeatPage | Fault::OmitTotal => {
            StatusCode::OK.into_response()
        }
        Fault::Status(code) => {
            let message = match code {
                503 => "Service temporarily unavailable",
                _ => "Internal server error",
            };
            error(*code, message, Some("System.Exception"), -2146233088)
        }
        Fault::HtmlStatus(code) => {
            let status = StatusCode::from_u16(*code).unwrap_or(StatusCode::BAD_GATEWAY);
            let title = format!(
                "{} {}",
                status.as_u16(),
                status.canonical_reason().unwrap_or("")
            );
            let html = format!(
                "<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
            );
            let mut r = (status, html).into_response();
            r.headers_mut()
                .insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html"));
            r
        }
        Fault::RateLimited { retry_after_secs } => {
            let mut r = StatusCode::TOO_MANY_REQUESTS.into_response();
            r.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(*retry_after_secs));
            r
        }
        Fault::Hangup => {
            let mut r = Response::new(Body::empty());
            r.extensions_mut().insert(HangUp);
            r
        }
        Fault::MalformedBody => {
            let mut r = (StatusCode::OK, "{\"response\":[{\"id\":\"3f2a").into_response();
            r.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json; charset=utf-8"),
            );
            r
        }
        Fault::DropConnection => {
            let chunks: Vec<Result<Bytes, std::io::Error>> = vec![
                Ok(Bytes::from_static(b"{\"response\":[")),
                Err(std::io::Error::new(
                    std::io::ErrorKind::ConnectionReset,
                    "connection dropped by fault injection",
                )),
            ];
            let mut r = Response::new(Body::from_stream(futures::stream::iter(chunks)));
            r.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json; charset=utf-8"),
            );
            r
        }
    }
}
