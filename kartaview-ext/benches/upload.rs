//! Uploading 500 small photos to the fake KartaView with 20 ms of latency per request, at
//! concurrency 1, 8 and 16: wall time against the round-trip floor (requests × latency).
//!
//! `cargo bench -p kartaview-ext --bench upload`

use std::cell::RefCell;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use kartaview_ext::{Client, LatLng, Token, UploadItem, UploadOptions};
use kartaview_mock::MockServer;

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
    let mut report = Vec::new();
    for concurrency in [1usize, 8, 16] {
        let options = UploadOptions {
            concurrency,
            ..UploadOptions::default()
        };
        let runs = RefCell::new((Duration::ZERO, 0u32, 0usize));
        group.bench_function(BenchmarkId::new("concurrency", concurrency), |b| {
            b.iter_custom(|iterations| {
                let mut total = Duration::ZERO;
                for _ in 0..iterations {
                    mock.clear_requests();
                    let started = Instant::now();
                    let result = runtime
                        .block_on(client.upload(&items, &options, |_| {}))
                        .expect("upload");
                    let elapsed = started.elapsed();
                    assert!(result.finished);
                    total += elapsed;
                    let mut runs = runs.borrow_mut();
                    runs.0 += elapsed;
                    runs.1 += 1;
                    runs.2 = mock.requests().len();
                }
                total
            })
        });
        let (time, count, requests) = runs.into_inner();
        let mean = time / count.max(1);
        let floor = LATENCY * requests as u32;
        report.push(format!(
            "concurrency {concurrency:>2}: {requests} requests, mean {:>8.1} ms, floor {:>8.1} ms, wall/floor {:.3}, {:.0} photos/s",
            mean.as_secs_f64() * 1e3,
            floor.as_secs_f64() * 1e3,
            mean.as_secs_f64() / floor.as_secs_f64(),
            f64::from(PHOTOS) / mean.as_secs_f64()
        ));
    }
    group.finish();
    println!(
        "\nround-trip floor = requests x {} ms latency",
        LATENCY.as_millis()
    );
    for line in report {
        println!("{line}");
    }
}

criterion_group!(benches, upload);
criterion_main!(benches);
