//! Decoders of saved response bodies: the same path the client takes, without the network.
//!
//! Each checks the status envelope first (an error `apiCode` is an [`Error::Api`](crate::Error::Api)), then decodes
//! into the generated types and builds the typed models. Nothing here panics on any input.

use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::client::Enveloped;
use crate::error::{Result, check_status, error_from_body};
use crate::models::{Photo, Sequence, photos_of, sequences_of, sort_and_dedup_photos};
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

fn is_sequence(map: &serde_json::Map<String, serde_json::Value>) -> bool {
    ["photos", "photo", "countActivePhotos", "currentLat"]
        .iter()
        .any(|k| map.contains_key(*k))
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

    #[test]
    fn an_error_envelope_is_an_api_error() {
        let body = br#"{"status":{"apiCode":"612","apiMessage":" You are not allowed to add a duplicate entry (sequenceId) ","httpCode":400}}"#;
        let err = any_photos(body, "http://x").unwrap_err();
        assert_eq!(err.api_code(), Some(crate::ApiCode::ArgumentOutOfRange));
    }
}
