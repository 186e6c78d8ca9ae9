use super::*;

#[test]
fn a_room_list_reads_the_folder_content_shape_and_ignores_the_rest() {
    let list: RoomListDto = serde_json::from_value(serde_json::json!({
        "files": [],
        "folders": [{
            "id": 1201, "title": "Contracts", "roomType": 5, "filesCount": 12,
            "foldersCount": 2, "usedSpace": 5242880, "rootFolderType": 14,
            "security": {"Read": true}, "logo": {"color": "FF6680"}
        }],
        "pathParts": [{"id": 1, "title": "Rooms"}],
        "startIndex": 0, "count": 1, "total": 1, "new": 0
    }))
    .expect("rooms");
    assert_eq!(list.total, 1);
    assert_eq!(list.folders[0].title.as_deref(), Some("Contracts"));
    assert_eq!(list.folders[0].used_space, Some(5_242_880));
}

#[test]
fn exists_omits_the_status_of_an_unknown_address() {
    let no = UserExistsDto {
        exists: false,
        status: None,
    };
    assert_eq!(
        serde_json::to_value(no).expect("json"),
        serde_json::json!({"exists": false})
    );
}
