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
    let Some(Command::Users(UsersCommand::Delete(d))) = cli.command else {
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
