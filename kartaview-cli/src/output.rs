//! What goes to stdout (data: JSON lines or tables) and stderr (notes, progress).

use std::io::{IsTerminal, Write};
use std::path::Path;

use kartaview_ext::MediaSource;
use kartaview_ext::inputs::{PlannedPhoto, PlannedSequence, PositionSource, TimeSource};
use kartaview_ext::models::Photo;
use kartaview_ext::{LatLng, distance_m};
use serde::Serialize;

use crate::cli::Global;
use crate::error::{CliError, Result};
use crate::photo_record::{PhotoLine, PhotoRecord, table_header};

/// Where and how a command prints.
#[derive(Debug, Clone, Copy)]
pub struct Out {
    pub json: bool,
    pub quiet: bool,
    /// Progress bars: stderr is a terminal and neither `--json` nor `--quiet`.
    pub interactive: bool,
}

impl Out {
    pub fn new(global: &Global) -> Self {
        Out {
            json: global.json,
            quiet: global.quiet,
            interactive: !global.json && !global.quiet && std::io::stderr().is_terminal(),
        }
    }

    /// One line of data on stdout.
    pub fn line(&self, text: &str) -> Result<()> {
        let mut stdout = std::io::stdout().lock();
        writeln!(stdout, "{text}").map_err(CliError::stdout)
    }

    /// Raw data on stdout (an export).
    pub fn raw(&self, bytes: &[u8]) -> Result<()> {
        let mut stdout = std::io::stdout().lock();
        stdout
            .write_all(bytes)
            .and_then(|()| stdout.flush())
            .map_err(CliError::stdout)
    }

    /// One JSON object on one line of stdout; its first key is `type` (docs/json-output.md).
    pub fn json_line<T: Serialize>(&self, value: &T) -> Result<()> {
        let text = serde_json::to_string(value)
            .map_err(|e| CliError::with("cannot encode the output as JSON", e))?;
        self.line(&text)
    }

    /// A writer for many lines of data: one system call per 64 KiB, not per line.
    pub fn lines(&self) -> Lines {
        Lines {
            out: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock()),
            json: Vec::new(),
        }
    }

    /// A remark for people on stderr (`note: ...`), silenced by `--quiet`.
    pub fn note(&self, text: &str) {
        if !self.quiet {
            eprintln!("note: {text}");
        }
    }
}

/// A `--json` line of a library type: `{"type": kind, ...its own fields}`. The CLI's own line
/// types carry `#[serde(tag = "type")]` instead.
#[derive(Serialize)]
pub struct Typed<'a, T: ?Sized> {
    #[serde(rename = "type")]
    pub kind: &'static str,
    #[serde(flatten)]
    pub record: &'a T,
}

impl<'a, T: ?Sized> Typed<'a, T> {
    pub fn new(kind: &'static str, record: &'a T) -> Self {
        Typed { kind, record }
    }
}

/// A file written: `export -o` and `upload --geojson`.
#[derive(Debug, Serialize)]
#[serde(tag = "type", rename = "written", rename_all = "camelCase")]
pub struct Written {
    pub path: String,
    pub format: &'static str,
    pub photos: usize,
    /// Photos left out of the geometry (or with empty coordinates in CSV).
    pub without_position: usize,
    pub bytes: usize,
}

/// Buffered lines of data on stdout; [`Lines::finish`] writes what is left.
pub struct Lines {
    out: std::io::BufWriter<std::io::StdoutLock<'static>>,
    /// One JSON line is encoded here first, then written at once.
    json: Vec<u8>,
}

impl Lines {
    /// One line.
    pub fn line(&mut self, text: &str) -> Result<()> {
        writeln!(self.out, "{text}").map_err(CliError::stdout)
    }

    /// One JSON object on one line.
    pub fn json<T: Serialize>(&mut self, value: &T) -> Result<()> {
        self.json.clear();
        serde_json::to_writer(&mut self.json, value)
            .map_err(|e| CliError::with("cannot encode the output as JSON", e))?;
        self.json.push(b'\n');
        self.out.write_all(&self.json).map_err(CliError::stdout)
    }

    /// Writes what is buffered.
    pub fn flush(&mut self) -> Result<()> {
        self.out.flush().map_err(CliError::stdout)
    }

    /// Flushes the rest.
    pub fn finish(mut self) -> Result<()> {
        self.flush()
    }
}

/// ISO 8601 in UTC, as the models write dates: `2023-04-06T03:41:01Z`.
pub use kartaview_ext::models::iso_utc as iso;

/// `-` for a missing value in tables.
pub fn or_dash<T: std::fmt::Display>(value: Option<T>) -> String {
    value.map_or_else(|| "-".to_owned(), |v| v.to_string())
}

/// Prints photos: JSON lines, or a table with a count. `center` adds a distance column before
/// the image's address.
pub fn print_photos(out: &Out, photos: &[Photo], center: Option<LatLng>) -> Result<()> {
    print_records(out, photos.iter().map(PhotoRecord::new), center)
}

/// [`print_photos`] of records however they were made.
pub fn print_records<'a>(
    out: &Out,
    records: impl Iterator<Item = PhotoRecord<'a>>,
    center: Option<LatLng>,
) -> Result<()> {
    let mut printer = PhotoPrinter::new(out, center);
    printer.print(records)?;
    printer.finish()
}

/// Photos printed as they come, in batches: JSON lines, or a table (its header before the
/// first row, the count after the last). Each batch reaches stdout when it is printed.
pub struct PhotoPrinter {
    lines: Lines,
    json: bool,
    center: Option<LatLng>,
    /// Rows so far; `None` before the table's header.
    rows: Option<usize>,
}

impl PhotoPrinter {
    pub fn new(out: &Out, center: Option<LatLng>) -> Self {
        PhotoPrinter {
            lines: out.lines(),
            json: out.json,
            center,
            rows: None,
        }
    }

    /// Prints a batch of records and flushes it.
    pub fn print<'a>(&mut self, records: impl Iterator<Item = PhotoRecord<'a>>) -> Result<()> {
        self.print_buffered(records)?;
        self.lines.flush()
    }

    fn print_buffered<'a>(&mut self, records: impl Iterator<Item = PhotoRecord<'a>>) -> Result<()> {
        if self.json {
            for record in records {
                self.lines.json(&PhotoLine(&record))?;
            }
            return Ok(());
        }
        let mut rows = match self.rows {
            Some(rows) => rows,
            None => {
                let distance = self.center.map(|_| "DIST (m)".to_owned());
                self.lines.line(&table_line(table_header(), distance))?;
                0
            }
        };
        for record in records {
            let distance = self.center.map(|center| {
                or_dash(
                    record
                        .position()
                        .map(|at| format!("{:.1}", distance_m(center, at))),
                )
            });
            self.lines.line(&table_line(record.table_row(), distance))?;
            rows += 1;
        }
        self.rows = Some(rows);
        Ok(())
    }

    /// The table's count (and its header when there was no row), then the rest of the output.
    pub fn finish(mut self) -> Result<()> {
        if !self.json {
            self.print_buffered(std::iter::empty())?;
            let rows = self.rows.unwrap_or(0);
            self.lines.line(&count(rows, "photo"))?;
        }
        self.lines.finish()
    }
}

/// A table's line: the distance, if any, goes before the image's address, the last and
/// longest column.
fn table_line(mut cells: Vec<String>, distance: Option<String>) -> String {
    if let Some(distance) = distance {
        cells.insert(cells.len().saturating_sub(1), format!("{distance:>8}"));
    }
    cells.join("  ").trim_end().to_owned()
}

/// `1 photo`, `2 photos`.
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// `label  value` lines for one record, skipping what is unknown.
pub fn print_fields(out: &Out, title: &str, fields: &[(&str, Option<String>)]) -> Result<()> {
    out.line(title)?;
    let width = fields.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    for (label, value) in fields {
        if let Some(value) = value {
            out.line(&format!("  {label:<width$}  {value}"))?;
        }
    }
    Ok(())
}

/// A folder as messages show it: relative to the folder given on the command line (`.` for
/// that folder itself).
pub fn relative(path: &Path, root: &Path) -> String {
    match path.strip_prefix(root) {
        Ok(rel) if rel.as_os_str().is_empty() => ".".to_owned(),
        Ok(rel) => rel.display().to_string(),
        Err(_) => path.display().to_string(),
    }
}

/// A planned sequence as `upload --dry-run --json` and the plan's GeoJSON give it.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlannedSequenceJson {
    /// Its number in the plan, from 1 (it has no id before it is created).
    pub sequence: usize,
    pub folder: String,
    pub part: usize,
    pub parts: usize,
    pub photos: usize,
    pub device_name: Option<String>,
    pub start: Option<String>,
    pub end: Option<String>,
    pub state_file: String,
}

impl PlannedSequenceJson {
    pub fn new(number: usize, sequence: &PlannedSequence) -> Self {
        let span = sequence.time_span();
        PlannedSequenceJson {
            sequence: number,
            folder: sequence.folder.display().to_string(),
            part: sequence.part,
            parts: sequence.parts,
            photos: sequence.photos.len(),
            device_name: sequence.device_name.clone(),
            start: span.map(|(start, _)| iso(&start)),
            end: span.map(|(_, end)| iso(&end)),
            state_file: sequence.state_file.display().to_string(),
        }
    }
}

/// A planned photo as `upload --dry-run --json` and the plan's GeoJSON give it.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlannedPhotoJson {
    /// The number of its sequence in the plan.
    pub sequence: usize,
    pub sequence_index: u32,
    pub path: String,
    pub lat: Option<f64>,
    pub lng: Option<f64>,
    pub heading: Option<f64>,
    pub shot_date: Option<String>,
    pub time_source: Option<TimeSource>,
    pub position_source: PositionSource,
    pub device_name: Option<String>,
}

impl PlannedPhotoJson {
    pub fn new(sequence: usize, photo: &PlannedPhoto) -> Self {
        let item = &photo.item;
        PlannedPhotoJson {
            sequence,
            sequence_index: item.index,
            path: match &item.source {
                MediaSource::File(path) => path.display().to_string(),
                MediaSource::Bytes { file_name, .. } => file_name.clone(),
            },
            lat: item.position.map(|at| at.lat),
            lng: item.position.map(|at| at.lng),
            heading: item.heading,
            shot_date: item.shot_date.as_ref().map(iso),
            time_source: photo.time_source,
            position_source: photo.position_source,
            device_name: photo.device_name.clone(),
        }
    }
}
