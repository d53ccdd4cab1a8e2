//! Uploading 500 small photos to the fake KartaView with 20 ms of latency per request, at
//! concurrency 1, 8 and 16: wall time against the round-trip floor (requests × latency).
//!
//! `cargo bench -p kartaview-ext --bench upload`

mod support;

use std::cell::RefCell;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use kartaview_ext::{Client, LatLng, Token, UploadItem, UploadOptions};
use kartaview_mock::MockServer;
use support::Runs;

const LATENCY: Duration = Duration::from_millis(20);
const PHOTOS: u32 = 500;

fn upload(c: &mut Criterion) {
    let runtime = tokio::runtime::Runtime::new().expect("tokio runtime");
    let mock = runtime
        .block_on(MockServer::builder().latency(LATENCY).start())
        .expect("mock");
    let client = Client::builder()
        .base_url(mock.base_url())
        .token(Token::new(mock.token()).expect("token"))
        .build()
        .expect("client");
    let items: Vec<UploadItem> = (0..PHOTOS)
        .map(|i| {
            let at = LatLng {
                lat: 46.77 + f64::from(i) * 1e-5,
                lng: 23.59,
            };
            UploadItem::photo_bytes(i, format!("IMG_{i:04}.jpg"), vec![0xA5; 2048], at)
        })
        .collect();
    let mut group = c.benchmark_group("upload_500_photos_20ms");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(100));
    group.measurement_time(Duration::from_secs(1));
    let mut rows = Vec::new();
    for concurrency in [1usize, 8, 16] {
        let options = UploadOptions {
            concurrency,
            ..UploadOptions::default()
        };
        let runs = RefCell::new(Runs::default());
        group.bench_function(BenchmarkId::new("concurrency", concurrency), |b| {
            b.iter_custom(|iterations| {
                Runs::time(&runs, iterations, || {
                    mock.clear_requests();
                    let report = runtime
                        .block_on(client.upload(&items, &options, |_| {}))
                        .expect("upload");
                    assert!(report.finished);
                    mock.requests().len()
                })
            })
        });
        let label = format!("upload, concurrency {concurrency}");
        rows.push(runs.into_inner().row(label, LATENCY, PHOTOS));
    }
    group.finish();
    support::report("upload", LATENCY, &rows);
}

criterion_group!(benches, upload);
criterion_main!(benches);
