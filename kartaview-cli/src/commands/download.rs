//! `kartaview download (--sequence ID | --video ID | --user ID|USERNAME) --dir DIR [--size ...]
//! [--concurrency N]`

use std::borrow::Cow;
use std::cell::RefCell;
use std::path::PathBuf;

use kartaview_ext::{DownloadEvent, DownloadOptions, ImageSize};
use serde::Serialize;

use crate::cli::{Global, SequenceOrVideo};
use crate::error::{CliError, Result};
use crate::output::{Out, Typed, count};
use crate::progress;
use crate::session::Session;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub which: SequenceOrVideo,
    /// Every sequence of a user (by id or username), one sub-folder per sequence id.
    #[arg(long, value_name = "ID|USERNAME", group = "SequenceOrVideo")]
    pub user: Option<kartaview_ext::UserRef>,
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
}

/// The last `--json` line, after the library's [`DownloadEvent`]s (one per photo).
#[derive(Serialize)]
#[serde(
    rename_all = "camelCase",
    tag = "type",
    rename_all_fields = "camelCase"
)]
pub(crate) enum Line {
    Summary {
        dir: String,
        photos: usize,
        downloaded: usize,
        skipped: usize,
        failed: usize,
        bytes: u64,
    },
}

pub async fn run(args: &Args, global: &Global) -> Result<()> {
    if let Some(user) = &args.user {
        return super::download_user::run(args, user, global).await;
    }
    let session = Session::start(global).await?;
    let out = &session.out;
    let loaded = super::load(&session.client, &args.which, out).await?;
    let options = DownloadOptions {
        dir: args.dir.clone(),
        size: args.size,
        concurrency: usize::from(args.concurrency),
        overwrite: args.overwrite,
    };
    let bar = progress::bar(out, loaded.photos.len() as u64, "downloading");
    // The callback cannot fail; the first stdout error is kept and reported after.
    let write_error: RefCell<Option<CliError>> = RefCell::new(None);
    let bytes_so_far = std::cell::Cell::new(0u64);
    let summary = session
        .client
        .download_photos(&loaded.photos, &options, |event| {
            if let Some(bar) = &bar
                && !matches!(event, DownloadEvent::Planned { .. })
            {
                bar.inc(1);
            }
            if let DownloadEvent::Downloaded { bytes, .. } = event {
                bytes_so_far.set(bytes_so_far.get() + bytes);
                if let Some(bar) = &bar {
                    bar.set_message(format!(
                        "downloading {}",
                        indicatif::HumanBytes(bytes_so_far.get())
                    ));
                }
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
        })?;
    } else if !out.quiet {
        out.line(&format!(
            "{}: {}, {} downloaded ({}), {} already there, {} failed → {}",
            loaded.label,
            count(loaded.photos.len(), "photo"),
            summary.downloaded,
            indicatif::HumanBytes(summary.bytes),
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

/// A JSON line per photo (its error redacted), or a warning per failure for people.
pub(crate) fn report(
    out: &Out,
    event: &DownloadEvent,
    bar: Option<&indicatif::ProgressBar>,
) -> Result<()> {
    let event = redacted(event);
    if let DownloadEvent::Failed { photo_id, error } = event.as_ref()
        && !out.json
        && !out.quiet
    {
        let text = format!("warning: photo {photo_id}: {error}");
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
