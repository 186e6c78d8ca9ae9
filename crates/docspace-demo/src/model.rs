//! The demo portal's stored records: users, groups, and the portal's date format.

use chrono::{DateTime, Datelike, FixedOffset, Offset, TimeZone, Timelike};
use uuid::Uuid;

use docspace_api::dto::{ActivationStatus, Contact, EmployeeStatus, EmployeeType};

/// The portal's time zone: dates are written with this offset, as a portal configured for
/// UTC+3 does.
pub(crate) const PORTAL_OFFSET_SECS: i32 = 3 * 3600;

/// The portal's fixed offset.
pub(crate) fn portal_offset() -> FixedOffset {
    FixedOffset::east_opt(PORTAL_OFFSET_SECS).unwrap_or(chrono::Utc.fix())
}

/// The current time in the portal's zone.
pub(crate) fn now() -> DateTime<FixedOffset> {
    chrono::Utc::now().with_timezone(&portal_offset())
}

/// A Unix time (seconds) in the portal's zone.
pub(crate) fn from_unix(secs: i64) -> DateTime<FixedOffset> {
    portal_offset()
        .timestamp_opt(secs, 0)
        .single()
        .unwrap_or_else(|| DateTime::UNIX_EPOCH.with_timezone(&portal_offset()))
}

/// Formats a date as the server's `ApiDateTime` string:
/// `2025-06-01T15:30:00.0000000+03:00` (seven fraction digits; `Z` for offset 0).
pub(crate) fn api_date(d: &DateTime<FixedOffset>) -> String {
    use std::fmt::Write;
    let ticks = d.nanosecond() % 1_000_000_000 / 100;
    let mut out = String::with_capacity(33);
    // Writing to a String cannot fail.
    let _ = write!(
        out,
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{ticks:07}",
        d.year(),
        d.month(),
        d.day(),
        d.hour(),
        d.minute(),
        d.second()
    );
    let offset = d.offset().local_minus_utc();
    if offset == 0 {
        out.push('Z');
    } else {
        let sign = if offset < 0 { '-' } else { '+' };
        let a = offset.unsigned_abs();
        let _ = write!(out, "{sign}{:02}:{:02}", a / 3600, a % 3600 / 60);
    }
    out
}

/// A user's type as the portal stores it. The owner is a DocSpace admin who cannot be
/// changed, terminated or deleted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Owner,
    Admin,
    RoomAdmin,
    User,
    Guest,
}

impl Role {
    pub fn employee_type(self) -> EmployeeType {
        match self {
            Self::Owner | Self::Admin => EmployeeType::DocSpaceAdmin,
            Self::RoomAdmin => EmployeeType::RoomAdmin,
            Self::User => EmployeeType::User,
            Self::Guest => EmployeeType::Guest,
        }
    }

    /// The role a type gives to someone who is not the owner.
    pub fn from_type(t: EmployeeType) -> Self {
        match t {
            EmployeeType::DocSpaceAdmin => Self::Admin,
            EmployeeType::RoomAdmin | EmployeeType::All => Self::RoomAdmin,
            EmployeeType::User => Self::User,
            EmployeeType::Guest => Self::Guest,
        }
    }

    /// DocSpace admin (the owner included).
    pub fn is_docspace_admin(self) -> bool {
        matches!(self, Self::Owner | Self::Admin)
    }

    /// Takes a paid seat: admins and room admins.
    pub fn is_paid(self) -> bool {
        matches!(self, Self::Owner | Self::Admin | Self::RoomAdmin)
    }

    /// The order of `sortBy=type`: owner, admins, room admins, users, guests.
    pub fn rank(self) -> u8 {
        match self {
            Self::Owner => 0,
            Self::Admin => 1,
            Self::RoomAdmin => 2,
            Self::User => 3,
            Self::Guest => 4,
        }
    }
}

/// The category of the server's built-in groups (`Constants.SysGroupCategoryId`,
/// `common/ASC.Core.Common/Users/Constants.cs` line 43); departments have the empty one.
pub(crate) const SYSTEM_CATEGORY: Uuid = Uuid::from_u128(0x7717039d_fbe9_45ad_81c1_68a1aa10ce1f);

/// The server's built-in groups (`common/ASC.Core.Common/Users/Constants.cs` lines 45-82,
/// ids from `common/ASC.Common/Security/Authorizing/AuthConstants.cs` lines 40-44). A
/// user's type is a membership of one of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum SystemGroup {
    Everyone,
    Guest,
    RoomAdmin,
    DocSpaceAdmin,
    User,
}

impl SystemGroup {
    pub(crate) const ALL: [Self; 5] = [
        Self::Everyone,
        Self::Guest,
        Self::RoomAdmin,
        Self::DocSpaceAdmin,
        Self::User,
    ];

    pub(crate) fn id(self) -> Uuid {
        Uuid::from_u128(match self {
            Self::Everyone => 0xc5cc67d1_c3e8_43c0_a3ad_3928ae3e5b5e,
            Self::Guest => 0xaced04fa_dd96_4b35_af3e_346bf1eb972d,
            Self::RoomAdmin => 0xabef62db_11a8_4673_9d32_ef1d8af19dc0,
            Self::DocSpaceAdmin => 0xcd84e66b_b803_40fc_99f9_b2969a54a1de,
            Self::User => 0x88f11e7c_7407_4bea_b4cb_070010cdbb6b,
        })
    }

    pub(crate) fn name(self) -> &'static str {
        match self {
            Self::Everyone => "Everyone",
            Self::Guest => "Guest",
            Self::RoomAdmin => "RoomAdmin",
            Self::DocSpaceAdmin => "DocSpaceAdmin",
            Self::User => "User",
        }
    }

    pub(crate) fn from_id(id: Uuid) -> Option<Self> {
        Self::ALL.into_iter().find(|g| g.id() == id)
    }

    /// Whether a user of `role` is a member, as the server decides it
    /// (`UserManager.IsUserInGroupInternal`, `common/ASC.Core.Common/Context/Impl/UserManager.cs`
    /// lines 1022-1058): everybody is in Everyone; the owner and admins in DocSpaceAdmin;
    /// RoomAdmin holds whoever is neither a user nor a guest (admins included).
    pub(crate) fn contains(self, role: Role) -> bool {
        match self {
            Self::Everyone => true,
            Self::Guest => role == Role::Guest,
            Self::User => role == Role::User,
            Self::DocSpaceAdmin => role.is_docspace_admin(),
            Self::RoomAdmin => !matches!(role, Role::User | Role::Guest),
        }
    }

    /// Whether the server stores a membership row for a user of `role` (what the user
    /// list's group conditions query): DocSpace admins (the owner from registration,
    /// `common/ASC.Core.Common/HostedSolution.cs` line 153), users and guests. Everyone and
    /// RoomAdmin are computed, with no rows.
    pub(crate) fn has_row(self, role: Role) -> bool {
        match self {
            Self::DocSpaceAdmin | Self::User | Self::Guest => self.contains(role),
            Self::Everyone | Self::RoomAdmin => false,
        }
    }
}

/// A group of users, a department (shown as `department` and `groups` of its members).
/// Members are recorded on the users ([`User::groups`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub id: Uuid,
    /// Raw text, as entered (the server encodes it only inside `department`).
    pub name: String,
    /// The manager's id; the manager is also a member.
    pub manager: Option<Uuid>,
    /// The LDAP SID of a group synchronised from LDAP (`isLDAP`).
    pub sid: Option<String>,
}

impl Group {
    /// A group with no manager, not from LDAP.
    pub fn new(id: Uuid, name: &str) -> Self {
        Self {
            id,
            name: name.to_string(),
            manager: None,
            sid: None,
        }
    }
}

/// One stored user. `*_key` fields are lower-cased copies used for sorting and search.
#[derive(Debug, Clone, PartialEq)]
pub struct User {
    pub id: Uuid,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub user_name: String,
    pub role: Role,
    pub status: EmployeeStatus,
    pub activation: ActivationStatus,
    pub registered: DateTime<FixedOffset>,
    pub terminated: Option<DateTime<FixedOffset>>,
    /// Indexes into the store's groups (departments only; the type groups follow `role`).
    pub groups: Vec<usize>,
    pub created_by: Option<Uuid>,
    /// Joined through an invitation (re-enabling a nameless invitee makes it Pending again).
    pub invited: bool,
    pub location: String,
    pub notes: String,
    pub mobile_phone: String,
    pub culture: Option<String>,
    pub contacts: Vec<Contact>,
    pub has_avatar: bool,
    pub used_space: f64,
    /// A storage quota of the user's own, in bytes (`-1` = no limit); `None` = the
    /// portal's default.
    pub quota: Option<i64>,
    /// The LDAP SID of an account synchronised from LDAP (`isLDAP`).
    pub sid: Option<String>,
    /// The SSO name id of an account that signs in through SSO (`isSSO`).
    pub sso_name_id: Option<String>,
    /// A password set at creation; every active user may also log in with the demo password.
    pub password: Option<String>,
    pub first_key: String,
    pub last_key: String,
    pub email_key: String,
}

impl User {
    /// A new active user with no extras; `refresh_keys` is already applied.
    pub fn new(id: Uuid, first: &str, last: &str, email: &str, role: Role) -> Self {
        let mut u = Self::unkeyed(id, first, last, email, role);
        u.refresh_keys();
        u
    }

    /// As [`User::new`], without the keys: for users whose keys are made later, many at
    /// once (seeding, then [`crate::store::Store::new`]).
    pub(crate) fn unkeyed(id: Uuid, first: &str, last: &str, email: &str, role: Role) -> Self {
        Self {
            id,
            first_name: first.to_string(),
            last_name: last.to_string(),
            email: email.to_string(),
            user_name: String::new(),
            role,
            status: EmployeeStatus::Active,
            activation: ActivationStatus::Activated,
            registered: from_unix(1_640_995_200),
            terminated: None,
            groups: Vec::new(),
            created_by: None,
            invited: false,
            location: String::new(),
            notes: String::new(),
            mobile_phone: String::new(),
            culture: None,
            contacts: Vec::new(),
            has_avatar: false,
            used_space: 0.0,
            quota: None,
            sid: None,
            sso_name_id: None,
            password: None,
            first_key: String::new(),
            last_key: String::new(),
            email_key: String::new(),
        }
    }

    /// Recomputes the keys after a name or email change: names folded (see [`fold`]),
    /// the email lower-cased only, so addresses that differ by an accent stay distinct.
    pub fn refresh_keys(&mut self) {
        self.refresh_keys_with(&mut fold);
    }

    /// [`User::refresh_keys`] with `fold` standing for [`fold`] (a cache of it, when many
    /// users share names).
    pub(crate) fn refresh_keys_with(&mut self, fold: &mut impl FnMut(&str) -> String) {
        self.first_key = fold(&self.first_name);
        self.last_key = fold(&self.last_name);
        self.email_key = self.email.to_lowercase();
    }

    /// Whether both names are blank (a pending invitee).
    pub fn is_nameless(&self) -> bool {
        self.first_name.trim().is_empty() && self.last_name.trim().is_empty()
    }

    /// Synchronised from LDAP: the server refuses to change its status or delete it.
    pub fn is_ldap(&self) -> bool {
        self.sid.is_some()
    }

    /// The key name sorts use: the email for pending users, the chosen name otherwise.
    pub fn name_sort_key(&self, last_first: bool) -> &str {
        if self.status == EmployeeStatus::Pending {
            &self.email_key
        } else if last_first {
            &self.last_key
        } else {
            &self.first_key
        }
    }
}

/// The key names are compared and searched by: lower case without accents, as the
/// portal's database collation compares them ("Émile" sorts with "Emile", and "emile"
/// finds it).
pub(crate) fn fold(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    // ASCII has no marks to take off: lower-casing is all (and most names are ASCII).
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The status group name sorts put first: Active, then Pending, then Terminated.
pub(crate) fn status_group(s: EmployeeStatus) -> u8 {
    match s {
        EmployeeStatus::Active => 0,
        EmployeeStatus::Pending => 1,
        EmployeeStatus::Terminated => 2,
        EmployeeStatus::Other(_) => 3,
    }
}

#[cfg(test)]
#[path = "model_tests.rs"]
mod tests;
