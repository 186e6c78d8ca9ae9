//! A portal whose certificate is not trusted: a local HTTPS listener with a self-signed
//! certificate. The command says so once, in words, without a TLS library's timestamped
//! log lines, and does not try again (another try meets the same certificate).

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls::ServerConfig;
use tokio_rustls::rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};

use crate::support::exec;

/// Serves TLS with a fresh self-signed certificate on loopback; counts the connections.
async fn self_signed_listener() -> (String, Arc<AtomicUsize>, tokio::task::JoinHandle<()>) {
    let key =
        rcgen::generate_simple_self_signed(vec!["localhost".to_string()]).expect("certificate");
    let cert = key.cert.der().clone();
    let private = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(key.signing_key.serialize_der()));
    let config = ServerConfig::builder()
        .with_no_client_auth()
        .with_single_cert(vec![cert], private)
        .expect("server config");
    let acceptor = TlsAcceptor::from(Arc::new(config));
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let connections = Arc::new(AtomicUsize::new(0));
    let counted = connections.clone();
    let task = tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            counted.fetch_add(1, Ordering::SeqCst);
            let acceptor = acceptor.clone();
            // The client gives up during the handshake; that is all there is to serve.
            tokio::spawn(async move {
                let _ = acceptor.accept(stream).await;
            });
        }
    });
    (format!("https://localhost:{port}"), connections, task)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_untrusted_certificate_is_said_once_in_words_and_not_retried() {
    let (url, connections, task) = self_signed_listener().await;
    let home = tempfile::tempdir().expect("tempdir");
    let r = exec(
        &home,
        ["--url", &url, "users", "list"].map(String::from).to_vec(),
        None,
        vec![("DOCSPACE_TOKEN".into(), "sk-test-0123456789".into())],
    )
    .await;
    task.abort();
    assert_eq!(r.code, 5, "{r:?}");
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(lines.len(), 1, "one line, nothing else:\n{}", r.stderr);
    assert!(
        lines[0].starts_with("error: the portal's certificate is not trusted: "),
        "{}",
        lines[0]
    );
    assert!(lines[0].contains("self-signed"), "{}", lines[0]);
    // No log line of the TLS library (they start with a timestamp and a level).
    assert!(
        !r.stderr.contains("WARN") && !r.stderr.contains("rustls"),
        "{}",
        r.stderr
    );
    assert_eq!(
        connections.load(Ordering::SeqCst),
        1,
        "a refused certificate is not tried again"
    );
    assert!(!r.stderr.contains("sk-test"), "no token");
}
