//! A directory of geotagged JPEGs (EXIF written here) becomes an ordered upload plan.

use std::path::Path;

use kartaview_ext::LatLng;
use kartaview_ext::inputs::{GpxTrack, ScanOptions, read_photo_metadata, scan_photo_dir};
use kartaview_tests::geotagged_jpeg as jpeg;

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join(name), bytes).expect("write");
}

#[test]
fn exif_position_time_and_heading() {
    let dir = kartaview_tests::tempdir("inputs");
    write(
        &dir,
        "a.jpg",
        &jpeg(
            Some(LatLng {
                lat: -33.8568,
                lng: 151.2153,
            }),
            Some("2026:05:01 20:00:00"),
            Some("+10:00"),
            Some(370.5),
        ),
    );
    let meta = read_photo_metadata(&dir.join("a.jpg")).expect("exif");
    let p = meta.position.expect("position");
    assert!(
        (p.lat + 33.8568).abs() < 1e-6 && (p.lng - 151.2153).abs() < 1e-6,
        "{p:?}"
    );
    // 20:00 at UTC+10 is 10:00 UTC.
    assert_eq!(
        meta.shot_date.map(|t| t.to_string()).as_deref(),
        Some("2026-05-01 10:00:00")
    );
    assert!((meta.heading.expect("heading") - 10.5).abs() < 1e-6);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_directory_is_ordered_by_capture_time_and_reports_what_it_cannot_use() {
    let dir = kartaview_tests::tempdir("inputs");
    let here = |i: f64| {
        Some(LatLng {
            lat: 46.77 + i * 1e-4,
            lng: 23.59,
        })
    };
    // File names deliberately out of time order.
    write(
        &dir,
        "c.jpg",
        &jpeg(here(0.0), Some("2026:05:01 10:00:00"), None, None),
    );
    write(
        &dir,
        "a.jpg",
        &jpeg(here(2.0), Some("2026:05:01 10:00:02"), None, None),
    );
    write(
        &dir,
        "b.JPEG",
        &jpeg(here(1.0), Some("2026:05:01 10:00:01"), None, None),
    );
    write(
        &dir,
        "no-gps.jpg",
        &jpeg(None, Some("2026:05:01 12:00:00"), None, None),
    );
    write(&dir, "broken.jpg", b"not a jpeg");
    write(&dir, "notes.txt", b"ignored");
    let scan = scan_photo_dir(&dir, &ScanOptions::default()).expect("scan");
    let names: Vec<String> = scan
        .items
        .iter()
        .map(|i| match &i.source {
            kartaview_ext::MediaSource::File(p) => p
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned(),
            other => format!("{other:?}"),
        })
        .collect();
    assert_eq!(names, ["c.jpg", "b.JPEG", "a.jpg"]);
    assert_eq!(
        scan.items.iter().map(|i| i.index).collect::<Vec<_>>(),
        [0, 1, 2]
    );
    assert_eq!(scan.without_position, [dir.join("no-gps.jpg")]);
    assert_eq!(scan.unreadable.len(), 1);
    assert!(scan.unreadable[0].0.ends_with("broken.jpg"));

    // A GPX track places the photo that had no GPS; a second scan gives the same plan.
    let gpx = r#"<gpx><trk><trkseg>
        <trkpt lat="46.8" lon="23.6"><time>2026-05-01T11:59:50Z</time></trkpt>
        <trkpt lat="46.8" lon="23.7"><time>2026-05-01T12:00:10Z</time></trkpt>
    </trkseg></trk></gpx>"#;
    let options = ScanOptions {
        track: Some(GpxTrack::parse(gpx).expect("gpx")),
        ..ScanOptions::default()
    };
    let tagged = scan_photo_dir(&dir, &options).expect("scan");
    assert!(tagged.without_position.is_empty());
    let last = tagged.items.last().expect("items");
    assert_eq!(last.index, 3);
    let p = last.position.expect("position");
    assert!((p.lng - 23.65).abs() < 1e-9, "{p:?}");
    let again = scan_photo_dir(&dir, &options).expect("scan");
    assert_eq!(
        again
            .items
            .iter()
            .map(|i| (i.index, format!("{:?}", i.source)))
            .collect::<Vec<_>>(),
        tagged
            .items
            .iter()
            .map(|i| (i.index, format!("{:?}", i.source)))
            .collect::<Vec<_>>()
    );
    let _ = std::fs::remove_dir_all(dir);
}
