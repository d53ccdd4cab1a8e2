//! All photos of sequences of 237, 1,000 and 5,000 photos from the fake KartaView with 20 ms of
//! latency per request, with 1 and 4 pages in flight: wall time against the round-trip floor
//! (requests × latency), and the request count.
//!
//! `cargo bench -p kartaview-ext --bench pagination`

use std::cell::RefCell;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use kartaview_ext::{Client, Pagination};
use kartaview_mock::{DEFAULT_SEQUENCE_ID, LARGE_SEQUENCE_ID, MEDIUM_SEQUENCE_ID, MockServer};

const LATENCY: Duration = Duration::from_millis(20);

fn pagination(c: &mut Criterion) {
    let runtime = tokio::runtime::Runtime::new().expect("tokio runtime");
    let mock = runtime
        .block_on(MockServer::builder().latency(LATENCY).start())
        .expect("mock");
    let mut group = c.benchmark_group("sequence_photos_20ms");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(5));
    let mut report = Vec::new();
    for (sequence, photos) in [
        (DEFAULT_SEQUENCE_ID, 237),
        (MEDIUM_SEQUENCE_ID, 1000),
        (LARGE_SEQUENCE_ID, 5000),
    ] {
        for window in [1usize, 4] {
            let client = Client::builder()
                .base_url(mock.base_url())
                .pagination(Pagination::default().window(window))
                .build()
                .expect("client");
            let runs = RefCell::new((Duration::ZERO, 0u32, 0usize));
            group.bench_function(
                BenchmarkId::new(format!("{photos}_photos"), format!("window_{window}")),
                |b| {
                    b.iter_custom(|iterations| {
                        let mut total = Duration::ZERO;
                        for _ in 0..iterations {
                            mock.clear_requests();
                            let started = Instant::now();
                            let result = runtime
                                .block_on(client.sequence_photos(sequence as u64))
                                .expect("photos");
                            let elapsed = started.elapsed();
                            assert_eq!(result.photos.len(), photos);
                            total += elapsed;
                            let mut runs = runs.borrow_mut();
                            runs.0 += elapsed;
                            runs.1 += 1;
                            runs.2 = mock.requests().len();
                        }
                        total
                    })
                },
            );
            let (time, count, requests) = runs.into_inner();
            let mean = time / count.max(1);
            let floor = LATENCY * requests as u32;
            report.push(format!(
                "{photos:>5} photos, window {window}: {requests:>3} requests, mean {:>7.1} ms, floor {:>7.1} ms, wall/floor {:.2}",
                mean.as_secs_f64() * 1e3,
                floor.as_secs_f64() * 1e3,
                mean.as_secs_f64() / floor.as_secs_f64()
            ));
        }
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

criterion_group!(benches, pagination);
criterion_main!(benches);
