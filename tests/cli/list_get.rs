//! `users list` and `users get` in every format.

use std::collections::BTreeMap;

use docspace_people::api::{EmployeeFullDto, EmployeeStatus};
use docspace_people::commands::csv;
use docspace_people::commands::output::{COLUMNS, UserRecord};
use docspace_people::sanitize::html_decode;

use crate::support::{Run, demo};

fn expected(u: &EmployeeFullDto) -> UserRecord {
    UserRecord::of(u)
}

fn assert_ok(r: &Run) {
    assert_eq!(r.code, 0, "stdout: {}\nstderr: {}", r.stdout, r.stderr);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_json_returns_every_user_as_the_portal_holds_them() {
    let d = demo(230).await;
    let r = d.run(&["users", "list", "--format", "json"], None).await;
    assert_ok(&r);
    let got: Vec<UserRecord> = serde_json::from_str(&r.stdout).expect("one JSON array");
    let portal = d.portal.users();
    assert_eq!(got.len(), portal.len(), "every page followed");
    let by_id: BTreeMap<_, _> = got.iter().map(|u| (u.id, u)).collect();
    for u in &portal {
        let g = by_id.get(&u.id).expect("user listed");
        assert_eq!(**g, expected(u));
        assert_eq!(g.email, u.email);
        assert_eq!(
            g.display_name.as_deref(),
            u.display_name
                .as_deref()
                .map(|d| html_decode(d).into_owned())
                .as_deref()
        );
    }
    // Stable camelCase field names, including the status as a word.
    let raw: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    let first = raw[0].as_object().expect("object");
    for c in COLUMNS {
        assert!(first.contains_key(c), "field {c}");
    }
    let statuses: std::collections::BTreeSet<&str> = raw
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|u| u["status"].as_str())
        .collect();
    assert!(
        statuses.contains("terminated") && statuses.contains("active"),
        "{statuses:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_csv_parses_back_to_the_portal_data() {
    let d = demo(150).await;
    let r = d.run(&["users", "list", "--format", "csv"], None).await;
    assert_ok(&r);
    let records = csv::parse(&r.stdout);
    assert_eq!(records[0], COLUMNS.map(String::from).to_vec(), "header row");
    assert_eq!(records.len() - 1, d.portal.user_count());
    for rec in &records[1..] {
        let id = rec[0].parse().expect("id column");
        let u = d.portal.user(id).expect("exists");
        let want = expected(&u);
        assert_eq!(rec[1], want.email.unwrap_or_default());
        assert_eq!(rec[2], want.first_name.unwrap_or_default());
        assert_eq!(rec[3], want.last_name.unwrap_or_default());
        assert_eq!(rec[4], want.display_name.unwrap_or_default());
        assert_eq!(rec[5], want.user_type.unwrap_or_default());
        assert_eq!(rec[6], want.status.unwrap_or_default());
        assert_eq!(rec[7], want.is_owner.to_string());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_filters_limit_and_table() {
    let d = demo(200).await;
    let r = d
        .run(
            &[
                "users",
                "list",
                "--status",
                "terminated",
                "--format",
                "json",
            ],
            None,
        )
        .await;
    assert_ok(&r);
    let got: Vec<UserRecord> = serde_json::from_str(&r.stdout).expect("json");
    let want = d
        .portal
        .users()
        .iter()
        .filter(|u| u.status == Some(EmployeeStatus::Terminated))
        .count();
    assert!(want > 0);
    assert_eq!(got.len(), want);
    assert!(
        got.iter()
            .all(|u| u.status.as_deref() == Some("terminated"))
    );

    let r = d
        .run(
            &["users", "list", "--type", "guest", "--format", "json"],
            None,
        )
        .await;
    assert_ok(&r);
    let got: Vec<UserRecord> = serde_json::from_str(&r.stdout).expect("json");
    assert!(!got.is_empty());
    assert!(got.iter().all(|u| u.user_type.as_deref() == Some("guest")));

    let r = d.run(&["users", "list", "--limit", "7"], None).await;
    assert_ok(&r);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.len(), 8, "header + 7 rows:\n{}", r.stdout);
    assert!(lines[0].starts_with("ID") && lines[0].contains("NAME") && lines[0].contains("STATUS"));
    // Columns line up: STATUS starts at the same display column on every line.
    use unicode_width::UnicodeWidthStr;
    let status_col = |l: &str| l.rfind("  ").map(|i| l[..i + 2].width());
    assert!(lines.iter().all(|l| status_col(l) == status_col(lines[0])));

    let owner = d.portal.user(d.portal.owner_id()).expect("owner");
    let r = d
        .run(
            &[
                "users",
                "list",
                "--search",
                "owner@demo",
                "--format",
                "json",
            ],
            None,
        )
        .await;
    assert_ok(&r);
    let got: Vec<UserRecord> = serde_json::from_str(&r.stdout).expect("json");
    assert_eq!(got.iter().map(|u| u.id).collect::<Vec<_>>(), vec![owner.id]);

    let r = d.run(&["users", "list", "--sort", "shoe-size"], None).await;
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("'shoe-size'") && r.stderr.contains("registration-date"),
        "{}",
        r.stderr
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn get_by_id_and_email_and_not_found() {
    let d = demo(60).await;
    let users = d.portal.users();
    let a = &users[3];
    let b = &users[9];
    let email = b.email.clone().expect("email");
    let r = d
        .run(
            &[
                "users",
                "get",
                &a.id.to_string(),
                &email,
                "--format",
                "json",
            ],
            None,
        )
        .await;
    assert_ok(&r);
    let got: Vec<UserRecord> = serde_json::from_str(&r.stdout).expect("json");
    assert_eq!(got, vec![expected(a), expected(b)]);

    let ghost = uuid::Uuid::from_u128(0xdead_beef);
    let r = d
        .run(
            &["users", "get", &a.id.to_string(), &ghost.to_string()],
            None,
        )
        .await;
    assert_eq!(r.code, 4, "{r:?}");
    assert!(
        r.stdout.contains(&a.id.to_string()),
        "found one still printed"
    );
    assert!(r.stderr.contains(&ghost.to_string()) && r.stderr.contains("not found"));

    let r = d.run(&["users", "get", "not-an-id"], None).await;
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("neither a user ID"), "{}", r.stderr);

    // From stdin, as CSV with an id column.
    let stdin = format!("id,name\n{},x\n{},y\n", a.id, b.id);
    let r = d
        .run(&["users", "get", "--format", "csv", "-"], Some(&stdin))
        .await;
    assert_ok(&r);
    let rec = csv::parse(&r.stdout);
    assert_eq!(rec.len(), 3);
    assert_eq!(rec[1][0], a.id.to_string());
    assert_eq!(rec[2][0], b.id.to_string());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn get_prints_every_field_as_key_value_lines_one_block_per_user() {
    let d = demo(40).await;
    let owner = d.owner();
    let user = d.active(1).remove(0);
    let r = d
        .run(
            &["users", "get", &owner.id.to_string(), &user.id.to_string()],
            None,
        )
        .await;
    assert_ok(&r);
    let blocks: Vec<&str> = r.stdout.split("\n\n").collect();
    assert_eq!(blocks.len(), 2, "{}", r.stdout);
    for (block, u) in blocks.iter().zip([&owner, &user]) {
        let lines: Vec<(&str, &str)> = block
            .lines()
            .map(|l| l.split_once(": ").expect("key: value"))
            .collect();
        let get = |k: &str| lines.iter().find(|(key, _)| *key == k).map(|(_, v)| *v);
        assert_eq!(lines[0], ("id", u.id.to_string().as_str()));
        assert_eq!(get("email"), u.email.as_deref());
        assert_eq!(get("firstName"), u.first_name.as_deref());
        assert_eq!(get("status"), Some("active"));
        assert!(get("registrationDate").is_some());
        // Fields the profile lacks are left out, not printed empty.
        assert!(lines.iter().all(|(_, v)| !v.is_empty()), "{block}");
    }
    assert!(blocks[0].contains("\ntype: Owner\n"), "{}", blocks[0]);
    assert!(blocks[0].contains("\nisOwner: yes\n"), "{}", blocks[0]);

    // --fields picks the lines.
    let r = d
        .run(
            &[
                "users",
                "get",
                &user.id.to_string(),
                "--fields",
                "email,type",
            ],
            None,
        )
        .await;
    assert_ok(&r);
    let label = docspace_people::people::user_type::label_of(&user).expect("a type");
    assert_eq!(
        r.stdout,
        format!(
            "email: {}\ntype: {label}\n",
            user.email.clone().expect("email")
        )
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn get_of_an_unknown_user_prints_no_empty_header() {
    let d = demo(5).await;
    let ghost = uuid::Uuid::from_u128(0xdead_beef);
    let r = d.run(&["users", "get", &ghost.to_string()], None).await;
    assert_eq!(r.code, 4, "{r:?}");
    assert_eq!(r.stdout, "", "nothing on stdout");
    assert!(r.stderr.contains("not found"), "{}", r.stderr);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn html_entities_from_the_portal_are_decoded_in_every_format() {
    let d = demo(80).await;
    // The portal HTML-encodes group names in `department`: "R&D" comes as "R&amp;D".
    let u = d
        .portal
        .users()
        .into_iter()
        .find(|u| u.department.as_deref().is_some_and(|d| d.contains("&amp;")))
        .expect("a user in a group with & in its name");
    let raw = u.department.clone().expect("department");
    let want = html_decode(&raw).into_owned();
    let id = u.id.to_string();

    let r = d
        .run(&["users", "get", &id, "--format", "json"], None)
        .await;
    assert_ok(&r);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    assert_eq!(v[0]["department"], want.as_str());

    let r = d.run(&["users", "get", &id, "--format", "csv"], None).await;
    assert_ok(&r);
    let rows = csv::parse(&r.stdout);
    let col = rows[0]
        .iter()
        .position(|c| c == "department")
        .expect("column");
    assert_eq!(rows[1][col], want);

    let r = d.run(&["users", "get", &id], None).await;
    assert_ok(&r);
    assert!(
        r.stdout.contains(&format!("\ndepartment: {want}\n")),
        "{}",
        r.stdout
    );

    let r = d
        .run(&["users", "list", "--fields", "id,department,groups"], None)
        .await;
    assert_ok(&r);
    assert!(!r.stdout.contains("&amp;"), "{}", r.stdout);
    assert!(r.stdout.contains(&want), "{}", r.stdout);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_piped_table_is_not_cut() {
    let d = demo(5).await;
    let first = "Maximiliana".repeat(5);
    let email = format!("{}@a-very-long-subdomain.example.com", "x".repeat(40));
    d.portal.insert_user(docspace_people::demo::NewUser::new(
        &first,
        "Longname",
        &email,
        docspace_people::api::EmployeeType::User,
    ));
    let r = d.run(&["users", "list"], None).await;
    assert_ok(&r);
    let row = r
        .stdout
        .lines()
        .find(|l| l.contains(&email))
        .unwrap_or_else(|| panic!("the whole email in:\n{}", r.stdout));
    assert!(row.contains(&format!("{first} Longname")), "{row}");
    assert!(!r.stdout.contains('…'), "{}", r.stdout);
}
