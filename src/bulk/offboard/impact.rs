//! What deleting a user takes away: whether their data must be handed over
//! (`GET /people/reassign/necessary`), the rooms they own with their sizes
//! (`GET /files/rooms?subjectOwnerId=`) and the space their own files take (the
//! profile's `usedSpace`). Read a few users at a time, for at most [`MAX_IMPACT_READS`]
//! users.

use futures::StreamExt;
use uuid::Uuid;

use super::super::Target;
use crate::api::RoomArea;
use crate::api::{EmployeeType, PortalClient};
use crate::people::size;

/// Users whose impact is read at most (the rest are counted, not read).
pub const MAX_IMPACT_READS: usize = 50;

/// Users read at once.
pub const IMPACT_CONCURRENCY: usize = 4;

/// What one user owns. Sizes are bytes.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Impact {
    pub id: Uuid,
    /// Raw name (sanitise before showing).
    pub name: String,
    /// The portal says data must be handed over before a delete.
    pub necessary: bool,
    pub rooms: usize,
    /// The rooms' titles, as the portal sent them (raw: sanitise before showing).
    pub room_titles: Vec<String>,
    pub rooms_bytes: u64,
    /// The space the user's own files take (`usedSpace`).
    pub personal_bytes: u64,
}

/// The impact of one user, or why it could not be read (raw words, sanitise to show).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImpactRead {
    pub id: Uuid,
    pub name: String,
    pub result: Result<Impact, String>,
}

impl Impact {
    /// The sum of several users' impact (the name and id of the first).
    pub fn sum<'a>(all: impl IntoIterator<Item = &'a Impact>) -> Impact {
        all.into_iter().fold(Impact::default(), |acc, i| Impact {
            id: if acc.name.is_empty() { i.id } else { acc.id },
            name: if acc.name.is_empty() {
                i.name.clone()
            } else {
                acc.name
            },
            necessary: acc.necessary || i.necessary,
            rooms: acc.rooms + i.rooms,
            room_titles: [acc.room_titles, i.room_titles.clone()].concat(),
            rooms_bytes: acc.rooms_bytes.saturating_add(i.rooms_bytes),
            personal_bytes: acc.personal_bytes.saturating_add(i.personal_bytes),
        })
    }

    /// The rooms' sizes summed from the rooms list.
    pub fn from_parts(
        target: &Target,
        necessary: bool,
        rooms: &[crate::api::admin::RoomDto],
        used_space: Option<f64>,
    ) -> Impact {
        Impact {
            id: target.id,
            name: target.name.clone(),
            necessary,
            rooms: rooms.len(),
            room_titles: rooms
                .iter()
                .map(|r| r.title.clone().unwrap_or_else(|| format!("room {}", r.id)))
                .collect(),
            rooms_bytes: rooms
                .iter()
                .map(|r| r.used_space.map_or(0, |b| u64::try_from(b).unwrap_or(0)))
                .fold(0u64, u64::saturating_add),
            personal_bytes: size::from_portal(used_space),
        }
    }
}

/// Reads what one user owns (three reads).
async fn read_one(client: &PortalClient, target: &Target) -> ImpactRead {
    let result = async {
        let necessary = client
            .reassign_necessary(target.id, EmployeeType::User)
            .await?;
        let rooms = client.owned_rooms(target.id, RoomArea::Any).await?;
        let user = client.get_user(target.id).await?;
        Ok::<_, crate::api::ApiError>(Impact::from_parts(
            target,
            necessary,
            &rooms,
            user.used_space,
        ))
    }
    .await
    .map_err(|e| e.to_string());
    ImpactRead {
        id: target.id,
        name: target.name.clone(),
        result,
    }
}

/// Reads the impact of the first [`MAX_IMPACT_READS`] `targets` (what a confirmation
/// shows), [`IMPACT_CONCURRENCY`] at a time, in the targets' order.
pub async fn read_impact(client: &PortalClient, targets: &[Target]) -> Vec<ImpactRead> {
    read_first(client, targets, MAX_IMPACT_READS).await
}

/// Reads the impact of every one of `targets` (a command's plan names them all),
/// [`IMPACT_CONCURRENCY`] at a time, in the targets' order.
pub async fn read_impact_all(client: &PortalClient, targets: &[Target]) -> Vec<ImpactRead> {
    read_first(client, targets, targets.len()).await
}

async fn read_first(client: &PortalClient, targets: &[Target], n: usize) -> Vec<ImpactRead> {
    let owned: Vec<Target> = targets.iter().take(n).cloned().collect();
    futures::stream::iter(owned)
        .map(|t| {
            let client = client.clone();
            async move { read_one(&client, &t).await }
        })
        .buffered(IMPACT_CONCURRENCY)
        .collect()
        .await
}

#[cfg(test)]
#[path = "impact_tests.rs"]
mod tests;
