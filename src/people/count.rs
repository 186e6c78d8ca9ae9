//! Counts in words: thousands separated ("12,345") and the noun in the right number
//! ("1 user", "2 users").

/// `n` with a comma between thousands: 12345 → "12,345".
pub(crate) fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "1 user", "12,345 users".
pub(crate) fn users(n: u64) -> String {
    if n == 1 {
        "1 user".to_string()
    } else {
        format!("{} users", thousands(n))
    }
}

#[cfg(test)]
#[path = "count_tests.rs"]
mod tests;
