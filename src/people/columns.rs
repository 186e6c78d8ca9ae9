//! The columns a user list can show: their machine names (as `[ui] columns` in the
//! configuration spells them), their headings, and the portal sort each one maps to.
//! How wide they are drawn is the terminal UI's business (`app::state::users::columns`).

use crate::api::query::SortBy;

/// One column of the user list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Column {
    Name,
    Email,
    Type,
    Status,
    Department,
    Groups,
    Registered,
    /// Used space and quota.
    Space,
    LoginType,
    /// Who invited (created) the user.
    Inviter,
}

impl Column {
    /// Every column, in the order a list shows them when none are configured.
    pub const ALL: [Column; 10] = [
        Column::Name,
        Column::Email,
        Column::Type,
        Column::Status,
        Column::Department,
        Column::Groups,
        Column::Registered,
        Column::Space,
        Column::LoginType,
        Column::Inviter,
    ];

    /// The name `[ui] columns` uses.
    pub fn name(self) -> &'static str {
        match self {
            Column::Name => "name",
            Column::Email => "email",
            Column::Type => "type",
            Column::Status => "status",
            Column::Department => "department",
            Column::Groups => "groups",
            Column::Registered => "registered",
            Column::Space => "space",
            Column::LoginType => "login_type",
            Column::Inviter => "inviter",
        }
    }

    /// The column heading.
    pub fn heading(self) -> &'static str {
        match self {
            Column::Name => "Name",
            Column::Email => "Email",
            Column::Type => "Type",
            Column::Status => "Status",
            Column::Department => "Department",
            Column::Groups => "Groups",
            Column::Registered => "Registered",
            Column::Space => "Used / quota",
            Column::LoginType => "Login",
            Column::Inviter => "Invited by",
        }
    }

    /// The profile properties the portal must send for its cell (`fields=`).
    pub fn wire(self) -> &'static [&'static str] {
        match self {
            Column::Name => &["firstName", "lastName", "displayName", "email"],
            Column::Email => &["email"],
            Column::Type => &[
                "isOwner",
                "isAdmin",
                "isRoomAdmin",
                "isVisitor",
                "isCollaborator",
            ],
            Column::Status => &["status"],
            Column::Department => &["department"],
            Column::Groups => &["groups"],
            Column::Registered => &["registrationDate"],
            Column::Space => &["usedSpace", "quotaLimit"],
            Column::LoginType => &["isSSO", "isLDAP"],
            Column::Inviter => &["createdBy"],
        }
    }

    /// The portal sort of this column, if the portal sorts by it (`UserSortType`, read
    /// in `DbUserService.GetUsers`: status has none, groups and login type neither).
    pub fn sort(self) -> Option<SortBy> {
        match self {
            Column::Name => Some(SortBy::FirstName),
            Column::Email => Some(SortBy::Email),
            Column::Type => Some(SortBy::Type),
            // The portal orders "department" by the number of groups a user is in.
            Column::Department => Some(SortBy::Department),
            Column::Registered => Some(SortBy::RegistrationDate),
            Column::Space => Some(SortBy::UsedSpace),
            Column::Inviter => Some(SortBy::CreatedBy),
            Column::Status | Column::Groups | Column::LoginType => None,
        }
    }

    /// The column a portal sort orders by (the name sorts all order the name column).
    pub fn of_sort(sort: SortBy) -> Column {
        match sort {
            SortBy::FirstName | SortBy::LastName | SortBy::DisplayName => Column::Name,
            SortBy::Email => Column::Email,
            SortBy::Type => Column::Type,
            SortBy::Department => Column::Department,
            SortBy::RegistrationDate => Column::Registered,
            SortBy::UsedSpace => Column::Space,
            SortBy::CreatedBy => Column::Inviter,
        }
    }

    /// Parses a name (any case; `-` and spaces count as `_`).
    pub fn parse(s: &str) -> Option<Column> {
        let norm = s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        Column::ALL.into_iter().find(|c| c.name() == norm)
    }

    /// Every name, for messages: "name, email, type, …".
    pub fn known_names() -> String {
        Column::ALL.map(Column::name).join(", ")
    }
}

/// Why a list of column names was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ColumnsError {
    #[error("unknown column \"{}\"; the known columns are {}", crate::redact::shown(.0, 40), Column::known_names())]
    Unknown(String),
    #[error("the column \"{}\" is listed twice", .0.name())]
    Twice(Column),
    #[error("no column is listed; list some of {}", Column::known_names())]
    Empty,
}

/// Reads a list of column names, in the order given.
pub fn parse_list<S: AsRef<str>>(names: &[S]) -> Result<Vec<Column>, ColumnsError> {
    let mut out: Vec<Column> = Vec::with_capacity(names.len());
    for n in names {
        let c =
            Column::parse(n.as_ref()).ok_or_else(|| ColumnsError::Unknown(n.as_ref().into()))?;
        if out.contains(&c) {
            return Err(ColumnsError::Twice(c));
        }
        out.push(c);
    }
    if out.is_empty() {
        return Err(ColumnsError::Empty);
    }
    Ok(out)
}

#[cfg(test)]
#[path = "columns_tests.rs"]
mod tests;
