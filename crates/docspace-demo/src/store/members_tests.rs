use super::super::test_support::*;
use super::*;
use crate::model::Group;

fn with_group() -> Store {
    let mut s = small();
    s.groups.push(Group {
        manager: Some(id(3)),
        ..Group::new(id(500), "Design")
    });
    let three = s.index_of(id(3)).expect("room admin");
    s.user_mut(three).expect("ra").groups.push(0);
    s
}

#[test]
fn adding_skips_terminated_and_guest_users_quietly() {
    // GroupsController.cs lines 437-444.
    let mut s = with_group();
    let admin = viewer(&s, 2);
    let g = s
        .add_group_members(&admin, id(500), Some(&[id(4), id(5), id(6), id(99)]))
        .expect("added");
    let members: Vec<_> = s
        .group_members(g)
        .iter()
        .filter_map(|&i| s.user(i).map(|u| u.id))
        .collect();
    assert_eq!(members, [id(3), id(4)]);
}

#[test]
fn removing_the_manager_leaves_no_manager() {
    // UserManager.cs lines 712-716.
    let mut s = with_group();
    let admin = viewer(&s, 2);
    assert!(s.group_manager(0).is_some());
    s.remove_group_members(&admin, id(500), Some(&[id(3)]))
        .expect("removed");
    assert!(s.group_members(0).is_empty());
    assert_eq!(s.group_manager(0), None);
}

#[test]
fn only_admins_and_only_known_groups() {
    let mut s = with_group();
    let ra = viewer(&s, 3);
    assert_eq!(
        s.add_group_members(&ra, id(500), Some(&[id(4)])),
        Err(Refusal::AccessDenied)
    );
    let admin = viewer(&s, 2);
    assert_eq!(
        s.add_group_members(&admin, id(501), Some(&[id(4)])),
        Err(Refusal::NotFound("The group could not be found".into()))
    );
    assert!(matches!(
        s.add_group_members(&admin, id(500), None),
        Err(Refusal::Internal(_))
    ));
    assert!(s.remove_group_members(&admin, id(500), None).is_ok());
}
