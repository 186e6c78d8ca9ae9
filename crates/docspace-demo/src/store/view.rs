//! Users as the server writes them: `EmployeeFullDto` with the field-omission rules of
//! PEOPLE-API.md §5.2 that depend on the caller.
//!
//! The demo portal has per-user quotas enabled with a default of [`DEFAULT_USER_QUOTA`](super::DEFAULT_USER_QUOTA):
//! DocSpace admins and the user himself see `usedSpace`, `quotaLimit` (the user's own
//! quota, else the default) and `isCustomQuota` (`common/ASC.Api.Core/Model/EmployeeFullDto.cs`
//! lines 383-397). `isLDAP` is whether the account has an LDAP SID, `isSSO` whether it has
//! an SSO name id (`common/ASC.Core.Common/Users/UserExtensions.cs` lines 116-134).

use std::borrow::Cow;

use super::{Store, Viewer};
use crate::model::{Role, User, api_date};
use docspace_api::dto::{EmployeeDto, EmployeeFullDto};
use docspace_api::sanitize::html_encode;

/// Which extra fields a profile carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// Lists and single profiles.
    Normal,
    /// `GET /people/@self`: adds `theme`, `loginEventId`, `hasPersonalFolder`.
    OwnProfile { login_event_id: i64 },
}

/// Which parts of a profile to build. A profile written through a `fields` selection
/// only needs the properties the selection keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Want {
    pub display_name: bool,
    /// `avatar`, `avatarOriginal`, `avatarMax`, `avatarMedium`, `avatarSmall`.
    pub avatars: bool,
    pub profile_url: bool,
    /// `firstName`, `lastName`.
    pub names: bool,
    pub user_name: bool,
    pub email: bool,
    pub contacts: bool,
    /// `registrationDate`, `terminated`.
    pub dates: bool,
    pub department: bool,
    pub groups: bool,
    /// `location`, `notes`, `mobilePhone`, `cultureName`.
    pub texts: bool,
    pub created_by: bool,
    pub status: bool,
    /// `activationStatus`, `mobilePhoneActivationStatus`.
    pub activation: bool,
    /// `isAdmin`, `isRoomAdmin`, `isLDAP`, `isOwner`, `isVisitor`, `isCollaborator`,
    /// `isSSO`, `hasAvatar`, `isAnonim`.
    pub flags: bool,
    /// `usedSpace`.
    pub used_space: bool,
    /// `quotaLimit`, `isCustomQuota`.
    pub quota: bool,
}

impl Want {
    /// Every property.
    pub const ALL: Self = Self {
        display_name: true,
        avatars: true,
        profile_url: true,
        names: true,
        user_name: true,
        email: true,
        contacts: true,
        dates: true,
        department: true,
        groups: true,
        texts: true,
        created_by: true,
        status: true,
        activation: true,
        flags: true,
        used_space: true,
        quota: true,
    };

    /// The parts holding a property `keeps` accepts (by its top-level wire name). The
    /// id is always set; the `@self` extras (`theme`, `loginEventId`,
    /// `hasPersonalFolder`) are always set on the caller's own profile.
    pub fn only(keeps: impl Fn(&str) -> bool) -> Self {
        let any = |names: &[&str]| names.iter().any(|n| keeps(n));
        Self {
            display_name: keeps("displayName"),
            avatars: any(&[
                "avatar",
                "avatarOriginal",
                "avatarMax",
                "avatarMedium",
                "avatarSmall",
            ]),
            profile_url: keeps("profileUrl"),
            names: any(&["firstName", "lastName"]),
            user_name: keeps("userName"),
            email: keeps("email"),
            contacts: keeps("contacts"),
            dates: any(&["registrationDate", "terminated"]),
            department: keeps("department"),
            groups: keeps("groups"),
            texts: any(&["location", "notes", "mobilePhone", "cultureName"]),
            created_by: keeps("createdBy"),
            status: keeps("status"),
            activation: any(&["activationStatus", "mobilePhoneActivationStatus"]),
            flags: any(&[
                "isAdmin",
                "isRoomAdmin",
                "isLDAP",
                "isOwner",
                "isVisitor",
                "isCollaborator",
                "isSSO",
                "hasAvatar",
                "isAnonim",
            ]),
            used_space: keeps("usedSpace"),
            quota: any(&["quotaLimit", "isCustomQuota"]),
        }
    }
}

/// The HTML-encoded display name: "First Last", or the email for nameless invitees.
pub fn display_name(u: &User) -> String {
    let full = match (u.first_name.trim(), u.last_name.trim()) {
        ("", "") => u.email.trim().to_string(),
        (f, "") => f.to_string(),
        ("", l) => l.to_string(),
        (f, l) => format!("{f} {l}"),
    };
    match html_encode(&full) {
        Cow::Borrowed(_) => full,
        Cow::Owned(encoded) => encoded,
    }
}

const AVATAR_SIZES: [(&str, &str); 4] = [
    ("max", "200-200"),
    ("big", "82-82"),
    ("medium", "48-48"),
    ("small", "32-32"),
];

fn avatar(u: &User, size: &str) -> String {
    if u.has_avatar {
        let hash = u.id.as_u128() % 1_000_000_007;
        format!(
            "/storage/userPhotos/root/{}_size_{size}.jpeg?hash={hash}",
            u.id
        )
    } else {
        format!("/static/images/default_user_photo_size_{size}.png?hash=1718000000")
    }
}

impl Store {
    /// The short form of user `idx` (also used for `createdBy`).
    pub fn short_dto(&self, idx: usize) -> Option<EmployeeDto> {
        let u = self.user(idx)?;
        let [(_, max), (_, big), (_, medium), (_, small)] = AVATAR_SIZES;
        let original = if u.has_avatar {
            format!("/storage/userPhotos/root/{}_orig.jpeg", u.id)
        } else {
            avatar(u, max)
        };
        Some(EmployeeDto {
            id: u.id,
            display_name: Some(display_name(u)),
            avatar: Some(avatar(u, big)),
            avatar_original: Some(original),
            avatar_max: Some(avatar(u, max)),
            avatar_medium: Some(avatar(u, medium)),
            avatar_small: Some(avatar(u, small)),
            profile_url: Some(self.profile_url(u)),
            has_avatar: Some(u.has_avatar),
            is_anonim: Some(false),
        })
    }

    fn profile_url(&self, u: &User) -> String {
        let email: String = url::form_urlencoded::byte_serialize(u.email.as_bytes()).collect();
        format!("{}/accounts/people/filter?search={email}", self.base_url())
    }

    /// The full profile of user `idx` as `viewer` sees it; `None` viewer = a DocSpace admin
    /// who is not the user (what tests and the portal handle read).
    pub fn full_dto(
        &self,
        idx: usize,
        viewer: Option<&Viewer>,
        detail: Detail,
    ) -> Option<EmployeeFullDto> {
        self.profile(idx, viewer, detail, Want::ALL)
    }

    /// [`full_dto`](Self::full_dto) with only the properties in `want` computed (the
    /// others are trimmed from the answer anyway); the cheap flags and numbers are always
    /// set.
    pub fn profile(
        &self,
        idx: usize,
        viewer: Option<&Viewer>,
        detail: Detail,
        want: Want,
    ) -> Option<EmployeeFullDto> {
        let u = self.user(idx)?;
        let is_self = viewer.is_some_and(|v| v.idx == idx);
        let viewer_is_admin = viewer.is_none_or(Viewer::is_admin);
        let viewer_is_plain_user = viewer.is_some_and(|v| v.role == Role::User);

        let mut d = EmployeeFullDto::bare(u.id);
        if want.display_name {
            d.display_name = Some(display_name(u));
        }
        if want.avatars || want.profile_url {
            let short = self.short_dto(idx)?;
            if want.avatars {
                d.avatar = short.avatar;
                d.avatar_original = short.avatar_original;
                d.avatar_max = short.avatar_max;
                d.avatar_medium = short.avatar_medium;
                d.avatar_small = short.avatar_small;
            }
            if want.profile_url {
                d.profile_url = short.profile_url;
            }
        }

        if want.names {
            d.first_name = Some(u.first_name.clone());
            d.last_name = Some(u.last_name.clone());
        }
        if want.user_name {
            d.user_name = Some(u.user_name.clone());
        }
        if want.email {
            d.email = Some(u.email.clone());
        }
        if want.contacts {
            d.contacts = (!u.contacts.is_empty()).then(|| u.contacts.clone());
        }
        if want.status {
            d.status = Some(u.status);
        }
        if want.activation {
            d.activation_status = Some(u.activation);
            d.mobile_phone_activation_status = Some(0);
        }
        if want.dates {
            d.terminated = u.terminated.as_ref().map(api_date);
            d.registration_date = Some(api_date(&u.registered));
        }
        if want.department && (!viewer_is_plain_user || is_self) {
            d.department = Some(self.department(u));
        }
        if want.groups && !u.groups.is_empty() && (!viewer_is_plain_user || is_self) {
            d.groups = Some(self.summaries(u));
        }
        if want.texts {
            let non_empty = |s: &str| (!s.trim().is_empty()).then(|| s.to_string());
            d.location = non_empty(&u.location);
            d.notes = non_empty(&u.notes);
            d.mobile_phone = non_empty(&u.mobile_phone);
            d.culture_name = u.culture.clone();
        }

        if want.flags {
            d.has_avatar = Some(u.has_avatar);
            d.is_anonim = Some(false);
            d.is_admin = Some(u.role == Role::Admin);
            d.is_room_admin = Some(u.role == Role::RoomAdmin);
            d.is_ldap = Some(u.sid.is_some());
            d.is_owner = Some(u.role == Role::Owner);
            d.is_visitor = Some(u.role == Role::Guest);
            d.is_collaborator = Some(u.role == Role::User);
            d.is_sso = Some(u.sso_name_id.is_some());
        }
        if (viewer_is_admin || is_self) && self.user_quotas() {
            if want.used_space {
                d.used_space = Some(u.used_space);
            }
            if want.quota {
                d.quota_limit = Some(u.quota.unwrap_or(self.admin.quotas.default_limit));
                d.is_custom_quota = Some(u.quota.is_some());
            }
        }
        if want.created_by && viewer_is_admin {
            d.created_by = u
                .created_by
                .and_then(|c| self.index_of(c))
                .and_then(|c| self.short_dto(c));
        }
        if let Detail::OwnProfile { login_event_id } = detail {
            d.theme = Some(self.theme_of(u.id).to_string());
            d.login_event_id = Some(login_event_id);
            d.has_personal_folder = Some(u.role != Role::Guest);
        }
        Some(d)
    }

    /// `department`: the user's group names by name, HTML-encoded, comma-joined; `""`
    /// when none.
    fn department(&self, u: &User) -> String {
        self.departments_of(u)
            .into_iter()
            .map(|g| html_encode(&g.name).into_owned())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[cfg(test)]
#[path = "view_tests.rs"]
mod tests;
