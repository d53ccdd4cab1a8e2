//! Helpers shared by the integration tests.
#![allow(dead_code)]

use kartaview_mock::MockServer;
use reqwest::multipart::{Form, Part};
use serde_json::Value;

pub fn client() -> reqwest::Client {
    client_builder().build().unwrap()
}

/// A client configured as the SDK's (its TLS), without proxies.
pub fn client_builder() -> reqwest::ClientBuilder {
    kartaview_ext::http_client_builder().unwrap().no_proxy()
}

/// GET `path` on the API; status and JSON body (Null when the body is not JSON).
pub async fn get(mock: &MockServer, path: &str) -> (u16, Value) {
    let resp = client()
        .get(format!("{}{path}", mock.base_url()))
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    let body = resp.bytes().await.unwrap();
    (status, serde_json::from_slice(&body).unwrap_or(Value::Null))
}

/// POST a urlencoded form on the API.
pub async fn post_form(mock: &MockServer, path: &str, form: &[(&str, &str)]) -> (u16, Value) {
    let resp = client()
        .post(format!("{}{path}", mock.base_url()))
        .form(form)
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    let body = resp.bytes().await.unwrap();
    (status, serde_json::from_slice(&body).unwrap_or(Value::Null))
}

/// Any bytes do as an upload; these look like a JPEG.
pub fn fake_jpeg(tag: u8) -> Vec<u8> {
    vec![0xFF, 0xD8, 0xFF, 0xFE, 0x00, 0x03, tag, 0xFF, 0xD9]
}

/// The multipart form of `POST /1.0/photo/`.
pub fn v1_photo_form(token: &str, seq: i64, idx: i64, tag: u8) -> Form {
    Form::new()
        .text("access_token", token.to_string())
        .text("sequenceId", seq.to_string())
        .text("sequenceIndex", idx.to_string())
        .text("coordinate", "46.770000,23.590000")
        .text("shotDate", "2026-01-02 03:04:05")
        .text("headers", "91.5")
        .text("gpsAccuracy", "4.0")
        .part(
            "photo",
            Part::bytes(fake_jpeg(tag))
                .file_name("p.jpg")
                .mime_str("image/jpeg")
                .unwrap(),
        )
}

pub async fn upload_v1(mock: &MockServer, seq: i64, idx: i64) -> (u16, Value) {
    let resp = client()
        .post(format!("{}/1.0/photo/", mock.base_url()))
        .multipart(v1_photo_form(mock.token(), seq, idx, idx as u8))
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap())
}

/// Creates a sequence through API 1.0 and returns its id.
pub async fn create_sequence_v1(mock: &MockServer) -> i64 {
    let (status, body) = post_form(
        mock,
        "/1.0/sequence/",
        &[
            ("access_token", mock.token()),
            ("uploadSource", "tests"),
            ("currentCoordinate", "46.77,23.59"),
        ],
    )
    .await;
    assert_eq!(status, 200, "{body}");
    as_i64(&body["osv"]["sequence"]["id"])
}

/// A string or number holding an integer.
pub fn as_i64(v: &Value) -> i64 {
    match v {
        Value::String(s) => s.parse().unwrap(),
        Value::Number(n) => n.as_i64().unwrap(),
        other => panic!("not an integer: {other}"),
    }
}

/// Field `key` of every item of `result.data`.
pub fn column(body: &Value, key: &str) -> Vec<i64> {
    body["result"]["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| as_i64(&p[key]))
        .collect()
}

pub fn api_code(body: &Value) -> String {
    match &body["status"]["apiCode"] {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}
