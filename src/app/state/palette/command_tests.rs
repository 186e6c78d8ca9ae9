use super::*;

const ID: &str = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

fn ok(line: &str) -> PaletteCommand {
    parse_command(line).unwrap_or_else(|e| panic!("{line}: {e}"))
}

fn err(line: &str) -> String {
    match parse_command(line) {
        Ok(c) => panic!("{line} was read as {c:?}"),
        Err(e) => e,
    }
}

#[test]
fn goto_takes_an_id_or_an_email() {
    assert_eq!(
        ok(&format!("goto {ID}")),
        PaletteCommand::Goto(LookupTarget::Id(Uuid::parse_str(ID).unwrap()))
    );
    assert_eq!(
        ok("  GOTO   ann@example.org "),
        PaletteCommand::Goto(LookupTarget::Email("ann@example.org".into()))
    );
    assert!(err("goto ann@").contains("not a valid email address"));
    assert_eq!(err("goto"), "goto needs more: goto <id or email>");
}

#[test]
fn export_takes_a_format_and_a_file() {
    assert_eq!(
        ok("export csv users.csv"),
        PaletteCommand::Export {
            format: ExportFormat::Csv,
            path: "users.csv".into()
        }
    );
    assert_eq!(
        ok("export JSON ~/My Users.json"),
        PaletteCommand::Export {
            format: ExportFormat::Json,
            path: "~/My Users.json".into()
        }
    );
    // The format may also come from the file's ending.
    assert_eq!(
        ok("export out.json"),
        PaletteCommand::Export {
            format: ExportFormat::Json,
            path: "out.json".into()
        }
    );
    assert!(err("export csv").contains("export csv needs a file name"));
    assert!(err("export users.txt").contains("export csv <file> or export json <file>"));
}

#[test]
fn sort_takes_a_column_and_an_order() {
    assert_eq!(
        ok("sort email desc"),
        PaletteCommand::Sort {
            by: SortBy::Email,
            order: Some(SortOrder::Descending)
        }
    );
    assert_eq!(
        ok("sort first-name"),
        PaletteCommand::Sort {
            by: SortBy::FirstName,
            order: None
        }
    );
    // The list's column names, as `[ui] columns` and the header say them.
    for (column, by) in [
        ("name", Column::Name.sort()),
        ("registered", Some(SortBy::RegistrationDate)),
        ("space", Some(SortBy::UsedSpace)),
        ("inviter", Some(SortBy::CreatedBy)),
    ] {
        assert_eq!(
            Some(ok(&format!("sort {column} asc"))),
            by.map(|by| PaletteCommand::Sort {
                by,
                order: Some(SortOrder::Ascending)
            }),
            "{column}"
        );
    }
    assert!(err("sort shoe").starts_with("cannot sort by \"shoe\": use one of name, email,"));
    assert!(err("sort status").contains("cannot sort by \"status\""));
    assert!(err("sort email up").contains("neither asc nor desc"));
    assert!(err("sort email asc now").contains("not \"now\""));
}

#[test]
fn filter_reads_each_key_into_its_type() {
    let gid = Uuid::parse_str(ID).unwrap();
    assert_eq!(
        ok(&format!(
            "filter status=terminated type=guest,room-admin group=!{ID} area=people \
             payments=paid login=sso quota=custom inviter=me admins=yes"
        )),
        PaletteCommand::Filter(FilterCommand::Set(vec![
            FilterSetting::Status(StatusFilter::Terminated),
            FilterSetting::Types(vec![EmployeeType::Guest, EmployeeType::RoomAdmin]),
            FilterSetting::Group(GroupChoice::Filter(GroupFilter::NotMember(gid))),
            FilterSetting::Area(Area::People),
            FilterSetting::Payments(Payments::Paid),
            FilterSetting::LoginType(LoginType::Sso),
            FilterSetting::Quota(QuotaFilter::Custom),
            FilterSetting::Inviter(Inviter::Me),
            FilterSetting::AdministratorsOnly(true),
        ]))
    );
    assert_eq!(
        ok("filter group=none"),
        PaletteCommand::Filter(FilterCommand::Set(vec![FilterSetting::Group(
            GroupChoice::Filter(GroupFilter::WithoutGroup)
        )]))
    );
    assert_eq!(
        ok("filter group=!Sales_Team type=Room_Admin"),
        PaletteCommand::Filter(FilterCommand::Set(vec![
            FilterSetting::Group(GroupChoice::Named {
                name: "Sales_Team".into(),
                outside: true,
            }),
            FilterSetting::Types(vec![EmployeeType::RoomAdmin]),
        ]))
    );
    assert_eq!(
        ok("filter clear"),
        PaletteCommand::Filter(FilterCommand::Clear)
    );
}

#[test]
fn filter_explains_what_it_cannot_read() {
    assert!(err("filter guest").contains("\"guest\" is not key=value"));
    assert!(err("filter colour=red").starts_with("unknown filter \"colour\": use status, type"));
    assert!(err("filter type=wizard").contains("docspace-admin, room-admin, user or guest"));
    assert!(err("filter type=all").contains("not a user type"));
    assert!(err("filter login=kerberos").contains("use sso, ldap, standard"));
    assert!(err("filter group=!").contains("a group name or ID"));
    assert!(err("filter status=active status=pending").contains("status is given twice"));
    assert!(err("filter area=").contains("area has no value"));
}

#[test]
fn columns_wide_and_narrow_set_the_width_mode() {
    assert_eq!(
        ok("columns wide"),
        PaletteCommand::Columns(ColumnsCommand::Wide(true))
    );
    assert_eq!(
        ok("columns NARROW"),
        PaletteCommand::Columns(ColumnsCommand::Wide(false))
    );
}

#[test]
fn columns_take_a_list_or_changes() {
    assert_eq!(
        ok("columns name, Email,type"),
        PaletteCommand::Columns(ColumnsCommand::Set(vec![
            "name".into(),
            "email".into(),
            "type".into()
        ]))
    );
    assert_eq!(
        ok("columns +department -email"),
        PaletteCommand::Columns(ColumnsCommand::Change {
            show: vec!["department".into()],
            hide: vec!["email".into()]
        })
    );
    assert_eq!(
        ok("columns reset"),
        PaletteCommand::Columns(ColumnsCommand::Reset)
    );
    assert!(err("columns +department email").contains("not both"));
    assert!(err("columns na$me").contains("\"na$me\" is not a column name"));
}

#[test]
fn profile_takes_one_name_and_unknown_commands_are_named() {
    assert_eq!(ok("profile work"), PaletteCommand::Profile("work".into()));
    assert!(err("profile").contains("profile <name>"));
    assert!(err("frobnicate now").starts_with("\"frobnicate\" is not a command: use goto, export"));
}

#[test]
fn a_command_runs_only_once_its_name_is_followed_by_something() {
    assert_eq!(command_of("goto x").map(|c| c.name), Some("goto"));
    assert_eq!(command_of("Sort ").map(|c| c.name), Some("sort"));
    assert_eq!(
        command_of("sort"),
        None,
        "a bare word is a search of the list"
    );
    assert_eq!(command_of("terminate now"), None);
}
