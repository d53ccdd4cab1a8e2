//! Injected faults, latency, recording and the life cycle of the server.

mod common;

use std::time::{Duration, Instant};

use common::*;
use kartaview_mock::*;
use serde_json::Value;

const PHOTOS: &str = "/2.0/photo/?sequenceId=1001&itemsPerPage=5";

async fn raw_get(mock: &MockServer, path: &str) -> reqwest::Response {
    client()
        .get(format!("{}{path}", mock.base_url()))
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn replacing_faults_fire_their_times_then_stop() {
    type Check = fn(u16, &reqwest::header::HeaderMap, &[u8]);
    let cases: Vec<(Fault, Check)> = vec![
        (Fault::status(503), |s, _, b| {
            assert_eq!(s, 503);
            let v: Value = serde_json::from_slice(b).unwrap();
            assert_eq!(v["status"]["apiCode"], 690);
            assert_eq!(v["status"]["httpCode"], 503);
        }),
        (Fault::retry_after(429, 7), |s, h, b| {
            assert_eq!(s, 429);
            assert_eq!(h["retry-after"], "7");
            let v: Value = serde_json::from_slice(b).unwrap();
            assert!(v["status"]["apiCode"].is_i64());
        }),
        (Fault::html(502), |s, h, b| {
            assert_eq!(s, 502);
            assert_eq!(h["content-type"], "text/html");
            assert!(String::from_utf8_lossy(b).contains("<h1>502 Bad Gateway</h1>"));
        }),
        (Fault::empty_body(500), |s, h, b| {
            assert_eq!(s, 500);
            assert_eq!(h["content-length"], "0");
            assert!(b.is_empty());
        }),
        (
            Fault::api_code(618, "You are not allowed to perform this operation."),
            |s, _, b| {
                assert_eq!(s, 200);
                let v: Value = serde_json::from_slice(b).unwrap();
                assert_eq!(v["status"]["apiCode"], 618);
                assert_eq!(v["status"]["httpCode"], 200);
                assert!(v.get("result").is_none());
            },
        ),
    ];
    for (fault, check) in cases {
        let mock = MockServer::start().await.unwrap();
        mock.push_fault(fault.clone().times(2));
        for _ in 0..2 {
            let resp = raw_get(&mock, PHOTOS).await;
            let (status, headers) = (resp.status().as_u16(), resp.headers().clone());
            check(status, &headers, &resp.bytes().await.unwrap());
        }
        let (status, body) = get(&mock, PHOTOS).await;
        assert_eq!(status, 200, "{fault:?} must stop after 2");
        assert_eq!(column(&body, "id").len(), 5);
        assert!(mock.pending_faults().is_empty());
        assert_eq!(mock.requests().len(), 3);
    }
}

#[tokio::test]
async fn replacing_faults_do_not_process_the_request() {
    let mock = MockServer::start().await.unwrap();
    let seq = create_sequence_v1(&mock).await;
    mock.push_fault(Fault::status(503).on("POST", "/1.0/photo/"));
    let resp = client()
        .post(format!("{}/1.0/photo/", mock.base_url()))
        .multipart(v1_photo_form(mock.token(), seq, 0, 0))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 503);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["status"]["apiCode"], "690", "1.0 path, 1.0 envelope");
    assert!(mock.state().photos_of(seq).is_empty());
    assert!(mock.state().upload_attempts.is_empty());
}

#[tokio::test]
async fn route_filters_select_method_path_and_listener() {
    let mock = MockServer::start().await.unwrap();
    mock.push_fault(Fault::status(500).on("POST", "/2.0/photo/"));
    mock.push_fault(Fault::status(502).on("GET", "/2.0/photo/"));
    mock.push_fault(Fault::status(504).on_images());
    // Other paths pass.
    let (status, _) = get(&mock, "/2.0/sequence/1001").await;
    assert_eq!(status, 200);
    // GET photo takes the GET fault although the POST one is queued first.
    assert_eq!(raw_get(&mock, PHOTOS).await.status(), 502);
    assert_eq!(raw_get(&mock, PHOTOS).await.status(), 200);
    let left = mock.pending_faults();
    assert_eq!(left.len(), 2);
    assert_eq!(left[0].route_filter().method.as_deref(), Some("POST"));
    assert_eq!(left[1].route_filter().listener, Listener::Images);
    // The image fault hits the image listener only.
    let (_, photo) = get(&mock, &format!("/2.0/photo/{DEFAULT_FIRST_PHOTO_ID}")).await;
    let url = photo["result"]["data"]["fileurlTh"].as_str().unwrap();
    let img = client().get(url).send().await.unwrap();
    assert_eq!(img.status(), 504);
    let img = client().get(url).send().await.unwrap();
    assert_eq!(img.status(), 200);
    assert_eq!(mock.pending_faults().len(), 1);
    mock.clear_faults();
    assert!(mock.pending_faults().is_empty());
}

#[tokio::test]
async fn truncate_cuts_the_body_with_an_honest_length() {
    let mock = MockServer::start().await.unwrap();
    let full = raw_get(&mock, PHOTOS).await.bytes().await.unwrap();
    mock.push_fault(Fault::truncate().on("GET", "/2.0/photo/"));
    let resp = raw_get(&mock, PHOTOS).await;
    assert_eq!(resp.status(), 200);
    let declared: usize = resp.headers()["content-length"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    let cut = resp.bytes().await.unwrap();
    assert_eq!(cut.len(), full.len() / 2);
    assert_eq!(declared, cut.len());
    assert_eq!(&cut[..], &full[..cut.len()]);
    assert!(serde_json::from_slice::<Value>(&cut).is_err());
    // The connection stays usable and the fault is spent.
    let again = raw_get(&mock, PHOTOS).await.bytes().await.unwrap();
    assert_eq!(again, full);
}

#[tokio::test]
async fn reset_mid_body_breaks_the_client_read() {
    let mock = MockServer::start().await.unwrap();
    mock.push_fault(Fault::reset_mid_body().times(2).on_path("/2.0/sequence/"));
    for _ in 0..2 {
        let url = format!("{}/2.0/sequence/1001?join=photos", mock.base_url());
        // The head normally arrives intact and the body read fails; a reset that overtakes
        // the head fails the send instead. Either way the client never gets a body.
        let body = match client().get(url).send().await {
            Ok(resp) => {
                assert_eq!(resp.status(), 200);
                resp.bytes().await
            }
            Err(e) => Err(e),
        };
        assert!(body.is_err(), "the read must fail");
    }
    let (status, body) = get(&mock, "/2.0/sequence/1001?join=photos").await;
    assert_eq!(status, 200);
    assert_eq!(
        body["result"]["data"]["photos"].as_array().unwrap().len(),
        237
    );
}

#[tokio::test]
async fn reset_mid_body_sends_the_head_and_half_the_body_on_the_wire() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mock = MockServer::start().await.unwrap();
    mock.push_fault(Fault::reset_mid_body());
    let addr = mock.base_url().trim_start_matches("http://").to_string();
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    s.write_all(b"GET /2.0/user-metrics/42 HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    let mut got = Vec::new();
    let mut chunk = [0u8; 4096];
    let ended_with_error = loop {
        match s.read(&mut chunk).await {
            Ok(0) => break false,
            Ok(n) => got.extend_from_slice(&chunk[..n]),
            Err(_) => break true,
        }
    };
    let text = String::from_utf8_lossy(&got);
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    assert!(head.starts_with("HTTP/1.1 200 OK"));
    let declared: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("Content-Length: "))
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(body.len(), declared / 2, "half the body, then nothing");
    assert!(ended_with_error, "closed by a reset, not a clean FIN");
}

#[tokio::test]
async fn drop_after_processing_stores_the_upload_but_loses_the_answer() {
    let mock = MockServer::start().await.unwrap();
    let seq = create_sequence_v1(&mock).await;
    mock.push_fault(Fault::drop_after_processing().on("POST", "/1.0/photo/"));
    let err = client()
        .post(format!("{}/1.0/photo/", mock.base_url()))
        .multipart(v1_photo_form(mock.token(), seq, 0, 0))
        .send()
        .await
        .unwrap_err();
    assert!(!err.is_status() && !err.is_timeout(), "{err:?}");
    let st = mock.state();
    assert_eq!(
        st.sequence_indexes(seq),
        [0],
        "stored despite the lost answer"
    );
    assert!(matches!(
        st.upload_attempts[0].outcome,
        UploadOutcome::Stored { .. }
    ));
    // The retry a client makes is refused as a duplicate, which it should treat as success.
    let (status, body) = upload_v1(&mock, seq, 0).await;
    assert_eq!((status, api_code(&body)), (400, "660".to_string()));
    assert_eq!(mock.state().photos_of(seq).len(), 1);
}

#[tokio::test]
async fn delay_fault_makes_a_client_time_out_once() {
    let mock = MockServer::start().await.unwrap();
    mock.push_fault(Fault::delay(Duration::from_secs(2)).on("GET", "/2.0/user-metrics/"));
    let c = common::client_builder()
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let url = format!("{}/2.0/user-metrics/42", mock.base_url());
    let err = c.get(&url).send().await.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    let ok = c.get(&url).send().await.unwrap();
    assert_eq!(ok.status(), 200);
    assert_eq!(mock.requests().len(), 2);
}

#[tokio::test]
async fn latency_is_added_to_every_api_answer() {
    let mock = MockServer::builder()
        .latency(Duration::from_millis(300))
        .start()
        .await
        .unwrap();
    let t = Instant::now();
    get(&mock, "/2.0/user/42").await;
    assert!(t.elapsed() >= Duration::from_millis(300));
    mock.set_latency(Duration::from_millis(700));
    let t = Instant::now();
    get(&mock, "/2.0/user/42").await;
    let slow = t.elapsed();
    assert!(slow >= Duration::from_millis(700), "{slow:?}");
    mock.set_latency(Duration::ZERO);
    let t = Instant::now();
    get(&mock, "/2.0/user/42").await;
    // A bound, not an event: the latency set before would take 700 ms, and an answer on
    // 127.0.0.1 without it takes a few ms even on a loaded machine.
    assert!(t.elapsed() < Duration::from_millis(700));
}

#[tokio::test]
async fn requests_are_recorded_in_order_with_bodies() {
    let mock = MockServer::start().await.unwrap();
    get(&mock, "/2.0/sequence/?id=1001&join=user").await;
    post_form(
        &mock,
        "/1.0/sequence/photo-list/",
        &[("sequenceId", "1001")],
    )
    .await;
    let resp = client()
        .post(format!("{}/2.0/sequence/", mock.base_url()))
        .header("X-Auth-Token", mock.token())
        .form(&[("deviceName", "phone")])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let reqs = mock.requests();
    assert_eq!(reqs.len(), 3);
    assert_eq!(reqs[0].method, "GET");
    assert_eq!(reqs[0].path, "/2.0/sequence/");
    assert_eq!(reqs[0].query.as_deref(), Some("id=1001&join=user"));
    assert!(reqs[0].body.is_empty());
    assert_eq!(reqs[1].path, "/1.0/sequence/photo-list/");
    assert_eq!(reqs[1].body_text(), "sequenceId=1001");
    assert_eq!(reqs[2].header("x-auth-token"), Some(mock.token()));
    assert_eq!(reqs[2].body, b"deviceName=phone");
    assert!(mock.image_requests().is_empty());
    mock.clear_requests();
    assert!(mock.requests().is_empty());
}

#[tokio::test]
async fn malformed_input_never_crashes_the_server() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mock = MockServer::start().await.unwrap();
    for path in [
        "/2.0/photo/?sequenceId=%zz",
        "/2.0/photo/?sequenceId=abc",
        "/2.0/photo/?sequenceId=1001&page=9223372036854775807&itemsPerPage=100",
        "/2.0/photo/?sequenceId=1001&page=0",
        "/2.0/photo/?sequenceId=1001&itemsPerPage=-5",
        "/2.0/photo/?lat=NaN&lng=1",
        "/2.0/photo/?id=1,,2,x",
        "/2.0/photo/?idInterval=5",
        "/2.0/sequence/?join=everything",
        "/2.0/sequence/99999999999999999999999",
        "/2.0/user-metrics/-1",
    ] {
        let resp = raw_get(&mock, path).await;
        let status = resp.status().as_u16();
        assert!((200..500).contains(&status), "{path}: {status}");
        if status != 200 {
            let body: Value = resp.json().await.unwrap();
            assert!(body["status"]["apiCode"].is_i64(), "{path}");
        }
    }
    // Garbage on the socket gets a bare 400 and the connection closes.
    let addr = mock.base_url().trim_start_matches("http://").to_string();
    let mut s = tokio::net::TcpStream::connect(&addr).await.unwrap();
    s.write_all(b"\x00\x01 garbage\r\n\r\n").await.unwrap();
    let mut answer = Vec::new();
    s.read_to_end(&mut answer).await.unwrap();
    assert!(answer.starts_with(b"HTTP/1.1 400"));
    // A chunked upload works, and the server still answers.
    let body = "sequenceId=1001";
    let raw = format!(
        "POST /1.0/sequence/photo-list/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n{:x}\r\n{body}\r\n0\r\n\r\n",
        body.len()
    );
    let mut s = tokio::net::TcpStream::connect(&addr).await.unwrap();
    s.write_all(raw.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    s.read_to_end(&mut answer).await.unwrap();
    assert!(answer.starts_with(b"HTTP/1.1 200 OK"));
    assert!(mock.requests().iter().any(|r| r.body == body.as_bytes()));
}

#[tokio::test]
async fn shutdown_and_drop_stop_the_listeners() {
    let mock = MockServer::start().await.unwrap();
    let url = format!("{}/2.0/user/42", mock.base_url());
    let clone = mock.clone();
    assert_eq!(client().get(&url).send().await.unwrap().status(), 200);
    mock.shutdown().await;
    let fresh = common::client_builder()
        .pool_max_idle_per_host(0)
        .build()
        .unwrap();
    assert!(fresh.get(&url).send().await.is_err());
    drop(clone);

    let mock = MockServer::start().await.unwrap();
    let url = format!("{}/2.0/user/42", mock.base_url());
    let img = format!("{}/files/photo/x", mock.image_base_url());
    drop(mock);
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert!(fresh.get(&url).send().await.is_err());
    assert!(fresh.get(&img).send().await.is_err());
}
