use super::*;

#[test]
fn wide_and_combining_characters_align() {
    let rows = vec![
        vec!["李小龍".to_string(), "x".into()],
        vec!["Zoe\u{301}".to_string(), "y".into()],
    ];
    let t = render(&["NAME", "V"], &rows, &[]);
    let lines: Vec<&str> = t.lines().collect();
    let col = |l: &str| l[..l.rfind(' ').expect("space") + 1].width();
    assert_eq!(col(lines[0]), col(lines[1]));
    assert_eq!(col(lines[1]), col(lines[2]));
}

#[test]
fn cells_are_cut_at_the_cap() {
    assert_eq!(fit("abcdef", 4), "abc…");
    assert_eq!(fit("李小龍", 4), "李…");
    assert_eq!(fit("abc", 4), "abc");
}
