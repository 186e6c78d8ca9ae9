//! Values that may be secrets are never echoed: a token put into the wrong setting,
//! option or argument, and addresses with credentials or token parameters. Each run of
//! the binary is checked for the marker in stdout and stderr.

use std::path::Path;

use crate::support::{Demo, Run, demo, exec};

/// An API-key-shaped marker and a session-token-shaped one (letters and digits only,
/// so it is a valid environment variable name too).
const KEY: &str = "sk-canary7f3a9b2c4d5e6f70";
const SESSION: &str = "Q7vX2mK9pL4tR8wN3zB6cY1dHcanary5";

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn assert_hidden(r: &Run, what: &str) {
    let all = format!("{}\n{}", r.stdout, r.stderr).to_lowercase();
    assert!(!all.contains("canary"), "{what} echoed a secret: {r:?}");
}

fn config(d: &Demo, text: &str) -> String {
    let path = d.home.path().join("secrets.toml");
    std::fs::write(&path, text).expect("write");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    }
    path_str(&path)
}

fn path_str(p: &Path) -> String {
    p.to_str().expect("utf-8 path").to_string()
}

async fn run(d: &Demo, args: &[&str], env: &[(&str, &str)]) -> Run {
    let env = env
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    exec(&d.home, strings(args), None, env).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_in_token_env_is_named_not_printed() {
    let d = demo(3).await;
    for token in [KEY, SESSION] {
        let cfg = config(
            &d,
            &format!(
                "[profiles.work]\nurl = \"{}\"\ntoken_env = \"{token}\"\n",
                d.url()
            ),
        );
        let r = run(&d, &["--config", &cfg, "users", "list"], &[]).await;
        assert_eq!(r.code, 2, "{r:?}");
        assert!(
            r.stderr.contains("token_env") && r.stderr.contains("looks like a token"),
            "{}",
            r.stderr
        );
        assert_hidden(&r, "token_env");
    }
    // A variable name is still named when it is not set.
    let cfg = config(
        &d,
        &format!(
            "[profiles.work]\nurl = \"{}\"\ntoken_env = \"WORK_TOKEN\"\n",
            d.url()
        ),
    );
    let r = run(&d, &["--config", &cfg, "users", "list"], &[]).await;
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stderr.contains("export WORK_TOKEN="), "{}", r.stderr);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn addresses_are_shown_without_credentials_or_token_parameters() {
    let d = demo(3).await;
    let with_user = format!("https://ann:{KEY}@portal.example.com");
    let plain_http = format!("http://portal.example.com/?token={KEY}");
    let not_a_url = format!("portal.example.com/{KEY}");
    for url in [&with_user, &plain_http, &not_a_url] {
        // As --url, as DOCSPACE_URL, and as a profile's url.
        let r = run(
            &d,
            &["--url", url, "users", "list"],
            &[("DOCSPACE_TOKEN", "sk-x")],
        )
        .await;
        assert_eq!(r.code, 2, "{r:?}");
        assert!(r.stderr.contains("invalid portal URL"), "{}", r.stderr);
        assert_hidden(&r, "--url");
        let r = run(
            &d,
            &["users", "list"],
            &[("DOCSPACE_URL", url), ("DOCSPACE_TOKEN", "sk-x")],
        )
        .await;
        assert_eq!(r.code, 2, "{r:?}");
        assert_hidden(&r, "DOCSPACE_URL");
        let cfg = config(
            &d,
            &format!("[profiles.a]\nurl = \"{url}\"\ntoken_env = \"A\"\n"),
        );
        let r = run(&d, &["--config", &cfg, "users", "list"], &[("A", "sk-x")]).await;
        assert_eq!(r.code, 2, "{r:?}");
        assert_hidden(&r, "url in the file");
    }
    assert!(
        run(
            &d,
            &["--url", &with_user, "users", "list"],
            &[("DOCSPACE_TOKEN", "sk-x")]
        )
        .await
        .stderr
        .contains("https://portal.example.com"),
        "the address itself is still shown"
    );
    // A valid https address with a token parameter: the portal cannot be reached, and the
    // address in the message has no query.
    let query = format!("https://127.0.0.1:9/?token={KEY}");
    let r = run(
        &d,
        &["--url", &query, "users", "list"],
        &[("DOCSPACE_TOKEN", "sk-x")],
    )
    .await;
    assert_eq!(r.code, 5, "{r:?}");
    assert_hidden(&r, "unreachable address");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tokens_given_as_arguments_are_not_echoed() {
    let d = demo(3).await;
    let url = d.url();
    let token = d.server.token().to_string();
    let env = [("DOCSPACE_TOKEN", token.as_str())];
    for args in [
        vec!["--url", &url, "users", "get", KEY],
        vec!["--url", &url, "users", "get", SESSION],
        vec!["--url", &url, "users", "terminate", "--yes", KEY],
        vec!["--url", &url, "users", "list", "--limit", KEY],
        vec!["--url", &url, "users", "list", "--sort", KEY],
        vec!["--url", &url, "users", "list", "--type", SESSION],
        vec!["--url", &url, "users", "list", "--status", KEY],
        vec!["--url", &url, "--profile", KEY, "users", "list"],
        vec!["--url", &url, "users", KEY],
        vec![KEY],
        vec!["--url", &url, "users", "list", &format!("--token={KEY}")],
    ] {
        let r = run(&d, &args, &env).await;
        assert_eq!(r.code, 2, "{args:?}: {r:?}");
        assert_hidden(&r, &args.join(" "));
    }
    // stdin too.
    let r = exec(
        &d.home,
        strings(&["--url", &url, "users", "get", "-"]),
        Some(format!("{KEY}\n")),
        vec![("DOCSPACE_TOKEN".into(), token.clone())],
    )
    .await;
    assert_eq!(r.code, 2, "{r:?}");
    assert_hidden(&r, "stdin");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_password_given_instead_of_its_variable_is_not_echoed() {
    let d = demo(3).await;
    let url = d.url();
    let token = d.server.token().to_string();
    for value in ["Summer-canary-2024!", "Summercanary2024"] {
        let r = run(
            &d,
            &[
                "--url",
                &url,
                "users",
                "create",
                "--first-name",
                "Ann",
                "--last-name",
                "Lee",
                "--email",
                "ann.lee@example.org",
                "--password-env",
                value,
            ],
            &[("DOCSPACE_TOKEN", &token)],
        )
        .await;
        assert_eq!(r.code, 2, "{r:?}");
        assert!(r.stderr.contains("--password-env"), "{}", r.stderr);
        assert_hidden(&r, "--password-env");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_in_another_setting_of_the_file_is_not_quoted() {
    let d = demo(3).await;
    for text in [
        format!(
            "[profiles.a]\nurl = \"{}\"\nread_only = \"{KEY}\"\n",
            d.url()
        ),
        format!(
            "default_profile = \"{SESSION}\"\n[profiles.a]\nurl = \"{}\"\n",
            d.url()
        ),
        format!(
            "[profiles.a]\nurl = \"{}\"\nconnect_timeout_secs = \"{SESSION}\"\n",
            d.url()
        ),
    ] {
        let cfg = config(&d, &text);
        let r = run(
            &d,
            &["--config", &cfg, "users", "list"],
            &[("DOCSPACE_TOKEN", "sk-x")],
        )
        .await;
        assert_eq!(r.code, 2, "{text}: {r:?}");
        assert_hidden(&r, &text);
    }
}
