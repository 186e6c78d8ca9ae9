use super::*;

#[test]
fn records_round_trip() {
    let rows = vec![
        vec!["id".to_string(), "name".into(), "note".into()],
        vec![
            "1".into(),
            "Lee, Ann".into(),
            "said \"hi\"\nthen left".into(),
        ],
        vec!["2".into(), " padded ".into(), String::new()],
    ];
    let text: String = rows.iter().map(|r| record(r)).collect();
    assert_eq!(parse(&text), rows);
}

#[test]
fn crlf_and_blank_lines() {
    let got = parse("a,b\r\n\r\n1,2\r\n");
    assert_eq!(got, vec![vec!["a", "b"], vec!["1", "2"]]);
}
