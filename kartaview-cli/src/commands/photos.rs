//! `kartaview photos --sequence ID | --video ID | --id ID[,ID...]`

use std::ops::ControlFlow;

use crate::cli::{Global, SequenceOrVideo};
use crate::error::{CliError, Result};
use crate::output::{Out, PhotoPrinter, print_photos};
use crate::photo_record::PhotoRecord;
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
    if let Some(id) = args.sequence {
        return print_sequence(&session, id, out).await;
    }
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

/// Every photo of a sequence, printed as soon as its place in the order is certain: the first
/// lines go out while later pages are still on their way (the output is the same as printing
/// them all at the end).
async fn print_sequence(session: &Session, id: u64, out: &Out) -> Result<()> {
    let mut spinner = progress::spinner(out, format!("fetching the photos of sequence {id}"));
    let mut printer = PhotoPrinter::new(out, None);
    let mut failed = None;
    let fetched = session
        .client
        .sequence_photos_in_order(id, |photos| {
            progress::finish(spinner.take());
            match printer.print(photos.iter().map(PhotoRecord::new)) {
                Ok(()) => ControlFlow::Continue(()),
                Err(e) => {
                    failed = Some(e);
                    ControlFlow::Break(())
                }
            }
        })
        .await;
    progress::finish(spinner);
    if let Some(e) = failed {
        return Err(e);
    }
    fetched.map_err(|e| CliError::with(format!("sequence {id}"), e))?;
    printer.finish()
}
