//! Two-factor login with an authenticator app (`web/ASC.Web.Api/Api/
//! AuthenticationController.cs` lines 114-201 and 257-280): a user with the app set up
//! gets no token for a right password, only `{tfa: true, confirmUrl}`; the login ends with
//! `POST /api/2.0/authentication/{code}`. The demo's code is [`DEMO_TFA_CODE`].

use uuid::Uuid;

use super::{Refusal, Store};

/// The code every demo authenticator shows.
pub const DEMO_TFA_CODE: &str = "123456";

impl Store {
    /// Turns the authenticator-app second factor on or off for user `id`.
    pub fn set_tfa(&mut self, id: Uuid, on: bool) {
        if on {
            self.admin.tfa.insert(id);
        } else {
            self.admin.tfa.remove(&id);
        }
    }

    pub fn tfa_enabled(&self, id: Uuid) -> bool {
        self.admin.tfa.contains(&id)
    }

    /// Checks the code of a second-factor login for user `id`. No second factor for the
    /// user, or a wrong code, is 401 `User authentication failed` (the server wraps every
    /// failure in an `AuthenticationException`, line 195).
    pub fn check_tfa_code(&self, id: Uuid, code: &str) -> Result<(), Refusal> {
        if self.tfa_enabled(id) && code.trim() == DEMO_TFA_CODE {
            Ok(())
        } else {
            Err(Refusal::LoginFailed)
        }
    }
}

#[cfg(test)]
#[path = "tfa_tests.rs"]
mod tests;
