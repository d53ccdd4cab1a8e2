//! Testing your own code against the fake KartaView: a fault injected once, and what your code
//! and the server saw. (In a test suite, the body of `main` is a `#[tokio::test]`.)

use kartaview_ext::{Client, Result};
use kartaview_mock::{DEFAULT_SEQUENCE_ID, DEFAULT_SEQUENCE_PHOTOS, Fault, MockServer};

/// The code under test: how many photos of a sequence have a position.
async fn located_photos(client: &Client, sequence_id: u64) -> Result<usize> {
    let photos = client.sequence_photos(sequence_id).await?.photos;
    Ok(photos.iter().filter(|p| p.position.is_some()).count())
}

#[tokio::main]
async fn main() -> std::result::Result<(), Box<dyn std::error::Error>> {
    let mock = MockServer::start().await?;
    // The server's first answer to the photo list is a 503: the client retries it.
    mock.push_fault(Fault::status(503).on("GET", "/2.0/photo/"));
    let client = Client::builder().base_url(mock.base_url()).build()?;

    let located = located_photos(&client, DEFAULT_SEQUENCE_ID as u64).await?;
    assert!(located > 0 && located <= DEFAULT_SEQUENCE_PHOTOS);
    assert!(mock.pending_faults().is_empty(), "the 503 was served");
    let photo_lists = mock
        .requests()
        .iter()
        .filter(|r| r.path == "/2.0/photo/")
        .count();
    println!("{located} located photos; {photo_lists} photo-list requests, one of them retried");
    Ok(())
}
