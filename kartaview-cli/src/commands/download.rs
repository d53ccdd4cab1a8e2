//! `kartaview download (--sequence ID | --video ID) --dir DIR [--size ...] [--concurrency N]
//! [--geotag]`

use std::borrow::Cow;
use std::cell::RefCell;
use std::path::PathBuf;

use kartaview_ext::{DownloadEvent, DownloadOptions, ImageSize};
use serde::Serialize;

use crate::cli::{Global, SequenceOrVideo};
use crate::error::{CliError, Result};
use crate::output::{Out, count};
use crate::progress;
use crate::session::Session;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub which: SequenceOrVideo,
    /// Where the images go (created if missing). Files are named
    /// {sequenceId}_{sequenceIndex:05}.jpg, or {photoId}.jpg.
    #[arg(long, value_name = "DIR")]
    pub dir: PathBuf,
    /// The rendition; a photo without it gets the next of proc, lth, th that it has.
    #[arg(long, value_enum, default_value_t = ImageSize::Proc)]
    pub size: ImageSize,
    /// Images in flight at once.
    #[arg(long, value_name = "N", default_value_t = 16, value_parser = clap::value_parser!(u16).range(1..=256))]
    pub concurrency: u16,
    /// Replace files that exist (by default they are complete and skipped).
    #[arg(long)]
    pub overwrite: bool,
    /// Write each photo's position, heading and capture time (UTC) into the EXIF of the images
    /// downloaded, and list them in DIR/download.geojson.
    #[arg(long)]
    pub geotag: bool,
}

/// The last `--json` line, after the library's [`DownloadEvent`]s (one per photo).
#[derive(Serialize)]
#[serde(
    rename_all = "camelCase",
    tag = "event",
    rename_all_fields = "camelCase"
)]
enum Line {
    Summary {
        dir: String,
        photos: usize,
        downloaded: usize,
        skipped: usize,
        failed: usize,
        bytes: u64,
        /// With `--geotag`: images stored without geotags.
        #[serde(skip_serializing_if = "Option::is_none")]
        not_geotagged: Option<usize>,
        /// With `--geotag`: the GeoJSON file.
        #[serde(skip_serializing_if = "Option::is_none")]
        geojson: Option<String>,
    },
}

pub async fn run(args: &Args, global: &Global) -> Result<()> {
    let session = Session::start(global).await?;
    let out = &session.out;
    let loaded = super::load(&session.client, &args.which, out).await?;
    let options = DownloadOptions {
        dir: args.dir.clone(),
        size: args.size,
        concurrency: usize::from(args.concurrency),
        overwrite: args.overwrite,
        geotag: args.geotag,
    };
    let bar = progress::bytes_bar(out, "downloading");
    let counter = RefCell::new(progress::DownloadBytes::default());
    // The callback cannot fail; the first stdout error is kept and reported after.
    let write_error: RefCell<Option<CliError>> = RefCell::new(None);
    let summary = session
        .client
        .download_photos(&loaded.photos, &options, |event| {
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
    progress::finish(bar);
    let summary =
        summary.map_err(|e| CliError::with(format!("download of {}", loaded.label), e))?;
    if let Some(e) = write_error.into_inner() {
        return Err(e);
    }
    let failed = summary.failed.len();
    if out.json {
        out.json_line(&Line::Summary {
            dir: args.dir.display().to_string(),
            photos: loaded.photos.len(),
            downloaded: summary.downloaded,
            skipped: summary.skipped,
            failed,
            bytes: summary.bytes,
            not_geotagged: args.geotag.then_some(summary.not_geotagged.len()),
            geojson: summary.geojson.as_ref().map(|p| p.display().to_string()),
        })?;
    } else if !out.quiet {
        let geotags = match &summary.geojson {
            Some(path) => format!(
                " ({} not geotagged; listed in {})",
                summary.not_geotagged.len(),
                path.display()
            ),
            None => String::new(),
        };
        out.line(&format!(
            "{}: {}, {} downloaded ({}), {} already there, {} failed → {}{geotags}",
            loaded.label,
            count(loaded.photos.len(), "photo"),
            summary.downloaded,
            human_bytes(summary.bytes),
            summary.skipped,
            failed,
            args.dir.display()
        ))?;
    }
    match summary.failed.first() {
        None => Ok(()),
        Some((id, error)) => Err(CliError::msg(format!(
            "{failed} of {} images could not be downloaded; the first, photo {id}: {error}",
            loaded.photos.len()
        ))),
    }
}

/// A JSON line per photo (its error redacted), or a warning per failure or image stored
/// without geotags for people.
fn report(out: &Out, event: &DownloadEvent, bar: Option<&indicatif::ProgressBar>) -> Result<()> {
    let event = redacted(event);
    let warning = match event.as_ref() {
        DownloadEvent::Downloaded { .. } | DownloadEvent::Skipped { .. } => None,
        DownloadEvent::Failed { photo_id, error } => Some(format!("photo {photo_id}: {error}")),
        DownloadEvent::NotGeotagged {
            photo_id, reason, ..
        } => Some(format!("photo {photo_id} stored without geotags: {reason}")),
        _ => return Ok(()),
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
        out.json_line(&event)?;
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

/// 1536 → "1.5 KiB".
pub fn human_bytes(bytes: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} B")
    } else {
        format!("{value:.1} {}", UNITS[unit])
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
