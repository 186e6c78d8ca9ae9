//! The configuration file as the binary reads it.

use std::path::PathBuf;

use crate::support::{demo, exec};

fn write(path: &PathBuf, text: &str, mode: u32) {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).expect("dir");
    }
    std::fs::write(path, text).expect("write");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
    }
    #[cfg(not(unix))]
    let _ = mode;
}

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn profiles_from_the_default_location_and_overrides() {
    let d = demo(15).await;
    let path = d.home.path().join("config/docspace-people/config.toml");
    write(
        &path,
        &format!(
            "default_profile = \"demo\"\n[profiles.demo]\nurl = \"{}\"\ntoken_env = \"DEMO_TOKEN\"\n\
             [profiles.broken]\nurl = \"http://127.0.0.1:9\"\ntoken_env = \"DEMO_TOKEN\"\n",
            d.url()
        ),
        0o644,
    );
    let token = vec![("DEMO_TOKEN".to_string(), d.server.token().to_string())];
    let r = exec(
        &d.home,
        args(&["users", "list", "--format", "json"]),
        None,
        token.clone(),
    )
    .await;
    assert_eq!(r.code, 0, "{r:?}");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    assert_eq!(v.as_array().map(Vec::len), Some(15));

    // --profile picks another one...
    let r = exec(
        &d.home,
        args(&["--profile", "broken", "users", "list"]),
        None,
        token.clone(),
    )
    .await;
    assert_eq!(r.code, 5, "{r:?}");
    // ...and DOCSPACE_URL / --url override its url.
    let mut env = token.clone();
    env.push(("DOCSPACE_URL".into(), d.url()));
    let r = exec(
        &d.home,
        args(&["--profile", "broken", "users", "list"]),
        None,
        env,
    )
    .await;
    assert_eq!(r.code, 0, "{r:?}");
    let url = d.url();
    let r = exec(
        &d.home,
        args(&["--profile", "broken", "--url", &url, "users", "list"]),
        None,
        token.clone(),
    )
    .await;
    assert_eq!(r.code, 0, "{r:?}");

    let r = exec(
        &d.home,
        args(&["--profile", "prod", "users", "list"]),
        None,
        token,
    )
    .await;
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("no profile named \"prod\""),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("broken, demo"), "{}", r.stderr);

    let r = exec(&d.home, args(&["users", "list"]), None, vec![]).await;
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("export DEMO_TOKEN="), "{}", r.stderr);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn broken_files_are_explained() {
    let d = demo(5).await;
    let path = d.home.path().join("bad.toml");
    write(
        &path,
        "[profiles.a]\nurl = \"https://a.example.com\"\ntoken_env = A_TOKEN\n",
        0o600,
    );
    let p = path.to_str().expect("path");
    let r = exec(
        &d.home,
        args(&["--config", p, "users", "list"]),
        None,
        vec![],
    )
    .await;
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("line 3, column 13"), "{}", r.stderr);

    let r = exec(
        &d.home,
        args(&["--config", "/nonexistent/x.toml", "users", "list"]),
        None,
        vec![],
    )
    .await;
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("does not exist"), "{}", r.stderr);

    write(
        &path,
        "[profiles.a]\nurl = \"https://a.example.com\"\n",
        0o600,
    );
    let r = exec(
        &d.home,
        args(&["--config", p, "users", "list"]),
        None,
        vec![],
    )
    .await;
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("DOCSPACE_TOKEN") && r.stderr.contains("token_env"),
        "{}",
        r.stderr
    );
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn token_files_must_be_private_and_tokens_never_show() {
    let d = demo(5).await;
    let path = d.home.path().join("tok.toml");
    let text = "[profiles.a]\nurl = \"http://127.0.0.1:9\"\ntoken = \"sk-canary-31337\"\n";
    write(&path, text, 0o644);
    let p = path.to_str().expect("path");
    let r = exec(
        &d.home,
        args(&["--config", p, "users", "list"]),
        None,
        vec![],
    )
    .await;
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains(&format!("chmod 600 {p}")), "{}", r.stderr);

    write(&path, text, 0o600);
    for extra in [
        &["users", "list"][..],
        &["users", "terminate", "--yes", "a@b.example"][..],
    ] {
        let mut a = vec!["--config", p];
        a.extend(extra);
        let r = exec(
            &d.home,
            args(&a),
            None,
            vec![("DOCSPACE_LOG".into(), "trace".into())],
        )
        .await;
        assert_eq!(r.code, 5, "{r:?}");
        assert!(
            !r.stderr.contains("canary") && !r.stdout.contains("canary"),
            "{}",
            r.stderr
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn help_documents_the_exit_codes() {
    let d = demo(1).await;
    let r = exec(&d.home, args(&["users", "delete", "--help"]), None, vec![]).await;
    assert_eq!(r.code, 0);
    for line in [
        "0  everything",
        "3  authentication",
        "4  not found",
        "5  the portal could not",
    ] {
        assert!(r.stdout.contains(line), "{line}: {}", r.stdout);
    }
    let r = exec(
        &d.home,
        args(&["users", "list", "--status", "gone"]),
        None,
        vec![],
    )
    .await;
    assert_eq!(r.code, 2, "usage errors exit 2");
}
