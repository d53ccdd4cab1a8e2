//! Decoding the 484-photo `join=photos` capture: the typed path (generated types, then the
//! lenient models) against a plain `serde_json::Value` parse of the same bytes.
//!
//! `cargo bench -p kartaview-ext --bench decode`. Reads the real capture from
//! `../shared/fixtures/real/` when it exists, else builds an equivalent synthetic body.

#![recursion_limit = "256"]

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use kartaview_api::types;

const CAPTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../shared/fixtures/real/v2-sequence-list-join-photos-full.json"
);

fn body() -> (Vec<u8>, &'static str) {
    match std::fs::read(CAPTURE) {
        Ok(bytes) => (bytes, "real capture"),
        Err(_) => (synthetic(), "synthetic equivalent"),
    }
}

/// Two keyed copies of one sequence holding 484 photos, every scalar a string.
fn synthetic() -> Vec<u8> {
    let photos: Vec<serde_json::Value> = (0..484u32)
        .map(|i| {
            serde_json::json!({
                "id": (1711957993 + i).to_string(), "sequenceId": "7068281", "sequenceIndex": i.to_string(),
                "videoId": (16282313 + i / 50).to_string(), "videoIndex": (i / 50).to_string(), "rawDataId": "0",
                "lat": format!("{:.6}", -38.023705 + f64::from(i) * 1e-5), "lng": format!("{:.6}", 144.409032 + f64::from(i) * 1e-5),
                "matchLat": "-38.023662567138670", "matchLng": "144.409042358398440", "matchSegmentId": "0",
                "from": "5368752937", "to": "5368752610", "wayId": "556547759", "heading": "168.86", "headers": "0.00",
                "gpsAccuracy": "4.7468", "distance": "9.53", "dateAdded": "2023-04-06 04:16:15",
                "dateProcessed": "2023-04-06 04:30:58", "shotDate": "2023-04-06 03:41:01", "width": "4032", "height": "3024",
                "fieldOfView": "0", "projection": "PLANE", "projectionYaw": "0", "imagePartProjection": "NONE",
                "isWrapped": "0", "isUnwrapped": "0", "wrapVersion": "0", "unwrapVersion": "0", "hasObd": "0",
                "autoImgProcessingStatus": "FINISHED", "autoImgProcessingResult": "BLURRED", "qualityLevel": "1",
                "qualityStatus": "FINISHED", "cameraParameters": null,
                "qualityDetails": [{"label": 2, "confidence": 0.0025400864, "presence_level": 1}],
                "orgCode": "CMNT", "status": "active", "visibility": "public", "storage": "storage13",
                "name": format!("7068281_{i:032x}.jpg"),
                "filepath": format!("2023/4/6/{{{{sizeprefix}}}}/7068281_{i:032x}.jpg"),
                "fileurl": format!("https://storage13.openstreetcam.org/files/photo/2023/4/6/{{{{sizeprefix}}}}/7068281_{i:032x}.jpg"),
                "fileurlProc": format!("https://storage13.openstreetcam.org/files/photo/2023/4/6/proc/7068281_{i:032x}.jpg"),
                "fileurlLTh": format!("https://storage13.openstreetcam.org/files/photo/2023/4/6/lth/7068281_{i:032x}.jpg"),
                "fileurlTh": format!("https://storage13.openstreetcam.org/files/photo/2023/4/6/th/7068281_{i:032x}.jpg"),
            })
        })
        .collect();
    let sequence = serde_json::json!({
        "id": "7068281", "userId": "304", "countActivePhotos": "484", "currentLat": "-38.023705",
        "currentLng": "144.409032", "status": "active", "photos": photos,
    });
    serde_json::to_vec(&serde_json::json!({
        "status": {"apiCode": 600, "apiMessage": "The request has been processed without incidents", "httpCode": 200, "httpMessage": "Success"},
        "result": {"data": {"0": sequence.clone(), "483": sequence}, "hasMoreData": false}
    }))
    .unwrap_or_default()
}

fn decode(c: &mut Criterion) {
    let (bytes, source) = body();
    eprintln!("decode bench input: {source}, {} bytes", bytes.len());
    let mut group = c.benchmark_group("decode_join_photos");
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function("serde_json_value", |b| {
        b.iter(|| serde_json::from_slice::<serde_json::Value>(black_box(&bytes)))
    });
    group.bench_function("generated_types", |b| {
        b.iter(|| serde_json::from_slice::<types::SequenceListResponse>(black_box(&bytes)))
    });
    group.bench_function("typed_models", |b| {
        b.iter(|| kartaview_ext::decode::sequence_list(black_box(&bytes)))
    });
    group.finish();
}

criterion_group!(benches, decode);
criterion_main!(benches);
