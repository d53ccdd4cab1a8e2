//! Video → its sequence → the photos it produced, in order.
//!
//! `cargo run -p kartaview-ext --example resolve_video [VIDEO_ID BASE_URL]`; without arguments
//! it runs against the fake KartaView, started in this process.

use kartaview_ext::Client;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mock = match args.len() {
        0 => Some(kartaview_mock::MockServer::start().await?),
        _ => None,
    };
    let (video_id, base_url) = match (&mock, args.as_slice()) {
        (Some(mock), _) => (kartaview_mock::DEFAULT_VIDEO_IDS[0] as u64, mock.base_url()),
        (None, [id, url]) => (id.parse()?, url.clone()),
        _ => return Err("usage: resolve_video [VIDEO_ID BASE_URL]".into()),
    };

    let client = Client::builder().base_url(base_url).build()?;
    let resolved = client.resolve_video(video_id).await?;
    for photo in &resolved.photos {
        let at = photo.position.map(|p| format!("{:.6},{:.6}", p.lat, p.lng));
        println!("{}\t{}", photo.id, at.unwrap_or_else(|| "no fix".into()));
    }
    println!(
        "video {video_id} of sequence {}: {} photos",
        resolved.sequence_id,
        resolved.photos.len()
    );
    Ok(())
}
