//! Every answer of the mock decodes with the response schemas of `openapi.yaml`.
//!
//! A small validator of the OpenAPI subset the spec uses: `$ref`, `oneOf` (any branch, as
//! untagged decoding works), `type`, `properties`, `required`, `items`,
//! `additionalProperties`. Following the spec's convention, a `null` property counts as
//! absent. The strict check (`nullable`, `enum`, `format`) of every answer the fake gives in
//! the test suite is `.ci/validate_fake.py`'s, an independent validator CI runs after the tests.

mod common;

use common::*;
use kartaview_mock::*;
use reqwest::multipart::{Form, Part};
use reqwest::{Method, RequestBuilder};
use serde_json::Value;

struct Spec {
    root: Value,
}

impl Spec {
    fn load() -> Spec {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../openapi.yaml");
        let text = std::fs::read_to_string(path).unwrap();
        Spec {
            root: serde_norway::from_str(&text).unwrap(),
        }
    }

    fn resolve<'a>(&'a self, mut schema: &'a Value) -> &'a Value {
        while let Some(r) = schema.get("$ref").and_then(Value::as_str) {
            let mut node = &self.root;
            for part in r.trim_start_matches("#/").split('/') {
                node = &node[part];
            }
            assert!(!node.is_null(), "dangling {r}");
            schema = node;
        }
        schema
    }

    fn response_schema(&self, path: &str, method: &str, status: u16) -> &Value {
        let op = &self.root["paths"][path][method];
        assert!(op.is_object(), "{method} {path} is not in the spec");
        let key = if status < 300 { "200" } else { "4XX" };
        let resp = self.resolve(&op["responses"][key]);
        &resp["content"]["application/json"]["schema"]
    }

    fn check(&self, schema: &Value, v: &Value, at: &str, errs: &mut Vec<String>) {
        let schema = self.resolve(schema);
        if let Some(alts) = schema.get("oneOf").and_then(Value::as_array) {
            let fits = alts.iter().any(|alt| {
                let mut e = Vec::new();
                self.check(alt, v, at, &mut e);
                e.is_empty()
            });
            if !fits {
                errs.push(format!("{at}: no oneOf branch fits {}", short(v)));
            }
            return;
        }
        let ty = schema.get("type").and_then(Value::as_str);
        let ok = match ty {
            None => true,
            Some("string") => v.is_string(),
            Some("integer") => v.is_i64() || v.is_u64(),
            Some("number") => v.is_number(),
            Some("boolean") => v.is_boolean(),
            Some("array") => match v.as_array() {
                Some(items) => {
                    for (i, item) in items.iter().enumerate() {
                        self.check(&schema["items"], item, &format!("{at}[{i}]"), errs);
                    }
                    true
                }
                None => false,
            },
            Some("object") => match v.as_object() {
                Some(obj) => {
                    self.check_object(schema, obj, at, errs);
                    true
                }
                None => false,
            },
            Some(other) => panic!("unsupported type {other}"),
        };
        if !ok {
            errs.push(format!("{at}: expected {ty:?}, got {}", short(v)));
        }
    }

    fn check_object(
        &self,
        schema: &Value,
        obj: &serde_json::Map<String, Value>,
        at: &str,
        errs: &mut Vec<String>,
    ) {
        let required: Vec<&str> = schema["required"]
            .as_array()
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        for r in &required {
            if obj.get(*r).is_none_or(Value::is_null) {
                errs.push(format!("{at}: missing required {r}"));
            }
        }
        for (k, val) in obj {
            if val.is_null() {
                continue;
            }
            let at = format!("{at}.{k}");
            if let Some(p) = schema["properties"].get(k) {
                self.check(p, val, &at, errs);
            } else if schema["additionalProperties"].is_object() {
                self.check(&schema["additionalProperties"], val, &at, errs);
            }
        }
    }
}

fn short(v: &Value) -> String {
    let s = v.to_string();
    s.chars().take(80).collect()
}

struct Checker {
    spec: Spec,
    mock: MockServer,
    errs: Vec<String>,
    seen: Vec<String>,
}

impl Checker {
    async fn new() -> Checker {
        Checker {
            spec: Spec::load(),
            mock: MockServer::start().await.unwrap(),
            errs: Vec::new(),
            seen: Vec::new(),
        }
    }

    fn req(&self, method: Method, url_path: &str) -> RequestBuilder {
        client()
            .request(method, format!("{}{url_path}", self.mock.base_url()))
            .header("X-Auth-Token", self.mock.token())
    }

    /// Sends `rb`, checks the answer against `spec_path`'s schema, returns the body.
    async fn run(&mut self, spec_path: &str, method: &str, rb: RequestBuilder, want: u16) -> Value {
        let resp = rb.send().await.unwrap();
        let status = resp.status().as_u16();
        let body: Value = resp.json().await.unwrap();
        let label = format!("{method} {spec_path} ({status})");
        assert_eq!(status, want, "{label}: {body}");
        let schema = self.spec.response_schema(spec_path, method, status);
        self.spec.check(schema, &body, &label, &mut self.errs);
        self.seen.push(label);
        body
    }
}

fn upload_form(token: Option<&str>, file: &str, seq: i64, idx: i64) -> Form {
    let mut f = Form::new();
    if let Some(t) = token {
        f = f.text("access_token", t.to_string());
    }
    f.text("sequenceId", seq.to_string())
        .text("sequenceIndex", idx.to_string())
        .text("coordinate", "46.77,23.59")
        .text("shotDate", "2026-01-02 03:04:05")
        .part(
            file.to_string(),
            Part::bytes(fake_jpeg(1)).file_name("a.jpg"),
        )
}

#[tokio::test]
async fn every_served_answer_matches_the_spec() {
    let mut c = Checker::new().await;
    let token = c.mock.token().to_string();
    let g = Method::GET;

    for q in [
        "?id=1001",
        "?id=1001&join=photos",
        "?id=1001,1004&join=photos",
        "?userId=42&join=user,photo",
    ] {
        let rb = c.req(g.clone(), &format!("/2.0/sequence/{q}"));
        c.run("/2.0/sequence/", "get", rb, 200).await;
    }
    for id in ["1001?join=user,photo,photos", "1004?join=photo"] {
        let rb = c.req(g.clone(), &format!("/2.0/sequence/{id}"));
        c.run("/2.0/sequence/{sequenceId}", "get", rb, 200).await;
    }
    let rb = c.req(g.clone(), "/2.0/sequence/1002/photos?page=2");
    c.run("/2.0/sequence/{sequenceId}/photos", "get", rb, 200)
        .await;
    for q in [
        "?sequenceId=1002&itemsPerPage=100",
        "?sequenceId=1001&join=sequence,user,video",
        "?sequenceId=1004",
        "?idInterval=100000001-100000050",
        "?lat=46.77&lng=23.59&radius=500",
    ] {
        let rb = c.req(g.clone(), &format!("/2.0/photo/{q}"));
        c.run("/2.0/photo/", "get", rb, 200).await;
    }
    for id in [DEFAULT_FIRST_PHOTO_ID + 13, DEFAULT_FIRST_PHOTO_ID + 30] {
        let rb = c.req(g.clone(), &format!("/2.0/photo/{id}"));
        c.run("/2.0/photo/{photoId}", "get", rb, 200).await;
    }
    let rb = c.req(g.clone(), "/2.0/video/?sequenceId=1001");
    c.run("/2.0/video/", "get", rb, 200).await;
    let rb = c.req(g.clone(), "/2.0/video/5000002");
    c.run("/2.0/video/{videoId}", "get", rb, 200).await;
    let rb = c.req(g.clone(), "/2.0/user/?join=metrics");
    c.run("/2.0/user/", "get", rb, 200).await;
    let rb = c.req(g.clone(), "/2.0/user/42?join=metrics");
    c.run("/2.0/user/{userId}", "get", rb, 200).await;
    let rb = c.req(g.clone(), "/2.0/user-metrics/42");
    c.run("/2.0/user-metrics/{userId}", "get", rb, 200).await;

    // 2.0 writes.
    let rb = c
        .req(Method::POST, "/2.0/sequence/")
        .form(&[("deviceName", "d")]);
    let created = c.run("/2.0/sequence/", "post", rb, 200).await;
    let seq = as_i64(&created["result"]["data"]["id"]);
    let rb = c
        .req(Method::PUT, &format!("/2.0/sequence/{seq}"))
        .form(&[("platformName", "Android")]);
    c.run("/2.0/sequence/{sequenceId}", "put", rb, 200).await;
    let rb = c
        .req(Method::POST, "/2.0/photo/")
        .multipart(upload_form(None, "payload", seq, 0));
    let photo = c.run("/2.0/photo/", "post", rb, 200).await;
    let photo_id = as_i64(&photo["result"]["data"]["id"]);
    let rb = c
        .req(Method::PUT, &format!("/2.0/photo/{photo_id}"))
        .multipart(Form::new().text("heading", "10"));
    c.run("/2.0/photo/{photoId}", "put", rb, 200).await;
    let rb = c
        .req(Method::POST, "/2.0/video/")
        .multipart(upload_form(None, "payload", seq, 0));
    c.run("/2.0/video/", "post", rb, 200).await;
    let rb = c.req(g.clone(), &format!("/2.0/sequence/{seq}/finish"));
    c.run("/2.0/sequence/{sequenceId}/finish", "get", rb, 200)
        .await;
    let rb = c.req(Method::DELETE, &format!("/2.0/photo/{photo_id}"));
    c.run("/2.0/photo/{photoId}", "delete", rb, 200).await;
    let rb = c.req(Method::DELETE, &format!("/2.0/sequence/{seq}"));
    c.run("/2.0/sequence/{sequenceId}", "delete", rb, 200).await;

    // 1.0 and auth.
    let rb = c
        .req(Method::POST, "/auth/openstreetmap/client_auth")
        .form(&[("request_token", "t"), ("secret_token", "s")]);
    c.run("/auth/{provider}/client_auth", "post", rb, 200).await;
    let rb = c
        .req(Method::POST, "/1.0/sequence/")
        .form(&[("access_token", token.as_str()), ("uploadSource", "spec")]);
    let v1 = c.run("/1.0/sequence/", "post", rb, 200).await;
    let seq1 = as_i64(&v1["osv"]["sequence"]["id"]);
    let rb =
        c.req(Method::POST, "/1.0/photo/")
            .multipart(upload_form(Some(&token), "photo", seq1, 0));
    c.run("/1.0/photo/", "post", rb, 200).await;
    let rb =
        c.req(Method::POST, "/1.0/video/")
            .multipart(upload_form(Some(&token), "video", seq1, 0));
    c.run("/1.0/video/", "post", rb, 200).await;
    let rb = c
        .req(Method::POST, "/1.0/sequence/finished-uploading/")
        .form(&[
            ("access_token", token.as_str()),
            ("sequenceId", &seq1.to_string()),
        ]);
    c.run("/1.0/sequence/finished-uploading/", "post", rb, 200)
        .await;
    let rb = c
        .req(Method::POST, "/1.0/sequence/photo-list/")
        .form(&[("sequenceId", "1002")]);
    c.run("/1.0/sequence/photo-list/", "post", rb, 200).await;
    let rb = c.req(Method::POST, "/1.0/list/nearby-photos/").form(&[
        ("lat", "46.77"),
        ("lng", "23.59"),
        ("radius", "1000"),
    ]);
    c.run("/1.0/list/nearby-photos/", "post", rb, 200).await;
    let rb = c
        .req(Method::POST, "/1.0/user/details/")
        .form(&[("username", "test-mapper")]);
    c.run("/1.0/user/details/", "post", rb, 200).await;

    // Errors use the error envelope.
    let rb =
        c.req(Method::POST, "/1.0/photo/")
            .multipart(upload_form(Some(&token), "photo", seq1, 0));
    c.run("/1.0/photo/", "post", rb, 400).await;
    let rb = client()
        .post(format!("{}/2.0/sequence/", c.mock.base_url()))
        .form(&[("deviceName", "d")]);
    c.run("/2.0/sequence/", "post", rb, 401).await;
    let rb = c.req(g.clone(), "/2.0/photo/");
    c.run("/2.0/photo/", "get", rb, 400).await;
    let rb = c.req(g, "/2.0/sequence/5");
    c.run("/2.0/sequence/{sequenceId}", "get", rb, 404).await;

    assert_eq!(c.seen.len(), 39, "every call above was checked");
    assert!(
        c.errs.is_empty(),
        "{} mismatches:\n{}",
        c.errs.len(),
        c.errs.join("\n")
    );
}

#[test]
fn the_validator_catches_mismatches() {
    let spec = Spec::load();
    let photo = &spec.root["components"]["schemas"]["Photo"];
    let mut errs = Vec::new();
    spec.check(
        photo,
        &serde_json::json!({"id": "1", "lat": null}),
        "ok",
        &mut errs,
    );
    assert!(errs.is_empty(), "{errs:?}");
    spec.check(photo, &serde_json::json!({"id": true}), "bad", &mut errs);
    spec.check(
        photo,
        &serde_json::json!({"qualityDetails": {"label": 1}}),
        "bad",
        &mut errs,
    );
    let status = &spec.root["components"]["schemas"]["ErrorEnvelope"];
    spec.check(status, &serde_json::json!({"status": {}}), "bad", &mut errs);
    assert_eq!(errs.len(), 3, "{errs:?}");
}

/// A request path for a spec path, with the default dataset's ids.
fn fill(template: &str) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some((head, tail)) = rest.split_once('{') {
        let (name, after) = tail.split_once('}').unwrap();
        out.push_str(head);
        out.push_str(match name {
            "sequenceId" => "1001",
            "photoId" => "100000001",
            "videoId" => "5000001",
            "userId" => "42",
            "provider" => "openstreetmap",
            _ => "1",
        });
        rest = after;
    }
    out.push_str(rest);
    out
}

#[tokio::test]
async fn operations_the_fake_does_not_serve_are_answered_501() {
    let spec = Spec::load();
    let mock = MockServer::start().await.unwrap();
    let mut not_served = Vec::new();
    for (template, item) in spec.root["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let Some(id) = op.get("operationId").and_then(Value::as_str) else {
                continue;
            };
            let path = fill(template);
            let method = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let resp = client()
                .request(method.clone(), format!("{}{path}", mock.base_url()))
                .header("X-Auth-Token", mock.token())
                .send()
                .await
                .unwrap();
            if resp.status().as_u16() == 501 {
                let text = resp.text().await.unwrap();
                assert_eq!(text, format!("{NOT_IMPLEMENTED}: {method} {path}"));
                not_served.push(id.to_string());
            }
        }
    }
    not_served.sort();
    // The operations the crate documentation lists as not served.
    let mut documented = [
        "gmLeaderboard",
        "photoPartCreate",
        "photoPartDeleteById",
        "photoPartGetById",
        "photoPartUpdateById",
        "sequenceAttachmentCreate",
        "sequenceAttachmentDeleteById",
        "sequenceAttachmentGetById",
        "sequenceAttachmentUpdateById",
        "sequenceDetails",
        "sequenceGetMapMatchedTracks",
        "sequenceGetTile",
        "sequenceRawdataCreate",
        "sequenceRawdataDeleteById",
        "sequenceRawdataGetById",
        "sequenceRawdataUpdateById",
        "userDeleteById",
        "v1NearbyTracksList",
        "v1PhotoDetails",
        "v1PhotoRotate",
        "v1TracksList",
        "videoDeleteById",
        "videoUpdateById",
    ];
    documented.sort();
    assert_eq!(not_served, documented);
}
