//! Running the real binary against a demo portal.

use std::io::Write;
use std::process::{Command, Stdio};

use docspace_people::api::{
    ClientOptions, EmployeeFullDto, EmployeeStatus, EmployeeType, PortalClient,
};
use docspace_people::demo::{DemoOptions, DemoPortal, DemoServer, LoggedRequest, NewUser, spawn};
use secrecy::SecretString;
use tempfile::TempDir;

pub const BIN: &str = env!("CARGO_BIN_EXE_docspace-people");

/// A demo portal (rate limit off) and a private home for the binary's config and log.
pub struct Demo {
    pub server: DemoServer,
    pub portal: DemoPortal,
    pub home: TempDir,
}

/// What a run of the binary produced.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub async fn demo(users: usize) -> Demo {
    let server = spawn(DemoOptions {
        users,
        seed: 7,
        rate_limit: None,
        ..DemoOptions::default()
    })
    .await
    .expect("demo portal starts");
    let portal = server.portal();
    Demo {
        server,
        portal,
        home: tempfile::tempdir().expect("tempdir"),
    }
}

impl Demo {
    pub fn url(&self) -> String {
        self.server.url()
    }

    /// Runs `docspace-people --url <demo> ARGS` with the demo's token in DOCSPACE_TOKEN.
    pub async fn run(&self, args: &[&str], stdin: Option<&str>) -> Run {
        let token = self.server.token().to_string();
        self.run_with_token(&token, args, stdin).await
    }

    pub async fn run_with_token(&self, token: &str, args: &[&str], stdin: Option<&str>) -> Run {
        let mut all = vec!["--url".to_string(), self.url()];
        all.extend(args.iter().map(|s| s.to_string()));
        exec(
            &self.home,
            all,
            stdin.map(str::to_string),
            vec![("DOCSPACE_TOKEN".into(), token.to_string())],
        )
        .await
    }

    pub fn client(&self) -> PortalClient {
        self.client_with(self.server.token())
    }

    pub fn client_with(&self, token: &str) -> PortalClient {
        PortalClient::new(&ClientOptions::new(
            self.url(),
            SecretString::from(token.to_string()),
        ))
        .expect("client")
    }

    /// Requests that could change something (anything but GET).
    pub fn writes(&self) -> Vec<LoggedRequest> {
        self.portal
            .request_log()
            .into_iter()
            .filter(|r| r.method != "GET")
            .collect()
    }

    /// The portal owner (the demo token acts as the owner).
    pub fn owner(&self) -> EmployeeFullDto {
        self.portal.user(self.portal.owner_id()).expect("owner")
    }

    /// The first `n` active users that are neither the owner nor an admin nor from LDAP.
    pub fn active(&self, n: usize) -> Vec<EmployeeFullDto> {
        let users: Vec<_> = self
            .plain_users(EmployeeStatus::Active)
            .into_iter()
            .take(n)
            .collect();
        assert_eq!(users.len(), n, "the demo portal has {n} active users");
        users
    }

    /// A new active room admin, Lea Vermeer, owning one room ("Leaver's room", 2 files,
    /// 1 MB), and the address of another active room admin to receive it.
    pub fn leaver_and_heir(&self) -> (uuid::Uuid, String) {
        let leaver = self.portal.insert_user(NewUser::new(
            "Lea",
            "Vermeer",
            "lea.vermeer@example.org",
            EmployeeType::RoomAdmin,
        ));
        self.portal
            .add_room(leaver, "Leaver's room", 2, 1024 * 1024);
        let heir = self
            .portal
            .users()
            .into_iter()
            .find(|u| {
                u.id != leaver
                    && u.user_type() == Some(EmployeeType::RoomAdmin)
                    && u.status == Some(EmployeeStatus::Active)
            })
            .and_then(|u| u.email)
            .expect("a second active room admin");
        (leaver, heir)
    }

    /// Users with `status` that are neither the owner nor an admin nor an LDAP account (the
    /// portal refuses to change those), in creation order.
    pub fn plain_users(&self, status: EmployeeStatus) -> Vec<EmployeeFullDto> {
        self.portal
            .users()
            .into_iter()
            .filter(|u| {
                !u.is_owner()
                    && !u.is_admin()
                    && u.is_ldap != Some(true)
                    && u.status == Some(status)
            })
            .collect()
    }
}

/// Runs the binary with a clean environment: its own config and data directories.
pub async fn exec(
    home: &TempDir,
    args: Vec<String>,
    stdin: Option<String>,
    env: Vec<(String, String)>,
) -> Run {
    exec_program(BIN, home, args, stdin, env).await
}

/// Runs `program` (the binary, or a wrapper around it) with the same clean environment.
pub async fn exec_program(
    program: &'static str,
    home: &TempDir,
    args: Vec<String>,
    stdin: Option<String>,
    env: Vec<(String, String)>,
) -> Run {
    let home = home.path().to_path_buf();
    tokio::task::spawn_blocking(move || {
        let mut cmd = command(program, &home, &args, &env);
        cmd.stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        });
        let mut child = cmd.spawn().expect("binary starts");
        if let Some(text) = stdin
            && let Some(mut pipe) = child.stdin.take()
        {
            let _ = pipe.write_all(text.as_bytes());
        }
        Run::of(child.wait_with_output().expect("binary ends"))
    })
    .await
    .expect("runner")
}

impl Run {
    /// What an ended process produced.
    pub fn of(out: std::process::Output) -> Self {
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

/// The binary (or a wrapper) with a clean environment: its own config and data
/// directories under `home`, no token or portal from the caller's environment, output
/// piped.
pub fn command(
    program: &str,
    home: &std::path::Path,
    args: &[String],
    env: &[(String, String)],
) -> Command {
    let mut cmd = Command::new(program);
    cmd.args(args)
        .env_remove("DOCSPACE_URL")
        .env_remove("DOCSPACE_TOKEN")
        .env_remove("DOCSPACE_LOG")
        .env_remove("RUST_LOG")
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd
}

/// The ids as stdin lines.
pub fn lines(users: &[EmployeeFullDto]) -> String {
    users.iter().map(|u| format!("{}\n", u.id)).collect()
}

/// Starts `docspace-people --url <demo> ARGS` in the background (no stdin), with the
/// demo's token, for a test that signals it.
pub fn spawn_run(d: &Demo, args: &[&str]) -> std::process::Child {
    let mut all = vec!["--url".to_string(), d.url()];
    all.extend(args.iter().map(|s| s.to_string()));
    let env = vec![("DOCSPACE_TOKEN".to_string(), d.server.token().to_string())];
    let mut cmd = command(BIN, d.home.path(), &all, &env);
    cmd.stdin(Stdio::null());
    cmd.spawn().expect("binary starts")
}

/// Waits (bounded) until the portal has answered a write to `path`.
pub async fn until_written(d: &Demo, path: &str) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while !d.writes().iter().any(|w| w.path == path) {
        assert!(std::time::Instant::now() < deadline, "no write to {path}");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

/// Sends SIGINT to `child` and waits for it to end.
#[cfg(unix)]
pub async fn interrupt_and_wait(child: std::process::Child) -> Run {
    use rustix::process::{Pid, Signal, kill_process};
    kill_process(Pid::from_child(&child), Signal::INT).expect("SIGINT");
    tokio::task::spawn_blocking(move || Run::of(child.wait_with_output().expect("binary ends")))
        .await
        .expect("runner")
}
