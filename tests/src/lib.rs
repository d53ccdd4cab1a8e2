//! Shared helpers of the workspace's integration tests.

use std::path::PathBuf;

pub mod recording;
mod stored;
pub use stored::{SentPhoto, assert_stored_content, stored_content_differences, synthetic_photos};

/// The workspace root.
pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(PathBuf::from)
        .unwrap_or_default()
}

/// `../shared/fixtures/real` beside the checkout, when it exists (CI has it; a bare clone may
/// not). Tests that need it skip when it is absent, or fail under `CI=true` ([`skip_unless_ci`]).
pub fn real_fixtures_dir() -> Option<PathBuf> {
    let dir = workspace_root().join("../shared/fixtures/real");
    if dir.is_dir() {
        Some(dir)
    } else {
        skip_unless_ci(format_args!(
            "{} does not exist (the real captures live in ../shared beside the checkout)",
            dir.display()
        ))
    }
}

/// What a test does when an independent reader or input it needs is missing: it says why and
/// skips (`None`), except under `CI=true`, where a skipped check would pass unseen, so the test
/// fails with the reason. Not for a check that does not apply to the platform.
pub fn skip_unless_ci<T>(reason: impl std::fmt::Display) -> Option<T> {
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("CI=true and {reason}: .ci/run must provide it");
    }
    println!("skipped: {reason}");
    None
}

/// An independent reader (`exiftool`, `openssl`, ...): `program version_args`'s
/// trimmed output when it runs and succeeds, else [`skip_unless_ci`].
pub fn reader(program: &str, version_args: &[&str]) -> Option<String> {
    match std::process::Command::new(program)
        .args(version_args)
        .output()
    {
        Ok(out) if out.status.success() => {
            let text = if out.stdout.is_empty() {
                out.stderr
            } else {
                out.stdout
            };
            Some(String::from_utf8_lossy(&text).trim().to_owned())
        }
        Ok(out) => skip_unless_ci(format_args!(
            "{program} {} failed ({}): {}",
            version_args.join(" "),
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        )),
        Err(e) => skip_unless_ci(format_args!("{program} cannot run here ({e})")),
    }
}

/// The repository's own fixtures (`tests/fixtures`).
pub fn own_fixtures_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// A request as a reviewer reads it: method, path, decoded query pairs, the headers that
/// matter, and the body (form fields decoded), with secrets replaced by `[redacted]`.
pub fn render_request(
    method: &str,
    url: &url::Url,
    headers: &[(String, String)],
    body: &[u8],
) -> String {
    let mut out = format!("{method} {}\n", url.path());
    for (k, v) in url.query_pairs() {
        out.push_str(&format!("  ?{k}={}\n", redact(&k, &v)));
    }
    let mut shown: Vec<(String, String)> = headers
        .iter()
        .map(|(k, v)| (k.to_ascii_lowercase(), v.clone()))
        .filter(|(k, _)| SHOWN_HEADERS.contains(&k.as_str()))
        .map(|(k, v)| {
            let v = redact(&k, &v);
            (k, v)
        })
        .collect();
    shown.sort();
    for (k, v) in &shown {
        out.push_str(&format!("{k}: {v}\n"));
    }
    if !body.is_empty() {
        let is_form = shown.iter().any(|(k, v)| {
            k == "content-type" && v.starts_with("application/x-www-form-urlencoded")
        });
        out.push('\n');
        if is_form {
            for (k, v) in url::form_urlencoded::parse(body) {
                out.push_str(&format!("{k}={}\n", redact(&k, &v)));
            }
        } else {
            out.push_str(&String::from_utf8_lossy(body));
            out.push('\n');
        }
    }
    out
}

const SHOWN_HEADERS: [&str; 4] = ["accept", "content-type", "x-auth-token", "user-agent"];
const SECRET_NAMES: [&str; 4] = [
    "x-auth-token",
    "access_token",
    "request_token",
    "secret_token",
];

fn redact(name: &str, value: &str) -> String {
    if SECRET_NAMES.contains(&name.to_ascii_lowercase().as_str()) {
        "[redacted]".to_owned()
    } else if name == "user-agent" {
        // The version changes with every release.
        format!("{}/[version]", value.split('/').next().unwrap_or(value))
    } else {
        value.to_owned()
    }
}

/// A retry policy that keeps tests fast: three attempts, millisecond backoff.
pub fn fast_retries() -> kartaview_ext::RetryPolicy {
    kartaview_ext::RetryPolicy::default()
        .max_attempts(3)
        .base_delay(std::time::Duration::from_millis(1))
        .max_delay(std::time::Duration::from_millis(5))
        .max_retry_after(std::time::Duration::from_secs(2))
}

/// A client of the fake with [`fast_retries`].
pub fn fast_client(mock: &kartaview_mock::MockServer) -> kartaview_ext::Client {
    kartaview_ext::Client::builder()
        .base_url(mock.base_url())
        .retry_policy(fast_retries())
        .build()
        .expect("client")
}

/// A fresh directory under the system temp dir; the caller removes it.
pub fn tempdir(label: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "kartaview-{label}-{}-{:x}",
        std::process::id(),
        fastrand::u64(..)
    ));
    if let Err(e) = std::fs::create_dir_all(&dir) {
        panic!("cannot create {}: {e}", dir.display());
    }
    dir
}

use exif::{Field, In, Tag, Value};
use kartaview_ext::LatLng;

fn rational(v: f64) -> exif::Rational {
    use exif::Rational;
    Rational {
        num: (v * 1_000_000.0).round() as u32,
        denom: 1_000_000,
    }
}

fn dms(v: f64) -> Value {
    let v = v.abs();
    let d = v.trunc();
    let m = ((v - d) * 60.0).trunc();
    let s = (v - d - m / 60.0) * 3600.0;
    Value::Rational(vec![rational(d), rational(m), rational(s)])
}

fn ascii(s: &str) -> Value {
    Value::Ascii(vec![s.as_bytes().to_vec()])
}

/// A minimal JPEG (SOI, APP1 Exif, EOI) carrying a GPS position, `DateTimeOriginal`
/// (`YYYY:MM:DD HH:MM:SS`), its `OffsetTimeOriginal` and `GPSImgDirection`: what a camera
/// writes, for upload tests.
pub fn geotagged_jpeg(
    position: Option<LatLng>,
    local_time: Option<&str>,
    offset: Option<&str>,
    heading: Option<f64>,
) -> Vec<u8> {
    camera_jpeg(&CameraExif {
        position,
        local_time,
        offset,
        heading,
        ..CameraExif::default()
    })
}

/// The tags [`camera_jpeg`] writes; `None` leaves a tag out.
#[derive(Debug, Clone, Copy, Default)]
pub struct CameraExif<'a> {
    /// `GPSLatitude`/`GPSLongitude` with their refs.
    pub position: Option<LatLng>,
    /// `DateTimeOriginal`, `YYYY:MM:DD HH:MM:SS`.
    pub local_time: Option<&'a str>,
    /// `OffsetTimeOriginal`, `+02:00`.
    pub offset: Option<&'a str>,
    /// `GPSImgDirection`, degrees.
    pub heading: Option<f64>,
    /// `GPSDateStamp` and `GPSTimeStamp` (UTC), `YYYY:MM:DD HH:MM:SS`.
    pub gps_time: Option<&'a str>,
    /// `Make`.
    pub make: Option<&'a str>,
    /// `Model`.
    pub model: Option<&'a str>,
}

/// A minimal JPEG (SOI, APP1 Exif, EOI) with the tags of `tags`.
pub fn camera_jpeg(tags: &CameraExif) -> Vec<u8> {
    let CameraExif {
        position,
        local_time,
        offset,
        heading,
        gps_time,
        make,
        model,
    } = *tags;
    let mut fields = Vec::new();
    for (tag, text) in [(Tag::Make, make), (Tag::Model, model)] {
        if let Some(text) = text {
            fields.push(Field {
                tag,
                ifd_num: In::PRIMARY,
                value: ascii(text),
            });
        }
    }
    if let Some((date, time)) = gps_time.and_then(|t| t.split_once(' ')) {
        let hms: Vec<f64> = time.split(':').filter_map(|v| v.parse().ok()).collect();
        fields.push(Field {
            tag: Tag::GPSDateStamp,
            ifd_num: In::PRIMARY,
            value: ascii(date),
        });
        fields.push(Field {
            tag: Tag::GPSTimeStamp,
            ifd_num: In::PRIMARY,
            value: Value::Rational(hms.into_iter().map(rational).collect()),
        });
    }
    if let Some(p) = position {
        fields.push(Field {
            tag: Tag::GPSLatitudeRef,
            ifd_num: In::PRIMARY,
            value: ascii(if p.lat < 0.0 { "S" } else { "N" }),
        });
        fields.push(Field {
            tag: Tag::GPSLatitude,
            ifd_num: In::PRIMARY,
            value: dms(p.lat),
        });
        fields.push(Field {
            tag: Tag::GPSLongitudeRef,
            ifd_num: In::PRIMARY,
            value: ascii(if p.lng < 0.0 { "W" } else { "E" }),
        });
        fields.push(Field {
            tag: Tag::GPSLongitude,
            ifd_num: In::PRIMARY,
            value: dms(p.lng),
        });
    }
    if let Some(t) = local_time {
        fields.push(Field {
            tag: Tag::DateTimeOriginal,
            ifd_num: In::PRIMARY,
            value: ascii(t),
        });
    }
    if let Some(o) = offset {
        fields.push(Field {
            tag: Tag::OffsetTimeOriginal,
            ifd_num: In::PRIMARY,
            value: ascii(o),
        });
    }
    if let Some(h) = heading {
        fields.push(Field {
            tag: Tag::GPSImgDirection,
            ifd_num: In::PRIMARY,
            value: Value::Rational(vec![rational(h)]),
        });
    }
    let mut writer = exif::experimental::Writer::new();
    for field in &fields {
        writer.push_field(field);
    }
    let mut tiff = std::io::Cursor::new(Vec::new());
    if let Err(e) = writer.write(&mut tiff, false) {
        panic!("cannot write EXIF: {e}");
    }
    let tiff = tiff.into_inner();
    let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
    let len = u16::try_from(tiff.len() + 8).unwrap_or(u16::MAX);
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(b"Exif\0\0");
    out.extend_from_slice(&tiff);
    out.extend_from_slice(&[0xFF, 0xD9]);
    out
}

/// The workspace README's examples, compiled as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct WorkspaceReadmeDoctests;
