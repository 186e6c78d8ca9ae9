use super::*;
use crate::api::EmployeeStatus;
use uuid::Uuid;

fn user(n: u128, name: &str) -> EmployeeFullDto {
    let mut u = EmployeeFullDto::bare(Uuid::from_u128(n));
    u.first_name = Some(name.into());
    u.last_name = Some("Lee".into());
    u.display_name = Some(format!("{name} Lee"));
    u.email = Some(format!("{}@example.com", name.to_lowercase()));
    u.status = Some(EmployeeStatus::Active);
    u
}

fn users() -> Vec<EmployeeFullDto> {
    (1..=5)
        .map(|n| user(n, &"Ann".repeat(n as usize)))
        .collect()
}

/// The pages written one by one, then the end.
fn streamed(format: Format, pick: Pick<'_>, pages: &[&[EmployeeFullDto]], tty: bool) -> String {
    let mut w = PageWriter::new(format, pick, tty);
    let mut out: String = pages.iter().map(|p| w.page(p)).collect();
    out.push_str(&w.finish());
    out
}

#[test]
fn json_and_csv_pages_print_what_the_whole_list_prints() {
    let all = users();
    let (a, b) = all.split_at(2);
    for format in [Format::Json, Format::Csv] {
        let whole = output::render(&all, format, Pick::Default, false);
        assert_eq!(streamed(format, Pick::Default, &[a, &[], b], false), whole);
        let picked = super::super::fields::parse("email,id").expect("fields");
        let whole = output::render(&all, format, Pick::Fields(&picked), false);
        assert_eq!(
            streamed(format, Pick::Fields(&picked), &[a, b], false),
            whole
        );
    }
}

#[test]
fn an_empty_listing_prints_an_empty_array_a_header_or_a_table_head() {
    for format in [Format::Json, Format::Csv, Format::Table] {
        let whole = output::render(&[], format, Pick::Default, false);
        assert_eq!(streamed(format, Pick::Default, &[&[]], false), whole);
    }
}

#[test]
fn the_table_keeps_the_first_pages_widths_and_cuts_later_cells_only_on_a_terminal() {
    let all = users();
    let (first, rest) = all.split_at(1);
    let piped = streamed(Format::Table, Pick::Default, &[first, rest], false);
    let long = "AnnAnnAnnAnnAnn";
    assert!(piped.contains(long), "{piped}");
    let head = piped.lines().next().expect("header");
    let col = head.find("EMAIL").expect("email column");
    // Rows of the first page line up under the header.
    let row = piped.lines().nth(1).expect("row");
    assert_eq!(row.find("ann@").expect("email"), col);
    let tty = streamed(Format::Table, Pick::Default, &[first, rest], true);
    assert!(!tty.contains(long), "{tty}");
    assert!(tty.contains('…'));
    // Every row's email starts under the header's (the name column keeps its width),
    // counted in characters.
    let column = |l: &str, what: &str| l.find(what).map(|i| l[..i].chars().count());
    let col = column(tty.lines().next().expect("header"), "EMAIL");
    assert!(
        tty.lines().skip(1).all(|l| column(l, "ann") == col),
        "{tty}"
    );
}
