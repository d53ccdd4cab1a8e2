//! The command line: global options and one variant per command (each in `commands/`).

use clap::{Args, Parser, Subcommand};

use crate::commands;

/// Find, inspect, export and download KartaView (formerly OpenStreetCam) street-level imagery.
#[derive(Debug, Parser)]
#[command(name = "kartaview", version, propagate_version = true)]
#[command(after_help = "Try it offline: kartaview --mock photos --sequence 1001")]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

// Options every command takes, before or after the command's name (clap's `global = true`).
// (`//`: a doc comment would become the `about` of every command.)
#[derive(Debug, Clone, Args)]
#[cfg_attr(test, derive(PartialEq))]
#[command(next_help_heading = "Global options")]
pub struct Global {
    /// The API's base URL.
    #[arg(
        long,
        global = true,
        env = "KARTAVIEW_BASE_URL",
        value_name = "URL",
        default_value = kartaview_ext::DEFAULT_BASE_URL
    )]
    pub base_url: String,

    /// Access token; sent only to the API, never to image hosts, never printed.
    #[arg(
        long,
        global = true,
        env = "KARTAVIEW_TOKEN",
        value_name = "TOKEN",
        hide_env_values = true
    )]
    pub token: Option<Secret>,

    /// Machine output: one JSON object per line on stdout.
    #[arg(long, global = true, env = "KARTAVIEW_JSON", value_parser = clap::builder::FalseyValueParser::new())]
    pub json: bool,

    /// Run against an embedded fake KartaView (in this process, offline); ignores --base-url.
    #[cfg(feature = "mock")]
    #[arg(long, global = true, env = "KARTAVIEW_MOCK", value_parser = clap::builder::FalseyValueParser::new())]
    pub mock: bool,

    /// No progress bars, notes or human summaries; data and errors only.
    #[arg(short, long, global = true, env = "KARTAVIEW_QUIET", value_parser = clap::builder::FalseyValueParser::new())]
    pub quiet: bool,

    /// Diagnostics on stderr: -v this tool's requests and retries, -vv everything, -vvv trace.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Retries of a request that failed transiently (connection, timeout, 408, 429, 5xx).
    #[arg(
        long,
        global = true,
        env = "KARTAVIEW_RETRIES",
        value_name = "N",
        default_value_t = 3
    )]
    pub retries: u32,
}

impl Global {
    /// Whether `--mock` asks for the embedded fake (never, in a build without it).
    pub fn mock(&self) -> bool {
        #[cfg(feature = "mock")]
        return self.mock;
        #[cfg(not(feature = "mock"))]
        false
    }
}

/// `--token`'s value: `Debug` shows `<redacted>`, so no log or panic message carries it. Not yet
/// a [`kartaview_ext::Token`]: an empty value means no token here, which `Token` refuses.
#[derive(Clone)]
#[cfg_attr(test, derive(PartialEq))]
pub struct Secret(String);

impl Secret {
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Secret(value)
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<redacted>")
    }
}

// Each subcommand's arguments are built only when it is the one run (or help or completions
// need them): building every command's arguments was a third of the start-up's instructions.
// (So the flattened argument groups below carry `//` comments: a doc comment would become
// the `about` of each command that flattens them.)
#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Command {
    /// List photos: a whole sequence, a video's frames, photos by id, or in an area.
    Photos(commands::photos::Args),
    /// Photos near a point, nearest first.
    Nearby(commands::nearby::Args),
    /// Details of one sequence.
    Sequence(commands::sequence::Args),
    /// List sequences: a user's, or those in an area, newest first.
    Sequences(commands::sequences::Args),
    /// Details of one video.
    Video(commands::video::Args),
    /// Download the images of a sequence, a video or a user into a directory.
    Download(commands::download::Args),
    /// Export a sequence's or a video's photos as GeoJSON, GPX, CSV or an HTML map.
    Export(commands::export::Args),
    /// Upload a folder tree of geotagged JPEGs, a sequence per folder; rerun to resume.
    Upload(commands::upload::Args),
    /// Log in through OpenStreetMap, Google or Facebook and store the credentials.
    Login(commands::login::Args),
    /// Forget the stored credentials of --base-url.
    Logout(commands::login::LogoutArgs),
    /// Delete a sequence or a photo (asks for confirmation unless --yes).
    Delete(commands::delete::Args),
    /// A user's totals.
    Metrics(commands::metrics::Args),
    /// Read a saved API response offline and print its photos like `photos` does.
    Decode(commands::decode::Args),
    /// Run the fake KartaView in the foreground until Ctrl-C.
    #[cfg(feature = "mock")]
    Mock(commands::mock::Args),
    /// Print a shell completion script.
    Completions(commands::completions::Args),
}

// `--sequence ID | --video ID`, exactly one.
#[derive(Debug, Clone, Args)]
#[group(required = true, multiple = false)]
pub struct SequenceOrVideo {
    /// A sequence: every photo, ordered by sequenceIndex.
    #[arg(long, value_name = "ID")]
    pub sequence: Option<u64>,
    /// A video: its sequence's photos cut from it.
    #[arg(long, value_name = "ID")]
    pub video: Option<u64>,
}

// `--sequence ID | --video ID | --user ID|USERNAME`, exactly one: what `download` and `export`
// work on (a user's sequences each on their own: a folder, a track).
#[derive(Debug, Clone, Args)]
pub struct Source {
    #[command(flatten)]
    pub which: SequenceOrVideo,
    /// Every sequence of a user, by id or username.
    #[arg(long, value_name = "ID|USERNAME", group = "SequenceOrVideo")]
    pub user: Option<kartaview_ext::UserRef>,
}

// `--from DATE --to DATE`: inclusive days, either end open. A sequence's day is its upload
// day, a photo's its capture day.
#[derive(Debug, Clone, Args)]
pub struct Dates {
    /// Only from this day on (YYYY-MM-DD, UTC; sequences by upload day, photos by capture day).
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Only up to this day, included (YYYY-MM-DD, UTC).
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
}

impl Dates {
    /// The range, checked (a date that is not YYYY-MM-DD, or --from after --to, is refused).
    pub fn range(&self) -> Result<kartaview_ext::DateRange, crate::error::CliError> {
        kartaview_ext::DateRange::parse(self.from.as_deref(), self.to.as_deref())
            .map_err(|e| crate::error::CliError::with("--from/--to", e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    fn global(args: &[&str]) -> Global {
        let argv = std::iter::once("kartaview").chain(args.iter().copied());
        Cli::try_parse_from(argv)
            .unwrap_or_else(|e| panic!("{args:?}: {e}"))
            .global
    }

    /// A value unlike its default for each global option.
    const GIVEN: &[&[&str]] = &[
        &["--base-url", "http://127.0.0.1:9"],
        &["--token", "t0ken"],
        &["--json"],
        &["--mock"],
        &["--quiet"],
        &["--verbose"],
        &["--retries", "7"],
    ];

    #[test]
    fn every_global_option_is_taken_before_or_after_the_command() {
        let options = Global::augment_args(clap::Command::new("global"));
        let alone = global(&["decode", "f"]);
        for option in options.get_arguments() {
            let long = format!("--{}", option.get_long().expect("a long name"));
            let given = GIVEN
                .iter()
                .find(|given| given[0] == long)
                .unwrap_or_else(|| panic!("no value for {long} in GIVEN"));
            let before = global(&[given, &["decode", "f"][..]].concat());
            let after = global(&[&["decode", "f"][..], given].concat());
            assert_eq!(before, after, "{long}");
            assert_ne!(before, alone, "{long} changed nothing");
        }
    }

    #[test]
    fn a_global_option_given_twice_takes_the_later_place() {
        assert_eq!(
            global(&["--retries", "1", "decode", "f", "--retries", "2"]).retries,
            2
        );
        assert_eq!(global(&["--retries", "1", "decode", "f"]).retries, 1);
        assert_eq!(global(&["decode", "f", "--retries", "2"]).retries, 2);
        // Like clap's global options: the later count, not the sum.
        assert_eq!(global(&["-v", "decode", "f", "-vv"]).verbose, 2);
        assert_eq!(global(&["-vv", "decode", "f"]).verbose, 2);
        assert_eq!(global(&["decode", "f"]).retries, 3);
    }

    #[test]
    fn the_token_is_not_in_debug_output() {
        let shown = format!("{:?}", global(&["--token", "t0ken", "decode", "f"]));
        assert!(!shown.contains("t0ken"), "{shown}");
        assert!(shown.contains("<redacted>"), "{shown}");
    }
}
