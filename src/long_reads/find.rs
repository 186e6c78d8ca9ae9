//! The users a list names by ID or email, read one by one, a few at a time.

use futures::stream::{self, StreamExt};

use crate::api::{ApiError, PortalClient};
use crate::app::{FindAnswer, ReadProgress};
use crate::bulk::CONCURRENCY;
use crate::people::lookup::LookupTarget;

/// Reads each of `targets` (`GET /people/{id}` or `GET /people/email`), [`CONCURRENCY`]
/// at a time, calling `progress` after each; the answers are in the order asked. An
/// answer about another user than the one asked for is a failure, not a match. A refused
/// token ends it all (nothing more would be answered).
pub(crate) async fn find_users(
    client: &PortalClient,
    targets: &[LookupTarget],
    mut progress: impl FnMut(ReadProgress),
) -> Result<Vec<FindAnswer>, ApiError> {
    let total = Some(targets.len() as u64);
    let mut answers = Vec::with_capacity(targets.len());
    let mut replies = stream::iter(targets.iter().cloned())
        .map(|t| find_one(client, t))
        .buffered(CONCURRENCY);
    while let Some(reply) = replies.next().await {
        answers.push(match reply {
            Ok(id) => FindAnswer::Found(id),
            Err(ApiError::NotFound { .. }) => FindAnswer::Missing,
            Err(ApiError::Unauthorized) => return Err(ApiError::Unauthorized),
            Err(e) => FindAnswer::Failed(e.to_string()),
        });
        progress(ReadProgress {
            done: answers.len() as u64,
            total,
        });
    }
    Ok(answers)
}

async fn find_one(client: &PortalClient, target: LookupTarget) -> Result<uuid::Uuid, ApiError> {
    match target {
        LookupTarget::Id(id) => client.get_user(id).await.map(|u| u.id),
        LookupTarget::Email(e) => client.get_user_by_email(&e).await.map(|u| u.id),
    }
}
