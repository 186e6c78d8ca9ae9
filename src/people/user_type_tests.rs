//! The vocabulary, and every front end held to it: a front end that names a kind of user
//! in other words fails here.

use uuid::Uuid;

use super::*;
use crate::api::EmployeeStatus;
use crate::commands::output::{self, Format, UserRecord};

/// One user of each kind, with the label and machine name each must get.
fn each_kind() -> Vec<(EmployeeFullDto, &'static str, &'static str)> {
    let user = |n: u128, set: fn(&mut EmployeeFullDto)| {
        let mut u = EmployeeFullDto::bare(Uuid::from_u128(n));
        u.first_name = Some(format!("Person{n}"));
        u.email = Some(format!("p{n}@example.com"));
        u.status = Some(EmployeeStatus::Active);
        set(&mut u);
        u
    };
    vec![
        (
            // As the portal sends the owner: isAdmin false beside isOwner true.
            user(1, |u| {
                u.is_owner = Some(true);
                u.is_admin = Some(false);
            }),
            "Owner",
            "docspace-admin",
        ),
        (
            user(2, |u| u.is_admin = Some(true)),
            "DocSpace admin",
            "docspace-admin",
        ),
        (
            user(3, |u| u.is_room_admin = Some(true)),
            "Room admin",
            "room-admin",
        ),
        (user(4, |u| u.is_collaborator = Some(true)), "User", "user"),
        (user(5, |u| u.is_visitor = Some(true)), "Guest", "guest"),
    ]
}

#[test]
fn the_vocabulary() {
    for (u, label, machine) in each_kind() {
        assert_eq!(label_of(&u), Some(label));
        assert_eq!(machine_name_of(&u), Some(machine));
    }
    assert_eq!(label_of(&EmployeeFullDto::bare(Uuid::nil())), None);
    for t in TYPES {
        assert_eq!(parse(machine_name(t)), Some(t));
        assert_eq!(parse(label(t)), Some(t));
        assert_eq!(parse(t.name()), Some(t));
    }
    assert_eq!(parse("all"), None);
    assert_eq!(
        machine_names_words(),
        "docspace-admin, room-admin, user or guest"
    );
}

#[test]
fn the_tui_uses_the_labels() {
    for (u, label, _) in each_kind() {
        assert_eq!(
            crate::ui::user_cells::cell(&u, crate::people::columns::Column::Type),
            label,
            "table"
        );
        let detail = crate::ui::profile::fields(&u);
        let ty: Vec<&str> = detail
            .iter()
            .filter(|(k, _)| *k == "Type")
            .map(|(_, v)| v.as_str())
            .collect();
        assert_eq!(ty, [label], "detail");
        // No second row that names a type and contradicts the first ("DocSpace admin
        // no" under the owner's "Type DocSpace admin").
        for (k, _) in &detail {
            assert!(
                ![
                    OWNER,
                    "DocSpace admin",
                    "Room admin",
                    "Guest",
                    "Collaborator"
                ]
                .contains(k),
                "a type flag row {k} beside the Type"
            );
        }
    }
}

#[test]
fn the_cli_uses_the_labels_for_people_and_the_machine_names_for_scripts() {
    for (u, label, machine) in each_kind() {
        let one = std::slice::from_ref(&u);
        assert_eq!(output::type_cell(&u), label);
        let table = output::users(one, Format::Table, false);
        let row = table.lines().nth(1).expect("a row");
        assert!(row.contains(&format!("  {label}  ")), "{row}");
        let profile = output::profiles(one, output::Pick::Default);
        assert!(profile.contains(&format!("\ntype: {label}\n")), "{profile}");
        assert_eq!(
            UserRecord::of(&u).user_type.as_deref(),
            Some(machine),
            "json"
        );
        let csv = output::users(one, Format::Csv, false);
        assert!(csv.contains(&format!(",{machine},")), "{csv}");
    }
}
