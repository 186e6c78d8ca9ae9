//! `--version`: the version, and the short commit when built from the git checkout.

use std::path::Path;
use std::process::Command;

use crate::support::exec;

/// Git's answer in the crate's directory, when git is there and answers.
fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git")
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// The commit checked out, when the crate's directory is the top of a git work tree.
fn checked_out_commit() -> Option<String> {
    let top = git(&["rev-parse", "--show-toplevel"])?;
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).canonicalize().ok()?;
    if Path::new(&top).canonicalize().ok()? != here {
        return None;
    }
    git(&["rev-parse", "HEAD"])
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_version_names_the_commit_it_was_built_from() {
    let home = tempfile::tempdir().expect("tempdir");
    let r = exec(&home, vec!["--version".into()], None, vec![]).await;
    assert_eq!(r.code, 0, "{r:?}");
    let line = r.stdout.trim_end();
    let prefix = format!("docspace-people {}", env!("CARGO_PKG_VERSION"));
    let rest = line
        .strip_prefix(&prefix)
        .unwrap_or_else(|| panic!("{line:?} does not start with {prefix:?}"));
    match checked_out_commit() {
        Some(full) => {
            let short = rest
                .strip_prefix(" (")
                .and_then(|s| s.strip_suffix(')'))
                .unwrap_or_else(|| panic!("no commit in {line:?}"));
            assert!(
                short.len() >= 7 && full.starts_with(short),
                "{short:?} is not the checked-out commit {full}"
            );
        }
        // Built outside a git checkout (or without git): the bare version.
        None => assert_eq!(rest, "", "{line:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_short_flag_prints_the_same_version() {
    let home = tempfile::tempdir().expect("tempdir");
    let long = exec(&home, vec!["--version".into()], None, vec![]).await;
    let short = exec(&home, vec!["-V".into()], None, vec![]).await;
    assert_eq!(short.code, 0, "{short:?}");
    assert_eq!(short.stdout, long.stdout);
}
