//! Moving through a list that wraps round its ends (fields, choices, palette matches).

/// The position `by` steps from `at` in a list of `n`, round the ends; `None` for an
/// empty list.
pub(crate) fn wrap_step(at: usize, by: isize, n: usize) -> Option<usize> {
    if n == 0 {
        return None;
    }
    let step = by.unsigned_abs() % n;
    let at = at % n;
    // `at` and `step` are below `n`: neither sum nor difference leaves 0..n.
    Some(if by >= 0 {
        if step < n - at {
            at + step
        } else {
            at - (n - step)
        }
    } else if step <= at {
        at - step
    } else {
        at + (n - step)
    })
}

#[cfg(test)]
#[path = "wrap_tests.rs"]
mod tests;
