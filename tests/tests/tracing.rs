//! Request tracing. Alone in its binary: `tracing` caches per call site whether anyone listens,
//! so a test that installs a subscriber must not share a process with tests that do not.

use kartaview_ext::{Client, Token};
use kartaview_mock::{DEFAULT_SEQUENCE_ID, Fault, MockServer};
use kartaview_tests::fast_retries;

/// A `tracing` writer that keeps what was logged.
#[derive(Clone, Default)]
struct Captured(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("log buffer").extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn requests_are_traced_without_the_token() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let mock = MockServer::start().await.expect("mock");
    let client = Client::builder()
        .base_url(mock.base_url())
        .token(Token::new(mock.token()).expect("token"))
        .retry_policy(fast_retries())
        .build()
        .expect("client");
    let path = format!("/2.0/sequence/{DEFAULT_SEQUENCE_ID}");
    mock.push_fault(Fault::status(503).times(1).on("GET", &path));
    client
        .sequence(DEFAULT_SEQUENCE_ID as u64)
        .await
        .expect("second attempt");
    mock.push_fault(Fault::status(401).times(1).on("GET", &path));
    let err = client
        .sequence(DEFAULT_SEQUENCE_ID as u64)
        .await
        .expect_err("401");
    assert!(!err.to_string().contains(mock.token()));

    let logs = String::from_utf8(captured.0.lock().expect("logs").clone()).expect("utf-8");
    assert!(
        logs.contains("kartaview.request{operation=\"sequenceGetById\" attempt=1}"),
        "{logs}"
    );
    assert!(
        logs.contains("retrying") && logs.contains("status=503"),
        "{logs}"
    );
    assert!(
        logs.contains("attempt=2") && logs.contains("latency_ms="),
        "{logs}"
    );
    assert!(logs.contains("status=401"), "{logs}");
    assert!(
        !logs.contains(mock.token()),
        "the token leaked into the logs"
    );
}
