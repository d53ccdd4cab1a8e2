//! Export formats that QGIS, JOSM and geojson.io open: GeoJSON (RFC 7946), GPX 1.1, CSV (RFC 4180).
//!
//! Photos without a position are left out of every geometry; CSV keeps them as rows with empty
//! coordinates, since a table has room for them.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use kartaview_ext::geojson::{Feature, Geometry, feature_collection};
use kartaview_ext::inputs::UploadPlan;
use kartaview_ext::models::Photo;
use kartaview_ext::{ImageSize, LatLng};
use serde::Serialize;

use crate::output::{PlannedPhotoJson, PlannedSequenceJson, iso};
use crate::photo_record::{PhotoRecord, csv_header};

/// What the export is of, for names and descriptions.
#[derive(Clone, Copy)]
pub struct Meta<'a> {
    pub title: &'a str,
    pub sequence_id: Option<u64>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Properties<'a> {
    Photo(Kind<PhotoRecord<'a>>),
    Track(TrackProperties),
    Planned(Kind<PlannedPhotoJson>),
    PlannedTrack(Kind<PlannedSequenceJson>),
}

/// Properties with the `kind` of feature they describe.
#[derive(Serialize)]
struct Kind<T> {
    kind: &'static str,
    #[serde(flatten)]
    of: T,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct TrackProperties {
    kind: &'static str,
    name: String,
    sequence_id: Option<u64>,
    photos: usize,
}

/// One track of an export: a sequence's photos in sequence index order, with its name.
pub struct Track<'a> {
    pub photos: &'a [Photo],
    pub meta: Meta<'a>,
}

/// A FeatureCollection of tracks: per track, its LineString (when it has two points or more),
/// then a Point per photo with its properties. Coordinates are `[lng, lat]`.
pub fn geojson(tracks: &[Track]) -> serde_json::Result<Vec<u8>> {
    let mut features = Vec::with_capacity(tracks.iter().map(|t| t.photos.len() + 1).sum());
    for Track { photos, meta } in tracks {
        let located: Vec<(&Photo, LatLng)> = photos
            .iter()
            .filter_map(|p| Some((p, p.position?)))
            .collect();
        if located.len() >= 2 {
            features.push(Feature {
                id: None,
                geometry: Some(Geometry::line(located.iter().map(|(_, at)| *at))),
                properties: Properties::Track(TrackProperties {
                    kind: "track",
                    name: meta.title.to_owned(),
                    sequence_id: meta.sequence_id,
                    photos: located.len(),
                }),
            });
        }
        features.extend(located.iter().map(|(p, at)| Feature {
            id: Some(p.id),
            geometry: Some(Geometry::point(*at)),
            properties: Properties::Photo(Kind {
                kind: "photo",
                of: PhotoRecord::new(p),
            }),
        }));
    }
    feature_collection(&features)
}

/// An upload plan for a map: per planned sequence, its track as a LineString (when it has two
/// points or more), then a Point per photo with where its position and time came from.
pub fn plan_geojson(plan: &UploadPlan) -> serde_json::Result<Vec<u8>> {
    let mut features = Vec::with_capacity(plan.photo_count() + plan.sequences.len());
    for (number, sequence) in (1..).zip(&plan.sequences) {
        let points: Vec<LatLng> = sequence
            .photos
            .iter()
            .filter_map(|p| p.item.position)
            .collect();
        if points.len() >= 2 {
            features.push(Feature {
                id: None,
                geometry: Some(Geometry::line(points)),
                properties: Properties::PlannedTrack(Kind {
                    kind: "track",
                    of: PlannedSequenceJson::new(number, sequence),
                }),
            });
        }
        features.extend(sequence.photos.iter().filter_map(|photo| {
            let at = photo.item.position?;
            Some(Feature {
                id: None,
                geometry: Some(Geometry::point(at)),
                properties: Properties::Planned(Kind {
                    kind: "photo",
                    of: PlannedPhotoJson::new(number, photo),
                }),
            })
        }));
    }
    feature_collection(&features)
}

/// OpenStreetMap's standard tiles, which the page shows unless told otherwise.
pub const OSM_TILES: &str = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

/// What the page of [`html`] shows besides the photos.
#[derive(Serialize)]
pub struct MapPage<'a> {
    /// The page's title, also shown on the map.
    #[serde(skip)]
    pub title: &'a str,
    /// The background tiles' URL template (`{z}`, `{x}`, `{y}`), e.g. [`OSM_TILES`].
    pub tiles: &'a str,
    /// Who else to credit for the tiles, as plain text, beside OpenStreetMap's contributors.
    pub attribution: Option<&'a str>,
}

/// The page of `--format html`: a map of the tracks and their photos that a browser opens from
/// disk. Leaflet and the page's own script and style are inline; only the background tiles and,
/// on a click, a thumbnail come from the network. In `<script>` elements of JSON: the photos as
/// [`geojson`] writes them (`<`, `>` and `&` as JSON escapes) in `id="photos"`, each
/// located photo's thumbnail URL by photo id in `id="thumbnails"`, and [`MapPage`]'s tiles in
/// `id="tiles"`.
pub fn html(tracks: &[Track], map: &MapPage) -> serde_json::Result<Vec<u8>> {
    const LEAFLET_JS: &str = include_str!("../assets/leaflet/leaflet.js");
    const LEAFLET_CSS: &str = include_str!("../assets/leaflet/leaflet.css");
    const LEAFLET_LICENSE: &str = include_str!("../assets/leaflet/LICENSE");
    const MAP_JS: &str = include_str!("../assets/map.js");
    const MAP_CSS: &str = include_str!("../assets/map.css");
    const ERRORS_JS: &str = include_str!("../assets/errors.js");
    let photos = geojson(tracks)?;
    let thumbnails: BTreeMap<u64, String> = tracks
        .iter()
        .flat_map(|track| track.photos)
        .filter(|p| p.position.is_some())
        .filter_map(|p| Some((p.id, thumbnail_url(p)?)))
        .collect();
    let thumbnails = serde_json::to_string(&thumbnails)?;
    let mut page = String::with_capacity(
        LEAFLET_JS.len() + LEAFLET_CSS.len() + photos.len() + thumbnails.len() + 8192,
    );
    page.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    page.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(
        page,
        "<meta name=\"generator\" content=\"kartaview {}\">",
        env!("CARGO_PKG_VERSION")
    );
    let _ = writeln!(page, "<title>{}</title>", xml(map.title));
    for css in [LEAFLET_CSS, MAP_CSS] {
        let _ = write!(page, "<style>\n{css}</style>\n");
    }
    page.push_str("</head>\n<body>\n<div id=\"map\"></div>\n<ol id=\"errors\" hidden></ol>\n");
    // First, so that it also reports the errors of the scripts after it.
    let _ = write!(page, "<script>\n{ERRORS_JS}</script>\n");
    // Its licence asks every copy to carry the notice.
    let _ = write!(
        page,
        "<!-- Leaflet 1.9.4 (https://leafletjs.com), inline below:\n\n{LEAFLET_LICENSE}-->\n<script>\n{LEAFLET_JS}</script>\n"
    );
    // serde_json writes UTF-8 only: nothing is replaced.
    let photos = script_json(&String::from_utf8_lossy(&photos));
    let _ = write!(
        page,
        "<script type=\"application/geo+json\" id=\"photos\">\n{photos}</script>\n"
    );
    let thumbnails = script_json(&thumbnails);
    let _ = write!(
        page,
        "<script type=\"application/json\" id=\"thumbnails\">\n{thumbnails}\n</script>\n"
    );
    let settings = script_json(&serde_json::to_string(map)?);
    let _ = write!(
        page,
        "<script type=\"application/json\" id=\"tiles\">\n{settings}\n</script>\n"
    );
    let _ = write!(page, "<script>\n{MAP_JS}</script>\n</body>\n</html>\n");
    Ok(page.into_bytes())
}

/// The smallest rendition known: a popup shows it.
fn thumbnail_url(photo: &Photo) -> Option<String> {
    [ImageSize::Th, ImageSize::Lth]
        .into_iter()
        .find_map(|size| photo.image_url(size))
        .or_else(|| photo.full_size_url())
}

/// JSON text made safe as a `<script>` element's content. Every end tag and `<!--` starts with
/// `<`, which in JSON can only occur inside strings, where `\u003c` means the same character, so
/// no data can end the element early or change how an HTML parser reads it; `>` and `&` are
/// escaped too, as JSON-in-HTML escapers do.
fn script_json(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// GPX 1.1: a waypoint per photo (time, name, description, link to the image), then a track
/// per [`Track`] (several for a user's sequences), named by its title.
pub fn gpx(title: &str, tracks: &[Track]) -> String {
    fn located<'a>(track: &Track<'a>) -> Vec<(&'a Photo, LatLng)> {
        let photos = track.photos.iter();
        photos.filter_map(|p| Some((p, p.position?))).collect()
    }
    let all: Vec<(&Photo, LatLng)> = tracks.iter().flat_map(located).collect();
    let mut x = String::new();
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        x,
        "<gpx version=\"1.1\" creator=\"{}\" xmlns=\"http://www.topografix.com/GPX/1/1\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd\">",
        xml(&format!("kartaview {}", env!("CARGO_PKG_VERSION")))
    );
    x.push_str("  <metadata>\n");
    let _ = writeln!(x, "    <name>{}</name>", xml(title));
    let bounds = all.iter().fold(None, |b: Option<[f64; 4]>, (_, at)| {
        Some(match b {
            None => [at.lat, at.lng, at.lat, at.lng],
            Some([a, b, c, d]) => [a.min(at.lat), b.min(at.lng), c.max(at.lat), d.max(at.lng)],
        })
    });
    if let Some([min_lat, min_lon, max_lat, max_lon]) = bounds {
        let _ = writeln!(
            x,
            "    <bounds minlat=\"{min_lat}\" minlon=\"{min_lon}\" maxlat=\"{max_lat}\" maxlon=\"{max_lon}\"/>"
        );
    }
    x.push_str("  </metadata>\n");
    for (p, at) in &all {
        let _ = writeln!(x, "  <wpt lat=\"{}\" lon=\"{}\">", at.lat, at.lng);
        if let Some(time) = &p.shot_date {
            let _ = writeln!(x, "    <time>{}</time>", iso(time));
        }
        let _ = writeln!(x, "    <name>photo {}</name>", p.id);
        let _ = writeln!(x, "    <desc>{}</desc>", xml(&describe(p)));
        if let Some(url) = p.full_size_url() {
            let _ = writeln!(
                x,
                "    <link href=\"{}\"><text>image</text><type>image/jpeg</type></link>",
                xml(&url)
            );
        }
        x.push_str("  </wpt>\n");
    }
    for track in tracks {
        let points = located(track);
        if points.is_empty() {
            continue;
        }
        x.push_str("  <trk>\n");
        let _ = writeln!(x, "    <name>{}</name>", xml(track.meta.title));
        x.push_str("    <trkseg>\n");
        for (p, at) in points {
            match &p.shot_date {
                Some(time) => {
                    let _ = writeln!(
                        x,
                        "      <trkpt lat=\"{}\" lon=\"{}\"><time>{}</time></trkpt>",
                        at.lat,
                        at.lng,
                        iso(time)
                    );
                }
                None => {
                    let _ = writeln!(x, "      <trkpt lat=\"{}\" lon=\"{}\"/>", at.lat, at.lng);
                }
            }
        }
        x.push_str("    </trkseg>\n  </trk>\n");
    }
    x.push_str("</gpx>\n");
    x
}

fn describe(p: &Photo) -> String {
    let mut parts = Vec::new();
    if let (Some(sequence), Some(index)) = (p.sequence_id, p.sequence_index) {
        parts.push(format!("sequence {sequence} #{index}"));
    }
    if let Some(video) = p.video_id {
        parts.push(format!("video {video}"));
    }
    if let Some(heading) = p.heading {
        parts.push(format!("heading {heading}°"));
    }
    parts.join(", ")
}

/// Text and attribute values: the five entities escaped, characters XML 1.0 forbids dropped.
fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() || matches!(c, '\u{FFFE}' | '\u{FFFF}') => {}
            c => out.push(c),
        }
    }
    out
}

/// CSV with a header (the columns as `--json` names them): one row per photo, empty cells for
/// unknown values.
pub fn csv<'a>(photos: impl IntoIterator<Item = &'a Photo>) -> String {
    let mut out = csv_header();
    out.push_str("\r\n");
    for photo in photos {
        out.push_str(&PhotoRecord::new(photo).csv_row());
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A located photo whose thumbnail URL and sequence name try to end the page's `<script>`.
    fn hostile(id: u64, lat: f64) -> Photo {
        let mut photo = Photo::new(id);
        photo.sequence_id = Some(7);
        photo.sequence_index = Some(u32::try_from(id).expect("small"));
        photo.position = Some(kartaview_ext::LatLng { lat, lng: 23.5 });
        photo.urls.th = Some(format!("https://x/</script <!--<script {id}&amp;.jpg"));
        photo
    }

    /// What a WHATWG tokenizer reads: parse errors, and each `<script>`'s content.
    fn scripts(page: &str) -> (Vec<String>, Vec<String>) {
        use html5gum::{DefaultEmitter, Token, Tokenizer};
        let mut emitter = DefaultEmitter::default();
        emitter.naively_switch_states(true);
        let (mut errors, mut scripts) = (Vec::new(), Vec::new());
        let mut inside = false;
        for token in Tokenizer::new_with_emitter(page, emitter) {
            match token.expect("a string never fails to read") {
                Token::StartTag(tag) if tag.name == b"script" => {
                    inside = true;
                    scripts.push(String::new());
                }
                Token::EndTag(_) | Token::StartTag(_) => inside = false,
                Token::String(text) if inside => {
                    if let Some(last) = scripts.last_mut() {
                        last.push_str(&String::from_utf8_lossy(&text.value));
                    }
                }
                Token::Error(error) => errors.push(format!("{:?}", error.value)),
                _ => {}
            }
        }
        (errors, scripts)
    }

    #[test]
    fn script_end_tags_in_the_data_stay_data() {
        let photos = [hostile(1, 46.1), hostile(2, 46.2)];
        let title = "</SCRIPT/><script>alert(1)</script ><!--";
        let meta = Meta {
            title,
            sequence_id: Some(7),
        };
        let tracks = [Track {
            photos: &photos,
            meta,
        }];
        let map = MapPage {
            title,
            tiles: OSM_TILES,
            attribution: Some("</script ><!--"),
        };
        let page = String::from_utf8(html(&tracks, &map).expect("page")).expect("UTF-8");
        let (errors, scripts) = scripts(&page);
        assert_eq!(errors, Vec::<String>::new());
        // errors.js, leaflet.js, the photos, the thumbnails, the tiles, map.js: nothing more.
        assert_eq!(scripts.len(), 6);
        let embedded: serde_json::Value = serde_json::from_str(&scripts[2]).expect("GeoJSON");
        let written: serde_json::Value =
            serde_json::from_slice(&geojson(&tracks).expect("GeoJSON")).expect("JSON");
        assert_eq!(embedded, written);
        assert_eq!(embedded["features"][0]["properties"]["name"], title);
        let thumbnails: serde_json::Value = serde_json::from_str(&scripts[3]).expect("JSON");
        assert_eq!(
            thumbnails,
            serde_json::json!({
                "1": "https://x/</script <!--<script 1&amp;.jpg",
                "2": "https://x/</script <!--<script 2&amp;.jpg",
            })
        );
        let settings: serde_json::Value = serde_json::from_str(&scripts[4]).expect("JSON");
        assert_eq!(
            settings,
            serde_json::json!({"tiles": OSM_TILES, "attribution": "</script ><!--"})
        );
        assert!(page.contains(
            "<title>&lt;/SCRIPT/&gt;&lt;script&gt;alert(1)&lt;/script &gt;&lt;!--</title>"
        ));
    }

    #[test]
    fn several_tracks_each_have_their_line_then_their_points() {
        let mut second = [hostile(3, 47.1), hostile(4, 47.2), hostile(5, 47.3)];
        for photo in &mut second {
            photo.sequence_id = Some(8);
        }
        let first = [hostile(1, 46.1), hostile(2, 46.2)];
        let tracks = [
            Track {
                photos: &first,
                meta: Meta {
                    title: "seven",
                    sequence_id: Some(7),
                },
            },
            Track {
                photos: &second,
                meta: Meta {
                    title: "eight",
                    sequence_id: Some(8),
                },
            },
        ];
        let doc: serde_json::Value =
            serde_json::from_slice(&geojson(&tracks).expect("GeoJSON")).expect("JSON");
        let features = doc["features"].as_array().expect("features");
        let summary: Vec<(String, serde_json::Value, serde_json::Value)> = features
            .iter()
            .map(|f| {
                let p = &f["properties"];
                let kind = p["kind"].as_str().unwrap_or_default().to_owned();
                (kind, p["sequenceId"].clone(), f["id"].clone())
            })
            .collect();
        let row = |kind: &str, sequence: u64, id: Option<u64>| {
            (
                kind.to_owned(),
                serde_json::json!(sequence),
                serde_json::json!(id),
            )
        };
        assert_eq!(
            summary,
            [
                row("track", 7, None),
                row("photo", 7, Some(1)),
                row("photo", 7, Some(2)),
                row("track", 8, None),
                row("photo", 8, Some(3)),
                row("photo", 8, Some(4)),
                row("photo", 8, Some(5)),
            ]
        );
        assert_eq!(features[3]["properties"]["name"], "eight");
        assert_eq!(features[3]["properties"]["photos"], 3);
    }

    #[test]
    fn xml_is_escaped() {
        assert_eq!(xml("a&b<c>\"d'\u{1}e"), "a&amp;b&lt;c&gt;&quot;d&apos;e");
    }
}
