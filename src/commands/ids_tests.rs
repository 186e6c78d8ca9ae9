use super::*;

const A: &str = "3f2c1e4a-0000-4000-8000-000000000001";
const B: &str = "3f2c1e4a-0000-4000-8000-000000000002";

#[test]
fn lines_csv_and_arguments() {
    let lines = from_text(&format!("{A}\n\n# comment\n{B}\r\nann@example.com\n")).expect("lines");
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[2], UserRef::Email("ann@example.com".into()));

    let csv = format!("name,id,email\n\"Lee, Ann\",{A},ann@example.com\nBob,{B},b@x.org\n");
    let got = from_text(&csv).expect("csv");
    assert_eq!(
        got,
        vec![
            UserRef::Id(Uuid::parse_str(A).expect("uuid")),
            UserRef::Id(Uuid::parse_str(B).expect("uuid"))
        ]
    );

    let args = vec![A.to_string(), "-".into(), A.to_string()];
    let got = collect(&args, || Ok(format!("id\n{B}\n"))).expect("collect");
    assert_eq!(got.len(), 2, "duplicates dropped");
}

#[test]
fn stdin_without_users_is_nothing_to_do() {
    // `users list --format csv` of a list that matched nobody: the header only.
    for text in ["", "id,email,name\n", "# nobody\n"] {
        let refs = collect(&["-".into()], || Ok(text.to_string()));
        assert_eq!(refs.map_err(|e| e.message), Ok(Vec::new()), "{text:?}");
    }
}

#[test]
fn bad_input_is_a_usage_error_in_words() {
    let e = collect(&["bogus".into()], || Ok(String::new())).expect_err("bad");
    assert!(e.message.contains("neither a user ID"), "{}", e.message);
    let e = collect(&["-".into(), "-".into()], || Ok(A.to_string())).expect_err("twice");
    assert!(e.message.contains("only once"));
    let e = collect(&[], || Ok(A.to_string())).expect_err("no arguments");
    assert!(e.message.contains("no users given"));
    let e = from_text("name,dept\nAnn,x\n").expect_err("no id column");
    assert!(e.message.contains("no `id`"));
}
