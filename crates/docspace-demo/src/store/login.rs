//! `POST /api/2.0/authentication`: the demo's password check.

use super::{Refusal, Store};
use docspace_api::dto::EmployeeStatus;

/// The demo portal's password: every active user (for example the owner,
/// `owner@demo.docspace.local`) can log in with it. A user created with a password may
/// also use that one.
pub const DEMO_PASSWORD: &str = "demo-password";

impl Store {
    /// Checks a login (email or user name, any case) and returns the user's slot.
    /// Wrong or missing credentials: 401 `User authentication failed`; a user who is not
    /// active: 403 `User disabled`.
    pub fn login(&self, user_name: Option<&str>, password: Option<&str>) -> Result<usize, Refusal> {
        let name = user_name.map(str::trim).filter(|n| !n.is_empty());
        let password = password.filter(|p| !p.is_empty());
        let (Some(name), Some(password)) = (name, password) else {
            return Err(Refusal::LoginFailed);
        };
        let idx = self
            .index_of_email(name)
            .or_else(|| self.resolve(name).filter(|_| !name.contains('@')))
            .ok_or(Refusal::LoginFailed)?;
        let u = self.user(idx).ok_or(Refusal::LoginFailed)?;
        let ok = password == DEMO_PASSWORD || u.password.as_deref() == Some(password);
        if !ok || u.status == EmployeeStatus::Pending {
            return Err(Refusal::LoginFailed);
        }
        if u.status != EmployeeStatus::Active {
            return Err(Refusal::UserDisabled);
        }
        Ok(idx)
    }
}

#[cfg(test)]
#[path = "login_tests.rs"]
mod tests;
