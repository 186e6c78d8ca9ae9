//! Reading users back, a few at a time.

use futures::stream::{self, StreamExt};
use uuid::Uuid;

use crate::api::{ApiError, EmployeeFullDto, PortalClient};

/// The most per-user requests in flight at once.
pub const CONCURRENCY: usize = 4;

/// `GET /api/2.0/people/{id}` for each id, at most [`CONCURRENCY`] at a time; results in
/// the order of `ids`.
pub async fn read_users(
    client: &PortalClient,
    ids: &[Uuid],
) -> Vec<(Uuid, Result<EmployeeFullDto, ApiError>)> {
    stream::iter(ids.iter().copied())
        .map(|id| async move { (id, client.get_user(id).await) })
        .buffered(CONCURRENCY)
        .collect()
        .await
}
