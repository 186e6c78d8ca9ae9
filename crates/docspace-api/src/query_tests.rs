use super::*;

#[test]
fn pairs_name_every_set_parameter() {
    let q = UserQuery {
        start_index: 200,
        count: 500,
        sort_by: Some(SortBy::Email),
        sort_order: SortOrder::Descending,
        filter_value: Some("  ann ".into()),
        status: Some(EmployeeStatus::Terminated),
        employee_type: Some(EmployeeType::Guest),
        activation_status: Some(ActivationStatus::Pending),
        filters: ListFilters {
            payments: Some(crate::filters::Payments::Paid),
            ..ListFilters::default()
        },
        fields: vec!["status", "email"],
    };
    let pairs = q.to_pairs();
    let get = |k: &str| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.as_str());
    assert_eq!(get("count"), Some("100"));
    assert_eq!(get("startIndex"), Some("200"));
    assert_eq!(get("sortBy"), Some("email"));
    assert_eq!(get("sortOrder"), Some("descending"));
    assert_eq!(get("filterValue"), Some("ann"));
    assert_eq!(get("employeeStatus"), Some("2"));
    assert_eq!(get("employeeType"), Some("2"));
    assert_eq!(get("activationStatus"), Some("2"));
    assert_eq!(get("fields"), Some("id,status,email"));
    assert_eq!(get("payments"), Some("0"));
    assert_eq!(
        UserQuery::default().to_pairs().len(),
        2,
        "only paging by default"
    );
}

#[test]
fn fields_always_ask_for_the_id_first() {
    assert_eq!(
        fields_param(&["status", "id", "", "email"]),
        "id,status,email"
    );
    assert_eq!(fields_param(&[]), "id");
}

#[test]
fn sort_names_parse_loosely() {
    assert_eq!(SortBy::parse("first-name"), Some(SortBy::FirstName));
    assert_eq!(
        SortBy::parse("RegistrationDate"),
        Some(SortBy::RegistrationDate)
    );
    assert_eq!(SortBy::parse("shoe size"), None);
}

#[test]
fn status_filter_cycles_through_four() {
    let mut f = StatusFilter::All;
    let mut seen = vec![];
    for _ in 0..4 {
        f = f.next();
        seen.push(f.label());
    }
    assert_eq!(seen, ["active", "pending", "terminated", "all"]);
}
