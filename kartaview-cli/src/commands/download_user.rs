//! `kartaview download --user ID|USERNAME --dir DIR`: every photo of every sequence of a user,
//! one sub-folder per sequence (`DIR/{sequenceId}/`), through the same concurrent, resumable
//! download as `--sequence` (a rerun fetches only the images that are missing).

use std::cell::{Cell, RefCell};

use kartaview_ext::{DownloadEvent, DownloadOptions, UserRef};
use serde::Serialize;

use crate::cli::Global;
use crate::commands::download::{Args, report};
use crate::error::{CliError, Result};
use crate::output::count;
use crate::progress;
use crate::session::Session;

/// The last `--json` line, after one line per photo.
#[derive(Serialize)]
#[serde(tag = "type", rename = "summary", rename_all = "camelCase")]
struct Summary {
    user_id: u64,
    dir: String,
    sequences: usize,
    photos: usize,
    downloaded: usize,
    skipped: usize,
    failed: usize,
    bytes: u64,
}

pub async fn run(args: &Args, user: &UserRef, global: &Global) -> Result<()> {
    let session = Session::start(global).await?;
    let out = &session.out;
    let client = &session.client;
    let super::UserLoaded {
        user_id,
        label,
        sequences,
    } = super::load_user(client, user, out).await?;
    let total: usize = sequences.iter().map(|(_, photos)| photos.len()).sum();

    let bar = progress::bar(out, total as u64, "downloading");
    let write_error: RefCell<Option<CliError>> = RefCell::new(None);
    let bytes_so_far = Cell::new(0u64);
    let mut downloaded = 0;
    let mut skipped = 0;
    let mut bytes = 0;
    let mut failed = Vec::new();
    for (sequence, photos) in &sequences {
        let options = DownloadOptions {
            dir: args.dir.join(sequence.id.to_string()),
            size: args.size,
            concurrency: usize::from(args.concurrency),
            overwrite: args.overwrite,
        };
        let summary = client
            .download_photos(photos, &options, |event| {
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
                if let Err(e) = report(out, event, bar.as_ref()) {
                    write_error.borrow_mut().get_or_insert(e);
                }
            })
            .await;
        let summary = match summary {
            Ok(summary) => summary,
            Err(e) => {
                progress::finish(bar);
                return Err(CliError::with(format!("sequence {}", sequence.id), e));
            }
        };
        downloaded += summary.downloaded;
        skipped += summary.skipped;
        bytes += summary.bytes;
        failed.extend(summary.failed);
    }
    progress::finish(bar);
    if let Some(e) = write_error.into_inner() {
        return Err(e);
    }
    if out.json {
        out.json_line(&Summary {
            user_id,
            dir: args.dir.display().to_string(),
            sequences: sequences.len(),
            photos: total,
            downloaded,
            skipped,
            failed: failed.len(),
            bytes,
        })?;
    } else if !out.quiet {
        out.line(&format!(
            "{label}: {}, {}, {downloaded} downloaded ({}), {skipped} already there, {} failed → {}",
            count(sequences.len(), "sequence"),
            count(total, "photo"),
            indicatif::HumanBytes(bytes),
            failed.len(),
            args.dir.display()
        ))?;
    }
    match failed.first() {
        None => Ok(()),
        Some((id, error)) => Err(CliError::msg(format!(
            "{} of {total} images could not be downloaded; the first, photo {id}: {error}",
            failed.len()
        ))),
    }
}
