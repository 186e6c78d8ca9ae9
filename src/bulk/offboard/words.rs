//! A user's impact in words, as both front ends say it: "personal files: 1.2 GB will be
//! deleted", "rooms: 3 (4.5 GB) go to you". Names passed in are shown as given: make
//! them safe first.

use super::impact::Impact;

/// Said while the impact is being read.
pub const READING: &str = "reading what they own…";

/// Who receives the rooms when nobody else is chosen: the caller.
pub const YOU: &str = "you";

/// "0 B", "512 B", "1.2 KB", "4.5 GB" (powers of 1024, one decimal under 10).
pub fn human_bytes(n: u64) -> String {
    const UNITS: [&str; 5] = ["KB", "MB", "GB", "TB", "PB"];
    if n < 1024 {
        return format!("{n} B");
    }
    let mut v = n as f64 / 1024.0;
    let mut unit = UNITS[0];
    for u in &UNITS[1..] {
        if v < 1024.0 {
            break;
        }
        v /= 1024.0;
        unit = u;
    }
    if v < 10.0 {
        format!("{v:.1} {unit}")
    } else {
        format!("{v:.0} {unit}")
    }
}

/// "personal files: 1.2 GB will be deleted" (or "personal files: none").
pub fn personal_line(i: &Impact) -> String {
    if i.personal_bytes == 0 {
        "personal files: none".to_string()
    } else {
        format!(
            "personal files: {} will be deleted",
            human_bytes(i.personal_bytes)
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
            human_bytes(i.rooms_bytes)
        ),
    }
}

/// The two lines of one user's (or several users' summed) impact.
pub fn impact_lines(i: &Impact, receiver: &str) -> [String; 2] {
    [personal_line(i), rooms_line(i, receiver)]
}

/// What happened to a user's data, for the report: "rooms and shared files handed to
/// Ann; personal data removed".
pub fn handed_over(receiver: &str) -> String {
    format!("rooms and shared files handed to {receiver}")
}

#[cfg(test)]
#[path = "words_tests.rs"]
mod tests;
