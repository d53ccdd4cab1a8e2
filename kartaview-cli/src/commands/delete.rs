//! `kartaview delete --sequence ID | --photo ID [--yes]`

use std::io::{BufRead, IsTerminal, Write};

use crate::cli::Global;
use crate::error::{CliError, Result};
use crate::session::Session;

#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("target").required(true).args(["sequence", "photo"])))]
pub struct Args {
    /// Delete this sequence with all its photos.
    #[arg(long, value_name = "ID")]
    pub sequence: Option<u64>,
    /// Delete this photo.
    #[arg(long, value_name = "ID")]
    pub photo: Option<u64>,
    /// Do not ask for confirmation (needed when stdin is not a terminal).
    #[arg(long)]
    pub yes: bool,
}

enum Target {
    Sequence(u64),
    Photo(u64),
}

/// Deletes through API 1.0 (`/1.0/sequence/remove/`, `/1.0/photo/remove/`): the calls the
/// official site and apps make, where the 2.0 DELETE of a sequence is known from the doc only.
pub async fn run(args: &Args, global: &Global) -> Result<()> {
    let (what, target) = match (args.sequence, args.photo) {
        (Some(id), _) => (
            format!("sequence {id} and all its photos"),
            Target::Sequence(id),
        ),
        (None, Some(id)) => (format!("photo {id}"), Target::Photo(id)),
        (None, None) => return Err(CliError::msg("give --sequence ID or --photo ID")),
    };
    if !args.yes {
        confirm(&what)?;
    }
    let session = Session::start(global).await?;
    let client = &session.client;
    match target {
        Target::Sequence(id) => client
            .remove_sequence(id)
            .await
            .map_err(|e| CliError::with(format!("deleting sequence {id}"), e))?,
        Target::Photo(id) => client
            .remove_photo(id)
            .await
            .map_err(|e| CliError::with(format!("deleting photo {id}"), e))?,
    }
    session.out.line(&format!("deleted {what}"))
}

/// Asks on the terminal; refuses when there is none to ask on.
fn confirm(what: &str) -> Result<()> {
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        return Err(CliError::msg(format!(
            "refusing to delete {what} without confirmation: stdin is not a terminal; add --yes"
        )));
    }
    let mut stderr = std::io::stderr();
    let _ = write!(stderr, "delete {what}? This cannot be undone. [y/N] ");
    let _ = stderr.flush();
    let mut answer = String::new();
    stdin
        .lock()
        .read_line(&mut answer)
        .map_err(|e| CliError::with("reading the confirmation", e))?;
    if matches!(answer.trim(), "y" | "Y" | "yes" | "YES" | "Yes") {
        Ok(())
    } else {
        Err(CliError::msg(format!("not deleted: {what}")))
    }
}
