use super::*;

#[test]
fn each_kind_has_its_own_routes() {
    let u = Uuid::from_u128(7);
    let progress: Vec<String> = JobKind::ALL.iter().map(|k| k.progress_path(u)).collect();
    assert_eq!(
        progress,
        [
            format!("api/2.0/people/reassign/progress/{u}"),
            format!("api/2.0/people/remove/progress/{u}"),
            format!("api/2.0/people/type/progress/{u}"),
        ]
    );
    assert_eq!(
        JobKind::TypeChange.terminate_path(),
        "api/2.0/people/type/terminate"
    );
    assert!(!JobKind::Remove.terminate_answers());
    assert!(JobKind::Reassign.terminate_answers());
}
