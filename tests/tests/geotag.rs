//! The geotag writer (`kartaview_ext::geotag`) checked by readers that are not the project's:
//! kamadak-exif's reader walking the whole file, and exiftool where it is installed. (nom-exif
//! 2.8 was tried as a second Rust reader: it stops reading a GPS IFD at tag 0, GPSVersionID,
//! which exiftool and piexif write too, so it sees no position in any such file.) Every
//! JPEG of `fixtures/foreign-jpegs/` (phones, cameras, piexif, Pillow, exiftool, broken EXIF)
//! is tagged; its other tags (Make/Model as exiftool read them into `expected.json`) must stay,
//! and every byte outside the APP1 Exif segment must be the original's.

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::Command;

use kartaview_ext::Photo;
use kartaview_ext::geotag::{GeotagError, geotag_jpeg};
use serde_json::Value;

const LAT: f64 = -33.856_784_2;
const LNG: f64 = 151.215_297_1;
const HEADING: f64 = 123.4567;

fn photo() -> Photo {
    let body = br#"{"status":{"apiCode":600},"result":{"data":[{"id":42,"sequenceId":7,
        "sequenceIndex":3,"lat":"-33.8567842","lng":"151.2152971","heading":"123.4567",
        "gpsAccuracy":"3.5","shotDate":"2023-04-05 06:07:08.250"}],"hasMoreData":false}}"#;
    kartaview_ext::decode::photo_list(body)
        .expect("photo list")
        .pop()
        .expect("one photo")
}

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/foreign-jpegs")
}

/// The byte range of the first APP1 Exif segment before the scan, walked here without the
/// project's reader.
fn exif_segment(jpeg: &[u8]) -> Option<std::ops::Range<usize>> {
    assert_eq!(&jpeg[..2], b"\xff\xd8");
    let mut at = 2;
    while at + 4 <= jpeg.len() {
        assert_eq!(jpeg[at], 0xFF, "marker at {at}");
        let code = jpeg[at + 1];
        if code == 0xDA || code == 0xD9 {
            return None;
        }
        let end = at + 2 + usize::from(u16::from_be_bytes([jpeg[at + 2], jpeg[at + 3]]));
        if code == 0xE1 && jpeg[at + 4..].starts_with(b"Exif\0") {
            return Some(at..end);
        }
        at = end;
    }
    None
}

/// The file without its EXIF segment.
fn outside_exif(jpeg: &[u8]) -> Vec<u8> {
    match exif_segment(jpeg) {
        Some(range) => [&jpeg[..range.start], &jpeg[range.end..]].concat(),
        None => jpeg.to_vec(),
    }
}

fn degrees(values: &[exif::Rational]) -> f64 {
    values[0].to_f64() + values[1].to_f64() / 60.0 + values[2].to_f64() / 3600.0
}

/// The IFD1 thumbnail as kamadak-exif finds it, when the file has one it can read.
fn thumbnail(jpeg: &[u8]) -> Option<Vec<u8>> {
    let exif = exif::Reader::new()
        .continue_on_error(true)
        .read_from_container(&mut Cursor::new(jpeg))
        .or_else(|e| e.distill_partial_result(|_| {}))
        .ok()?;
    let number = |tag| {
        exif.get_field(tag, exif::In::THUMBNAIL)?
            .value
            .get_uint(0)
            .map(|n| n as usize)
    };
    let offset = number(exif::Tag::JPEGInterchangeFormat)?;
    let length = number(exif::Tag::JPEGInterchangeFormatLength)?;
    exif.buf().get(offset..offset + length).map(<[u8]>::to_vec)
}

/// kamadak-exif's reading of the whole file (its own JPEG walk, not the project's).
fn check_with_kamadak(name: &str, tagged: &[u8], make: Option<&str>) {
    let exif = exif::Reader::new()
        .read_from_container(&mut Cursor::new(tagged))
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let get = |tag| {
        &exif
            .get_field(tag, exif::In::PRIMARY)
            .unwrap_or_else(|| panic!("{name}: no {tag}"))
            .value
    };
    let text = |tag| match get(tag) {
        exif::Value::Ascii(v) => String::from_utf8_lossy(&v[0]).into_owned(),
        other => panic!("{name}: {tag} is {other:?}"),
    };
    let rationals = |tag| match get(tag) {
        exif::Value::Rational(v) => v.clone(),
        other => panic!("{name}: {tag} is {other:?}"),
    };
    let lat = degrees(&rationals(exif::Tag::GPSLatitude));
    let lng = degrees(&rationals(exif::Tag::GPSLongitude));
    assert_eq!(text(exif::Tag::GPSLatitudeRef), "S", "{name}");
    assert_eq!(text(exif::Tag::GPSLongitudeRef), "E", "{name}");
    assert!(
        (-lat - LAT).abs() < 1e-7 && (lng - LNG).abs() < 1e-7,
        "{name}: {lat} {lng}"
    );
    assert!((rationals(exif::Tag::GPSImgDirection)[0].to_f64() - HEADING).abs() < 1e-4);
    assert_eq!(text(exif::Tag::GPSImgDirectionRef), "T", "{name}");
    assert_eq!(text(exif::Tag::DateTimeOriginal), "2023:04:05 06:07:08");
    assert_eq!(text(exif::Tag::OffsetTimeOriginal), "+00:00");
    assert_eq!(text(exif::Tag::SubSecTimeOriginal), "250");
    assert_eq!(text(exif::Tag::GPSDateStamp), "2023:04:05");
    let hms: Vec<f64> = rationals(exif::Tag::GPSTimeStamp)
        .iter()
        .map(|r| r.to_f64())
        .collect();
    assert_eq!(hms, [6.0, 7.0, 8.25], "{name}");
    if let Some(make) = make {
        assert_eq!(text(exif::Tag::Make).trim_end_matches('\0').trim(), make);
    }
}

/// Tags every foreign JPEG; returns (name, original, tagged) of those that could be.
fn tag_corpus() -> Vec<(String, Vec<u8>, Vec<u8>)> {
    let mut names: Vec<String> = std::fs::read_dir(corpus())
        .expect("corpus")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".jpg"))
        .collect();
    names.sort();
    let photo = photo();
    let mut tagged = Vec::new();
    for name in names {
        let original = std::fs::read(corpus().join(&name)).expect("jpeg");
        match geotag_jpeg(&original, &photo) {
            Ok(bytes) => tagged.push((name, original, bytes)),
            Err(e) => panic!("{name}: {e}"),
        }
    }
    tagged
}

/// Make and Model as exiftool read the originals (`expected.json`).
fn makes() -> std::collections::HashMap<String, (Option<String>, Option<String>)> {
    let json = std::fs::read_to_string(corpus().join("expected.json")).expect("expected.json");
    let entries: Vec<Value> = serde_json::from_str(&json).expect("json");
    let text = |e: &Value, key: &str| e.get(key).and_then(Value::as_str).map(str::to_owned);
    entries
        .iter()
        .map(|e| {
            let file = text(e, "SourceFile").expect("SourceFile");
            let name = file.trim_start_matches("./").to_owned();
            (name, (text(e, "IFD0:Make"), text(e, "IFD0:Model")))
        })
        .collect()
}

#[test]
fn every_foreign_jpeg_is_tagged_and_read_back_by_kamadak_exif() {
    let makes = makes();
    let tagged = tag_corpus();
    assert_eq!(
        tagged.len(),
        makes.len(),
        "every file of the corpus is tagged"
    );
    let with_thumbnails = tagged.iter().filter(|(_, o, _)| thumbnail(o).is_some());
    assert_eq!(
        with_thumbnails.count(),
        5,
        "phones and cameras with a thumbnail"
    );
    for (name, original, bytes) in &tagged {
        assert_eq!(
            outside_exif(bytes),
            outside_exif(original),
            "{name}: bytes outside the EXIF segment changed"
        );
        let segment = exif_segment(bytes).expect("an EXIF segment");
        if let Some(old) = exif_segment(original) {
            assert_eq!(
                segment.start, old.start,
                "{name}: the segment stays in place"
            );
        }
        assert_eq!(
            thumbnail(bytes),
            thumbnail(original),
            "{name}: thumbnail kept"
        );
        let make = makes[name].0.as_deref().map(str::trim);
        check_with_kamadak(name, bytes, make);
    }
}

#[test]
fn exiftool_reads_the_tags_and_the_kept_make_and_model() {
    if kartaview_tests::reader("exiftool", &["-ver"]).is_none() {
        return;
    }
    let dir = kartaview_tests::tempdir("geotag-exiftool");
    let tagged = tag_corpus();
    for (name, _, bytes) in &tagged {
        std::fs::write(dir.join(name), bytes).expect("write");
    }
    let output = Command::new("exiftool")
        .args(["-j", "-n", "-G1", "-a"])
        .args([
            "-Composite:GPSLatitude",
            "-Composite:GPSLongitude",
            "-Composite:GPSDateTime",
            "-GPS:GPSImgDirection",
            "-GPS:GPSImgDirectionRef",
            "-GPS:GPSHPositioningError",
            "-ExifIFD:DateTimeOriginal",
            "-ExifIFD:OffsetTimeOriginal",
            "-IFD0:Make",
            "-IFD0:Model",
        ])
        .arg(&dir)
        .output()
        .expect("exiftool");
    let _ = std::fs::remove_dir_all(&dir);
    let read: Vec<Value> = serde_json::from_slice(&output.stdout).expect("exiftool JSON");
    assert_eq!(read.len(), tagged.len());
    let makes = makes();
    for entry in &read {
        let file = entry["SourceFile"].as_str().expect("SourceFile");
        let name = Path::new(file)
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        let num = |key: &str| {
            entry[key]
                .as_f64()
                .unwrap_or_else(|| panic!("{name}: {key}"))
        };
        assert!((num("Composite:GPSLatitude") - LAT).abs() < 1e-7, "{name}");
        assert!((num("Composite:GPSLongitude") - LNG).abs() < 1e-7, "{name}");
        assert!(
            (num("GPS:GPSImgDirection") - HEADING).abs() < 1e-4,
            "{name}"
        );
        assert_eq!(num("GPS:GPSHPositioningError"), 3.5, "{name}");
        assert_eq!(entry["GPS:GPSImgDirectionRef"], "T", "{name}");
        assert_eq!(entry["Composite:GPSDateTime"], "2023:04:05 06:07:08.25Z");
        assert_eq!(entry["ExifIFD:DateTimeOriginal"], "2023:04:05 06:07:08");
        assert_eq!(entry["ExifIFD:OffsetTimeOriginal"], "+00:00");
        let (make, model) = &makes[&name];
        let text = |key: &str| entry.get(key).and_then(Value::as_str).map(str::to_owned);
        assert_eq!(&text("IFD0:Make"), make, "{name}: Make kept");
        assert_eq!(&text("IFD0:Model"), model, "{name}: Model kept");
    }
}

#[test]
fn a_photo_without_position_leaves_the_file_alone() {
    let mut photo = photo();
    photo.position = None;
    let original = std::fs::read(corpus().join("real-canon-eos-20d.jpg")).expect("jpeg");
    assert_eq!(geotag_jpeg(&original, &photo), Err(GeotagError::NoPosition));
}

/// Images come from the network: damaged ones (bytes flipped, cut short) are tagged or refused
/// with an error, never a panic, and what is tagged can be tagged again to the same bytes.
#[test]
fn damaged_images_are_refused_or_tagged_never_a_panic() {
    let photo = photo();
    let mut rng = fastrand::Rng::with_seed(13);
    let (mut tagged, mut refused) = (0, 0);
    for (name, original, _) in tag_corpus() {
        for _ in 0..150 {
            let mut bytes = original.clone();
            for _ in 0..rng.usize(1..4) {
                let at = rng.usize(..bytes.len());
                bytes[at] = rng.u8(..);
            }
            if rng.bool() {
                bytes.truncate(rng.usize(2..=bytes.len()));
            }
            match geotag_jpeg(&bytes, &photo) {
                Ok(out) => {
                    tagged += 1;
                    // Tagging what was tagged changes nothing: the segment is found again
                    // and rewritten the same.
                    assert_eq!(geotag_jpeg(&out, &photo).as_ref(), Ok(&out), "{name}");
                }
                Err(GeotagError::NotJpeg(_) | GeotagError::Exif(_) | GeotagError::TooLarge(_)) => {
                    refused += 1
                }
                Err(other) => panic!("{name}: {other}"),
            }
        }
    }
    assert!(
        tagged > 0 && refused > 0,
        "{tagged} tagged, {refused} refused"
    );
}
