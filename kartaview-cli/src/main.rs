//! `kartaview`: the KartaView (formerly OpenStreetCam) command line.
//!
//! Data goes to stdout (tables, or one JSON object per line with `--json`); progress, notes and
//! the single `error: ...` line go to stderr. Exit status 0 on success, 1 on failure, 2 for
//! bad usage.

mod cli;
mod commands;
mod error;
mod formats;
mod output;
mod photo_record;
mod progress;
mod session;

use std::process::ExitCode;

use clap::Parser;

use crate::cli::Cli;

fn main() -> ExitCode {
    install_panic_hook();
    let cli = Cli::parse();
    init_tracing(cli.global.verbose);
    // One thread: every command waits on the network, and a worker pool would cost its start-up
    // (reading the cgroup's CPU quota, spawning the workers) before the first request leaves.
    // File work runs on the blocking pool either way.
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(commands::run(&cli.command, &cli.global));
    // The embedded fake and any open connections end with the runtime, without waiting.
    runtime.shutdown_background();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {}", e.line());
            ExitCode::FAILURE
        }
    }
}

/// A bug must still end in one line, not a backtrace.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let what = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_owned());
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let line = error::redact(&format!("internal error (a bug in kartaview): {what}{at}"));
        eprintln!("error: {}", line.replace(['\n', '\r'], " "));
    }));
}

/// `-v`: this tool's own diagnostics (requests, retries); `-vv`: every library's; `-vvv`: trace.
/// `RUST_LOG` (e.g. `kartaview_ext=trace,reqwest=debug`), when set, is added on top.
fn init_tracing(verbose: u8) {
    use tracing_subscriber::EnvFilter;
    use tracing_subscriber::prelude::*;

    let rust_log = std::env::var("RUST_LOG").unwrap_or_default();
    let (ours, others) = match verbose {
        0 if rust_log.trim().is_empty() => return,
        0 => ("off", "off"),
        1 => ("debug", "warn"),
        2 => ("debug", "debug"),
        _ => ("trace", "trace"),
    };
    let mut directives =
        format!("{others},kartaview_ext={ours},kartaview_cli={ours},kartaview={ours}");
    if !rust_log.trim().is_empty() {
        directives.push(',');
        directives.push_str(rust_log.trim());
    }
    // A directive that does not parse is skipped with a warning rather than ending the run.
    let filter = EnvFilter::builder().parse_lossy(directives);
    let layer = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_target(true);
    // Only fails when a subscriber is already set, which cannot happen here.
    let _ = tracing_subscriber::registry()
        .with(layer)
        .with(filter)
        .try_init();
}
