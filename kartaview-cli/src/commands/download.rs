//! `kartaview download (--sequence ID | --video ID | --user ID|USERNAME) --dir DIR [--size ...]
//! [--concurrency N] [--geotag]`: with `--user`, a sub-folder per sequence (`DIR/{sequenceId}/`),
//! all through the same concurrent, resumable download and one progress bar.

use std::borrow::Cow;
use std::cell::RefCell;
use std::path::PathBuf;

use kartaview_ext::{DownloadEvent, DownloadOptions, ImageSize};
use serde::Serialize;

use crate::cli::{Global, Source};
use crate::error::{CliError, Result};
use crate::output::{Out, Typed, count};
use crate::progress;
use crate::session::Session;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub source: Source,
    /// Where the images go (created if missing; with --user, a sub-folder per sequence id).
    /// Files are named {sequenceId}_{sequenceIndex:05}.jpg, or {photoId}.jpg.
    #[arg(long, value_name = "DIR")]
    pub dir: PathBuf,
    /// The rendition; a photo without it gets the next of proc, lth, th that it has.
    #[arg(long, value_enum, default_value_t = ImageSize::Proc)]
    pub size: ImageSize,
    /// Images in flight at once.
    #[arg(long, value_name = "N", default_value_t = 16, value_parser = clap::value_parser!(u16).range(1..=256))]
    pub concurrency: u16,
    /// Replace files that exist (by default a whole image is skipped and a broken one fetched again).
    #[arg(long)]
    pub overwrite: bool,
    /// Write each photo's position, heading and capture time (UTC) into the EXIF of the images
    /// downloaded, and list them in DIR/download.geojson.
    #[arg(long)]
    pub geotag: bool,
}

/// The last `--json` line, after the library's [`DownloadEvent`]s.
#[derive(Serialize, Default)]
#[serde(tag = "type", rename = "summary", rename_all = "camelCase")]
struct Summary {
    /// With `--user`: whose, and how many sequences.
    #[serde(skip_serializing_if = "Option::is_none")]
    user_id: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sequences: Option<usize>,
    dir: String,
    photos: usize,
    downloaded: usize,
    skipped: usize,
    /// Files that were there but not a whole image, fetched again.
    refetched: usize,
    failed: usize,
    bytes: u64,
    /// With `--geotag`: images stored without geotags.
    #[serde(skip_serializing_if = "Option::is_none")]
    not_geotagged: Option<usize>,
    /// With `--geotag`: the GeoJSON file of each folder.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    geojson: Vec<String>,
}

pub async fn run(args: &Args, global: &Global) -> Result<()> {
    let session = Session::start(global).await?;
    let out = &session.out;
    let client = &session.client;
    let super::Sources {
        label,
        user_id,
        parts,
    } = super::load_source(client, &args.source, out).await?;
    let photos: usize = parts.iter().map(|p| p.photos.len()).sum();
    let bar = progress::bytes_bar(out, "downloading");
    let counter = RefCell::new(progress::DownloadBytes::default());
    // The callback cannot fail; the first stdout error is kept and reported after.
    let write_error: RefCell<Option<CliError>> = RefCell::new(None);
    let mut total = Summary {
        user_id,
        sequences: user_id.map(|_| parts.len()),
        dir: args.dir.display().to_string(),
        photos,
        not_geotagged: args.geotag.then_some(0),
        ..Summary::default()
    };
    let mut first_failure = None;
    for part in &parts {
        // A user's sequences each get their own folder.
        let dir = match (user_id, part.sequence_id) {
            (Some(_), Some(sequence)) => args.dir.join(sequence.to_string()),
            _ => args.dir.clone(),
        };
        let options = DownloadOptions {
            dir,
            size: args.size,
            concurrency: usize::from(args.concurrency),
            overwrite: args.overwrite,
            geotag: args.geotag,
        };
        let summary = client
            .download_photos(&part.photos, &options, |event| {
                if let Some(bar) = &bar {
                    let mut counter = counter.borrow_mut();
                    counter.update(event);
                    counter.show(bar, "downloading");
                }
                let result = report(out, event, bar.as_ref());
                if let Err(e) = result {
                    write_error.borrow_mut().get_or_insert(e);
                }
            })
            .await;
        let summary = match summary {
            Ok(summary) => summary,
            Err(e) => {
                progress::finish(bar);
                return Err(CliError::with(format!("download of {}", part.label), e));
            }
        };
        total.downloaded += summary.downloaded;
        total.skipped += summary.skipped;
        total.refetched += summary.refetched;
        total.failed += summary.failed.len();
        total.bytes += summary.bytes;
        if let Some(n) = &mut total.not_geotagged {
            *n += summary.not_geotagged.len();
        }
        total
            .geojson
            .extend(summary.geojson.map(|p| p.display().to_string()));
        if first_failure.is_none() {
            first_failure = summary.failed.into_iter().next();
        }
    }
    progress::finish(bar);
    if let Some(e) = write_error.into_inner() {
        return Err(e);
    }
    if out.json {
        out.json_line(&total)?;
    } else if !out.quiet {
        let sequences = match total.sequences {
            Some(n) => format!("{}, ", count(n, "sequence")),
            None => String::new(),
        };
        let geotags = match (total.not_geotagged, total.geojson.as_slice()) {
            (None, _) => String::new(),
            (Some(n), [one]) => format!(" ({n} not geotagged; listed in {one})"),
            (Some(n), _) => format!(
                " ({n} not geotagged; listed in each folder's {})",
                kartaview_ext::download::GEOJSON_FILE
            ),
        };
        let refetched = match total.refetched {
            0 => String::new(),
            n => format!(" ({n} broken, fetched again)"),
        };
        out.line(&format!(
            "{label}: {sequences}{}, {} downloaded{refetched} ({}), {} already there, {} failed → {}{geotags}",
            count(photos, "photo"),
            total.downloaded,
            indicatif::HumanBytes(total.bytes),
            total.skipped,
            total.failed,
            args.dir.display()
        ))?;
    }
    match first_failure {
        None => Ok(()),
        Some((id, error)) => Err(CliError::with(
            format!(
                "{} of {photos} images could not be downloaded; the first, photo {id}",
                total.failed
            ),
            error,
        )),
    }
}

/// A `progress` line per event but the byte counts of `receiving` (its error redacted), or a
/// warning per failure or image stored without geotags for people.
fn report(out: &Out, event: &DownloadEvent, bar: Option<&indicatif::ProgressBar>) -> Result<()> {
    let event = redacted(event);
    let warning = match event.as_ref() {
        DownloadEvent::Receiving { .. } => return Ok(()),
        DownloadEvent::Failed { photo_id, error } => Some(format!("photo {photo_id}: {error}")),
        DownloadEvent::NotGeotagged {
            photo_id, reason, ..
        } => Some(format!("photo {photo_id} stored without geotags: {reason}")),
        _ => None,
    };
    if let Some(warning) = warning
        && !out.json
        && !out.quiet
    {
        let text = format!("warning: {warning}");
        match bar {
            Some(bar) => bar.println(text),
            None => eprintln!("{text}"),
        }
    }
    if out.json {
        out.json_line(&Typed::new("progress", event.as_ref()))?;
    }
    Ok(())
}

/// The event as it may be shown: the server's words in it with every secret replaced.
fn redacted(event: &DownloadEvent) -> Cow<'_, DownloadEvent> {
    match event {
        DownloadEvent::Failed { photo_id, error } => Cow::Owned(DownloadEvent::Failed {
            photo_id: *photo_id,
            error: crate::error::redact(error),
        }),
        _ => Cow::Borrowed(event),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_in_events_are_redacted() {
        crate::error::register_secret("download-secret-456");
        let failed = DownloadEvent::Failed {
            photo_id: 7,
            error: "HTTP 403 at ?token=download-secret-456".to_owned(),
        };
        assert_eq!(
            serde_json::to_string(&redacted(&failed)).expect("json"),
            r#"{"event":"failed","photoId":7,"error":"HTTP 403 at ?token=***"}"#
        );
        let skipped = DownloadEvent::Skipped {
            photo_id: 8,
            path: PathBuf::from("dl/8.jpg"),
        };
        assert!(matches!(redacted(&skipped), Cow::Borrowed(e) if *e == skipped));
    }
}
