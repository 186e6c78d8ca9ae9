//! Terminal UI tests: flows that drive keys through the real update loop and the real
//! worker against the demo portal over loopback HTTP, asserting on the screen and on the
//! portal's state and request log.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    unreachable_pub
)]

#[path = "tui/harness.rs"]
mod harness;
#[path = "tui/svg.rs"]
mod svg;

#[path = "tui/admin.rs"]
mod admin;

#[path = "tui/browse.rs"]
mod browse;
#[path = "tui/copy_open.rs"]
mod copy_open;
#[path = "tui/empty_result.rs"]
mod empty_result;
#[path = "tui/export.rs"]
mod export;
#[path = "tui/history.rs"]
mod history;
#[path = "tui/journal.rs"]
mod journal;
#[path = "tui/lifecycle.rs"]
mod lifecycle;
#[path = "tui/list_cache.rs"]
mod list_cache;
#[path = "tui/lookup.rs"]
mod lookup;
#[path = "tui/mark_all.rs"]
mod mark_all;
#[path = "tui/messages.rs"]
mod messages;
#[path = "tui/mouse.rs"]
mod mouse;
#[path = "tui/offboard.rs"]
mod offboard;
#[path = "tui/paging.rs"]
mod paging;
#[path = "tui/palette.rs"]
mod palette;
#[path = "tui/paste_marks.rs"]
mod paste_marks;
#[path = "tui/pinned.rs"]
mod pinned;
#[path = "tui/profile_switch.rs"]
mod profile_switch;
#[path = "tui/reopen_job.rs"]
mod reopen_job;
#[path = "tui/screenshots.rs"]
mod screenshots;
#[path = "tui/session.rs"]
mod session;
#[path = "tui/small_screen.rs"]
mod small_screen;
#[path = "tui/smoke.rs"]
mod smoke;
#[path = "tui/sort_filter.rs"]
mod sort_filter;
#[path = "tui/stop.rs"]
mod stop;
#[path = "tui/worker.rs"]
mod worker;
