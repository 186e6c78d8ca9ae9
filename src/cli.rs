//! The command line (clap). `main.rs` parses it and picks the mode: the terminal UI, the
//! demo portal, or a `users` subcommand.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};

pub use crate::api::query::StatusFilter;
use crate::api::{LoginType, Payments, QuotaFilter};
use crate::commands::EXIT_CODES;
use crate::commands::output::Format;
use crate::commands::values::{FilterParser, SortParser};
use crate::config::ResolveOptions;
use crate::demo::{FaultKnobs, FaultRule, RateLimit, Share};

const AFTER_HELP: &str = "\
Without a subcommand, opens the terminal UI on the configured portal.
`config init` writes a starting configuration file; `config show` shows what is in effect.

Configuration: --config PATH, or config.toml in the platform's configuration directory
($XDG_CONFIG_HOME/docspace-people/config.toml on Linux); see config.example.toml.
Environment: DOCSPACE_URL and DOCSPACE_TOKEN override the profile's url and token;
DOCSPACE_LOG (or RUST_LOG) sets the log level (the log is a file under the data directory).
Exit codes of the `users` commands: see `docspace-people users --help`.";

#[derive(Debug, Parser)]
#[command(
    name = "docspace-people",
    // The version, and the short commit when built from the git checkout (build.rs).
    version = env!("DOCSPACE_PEOPLE_VERSION"),
    about = "Administer the users of an ONLYOFFICE DocSpace portal: a terminal UI, scriptable commands and a demo portal.",
    after_help = AFTER_HELP
)]
pub struct Cli {
    /// The configuration file (default: config.toml in the configuration directory).
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// The profile of the configuration file to use.
    #[arg(long, value_name = "NAME")]
    pub profile: Option<String>,

    /// The portal's address (overrides the profile and DOCSPACE_URL).
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,

    /// Start a demo portal in this process (random port and token) and open the UI on it.
    #[arg(long, conflicts_with_all = ["url", "profile"])]
    pub demo: bool,

    /// Users in the demo portal started by --demo.
    #[arg(long, value_name = "N", default_value_t = 250, requires = "demo")]
    pub demo_users: usize,

    /// Seed of the demo portal started by --demo (same seed, same users).
    #[arg(long, value_name = "S", default_value_t = 1, requires = "demo")]
    pub demo_seed: u64,

    /// Every request to the --demo portal waits MS milliseconds (to watch, or stop, a slow
    /// job).
    #[arg(long, value_name = "MS", default_value_t = 0, requires = "demo")]
    pub demo_latency_ms: u64,

    /// This share of requests (0 to 1) the --demo portal answers 503 before doing anything.
    #[arg(long, value_name = "P", default_value_t = Share::NONE, requires = "demo")]
    pub demo_fail_rate: Share,

    /// This share of writes (0 to 1) the --demo portal carries out, then closes the
    /// connection without an answer.
    #[arg(long, value_name = "P", default_value_t = Share::NONE, requires = "demo")]
    pub demo_drop_after_write: Share,

    /// The --demo portal's rate limit: requests a minute for each user, or off.
    #[arg(long, value_name = "N|off", default_value_t, requires = "demo")]
    pub demo_rate_limit: RateLimit,

    /// Users with the same sort key come in a new order on each list request of the
    /// --demo portal, as a real portal's database may give them.
    #[arg(long, requires = "demo")]
    pub demo_shuffle_ties: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The heading of the configuration options in `--help`.
const CONNECT_HEADING: &str = "Portal and configuration";

/// Where the configuration comes from, for the subcommands that talk to a portal or read
/// the configuration (given after the subcommand's name too: `users list --profile work`).
#[derive(Debug, Clone, Default, Args)]
pub struct ConnectArgs {
    /// The configuration file (default: config.toml in the configuration directory).
    #[arg(long = "config", global = true, help_heading = CONNECT_HEADING, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// The profile of the configuration file to use.
    #[arg(long = "profile", global = true, help_heading = CONNECT_HEADING, value_name = "NAME")]
    pub profile: Option<String>,
    /// The portal's address (overrides the profile and DOCSPACE_URL).
    #[arg(long = "url", global = true, help_heading = CONNECT_HEADING, value_name = "URL")]
    pub url: Option<String>,
}

impl Cli {
    /// The configuration options: those given after the subcommand win over those given
    /// before it.
    pub fn resolve_options(&self, after: Option<&ConnectArgs>) -> ResolveOptions {
        let after = after.cloned().unwrap_or_default();
        ResolveOptions {
            config_path: after.config.or_else(|| self.config.clone()),
            profile: after.profile.or_else(|| self.profile.clone()),
            url: after.url.or_else(|| self.url.clone()),
        }
    }

    /// The options before the subcommand that it does not use (`serve-demo`,
    /// `completions`, `man` read no configuration), by flag.
    pub fn unused_connection_flags(&self) -> Vec<&'static str> {
        let mut flags = Vec::new();
        if self.config.is_some() {
            flags.push("--config");
        }
        if self.profile.is_some() {
            flags.push("--profile");
        }
        if self.url.is_some() {
            flags.push("--url");
        }
        flags
    }

    /// The faults asked of the --demo portal.
    pub fn demo_fault_knobs(&self) -> FaultKnobs {
        FaultKnobs {
            latency: Duration::from_millis(self.demo_latency_ms),
            fail_rate: self.demo_fail_rate,
            drop_after_write: self.demo_drop_after_write,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the demo portal (an in-memory DocSpace People API) until Ctrl-C.
    ServeDemo(ServeDemoArgs),
    /// Scriptable user administration.
    #[command(after_help = EXIT_CODES)]
    Users(UsersArgs),
    /// Sign in with an email and password (and a second factor's code) and keep the
    /// session token in the profile's token_file, or print it with --print-token.
    #[command(after_help = EXIT_CODES)]
    Login(LoginArgs),
    /// The portal's groups: list them, show one's members, add or remove members.
    #[command(after_help = EXIT_CODES)]
    Groups(GroupsArgs),
    /// Show the journal of writes and their outcomes (`journal check`: settle the
    /// unknown ones by reading the users back from the portal).
    #[command(after_help = JOURNAL_HELP)]
    Journal(JournalArgs),
    /// Write a starting configuration file (`config init`), or show the settings in
    /// effect and where each comes from (`config show`).
    Config(ConfigArgs),
    /// Print a completion script for a shell (see the README for where to put it).
    Completions(CompletionsArgs),
    /// Print the manual page (roff) to stdout: `docspace-people man | man -l -`.
    Man,
}

/// `users …`: the portal, and what to do on it.
#[derive(Debug, Args)]
pub struct UsersArgs {
    #[command(flatten)]
    pub connect: ConnectArgs,
    #[command(subcommand)]
    pub command: UsersCommand,
}

/// `config init|show`.
#[derive(Debug, Args)]
pub struct ConfigArgs {
    #[command(flatten)]
    pub connect: ConnectArgs,
    #[command(subcommand)]
    pub command: ConfigCommand,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Subcommand)]
pub enum ConfigCommand {
    /// Write a commented configuration file (readable by you only) where the
    /// configuration is looked for, or at --config PATH; with --profile NAME (and --url)
    /// its one profile is NAME (at that address).
    Init {
        /// Replace an existing file.
        #[arg(long)]
        force: bool,
    },
    /// Print the settings in effect and where each comes from (file, environment, flag,
    /// default). The token is never shown, only where it comes from.
    Show,
}

#[derive(Debug, Clone, Copy, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

const JOURNAL_HELP: &str = "\
The journal is journal.jsonl in the data directory ($XDG_DATA_HOME/docspace-people/ on
Linux). Every write is recorded before it is sent and when its outcome is known; a write
whose outcome was lost (a timeout, a dropped connection, an interrupted run) is unknown
until `journal check` reads the user back.

--profile shows (or checks) only the writes made through that profile.

Exit codes of `journal check`: 0 every unknown outcome is settled; 1 some remain unknown
(the portal could not be reached or read); 2 usage or configuration error; 3 the portal
refused the token.";

/// `journal [--since …] [--format …]`, or `journal check` (which takes the same flags).
#[derive(Debug, Args)]
pub struct JournalArgs {
    #[command(flatten)]
    pub connect: ConnectArgs,
    #[command(subcommand)]
    pub command: Option<JournalCommand>,
    /// Only writes since then: a duration back from now (2h, 30m, 7d, 1h30m), a date
    /// (2026-11-30, UTC) or a time (2026-11-30T10:00:00Z).
    #[arg(long, global = true, value_name = "DURATION|DATE")]
    pub since: Option<String>,
    /// Output format.
    #[arg(long, global = true, value_enum, default_value_t = JournalFormat::Table)]
    pub format: JournalFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Subcommand)]
pub enum JournalCommand {
    /// Read back from the portal the users whose outcome is unknown, record what is true
    /// now, and print it. Sends no write.
    #[command(after_help = JOURNAL_HELP)]
    Check,
}

/// Output formats of `journal`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum JournalFormat {
    /// Aligned columns for people.
    #[default]
    Table,
    /// One array of objects with stable camelCase keys.
    Json,
}

#[derive(Debug, Args)]
pub struct ServeDemoArgs {
    /// Address to listen on. Loopback by default.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8092")]
    pub listen: SocketAddr,
    /// The token clients must send (`Authorization: Bearer TOKEN`); it acts as the owner.
    /// Give it in DOCSPACE_DEMO_TOKEN rather than here, to keep it out of the process list.
    #[arg(
        long,
        value_name = "TOKEN",
        env = "DOCSPACE_DEMO_TOKEN",
        hide_env_values = true
    )]
    pub token: String,
    /// How many users to seed.
    #[arg(long, value_name = "N", default_value_t = 250)]
    pub users: usize,
    /// Seed of the generated users.
    #[arg(long, value_name = "S", default_value_t = 1)]
    pub seed: u64,
    /// Every request waits MS milliseconds before it is answered.
    #[arg(long, value_name = "MS", default_value_t = 0)]
    pub latency_ms: u64,
    /// This share of requests (0 to 1) is answered 503 before anything is done.
    #[arg(long, value_name = "P", default_value_t = Share::NONE)]
    pub fail_rate: Share,
    /// This share of writes (POST, PUT, DELETE; 0 to 1) is carried out, then the connection
    /// is closed without an answer, so the client cannot know it happened.
    #[arg(long, value_name = "P", default_value_t = Share::NONE)]
    pub drop_after_write: Share,
    /// Requests a minute for each user (sliding window, as the server counts them) before
    /// 429 with Retry-After; `off` switches the limit off.
    #[arg(long, value_name = "N|off", default_value_t)]
    pub rate_limit: RateLimit,
    /// A further fault rule (repeatable): KIND[,KEY=VALUE...]. Kinds: latency=MS,
    /// status=CODE, html=CODE, 429=SECS, malformed, drop, hangup. Keys: method=M, path=PREFIX,
    /// times=N, share=P, after (carry the request out first). Example: status=500,method=PUT,times=2
    #[arg(long = "fault", value_name = "RULE")]
    pub faults: Vec<FaultRule>,
    /// Users with the same sort key come in a new order on each list request, as a real
    /// portal's database may give them.
    #[arg(long)]
    pub shuffle_ties: bool,
}

impl ServeDemoArgs {
    /// The faults asked for: the knobs' rules, then the `--fault` rules.
    pub fn fault_rules(&self) -> Vec<FaultRule> {
        let knobs = FaultKnobs {
            latency: Duration::from_millis(self.latency_ms),
            fail_rate: self.fail_rate,
            drop_after_write: self.drop_after_write,
        };
        let mut rules = knobs.rules();
        rules.extend(self.faults.iter().cloned());
        rules
    }
}

#[derive(Debug, Subcommand)]
pub enum UsersCommand {
    /// List users, following every page.
    #[command(after_help = EXIT_CODES)]
    List(ListArgs),
    /// Show one or more users by ID or email.
    #[command(after_help = EXIT_CODES)]
    Get(GetArgs),
    /// Create a user.
    #[command(after_help = EXIT_CODES)]
    Create(CreateArgs),
    /// Terminate (disable) users.
    #[command(after_help = EXIT_CODES)]
    Terminate(ChangeArgs),
    /// Re-activate terminated users.
    #[command(after_help = EXIT_CODES)]
    Activate(ChangeArgs),
    /// Delete terminated users permanently (with --terminate-first, terminate them first).
    #[command(after_help = EXIT_CODES)]
    Delete(DeleteArgs),
    /// Offboard users: terminate, hand their rooms over (when needed), delete, and follow
    /// the removal of their files; the report says what happened to each one's data.
    #[command(after_help = EXIT_CODES)]
    Offboard(OffboardArgs),
    /// Invite people by email as a type; every address is checked before anything is sent.
    #[command(after_help = EXIT_CODES)]
    Invite(InviteArgs),
    /// Mail the invitation again to pending users (the links mailed before stop working).
    #[command(after_help = EXIT_CODES)]
    Resend(ResendArgs),
    /// Change users' type; a change down to user or guest hands their rooms over first.
    #[command(after_help = EXIT_CODES)]
    SetType(SetTypeArgs),
    /// Give users a storage quota of their own (`quota set 10GB …`, `none` for no limit),
    /// or the portal's default again (`quota reset …`).
    #[command(after_help = EXIT_CODES)]
    Quota(QuotaArgs),
    /// Change a profile: only the fields given (names and location on your own profile;
    /// an admin may change anyone's email).
    #[command(after_help = EXIT_CODES)]
    Edit(EditArgs),
    /// Mail a user a link to set a new password.
    #[command(after_help = EXIT_CODES)]
    PasswordLink(PasswordLinkArgs),
}

/// `--order`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Order {
    #[value(alias = "ascending")]
    Asc,
    #[value(alias = "descending")]
    Desc,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only users with this status.
    #[arg(long, value_enum, default_value_t = StatusFilter::All)]
    pub status: StatusFilter,
    /// Only users of this type: docspace-admin, room-admin, user or guest (the portal's
    /// names DocSpaceAdmin, RoomAdmin, … too). Repeat it for users of any of the types.
    #[arg(long = "type", value_name = "TYPE")]
    pub user_types: Vec<String>,
    /// Only members of this group, by name (as the portal lists it) or ID.
    #[arg(long, value_name = "NAME|ID", conflicts_with = "without_group")]
    pub group: Option<String>,
    /// Only users in no group.
    #[arg(long)]
    pub without_group: bool,
    /// Only users who sign in this way.
    #[arg(long, value_name = "HOW", value_parser = FilterParser::<LoginType>::new())]
    pub login_type: Option<LoginType>,
    /// Only users on a paid seat (DocSpace and room admins) or a free one (users, guests).
    #[arg(long, value_name = "SEAT", value_parser = FilterParser::<Payments>::new())]
    pub payments: Option<Payments>,
    /// Only users with the portal's default storage quota, or a quota of their own.
    #[arg(long, value_name = "QUOTA", value_parser = FilterParser::<QuotaFilter>::new())]
    pub quota: Option<QuotaFilter>,
    /// Only users whose name or email contains TEXT (matched by the portal).
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// Sort by name, first-name, last-name, email, type, department,
    /// registration-date, used-space or created-by.
    #[arg(long, value_name = "FIELD", value_parser = SortParser)]
    pub sort: Option<crate::api::SortBy>,
    /// The sort order.
    #[arg(long, value_enum, value_name = "ORDER")]
    pub order: Option<Order>,
    /// Sort in descending order (the same as --order desc).
    #[arg(long, hide = true, conflicts_with = "order")]
    pub desc: bool,
    /// Print only these fields, in this order, in every format: a comma-separated list
    /// such as id,email,type (the portal is asked for only what they need). The fields
    /// are listed in the README; an unknown one is refused with the list.
    #[arg(long, value_name = "FIELD,…")]
    pub fields: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Stop after N users.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
}

#[derive(Debug, Args)]
pub struct GetArgs {
    /// User IDs or emails; `-` reads them from stdin (one per line, or CSV with an id
    /// column).
    #[arg(required = true, value_name = "ID|EMAIL")]
    pub users: Vec<String>,
    /// Print only these fields, in this order (as `users list --fields`).
    #[arg(long, value_name = "FIELD,…")]
    pub fields: Option<String>,
    /// Output format: table prints each user as `key: value` lines.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The first name (required): letters, spaces, apostrophes and hyphens.
    #[arg(long, value_name = "NAME")]
    pub first_name: String,
    /// The last name (optional): letters, spaces, apostrophes and hyphens.
    #[arg(long, value_name = "NAME")]
    pub last_name: Option<String>,
    /// The email address the user signs in with (required).
    #[arg(long, value_name = "EMAIL")]
    pub email: String,
    /// user, room-admin or docspace-admin (guests cannot be created this way).
    #[arg(long = "type", value_name = "TYPE", default_value = "user")]
    pub user_type: String,
    /// Read the new user's password from this environment variable.
    #[arg(long, value_name = "VAR", conflicts_with = "ask_password")]
    pub password_env: Option<String>,
    /// Ask for the new user's password on the terminal (not echoed).
    #[arg(long)]
    pub ask_password: bool,
    /// Output format: JSON prints one object.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct ChangeArgs {
    /// User IDs or emails; `-` reads them from stdin (one per line, or CSV with an id
    /// column, such as the output of `users list --format csv`).
    #[arg(required = true, value_name = "ID|EMAIL")]
    pub users: Vec<String>,
    /// Do not ask for confirmation.
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Print the plan (which requests, for which users) and send no write request.
    #[arg(long)]
    pub dry_run: bool,
    /// Format of the plan and of the per-user report.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    #[command(flatten)]
    pub change: ChangeArgs,
    /// Terminate users who are not terminated yet, then delete those whose terminate
    /// succeeded.
    #[arg(long)]
    pub terminate_first: bool,
}

#[derive(Debug, Args)]
pub struct OffboardArgs {
    /// User IDs or emails; `-` reads them from stdin (one per line, or CSV with an id
    /// column).
    #[arg(required = true, value_name = "ID|EMAIL")]
    pub users: Vec<String>,
    /// Who receives the rooms that must be handed over (an active DocSpace admin or room
    /// admin), by ID or email; you by default.
    #[arg(long, value_name = "USER")]
    pub reassign_to: Option<String>,
    /// Do not ask for confirmation.
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Read what each user holds and print the plan; send no write.
    #[arg(long)]
    pub dry_run: bool,
    /// Format of the plan and of the per-user report.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct InviteArgs {
    /// The addresses to invite.
    #[arg(required = true, value_name = "EMAIL")]
    pub emails: Vec<String>,
    /// user, room-admin or docspace-admin (guests are invited to rooms, not here).
    #[arg(long = "type", value_name = "TYPE")]
    pub user_type: String,
    /// The language of the invitation mail (en, de, pt-BR); the portal's by default.
    #[arg(long, value_name = "xx")]
    pub language: Option<String>,
    /// Check the addresses and print the plan; send nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Format of the per-user report.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct ResendArgs {
    /// Pending users by ID or email; `-` reads them from stdin.
    #[arg(
        value_name = "ID|EMAIL",
        required_unless_present = "all_pending",
        conflicts_with = "all_pending"
    )]
    pub users: Vec<String>,
    /// Every user whose invitation is pending.
    #[arg(long)]
    pub all_pending: bool,
    /// Print who would be mailed; send nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Format of the per-user report.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct SetTypeArgs {
    /// docspace-admin, room-admin, user or guest.
    #[arg(value_name = "TYPE")]
    pub user_type: String,
    /// User IDs or emails; `-` reads them from stdin.
    #[arg(required = true, value_name = "ID|EMAIL")]
    pub users: Vec<String>,
    /// Who receives the rooms of a room admin changed to user or guest (an active
    /// DocSpace admin or room admin); you by default.
    #[arg(long, value_name = "USER")]
    pub move_rooms_to: Option<String>,
    /// Print the plan; send nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Format of the per-user report.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct QuotaArgs {
    #[command(subcommand)]
    pub command: QuotaCommand,
    /// Print the plan; send nothing.
    #[arg(long, global = true)]
    pub dry_run: bool,
    /// Format of the per-user report.
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Subcommand)]
pub enum QuotaCommand {
    /// Set each user's own limit: 500MB, 10GB, 1.5TB, or none (no limit).
    Set {
        /// The limit (binary units: 1GB = 1024 MB), or `none`.
        #[arg(value_name = "SIZE")]
        size: String,
        /// User IDs or emails; `-` reads them from stdin.
        #[arg(required = true, value_name = "ID|EMAIL")]
        users: Vec<String>,
    },
    /// Give users the portal's default limit again.
    Reset {
        /// User IDs or emails; `-` reads them from stdin.
        #[arg(required = true, value_name = "ID|EMAIL")]
        users: Vec<String>,
    },
}

/// `groups …`: the portal, and what to do with its groups.
#[derive(Debug, Args)]
pub struct GroupsArgs {
    #[command(flatten)]
    pub connect: ConnectArgs,
    #[command(subcommand)]
    pub command: GroupsCommand,
}

#[derive(Debug, Subcommand)]
pub enum GroupsCommand {
    /// List the groups: name, members, manager, ID.
    List {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Show a group's members.
    Show {
        /// The group's name (as the portal lists it) or ID.
        #[arg(value_name = "NAME|ID")]
        group: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Add users to a group.
    Add(GroupsMembersArgs),
    /// Remove users from a group.
    Remove(GroupsMembersArgs),
}

#[derive(Debug, Args)]
pub struct GroupsMembersArgs {
    /// The group's name or ID.
    #[arg(value_name = "GROUP")]
    pub group: String,
    /// User IDs or emails; `-` reads them from stdin.
    #[arg(required = true, value_name = "USER")]
    pub users: Vec<String>,
    /// Print the plan; send nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Format of the per-user report.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The user, by ID or email.
    #[arg(value_name = "ID|EMAIL")]
    pub user: String,
    /// The new first name.
    #[arg(long, value_name = "NAME")]
    pub first_name: Option<String>,
    /// The new last name.
    #[arg(long, value_name = "NAME")]
    pub last_name: Option<String>,
    /// The new location.
    #[arg(long, value_name = "TEXT")]
    pub location: Option<String>,
    /// The new email address (the new address is asked to confirm it).
    #[arg(long, value_name = "EMAIL")]
    pub email: Option<String>,
    /// Print what would change; send nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Format of the report.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct PasswordLinkArgs {
    /// The user, by ID or email.
    #[arg(value_name = "ID|EMAIL")]
    pub user: String,
    /// Format of the report.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// `login --email EMAIL [--password-stdin] [--code CODE] [--print-token]`.
#[derive(Debug, Args)]
pub struct LoginArgs {
    #[command(flatten)]
    pub connect: ConnectArgs,
    /// The email (or login) to sign in with.
    #[arg(long, value_name = "EMAIL")]
    pub email: String,
    /// Read the password from the first line of stdin instead of asking on the terminal.
    #[arg(long)]
    pub password_stdin: bool,
    /// The second factor's code (authenticator app or text message).
    #[arg(long, value_name = "CODE")]
    pub code: Option<String>,
    /// Print `export DOCSPACE_TOKEN=…` to stdout instead of writing the token file.
    #[arg(long)]
    pub print_token: bool,
}

#[cfg(test)]
#[path = "cli_tests.rs"]
mod tests;
