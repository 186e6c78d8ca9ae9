use super::*;

fn q(s: &str) -> Result<ListQuery, Refusal> {
    list_query(&Params::parse(Some(s)), true)
}

#[test]
fn defaults_and_case_insensitive_names() {
    let d = q("").expect("ok");
    assert_eq!(
        (d.count, d.start, d.sort, d.descending),
        (100, 0, SortBy::FirstName, false)
    );
    let v = q("COUNT=5&startindex=10&SortBy=EMAIL&sortorder=Descending&employeestatus=terminated")
        .expect("ok");
    assert_eq!(
        (v.count, v.start, v.sort, v.descending),
        (5, 10, SortBy::Email, true)
    );
    assert_eq!(v.status, Some(StatusFilter::Terminated));
    assert_eq!(q("sortBy=shoesize").expect("ok").sort, SortBy::FirstName);
    assert_eq!(
        q("employeeType=2").expect("ok").kind,
        Some(EmployeeType::Guest)
    );
    assert_eq!(q("employeeType=All").expect("ok").kind, None);
}

#[test]
fn out_of_range_and_garbage_are_validation_errors() {
    for bad in [
        "count=0",
        "count=101",
        "count=x",
        "startIndex=a",
        "sortOrder=up",
        "employeeStatus=3",
        "employeeType=Boss",
        "activationStatus=9x",
    ] {
        assert!(q(bad).is_err_and(|e| e.is_validation()), "{bad}");
    }
}
