//! The streaming reader of `track.txt` / `track.txt.gz`, versions 2.0 and 1.x.
//!
//! The grammar (with its sources in the official apps and upload-scripts) is in the research
//! notes `osc-recordings.md` §2; the comments below name the rule each step follows.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::ops::Range;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

const BUFFER: usize = 64 * 1024;
/// 2.0 writes the DEVICE row first in the body; it is looked for this many rows ahead.
const DEVICE_LOOKAHEAD: usize = 64;
/// A longer line is no metadata row; the rest of it is skipped, so memory stays flat.
const MAX_LINE: usize = 64 * 1024;
const MAX_UNKNOWN_NAMES: usize = 32;
/// The widest 1.x layout (1.1.5, 1.1.6).
const MAX_COLUMNS: usize = 21;

/// Whether the recording was taken as photos (`N.jpg`) or videos (`N.mp4`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum RecordingType {
    /// One JPEG per frame, `<frame index>.jpg`.
    Photo,
    /// Videos `<video index>.mp4`.
    Video,
}

/// The phone and app that recorded: the 2.0 `DEVICE` row, or the 1.x header line.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Device {
    /// `Android` or `iOS` (1.x: `iOS` when the model contains `iP`, as upload-scripts derives it).
    pub platform: Option<String>,
    /// The OS's name (2.0 only, e.g. Android's code name `Q`).
    pub os_name: Option<String>,
    /// The OS's version.
    pub os_version: Option<String>,
    /// The phone, e.g. `samsung SM-G973F` or `iPhone7`.
    pub model: Option<String>,
    /// The app's version.
    pub app_version: Option<String>,
    /// The app's build number (2.0 only).
    pub app_build: Option<String>,
    /// Photo or video; 1.x files without the column: 1.0.x photo, 1.1.x video.
    pub recording_type: Option<RecordingType>,
}

/// A WGS 84 position in decimal degrees.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Position {
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lng: f64,
}

/// One photo or video frame of the recording.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Frame {
    /// N of `N.mp4` (0 for photo recordings).
    pub video_index: u32,
    /// The recording-wide frame counter (N of `N.jpg` for photo recordings).
    pub frame_index: u64,
    /// When the frame was taken (the row's time).
    pub time: DateTime<Utc>,
    /// Where: 2.0 the fix on the frame's row; 1.x the last GPS row before the frame's row.
    /// `None` when there is none (no GPS row yet, or empty columns).
    pub position: Option<Position>,
    /// The time of that GPS fix.
    pub fix_time: Option<DateTime<Utc>>,
    /// Compass heading in degrees (2.0 the frame row's; 1.x the last compass row before).
    pub heading: Option<f64>,
    /// Horizontal accuracy of the fix, metres.
    pub accuracy: Option<f64>,
    /// GPS speed of the fix, metres per second.
    pub speed: Option<f64>,
}

/// What the reader met besides frames; complete once the iteration has ended.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Summary {
    /// Body rows read (header lines and the trailer not counted).
    pub rows: u64,
    /// Frames returned.
    pub frames: u64,
    /// Rows skipped because their field count is not the one of their item (2.0) or of the
    /// version's layout (1.x).
    pub wrong_field_count: u64,
    /// Rows skipped because a value read from them is not a number or a time, or the row has
    /// no shape of the version at all.
    pub malformed: u64,
    /// 2.0 rows of an alias that is undeclared, or declared for an item this reader does not
    /// know; ignored.
    pub unknown_alias_rows: u64,
    /// Those aliases (the first few), as `alias` or `alias=ITEM`.
    pub unknown_aliases: Vec<String>,
    /// Frames returned without a position.
    pub frames_without_position: u64,
    /// Whether the file ends with its trailer (`END` in 2.0, `DONE` in 1.x). Without it the
    /// app was stopped while recording: the frames read are still good.
    pub trailer: bool,
    /// Whether a gzip file ends in the middle of its compressed stream (the frames before the
    /// cut are returned).
    pub truncated_gzip: bool,
}

/// Reads a recording's metadata as a stream: [`MetadataReader::device`] up front, then an
/// iterator of [`Frame`]s, then [`MetadataReader::summary`].
///
/// The iterator ends after the trailer or at the end of the data; it yields an error only for
/// a failed read (then ends). Rows it cannot use are skipped and counted in the summary.
pub struct MetadataReader {
    path: PathBuf,
    lines: Lines,
    gzip: bool,
    line: Vec<u8>,
    /// Body rows read ahead while looking for the 2.0 DEVICE row.
    pending: VecDeque<Vec<u8>>,
    version: String,
    device: Option<Device>,
    format: Format,
    last_fix: Option<Fix>,
    last_heading: Option<f64>,
    summary: Summary,
    done: bool,
}

impl std::fmt::Debug for MetadataReader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MetadataReader")
            .field("path", &self.path)
            .field("version", &self.version)
            .field("device", &self.device)
            .field("summary", &self.summary)
            .finish_non_exhaustive()
    }
}

enum Format {
    V2(Aliases),
    Legacy {
        layout: Layout,
        /// Android 1.1.6 writes `<seconds>.<milliseconds>` without zero padding (5 ms → `.5`).
        unpadded_ms: bool,
    },
}

/// A 2.0 item this reader knows, with its field count (upload-scripts `item_factory.py`).
#[derive(Clone, Copy)]
enum Item {
    Device,
    Photo,
    /// Known but not read into frames: only its field count is checked.
    Other(usize),
    Unknown,
}

impl Item {
    fn from_name(name: &str) -> Item {
        match name {
            "DEVICE" => Item::Device,
            "PHOTO" => Item::Photo,
            "GPS" => Item::Other(6),
            "COMPASS" | "OBD" | "PRESSURE" => Item::Other(1),
            "ACCELERATION" | "GRAVITY" | "ATTITUDE" | "CAMERA" | "EXIF" => Item::Other(3),
            "DEVICEMOTION" => Item::Other(9),
            _ => Item::Unknown,
        }
    }
}

/// A 1.x column layout (upload-scripts `MetadataParserLegacy._known_formats`). Columns 1–4
/// are always longitude, latitude, elevation, horizontal accuracy.
#[derive(Clone, Copy)]
struct Layout {
    columns: usize,
    speed: Option<usize>,
    compass: Option<usize>,
    video_index: Option<usize>,
    frame_index: usize,
    recording_type: RecordingType,
}

impl Layout {
    fn of(version: &str) -> Option<Layout> {
        let photo = |columns, speed, compass, frame_index| Layout {
            columns,
            speed,
            compass,
            video_index: None,
            frame_index,
            recording_type: RecordingType::Photo,
        };
        let video = |columns| Layout {
            columns,
            speed: Some(5),
            compass: Some(13),
            video_index: Some(14),
            frame_index: 15,
            recording_type: RecordingType::Video,
        };
        Some(match version {
            // The magnetometer takes columns 12–14; no compass heading.
            NO_VERSION => photo(16, None, None, 15),
            "1.0.1" | "1.0.2" => photo(14, None, Some(12), 13),
            "1.0.3" | "1.0.4" => photo(17, None, Some(12), 13),
            "1.0.5" => photo(18, Some(5), Some(13), 14),
            "1.0.6" | "1.0.7" | "1.0.8" => photo(19, Some(5), Some(13), 14),
            "1.1" | "1.1.1" | "1.1.2" | "1.1.3" | "1.1.4" => video(20),
            "1.1.5" | "1.1.6" => video(21),
            _ => return None,
        })
    }
}

/// The version of a 1.x header without `;` (upload-scripts' name for it).
const NO_VERSION: &str = "no version";

#[derive(Clone, Copy)]
struct Fix {
    position: Position,
    time: DateTime<Utc>,
    accuracy: Option<f64>,
    speed: Option<f64>,
}

/// A value that is present but unreadable: the row is skipped as malformed.
struct Unreadable;

type Field<T> = std::result::Result<Option<T>, Unreadable>;

impl MetadataReader {
    /// Opens `track.txt` or `track.txt.gz` (gzip is recognised by its magic bytes, whatever
    /// the name) and reads its header.
    ///
    /// Errors: [`Error::Io`] when the file cannot be read, [`Error::InvalidInput`] when it is
    /// not recording metadata (the first line is neither `METADATA:2.0` nor a 1.x header of a
    /// known version).
    pub fn open(path: impl AsRef<Path>) -> Result<MetadataReader> {
        let path = path.as_ref();
        let file = File::open(path)
            .map_err(|e| Error::io(format!("cannot open {}", path.display()), e))?;
        MetadataReader::from_reader(file, path)
    }

    /// As [`MetadataReader::open`], from any reader; `name` is the path errors name.
    pub fn from_reader(
        reader: impl Read + Send + 'static,
        name: impl Into<PathBuf>,
    ) -> Result<MetadataReader> {
        let path = name.into();
        let mut buffered = BufReader::with_capacity(BUFFER, reader);
        let head = buffered
            .fill_buf()
            .map_err(|e| Error::io(format!("cannot read {}", path.display()), e))?;
        let gzip = head.starts_with(&[0x1f, 0x8b]);
        let source: Box<dyn Read + Send> = if gzip {
            Box::new(flate2::bufread::MultiGzDecoder::new(buffered))
        } else {
            Box::new(buffered)
        };
        let mut reader = MetadataReader {
            path,
            lines: Lines::new(source),
            gzip,
            line: Vec::with_capacity(256),
            pending: VecDeque::new(),
            version: String::new(),
            device: None,
            format: Format::V2(Aliases::default()),
            last_fix: None,
            last_heading: None,
            summary: Summary::default(),
            done: false,
        };
        reader.read_header()?;
        Ok(reader)
    }

    /// The format version: `2.0`, `1.1.6`, ..., or `no version` (the oldest 1.x header).
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The recording device: the 1.x header, or the 2.0 `DEVICE` row when it is among the
    /// first body rows (where the apps write it); `None` when the file has none there (a later
    /// `DEVICE` row is read during the iteration and returned here after it).
    pub fn device(&self) -> Option<&Device> {
        self.device.as_ref()
    }

    /// What was skipped and whether the trailer was there: complete once the iterator has
    /// returned `None`.
    pub fn summary(&self) -> &Summary {
        &self.summary
    }

    /// The file being read.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn invalid(&self, reason: impl Into<String>) -> Error {
        Error::invalid_input(&self.path, reason)
    }

    fn read_error(&self, e: io::Error) -> Error {
        Error::io(format!("cannot read {}", self.path.display()), e)
    }

    /// Reads the next line into `self.line`, without its line end. `Ok(false)` at the end.
    fn read_line(&mut self) -> io::Result<bool> {
        self.line.clear();
        if let Some(line) = self.pending.pop_front() {
            self.line = line;
            return Ok(true);
        }
        match self.lines.next()? {
            Some(range) => {
                self.line.extend_from_slice(&self.lines.buf[range]);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// A failed read: the error to return, or `None` for a gzip stream cut short, which is the
    /// end of the data.
    fn read_failed(&mut self, e: io::Error) -> Option<Error> {
        if self.gzip && e.kind() == io::ErrorKind::UnexpectedEof {
            self.summary.truncated_gzip = true;
            None
        } else {
            Some(self.read_error(e))
        }
    }

    /// A read error ends the stream; a gzip stream cut short is the end of the data.
    fn next_line(&mut self) -> Result<bool> {
        match self.read_line() {
            Ok(more) => Ok(more),
            Err(e) => match self.read_failed(e) {
                Some(error) => Err(error),
                None => Ok(false),
            },
        }
    }

    fn read_header(&mut self) -> Result<()> {
        if !self.next_line()? {
            return Err(self.invalid("empty file: not recording metadata"));
        }
        let first = self
            .line
            .strip_prefix(b"\xEF\xBB\xBF")
            .unwrap_or(&self.line);
        let Ok(first) = std::str::from_utf8(first) else {
            return Err(self.invalid("the first line is not text: not recording metadata"));
        };
        // upload-scripts: a first line containing METADATA:2.0 is 2.0, anything else 1.x.
        if first.contains("METADATA:2.0") {
            self.version = "2.0".to_owned();
            return self.read_header_v2();
        }
        let first = first.trim().to_owned();
        let fields: Vec<&str> = first.split(';').map(str::trim).collect();
        let version = if fields.len() >= 3 {
            fields[2]
        } else if fields.len() == 1 && first.matches(' ').count() == 1 {
            NO_VERSION
        } else {
            return Err(self.invalid(
                "the first line is neither `METADATA:2.0` nor a 1.x header (`model;os;version;app[;type]`): not recording metadata",
            ));
        };
        let Some(layout) = Layout::of(version) else {
            return Err(self.invalid(format!(
                "unknown metadata version `{}` in the 1.x header (known: 1.0.1–1.0.8, 1.1–1.1.6)",
                version.chars().take(40).collect::<String>()
            )));
        };
        let text = |i: usize| {
            fields
                .get(i)
                .filter(|s| !s.is_empty())
                .map(|s| (*s).to_owned())
        };
        let model = if version == NO_VERSION {
            first.split(' ').next().map(str::to_owned)
        } else {
            text(0)
        };
        let recording_type = match fields.get(4).copied() {
            Some("photo") => RecordingType::Photo,
            Some("video") => RecordingType::Video,
            _ => layout.recording_type,
        };
        let platform = match &model {
            Some(m) if m.contains("iP") => "iOS",
            _ => "Android",
        };
        self.device = Some(Device {
            platform: Some(platform.to_owned()),
            os_name: None,
            os_version: if version == NO_VERSION { None } else { text(1) },
            model,
            app_version: text(3),
            app_build: None,
            recording_type: Some(recording_type),
        });
        self.format = Format::Legacy {
            layout,
            unpadded_ms: version == "1.1.6" && platform == "Android",
        };
        self.version = version.to_owned();
        Ok(())
    }

    fn read_header_v2(&mut self) -> Result<()> {
        let mut aliases = Aliases::default();
        // HEADER, then `ALIAS:<alias>;<ITEM>;<version>;<min version>` lines, then BODY.
        while self.next_line()? {
            let line = self.line.trim_ascii();
            if line == b"BODY" {
                break;
            }
            if line == b"HEADER" || line.is_empty() {
                continue;
            }
            let Some(definition) = line.strip_prefix(b"ALIAS:") else {
                self.summary.malformed += 1;
                continue;
            };
            let mut parts = definition.split(|&b| b == b';');
            let (Some(alias), Some(name)) = (parts.next(), parts.next()) else {
                self.summary.malformed += 1;
                continue;
            };
            let name = String::from_utf8_lossy(name.trim_ascii()).into_owned();
            let alias = alias.trim_ascii().to_vec();
            let item = Item::from_name(&name);
            if matches!(item, Item::Unknown) {
                self.note_unknown(format!("{}={name}", String::from_utf8_lossy(&alias)));
            }
            aliases.insert(alias, item);
        }
        self.format = Format::V2(aliases);
        // Look ahead for the DEVICE row; the rows read are replayed by the iterator.
        let mut ahead = VecDeque::new();
        while ahead.len() < DEVICE_LOOKAHEAD && self.next_line()? {
            let line = std::mem::take(&mut self.line);
            let is_trailer = line.trim_ascii() == b"END";
            if let Some(device) = self.device_row(&line) {
                self.device = Some(device);
                ahead.push_back(line);
                break;
            }
            ahead.push_back(line);
            if is_trailer {
                break;
            }
        }
        self.pending = ahead;
        Ok(())
    }

    fn note_unknown(&mut self, name: String) {
        if self.summary.unknown_aliases.len() < MAX_UNKNOWN_NAMES
            && !self.summary.unknown_aliases.contains(&name)
        {
            self.summary.unknown_aliases.push(name);
        }
    }

    /// The DEVICE row's fields, if `line` is one with the right field count.
    fn device_row(&self, line: &[u8]) -> Option<Device> {
        let Format::V2(aliases) = &self.format else {
            return None;
        };
        let (_, alias, data) = split_v2(line)?;
        if !matches!(aliases.get(alias), Some(Item::Device)) {
            return None;
        }
        let fields: Vec<&[u8]> = data.split(|&b| b == b';').collect();
        if fields.len() != 7 {
            return None;
        }
        let text = |i: usize| {
            let s = String::from_utf8_lossy(fields[i].trim_ascii());
            (!s.is_empty()).then(|| s.into_owned())
        };
        Some(Device {
            platform: text(0),
            os_name: text(1),
            os_version: text(2),
            model: text(3),
            app_version: text(4),
            app_build: text(5),
            recording_type: match fields[6].trim_ascii() {
                b"photo" => Some(RecordingType::Photo),
                b"video" => Some(RecordingType::Video),
                _ => None,
            },
        })
    }

    fn finish(&mut self) {
        self.done = true;
        if !self.summary.trailer {
            tracing::warn!(
                path = %self.path.display(),
                frames = self.summary.frames,
                "recording metadata ends without its trailer (the app was stopped while recording); its frames are read"
            );
        }
    }

    fn row(&mut self, line: &[u8]) -> Option<Frame> {
        let trimmed = line.trim_ascii();
        if trimmed.is_empty() {
            return None;
        }
        let trailer: &[u8] = match self.format {
            Format::V2(_) => b"END",
            Format::Legacy { .. } => b"DONE",
        };
        if trimmed == trailer {
            self.summary.trailer = true;
            return None;
        }
        self.summary.rows += 1;
        match self.format {
            Format::V2(_) => self.row_v2(line),
            Format::Legacy {
                layout,
                unpadded_ms,
            } => self.row_legacy(line, layout, unpadded_ms),
        }
    }

    fn row_v2(&mut self, line: &[u8]) -> Option<Frame> {
        let Some((time, alias, data)) = split_v2(line) else {
            self.summary.malformed += 1;
            return None;
        };
        let item = match &self.format {
            Format::V2(aliases) => aliases.get(alias),
            Format::Legacy { .. } => return None,
        };
        let expected = match item {
            Some(Item::Photo) => 11,
            Some(Item::Device) => 7,
            Some(Item::Other(n)) => n,
            Some(Item::Unknown) => {
                self.summary.unknown_alias_rows += 1;
                return None;
            }
            None => {
                self.summary.unknown_alias_rows += 1;
                let name = String::from_utf8_lossy(alias).into_owned();
                self.note_unknown(name);
                return None;
            }
        };
        let mut fields = [&b""[..]; 11];
        let count = if matches!(item, Some(Item::Photo)) {
            split_fields(data, &mut fields)
        } else {
            data.iter().filter(|&&b| b == b';').count() + 1
        };
        if count != expected {
            self.summary.wrong_field_count += 1;
            return None;
        }
        match item {
            Some(Item::Device) if self.device.is_none() => {
                self.device = self.device_row(line);
                None
            }
            Some(Item::Photo) => {
                let frame = photo_row(time, &fields);
                match frame {
                    Some(frame) => Some(self.count_frame(frame)),
                    None => {
                        self.summary.malformed += 1;
                        None
                    }
                }
            }
            _ => None,
        }
    }

    fn row_legacy(&mut self, line: &[u8], layout: Layout, unpadded_ms: bool) -> Option<Frame> {
        let mut cols = [&b""[..]; MAX_COLUMNS];
        let count = split_fields(line, &mut cols);
        if count != layout.columns {
            self.summary.wrong_field_count += 1;
            return None;
        }
        match self.legacy_row(&cols, layout, unpadded_ms) {
            Ok(frame) => frame.map(|f| self.count_frame(f)),
            Err(Unreadable) => {
                self.summary.malformed += 1;
                None
            }
        }
    }

    /// A 1.x row: a frame (its own location columns, as iOS 1.1 wrote them, are not a fix:
    /// upload-scripts ignores them), else a GPS fix and/or a compass reading.
    fn legacy_row(
        &mut self,
        cols: &[&[u8]; MAX_COLUMNS],
        layout: Layout,
        unpadded_ms: bool,
    ) -> std::result::Result<Option<Frame>, Unreadable> {
        let time = parse_time(cols[0], true, unpadded_ms).ok_or(Unreadable)?;
        if let Some(frame_index) = index(cols[layout.frame_index])? {
            let video_index = match layout.video_index {
                Some(column) => index(cols[column])?.unwrap_or(0),
                None => 0,
            };
            let video_index = u32::try_from(video_index).map_err(|_| Unreadable)?;
            let fix = self.last_fix;
            return Ok(Some(Frame {
                video_index,
                frame_index,
                time,
                position: fix.map(|f| f.position),
                fix_time: fix.map(|f| f.time),
                heading: self.last_heading,
                accuracy: fix.and_then(|f| f.accuracy),
                speed: fix.and_then(|f| f.speed),
            }));
        }
        let heading = match layout.compass {
            Some(column) => number(cols[column])?,
            None => None,
        };
        if let Some(position) = position(cols[2], cols[1])? {
            self.last_fix = Some(Fix {
                position,
                time,
                accuracy: number(cols[4])?,
                speed: match layout.speed {
                    Some(column) => number(cols[column])?,
                    None => None,
                },
            });
        }
        if heading.is_some() {
            self.last_heading = heading;
        }
        Ok(None)
    }

    fn count_frame(&mut self, frame: Frame) -> Frame {
        self.summary.frames += 1;
        if frame.position.is_none() {
            self.summary.frames_without_position += 1;
        }
        frame
    }
}

impl Iterator for MetadataReader {
    type Item = Result<Frame>;

    fn next(&mut self) -> Option<Result<Frame>> {
        while !self.done {
            let frame = if let Some(line) = self.pending.pop_front() {
                self.row(&line)
            } else {
                match self.lines.next() {
                    Ok(Some(range)) => {
                        // The row is read where it lies in the buffer, not copied out.
                        let buf = std::mem::take(&mut self.lines.buf);
                        let frame = self.row(&buf[range]);
                        self.lines.buf = buf;
                        frame
                    }
                    Ok(None) => {
                        self.finish();
                        None
                    }
                    Err(e) => match self.read_failed(e) {
                        Some(error) => {
                            self.done = true;
                            return Some(Err(error));
                        }
                        None => {
                            self.finish();
                            None
                        }
                    },
                }
            };
            if self.summary.trailer {
                self.done = true;
            }
            if frame.is_some() {
                return frame.map(Ok);
            }
        }
        None
    }
}

impl std::iter::FusedIterator for MetadataReader {}

/// The declared aliases. Looking one up is most of the work per row, and most are one
/// character (Android's `d`, `g`, `f`, ...): those are indexed by their byte.
struct Aliases {
    single: Box<[Option<Item>; 256]>,
    longer: Vec<(Vec<u8>, Item)>,
}

impl Default for Aliases {
    fn default() -> Self {
        Aliases {
            single: Box::new([None; 256]),
            longer: Vec::new(),
        }
    }
}

impl Aliases {
    fn insert(&mut self, alias: Vec<u8>, item: Item) {
        match alias.as_slice() {
            [byte] => self.single[usize::from(*byte)] = Some(item),
            _ => match self.longer.iter_mut().find(|(a, _)| *a == alias) {
                Some(slot) => slot.1 = item,
                None => self.longer.push((alias, item)),
            },
        }
    }

    fn get(&self, alias: &[u8]) -> Option<Item> {
        match alias {
            [byte] => self.single[usize::from(*byte)],
            _ => self
                .longer
                .iter()
                .find(|(a, _)| a == alias)
                .map(|(_, item)| *item),
        }
    }
}

/// Lines out of a reader, found in a buffer of its own (no call through the reader per line).
struct Lines {
    source: Box<dyn Read + Send>,
    buf: Vec<u8>,
    start: usize,
    end: usize,
    eof: bool,
    /// In the rest of an overlong line.
    skipping: bool,
}

impl Lines {
    fn new(source: Box<dyn Read + Send>) -> Lines {
        Lines {
            source,
            buf: vec![0; MAX_LINE],
            start: 0,
            end: 0,
            eof: false,
            skipping: false,
        }
    }

    /// The next line's place in `buf`, without its line end; valid until the next call.
    fn next(&mut self) -> io::Result<Option<Range<usize>>> {
        loop {
            if let Some(at) = memchr::memchr(b'\n', &self.buf[self.start..self.end]) {
                let line = self.start..self.start + at;
                self.start += at + 1;
                if std::mem::take(&mut self.skipping) {
                    continue;
                }
                return Ok(Some(self.without_cr(line)));
            }
            if self.eof {
                let line = self.start..self.end;
                self.start = self.end;
                if line.is_empty() || std::mem::take(&mut self.skipping) {
                    return Ok(None);
                }
                return Ok(Some(self.without_cr(line)));
            }
            // Keep the partial line, at the front, and read more after it.
            self.buf.copy_within(self.start..self.end, 0);
            self.end -= self.start;
            self.start = 0;
            if self.end == self.buf.len() {
                // No line end in the whole buffer: an overlong line, returned as far as it
                // goes (no row matches it) and its rest skipped.
                self.start = self.end;
                if std::mem::replace(&mut self.skipping, true) {
                    continue;
                }
                return Ok(Some(0..self.end));
            }
            match self.source.read(&mut self.buf[self.end..]) {
                Ok(0) => self.eof = true,
                Ok(n) => self.end += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    self.eof = true;
                    return Err(e);
                }
            }
        }
    }

    fn without_cr(&self, line: Range<usize>) -> Range<usize> {
        if line.end > line.start && self.buf[line.end - 1] == b'\r' {
            line.start..line.end - 1
        } else {
            line
        }
    }
}

/// `<timestamp>:<alias>:<data>`.
fn split_v2(line: &[u8]) -> Option<(&[u8], &[u8], &[u8])> {
    let first = memchr::memchr(b':', line)?;
    let rest = &line[first + 1..];
    let second = memchr::memchr(b':', rest)?;
    Some((&line[..first], &rest[..second], &rest[second + 1..]))
}

/// Splits on `;` into `out`; returns the field count (which may exceed `out`'s length).
fn split_fields<'a>(data: &'a [u8], out: &mut [&'a [u8]]) -> usize {
    let mut count = 0;
    for field in data.split(|&b| b == b';') {
        if let Some(slot) = out.get_mut(count) {
            *slot = field;
        }
        count += 1;
    }
    count
}

/// A 2.0 `PHOTO` row: video index; frame index; GPS time; lat; lon; h. accuracy; GPS speed;
/// compass time; compass; OBD time; OBD speed.
fn photo_row(time: &[u8], f: &[&[u8]; 11]) -> Option<Frame> {
    let time = parse_time(time, false, false)?;
    let video_index = u32::try_from(index(f[0]).ok()??).ok()?;
    let frame_index = index(f[1]).ok()??;
    let fix_time = match f[2].trim_ascii() {
        [] => None,
        t => Some(parse_time(t, false, false)?),
    };
    Some(Frame {
        video_index,
        frame_index,
        time,
        position: position(f[3], f[4]).ok()?,
        fix_time,
        heading: number(f[8]).ok()?,
        accuracy: number(f[5]).ok()?,
        speed: number(f[6]).ok()?,
    })
}

/// A finite number; empty is absent. Exponent forms (`1.0E-4`, Java's `toString`) are read.
fn number(field: &[u8]) -> Field<f64> {
    let field = field.trim_ascii();
    if field.is_empty() {
        return Ok(None);
    }
    std::str::from_utf8(field)
        .ok()
        .and_then(|s| s.parse::<f64>().ok())
        .filter(|v| v.is_finite())
        .map(Some)
        .ok_or(Unreadable)
}

/// A non-negative integer (also written as `5.0` or `5E1`); empty is absent.
fn index(field: &[u8]) -> Field<u64> {
    let field = field.trim_ascii();
    if field.is_empty() {
        return Ok(None);
    }
    if let Some(v) = std::str::from_utf8(field)
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
    {
        return Ok(Some(v));
    }
    match number(field)? {
        Some(v) if v >= 0.0 && v.fract() == 0.0 && v < 2f64.powi(53) => Ok(Some(v as u64)),
        _ => Err(Unreadable),
    }
}

/// Latitude and longitude; absent unless both are there, unreadable when out of range.
fn position(lat: &[u8], lng: &[u8]) -> Field<Position> {
    match (number(lat)?, number(lng)?) {
        (Some(lat), Some(lng)) if lat.abs() <= 90.0 && lng.abs() <= 180.0 => {
            Ok(Some(Position { lat, lng }))
        }
        (Some(_), Some(_)) => Err(Unreadable),
        _ => Ok(None),
    }
}

/// Seconds since the Unix epoch (UTC), read exactly from the decimal digits.
///
/// `legacy`: 1.x writers' milliseconds without a point (more than 10 digits) are read as
/// milliseconds (upload-scripts `timestamp_error`). `unpadded_ms`: Android 1.1.6 writes the
/// milliseconds after the point without zero padding, so `.5` is 5 ms.
fn parse_time(field: &[u8], legacy: bool, unpadded_ms: bool) -> Option<DateTime<Utc>> {
    let field = std::str::from_utf8(field.trim_ascii()).ok()?;
    let (whole, fraction) = field.split_once('.').unwrap_or((field, ""));
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || !(fraction.is_empty() || digits(fraction)) {
        // Exponent form, e.g. `1.6E9`.
        let v: f64 = field.parse().ok().filter(|v: &f64| v.is_finite())?;
        let seconds = v.floor();
        let nanos = ((v - seconds) * 1e9).round().min(999_999_999.0) as u32;
        return DateTime::from_timestamp(seconds as i64, nanos);
    }
    let seconds: i64 = whole.parse().ok()?;
    if fraction.is_empty() {
        if legacy && whole.len() > 10 {
            return DateTime::from_timestamp_millis(seconds);
        }
        return DateTime::from_timestamp(seconds, 0);
    }
    let nanos = if unpadded_ms && fraction.len() <= 3 {
        fraction.parse::<u32>().ok()? * 1_000_000
    } else {
        let kept = &fraction[..fraction.len().min(9)];
        kept.parse::<u32>().ok()? * 10u32.pow(9 - kept.len() as u32)
    };
    DateTime::from_timestamp(seconds, nanos)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_read_from_their_digits() {
        let t = |s: &str, legacy, unpadded| parse_time(s.as_bytes(), legacy, unpadded);
        let at = |secs, nanos| DateTime::from_timestamp(secs, nanos);
        assert_eq!(
            t("1600000000.600", false, false),
            at(1_600_000_000, 600_000_000)
        );
        assert_eq!(
            t("1500000000.500000", true, false),
            at(1_500_000_000, 500_000_000)
        );
        assert_eq!(t("1500000000.5", true, true), at(1_500_000_000, 5_000_000));
        assert_eq!(
            t("1471117570183", true, false),
            at(1_471_117_570, 183_000_000)
        );
        assert_eq!(t("1.6E9", false, false), at(1_600_000_000, 0));
        assert_eq!(t("", false, false), None);
        assert_eq!(t("abc", false, false), None);
    }

    #[test]
    fn numbers_in_exponent_form_and_indexes() {
        assert!(matches!(number(b"1.0E-4"), Ok(Some(v)) if v == 1.0e-4));
        assert!(matches!(number(b""), Ok(None)));
        assert!(matches!(number(b"NaN"), Err(Unreadable)));
        assert!(matches!(index(b"5.0E1"), Ok(Some(50))));
        assert!(matches!(index(b"-1"), Err(Unreadable)));
        assert!(matches!(index(b"1.5"), Err(Unreadable)));
    }
}
