//! Wire types of the DocSpace People API, shared by the client and the demo portal.
//!
//! Field names are camelCase on the wire. Every field the server may omit is an `Option`
//! and is skipped when `None`, so the demo portal writes the same shape the server does
//! (nulls omitted) and the client tolerates whatever subset a server sends. Unknown fields
//! are ignored. Enumerations keep unknown values instead of failing the whole page.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use uuid::Uuid;

/// `EmployeeStatus`, written as a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EmployeeStatus {
    Active,
    Terminated,
    Pending,
    /// A value this client does not know; kept so one odd user cannot fail a page.
    Other(i64),
}

impl EmployeeStatus {
    pub fn code(self) -> i64 {
        match self {
            Self::Active => 1,
            Self::Terminated => 2,
            Self::Pending => 4,
            Self::Other(n) => n,
        }
    }

    pub fn from_code(n: i64) -> Self {
        match n {
            1 => Self::Active,
            2 => Self::Terminated,
            4 => Self::Pending,
            n => Self::Other(n),
        }
    }

    /// The name the server uses in routes such as `/people/status/{status}`.
    pub fn route_name(self) -> String {
        match self {
            Self::Active => "Active".into(),
            Self::Terminated => "Terminated".into(),
            Self::Pending => "Pending".into(),
            Self::Other(n) => n.to_string(),
        }
    }

    /// A word for people: "active", "terminated", "pending".
    pub fn label(self) -> String {
        match self {
            Self::Active => "active".into(),
            Self::Terminated => "terminated".into(),
            Self::Pending => "pending".into(),
            Self::Other(n) => format!("status {n}"),
        }
    }
}

impl Serialize for EmployeeStatus {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_i64(self.code())
    }
}

impl<'de> Deserialize<'de> for EmployeeStatus {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Self::from_code(i64::deserialize(d)?))
    }
}

/// `EmployeeActivationStatus`, written as a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ActivationStatus {
    NotActivated,
    Activated,
    Pending,
    Other(i64),
}

impl ActivationStatus {
    pub fn code(self) -> i64 {
        match self {
            Self::NotActivated => 0,
            Self::Activated => 1,
            Self::Pending => 2,
            Self::Other(n) => n,
        }
    }

    pub fn from_code(n: i64) -> Self {
        match n {
            0 => Self::NotActivated,
            1 => Self::Activated,
            2 => Self::Pending,
            n => Self::Other(n),
        }
    }

    pub fn label(self) -> String {
        match self {
            Self::NotActivated => "not activated".into(),
            Self::Activated => "activated".into(),
            Self::Pending => "email not confirmed".into(),
            Self::Other(n) => format!("activation {n}"),
        }
    }
}

impl Serialize for ActivationStatus {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_i64(self.code())
    }
}

impl<'de> Deserialize<'de> for ActivationStatus {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Self::from_code(i64::deserialize(d)?))
    }
}

/// `EmployeeType`. The user DTO has no type field; see [`EmployeeFullDto::user_type`].
/// In JSON bodies the server writes and accepts the name (`"RoomAdmin"`); it also accepts
/// the number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EmployeeType {
    All,
    RoomAdmin,
    Guest,
    DocSpaceAdmin,
    User,
}

impl EmployeeType {
    pub const ALL_TYPES: [EmployeeType; 4] = [
        EmployeeType::DocSpaceAdmin,
        EmployeeType::RoomAdmin,
        EmployeeType::User,
        EmployeeType::Guest,
    ];

    pub fn code(self) -> i64 {
        match self {
            Self::All => 0,
            Self::RoomAdmin => 1,
            Self::Guest => 2,
            Self::DocSpaceAdmin => 3,
            Self::User => 4,
        }
    }

    pub fn from_code(n: i64) -> Option<Self> {
        Some(match n {
            0 => Self::All,
            1 => Self::RoomAdmin,
            2 => Self::Guest,
            3 => Self::DocSpaceAdmin,
            4 => Self::User,
            _ => return None,
        })
    }

    /// The wire name, as in `"DocSpaceAdmin"`.
    pub fn name(self) -> &'static str {
        match self {
            Self::All => "All",
            Self::RoomAdmin => "RoomAdmin",
            Self::Guest => "Guest",
            Self::DocSpaceAdmin => "DocSpaceAdmin",
            Self::User => "User",
        }
    }

    /// Parses a wire name (any case) or a number.
    pub fn parse(s: &str) -> Option<Self> {
        let t = s.trim();
        if let Ok(n) = t.parse::<i64>() {
            return Self::from_code(n);
        }
        [
            Self::All,
            Self::RoomAdmin,
            Self::Guest,
            Self::DocSpaceAdmin,
            Self::User,
        ]
        .into_iter()
        .find(|ty| ty.name().eq_ignore_ascii_case(t))
    }

    /// A label for people: "DocSpace admin", "Room admin", "User", "Guest".
    pub fn label(self) -> &'static str {
        match self {
            Self::All => "All",
            Self::RoomAdmin => "Room admin",
            Self::Guest => "Guest",
            Self::DocSpaceAdmin => "DocSpace admin",
            Self::User => "User",
        }
    }

    /// Whether this type takes a paid seat (admins and room admins).
    pub fn is_paid(self) -> bool {
        matches!(self, Self::DocSpaceAdmin | Self::RoomAdmin)
    }
}

impl Serialize for EmployeeType {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for EmployeeType {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = serde_json::Value::deserialize(d)?;
        let parsed = match &v {
            serde_json::Value::String(s) => Self::parse(s),
            serde_json::Value::Number(n) => n.as_i64().and_then(Self::from_code),
            _ => None,
        };
        parsed.ok_or_else(|| serde::de::Error::custom(format!("unknown employee type {v}")))
    }
}

/// `Contact`: `{type, value}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Contact {
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// `GroupSummaryDto`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GroupSummaryDto {
    pub id: Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manager: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_system: Option<bool>,
}

/// `GroupDto`, as `GET /api/2.0/group` lists it (members are not asked for).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GroupDto {
    pub id: Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Uuid>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Uuid>,
    #[serde(rename = "isLDAP", default, skip_serializing_if = "Option::is_none")]
    pub is_ldap: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_system: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manager: Option<EmployeeDto>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub members_count: Option<i64>,
}

/// `EmployeeDto`, the short form (also used for `createdBy`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EmployeeDto {
    pub id: Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_original: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_max: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_medium: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_small: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_avatar: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_anonim: Option<bool>,
}

/// `EmployeeFullDto`: every field the server can send. Dates are the server's offset
/// strings (`2025-06-01T15:30:00.0000000+03:00`), kept as text.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EmployeeFullDto {
    pub id: Uuid,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_original: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_max: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_medium: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_small: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_avatar: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_anonim: Option<bool>,

    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contacts: Option<Vec<Contact>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<EmployeeStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activation_status: Option<ActivationStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terminated: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<GroupSummaryDto>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_admin: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_room_admin: Option<bool>,
    #[serde(rename = "isLDAP", default, skip_serializing_if = "Option::is_none")]
    pub is_ldap: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list_admin_modules: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_owner: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_visitor: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_collaborator: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub culture_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mobile_phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mobile_phone_activation_status: Option<i64>,
    #[serde(rename = "isSSO", default, skip_serializing_if = "Option::is_none")]
    pub is_sso: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quota_limit: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub used_space: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_custom_quota: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login_event_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_cookie_lifetime: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<EmployeeDto>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_personal_folder: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tfa_app_enabled: Option<bool>,
}

impl EmployeeFullDto {
    /// A profile with only an id; every other field absent.
    pub fn bare(id: Uuid) -> Self {
        Self {
            id,
            ..Self::default()
        }
    }

    /// The user's type, derived as the server's type model does: the owner and admins are
    /// DocSpace admins, then guests (`isVisitor`), users (`isCollaborator`), room admins.
    /// `None` when the profile carries none of the flags.
    pub fn user_type(&self) -> Option<EmployeeType> {
        let yes = |f: Option<bool>| f == Some(true);
        if yes(self.is_owner) || yes(self.is_admin) {
            Some(EmployeeType::DocSpaceAdmin)
        } else if yes(self.is_visitor) {
            Some(EmployeeType::Guest)
        } else if yes(self.is_collaborator) {
            Some(EmployeeType::User)
        } else if yes(self.is_room_admin) {
            Some(EmployeeType::RoomAdmin)
        } else {
            None
        }
    }

    pub fn is_owner(&self) -> bool {
        self.is_owner == Some(true)
    }

    /// A DocSpace admin who is not the owner.
    pub fn is_admin(&self) -> bool {
        self.is_admin == Some(true)
    }

    pub fn status_or_unknown(&self) -> EmployeeStatus {
        self.status.unwrap_or(EmployeeStatus::Other(0))
    }

    /// First and last name joined, else the display name, else the email, else the id.
    /// Raw server text: sanitise before drawing or printing.
    pub fn name_for_people(&self) -> String {
        let first = self.first_name.as_deref().unwrap_or("").trim();
        let last = self.last_name.as_deref().unwrap_or("").trim();
        let joined = match (first.is_empty(), last.is_empty()) {
            (false, false) => format!("{first} {last}"),
            (false, true) => first.to_string(),
            (true, false) => last.to_string(),
            (true, true) => String::new(),
        };
        if !joined.is_empty() {
            return joined;
        }
        if let Some(d) = self
            .display_name
            .as_deref()
            .filter(|d| !d.trim().is_empty())
        {
            return d.to_string();
        }
        if let Some(e) = self.email.as_deref().filter(|e| !e.trim().is_empty()) {
            return e.to_string();
        }
        self.id.to_string()
    }
}

/// `MemberRequestDto`: the body of `POST /api/2.0/people`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct MemberRequestDto {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<EmployeeType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_hash: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_user: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<Vec<Uuid>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub culture_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contacts: Option<Vec<Contact>>,
}

/// `UpdateMembersRequestDto`: `{userIds, resendAll}` for status changes, type changes and
/// bulk delete.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct UpdateMembersRequestDto {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_ids: Option<Vec<Uuid>>,
    #[serde(default)]
    pub resend_all: bool,
}

/// `AuthRequestsDto` (the fields a password login uses).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct AuthRequestDto {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_hash: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session: Option<bool>,
}

/// `AuthenticationTokenDto`. When a second factor is needed there is no `token`: `tfa`
/// (an authenticator app) or `sms` is set, with `confirmUrl` (and `tfaKey` when the app
/// is still to be set up); the login is finished with `POST /api/2.0/authentication/{code}`.
/// `Debug` never shows the token, the setup key or the confirmation link.
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct AuthenticationTokenDto {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sms: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_noise: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tfa: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tfa_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirm_url: Option<String>,
}

impl std::fmt::Debug for AuthenticationTokenDto {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let hidden = |v: &Option<String>| v.as_ref().map(|_| crate::redact::HIDDEN);
        f.debug_struct("AuthenticationTokenDto")
            .field("token", &hidden(&self.token))
            .field("expires", &self.expires)
            .field("sms", &self.sms)
            .field("tfa", &self.tfa)
            .field("tfa_key", &hidden(&self.tfa_key))
            .field("confirm_url", &hidden(&self.confirm_url))
            .finish_non_exhaustive()
    }
}

/// One element of the envelope's `links`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    pub href: String,
    pub action: String,
}

/// The success envelope (also used, with `status: 1`, for model-validation 400s).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Envelope<T> {
    #[serde(default = "Option::default", skip_serializing_if = "Option::is_none")]
    pub response: Option<T>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub links: Option<Vec<Link>>,
    #[serde(default)]
    pub status: i64,
    #[serde(default)]
    pub status_code: i64,
}

/// The `error` object of the error envelope.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct ErrorDetail {
    #[serde(default)]
    pub message: Option<String>,
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub stack: Option<String>,
    #[serde(default)]
    pub hresult: Option<i64>,
}

/// The error envelope: `{"error":{…},"status":1,"statusCode":N}`. Nulls are written here,
/// as the server does for errors.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ErrorEnvelope {
    pub error: ErrorDetail,
    #[serde(default)]
    pub status: i64,
    #[serde(default)]
    pub status_code: i64,
}

#[cfg(test)]
#[path = "dto_tests.rs"]
mod tests;
