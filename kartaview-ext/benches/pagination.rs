//! All photos of sequences of 237, 1,000 and 5,000 photos from the fake KartaView with 20 ms of
//! latency per request, with 1 and 4 pages in flight: wall time against the round-trip floor
//! (requests × latency), and the request count.
//!
//! `cargo bench -p kartaview-ext --bench pagination`

mod support;

use std::cell::RefCell;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use kartaview_ext::{Client, Pagination};
use kartaview_mock::{DEFAULT_SEQUENCE_ID, LARGE_SEQUENCE_ID, MEDIUM_SEQUENCE_ID, MockServer};
use support::Runs;

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
    let mut rows = Vec::new();
    for (sequence, photos) in [
        (DEFAULT_SEQUENCE_ID, 237u32),
        (MEDIUM_SEQUENCE_ID, 1000),
        (LARGE_SEQUENCE_ID, 5000),
    ] {
        for window in [1usize, 4] {
            let client = Client::builder()
                .base_url(mock.base_url())
                .pagination(Pagination::default().window(window))
                .build()
                .expect("client");
            let runs = RefCell::new(Runs::default());
            let id = BenchmarkId::new(format!("{photos}_photos"), format!("window_{window}"));
            group.bench_function(id, |b| {
                b.iter_custom(|iterations| {
                    Runs::time(&runs, iterations, || {
                        mock.clear_requests();
                        let result = runtime
                            .block_on(client.sequence_photos(sequence as u64))
                            .expect("photos");
                        assert_eq!(result.photos.len(), photos as usize);
                        mock.requests().len()
                    })
                })
            });
            let label = format!("{photos} photos, window {window}");
            rows.push(runs.into_inner().row(label, LATENCY, photos));
        }
    }
    group.finish();
    support::report("pagination", LATENCY, &rows);
}

criterion_group!(benches, pagination);
criterion_main!(benches);
