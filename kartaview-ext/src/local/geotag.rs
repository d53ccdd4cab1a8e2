//! Geotags in a downloaded JPEG: the photo's position, heading and capture time written into
//! its EXIF so that JOSM, digiKam and upload tools can place it.
//!
//! Only the APP1 Exif segment changes: it is replaced (or, when the JPEG has none, inserted
//! after SOI and a leading APP0, the JFIF header), and every byte before and after it — the other
//! segments and the scan — is copied unchanged. The existing TIFF structure is read with
//! kamadak-exif, the tags written here replace theirs, every other field (and an IFD1
//! thumbnail) is kept, and kamadak-exif's writer lays the TIFF out again. A MakerNote is
//! kept as bytes, so a vendor's note that points at absolute offsets may not survive the move.

use std::io::Cursor;

use ::exif::experimental::Writer;
use ::exif::{Field, In, Rational, Tag, Value};
use chrono::{NaiveDateTime, Timelike};

use crate::local::exif::{jpeg_exif_segment, parse_tiff};
use crate::models::{LatLng, Photo};

/// Why an image could not be geotagged; its bytes are then stored as they came.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum GeotagError {
    /// The photo record has no usable position.
    #[error("the photo has no position to write")]
    NoPosition,
    /// The bytes are not a JPEG whose segments can be walked.
    #[error("not a JPEG that can be tagged ({0})")]
    NotJpeg(String),
    /// The existing EXIF could not be read or written again.
    #[error("its EXIF cannot be rewritten ({0})")]
    Exif(String),
    /// The new EXIF does not fit in one JPEG segment (64 KiB).
    #[error("its EXIF would take {0} bytes, more than a JPEG segment holds")]
    TooLarge(usize),
}

/// The tags written together: a group the photo has a value for replaces every tag of that
/// group in the existing EXIF (a new time drops an old `SubSecTimeOriginal`); a group it has
/// no value for leaves the camera's tags alone.
const POSITION: &[Tag] = &[
    Tag::GPSVersionID,
    Tag::GPSLatitudeRef,
    Tag::GPSLatitude,
    Tag::GPSLongitudeRef,
    Tag::GPSLongitude,
];
const HEADING: &[Tag] = &[Tag::GPSImgDirectionRef, Tag::GPSImgDirection];
const ACCURACY: &[Tag] = &[Tag::GPSHPositioningError];
const TIME: &[Tag] = &[
    Tag::GPSDateStamp,
    Tag::GPSTimeStamp,
    Tag::DateTimeOriginal,
    Tag::OffsetTimeOriginal,
    Tag::SubSecTimeOriginal,
];

/// `jpeg` with `photo`'s position, heading (true north), GPS accuracy and capture time (UTC)
/// in its EXIF: `GPSLatitude`/`Ref`, `GPSLongitude`/`Ref`, `GPSImgDirection`/`Ref` `T`,
/// `GPSHPositioningError`, `GPSDateStamp`/`GPSTimeStamp`, `DateTimeOriginal` with
/// `OffsetTimeOriginal` `+00:00` (and `SubSecTimeOriginal` when the time has a fraction).
/// What the photo has no value for is not written, and the camera's tags for it stay; the
/// model has no altitude, so the camera's stays too. See the module docs for what is kept.
pub fn geotag_jpeg(jpeg: &[u8], photo: &Photo) -> Result<Vec<u8>, GeotagError> {
    let position = photo
        .position
        .filter(|p| p.lat.abs() <= 90.0 && p.lng.abs() <= 180.0)
        .ok_or(GeotagError::NoPosition)?;
    let (start, end, existing) = match locate(jpeg)? {
        Place::Replace { start, end, tiff } => {
            let exif =
                parse_tiff(tiff).map_err(|e| GeotagError::Exif(format!("unreadable: {e}")))?;
            (start, end, Some(exif))
        }
        Place::Insert { at } => (at, at, None),
    };
    let (ours, replaced) = fields(position, photo.heading, photo.gps_accuracy, photo.shot_date);
    let kept: Vec<&Field> = existing
        .as_ref()
        .map(|exif| kept_fields(exif.fields(), &replaced, thumbnail(exif).is_some()))
        .unwrap_or_default();
    // A new Exif IFD needs its version (Exif 2.32, which has OffsetTimeOriginal).
    let version = field(Tag::ExifVersion, Value::Undefined(b"0232".to_vec(), 0));
    let has_version = kept.iter().any(|f| f.tag == Tag::ExifVersion);
    let mut writer = Writer::new();
    if !has_version {
        writer.push_field(&version);
    }
    for field in ours.iter().chain(kept) {
        writer.push_field(field);
    }
    if let Some(thumb) = existing.as_ref().and_then(thumbnail) {
        writer.set_jpeg(thumb, In::THUMBNAIL);
    }
    // The original's byte order; Motorola (as exiftool writes) for a new one.
    let little_endian = existing.as_ref().is_some_and(|e| e.little_endian());
    let mut tiff = Cursor::new(Vec::new());
    writer
        .write(&mut tiff, little_endian)
        .map_err(|e| GeotagError::Exif(e.to_string()))?;
    let tiff = tiff.into_inner();
    let length = 2 + EXIF_HEADER.len() + tiff.len();
    let length16 = u16::try_from(length).map_err(|_| GeotagError::TooLarge(length))?;
    let mut out = Vec::with_capacity(jpeg.len() - (end - start) + length + 2);
    out.extend_from_slice(&jpeg[..start]);
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&length16.to_be_bytes());
    out.extend_from_slice(EXIF_HEADER);
    out.extend_from_slice(&tiff);
    out.extend_from_slice(&jpeg[end..]);
    Ok(out)
}

const EXIF_HEADER: &[u8] = b"Exif\0\0";

/// Where the new APP1 Exif segment goes.
enum Place {
    /// Over the existing one, `jpeg[start..end]` (marker included), whose TIFF is `tiff`.
    Replace {
        start: usize,
        end: usize,
        tiff: Vec<u8>,
    },
    /// Before `jpeg[at]`: after SOI, and after an APP0 (JFIF) that comes first.
    Insert { at: usize },
}

fn locate(jpeg: &[u8]) -> Result<Place, GeotagError> {
    let mut cursor = Cursor::new(jpeg);
    match jpeg_exif_segment(&mut cursor).map_err(GeotagError::NotJpeg)? {
        Some(tiff) => {
            // The reader stops right after the segment: marker, length, "Exif\0" + pad, TIFF.
            let end = usize::try_from(cursor.position())
                .map_err(|_| GeotagError::NotJpeg("too large".to_owned()))?;
            let start = end
                .checked_sub(4 + EXIF_HEADER.len() + tiff.len())
                .ok_or_else(|| GeotagError::NotJpeg("EXIF segment out of place".to_owned()))?;
            Ok(Place::Replace { start, end, tiff })
        }
        None => {
            let at = match jpeg.get(2..6) {
                Some([0xFF, 0xE0, high, low]) => 4 + usize::from(u16::from_be_bytes([*high, *low])),
                _ => 2,
            };
            if at > jpeg.len() {
                return Err(GeotagError::NotJpeg("APP0 segment cut short".to_owned()));
            }
            Ok(Place::Insert { at })
        }
    }
}

/// The IFD1 thumbnail's bytes, when its offset and length lie inside the TIFF.
fn thumbnail(exif: &::exif::Exif) -> Option<&[u8]> {
    let number = |tag| {
        exif.get_field(tag, In::THUMBNAIL)
            .and_then(|f| f.value.get_uint(0))
            .and_then(|n| usize::try_from(n).ok())
    };
    let offset = number(Tag::JPEGInterchangeFormat)?;
    let length = number(Tag::JPEGInterchangeFormatLength)?;
    exif.buf().get(offset..offset.checked_add(length)?)
}

/// The fields of the existing EXIF that stay: those of IFD0 and IFD1 not `replaced`, once
/// each, with values the writer can encode. IFD1 stays only with its thumbnail (strips are not
/// carried over, and an IFD without them would describe nothing).
fn kept_fields<'a>(
    fields: impl Iterator<Item = &'a Field>,
    replaced: &[Tag],
    keep_thumbnail: bool,
) -> Vec<&'a Field> {
    let mut seen = std::collections::HashSet::new();
    fields
        .filter(|f| f.ifd_num == In::PRIMARY || (keep_thumbnail && f.ifd_num == In::THUMBNAIL))
        .filter(|f| !(f.ifd_num == In::PRIMARY && replaced.contains(&f.tag)))
        .filter(|f| !matches!(f.value, Value::Unknown(..)))
        .filter(|f| seen.insert((f.tag, f.ifd_num)))
        .collect()
}

fn field(tag: Tag, value: Value) -> Field {
    Field {
        tag,
        ifd_num: In::PRIMARY,
        value,
    }
}

fn ascii(text: &str) -> Value {
    Value::Ascii(vec![text.as_bytes().to_vec()])
}

/// Degrees, minutes and seconds (to a millionth of a second, 3·10⁻¹⁰°) of `|degrees|`.
fn dms(degrees: f64) -> Value {
    const MICRO_PER_DEGREE: u64 = 3_600_000_000;
    // At most 180° · 3.6·10⁹, far inside u64; the cast saturates anyway.
    let micro = (degrees.abs() * MICRO_PER_DEGREE as f64).round() as u64;
    let whole = |n: u64| Rational {
        num: u32::try_from(n).unwrap_or(u32::MAX),
        denom: 1,
    };
    let seconds = micro % 60_000_000;
    Value::Rational(vec![
        whole(micro / MICRO_PER_DEGREE),
        whole(micro % MICRO_PER_DEGREE / 60_000_000),
        Rational {
            num: u32::try_from(seconds).unwrap_or(u32::MAX),
            denom: 1_000_000,
        },
    ])
}

/// `value` as a rational with `denom`, for values between 0 and `u32::MAX / denom`.
fn rational(value: f64, denom: u32) -> Value {
    Value::Rational(vec![Rational {
        num: (value * f64::from(denom)).round() as u32,
        denom,
    }])
}

/// The fields to write, and the tags they replace.
fn fields(
    position: LatLng,
    heading: Option<f64>,
    accuracy: Option<f64>,
    shot: Option<NaiveDateTime>,
) -> (Vec<Field>, Vec<Tag>) {
    let mut replaced = POSITION.to_vec();
    let mut out = vec![
        field(Tag::GPSVersionID, Value::Byte(vec![2, 3, 0, 0])),
        field(
            Tag::GPSLatitudeRef,
            ascii(if position.lat < 0.0 { "S" } else { "N" }),
        ),
        field(Tag::GPSLatitude, dms(position.lat)),
        field(
            Tag::GPSLongitudeRef,
            ascii(if position.lng < 0.0 { "W" } else { "E" }),
        ),
        field(Tag::GPSLongitude, dms(position.lng)),
    ];
    if let Some(heading) = heading.filter(|h| h.is_finite()) {
        replaced.extend(HEADING);
        out.push(field(Tag::GPSImgDirectionRef, ascii("T")));
        out.push(field(
            Tag::GPSImgDirection,
            rational(heading.rem_euclid(360.0), 10_000),
        ));
    }
    if let Some(accuracy) = accuracy.filter(|a| a.is_finite() && (0.0..100_000.0).contains(a)) {
        replaced.extend(ACCURACY);
        out.push(field(Tag::GPSHPositioningError, rational(accuracy, 1000)));
    }
    if let Some(shot) = shot {
        replaced.extend(TIME);
        let millis = shot.nanosecond() / 1_000_000;
        out.push(field(
            Tag::GPSDateStamp,
            ascii(&shot.format("%Y:%m:%d").to_string()),
        ));
        out.push(field(
            Tag::GPSTimeStamp,
            Value::Rational(vec![
                Rational::from((shot.hour(), 1)),
                Rational::from((shot.minute(), 1)),
                Rational::from((shot.second() * 1000 + millis, 1000)),
            ]),
        ));
        out.push(field(
            Tag::DateTimeOriginal,
            ascii(&shot.format("%Y:%m:%d %H:%M:%S").to_string()),
        ));
        out.push(field(Tag::OffsetTimeOriginal, ascii("+00:00")));
        if millis > 0 {
            out.push(field(
                Tag::SubSecTimeOriginal,
                ascii(&format!("{millis:03}")),
            ));
        }
    }
    (out, replaced)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::local::exif::metadata_of_exif;

    fn photo(position: Option<LatLng>) -> Photo {
        let body = br#"{"status":{"apiCode":600},"result":{"data":[{"id":5,"heading":"-90.5","shotDate":"2021-06-30 23:59:58.250"}],"hasMoreData":false}}"#;
        let mut photo = crate::models::decode::photo_list(body)
            .ok()
            .and_then(|mut v| v.pop())
            .expect("photo");
        photo.position = position;
        photo
    }

    /// SOI, APP0 JFIF, a comment, a scan and EOI: no EXIF.
    const PLAIN: &[u8] = b"\xff\xd8\xff\xe0\x00\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0\xff\xfe\x00\x05hi\0\xff\xda\x00\x02scan\xff\xd9";

    #[test]
    fn inserts_after_jfif_and_keeps_the_rest() {
        let p = photo(Some(LatLng {
            lat: -33.856_784_2,
            lng: 151.215_297_1,
        }));
        let tagged = geotag_jpeg(PLAIN, &p).expect("tagged");
        assert_eq!(tagged[..20], PLAIN[..20], "SOI and APP0 first");
        assert_eq!(&tagged[20..22], b"\xff\xe1");
        let length = usize::from(u16::from_be_bytes([tagged[22], tagged[23]]));
        assert_eq!(tagged[22 + length..], PLAIN[20..], "the rest untouched");
        let exif = parse_tiff(tagged[30..22 + length].to_vec()).expect("tiff");
        let meta = metadata_of_exif(&exif);
        let at = meta.position.expect("position");
        assert!((at.lat + 33.856_784_2).abs() < 1e-9 && (at.lng - 151.215_297_1).abs() < 1e-9);
        assert_eq!(meta.heading, Some(269.5));
        // This reader keeps whole seconds of GPSTimeStamp.
        assert_eq!(
            meta.shot_date.map(|d| d.to_string()),
            Some("2021-06-30 23:59:58".to_owned())
        );
        assert_eq!(meta.time_source, Some(crate::exif::TimeSource::Gps));

        // Tagging again replaces the segment instead of adding one.
        let twice = geotag_jpeg(&tagged, &p).expect("again");
        assert_eq!(twice, tagged);
    }

    #[test]
    fn what_the_photo_lacks_keeps_the_cameras_tags() {
        let full = photo(Some(LatLng { lat: 1.0, lng: 2.0 }));
        let tagged = geotag_jpeg(PLAIN, &full).expect("tagged");
        let mut bare = photo(Some(LatLng { lat: 3.0, lng: 4.0 }));
        bare.heading = None;
        bare.shot_date = None;
        let again = geotag_jpeg(&tagged, &bare).expect("again");
        let length = usize::from(u16::from_be_bytes([again[22], again[23]]));
        let tiff = again[30..22 + length].to_vec();
        let meta = metadata_of_exif(&parse_tiff(tiff).expect("tiff"));
        assert_eq!(meta.position, Some(LatLng { lat: 3.0, lng: 4.0 }));
        assert_eq!(meta.heading, Some(269.5), "the earlier heading stays");
        assert_eq!(
            meta.shot_date.map(|d| d.to_string()),
            Some("2021-06-30 23:59:58".to_owned()),
            "the earlier time stays"
        );
    }

    #[test]
    fn seconds_never_round_up_to_sixty() {
        let Value::Rational(parts) = dms(10.999_999_999_9) else {
            panic!("rational");
        };
        let parts: Vec<(u32, u32)> = parts.iter().map(|r| (r.num, r.denom)).collect();
        assert_eq!(parts, [(11, 1), (0, 1), (0, 1_000_000)]);
    }

    #[test]
    fn no_position_and_no_jpeg_are_errors() {
        assert_eq!(
            geotag_jpeg(PLAIN, &photo(None)),
            Err(GeotagError::NoPosition)
        );
        let at = Some(LatLng { lat: 1.0, lng: 2.0 });
        assert!(matches!(
            geotag_jpeg(b"GIF89a", &photo(at)),
            Err(GeotagError::NotJpeg(_))
        ));
        assert!(matches!(
            geotag_jpeg(b"\xff\xd8\xff\xe0\x00\x40JFIF", &photo(at)),
            Err(GeotagError::NotJpeg(_))
        ));
    }
}
