//! `kartaview download`: names, skipping, `.part` hygiene, retries, the token kept from image
//! hosts, and nothing written outside `--dir` whatever the server says.

mod common;

use std::path::Path;

use common::{Fake, kartaview, scratch, tree};
use kartaview_mock::Fault;

fn names(from: u32, to: u32, sequence: u32) -> Vec<String> {
    (from..to)
        .map(|i| format!("{sequence}_{i:05}.jpg"))
        .collect()
}

fn summary(run: &common::Run) -> serde_json::Value {
    let lines = run.json_lines();
    let last = lines.last().expect("a summary").clone();
    assert_eq!(last["type"], "summary");
    last
}

#[test]
fn downloads_a_sequence_with_bounded_concurrency() {
    let parent = scratch("download-seq");
    let dir = parent.join("imgs");
    let d = dir.to_string_lossy();
    let run = kartaview(&[
        "--mock",
        "--json",
        "download",
        "--sequence",
        "1004",
        "--dir",
        &d,
        "--concurrency",
        "3",
    ]);
    run.ok();
    let s = summary(&run);
    assert_eq!(
        (
            s["photos"].as_u64(),
            s["downloaded"].as_u64(),
            s["failed"].as_u64()
        ),
        (Some(24), Some(24), Some(0))
    );
    assert_eq!(tree(&dir), names(0, 24, 1004));
    assert_eq!(tree(&parent), {
        let mut all = vec!["imgs/".to_owned()];
        all.extend(names(0, 24, 1004).into_iter().map(|n| format!("imgs/{n}")));
        all
    });
    // The plan, one line per photo, then the summary; every photo line names a file in the directory.
    let lines = run.json_lines();
    assert_eq!(lines.len(), 26);
    assert_eq!(
        (&lines[0]["event"], &lines[0]["total"]),
        (&"planned".into(), &24.into())
    );
    for line in &lines[1..25] {
        assert_eq!(
            (&line["type"], &line["event"]),
            (&"progress".into(), &"downloaded".into())
        );
        let path = Path::new(line["path"].as_str().expect("path"));
        assert_eq!(path.parent(), Some(dir.as_path()));
        assert_eq!(line["size"], "proc");
    }
    let bytes: u64 = lines[1..25]
        .iter()
        .map(|l| l["bytes"].as_u64().expect("bytes"))
        .sum();
    assert_eq!(s["bytes"].as_u64(), Some(bytes));
    let on_disk: u64 = names(0, 24, 1004)
        .iter()
        .map(|n| std::fs::metadata(dir.join(n)).expect("file").len())
        .sum();
    assert_eq!(on_disk, bytes);
}

#[test]
fn existing_files_are_skipped_unless_overwrite() {
    let dir = scratch("download-skip");
    let d = dir.to_string_lossy();
    // A whole JPEG of the user's own is kept; a file cut short is fetched again.
    let mine: &[u8] = b"\xff\xd8 mine \xff\xd9";
    std::fs::write(dir.join("1001_00200.jpg"), mine).expect("plant");
    std::fs::write(dir.join("1001_00201.jpg"), b"\xff\xd8 cut").expect("plant");
    let args = [
        "--mock", "--json", "download", "--video", "5000005", "--dir", &d,
    ];
    let first = kartaview(&args);
    first.ok();
    let s = summary(&first);
    assert_eq!(
        (
            s["downloaded"].as_u64(),
            s["skipped"].as_u64(),
            s["refetched"].as_u64()
        ),
        (Some(36), Some(1), Some(1))
    );
    assert_eq!(
        std::fs::read(dir.join("1001_00200.jpg")).expect("file"),
        mine
    );
    let refetched = std::fs::read(dir.join("1001_00201.jpg")).expect("file");
    assert!(refetched.starts_with(b"\xff\xd8") && refetched.ends_with(b"\xff\xd9"));

    let again = kartaview(&args);
    again.ok();
    let s = summary(&again);
    assert_eq!(
        (s["downloaded"].as_u64(), s["skipped"].as_u64()),
        (Some(0), Some(37))
    );

    let mut overwrite = args.to_vec();
    overwrite.push("--overwrite");
    let third = kartaview(&overwrite);
    third.ok();
    assert_eq!(summary(&third)["downloaded"].as_u64(), Some(37));
    assert_ne!(
        std::fs::read(dir.join("1001_00200.jpg")).expect("file"),
        mine
    );
    assert_eq!(tree(&dir), names(200, 237, 1001));
}

#[test]
fn human_summary() {
    let dir = scratch("download-human");
    let run = kartaview(&[
        "--mock",
        "download",
        "--video",
        "5000005",
        "--dir",
        &dir.to_string_lossy(),
        "--size",
        "th",
    ]);
    run.ok();
    assert_eq!(run.stderr, "", "no bars when stderr is not a terminal");
    snapshot!("download_human", run.stdout);
}

#[test]
fn a_transient_image_error_is_retried_and_the_token_stays_with_the_api() {
    let fake = Fake::start();
    fake.mock
        .push_fault(Fault::status(503).times(1).on_images());
    let token = fake.mock.token().to_owned();
    let dir = scratch("download-retry");
    // The token from the environment this time.
    let run = common::kartaview_with(
        &[
            "--base-url",
            &fake.base_url(),
            "--json",
            "download",
            "--video",
            "5000005",
            "--dir",
            &dir.to_string_lossy(),
        ],
        |c| {
            c.env("KARTAVIEW_TOKEN", &token);
        },
    );
    run.ok();
    assert!(!run.stdout.contains(&token) && !run.stderr.contains(&token));
    assert_eq!(summary(&run)["downloaded"].as_u64(), Some(37));
    assert_eq!(tree(&dir), names(200, 237, 1001));

    let images = fake.mock.image_requests();
    assert_eq!(images.len(), 38, "37 images and one retry");
    for request in &images {
        assert_eq!(request.header("X-Auth-Token"), None);
        let everything = format!(
            "{} {:?} {:?} {}",
            request.path,
            request.query,
            request.headers,
            request.body_text()
        );
        assert!(!everything.contains(&token), "{everything}");
    }
    // ... while the API got it.
    assert!(
        fake.mock
            .requests()
            .iter()
            .all(|r| r.header("X-Auth-Token") == Some(token.as_str()))
    );
}

#[test]
fn failed_images_fail_the_command_and_leave_no_part_files() {
    let fake = Fake::start();
    fake.mock
        .push_fault(Fault::reset_mid_body().times(1000).on_images());
    let dir = scratch("download-fail");
    let run = kartaview(&[
        "--base-url",
        &fake.base_url(),
        "--retries",
        "1",
        "--json",
        "download",
        "--video",
        "5000005",
        "--dir",
        &dir.to_string_lossy(),
        "--concurrency",
        "4",
    ]);
    let line = run.one_error_line();
    assert!(
        line.starts_with("error: 37 of 37 images could not be downloaded; the first, photo 100000201: network error: "),
        "{line}"
    );
    let s = summary(&run);
    assert_eq!(
        (s["downloaded"].as_u64(), s["failed"].as_u64()),
        (Some(0), Some(37))
    );
    assert_eq!(tree(&dir), Vec::<String>::new(), "no .part left behind");
    // Each image once, then retries while the client's budget lasts (RetryPolicy's default:
    // 20), not a second try of all 37 against a host that fails everything.
    assert_eq!(
        fake.mock.image_requests().len(),
        37 + 20,
        "each image once plus the retry budget"
    );
}

/// A server whose photo records try every trick to name files outside the directory.
#[test]
fn hostile_names_never_escape_the_directory() {
    use wiremock::matchers::{method, path, path_regex};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let server = runtime.block_on(MockServer::start());
    let uri = server.uri();
    let parent = scratch("download-hostile");
    let dir = parent.join("dl");
    let absolute = parent.join("absolute-escape.jpg");
    let absolute = absolute.to_string_lossy();
    let photos = serde_json::json!([
        {"id": 1, "sequenceId": 77, "sequenceIndex": 0,
         "name": "../../escape-name.jpg", "filepath": absolute,
         "fileurlProc": format!("{uri}/img/..%2F..%2Fescape-url.jpg")},
        {"id": 2, "sequenceId": "../../etc", "sequenceIndex": 1,
         "name": "/etc/passwd", "filepath": "../../../escape-path.jpg",
         "fileurl": format!("{uri}/img/a/b/{{{{sizeprefix}}}}/../../escape.jpg")},
        {"id": 3, "sequenceId": 77,
         "name": absolute, "imageProcUrl": format!("{uri}/img/3.jpg?name=../../x.jpg")},
        {"id": "../4", "sequenceId": 77, "sequenceIndex": 3,
         "fileurlProc": format!("{uri}/img/4.jpg")},
        {"id": 5, "sequenceId": 77, "sequenceIndex": 4, "name": "..",
         "fileurlProc": format!("{uri}/img/5.jpg")}
    ]);
    runtime.block_on(async {
        Mock::given(method("GET"))
            .and(path("/2.0/sequence/77"))
            .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
                "status": {"apiCode": 600},
                "result": {"data": {"id": 77, "countActivePhotos": 5}}
            })))
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(path("/2.0/photo/"))
            .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
                "status": {"apiCode": 600},
                "result": {"data": photos, "hasMoreData": false}
            })))
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(path_regex("^/img/"))
            .respond_with(
                ResponseTemplate::new(200)
                    .insert_header("Content-Type", "image/jpeg")
                    .insert_header(
                        "Content-Disposition",
                        "attachment; filename=\"../../escape-header.jpg\"",
                    )
                    .set_body_bytes(b"\xff\xd8hostile\xff\xd9".to_vec()),
            )
            .mount(&server)
            .await;
    });
    let run = kartaview(&[
        "--base-url",
        &uri,
        "--json",
        "download",
        "--sequence",
        "77",
        "--dir",
        &dir.to_string_lossy(),
    ]);
    run.ok();
    // Photo "../4" has no usable id and is not a photo at all; the others are named by numbers.
    assert_eq!(
        tree(&dir),
        ["2.jpg", "3.jpg", "77_00000.jpg", "77_00004.jpg"]
    );
    let mut expected = vec!["dl/".to_owned()];
    expected.extend(["2.jpg", "3.jpg", "77_00000.jpg", "77_00004.jpg"].map(|n| format!("dl/{n}")));
    assert_eq!(tree(&parent), expected, "nothing beside the directory");
    let grandparent = parent.parent().expect("grandparent");
    for name in [
        "escape-name.jpg",
        "escape-url.jpg",
        "escape-path.jpg",
        "escape.jpg",
        "escape-header.jpg",
        "x.jpg",
    ] {
        assert!(!grandparent.join(name).exists(), "{name}");
        assert!(!Path::new("/etc").join(name).exists(), "{name}");
    }
    assert!(!Path::new(absolute.as_ref()).exists());
    for name in ["2.jpg", "3.jpg", "77_00000.jpg", "77_00004.jpg"] {
        assert_eq!(
            std::fs::read(dir.join(name)).expect("image"),
            b"\xff\xd8hostile\xff\xd9"
        );
    }
}

/// The photos of video 5000005 as `kartaview photos` prints them: id → (lat, lng, heading,
/// shotDate).
fn photo_records() -> std::collections::HashMap<u64, serde_json::Value> {
    let run = kartaview(&["--mock", "--json", "photos", "--video", "5000005"]);
    run.ok();
    run.json_lines()
        .into_iter()
        .map(|p| (p["id"].as_u64().expect("id"), p))
        .collect()
}

/// The file without its APP1 Exif segment, found by a walk of this test's own.
fn outside_exif(jpeg: &[u8]) -> Vec<u8> {
    let mut at = 2;
    while at + 4 <= jpeg.len() && jpeg[at] == 0xFF && jpeg[at + 1] != 0xDA {
        let end = at + 2 + usize::from(u16::from_be_bytes([jpeg[at + 2], jpeg[at + 3]]));
        if jpeg[at + 1] == 0xE1 && jpeg[at + 4..].starts_with(b"Exif\0") {
            return [&jpeg[..at], &jpeg[end..]].concat();
        }
        at = end;
    }
    jpeg.to_vec()
}

#[test]
fn geotag_writes_exif_and_a_geojson() {
    use kartaview_ext::exif::kamadak_exif as exif;

    let parent = scratch("download-geotag");
    let (plain, tagged) = (parent.join("plain"), parent.join("tagged"));
    let run = |dir: &Path, geotag: bool| {
        let d = dir.to_string_lossy();
        let mut args = vec![
            "--mock",
            "--json",
            "download",
            "--video",
            "5000005",
            "--dir",
            &d,
            "--concurrency",
            "1",
        ];
        if geotag {
            args.push("--geotag");
        }
        let run = kartaview(&args);
        run.ok();
        run
    };
    run(&plain, false);
    let first = run(&tagged, true);
    snapshot!("geotag_json", first.stdout);
    let geojson = std::fs::read_to_string(tagged.join("download.geojson")).expect("geojson");
    snapshot!("geotag_geojson", geojson);
    let parsed: serde_json::Value = serde_json::from_str(&geojson).expect("GeoJSON is JSON");
    let features = parsed["features"].as_array().expect("features");
    assert_eq!(features.len(), 1 + 37, "the track and every file");

    let records = photo_records();
    let mut tagged_count = 0;
    for name in tree(&plain) {
        let original = std::fs::read(plain.join(&name)).expect("plain");
        let bytes = std::fs::read(tagged.join(&name)).expect("tagged");
        assert_eq!(
            outside_exif(&bytes),
            original,
            "{name}: image data untouched"
        );
        let index: u32 = name[5..10].parse().expect("index");
        let record = records
            .values()
            .find(|r| r["sequenceIndex"] == index)
            .expect("record");
        let Some(lat) = record["lat"].as_f64() else {
            assert_eq!(bytes, original, "{name}: no position, no change");
            continue;
        };
        tagged_count += 1;
        let read = exif::Reader::new()
            .read_from_container(&mut std::io::Cursor::new(&bytes))
            .expect("exif");
        let rationals = |tag| match &read.get_field(tag, exif::In::PRIMARY).expect("tag").value {
            exif::Value::Rational(v) => v.iter().map(|r| r.to_f64()).collect::<Vec<f64>>(),
            other => panic!("{other:?}"),
        };
        let dms = |v: Vec<f64>| v[0] + v[1] / 60.0 + v[2] / 3600.0;
        assert!((dms(rationals(exif::Tag::GPSLatitude)) - lat).abs() < 1e-7);
        let lng = record["lng"].as_f64().expect("lng");
        assert!((dms(rationals(exif::Tag::GPSLongitude)) - lng).abs() < 1e-7);
        match record["heading"].as_f64() {
            Some(heading) => {
                assert!((rationals(exif::Tag::GPSImgDirection)[0] - heading).abs() < 1e-4)
            }
            None => assert!(
                read.get_field(exif::Tag::GPSImgDirection, exif::In::PRIMARY)
                    .is_none()
            ),
        }
        let shot = record["shotDate"].as_str().expect("shotDate");
        let original_time = read
            .get_field(exif::Tag::DateTimeOriginal, exif::In::PRIMARY)
            .expect("DateTimeOriginal")
            .display_value()
            .to_string();
        // "2022-11-12T14:11:45Z" → "2022-11-12 14:11:45"
        assert_eq!(original_time, shot.replace('T', " ").trim_end_matches('Z'));
    }
    assert_eq!(tagged_count, 36);

    // A rerun downloads nothing, and the GeoJSON still lists every file.
    let again = run(&tagged, true);
    assert_eq!(summary(&again)["skipped"].as_u64(), Some(37));
    assert_eq!(
        std::fs::read_to_string(tagged.join("download.geojson")).expect("geojson"),
        geojson
    );
    assert_eq!(tree(&tagged).len(), 38, "37 images and download.geojson");
}

#[test]
fn exiftool_places_the_geotagged_images() {
    if kartaview_tests::reader("exiftool", &["-ver"]).is_none() {
        return;
    }
    let dir = scratch("download-geotag-exiftool");
    kartaview(&[
        "--mock",
        "download",
        "--video",
        "5000005",
        "--dir",
        &dir.to_string_lossy(),
        "--geotag",
    ])
    .ok();
    let output = std::process::Command::new("exiftool")
        .args(["-j", "-n", "-G1", "-ext", "jpg"])
        .args(["-Composite:GPSLatitude", "-Composite:GPSLongitude"])
        .args(["-GPS:GPSImgDirection", "-Composite:GPSDateTime"])
        .args(["-ExifIFD:DateTimeOriginal", "-ExifIFD:OffsetTimeOriginal"])
        .arg(&dir)
        .output()
        .expect("exiftool");
    let read: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).expect("json");
    assert_eq!(read.len(), 37);
    let records = photo_records();
    let mut placed = 0;
    for entry in read {
        let file = entry["SourceFile"].as_str().expect("file");
        let index: u32 = file[file.len() - 9..file.len() - 4].parse().expect("index");
        let record = records
            .values()
            .find(|r| r["sequenceIndex"] == index)
            .expect("record");
        let Some(lat) = record["lat"].as_f64() else {
            assert!(entry.get("Composite:GPSLatitude").is_none(), "{file}");
            continue;
        };
        placed += 1;
        let num = |key: &str| {
            entry[key]
                .as_f64()
                .unwrap_or_else(|| panic!("{file}: {key}"))
        };
        assert!((num("Composite:GPSLatitude") - lat).abs() < 1e-7, "{file}");
        assert!(
            (num("Composite:GPSLongitude") - record["lng"].as_f64().expect("lng")).abs() < 1e-7
        );
        match record["heading"].as_f64() {
            Some(heading) => assert!((num("GPS:GPSImgDirection") - heading).abs() < 1e-4),
            None => assert!(entry.get("GPS:GPSImgDirection").is_none(), "{file}"),
        }
        // exiftool's GPSDateTime: "2022:11:12 14:11:45Z"; the API's: "2022-11-12T14:11:45Z".
        let shot = record["shotDate"].as_str().expect("shotDate");
        assert_eq!(
            entry["Composite:GPSDateTime"]
                .as_str()
                .map(|t| t.replacen(':', "-", 2).replace(' ', "T")),
            Some(shot.to_owned())
        );
        assert_eq!(entry["ExifIFD:OffsetTimeOriginal"], "+00:00");
    }
    assert_eq!(placed, 36);
}

/// Without a usable certificate store the image client cannot be set up: one clear line, a
/// failure, and nothing written (`SSL_CERT_FILE` and `SSL_CERT_DIR` make the platform's roots
/// come from there alone).
#[test]
fn no_usable_tls_roots_is_one_clear_error() {
    let parent = scratch("download-no-roots");
    let dir = parent.join("imgs");
    let d = dir.to_string_lossy();
    let run = common::kartaview_with(
        &["--mock", "download", "--sequence", "1004", "--dir", &d],
        |command| {
            command
                .env("SSL_CERT_FILE", parent.join("no-such-roots.pem"))
                .env("SSL_CERT_DIR", parent.join("no-such-dir"));
        },
    );
    assert_eq!(run.code, Some(1), "stderr: {}", run.stderr);
    assert!(
        run.stderr.contains(
            "cannot set up TLS: caused by No CA certificates were loaded from the system"
        ),
        "stderr: {}",
        run.stderr
    );
    assert!(!run.stderr.contains("panic"), "stderr: {}", run.stderr);
    assert!(tree(&dir).is_empty(), "written: {:?}", tree(&dir));
}
