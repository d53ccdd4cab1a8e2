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

/// `--json export --video 5000002 --format FORMAT -o FILE`: its one line, the `written` record,
/// checked against the file.
fn export_video_to(format: &str, file: &std::path::Path) -> serde_json::Value {
    let run = kartaview(&[
        "--mock",
        "--json",
        "export",
        "--video",
        "5000002",
        "--format",
        format,
        "-o",
        &file.to_string_lossy(),
    ]);
    run.ok();
    let mut lines = run.json_lines();
    assert_eq!(lines.len(), 1, "{}", run.stdout);
    let written = lines.remove(0);
    assert_eq!(written["type"], "written");
    assert_eq!(written["format"], format);
    assert_eq!(written["photos"], 50);
    assert_eq!(
        written["bytes"].as_u64(),
        std::fs::metadata(file).ok().map(|m| m.len())
    );
    written
}

#[test]
fn geojson_of_a_video_to_a_file() {
    let dir = scratch("export-geojson");
    let file = dir.join("video.geojson");
    export_video_to("geojson", &file);
    let doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).expect("file")).expect("valid JSON");
    assert_eq!(doc["features"].as_array().expect("features").len(), 51);
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

/// What a WHATWG tokenizer reads in an HTML page, switching to raw text inside `<script>`,
/// `<style>` and `<title>` as a browser's parser does.
struct Html {
    errors: Vec<String>,
    doctype: Option<String>,
    /// Every element in document order, with the text that directly follows its start tag.
    elements: Vec<Element>,
}

struct Element {
    name: String,
    attributes: std::collections::BTreeMap<String, String>,
    text: String,
}

impl Element {
    fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes.get(name).map(String::as_str)
    }
}

impl Html {
    fn parse(text: &str) -> Html {
        use html5gum::{DefaultEmitter, Token, Tokenizer};
        const VOID: [&str; 6] = ["meta", "link", "img", "br", "input", "hr"];
        let string = |bytes: &[u8]| String::from_utf8(bytes.to_vec()).expect("UTF-8");
        let mut emitter = DefaultEmitter::default();
        emitter.naively_switch_states(true);
        let mut html = Html {
            errors: Vec::new(),
            doctype: None,
            elements: Vec::new(),
        };
        let mut open: Vec<String> = Vec::new();
        // Text belongs to the element whose start tag came last, until the next tag.
        let mut text_of: Option<usize> = None;
        for token in Tokenizer::new_with_emitter(text, emitter) {
            match token.expect("a string never fails to read") {
                Token::Doctype(doctype) => html.doctype = Some(string(&doctype.name)),
                Token::StartTag(tag) => {
                    let name = string(&tag.name);
                    if !VOID.contains(&name.as_str()) && !tag.self_closing {
                        open.push(name.clone());
                    }
                    html.elements.push(Element {
                        name,
                        attributes: tag
                            .attributes
                            .iter()
                            .map(|(k, v)| (string(k), string(&v.value)))
                            .collect(),
                        text: String::new(),
                    });
                    text_of = Some(html.elements.len() - 1);
                }
                Token::EndTag(tag) => {
                    let name = string(&tag.name);
                    assert_eq!(
                        open.pop(),
                        Some(name.clone()),
                        "</{name}> closes nothing open"
                    );
                    text_of = None;
                }
                Token::String(text) => {
                    if let Some(i) = text_of {
                        html.elements[i].text.push_str(&string(&text.value));
                    }
                }
                Token::Comment(_) => text_of = None,
                Token::Error(error) => html.errors.push(format!("{:?}", error.value)),
            }
        }
        assert!(open.is_empty(), "never closed: {open:?}");
        html
    }

    fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.elements.iter().filter(move |e| e.name == name)
    }

    fn by_id(&self, id: &str) -> &Element {
        let mut found = self
            .elements
            .iter()
            .filter(|e| e.attribute("id") == Some(id));
        let element = found.next().unwrap_or_else(|| panic!("no #{id}"));
        assert!(found.next().is_none(), "two #{id}");
        element
    }

    fn by_class(&self, class: &str) -> Vec<&Element> {
        self.elements
            .iter()
            .filter(|e| {
                e.attribute("class")
                    .is_some_and(|c| c.split_whitespace().any(|c| c == class))
            })
            .collect()
    }
}

/// An embedded file as an HTML parser reads it back: a newline after the start tag, and line ends
/// normalized to `\n` (leaflet.css ships with CR LF).
fn asset(path: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets")
        .join(path);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    format!("\n{}", text.replace("\r\n", "\n"))
}

/// `kartaview SERVER export --format html ARGS -o FILE`, where SERVER is `--mock` or
/// `--base-url URL`: the file's text.
fn html_page(server: &[&str], args: &[&str], file: &std::path::Path) -> String {
    let path = file.to_string_lossy();
    let all = [
        server,
        &["export", "--format", "html"],
        args,
        &["-o", &path],
    ]
    .concat();
    kartaview(&all).ok();
    std::fs::read_to_string(file).expect("the page")
}

/// Each photo's thumbnail as `GET /2.0/photo/?sequenceId=` names it (`imageThUrl`, else
/// `fileurlTh`), by photo id.
async fn api_thumbnails(
    base_url: &str,
    sequence: u64,
) -> std::collections::HashMap<String, String> {
    let mut urls = std::collections::HashMap::new();
    for page in 1.. {
        let url =
            format!("{base_url}/2.0/photo/?sequenceId={sequence}&itemsPerPage=100&page={page}");
        let answer: serde_json::Value = common::http_get(&url)
            .await
            .expect("photo list")
            .json()
            .await
            .expect("JSON");
        for photo in answer["result"]["data"].as_array().expect("data") {
            let id = photo["id"]
                .as_str()
                .map_or_else(|| photo["id"].to_string(), str::to_owned);
            let th = photo["imageThUrl"]
                .as_str()
                .or(photo["fileurlTh"].as_str())
                .expect("a thumbnail URL")
                .to_owned();
            urls.insert(id, th);
        }
        if answer["result"]["hasMoreData"] != true {
            break;
        }
    }
    urls
}

#[test]
fn html_is_one_page_with_leaflet_inline_and_the_geojson_of_the_photos() {
    let fake = common::Fake::start();
    let dir = scratch("export-html");
    let file = dir.join("track.html");
    let page = html_page(
        &["--base-url", &fake.base_url()],
        &["--sequence", "1001"],
        &file,
    );
    let html = Html::parse(&page);
    assert_eq!(html.errors, Vec::<String>::new(), "parse errors");
    assert_eq!(html.doctype.as_deref(), Some("html"));
    assert_eq!(
        html.all("title")
            .map(|t| t.text.as_str())
            .collect::<Vec<_>>(),
        ["KartaView sequence 1001"]
    );

    // Self-contained: no script, style sheet or image is fetched; Leaflet is inline.
    assert_eq!(html.all("link").count(), 0);
    assert!(html.elements.iter().all(|e| e.attribute("src").is_none()));
    let scripts: Vec<&Element> = html.all("script").collect();
    assert_eq!(scripts.len(), 6);
    // Compared without printing them: they are long.
    let embedded = |element: &Element, file: &str| {
        assert!(element.text == asset(file), "{file} is not inline as it is");
    };
    embedded(scripts[0], "errors.js");
    embedded(scripts[1], "leaflet/leaflet.js");
    let notice = format!("{}-->\n<script>", asset("leaflet/LICENSE").trim_start());
    assert!(
        page.replace("\r\n", "\n").contains(&notice),
        "Leaflet's licence"
    );
    assert!(scripts[1].text.contains("Leaflet 1.9.4"));
    embedded(scripts[5], "map.js");
    let tiles: serde_json::Value = serde_json::from_str(&html.by_id("tiles").text).expect("JSON");
    assert_eq!(
        tiles,
        serde_json::json!({
            "tiles": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
            "attribution": null
        })
    );
    let styles: Vec<&Element> = html.all("style").collect();
    assert_eq!(styles.len(), 2);
    embedded(styles[0], "leaflet/leaflet.css");
    embedded(styles[1], "map.css");

    // The photos: the GeoJSON that `--format geojson` writes, read back by a JSON parser.
    let photos = html.by_id("photos");
    assert_eq!(photos.name, "script");
    assert_eq!(photos.attribute("type"), Some("application/geo+json"));
    let embedded: serde_json::Value = serde_json::from_str(&photos.text).expect("JSON");
    let base_url = fake.base_url();
    let geojson = kartaview(&[
        "--base-url",
        &base_url,
        "export",
        "--sequence",
        "1001",
        "--format",
        "geojson",
    ]);
    let geojson: serde_json::Value = serde_json::from_str(&geojson.ok().stdout).expect("GeoJSON");
    assert_eq!(embedded, geojson);
    let points: Vec<&serde_json::Value> = embedded["features"]
        .as_array()
        .expect("features")
        .iter()
        .filter(|f| f["geometry"]["type"] == "Point")
        .collect();
    assert_eq!(points.len(), 234);

    // A thumbnail per point: the `th` rendition, as the API's own answer names it.
    let thumbnails: serde_json::Value =
        serde_json::from_str(&html.by_id("thumbnails").text).expect("JSON");
    let thumbnails = thumbnails.as_object().expect("by photo id");
    let served = fake.block_on(api_thumbnails(&base_url, 1001));
    assert_eq!(thumbnails.len(), points.len());
    for point in &points {
        let id = point["properties"]["id"].to_string();
        assert_eq!(
            thumbnails[&id].as_str(),
            served.get(&id).map(String::as_str),
            "photo {id}"
        );
    }
    let first = thumbnails[&points[0]["properties"]["id"].to_string()]
        .as_str()
        .expect("url")
        .to_owned();
    let (status, kind, body) = fake.block_on(async {
        let response = common::http_get(&first).await.expect("thumbnail");
        let kind = response.headers().get("content-type").cloned();
        (
            response.status(),
            kind,
            response.bytes().await.expect("body"),
        )
    });
    assert_eq!(status, 200);
    assert_eq!(
        kind.as_ref().map(|k| k.as_bytes()),
        Some(&b"image/jpeg"[..])
    );
    assert!(body.starts_with(&[0xFF, 0xD8]), "a JPEG");
}

#[test]
fn html_of_a_video_is_written_atomically_with_a_json_record() {
    let dir = scratch("export-html-video");
    let file = dir.join("video.html");
    export_video_to("html", &file);
    // Only the page: the temporary file it was written through is gone.
    assert_eq!(common::tree(&dir), ["video.html"]);
    let page = std::fs::read_to_string(&file).expect("page");
    let html = Html::parse(&page);
    assert!(html.errors.is_empty(), "{:?}", html.errors);
    let photos: serde_json::Value = serde_json::from_str(&html.by_id("photos").text).expect("JSON");
    assert_eq!(photos["features"].as_array().map(Vec::len), Some(51));
}

/// The part of the page that is data, not code: the head of the embedded GeoJSON, the first
/// thumbnails and the tiles of a video's map.
#[test]
fn html_embedded_data_snapshot() {
    let dir = scratch("export-html-snapshot");
    let file = dir.join("video.html");
    let page = html_page(&["--mock"], &["--video", "5000005"], &file);
    let html = Html::parse(&page);
    let photos: Vec<&str> = html.by_id("photos").text.trim().lines().take(3).collect();
    let thumbnails: serde_json::Value =
        serde_json::from_str(&html.by_id("thumbnails").text).expect("JSON");
    let thumbnails: Vec<String> = thumbnails
        .as_object()
        .expect("object")
        .iter()
        .take(3)
        .map(|(id, url)| format!("{id}: {url}"))
        .collect();
    let tiles = html.by_id("tiles").text.trim();
    snapshot!(
        "html_video_data",
        format!(
            "{}\n...\n{}\n...\n{tiles}",
            photos.join("\n"),
            thumbnails.join("\n")
        )
    );
}

/// A headless Chromium, if one is installed; `KARTAVIEW_TEST_CHROMIUM` names another binary.
fn chromium() -> Option<std::path::PathBuf> {
    if let Some(path) = std::env::var_os("KARTAVIEW_TEST_CHROMIUM") {
        return Some(path.into());
    }
    let path = std::env::var_os("PATH")?;
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

/// Opens `page` in headless Chromium with every host name unresolvable, so that the map tiles
/// fail as they do offline and nothing leaves the machine. Returns the DOM once the page has
/// loaded, and the browser's log (console messages included).
fn render(browser: &std::path::Path, page: &std::path::Path) -> (String, String) {
    use std::time::{Duration, Instant};
    let dir = page.parent().expect("a directory");
    let name = page.file_stem().expect("a name").to_string_lossy();
    let dom = dir.join(format!("{name}.dom"));
    let log = dir.join(format!("{name}.log"));
    let mut child = std::process::Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--enable-logging=stderr",
            "--v=0",
            "--window-size=1024,768",
        ])
        .arg(format!(
            "--user-data-dir={}",
            dir.join(format!("{name}.profile")).display()
        ))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .stdin(std::process::Stdio::null())
        .stdout(std::fs::File::create(&dom).expect("dom file"))
        .stderr(std::fs::File::create(&log).expect("log file"))
        .spawn()
        .expect("start chromium");
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(status) = child.try_wait().expect("wait for chromium") {
            let log = std::fs::read_to_string(&log).expect("log");
            assert!(status.success(), "chromium failed ({status}): {log}");
            return (std::fs::read_to_string(&dom).expect("dom"), log);
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish within a minute");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Clicks the point of the first photo (zoomed in so that no neighbour covers it) the way a
/// pointer does: a DOM click on the map's canvas at its pixel.
const CLICK_FIRST_PHOTO: &str = r#"<script>
(function () {
  var map = window.kartaviewMap, target = null;
  map.eachLayer(function (layer) {
    if (!target && layer instanceof L.CircleMarker) { target = layer; }
  });
  map.setView(target.getLatLng(), 19, { animate: false });
  var at = map.latLngToContainerPoint(target.getLatLng());
  var box = map.getContainer().getBoundingClientRect();
  map.getContainer().querySelector("canvas").dispatchEvent(new MouseEvent("click", {
    bubbles: true, cancelable: true, clientX: box.left + at.x, clientY: box.top + at.y
  }));
  document.body.dataset.clicked = String(target.feature.properties.id);
})();
</script>
"#;

#[test]
fn html_map_draws_offline_and_opens_a_photo_in_a_headless_browser() {
    let Some(browser) = chromium().or_else(|| {
        kartaview_tests::skip_unless_ci(
            "no chromium on PATH (apt-get install chromium) to render the map",
        )
    }) else {
        return;
    };
    let dir = scratch("export-html-browser");
    let file = dir.join("track.html");
    let page = html_page(
        &["--mock"],
        &[
            "--sequence",
            "1001",
            "--tiles-attribution",
            "Tiles <b>bold</b> & Co",
        ],
        &file,
    );
    let html = Html::parse(&page);
    let geojson: serde_json::Value =
        serde_json::from_str(&html.by_id("photos").text).expect("GeoJSON");
    let thumbnails: serde_json::Value =
        serde_json::from_str(&html.by_id("thumbnails").text).expect("JSON");
    let points: Vec<&serde_json::Value> = geojson["features"]
        .as_array()
        .expect("features")
        .iter()
        .filter(|f| f["geometry"]["type"] == "Point")
        .collect();
    let with_script = |name: &str, script: &str| {
        let path = dir.join(name);
        let end = page.rfind("</body>").expect("</body>");
        std::fs::write(&path, format!("{}{script}{}", &page[..end], &page[end..])).expect("write");
        path
    };
    let body = |dom: &Html| -> std::collections::BTreeMap<String, String> {
        dom.all("body").next().expect("<body>").attributes.clone()
    };

    // As written: every point drawn without a script error, though no tile can load.
    let (dom, log) = render(&browser, &file);
    // The tiles' credit is text, never markup.
    assert!(
        dom.contains("contributors, Tiles &lt;b&gt;bold&lt;/b&gt; &amp; Co<"),
        "the attribution"
    );
    assert!(!dom.contains("<b>bold</b>"));
    let dom = Html::parse(&dom);
    let drawn = body(&dom);
    assert_eq!(
        drawn.get("data-ready").map(String::as_str),
        Some("ok"),
        "{log}"
    );
    assert_eq!(drawn.get("data-markers"), Some(&points.len().to_string()));
    assert_eq!(drawn.get("data-errors"), None, "{log}");
    assert!(!log.contains(":CONSOLE"), "{log}");
    assert!(
        dom.all("a").any(|a| a.attribute("href")
            == Some("https://www.openstreetmap.org/copyright")
            && a.text == "OpenStreetMap"),
        "the tiles' attribution"
    );
    let tiles: Vec<&str> = dom
        .all("img")
        .filter(|img| {
            img.attribute("class")
                .is_some_and(|c| c.contains("leaflet-tile"))
        })
        .filter_map(|img| img.attribute("src"))
        .collect();
    assert!(!tiles.is_empty(), "no tile asked for");
    assert!(
        tiles
            .iter()
            .all(|src| src.starts_with("https://tile.openstreetmap.org/")),
        "{tiles:?}"
    );
    assert_eq!(
        dom.by_class("kv-count")
            .iter()
            .map(|p| p.text.as_str())
            .collect::<Vec<_>>(),
        ["234 photos"]
    );

    // A click on the first photo's point: its thumbnail, time (UTC) and index.
    let (dom, log) = render(&browser, &with_script("click.html", CLICK_FIRST_PHOTO));
    let dom = Html::parse(&dom);
    assert_eq!(body(&dom).get("data-errors"), None, "{log}");
    let first = &points[0]["properties"];
    assert_eq!(first["id"], 100000001);
    assert_eq!(first["shotDate"], "2022-11-12T14:08:25Z");
    assert_eq!(
        body(&dom).get("data-clicked").map(String::as_str),
        Some("100000001")
    );
    let text = |class: &str| -> Vec<String> {
        dom.by_class(class).iter().map(|e| e.text.clone()).collect()
    };
    assert_eq!(text("kv-time"), ["2022-11-12 14:08:25 UTC"]);
    assert_eq!(text("kv-index"), ["#0 in sequence 1001"]);
    assert_eq!(text("kv-id"), ["photo 100000001"]);
    let img = dom
        .all("img")
        .find(|img| img.attribute("alt") == Some("photo 100000001"))
        .expect("the thumbnail");
    assert_eq!(img.attribute("src"), thumbnails["100000001"].as_str());
    assert!(
        dom.all("a")
            .any(|a| a.attribute("href") == first["imageUrl"].as_str()),
        "a link to the full-size image"
    );

    // The checks above do see script errors: a page with one reports it.
    let (dom, log) = render(
        &browser,
        &with_script("broken.html", "<script>noSuchFunction();</script>\n"),
    );
    let dom = Html::parse(&dom);
    assert_eq!(
        body(&dom).get("data-errors").map(String::as_str),
        Some("1"),
        "{log}"
    );
    assert!(log.contains(":CONSOLE"), "{log}");
    assert!(
        dom.all("li")
            .any(|li| li.text.contains("noSuchFunction is not defined")),
        "the error is shown on the page"
    );
}

#[test]
fn html_tiles_can_come_from_another_server() {
    let dir = scratch("export-html-tiles");
    let file = dir.join("map.html");
    let page = html_page(
        &["--mock"],
        &[
            "--video",
            "5000005",
            "--tiles",
            "https://tiles.example.org/osm/{z}/{x}/{y}.png",
            "--tiles-attribution",
            "Example <Tiles> & Co",
        ],
        &file,
    );
    let tiles: serde_json::Value =
        serde_json::from_str(&Html::parse(&page).by_id("tiles").text).expect("JSON");
    assert_eq!(
        tiles,
        serde_json::json!({
            "tiles": "https://tiles.example.org/osm/{z}/{x}/{y}.png",
            "attribution": "Example <Tiles> & Co"
        })
    );

    let refused = |args: &[&str]| {
        let mut all = vec!["--mock", "export", "--video", "5000005"];
        all.extend_from_slice(args);
        kartaview(&all).one_error_line()
    };
    assert_eq!(
        refused(&[
            "--format",
            "html",
            "--tiles",
            "tiles.example.org/{z}/{x}.png"
        ]),
        "error: --tiles \"tiles.example.org/{z}/{x}.png\": give an http(s) URL with {z}, {x} and \
         {y}, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    );
    assert_eq!(
        refused(&["--format", "gpx", "--tiles-attribution", "me"]),
        "error: --tiles and --tiles-attribution go with --format html"
    );
}

/// `--user`: a track per sequence of the user (the fake's own list of them), in every format.
#[test]
fn a_users_export_has_a_track_per_sequence_in_every_format() {
    let owned: Vec<(i64, usize)> = kartaview_mock::AREA_SEQUENCES
        .iter()
        .filter(|s| s.1 == kartaview_mock::AREA_USER_ID)
        .map(|s| (s.0, s.2))
        .collect();
    let user = kartaview_mock::AREA_USERNAME;
    let all: usize = owned.iter().map(|(_, photos)| photos).sum();

    let csv = export("csv", &["--user", user]).stdout;
    let mut lines = csv.split_terminator("\r\n");
    let header: Vec<&str> = lines.next().expect("header").split(',').collect();
    let lat = header
        .iter()
        .position(|c| *c == "lat")
        .expect("a lat column");
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), all, "a row per photo of every sequence");
    let located = rows
        .iter()
        .filter(|r| r.split(',').nth(lat).is_some_and(|cell| !cell.is_empty()))
        .count();

    let geojson = export("geojson", &["--user", user]).stdout;
    let doc: serde_json::Value = serde_json::from_str(&geojson).expect("GeoJSON");
    let features = doc["features"].as_array().expect("features");
    let tracks: Vec<(i64, usize)> = features
        .iter()
        .filter(|f| f["properties"]["kind"] == "track")
        .map(|f| {
            let id = f["properties"]["sequenceId"].as_i64().expect("id");
            let points = f["geometry"]["coordinates"].as_array().expect("line");
            (id, points.len())
        })
        .collect();
    let ids: Vec<i64> = tracks.iter().map(|t| t.0).collect();
    assert_eq!(ids, owned.iter().map(|s| s.0).collect::<Vec<_>>());
    let points = features.len() - tracks.len();
    assert_eq!(points, tracks.iter().map(|t| t.1).sum::<usize>());
    assert!(points < all && points > all / 2, "{points} of {all}");

    let gpx = export("gpx", &["--user", user]).stdout;
    let elements = xml_elements(&gpx);
    let count = |path: &str| elements.iter().filter(|e| *e == path).count();
    assert_eq!(count("gpx/trk"), owned.len());
    assert_eq!(count("gpx/wpt"), points);
    assert_eq!(count("gpx/trk/trkseg/trkpt"), points);
    for (id, _) in &owned {
        assert!(gpx.contains(&format!("<name>KartaView sequence {id}</name>")));
    }
    assert!(gpx.contains(&format!("<name>KartaView user {user}</name>")));

    // The map holds the same GeoJSON.
    let fake = common::Fake::start();
    let dir = scratch("export-user-html");
    let page = html_page(
        &["--base-url", &fake.base_url()],
        &["--user", user],
        &dir.join("user.html"),
    );
    let start = page.find(r#"id="photos">"#).expect("the photos' script") + 12;
    let end = start + page[start..].find("</script>").expect("its end");
    let embedded: serde_json::Value = serde_json::from_str(&page[start..end]).expect("JSON");
    let base_url = fake.base_url();
    let listed = kartaview(&[
        "--base-url",
        &base_url,
        "export",
        "--user",
        user,
        "--format",
        "geojson",
    ]);
    let listed: serde_json::Value = serde_json::from_str(&listed.ok().stdout).expect("GeoJSON");
    assert_eq!(embedded, listed);
    assert_eq!(located, points);
}
