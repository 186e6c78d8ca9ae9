//! `TaskProgressResponseDto`: the progress of a background job (data reassignment, data
//! removal, a type change that hands rooms over), and `DistributedTaskStatus`.
//!
//! The server writes `{id, error?, percentage, isCompleted, status}` with `status` as a
//! number (`products/ASC.People/Server/ApiModels/ResponseDto/TaskProgressResponseDto.cs`,
//! `common/ASC.Common/Threading/DistributedTaskStatus.cs`). When no job is queued for the
//! user, the progress routes answer with an envelope that has no `response` at all.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// `DistributedTaskStatus`, written as a number. The server spells the last one
/// `Failted`; it is [`TaskStatus::Failed`] here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TaskStatus {
    Created,
    Running,
    Completed,
    Canceled,
    Failed,
    /// A value this client does not know.
    Other(i64),
}

impl TaskStatus {
    pub fn code(self) -> i64 {
        match self {
            Self::Created => 0,
            Self::Running => 1,
            Self::Completed => 2,
            Self::Canceled => 3,
            Self::Failed => 4,
            Self::Other(n) => n,
        }
    }

    pub fn from_code(n: i64) -> Self {
        match n {
            0 => Self::Created,
            1 => Self::Running,
            2 => Self::Completed,
            3 => Self::Canceled,
            4 => Self::Failed,
            n => Self::Other(n),
        }
    }

    /// A word for people: "queued", "running", "done", "cancelled", "failed".
    pub fn label(self) -> String {
        match self {
            Self::Created => "queued".into(),
            Self::Running => "running".into(),
            Self::Completed => "done".into(),
            Self::Canceled => "cancelled".into(),
            Self::Failed => "failed".into(),
            Self::Other(n) => format!("status {n}"),
        }
    }
}

impl Serialize for TaskStatus {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_i64(self.code())
    }
}

impl<'de> Deserialize<'de> for TaskStatus {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Self::from_code(i64::deserialize(d)?))
    }
}

/// `TaskProgressResponseDto`. `id` names the job (`{tenant}_{userId}_{kind}` on the
/// server); `error` is the failure's message, omitted when there is none.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskProgressDto {
    #[serde(default)]
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    #[serde(default)]
    pub percentage: i64,
    #[serde(default)]
    pub is_completed: bool,
    #[serde(default = "created")]
    pub status: TaskStatus,
}

fn created() -> TaskStatus {
    TaskStatus::Created
}

impl TaskProgressDto {
    /// Whether the job has ended, one way or another: the server sets `isCompleted` when
    /// it ends, whether done, cancelled or failed.
    pub fn is_finished(&self) -> bool {
        self.is_completed
            || matches!(
                self.status,
                TaskStatus::Completed | TaskStatus::Canceled | TaskStatus::Failed
            )
    }

    /// Whether the job ended having done all its work.
    pub fn succeeded(&self) -> bool {
        self.is_finished() && self.status == TaskStatus::Completed && self.error.is_none()
    }

    /// The percentage, kept within 0..=100 whatever the portal sends.
    pub fn percent(&self) -> u8 {
        u8::try_from(self.percentage.clamp(0, 100)).unwrap_or(100)
    }

    /// How the job ended; `None` while it is queued or running. The status decides: the
    /// server sets `Canceled` when a job is stopped (`ReassignProgressItem.cs` lines
    /// 152-156, `DistributedTaskQueue.cs` lines 263-285: only a faulted task carries an
    /// exception, and a faulted task's status is `Failted`), so a cancelled job is
    /// cancelled, whatever message comes with it; any other end short of a clean
    /// completion failed.
    pub fn end(&self) -> Option<JobEnd> {
        if !self.is_finished() {
            None
        } else if self.succeeded() {
            Some(JobEnd::Done)
        } else if self.status == TaskStatus::Canceled {
            Some(JobEnd::Cancelled(self.percent()))
        } else {
            Some(JobEnd::Failed(self.error.clone().unwrap_or_else(|| {
                format!("it ended {}", self.status.label())
            })))
        }
    }
}

/// How a finished job ended ([`TaskProgressDto::end`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobEnd {
    /// All its work done.
    Done,
    /// Stopped (by the caller or someone else) at this percentage; what it did stays done.
    Cancelled(u8),
    /// The portal says it failed (its words, raw: sanitise before showing).
    Failed(String),
}

#[cfg(test)]
#[path = "progress_tests.rs"]
mod tests;
