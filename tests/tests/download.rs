//! Downloads store only whole images: a body cut short with an honest `Content-Length` is
//! retried, and a broken file left by an earlier run is fetched again.

use kartaview_ext::{Client, DownloadOptions, ImageSize};
use kartaview_mock::{DEFAULT_SEQUENCE_ID, Fault, MockServer};
use kartaview_tests::fast_client;

/// The fake, a client of it, and the photos of its default sequence.
async fn fake_with_photos() -> (MockServer, Client, Vec<kartaview_ext::Photo>) {
    let mock = MockServer::start().await.expect("mock");
    let client = fast_client(&mock);
    let photos = client
        .sequence_photos(DEFAULT_SEQUENCE_ID as u64)
        .await
        .expect("photos")
        .photos;
    (mock, client, photos)
}

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("kv-download-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// The image as the fake's image host serves it, fetched by a plain GET: the oracle.
async fn served(url: &str) -> Vec<u8> {
    let http = kartaview_ext::http_client_builder()
        .expect("builder")
        .build()
        .expect("http");
    let body = http
        .get(url)
        .send()
        .await
        .expect("GET")
        .bytes()
        .await
        .expect("body");
    assert!(body.len() > 4, "the fake serves an image");
    body.to_vec()
}

#[tokio::test]
async fn a_truncated_or_empty_image_is_retried_and_stored_whole() {
    let (mock, client, photos) = fake_with_photos().await;
    let photo = photos[0].clone();
    let url = photo.image_url(ImageSize::Proc).expect("url");
    let whole = served(&url).await;
    for (name, fault) in [
        ("truncated", Fault::truncate()),
        ("empty", Fault::empty_body(200)),
    ] {
        let dir = scratch(name);
        mock.push_fault(fault.on_images());
        let before = mock.image_requests().len();
        let summary = client
            .download_photos(
                std::slice::from_ref(&photo),
                &DownloadOptions::new(&dir),
                |_| {},
            )
            .await
            .expect("download");
        assert_eq!((summary.downloaded, summary.failed.len()), (1, 0), "{name}");
        assert_eq!(mock.image_requests().len() - before, 2, "{name}: one retry");
        let stored = std::fs::read(dir.join(kartaview_ext::download::file_name(&photo)))
            .expect("stored file");
        assert_eq!(stored, whole, "{name}: the whole image is stored");
        let _ = std::fs::remove_dir_all(&dir);
    }
}

#[tokio::test]
async fn a_broken_file_from_an_earlier_run_is_fetched_again() {
    // The fake serves until the end of the test.
    let (_mock, client, photos) = fake_with_photos().await;
    let photos = &photos[..2];
    let dir = scratch("rerun");
    std::fs::create_dir_all(&dir).expect("dir");
    let broken = dir.join(kartaview_ext::download::file_name(&photos[0]));
    let whole = served(&photos[0].image_url(ImageSize::Proc).expect("url")).await;
    std::fs::write(&broken, &whole[..whole.len() / 2]).expect("a half image");
    let intact = dir.join(kartaview_ext::download::file_name(&photos[1]));
    let second = served(&photos[1].image_url(ImageSize::Proc).expect("url")).await;
    std::fs::write(&intact, &second).expect("a whole image");
    let summary = client
        .download_photos(photos, &DownloadOptions::new(&dir), |_| {})
        .await
        .expect("download");
    assert_eq!((summary.downloaded, summary.skipped), (1, 1));
    assert_eq!(std::fs::read(&broken).expect("file"), whole);
    let _ = std::fs::remove_dir_all(&dir);
}
