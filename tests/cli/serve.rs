//! `serve-demo`: the demo portal as its own process, used by the commands; its token from
//! the environment, never printed; its fault knobs and rate limit on the command line.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use serde_json::{Value, json};
use tempfile::TempDir;

use crate::support::{BIN, exec};

const ME: &str = "/api/2.0/people/@self";

/// A running `serve-demo` with its stdout read line by line and its stderr in a file.
struct Served {
    child: Child,
    url: String,
    token: String,
    stdout: Option<std::thread::JoinHandle<String>>,
    stderr: PathBuf,
    home: TempDir,
}

/// What `serve-demo` wrote, once stopped.
struct Output {
    stdout: String,
    stderr: String,
}

impl Served {
    /// Starts `serve-demo --listen 127.0.0.1:0 ARGS` with `env` and waits for its URL.
    async fn start(token: &str, args: &[&str], env: &[(&str, &str)]) -> Self {
        let home = tempfile::tempdir().expect("tempdir");
        let stderr = home.path().join("stderr.txt");
        let mut child = Command::new(BIN)
            .args(["serve-demo", "--listen", "127.0.0.1:0"])
            .args(args)
            .env_remove("DOCSPACE_DEMO_TOKEN")
            .env_remove("RUST_LOG")
            .env_remove("DOCSPACE_LOG")
            .envs(env.iter().copied())
            .env("XDG_DATA_HOME", home.path())
            .env("XDG_CONFIG_HOME", home.path())
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&stderr).expect("stderr file"))
            .stdin(Stdio::null())
            .spawn()
            .expect("serve-demo starts");
        let out = child.stdout.take().expect("stdout");
        let (url_tx, url_rx) = tokio::sync::oneshot::channel();
        let stdout = std::thread::spawn(move || {
            let mut url_tx = Some(url_tx);
            let mut all = String::new();
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                let url = line.split_whitespace().find(|w| w.starts_with("http://"));
                if let (Some(url), Some(tx)) = (url, url_tx.take()) {
                    let _ = tx.send(url.to_string());
                }
                all.push_str(&line);
                all.push('\n');
            }
            all
        });
        let url = match url_rx.await {
            Ok(url) => url,
            Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                let err = std::fs::read_to_string(&stderr).unwrap_or_default();
                panic!("serve-demo printed no URL; stderr: {err}");
            }
        };
        Self {
            child,
            url,
            token: token.to_string(),
            stdout: Some(stdout),
            stderr,
            home,
        }
    }

    async fn request(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
    ) -> reqwest::Result<reqwest::Response> {
        let mut req = reqwest::Client::new()
            .request(method, format!("{}{path}", self.url))
            .bearer_auth(&self.token);
        if let Some(b) = body {
            req = req.json(&b);
        }
        req.send().await
    }

    async fn get(&self, path: &str) -> reqwest::Response {
        self.request(reqwest::Method::GET, path, None)
            .await
            .expect("answered")
    }

    /// Stops the portal and returns what it printed.
    fn stop(mut self) -> Output {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let stdout = self
            .stdout
            .take()
            .and_then(|t| t.join().ok())
            .unwrap_or_default();
        let stderr = std::fs::read_to_string(&self.stderr).unwrap_or_default();
        Output { stdout, stderr }
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A token no other test uses, to look for in the output.
fn canary() -> String {
    docspace_people::demo::random_token()
}

/// Lists the users through the binary, with the token in DOCSPACE_TOKEN.
async fn list_users(served: &Served) -> Vec<Value> {
    let r = exec(
        &served.home,
        ["--url", &served.url, "users", "list", "--format", "json"]
            .map(String::from)
            .to_vec(),
        None,
        vec![("DOCSPACE_TOKEN".into(), served.token.clone())],
    )
    .await;
    assert_eq!(r.code, 0, "{r:?}");
    let v: Value = serde_json::from_str(&r.stdout).expect("json");
    v.as_array().cloned().expect("a list")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_demo_serves_the_commands_and_never_prints_its_token() {
    let token = canary();
    let served = Served::start(&token, &["--token", &token, "--users", "12"], &[]).await;
    assert_eq!(list_users(&served).await.len(), 12);
    let out = served.stop();
    assert!(out.stdout.contains("listening on http://127.0.0.1:"));
    assert!(!out.stdout.contains(&token), "{}", out.stdout);
    assert!(!out.stderr.contains(&token), "{}", out.stderr);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_token_can_come_from_the_environment() {
    let token = canary();
    let served = Served::start(
        &token,
        &["--users", "7"],
        &[("DOCSPACE_DEMO_TOKEN", &token)],
    )
    .await;
    assert_eq!(list_users(&served).await.len(), 7);
    let out = served.stop();
    assert!(!out.stdout.contains(&token), "{}", out.stdout);
    assert!(!out.stderr.contains(&token), "{}", out.stderr);
}

#[test]
fn help_names_the_token_variable_but_never_shows_its_value() {
    let token = canary();
    let out = Command::new(BIN)
        .args(["serve-demo", "--help"])
        .env("DOCSPACE_DEMO_TOKEN", &token)
        .output()
        .expect("runs");
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(help.contains("DOCSPACE_DEMO_TOKEN"), "{help}");
    assert!(!help.contains(&token), "{help}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rate_limit_sets_the_limit_per_user_or_switches_it_off() {
    let token = canary();
    let served = Served::start(&token, &["--token", &token, "--rate-limit", "2"], &[]).await;
    let statuses = [
        served.get(ME).await.status().as_u16(),
        served.get(ME).await.status().as_u16(),
        served.get(ME).await.status().as_u16(),
    ];
    assert_eq!(statuses, [200, 200, 429]);
    let out = served.stop();
    assert!(
        out.stdout.contains("Rate limit: 2 requests a minute"),
        "{}",
        out.stdout
    );

    let served = Served::start(&token, &["--token", &token, "--rate-limit", "off"], &[]).await;
    for _ in 0..5 {
        let r = served.get(ME).await;
        assert_eq!(r.status().as_u16(), 200);
        assert!(r.headers().get("x-ratelimit-limit").is_none());
    }
    assert!(served.stop().stdout.contains("Rate limit: off."));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fail_rate_answers_503_before_doing_anything() {
    let token = canary();
    let served = Served::start(&token, &["--token", &token, "--fail-rate", "1"], &[]).await;
    assert_eq!(served.get(ME).await.status().as_u16(), 503);
    let r = served
        .request(
            reqwest::Method::PUT,
            "/api/2.0/people/status/Terminated",
            Some(json!({ "userIds": [uuid::Uuid::from_u128(42)] })),
        )
        .await
        .expect("answered");
    assert_eq!(r.status().as_u16(), 503);
    let out = served.stop();
    assert!(
        out.stdout.contains("Faults: status=503,share=1"),
        "{}",
        out.stdout
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn drop_after_write_carries_out_the_write_and_sends_no_answer() {
    let token = canary();
    let served = Served::start(
        &token,
        &[
            "--token",
            &token,
            "--drop-after-write",
            "1",
            "--latency-ms",
            "1",
        ],
        &[],
    )
    .await;
    let list: Value = served
        .get("/api/2.0/people/filter?count=50")
        .await
        .json()
        .await
        .expect("reads are answered");
    let id = list["response"]
        .as_array()
        .expect("users")
        .iter()
        .find(|u| u["status"] == 1 && u["isOwner"] != true)
        .and_then(|u| u["id"].as_str())
        .expect("an active user besides the owner")
        .to_string();
    let sent = served
        .request(
            reqwest::Method::PUT,
            "/api/2.0/people/status/Terminated",
            Some(json!({ "userIds": [id] })),
        )
        .await;
    assert!(sent.is_err(), "no answer to the write: {sent:?}");
    let after: Value = served
        .get(&format!("/api/2.0/people/{id}"))
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(after["response"]["status"], 2, "the write was carried out");
    served.stop();
}

#[test]
fn knob_values_out_of_range_are_usage_errors() {
    for (args, message) in [
        (&["--fail-rate", "abc"][..], "expected a share from 0 to 1"),
        (&["--fail-rate", "1.5"][..], "expected a share from 0 to 1"),
        (
            &["--drop-after-write=-0.1"][..],
            "expected a share from 0 to 1",
        ),
        (&["--rate-limit", "0"][..], "or off"),
        (&["--rate-limit", "lots"][..], "or off"),
        (&["--latency-ms", "slow"][..], "--latency-ms"),
        (&["--fault", "explode"][..], "unknown fault kind"),
    ] {
        let out = Command::new(BIN)
            .args(["serve-demo", "--token", "sk-x"])
            .args(args)
            .output()
            .expect("runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(message), "{args:?}: {err}");
    }
}

#[test]
fn the_in_process_demo_takes_the_same_knobs() {
    for args in [
        &["--demo-latency-ms", "300"][..],
        &["--demo-fail-rate", "0.1"][..],
        &["--demo-drop-after-write", "0.05"][..],
        &["--demo-rate-limit", "off"][..],
    ] {
        let out = Command::new(BIN).args(args).output().expect("runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains("--demo"), "needs --demo: {err}");
    }
    let out = Command::new(BIN)
        .args(["--demo", "--demo-fail-rate", "2"])
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&out.stderr).contains("expected a share from 0 to 1"));
}
