//! The narrowing parameters of `GET /api/2.0/people/filter` beyond status and search
//! text: types, group, area, payments, login type, quota and inviter.
//!
//! Each enum knows its wire code (the query string carries numbers), a stable machine
//! name (`guest`, `sso`, `custom`; what the command line and the config accept) and a
//! label for people.

use uuid::Uuid;

use super::dto::EmployeeType;

/// `Area`: which part of the directory a list covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Area {
    All,
    People,
    Guests,
}

/// `Payments`: whether users take a paid seat (admins, room admins) or not (users,
/// guests).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Payments {
    Paid,
    Free,
}

/// `AccountLoginType`: how a user signs in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LoginType {
    Sso,
    Ldap,
    Standard,
}

/// `QuotaFilter`: whether a user's storage quota is the portal default or their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuotaFilter {
    Default,
    Custom,
}

/// Group membership: `groupId`, `groupId` + `excludeGroup=true`, or `withoutGroup=true`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GroupFilter {
    /// Members of the group.
    Member(Uuid),
    /// Everyone but the members of the group.
    NotMember(Uuid),
    /// Users in no (non-system) group.
    WithoutGroup,
}

/// Who invited the users: `invitedByMe=true` or `inviterId`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Inviter {
    Me,
    User(Uuid),
}

/// A finite set of values with a wire code, a machine name and a label.
pub trait FilterValue: Sized + Copy + 'static {
    /// Every value, in the order a picker offers them.
    const VALUES: &'static [Self];
    /// The number the server binds.
    fn code(self) -> u8;
    /// The stable machine name (lower case, no spaces).
    fn name(self) -> &'static str;
    /// The words shown to people.
    fn label(self) -> &'static str;
    /// Parses a machine name (any case, `-`/`_`/spaces ignored) or a wire code.
    fn parse(s: &str) -> Option<Self> {
        let norm: String = s
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        Self::VALUES
            .iter()
            .copied()
            .find(|v| v.name() == norm || v.code().to_string() == norm)
    }
}

macro_rules! filter_values {
    ($ty:ty { $($variant:ident = $code:literal, $name:literal, $label:literal;)* }) => {
        impl FilterValue for $ty {
            const VALUES: &'static [Self] = &[$(<$ty>::$variant),*];
            fn code(self) -> u8 {
                match self { $(<$ty>::$variant => $code),* }
            }
            fn name(self) -> &'static str {
                match self { $(<$ty>::$variant => $name),* }
            }
            fn label(self) -> &'static str {
                match self { $(<$ty>::$variant => $label),* }
            }
        }
    };
}

// Codes: `Area.cs`, `Payments`, `AccountLoginType` ("Standart" on the wire),
// `QuotaFilter` in the server (PEOPLE-API.md §2).
filter_values!(Area {
    All = 0, "all", "everyone";
    People = 1, "people", "people";
    Guests = 2, "guests", "guests";
});
filter_values!(Payments {
    Paid = 0, "paid", "paid";
    Free = 1, "free", "free";
});
filter_values!(LoginType {
    Sso = 0, "sso", "SSO";
    Ldap = 1, "ldap", "LDAP";
    Standard = 2, "standard", "standard";
});
filter_values!(QuotaFilter {
    Default = 1, "default", "default quota";
    Custom = 2, "custom", "custom quota";
});

/// Every narrowing of a user list beyond status, activation and search text. The
/// default narrows nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct ListFilters {
    /// Any of these types (one as `employeeType`, several as `employeeTypes`); empty
    /// means every type.
    pub types: Vec<EmployeeType>,
    pub group: Option<GroupFilter>,
    pub area: Option<Area>,
    pub payments: Option<Payments>,
    pub login_type: Option<LoginType>,
    pub quota: Option<QuotaFilter>,
    pub inviter: Option<Inviter>,
    /// Only DocSpace admins (and module admins): `isAdministrator=true`.
    pub administrators_only: bool,
}

impl ListFilters {
    /// Whether nothing is narrowed.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// The query string pairs, as the server names them.
    pub fn push_pairs(&self, q: &mut Vec<(&'static str, String)>) {
        match self.types.as_slice() {
            [] => {}
            // One type goes as `employeeType`: the server drops `employeeTypes` when a
            // group, payments, `isAdministrator` or `area=Guests` comes with it
            // (`UserController.GetByFilterAsync`; PEOPLE-API.md §6.1).
            [one] => q.push(("employeeType", one.code().to_string())),
            many => {
                for t in many {
                    q.push(("employeeTypes", t.code().to_string()));
                }
            }
        }
        match self.group {
            Some(GroupFilter::Member(id)) => q.push(("groupId", id.to_string())),
            Some(GroupFilter::NotMember(id)) => {
                q.push(("groupId", id.to_string()));
                q.push(("excludeGroup", "true".into()));
            }
            Some(GroupFilter::WithoutGroup) => q.push(("withoutGroup", "true".into())),
            None => {}
        }
        if let Some(a) = self.area {
            q.push(("area", a.code().to_string()));
        }
        if let Some(p) = self.payments {
            q.push(("payments", p.code().to_string()));
        }
        if let Some(l) = self.login_type {
            q.push(("accountLoginType", l.code().to_string()));
        }
        if let Some(f) = self.quota {
            q.push(("quotaFilter", f.code().to_string()));
        }
        match self.inviter {
            Some(Inviter::Me) => q.push(("invitedByMe", "true".into())),
            Some(Inviter::User(id)) => q.push(("inviterId", id.to_string())),
            None => {}
        }
        if self.administrators_only {
            q.push(("isAdministrator", "true".into()));
        }
    }
}

#[cfg(test)]
#[path = "filters_tests.rs"]
mod tests;
