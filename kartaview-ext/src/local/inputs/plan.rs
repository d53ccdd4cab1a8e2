//! Planning the upload of a folder tree before anything is sent: one sequence per folder that
//! holds JPEGs (as the official uploader does), optionally split at capture-time gaps, each
//! sequence with its own state file so that it resumes on its own.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::{ScanOptions, TimeSource, read_photo_metadata};
use crate::error::{Error, Result};
use crate::local::upload::UploadConflict;
use crate::local::upload::{MediaKind, MediaSource, UploadItem};

/// The state file of a folder's (first) sequence.
pub const STATE_FILE: &str = ".kartaview-upload.json";

/// The record, in each folder, of how an upload split its photos into sequences: what lets a
/// rerun refuse a split that would mix photos of different sequences.
pub const PLAN_FILE: &str = ".kartaview-upload-plan.json";

/// How a folder tree is turned into sequences.
#[derive(Debug, Clone, Default)]
pub struct PlanOptions {
    /// Positions, track and clock correction, as for one folder.
    pub scan: ScanOptions,
    /// Starts a new sequence wherever two consecutive photos of a folder were taken more than
    /// this far apart (it must be positive); `None` keeps each folder whole.
    pub split_gap: Option<chrono::Duration>,
}

/// Where a planned photo's position came from. Serializes as `exif` or `gpx`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PositionSource {
    /// Its own EXIF GPS tags.
    Exif,
    /// The GPX track, at its capture time.
    #[serde(rename = "gpx")]
    Track,
}

/// One photo of a planned sequence.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct PlannedPhoto {
    /// What is uploaded: file, `sequenceIndex`, position, time (UTC), heading.
    pub item: UploadItem,
    /// Which tags gave the capture time; `None` when the photo has none.
    pub time_source: Option<TimeSource>,
    /// Where the position came from.
    pub position_source: PositionSource,
    /// The camera, from EXIF `Make`/`Model`.
    pub device_name: Option<String>,
}

/// One sequence to create: a folder, or one part of a folder split at time gaps.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct PlannedSequence {
    /// The folder its photos are in.
    pub folder: PathBuf,
    /// Which part of the folder it is, from 1, in time order.
    pub part: usize,
    /// How many parts the folder was split into (1 when not split).
    pub parts: usize,
    /// Its photos, in upload order, `sequenceIndex` 0, 1, 2, ...
    pub photos: Vec<PlannedPhoto>,
    /// Sent as the sequence's device name: the most common camera among its photos (on a tie,
    /// the one that took the earliest photo).
    pub device_name: Option<String>,
    /// Where its upload keeps its progress: [`STATE_FILE`] in the folder for the first part,
    /// `.kartaview-upload.<start time>.json` for later parts, so that the same photos and
    /// options always map to the same file.
    pub state_file: PathBuf,
}

impl PlannedPhoto {
    /// The photo's file name, without its folder.
    pub fn file_name(&self) -> String {
        match &self.item.source {
            MediaSource::File(path) => file_name(path),
            MediaSource::Bytes { file_name, .. } => file_name.clone(),
        }
    }
}

impl PlannedSequence {
    /// The items to pass to [`Client::upload`](crate::Client::upload).
    pub fn items(&self) -> Vec<UploadItem> {
        self.photos.iter().map(|p| p.item.clone()).collect()
    }

    /// The capture time of its first and last timed photos.
    pub fn time_span(&self) -> Option<(NaiveDateTime, NaiveDateTime)> {
        let mut times = self.photos.iter().filter_map(|p| p.item.shot_date);
        let first = times.next()?;
        Some((first, times.last().unwrap_or(first)))
    }
}

/// Why a file is not in the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    /// Neither EXIF nor the track gave it a position.
    NoPosition,
    /// Its metadata could not be read.
    Unreadable(String),
    /// A folder that could not be listed.
    Unlisted(String),
}

impl std::fmt::Display for SkipReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SkipReason::NoPosition => {
                f.write_str("no position (no GPS, and no track covers its time)")
            }
            SkipReason::Unreadable(why) => f.write_str(why),
            SkipReason::Unlisted(why) => write!(f, "cannot list the folder ({why})"),
        }
    }
}

/// A file (or folder) left out of the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Skipped {
    /// The file or folder.
    pub path: PathBuf,
    /// Why.
    pub reason: SkipReason,
}

/// What an upload of a folder tree will do.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct UploadPlan {
    /// The folder the plan was made of.
    pub root: PathBuf,
    /// The sequences, folder by folder in path order, each folder's parts in time order.
    pub sequences: Vec<PlannedSequence>,
    /// Every file left out, with the reason, in path order.
    pub skipped: Vec<Skipped>,
}

/// Plans the upload of `root` and every folder under it (hidden folders and symbolic links to
/// folders are not entered): each folder holding `.jpg`/`.jpeg` files with a position becomes
/// one sequence, or several with [`PlanOptions::split_gap`]. Photos are ordered by capture
/// time (then file name; photos without a time last, in the folder's last part), so the same
/// tree and options always give the same plan. Reads files only; nothing is sent or written.
pub fn plan_upload(root: &Path, options: &PlanOptions) -> Result<UploadPlan> {
    if options
        .split_gap
        .is_some_and(|gap| gap <= chrono::Duration::zero())
    {
        return Err(Error::invalid(
            "split_gap",
            "the split gap must be longer than zero",
        ));
    }
    let mut folders = Vec::new();
    let mut skipped = Vec::new();
    let mut pending = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        match list_folder(&dir) {
            Ok((files, subfolders)) => {
                if !files.is_empty() {
                    folders.push((dir, files));
                }
                pending.extend(subfolders);
            }
            Err(e) if dir == root => {
                return Err(Error::io(format!("cannot list {}", root.display()), e));
            }
            Err(e) => skipped.push(Skipped {
                path: dir,
                reason: SkipReason::Unlisted(e.to_string()),
            }),
        }
    }
    folders.sort();
    let mut sequences = Vec::new();
    for (folder, files) in folders {
        let scan = scan_files(files, &options.scan);
        skipped.extend(scan.skipped);
        sequences.extend(split(&folder, scan.photos, options.split_gap));
    }
    skipped.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(UploadPlan {
        root: root.to_path_buf(),
        sequences,
        skipped,
    })
}

/// The JPEG files (sorted) and the subfolders to enter (not hidden, not links) of `dir`.
pub(super) fn list_folder(dir: &Path) -> std::io::Result<(Vec<PathBuf>, Vec<PathBuf>)> {
    let mut files = Vec::new();
    let mut subfolders = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let Ok(entry) = entry else { continue };
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            if !name.starts_with('.') {
                subfolders.push(path);
            }
        } else if is_jpeg_name(&name) && path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    Ok((files, subfolders))
}

fn is_jpeg_name(name: &str) -> bool {
    Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("jpg") || e.eq_ignore_ascii_case("jpeg"))
}

/// The photos of one folder, ordered and indexed 0, 1, 2, ..., and what was left out.
pub(super) struct FolderScan {
    pub photos: Vec<PlannedPhoto>,
    pub skipped: Vec<Skipped>,
}

/// Reads `files` (sorted by name) and orders the photos with a position by capture time.
pub(super) fn scan_files(files: Vec<PathBuf>, options: &ScanOptions) -> FolderScan {
    let mut found = Vec::new();
    let mut skipped = Vec::new();
    for path in files {
        let meta = match read_photo_metadata(&path) {
            Ok(meta) => meta,
            Err(e) => {
                skipped.push(Skipped {
                    path,
                    reason: SkipReason::Unreadable(e.to_string()),
                });
                continue;
            }
        };
        let shot = meta.shot_date.map(|t| t + options.time_offset);
        let tracked = match (&options.track, shot) {
            (Some(track), Some(time)) => track.position_at(time),
            _ => None,
        };
        let exif = meta.position.map(|p| (p, PositionSource::Exif));
        let tracked = tracked.map(|p| (p, PositionSource::Track));
        let position = if options.prefer_track {
            tracked.or(exif)
        } else {
            exif.or(tracked)
        };
        let Some((position, position_source)) = position else {
            skipped.push(Skipped {
                path,
                reason: SkipReason::NoPosition,
            });
            continue;
        };
        found.push(PlannedPhoto {
            item: UploadItem {
                index: 0,
                kind: MediaKind::Photo,
                source: MediaSource::File(path),
                position: Some(position),
                shot_date: shot,
                heading: meta.heading,
                gps_accuracy: meta.gps_accuracy,
                projection: None,
                field_of_view: None,
            },
            time_source: meta.time_source,
            position_source,
            device_name: meta.device_name(),
        });
    }
    // Photos with a time first, in time order; then the rest by name (the files are sorted,
    // and the sort is stable).
    found.sort_by_key(|p| (p.item.shot_date.is_none(), p.item.shot_date));
    index(&mut found);
    FolderScan {
        photos: found,
        skipped,
    }
}

fn index(photos: &mut [PlannedPhoto]) {
    for (i, photo) in photos.iter_mut().enumerate() {
        photo.item.index = u32::try_from(i).unwrap_or(u32::MAX);
    }
}

/// Cuts a folder's ordered photos wherever consecutive capture times are more than `gap`
/// apart. Photos without a time stay at the end of the last part.
fn split(
    folder: &Path,
    photos: Vec<PlannedPhoto>,
    gap: Option<chrono::Duration>,
) -> Vec<PlannedSequence> {
    let mut parts: Vec<Vec<PlannedPhoto>> = Vec::new();
    let mut last_time: Option<NaiveDateTime> = None;
    for photo in photos {
        let time = photo.item.shot_date;
        let cut = match (gap, last_time, time) {
            (Some(gap), Some(before), Some(now)) => now - before > gap,
            _ => false,
        };
        match parts.last_mut() {
            Some(part) if !cut => part.push(photo),
            _ => parts.push(vec![photo]),
        }
        if time.is_some() {
            last_time = time;
        }
    }
    let count = parts.len();
    parts
        .into_iter()
        .enumerate()
        .map(|(i, mut photos)| {
            index(&mut photos);
            let state_file = match (i, photos.first().and_then(|p| p.item.shot_date)) {
                (0, _) | (_, None) => folder.join(STATE_FILE),
                (_, Some(start)) => folder.join(format!(
                    ".kartaview-upload.{}.json",
                    start.format("%Y%m%dT%H%M%SZ")
                )),
            };
            PlannedSequence {
                folder: folder.to_path_buf(),
                part: i + 1,
                parts: count,
                device_name: most_common_device(&photos),
                photos,
                state_file,
            }
        })
        .collect()
}

fn most_common_device(photos: &[PlannedPhoto]) -> Option<String> {
    // Name → (count, first position).
    let mut seen: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (i, name) in photos
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.device_name.as_deref().map(|n| (i, n)))
    {
        seen.entry(name).or_insert((0, i)).0 += 1;
    }
    seen.into_iter()
        .max_by_key(|(_, (count, first))| (*count, std::cmp::Reverse(*first)))
        .map(|(name, _)| name.to_owned())
}

/// [`PLAN_FILE`] as written.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Recorded {
    version: u32,
    sequences: Vec<RecordedSequence>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct RecordedSequence {
    /// The state file's name, in the folder.
    state_file: String,
    /// The photos' file names.
    photos: Vec<String>,
}

const PLAN_VERSION: u32 = 1;

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

impl UploadPlan {
    /// How many photos the plan uploads.
    pub fn photo_count(&self) -> usize {
        self.sequences.iter().map(|s| s.photos.len()).sum()
    }

    fn by_folder(&self) -> BTreeMap<&Path, Vec<&PlannedSequence>> {
        let mut folders: BTreeMap<&Path, Vec<&PlannedSequence>> = BTreeMap::new();
        for sequence in &self.sequences {
            folders
                .entry(sequence.folder.as_path())
                .or_default()
                .push(sequence);
        }
        folders
    }

    /// Refuses a plan that would put a photo into another sequence than an earlier upload of
    /// the same folder did (a changed `split_gap`, or photos added or removed around a gap):
    /// the two sequences would then share photos. A folder without a [`PLAN_FILE`] but with a
    /// [`STATE_FILE`] was uploaded whole, by a release that did not split: it must stay whole.
    pub fn check_against_earlier_runs(&self) -> Result<()> {
        for (folder, sequences) in self.by_folder() {
            let path = folder.join(PLAN_FILE);
            let recorded: Recorded = match std::fs::read(&path) {
                Ok(bytes) => serde_json::from_slice(&bytes)
                    .ok()
                    .filter(|r: &Recorded| r.version == PLAN_VERSION)
                    .ok_or_else(|| {
                        Error::invalid_input(
                            &path,
                            "damaged or of another version; move it away (with the .kartaview-upload*.json files beside it) to upload the folder anew",
                        )
                    })?,
                // Uploads without a record kept the whole folder in one sequence.
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    if sequences.len() > 1 && folder.join(STATE_FILE).exists() {
                        return Err(UploadConflict::SplitsWholeFolder {
                            folder: folder.to_path_buf(),
                            sequences: sequences.len(),
                        }
                        .into());
                    }
                    continue;
                }
                Err(e) => return Err(Error::io(format!("cannot read {}", path.display()), e)),
            };
            let earlier: BTreeMap<&str, &str> = recorded
                .sequences
                .iter()
                .flat_map(|s| s.photos.iter().map(|p| (p.as_str(), s.state_file.as_str())))
                .collect();
            for sequence in sequences {
                let now = file_name(&sequence.state_file);
                for photo in &sequence.photos {
                    let name = photo.file_name();
                    if let Some(before) = earlier.get(name.as_str())
                        && *before != now
                    {
                        return Err(UploadConflict::PhotoMoved {
                            folder: folder.to_path_buf(),
                            photo: name,
                            before: (*before).to_owned(),
                            now,
                        }
                        .into());
                    }
                }
            }
        }
        Ok(())
    }

    /// Writes each folder's [`PLAN_FILE`] (atomically, and only when it changed), for
    /// [`check_against_earlier_runs`](Self::check_against_earlier_runs) on later runs.
    pub fn record(&self) -> Result<()> {
        for (folder, sequences) in self.by_folder() {
            let recorded = Recorded {
                version: PLAN_VERSION,
                sequences: sequences
                    .iter()
                    .map(|s| RecordedSequence {
                        state_file: file_name(&s.state_file),
                        photos: s.photos.iter().map(PlannedPhoto::file_name).collect(),
                    })
                    .collect(),
            };
            let bytes = serde_json::to_vec_pretty(&recorded)
                .map_err(|e| Error::io("cannot encode the upload plan", e.into()))?;
            let path = folder.join(PLAN_FILE);
            // A rerun of the same plan writes (and syncs) nothing.
            if std::fs::read(&path).is_ok_and(|old| old == bytes) {
                continue;
            }
            crate::local::files::write_atomically(&path, &bytes, false)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::LatLng;

    fn photo(name: &str, time: Option<(u32, u32)>, device: Option<&str>) -> PlannedPhoto {
        let shot = time.and_then(|(h, m)| {
            chrono::NaiveDate::from_ymd_opt(2026, 5, 1).and_then(|d| d.and_hms_opt(h, m, 0))
        });
        PlannedPhoto {
            item: UploadItem {
                index: 99,
                kind: MediaKind::Photo,
                source: MediaSource::File(PathBuf::from("trip").join(name)),
                position: Some(LatLng { lat: 1.0, lng: 2.0 }),
                shot_date: shot,
                heading: None,
                gps_accuracy: None,
                projection: None,
                field_of_view: None,
            },
            time_source: shot.map(|_| TimeSource::Gps),
            position_source: PositionSource::Exif,
            device_name: device.map(str::to_owned),
        }
    }

    fn names(sequence: &PlannedSequence) -> Vec<(u32, String)> {
        sequence
            .photos
            .iter()
            .map(|p| (p.item.index, p.file_name()))
            .collect()
    }

    #[test]
    fn gaps_longer_than_the_limit_split_a_folder() {
        let photos = vec![
            photo("a.jpg", Some((10, 0)), None),
            photo("b.jpg", Some((10, 5)), None),
            photo("c.jpg", Some((10, 11)), None),
            photo("d.jpg", Some((10, 12)), None),
            photo("e.jpg", None, None),
        ];
        let parts = split(
            Path::new("trip"),
            photos.clone(),
            Some(chrono::Duration::minutes(5)),
        );
        assert_eq!(
            parts.len(),
            2,
            "a 5-minute gap is not longer than 5 minutes"
        );
        assert_eq!(
            names(&parts[0]),
            [(0, "a.jpg".to_owned()), (1, "b.jpg".to_owned())]
        );
        assert_eq!(
            names(&parts[1]),
            [
                (0, "c.jpg".to_owned()),
                (1, "d.jpg".to_owned()),
                (2, "e.jpg".to_owned())
            ]
        );
        assert_eq!(parts[0].state_file, Path::new("trip").join(STATE_FILE));
        assert_eq!(
            parts[1].state_file,
            Path::new("trip").join(".kartaview-upload.20260501T101100Z.json")
        );
        assert_eq!((parts[1].part, parts[1].parts), (2, 2));
        let whole = split(Path::new("trip"), photos, None);
        assert_eq!(whole.len(), 1);
        assert_eq!(whole[0].photos.len(), 5);
    }

    #[test]
    fn the_most_common_camera_names_the_sequence() {
        let photos = [
            photo("a.jpg", None, Some("Canon EOS 5D")),
            photo("b.jpg", None, Some("GoPro HERO9")),
            photo("c.jpg", None, Some("GoPro HERO9")),
            photo("d.jpg", None, None),
        ];
        assert_eq!(most_common_device(&photos).as_deref(), Some("GoPro HERO9"));
        // A tie goes to the camera of the earliest photo.
        assert_eq!(
            most_common_device(&photos[..2]).as_deref(),
            Some("Canon EOS 5D")
        );
        assert_eq!(most_common_device(&photos[3..]), None);
    }

    fn plan_of(folder: &Path, parts: &[(&str, &[&str])]) -> UploadPlan {
        let sequences = parts
            .iter()
            .enumerate()
            .map(|(i, (state, photos))| PlannedSequence {
                folder: folder.to_path_buf(),
                part: i + 1,
                parts: parts.len(),
                photos: photos
                    .iter()
                    .map(|p| photo(p, Some((10, 0)), None))
                    .collect(),
                device_name: None,
                state_file: folder.join(state),
            })
            .collect();
        UploadPlan {
            root: folder.to_path_buf(),
            sequences,
            skipped: Vec::new(),
        }
    }

    #[test]
    fn a_rerun_may_add_sequences_but_not_move_photos_between_them() {
        let folder = std::env::temp_dir().join(format!(
            "kartaview-plan-{}-{:x}",
            std::process::id(),
            fastrand::u64(..)
        ));
        std::fs::create_dir_all(&folder).expect("temp dir");
        let later = ".kartaview-upload.20260501T110000Z.json";
        let first = plan_of(
            &folder,
            &[(STATE_FILE, &["a.jpg", "b.jpg"]), (later, &["c.jpg"])],
        );
        first
            .check_against_earlier_runs()
            .expect("nothing recorded yet");
        first.record().expect("record");
        first.check_against_earlier_runs().expect("the same plan");
        let grown = plan_of(
            &folder,
            &[
                (STATE_FILE, &["a.jpg", "b.jpg"]),
                (later, &["c.jpg"]),
                (".kartaview-upload.20260502T080000Z.json", &["d.jpg"]),
            ],
        );
        grown
            .check_against_earlier_runs()
            .expect("a new part after a gap");
        let merged = plan_of(&folder, &[(STATE_FILE, &["a.jpg", "b.jpg", "c.jpg"])]);
        let refused = merged
            .check_against_earlier_runs()
            .expect_err("c.jpg would move")
            .to_string();
        assert!(
            refused.contains(&format!("c.jpg went into the sequence of {later}")),
            "{refused}"
        );
        // A folder uploaded whole before plans were recorded stays whole.
        std::fs::remove_file(folder.join(PLAN_FILE)).expect("remove the record");
        std::fs::write(folder.join(STATE_FILE), b"{}").expect("an older state file");
        merged
            .check_against_earlier_runs()
            .expect("still one sequence");
        let split = first.check_against_earlier_runs().expect_err("split");
        assert!(split.to_string().contains("as one sequence"), "{split}");
        assert!(
            matches!(
                &split,
                Error::UploadConflict(UploadConflict::SplitsWholeFolder { folder: f, sequences: 2 })
                    if *f == folder
            ),
            "{split:?}"
        );
        std::fs::write(folder.join(PLAN_FILE), b"{").expect("damage");
        let damaged = first.check_against_earlier_runs().expect_err("damaged");
        assert!(damaged.to_string().contains("damaged"), "{damaged}");
        assert!(
            matches!(&damaged, Error::InvalidInput { path, .. } if *path == folder.join(PLAN_FILE)),
            "{damaged:?}"
        );
        let _ = std::fs::remove_dir_all(&folder);
    }
}
