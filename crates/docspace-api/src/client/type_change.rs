//! The downgrade that hands the user's rooms over first: `POST /api/2.0/people/type`.
//! (Upgrades are [`set_type`](PortalClient::set_type).)

use reqwest::Method;
use uuid::Uuid;

use super::PortalClient;
use crate::admin::{StartUpdateUserTypeDto, TaskProgressDto};
use crate::dto::{EmployeeType, Envelope};
use crate::error::ApiError;

impl PortalClient {
    /// Starts changing `user` to `kind` (`User` or `Guest`; the portal refuses others with
    /// 400), handing their rooms to `reassign_to` (the caller when `None`, who must be an
    /// admin or room admin). Follow it with
    /// [`job_progress`](Self::job_progress)`(JobKind::TypeChange, user)`. Not sent again
    /// after an ambiguous failure.
    pub async fn start_type_change(
        &self,
        user: Uuid,
        kind: EmployeeType,
        reassign_to: Option<Uuid>,
    ) -> Result<TaskProgressDto, ApiError> {
        let body = StartUpdateUserTypeDto {
            kind: Some(kind),
            user_id: user,
            reassign_user_id: reassign_to,
        };
        let env: Envelope<TaskProgressDto> = self
            .call(Method::POST, "api/2.0/people/type", &[], Some(&body))
            .await?;
        env.response
            .ok_or_else(|| ApiError::Malformed("the job's start has no `response`".into()))
    }
}
