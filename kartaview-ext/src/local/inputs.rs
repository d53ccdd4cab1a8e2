//! Upload inputs from disk: a directory of JPEGs read with their EXIF GPS position, capture time
//! and direction, optionally geotagged by time from a GPX track; [`plan_upload`] turns a folder
//! tree into sequences.

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDateTime};

use crate::error::{Error, Result};
pub use crate::local::exif::{PhotoMetadata, TimeSource, read_photo_metadata};
use crate::local::upload::UploadItem;
use crate::models::LatLng;

mod plan;
pub use plan::{
    PLAN_FILE, PlanOptions, PlannedPhoto, PlannedSequence, PositionSource, STATE_FILE, SkipReason,
    Skipped, UploadPlan, plan_upload,
};

/// What a directory scan found.
#[derive(Debug)]
#[non_exhaustive]
pub struct PhotoScan {
    /// The photos to upload, ordered by capture time, with their `sequenceIndex` assigned.
    pub items: Vec<UploadItem>,
    /// Photos left out because neither EXIF nor the track gave them a position.
    pub without_position: Vec<PathBuf>,
    /// Files that could not be read, with the reason.
    pub unreadable: Vec<(PathBuf, String)>,
}

/// A GPS track: time-stamped positions, sorted by time.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GpxTrack {
    points: Vec<(NaiveDateTime, LatLng)>,
}

/// The longest gap between two track points across which a position is interpolated.
pub const MAX_TRACK_GAP: chrono::Duration = chrono::Duration::seconds(300);

impl GpxTrack {
    /// Reads the `trkpt`s (and `rtept`s) that have a time from a GPX document; a document that
    /// is no usable track is [`Error::InvalidArgument`] named `gpx`.
    pub fn parse(xml: &str) -> Result<Self> {
        let doc = roxmltree::Document::parse(xml)
            .map_err(|e| Error::invalid("gpx", format!("not a GPX document: {e}")))?;
        let mut points: Vec<(NaiveDateTime, LatLng)> = doc
            .descendants()
            .filter(|n| matches!(n.tag_name().name(), "trkpt" | "rtept"))
            .filter_map(|n| {
                let lat = n.attribute("lat")?.trim().parse::<f64>().ok()?;
                let lng = n.attribute("lon")?.trim().parse::<f64>().ok()?;
                let time = n
                    .children()
                    .find(|c| c.tag_name().name() == "time")?
                    .text()?;
                let time = DateTime::parse_from_rfc3339(time.trim()).ok()?.naive_utc();
                ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lng))
                    .then_some((time, LatLng { lat, lng }))
            })
            .collect();
        if points.is_empty() {
            return Err(Error::invalid(
                "gpx",
                "the GPX track has no points with a time",
            ));
        }
        points.sort_by_key(|(t, _)| *t);
        Ok(GpxTrack { points })
    }

    /// Reads a GPX file; a file that is no usable track is [`Error::InvalidInput`].
    pub fn read(path: &Path) -> Result<Self> {
        let xml = std::fs::read_to_string(path)
            .map_err(|e| Error::io(format!("cannot read {}", path.display()), e))?;
        GpxTrack::parse(&xml).map_err(|e| match e {
            Error::InvalidArgument { reason, .. } => Error::invalid_input(path, reason),
            other => other,
        })
    }

    /// The position at `time` (UTC), interpolated between the surrounding points; `None`
    /// outside the track or across a gap longer than [`MAX_TRACK_GAP`].
    pub fn position_at(&self, time: NaiveDateTime) -> Option<LatLng> {
        let after = self.points.partition_point(|(t, _)| *t < time);
        let (t1, p1) = *self.points.get(after)?;
        if t1 == time {
            return Some(p1);
        }
        let (t0, p0) = *self.points.get(after.checked_sub(1)?)?;
        let span = t1 - t0;
        if span > MAX_TRACK_GAP {
            return None;
        }
        let f = (time - t0).as_seconds_f64() / span.as_seconds_f64();
        Some(LatLng {
            lat: p0.lat + (p1.lat - p0.lat) * f,
            lng: p0.lng + (p1.lng - p0.lng) * f,
        })
    }
}

/// How a directory is turned into an upload.
#[derive(Debug, Clone, Default)]
pub struct ScanOptions {
    /// Geotags photos by capture time; EXIF positions are kept unless `prefer_track`.
    pub track: Option<GpxTrack>,
    /// Takes the track's position even when EXIF has one.
    pub prefer_track: bool,
    /// Added to each photo's capture time before it is matched with the track (a camera
    /// clock that runs behind by 5 s needs +5 s).
    pub time_offset: chrono::Duration,
}

/// Reads every `.jpg`/`.jpeg` file of `dir` (not its subdirectories) and plans their upload:
/// ordered by capture time (then file name), `sequenceIndex` 0, 1, 2, ... in that order, so
/// the same directory always gives the same indexes. Photos without a position are reported,
/// not dropped silently. [`plan_upload`] does the same for a whole tree.
pub fn scan_photo_dir(dir: &Path, options: &ScanOptions) -> Result<PhotoScan> {
    let (files, _) = plan::list_folder(dir)
        .map_err(|e| Error::io(format!("cannot list {}", dir.display()), e))?;
    let scan = plan::scan_files(files, options);
    let mut without_position = Vec::new();
    let mut unreadable = Vec::new();
    for skipped in scan.skipped {
        match skipped.reason {
            SkipReason::Unreadable(why) | SkipReason::Unlisted(why) => {
                unreadable.push((skipped.path, why));
            }
            SkipReason::NoPosition => without_position.push(skipped.path),
        }
    }
    Ok(PhotoScan {
        items: scan.photos.into_iter().map(|p| p.item).collect(),
        without_position,
        unreadable,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(h: u32, m: u32, s: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 5, 1)
            .and_then(|d| d.and_hms_opt(h, m, s))
            .expect("time")
    }

    const GPX: &str = r#"<?xml version="1.0"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
  <trk><trkseg>
    <trkpt lat="46.0" lon="23.0"><time>2026-05-01T10:00:00Z</time></trkpt>
    <trkpt lat="46.001" lon="23.002"><time>2026-05-01T10:00:10Z</time></trkpt>
    <trkpt lat="47.0" lon="24.0"><time>2026-05-01T11:00:00Z</time></trkpt>
    <trkpt lat="1" lon="2"></trkpt>
  </trkseg></trk>
</gpx>"#;

    #[test]
    fn positions_are_interpolated_by_time() {
        let track = GpxTrack::parse(GPX).expect("gpx");
        let mid = track.position_at(at(10, 0, 5)).expect("inside");
        assert!((mid.lat - 46.0005).abs() < 1e-9 && (mid.lng - 23.001).abs() < 1e-9);
        assert_eq!(
            track.position_at(at(10, 0, 0)),
            Some(LatLng {
                lat: 46.0,
                lng: 23.0
            })
        );
        // Before the track, after it, and inside a 59-minute gap.
        assert_eq!(track.position_at(at(9, 59, 59)), None);
        assert_eq!(track.position_at(at(11, 0, 1)), None);
        assert_eq!(track.position_at(at(10, 30, 0)), None);
    }

    #[test]
    fn broken_gpx_is_an_error() {
        assert!(GpxTrack::parse("<gpx>").is_err());
        assert!(GpxTrack::parse("<gpx></gpx>").is_err());
    }
}
