//! `kartaview video ID`

use crate::cli::Global;
use crate::error::{CliError, Result};
use crate::output::{Typed, iso, print_fields};
use crate::session::Session;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The video's id.
    pub id: u64,
}

pub async fn run(args: &Args, global: &Global) -> Result<()> {
    let session = Session::start(global).await?;
    let out = &session.out;
    let video = session
        .client
        .video(args.id)
        .await
        .map_err(|e| CliError::with(format!("video {}", args.id), e))?;
    let v = &video;
    if out.json {
        return out.json_line(&Typed::new("video", v));
    }
    print_fields(
        out,
        &format!("video {}", v.id),
        &[
            ("sequence", v.sequence_id.map(|n| n.to_string())),
            ("index", v.sequence_index.map(|n| n.to_string())),
            ("added", v.date_added.as_ref().map(iso)),
            ("name", v.name.clone()),
            ("status", v.status.as_ref().map(ToString::to_string)),
        ],
    )
}
