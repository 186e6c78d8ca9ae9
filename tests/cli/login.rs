//! `login`: a password from stdin, a second factor's code, the token kept in the profile's
//! private token_file (or printed with --print-token), never echoed otherwise.

use std::path::{Path, PathBuf};

use docspace_people::demo::{DEMO_PASSWORD, DEMO_TFA_CODE, OWNER_EMAIL};

use crate::support::{Demo, Run, demo, exec};

/// A configuration with one profile whose token lives in `token_file`.
fn config(d: &Demo) -> (PathBuf, PathBuf) {
    let token = d.home.path().join("secrets").join("work.token");
    let path = d.home.path().join("login.toml");
    std::fs::write(
        &path,
        format!(
            "[profiles.work]\nurl = \"{}\"\ntoken_file = \"{}\"\n",
            d.url(),
            token.display()
        ),
    )
    .expect("config");
    (path, token)
}

async fn login(d: &Demo, cfg: &Path, extra: &[&str], password: &str) -> Run {
    let mut args: Vec<String> = [
        "--config",
        &cfg.display().to_string(),
        "login",
        "--email",
        OWNER_EMAIL,
        "--password-stdin",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    args.extend(extra.iter().map(|s| s.to_string()));
    exec(&d.home, args, Some(format!("{password}\n")), vec![]).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_token_goes_to_a_private_file_and_the_profile_then_works() {
    let d = demo(20).await;
    let (cfg, token_file) = config(&d);
    let r = login(&d, &cfg, &[], DEMO_PASSWORD).await;
    assert_eq!(r.code, 0, "{}", r.stderr);
    let token = std::fs::read_to_string(&token_file).expect("token file written");
    let token = token.trim();
    assert!(!token.is_empty());
    assert!(
        !r.stdout.contains(token) && !r.stderr.contains(token),
        "never echoed"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&token_file)
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let args = [
        "--config",
        &cfg.display().to_string(),
        "users",
        "list",
        "--limit",
        "1",
    ]
    .map(String::from)
    .to_vec();
    let listed = exec(&d.home, args, None, vec![]).await;
    assert_eq!(
        listed.code, 0,
        "the profile signs in with the file: {}",
        listed.stderr
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_factor_is_explained_then_the_code_is_accepted() {
    let d = demo(20).await;
    d.portal.set_tfa(d.portal.owner_id(), true);
    let (cfg, token_file) = config(&d);
    let r = login(&d, &cfg, &[], DEMO_PASSWORD).await;
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.stderr.contains("a code is required"), "{}", r.stderr);
    assert!(r.stderr.contains("--code"), "{}", r.stderr);
    assert!(!token_file.exists());
    let r = login(&d, &cfg, &["--code", DEMO_TFA_CODE], DEMO_PASSWORD).await;
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(token_file.exists());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn print_token_prints_an_export_line_and_a_wrong_password_is_exit_3() {
    let d = demo(20).await;
    let (cfg, token_file) = config(&d);
    let r = login(&d, &cfg, &["--print-token"], DEMO_PASSWORD).await;
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.starts_with("export DOCSPACE_TOKEN="),
        "{}",
        r.stdout
    );
    assert!(!token_file.exists(), "printed, not written");
    let wrong = login(&d, &cfg, &[], "not-the-password").await;
    assert_eq!(wrong.code, 3, "{}", wrong.stderr);
    assert!(wrong.stderr.contains("refused"), "{}", wrong.stderr);
    assert!(!wrong.stderr.contains("not-the-password"));
    assert!(!token_file.exists());
}

/// `token_store = "keyring"`: login keeps the token in the OS keyring under the profile's
/// name, and the profile then reads it there. Needs a keyring (keyutils on Linux); where
/// there is none the test says so and checks only that the error is said in words.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_token_goes_to_the_keyring_and_the_profile_then_works() {
    let d = demo(20).await;
    // A name no one else uses: this process and the demo portal's port.
    let port: String = d.url().chars().filter(char::is_ascii_digit).collect();
    let profile = format!("test-{}-{port}", std::process::id());
    let cfg = d.home.path().join("keyring.toml");
    std::fs::write(
        &cfg,
        format!(
            "[profiles.{profile}]\nurl = \"{}\"\ntoken_store = \"keyring\"\n",
            d.url()
        ),
    )
    .expect("config");
    let run = |args: &[&str]| {
        let mut all = vec!["--config".to_string(), cfg.display().to_string()];
        all.extend(args.iter().map(|s| s.to_string()));
        exec(&d.home, all, None, vec![])
    };
    let before = run(&["users", "list", "--limit", "1"]).await;
    assert_ne!(before.code, 0, "nothing in the keyring yet");
    if before.stderr.contains("the keyring cannot be used") {
        eprintln!(
            "skipped the keyring round trip: no keyring here ({})",
            before.stderr.trim()
        );
        return;
    }
    assert!(
        before.stderr.contains(&format!(
            "no token in the keyring for profile \"{profile}\"; run `docspace-people login --profile {profile} --email EMAIL`"
        )),
        "{}",
        before.stderr
    );

    let r = login(&d, &cfg, &[], DEMO_PASSWORD).await;
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("the token is in the keyring"),
        "{}",
        r.stderr
    );
    // As the binary does: a session keyring of its own reaches the persistent keyring.
    #[cfg(target_os = "linux")]
    let _ =
        linux_keyutils::KeyRing::from_special_id(linux_keyutils::KeyRingIdentifier::Session, true);
    let entry = keyring::Entry::new("docspace-people", &profile).expect("entry");
    let token = entry.get_password().expect("the token was kept");
    assert!(!token.is_empty());
    let listed = run(&["users", "list", "--limit", "1"]).await;
    let shown = run(&["config", "show"]).await;
    let _ = entry.delete_credential();
    for out in [&r, &listed, &shown] {
        assert!(
            !out.stdout.contains(&token) && !out.stderr.contains(&token),
            "never echoed"
        );
    }
    assert_eq!(
        listed.code, 0,
        "signs in from the keyring: {}",
        listed.stderr
    );
    assert!(
        shown.stdout.contains(&format!(
            "token: set (not shown)  (from keyring, service docspace-people, user {profile})"
        )),
        "{}",
        shown.stdout
    );
}
