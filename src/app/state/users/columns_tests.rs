use super::*;

fn names(cols: &[(Column, usize)]) -> Vec<&'static str> {
    cols.iter().map(|(c, _)| c.name()).collect()
}

/// Columns drawn take the gutter, the widths and one gap between columns.
fn drawn(cols: &[(Column, usize)]) -> usize {
    GUTTER + cols.iter().map(|(_, w)| w).sum::<usize>() + cols.len().saturating_sub(1) * GAP
}

#[test]
fn beside_the_detail_pane_the_four_first_columns_fit() {
    let t = TableColumns::default();
    let cols = t.fit(62);
    assert_eq!(names(&cols), ["name", "email", "type", "status"]);
    assert!(drawn(&cols) <= 62);
}

#[test]
fn at_80_columns_the_department_joins_them() {
    let cols = TableColumns::default().fit(78);
    assert_eq!(
        names(&cols),
        ["name", "email", "type", "status", "department"]
    );
    assert_eq!(drawn(&cols), 78, "the spare room is used");
}

#[test]
fn the_wide_list_fits_more_and_every_width_is_used() {
    let cols = TableColumns::default().fit(118);
    assert!(cols.len() >= 8, "{:?}", names(&cols));
    assert_eq!(drawn(&cols), 118);
    let all = TableColumns::default().fit(400);
    assert_eq!(all.len(), Column::ALL.len());
    assert_eq!(drawn(&all), 400);
}

#[test]
fn name_and_email_are_the_last_to_go() {
    let t = TableColumns::new(vec![
        Column::Status,
        Column::Registered,
        Column::Name,
        Column::Type,
        Column::Email,
    ]);
    for inner in 0..200 {
        let cols = t.fit(inner);
        assert!(drawn(&cols) <= inner.max(GUTTER + GAP), "{inner}: {cols:?}");
        if !cols.is_empty() {
            let shown = names(&cols);
            assert!(
                shown.contains(&"name") && shown.contains(&"email"),
                "{inner}: {shown:?}"
            );
        }
    }
    // Drawn in the order chosen; the others leave by their place in it.
    assert_eq!(names(&t.fit(62)), ["status", "registered", "name", "email"]);
}

#[test]
fn a_list_without_name_or_email_still_fills_its_room() {
    let t = TableColumns::new(vec![Column::Status, Column::Space]);
    let cols = t.fit(60);
    assert_eq!(names(&cols), ["status", "space"]);
    assert_eq!(drawn(&cols), 60);
}

#[test]
fn the_sort_cycles_through_the_sortable_columns_shown() {
    let t = TableColumns::default();
    // Name, email, type shown (status is not sortable).
    let mut s = SortBy::FirstName;
    let mut seen = vec![s];
    for _ in 0..3 {
        s = t.next_sort(s, 62).expect("a sort");
        seen.push(s);
    }
    assert_eq!(
        seen,
        [
            SortBy::FirstName,
            SortBy::Email,
            SortBy::Type,
            SortBy::FirstName
        ]
    );
    // A sort whose column is not shown starts the cycle again.
    assert_eq!(t.next_sort(SortBy::UsedSpace, 62), Some(SortBy::FirstName));
    // The last-name sort orders the name column too.
    assert_eq!(t.next_sort(SortBy::LastName, 62), Some(SortBy::Email));
    let wide = t.fit(118);
    let mut s = SortBy::FirstName;
    let mut cycle = Vec::new();
    loop {
        s = t.next_sort(s, 118).expect("a sort");
        if s == SortBy::FirstName {
            break;
        }
        cycle.push(Column::of_sort(s));
    }
    let expected: Vec<Column> = wide
        .iter()
        .filter_map(|(c, _)| c.sort().map(|_| *c))
        .filter(|c| *c != Column::Name)
        .collect();
    assert_eq!(cycle, expected);
    let none = TableColumns::new(vec![Column::Status]);
    assert_eq!(none.next_sort(SortBy::FirstName, 62), None);
}
