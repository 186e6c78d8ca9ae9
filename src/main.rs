//! `docspace-people`: parse the command line, then run the terminal UI, the demo portal
//! or a `users` subcommand. Exit codes: see `docspace_people::commands::EXIT_CODES`.

use std::process::ExitCode;

use clap::Parser;
use secrecy::SecretString;

use docspace_people::api::ClientOptions;
use docspace_people::cli::{Cli, Command, ServeDemoArgs};
use docspace_people::commands::{self, Exit, Io};
use docspace_people::config::{self, ResolveOptions};
use docspace_people::runtime::{TuiOptions, run_tui};
use docspace_people::{demo, logging};

fn main() -> ExitCode {
    let cli = Cli::parse();
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
    let resolve_opts = ResolveOptions {
        config_path: cli.config.clone(),
        profile: cli.profile.clone(),
        url: cli.url.clone(),
    };
    match cli.command {
        Some(Command::ServeDemo(args)) => serve_demo(args).await,
        Some(Command::Users(cmd)) => {
            logging::to_stderr("warn");
            let conn = match config::resolve(&resolve_opts) {
                Ok(c) => c,
                Err(e) => return fail(&e.to_string(), Exit::Usage),
            };
            let mut io = Io::real();
            match commands::run_users(&cmd, &conn, &mut io).await {
                Ok(exit) => exit.code(),
                Err(e) => fail(&e.to_string(), e.exit),
            }
        }
        None if cli.demo => {
            let opts = demo::DemoOptions {
                users: cli.demo_users,
                seed: cli.demo_seed,
                rate_limit: cli.demo_rate_limit.per_minute(),
                faults: cli.demo_fault_knobs().rules(),
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
            let mut opts = TuiOptions::new(conn.client, label);
            opts.keys = conn.keys;
            opts.no_color = conn.no_color;
            opts.read_only = conn.read_only;
            tui(opts).await
        }
    }
}

fn fail(message: &str, exit: Exit) -> u8 {
    eprintln!("error: {message}");
    exit.code()
}

async fn tui(opts: TuiOptions) -> u8 {
    match run_tui(opts).await {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("error: {e}");
            u8::try_from(e.exit_code()).unwrap_or(1)
        }
    }
}

async fn demo_tui(opts: demo::DemoOptions) -> u8 {
    let _log = logging::to_file();
    let server = match demo::spawn(opts).await {
        Ok(s) => s,
        Err(e) => return fail(&e.to_string(), Exit::Usage),
    };
    let client = ClientOptions::new(server.url(), SecretString::from(server.token().to_string()));
    let label = format!("demo portal ({})", server.url());
    let code = tui(TuiOptions::new(client, label)).await;
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
        ..demo::DemoOptions::default()
    };
    match demo::serve_forever(opts).await {
        Ok(()) => 0,
        Err(e) => fail(&e.to_string(), Exit::Usage),
    }
}
