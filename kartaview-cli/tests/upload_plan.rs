//! `kartaview upload` on folder trees: `--dry-run` (table, `--json`, `--geojson`), one
//! sequence per folder against the fake, `--split-gap`, and the device name.

mod common;

use std::path::{Path, PathBuf};

use common::{Fake, kartaview, scratch};
use kartaview_ext::LatLng;
use kartaview_mock::Fault;
use kartaview_tests::{CameraExif, SentPhoto, assert_stored_content, camera_jpeg};

fn write(path: PathBuf, bytes: &[u8]) {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).expect("mkdir");
    }
    std::fs::write(path, bytes).expect("write");
}

fn day1_position(i: u32) -> LatLng {
    LatLng {
        lat: 46.77 + f64::from(i) * 1e-4,
        lng: 23.59,
    }
}

fn day2_position(i: u32) -> LatLng {
    LatLng {
        lat: 46.78,
        lng: 23.60 + f64::from(i) * 1e-4,
    }
}

/// `day1`: three Canon photos with local time and offset, one without GPS; `day2`: three
/// GoPro photos, two with GPS time and one with local time only; `notes`: no JPEG; a hidden
/// folder with a photo.
fn trip(name: &str) -> PathBuf {
    let root = scratch(name);
    for i in 0..3 {
        let time = format!("2026:05:01 12:00:{i:02}");
        write(
            root.join(format!("day1/IMG_{i:04}.jpg")),
            &camera_jpeg(&CameraExif {
                position: Some(day1_position(i)),
                local_time: Some(&time),
                offset: Some("+02:00"),
                heading: Some(90.0),
                make: Some("Canon"),
                model: Some("Canon EOS 5D"),
                ..CameraExif::default()
            }),
        );
    }
    write(
        root.join("day1/no-gps.jpg"),
        &camera_jpeg(&CameraExif {
            local_time: Some("2026:05:01 12:00:03"),
            ..CameraExif::default()
        }),
    );
    for i in 0..2 {
        let time = format!("2026:05:02 08:00:{i:02}");
        write(
            root.join(format!("day2/GOPR{i:04}.jpg")),
            &camera_jpeg(&CameraExif {
                position: Some(day2_position(i)),
                gps_time: Some(&time),
                make: Some("GoPro"),
                model: Some("HERO9 Black"),
                ..CameraExif::default()
            }),
        );
    }
    write(
        root.join("day2/GOPR0002.jpg"),
        &camera_jpeg(&CameraExif {
            position: Some(day2_position(2)),
            local_time: Some("2026:05:02 08:00:05"),
            make: Some("GoPro"),
            model: Some("HERO9 Black"),
            ..CameraExif::default()
        }),
    );
    write(root.join("notes/readme.txt"), b"not a photo");
    write(
        root.join(".thumbs/IMG_9999.jpg"),
        &camera_jpeg(&CameraExif {
            position: Some(day1_position(9)),
            ..CameraExif::default()
        }),
    );
    root
}

/// What the fake should hold for a photo the test wrote under `root`: the file's bytes and the
/// position, UTC capture time (`YYYY-MM-DD HH:MM:SS`) and heading the test put in its EXIF.
fn sent(
    root: &Path,
    index: u32,
    file: &str,
    position: LatLng,
    utc: &str,
    heading: Option<f64>,
) -> SentPhoto {
    SentPhoto {
        index,
        file_name: file.to_owned(),
        bytes: std::fs::read(root.join(file)).expect("a photo the test wrote"),
        position,
        taken: Some(
            chrono::NaiveDateTime::parse_from_str(utc, "%Y-%m-%d %H:%M:%S").expect("a UTC time"),
        ),
        heading,
    }
}

/// The sequences [`trip`] makes, in capture order: `day1` (local time at +02:00, so two hours
/// earlier in UTC) and `day2` (GPS time, and for `GOPR0002` a local time without offset, which
/// is sent as written).
fn trip_sent(root: &Path) -> [Vec<SentPhoto>; 2] {
    let day1 = (0..3)
        .map(|i| {
            let file = format!("day1/IMG_{i:04}.jpg");
            let utc = format!("2026-05-01 10:00:{i:02}");
            sent(root, i, &file, day1_position(i), &utc, Some(90.0))
        })
        .collect();
    let day2 = [
        ("day2/GOPR0000.jpg", "2026-05-02 08:00:00"),
        ("day2/GOPR0001.jpg", "2026-05-02 08:00:01"),
        ("day2/GOPR0002.jpg", "2026-05-02 08:00:05"),
    ]
    .iter()
    .zip(0..)
    .map(|((file, utc), i)| sent(root, i, file, day2_position(i), utc, None))
    .collect();
    [day1, day2]
}

fn path(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

#[test]
fn dry_run_table_sends_nothing() {
    let fake = Fake::start();
    let root = trip("plan-table");
    let run = kartaview(&[
        "--base-url",
        &fake.base_url(),
        "upload",
        "--dry-run",
        path(&root),
    ]);
    run.ok();
    snapshot!("dry_run_table", run.stdout);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    assert!(fake.mock.requests().is_empty(), "a dry run sends nothing");
    assert!(
        common::tree(&root)
            .iter()
            .all(|p| !p.contains(".kartaview")),
        "a dry run writes nothing beside the photos"
    );
}

/// The JSON lines with `lat`/`lng` rounded to 1e-9°, keys in place: what the snapshot shows
/// stays the same whichever exact sum of degrees, minutes and seconds the EXIF reader makes.
fn rounded_coordinates(stdout: &str) -> String {
    let mut out = String::new();
    for line in stdout.lines() {
        let mut rest = line;
        while let Some(at) = ["\"lat\":", "\"lng\":"]
            .iter()
            .filter_map(|key| rest.find(key).map(|i| i + key.len()))
            .min()
        {
            let (head, tail) = rest.split_at(at);
            let end = tail
                .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
                .unwrap_or(tail.len());
            out.push_str(head);
            match tail[..end].parse::<f64>() {
                Ok(v) => out.push_str(&((v * 1e9).round() / 1e9).to_string()),
                Err(_) => out.push_str(&tail[..end]),
            }
            rest = &tail[end..];
        }
        out.push_str(rest);
        out.push('\n');
    }
    out
}

#[test]
fn dry_run_json_lines() {
    let root = trip("plan-json");
    let run = kartaview(&["--json", "upload", "--dry-run", path(&root)]);
    run.ok();
    snapshot!("dry_run_json", rounded_coordinates(&run.stdout));
    let lines = run.json_lines();
    let records = |name: &str| lines.iter().filter(|l| l["type"] == name).count();
    assert_eq!(
        (
            records("skipped"),
            records("plannedSequence"),
            records("plannedPhoto"),
            records("summary")
        ),
        (1, 2, 6, 1)
    );
    let total = lines.last().expect("total");
    assert_eq!(
        (&total["sequences"], &total["photos"], &total["skipped"]),
        (&2.into(), &6.into(), &1.into())
    );
    let sources: Vec<&str> = lines
        .iter()
        .filter(|l| l["type"] == "plannedPhoto")
        .filter_map(|l| l["timeSource"].as_str())
        .collect();
    assert_eq!(
        sources,
        [
            "offsetTime",
            "offsetTime",
            "offsetTime",
            "gps",
            "gps",
            "localTime"
        ]
    );
}

#[test]
fn dry_run_geojson_has_a_track_per_sequence_and_a_point_per_photo() {
    let root = trip("plan-geojson");
    let map = root.join("plan.geojson");
    let run = kartaview(&[
        "--json",
        "upload",
        "--dry-run",
        path(&root),
        "--geojson",
        path(&map),
    ]);
    run.ok();
    let written = &run.json_lines()[0];
    assert_eq!(written["type"], "written");
    assert_eq!(written["format"], "geojson");
    let body = std::fs::read(&map).expect("the GeoJSON file");
    assert_eq!(written["bytes"], body.len());
    let doc: serde_json::Value = serde_json::from_slice(&body).expect("GeoJSON is JSON");
    assert_eq!(doc["type"], "FeatureCollection");
    let features = doc["features"].as_array().expect("features");
    let of_type = |t: &str| -> Vec<&serde_json::Value> {
        features
            .iter()
            .filter(|f| f["geometry"]["type"] == t)
            .collect()
    };
    let close = |c: &serde_json::Value, at: LatLng| {
        let (lng, lat) = (c[0].as_f64().expect("lng"), c[1].as_f64().expect("lat"));
        (lng - at.lng).abs() < 1e-6 && (lat - at.lat).abs() < 1e-6
    };
    let tracks = of_type("LineString");
    assert_eq!(tracks.len(), 2);
    let expected = [
        (0..3).map(day1_position).collect::<Vec<_>>(),
        (0..3).map(day2_position).collect(),
    ];
    for (track, positions) in tracks.iter().zip(&expected) {
        let coordinates = track["geometry"]["coordinates"].as_array().expect("line");
        assert_eq!(coordinates.len(), positions.len());
        for (c, at) in coordinates.iter().zip(positions) {
            assert!(close(c, *at), "{c} is not {at:?}");
        }
    }
    assert_eq!(tracks[0]["properties"]["deviceName"], "Canon EOS 5D");
    assert_eq!(tracks[1]["properties"]["deviceName"], "GoPro HERO9 Black");
    let points = of_type("Point");
    assert_eq!(points.len(), 6);
    for (point, at) in points.iter().zip(expected.iter().flatten()) {
        assert!(close(&point["geometry"]["coordinates"], *at));
        assert_eq!(point["properties"]["kind"], "photo");
    }
    assert_eq!(points[3]["properties"]["timeSource"], "gps");
    assert_eq!(points[3]["properties"]["sequenceIndex"], 0);
    assert_eq!(points[3]["properties"]["sequence"], 2);
    assert_eq!(points[0]["properties"]["shotDate"], "2026-05-01T10:00:00Z");
    assert_eq!(points[0]["properties"]["heading"], 90.0);
}

/// The upload's own lines, without the per-photo `stored` events (their order varies).
fn summary_lines(stdout: &str) -> String {
    stdout
        .lines()
        .filter(|l| !l.contains("\"event\":\"stored\""))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_tree_uploads_a_sequence_per_folder_and_resumes() {
    let fake = Fake::start();
    let root = trip("plan-tree");
    let base = fake.base_url();
    let args = [
        "--base-url",
        &base,
        "--token",
        fake.mock.token(),
        "--json",
        "upload",
        path(&root),
    ];
    let first = kartaview(&args);
    first.ok();
    snapshot!("tree_json", summary_lines(&first.stdout));
    let state = fake.mock.state();
    let created: Vec<_> = state.sequences.iter().filter(|s| !s.seeded).collect();
    assert_eq!(created.len(), 2, "one sequence per folder with photos");
    for (sequence, sent) in created.iter().zip(trip_sent(&root)) {
        assert_stored_content(&state, sequence.id, &sent);
        assert_eq!(state.finished_calls(sequence.id), 1);
    }
    // The device name reaches the server in the create form.
    let names: Vec<String> = fake
        .mock
        .requests()
        .iter()
        .filter(|r| r.method == "POST" && r.path == "/1.0/sequence/")
        .filter_map(|r| {
            // A form body is a query string.
            let form = reqwest::Url::parse(&format!("http://form/?{}", r.body_text())).ok()?;
            form.query_pairs()
                .find(|(k, _)| k == "deviceName")
                .map(|(_, v)| v.into_owned())
        })
        .collect();
    assert_eq!(names, ["Canon EOS 5D", "GoPro HERO9 Black"]);
    assert_eq!(
        created
            .iter()
            .map(|s| s.device_name.as_deref())
            .collect::<Vec<_>>(),
        [Some("Canon EOS 5D"), Some("GoPro HERO9 Black")]
    );
    let files = common::tree(&root);
    for expected in [
        "day1/.kartaview-upload.json",
        "day1/.kartaview-upload-plan.json",
        "day2/.kartaview-upload.json",
    ] {
        assert!(files.iter().any(|f| f == expected), "{expected}: {files:?}");
    }

    fake.mock.clear_requests();
    let again = kartaview(&[
        "--base-url",
        &base,
        "--token",
        fake.mock.token(),
        "upload",
        path(&root),
    ]);
    again.ok();
    snapshot!("tree_rerun_table", again.stdout);
    assert!(
        fake.mock
            .requests()
            .iter()
            .all(|r| r.method != "POST" || !r.path.starts_with("/1.0/")),
        "a rerun uploads nothing and creates nothing"
    );
    assert_eq!(
        fake.mock
            .state()
            .sequences
            .iter()
            .filter(|s| !s.seeded)
            .count(),
        2
    );
}

/// Photos of one folder: three a second apart, then two 20 minutes later.
fn two_runs(name: &str) -> PathBuf {
    let root = scratch(name);
    for (i, time) in ["10:00:00", "10:00:01", "10:00:02", "10:20:00", "10:20:01"]
        .iter()
        .enumerate()
    {
        let i = u32::try_from(i).expect("small");
        write(
            root.join(format!("IMG_{i:04}.jpg")),
            &camera_jpeg(&CameraExif {
                position: Some(day1_position(i)),
                gps_time: Some(&format!("2026:05:01 {time}")),
                ..CameraExif::default()
            }),
        );
    }
    root
}

#[test]
fn split_gap_makes_two_sequences_and_reruns_map_to_the_same_state() {
    let fake = Fake::start();
    let root = two_runs("plan-split");
    let base = fake.base_url();
    let upload = |extra: &[&str]| {
        let mut args = vec![
            "--base-url",
            &base,
            "--token",
            fake.mock.token(),
            "upload",
            path(&root),
        ];
        args.extend_from_slice(extra);
        kartaview(&args)
    };
    let first = upload(&["--split-gap", "5m", "--device-name", "My rig"]);
    first.ok();
    snapshot!("split_table", first.stdout);
    let state = fake.mock.state();
    let created: Vec<_> = state.sequences.iter().filter(|s| !s.seeded).collect();
    assert_eq!(created.len(), 2);
    let sent: Vec<SentPhoto> = ["10:00:00", "10:00:01", "10:00:02", "10:20:00", "10:20:01"]
        .iter()
        .zip(0..)
        .map(|(time, i)| {
            let file = format!("IMG_{i:04}.jpg");
            let utc = format!("2026-05-01 {time}");
            sent(&root, i, &file, day1_position(i), &utc, None)
        })
        .collect();
    let mut second = sent[3..].to_vec();
    for (photo, index) in second.iter_mut().zip(0..) {
        photo.index = index;
    }
    assert_stored_content(&state, created[0].id, &sent[..3]);
    assert_stored_content(&state, created[1].id, &second);
    assert!(
        created
            .iter()
            .all(|s| s.device_name.as_deref() == Some("My rig"))
    );
    let files = common::tree(&root);
    assert!(files.contains(&".kartaview-upload.json".to_owned()));
    assert!(files.contains(&".kartaview-upload.20260501T102000Z.json".to_owned()));

    fake.mock.clear_requests();
    let again = upload(&["--split-gap", "300s", "--json"]);
    again.ok();
    let summaries: Vec<_> = again
        .json_lines()
        .into_iter()
        .filter(|l| l["type"] == "sequenceSummary")
        .collect();
    assert_eq!(summaries.len(), 2);
    for (summary, created) in summaries.iter().zip(&created) {
        assert_eq!(summary["sequenceId"], created.id);
        assert_eq!(
            (&summary["uploaded"], &summary["finished"]),
            (&0.into(), &true.into())
        );
    }

    // Another gap would put photos of the second sequence into the first.
    fake.mock.clear_requests();
    for extra in [&["--split-gap", "30m"][..], &[]] {
        let refused = upload(extra);
        let line = refused.one_error_line();
        assert!(
            line.contains("IMG_0003.jpg went into the sequence of .kartaview-upload.20260501T102000Z.json on an earlier run")
                && line.contains("the split changed"),
            "{line}"
        );
    }
    let dry = kartaview(&["upload", "--dry-run", path(&root)]);
    assert_eq!(
        dry.code,
        Some(1),
        "the dry run shows the plan and refuses it too"
    );
    assert!(dry.stdout.contains("dry run: 1 sequence, 5 photos"));
    assert!(fake.mock.requests().is_empty(), "nothing was sent");
}

#[test]
fn one_failed_sequence_does_not_stop_the_others() {
    let fake = Fake::start();
    let root = trip("plan-failure");
    let base = fake.base_url();
    // The first sequence's create request is refused; the second goes through.
    fake.mock
        .push_fault(Fault::status(400).on("POST", "/1.0/sequence/"));
    let args = [
        "--base-url",
        &base,
        "--token",
        fake.mock.token(),
        "upload",
        path(&root),
    ];
    let run = kartaview(&args);
    assert_eq!(run.code, Some(1));
    snapshot!("failure_table", run.stdout);
    let stderr: Vec<&str> = run.stderr.lines().collect();
    assert!(
        stderr
            .iter()
            .any(|l| l.starts_with("warning: upload of ") && l.contains("day1")),
        "{}",
        run.stderr
    );
    let last = stderr.last().expect("an error line");
    assert!(
        last.starts_with("error: 1 of 2 sequences did not finish (the others did; run the same command again to resume); the first: upload of ")
            && last.contains("day1"),
        "{last}"
    );
    let state = fake.mock.state();
    let created: Vec<_> = state.sequences.iter().filter(|s| !s.seeded).collect();
    assert_eq!(created.len(), 1, "day2 was uploaded");
    assert_eq!(state.finished_calls(created[0].id), 1);

    kartaview(&args).ok();
    let state = fake.mock.state();
    let created: Vec<_> = state.sequences.iter().filter(|s| !s.seeded).collect();
    assert_eq!(created.len(), 2, "the rerun uploads day1 only");
    assert!(created.iter().all(|s| state.finished_calls(s.id) == 1));
    let [day1, day2] = trip_sent(&root);
    assert_stored_content(&state, created[0].id, &day2);
    assert_stored_content(&state, created[1].id, &day1);
}

#[test]
fn state_is_for_one_sequence_only() {
    let root = trip("plan-state");
    let run = kartaview(&[
        "upload",
        "--dry-run",
        path(&root),
        "--state",
        path(&root.join("state.json")),
    ]);
    let line = run.one_error_line();
    assert!(
        line.contains("--state keeps the progress of one sequence")
            && line.contains("makes 2 sequences"),
        "{line}"
    );
    let bad_gap = kartaview(&["upload", "--dry-run", path(&root), "--split-gap", "soon"]);
    assert_eq!(bad_gap.code, Some(2), "{}", bad_gap.stderr);
    assert!(
        bad_gap.stderr.contains("try 90s, 5m or 1h"),
        "{}",
        bad_gap.stderr
    );
}

#[test]
fn dry_run_says_which_positions_come_from_the_track() {
    let root = scratch("plan-gpx");
    write(
        root.join("IMG_0000.jpg"),
        &camera_jpeg(&CameraExif {
            local_time: Some("2026:05:01 10:00:05"),
            ..CameraExif::default()
        }),
    );
    write(
        root.join("IMG_0001.jpg"),
        &camera_jpeg(&CameraExif {
            position: Some(day1_position(1)),
            local_time: Some("2026:05:01 10:00:06"),
            ..CameraExif::default()
        }),
    );
    let track = root.join("track.gpx");
    write(
        track.clone(),
        br#"<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>
<trkpt lat="46.0" lon="23.0"><time>2026-05-01T10:00:00Z</time></trkpt>
<trkpt lat="46.001" lon="23.002"><time>2026-05-01T10:00:10Z</time></trkpt>
</trkseg></trk></gpx>"#,
    );
    let run = kartaview(&[
        "--json",
        "upload",
        "--dry-run",
        path(&root),
        "--gpx",
        path(&track),
    ]);
    run.ok();
    let photos: Vec<_> = run
        .json_lines()
        .into_iter()
        .filter(|l| l["type"] == "plannedPhoto")
        .collect();
    assert_eq!(photos.len(), 2);
    assert_eq!(photos[0]["positionSource"], "gpx");
    assert_eq!(photos[0]["timeSource"], "localTime");
    // Halfway between the two track points.
    let (lat, lng) = (
        photos[0]["lat"].as_f64().expect("lat"),
        photos[0]["lng"].as_f64().expect("lng"),
    );
    assert!((lat - 46.0005).abs() < 1e-9 && (lng - 23.001).abs() < 1e-9);
    assert_eq!(photos[1]["positionSource"], "exif");
}
