//! `docspace-people`: parse the command line, then run the terminal UI, the demo portal
//! or a `users` subcommand. Exit codes: see `docspace_people::commands::EXIT_CODES`.

use std::process::ExitCode;

use clap::Parser;
use secrecy::SecretString;

use docspace_people::api::ClientOptions;
use docspace_people::cli::{Cli, Command, ServeDemoArgs};
use docspace_people::commands::setup;
use docspace_people::commands::{self, Exit, Io};
use docspace_people::config;
use docspace_people::journal::{self, Journal, TURN_OFF_HINT};
use docspace_people::runtime::{TuiOptions, run_tui};
use docspace_people::{demo, logging, redact};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return command_line_error(&e),
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(1);
        }
    };
    ExitCode::from(runtime.block_on(run(cli)))
}

async fn run(cli: Cli) -> u8 {
    let unused = cli.unused_connection_flags();
    match &cli.command {
        Some(Command::ServeDemo(_) | Command::Completions(_) | Command::Man)
            if !unused.is_empty() =>
        {
            return fail(
                &format!(
                    "{} does not apply to this subcommand (it reads no configuration)",
                    unused.join(", ")
                ),
                Exit::Usage,
            );
        }
        _ => {}
    }
    let resolve_opts = cli.resolve_options(match &cli.command {
        Some(Command::Users(a)) => Some(&a.connect),
        Some(Command::Journal(a)) => Some(&a.connect),
        Some(Command::Groups(a)) => Some(&a.connect),
        Some(Command::Login(a)) => Some(&a.connect),
        Some(Command::Config(a)) => Some(&a.connect),
        _ => None,
    });
    match cli.command {
        Some(Command::ServeDemo(args)) => serve_demo(args).await,
        Some(Command::Users(args)) => {
            logging::to_stderr("warn");
            let conn = match config::resolve(&resolve_opts) {
                Ok(c) => c,
                Err(e) => return fail(&e.to_string(), Exit::Usage),
            };
            let mut io = Io::real();
            match commands::run_users(&args.command, &conn, &mut io).await {
                Ok(exit) => exit.code(),
                Err(e) => fail(&e.to_string(), e.exit),
            }
        }
        Some(Command::Login(args)) => {
            logging::to_stderr("warn");
            let mut io = Io::real();
            match commands::run_login(&args, &resolve_opts, &mut io).await {
                Ok(exit) => exit.code(),
                Err(e) => fail(&e.to_string(), e.exit),
            }
        }
        Some(Command::Groups(args)) => {
            logging::to_stderr("warn");
            let conn = match config::resolve(&resolve_opts) {
                Ok(c) => c,
                Err(e) => return fail(&e.to_string(), Exit::Usage),
            };
            let mut io = Io::real();
            match commands::run_groups(&args.command, &conn, &mut io).await {
                Ok(exit) => exit.code(),
                Err(e) => fail(&e.to_string(), e.exit),
            }
        }
        Some(Command::Journal(args)) => {
            logging::to_stderr("warn");
            let mut io = Io::real();
            match commands::run_journal(&args, &resolve_opts, &mut io).await {
                Ok(exit) => exit.code(),
                Err(e) => fail(&e.to_string(), e.exit),
            }
        }
        Some(Command::Config(args)) => {
            let mut io = Io::real();
            match setup::run_config(args.command, &resolve_opts, &mut io) {
                Ok(exit) => exit.code(),
                Err(e) => fail(&e.to_string(), e.exit),
            }
        }
        Some(Command::Completions(args)) => {
            let mut io = Io::real();
            io.out(&String::from_utf8_lossy(&setup::completions(args.shell)));
            0
        }
        Some(Command::Man) => match setup::man_page() {
            Ok(page) => {
                Io::real().out(&String::from_utf8_lossy(&page));
                0
            }
            Err(e) => fail(&e.to_string(), e.exit),
        },
        None if cli.demo => {
            let opts = demo::DemoOptions {
                users: cli.demo_users,
                seed: cli.demo_seed,
                rate_limit: cli.demo_rate_limit.per_minute(),
                faults: cli.demo_fault_knobs().rules(),
                shuffle_ties: cli.demo_shuffle_ties,
                ..demo::DemoOptions::default()
            };
            demo_tui(opts).await
        }
        None => {
            let _log = logging::to_file();
            let conn = match config::resolve(&resolve_opts) {
                Ok(c) => c,
                Err(e) => return fail(&e.to_string(), Exit::Usage),
            };
            let label = if conn.profile.is_empty() {
                conn.client.base_url.clone()
            } else {
                format!("{} ({})", conn.profile, conn.client.base_url)
            };
            // A read-only profile sends no write, so it needs no journal.
            let journal = if conn.read_only {
                Journal::disabled()
            } else {
                match journal::for_connection(&conn) {
                    Ok(j) => j,
                    Err(e) => return fail(&format!("{e}; {TURN_OFF_HINT}"), Exit::Usage),
                }
            };
            let mut opts = TuiOptions::new(conn.client, label, journal);
            opts.keys = conn.keys;
            opts.no_color = conn.no_color;
            opts.columns = conn.columns;
            opts.read_only = conn.read_only;
            opts.profiles = Some(resolve_opts.clone());
            tui(opts).await
        }
    }
}

/// `--help` and `--version` as clap prints them; errors with any value that may be a
/// secret (a token given to the wrong option) hidden.
fn command_line_error(e: &clap::Error) -> ExitCode {
    if !e.use_stderr() {
        let _ = e.print();
        return ExitCode::SUCCESS;
    }
    eprint!("{}", redact::scrub(&e.render().to_string()));
    ExitCode::from(Exit::Usage.code())
}

/// Prints an error; anything in it that looks like a token is hidden (a last guard: the
/// messages are built not to hold one).
fn fail(message: &str, exit: Exit) -> u8 {
    eprintln!("error: {}", redact::scrub(message));
    exit.code()
}

async fn tui(opts: TuiOptions) -> u8 {
    match run_tui(opts).await {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("error: {}", redact::scrub(&e.to_string()));
            u8::try_from(e.exit_code()).unwrap_or(1)
        }
    }
}

async fn demo_tui(opts: demo::DemoOptions) -> u8 {
    let _log = logging::to_file();
    // The portal is seeded while the first frame is drawn; the first list waits for it.
    let server = match demo::spawn_seeding(opts).await {
        Ok(s) => s,
        Err(e) => return fail(&e.to_string(), Exit::Usage),
    };
    let client = ClientOptions::new(server.url(), SecretString::from(server.token().to_string()));
    let label = format!("demo portal ({})", server.url());
    // The in-process demo portal is gone when the program ends: its writes are not
    // journalled (a check could never reach it).
    let code = tui(TuiOptions::new(client, label, Journal::disabled())).await;
    server.shutdown().await;
    code
}

async fn serve_demo(args: ServeDemoArgs) -> u8 {
    logging::to_stderr("info");
    let opts = demo::DemoOptions {
        listen: args.listen,
        rate_limit: args.rate_limit.per_minute(),
        faults: args.fault_rules(),
        token: args.token,
        users: args.users,
        seed: args.seed,
        shuffle_ties: args.shuffle_ties,
        ..demo::DemoOptions::default()
    };
    match demo::serve_forever(opts).await {
        Ok(()) => 0,
        Err(e) => fail(&e.to_string(), Exit::Usage),
    }
}
