//! Setting the program up: completion scripts, the manual page, `config init` and
//! `config show`, and the help of `serve-demo`.

use tempfile::TempDir;

use crate::support::{Run, demo, exec};

fn args(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

async fn run(home: &TempDir, list: &[&str], env: &[(&str, &str)]) -> Run {
    let env = env
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    exec(home, args(list), None, env).await
}

const SUBCOMMANDS: [&str; 6] = [
    "users",
    "journal",
    "serve-demo",
    "config",
    "completions",
    "man",
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_shell_gets_a_completion_script_naming_the_subcommands() {
    let home = tempfile::tempdir().expect("tempdir");
    for (shell, marker) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef docspace-people"),
        ("fish", "complete -c docspace-people"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let r = run(&home, &["completions", shell], &[]).await;
        assert_eq!(r.code, 0, "{shell}: {r:?}");
        assert!(r.stdout.contains(marker), "{shell} script:\n{}", r.stdout);
        for sub in SUBCOMMANDS.iter().chain(&["list", "create", "terminate"]) {
            assert!(r.stdout.contains(sub), "{shell} lacks {sub}");
        }
        // The filter values are offered too.
        assert!(
            r.stdout.contains("registration-date"),
            "{shell} lacks the sort names"
        );
    }
    let r = run(&home, &["completions", "tcsh"], &[]).await;
    assert_eq!(r.code, 2, "{r:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_manual_page_renders_with_the_subcommands() {
    let home = tempfile::tempdir().expect("tempdir");
    let r = run(&home, &["man"], &[]).await;
    assert_eq!(r.code, 0, "{r:?}");
    assert!(
        r.stdout.starts_with(".ie"),
        "roff: {}",
        &r.stdout[..80.min(r.stdout.len())]
    );
    assert!(r.stdout.contains(".TH docspace-people"), "{}", r.stdout);
    assert!(r.stdout.contains("SUBCOMMANDS"), "{}", r.stdout);
    for sub in SUBCOMMANDS {
        assert!(
            r.stdout
                .contains(&format!("docspace\\-people\\-{}", sub.replace('-', "\\-"))),
            "man lacks {sub}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn config_init_writes_a_private_commented_file_where_it_is_looked_for() {
    let home = tempfile::tempdir().expect("tempdir");
    let path = home.path().join("config/docspace-people/config.toml");
    let r = run(
        &home,
        &[
            "config",
            "init",
            "--profile",
            "acme",
            "--url",
            "https://acme.example.com",
        ],
        &[],
    )
    .await;
    assert_eq!(r.code, 0, "{r:?}");
    assert!(
        r.stderr.contains(&path.display().to_string()),
        "says where: {}",
        r.stderr
    );
    assert!(r.stderr.contains("DOCSPACE_ACME_TOKEN"), "{}", r.stderr);
    let text = std::fs::read_to_string(&path).expect("written");
    assert!(
        text.contains("[profiles.acme]") && text.contains("url = \"https://acme.example.com\"")
    );
    assert!(text.contains("# quit = "), "commented defaults");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    // The file is the one the program reads.
    let r = run(
        &home,
        &["config", "show"],
        &[("DOCSPACE_ACME_TOKEN", "sk-acme-0123456789")],
    )
    .await;
    assert_eq!(r.code, 0, "{r:?}");
    assert!(
        r.stdout.contains("url: https://acme.example.com"),
        "{}",
        r.stdout
    );

    // Not over an existing file, unless forced.
    std::fs::write(&path, "# mine\n").expect("edit");
    let r = run(&home, &["config", "init"], &[]).await;
    assert_eq!(r.code, 2, "{r:?}");
    assert!(
        r.stderr.contains("already exists") && r.stderr.contains("--force"),
        "{}",
        r.stderr
    );
    assert_eq!(std::fs::read_to_string(&path).expect("read"), "# mine\n");
    let r = run(&home, &["config", "init", "--force"], &[]).await;
    assert_eq!(r.code, 0, "{r:?}");
    assert!(
        std::fs::read_to_string(&path)
            .expect("read")
            .contains("[profiles.work]")
    );

    // --config PATH names another place.
    let other = home.path().join("elsewhere/people.toml");
    let other_arg = other.display().to_string();
    let r = run(&home, &["config", "init", "--config", &other_arg], &[]).await;
    assert_eq!(r.code, 0, "{r:?}");
    assert!(other.exists());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn config_show_names_each_source_and_never_any_part_of_the_token() {
    let d = demo(3).await;
    let token = d.server.token().to_string();
    let path = d.home.path().join("config/docspace-people/config.toml");
    std::fs::create_dir_all(path.parent().expect("dir")).expect("dir");
    std::fs::write(
        &path,
        format!(
            "[profiles.demo]\nurl = \"{}\"\ntoken_env = \"DEMO_TOKEN\"\nrequest_timeout_secs = 9\n",
            d.url()
        ),
    )
    .expect("write");
    let r = run(&d.home, &["config", "show"], &[("DEMO_TOKEN", &token)]).await;
    assert_eq!(r.code, 0, "{r:?}");
    let file = path.display().to_string();
    assert!(
        r.stdout.contains(&format!("config file: {file}")),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("(from environment DEMO_TOKEN)"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("request timeout: 9 s  (from file"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("connect timeout: 5 s  (from default)"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("(from file") && r.stdout.contains("profiles.demo.url"),
        "{}",
        r.stdout
    );

    let url = d.url();
    let r = run(
        &d.home,
        &["config", "show", "--url", &url],
        &[("DOCSPACE_TOKEN", &token)],
    )
    .await;
    assert_eq!(r.code, 0, "{r:?}");
    assert!(r.stdout.contains("(from flag --url)"), "{}", r.stdout);
    assert!(
        r.stdout.contains("(from environment DOCSPACE_TOKEN)"),
        "{}",
        r.stdout
    );
    for part in [&token[..], &token[..6], &token[token.len() - 6..]] {
        assert!(
            !r.stdout.contains(part) && !r.stderr.contains(part),
            "token part {part} shown"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_demo_help_lists_only_its_own_options() {
    let home = tempfile::tempdir().expect("tempdir");
    let r = run(&home, &["serve-demo", "--help"], &[]).await;
    assert_eq!(r.code, 0, "{r:?}");
    assert!(r.stdout.contains("--listen") && r.stdout.contains("--fault"));
    for leaked in ["--profile", "--config", "--url", "--demo"] {
        assert!(!r.stdout.contains(leaked), "{leaked} in:\n{}", r.stdout);
    }
    let r = run(
        &home,
        &[
            "--url",
            "https://x.example.com",
            "serve-demo",
            "--token",
            "t",
        ],
        &[],
    )
    .await;
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stderr.contains("--url does not apply"), "{}", r.stderr);
}
