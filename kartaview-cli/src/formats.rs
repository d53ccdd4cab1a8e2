//! Export formats that QGIS, JOSM and geojson.io open: GeoJSON (RFC 7946), GPX 1.1, CSV (RFC 4180).
//!
//! Photos without a position are left out of every geometry; CSV keeps them as rows with empty
//! coordinates, since a table has room for them.

use std::fmt::Write as _;

use kartaview_ext::inputs::UploadPlan;
use kartaview_ext::models::Photo;
use serde::Serialize;

use crate::output::{PlannedPhotoJson, PlannedSequenceJson, iso};
use crate::photo_record::{PhotoRecord, csv_header};

/// What the export is of, for names and descriptions.
pub struct Meta<'a> {
    pub title: &'a str,
    pub sequence_id: Option<u64>,
}

#[derive(Serialize)]
struct Feature<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<u64>,
    geometry: Geometry,
    properties: Properties<'a>,
}

#[derive(Serialize)]
#[serde(tag = "type")]
enum Geometry {
    Point { coordinates: [f64; 2] },
    LineString { coordinates: Vec<[f64; 2]> },
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

/// A FeatureCollection of photos: the track as a LineString (when it has two points or more), then one
/// Point per photo with its properties. Coordinates are `[lng, lat]`.
pub fn geojson(photos: &[Photo], meta: &Meta) -> serde_json::Result<Vec<u8>> {
    let located: Vec<(&Photo, [f64; 2])> = photos
        .iter()
        .filter_map(|p| p.position.map(|at| (p, [at.lng, at.lat])))
        .collect();
    let mut features = Vec::with_capacity(located.len() + 1);
    if located.len() >= 2 {
        features.push(Feature {
            kind: "Feature",
            id: None,
            geometry: Geometry::LineString {
                coordinates: located.iter().map(|(_, c)| *c).collect(),
            },
            properties: Properties::Track(TrackProperties {
                kind: "track",
                name: meta.title.to_owned(),
                sequence_id: meta.sequence_id,
                photos: located.len(),
            }),
        });
    }
    features.extend(located.iter().map(|(p, c)| Feature {
        kind: "Feature",
        id: Some(p.id),
        geometry: Geometry::Point { coordinates: *c },
        properties: Properties::Photo(Kind {
            kind: "photo",
            of: PhotoRecord::new(p),
        }),
    }));
    collection(&features)
}

/// An upload plan for a map: per planned sequence, its track as a LineString (when it has two
/// points or more), then a Point per photo with where its position and time came from.
pub fn plan_geojson(plan: &UploadPlan) -> serde_json::Result<Vec<u8>> {
    let mut features = Vec::with_capacity(plan.photo_count() + plan.sequences.len());
    for (number, sequence) in (1..).zip(&plan.sequences) {
        let points: Vec<[f64; 2]> = sequence
            .photos
            .iter()
            .filter_map(|p| p.item.position.map(|at| [at.lng, at.lat]))
            .collect();
        if points.len() >= 2 {
            features.push(Feature {
                kind: "Feature",
                id: None,
                geometry: Geometry::LineString {
                    coordinates: points,
                },
                properties: Properties::PlannedTrack(Kind {
                    kind: "track",
                    of: PlannedSequenceJson::new(number, sequence),
                }),
            });
        }
        features.extend(sequence.photos.iter().filter_map(|photo| {
            let at = photo.item.position?;
            Some(Feature {
                kind: "Feature",
                id: None,
                geometry: Geometry::Point {
                    coordinates: [at.lng, at.lat],
                },
                properties: Properties::Planned(Kind {
                    kind: "photo",
                    of: PlannedPhotoJson::new(number, photo),
                }),
            })
        }));
    }
    collection(&features)
}

fn collection(features: &[Feature]) -> serde_json::Result<Vec<u8>> {
    // One feature per line: small, and still readable and diffable.
    let mut body = b"{\"type\":\"FeatureCollection\",\"features\":[".to_vec();
    for (i, feature) in features.iter().enumerate() {
        body.extend_from_slice(if i == 0 { b"\n" } else { b",\n" });
        serde_json::to_writer(&mut body, feature)?;
    }
    body.extend_from_slice(b"\n]}\n");
    Ok(body)
}

/// GPX 1.1: a waypoint per photo (time, name, description, link to the image), then the track.
pub fn gpx(photos: &[Photo], meta: &Meta) -> String {
    let located: Vec<&Photo> = photos.iter().filter(|p| p.position.is_some()).collect();
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
    let _ = writeln!(x, "    <name>{}</name>", xml(meta.title));
    let bounds = located
        .iter()
        .filter_map(|p| p.position)
        .fold(None, |b: Option<[f64; 4]>, at| {
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
    for p in &located {
        let Some(at) = p.position else { continue };
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
    if !located.is_empty() {
        x.push_str("  <trk>\n");
        let _ = writeln!(x, "    <name>{}</name>", xml(meta.title));
        x.push_str("    <trkseg>\n");
        for p in &located {
            let Some(at) = p.position else { continue };
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
pub fn csv(photos: &[Photo]) -> String {
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

    #[test]
    fn xml_is_escaped() {
        assert_eq!(xml("a&b<c>\"d'\u{1}e"), "a&amp;b&lt;c&gt;&quot;d&apos;e");
    }
}
