//! `kartaview photos --sequence ID | --video ID | --id ID[,ID...]`

use crate::cli::{Global, SequenceOrVideo};
use crate::error::{CliError, Result};
use crate::output::print_photos;
use crate::progress;
use crate::session::Session;

#[derive(Debug, clap::Args)]
#[group(id = "which", required = true, multiple = false)]
pub struct Args {
    /// Every photo of a sequence, ordered by sequenceIndex.
    #[arg(long, value_name = "ID")]
    pub sequence: Option<u64>,
    /// The photos cut from a video (video → sequence → photos).
    #[arg(long, value_name = "ID")]
    pub video: Option<u64>,
    /// Photos by id, in the order given.
    #[arg(long, value_name = "ID[,ID...]", value_delimiter = ',')]
    pub id: Vec<u64>,
}

pub async fn run(args: &Args, global: &Global) -> Result<()> {
    let session = Session::start(global).await?;
    let out = &session.out;
    if args.id.is_empty() {
        let which = SequenceOrVideo {
            sequence: args.sequence,
            video: args.video,
        };
        let loaded = super::load(&session.client, &which, out).await?;
        return print_photos(out, &loaded.photos, None);
    }
    let spinner = progress::spinner(out, format!("fetching {} photos", args.id.len()));
    let photos = session.client.photos_by_ids(&args.id).await;
    progress::finish(spinner);
    let photos = photos.map_err(|e| CliError::with("photos by id", e))?;
    print_photos(out, &photos, None)?;
    let found: std::collections::HashSet<u64> = photos.iter().map(|p| p.id).collect();
    let mut missing: Vec<u64> = args
        .id
        .iter()
        .copied()
        .filter(|id| !found.contains(id))
        .collect();
    missing.dedup();
    if missing.is_empty() {
        return Ok(());
    }
    let list = missing
        .iter()
        .map(u64::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    Err(CliError::msg(format!(
        "{} of {} photos not found: {list}",
        missing.len(),
        args.id.len()
    )))
}
