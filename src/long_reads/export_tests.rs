use uuid::Uuid;

use super::*;
use crate::api::{EmployeeFullDto, EmployeeStatus};

fn user(n: u128) -> EmployeeFullDto {
    let mut u = EmployeeFullDto::bare(Uuid::from_u128(n));
    u.first_name = Some(format!("Ann {n}"));
    u.last_name = Some("Lee, \"the\" second".into());
    u.email = Some(format!("ann{n}@example.org"));
    u.status = Some(EmployeeStatus::Active);
    u
}

fn written(format: ExportFormat, users: &[EmployeeFullDto]) -> String {
    let mut rows = Rows::new(format);
    let mut out = rows.start();
    for u in users {
        out.push_str(&rows.row(&UserRecord::of(u)));
    }
    out.push_str(&rows.end());
    out
}

#[test]
fn the_rows_are_those_of_users_list() {
    use crate::commands::output::{Format, users};
    for list in [vec![], vec![user(1)], vec![user(1), user(2), user(3)]] {
        assert_eq!(
            written(ExportFormat::Json, &list),
            users(&list, Format::Json, false),
            "json of {} users",
            list.len()
        );
        assert_eq!(
            written(ExportFormat::Csv, &list),
            users(&list, Format::Csv, false),
            "csv of {} users",
            list.len()
        );
    }
}

#[test]
fn a_part_file_is_removed_unless_it_becomes_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out.csv");
    let mut part = PartFile::create(&target).unwrap();
    part.write(b"id\n").unwrap();
    let part_path = dir.path().join("out.csv.part");
    assert!(part_path.exists());
    drop(part);
    assert!(!part_path.exists(), "an unfinished export leaves nothing");
    assert!(!target.exists());

    let mut part = PartFile::create(&target).unwrap();
    part.write(b"id\n").unwrap();
    part.finish(&target).unwrap();
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "id\n");
    assert!(!part_path.exists());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&target).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "private to its owner: {mode:o}");
    }
}

#[test]
fn a_tilde_is_the_home_directory() {
    let home = directories::BaseDirs::new()
        .unwrap()
        .home_dir()
        .to_path_buf();
    assert_eq!(expand_home("~/x/users.csv"), home.join("x/users.csv"));
    assert_eq!(expand_home("users.csv"), PathBuf::from("users.csv"));
    assert_eq!(expand_home("/tmp/~/a.csv"), PathBuf::from("/tmp/~/a.csv"));
}
