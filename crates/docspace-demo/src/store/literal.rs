//! People routes whose last segment is a literal, not a user name: `GET /people/search`,
//! `GET /people/exists`, `GET|PUT /people/theme`, `DELETE /people/guests`
//! (`products/ASC.People/Server/Api/UserController.cs` lines 812-846, 1018-1036,
//! 1238-1274, 1552-1578; `common/ASC.Core.Common/Context/Impl/UserManager.cs` lines
//! 269-305 and 979-999).

use uuid::Uuid;

use super::{Refusal, Store, Viewer};
use crate::model::Role;
use docspace_api::dto::EmployeeStatus;

/// `DarkThemeSettingsType` names.
pub const THEMES: [&str; 3] = ["Base", "Dark", "System"];

impl Store {
    /// `GET /people/search?query=`: DocSpace admins only (403); active users having every
    /// space-separated word of two letters or more in their last name, first name,
    /// location or email (any case). An empty query finds nobody.
    pub fn search_users(&self, viewer: &Viewer, query: &str) -> Result<Vec<usize>, Refusal> {
        if !viewer.is_admin() {
            return Err(Refusal::AccessDenied);
        }
        let words: Vec<String> = query
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        if words.is_empty() {
            return Ok(Vec::new());
        }
        Ok(self
            .live()
            .filter(|(_, u)| u.status == EmployeeStatus::Active)
            .filter(|(_, u)| {
                let fields =
                    [&u.last_name, &u.first_name, &u.location, &u.email].map(|f| f.to_lowercase());
                words.iter().all(|w| {
                    w.chars().count() >= 2 && fields.iter().any(|f| f.contains(w.as_str()))
                })
            })
            .map(|(i, _)| i)
            .collect())
    }

    /// `GET /people/exists?email=`: whether the address is registered, and the user's
    /// status when it is. A blank address is 400.
    pub fn user_exists(&self, email: Option<&str>) -> Result<Option<EmployeeStatus>, Refusal> {
        let email = email.ok_or(Refusal::NullArgument("email"))?;
        if email.trim().is_empty() {
            return Err(Refusal::Argument(
                "The value cannot be an empty string or composed entirely of whitespace. (Parameter 'email')".into(),
            ));
        }
        Ok(self
            .index_of_email(email)
            .and_then(|i| self.user(i))
            .map(|u| u.status))
    }

    /// The caller's theme (`System` until set).
    pub fn theme_of(&self, user: Uuid) -> &'static str {
        self.admin.themes.get(&user).copied().unwrap_or("System")
    }

    /// `PUT /people/theme`: a theme name, any case; another is a validation 400.
    pub fn set_theme(&mut self, user: Uuid, theme: &str) -> Result<&'static str, Refusal> {
        let t = THEMES
            .into_iter()
            .find(|t| t.eq_ignore_ascii_case(theme.trim()))
            .ok_or_else(|| {
                Refusal::validation(
                    "theme",
                    format!("The JSON value could not be converted: {theme}"),
                )
            })?;
        self.admin.themes.insert(user, t);
        Ok(t)
    }

    /// `DELETE /people/guests`, `{userIds}`: takes guests off the caller's list. Only
    /// admins and room admins (403); every user must be an existing, not terminated
    /// guest related to the caller (invited by them), else the whole call is 403.
    /// The demo keeps the guest and records that the relation is gone.
    pub fn drop_guests(&mut self, viewer: &Viewer, ids: Option<&[Uuid]>) -> Result<(), Refusal> {
        let ids = ids.ok_or(Refusal::NullArgument("inDto?.UserIds"))?;
        if !viewer.role.is_paid() {
            return Err(Refusal::AccessDenied);
        }
        let ok = ids.iter().all(|id| {
            self.index_of(*id)
                .and_then(|i| self.user(i))
                .is_some_and(|u| {
                    u.status != EmployeeStatus::Terminated
                        && u.role == Role::Guest
                        && u.created_by == Some(viewer.id)
                        && !self.admin.dropped.contains(&(viewer.id, u.id))
                })
        });
        if !ok {
            return Err(Refusal::AccessDenied);
        }
        for id in ids {
            self.admin.dropped.insert((viewer.id, *id));
        }
        Ok(())
    }
}

#[cfg(test)]
#[path = "literal_tests.rs"]
mod tests;
