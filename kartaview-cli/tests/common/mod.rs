//! Helpers of the CLI tests: run the built binary, a fake on a background runtime, scratch
//! directories, snapshot filters.
#![allow(dead_code)] // each test binary uses a different subset

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use kartaview_mock::MockServer;
use kartaview_tests::SentPhoto;
use tokio::runtime::Runtime;

pub const BIN: &str = env!("CARGO_BIN_EXE_kartaview");

/// What one run of `kartaview` did.
#[derive(Debug)]
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn ok(&self) -> &Self {
        assert_eq!(self.code, Some(0), "stderr: {}", self.stderr);
        self
    }

    /// Exit status 1 and exactly one stderr line, `error: ...`; returns that line.
    pub fn one_error_line(&self) -> String {
        assert_eq!(
            self.code,
            Some(1),
            "stdout: {}\nstderr: {}",
            self.stdout,
            self.stderr
        );
        let lines: Vec<&str> = self.stderr.lines().collect();
        assert_eq!(lines.len(), 1, "stderr: {}", self.stderr);
        assert!(lines[0].starts_with("error: "), "stderr: {}", self.stderr);
        assert!(!self.stderr.contains("panicked"), "{}", self.stderr);
        lines[0].to_owned()
    }

    pub fn stdout_lines(&self) -> Vec<&str> {
        self.stdout.lines().collect()
    }

    pub fn json_lines(&self) -> Vec<serde_json::Value> {
        self.stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
            .collect()
    }
}

/// Runs the binary with `args`, unaffected by the caller's KARTAVIEW_* variables.
/// GET `url` with a client configured as the SDK's (the workspace gives `reqwest` no TLS
/// provider of its own, so `reqwest::get` cannot build one).
pub async fn http_get(url: &str) -> reqwest::Result<reqwest::Response> {
    kartaview_ext::http_client_builder()
        .expect("TLS")
        .build()?
        .get(url)
        .send()
        .await
}

pub fn kartaview(args: &[&str]) -> Run {
    kartaview_with(args, |_| {})
}

pub fn kartaview_with(args: &[&str], setup: impl FnOnce(&mut Command)) -> Run {
    let mut command = Command::new(BIN);
    command.args(args);
    for var in [
        "KARTAVIEW_BASE_URL",
        "KARTAVIEW_TOKEN",
        "KARTAVIEW_JSON",
        "KARTAVIEW_MOCK",
        "KARTAVIEW_QUIET",
        "KARTAVIEW_RETRIES",
        "RUST_LOG",
        "KARTAVIEW_REQUEST_TOKEN",
        "KARTAVIEW_OSM_CLIENT_ID",
        "KARTAVIEW_OSM_CLIENT_SECRET",
    ] {
        command.env_remove(var);
    }
    // Never the credentials of whoever runs the tests.
    command.env(
        "KARTAVIEW_CREDENTIALS",
        Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-credentials-here.json"),
    );
    setup(&mut command);
    let Output {
        status,
        stdout,
        stderr,
    } = command.output().expect("run kartaview");
    Run {
        code: status.code(),
        stdout: String::from_utf8(stdout).expect("utf-8 stdout"),
        stderr: String::from_utf8(stderr).expect("utf-8 stderr"),
    }
}

/// What [`geotagged_dir`] writes: `n` geotagged JPEGs taken a second apart from 2026-05-01
/// 10:00:00 UTC, north along a street, heading 90°, at the indexes of their capture order.
pub fn geotagged_photos(n: u32) -> Vec<SentPhoto> {
    let start = chrono::NaiveDate::from_ymd_opt(2026, 5, 1)
        .and_then(|d| d.and_hms_opt(10, 0, 0))
        .expect("a date");
    (0..n)
        .map(|i| {
            let position = kartaview_ext::LatLng {
                lat: 46.77 + f64::from(i) * 1e-4,
                lng: 23.59,
            };
            let taken = start + chrono::Duration::seconds(i64::from(i));
            let exif_time = taken.format("%Y:%m:%d %H:%M:%S").to_string();
            SentPhoto {
                index: i,
                file_name: format!("IMG_{i:04}.jpg"),
                bytes: kartaview_tests::geotagged_jpeg(
                    Some(position),
                    Some(&exif_time),
                    Some("+00:00"),
                    Some(90.0),
                ),
                position,
                taken: Some(taken),
                heading: Some(90.0),
            }
        })
        .collect()
}

/// A folder of the `n` JPEGs of [`geotagged_photos`].
pub fn geotagged_dir(name: &str, n: u32) -> PathBuf {
    let dir = scratch(name);
    for photo in geotagged_photos(n) {
        std::fs::write(dir.join(&photo.file_name), &photo.bytes).expect("write");
    }
    dir
}

/// [`geotagged_dir`] and one JPEG without GPS, which an upload skips.
pub fn photo_dir(name: &str, n: u32) -> PathBuf {
    let dir = geotagged_dir(name, n);
    let no_gps = kartaview_tests::geotagged_jpeg(None, Some("2026:05:01 11:00:00"), None, None);
    std::fs::write(dir.join("no-gps.jpg"), no_gps).expect("write");
    dir
}

/// `login` with a Google token the fake accepts (as user 42, `test-mapper`).
pub const GOOGLE_LOGIN: [&str; 5] = [
    "login",
    "--provider",
    "google",
    "--request-token",
    "google-access-token",
];

/// Runs the binary with `args` and its credentials kept in `store`.
pub fn kartaview_stored(args: &[&str], store: &Path) -> Run {
    kartaview_with(args, |c| {
        c.env("KARTAVIEW_CREDENTIALS", store);
    })
}

/// A fake KartaView on its own runtime, so tests can stay synchronous while the binary talks
/// to it.
pub struct Fake {
    pub mock: MockServer,
    runtime: Runtime,
}

impl Fake {
    /// The paths of the API requests the fake has answered, in order.
    pub fn request_paths(&self) -> Vec<String> {
        self.mock.requests().into_iter().map(|r| r.path).collect()
    }
    pub fn start() -> Fake {
        let runtime = Runtime::new().expect("runtime");
        let mock = runtime.block_on(MockServer::start()).expect("mock");
        Fake { mock, runtime }
    }

    pub fn base_url(&self) -> String {
        self.mock.base_url()
    }

    pub fn block_on<F: std::future::Future>(&self, f: F) -> F::Output {
        self.runtime.block_on(f)
    }
}

/// An empty directory of its own under Cargo's scratch space for integration tests.
pub fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// Every path under `dir`, relative, sorted (directories end with `/`).
pub fn tree(dir: &Path) -> Vec<String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let rel = path
                .strip_prefix(root)
                .expect("under root")
                .to_string_lossy()
                .into_owned();
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                out.push(format!("{rel}/"));
                walk(root, &path, out);
            } else {
                out.push(rel);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

/// Snapshot filters: ports (also inside the base64 of CDN-style URLs) and scratch directories.
pub fn filters() -> Vec<(&'static str, &'static str)> {
    vec![
        (r"127\.0\.0\.1:\d+", "127.0.0.1:[PORT]"),
        (r"/pr:sharp/[A-Za-z0-9_-]+", "/pr:sharp/[BASE64URL]"),
        (r"/[^\s\x22]*/cli-[a-z0-9-]+", "[DIR]"),
    ]
}

/// `insta::assert_snapshot!` with the filters above.
#[macro_export]
macro_rules! snapshot {
    ($name:expr, $value:expr) => {
        insta::with_settings!({ filters => common::filters() }, {
            insta::assert_snapshot!($name, $value);
        })
    };
}
