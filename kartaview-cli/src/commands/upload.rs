//! `kartaview upload PATH [--dry-run] [--split-gap DURATION] [--gpx FILE] [--concurrency N]`:
//! a folder tree of geotagged JPEGs, one sequence per folder (or per part of a folder split at
//! capture-time gaps), each resumable on its own.
//!
//! The sequences are uploaded one after the other: each already keeps `--concurrency` photos
//! in flight, which is what fills the link, and one at a time keeps the progress readable and
//! the load on the server what the user asked for.

use std::borrow::Cow;
use std::cell::RefCell;
use std::path::PathBuf;

use kartaview_ext::inputs::{
    GpxTrack, PlanOptions, PlannedSequence, ScanOptions, UploadPlan, plan_upload,
};
use kartaview_ext::{UnresolvedCreate, UploadApi, UploadEvent, UploadOptions, UploadReport};
use serde::Serialize;

use super::upload_plan;
use crate::cli::Global;
use crate::error::{CliError, Result};
use crate::output::{Out, PlannedPhotoJson, PlannedSequenceJson, Typed, Written, count, relative};
use crate::progress;
use crate::session::Session;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// A folder of JPEGs, and the folders under it (hidden ones skipped): positions from their
    /// EXIF GPS tags (or the --gpx track), one sequence per folder, in capture-time order.
    #[arg(value_name = "PATH")]
    pub path: PathBuf,
    /// Show the plan (sequences, photos, where their time came from, skipped files) and send
    /// nothing; needs no token.
    #[arg(long)]
    pub dry_run: bool,
    /// Also write the planned tracks and photos as GeoJSON, to check them on a map.
    #[arg(long, value_name = "FILE")]
    pub geojson: Option<PathBuf>,
    /// Start a new sequence wherever consecutive photos of a folder were taken further apart
    /// than this (`90s`, `5m`, `1h`).
    #[arg(long, value_name = "DURATION", value_parser = parse_gap)]
    pub split_gap: Option<chrono::Duration>,
    /// The sequences' device name [default: each sequence's most common EXIF Make and Model].
    #[arg(long, value_name = "NAME", value_parser = clap::builder::NonEmptyStringValueParser::new())]
    pub device_name: Option<String>,
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
    /// Where progress is kept when PATH makes one sequence (default: .kartaview-upload.json in
    /// the photos' folder): rerun to resume.
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,
}

fn parse_gap(text: &str) -> std::result::Result<chrono::Duration, String> {
    let gap = humantime::parse_duration(text).map_err(|e| format!("{e} (try 90s, 5m or 1h)"))?;
    if gap.is_zero() {
        return Err("the gap must be longer than zero".to_owned());
    }
    chrono::Duration::from_std(gap).map_err(|_| "the gap is too long".to_owned())
}

/// `--json` lines of `upload`, and of `upload --dry-run`, told apart by `type`; the upload's
/// progress lines between them (`"type":"progress"`) are the library's own [`UploadEvent`]s.
#[derive(Serialize)]
#[serde(
    rename_all = "camelCase",
    tag = "type",
    rename_all_fields = "camelCase"
)]
pub(crate) enum Line {
    Skipped {
        path: String,
        reason: String,
    },
    /// A planned sequence, before its photos (dry run) or before its upload starts.
    PlannedSequence(PlannedSequenceJson),
    /// A planned photo (dry run).
    PlannedPhoto(PlannedPhotoJson),
    /// How one sequence's upload ended.
    SequenceSummary(Summary),
    /// The whole plan (dry run) or the whole upload.
    Summary(Total),
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Summary {
    /// The sequence's number in the plan.
    sequence: usize,
    folder: String,
    /// `None` when the upload failed before the sequence was created or found.
    sequence_id: Option<u64>,
    photos: usize,
    uploaded: usize,
    duplicates: usize,
    resumed: usize,
    failed: usize,
    bytes: u64,
    finished: bool,
    error: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Total {
    pub sequences: usize,
    pub photos: usize,
    pub skipped: usize,
    /// Only in a dry run.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub dry_run: bool,
    #[serde(flatten)]
    pub uploaded: Option<UploadTotal>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct UploadTotal {
    /// Sequences finished (closed for upload).
    finished: usize,
    uploaded: usize,
    duplicates: usize,
    resumed: usize,
    /// Photos that could not be uploaded.
    failed: usize,
    bytes: u64,
}

pub async fn run(args: &Args, global: &Global) -> Result<()> {
    if args.dry_run {
        // Offline: no session, no token, no request.
        let out = Out::new(global);
        let plan = make_plan(args, &out)?;
        return upload_plan::print(&out, &plan, args.state.is_none());
    }
    let session = Session::start(global).await?;
    let out = &session.out;
    let Some(identity) = &session.identity else {
        return Err(CliError::msg(
            "uploading needs an access token: run `kartaview login`, or give --token or KARTAVIEW_TOKEN",
        ));
    };
    let plan = make_plan(args, out)?;
    upload_plan::print_skipped(out, &plan)?;
    if plan.sequences.is_empty() {
        return Err(CliError::msg(format!(
            "{} has no JPEG with a position to upload",
            args.path.display()
        )));
    }
    // With --state the user keeps the progress where they like: nothing is recorded beside
    // the photos then.
    if args.state.is_none() {
        upload_plan::check_against_earlier_runs(&plan)?;
        plan.record()?;
    }
    let mut outcomes = Vec::with_capacity(plan.sequences.len());
    for (number, sequence) in (1..).zip(&plan.sequences) {
        let label = label(&plan, sequence);
        if out.json {
            out.json_line(&Line::PlannedSequence(PlannedSequenceJson::new(
                number, sequence,
            )))?;
        } else if plan.sequences.len() > 1 {
            out.note(&format!(
                "sequence {number} of {}: {label}, {}",
                plan.sequences.len(),
                count(sequence.photos.len(), "photo")
            ));
        }
        let options = UploadOptions {
            api: if args.api2 {
                UploadApi::V2
            } else {
                UploadApi::V1
            },
            concurrency: usize::from(args.concurrency),
            state_file: Some(sequence.state_file.clone()),
            recreate_gone_sequence: args.recreate,
            user_id: identity.user_id,
            device_name: sequence.device_name.clone(),
        };
        let result = upload_sequence(&session, sequence, &options, &label).await;
        match &result {
            Err(e) if e.is_broken_pipe() => return result.map(|_| ()),
            // One sequence: the error line says it all.
            Err(e) if plan.sequences.len() > 1 && !out.json && !out.quiet => {
                eprintln!("warning: {e}");
            }
            _ => {}
        }
        outcomes.push(Outcome {
            number,
            label,
            sequence,
            result,
        });
    }
    print_summary(out, &plan, &outcomes)?;
    verdict(&plan, &outcomes)
}

/// Reads the tree into a plan, with the command line's overrides, and writes its GeoJSON.
fn make_plan(args: &Args, out: &Out) -> Result<UploadPlan> {
    let track = match &args.gpx {
        Some(path) => Some(
            GpxTrack::read(path)
                .map_err(|e| CliError::with(format!("track {}", path.display()), e))?,
        ),
        None => None,
    };
    let options = PlanOptions {
        scan: ScanOptions {
            track,
            prefer_track: args.prefer_gpx,
            time_offset: chrono::Duration::seconds(args.time_offset),
        },
        split_gap: args.split_gap,
    };
    let mut plan = plan_upload(&args.path, &options)
        .map_err(|e| CliError::with(format!("photos of {}", args.path.display()), e))?;
    if let Some(state) = &args.state {
        match plan.sequences.as_mut_slice() {
            [] => {}
            [one] => one.state_file = state.clone(),
            several => {
                return Err(CliError::msg(format!(
                    "--state keeps the progress of one sequence, and {} makes {}: leave --state out (each sequence keeps its own state file beside its photos)",
                    args.path.display(),
                    count(several.len(), "sequence")
                )));
            }
        }
    }
    if let Some(name) = &args.device_name {
        for sequence in &mut plan.sequences {
            sequence.device_name = Some(name.clone());
        }
    }
    if let Some(path) = &args.geojson {
        let body = crate::formats::plan_geojson(&plan)
            .map_err(|e| CliError::with("cannot encode GeoJSON", e))?;
        kartaview_ext::files::write_atomically(path, &body, false)?;
        if out.json {
            out.json_line(&Written {
                path: path.display().to_string(),
                format: "geojson",
                photos: plan.photo_count(),
                without_position: plan
                    .sequences
                    .iter()
                    .flat_map(|s| &s.photos)
                    .filter(|p| p.item.position.is_none())
                    .count(),
                bytes: body.len(),
            })?;
        } else {
            out.note(&format!(
                "the planned tracks and photos are in {}",
                path.display()
            ));
        }
    }
    Ok(plan)
}

/// A sequence as tables name it: its folder relative to PATH, and its part.
pub(crate) fn label(plan: &UploadPlan, sequence: &PlannedSequence) -> String {
    relative(&sequence.folder, &plan.root) + &part_of(sequence)
}

/// A sequence as errors name it: its folder as given, and its part.
fn folder_text(sequence: &PlannedSequence) -> String {
    sequence.folder.display().to_string() + &part_of(sequence)
}

fn part_of(sequence: &PlannedSequence) -> String {
    if sequence.parts > 1 {
        format!(" (part {} of {})", sequence.part, sequence.parts)
    } else {
        String::new()
    }
}

struct Outcome<'a> {
    number: usize,
    label: String,
    sequence: &'a PlannedSequence,
    result: Result<UploadReport>,
}

async fn upload_sequence(
    session: &Session,
    sequence: &PlannedSequence,
    options: &UploadOptions,
    label: &str,
) -> Result<UploadReport> {
    let out = &session.out;
    let items = sequence.items();
    // Bytes of the photos this run sends: each plan (the first, and the one after a vanished
    // sequence is recreated) starts the bar again.
    let bar = progress::bytes_bar(out, format!("uploading {label}"));
    let write_error: RefCell<Option<CliError>> = RefCell::new(None);
    let report = session
        .client
        .upload(&items, options, |event| {
            if let Some(bar) = &bar {
                match event {
                    UploadEvent::Planned { bytes, .. } => {
                        bar.reset();
                        progress::show_bytes(bar, 0, *bytes);
                    }
                    UploadEvent::Stored { bytes, .. } => bar.inc(*bytes),
                    _ => {}
                }
            }
            if let Err(e) = report_event(out, event, bar.as_ref()) {
                write_error.borrow_mut().get_or_insert(e);
            }
        })
        .await;
    progress::finish(bar);
    if let Some(e) = write_error.into_inner() {
        return Err(e);
    }
    report.map_err(|e| CliError::with(format!("upload of {}", folder_text(sequence)), e))
}

fn print_summary(out: &Out, plan: &UploadPlan, outcomes: &[Outcome]) -> Result<()> {
    let reports = || outcomes.iter().filter_map(|o| o.result.as_ref().ok());
    let total = UploadTotal {
        finished: reports().filter(|r| r.finished).count(),
        uploaded: reports().map(|r| r.uploaded).sum(),
        duplicates: reports().map(|r| r.duplicates).sum(),
        resumed: reports().map(|r| r.resumed).sum(),
        failed: reports().map(|r| r.failed.len()).sum(),
        bytes: reports().map(|r| r.bytes).sum(),
    };
    if out.json {
        for o in outcomes {
            let report = o.result.as_ref().ok();
            out.json_line(&Line::SequenceSummary(Summary {
                sequence: o.number,
                folder: o.sequence.folder.display().to_string(),
                sequence_id: report.map(|r| r.sequence_id),
                photos: o.sequence.photos.len(),
                uploaded: report.map_or(0, |r| r.uploaded),
                duplicates: report.map_or(0, |r| r.duplicates),
                resumed: report.map_or(0, |r| r.resumed),
                failed: report.map_or(0, |r| r.failed.len()),
                bytes: report.map_or(0, |r| r.bytes),
                finished: report.is_some_and(|r| r.finished),
                error: o.result.as_ref().err().map(CliError::line),
            }))?;
        }
        return out.json_line(&Line::Summary(Total {
            sequences: outcomes.len(),
            photos: plan.photo_count(),
            skipped: plan.skipped.len(),
            dry_run: false,
            uploaded: Some(total),
        }));
    }
    if out.quiet {
        return Ok(());
    }
    out.line(&format!(
        "{:>10}  {:>6}  {:>8}  {:>9}  {:>7}  {:>6}  {:<12}  FOLDER",
        "SEQUENCE", "PHOTOS", "UPLOADED", "ON SERVER", "EARLIER", "FAILED", "STATUS"
    ))?;
    for o in outcomes {
        let row = match &o.result {
            Ok(r) => format!(
                "{:>10}  {:>6}  {:>8}  {:>9}  {:>7}  {:>6}  {:<12}  {}",
                r.sequence_id,
                o.sequence.photos.len(),
                r.uploaded,
                r.duplicates,
                r.resumed,
                r.failed.len(),
                if r.finished {
                    "finished"
                } else {
                    "not finished"
                },
                o.label
            ),
            Err(_) => format!(
                "{:>10}  {:>6}  {:>8}  {:>9}  {:>7}  {:>6}  {:<12}  {}",
                "-",
                o.sequence.photos.len(),
                "-",
                "-",
                "-",
                "-",
                "error",
                o.label
            ),
        };
        out.line(&row)?;
    }
    let unfinished = outcomes.len() - total.finished;
    out.line(&format!(
        "{}: {} uploaded, {} already on the server, {} from earlier runs, {} failed, {} skipped; {}",
        count(outcomes.len(), "sequence"),
        count(total.uploaded, "photo"),
        total.duplicates,
        total.resumed,
        total.failed,
        plan.skipped.len(),
        match unfinished {
            0 => "all finished".to_owned(),
            n => format!("{n} not finished: run again to resume"),
        }
    ))
}

/// Success only when every sequence is finished; else what went wrong, the first problem in
/// full.
fn verdict(plan: &UploadPlan, outcomes: &[Outcome]) -> Result<()> {
    let problems: Vec<String> = outcomes
        .iter()
        .filter_map(|o| {
            let folder = folder_text(o.sequence);
            match &o.result {
                Err(e) => Some(e.line()),
                Ok(r) => match r.failed.first() {
                    Some((index, error)) => Some(format!(
                        "{folder}: {} of {} photos could not be uploaded (run again to retry them); the first, sequenceIndex {index}: {}",
                        r.failed.len(),
                        o.sequence.photos.len(),
                        crate::error::redact(&crate::error::with_causes(error))
                    )),
                    None if !r.finished => Some(format!(
                        "{folder}: the upload is not finished: run the same command again"
                    )),
                    None => None,
                },
            }
        })
        .collect();
    match problems.as_slice() {
        [] => Ok(()),
        [one] if plan.sequences.len() == 1 => Err(CliError::msg(one.clone())),
        [first, ..] => Err(CliError::msg(format!(
            "{} of {} did not finish (the others did; run the same command again to resume); the first: {first}",
            problems.len(),
            count(plan.sequences.len(), "sequence"),
        ))),
    }
}

/// The event as a JSON line (its error redacted), and as a warning or note for people.
fn report_event(
    out: &Out,
    event: &UploadEvent,
    bar: Option<&indicatif::ProgressBar>,
) -> Result<()> {
    let event = redacted(event);
    let warning = match event.as_ref() {
        UploadEvent::Failed { index, error } if !out.json && !out.quiet => {
            Some(format!("warning: sequenceIndex {index}: {error}"))
        }
        UploadEvent::SequenceRecreated { old, new } => {
            out.note(&format!(
                "sequence {old} is gone; uploading everything into sequence {new}"
            ));
            None
        }
        // Printed even with --quiet: a sequence may stay behind on the server.
        UploadEvent::CreateUnresolved(unresolved) => Some(format!(
            "warning: an interrupted run may have left an empty sequence on the server ({}); it carries the upload source \"{}\" and can be deleted on the site",
            unresolved.reason, unresolved.upload_source
        )),
        _ => None,
    };
    if let Some(text) = warning {
        match bar {
            Some(bar) => bar.println(text),
            None => eprintln!("{text}"),
        }
    }
    if out.json {
        out.json_line(&Typed::new("progress", event.as_ref()))
    } else {
        Ok(())
    }
}

/// The event as it may be shown: the server's words in it with every secret replaced.
fn redacted(event: &UploadEvent) -> Cow<'_, UploadEvent> {
    match event {
        UploadEvent::Failed { index, error } => Cow::Owned(UploadEvent::Failed {
            index: *index,
            error: crate::error::redact(error),
        }),
        UploadEvent::CreateUnresolved(unresolved) => {
            Cow::Owned(UploadEvent::CreateUnresolved(UnresolvedCreate {
                reason: crate::error::redact(&unresolved.reason),
                ..unresolved.clone()
            }))
        }
        _ => Cow::Borrowed(event),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_in_events_are_redacted() {
        crate::error::register_secret("upload-secret-123");
        let failed = UploadEvent::Failed {
            index: 2,
            error: "HTTP 401 for upload-secret-123".to_owned(),
        };
        assert_eq!(
            serde_json::to_string(&redacted(&failed)).expect("json"),
            r#"{"event":"failed","sequenceIndex":2,"error":"HTTP 401 for ***"}"#
        );
        let unresolved = UploadEvent::CreateUnresolved(UnresolvedCreate {
            upload_source: "kartaview-rs 1".to_owned(),
            reason: "token upload-secret-123 refused".to_owned(),
        });
        assert!(matches!(
            redacted(&unresolved).as_ref(),
            UploadEvent::CreateUnresolved(u) if u.reason == "token *** refused"
        ));
        let stored = UploadEvent::Stored {
            index: 1,
            bytes: 5,
            duplicate: true,
        };
        assert!(matches!(redacted(&stored), Cow::Borrowed(e) if *e == stored));
    }
}
