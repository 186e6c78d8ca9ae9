//! The group routes: `GET /api/2.0/group`, `/group/{id}`, `/group/user/{userid}`, as
//! DocSpace-server `products/ASC.People/Server/Api/GroupsController.cs` answers them,
//! checked against the portal's own state.

use std::collections::BTreeMap;

use serde_json::{Value, json};
use uuid::Uuid;

use crate::common::{Demo, collation_key};
use docspace_api::dto::{EmployeeStatus, EmployeeType, GroupSummaryDto};
use docspace_api::filters::LoginType;
use docspace_demo::NewUser;

/// Per department id: (active and pending members, every member), from the users.
fn members(d: &Demo) -> BTreeMap<Uuid, (usize, usize)> {
    let mut out = BTreeMap::new();
    for u in d.portal().users() {
        for g in u.groups.iter().flatten() {
            let e = out.entry(g.id).or_insert((0, 0));
            e.1 += 1;
            if u.status != Some(EmployeeStatus::Terminated) {
                e.0 += 1;
            }
        }
    }
    out
}

fn names(list: &Value) -> Vec<String> {
    list.as_array()
        .expect("a list")
        .iter()
        .map(|g| g["name"].as_str().expect("name").to_string())
        .collect()
}

#[tokio::test]
async fn the_list_pages_through_every_department() {
    // GroupsController.cs lines 74-95: total = matches; count = min(max(total -
    // startIndex, 0), count); members are not listed.
    let d = Demo::start().await;
    let total = d.portal().groups().len();
    assert_eq!(total, 12);
    let r = d.get("/api/2.0/group?count=5&startIndex=10").await;
    assert_eq!(r.status, 200, "{}", r.text);
    let j = r.json();
    assert_eq!(
        (j["total"].clone(), j["count"].clone()),
        (json!(total), json!(2))
    );
    assert_eq!(j["response"].as_array().map(Vec::len), Some(2));
    let r = d.get("/api/2.0/group?startIndex=50").await;
    assert_eq!(
        (r.json()["count"].clone(), r.response()),
        (json!(0), json!([]))
    );
    let mut seen = Vec::new();
    for start in (0..total).step_by(5) {
        let r = d
            .get(&format!("/api/2.0/group?count=5&startIndex={start}"))
            .await;
        seen.extend(names(&r.response()));
    }
    let mut all = names(&d.get("/api/2.0/group").await.response());
    assert_eq!(seen, all, "pages are slices of one order");
    all.dedup();
    assert_eq!(all.len(), total);
    for bad in [
        "count=0",
        "count=101",
        "startIndex=x",
        "userId=nope",
        "manager=2",
    ] {
        assert_eq!(
            d.get(&format!("/api/2.0/group?{bad}")).await.status,
            400,
            "{bad}"
        );
    }
}

#[tokio::test]
async fn a_listed_group_carries_the_server_fields() {
    // GroupDto.cs lines 107-144.
    let d = Demo::start().await;
    let counts = members(&d);
    let r = d.get("/api/2.0/group").await;
    for g in r.response().as_array().expect("groups") {
        let id: Uuid = g["id"].as_str().and_then(|s| s.parse().ok()).expect("id");
        assert_eq!(g["parent"], json!(Uuid::nil()));
        assert_eq!(g["category"], json!(Uuid::nil()));
        assert!(g["isLDAP"].is_boolean());
        assert!(g.get("isSystem").is_none() && g.get("members").is_none());
        assert!(g.get("shared").is_none());
        assert_eq!(g["membersCount"], json!(counts.get(&id).map_or(0, |c| c.0)));
        if let Some(m) = g.get("manager") {
            assert!(m["email"].is_string(), "the manager's full profile");
            let mid: Uuid = m["id"].as_str().and_then(|s| s.parse().ok()).expect("id");
            let manager = d.portal().user(mid).expect("manager");
            assert!(manager.groups.iter().flatten().any(|x| x.id == id));
        }
    }
    let groups = r.response();
    let list = groups.as_array().expect("groups");
    assert!(list.iter().any(|g| g.get("manager").is_none()));
    assert!(list.iter().any(|g| g["isLDAP"] == json!(true)));
    assert!(
        list.iter().any(|g| g["name"] == json!("Interns <2025>")),
        "raw names"
    );
}

#[tokio::test]
async fn the_list_sorts_and_searches_like_the_server() {
    // DbUserService.cs lines 62-130: title (any case), the manager's first name,
    // membersCount = every member, terminated ones included; filterValue is a substring of
    // the name in any case; userId (+ manager) keeps the user's groups.
    let d = Demo::start().await;
    let fold = collation_key;
    let titles = names(&d.get("/api/2.0/group?sortBy=title").await.response());
    let mut sorted = titles.clone();
    sorted.sort_by_key(|s| fold(s));
    assert_eq!(titles, sorted);
    let desc = names(
        &d.get("/api/2.0/group?sortOrder=descending")
            .await
            .response(),
    );
    assert_eq!(desc, sorted.iter().rev().cloned().collect::<Vec<_>>());
    let counts = members(&d);
    let by_count = d.get("/api/2.0/group?sortBy=MembersCount").await.response();
    let every: Vec<usize> = by_count
        .as_array()
        .expect("groups")
        .iter()
        .map(|g| {
            let id: Uuid = g["id"].as_str().and_then(|s| s.parse().ok()).expect("id");
            counts.get(&id).map_or(0, |c| c.1)
        })
        .collect();
    assert!(every.windows(2).all(|w| w[0] <= w[1]), "{every:?}");
    let by_manager = d.get("/api/2.0/group?sortBy=1").await.response();
    let managers: Vec<String> = by_manager
        .as_array()
        .expect("groups")
        .iter()
        .map(|g| fold(g["manager"]["firstName"].as_str().unwrap_or("")))
        .collect();
    assert!(managers.windows(2).all(|w| w[0] <= w[1]), "{managers:?}");
    assert_eq!(managers[0], "", "no manager first");
    let r = d.get("/api/2.0/group?filterValue=%20ENGIN%20").await;
    assert_eq!(names(&r.response()), ["Engineering"]);
    assert_eq!(r.json()["total"], 1);
    // userId: the user's groups; with manager=true the ones they manage.
    let member = d.find(|u| u.groups.as_ref().is_some_and(|g| g.len() > 1))[0].clone();
    let theirs: Vec<Uuid> = member.groups.iter().flatten().map(|g| g.id).collect();
    let r = d.get(&format!("/api/2.0/group?userId={}", member.id)).await;
    let mut listed: Vec<Uuid> = r
        .response()
        .as_array()
        .expect("groups")
        .iter()
        .filter_map(|g| g["id"].as_str().and_then(|s| s.parse().ok()))
        .collect();
    listed.sort();
    let mut theirs_sorted = theirs.clone();
    theirs_sorted.sort();
    assert_eq!(listed, theirs_sorted);
    let managed = d.portal().groups();
    let (manager, group) = managed
        .iter()
        .find_map(|g| g.manager.as_ref().map(|m| (m.id, g.id)))
        .expect("a managed group");
    let r = d
        .get(&format!("/api/2.0/group?userId={manager}&manager=true"))
        .await;
    let ids: Vec<Value> = r
        .response()
        .as_array()
        .expect("groups")
        .iter()
        .map(|g| g["id"].clone())
        .collect();
    assert!(ids.contains(&json!(group)));
    assert_eq!(r.json()["total"], json!(ids.len()));
}

#[tokio::test]
async fn one_group_with_its_members() {
    // GroupsController.cs lines 108-114 (includeMembers defaults to true) and 410-419.
    let d = Demo::start().await;
    let groups = d.portal().groups();
    let g = groups
        .iter()
        .find(|g| g.manager.is_some())
        .expect("a managed group");
    let r = d.get(&format!("/api/2.0/group/{}", g.id)).await;
    assert_eq!((r.status, r.json()["count"].clone()), (200, json!(1)));
    let body = r.response();
    let listed: Vec<Uuid> = body["members"]
        .as_array()
        .expect("members")
        .iter()
        .filter_map(|m| m["id"].as_str().and_then(|s| s.parse().ok()))
        .collect();
    let want: Vec<Uuid> = d
        .find(|u| {
            u.status != Some(EmployeeStatus::Terminated)
                && u.groups.iter().flatten().any(|x| x.id == g.id)
        })
        .iter()
        .map(|u| u.id)
        .collect();
    assert_eq!(
        listed, want,
        "active and pending members, terminated left out"
    );
    assert_eq!(body["membersCount"], json!(want.len()));
    assert_eq!(
        body["manager"]["id"],
        json!(g.manager.as_ref().map(|m| m.id))
    );
    let r = d
        .get(&format!("/api/2.0/group/{}?includeMembers=false", g.id))
        .await;
    assert!(r.response().get("members").is_none());
    // Unknown: 404 with the server's text; not a GUID: no route at all.
    let r = d
        .get(&format!(
            "/api/2.0/group/{}",
            Uuid::from_u128(0x5eed_0000_4000_8000_0000_0000_0000_0042)
        ))
        .await;
    assert_eq!(
        (r.status, r.message()),
        (404, "The group could not be found".to_string())
    );
    let r = d.get("/api/2.0/group/engineering").await;
    assert_eq!((r.status, r.text.as_str()), (404, ""));
    // A system group answers (UserManager.GetGroupInfoAsync falls back on them,
    // common/ASC.Core.Common/Context/Impl/UserManager.cs lines 875-893).
    let r = d
        .get("/api/2.0/group/cd84e66b-b803-40fc-99f9-b2969a54a1de?includeMembers=false")
        .await;
    let admins = d
        .find(|u| {
            u.user_type() == Some(EmployeeType::DocSpaceAdmin)
                && u.status != Some(EmployeeStatus::Terminated)
        })
        .len();
    let j = r.response();
    assert_eq!(
        (
            j["name"].clone(),
            j["isSystem"].clone(),
            j["membersCount"].clone()
        ),
        (json!("DocSpaceAdmin"), json!(true), json!(admins))
    );
    assert_eq!(j["category"], json!("7717039d-fbe9-45ad-81c1-68a1aa10ce1f"));
}

#[tokio::test]
async fn a_users_groups_match_the_profile() {
    // GroupsController.cs lines 121-134 and UserManager.GetUserGroupsAsync (departments,
    // by name); EmployeeFullDto.FillGroupsAsync builds `groups` and `department` from the
    // same list (common/ASC.Api.Core/Model/EmployeeFullDto.cs lines 461-486).
    let d = Demo::start().await;
    let u = d.find(|u| u.groups.as_ref().is_some_and(|g| g.len() > 1))[0].clone();
    let r = d.get(&format!("/api/2.0/group/user/{}", u.id)).await;
    assert_eq!(r.status, 200, "{}", r.text);
    let groups: Vec<GroupSummaryDto> = serde_json::from_value(r.response()).expect("summaries");
    assert_eq!(r.json()["count"], json!(groups.len()));
    assert!(r.json().get("total").is_none());
    assert_eq!(Some(&groups), u.groups.as_ref());
    let names: Vec<&str> = groups.iter().filter_map(|g| g.name.as_deref()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
    let encoded: Vec<String> = names
        .iter()
        .map(|n| {
            n.replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
        })
        .collect();
    assert_eq!(u.department.as_deref(), Some(encoded.join(", ").as_str()));
    assert!(r.response()[0].get("isSystem").is_none());
    for g in &groups {
        let manager = d
            .portal()
            .groups()
            .into_iter()
            .find(|x| x.id == g.id)
            .and_then(|x| x.manager);
        let user_name = manager
            .and_then(|m| d.portal().user(m.id))
            .and_then(|m| m.user_name);
        assert_eq!(g.manager, user_name);
    }
    // A user in no group, or no user at all: an empty list.
    let none = d.find(|u| u.groups.is_none())[0].clone();
    assert_eq!(none.department.as_deref(), Some(""));
    for id in [
        none.id,
        Uuid::from_u128(0x5eed_0000_4000_8000_0000_0000_0000_0042),
    ] {
        assert_eq!(
            d.get(&format!("/api/2.0/group/user/{id}")).await.response(),
            json!([])
        );
    }
}

#[tokio::test]
async fn users_and_guests_may_not_read_groups() {
    // Action_ReadGroups: granted to room admins, denied to users
    // (common/ASC.Core.Common/EF/Model/Core/Acl.cs lines 132-133), never granted to
    // guests; DocSpace admins always have it.
    let d = Demo::start().await;
    let p = d.portal();
    let group = p.groups()[0].id;
    let someone = d.one_of(EmployeeType::User, EmployeeStatus::Active).id;
    let paths = [
        "/api/2.0/group".to_string(),
        format!("/api/2.0/group/{group}"),
        format!("/api/2.0/group/user/{someone}"),
    ];
    for (kind, status) in [
        (EmployeeType::User, 403),
        (EmployeeType::Guest, 403),
        (EmployeeType::RoomAdmin, 200),
        (EmployeeType::DocSpaceAdmin, 200),
    ] {
        let token = p.token_for(d.one_of(kind, EmployeeStatus::Active).id);
        for path in &paths {
            let r = d.get_as(&token, path).await;
            assert_eq!(r.status, status, "{kind:?} {path}");
            if status == 403 {
                assert_eq!(r.message(), "Access denied");
            }
        }
    }
}

#[tokio::test]
async fn fixtures_add_groups_members_quotas_and_login_types() {
    let d = Demo::start().await;
    let p = d.portal();
    let boss = d.one_of(EmployeeType::RoomAdmin, EmployeeStatus::Active).id;
    let g = p.add_group("Night Shift", Some(boss));
    let id = p.insert_user(
        NewUser::new("Nadia", "Night", "nadia@example.org", EmployeeType::User)
            .in_group(g)
            .login_type(LoginType::Sso)
            .custom_quota(-1)
            .used_space(2048.0),
    );
    let other = p.insert_user(
        NewUser::new("Lars", "Dap", "lars@example.org", EmployeeType::User)
            .login_type(LoginType::Ldap),
    );
    assert!(p.add_to_group(other, g));
    assert!(!p.add_to_group(
        other,
        Uuid::from_u128(0x5eed_0000_4000_8000_0000_0000_0000_0042)
    ));
    let listed = d
        .get(&format!(
            "/api/2.0/people/filter?groupId={g}&sortBy=firstname"
        ))
        .await;
    let ids: std::collections::BTreeSet<Uuid> = listed.users().iter().map(|u| u.id).collect();
    assert_eq!(ids, [other, id, boss].into_iter().collect());
    let nadia = p.user(id).expect("nadia");
    assert_eq!(
        (
            nadia.is_sso,
            nadia.quota_limit,
            nadia.is_custom_quota,
            nadia.used_space
        ),
        (Some(true), Some(-1), Some(true), Some(2048.0))
    );
    assert_eq!(nadia.department.as_deref(), Some("Night Shift"));
    assert_eq!(p.user(other).and_then(|u| u.is_ldap), Some(true));
    assert!(p.set_custom_quota(id, None));
    assert_eq!(p.user(id).and_then(|u| u.is_custom_quota), Some(false));
    let night = p
        .groups()
        .into_iter()
        .find(|x| x.id == g)
        .expect("the group");
    assert_eq!(
        (night.members_count, night.manager.map(|m| m.id)),
        (Some(3), Some(boss))
    );
}
