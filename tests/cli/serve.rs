//! `serve-demo`: the demo portal as its own process, used by the commands.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use crate::support::{BIN, exec};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_demo_serves_the_commands() {
    let home = tempfile::tempdir().expect("tempdir");
    let mut child = Command::new(BIN)
        .args([
            "serve-demo",
            "--listen",
            "127.0.0.1:0",
            "--token",
            "sk-serve-test",
            "--users",
            "12",
        ])
        .env("XDG_DATA_HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .stdin(Stdio::null())
        .spawn()
        .expect("serve-demo starts");
    let stdout = child.stdout.take().expect("stdout");
    let url = tokio::task::spawn_blocking(move || {
        let mut lines = BufReader::new(stdout).lines();
        lines.find_map(|l| {
            let l = l.ok()?;
            l.split_whitespace()
                .find(|w| w.starts_with("http://"))
                .map(str::to_string)
        })
    })
    .await
    .expect("reader");
    let result = match &url {
        Some(url) => Some(
            exec(
                &home,
                ["--url", url, "users", "list", "--format", "json"]
                    .map(String::from)
                    .to_vec(),
                None,
                vec![("DOCSPACE_TOKEN".into(), "sk-serve-test".into())],
            )
            .await,
        ),
        None => None,
    };
    let _ = child.kill();
    let _ = child.wait();
    let r = result.expect("serve-demo printed its URL");
    assert_eq!(r.code, 0, "{r:?}");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    assert_eq!(v.as_array().map(Vec::len), Some(12));
}
