use super::*;

fn rows() -> Vec<Row> {
    vec![
        Row::new(
            Some(Uuid::from_u128(1)),
            "Ann \u{1b}[31mLee",
            Outcome::Done,
            "deleted",
        ),
        Row::new(
            None,
            "nobody@example.org",
            Outcome::NotFound,
            "no such user",
        ),
    ]
}

#[test]
fn the_table_is_sanitised_and_json_keeps_the_text() {
    let t = render("offboard", false, &rows(), Format::Table, false);
    assert!(!t.contains('\u{1b}'), "{t}");
    assert!(t.starts_with("USER"), "{t}");
    let j: serde_json::Value =
        serde_json::from_str(&render("offboard", true, &rows(), Format::Json, false))
            .expect("json");
    assert_eq!(j["dryRun"], json!(true));
    assert_eq!(j["results"][0]["user"], json!("Ann \u{1b}[31mLee"));
    assert_eq!(j["results"][1]["result"], json!("not found"));
    assert_eq!(j["results"][1]["id"], json!(null));
    let c = render("offboard", false, &rows(), Format::Csv, false);
    assert_eq!(c.lines().next(), Some("id,user,result,detail"));
}

#[test]
fn the_exit_code_follows_the_worst_outcome() {
    let mut r = rows();
    assert_eq!(exit_of(&r), Exit::NotFound);
    assert_eq!(summary(&r), "1 done, 1 not found");
    r.push(Row::new(None, "x", Outcome::Failed, "refused"));
    assert_eq!(exit_of(&r), Exit::Partial);
    assert_eq!(exit_of(&r[..1]), Exit::Ok);
}
