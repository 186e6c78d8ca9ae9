//! Puts the short git commit into `--version` when the program is built from its git
//! checkout: `DOCSPACE_PEOPLE_VERSION` is "0.5.0 (1a2b3c4)" there, and the bare version
//! everywhere else (a packaged crate, a tarball, a machine without git). It never fails
//! the build.

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from);
    let shown = match manifest_dir.as_deref().and_then(commit) {
        Some(short) => format!("{version} ({short})"),
        None => version,
    };
    println!("cargo:rustc-env=DOCSPACE_PEOPLE_VERSION={shown}");
    println!("cargo:rerun-if-changed=build.rs");
}

/// The short commit of `dir`'s checkout, when `dir` is the top of a git work tree (a
/// packaged crate unpacked inside some other repository is not), with the files that
/// change when the commit does watched.
fn commit(dir: &Path) -> Option<String> {
    let top = git(dir, &["rev-parse", "--show-toplevel"])?;
    if !same_dir(Path::new(&top), dir) {
        return None;
    }
    let short = git(dir, &["rev-parse", "--short", "HEAD"])?;
    // HEAD names the branch; the branch's file (or packed-refs) names the commit. In a
    // linked worktree these live in different git directories: ask git for each path.
    let mut watched = vec![git_path(dir, "HEAD")?];
    if let Some(branch) = git(dir, &["symbolic-ref", "-q", "HEAD"]) {
        watched.push(git_path(dir, &branch)?);
    }
    watched.push(git_path(dir, "packed-refs")?);
    for path in watched.iter().filter(|p| p.exists()) {
        println!("cargo:rerun-if-changed={}", path.display());
    }
    Some(short)
}

/// A git path (as `git rev-parse --git-path` resolves it) made absolute.
fn git_path(dir: &Path, name: &str) -> Option<PathBuf> {
    let path = PathBuf::from(git(dir, &["rev-parse", "--git-path", name])?);
    Some(if path.is_absolute() {
        path
    } else {
        dir.join(path)
    })
}

fn same_dir(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Runs git in `dir`; its trimmed output when it succeeds with some.
fn git(dir: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (!text.is_empty()).then_some(text)
}
