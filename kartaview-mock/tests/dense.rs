//! The dense region: photos generated per cell, listed by the 1.0 box list with its paging.
//! Expected values come from the region's definition read another way: per-cell counts
//! summed in the test, every id looked up one by one (`DenseRegion::photo`), and boxes
//! compared with one another.

mod common;

use std::collections::{BTreeSet, HashSet};
use std::time::{Duration, Instant};

use common::*;
use kartaview_mock::{Dataset, DensePhoto, DenseRegion, MockServer};
use serde_json::Value;

/// A box `(south, west, north, east)` in degrees.
type Bbox = (f64, f64, f64, f64);

async fn start(region: DenseRegion) -> MockServer {
    MockServer::builder()
        .dataset(Dataset::new())
        .dense_region(region)
        .start()
        .await
        .unwrap()
}

/// One page of `POST /1.0/list/nearby-photos/` over a box: its items and the total.
async fn page(
    mock: &MockServer,
    b: Bbox,
    page: u64,
    ipp: u64,
    extra: &[(&str, &str)],
) -> (Vec<Value>, u64) {
    let (s, w, n, e) = b;
    let top_left = format!("{n:.6},{w:.6}");
    let bottom_right = format!("{s:.6},{e:.6}");
    let (page, ipp) = (page.to_string(), ipp.to_string());
    let mut form = vec![
        ("bbTopLeft", top_left.as_str()),
        ("bbBottomRight", bottom_right.as_str()),
        ("page", page.as_str()),
        ("ipp", ipp.as_str()),
    ];
    form.extend_from_slice(extra);
    let (status, body) = post_form(mock, "/1.0/list/nearby-photos/", &form).await;
    assert_eq!(status, 200, "{body}");
    let total = as_i64(&body["totalFilteredItems"][0]) as u64;
    (body["currentPageItems"].as_array().unwrap().clone(), total)
}

/// Every photo id of a box, page after page until a short page; each page's total checked.
async fn all_ids(mock: &MockServer, b: Bbox, ipp: u64) -> Vec<i64> {
    let mut ids = Vec::new();
    for n in 1.. {
        let (items, total) = page(mock, b, n, ipp, &[]).await;
        ids.extend(items.iter().map(|p| as_i64(&p["id"])));
        if (items.len() as u64) < ipp {
            assert_eq!(ids.len() as u64, total, "pages add up to the total");
            break;
        }
    }
    ids
}

/// The region's photos in a box (edges included), found by looking every id up.
fn expected_in(region: &DenseRegion, b: Bbox) -> Vec<DensePhoto> {
    let (s, w, n, e) = b;
    let first = region.first_photo_id();
    (first..first + region.photos() as i64)
        .map(|id| region.photo(id).expect("every id of the range is a photo"))
        .filter(|p| s <= p.lat && p.lat <= n && w <= p.lng && p.lng <= e)
        .collect()
}

/// 50 × 50 cells with 100,000 photos: small enough to enumerate in a test.
fn town() -> DenseRegion {
    DenseRegion::new(44.0, 26.0, 44.05, 26.05, 100_000).unwrap()
}

#[test]
fn the_cells_share_out_exactly_the_configured_total() {
    let city = DenseRegion::city();
    assert_eq!((city.rows(), city.cols()), (180, 252));
    let mut total = 0u64;
    let (mut least, mut most) = (u64::MAX, 0);
    for row in 0..city.rows() {
        for col in 0..city.cols() {
            let n = city.cell_count(row, col);
            total += n;
            least = least.min(n);
            most = most.max(n);
        }
    }
    assert_eq!(total, 1_000_000);
    // Weights 1, 4, 9 and 16: dense cells and sparse ones.
    assert!(least < 10 && most > 40, "{least}..{most}");
    assert_eq!(city.cell_count(city.rows(), 0), 0, "outside the region");
    let first = city.first_photo_id();
    assert!(city.photo(first - 1).is_none());
    assert!(city.photo(first + 1_000_000).is_none());
    assert_eq!(city.photo(first + 999_999).unwrap().id, first + 999_999);
}

#[test]
fn every_photo_is_unique_and_inside_its_cell() {
    let region = town();
    let (s, w, n, e) = region.bbox();
    assert_eq!((s, w, n, e), (44.0, 26.0, 44.05, 26.05));
    let all = expected_in(&region, region.bbox());
    assert_eq!(all.len(), 100_000);
    let sequence_places: HashSet<(i64, i64)> = all
        .iter()
        .map(|p| (p.sequence_id, p.sequence_index))
        .collect();
    assert_eq!(sequence_places.len(), all.len());
    // A sequence per non-empty cell, its photos numbered from 0 and taken 2 s apart.
    for pair in all.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        assert_eq!(b.id, a.id + 1);
        if a.sequence_id == b.sequence_id {
            assert_eq!(b.sequence_index, a.sequence_index + 1);
            assert_eq!(b.shot_date, a.shot_date + 2);
            assert_eq!(b.date_added, a.date_added);
        } else {
            assert_eq!(b.sequence_index, 0);
        }
    }
    for p in &all {
        // Whole microdegrees, south and west edges in, north and east edges out.
        let (lat_u, lng_u) = ((p.lat * 1e6).round(), (p.lng * 1e6).round());
        assert_eq!(lat_u / 1e6, p.lat);
        assert_eq!(lng_u / 1e6, p.lng);
        assert!(s <= p.lat && p.lat < n && w <= p.lng && p.lng < e);
        let cell = (p.sequence_id - region.first_sequence_id()) as u32;
        let (row, col) = (cell / region.cols(), cell % region.cols());
        assert_eq!((lat_u as i64 - 44_000_000) / 1000, i64::from(row));
        assert_eq!((lng_u as i64 - 26_000_000) / 1000, i64::from(col));
        assert!((0.0..360.0).contains(&p.heading));
        assert!(p.shot_date < p.date_added);
    }
    let cells: u64 = (0..region.rows())
        .flat_map(|r| (0..region.cols()).map(move |c| (r, c)))
        .map(|(r, c)| region.cell_count(r, c))
        .sum();
    assert_eq!(cells, 100_000);
}

#[test]
fn bad_regions_are_refused() {
    for (s, w, n, e) in [
        (44.1, 26.0, 44.0, 26.1),
        (44.0, 26.1, 44.1, 26.0),
        (f64::NAN, 26.0, 44.1, 26.1),
        (-91.0, 26.0, 44.1, 26.1),
        (0.0, -180.0, 80.0, 180.0),
    ] {
        let err = DenseRegion::new(s, w, n, e, 10).unwrap_err();
        assert_eq!(
            err.kind(),
            std::io::ErrorKind::InvalidInput,
            "{s},{w},{n},{e}"
        );
    }
}

#[tokio::test]
async fn the_same_query_gives_the_same_answer() {
    let mock = start(DenseRegion::city()).await;
    let b = (44.4, 26.1, 44.41, 26.11);
    let first = page(&mock, b, 2, 500, &[]).await;
    let again = page(&mock, b, 2, 500, &[]).await;
    assert_eq!(first, again);
    assert_eq!(first.0.len(), 500);
    let other = start(DenseRegion::city()).await;
    let (items, _) = page(&other, b, 2, 500, &[]).await;
    // The image paths do not name the listener's port; the whole items are equal.
    assert_eq!(items, first.0);
}

#[tokio::test]
async fn disjoint_boxes_partition_their_union() {
    let region = DenseRegion::city();
    let mock = start(region.clone()).await;
    // Edges off the cell grid, so that cells are cut.
    let union = (44.400_123, 26.100_456, 44.410_789, 26.109_987);
    let all: Vec<i64> = all_ids(&mock, union, 1000).await;
    let set: BTreeSet<i64> = all.iter().copied().collect();
    assert_eq!(set.len(), all.len(), "each photo once");
    let expected: BTreeSet<i64> = expected_in(&region, union).iter().map(|p| p.id).collect();
    assert_eq!(set, expected);
    let (s, w, n, e) = union;
    let (mid_lat, mid_lng) = (44.405_500, 26.104_321);
    let step = 0.000_001;
    // Halves that share no microdegree: half-open boxes of the grid photos lie on.
    for (a, b) in [
        ((s, w, mid_lat - step, e), (mid_lat, w, n, e)),
        ((s, w, n, mid_lng - step), (s, mid_lng, n, e)),
    ] {
        let left: BTreeSet<i64> = all_ids(&mock, a, 1000).await.into_iter().collect();
        let right: BTreeSet<i64> = all_ids(&mock, b, 1000).await.into_iter().collect();
        assert!(!left.is_empty() && !right.is_empty());
        assert!(left.is_disjoint(&right));
        let joined: BTreeSet<i64> = left.union(&right).copied().collect();
        assert_eq!(joined, set);
    }
}

#[tokio::test]
async fn paging_a_whole_region_lists_each_photo_once() {
    let region = DenseRegion::new(44.0, 26.0, 44.02, 26.02, 12_000).unwrap();
    let mock = start(region.clone()).await;
    let ids = all_ids(&mock, region.bbox(), 1999).await;
    assert_eq!(ids.len(), 12_000);
    let unique: BTreeSet<i64> = ids.iter().copied().collect();
    let first = region.first_photo_id();
    assert_eq!(unique, (first..first + 12_000).collect::<BTreeSet<i64>>());
    // Pages are not in id order (the live API's pages are not ordered either).
    let (items, _) = page(&mock, region.bbox(), 1, 100, &[]).await;
    let page_ids: Vec<i64> = items.iter().map(|p| as_i64(&p["id"])).collect();
    assert_ne!(page_ids, (first..first + 100).collect::<Vec<i64>>());
    assert_eq!(
        page_ids.iter().copied().collect::<BTreeSet<i64>>(),
        (first..first + 100).collect::<BTreeSet<i64>>()
    );
    // A page larger than the cap is cut to it; the total still counts everything.
    let (items, total) = page(&mock, region.bbox(), 1, 5000, &[]).await;
    assert_eq!((items.len(), total), (2000, 12_000));
    let capped = start(region.clone().page_cap(300)).await;
    let (items, total) = page(&capped, region.bbox(), 2, 1000, &[]).await;
    assert_eq!((items.len(), total), (300, 12_000));
    let second: BTreeSet<i64> = items.iter().map(|p| as_i64(&p["id"])).collect();
    assert_eq!(
        second,
        (first + 300..first + 600).collect::<BTreeSet<i64>>()
    );
}

#[tokio::test]
async fn the_dense_photos_follow_the_stored_ones() {
    // The default dataset beside a region over its area photos: both listed, each once.
    let (s, w, n, e) = kartaview_mock::AREA_BBOX;
    let region = DenseRegion::new(s, w, n, e, 5_000).unwrap();
    let mock = MockServer::builder()
        .dense_region(region.clone())
        .start()
        .await
        .unwrap();
    let plain = MockServer::start().await.unwrap();
    let b = (s, w, n, e);
    let stored = all_ids(&plain, b, 97).await;
    assert!(!stored.is_empty());
    let both = all_ids(&mock, b, 97).await;
    let dense: Vec<i64> = expected_in(&region, b).iter().map(|p| p.id).collect();
    let mut expected: Vec<i64> = stored.iter().chain(&dense).copied().collect();
    expected.sort_unstable();
    let mut got = both.clone();
    got.sort_unstable();
    assert_eq!(got, expected);
}

#[tokio::test]
async fn a_small_box_of_a_million_photos_answers_at_once() {
    let mock = start(DenseRegion::city()).await;
    let b = (44.43, 26.1, 44.432, 26.103);
    page(&mock, b, 1, 1000, &[]).await; // connection set up
    let started = Instant::now();
    let (items, total) = page(&mock, b, 1, 1000, &[]).await;
    let small = started.elapsed();
    assert!(!items.is_empty() && items.len() as u64 == total);
    // The whole city counted: cells inside the box are counted without generating them.
    let started = Instant::now();
    let (items, total) = page(&mock, DenseRegion::city().bbox(), 400, 1000, &[]).await;
    let whole = started.elapsed();
    assert_eq!((items.len(), total), (1000, 1_000_000));
    // Generous bounds for a debug build on a busy machine; the point is that neither grows
    // with the region's photos (generating all of them takes seconds).
    assert!(small < Duration::from_millis(250), "{small:?}");
    assert!(whole < Duration::from_millis(1500), "{whole:?}");
}

#[tokio::test]
async fn an_upload_day_filter_keeps_whole_sequences() {
    let region = town();
    let mock = start(region.clone()).await;
    let b = (44.01, 26.01, 44.03, 26.03);
    let inside = expected_in(&region, b);
    let days: BTreeSet<i64> = inside.iter().map(|p| p.date_added / 86_400).collect();
    let middle = *days.iter().nth(days.len() / 2).unwrap();
    let since = {
        // YYYY-MM-DD of `middle`, from the photos' own shot date text in the answers would be
        // circular; Howard Hinnant's civil_from_days, written out here.
        let z = middle + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        format!("{y:04}-{m:02}-{d:02}")
    };
    let expected: BTreeSet<i64> = inside
        .iter()
        .filter(|p| p.date_added / 86_400 >= middle)
        .map(|p| p.id)
        .collect();
    assert!(!expected.is_empty() && expected.len() < inside.len());
    let mut got = BTreeSet::new();
    for n in 1.. {
        let (items, total) = page(&mock, b, n, 2000, &[("date", since.as_str())]).await;
        assert_eq!(total, expected.len() as u64);
        got.extend(items.iter().map(|p| as_i64(&p["id"])));
        if items.len() < 2000 {
            break;
        }
    }
    assert_eq!(got, expected);
}

#[tokio::test]
async fn dense_photos_are_read_by_id_and_their_images_served() {
    let region = DenseRegion::city();
    let mock = start(region.clone()).await;
    let b = (44.45, 26.2, 44.4505, 26.2005);
    let (items, _) = page(&mock, b, 1, 10, &[]).await;
    let item = items.first().expect("a photo in the box");
    let id = as_i64(&item["id"]);
    let p = region.photo(id).unwrap();
    assert_eq!(item["lat"], format!("{:.6}", p.lat));
    assert_eq!(item["lng"], format!("{:.6}", p.lng));
    assert_eq!(as_i64(&item["sequence_id"]), p.sequence_id);
    assert_eq!(as_i64(&item["sequence_index"]), p.sequence_index);
    assert_eq!(item["heading"], format!("{:.2}", p.heading));
    assert!(
        item["username"]
            .as_str()
            .unwrap()
            .starts_with("dense-mapper-")
    );

    let (status, body) = get(&mock, &format!("/2.0/photo/{id}")).await;
    assert_eq!(status, 200, "{body}");
    let data = &body["result"]["data"];
    assert_eq!(as_i64(&data["id"]), id);
    assert_eq!(as_i64(&data["sequenceId"]), p.sequence_id);
    assert_eq!(data["lat"], format!("{:.6}", p.lat));
    let (status, _) = get(
        &mock,
        &format!("/2.0/photo/{}", region.first_photo_id() - 1),
    )
    .await;
    assert_eq!(status, 404);

    // The 1.0 path against the API host, and the 2.0 URL on the image host.
    let name = item["name"].as_str().unwrap();
    let proc = data["fileurlProc"].as_str().unwrap();
    for url in [format!("{}/{name}", mock.base_url()), proc.to_string()] {
        let resp = client().get(&url).send().await.unwrap();
        assert_eq!(resp.status(), 200, "{url}");
        let bytes = resp.bytes().await.unwrap();
        assert_eq!(&bytes[..2], &[0xFF, 0xD8], "{url}");
    }
    // Another photo's name with this one's id does not resolve.
    let forged = name.replace(
        &format!("{:016x}", id as u64),
        &format!("{:016x}", id as u64 + 1),
    );
    let resp = client()
        .get(format!("{}/{forged}", mock.base_url()))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 404);
}

#[tokio::test]
async fn the_library_harvests_exactly_the_photos_of_a_box() {
    use kartaview_ext::{BoundingBox, Client, DateRange};
    let region = town();
    let mock = start(region.clone()).await;
    let client = Client::builder()
        .base_url(mock.base_url())
        .retry_policy(kartaview_tests::fast_retries())
        .build()
        .unwrap();
    let b = (44.012_345, 26.020_001, 44.024_5, 26.033_3);
    let area = BoundingBox::new(b.0, b.1, b.2, b.3).unwrap();
    let photos = client
        .photos_in_area(area, DateRange::default(), None)
        .await
        .unwrap();
    let expected = expected_in(&region, b);
    assert!(expected.len() > 1000, "{}", expected.len());
    assert_eq!(photos.len(), expected.len());
    for (got, want) in photos.iter().zip(&expected) {
        assert_eq!(got.id, want.id as u64);
        assert_eq!(got.sequence_id, Some(want.sequence_id as u64));
        assert_eq!(got.sequence_index, Some(want.sequence_index as u32));
        let at = got.position.unwrap();
        assert_eq!((at.lat, at.lng), (want.lat, want.lng));
        assert_eq!(got.heading, Some(want.heading));
        let shot = got.shot_date.unwrap().and_utc().timestamp();
        assert_eq!(shot, want.shot_date);
    }
    // Tiles were split: more than one request, every one a 1.0 box list.
    let requests = mock.requests();
    assert!(requests.len() > 1);
    assert!(
        requests
            .iter()
            .all(|r| r.path == "/1.0/list/nearby-photos/")
    );
}

/// Great-circle distance in metres (mean Earth radius).
fn metres(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (p1, p2) = (a.0.to_radians(), b.0.to_radians());
    let dp = p2 - p1;
    let dl = (b.1 - a.1).to_radians();
    let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6_371_000.0 * h.sqrt().asin()
}

#[tokio::test]
async fn a_circle_lists_the_photos_within_its_radius() {
    let region = town();
    let mock = start(region.clone()).await;
    let centre = (44.021_7, 26.018_3);
    let circle = |radius: &str| {
        let (lat, lng) = (centre.0.to_string(), centre.1.to_string());
        let radius = radius.to_string();
        let mock = mock.clone();
        async move {
            let form = [
                ("lat", lat.as_str()),
                ("lng", lng.as_str()),
                ("radius", radius.as_str()),
                ("ipp", "2000"),
            ];
            let (status, body) = post_form(&mock, "/1.0/list/nearby-photos/", &form).await;
            assert_eq!(status, 200, "{body}");
            let total = as_i64(&body["totalFilteredItems"][0]) as u64;
            let ids: BTreeSet<i64> = body["currentPageItems"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| as_i64(&p["id"]))
                .collect();
            (ids, total)
        }
    };
    let (ids, total) = circle("300").await;
    assert_eq!(ids.len() as u64, total);
    let all = expected_in(&region, region.bbox());
    // Clear of the edge, where two formulas of the distance may round differently.
    let within: BTreeSet<i64> = all
        .iter()
        .filter(|p| metres(centre, (p.lat, p.lng)) < 299.0)
        .map(|p| p.id)
        .collect();
    let near: BTreeSet<i64> = all
        .iter()
        .filter(|p| metres(centre, (p.lat, p.lng)) < 301.0)
        .map(|p| p.id)
        .collect();
    assert!(within.len() > 100, "{}", within.len());
    assert!(within.is_subset(&ids) && ids.is_subset(&near));
    // A radius wider than the Earth: everything, counted without overflowing.
    let (ids, total) = circle("1e12").await;
    assert_eq!((ids.len(), total), (2000, 100_000));
}
