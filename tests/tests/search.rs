//! kartaview-ext's searches by user, area and dates against the fake KartaView: results checked
//! against the fake's own state, and the exact requests.

use std::collections::HashSet;

use futures_util::TryStreamExt;
use kartaview_ext::{AreaSearch, BoundingBox, Client, DateRange, Error, UserRef};
use kartaview_mock::{
    AREA_BBOX, AREA_PHOTOS, AREA_SEQUENCES, AREA_USER_ID, AREA_USERNAME, MockServer,
    RecordedRequest, StateView, WEEKEND_USER_ID,
};
use kartaview_tests::{fast_client, fast_retries};

fn area() -> BoundingBox {
    let (s, w, n, e) = AREA_BBOX;
    BoundingBox::new(s, w, n, e).expect("area")
}

/// The form fields of a recorded request's body.
fn form(request: &RecordedRequest) -> Vec<(String, String)> {
    url_pairs(&request.body_text())
}

/// The query fields of a recorded request.
fn query(request: &RecordedRequest) -> Vec<(String, String)> {
    url_pairs(request.query.as_deref().unwrap_or(""))
}

fn url_pairs(text: &str) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = text
        .split('&')
        .filter(|s| !s.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (k.to_owned(), v.replace("%2C", ",").replace("%2c", ","))
        })
        .collect();
    pairs.sort();
    pairs
}

fn field<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// Ids of the seeded photos of `sequences` that have a position, from the fake's state.
fn positioned_photos(state: &StateView, sequences: &[i64]) -> Vec<u64> {
    let mut ids: Vec<u64> = state
        .photos
        .iter()
        .filter(|p| sequences.contains(&p.sequence_id) && p.lat.is_some())
        .map(|p| p.id as u64)
        .collect();
    ids.sort_unstable();
    ids
}

fn area_sequence_ids() -> Vec<i64> {
    AREA_SEQUENCES.iter().map(|s| s.0).collect()
}

#[tokio::test]
async fn a_username_costs_one_request_and_an_id_none() {
    let mock = MockServer::start().await.expect("mock");
    let client = fast_client(&mock);
    let by_name = client
        .resolve_user(&AREA_USERNAME.parse::<UserRef>().expect("name"))
        .await
        .expect("resolved");
    assert_eq!(by_name, AREA_USER_ID as u64);
    let requests = mock.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].path, "/1.0/user/details/");
    assert_eq!(field(&form(&requests[0]), "username"), Some(AREA_USERNAME));

    mock.clear_requests();
    let by_id = client
        .resolve_user(&UserRef::Id(WEEKEND_USER_ID as u64))
        .await
        .expect("id");
    assert_eq!(by_id, WEEKEND_USER_ID as u64);
    assert!(mock.requests().is_empty());

    let unknown = client
        .resolve_user(&UserRef::Name("nobody-here".into()))
        .await
        .expect_err("unknown");
    assert!(matches!(
        unknown,
        Error::InvalidArgument { name: "user", .. }
    ));
    assert_eq!(
        unknown.to_string(),
        "invalid request: no KartaView user is named \"nobody-here\""
    );
}

#[tokio::test]
async fn a_users_sequences_come_newest_first_in_one_request() {
    let mock = MockServer::start().await.expect("mock");
    let client = fast_client(&mock);
    let all: Vec<_> = client
        .user_sequences(AREA_USER_ID as u64, None, DateRange::default())
        .try_collect()
        .await
        .expect("sequences");
    let ids: Vec<u64> = all.iter().map(|s| s.id).collect();
    // AREA_SEQUENCES gives the days: 1104 on 2024-03-09 is the newest.
    assert_eq!(ids, [1104, 1103, 1102, 1101]);
    let counts: Vec<Option<u64>> = all.iter().map(|s| s.photo_count).collect();
    assert_eq!(counts, [Some(30), Some(50), Some(60), Some(40)]);
    let requests = mock.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].path, "/2.0/sequence/");
    let q = query(&requests[0]);
    assert_eq!(field(&q, "userId"), Some("44"));
    assert_eq!(field(&q, "orderBy"), Some("dateAdded"));
    assert_eq!(field(&q, "orderDirection"), Some("desc"));

    // May 2023, inclusive: the last day is sent one day later and checked here.
    mock.clear_requests();
    let may = DateRange::parse(Some("2023-05-02"), Some("2023-05-20")).expect("dates");
    let in_may: Vec<u64> = client
        .user_sequences(AREA_USER_ID as u64, None, may)
        .map_ok(|s| s.id)
        .try_collect()
        .await
        .expect("sequences");
    assert_eq!(in_may, [1102, 1101]);
    let q = query(&mock.requests()[0]);
    assert_eq!(field(&q, "startDate"), Some("2023-05-02"));
    assert_eq!(field(&q, "endDate"), Some("2023-05-21"));

    // The west half of the area holds 1101 and 1102 (started at 23.545).
    let west = BoundingBox::new(46.785, 23.530, 46.815, 23.552).expect("west");
    mock.clear_requests();
    let in_west: Vec<u64> = client
        .user_sequences(AREA_USER_ID as u64, Some(west), DateRange::default())
        .map_ok(|s| s.id)
        .try_collect()
        .await
        .expect("sequences");
    assert_eq!(in_west, [1102, 1101]);
    let q = query(&mock.requests()[0]);
    assert_eq!(field(&q, "tLeft"), Some("46.815000,23.530000"));
    assert_eq!(field(&q, "bRight"), Some("46.785000,23.552000"));
}

/// How many requests a quadtree search makes over `points`, asking `cap` per tile, edges
/// rounded to the 6 decimals they are sent with, and edges included as the fake includes
/// them — computed here from the fake's state, not by the code under test.
fn expected_tile_requests(points: &[(f64, f64)], tile: (f64, f64, f64, f64), cap: usize) -> usize {
    let r = |v: f64| (v * 1e6).round() / 1e6;
    let (s, w, n, e) = tile;
    let inside = points
        .iter()
        .filter(|(lat, lng)| (r(s)..=r(n)).contains(lat) && (r(w)..=r(e)).contains(lng))
        .count();
    if inside <= cap {
        return 1;
    }
    let (lat, lng) = ((s + n) / 2.0, (w + e) / 2.0);
    1 + [
        (s, w, lat, lng),
        (s, lng, lat, e),
        (lat, w, n, lng),
        (lat, lng, n, e),
    ]
    .into_iter()
    .map(|quarter| expected_tile_requests(points, quarter, cap))
    .sum::<usize>()
}

#[tokio::test]
async fn an_area_is_split_where_a_tile_is_capped_and_each_photo_comes_once() {
    let mock = MockServer::start().await.expect("mock");
    let client = fast_client(&mock);
    let photos = client
        .photos_in_area(area(), DateRange::default(), None)
        .await
        .expect("photos");
    let state = mock.state();
    let expected = positioned_photos(&state, &area_sequence_ids());
    // Every photo of the area with a position (one per sequence has none), once.
    assert_eq!(expected.len(), AREA_PHOTOS - AREA_SEQUENCES.len());
    let mut ids: Vec<u64> = photos.iter().map(|p| p.id).collect();
    assert_eq!(ids.len(), expected.len(), "no duplicates");
    ids.sort_unstable();
    assert_eq!(ids, expected);
    // Ordered by sequence, then index.
    let order: Vec<(Option<u64>, Option<u32>)> = photos
        .iter()
        .map(|p| (p.sequence_id, p.sequence_index))
        .collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted);

    let requests = mock.requests();
    assert!(
        requests
            .iter()
            .all(|r| r.path == "/1.0/list/nearby-photos/" && r.method == "POST")
    );
    assert!(
        requests
            .iter()
            .all(|r| field(&form(r), "ipp") == Some("100") && field(&form(r), "page") == Some("1"))
    );
    let first = form(&requests[0]);
    assert_eq!(field(&first, "bbTopLeft"), Some("46.815000,23.530000"));
    assert_eq!(field(&first, "bbBottomRight"), Some("46.785000,23.590000"));
    let points: Vec<(f64, f64)> = state
        .photos
        .iter()
        .filter_map(|p| p.lat.zip(p.lng))
        .collect();
    let expected_requests = expected_tile_requests(&points, AREA_BBOX, 100);
    assert!(expected_requests > 1, "the whole area exceeds one tile");
    assert_eq!(requests.len(), expected_requests);
}

#[tokio::test]
async fn a_cap_above_the_total_takes_one_request_and_depth_zero_pages_instead() {
    let mock = MockServer::start().await.expect("mock");
    let client = fast_client(&mock);
    let wide = AreaSearch {
        tile_cap: 1000,
        ..AreaSearch::default()
    };
    let one = client
        .photos_in_area_with(area(), DateRange::default(), None, &wide)
        .await
        .expect("photos");
    assert_eq!(one.len(), AREA_PHOTOS - AREA_SEQUENCES.len());
    assert_eq!(mock.requests().len(), 1);

    mock.clear_requests();
    let flat = AreaSearch {
        max_depth: 0,
        ..AreaSearch::default()
    };
    let paged = client
        .photos_in_area_with(area(), DateRange::default(), None, &flat)
        .await
        .expect("photos");
    assert_eq!(paged.len(), one.len());
    let pages: Vec<String> = mock
        .requests()
        .iter()
        .map(|r| field(&form(r), "page").unwrap_or("").to_owned())
        .collect();
    // 254 photos in pages of 100.
    assert_eq!(pages, ["1", "2", "3"]);
}

#[tokio::test]
async fn dates_narrow_an_area_to_the_photos_taken_on_those_days() {
    let mock = MockServer::start().await.expect("mock");
    let client = fast_client(&mock);
    let day = DateRange::parse(Some("2023-05-20"), Some("2023-05-20")).expect("dates");
    let photos = client
        .photos_in_area(area(), day, None)
        .await
        .expect("photos");
    // 1102 and 1105 were recorded on 2023-05-20.
    let expected = positioned_photos(&mock.state(), &[1102, 1105]);
    let mut ids: Vec<u64> = photos.iter().map(|p| p.id).collect();
    ids.sort_unstable();
    assert_eq!(ids, expected);
    assert!(
        mock.requests()
            .iter()
            .all(|r| field(&form(r), "date") == Some("2023-05-19"))
    );

    mock.clear_requests();
    let limited = client
        .photos_in_area(area(), day, Some(7))
        .await
        .expect("photos");
    assert_eq!(limited.len(), 7);
    let sequences: HashSet<Option<u64>> = limited.iter().map(|p| p.sequence_id).collect();
    assert!(sequences.is_subset(&HashSet::from([Some(1102), Some(1105)])));
}

#[tokio::test]
async fn bad_areas_and_searches_are_refused_before_any_request() {
    let mock = MockServer::start().await.expect("mock");
    let client = fast_client(&mock);
    let upside_down = BoundingBox {
        south: 46.815,
        west: 23.53,
        north: 46.785,
        east: 23.59,
    };
    let err = client
        .photos_in_area(upside_down, DateRange::default(), None)
        .await
        .expect_err("refused");
    assert!(matches!(err, Error::InvalidArgument { name: "bbox", .. }));
    let zero = AreaSearch {
        tile_cap: 0,
        ..AreaSearch::default()
    };
    let err = client
        .photos_in_area_with(area(), DateRange::default(), None, &zero)
        .await
        .expect_err("refused");
    assert_eq!(
        err.to_string(),
        "invalid request: photos per tile must be between 1 and 10000, not 0"
    );
    let sideways = kartaview_ext::SequenceQuery {
        area: Some(BoundingBox {
            west: 23.59,
            east: 23.53,
            ..area()
        }),
        ..Default::default()
    };
    let err = client
        .sequences(&sideways)
        .try_collect::<Vec<_>>()
        .await
        .expect_err("refused");
    assert!(matches!(err, Error::InvalidArgument { name: "bbox", .. }));
    assert!(mock.requests().is_empty());
}

/// The real answers (`../shared/fixtures/real`) go through the same searches: a 2016-style
/// user-details envelope (string apiCode, padded message) and a 2023 sequence list.
#[tokio::test]
async fn real_answers_resolve_a_username_and_list_a_users_sequence() {
    use wiremock::matchers::{body_string_contains, method, path, query_param};
    use wiremock::{Mock, ResponseTemplate};

    let Some(dir) = kartaview_tests::real_fixtures_dir() else {
        return;
    };
    let read = |name: &str| std::fs::read(dir.join(name)).expect("real fixture");
    let server = wiremock::MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/1.0/user/details/"))
        .and(body_string_contains("username=skobbler-dev"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_raw(read("v1-user-details-response.json"), "application/json"),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/2.0/sequence/"))
        .and(query_param("userId", "304"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_raw(read("v2-sequence-list-by-id.json"), "application/json"),
        )
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .retry_policy(fast_retries())
        .build()
        .expect("client");
    let id = client
        .resolve_user(&"skobbler-dev".parse().expect("name"))
        .await
        .expect("resolved");
    assert_eq!(id, 8138);

    // The capture's sequence (2023-04-06, near Geelong) passes a box and days around it.
    let query = kartaview_ext::SequenceQuery {
        user_id: Some(304),
        area: Some(BoundingBox::new(-38.1, 144.3, -38.0, 144.5).expect("box")),
        dates: DateRange::parse(Some("2023-04-06"), Some("2023-04-06")).expect("day"),
    };
    let ids: Vec<u64> = client
        .sequences(&query)
        .map_ok(|s| s.id)
        .try_collect()
        .await
        .expect("sequences");
    assert_eq!(ids, [7068281]);
    // A day the server should have filtered out is dropped here.
    let later = kartaview_ext::SequenceQuery {
        dates: DateRange::parse(Some("2023-04-07"), None).expect("day"),
        ..query
    };
    let none: Vec<u64> = client
        .sequences(&later)
        .map_ok(|s| s.id)
        .try_collect()
        .await
        .expect("sequences");
    assert!(none.is_empty());
}
