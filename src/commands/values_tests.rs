use clap::{Arg, Command};

use super::*;
use crate::api::LoginType;

fn command<P>(parser: P) -> Command
where
    P: TypedValueParser + Send + Sync + 'static,
    P::Value: Clone + Send + Sync + 'static,
{
    Command::new("t").arg(Arg::new("x").long("x").value_parser(parser))
}

#[test]
fn filter_values_parse_by_machine_name_and_offer_the_names() {
    let cmd = command(FilterParser::<LoginType>::new());
    let parse = |s: &str| {
        cmd.clone()
            .try_get_matches_from(["t", "--x", s])
            .map(|m| m.get_one::<LoginType>("x").copied())
    };
    assert_eq!(parse("sso").ok().flatten(), Some(LoginType::Sso));
    assert_eq!(parse("Standard").ok().flatten(), Some(LoginType::Standard));
    let err = parse("kerberos").expect_err("unknown").to_string();
    assert!(err.contains("standard") && err.contains("ldap"), "{err}");
    let offered: Vec<String> = FilterParser::<LoginType>::new()
        .possible_values()
        .expect("values")
        .map(|v| v.get_name().to_string())
        .collect();
    assert_eq!(offered, ["sso", "ldap", "standard"]);
}

#[test]
fn sort_names_and_the_portals_names() {
    assert_eq!(parse_sort("name"), Some(SortBy::FirstName));
    assert_eq!(
        parse_sort("registration-date"),
        Some(SortBy::RegistrationDate)
    );
    assert_eq!(parse_sort("used-space"), Some(SortBy::UsedSpace));
    assert_eq!(parse_sort("LastName"), Some(SortBy::LastName));
    assert_eq!(parse_sort("shoe-size"), None);
    let err = command(SortParser)
        .try_get_matches_from(["t", "--x", "shoe-size"])
        .expect_err("unknown")
        .to_string();
    assert!(err.contains("registration-date"), "{err}");
}
