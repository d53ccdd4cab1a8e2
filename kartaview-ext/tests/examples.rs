//! Every example in `examples/` runs against the fake KartaView it starts, and prints what the
//! fake's own dataset says it should.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Once;

use kartaview_mock::{
    DEFAULT_SEQUENCE_ID, DEFAULT_SEQUENCE_PHOTOS, DEFAULT_VIDEO_IDS, MockServer,
    SPHERE_SEQUENCE_PHOTOS,
};

/// `target/<profile>/examples/NAME`, built once by this test when `cargo test` did not build the
/// examples (as with `--test examples`).
fn example(name: &str) -> PathBuf {
    static BUILD: Once = Once::new();
    let exe = std::env::current_exe().expect("test path");
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("target/<profile>");
    let path = profile_dir.join("examples").join(name);
    if !path.exists() {
        BUILD.call_once(|| {
            let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
            let status = Command::new(cargo)
                .args(["build", "-p", "kartaview-ext", "--examples"])
                .status()
                .expect("cargo");
            assert!(status.success(), "the examples build");
        });
    }
    path
}

/// Runs an example; its stdout lines, after checking it succeeded.
fn run(name: &str, args: &[&str]) -> Vec<String> {
    let output = Command::new(example(name))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{name}: {stderr}\n{stdout}");
    stdout.lines().map(str::to_owned).collect()
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kv-example-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn sequence_photos() {
    let lines = run("sequence_photos", &[]);
    let last = lines.last().expect("a summary");
    assert_eq!(
        *last,
        format!("{DEFAULT_SEQUENCE_PHOTOS} photos in sequence {DEFAULT_SEQUENCE_ID}")
    );
    assert_eq!(lines.len(), DEFAULT_SEQUENCE_PHOTOS + 1);
}

#[tokio::test]
async fn resolve_video() {
    // What the fake holds: the video's frames, by the fake's own record.
    let state = MockServer::start().await.expect("mock").state();
    let frames = state
        .photos
        .iter()
        .filter(|p| p.video_id == DEFAULT_VIDEO_IDS[0] && !p.deleted)
        .count();
    let lines = run("resolve_video", &[]);
    assert_eq!(
        lines.last().map(String::as_str),
        Some(
            format!(
                "video {} of sequence {DEFAULT_SEQUENCE_ID}: {frames} photos",
                DEFAULT_VIDEO_IDS[0]
            )
            .as_str()
        )
    );
}

#[tokio::test]
async fn photos_in_area() {
    let state = MockServer::start().await.expect("mock").state();
    let lines = run("photos_in_area", &[]);
    let (summary, rows) = lines.split_last().expect("a summary");
    assert_eq!(*summary, format!("{} photos", rows.len()));
    assert!(!rows.is_empty());
    for row in rows {
        let id: i64 = row
            .split('\t')
            .next()
            .and_then(|i| i.parse().ok())
            .expect(row);
        let photo = state.photo(id).expect("a photo of the fake");
        let (lat, lng) = (photo.lat.expect("lat"), photo.lng.expect("lng"));
        assert!(
            (46.785..=46.815).contains(&lat) && (23.53..=23.59).contains(&lng),
            "{row}"
        );
    }
}

#[test]
fn download_geotagged_then_again() {
    let dir = scratch("download");
    let d = dir.to_string_lossy();
    let first = run("download_geotagged", &[&d]);
    let n = SPHERE_SEQUENCE_PHOTOS;
    assert!(
        first[0].starts_with(&format!("{n} downloaded, 0 already there, 0 failed")),
        "{first:?}"
    );
    let again = run("download_geotagged", &[&d]);
    assert!(
        again[0].starts_with(&format!("0 downloaded, {n} already there, 0 failed")),
        "{again:?}"
    );
    let files = std::fs::read_dir(&dir).expect("dir").count();
    assert_eq!(files, n + 1, "the images and download.geojson");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn upload_folder() {
    // JPEGs geotagged by exiftool (tests/fixtures/foreign-jpegs/README.md).
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/foreign-jpegs");
    let dir = scratch("upload");
    std::fs::create_dir_all(&dir).expect("dir");
    let names = [
        "exiftool-offset-time.jpg",
        "exiftool-local-time.jpg",
        "exiftool-little-endian-gps-time.jpg",
    ];
    for name in names {
        std::fs::copy(fixtures.join(name), dir.join(name)).expect("copy");
    }
    let lines = run("upload_folder", &[&dir.to_string_lossy()]);
    assert!(
        lines[0].ends_with(&format!("{} photos uploaded, finished", names.len())),
        "{lines:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn test_with_mock() {
    let lines = run("test_with_mock", &[]);
    assert!(
        lines[0].ends_with("photo-list requests, one of them retried"),
        "{lines:?}"
    );
}
