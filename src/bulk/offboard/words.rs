//! Offboarding in words, as both front ends say it: what a delete takes away ("personal
//! files: 1.2 GB will be deleted", "rooms: 3 (4.5 GB) go to you"), the plan of one user
//! ("terminate; hand 1 room (5.0 MB: Sales) to Ann; delete; remove their files (0 B)"),
//! and what became of their data (why a user is left out is said by
//! [`crate::bulk::Exclusion::reason`], the one wording for every bulk action). Sizes are
//! [`size::words`]. Names passed in are shown as given: make them safe first; room
//! titles go through the `title` passed in.

use super::impact::Impact;
use crate::bulk::job_follow::Ended;
use crate::people::size;

/// Said while the impact is being read.
pub const READING: &str = "reading what they own…";

/// Who receives the rooms when nobody else is chosen: the caller.
pub const YOU: &str = "you";

/// How many room titles a line names before "+N more".
const ROOMS_NAMED: usize = 3;

/// "personal files: 1.2 GB will be deleted" (or "personal files: none").
pub fn personal_line(i: &Impact) -> String {
    if i.personal_bytes == 0 {
        "personal files: none".to_string()
    } else {
        format!(
            "personal files: {} will be deleted",
            size::words(i.personal_bytes)
        )
    }
}

/// "rooms: 3 (4.5 GB) go to you" (or "rooms: none"); `receiver` is "you" or a name.
pub fn rooms_line(i: &Impact, receiver: &str) -> String {
    match i.rooms {
        0 if i.necessary => format!("shared data goes to {receiver}"),
        0 => "rooms: none".to_string(),
        n => format!(
            "rooms: {n} ({}) go to {receiver}",
            size::words(i.rooms_bytes)
        ),
    }
}

/// The two lines of one user's (or several users' summed) impact.
pub fn impact_lines(i: &Impact, receiver: &str) -> [String; 2] {
    [personal_line(i), rooms_line(i, receiver)]
}

/// "3 rooms (1.2 GB: Sales, Design, Board, +1 more)"; "no rooms" when none.
pub fn rooms_words(i: &Impact, title: &dyn Fn(&str) -> String) -> String {
    if i.rooms == 0 {
        return "no rooms".into();
    }
    let mut names: Vec<String> = i
        .room_titles
        .iter()
        .take(ROOMS_NAMED)
        .map(|t| title(t))
        .collect();
    if i.rooms > names.len() {
        names.push(format!("+{} more", i.rooms - names.len()));
    }
    let rooms = if i.rooms == 1 {
        "1 room".to_string()
    } else {
        format!("{} rooms", i.rooms)
    };
    format!(
        "{rooms} ({}: {})",
        size::words(i.rooms_bytes),
        names.join(", ")
    )
}

/// The plan for one user: "terminate; hand 3 rooms (1.2 GB: …) and their shared files to
/// Ann Lee; delete; remove their files (300.0 MB)". Every offboarded user's data is
/// handed over before the delete, whatever they own.
pub fn plan_words(
    i: &Impact,
    terminate: bool,
    receiver: &str,
    title: &dyn Fn(&str) -> String,
) -> String {
    let first = if terminate {
        "terminate"
    } else {
        "already terminated"
    };
    let hand = if i.rooms == 0 {
        format!("hand their shared files (no rooms) to {receiver}")
    } else {
        format!(
            "hand {} and their shared files to {receiver}",
            rooms_words(i, title)
        )
    };
    format!(
        "{first}; {hand}; delete; remove their files ({})",
        size::words(i.personal_bytes)
    )
}

/// A completed handover: "rooms and shared files handed to Ann", or with the user's
/// impact "1 room (5.0 MB: Sales) and shared files handed to Ann".
pub fn handed_to(
    receiver: &str,
    impact: Option<&Impact>,
    title: &dyn Fn(&str) -> String,
) -> String {
    match impact {
        Some(i) if i.rooms > 0 => format!(
            "{} and shared files handed to {receiver}",
            rooms_words(i, title)
        ),
        _ => format!("rooms and shared files handed to {receiver}"),
    }
}

/// How the data removal a delete queued ended. Without a handover first, the removal
/// moves the rooms and shared files to the one who deleted ("you").
pub fn removal(end: &Ended, handed: bool, impact: Option<&Impact>) -> String {
    match end {
        Ended::Done => {
            let files = match impact {
                Some(i) => format!("their files removed ({})", size::words(i.personal_bytes)),
                None => "their files removed".to_string(),
            };
            if handed {
                files
            } else {
                format!("rooms and shared files moved to {YOU}, {files}")
            }
        }
        Ended::Failed(why) => format!("the data removal failed: {why}"),
        Ended::Cancelled(p) => format!("the data removal was cancelled at {p}%"),
        Ended::Left(p) => format!("the data removal goes on on the portal ({p}% when left)"),
        Ended::Unknown(why) => format!("how the data removal ended is unknown: {why}"),
    }
}

#[cfg(test)]
#[path = "words_tests.rs"]
mod tests;
