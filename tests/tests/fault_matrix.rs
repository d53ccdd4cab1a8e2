//! The fault matrix: one row per fault, for a read, a download and an upload, against the fake
//! KartaView. Each cell says what the client did (succeeded after N attempts, counted, or failed
//! with which error) and checks that nothing was lost, duplicated or mixed up (each stored index
//! holds the photo sent for it). The table is a snapshot, so a change of behaviour shows up in
//! review; `docs/RELIABILITY.md` quotes it.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use kartaview_ext::{
    Client, DownloadOptions, ImageSize, Photo, RetryPolicy, Token, UploadItem, UploadOptions,
};
use kartaview_mock::{DEFAULT_SEQUENCE_ID, Fault, MockServer};
use kartaview_tests::{
    SentPhoto, assert_stored_content, stored_content_differences, synthetic_photos,
};
use tracing::span;
use tracing::subscriber::Interest;
use tracing_subscriber::layer::{Context, SubscriberExt};

const ATTEMPTS: u32 = 3;
// A bound with room: the fake answers on 127.0.0.1 in a few ms, even in a debug build on a
// loaded machine; the timeout fault holds its answer four times as long.
const TIMEOUT: Duration = Duration::from_millis(300);

#[derive(Clone, Copy)]
enum Kind {
    Refused,
    Reset,
    Timeout,
    Status(u16),
    Html,
    EmptyBody,
    Truncated,
    ApiCodeIn200,
    Duplicate660,
    Gone612,
}

impl Kind {
    fn label(self) -> String {
        match self {
            Kind::Refused => "connection refused".into(),
            Kind::Reset => "connection reset mid-body".into(),
            Kind::Timeout => format!("no answer within the {} ms timeout", TIMEOUT.as_millis()),
            Kind::Status(code) => format!("HTTP {code}"),
            Kind::Html => "HTML error page (HTTP 502)".into(),
            Kind::EmptyBody => "empty body (HTTP 200)".into(),
            Kind::Truncated => "truncated JSON (HTTP 200)".into(),
            Kind::ApiCodeIn200 => "apiCode 690 inside HTTP 200".into(),
            Kind::Duplicate660 => "660 duplicate entry".into(),
            Kind::Gone612 => "612 sequence gone".into(),
        }
    }

    /// The fault, fired once on the given route.
    fn fault(self) -> Option<Fault> {
        Some(match self {
            Kind::Reset => Fault::reset_mid_body(),
            Kind::Timeout => Fault::delay(TIMEOUT * 4),
            Kind::Status(code) => Fault::status(code),
            Kind::Html => Fault::html(502),
            Kind::EmptyBody => Fault::empty_body(200),
            Kind::Truncated => Fault::truncate(),
            Kind::ApiCodeIn200 => Fault::api_code(690, "An unexpected server error has occurred"),
            Kind::Refused | Kind::Duplicate660 | Kind::Gone612 => return None,
        })
    }
}

fn client(base_url: &str, token: Option<&str>) -> Client {
    let mut builder = Client::builder()
        .base_url(base_url)
        .request_timeout(TIMEOUT)
        .retry_policy(
            RetryPolicy::default()
                .max_attempts(ATTEMPTS)
                .base_delay(Duration::from_millis(1))
                .max_delay(Duration::from_millis(5))
                .max_retry_after(Duration::from_secs(1)),
        );
    if let Some(token) = token {
        builder = builder.token(Token::new(token).expect("token"));
    }
    builder.build().expect("client")
}

fn attempts(n: usize) -> String {
    if n == 1 {
        "1 attempt".into()
    } else {
        format!("{n} attempts")
    }
}

fn outcome<T>(result: &kartaview_ext::Result<T>, tries: usize) -> String {
    match result {
        Ok(_) => format!("ok after {}", attempts(tries)),
        Err(e) => format!("fails after {}: {}", attempts(tries), short(&e)),
    }
}

/// The error and its causes, as a user reads them, cut short.
fn short(error: &dyn std::error::Error) -> String {
    let mut message = error.to_string();
    let mut next = error.source();
    while let Some(cause) = next {
        message = format!("{message}: {cause}");
        next = cause.source();
    }
    // Ports are ephemeral.
    if let Some(at) = message.find("127.0.0.1:") {
        let digits = message[at + 10..]
            .chars()
            .take_while(char::is_ascii_digit)
            .count();
        message.replace_range(at + 10..at + 10 + digits, "PORT");
    }
    let message = message.as_str();
    let cut: String = message.chars().take(70).collect();
    let cut = if cut.len() < message.len() {
        format!("{cut}…")
    } else {
        cut
    };
    cut.replace('|', "\\|")
}

/// The attempts the client made, counted from its `kartaview.request` spans (one per attempt):
/// a refused connection reaches no server, so no server's record can count it.
#[derive(Clone, Default)]
struct Attempts(Arc<AtomicUsize>);

impl Attempts {
    fn count(&self) -> usize {
        self.0.load(Ordering::SeqCst)
    }
}

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for Attempts {
    fn register_callsite(&self, metadata: &'static tracing::Metadata<'static>) -> Interest {
        if metadata.name() == "kartaview.request" {
            Interest::always()
        } else {
            Interest::never()
        }
    }

    fn on_new_span(&self, _: &span::Attributes<'_>, _: &span::Id, _: Context<'_, S>) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

/// A port nothing listens on.
fn closed_port() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    drop(listener);
    format!("http://127.0.0.1:{port}")
}

async fn read_cell(kind: Kind, attempts_made: &Attempts) -> String {
    let mock = MockServer::start().await.expect("mock");
    let path = format!("/2.0/sequence/{DEFAULT_SEQUENCE_ID}");
    let (base, id) = match kind {
        Kind::Refused => (closed_port(), DEFAULT_SEQUENCE_ID as u64),
        Kind::Gone612 => (mock.base_url(), 999_999),
        Kind::Duplicate660 => return "—".into(),
        _ => (mock.base_url(), DEFAULT_SEQUENCE_ID as u64),
    };
    if let Some(fault) = kind.fault() {
        mock.push_fault(fault.times(1).on("GET", &path));
    }
    let before = attempts_made.count();
    let result = client(&base, None).sequence(id).await;
    let tries = mock.requests().len();
    if matches!(kind, Kind::Refused) {
        assert_eq!(tries, 0, "nothing listens where the client was sent");
        return match result {
            Ok(_) => "unexpected success".into(),
            Err(e) => format!(
                "fails after {} (none reached a server): {}",
                attempts(attempts_made.count() - before),
                short(&e)
            ),
        };
    }
    outcome(&result, tries)
}

async fn download_cell(kind: Kind) -> String {
    let mock = MockServer::start().await.expect("mock");
    let api = client(&mock.base_url(), None);
    let mut photos: Vec<Photo> = api
        .sequence_photos(DEFAULT_SEQUENCE_ID as u64)
        .await
        .expect("photos")
        .photos
        .into_iter()
        .take(4)
        .collect();
    match kind {
        Kind::Refused => {
            let dead = closed_port();
            for photo in &mut photos {
                for url in [&mut photo.urls.proc, &mut photo.urls.template]
                    .into_iter()
                    .flatten()
                {
                    *url = url.replace(&mock.image_base_url(), &dead);
                }
            }
        }
        Kind::Duplicate660 | Kind::Gone612 | Kind::ApiCodeIn200 => return "—".into(),
        _ => {}
    }
    if let Some(fault) = kind.fault() {
        mock.push_fault(fault.times(1).on_images());
    }
    let dir = kartaview_tests::tempdir("matrix");
    let options = DownloadOptions {
        size: ImageSize::Proc,
        concurrency: 1,
        ..DownloadOptions::new(&dir)
    };
    let summary = client(&mock.base_url(), None)
        .download_photos(&photos, &options, |_| {})
        .await
        .expect("download runs");
    let tries = mock.image_requests().len();
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .expect("dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let partial = files.iter().filter(|f| f.ends_with(".part")).count();
    let _ = std::fs::remove_dir_all(&dir);
    let stored = files.len() - partial;
    let cell = if summary.failed.is_empty() {
        format!("{stored} of 4 stored ({tries} requests)")
    } else {
        let (_, error) = &summary.failed[0];
        format!(
            "{} of 4 stored, {} failed after retries: {}",
            summary.downloaded,
            summary.failed.len(),
            short(&error)
        )
    };
    assert_eq!(
        stored, summary.downloaded,
        "files on disk match the summary"
    );
    assert_eq!(partial, 0, "no .part file is left behind");
    cell
}

async fn upload_cell(kind: Kind) -> String {
    let mock = MockServer::start().await.expect("mock");
    let base = match kind {
        Kind::Refused => closed_port(),
        _ => mock.base_url(),
    };
    let client = client(&base, Some(mock.token()));
    let sent = synthetic_photos(5);
    let items: Vec<UploadItem> = sent.iter().map(SentPhoto::upload_item).collect();
    let dir = kartaview_tests::tempdir("matrix-upload");
    let state = dir.join("state.json");
    let options = UploadOptions {
        state_file: Some(state.clone()),
        concurrency: 1,
        ..UploadOptions::default()
    };
    match kind {
        Kind::Duplicate660 => {
            // The server already has index 2 (an earlier run's answer was lost).
            mock.push_fault(
                Fault::drop_after_processing()
                    .times(1)
                    .on("POST", "/1.0/photo/"),
            );
        }
        Kind::Gone612 => {
            let first = client
                .upload(&items[..1], &options, |_| {})
                .await
                .expect("first");
            client
                .delete_sequence(first.sequence_id)
                .await
                .expect("delete");
            std::fs::write(
                &state,
                format!(r#"{{"version":1,"api":"v1","sequenceId":{},"confirmed":{{}},"finishing":false,"finished":false}}"#, first.sequence_id),
            )
            .expect("state");
            mock.clear_requests();
        }
        _ => {}
    }
    if let Some(fault) = kind.fault() {
        mock.push_fault(fault.times(1).on("POST", "/1.0/photo/"));
    }
    let result = client.upload(&items, &options, |_| {}).await;
    let tries = mock
        .requests()
        .iter()
        .filter(|r| r.path == "/1.0/photo/")
        .count();
    let _ = std::fs::remove_dir_all(&dir);
    let cell = match &result {
        Ok(report) if report.finished => {
            let server = mock.state();
            assert_stored_content(&server, report.sequence_id as i64, &sent);
            assert_eq!(server.finished_calls(report.sequence_id as i64), 1);
            format!(
                "5 of 5 stored once, finished once ({} photo requests{})",
                tries,
                if report.duplicates > 0 {
                    format!(", {} answered 660 and counted as stored", report.duplicates)
                } else {
                    String::new()
                }
            )
        }
        Ok(report) => format!(
            "{} failed, not finished; a rerun resumes: {}",
            report.failed.len(),
            short(&report.failed[0].1)
        ),
        Err(e) => format!("fails: {}", short(&e)),
    };
    if let Ok(report) = &result {
        // Whatever happened, each stored index is stored once and holds what was sent for it.
        let server = mock.state();
        let stored = server.photos_of(report.sequence_id as i64);
        let sent_there: Vec<SentPhoto> = sent
            .iter()
            .filter(|s| {
                stored
                    .iter()
                    .any(|p| p.sequence_index == i64::from(s.index))
            })
            .cloned()
            .collect();
        assert_eq!(
            stored_content_differences(&stored, &sent_there),
            Vec::<String>::new()
        );
    }
    cell
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fault_matrix() {
    // The only test of this binary, so the subscriber sees every attempt and nothing else's.
    let attempts_made = Attempts::default();
    tracing::subscriber::set_global_default(
        tracing_subscriber::registry().with(attempts_made.clone()),
    )
    .expect("no other subscriber in this binary");
    let kinds = [
        Kind::Refused,
        Kind::Reset,
        Kind::Timeout,
        Kind::Status(408),
        Kind::Status(429),
        Kind::Status(500),
        Kind::Status(502),
        Kind::Status(503),
        Kind::Status(504),
        Kind::Html,
        Kind::EmptyBody,
        Kind::Truncated,
        Kind::ApiCodeIn200,
        Kind::Duplicate660,
        Kind::Gone612,
    ];
    let mut table = String::from(
        "| fault (fired once) | read: `GET /2.0/sequence/{id}` | download: 4 images | upload: 5 photos over API 1.0 |\n| --- | --- | --- | --- |\n",
    );
    for kind in kinds {
        let read = read_cell(kind, &attempts_made).await;
        let download = download_cell(kind).await;
        let upload = upload_cell(kind).await;
        table.push_str(&format!(
            "| {} | {read} | {download} | {upload} |\n",
            kind.label()
        ));
    }
    insta::assert_snapshot!(table);
    let doc =
        std::fs::read_to_string(kartaview_tests::workspace_root().join("docs/RELIABILITY.md"))
            .expect("docs/RELIABILITY.md");
    assert!(
        doc.contains(table.trim_end()),
        "docs/RELIABILITY.md does not quote the fault matrix: paste the snapshot into it"
    );
}
