//! Printing a bulk plan (`--dry-run`) and a bulk report, as a table, JSON or CSV.
//!
//! Report JSON: `{"action", "done", "unchanged", "failed", "unknown", "skipped",
//! "stopped", "results": [{"id", "name", "result" ("done" | "unchanged" | "failed" |
//! "unknown" | "skipped" | "stopped"), "reason" (null when done)}]}`.
//! Plan JSON: `{"action", "dryRun": true, "requests": [{"method", "path", "userIds",
//! "afterTerminate"}], "users": [{"id", "name", "steps" (null when left out), "excluded"
//! (the reason, null when planned)}]}`.

use serde_json::json;

use super::output::Format;
use super::{csv, table};
use crate::bulk::{Plan, PlannedRequest, Report};
use crate::sanitize::display_safe;

fn safe(s: &str) -> String {
    display_safe(s).into_owned()
}

/// What the plan does to each eligible user, in words.
fn steps(plan: &Plan, status_terminated: bool) -> &'static str {
    use crate::bulk::BulkAction::*;
    match plan.action {
        Terminate => "terminate",
        Activate => "re-activate",
        Delete {
            terminate_first: false,
        } => "delete",
        Delete {
            terminate_first: true,
        } if status_terminated => "delete",
        Delete {
            terminate_first: true,
        } => "terminate, then delete",
    }
}

fn request_line(i: usize, r: &PlannedRequest) -> String {
    let after = if r.after_terminate {
        " (only the users whose terminate succeeded)"
    } else {
        ""
    };
    format!(
        "  {}. {} {}  {} users{after}\n",
        i + 1,
        r.method,
        r.path,
        r.ids.len()
    )
}

/// Renders a plan for `--dry-run`.
pub(crate) fn plan(plan: &Plan, format: Format, tty: bool) -> String {
    let requests = plan.requests();
    let is_terminated =
        |t: &crate::bulk::Target| t.status == Some(crate::api::EmployeeStatus::Terminated);
    match format {
        Format::Json => {
            let reqs: Vec<_> = requests
                .iter()
                .map(|r| {
                    json!({"method": r.method, "path": r.path, "userIds": r.ids,
                           "afterTerminate": r.after_terminate})
                })
                .collect();
            let mut users: Vec<_> = plan
                .eligible
                .iter()
                .map(|t| {
                    json!({"id": t.id, "name": t.name, "steps": steps(plan, is_terminated(t)),
                           "excluded": null})
                })
                .collect();
            users.extend(plan.excluded.iter().map(|(t, why)| {
                json!({"id": t.id, "name": t.name, "steps": null, "excluded": why.reason()})
            }));
            let v = json!({"action": plan.action.verb(), "dryRun": true,
                           "requests": reqs, "users": users});
            format!("{}\n", serde_json::to_string_pretty(&v).unwrap_or_default())
        }
        Format::Csv => {
            let mut out = csv::record(&["id", "name", "steps", "excluded"]);
            for t in &plan.eligible {
                let name = if tty { safe(&t.name) } else { t.name.clone() };
                out.push_str(&csv::record(&[
                    t.id.to_string(),
                    name,
                    steps(plan, is_terminated(t)).to_string(),
                    String::new(),
                ]));
            }
            for (t, why) in &plan.excluded {
                let name = if tty { safe(&t.name) } else { t.name.clone() };
                out.push_str(&csv::record(&[
                    t.id.to_string(),
                    name,
                    String::new(),
                    why.reason().to_string(),
                ]));
            }
            out
        }
        Format::Table => {
            let mut out = format!(
                "Plan: {} {} users, {} left out. Dry run: no request that changes anything is sent.\n",
                plan.action.verb(),
                plan.eligible.len(),
                plan.excluded.len()
            );
            if requests.is_empty() {
                out.push_str("Requests: none\n");
            } else {
                out.push_str("Requests:\n");
                for (i, r) in requests.iter().enumerate() {
                    out.push_str(&request_line(i, r));
                }
            }
            out.push('\n');
            let mut rows: Vec<Vec<String>> = plan
                .eligible
                .iter()
                .map(|t| {
                    vec![
                        t.id.to_string(),
                        safe(&t.name),
                        steps(plan, is_terminated(t)).to_string(),
                    ]
                })
                .collect();
            rows.extend(plan.excluded.iter().map(|(t, why)| {
                vec![
                    t.id.to_string(),
                    safe(&t.name),
                    format!("left out: {}", why.reason()),
                ]
            }));
            out.push_str(&table::render(&["ID", "NAME", "PLAN"], &rows, &[0, 40, 0]));
            out
        }
    }
}

/// Renders the per-user report of a finished run.
pub(crate) fn report(r: &Report, format: Format, tty: bool) -> String {
    match format {
        Format::Json => {
            let results: Vec<_> = r
                .results
                .iter()
                .map(|u| {
                    let reason = match u.outcome.reason() {
                        "" => serde_json::Value::Null,
                        s => s.into(),
                    };
                    json!({"id": u.id, "name": u.name, "result": u.outcome.label(),
                           "reason": reason})
                })
                .collect();
            let v = json!({"action": r.action.verb(), "done": r.done(),
                           "unchanged": r.unchanged(), "failed": r.failed(),
                           "unknown": r.unknown(), "skipped": r.skipped(),
                           "stopped": r.stopped(), "results": results});
            format!("{}\n", serde_json::to_string_pretty(&v).unwrap_or_default())
        }
        Format::Csv => {
            let mut out = csv::record(&["id", "name", "result", "reason"]);
            for u in &r.results {
                let (name, reason) = if tty {
                    (safe(&u.name), safe(u.outcome.reason()))
                } else {
                    (u.name.clone(), u.outcome.reason().to_string())
                };
                out.push_str(&csv::record(&[
                    u.id.to_string(),
                    name,
                    u.outcome.label().to_string(),
                    reason,
                ]));
            }
            out
        }
        Format::Table => {
            let rows: Vec<Vec<String>> = r
                .results
                .iter()
                .map(|u| {
                    vec![
                        u.id.to_string(),
                        safe(&u.name),
                        u.outcome.label().to_string(),
                        safe(u.outcome.reason()),
                    ]
                })
                .collect();
            table::render(&["ID", "NAME", "RESULT", "REASON"], &rows, &[0, 40, 0, 0])
        }
    }
}

/// One line for stderr: "terminate: 98 done, 1 failed, 1 skipped"; outcomes that did not
/// occur other than done, failed and skipped are left out ("2 already so", "1 unknown",
/// "3 stopped").
pub(crate) fn summary(r: &Report) -> String {
    let mut parts = vec![format!("{} done", r.done())];
    if r.unchanged() > 0 {
        parts.push(format!("{} already so", r.unchanged()));
    }
    parts.push(format!("{} failed", r.failed()));
    if r.unknown() > 0 {
        parts.push(format!("{} unknown", r.unknown()));
    }
    parts.push(format!("{} skipped", r.skipped()));
    if r.stopped() > 0 {
        parts.push(format!("{} stopped", r.stopped()));
    }
    format!("{}: {}", r.action.verb(), parts.join(", "))
}
