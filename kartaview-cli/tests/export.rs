//! `kartaview export`: files that QGIS, JOSM and geojson.io open.

mod common;

use common::{kartaview, scratch};

fn export(format: &str, which: &[&str]) -> common::Run {
    let mut args = vec!["--mock", "export", "--format", format];
    args.extend_from_slice(which);
    let run = kartaview(&args);
    run.ok();
    run
}

#[test]
fn geojson_is_a_feature_collection_in_lng_lat_order() {
    let run = export("geojson", &["--sequence", "1001"]);
    let doc: serde_json::Value = serde_json::from_str(&run.stdout).expect("valid JSON");
    assert_eq!(doc["type"], "FeatureCollection");
    let features = doc["features"].as_array().expect("features");
    // 237 photos, 3 without a fix (indexes 13, 110, 207): 234 points and the track.
    assert_eq!(features.len(), 235);
    let track = &features[0];
    assert_eq!(track["type"], "Feature");
    assert_eq!(track["geometry"]["type"], "LineString");
    assert_eq!(track["properties"]["kind"], "track");
    assert_eq!(track["properties"]["sequenceId"], 1001);
    assert_eq!(
        track["geometry"]["coordinates"]
            .as_array()
            .expect("line")
            .len(),
        234
    );
    for point in &features[1..] {
        assert_eq!(point["type"], "Feature");
        assert_eq!(point["geometry"]["type"], "Point");
        let c = point["geometry"]["coordinates"]
            .as_array()
            .expect("position");
        let p = &point["properties"];
        assert_eq!(p["kind"], "photo");
        assert_eq!(c[0], p["lng"], "longitude first");
        assert_eq!(c[1], p["lat"]);
        assert_eq!(point["id"], p["id"]);
        assert!(p["imageUrl"].is_string());
    }
    assert_eq!(
        run.stderr,
        "note: 3 photos have no GPS position: left out of the geometry\n"
    );
    assert_eq!(
        features[1]["properties"]["shotDate"], "2022-11-12T14:08:25Z",
        "ISO 8601 UTC"
    );
}

#[test]
fn geojson_of_a_video_to_a_file() {
    let dir = scratch("export-geojson");
    let file = dir.join("video.geojson");
    let run = kartaview(&[
        "--mock",
        "--json",
        "export",
        "--video",
        "5000002",
        "--format",
        "geojson",
        "-o",
        &file.to_string_lossy(),
    ]);
    run.ok();
    let written = &run.json_lines()[0];
    assert_eq!(written["type"], "written");
    assert_eq!(written["photos"], 50);
    let doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).expect("file")).expect("valid JSON");
    assert_eq!(doc["features"].as_array().expect("features").len(), 51);
    assert_eq!(
        written["bytes"].as_u64(),
        std::fs::metadata(&file).ok().map(|m| m.len())
    );
}

/// A minimal XML reader: checks nesting and quoting and returns the element paths in order.
fn xml_elements(text: &str) -> Vec<String> {
    let mut stack: Vec<String> = Vec::new();
    let mut seen = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('<') {
        let between = &rest[..start];
        assert!(!between.contains(['<', '>']), "stray markup: {between}");
        assert!(
            between
                .split('&')
                .skip(1)
                .all(|s| ["amp;", "lt;", "gt;", "quot;", "apos;"]
                    .iter()
                    .any(|e| s.starts_with(e))),
            "unescaped &: {between}"
        );
        let end = rest[start..].find('>').expect("unclosed tag") + start;
        let tag = &rest[start + 1..end];
        rest = &rest[end + 1..];
        if tag.starts_with('?') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(stack.pop().as_deref(), Some(name), "mismatched </{name}>");
            continue;
        }
        assert_eq!(tag.matches('"').count() % 2, 0, "unbalanced quotes: {tag}");
        let name = tag
            .split_whitespace()
            .next()
            .expect("name")
            .trim_end_matches('/');
        stack.push(name.to_owned());
        seen.push(stack.join("/"));
        if tag.ends_with('/') {
            stack.pop();
        }
    }
    assert!(stack.is_empty(), "unclosed: {stack:?}");
    assert!(rest.trim().is_empty());
    seen
}

#[test]
fn gpx_is_well_formed_with_waypoints_and_a_timed_track() {
    let run = export("gpx", &["--sequence", "1001"]);
    let gpx = &run.stdout;
    assert!(gpx.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\""));
    assert!(gpx.contains("xmlns=\"http://www.topografix.com/GPX/1/1\""));
    let elements = xml_elements(gpx);
    let count = |path: &str| elements.iter().filter(|e| *e == path).count();
    assert_eq!(count("gpx"), 1);
    assert_eq!(count("gpx/wpt"), 234);
    assert_eq!(count("gpx/trk/trkseg/trkpt"), 234);
    // Three photos have no shot date (indexes 7, 96, 185): their points carry no time.
    assert_eq!(count("gpx/wpt/time"), 231);
    assert_eq!(count("gpx/trk/trkseg/trkpt/time"), 231);
    // GPX 1.1 order: metadata, waypoints, then the track.
    let first_wpt = elements.iter().position(|e| e == "gpx/wpt");
    let trk = elements.iter().position(|e| e == "gpx/trk");
    assert_eq!(elements[..2], ["gpx", "gpx/metadata"]);
    assert!(first_wpt < trk);
}

#[test]
fn gpx_of_a_video_snapshot() {
    let run = export("gpx", &["--video", "5000005"]);
    xml_elements(&run.stdout);
    let head: Vec<&str> = run.stdout.lines().take(14).collect();
    let tail: Vec<&str> = run
        .stdout
        .lines()
        .rev()
        .take(6)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    snapshot!(
        "gpx_video_head_tail",
        format!("{}\n...\n{}", head.join("\n"), tail.join("\n"))
    );
}

#[test]
fn csv_has_a_header_and_a_row_per_photo() {
    let dir = scratch("export-csv");
    let file = dir.join("photos.csv");
    let run = kartaview(&[
        "--mock",
        "export",
        "--sequence",
        "1001",
        "--format",
        "csv",
        "-o",
        &file.to_string_lossy(),
    ]);
    run.ok();
    assert_eq!(
        run.stderr,
        "note: 3 photos have no GPS position (empty lat and lng)\n"
    );
    snapshot!("csv_written_human", run.stdout);
    let text = std::fs::read_to_string(&file).expect("csv");
    let rows: Vec<&str> = text.split_terminator("\r\n").collect();
    assert_eq!(
        rows[0],
        "id,sequenceId,sequenceIndex,videoId,videoIndex,lat,lng,heading,shotDate,width,height,imageUrl"
    );
    assert_eq!(rows.len(), 1 + 237);
    assert!(
        rows.iter().all(|r| r.split(',').count() == 12),
        "no quoting needed here"
    );
    assert!(
        rows[14].starts_with("100000014,1001,13,5000001,0,,,"),
        "{}",
        rows[14]
    );
}

/// One record behind every format: each CSV cell is the `--json` value of the same photo, read
/// back by a JSON parser (the same number or text, `null` as an empty cell), and the
/// GeoJSON properties are the `--json` object with its `kind`.
#[test]
fn csv_geojson_and_json_show_the_same_photo_fields() {
    let fake = common::Fake::start();
    let base_url = fake.base_url();
    let run = |args: &[&str]| {
        let mut all = vec!["--base-url", base_url.as_str()];
        all.extend_from_slice(args);
        let run = kartaview(&all);
        run.ok();
        run
    };
    let json = run(&["--json", "photos", "--sequence", "1001"]).json_lines();
    let csv = run(&["export", "--sequence", "1001", "--format", "csv"]).stdout;
    let mut rows = csv.split_terminator("\r\n");
    let header: Vec<&str> = rows.next().expect("header").split(',').collect();
    let rows: Vec<&str> = rows.collect();
    assert_eq!(rows.len(), json.len());
    for (row, object) in rows.iter().zip(&json) {
        let object = object.as_object().expect("a JSON object");
        assert_eq!(object["type"], "photo");
        // The parser keeps keys sorted; their order is the snapshots' business. The line's
        // `type` is no column.
        let mut keys: Vec<&str> = object
            .keys()
            .map(String::as_str)
            .filter(|k| *k != "type")
            .collect();
        let mut columns = header.clone();
        keys.sort_unstable();
        columns.sort_unstable();
        assert_eq!(keys, columns);
        for (cell, key) in row.split(',').zip(&header) {
            match &object[*key] {
                serde_json::Value::Null => assert_eq!(cell, "", "{key} in {row}"),
                serde_json::Value::String(text) => assert_eq!(cell, text, "{key} in {row}"),
                // The same number, whatever its spelling (CSV writes 241.0 as 241).
                number => assert_eq!(cell.parse::<f64>().ok(), number.as_f64(), "{key} in {row}"),
            }
        }
    }
    let geojson = run(&["export", "--sequence", "1001", "--format", "geojson"]).stdout;
    let doc: serde_json::Value = serde_json::from_str(&geojson).expect("GeoJSON");
    let points: Vec<&serde_json::Value> = doc["features"]
        .as_array()
        .expect("features")
        .iter()
        .filter(|f| f["properties"]["kind"] == "photo")
        .collect();
    let located: Vec<&serde_json::Value> = json.iter().filter(|p| !p["lat"].is_null()).collect();
    assert_eq!(points.len(), located.len());
    for (point, photo) in points.iter().zip(located) {
        let mut properties = point["properties"].clone();
        properties
            .as_object_mut()
            .expect("properties")
            .remove("kind");
        let mut photo = photo.clone();
        photo.as_object_mut().expect("a JSON object").remove("type");
        assert_eq!(properties, photo);
    }
}
