//! The portal may create a user with another type than asked (no free paid seat, so it
//! falls back to User); both front ends say so in the same words.

use super::user_type::label;
use crate::api::dto::{EmployeeFullDto, EmployeeType};

/// When the portal created the user with another type than asked (no free paid seat, so it
/// fell back to User), the words that say so: "as User, not Room admin (no free paid seat)".
pub(crate) fn type_change_notice(asked: EmployeeType, created: &EmployeeFullDto) -> Option<String> {
    let got = created.user_type()?;
    (got != asked).then(|| {
        format!(
            "as {}, not {} (no free paid seat)",
            label(got),
            label(asked)
        )
    })
}

#[cfg(test)]
#[path = "type_change_tests.rs"]
mod tests;
