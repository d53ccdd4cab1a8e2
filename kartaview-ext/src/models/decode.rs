//! Decoders of saved response bodies: the same path the client takes, without the network.
//!
//! Each checks the status envelope first (an error `apiCode` is an [`Error::Api`](crate::Error::Api)), then decodes
//! into the generated types and builds the typed models. Nothing here panics on any input.

use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::error::{Result, check_status, error_from_body};
use crate::models::{
    Photo, PhotoListing, Sequence, photos_of, sequences_of, sort_and_dedup_by,
    sort_and_dedup_photos,
};
use crate::transport::client::Enveloped;
use kartaview_api::types;

/// Decodes a body into a generated response type whose envelope says success.
pub fn response<T: DeserializeOwned + Enveloped>(body: &[u8]) -> Result<T> {
    match serde_json::from_slice::<T>(body) {
        Ok(value) => {
            check_status(value.status(), 200)?;
            Ok(value)
        }
        Err(e) => Err(error_from_body(200, body, Some(&e.to_string()))),
    }
}

/// The sequences of a `GET /2.0/sequence/` body, de-duplicated (`join=photos` sends keyed
/// copies), each with its joined photos ordered.
pub fn sequence_list(body: &[u8]) -> Result<Vec<Sequence>> {
    Ok(sequences_of(
        &response::<types::SequenceListResponse>(body)?.result.data,
    ))
}

/// The photos of a `GET /2.0/photo/` page, in the server's order.
pub fn photo_list(body: &[u8]) -> Result<Vec<Photo>> {
    Ok(photos_of(
        &response::<types::PhotoListResponse>(body)?.result.data,
    ))
}

/// The photos of any saved response that holds photos: a 2.0 photo list or single photo, a 2.0
/// sequence list with `join=photos` or `join=photo`, 1.0 `sequence/photo-list` or
/// `list/nearby-photos`. Ordered by sequence and index, without duplicates; 1.0 storage paths
/// are resolved against `api_base`.
pub fn any_photos(body: &[u8], api_base: &str) -> Result<Vec<Photo>> {
    // 2.0 lists, the large bodies, are read in one pass; every other body the general way.
    if let Some(photos) = crate::models::onepass::list_photos(body) {
        let mut photos = photos?;
        sort_and_dedup_photos(&mut photos);
        return Ok(photos);
    }
    general_photos(body, api_base)
}

/// [`any_photos`] as a listing shows them: the same photos in the same order, each reduced to a
/// [`PhotoListing`]. A 2.0 photo list, the large body, is read in one pass that borrows the
/// body's strings and builds only what a listing shows (peak memory: the body and the
/// listings); every other body goes through [`any_photos`]. Same errors as [`any_photos`].
pub fn any_photo_listings<'a>(body: &'a [u8], api_base: &str) -> Result<Vec<PhotoListing<'a>>> {
    if let Some(listings) = crate::models::listing::photo_list(body) {
        let mut listings = listings?;
        sort_and_dedup_by(&mut listings, PhotoListing::order);
        return Ok(listings);
    }
    Ok(any_photos(body, api_base)?
        .iter()
        .map(PhotoListing::from)
        .collect())
}

/// [`any_photos`] for every shape, through a `serde_json::Value`.
fn general_photos(body: &[u8], api_base: &str) -> Result<Vec<Photo>> {
    let value: serde_json::Value = serde_json::from_slice(body)
        .map_err(|e| error_from_body(200, body, Some(&e.to_string())))?;
    // An error envelope has no payload: its status is the answer.
    if let Some(status) = value.get("status")
        && let Ok(status) = types::Status::deserialize(status)
    {
        check_status(&status, 200)?;
    }
    let shape = Shape::of(&value).ok_or_else(|| {
        error_from_body(
            200,
            body,
            Some("no photos here: expected a 2.0 photo or sequence response, or a 1.0 photo list"),
        )
    })?;
    let mut photos = match shape {
        Shape::PhotoList => photos_of(&typed::<types::PhotoListResponse>(value, body)?.result.data),
        Shape::Photo => typed::<types::PhotoResponse>(value, body)
            .map(|r| Photo::from_wire(&r.result.data).into_iter().collect())?,
        Shape::SequenceList => sequences_of(
            &typed::<types::SequenceListResponse>(value, body)?
                .result
                .data,
        )
        .into_iter()
        .flat_map(|s| s.photos)
        .collect(),
        Shape::Sequence => typed::<types::SequenceResponse>(value, body).map(|r| {
            Sequence::from_wire(&r.result.data)
                .map(|s| s.photos)
                .unwrap_or_default()
        })?,
        Shape::V1PhotoList => typed::<types::V1SequencePhotoListResponse>(value, body)?
            .osv
            .photos
            .iter()
            .filter_map(|p| Photo::from_v1_sequence_photo(p, api_base))
            .collect(),
        Shape::V1Nearby => typed::<types::V1NearbyPhotosResponse>(value, body)?
            .current_page_items
            .iter()
            .filter_map(|p| Photo::from_v1_nearby_photo(p, api_base))
            .collect(),
    };
    sort_and_dedup_photos(&mut photos);
    Ok(photos)
}

fn typed<T: DeserializeOwned + Enveloped>(value: serde_json::Value, body: &[u8]) -> Result<T> {
    let typed: T = serde_json::from_value(value)
        .map_err(|e| error_from_body(200, body, Some(&e.to_string())))?;
    check_status(typed.status(), 200)?;
    Ok(typed)
}

enum Shape {
    PhotoList,
    Photo,
    SequenceList,
    Sequence,
    V1PhotoList,
    V1Nearby,
}

impl Shape {
    fn of(value: &serde_json::Value) -> Option<Shape> {
        if value.pointer("/osv/photos").is_some() {
            return Some(Shape::V1PhotoList);
        }
        if value.get("currentPageItems").is_some() {
            return Some(Shape::V1Nearby);
        }
        let data = value.pointer("/result/data")?;
        let first = match data {
            serde_json::Value::Array(items) => items.first(),
            serde_json::Value::Object(map) if looks_like_entity(map) => {
                return Some(if is_sequence(map) {
                    Shape::Sequence
                } else {
                    Shape::Photo
                });
            }
            serde_json::Value::Object(map) => map.values().next(),
            _ => None,
        };
        match first.and_then(serde_json::Value::as_object) {
            Some(item) if is_sequence(item) => Some(Shape::SequenceList),
            _ => Some(Shape::PhotoList),
        }
    }
}

fn looks_like_entity(map: &serde_json::Map<String, serde_json::Value>) -> bool {
    map.contains_key("id")
}

/// Keys that only a sequence has: a list whose first item has one is a sequence list.
pub(crate) const SEQUENCE_KEYS: [&str; 4] = ["photos", "photo", "countActivePhotos", "currentLat"];

fn is_sequence(map: &serde_json::Map<String, serde_json::Value>) -> bool {
    SEQUENCE_KEYS.iter().any(|k| map.contains_key(*k))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_never_panics() {
        for body in [
            &b""[..],
            b"null",
            b"[]",
            b"{}",
            b"{\"status\":1}",
            b"\xff\xfe",
            b"{\"result\":{\"data\":7}}",
        ] {
            assert!(any_photos(body, "http://x").is_err(), "{body:?}");
            assert!(sequence_list(body).is_err());
            assert!(photo_list(body).is_err());
        }
    }

    /// The one-pass reader and the general path agree, or the one-pass reader steps aside.
    #[test]
    fn one_pass_matches_the_general_path() {
        let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures");
        let read = |name: &str| std::fs::read(fixtures.join(name)).expect("fixture");
        let photo = |id: &str, index: serde_json::Value, extra: serde_json::Value| {
            let mut p = serde_json::json!({
                "id": id, "sequenceId": "1001", "sequenceIndex": index, "lat": "46.770001",
                "lng": 23.5901, "heading": "", "shotDate": "0000-00-00 00:00:00",
                "dateAdded": "2023-04-06 03:41:01", "width": 1920, "height": "1080",
                "videoId": "0", "qualityDetails": "[{\"label\":1,\"confidence\":0.5}]",
                "cameraParameters": "", "projection": "PLANE", "storage": "storage13",
                "fileurl": "https://storage13.openstreetcam.org/files/photo/2023/4/6/proc/x.jpg"
            });
            if let (Some(p), Some(extra)) = (p.as_object_mut(), extra.as_object()) {
                p.extend(extra.clone());
            }
            p
        };
        let status = serde_json::json!({"apiCode": "600", "apiMessage": "ok", "httpCode": 200});
        let list = |data: serde_json::Value| {
            serde_json::to_vec(&serde_json::json!({"status": status, "result": {"data": data, "hasMoreData": false}}))
                .expect("json")
        };
        let quirky = list(serde_json::json!([
            photo("12", "2".into(), serde_json::json!({})),
            photo(
                "10",
                0.into(),
                serde_json::json!({"videoId": "77", "videoIndex": "3"})
            ),
            photo(
                "11",
                "1".into(),
                serde_json::json!({"lat": "0.000000", "lng": "0.000000"})
            ),
            photo("11", "1".into(), serde_json::json!({})),
            photo("0", "4".into(), serde_json::json!({})),
            photo(
                "13",
                "3".into(),
                serde_json::json!({"qualityDetails": [{"label": 2}], "cameraParameters": {"fLen": 4.2}})
            ),
        ]));
        let fast = [
            read("v2-photo-list-numeric-ids.json"),
            read("v2-photo-list-page-unordered.json"),
            quirky.clone(),
            // A list inside an error envelope is the API's error.
            br#"{"status":{"apiCode":"618","apiMessage":"no","httpCode":200},"result":{"data":[]}}"#
                .to_vec(),
            list(serde_json::json!([])),
            // A sequence list whose sequences carry their photos.
            list(serde_json::json!([
                {"id": "5", "countActivePhotos": "2", "photos": [photo("21", "1".into(), serde_json::json!({})), photo("20", "0".into(), serde_json::json!({}))]},
                {"id": "4", "photo": photo("30", "0".into(), serde_json::json!({"sequenceId": "4"}))},
            ])),
        ];
        for body in &fast {
            let text = String::from_utf8_lossy(body);
            let one_pass = crate::models::onepass::list_photos(body);
            assert!(one_pass.is_some(), "not read in one pass: {text}");
            let general = general_photos(body, "http://x");
            let ours = any_photos(body, "http://x");
            match (&ours, &general) {
                (Ok(a), Ok(b)) => assert_eq!(a, b, "{text}"),
                (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string(), "{text}"),
                _ => panic!("the paths disagree on {text}: {ours:?} / {general:?}"),
            }
        }
        let photos = any_photos(&quirky, "http://x").expect("quirky list");
        let ids: Vec<u64> = photos.iter().map(|p| p.id).collect();
        assert_eq!(
            ids,
            [10, 11, 12, 13],
            "sorted by index, repeated id and id 0 dropped"
        );

        // A repeated key: serde_json::Value keeps the last one.
        let repeated_key =
            br#"{"status":{"apiCode":600},"result":{"data":[]},"result":{"data":[{"id":"3"}]}}"#;
        let general_only = [
            read("v2-sequence-list-join-photos-keyed.json"),
            read("v1-sequence-photo-list.json"),
            read("v1-nearby-photos.json"),
            read("v2-sequence-get.json"),
            read("v2-photo-cdn-urls.json"),
            read("v2-error-inside-200.json"),
            // A 1.0 key after a 2.0 result: the general rule prefers the 1.0 list.
            br#"{"status":{"apiCode":600},"result":{"data":[]},"osv":{"photos":[]}}"#.to_vec(),
            repeated_key.to_vec(),
            br#"{"status":{"apiCode":600},"result":{"data":[{"id":"3","id":"4"}]}}"#.to_vec(),
            br#"{"status":{"apiCode":600},"result":{"data":[7]}}"#.to_vec(),
            b"[]".to_vec(),
        ];
        for body in &general_only {
            let text = String::from_utf8_lossy(body);
            assert!(
                crate::models::onepass::list_photos(body).is_none(),
                "{text}"
            );
            let ours = any_photos(body, "http://x").map_err(|e| e.to_string());
            let general = general_photos(body, "http://x").map_err(|e| e.to_string());
            assert_eq!(ours, general, "{text}");
        }
        let repeated = any_photos(repeated_key, "http://x").expect("last key wins");
        assert_eq!(repeated.iter().map(|p| p.id).collect::<Vec<_>>(), [3]);
    }

    #[test]
    fn an_error_envelope_is_an_api_error() {
        let body = br#"{"status":{"apiCode":"612","apiMessage":" You are not allowed to add a duplicate entry (sequenceId) ","httpCode":400}}"#;
        let err = any_photos(body, "http://x").unwrap_err();
        assert_eq!(err.api_code(), Some(crate::ApiCode::ArgumentOutOfRange));
    }
}
