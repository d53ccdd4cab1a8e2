//! GeoJSON (RFC 7946) as this crate and the `kartaview` command write it: a FeatureCollection
//! with one feature per line (small, and still readable and diffable), coordinates `[lng, lat]`.
//! The properties are the writer's own.

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::models::LatLng;

/// A geometry.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(tag = "type", content = "coordinates")]
pub enum Geometry {
    /// One position.
    Point([f64; 2]),
    /// A track.
    LineString(Vec<[f64; 2]>),
}

impl Geometry {
    /// A point at `at`.
    pub fn point(at: LatLng) -> Self {
        Geometry::Point([at.lng, at.lat])
    }

    /// A line through `points`, in their order.
    pub fn line(points: impl IntoIterator<Item = LatLng>) -> Self {
        Geometry::LineString(points.into_iter().map(|at| [at.lng, at.lat]).collect())
    }
}

/// A feature: `{"type":"Feature","id":…,"geometry":…,"properties":…}`; a feature without a
/// geometry (a photo without a position) has `"geometry":null`.
#[derive(Debug, Clone, PartialEq)]
pub struct Feature<P> {
    /// Its id, if any (a photo's).
    pub id: Option<u64>,
    /// Where it is.
    pub geometry: Option<Geometry>,
    /// What it is.
    pub properties: P,
}

impl<P: Serialize> Serialize for Feature<P> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", "Feature")?;
        if let Some(id) = self.id {
            map.serialize_entry("id", &id)?;
        }
        map.serialize_entry("geometry", &self.geometry)?;
        map.serialize_entry("properties", &self.properties)?;
        map.end()
    }
}

/// The FeatureCollection of `features`, a feature per line.
pub fn feature_collection<P: Serialize>(features: &[Feature<P>]) -> serde_json::Result<Vec<u8>> {
    let mut body = b"{\"type\":\"FeatureCollection\",\"features\":[".to_vec();
    for (i, feature) in features.iter().enumerate() {
        body.extend_from_slice(if i == 0 { b"\n" } else { b",\n" });
        serde_json::to_writer(&mut body, feature)?;
    }
    body.extend_from_slice(b"\n]}\n");
    Ok(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_are_written_as_rfc_7946_says() {
        let at = |lat, lng| LatLng { lat, lng };
        let features = [
            Feature {
                id: None,
                geometry: Some(Geometry::line([at(46.0, 23.0), at(46.5, 23.5)])),
                properties: serde_json::json!({"kind": "track"}),
            },
            Feature {
                id: Some(7),
                geometry: None,
                properties: serde_json::json!({"kind": "photo"}),
            },
        ];
        let body = feature_collection(&features).expect("GeoJSON");
        assert_eq!(
            String::from_utf8(body).expect("UTF-8"),
            "{\"type\":\"FeatureCollection\",\"features\":[\n\
             {\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[23.0,46.0],[23.5,46.5]]},\"properties\":{\"kind\":\"track\"}},\n\
             {\"type\":\"Feature\",\"id\":7,\"geometry\":null,\"properties\":{\"kind\":\"photo\"}}\n]}\n"
        );
        let point = serde_json::to_string(&Geometry::point(at(1.5, 2.5))).expect("JSON");
        assert_eq!(point, r#"{"type":"Point","coordinates":[2.5,1.5]}"#);
    }
}
