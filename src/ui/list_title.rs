//! The list's title: the filters applied as chips (`type: guest · group: Sales · status:
//! active`), the search, the marks, the order when its column is not shown, and where
//! the cursor is.

use crate::api::query::{SortBy, SortOrder};
use crate::api::{FilterValue, GroupFilter, Inviter, Payments};
use crate::app::Model;
use crate::app::state::users::StatusFilter;
use crate::people::columns::Column;
use crate::people::count::thousands;
use crate::people::user_type;
use crate::sanitize::{display_safe, display_safe_short, html_decode};

/// Longest group name in a chip.
const GROUP_CHIP: usize = 24;

pub(crate) fn title(model: &Model, shown: &[Column]) -> String {
    let u = &model.users;
    let mut parts = vec!["Users".to_string()];
    parts.extend(chips(model));
    if !u.filter_text.is_empty() {
        parts.push(format!("\"{}\"", display_safe(&u.filter_text)));
    }
    if !model.marks.is_empty() {
        parts.push(format!("{} marked", thousands(model.marks.len() as u64)));
    }
    if !shown.contains(&Column::of_sort(u.sort_by)) {
        parts.push(format!(
            "sorted by {} {}",
            sort_words(u.sort_by),
            arrow(u.sort_order)
        ));
    }
    // Where the cursor is: at a hundred thousand users the scroll alone does not tell.
    if !u.is_empty() {
        parts.push(format!(
            "{}/{}",
            thousands(u.cursor.saturating_add(1) as u64),
            thousands(u.len() as u64)
        ));
    }
    format!(" {} ", parts.join(" · "))
}

/// ▲ or ▼.
pub(crate) fn arrow(order: SortOrder) -> &'static str {
    match order {
        SortOrder::Ascending => "▲",
        SortOrder::Descending => "▼",
    }
}

fn sort_words(by: SortBy) -> &'static str {
    match by {
        SortBy::FirstName => "first name",
        SortBy::LastName => "last name",
        SortBy::DisplayName => "display name",
        SortBy::Type => "type",
        SortBy::Email => "email",
        SortBy::Department => "department",
        SortBy::UsedSpace => "used space",
        SortBy::CreatedBy => "inviter",
        SortBy::RegistrationDate => "registration date",
    }
}

/// The filters applied, one chip each; the status last.
pub(crate) fn chips(model: &Model) -> Vec<String> {
    let u = &model.users;
    let f = &u.filters;
    let mut out = Vec::new();
    if !f.types.is_empty() {
        let words: Vec<&str> = f.types.iter().map(|t| user_type::label(*t)).collect();
        out.push(format!("type: {}", words.join(", ")));
    }
    match f.group {
        Some(GroupFilter::Member(id)) => out.push(format!("group: {}", group_name(model, id))),
        Some(GroupFilter::NotMember(id)) => {
            out.push(format!("not in group: {}", group_name(model, id)));
        }
        Some(GroupFilter::WithoutGroup) => out.push("group: none".to_string()),
        None => {}
    }
    if let Some(l) = f.login_type {
        out.push(format!("login: {}", l.label()));
    }
    if let Some(p) = f.payments {
        out.push(format!(
            "payments: {}",
            match p {
                Payments::Paid => "paid",
                Payments::Free => "free",
            }
        ));
    }
    if let Some(q) = f.quota {
        out.push(format!("quota: {}", q.name()));
    }
    if let Some(a) = f.area {
        out.push(format!("area: {}", a.label()));
    }
    match f.inviter {
        Some(Inviter::Me) => out.push("invited by: me".to_string()),
        Some(Inviter::User(id)) => out.push(format!("invited by: {id}")),
        None => {}
    }
    if f.administrators_only {
        out.push("administrators".to_string());
    }
    if u.status_filter != StatusFilter::All {
        out.push(format!("status: {}", u.status_filter.label()));
    }
    out
}

/// A group's name as the portal gave it (decoded, sanitised, cut), else its id.
fn group_name(model: &Model, id: uuid::Uuid) -> String {
    match model.groups.name_of(id) {
        Some(name) => display_safe_short(&html_decode(name), GROUP_CHIP),
        None => id.to_string(),
    }
}
