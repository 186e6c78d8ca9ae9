//! Confirmation on a terminal (a pseudo-terminal made by `script`, from util-linux).

use docspace_people::api::EmployeeStatus;

use crate::support::{BIN, Demo, Run, demo, exec_program};

/// Runs `shell_cmd` in a pseudo-terminal, typing `answer`; `None` when `script` is missing.
async fn on_terminal(d: &Demo, shell_cmd: &str, answer: &str) -> Option<Run> {
    let has_script = std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_script {
        eprintln!("skipped: `script` (util-linux) is not installed");
        return None;
    }
    Some(
        exec_program(
            "script",
            &d.home,
            ["-qec", shell_cmd, "/dev/null"].map(String::from).to_vec(),
            Some(answer.to_string()),
            vec![
                ("DOCSPACE_TOKEN".into(), d.server.token().to_string()),
                ("DOCSPACE_URL".into(), d.url()),
            ],
        )
        .await,
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_terminal_is_asked_and_its_answer_is_followed() {
    let d = demo(40).await;
    let users = d.plain_users(EmployeeStatus::Active);
    let (a, b) = (&users[0], &users[1]);
    let cmd = format!("{BIN} users terminate {}", a.id);
    let Some(r) = on_terminal(&d, &cmd, "n\n").await else {
        return;
    };
    assert_eq!(r.code, 1, "{r:?}");
    assert!(r.stdout.contains("Terminate 1 user"), "{}", r.stdout);
    assert!(d.writes().is_empty());
    assert_eq!(
        d.portal.user(a.id).expect("a").status,
        Some(EmployeeStatus::Active)
    );

    let Some(r) = on_terminal(&d, &cmd, "y\n").await else {
        return;
    };
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(
        d.portal.user(a.id).expect("a").status,
        Some(EmployeeStatus::Terminated)
    );

    // IDs on stdin: the question goes to the controlling terminal.
    let ids = d.home.path().join("ids.txt");
    std::fs::write(&ids, format!("{}\n", b.id)).expect("write");
    let cmd = format!("{BIN} users delete --terminate-first - < {}", ids.display());
    let Some(r) = on_terminal(&d, &cmd, "y\n").await else {
        return;
    };
    assert_eq!(r.code, 0, "{r:?}");
    assert!(r.stdout.contains("This is permanent"), "{}", r.stdout);
    assert!(d.portal.user(b.id).is_none(), "deleted");
}
