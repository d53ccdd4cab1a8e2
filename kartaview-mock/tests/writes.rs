//! Uploads, auth, deletes and the state they leave.

mod common;

use common::*;
use kartaview_mock::*;
use reqwest::multipart::{Form, Part};

#[tokio::test]
async fn v1_upload_flow_stores_photos_visible_to_reads() {
    let mock = MockServer::start().await.unwrap();
    let seq = create_sequence_v1(&mock).await;
    assert_eq!(seq, FIRST_CREATED_SEQUENCE_ID);
    for idx in 0..3 {
        let (status, body) = upload_v1(&mock, seq, idx).await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["status"]["apiCode"], "600");
        assert_eq!(body["osv"]["photo"]["sequenceIndex"], idx.to_string());
        assert!(
            body["osv"]["photo"]["path"]
                .as_str()
                .unwrap()
                .starts_with("storage")
        );
    }
    let (status, fin) = post_form(
        &mock,
        "/1.0/sequence/finished-uploading/",
        &[
            ("access_token", mock.token()),
            ("sequenceId", &seq.to_string()),
        ],
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(fin["osv"]["sequenceId"], seq.to_string());

    let st = mock.state();
    assert_eq!(st.sequence_indexes(seq), [0, 1, 2]);
    assert_eq!(st.finished_calls(seq), 1);
    assert_eq!(st.sequence(seq).unwrap().upload_status, "FINISHED");
    assert_eq!(
        st.photos_of(seq)[1].image.as_deref(),
        Some(&fake_jpeg(1)[..])
    );
    assert_eq!(st.upload_attempts_for(seq).len(), 3);

    let (_, s) = get(&mock, &format!("/2.0/sequence/{seq}")).await;
    assert_eq!(s["result"]["data"]["countActivePhotos"], "3");
    assert_eq!(s["result"]["data"]["uploadSource"], "tests");
    let (_, photos) = get(&mock, &format!("/2.0/photo/?sequenceId={seq}")).await;
    let mut idx = column(&photos, "sequenceIndex");
    idx.sort_unstable();
    assert_eq!(idx, [0, 1, 2]);
    // The uploaded bytes come back from the image listener.
    let url = photos["result"]["data"][0]["fileurlProc"].as_str().unwrap();
    let id = as_i64(&photos["result"]["data"][0]["id"]);
    let bytes = client()
        .get(url)
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert_eq!(Some(bytes.to_vec()), st.photo(id).unwrap().image.clone());
}

#[tokio::test]
async fn duplicate_upload_is_660_and_stored_once() {
    let mock = MockServer::start().await.unwrap();
    let seq = create_sequence_v1(&mock).await;
    let (first, _) = upload_v1(&mock, seq, 5).await;
    assert_eq!(first, 200);
    let (status, body) = upload_v1(&mock, seq, 5).await;
    assert_eq!(status, 400);
    assert_eq!(body["status"]["apiCode"], "660");
    assert_eq!(body["status"]["httpCode"], 400);
    assert_eq!(
        body["status"]["apiMessage"],
        " You are not allowed to add a duplicate entry (sequenceIndex)"
    );
    let st = mock.state();
    assert_eq!(st.photos_of(seq).len(), 1);
    let outcomes: Vec<&UploadOutcome> = st.upload_attempts.iter().map(|a| &a.outcome).collect();
    assert!(matches!(outcomes[0], UploadOutcome::Stored { .. }));
    assert_eq!(outcomes[1], &UploadOutcome::Duplicate);
    // Seeded indexes count as stored too.
    let (status, body) = upload_v1(&mock, DEFAULT_SEQUENCE_ID, 0).await;
    assert_eq!((status, api_code(&body)), (400, "660".to_string()));
}

#[tokio::test]
async fn uploads_to_a_deleted_sequence_get_612() {
    let mock = MockServer::start().await.unwrap();
    let seq = create_sequence_v1(&mock).await;
    upload_v1(&mock, seq, 0).await;
    let resp = client()
        .delete(format!("{}/2.0/sequence/{seq}", mock.base_url()))
        .header("X-Auth-Token", mock.token())
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let (status, body) = upload_v1(&mock, seq, 1).await;
    assert_eq!(status, 400);
    assert_eq!(body["status"]["apiCode"], "612");
    assert_eq!(
        body["status"]["apiMessage"],
        " An argument is out of range (sequenceId)"
    );
    let (status, _) = upload_v1(&mock, 777_777, 0).await;
    assert_eq!(status, 400);
    let st = mock.state();
    assert_eq!(st.deleted_sequence_ids, [seq]);
    assert_eq!(st.deleted_photo_ids.len(), 1);
    assert!(st.photos_of(seq).is_empty());
    assert_eq!(
        st.upload_attempts.last().unwrap().outcome,
        UploadOutcome::Rejected { api_code: 612 }
    );
    let (status, _) = get(&mock, &format!("/2.0/sequence/{seq}")).await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn writes_without_a_valid_token_get_401() {
    let mock = MockServer::start().await.unwrap();
    let (status, body) = post_form(&mock, "/1.0/sequence/", &[("uploadSource", "x")]).await;
    assert_eq!(status, 401);
    assert_eq!(body["status"]["apiCode"], "401");
    let wrong = client()
        .post(format!("{}/1.0/photo/", mock.base_url()))
        .multipart(v1_photo_form("not-the-token", 1001, 9999, 0))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 401);
    // 2.0 wants the header.
    let resp = client()
        .post(format!("{}/2.0/sequence/", mock.base_url()))
        .form(&[("deviceName", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 401);
    let body: serde_json::Value = resp.json().await.unwrap();
    assert_eq!(body["status"]["apiCode"], 401);
    let resp = client()
        .delete(format!(
            "{}/2.0/photo/{DEFAULT_FIRST_PHOTO_ID}",
            mock.base_url()
        ))
        .header("X-Auth-Token", "wrong")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 401);
    let st = mock.state();
    assert!(st.sequences.iter().all(|s| s.seeded), "nothing created");
    assert!(st.deleted_photo_ids.is_empty());
    assert_eq!(
        st.upload_attempts[0].outcome,
        UploadOutcome::Rejected { api_code: 401 }
    );
}

#[tokio::test]
async fn v2_upload_flow_with_payload_update_and_delete() {
    let mock = MockServer::start().await.unwrap();
    let c = client();
    let base = mock.base_url();
    let created: serde_json::Value = c
        .post(format!("{base}/2.0/sequence/"))
        .header("X-Auth-Token", mock.token())
        .form(&[("deviceName", "Vantrue OnDash X4S")])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let s = &created["result"]["data"];
    assert_eq!(s["uploadStatus"], "UPLOADING");
    assert!(s["cameraParameters"].is_null());
    assert_eq!(s["currentLat"], "0.000000");
    let seq = as_i64(&s["id"]);
    let form = Form::new()
        .text("sequenceId", seq.to_string())
        .text("sequenceIndex", "0")
        .text("coordinate", "46.5,23.5")
        .text("heading", "12.5")
        .part("payload", Part::bytes(fake_jpeg(7)).file_name("a.jpg"));
    let up: serde_json::Value = c
        .post(format!("{base}/2.0/photo/"))
        .header("X-Auth-Token", mock.token())
        .multipart(form)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(up["status"]["apiCode"], 600);
    let id = as_i64(&up["result"]["data"]["id"]);
    assert_eq!(up["result"]["data"]["heading"], "12.50");

    let update = Form::new()
        .text("heading", "90")
        .part("payload", Part::bytes(fake_jpeg(8)).file_name("b.jpg"));
    let resp = c
        .put(format!("{base}/2.0/photo/{id}"))
        .header("X-Auth-Token", mock.token())
        .multipart(update)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(mock.state().photo(id).unwrap().image, Some(fake_jpeg(8)));

    let fin = c
        .get(format!("{base}/2.0/sequence/{seq}/finish"))
        .header("X-Auth-Token", mock.token())
        .send()
        .await
        .unwrap();
    assert_eq!(fin.status(), 200);
    let del = c
        .delete(format!("{base}/2.0/photo/{id}"))
        .header("X-Auth-Token", mock.token())
        .send()
        .await
        .unwrap();
    assert_eq!(del.status(), 200);
    let st = mock.state();
    assert_eq!(st.finished_calls(seq), 1);
    assert_eq!(st.deleted_photo_ids, [id]);
    let (status, _) = get(&mock, &format!("/2.0/photo/{id}")).await;
    assert_eq!(status, 404);
    // A deleted photo frees its index.
    let again = Form::new()
        .text("sequenceId", seq.to_string())
        .text("sequenceIndex", "0")
        .text("coordinate", "46.5,23.5")
        .text("payload", "raw bytes as a plain field");
    let resp = c
        .post(format!("{base}/2.0/photo/"))
        .header("X-Auth-Token", mock.token())
        .multipart(again)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
}

#[tokio::test]
async fn video_uploads_are_recorded_with_the_duplicate_rule() {
    let mock = MockServer::start().await.unwrap();
    let seq = create_sequence_v1(&mock).await;
    let form = |idx: i64| {
        Form::new()
            .text("access_token", mock.token().to_string())
            .text("sequenceId", seq.to_string())
            .text("sequenceIndex", idx.to_string())
            .part("video", Part::bytes(vec![0u8; 1000]).file_name("0.mp4"))
    };
    let url = format!("{}/1.0/video/", mock.base_url());
    let first: serde_json::Value = client()
        .post(&url)
        .multipart(form(0))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(first["osv"]["video"]["sequenceIndex"], "0");
    let dup = client().post(&url).multipart(form(0)).send().await.unwrap();
    assert_eq!(dup.status(), 400);
    let st = mock.state();
    let videos = &st.sequence(seq).unwrap().video_ids;
    assert_eq!(videos.len(), 1);
    let v = st.videos.iter().find(|v| v.id == videos[0]).unwrap();
    assert_eq!((v.size, v.uploaded), (1000, true));
    let kinds: Vec<UploadKind> = st.upload_attempts.iter().map(|a| a.kind).collect();
    assert_eq!(kinds, [UploadKind::Video, UploadKind::Video]);
}

#[tokio::test]
async fn missing_and_malformed_fields_get_their_api_codes() {
    let mock = MockServer::start().await.unwrap();
    let seq = create_sequence_v1(&mock).await;
    let token = mock.token().to_string();
    let url = format!("{}/1.0/photo/", mock.base_url());
    let send = |form: Form| {
        let url = url.clone();
        async move {
            let resp = client().post(url).multipart(form).send().await.unwrap();
            let status = resp.status().as_u16();
            let body: serde_json::Value = resp.json().await.unwrap();
            (
                status,
                api_code(&body),
                body["status"]["apiMessage"].clone(),
            )
        }
    };
    let no_coordinate = Form::new()
        .text("access_token", token.clone())
        .text("sequenceId", seq.to_string())
        .text("sequenceIndex", "0");
    let (status, code, msg) = send(no_coordinate).await;
    assert_eq!((status, code.as_str()), (400, "610"));
    assert_eq!(msg, " A required argument is missing (coordinate)");
    let bad_index = Form::new()
        .text("access_token", token.clone())
        .text("sequenceId", seq.to_string())
        .text("sequenceIndex", "one")
        .text("coordinate", "1,2")
        .part("photo", Part::bytes(fake_jpeg(0)));
    assert_eq!(send(bad_index).await.1, "611");
    let no_file = Form::new()
        .text("access_token", token.clone())
        .text("sequenceId", seq.to_string())
        .text("sequenceIndex", "0")
        .text("coordinate", "1,2");
    let (_, code, msg) = send(no_file).await;
    assert_eq!(code, "610");
    assert_eq!(msg, " A required argument is missing (photo)");
    // A repeated field: the first value is used.
    let repeated = v1_photo_form(&token, seq, 0, 0).text("coordinate", "bad");
    assert_eq!(send(repeated).await.0, 200);
    let not_mine = v1_photo_form(&token, SPHERE_SEQUENCE_ID, 100, 0);
    assert_eq!(send(not_mine).await.1, "618");
    // A body that claims multipart but is not.
    let resp = client()
        .post(&url)
        .header("content-type", "multipart/form-data; boundary=abc")
        .body("this is not multipart")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 400);
    let body: serde_json::Value = resp.json().await.unwrap();
    assert_eq!(body["status"]["apiCode"], "613");
    assert_eq!(mock.state().photos_of(seq).len(), 1);
}

#[tokio::test]
async fn client_auth_returns_the_token_user() {
    let mock = MockServer::start().await.unwrap();
    let (status, body) = post_form(
        &mock,
        "/auth/openstreetmap/client_auth",
        &[
            ("request_token", "osm-token"),
            ("secret_token", "client-secret"),
        ],
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(body["osv"]["access_token"], mock.token());
    assert_eq!(body["osv"]["id"], "42");
    assert_eq!(body["osv"]["username"], DEFAULT_USERNAME);
    assert_eq!(body["status"]["apiCode"], "600");
    let (status, _) = post_form(&mock, "/auth/google/client_auth", &[("request_token", "g")]).await;
    assert_eq!(status, 200);
    let (status, body) = post_form(
        &mock,
        "/auth/openstreetmap/client_auth",
        &[("request_token", "osm-token")],
    )
    .await;
    assert_eq!((status, api_code(&body)), (400, "610".to_string()));
    let (status, _) = post_form(
        &mock,
        "/auth/twitter/client_auth",
        &[("request_token", "t")],
    )
    .await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn numeric_v1_status_is_available() {
    let mock = MockServer::builder()
        .v1_numeric_status(true)
        .start()
        .await
        .unwrap();
    let seq = create_sequence_v1(&mock).await;
    let (_, ok) = upload_v1(&mock, seq, 0).await;
    assert_eq!(ok["status"]["apiCode"], 600);
    assert_eq!(
        ok["status"]["apiMessage"],
        "The request has been processed without incidents"
    );
    let (_, dup) = upload_v1(&mock, seq, 0).await;
    assert_eq!(dup["status"]["apiCode"], 660);
}

#[tokio::test]
async fn created_sequences_are_listed_for_their_user_with_their_upload_source() {
    let mock = MockServer::start().await.unwrap();
    let first = create_sequence_v1(&mock).await;
    let (status, body) = post_form(
        &mock,
        "/2.0/sequence/",
        &[
            ("access_token", mock.token()),
            ("uploadSource", "second run"),
        ],
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let second = as_i64(&body["result"]["data"]["id"]);

    let (_, listed) = get(
        &mock,
        &format!("/2.0/sequence/?userId={DEFAULT_USER_ID}&orderDirection=desc&itemsPerPage=2"),
    )
    .await;
    let rows = listed["result"]["data"].as_array().unwrap();
    let ids: Vec<i64> = rows.iter().map(|r| as_i64(&r["id"])).collect();
    assert_eq!(ids, [second, first]);
    assert_eq!(rows[0]["uploadSource"], "second run");
    assert_eq!(rows[1]["uploadSource"], "tests");
    assert_eq!(as_i64(&rows[0]["userId"]), DEFAULT_USER_ID);

    let (_, other) = get(&mock, &format!("/2.0/sequence/?userId={OTHER_USER_ID}")).await;
    let other_ids = column(&other, "id");
    assert!(!other_ids.contains(&first) && !other_ids.contains(&second));
}

#[tokio::test]
async fn my_list_answers_the_token_users_sequences_newest_first() {
    let mock = MockServer::start().await.unwrap();
    let first = create_sequence_v1(&mock).await;
    let second = create_sequence_v1(&mock).await;
    let (status, _) = upload_v1(&mock, first, 0).await;
    assert_eq!(status, 200);
    let seeded_mine = mock
        .state()
        .sequences
        .iter()
        .filter(|s| s.user_id == DEFAULT_USER_ID)
        .count();

    for path in ["/1.0/list/my-list/", "/my-list"] {
        let (status, body) = post_form(
            &mock,
            path,
            &[("access_token", mock.token()), ("page", "1"), ("ipp", "2")],
        )
        .await;
        assert_eq!(status, 200, "{path}: {body}");
        assert_eq!(body["status"]["apiCode"], "600", "{path}");
        assert!(body.get("osv").is_none(), "the page is at the top level");
        let items = body["currentPageItems"].as_array().unwrap();
        let ids: Vec<i64> = items.iter().map(|i| as_i64(&i["id"])).collect();
        assert_eq!(ids, [second, first], "{path}");
        for item in items {
            assert_eq!(item["user_id"], DEFAULT_USER_ID.to_string());
        }
        assert_eq!(items[1]["photo_no"], "1");
        assert_eq!(items[0]["photo_no"], "0");
        assert_eq!(
            body["totalFilteredItems"],
            serde_json::json!([seeded_mine.to_string()])
        );
        assert_eq!(body["tracksStatus"]["uploading"], 2);
    }

    let (_, page2) = post_form(
        &mock,
        "/my-list",
        &[("access_token", mock.token()), ("page", "2"), ("ipp", "2")],
    )
    .await;
    let next: Vec<i64> = page2["currentPageItems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| as_i64(&i["id"]))
        .collect();
    assert_eq!(next.len(), 2);
    assert!(next.iter().all(|id| *id < first), "older sequences follow");

    let (status, refused) = post_form(&mock, "/my-list", &[("access_token", "wrong")]).await;
    assert_eq!(status, 401);
    assert_eq!(refused["status"]["apiCode"], "401");
}

/// The mock's my-list item has every field of the real capture's items.
#[tokio::test]
async fn my_list_items_have_the_fields_of_the_real_capture() {
    let Some(dir) = kartaview_tests::real_fixtures_dir() else {
        return;
    };
    let text = std::fs::read_to_string(dir.join("v1-my-list-response.json")).unwrap();
    let real: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mock = MockServer::start().await.unwrap();
    create_sequence_v1(&mock).await;
    let (_, body) = post_form(&mock, "/my-list", &[("access_token", mock.token())]).await;
    let top: Vec<&String> = real.as_object().unwrap().keys().collect();
    for key in top {
        assert!(body.get(key).is_some(), "top-level {key} missing");
    }
    let mine = body["currentPageItems"][0].as_object().unwrap();
    for key in real["currentPageItems"][0].as_object().unwrap().keys() {
        assert!(mine.contains_key(key), "item field {key} missing");
    }
}
