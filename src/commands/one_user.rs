//! Reading the one user an option names (`--reassign-to USER`, `--move-rooms-to USER`,
//! a group's member): by ID or email.

use super::exit::{CmdError, Exit};
use super::ids::UserRef;
use crate::api::{ApiError, EmployeeFullDto, PortalClient};
use crate::redact::shown;

/// The user `given` names; a usage error when it is neither an ID nor an email, exit 4
/// when there is no such user.
pub(crate) async fn read(
    client: &PortalClient,
    option: &str,
    given: &str,
) -> Result<EmployeeFullDto, CmdError> {
    let r = UserRef::parse(given).ok_or_else(|| {
        CmdError::usage(format!(
            "{option} \"{}\" is neither a user ID nor an email address",
            shown(given, 60)
        ))
    })?;
    let got = match &r {
        UserRef::Id(id) => client.get_user(*id).await,
        UserRef::Email(e) => client.get_user_by_email(e).await,
    };
    got.map_err(|e| match e {
        ApiError::NotFound { .. } => CmdError::new(
            Exit::NotFound,
            format!("{option}: no user {} on the portal", shown(given, 60)),
        ),
        e => CmdError::from(e),
    })
}
