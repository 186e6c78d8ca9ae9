//! The request log tests read: method, path, query, status and, for writes, the user ids
//! in the body. Headers are never recorded, so the token never appears here.

use std::borrow::Cow;
use std::collections::VecDeque;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use uuid::Uuid;

/// Entries kept; older ones are dropped.
pub(crate) const LOG_CAPACITY: usize = 20_000;

/// One request the portal answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoggedRequest {
    pub method: String,
    pub path: String,
    /// The raw query string, if any.
    pub query: Option<String>,
    /// The HTTP status sent (also for injected faults); 0 when the connection was closed
    /// without an answer ([`Fault::Hangup`](super::Fault::Hangup)).
    pub status: u16,
    /// `userIds` of a write request's JSON body, in order.
    pub user_ids: Vec<Uuid>,
    /// The injected fault, in words, if one applied.
    pub fault: Option<String>,
}

/// A bounded log.
#[derive(Debug, Clone, Default)]
pub(crate) struct RequestLog {
    entries: VecDeque<LoggedRequest>,
}

impl RequestLog {
    pub(crate) fn push(&mut self, entry: LoggedRequest) {
        if self.entries.len() >= LOG_CAPACITY {
            self.entries.pop_front();
        }
        self.entries.push_back(entry);
    }

    pub(crate) fn entries(&self) -> Vec<LoggedRequest> {
        self.entries.iter().cloned().collect()
    }

    pub(crate) fn clear(&mut self) {
        self.entries.clear();
    }
}

/// The `userIds` of a JSON body (any key case), ignoring anything unreadable. Read in
/// one pass, without building a document.
pub(crate) fn user_ids_in(body: &[u8]) -> Vec<Uuid> {
    serde_json::from_slice::<IdsBody>(body)
        .map(|b| b.0)
        .unwrap_or_default()
}

/// A JSON object's `userIds`, any key case; other properties skipped.
struct IdsBody(Vec<Uuid>);

impl<'de> Deserialize<'de> for IdsBody {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = IdsBody;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<IdsBody, A::Error> {
                let mut ids = Vec::new();
                while let Some(key) = map.next_key::<Cow<'de, str>>()? {
                    if key.eq_ignore_ascii_case("userIds") {
                        if let Some(Lenient(found)) = map.next_value::<Option<Lenient>>()? {
                            ids = found;
                        }
                    } else {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
                Ok(IdsBody(ids))
            }
        }
        d.deserialize_map(V)
    }
}

/// The GUIDs of a list, anything else in it skipped.
struct Lenient(Vec<Uuid>);

impl<'de> Deserialize<'de> for Lenient {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Lenient;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a list")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Lenient, A::Error> {
                let mut ids = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1000));
                while let Some(item) = seq.next_element::<Item>()? {
                    if let Item(Some(id)) = item {
                        ids.push(id);
                    }
                }
                Ok(Lenient(ids))
            }
            // Not a list: no ids.
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Lenient, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Lenient(Vec::new()))
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<Lenient, E> {
                Ok(Lenient(Vec::new()))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Lenient, E> {
                Ok(Lenient(Vec::new()))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Lenient, E> {
                Ok(Lenient(Vec::new()))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<Lenient, E> {
                Ok(Lenient(Vec::new()))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Lenient, E> {
                Ok(Lenient(Vec::new()))
            }
        }
        d.deserialize_any(V)
    }
}

/// One element of the list: a GUID string, or anything else (skipped).
struct Item(Option<Uuid>);

impl<'de> Deserialize<'de> for Item {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Item;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a GUID")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Item, E> {
                Ok(Item(Uuid::parse_str(v).ok()))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Item, E> {
                Ok(Item(None))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Item, E> {
                Ok(Item(None))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<Item, E> {
                Ok(Item(None))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Item, E> {
                Ok(Item(None))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Item, E> {
                Ok(Item(None))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Item, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Item(None))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Item, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Item(None))
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
#[path = "log_tests.rs"]
mod tests;
