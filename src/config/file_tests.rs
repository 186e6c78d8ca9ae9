use super::*;

fn p() -> &'static Path {
    Path::new("/cfg/config.toml")
}

#[test]
fn a_full_file_parses() {
    let text = r#"
default_profile = "work"
connect_timeout_secs = 3

[profiles.work]
url = "https://work.example.com"
token_env = "WORK_TOKEN"
read_only = true

[ui]
no_color = true

[keys]
quit = ["q", "ctrl-c"]
help = "?"
"#;
    let f = parse(text, p()).expect("valid");
    assert_eq!(f.default_profile.as_deref(), Some("work"));
    assert_eq!(f.connect_timeout_secs, Some(3));
    let work = &f.profiles["work"];
    assert!(work.read_only);
    assert_eq!(work.token_env.as_deref(), Some("WORK_TOKEN"));
    assert_eq!(f.keys["help"].clone().into_vec(), vec!["?".to_string()]);
    assert_eq!(f.ui.no_color, Some(true));
    assert!(!f.holds_token());
}

#[test]
fn syntax_errors_name_line_and_column() {
    let text = "default_profile = \"a\"\n[profiles.a]\nurl = https://x\n";
    let e = parse(text, p()).expect_err("invalid");
    match &e {
        ConfigError::Parse { line, column, .. } => {
            assert_eq!((*line, *column), (3, 7));
        }
        other => panic!("unexpected {other:?}"),
    }
    assert!(e.to_string().contains("line 3, column 7"), "{e}");
}

#[test]
fn unknown_keys_are_errors() {
    let e = parse("[profiles.a]\ntokn_env = \"X\"\n", p()).expect_err("typo");
    let text = e.to_string();
    assert!(text.contains("tokn_env"), "{text}");
    assert!(text.contains("line 2"), "{text}");
}

#[test]
fn tokens_never_reach_messages_or_debug() {
    let text = "[profiles.a]\ntoken = \"sk-canary-4242\"\nread_only = \"sk-canary-4242\"\n";
    let e = parse(text, p()).expect_err("bad bool");
    assert!(!e.to_string().contains("canary"), "{e}");
    assert!(!format!("{e:?}").contains("canary"));
    let ok = parse("[profiles.a]\ntoken = \"sk-canary-4242\"\n", p()).expect("valid");
    assert!(ok.holds_token());
    assert!(!format!("{ok:?}").contains("canary"));
}

#[cfg(unix)]
#[test]
fn readable_token_files_are_refused() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("config.toml");
    std::fs::write(&path, "[profiles.a]\ntoken = \"sk-x\"\n").expect("write");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let e = load(&path).expect_err("world readable");
    assert!(e.to_string().contains("chmod 600"), "{e}");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    assert!(load(&path).is_ok());
    assert!(matches!(
        load(&dir.path().join("missing.toml")),
        Err(ConfigError::NotFound { .. })
    ));
}
