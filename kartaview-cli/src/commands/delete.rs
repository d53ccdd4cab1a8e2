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

/// The `--json` line.
#[derive(serde::Serialize)]
#[serde(tag = "type", rename = "deleted", rename_all = "camelCase")]
struct Deleted {
    #[serde(skip_serializing_if = "Option::is_none")]
    sequence_id: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    photo_id: Option<u64>,
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
    let out = &session.out;
    if out.json {
        out.json_line(&match target {
            Target::Sequence(id) => Deleted {
                sequence_id: Some(id),
                photo_id: None,
            },
            Target::Photo(id) => Deleted {
                sequence_id: None,
                photo_id: Some(id),
            },
        })
    } else {
        out.line(&format!("deleted {what}"))
    }
}

/// Asks on the terminal; refuses when there is none to ask on.
fn confirm(what: &str) -> Result<()> {
    let stdin = std::io::stdin();
    let is_terminal = stdin.is_terminal();
    ask(what, is_terminal, &mut stdin.lock(), &mut std::io::stderr())
}

/// The confirmation dialogue, over any input and prompt output.
fn ask(
    what: &str,
    is_terminal: bool,
    input: &mut impl BufRead,
    prompt: &mut impl Write,
) -> Result<()> {
    if !is_terminal {
        return Err(CliError::msg(format!(
            "refusing to delete {what} without confirmation: stdin is not a terminal; add --yes"
        )));
    }
    // A prompt that cannot be shown is no reason to stop: the answer still decides.
    let _ = write!(prompt, "delete {what}? This cannot be undone. [y/N] ");
    let _ = prompt.flush();
    let mut answer = String::new();
    input
        .read_line(&mut answer)
        .map_err(|e| CliError::with("reading the confirmation", e))?;
    if matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes") {
        Ok(())
    } else {
        Err(CliError::msg(format!("not deleted: {what}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(text: &str) -> (Result<()>, String) {
        let mut prompt = Vec::new();
        let result = ask("photo 7", true, &mut text.as_bytes(), &mut prompt);
        (result, String::from_utf8(prompt).expect("utf-8 prompt"))
    }

    #[test]
    fn yes_deletes_and_anything_else_does_not() {
        let (result, prompt) = answer("y\n");
        assert!(result.is_ok());
        assert_eq!(prompt, "delete photo 7? This cannot be undone. [y/N] ");
        assert!(answer("YES\n").0.is_ok());
        for no in ["\n", "n\n", "yep\n", ""] {
            let error = answer(no).0.expect_err("not confirmed");
            assert_eq!(error.line(), "not deleted: photo 7");
        }
    }

    #[test]
    fn without_a_terminal_nothing_is_asked() {
        let mut prompt = Vec::new();
        let error = ask("photo 7", false, &mut "y\n".as_bytes(), &mut prompt).expect_err("refused");
        assert!(prompt.is_empty());
        assert!(error.line().ends_with("stdin is not a terminal; add --yes"));
    }
}
