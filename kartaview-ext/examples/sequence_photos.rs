//! A sequence's photos, ordered by index and each once, with their image URLs.
//!
//! `cargo run -p kartaview-ext --example sequence_photos [SEQUENCE_ID BASE_URL]`; without
//! arguments it runs against the fake KartaView, started in this process.

use kartaview_ext::{Client, ImageSize};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mock = match args.len() {
        0 => Some(kartaview_mock::MockServer::start().await?),
        _ => None,
    };
    let (sequence_id, base_url) = match (&mock, args.as_slice()) {
        (Some(mock), _) => (kartaview_mock::DEFAULT_SEQUENCE_ID as u64, mock.base_url()),
        (None, [id, url]) => (id.parse()?, url.clone()),
        _ => return Err("usage: sequence_photos [SEQUENCE_ID BASE_URL]".into()),
    };

    let client = Client::builder().base_url(base_url).build()?;
    let sequence = client.sequence_photos(sequence_id).await?;
    for photo in &sequence.photos {
        let index = photo.sequence_index.map_or("?".into(), |i| i.to_string());
        let url = photo.image_url(ImageSize::Th).unwrap_or_default();
        println!("{index}\t{}\t{url}", photo.id);
    }
    println!("{} photos in sequence {sequence_id}", sequence.photos.len());
    Ok(())
}
