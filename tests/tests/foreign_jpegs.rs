//! JPEGs written by other tools (piexif, Pillow, exiftool, hand-built TIFF, real phones and
//! cameras) are read as exiftool reads them: `fixtures/foreign-jpegs/expected.json` is
//! exiftool's reading (see `make_expected.sh` there), so the expected values never come from
//! the project's own writer.

use std::io::BufReader;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDateTime};
use kartaview_ext::inputs::{
    PhotoMetadata, ScanOptions, TimeSource, read_photo_metadata, scan_photo_dir,
};
use serde_json::Value;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/foreign-jpegs")
}

/// One file as exiftool reads it.
#[derive(Debug)]
struct Expected {
    file: String,
    /// exiftool found EXIF at all (it reports the byte order of every EXIF block).
    has_exif: bool,
    position: Option<(f64, f64)>,
    time: Option<(NaiveDateTime, TimeSource)>,
    heading: Option<f64>,
    make: Option<String>,
    model: Option<String>,
}

fn expected() -> Vec<Expected> {
    let json = std::fs::read_to_string(corpus().join("expected.json")).expect("expected.json");
    let entries: Vec<Value> = serde_json::from_str(&json).expect("exiftool JSON");
    entries.iter().map(expected_of).collect()
}

fn expected_of(entry: &Value) -> Expected {
    let num = |key: &str| entry.get(key).and_then(Value::as_f64);
    // An empty string (a trail camera's Model) counts as absent.
    let text = |key: &str| {
        entry
            .get(key)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    // exiftool's signed Composite position needs both references. Where the writer left
    // them out, exiftool still reports the unsigned GPS values, which the project takes as
    // north and east.
    let position = match (num("Composite:GPSLatitude"), num("Composite:GPSLongitude")) {
        (Some(lat), Some(lng)) => Some((lat, lng)),
        _ if text("GPS:GPSLatitudeRef").is_none() && text("GPS:GPSLongitudeRef").is_none() => {
            num("GPS:GPSLatitude").zip(num("GPS:GPSLongitude"))
        }
        _ => None,
    };
    let date_time = |t: &str| {
        NaiveDateTime::parse_from_str(t.get(..19).expect("exiftool date"), "%Y:%m:%d %H:%M:%S")
            .expect("exiftool date")
    };
    let original = text("ExifIFD:DateTimeOriginal");
    // "2015:04:10 18:12:23.06Z": UTC, truncated to the second. exiftool also prints a GPS
    // date that is no calendar date ("2014:09:259"); such a date is not used.
    let gps = text("Composite:GPSDateTime").and_then(|t| {
        let whole = t.split(['.', 'Z']).next().unwrap_or_default();
        NaiveDateTime::parse_from_str(whole, "%Y:%m:%d %H:%M:%S").ok()
    });
    let time = if let Some(gps) = gps {
        Some((gps, TimeSource::Gps))
    } else if let (Some(t), Some(offset)) = (&original, text("ExifIFD:OffsetTimeOriginal")) {
        let utc = DateTime::parse_from_str(&format!("{t}{offset}"), "%Y:%m:%d %H:%M:%S%:z")
            .expect("exiftool offset time")
            .naive_utc();
        Some((utc, TimeSource::OffsetTime))
    } else {
        original.map(|t| (date_time(&t), TimeSource::LocalTime))
    };
    Expected {
        file: text("SourceFile")
            .expect("SourceFile")
            .trim_start_matches("./")
            .to_owned(),
        has_exif: text("File:ExifByteOrder").is_some(),
        position,
        time,
        heading: num("GPS:GPSImgDirection"),
        make: text("IFD0:Make"),
        model: text("IFD0:Model"),
    }
}

/// Writers whose positions must come out exactly (to exiftool's 15 printed digits).
fn exact(file: &str) -> bool {
    file.starts_with("piexif-") || file == "real-hmd-nokia-8.3-5g.jpg"
}

/// `Ok` when `got` says what exiftool says, else what differs.
fn check(want: &Expected, got: &kartaview_ext::Result<PhotoMetadata>) -> Result<(), String> {
    let meta = match got {
        Ok(meta) => meta,
        // Unreadable is right only where exiftool found no EXIF either.
        Err(_) if !want.has_exif => return Ok(()),
        Err(e) => return Err(format!("unreadable: {e}")),
    };
    let mut wrong = Vec::new();
    match (want.position, meta.position) {
        (None, None) => {}
        (Some((lat, lng)), Some(p)) => {
            let tolerance = if exact(&want.file) { 1e-9 } else { 1e-6 };
            if (p.lat - lat).abs() > tolerance || (p.lng - lng).abs() > tolerance {
                wrong.push(format!("position {p:?}, exiftool {lat}, {lng}"));
            }
        }
        (want, got) => wrong.push(format!("position {got:?}, exiftool {want:?}")),
    }
    let time = meta.shot_date.zip(meta.time_source);
    if time != want.time {
        wrong.push(format!("time {time:?}, exiftool {:?}", want.time));
    }
    // Headings compare as angles: exiftool prints a signed SRATIONAL heading as is.
    let heading_ok = match (want.heading, meta.heading) {
        (None, None) => true,
        (Some(a), Some(b)) => {
            let d = (a - b).rem_euclid(360.0);
            d.min(360.0 - d) < 1e-6
        }
        _ => false,
    };
    if !heading_ok {
        wrong.push(format!(
            "heading {:?}, exiftool {:?}",
            meta.heading, want.heading
        ));
    }
    if (&meta.make, &meta.model) != (&want.make, &want.model) {
        wrong.push(format!(
            "make/model {:?}/{:?}, exiftool {:?}/{:?}",
            meta.make, meta.model, want.make, want.model
        ));
    }
    if wrong.is_empty() {
        Ok(())
    } else {
        Err(wrong.join("; "))
    }
}

#[test]
fn every_foreign_jpeg_reads_as_exiftool_reads_it() {
    let expected = expected();
    assert!(expected.len() >= 19, "corpus has {} files", expected.len());
    let mut failures = Vec::new();
    for want in &expected {
        let got = read_photo_metadata(&corpus().join(&want.file));
        let verdict = check(want, &got);
        println!(
            "{:<38} {}",
            want.file,
            match &verdict {
                Ok(()) => match &got {
                    Ok(m) => format!(
                        "ok {:?} {:?} {:?} heading {:?}",
                        m.position.map(|p| (p.lat, p.lng)),
                        m.shot_date.map(|t| t.to_string()),
                        m.time_source,
                        m.heading
                    ),
                    Err(e) => format!("ok, unreadable: {e}"),
                },
                Err(e) => format!("WRONG {e}"),
            }
        );
        if let Err(e) = verdict {
            failures.push(format!("{}: {e}", want.file));
        }
    }
    println!(
        "{} of {} files read as exiftool reads them",
        expected.len() - failures.len(),
        expected.len()
    );
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn the_corpus_covers_what_the_issue_lists() {
    let expected = expected();
    let find = |file: &str| {
        expected
            .iter()
            .find(|e| e.file == file)
            .unwrap_or_else(|| panic!("{file} missing from expected.json"))
    };
    // Each source of capture time is exercised, and some files have no position.
    for (file, source) in [
        ("piexif-basic.jpg", TimeSource::Gps),
        ("real-hmd-nokia-8.3-5g.jpg", TimeSource::Gps),
        ("piexif-southwest-offset-time.jpg", TimeSource::OffsetTime),
        ("exiftool-offset-time.jpg", TimeSource::OffsetTime),
        ("exiftool-local-time.jpg", TimeSource::LocalTime),
        ("real-canon-powershot-sx60.jpg", TimeSource::LocalTime),
    ] {
        assert_eq!(find(file).time.map(|t| t.1), Some(source), "{file}");
    }
    for file in [
        "piexif-no-gps.jpg",
        "exiftool-xmp-only.jpg",
        "real-canon-powershot-sx60.jpg",
    ] {
        assert_eq!(find(file).position, None, "{file}");
    }
    assert!(!find("blank.jpg").has_exif);
    // The SRATIONAL phone photo of the issue, exactly where exiftool puts it.
    let nokia = read_photo_metadata(&corpus().join("real-hmd-nokia-8.3-5g.jpg")).expect("Nokia");
    let p = nokia.position.expect("Nokia position");
    assert!((p.lat - 60.146_705_555_555_6).abs() < 1e-9, "{p:?}");
    assert!((p.lng - 24.906_772_222_222_2).abs() < 1e-9, "{p:?}");
    assert_eq!(
        nokia.device_name().as_deref(),
        Some("HMD Global Nokia 8.3 5G")
    );
}

#[test]
fn a_directory_of_foreign_jpegs_is_scanned_whole() {
    let expected = expected();
    let scan = scan_photo_dir(&corpus(), &ScanOptions::default()).expect("scan");
    let with_position = expected.iter().filter(|e| e.position.is_some()).count();
    assert_eq!(scan.items.len(), with_position);
    let listed = scan.items.len() + scan.without_position.len() + scan.unreadable.len();
    assert_eq!(listed, expected.len(), "every file is accounted for");
    for (path, why) in &scan.unreadable {
        println!("unreadable {}: {why}", path.display());
        assert!(!why.is_empty());
    }
    assert_eq!(
        scan.unreadable
            .iter()
            .map(|(p, _)| p.file_name().unwrap_or_default().to_string_lossy())
            .collect::<Vec<_>>(),
        ["blank.jpg"]
    );
}

/// Reads a file with kamadak-exif's own JPEG reader, strictly or continuing on errors, for
/// the comparison below.
fn kamadak_container(path: &Path, tolerant: bool) -> kartaview_ext::Result<PhotoMetadata> {
    let file = std::fs::File::open(path).expect("open");
    let read = exif::Reader::new()
        .continue_on_error(tolerant)
        .read_from_container(&mut BufReader::new(file))
        .or_else(|e| e.distill_partial_result(|_| {}));
    read.map(|exif| kartaview_ext::exif::metadata_of_exif(&exif))
        .map_err(|e| kartaview_ext::Error::InvalidInput {
            path: path.to_owned(),
            reason: e.to_string(),
        })
}

/// One way of reading a file's metadata.
type Reader = dyn Fn(&Path) -> kartaview_ext::Result<PhotoMetadata>;

/// How many corpus files each way of reading gets right: the chosen one (own segment walk +
/// continue-on-error) must get all; strict parsing must be the worse for it.
#[test]
fn approaches_compared() {
    let expected = expected();
    let approaches: [(&str, &Reader); 3] = [
        ("kamadak-exif strict (read_from_container)", &|p| {
            kamadak_container(p, false)
        }),
        (
            "kamadak-exif continue_on_error (read_from_container)",
            &|p| kamadak_container(p, true),
        ),
        (
            "segment walk + kamadak-exif continue_on_error (read_photo_metadata)",
            &read_photo_metadata,
        ),
    ];
    let mut counts = Vec::new();
    for (name, read) in approaches {
        let failed: Vec<&str> = expected
            .iter()
            .filter(|want| check(want, &read(&corpus().join(&want.file))).is_err())
            .map(|want| want.file.as_str())
            .collect();
        println!(
            "{name}: {} of {} correct; wrong: {failed:?}",
            expected.len() - failed.len(),
            expected.len()
        );
        counts.push(expected.len() - failed.len());
    }
    assert_eq!(counts[2], expected.len());
    assert!(counts[0] < counts[1], "{counts:?}");
}

/// The exiftool version that wrote `expected.json`.
const EXIFTOOL_VERSION: &str = "12.57";

/// With exiftool on PATH (CI=true requires it), what it reads in the corpus today is compared
/// with the committed reading (by the values the tests use, so extra warnings do not matter). A
/// difference fails the test with the version that wrote `expected.json`; with another version
/// it is printed.
#[test]
fn expected_json_matches_a_live_exiftool_when_present() {
    let Some(version) = kartaview_tests::reader("exiftool", &["-ver"]) else {
        return;
    };
    println!("cross-checking with exiftool {version}");
    let dir = kartaview_tests::tempdir("foreign-jpegs");
    let committed = expected();
    for e in &committed {
        std::fs::copy(corpus().join(&e.file), dir.join(&e.file)).expect("copy");
    }
    let out = std::process::Command::new("sh")
        .arg(corpus().join("make_expected.sh"))
        .current_dir(&dir)
        .output()
        .expect("run make_expected.sh");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json = std::fs::read_to_string(dir.join("expected.json")).expect("live expected.json");
    let live: Vec<Value> = serde_json::from_str(&json).expect("live JSON");
    let live: Vec<String> = live
        .iter()
        .map(|e| format!("{:?}", expected_of(e)))
        .collect();
    let committed: Vec<String> = committed.iter().map(|e| format!("{e:?}")).collect();
    let _ = std::fs::remove_dir_all(dir);
    if live == committed {
        println!(
            "live exiftool reads all {} files as expected.json says",
            live.len()
        );
    } else if version == EXIFTOOL_VERSION {
        assert_eq!(live, committed, "exiftool now reads the corpus differently");
    } else {
        for (l, c) in live.iter().zip(&committed).filter(|(l, c)| l != c) {
            println!("exiftool {version} differs from {EXIFTOOL_VERSION}:\n  live {l}\n  file {c}");
        }
    }
}

/// Counts the bytes actually read from the source (seeks over data are not reads).
struct Counting<R> {
    inner: R,
    read: u64,
}

impl<R: std::io::Read> std::io::Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        Ok(n)
    }
}

impl<R: std::io::Seek> std::io::Seek for Counting<R> {
    fn seek(&mut self, pos: std::io::SeekFrom) -> std::io::Result<u64> {
        self.inner.seek(pos)
    }
}

/// A 4 MiB photo: JFIF, a 60 kB APP2 (an ICC profile's size), optionally the Nokia's Exif
/// APP1, then the image data.
fn big_photo(with_exif: bool) -> Vec<u8> {
    let blank = std::fs::read(corpus().join("blank.jpg")).expect("blank.jpg");
    let nokia = std::fs::read(corpus().join("real-hmd-nokia-8.3-5g.jpg")).expect("Nokia");
    let app0_end = 4 + usize::from(u16::from_be_bytes([blank[4], blank[5]]));
    let app1_end = 4 + usize::from(u16::from_be_bytes([nokia[4], nokia[5]]));
    let mut out = blank[..app0_end].to_vec();
    out.extend_from_slice(&[0xFF, 0xE2, 0xEA, 0x62]);
    out.resize(out.len() + 0xEA62 - 2, 0x20);
    if with_exif {
        out.extend_from_slice(&nokia[2..app1_end]);
    }
    out.extend_from_slice(&blank[app0_end..blank.len() - 2]);
    out.resize(out.len() + (4 << 20), 0x00);
    out.extend_from_slice(&[0xFF, 0xD9]);
    out
}

/// The segment walk reads the leading segments only; kamadak-exif's container reader reads
/// every segment before the Exif, and the whole file when there is none.
#[test]
fn reading_stops_at_the_exif_segment() {
    for with_exif in [true, false] {
        let photo = big_photo(with_exif);
        let mut ours = BufReader::new(Counting {
            inner: std::io::Cursor::new(&photo),
            read: 0,
        });
        let found = kartaview_ext::exif::jpeg_exif_segment(&mut ours).expect("walk");
        assert_eq!(found.is_some(), with_exif);
        let mut theirs = BufReader::new(Counting {
            inner: std::io::Cursor::new(&photo),
            read: 0,
        });
        let _ = exif::Reader::new().read_from_container(&mut theirs);
        let (ours, theirs) = (ours.get_ref().read, theirs.get_ref().read);
        println!(
            "{} B photo, Exif {with_exif}: segment walk read {ours} B, read_from_container {theirs} B",
            photo.len()
        );
        assert!(ours <= 32 << 10, "{ours}");
        assert!(
            theirs >= if with_exif { 60_000 } else { 4 << 20 },
            "{theirs}"
        );
    }
}

/// Byte flips and truncations of every corpus file never panic the reader: each gives
/// metadata or an error. The random seed is fixed and printed.
#[test]
fn mutated_foreign_jpegs_never_panic() {
    const SEED: u64 = 9;
    let mut rng = fastrand::Rng::with_seed(SEED);
    let (mut read, mut refused) = (0, 0);
    for want in expected() {
        let original = std::fs::read(corpus().join(&want.file)).expect("read");
        for _ in 0..300 {
            let mut bytes = original.clone();
            if rng.bool() {
                bytes.truncate(rng.usize(..bytes.len()));
            } else {
                for _ in 0..rng.usize(1..=8) {
                    let at = rng.usize(..bytes.len());
                    bytes[at] = rng.u8(..);
                }
            }
            let parsed = kartaview_ext::exif::jpeg_exif_segment(&mut std::io::Cursor::new(&bytes))
                .ok()
                .flatten()
                .and_then(|tiff| kartaview_ext::exif::parse_tiff(tiff).ok())
                .map(|exif| kartaview_ext::exif::metadata_of_exif(&exif));
            match parsed {
                Some(_) => read += 1,
                None => refused += 1,
            }
        }
    }
    println!("seed {SEED}: {read} mutated files read, {refused} refused with an error");
    assert!(read > 0 && refused > 0);
}
