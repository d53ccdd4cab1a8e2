//! `kartaview sequences --user/--bbox`, `photos --bbox` and `download --user` against the fake:
//! stdout snapshotted, requests counted.

mod common;

use common::{Fake, kartaview, scratch, tree};

#[test]
fn a_users_sequences_by_name_as_a_table_and_as_json() {
    let table = kartaview(&["--mock", "sequences", "--user", "area-mapper"]);
    table.ok();
    assert_eq!(table.stderr, "");
    snapshot!("sequences_user_table", table.stdout);

    let json = kartaview(&["--mock", "--json", "sequences", "--user", "area-mapper"]);
    json.ok();
    let lines = json.json_lines();
    let ids: Vec<u64> = lines
        .iter()
        .map(|l| l["id"].as_u64().expect("id"))
        .collect();
    assert_eq!(ids, [1104, 1103, 1102, 1101]);
    assert!(lines.iter().all(|l| l["type"] == "sequence"));
    assert!(
        json.stdout.starts_with("{\"type\":\"sequence\","),
        "{}",
        json.stdout
    );
    snapshot!("sequences_user_json", json.stdout);

    // The same user by id (each run has its own port, in the metadata URLs).
    let by_id = kartaview(&["--mock", "--json", "sequences", "--user", "44"]);
    by_id.ok();
    let without_urls = |run: &common::Run| {
        let mut lines = run.json_lines();
        for line in &mut lines {
            line.as_object_mut().expect("object").remove("metadataUrl");
        }
        lines
    };
    assert_eq!(without_urls(&by_id), without_urls(&json));
}

#[test]
fn sequences_in_an_area_between_two_days() {
    let run = kartaview(&[
        "--mock",
        "sequences",
        "--bbox",
        "46.785,23.530,46.815,23.590",
        "--from",
        "2023-05-20",
        "--to",
        "2023-06-11",
    ]);
    run.ok();
    snapshot!("sequences_bbox_dates_table", run.stdout);
}

#[test]
fn bad_users_dates_and_boxes_get_one_clear_line() {
    let unknown = kartaview(&["--mock", "sequences", "--user", "nobody-here"]);
    assert_eq!(
        unknown.one_error_line(),
        "error: user nobody-here: invalid request: no KartaView user is named \"nobody-here\""
    );
    let reversed = kartaview(&[
        "--mock",
        "sequences",
        "--user",
        "44",
        "--from",
        "2023-06-01",
        "--to",
        "2023-05-01",
    ]);
    assert_eq!(
        reversed.one_error_line(),
        "error: --from/--to: invalid request: the first day 2023-06-01 is after the last day 2023-05-01"
    );
    let not_a_date = kartaview(&["--mock", "photos", "--bbox", "1,2,3,4", "--to", "May 1st"]);
    assert_eq!(
        not_a_date.one_error_line(),
        "error: --from/--to: invalid request: \"May 1st\" is not a date YYYY-MM-DD"
    );
    let limit_alone = kartaview(&["--mock", "photos", "--sequence", "1004", "--limit", "3"]);
    assert_eq!(
        limit_alone.one_error_line(),
        "error: --from, --to and --limit go with --bbox"
    );
    // Refused by the argument parser (exit 2), before anything is sent.
    let three = kartaview(&["--mock", "photos", "--bbox", "46.7,23.5,46.8"]);
    assert_eq!(three.code, Some(2));
    assert!(
        three.stderr.contains(
            "\"46.7,23.5,46.8\" is not S,W,N,E: give four numbers (south, west, north, east) separated by commas"
        ),
        "{}",
        three.stderr
    );
    let upside_down = kartaview(&["--mock", "sequences", "--bbox", "46.8,23.5,46.7,23.6"]);
    assert_eq!(upside_down.code, Some(2));
    assert!(
        upside_down
            .stderr
            .contains("the south edge 46.8 must be below the north edge 46.7"),
        "{}",
        upside_down.stderr
    );
    let neither = kartaview(&["--mock", "sequences"]);
    assert_eq!(neither.code, Some(2));
    assert!(neither.stderr.contains("--user"), "{}", neither.stderr);
}

#[test]
fn photos_in_an_area_on_one_day_as_a_table_and_as_json() {
    let args = [
        "photos",
        "--bbox",
        "46.785,23.530,46.815,23.590",
        "--from",
        "2023-05-20",
        "--to",
        "2023-05-20",
        "--limit",
        "6",
    ];
    let table = kartaview(&[&["--mock"], &args[..]].concat());
    table.ok();
    snapshot!("photos_bbox_table", table.stdout);

    let json = kartaview(&[&["--mock", "--json"], &args[..]].concat());
    json.ok();
    let lines = json.json_lines();
    assert_eq!(lines.len(), 6);
    for line in &lines {
        let lat = line["lat"].as_f64().expect("lat");
        let lng = line["lng"].as_f64().expect("lng");
        assert!((46.785..=46.815).contains(&lat) && (23.530..=23.590).contains(&lng));
        assert!(
            line["shotDate"]
                .as_str()
                .is_some_and(|d| d.starts_with("2023-05-20T"))
        );
    }
    snapshot!("photos_bbox_json", json.stdout);
}

#[test]
fn a_whole_area_lists_every_photo_once() {
    let run = kartaview(&[
        "--mock",
        "--json",
        "photos",
        "--bbox",
        "46.785,23.530,46.815,23.590",
    ]);
    run.ok();
    let ids: Vec<u64> = run
        .json_lines()
        .iter()
        .map(|l| l["id"].as_u64().expect("id"))
        .collect();
    let unique: std::collections::HashSet<u64> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len());
    // kartaview_mock::AREA_PHOTOS, less the one photo without a position per sequence.
    assert_eq!(
        ids.len(),
        kartaview_mock::AREA_PHOTOS - kartaview_mock::AREA_SEQUENCES.len()
    );
}

#[test]
fn a_users_download_has_a_folder_per_sequence_and_a_rerun_fetches_nothing() {
    let fake = Fake::start();
    let base = fake.base_url();
    let dir = scratch("download-user");
    let d = dir.to_string_lossy();
    let args = [
        "--base-url",
        &base,
        "--json",
        "download",
        "--user",
        "area-mapper",
        "--dir",
        &d,
    ];
    let first = kartaview(&args);
    first.ok();
    let lines = first.json_lines();
    let summary = lines.last().expect("summary");
    assert_eq!(summary["type"], "summary");
    assert_eq!(
        (
            summary["sequences"].as_u64(),
            summary["photos"].as_u64(),
            summary["downloaded"].as_u64(),
            summary["skipped"].as_u64(),
            summary["failed"].as_u64(),
        ),
        (Some(4), Some(180), Some(180), Some(0), Some(0))
    );
    let mut expected = Vec::new();
    for (sequence, photos) in [(1101, 40), (1102, 60), (1103, 50), (1104, 30)] {
        expected.push(format!("{sequence}/"));
        expected.extend((0..photos).map(|i| format!("{sequence}/{sequence}_{i:05}.jpg")));
    }
    expected.sort();
    assert_eq!(tree(&dir), expected);
    assert_eq!(fake.mock.image_requests().len(), 180);
    // The username, the sequence list, one photo page per sequence.
    let paths = fake.request_paths();
    assert_eq!(
        paths,
        [
            "/1.0/user/details/",
            "/2.0/sequence/",
            "/2.0/photo/",
            "/2.0/photo/",
            "/2.0/photo/",
            "/2.0/photo/"
        ]
    );

    fake.mock.clear_requests();
    let again = kartaview(&args);
    again.ok();
    let lines = again.json_lines();
    let summary = lines.last().expect("summary");
    assert_eq!(
        (summary["downloaded"].as_u64(), summary["skipped"].as_u64()),
        (Some(0), Some(180))
    );
    assert!(fake.mock.image_requests().is_empty());
    assert_eq!(fake.mock.requests().len(), 6);
    assert_eq!(tree(&dir), expected);

    // A missing image is the only one fetched again.
    std::fs::remove_file(dir.join("1103").join("1103_00007.jpg")).expect("remove");
    fake.mock.clear_requests();
    let human = kartaview(&["--base-url", &base, "download", "--user", "44", "--dir", &d]);
    human.ok();
    assert_eq!(fake.mock.image_requests().len(), 1);
    assert_eq!(tree(&dir), expected);
    snapshot!("download_user_human", human.stdout);
}
