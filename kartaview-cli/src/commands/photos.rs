//! `kartaview photos --sequence ID | --video ID | --id ID[,ID...] | --bbox S,W,N,E [--from DATE]
//! [--to DATE] [--limit N]`

use std::ops::ControlFlow;

use kartaview_ext::BoundingBox;

use crate::cli::{Dates, Global, SequenceOrVideo};
use crate::error::{CliError, Result};
use crate::output::{Out, PhotoPrinter, print_photos};
use crate::photo_record::PhotoRecord;
use crate::progress;
use crate::session::Session;

#[derive(Debug, clap::Args)]
// The group is named, not the struct's: a flattened struct in a struct-level group would
// join it.
#[command(group(clap::ArgGroup::new("which").required(true).multiple(false)))]
pub struct Args {
    /// Every photo of a sequence, ordered by sequenceIndex.
    #[arg(long, value_name = "ID", group = "which")]
    pub sequence: Option<u64>,
    /// The photos cut from a video (video → sequence → photos).
    #[arg(long, value_name = "ID", group = "which")]
    pub video: Option<u64>,
    /// Photos by id, in the order given.
    #[arg(
        long,
        value_name = "ID[,ID...]",
        value_delimiter = ',',
        group = "which"
    )]
    pub id: Vec<u64>,
    /// Photos in a box: south, west, north, east in decimal degrees; ordered by sequence and
    /// index.
    #[arg(
        long,
        value_name = "S,W,N,E",
        allow_hyphen_values = true,
        group = "which"
    )]
    pub bbox: Option<BoundingBox>,
    #[command(flatten)]
    pub area: AreaArgs,
}

// What narrows `--bbox`.
#[derive(Debug, clap::Args)]
pub struct AreaArgs {
    #[command(flatten)]
    pub dates: Dates,
    /// At most this many photos (with --bbox; default 1000).
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
}

pub async fn run(args: &Args, global: &Global) -> Result<()> {
    let dates = args.area.dates.range()?;
    let session = Session::start(global).await?;
    let out = &session.out;
    if let Some(bbox) = args.bbox {
        let spinner = progress::spinner(out, format!("searching {bbox}"));
        let photos = session
            .client
            .photos_in_area(bbox, dates, Some(args.area.limit.unwrap_or(1000)))
            .await;
        progress::finish(spinner);
        let photos = photos.map_err(|e| CliError::with(format!("photos in {bbox}"), e))?;
        return print_photos(out, &photos, None);
    }
    // Checked here: clap counts `requires = "bbox"` as met by any member of the group.
    if args.area.dates.from.is_some() || args.area.dates.to.is_some() || args.area.limit.is_some() {
        return Err(CliError::msg("--from, --to and --limit go with --bbox"));
    }
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
