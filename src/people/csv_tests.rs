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

#[test]
fn records_know_the_line_they_start_on() {
    let got = parse_lines("id,name\n\n1,\"two\nlines\"\n2,x\n");
    let starts: Vec<usize> = got.iter().map(|(line, _)| *line).collect();
    assert_eq!(starts, [1, 3, 5]);
    assert_eq!(got[1].1, vec!["1", "two\nlines"]);
}
