//! Reading users back, a few at a time, with retries for answers that say nothing.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use futures::stream::{self, StreamExt};
use uuid::Uuid;

use crate::api::{ApiError, EmployeeFullDto, PortalClient};

/// The most per-user requests in flight at once.
pub const CONCURRENCY: usize = 4;

/// How often a user whose read failed ambiguously is read again, and the pause before
/// each round.
const RETRY_PAUSES_MS: [u64; 3] = [200, 600, 1500];

/// Why a user could not be read back.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    #[error("{0}")]
    Api(ApiError),
    #[error("not read: the run was stopped")]
    Stopped,
}

/// Whether reading again may give another answer.
fn worth_retrying(e: &ApiError) -> bool {
    e.outcome_unknown()
        || matches!(
            e,
            ApiError::Connect { .. } | ApiError::RateLimited { .. } | ApiError::Timeout { .. }
        )
}

/// Reads `ids` back to learn what the portal holds after a write. Reads that fail in a
/// way that may pass (5xx, timeouts, broken connections, 429) are tried again, up to
/// three more rounds. Once `stop` is set no further request is sent; the users not read
/// say so. Returns the results and the number of requests sent; results in `ids` order.
pub(super) async fn read_back(
    client: &PortalClient,
    ids: &[Uuid],
    stop: &AtomicBool,
) -> (Vec<(Uuid, Result<EmployeeFullDto, ReadError>)>, usize) {
    let mut sent = 0;
    let mut results: Vec<(Uuid, Result<EmployeeFullDto, ReadError>)> =
        read_round(client, ids, stop, &mut sent).await;
    for pause in RETRY_PAUSES_MS {
        let again: Vec<Uuid> = results
            .iter()
            .filter(|(_, r)| matches!(r, Err(ReadError::Api(e)) if worth_retrying(e)))
            .map(|(id, _)| *id)
            .collect();
        if again.is_empty() || stop.load(Ordering::Relaxed) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(pause)).await;
        let fresh: HashMap<Uuid, Result<EmployeeFullDto, ReadError>> =
            read_round(client, &again, stop, &mut sent)
                .await
                .into_iter()
                .collect();
        for (id, r) in results.iter_mut() {
            if let Some(f) = fresh.get(id) {
                *r = f.clone();
            }
        }
    }
    (results, sent)
}

async fn read_round(
    client: &PortalClient,
    ids: &[Uuid],
    stop: &AtomicBool,
    sent: &mut usize,
) -> Vec<(Uuid, Result<EmployeeFullDto, ReadError>)> {
    let results: Vec<(Uuid, Result<EmployeeFullDto, ReadError>, bool)> =
        stream::iter(ids.iter().copied())
            .map(|id| async move {
                if stop.load(Ordering::Relaxed) {
                    return (id, Err(ReadError::Stopped), false);
                }
                (id, client.get_user(id).await.map_err(ReadError::Api), true)
            })
            .buffered(CONCURRENCY)
            .collect()
            .await;
    *sent += results.iter().filter(|(_, _, asked)| *asked).count();
    results.into_iter().map(|(id, r, _)| (id, r)).collect()
}
