use super::*;
use crate::config::parse;

#[test]
fn the_text_is_the_example_with_one_profile_and_the_tables_commented_out() {
    let t = text("acme corp", Some("https://acme.example.com"));
    let f = parse(&t, Path::new("config.toml")).expect("parses");
    assert_eq!(f.default_profile.as_deref(), Some("acme corp"));
    assert_eq!(f.profile_names(), ["acme corp"]);
    let p = &f.profiles["acme corp"];
    assert_eq!(p.url.as_deref(), Some("https://acme.example.com"));
    assert_eq!(p.token_env.as_deref(), Some("DOCSPACE_ACME_CORP_TOKEN"));
    assert!(p.token.is_none(), "no token in a new file");
    assert!(
        f.keys.is_empty() && f.ui.no_color.is_none(),
        "defaults apply"
    );
    // Still documented: the keys are there, commented.
    assert!(t.contains("# quit = [\"q\", \"ctrl-c\"]"), "{t}");
    assert!(t.contains("# no_color = false"), "{t}");
    assert!(t.contains("connect_timeout_secs = 5"));
    assert!(
        !t.contains("sk-demo") && !t.contains("[profiles.demo]"),
        "{t}"
    );
}

#[test]
fn a_file_is_written_private_and_never_over_another_unless_forced() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("a/b/config.toml");
    write(&path, "work", None, false).expect("written");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    std::fs::write(&path, "# mine\n").expect("edit");
    assert_eq!(
        write(&path, "work", None, false),
        Err(InitError::Exists(path.clone()))
    );
    assert_eq!(std::fs::read_to_string(&path).expect("read"), "# mine\n");
    write(&path, "home", None, true).expect("forced");
    assert!(
        std::fs::read_to_string(&path)
            .expect("read")
            .contains("[profiles.home]")
    );
    assert_eq!(write(&path, " ", None, true), Err(InitError::EmptyProfile));
}
