//! Every real response captured from the live API, and every own fixture, decodes with the
//! types generated from `openapi.yaml`.

use std::path::Path;

use kartaview_api::types;
use kartaview_tests::{own_fixtures_dir, real_fixtures_dir};
use serde::de::DeserializeOwned;

fn decode<T: DeserializeOwned>(path: &Path) -> T {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_slice(&bytes)
        .unwrap_or_else(|e| panic!("{} does not decode: {e}", path.display()))
}

fn api_code(status: &types::Status) -> i64 {
    match &status.api_code {
        types::StringOrInteger::Int64(n) => *n,
        types::StringOrInteger::String(s) => s.trim().parse().expect("numeric apiCode"),
    }
}

fn sequences(data: &types::SequenceListData) -> Vec<&types::Sequence> {
    match data {
        types::SequenceListData::Array(items) => items.iter().collect(),
        types::SequenceListData::Object(map) => map.values().collect(),
    }
}

fn text(value: &Option<types::StringOrInteger>) -> String {
    value.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// Which generated type each real capture is, by file name. A new capture in `../shared`
/// fails the test until it is listed here.
#[test]
fn every_real_capture_decodes() {
    let Some(dir) = real_fixtures_dir() else {
        return;
    };
    let mut decoded = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("readable fixtures dir")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    entries.sort();
    for path in &entries {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let code = match name {
            "v2-sequence-list-by-id.json"
            | "v2-sequence-list-join-photo.json"
            | "v2-sequence-list-join-photos-full.json"
            | "v2-sequence-list-join-photos-trimmed.json"
            | "v2-sequence-list-join-user.json" => {
                api_code(&decode::<types::SequenceListResponse>(path).status)
            }
            "v2-sequence-create-response.json" => {
                api_code(&decode::<types::SequenceResponse>(path).status)
            }
            "v2-doc-example-photo-list.json" => {
                api_code(&decode::<types::PhotoListResponse>(path).status)
            }
            "v2-doc-example-usermetrics.json" => {
                api_code(&decode::<types::UserMetricsResponse>(path).status)
            }
            "v1-my-list-response.json" => api_code(&decode::<types::V1MyListResponse>(path).status),
            "v1-photo-upload-response.json" => {
                api_code(&decode::<types::V1PhotoUploadResponse>(path).status)
            }
            "v1-sequence-create-response.json" => {
                api_code(&decode::<types::V1SequenceCreateResponse>(path).status)
            }
            "v1-sequence-finished-uploading-response.json" => {
                api_code(&decode::<types::V1FinishedUploadingResponse>(path).status)
            }
            "v1-sequence-photo-list-response-trimmed.json" => {
                api_code(&decode::<types::V1SequencePhotoListResponse>(path).status)
            }
            "v1-tracks-matched-segments-response-trimmed.json" => {
                api_code(&decode::<types::V1TracksResponse>(path).status)
            }
            "v1-user-details-response.json" => {
                api_code(&decode::<types::V1UserDetailsResponse>(path).status)
            }
            "auth-client_auth-stored-credentials-example.json" => {
                // The stored `kartaview` object is the `osv` of the login answer.
                let file: serde_json::Value = decode(path);
                let user: types::V1AuthUser =
                    serde_json::from_value(file["kartaview"].clone()).expect("osv user");
                assert!(user.access_token.is_some());
                600
            }
            other => panic!("{other} is not mapped to a generated type in this test"),
        };
        assert_eq!(code, 600, "{name}");
        decoded.push(name.to_owned());
    }
    assert!(decoded.len() >= 16, "only {} captures found", decoded.len());
}

#[test]
fn the_keyed_join_photos_capture_keeps_every_photo() {
    let Some(dir) = real_fixtures_dir() else {
        return;
    };
    let response: types::SequenceListResponse =
        decode(&dir.join("v2-sequence-list-join-photos-full.json"));
    let types::SequenceListData::Object(map) = &response.result.data else {
        panic!("join=photos is keyed by row index");
    };
    let mut keys: Vec<&str> = map.keys().map(String::as_str).collect();
    keys.sort();
    assert_eq!(keys, ["0", "483"]);
    for sequence in map.values() {
        assert_eq!(text(&sequence.id), "7068281");
        assert_eq!(sequence.photos.len(), 484);
        // Photos under join=photos carry cameraParameters null and qualityDetails arrays.
        assert!(
            sequence
                .photos
                .iter()
                .all(|p| p.camera_parameters.is_none())
        );
        assert!(
            sequence
                .photos
                .iter()
                .all(|p| matches!(p.quality_details, Some(types::QualityDetails::Array(_))))
        );
    }
}

#[test]
fn the_join_photo_capture_has_the_string_shapes() {
    let Some(dir) = real_fixtures_dir() else {
        return;
    };
    let response: types::SequenceListResponse =
        decode(&dir.join("v2-sequence-list-join-photo.json"));
    let sequence = sequences(&response.result.data)[0];
    assert!(matches!(
        sequence.camera_parameters,
        Some(types::CameraParameters::CameraParametersObject(_))
    ));
    let photo = sequence
        .photo
        .as_ref()
        .expect("join=photo embeds one photo");
    assert_eq!(
        photo.camera_parameters,
        Some(types::CameraParameters::String(String::new()))
    );
    assert!(matches!(
        photo.quality_details,
        Some(types::QualityDetails::String(_))
    ));
}

#[test]
fn own_fixtures_decode_with_their_quirks() {
    let dir = own_fixtures_dir();
    let page: types::PhotoListResponse = decode(&dir.join("v2-photo-list-page-unordered.json"));
    assert_eq!(page.result.has_more_data, Some(true));
    let types::PhotoListData::Array(photos) = &page.result.data else {
        panic!("a photo page is an array");
    };
    let indexes: Vec<String> = photos.iter().map(|p| text(&p.sequence_index)).collect();
    assert_eq!(indexes, ["4", "2", "3"]);
    assert_eq!(photos[0].shot_date.as_deref(), Some("0000-00-00 00:00:00"));

    let numeric: types::PhotoListResponse = decode(&dir.join("v2-photo-list-numeric-ids.json"));
    let types::PhotoListData::Array(photos) = &numeric.result.data else {
        panic!("array");
    };
    assert_eq!(photos[0].id, Some(types::StringOrInteger::Int64(3301)));
    assert!(matches!(
        photos[0].camera_parameters,
        Some(types::CameraParameters::Array(_))
    ));
    assert_eq!(numeric.status.execution_time, Some(0.0311));

    let cdn: types::PhotoResponse = decode(&dir.join("v2-photo-cdn-urls.json"));
    assert!(cdn.result.data.image_proc_url.is_some());

    let keyed: types::SequenceListResponse =
        decode(&dir.join("v2-sequence-list-join-photos-keyed.json"));
    assert!(matches!(keyed.result.data, types::SequenceListData::Object(ref m) if m.len() == 2));

    let single: types::SequenceResponse = decode(&dir.join("v2-sequence-get.json"));
    assert_eq!(text(&single.result.data.id), "6000003");
    let created: types::SequenceResponse = decode(&dir.join("v2-sequence-create.json"));
    assert_eq!(
        created.result.data.upload_status.as_deref(),
        Some("UPLOADING")
    );
    let metrics: types::UserMetricsResponse = decode(&dir.join("v2-user-metrics.json"));
    assert!(metrics.result.data.total_photos.is_some());

    let refused: types::ErrorEnvelope = decode(&dir.join("v2-error-inside-200.json"));
    assert_eq!(api_code(&refused.status), 618);
    let duplicate: types::ErrorEnvelope = decode(&dir.join("v1-error-duplicate.json"));
    assert_eq!(api_code(&duplicate.status), 660);

    let v1_photos: types::V1SequencePhotoListResponse =
        decode(&dir.join("v1-sequence-photo-list.json"));
    assert_eq!(v1_photos.osv.photos.len(), 2);
    let nearby: types::V1NearbyPhotosResponse = decode(&dir.join("v1-nearby-photos.json"));
    assert_eq!(nearby.total_filtered_items.len(), 1);
    let empty: types::V1NearbyTracksResponse = decode(&dir.join("v1-nearby-tracks-empty.json"));
    assert!(matches!(
        empty.osv,
        Some(types::V1NearbyTracksPayload::Array(_))
    ));
    let tracks: types::V1TracksResponse = decode(&dir.join("v1-tracks.json"));
    assert_eq!(tracks.current_page_items[0].track.len(), 3);
    let auth: types::V1AuthResponse = decode(&dir.join("v1-auth.json"));
    assert_eq!(auth.osv.username.as_deref(), Some("test-mapper"));
}

/// The own fixtures are all listed in their README, with the quirks they exercise.
#[test]
fn own_fixtures_are_documented() {
    let dir = own_fixtures_dir();
    let readme = std::fs::read_to_string(dir.join("README.md")).expect("fixtures README");
    for entry in std::fs::read_dir(&dir).expect("fixtures dir") {
        let name = entry
            .expect("entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        if name.ends_with(".json") {
            assert!(
                readme.contains(&format!("`{name}`")),
                "{name} is not in the README"
            );
        }
    }
}
