//! Users and pages for unit tests, built in one place: `fixtures::user(7)` is an active
//! user (type User) named "First7 Last" with the email `u7@example.org`; the builder
//! methods change what a test cares about.

use uuid::Uuid;

use crate::api::{EmployeeFullDto, EmployeeStatus};

/// A user under construction; see [`user`].
#[derive(Debug, Clone)]
pub(crate) struct UserFixture(EmployeeFullDto);

/// An active user of type User with id `n`, named "First{n} Last", email `u{n}@example.org`.
pub(crate) fn user(n: u128) -> UserFixture {
    let mut u = EmployeeFullDto::bare(Uuid::from_u128(n));
    u.first_name = Some(format!("First{n}"));
    u.last_name = Some("Last".into());
    u.email = Some(format!("u{n}@example.org"));
    u.status = Some(EmployeeStatus::Active);
    u.is_collaborator = Some(true);
    UserFixture(u)
}

/// A user with nothing but an id.
pub(crate) fn bare(n: u128) -> UserFixture {
    UserFixture(EmployeeFullDto::bare(Uuid::from_u128(n)))
}

impl UserFixture {
    /// First and last name.
    pub(crate) fn named(mut self, first: &str, last: &str) -> Self {
        self.0.first_name = Some(first.into());
        self.0.last_name = Some(last.into());
        self
    }

    /// Only a first name: no last name, no email.
    pub(crate) fn first_name_only(mut self, first: &str) -> Self {
        self.0.first_name = Some(first.into());
        self.0.last_name = None;
        self.0.email = None;
        self
    }

    /// Sets the display name the way the portal writes it (HTML-encoded "First Last").
    pub(crate) fn displayed(mut self) -> Self {
        let name = format!(
            "{} {}",
            self.0.first_name.as_deref().unwrap_or_default(),
            self.0.last_name.as_deref().unwrap_or_default()
        );
        self.0.display_name = Some(crate::sanitize::html_encode(&name).into_owned());
        self
    }

    pub(crate) fn email(mut self, email: &str) -> Self {
        self.0.email = Some(email.into());
        self
    }

    pub(crate) fn without_email(mut self) -> Self {
        self.0.email = None;
        self
    }

    pub(crate) fn status(mut self, status: EmployeeStatus) -> Self {
        self.0.status = Some(status);
        self
    }

    /// The portal owner (a DocSpace admin, not a User).
    pub(crate) fn owner(mut self) -> Self {
        self.0.is_owner = Some(true);
        self.0.is_collaborator = None;
        self
    }

    /// A DocSpace admin.
    pub(crate) fn admin(mut self) -> Self {
        self.0.is_admin = Some(true);
        self.0.is_collaborator = None;
        self
    }

    /// Changes anything else.
    pub(crate) fn with(mut self, change: impl FnOnce(&mut EmployeeFullDto)) -> Self {
        change(&mut self.0);
        self
    }
}

impl From<UserFixture> for EmployeeFullDto {
    fn from(f: UserFixture) -> Self {
        f.0
    }
}
