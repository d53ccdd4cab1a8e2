//! The recording metadata reader (`kartaview_ext::recording`) against the synthetic recordings of
//! `../shared/fixtures/osc-synthetic` (expected frames from that folder's README table and the
//! files' own GPS rows) and against the test generator's recordings of every version (expected
//! frames from the generator's own record).

use std::io::Write as _;
use std::path::Path;

use kartaview_ext::recording::{Frame, MetadataReader, Position, RecordingType, Summary};
use kartaview_ext::{Error, ErrorKind};
use kartaview_tests::recording::{
    ExpectedFrame, LEGACY_VERSIONS, Recording, Version, Written, synthetic_fixtures_dir,
};

fn read(reader: MetadataReader) -> (Vec<Frame>, Summary) {
    let mut reader = reader;
    let frames = reader
        .by_ref()
        .collect::<Result<Vec<_>, _>>()
        .expect("no read error");
    (frames, reader.summary().clone())
}

fn read_bytes(bytes: Vec<u8>) -> (Vec<Frame>, Summary) {
    read(MetadataReader::from_reader(std::io::Cursor::new(bytes), "track.txt").expect("opens"))
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).expect("gzip in memory");
    encoder.finish().expect("gzip in memory")
}

fn ms(frame: &Frame) -> i64 {
    assert_eq!(
        frame.time.timestamp_subsec_nanos() % 1_000_000,
        0,
        "{frame:?}"
    );
    frame.time.timestamp_millis()
}

fn assert_frames(read: &[Frame], expected: &[ExpectedFrame], what: &str) {
    assert_eq!(read.len(), expected.len(), "{what}: frame count");
    for (frame, want) in read.iter().zip(expected) {
        let context = format!("{what}: frame {}", want.frame_index);
        assert_eq!(frame.video_index, want.video_index, "{context}");
        assert_eq!(frame.frame_index, want.frame_index, "{context}");
        assert_eq!(ms(frame), want.time_ms, "{context}");
        assert_eq!(
            frame.position,
            Some(Position {
                lat: want.lat,
                lng: want.lng
            }),
            "{context}"
        );
        assert_eq!(
            frame.fix_time.map(|t| t.timestamp_millis()),
            Some(want.fix_time_ms),
            "{context}"
        );
        assert_eq!(frame.heading, want.heading, "{context}");
        assert_eq!(frame.accuracy, Some(want.accuracy), "{context}");
        assert_eq!(frame.speed, want.speed, "{context}");
    }
}

/// Header lines the generator writes before the body.
fn header_lines(version: Version) -> u64 {
    match version {
        Version::V2Photo | Version::V2Video => 14,
        Version::Legacy(_) => 1,
    }
}

fn all_versions() -> Vec<Version> {
    let mut versions = vec![Version::V2Photo, Version::V2Video];
    versions.extend(LEGACY_VERSIONS.iter().map(|v| Version::Legacy(v)));
    versions
}

fn check_generated(version: Version, compressed: bool) {
    let recording = Recording::new(version, 130);
    let (bytes, written) = recording.to_bytes();
    let what = format!("{version:?}{}", if compressed { " gzip" } else { "" });
    let bytes = if compressed { gzip(&bytes) } else { bytes };
    let reader =
        MetadataReader::from_reader(std::io::Cursor::new(bytes), "track.txt").expect("opens");
    let expected_version = match version {
        Version::V2Photo | Version::V2Video => "2.0",
        Version::Legacy(v) => v,
    };
    assert_eq!(reader.version(), expected_version, "{what}");
    let device = reader.device().expect("the device up front").clone();
    assert_eq!(device.platform.as_deref(), Some(written.platform), "{what}");
    assert_eq!(device.model.as_deref(), Some(written.model), "{what}");
    let kind = if written.video {
        RecordingType::Video
    } else {
        RecordingType::Photo
    };
    assert_eq!(device.recording_type, Some(kind), "{what}");
    let (frames, summary) = read(reader);
    assert_frames(&frames, &written.frames, &what);
    assert!(summary.trailer, "{what}");
    assert_eq!(summary.frames, 130, "{what}");
    assert_eq!(
        summary.rows,
        written.lines - header_lines(version) - 1,
        "{what}"
    );
    assert_eq!(
        (
            summary.wrong_field_count,
            summary.malformed,
            summary.unknown_alias_rows
        ),
        (0, 0, 0),
        "{what}"
    );
    assert_eq!(summary.frames_without_position, 0, "{what}");
}

#[test]
fn every_generated_version_is_read_frame_by_frame() {
    for version in all_versions() {
        check_generated(version, false);
    }
}

#[test]
fn every_generated_version_is_read_from_gzip() {
    for version in all_versions() {
        check_generated(version, true);
    }
}

#[test]
fn a_recording_on_disk_is_read_plain_and_gzipped() {
    let dir = tempfile_dir();
    let (bytes, written) = Recording::new(Version::V2Video, 260).to_bytes();
    std::fs::write(dir.join("track.txt"), &bytes).unwrap();
    std::fs::write(dir.join("track.txt.gz"), gzip(&bytes)).unwrap();
    for name in ["track.txt", "track.txt.gz"] {
        let (frames, summary) = read(MetadataReader::open(dir.join(name)).unwrap());
        assert_frames(&frames, &written.frames, name);
        assert!(summary.trailer);
    }
    std::fs::remove_dir_all(&dir).ok();
}

fn tempfile_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "kartaview-recording-{}-{}",
        std::process::id(),
        fastrand::u64(..)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A frame as read from a synthetic file: (video, frame, time ms, lat, lng, fix time ms,
/// heading, accuracy, speed).
type Row = (u32, u64, i64, f64, f64, i64, Option<f64>, f64, Option<f64>);

fn assert_rows(frames: &[Frame], rows: &[Row], what: &str) {
    let expected: Vec<ExpectedFrame> = rows
        .iter()
        .map(
            |&(
                video_index,
                frame_index,
                time_ms,
                lat,
                lng,
                fix_time_ms,
                heading,
                accuracy,
                speed,
            )| {
                ExpectedFrame {
                    video_index,
                    frame_index,
                    time_ms,
                    lat,
                    lng,
                    fix_time_ms,
                    heading,
                    accuracy,
                    speed,
                }
            },
        )
        .collect();
    assert_frames(frames, &expected, what);
}

fn open_synthetic(dir: &Path, name: &str) -> MetadataReader {
    MetadataReader::open(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The (video index, frame index) pairs are those of the folder README's table (what the
/// official parser extracts); times, positions, headings, accuracies and speeds are the
/// files' own rows as written below, read by hand.
#[test]
fn the_synthetic_recordings_of_shared_are_read() {
    let Some(dir) = synthetic_fixtures_dir() else {
        return;
    };
    const P0: (f64, f64) = (46.7712345, 23.5912345);
    const P1: (f64, f64) = (46.7713345, 23.5913345);
    for (name, photo) in [
        ("v2.0_android_video.track.txt", false),
        ("v2.0_android_photo.track.txt", true),
    ] {
        let reader = open_synthetic(&dir, name);
        assert_eq!(reader.version(), "2.0");
        let device = reader.device().unwrap().clone();
        assert_eq!(device.platform.as_deref(), Some("Android"));
        assert_eq!(device.os_name.as_deref(), Some("Q"));
        assert_eq!(device.os_version.as_deref(), Some("10"));
        assert_eq!(device.model.as_deref(), Some("samsung SM-G973F"));
        assert_eq!(device.app_version.as_deref(), Some("4.0.1"));
        assert_eq!(device.app_build.as_deref(), Some("4.0.1"));
        let kind = if photo {
            RecordingType::Photo
        } else {
            RecordingType::Video
        };
        assert_eq!(device.recording_type, Some(kind));
        let (frames, summary) = read(reader);
        let last = if photo { (0, 2) } else { (1, 50) };
        assert_rows(
            &frames,
            &[
                (
                    0,
                    0,
                    1_600_000_000_600,
                    P0.0,
                    P0.1,
                    1_600_000_000_500,
                    Some(181.5),
                    4.0,
                    Some(8.3),
                ),
                (
                    0,
                    1,
                    1_600_000_001_700,
                    P1.0,
                    P1.1,
                    1_600_000_001_600,
                    Some(181.5),
                    4.0,
                    Some(8.4),
                ),
                (
                    last.0,
                    last.1,
                    1_600_000_030_700,
                    P1.0,
                    P1.1,
                    1_600_000_001_600,
                    None,
                    4.0,
                    Some(8.4),
                ),
            ],
            name,
        );
        assert!(summary.trailer, "{name}");
        assert_eq!(
            (summary.wrong_field_count, summary.malformed),
            (0, 0),
            "{name}"
        );
    }

    // Android 1.1.6 writes unpadded milliseconds: `.5` is 5 ms, `.700` 700 ms.
    let reader = open_synthetic(&dir, "v1.1.6_android_video.track.txt");
    assert_eq!(reader.version(), "1.1.6");
    let device = reader.device().unwrap().clone();
    assert_eq!(device.model.as_deref(), Some("samsung SM-G930F"));
    assert_eq!(device.platform.as_deref(), Some("Android"));
    assert_eq!(device.os_version.as_deref(), Some("7.0"));
    assert_eq!(device.app_version.as_deref(), Some("2.3.4"));
    assert_eq!(device.recording_type, Some(RecordingType::Video));
    let (frames, summary) = read(reader);
    assert_rows(
        &frames,
        &[
            (
                0,
                0,
                1_500_000_000_700,
                P0.0,
                P0.1,
                1_500_000_000_005,
                Some(181.5),
                4.0,
                Some(8.3),
            ),
            (
                0,
                1,
                1_500_000_001_700,
                P1.0,
                P1.1,
                1_500_000_001_500,
                Some(181.5),
                4.0,
                Some(8.4),
            ),
            (
                1,
                50,
                1_500_000_030_700,
                P1.0,
                P1.1,
                1_500_000_001_500,
                Some(181.5),
                4.0,
                Some(8.4),
            ),
        ],
        "1.1.6",
    );
    assert!(summary.trailer);
    assert_eq!((summary.wrong_field_count, summary.malformed), (0, 0));

    let reader = open_synthetic(&dir, "v1.1.5_ios_video.track.txt");
    assert_eq!(reader.version(), "1.1.5");
    let device = reader.device().unwrap().clone();
    assert_eq!(device.platform.as_deref(), Some("iOS"));
    assert_eq!(device.model.as_deref(), Some("iPhone7"));
    assert_eq!(device.app_version.as_deref(), Some("1.5.1(40)"));
    assert_eq!(device.recording_type, Some(RecordingType::Video));
    let (frames, summary) = read(reader);
    let ios = (46.771234, 23.591234);
    assert_rows(
        &frames,
        &[
            (
                0,
                0,
                1_500_000_000_700,
                ios.0,
                ios.1,
                1_500_000_000_500,
                Some(181.5),
                5.0,
                Some(8.3),
            ),
            (
                0,
                1,
                1_500_000_001_700,
                ios.0,
                ios.1,
                1_500_000_000_500,
                Some(181.5),
                5.0,
                Some(8.3),
            ),
        ],
        "1.1.5",
    );
    assert!(summary.trailer);
    assert_eq!((summary.wrong_field_count, summary.malformed), (0, 0));

    // iOS 1.1 repeats a location on frame rows; the frame's position is the last GPS row's.
    let reader = open_synthetic(&dir, "v1.1_ios_2016_video.track.txt");
    assert_eq!(reader.version(), "1.1");
    assert_eq!(reader.device().unwrap().model.as_deref(), Some("iPhone6S"));
    let (frames, summary) = read(reader);
    assert_rows(
        &frames,
        &[
            (
                0,
                0,
                1_468_000_000_700,
                ios.0,
                ios.1,
                1_468_000_000_500,
                Some(181.5),
                5.0,
                Some(8.3),
            ),
            (
                0,
                1,
                1_468_000_001_700,
                ios.0,
                ios.1,
                1_468_000_000_500,
                Some(181.5),
                5.0,
                Some(8.3),
            ),
        ],
        "1.1",
    );
    assert!(summary.trailer);

    // 1.0.8: the official parser at HEAD finds no photo rows (README), because it looks for a
    // `frame_index` column; the 1.0.x layouts call column 14 `index`, the photo number, as the
    // 2016-19 scripts read it (osc-recordings.md §2.4). The file has no trailer.
    let reader = open_synthetic(&dir, "v1.0.8_photo.track.txt");
    assert_eq!(reader.version(), "1.0.8");
    let device = reader.device().unwrap().clone();
    assert_eq!(device.model.as_deref(), Some("samsung GT-I9505"));
    assert_eq!(device.recording_type, Some(RecordingType::Photo));
    let (frames, summary) = read(reader);
    assert_rows(
        &frames,
        &[
            (
                0,
                0,
                1_460_000_000_700,
                P0.0,
                P0.1,
                1_460_000_000_500,
                Some(181.5),
                4.0,
                Some(8.3),
            ),
            (
                0,
                1,
                1_460_000_001_700,
                P0.0,
                P0.1,
                1_460_000_000_500,
                Some(181.5),
                4.0,
                Some(8.3),
            ),
        ],
        "1.0.8",
    );
    assert!(!summary.trailer);
    assert_eq!((summary.wrong_field_count, summary.malformed), (0, 0));
}

/// The oldest 1.x header (`no version`: no `;`, one space): 16 columns, the photo number in
/// column 15, no compass and no speed column.
#[test]
fn the_no_version_layout_is_read() {
    let text = "iPhone 6\n\
        1450000000.100;23.5;46.7;300.0;6.0;;;;;;;;;;;\n\
        1450000000.200;;;;;;;;;;;;0.1;0.2;0.3;\n\
        1450000000.300;;;;;;;;;;;;;;;0\n\
        1450000001.300;23.6;46.8;300.0;7.0;;;;;;;;;;;\n\
        1450000001.400;;;;;;;;;;;;;;;1\n";
    let reader = MetadataReader::from_reader(std::io::Cursor::new(text), "track.txt").unwrap();
    assert_eq!(reader.version(), "no version");
    let device = reader.device().unwrap().clone();
    assert_eq!(device.model.as_deref(), Some("iPhone"));
    assert_eq!(device.platform.as_deref(), Some("iOS"));
    assert_eq!(device.recording_type, Some(RecordingType::Photo));
    let (frames, summary) = read(reader);
    assert_rows(
        &frames,
        &[
            (
                0,
                0,
                1_450_000_000_300,
                46.7,
                23.5,
                1_450_000_000_100,
                None,
                6.0,
                None,
            ),
            (
                0,
                1,
                1_450_000_001_400,
                46.8,
                23.6,
                1_450_000_001_300,
                None,
                7.0,
                None,
            ),
        ],
        "no version",
    );
    assert!(!summary.trailer);
}

#[test]
fn a_recording_without_its_trailer_is_read_and_says_so() {
    for version in [Version::V2Video, Version::Legacy("1.1.6")] {
        let mut recording = Recording::new(version, 120);
        recording.trailer = false;
        let (bytes, written) = recording.to_bytes();
        let (frames, summary) = read_bytes(bytes);
        assert_frames(&frames, &written.frames, "no trailer");
        assert!(!summary.trailer);
    }
}

#[test]
fn a_recording_cut_in_the_middle_of_a_row_keeps_the_frames_before() {
    let (bytes, written) = Recording::new(Version::V2Video, 120).to_bytes();
    let text = String::from_utf8(bytes).unwrap();
    // The app killed while writing frame 60's row: the file ends 12 bytes into it.
    let row = text.find(":f:1;60;").expect("frame 60's row");
    let (frames, summary) = read_bytes(text.as_bytes()[..row + 12].to_vec());
    assert_frames(&frames, &written.frames[..60], "cut");
    assert_eq!(summary.wrong_field_count, 1);
    assert!(!summary.trailer);
}

#[test]
fn a_gzip_cut_short_keeps_the_frames_before_the_cut() {
    let (bytes, written) = Recording::new(Version::V2Video, 400).to_bytes();
    let compressed = gzip(&bytes);
    let cut = compressed[..compressed.len() * 6 / 10].to_vec();
    let (frames, summary) = read_bytes(cut);
    assert!(summary.truncated_gzip);
    assert!(!summary.trailer);
    assert!(frames.len() > 100 && frames.len() < 400, "{}", frames.len());
    assert_frames(&frames, &written.frames[..frames.len()], "gzip cut");
}

#[test]
fn rows_with_the_wrong_field_count_are_skipped_and_counted() {
    // 2.0: a PHOTO row one field short, a GPS row one field long, each after every 25th line.
    let (bytes, written) = Recording::new(Version::V2Video, 120).to_bytes();
    let text = String::from_utf8(bytes).unwrap();
    let mut out = String::new();
    let mut inserted = 0;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        out.push_str(line);
        if n > 14 && n % 25 == 0 && line.ends_with('\n') {
            out.push_str("1600000000.001:f:0;999;1600000000.000;46.0;23.0;4.0;8.0;;;\n");
            out.push_str("1600000000.001:g:46.0;23.0;350.5;4.0;4.0;8.0;1\n");
            inserted += 2;
        }
    }
    assert!(inserted > 10);
    let (frames, summary) = read_bytes(out.into_bytes());
    assert_frames(&frames, &written.frames, "2.0 wrong field counts");
    assert_eq!(summary.wrong_field_count, inserted);

    // 1.x: a frame row with one column too many.
    let (bytes, written) = Recording::new(Version::Legacy("1.1.5"), 120).to_bytes();
    let text = String::from_utf8(bytes).unwrap();
    let mut out = String::new();
    let mut inserted = 0;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        out.push_str(line);
        if n > 0 && n % 25 == 0 && line.ends_with('\n') {
            out.push_str("1600000000.001000;;;;;;;;;;;;;;0;999;;;;;;\n");
            inserted += 1;
        }
    }
    let (frames, summary) = read_bytes(out.into_bytes());
    assert_frames(&frames, &written.frames, "1.1.5 wrong field counts");
    assert_eq!(summary.wrong_field_count, inserted);
}

#[test]
fn numbers_in_exponent_form_are_read() {
    for version in [
        Version::V2Photo,
        Version::Legacy("1.1.6"),
        Version::Legacy("1.0.8"),
    ] {
        let (bytes, written) = Recording::new(version, 300).to_bytes();
        let text = String::from_utf8(bytes.clone()).unwrap();
        // The generator writes a standing-still speed of 2^-11 m/s as Java does.
        assert!(text.contains("4.8828125E-4"), "{version:?}");
        let slow = written
            .frames
            .iter()
            .filter(|f| f.speed == Some(0.000_488_281_25))
            .count();
        assert!(slow > 0, "{version:?}: some frame's fix is the slow one");
        let (frames, summary) = read_bytes(bytes);
        assert_frames(&frames, &written.frames, &format!("{version:?}"));
        assert_eq!(summary.malformed, 0);
    }
}

#[test]
fn unknown_aliases_are_ignored_and_counted() {
    let (bytes, written) = Recording::new(Version::V2Video, 120).to_bytes();
    let text = String::from_utf8(bytes).unwrap();
    let mut out = String::new();
    let mut rows = 0;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        out.push_str(line);
        if line == "HEADER\n" {
            out.push_str("ALIAS:w;WHEELSPEED;1;1\n");
        }
        if n > 14 && n % 20 == 0 && line.ends_with('\n') {
            // A declared alias of an unknown item, and an alias never declared.
            out.push_str("1600000000.001:w:3;4\n1600000000.001:q:1\n");
            rows += 2;
        }
    }
    let (frames, summary) = read_bytes(out.into_bytes());
    assert_frames(&frames, &written.frames, "unknown aliases");
    assert_eq!(summary.unknown_alias_rows, rows);
    assert!(
        summary.unknown_aliases.contains(&"w=WHEELSPEED".to_owned()),
        "{summary:?}"
    );
    assert!(
        summary.unknown_aliases.contains(&"q".to_owned()),
        "{summary:?}"
    );
    assert!(summary.trailer);
}

#[test]
fn crlf_line_ends_are_read() {
    let (bytes, written) = Recording::new(Version::Legacy("1.1.6"), 60).to_bytes();
    let text = String::from_utf8(bytes).unwrap().replace('\n', "\r\n");
    let (frames, summary) = read_bytes(text.into_bytes());
    assert_frames(&frames, &written.frames, "crlf");
    assert!(summary.trailer);
}

#[test]
fn a_file_that_is_not_metadata_is_invalid_input_naming_it() {
    let dir = tempfile_dir();
    for (name, bytes) in [
        ("empty.txt", &b""[..]),
        ("photo.jpg", &b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"[..]),
        (
            "track.geojson",
            &b"{\"type\":\"FeatureCollection\",\"features\":[]}\n"[..],
        ),
        (
            "unknown-version.txt",
            &b"samsung X;7.0;9.9;1.0\n1;2;3\n"[..],
        ),
    ] {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        match MetadataReader::open(&path) {
            Err(Error::InvalidInput {
                path: named,
                reason,
            }) => {
                assert_eq!(named, path);
                assert!(!reason.is_empty());
            }
            other => panic!("{name}: expected InvalidInput, got {other:?}"),
        }
    }
    let missing = MetadataReader::open(dir.join("absent.txt")).unwrap_err();
    assert_eq!(missing.kind(), ErrorKind::Io);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_generator_writes_what_its_record_says() {
    // The record's own consistency, independent of the reader: as many frame rows as frames,
    // and one-hour scale for the benchmark's recording.
    let (bytes, written) = Recording::new(Version::V2Video, 200).to_bytes();
    let text = String::from_utf8(bytes).unwrap();
    assert_eq!(text.lines().filter(|l| l.contains(":f:")).count(), 200);
    assert_eq!(
        written.frames.iter().filter(|f| f.video_index == 3).count(),
        50
    );
    let hour = Recording::one_hour();
    let span = hour.frame_interval_ms * (hour.frames as i64 - 1);
    assert!((3_500_000..=3_700_000).contains(&span), "{span}");
    let _: &Written = &written;
}

#[test]
fn an_overlong_line_is_skipped_whole() {
    // 200 KB without a line end in the middle of the body: one unreadable row, nothing else lost.
    let (bytes, written) = Recording::new(Version::V2Video, 120).to_bytes();
    let text = String::from_utf8(bytes).unwrap();
    let at = text.find("\n1600000010").expect("a row ten seconds in") + 1;
    let mut out = text[..at].to_owned();
    out.push_str("1600000010.000:g:");
    out.push_str(&"9;".repeat(100_000));
    out.push('\n');
    out.push_str(&text[at..]);
    let (frames, summary) = read_bytes(out.into_bytes());
    assert_frames(&frames, &written.frames, "overlong line");
    assert_eq!(
        summary.malformed + summary.wrong_field_count,
        1,
        "{summary:?}"
    );
    assert!(summary.trailer);
}
