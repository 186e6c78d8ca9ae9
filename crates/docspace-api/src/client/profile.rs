//! Profile edits: the profile itself, another user's email, password-change links.

use reqwest::Method;
use uuid::Uuid;

use super::{PortalClient, Repeat};
use crate::admin::{EmailChangeRequestDto, EmailMemberRequestDto, UpdateMemberRequestDto};
use crate::dto::{EmployeeFullDto, Envelope};
use crate::error::ApiError;

fn message(env: Envelope<String>) -> Result<String, ApiError> {
    env.response
        .ok_or_else(|| ApiError::Malformed("the answer has no `response`".into()))
}

impl PortalClient {
    /// `PUT /api/2.0/people/{id}`: on the caller's own profile the names, location,
    /// comment, contacts and (for admins) groups change; on anyone else's the portal
    /// applies only `disable` and `isUser` and ignores the rest. The answer is the
    /// profile as it now is. The same request leaves the same profile, so it is sent
    /// again after a failure that may have reached the portal. An answer about another
    /// user is refused with [`ApiError::WrongUser`].
    pub async fn update_user(
        &self,
        id: Uuid,
        changes: &UpdateMemberRequestDto,
    ) -> Result<EmployeeFullDto, ApiError> {
        let env: Envelope<EmployeeFullDto> = self
            .call_as(
                Method::PUT,
                &format!("api/2.0/people/{id}"),
                &[],
                Some(changes),
                Repeat::Safe,
            )
            .await?;
        let user = env
            .response
            .ok_or_else(|| ApiError::Malformed("the answer has no `response`".into()))?;
        if user.id != id {
            return Err(ApiError::WrongUser {
                asked: id.to_string(),
                answered: user.id,
            });
        }
        Ok(user)
    }

    /// `POST /api/2.0/people/email`: a DocSpace admin's change of `user`'s address takes
    /// effect at once (the new address is asked to confirm); a user asking for their own
    /// gets instructions mailed to the new address. The answer is the portal's message.
    /// Limited to five a user in 15 minutes; never sent again after an ambiguous failure.
    pub async fn change_email(&self, user: Uuid, email: &str) -> Result<String, ApiError> {
        let body = EmailChangeRequestDto {
            user_id: Some(user.to_string()),
            email: Some(email.trim().to_string()),
        };
        let env = self
            .call(Method::POST, "api/2.0/people/email", &[], Some(&body))
            .await?;
        message(env)
    }

    /// `POST /api/2.0/people/password`: mails the user at `email` a link to set a new
    /// password (an admin may ask for anyone but the owner and, unless the owner, other
    /// admins). The answer is the portal's message; a portal that could not send says
    /// why ([`ApiError::Forbidden`]). Limited to five a user in 15 minutes.
    pub async fn send_password_link(&self, email: &str) -> Result<String, ApiError> {
        let body = EmailMemberRequestDto {
            email: Some(email.trim().to_string()),
        };
        let env = self
            .call(Method::POST, "api/2.0/people/password", &[], Some(&body))
            .await?;
        message(env)
    }
}
