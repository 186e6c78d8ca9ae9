use super::*;

#[test]
fn every_name_reads_back_as_its_column() {
    for c in Column::ALL {
        assert_eq!(Column::parse(c.name()), Some(c));
    }
    assert_eq!(Column::parse(" Login-Type "), Some(Column::LoginType));
    assert_eq!(Column::parse("login type"), Some(Column::LoginType));
    assert_eq!(Column::parse("nmae"), None);
}

#[test]
fn a_list_keeps_its_order() {
    assert_eq!(
        parse_list(&["email", "name", "space"]),
        Ok(vec![Column::Email, Column::Name, Column::Space])
    );
}

#[test]
fn a_bad_list_says_which_name_and_the_known_ones() {
    let e = parse_list(&["name", "nmae"]).expect_err("refused");
    let words = e.to_string();
    assert!(words.contains("unknown column \"nmae\""), "{words}");
    assert!(
        words.contains(
            "name, email, type, status, department, groups, registered, space, login_type, inviter"
        ),
        "{words}"
    );
    assert_eq!(
        parse_list(&["name", "Name"]),
        Err(ColumnsError::Twice(Column::Name))
    );
    assert_eq!(parse_list::<&str>(&[]), Err(ColumnsError::Empty));
}

#[test]
fn a_name_that_looks_like_a_token_is_not_repeated() {
    let e = parse_list(&["sk-abcdefghijklmnopqrstuvwxyz0123456789"]).expect_err("refused");
    assert!(!e.to_string().contains("sk-abcdef"), "{e}");
}

#[test]
fn sortable_columns_map_to_a_sort_and_back() {
    for c in Column::ALL {
        if let Some(s) = c.sort() {
            assert_eq!(Column::of_sort(s), c);
        }
    }
    assert_eq!(Column::Status.sort(), None);
    assert_eq!(Column::of_sort(SortBy::LastName), Column::Name);
}
