//! Downloading 500 images from the fake KartaView's image host with 20 ms of latency per
//! image, at concurrency 1, 4 and 16: wall time against the round-trip floor
//! (requests × latency), and images per second; at 16 also with `geotag` (EXIF written into
//! each image, `download.geojson` beside them), to compare with the plain row of the same run.
//!
//! `cargo bench -p kartaview-ext --bench download`

mod support;

use std::cell::RefCell;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use kartaview_ext::{Client, DownloadOptions, ImageSize};
use kartaview_mock::{MEDIUM_SEQUENCE_ID, MockServer};
use support::Runs;

const LATENCY: Duration = Duration::from_millis(20);
const IMAGES: usize = 500;

fn download(c: &mut Criterion) {
    let runtime = tokio::runtime::Runtime::new().expect("tokio runtime");
    let mock = runtime.block_on(MockServer::start()).expect("mock");
    let client = Client::builder()
        .base_url(mock.base_url())
        .build()
        .expect("client");
    let photos: Vec<_> = runtime
        .block_on(client.sequence_photos(MEDIUM_SEQUENCE_ID as u64))
        .expect("photos")
        .photos
        .into_iter()
        .take(IMAGES)
        .collect();
    mock.set_image_latency(LATENCY);
    let dir = std::env::temp_dir().join(format!("kartaview-bench-download-{}", std::process::id()));
    let mut group = c.benchmark_group("download_500_images_20ms");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(100));
    group.measurement_time(Duration::from_secs(1));
    let mut rows = Vec::new();
    for (concurrency, geotag) in [(1usize, false), (4, false), (16, false), (16, true)] {
        let options = DownloadOptions {
            size: ImageSize::Proc,
            concurrency,
            overwrite: true,
            geotag,
            ..DownloadOptions::new(&dir)
        };
        let runs = RefCell::new(Runs::default());
        let id = if geotag {
            BenchmarkId::new("concurrency_geotag", concurrency)
        } else {
            BenchmarkId::new("concurrency", concurrency)
        };
        group.bench_function(id, |b| {
            b.iter_custom(|iterations| {
                Runs::time(&runs, iterations, || {
                    mock.clear_requests();
                    let summary = runtime
                        .block_on(client.download_photos(&photos, &options, |_| {}))
                        .expect("download");
                    assert_eq!(summary.downloaded, IMAGES);
                    mock.image_requests().len()
                })
            })
        });
        let label = format!(
            "download, concurrency {concurrency}{}",
            if geotag { ", geotag" } else { "" }
        );
        rows.push(runs.into_inner().row(label, LATENCY, IMAGES as u32));
    }
    group.finish();
    let _ = std::fs::remove_dir_all(&dir);
    support::report("download", LATENCY, &rows);
}

criterion_group!(benches, download);
criterion_main!(benches);
