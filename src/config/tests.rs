use std::collections::HashMap;

use secrecy::ExposeSecret;

use super::*;
use crate::app::Action;

const EXAMPLE: &str = include_str!("../../config.example.toml");

fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
    let map: HashMap<String, String> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    move |k: &str| map.get(k).cloned()
}

fn write_private(dir: &Path, text: &str) -> PathBuf {
    let path = dir.join("config.toml");
    std::fs::write(&path, text).expect("write");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    }
    path
}

fn with_file(text: &str) -> (tempfile::TempDir, ResolveOptions) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = write_private(dir.path(), text);
    let opts = ResolveOptions {
        config_path: Some(path),
        ..Default::default()
    };
    (dir, opts)
}

#[test]
fn the_example_parses_and_documents_every_key() {
    let f = parse(EXAMPLE, Path::new("config.example.toml")).expect("example parses");
    // Top-level keys and every profile key appear in the example.
    assert!(f.default_profile.is_some());
    assert!(f.connect_timeout_secs.is_some() && f.request_timeout_secs.is_some());
    assert_eq!(f.journal, Some(true));
    let work = &f.profiles["work"];
    assert!(work.url.is_some() && work.token_env.is_some());
    assert!(work.connect_timeout_secs.is_some() && work.request_timeout_secs.is_some());
    assert!(f.ui.no_color.is_some());
    let columns = f.ui.columns.clone().expect("[ui] columns");
    assert_eq!(
        crate::people::columns::parse_list(&columns),
        Ok(crate::people::columns::Column::ALL.to_vec()),
        "the example lists every column, in the default order"
    );
    let demo = &f.profiles["demo"];
    assert!(demo.token.is_some() && demo.read_only);
    // The other token ways are shown commented out; each parses as written there.
    for way in ["token_file", "token_command", "token_store"] {
        let line = EXAMPLE
            .lines()
            .find_map(|l| l.strip_prefix("#   ").filter(|l| l.starts_with(way)))
            .unwrap_or_else(|| panic!("the example does not show {way}"));
        parse(&format!("[profiles.p]\n{line}\n"), Path::new("way.toml"))
            .unwrap_or_else(|e| panic!("{way}: {e}"));
    }
    // Every action of the TUI is listed under [keys] with its default keys, and
    // nothing else is.
    let listed: Vec<&str> = f.keys.keys().map(String::as_str).collect();
    for a in Action::ALL {
        let keys = f
            .keys
            .get(a.name())
            .unwrap_or_else(|| panic!("[keys] lacks {}", a.name()))
            .clone()
            .into_vec();
        let defaults: Vec<String> = a.default_keys().iter().map(|s| s.to_string()).collect();
        assert_eq!(keys, defaults, "defaults of {}", a.name());
    }
    assert_eq!(listed.len(), Action::ALL.len());
    let (_, warnings) = crate::app::Keymap::build(
        &f.keys
            .clone()
            .into_iter()
            .map(|(k, v)| (k, v.into_vec()))
            .collect(),
    );
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn the_example_resolves_with_its_token_variable() {
    let (_dir, opts) = with_file(EXAMPLE);
    let c = resolve_with(&opts, None, &env_of(&[("DOCSPACE_WORK_TOKEN", "sk-work")]))
        .expect("resolves");
    assert_eq!(c.profile, "work");
    assert_eq!(c.client.base_url, "https://example.onlyoffice.com");
    assert_eq!(c.client.token.expose_secret(), "sk-work");
    assert!(!c.read_only);
    assert_eq!(c.keys.len(), Action::ALL.len());
}

#[test]
fn profile_flag_and_overrides() {
    let (_dir, mut opts) = with_file(EXAMPLE);
    opts.profile = Some("demo".into());
    let c = resolve_with(&opts, None, &env_of(&[])).expect("demo profile");
    assert_eq!(c.client.base_url, "http://127.0.0.1:8092");
    assert_eq!(c.client.token.expose_secret(), "sk-demo");
    assert!(c.read_only);

    let env = env_of(&[
        ("DOCSPACE_URL", "https://env.example.com"),
        ("DOCSPACE_TOKEN", "sk-env\n"),
    ]);
    let c = resolve_with(&opts, None, &env).expect("env overrides");
    assert_eq!(c.client.base_url, "https://env.example.com");
    assert_eq!(c.client.token.expose_secret(), "sk-env");

    opts.url = Some("https://flag.example.com".into());
    let c = resolve_with(&opts, None, &env).expect("flag wins");
    assert_eq!(c.client.base_url, "https://flag.example.com");
}

#[test]
fn no_file_needs_url_and_token_from_flags_or_environment() {
    let opts = ResolveOptions::default();
    let missing = Path::new("/nonexistent/docspace-people/config.toml");
    let e = resolve_with(&opts, Some(missing), &env_of(&[])).expect_err("nothing");
    assert!(matches!(e, ConfigError::NoPortal { .. }));
    assert!(e.to_string().contains("--url"), "{e}");

    let e = resolve_with(
        &opts,
        Some(missing),
        &env_of(&[("DOCSPACE_URL", "https://x.example.com")]),
    )
    .expect_err("no token");
    assert!(e.to_string().contains("DOCSPACE_TOKEN"), "{e}");

    let c = resolve_with(
        &opts,
        Some(missing),
        &env_of(&[
            ("DOCSPACE_URL", "https://x.example.com"),
            ("DOCSPACE_TOKEN", "sk-1"),
        ]),
    )
    .expect("env only");
    assert_eq!(c.profile, "");
    assert_eq!(
        c.client.connect_timeout.as_secs(),
        DEFAULT_CONNECT_TIMEOUT_SECS
    );
}

#[test]
fn a_named_file_must_exist() {
    let opts = ResolveOptions {
        config_path: Some(PathBuf::from("/nonexistent/dp.toml")),
        ..Default::default()
    };
    let e = resolve_with(&opts, None, &env_of(&[])).expect_err("missing");
    assert!(e.to_string().contains("/nonexistent/dp.toml"), "{e}");
}

#[test]
fn unknown_profile_lists_the_known_ones() {
    let (_dir, mut opts) = with_file(EXAMPLE);
    opts.profile = Some("prod".into());
    let e = resolve_with(&opts, None, &env_of(&[])).expect_err("unknown");
    let text = e.to_string();
    assert!(text.contains("\"prod\""), "{text}");
    assert!(text.contains("demo, work"), "{text}");
}

#[test]
fn missing_tokens_say_what_to_set() {
    let (_dir, opts) = with_file(EXAMPLE);
    let e = resolve_with(&opts, None, &env_of(&[])).expect_err("var unset");
    assert!(e.to_string().contains("export DOCSPACE_WORK_TOKEN="), "{e}");

    let (_dir, opts) = with_file("[profiles.p]\nurl = \"https://p.example.com\"\n");
    let e = resolve_with(&opts, None, &env_of(&[])).expect_err("no source");
    let text = e.to_string();
    assert!(
        text.contains("token_env") && text.contains("[profiles.p]"),
        "{text}"
    );

    let (_dir, opts) = with_file("[profiles.p]\ntoken_env = \"T\"\n");
    let e = resolve_with(&opts, None, &env_of(&[("T", "sk-1")])).expect_err("no url");
    assert!(e.to_string().contains("url = "), "{e}");
}

#[test]
fn bad_values_are_refused_in_words() {
    let (_dir, opts) =
        with_file("[profiles.p]\nurl = \"http://portal.example.com\"\ntoken = \"sk-1\"\n");
    let e = resolve_with(&opts, None, &env_of(&[])).expect_err("plain http");
    assert!(e.to_string().contains("https"), "{e}");

    let (_dir, opts) = with_file(
        "request_timeout_secs = 0\n[profiles.p]\nurl = \"https://p.example.com\"\ntoken = \"sk-1\"\n",
    );
    let e = resolve_with(&opts, None, &env_of(&[])).expect_err("zero timeout");
    assert!(e.to_string().contains("request_timeout_secs"), "{e}");

    let (_dir, opts) =
        with_file("[profiles.p]\nurl = \"https://p.example.com\"\ntoken = \"sk 1\"\n");
    let e = resolve_with(&opts, None, &env_of(&[])).expect_err("space in token");
    assert!(!e.to_string().contains("sk 1"), "{e}");

    let (_dir, opts) = with_file(
        "[profiles.p]\nurl = \"https://p.example.com\"\ntoken = \"sk-1\"\ntoken_env = \"T\"\n",
    );
    let e = resolve_with(&opts, None, &env_of(&[])).expect_err("both sources");
    assert!(e.to_string().contains("one of"), "{e}");
}

#[test]
fn the_token_never_shows_in_debug_output() {
    let (_dir, opts) =
        with_file("[profiles.p]\nurl = \"https://p.example.com\"\ntoken = \"sk-canary-777\"\n");
    let c = resolve_with(&opts, None, &env_of(&[])).expect("resolves");
    assert_eq!(c.client.token.expose_secret(), "sk-canary-777");
    assert!(!format!("{c:?}").contains("canary"));
    let f = load(opts.config_path.as_deref().expect("path")).expect("loads");
    assert!(!format!("{f:?}").contains("canary"));
}

#[test]
fn the_journal_is_on_unless_the_file_turns_it_off() {
    let env = env_of(&[("T", "sk-t")]);
    let (_d, opts) = with_file("[profiles.a]\nurl = \"https://a.example\"\ntoken_env = \"T\"\n");
    assert!(resolve_with(&opts, None, &env).expect("resolves").journal);
    let (_d, opts) = with_file(
        "journal = false\n[profiles.a]\nurl = \"https://a.example\"\ntoken_env = \"T\"\n",
    );
    assert!(!resolve_with(&opts, None, &env).expect("resolves").journal);
    let (_d, opts) = with_file("journal = \"no\"\n");
    assert!(resolve_with(&opts, None, &env).is_err(), "not a boolean");
}

/// The address kept (shown as the TUI's portal label) is the checked one: no query or
/// fragment, where a token parameter could hide; and no error or `Debug` output carries
/// a token given in the wrong place.
#[test]
fn addresses_and_misplaced_tokens_never_carry_a_secret() {
    let opts = ResolveOptions {
        url: Some("https://portal.example.com/docspace/?token=sk-canary-1#sk-canary-2".into()),
        ..Default::default()
    };
    let env = env_of(&[("DOCSPACE_TOKEN", "sk-1")]);
    let c = resolve_with(&opts, None, &env).expect("valid");
    assert_eq!(c.client.base_url, "https://portal.example.com/docspace");

    let opts = ResolveOptions {
        url: Some("https://ann:sk-canary-3@portal.example.com".into()),
        ..Default::default()
    };
    let e = resolve_with(&opts, None, &env).expect_err("credentials in the address");
    assert!(e.to_string().contains("https://portal.example.com"), "{e}");
    assert!(!format!("{e} {e:?}").contains("canary"), "{e:?}");

    let (_dir, opts) =
        with_file("[profiles.a]\nurl = \"https://a.example.com\"\ntoken_env = \"sk-canary-4\"\n");
    let e = resolve_with(&opts, None, &env_of(&[("sk-canary-4", "x")])).expect_err("a token");
    assert!(
        matches!(
            e,
            ConfigError::TokenEnvNotAName {
                looks_like_token: true,
                ..
            }
        ),
        "{e:?}"
    );
    assert!(!format!("{e} {e:?}").contains("canary"), "{e:?}");
}

#[test]
fn ui_columns_are_read_in_their_order() {
    let (_dir, opts) = with_file(
        "[profiles.p]\nurl = \"https://p.example.com\"\ntoken_env = \"T\"\n[ui]\ncolumns = [\"email\", \"name\", \"space\"]\n",
    );
    let c = resolve_with(&opts, None, &env_of(&[("T", "sk-x")])).expect("resolves");
    use crate::people::columns::Column;
    assert_eq!(c.columns, [Column::Email, Column::Name, Column::Space]);
    let (_dir, opts) =
        with_file("[profiles.p]\nurl = \"https://p.example.com\"\ntoken_env = \"T\"\n");
    let c = resolve_with(&opts, None, &env_of(&[("T", "sk-x")])).expect("resolves");
    assert!(c.columns.is_empty(), "none configured: {:?}", c.columns);
}

#[test]
fn an_unknown_ui_column_names_itself_and_the_known_ones() {
    let (_dir, opts) = with_file(
        "[profiles.p]\nurl = \"https://p.example.com\"\ntoken_env = \"T\"\n[ui]\ncolumns = [\"name\", \"emial\"]\n",
    );
    let e = resolve_with(&opts, None, &env_of(&[("T", "sk-x")])).expect_err("refused");
    let words = e.to_string();
    assert!(words.starts_with("[ui] columns in "), "{words}");
    assert!(words.contains("unknown column \"emial\""), "{words}");
    assert!(
        words.contains("the known columns are name, email, type"),
        "{words}"
    );
}

#[test]
fn a_token_comes_from_a_private_file_or_a_command_and_only_one_way_is_allowed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let token = dir.path().join("work.token");
    std::fs::write(&token, "sk-from-file\n").expect("write");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&token, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    }
    let text = format!(
        "[profiles.a]\nurl = \"https://a.example\"\ntoken_file = \"{}\"\n\
         [profiles.b]\nurl = \"https://b.example\"\ntoken_command = \"echo sk-from-command\"\n\
         [profiles.c]\nurl = \"https://c.example\"\ntoken_command = \"exit 3\"\n\
         [profiles.d]\nurl = \"https://d.example\"\ntoken = \"x\"\ntoken_command = \"echo y\"\n",
        token.display()
    );
    let (_keep, opts) = with_file(&text);
    let env = env_of(&[]);
    let with = |p: &str| {
        resolve_with(
            &ResolveOptions {
                profile: Some(p.into()),
                ..opts.clone()
            },
            None,
            &env,
        )
    };
    let a = with("a").expect("a");
    assert_eq!(a.client.token.expose_secret(), "sk-from-file");
    let b = with("b").expect("b");
    assert_eq!(b.client.token.expose_secret(), "sk-from-command");
    let c = with("c").expect_err("a failing command");
    assert!(c.to_string().contains("token_command"), "{c}");
    let d = with("d").expect_err("two ways");
    assert!(d.to_string().contains("one of"), "{d}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&token, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        assert!(
            with("a").is_err(),
            "a token file others can read is refused"
        );
    }
}

#[test]
fn the_keyring_is_one_token_way_among_the_others_and_named_as_the_source() {
    let text = "[profiles.k]\nurl = \"https://k.example\"\ntoken_store = \"keyring\"\n\
                [profiles.both]\nurl = \"https://b.example\"\ntoken_store = \"keyring\"\n\
                token_env = \"B_TOKEN\"\n";
    let (_keep, opts) = with_file(text);
    let with = |p: &str, env: &dyn Fn(&str) -> Option<String>| {
        resolve_with(
            &ResolveOptions {
                profile: Some(p.into()),
                ..opts.clone()
            },
            None,
            env,
        )
    };
    let both = with("both", &env_of(&[("B_TOKEN", "sk-b")])).expect_err("two ways");
    assert!(both.to_string().contains("token_store"), "{both}");
    // DOCSPACE_TOKEN still wins over the profile's store, and the keyring is not read.
    let k = with("k", &env_of(&[(ENV_TOKEN, "sk-env")])).expect("from the environment");
    assert_eq!(k.client.token.expose_secret(), "sk-env");
    assert_eq!(k.sources.token, Source::Env(ENV_TOKEN.into()));
    assert_eq!(
        Source::Keyring {
            service: KEYRING_SERVICE.into(),
            user: "k".into()
        }
        .to_string(),
        "keyring, service docspace-people, user k"
    );
    let bad = parse(
        "[profiles.x]\ntoken_store = \"wallet\"\n",
        Path::new("bad.toml"),
    )
    .expect_err("an unknown store");
    assert!(bad.to_string().contains("keyring"), "{bad}");
}
