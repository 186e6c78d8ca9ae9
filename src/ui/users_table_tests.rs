//! Render tests of the list: the sorted column's arrow, the filters as chips in the
//! title, the wide list, counts.

use insta::assert_snapshot;
use uuid::Uuid;

use crate::api::dto::GroupDto;
use crate::api::query::{SortBy, SortOrder};
use crate::api::{EmployeeFullDto, UserPage};
use crate::app::testing::press as key;
use crate::app::{ApiOp, ApiOutcome, ApiReply, Effect, Model, Msg, update};
use crate::ui::tests::{SIZES, fixture_users, loaded, screen};

/// A group of the portal, named `name` (as the portal sends it).
pub(crate) fn group(n: u128, name: &str) -> GroupDto {
    GroupDto {
        id: Uuid::from_u128(n),
        name: Some(name.into()),
        parent: None,
        category: None,
        is_ldap: None,
        is_system: None,
        manager: None,
        members_count: None,
    }
}

/// Answers the list requests among `fx` with `users` (of `total`) and a group read with
/// `groups`.
pub(crate) fn answer(
    m: &mut Model,
    fx: &[Effect],
    users: &[EmployeeFullDto],
    total: u64,
    groups: &[GroupDto],
) {
    let mut fx = fx.to_vec();
    while let Some(effect) = fx.pop() {
        let Some(r) = effect.request() else { continue };
        let result = match &r.op {
            ApiOp::ListUsers(q) => Ok(ApiOutcome::Page(UserPage {
                users: users.to_vec(),
                total: Some(total),
                start_index: q.start_index,
            })),
            ApiOp::ListGroups => Ok(ApiOutcome::Groups(groups.to_vec())),
            // The shown user's whole profile: as the row holds it.
            ApiOp::ReadProfile { id, .. } => match users.iter().find(|u| u.id == *id) {
                Some(u) => Ok(ApiOutcome::User(Box::new(u.clone()))),
                None => continue,
            },
            _ => continue,
        };
        let more = update(m, Msg::Api(ApiReply { id: r.id, result }));
        fx.extend(more.into_iter().filter(|e| {
            e.request()
                .is_some_and(|r| matches!(r.op, ApiOp::ReadProfile { .. }))
        }));
    }
}

fn header_line(text: &str) -> String {
    text.lines().nth(1).unwrap_or("").to_string()
}

#[test]
fn the_sorted_column_shows_its_direction() {
    for (w, h) in SIZES {
        let mut m = loaded(w, h, false);
        assert!(header_line(&screen(&m, w, h)).contains("Name ▲"));
        key(&mut m, "s");
        let fx = key(&mut m, "S");
        let asked: Vec<_> = fx
            .iter()
            .filter_map(Effect::list_query)
            .map(|q| (q.sort_by, q.sort_order))
            .collect();
        assert_eq!(asked, [(Some(SortBy::Email), SortOrder::Descending)]);
        let mut users = fixture_users();
        users.sort_by(|a, b| b.email.cmp(&a.email));
        answer(&mut m, &fx, &users, 8, &[]);
        let text = screen(&m, w, h);
        let header = header_line(&text);
        assert!(header.contains("Email ▼"), "{header}");
        assert!(!header.contains('▲'), "{header}");
        assert_snapshot!(format!("sorted_{w}x{h}"), text);
    }
}

#[test]
fn a_sort_whose_column_is_not_shown_is_named_in_the_title() {
    let mut m = loaded(120, 30, false);
    let fx = crate::app::list_reads::set_sort(&mut m, SortBy::UsedSpace, SortOrder::Descending);
    answer(&mut m, &fx, &fixture_users(), 8, &[]);
    let text = screen(&m, 120, 30);
    let title = text.lines().next().unwrap_or("");
    assert!(title.contains("sorted by used space ▼"), "{title}");
    // In the wide list the column is shown, with its arrow.
    key(&mut m, "w");
    let text = screen(&m, 120, 30);
    assert!(!text.lines().next().unwrap_or("").contains("sorted by"));
    assert!(header_line(&text).contains("Used / quota ▼"), "{text}");
}

/// The panel picks: active, guest, the group Sales; the list shown afterwards.
fn filtered(w: u16, h: u16) -> Model {
    let mut m = loaded(w, h, false);
    let fx = key(&mut m, "f");
    let groups = [group(70, "Sales"), group(71, "R&amp;D\u{1b}[2J")];
    answer(&mut m, &fx, &[], 0, &groups);
    for k in [
        "j", "space", "j", "j", "j", "j", "j", "j", "space", "G", "space",
    ] {
        key(&mut m, k);
    }
    let fx = key(&mut m, "esc");
    let guests: Vec<EmployeeFullDto> = fixture_users()
        .into_iter()
        .filter(|u| u.is_visitor == Some(true))
        .collect();
    answer(&mut m, &fx, &guests, 1, &[]);
    m
}

#[test]
fn the_filters_are_chips_in_the_title() {
    for (w, h) in SIZES {
        let m = filtered(w, h);
        let f = &m.users.filters;
        assert_eq!(f.types, [crate::api::EmployeeType::Guest]);
        assert_eq!(
            f.group,
            Some(crate::api::GroupFilter::Member(Uuid::from_u128(70)))
        );
        let text = screen(&m, w, h);
        let title = text.lines().next().unwrap_or("");
        assert!(
            title.contains("Users · type: Guest · group: Sales · status: active · 1/1"),
            "{title}"
        );
        assert!(text.contains("· 1 user\n"), "one user, singular:\n{text}");
        assert_snapshot!(format!("chips_{w}x{h}"), text);
    }
}

#[test]
fn a_group_name_in_a_chip_is_decoded_and_sanitised() {
    let mut m = loaded(120, 30, false);
    let fx = key(&mut m, "f");
    answer(&mut m, &fx, &[], 0, &[group(71, "R&amp;D\u{1b}[2J")]);
    // The group is the last row.
    for k in ["G", "space", "esc"] {
        key(&mut m, k);
    }
    let text = screen(&m, 120, 30);
    let title = text.lines().next().unwrap_or("");
    assert!(title.contains("group: R&D\\x1b[2J"), "{title}");
    assert!(!text.contains('\u{1b}'));
}

#[test]
fn the_wide_list_fills_the_screen_with_more_columns() {
    let mut m = loaded(120, 30, false);
    let narrow = screen(&m, 120, 30);
    assert!(narrow.contains("Details"));
    assert!(!header_line(&narrow).contains("Registered"));
    key(&mut m, "w");
    let text = screen(&m, 120, 30);
    assert!(!text.contains("Details"), "{text}");
    let header = header_line(&text);
    for heading in [
        "Name ▲",
        "Email",
        "Type",
        "Status",
        "Department",
        "Groups",
        "Registered",
    ] {
        assert!(header.contains(heading), "{heading}: {header}");
    }
    assert!(text.contains("2024-03-05"), "{text}");
    assert_snapshot!("wide_120x30", text);
    key(&mut m, "w");
    assert_eq!(screen(&m, 120, 30), narrow);
}

#[test]
fn counts_are_separated_in_thousands() {
    let (mut m, fx) = crate::ui::tests::started(120, 30, false);
    answer(&mut m, &fx, &fixture_users(), 12_345, &[]);
    let text = screen(&m, 120, 30);
    assert!(text.contains("· 12,345 users"), "{text}");
    assert!(text.contains("· 1/12,345 "), "{text}");
}
