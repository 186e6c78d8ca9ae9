use super::*;
use docspace_api::dto::UpdateMembersRequestDto;

#[test]
fn keys_match_in_any_case_and_bad_bodies_are_validation_errors() {
    let b: UpdateMembersRequestDto = json_body(
        br#"{"USERIDS":["00000000-0000-0000-0000-000000000001"]}"#,
        &["userIds", "resendAll"],
    )
    .expect("parsed");
    assert_eq!(b.user_ids.map(|v| v.len()), Some(1));
    let b: UpdateMembersRequestDto = json_body(
        br#"{"userIds":["00000000-0000-0000-0000-000000000001"],"resendAll":true}"#,
        &["userIds", "resendAll"],
    )
    .expect("parsed");
    assert_eq!((b.user_ids.map(|v| v.len()), b.resend_all), (Some(1), true));
    assert!(keys_as_declared(
        br#"{"userIds":[],"other":1}"#,
        &["userIds"]
    ));
    assert!(!keys_as_declared(br#"{"userids":[]}"#, &["userIds"]));
    assert!(!keys_as_declared(b"[1]", &["userIds"]));
    let bad = json_body::<UpdateMembersRequestDto>(br#"{"userIds":["nope"]}"#, &["userIds"]);
    assert!(bad.is_err_and(|e| e.is_validation()));
    assert!(json_body::<UpdateMembersRequestDto>(b"", &[]).is_err_and(|e| e.is_validation()));
    assert!(json_body::<UpdateMembersRequestDto>(b"{", &[]).is_err_and(|e| e.is_validation()));
}
