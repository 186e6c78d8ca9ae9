use std::path::Path;

use super::*;
use crate::config::{ResolveOptions, resolve_with};

#[test]
fn every_setting_says_where_it_comes_from_and_the_token_is_never_shown() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("config.toml");
    std::fs::write(
        &path,
        "default_profile = \"work\"\nrequest_timeout_secs = 12\n\
         [profiles.work]\nurl = \"https://a.example.com\"\ntoken_env = \"WORK_TOKEN\"\n\
         connect_timeout_secs = 3\nread_only = true\n",
    )
    .expect("write");
    let secret = "sk-abcdefghijklmnop0123456789";
    let env = |k: &str| (k == "WORK_TOKEN").then(|| secret.to_string());
    let opts = ResolveOptions {
        config_path: Some(path.clone()),
        ..ResolveOptions::default()
    };
    let conn = resolve_with(&opts, None, &env).expect("resolves");
    let text = lines(&conn);
    let line = |name: &str| {
        text.lines()
            .find(|l| l.starts_with(&format!("{name}: ")))
            .unwrap_or_else(|| panic!("no {name} line in:\n{text}"))
            .to_string()
    };
    let file = path.display().to_string();
    assert!(line("profile").contains(&format!("file {file} (default_profile)")));
    assert!(line("url").contains("(from file") && line("url").contains("profiles.work.url"));
    assert_eq!(
        line("token"),
        "token: set (not shown)  (from environment WORK_TOKEN)"
    );
    assert!(line("connect timeout").starts_with("connect timeout: 3 s"));
    assert!(line("connect timeout").contains("profiles.work.connect_timeout_secs"));
    assert!(line("request timeout").contains("(request_timeout_secs)"));
    assert!(line("read only").starts_with("read only: yes"));
    assert!(line("journal").ends_with("(from default)"));
    // No part of the token, however short.
    for part in [&secret[..6], &secret[secret.len() - 4..]] {
        assert!(!text.contains(part), "{part} in:\n{text}");
    }

    // Flags and environment win, and say so.
    let env = |k: &str| match k {
        "DOCSPACE_TOKEN" => Some(secret.to_string()),
        "DOCSPACE_URL" => Some("https://b.example.com".to_string()),
        _ => None,
    };
    let conn = resolve_with(&opts, Some(Path::new("/nowhere")), &env).expect("resolves");
    let text = lines(&conn);
    assert!(text.contains("url: https://b.example.com  (from environment DOCSPACE_URL)"));
    assert!(text.contains("(from environment DOCSPACE_TOKEN)"));
    let opts = ResolveOptions {
        url: Some("https://c.example.com".into()),
        profile: Some("work".into()),
        ..opts
    };
    let text = lines(&resolve_with(&opts, None, &env).expect("resolves"));
    assert!(text.contains("(from flag --url)"), "{text}");
    assert!(
        text.contains("profile: \"work\"  (from flag --profile)"),
        "{text}"
    );
}
