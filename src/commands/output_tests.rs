use super::*;

fn sample() -> EmployeeFullDto {
    let mut u = EmployeeFullDto::bare(Uuid::from_u128(7));
    u.first_name = Some("Ann\u{1b}[31m".into());
    u.last_name = Some("Lee, Jr".into());
    u.display_name = Some("Ann &amp; Lee".into());
    u.email = Some("ann@example.com".into());
    u.status = Some(EmployeeStatus::Terminated);
    u.is_collaborator = Some(true);
    u
}

#[test]
fn json_has_stable_names_and_words() {
    let v: serde_json::Value =
        serde_json::from_str(&users(&[sample()], Format::Json, false)).expect("json");
    let o = &v[0];
    assert_eq!(o["firstName"], "Ann\u{1b}[31m");
    assert_eq!(o["displayName"], "Ann & Lee");
    assert_eq!(o["type"], "user");
    assert_eq!(o["status"], "terminated");
    assert!(o["department"].is_null());
    let keys: Vec<&str> = o
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    let mut want = COLUMNS.to_vec();
    want.sort_unstable();
    let mut got = keys.clone();
    got.sort_unstable();
    assert_eq!(got, want);
}

#[test]
fn table_and_terminal_csv_are_sanitised_piped_csv_is_exact() {
    let t = users(&[sample()], Format::Table, true);
    assert!(!t.contains('\u{1b}'));
    assert!(t.lines().next().expect("header").starts_with("ID"));
    assert!(!users(&[sample()], Format::Csv, true).contains('\u{1b}'));
    let raw = users(&[sample()], Format::Csv, false);
    let rec = csv::parse(&raw);
    assert_eq!(
        rec[0],
        COLUMNS.iter().map(|c| c.to_string()).collect::<Vec<_>>()
    );
    assert_eq!(rec[1][2], "Ann\u{1b}[31m");
    assert_eq!(rec[1][3], "Lee, Jr");
}
