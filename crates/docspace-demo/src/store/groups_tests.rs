//! Rules from `products/ASC.People/Server/Api/GroupsController.cs` and
//! `common/ASC.Core.Common/Data/DbUserService.cs` (GetGroupsAsync, lines 62-130).

use super::super::test_support::*;
use super::*;

/// The small portal with three departments: Sales (managed by the room admin, with the
/// user and the terminated user), Bureau (the admin), Archive (nobody, no manager).
fn with_groups() -> (Store, [Uuid; 3]) {
    let mut s = small();
    let sales = s.add_group(id(100), "Sales", Some(id(3)));
    s.add_to_group(id(4), sales);
    s.add_to_group(id(6), sales);
    let bureau = s.add_group(id(101), "bureau", Some(id(2)));
    let archive = s.add_group(id(102), "Archive", None);
    (s, [sales, bureau, archive])
}

fn names(p: &GroupPage) -> Vec<&str> {
    p.groups.iter().map(|g| g.name.as_str()).collect()
}

#[test]
fn users_and_guests_may_not_read_groups() {
    let (s, [sales, ..]) = with_groups();
    for n in [4, 5] {
        let v = viewer(&s, n);
        assert_eq!(
            s.list_groups(&v, &GroupQuery::default()),
            Err(Refusal::AccessDenied)
        );
        assert_eq!(s.group(&v, sales, true), Err(Refusal::AccessDenied));
        assert_eq!(s.user_groups(&v, id(4)), Err(Refusal::AccessDenied));
    }
    assert!(
        s.list_groups(&viewer(&s, 3), &GroupQuery::default())
            .is_ok()
    );
}

#[test]
fn the_list_sorts_searches_and_counts_like_the_server() {
    let (s, [_, bureau, _]) = with_groups();
    let a = viewer(&s, 2);
    let page = |q: GroupQuery| s.list_groups(&a, &q).expect("list");
    // Title ignores case.
    assert_eq!(
        names(&page(GroupQuery::default())),
        ["Archive", "bureau", "Sales"]
    );
    let desc = GroupQuery {
        descending: true,
        ..GroupQuery::default()
    };
    assert_eq!(names(&page(desc)), ["Sales", "bureau", "Archive"]);
    // By manager first name: no manager first (Adam, Rita).
    let by_manager = GroupQuery {
        sort: GroupSort::Manager,
        ..GroupQuery::default()
    };
    assert_eq!(names(&page(by_manager)), ["Archive", "bureau", "Sales"]);
    // membersCount sorts by every member, terminated included (Sales 3, bureau 1).
    let by_count = GroupQuery {
        sort: GroupSort::MembersCount,
        descending: true,
        ..GroupQuery::default()
    };
    let p = page(by_count);
    assert_eq!(names(&p), ["Sales", "bureau", "Archive"]);
    // ...while the membersCount field counts active and pending members only.
    assert_eq!(p.groups[0].members_count, 2);
    let text = GroupQuery {
        text: Some(" BUR ".into()),
        ..GroupQuery::default()
    };
    let p = page(text);
    assert_eq!((names(&p), p.total), (vec!["bureau"], 1));
    let managed = GroupQuery {
        member: Some(id(2)),
        manager: true,
        ..GroupQuery::default()
    };
    assert_eq!(page(managed).groups[0].id, bureau);
    let member_of = GroupQuery {
        member: Some(id(4)),
        ..GroupQuery::default()
    };
    assert_eq!(names(&page(member_of)), ["Sales"]);
}

#[test]
fn the_envelope_count_follows_start_index() {
    // GroupsController.cs line 88: min(max(total - startIndex, 0), count).
    let (s, _) = with_groups();
    let a = viewer(&s, 2);
    let at = |start, count| {
        let p = s
            .list_groups(
                &a,
                &GroupQuery {
                    start,
                    count,
                    ..GroupQuery::default()
                },
            )
            .expect("list");
        (p.groups.len(), p.count, p.total)
    };
    assert_eq!(at(1, 100), (2, 2, 3));
    assert_eq!(at(0, 2), (2, 2, 3));
    assert_eq!(at(5, 100), (0, 0, 3));
    // A negative start skips nothing but is counted.
    assert_eq!(at(-2, 100), (3, 5, 3));
}

#[test]
fn one_group_with_members_manager_and_system_groups() {
    let (s, [sales, _, archive]) = with_groups();
    let a = viewer(&s, 2);
    let g = s.group(&a, sales, true).expect("group");
    assert_eq!(g.manager.as_ref().map(|m| m.id), Some(id(3)));
    let members: Vec<Uuid> = g.members.iter().flatten().map(|m| m.id).collect();
    assert_eq!(
        members,
        vec![id(3), id(4)],
        "terminated members are left out"
    );
    assert_eq!(
        (g.members_count, g.is_system, g.parent),
        (2, None, Uuid::nil())
    );
    assert!(
        s.group(&a, archive, false)
            .expect("group")
            .members
            .is_none()
    );
    assert_eq!(
        s.group(&a, id(999), true),
        Err(Refusal::NotFound(GROUP_NOT_FOUND.into()))
    );
    // GetGroupInfoAsync falls back on the system groups.
    let admins = s
        .group(&a, SystemGroup::DocSpaceAdmin.id(), false)
        .expect("system group");
    assert_eq!(
        (admins.is_system, admins.category, admins.members_count),
        (Some(true), SYSTEM_CATEGORY, 2)
    );
    let room_admins = s
        .group(&a, SystemGroup::RoomAdmin.id(), false)
        .expect("system group");
    assert_eq!(room_admins.members_count, 3, "owner, admin, room admin");
}

#[test]
fn a_users_groups_are_sorted_and_name_their_manager() {
    let (mut s, [sales, bureau, _]) = with_groups();
    s.add_to_group(id(4), bureau);
    let a = viewer(&s, 2);
    let groups = s.user_groups(&a, id(4)).expect("groups");
    let ids: Vec<Uuid> = groups.iter().map(|g| g.id).collect();
    assert_eq!(ids, vec![sales, bureau], "ordinal: upper case first");
    assert_eq!(groups[0].manager.as_deref(), Some("roomadmin"));
    assert_eq!(groups[0].is_system, None);
    assert_eq!(s.user_groups(&a, id(999)), Ok(Vec::new()));
    let d = s
        .full_dto(s.index_of(id(4)).expect("user"), None, Detail::Normal)
        .expect("dto");
    assert_eq!(d.department.as_deref(), Some("Sales, bureau"));
    assert_eq!(d.groups, Some(groups));
}
