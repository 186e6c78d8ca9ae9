use super::*;

#[test]
fn the_ending_chooses_the_format() {
    assert_eq!(
        parse_export_file(" users.csv "),
        Ok((ExportFormat::Csv, "users.csv".to_string()))
    );
    assert_eq!(
        parse_export_file("~/out/All Users.JSON"),
        Ok((ExportFormat::Json, "~/out/All Users.JSON".to_string()))
    );
}

#[test]
fn a_name_without_a_known_ending_is_refused_in_words() {
    let why = parse_export_file("users.txt").unwrap_err();
    assert!(
        why.contains("\"users.txt\" ends in neither .csv nor .json"),
        "{why}"
    );
    assert!(
        parse_export_file("   ")
            .unwrap_err()
            .contains("type a file name")
    );
    assert!(
        parse_export_file("csv").is_err(),
        "a name that is only the format"
    );
}

#[test]
fn formats_by_name() {
    assert_eq!(ExportFormat::parse("CSV"), Some(ExportFormat::Csv));
    assert_eq!(ExportFormat::parse("json"), Some(ExportFormat::Json));
    assert_eq!(ExportFormat::parse("xml"), None);
}
