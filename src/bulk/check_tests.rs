use super::*;
use crate::api::{ClientOptions, EmployeeStatus, PortalClient};
use crate::bulk::{BulkAction, plan};

#[tokio::test]
async fn answers_are_matched_by_id_in_any_order() {
    let opts = ClientOptions::new("http://127.0.0.1:9", "sk-unused".to_string().into());
    let client = PortalClient::new(&opts).expect("client");
    let mut me = EmployeeFullDto::bare(Uuid::from_u128(1));
    me.is_owner = Some(true);
    let ids: Vec<Uuid> = (10..14).map(Uuid::from_u128).collect();
    let targets: Vec<_> = ids.iter().map(|id| EmployeeFullDto::bare(*id)).collect();
    let plan = plan(BulkAction::Terminate, &targets, &me);
    let controls = crate::bulk::Controls {
        stop: std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false)),
        log: &crate::bulk::NoLog,
    };
    let run = Run::new(&client, &plan, controls, |_| {});
    let answer = |order: &[usize], stuck: Option<usize>| -> Vec<EmployeeFullDto> {
        order
            .iter()
            .map(|&i| {
                let mut u = EmployeeFullDto::bare(ids[i]);
                u.status = Some(if Some(i) == stuck {
                    EmployeeStatus::Active
                } else {
                    EmployeeStatus::Terminated
                });
                u
            })
            .collect()
    };
    let op = Op::Status(EmployeeStatus::Terminated);
    for (order, stuck) in [(vec![0, 1, 2, 3], None), (vec![3, 1, 0, 2], Some(1))] {
        let mut out = HashMap::new();
        run.verify(&ids, &answer(&order, stuck), op, &mut out).await;
        for (i, id) in ids.iter().enumerate() {
            let want = if Some(i) == stuck {
                Res::Failed("the portal left the user active".into())
            } else {
                Res::Done
            };
            assert_eq!(out.get(id), Some(&want), "{order:?} user {i}");
        }
    }
}
