//! Offboarding: whether a user's data must be handed over, handing it over, removing it,
//! following and stopping those jobs, and the rooms a user owns.

use reqwest::Method;
use uuid::Uuid;

use super::{PortalClient, Repeat};
use crate::admin::{
    JobKind, RoomDto, RoomListDto, StartReassignRequestDto, TaskProgressDto, UserIdRequestDto,
};
use crate::dto::{EmployeeType, Envelope};
use crate::error::ApiError;
use crate::query::MAX_PAGE;

/// The most pages of rooms read before a portal is taken to be looping.
const MAX_ROOM_PAGES: i64 = 1_000;

/// Which rooms a list covers (`searchArea`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RoomArea {
    #[default]
    Active,
    Archive,
    Any,
}

impl RoomArea {
    fn code(self) -> &'static str {
        match self {
            Self::Active => "0",
            Self::Archive => "1",
            Self::Any => "2",
        }
    }
}

/// The progress in an answer that may have none (nothing queued).
fn progress(env: Envelope<TaskProgressDto>) -> Option<TaskProgressDto> {
    env.response
}

fn started(env: Envelope<TaskProgressDto>) -> Result<TaskProgressDto, ApiError> {
    env.response
        .ok_or_else(|| ApiError::Malformed("the job's start has no `response`".into()))
}

impl PortalClient {
    /// `GET /api/2.0/people/reassign/necessary`: whether `user` owns rooms (or, asked
    /// about a change to `Guest`, shared files) that must be handed over before a
    /// delete or a change to `kind`.
    pub async fn reassign_necessary(
        &self,
        user: Uuid,
        kind: EmployeeType,
    ) -> Result<bool, ApiError> {
        let query = [
            ("UserId", user.to_string()),
            ("Type", kind.name().to_string()),
        ];
        let env: Envelope<bool> = self
            .call(
                Method::GET,
                "api/2.0/people/reassign/necessary",
                &query,
                None::<&()>,
            )
            .await?;
        env.response
            .ok_or_else(|| ApiError::Malformed("the answer has no `response`".into()))
    }

    /// `POST /api/2.0/people/reassign/start`: hands the rooms and files of the terminated
    /// user `from` to `to` (an active admin or room admin), then deletes `from` when
    /// `delete_profile`. Not sent again after an ambiguous failure (a finished job would
    /// start anew): read [`job_progress`](Self::job_progress) to learn whether it began.
    pub async fn start_reassign(
        &self,
        from: Uuid,
        to: Uuid,
        delete_profile: bool,
    ) -> Result<TaskProgressDto, ApiError> {
        let body = StartReassignRequestDto {
            from_user_id: from,
            to_user_id: to,
            delete_profile,
        };
        let env = self
            .call(
                Method::POST,
                "api/2.0/people/reassign/start",
                &[],
                Some(&body),
            )
            .await?;
        started(env)
    }

    /// `POST /api/2.0/people/remove/start`: deletes the data of the terminated `user`
    /// (shared files and rooms go to the caller), then the user. Not sent again after an
    /// ambiguous failure.
    pub async fn start_remove(&self, user: Uuid) -> Result<TaskProgressDto, ApiError> {
        let body = UserIdRequestDto { user_id: user };
        let env = self
            .call(
                Method::POST,
                "api/2.0/people/remove/start",
                &[],
                Some(&body),
            )
            .await?;
        started(env)
    }

    /// The progress of the `kind` job about `user`; `None` when none is queued.
    pub async fn job_progress(
        &self,
        kind: JobKind,
        user: Uuid,
    ) -> Result<Option<TaskProgressDto>, ApiError> {
        let env = self
            .call(Method::GET, &kind.progress_path(user), &[], None::<&()>)
            .await?;
        Ok(progress(env))
    }

    /// Stops the `kind` job about `user`. The answer is the job as it stopped
    /// (`Canceled`), or `None` when none was queued or the route answers with nothing (the
    /// removal's). What the job did before it stopped stays done. Safe to send again.
    pub async fn terminate_job(
        &self,
        kind: JobKind,
        user: Uuid,
    ) -> Result<Option<TaskProgressDto>, ApiError> {
        let body = UserIdRequestDto { user_id: user };
        let env = self
            .call_as(
                Method::PUT,
                kind.terminate_path(),
                &[],
                Some(&body),
                Repeat::Safe,
            )
            .await?;
        Ok(progress(env))
    }

    /// `GET /api/2.0/files/rooms?subjectOwnerId=`, every page: the rooms `owner` owns in
    /// `area`, with their files and sizes, as the caller may see them.
    pub async fn owned_rooms(&self, owner: Uuid, area: RoomArea) -> Result<Vec<RoomDto>, ApiError> {
        let mut rooms: Vec<RoomDto> = Vec::new();
        for page in 0..MAX_ROOM_PAGES {
            let query = [
                ("subjectOwnerId", owner.to_string()),
                ("searchArea", area.code().to_string()),
                ("count", MAX_PAGE.to_string()),
                ("startIndex", (page * i64::from(MAX_PAGE)).to_string()),
            ];
            let env: Envelope<RoomListDto> = self
                .call(Method::GET, "api/2.0/files/rooms", &query, None::<&()>)
                .await?;
            let list = env
                .response
                .ok_or_else(|| ApiError::Malformed("the room list has no `response`".into()))?;
            let full = list.folders.len() >= MAX_PAGE as usize;
            for r in list.folders {
                if !rooms.iter().any(|known| known.id == r.id) {
                    rooms.push(r);
                }
            }
            let total = usize::try_from(list.total).unwrap_or(0);
            if !full || rooms.len() >= total {
                return Ok(rooms);
            }
        }
        Err(ApiError::Malformed(format!(
            "the room list did not end after {MAX_ROOM_PAGES} pages"
        )))
    }
}
