//! `kartaview upload PATH [--gpx FILE] [--concurrency N]`: a directory of geotagged JPEGs,
//! resumable.

use std::cell::{Cell, RefCell};
use std::path::PathBuf;

use kartaview_ext::inputs::{GpxTrack, ScanOptions, scan_photo_dir};
use kartaview_ext::{UploadApi, UploadEvent, UploadOptions};
use serde::Serialize;

use crate::cli::Global;
use crate::error::{CliError, Result};
use crate::output::count;
use crate::progress;
use crate::session::Session;

/// The state file an upload keeps in its directory.
pub const STATE_FILE: &str = ".kartaview-upload.json";

#[derive(Debug, clap::Args)]
pub struct Args {
    /// A directory of JPEGs: positions from their EXIF GPS tags (or the --gpx track), uploaded
    /// in capture-time order into one sequence.
    #[arg(value_name = "PATH")]
    pub path: PathBuf,
    /// A GPX track that geotags photos without GPS by their capture time.
    #[arg(long, value_name = "FILE")]
    pub gpx: Option<PathBuf>,
    /// Take the track's position even for photos that have GPS.
    #[arg(long, requires = "gpx")]
    pub prefer_gpx: bool,
    /// Seconds added to the photos' clock before matching the track (camera behind: positive).
    #[arg(
        long,
        value_name = "SECONDS",
        default_value_t = 0,
        allow_negative_numbers = true
    )]
    pub time_offset: i64,
    /// Photos in flight at once.
    #[arg(long, value_name = "N", default_value_t = 8, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub concurrency: u16,
    /// Upload through API 2.0 instead of the production API 1.0.
    #[arg(long)]
    pub api2: bool,
    /// If the server says the sequence is gone, upload everything into a new one.
    #[arg(long)]
    pub recreate: bool,
    /// Where progress is kept (default PATH/.kartaview-upload.json): rerun to resume.
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,
}

#[derive(Serialize)]
#[serde(
    rename_all = "camelCase",
    tag = "event",
    rename_all_fields = "camelCase"
)]
enum Line {
    Skipped {
        path: String,
        reason: String,
    },
    SequenceCreated {
        sequence_id: u64,
    },
    Resumed {
        sequence_id: u64,
        confirmed: usize,
    },
    Stored {
        sequence_index: u32,
        bytes: u64,
        duplicate: bool,
    },
    Failed {
        sequence_index: u32,
        error: String,
    },
    SequenceRecreated {
        old: u64,
        new: u64,
    },
    Summary {
        sequence_id: u64,
        photos: usize,
        uploaded: usize,
        duplicates: usize,
        resumed: usize,
        failed: usize,
        skipped: usize,
        bytes: u64,
        finished: bool,
    },
}

pub async fn run(args: &Args, global: &Global) -> Result<()> {
    let session = Session::start(global).await?;
    let out = &session.out;
    let Some(identity) = &session.identity else {
        return Err(CliError::msg(
            "uploading needs an access token: run `kartaview login`, or give --token or KARTAVIEW_TOKEN",
        ));
    };
    let track = match &args.gpx {
        Some(path) => Some(
            GpxTrack::read(path)
                .map_err(|e| CliError::with(format!("track {}", path.display()), e))?,
        ),
        None => None,
    };
    let scan = scan_photo_dir(
        &args.path,
        &ScanOptions {
            track,
            prefer_track: args.prefer_gpx,
            time_offset: chrono::Duration::seconds(args.time_offset),
        },
    )
    .map_err(|e| CliError::with(format!("photos of {}", args.path.display()), e))?;
    let mut skipped = Vec::new();
    for path in &scan.without_position {
        skipped.push((
            path.display().to_string(),
            "no position (no GPS, and no track covers its time)".to_owned(),
        ));
    }
    for (path, reason) in &scan.unreadable {
        skipped.push((path.display().to_string(), reason.clone()));
    }
    for (path, reason) in &skipped {
        if out.json {
            out.json_line(&Line::Skipped {
                path: path.clone(),
                reason: crate::error::redact(reason),
            })?;
        } else {
            out.note(&format!("skipped {path}: {reason}"));
        }
    }
    if scan.items.is_empty() {
        return Err(CliError::msg(format!(
            "{} has no JPEG with a position to upload",
            args.path.display()
        )));
    }
    let options = UploadOptions {
        api: if args.api2 {
            UploadApi::V2
        } else {
            UploadApi::V1
        },
        concurrency: usize::from(args.concurrency),
        state_file: Some(
            args.state
                .clone()
                .unwrap_or_else(|| args.path.join(STATE_FILE)),
        ),
        recreate_gone_sequence: args.recreate,
        user_id: identity.user_id,
        device_name: None,
    };
    let bar = progress::bar(out, scan.items.len() as u64, "uploading");
    let write_error: RefCell<Option<CliError>> = RefCell::new(None);
    let done = Cell::new(0u64);
    let report = session
        .client
        .upload(&scan.items, &options, |event| {
            if let Some(bar) = &bar {
                match event {
                    UploadEvent::Resumed { confirmed, .. } => {
                        done.set(*confirmed as u64);
                        bar.set_position(done.get());
                    }
                    UploadEvent::Stored { .. } => bar.inc(1),
                    UploadEvent::SequenceRecreated { .. } => bar.set_position(0),
                    _ => {}
                }
            }
            if let Err(e) = report_event(&session.out, event, bar.as_ref()) {
                write_error.borrow_mut().get_or_insert(e);
            }
        })
        .await;
    progress::finish(bar);
    let report =
        report.map_err(|e| CliError::with(format!("upload of {}", args.path.display()), e))?;
    if let Some(e) = write_error.into_inner() {
        return Err(e);
    }
    let failed = report.failed.len();
    if out.json {
        out.json_line(&Line::Summary {
            sequence_id: report.sequence_id,
            photos: scan.items.len(),
            uploaded: report.uploaded,
            duplicates: report.duplicates,
            resumed: report.resumed,
            failed,
            skipped: skipped.len(),
            bytes: report.bytes,
            finished: report.finished,
        })?;
    } else if !out.quiet {
        out.line(&format!(
            "sequence {}: {} uploaded, {} already on the server, {} from earlier runs, {} failed, {} skipped; {}",
            report.sequence_id,
            count(report.uploaded, "photo"),
            report.duplicates,
            report.resumed,
            failed,
            skipped.len(),
            if report.finished { "finished" } else { "not finished: run again to resume" }
        ))?;
    }
    match report.failed.first() {
        None if report.finished => Ok(()),
        None => Err(CliError::msg(
            "the upload is not finished: run the same command again",
        )),
        Some((index, error)) => Err(CliError::msg(format!(
            "{failed} of {} photos could not be uploaded (run again to retry them); the first, sequenceIndex {index}: {}",
            scan.items.len(),
            crate::error::redact(&error.to_string())
        ))),
    }
}

fn report_event(
    out: &crate::output::Out,
    event: &UploadEvent,
    bar: Option<&indicatif::ProgressBar>,
) -> Result<()> {
    let line = match event {
        UploadEvent::SequenceCreated { sequence_id } => Line::SequenceCreated {
            sequence_id: *sequence_id,
        },
        UploadEvent::Resumed {
            sequence_id,
            confirmed,
        } => Line::Resumed {
            sequence_id: *sequence_id,
            confirmed: *confirmed,
        },
        UploadEvent::Stored {
            index,
            bytes,
            duplicate,
        } => Line::Stored {
            sequence_index: *index,
            bytes: *bytes,
            duplicate: *duplicate,
        },
        UploadEvent::Failed { index, error } => {
            let error = crate::error::redact(error);
            if !out.json && !out.quiet {
                let text = format!("warning: sequenceIndex {index}: {error}");
                match bar {
                    Some(bar) => bar.println(text),
                    None => eprintln!("{text}"),
                }
            }
            Line::Failed {
                sequence_index: *index,
                error,
            }
        }
        UploadEvent::SequenceRecreated { old, new } => {
            out.note(&format!(
                "sequence {old} is gone; uploading everything into sequence {new}"
            ));
            Line::SequenceRecreated {
                old: *old,
                new: *new,
            }
        }
        UploadEvent::CreateUnresolved(unresolved) => {
            // Printed even with --quiet: a sequence may stay behind on the server.
            let text = format!(
                "warning: an interrupted run may have left an empty sequence on the server ({}); it carries the upload source \"{}\" and can be deleted on the site",
                crate::error::redact(&unresolved.reason),
                unresolved.upload_source
            );
            match bar {
                Some(bar) => bar.println(text),
                None => eprintln!("{text}"),
            }
            return Ok(());
        }
        _ => return Ok(()),
    };
    if out.json {
        out.json_line(&line)
    } else {
        Ok(())
    }
}
