//! What is uploaded: photos and videos, from memory or files, each with its `sequenceIndex`
//! and a fingerprint that tells a changed input from the one an earlier run uploaded.

use std::path::PathBuf;

use chrono::NaiveDateTime;

use crate::error::{Error, Result};
use crate::models::{LatLng, Projection};
use crate::operations::multipart::FilePart;

/// What an item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MediaKind {
    /// A JPEG photo.
    Photo,
    /// An MP4 video chunk of a recording.
    Video,
}

/// Where an item's bytes are.
#[derive(Clone)]
pub enum MediaSource {
    /// In memory, with the file name to send.
    Bytes {
        /// The name sent with the upload.
        file_name: String,
        /// The content.
        bytes: bytes::Bytes,
    },
    /// A file, read when its turn comes.
    File(PathBuf),
}

impl std::fmt::Debug for MediaSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MediaSource::Bytes { file_name, bytes } => {
                write!(f, "Bytes({file_name:?}, {} bytes)", bytes.len())
            }
            MediaSource::File(path) => write!(f, "File({})", path.display()),
        }
    }
}

/// One photo or video to upload.
#[derive(Debug, Clone)]
pub struct UploadItem {
    /// Its `sequenceIndex`: unique in the upload, and the same on every run over the same input.
    pub index: u32,
    /// Photo or video.
    pub kind: MediaKind,
    /// The bytes.
    pub source: MediaSource,
    /// Where it was taken (required for photos).
    pub position: Option<LatLng>,
    /// Capture time, UTC.
    pub shot_date: Option<NaiveDateTime>,
    /// Compass heading in degrees.
    pub heading: Option<f64>,
    /// GPS accuracy in metres.
    pub gps_accuracy: Option<f64>,
    /// How the photo maps the scene (`SPHERE` for 360° photos); the server's default
    /// otherwise.
    pub projection: Option<Projection>,
    /// Degrees the photo covers horizontally, e.g. 360 for a sphere.
    pub field_of_view: Option<f64>,
}

impl UploadItem {
    /// An item with nothing known beyond where it is.
    fn new(index: u32, kind: MediaKind, source: MediaSource, position: Option<LatLng>) -> Self {
        UploadItem {
            index,
            kind,
            source,
            position,
            shot_date: None,
            heading: None,
            gps_accuracy: None,
            projection: None,
            field_of_view: None,
        }
    }

    /// A photo held in memory.
    pub fn photo_bytes(
        index: u32,
        file_name: impl Into<String>,
        bytes: impl Into<bytes::Bytes>,
        position: LatLng,
    ) -> Self {
        let source = MediaSource::Bytes {
            file_name: file_name.into(),
            bytes: bytes.into(),
        };
        UploadItem::new(index, MediaKind::Photo, source, Some(position))
    }

    /// A photo file.
    pub fn photo_file(index: u32, path: impl Into<PathBuf>, position: LatLng) -> Self {
        UploadItem::new(
            index,
            MediaKind::Photo,
            MediaSource::File(path.into()),
            Some(position),
        )
    }

    /// A video file; `index` is its number within the recording.
    pub fn video_file(index: u32, path: impl Into<PathBuf>) -> Self {
        UploadItem::new(
            index,
            MediaKind::Video,
            MediaSource::File(path.into()),
            None,
        )
    }

    /// Sets the capture time.
    pub fn shot_at(mut self, when: NaiveDateTime) -> Self {
        self.shot_date = Some(when);
        self
    }

    /// Sets the compass heading.
    pub fn heading(mut self, degrees: f64) -> Self {
        self.heading = Some(degrees);
        self
    }

    /// Marks a projected photo, e.g. a 360° sphere: `projected(Projection::Sphere, Some(360.0))`.
    pub fn projected(mut self, projection: Projection, field_of_view: Option<f64>) -> Self {
        self.projection = Some(projection);
        self.field_of_view = field_of_view;
        self
    }

    /// What identifies the item's content across runs (its name and size), and its size.
    pub(super) fn fingerprint(&self) -> Result<(String, u64)> {
        Ok(match &self.source {
            MediaSource::Bytes { file_name, bytes } => {
                let len = bytes.len() as u64;
                (format!("{file_name}:{len}:{:016x}", fnv1a(bytes)), len)
            }
            MediaSource::File(path) => {
                let len = std::fs::metadata(path)
                    .map_err(|e| Error::io(format!("cannot read {}", path.display()), e))?
                    .len();
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy())
                    .unwrap_or_default();
                (format!("{name}:{len}"), len)
            }
        })
    }

    pub(super) async fn load(&self) -> Result<FilePart> {
        let (file_name, bytes) = match &self.source {
            MediaSource::Bytes { file_name, bytes } => (file_name.clone(), bytes.clone()),
            MediaSource::File(path) => {
                let bytes = tokio::fs::read(path)
                    .await
                    .map_err(|e| Error::io(format!("cannot read {}", path.display()), e))?;
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| format!("{}.bin", self.index));
                (name, bytes::Bytes::from(bytes))
            }
        };
        Ok(match self.kind {
            MediaKind::Photo => FilePart::jpeg(file_name, bytes),
            MediaKind::Video => FilePart::mp4(file_name, bytes),
        })
    }
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Refuses an upload that cannot be right before anything is sent.
pub(super) fn validate(items: &[UploadItem]) -> Result<()> {
    if items.is_empty() {
        return Err(Error::invalid("items", "nothing to upload"));
    }
    let mut seen = std::collections::HashSet::new();
    let mut without_position = Vec::new();
    for item in items {
        if !seen.insert(item.index) {
            return Err(Error::invalid(
                "items",
                format!("sequenceIndex {} appears twice", item.index),
            ));
        }
        if item.kind == MediaKind::Photo && item.position.is_none() {
            without_position.push(item.index.to_string());
        }
    }
    if without_position.is_empty() {
        Ok(())
    } else {
        Err(Error::invalid(
            "items",
            format!(
                "photos without a position cannot be uploaded (sequenceIndex {})",
                without_position.join(", ")
            ),
        ))
    }
}
