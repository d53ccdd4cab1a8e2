//! Reads, paging quirks and the shapes of generated data.

mod common;

use common::*;
use kartaview_mock::*;
use serde_json::Value;

#[tokio::test]
async fn listeners_are_two_origins_and_urls_have_no_trailing_slash() {
    let mock = MockServer::start().await.unwrap();
    let api = mock.base_url();
    let img = mock.image_base_url();
    assert!(api.starts_with("http://127.0.0.1:") && !api.ends_with('/'));
    assert!(img.starts_with("http://127.0.0.1:") && !img.ends_with('/'));
    assert_ne!(api, img);
    assert_eq!(mock.token(), DEFAULT_TOKEN);
    assert_eq!(mock.token().len(), 64);
}

#[tokio::test]
async fn items_per_page_above_100_is_a_bare_400() {
    let mock = MockServer::start().await.unwrap();
    for path in [
        "/2.0/photo/?sequenceId=1002&itemsPerPage=101",
        "/2.0/sequence/?itemsPerPage=500",
        "/2.0/sequence/1002/photos?itemsPerPage=1000",
    ] {
        let resp = client()
            .get(format!("{}{path}", mock.base_url()))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 400, "{path}");
        assert!(resp.headers().get("content-type").is_none());
        assert!(resp.bytes().await.unwrap().is_empty(), "{path}");
    }
    let (status, _) = get(&mock, "/2.0/photo/?sequenceId=1002&itemsPerPage=100").await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn photo_pages_are_not_in_sequence_index_order_but_cover_everything() {
    let mock = MockServer::start().await.unwrap();
    let mut all = Vec::new();
    for page in 1..=25 {
        let (status, body) = get(
            &mock,
            &format!("/2.0/photo/?sequenceId={MEDIUM_SEQUENCE_ID}&page={page}"),
        )
        .await;
        assert_eq!(status, 200);
        let idx = column(&body, "sequenceIndex");
        assert_eq!(idx.len(), 40, "default itemsPerPage is 40");
        let mut sorted = idx.clone();
        sorted.sort_unstable();
        assert_ne!(idx, sorted, "page {page} must not be sorted");
        // Shuffled within the page only.
        let first = (page - 1) * 40;
        assert_eq!(sorted, (first..first + 40).collect::<Vec<i64>>());
        all.extend(idx);
    }
    all.sort_unstable();
    assert_eq!(all, (0..1000).collect::<Vec<i64>>());
    // Same answer twice: the shuffle is deterministic.
    let (_, a) = get(&mock, "/2.0/photo/?sequenceId=1002&page=3").await;
    let (_, b) = get(&mock, "/2.0/photo/?sequenceId=1002&page=3").await;
    assert_eq!(a, b);
}

#[tokio::test]
async fn a_full_last_page_says_more_then_an_empty_page_says_none() {
    let mock = MockServer::start().await.unwrap();
    for (ipp, last) in [(40, 25), (100, 10)] {
        let base = format!("/2.0/photo/?sequenceId=1002&itemsPerPage={ipp}");
        let (_, full) = get(&mock, &format!("{base}&page={last}")).await;
        assert_eq!(column(&full, "id").len(), ipp);
        assert_eq!(full["result"]["hasMoreData"], true);
        let (status, empty) = get(&mock, &format!("{base}&page={}", last + 1)).await;
        assert_eq!(status, 200);
        assert_eq!(empty["result"]["data"], Value::Array(vec![]));
        assert_eq!(empty["result"]["hasMoreData"], false);
    }
    // 237 photos: the short last page says false at once.
    let (_, last) = get(&mock, "/2.0/sequence/1001/photos?itemsPerPage=100&page=3").await;
    assert_eq!(column(&last, "id").len(), 37);
    assert_eq!(last["result"]["hasMoreData"], false);
}

#[tokio::test]
async fn join_photos_list_is_an_object_keyed_by_row_with_identical_copies() {
    let mock = MockServer::start().await.unwrap();
    let (status, body) = get(&mock, "/2.0/sequence/?id=1001&join=photos").await;
    assert_eq!(status, 200);
    let data = body["result"]["data"].as_object().unwrap();
    let keys: Vec<&str> = data.keys().map(String::as_str).collect();
    assert_eq!(keys, ["0", "236"]);
    assert_eq!(data["0"], data["236"]);
    let photos = data["0"]["photos"].as_array().unwrap();
    assert_eq!(photos.len(), 237);
    assert!(photos.iter().all(|p| p["cameraParameters"].is_null()));
    assert!(photos.iter().all(|p| p["qualityDetails"].is_array()));
    // Without join=photos the list is an array.
    let (_, plain) = get(&mock, "/2.0/sequence/?id=1001,1002").await;
    assert_eq!(plain["result"]["data"].as_array().unwrap().len(), 2);
    // By id, join=photos gives one object with the array.
    let (_, one) = get(&mock, "/2.0/sequence/1004?join=photos").await;
    assert_eq!(
        one["result"]["data"]["photos"].as_array().unwrap().len(),
        24
    );
}

#[tokio::test]
async fn json_shapes_change_with_context_as_in_real_captures() {
    let mock = MockServer::start().await.unwrap();
    let (_, seq) = get(&mock, "/2.0/sequence/1001?join=user,photo").await;
    let s = &seq["result"]["data"];
    assert!(s["cameraParameters"]["fLen"].is_f64());
    assert_eq!(s["id"], "1001");
    assert_eq!(s["isVideo"], "1");
    assert_eq!(s["countActivePhotos"], "237");
    assert_eq!(s["countMetadataVideos"], "5");
    assert_eq!(s["user"]["username"], DEFAULT_USERNAME);
    assert_eq!(s["photo"]["cameraParameters"], "");
    let q = s["photo"]["qualityDetails"].as_str().unwrap();
    let parsed: Value = serde_json::from_str(q).unwrap();
    assert!(parsed.is_array());
    assert!(seq["status"]["apiCode"].is_i64());
    assert_eq!(
        seq["status"]["apiMessage"],
        "The request has been processed without incidents"
    );

    let (_, photo) = get(&mock, &format!("/2.0/photo/{DEFAULT_FIRST_PHOTO_ID}")).await;
    let p = &photo["result"]["data"];
    assert_eq!(p["cameraParameters"], Value::Array(vec![]));
    assert!(p["qualityDetails"].is_array());
    assert!(p.get("hasMoreData").is_none());
    let fileurl = p["fileurl"].as_str().unwrap();
    assert!(fileurl.starts_with(&format!("{}/files/photo/", mock.image_base_url())));
    assert!(fileurl.contains("/{{sizeprefix}}/1001_"));
    assert_eq!(
        p["fileurlProc"].as_str().unwrap(),
        fileurl.replace("{{sizeprefix}}", "proc")
    );
    // Coordinates with 6 decimals, everything a string.
    let lat = p["lat"].as_str().unwrap();
    assert_eq!(lat.split('.').nth(1).unwrap().len(), 6);
    for key in [
        "id",
        "sequenceId",
        "sequenceIndex",
        "videoId",
        "width",
        "wayId",
    ] {
        assert!(p[key].is_string(), "{key}");
    }
}

#[tokio::test]
async fn raw_bodies_use_php_escapes_and_17_digit_floats() {
    let mock = MockServer::start().await.unwrap();
    let text = client()
        .get(format!("{}/2.0/sequence/1001", mock.base_url()))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(text.contains(r"http:\/\/127.0.0.1:"), "{text}");
    assert!(text.contains(r#""fLen":5.0999999999999996"#), "{text}");
}

#[tokio::test]
async fn sentinels_appear_at_documented_indexes() {
    let mock = MockServer::start().await.unwrap();
    let (_, body) = get(&mock, "/2.0/photo/?sequenceId=1002&itemsPerPage=100").await;
    let photos = body["result"]["data"].as_array().unwrap();
    let at = |i: i64| {
        photos
            .iter()
            .find(|p| as_i64(&p["sequenceIndex"]) == i)
            .unwrap()
    };
    assert_eq!(at(13)["lat"], "0.000000");
    assert_eq!(at(13)["lng"], "0.000000");
    assert_eq!(at(7)["shotDate"], "0000-00-00 00:00:00");
    assert_eq!(at(5)["heading"], "");
    for key in ["wayId", "matchSegmentId", "from", "to"] {
        assert_eq!(at(30)[key], "0", "{key}");
    }
    assert!(at(30)["matchLat"].is_null());
    assert_ne!(at(0)["wayId"], "0");
    assert!(at(25)["imageProcUrl"].is_string());
    assert!(at(0).get("imageProcUrl").is_none());
    assert_eq!(at(4)["qualityDetails"], Value::Array(vec![]));
    assert_eq!(at(0)["videoId"], "0");
}

#[tokio::test]
async fn video_frames_carry_their_video_id_and_index() {
    let mock = MockServer::start().await.unwrap();
    let (_, page) = get(
        &mock,
        "/2.0/photo/?sequenceId=1001&videoIndex=4&itemsPerPage=100",
    )
    .await;
    let frames = page["result"]["data"].as_array().unwrap();
    assert_eq!(frames.len(), 37);
    assert!(frames.iter().all(|p| p["videoId"] == "5000005"));
    assert!(frames.iter().all(|p| p["videoIndex"] == "4"));
    let (_, video) = get(&mock, &format!("/2.0/video/{DEFAULT_VIDEO_ID}")).await;
    assert_eq!(video["result"]["data"]["sequenceId"], "1001");
    assert_eq!(video["result"]["data"]["sequenceIndex"], "0");
    let (_, list) = get(&mock, "/2.0/video/?sequenceId=1001").await;
    assert_eq!(column(&list, "id"), DEFAULT_VIDEO_IDS);
    let (_, by_id) = get(&mock, "/2.0/video/?id=5000003").await;
    assert_eq!(column(&by_id, "sequenceIndex"), [2]);
}

#[tokio::test]
async fn photo_list_needs_a_selector_and_filters_work() {
    let mock = MockServer::start().await.unwrap();
    let (status, body) = get(&mock, "/2.0/photo/?itemsPerPage=10").await;
    assert_eq!(status, 400);
    assert_eq!(body["status"]["apiCode"], 610);
    // id list: at most 100 ids are used.
    let ids: Vec<String> = (0..150)
        .map(|i| (DEFAULT_FIRST_PHOTO_ID + i).to_string())
        .collect();
    let (_, many) = get(
        &mock,
        &format!("/2.0/photo/?id={}&itemsPerPage=100", ids.join(",")),
    )
    .await;
    assert_eq!(column(&many, "id").len(), 100);
    assert_eq!(many["result"]["hasMoreData"], true);
    let (_, interval) = get(&mock, "/2.0/photo/?idInterval=100000001-100000003").await;
    let mut got = column(&interval, "id");
    got.sort_unstable();
    assert_eq!(got, [100000001, 100000002, 100000003]);
    let (_, one) = get(&mock, "/2.0/photo/?sequenceId=1003&sequenceIndex=4999").await;
    assert_eq!(column(&one, "sequenceIndex"), [4999]);
    // Nearby: every result within the radius of the centre.
    let (_, p0) = get(&mock, "/2.0/photo/100000238").await;
    let (lat, lng) = (&p0["result"]["data"]["lat"], &p0["result"]["data"]["lng"]);
    let (_, near) = get(
        &mock,
        &format!(
            "/2.0/photo/?lat={}&lng={}&radius=25&itemsPerPage=100",
            lat.as_str().unwrap(),
            lng.as_str().unwrap()
        ),
    )
    .await;
    let near_ids = column(&near, "id");
    assert!(near_ids.contains(&100000238), "{near_ids:?}");
    assert!(near_ids.len() < 30);
}

#[tokio::test]
async fn sequences_filter_by_user_and_users_have_metrics() {
    let mock = MockServer::start().await.unwrap();
    let (_, mine) = get(&mock, "/2.0/sequence/?userId=42").await;
    assert_eq!(column(&mine, "id"), [1001, 1002, 1003]);
    let (_, other) = get(&mock, "/2.0/sequence/?userId=43&join=user").await;
    assert_eq!(column(&other, "id"), [SPHERE_SEQUENCE_ID]);
    assert_eq!(
        other["result"]["data"][0]["user"]["username"],
        OTHER_USERNAME
    );
    let (_, metrics) = get(&mock, "/2.0/user-metrics/42").await;
    assert_eq!(metrics["result"]["data"]["totalPhotos"], "6237");
    assert_eq!(metrics["result"]["data"]["totalSequences"], "3");
    let (_, by_name) = get(&mock, "/2.0/user/test-mapper?join=metrics").await;
    assert_eq!(by_name["result"]["data"]["id"], "42");
    assert!(by_name["result"]["data"]["metrics"]["rank"].is_string());
    let (status, missing) = get(&mock, "/2.0/user/999").await;
    assert_eq!(status, 404);
    assert_eq!(missing["status"]["apiCode"], 612);
}

#[tokio::test]
async fn v1_reads_use_the_old_envelope_and_formats() {
    let mock = MockServer::start().await.unwrap();
    let (status, body) = post_form(
        &mock,
        "/1.0/sequence/photo-list/",
        &[("sequenceId", "1002")],
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(body["status"]["apiCode"], "600");
    assert_eq!(
        body["status"]["apiMessage"],
        " The request has been processed without incidents "
    );
    let photos = body["osv"]["photos"].as_array().unwrap();
    assert_eq!(photos.len(), 1000);
    let p = &photos[0];
    let name = p["name"].as_str().unwrap();
    assert!(
        name.starts_with("storage") && name.contains("/files/photo/") && name.contains("/proc/")
    );
    let date = p["date_added"].as_str().unwrap();
    assert_eq!(date.len(), "YYYY-MM-DD  (HH:MM)".len());
    assert_eq!(&date[10..13], "  (");
    assert!(photos[13]["way_id"].is_null());
    // The storage-relative path resolves against the API host.
    let resp = client()
        .get(format!("{}/{name}", mock.base_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(resp.headers()["content-type"], "image/jpeg");
    assert_eq!(&resp.bytes().await.unwrap()[..2], &[0xFF, 0xD8]);

    let (_, near) = post_form(
        &mock,
        "/1.0/list/nearby-photos/",
        &[
            ("bbTopLeft", "48.0,22.5"),
            ("bbBottomRight", "45.5,24.5"),
            ("ipp", "1000"),
        ],
    )
    .await;
    let total = near["totalFilteredItems"][0].as_str().unwrap();
    let total: usize = total.parse().unwrap();
    // Every seeded photo with a fix lies in that box.
    assert!(total > 6000, "{total}");
    assert_eq!(near["currentPageItems"].as_array().unwrap().len(), 1000);
    assert!(near["currentPageItems"][0]["username"].is_string());
    let (status, err) = post_form(&mock, "/1.0/list/nearby-photos/", &[]).await;
    assert_eq!(status, 400);
    assert_eq!(err["status"]["apiCode"], "610");
}

#[tokio::test]
async fn builder_options_change_seed_token_and_dataset() {
    let data = Dataset::new()
        .sequence(SequenceSpec::new(7, 80).videos().first_video_id(700))
        .sequence(SequenceSpec {
            id: 8,
            photos: 3,
            user_id: 99,
            start: Some((52.52, 13.40)),
            ..SequenceSpec::default()
        });
    let mock = MockServer::builder()
        .seed(1)
        .token("secret")
        .dataset(data)
        .start()
        .await
        .unwrap();
    assert_eq!(mock.token(), "secret");
    let st = mock.state();
    assert_eq!(st.sequences.len(), 2);
    assert_eq!(st.sequence(7).unwrap().video_ids, [700, 701]);
    assert_eq!(st.photos_of(7)[79].video_index, 1);
    assert!((st.photos_of(8)[0].lat.unwrap() - 52.52).abs() < 1e-9);
    let (_, user) = get(&mock, "/2.0/user/99").await;
    assert_eq!(user["result"]["data"]["username"], "user99");
    // Another seed gives other file names.
    let default = MockServer::start().await.unwrap();
    let other = MockServer::builder().seed(2).start().await.unwrap();
    assert_ne!(
        default.state().photos[0].file_name,
        other.state().photos[0].file_name
    );
    assert_eq!(
        default.state().photos[0].file_name,
        MockServer::start().await.unwrap().state().photos[0].file_name
    );
}

#[tokio::test]
async fn unknown_routes_are_501_and_unknown_ids_json_404s() {
    let mock = MockServer::start().await.unwrap();
    for (method, path) in [
        (reqwest::Method::GET, "/2.0/nothing-here"),
        (reqwest::Method::POST, "/1.0/nothing/"),
        // In the spec (photoPartGetById), not served by the fake.
        (reqwest::Method::GET, "/2.0/photo-part/5"),
    ] {
        let resp = client()
            .request(method.clone(), format!("{}{path}", mock.base_url()))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status().as_u16(), 501, "{method} {path}");
        assert_eq!(
            resp.text().await.unwrap(),
            format!("not implemented by the fake: {method} {path}")
        );
    }
    let (status, body) = get(&mock, "/2.0/sequence/424242").await;
    assert_eq!(status, 404);
    assert_eq!(
        body["status"]["apiMessage"],
        "An argument is out of range (sequenceId)"
    );
    let (status, body) = get(&mock, "/2.0/photo/notanumber").await;
    assert_eq!(status, 400);
    assert_eq!(body["status"]["apiCode"], 611);
}

#[tokio::test]
async fn sequence_lists_filter_by_box_and_days_and_order_by_upload_date() {
    let mock = MockServer::start().await.unwrap();
    let ids = |body: &Value| column(body, "id");
    // Newest first by dateAdded; AREA_SEQUENCES gives each sequence's day.
    let (status, body) = get(
        &mock,
        "/2.0/sequence/?userId=44,45&orderBy=dateAdded&orderDirection=desc",
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(ids(&body), [1106, 1104, 1103, 1105, 1102, 1101]);
    // Both days inclusive.
    let (_, body) = get(
        &mock,
        "/2.0/sequence/?startDate=2023-05-20&endDate=2023-06-11&orderBy=dateAdded",
    )
    .await;
    assert_eq!(ids(&body), [1102, 1105, 1103]);
    // The box holds the area sequences, and no other seeded sequence.
    let (s, w, n, e) = AREA_BBOX;
    let (_, body) = get(
        &mock,
        &format!("/2.0/sequence/?tLeft={n},{w}&bRight={s},{e}"),
    )
    .await;
    assert_eq!(
        ids(&body),
        AREA_SEQUENCES.iter().map(|s| s.0).collect::<Vec<i64>>()
    );
    // A box overlapping a sequence's own box by its corner still lists it.
    let (_, body) = get(
        &mock,
        "/2.0/sequence/?tLeft=46.7936,23.5449&bRight=46.7934,23.5451",
    )
    .await;
    assert_eq!(ids(&body), [1101]);
    for bad in [
        "/2.0/sequence/?tLeft=46.8,23.5",
        "/2.0/sequence/?startDate=May",
        "/2.0/sequence/?orderBy=colour",
    ] {
        let (status, _) = get(&mock, bad).await;
        assert_eq!(status, 400, "{bad}");
    }
}

#[tokio::test]
async fn nearby_photos_filter_by_upload_day() {
    let mock = MockServer::start().await.unwrap();
    let (s, w, n, e) = AREA_BBOX;
    let (top_left, bottom_right) = (format!("{n},{w}"), format!("{s},{e}"));
    let total = |body: &Value| {
        body["totalFilteredItems"][0]
            .as_str()
            .unwrap()
            .parse::<usize>()
            .unwrap()
    };
    let box_only = [
        ("bbTopLeft", top_left.as_str()),
        ("bbBottomRight", bottom_right.as_str()),
    ];
    let (_, all) = post_form(&mock, "/1.0/list/nearby-photos/", &box_only).await;
    // One photo per sequence has no fix.
    assert_eq!(total(&all), AREA_PHOTOS - AREA_SEQUENCES.len());
    let mut since = box_only.to_vec();
    since.push(("date", "2024-01-01"));
    let (_, recent) = post_form(&mock, "/1.0/list/nearby-photos/", &since).await;
    // 1104 (30 photos, 2024-03-09) and 1106 (35, 2024-07-21), less a photo without fix each.
    assert_eq!(total(&recent), 30 + 35 - 2);
}

/// The official uploader lists a user's sequences with `POST /my-list` and `username`, `page`,
/// `ipp` and no token (upload-scripts `OSCApi.user_sequences`); the site names the user by
/// `userId`. Both list that user's sequences, newest first; the versioned path still wants the
/// token.
#[tokio::test]
async fn my_list_without_a_token_lists_the_user_it_names() {
    let mock = MockServer::start().await.unwrap();
    // The area user's sequences as the dataset seeds them: (id, photos), newest (highest id) first.
    let mut expected: Vec<(i64, usize)> = AREA_SEQUENCES
        .iter()
        .filter(|(_, owner, ..)| *owner == AREA_USER_ID)
        .map(|(id, _, photos, ..)| (*id, *photos))
        .collect();
    expected.sort_by_key(|(id, _)| std::cmp::Reverse(*id));
    let area_id = AREA_USER_ID.to_string();

    for by in [("username", AREA_USERNAME), ("userId", area_id.as_str())] {
        let (status, body) =
            post_form(&mock, "/my-list", &[by, ("page", "1"), ("ipp", "100")]).await;
        assert_eq!(status, 200, "{by:?}: {body}");
        assert_eq!(body["status"]["apiCode"], "600");
        let items = body["currentPageItems"].as_array().unwrap();
        let listed: Vec<(i64, usize)> = items
            .iter()
            .map(|i| (as_i64(&i["id"]), as_i64(&i["photo_no"]) as usize))
            .collect();
        assert_eq!(listed, expected, "{by:?}");
        assert!(items.iter().all(|i| i["user_id"] == area_id.as_str()));
        assert_eq!(
            body["totalFilteredItems"],
            serde_json::json!([expected.len().to_string()])
        );
    }

    // Paged like the uploader pages it.
    let (_, second) = post_form(
        &mock,
        "/my-list",
        &[("username", AREA_USERNAME), ("page", "2"), ("ipp", "3")],
    )
    .await;
    let ids: Vec<i64> = second["currentPageItems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| as_i64(&i["id"]))
        .collect();
    assert_eq!(ids, [expected[3].0]);

    let (status, unknown) = post_form(&mock, "/my-list", &[("username", "nobody-here")]).await;
    assert_eq!((status, api_code(&unknown).as_str()), (400, "612"));
    let (status, _) = post_form(&mock, "/my-list", &[("page", "1")]).await;
    assert_eq!(status, 401, "no user named and no token");
    let (status, _) = post_form(
        &mock,
        "/my-list",
        &[("username", AREA_USERNAME), ("access_token", "wrong")],
    )
    .await;
    assert_eq!(status, 401, "a token that is sent must be valid");
    let (status, _) = post_form(&mock, "/1.0/list/my-list/", &[("username", AREA_USERNAME)]).await;
    assert_eq!(
        status, 401,
        "the versioned path lists the token's user only"
    );
}
