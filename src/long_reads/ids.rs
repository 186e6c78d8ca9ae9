//! Every id a query matches, all pages, each page trimmed to the ids (`fields=id`).

use crate::api::{ApiError, Pager, PortalClient, UserQuery};
use crate::app::{IdList, ReadProgress};

/// Reads the id of every user `query` matches, from its start index, calling `progress`
/// after each page.
pub(crate) async fn list_ids(
    client: &PortalClient,
    query: &UserQuery,
    mut progress: impl FnMut(ReadProgress),
) -> Result<IdList, ApiError> {
    let mut query = query.clone();
    query.fields = vec!["id"];
    let mut pager = Pager::new(query.start_index, query.count, None);
    let mut ids = Vec::new();
    while let Some(start) = pager.next_start() {
        let page = client.list_users(&query.at(start)).await?;
        ids.extend(pager.take(page).into_iter().map(|u| u.id));
        progress(ReadProgress {
            done: ids.len() as u64,
            total: pager.total(),
        });
    }
    Ok(IdList {
        ids,
        total: pager.total(),
        incomplete: pager.incomplete(),
    })
}
