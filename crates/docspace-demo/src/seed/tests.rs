use std::collections::HashSet;

use super::*;

#[test]
fn same_seed_same_portal_other_seed_other_portal() {
    let a = seed(300, 42);
    let b = seed(300, 42);
    assert_eq!(a, b);
    let c = seed(300, 43);
    assert_ne!(a.users[5].id, c.users[5].id);
}

#[test]
fn every_kind_is_present_in_a_small_portal() {
    let s = seed(20, 1);
    assert_eq!(s.users.len(), 20);
    assert_eq!(s.users[0].email, OWNER_EMAIL);
    let has = |f: &dyn Fn(&User) -> bool| s.users.iter().any(f);
    assert!(has(&|u| u.role == Role::Admin));
    assert!(has(&|u| u.role == Role::Guest));
    assert!(has(
        &|u| u.status == EmployeeStatus::Pending && u.first_name.is_empty()
    ));
    assert!(has(&|u| u.status == EmployeeStatus::Terminated));
    assert!(has(&|u| u.first_name.chars().count()
        + u.last_name.chars().count()
        > 40));
    let emails: HashSet<_> = s.users.iter().map(|u| u.email.clone()).collect();
    assert_eq!(emails.len(), s.users.len());
}

#[test]
fn zero_users_still_has_the_owner() {
    let s = seed(0, 1);
    assert_eq!(s.users.len(), 1);
    assert_eq!(s.users[0].role, Role::Owner);
}

#[test]
fn departments_hold_people_but_not_guests_invitations_or_the_owner() {
    let s = seed(2_000, 3);
    assert_eq!(s.groups.len(), 12);
    let mut in_none = 0;
    let mut in_several = 0;
    for u in &s.users {
        if matches!(u.role, Role::Owner | Role::Guest) || u.status == EmployeeStatus::Pending {
            assert!(u.groups.is_empty(), "{}", u.email);
            continue;
        }
        match u.groups.len() {
            0 => in_none += 1,
            1 => {}
            _ => in_several += 1,
        }
        let unique: HashSet<_> = u.groups.iter().collect();
        assert_eq!(unique.len(), u.groups.len(), "no group twice");
    }
    assert!(in_none > 0 && in_several > 0);
    for g in &s.groups {
        if let Some(m) = g.manager {
            let gi = s.groups.iter().position(|x| x.id == g.id).expect("group");
            let manager = s.users.iter().find(|u| u.id == m).expect("manager");
            assert!(manager.groups.contains(&gi), "the manager is a member");
            assert!(manager.role.is_paid());
        }
    }
    assert!(s.groups.iter().any(|g| g.manager.is_none()));
    assert_eq!(s.groups.iter().filter(|g| g.sid.is_some()).count(), 1);
}

#[test]
fn ldap_and_sso_accounts_and_custom_quotas_even_in_a_small_portal() {
    for (n, seed_no) in [(30, 1), (250, 7), (5_000, 2)] {
        let s = seed(n, seed_no);
        let ldap: Vec<&User> = s.users.iter().filter(|u| u.is_ldap()).collect();
        assert!(!ldap.is_empty(), "{n}");
        let ldap_group = s.groups.iter().position(|g| g.sid.is_some());
        for u in &ldap {
            assert_eq!(u.status, EmployeeStatus::Active);
            assert!(u.sso_name_id.is_none());
            assert!(ldap_group.is_some_and(|g| u.groups.contains(&g)));
        }
        assert!(s.users.iter().any(|u| u.sso_name_id.is_some()), "{n}");
        assert!(s.users.iter().any(|u| u.quota.is_some()), "{n}");
        // The fixed head stays standard, with the default quota.
        assert!(
            s.users
                .iter()
                .take(HEAD.len() + 1)
                .all(|u| { u.sid.is_none() && u.sso_name_id.is_none() && u.quota.is_none() })
        );
    }
    let s = seed(5_000, 2);
    let share = |f: &dyn Fn(&User) -> bool| s.users.iter().filter(|u| f(u)).count() * 100 / 5_000;
    assert!((1..=5).contains(&share(&|u| u.is_ldap())));
    assert!((1..=5).contains(&share(&|u| u.sso_name_id.is_some())));
}

#[test]
fn room_admins_invite_guests_and_users() {
    let s = seed(1_000, 4);
    let room_admin = |id: Option<uuid::Uuid>| {
        s.users
            .iter()
            .any(|c| Some(c.id) == id && c.role == Role::RoomAdmin)
    };
    for role in [Role::Guest, Role::User] {
        assert!(
            s.users
                .iter()
                .any(|u| u.role == role && room_admin(u.created_by)),
            "{role:?}"
        );
    }
}

#[test]
fn each_address_is_the_first_free_one_of_its_name() {
    // The rule the counted numbers must keep: the plain address, else the first free
    // numbered one from 2 on, searched among the addresses given before.
    let s = seed(20_000, 1);
    let mut taken: HashSet<String> = HashSet::new();
    let mut numbered = 0;
    for u in &s.users {
        let Some((local, domain)) = u.email.split_once('@') else {
            panic!("no @ in {}", u.email)
        };
        let base = local.trim_end_matches(|c: char| c.is_ascii_digit());
        let mut expected = format!("{base}@{domain}");
        let mut n = 2;
        while taken.contains(&expected) {
            expected = format!("{base}{n}@{domain}");
            n += 1;
        }
        assert_eq!(u.email, expected);
        numbered += usize::from(n > 2);
        taken.insert(expected);
    }
    assert!(numbered > 1_000, "the case is exercised: {numbered}");
}
