//! kartaview-ext's read workflows against the fake KartaView: results, and the exact requests.

use std::time::Duration;

use futures_util::{StreamExt, TryStreamExt};
use kartaview_ext::{Client, Error, LatLng, PagedOperationExt, Pagination, RetryPolicy, Token};
use kartaview_mock::{
    DEFAULT_SEQUENCE_ID, DEFAULT_VIDEO_IDS, Fault, LARGE_SEQUENCE_ID, MEDIUM_SEQUENCE_ID,
    MockServer,
};
use kartaview_tests::{fast_client, fast_retries};

/// The requests the fake received, one line each: method, path, sorted query.
fn request_lines(mock: &MockServer) -> String {
    mock.requests()
        .iter()
        .map(|r| {
            let mut query: Vec<&str> = r
                .query
                .as_deref()
                .unwrap_or("")
                .split('&')
                .filter(|s| !s.is_empty())
                .collect();
            query.sort_unstable();
            format!("{} {} {}", r.method, r.path, query.join("&"))
                .trim_end()
                .to_owned()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[tokio::test]
async fn resolve_video_takes_two_requests() {
    let mock = MockServer::start().await.expect("mock");
    let video_id = DEFAULT_VIDEO_IDS[1];
    let resolved = fast_client(&mock)
        .resolve_video(video_id as u64)
        .await
        .expect("resolved");
    assert_eq!(resolved.video.id, video_id as u64);
    assert_eq!(resolved.sequence_id, DEFAULT_SEQUENCE_ID as u64);
    let indexes: Vec<u32> = resolved
        .photos
        .iter()
        .filter_map(|p| p.sequence_index)
        .collect();
    assert_eq!(indexes, (50..100).collect::<Vec<_>>());
    assert!(
        resolved
            .photos
            .iter()
            .all(|p| p.video_id == Some(video_id as u64))
    );
    insta::assert_snapshot!(request_lines(&mock));
}

#[tokio::test]
async fn sequence_photos_plans_its_pages() {
    let mock = MockServer::start().await.expect("mock");
    let result = fast_client(&mock)
        .sequence_photos(DEFAULT_SEQUENCE_ID as u64)
        .await
        .expect("photos");
    assert_eq!(result.sequence.photo_count, Some(237));
    let indexes: Vec<u32> = result
        .photos
        .iter()
        .filter_map(|p| p.sequence_index)
        .collect();
    assert_eq!(indexes, (0..237).collect::<Vec<_>>());
    // The sequence and the first window of pages go out at once, in no fixed order.
    let lines = request_lines(&mock);
    let mut lines: Vec<&str> = lines.lines().collect();
    lines.sort_unstable();
    insta::assert_snapshot!(lines.join("\n"));
}

#[tokio::test]
async fn a_full_last_page_costs_one_extra_request_at_most() {
    let mock = MockServer::start().await.expect("mock");
    let result = fast_client(&mock)
        .sequence_photos(MEDIUM_SEQUENCE_ID as u64)
        .await
        .expect("photos");
    assert_eq!(result.photos.len(), 1000);
    let photo_requests = mock
        .requests()
        .iter()
        .filter(|r| r.path == "/2.0/photo/")
        .count();
    // Ten full pages, the tenth still saying hasMoreData: true, then one empty page.
    assert_eq!(photo_requests, 11);
}

#[tokio::test]
async fn every_window_fetches_each_page_once() {
    let mock = MockServer::start().await.expect("mock");
    for window in [1usize, 4, 16] {
        mock.clear_requests();
        let client = Client::builder()
            .base_url(mock.base_url())
            .pagination(Pagination::default().window(window))
            .build()
            .expect("client");
        let result = client
            .sequence_photos(LARGE_SEQUENCE_ID as u64)
            .await
            .expect("photos");
        assert_eq!(result.photos.len(), 5000);
        let mut pages: Vec<u32> = mock
            .requests()
            .iter()
            .filter(|r| r.path == "/2.0/photo/")
            .filter_map(|r| {
                let query = r.query.as_deref()?;
                query
                    .split('&')
                    .find_map(|kv| kv.strip_prefix("page="))?
                    .parse()
                    .ok()
            })
            .collect();
        pages.sort_unstable();
        // 50 planned pages plus the empty one after a full last page.
        assert_eq!(pages, (1..=51).collect::<Vec<_>>(), "window {window}");
    }
}

#[tokio::test]
async fn photos_by_ids_batches_one_hundred_at_a_time() {
    let mock = MockServer::start().await.expect("mock");
    let first = kartaview_mock::DEFAULT_FIRST_PHOTO_ID as u64;
    // 250 ids in reverse, one repeated and one unknown.
    let mut ids: Vec<u64> = (first..first + 250).rev().collect();
    ids.push(first + 3);
    ids.push(1);
    let photos = fast_client(&mock)
        .photos_by_ids(&ids)
        .await
        .expect("photos");
    let got: Vec<u64> = photos.iter().map(|p| p.id).collect();
    assert_eq!(got, (first..first + 250).rev().collect::<Vec<_>>());
    let batches: Vec<usize> = mock
        .requests()
        .iter()
        .map(|r| {
            let query = r.query.clone().unwrap_or_default();
            let ids = query
                .split('&')
                .find_map(|kv| kv.strip_prefix("id="))
                .unwrap_or("");
            ids.replace("%2C", ",").split(',').count()
        })
        .collect();
    let mut sorted = batches.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, [51, 100, 100], "{batches:?}");
}

#[tokio::test]
async fn nearby_photos_come_nearest_first() {
    let mock = MockServer::start().await.expect("mock");
    let client = fast_client(&mock);
    let anchor = client
        .sequence_photos(DEFAULT_SEQUENCE_ID as u64)
        .await
        .expect("photos")
        .photos
        .into_iter()
        .find_map(|p| p.position)
        .expect("a photo with a position");
    mock.clear_requests();
    let near = client
        .nearby_photos(anchor, 300.0, 500)
        .await
        .expect("nearby");
    assert!(!near.is_empty());
    let distances: Vec<f64> = near
        .iter()
        .map(|p| kartaview_ext::distance_m(anchor, p.position.expect("position")))
        .collect();
    assert!(distances.windows(2).all(|w| w[0] <= w[1]), "{distances:?}");
    assert!(distances.iter().all(|d| *d <= 300.0 + 1.0));
    let bad = client
        .nearby_photos(
            LatLng {
                lat: 91.0,
                lng: 0.0,
            },
            10.0,
            5,
        )
        .await;
    assert!(matches!(
        bad,
        Err(Error::InvalidArgument { name: "center", .. })
    ));
}

/// Great-circle distance in metres on a sphere of the mean Earth radius, written here so the
/// expectation does not come from the client's own `distance_m`.
fn haversine_m(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6_371_008.8 * h.sqrt().asin()
}

#[tokio::test]
async fn nearby_with_a_limit_keeps_the_nearest_whatever_the_page_order() {
    let mock = MockServer::start().await.expect("mock");
    // Pages of 2, so the nearest photos are spread over several pages.
    let client = Client::builder()
        .base_url(mock.base_url())
        .retry_policy(fast_retries())
        .pagination(Pagination::default().page_size(2).expect("page size"))
        .build()
        .expect("client");
    let (center, radius, limit) = ((46.7632, 23.5853), 30.0, 3);
    // The expectation: the fake's own photos, ranked by the test's own formula.
    let state = mock.state();
    let mut expected: Vec<(f64, i64)> = state
        .photos
        .iter()
        .filter(|p| !p.deleted)
        .filter_map(|p| Some((haversine_m(center, (p.lat?, p.lng?)), p.id)))
        .filter(|(d, _)| *d <= radius)
        .collect();
    expected.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    assert!(
        expected.len() > limit,
        "the case needs more photos in range than the limit"
    );
    let expected: Vec<u64> = expected[..limit].iter().map(|(_, id)| *id as u64).collect();
    let near = client
        .nearby_photos(
            LatLng {
                lat: center.0,
                lng: center.1,
            },
            radius,
            limit,
        )
        .await
        .expect("nearby");
    let got: Vec<u64> = near.iter().map(|p| p.id).collect();
    assert_eq!(got, expected);
}

#[tokio::test]
async fn an_error_mid_stream_is_the_last_item() {
    let mock = MockServer::start().await.expect("mock");
    let client = fast_client(&mock);
    // Page 1 passes (a zero delay), page 2 fails for good (more 500s than attempts).
    mock.push_fault(
        Fault::delay(Duration::ZERO)
            .times(1)
            .on("GET", "/2.0/photo/"),
    );
    mock.push_fault(Fault::status(500).times(10).on("GET", "/2.0/photo/"));
    let items: Vec<_> = client
        .api()
        .photo_get_all()
        .sequence_id(MEDIUM_SEQUENCE_ID as u64)
        .stream_with(&client, Pagination::default().window(1))
        .collect()
        .await;
    assert_eq!(items.len(), 101);
    assert!(items[..100].iter().all(Result::is_ok));
    let last = items[100].as_ref().expect_err("an error");
    assert_eq!(last.http_status(), Some(500));
}

#[tokio::test]
async fn transient_failures_are_retried() {
    let mock = MockServer::start().await.expect("mock");
    let client = fast_client(&mock);
    let path = format!("/2.0/sequence/{DEFAULT_SEQUENCE_ID}");

    mock.push_fault(Fault::status(503).times(2).on("GET", &path));
    client
        .sequence(DEFAULT_SEQUENCE_ID as u64)
        .await
        .expect("third attempt");
    assert_eq!(mock.requests().len(), 3);

    mock.clear_requests();
    mock.push_fault(Fault::retry_after(429, 1).times(1).on("GET", &path));
    let started = std::time::Instant::now();
    client
        .sequence(DEFAULT_SEQUENCE_ID as u64)
        .await
        .expect("after Retry-After");
    assert!(started.elapsed() >= Duration::from_secs(1));
    assert_eq!(mock.requests().len(), 2);

    mock.clear_requests();
    mock.push_fault(Fault::status(500).times(10).on("GET", &path));
    let err = client
        .sequence(DEFAULT_SEQUENCE_ID as u64)
        .await
        .expect_err("gives up");
    assert_eq!(err.http_status(), Some(500));
    assert_eq!(mock.requests().len(), 3, "bounded by max_attempts");
    mock.clear_faults();

    mock.clear_requests();
    mock.push_fault(Fault::reset_mid_body().times(1).on("GET", &path));
    client
        .sequence(DEFAULT_SEQUENCE_ID as u64)
        .await
        .expect("a reset body is retried");
    assert_eq!(mock.requests().len(), 2);
}

#[tokio::test]
async fn failures_become_clear_errors() {
    let mock = MockServer::start().await.expect("mock");
    let client = Client::builder()
        .base_url(mock.base_url())
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("client");
    let id = DEFAULT_SEQUENCE_ID as u64;
    let path = format!("/2.0/sequence/{DEFAULT_SEQUENCE_ID}");
    let mut lines = Vec::new();
    for fault in [
        Fault::html(502),
        Fault::empty_body(400),
        Fault::api_code(618, "You are not allowed to perform this operation"),
        Fault::truncate(),
        Fault::status(503),
    ] {
        mock.push_fault(fault.times(1).on("GET", &path));
        let err = client.sequence(id).await.expect_err("fault");
        lines.push(err.to_string());
    }
    let unknown = client.sequence(999_999_999).await.expect_err("unknown id");
    lines.push(unknown.to_string());
    let refused = Client::builder()
        .base_url("http://127.0.0.1:9")
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("client")
        .sequence(id)
        .await
        .expect_err("nothing listens on port 9");
    assert!(matches!(refused, Error::Transport(_)), "{refused:?}");
    insta::assert_snapshot!(lines.join("\n"));
}

#[tokio::test]
async fn a_request_timeout_is_a_timeout() {
    let mock = MockServer::start().await.expect("mock");
    let client = Client::builder()
        .base_url(mock.base_url())
        .request_timeout(Duration::from_millis(200))
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("client");
    mock.push_fault(Fault::delay(Duration::from_secs(2)).times(1));
    let err = client
        .sequence(DEFAULT_SEQUENCE_ID as u64)
        .await
        .expect_err("timeout");
    assert!(matches!(err, Error::Timeout), "{err:?}");
    assert!(err.is_retryable());
}

#[tokio::test]
async fn the_token_goes_to_the_api_only() {
    let mock = MockServer::start().await.expect("mock");
    let token = Token::new(mock.token()).expect("token");
    let client = Client::builder()
        .base_url(mock.base_url())
        .token(token)
        .build()
        .expect("client");
    let resolved = client
        .resolve_video(DEFAULT_VIDEO_IDS[0] as u64)
        .await
        .expect("resolved");
    for request in mock.requests() {
        assert_eq!(
            request.header("x-auth-token"),
            Some(mock.token()),
            "{}",
            request.path
        );
    }
    // Images come from another origin, fetched with the token-free client.
    let url = resolved.photos[0].full_size_url().expect("url");
    assert!(url.starts_with(&mock.image_base_url()));
    let image = client
        .storage_http()
        .expect("storage client")
        .get(&url)
        .send()
        .await
        .expect("image");
    assert_eq!(image.status(), 200);
    let image_requests = mock.image_requests();
    assert_eq!(image_requests.len(), 1);
    assert_eq!(image_requests[0].header("x-auth-token"), None);
    assert!(
        !image_requests
            .iter()
            .any(|r| r.body_text().contains(mock.token()))
    );
    assert!(!format!("{client:?}").contains(mock.token()));
}

#[tokio::test]
async fn the_token_never_follows_a_redirect_to_another_origin() {
    use wiremock::matchers::any;
    use wiremock::{Mock, ResponseTemplate};

    let elsewhere = wiremock::MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200))
        .mount(&elsewhere)
        .await;
    let api = wiremock::MockServer::start().await;
    Mock::given(any())
        .respond_with(
            ResponseTemplate::new(302)
                .insert_header("location", format!("{}/stolen", elsewhere.uri())),
        )
        .mount(&api)
        .await;
    let client = Client::builder()
        .base_url(api.uri())
        .token(Token::new("secret-token-value").expect("token"))
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("client");
    let err = client
        .sequence(1)
        .await
        .expect_err("the redirect is not followed");
    assert_eq!(err.http_status(), Some(302));
    assert!(!err.to_string().contains("secret-token-value"));
    assert!(
        elsewhere
            .received_requests()
            .await
            .expect("recording")
            .is_empty()
    );
}

#[tokio::test]
async fn streams_can_be_cut_short() {
    let mock = MockServer::start().await.expect("mock");
    let client = fast_client(&mock);
    let first: Vec<_> = client
        .api()
        .photo_get_all()
        .sequence_id(LARGE_SEQUENCE_ID as u64)
        .stream_with(&client, Pagination::default().limit(Some(150)))
        .try_collect()
        .await
        .expect("photos");
    assert_eq!(first.len(), 150);
    assert_eq!(mock.requests().len(), 2);
}

#[tokio::test]
async fn sequence_photos_reports_the_sequence_error_first() {
    let mock = MockServer::start().await.expect("mock");
    let client = Client::builder()
        .base_url(mock.base_url())
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("client");
    // The photo pages of an unknown sequence go out at the same time; the sequence's own
    // error is the answer.
    let unknown = client
        .sequence_photos(999_999_999)
        .await
        .expect_err("unknown sequence");
    assert_eq!(
        unknown.api_code(),
        Some(kartaview_ext::ApiCode::ArgumentOutOfRange),
        "{unknown}"
    );
    // When the pages fail and the sequence does not, the first page's failure is the answer.
    mock.push_fault(Fault::status(503).times(4).on("GET", "/2.0/photo/"));
    let err = client
        .sequence_photos(DEFAULT_SEQUENCE_ID as u64)
        .await
        .expect_err("every page of the first window failed");
    assert_eq!(
        err.api_code(),
        Some(kartaview_ext::ApiCode::UnexpectedServerError),
        "{err}"
    );
}
