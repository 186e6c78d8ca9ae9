//! The request log tests read: method, path, query, status and, for writes, the user ids
//! in the body. Headers are never recorded, so the token never appears here.

use std::collections::VecDeque;

use uuid::Uuid;

/// Entries kept; older ones are dropped.
pub const LOG_CAPACITY: usize = 20_000;

/// One request the portal answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoggedRequest {
    pub method: String,
    pub path: String,
    /// The raw query string, if any.
    pub query: Option<String>,
    /// The HTTP status sent (also for injected faults).
    pub status: u16,
    /// `userIds` of a write request's JSON body, in order.
    pub user_ids: Vec<Uuid>,
    /// The injected fault, in words, if one applied.
    pub fault: Option<String>,
}

/// A bounded log.
#[derive(Debug, Clone, Default)]
pub struct RequestLog {
    entries: VecDeque<LoggedRequest>,
}

impl RequestLog {
    pub fn push(&mut self, entry: LoggedRequest) {
        if self.entries.len() >= LOG_CAPACITY {
            self.entries.pop_front();
        }
        self.entries.push_back(entry);
    }

    pub fn entries(&self) -> Vec<LoggedRequest> {
        self.entries.iter().cloned().collect()
    }

    pub fn clear(&mut self) {
        self.entries.clear();
    }
}

/// The `userIds` of a JSON body (any key case), ignoring anything unreadable.
pub fn user_ids_in(body: &[u8]) -> Vec<Uuid> {
    let Ok(serde_json::Value::Object(map)) = serde_json::from_slice::<serde_json::Value>(body)
    else {
        return Vec::new();
    };
    map.iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("userIds"))
        .and_then(|(_, v)| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str())
                .filter_map(|s| Uuid::parse_str(s).ok())
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_ids_are_read_from_any_key_case() {
        let id = Uuid::from_u128(7);
        let body = format!(r#"{{"UserIDs":["{id}","junk"],"resendAll":false}}"#);
        assert_eq!(user_ids_in(body.as_bytes()), vec![id]);
        assert!(user_ids_in(b"not json").is_empty());
    }

    #[test]
    fn the_log_is_bounded() {
        let mut log = RequestLog::default();
        for i in 0..LOG_CAPACITY + 5 {
            log.push(LoggedRequest {
                method: "GET".into(),
                path: format!("/{i}"),
                query: None,
                status: 200,
                user_ids: vec![],
                fault: None,
            });
        }
        let e = log.entries();
        assert_eq!(e.len(), LOG_CAPACITY);
        assert_eq!(e[0].path, "/5");
    }
}
