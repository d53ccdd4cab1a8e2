//! `kartaview video ID`

use serde::Serialize;

use crate::cli::Global;
use crate::error::{CliError, Result};
use crate::output::{iso, print_fields};
use crate::session::Session;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The video's id.
    pub id: u64,
}

/// A video as `--json` prints it.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct VideoJson {
    id: u64,
    sequence_id: Option<u64>,
    sequence_index: Option<u32>,
    date_added: Option<String>,
    name: Option<String>,
    status: Option<String>,
}

pub async fn run(args: &Args, global: &Global) -> Result<()> {
    let session = Session::start(global).await?;
    let out = &session.out;
    let video = session
        .client
        .video(args.id)
        .await
        .map_err(|e| CliError::with(format!("video {}", args.id), e))?;
    let v = VideoJson {
        id: video.id,
        sequence_id: video.sequence_id,
        sequence_index: video.sequence_index,
        date_added: video.date_added.as_ref().map(iso),
        name: video.name.clone(),
        status: video.status.as_ref().map(ToString::to_string),
    };
    if out.json {
        return out.json_line(&v);
    }
    print_fields(
        out,
        &format!("video {}", v.id),
        &[
            ("sequence", v.sequence_id.map(|n| n.to_string())),
            ("index", v.sequence_index.map(|n| n.to_string())),
            ("added", v.date_added),
            ("name", v.name),
            ("status", v.status),
        ],
    )
}
