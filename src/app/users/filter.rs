//! The status filter cycled by `f`.

use crate::api::EmployeeStatus;

/// Which users the list shows by status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StatusFilter {
    #[default]
    All,
    Active,
    Pending,
    Terminated,
}

impl StatusFilter {
    pub fn next(self) -> Self {
        match self {
            StatusFilter::All => StatusFilter::Active,
            StatusFilter::Active => StatusFilter::Pending,
            StatusFilter::Pending => StatusFilter::Terminated,
            StatusFilter::Terminated => StatusFilter::All,
        }
    }

    pub fn status(self) -> Option<EmployeeStatus> {
        match self {
            StatusFilter::All => None,
            StatusFilter::Active => Some(EmployeeStatus::Active),
            StatusFilter::Pending => Some(EmployeeStatus::Pending),
            StatusFilter::Terminated => Some(EmployeeStatus::Terminated),
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            StatusFilter::All => "all",
            StatusFilter::Active => "active",
            StatusFilter::Pending => "pending",
            StatusFilter::Terminated => "terminated",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_filter_cycles_through_four() {
        let mut f = StatusFilter::All;
        let mut seen = vec![];
        for _ in 0..4 {
            f = f.next();
            seen.push(f.label());
        }
        assert_eq!(seen, ["active", "pending", "terminated", "all"]);
    }
}
