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
