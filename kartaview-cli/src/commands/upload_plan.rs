//! What `kartaview upload --dry-run` prints: the plan, as tables or `--json` lines.

use kartaview_ext::inputs::{PositionSource, TimeSource, UploadPlan};

use super::upload::{Line, Total, label};
use crate::error::{CliError, Result};
use crate::output::{Out, PlannedPhotoJson, PlannedSequenceJson, count, or_dash};

/// Prints the plan; then, when `check` (no `--state`), refuses it as the upload would if it
/// mixes the sequences of an earlier run.
pub fn print(out: &Out, plan: &UploadPlan, check: bool) -> Result<()> {
    if out.json {
        print_skipped(out, plan)?;
        for (number, sequence) in (1..).zip(&plan.sequences) {
            out.json_line(&Line::PlannedSequence(PlannedSequenceJson::new(
                number, sequence,
            )))?;
            for photo in &sequence.photos {
                out.json_line(&Line::PlannedPhoto(PlannedPhotoJson::new(number, photo)))?;
            }
        }
        out.json_line(&Line::Summary(Total {
            sequences: plan.sequences.len(),
            photos: plan.photo_count(),
            skipped: plan.skipped.len(),
            dry_run: true,
            uploaded: None,
        }))?;
    } else {
        print_tables(out, plan)?;
    }
    if check {
        check_against_earlier_runs(plan)?;
    }
    Ok(())
}

/// [`UploadPlan::check_against_earlier_runs`]; its refusals (an
/// [`UploadConflict`](kartaview_ext::UploadConflict), a damaged plan file) already speak this
/// tool's words.
pub fn check_against_earlier_runs(plan: &UploadPlan) -> Result<()> {
    Ok(plan.check_against_earlier_runs()?)
}

fn print_tables(out: &Out, plan: &UploadPlan) -> Result<()> {
    for (number, sequence) in (1..).zip(&plan.sequences) {
        let mut title = format!(
            "sequence {number} of {}: {}, {}",
            plan.sequences.len(),
            label(plan, sequence),
            count(sequence.photos.len(), "photo")
        );
        let time = |t: chrono::NaiveDateTime| t.format("%Y-%m-%d %H:%M:%S");
        match sequence.time_span() {
            Some((start, end)) if start == end => {
                title.push_str(&format!(", {} UTC", time(start)));
            }
            Some((start, end)) => {
                title.push_str(&format!(", {} to {} UTC", time(start), time(end)));
            }
            None => {}
        }
        if let Some(device) = &sequence.device_name {
            title.push_str(&format!(", device {device}"));
        }
        out.line(&title)?;
        out.line(&format!("  state {}", sequence.state_file.display()))?;
        out.line(&format!(
            "  {:>5}  {:>10}  {:>11}  {:>7}  {:<19}  {:<23}  {:<8}  FILE",
            "INDEX", "LAT", "LNG", "HEADING", "SHOT (UTC)", "TIME FROM", "POSITION"
        ))?;
        for photo in &sequence.photos {
            let item = &photo.item;
            let file = photo.file_name();
            out.line(&format!(
                "  {:>5}  {:>10}  {:>11}  {:>7}  {:<19}  {:<23}  {:<8}  {file}",
                item.index,
                or_dash(item.position.map(|at| format!("{:.6}", at.lat))),
                or_dash(item.position.map(|at| format!("{:.6}", at.lng))),
                or_dash(item.heading.map(|h| format!("{h:.1}"))),
                or_dash(item.shot_date.map(|t| t.format("%Y-%m-%d %H:%M:%S"))),
                match photo.time_source {
                    Some(TimeSource::Gps) => "GPS",
                    Some(TimeSource::OffsetTime) => "DateTimeOriginal+offset",
                    Some(TimeSource::LocalTime) => "DateTimeOriginal local",
                    None => "-",
                },
                match photo.position_source {
                    PositionSource::Exif => "EXIF",
                    PositionSource::Track => "GPX",
                },
            ))?;
        }
        out.line("")?;
    }
    if !plan.skipped.is_empty() {
        out.line("skipped")?;
        for skipped in &plan.skipped {
            out.line(&format!(
                "  {}: {}",
                skipped.path.display(),
                crate::error::redact(&skipped.reason.to_string())
            ))?;
        }
        out.line("")?;
    }
    out.line(&format!(
        "dry run: {}, {}, {} skipped; nothing was sent",
        count(plan.sequences.len(), "sequence"),
        count(plan.photo_count(), "photo"),
        count(plan.skipped.len(), "file")
    ))
}

/// The files left out: `--json` lines, or notes on stderr (the upload's data is its summary).
pub fn print_skipped(out: &Out, plan: &UploadPlan) -> Result<(), CliError> {
    for skipped in &plan.skipped {
        let path = skipped.path.display().to_string();
        let reason = crate::error::redact(&skipped.reason.to_string());
        if out.json {
            out.json_line(&Line::Skipped { path, reason })?;
        } else {
            out.note(&format!("skipped {path}: {reason}"));
        }
    }
    Ok(())
}
