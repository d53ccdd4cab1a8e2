//! The typed models kartaview-ext builds from real captures and from the own fixtures.

use std::path::Path;

use kartaview_api::types;
use kartaview_ext::models::{Photo, Sequence, UserMetrics};
use kartaview_ext::{ImageSize, LatLng};
use kartaview_tests::{own_fixtures_dir, real_fixtures_dir};
use serde::de::DeserializeOwned;

fn decode<T: DeserializeOwned>(path: &Path) -> T {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn sequences(response: &types::SequenceListResponse) -> Vec<Sequence> {
    let data = match &response.result.data {
        types::SequenceListData::Array(items) => items.clone(),
        types::SequenceListData::Object(map) => map.values().cloned().collect(),
    };
    data.iter().filter_map(Sequence::from_wire).collect()
}

fn photos(response: &types::PhotoListResponse) -> Vec<Photo> {
    match &response.result.data {
        types::PhotoListData::Array(items) => items.iter().filter_map(Photo::from_wire).collect(),
        types::PhotoListData::Object(map) => map.values().filter_map(Photo::from_wire).collect(),
    }
}

#[test]
fn real_sequence_with_its_joined_photo() {
    let Some(dir) = real_fixtures_dir() else {
        return;
    };
    let response = decode(&dir.join("v2-sequence-list-join-photo.json"));
    let sequence = sequences(&response).remove(0);
    assert_eq!(sequence.photos.len(), 1);
    // qualityDetails arrived as a JSON string, cameraParameters as "".
    assert_eq!(sequence.photos[0].quality_details.len(), 5);
    assert_eq!(sequence.photos[0].camera, None);
    insta::assert_json_snapshot!(sequence);
}

#[test]
fn real_join_photos_capture_gives_484_ordered_unique_photos() {
    let Some(dir) = real_fixtures_dir() else {
        return;
    };
    let response = decode(&dir.join("v2-sequence-list-join-photos-full.json"));
    let all = sequences(&response);
    // Two keyed copies of the same sequence on the wire.
    assert_eq!(all.len(), 2);
    assert_eq!(all[0], all[1]);
    let photos = &all[0].photos;
    assert_eq!(photos.len(), 484);
    let indexes: Vec<u32> = photos.iter().filter_map(|p| p.sequence_index).collect();
    assert_eq!(indexes, (0..484).collect::<Vec<_>>());
    assert!(
        photos
            .iter()
            .all(|p| p.position.is_some() && p.shot_date.is_some())
    );
    let videos: std::collections::BTreeSet<u32> =
        photos.iter().filter_map(|p| p.video_index).collect();
    assert_eq!(videos.len(), 10);
    assert_eq!(all[0].photo_count, Some(484));
}

#[test]
fn real_user_join_create_and_doc_examples() {
    let Some(dir) = real_fixtures_dir() else {
        return;
    };
    let with_user = sequences(&decode(&dir.join("v2-sequence-list-join-user.json"))).remove(0);
    let user = with_user.user.expect("join=user");
    assert_eq!(user.username.as_deref(), Some("Pierce"));

    let created: types::SequenceResponse = decode(&dir.join("v2-sequence-create-response.json"));
    let created = Sequence::from_wire(&created.result.data).expect("id");
    // "0.000000" coordinates on create mean "no position yet".
    assert_eq!(created.start, None);
    assert_eq!(created.camera, None);
    insta::assert_json_snapshot!("real_sequence_create", created);

    let doc = photos(&decode(&dir.join("v2-doc-example-photo-list.json")));
    // The doc example's ids are JSON numbers and its cameraParameters an empty array.
    assert_eq!(doc[0].id, 112);
    assert_eq!(doc[0].video_index, Some(20));
    let metrics: types::UserMetricsResponse = decode(&dir.join("v2-doc-example-usermetrics.json"));
    insta::assert_json_snapshot!(
        "real_doc_usermetrics",
        UserMetrics::from(&metrics.result.data)
    );
}

#[test]
fn own_page_with_sentinels() {
    let page = photos(&decode(
        &own_fixtures_dir().join("v2-photo-list-page-unordered.json"),
    ));
    let by_index = |i: u32| {
        page.iter()
            .find(|p| p.sequence_index == Some(i))
            .expect("index")
    };
    // "0000-00-00 00:00:00" and "" heading.
    assert_eq!(by_index(4).shot_date, None);
    assert_eq!(by_index(4).heading, None);
    // "0.000000" coordinates: no fix.
    assert_eq!(by_index(2).position, None);
    // videoId "0": not from a video, so its videoIndex "0" means nothing either.
    assert_eq!(by_index(2).video_id, None);
    assert_eq!(by_index(2).video_index, None);
    // qualityDetails "" and "[]".
    assert!(by_index(3).quality_details.is_empty());
    insta::assert_json_snapshot!(page);
}

#[test]
fn own_keyed_join_photos_is_deduplicated_and_ordered() {
    let response = decode(&own_fixtures_dir().join("v2-sequence-list-join-photos-keyed.json"));
    let all = sequences(&response);
    assert_eq!(all.len(), 2);
    let sequence = &all[0];
    let ids: Vec<u64> = sequence.photos.iter().map(|p| p.id).collect();
    assert_eq!(ids, [700000000, 700000001]);
    let camera = sequence.camera.as_ref().expect("camera");
    assert_eq!(camera.focal_length, Some(4.3));
    assert_eq!(
        sequence.metadata_url.as_deref(),
        Some("https://storage5.openstreetcam.org/files/photo/2022/1/2/6000002_meta.txt")
    );
}

#[test]
fn image_urls_from_every_shape() {
    let dir = own_fixtures_dir();
    let cdn: types::PhotoResponse = decode(&dir.join("v2-photo-cdn-urls.json"));
    let photo = Photo::from_wire(&cdn.result.data).expect("photo");
    assert!(photo.is_spherical());
    let urls: Vec<(ImageSize, Option<String>)> = ImageSize::ALL
        .into_iter()
        .map(|size| (size, photo.image_url(size)))
        .collect();
    insta::assert_debug_snapshot!("image_urls_cdn_and_template", urls);

    let numeric = photos(&decode(&dir.join("v2-photo-list-numeric-ids.json")));
    // The doc example has the placeholder even in filepathLTh; fileurl is the template.
    assert_eq!(
        numeric[0].image_url(ImageSize::Lth).as_deref(),
        Some("http://storage1.openstreetcam.org/files/photo/2019/2/3/lth/4402_bbbb.jpeg")
    );

    let v1: types::V1SequencePhotoListResponse = decode(&dir.join("v1-sequence-photo-list.json"));
    let v1_photos: Vec<Photo> = v1
        .osv
        .photos
        .iter()
        .filter_map(|p| Photo::from_v1_sequence_photo(p, "https://api.openstreetcam.org"))
        .collect();
    assert_eq!(
        v1_photos[0].image_url(ImageSize::Proc).as_deref(),
        Some("https://api.openstreetcam.org/storage3/files/photo/2016/3/4/proc/300002_x_2.jpg")
    );
    assert_eq!(
        v1_photos[0].image_url(ImageSize::Ori).as_deref(),
        Some("https://api.openstreetcam.org/storage3/files/photo/2016/3/4/ori/300002_x_2.jpg")
    );
    // "0.000000", "" heading and null way_id on the first frame; the 1.0 date format.
    assert_eq!(v1_photos[1].position, None);
    assert_eq!(v1_photos[1].heading, None);
    assert_eq!(v1_photos[1].way_id, None);
    assert_eq!(
        v1_photos[0].date_added.map(|d| d.to_string()).as_deref(),
        Some("2016-03-04 09:08:00")
    );

    let nearby: types::V1NearbyPhotosResponse = decode(&dir.join("v1-nearby-photos.json"));
    let near = Photo::from_v1_nearby_photo(&nearby.current_page_items[0], "http://127.0.0.1:1/")
        .expect("photo");
    assert_eq!(
        near.position,
        Some(LatLng {
            lat: 40.416775,
            lng: -3.70379
        })
    );
    assert_eq!(
        near.image_url(ImageSize::Th).as_deref(),
        Some("http://127.0.0.1:1/storage9/files/photo/2018/6/7/th/310004_y_7.jpg")
    );
}

/// Serializes `value` and reads it back: the model's own JSON is a format a program can store.
/// (Exactly, floats included, with serde_json's `float_roundtrip`, as this crate enables it.)
fn round_trip<T: serde::Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(value: &T) {
    let json = serde_json::to_string(value).expect("serializes");
    let back: T = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"));
    // The JSON first: a readable difference, where the models' Debug would be pages long.
    let again = serde_json::to_string(&back).expect("serializes");
    assert!(again == json, "read back differently:\n{json}\n{again}");
    assert!(&back == value, "read back differently: {json}");
}

#[test]
fn models_read_back_their_own_json() {
    let Some(dir) = real_fixtures_dir() else {
        return;
    };
    let full = sequences(&decode(&dir.join("v2-sequence-list-join-photos-full.json")));
    let with_user = sequences(&decode(&dir.join("v2-sequence-list-join-user.json")));
    assert!(!full.is_empty() && !full[0].photos.is_empty() && with_user[0].user.is_some());
    for sequence in full.iter().chain(&with_user) {
        sequence.photos.iter().for_each(round_trip);
        round_trip(sequence);
    }
    photos(&decode(&dir.join("v2-doc-example-photo-list.json")))
        .iter()
        .for_each(round_trip);
    let metrics: types::UserMetricsResponse = decode(&dir.join("v2-doc-example-usermetrics.json"));
    round_trip(&UserMetrics::from(&metrics.result.data));
    let v1: types::V1SequencePhotoListResponse =
        decode(&own_fixtures_dir().join("v1-sequence-photo-list.json"));
    let from_v1: Vec<Photo> = v1
        .osv
        .photos
        .iter()
        .filter_map(|p| Photo::from_v1_sequence_photo(p, "https://api.openstreetcam.org"))
        .collect();
    assert!(!from_v1.is_empty());
    from_v1.iter().for_each(round_trip);
}
