//! [`NewUser`]: a user to insert directly into a demo portal (fixtures).

use uuid::Uuid;

use docspace_api::dto::{ActivationStatus, EmployeeStatus, EmployeeType};
use docspace_api::filters::LoginType;

/// A user to insert directly, bypassing the API's rules (for fixtures: any text, any
/// status). Build with [`NewUser::new`] and the setters.
#[derive(Debug, Clone, PartialEq)]
pub struct NewUser {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    /// `DocSpaceAdmin` makes an admin (never a second owner); `All` a room admin.
    pub kind: EmployeeType,
    pub status: EmployeeStatus,
    pub activation: ActivationStatus,
    /// Joined through an invitation (re-activating a nameless one makes it Pending).
    pub invited: bool,
    /// The creator; `None` = the owner.
    pub created_by: Option<Uuid>,
    /// Departments (by id) to put the user in; unknown ids are skipped.
    pub groups: Vec<Uuid>,
    /// How the user signs in: an LDAP account gets an LDAP SID, an SSO one an SSO name id.
    pub login_type: LoginType,
    /// A storage quota of the user's own, in bytes (`-1` = no limit); `None` = default.
    pub quota: Option<i64>,
    /// Bytes the user stores.
    pub used_space: f64,
}

impl NewUser {
    /// An active, activated user.
    pub fn new(first: &str, last: &str, email: &str, kind: EmployeeType) -> Self {
        Self {
            first_name: first.to_string(),
            last_name: last.to_string(),
            email: email.to_string(),
            kind,
            status: EmployeeStatus::Active,
            activation: ActivationStatus::Activated,
            invited: false,
            created_by: None,
            groups: Vec::new(),
            login_type: LoginType::Standard,
            quota: None,
            used_space: 0.0,
        }
    }

    pub fn status(mut self, status: EmployeeStatus) -> Self {
        self.status = status;
        self
    }

    pub fn terminated(self) -> Self {
        self.status(EmployeeStatus::Terminated)
    }

    /// A pending invitation: status 4, activation 2, no names.
    pub fn invitation(email: &str, kind: EmployeeType) -> Self {
        Self {
            status: EmployeeStatus::Pending,
            activation: ActivationStatus::Pending,
            invited: true,
            ..Self::new("", "", email, kind)
        }
    }

    pub fn created_by(mut self, creator: Uuid) -> Self {
        self.created_by = Some(creator);
        self
    }

    /// Also a member of department `group`.
    pub fn in_group(mut self, group: Uuid) -> Self {
        self.groups.push(group);
        self
    }

    pub fn login_type(mut self, login_type: LoginType) -> Self {
        self.login_type = login_type;
        self
    }

    /// A quota of the user's own (`-1` = no limit).
    pub fn custom_quota(mut self, bytes: i64) -> Self {
        self.quota = Some(bytes);
        self
    }

    pub fn used_space(mut self, bytes: f64) -> Self {
        self.used_space = bytes;
        self
    }
}
