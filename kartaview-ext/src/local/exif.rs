//! EXIF reading that accepts what real producers write: the JPEG's leading segments are walked
//! up to the APP1 Exif (the scan is never read), and the TIFF structure is parsed with
//! kamadak-exif in its continue-on-error mode, so a sub-IFD without its next-IFD offset
//! (piexif), a truncated IFD or a MakerNote with a broken offset costs only what is broken.
//! Coordinates are read as RATIONAL or SRATIONAL with 1 to 3 components, references in any
//! case and NUL-padded.

use std::io::{BufRead, BufReader, Seek};
use std::path::Path;

use ::exif::{Exif, In, Tag, Value};
use chrono::{NaiveDate, NaiveDateTime};

use crate::error::{Error, Result};
use crate::models::LatLng;

/// kamadak-exif, the TIFF parser this module builds on, for callers of [`parse_tiff`] and
/// [`metadata_of_exif`].
pub use ::exif as kamadak_exif;

/// What EXIF says about one photo.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PhotoMetadata {
    /// GPS position.
    pub position: Option<LatLng>,
    /// Capture time, UTC: see [`TimeSource`] for where it came from.
    pub shot_date: Option<NaiveDateTime>,
    /// Which tags gave `shot_date`.
    pub time_source: Option<TimeSource>,
    /// `GPSImgDirection`, degrees in `[0, 360)`, relative to true or magnetic north as
    /// `GPSImgDirectionRef` says (not converted).
    pub heading: Option<f64>,
    /// `GPSHPositioningError`, metres.
    pub gps_accuracy: Option<f64>,
    /// The camera's `Make`, trimmed.
    pub make: Option<String>,
    /// The camera's `Model`, trimmed.
    pub model: Option<String>,
}

impl PhotoMetadata {
    /// The device name a sequence of these photos is sent with: `Make Model`, the make left
    /// out when the model already starts with it.
    pub fn device_name(&self) -> Option<String> {
        match (self.make.as_deref(), self.model.as_deref()) {
            (Some(make), Some(model))
                if model
                    .to_ascii_lowercase()
                    .starts_with(&make.to_ascii_lowercase()) =>
            {
                Some(model.to_owned())
            }
            (Some(make), Some(model)) => Some(format!("{make} {model}")),
            (one, other) => one.or(other).map(str::to_owned),
        }
    }
}

/// Where a photo's capture time came from, best first. Serializes as `gps`, `offsetTime` or
/// `localTime`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum TimeSource {
    /// `GPSDateStamp` + `GPSTimeStamp`: UTC by definition.
    Gps,
    /// `DateTimeOriginal` shifted by its `OffsetTimeOriginal`.
    OffsetTime,
    /// `DateTimeOriginal` without an offset, taken as UTC (the camera's local clock).
    LocalTime,
}

/// Reads the EXIF metadata of a JPEG file. Only the segments before the image data are read;
/// a file that is no JPEG, has no EXIF or whose TIFF header is broken is an error that says
/// why.
pub fn read_photo_metadata(path: &Path) -> Result<PhotoMetadata> {
    let file = std::fs::File::open(path)
        .map_err(|e| Error::io(format!("cannot open {}", path.display()), e))?;
    let unreadable = |why: String| Error::invalid_input(path, format!("no readable EXIF ({why})"));
    let tiff = jpeg_exif_segment(&mut BufReader::new(file))
        .map_err(unreadable)?
        .ok_or_else(|| unreadable("no APP1 Exif segment before the image data".to_owned()))?;
    let exif = parse_tiff(tiff).map_err(|e| unreadable(e.to_string()))?;
    Ok(metadata_of_exif(&exif))
}

/// Parses EXIF's TIFF structure, keeping every field that could be read: only a broken TIFF
/// header is an error.
pub fn parse_tiff(tiff: Vec<u8>) -> std::result::Result<Exif, ::exif::Error> {
    ::exif::Reader::new()
        .continue_on_error(true)
        .read_raw(tiff)
        .or_else(|e| {
            e.distill_partial_result(|errors| {
                tracing::debug!(?errors, "EXIF read with errors");
            })
        })
}

const SOI: u8 = 0xD8;
const EOI: u8 = 0xD9;
const SOS: u8 = 0xDA;
const APP1: u8 = 0xE1;
const EXIF_ID: &[u8] = b"Exif\0";

/// The TIFF bytes of a JPEG's first APP1 Exif segment, `None` when the image data (SOS)
/// comes first. Other segments are skipped with a seek, not read.
pub fn jpeg_exif_segment<R: BufRead + Seek>(
    reader: &mut R,
) -> std::result::Result<Option<Vec<u8>>, String> {
    let cut = |e: std::io::Error| format!("JPEG cut short before its EXIF: {e}");
    let mut two = [0u8; 2];
    reader.read_exact(&mut two).map_err(cut)?;
    if two != [0xFF, SOI] {
        return Err("not a JPEG file".to_owned());
    }
    loop {
        reader.read_exact(&mut two).map_err(cut)?;
        if two[0] != 0xFF {
            return Err(format!(
                "no JPEG marker where one belongs ({:#04x})",
                two[0]
            ));
        }
        let mut code = two[1];
        // Fill bytes: any number of 0xFF before the marker code.
        while code == 0xFF {
            reader.read_exact(&mut two[..1]).map_err(cut)?;
            code = two[0];
        }
        match code {
            SOS | EOI => return Ok(None),
            // Stand-alone markers carry no length.
            0x01 | 0xD0..=0xD7 => continue,
            _ => {}
        }
        reader.read_exact(&mut two).map_err(cut)?;
        let body = usize::from(u16::from_be_bytes(two))
            .checked_sub(2)
            .ok_or_else(|| format!("JPEG segment {code:#04x} with a length below 2"))?;
        // "Exif\0" and one pad byte (NUL by the standard, 0xFF from some writers); an XMP
        // APP1 is skipped after its first six bytes.
        let mut id = [0u8; EXIF_ID.len() + 1];
        let mut skip = body;
        if code == APP1 && body >= id.len() {
            reader.read_exact(&mut id).map_err(cut)?;
            skip -= id.len();
            if id.starts_with(EXIF_ID) {
                let mut tiff = vec![0u8; skip];
                reader.read_exact(&mut tiff).map_err(cut)?;
                return Ok(Some(tiff));
            }
        }
        reader
            .seek_relative(i64::try_from(skip).unwrap_or(i64::MAX))
            .map_err(cut)?;
    }
}

/// The metadata the upload needs from parsed EXIF. Capture time: GPS date and time (UTC)
/// when present, else `DateTimeOriginal` with `OffsetTimeOriginal`, else `DateTimeOriginal`
/// as local time.
pub fn metadata_of_exif(exif: &Exif) -> PhotoMetadata {
    let field = |tag| exif.get_field(tag, In::PRIMARY).map(|f| &f.value);
    let numbers = |tag| field(tag).and_then(numbers_of);
    let text = |tag| field(tag).and_then(text_of);
    let lat = coordinate(numbers(Tag::GPSLatitude), text(Tag::GPSLatitudeRef), 'S');
    let lng = coordinate(numbers(Tag::GPSLongitude), text(Tag::GPSLongitudeRef), 'W');
    let position = match (lat, lng) {
        (Some(lat), Some(lng))
            if (-90.0..=90.0).contains(&lat)
                && (-180.0..=180.0).contains(&lng)
                && !(lat == 0.0 && lng == 0.0) =>
        {
            Some(LatLng { lat, lng })
        }
        _ => None,
    };
    let gps_time = text(Tag::GPSDateStamp)
        .zip(numbers(Tag::GPSTimeStamp))
        .and_then(|(date, hms)| gps_time(&date, &hms));
    let original = text(Tag::DateTimeOriginal).and_then(|t| exif_date_time(&t));
    let offset = text(Tag::OffsetTimeOriginal).and_then(|o| offset_seconds(&o));
    let (shot_date, time_source) = match (gps_time, original, offset) {
        (Some(t), _, _) => (Some(t), Some(TimeSource::Gps)),
        (None, Some(t), Some(offset)) => (
            Some(t - chrono::Duration::seconds(offset)),
            Some(TimeSource::OffsetTime),
        ),
        (None, Some(t), None) => (Some(t), Some(TimeSource::LocalTime)),
        (None, None, _) => (None, None),
    };
    let first = |tag| numbers(tag).and_then(|v| v.first().copied());
    PhotoMetadata {
        position,
        shot_date,
        time_source,
        heading: first(Tag::GPSImgDirection).map(|h| h.rem_euclid(360.0)),
        gps_accuracy: first(Tag::GPSHPositioningError),
        make: text(Tag::Make),
        model: text(Tag::Model),
    }
}

/// The values of a RATIONAL, SRATIONAL or integer field; `None` when one is not a finite
/// number (a zero denominator), so a broken component never shifts the others.
fn numbers_of(value: &Value) -> Option<Vec<f64>> {
    let values: Vec<f64> = match value {
        Value::Rational(v) => v.iter().map(|r| r.to_f64()).collect(),
        Value::SRational(v) => v.iter().map(|r| r.to_f64()).collect(),
        Value::Short(v) => v.iter().map(|&n| f64::from(n)).collect(),
        Value::Long(v) => v.iter().map(|&n| f64::from(n)).collect(),
        Value::Float(v) => v.iter().map(|&n| f64::from(n)).collect(),
        Value::Double(v) => v.clone(),
        _ => return None,
    };
    (!values.is_empty() && values.iter().all(|v| v.is_finite())).then_some(values)
}

/// The first string of an ASCII field, without NUL padding and surrounding blanks.
fn text_of(value: &Value) -> Option<String> {
    let Value::Ascii(parts) = value else {
        return None;
    };
    parts
        .iter()
        .map(|p| String::from_utf8_lossy(p).trim().to_owned())
        .find(|s| !s.is_empty())
}

/// Degrees from 1 (degrees), 2 (degrees, minutes) or 3 (degrees, minutes, seconds) values,
/// negative when the reference starts with `negative` in any case. A missing reference
/// counts as north or east.
fn coordinate(values: Option<Vec<f64>>, reference: Option<String>, negative: char) -> Option<f64> {
    let degrees = match values?.as_slice() {
        [d, m, s, ..] => d + m / 60.0 + s / 3600.0,
        [d, m] => d + m / 60.0,
        [d] => *d,
        [] => return None,
    };
    let south_or_west = reference
        .and_then(|r| r.chars().next())
        .is_some_and(|c| c.eq_ignore_ascii_case(&negative));
    Some(if south_or_west { -degrees } else { degrees })
}

/// `GPSDateStamp` (`YYYY:MM:DD`, some writers use `-`) and `GPSTimeStamp` (hours, minutes,
/// seconds), truncated to the second. A date that is anything else is not used: an iPhone 6
/// writes `2014:09:259` (the day of the year), whose first ten characters are a wrong date.
fn gps_time(date: &str, hms: &[f64]) -> Option<NaiveDateTime> {
    let date = NaiveDate::parse_from_str(date, "%Y:%m:%d")
        .or_else(|_| NaiveDate::parse_from_str(date, "%Y-%m-%d"))
        .ok()?;
    let seconds = match hms {
        [h, m, s, ..] => h * 3600.0 + m * 60.0 + s,
        [h, m] => h * 3600.0 + m * 60.0,
        [h] => h * 3600.0,
        [] => return None,
    };
    if !(0.0..86_400.0).contains(&seconds) {
        return None;
    }
    // In range just above, so the cast cannot saturate.
    let seconds = seconds.floor() as i64;
    date.and_hms_opt(0, 0, 0)
        .map(|midnight| midnight + chrono::Duration::seconds(seconds))
}

/// `YYYY:MM:DD HH:MM:SS`, ignoring what follows (sub-seconds, a stray `Z`).
fn exif_date_time(text: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(text.get(..19)?, "%Y:%m:%d %H:%M:%S").ok()
}

/// `±HH:MM` as seconds east of UTC.
fn offset_seconds(text: &str) -> Option<i64> {
    let (sign, rest) = match text.as_bytes().first()? {
        b'+' => (1, &text[1..]),
        b'-' => (-1, &text[1..]),
        _ => return None,
    };
    let (h, m) = rest.split_once(':')?;
    let (h, m) = (h.parse::<i64>().ok()?, m.parse::<i64>().ok()?);
    (h <= 18 && m < 60).then_some(sign * (h * 3600 + m * 60))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_are_walked_to_the_exif_and_stop_at_the_image_data() {
        let exif = b"Exif\0\0II*\0";
        let mut jpeg = vec![0xFF, SOI, 0xFF, 0xE0, 0, 4, 1, 2, 0xFF, 0xFF, APP1];
        jpeg.extend_from_slice(&u16::try_from(exif.len() + 2).expect("len").to_be_bytes());
        jpeg.extend_from_slice(exif);
        let got = jpeg_exif_segment(&mut std::io::Cursor::new(&jpeg)).expect("walk");
        assert_eq!(got.as_deref(), Some(&b"II*\0"[..]));

        let scan_first = [0xFF, SOI, 0xFF, SOS, 0, 2, 0xFF, APP1, 0, 8];
        let got = jpeg_exif_segment(&mut std::io::Cursor::new(&scan_first)).expect("walk");
        assert_eq!(got, None);

        assert!(jpeg_exif_segment(&mut std::io::Cursor::new(b"GIF89a")).is_err());
        let cut = [0xFF, SOI, 0xFF, 0xE0, 0, 40, 1];
        assert!(jpeg_exif_segment(&mut std::io::Cursor::new(&cut)).is_err());
        let bad_length = [0xFF, SOI, 0xFF, 0xE0, 0, 1];
        assert!(jpeg_exif_segment(&mut std::io::Cursor::new(&bad_length)).is_err());
    }

    #[test]
    fn coordinates_accept_odd_counts_and_any_reference_spelling() {
        let c =
            |v: &[f64], r: Option<&str>| coordinate(Some(v.to_vec()), r.map(str::to_owned), 'S');
        assert_eq!(c(&[10.0, 30.0, 36.0], Some("s")), Some(-10.51));
        assert_eq!(c(&[10.0, 30.0], Some("North")), Some(10.5));
        assert_eq!(c(&[10.25], None), Some(10.25));
        assert_eq!(coordinate(None, Some("S".to_owned()), 'S'), None);
        assert_eq!(numbers_of(&Value::Rational(vec![(1, 0).into()])), None);
        assert_eq!(
            numbers_of(&Value::SRational(vec![(-3, 2).into()])),
            Some(vec![-1.5])
        );
        assert_eq!(
            text_of(&Value::Ascii(vec![vec![], b" W ".to_vec()])),
            Some("W".to_owned())
        );
    }

    #[test]
    fn times_and_offsets() {
        let t = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").ok();
        assert_eq!(
            gps_time("2026:05:01", &[23.0, 59.0, 59.9]),
            t("2026-05-01 23:59:59")
        );
        assert_eq!(
            gps_time("2026-05-01", &[1.0, 2.0]),
            t("2026-05-01 01:02:00")
        );
        assert_eq!(gps_time("2026:05:01", &[24.0, 0.0, 0.0]), None);
        assert_eq!(gps_time("2014:09:259", &[13.0, 5.0, 12.05]), None);
        assert_eq!(
            exif_date_time("2013:07:05 03:18:27Z"),
            t("2013-07-05 03:18:27")
        );
        assert_eq!(offset_seconds("+05:30"), Some(19_800));
        assert_eq!(offset_seconds("-04:00"), Some(-14_400));
        assert_eq!(offset_seconds("05:30"), None);
        assert_eq!(offset_seconds("+99:00"), None);
    }
}
