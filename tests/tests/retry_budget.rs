//! One retry budget per client: against a server that answers 503 to everything, many calls in
//! flight at once make at most one request each plus the budget, and each reports its error.

use std::time::Duration;

use futures_util::future::join_all;
use kartaview_ext::{Client, ErrorKind, RetryPolicy};
use kartaview_mock::{DEFAULT_SEQUENCE_ID, Fault, MockServer};

const CALLS: usize = 24;
const ATTEMPTS: u32 = 4;
const BUDGET: u32 = 5;

fn client(mock: &MockServer, budget: u32) -> Client {
    Client::builder()
        .base_url(mock.base_url())
        .retry_policy(
            RetryPolicy::default()
                .max_attempts(ATTEMPTS)
                .base_delay(Duration::from_millis(1))
                .max_delay(Duration::from_millis(5))
                .budget(budget),
        )
        .build()
        .expect("client")
}

/// Runs `CALLS` reads at once against a fake failing every request; the requests it received.
async fn requests_for(budget: u32) -> usize {
    let mock = MockServer::start().await.expect("mock");
    mock.push_fault(Fault::status(503).times(10_000));
    let client = client(&mock, budget);
    let results = join_all((0..CALLS).map(|_| client.sequence(DEFAULT_SEQUENCE_ID as u64))).await;
    for result in &results {
        let error = result.as_ref().expect_err("every call fails");
        assert_eq!(error.kind(), ErrorKind::Unavailable, "{error:?}");
        assert_eq!(error.http_status(), Some(503));
    }
    mock.requests().len()
}

#[tokio::test]
async fn a_failing_server_sees_one_request_per_call_plus_the_budget() {
    let requests = requests_for(BUDGET).await;
    // Each call's first attempt, then retries while the shared budget lasts: nothing succeeds,
    // so nothing earns a retry back.
    assert_eq!(requests, CALLS + BUDGET as usize);
    // Without a budget worth the name, every call retries to its bound: the amplification the
    // budget prevents.
    let unbounded = requests_for(u32::MAX / 10).await;
    assert_eq!(unbounded, CALLS * ATTEMPTS as usize);
}
