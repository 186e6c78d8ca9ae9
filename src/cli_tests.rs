use super::*;
use clap::CommandFactory;

#[test]
fn the_command_line_is_consistent() {
    Cli::command().debug_assert();
}

#[test]
fn delete_parses_its_flags() {
    let cli = Cli::try_parse_from([
        "docspace-people",
        "--url",
        "http://127.0.0.1:1",
        "users",
        "delete",
        "--terminate-first",
        "--yes",
        "--format",
        "json",
        "-",
    ])
    .expect("parses");
    let Some(Command::Users(UsersArgs {
        command: UsersCommand::Delete(d),
        ..
    })) = cli.command
    else {
        panic!("not delete");
    };
    assert!(d.terminate_first && d.change.yes && !d.change.dry_run);
    assert_eq!(d.change.users, vec!["-".to_string()]);
    assert_eq!(d.change.format, Format::Json);
}

#[test]
fn journal_parses_with_and_without_check() {
    let cli = Cli::try_parse_from([
        "docspace-people",
        "journal",
        "--since",
        "2h",
        "--format",
        "json",
        "--profile",
        "work",
    ])
    .expect("parses");
    let Some(Command::Journal(j)) = cli.command else {
        panic!("not journal");
    };
    assert!(j.command.is_none());
    assert_eq!(j.since.as_deref(), Some("2h"));
    assert_eq!(j.format, JournalFormat::Json);
    assert_eq!(cli.profile.as_deref(), Some("work"));

    for args in [
        ["docspace-people", "journal", "check", "--since", "1d"],
        ["docspace-people", "journal", "--since", "1d", "check"],
    ] {
        let cli = Cli::try_parse_from(args).expect("parses");
        let Some(Command::Journal(j)) = cli.command else {
            panic!("not journal");
        };
        assert_eq!(j.command, Some(JournalCommand::Check));
        assert_eq!(j.since.as_deref(), Some("1d"));
    }
    assert!(Cli::try_parse_from(["docspace-people", "journal", "--format", "csv"]).is_err());
}

#[test]
fn the_demo_portals_knobs_parse() {
    let cli = Cli::try_parse_from([
        "docspace-people",
        "--demo",
        "--demo-latency-ms",
        "300",
        "--demo-fail-rate",
        "0.1",
        "--demo-drop-after-write",
        "0.05",
        "--demo-rate-limit",
        "off",
    ])
    .expect("parses");
    let knobs = cli.demo_fault_knobs();
    assert_eq!(knobs.latency, Duration::from_millis(300));
    assert_eq!(
        (knobs.fail_rate.get(), knobs.drop_after_write.get()),
        (0.1, 0.05)
    );
    assert_eq!(cli.demo_rate_limit, RateLimit::OFF);

    let cli = Cli::try_parse_from([
        "docspace-people",
        "serve-demo",
        "--token",
        "sk-t",
        "--latency-ms",
        "20",
        "--fault",
        "malformed,times=2",
    ])
    .expect("parses");
    let Some(Command::ServeDemo(args)) = cli.command else {
        panic!("not serve-demo");
    };
    assert_eq!(args.rate_limit, RateLimit::default(), "the server's limit");
    let rules: Vec<String> = args.fault_rules().iter().map(ToString::to_string).collect();
    assert_eq!(rules, ["latency=20,share=1", "malformed,times=2"]);
}

#[test]
fn demo_options_need_demo() {
    assert!(Cli::try_parse_from(["docspace-people", "--demo-users", "5"]).is_err());
    assert!(Cli::try_parse_from(["docspace-people", "--demo", "--demo-users", "5"]).is_ok());
}

#[test]
fn serve_demo_help_lists_only_what_applies_to_it() {
    let mut cmd = Cli::command();
    cmd.build();
    let serve = cmd
        .find_subcommand("serve-demo")
        .expect("serve-demo")
        .clone();
    let names: Vec<String> = serve
        .get_arguments()
        .filter_map(|a| a.get_long().map(str::to_string))
        .collect();
    for leaked in ["config", "profile", "url", "demo"] {
        assert!(
            !names.iter().any(|n| n == leaked),
            "--{leaked} in {names:?}"
        );
    }
    let help = serve.clone().render_help().to_string();
    assert!(
        help.contains("--listen") && !help.contains("--profile"),
        "{help}"
    );
    // The subcommands that read the configuration take it after their name too.
    for args in [
        vec!["docspace-people", "users", "list", "--profile", "w"],
        vec!["docspace-people", "--profile", "w", "users", "list"],
        vec!["docspace-people", "journal", "check", "--profile", "w"],
        vec!["docspace-people", "config", "show", "--profile", "w"],
    ] {
        let cli = Cli::try_parse_from(&args).expect("parses");
        let after = match &cli.command {
            Some(Command::Users(a)) => Some(&a.connect),
            Some(Command::Journal(a)) => Some(&a.connect),
            Some(Command::Config(a)) => Some(&a.connect),
            _ => None,
        };
        assert_eq!(
            cli.resolve_options(after).profile.as_deref(),
            Some("w"),
            "{args:?}"
        );
    }
    assert!(Cli::try_parse_from(["docspace-people", "serve-demo", "--profile", "w"]).is_err());
}

#[test]
fn list_parses_the_filters_by_their_machine_names() {
    let cli = Cli::try_parse_from([
        "docspace-people",
        "users",
        "list",
        "--type",
        "guest",
        "--type",
        "user",
        "--login-type",
        "sso",
        "--payments",
        "free",
        "--quota",
        "custom",
        "--sort",
        "registration-date",
        "--order",
        "desc",
        "--without-group",
        "--fields",
        "id,email",
    ])
    .expect("parses");
    let Some(Command::Users(UsersArgs {
        command: UsersCommand::List(l),
        ..
    })) = cli.command
    else {
        panic!("not list");
    };
    assert_eq!(l.user_types, ["guest", "user"]);
    assert_eq!(l.login_type, Some(crate::api::LoginType::Sso));
    assert_eq!(l.payments, Some(crate::api::Payments::Free));
    assert_eq!(l.quota, Some(crate::api::QuotaFilter::Custom));
    assert_eq!(l.sort, Some(crate::api::SortBy::RegistrationDate));
    assert_eq!(l.order, Some(Order::Desc));
    assert!(l.without_group && l.group.is_none());
    for bad in [
        ["--login-type", "kerberos"],
        ["--payments", "maybe"],
        ["--order", "up"],
    ] {
        let mut args = vec!["docspace-people", "users", "list"];
        args.extend(bad);
        assert!(Cli::try_parse_from(&args).is_err(), "{bad:?}");
    }
    assert!(
        Cli::try_parse_from([
            "docspace-people",
            "users",
            "list",
            "--group",
            "Sales",
            "--without-group"
        ])
        .is_err()
    );
}

#[test]
fn create_needs_no_last_name_and_describes_every_flag() {
    let cli = Cli::try_parse_from([
        "docspace-people",
        "users",
        "create",
        "--first-name",
        "Ann",
        "--email",
        "ann@example.com",
    ])
    .expect("no --last-name needed");
    assert!(matches!(
        cli.command,
        Some(Command::Users(UsersArgs {
            command: UsersCommand::Create(CreateArgs {
                last_name: None,
                ..
            }),
            ..
        }))
    ));
    let mut cmd = Cli::command();
    cmd.build();
    let users = cmd.find_subcommand("users").expect("users").clone();
    let create = users.find_subcommand("create").expect("create");
    for a in create.get_arguments() {
        assert!(
            a.get_help().is_some(),
            "--{:?} has no description",
            a.get_long()
        );
    }
}
